"""Branch speed12: the attribution stage's cheaper walk keeps its answers.

The passes a sentence runs (``attributions._PassIndex``) are exactly those whose triggers its words hold, in the
order of ``_pass_order``, as testing each pass's trigger set against the words gave them."""
from __future__ import annotations

import importlib
import random

import pytest

import newslib.tagging.attributions as A


def _reference(steps, words) -> list:
    """The passes to run as ``_refine`` chose them before the index: a set test per pass."""
    ws = set(words)
    return [(run, k) for run, k, triggers in steps if triggers is None or not triggers.isdisjoint(ws)]


def _trigger_words(steps) -> list[str]:
    return sorted({w for _, _, t in steps if t is not None for w in t})


def test_the_index_runs_the_passes_whose_triggers_the_sentence_holds():
    _, steps = A._passes()
    index = A._PassIndex(steps)
    rnd = random.Random(12)
    vocab = _trigger_words(steps) + ["mayor", "pool", "open", "the", "council"]
    for _ in range(2000):
        words = [rnd.choice(vocab) for _ in range(rnd.randint(0, 40))]
        assert index.runs(words) == _reference(steps, words), words


@pytest.mark.parametrize("words", [
    [],  # only the passes without triggers
    ["the", "mayor", "said", "the", "pool", "would", "stay", "open", "."],
    ["the", "plan", "was", "promoted", "by", "the", "mayor", ",", "the", "council", "said", "."],
])
def test_the_index_on_sentences(words):
    _, steps = A._passes()
    assert A._PassIndex(steps).runs(words) == _reference(steps, words)


def test_each_trigger_word_opens_its_passes_and_no_other():
    """One word at a time: the last pass of a table of eight and the first of the next are where a wrong shift
    would drop or add a pass."""
    _, steps = A._passes()
    index = A._PassIndex(steps)
    always = _reference(steps, [])
    for w in _trigger_words(steps):
        got = index.runs([w])
        assert got == _reference(steps, [w]), w
        assert len(got) > len(always), w


def test_refine_follows_swapped_passes(monkeypatch):
    """Tests and benchmarks replace ``_passes``: the index is rebuilt for the steps they give."""
    calls = []
    getters, steps = A._passes()
    counted = tuple(((lambda *a, n=n: calls.append(n)), k, t) for n, (_, k, t) in enumerate(steps))
    monkeypatch.setattr(A, "_passes", lambda: (getters, counted))
    from newslib.tokenize import tokenize_text

    sentence = "The plan was promoted by the mayor, the council said."
    s = tokenize_text(sentence)[0]
    A._refine(sentence, s, [t.start for t in s.tokens], [t.end for t in s.tokens], [])
    assert calls == [n for n, (_, _, t) in enumerate(steps) if t is None or not t.isdisjoint(s.lower_words)]


def test_the_chunk_scan_with_its_first_letter_lookahead_finds_the_same_chunks():
    """``syntax.chunks._CHUNK`` looks ahead for a letter a chunk can start with; on random tag-letter strings (every
    letter of ``_CLASS``, the "." of other tags, the space between sentences) it finds the chunks the two
    expressions alone find."""
    import re

    C = importlib.import_module("newslib.syntax.chunks")

    plain = re.compile(rf"(?P<NP>{C._NP})|(?P<VG>{C._VG})")
    alphabet = "".join(sorted(set(C._CLASS.values()))) + ". "
    rnd = random.Random(12)
    for _ in range(3000):
        letters = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert [(m.lastgroup, m.span()) for m in C._CHUNK.finditer(letters)] == \
            [(m.lastgroup, m.span()) for m in plain.finditer(letters)], letters


def test_the_models_chunk_spans_are_those_of_finditer():
    """``attribution_model._chunk_spans`` reads the chunks from one ``split``: the same kinds, starts and ends as the
    match objects of ``finditer``, on random tag-letter strings of several sentences."""
    import numpy as np

    from newslib.tagging.attribution_model import _chunk_spans

    C = importlib.import_module("newslib.syntax.chunks")
    alphabet = "".join(sorted(set(C._CLASS.values()))) + ". "
    rnd = random.Random(11)
    for _ in range(3000):
        letters = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        found = [(m.lastgroup == "NP", m.start(), m.end()) for m in C._CHUNK.finditer(letters)]
        is_np, start, end = _chunk_spans(letters)
        assert list(zip(is_np.tolist(), start.tolist(), end.tolist())) == found, letters
        assert start.dtype == end.dtype == np.int64


