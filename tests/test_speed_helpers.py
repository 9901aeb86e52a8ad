"""The helpers that the speed work rewrote answer as the plain versions they replaced did (tables of cases)."""
from __future__ import annotations

import pytest

from newslib.tagging.attributions import _all_quoted, _trim_tail
from newslib.tagging.gaps import find_gaps, gap_patterns, silent_phrases
from newslib.tokenize import tokenize


@pytest.mark.parametrize("piece, expected", [
    ("“All of it is quoted.”", True),
    ('"Straight quotes too."', True),
    ("“Nested ‘single’ and «guillemets» inside.”", True),
    ("“Quoted,” he said.", False),
    ("“Open with no close", True),
    ("No quotes at all", False),
    ("... , -- !", True),                      # no letter or digit: nothing outside quotes
    ("“First paragraph\n“Second paragraph.”", True),   # a paragraph's opening mark reopens the quotation
    ('"one" two "three"', False),
    ("“one” “two”", True),
    ("“Closed”\n  “reopened after spaces”", True),
    ("“Closed” x\n“y”", False),
    ("3 “x”", False),                          # a digit counts as a letter does
    ("“x” _", True),                           # an underscore does not
])
def test_all_quoted(piece, expected):
    assert _all_quoted(piece) is expected


@pytest.mark.parametrize("text, expected", [
    ("the deal and", "the deal"),
    ("the deal, but", "the deal"),
    ("the deal AND", "the deal"),
    ("the deal ; ", "the deal"),
    ("the sand", "the sand"),                  # "and" inside a word stays
    ("the deal, whereas", "the deal"),
    ("the deal although", "the deal"),
    ("the deal", "the deal"),
    ("and", "and"),                            # nothing before it: kept
])
def test_trim_tail(text, expected):
    a, b = _trim_tail(text, 0, len(text))
    assert text[a:b] == expected


def test_gaps_by_trigger_index_match_every_row_tried():
    """find_gaps tries only the rows whose trigger words a sentence holds: the same gaps as trying every row
    whose triggers the sentence holds, in the file's order."""
    text = ("Officials declined to comment on the deal. It is not yet clear who will pay. "
            "The cost remains unknown, and nobody knows when work starts. He could not be reached for comment.")
    sents = tokenize(text)
    got = [(g.start, g.end, g.kind) for g in find_gaps(text, sents)]
    expected = []
    for s in sents:
        words = {t.text.lower() for t in s.tokens}
        taken = []
        for pat in gap_patterns():
            if pat.triggers and pat.triggers.isdisjoint(words):
                continue
            for m in pat.regex.finditer(text, s.start, s.end):
                if not any(m.start() < e and b < m.end() for b, e in taken):
                    taken.append((m.start(), m.end()))
                    expected.append((m.start(), m.end(), pat.kind))
    assert sorted(got) == sorted(expected) and len(got) >= 4
    assert silent_phrases(text, 0, len(text))  # the withheld and unreachable rows


def test_chunk_expression_equals_the_backtracking_one():
    """The possessive chunk expression cuts every letter string as the one without possessive quantifiers
    did (random strings over the tag letters: runs of nouns before numbers, adverbs before verbs, 'to')."""
    import random
    import re

    from newslib.syntax.chunks import _CHUNK

    nom = r"(?:B*J|C|M|[GE](?=[JCMGE]*[NP]))*(?:[NP]+C+(?=[NP]))?[NP]+"
    plain = re.compile(rf"(?P<NP>D{{0,2}}{nom}(?:O(?:D?{nom})?)*|D?C+|R|D(?![BJCMGENP]))"
                       r"|(?P<VG>(?:[KVEG]|T(?=B*V))(?:B*(?:[KVEG]|T(?=B*V)))*U?)")
    rng = random.Random(7)
    for _ in range(20_000):
        s = "".join(rng.choice("DJCNPRBOMGEVKTU. ") for _ in range(rng.randint(0, 20)))
        assert [(m.lastgroup, m.span()) for m in _CHUNK.finditer(s)] == \
            [(m.lastgroup, m.span()) for m in plain.finditer(s)], s
