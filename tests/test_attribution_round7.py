"""Attribution passes for the errors of the ninth contact (house_articles 80-89) and the known errors left after
77-79 (round 7, branch attr8, 2026-12-03), one table each, on made-up sentences that are not the articles' own.
Each fails without its pass."""
from __future__ import annotations

import pytest

from attribution_cases import tag, triples as cases_triples

TITLE = "Metro desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _speech_after_modal_content: "said it would fight ... and called the plan "..."" -------------------------
@pytest.mark.parametrize("sentence,first,second", [
    ('The works council said it would fight every compulsory redundancy and called the plan "a slap in the face."',
     ("The works council", "said", "it would fight every compulsory redundancy"),
     ("The works council", "called", 'the plan "a slap in the face."')),
    ('The tenants\' group said it would take the landlord to court and called the rent rise "pure greed."',
     ("The tenants' group", "said", "it would take the landlord to court"),
     ("The tenants' group", "called", 'the rent rise "pure greed."')),
])
def test_a_past_speech_verb_after_a_modal_content_is_its_own_attribution(sentence, first, second):
    atts = triples("The vote was close. " + sentence)
    assert first in atts and second in atts, atts


def test_a_verb_of_the_contents_own_subject_stays_in_it():
    # past after past: "Merrill said Machado promised ... and said ..." is the other passes' reading
    atts = triples("The vote was close. Merrill said Machado promised the board a full audit and said the accounts "
                   "were in order.")
    assert not [a for a in atts if a[1] == "said" and a[0] == "Merrill" and a[2].startswith("the accounts")], atts


# ---- _participle_source_not_the_object (source6; attr8 wrote the same pass): "shot dead Y in Fenwick, Nebraska, arguing"
@pytest.mark.parametrize("sentence,source,cue", [
    ("Officer Dana Whitcombe shot dead Marcus Leland in Fenwick, Nebraska, arguing that he had reached for a gun.",
     "Officer Dana Whitcombe", "arguing"),
    ("The farmers blocked the road to Harwell in Dunmore County, Idaho, saying the new tolls would ruin them.",
     "The farmers", "saying"),
])
def test_a_participle_after_a_place_has_the_subject_for_source(sentence, source, cue):
    atts = triples("The case drew crowds. " + sentence)
    assert [a for a in atts if a[1] == cue and a[0] == source], atts


def test_a_participle_after_a_quotation_keeps_its_speaker():
    atts = triples('"We understand the anger. Our crews are working through the night," Ndlovu said, adding that '
                   "nine tankers had been sent.")
    assert [a for a in atts if a[1] == "adding" and a[0] == "Ndlovu"], atts


# ---- _source_before_time_word: "X, a developer of ..., today announced" ------------------------------------------
@pytest.mark.parametrize("sentence,source", [
    ("Corvane Mills, a maker of paper towels, today announced that it would close its plant in Dayton.",
     "Corvane Mills"),
    ("Brightwell Foods, the largest dairy in the valley, yesterday said that milk prices would rise.",
     "Brightwell Foods"),
])
def test_a_lone_time_word_is_no_source(sentence, source):
    atts = triples("Markets were calm. " + sentence)
    assert [a for a in atts if a[0] == source], atts
    assert not [a for a in atts if a[0] in ("today", "yesterday")], atts


# ---- _told_frame_inside_content / _told_listener_after_clause: "..., alderman X told the NOS on Wednesday." -----
@pytest.mark.parametrize("sentence,source,content", [
    ("The municipality of Utrecht wants to ban wood-burning stoves in all newly built homes from 2028, alderman "
     "Lotte van Rijswijk told the NOS on Wednesday.", "alderman Lotte van Rijswijk",
     "The municipality of Utrecht wants to ban wood-burning stoves in all newly built homes from 2028"),
    ("The town wants to ban cars from the centre, councillor Rita Moss told the local paper on Friday.",
     "councillor Rita Moss", "The town wants to ban cars from the centre"),
])
def test_a_final_told_frame_reports_the_clause_before_it(sentence, source, content):
    atts = triples("Air quality is poor. " + sentence)
    assert (source, "told", content) in atts, atts


