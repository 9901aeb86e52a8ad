"""Round 16's speed work outside the attribution passes: each shortcut gives what the longer way gave."""
from __future__ import annotations

import pytest

from newslib.stance import contradiction as C
from newslib.stance import features as F

# ASCII, typographic apostrophes, non-ASCII letters the word pattern does not match (the Kelvin sign and
# the dotted capital I lower-case to ASCII letters), a question, cue words, figures, no word at all
TEXTS = [
    "Officials denied the report, saying 12 people didn't die in the blast.",
    "It\u2019s not true that Ukraine\u2019s army won\u2019t fight, the minister said.",
    "\u0130stanbul\u2019s mayor said the \u212aelvin scale is not at issue: Stra\u00dfe, caf\u00e9, na\u00efve.",
    "Will the plan be dropped?",
    "Nine people were killed and 3,000 residents were evacuated, police said.",
    "\u2014 \u2026 !",
    "",
    "A",
]


def _old_unit(text: str) -> tuple:
    """What :func:`F.unit` gave from :func:`F._word_info` alone, word by word."""
    infos = [F._word_info(w) for w in F._WORD.findall(text)]
    counts = dict.fromkeys(F.CUE_KINDS, 0)
    for _, _, kind in infos:
        if kind:
            counts[kind] += 1
    stems = [s for _, s, _ in infos if s is not None]
    return [w for w, _, _ in infos], stems, frozenset(stems), counts


@pytest.mark.parametrize("text", TEXTS)
def test_unit_keeps_the_words_as_written_beside_the_lower_cased_ones(text):
    u = F.unit(text)
    assert (u.words, u.stems, u.stemset, u.cues) == _old_unit(text)
    assert u.raw == C.words(text)
    # the scan lower-cases the words as written so: a unit hands it both lists
    assert u.words == [w.lower().replace("\u2019", "'") for w in u.raw]


@pytest.mark.parametrize("text", TEXTS)
def test_scan_with_the_units_words_equals_the_scan_of_the_text(text):
    u = F.unit(text)
    assert u.signals == C.scan(text, F._content_stem)
    assert "signals" in u.__dict__
    assert C.scan(text, F._content_stem, None, u.raw, u.words) == C.scan(text, F._content_stem)


def test_tag_subjects_tags_the_units_words_as_the_scan_splits_them():
    units = [F.unit("Rovers beat City in the cup final, defeating the holders"), F.unit("")]
    F.tag_subjects(units)
    assert len(units[0].tags) == len(C.words(units[0].text)) and units[1].tags == ()


def test_sentence_words_are_the_token_texts_kept_on_the_record():
    from newslib.tokenize import tokenize_text

    sents = tokenize_text("\u201cIt\u2019s over,\u201d said Ren\u00e9e \u00d8stergaard. Stra\u00dfe \u212a!\n\nOK")
    for s in sents:
        assert s.words == tuple(t.text for t in s.tokens)
        assert s.words is s.words  # computed once
        assert s.lower_words == tuple(t.text.lower() for t in s.tokens)
    assert "Ren\u00e9e" in sents[0].words


def test_token_texts_reads_sentences_and_other_records_in_a_row():
    from types import SimpleNamespace

    from newslib.spans import Span
    from newslib.tokenize import tokenize_text
    from newslib.tokenize.records import Sentence, token_texts

    sents = tokenize_text("One two. Three!")
    other = SimpleNamespace(tokens=(Span(0, 4, "Four"),))
    empty = Sentence(9, 0, 0, "", ())
    assert token_texts([*sents, empty, other]) == [t.text for s in sents for t in s.tokens] + ["Four"]
    assert token_texts([]) == [] and empty.words == ()


def test_trigger_flags_judge_each_word_as_the_trigger_set_does(monkeypatch):
    words = ["not", "didn't", "won\u2019t", "can't", "n't", "the", "denied", "", "Not", "caf\u00e9", "plans"]
    flags = C._TriggerFlags(C._triggers())
    assert [flags[w] for w in words] == [w in C._triggers() or w.endswith("n't") for w in words]
    assert flags["didn't"] and not flags["the"] and not flags["Not"]  # the scan's words are lower-cased
    monkeypatch.setattr(C, "TRIGGER_CACHE", 4)
    small = C._TriggerFlags(C._triggers())
    sizes = []
    for w in words * 2:
        assert small[w] == flags[w]
        sizes.append(len(small))
    assert max(sizes) <= 4 and min(sizes[4:]) < 4  # emptied, then filled again


def test_scan_hits_every_trigger_word_of_a_sentence():
    # "not" (a negator), "wouldn't" (n't), "denied" (a denial or rejection word): each changes the signals
    base = C.scan("The minister resigned on Monday.", F._content_stem)
    assert C.scan("The minister did not resign on Monday.", F._content_stem).negated != base.negated
    assert C.scan("The minister wouldn't resign.", F._content_stem).neg_modal
