"""Throughput of newslib's tokenization against plain NLTK, in the same run.

Baseline: NLTK's PunktSentenceTokenizer (same English parameters) over each text, then
TreebankWordTokenizer.span_tokenize over each sentence. newslib: ``tokenize_text`` (line-aware Punkt plus
regex word spans). Prints sentences and tokens per second for both and the ratio of times
(newslib / NLTK: below 1 is faster). ``--quick`` uses 100 articles and one repetition.
"""
from __future__ import annotations

from _common import best_of, nltk_tokenizer, train_corpus
from newslib.tokenize import tokenize_text
from newslib.tokenize.sentences import default_sentence_tokenizer


def main() -> None:
    args, files, texts = train_corpus(__doc__.split("\n")[0])
    repeat = 1 if args.quick else 3
    baseline = nltk_tokenizer()

    def nltk_plain():
        return baseline(texts)

    def ours():
        # a fresh sentence splitter each run: its memory of Punkt's verdicts must not carry over from the
        # run before (a repeat would see every context again), only from earlier texts of the same run
        default_sentence_tokenizer.cache_clear()
        n_s = n_t = 0
        for text in texts:
            for sent in tokenize_text(text):
                n_s += 1
                n_t += len(sent.tokens)
        return n_s, n_t

    tokenize_text("Warm up. The lexicons load once.")
    t_nltk, (s_nltk, w_nltk) = best_of(nltk_plain, repeat)
    t_ours, (s_ours, w_ours) = best_of(ours, repeat)
    print(f"texts: {len(texts)} PolNeAR train articles, {sum(map(len, texts)):,} characters")
    print(f"plain NLTK : {t_nltk:7.2f} s  {s_nltk / t_nltk:9,.0f} sentences/s  {w_nltk / t_nltk:10,.0f} tokens/s")
    print(f"newslib    : {t_ours:7.2f} s  {s_ours / t_ours:9,.0f} sentences/s  {w_ours / t_ours:10,.0f} tokens/s")
    print(f"ratio newslib/NLTK time: {t_ours / t_nltk:.2f} (goal: <= 1.00)")


if __name__ == "__main__":
    main()
