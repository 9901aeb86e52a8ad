"""Training the second-stage cue decision (:mod:`newslib.tagging.cue_decision`): ``newslib train cues``.

PolNeAR **train** only. Candidates are the words of the train texts that
:func:`~newslib.tagging.cue_decision.is_candidate` admits (newslib's own tokens, POS tags and dependency parse); a
candidate is positive when its token is labelled CUE by the gold spans
(:func:`newslib.training.attribution.token_labels`, the alphabetically first annotator). Articles fall in
``FOLDS`` folds (article i in fold i % FOLDS); each fold's features read the lemma cue rates of the other folds,
so that a lemma's own uses do not vouch for it. A logistic regression (scikit-learn's liblinear, L2, ``C``) is
fitted on all of them; the model keeps the full train rates.

Thresholds, by cross-validation on train grouped by article: ``veto`` is the one of ``VETO_GRID`` with the best
sum of the F1 figures issue 11 sets targets for (``TARGETS``) when ``find_attributions`` runs on each train
article with the regression fitted on the other folds and with the labels of an attribution model trained (as
the shipped one, but ``EPOCHS`` epochs) on the other folds (:func:`out_of_fold_labels`: the shipped model has
learned the train texts, so its labels there are too good, and a veto tuned on them vetoes nothing); ``add``
from the calibration of the out-of-fold probabilities (:func:`choose_add`). The veto ships only when its gain over
"off" beats the fold-to-fold spread of that gain in the same cross-validation (:func:`choose_mode`; the file's
metadata keeps each threshold's pooled F1s, its per-fold gains and the choice). Deterministic: fixed folds, no
shuffling but the attribution model's seeded one, the liblinear solver.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

from ..datasets.polnear import default_dir, read_split
from ..errors import InputError
from ..tagging.attribution_model import CUE, lemma
from ..tagging.cue_decision import MODEL_NAME, CueDecision, is_candidate, token_features, _in_quote
from . import MODELS_DIR

FOLDS = 5
C = 0.5
#: features seen fewer times than this on train are left out (they cannot be weighed)
MIN_FEATURE = 3
#: the veto thresholds tried on train (out of fold)
VETO_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3)
#: the threshold of the grid that vetoes nothing: the decision switched off
OFF = 0.0
#: the PolNeAR figures issue 11 sets targets for, whose F1 sum chooses the veto threshold
TARGETS = ("cue exact", "source exact", "content overlap", "attribution")
#: epochs of the out-of-fold attribution models (the shipped model has 14, newslib.training.attribution.EPOCHS:
#: five keep `newslib train cues` near 10 minutes on the loaded two-core machine)
EPOCHS = 5
#: what the decision does when its train cross-validation chooses a veto threshold above 0: veto only (adding cues
#: did not pay on PolNeAR dev at any threshold, see ``benchmarks/cue_decision.py``)
MODE = "veto"


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def prepare(articles) -> list[tuple]:
    """(text, sentences, gold token labels, POS tags per sentence, parses) of each article."""
    from ..syntax import pos_ids, tag_names
    from ..syntax.parser import default_parser
    from .attribution import _prepare

    docs = _prepare(articles)
    sentences = [s for _t, sents, _l in docs for s in sents]
    ids = pos_ids(sentences)
    names = tag_names(ids, sentences)
    parses = default_parser().parse(sentences, ids)
    out, k = [], 0
    for text, sents, labels in docs:
        n = len(sents)
        out.append((text, sents, labels, names[k:k + n], parses[k:k + n]))
        k += n
    return out


def lemma_rates(docs) -> dict[str, tuple[int, int]]:
    """(times a cue, times seen) of each lemma over ``docs``."""
    seen, cues = Counter(), Counter()
    for _text, sents, labels, _tags, _parses in docs:
        k = 0
        for s in sents:
            for t in s.tokens:
                lem = lemma(t.text.lower())
                seen[lem] += 1
                cues[lem] += labels[k] == CUE
                k += 1
    return {w: (cues[w], n) for w, n in seen.items()}


def examples(doc, rates: dict) -> tuple[list[list[str]], list[int]]:
    """Features and gold label (1: a cue token) of every candidate of one article."""
    _text, sents, labels, tags, parses = doc
    X, y, k = [], [], 0
    for s, tg, p in zip(sents, tags, parses):
        words = [t.text for t in s.tokens]
        quoted = _in_quote(words, tg)
        for i, w in enumerate(words):
            if is_candidate(w, tg[i], rates):
                X.append(token_features(i, words, tg, p, quoted, rates))
                y.append(int(labels[k + i] == CUE))
        k += len(words)
    return X, y


def fold_examples(docs, folds: int = FOLDS) -> tuple[list[list[str]], np.ndarray, np.ndarray]:
    """Every candidate's features (with the other folds' rates), label and fold."""
    X, y, g = [], [], []
    for f in range(folds):
        rates = lemma_rates([d for i, d in enumerate(docs) if i % folds != f])
        for i in range(f, len(docs), folds):
            xi, yi = examples(docs[i], rates)
            X.extend(xi)
            y.extend(yi)
            g.extend([f] * len(yi))
    return X, np.array(y), np.array(g)


def fit(X: list[list[str]], y: np.ndarray, c: float = C) -> dict[str, float]:
    """Weights of a logistic regression over the binary features (the bias as the feature "bias")."""
    from sklearn.linear_model import LogisticRegression

    counts = Counter(x for row in X for x in set(row))
    names = sorted(f for f, n in counts.items() if n >= MIN_FEATURE and f != "bias")
    index = {f: j for j, f in enumerate(names)}
    M = _matrix(X, index)
    lr = LogisticRegression(C=c, solver="liblinear", max_iter=1000)
    lr.fit(M, y)
    w = {f: float(lr.coef_[0][j]) for f, j in index.items()}
    w["bias"] = float(lr.intercept_[0])
    return w


def _matrix(X, index):
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for r, feats in enumerate(X):
        for f in set(feats):
            j = index.get(f)
            if j is not None:
                rows.append(r)
                cols.append(j)
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(X), len(index)))


def out_of_fold(X, y, g, c: float = C) -> np.ndarray:
    """Each candidate's probability from the regression fitted on the other folds."""
    p = np.zeros(len(y))
    for f in sorted(set(g.tolist())):
        train = np.nonzero(g != f)[0]
        w = fit([X[i] for i in train], y[train], c)
        d = CueDecision(w, {}, 1.0, 0.0)
        for i in np.nonzero(g == f)[0]:
            p[i] = d.probability(X[i])
    return p


