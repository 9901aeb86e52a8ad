"""``newslib train stance``: the headline–body stance model, from FNC-1's training split only.

Steps (seeded, single-threaded and in sorted orders: see "Reproducibility" below):

1. read ``train_bodies.csv``/``train_stances.csv`` and keep the official baseline's train split (80% of the
   Body IDs, :func:`newslib.datasets.fnc1.split_ids`); the dev 20% is never looked at here;
2. learn the vocabulary from the train bodies and headlines: IDF per stem (documents = bodies and distinct
   headlines; stems seen in at least 2, the 20,000 most frequent) and the share of each stem's occurrences
   inside sentences that are capitalized (name-like words);
3. add synthetic contradictions (:func:`synthetic`) made from the agree pairs, of every kind the
   contradiction features read: a headline outcome word turned to an opposite pole or a headline figure changed
   (:func:`augment_headlines`); a "not" after the auxiliary or the modal of the body sentences that state the
   headline's claim, or a sentence reporting the claim as denied, debunked or rejected by a source; under a
   headline that itself refutes ("... admits the figures were wrong"), only a source rejecting its claim
   (kind polarity, :func:`_polarity_copy`) (:func:`augment_bodies`); each labelled disagree, kept only when its own contradiction feature fires
   (FNC-1 has few contradictions of these kinds; without them the trees never learn to trust the
   contradiction features); compute :mod:`newslib.stance.features` for every train pair;
4. fit the bag-of-words scorer (logistic regression over hashed n-grams of the best-matching body sentences
   and the lead, on the related train pairs: agree/disagree/discuss); the forest learns from its
   *out-of-fold* probabilities (5 folds grouped by body, so no pair is scored by a model that saw its body),
   and the scorer shipped is refitted on all related train pairs;
5. calibration: score every train pair, real and synthetic, by trees fitted on the other :data:`CV_FOLDS` folds
   (grouped by body; synthetic pairs follow their source's body); on those out-of-fold scores fit the evidence
   offset (:func:`fit_offset`: non-negative weights of the contradiction features added to the disagree score,
   so that fired evidence is never overridden to less than the trees give) and then a temperature to the real pairs' scores
   (:mod:`newslib.stance.calibration`); on those scores and on those of :data:`CV_REPEATS` - 1 more partitions
   into folds, choose the decision weights (:func:`newslib.stance.decide`) of agree and disagree: the centre
   of the near-optimal plateau of macro F1 on a grid, while the FNC score stays within 0.005 of the
   unweighted rule's (:func:`choose_weights`);
6. fit a scikit-learn ``HistGradientBoostingClassifier`` (4 classes) on all train pairs (features + scorer
   probabilities) and keep the temperature and weights of step 5 with it;
7. pack trees and scorer weights into ``newslib/models/stance.npz``, the vocabulary into ``stance.json``.

Reproducibility: every random choice is seeded, inputs are sorted (bodies by ID, headlines, vocabulary),
and training runs on one thread (``threadpoolctl`` limits OpenMP and BLAS), so that the sums inside the
trees and the logistic regression are added up in the same order whatever the machine's core count: a
rerun on the same machine writes a byte-identical model. On another processor, numerical libraries may
pick other vector kernels and round the last bits differently; what is reproduced there is the model's
quality: a retrained model's FNC score and macro F1 on dev lie within ``TOLERANCE`` of the shipped
model's (:data:`newslib.evaluation.fnc1.TOLERANCE`; ``newslib eval fnc1``, which retrains, prints the
differences; tests/test_eval_fnc1.py checks on a subset that the thread count does not change the model).
"""
from __future__ import annotations

import math
import random
import re
import time
from collections import Counter
from typing import Sequence
from pathlib import Path

import numpy as np

from ..datasets.fnc1 import LABELS, Pair, load_split
from ..stance import features as F
from ..stance import contradiction as C
from ..stance.model import MODEL_JSON, BowScorer, Forest, StanceModel

MAX_VOCAB = 20_000
SEED = 0
PARAMS = dict(max_iter=300, learning_rate=0.08, max_leaf_nodes=31, max_depth=8, min_samples_leaf=20,
              l2_regularization=1.0, early_stopping=False)
