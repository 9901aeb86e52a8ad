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

from ..spans import Span
from .model import abbreviations

_CLITIC = r"(?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)"
_APOS = "['’]"


_INITIAL_NEXT = re.compile(r"\s+[A-Z]")


@lru_cache(maxsize=None)
def _pattern(url: bool = True, email: bool = True, negation: bool = True) -> re.Pattern:
    """The token expression. Alternatives that need a character the text does not hold (``://``, ``@``,
    ``n't``) can be left out: the same tokens, found faster, since most sentences hold none of them.

    A match is the white space before a token (group ``space``, taken whole, possessively: no alternative can
    start on white space) and then the token in one of three groups: ``tok``, ``abbr`` (a word + period,
    checked below) or ``rest``. Taking the white space inside the match saves the engine a failed try of every
    alternative at each space, and lets ``findall`` give the tokens as strings whose lengths are their
    offsets (no match object per token). The alternatives are tried in the order listed; the two shortcuts (a plain word that
    nothing else can continue, one common punctuation mark) come early because every later alternative
    that could start on the same character fails there, so they give exactly the tokens the later ones
    would, sooner.
    """
    before_abbr = [
        (url, r"https?://[^\s<>\"“”]*[^\s<>\"“”.,;:!?)\]'’]"),       # URLs
        (email, r"(?<![\w.+-])[\w.+-]+@\w[\w-]*(?:\.\w[\w-]*)+"),     # e-mail addresses (anchored: linear)
        (True, r"[^\W\d_]+(?![\w.'’‐-])"),                            # shortcut: a word, nothing joined to it
        (True, r"[,;:()\"“”]|\.(?!\.\.)"),                             # shortcut: one punctuation mark
        (True, r"(?:[^\W\d_]\.){2,}"),                                # U.S. U.N. p.m. J.P.
    ]
    abbr = r"(?<![\w.])[^\W\d_]+\.(?!\.)"                              # Mr. Gen. J. (checked below) or word + .
    after_abbr = [
        (True, r"\d+(?:[.,:/]\d+)*"),                                  # 3.5 1,000 10:30 9/11
        (negation, r"\w+(?=n" + _APOS + r"t\b)"),                     # do|n't  ca|n't
        (negation, r"n" + _APOS + r"t\b"),                             # n't
        (True, r"(?<=\w)" + _APOS + _CLITIC + r"\b"),                  # 's 're 've 'll 'd 'm
        (True, r"\w+(?:(?:-|‐|" + _APOS + r"(?!" + _CLITIC + r"\b))\w+)*"),  # words, hyphenated, O'Brien
        (True, r"\.\.\.|--+|[?!]+"),                                   # multi-character punctuation
        (True, r"\S"),                                                  # any other character
    ]

    def alts(parts):
        return "|".join(f"(?:{p})" for keep, p in parts if keep)

    return re.compile(rf"(?P<space>\s*+)(?:(?P<tok>{alts(before_abbr)})|(?P<abbr>{abbr})|(?P<rest>{alts(after_abbr)}))")


@lru_cache(maxsize=1)
def _known_abbreviations() -> frozenset[str]:
    """Abbreviations of two letters or more that keep their period (single letters are initials)."""
    return frozenset(a for a in abbreviations() if "." not in a and a.isalpha() and len(a) > 1)


class NewsWordTokenizer:
    """Treebank-style word tokens; ``span_tokenize`` yields ``(start, end)`` offsets (NLTK-compatible:
    :class:`~newslib.tokenize.protocol.SpanTokenizer`).

    A word directly followed by a period keeps it when it is a known abbreviation (``Mr.``, ``Gen.``,
    ``Jan.``) or a capital initial before a capitalized word (``J. Smith``); otherwise word and period are
    two tokens.
    """

    def tokenize(self, text: str) -> list[str]:
        return [text[s:e] for s, e in self.span_tokenize(text)]

    def span_tokenize(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
        return iter([(t.start, t.end) for t in self.spans(text, start, end)])

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[Span]:
        """The tokens of ``text[start:end]`` as :class:`Span` records (offsets into ``text``)."""
        end = len(text) if end is None else min(end, len(text))
        while end > start and text[end - 1].isspace():
            end -= 1  # white space is matched only before a token: none may be left at the end
        chunk = text[start:end]
        pattern = _pattern("://" in chunk, "@" in chunk, "n't" in chunk or "n’t" in chunk)
        known = _known_abbreviations()
        out = []
        add = out.append
        pos = start
        # findall gives (space, tok, abbr, rest) strings, one group of the last three matched: the text is
        # matched from ``start`` with no gap, so each length moves the offset on
        for space, tok, abbr, rest in pattern.findall(text, start, end):
            s = pos + len(space)
            if abbr:
                e = pos = s + len(abbr)
                word = abbr[:-1]
                if len(word) > 1:
                    keep = word.lower() in known
                else:
                    keep = word.isupper() and _INITIAL_NEXT.match(text, e, end) is not None
                if keep:
                    add(Span(s, e, abbr))
                else:
                    add(Span(s, e - 1, word))
                    add(Span(e - 1, e, "."))
                continue
            tok = tok or rest
            pos = s + len(tok)
            add(Span(s, pos, tok))
        return out


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each word token of ``text[start:end]``, as offsets into ``text``."""
    return list(NewsWordTokenizer().span_tokenize(text, start, end))
