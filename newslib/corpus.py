"""Reading a corpus: a directory, a glob, files, JSONL or CSV records, each becoming an :class:`Article`.

Record files (``.jsonl``, ``.csv``) hold one article a record with the fields ``title``, ``text`` (also
accepted: ``body``, ``articleBody``, ``content``), ``date`` and ``source`` (also: ``outlet``, ``publisher``).
A record's article text is its title, a newline, then its text, so that the title is the first line as in a
file, and offsets index that text. Its path is ``FILE#N`` (N counting records from 1).

:func:`iter_corpus` never stops at a bad input: it yields ``(name, Article)`` or ``(name, InputError)`` so
that a batch can report bad files and still write every good result.
"""
from __future__ import annotations

import csv
import glob
import json
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

from .article import Article, decode, read_article
from .errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ""}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
_TEXT_FIELDS = ("text", "body", "articleBody", "content")
_SOURCE_FIELDS = ("source", "outlet", "publisher")

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def expand(specs: Iterable[str | os.PathLike]) -> list[str]:
    """Paths named by files, directories (their text and record files, recursively, sorted) and globs.

    A spec that names nothing is kept as is, so that reading it reports it as missing.
    """
    out: list[str] = []
    for spec in specs:
        spec = os.fspath(spec)
        if os.path.isdir(spec):
            found = sorted(str(p) for p in Path(spec).rglob("*")
                           if p.is_file() and not any(part.startswith(".") for part in p.relative_to(spec).parts)
                           and p.suffix.lower() in (TEXT_SUFFIXES | RECORD_SUFFIXES) - {""})
            out.extend(found)
        elif not os.path.exists(spec) and glob.has_magic(spec):
            out.extend(sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p)))
        else:
            out.append(spec)
    return out


def _field(record: dict, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if value is not None and str(value).strip() and str(value) != "nan":
            return str(value)
    return None


def _record_article(record: dict, name: str) -> Article:
    if not isinstance(record, dict):
        raise InputError(name, f"record is a {type(record).__name__}, expected an object with a 'text' field")
    body = _field(record, _TEXT_FIELDS)
    title = _field(record, ("title", "headline", "Headline"))
    if body is None and title is None:
        raise InputError(name, "record has no 'text' (or 'body') and no 'title'")
    text = f"{title}\n{body or ''}" if title else (body or "")
    return Article.from_text(text, titled=bool(title), path=name, source=_field(record, _SOURCE_FIELDS),
                             date=_field(record, ("date", "published", "publication_date")))


def _iter_records(path: str) -> Iterator[tuple[str, Article | InputError]]:
    try:
        data = Path(path).read_bytes()
        text, _, _ = decode(data, path)
    except InputError as exc:
        yield path, exc
        return
    except OSError as exc:
        yield path, InputError(path, f"cannot be read ({exc.strerror or exc})")
        return
    if path.lower().endswith(".csv"):
        try:
            rows: Iterable = list(csv.DictReader(text.splitlines(keepends=True)))
        except csv.Error as exc:
            yield path, InputError(path, f"not valid CSV ({exc})")
            return
        for n, row in enumerate(rows, 1):
            name = f"{path}#{n}"
            try:
                yield name, _record_article(row, name)
            except InputError as exc:
                yield name, exc
        return
    n = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        n += 1
        name = f"{path}#{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield name, InputError(name, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield name, _record_article(record, name)
        except InputError as exc:
            yield name, exc


def iter_corpus(specs: Iterable[str | os.PathLike] | str | os.PathLike, *, titled: bool = True
                ) -> Iterator[tuple[str, Article | InputError]]:
    """Yield ``(name, Article)`` for each readable article and ``(name, InputError)`` for each bad one."""
    if isinstance(specs, (str, os.PathLike)):
        specs = [specs]
    specs = list(specs)
    paths = expand(specs)
    if not paths:
        for spec in specs:
            yield os.fspath(spec), InputError(os.fspath(spec), "matches no file")
    for path in paths:
        if Path(path).suffix.lower() in RECORD_SUFFIXES and os.path.isfile(path):
            yield from _iter_records(path)
            continue
        try:
            yield path, read_article(path, titled=titled)
        except InputError as exc:
            yield path, exc


def read_corpus(specs, *, titled: bool = True) -> list[Article]:
    """All articles of a corpus; raises the first :class:`InputError` met."""
    articles = []
    for _, item in iter_corpus(specs, titled=titled):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return articles
