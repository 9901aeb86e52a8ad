"""How long does ``make report`` take, against the floor any papermill report pays?

Runs, alternately and ``--repeat`` times each, in fresh processes:

* **report**: ``newslib run article -p article data/raw/ukraine-security-guarantees.txt`` (what ``make report``
  runs), into a temporary folder;
* **baseline**: papermill + nbconvert on a one-cell notebook (``print(1)``) in the same environment: one Python
  process that executes it with ``papermill.execute_notebook`` (kernel ``python3``) and renders it with
  nbconvert's ``HTMLExporter``, i.e. the fixed cost of any papermill-and-HTML report.

Prints the median wall time of each and their ratio (goal: report / baseline <= 1.5). These machines are
noisy; the ratio is measured within one run so that load affects both sides alike.

    .venv/bin/python benchmarks/report.py [--repeat 3] [--article PATH]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "ukraine-security-guarantees.txt"
BIN = Path(sys.executable).parent

BASELINE = r"""
import sys, nbformat, papermill
from nbconvert import HTMLExporter
src, out, html = sys.argv[1:4]
nb = nbformat.v4.new_notebook()
nb.cells = [nbformat.v4.new_code_cell("print(1)")]
nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
nbformat.write(nb, src)
papermill.execute_notebook(src, out, kernel_name="python3", progress_bar=False)
body, _ = HTMLExporter().from_filename(out)
open(html, "w", encoding="utf-8").write(body)
"""


def timed(cmd: list[str], **kw) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    dt = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return dt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--article", default=str(SEED))
    args = ap.parse_args()
    newslib = BIN / "newslib"
    report_cmd = ([str(newslib)] if newslib.exists() else [sys.executable, "-m", "newslib.cli"])
    reports, bases = [], []
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        # One untimed run of each warms the file cache and matplotlib's font cache.
        timed([sys.executable, "-c", BASELINE, str(t / "w.ipynb"), str(t / "w-out.ipynb"), str(t / "w.html")])
        timed(report_cmd + ["run", "article", "-p", "article", args.article, "--out", str(t / "warm")], cwd=ROOT)
        for i in range(args.repeat):
            bases.append(timed([sys.executable, "-c", BASELINE, str(t / f"b{i}.ipynb"), str(t / f"b{i}-out.ipynb"),
                                str(t / f"b{i}.html")]))
            reports.append(timed(report_cmd + ["run", "article", "-p", "article", args.article,
                                               "--out", str(t / "reports")], cwd=ROOT))
    rep, base = statistics.median(reports), statistics.median(bases)
    print(f"cores: {os.cpu_count()}  load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"report   (newslib run article, seed): median {rep:.2f} s  runs {', '.join(f'{x:.2f}' for x in reports)}")
    print(f"baseline (papermill + nbconvert, 1 cell): median {base:.2f} s  runs {', '.join(f'{x:.2f}' for x in bases)}")
    print(f"ratio report/baseline: {rep / base:.2f}x  (goal <= 1.5x)")


if __name__ == "__main__":
    main()
