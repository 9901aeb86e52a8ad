"""How many of PolNeAR's gold sources that name someone get an actor (a check on the actor lexicons).

PolNeAR (:mod:`newslib.datasets.polnear`, read-only) marks each attribution's Source span. Here every gold source
is handed to :func:`~newslib.tagging.actors.find_actors` as an attribution's source (as the attribution
tagger would), and we count:

* ``named``: gold sources that name someone, i.e. hold a capitalized word that is not a pronoun, a function
  word, a number word or an ordinary word capitalized as the first word ("Trump", "the White House",
  "Clinton's campaign"; not "he", "some officials", "Lawmakers", "Twenty-four percent");
* ``named_with_actor``: those whose source got an ``actor`` (the coverage reported: no target, a guide to
  gaps in the lexicons and patterns);
* ``pronouns`` / ``pronouns_resolved``: gold sources that are a lone pronoun, and those given an antecedent;
* ``unnamed_with_actor``: the other sources ("U.S. officials", "the president") that got an actor.

``missed`` lists the most frequent source texts that name someone but got no actor, for reading in a
terminal (never to be copied into the repository: the texts belong to their publishers).

Run: ``newslib eval actors [--split train] [--data DIR]`` (:func:`evaluate`), or ``python -m
newslib.evaluation.actors [dev|train] [DATA_DIR]`` for the raw counts; ``... actors time`` prints the
seconds :func:`find_actors` takes on 100 train articles against plain NLTK tokenization of them.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from ..datasets.polnear import GoldArticle, read_split
from ..spans import Span
from ..tagging.actor_lexicon import actor_lexicon, norm_token
from ..tagging.records import Attribution, Source

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def gold_sources(article: GoldArticle) -> list[tuple[int, int]]:
    """(start, end) of each Source span of an article (a discontinuous span runs first start to last end)."""
    return [(s.parts[0][0], s.parts[-1][1]) for s in article.spans if s.type == "Source"]


def annotated_articles(split: str, data_dir: str | Path | None = None,
                       limit: int | None = None) -> list[GoldArticle]:
    """The articles of a PolNeAR split that an annotator annotated (the alphabetically first one's version)."""
    articles = [a for a in read_split(data_dir, split) if a.annotator is not None]
    return articles[:limit] if limit else articles


def names_someone(text: str) -> bool:
    lex = actor_lexicon()
    for k, w in enumerate(_WORD.findall(text)):
        w = _strip_clitic(norm_token(w))
        if k == 0 and lex.is_common(w) and w not in lex.firstnames:
            continue  # "Lawmakers", "Federal officials": an ordinary word capitalized at the start
        if lex.is_number(w):
            continue  # "Twenty-four percent": a number names no one
        if w[:1].isupper() and w not in lex.stopwords and w.lower() not in lex.pronouns:
            return True
    return False


def _strip_clitic(w: str) -> str:
    head, sep, tail = w.partition("'")
    return head if sep and tail.lower() in ("s", "ve", "re", "ll", "d", "m", "") else w


def measure(split: str = "dev", data_dir: str | Path | None = None, limit: int | None = None) -> dict:
    """Counts described in the module docstring, over one split."""
    from ..article import Article
    from ..tagging.actors import find_actors
    from ..tokenize import tokenize_text

    lex = actor_lexicon()
    c = Counter()
    missed: Counter = Counter()
    for gold in annotated_articles(split, data_dir, limit):
        art = Article.from_text(gold.text)
        text = art.text
        sents = tokenize_text(text, title=art.title)
        starts = [s.start for s in sents]
        atts = []
        for s, e in gold_sources(gold):
            if not (0 <= s < e <= len(text)):
                continue
            k = max(0, _bisect(starts, s))
            atts.append(Attribution(k, Span(e, e, ""), Source(Span(s, e, text[s:e]), "person")))
        _, linked = find_actors(text, sents, atts)
        c["articles"] += 1
        for a in linked:
            src = a.source
            c["sources"] += 1
            words = src.text.split()
            bare = _strip_clitic(norm_token(src.text.strip()))
            if len(words) == 1 and (bare in lex.pronouns or bare.lower() in lex.pronouns):
                c["pronouns"] += 1
                c["pronouns_resolved"] += src.actor is not None
            elif names_someone(src.text):
                c["named"] += 1
                if src.actor is not None:
                    c["named_with_actor"] += 1
                else:
                    missed[" ".join(words)] += 1
            else:
                c["unnamed"] += 1
                c["unnamed_with_actor"] += src.actor is not None
            c[f"kind:{src.kind}"] += 1
    out = dict(c)
    out["coverage"] = round(c["named_with_actor"] / c["named"], 4) if c["named"] else 0.0
    out["pronoun_resolution"] = round(c["pronouns_resolved"] / c["pronouns"], 4) if c["pronouns"] else 0.0
    out["missed"] = missed.most_common(40)
    return out


def evaluate(data_dir: str | Path | None = None, split: str = "dev", *, limit: int | None = None):
    """:func:`measure` as an :class:`~newslib.evaluation.report.EvalReport` (``newslib eval actors``): rows
    ``named sources with an actor`` and ``pronoun sources resolved`` (``recall``: the share of such gold
    sources), the other counts in ``info`` and the most frequent named sources left without an actor in
    ``extra["missed"]``. ``data_dir`` defaults to ``<data_dir>/polnear``."""
    from ..datasets.polnear import default_dir
    from .report import EvalReport

    data_dir = data_dir if data_dir is not None else default_dir()
    res = measure(split, data_dir, limit)
    rows = {"named sources with an actor": {"recall": res["coverage"], "tp": res.get("named_with_actor", 0),
                                            "gold": res.get("named", 0)},
            "pronoun sources resolved": {"recall": res["pronoun_resolution"], "tp": res.get("pronouns_resolved", 0),
                                         "gold": res.get("pronouns", 0)}}
    info = {"data": str(data_dir), "split": split, "articles": res.get("articles", 0),
            "gold sources": res.get("sources", 0), "unnamed sources": res.get("unnamed", 0),
            "unnamed sources with an actor": res.get("unnamed_with_actor", 0),
            **{k: v for k, v in sorted(res.items()) if k.startswith("kind:")}}
    return EvalReport("actors (PolNeAR gold sources)", rows=rows, info=info, extra={"missed": res["missed"]})


def _bisect(starts: list[int], pos: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, pos) - 1


def timing(split: str = "train", data_dir: str | Path | None = None, limit: int = 100, repeat: int = 3) -> dict:
    """Seconds for plain NLTK tokenization (Punkt + Treebank) of ``limit`` articles and for
    :func:`find_actors` on the same articles (already tokenized, with the attribution tagger's output), best of
    ``repeat``; their ratio is what the actor stage adds to tagging."""
    import time

    from nltk.tokenize import TreebankWordTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from ..article import Article
    from ..tagging.actors import find_actors
    from ..tagging.attributions import find_attributions
    from ..tokenize import tokenize_text
    from ..tokenize.model import base_parameters

    arts = [Article.from_text(a.text) for a in annotated_articles(split, data_dir, limit)]
    punkt, treebank = PunktSentenceTokenizer(base_parameters()), TreebankWordTokenizer()
    sents = [tokenize_text(a.text, title=a.title) for a in arts]
    atts = [find_attributions(a.text, s) for a, s in zip(arts, sents)]

    def best(fn) -> float:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    def nltk_plain():
        for a in arts:
            for s, e in punkt.span_tokenize(a.text):
                list(treebank.span_tokenize(a.text[s:e]))

    def actors():
        for a, s, at in zip(arts, sents, atts):
            find_actors(a.text, s, at)

    actors()  # lexicons loaded once, as in a tagging run
    t_nltk, t_actors = best(nltk_plain), best(actors)
    return {"articles": len(arts), "nltk_s": round(t_nltk, 3), "actors_s": round(t_actors, 3),
            "ratio": round(t_actors / t_nltk, 3)}


if __name__ == "__main__":  # pragma: no cover - a terminal report
    split = sys.argv[1] if len(sys.argv) > 1 else "dev"
    if split == "time":
        print(timing())
        sys.exit(0)
    res = measure(split, sys.argv[2] if len(sys.argv) > 2 else None)
    missed = res.pop("missed")
    for k in sorted(res):
        print(f"{k}\t{res[k]}")
    print("most frequent named sources without an actor:")
    for t, n in missed:
        print(f"  {n}\t{t}")
