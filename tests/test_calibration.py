"""Calibrated stance probabilities: the temperature fit, reliability tables, the shipped model's calibration."""
from __future__ import annotations

import numpy as np
import pytest

from newslib.stance import stance
from newslib.stance.calibration import (expected_calibration_error, fit_temperature, log_loss, reliability,
                                        softmax)
from newslib.stance.model import shipped


@pytest.mark.parametrize("true_t", [0.5, 1.0, 2.5])
def test_fit_temperature_recovers_the_temperature_of_the_labels(true_t):
    rng = np.random.default_rng(7)
    raw = rng.normal(scale=3.0, size=(6000, 4))
    p = softmax(raw, true_t)
    y = np.array([rng.choice(4, p=row) for row in p])
    t = fit_temperature(raw, y)
    assert t == pytest.approx(true_t, rel=0.15)
    assert log_loss(raw, y, t) <= log_loss(raw, y, 1.0) + 1e-9
    assert fit_temperature(raw, y) == t  # no randomness


def test_reliability_table_bins_and_ece():
    prob = [0.05, 0.15, 0.12, 0.95, 0.91, 1.0]
    correct = [False, False, True, True, True, False]
    rows = reliability(prob, correct)
    assert [r["bin"] for r in rows] == ["0.0-0.1", "0.1-0.2", "0.9-1.0"]  # empty bins left out, 1.0 in the last
    assert [r["count"] for r in rows] == [1, 2, 3]
    assert rows[1] == {"bin": "0.1-0.2", "predicted": 0.135, "observed": 0.5, "count": 2}
    assert rows[2]["observed"] == pytest.approx(2 / 3, abs=1e-4)
    ece = expected_calibration_error(rows)
    assert ece == pytest.approx((1 * 0.05 + 2 * 0.365 + 3 * abs(0.9533 - 0.6667)) / 6, abs=1e-3)
    assert expected_calibration_error([]) == 0.0


def test_shipped_model_carries_a_temperature_fitted_on_train():
    m = shipped()
    cal = m.meta["calibration"]
    assert cal["temperature"] == m.temperature and 0.25 <= m.temperature <= 8.0
    assert "train" in cal["fitted_on"] and "dev" not in cal["fitted_on"]


def test_shipped_model_carries_an_evidence_offset_fitted_on_train():
    m = shipped()
    off = m.meta["evidence_offset"]
    assert off["label"] == "disagree" and "train" in off["fitted_on"] and "dev" not in off["fitted_on"]
    assert set(off["weights"]) <= {n for n in m.feature_names if n.startswith("contra_")}
    assert all(0.0 <= w <= 4.0 for w in off["weights"].values()) and any(off["weights"].values())


def test_the_evidence_offset_reads_a_far_figure_in_the_best_matching_sentence():
    """Since branch stance7 the offset may weigh ``contra_number_far_rel`` (a far figure in the sentence that
    matches the headline best, whatever its cover), which the shipped model's fit weighs."""
    from newslib.training.stance import OFFSET_FEATURES

    assert "contra_number_far_rel" in OFFSET_FEATURES
    assert shipped().meta["evidence_offset"]["weights"]["contra_number_far_rel"] > 0


def test_result_probabilities_are_the_calibrated_ones():
    title = "Council approves new bike lanes on Main Street"
    body = ("The city council voted on Tuesday to approve new protected bike lanes along Main Street. Construction "
            "will begin in the spring, officials said.")
    r = stance(title, body)
    assert r.p_related == r.score == pytest.approx(1 - r.probabilities["unrelated"])
    assert r.p_stance == r.probabilities[r.stance]
    m = shipped()
    from newslib.stance import features as F
    from newslib.stance import sentence_offsets

    spans = sentence_offsets(body)
    b = F.body([body[s:e] for s, e in spans], m.vocab)
    x, top = F.features(F.unit(title), b, m.vocab)
    raw = m.raw(m.inputs(np.array([x]), [F.bow(b, top)]))  # the trees' sums and the evidence offset
    assert np.allclose(list(r.probabilities.values()), softmax(raw, m.temperature)[0])
