"""Attribution passes for the errors of the nineteenth contact (house_articles 164-171, round 19, branch attr21,
2026-12-05), and one left from round 17, one table each, on made-up sentences that are not the articles' own. Each
fails without its fix."""
from __future__ import annotations

import pytest

from attribution_cases import triples as cases_triples

TITLE = "Regional desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _speaker_phrase_before_relative: '"…," said the head of programming at a Midwest chain, who asked …' --------
@pytest.mark.parametrize("body,source,content", [
    ('"We needed one of these two to sell, and we sold one," said the head of buying at a London store, who asked not '
     'to be identified because she was not authorized to discuss sales.', "the head of buying at a London store",
     '"We needed one of these two to sell, and we sold one,"'),
    ('"Nobody buys the big boxes any more," said a buyer at a Dutch supermarket chain, who spoke on condition of '
     'anonymity because the talks are private.', "a buyer at a Dutch supermarket chain",
     '"Nobody buys the big boxes any more,"'),
])
def test_a_speaker_with_a_phrase_before_a_relative_clause_is_the_speaker(body, source, content):
    atts = triples(body)
    assert len(atts) == 1, atts
    found_source, cue, found_content = atts[0]
    assert cue == "said" and found_content == content, atts
    assert found_source is not None and found_source.startswith(source), atts


# ---- _source_before_bracket_time_phrase: "The National Transport Authority (NTA) on Tuesday said ..." -----------
@pytest.mark.parametrize("body,source,cue,content", [
    ("The National Transport Authority (NTA) on Tuesday said the fares would rise in March.",
     "The National Transport Authority (NTA)", "said", "the fares would rise in March"),
    ("The Department of Fisheries (DoF) last week announced that boats within a five-kilometre radius of the reef "
     "at Mirissa would be inspected.", "The Department of Fisheries (DoF)", "announced",
     "that boats within a five-kilometre radius of the reef at Mirissa would be inspected"),
])
def test_a_bracketed_abbreviation_and_a_time_phrase_before_the_cue_keep_the_named_source(body, source, cue,
                                                                                         content):
    assert triples(body) == [(source, cue, content)]


# ---- _aside_participle_over_its_subject: "The ban, approved by the council in May, ..., reports Lusa." (round 17) --
@pytest.mark.parametrize("body,source,content", [
    ("The ban, approved by the council in May, covers every beach between Faro and Tavira, reports Lusa.", "Lusa",
     "The ban, approved by the council in May, covers every beach between Faro and Tavira"),
])
def test_a_participle_aside_after_the_opening_noun_phrase_is_no_attribution(body, source, content):
    assert triples(body) == [(source, "reports", content)]


# ---- _nested_told_without_that: "X said at least 25 crèches ... had told the federation they were ..." ----------
@pytest.mark.parametrize("body,outer,source,content", [
    ("The mayor said several landlords in the old town had told the council they would sell their buildings.",
     "The mayor", "several landlords in the old town", "they would sell their buildings"),
    ("Kovac said the workers had told him they were leaving for Germany in the spring.", "Kovac", "the workers",
     "they were leaving for Germany in the spring"),
])
def test_told_with_a_listener_and_no_that_inside_a_content_is_an_attribution_of_its_own(body, outer, source,
                                                                                      content):
    atts = triples(body)
    assert [a[0] for a in atts if a[1] == "said"] == [outer], atts
    assert (source, "told", content) in atts, atts


def test_told_with_a_listener_and_no_clause_inside_a_content_is_none():
    atts = triples("Kovac said the workers had told the press conference in Split.")
    assert [a[1] for a in atts] == ["said"], atts