def choose_add(p: np.ndarray, y: np.ndarray, f1: float) -> float:
    """The add threshold from out-of-fold probabilities: a cue added raises an F1 of ``f1`` when it is right
    more often than ``f1 / 2``: the lowest threshold (by 0.05) from which every bin of 0.05 up is right at
    least that often."""
    add = 1.0
    for t in np.round(np.arange(0.95, 0.0, -0.05), 2):
        sel = (p >= t) & (p < t + 0.05)
        if sel.any() and y[sel].mean() >= f1 / 2:
            add = float(t)
        else:
            break
    return add


def fold_decisions(docs, X, y, g, folds: int = FOLDS) -> list[CueDecision]:
    """For each fold: the regression fitted on the other folds, with their lemma rates."""
    out = []
    for f in range(folds):
        rest = np.nonzero(g != f)[0]
        w = fit([X[i] for i in rest], y[rest])
        rates = {k: r for k, r in lemma_rates([d for i, d in enumerate(docs) if i % folds != f]).items()
                 if r[1] >= 3}
        out.append(CueDecision(w, rates, 1.0, 0.0))
    return out


def out_of_fold_labels(docs, folds: int = FOLDS, epochs: int = EPOCHS, log=None) -> list[tuple]:
    """The attribution model's ``(labels, bounds)`` of each train article from a model trained as the shipped
    one is (:func:`newslib.training.attribution.fit`, its templates, cue weight and seed) on the other folds:
    the shipped model has learned the train texts, so its own labels there are better than on unseen text,
    and a veto tuned on them would veto too little."""
    from .attribution import CUE_WEIGHT, SYNTAX, SYNTAX_TEMPLATES, build_vocab
    from .attribution import fit as fit_attribution

    out: list = [None] * len(docs)
    for f in range(folds):
        rest = [(d[0], d[1], d[2]) for i, d in enumerate(docs) if i % folds != f]
        model = fit_attribution(rest, build_vocab(rest, min_word=3, min_bigram=5), epochs=epochs,
                                cue_weight=CUE_WEIGHT, templates=SYNTAX_TEMPLATES[SYNTAX])
        for i in range(f, len(docs), folds):
            out[i] = model.predict(docs[i][0], docs[i][1])
        if log:
            log(f"fold {f + 1} of {folds}: attribution model trained on the other folds")
    return out


