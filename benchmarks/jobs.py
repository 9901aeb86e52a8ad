"""``newslib tag --jobs 2`` against ``--jobs 1`` on the FNC-1 train bodies (1,683 articles), in the same run.

Both are one ``newslib tag train_bodies.csv --format jsonl`` process (start-up, reading, tagging, JSON: all a
user waits for); their outputs must be byte-identical. Prints the articles per second of each and the
speed-up (goal: >= 1.7x on a 2-core machine; other processes on the machine lower it: rerun when it is
quiet), and the CPU time per article of --jobs 1 (what a million articles cost in core-hours, whatever the
load). ``--quick`` tags the first 200 bodies once; otherwise each is timed best of ``--repeat`` (2).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    from newslib.config import corpus_path

    bodies = corpus_path("fnc-1") / "train_bodies.csv"
    if not bodies.is_file():
        sys.exit(f"benchmark needs {bodies} (set NEWSLIB_DATA)")
    tmp = None
    if args.quick:  # the header and the first 200 bodies, in a temporary file
        import csv

        tmp = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8", newline="")
        with open(bodies, encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            writer = csv.writer(tmp)
            for k, row in enumerate(reader):
                if k > 200:
                    break
                writer.writerow(row)
        tmp.close()
        bodies = Path(tmp.name)
    newslib_bin = str(Path(sys.executable).parent / "newslib")

    cpu: dict[int, float] = {}

    def run(jobs: int) -> tuple[float, str, int]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run([newslib_bin, "tag", str(bodies), "--format", "jsonl", "--jobs", str(jobs)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the CLI and its workers, once they are reaped
        cpu[jobs] = min(cpu.get(jobs, float("inf")),
                        after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if proc.returncode != 0:
            sys.exit(f"newslib tag --jobs {jobs} failed ({proc.returncode}): {proc.stderr[-2000:]!r}")
        return elapsed, hashlib.sha256(proc.stdout).hexdigest(), proc.stdout.count(b"\n")

    try:
        repeat = 1 if args.quick else args.repeat
        one = min(run(1) for _ in range(repeat))
        many = min(run(args.jobs) for _ in range(repeat))
    finally:
        if tmp is not None:
            os.unlink(tmp.name)
    n = one[2]
    print(f"texts: {n:,} FNC-1 train bodies; load average at the end {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"--jobs 1         : {one[0]:7.2f} s  {n / one[0]:7.1f} articles/s")
    print(f"--jobs {args.jobs:<10}: {many[0]:7.2f} s  {n / many[0]:7.1f} articles/s")
    print(f"output identical : {one[1] == many[1]}")
    # (the workers of --jobs N are the forkserver's children, which this process's rusage does not see)
    print(f"CPU time per article, --jobs 1: {cpu[1] / n * 1000:.1f} ms (start-up included); a million articles: "
          f"{cpu[1] / n * 1e6 / 3600:.1f} core-hours")
    print(f"speed-up --jobs {args.jobs} / --jobs 1: {one[0] / many[0]:.2f}x (goal: >= 1.7 on 2 cores)")
    if one[1] != many[1]:
        sys.exit("outputs differ")


if __name__ == "__main__":
    main()
