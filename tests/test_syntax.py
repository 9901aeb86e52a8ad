"""The syntax layer: part-of-speech tags and chunks on hand-made sentences, offsets, the model file, and
(data) accuracy on the UD dev splits and reproducible training."""
from __future__ import annotations

import numpy as np
import pytest

from newslib.syntax import chunks, default_tagger, pos_tags, tag, tag_sents
from newslib.syntax.features import normalize
from newslib.tokenize import tokenize_text


def tags_of(text: str) -> list[tuple[str, str]]:
    sents = tokenize_text(text)
    return [(t.text, p) for s, ts in zip(sents, pos_tags(sents)) for t, p in zip(s.tokens, ts)]


@pytest.mark.parametrize("text, expected", [
    ("The minister said the talks would resume on Monday.",
     ["DT", "NN", "VBD", "DT", "NNS", "MD", "VB", "IN", "NNP", "."]),
    ("Russia's foreign minister didn't comment.",
     ["NNP", "POS", "JJ", "NN", "VBD", "RB", "VB", "."]),
    ("He has been accused of lying to Congress.",
     ["PRP", "VBZ", "VBN", "VBN", "IN", "VBG", "IN", "NNP", "."]),
    ("“We will not give up,” she told reporters.",
     ["``", "PRP", "MD", "RB", "VB", "RP", ",", "''", "PRP", "VBD", "NNS", "."]),
])
def test_tags_on_hand_made_sentences(text, expected):
    assert [p for _, p in tags_of(text)] == expected


def test_clitics_and_curly_apostrophes_tag_like_straight_ones():
    straight = [p for _, p in tags_of("Russia's army doesn't retreat.")]
    curly = [p for _, p in tags_of("Russia’s army doesn’t retreat.")]
    assert straight == curly
    assert straight[1] == "POS" and straight[4] == "RB"  # 's, n't


def test_quotes_take_their_direction():
    toks = tags_of('He said "no" and left.')
    assert ('"', "``") in toks and ('"', "''") in toks
    assert [p for t, p in tags_of("“Yes.”") if t in "“”"] == ["``", "''"]


def test_hyphenated_words_dashes_urls_and_ellipses():
    got = dict(tags_of("The long-term plan -- see https://example.org/plan ... was shelved."))
    assert got["long-term"] in ("JJ", "NN")
    assert got["shelved"] == "VBN"
    assert got["https://example.org/plan"] in ("ADD", "NN", "NNP")
    assert got["--"] in (":", "NFP", ",")


def test_tags_align_to_tokens_and_offsets():
    text = "Title line\nMayor Ana Ruiz on Tuesday defended the plan. “It works,” she said."
    sents = tokenize_text(text)
    tags = pos_tags(sents)
    assert [len(t) for t in tags] == [len(s.tokens) for s in sents]
    ids = default_tagger().tag_ids(sents)
    assert len(ids) == sum(len(s.tokens) for s in sents)
    assert [default_tagger().tags[i] for i in ids] == [t for ts in tags for t in ts]


def test_nltk_interface():
    out = tag(["She", "denied", "it", "."])
    assert out == [("She", "PRP"), ("denied", "VBD"), ("it", "PRP"), (".", ".")]
    assert tag_sents([["She", "denied", "it", "."], ["Yes"]])[0] == out
    assert tag([]) == [] and tag_sents([]) == [] and pos_tags([]) == []


def test_batch_gives_the_same_tags_as_one_sentence_at_a_time():
    sents = tokenize_text("A quick test. Officials said on Friday that the vote would be delayed. Ok.")
    one = [tuple(p for _, p in tag([t.text for t in s.tokens])) for s in sents]
    assert pos_tags(sents) == one


def test_model_loads_once_from_package_data():
    assert default_tagger() is default_tagger()
    m = default_tagger()
    assert "NN" in m.tags and "VBD" in m.tags and len(m.tags) < 60
    from newslib.syntax.tagger import model_path
    assert model_path().stat().st_size < 10_000_000


def test_normalize():
    assert normalize("’s") == "'s" and normalize("n’t") == "n't"
    assert normalize("1984") == "0000" and normalize("“") == "“"


@pytest.mark.parametrize("text, nps, vgs", [
    ("Mayor Ana Ruiz on Tuesday defended the plan.", ["Mayor Ana Ruiz", "Tuesday", "the plan"], ["defended"]),
    ("Russia's foreign minister is expected to vote.", ["Russia's foreign minister"], ["is expected to vote"]),
    ("His lawyer said his client has ten days to appeal the ruling.",
     ["His lawyer", "his client", "ten days", "the ruling"], ["said", "has", "to appeal"]),
])
def test_chunks(text, nps, vgs):
    sents = tokenize_text(text)
    got = [c for cs in chunks(sents) for c in cs]
    assert [c.text for c in got if c.kind == "NP"] == nps
    assert [c.text for c in got if c.kind == "VG"] == vgs
    for c in got:
        assert text[c.start:c.end] == c.text
        s = sents[0]
        assert s.tokens[c.first].start == c.start and s.tokens[c.last - 1].end == c.end
        assert c.first <= c.head < c.last


def test_chunk_heads():
    sents = tokenize_text("The union late Friday said its members would strike.")
    got = {c.text: sents[0].tokens[c.head].text for cs in chunks(sents) for c in cs}
    assert got["The union"] == "union"
    assert got["would strike"] == "strike"
