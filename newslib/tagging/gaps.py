"""Information gaps: where the text says that something is not known, not given or not available.

The phrases are data (``lexicons/gaps.tsv``): each row is a regular expression, the *kind* of gap (unknown,
unstated, withheld, unreachable) and where to look for what the gap is *about*:

- ``before``: the subject of the clause the phrase closes. We walk back from the phrase to the nearest clause
  boundary (a comma, semicolon, colon, dash or parenthesis; a subordinator such as "though" or "but"; or a
  reporting verb, after which a leading "that" is dropped): "The nature of the peace agreement ... is not yet
  clear" → "The nature of the peace agreement ..."; "though its location is not specified" → "its location".
  An empty subject or one ending in a placeholder ("(Yet) it is not clear whether ...") falls back to ``after``.
- ``after``: the wh-clause or object that follows, up to the next comma or the sentence end: "declined to
  comment on the deal" → "the deal"; "did not say how many were hurt" → "how many were hurt".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import DataError
from ..lexicons import load
from ..regex_filter import may_hold, required_words
from ..spans import Span, strip_span
from .records import Gap

_MACROS = {
    "{BE}": r"(?:(?<=\w)['’]s|\b(?:is|are|was|were|be|been|has\s+been|have\s+been|had\s+been|remains|remain|remained))",
    "{NOT}": r"(?:\s+not|n['’]t|\s+never)",
    "{ADV}": r"(?:\s+(?:yet|immediately|entirely|fully|currently|publicly|officially|exactly|really|still|quite))*",
}
# subordinators that open a clause; prepositions that double as conjunctions (after, since, as) are left out
# because "the sticking points after the summit are not yet clear" must keep its whole subject
_BOUNDARY_WORDS = frozenset("though although while whereas because but if whether however unless".split())
_REPORT = frozenset("""said says say saying told added adds noted notes stated states announced reported
    believes believe believed thinks think acknowledged admitted conceded explained""".split())
_EXPLETIVE = frozenset({"it", "this", "that", "there", "which", "who", "what"})
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
_AFTER_START = re.compile(r"(?:on|about|regarding|to)?\s*(?:(?:just|exactly|precisely|yet|immediately|publicly)\s+)?"
                          r"((?:whether|if|how|what|why|when|where|who|whom|which|that|the|a|an|his|her|its|their)\b)",
                          re.I)


@dataclass(frozen=True, slots=True)
class GapPattern:
    regex: re.Pattern
    kind: str
    about: str
    triggers: frozenset = frozenset()
    #: strings one of which every match holds (:func:`newslib.regex_filter.required_words`; None: no such set)
    required: frozenset | None = None


@lru_cache(maxsize=None)
def gap_patterns() -> tuple[GapPattern, ...]:
    out = []
    for row in load("gaps"):
        src = row["pattern"].replace(" ", r"\s+")
        for k, v in _MACROS.items():
            src = src.replace(k, v)
        try:
            rx = re.compile(src, re.I)
        except re.error as e:
            raise DataError("gaps.tsv", f"bad pattern {row['pattern']!r}: {e}") from None
        if row["kind"] not in ("unknown", "unstated", "withheld", "unreachable"):
            raise DataError("gaps.tsv", f"unknown gap kind {row['kind']!r}")
        out.append(GapPattern(rx, row["kind"], row["about"] or "none", frozenset(row.get("triggers", "").split()),
                              required_words(rx)))
    return tuple(out)


def _about_before(text: str, sent_start: int, start: int) -> Span | None:
    words = [(m.start() + sent_start, m.end() + sent_start, m.group())
             for m in _WORD.finditer(text[sent_start:start])]
    k = len(words)
    while k > 0:
        w = words[k - 1][2]
        lw = w.lower()
        if w in {",", ";", ":", "(", ")", "—", "–", "-", '"', "“", "”"} or lw in _BOUNDARY_WORDS or lw in _REPORT:
            break
        k -= 1
    subj = words[k:]
    while subj and subj[0][2].lower() in {"that", "and", "or"}:
        subj = subj[1:]
    if not subj or subj[-1][2].lower() in _EXPLETIVE:
        return None  # "(Yet) it is unclear whether ...": the subject is a placeholder, look after the phrase
    s, e = strip_span(text, subj[0][0], subj[-1][1])
    return Span.of(text, s, e) if e > s else None


def _about_after(text: str, end: int, sent_end: int) -> Span | None:
    m = _AFTER_START.match(text, end, sent_end) if end < sent_end else None
    if m is None:
        m2 = re.match(r"\s+", text[end:sent_end])
        if not m2:
            return None
        m = _AFTER_START.match(text, end + m2.end(), sent_end)
        if m is None:
            return None
    s = m.start(1)
    # a full stop inside a sentence belongs to an abbreviation ("Mr."), so only the final one ends the clause
    stop = re.search(r"[,;:!?\"“”()]", text[s:sent_end])
    e = s + stop.start() if stop else sent_end
    s, e = strip_span(text, s, e)
    while e > s and text[e - 1] in ".'’":
        e -= 1
    s, e = strip_span(text, s, e)  # "whether ." loses its space with its full stop
    return Span.of(text, s, e) if e > s else None


@lru_cache(maxsize=None)
def _trigger_index() -> tuple[dict[str, tuple[int, ...]], frozenset[str], tuple[int, ...]]:
    """The rows of :func:`gap_patterns` by trigger word (positions in the tuple), every trigger word, and the
    rows with no triggers (tried in every sentence)."""
    patterns = gap_patterns()
    index: dict[str, list[int]] = {}
    for k, pat in enumerate(patterns):
        for w in pat.triggers:
            index.setdefault(w, []).append(k)
    always = tuple(k for k, pat in enumerate(patterns) if not pat.triggers)
    return {w: tuple(ks) for w, ks in index.items()}, frozenset(index), always


def find_gaps(text: str, sentences) -> list[Gap]:
    """Information gaps in ``text``, with offsets, sentence index and (where found) what they are about."""
    out: list[Gap] = []
    patterns = gap_patterns()
    index, triggers, always = _trigger_index()
    for s in sentences:
        # the rows to try: those whose trigger words the sentence holds (most hold none), in the file's order
        found = triggers.intersection(s.lower_words)
        if not found and not always:
            continue
        rows = set(always)
        for w in found:
            rows.update(index[w])
        taken: list[tuple[int, int]] = []
        lowered = None  # the sentence lower-cased, made for the first row with required words
        for k in sorted(rows):
            pat = patterns[k]
            if pat.required is not None:
                # a "not" triggers four rows in a sentence of ten: most hold none of the row's closing words
                if lowered is None:
                    lowered = s.text.lower()
                if not may_hold(pat.required, s.text, lowered):
                    continue
            for m in pat.regex.finditer(text, s.start, s.end):
                if any(m.start() < e and b < m.end() for b, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                about = None
                if pat.about == "before":
                    about = _about_before(text, s.start, m.start()) or _about_after(text, m.end(), s.end)
                elif pat.about == "after":
                    about = _about_after(text, m.end(), s.end)
                out.append(Gap(Span(m.start(), m.end(), m.group()), s.index, about, pat.kind))
    return sorted(out, key=lambda g: g.start)


#: gap kinds that say a source would not or could not speak (not that the facts are unknown)
SILENT_KINDS = frozenset({"withheld", "unreachable"})


def silent_phrases(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the phrases in ``text[start:end]`` by which a source would not or could not speak
    ("declined to say", "did not immediately respond", "could not be reached", "has not commented"): the
    rows of ``gaps.tsv`` of kinds ``withheld`` and ``unreachable``."""
    plain = text[start:end]
    window = plain.lower()
    # the rows' trigger words first, as in find_gaps (as substrings: every trigger token is one), then the
    # words one of which each match holds
    return [(m.start(), m.end()) for pat in _silent_patterns()
            if (not pat.triggers or any(t in window for t in pat.triggers)) and may_hold(pat.required, plain, window)
            for m in pat.regex.finditer(text, start, end)]


@lru_cache(maxsize=None)
def _silent_patterns() -> tuple[GapPattern, ...]:
    """The rows of :func:`gap_patterns` of the kinds in ``SILENT_KINDS``, in the file's order."""
    return tuple(pat for pat in gap_patterns() if pat.kind in SILENT_KINDS)
