"""Small numpy helpers for linear sequence models: first-order Viterbi over many sentences at once.

Used by the part-of-speech tagger (``newslib.syntax``); a model gives each token a score per label
(``emissions``, one row per token, the sentences' tokens in a row) and a label-bigram matrix; ``viterbi``
decodes every sentence at once, the loop running as many steps as the longest sentence has tokens.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np


def viterbi(emissions: np.ndarray, bounds: Sequence[tuple[int, int]], transitions: np.ndarray,
            start: np.ndarray, beam: int | None = None) -> np.ndarray:
    """The best label of each token: each sentence ``emissions[a:b]`` (for ``(a, b)`` in ``bounds``) decoded
    on its own with ``transitions[prev, next]`` and ``start[label]`` added to the path score.

    ``beam``: consider only each token's ``beam`` best-scoring labels by emission (exact when ``beam`` is
    None or at least the number of labels). Sentences are sorted longest first so that step t runs over a
    prefix of them. Ties go to the lowest label, so the result does not depend on the batch.
    """
    N, K = emissions.shape
    labels = np.zeros(N, dtype=np.int64)
    spans = sorted(((b - a, a) for a, b in bounds if b > a), key=lambda x: (-x[0], x[1]))
    if not spans:
        return labels
    lengths = np.array([n for n, _ in spans], dtype=np.int64)
    starts = np.array([a for _, a in spans], dtype=np.int64)
    L, S = int(lengths[0]), len(spans)
    steps = np.arange(L)
    pos = np.minimum(starts[None, :] + steps[:, None], N - 1)  # (L, S) token of step t of sentence s
    valid = steps[:, None] < lengths[None, :]
    n_active = np.searchsorted(-lengths, -(steps + 1), side="right").tolist()  # sentences longer than t
    if beam is None or beam >= K:
        cand = None
        E = emissions[pos]  # (L, S, K)
        delta = E[0] + start
        back = np.zeros((L, S, K), dtype=np.int16)
        for t in range(1, L):
            n = n_active[t]
            sc = delta[:n, :, None] + transitions[None, :, :]
            back[t, :n] = sc.argmax(axis=1)
            delta[:n] = sc.max(axis=1) + E[t, :n]
    else:
        # each token's beam best labels (sorted by label id, so that ties resolve as in the exact search)
        top = _top_labels(emissions, beam)
        cand = top[pos]  # (L, S, B)
        E = np.take_along_axis(emissions[pos], cand, axis=2)
        delta = E[0] + start[cand[0]]
        back = np.zeros((L, S, beam), dtype=np.int16)
        for t in range(1, L):
            n = n_active[t]
            tr = transitions[cand[t - 1, :n, :, None], cand[t, :n, None, :]]  # (n, B, B)
            sc = delta[:n, :, None] + tr
            back[t, :n] = sc.argmax(axis=1)
            delta[:n] = sc.max(axis=1) + E[t, :n]
    cur = delta.argmax(axis=1)
    path = np.zeros((L, S), dtype=np.int64)
    rows = np.arange(S)
    for t in range(L - 1, -1, -1):
        n = n_active[t]
        path[t, :n] = cur[:n]
        if t:
            cur[:n] = back[t, rows[:n], cur[:n]]
    if cand is not None:
        path = np.take_along_axis(cand, path[:, :, None], axis=2)[:, :, 0]
    labels[pos[valid]] = path[valid]
    return labels


def _top_labels(scores: np.ndarray, k: int) -> np.ndarray:
    """Each row's ``k`` highest-scoring columns, in increasing column order (k passes of argmax: faster than
    argpartition for a handful of columns)."""
    work = scores.copy()
    rows = np.arange(len(work))
    out = np.empty((len(work), k), dtype=np.int64)
    for j in range(k):
        best = work.argmax(axis=1)
        out[:, j] = best
        work[rows, best] = -np.inf
    out.sort(axis=1)
    return out
