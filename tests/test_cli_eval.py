"""`newslib eval` through the command line: the wiring, the JSON shape, and the targets the issues set."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _eval(*args: str) -> dict:
    proc = subprocess.run([sys.executable, "-m", "newslib.cli", "eval", *args, "--json"], capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


@pytest.mark.data
def test_eval_uncertainty_cli(factbank_xml):
    doc = _eval("uncertainty", "--data", str(factbank_xml))
    assert doc["task"].startswith("uncertainty")
    assert doc["metrics"]["sentence uncertain"]["f1"] >= 0.78


@pytest.mark.data
def test_eval_fnc1_cli_with_the_shipped_model(fnc1_dir):
    doc = _eval("fnc1", "--data", str(fnc1_dir), "--shipped")
    metrics = doc["metrics"]
    score = next(v for k, v in metrics.items() if "fnc" in k.lower())
    value = score.get("score", score.get("f1"))
    assert value >= 0.82, metrics


def test_eval_reports_a_missing_corpus_in_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "newslib.cli", "eval", "uncertainty", "--data",
                           str(tmp_path / "nope.xml")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "nope.xml" in proc.stderr and "Traceback" not in proc.stderr


def test_eval_polnear_agreement_cli(tmp_path):
    from test_eval_polnear import ANN, TEXT

    for annotator in ("aa11", "bb22"):
        (tmp_path / "dev" / "attributions").mkdir(parents=True, exist_ok=True)
        (tmp_path / "dev" / "attributions" / f"art_{annotator}.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "dev" / "text").mkdir()
    (tmp_path / "dev" / "text" / "art.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "train" / "text").mkdir(parents=True)
    doc = _eval("polnear", "--agreement", "--data", str(tmp_path))
    assert doc["task"] == "polnear agreement"
    assert doc["info"]["annotator pairs"] == 1
    assert doc["metrics"]["cue exact"]["f1"] == 1.0
    assert doc["info"]["splits"] == "train, dev"
    # train alone has no article two annotators annotated: one line naming the corpus, exit 2
    proc = subprocess.run([sys.executable, "-m", "newslib.cli", "eval", "polnear", "--agreement", "--split", "train",
                           "--data", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "more than one annotator" in proc.stderr and str(tmp_path) in proc.stderr
    assert "Traceback" not in proc.stderr


def test_eval_actors_cli(tmp_path):
    from test_eval_polnear import ANN, TEXT

    (tmp_path / "dev" / "attributions").mkdir(parents=True)
    (tmp_path / "dev" / "text").mkdir()
    (tmp_path / "dev" / "text" / "art.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "art_aa11.ann").write_text(ANN, encoding="utf-8")
    doc = _eval("actors", "--data", str(tmp_path))
    assert doc["task"].startswith("actors")
    assert doc["info"]["articles"] == 1 and doc["info"]["gold sources"] == 2  # "Smith" and "he"
    named, pronouns = doc["metrics"]["named sources with an actor"], doc["metrics"]["pronoun sources resolved"]
    assert named["gold"] == 1 and pronouns["gold"] == 1
    assert 0.0 <= named["recall"] <= 1.0 and doc["info"]["data"] == str(tmp_path)

