"""Tokenizing an article or a text into :class:`Sentence` records."""
from __future__ import annotations

from ..article import Article, as_article
from ..spans import Span
from .records import Sentence
from .sentences import default_sentence_tokenizer
from .words import NewsWordTokenizer


def tokenize_text(text: str, *, title: Span | None = None, one_sentence_per_line: bool = False) -> list[Sentence]:
    """Sentences of ``text`` with their tokens. The title line, if given, is one sentence marked ``title``."""
    words = NewsWordTokenizer()
    if one_sentence_per_line:
        spans = _line_spans(text)
    else:
        spans = list(default_sentence_tokenizer().span_tokenize(text))
        if title is not None:
            spans = [(s, e) for s, e in spans if e <= title.start or s >= title.end]
            spans.append((title.start, title.end))
            spans.sort()
    out = []
    for i, (s, e) in enumerate(spans):
        tokens = tuple(Span(ts, te, text[ts:te]) for ts, te in words.span_tokenize(text, s, e))
        is_title = title is not None and s == title.start and e == title.end
        out.append(Sentence(i, s, e, text[s:e], tokens, is_title))
    return out


def _line_spans(text: str) -> list[tuple[int, int]]:
    """One span a line (trimmed); an empty line keeps its place as an empty sentence so that line i is
    sentence i."""
    spans, pos = [], 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        while s < e and line[s - pos].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        spans.append((s, e))
        pos += len(line) + 1
    if spans and spans[-1][0] == spans[-1][1] and text.endswith("\n"):
        spans.pop()
    return spans


def tokenize(article: "Article | str", *, one_sentence_per_line: bool = False) -> list[Sentence]:
    """Sentences and tokens of an article (or a path, or a text whose first line is its title)."""
    art = as_article(article, titled=not one_sentence_per_line)
    return tokenize_text(art.text, title=None if one_sentence_per_line else art.title,
                         one_sentence_per_line=one_sentence_per_line)
