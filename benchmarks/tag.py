"""Tagging throughput through the CLI against plain NLTK tokenization of the same texts, in the same run.

newslib: one ``newslib tag --format jsonl`` process over all PolNeAR train texts (startup, lexicon and model
loading, tagging, JSON writing: everything a user waits for). Baseline: NLTK's PunktSentenceTokenizer plus
TreebankWordTokenizer.span_tokenize over the same texts, in this process. Prints words per second for both
and the ratio of times (goal: tagging at most 2.5x tokenizing alone, issue 11: the syntax layer may cost, within that). ``--quick`` uses 100 articles.
"""
from __future__ import annotations

import sys

_HERE = sys.path.pop(0)  # benchmarks/tokenize.py must not shadow the standard library's tokenize
import tokenize as _stdlib_tokenize  # noqa: E402,F401

sys.path.insert(0, _HERE)
import subprocess  # noqa: E402
import time
from pathlib import Path

from _common import ROOT, best_of, nltk_tokenizer, train_corpus


def main() -> None:
    args, files, texts = train_corpus(__doc__.split("\n")[0])
    baseline = nltk_tokenizer()

    def nltk_plain():
        return baseline(texts)[1]

    newslib_bin = str(Path(sys.executable).parent / "newslib")

    def cli():
        t0 = time.perf_counter()
        proc = subprocess.run([newslib_bin, "tag", "--format", "jsonl", *map(str, files)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0:
            sys.exit(f"newslib tag failed ({proc.returncode}): {proc.stderr[-2000:]}")
        return time.perf_counter() - t0

    repeat = 1 if args.quick else 3
    t_nltk, words = best_of(nltk_plain, repeat)
    t_tag, _ = best_of(cli, repeat)
    print(f"texts: {len(files)} PolNeAR train articles, {words:,} words (Treebank tokens)")
    print(f"plain NLTK tokenization : {t_nltk:7.2f} s  {words / t_nltk:10,.0f} words/s")
    print(f"newslib tag (CLI)       : {t_tag:7.2f} s  {words / t_tag:10,.0f} words/s")
    print(f"ratio tag/tokenize time: {t_tag / t_nltk:.2f} (goal: <= 2.50)")


if __name__ == "__main__":
    main()
