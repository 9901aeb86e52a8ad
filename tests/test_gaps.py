"""Information gaps: the phrase, what it is about, and which sentences are not gaps."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newslib.tagging.gaps import find_gaps
from newslib.tokenize import tokenize_text


def gaps(text: str):
    return find_gaps(text, tokenize_text(text, one_sentence_per_line=True))


@pytest.mark.parametrize("sentence, gap, about, kind", [
    ("The nature of the peace agreement is not yet clear.", "is not yet clear",
     "The nature of the peace agreement", "unknown"),
    ("The summit, though its location is not specified, went ahead.", "is not specified", "its location",
     "unstated"),
    ("The contents of the call are not mentioned, but the tone was warm.", "are not mentioned",
     "The contents of the call", "unstated"),
    ("The response of the parties is not stated.", "is not stated", "The response of the parties", "unstated"),
    ("The timeline for the talks and the sticking points after the summit are not yet clear.",
     "are not yet clear", "The timeline for the talks and the sticking points after the summit", "unknown"),
    ("It is not clear whether the talks will resume.", "is not clear", "whether the talks will resume", "unknown"),
    ("It's unclear what happened to the convoy.", "'s unclear", "what happened to the convoy", "unknown"),
    ("The cause of the fire remains unknown.", "remains unknown", "The cause of the fire", "unknown"),
    ("A spokesman declined to comment on the deal.", "declined to comment", "the deal", "withheld"),
    ("She did not say how many soldiers were hurt.", "did not say", "how many soldiers were hurt", "withheld"),
    ("Officials said that the cost of the plan is not known.", "is not known", "the cost of the plan", "unknown"),
    ("The ministry couldn't be reached for comment.", "couldn't be reached for comment", None, "unreachable"),
    ("Yet it was unclear whether the senator was ready.", "was unclear", "whether the senator was ready", "unknown"),
    ("It is not clear whether anyone can replicate Mr. Obama's coalition.", "is not clear",
     "whether anyone can replicate Mr. Obama's coalition", "unknown"),
    ("No details were given about the agreement.", "No details were given", "the agreement", "unstated"),
    ("Beijing has not commented on the agreement.", "has not commented", "the agreement", "withheld"),
    ("Police have not yet said how much money was taken.", "have not yet said", "how much money was taken",
     "withheld"),
])
def test_gap_and_about(sentence, gap, about, kind):
    found = gaps(sentence)
    assert [g.text for g in found] == [gap]
    g = found[0]
    assert sentence[g.start:g.end] == g.text
    assert (g.about.text if g.about else None) == about
    if g.about:
        assert sentence[g.about.start:g.about.end] == g.about.text
    assert g.kind == kind


@pytest.mark.parametrize("sentence", [
    "The results of the vote are clear.",
    "He is not known for his patience.",
    "The plan was announced on Monday.",
    "The guarantees are designed to ensure that Russia respects the border.",
    "Details of the agreement were published on Friday.",
    "He doesn't identify with the party's leadership.",
    "But the senator did not respond in kind.",
    "He has not said so in public.",
    "Russia refused to give up the occupied territories.",
    "The ministry declined to provide funding for the project.",
])
def test_not_gaps(sentence):
    assert gaps(sentence) == []


def test_seed_gaps_all_and_only(seed_text):
    sents = tokenize_text(seed_text)
    found = find_gaps(seed_text, sents)
    expected = [m.start() for m in re.finditer(r"not (?:yet )?(?:clear|specified|mentioned|stated)", seed_text)]
    assert len(expected) >= 6
    # every "not yet clear / not specified / not mentioned / not stated" is inside a gap, and no other gaps
    assert len(found) == len(expected)
    for start in expected:
        assert any(g.start <= start < g.end for g in found)
    about = {g.text: g.about.text for g in found if g.about}
    assert about["is not specified"] == "its location"
    assert all(g.about is not None for g in found)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["It", "is", "not", "yet", "clear", "whether", "the", "cost", "declined", "to",
                                 "comment", "on", "remains", "unknown", ",", ".", "though", "its", "isn't",
                                 "it's", "unclear", "  ", "\n"]), max_size=20))
@example(words=["is", "unknown", "whether", "."])  # a full stop after a space: the "about" span ended in the space
def test_gap_offsets_round_trip(words):
    text = " ".join(words)
    for g in find_gaps(text, tokenize_text(text)):
        assert text[g.start:g.end] == g.text
        if g.about is not None:
            assert text[g.about.start:g.about.end] == g.about.text and g.about.text.strip() == g.about.text
