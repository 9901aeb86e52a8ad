"""Attribution passes for the errors of the fifteenth contact (house_articles 132-139, round 15, branch attr17,
2026-12-04), one table each, on made-up sentences that are not the articles' own. Each fails without its pass."""
from __future__ import annotations

import pytest

from attribution_cases import triples as cases_triples

TITLE = "Regional desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _without_list_mark_before_quotation, _quotation_after_list_mark: "* "We ... That ends now," X said." -------
@pytest.mark.parametrize("body,source,content", [
    ('* "Farmers have watched the price of maize double while their share stayed flat. That ends now," Banda said '
     'at the rally.', "Banda",
     '"Farmers have watched the price of maize double while their share stayed flat. That ends now,"'),
    ("• “The port has waited ten years for this crane. It will not wait another,” the harbour master said.",
     "the harbour master", "“The port has waited ten years for this crane. It will not wait another,”"),
    ('• "We will not sign this contract," the union said.', "the union", '"We will not sign this contract,"'),
    # the model takes this "•" for a cue (as PolNeAR's signature dash, "- Bernie Sanders.", which stays one)
    ("• “We will not sign this. It is unfair,” the union said.", "the union", "“We will not sign this. It is unfair,”"),
])
def test_a_quotation_opening_a_list_item_is_the_speakers_whole(body, source, content):
    atts = triples(body)
    assert [(a[0], a[2]) for a in atts] == [(source, content)], atts


# ---- _nested_in_quotations: a setting before the inner quotation, a second inner quotation after the first -------
@pytest.mark.parametrize("body,nested", [
    ("“I asked at the desk, ‘Is there another bus?’ They said, ‘Maybe tomorrow, maybe Monday.’ I walked home,” "
     "Okoro told reporters.",
     [("I", "asked", "Is there another bus?"), ("They", "said", "Maybe tomorrow, maybe Monday.")]),
    ('"I asked at the gate, \'Where is the doctor?\' He said, \'Gone home for the night.\' So we waited," Lind said.',
     [("I", "asked", "Where is the doctor?"), ("He", "said", "Gone home for the night.")]),
])
def test_two_inner_quotations_in_one_quote_are_each_their_speakers(body, nested):
    atts = triples(body)
    assert atts[1:] == nested, atts


def test_a_setting_between_told_and_the_inner_quotation_is_no_content():
    atts = triples('"We will fight this. I told them at the meeting, \'Not on my farm,\' and I meant it," Mwale said.')
    assert ("I", "told", "Not on my farm") in atts, atts


# ---- _unlabelled_subject_with_apposition with a title's preposition; _share_coordinated_source run again --------
@pytest.mark.parametrize("body,source", [
    ("The Rodrigues Regional Assembly’s commissioner for transport, Louis-Daniel Agathe, told the assembly that the "
     "ferry link was fragile.",
     "The Rodrigues Regional Assembly’s commissioner for transport, Louis-Daniel Agathe,"),
    ("The commissioner for transport, Louis-Daniel Agathe, told the assembly that the ferry link was fragile.",
     "The commissioner for transport, Louis-Daniel Agathe,"),
])
def test_a_title_with_of_or_for_before_a_name_in_apposition_is_the_source(body, source):
    atts = triples(body)
    assert [a[0] for a in atts] == [source], atts


def test_a_cue_coordinated_with_an_apposition_subjects_cue_shares_its_source():
    source = "The commissioner for transport, Louis-Daniel Agathe,"
    atts = triples("The commissioner for transport, Louis-Daniel Agathe, told the assembly that the ferry link was "
                   "fragile and urged the government to allow a second operator on the route.")
    assert [(a[0], a[1]) for a in atts] == [(source, "told"), (source, "urged")], atts


