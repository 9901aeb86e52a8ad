"""Sentence boundaries: NLTK's Punkt with the English model, news abbreviations, and hard line breaks.

Rules on top of Punkt, each for a case news text needs:
- sentences neither start nor end with white space or invisible format characters (a byte-order mark, a
  zero-width space, direction marks), and a line of nothing else is no sentence;
- every line break is a hard boundary (a title line without a final period, paragraphs one a line or
  separated by blank lines), so Punkt runs on each line separately;
- a sentence that Punkt ends with a title (``Mr.``, ``Gen.``, ``Del.``) is joined to the next one, even
  when the name that follows is also an ordinary word (``Mr. Hedge``);
- a sentence that Punkt starts with a lower-case word (``“Why?” he asked.``, ``the U.S. officials``) is
  joined to the one before, since English sentences do not start in lower case.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator

from ._nltk import PunktSentenceTokenizer

from .model import news_parameters, title_abbreviations

_LINE = re.compile(r"[^\n]+")
_OPENERS = "\"'“‘«([{"


class _RememberingPunkt(PunktSentenceTokenizer):
    """Punkt that remembers its verdict on each candidate break's context (the word before the period, the
    period, the word after: "said. The", "Mr. Smith"). The verdict depends on that string and on the fixed
    parameters alone, and about a quarter of the contexts in a news corpus recur."""

    MAX_REMEMBERED = 100_000

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._verdicts: dict[str, bool] = {}

    def text_contains_sentbreak(self, text: str) -> bool:
        verdicts = self._verdicts
        found = verdicts.get(text)
        if found is None:
            if len(verdicts) >= self.MAX_REMEMBERED:
                verdicts.clear()
            found = verdicts[text] = super().text_contains_sentbreak(text)
        return found


class NewsSentenceTokenizer:
    """Sentence spans of news text; ``span_tokenize`` gives ``(start, end)`` offsets into the text
    (NLTK-compatible: :class:`~newslib.tokenize.protocol.SpanTokenizer`)."""

    def __init__(self, punkt: PunktSentenceTokenizer | None = None):
        self._punkt = punkt or _RememberingPunkt(news_parameters())

    def tokenize(self, text: str) -> list[str]:
        return [text[s:e] for s, e in self.span_tokenize(text)]

    def span_tokenize(self, text: str) -> Iterator[tuple[int, int]]:
        for line in _LINE.finditer(text):
            base = line.start()
            chunk = line.group()
            if all(map(_blank, chunk)):
                continue
            spans: list[list[int]] = []
            for s, e in self._punkt.span_tokenize(chunk):
                if spans and (_starts_lower(chunk, s) or _ends_with_title(chunk, spans[-1][1]) or
                              _speaker_tail(chunk, spans[-1][1], s, e)):
                    spans[-1][1] = e
                else:
                    spans.append([s, e])
            for s, e in spans:
                while e > s and _blank(chunk[e - 1]):
                    e -= 1
                while s < e and _blank(chunk[s]):
                    s += 1
                if s < e:
                    yield base + s, base + e


_LAST_WORD = re.compile(r"([A-Za-z]+)\.\s*$")


_QUESTION_CLOSE = re.compile(r"[?!][\"”’']\s*$")
#: a named speaker and a verb of saying after a quotation closed by "?" or "!" ('…do with that information?"
#: Whyte asked.'): the end of the quotation's sentence, not a sentence of its own
_SPEAKER_TAIL = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?:asked|asks|said|says|added|adds|wondered|"
                           r"shouted|replied|continued|demanded|told [\w'’.-]+(?: [\w'’.-]+)?)\.\s*$")


def _speaker_tail(text: str, prev_end: int, s: int, e: int) -> bool:
    return bool(_QUESTION_CLOSE.search(text, max(0, prev_end - 4), prev_end)) and \
        bool(_SPEAKER_TAIL.match(text, s, e))


def _ends_with_title(text: str, end: int) -> bool:
    m = _LAST_WORD.search(text, max(0, end - 12), end)
    return bool(m) and m.group(1).lower() in title_abbreviations() and (m.start() == 0 or not text[m.start() - 1].isalpha())


def _blank(ch: str) -> bool:
    """White space, or an invisible format character (BOM, zero-width space/joiner, direction marks)."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def _starts_lower(text: str, i: int) -> bool:
    n = len(text)
    while i < n and text[i] in _OPENERS:
        i += 1
    return i < n and text[i].islower()


@lru_cache(maxsize=1)
def default_sentence_tokenizer() -> NewsSentenceTokenizer:
    return NewsSentenceTokenizer()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``."""
    return list(default_sentence_tokenizer().span_tokenize(text))
