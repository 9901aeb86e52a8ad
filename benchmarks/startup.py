"""Start-up of a newslib command: the light NLTK loader (newslib._nltk) against importing NLTK whole.

Times, in fresh processes, ``import newslib`` then tokenizing the seed article (what every ``newslib tokenize``
or ``newslib tag`` pays before its first result), once as newslib does it (Punkt and the Porter stemmer
imported without NLTK's package initializer) and once with ``import nltk`` first (what a plain import would
cost). Prints the best of ``--repeat`` runs of each and their ratio.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time

from _common import ROOT

SEED = ROOT / "data" / "raw" / "ukraine-security-guarantees.txt"
LIGHT = f"import newslib; newslib.tokenize({str(SEED)!r})"
WHOLE = f"import nltk; import newslib; newslib.tokenize({str(SEED)!r})"


def best(code: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    light, whole = best(LIGHT, args.repeat), best(WHOLE, args.repeat)
    print(f"newslib, light NLTK loader : {light:6.2f} s")
    print(f"newslib after import nltk  : {whole:6.2f} s")
    print(f"ratio light/whole: {light / whole:.2f} (below 1: the loader pays)")


if __name__ == "__main__":
    main()