BOW_C = 0.5
BOW_FOLDS = 5
BOW_NAMES = ("bow_agree", "bow_disagree", "bow_discuss")
#: Folds (grouped by body) whose out-of-fold scores fit the temperature and choose the decision weights.
CV_FOLDS = 5
#: Partitions of the train pairs into :data:`CV_FOLDS` folds whose out-of-fold scores, pooled, choose the
#: decision weights (the first, ``GroupKFold``'s, also fits the temperature; the others deal the bodies to
#: folds in a seeded order).
CV_REPEATS = 2
#: Sample weight of a synthetic contradiction in the trees (a real pair weighs 1).
SYNTHETIC_WEIGHT = 0.25
#: Kinds whose synthetic contradictions weigh otherwise than :data:`SYNTHETIC_WEIGHT`: figures and outcomes,
#: which FNC-1 hardly holds (on train, a figure that differs fires beside 0.8% of agree pairs and 1.2% of
#: disagree ones), so that the trees learn to trust them from the synthetic copies alone. Figures weigh as
#: much as real pairs since branch stance4 (0.5 before): at 0.5, with ``contra_number_far`` and only far copies,
#: the trees called the hand-written "Earthquake kills 12" (body: at least 40) and "Unemployment climbs to 7
#: percent" (5.2) agree; with this weight and the near copies of :func:`_figure_changed` both are found.
#: Branch stance5 doubles it (2.0): at 1.0 the trees still called hand-written far figures agree although
#: ``contra_number_far`` fired ("Storm leaves 50,000 without power" over 8,000: P(disagree) 0.28; 40,000 / 4,000
#: homes 0.38): 255 copies against a figure that differs beside 0.8% of FNC-1's agree pairs. Polarity copies (a
#: source rejecting a refuting headline's claim, 51 on train) weigh 4.0: at 2.0 the trees hardly used them
#: ("Minister admits the budget figures were wrong" over a rejection of that claim: P(disagree) 0.17).
KIND_WEIGHT: dict[str, float] = {"number": 2.0, "outcome": 0.5, "polarity": 4.0}
#: Synthetic contradictions kept at most per kind (a seeded sample): the inserted denial and rejection
#: sentences can be made for every agree pair and would outnumber FNC-1's own disagree pairs.
SYNTHETIC_CAP = {"denial": 400, "rejection": 400}
#: Contradiction features whose non-negative weights, fitted on the out-of-fold scores (:func:`fit_offset`), add
#: to the disagree score after the trees: the trees overrode fired evidence on hand-written pairs whose other
#: features the synthetic copies do not share ("Storm leaves 50,000 without power" over 8,000, cover 0.65:
#: P(disagree) 0.36; a charity's 2 million over 200,000 pounds, 0.25; a retracted particle, 0.08). scikit-learn's
#: ``monotonic_cst`` would say the same inside the trees, but it refuses multiclass models.
#: Since branch stance7 also ``contra_number_far_rel`` (a far figure in the body's best-matching sentence, whatever its
#: cover): the storm's 50,000 / 8,000 and the floods' 3,000 / about 300 came and went from retrain to retrain
#: with ``contra_number_far`` alone (cover 0.65, 0.32, 0.17 against the synthetic copies' 0.9).
OFFSET_FEATURES = ("contra_outcome", "contra_number", "contra_number_far", "contra_number_far_rel",
                   "contra_negation", "contra_denial", "contra_rejection", "contra_modality", "contra_polarity")
#: Upper bound of an evidence offset weight (raw score units; the trees' class scores span about -8..8).
OFFSET_MAX = 4.0
#: Decision weights tried for (agree, disagree), in steps of :data:`WEIGHT_STEP`; discuss and unrelated keep 1.
WEIGHT_STEP = 0.05
WEIGHT_GRID = [(round(1 + WEIGHT_STEP * i, 2), round(1 + WEIGHT_STEP * j, 2)) for i in range(11) for j in range(41)]
#: A decision weight may lower the FNC score of the held-out pairs by this much below the unweighted rule's.
FNC_SLACK = 0.005
#: Bootstrap resamples of the bodies that say which weights are near-optimal (:func:`choose_weights`).
WEIGHT_BOOTSTRAPS = 1000
_FIGURE = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?")


def _sparse(bows):
    from scipy.sparse import csr_matrix

    indptr = np.cumsum([0] + [len(b) for b in bows])
    indices = np.fromiter((i for b in bows for i in b), dtype=np.int64, count=int(indptr[-1]))
    return csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(bows), F.HASH_DIM))


def _fit_lr(M, y):
    from sklearn.linear_model import LogisticRegression

    # balanced classes: the scorer is an input of the trees, which calibrate it; weighting keeps the rare
    # disagree class from being drowned out in its probabilities
    return LogisticRegression(C=BOW_C, max_iter=300, class_weight="balanced", random_state=SEED).fit(M, y)


def fit_bow(bows, y, groups, *, verbose: bool = False) -> tuple[BowScorer, np.ndarray]:
    """The shipped scorer (all related pairs) and out-of-fold probabilities for every pair."""
    from sklearn.model_selection import GroupKFold

    M = _sparse(bows)
    rel = y < 3
    oof = np.zeros((len(y), 3))
    for k, (tr, te) in enumerate(GroupKFold(n_splits=BOW_FOLDS).split(M, y, groups)):
        tr = tr[rel[tr]]
        lr = _fit_lr(M[tr], y[tr])
        oof[np.ix_(te, lr.classes_)] = lr.predict_proba(M[te])  # a fold may lack a rare class
        if verbose:
            print(f"bow fold {k + 1}/{BOW_FOLDS}")
    lr = _fit_lr(M[rel], y[rel])
    return BowScorer(lr.coef_.astype(np.float32), lr.intercept_.astype(np.float64)), oof


