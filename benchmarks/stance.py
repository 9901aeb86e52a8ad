"""Stance prediction throughput against plain TF-IDF cosine over the same pairs, in the same run.

newslib: ``predict_csv`` on the first 25,000 (Headline, Body ID) rows of FNC-1's ``train_stances.csv`` (written to
a temporary CSV outside the repository), from a cold start: model loading, reading both CSVs, sentence
splitting, features, trees, writing the predictions. Baseline: a pure-Python TF-IDF cosine relatedness check
(lower-cased words, IDF over the bodies, each body's vector built once, cosine per pair), the simplest thing
that decides related/unrelated. Prints pairs per second for both and the ratio of times (goal: 25,000 pairs
within 60 s on a 2-core machine). ``--quick`` uses 2,500 pairs.
"""
from __future__ import annotations

import argparse
import csv
import math
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _common import best_of

_W = re.compile(r"[a-z0-9]+")


def tfidf_cosine(bodies_csv: Path, stances_csv: Path) -> int:
    with open(bodies_csv, encoding="utf-8", newline="") as fh:
        bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(fh)}
    with open(stances_csv, encoding="utf-8", newline="") as fh:
        pairs = [(r["Headline"], int(r["Body ID"])) for r in csv.DictReader(fh)]
    toks = {i: _W.findall(b.lower()) for i, b in bodies.items()}
    df = Counter(w for t in toks.values() for w in set(t))
    n = len(toks)
    idf = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}
    vecs = {}
    related = 0
    for head, bid in pairs:
        v = vecs.get(bid)
        if v is None:
            tf = Counter(toks[bid])
            v = {w: c * idf[w] for w, c in tf.items()}
            v = vecs[bid] = (v, math.sqrt(sum(x * x for x in v.values())) or 1.0)
        hv = Counter(_W.findall(head.lower()))
        hvec = {w: c * idf.get(w, math.log(n + 1) + 1) for w, c in hv.items()}
        hn = math.sqrt(sum(x * x for x in hvec.values())) or 1.0
        cos = sum(x * v[0].get(w, 0.0) for w, x in hvec.items()) / (hn * v[1])
        related += cos > 0.1
    return len(pairs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--pairs", type=int, default=25_000)
    args = ap.parse_args()
    n = 2_500 if args.quick else args.pairs
    from newslib.config import corpus_path

    fnc = corpus_path("fnc-1")
    if not (fnc / "train_stances.csv").exists():
        sys.exit(f"benchmark needs {fnc} (set NEWSLIB_DATA)")
    bodies_csv = fnc / "train_bodies.csv"
    with tempfile.TemporaryDirectory() as tmp:
        stances_csv, out_csv = Path(tmp) / "stances.csv", Path(tmp) / "pred.csv"
        with open(fnc / "train_stances.csv", encoding="utf-8", newline="") as fh, \
                open(stances_csv, "w", encoding="utf-8", newline="") as out:
            reader, writer = csv.reader(fh), csv.writer(out)
            writer.writerow(next(reader)[:2])
            for i, row in enumerate(reader):
                if i >= n:
                    break
                writer.writerow(row[:2])

        def newslib_predict():
            from newslib.stance import predict_csv
            from newslib.stance.model import shipped

            shipped.cache_clear()  # cold: the model is read again every run
            return predict_csv(bodies_csv, stances_csv, out_csv)

        repeat = 1 if args.quick else 2
        t0 = time.perf_counter()
        import newslib.stance  # noqa: F401  (import time counted once, outside the loop)
        t_import = time.perf_counter() - t0
        t_base, count = best_of(lambda: tfidf_cosine(bodies_csv, stances_csv), repeat)
        t_new, count2 = best_of(newslib_predict, repeat)
        assert count == count2 == n, (count, count2, n)
    print(f"pairs: {n:,} FNC-1 (Headline, Body ID) rows")
    print(f"plain TF-IDF cosine       : {t_base:7.2f} s  {n / t_base:10,.0f} pairs/s")
    print(f"newslib predict_csv       : {t_new:7.2f} s  {n / t_new:10,.0f} pairs/s  (+{t_import:.2f} s import)")
    print(f"ratio stance/cosine time: {t_new / t_base:.2f}")
    if n >= 25_000:
        print(f"{n:,} pairs in {t_new + t_import:.1f} s with import (goal: 25,000 within 60 s)")
    else:
        print("(quick run: preparing the bodies dominates; the 60 s goal is for the full 25,000 pairs)")


if __name__ == "__main__":
    main()
