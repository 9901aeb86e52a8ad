"""Claim threads (newslib.threads) on FNC-1 train: how well they group bodies that report the same claim, and
what they cost per 10,000 attributions.

Gold: FNC-1 pairs each headline with bodies; a body whose stance to a headline is agree, disagree or discuss
reports (or argues with) that headline's claim. Two bodies are a *gold pair* when some headline is related to
both. Predicted: every body is tagged (as an untitled text), its attributions go to
:func:`newslib.threads.find_threads`, and two bodies are a *predicted pair* when one thread holds versions
from both. Precision = predicted pairs that are gold pairs / predicted pairs; recall = gold pairs that are
predicted / gold pairs (:func:`newslib.threads.pair_scores`; only bodies with some related headline count).
Threads need the same actor; the content-only grouping (any source) is printed beside it as the baseline.

Cost: the wall time of ``find_threads`` over the bodies' attributions (tagging excluded), scaled to 10,000
attributions, at the full table and at half of it (the ratio shows how it grows).

``--n N`` tags only the first N bodies (CI: ``--n 150``); ``--threshold`` sets the cosine threshold.
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict

import pandas as pd

from newslib.config import corpus_path


def gold_groups(stances_csv, bodies: set[int]) -> dict[str, set]:
    groups: dict[str, set] = defaultdict(set)
    with open(stances_csv, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            b = int(r["Body ID"])
            if r["Stance"] != "unrelated" and b in bodies:
                groups[r["Headline"]].add(b)
    return {h: s for h, s in groups.items() if len(s) > 1}


def attribution_table(bodies: dict[int, str]) -> pd.DataFrame:
    from newslib import Article
    from newslib.pipeline import tag_corpus

    arts = [(f"body {i}", Article.from_text(text, titled=False, path=f"body {i}")) for i, text in bodies.items()]
    rows = []
    for name, t in tag_corpus(arts, headline=False):
        if isinstance(t, BaseException):
            continue
        body = int(name.split()[1])
        for a in t.to_dict()["attributions"]:
            src, con = a["source"] or {}, a["content"] or {}
            rows.append({"article_id": body, "who": src.get("actor") or src.get("text") or "(no source)",
                         "actor": src.get("actor"), "source": src.get("text"), "source_kind": src.get("kind"),
                         "cue": a["cue"]["text"], "content": con.get("text"), "kind": a["kind"]})
    return pd.DataFrame(rows)


def main() -> None:
    from newslib.threads import find_threads, pair_scores

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=0, help="only the first N bodies (0: all 1,683)")
    ap.add_argument("--threshold", type=float, default=0.5)
    args = ap.parse_args()
    folder = corpus_path("fnc-1")
    if not (folder / "train_bodies.csv").is_file():
        sys.exit(f"benchmark needs {folder} (set NEWSLIB_DATA)")
    with open(folder / "train_bodies.csv", encoding="utf-8", newline="") as fh:
        bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(fh)}
    if args.n:
        bodies = dict(list(bodies.items())[: args.n])
    gold = gold_groups(folder / "train_stances.csv", set(bodies))
    t0 = time.perf_counter()
    table = attribution_table(bodies)
    tag_s = time.perf_counter() - t0
    print(f"bodies {len(bodies):,}, gold groups (headlines with 2+ related bodies) {len(gold):,}, "
          f"attributions {len(table):,} (tagged in {tag_s:.1f} s)")
    for label, same_actor in (("threads (same actor)", True), ("content only (baseline)", False)):
        t0 = time.perf_counter()
        found = find_threads(table, threshold=args.threshold, same_actor=same_actor)
        dt = time.perf_counter() - t0
        predicted = {th: set(g["article_id"]) for th, g in found.versions.groupby("thread")}
        s = pair_scores(predicted, gold)
        print(f"{label:<26} threshold {args.threshold}: {len(found.threads):,} threads, "
              f"pair precision {s['precision']:.3f} recall {s['recall']:.3f} F1 {s['f1']:.3f} "
              f"({s['correct_pairs']:,} of {s['predicted_pairs']:,} predicted pairs correct; "
              f"{s['gold_pairs']:,} gold pairs); {dt:.2f} s = {dt / max(1, len(table)) * 10_000:.2f} s "
              f"per 10,000 attributions")
    half = table.iloc[: len(table) // 2]
    t0 = time.perf_counter()
    find_threads(half, threshold=args.threshold)
    dt_half = time.perf_counter() - t0
    t0 = time.perf_counter()
    find_threads(table, threshold=args.threshold)
    dt_full = time.perf_counter() - t0
    print(f"cost: {len(half):,} attributions {dt_half:.2f} s, {len(table):,} attributions {dt_full:.2f} s; "
          f"per 10,000: {dt_half / max(1, len(half)) * 10_000:.2f} s and {dt_full / max(1, len(table)) * 10_000:.2f} s")


if __name__ == "__main__":
    main()
