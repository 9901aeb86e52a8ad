"""Agreement against discussion (newslib.stance.agreement): the claim stated in the reporter's own voice in the
body's first sentences, stated with an unhedged attribution, or wrapped in a hedge. Made-up sentences."""
from __future__ import annotations

import pytest

from newslib.stance import agreement as A
from newslib.stance import features as F

VOCAB = F.Vocab(idf={}, cap={}, default_idf=1.0)


def agreement(headline: str, sentences: list[str]) -> dict[str, float]:
    head = F.unit(headline)
    b = F.body(sentences, VOCAB)
    return dict(zip(A.FEATURE_NAMES, A.features(b.sents, F.cover(head, b, VOCAB))))


HEAD = "Ferry operator Bluewake cancels winter crossings"


@pytest.mark.parametrize("first,voice,stated,hedged", [
    # the reporter states the claim: every value from the one sentence
    ("Bluewake has cancelled its winter crossings to the islands.", True, True, False),
    # an official said it, unhedged: stated, not in the reporter's voice
    ("Bluewake has cancelled its winter crossings, a spokesman said.", False, True, False),
    # reported or hedged: only discussed
    ("Bluewake has reportedly cancelled its winter crossings.", False, False, True),
    ("Bluewake may cancel its winter crossings, islanders fear.", False, False, True),
    # a question states nothing
    ("Has Bluewake cancelled its winter crossings?", False, False, False),
])
def test_the_voice_of_the_first_sentence(first, voice, stated, hedged):
    x = agreement(HEAD, [first, "Islanders will rely on a cargo boat until March."])
    assert (x["voice_lead"] > 0.5, x["stated_lead"] > 0.5, x["hedged_lead"] > 0.5) == (voice, stated, hedged)


def test_only_the_lead_counts():
    # the same unhedged claim in the third sentence is not the body's lead
    x = agreement(HEAD, ["Islanders are worried.", "A meeting is planned for Friday.",
                         "Bluewake has cancelled its winter crossings to the islands."])
    assert x == {"voice_lead": 0.0, "stated_lead": 0.0, "hedged_lead": 0.0}


def test_values_are_the_headline_cover_of_the_sentence():
    sents = ["Bluewake has cancelled its crossings.", "Islanders are angry."]
    head = F.unit(HEAD)
    b = F.body(sents, VOCAB)
    cover = F.cover(head, b, VOCAB)
    assert A.features(b.sents, cover) == [cover[0], cover[0], 0.0]
    assert 0.0 < cover[0] < 1.0
