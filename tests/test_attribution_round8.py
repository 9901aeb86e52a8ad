"""Attribution passes for the errors of the tenth contact (house_articles 90-99, round 8, branch attr9,
2026-12-04), one table each, on made-up sentences that are not the articles' own. Each fails without its pass."""
from __future__ import annotations

import pytest

from attribution_cases import tag, triples as cases_triples
from newslib.tokenize import tokenize_text

TITLE = "City desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _source_over_native_script_name: "Professor Tsai Wen-chi (蔡文琪) of ... cautioned" ---------------------------
@pytest.mark.parametrize("sentence,source,cue", [
    ("Professor Lee Wan-ting (李婉婷) of Tainan Ocean University cautioned that the reef had lost half its coral.",
     "Professor Lee Wan-ting (李婉婷) of Tainan Ocean University", "cautioned"),
    ("A shopkeeper in Daan District surnamed Wu (吳) said the street had flooded twice this month.",
     "A shopkeeper in Daan District surnamed Wu (吳)", "said"),
    ("Park Ji-hoon (박지훈), a bus driver, said the new shifts were too long.", None, "said"),
])
def test_a_name_with_its_native_spelling_in_brackets_is_one_source(sentence, source, cue):
    atts = triples("The storm passed. " + sentence)
    found = [a for a in atts if a[1] == cue]
    assert found, atts
    if source is not None:
        assert found[0][0] == source, atts
    else:  # an apposition after the brackets: the name is the source (the pass leaves it to the model)
        assert found[0][0] and found[0][0].startswith("Park Ji-hoon"), atts


# ---- _source_before_relative_aside: "Name, who had won ..., called ... and said" ----------------------------------
def test_a_cue_after_a_relative_aside_has_the_name_for_source_and_no_content_from_the_aside():
    atts = triples('The final went late. Okonjo, who had lost only once all season, called the defeat "a lesson in '
                   'patience" and said a knee injury had troubled her since March.')
    assert ("Okonjo", "called", 'the defeat "a lesson in patience"') in atts, atts
    assert ("Okonjo", "said", "a knee injury had troubled her since March") in atts, atts


def test_a_cue_after_a_whose_aside_has_the_name_for_source_and_loses_its_listener():
    atts = triples('The shows opened. Rasmus Holm, whose studio showed linen suits on Friday, tells Weekly Threads '
                   'he fears discounting "trains buyers to wait".')
    # the "whose" clause stays in the source (PolNeAR train: 4 in 5; tests/test_attribution_sources3.py)
    assert [a for a in atts if a[1] == "tells" and a[0] == "Rasmus Holm, whose studio showed linen suits on Friday,"
            and a[2].startswith("he fears")], atts


# ---- _content_around_mid_sentence_frame: "CLAUSE, X says, and ..." / "CLAUSE, X reported in ..., with ..." ----------
@pytest.mark.parametrize("sentence,expected", [
    ("Brightwell Foods will close its Leeds bakery in June, the company says, and is looking for a buyer for the site.",
     ("the company", "says",
      "Brightwell Foods will close its Leeds bakery in June … and is looking for a buyer for the site")),
    ("Wool exports rose to a record 3.2 million bales last year, the board reported in its yearly review, with China "
     "buying more than half.",
     ("the board", "reported",
      "Wool exports rose to a record 3.2 million bales last year … with China buying more than half")),
])
def test_a_frame_in_the_middle_of_a_sentence_reports_both_pieces(sentence, expected):
    assert expected in triples("Trade was brisk. " + sentence), triples("Trade was brisk. " + sentence)


def test_a_frame_before_a_clause_of_its_own_keeps_the_models_reading():
    # "and" followed by a new subject: the pass leaves it alone (the writer may be speaking)
    atts = triples("Trade was brisk. The mill will shut in March, the owner said, and its staff will be offered "
                   "jobs elsewhere.")
    assert not [a for a in atts if a[1] == "said" and a[2].startswith("on ")], atts


# ---- _according_to_before_contrast: "CLAUSE, according to X, while ..." --------------------------------------------
def test_according_to_before_a_contrast_reports_the_clause_before_it():
    atts = triples("Markets were calm. The most traded metal changed hands at $9,120 a tonne during the Asian morning, "
                   "according to Refinex data, while zinc (ZN) dropped 3%.")
    assert ("Refinex data", "according to",
            "The most traded metal changed hands at $9,120 a tonne during the Asian morning") in atts, atts


# ---- _anonymity_request_that_clause: "who asked that her name not be used" -----------------------------------------
def test_asking_that_ones_name_not_be_used_is_no_attribution():
    atts = triples("The ward was full. A porter, who asked that his name not be published, told the paper the lifts "
                   "had been broken for a week.")
    assert not [a for a in atts if a[1].startswith("asked")], atts
    assert [a for a in atts if a[1] == "told" and a[0] == "A porter"], atts


