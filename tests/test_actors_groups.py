"""Number words and quantifiers make groups, never persons or organizations."""
from __future__ import annotations

import pytest

from newslib.tagging.actor_lexicon import actor_lexicon
from test_actors import run

GROUP_SOURCES = [
    # text, source, expected (kind, actor)
    ("Only five of the 40 economists polled expected a cut.", "Only five of the 40 economists polled",
     ("group", None)),
    ("37 of the 42 economists said rates would rise.", "37 of the 42 economists", ("group", None)),
    ("Thirty-seven of the 42 economists said rates would rise.", "Thirty-seven of the 42 economists",
     ("group", None)),
    ("Most analysts said the deal would close.", "Most analysts", ("group", None)),
    ("Five said they would vote no.", "Five", ("group", None)),
    ("Only five said they would vote no.", "Only five", ("group", None)),
    ("Both said the plan was sound.", "Both", ("group", None)),
    ("Many said they were worried.", "Many", ("group", None)),
    ("All three said they would resign.", "All three", ("group", None)),
    ("At least a dozen residents said the water was brown.", "At least a dozen residents", ("group", None)),
    ("Dozens of residents said the water was brown.", "Dozens of residents", ("group", None)),
    ("Nearly 30,000 people signed, organizers said.", "Nearly 30,000 people", ("group", None)),
    ("Most Democrats said the bill went too far.", "Most Democrats", ("group", "Democratic Party")),
    ("Two of Mr. Clinton's admirers said he was tired.", "Two of Mr. Clinton's admirers", ("group", "Clinton")),
    ("Many Germans, including Chancellor Angela Merkel, said no.", "Many Germans, including Chancellor Angela Merkel",
     ("group", "Angela Merkel")),
    # a year is not a count, a superlative not a quantifier
    ("A 2008 Clinton veteran said the race was close.", "A 2008 Clinton veteran", ("person", "Clinton")),
    ("The most recent Gallup poll said otherwise.", "The most recent Gallup poll", ("organization", "Gallup")),
    # not quantified: the kinds they had
    ("One official said the talks had stalled.", "One official", ("anonymous", None)),
    ("Some officials said the talks had stalled.", "Some officials", ("anonymous", None)),
    ("Mark Rutte said the alliance was united.", "Mark Rutte", ("person", "Mark Rutte")),
]


@pytest.mark.parametrize("text,source,expected", GROUP_SOURCES)
def test_quantified_sources_are_groups(text, source, expected):
    actors, linked = run(text, [(source, "person")])
    src = linked[0].source
    assert (src.kind, src.actor) == expected
    assert not any(a.type in ("person", "organization") and a.name.split()[0].lower() in
                   {"five", "thirty-seven", "only", "most", "both", "many", "all", "dozens"} for a in actors.values())


@pytest.mark.parametrize("word,number", [("Five", True), ("thirty-seven", True), ("37", True), ("30,000", True),
                                         ("2.5", True), ("Dozen", True), ("Fiver", False), ("Seventh", False),
                                         ("Obama", False), ("", False)])
def test_is_number(word, number):
    assert actor_lexicon().is_number(word) is number


@pytest.mark.parametrize("words,quantified", [
    ("only five", True), ("37 of the 42 economists", True), ("most analysts", True), ("at least a dozen", True),
    ("some 40 economists", True), ("some of them", True), ("the two leaders", True), ("one official", False),
    ("some officials", False), ("a spokesman", False), ("the white house", False), ("only", False), ("", False),
    ("a 2008 clinton veteran", False), ("2016 candidates", False), ("the most recent poll", False),
    ("a dozen analysts", True), ("the majority of voters", True), ("twenty-four percent", True),
    ("minority leader grant ellery", False), ("majority owner", False), ("the 46 - year-old", False),
    ("the 46 protesters", True)])
def test_quantified(words, quantified):
    assert actor_lexicon().quantified(words.split()) is quantified


@pytest.mark.parametrize("text", [
    "Thirty-seven said the plan had failed, and Thirty-seven of them left.",
    "Five of them said so. Five more agreed. Five others refused.",
])
def test_number_words_are_never_actors(text):
    actors, _ = run(text, [(text.split()[0], "person")])
    assert actors == {}
