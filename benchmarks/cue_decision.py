"""The second-stage cue decision (newslib.tagging.cue_decision, issue 11) measured on PolNeAR: each of its two uses
alone, (a) adding cues the attribution model missed (``add``) and (b) vetoing found ones (``veto``), over a grid of
thresholds, with the shipped weights, against the decision switched off. Prints one row per setting: cue exact,
source exact, content overlap, whole attribution and content exact F1 (``newslib eval polnear``'s definitions),
cue precision / recall and seconds.

    NEWSLIB_DATA=../shared/data .venv/bin/python benchmarks/cue_decision.py [--split dev] [--limit N]
        [--add 0.5 0.7 0.9] [--veto 0.05 0.1 0.15 0.2]
"""
from __future__ import annotations

import argparse
import time

from newslib.evaluation.polnear import evaluate
from newslib.tagging.cue_decision import CueDecision, default_decision, using

ROWS = ("cue exact", "source exact", "content overlap", "attribution", "content exact")


def settings(adds, vetoes) -> list[tuple[str, float, float]]:
    """(mode, add threshold, veto threshold) of each row: off first, then each use alone."""
    return [("off", 1.0, 0.0)] + [("add", a, 0.0) for a in adds] + [("veto", 1.0, v) for v in vetoes]


def measure(split: str = "dev", adds=(0.5, 0.7, 0.9), vetoes=(0.05, 0.1, 0.15, 0.2), limit: int | None = None,
            data: str | None = None) -> list[dict]:
    """One row per setting: its name, the five F1 figures, cue precision and recall, and seconds."""
    shipped = default_decision()
    out = []
    for mode, add, veto in settings(adds, vetoes):
        d = CueDecision(shipped.weights, shipped.rates, add, veto, shipped.meta, mode=mode)
        t = time.perf_counter()
        with using(d, mode):
            report = evaluate(data, split, limit=limit)
        cue = report.rows["cue exact"]
        out.append({"setting": mode if mode == "off" else f"{mode} {add if mode == 'add' else veto:.2f}",
                    **{name: report.rows[name]["f1"] for name in ROWS},
                    "cue P": cue["precision"], "cue R": cue["recall"], "seconds": time.perf_counter() - t})
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--add", type=float, nargs="*", default=[0.5, 0.7, 0.9])
    ap.add_argument("--veto", type=float, nargs="*", default=[0.05, 0.1, 0.15, 0.2])
    args = ap.parse_args(argv)
    print(f"{'setting':<10} " + " ".join(f"{r:>15}" for r in ROWS) + "    cue P / R   seconds")
    for row in measure(args.split, args.add, args.veto, args.limit):
        print(f"{row['setting']:<10} " + " ".join(f"{row[r]:>15.4f}" for r in ROWS)
              + f"  {row['cue P']:.4f} / {row['cue R']:.4f}  {row['seconds']:7.1f}", flush=True)


if __name__ == "__main__":
    main()
