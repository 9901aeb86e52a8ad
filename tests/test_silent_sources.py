"""A source that would not or could not speak reports no words: "declined to say whether ...", "did not
immediately respond to a request for comment", "has not commented on ...", "could not be reached", and a
reporter's question ("Asked whether ..., he said"). The attribution keeps its source and cue, without a content;
what it is about is an information gap (``find_gaps``, kinds withheld and unreachable). The unseen-news
definitions (quotes-dev's guideline) count none of them as a quote."""
from __future__ import annotations

import pytest

from newslib.article import Article
from newslib.tagging import tag
from newslib.tagging.attributions import find_attributions
from newslib.tokenize import tokenize_text

TITLE = "Town hall notebook\n\n"


def attributions(body: str):
    art = Article.from_text(TITLE + body + "\n")
    return art.text, find_attributions(art.text, tokenize_text(art.text, title=art.title))


def with_cue(atts, word: str):
    found = [a for a in atts if word in a.cue.text]
    assert found, f"no cue with {word!r} in {[a.cue.text for a in atts]}"
    return found[0]


@pytest.mark.parametrize("body,word", [
    ("Halvy declined to say which supplier made the cells.", "declined"),
    ("Lena Okonjo, the White House press secretary, declined to say whether he would accept new border money.",
     "declined"),
    ("Rennick would not say whether Ottawa was preparing back-to-work legislation.", "say"),
    ("Her office did not immediately respond to a request for comment on whether that offer still stands.",
     "respond"),
    ("Beijing has not commented on the agreement.", "commented"),
    ("Police have not said how much money was taken.", "said"),
])
def test_a_silent_source_has_no_content(body, word):
    _, atts = attributions(body)
    said = [a for a in atts if a.content is not None]
    assert not said, [(a.cue.text, a.content.text) for a in said]


def test_the_silent_attribution_keeps_source_and_cue_and_the_gap_says_what_about():
    art = tag(TITLE + "Halvy declined to say which supplier made the cells.\n", headline=False)
    a = with_cue(art.attribution_records, "declined")
    assert a.source is not None and a.source.text == "Halvy" and a.content is None
    (gap,) = art.gap_records
    assert gap.kind == "withheld" and gap.about.text == "which supplier made the cells"


@pytest.mark.parametrize("body,cue,content", [
    # the refusal has no content; the saying after it has
    ("The minister declined to comment, saying the matter was before the courts.", "saying",
     "the matter was before the courts"),
    # a refusal inside what was said belongs to the content
    ("She said she would not say more until the inquiry ends.", "said", "she would not say more until the "
     "inquiry ends"),
    ("Asked whether the pact was aimed at China, he said it was not.", "said", "it was not"),
])
def test_speech_next_to_a_refusal_keeps_its_content(body, cue, content):
    text, atts = attributions(body)
    a = [x for x in atts if x.cue.text == cue][0]
    assert a.content is not None and a.content.text == content


def test_a_reporters_question_is_not_the_speakers_words():
    text, atts = attributions("Asked whether the pact was aimed at China, Mr. Mehrotra said it was not.")
    asked = [a for a in atts if a.cue.text.lower().startswith("asked")]
    assert all(a.content is None for a in asked)
    assert [a.content.text for a in atts if a.content is not None] == ["it was not"]


def test_a_question_the_speaker_asked_keeps_its_content():
    _, atts = attributions('"Who is this law for?" she asked.')
    a = with_cue(atts, "asked")
    assert a.source is not None and a.source.text == "she" and a.content is not None


@pytest.mark.parametrize("body,word", [
    ("Halvy declined to say which supplier made the cells.", "declined"),
    ("Her office did not immediately respond to a request for comment.", "respond"),
])
def test_a_silent_source_is_a_gap_not_a_statement(body, word):
    art = tag(TITLE + body + "\n", headline=False)
    a = with_cue(art.attribution_records, word)
    assert a.kind == "gap"
    assert [s.kind for s in art.sents if not s.sentence.title] == ["gap"]


def test_a_refusal_with_its_reason_keeps_the_reason_a_statement():
    art = tag(TITLE + "The minister declined to comment, saying the matter was before the courts.\n",
              headline=False)
    assert with_cue(art.attribution_records, "saying").kind == "statement"


def test_a_refusal_to_act_is_no_silence():
    """"refused to give up" and "declined to provide funding" are acts, not information withheld."""
    art = tag(TITLE + "Russia refused to give up the occupied territories.\n", headline=False)
    a = with_cue(art.attribution_records, "refused")
    assert a.content is not None and a.content.text == "to give up the occupied territories"
    assert a.kind == "rejection" and not art.gap_records
    art = tag(TITLE + "The company declined to provide details of the deal.\n", headline=False)
    assert [g.text for g in art.gap_records] == ["declined to provide details"]
    assert with_cue(art.attribution_records, "declined").content is None