# ---- _according_to_source_without_content: "..., according to a council letter seen by the broadcaster." -------
def test_a_final_according_to_after_a_non_speech_cue_takes_the_clause():
    atts = triples("Air quality is poor. The city also wants to give residents a subsidy of up to 500 euros to "
                   "replace an old stove, according to a council letter seen by the broadcaster.")
    assert ("a council letter seen by the broadcaster", "according to",
            "The city also wants to give residents a subsidy of up to 500 euros to replace an old stove") in atts, atts
    assert not [a for a in atts if a[1] == "seen"], atts


# ---- kinds: "offered his thoughts on the plan" is no proposal ---------------------------------------------------
@pytest.mark.parametrize("sentence,kind", [
    ("The senator offered his thoughts on the plan at a town hall on Monday.", "statement"),
    ("The mayor offered her condolences to the families of the victims.", "statement"),
    ("The minister offered a compromise on the tariff.", "proposal"),
])
def test_offered_views_are_no_proposal(sentence, kind):
    from newslib.tagging.tagger import tag as tag_article

    d = tag_article("Desk\n\nThe council met. " + sentence + "\n", headline=False).to_dict()
    kinds = [a["kind"] for a in d["attributions"] if a["cue"]["text"].startswith("offered")]
    assert kinds and kinds[0] == kind, d["attributions"]


# ---- _drop_in_release_labels: a press release's back matter --------------------------------------------------
def test_release_back_matter_lines_are_no_attributions():
    text, atts = tag("Corvane Mills said it would open a plant in Dayton.\n\nNotes to editors\n\nCorvane Mills was "
                     "founded in 1990.\n\nMedia Contact: Dana Price, press@corvane.example\n", title=TITLE)
    assert [a.cue.text for a in atts] == ["said"], [(a.source and a.source.text, a.cue.text) for a in atts]


def test_a_sentence_about_a_media_contact_keeps_its_attribution():
    atts = triples("The agency's media contact said the office would reopen on Monday.")
    assert [a for a in atts if a[1] == "said"], atts


# ---- _heard_saying / _unlabelled_heard_saying: "A junior whip was later overheard telling colleagues that ..." ----
@pytest.mark.parametrize("sentence,source,cue,content", [
    ('A junior whip was later overheard telling colleagues that the figures were "a bit embarrassing".',
     "A junior whip", "telling", 'the figures were "a bit embarrassing"'),
    ("The coach was heard saying that the referee had lost control.", "The coach", "saying",
     "the referee had lost control"),
    ('The pilot was heard saying "we have lost an engine" before the line went dead.', "The pilot", "saying",
     '"we have lost an engine"'),
])
def test_a_heard_speech_participle_reports_the_subjects_words(sentence, source, cue, content):
    atts = triples("It did not, it emerged. " + sentence)
    assert (source, cue, content) in atts, atts


@pytest.mark.parametrize("sentence,cue", [
    ("Sanders said private contractors can be more expensive than civil servants and cited the decision to hire "
     "federal screeners.", "cited"),
    ("The adviser suggested that this might be seen as condescending and cautioned against it.", "cautioned"),
])
def test_an_object_after_the_second_verb_is_no_content_of_its_own(sentence, cue):
    # PolNeAR train annotates these as one content ("... and cited the government's decision ...")
    atts = triples("The vote was close. " + sentence)
    assert not [a for a in atts if a[1] == cue], atts


def test_a_parenthetical_tell_keeps_the_words_after_it():
    atts = triples("Voters here are reflecting, the polls tell us, a lot of anxiety about prices.")
    assert not [a for a in atts if a[1] == "tell" and a[2].startswith("Voters")], atts
