"""Token and sentence records."""
from __future__ import annotations

from dataclasses import dataclass

from ..spans import Span

Token = Span


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: its offsets, its text, its tokens, and whether it is the title line."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Span, ...]
    title: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def to_dict(self, tokens: bool = True) -> dict:
        d = {"index": self.index, "start": self.start, "end": self.end, "text": self.text, "title": self.title}
        if tokens:
            d["tokens"] = [t.to_dict() for t in self.tokens]
        return d
