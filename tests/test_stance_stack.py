"""benchmarks/stance_stack.py (branch stance11): the stacked lexical model's conjunctions and its cross-fitting,
which the measured figures in its docstring rest on."""
import numpy as np
import pytest

from newslib.stance import features as F
from newslib.stance import body_cache
from newslib.stance.model import shipped

import benchmark_scripts


@pytest.fixture(scope="module")
def stack():
    return benchmark_scripts.load("stance_stack")


def _pair(stack, headline, body, stems=True):
    vocab = shipped().vocab
    head = F.unit(headline)
    b = body_cache({0: body}, vocab)(0)
    _, top = F.features(head, b, vocab)
    return stack.conjunctions(head, b, top, stems)


def test_conjunctions_are_sorted_buckets_that_read_the_body_cue_words(stack):
    denied = _pair(stack, "Mayor resigns over expenses", "The mayor denied that he would resign over the expenses.")
    plain = _pair(stack, "Mayor resigns over expenses", "The mayor will resign over the expenses, he said.")
    assert denied == sorted(set(denied)) and all(0 <= k < stack.CONJ_DIM for k in denied)
    # a refuting word in the best sentence gives buckets a sentence without one lacks
    assert set(denied) != set(plain)


def test_conjunctions_without_stems_are_a_subset(stack):
    text = ("Mayor resigns over expenses", "The mayor denied that he would resign over the expenses.")
    assert set(_pair(stack, *text, stems=False)) < set(_pair(stack, *text))


def test_stacked_scores_a_row_only_with_a_model_that_never_saw_its_body(stack):
    sklearn = pytest.importorskip("sklearn")  # noqa: F841
    rng = np.random.default_rng(0)
    n, dim = 200, 50
    groups = np.repeat(np.arange(20), 10)
    y = rng.integers(0, 4, n)
    idx = rng.integers(0, dim, n * 3)
    M = stack._sparse(idx, np.full(n, 3), dim)
    out = stack.stacked(M, y, groups, n)
    assert out.shape == (n, 3)
    # every real row is held out in exactly one fold, so each gets probabilities that sum to one
    assert np.allclose(out.sum(axis=1), 1.0)


def test_claim_groups_join_bodies_that_speak_of_one_headline(stack):
    """Folds by claim: two bodies related to one headline share a group, as do bodies joined through a chain of
    headlines; an unrelated pair joins nothing, and a body with no related pair is a group of its own."""
    from types import SimpleNamespace as P

    pairs = [P(headline="A", body_id=1, stance="agree"), P(headline="A", body_id=2, stance="discuss"),
             P(headline="B", body_id=2, stance="disagree"), P(headline="B", body_id=3, stance="agree"),
             P(headline="A", body_id=4, stance="unrelated"), P(headline="C", body_id=5, stance="agree")]
    g = stack.claim_groups(pairs)
    assert g[1] == g[2] == g[3]
    assert len({g[1], g[4], g[5]}) == 3
    assert sorted(g) == [1, 2, 3, 4, 5]
