"""Attribution passes for the errors of the sixteenth contact (house_articles 140-147, round 16, branch attr18,
2026-12-04), one table each, on made-up sentences that are not the articles' own. Each fails without its fix."""
from __future__ import annotations

import pytest

from attribution_cases import triples as cases_triples

TITLE = "Regional desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _DATELINE: "City, Month Day --" without an agency in brackets -----------------------------------------------
@pytest.mark.parametrize("body,source,content", [
    ("Pokhara, March 12 -- The city council has made it compulsory for every trekking agency in the valley to carry "
     "a satellite phone from the next season, officials said on Monday.", "officials",
     "The city council has made it compulsory for every trekking agency in the valley to carry a satellite phone "
     "from the next season"),
    ("GENEVA, Dec 3 — Measles cases in the northern provinces have doubled in six weeks, the World Health "
     "Organization said on Tuesday.", "the World Health Organization",
     "Measles cases in the northern provinces have doubled in six weeks"),
])
def test_a_dateline_with_a_spelled_date_is_no_part_of_the_content(body, source, content):
    atts = triples(body)
    assert [(a[0], a[2]) for a in atts] == [(source, content)], atts


# ---- _participle_after_subject_in_content: "a 20% cut to the quota announced on Monday will cost 900 jobs" -------
@pytest.mark.parametrize("body,source,content", [
    ("Boat owners at Lüderitz say a 20% cut to the pilchard quota announced on Monday will cost at least 400 jobs "
     "before the end of the season.", "Boat owners at Lüderitz",
     "a 20% cut to the pilchard quota announced on Monday will cost at least 400 jobs before the end of the season"),
    ("Teachers say the new timetable published last week will leave rural schools without a science teacher on "
     "Fridays.", "Teachers",
     "the new timetable published last week will leave rural schools without a science teacher on Fridays"),
])
def test_a_participle_after_the_contents_subject_is_no_cue(body, source, content):
    atts = triples(body)
    assert [(a[0], a[2]) for a in atts] == [(source, content)], atts


# ---- _speaker_before_asides with _opens_pronoun_clause: "X, third overall, admitted he had ..." -----------------
@pytest.mark.parametrize("body,source,content", [
    ("Kenyan runner Faith Wambui, second in the standings, admitted she had struggled in the heat, which reached "
     "36C.", "Kenyan runner Faith Wambui, second in the standings,",
     "she had struggled in the heat, which reached 36C"),
    ("Goalkeeper Tomas Berg, fit again after a knee injury, conceded he had misjudged the cross against Rovers.",
     "Goalkeeper Tomas Berg, fit again after a knee injury,", "he had misjudged the cross against Rovers"),
])
def test_a_pronoun_clause_after_the_cue_is_the_content_whatever_the_asides(body, source, content):
    atts = triples(body)
    assert [(a[0], a[2]) for a in atts] == [(source, content)], atts


# ---- _open_quotation_runs_on: "X said: “Me? On the climb? No chance.”" -------------------------------------------
@pytest.mark.parametrize("body,content", [
    ("Asked whether he could win the title, Moreau said: “Me? On the Tourmalet? Never.”",
     "“Me? On the Tourmalet? Never.”"),
    ('Asked about the final, Oduya said: "Us? In a final? Why not."', '"Us? In a final? Why not."'),
])
def test_a_quotation_goes_on_over_the_sentences_the_model_labels_nothing_in(body, content):
    atts = [a for a in triples(body) if not a[1].startswith("Asked")]
    assert [a[2] for a in atts] == [content], atts


def test_a_closing_mark_that_opens_the_next_sentence_takes_no_writers_words():
    atts = triples("Maybe he figures that the crowd is tired. Or maybe the slogan—“Jobs for every town!”—is simply "
                   "wearing thin.")
    assert all("wearing thin" not in (a[2] or "") for a in atts), atts


# ---- _frame_before_time_aside: "..., its board announced on Wednesday, a week after curators called for ..." -----
@pytest.mark.parametrize("body,source,content", [
    ("The Harlow Gallery will return 14 bronze plaques to Benin next year, its trustees announced on Wednesday, a "
     "week after more than 40 historians called for their return in an open letter.", "its trustees",
     "The Harlow Gallery will return 14 bronze plaques to Benin next year"),
    ("The Liberal candidate won the seat by 212 votes, the electoral commission said on Friday, two days after "
     "voters went to the polls.", "the electoral commission", "The Liberal candidate won the seat by 212 votes"),
])
def test_a_frame_before_a_time_aside_reports_the_clause_before_it(body, source, content):
    atts = triples(body)
    assert (source, content) in [(a[0], a[2]) for a in atts], atts


def test_an_attribution_inside_the_time_aside_stays():
    atts = triples("The Harlow Gallery will return 14 bronze plaques to Benin next year, its trustees announced on "
                   "Wednesday, a week after more than 40 historians called for their return in an open letter.")
    assert any(a[1] == "called for" and "historians" in (a[0] or "") and "their return" in a[2] for a in atts), atts


# ---- _unlabelled_final_frame with "states" after a document (_STATE_VERBS, _contents_in_final_frame) -------------
@pytest.mark.parametrize("body,source,content", [
    ("Under the new by-laws, a trader who fails to renew a licence will be fined K5,000, the council's notice states.",
     "the council's notice", "Under the new by-laws, a trader who fails to renew a licence will be fined K5,000"),
    ("Stall fees at the night market will double from January, the council's letter states.", "the council's letter",
     "Stall fees at the night market will double from January"),
    # the model labels the frame as content and finds no cue in it (_contents_in_final_frame)
    ("Under the new scheme, a guide who fails to return a beacon will be charged Rs 20,000, the department's notice "
     "states.", "the department's notice",
     "Under the new scheme, a guide who fails to return a beacon will be charged Rs 20,000"),
    ("A climber who loses a chip will be charged Rs 20,000, the department's notice states.", "the department's notice",
     "A climber who loses a chip will be charged Rs 20,000"),
])
def test_a_document_that_states_at_the_sentences_end_is_a_frame(body, source, content):
    atts = triples(body)
    assert [(a[0], a[1], a[2]) for a in atts] == [(source, "states", content)], atts


@pytest.mark.parametrize("body", [
    "Since 1980, only two presidential races have been contested to the very end in both parties, ending suspense "
    "in later states.",
    "Most of the new voters registered in the south, far from the coastal states.",
    "The border was redrawn after the war, splitting the river between the two states.",
    "Its biggest market for the new engines is Asia, not the United States.",
])
def test_states_the_noun_ends_no_frame(body):
    assert triples(body) == [], triples(body)
