"""Batch Viterbi (newslib.linear): each sentence of a batch decoded as if alone, exactly, ties to the lowest label."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from newslib.linear import viterbi


def _reference(emissions, transitions, start, beam=None) -> list[int]:
    """Viterbi over one sentence in plain Python: the best path among each token's ``beam`` best labels (all
    labels without a beam), the first best on ties."""
    n, k = emissions.shape
    if beam is None or beam >= k:
        allowed = [list(range(k))] * n
    else:  # the beam best by emission, ties to the lower label, in label order
        allowed = [sorted(sorted(range(k), key=lambda j: (-row[j], j))[:beam]) for row in emissions]
    score = {j: emissions[0, j] + start[j] for j in allowed[0]}
    backs = []
    for t in range(1, n):
        new, back = {}, {}
        for j in allowed[t]:
            best_i = max(allowed[t - 1], key=lambda i: (score[i] + transitions[i, j], -i))
            new[j] = score[best_i] + transitions[best_i, j] + emissions[t, j]
            back[j] = best_i
        score = new
        backs.append(back)
    cur = max(allowed[-1], key=lambda j: (score[j], -j))
    path = [cur]
    for back in reversed(backs):
        cur = back[cur]
        path.append(cur)
    return path[::-1]


def _batch(rng, lengths, k, integer=False):
    n = sum(lengths)
    em = rng.integers(-3, 4, size=(n, k)).astype(np.float32) if integer else rng.normal(size=(n, k)).astype(np.float32)
    ends = np.cumsum(lengths)
    bounds = list(zip((ends - np.asarray(lengths)).tolist(), ends.tolist()))
    return em, bounds


@pytest.mark.parametrize("k, beam, integer", [(4, None, False), (4, None, True), (12, None, False),
                                              (12, 3, False), (12, 4, True), (5, 5, False)])
@pytest.mark.parametrize("seed", range(4))
def test_batch_decoding_is_each_sentence_decoded_alone(k, beam, integer, seed):
    rng = np.random.default_rng(seed)
    lengths = rng.integers(0, 9, size=rng.integers(1, 12)).tolist()  # empty sentences included
    em, bounds = _batch(rng, lengths, k, integer)
    if integer:  # many ties: the lowest label must win, in the batch as alone
        A = rng.integers(-2, 3, size=(k, k)).astype(np.float32)
        S = rng.integers(-2, 3, size=k).astype(np.float32)
    else:
        A = rng.normal(size=(k, k)).astype(np.float32)
        S = rng.normal(size=k).astype(np.float32)
    got = viterbi(em, bounds, A, S, beam=beam)
    assert got.shape == (len(em),)
    for a, b in bounds:
        if b > a:
            assert got[a:b].tolist() == _reference(em[a:b].astype(np.float64), A.astype(np.float64),
                                                   S.astype(np.float64), beam), (a, b)
            assert got[a:b].tolist() == viterbi(em[a:b], [(0, b - a)], A, S, beam=beam).tolist()


def test_exact_decoding_finds_the_best_path():
    rng = np.random.default_rng(7)
    k, n = 3, 5
    em = rng.normal(size=(n, k))
    A, S = rng.normal(size=(k, k)), rng.normal(size=k)

    def score(path):
        return S[path[0]] + em[0, path[0]] + sum(A[path[t - 1], path[t]] + em[t, path[t]] for t in range(1, n))

    best = max(itertools.product(range(k), repeat=n), key=score)
    assert tuple(viterbi(em, [(0, n)], A, S).tolist()) == best


def test_no_sentences():
    em = np.zeros((0, 4), dtype=np.float32)
    assert viterbi(em, [], np.zeros((4, 4)), np.zeros(4)).tolist() == []
    assert viterbi(np.ones((2, 4)), [(0, 0), (2, 2)], np.zeros((4, 4)), np.zeros(4)).tolist() == [0, 0]
