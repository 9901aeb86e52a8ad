"""Headline–body consistency (initial version: word overlap)."""
from __future__ import annotations

import re

from ..tagging.records import Headline

_W = re.compile(r"[a-z]{4,}")


def check_headline(article, sentences):
    title = set(_W.findall(article.title.text.lower()))
    best, score = None, 0.0
    for s in sentences:
        if s.title:
            continue
        words = set(_W.findall(s.text.lower()))
        j = len(title & words) / max(1, len(title))
        if j > score:
            best, score = s, j
    related = score >= 0.25
    return Headline(related, "discuss" if related else "unrelated", score, (best.span,) if best else ())
