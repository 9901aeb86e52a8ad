"""FNC-1 evaluation: the customary dev split and the shipped model's score on it (skips without the data)."""
from __future__ import annotations

import pytest

from newslib.errors import DataError
from newslib.evaluation.fnc1 import evaluate, score_predictions


def test_score_predictions_report():
    gold = ["agree", "unrelated", "discuss", "disagree", "unrelated"]
    pred = ["agree", "unrelated", "agree", "unrelated", "discuss"]
    r = score_predictions(gold, pred)
    # raw: agree 1.0 + unrelated 0.25 + discuss→agree 0.25 + 0 + 0 = 1.5 of 3.5
    assert r.rows["fnc score"]["score"] == pytest.approx(1.5 / 3.5)
    assert r.rows["accuracy"]["accuracy"] == pytest.approx(2 / 5)
    assert r.rows["agree"]["precision"] == pytest.approx(0.5)
    assert r.extra["confusion"]["discuss"]["agree"] == 1
    assert "fnc score" in r.to_text()


def test_missing_data_dir_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="FNC-1 folder not found"):
        evaluate(tmp_path / "nowhere")


def test_shipped_model_reaches_the_dev_target(fnc1_dir):
    report = evaluate(fnc1_dir)
    assert report.rows["fnc score"]["score"] >= 0.82, report.to_text()
    assert report.rows["related/unrelated"]["accuracy"] >= 0.97
    conf = report.extra["confusion"]
    assert sum(sum(row.values()) for row in conf.values()) == 9622
