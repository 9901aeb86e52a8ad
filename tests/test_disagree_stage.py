"""The stance model's second stage (disagree among related pairs): combining, Platt scaling, saving."""
from __future__ import annotations

import numpy as np
import pytest

from newslib.datasets.fnc1 import LABELS
from newslib.stance import disagree as D
from newslib.stance import features as F
from newslib.stance.model import Forest, load_model, shipped


def test_combine_keeps_unrelated_and_splits_the_rest_as_the_first_stage():
    first = np.array([[0.6, 0.1, 0.2, 0.1],   # agree, disagree, discuss, unrelated
                      [0.0, 0.0, 0.0, 1.0],
                      [0.0, 0.5, 0.0, 0.5]])
    q = np.array([0.5, 0.9, 0.2])
    out = D.combine(first, q, LABELS)
    assert np.allclose(out.sum(axis=1), 1.0)
    assert np.allclose(out[:, 3], first[:, 3])
    assert np.allclose(out[0], [0.9 * 0.5 * 0.75, 0.9 * 0.5, 0.9 * 0.5 * 0.25, 0.1])
    assert np.allclose(out[1], [0, 0, 0, 1])
    assert np.allclose(out[2], [0.5 * 0.8 * 0.5, 0.5 * 0.2, 0.5 * 0.8 * 0.5, 0.5])  # no agree/discuss: halves


def test_platt_recovers_a_known_slope_and_intercept():
    rng = np.random.default_rng(0)
    z = rng.normal(size=20_000)
    t = rng.random(20_000) < D.platt(z, 2.0, -1.0)
    a, b = D.fit_platt(z, t)
    assert abs(a - 2.0) < 0.15 and abs(b + 1.0) < 0.1
    assert D.fit_platt(z, t) == (a, b)  # deterministic


def test_contradiction_features_are_the_monotone_ones():
    cst = D.monotonic_constraints(F.FEATURE_NAMES)
    named = dict(zip(F.FEATURE_NAMES, cst))
    assert named["contra_number"] == named["contra_denial"] == named["contra_any"] == 1
    assert named["cover"] == named["modal_body"] == 0
    assert sum(cst) == len(D.MONOTONE)


def test_a_second_stage_is_saved_and_read_back(tmp_path):
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(1)
    X = rng.random((200, 3))
    y = (X[:, 0] > 0.5).astype(int)
    second = Forest.from_sklearn(HistGradientBoostingClassifier(max_iter=5, random_state=0).fit(X, y), binary=True)
    assert second.raw(X).shape == (200, 1)
    with pytest.raises(ValueError):
        Forest.from_sklearn(HistGradientBoostingClassifier(max_iter=5, random_state=0).fit(X, y))
    m = shipped()
    from dataclasses import replace

    two = replace(m, disagree=second, meta={**m.meta, "disagree_stage": {"platt": [1.0, 0.0]}})
    two.save(tmp_path / "s.json", tmp_path / "s.npz")
    back = load_model(tmp_path / "s.json")
    assert back.disagree is not None and np.allclose(back.disagree.raw(X), second.raw(X), atol=1e-6)  # float32 leaves
    one = replace(m, disagree=None, meta={k: v for k, v in m.meta.items() if k != "disagree_stage"})
    one.save(tmp_path / "o.json", tmp_path / "o.npz")
    assert load_model(tmp_path / "o.json").disagree is None
