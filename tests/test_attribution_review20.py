"""Round 18's review: attr18's document-frame determiners (`_DOCUMENT_DETERMINERS`) had taken the name of the
determiners that open a lexicon frame's subject (`_FRAME_DETERMINERS`), so from bd249c6 on the final frame
", several economists caution." lost its cue; the two sets have their own names again."""
from __future__ import annotations

import pytest

from newslib.tagging import attributions as A
from newslib.tokenize import tokenize_text

BODY = "Smaller classes do not always raise test scores, "


@pytest.mark.parametrize("frame, source", [
    ("several economists caution.", "several economists"),
    ("many researchers caution.", "many researchers"),
    ("the authors caution.", "the authors"),
])
def test_a_lexicon_frame_subject_may_open_with_a_quantifier(frame, source):
    (s,) = tokenize_text(BODY + frame)
    found = A._lexicon_frame_cues(s.tokens, [])
    assert [s.text[a - s.start:b - s.start] for a, b in found.values()] == [source]


def test_a_document_frame_subject_may_open_with_this():
    assert "this" in A._DOCUMENT_DETERMINERS and "this" not in A._FRAME_DETERMINERS
