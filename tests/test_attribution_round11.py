"""Attribution fixes for the errors of the twelfth contact (house_articles 108-115, round 11, branch attr12,
2026-12-04), one table each, on made-up sentences that are not the articles' own. Each fails without its fix."""
from __future__ import annotations

import pytest

from attribution_cases import triple_with_cue as by_cue
from attribution_cases import triples as cases_triples

TITLE = "County desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _according_to_name_in_apposition: "According to the district manager, Paddy Conlon, the council has ..." -----
@pytest.mark.parametrize("body,source,content", [
    ("According to the harbour master, Liam Doyle, the pier has already cost €3 million to repair.",
     "the harbour master, Liam Doyle", "the pier has already cost €3 million to repair"),
    ("The ferry was late again. According to the chief executive, Dana Holt, the plant will reopen in March.",
     "the chief executive, Dana Holt", "the plant will reopen in March"),
])
def test_a_name_in_apposition_after_according_to_is_the_source(body, source, content):
    src, _, got = by_cue(triples(body), "According to")
    assert (src, got) == (source, content)


def test_a_name_after_a_documents_according_to_stays_the_contents_subject():
    atts = triples("According to a police summary of the inquiry, Mara Quell, the town's treasurer, moved the funds "
                   "twice in May.")
    src, _, got = by_cue(atts, "According to")
    assert src == "a police summary of the inquiry" and got.startswith("Mara Quell"), atts


# ---- _final_frame_before_its_setting: "Revenue fell ..., the company said in a filing to the exchange on Tuesday." --
@pytest.mark.parametrize("body,source,content", [
    ("Profit fell 8 per cent to Dh90 million, the company said in a filing to the exchange on Monday.",
     "the company", "Profit fell 8 per cent to Dh90 million"),
    ("The mill will shut two kilns in March, the group said in a notice to shareholders on Friday.",
     "the group", "The mill will shut two kilns in March"),
])
def test_a_final_frame_reports_the_clause_before_it_not_its_setting(body, source, content):
    src, _, got = by_cue(triples(body), "said")
    assert (src, got) == (source, content)


def test_a_frame_with_its_own_that_clause_keeps_it():
    atts = triples("Sales were flat, and the company said in a filing on Monday that it would cut 200 jobs.")
    _, _, got = by_cue(atts, "said")
    assert "it would cut 200 jobs" in got and "Sales were flat" not in got, atts


# ---- _subject_before_questioned_aside: "X, asked about the delay in question time, insisted ..." ------------------
@pytest.mark.parametrize("body,cue", [
    ('Health Minister Ruth Ames, asked about the waiting lists in question time, insisted the plan was "working".',
     "insisted"),
    ("The harbour master, asked about the cracks by councillors on Monday, argued the pier was safe.", "argued"),
])
def test_a_cue_after_a_questioned_aside_has_the_subject_for_source(body, cue):
    atts = triples(body)
    src, _, _ = by_cue(atts, cue)
    assert src in ("Health Minister Ruth Ames", "The harbour master"), atts


# ---- _subject_before_dash_aside: "The plaintiffs — two patrons and a group — argued in their complaint that ..." ---
def test_a_cue_after_a_dash_aside_has_the_subject_for_source_and_its_whole_clause():
    atts = triples("The tenants — three families and a local charity — argued in their petition that the rent had "
                   "doubled since the sale, most of it in a single year.")
    src, cue, got = by_cue(atts, "argued in their petition")
    assert src == "The tenants", atts
    assert got.endswith("most of it in a single year"), atts


def test_a_said_after_a_dash_aside_has_the_subject_for_source():
    atts = triples("The growers — two co-operatives and a family estate — said the frost had cost them a third of "
                   "the crop.")
    assert by_cue(atts, "said")[0] == "The growers", atts


# ---- _unlabelled_object_relative_noun_speech: "..., which the plaintiffs say can take more than a year." ------------
@pytest.mark.parametrize("body,source", [
    ("Under it, a seized boat stays in the harbour until a three-member panel inspects it, which the plaintiffs say "
     "can take more than a year.", "the plaintiffs"),
    ("Under it, a challenged book stays off the shelves until a five-member board reviews it, which the librarians "
     "say can take more than a year.", "the librarians"),
])
def test_speech_in_a_relative_clause_with_a_noun_subject(body, source):
    atts = triples(body)
    src, _, got = by_cue(atts, "say")
    assert src == source and got.endswith("can take more than a year"), atts


def test_a_relative_clause_without_speech_after_the_noun_is_no_attribution():
    atts = triples("Under it, a seized boat stays in the harbour until a panel inspects it, which the owners resent.")
    assert not [a for a in atts if a[1] in ("say", "says", "said")], atts


# ---- _posted_result (non_speech_senses.tsv, frame result): "Falcon Cement Company posted a 31 per cent fall ..." ---
@pytest.mark.parametrize("body", [
    "Kestrel Foods posted a 14 per cent fall in first-half net profit to $30 million, as weaker demand hit sales.",
    "Harbour Foods on Tuesday posted a 12 per cent drop in quarterly profit, as costs rose.",
])
def test_posting_a_result_is_no_attribution(body):
    assert not [a for a in triples(body) if "posted" in a[1]], triples(body)


def test_posting_words_stays_an_attribution():
    atts = triples("The mayor posted a video on Monday saying the bridge would reopen.")
    assert [a for a in atts if a[2] == "the bridge would reopen"], atts
