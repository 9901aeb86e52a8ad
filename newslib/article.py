"""Reading one article: bytes → text (never rewritten afterwards) → title and body.

A file's text is what Python reads with ``open(path, encoding="utf-8")``: universal newlines (CRLF and CR
become LF) and a UTF-8 byte-order mark kept as U+FEFF, so that offsets agree with any other reader of the file
(the BOM is never part of the title). A text passed as a ``str`` is used exactly as given: offsets index that
very string, whatever line ends or odd characters it holds.

Bytes that are not UTF-8 are still read, and the article says how in ``warnings`` (the CLI prints them on
stderr and puts them in its JSON):
- a UTF-8 file with a few bad bytes (it also holds valid multi-byte UTF-8) keeps its UTF-8 reading, each bad
  byte becoming U+FFFD;
- otherwise the file is decoded as cp1252 (Windows Latin-1), or Latin-1 where cp1252 has no character.

- a stray NUL or other control byte (C0 except tab and line ends, and DEL) in otherwise readable text is
  replaced with U+FFFD, one character for one, so that offsets keep their places.

Refused with an :class:`~newslib.errors.InputError` naming the file and the reason: missing files, broken
symbolic links, directories, FIFOs and other non-regular files (reading a FIFO would block forever), empty
or blank files, binary files (NUL bytes in more than one byte in a hundred, a known binary signature, or more than one
character in twenty a control character), UTF-16/32 files, and files over :data:`MAX_BYTES`
(``NEWSLIB_MAX_BYTES`` in the environment changes it).

The title is the first line holding visible characters; the body is everything after it. Offsets always
index the whole text. A text without a title line is read with ``titled=False`` (the CLI's ``--no-title``);
a first line of :data:`LONG_TITLE_WORDS` words or more is still read as the title, with a warning saying so,
because a paragraph taken for a headline is tagged as one sentence and checked as a headline.
"""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .spans import Span

#: Characters that do not count as content at the edges of a title line.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00a0"
_BLANK = _INVISIBLE + " \t\n\r\f\v"
_LINE = re.compile(r"[^\n]*")
#: A title line this long (words between blanks) is more likely a paragraph: the article warns.
LONG_TITLE_WORDS = 40
#: Control characters that text files do not hold (C0 except tab, LF, VT, FF, CR; DEL; C1).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
#: Of those, the ones a stray byte gives (C0 and DEL), replaced with U+FFFD in text that is read.
_STRAY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

#: Largest file read_article accepts (bytes). Tokenizing needs about 100 times the text's size in memory and
#: tagging about 250 times (a 20 MB article: 2 GB and 5 GB), so this keeps an unattended run on a 24 GB
#: machine clear of the OOM killer. Record files (JSONL, CSV) may be 16 times larger.
MAX_BYTES = 32 * 1024 * 1024

_SIGNATURES = (
    (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"BZh", "bzip2-compressed data"), (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"\x7fELF", "an executable"), (b"\xd0\xcf\x11\xe0", "an OLE/.doc file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_WIDE_BOMS = ((b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"),
              (b"\xfe\xff", "UTF-16"), (b"\xff\xfe", "UTF-16"))