def veto_scores(articles, docs, decisions: list[CueDecision], score, grid=VETO_GRID,
                predicted: list | None = None) -> dict[float, dict]:
    """PolNeAR train's F1 of each of ``TARGETS`` for ``find_attributions`` with each veto threshold of ``grid``,
    pooled over the folds of :func:`fold_veto_counts` (see there for the arguments)."""
    return f1_table(pool(fold_veto_counts(articles, docs, decisions, score, grid, predicted)))


def fold_veto_counts(articles, docs, decisions: list[CueDecision], score, grid=VETO_GRID,
                     predicted: list | None = None) -> list[dict[float, dict]]:
    """Per fold, each veto threshold of ``grid``'s ``{row: [matched, predicted, gold]}`` over that fold's articles
    for ``find_attributions``, each article judged by its fold's decision (article i in fold
    i % len(decisions)) and, with ``predicted``, read from those attribution-model labels
    (:func:`out_of_fold_labels`). ``score(article, attributions, counts)`` adds an article's
    ``[matched, predicted, gold]`` to ``counts`` by row name, as ``newslib.evaluation.polnear.score_article``
    does (the evaluation layer sits beside training, which may not import it: ``newslib train cues`` passes it
    in). The attributions are found once (the veto is their last filter)."""
    from ..tagging.attributions import find_attributions
    from ..tagging.cue_decision import using

    counts: list[dict[float, dict]] = [{t: {} for t in grid} for _ in decisions]
    for i, (art, (text, sents, _labels, _tags, _parses)) in enumerate(zip(articles, docs)):
        judged: list = []
        f = i % len(decisions)
        fold = decisions[f]
        with using(CueDecision(fold.weights, fold.rates, 1.0, 0.0), "veto", record=judged):
            recs = find_attributions(text, sents, predicted[i] if predicted is not None else None)
        best = dict(judged)
        for t in grid:
            kept = [r for r in recs if best.get((r.cue.start, r.cue.end), 1.0) >= t]
            score(art, kept, counts[f][t])
    return counts


def pool(fold_counts: list[dict[float, dict]]) -> dict[float, dict]:
    """The folds' ``[matched, predicted, gold]`` summed, threshold by threshold and row by row."""
    out: dict[float, dict] = {}
    for counts in fold_counts:
        for t, rows in counts.items():
            table = out.setdefault(t, {})
            for name, c in rows.items():
                table[name] = [a + b for a, b in zip(table.get(name, [0, 0, 0]), c)]
    return out


def f1_table(counts: dict[float, dict]) -> dict[float, dict]:
    """``{threshold: {target: {"f1": F1}}}`` of each of ``TARGETS`` from ``[matched, predicted, gold]`` counts."""
    return {t: {name: {"f1": _f1(*c.get(name, (0, 0, 0)))} for name in TARGETS} for t, c in counts.items()}


def _f1(matched: int, predicted: int, gold: int) -> float:
    return 2 * matched / (predicted + gold) if predicted + gold else 0.0


def choose_veto(scores: dict[float, dict]) -> float:
    """The threshold with the best sum of the F1 figures issue 11 sets targets for (``TARGETS``: cue exact,
    source exact, content overlap, whole attribution), the lower on a tie."""
    return max(sorted(scores), key=lambda t: (round(target_sum(scores[t]), 6), -t))


def target_sum(row: dict) -> float:
    """The sum of a threshold's F1 figures over ``TARGETS``: what chooses the veto threshold."""
    return sum(row[name]["f1"] for name in TARGETS)


def fold_gains(fold_scores: list[dict[float, dict]]) -> dict[float, list[float]]:
    """Per threshold, each fold's :func:`target_sum` minus that fold's with no veto (``OFF``): the paired gain
    of the veto over "off", fold by fold."""
    return {t: [target_sum(fs[t]) - target_sum(fs[OFF]) for fs in fold_scores] for t in fold_scores[0]}


