"""Reading one article: bytes → text (never rewritten afterwards) → title and body.

The text is what Python reads with ``open(path, encoding="utf-8")``: universal newlines (CRLF and CR become
LF), a UTF-8 byte-order mark kept as U+FEFF so that offsets agree with any other reader of the file. Text that
is not UTF-8 is decoded as cp1252 (or Latin-1) and the article says so in ``warnings``. Binary and empty
files are refused with an :class:`~newslib.errors.InputError` naming the file and the reason.

The title is the first non-empty line; the body is everything after it. Offsets always index the whole text.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .spans import Span

#: Characters that do not count as content at the edges of a title line.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00a0"
_LINE = re.compile(r"[^\n]*")


@dataclass(frozen=True)
class Article:
    """An article's text with its title span and metadata.

    ``title`` is ``None`` when the article has no title line (``titled=False``), then the body is the whole text.
    """

    text: str
    title: Span | None = None
    path: str | None = None
    source: str | None = None
    date: str | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default=())

    @property
    def body_start(self) -> int:
        return self.title.end if self.title else 0

    @property
    def body(self) -> str:
        return self.text[self.body_start:]

    @property
    def name(self) -> str:
        return self.path or (self.title.text if self.title else "<text>")

    @classmethod
    def from_text(cls, text: str, *, titled: bool = True, path: str | None = None, source: str | None = None,
                  date: str | None = None, encoding: str = "utf-8", warnings: tuple[str, ...] = ()) -> "Article":
        if not isinstance(text, str):
            raise InputError(path or "<text>", f"expected str, got {type(text).__name__}")
        text = normalize_newlines(text)
        return cls(text=text, title=find_title(text) if titled else None, path=path, source=source, date=date,
                   encoding=encoding, warnings=warnings)


def normalize_newlines(text: str) -> str:
    """Universal newlines, as Python's text mode reads a file."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def find_title(text: str) -> Span | None:
    """The first line holding visible characters, without surrounding blanks, BOM or zero-width characters."""
    for m in _LINE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
            end -= 1
        if start < end:
            return Span(start, end, text[start:end])
        if m.end() >= len(text):
            break
    return None


def decode(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Bytes → (text, encoding, warnings). Refuses binary data."""
    head = data[:65536]
    if b"\x00" in head:
        raise InputError(name, "binary file (NUL bytes), not text")
    try:
        return normalize_newlines(data.decode("utf-8")), "utf-8", ()
    except UnicodeDecodeError as exc:
        where = exc.start
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        note = f"not valid UTF-8 (byte {where}); decoded as {encoding}, offsets index the decoded text"
        return normalize_newlines(text), encoding, (note,)
    raise InputError(name, "cannot be decoded as UTF-8, cp1252 or Latin-1")  # pragma: no cover - latin-1 decodes all


def read_article(path: str | os.PathLike, *, titled: bool = True, source: str | None = None,
                 date: str | None = None) -> Article:
    """Read one article file. Raises :class:`InputError` naming the file when it cannot be used."""
    name = os.fspath(path)
    p = Path(name)
    if not p.exists():
        raise InputError(name, "no such file")
    if p.is_dir():
        raise InputError(name, "is a directory, not an article file (use read_corpus)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    text, encoding, warnings = decode(data, name)
    if not text.strip(_INVISIBLE + " \t\n\r\f\v"):
        raise InputError(name, "empty: no text to read")
    return Article.from_text(text, titled=titled, path=name, source=source, date=date, encoding=encoding,
                             warnings=warnings)


def as_article(obj: "Article | str | os.PathLike", *, titled: bool = True) -> Article:
    """An Article from an Article, a path to an existing file, or a string of text."""
    if isinstance(obj, Article):
        return obj
    if isinstance(obj, os.PathLike):
        return read_article(obj, titled=titled)
    if isinstance(obj, str):
        if "\n" not in obj and len(obj) < 4096 and os.path.isfile(obj):
            return read_article(obj, titled=titled)
        return Article.from_text(obj, titled=titled)
    raise InputError(repr(obj)[:60], f"expected an Article, a path or text, got {type(obj).__name__}")
