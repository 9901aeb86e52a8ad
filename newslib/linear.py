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
    prefix of them, the n(t) sentences longer than t; the arrays hold just those (step, sentence) entries,
    step after step, one per token (not a steps x sentences grid, mostly padding when sentence lengths vary).
    Ties go to the lowest label, so the result does not depend on the batch.
    """
    N, K = emissions.shape
    labels = np.zeros(N, dtype=np.int64)
    spans = sorted(((b - a, a) for a, b in bounds if b > a), key=lambda x: (-x[0], x[1]))
    if not spans:
        return labels
    lengths = np.array([n for n, _ in spans], dtype=np.int64)
    starts = np.array([a for _, a in spans], dtype=np.int64)
    L = int(lengths[0])
    n_active = np.searchsorted(-lengths, -(np.arange(L) + 1), side="right")  # sentences longer than t
    off = np.concatenate([[0], np.cumsum(n_active)])  # step t's entries are off[t]:off[t + 1]
    step = np.repeat(np.arange(L), n_active)
    sent = np.arange(int(off[-1])) - off[step]  # entry -> its sentence (by length rank)
    tok = starts[sent] + step  # entry -> its token
    n_act, o = n_active.tolist(), off.tolist()
    if beam is None or beam >= K:
        cand = None
        B = K
        E = np.take(emissions, tok, axis=0)
        delta = E[:o[1]] + start
    else:
        # each token's beam best labels (sorted by label id, so that ties resolve as in the exact search)
        B = beam
        # rows gathered with np.take, not fancy indexing: the same rows, several times faster
        cand = np.take(_top_labels(emissions, beam), tok, axis=0)  # (entries, B)
        # each entry's candidates' emissions by one flat gather, not its whole row reordered first
        E = emissions.ravel().take(tok[:, None] * K + cand)
        delta = E[:o[1]] + start[cand[:o[1]]]
        # the transition scores between each entry's candidates and those of its sentence's previous step
        prev = off[step[o[1]:] - 1] + sent[o[1]:]  # each later entry's entry of the step before
        # laid out (next, previous): the step's maximum runs along the last, contiguous axis
        tr = transitions.ravel().take(np.take(cand, prev, axis=0)[:, None, :] * K
                                      + cand[o[1]:][:, :, None])  # (entries - S, B next, B previous)
    back = np.zeros((o[-1], B), dtype=np.int16)
    to_from = np.ascontiguousarray(transitions.T)[None, :, :]  # [0, next, previous]
    for t in range(1, L):
        n, a, b = n_act[t], o[t], o[t + 1]
        sc = delta[:n, None, :] + (to_from if cand is None else tr[a - o[1]:b - o[1]])  # (n, next, previous)
        back[a:b] = best = sc.argmax(axis=2)
        delta[:n] = _row_max(sc, best) + E[a:b]
    cur = delta.argmax(axis=1)
    path = np.zeros(o[-1], dtype=np.int64)
    for t in range(L - 1, -1, -1):
        n, a = n_act[t], o[t]
        path[a:a + n] = cur[:n]
        if t:
            cur[:n] = back[a:a + n][np.arange(n), cur[:n]]
    if cand is not None:
        path = cand[np.arange(len(path)), path]
    labels[tok] = path
    return labels


def _row_max(sc: np.ndarray, best: np.ndarray) -> np.ndarray:
    """``sc.max(axis=2)`` of an (n, B, B) array whose ``argmax(axis=2)`` is ``best``: numpy's max along a short
    axis is slow, so a few labels take the elementwise maximum of their slices, pairwise (a maximum is exact in
    any order), many the values at the argmax. Viterbi's steps lay their scores out (next, previous) so that
    the argmax runs along the last, contiguous axis (a step of 90 sentences: 12.1 -> 8.4 us, see the commit)."""
    B = sc.shape[2]
    if B <= 8:
        cols = [sc[:, :, i] for i in range(B)]
        while len(cols) > 1:
            cols = [np.maximum(cols[i], cols[i + 1]) if i + 1 < len(cols) else cols[i] for i in range(0, len(cols), 2)]
        return cols[0]
    return np.take_along_axis(sc, best[:, :, None], axis=2)[:, :, 0]


def _top_labels(scores: np.ndarray, k: int) -> np.ndarray:
    """Each row's ``k`` highest-scoring columns, in increasing column order (k passes of argmax: faster than
    argpartition for a handful of columns), ``_CHUNK`` rows at a time: the k passes then read a chunk from the
    cache, not the whole batch (14,000 x 49 float32) from memory each."""
    out = np.empty((len(scores), k), dtype=np.int64)
    for a in range(0, len(scores), _CHUNK):
        work = scores[a:a + _CHUNK].copy()
        rows = np.arange(len(work))
        top = out[a:a + _CHUNK]
        for j in range(k):
            best = work.argmax(axis=1)
            top[:, j] = best
            work[rows, best] = -np.inf
        top.sort(axis=1)
    return out


#: rows of a score matrix ranked at a time by ``_top_labels`` (1,024 x 49 float32: 200 KB, in the core's cache)
_CHUNK = 1024
