"""Attributions (initial version: cue verbs with the capitalized words before them)."""
from __future__ import annotations

import re

from ..spans import Span
from .records import Attribution, Content, Source

_CUE = re.compile(r"\b(said|says|told|insists|argue|argues|according to)\b")


def find_attributions(text, sentences):
    out = []
    for s in sentences:
        for m in _CUE.finditer(text, s.start, s.end):
            cue = Span(m.start(), m.end(), m.group())
            before = [t for t in s.tokens if t.end <= m.start()]
            src = None
            if before and before[-1].text[:1].isupper():
                t = before[-1]
                src = Source(t.start, t.end, t.text, "person")
            cs, ce = m.end() + 1, s.end
            content = Content(cs, ce, text[cs:ce]) if ce > cs else None
            out.append(Attribution(s.index, cue, src, content))
    return out
