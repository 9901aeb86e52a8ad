"""Cue edges (branch cue9, issue 11 section 3): where a cue's span ends where PolNeAR's train annotators agree it
ends and the tagger drew it elsewhere. One table per fixed class, on made-up sentences; each fails without its fix.
The classes the annotators split on (time phrase, "in a statement", "then", possessive "'s") are left as they are:
see ``benchmarks/cue_edges.py``."""
from __future__ import annotations

import pytest

from attribution_cases import tag, triples

import newslib.tagging.attributions as A


# ---- _listener_out_of_told_cue: "told reporters" -> "told" ------------------------------------------------------
@pytest.mark.parametrize("body,source,content", [
    # the lexicon phrase "told reporters" had made the listener part of the cue
    ("Mayor Jane Rolt told reporters that the bridge would reopen in May.\n", "Mayor Jane Rolt",
     "that the bridge would reopen in May"),
    ("Coach Ivo Brandt told reporters on Sunday night the squad was exhausted.\n", "Coach Ivo Brandt",
     "the squad was exhausted"),
    ('"We will not sell the ground," the club chairman told reporters.\n', "the club chairman",
     '"We will not sell the ground,"'),
])
def test_the_listener_of_told_is_outside_the_cue(body, source, content):
    atts = triples(body)
    told = [a for a in atts if a[1].startswith("told")]
    assert told == [(source, told[0][1], content)], atts
    assert told[0][1] == "told", atts


@pytest.mark.parametrize("body,cue", [
    # a colon joined to the cue ("told reporters:") keeps the cue whole: the cue would be two pieces
    ('The mayor told reporters: "The bridge will reopen in May."\n', "told reporters:"),
    # "told" alone, and other verbs, are as they were
    ("The mayor told the council that the bridge would reopen in May.\n", "told"),
    ("The mayor said that the bridge would reopen in May.\n", "said"),
])
def test_other_told_cues_are_unchanged(body, cue):
    _, atts = tag(body)
    assert cue in [a.cue.text for a in atts], [a.cue.text for a in atts]


def test_a_listener_the_train_cues_hold_is_kept(monkeypatch):
    """The edge moves only where the train counts say so: with counts that keep the listener in, the cue stays."""
    monkeypatch.setattr(A, "_edge_counts", lambda: {("told", "reporters"): (39, 0, 0)})
    _, atts = tag("Mayor Jane Rolt told reporters that the bridge would reopen in May.\n")
    assert [a.cue.text for a in atts] == ["told reporters"]
