"""The corpus report end to end: ``newslib run corpus`` over PolNeAR dev (84 articles), optionally train+dev.

Each measurement is one fresh ``newslib run corpus -p corpus SPEC`` process (kernel start, tagging with the
progress bar, tables, seaborn figures, HTML), timed from outside. It also times ``analysis.corpus_tables`` alone
in this process, without a notebook, so that report overhead and tagging time can be told apart. Targets: dev within 90 s, train+dev (924) within 5 minutes.

    .venv/bin/python benchmarks/corpus.py [--data PATH] [--all]   (default: PolNeAR under newslib.config.data_dir())
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run_report(spec: str, out: Path) -> float:
    newslib = BIN / "newslib"
    cmd = ([str(newslib)] if newslib.exists() else [sys.executable, "-m", "newslib.cli"])
    t0 = time.perf_counter()
    proc = subprocess.run(cmd + ["run", "corpus", "-p", "corpus", spec, "--out", str(out)], cwd=ROOT,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    dt = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"newslib run corpus failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return dt


def tag_only(spec: str) -> tuple[int, float]:
    sys.path.insert(0, str(ROOT))
    from newslib import analysis

    t0 = time.perf_counter()
    tables = analysis.corpus_tables(spec, progress=False)
    return len(tables.articles), time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    from newslib.config import corpus_path

    ap.add_argument("--data", default=str(corpus_path("polnear")))
    ap.add_argument("--all", action="store_true", help="also train+dev (924 articles)")
    args = ap.parse_args()
    data = Path(args.data)
    if not (data / "dev" / "text").is_dir():
        sys.exit(f"{data}: PolNeAR not found (give --data)")
    cases = [("dev", str(data / "dev" / "text"), 90.0)]
    if args.all:
        cases.append(("train+dev", str(data / "*" / "text" / "*.txt"), 300.0))
    print(f"cores: {os.cpu_count()}  load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, spec, target in cases:
            n, tag_s = tag_only(spec)
            report_s = run_report(spec, Path(tmp))
            verdict = "within" if report_s <= target else "OVER"
            print(f"{name:>9}: {n} articles  tagging only {tag_s:.1f} s ({n / tag_s:.1f} articles/s)  "
                  f"newslib run corpus {report_s:.1f} s  ({verdict} the {target:.0f} s target)")


if __name__ == "__main__":
    main()
