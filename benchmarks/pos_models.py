"""Tag time of two part-of-speech model files on the same texts, timed in turns in one process.

On a loaded machine two separate runs of ``syntax.py`` differ by more than a feature change costs; here
each round tags the same PolNeAR train texts (newslib-tokenized first, not timed; windows of 16 articles
as ``newslib tag`` batches them) with model A then model B, each from cold type caches as in a fresh
process, in turns A B, B A, A B, ... (whichever runs second in a round measured up to 15% slower here),
and the best round of each is compared. Usage::

    git show main:newslib/models/pos.npz > /tmp/pos_main.npz
    .venv/bin/python benchmarks/pos_models.py /tmp/pos_main.npz newslib/models/pos.npz [--texts 300] [--rounds 5]

Prints each model's time by stage (best of the rounds per stage), tokens/s and the ratio B / A.
"""
from __future__ import annotations

import argparse
import gc
import time

import numpy as np

from _common import polnear_texts

from newslib.pipeline import BATCH_ARTICLES as WINDOW_ARTICLES
from newslib.syntax.tagger import PosTagger
from newslib.tokenize import tokenize_text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("a", help="model file A (the baseline)")
    ap.add_argument("b", help="model file B")
    ap.add_argument("--texts", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    docs = [tokenize_text(f.read_text(encoding="utf-8")) for f in polnear_texts("train", args.texts)]
    windows = [[s for d in docs[i:i + WINDOW_ARTICLES] for s in d] for i in range(0, len(docs), WINDOW_ARTICLES)]
    n_tokens = sum(len(s.tokens) for w in windows for s in w)
    models = {"A": PosTagger.load(args.a), "B": PosTagger.load(args.b)}
    stages = ("word types", "type scores", "emissions + Viterbi")
    best = {key: np.full(len(stages), np.inf) for key in models}
    for r in range(args.rounds):
        for key in ("A", "B") if r % 2 == 0 else ("B", "A"):
            model = models[key]
            model.space._reset_types()  # cold caches, as in a fresh process
            gc.collect()
            spent = np.zeros(len(stages))
            for w in windows:  # tag_ids(w) in its three stages (the later ones reuse the earlier ones' caches)
                flat = [t.text for s in w for t in s.tokens]
                t0 = time.perf_counter()
                model.space.type_ids(flat)
                t1 = time.perf_counter()
                model._type_scores()
                t2 = time.perf_counter()
                model._decode(flat, [len(s.tokens) for s in w])
                t3 = time.perf_counter()
                spent += (t1 - t0, t2 - t1, t3 - t2)
            best[key] = np.minimum(best[key], spent)
    print(f"texts: {len(docs)} PolNeAR train articles, {n_tokens:,} newslib tokens, best of {args.rounds} per stage")
    for key, path in (("A", args.a), ("B", args.b)):
        parts = ", ".join(f"{name} {t:.2f} s" for name, t in zip(stages, best[key]))
        total = best[key].sum()
        print(f"model {key} ({path}): {total:6.2f} s {n_tokens / total:>10,.0f} tokens/s ({parts})")
    print(f"ratio B / A: {best['B'].sum() / best['A'].sum():.3f}")


if __name__ == "__main__":
    main()
