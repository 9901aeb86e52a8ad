"""Branch speed14: cheaper first sights of word types, the same tags.

The part-of-speech tagger's per-type score table (``PosTagger._type_scores``) adds each type's template rows
one column at a time (``tagger._sum_rows``) instead of summing a (types x templates x tags) array over its middle
axis: the floats must be those of that sum, bit for bit, or a tie in Viterbi could go the other way."""
from __future__ import annotations

import numpy as np
import pytest

from newslib.syntax import tagger as T
from newslib.syntax.features import OFFSETS


def test_sum_rows_gives_the_floats_of_the_middle_axis_sum():
    rnd = np.random.default_rng(14)
    # weights as the model stores them: float16 values widened to float32, many of them far apart in size
    W = (rnd.standard_normal((500, 49)) * rnd.choice([1e-3, 1.0, 1e3], size=(500, 1))).astype(np.float16)
    W = W.astype(np.float32)
    for n_templates in (1, 2, 7, 20):
        rows = rnd.integers(0, len(W), size=(300, n_templates))
        out = np.empty((300, 49), dtype=np.float32)
        T._sum_rows(W, rows, out)
        assert np.array_equal(out, np.take(W, rows, axis=0).sum(axis=1))


def test_type_scores_are_the_sums_of_each_types_rows():
    """The shipped tagger's table after a batch of new types: each offset's rows summed as the templates
    name them (the table as it was built before this branch)."""
    tagger = T.default_tagger()
    words = ["Quixotically", "the", "mayor", "’s", "1,250", "re-election", "“", "Zbigniewska", "said", "."]
    tagger.tag(words)
    space = tagger.space
    table = tagger._type_scores()
    for i, k in enumerate(OFFSETS):
        expected = np.take(tagger.W, space.type_rows(0, k), axis=0).sum(axis=1)
        assert np.array_equal(table[i, :space.n_types], expected)


@pytest.mark.parametrize("sentence", [
    "The mayor said the pool would stay open .".split(),
    "Zbigniewska , 41 , re-elected in 2019 , told “ Reuters ” she had n’t decided .".split(),
])
def test_tags_do_not_depend_on_what_the_table_saw_first(sentence):
    """A sentence's tags are the same from a fresh type table and from one filled by other words before."""
    tagger = T.PosTagger(T.default_tagger().tags, T.default_tagger().space, T.default_tagger().W,
                         T.default_tagger().A, T.default_tagger().S)
    tagger.space._reset_types()
    fresh = tagger.tag(sentence)
    tagger.tag("Other words came first , some of them new : Ouagadougou , 3.5 % .".split())
    assert tagger.tag(sentence) == fresh


def _passes_run(words: list[str]) -> list[str]:
    import newslib.tagging.attributions as A

    _, steps = A._passes()
    return [getattr(run, "__name__", "") for run, _ in A._PassIndex(steps).runs(words)]


def test_split_participle_cues_is_skipped_without_a_word_it_splits_at():
    """Both of its places in the pass order: skipped on a sentence with commas and "but" but no participle cue or
    verb cue after them, run on one with a participle cue of the lexicon or a past-tense verb cue."""
    assert "_split_participle_cues" not in _passes_run("the mayor said , but only once , the pool would stay open .".split())
    for word in ("emphasising", "adding", "cautioned", "warned"):
        assert _passes_run(f"the mayor said the pool would stay open , {word} it .".split()).count(
            "_split_participle_cues") == 2, word


def test_split_participle_cues_triggers_are_its_lexicon_words():
    import newslib.tagging.attributions as A

    assert {"emphasising", "adding", "insisting"} <= A._COMMA_PARTICIPLES
    assert {"cautioned", "warned", "added"} <= A._BUT_SPEECH_VERBS
    assert not A._BUT_SPEECH_VERBS & A._ADJECTIVAL  # "but alleged" is read as an adjective: no split there
    assert all(w.endswith("ing") for w in A._COMMA_PARTICIPLES) and all(w.endswith("ed") for w in A._BUT_SPEECH_VERBS)


class _NoTokens:
    """A sentence whose tokens must not be read: only its text."""

    title = False

    def __init__(self, text: str):
        self.text = text

    @property
    def tokens(self):
        raise AssertionError("the tokens were read")


