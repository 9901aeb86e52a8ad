"""What each attribution pass of :func:`newslib.tagging.attributions._refine` costs over PolNeAR train texts.

    .venv/bin/python benchmarks/passes.py [--n 840] [--turns 2] [--top 30]

Prepares the texts as ``newslib tag`` does (tokens, POS tags, the attribution model's labels, in batches of 16),
then runs :func:`find_attributions` on each article with every pass of ``_refine`` wrapped in a timer: per pass its
seconds (perf_counter, summed over the sentences it ran on; the smallest of ``--turns`` turns), the sentences it
ran on (a pass with triggers skips the others) and how many of those it changed (its drafts' repr before and
after, taken in a separate untimed turn). Also prints ``_refine`` as a whole and its own share (the table walk,
the trigger test, the argument lists), and ``find_attributions`` as a whole. A profile of the passes, not a ratio:
compare trees with it side by side, in turns.
"""
from __future__ import annotations

import argparse
import time
from collections import defaultdict

from _common import polnear_texts


def _prepared(n: int, batch: int = 16) -> list:
    """Per article: (text, sentences, the model's labels, the POS tag names), as the tagger hands them over."""
    from newslib.article import read_article
    from newslib.syntax import pos_ids, tag_names
    from newslib.tagging import tag
    from newslib.tagging.attribution_model import default_model
    from newslib.tagging.tagger import _tokenized

    articles = [read_article(str(f)) for f in polnear_texts("train", n)]
    tag(articles[0])  # lexicons and models load here
    out = []
    for i in range(0, len(articles), batch):
        docs = [_tokenized(a, False) for a in articles[i:i + batch]]
        sentences = [s for _, ss in docs for s in ss]
        ids = pos_ids(sentences)
        predicted = default_model().predict_many([(a.text, ss) for a, ss in docs], ids)
        names = tag_names(ids, sentences)
        k = 0
        for (a, ss), labels in zip(docs, predicted):
            out.append((a.text, ss, labels, names[k:k + len(ss)]))
            k += len(ss)
    return out


def _name(run) -> str:
    fn = getattr(run, "func", run)
    extra = getattr(run, "keywords", None)
    return fn.__name__ + (f"({', '.join(f'{k}={v}' for k, v in extra.items())})" if extra else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=840, help="PolNeAR train texts (default 840)")
    ap.add_argument("--turns", type=int, default=2)
    ap.add_argument("--top", type=int, default=30, help="passes to print, costliest first (0: all)")
    args = ap.parse_args()
    import newslib.tagging.attributions as A

    articles = _prepared(args.n)
    getters, steps = A._passes()
    clock = time.perf_counter
    spent: dict[str, float] = defaultdict(float)
    runs: dict[str, int] = defaultdict(int)
    changed: dict[str, int] = defaultdict(int)
    names = [_name(run) for run, _, _ in steps]
    seen: dict[str, int] = defaultdict(int)
    twice = {n for n in names if names.count(n) > 1}
    for i, n in enumerate(names):  # a pass that runs twice gets its place in the order
        seen[n] += 1
        if n in twice:
            names[i] = f"{n} #{seen[n]}"

    def timed(run, name):
        def step(*a):
            t0 = clock()
            run(*a)
            spent[name] += clock() - t0
            runs[name] += 1
        return step

    def watched(run, name):
        def step(*a):
            drafts = next(x for x in a if isinstance(x, list) and (not x or isinstance(x[0], A.Draft)))
            before = repr(drafts)
            run(*a)
            changed[name] += repr(drafts) != before
        return step

    timing = getters, tuple((timed(run, n), k, t) for (run, k, t), n in zip(steps, names))
    watching = getters, tuple((watched(run, n), k, t) for (run, k, t), n in zip(steps, names))
    refine = A._refine
    whole = {"_refine": 0.0, "find_attributions": 0.0}

    def timed_refine(*a, **kw):
        t0 = clock()
        refine(*a, **kw)
        whole["_refine"] += clock() - t0

    turns = []
    passes_fn = A._passes
    try:
        A._passes = lambda: watching
        for text, sents, labels, pos in articles:
            A.find_attributions(text, sents, labels, pos)
        A._passes = lambda: timing
        A._refine = timed_refine
        for _ in range(args.turns):
            spent.clear(), runs.clear()
            whole.update({"_refine": 0.0, "find_attributions": 0.0})
            t0 = clock()
            for text, sents, labels, pos in articles:
                A.find_attributions(text, sents, labels, pos)
            whole["find_attributions"] = clock() - t0
            turns.append((dict(spent), dict(runs), dict(whole)))
    finally:
        A._passes, A._refine = passes_fn, refine
    best, ran, totals = min(turns, key=lambda t: t[2]["find_attributions"])
    passes = sum(best.values())
    n_sents = sum(len(s) for _, s, _, _ in articles)
    print(f"{len(articles)} PolNeAR train texts ({n_sents} sentences), best of {args.turns} turns: "
          f"find_attributions {totals['find_attributions']:.3f} s, _refine {totals['_refine']:.3f} s "
          f"(the passes {passes:.3f} s, the walk {totals['_refine'] - passes:.3f} s), "
          f"{len(steps)} passes, {sum(t is not None for _, _, t in steps)} with triggers")
    order = sorted(best, key=best.get, reverse=True)
    print(f"{'pass':58s} {'s':>7s} {'share':>6s} {'ran on':>7s} {'changed':>7s}  trigger")
    for n in order[:args.top or None]:
        trig = "yes" if steps[names.index(n)][2] is not None else ""
        print(f"{n:58s} {best[n]:7.3f} {best[n] / passes:6.1%} {ran.get(n, 0):7d} {changed.get(n, 0):7d}  {trig}")


if __name__ == "__main__":
    main()
