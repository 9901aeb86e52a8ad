"""Sources of PolNeAR dev's error classes (issue 11 §3), one table each: made-up news sentences with the source,
cue and content expected. ``content`` is a text that the content must hold; ``None`` for source means the
attribution has none."""
from __future__ import annotations

import pytest

from attribution_cases import content_of, tag, with_cue


# ---- a passive of saying, judging or naming without an agent has no source; its subject is content --------
@pytest.mark.parametrize("body,cue,content", [
    ("The former treasurer was accused of moving club funds into a private account in 2019.\n",
     "was accused of", "The former treasurer … moving club funds"),
    ("Two of the coaches have been criticized for skipping the safety briefing before the match.\n",
     "have been criticized", "Two of the coaches … for skipping"),
    ("The harbour board is expected to approve the new ferry timetable on Thursday.\n",
     "is expected", "The harbour board … to approve"),
    ("The mayor has been harshly criticized for closing the library on weekends.\n",
     "has been harshly criticized", "The mayor … for closing the library"),
    ("The inspectors were widely praised for their handling of the recall.\n",
     "were widely praised", "The inspectors … their handling"),
    ("Ms. Varga is widely seen as the favourite to lead the union after the vote.\n",
     "is widely seen", "Ms. Varga … as the favourite"),
    ("Several residents were told that the water was safe to drink.\n",
     "were told", "Several residents … that the water was safe"),
    ("The striker is best known for his goal in the 2019 final.\n", "is best known", "The striker … his goal"),
    # a reduced relative clause ("known" is no active past)
    ("The group, a think tank known for its long reports, said the plan would fail.\n", "known for",
     "The group, a think tank … its long reports"),
])
def test_passive_without_agent_has_no_source(body, cue, content):
    text, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.cue.text.startswith(cue)  # the form of "be" and its auxiliaries are the cue's
    assert a.source is None
    assert content_of(text, a).startswith(content.split(" … ")[0])
    assert content.split(" … ")[1] in content_of(text, a)


@pytest.mark.parametrize("body,cue,source", [
    # the agent after "by" is the source
    ("The council was criticized by residents for closing the pool.\n", "criticized", "residents"),
    # feelings and resolve: the subject holds the view
    ("Local farmers are convinced that the new dam will ruin the river.\n", "convinced", "Local farmers"),
    ("The director is determined to finish the film before the festival.\n", "determined", "The director"),
])
def test_passive_keeps_agent_or_experiencer(body, cue, source):
    _, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


def test_passive_addressee_with_a_topic_is_no_attribution():
    # "was asked about ..." whose subject is only the one spoken to is no attribution (the unseen-news rule)
    _, atts = tag("The striker was asked about the transfer rumours at the press conference.\n")
    assert not [a for a in atts if "asked" in a.cue.text]


# ---- a passive of feeling with "by" keeps the one who feels for source ----------------------------------------
@pytest.mark.parametrize("body,cue,source,content", [
    ("Business leaders and others have been unsettled by the protests.\n", "unsettled", "Business leaders and others",
     "by the protests"),
    ("Voters were delighted by the surprise result.\n", "delighted", "Voters", "by the surprise result"),
])
def test_feeling_passive_keeps_its_subject(body, cue, source, content):
    text, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content in content_of(text, a)


# ---- a cue takes in the auxiliaries and adverbs before its verb ------------------------------------------------
@pytest.mark.parametrize("body,cue", [
    ("The treasurer gleefully noted that the books were balanced.\n", "gleefully noted"),
    ("The tenants' group successfully argued that the rent rise was unlawful.\n", "successfully argued"),
    ("The former minister continually brags about the bridge he built.\n", "continually brags about"),
    ("Mr. Reyes often said that the river would flood again.\n", "often said"),
])
def test_cue_takes_in_its_adverbs_and_auxiliaries(body, cue):
    _, atts = tag(body)
    assert cue in [a.cue.text for a in atts]


# ---- an introductory phrase of occasion is never part of the source ---------------------------------------------
@pytest.mark.parametrize("body,cue,source", [
    ("In a statement, one of the club's lawyers, Dana Ruiz, said the fine would be appealed.\n", "said",
     "one of the club's lawyers, Dana Ruiz,"),
    ("In the press box after the match, the club's owners were also gracious, praising the young goalkeeper.\n",
     "praising", "the club's owners"),
    ("After the final whistle, the visiting coach said the referee had been fair.\n", "said", "the visiting coach"),
])
def test_source_begins_after_the_opening_phrase(body, cue, source):
    _, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text.startswith(source)


# ---- a possessive before a noun of speech is that cue's source --------------------------------------------------
@pytest.mark.parametrize("body,cue,source", [
    ("It was not just redemption for the summit, but a vindication of his theory of the country's role in the "
     "world.\n", "theory", "his"),
    ("The mayor defended the budget. Her insistence on new bus lanes angered drivers.\n", "insistence", "Her"),
])
def test_possessive_of_a_speech_noun_is_its_source(body, cue, source):
    _, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


# ---- a source runs on to its head noun before the cue ------------------------------------------------------------
@pytest.mark.parametrize("body,cue,source", [
    ("The driver was taken to hospital on Thursday, lawyers for the family said.\n", "said", "lawyers for the family"),
    ("Okafor's family has called on police to release the footage.\n", "called on", "Okafor's family"),
])
def test_source_runs_on_to_its_head_noun(body, cue, source):
    _, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


# ---- a cue of seeming has no source; its subject is content ------------------------------------------------------
@pytest.mark.parametrize("body,cue,content", [
    ("The new manager seems to have vanished from the club's public events.\n", "seems", "The new manager"),
    ("Often, it appeared that the council was unable to explain the overspend.\n", "appeared", "it"),
])
def test_seeming_has_no_source(body, cue, content):
    text, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is None
    assert content_of(text, a).startswith(content)
