"""GUM's entity annotation, read as documents with character spans (for :mod:`newslib.evaluation.actor_types`
and :mod:`newslib.training.actors`).

The CC-BY part of GUM (``<data_dir>/ud/en_gum-cc-by-{train,dev}.conllu``, :mod:`newslib.datasets.ud`) marks
every entity mention in the MISC column of its words: ``Entity=(4-organization-new-...-Aberdeen_Grammar_School``
opens mention 4 on a word, ``4)`` closes it, ``(9-person-...)`` opens and closes it on one word. The fields
after the id are etype, information status, salience, centering, minimal span, link and (for entities with a
Wikipedia identity) the identity. A document's text here is its sentences' surface texts, one a line, so
that newslib's tokenizer sees each sentence as the treebank does; entity spans are character offsets into it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .ud import UDSentence, read_conllu, split_path

_EVENT = re.compile(r"\((\d+)-([^()]*)(\))?|(\d+)\)")


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """One entity mention: ``text[start:end]``, its GUM etype (person, organization, place, ...), whether it is
    named (its head word is a proper noun), plural (its head word is plural) and its Wikipedia identity."""

    start: int
    end: int
    etype: str
    named: bool
    plural: bool
    head_upos: str
    identity: str
    numeric: bool  # a number word or a quantifier modifies its head ("five economists", "most analysts")


@dataclass(frozen=True, slots=True)
class GoldDocument:
    doc_id: str
    text: str
    entities: tuple[GoldEntity, ...]


_QUANTIFIERS = frozenset({"most", "many", "some", "few", "several", "all", "both", "each", "every", "half",
                          "dozens", "hundreds", "thousands", "millions", "majority", "minority"})


def _sentence_entities(s: UDSentence, offset: int) -> list[GoldEntity]:
    _, spans = s.surface()
    words = s.words
    open_: dict[str, tuple[int, list[str]]] = {}
    found: list[tuple[int, int, list[str]]] = []
    for k, w in enumerate(words):
        ent = w.misc.get("Entity")
        if not ent:
            continue
        for m in _EVENT.finditer(ent):
            if m.group(1):
                eid, fields = m.group(1), m.group(2).split("-", 6)
                if m.group(3):
                    found.append((k, k, fields))
                else:
                    open_[eid] = (k, fields)
            else:
                eid = m.group(4)
                if eid in open_:
                    first, fields = open_.pop(eid)
                    found.append((first, k, fields))
    out = []
    for first, last, fields in found:
        ids = {words[j].id for j in range(first, last + 1)}
        heads = [j for j in range(first, last + 1) if words[j].head not in ids]
        h = words[heads[0]] if heads else words[last]
        inside = words[first:last + 1]
        numeric = any(x.upos == "NUM" or x.lemma.lower() in _QUANTIFIERS for x in inside if x is not h) or \
            h.lemma.lower() in _QUANTIFIERS or h.upos == "NUM"
        out.append(GoldEntity(offset + spans[first][0], offset + spans[last][1], fields[0],
                              h.upos == "PROPN", h.xpos in ("NNS", "NNPS"),
                              h.upos, fields[6] if len(fields) > 6 else "", numeric))
    return out


def gold_type(e: GoldEntity) -> str | None:
    """The class a gold mention counts in for newslib's actor types: ``person``, ``organization`` or ``place``
    when a proper noun heads it (a name), ``group`` for a person mention headed by a plural common noun
    ("European leaders", "37 of the 42 economists"), None for the rest."""
    if e.etype in ("person", "organization", "place") and e.named:
        return e.etype
    if e.etype == "person" and e.plural and e.head_upos == "NOUN":
        return "group"
    return None


def read_documents(split: str = "dev", data: str | Path | None = None) -> list[GoldDocument]:
    """GUM's CC-BY documents of ``split`` (train or dev) with their entity mentions."""
    docs: list[GoldDocument] = []
    doc_id, parts, ents, pos = None, [], [], 0

    def flush():
        if doc_id is not None:
            docs.append(GoldDocument(doc_id, "\n".join(parts), tuple(ents)))

    for s in read_conllu(split_path("gum", split, data)):
        if s.doc_id is not None:
            flush()
            doc_id, parts, ents, pos = s.doc_id, [], [], 0
        text, _ = s.surface()
        ents.extend(_sentence_entities(s, pos))
        parts.append(text)
        pos += len(text) + 1
    flush()
    return docs