def build_vocab(bodies: list[str], headlines: list[str]) -> F.Vocab:
    from ..phrases import straight_apostrophes
    from ..stance import sentence_offsets

    df: Counter = Counter()
    caps: Counter = Counter()
    seen: Counter = Counter()
    stop = F.stopwords()
    for text in bodies:
        df.update(set(F.content_stems(F.words(text))))
        for s, e in sentence_offsets(text):
            raw = F.raw_words(text[s:e])
            for w in raw[1:]:
                lw = straight_apostrophes(w.lower())
                if lw in stop:
                    continue
                st = F.stem(lw)
                seen[st] += 1
                if w[0].isupper():
                    caps[st] += 1
    for h in headlines:
        df.update(set(F.content_stems(F.words(h))))
    n = len(bodies) + len(headlines)
    kept = sorted((s for s, c in df.items() if c >= 2), key=lambda s: (-df[s], s))[:MAX_VOCAB]
    # rounded as stored in stance.json, so that training sees exactly what inference will
    idf = {s: round(math.log((n + 1) / (df[s] + 1)) + 1.0, 4) for s in kept}
    cap = {s: round(caps[s] / seen[s], 2) if seen[s] else 1.0 for s in kept}
    return F.Vocab(idf, cap, round(math.log(n + 1) + 1.0, 4))


def _opposite(word: str) -> str | None:
    """A word of the same group as ``word`` with another pole, of the same ending where one exists
    ("raised" → "lowered"), chosen in a fixed order."""
    opp = C.opposites()
    group, pole, _ = opp[word]
    others = sorted(w for w, (g, p, _) in opp.items() if g == group and p != pole and " " not in w)
    for n in (3, 2, 1):
        same = [w for w in others if w[-n:] == word[-n:]]
        if same:
            return same[0]
    return others[0] if others else None


def augment(pairs: list[Pair], bodies: dict[int, str]) -> list[tuple[Pair, int]]:
    """Synthetic contradictions from the agree pairs' headlines: (new pair labelled disagree, index of its
    source pair); :func:`augment_headlines` says which kind each is."""
    return [(q, i) for q, i, _ in augment_headlines(pairs, bodies)]


def augment_headlines(pairs: list[Pair], bodies: dict[int, str]) -> list[tuple[Pair, int, str]]:
    """Synthetic contradictions made by changing the headlines of agree pairs: (new pair labelled disagree,
    index of its source pair, kind).

    outcome: a headline word of ``stance_opposites.tsv`` becomes a word of another pole of its group ("Police
    arrest suspect" → "Police freed suspect"); number, apart from that: a headline figure that the body also
    holds becomes one the body does not hold (x 3 + 7). Headlines that already refute, negate or deny something
    are left alone. Up to one copy of each kind per pair; headlines changed the same way are made once per
    body."""
    out, seen = [], set()
    opp = C.opposites()
    for i, p in enumerate(pairs):
        if p.stance != "agree":
            continue
        head = F.unit(p.headline)
        if head.cues["refute"] or head.cues["negation"] or head.signals.denials:
            continue  # "X dead hoax": flipping its outcome makes no clean contradiction
        news = []
        for m in F._WORD.finditer(p.headline):
            w = m.group().lower()
            if w in opp and (o := _opposite(w)):
                o = o.capitalize() if m.group()[0].isupper() else o
                news.append(("outcome", p.headline[:m.start()] + o + p.headline[m.end():]))
                break
        body = bodies[p.body_id]
        for m in _FIGURE.finditer(p.headline):
            if m.group() in body:
                v = float(m.group().replace(",", "")) * 3 + 7
                fig = f"{v:g}"
                if fig not in body:
                    news.append(("number", p.headline[:m.start()] + fig + p.headline[m.end():]))
                    break
        for kind, new in news:
            if (new, p.body_id) not in seen:
                seen.add((new, p.body_id))
                out.append((Pair(new, p.body_id, "disagree"), i, kind))
    return out


#: Kinds of synthetic contradiction (:func:`augment_all`): the headline changed (outcome, number) or the body
#: changed (negation, modality: a "not" after an auxiliary or a modal of the sentences that state the
#: headline's claim; denial, rejection: a sentence reporting the claim as denied or rejected, after the lead's
#: first sentence).
SYNTHETIC_KINDS = ("outcome", "number", "negation", "modality", "denial", "rejection", "polarity")
#: A body sentence states the headline's claim when it holds this share of the headline's content stems.
CLAIM_COVER = 0.5
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|should|may|might)\b",
                        re.I)