def _drafts_of(sentence: str):
    """The sentence's tokens and the drafts find_attributions makes of it before _refine's passes run."""
    import newslib.tagging.attributions as A
    from newslib.tokenize import tokenize_text

    s = tokenize_text(sentence)[0]
    captured = {}

    def keep(text, s_, starts, ends, drafts, tags=None):
        captured["drafts"] = [A.Draft(d.sentence, d.idx, d.cue, d.source, list(d.content)) for d in drafts]
        captured["starts"] = starts

    real = A._refine
    A._refine = keep
    try:
        A.find_attributions(sentence, [s])
    finally:
        A._refine = real
    return s, captured["starts"], captured["drafts"]


def test_drop_counted_objects_skips_a_sentence_without_a_counting_verb():
    import newslib.tagging.attributions as A

    drafts = [A.Draft(0, 0, (4, 9), (0, 3), [(10, 20)])]
    A._drop_counted_objects(_NoTokens("The mayor said the pool would stay open."), drafts, None)
    assert len(drafts) == 1


@pytest.mark.parametrize("sentence,verb,kept", [
    ("The economy added 200,000 jobs.", "added", False),  # a count after "added": no attribution
    ("His team CONCEDED 14 penalties.", "CONCEDED", False),
    ("The economy grew 200,000 jobs.", "grew", True),  # no counting verb: the substring test returns at once
])
def test_drop_counted_objects_still_drops_a_count(sentence, verb, kept):
    import newslib.tagging.attributions as A
    from newslib.tokenize import tokenize_text

    s = tokenize_text(sentence)[0]
    a = sentence.index(verb)
    drafts = [A.Draft(0, 0, (a, a + len(verb)), (0, a - 1), [(a + len(verb) + 1, len(sentence) - 1)])]
    A._drop_counted_objects(s, drafts, None)
    assert (len(drafts) == 1) == kept


def test_passive_by_source_still_turns_a_passive_with_by():
    import newslib.tagging.attributions as A

    text = "The plan is supported by the mayor."
    d = A.Draft(0, 0, (9, 21), (0, 8), [(22, 34)])  # "The plan" / "is supported" / "by the mayor"
    A._passive_by_source(text, [d])
    assert (d.source, d.content) == ((25, 34), [(0, 8)])
    other = A.Draft(0, 0, (9, 21), (0, 8), [(25, 34)])  # content without its "by": left as it is
    A._passive_by_source(text, [other])
    assert (other.source, other.content) == ((0, 8), [(25, 34)])


def test_content_from_sentence_start_reads_no_dateline_without_a_content_to_move(monkeypatch):
    import newslib.tagging.attributions as A

    s, _, drafts = _drafts_of("WASHINGTON (Reuters) - The pool would stay open, the mayor said.")
    for d in drafts:
        d.content = [(s.tokens[0].start, d.cue[0] - 2)]  # from the sentence's start: nothing to move
    monkeypatch.setattr(A, "_after_dateline", lambda toks: pytest.fail("the dateline was read"))
    A._content_from_sentence_start(s.tokens, drafts)


@pytest.mark.parametrize("cue_words,dropped", [("estimates", True), ("Senate estimates", False)])
def test_noun_cue_before_the_main_verb_finds_the_cue_token_by_bisection(cue_words, dropped):
    """The pass reads only a cue of one token (found among the token starts): "estimates" of "Senate estimates on
    Tuesday show" is the subject's head noun, no cue; a cue of two tokens is left alone."""
    import newslib.tagging.attributions as A
    from newslib.tokenize import tokenize_text

    sentence = "Documents tabled in Senate estimates on Tuesday show the department paid the invoices late."
    s = tokenize_text(sentence)[0]
    a = sentence.index(cue_words)
    cue = (a, a + len(cue_words))
    drafts = [A.Draft(0, 0, cue, (0, sentence.index(" Senate")), [(cue[1] + 1, len(sentence) - 1)])]
    A._noun_cue_before_the_main_verb(s, [t.start for t in s.tokens], drafts, None)
    assert (not drafts) == dropped
