"""Word tokens with offsets, by Treebank-style rules that leave the text as written.

Like NLTK's Treebank tokenizer: punctuation split from words, clitics split (``Russia`` ``'s``, ``do``
``n't``), hyphenated words kept whole. Unlike its ``word_tokenize``: quotes stay as written (``"`` is not
turned into ``` `` ```), and one regular expression gives the offsets directly, so nothing needs realigning.
Abbreviations known to the sentence splitter (``Mr.``, ``Gen.``, ``Jan.``), initials (``J.``) and dotted
abbreviations (``U.S.``, ``p.m.``) keep their period; decimals and times stay whole (``3.5``, ``10:30``).

The expression has no nested quantifiers over overlapping classes, so its cost is linear in the input.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ._nltk import TokenizerI

from .model import abbreviations

_CLITIC = r"(?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)"
_APOS = "['’]"


def _pattern(abbrevs: frozenset[str]) -> re.Pattern:
    single = sorted((a for a in abbrevs if "." not in a and a.isalpha() and len(a) > 1), key=len, reverse=True)
    parts = [
        r"https?://[^\s<>\"“”]*[^\s<>\"“”.,;:!?)\]'’]",         # URLs
        r"(?<![\w.+-])[\w.+-]+@\w[\w-]*(?:\.\w[\w-]*)+",           # e-mail addresses (anchored: linear)
        r"(?:[^\W\d_]\.){2,}",                                      # U.S. U.N. p.m. J.P.
        r"(?<![\w.])(?i:" + "|".join(single) + r")\.",              # Mr. Gen. Jan. (known abbreviations)
        r"(?<![\w.])[A-Z]\.(?=\s+[A-Z])",                           # initials: J. Smith
        r"\d+(?:[.,:/]\d+)*",                                        # 3.5 1,000 10:30 9/11
        r"\w+(?=n" + _APOS + r"t\b)",                               # do|n't  ca|n't
        r"n" + _APOS + r"t\b",                                       # n't
        r"(?<=\w)" + _APOS + _CLITIC + r"\b",                        # 's 're 've 'll 'd 'm
        r"\w+(?:(?:-|‐|" + _APOS + r"(?!" + _CLITIC + r"\b))\w+)*", # words, hyphenated words, O'Brien
        r"\.\.\.|--+|[?!]+",                                         # multi-character punctuation
        r"\S",                                                       # any other character
    ]
    return re.compile("|".join(f"(?:{p})" for p in parts))


@lru_cache(maxsize=1)
def _default_pattern() -> re.Pattern:
    return _pattern(abbreviations())


class NewsWordTokenizer(TokenizerI):
    """Treebank-style word tokens; ``span_tokenize`` yields ``(start, end)`` offsets."""

    def __init__(self, pattern: re.Pattern | None = None):
        self._pattern = pattern or _default_pattern()

    def tokenize(self, text: str) -> list[str]:
        return [m.group() for m in self._pattern.finditer(text)]

    def span_tokenize(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
        for m in self._pattern.finditer(text, start, len(text) if end is None else end):
            yield m.span()


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each word token of ``text[start:end]``, as offsets into ``text``."""
    return list(NewsWordTokenizer().span_tokenize(text, start, end))
