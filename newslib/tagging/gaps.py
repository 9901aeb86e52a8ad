"""Information gaps (initial version)."""
from __future__ import annotations

import re

from .records import Gap

_GAP = re.compile(r"\b(?:is|are|was|were)\s+not\s+(?:yet\s+)?(?:clear|specified|mentioned|stated|known)\b", re.I)


def find_gaps(text, sentences):
    return [Gap(m.start(), m.end(), m.group(), s.index) for s in sentences for m in _GAP.finditer(text, s.start, s.end)]
