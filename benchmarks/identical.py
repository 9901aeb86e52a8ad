"""Are newslib's outputs byte-identical to those of another revision?

    .venv/bin/python benchmarks/identical.py --base REV [--quick]

Exports REV (``git archive``, nothing in the repository changes) to a temporary folder, then runs the same
commands with this tree and with REV's, both with this checkout's virtual environment (PYTHONPATH puts the
tree first), and compares the SHA-256 of their outputs:

- ``newslib tag --format jsonl`` on PolNeAR train, PolNeAR dev and the seed article;
- ``newslib eval polnear --split dev`` (its text and its ``--json``);
- the corpus tables of PolNeAR dev (``analysis.corpus_tables``, called ``tag_corpus`` before), as CSV.

``--quick`` tags the first 100 texts of train instead of all of them. Prints one line per output and exits 1
when any differs. Needs the corpora where newslib.config finds them ($NEWSLIB_DATA, else ../shared/data).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from _common import ROOT, polnear_texts

CLI = "import sys; from newslib.cli import main; sys.exit(main())"
TABLES = """
import hashlib, sys
from newslib import analysis
fn = getattr(analysis, "corpus_tables", None) or analysis.tag_corpus
t = fn(sys.argv[1], progress=False)
for name in ("articles", "sentences", "attributions", "actors", "hedges", "gaps"):
    sys.stdout.write(name + "\\n" + getattr(t, name).to_csv(index=False))
sys.stdout.write(repr(t.failed) + "\\n")
"""


def export(rev: str, into: Path) -> Path:
    """The tree of ``rev`` in ``into`` (git archive: no worktree, no change to the repository)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev], check=True,
                             capture_output=True).stdout
    tar = into / "tree.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as t:
        t.extractall(into / "tree", filter="data")
    return into / "tree"


def run(tree: Path, code: str, args: list[str]) -> tuple[str, float, str]:
    """(SHA-256 of stdout, seconds, where newslib was imported from) of ``python -c code args`` with ``tree``
    first on the path."""
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    where = subprocess.run([sys.executable, "-c", "import newslib; print(newslib.__file__)"], env=env, cwd=tree,
                           check=True, capture_output=True, text=True).stdout.strip()
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=tree, capture_output=True)
    seconds = time.perf_counter() - t0
    if done.returncode not in (0, 1):
        sys.exit(f"{tree}: {' '.join(args[:3])} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    return hashlib.sha256(done.stdout).hexdigest(), seconds, where


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True, help="the revision to compare against (e.g. bdae266, main)")
    ap.add_argument("--quick", action="store_true", help="only the first 100 texts of PolNeAR train")
    args = ap.parse_args()
    seed = str(ROOT / "data" / "raw" / "ukraine-security-guarantees.txt")
    train = [str(p) for p in polnear_texts("train", 100 if args.quick else None)]
    dev = [str(p) for p in polnear_texts("dev")]
    from newslib.config import corpus_path

    polnear = str(corpus_path("polnear"))
    checks = [
        ("tag PolNeAR train" + (" (first 100)" if args.quick else ""), CLI, ["tag", "--format", "jsonl", *train]),
        ("tag PolNeAR dev", CLI, ["tag", "--format", "jsonl", *dev]),
        ("tag seed", CLI, ["tag", "--format", "jsonl", seed]),
        ("eval polnear --split dev", CLI, ["eval", "polnear", "--split", "dev", "--data", polnear]),
        ("eval polnear --split dev --json", CLI, ["eval", "polnear", "--split", "dev", "--data", polnear, "--json"]),
        ("corpus tables PolNeAR dev", TABLES, [str(corpus_path("polnear") / "dev" / "text")]),
    ]
    differ = 0
    with tempfile.TemporaryDirectory(prefix="newslib-identical-") as tmp:
        base = export(args.base, Path(tmp))
        for what, code, argv in checks:
            here, t_here, w_here = run(ROOT, code, argv)
            there, t_there, w_there = run(base, code, argv)
            if not (w_here.startswith(str(ROOT)) and w_there.startswith(str(base))):
                sys.exit(f"newslib was not imported from the trees compared ({w_here}, {w_there})")
            same = here == there
            differ += not same
            print(f"{'same  ' if same else 'DIFFER'} {what:<40} {here[:16]} {'==' if same else '!='} {there[:16]}"
                  f"  ({t_here:.1f} s here, {t_there:.1f} s at {args.base})", flush=True)
    print(f"{len(checks) - differ} of {len(checks)} outputs identical to {args.base}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
