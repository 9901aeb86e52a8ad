"""Training the neural window tagger (:mod:`newslib.syntax.window_net`) that the POS tagger adds to its scores.

Data: the same ``(tokens, tags)`` pairs as the perceptron (:func:`newslib.training.pos.training_data`, EWT
train and GUM train). The lower-cased words' embeddings start from the vectors of the word clusters' text
(:func:`newslib.training.word_clusters.vectors`, unit length, ``DIMS["low"]`` dimensions) for the words they
cover, small random numbers for the other training words seen ``MIN_COUNT["low"]`` times or more; the other
features' embeddings (each value seen ``MIN_COUNT[feature]`` times) start random. The ambiguity classes and
word clusters are the perceptron's (its feature space, passed as ``space``). A training word is read as
unknown with probability ``alpha / (alpha + count)`` (``alpha`` = ``WORD_DROPOUT``; Kiperwasser & Goldberg
2016), so that the unknown row learns what rare words look like; dropout on the inputs (``INPUT_DROPOUT``)
and the hidden layer (``HIDDEN_DROPOUT``). Loss: cross-entropy of the softmax over tags; Adam on minibatches
of ``BATCH`` tokens in a seeded order (lazy for the embeddings: only the rows a batch read move), for
``EPOCHS`` epochs, the learning rate times ``LR_DECAY`` after each. Everything is numpy with a seeded
generator, and ``newslib train pos`` keeps BLAS to one thread, so a run gives the same model every time.
"""
from __future__ import annotations

import time
from collections import Counter
from typing import Callable, Sequence

import numpy as np

from ..syntax.features import FeatureSpace
from ..syntax.window_net import FEATURES, PAD, UNKNOWN, WINDOW, WindowNet, type_values

DIMS = {"low": 64, "form": 32, "s1": 8, "s2": 16, "s3": 24, "s4": 24, "s5": 16, "p1": 8, "p2": 12, "p3": 16,
        "shape": 12, "amb": 16, "k1": 8, "k2": 12, "k3": 16, "case": 4}
MIN_COUNT = {"low": 2, "form": 2, "s1": 2, "s2": 2, "s3": 3, "s4": 3, "s5": 3, "p1": 2, "p2": 3, "p3": 3, "shape": 3,
             "amb": 1, "k1": 1, "k2": 1, "k3": 1, "case": 1}
HIDDEN = 64
EPOCHS = 5
BATCH = 128
LEARNING_RATE = 1e-3
LR_DECAY = 0.6  # the learning rate of epoch e (from 0) is LEARNING_RATE * LR_DECAY ** e
WORD_DROPOUT = 0.25
INPUT_DROPOUT = 0.25
HIDDEN_DROPOUT = 0.3
SEED = 11


def _vocab(data, vectors_words: Sequence[str], space: FeatureSpace) -> tuple[dict[str, dict[str, int]], Counter]:
    counts = {f: Counter() for f in FEATURES}
    types = Counter(t for toks, _ in data for t in toks)
    for tok, n in types.items():
        for f, v in zip(FEATURES, type_values(tok, space)):
            counts[f][v] += n
    vocab = {}
    for f in FEATURES:
        keep = sorted(v for v, n in counts[f].items() if n >= MIN_COUNT[f])
        if f == "low":
            seen = set(keep)
            keep = keep + sorted(w for w in vectors_words if w not in seen)
        vocab[f] = {v: i + 2 for i, v in enumerate(keep)}
    return vocab, counts["low"]


