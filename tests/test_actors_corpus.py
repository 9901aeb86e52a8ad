"""One actor across a corpus: canonical_actors, and the corpus tables that use it."""
from __future__ import annotations

import pytest

from newslib import analysis
from newslib.tagging.corpus_actors import canonical_actors

CANONICAL_CASES = [
    # (name, type) pairs of a corpus, expected {alias: canonical}
    ([("Obama", "person"), ("Barack Obama", "person")], {"Obama": "Barack Obama"}),
    # two people with the surname: "Clinton" stays ambiguous
    ([("Clinton", "person"), ("Bill Clinton", "person"), ("Hillary Clinton", "person")], {}),
    # middle initials and suffixes: the form used most
    ([("Barack H. Obama", "person"), ("Barack Obama", "person"), ("Barack Obama", "person"), ("Obama", "person")],
     {"Barack H. Obama": "Barack Obama", "Obama": "Barack Obama"}),
    ([("Martin Luther King Jr.", "person"), ("King", "person")], {"King": "Martin Luther King Jr."}),
    # only persons: a country or organization is not a surname's full name
    ([("Jordan", "country"), ("Michael Jordan", "person")], {}),
    ([("Ford", "organization"), ("Gerald Ford", "person")], {}),
    # no full name in the corpus: nothing to merge
    ([("Obama", "person"), ("Biden", "person")], {}),
    # a surname is not a given name: "Barack" is not merged into "Barack Obama"
    ([("Barack", "person"), ("Barack Obama", "person")], {}),
    ([], {}),
]


@pytest.mark.parametrize("pairs,expected", CANONICAL_CASES)
def test_canonical_actors(pairs, expected):
    assert canonical_actors(pairs) == expected


def _corpus(tmp_path, texts: dict[str, str]):
    d = tmp_path / "corpus"
    d.mkdir()
    for name, text in texts.items():
        (d / name).write_text(text, encoding="utf-8")
    return analysis.corpus_tables(str(d), progress=False)


def test_corpus_tables_one_name_for_obama(tmp_path):
    t = _corpus(tmp_path, {
        "a.txt": "Health bill advances\n\nBarack Obama said the bill would pass. Barack Obama spoke in Ohio.\n",
        "b.txt": "Senate vote delayed\n\nObama said on Tuesday that the vote would be delayed.\n",
    })
    assert set(t.actors.loc[t.actors["type"] == "person", "actor"]) == {"Barack Obama"}
    said = t.attributions[t.attributions["article"].str.endswith("b.txt")]
    assert list(said["actor"]) == ["Barack Obama"]
    assert list(said["who"]) == ["Barack Obama"]


def test_corpus_tables_two_clintons_stay_apart(tmp_path):
    t = _corpus(tmp_path, {
        "a.txt": "Campaign\n\nHillary Clinton said the plan would work.\n",
        "b.txt": "Speech\n\nBill Clinton said the economy was strong.\n",
        "c.txt": "Rally\n\nSupporters cheered. Clinton said the rally was the largest yet.\n",
    })
    names = set(t.actors["actor"])
    assert {"Hillary Clinton", "Bill Clinton"} <= names
    said = t.attributions[t.attributions["article"].str.endswith("c.txt")]
    assert "Clinton" in set(said["actor"])


def test_dataset_tables_one_name_for_obama(tmp_path):
    import subprocess
    import sys

    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text("Health bill advances\n\nBarack Obama said the bill would pass.\n", encoding="utf-8")
    (d / "b.txt").write_text("Senate vote delayed\n\nObama said on Tuesday that the vote would wait.\n",
                             encoding="utf-8")
    out = tmp_path / "ds"
    proc = subprocess.run([sys.executable, "-m", "newslib.cli", "tag", str(d / "a.txt"), str(d / "b.txt"),
                           "--format", "parquet", "--out", str(out), "--no-headline"], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    t = analysis.dataset_tables(out)
    assert set(t.actors.loc[t.actors["type"] == "person", "actor"]) == {"Barack Obama"}
    assert set(t.attributions["actor"]) == {"Barack Obama"} and set(t.attributions["who"]) == {"Barack Obama"}