def choose_mode(scores: dict[float, dict], gains: dict[float, list[float]]) -> tuple[str, float, dict]:
    """(mode, veto threshold, the record of the choice). The best threshold (:func:`choose_veto`, pooled over the
    folds) ships as a veto only when its pooled :func:`target_sum` beats "off" (threshold ``OFF``) by more than
    the margin measured by the same cross-validation: the fold-to-fold standard deviation of its paired gain
    (:func:`fold_gains`). A mean gain above one standard deviation over 5 folds is a paired t above
    sqrt(5) = 2.24, past the one-sided 5% point of 4 degrees of freedom (2.13); below it, the gain is within
    the folds' noise and the decision stays "off" (its output is then the attribution model's and its passes'
    alone, and no sentence is parsed for it)."""
    best = choose_veto(scores)
    gain = target_sum(scores[best]) - target_sum(scores[OFF])
    margin = float(np.std(gains[best], ddof=1))
    ships = best > OFF and gain > margin
    record = {"rule": "veto only if its pooled gain in the sum of the targets' F1 over 'off' (veto 0.00) exceeds "
                      "the fold-to-fold standard deviation of that gain",
              "best": round(best, 2), "gain": round(gain, 4), "margin": round(margin, 4)}
    return (MODE, best, record) if ships else ("off", OFF, record)


def train(data: str | None = None, out: str | None = None, log=_log, limit: int | None = None,
          f1: float = 0.70, epochs: int = EPOCHS, score=None) -> Path:
    """Train on ``<data>/train`` and write ``cues.json``; ``limit``: the first articles only (tests);
    ``f1``: the cue F1 the add threshold assumes (PolNeAR dev's cue exact F1 of main, 0.698); ``epochs``:
    of the out-of-fold attribution models (:func:`out_of_fold_labels`); ``score``: PolNeAR's scorer
    (``newslib.evaluation.polnear.score_article``, which ``newslib train cues`` passes), see :func:`veto_scores`."""
    if score is None:
        raise InputError("cues", "the veto threshold needs PolNeAR's scorer: pass score="
                                 "newslib.evaluation.polnear.score_article (`newslib train cues` does)")
    data_dir = Path(data) if data else default_dir()
    articles = read_split(data_dir, "train")
    if limit:
        articles = articles[:limit]
    log(f"{len(articles)} train articles from {data_dir}")
    docs = prepare(articles)
    X, y, g = fold_examples(docs)
    log(f"{len(y)} candidates, {int(y.sum())} cue tokens")
    p = out_of_fold(X, y, g)
    add = choose_add(p, y, f1)
    predicted = out_of_fold_labels(docs, epochs=epochs, log=log)
    fold_counts = fold_veto_counts(articles, docs, fold_decisions(docs, X, y, g), score, predicted=predicted)
    scores = f1_table(pool(fold_counts))
    gains = fold_gains([f1_table(c) for c in fold_counts])
    for t, sc in scores.items():
        log(f"veto {t:.2f}: " + ", ".join(f"{name} {sc[name]['f1']:.4f}" for name in TARGETS)
            + " | fold gains over off " + " ".join(f"{d:+.4f}" for d in gains[t]))
    mode, veto, choice = choose_mode(scores, gains)
    log(f"thresholds: add {add} (out-of-fold calibration), veto {choice['best']} (out-of-fold, train scores): "
        f"gain {choice['gain']:+.4f} against a fold-to-fold margin of {choice['margin']:.4f}, mode {mode!r}")
    weights = fit(X, y)
    rates = {w: r for w, r in lemma_rates(docs).items() if r[1] >= 3}
    meta = {"data": "PolNeAR v1.0.0 train split (alphabetically first annotator per article)",
            "articles": len(articles), "candidates": len(y), "positives": int(y.sum()), "folds": FOLDS, "C": C,
            "assumed_f1": f1, "epochs": epochs, "targets": list(TARGETS),
            "veto_scores": {f"{t:.2f}": [round(sc[name]["f1"], 4) for name in TARGETS] for t, sc in scores.items()},
            "veto_fold_gains": {f"{t:.2f}": [round(d, 4) for d in ds] for t, ds in gains.items()},
            "veto_choice": choice}
    path = Path(out) if out else MODELS_DIR / MODEL_NAME
    if path.is_dir():
        path = path / MODEL_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    return CueDecision(weights, rates, add, veto, meta, mode=mode).save(path)
