"""``tag()``: one article in, a :class:`TaggedArticle` out.

Data flows one way: article → sentences and tokens → hedges, gaps, attributions → actors (which also name
the attributions' sources) → claim kinds and certainty → headline check. Each stage reads the ones before it.
Lexicons and models are loaded once per process (cached by their modules), so tagging many files in one
call pays for them once.
"""
from __future__ import annotations

from ..article import Article, as_article
from ..tokenize import tokenize_text
from .actors import find_actors
from .attributions import find_attributions
from .gaps import find_gaps
from .hedges import find_hedges
from .kinds import classify
from .tagged import TaggedArticle


def tag(article: "Article | str", *, one_sentence_per_line: bool = False, headline: bool = True) -> TaggedArticle:
    """Tag an article, a path to an article file, or a text (whose first line is its title).

    With ``one_sentence_per_line`` each line of the text is one sentence (line i is sentence i) and there is
    no title, for data that arrives already split.
    """
    art = as_article(article, titled=not one_sentence_per_line)
    if one_sentence_per_line and art.title is not None:
        art = Article(art.text, None, art.path, art.source, art.date, art.encoding, art.warnings)
    text = art.text
    sentences = tokenize_text(text, title=art.title, one_sentence_per_line=one_sentence_per_line)
    hedges = find_hedges(text, sentences)
    gaps = find_gaps(text, sentences)
    attributions = find_attributions(text, sentences)
    actors, attributions = find_actors(text, sentences, attributions)
    attributions, sentence_tags = classify(text, sentences, attributions, hedges, gaps)
    check = None
    if headline and art.title is not None:
        from ..stance import check_headline

        check = check_headline(art, sentences)
    return TaggedArticle(article=art, tokens=tuple(sentences), claims=tuple(sentence_tags),
                         attribution_records=tuple(attributions), actor_records=tuple(actors),
                         hedge_records=tuple(hedges), gap_records=tuple(gaps), headline=check)
