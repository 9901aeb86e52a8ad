"""newslib.regex_filter: the words one of which every match of an expression holds, and the gap rows that are
skipped where a sentence holds none of them (branch speed11). Made-up sentences only."""
from __future__ import annotations

import re
import string

import pytest

import newslib.tagging.gaps as gaps_module
from newslib.regex_filter import CASE_TRAPS, may_hold, required_words
from newslib.tagging.gaps import find_gaps, gap_patterns, silent_phrases
from newslib.tokenize import tokenize_text


def test_case_traps_are_every_other_character_ignorecase_matches_to_a_plain_one():
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    found = set()
    for ch in string.ascii_letters + string.digits + "'":
        found.update(re.findall(re.escape(ch), every, re.I))
    assert found == set(CASE_TRAPS)


@pytest.mark.parametrize("pattern, words", [
    (r"(?:is|are)\s+not\s+(?:clear|known)", {"clear", "known"}),
    (r"made\s+public", {"public"}),                         # of two mandatory words, the longer
    (r"(?<=\w)['’]s\s+unclear", {"unclear"}),               # a lookbehind's letters are no part of a match
    (r"no\s+one\s+knows|nobody\s+knows", {"knows"}),
    (r"re(?:spond|ply|turn)", {"spond", "ply", "turn"}),   # the parser's common prefix: still one per match
    (r"ab\bcd", {"abcd"}),                                  # a zero-width test keeps the letters together
    (r"(?:not\s+)?clear", {"clear"}),
    (r"(?:foo)+bar", {"foo"}),
    (r"Don't\s+KNOW", {"don't"}),
    (r"(?:clear|\d+)", None),                               # an alternative with no letters
    (r"(?:clear)?", None),                                  # optional
    (r"[a-z]+", None),
    (r"caf\u00e9s", {"caf"}),                              # a non-ASCII letter ends the run
])
def test_required_words(pattern, words):
    got = required_words(re.compile(pattern, re.I))
    assert (set(got) if got is not None else None) == words


def test_may_hold():
    req = frozenset({"clear", "known"})
    assert may_hold(req, "It is not CLEAR yet.")
    assert not may_hold(req, "It is not certain yet.")
    assert may_hold(None, "anything") and may_hold(frozenset(), "anything")
    assert may_hold(req, "It is not \u212anown.")   # the Kelvin sign matches k: always tried
    assert re.search("known", "It is not \u212anown.", re.I)


def _sentences(text):
    return tokenize_text(text, one_sentence_per_line=True)


# Made-up sentences: rows triggered by "not" whose closing words are there or not, typographic apostrophes,
# capitals, and letters that only IGNORECASE reads as ASCII ("ſ" as s, "ı" as i, the Kelvin sign as k).
SENTENCES = [
    "The cause of the fire is not yet clear, officials said.",
    "The cause of the fire is not ſpecified in the filing.",
    "The reason was not \u212anown, the board said.",
    "Whether the mayor will run again ıs not decıded.",
    "IT IS NOT CLEAR WHO SIGNED THE ORDER.",
    "The amount wasn’t disclosed.",
    "She did not immediately respond to a request for comment.",
    "He could not be reached for comment on Monday.",
    "The club did not say how many tickets were sold.",
    "The company has not commented on the report.",
    "It is not a plan anyone would back, she said.",
    "They did not win, and the coach was not happy.",
    "Officials have never confirmed the number.",
    "No one knows where the money went.",
    "The date remains to be seen.",
]


def _reference(monkeypatch, fn, *args):
    """``fn`` with every triggered row tried, as before the filter."""
    with monkeypatch.context() as m:
        m.setattr(gaps_module, "may_hold", lambda *a, **k: True)
        return fn(*args)


@pytest.mark.parametrize("text", SENTENCES)
def test_find_gaps_as_with_every_triggered_row_tried(monkeypatch, text):
    sents = _sentences(text)
    assert find_gaps(text, sents) == _reference(monkeypatch, find_gaps, text, sents)


