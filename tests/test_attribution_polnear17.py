"""PolNeAR train's source and content errors by class (issue 11, branch polnear17): made-up news sentences, each
with the source or content PolNeAR's convention gives it."""
from __future__ import annotations

import pytest

from attribution_cases import tag, with_cue


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
