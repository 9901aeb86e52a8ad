"""Attribution fixes for the errors of the eleventh contact (house_articles 100-107, round 9, branch attr10,
2026-12-04), one table each, on made-up sentences that are not the articles' own. Each fails without its fix."""
from __future__ import annotations

import pytest

from attribution_cases import triples as cases_triples
from newslib.tokenize.sentences import sentence_spans

TITLE = "City desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


# ---- abbreviations.tsv "rs": "Rs. 340 million" ends no sentence -----------------------------------------------------
def test_rupees_abbreviation_ends_no_sentence():
    assert sentences("The port spent Rs. 90 million on cranes. Work starts soon.") == [
        "The port spent Rs. 90 million on cranes.", "Work starts soon."]


def test_a_content_with_rupees_is_whole():
    atts = triples("Prices rose. An opposition MP told Parliament that the board had paid Rs. 85 million for "
                   "two unused ferries.")
    assert [a for a in atts if a[1] == "told" and a[2].endswith("for two unused ferries")], atts


# ---- sentences.py _ends_with_initials: "W.A. Priyanthi Senanayake, denied ..." ---------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The board's chair, K.L. Dissanayake Perera, said the audit was late.",
     ["The board's chair, K.L. Dissanayake Perera, said the audit was late."]),
    ("A new dean, R.T. Malling, opened the evening. Guests stayed late.",
     ["A new dean, R.T. Malling, opened the evening.", "Guests stayed late."]),
    # a function word after the initials opens a new sentence; a known abbreviation (U.S.) is Punkt's to judge
    ("The firm moved to its new hub, U.A.E. The staff followed.",
     ["The firm moved to its new hub, U.A.E.", "The staff followed."]),
])
def test_a_persons_initials_end_no_sentence_before_a_name(text, expected):
    assert sentences(text) == expected


def test_a_speaker_with_initials_keeps_the_participles_source():
    atts = triples("The tender closed. The port's Secretary, D.M. Kumari Wickrama, rejected the claim, saying the "
                   "cranes were bought after an open tender.")
    saying = [a for a in atts if a[1] == "saying"]
    assert saying and saying[0][0] and "Wickrama" in saying[0][0], atts
    assert saying[0][2] == "the cranes were bought after an open tender", atts


# ---- _drop_cues_in_anonymity_asides: "One caller, who identified herself only as Miss X, said" ----------------------
@pytest.mark.parametrize("sentence", [
    "One listener, who identified herself only as Mrs Alleyne from Oistins, said the clinic had closed early.",
    "A shopper, who introduced himself as Dale from Speightstown, said the clinic had closed early.",
])
def test_a_self_identifying_relative_aside_holds_no_cue_and_no_source(sentence):
    atts = triples("The phones rang all morning. " + sentence)
    assert not [a for a in atts if a[1] in ("identified", "introduced")], atts
    said = [a for a in atts if a[1] == "said"]
    assert said and said[0][0].startswith(("One listener", "A shopper")), atts
    assert said[0][2] == "the clinic had closed early", atts


# ---- _drop_in_furniture_lines: a linked headline ending with a bare quotation --------------------------------------
def test_a_furniture_line_ending_with_a_quotation_holds_no_attribution():
    atts = triples('The couple left on Sunday.\n\nREAD MORE: Minister breaks his silence – "I will not resign"')
    assert atts == [], atts


def test_a_sentence_ending_with_a_quotation_after_a_label_is_kept():
    atts = triples('The couple left on Sunday.\n\nUpdate: The mayor said the bridge would reopen "by Friday."')
    assert [a for a in atts if a[1] == "said"], atts
