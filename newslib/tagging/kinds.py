"""Claim kinds and certainty (initial version)."""
from __future__ import annotations

from .records import SentenceTags


def classify(text, sentences, attributions, hedges, gaps):
    out = []
    for s in sentences:
        hs = tuple(h for h in hedges if h.sentence == s.index)
        gs = tuple(g for g in gaps if g.sentence == s.index)
        kind = "gap" if gs else "speculation" if any(h.kind == "hedge" for h in hs) else "assertion"
        out.append(SentenceTags(s.index, kind, any(h.kind == "hedge" for h in hs), 0.5 if hs else 1.0, hs, gs))
    return list(attributions), out
