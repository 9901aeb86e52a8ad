"""Speed work of branch speed10: what is computed once and shared answers as what each stage computed itself."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from newslib.tagging.gaps import find_gaps
from newslib.tagging.hedges import find_hedges
from newslib.tokenize import tokenize_text


def _sentence(text: str):
    (s,) = tokenize_text(text, one_sentence_per_line=True)
    return s


@pytest.mark.parametrize("text", [
    "The Mayor SAID it was NOT clear.",
    "Die Straße ist GESCHLOSSEN, sagte Herr Öztürk.",   # str.lower, not casefold: "straße" stays
    "İstanbul’s mayor didn’t say.",                     # the typographic apostrophe is kept as it is
    "“Quoted,” he said -- 3 times.",
])
def test_lower_words_are_the_tokens_lower_cased(text):
    s = _sentence(text)
    assert s.lower_words == tuple(t.text.lower() for t in s.tokens)


def test_lower_words_computed_once_and_no_part_of_the_record():
    s = _sentence("He SAID so.")
    first = s.lower_words
    assert s.lower_words is first  # kept, not made again
    twin = _sentence("He SAID so.")
    assert s == twin and hash(s) == hash(twin)  # the kept words take no part in equality or hashing
    assert "_lower" not in repr(s) and "_lower" not in s.to_dict()
    again = pickle.loads(pickle.dumps(s))
    assert again == s and again.lower_words == first


def test_lower_words_of_a_replaced_sentence_are_its_own():
    s = _sentence("He SAID so.")
    s.lower_words  # noqa: B018 - computed and kept on s
    other = _sentence("They DENIED it.")
    moved = dataclasses.replace(s, tokens=other.tokens)
    assert moved.lower_words == ("they", "denied", "it", ".")
    assert s.lower_words == ("he", "said", "so", ".")


def test_stages_read_the_shared_words():
    """find_gaps and find_hedges read the sentence's kept lower-cased words: with words that say nothing they
    find nothing, with the sentence's own words what they found before."""
    text = "It is NOT clear who will pay, and it MAY take years."
    s = _sentence(text)
    assert [g.kind for g in find_gaps(text, [s])] == ["unknown"]
    assert [h.span.text for h in find_hedges(text, [s])] == ["NOT clear", "MAY"]
    blank = _sentence(text)
    object.__setattr__(blank, "_lower", tuple("x" for _ in blank.tokens))
    assert find_gaps(text, [blank]) == [] and find_hedges(text, [blank]) == []


def test_hedge_checks_read_the_shared_words_as_a_list():
    """The context checks compare slices of the words with lists ("consider" before "to be" is a hedge): the
    shared words reach them as a list, so "whom local voters consider to be corrupt" keeps its hedge."""
    text = "They elected a man whom local voters consider to be corrupt."
    assert "consider" in [h.span.text for h in find_hedges(text, [_sentence(text)])]
