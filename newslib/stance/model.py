"""The shipped stance model: a gradient-boosted tree ensemble evaluated with numpy, and its IDF table.

Files (written by ``newslib train stance``, see :mod:`newslib.training.stance`):

- ``newslib/models/stance.json``: labels, feature names, the vocabulary (stem → [IDF, capitalization ratio])
  and where the model came from;
- ``newslib/models/stance.npz``: the trees, packed into flat node arrays (``feature``, ``threshold``,
  ``left``, ``right``, ``value``), the tree → class map and the class baselines; and the weights of the
  bag-of-words scorer (``bow_weight``, float16, and ``bow_bias``) whose three probabilities are the last
  inputs of the trees.

A pair goes left at a node when ``x[feature] <= threshold``; leaves point to themselves, so every row walks
``depth`` steps through every tree at once. Raw scores are summed per class, the evidence offset added to
disagree (``evidence_offset`` in ``stance.json``: non-negative weights of the contradiction features), divided by the model's
temperature (``calibration`` in ``stance.json``, fitted on out-of-fold scores of the training pairs:
:mod:`newslib.stance.calibration`) and turned into probabilities with a softmax.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from ..errors import DataError
from .features import Vocab

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
MODEL_JSON = MODELS_DIR / "stance.json"
MODEL_NPZ = MODELS_DIR / "stance.npz"


@dataclass
class Forest:
    feature: np.ndarray  # (nodes,) int
    threshold: np.ndarray  # (nodes,) float; +inf at leaves
    left: np.ndarray  # (nodes,) int; self at leaves
    right: np.ndarray  # (nodes,) int; self at leaves
    value: np.ndarray  # (nodes,) float; the leaf value (0 elsewhere)
    roots: np.ndarray  # (trees,) int
    tree_class: np.ndarray  # (trees,) int
    baseline: np.ndarray  # (classes,) float
    depth: int

    def raw(self, X: np.ndarray, chunk: int = 512) -> np.ndarray:
        """Summed leaf values per class, shape (rows, classes)."""
        X = np.asarray(X, dtype=np.float64)
        if X.ndim == 1:
            X = X[None, :]
        k = len(self.baseline)
        onehot = self._onehot
        if len(X) == 1:  # one pair (tagging an article): the walk of the packed arrays, then the leaves' sum
            return self.leaf_sum(self.leaves(X)[0])
        out = np.empty((len(X), k))
        for a in range(0, len(X), chunk):
            xs = X[a:a + chunk]
            idx = np.broadcast_to(self.roots, (len(xs), len(self.roots))).copy()
            for _ in range(self.depth):
                xv = np.take_along_axis(xs, self.feature[idx], axis=1)
                idx = np.where(xv <= self.threshold[idx], self.left[idx], self.right[idx])
            out[a:a + chunk] = self.value[idx] @ onehot + self.baseline
        return out

    def leaves(self, X: np.ndarray) -> np.ndarray:
        """The leaf each row of ``X`` reaches in each tree, shape (rows, trees): all trees and rows step one
        level together, on the packed arrays (:attr:`_packed`). Used for the few pairs of a tagging batch; each
        row's leaves are those of walking it alone."""
        X = np.ascontiguousarray(X, dtype=np.float64)
        if X.ndim == 1:
            X = X[None, :]
        feature, children, _ = self._packed
        threshold = self.threshold
        flat = X.ravel()
        base = np.arange(len(X), dtype=np.int64)[:, None] * X.shape[1]  # row r's inputs start at r * columns
        idx = np.broadcast_to(self.roots, (len(X), len(self.roots)))
        for _ in range(self.depth):
            idx = children[2 * idx + (flat[base + feature[idx]] <= threshold[idx])]
        return idx

    def leaf_sum(self, idx: np.ndarray) -> np.ndarray:
        """One row's raw scores, shape (1, classes), from the leaf it reached in each tree (:meth:`leaves`):
        the same float operations whether the row was walked alone or with others."""
        return self._packed[2][idx].astype(np.float64)[None, :] @ self._onehot + self.baseline

    @cached_property
    def _packed(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The one-pair walk's arrays, small so that a walk through 1,200 trees touches fewer memory lines
        (after the other tagging stages, the forest is mostly out of the processor's caches): features as
        int16, children as int32 pairs (right, left) side by side, leaf values as the float32 they were
        stored as (exact in float64; a forest fresh from training keeps float64)."""
        children = np.empty(2 * len(self.left), dtype=np.int32)
        children[0::2], children[1::2] = self.right, self.left
        value = self.value.astype(np.float32)
        if not np.array_equal(value, self.value):
            value = self.value
        return (self.feature.astype(np.int16), children, value)

    @cached_property
    def _onehot(self) -> np.ndarray:
        """(trees, classes): 1 where a tree adds to a class."""
        onehot = np.zeros((len(self.roots), len(self.baseline)))
        onehot[np.arange(len(self.roots)), self.tree_class] = 1.0
        return onehot

    def proba(self, X: np.ndarray) -> np.ndarray:
        r = self.raw(X)
        r -= r.max(axis=1, keepdims=True)
        e = np.exp(r)
        return e / e.sum(axis=1, keepdims=True)

    def arrays(self) -> dict[str, np.ndarray]:
        return {"feature": self.feature.astype(np.int16), "threshold": self.threshold,
                "left": self.left.astype(np.int32), "right": self.right.astype(np.int32),
                "value": self.value.astype(np.float32), "roots": self.roots.astype(np.int32),
                "tree_class": self.tree_class.astype(np.int16), "baseline": self.baseline,
                "depth": np.array(self.depth)}

    @classmethod
    def from_arrays(cls, a) -> "Forest":
        return cls(a["feature"].astype(np.intp), a["threshold"].astype(np.float64), a["left"].astype(np.intp),
                   a["right"].astype(np.intp), a["value"].astype(np.float64), a["roots"].astype(np.intp),
                   a["tree_class"].astype(np.intp), a["baseline"].astype(np.float64), int(a["depth"]))

    @classmethod
    def from_sklearn(cls, clf) -> "Forest":
        """Pack a fitted ``HistGradientBoostingClassifier`` (numeric features, no missing values)."""
        feats, thrs, lefts, rights, vals, roots, classes = [], [], [], [], [], [], []
        depth, offset = 0, 0
        for per_iter in clf._predictors:
            for c, pred in enumerate(per_iter):
                nodes = pred.nodes
                leaf = nodes["is_leaf"].astype(bool)
                n = len(nodes)
                own = np.arange(n) + offset
                feats.append(np.where(leaf, 0, nodes["feature_idx"]))
                thrs.append(np.where(leaf, np.inf, nodes["num_threshold"]))
                lefts.append(np.where(leaf, own, nodes["left"].astype(np.int64) + offset))
                rights.append(np.where(leaf, own, nodes["right"].astype(np.int64) + offset))
                vals.append(np.where(leaf, nodes["value"], 0.0))
                roots.append(offset)
                classes.append(c)
                depth = max(depth, int(nodes["depth"].max()))
                offset += n
        baseline = np.asarray(clf._baseline_prediction, dtype=np.float64).ravel()
        if len(baseline) == 1:
            raise ValueError("binary models are not supported: train with the four FNC-1 classes")
        return cls(np.concatenate(feats), np.concatenate(thrs), np.concatenate(lefts), np.concatenate(rights),
                   np.concatenate(vals), np.array(roots), np.array(classes), baseline, depth)


@dataclass
class BowScorer:
    """Multinomial logistic regression over hashed body n-grams (agree, disagree, discuss), whose
    probabilities are three more inputs of the forest."""

    weight: np.ndarray  # (3, HASH_DIM)
    bias: np.ndarray  # (3,)

    def proba(self, bows) -> np.ndarray:
        z = np.array([self.weight[:, idx].sum(axis=1) for idx in bows]).reshape(len(bows), len(self.bias))
        z += self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


@dataclass
class StanceModel:
    labels: tuple[str, ...]
    feature_names: tuple[str, ...]
    vocab: Vocab
    forest: Forest
    meta: dict
    bow: BowScorer

    def inputs(self, X: np.ndarray, bows) -> np.ndarray:
        """The forest's input rows: the pair features followed by the bag-of-words scorer's probabilities."""
        return np.hstack([np.asarray(X, dtype=np.float64).reshape(len(bows), -1), self.bow.proba(bows)])

    @property
    def temperature(self) -> float:
        """The calibration temperature (1.0 for a model without one)."""
        return float(self.meta.get("calibration", {}).get("temperature", 1.0))

    @property
    def decision_weights(self) -> tuple[float, ...] | None:
        """Per-label weights of the expected score in :func:`newslib.stance.decide` (None: all 1)."""
        w = self.meta.get("decision_weights")
        return tuple(float(w[lab]) for lab in self.labels) if w else None

    @cached_property
    def _offset(self) -> tuple[int, list[tuple[int, float]]] | None:
        """The evidence offset of ``meta["evidence_offset"]`` (None: the model has none): the class it adds to
        and the (input column, weight) of each evidence feature it reads."""
        spec = self.meta.get("evidence_offset")
        if not spec:
            return None
        try:
            cols = [(self.feature_names.index(name), float(w)) for name, w in sorted(spec["weights"].items())]
            return self.labels.index(spec["label"]), cols
        except (KeyError, ValueError) as exc:
            raise DataError("stance.json", f"unreadable evidence_offset ({exc})") from None

    def raw(self, inputs: np.ndarray, raw: np.ndarray | None = None) -> np.ndarray:
        """The model's raw class scores for input rows (:meth:`inputs`): the forest's sums (or ``raw``, the sums
        already taken for these rows), plus the evidence offset: each contradiction feature times its weight,
        added to the disagree score. The weights are never negative, so fired evidence can only raise
        P(disagree) over what the trees give, whatever the other features: a monotone second stage fitted on the
        out-of-fold scores of the training pairs (:func:`newslib.training.stance.fit_offset`)."""
        out = self.forest.raw(inputs) if raw is None else raw
        if self._offset is not None:
            label, cols = self._offset
            inputs = np.atleast_2d(inputs)
            for j, w in cols:  # column by column, in a fixed order: the same sums for one row or many
                out[:, label] += inputs[:, j] * w
        return out

    def proba(self, X: np.ndarray, bows) -> np.ndarray:
        """Calibrated class probabilities, one row per pair."""
        from .calibration import softmax

        return softmax(self.raw(self.inputs(X, bows)), self.temperature)

    def proba_each(self, X: np.ndarray, bows) -> list[np.ndarray]:
        """:meth:`proba` of each row alone (a 1-d array each), bit for bit, with the forest walked for all
        rows at once: the inputs, leaf sums and softmax stay per row, so that numpy's vectorized loops see
        the same shapes as for one pair."""
        from .calibration import softmax

        if not len(bows):
            return []
        X = np.asarray(X, dtype=np.float64).reshape(len(bows), -1)
        rows = np.vstack([self.inputs(X[i:i + 1], bows[i:i + 1]) for i in range(len(bows))])
        leaves = self.forest.leaves(rows)
        t = self.temperature
        return [softmax(self.raw(rows[i:i + 1], self.forest.leaf_sum(leaves[i])), t)[0] for i in range(len(bows))]

    def save(self, json_path: Path, npz_path: Path) -> None:
        doc = {"labels": list(self.labels), "features": list(self.feature_names), **self.meta,
               "default_idf": round(self.vocab.default_idf, 4),
               "vocab": {s: [round(self.vocab.idf[s], 4), round(self.vocab.cap.get(s, 1.0), 2)]
                         for s in sorted(self.vocab.idf)}}
        json_path.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        np.savez_compressed(npz_path, **self.forest.arrays(), bow_weight=self.bow.weight.astype(np.float16),
                            bow_bias=self.bow.bias)


def load_model(json_path: Path | str | None = None, npz_path: Path | str | None = None) -> StanceModel:
    """Read a model from files (default: the shipped one)."""
    jp = Path(json_path or MODEL_JSON)
    nz = Path(npz_path) if npz_path else jp.with_suffix(".npz")
    for p in (jp, nz):
        if not p.exists():
            raise DataError(str(p), "stance model not found (run `newslib train stance`)")
    try:
        doc = json.loads(jp.read_text(encoding="utf-8"))
        with np.load(nz, allow_pickle=False) as a:
            forest = Forest.from_arrays(a)
            bow = BowScorer(a["bow_weight"].astype(np.float32), a["bow_bias"].astype(np.float64))
    except (ValueError, KeyError, OSError) as exc:
        raise DataError(str(jp), f"unreadable stance model ({exc})") from None
    vocab = Vocab({s: v[0] for s, v in doc["vocab"].items()}, {s: v[1] for s, v in doc["vocab"].items()},
                  doc["default_idf"])
    meta = {k: v for k, v in doc.items() if k not in ("labels", "features", "vocab", "default_idf")}
    return StanceModel(tuple(doc["labels"]), tuple(doc["features"]), vocab, forest, meta, bow)


@lru_cache(maxsize=1)
def shipped() -> StanceModel:
    """The shipped model, loaded once per process."""
    return load_model()
