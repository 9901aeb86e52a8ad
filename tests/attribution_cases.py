"""Helpers of the attribution tables (``test_attribution_*.py``): tag a made-up article body, pick an
attribution by its cue, read its content as text."""
from __future__ import annotations

from newslib.article import Article
from newslib.tagging.attributions import find_attributions
from newslib.tokenize import tokenize_text

TITLE = "Town hall notebook\n\n"


def tag(body: str, title: str = TITLE):
    """The article's text and its attributions, ``body`` under the headline ``title``."""
    art = Article.from_text(title + body)
    return art.text, find_attributions(art.text, tokenize_text(art.text, title=art.title))


def triples(body: str, title: str = TITLE) -> list[tuple]:
    """(source, cue, content) texts of each attribution of ``body`` under the headline ``title``."""
    text, atts = tag(body, title=title)
    return [(a.source.text if a.source else None, a.cue.text, content_of(text, a)) for a in atts]


def with_cue(atts, cue: str):
    """The first attribution whose cue holds ``cue``."""
    found = [a for a in atts if cue in a.cue.text]
    assert found, f"no attribution with cue {cue!r} in {[a.cue.text for a in atts]}"
    return found[0]


def triple_with_cue(found: list[tuple], cue: str) -> tuple:
    """The first of :func:`triples`' (source, cue, content) whose cue is ``cue``."""
    hits = [t for t in found if t[1] == cue]
    assert hits, found
    return hits[0]


def content_of(text: str, a) -> str:
    """The content's text, the pieces of a split content joined with " … "; "" for none."""
    if a.content is None:
        return ""
    parts = a.content.parts or ((a.content.start, a.content.end),)
    return " … ".join(text[s:e] for s, e in parts)


def reckoned_articles():
    """Four made-up gold articles for the trainer's tests: three "X reckoned CLAUSE." (source, cue, content) and one
    without an attribution."""
    from newslib.datasets.polnear import GoldArticle, GoldSpan

    texts = ["Budget talks stall\nThe minister reckoned the talks had failed.\n",
             "Rain expected\nForecasters reckoned rain would fall on Monday.\n",
             "Port reopens\nThe port reopened on Monday after the storm passed.\n",
             "Cup final\nThe coach reckoned his side would win the cup.\n"]
    arts = []
    for i, t in enumerate(texts):
        first, end = t.index("\n") + 1, t.rindex(".")
        if " reckoned " not in t:
            arts.append(GoldArticle(f"a{i}", t, []))
            continue
        cue = t.index(" reckoned ") + 1
        arts.append(GoldArticle(f"a{i}", t, [GoldSpan("T1", "Source", ((first, cue - 1),)),
                                             GoldSpan("T2", "Cue", ((cue, cue + 8),)),
                                             GoldSpan("T3", "Content", ((cue + 9, end),))]))
    return arts