# ---- _final_frame_content_with_its_subject with a listener and setting after the frame -------------------------
@pytest.mark.parametrize("body,source,content", [
    ("Harlow Mining, which runs the largest pit in the valley, will halt all new drilling if the levy passes, its "
     "chief executive, Tom Pryce, told investors on a call on Monday.", "its chief executive, Tom Pryce,",
     "Harlow Mining, which runs the largest pit in the valley, will halt all new drilling if the levy passes"),
    ("Northgate Water, which supplies the city, will raise its charges if the plan is approved, the utility's "
     "chairman, Ian Moss, told the committee.", "the utility's chairman, Ian Moss,",
     "Northgate Water, which supplies the city, will raise its charges if the plan is approved"),
])
def test_a_final_frame_with_its_listener_reports_the_clause_with_its_subject(body, source, content):
    atts = triples(body)
    assert [(a[0], a[2]) for a in atts] == [(source, content)], atts


# ---- _finding_subject_before_aside: "Analysis by X, published on Monday, found that ..." -----------------------
@pytest.mark.parametrize("body,source_word,content", [
    ("Analysis by the Global Adaptation Finance Tracker, published on Monday, found that adaptation finance fell to "
     "$28 billion in 2024.", "Tracker", "adaptation finance fell to $28 billion in 2024"),
    ("Research by the University of Otago, released on Thursday, found that one in four teenagers skips breakfast.",
     "Otago", "one in four teenagers skips breakfast"),
])
def test_a_finding_after_a_participle_aside_is_the_reports(body, source_word, content):
    atts = triples(body)
    assert len(atts) == 1 and source_word in atts[0][0] and atts[0][1:] == ("found", content), atts


# ---- non_cue_particles.tsv "adding to"; _verb_with_particle: a quotation mark between verb and word -----------
@pytest.mark.parametrize("body,expected", [
    ("Lind said most of the aid still came as loans rather than grants, adding to the debts of the poorest "
     "countries.", [("Lind", "said", "most of the aid still came as loans rather than grants")]),
    ("Prices rose again in March, the bureau said, adding to the pressure on the central bank.",
     [("the bureau", "said", "Prices rose again in March")]),
])
def test_adding_to_an_object_is_no_speech(body, expected):
    atts = triples(body)
    assert atts == expected, atts


def test_adding_before_a_quotation_that_opens_with_to_stays_speech():
    atts = triples('The mayor thanked the crews, adding "to every volunteer who filled a sandbag: thank you."')
    assert ("The mayor", "adding", '"to every volunteer who filled a sandbag: thank you."') in atts, atts


# ---- _question_label_heading, _heading_line: a capitals heading on a line of its own ----------------------------
@pytest.mark.parametrize("heading", ["WHAT WE SAID", "WHAT THE MINISTER SAID"])
def test_a_capitals_heading_line_of_speech_is_no_attribution(heading):
    atts = triples(f"{heading}\n\nThe minister said the bridge would reopen in May.")
    assert atts == [("The minister", "said", "the bridge would reopen in May")], atts


def test_a_capitals_digest_headline_with_its_full_stop_keeps_its_cue():
    # PolNeAR's digest headlines ("EXPERTS DOWNPLAY PLANNED NORTH KOREA LAUNCH.") are gold attributions
    atts = triples("WHAT THE MINISTER SAID ABOUT THE BRIDGE.\n\nThe bridge will reopen in May.")
    assert [a[1] for a in atts] == ["SAID ABOUT"], atts


# ---- _description_before_final_name: "..., a spokesman for the operator, Ian Gray, said." -----------------------
@pytest.mark.parametrize("body,source,content", [
    ("The ferry will not sail again this winter, a spokesman for the operator, Ian Gray, said.",
     "a spokesman for the operator, Ian Gray,", "The ferry will not sail again this winter"),
    ("The plant will close in March and about 300 workers will lose their jobs, its owner, Anna Berg, said on "
     "Tuesday.", "its owner, Anna Berg,", "The plant will close in March and about 300 workers will lose their jobs"),
    ("The mine will close in March, the operator's spokesman, Ian Gray, told staff.",
     "the operator's spokesman, Ian Gray,", "The mine will close in March"),
])
def test_a_description_before_a_final_frames_name_is_the_sources(body, source, content):
    atts = triples(body)
    assert [(a[0], a[2]) for a in atts] == [(source, content)], atts
