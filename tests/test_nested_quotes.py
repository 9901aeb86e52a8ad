"""Attributions inside a direct quotation (the unseen-news guideline annotates them on their own, the outer
quotation still covering them): a pronoun, a short noun phrase or a name, a verb of saying, and what it says."""
from __future__ import annotations

import pytest

from newslib.article import Article
from newslib.tagging.attributions import find_attributions
from newslib.tokenize import tokenize_text

TITLE = "Court and council notebook\n\n"


def attributions(body: str):
    art = Article.from_text(TITLE + body + "\n")
    return art.text, find_attributions(art.text, tokenize_text(art.text, title=art.title))


def content_text(text, a):
    parts = a.content.parts or ((a.content.start, a.content.end),)
    return " … ".join(text[s:e] for s, e in parts)


@pytest.mark.parametrize("body,outer_source,source,cue,content", [
    ('Her solicitor, Femi Adeyemo, said outside court: “My client would have had to wait until 2026. Today the '
     'court has said, in terms, that this is not good enough.”', "Her solicitor, Femi Adeyemo,", "court", "said",
     "this is not good enough"),
    ('"When I saw the mural, I said, \'Well, there\'s my whistle,\'" said Patrice Gould, a retired teacher.',
     "Patrice Gould", "I", "said", "Well, there's my whistle"),
    ('“The council says it has listened. It has not,” Mr Keogh said.', "Mr Keogh", "The council", "says",
     "it has listened"),
    ('"My grandfather used to say the river kept better records than the county," Ms Doyle said.', "Ms Doyle",
     "My grandfather", "say", "the river kept better records than the county"),
    ('"I told him I was ready," Ortega said.', "Ortega", "I", "told", "I was ready"),
])
def test_speech_inside_a_quotation_is_an_attribution_of_its_own(body, outer_source, source, cue, content):
    text, atts = attributions(body)
    outer = [a for a in atts if a.source is not None and a.source.text.startswith(outer_source)]
    assert outer, [(a.source and a.source.text, a.cue.text) for a in atts]
    inner = [a for a in atts if a.cue.text == cue and a.source is not None and a.source.text.endswith(source)
             and a is not outer[0]]
    assert inner, [(a.source and a.source.text, a.cue.text) for a in atts]
    a = inner[0]
    assert content_text(text, a) == content
    # the outer quotation still covers the inner attribution
    assert outer[0].content.start <= a.cue.start and a.content.end <= outer[0].content.end


@pytest.mark.parametrize("body", [
    '"I say thank you to every volunteer who came out tonight," the mayor said.',
    '"You said it yourself: the roads are a mess," she told him.',
    '"The questions asked in this inquiry go to the heart of it," Ms Byrne said.',
    '"I asked for patience and I got none," Fitzgerald said.',
])
def test_no_attribution_inside_a_quotation_without_reported_words(body):
    _, atts = attributions(body)
    assert len(atts) == 1, [(a.source and a.source.text, a.cue.text) for a in atts]


@pytest.mark.parametrize("body,cue,content,inner_cue,inner_content", [
    ("A bipartisan bill stalled on Tuesday after two senators said they would block it, according to three "
     "people familiar with the talks.", "according to",
     "A bipartisan bill stalled on Tuesday after two senators said they would block it", "said",
     "they would block it"),
    ("The startup is recalling 40,000 rings after customers reported batteries swelling during charging, the "
     "company announced on Wednesday.", "announced",
     "The startup is recalling 40,000 rings after customers reported batteries swelling during charging",
     "reported", "batteries swelling during charging"),
    ("WASHINGTON (Continental Wire) — The bill stalled after two senators said they would block it, according "
     "to three aides.", "according to", "The bill stalled after two senators said they would block it", "said",
     "they would block it"),
])
def test_a_frame_ending_the_sentence_covers_the_attribution_inside_its_clause(body, cue, content, inner_cue,
                                                                             inner_content):
    """"Clause, according to X." / "Clause, X announced.": a sourced speech attribution inside the clause is
    reported there; the frame's content is still the whole clause (it had stayed empty), the inner one stays."""
    text, atts = attributions(body)
    outer = [a for a in atts if a.cue.text == cue]
    inner = [a for a in atts if a.cue.text == inner_cue]
    assert outer and inner, [(a.cue.text, a.content and a.content.text) for a in atts]
    assert outer[0].content is not None and content_text(text, outer[0]) == content
    assert content_text(text, inner[0]) == inner_content
    assert not [a for a in atts if a.cue.text.startswith("is recalling")]


@pytest.mark.parametrize("body,content", [
    # a colon after the inner verb, and an inner quotation in single marks
    ('“You know he was so sad about it. He said: ‘Pray for them,’ and he meant it,” Williams said.', "Pray for them,"),
    # the inner verb ends the quotation: nothing reported, no attribution, no error
    ('"That is what I said," Ortega said.', None),
    ('"It is what he told me," she said.', None),
])
def test_an_inner_verb_before_a_colon_or_at_the_quotations_end(body, content):
    text, atts = attributions(body)
    inner = [a for a in atts if a.source is not None and a.source.text in ("He", "I", "he")]
    if content is None:
        assert not inner
    else:
        assert inner and inner[0].content.text.rstrip(",") == content.rstrip(",")
