"""``tag()``: one article in, a :class:`TaggedArticle` out.

Data flows one way: article → sentences and tokens → part-of-speech tags (the syntax stage: one vectorized call
per article, or per batch in ``tag_many``) → hedges, gaps, attributions (the attribution model reads the tags)
→ actors (which also name the attributions' sources) → claim kinds and certainty (which read the tags too) →
headline check. Each stage reads the ones before it; the tags stay on the result (``TaggedSentence.pos``).
Lexicons and models are loaded once per process (cached by their modules), so tagging many files in one
call pays for them once.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..article import Article, as_article
from ..syntax import default_tagger, pos_ids, tag_names
from ..tokenize import tokenize_text
from .actors import find_actors
from .attribution_model import default_model
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
    art, sentences = _tokenized(article, one_sentence_per_line)
    return _tag_tokenized(art, sentences, None, headline)


def tag_many(articles: Sequence["Article | str"], *, one_sentence_per_line: bool = False,
             headline: bool = True) -> list["TaggedArticle | Exception"]:
    """``tag`` for several articles, with the part-of-speech tagger and the attribution model each run over all
    of them at once (faster for many short articles; the tags are the same). An article that fails gives its
    exception in its place, so that one bad article costs only itself."""
    prepared: list = []
    for article in articles:
        try:
            prepared.append(_tokenized(article, one_sentence_per_line))
        except Exception as exc:  # noqa: BLE001 - handed back in the article's place
            prepared.append(exc)
    ok = [p for p in prepared if not isinstance(p, Exception)]
    try:
        syntax = iter(_syntax_stage(ok))
    except Exception:  # noqa: BLE001 - each article then runs the models alone, and fails alone
        syntax = iter([None] * len(ok))
    checks = iter([_UNCHECKED] * len(ok))
    if headline:
        from ..stance import check_headlines

        try:
            checks = iter(check_headlines(ok))
        except Exception:  # noqa: BLE001 - as for the syntax stage: each article is then checked alone
            pass
    out: list = []
    for p in prepared:
        if isinstance(p, Exception):
            out.append(p)
            continue
        done, check = next(syntax), next(checks)
        try:
            out.append(_tag_tokenized(*p, done, headline, check))
        except Exception as exc:  # noqa: BLE001
            out.append(exc)
    return out


def _tokenized(article, one_sentence_per_line: bool) -> tuple[Article, list]:
    art = as_article(article, titled=not one_sentence_per_line)
    if one_sentence_per_line and art.title is not None:
        art = replace(art, title=None)
    return art, tokenize_text(art.text, title=art.title, one_sentence_per_line=one_sentence_per_line)


def _syntax_stage(docs: Sequence[tuple[Article, list]]) -> list[tuple[list, tuple]]:
    """For each ``(article, sentences)``: its sentences' part-of-speech tags and the attribution model's
    ``(labels, bounds)``. The tagger runs once over all the docs' sentences; the model reads its tag ids as they
    are (it was trained on them), the passes and claim kinds read them as news is read (``news_ids``)."""
    sentences = [s for _, sents in docs for s in sents]
    ids = pos_ids(sentences)
    predicted = default_model().predict_many([(art.text, sents) for art, sents in docs], ids)
    names = tag_names(default_tagger().news_ids(sentences, ids), sentences)
    out, k = [], 0
    for (_, sents), labels in zip(docs, predicted):
        out.append((names[k:k + len(sents)], labels))
        k += len(sents)
    return out


#: ``_tag_tokenized``'s ``check`` when the headline check was not done for a batch: the article checks its own
_UNCHECKED = object()


def _tag_tokenized(art: Article, sentences: list, syntax: tuple | None, headline: bool,
                   check=_UNCHECKED) -> TaggedArticle:
    """The stages after tokenization; ``syntax``: the article's (tags, model labels) from a batch, else None;
    ``check``: its headline check from a batch (:func:`newslib.stance.check_headlines`), else ``_UNCHECKED``."""
    pos, predicted = syntax if syntax is not None else _syntax_stage([(art, sentences)])[0]
    text = art.text
    hedges = find_hedges(text, sentences)
    gaps = find_gaps(text, sentences)
    attributions = find_attributions(text, sentences, predicted, pos)
    actors, attributions = find_actors(text, sentences, attributions)
    attributions, sents = classify(text, sentences, attributions, hedges, gaps, pos)
    if not headline:
        check = None
    elif check is _UNCHECKED:
        from ..stance import check_headline

        check = check_headline(art, sentences)
    return TaggedArticle(article=art, sents=tuple(sents), attribution_records=tuple(attributions),
                         actor_records=tuple(actors), headline=check)
