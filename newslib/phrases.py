"""Longest-phrase look-ups over token lists (the idea of spaCy's ``PhraseMatcher``), and the one normalization
of typographic apostrophes that every look-up uses.

A :class:`PhraseIndex` maps phrases, given as token tuples (``("according", "to")``), to values. At a position
of a list of tokens it gives the phrases that start there, longest first: one dictionary probe per candidate
length, up to the longest phrase that starts with that token. The actor lexicon, the hedges and boosters and
the claim cues all look phrases up this way.
"""
from __future__ import annotations

from typing import Generic, Iterable, Iterator, Sequence, TypeVar

V = TypeVar("V")

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def straight_apostrophes(text: str) -> str:
    """``text`` with typographic apostrophes and single quotes (’ ‘) as the ASCII apostrophe, as lexicons
    write them: ``Russia’s`` → ``Russia's``. The length and every offset stay the same."""
    if "\u2019" in text or "\u2018" in text:
        return text.translate(_APOSTROPHES)
    return text


class PhraseIndex(Generic[V]):
    """Phrases (token tuples) and their values. A phrase added more than once keeps every value, in the
    order added."""

    __slots__ = ("_values", "_longest", "_lengths")

    def __init__(self, items: Iterable[tuple[Sequence[str], V]] = ()):
        self._values: dict[tuple[str, ...], list[V]] = {}
        self._longest: dict[str, int] = {}  # first token -> length of the longest phrase starting with it
        # first token -> the lengths of the phrases starting with it, longest first: a look-up probes only
        # those ("the" starts phrases of 2 and 5 tokens: no probe of 3 or 4)
        self._lengths: dict[str, tuple[int, ...]] = {}
        for phrase, value in items:
            self.add(phrase, value)

    def add(self, phrase: Sequence[str], value: V) -> None:
        phrase = tuple(phrase)
        if not phrase:
            return
        self._values.setdefault(phrase, []).append(value)
        if len(phrase) > self._longest.get(phrase[0], 0):
            self._longest[phrase[0]] = len(phrase)
        lengths = self._lengths.get(phrase[0], ())
        if len(phrase) not in lengths:
            self._lengths[phrase[0]] = tuple(sorted((*lengths, len(phrase)), reverse=True))

    def __contains__(self, phrase: Sequence[str]) -> bool:
        return tuple(phrase) in self._values

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self._values)

    def items(self) -> Iterator[tuple[tuple[str, ...], V]]:
        """Each phrase with its first value, in the order first added."""
        return ((phrase, values[0]) for phrase, values in self._values.items())

    def __getitem__(self, phrase: Sequence[str]) -> V:
        """The first value of ``phrase``; KeyError if it is not in the index."""
        return self._values[tuple(phrase)][0]

    def get(self, phrase: Sequence[str], default=None):
        """The first value of ``phrase``, or ``default``."""
        values = self._values.get(tuple(phrase))
        return values[0] if values else default

    @property
    def first_tokens(self):
        """The tokens that start a phrase (a set-like view: ``first_tokens.isdisjoint(words)`` skips a sentence
        that holds none)."""
        return self._longest.keys()

    @property
    def max_length(self) -> int:
        return max(self._longest.values(), default=0)

    def matches(self, tokens: Sequence[str], i: int) -> Iterator[tuple[int, V]]:
        """``(length, value)`` of every phrase that starts at ``tokens[i]``, longest first (a phrase's values
        in the order added)."""
        left = len(tokens) - i
        for n in self._lengths.get(tokens[i], ()):
            if n > left:
                continue
            values = self._values.get(tuple(tokens[i:i + n]))
            if values is not None:
                for value in values:
                    yield n, value

    def longest(self, tokens: Sequence[str], i: int) -> tuple[int, V | None]:
        """The longest phrase that starts at ``tokens[i]``: ``(length, its first value)``, or ``(0, None)``."""
        lengths = self._lengths.get(tokens[i])
        if lengths is None:
            return 0, None
        left = len(tokens) - i
        values = self._values
        for n in lengths:
            if n <= left:
                found = values.get(tuple(tokens[i:i + n]))
                if found is not None:
                    return n, found[0]
        return 0, None
