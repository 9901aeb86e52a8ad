"""Attribution fixes for the leftovers of the eleventh contact (house_articles 100-107, round 10, branch attr11,
2026-12-04), one table each, on made-up sentences that are not the articles' own. Each fails without its fix."""
from __future__ import annotations

import pytest

from attribution_cases import triples as cases_triples

TITLE = "City desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _denial_read_forwards: "X, an apposition, denies starting the fight" ----------------------------------------
@pytest.mark.parametrize("sentence,source,content", [
    # the apposition's comma before the cue had made the object a speaker after a comma ("..., said the ruling")
    ("The landlord's son, Piet Olsen, denies starting the blaze.", "The landlord's son, Piet Olsen,",
     "starting the blaze"),
    # the source was right, but the cue ran on over the gerund ("denies causing")
    ("The driver, a 41-year-old from Leeds, denies causing death by careless driving.",
     "The driver, a 41-year-old from Leeds,", "causing death by careless driving"),
])
def test_a_denial_has_its_subject_for_source_and_the_act_for_content(sentence, source, content):
    atts = triples("The trial opened on Monday. " + sentence)
    denial = [a for a in atts if a[1].startswith(("denies", "denied"))]
    assert denial == [(source, denial[0][1], content)], atts
    assert denial[0][1] in ("denies", "denied"), atts


@pytest.mark.parametrize("sentence,source,content", [
    ("Mr Hale denies stealing the van.", "Mr Hale", "stealing the van"),
    ("The club's kit man, Dara Quinn, denied selling the shirts.", "The club's kit man, Dara Quinn,",
     "selling the shirts"),
    ("The company denied any wrongdoing.", "The company", "any wrongdoing"),
])
def test_a_denial_the_model_reads_right_is_unchanged(sentence, source, content):
    atts = triples("The trial opened on Monday. " + sentence)
    assert any(a[0] == source and a[1] in ("denies", "denied") and a[2] == content for a in atts), atts


# ---- _section_label / _subject_after_section_label / _unlabelled_cue_after_section_label -------------------------
SITREP = ("Heavy rain fell for a week.\n\n"
          "Early recovery: A displaced carpenter at the Mbeya stadium camp told assessment teams that tools had been "
          "lost.\n\n"
          "Nutrition: A displaced father of three at the Kerey market camp told aid workers that children were going "
          "hungry.\n\n"
          "Logistics: The Transport Unit has moved 40 tonnes of seed by barge.\n\n"
          "Health: A nurse at the district clinic told visitors that the wards were full.")


def test_a_section_labels_sentence_has_its_own_subject_for_source():
    atts = triples(SITREP)
    assert ("A displaced carpenter at the Mbeya stadium camp", "told", "that tools had been lost") in atts, atts
    assert ("A displaced father of three at the Kerey market camp", "told", "that children were going hungry") \
        in atts, atts


def test_a_section_label_is_no_speaker():
    atts = triples(SITREP)
    assert not [a for a in atts if a[1] == ":"], atts
    # where the model labelled no cue, the verb after the sentence's own subject is the cue
    assert ("A nurse at the district clinic", "told", "that the wards were full") in atts, atts


def test_speakers_taking_turns_keep_their_colons():
    atts = triples("The panel met on Friday.\n\nHarlow: The market is rigged.\n\nOkafor: The market is fine.\n\n"
                   "Harlow: The market is not fine.")
    assert [a[0] for a in atts if a[1] == ":"] == ["Harlow", "Okafor", "Harlow"], atts


def test_a_headline_label_stays_a_speaker():
    atts = cases_triples("The council met on Friday.\n", title="Mayor: The budget is balanced\n\n")
    assert ("Mayor", ":", "The budget is balanced") in atts, atts


