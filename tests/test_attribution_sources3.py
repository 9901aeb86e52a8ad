"""Sources of PolNeAR dev's source error classes counted again after the retrained model (branch source7,
``benchmarks/source_errors.py``), one table each: made-up news sentences with the source, cue and content
expected."""
from __future__ import annotations

import pytest

from attribution_cases import content_of, tag, with_cue


# ---- a subject whose aside holds a cue of its own is the source of the verb after the aside --------------------
@pytest.mark.parametrize("body,cue,source,content", [
    # a participle's clause is no part of the source
    ("Kessler, citing figures from the port authority, said that about 40 ships wait off the coast each week.\n",
     "said", "Kessler", "about 40 ships wait off the coast each week"),
    ("The Courier, citing internal memos, reported that the council is spending more than it takes in.\n",
     "reported", "The Courier", "the council is spending more than it takes in"),
    # nor a relative clause of "who" with a cue in it (train: 6 without it, 3 with it)
    ("Dana Holt, who was to travel to Leeds on Monday to promote the new rules, said that they touched on a core "
     "issue for the town.\n", "said", "Dana Holt", "they touched on a core issue for the town"),
    ("Dana Holt, who has told aides she sees the two issues as one, said in a statement that the bridge would be "
     "built.\n", "said", "Dana Holt", "the bridge would be built"),
    # an apposition is, and so is a relative clause of "whose" (train: 4 with it, 1 without it)
    ("Dana Holt, a lawyer whose narrow third-place finish was widely seen as a disappointment, said that she was "
     "the only candidate who could win.\n", "said",
     "Dana Holt, a lawyer whose narrow third-place finish was widely seen as a disappointment,",
     "she was the only candidate who could win"),
    ("Dana Holt, whose narrow third-place finish was widely seen as a disappointment, said that she was the only "
     "candidate who could win.\n", "said",
     "Dana Holt, whose narrow third-place finish was widely seen as a disappointment,",
     "she was the only candidate who could win"),
])
def test_subject_before_asides_with_cues(body, cue, source, content):
    text, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content in content_of(text, a)


@pytest.mark.parametrize("body,cue", [
    # a preposition's aside is no subject's: the pass leaves the cue as it found it
    ("The mayor, in the wake of a new poll showing her support down to 14 percent, told reporters she would "
     "stay.\n", "told"),
])
def test_subject_before_other_asides_left_alone(body, cue):
    _, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is None or "in the wake" not in a.source.text


# ---- a verb cue after "and"/"but" has the subject of the sentence's first predicate --------------------------
@pytest.mark.parametrize("body,cue,source,content", [
    ("Okafor took the stage on Tuesday at a hotel in Leeds and called the system rotten to the core.\n", "called",
     "Okafor", "the system rotten to the core"),
    ("Okafor lent his ear to the farmers and appointed a minister bent on breaking the union.\n", "appointed",
     "Okafor", "a minister bent on breaking the union"),
    ("Okafor is marking his victories on Tuesday and is looking forward to a fight against the mayor.\n",
     "looking forward", "Okafor", "a fight against the mayor"),
    # after an opening phrase's comma
    ("Earlier Wednesday, Okafor appeared on a radio show in Leeds and defended himself against accusations of "
     "racism.\n", "defended", "Okafor", "himself against accusations of racism"),
])
def test_subject_of_coordinated_cue(body, cue, source, content):
    text, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content in content_of(text, a)


def test_coordinated_cue_after_another_clause_keeps_no_subject():
    # the subject of "left" is no subject of "called" when a clause ("when the mayor arrived") stands between
    _, atts = tag("Okafor left when the mayor arrived and called the vote a sham.\n")
    a = with_cue(atts, "called")
    assert a.source is None or a.source.text != "Okafor"


# ---- a relative pronoun after an inverted speaker is the source of its own cue ------------------------------
@pytest.mark.parametrize("body,speaker,cue,content", [
    ('"It was a hard week," said Dana Holt, a teacher from Leeds, who said she would vote for the mayor.\n',
     "Dana Holt, a teacher from Leeds,", "said she", "she would vote for the mayor"),
    ('"People are angry," said Councillor Tom Reyes, who thinks the mayor and her staff need to listen.\n',
     "Councillor Tom Reyes", "thinks", "the mayor and her staff need to listen"),
])
def test_relative_pronoun_out_of_inverted_source(body, speaker, cue, content):
    text, atts = tag(body)
    first = atts[0]
    assert first.source is not None and first.source.text == speaker
    a = next(a for a in atts[1:] if cue.split()[0] in a.cue.text)
    assert a.source is not None and a.source.text == "who"
    assert content in content_of(text, a)


# ---- a participle's opening clause after a conjunction or several prepositions has the main clause's subject -----
@pytest.mark.parametrize("body,cue,source", [
    ("But after focusing her attention on the drug epidemic in rural towns, Okafor delivered a message on Sunday "
     "that resonates for many mayors.\n", "focusing", "Okafor"),
    ("Yet by calling out the mayor on the substance of her attack, Okafor occupied a familiar role.\n", "calling out",
     "Okafor"),
    ("In addition to stating that the tax was unfair, Okafor has vowed to repeal it.\n", "stating", "Okafor"),
])
def test_participle_subject_after_opening_words(body, cue, source):
    _, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
