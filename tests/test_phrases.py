"""The shared longest-phrase index and the one apostrophe normalization."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newslib.phrases import PhraseIndex, straight_apostrophes

INDEX = PhraseIndex([(("according", "to"), "cue"), (("according",), "short"), (("to",), "prep"),
                     (("according", "to", "sources"), "long"), (("to",), "second")])


def test_longest_phrase_first_and_every_value_in_order():
    words = "it is according to sources close to".split()
    assert INDEX.longest(words, 2) == (3, "long")
    assert list(INDEX.matches(words, 2)) == [(3, "long"), (2, "cue"), (1, "short")]
    assert list(INDEX.matches(words, 6)) == [(1, "prep"), (1, "second")]
    assert INDEX.longest(words, 0) == (0, None) and list(INDEX.matches(words, 0)) == []
    # a phrase cut short by the end of the tokens does not match
    assert INDEX.longest(["according", "to"], 0) == (2, "cue")


def test_lookups():
    assert ("to",) in INDEX and ("sources",) not in INDEX and len(INDEX) == 4
    assert INDEX[("to",)] == "prep" and INDEX.get(("x",), "none") == "none"
    assert set(INDEX.first_tokens) == {"according", "to"} and INDEX.max_length == 3
    assert dict(INDEX.items())[("to",)] == "prep"
    empty = PhraseIndex()
    empty.add((), "nothing")
    assert len(empty) == 0 and empty.max_length == 0


@given(st.lists(st.sampled_from(["a", "b", "c"]), max_size=8), st.integers(0, 7))
def test_matches_agree_with_brute_force(words, i):
    phrases = [("a",), ("a", "b"), ("a", "b", "c"), ("b", "c"), ("c",), ("b", "a", "b", "a")]
    index = PhraseIndex((p, "".join(p)) for p in phrases)
    if i >= len(words):
        return
    expected = sorted((len(p), "".join(p)) for p in phrases if tuple(words[i:i + len(p)]) == p)[::-1]
    assert list(index.matches(words, i)) == expected
    assert index.longest(words, i) == (expected[0] if expected else (0, None))


def test_apostrophes_are_straightened_in_place():
    assert straight_apostrophes("Russia\u2019s \u2018plan\u2019") == "Russia's 'plan'"
    assert straight_apostrophes("plain") == "plain"
    text = "don\u2019t"
    assert len(straight_apostrophes(text)) == len(text)


def test_hedges_kinds_and_actors_use_the_shared_pieces():
    from newslib.tagging import actor_lexicon, hedges, kinds

    assert isinstance(hedges.cue_index(), PhraseIndex) and isinstance(kinds.claim_cues(), PhraseIndex)
    lex = actor_lexicon.actor_lexicon()
    assert isinstance(lex.phrases, PhraseIndex) and actor_lexicon.norm_token is straight_apostrophes
    assert hedges._norm("Doesn\u2019t") == "doesn't"
    assert kinds._words("Kyiv\u2019s \u2018No\u2019") == kinds._words("Kyiv's \u2018No'") == ["kyiv's", "no'"]
