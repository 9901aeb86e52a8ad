"""Tagging throughput through the CLI against plain NLTK tokenization of the same texts, in the same run.

newslib: one ``newslib tag --format jsonl`` process over all PolNeAR train texts (startup, lexicon and model
loading, tagging, JSON writing: everything a user waits for). Baseline: NLTK's PunktSentenceTokenizer plus
TreebankWordTokenizer.span_tokenize over the same texts, in this process. Prints words per second for both
and the ratio of times (goal: tagging at most 2.5x tokenizing alone, issue 11: the syntax layer may cost, within that). ``--quick`` uses 100 articles.
``--no-headline-too`` also times ``newslib tag --no-headline`` and prints the headline check's share (the
difference of the two runs, as a ratio to tokenizing).

The CPU times are printed too (NLTK's in this process, the CLI's from the child's resource usage, the smallest of
the runs each): on a shared machine the wall times of two runs minutes apart move with the load (2026-12-03,
load 3 on 2 cores: the same tree gave 2.63, 2.43 and 1.46), the ratio of CPU times far less.
"""
from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

from _common import ROOT, best_of, nltk_tokenizer, train_corpus


def main() -> None:
    split = "--no-headline-too" in sys.argv
    if split:
        sys.argv.remove("--no-headline-too")
    args, files, texts = train_corpus(__doc__.split("\n")[0])
    baseline = nltk_tokenizer()

    cpu: dict[str, float] = {}

    def mark(key: str, seconds: float) -> None:
        cpu[key] = min(cpu.get(key, float("inf")), seconds)

    def nltk_plain():
        c0 = time.process_time()
        words = baseline(texts)[1]
        mark("nltk", time.process_time() - c0)
        return words

    newslib_bin = str(Path(sys.executable).parent / "newslib")

    def children_cpu() -> float:
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        return ru.ru_utime + ru.ru_stime

    def cli(*options):
        t0, c0 = time.perf_counter(), children_cpu()
        proc = subprocess.run([newslib_bin, "tag", "--format", "jsonl", *options, *map(str, files)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0:
            sys.exit(f"newslib tag failed ({proc.returncode}): {proc.stderr[-2000:]}")
        mark("tag" + "".join(options), children_cpu() - c0)
        return time.perf_counter() - t0

    repeat = 1 if args.quick else 3
    t_nltk, words = best_of(nltk_plain, repeat)
    t_tag, _ = best_of(cli, repeat)
    print(f"texts: {len(files)} PolNeAR train articles, {words:,} words (Treebank tokens)")
    print(f"plain NLTK tokenization : {t_nltk:7.2f} s  {words / t_nltk:10,.0f} words/s")
    print(f"newslib tag (CLI)       : {t_tag:7.2f} s  {words / t_tag:10,.0f} words/s")
    if split:
        t_plain, _ = best_of(lambda: cli("--no-headline"), repeat)
        print(f"newslib tag --no-headline: {t_plain:7.2f} s  {words / t_plain:10,.0f} words/s  "
              f"ratio {t_plain / t_nltk:.2f}")
        print(f"headline check's share  : {t_tag - t_plain:7.2f} s  ratio {(t_tag - t_plain) / t_nltk:.2f} "
              f"({(t_tag - t_plain) / t_tag:.0%} of tag)")
    print(f"ratio tag/tokenize time: {t_tag / t_nltk:.2f} (goal: <= 2.50)")
    print(f"CPU time: NLTK {cpu['nltk']:.2f} s, tag {cpu['tag']:.2f} s"
          + (f", --no-headline {cpu['tag--no-headline']:.2f} s" if split else "")
          + f"; ratio {cpu['tag'] / cpu['nltk']:.2f}")


if __name__ == "__main__":
    main()
