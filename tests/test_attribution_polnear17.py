"""PolNeAR train's source and content errors by class (issue 11, branch polnear17): made-up news sentences, each
with the source or content PolNeAR's convention gives it."""
from __future__ import annotations

import numpy as np
import pytest

from attribution_cases import content_of, tag, with_cue


# ---- a verb of speech after "and"/"but"/"then", the second predicate of the sentence's first clause --------
@pytest.mark.parametrize("body,cue,source", [
    ("Okafor paused, then revealed why the vote had been so close.\n", "revealed", "Okafor"),
    ("The governor later walked back her remarks and said the tax would stay.\n", "said", "The governor"),
    ("She later walked back her remarks and said the tax would stay.\n", "said", "She"),
    ("The mayor later walked back his comments and insisted that the bridge was safe.\n", "insisted", "The mayor"),
])
def test_speech_cue_after_a_first_predicate_takes_its_subject(body, cue, source):
    text, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


# ---- a capitalised word is a name, not the web treebank's fragment of a split word (GW) --------------------
@pytest.mark.parametrize("body,cue,source", [
    ("Sanders is pushing back, questioning the judgment of his rival on the war.\n", "questioning", "Sanders"),
])
def test_a_name_the_tagger_took_for_a_fragment_is_a_subject(body, cue, source):
    text, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


def test_capitalised_word_is_no_fragment():
    from newslib.syntax import pos_tags
    from newslib.tokenize import tokenize_text

    sents = tokenize_text("Sanders is pushing back. Mr. Sanders said no.")
    tags = pos_tags(sents)
    assert tags[0][0] == "NNP" and "GW" not in tags[1]


def test_news_ids_make_a_capitalised_fragment_a_name_and_leave_the_models_ids():
    """The attribution model reads ``tag_ids`` as the tagger gives them (it was trained on them, and
    ``newslib train attribution`` reads the same); only the passes' and kinds' tags map GW to NNP."""
    from newslib.syntax import default_tagger
    from newslib.tokenize import tokenize_text

    tagger = default_tagger()
    gw, nnp, nn = tagger.tags.index("GW"), tagger.tags.index("NNP"), tagger.tags.index("NN")
    sents = tokenize_text("Sanders, e-mail and x go.")
    words = [t.text for s in sents for t in s.tokens]
    ids = np.full(len(words), nn, dtype=np.int64)
    ids[words.index("Sanders")] = gw
    ids[words.index("x")] = gw
    out = tagger.news_ids(sents, ids)
    assert out[words.index("Sanders")] == nnp        # a capitalised word of letters is a name
    assert out[words.index("x")] == gw              # a lower-case fragment stays one
    assert ids[words.index("Sanders")] == gw        # the caller's array (the model's input) is not changed
    plain = np.full(len(words), nn, dtype=np.int64)
    assert tagger.news_ids(sents, plain) is plain   # no GW: the same array
    with pytest.raises(ValueError, match="tag ids for"):
        tagger.news_ids(sents, np.full(len(words) + 1, gw, dtype=np.int64))


# ---- a final frame whose source runs on into its own relative clause: the content is the opening clause -----
@pytest.mark.parametrize("body,cue,content", [
    ("Two candidates would defeat the governor, according to a new poll that shows more voters view her "
     "unfavorably.\n", "according to", "Two candidates would defeat the governor"),
    ("The bridge will reopen in May, according to two engineers who requested anonymity to speak freely.\n",
     "according to", "The bridge will reopen in May"),
    # not when the words after the source are a clause of their own
    ("But the next day, according to the mayor, the council made further demands.\n", "according to",
     "the council made further demands"),
])
def test_content_before_a_frame_whose_source_runs_on(body, cue, content):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)) == content


# ---- an inverted source after a quotation runs to its sentence's end over a run of words without punctuation -
@pytest.mark.parametrize("body,cue,source", [
    ("''We will not give up the seat,'' said Tim Pawlenty, the former governor of Minnesota and a candidate in "
     "2012.\n", "said", "Tim Pawlenty, the former governor of Minnesota and a candidate in 2012"),
    ("''We must stay the course,'' said Martin Indyk, the president's former special envoy to the Middle East.\n",
     "said", "Martin Indyk, the president's former special envoy to the Middle East"),
    # not over the cue's setting after a name
    ('"The bill is dead," said House Speaker Paul Ryan in a statement.\n', "said", "House Speaker Paul Ryan"),
])
def test_inverted_source_runs_to_the_sentence_end(body, cue, source):
    text, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
