"""Claim kinds of attributions and sentences; uncertainty and certainty."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslib.article import read_article
from newslib.spans import Span
from newslib.tagging.gaps import find_gaps
from newslib.tagging.hedges import find_hedges
from newslib.tagging.kinds import certainty, classify
from newslib.tagging.records import CLAIM_KINDS, Attribution, Content, Source
from newslib.tokenize import tokenize_text


def attribution(text: str, source: str, cue: str, content: str | None) -> Attribution:
    """An attribution built by hand from the first occurrences of its parts in ``text``."""
    s = text.index(source)
    c = text.index(cue)
    cont = None
    if content is not None:
        k = text.index(content)
        cont = Content(Span(k, k + len(content), content))
    return Attribution(0, Span.of(text, c, c + len(cue)), Source(Span(s, s + len(source), source), "person"), cont)


def run(text: str, attributions=()):
    sents = tokenize_text(text, one_sentence_per_line=True)
    return classify(text, sents, list(attributions), find_hedges(text, sents), find_gaps(text, sents))


@pytest.mark.parametrize("text, source, cue, content, kind", [
    ("Russia's foreign minister insists that Moscow must be involved in any negotiations.",
     "Russia's foreign minister", "insists", "that Moscow must be involved in any negotiations", "demand"),
    ("The opposition called for new elections by the spring.",
     "The opposition", "called for", "new elections by the spring", "demand"),
    ("The minister said the army must withdraw from the border.",
     "The minister", "said", "the army must withdraw from the border", "demand"),
    ("Moscow has rejected collective security guarantees arranged without its consent.",
     "Moscow", "has rejected", "collective security guarantees arranged without its consent", "rejection"),
    ("Some officials were dismissing Russian objections as obstructive noise.",
     "Some officials", "dismissing", "Russian objections as obstructive noise", "rejection"),
    ("The ministry denied that its troops crossed the border.",
     "The ministry", "denied", "that its troops crossed the border", "rejection"),
    ("The U.S. has also pushed forward proposals for security guarantees.",
     "The U.S.", "has also pushed forward", "proposals for security guarantees", "proposal"),
    ("The union offered to end the strike if wages rise.",
     "The union", "offered", "to end the strike if wages rise", "proposal"),
    ("The central bank said inflation may ease next year.",
     "The central bank", "said", "inflation may ease next year", "speculation"),
    ("Analysts predicted a sharp fall in exports.",
     "Analysts", "predicted", "a sharp fall in exports", "speculation"),
    ("The spokesman said the talks ended on Friday.",
     "The spokesman", "said", "the talks ended on Friday", "statement"),
    ("According to the ministry, the convoy reached the city.",
     "the ministry", "According to", "the convoy reached the city", "statement"),
    ("The senator said the governor refused to resign.",               # a reported rejection, not hers
     "The senator", "said", "the governor refused to resign", "statement"),
    # a proposal noun after the cue is what is spoken of, unless the cue presents it
    ("She called the offer insulting.", "She", "called", "the offer insulting", "statement"),
    ("The mayor defended the plan on Tuesday.", "The mayor", "defended", "the plan on Tuesday", "statement"),
    ("The governor was describing the proposal to reporters.", "The governor", "describing",
     "the proposal to reporters", "statement"),
    ("The ministry announced plans to build a dam.", "The ministry", "announced", "plans to build a dam",
     "proposal"),
    ("The senator outlined a plan to cut taxes.", "The senator", "outlined", "a plan to cut taxes", "proposal"),
    ("The minister says he plans to resign.", "The minister", "says", "he plans to resign", "proposal"),
    # words of attack and campaigning against something reject it
    ("The opposition slammed the proposal as reckless.", "The opposition", "slammed", "the proposal as reckless",
     "rejection"),
    ("Farmers are campaigning against plans to close the market.", "Farmers", "campaigning",
     "plans to close the market", "rejection"),
    ("The ports are full, said Ray Bash.", "Ray Bash", "said", "The ports are full", "statement"),  # a name
    ("Senator Calls For Ban On Fireworks", "Senator", "Calls", "Ban On Fireworks", "demand"),  # title case
])
def test_attribution_kind(text, source, cue, content, kind):
    att = attribution(text, source, cue, content)
    atts, tags = run(text, [att])
    assert atts[0].kind == kind
    assert tags[0].kind == kind
    assert atts[0].cue == att.cue and atts[0].content == att.content  # only the kind changes


@pytest.mark.parametrize("text, kind, uncertain", [
    ("The meeting between the two leaders occurred on Friday in Alaska.", "assertion", False),
    ("The support may include air cover and intelligence sharing.", "speculation", True),
    ("If the talks fail, the fighting could resume.", "speculation", True),
    ("The nature of the peace agreement is not yet clear.", "gap", True),
    ("The response of the parties is not stated, but it is evident that the talks matter.", "gap", False),
    ("A spokesman declined to comment.", "gap", False),
    ("European leaders are firm in their insistence on guarantees as a prerequisite for talks.", "demand", False),
    ("Russia currently resists direct talks with Kyiv.", "rejection", False),
    ("The proposals for a ceasefire were put forward in June.", "proposal", False),
    ("It is evident that the guarantees are critical.", "assertion", False),
    ("Demand for coal has roared back in recent months.", "assertion", False),
    ("That would require a vote in parliament.", "assertion", False),        # "would" alone is weak
    ("That would require a vote if the bill passes.", "speculation", True),
])
def test_sentence_kind(text, kind, uncertain):
    _, tags = run(text)
    assert (tags[0].kind, tags[0].uncertain) == (kind, uncertain)
    assert tags[0].kind in CLAIM_KINDS


def test_cue_window_stays_in_its_sentence():
    text = "Trees can absorb carbon, the scientist said. The plan was approved on Monday."
    att = attribution(text, "the scientist", "said", "Trees can absorb carbon")
    atts, _ = classify(text, tokenize_text(text), [att], [], [])
    assert atts[0].kind == "statement"


def test_gap_outranks_attribution():
    text = "The ministry said the cause of the blast is not yet clear."
    att = attribution(text, "The ministry", "said", "the cause of the blast is not yet clear")
    atts, tags = run(text, [att])
    assert tags[0].kind == "gap" and tags[0].uncertain
    assert tags[0].gaps[0].about.text == "the cause of the blast"


def test_sentence_tags_follow_sentences():
    text = "The talks may fail.\nThe sky is blue.\nWhether they meet is unclear."
    _, tags = run(text)
    assert [t.index for t in tags] == [0, 1, 2]
    assert [t.uncertain for t in tags] == [True, False, True]
    assert [h.text for h in tags[0].hedges] == ["may"]
    assert tags[1].hedges == () and tags[1].gaps == ()


@pytest.mark.parametrize("text, expected", [
    ("The sky is blue.", 1.0),
    ("The talks may fail.", 0.6),                        # 1 - 0.4
    ("The talks may fail if Russia objects.", 0.42),     # 0.6 * (1 - 0.3)
    ("The talks may clearly fail.", 0.8),                # 0.6 + 0.4 * 0.5
    ("Clearly the sky is blue.", 1.0),                   # a booster cannot lift past 1
    ("The cause of the fire is not yet clear.", 0.5),    # one gap
    ("The cause of the fire is not clear.", 0.5),        # its hedge "not clear" is the same gap, counted once
    ("That would require a vote.", 0.85),                # a weak hedge still lowers certainty
])
def test_certainty_formula(text, expected):
    _, tags = run(text)
    assert tags[0].certainty == pytest.approx(expected)
    assert 0.0 <= tags[0].certainty <= 1.0


def test_certainty_never_negative():
    text = "It may perhaps possibly be that the alleged plan might, if approved, likely fail."
    _, tags = run(text)
    assert 0.0 <= tags[0].certainty < 0.05
    assert certainty() == 1.0


def test_seed_article_kinds(seed_path):
    art = read_article(seed_path)
    sents = tokenize_text(art.text, title=art.title)
    hedges, gaps = find_hedges(art.text, sents), find_gaps(art.text, sents)
    _, tags = classify(art.text, sents, [], hedges, gaps)
    by_text = {s.text: t for s, t in zip(sents, tags)}
    fact = next(t for s, t in by_text.items() if "occurred on Friday in Alaska" in s)
    assert not fact.uncertain and fact.certainty == 1.0
    may = next(t for s, t in by_text.items() if "may include" in s)
    assert may.uncertain and may.kind == "speculation"
    for s, t in by_text.items():
        if "not yet clear" in s or "not specified" in s or "not mentioned" in s or "not stated" in s:
            assert t.kind == "gap"


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["The", "talks", "may", "would", "clearly", "fail", "if", "not", "yet", "clear",
                                 "is", "declined", "to", "comment", "said", "must", ".", ",", "\n"]), max_size=30))
def test_one_judgement_per_sentence(words):
    text = " ".join(words)
    sents = tokenize_text(text)
    _, tags = classify(text, sents, [], find_hedges(text, sents), find_gaps(text, sents))
    assert [t.index for t in tags] == [s.index for s in sents]
    for t in tags:
        assert 0.0 <= t.certainty <= 1.0 and t.kind in CLAIM_KINDS
        assert t.uncertain <= (bool(t.hedges) or bool(t.gaps))
        assert all(h.sentence == t.index for h in t.hedges) and all(g.sentence == t.index for g in t.gaps)