_MODAL_AUX = re.compile(r"\b(?:will|would|could|may|might|can|(?:is|are|was|were) (?=set|expected|planning|poised|likely))\b",
                        re.I)
#: Sentences reporting a headline's claim as denied or debunked ({h}: the headline), used in turn.
DENIAL_TEMPLATES = ("Officials denied reports that {h}.", "The claim that {h} is a hoax, fact-checkers said.",
                    "Investigators found no evidence that {h}.", "The report that {h} was later retracted.",
                    "A spokesman said the story that {h} was not true.", "Police dismissed the reports that {h}.")
#: Sentences with a source rejecting the headline's claim.
REJECTION_TEMPLATES = ("The company rejected claims that {h}.", "A spokeswoman rejected reports that {h}.",
                       "Officials dismissed suggestions that {h}.", "The minister rejected the claim that {h}.")
#: Body IDs of the changed bodies start here, far above FNC-1's.
SYNTHETIC_BODY_IDS = 10_000_000


def _claim_sentences(head: F.Unit, text: str) -> list[tuple[int, int]]:
    """(start, end) of the body sentences holding :data:`CLAIM_COVER` of the headline's content stems."""
    from ..stance import sentence_offsets

    hs = head.stemset
    if not hs:
        return []
    return [(s, e) for s, e in sentence_offsets(text)
            if len(hs & F.unit(text[s:e]).stemset) >= CLAIM_COVER * len(hs)]


def _negated(sentence: str, head: F.Unit, modal: bool) -> str | None:
    """The sentence with "not" after its first auxiliary (modal: its first modal), when the words then
    negated hold a word of the headline (modal: the sentence then negates a modal); None otherwise."""
    ws = F.words(sentence)
    if any(C._is_negator(w) for w in ws):
        return None
    m = (_MODAL_AUX if modal else _AUXILIARY).search(sentence)
    if not m:
        return None
    new = sentence[:m.end()].rstrip() + " not " + sentence[m.end():].lstrip()
    sig = C.scan(new, F._content_stem)
    ok = sig.neg_modal if modal else not sig.negated.isdisjoint(head.stemset)
    return new if ok else None


def _figure_changed(headline: str, text: str, turn: int) -> str | None:
    """The body with every occurrence of the headline's first figure that it holds changed to another one, in
    turn smaller (a quarter), larger (x 3 + 7) and near (x 1.5, less than :data:`newslib.stance.contradiction.FAR`
    apart), so that the body counts something else than the headline ("Quake kills 12" over "At least 40 were
    killed", "Unemployment climbs to 7 percent" over "climbed to 5.2 percent"); None if the body holds no figure
    of the headline."""
    for m in _FIGURE.finditer(headline):
        fig = m.group()
        at = [b for b in re.finditer(r"(?<![\w.,])" + re.escape(fig) + r"(?![\w]|[.,]\d)", text)]
        if not at:
            continue
        v = float(fig.replace(",", ""))
        if turn % 3 == 2:
            new = f"{v * 1.5:,g}"
        else:
            new = f"{max(1, round(v / 4)):,}" if turn % 3 == 0 and v >= 8 else f"{v * 3 + 7:,g}"
        if new.replace(",", "") in text.replace(",", "") or new == fig:
            continue
        for b in reversed(at):
            text = text[:b.start()] + new + text[b.end():]
        return text
    return None


def _as_clause(headline: str) -> str:
    """The headline as a clause inside a sentence: no final punctuation, a first stop word lower-cased."""
    h = headline.strip().rstrip(".!?:; ")
    first = h.split(" ", 1)[0]
    return h[0].lower() + h[1:] if first.lower() in F.stopwords() else h


def _polarity_copy(headline: str, text: str, turn: int) -> str | None:
    """The body with a sentence of a source rejecting a refuting headline's claim (:data:`REJECTION_TEMPLATES`
    in turn) after its first sentence: "Minister admits the budget figures were wrong" over "... The company
    rejected claims that minister admits the budget figures were wrong. ...", a contradiction the headline's
    and the body's refuting words would otherwise read as agreement; None for a body without sentences."""
    from ..stance import sentence_offsets

    lead = next(iter(sentence_offsets(text)), None)
    if lead is None:
        return None
    t = REJECTION_TEMPLATES[turn % len(REJECTION_TEMPLATES)]
    return text[:lead[1]] + " " + t.format(h=_as_clause(headline)) + text[lead[1]:]


