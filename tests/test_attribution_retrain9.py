"""Passes written when the retrained attribution model (md5 7f82807c, branch retrain9a) was shipped: its labels
differ from the earlier model's, and these rows hold the repairs on drafts built by hand, whatever a model
labels. Made-up sentences."""
from __future__ import annotations

import pytest

from newslib.article import Article
from newslib.tagging.attributions import Draft, _noun_cue_in_object, _participle_after_determiner
from newslib.tokenize import tokenize_text


def sentence(body: str):
    art = Article.from_text("Regional desk\n\n" + body + "\n")
    s = tokenize_text(art.text, title=art.title)[-1]
    return art.text, s, [t.start for t in s.tokens]


def span(text: str, words: str) -> tuple[int, int]:
    a = text.index(words)
    return a, a + len(words)


@pytest.mark.parametrize("body,cue,content,kept", [
    # a noun inside the object of a verb that is no cue, after a possessive or determiner: no attribution
    ("Harlow Motors on Tuesday cut its full-year profit forecast for the third time.", "profit forecast for",
     "the third time", False),
    ("The ministry did not supply an overall cost estimate for the new hospital.", "estimate for",
     "the new hospital", False),
    # a verb, or a noun with a clause for content, stays
    ("Harlow Motors forecast that sales would fall in the spring.", "forecast", "sales would fall in the spring",
     True),
    ("The ministry issued its estimate that the hospital would cost twice as much.", "estimate",
     "that the hospital would cost twice as much", True),
])
def test_noun_cue_in_object(body, cue, content, kept):
    text, s, starts = sentence(body)
    d = Draft(1, s.index, span(text, cue), None, [span(text, content)])
    drafts = [d]
    _noun_cue_in_object(s, starts, drafts, None)
    assert (drafts == [d]) is kept


@pytest.mark.parametrize("text,cue,noun", [
    ("Police said the accused issued fake receipts at a rented flat.", "accused", True),
    # the model's cue may run on to the verb after the noun: still the noun, no cue
    ("Police said the accused issued fake receipts at a rented flat.", "accused issued", True),
    # a verb of saying after it is a cue of its own ("the accused said"): left to the other passes
    ("Police said the accused told officers he had acted alone.", "accused told", False),
    ("Police said the council issued fake receipts at a rented flat.", "council issued", False),
])
def test_participle_after_determiner(text, cue, noun):
    a = text.index(cue)
    assert _participle_after_determiner(text, a, a + len(cue)) is noun
