"""Doubt spread over a body (newslib.stance.doubt): phrases, their counts per sentence and near the headline's
claim. Made-up sentences."""
from __future__ import annotations

import pytest

from newslib.lexicons import load
from newslib.stance import doubt as D
from newslib.stance import features as F


def scan(text: str) -> tuple[int, int]:
    return D.scan(F.words(text))


@pytest.mark.parametrize("text,doubt,debunk", [
    ("The claims, which could not be verified, first appeared on a fan forum.", 1, 0),
    ("There were conflicting reports about the cause of the delay.", 1, 0),
    ("The picture appears to be a hoax.", 0, 1),
    ("No evidence has emerged that the shop sold the faulty heaters.", 1, 0),
    ("A spokesman dismissed the story as nonsense.", 0, 2),
    ("Rumours of a takeover, apparently started by a false post, spread online.", 3, 1),
    ("The mayor opened the new library on Monday.", 0, 0),
])
def test_scan_counts_doubt_and_debunk_phrases(text, doubt, debunk):
    assert scan(text) == (doubt, debunk)


def test_a_longer_phrase_is_counted_once():
    # "no evidence has emerged" holds "no evidence"; "appears to be a hoax" holds "a hoax" and "hoax"
    assert scan("no evidence has emerged") == (1, 0)
    assert scan("it appears to be a hoax") == (0, 1)


def test_features_rates_and_near():
    sents = [scan(t) for t in ("The Corbin bakery closed its doors on Friday.",
                               "Claims that the bakery was sold could not be verified.",
                               "A spokesman for the owners said the story was untrue.")]
    rate_doubt, rate_debunk, near = D.features(F.words("Corbin bakery sold to a chain"), sents,
                                                         [0.5, 0.4, 0.1])
    assert rate_doubt == pytest.approx(1 / 3)
    assert rate_debunk == pytest.approx(1 / 3)
    assert near == 0.4  # the third sentence covers too little of the headline
    assert D.features(F.words("Corbin bakery sold"), sents, [0.5, 0.4, 0.6])[2] == 0.6


def test_a_headline_that_itself_doubts_gets_no_near_doubt():
    sents = [scan("A spokesman said the photo of the flooded stadium was fake.")]
    assert D.features(F.words("Photo of flooded stadium is fake"), sents, [0.8])[2] == 0.0
    assert D.features(F.words("Stadium flooded after storm"), sents, [0.8])[2] == 0.8


def test_lexicon_kinds_and_no_duplicates():
    rows = load("stance_doubt")
    assert {r["kind"] for r in rows} == set(D.KINDS)
    assert len({r["phrase"] for r in rows}) == len(rows)
