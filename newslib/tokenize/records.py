"""Token and sentence records."""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

from ..spans import Span

Token = Span
_TEXT = attrgetter("text")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: its offsets, its text, its tokens, and whether it is the title line."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Span, ...]
    title: bool = False
    #: :attr:`lower_words` once computed (no part of the record: not compared, not printed)
    _lower: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)
    #: :attr:`words` once computed (no part of the record either)
    _words: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def words(self) -> tuple[str, ...]:
        """Each token's text, computed on first use and kept: the POS tagger, the attribution model, the hedge
        and actor stages all read a sentence's token texts, and each gathered them from the tokens itself."""
        ws = self._words
        if ws is None:
            ws = tuple(map(_TEXT, self.tokens))
            object.__setattr__(self, "_words", ws)
        return ws

    @property
    def lower_words(self) -> tuple[str, ...]:
        """Each token's text lower-cased (``str.lower``), computed on first use and kept: the hedge, gap, actor
        and attribution stages all read a sentence's words in lower case, and each lower-cased them itself."""
        low = self._lower
        if low is None:
            low = tuple(map(str.lower, self.words))
            object.__setattr__(self, "_lower", low)
        return low

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def to_dict(self, tokens: bool = True) -> dict:
        d = {"index": self.index, "start": self.start, "end": self.end, "text": self.text, "title": self.title}
        if tokens:
            d["tokens"] = [t.to_dict() for t in self.tokens]
        return d


def token_texts(sentences) -> list[str]:
    """The token texts of ``sentences`` in a row: each :class:`Sentence`'s :attr:`~Sentence.words` (kept on the
    record), else (any record with ``.tokens`` whose items have ``.text``) the tokens' texts."""
    out: list[str] = []
    for s in sentences:
        out.extend(s.words if isinstance(s, Sentence) else map(_TEXT, s.tokens))
    return out
