"""The corpus readers of newslib.datasets: PolNeAR's BRAT files, FNC-1's CSV split, Szeged's XML; their
defaults under newslib.config.data_dir(); and evaluation and training reading corpora only through them."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT
from newslib.datasets import fnc1, polnear, szeged
from newslib.datasets.polnear import GoldAttribution, read_ann, read_split
from newslib.datasets.szeged import read_szeged
from newslib.errors import DataError
from test_eval_polnear import ANN, TEXT
from test_eval_uncertainty import TINY


# ---- PolNeAR ------------------------------------------------------------------------------------------------
def test_read_ann_spans_and_attributions(tmp_path):
    p = tmp_path / "a_x.ann"
    p.write_text(ANN, encoding="utf-8")
    spans, atts = read_ann(p)
    by_id = {s.id: s for s in spans}
    assert by_id["T5"].parts == ((31, 44), (55, 65))
    assert by_id["T5"].type == "Content"
    assert len(atts) == 3
    assert atts[0] == GoldAttribution(cue=((6, 10),), source=((0, 5),), content=((11, 30),))
    assert atts[1].content == ((31, 44), (55, 65))
    assert atts[2].source == ()
    assert atts[2].content == ((0, 1), (66, 70))  # Content and Content2 together


def test_read_ann_text_running_over_lines(tmp_path):
    p = tmp_path / "a_x.ann"
    p.write_text("T1\tContent 0 12\tfirst line\nsecond\nT2\tCue 13 17\tsaid\n"
                 "E1\tAttribution:T9 Content:T1 Cue:T2\n", encoding="utf-8")
    spans, atts = read_ann(p)
    assert [(s.id, s.parts) for s in spans] == [("T1", ((0, 12),)), ("T2", ((13, 17),))]
    assert atts[0].cue == ((13, 17),) and atts[0].source == ()


def _split(root: Path, split: str = "dev") -> Path:
    (root / split / "text").mkdir(parents=True)
    (root / split / "attributions").mkdir()
    (root / split / "text" / "art_one.txt").write_text(TEXT, encoding="utf-8")
    (root / split / "attributions" / "art_one_zz99.ann").write_text("T1\tCue 6 10\tsaid\n", encoding="utf-8")
    (root / split / "attributions" / "art_one_aa11.ann").write_text(ANN, encoding="utf-8")
    (root / split / "text" / "art_two.txt").write_text(TEXT, encoding="utf-8")  # nobody annotated it
    return root


def test_read_split_takes_first_annotator(tmp_path):
    arts = read_split(_split(tmp_path), "dev")
    assert [a.name for a in arts] == ["art_one", "art_two"]
    assert arts[0].annotator == "aa11" and len(arts[0].attributions) == 3
    assert arts[1].annotator is None and arts[1].spans == [] and arts[1].attributions == []


def test_read_split_names_a_folder_that_is_no_split(tmp_path):
    with pytest.raises(DataError, match="not a PolNeAR split") as err:
        read_split(tmp_path, "dev")
    assert str(tmp_path / "dev") in str(err.value)


def test_actor_evaluation_reads_sources_through_the_shared_reader(tmp_path):
    from newslib.evaluation.actors import annotated_articles, gold_sources

    [art] = annotated_articles("dev", _split(tmp_path))
    assert art.name == "art_one"  # the article nobody annotated is left out
    assert gold_sources(art) == [(0, 5), (45, 47)]
    assert [TEXT[s:e] for s, e in gold_sources(art)] == ["Smith", "he"]


@pytest.mark.data
def test_polnear_dev_as_read(polnear_dir):
    arts = read_split(polnear_dir, "dev")
    assert len(arts) == 84 and all(a.annotator for a in arts)
    assert sum(len(a.attributions) for a in arts) > 2000
    for a in arts:
        assert all(0 <= s < e <= len(a.text) for span in a.spans for s, e in span.parts), a.name


# ---- FNC-1 --------------------------------------------------------------------------------------------------
@pytest.mark.data
def test_dev_split_is_the_official_baselines(fnc1_dir):
    bodies, train, dev = fnc1.load_split(fnc1_dir)
    assert len(bodies) == 1683
    assert len({p.body_id for p in dev}) == 337 and len(train) + len(dev) == 49972
    assert not {p.body_id for p in train} & {p.body_id for p in dev}
    counts = {lab: sum(p.stance == lab for p in dev) for lab in ("agree", "disagree", "discuss", "unrelated")}
    # The class counts the official baseline reports for its hold-out split.
    assert counts == {"agree": 762, "disagree": 162, "discuss": 1800, "unrelated": 6898}


def test_fnc1_split_of_a_small_folder(tmp_path):
    (tmp_path / "train_bodies.csv").write_text(
        "Body ID,articleBody\n" + "".join(f'{i},"Body number {i}."\n' for i in range(10)), encoding="utf-8")
    (tmp_path / "train_stances.csv").write_text(
        "Headline,Body ID,Stance\n" + "".join(f"Headline {i},{i},{fnc1.LABELS[i % 4]}\n" for i in range(10)),
        encoding="utf-8")
    bodies, train, dev = fnc1.load_split(tmp_path)
    assert len(bodies) == 10 and len({p.body_id for p in train}) == 8 and len(dev) == 2
    assert [p.body_id for p in dev] == sorted(fnc1.split_ids(range(10))[1])


# ---- Szeged -------------------------------------------------------------------------------------------------
@pytest.fixture
def tiny(tmp_path):
    path = tmp_path / "tiny.xml"
    path.write_text(TINY, encoding="utf-8")
    return path


def test_read_szeged(tiny):
    sents = read_szeged(tiny)
    assert [s.id for s in sents] == ["S1.1", "S1.2", "S1.3", "S1.4", "S1.5", "S1.6"]
    s = sents[0]
    assert s.text == "The talks may resume next week."
    assert s.cues == ((10, 13, "speculation_modal_possible", "may"),)
    assert s.text[10:13] == "may" and s.uncertain
    assert not sents[1].uncertain
    assert sents[2].cues[0][2] == "speculation_hypo_doxastic"


def test_szeged_errors_name_the_input(tmp_path):
    with pytest.raises(DataError, match="missing.xml"):
        read_szeged(tmp_path / "missing.xml")
    bad = tmp_path / "bad.xml"
    bad.write_text("<Annotation><Sentence>unclosed</Annotation>", encoding="utf-8")
    with pytest.raises(DataError, match="bad.xml"):
        read_szeged(bad)
    empty = tmp_path / "empty.xml"
    empty.write_text("<Annotation/>", encoding="utf-8")
    with pytest.raises(DataError, match="no <Sentence>"):
        read_szeged(empty)


# ---- defaults: the corpora under NEWSLIB_DATA -----------------------------------------------------------------
def test_readers_default_to_the_data_folder(tmp_path, monkeypatch, tiny):
    monkeypatch.setenv("NEWSLIB_DATA", str(tmp_path))
    _split(tmp_path / "polnear")
    (tmp_path / "uncertainty").mkdir()
    (tmp_path / "uncertainty" / "factbank-dev.xml").write_text(TINY, encoding="utf-8")
    assert [a.name for a in read_split(split="dev")] == ["art_one", "art_two"]
    assert len(read_szeged()) == 6
    assert szeged.default_path("wiki") == tmp_path / "uncertainty" / "wiki.xml"
    with pytest.raises(DataError, match="FNC-1 folder not found") as err:
        fnc1.load_split()
    assert str(tmp_path / "fnc-1") in str(err.value)


def test_evaluations_default_to_the_data_folder(tmp_path, monkeypatch):
    from newslib.evaluation import fnc1 as fnc1_eval
    from newslib.evaluation import polnear as polnear_eval

    monkeypatch.setenv("NEWSLIB_DATA", str(tmp_path))
    for split in ("train", "dev"):
        _split(tmp_path / "polnear", split)
    report = polnear_eval.agreement()
    assert report.info["data"] == str(tmp_path / "polnear") and report.info["annotator pairs"] == 2
    with pytest.raises(DataError, match=str(tmp_path / "fnc-1")):
        fnc1_eval.evaluate()


# ---- who depends on whom --------------------------------------------------------------------------------------
def _imports(package: str) -> dict[str, set[str]]:
    """Each module of ``newslib/<package>`` → the newslib modules it imports (absolute dotted names)."""
    out = {}
    for path in sorted((ROOT / "newslib" / package).glob("*.py")):
        mod = ["newslib", package] + ([] if path.stem == "__init__" else [path.stem])
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = mod[:len(mod) - node.level + (path.stem == "__init__")] if node.level else []
                name = ".".join(base + ([node.module] if node.module else []))
                found.add(name)
                found.update(f"{name}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        out[".".join(mod)] = {n for n in found if n.startswith("newslib")}
    return out


def test_datasets_depend_only_on_config_and_errors():
    """(The UD reader may re-tokenize treebank text with newslib's tokenizer.)"""
    for mod, deps in _imports("datasets").items():
        allowed = ("newslib.config", "newslib.errors", "newslib.datasets") + (
            ("newslib.tokenize",) if mod == "newslib.datasets.ud" else ())
        bad = {d for d in deps if not d.startswith(allowed) and d != "newslib"}
        assert not bad, f"{mod} imports {sorted(bad)}"


@pytest.mark.parametrize("package, other", [("evaluation", "training"), ("training", "evaluation")])
def test_evaluation_and_training_do_not_import_each_other(package, other):
    for mod, deps in _imports(package).items():
        assert not any(d.startswith(f"newslib.{other}") for d in deps), f"{mod} imports newslib.{other}"
