"""benchmarks/cascade.py's argument handling: which file each stage of the POS -> parser -> attribution cascade
takes, the refusals, and the diff of two train outputs (no training here)."""
from __future__ import annotations

import json

import pytest

import benchmark_scripts


@pytest.fixture(scope="module")
def cascade():
    return benchmark_scripts.load("cascade")


def test_every_stage_is_trained_by_default(cascade, tmp_path):
    args = cascade.parse_args([str(tmp_path / "run")])
    assert cascade.plan(args) == {"pos": None, "parser": None, "attribution": None}


def test_shipped_and_given_files_replace_training(cascade, tmp_path):
    parser = tmp_path / "parser.npz"
    parser.write_bytes(b"x")
    args = cascade.parse_args([str(tmp_path / "run"), "--pos", "shipped", "--parser", str(parser)])
    files = cascade.plan(args)
    assert files["pos"] == cascade.PACKAGE / "models" / "pos.npz"
    assert files["parser"] == parser.resolve()
    assert files["attribution"] is None


def test_stop_keeps_the_package_files_after_that_stage(cascade, tmp_path):
    files = cascade.plan(cascade.parse_args([str(tmp_path), "--pos", "shipped", "--stop", "parser"]))
    assert files["parser"] is None
    assert files["attribution"] == cascade.PACKAGE / "models" / "attribution.json"


def test_eval_only_reads_the_run_folder(cascade, tmp_path):
    files = cascade.plan(cascade.parse_args([str(tmp_path), "--only", "eval", "--attribution", "shipped"]))
    assert files["pos"] == tmp_path.resolve() / "pos.npz"
    assert files["parser"] == tmp_path.resolve() / "parser.npz"
    assert files["attribution"] == cascade.PACKAGE / "models" / "attribution.json"


@pytest.mark.parametrize("argv", [
    ["{repo}/newslib/models"],                     # would replace the package's own models
    ["{repo}"],
    ["{tmp}", "--pos", "{tmp}/missing.npz"],        # a file that is not there
    ["{tmp}", "--against", "{tmp}"],                # no train.jsonl to diff against
    ["{tmp}", "--stop", "stance"],
    ["{tmp}", "--only", "both"],
])
def test_refusals(cascade, tmp_path, argv):
    argv = [a.format(repo=cascade.ROOT, tmp=tmp_path) for a in argv]
    with pytest.raises(SystemExit) as exc:
        cascade.parse_args(argv)
    assert exc.value.code == 2


def test_changed_texts_compares_attributions_by_path(cascade, tmp_path):
    def write(name, rows):
        path = tmp_path / name
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return path

    same = {"path": "a.txt", "attributions": [{"cue": {"start": 1, "end": 5}}], "title": "T"}
    a = write("a.jsonl", [same, {"path": "b.txt", "attributions": []}, {"path": "c.txt", "attributions": []}])
    b = write("b.jsonl", [dict(same, title="other"), {"path": "b.txt", "attributions": [{"cue": None}]}])
    assert cascade.changed_texts(a, b) == ["b.txt", "c.txt"]