@dataclass(frozen=True)
class Article:
    """An article's text with its title span and metadata.

    ``title`` is ``None`` when the article has no title line (``titled=False``, or no visible character),
    then the body is the whole text. ``encoding`` is how the file was decoded; ``warnings`` say what was
    done to read it (non-UTF-8 bytes), one sentence each.
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
        """An article from a ``str``, used as given (offsets index exactly this string)."""
        if not isinstance(text, str):
            raise InputError(path or "<text>", f"expected str, got {type(text).__name__}")
        title = find_title(text) if titled else None
        if title is not None:
            words = len(title.text.split())
            if words >= LONG_TITLE_WORDS:
                warnings = (*warnings, f"the first line ({words} words) is read as the title, one sentence, and "
                                       "the rest as the body: if the text has no title line, pass --no-title "
                                       "(titled=False)")
        return cls(text=text, title=title, path=path, source=source, date=date, encoding=encoding,
                   warnings=tuple(warnings))


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


def sniff_binary(data: bytes) -> str | None:
    """Why ``data`` is not text (a reason for an error message), or None when it may be text."""
    for magic, what in _WIDE_BOMS:
        if data.startswith(magic):
            return f"{what} text (byte-order mark); newslib reads UTF-8, cp1252 or Latin-1: save it as UTF-8"
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            return f"binary file ({what}), not text"
    head = data[:65536]
    n_nul = head.count(b"\x00")
    if n_nul > 1 and n_nul > len(head) // 100:  # one NUL is a stray byte; more, in more than 1 % of it, binary
        return f"binary file (NUL bytes: {n_nul} in its first {len(head)}), not text"
    return None


def decode(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Bytes → (text with universal newlines, encoding, warnings). Refuses binary data."""
    why = sniff_binary(data)
    if why:
        raise InputError(name, why)
    try:
        text, encoding, warnings = data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as exc:
        text, encoding, warnings = _decode_fallback(data, exc)
    sample = text[:65536]
    n_control = len(_CONTROL.findall(sample))
    if sample and n_control > max(2, len(sample) // 20):
        nul = "NUL bytes and " if "\x00" in sample else ""
        raise InputError(name, f"binary file ({nul}{n_control} control characters in its first {len(sample)}), "
                               "not text")
    text = normalize_newlines(text)
    first = _STRAY.search(text)
    if first is not None:
        n = len(_STRAY.findall(text))
        what = "NUL or control character" if n == 1 else "NUL or control characters"
        warnings = (*warnings, f"{n} stray {what} (first at character {first.start()}, "
                               f"U+{ord(first.group()):04X}) replaced with U+FFFD")
        text = _STRAY.sub("\ufffd", text)
    return text, encoding, warnings


def _decode_fallback(data: bytes, exc: UnicodeDecodeError) -> tuple[str, str, tuple[str, ...]]:
    replaced = data.decode("utf-8", errors="replace")
    # Valid multi-byte UTF-8 next to the bad bytes: a UTF-8 file with a few stray bytes keeps its UTF-8 reading.
    if any(ord(c) > 127 and c != "\ufffd" for c in replaced):
        bad = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
        return replaced, "utf-8", (f"not valid UTF-8 at byte {exc.start}: {bad} invalid byte sequence(s) "
                                   "replaced with U+FFFD",)
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    return text, encoding, (f"not valid UTF-8 (byte {exc.start}); decoded as {encoding}",)


def max_bytes() -> int:
    """The size limit in force: ``NEWSLIB_MAX_BYTES`` from the environment, else :data:`MAX_BYTES`."""
    try:
        return int(os.environ.get("NEWSLIB_MAX_BYTES", MAX_BYTES))
    except ValueError:
        return MAX_BYTES


def read_bytes(path: str | os.PathLike, *, limit: int | None = None) -> bytes:
    """The bytes of a regular file, or an :class:`InputError` saying why it cannot be read.

    Checks before opening, so that a FIFO (which would block) or a device is refused instead of read.
    ``limit`` defaults to :func:`max_bytes`.
    """
    name = os.fspath(path)
    try:
        st = os.stat(name)
    except FileNotFoundError:
        if os.path.islink(name):
            raise InputError(name, f"broken symbolic link (to {os.readlink(name)!r})") from None
        raise InputError(name, "no such file") from None
    except (OSError, ValueError) as exc:
        raise InputError(name, f"cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a directory, not an article file (use iter_corpus or read_corpus)")
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO, named pipe" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
                else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "a special file")
        raise InputError(name, f"not a regular file ({kind})")
    limit = max_bytes() if limit is None else limit
    if st.st_size > limit:
        raise InputError(name, f"too large ({st.st_size / 1e6:.0f} MB; the limit is {limit / 1e6:.0f} MB, "
                               "set NEWSLIB_MAX_BYTES to change it)")
    try:
        with open(name, "rb") as fh:
            return fh.read(limit + 1)
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None


def read_article(path: str | os.PathLike, *, titled: bool = True, source: str | None = None,
                 date: str | None = None) -> Article:
    """Read one article file. Raises :class:`InputError` naming the file when it cannot be used."""
    name = os.fspath(path)
    data = read_bytes(name)
    text, encoding, warnings = decode(data, name)
    if not text.strip(_BLANK):
        raise InputError(name, "empty: no text to read" if not data else "blank: only white space, no text")
    return Article.from_text(text, titled=titled, path=name, source=source, date=date, encoding=encoding,
                             warnings=warnings)


def as_article(obj: "Article | str | os.PathLike", *, titled: bool = True) -> Article:
    """An Article from an Article, a path (``os.PathLike``, or a one-line ``str`` naming an existing file),
    or a string of text."""
    if isinstance(obj, Article):
        return obj
    if isinstance(obj, os.PathLike):
        return read_article(obj, titled=titled)
    if isinstance(obj, str):
        if "\n" not in obj and len(obj) < 4096:
            if _is_file(obj):
                return read_article(obj, titled=titled)
            if looks_like_path(obj):
                where = "" if _is_absolute(obj) else f" (looked for from {os.getcwd()})"
                raise InputError(obj, f"no such file{where}; to tag this string as text, pass "
                                      "newslib.Article.from_text(text)")
        return Article.from_text(obj, titled=titled)
    raise InputError(repr(obj)[:60], f"expected an Article, a path or text, got {type(obj).__name__}")


#: File name endings that make a one-line string a path rather than a headline.
PATH_SUFFIXES = (".txt", ".text", ".md", ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".html", ".htm", ".xml")


def looks_like_path(s: str) -> bool:
    """Does a one-line string read as a file name rather than as text? It ends in a text file's suffix, or
    starts like a path (``/``, ``./``, ``../``, ``~/``), or holds a ``/`` and no white space."""
    t = s.strip()
    if not t or "\n" in t:
        return False
    if t.lower().endswith(PATH_SUFFIXES) or t.startswith(("/", "./", "../", "~/")):
        return True
    return ("/" in t or os.sep in t) and not any(c.isspace() for c in t)


def _is_absolute(name: str) -> bool:
    try:
        return os.path.isabs(os.path.expanduser(name))
    except ValueError:  # "~" before a user name with a lone surrogate: no such user, so not absolute
        return False


def _is_file(name: str) -> bool:
    try:
        return os.path.isfile(name)
    except (OSError, ValueError):  # NUL bytes, lone surrogates, names too long
        return False
