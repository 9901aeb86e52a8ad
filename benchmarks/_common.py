"""Shared by the benchmark scripts: where the data is, and timing by best of N runs."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("NEWSLIB_DATA", ROOT.parent / "shared" / "data"))


def polnear_texts(split: str = "train", limit: int | None = None) -> list[Path]:
    folder = DATA / "polnear" / split / "text"
    if not folder.is_dir():
        sys.exit(f"benchmark needs {folder} (set NEWSLIB_DATA)")
    files = sorted(folder.glob("*.txt"))
    return files[:limit] if limit else files


def best_of(fn, repeat: int = 3) -> tuple[float, object]:
    """Smallest wall time of ``repeat`` runs (the least disturbed by a noisy machine) and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result
