"""What the body-level doubt features (:mod:`newslib.stance.doubt`) separate on FNC-1, counts only.

For each related pair of a split (``--split dev``, the default, or ``train``), the doubt features
(:func:`newslib.stance.doubt.features`) are computed with the shipped model's vocabulary; printed per gold class:
pairs, the share of pairs where each feature fires (> 0) and its mean, and, for the disagree pairs, the same
among those where no contradiction evidence fires (``contra_any`` = 0, the pairs the sentence-level evidence
cannot reach). No FNC-1 text is printed or written.
"""
from __future__ import annotations

import argparse
from collections import defaultdict

import numpy as np

from newslib.datasets.fnc1 import load_split
from newslib.stance import body_cache, shipped
from newslib.stance import doubt as D
from newslib.stance import features as F


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "train"), default="dev")
    args = ap.parse_args()
    bodies, train, dev = load_split()
    pairs = [p for p in (dev if args.split == "dev" else train) if p.stance != "unrelated"]
    vocab = shipped().vocab
    body = body_cache(bodies, vocab)
    any_col = F.FEATURE_NAMES.index("contra_any") - F.FEATURE_NAMES.index(F.C.FEATURE_NAMES[0])
    rows = defaultdict(list)
    for p in pairs:
        b = body(p.body_id)
        head = F.unit(p.headline)
        cover = F.cover(head, b, vocab)
        x = D.features(head.words, [D.scan(u.words) for u in b.sents], cover)
        rows[p.stance].append(x)
        if p.stance == "disagree" and F.contradictions(head, b, cover)[0][any_col] == 0:
            rows["disagree, no contradiction"].append(x)
    print(f"FNC-1 {args.split}, related pairs; per feature: share of pairs firing / mean")
    print(f"{'class':28s} {'pairs':>6s} " + " ".join(f"{n:>18s}" for n in D.FEATURE_NAMES))
    for label in ("agree", "disagree", "discuss", "disagree, no contradiction"):
        M = np.array(rows[label])
        cells = " ".join(f"{(M[:, j] > 0).mean():8.3f} /{M[:, j].mean():8.3f}" for j in range(M.shape[1]))
        print(f"{label:28s} {len(M):6d} {cells}")


if __name__ == "__main__":
    main()
