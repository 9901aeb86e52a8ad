"""A CoNLL-U reader for the Universal Dependencies English treebanks in ``<data_dir>/ud/`` (newslib.config).

Each sentence keeps its syntactic words (ID, FORM, LEMMA, UPOS, XPOS, HEAD, DEPREL, MISC), its ``# text``,
the document it opens (``# newdoc id``) and its multiword tokens: a range line ``3-4  don't`` is the surface
token the words 3 and 4 are written as, so the sentence's surface text is rebuilt from the range's form,
not the words'. Empty nodes (decimal ids such as ``8.1``, enhanced-dependency copies) are skipped: they are
not in the text. ``UDSentence.surface()`` gives that text and the character span of every word in it
(the words of a multiword token get the pieces of it they spell, ``do`` ``n't``), which is what lets a tagger
be trained on text re-tokenized by newslib's own tokenizer.

The split files are named ``en_ewt-ud-{train,dev}.conllu`` and ``en_gum-cc-by-{train,dev}.conllu``;
:func:`load` reads one treebank's split from a data folder.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .. import config
from ..errors import DataError

#: treebank name -> file name pattern (``{split}`` is train or dev; test splits are kept apart)
TREEBANKS = {"ewt": "en_ewt-ud-{split}.conllu", "gum": "en_gum-cc-by-{split}.conllu"}


@dataclass(frozen=True, slots=True)
class UDWord:
    """One syntactic word. ``head`` is the 1-based id of its head word (0: the root)."""

    id: int
    form: str
    lemma: str
    upos: str
    xpos: str
    head: int
    deprel: str
    misc: dict

    @property
    def space_after(self) -> bool:
        return self.misc.get("SpaceAfter") != "No"


@dataclass(frozen=True, slots=True)
class MultiwordToken:
    """A surface token written for the words ``first..last`` (inclusive), e.g. ``don't`` for ``do`` ``n't``."""

    first: int
    last: int
    form: str
    misc: dict


@dataclass(frozen=True, slots=True)
class UDSentence:
    sent_id: str
    text: str
    words: tuple[UDWord, ...]
    multiword: tuple[MultiwordToken, ...] = ()
    doc_id: str | None = None  # set on the first sentence of each document (``# newdoc id = ...``)
    comments: tuple[str, ...] = field(default=(), repr=False)

    def surface(self) -> tuple[str, list[tuple[int, int]]]:
        """The sentence's text rebuilt from its surface tokens and SpaceAfter, and each word's
        ``(start, end)`` in it: the words of a multiword token get the pieces they spell (``do`` + ``n't``),
        or all share the token's span when they do not spell it."""
        ranges = {m.first: m for m in self.multiword}
        parts: list[str] = []
        spans: list[tuple[int, int]] = []
        pos = 0
        i = 0
        words = self.words
        while i < len(words):
            w = words[i]
            m = ranges.get(w.id)
            if m is not None:
                n = m.last - m.first + 1
                form, space = m.form, m.misc.get("SpaceAfter") != "No"
                forms = [x.form for x in words[i:i + n]]
                if "".join(forms).lower() == form.lower():  # do|n't, can|not: each word its own piece
                    p = pos
                    for f in forms:
                        spans.append((p, p + len(f)))
                        p += len(f)
                else:
                    spans.extend([(pos, pos + len(form))] * n)
            else:
                n = 1
                form, space = w.form, w.space_after
                spans.append((pos, pos + len(form)))
            parts.append(form)
            pos += len(form)
            if space and i + n < len(words):
                parts.append(" ")
                pos += 1
            i += n
        return "".join(parts), spans


def _misc(field_: str) -> dict:
    if field_ == "_":
        return {}
    out = {}
    for item in field_.split("|"):
        key, _, value = item.partition("=")
        out[key] = value
    return out


def read_conllu(path: str | Path) -> Iterator[UDSentence]:
    """The sentences of a CoNLL-U file, in order. Raises :class:`DataError` naming the file and line for a
    malformed line."""
    path = Path(path)
    if not path.is_file():
        raise DataError(str(path), "CoNLL-U file not found")
    words: list[UDWord] = []
    multi: list[MultiwordToken] = []
    comments: list[str] = []
    meta: dict[str, str] = {}

    def flush():
        s = UDSentence(meta.get("sent_id", ""), meta.get("text", ""), tuple(words), tuple(multi),
                       meta.get("newdoc id"), tuple(comments))
        words.clear()
        multi.clear()
        comments.clear()
        meta.clear()
        return s

    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line:
                if words:
                    yield flush()
                else:
                    comments.clear()
                    meta.clear()
                continue
            if line.startswith("#"):
                comments.append(line)
                key, eq, value = line[1:].partition("=")
                if eq:
                    meta.setdefault(key.strip(), value.strip())
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise DataError(f"{path}:{lineno}", f"expected 10 tab-separated columns, found {len(cols)}")
            tid = cols[0]
            if "." in tid:  # empty node: not in the text
                continue
            if "-" in tid:
                a, _, b = tid.partition("-")
                multi.append(MultiwordToken(int(a), int(b), cols[1], _misc(cols[9])))
                continue
            try:
                words.append(UDWord(int(tid), cols[1], cols[2], cols[3], cols[4],
                                    int(cols[6]) if cols[6] != "_" else -1, cols[7], _misc(cols[9])))
            except ValueError:
                raise DataError(f"{path}:{lineno}", f"bad word id or head ({tid!r}, {cols[6]!r})") from None
        if words:
            yield flush()


def split_path(treebank: str, split: str, data: str | Path | None = None) -> Path:
    """The file of ``treebank`` (ewt, gum) and ``split`` (train, dev) in the folder ``data``."""
    if treebank not in TREEBANKS:
        raise DataError(treebank, f"unknown treebank; choose from {', '.join(TREEBANKS)}")
    if split not in ("train", "dev"):
        raise DataError(split, "unknown split; choose train or dev (test splits are kept apart)")
    folder = Path(data) if data else config.corpus_path("ud")
    if not folder.is_dir():
        raise DataError(str(folder), "UD folder not found (pass --data DIR)")
    return folder / TREEBANKS[treebank].format(split=split)


def load(treebank: str, split: str, data: str | Path | None = None) -> list[UDSentence]:
    """All sentences of one treebank's split."""
    return list(read_conllu(split_path(treebank, split, data)))


def newslib_tokens(sentence: UDSentence, tokenizer=None) -> tuple[str, list[tuple[int, int]], list[int]]:
    """The sentence's surface text re-tokenized by newslib's word tokenizer, and for each of its tokens the
    ``(start, end)`` in that text and the index of the treebank word whose tags it takes.

    A token that spans several treebank words (``long-term`` for ``long`` ``-`` ``term``; ``cannot`` for
    ``can`` ``not``) takes the word among them whose head lies outside them (the first such), as the
    treebank would head the group; a token inside one word takes that word."""
    from ..tokenize.words import NewsWordTokenizer

    tokenizer = tokenizer or NewsWordTokenizer()
    text, spans = sentence.surface()
    words = sentence.words
    out_spans: list[tuple[int, int]] = []
    out_words: list[int] = []
    j0 = 0
    for tok in tokenizer.spans(text):
        s, e = tok.start, tok.end
        while j0 < len(spans) and spans[j0][1] <= s:
            j0 += 1
        group = []
        j = j0
        while j < len(spans) and spans[j][0] < e:
            if spans[j][1] > s:
                group.append(j)
            j += 1
        if not group:
            continue
        pick = group[-1]
        if len(group) > 1:
            ids = {words[k].id for k in group}
            outside = [k for k in group if words[k].head not in ids]
            if outside:
                pick = outside[0]
        out_spans.append((s, e))
        out_words.append(pick)
    return text, out_spans, out_words
