"""Hedges and boosters: which words count, in which contexts, with which offsets."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslib.lexicons import load
from newslib.tagging.hedges import cue_index, find_hedges
from newslib.tokenize import tokenize_text


def hedges(text: str):
    return find_hedges(text, tokenize_text(text, one_sentence_per_line=True))


def found(text: str, kind: str = "hedge") -> list[str]:
    return [h.text for h in hedges(text) if h.kind == kind]


@pytest.mark.parametrize("sentence, expected", [
    ("The U.S. support may include air support and intelligence sharing.", ["may"]),
    ("The talks might resume next week.", ["might"]),
    ("That would require a vote in parliament.", ["would"]),
    ("The ceasefire could collapse within days.", ["could"]),
    ("The minister reportedly left the meeting early.", ["reportedly"]),
    ("A deal is likely before the end of the year.", ["likely"]),
    ("It is possible that the vote will be delayed.", ["possible"]),
    ("Analysts believe the currency will recover.", ["believe"]),
    ("The company expects profits to fall.", ["expects"]),
    ("The bank is expected to raise rates.", ["expected"]),
    ("The president's actions suggest a renewed commitment to peace.", ["suggest"]),
    ("The strike appears to have hit a fuel depot.", ["appears"]),
    ("If the talks fail, sanctions will follow.", ["If"]),
    ("Troops will stay until the inspectors return.", ["until"]),
    ("Sanctions remain until the government complies.", ["until"]),
    ("The plant was thought to be safe.", ["thought"]),
    ("The bridge, generally considered the oldest in the city, was closed.", ["considered"]),
    ("He is widely considered a moderate.", ["considered"]),
    ("Many voters might consider it a good deal.", ["might", "consider"]),
    ("Investigators suspect sabotage.", ["suspect"]),
    ("Many analysts see the deal as a turning point.", ["see"]),
    ("Some consider the treaty a dead letter.", ["consider"]),
    ("The suspect was allegedly paid in cash.", ["allegedly"]),
    ("It remains unclear whether the plan will survive.", ["remains unclear", "whether"]),
    ("Police will almost certainly reopen the case.", ["almost certainly"]),
    ("Nobody knows whether he wouldn't rather stay.", ["whether", "would"]),
])
def test_hedges_found(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The summit is set for May 5 in Geneva.",                       # May the month
    "Talks resumed in May after a pause.",
    "Officials said the troops would leave on Monday.",              # reported future-in-the-past
    "The troops would leave by Monday, the minister said.",          # ... with the reporting clause after it
    "The spokesman would not comment on the report.",                # refusal
    "Even if the talks fail, the ceasefire holds.",                  # concessive "even if"
    "He could not be reached on Sunday.",                            # past inability
    "As expected, the bill passed the Senate.",
    "An estimated 5,000 people marched through the capital.",
    "The actor appeared in court on Tuesday.",
    "The board considered the offer for two hours.",
    "The shop stays closed until March.",
    "He avoided criticism of the front-runner until recent days.",
    "The committee will consider it.",
    "Police arrested six suspects after the raid.",
    "The executives did not disclose the size of the expected gain.",
    "The company said the sale was expected.",
    "The minister is considering new sanctions.",
    "Voters will see prices such as fuel rise.",
    "He considered running for governor.",                                 # deliberation, not belief
    "The petition must be considered for debate in parliament.",
    "The family farmed the land until they sold it in 1968.",        # narrative past, no condition
    "A number is even if and only if it is divisible by two.",       # a definition
    "The meeting between the two leaders occurred on Friday in Alaska.",
    "The shares rose as quickly as possible after the announcement.",
])
def test_not_hedges(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("It is evident that the talks are a critical component of the effort.", ["It is evident"]),
    ("The evidence clearly points to the army.", ["clearly"]),
    ("Of course the guarantees matter.", ["Of course"]),
    ("The report does not clearly say who fired first.", []),          # negated booster
])
def test_boosters(sentence, expected):
    assert found(sentence, "booster") == expected


def test_types_and_sentence_index():
    text = "The sky is blue.\nThe talks may fail if Russia objects."
    hs = find_hedges(text, tokenize_text(text, one_sentence_per_line=True))
    assert [(h.text, h.sentence, h.type) for h in hs] == [("may", 1, "modal"), ("if", 1, "conditional")]


def test_seed_article(seed_text):
    sents = tokenize_text(seed_text, title=None)
    hs = find_hedges(seed_text, sents)
    texts = {h.text for h in hs if h.kind == "hedge"}
    assert {"may", "suggest"} <= texts
    assert any(h.kind == "booster" and h.text.lower() == "it is evident" for h in hs)
    fact = next(s for s in sents if "occurred on Friday in Alaska" in s.text)
    assert not [h for h in hs if h.sentence == fact.index]
    for h in hs:
        assert seed_text[h.start:h.end] == h.text


def test_lexicons_are_well_formed():
    for name in ("hedges", "boosters"):
        for row in load(name):
            assert 0.0 < float(row["strength"]) <= 1.0, row
            assert row["type"] in {"modal", "verb", "adverb", "adjective", "noun", "conditional", "phrase"}, row
    assert ("may",) in cue_index()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["may", "May", "would", "if", "clearly", "it is evident that", "not", "said",
                                 "until", "the", "5", ",", ".", "wouldn't", "\u2019s", "  ", "\n", "expected"]),
                max_size=25))
def test_offsets_round_trip(words):
    text = " ".join(words)
    for h in find_hedges(text, tokenize_text(text)):
        assert text[h.start:h.end] == h.text
        assert h.kind in ("hedge", "booster")
