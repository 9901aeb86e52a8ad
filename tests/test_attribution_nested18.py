"""Attributions inside what the tagger read as one content (issue 11, branch polnear18). PolNeAR never nests one
attribution inside another's content: no gold cue of train's 919 annotation files or dev's 94 lies inside another
gold content. Where a second attribution starts inside a content, the annotators end the first content before it
and annotate the second beside it (`benchmarks/nested_cues.py` counts, by class, the gold cues the tagger misses
inside one of its contents: 1,161 on train). Made-up sentences, not the articles' own; each row fails without
its pass."""
from __future__ import annotations

import pytest

from attribution_cases import triples as cases_triples

TITLE = "City desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# _participle_after_content_comma: the largest class the model labels and a pass dropped (187 of 286 participles
# on train); a participle outside the cue lexicon after the comma that ends a sourced cue's content
@pytest.mark.parametrize("body,expected", [
    ("The mayor rejected the council's budget on Tuesday, calling it a gift to developers.",
     [("The mayor", "rejected", "the council's budget on Tuesday"),
      ("The mayor", "calling", "it a gift to developers")]),
    ("Okafor said the depot would close in March, vowing to find new jobs for its drivers.",
     [("Okafor", "said", "the depot would close in March"),
      ("Okafor", "vowing", "to find new jobs for its drivers")]),
    ("The minister defended the new levy, contrasting it with the tax rises of her predecessor.",
     [("The minister", "defended", "the new levy"),
      ("The minister", "contrasting", "it with the tax rises of her predecessor")]),
])
def test_a_participle_after_a_content_is_an_attribution_of_its_own(body, expected):
    assert triples(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a participle before a bare noun is an adjective in a list, not the speaker's second act
    ("Reyes is stressing that her plans will fix the problems facing families — the high cost of childcare, "
     "mounting student debt and unpaid family leave.",
     [("Reyes", "is stressing", "that her plans will fix the problems facing families — the high cost of "
       "childcare, mounting student debt and unpaid family leave")]),
    # inside a quotation opened by two apostrophes
    ("Okafor said the rise ''was a mistake, knowing that the town could not pay.''",
     [("Okafor", "said", "the rise ''was a mistake, knowing that the town could not pay")]),
])
def test_a_participle_that_is_no_second_act_stays_in_the_content(body, expected):
    assert triples(body) == expected


@pytest.mark.parametrize("words,tags,before,source,expected", [
    (["according", "to"], ["VBG", "TO"], ["the", "plan", ","], "", "according to"),
    (["say"], ["VBP"], ["critics", "who"], "who", "relative clause"),
    (["claim"], ["NN"], ["for", "his"], "his", "noun cue"),
    (["vowing"], ["VBG"], ["in", "March", ","], "Okafor", "participle"),
    (["has", "said"], ["VBZ", "VBN"], ["that", "the", "mayor"], "the mayor", "verb with source"),
    (["was", "told"], ["VBD", "VBN"], ["the", "council"], "", "verb without source"),
])
def test_the_nested_cue_classes_of_the_benchmark(words, tags, before, source, expected):
    from benchmark_scripts import load

    text = "Okafor said the mayor has said no."
    assert load("nested_cues").classify(text, words, tags, before, source, 20, 12) == expected


def test_a_cue_inside_a_quotation_of_the_outer_content_is_quoted_speech():
    from benchmark_scripts import load

    text = 'Okafor said: "The mayor told me no."'
    start = text.index("told")
    assert load("nested_cues").classify(text, ["told"], ["VBD"], ["The", "mayor"], "The mayor", start,
                                        text.index('"')) == "quoted speech"


# _bare_participle_read_as_past (in _coordinated_cue_keeps_source): a second predicate after "and"/"but" that the
# POS tagger took for a participle (VBN) is the first cue's past tense, unless a "have" before it is shared
@pytest.mark.parametrize("body,expected", [
    ("Lee pressed the mayor to sign the agreement with the union - and lobbied for the council to support the "
     "deal.",
     [("Lee", "pressed", "the mayor to sign the agreement with the union"),
      ("Lee", "lobbied for", "the council to support the deal")]),
    ("The agency said in a statement it had appointed two mediators and called on both parties to meet on "
     "Friday.",
     [("The agency", "said in a statement",
       "it had appointed two mediators and called on both parties to meet on Friday")]),
])
def test_a_past_tense_tagged_as_participle_after_and_keeps_the_source(body, expected):
    assert triples(body) == expected


# _main_cue_after_relative_aside: "X, who ..., VERB ...": the main clause's cue after the aside's closing comma,
# which the relative cue's content swallowed; a verb of the cue lexicon keeps the source the later passes draw
@pytest.mark.parametrize("body,expected", [
    ('Okafor, who thinks the council made a power grab with its housing policies, called the new plan "much, '
     'much better" than the old one.',
     [("who", "thinks", "the council made a power grab with its housing policies"),
      ("Okafor", "called", 'the new plan "much, much better" than the old one')]),
    ("Ruiz, who has long expressed her admiration for the mayor, recently ordered up a legal review of the "
     "election rules.",
     [("who", "has long expressed", "her admiration for the mayor"),
      ("Ruiz", "recently ordered up", "a legal review of the election rules")]),
    ("Ana Ruiz, who has endorsed Okafor despite their long history of disagreements, said Thursday that he would "
     "be the best candidate.",
     [("Ana Ruiz, who has endorsed Okafor despite their long history of disagreements,", "said Thursday",
       "that he would be the best candidate")]),
])
def test_the_main_cue_after_a_relative_aside_has_the_opening_noun_phrase(body, expected):
    assert triples(body) == expected
