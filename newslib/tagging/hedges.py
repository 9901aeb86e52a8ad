"""Hedges and boosters (initial version: a small word list; to be replaced by the lexicon-driven tagger)."""
from __future__ import annotations

import re

from .records import Hedge

_HEDGE = re.compile(r"\b(may|might|could|would|suggests?|appears?|reportedly|likely|if|believes?)\b", re.I)
_BOOST = re.compile(r"\b(evident|clearly|certainly)\b", re.I)


def find_hedges(text, sentences):
    out = []
    for s in sentences:
        for rx, kind in ((_HEDGE, "hedge"), (_BOOST, "booster")):
            for m in rx.finditer(text, s.start, s.end):
                out.append(Hedge(m.start(), m.end(), m.group(), s.index, kind, "word"))
    return sorted(out, key=lambda h: h.start)
