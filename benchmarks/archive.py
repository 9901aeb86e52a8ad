"""An archive streamed to a Parquet dataset: memory stays flat and so does the time per article.

A synthetic corpus of ``--n`` articles (default 100,000) is made at run time from the FNC-1 train bodies
(never written to disk as texts): article k is body k mod 1,683 with its paragraphs in an order drawn from
``random.Random(k)``, under a title made from another body's first words, so every text (and article id) is
new. The articles stream through :func:`newslib.parquet.build.write_dataset` in this process (``--jobs 1``,
the default: every byte of memory is this process's; with ``--jobs N`` the largest worker's peak is printed
too) into a dataset in a temporary directory, deleted at the
end. Prints, per block of ``--block`` articles, the articles per second, the wall time and the CPU time per article
(this process's, its workers' and its reaped children's user + system time: other load on the machine
stretches wall time, hardly CPU time) and the resident memory, then the ratio of the last block's CPU time per
article to the first's (goal: about 1, cost linear in the corpus) and the peak resident memory (goal: < 500 MB). ``--n 2000 --block 500`` is the quick version CI runs.
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import shutil
import sys
import tempfile
import time



def bodies() -> list[str]:
    from newslib.config import corpus_path

    path = corpus_path("fnc-1") / "train_bodies.csv"
    if not path.is_file():
        sys.exit(f"benchmark needs {path} (set NEWSLIB_DATA)")
    with open(path, encoding="utf-8", newline="") as f:
        return [row["articleBody"] for row in csv.DictReader(f)]


def synthetic(n: int, texts: list[str]):
    """``n`` Articles, made one at a time (nothing kept)."""
    from newslib.article import Article

    for k in range(n):
        rng = random.Random(k)
        paras = [p.strip() for p in texts[k % len(texts)].split("\n") if p.strip()]
        rng.shuffle(paras)
        words = texts[(k * 7 + 3) % len(texts)].split()[:8]
        title = " ".join(words) or "Untitled"
        yield Article.from_text(f"{title} (item {k})\n" + "\n".join(paras), path=f"synthetic#{k + 1}")


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def _descendants(root: int) -> list[int]:
    """The pids of ``root``'s live descendants (a pool's workers are the forkserver's children)."""
    parent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        kids = [k for k, p in parent.items() if p == pid]
        found += kids
        todo += kids
    return found


_TICK = os.sysconf("SC_CLK_TCK")


def usage() -> tuple[float, float]:
    """CPU seconds (user + system) of this process, its live descendants (a pool's workers) and its reaped
    children: what tagging cost, whatever else the machine was doing; and the largest peak resident memory
    (MB) of a live descendant so far."""
    total = time.process_time()
    done = resource.getrusage(resource.RUSAGE_CHILDREN)
    total += done.ru_utime + done.ru_stime
    peak = 0.0
    for pid in _descendants(os.getpid()):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{pid}/status") as f:
                hwm = next((line.split()[1] for line in f if line.startswith("VmHWM:")), "0")
        except (OSError, IndexError, ValueError):  # ended meanwhile: counted in RUSAGE_CHILDREN once reaped
            continue
        total += (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime
        peak = max(peak, int(hwm) / 1024)
    return total, peak


class Blocks:
    """A progress sink (``update``) that times each block of articles."""

    def __init__(self, block: int, n: int):
        self.block, self.n, self.done, self.rows = block, n, 0, []
        self.t0 = self.last = time.perf_counter()
        self.cpu, self.worker_peak = usage()

    def update(self, n: int, failed: int = 0) -> None:
        before, self.done = self.done, self.done + n
        if self.done >= self.n:  # the last batch is written: the workers' peaks, before the pool ends
            self.worker_peak = max(self.worker_peak, usage()[1])
        if self.done // self.block > before // self.block:
            now, (cpu, peak) = time.perf_counter(), usage()
            self.worker_peak = max(self.worker_peak, peak)
            count = self.done - (self.rows[-1][0] if self.rows else 0)
            per, cpu_per = (now - self.last) / count, (cpu - self.cpu) / count
            self.rows.append((self.done, per, rss_mb(), cpu_per))
            print(f"{self.done:>8,} articles  {1 / per:7.1f} articles/s  wall {per * 1000:6.2f} ms/article  "
                  f"CPU {cpu_per * 1000:6.2f} ms/article  resident {self.rows[-1][2]:6.0f} MB  "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
            self.last, self.cpu = now, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--block", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    from newslib.parquet import read_ids
    from newslib.parquet.build import write_dataset

    texts = bodies()
    out = tempfile.mkdtemp(prefix="newslib-archive-")
    try:
        blocks = Blocks(args.block, args.n)
        t0 = time.perf_counter()
        summary = write_dataset(synthetic(args.n, texts), out, jobs=args.jobs, progress=blocks)
        total = time.perf_counter() - t0
        assert summary.written == args.n and summary.failed == 0, summary
        assert len(set(read_ids(out))) == args.n
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        first, last = blocks.rows[0], blocks.rows[-1]
        size = sum(p.stat().st_size for p in __import__("pathlib").Path(out).rglob("*.parquet")) / 2**20
        print(f"{args.n:,} articles in {total:.0f} s ({args.n / total:.1f} articles/s, jobs {args.jobs}), "
              f"{summary.parts:,} batches, dataset {size:.0f} MB")
        print(f"CPU time per article, last block / first block: {last[3] / first[3]:.2f} (goal: about 1; "
              f"{first[3] * 1000:.2f} -> {last[3] * 1000:.2f} ms, this process and its workers)")
        print(f"wall time per article, last block / first block: {last[1] / first[1]:.2f} "
              f"(distorted by other load on the machine)")
        print(f"peak resident memory of this process: {peak:.0f} MB (goal: < 500)")
        if args.jobs != 1:
            workers = blocks.worker_peak
            print(f"peak resident memory of the largest worker process: {workers:.0f} MB (goal: < 500); "
                  f"with this process: {workers + peak:.0f} MB")
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
