"""Noun-phrase and verb-group chunks over part-of-speech tags, with character offsets.

Each token's Penn tag becomes one letter (``D`` determiner, ``J`` adjective, ``N`` noun, ``P`` proper noun,
``V`` finite or base verb, ``E`` past participle, ``G`` gerund, ``K`` modal, ``T`` to, ...), a batch of
sentences one string (sentences apart by a space), and two regular expressions cut it, left to right:

- **NP**: ``D{0,2}`` then a nominal (adverb-adjectives, numbers, ``$``, participles before a noun, then
  nouns, a number inside them: ``a level 8 warning``), possessives chaining nominals
  (``Russia 's foreign minister``); or numbers alone (``37``), a pronoun (``he``, ``who``), a determiner
  standing alone (``this``).
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
# Possessive quantifiers (``*+``, ``++``, ``{0,2}+``) where giving back a letter can never lead to a match (the
# letter given back is not one the next item accepts): the same chunks, without the engine's vain retries
# (the model's chunk scan of 400 PolNeAR train texts in 0.8x the time)
_NOM = r"(?:B*+J|C|M|[GE](?=[JCMGE]*+[NP]))*+(?:[NP]++C++(?=[NP]))?[NP]+"
_NP = rf"D{{0,2}}+{_NOM}(?:O(?:D?{_NOM})?)*|D?C+|R|D(?![BJCMGENP])"
_VG = r"(?:[KVEG]|T(?=B*+V))(?:B*+(?:[KVEG]|T(?=B*+V)))*U?"
#: the letters a chunk can start with (an NP's D B J C M G E N P R, a VG's K V E G T): the lookahead changes no match
#: and lets the engine pass a "." (a tag no chunk uses, a quarter of the letters), "O", "U" or a space without
#: trying both expressions there (the scan of 200 PolNeAR train texts, 144,225 letters: 0.040 -> 0.034 s)
_CHUNK_FIRST = "BCDEGJKMNPRTV"
_CHUNK = re.compile(rf"(?=[{_CHUNK_FIRST}])(?:(?P<NP>{_NP})|(?P<VG>{_VG}))")
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


def chunks(sentences: Sequence, tags: "Sequence[Sequence[str]] | np.ndarray | None" = None) -> list[list[Chunk]]:
    """The chunks of each sentence (newslib ``Sentence`` records), from ``tags``: one tag sequence per
    sentence (as :func:`newslib.syntax.pos_tags` gives), or the flat tag ids of ``default_tagger().tag_ids``
    (faster), or, when None, from the shipped tagger."""
    lens = [len(s.tokens) for s in sentences]
    if not lens:
        return []
    if tags is None or isinstance(tags, np.ndarray):
        from .tagger import default_tagger

        tagger = default_tagger()
        ids = tagger.tag_ids(sentences) if tags is None else tags
        codes = _letter_codes(tagger.tags)[ids]
    else:
        codes = np.frombuffer("".join(tag_letters(t) for t in tags).encode("ascii"), dtype=np.uint8)
    # one string for the batch, sentences apart by a space, so that one scan finds every chunk
    n = len(codes)
    sent_no = np.repeat(np.arange(len(lens)), lens)
    buf = np.full(n + len(lens), ord(" "), dtype=np.uint8)
    buf[np.arange(n) + sent_no] = codes
    letters = buf.tobytes().decode("ascii")
    base = np.concatenate([[0], np.cumsum(np.asarray(lens) + 1)]).tolist()
    sent_at = np.repeat(np.arange(len(lens)), np.asarray(lens) + 1).tolist()
    out: list[list[Chunk]] = [[] for _ in sentences]
    heads = _HEAD
    for m in _CHUNK.finditer(letters):
        kind = m.lastgroup
        a, b = m.span()
        i = sent_at[a]
        s = sentences[i]
        toks = s.tokens
        off = base[i]
        h = heads[kind].search(letters, a, b)
        first, last = a - off, b - off
        start, end = toks[first].start, toks[last - 1].end
        out[i].append(Chunk(start, end, s.text[start - s.start:end - s.start], kind, first, last,
                            (h.start() if h else b - 1) - off))
    return out


_CODES: dict[tuple[str, ...], np.ndarray] = {}


def _letter_codes(tags: tuple[str, ...]) -> np.ndarray:
    """The letter (as a byte) of each tag id of a tagger."""
    if tags not in _CODES:
        _CODES[tags] = np.frombuffer(tag_letters(tags).encode("ascii"), dtype=np.uint8).copy()
    return _CODES[tags]
