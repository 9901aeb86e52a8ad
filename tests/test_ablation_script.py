"""benchmarks/ablation.py's argument handling and table (no training here), and the ``--syntax`` option of
``newslib train attribution`` that it runs."""
from __future__ import annotations

import pytest

import benchmark_scripts


@pytest.fixture(scope="module")
def ablation():
    return benchmark_scripts.load("ablation")


def test_the_trained_variants_are_the_training_syntax_levels(ablation):
    from newslib.training.attribution import SYNTAX, SYNTAX_TEMPLATES

    assert set(ablation.TRAINED) == set(SYNTAX_TEMPLATES) and SYNTAX in ablation.TRAINED
    assert set(ablation.READS) == set(ablation.VARIANTS)


def test_every_variant_by_default_into_a_new_temporary_folder(ablation):
    args = ablation.parse_args([])
    assert args.variants == ablation.VARIANTS
    assert args.out.is_dir() and ablation.ROOT not in args.out.parents
    args.out.rmdir()


def test_variants_are_a_comma_list_in_the_order_given(ablation, tmp_path):
    args = ablation.parse_args(["--out", str(tmp_path), "--variants", "pos, none,pos"])
    assert args.variants == ("pos", "none") and args.out == tmp_path.resolve()


def test_the_bare_row_measures_the_none_model_and_shipped_the_package_file(ablation, tmp_path):
    assert [ablation.needs(v) for v in ("shipped", "none", "chunks", "bare")] == [None, "none", "chunks", "none"]
    args = ablation.parse_args(["--out", str(tmp_path)])
    path, seconds = ablation.model_for(args, tmp_path, "shipped", {})
    assert path == ablation.PACKAGE / "models" / "attribution.json" and seconds is None
    (tmp_path / "attribution-none.json").write_text("{}", encoding="utf-8")
    args = ablation.parse_args(["--out", str(tmp_path), "--reuse"])
    assert ablation.model_for(args, tmp_path, "bare", {}) == (tmp_path / "attribution-none.json", None)


@pytest.mark.parametrize("argv", [
    ["--out", "{repo}/newslib/models"],             # would replace the package's own model
    ["--out", "{repo}"],
    ["--out", "{tmp}", "--variants", "chunks,syntax"],  # no such variant
    ["--out", "{tmp}", "--variants", ","],
    ["--out", "{tmp}", "--reuse"],                  # nothing there to reuse
])
def test_refusals(ablation, tmp_path, argv):
    argv = [a.format(repo=ablation.ROOT, tmp=tmp_path) for a in argv]
    with pytest.raises(SystemExit) as exc:
        ablation.parse_args(argv)
    assert exc.value.code == 2


def test_the_package_copy_carries_the_bare_runner(ablation, tmp_path):
    pkg = ablation.copy_package(tmp_path)
    assert (pkg / "newslib" / "models" / "attribution.json").is_file()
    assert not list(pkg.rglob("__pycache__"))
    runner = (pkg / "bare_runner.py").read_text(encoding="utf-8")
    assert "_pass_order" in runner and "cache_clear" in runner


def test_the_table_has_one_row_per_variant_with_the_five_figures_and_two_triples(ablation):
    record = {"train seconds": 120, "figures": {"polnear dev": [0.7, 0.77, 0.83, 0.75, 0.53],
                                                "quotes-dev": [0.968, 0.995, 0.875],
                                                "house_articles": [0.996, 0.88, 0.978]}}
    lines = ablation.table({"none": record, "shipped": {**record, "train seconds": None}}).splitlines()
    assert len(lines) == 4 and lines[0].count("|") == len(ablation.HEADER) + 1
    assert lines[2] == ("| none | words | 0.7000 | 0.7700 | 0.8300 | 0.7500 | 0.5300 | 0.968 / 0.995 / 0.875 | "
                        "0.996 / 0.880 / 0.978 | 120 |")
    assert lines[3].endswith("|  |")


def test_train_attribution_takes_the_syntax_option(monkeypatch, tmp_path, capsys):
    from newslib import cli
    from newslib.training import attribution

    seen = {}
    monkeypatch.setattr(attribution, "train", lambda **kw: seen.update(kw) or tmp_path / "m.json")
    assert cli.main(["train", "attribution", "--syntax", "pos", "--out", str(tmp_path)]) == 0
    assert seen["syntax"] == "pos" and seen["out"] == str(tmp_path)
    seen.clear()
    assert cli.main(["train", "attribution", "--out", str(tmp_path)]) == 0
    assert "syntax" not in seen  # the shipped level, the training module's default


def test_syntax_is_refused_for_other_models_and_unknown_levels(capsys):
    from newslib import cli
    from newslib.errors import InputError
    from newslib.training import train

    with pytest.raises(InputError, match="syntax: only for attribution"):
        train("parser", syntax="pos")
    with pytest.raises(SystemExit) as exc:
        cli.main(["train", "attribution", "--syntax", "deep"])
    assert exc.value.code == 2


def test_the_cli_offers_every_syntax_level_of_the_trainer():
    from newslib import cli
    from newslib.training.attribution import SYNTAX_TEMPLATES

    assert set(cli.SYNTAX_LEVELS) == set(SYNTAX_TEMPLATES)
