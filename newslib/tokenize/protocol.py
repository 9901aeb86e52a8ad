"""What "NLTK-compatible" means for a tokenizer: a structural type, not an import of NLTK's class."""
from __future__ import annotations

from typing import Iterator, Protocol, runtime_checkable


@runtime_checkable
class SpanTokenizer(Protocol):
    """The two methods of NLTK's ``nltk.tokenize.api.TokenizerI`` that span-aware code calls: ``tokenize``
    (the pieces of a text) and ``span_tokenize`` (their ``(start, end)`` offsets into it). newslib's
    tokenizers provide both, so they drop into code written for NLTK's, and NLTK's own satisfy this type;
    ``isinstance(obj, SpanTokenizer)`` checks the methods, whatever was imported first."""

    def tokenize(self, text: str) -> list[str]: ...

    def span_tokenize(self, text: str) -> Iterator[tuple[int, int]]: ...
