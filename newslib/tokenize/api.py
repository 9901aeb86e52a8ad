"""Tokenizing an article or a text into :class:`Sentence` records."""
from __future__ import annotations

from ..article import Article, as_article
from ..spans import Span
from .records import Sentence

#: A "sentence" longer than this many tokens (a run-on line with no punctuation, a table, scraped junk) is cut
#: into pieces of at most this many tokens at token boundaries. The longest of PolNeAR's 34,273 sentences has
#: 198 tokens; the cap keeps every per-sentence analysis bounded, so tagging stays linear in the text's length.
MAX_SENTENCE_TOKENS = 250


def tokenize_text(text: str, *, title: Span | None = None, one_sentence_per_line: bool = False) -> list[Sentence]:
    """Sentences of ``text`` with their tokens. The title line, if given, is one sentence marked ``title``."""
    from .sentences import default_sentence_tokenizer  # Punkt's model loads on first use, not at import
    from .words import NewsWordTokenizer

    words = NewsWordTokenizer()
    if one_sentence_per_line:
        spans = _line_spans(text)
    else:
        spans = list(default_sentence_tokenizer().span_tokenize(text))
        if title is not None:
            spans = [(s, e) for s, e in spans if e <= title.start or s >= title.end]
            spans.append((title.start, title.end))
            spans.sort()
    out: list[Sentence] = []
    for s, e in spans:
        tokens = tuple(words.spans(text, s, e))
        is_title = title is not None and s == title.start and e == title.end
        if len(tokens) <= MAX_SENTENCE_TOKENS or one_sentence_per_line:
            out.append(Sentence(len(out), s, e, text[s:e], tokens, is_title))
            continue
        for k in range(0, len(tokens), MAX_SENTENCE_TOKENS):
            piece = tokens[k:k + MAX_SENTENCE_TOKENS]
            ps, pe = piece[0].start, piece[-1].end
            out.append(Sentence(len(out), ps, pe, text[ps:pe], piece, is_title and k == 0))
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
