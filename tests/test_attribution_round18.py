"""Attribution passes for the errors of the eighteenth contact (house_articles 156-163, round 18, branch attr20,
2026-12-05), one table each, on made-up sentences that are not the articles' own. Each fails without its fix."""
from __future__ import annotations

import pytest

from attribution_cases import triples as cases_triples

TITLE = "Regional desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _participle_subject_over_modifiers: "Nurses at the district hospital yesterday walked out, saying ..." -------
@pytest.mark.parametrize("body,source,cue,content", [
    ("Nurses at the district hospital yesterday walked off the job, saying they had not been paid since October.",
     "Nurses at the district hospital", "saying", "they had not been paid since October"),
    ("Farmers in the north of the county blocked the main road with tractors, arguing that the new tax would ruin "
     "them.", "Farmers in the north of the county", "arguing", "that the new tax would ruin them"),
    ("Dozens of fishermen from the island on Monday tied up their boats, saying the fuel subsidy had not been paid.",
     "Dozens of fishermen from the island", "saying", "the fuel subsidy had not been paid"),
    ("Bus drivers in Accra yesterday parked their buses on the highway, arguing that fuel prices had doubled.",
     "Bus drivers in Accra", "arguing", "that fuel prices had doubled"),
])
def test_a_participle_after_a_comma_takes_the_subject_with_its_prepositional_modifiers(body, source, cue, content):
    atts = triples(body)
    assert atts == [(source, cue, content)], atts


# ---- _final_according_to_name_in_apposition: "..., according to the mission's science lead, Dr. X of Y." --------
@pytest.mark.parametrize("body,source,content", [
    ("The data could be lost, according to the mission's science lead, Dr. Henrik Aalto of the University of "
     "Helsinki.", "the mission's science lead, Dr. Henrik Aalto of the University of Helsinki",
     "The data could be lost"),
    ("The bridge will reopen in May, according to the county's chief engineer, Paul Ostrowski.",
     "the county's chief engineer, Paul Ostrowski", "The bridge will reopen in May"),
    ("Ticket sales doubled in the second week, according to the festival's director, Ms. Ines Varga.",
     "the festival's director, Ms. Ines Varga", "Ticket sales doubled in the second week"),
])
def test_a_final_according_to_takes_the_name_in_apposition_to_its_role(body, source, content):
    atts = triples(body)
    assert atts == [(source, "according to", content)], atts


def test_a_final_according_to_a_body_and_its_name_is_left_alone():
    atts = triples("Sales fell 12 percent, according to the company, Halden Foods.")
    assert atts == [("the company", "according to", "Sales fell 12 percent")], atts


# ---- _cue_inside_opening_in_phrase: "In a written answer to the Assembly, the minister said ..." -----------------
@pytest.mark.parametrize("body,source,content", [
    ("In a written answer to the Assembly, the minister said the increase was mainly due to the price of granite.",
     "the minister", "the increase was mainly due to the price of granite"),
    ("In a written reply to the council, the mayor said the road would reopen in May.", "the mayor",
     "the road would reopen in May"),
    ("In a written answer to a parliamentary question, the health minister said 40 clinics would open next year.",
     "the health minister", "40 clinics would open next year"),
])
def test_a_written_answer_opening_the_sentence_is_no_attribution_of_its_own(body, source, content):
    atts = triples(body)
    assert atts == [(source, "said", content)], atts


# ---- _unlabelled_verb_before_but_cue: "The stewards found that Morning Heron ... but ruled that ..." --------------
@pytest.mark.parametrize("body,first,second", [
    ("The stewards found that Morning Heron had drifted left but ruled that the placings should stand.",
     "Morning Heron had drifted left", "that the placings should stand"),
    ("The stewards found that Morning Glory had been hampered at the last fence but ruled that the result would "
     "stand.", "Morning Glory had been hampered at the last fence", "that the result would stand"),
])
def test_a_verb_the_model_left_unlabelled_before_but_and_a_second_cue_is_the_first_attribution(body, first, second):
    atts = triples(body)
    assert atts == [("The stewards", "found", first), ("The stewards", "ruled", second)], atts


# ---- _final_frame_source_from_its_comma: "..., transport unions say." (the model took "transport" for a verb) -------
@pytest.mark.parametrize("body,source,cue,content", [
    ("Fuel convoys have become a frequent target since the start of the blockade in September, transport unions say.",
     "transport unions", "say", "Fuel convoys have become a frequent target since the start of the blockade in "
     "September"),
    ("Bus fares will rise again in the spring unless the subsidy is renewed, transport unions say.",
     "transport unions", "say", "Bus fares will rise again in the spring unless the subsidy is renewed"),
])
def test_a_final_frame_without_content_takes_its_source_from_the_comma_and_the_clause_before(body, source, cue,
                                                                                             content):
    atts = triples(body)
    assert atts == [(source, cue, content)], atts


# ---- _listener_after_verb_to_out_of_content: "Chief arbiter Ingrid Vos confirmed to reporters that ..." ---------
@pytest.mark.parametrize("body,source,cue,content", [
    ("Chief arbiter Ingrid Vos confirmed to reporters that the result would stand.", "Chief arbiter Ingrid Vos",
     "confirmed", "that the result would stand"),
    ("The coach explained to reporters that the goalkeeper had a knee injury.", "The coach", "explained",
     "that the goalkeeper had a knee injury"),
    ("The company confirmed to the BBC that 200 jobs would go.", "The company", "confirmed",
     "that 200 jobs would go"),
    ("She replied to him that the report was already late.", "She", "replied", "that the report was already late"),
])
def test_the_listener_after_verb_to_is_out_of_cue_and_content(body, source, cue, content):
    atts = triples(body)
    assert atts == [(source, cue, content)], atts


def test_pointed_to_reports_keeps_its_object():
    atts = triples("The senator pointed to reports that the agency had lost the files.")
    assert atts == [("The senator", "pointed to", "reports that the agency had lost the files")], atts


# ---- _role_before_named_apposition in _source_before_time_word: "The chairperson of X, Mr Y, yesterday told" -----
@pytest.mark.parametrize("body,source,cue,content", [
    ("The chairperson of the Kariakoo Traders Association, Mr Juma Ally, yesterday told journalists that the tax was "
     "unfair.", "The chairperson of the Kariakoo Traders Association, Mr Juma Ally,", "told",
     "that the tax was unfair"),
    ("The president of the union, Ms Grace Banda, yesterday said the strike would continue.",
     "The president of the union, Ms Grace Banda,", "said", "the strike would continue"),
])
def test_a_role_and_its_name_before_a_time_word_are_the_source_as_without_it(body, source, cue, content):
    atts = triples(body)
    assert atts == [(source, cue, content)], atts
    without = triples(body.replace(" yesterday ", " "))
    assert [a[0] for a in without] == [source], without
