"""The Szeged Uncertainty Corpus (Szarvas et al., Computational Linguistics 38(2), 2012): sentences with their
uncertainty cues, in two parts: FactBank news (``factbank-dev.xml``) and Wikipedia (``wiki.xml``).

The XML holds Document → DocumentPart → Sentence; each cue is an inline ``<ccue type="...">`` element inside
the sentence text. :func:`read_szeged` gives each sentence's text with the markup removed and its cues as
character offsets into that text; a sentence is *uncertain* when it holds at least one cue.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from .. import config
from ..errors import DataError


@dataclass(frozen=True)
class SzegedSentence:
    """One corpus sentence: its id, text (cue markup removed) and gold cues as (start, end, type, text)."""

    doc: str
    id: str
    text: str
    cues: tuple[tuple[int, int, str, str], ...]

    @property
    def uncertain(self) -> bool:
        return bool(self.cues)


def default_path(part: str = "factbank") -> Path:
    """Where a part of the corpus lives: ``factbank`` (news) or ``wiki`` under ``<data_dir>/uncertainty/``."""
    return config.corpus_path("szeged-wiki" if part == "wiki" else "factbank")


def read_szeged(path: "str | Path | None" = None) -> list[SzegedSentence]:
    """Sentences of a Szeged Uncertainty Corpus XML file (default: the FactBank part), in file order."""
    path = Path(path) if path is not None else default_path()
    if not path.exists():
        raise DataError(path, f"no such file (the Szeged corpus is expected in {default_path().parent})")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise DataError(path, f"not well-formed XML: {e}") from None
    out = []
    for doc in root.iter("Document"):
        doc_id = (doc.findtext("DocID") or "").strip()
        for sent in doc.iter("Sentence"):
            text = sent.text or ""
            cues = []
            for child in sent:
                inner = "".join(child.itertext())
                if child.tag == "ccue":
                    cues.append((len(text), len(text) + len(inner), (child.get("type") or "").strip(" _"), inner))
                text += inner + (child.tail or "")
            out.append(SzegedSentence(doc_id, sent.get("id", ""), text, tuple(cues)))
    if not out:
        raise DataError(path, "no <Sentence> elements: is this a Szeged Uncertainty Corpus file?")
    return out