def fit(data: Sequence[tuple[list[str], list[str]]], tags: Sequence[str], vectors: tuple[list[str], np.ndarray],
        epochs: int = EPOCHS, hidden: int = HIDDEN, batch: int = BATCH, lr: float = LEARNING_RATE, seed: int = SEED,
        space: FeatureSpace | None = None, log: Callable[[str], None] | None = None,
        on_epoch: Callable[[int, WindowNet], None] | None = None) -> WindowNet:
    """The window tagger trained on ``data``; ``tags`` fixes the output order (the perceptron's tags);
    ``vectors``: words and their vectors from unlabeled text, the word embeddings' start; ``space``: the
    perceptron's feature space, whose ambiguity classes and word clusters the network reads too."""
    space = space if space is not None else FeatureSpace()
    rng = np.random.default_rng(seed)
    tag_id = {t: i for i, t in enumerate(tags)}
    vocab, word_counts = _vocab(data, vectors[0], space)
    dims = [DIMS[f] for f in FEATURES]
    E = {}
    for f, d in zip(FEATURES, dims):
        E[f] = (rng.standard_normal((len(vocab[f]) + 2, d)) * 0.1).astype(np.float32)
    vw, vx = vectors
    wv = vocab["low"]
    rows = np.array([wv[w] for w in vw], dtype=np.int64)
    d = min(vx.shape[1], DIMS["low"])  # (a tiny text has fewer dimensions than DIMS["low"])
    E["low"][rows, :d] = vx[:, :d].astype(np.float32) * np.sqrt(DIMS["low"]) * 0.1
    width = 2 * WINDOW + 1
    D = width * sum(dims)
    W1 = (rng.standard_normal((D, hidden)) * np.sqrt(2.0 / D)).astype(np.float32)
    b1 = np.zeros(hidden, dtype=np.float32)
    W2 = (rng.standard_normal((hidden, len(tags))) * np.sqrt(1.0 / hidden)).astype(np.float32)
    b2 = np.zeros(len(tags), dtype=np.float32)

    # every token's feature rows, sentences in a row with WINDOW padding tokens between them
    flat: list[tuple[int, ...]] = []
    positions, gold, once = [], [], []
    cache: dict[str, tuple[int, ...]] = {}
    pad = (PAD,) * len(FEATURES)
    for toks, ts in data:
        flat.extend([pad] * WINDOW)
        for t, g in zip(toks, ts):
            r = cache.get(t)
            if r is None:
                r = cache[t] = tuple(vocab[f].get(v, UNKNOWN) for f, v in zip(FEATURES, type_values(t, space)))
            positions.append(len(flat))
            flat.append(r)
            gold.append(tag_id[g])
            once.append(word_counts[type_values(t, space)[0]])
    flat.extend([pad] * WINDOW)
    F = np.array(flat, dtype=np.int64)  # (slots, features)
    positions = np.array(positions, dtype=np.int64)
    gold = np.array(gold, dtype=np.int64)
    # each slot's chance of reading its word as unknown: alpha / (alpha + count)
    counts = np.zeros(len(F))
    counts[positions] = once
    drop_p = np.where(counts > 0, WORD_DROPOUT / (WORD_DROPOUT + np.maximum(counts, 1)), 0.0)
    if log:
        log(f"{len(positions)} tokens, {len(tags)} tags, vocabularies "
            + ", ".join(f"{f} {len(vocab[f])}" for f in FEATURES) + f", {D} inputs x {hidden} hidden")

    params = [E[f] for f in FEATURES] + [W1, b1, W2, b2]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    step = 0
    offsets = np.arange(-WINDOW, WINDOW + 1)
    at = np.cumsum([0] + dims)  # each feature's columns within a window position's
    n_f = len(FEATURES)

    def net() -> WindowNet:
        return WindowNet(vocab, {f: E[f].copy() for f in FEATURES}, W1.copy(), b1.copy(), W2.copy(), b2.copy(),
                         space)

    for epoch in range(epochs):
        t0 = time.perf_counter()
        rate = lr * LR_DECAY ** epoch
        order = rng.permutation(len(positions))
        loss_sum, wrong = 0.0, 0
        for b in range(0, len(order), batch):
            sel = order[b:b + batch]
            slots = positions[sel][:, None] + offsets[None, :]  # (B, width)
            ids = F[slots]  # (B, width, features)
            drop = rng.random(slots.shape) < drop_p[slots]
            ids[:, :, 0] = np.where(drop, UNKNOWN, ids[:, :, 0])
            X = np.concatenate([E[FEATURES[j]][ids[:, k, j]] for k in range(width) for j in range(n_f)], axis=1)
            # inverted dropout: the masks scale the kept units, forward and backward
            in_mask = (rng.random(X.shape) >= INPUT_DROPOUT) / np.float32(1 - INPUT_DROPOUT)
            X *= in_mask
            H = X @ W1 + b1
            np.maximum(H, 0.0, out=H)
            h_mask = (rng.random(H.shape) >= HIDDEN_DROPOUT) / np.float32(1 - HIDDEN_DROPOUT)
            H *= h_mask
            Z = H @ W2 + b2
            Z -= Z.max(axis=1, keepdims=True)
            P = np.exp(Z)
            P /= P.sum(axis=1, keepdims=True)
            y = gold[sel]
            B = len(sel)
            loss_sum += float(-np.log(P[np.arange(B), y] + 1e-12).sum())
            wrong += int((P.argmax(axis=1) != y).sum())
            P[np.arange(B), y] -= 1.0
            P /= B
            gW2 = H.T @ P
            gb2 = P.sum(axis=0)
            dH = P @ W2.T
            dH *= h_mask  # zero where the unit was dropped or its ReLU was off (H is 0 there)
            dH[H <= 0] = 0.0
            gW1 = X.T @ dH
            gb1 = dH.sum(axis=0)
            dX = dH @ W1.T
            dX *= in_mask
            step += 1
            corr = rate * np.sqrt(1 - beta2 ** step) / (1 - beta1 ** step)
            # dense Adam for the layers; for the embeddings, lazy Adam on the rows the batch read
            for p, g, mm, vv in zip(params[n_f:], (gW1, gb1, gW2, gb2), m[n_f:], v[n_f:]):
                mm *= beta1
                mm += (1 - beta1) * g
                vv *= beta2
                vv += (1 - beta2) * g * g
                p -= (corr * mm / (np.sqrt(vv) + eps)).astype(p.dtype)
            dX = dX.reshape(B, width, -1)
            for j in range(n_f):
                rows, inverse = np.unique(ids[:, :, j].ravel(), return_inverse=True)
                g = np.zeros((len(rows), dims[j]), dtype=np.float64)
                np.add.at(g, inverse, dX[:, :, at[j]:at[j + 1]].reshape(-1, dims[j]))
                mm = m[j][rows] * beta1 + (1 - beta1) * g
                vv = v[j][rows] * beta2 + (1 - beta2) * g * g
                m[j][rows], v[j][rows] = mm, vv
                params[j][rows] -= (corr * mm / (np.sqrt(vv) + eps)).astype(np.float32)
        if log:
            log(f"net epoch {epoch + 1}: loss {loss_sum / len(order):.4f}, training errors {wrong / len(order):.4f}, "
                f"{time.perf_counter() - t0:.0f} s")
        if on_epoch:
            on_epoch(epoch + 1, net())
    return net()
