"""Reading a corpus: a directory, a glob, files, JSONL, CSV or Parquet records, each becoming an :class:`Article`.

Record files (``.jsonl``, ``.ndjson``, ``.csv``, ``.parquet``) hold one article a record with the fields ``title``,
``text`` (also accepted: ``body``, ``articleBody``, ``content``), ``date`` and ``source`` (also: ``outlet``,
``publisher``). A record's article text is its title, a newline, then its text, so that the title is the first
line as in a file, and offsets index that text. Its name (``Article.path``) is ``FILE#N``, N counting records
from 1 (JSONL: non-blank lines; CSV: data rows).

:func:`iter_corpus` never stops at a bad input: it yields ``(name, Article)`` or ``(name, InputError)`` so
that a batch can report bad files and still write every good result. What counts as bad: a spec (path,
directory, glob) that names no file, a directory without article files, a file that cannot be read (see
:func:`newslib.article.read_article`: missing, broken link, FIFO, binary, empty ...), a JSONL line that is not
a JSON object with a text or title, a CSV row without one. Directories are walked without following symbolic
links to directories (no loops); hidden files and folders are skipped.

A spec that is a URL (``s3://bucket/news/*.jsonl``, ``gcs://...``, ``file:///...``) is opened with fsspec, the
same way (a file, a glob, or a folder walked for its article and record files); ``s3://`` and the like need
their filesystem package (``s3fs``...) installed. Its articles are named by their full URL.
"""
from __future__ import annotations

import csv
import glob
import io
import json
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

from .article import Article, decode, max_bytes, read_article, read_bytes
from .errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ""}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".parquet"}
_TEXT_FIELDS = ("text", "body", "articleBody", "content")
_TITLE_FIELDS = ("title", "headline", "Headline")
_SOURCE_FIELDS = ("source", "outlet", "publisher")
_DATE_FIELDS = ("date", "published", "publication_date")
#: A record file whose first this-many records are all bad is not a record file of ours: stop reporting.
_MAX_BAD_RUN = 1000

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _is_corpus_file(name: str) -> bool:
    return Path(name).suffix.lower() in (TEXT_SUFFIXES | RECORD_SUFFIXES) - {""}


