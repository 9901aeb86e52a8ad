"""Shared by the benchmark scripts: where the data is, and timing by best of N runs."""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def polnear_texts(split: str = "train", limit: int | None = None) -> list[Path]:
    from newslib.config import corpus_path  # imported here: newslib must not load before a script's path fix

    folder = corpus_path("polnear") / split / "text"
    if not folder.is_dir():
        sys.exit(f"benchmark needs {folder} (set NEWSLIB_DATA)")
    files = sorted(folder.glob("*.txt"))
    return files[:limit] if limit else files


def train_corpus(description: str):
    """The command line every corpus benchmark takes (``--quick``: the first 100 texts) and the PolNeAR train
    texts it names: ``(args, files, texts)``."""
    import argparse

    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    files = polnear_texts("train", 100 if args.quick else None)
    return args, files, [f.read_text(encoding="utf-8") for f in files]


def nltk_tokenizer():
    """The baseline both benchmarks measure against: a function counting (sentences, tokens) of texts with
    plain NLTK, PunktSentenceTokenizer (same English parameters) then TreebankWordTokenizer.span_tokenize."""
    from nltk.tokenize import TreebankWordTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from newslib.tokenize.model import base_parameters

    punkt = PunktSentenceTokenizer(base_parameters())
    treebank = TreebankWordTokenizer()

    def count(texts: list[str]) -> tuple[int, int]:
        n_s = n_t = 0
        for text in texts:
            for s, e in punkt.span_tokenize(text):
                n_s += 1
                n_t += sum(1 for _ in treebank.span_tokenize(text[s:e]))
        return n_s, n_t

    return count


def best_of(fn, repeat: int = 3) -> tuple[float, object]:
    """Smallest wall time of ``repeat`` runs (the least disturbed by a noisy machine) and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result
