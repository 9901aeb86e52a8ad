"""The Szeged uncertainty evaluation: scoring and the FactBank target (the reader's tests: test_datasets.py)."""
from __future__ import annotations

import pytest

from newslib.evaluation.uncertainty import evaluate, tag_sentence

# Hand-written sentences in the corpus's format (not corpus text).
TINY = """<?xml version="1.0" encoding="UTF-8"?>
<Annotation><DocumentSet><Document type="news"><DocID type="FILENAME">made-up-1</DocID>
<DocumentPart type="Text">
<Sentence id="S1.1">The talks <ccue type="speculation_modal_possible_">may</ccue> resume next week.</Sentence>
<Sentence id="S1.2">The summit took place on Friday.</Sentence>
<Sentence id="S1.3">Officials <ccue type="speculation_hypo_doxastic _">believe</ccue> the deal will hold.</Sentence>
<Sentence id="S1.4">The minister was <ccue type="speculation_modal_probable_">apparently</ccue> absent.</Sentence>
<Sentence id="S1.5">Prices rose in May.</Sentence>
<Sentence id="S1.6">The ceasefire could collapse within days.</Sentence>
</DocumentPart></Document></DocumentSet></Annotation>
"""


@pytest.fixture
def tiny(tmp_path):
    path = tmp_path / "tiny.xml"
    path.write_text(TINY, encoding="utf-8")
    return path


def test_evaluate_tiny(tiny):
    report = evaluate(tiny)
    row = report.rows["sentence uncertain"]
    # gold uncertain: S1.1, S1.3, S1.4; predicted: those three and S1.6 (could, unmarked here)
    assert (row["tp"], row["predicted"], row["gold"]) == (3, 4, 3)
    assert row["precision"] == pytest.approx(0.75) and row["recall"] == 1.0
    cue = report.rows["cue overlap"]
    assert (cue["tp"], cue["predicted"], cue["gold"]) == (3, 4, 3)
    assert [fp["id"] for fp in report.extra["false_positives"]] == ["made-up-1/S1.6"]
    assert report.extra["false_negatives"] == []
    assert "sentence uncertain" in report.to_text()


def test_tag_sentence_is_the_pipeline():
    hedges, gaps, tags = tag_sentence("It is not yet clear whether the\nvote may be delayed.")
    assert tags.uncertain and tags.kind == "gap"
    assert [h.text for h in hedges] == ["whether", "may"]
    assert [g.text for g in gaps] == ["is not yet clear"]


def test_factbank_dev_target(factbank_xml):
    report = evaluate(factbank_xml)
    assert report.info["sentences"] == 1634 and report.info["uncertain (gold)"] == 293
    assert report.rows["sentence uncertain"]["f1"] >= 0.78


def test_wiki_runs(wiki_xml):
    report = evaluate(wiki_xml, samples=5)
    assert report.info["uncertain (gold)"] == 2606
    assert report.rows["sentence uncertain"]["f1"] >= 0.78
    assert len(report.extra["false_positives"]) == 5