@pytest.mark.parametrize("text", SENTENCES)
def test_silent_phrases_as_with_every_triggered_row_tried(monkeypatch, text):
    assert silent_phrases(text, 0, len(text)) == _reference(monkeypatch, silent_phrases, text, 0, len(text))


def test_the_letter_traps_are_found():
    (gap,) = find_gaps(SENTENCES[1], _sentences(SENTENCES[1]))
    assert gap.text == "is not ſpecified"
    (gap,) = find_gaps(SENTENCES[2], _sentences(SENTENCES[2]))
    assert gap.text == "was not \u212anown"


def test_the_not_rows_are_skipped_without_their_closing_words(monkeypatch):
    """A sentence with "not" and none of the rows' closing words runs none of those rows' expressions."""
    ran = []
    real = [p.regex for p in gap_patterns()]

    class Spy:
        def __init__(self, k):
            self.k = k

        def finditer(self, *a):
            ran.append(self.k)
            return real[self.k].finditer(*a)

    spied = tuple(gaps_module.GapPattern(Spy(k), p.kind, p.about, p.triggers, p.required)
                  for k, p in enumerate(gap_patterns()))
    monkeypatch.setattr(gaps_module, "gap_patterns", lambda: spied)
    text = "They did not win, and the coach was not happy."
    assert find_gaps(text, _sentences(text)) == []
    assert ran == []
    text = "The cause is not clear."
    assert [g.text for g in find_gaps(text, _sentences(text))] == ["is not clear"]
    assert ran == [0]


# ---- kinds.legal_act: a row searched only where its window holds one of the row's words ----------------------

import newslib.tagging.kinds as kinds_module  # noqa: E402
from newslib.tagging.kinds import legal_act  # noqa: E402

LEGAL = [  # (text, cue) made up
    ("He was charged with fraud on Monday.", "was charged"),
    ("She pleaded not guilty to all counts.", "pleaded"),
    ("The senator accused the agency of lying.", "accused"),
    ("The defendant was ſentenced to five years.", "was ſentenced"),   # ſ read as s: tried all the same
    ("Prosecutors say he ACCUSED his partner.", "ACCUSED"),
    ("The firm denies theft and money laundering.", "denies"),
    ("The mayor said the plan was good.", "said"),
    ("He was charged, the court said.", "said"),
    ("The accusation came late, she said.", "accusation"),
]


def _legal_reference(text, start, end):
    window = kinds_module._CLAUSE_END.split(text[start:end + 40], 1)[0] if end - start < 40 else text[start:end]
    for pattern, act, *_ in kinds_module._legal_patterns():
        m = pattern.search(window)
        if m is not None and m.start() < end - start:
            return act
    return None


@pytest.mark.parametrize("text, cue", LEGAL)
def test_legal_act_as_with_every_row_searched(text, cue):
    start = text.index(cue)
    assert legal_act(text, start, start + len(cue)) == _legal_reference(text, start, start + len(cue))


def test_legal_act_trap_letter():
    text, cue = LEGAL[3]
    start = text.index(cue)
    assert legal_act(text, start, start + len(cue)) == "legal"


def test_legal_rows_not_searched_without_their_words(monkeypatch):
    searched = []

    class Spy:
        def __init__(self, rx):
            self.rx = rx

        def search(self, window):
            searched.append(self.rx.pattern)
            return self.rx.search(window)

    rows = tuple((Spy(rx), act, req) for rx, act, req in kinds_module._legal_patterns())
    monkeypatch.setattr(kinds_module, "_legal_patterns", lambda: rows)
    text = "The mayor said the plan was good."
    assert legal_act(text, 10, 14) is None and searched == []
    text = "He was charged with fraud on Monday."
    assert legal_act(text, 3, 14) == "legal" and len(searched) == 1
