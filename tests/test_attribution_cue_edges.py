"""Cue edges (branch cue9, issue 11 section 3): where a cue's span ends where PolNeAR's train annotators agree it
ends and the tagger drew it elsewhere. One table per fixed class, on made-up sentences; each fails without its fix.
The classes the annotators split on (time phrase, "in a statement", "then", possessive "'s") are left as they are:
see ``benchmarks/cue_edges.py``."""
from __future__ import annotations

import pytest

import benchmark_scripts
from attribution_cases import tag, triples
from newslib.tokenize import tokenize_text

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


# ---- _be_before_adverb_cue: "never mentioned" -> "was never mentioned" -------------------------------------------
def _run_pass(fn, sentence: str, cue: str, source: str | None = None) -> str:
    """The cue's text after the pass ``fn`` ran on one draft of ``sentence`` made by hand (cue and source given by
    their words)."""
    s = tokenize_text(sentence)[0]
    starts = [t.start for t in s.tokens]
    c = sentence.index(cue)
    src = (sentence.index(source), sentence.index(source) + len(source)) if source else None
    d = A.Draft(0, 0, (c, c + len(cue)), src, [])
    fn(s, starts, [d], None)
    return sentence[d.cue[0]:d.cue[1]]


def test_the_tagger_takes_the_be_of_a_cue_opening_with_an_adverb():
    _, atts = tag("But the bypass was never mentioned by the board.\n")
    assert [a.cue.text for a in atts] == ["was never mentioned"]


@pytest.mark.parametrize("sentence,cue,source,expected", [
    ("But the levy was never mentioned by the board.", "never mentioned", "the board", "was never mentioned"),
    ("That is especially troubling for the farmers.", "especially troubling", None, "is especially troubling"),
    ("Ruth Adler is now backing the mayor.", "now backing", "Ruth Adler", "is now backing"),
    # the auxiliaries and modals before the form of "be" come with it
    ("The water board has been so vague about the costs.", "so vague about", "The water board",
     "has been so vague about"),
    ("The plan will be formally adopted in May.", "formally adopted", "The plan", "will be formally adopted"),
])
def test_a_cue_opening_with_an_adverb_takes_its_be(sentence, cue, source, expected):
    assert _run_pass(A._be_before_adverb_cue, sentence, cue, source) == expected


@pytest.mark.parametrize("sentence,cue,source", [
    # adverbs alone; a noun after the adverb; a possessive "'s"; a form of "be" inside the source
    ("The Harbour Club is reportedly spending a fortune.", "reportedly", "The Harbour Club"),
    ("The Harbour Club is reportedly a sponsor.", "reportedly a", "The Harbour Club"),
    ("The mayor's often repeated claim was wrong.", "often repeated claim", "The mayor's"),
    ("Ruth Adler, who is now backing the mayor, spoke.", "now backing", "Ruth Adler, who is"),
])
def test_other_cues_after_be_are_unchanged(sentence, cue, source):
    assert _run_pass(A._be_before_adverb_cue, sentence, cue, source) == cue


# ---- benchmarks/cue_edges.py: the edge classes it counts, on made-up sentences --------------------------------------
def _edges_script():
    return benchmark_scripts.load("cue_edges")


@pytest.mark.parametrize("text,cue,expected", [
    ("Notes\n\nThe mayor told reporters the bridge would reopen.\n", "told", {"object": "out"}),
    ("Notes\n\nThe mayor told reporters the bridge would reopen.\n", "told reporters", {"object": "in"}),
    ("Notes\n\nThe mayor said Monday the bridge would reopen.\n", "said", {"time phrase": "out"}),
    ("Notes\n\nThe mayor said in a statement the bridge would reopen.\n", "said in a statement",
     {"in a statement": "in"}),
    ("Notes\n\nThe bypass was never mentioned by the board.\n", "never mentioned", {"be before adverb": "out"}),
    ("Notes\n\nThe bypass was never mentioned by the board.\n", "was never mentioned",
     {"be before adverb": "in", "negation": "in"}),
])
def test_the_benchmark_reads_an_edge_class_in_or_out(text, cue, expected):
    script = _edges_script()
    doc = script.Doc(text)
    c = text.index(cue)
    got = script.edge_decisions(doc, doc.tokens_of(range(c, c + len(cue))))
    assert {k: got.get(k) for k in expected} == expected, got


# ---- benchmarks/cue_objects.py (branch cue10): a cue verb's object in or out, keyed by lemma and pattern -----------
def _objects_script():
    return benchmark_scripts.load("cue_objects")


@pytest.mark.parametrize("text,cue,nouns,expected", [
    ("Notes\n\nThe mayor accused Dale Rutt of lying about the bridge.\n", "accused", False, (("accus", "X of"), "out")),
    ("Notes\n\nThe mayor accused Dale Rutt of lying about the bridge.\n", "accused Dale Rutt of", False,
     (("accus", "X of"), "in")),
    ("Notes\n\nThe mayor accused Dale Rutt of lying about the bridge.\n", "accused Dale Rutt", False,
     (("accus", "X of"), "part")),
    ("Notes\n\nThe council declared war on the parking fines.\n", "declared war on", False,
     (("declar", "war on"), "in")),
    ("Notes\n\nThe council declared war on the parking fines.\n", "declared war on", True,
     (("declar", "NOUN on"), "in")),
    ("Notes\n\nThe mayor raised questions.\n", "raised questions", False, (("rais", "questions"), "in")),
    # no object after the verb: no key
    ("Notes\n\nThe mayor said that the bridge would reopen.\n", "said", False, None),
])
def test_the_objects_benchmark_reads_a_cue_verbs_object(text, cue, nouns, expected):
    script = _objects_script()
    doc = script.Doc(text)
    c = text.index(cue)
    assert script.decision(doc, doc.tokens_of(range(c, c + len(cue))), nouns) == expected