# ---- _time_phrase_out_of_content: "said yesterday the ministry would ...", "said on 2 December that ..." --------------
@pytest.mark.parametrize("sentence,cue,content", [
    ("The harbour master said yesterday the pier would reopen in March.", "said", "the pier would reopen in March"),
    ("The water board said on 4 November that 600 homes had lost supply.", "said",
     "that 600 homes had lost supply"),
    # the listener is outside the cue (branch cue9: PolNeAR train never puts it in)
    ("The coach told reporters on Sunday night the squad was exhausted.", "told", "the squad was exhausted"),
    ("The principal said last week the roof had been repaired.", "said", "the roof had been repaired"),
])
def test_a_time_phrase_after_the_cue_is_no_content(sentence, cue, content):
    atts = triples("The town woke to rain. " + sentence)
    assert [a for a in atts if a[1] == cue][0][2] == content, atts


@pytest.mark.parametrize("sentence,content", [
    ("The mayor said Friday was her last day in office.", "Friday was her last day in office"),
    ("The mayor said Monday's vote was a farce.", "Monday's vote was a farce"),
])
def test_a_time_word_that_is_the_clauses_subject_stays(sentence, content):
    atts = triples("The town woke to rain. " + sentence)
    assert [a for a in atts if a[1] == "said"][0][2] == content, atts


# ---- _source_without_final_time_phrase: "The WPF Executive Board today confirmed that ..." ------------------------
@pytest.mark.parametrize("sentence,source", [
    ("The club's Supervisory Board today confirmed that the stadium will be sold.", "The club's Supervisory Board"),
    ("The Regional Transport Council yesterday announced that fares would rise.", "The Regional Transport Council"),
])
def test_a_time_word_before_the_cue_is_no_part_of_the_source(sentence, source):
    atts = triples("The town woke to rain. " + sentence)
    assert atts[-1][0] == source, atts


def test_a_time_word_after_a_participle_stays_in_the_source():
    atts = triples("The town woke to rain. Voters going to the polls Tuesday say they want change.")
    assert atts[-1][0] == "Voters going to the polls Tuesday", atts


# ---- _content_without_list_mark: "• Cholera cases rise to 212, according to ..." -----------------------------------
@pytest.mark.parametrize("item,content", [
    ("• Bus fares rise by 10 percent, according to the transport ministry.", "Bus fares rise by 10 percent"),
    ("▪ Schools will reopen on Monday, officials said.", "Schools will reopen on Monday"),
    ("- Two roads remain closed, police said.", "Two roads remain closed"),
])
def test_a_list_items_mark_is_no_content(item, content):
    atts = triples("Rain fell all week.\n\n" + item)
    assert [a[2] for a in atts] == [content], atts


def test_a_dash_inside_a_content_stays():
    atts = triples("Rain fell all week. The mayor said the plan - a new bridge - would cost less.")
    assert atts[-1][2] == "the plan - a new bridge - would cost less", atts


# ---- _place_of_writing_out_of_content: '"...," she writes under a photo of the couple.' ----------------------------
@pytest.mark.parametrize("sentence,cue,content", [
    ('"Some days are hard. Most are good," he writes under a picture of his dog.', "writes",
     '"Some days are hard. Most are good,"'),
    ('"Best day ever," she wrote beneath a photo of the cake.', "wrote", '"Best day ever,"'),
])
def test_the_place_of_written_words_is_no_content(sentence, cue, content):
    atts = triples("The couple married in May. " + sentence)
    assert [(a[1], a[2].replace(" … ", " ")) for a in atts][-1:] == [(cue, content)], atts


# ---- _after_closed_mixed_content: 'told the tribunal that ... "...." The rider has 30 days ...' ----------------------
@pytest.mark.parametrize("sentence,content", [
    ('Her lawyer, Ana Ruiz, told the tribunal that her client had been "misled by a coach who never checked the '
     'forms." The rider has 30 days to appeal the decision to the Court of Arbitration for Sport (CAS).',
     'that her client had been "misled by a coach who never checked the forms."'),
])
def test_a_closed_mixed_content_ends_with_its_sentence(sentence, content):
    atts = triples("The hearing closed on Friday. " + sentence)
    assert [a[2] for a in atts if a[1] == "told"] == [content], atts


def test_a_quotation_opening_the_next_sentence_still_continues():
    atts = triples('The hearing closed on Friday. Her lawyer said her client had been "let down." "She trusted '
                   'the app and it failed her."')
    said = [a for a in atts if a[1] == "said"]
    assert said and "She trusted the app" in said[0][2], atts
