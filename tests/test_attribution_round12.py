"""Attribution passes for the errors of the thirteenth contact (house_articles 116-123, round 12, branch attr13,
2026-12-04), one table each, on made-up sentences that are not the articles' own. Each fails without its pass."""
from __future__ import annotations

import pytest

from attribution_cases import triple_with_cue as by_cue
from attribution_cases import triples as cases_triples

TITLE = "Regional desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _speech_nested_in_content: "told the Post that the agency had warned villagers in September that ..." ------
@pytest.mark.parametrize("body,cue,source,content", [
    ("Lena Ortiz told the inquiry that the port authority had warned operators in May that the crane was unsafe.",
     "warned", "the port authority", "the crane was unsafe"),
    ("The union says that the district managers have told staff that the depot will close in spring.",
     "told", "the district managers", "the depot will close in spring"),
    ("The mayor said on Facebook that the contractor had assured her on Friday that the road would reopen.",
     "assured", "the contractor", "the road would reopen"),
    ("Two residents said the council had urged tenants to leave their flats before the storm.",
     "urged", "the council", "tenants to leave their flats before the storm"),
    ("The minister told reporters on Monday that the ministry had asked the banks to freeze the accounts.",
     "asked", "the ministry", "the banks to freeze the accounts"),
])
def test_speech_nested_in_an_indirect_content_is_an_attribution_of_its_own(body, cue, source, content):
    atts = triples(body)
    assert by_cue(atts, cue) == (source, cue, content), atts
    outer = [a for a in atts if a[1] != cue]
    assert outer and content in outer[0][2], atts  # the outer content still covers it


def test_a_nested_request_ends_where_the_outer_report_goes_on():
    atts = triples("Kwok said the government had asked the operator to extend the shuttle bus, and that fares "
                   "would be waived.")
    assert by_cue(atts, "asked") == ("the government", "asked", "the operator to extend the shuttle bus"), atts


@pytest.mark.parametrize("body", [
    "The mayor said the residents who warned the council last year were right.",  # a relative clause's verb
    "She said the letter had told a different story.",  # no "that" clause, no "to" request
])
def test_no_nested_attribution_without_a_subject_and_its_clause(body):
    atts = triples(body)
    assert len(atts) == 1, atts


# ---- _finding_after_subordinator: "... after an audit found that staff had missed signs of deterioration" --------
@pytest.mark.parametrize("body,source,content", [
    ("Two councils were told to repay the grants after an audit found that the money had been spent on consultants.",
     "an audit", "the money had been spent on consultants"),
    ("Bus depots in the east of the city have been told to halt any new routes after a review found that drivers "
     "had worked 70-hour weeks.", "a review", "drivers had worked 70-hour weeks"),
])
def test_a_finding_after_a_subordinator_inside_another_content_is_reported(body, source, content):
    atts = triples(body)
    assert by_cue(atts, "found") == (source, "found", content), atts


def test_found_after_a_subordinator_without_a_that_clause_is_no_finding():
    atts = triples("Two councils were told to repay the grants after an audit found the money missing.")
    assert not [a for a in atts if a[1] == "found"], atts


# ---- _listener_before_that_out_of_content: "said in a note to clients that ...", "wrote on X that ..." -----------
@pytest.mark.parametrize("body,cue,content", [
    ("Dana Holt, a broker at Fenmark, said in a note to clients that the rally would not last.",
     "said in a note to clients", "the rally would not last"),
    ("Ruth Ames, a strategist at Calder Bank, wrote in a letter to investors that the fund would close.",
     "wrote in a letter to investors", "the fund would close"),
    ('The marshal, Piotr Zaremba, wrote on X that the decision was "a slap in the face."',
     "wrote on X", 'the decision was "a slap in the face."'),
    ("The party leader said on television that the coalition would survive.",
     "said", "the coalition would survive"),
])
def test_the_object_of_a_cues_preposition_is_no_content(body, cue, content):
    atts = triples(body)
    _, got_cue, got = atts[0]
    assert (got_cue, got) == (cue, content), atts


