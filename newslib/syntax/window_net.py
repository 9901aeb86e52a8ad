"""A small neural window tagger: each token's log-probability of each tag from the words around it.

Collobert et al. (2011)'s window approach: every token of a window of ``2 * WINDOW + 1`` positions is read as
embeddings of its type's features (``FEATURES``: the lower-cased and the cased form, suffixes and prefixes,
shape, case class, and the perceptron's ambiguity class and word clusters of the word), the window's
embeddings go through one hidden layer (ReLU) and a softmax over the tags. The lower-cased words' embeddings
start from vectors built from unlabeled news (:func:`newslib.training.word_clusters.vectors`); the rest is
learned on the UD treebanks (:mod:`newslib.training.pos_net`). The part-of-speech tagger
(:class:`newslib.syntax.tagger.PosTagger`) adds these log-probabilities, times a weight chosen on dev, to its
own emission scores before Viterbi.

Inference is Chen & Manning (2014)'s trick: the first layer is linear in the embeddings, so each word type's
contribution to the hidden layer at each window position (its embeddings times that position's block of the
first-layer matrix) is computed once per type and cached; a token then costs ``2 * WINDOW + 1`` row gathers,
a ReLU and one small matrix product.
"""
from __future__ import annotations

import numpy as np

from ..errors import DataError
from .features import FeatureSpace, case_class

WINDOW = 2
#: the features of a word type, each with its own embedding table: the attributes the perceptron's feature space
#: gives a type (:meth:`newslib.syntax.features.FeatureSpace.attributes`: lower-cased and cased form, suffixes,
#: prefixes, shape, ambiguity class, word clusters) and its case class
FEATURES = ("low", "form", "s1", "s2", "s3", "s4", "s5", "p1", "p2", "p3", "shape", "amb", "k1", "k2", "k3", "case")
UNKNOWN, PAD = 0, 1  # every feature's row 0 is an unknown value, row 1 the padding outside a sentence
#: word types cached with their projections before the cache starts again (as the tagger's feature space)
TYPE_CACHE_LIMIT = 65_000
MATMUL_ROWS = 256


def type_values(tok: str, space: FeatureSpace) -> tuple[str, ...]:
    """The value of each of ``FEATURES`` for the token ``tok``; ``space``: the tagger's feature space (its
    ambiguity classes and word clusters)."""
    a = space.attributes(tok)
    a["case"] = str(case_class(tok))
    return tuple(a[f] for f in FEATURES)