def augment_bodies(pairs: list[Pair], bodies: dict[int, str], kinds=SYNTHETIC_KINDS
                   ) -> tuple[list[tuple[Pair, int, str]], dict[int, str]]:
    """Synthetic contradictions made by changing the bodies of agree pairs: (new pair labelled disagree, index
    of its source pair, kind) and the new bodies by ID (from :data:`SYNTHETIC_BODY_IDS`).

    number: every occurrence in the body of a figure of the headline changed (:func:`_figure_changed`);
    negation: every sentence stating the headline's claim gets a "not" after its first auxiliary where the
    words negated hold a headline word ("the minister has resigned" -> "has not resigned"); modality (headlines
    that announce something that may happen): a "not" after the modal ("will close" -> "will not close");
    denial and rejection: a sentence reporting the claim as denied, debunked, unproven or retracted, or a
    source rejecting it, after the first sentence. Headlines that refute, negate or deny are left alone."""
    from ..stance import sentence_offsets

    out: list[tuple[Pair, int, str]] = []
    new_bodies: dict[int, str] = {}
    n_denial = n_rejection = n_number = n_polarity = 0
    for i, p in enumerate(pairs):
        if p.stance != "agree":
            continue
        head = F.unit(p.headline)
        if head.cues["negation"] or head.signals.denials or head.signals.negated:
            continue
        text = bodies[p.body_id]
        if head.cues["refute"]:  # "... admits the figures were wrong": only a source rejecting that claim
            if "polarity" in kinds and (made_p := _polarity_copy(p.headline, text, n_polarity)) is not None:
                n_polarity += 1
                bid = SYNTHETIC_BODY_IDS + len(new_bodies)
                new_bodies[bid] = made_p
                out.append((Pair(p.headline, bid, "disagree"), i, "polarity"))
            continue
        made: list[tuple[str, str]] = []
        claims = _claim_sentences(head, text) if {"negation", "modality"} & set(kinds) else []
        for kind, modal in (("negation", False), ("modality", True)):
            if kind not in kinds or (modal and not head.signals.modal):
                continue
            new, changed = text, False
            for s, e in reversed(claims):
                neg = _negated(text[s:e], head, modal)
                if neg is not None:
                    new, changed = new[:s] + neg + new[e:], True
            if changed and not (modal and made and made[-1] == ("negation", new)):
                made.append((kind, new))
            elif changed:  # the claim's modal negated: a modality contradiction, not a second negation copy
                made[-1] = (kind, new)
        if "number" in kinds and (changed := _figure_changed(p.headline, text, n_number)) is not None:
            n_number += 1
            made.append(("number", changed))
        lead = next(iter(sentence_offsets(text)), None) if {"denial", "rejection"} & set(kinds) else None
        if lead is not None:
            at = lead[1]
            clause = _as_clause(p.headline)
            if "denial" in kinds:
                t = DENIAL_TEMPLATES[n_denial % len(DENIAL_TEMPLATES)]
                n_denial += 1
                made.append(("denial", text[:at] + " " + t.format(h=clause) + text[at:]))
            if "rejection" in kinds:
                t = REJECTION_TEMPLATES[n_rejection % len(REJECTION_TEMPLATES)]
                n_rejection += 1
                made.append(("rejection", text[:at] + " " + t.format(h=clause) + text[at:]))
        for kind, new in made:
            bid = SYNTHETIC_BODY_IDS + len(new_bodies)
            new_bodies[bid] = new
            out.append((Pair(p.headline, bid, "disagree"), i, kind))
    return out, new_bodies


def _fnc_points(gold: list[str], pred: list[str]) -> float:
    """The FNC-1 score relative to the best possible (as :func:`newslib.evaluation.fnc1.fnc_score`)."""
    score = best = 0.0
    for g, p in zip(gold, pred):
        best += 1.0 if g != "unrelated" else 0.25
        if (g == "unrelated") == (p == "unrelated"):
            score += 0.25 + (0.75 if g != "unrelated" and g == p else 0.0)
    return score / best if best else 0.0


def _grid_stats(proba: np.ndarray, y: np.ndarray, gid: np.ndarray, n_groups: int,
                grid: list[tuple[float, float]]) -> np.ndarray:
    """Per group and grid point: true positives, predictions and gold pairs of each label, the FNC points
    earned and the best possible (shape: groups x grid points x 14)."""
    from ..stance import expected_score

    k = len(LABELS)
    u = LABELS.index("unrelated")
    gold_oh = np.eye(k)[y]
    best = np.where(y != u, 1.0, 0.25)
    gain = expected_score(proba, LABELS)
    out = np.zeros((n_groups, len(grid), 3 * k + 2))
    for j, (a, d) in enumerate(grid):
        pred = (gain * np.array([a, d, 1.0, 1.0])).argmax(axis=1)  # as decide() with these weights
        pred_oh = np.eye(k)[pred]
        points = ((y == u) == (pred == u)) * 0.25 + ((y != u) & (y == pred)) * 0.75
        cols = np.hstack([gold_oh * pred_oh, pred_oh, gold_oh, points[:, None], best[:, None]])
        for c in range(cols.shape[1]):
            out[:, j, c] = np.bincount(gid, weights=cols[:, c], minlength=n_groups)
    return out


