"""``newslib train stance``: the headline–body stance model, from FNC-1's training split only.

Steps (all seeded, so a rerun writes the same model):

1. read ``train_bodies.csv``/``train_stances.csv`` and keep the official baseline's train split (80% of the
   Body IDs, :func:`newslib.datasets.fnc1.split_ids`); the dev 20% is never looked at here;
2. learn the vocabulary from the train bodies and headlines: IDF per stem (documents = bodies and distinct
   headlines; stems seen in at least 2, the 20,000 most frequent) and the share of each stem's occurrences
   inside sentences that are capitalized (name-like words);
3. compute :mod:`newslib.stance.features` for every train pair;
4. fit the bag-of-words scorer (logistic regression over hashed n-grams of the best-matching body sentences
   and the lead, on the related train pairs: agree/disagree/discuss); the forest learns from its
   *out-of-fold* probabilities (5 folds grouped by body, so no pair is scored by a model that saw its body),
   and the scorer shipped is refitted on all related train pairs;
5. fit a scikit-learn ``HistGradientBoostingClassifier`` (4 classes) on features + scorer probabilities;
6. pack trees and scorer weights into ``newslib/models/stance.npz``, the vocabulary into ``stance.json``.
"""
from __future__ import annotations

import math
import time
from collections import Counter
from pathlib import Path

import numpy as np

from ..datasets.fnc1 import LABELS, Pair, load_split
from ..stance import features as F
from ..stance.model import MODEL_JSON, BowScorer, Forest, StanceModel

MAX_VOCAB = 20_000
SEED = 0
PARAMS = dict(max_iter=300, learning_rate=0.08, max_leaf_nodes=31, max_depth=8, min_samples_leaf=20,
              l2_regularization=1.0, early_stopping=False)
BOW_C = 0.5
BOW_FOLDS = 5
BOW_NAMES = ("bow_agree", "bow_disagree", "bow_discuss")


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
        oof[te] = _fit_lr(M[tr], y[tr]).predict_proba(M[te])
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


def fit(bodies: dict[int, str], pairs: list[Pair], *, verbose: bool = False) -> StanceModel:
    """Train a model on labelled pairs (only the bodies they use are read)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    from ..stance import pair_features

    t0 = time.time()
    used = sorted({p.body_id for p in pairs})
    vocab = build_vocab([bodies[i] for i in used], sorted({p.headline for p in pairs}))
    X, bows = pair_features(pairs, bodies, vocab)
    y = np.array([LABELS.index(p.stance) for p in pairs])
    if verbose:
        print(f"features {X.shape} in {time.time() - t0:.1f}s")
    scorer, oof = fit_bow(bows, y, np.array([p.body_id for p in pairs]), verbose=verbose)
    if verbose:
        print(f"bag-of-words scorer in {time.time() - t0:.1f}s")
    clf = HistGradientBoostingClassifier(random_state=SEED, **PARAMS).fit(np.hstack([X, oof]), y)
    if verbose:
        print(f"fitted in {time.time() - t0:.1f}s")
    meta = {"trained_on": f"FNC-1 train_stances.csv, official baseline split, train part: {len(pairs)} pairs, "
                          f"{len(used)} bodies", "model": f"HistGradientBoostingClassifier {PARAMS}"}
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
