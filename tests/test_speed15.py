"""Branch speed15: four passes of ``_refine`` that run on every sentence with drafts do less work, the same drafts.

``_content_to_clause_end`` finds the tokens after a content by bisection of the token starts and asks whether the
content waits for its verb only when other cues stop it; ``_cue_with_its_auxiliaries`` lists the sentence's spans
only when a word may join a cue; ``_passive_subject_is_content`` tests the passive before the addressee;
``_trim_sources`` skips a source of one word that is no time word and tests one set of opening words built once.
Each test gives a sentence on which the pass fires."""
from __future__ import annotations

import pytest

import newslib.tagging.attributions as A
from newslib.tokenize import tokenize_text


def _span(sentence: str, words: str) -> tuple[int, int]:
    a = sentence.index(words)
    return a, a + len(words)


def _sentence(sentence: str):
    s = tokenize_text(sentence)[0]
    return s, s.tokens, [t.start for t in s.tokens]


@pytest.mark.parametrize("drop_nested", [True, False])
def test_content_to_clause_end_runs_the_content_on_to_the_clause_end(drop_nested):
    sentence = "Nkosi said it was unlikely to return before the price recovered."
    _, toks, starts = _sentence(sentence)
    d = A.Draft(0, 0, _span(sentence, "said"), _span(sentence, "Nkosi"), [_span(sentence, "it was unlikely")])
    A._content_to_clause_end(toks, starts, [d], drop_nested=drop_nested)
    assert d.content == [_span(sentence, "it was unlikely to return before the price recovered")]


@pytest.mark.parametrize("drop_nested,kept", [(True, False), (False, True)])
def test_content_to_clause_end_drops_a_nested_cue_only_when_it_should(drop_nested, kept):
    """A cue without source or speech verb after a content that stops on "had": dropped when nested cues go;
    when other cues stop the content, still dropped if it has no content, kept (and stopping it) if it has one
    and the content does not wait for a verb."""
    sentence = "Nkosi said the club had pushed defender Sam Okafor out before the season began."
    _, toks, starts = _sentence(sentence)
    d = A.Draft(0, 0, _span(sentence, "said"), _span(sentence, "Nkosi"), [_span(sentence, "the club")])
    nested = A.Draft(0, 0, _span(sentence, "pushed defender"), None, [_span(sentence, "Sam Okafor")])
    drafts = [d, nested]
    A._content_to_clause_end(toks, starts, drafts, drop_nested=drop_nested)
    assert (nested in drafts) == kept
    end = "had" if kept else "began"
    assert d.content == [(_span(sentence, "the club")[0], _span(sentence, end)[1])]


def test_content_to_clause_end_reads_the_auxiliary_before_a_nested_cue():
    """"... had [pushed defender] Sam Okafor ...": the content waits for its verb, so the nested cue goes even
    with a content of its own, when other cues stop the content (fails if the wait is not read then)."""
    sentence = "Nkosi said Mensah had pushed defender Sam Okafor before shooting."
    _, toks, starts = _sentence(sentence)
    d = A.Draft(0, 0, _span(sentence, "said"), _span(sentence, "Nkosi"), [_span(sentence, "Mensah had")])
    nested = A.Draft(0, 0, _span(sentence, "pushed defender"), None, [_span(sentence, "Sam Okafor")])
    drafts = [d, nested]
    A._content_to_clause_end(toks, starts, drafts, drop_nested=False)
    assert drafts == [d]
    assert d.content == [_span(sentence, "Mensah had pushed defender Sam Okafor before shooting")]


def test_cue_with_its_auxiliaries_takes_them_in_but_not_across_another_span():
    sentence = "The mayor has often said the pool would stay open."
    _, toks, starts = _sentence(sentence)
    d = A.Draft(0, 0, _span(sentence, "said"), _span(sentence, "The mayor"), [_span(sentence, "the pool would stay open")])
    A._cue_with_its_auxiliaries(toks, starts, [d])
    assert d.cue == _span(sentence, "has often said")
    # "often" is another attribution's span: the cue stops at it
    d = A.Draft(0, 0, _span(sentence, "said"), _span(sentence, "The mayor"), [_span(sentence, "the pool would stay open")])
    other = A.Draft(0, 0, _span(sentence, "often"))
    A._cue_with_its_auxiliaries(toks, starts, [d, other])
    assert d.cue == _span(sentence, "said")


@pytest.mark.parametrize("cue,turned", [("was accused of", True), ("was asked to", False)])
def test_passive_subject_is_content_still_tells_a_passive_from_an_addressee(cue, turned):
    """"was accused of": the subject is content and the cue has no source; "was asked to": the subject is the
    one spoken to (the addressee test, now read after the passive's), left alone."""
    sentence = f"The treasurer {cue} hiding the money."
    text = sentence
    _, toks, starts = _sentence(sentence)
    d = A.Draft(0, 0, _span(sentence, cue), _span(sentence, "The treasurer"), [_span(sentence, "hiding the money")])
    A._passive_subject_is_content(text, toks, starts, [d])
    assert (d.source is None) == turned
    if turned:
        assert d.content[0] == _span(sentence, "The treasurer")


def test_trim_sources_drops_the_opening_words_of_both_sets():
    assert A._SOURCE_OPENERS == A._LEADING | A._SOURCE_LEADS
    for opener in ("But", "Although"):  # one of _LEADING, one of _SOURCE_LEADS
        sentence = f"{opener} the mayor said the pool would stay open."
        _, toks, starts = _sentence(sentence)
        d = A.Draft(0, 0, _span(sentence, "said"), _span(sentence, f"{opener} the mayor"),
                    [_span(sentence, "the pool would stay open")])
        A._trim_sources(toks, starts, [d])
        assert d.source == _span(sentence, "the mayor"), opener


@pytest.mark.parametrize("source,expected", [
    ("Tuesday", "Mayor Ana Ruiz"),  # a time word alone gives way to the noun phrase before it: not skipped
    ("Ruiz", "Ruiz"),  # one word, no time word: skipped, left as it is
])
def test_trim_sources_skips_only_a_one_word_source_that_is_no_time_word(source, expected):
    sentence = "Mayor Ana Ruiz Tuesday defended the plan."
    _, toks, starts = _sentence(sentence)
    d = A.Draft(0, 0, _span(sentence, "defended"), _span(sentence, source), [_span(sentence, "the plan")])
    A._trim_sources(toks, starts, [d])
    assert d.source == _span(sentence, expected)
