"""What the agreement features (:mod:`newslib.stance.agreement`) separate on FNC-1 train, counts only.

For the agree and discuss pairs of the train part of the customary split, the agreement features are computed
with the shipped model's vocabulary, in five folds grouped by body (the folds of ``newslib train stance``): per
fold and class, the share of pairs where each feature fires (> 0) and its mean, and the AUC of agree against
discuss. Then whether they add to the model's own features: gradient-boosted trees (the model's settings) fitted
on four folds and scored on the fifth, agree against discuss, with and without them, all and each alone
(accuracy, log-loss). Dev is
never read. No FNC-1 text is printed or written.
"""
from __future__ import annotations

import argparse

import numpy as np

from newslib.datasets.fnc1 import load_split
from newslib.stance import body_cache, shipped
from newslib.stance import agreement as A
from newslib.stance import features as F

FOLDS = 5


def _auc(pos: np.ndarray, neg: np.ndarray) -> float:
    """P(a random agree pair scores above a random discuss pair), ties counted half."""
    allv = np.concatenate([pos, neg])
    order = allv.argsort(kind="mergesort")
    ranks = np.empty(len(allv))
    sv = allv[order]
    i = 0
    while i < len(sv):  # average ranks over ties
        j = i
        while j + 1 < len(sv) and sv[j + 1] == sv[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return (ranks[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def main(argv=None) -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)  # no options: --help only
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.metrics import log_loss
    from sklearn.model_selection import GroupKFold

    from newslib.training.stance import PARAMS, SEED

    bodies, train, _dev = load_split()
    pairs = [p for p in train if p.stance in ("agree", "discuss")]
    vocab = shipped().vocab
    body = body_cache(bodies, vocab)
    base, extra = [], []
    for p in pairs:
        b = body(p.body_id)
        head = F.unit(p.headline)
        x, top = F.features(head, b, vocab)
        base.append(x)
        extra.append(A.features(b.sents, F.cover(head, b, vocab)))
    X0, XA = np.array(base), np.array(extra)
    y = np.array([p.stance == "agree" for p in pairs])
    groups = np.array([p.body_id for p in pairs])
    folds = list(GroupKFold(n_splits=FOLDS).split(X0, y, groups))
    print(f"FNC-1 train, agree {y.sum()} / discuss {(~y).sum()} pairs; per fold: agree fires/mean, discuss "
          "fires/mean, AUC")
    for j, name in enumerate(A.FEATURE_NAMES):
        cells = []
        for _, te in folds:
            a, d = XA[te][y[te], j], XA[te][~y[te], j]
            cells.append(f"{(a > 0).mean():.2f}/{a.mean():.3f} {(d > 0).mean():.2f}/{d.mean():.3f} {_auc(a, d):.3f}")
        print(f"{name:14s} " + " | ".join(cells))
    sets = [("model features", X0), ("+ agreement", np.hstack([X0, XA]))]
    sets += [(f"+ {name}", np.hstack([X0, XA[:, [j]]])) for j, name in enumerate(A.FEATURE_NAMES)]
    for label, X in sets:
        acc, ll = [], []
        for tr, te in folds:
            clf = HistGradientBoostingClassifier(random_state=SEED, **PARAMS).fit(X[tr], y[tr])
            p = clf.predict_proba(X[te])[:, 1]
            acc.append(((p > 0.5) == y[te]).mean())
            ll.append(log_loss(y[te], p, labels=[False, True]))
        print(f"{label:16s} accuracy " + " ".join(f"{a:.4f}" for a in acc) + f" (mean {np.mean(acc):.4f}); "
              f"log-loss " + " ".join(f"{v:.4f}" for v in ll) + f" (mean {np.mean(ll):.4f})")


if __name__ == "__main__":
    main()
