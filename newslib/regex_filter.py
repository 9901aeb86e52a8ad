"""Which text a regular expression cannot match, told by a substring test before the expression runs.

:func:`required_words` reads a compiled expression's structure (the standard library's parser) and gives a
set of lower-case strings one of which every match holds: "(?:is|are) not (?:clear|known)" needs "clear" or
"known". :func:`may_hold` tests them against a text's lower-cased copy. A text holding none of them cannot
match, so the expression need not run: the gap rows that run on every sentence with a "not"
(``lexicons/gaps.tsv``) are tried only where their closing words occur.

The test is exact for case-insensitive expressions too: the strings are made of ASCII letters, digits and
the apostrophe, and under ``re.IGNORECASE`` such a character matches only its own two cases, except the
letters four non-ASCII characters also match (:data:`CASE_TRAPS`: "İ" and "ı" match "i", "ſ" matches "s",
the Kelvin sign matches "k"). A text holding one of those is always tried.
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

#: The characters other than ASCII letters that ``re.IGNORECASE`` matches to an ASCII letter (found by trying
#: every code point against every letter: tests/test_regex_filter.py does it again).
CASE_TRAPS = frozenset("\u0130\u0131\u017f\u212a")

_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'")
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT) + ((_C.POSSESSIVE_REPEAT,) if hasattr(_C, "POSSESSIVE_REPEAT") else ())


def required_words(pattern: "re.Pattern | str") -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` holds as a substring (case aside), or None
    when the structure names none (an alternative made of classes only, an optional part, a back-reference).
    Of the mandatory parts of a sequence, the one whose shortest string is longest is chosen."""
    src, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, 0)
    if not isinstance(src, str):
        return None
    found = _sequence(_P.parse(src, flags))
    return frozenset(found) if found else None


def _sequence(items) -> set[str] | None:
    candidates: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _C.LITERAL and chr(av) in _PLAIN:
            run += chr(av).lower()
            continue
        if op in _ZERO_WIDTH:
            continue  # takes no character: the literals on either side stay next to each other
        if run:
            candidates.append({run})
            run = ""
        found = None
        if op is _C.SUBPATTERN:
            found = _sequence(av[-1])
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            found = _sequence(av)
        elif op is _C.BRANCH:
            each = [_sequence(branch) for branch in av[1]]
            found = None if any(not e for e in each) else set().union(*each)
        elif op in _REPEATS and av[0] >= 1:
            found = _sequence(av[2])
        if found:
            candidates.append(found)
    if run:
        candidates.append({run})
    if not candidates:
        return None
    return max(candidates, key=lambda c: min(map(len, c)))


def may_hold(required: frozenset[str] | None, text: str, lowered: str | None = None) -> bool:
    """Can an expression whose :func:`required_words` are ``required`` match inside ``text``? False only when
    it cannot (``lowered``: ``text.lower()``, if the caller has it)."""
    if not required:
        return True
    if not text.isascii() and not CASE_TRAPS.isdisjoint(text):
        return True
    low = text.lower() if lowered is None else lowered
    return any(w in low for w in required)