# ---- _content_before_trimmed_frame: "... from the Grain Marketing Board (GMB), the minister said yesterday." -----
@pytest.mark.parametrize("body,source,content", [
    ("The council will lose access to cheap loans from the Regional Development Bank (RDB), the governor said on "
     "Monday.", "the governor", "The council will lose access to cheap loans from the Regional Development Bank (RDB)"),
])
def test_a_final_frame_after_a_bracketed_name_reports_the_clause_before_it(body, source, content):
    src, _, got = by_cue(triples(body), "said")
    assert (src, got) == (source, content)


# ---- _content_keeps_its_closing_bracket: "... from the Grain Board (GB)." ----------------------------------------
@pytest.mark.parametrize("body,content", [
    ("The minister said farmers would lose access to subsidised seed from the Grain Board (GB).",
     "farmers would lose access to subsidised seed from the Grain Board (GB)"),
    ("Officials said the new road would link the town to the Northern Highway (N4).",
     "the new road would link the town to the Northern Highway (N4)"),
])
def test_a_content_keeps_the_bracket_that_closes_one_it_opened(body, content):
    _, _, got = by_cue(triples(body), "said")
    assert got == content


# ---- _participle_content_to_clause_end: '..., adding that speculators had held ... in wheat for 19 weeks.' -------
@pytest.mark.parametrize("body,cue,content", [
    ('Analysts at Corrin Bank said the rally was "mostly about funds," adding that speculators had held a net short '
     'position in wheat for 19 consecutive weeks.', "adding",
     "that speculators had held a net short position in wheat for 19 consecutive weeks"),
])
def test_a_participles_that_clause_runs_to_the_sentences_end(body, cue, content):
    _, _, got = by_cue(triples(body), cue)
    assert got == content


# ---- _subject_with_participle_modifier: "Nurses interviewed for the audit said ..." ------------------------------
@pytest.mark.parametrize("body,source", [
    ("Nurses interviewed for the survey said they had been asked to work double shifts.",
     "Nurses interviewed for the survey"),
    ("Residents questioned by the inspectors said the lift had been broken for weeks.",
     "Residents questioned by the inspectors"),
    ("Workers interviewed at the depot on Monday said the shifts had been cut.", "Workers interviewed at the depot"),
])
def test_a_subject_with_a_participle_phrase_is_the_whole_source(body, source):
    atts = triples(body)
    assert by_cue(atts, "said")[0] == source, atts
    assert len(atts) == 1, atts  # the participle is no cue


# ---- _source_without_leading_comma: "However, a senior official ..., who asked not to be identified, said" ------
def test_a_source_after_a_trimmed_sentence_adverb_has_no_leading_comma():
    atts = triples("However, a senior official at the dock workers' union, who asked not to be identified because "
                   "talks were continuing, said the real problem was pay.")
    src, _, _ = by_cue(atts, "said")
    assert src.startswith("a senior official at the dock workers' union"), atts


# ---- _source_after_object_relative: "..., a move that traders say could cut import demand" ----------------------
@pytest.mark.parametrize("body,cue,source", [
    ("The ministry cut the grant, a decision that critics say will hurt rural schools.", "say", "critics"),
    ("Polling stations opened late, a delay that observers said could cost thousands of votes.", "said", "observers"),
])
def test_the_subject_after_an_object_relative_pronoun_is_the_source(body, cue, source):
    assert by_cue(triples(body), cue)[0] == source


# ---- _plural_noun_read_as_cue: "Hospital trusts in the south of England have been told to pause ..." -----------
def test_a_subjects_head_noun_is_no_cue():
    atts = triples("Hospital trusts in the south of the region have been told to halt any expansion of home wards "
                   "after an audit found that nurses had missed signs of decline in 40 patients being cared for at "
                   "home.")
    assert not [a for a in atts if a[1] == "trusts"], atts


def test_a_verb_in_s_before_its_clause_stays_a_cue():
    atts = triples("Trump tweets in the morning that the press is unfair.")
    assert atts and atts[0][0] == "Trump", atts


# ---- release_labels.tsv: "Cite this as: ..." closes a journal's news item --------------------------------------------
def test_a_journal_citation_line_is_furniture():
    atts = triples("The board said the wards would reopen in March.\n\nCite this as: Med Rec 2026;12:r118")
    assert [a[1] for a in atts] == ["said"], atts