class WindowNet:
    """Vocabularies (per feature, value -> row), embeddings ``E`` (per feature), first layer ``W1``
    (window positions x features' dimensions, stacked: ``(2 * WINDOW + 1) * sum(dims)`` x hidden) and ``b1``,
    output layer ``W2`` (hidden x tags) and ``b2``."""

    def __init__(self, vocab: dict[str, dict[str, int]], E: dict[str, np.ndarray], W1: np.ndarray, b1: np.ndarray,
                 W2: np.ndarray, b2: np.ndarray, space: FeatureSpace | None = None):
        self.vocab = vocab
        self.space = space if space is not None else FeatureSpace()
        self.E = {f: E[f].astype(np.float32) for f in FEATURES}
        self.W1 = W1.astype(np.float32)
        self.b1 = b1.astype(np.float32)
        self.W2 = W2.astype(np.float32)
        self.b2 = b2.astype(np.float32)
        self.hidden = W1.shape[1]
        self.width = 2 * WINDOW + 1
        self._dims = [E[f].shape[1] for f in FEATURES]
        if W1.shape[0] != self.width * sum(self._dims):
            raise DataError("the window network", f"its first layer has {W1.shape[0]} rows, the embeddings of a "
                                                  f"window {self.width * sum(self._dims)}")
        self._types: dict[str, int] = {}
        self._table = np.zeros((self.width, 0, self.hidden), dtype=np.float32)  # position x type x hidden
        self._add_padding()

    # ---- the per-type cache ---------------------------------------------------------------------------------
    def _add_padding(self) -> None:
        self._types = {}
        self._filled = 0
        self._rows: list[tuple[int, ...]] = [(PAD,) * len(FEATURES)]  # type 0: the padding
        self._fill()

    def feature_rows(self, tok: str) -> tuple[int, ...]:
        """The embedding row of each feature of ``tok`` (``UNKNOWN`` for a value outside the vocabulary)."""
        return tuple(self.vocab[f].get(v, UNKNOWN) for f, v in zip(FEATURES, type_values(tok, self.space)))

    def type_ids(self, tokens) -> np.ndarray:
        """Each token's row in the projection cache (new types are added)."""
        if len(self._types) + len(tokens) > TYPE_CACHE_LIMIT:
            self._add_padding()
        types = self._types
        found = list(map(types.get, tokens))
        if None in found:
            for i, t in enumerate(tokens):
                if found[i] is None:
                    k = types.get(t)
                    if k is None:
                        k = types[t] = len(self._rows)
                        self._rows.append(self.feature_rows(t))
                    found[i] = k
            self._fill()
        return np.array(found, dtype=np.int64)

    def _fill(self) -> None:
        n, done = len(self._rows), self._filled
        if n <= done:
            return
        if n > self._table.shape[1]:
            grown = np.zeros((self.width, max(n, 2 * self._table.shape[1], 1024), self.hidden), dtype=np.float32)
            grown[:, :done] = self._table[:, :done]
            self._table = grown
        rows = np.array(self._rows[done:n], dtype=np.int64)
        # the new types' embeddings, then their projection through each window position's block of W1
        X = np.concatenate([self.E[f][rows[:, j]] for j, f in enumerate(FEATURES)], axis=1)
        d = X.shape[1]
        for k in range(self.width):
            self._table[k, done:n] = X @ self.W1[k * d:(k + 1) * d]
        self._filled = n

    # ---- scores ---------------------------------------------------------------------------------------------
    def scores(self, tokens, lengths) -> np.ndarray:
        """Each token's score for each tag (tokens x tags): the log-probabilities up to a constant per token
        (which changes no token's ranking of the tags, nor a Viterbi path). Each sentence ``tokens[a:b]`` (by
        ``lengths``) is read on its own: a window reaching past the sentence's edge reads padding."""
        N = len(tokens)
        if N == 0:
            return np.zeros((0, self.W2.shape[1]), dtype=np.float32)
        types = self.type_ids(tokens)
        lengths = np.asarray(lengths, dtype=np.int64)
        # the types in a row with WINDOW padding types (0) before each sentence and after the last
        at = np.arange(N) + WINDOW * np.repeat(np.arange(1, len(lengths) + 1), lengths)
        padded = np.zeros(N + WINDOW * (len(lengths) + 1), dtype=np.int64)
        padded[at] = types
        h = np.take(self._table[WINDOW], types, axis=0)
        h += self.b1
        for k in range(self.width):
            if k != WINDOW:
                h += np.take(self._table[k], np.take(padded, at + (k - WINDOW)), axis=0)
        np.maximum(h, 0.0, out=h)
        # in blocks of MATMUL_ROWS tokens: BLAS then keeps one thread per product, several times faster on
        # shared, busy cores than one product over the whole batch split between threads
        z = np.empty((N, self.W2.shape[1]), dtype=np.float32)
        for a in range(0, N, MATMUL_ROWS):
            np.matmul(h[a:a + MATMUL_ROWS], self.W2, out=z[a:a + MATMUL_ROWS])
        z += self.b2
        return z

    def log_probs(self, tokens, lengths) -> np.ndarray:
        """Each token's log-probability of each tag (tokens x tags), read as :meth:`scores`."""
        z = self.scores(tokens, lengths)
        z -= z.max(axis=1, keepdims=True)
        z -= np.log(np.exp(z).sum(axis=1, keepdims=True))
        return z

    # ---- persistence (inside the tagger's model file) -------------------------------------------------------
    def arrays(self, sep: str) -> dict[str, np.ndarray]:
        from .modelfile import text_array

        out = {"net:W1": self.W1.astype(np.float16), "net:b1": self.b1, "net:W2": self.W2.astype(np.float16),
               "net:b2": self.b2}
        for f in FEATURES:
            values = sorted(self.vocab[f], key=self.vocab[f].get)
            out[f"net:vocab:{f}"] = text_array(sep.join(values))
            out[f"net:E:{f}"] = self.E[f].astype(np.float16)
        return out

    @classmethod
    def from_arrays(cls, z, text, sep: str, space: FeatureSpace) -> "WindowNet | None":
        if "net:W1" not in z.files:
            return None
        vocab = {}
        for f in FEATURES:
            values = text(f"net:vocab:{f}").split(sep) if z[f"net:vocab:{f}"].size else []
            # rows 0 and 1 are the unknown value and the padding; the vocabulary starts at row 2
            vocab[f] = {v: i + 2 for i, v in enumerate(values)}
        E = {f: z[f"net:E:{f}"].astype(np.float32) for f in FEATURES}
        return cls(vocab, E, z["net:W1"].astype(np.float32), z["net:b1"], z["net:W2"].astype(np.float32),
                   z["net:b2"], space)
