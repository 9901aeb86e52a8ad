"""Where ``newslib tag`` spends its time: CPU (process_time) per stage, in one process, over PolNeAR train texts.

    .venv/bin/python benchmarks/stages.py [--n 400] [--turns 2] [--no-headline]

Runs the stages of :func:`newslib.tagging.tagger.tag_many` one by one, in batches of the pipeline's size, with
the same calls the tagger makes (tokenize, POS tagger, attribution model, tag names, headline check, hedges,
gaps, attributions, actors, kinds, the JSON line), and prints each stage's CPU seconds and share, the best of
``--turns`` turns (the first article of the first turn loads the lexicons and models and is left out: that is
start-up, which ``benchmarks/startup.py`` measures). A profile of a stage, not a ratio: compare trees with it
side by side, on the same machine, in turns.
"""
from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict

from _common import polnear_texts

STAGES = ("tokenize", "pos tagger", "attribution model", "tag names", "headline check", "hedges", "gaps",
          "attributions", "actors", "kinds", "result", "json")


def one_turn(articles, headline: bool, batch: int) -> dict[str, float]:
    from newslib.pipeline import GC_YOUNG_THRESHOLD  # noqa: F401 - the CLI's GC settings, as tag_corpus sets them
    from newslib.syntax import pos_ids, tag_names
    from newslib.tagging.actors import find_actors
    from newslib.tagging.attribution_model import default_model
    from newslib.tagging.attributions import find_attributions
    from newslib.tagging.gaps import find_gaps
    from newslib.tagging.hedges import find_hedges
    from newslib.tagging.kinds import classify
    from newslib.tagging.tagged import TaggedArticle
    from newslib.tagging.tagger import _tokenized
    from newslib.cli import _dumps

    spent: dict[str, float] = defaultdict(float)
    clock = time.process_time

    def timed(stage, fn, *args):
        t0 = clock()
        out = fn(*args)
        spent[stage] += clock() - t0
        return out

    for i in range(0, len(articles), batch):
        docs = [timed("tokenize", _tokenized, a, False) for a in articles[i:i + batch]]
        sentences = [s for _, sents in docs for s in sents]
        ids = timed("pos tagger", pos_ids, sentences)
        predicted = timed("attribution model", default_model().predict_many,
                          [(art.text, sents) for art, sents in docs], ids)
        names = timed("tag names", tag_names, ids, sentences)
        checks = [None] * len(docs)
        if headline:
            from newslib.stance import check_headlines

            checks = timed("headline check", check_headlines, docs)
        k = 0
        for (art, sents), labels, check in zip(docs, predicted, checks):
            pos = names[k:k + len(sents)]
            k += len(sents)
            text = art.text
            hedges = timed("hedges", find_hedges, text, sents)
            gaps = timed("gaps", find_gaps, text, sents)
            attributions = timed("attributions", find_attributions, text, sents, labels, pos)
            actors, attributions = timed("actors", find_actors, text, sents, attributions)
            attributions, tagged_sents = timed("kinds", classify, text, sents, attributions, hedges, gaps, pos)
            tagged = timed("result", lambda: TaggedArticle(
                article=art, sents=tuple(tagged_sents), attribution_records=tuple(attributions),
                actor_records=tuple(actors), headline=check))
            timed("json", lambda: _dumps(tagged.to_dict(), None))
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=400, help="PolNeAR train texts (default 400)")
    ap.add_argument("--turns", type=int, default=2)
    ap.add_argument("--batch", type=int, default=16, help="articles per batch (the pipeline's default: 16)")
    ap.add_argument("--no-headline", action="store_true")
    args = ap.parse_args()
    import gc

    from newslib.article import read_article
    from newslib.pipeline import GC_YOUNG_THRESHOLD
    from newslib.tagging import tag

    files = polnear_texts("train", args.n)
    articles = [read_article(str(f)) for f in files]
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    tag(articles[0], headline=not args.no_headline)  # loads the lexicons and models: start-up, not a stage
    gc.freeze()
    turns = [one_turn(articles, not args.no_headline, args.batch) for _ in range(args.turns)]
    best = min(turns, key=lambda t: sum(t.values()))
    total = sum(best.values())
    print(f"{len(articles)} PolNeAR train texts, batches of {args.batch}, best of {args.turns} turns "
          f"(totals {', '.join(f'{sum(t.values()):.2f}' for t in turns)} s CPU)")
    for stage in STAGES:
        if stage in best:
            print(f"  {stage:18s} {best[stage]:6.2f} s  {best[stage] / total:5.1%}")
    print(f"  {'total':18s} {total:6.2f} s")
    print(json.dumps({k: round(v, 3) for k, v in best.items()}))


if __name__ == "__main__":
    main()