# ---- _speech_verb_after_quoted_content: '... "quoted words" and predicted ...' -------------------------------------
@pytest.mark.parametrize("sentence,first,second", [
    ('The broker said the sell-off was "mostly leverage being unwound" and predicted the yen would find a floor near '
     '160.',
     ("The broker", "said", 'the sell-off was "mostly leverage being unwound"'),
     ("The broker", "predicted", "the yen would find a floor near 160")),
    ('The analyst said demand was "softer than feared" and predicted prices would recover by spring.',
     ("The analyst", "said", 'demand was "softer than feared"'),
     ("The analyst", "predicted", "prices would recover by spring")),
])
def test_a_speech_verb_after_a_quoted_content_is_its_own_attribution(sentence, first, second):
    atts = triples("Shares moved. " + sentence)
    assert first in atts and second in atts, atts


def test_a_verb_with_an_object_after_a_quoted_content_stays_in_it():
    atts = triples('Shares moved. The mayor said the plan was "dead" and called for calm.')
    assert not [a for a in atts if a[1] == "called"], atts


# ---- _speech_in_object_relative (and _unlabelled_object_relative_speech): "fees that they say will ..." ----------------
@pytest.mark.parametrize("sentence,expected", [
    ("Hundreds of farmers marched on Tuesday against new water charges that they say will ruin small dairies.",
     ("they", "say", "will ruin small dairies")),
    ("The mayor defended the parking fees, which critics say will drive small shops out of the centre.",
     ("critics", "say", "which … will drive small shops out of the centre")),
    ("The new rules, which officials said will take effect in May, will not apply to current tenants.",
     ("officials", "said", "which … will take effect in May")),
])
def test_a_verb_of_saying_inside_an_object_relative_reports_its_clause(sentence, expected):
    atts = triples("The council met. " + sentence)
    assert expected in atts, atts


# ---- _NESTED_SPEECH: a quantified speaker inside a quotation ("Every landlord says ...") ------------------------------
def test_a_quantified_speaker_inside_a_quotation_is_a_nested_attribution():
    atts = triples('Rents rose again. "Every landlord says the flat is fine until it rains," said Tomas Varga, a '
                   'tenant.')
    assert ("Every landlord", "says", "the flat is fine until it rains") in atts, atts


# ---- abbreviations.tsv: "Coun." (a councillor's title) ends no sentence ------------------------------------------
def test_a_councillors_title_ends_no_sentence():
    sents = tokenize_text("Water is short. Coun. Maryse Pelletier said the pipe was never built.\n")
    assert [s.text for s in sents] == ["Water is short.", "Coun. Maryse Pelletier said the pipe was never built."]


def test_a_quote_before_a_councillors_frame_is_the_councillors():
    atts = triples('Water is short. "The pipe was promised in 2019. It was never built," Coun. Maryse Pelletier said.')
    assert [a for a in atts if a[0] == "Coun. Maryse Pelletier" and "never built" in a[2]], atts


# ---- release_labels.tsv: "Disclosure:" and "Case Title:" lines are furniture -------------------------------------
@pytest.mark.parametrize("line", [
    "Disclosure: Coinfield is an independent outlet that covers digital assets.",
    "Case Title: Harbour Tenants' Union v. State of Kerala, W.P.(C) No. 5512/2026",
])
def test_a_disclosure_or_case_title_line_is_no_attribution(line):
    text, atts = tag("The hearing ended. The judge said the plea would be heard in May.\n\n" + line + "\n",
                     title=TITLE)
    assert not [a for a in atts if a.cue.start >= text.index(line)], [(a.source, a.cue) for a in atts]


# ---- _testified_for_or_against: "who testified against the bill last week" --------------------------------------
@pytest.mark.parametrize("sentence", [
    "Ruth Okafor, who testified against the zoning bill on Monday, said the county would lose two parks.",
    "Four nurses testified for the staffing measure at Tuesday's hearing.",
])
def test_testifying_for_or_against_something_is_no_attribution(sentence):
    atts = triples("The hearing ran late. " + sentence)
    assert not [a for a in atts if a[1].startswith("testified")], atts


def test_testifying_that_something_happened_stays():
    atts = triples("The hearing ran late. The inspector testified that the records had been destroyed.")
    assert [a for a in atts if a[1] == "testified" and "records had been destroyed" in a[2]], atts


# ---- _instruction_to_report: "Residents can report leaks by calling ..." ------------------------------------------
def test_an_instruction_to_report_by_phone_is_no_attribution():
    atts = triples("The mains burst twice. Residents can report leaks by calling the water board at 555-0142.")
    assert not [a for a in atts if "report" in a[1]], atts


def test_a_relative_speech_verb_inside_a_quotation_continues_the_quotation():
    # a cue-less sentence of a quotation over two sentences: "which he said was ..." opens no attribution of its own
    atts = triples('The inquiry closed. "I answered every question," Moreau said. "I have said many times that what I '
                   'told the panel, which he said was accurate, is what I said in public."')
    assert not [a for a in atts if a[0] == "he"], atts