class _NoTokens:
    """A sentence whose tokens must not be read: only its lower-cased words."""

    title = False

    def __init__(self, words):
        self.lower_words = tuple(words)

    @property
    def tokens(self):
        raise AssertionError("the tokens were read")


@pytest.mark.parametrize("finder", ["_unlabelled_said", "_unlabelled_heard_saying", "_unlabelled_object_relative_speech",
                                    "_free_relative_cue", "_reflexive_subject_cue"])
def test_a_bare_cue_finder_skips_a_sentence_without_its_word(finder):
    """The finders of a cue the model missed run on every cue-less body sentence; without the word each needs
    ("said"/"says", "heard"/"overheard", "say"/"claims"..., "what", a reflexive) they answer None from the
    sentence's lower-cased words alone."""
    fn = getattr(A, finder)
    s = _NoTokens("the pool would stay open until the end of may .".split())
    assert (fn("", s) if finder == "_unlabelled_said" else fn(s)) is None


@pytest.mark.parametrize("finder,sentence", [
    ("_unlabelled_said", "Harbour Board chair Mina Osei on Monday said the fees would rise by a fifth in June."),
    ("_unlabelled_heard_saying", "The coach was later overheard telling players that the season was over."),
    ("_unlabelled_object_relative_speech", "The council approved fees that they say will pay for the new pool."),
    ("_free_relative_cue", "That is exactly what the harbour master now argues."),
    ("_reflexive_subject_cue", "Critics ignore the small matter that the treasurer herself has proposed a toll on the bridge."),
])
def test_a_bare_cue_finder_still_finds_with_its_word(finder, sentence):
    from newslib.tokenize import tokenize_text

    s = tokenize_text(sentence)[0]
    fn = getattr(A, finder)
    assert (fn(sentence, s) if finder == "_unlabelled_said" else fn(s)) is not None


@pytest.mark.parametrize("dash", ["―", "—", "–", "--"])
def test_dash_attributions_are_found_with_each_dash(dash):
    """``_dash_matches`` answers at once for a text without any dash; with each of the four it still finds the
    quotation and its speaker."""
    text = f"The vote is set for Friday.\n\n“We will not give up the harbour.” {dash} Mina Osei\n"
    found = A._dash_matches(text)
    assert [(m.group(1), m.group(2), m.group(3)) for m in found] == \
        [("“We will not give up the harbour.”", dash, "Mina Osei")]
    assert A._dash_matches(text.replace(dash, ",")) == []


@pytest.mark.parametrize("mark", ['"', "“", "‘", "'"])
def test_has_open_quote_reads_each_mark_of_the_nested_expression(mark):
    """``_nested_in_mixed_contents`` skips a content whose stretch holds no mark its expression opens a quotation
    with; each of the four is found, inside the stretch only."""
    text = f"He said the guard told him, {mark}Come back next week."
    at = text.index(mark)
    assert A._has_open_quote(text, 0, len(text))
    assert A._has_open_quote(text, at, at + 1)
    assert not A._has_open_quote(text, 0, at) and not A._has_open_quote(text, at + 1, len(text))


@pytest.mark.parametrize("body", [
    'Officials said the ferry pilot told them, "I did not see the buoy at all."',
    "Officials said the ferry pilot told them, ‘I did not see the buoy at all.’",
])
def test_a_quotation_inside_a_mixed_content_is_still_found(body):
    from attribution_cases import tag

    _, atts = tag("The inquiry opens on Thursday. " + body + "\n")
    assert any(a.source and a.source.text == "the ferry pilot" and a.cue.text == "told" for a in atts), \
        [(a.source and a.source.text, a.cue.text) for a in atts]


def test_release_labels_are_still_dropped():
    from attribution_cases import tag

    _, atts = tag("Harbourline said it would open a depot in Leeds.\n\nNotes to editors\n\nMedia Contact: Ama Osei, "
                  "press@harbourline.example\n")
    assert [a.cue.text for a in atts] == ["said"], [(a.source and a.source.text, a.cue.text) for a in atts]
