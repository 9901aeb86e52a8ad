"""The second stage of the stance model: does the body disagree, given that it is related?

The four-class trees (:mod:`newslib.stance.model`) see few disagree pairs (678 of 40,350 FNC-1 train pairs)
and many features; contradiction evidence (:mod:`newslib.stance.contradiction`) moves them little. A second,
binary tree ensemble is fitted on the related train pairs only (disagree against agree or discuss), with the
disagree pairs weighted up, and constrained so that contradiction evidence can only raise its score
(monotonic constraints on the ``contra_*`` features: a contradiction found never argues for agreement).
Its score is turned into a probability by Platt scaling (a slope and an intercept fitted on held-out train
pairs, which also undoes the class weighting), and :func:`combine` puts the two stages together:

    P(disagree) = P(related) x q,  P(agree), P(discuss) = P(related) x (1 - q), split as the first stage
    splits them,  P(unrelated) unchanged,

where q is the second stage's probability of disagree. The result is a distribution (rows sum to 1), whose
calibration ``newslib eval fnc1`` measures on dev like the first stage's.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

#: The features whose growth may only raise the disagree score (monotonic constraint +1).
MONOTONE = ("contra_outcome", "contra_number", "contra_negation", "contra_denial", "contra_rejection",
            "contra_modality", "contra_any", "contra_sentences", "contra_lead")


def monotonic_constraints(feature_names: Sequence[str]) -> list[int]:
    """The constraint vector of the second stage's trees: +1 for :data:`MONOTONE` features, 0 elsewhere."""
    return [1 if name in MONOTONE else 0 for name in feature_names]


def platt(score: np.ndarray, slope: float, intercept: float) -> np.ndarray:
    """P(disagree | related) from the second stage's raw score."""
    return 1.0 / (1.0 + np.exp(-(slope * np.asarray(score, dtype=np.float64) + intercept)))


def fit_platt(score: np.ndarray, disagree: np.ndarray) -> tuple[float, float]:
    """Slope and intercept minimizing the log-loss of :func:`platt` (Newton's method from (1, 0), a fixed
    number of steps: deterministic)."""
    z = np.asarray(score, dtype=np.float64)
    t = np.asarray(disagree, dtype=np.float64)
    a, b = 1.0, 0.0
    for _ in range(50):
        p = platt(z, a, b)
        g = np.array([np.sum((p - t) * z), np.sum(p - t)])
        w = p * (1 - p) + 1e-9
        h = np.array([[np.sum(w * z * z), np.sum(w * z)], [np.sum(w * z), np.sum(w)]]) + 1e-6 * np.eye(2)
        step = np.linalg.solve(h, g)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-10:
            break
    return round(float(a), 6), round(float(b), 6)


def combine(first: np.ndarray, q: np.ndarray, labels: Sequence[str]) -> np.ndarray:
    """The four-class probabilities of the two stages (see the module's docstring)."""
    labels = list(labels)
    a, d, c, u = (labels.index(k) for k in ("agree", "disagree", "discuss", "unrelated"))
    out = np.array(first, dtype=np.float64, copy=True)
    related = 1.0 - out[:, u]
    rest = out[:, a] + out[:, c]
    share = np.divide(out[:, a], rest, out=np.full_like(rest, 0.5), where=rest > 0)
    out[:, d] = related * q
    out[:, a] = related * (1.0 - q) * share
    out[:, c] = related * (1.0 - q) * (1.0 - share)
    return out
