"""Throughput of the syntax layer alone (part-of-speech tags and chunks) against plain NLTK tokenization.

The PolNeAR train texts are tokenized by newslib first (not timed); then their sentences are tagged
(``default_tagger().tag_ids``; the pipeline's stage, ``pos_ids`` + ``tag_names``) and chunked (``chunks`` of
those tag ids) in windows of 16 articles, one batch each, as ``newslib tag`` runs its models
(``pipeline.BATCH_ARTICLES``), after one untimed pass that warms the tagger's caches. Baseline: NLTK's
PunktSentenceTokenizer plus TreebankWordTokenizer.span_tokenize over the same texts, in the same run.
Prints tokens per second and the ratio of times (syntax / NLTK tokenization): the syntax layer is paid for
inside ``newslib tag``, whose whole budget is 2.5x NLTK tokenization. The dependency parser
(``default_parser().parse``, given the tags) is timed apart, over every sentence, and as the attribution
model's parse templates use it (``PARSE_TEMPLATES``: tagging and parsing only the sentences that hold a
strong cue candidate); its training time is the one the model file records.
``--quick`` uses 100 articles.
"""
from __future__ import annotations

import numpy as np

from _common import best_of, nltk_tokenizer, train_corpus

from newslib.pipeline import BATCH_ARTICLES as WINDOW_ARTICLES
from newslib.syntax import chunks, default_tagger, pos_ids, tag_names
from newslib.syntax.parser import default_parser
from newslib.tagging.attribution_model import PARSE_TEMPLATES, _Layout, _parse_columns, default_model
from newslib.tokenize import tokenize_text


def main() -> None:
    args, files, texts = train_corpus(__doc__.split("\n")[0])
    repeat = 1 if args.quick else 3
    baseline = nltk_tokenizer()
    docs = [tokenize_text(t) for t in texts]
    n_tokens = sum(len(s.tokens) for d in docs for s in d)
    tagger = default_tagger()
    tagger.tag(["Warm", "up", "."])

    def nltk_plain():
        return baseline(texts)

    windows = [[s for d in docs[i:i + WINDOW_ARTICLES] for s in d] for i in range(0, len(docs), WINDOW_ARTICLES)]

    def tags_only():
        for w in windows:
            tagger.tag_ids(w)

    def stage():  # the pipeline's syntax stage: tag ids in one call, then each sentence's tags
        for w in windows:
            tag_names(pos_ids(w), w)

    def tags_and_chunks():
        for w in windows:
            chunks(w, tagger.tag_ids(w))

    tags_only()  # warm the tagger's per-word-type caches first, so that no line below pays them alone
    parser = default_parser()
    tagged = [(w, tagger.tag_ids(w)) for w in windows]

    def parse_only():
        for w, ids in tagged:
            parser.parse(w, ids)

    model = default_model()
    laid = []
    for w in windows:
        bounds, k = [], 0
        for s in w:
            bounds.append((k, k + len(s.tokens)))
            k += len(s.tokens)
        lay = _Layout(bounds, [0] * len(w), [0] * len(w))
        laid.append((w, lay, model._token_columns([t.text for s in w for t in s.tokens])))

    def parse_templates():
        for w, lay, tok in laid:
            _parse_columns(PARSE_TEMPLATES, w, lay, tok, np.zeros(lay.N, dtype=np.int64))

    t_nltk, _ = best_of(nltk_plain, repeat)
    t_tag, _ = best_of(tags_only, repeat)
    t_stage, _ = best_of(stage, repeat)
    t_all, _ = best_of(tags_and_chunks, repeat)
    print(f"texts: {len(texts)} PolNeAR train articles, {n_tokens:,} newslib tokens")
    print(f"plain NLTK tokenization : {t_nltk:7.2f} s  {n_tokens / t_nltk:10,.0f} tokens/s")
    print(f"POS tags (tag_ids)      : {t_tag:7.2f} s  {n_tokens / t_tag:10,.0f} tokens/s  ratio {t_tag / t_nltk:.2f}")
    print(f"pipeline's syntax stage : {t_stage:7.2f} s  {n_tokens / t_stage:10,.0f} tokens/s  "
          f"ratio {t_stage / t_nltk:.2f}  (tag ids and each sentence's tags, as newslib tag runs them)")
    print(f"POS tags + chunks       : {t_all:7.2f} s  {n_tokens / t_all:10,.0f} tokens/s  ratio {t_all / t_nltk:.2f}")
    t_parse, _ = best_of(parse_only, repeat)
    t_tpl, _ = best_of(parse_templates, repeat)
    print(f"dependency parse        : {t_parse:7.2f} s  {n_tokens / t_parse:10,.0f} tokens/s  "
          f"ratio {t_parse / t_nltk:.2f}  (every sentence, tags given; "
          "training time not recorded in the model: see the training log)")
    print(f"parse templates         : {t_tpl:7.2f} s  ratio {t_tpl / t_nltk:.2f}  (tags + parse of the sentences "
          f"with a strong cue candidate: the cost the attribution model would add with PARSE_TEMPLATES)")
    print(f"ratio syntax/tokenize time: {t_all / t_nltk:.2f} (goal: <= 0.50, the room left in tag's 2.5x)")


if __name__ == "__main__":
    main()