def _walk(top: str, errors: list[InputError] | None = None) -> list[str]:
    """Article and record files under ``top`` (sorted; hidden entries skipped), including entries that will
    fail to read (broken links, FIFOs) so that they are reported rather than silently passed over."""
    found: list[str] = []

    def onerror(exc: OSError) -> None:
        if errors is not None:
            errors.append(InputError(exc.filename or top, f"cannot list directory ({exc.strerror or exc})"))

    for dirpath, dirnames, filenames in os.walk(top, onerror=onerror, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        # os.walk lists symbolic links to directories among dirnames but does not enter them: walk none.
        for fname in filenames:
            if not fname.startswith(".") and _is_corpus_file(fname):
                found.append(os.path.join(dirpath, fname))
    return sorted(found)


def _resolve(spec: str, errors: list[InputError] | None = None) -> list[str]:
    if os.path.isdir(spec):
        return _walk(spec, errors)
    if not os.path.lexists(spec) and glob.has_magic(spec):
        matches = glob.glob(spec, recursive=True)
        return sorted(p for p in matches if not os.path.isdir(p))
    return [spec]


def expand(specs: Iterable[str | os.PathLike]) -> list[str]:
    """Paths named by files, directories (their article and record files, recursively, sorted) and globs.

    A file spec is kept as is (even when missing, so that reading it reports it); a glob or directory that
    names nothing adds nothing (:func:`iter_corpus` reports it).
    """
    out: list[str] = []
    for spec in specs:
        out.extend(_resolve(os.fspath(spec)))
    return out


def _field(record: dict, names: tuple[str, ...], name: str) -> str | None:
    for key in names:
        value = record.get(key)
        if value is None:
            continue
        if isinstance(value, (dict, list)):
            raise InputError(name, f"field {key!r} is a JSON {'object' if isinstance(value, dict) else 'array'}, "
                                   "expected text")
        value = str(value)
        if value.strip() and value != "nan":
            return value
    return None


def record_article(record: object, name: str, *, warnings: tuple[str, ...] = ()) -> Article:
    """The article held by one JSONL/CSV record (a dict), or an InputError naming the record."""
    if not isinstance(record, dict):
        raise InputError(name, f"record is a JSON {type(record).__name__}, expected an object with a 'text' field")
    body = _field(record, _TEXT_FIELDS, name)
    title = _field(record, _TITLE_FIELDS, name)
    if body is None and title is None:
        raise InputError(name, "record has no 'text' (or 'body') and no 'title'")
    if title is not None:
        title = " ".join(title.split())  # a title is one line, whatever the record held
    text = f"{title}\n{body or ''}" if title else (body or "")
    if not text.strip():
        raise InputError(name, "record's text is blank")
    return Article.from_text(text, titled=bool(title), path=name, source=_field(record, _SOURCE_FIELDS, name),
                             date=_field(record, _DATE_FIELDS, name), warnings=warnings)


def _iter_records(path: str, data: bytes | None = None) -> Iterator[tuple[str, Article | InputError]]:
    """The records of a local record file, or of ``data`` (a remote file's bytes) named ``path``."""
    warnings: tuple[str, ...] = ()
    if path.lower().endswith(".parquet"):
        rows = _parquet_rows(path, data)
    else:
        try:
            # records are small one by one: a record file may be 16 times the size of one article file
            if data is None:
                data = read_bytes(path, limit=16 * max_bytes())
            text, _, warnings = decode(data, path)
        except InputError as exc:
            yield path, exc
            return
        text = text.lstrip("\ufeff")  # a BOM is not part of the first field name or JSON value
        rows = _csv_rows(path, text) if path.lower().endswith(".csv") else _jsonl_rows(path, text)
    bad_run, good = 0, False
    for name, item in rows:
        if isinstance(item, InputError):
            yield name, item
            bad_run += 1
            if not good and bad_run >= _MAX_BAD_RUN:
                yield path, InputError(path, f"first {_MAX_BAD_RUN} records all bad; not read further")
                return
            continue
        try:
            article = record_article(item, name, warnings=warnings)
        except InputError as exc:
            yield name, exc
            bad_run += 1
            continue
        except RecursionError:
            yield name, InputError(name, "record too deeply nested")
            continue
        good, bad_run = True, 0
        yield name, article


def _csv_rows(path: str, text: str) -> Iterator[tuple[str, dict | InputError]]:
    reader = csv.reader(io.StringIO(text))  # lines end at LF only, as the file was read
    try:
        header = next(reader)
    except StopIteration:
        yield path, InputError(path, "empty CSV file")
        return
    except csv.Error as exc:
        yield path, InputError(path, f"not valid CSV ({exc})")
        return
    fields = [h.strip() for h in header]
    if not set(fields) & set(_TEXT_FIELDS + _TITLE_FIELDS):
        yield path, InputError(path, f"CSV header has no 'text' or 'title' column (columns: {', '.join(fields)[:200]})")
        return
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            n += 1
            yield f"{path}#{n}", InputError(f"{path}#{n}", f"not valid CSV ({exc})")
            continue
        if not row or not any(cell.strip() for cell in row):
            continue
        n += 1
        name = f"{path}#{n}"
        if len(row) > len(fields):
            yield name, InputError(name, f"CSV row has {len(row)} fields, the header {len(fields)}")
            continue
        yield name, dict(zip(fields, row))


def _parquet_rows(path: str, data: bytes | None = None) -> Iterator[tuple[str, dict | InputError]]:
    """Rows of a Parquet record file (one article a row, the columns of a JSONL record), read a row group
    at a time so that a large file is never in memory whole."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(pa.BufferReader(data) if data is not None else path)
    except (OSError, pa.ArrowException) as exc:
        yield path, InputError(path, f"not a readable Parquet file ({exc})")
        return
    names = set(pf.schema_arrow.names)
    if not names & set(_TEXT_FIELDS + _TITLE_FIELDS):
        yield path, InputError(path, f"Parquet file has no 'text' or 'title' column (columns: "
                                     f"{', '.join(sorted(names))[:200]})")
        return
    wanted = [c for c in pf.schema_arrow.names if c in set(_TEXT_FIELDS + _TITLE_FIELDS + _SOURCE_FIELDS + _DATE_FIELDS)]
    n = 0
    try:
        for batch in pf.iter_batches(batch_size=1024, columns=wanted):
            for row in batch.to_pylist():
                n += 1
                yield f"{path}#{n}", row
    except (OSError, pa.ArrowException) as exc:
        yield f"{path}#{n + 1}", InputError(path, f"Parquet file cannot be read past row {n} ({exc})")


def _is_url(spec: str) -> bool:
    """``s3://bucket/key``, ``gcs://...``, ``https://...``, ``file:///...``: a file for fsspec to open."""
    scheme, sep, _ = spec.partition("://")
    return bool(sep) and scheme.replace("+", "").replace("-", "").isalnum() and len(scheme) > 1


def _iter_url(spec: str, titled: bool) -> Iterator[tuple[str, Article | InputError]]:
    """Articles from an fsspec URL: one file, a glob, or a folder (its article and record files, sorted)."""
    try:
        import fsspec

        fs, root = fsspec.core.url_to_fs(spec)
        if glob.has_magic(root):
            paths = sorted(p for p in fs.glob(root) if not p.rsplit("/", 1)[-1].startswith(".") and not fs.isdir(p))
        elif fs.isdir(root):
            base = fs.info(root)["name"].rstrip("/")
            paths = sorted(p for p in fs.find(root) if _is_corpus_file(p)
                           and not any(part.startswith(".") for part in p[len(base):].split("/")))
        else:
            paths = [root]
    except ImportError as exc:
        yield spec, InputError(spec, f"needs a filesystem package for this URL ({exc})")
        return
    except Exception as exc:  # noqa: BLE001 - any failure of a remote filesystem is this input's error
        yield spec, InputError(spec, f"cannot be listed ({type(exc).__name__}: {exc})")
        return
    if not paths:
        yield spec, InputError(spec, "matches no file")
        return
    for path in paths:
        name = fs.unstrip_protocol(path)
        record = Path(path).suffix.lower() in RECORD_SUFFIXES
        limit = (16 if record else 1) * max_bytes()
        try:
            size = fs.size(path)
            if size is not None and size > limit and not path.lower().endswith(".parquet"):
                raise InputError(name, f"too large ({size / 1e6:.0f} MB; the limit is {limit / 1e6:.0f} MB, "
                                       "set NEWSLIB_MAX_BYTES to change it)")
            with fs.open(path, "rb") as fh:
                data = fh.read()
        except InputError as exc:
            yield name, exc
            continue
        except FileNotFoundError:
            yield name, InputError(name, "no such file")
            continue
        except Exception as exc:  # noqa: BLE001
            yield name, InputError(name, f"cannot be read ({type(exc).__name__}: {exc})")
            continue
        if record:
            yield from _iter_records(name, data)
            continue
        try:
            text, encoding, warnings = decode(data, name)
            if not text.strip():
                raise InputError(name, "empty: no text to read" if not data else "blank: only white space, no text")
            yield name, Article.from_text(text, titled=titled, path=name, encoding=encoding, warnings=warnings)
        except InputError as exc:
            yield name, exc


def _jsonl_rows(path: str, text: str) -> Iterator[tuple[str, dict | InputError]]:
    n = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        n += 1
        name = f"{path}#{n}"
        try:
            yield name, json.loads(line)
        except json.JSONDecodeError as exc:
            yield name, InputError(name, f"not valid JSON ({exc.msg} at column {exc.colno})")
        except RecursionError:
            yield name, InputError(name, "JSON nested too deeply")
        except ValueError as exc:  # e.g. integers too long to convert
            yield name, InputError(name, f"not valid JSON ({exc})")


def iter_corpus(specs: Iterable[str | os.PathLike] | str | os.PathLike, *, titled: bool = True
                ) -> Iterator[tuple[str, Article | InputError]]:
    """Yield ``(name, Article)`` for each readable article and ``(name, InputError)`` for each bad one,
    in the order of ``specs`` (a directory's files sorted by path)."""
    if isinstance(specs, (str, os.PathLike)):
        specs = [specs]
    for spec in specs:
        spec = os.fspath(spec)
        if isinstance(spec, str) and _is_url(spec) and not os.path.lexists(spec):
            yield from _iter_url(spec, titled)
            continue
        errors: list[InputError] = []
        paths = _resolve(spec, errors)
        for exc in errors:
            yield exc.source, exc
        if not paths:
            if os.path.isdir(spec):
                yield spec, InputError(spec, "directory holds no article files (.txt, .md, .html, .jsonl, .csv)")
            else:
                yield spec, InputError(spec, "matches no file")
            continue
        for path in paths:
            if Path(path).suffix.lower() in RECORD_SUFFIXES and os.path.isfile(path):
                yield from _iter_records(path)
                continue
            try:
                article = read_article(path, titled=titled)
            except InputError as exc:
                yield path, exc
            except MemoryError:
                yield path, InputError(path, "too large to read into memory")
            except Exception as exc:  # anything else about one file must not end the whole corpus
                yield path, InputError(path, f"cannot be read ({type(exc).__name__}: {exc})")
            else:
                yield path, article


def read_corpus(specs, *, titled: bool = True) -> list[Article]:
    """All articles of a corpus; raises the first :class:`InputError` met."""
    articles = []
    for _, item in iter_corpus(specs, titled=titled):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return articles


def count_inputs(specs: Iterable[str | os.PathLike]) -> int:
    """How many inputs :func:`iter_corpus` will yield for ``specs``, about (a progress bar's total): one per
    article file, one per non-blank line of a JSONL file, one per row of a CSV or Parquet record file.
    Files that cannot be read count one (their error)."""
    n = 0
    for path in expand(specs):
        suffix = Path(path).suffix.lower()
        try:
            if suffix in (".jsonl", ".ndjson"):
                with open(path, "rb") as f:
                    n += sum(1 for line in f if line.strip())
            elif suffix == ".csv":
                with open(path, encoding="utf-8", errors="replace", newline="") as f:
                    n += max(0, sum(1 for row in csv.reader(f) if any(c.strip() for c in row)) - 1)
            elif suffix == ".parquet":
                import pyarrow.parquet as pq

                n += pq.ParquetFile(path).metadata.num_rows
            else:
                n += 1
        except (OSError, ValueError, csv.Error):
            n += 1
    return n
