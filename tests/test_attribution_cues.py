"""Cue recall passes of branch cue7 (PolNeAR dev's missed cues counted by class with
``benchmarks/cue_errors.py``), on made-up sentences. Each fails without its pass."""
from __future__ import annotations

import pytest

from attribution_cases import content_of, tag

TITLE = "Council desk\n\n"


def triples(body: str):
    text, atts = tag("The budget vote is on Friday. " + body + "\n", title=TITLE)
    return [(a.source.text if a.source else None, a.cue.text, content_of(text, a)) for a in atts]


# ---- _coordinated_cue_keeps_source: "X said Y and called Z ...": the second verb is X's own attribution ------
@pytest.mark.parametrize("sentence,first,second", [
    ("Harlan Voss, a union steward, said he had worked three night shifts in a row and called it a danger to "
     "patients.",
     ("Harlan Voss, a union steward,", "said", "he had worked three night shifts in a row"),
     ("Harlan Voss, a union steward,", "called", "it a danger to patients")),
    ("Mayor Dana Whitfield posted late on Sunday that the plan was “reckless” and “a waste” and encouraged "
     "residents to “speak up” at the hearing.",
     ("Mayor Dana Whitfield", "posted", "that the plan was “reckless” and “a waste”"),
     ("Mayor Dana Whitfield", "encouraged", "residents to “speak up” at the hearing")),
    ("Alvarez accused the county board of trying to silence the tenants and asserted that she and her neighbours "
     "were tired of waiting for repairs.",
     ("Alvarez", "accused", "the county board of trying to silence the tenants"),
     ("Alvarez", "asserted", "that she and her neighbours were tired of waiting for repairs")),
    ("The developer claimed broad support and said it showed the project was welcome.",
     None, ("The developer", "said", "it showed the project was welcome")),
    ("Ms. Okoye agreed, but also argued that the levy should wait until spring.",
     None, ("Ms. Okoye", "also argued", "that the levy should wait until spring")),
])
def test_coordinated_cue_keeps_source(sentence, first, second):
    atts = triples(sentence)
    assert first is None or first in atts, atts
    assert second in atts, atts
    # the first predicate's content stops before the second one
    assert not [a for a in atts if a[1] != second[1] and second[1] in a[2]], atts


@pytest.mark.parametrize("sentence,source,cue", [
    # the verb of a relative clause after "and" is not the first source's
    ("Reyes praised the hospital in Tulsa, which is the state's oldest and trained most of its nurses.",
     "Reyes", "trained"),
    # nor a second verb after a passive ("was criticized ... and ...": its subject is no speaker)
    ("The plan was criticized by tenants and described as rushed.", "The plan", "described"),
])
def test_coordinated_cue_left_alone(sentence, source, cue):
    atts = triples(sentence)
    assert not [a for a in atts if a[1] == cue and a[0] == source], atts


# ---- _coordinated_source_released: the first predicate's source still takes in its asides --------------------
def test_coordinated_source_over_asides():
    atts = triples("The county's housing officer, Mira Castell, wrote on Monday that the estate was "
                   "\"a failure of planning\" and urged tenants to report damp to the council.")
    sources = {cue.split()[0]: source for source, cue, _ in atts}
    assert sources.get("wrote") == sources.get("urged") == "The county's housing officer, Mira Castell,", atts


# ---- "has called on X ... and called on Y": the auxiliary is shared; _coordinated_source_follows ------------
def test_coordinated_cue_after_perfect():
    atts = triples("Okafor's family has called on the council to publish the report \"for the sake of "
                   "openness\" and called on neighbours to stay calm.")
    assert ("Okafor's family", "called on", "neighbours to stay calm") in atts, atts
    assert [a for a in atts if a[1] == "has called on" and a[0] == "Okafor's family"], atts


# ---- _say_idiom_cues: set phrases with "say" report no one (lexicon say_idioms.tsv) --------------------------
@pytest.mark.parametrize("sentence", [
    "Let's say a family expects the fees to reach $90,000 by the time its twins finish school.",
    "It goes without saying that the county cannot pay for both projects this year.",
    "Having said that, several members want the levy delayed until the spring.",
    "Say the ministry refused to fund the ferry, the island would lose its only link.",
    "The turnout was modest, to say the least, and the count ran past midnight.",
])
def test_say_idiom_is_no_cue(sentence):
    atts = triples(sentence)
    assert not [a for a in atts if "say" in a[1].lower() or "said" in a[1].lower()], atts


def test_say_idiom_pattern_finds_what_the_plain_alternation_finds():
    """The first-letter lookahead of ``_say_idioms`` (branch speed9) is for speed only: the same matches as the
    phrases' alternation alone, in any case and with either apostrophe."""
    import re

    import newslib.tagging.attributions as A

    fast = A._say_idioms()
    plain = re.compile(re.sub(r"\(\?=\[[^]]*\]\)", "", fast.pattern))
    assert plain.pattern != fast.pattern
    text = ("Let’s say the bridge closes. NEEDLESS TO SAY, the ferry is full; that being said, having said "
            "this, it goes without saying and suffice it to say nothing, safe to  say. Let us say, to say the "
            "least. Said that, saying it, lets say, Safe to sayings.")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(fast.finditer(text))) == 9


def test_say_outside_an_idiom_stays():
    atts = triples("Mayor Dana Whitfield said that the county cannot pay for both projects this year.")
    assert ("Mayor Dana Whitfield", "said", "that the county cannot pay for both projects this year") in atts, atts


# ---- _according_to_after_clause: "Clause, according to X." over a nested attribution or before a tail ------
@pytest.mark.parametrize("sentence,source,content", [
    ("Police have said they will not release the camera footage of the arrest, according to lawyers for the family.",
     "lawyers for the family", "Police have said they will not release the camera footage of the arrest"),
    ("The poorest fifth would see their bills rise by as much as 9 percent, according to the Fiscal Studies Unit, "
     "three times what it projected last spring.",
     "the Fiscal Studies Unit", "The poorest fifth would see their bills rise by as much as 9 percent"),
])
def test_according_to_after_clause(sentence, source, content):
    atts = triples(sentence)
    assert (source, "according to", content) in atts, atts

