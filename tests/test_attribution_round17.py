"""Attribution passes for the errors of the seventeenth contact (house_articles 148-155, round 17, branch attr19,
2026-12-04), one table each, on made-up sentences that are not the articles' own. Each fails without its fix."""
from __future__ import annotations

import pytest

from attribution_cases import triples as cases_triples

TITLE = "Regional desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _relative_aside_before_final_frame: "The plant, which supplies water to ..., will cost ..., he said." --------
@pytest.mark.parametrize("body,source,content", [
    ("The plant at Ruwa, which supplies water to about half of the city, will cost 45 million dollars and is being "
     "built by the state, he said.", "he",
     "The plant at Ruwa, which supplies water to about half of the city, will cost 45 million dollars and is being "
     "built by the state"),
    ("The mill, which employs about 300 people in the valley, will shut in June and is being sold to a Turkish "
     "group, he said.", "he",
     "The mill, which employs about 300 people in the valley, will shut in June and is being sold to a Turkish "
     "group"),
])
def test_a_relative_aside_before_a_final_frame_keeps_the_clauses_subject(body, source, content):
    atts = triples(body)
    assert [(a[0], a[2]) for a in atts] == [(source, content)], atts


# ---- _inverted_speech_cue with _inverted_role_source: "Explained the mayor: “...”" ----------------------------------
@pytest.mark.parametrize("body,source,content", [
    ('Explained the headteacher: "The old block is not safe. Pupils will move to the hall this winter."',
     "the headteacher", '"The old block is not safe. Pupils will move to the hall this winter."'),
    ('Explained the chef: "We buy our fish from the boats at six every morning."', "the chef",
     '"We buy our fish from the boats at six every morning."'),
    ('Warned the coach: "We cannot defend like that in March."', "the coach",
     '"We cannot defend like that in March."'),
])
def test_an_opening_speech_cue_takes_the_role_before_the_colon_for_source(body, source, content):
    atts = triples(body)
    assert [(a[0], a[2]) for a in atts] == [(source, content)], atts


# ---- _inverted_frame_over_content: "..., covers all farms larger than ten hectares, reports Reuters." ------------
@pytest.mark.parametrize("body,source,content", [
    ("The new law, passed last month by a narrow margin, covers all farms larger than ten hectares, reports Reuters.",
     "Reuters", "The new law, passed last month by a narrow margin, covers all farms larger than ten hectares"),
    ("The ban, approved by the council in May, covers every beach between Faro and Tavira, reports Lusa.", "Lusa",
     "The ban, approved by the council in May, covers every beach between Faro and Tavira"),
])
def test_an_inverted_frame_after_the_last_comma_is_the_frame_over_a_verb_of_the_clause(body, source, content):
    atts = triples(body)
    assert (source, "reports", content) in atts, atts
    assert not [a for a in atts if "reports" in (a[2] or "")], atts


# ---- _coordinated_speech_verb_in_content: "X say the grant no longer covers ..., and demand a new formula." -------
@pytest.mark.parametrize("body,source,first,cue,second", [
    ("Parents at the school say the state's grant for children bussed in from the villages no longer covers the "
     "fuel, and demand a new formula.", "Parents at the school",
     "the state's grant for children bussed in from the villages no longer covers the fuel", "demand",
     "a new formula"),
    ("Nurses at the hospital say the state's allowance for staff sent out to the islands no longer covers the ferry, "
     "and demand a new formula.", "Nurses at the hospital",
     "the state's allowance for staff sent out to the islands no longer covers the ferry", "demand",
     "a new formula"),
])
def test_a_speech_verb_in_the_cues_form_after_comma_and_is_an_attribution_of_its_own(body, source, first, cue,
                                                                                      second):
    atts = triples(body)
    assert (source, cue, second) in atts and (source, "say", first) in atts, atts


# ---- _BUT_RULING_VERBS in _split_participle_cues: "The stewards found that ... but ruled that ..." -------------
@pytest.mark.parametrize("body,source,first,second", [
    ("The tribunal said the club had broken the rules but ruled that no points should be deducted.", "The tribunal",
     "the club had broken the rules", "no points should be deducted"),
    ("The stewards found that the winner had drifted left but ruled that the placings should stand.", "The stewards",
     "the winner had drifted left", "the placings should stand"),
])
def test_a_ruling_after_but_and_before_that_is_a_second_attribution(body, source, first, second):
    atts = triples(body)
    assert [(a[0], a[1], a[2].removeprefix("that ")) for a in atts] == \
        [(source, atts[0][1], first), (source, "ruled", second)], atts


# ---- _unlabelled_cue_before_that: "A former nurse at a Leeds care home testified Tuesday that ..." -----------------
@pytest.mark.parametrize("body,source,content", [
    ("A retired engineer from the county roads department testified Monday that the bridge had never been "
     "inspected.", "A retired engineer from the county roads department", "the bridge had never been inspected"),
    ("DENVER — A former guard at a state prison testified Friday that cameras in the east wing had not worked for "
     "months.", "A former guard at a state prison", "cameras in the east wing had not worked for months"),
])
def test_a_past_verb_cue_before_that_after_a_long_subject_is_found_when_the_model_labels_no_cue(body, source,
                                                                                                 content):
    atts = triples(body)
    assert [(a[0], a[1], a[2].removeprefix("that ")) for a in atts] == [(source, "testified", content)], atts


# ---- _unseen_verb_before_and_speech: "Sam Okoro rode a winner and said the ground was ..." -------------------------
@pytest.mark.parametrize("body,source,content", [
    ('On the undercard, Sam Okoro rode a winner and said the ground was "perfect for him."', "Sam Okoro",
     'the ground was "perfect for him."'),
    ('Earlier in the day, Mia Berg skied a personal best and said her knee, injured in a fall at Kitzbühel, was '
     '"about 80 per cent."', "Mia Berg", 'her knee … was "about 80 per cent."'),
])
def test_a_deed_before_and_said_is_no_attribution(body, source, content):
    atts = triples(body)
    assert atts == [(source, "said", content)], atts


# ---- _speech_nested_in_content over one adverb: "... that she had repeatedly warned its manager that ..." ----------
@pytest.mark.parametrize("body,source,content", [
    ("A former nurse at a Leeds care home testified that she had repeatedly warned its manager that medicines were "
     "going missing.", "she", "medicines were going missing"),
    ("The mayor told reporters that the agency had repeatedly warned residents that the dam was unsafe.", "the agency",
     "the dam was unsafe"),
])
def test_a_speech_nested_in_a_content_is_found_over_an_adverb(body, source, content):
    atts = triples(body)
    assert (source, "warned", content) in atts, atts