def _macro_fnc(sums: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Macro F1 and relative FNC score from summed :func:`_grid_stats` columns (any leading shape)."""
    k = len(LABELS)
    tp, pred, gold = sums[..., :k], sums[..., k:2 * k], sums[..., 2 * k:3 * k]
    den = pred + gold
    f1 = np.divide(2 * tp, den, out=np.zeros_like(tp), where=den > 0)
    return f1.mean(axis=-1), sums[..., 3 * k] / np.maximum(sums[..., 3 * k + 1], 1e-12)


def choose_weights(proba: np.ndarray, y: np.ndarray, groups: np.ndarray | None = None, *,
                   boots: int = WEIGHT_BOOTSTRAPS, seed: int = SEED) -> dict[str, float]:
    """Decision weights (agree, disagree) for held-out class probabilities: the centre of the near-optimal
    plateau of macro F1 on :data:`WEIGHT_GRID`, not its single best point.

    Points whose FNC score falls more than :data:`FNC_SLACK` below the unweighted rule's are out. Of the rest,
    the best macro F1 is found, and a point is near-optimal when its shortfall from the best is within one
    standard deviation of that shortfall over ``boots`` bootstrap resamples of the groups (bodies: pairs of a
    body stay together; ``random.Random``-free, ``numpy`` seeded by ``seed``). The weights returned are the
    near-optimal point nearest the median agree and median disagree weight of that set. Macro F1 over these
    weights is a flat, jagged ridge (on FNC-1 train, disagree 1.1-1.4 lie within 0.005 of each other), so the
    single best point jumps between its ends when the model changes slightly; the plateau's centre moves by a
    grid step at most. Deterministic for the same inputs."""
    proba = np.asarray(proba, dtype=np.float64)
    y = np.asarray(y)
    groups = np.arange(len(y)) if groups is None else np.asarray(groups)
    _, gid = np.unique(groups, return_inverse=True)
    n_groups = int(gid.max()) + 1 if len(gid) else 0
    grid = [(1.0, 1.0)] + [w for w in WEIGHT_GRID if w != (1.0, 1.0)]
    stats = _grid_stats(proba, y, gid, n_groups, grid)  # groups x grid x columns
    macro, fnc = _macro_fnc(stats.sum(axis=0))
    feasible = fnc >= fnc[0] - FNC_SLACK
    top = int(np.flatnonzero(feasible)[np.argmax(macro[feasible])])
    rng = np.random.default_rng(seed)
    counts = rng.multinomial(n_groups, np.full(n_groups, 1.0 / n_groups), size=boots).astype(np.float64)
    boot = (counts @ stats.reshape(n_groups, -1)).reshape(boots, len(grid), -1)
    macro_b, _ = _macro_fnc(boot)
    short = macro_b[:, [top]] - macro_b  # boots x grid: shortfall from the best point
    near = feasible & (short.mean(axis=0) <= short.std(axis=0) + 1e-12)
    near[top] = True
    pts = np.array(grid)[near]
    centre = np.array([np.sort(pts[:, 0])[(len(pts) - 1) // 2], np.sort(pts[:, 1])[(len(pts) - 1) // 2]])
    scale = np.array([WEIGHT_STEP, WEIGHT_STEP])
    a, d = pts[int(np.argmin((((pts - centre) / scale) ** 2).sum(axis=1)))]
    return {"agree": float(a), "disagree": float(d), "discuss": 1.0, "unrelated": 1.0}


def fit(bodies: dict[int, str], pairs: list[Pair], *, verbose: bool = False) -> StanceModel:
    """Train a model on labelled pairs (only the bodies they use are read), on one thread."""
    from threadpoolctl import threadpool_limits
    # loaded first: threadpoolctl limits only the OpenMP and BLAS libraries already loaded (scikit-learn
    # carries its own OpenMP runtime)
    from sklearn.ensemble import HistGradientBoostingClassifier  # noqa: F401
    from sklearn.linear_model import LogisticRegression  # noqa: F401

    with threadpool_limits(limits=1):
        return _fit(bodies, pairs, verbose=verbose)


def synthetic(pairs: list[Pair], bodies: dict[int, str], vocab: F.Vocab
              ) -> tuple[list[tuple[Pair, int, str]], dict[int, str], np.ndarray, list]:
    """The synthetic contradictions the trees learn from: those of :func:`augment_headlines` and
    :func:`augment_bodies` whose own contradiction feature fires (a copy whose change the features cannot see
    teaches the trees that a contradiction may look like an agreement), at most :data:`SYNTHETIC_CAP` of a
    kind (``random.Random(SEED)``); with the new bodies, their feature rows and n-gram lists."""
    from ..stance import pair_features

    made = augment_headlines(pairs, bodies)
    changed, new_bodies = augment_bodies(pairs, bodies)
    made += changed
    X, bows = pair_features([q for q, _, _ in made], {**bodies, **new_bodies}, vocab)
    fires = [X[k, F.FEATURE_NAMES.index("contra_" + kind)] > 0 for k, (_, _, kind) in enumerate(made)]
    keep = []
    for kind in SYNTHETIC_KINDS:
        idx = [k for k, (_, _, kd) in enumerate(made) if kd == kind and fires[k]]
        cap = SYNTHETIC_CAP.get(kind)
        if cap is not None and len(idx) > cap:
            idx = sorted(random.Random(SEED).sample(idx, cap))
        keep += idx
    keep.sort()
    return [made[k] for k in keep], new_bodies, X[keep].reshape(len(keep), X.shape[1]), [bows[k] for k in keep]


def cross_validated(inputs: np.ndarray, y: np.ndarray, groups: np.ndarray, sw: np.ndarray, real: int,
                    folds: int = CV_FOLDS, shuffle: int | None = None) -> np.ndarray:
    """Raw out-of-fold scores of all rows: trees fitted on the other folds (grouped by body; a synthetic row
    follows its source pair's body, and is scored with it) with the parameters of the model. The first
    ``real`` rows are the real pairs. The folds are scikit-learn's ``GroupKFold``, or with ``shuffle`` (a seed)
    the bodies dealt to folds in a seeded random order: another partition of the same pairs."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import GroupKFold

    raw = np.zeros((len(inputs), len(LABELS)))
    syn_groups = groups[real:]
    if shuffle is None:
        splits = GroupKFold(n_splits=folds).split(inputs[:real], y[:real], groups[:real])
    else:
        bodies = np.unique(groups[:real])
        dealt = np.random.default_rng(shuffle).permutation(len(bodies)) % folds
        fold_of = dict(zip(bodies.tolist(), dealt.tolist()))
        fold = np.array([fold_of[g] for g in groups[:real].tolist()])
        splits = ((np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(folds))
    for tr, te in splits:
        rows = np.concatenate([tr, real + np.flatnonzero(np.isin(syn_groups, groups[tr]))])
        clf = HistGradientBoostingClassifier(random_state=SEED, **PARAMS).fit(inputs[rows], y[rows],
                                                                               sample_weight=sw[rows])
        held = np.concatenate([te, real + np.flatnonzero(np.isin(syn_groups, groups[te]))])
        raw[held] = Forest.from_sklearn(clf).raw(inputs[held])
    return raw


def fit_offset(raw: np.ndarray, inputs: np.ndarray, y: np.ndarray, sw: np.ndarray, columns: Sequence[int],
               label: int) -> np.ndarray:
    """Non-negative weights ``w`` of the input ``columns`` (contradiction evidence) such that adding
    ``inputs[:, columns] @ w`` to the ``label`` column of the raw scores minimizes the ``sw``-weighted log-loss
    of ``softmax(raw)`` against ``y``: a monotone second stage over the trees (L-BFGS-B from zero, bounds
    [0, :data:`OFFSET_MAX`]; deterministic). Fitted on out-of-fold scores, so that evidence the trees override
    on pairs they did not learn from gets the weight its record earns; weights rounded to 4 decimals."""
    from scipy.optimize import minimize

    E = np.asarray(inputs, dtype=np.float64)[:, list(columns)]
    raw = np.asarray(raw, dtype=np.float64)
    onehot = np.eye(raw.shape[1])[y]
    s = np.asarray(sw, dtype=np.float64) / float(np.sum(sw))

    def loss(w):
        z = raw.copy()
        z[:, label] += E @ w
        z -= z.max(axis=1, keepdims=True)
        lse = np.log(np.exp(z).sum(axis=1))
        p = np.exp(z - lse[:, None])
        value = float(s @ (lse - (z * onehot).sum(axis=1)))
        grad = E.T @ (s * (p[:, label] - onehot[:, label]))
        return value, grad

    res = minimize(loss, np.zeros(len(columns)), jac=True, method="L-BFGS-B",
                   bounds=[(0.0, OFFSET_MAX)] * len(columns))
    return np.round(res.x, 4)


def _fit(bodies: dict[int, str], pairs: list[Pair], *, verbose: bool = False) -> StanceModel:
    from sklearn.ensemble import HistGradientBoostingClassifier

    from ..stance import pair_features
    from ..stance.calibration import expected_calibration_error, fit_temperature, log_loss, reliability, softmax

    t0 = time.time()
    used = sorted({p.body_id for p in pairs})
    vocab = build_vocab([bodies[i] for i in used], sorted({p.headline for p in pairs}))
    syn, _, Xs, bows_s = synthetic(pairs, bodies, vocab)
    n = len(pairs)
    X, bows = pair_features(pairs, bodies, vocab)
    X = np.vstack([X, Xs])
    y = np.array([LABELS.index(p.stance) for p in pairs] + [LABELS.index("disagree")] * len(syn))
    groups = np.array([p.body_id for p in pairs] + [pairs[i].body_id for _, i, _ in syn])
    if verbose:
        kinds = Counter(k for _, _, k in syn)
        print(f"features {X.shape} ({len(syn)} synthetic contradictions: "
              f"{', '.join(f'{k} {kinds[k]}' for k in SYNTHETIC_KINDS)}) in {time.time() - t0:.1f}s")
    # the scorer learns from real pairs only; a synthetic pair gets its source pair's out-of-fold probabilities
    scorer, oof = fit_bow(bows, y[:n], groups[:n], verbose=verbose)
    oof = np.vstack([oof, oof[[i for _, i, _ in syn]]]) if syn else oof
    if verbose:
        print(f"bag-of-words scorer in {time.time() - t0:.1f}s")
    inputs = np.hstack([X, oof])
    sw = np.array([1.0] * n + [KIND_WEIGHT.get(k, SYNTHETIC_WEIGHT) for _, _, k in syn])
    raw_all = cross_validated(inputs, y, groups, sw, n)
    names = F.FEATURE_NAMES + BOW_NAMES
    columns = [names.index(f) for f in OFFSET_FEATURES]
    w = fit_offset(raw_all, inputs, y, sw, columns, LABELS.index("disagree"))
    offset = {"label": "disagree", "weights": {f: float(v) for f, v in zip(OFFSET_FEATURES, w)},
              "fitted_on": f"out-of-fold scores of the {n} train pairs and {len(syn)} synthetic contradictions "
                           f"(sample weights as the trees'), log-loss, weights in [0, {OFFSET_MAX}]"}

    def with_offset(r: np.ndarray) -> np.ndarray:
        r = r[:n].copy()
        r[:, LABELS.index("disagree")] += inputs[:n][:, columns] @ w
        return r

    raw = with_offset(raw_all)
    temperature = fit_temperature(raw, y[:n])
    p_oof = softmax(raw, temperature)
    table = reliability(p_oof.max(axis=1), p_oof.argmax(axis=1) == y[:n])
    # the weights see the out-of-fold scores of further partitions too: one partition's scores move the
    # near-optimal plateau by up to 0.15 (disagree), another partition's by as much the other way
    p_all = [p_oof] + [softmax(with_offset(cross_validated(inputs, y, groups, sw, n, shuffle=s)), temperature)
                       for s in range(1, CV_REPEATS)]
    weights = choose_weights(np.vstack(p_all), np.tile(y[:n], CV_REPEATS), np.tile(groups[:n], CV_REPEATS))
    if verbose:
        print(f"evidence offset {offset['weights']}")
        print(f"temperature {temperature} (log-loss {log_loss(raw, y[:n], 1.0):.4f} -> "
              f"{log_loss(raw, y[:n], temperature):.4f} on the out-of-fold scores of {n} train pairs), "
              f"decision weights {weights}, in {time.time() - t0:.1f}s")
    clf = HistGradientBoostingClassifier(random_state=SEED, **PARAMS).fit(inputs, y, sample_weight=sw)
    if verbose:
        print(f"fitted in {time.time() - t0:.1f}s")
    kinds = Counter(k for _, _, k in syn)
    meta = {"trained_on": f"FNC-1 train_stances.csv, official baseline split, train part: {len(pairs)} pairs, "
                          f"{len(used)} bodies, and {len(syn)} synthetic contradictions made from its agree pairs "
                          f"({', '.join(f'{k} {kinds[k]}' for k in SYNTHETIC_KINDS)}; weight {SYNTHETIC_WEIGHT}"
                          + "".join(f", {k} {w}" for k, w in sorted(KIND_WEIGHT.items())) + ")",
            "model": f"HistGradientBoostingClassifier {PARAMS}",
            "decision_weights": weights,
            "evidence_offset": offset,
            "calibration": {"temperature": temperature, "method": "temperature scaling (log-loss)",
                            "fitted_on": f"out-of-fold scores of the {n} train pairs ({CV_FOLDS} folds grouped by "
                                         f"body, trees fitted on the other folds)",
                            "ece_where_fitted": round(expected_calibration_error(table), 4)}}
    return StanceModel(LABELS, F.FEATURE_NAMES + BOW_NAMES, vocab, Forest.from_sklearn(clf), meta, scorer)


def train(data: str | None = None, out: str | None = None) -> Path:
    """Train on the FNC-1 data in ``data`` (default ``<data_dir>/fnc-1``) and write the model; returns the
    path of its JSON file."""
    bodies, train_pairs, _dev = load_split(data or None)
    model = fit(bodies, train_pairs, verbose=True)
    json_path = Path(out) if out else MODEL_JSON
    if json_path.suffix != ".json":
        json_path = json_path / "stance.json"
    json_path.parent.mkdir(parents=True, exist_ok=True)
    model.save(json_path, json_path.with_suffix(".npz"))
    return json_path
