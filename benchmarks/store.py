"""The claims store at the scale of the scale work: ingest stays linear, and the trends notebook renders from a
store of 100,000 articles' tables in under a minute.

Rows are synthesized at run time (never committed): per article, PolNeAR dev's mean counts (about 37
sentences, 25 attributions, 10 hedges, half a gap, 14 actors, one headline check), actors and outlets drawn
from Zipf-like distributions, claim contents from a 30,000-word vocabulary, dates over one year. They go into a
new store in chunks of 10,000 articles through :meth:`newslib.store.StoreWriter.write_frames`, the path every
ingest takes once articles are tagged (tagging's own speed is ``benchmarks/tag.py``'s). Prints the time of
each chunk and the ratio last / first (linear: about 1; a store that slowed with its size would grow it).
Then runs ``newslib run trends`` on the store's last four weeks (the notebook's default window) and prints its
wall time (goal: under 60 s) beside the time of running a one-cell notebook the same way (the fixed cost of a
papermill run here).

``--n N`` articles (default 100,000; CI: ``--n 5000``), ``--keep FILE`` to keep the store, ``--store FILE``
to time the notebook on a store made before (no ingest).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

CHUNK = 10_000
PER_ARTICLE = {"sentences": 37, "attributions": 25, "hedges": 10, "actors": 14}
OUTLETS = ["wire", "post", "times", "daily", "herald", "chronicle", "tribune", "gazette", "courier", "observer"]
KINDS = ["statement"] * 70 + ["proposal"] * 6 + ["demand"] * 6 + ["rejection"] * 5 + ["speculation"] * 13
SOURCE_KINDS = ["person"] * 60 + ["organization"] * 15 + ["country"] * 8 + ["anonymous"] * 9 + ["pronoun"] * 8
STANCES = ["agree"] * 45 + ["discuss"] * 45 + ["disagree"] * 6 + ["unrelated"] * 4


def _zipf(rng, n: int, size: int) -> np.ndarray:
    w = 1.0 / np.arange(1, n + 1) ** 1.1
    return rng.choice(n, size=size, p=w / w.sum())


def synthesize(rng, first: int, n: int, start: dt.date, vocab: np.ndarray, actors: np.ndarray) -> dict:
    ids = np.array([f"{i:016x}" for i in range(first, first + n)])
    days = np.array([start + dt.timedelta(days=int(d)) for d in rng.integers(0, 365, n)])
    a = pd.DataFrame({"article_id": ids, "input": [f"feed.jsonl#{i}" for i in range(first, first + n)],
                      "url": [f"https://example.org/{i}" for i in range(first, first + n)],
                      "key": [f"https://example.org/{i}" for i in range(first, first + n)],
                      "title": [f"Headline {i}" for i in range(first, first + n)],
                      "outlet": np.array(OUTLETS)[_zipf(rng, len(OUTLETS), n)], "date": days,
                      "date_text": [d.isoformat() for d in days], "n_chars": rng.integers(1500, 9000, n),
                      "n_sentences": PER_ARTICLE["sentences"], "n_attributions": PER_ARTICLE["attributions"],
                      "n_hedges": PER_ARTICLE["hedges"], "n_gaps": rng.integers(0, 2, n), "warnings": None})
    ns = PER_ARTICLE["sentences"]
    s_ids = np.repeat(ids, ns)
    sent = np.tile(np.arange(ns), n)
    s = pd.DataFrame({"article_id": s_ids, "sentence": sent, "start": sent * 120, "end": sent * 120 + 110,
                      "text": "A sentence of the article, about as long as a short one.", "title": sent == 0,
                      "kind": np.array(KINDS)[rng.integers(0, len(KINDS), len(s_ids))],
                      "uncertain": rng.random(len(s_ids)) < 0.25, "certainty": rng.random(len(s_ids)).round(3),
                      "n_hedges": rng.integers(0, 2, len(s_ids)), "n_gaps": 0})
    na = PER_ARTICLE["attributions"]
    t_ids = np.repeat(ids, na)
    m = len(t_ids)
    words = vocab[_zipf(rng, len(vocab), m * 8)].reshape(m, 8)  # vocab's head stands in for the stop words
    sk = np.array(SOURCE_KINDS)[rng.integers(0, len(SOURCE_KINDS), m)]
    actor = np.where(np.isin(sk, ["anonymous", "pronoun"]), None, actors[_zipf(rng, len(actors), m)])
    t = pd.DataFrame({"article_id": t_ids, "attribution": np.tile(np.arange(na), n),
                      "sentence": rng.integers(1, ns, m), "kind": np.array(KINDS)[rng.integers(0, len(KINDS), m)],
                      "quote": "indirect", "certainty": rng.random(m).round(3), "uncertain": rng.random(m) < 0.25,
                      "source": np.where(sk == "anonymous", "officials", actor), "source_start": 0, "source_end": 5,
                      "source_kind": sk, "actor": actor, "cue": "said", "cue_start": 6, "cue_end": 10,
                      "content": [" ".join(w) for w in words], "content_start": 11, "content_end": 60})
    nh = PER_ARTICLE["hedges"]
    h_ids = np.repeat(ids, nh)
    h = pd.DataFrame({"article_id": h_ids, "sentence": rng.integers(1, ns, len(h_ids)), "start": 3, "end": 6,
                      "text": "may", "kind": "hedge", "type": "modal", "strength": 0.5})
    g_ids = ids[a["n_gaps"].to_numpy() > 0]
    g = pd.DataFrame({"article_id": g_ids, "sentence": 3, "start": 0, "end": 16, "text": "is not yet clear",
                      "kind": "unknown", "about": None, "about_start": None, "about_end": None})
    nc = PER_ARTICLE["actors"]
    c_ids = np.repeat(ids, nc)
    c = pd.DataFrame({"article_id": c_ids, "name": actors[_zipf(rng, len(actors), len(c_ids))], "type": "person",
                      "mentions": rng.integers(1, 6, len(c_ids)), "as_source": rng.integers(0, 4, len(c_ids))})
    hd = pd.DataFrame({"article_id": ids, "related": True,
                       "stance": np.array(STANCES)[rng.integers(0, len(STANCES), n)],
                       "score": rng.random(n).round(3), "evidence": "The body sentence the verdict rests on."})
    return {"articles": a, "sentences": s, "attributions": t, "hedges": h, "gaps": g, "actors": c, "headlines": hd}


def time_notebook(path: Path, params: dict, out: Path) -> tuple[float, str]:
    from newslib.run import run_notebook

    t0 = time.perf_counter()
    r = run_notebook(str(path), params, out_dir=out)
    return time.perf_counter() - t0, r.status if r.status == "success" else f"{r.status}: {r.reason}"


def main() -> None:
    from newslib.store import StoreWriter, info

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="articles (default 100,000)")
    ap.add_argument("--keep", help="keep the store at this path")
    ap.add_argument("--no-notebook", action="store_true", help="measure the ingest only")
    ap.add_argument("--store", help="time the notebook on this store instead of making one")
    args = ap.parse_args()
    if args.store:
        return notebook(Path(args.store))
    rng = np.random.default_rng(13)
    # claim contents: 8 words from a Zipf-like 30,000-word vocabulary whose 100 commonest words are left out
    # (TF-IDF drops stop words), as diverse as news contents are
    vocab = np.array([f"w{i}" + "abcdefghij"[i % 10] * 3 for i in range(100, 30_100)])
    actors = np.array([f"Actor {i} Name" for i in range(3000)])
    tmp = tempfile.TemporaryDirectory(prefix="newslib-store-bench-")
    db = Path(args.keep) if args.keep else Path(tmp.name) / "claims.duckdb"
    if db.exists():
        sys.exit(f"{db} exists: the benchmark writes a new store")
    writer = StoreWriter(db, inputs="synthetic")
    times = []
    start = dt.date(2025, 12, 1)
    for first in range(0, args.n, CHUNK):
        n = min(CHUNK, args.n - first)
        frames = synthesize(rng, first, n, start, vocab, actors)
        t0 = time.perf_counter()
        added = writer.write_frames(frames)
        times.append((time.perf_counter() - t0) / n * CHUNK)
        print(f"chunk {len(times):>3}: {added:,} articles in {times[-1] * n / CHUNK:.2f} s "
              f"({times[-1]:.2f} s per {CHUNK:,})", flush=True)
    writer.finish()
    d = info(db)
    size = os.path.getsize(db) / 1e6
    print(f"store: {d['counts']['articles']:,} articles, {d['counts']['attributions']:,} attributions, "
          f"{d['counts']['sentences']:,} sentences, {size:,.0f} MB")
    if len(times) > 3:
        # the first chunk goes into an empty store; after it, the median of the first and the last half
        rest = times[1:]
        early, late = float(np.median(rest[: len(rest) // 2])), float(np.median(rest[len(rest) // 2:]))
        print(f"ingest: first chunk {times[0]:.2f} s per {CHUNK:,} articles; then median {early:.2f} s in the "
              f"first half and {late:.2f} s in the second; second / first half {late / early:.2f} "
              f"(linear: about 1)")
    if not args.no_notebook:
        notebook(db)


def notebook(db: Path) -> None:
    from newslib.store import info

    d = info(db)
    with tempfile.TemporaryDirectory(prefix="newslib-store-bench-nb-") as nbdir:
        one = Path(nbdir) / "one.ipynb"
        one.write_text(json.dumps({"cells": [
            {"cell_type": "code", "id": "p", "metadata": {"tags": ["parameters"]}, "source": "x = 1", "outputs": [],
             "execution_count": None},
            {"cell_type": "code", "id": "c", "metadata": {}, "source": "x + 1", "outputs": [],
             "execution_count": None}],
            "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
            "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
        base, status = time_notebook(one, {"x": "2"}, Path(nbdir) / "out")
        print(f"one-cell notebook through newslib run: {base:.1f} s ({status})")
        took, status = time_notebook("trends", {"store": str(db)}, Path(nbdir) / "out")
        print(f"trends notebook on {d['counts']['articles']:,} articles (last four weeks): {took:.1f} s ({status}); "
              f"{took / base:.1f}x the one-cell run; goal under 60 s")


if __name__ == "__main__":
    main()
