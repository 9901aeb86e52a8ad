"""Noun-phrase and verb-group chunks over part-of-speech tags, with character offsets.

Each token's Penn tag becomes one letter (``D`` determiner, ``J`` adjective, ``N`` noun, ``P`` proper noun,
``V`` finite or base verb, ``E`` past participle, ``G`` gerund, ``K`` modal, ``T`` to, ...), a batch of
sentences one string (sentences apart by a space), and two regular expressions cut it, left to right:

- **NP**: ``D{0,2}`` then a nominal (adverb-adjectives, numbers, ``$``, participles before a noun, then
  nouns), possessives chaining nominals (``Russia 's foreign minister``); or numbers alone (``37``), a
  pronoun (``he``, ``who``), a determiner standing alone (``this``).
- **VG**: modals, auxiliaries, verbs and participles with adverbs between them and ``to`` before a verb
  (``is expected to vote``, ``did n't say``), and a final particle (``pointed out``).

A chunk carries its offsets, its text, its kind, its token range in the sentence and its head token (an
NP's last noun, a VG's last verb): ``text[chunk.start:chunk.end] == chunk.text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

_CLASS = {
    "DT": "D", "PDT": "D", "PRP$": "D", "WP$": "D",
    "JJ": "J", "JJR": "J", "JJS": "J", "CD": "C", "NN": "N", "NNS": "N", "NNP": "P", "NNPS": "P",
    "PRP": "R", "EX": "R", "WP": "R", "POS": "O", "$": "M", "#": "M", "RB": "B", "RBR": "B", "RBS": "B",
    "VBG": "G", "VBN": "E", "VB": "V", "VBD": "V", "VBP": "V", "VBZ": "V", "MD": "K", "TO": "T", "RP": "U",
}
_NOM = r"(?:B*J|C|M|[GE](?=[JCMGE]*[NP]))*[NP]+"
_NP = rf"D{{0,2}}{_NOM}(?:O(?:D?{_NOM})?)*|D?C+|R|D(?![BJCMGENP])"
_VG = r"(?:[KVEG]|T(?=B*V))(?:B*(?:[KVEG]|T(?=B*V)))*U?"
_CHUNK = re.compile(rf"(?P<NP>{_NP})|(?P<VG>{_VG})")
_HEAD = {"NP": re.compile(r"[NPCRD](?=[^NPCRD]*$)"), "VG": re.compile(r"[VEGK](?=[^VEGK]*$)")}


@dataclass(frozen=True, slots=True)
class Chunk:
    """A noun phrase (``NP``) or verb group (``VG``): offsets into the article's text, its text, and the
    sentence tokens ``first`` (inclusive) to ``last`` (exclusive) it covers, with its ``head`` token."""

    start: int
    end: int
    text: str
    kind: str
    first: int
    last: int
    head: int

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "first": self.first, "last": self.last, "head": self.head}


def tag_letters(tags: Sequence[str]) -> str:
    """One letter per tag (``.`` for tags no chunk uses)."""
    get = _CLASS.get
    return "".join([get(t, ".") for t in tags])


def chunk_tags(tags: Sequence[str]) -> list[tuple[str, int, int, int]]:
    """``(kind, first, last, head)`` of each chunk of one sentence's tags (token indices)."""
    letters = tag_letters(tags)
    out = []
    for m in _CHUNK.finditer(letters):
        kind = m.lastgroup
        a, b = m.span()
        h = _HEAD[kind].search(letters, a, b)
        out.append((kind, a, b, h.start() if h else b - 1))
    return out


def chunks(sentences: Sequence, tags: Sequence[Sequence[str]] | None = None) -> list[list[Chunk]]:
    """The chunks of each sentence (newslib ``Sentence`` records), from ``tags`` (one tag sequence per
    sentence, as :func:`newslib.syntax.pos_tags` gives) or, when None, from the shipped tagger."""
    if tags is None:
        from . import pos_tags

        tags = pos_tags(sentences)
    # one string for the batch, sentences apart by a space, so that one scan finds every chunk
    letters = " ".join(tag_letters(t) for t in tags)
    sent_of = np.repeat(np.arange(len(sentences)), [len(t) + 1 for t in tags])
    base = np.cumsum([0] + [len(t) + 1 for t in tags])
    out: list[list[Chunk]] = [[] for _ in sentences]
    for m in _CHUNK.finditer(letters):
        kind = m.lastgroup
        a, b = m.span()
        i = int(sent_of[a])
        s = sentences[i]
        toks = s.tokens
        off = int(base[i])
        h = _HEAD[kind].search(letters, a, b)
        first, last = a - off, b - off
        start, end = toks[first].start, toks[last - 1].end
        out[i].append(Chunk(start, end, s.text[start - s.start:end - s.start], kind, first, last,
                            (h.start() if h else b - 1) - off))
    return out
