"""Spans: the unit every token and tag is built from.

A span is a half-open character range ``[start, end)`` into the text of an article, as Python reads the file
(``open(path, encoding="utf-8").read()``). ``text[start:end] == span.text`` always holds; the text is never
rewritten.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, init=False)
class Span:
    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str):
        # A tokenized article makes a Span per token. The generated __init__ of a frozen dataclass writes each
        # field through object.__setattr__; the slots' own setters do the same writes in about half the time
        # (benchmarks/tag.py: see the commit that added this). The record stays frozen: assignment raises.
        _set_start(self, start)
        _set_end(self, end)
        _set_text(self, text)

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


_set_start = Span.start.__set__  # the slots' setters, bound once (see Span.__init__)
_set_end = Span.end.__set__
_set_text = Span.text.__set__


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so that it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
