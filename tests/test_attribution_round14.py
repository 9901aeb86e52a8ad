"""Attribution passes for the errors of the fourteenth contact (house_articles 124-131, round 14, branch attr16,
2026-12-04), one table each, on made-up sentences that are not the articles' own. Each fails without its pass."""
from __future__ import annotations

import pytest

from attribution_cases import triples as cases_triples

TITLE = "Regional desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _final_frame_content_after_preposition: "..., and the dam could overflow with little warning, X said ..." --
@pytest.mark.parametrize("body,source,content", [
    ("Water levels are still rising in the valley, and the dam could overflow with very little warning, the agency "
     "said in a bulletin on Monday.", "the agency",
     "Water levels are still rising in the valley, and the dam could overflow with very little warning"),
    ("Ice is building up on the lake, and the ferry could stop with little warning, the operator said in a "
     "statement.", "the operator",
     "Ice is building up on the lake, and the ferry could stop with little warning"),
])
def test_a_final_frame_reports_the_whole_clause_not_a_prepositions_object(body, source, content):
    atts = triples(body)
    assert [(a[0], a[2]) for a in atts] == [(source, content)], atts


def test_a_final_frame_content_that_opens_its_sentence_is_left_alone():
    atts = triples("The bridge will reopen in March, the council said on Monday.")
    assert atts == [("the council", "said", "The bridge will reopen in March")], atts


# ---- _content_waits_for_verb: "said she no longer expected to move back" ---------------------------------------
@pytest.mark.parametrize("body,source,content", [
    ("A Castlebay fisherman who has worked out of Oban since the pier was closed, Angus Rae, said he no longer "
     "expected to move back.", "Angus Rae", "he no longer expected to move back"),
    ("A shopkeeper who has traded in Leith since the market was moved, Moira Dunn, said she no longer expected to "
     "reopen.", "Moira Dunn", "she no longer expected to reopen"),
])
def test_a_content_stopping_on_no_longer_keeps_the_verb_after_it(body, source, content):
    atts = triples(body)
    assert atts == [(source, "said", content)], atts


# ---- _tell_before_its_listener: "Residents of X, where ..., told the Courier they ..." ----------------------------
@pytest.mark.parametrize("body,source,content", [
    ("Residents of the old town, where many streets flood every spring, told the Courier they had little faith in "
     "the plan.", "Residents of the old town, where many streets flood every spring,",
     "they had little faith in the plan"),
    ("Fishermen in the bay, where catches have halved since 2020, told the Herald they would block the port.",
     "Fishermen in the bay, where catches have halved since 2020,", "they would block the port"),
])
def test_tell_after_a_comma_has_its_speaker_before_it_and_its_listener_after(body, source, content):
    atts = triples(body)
    assert atts == [(source, "told", content)], atts


# ---- _final_frame_before_its_setting with a decision in its clause: "X has decided to ..., Y announced at ..." -----
@pytest.mark.parametrize("body,source,content", [
    ("The county has decided to close the bridge to lorries, police chief Anna Berg announced at a briefing in "
     "Tromso.", "police chief Anna Berg", "The county has decided to close the bridge to lorries"),
    ("The club has decided to sell the stadium, its chairman announced at a meeting with supporters on Friday.",
     "its chairman", "The club has decided to sell the stadium"),
])
def test_a_final_frame_reports_the_decision_before_it_not_its_setting(body, source, content):
    atts = triples(body)
    assert (source, "announced", content) in atts, atts


# ---- _frame_before_move_aside: "..., the city announced on Tuesday, in a move it said would help tourists." -------
@pytest.mark.parametrize("body,expected", [
    ("Taxi drivers must carry a card reader in every cab from March 1, the city announced on Tuesday, in a move it "
     "said would help tourists.",
     [("the city", "announced", "Taxi drivers must carry a card reader in every cab from March 1"),
      ("it", "said", "would help tourists")]),
    ("Farmers must register every tractor with the ministry from June, the government announced yesterday, in a "
     "move it said would curb theft.",
     [("the government", "announced", "Farmers must register every tractor with the ministry from June"),
      ("it", "said", "would curb theft")]),
    ("All ferries will carry a paramedic from May, the operator said, in a move that unions welcomed.",
     [("the operator", "said", "All ferries will carry a paramedic from May")]),
])
def test_a_frame_before_an_aside_naming_the_move_reports_the_clause_before_it(body, expected):
    assert triples(body) == expected


# ---- _speech_nested_in_content with "both" before the listener: "she had warned both unions in March that ..." ---
@pytest.mark.parametrize("body,nested", [
    ("The mayor said she had warned both unions in March that the depot would close.",
     ("she", "warned", "the depot would close")),
    ("The team principal said she had told both drivers before the race that they were free to race each other.",
     ("she", "told", "they were free to race each other")),
])
def test_speech_nested_in_a_content_after_both_and_its_listener(body, nested):
    assert nested in triples(body)


# ---- _walked_back_to_a_place: '"...," said the coach, who walked back to the tunnel to a standing ovation.' -------
@pytest.mark.parametrize("body,source,parts", [
    ('"It hurts, of course," said the Spaniard, who walked back to the garage to a standing ovation. "But that is '
     'racing."', "the Spaniard", '"It hurts, of course," … "But that is racing."'),
    ('"I am proud of them," said the coach, who walked back to the tunnel to a standing ovation. "They deserved '
     'more."', "the coach", '"I am proud of them," … "They deserved more."'),
])
def test_walking_back_to_a_place_is_no_cue_and_the_split_quote_stays_whole(body, source, parts):
    assert triples(body) == [(source, "said", parts)]


# ---- _drop_in_notes_box: a sports wire's "INJURIES" / "UP NEXT" box --------------------------------------------
NOTES_BOX = ("The Hawks won 31-17 on Sunday.\n\nINJURIES\n\nHawks: WR Tom Reyes (hamstring) left in the second quarter "
             "and did not return. Rams: CB Eli Stone (ankle) was inactive.\n\nUP NEXT\n\nHawks: Host Dallas next "
             "Sunday.\n\nRams: At Chicago on Dec. 21.")


def test_the_lines_of_a_notes_box_are_no_attributions():
    assert triples(NOTES_BOX) == []


def test_a_quoted_turn_under_a_heading_in_capitals_stays():
    atts = triples('The hearing resumed after lunch.\n\nTRANSCRIPT\n\nSmith: "We will not give up the field."')
    assert atts == [("Smith", ":", '"We will not give up the field."')], atts
