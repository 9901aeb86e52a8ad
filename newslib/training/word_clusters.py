"""Word clusters from unlabeled text, for the part-of-speech tagger's rare and unseen words.

A word's *distribution* is the counts of the frequent words right before and right after it in running
text; words used alike ("Tuesday" / "Friday", "reiterated" / "stressed") get alike distributions even
when the treebanks never saw them. Here each word seen ``MIN_COUNT`` times or more gets a cluster id:
positive pointwise mutual information of its left and right neighbours (the ``CONTEXTS`` most frequent
words on each side), reduced to ``DIMS`` dimensions by an eigen-decomposition of the context-by-context
matrix, length-normalized, then k-means (k-means++ start) at three granularities (a coarse cluster and finer ones, like
the prefixes of Brown clusters). Everything is seeded; the counts are integers.

Text: the PolNeAR train articles and FNC-1 bodies (news, unlabeled use only) and the treebanks' train
sentences. Dev texts are not read.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..syntax.features import normalize

MIN_COUNT = 5
CONTEXTS = 600
DIMS = 64
SIZES = (64, 256, 1024)
SEED = 11
ITERATIONS = 15


def unlabeled_texts(data_root: Path) -> list[str]:
    """The news texts used for the clusters: PolNeAR train ``text/*.txt`` and FNC-1 train bodies."""
    from ..datasets import fnc1

    out = []
    for p in sorted((data_root / "polnear" / "train" / "text").glob("*.txt")):
        out.append(p.read_text(encoding="utf-8"))
    bodies = data_root / "fnc-1" / "train_bodies.csv"
    if bodies.is_file():
        out.extend(v for _, v in sorted(fnc1.read_bodies(bodies).items()))
    return out


def token_streams(texts: Iterable[str]) -> list[list[str]]:
    """Each text's lines as newslib tokens (normalized, case kept)."""
    from ..tokenize.words import NewsWordTokenizer

    tok = NewsWordTokenizer()
    out = []
    for text in texts:
        for line in text.splitlines():
            if line.strip():
                out.append([normalize(t) for t in tok.tokenize(line)])
    return out


def clusters(streams: Sequence[Sequence[str]], min_count: int = MIN_COUNT, contexts: int = CONTEXTS,
             dims: int = DIMS, sizes: Sequence[int] = SIZES, seed: int = SEED) -> dict[str, tuple[int, ...]]:
    """lower-cased word -> its cluster id at each of ``sizes`` (words seen at least ``min_count`` times);
    ``streams``: lines of tokens."""
    words, X = vectors(streams, min_count=min_count, contexts=contexts, dims=dims)
    if len(words) < 2:
        return {}
    ids = [_kmeans(X, k, seed) for k in sizes]
    return {w: tuple(int(a[i]) for a in ids) for i, w in enumerate(words)}


def vectors(streams: Sequence[Sequence[str]], min_count: int = MIN_COUNT, contexts: int = CONTEXTS,
            dims: int = DIMS) -> tuple[list[str], np.ndarray]:
    """The lower-cased words seen at least ``min_count`` times (most frequent first) and their unit-length
    ``dims``-dimensional vectors (rows of the array): the PPMI of their neighbours, reduced as described above
    (a word whose neighbours carry no information, such as a full stop, can keep a vector near zero)."""
    streams = [[t.lower() for t in s] for s in streams]
    counts = Counter(t for s in streams for t in s)
    words = sorted((w for w, k in counts.items() if k >= min_count), key=lambda w: (-counts[w], w))
    if len(words) < 2:
        return words, np.zeros((len(words), dims))
    wid = {w: i for i, w in enumerate(words)}
    ctx = words[:contexts]
    cid = {w: i for i, w in enumerate(ctx)}
    cid["<s>"] = len(ctx)  # the line's edges are a context of their own
    C = len(ctx) + 1
    M = np.zeros((len(words), 2 * C), dtype=np.float64)
    for s in streams:
        seq = ["<s>"] + list(s) + ["<s>"]
        for i in range(1, len(seq) - 1):
            w = wid.get(seq[i])
            if w is None:
                continue
            left, right = cid.get(seq[i - 1]), cid.get(seq[i + 1])
            if left is not None:
                M[w, left] += 1
            if right is not None:
                M[w, C + right] += 1
    total = M.sum()
    row = M.sum(axis=1, keepdims=True)
    col = M.sum(axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(M * total / np.maximum(row, 1) / np.maximum(col, 1) ** 0.75 / total ** 0.25)
    P = np.where(M > 0, np.maximum(pmi, 0.0), 0.0)
    # the top eigenvectors of the context-by-context matrix give the words' coordinates
    vals, vecs = np.linalg.eigh(P.T @ P)
    order = np.argsort(-vals, kind="stable")[:dims]
    X = P @ vecs[:, order]
    X /= np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-12)
    return words, np.round(X, 6)


def _kmeans(X: np.ndarray, k: int, seed: int, iterations: int = ITERATIONS) -> np.ndarray:
    """Cluster ids of the rows of ``X`` (unit vectors) by spherical k-means from a seeded k-means++ start."""
    k = min(k, len(X))
    rng = np.random.default_rng(seed)
    picks = [int(rng.integers(len(X)))]
    dist = np.maximum(2.0 - 2.0 * (X @ X[picks[0]]), 0.0)  # squared distance to the nearest center so far
    for _ in range(1, k):
        total = dist.sum()
        nxt = int(rng.choice(len(X), p=dist / total)) if total > 0 else int(rng.integers(len(X)))
        picks.append(nxt)
        dist = np.minimum(dist, np.maximum(2.0 - 2.0 * (X @ X[nxt]), 0.0))
    centers = X[picks].copy()
    assign = np.zeros(len(X), dtype=np.int64)
    for _ in range(iterations):
        assign = np.argmax(X @ centers.T, axis=1)
        sums = np.zeros_like(centers)
        np.add.at(sums, assign, X)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        centers = np.where(empty[:, None], centers, sums / np.maximum(norms, 1e-12))
        centers = np.round(centers, 6)
    return assign
