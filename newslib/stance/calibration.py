"""Probabilities that mean what they say: temperature scaling of the stance model and reliability tables.

The trees' summed scores are divided by one temperature before the softmax. ``newslib train stance`` fits
the temperature on pairs the trees did not learn from: a model trained on 80% of the *training* bodies
scores the other 20%, and the temperature minimizing the log-loss there is kept (the shipped model is then
refitted on all training pairs; :mod:`newslib.training.stance`). The dev split is never used to fit it: a
reliability table on dev (:func:`reliability`) measures how well it worked.

Two probabilities are read from a result: ``p_related`` = 1 - P(unrelated), and ``p_stance``, the
probability of the stance chosen. A reliability table puts predictions into equal-width bins of the
probability and compares, per bin, the mean probability with the observed share of correct calls.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

#: Bounds of the temperature search.
T_RANGE = (0.25, 8.0)


def softmax(raw: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = np.asarray(raw, dtype=np.float64) / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def log_loss(raw: np.ndarray, y: np.ndarray, temperature: float) -> float:
    p = softmax(raw, temperature)[np.arange(len(y)), y]
    return float(-np.mean(np.log(np.clip(p, 1e-12, 1.0))))


def fit_temperature(raw: np.ndarray, y: Sequence[int]) -> float:
    """The temperature in :data:`T_RANGE` minimizing the log-loss of ``softmax(raw / T)`` against ``y``
    (golden-section search on log T: deterministic, no randomness)."""
    y = np.asarray(y)
    lo, hi = np.log(T_RANGE[0]), np.log(T_RANGE[1])
    g = (np.sqrt(5) - 1) / 2
    a, b = hi - g * (hi - lo), lo + g * (hi - lo)
    fa, fb = log_loss(raw, y, np.exp(a)), log_loss(raw, y, np.exp(b))
    for _ in range(60):
        if fa < fb:
            hi, b, fb = b, a, fa
            a = hi - g * (hi - lo)
            fa = log_loss(raw, y, np.exp(a))
        else:
            lo, a, fa = a, b, fb
            b = lo + g * (hi - lo)
            fb = log_loss(raw, y, np.exp(b))
    return round(float(np.exp((lo + hi) / 2)), 4)


def reliability(prob: Sequence[float], correct: Sequence[bool], bins: int = 10) -> list[dict]:
    """Rows of a reliability table: for each non-empty bin ``[lo, hi)`` of the predicted probability (the
    last bin closed), ``predicted`` = the mean probability, ``observed`` = the share of correct calls and
    ``count``. Well calibrated means predicted ≈ observed in every bin."""
    p = np.asarray(prob, dtype=np.float64)
    c = np.asarray(correct, dtype=bool)
    idx = np.minimum((p * bins).astype(int), bins - 1)
    rows = []
    for b in range(bins):
        m = idx == b
        n = int(m.sum())
        if n:
            rows.append({"bin": f"{b / bins:.1f}-{(b + 1) / bins:.1f}", "predicted": round(float(p[m].mean()), 4),
                         "observed": round(float(c[m].mean()), 4), "count": n})
    return rows


def expected_calibration_error(rows: list[dict]) -> float:
    """The count-weighted mean of |predicted - observed| over a reliability table's bins."""
    n = sum(r["count"] for r in rows)
    return sum(r["count"] * abs(r["predicted"] - r["observed"]) for r in rows) / n if n else 0.0
