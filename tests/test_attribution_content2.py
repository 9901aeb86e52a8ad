"""Contents of PolNeAR dev's content error classes, counted again on main (issue 11 §2 and §3, branch content7):
made-up news sentences with the cue and the content expected."""
from __future__ import annotations

import pytest

from attribution_cases import content_of, tag, with_cue


# ---- an indirect content ends with its sentence: the next, unattributed sentence is the writer's ----------
@pytest.mark.parametrize("body,cue,content", [
    ("The minister noted that farmers had been hit hard by the drought. But it was unclear whether the banks "
     "would accept that the losses were beyond anyone's control.\n",
     "noted", "that farmers had been hit hard by the drought"),
    ("The governor admitted that the new bridge had cost twice as much as planned. Whether voters will forgive "
     "the overrun is another matter, and the opposition plans to make it an issue.\n",
     "admitted", "that the new bridge had cost twice as much as planned"),
    ("Doctors say the new clinic has shortened waiting times. The building, which opened in April, was paid for "
     "with money from a local charity that may also fund a second site.\n",
     "say", "the new clinic has shortened waiting times"),
    ("Residents say the park is no longer safe at night. A playground was vandalised in the spring, and that "
     "could deter families from visiting.\n",
     "say", "the park is no longer safe at night"),
    ("The mayor announced a new plan to cut traffic in the old town. The scheme would ban cars from four "
     "streets and double the number of buses.\n",
     "announced", "a new plan to cut traffic in the old town"),
    # nor is the writer's sentence the content of a cue in the sentence after it
    ("Residents say the park is no longer safe at night. A playground was vandalised in the spring, and that "
     "could deter families from visiting. The police agreed.\n",
     "agreed", ""),
])
def test_indirect_content_ends_with_its_sentence(body, cue, content):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)) == content


@pytest.mark.parametrize("body,cue,content", [
    # a quotation that opens in the next sentence is the same speaker's, as PolNeAR annotates it
    ('The mayor said the toll would be scrapped in May. "Nobody wants it, and nobody will miss it."\n', "said",
     'the toll would be scrapped in May. "Nobody wants it, and nobody will miss it."'),
    ("The mayor said the toll would be scrapped in May. ''Nobody wants it, and nobody will miss it.''\n", "said",
     "the toll would be scrapped in May. ''Nobody wants it, and nobody will miss it.''"),
    # a quotation over two sentences, after a colon or left open in the first
    ('The mayor said: "The toll will be scrapped in May. Nobody wants it, and nobody will miss it."\n', "said",
     '"The toll will be scrapped in May. Nobody wants it, and nobody will miss it."'),
    ('The mayor said the toll would be "scrapped for good in May. Nobody wants it, and nobody will miss it."\n',
     "said", 'the toll would be "scrapped for good in May. Nobody wants it, and nobody will miss it."'),
    ('"The toll will be scrapped in May. Nobody wants it," the mayor said. "And nobody will miss it."\n', "said",
     '"The toll will be scrapped in May. Nobody wants it," … "And nobody will miss it."'),
])
def test_quotation_still_runs_on(body, cue, content):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)) == content


# ---- after "told" and its listener, the content starts at the clause's subject -----------------------------
@pytest.mark.parametrize("body,cue,content", [
    # the model's cue holds the listener ("told reporters"); a time phrase after it is not content
    ("He told reporters on Friday the club that he loved had treated him badly.\n", "told",
     "the club that he loved had treated him badly"),
    ("The coach told reporters on Friday the team would need a new goalkeeper.\n", "told",
     "the team would need a new goalkeeper"),
    # an object relative clause of the subject is the content's, not its start
    ("He told reporters the club that he loved had treated him badly.\n", "told",
     "the club that he loved had treated him badly"),
    ("The manager told the board the stadium that the city built would be too small.\n", "told",
     "the stadium that the city built would be too small"),
    # unchanged: a "that" clause, and a listener outside the cue
    ("He told reporters on Friday that the club had treated him badly.\n", "told",
     "that the club had treated him badly"),
    ("She told the BBC on Monday the plan was dead.\n", "told", "the plan was dead"),
])
def test_content_after_told_and_its_listener(body, cue, content):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)) == content


# ---- the listener of a verb of telling or asking is not content (listener_verbs.tsv) ------------------------
@pytest.mark.parametrize("body,cue,content", [
    ("The senator is warning voters that the new tax will hurt farmers.\n", "warning",
     "that the new tax will hurt farmers"),
    ("She reminded the committee that the budget had been cut twice.\n", "reminded",
     "that the budget had been cut twice"),
    ("The coach assured the fans that the team would fight for every point.\n", "assured",
     "that the team would fight for every point"),
    ("The head teacher informed parents that the school would close early on Friday.\n", "informed",
     "that the school would close early on Friday"),
    # the question word after "asked" and its listener
    ("The mayor asked residents if they would accept a higher water bill.\n", "asked",
     "if they would accept a higher water bill"),
    ("Reporters asked the coach on Monday whether he would resign.\n", "asked", "whether he would resign"),
    ("The inspector asked the drivers why they had ignored the signs.\n", "asked",
     "why they had ignored the signs"),
    # unchanged: the object of a to-infinitive stays (PolNeAR keeps it), and "told" as before
    ("The minister asked the unions to call off the strike.\n", "asked", "the unions to call off the strike"),
    ("Nurses told the inquiry that the ward had been short of staff for months.\n", "told",
     "that the ward had been short of staff for months"),
])
def test_listener_is_not_content(body, cue, content):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)) == content


# ---- no content starts with a comma, semicolon or colon ----------------------------------------------------
@pytest.mark.parametrize("body,cue,content", [
    ("Farmers in the valley often say, ''Rain in May pays the rent.''\n", "say", "''Rain in May pays the rent.''"),
    ("As one fisherman put it, ''The sea gives and the sea takes.''\n", "put it",
     "''The sea gives and the sea takes.''"),
    ('Villagers like to say, "The river always wins."\n', "say", '"The river always wins."'),
])
def test_content_starts_after_the_comma(body, cue, content):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)) == content


# ---- a sentence adverb of the writer's before a content and its final cue (writers_connectives.tsv) --------
@pytest.mark.parametrize("body,cue,content", [
    ("However, few voters have noticed the change, the poll found.\n", "found",
     "few voters have noticed the change"),
    ("Still, the plant will stay open until March, the minister said.\n", "said",
     "the plant will stay open until March"),
    ("In addition, the council will hire twelve more wardens, a spokeswoman said.\n", "said",
     "the council will hire twelve more wardens"),
    ("Meanwhile, prices at the pump have barely moved, analysts say.\n", "say",
     "prices at the pump have barely moved"),
    ("Of course, the new stadium will need a railway station, the planners admit.\n", "admit",
     "the new stadium will need a railway station"),
    # unchanged: "But" (PolNeAR keeps it as often as not), and the speaker's own adverb inside a quotation
    ("But the plant will stay open until March, the minister said.\n", "said",
     "But the plant will stay open until March"),
    ('"However, we will not give up," the captain said.\n', "said", '"However, we will not give up,"'),
])
def test_writers_adverb_is_not_content(body, cue, content):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)) == content
