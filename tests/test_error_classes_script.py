"""benchmarks/error_classes.py: the issue's examples file, how a tagged example is judged, the test-row patterns,
the gold classes read from spans, and a run over the examples (tagging 34 sentences, no corpus)."""
from __future__ import annotations

import pytest

import benchmark_scripts


@pytest.fixture(scope="module")
def ec():
    return benchmark_scripts.load("error_classes")


def test_every_class_of_the_issue_has_examples(ec):
    rows = ec.read_examples()
    assert {r["class"] for r in rows} == set(ec.CLASSES)
    keys = {"source", "cue", "content", "parts", "attributions", "no_cue", "source_kind", "no_actor", "same_actor", "actor",
            "kind_not", "no_hedge"}
    assert all(set(r["expect"]) <= keys for r in rows)


def _doc(text, source=None, cue=None, content=None, parts=None, kind="person", actor=None, hedges=()):
    def span(s):
        return {"start": text.index(s), "end": text.index(s) + len(s), "text": s}
    att = {"kind": "statement", "source": {**span(source), "kind": kind, "actor": actor} if source else None,
           "cue": span(cue) if cue else None,
           "content": {**span(content), **({"parts": parts} if parts else {})} if content else None}
    return {"attributions": [att] if cue else [], "actors": [],
            "sentences": [{"title": False, "kind": "statement", "hedges": [span(h) for h in hedges]}]}


TEXT = 'Ruth Adler, 50, says the rent has "doubled" again.'


@pytest.mark.parametrize("doc,expect,wrong", [
    (_doc(TEXT, "Ruth Adler", "says", 'the rent has "doubled" again'),
     {"source": ["Ruth Adler"], "cue": ["says"], "content": ["the rent has doubled again"]}, []),
    (_doc(TEXT, "Ruth Adler, 50,", "says", "the rent has"),   # the age in the source
     {"source": ["Ruth Adler"]}, ["expected attribution missing"]),
    (_doc(TEXT, "Ruth Adler", "says", "the rent has"),        # content cut short
     {"content": ["the rent has doubled again"]}, ["expected attribution missing"]),
    (_doc(TEXT, "Ruth Adler", "says", "the rent has"), {"no_cue": ["says"]}, ["'says' in a cue or source"]),
    (_doc(TEXT, "Ruth Adler", "says", "the rent has"), {"source_kind": "organization"},
     ["expected attribution missing"]),
    (_doc(TEXT, "Ruth Adler", "says", "the rent has", kind="group", actor="Ruth Adler"),
     {"source_kind": "group", "no_actor": True}, ["expected attribution missing"]),
    # PolNeAR keeps the age in the source ("Mr. Regalado, 69,"): the actor is the name (round 19, branch fix20)
    (_doc(TEXT, "Ruth Adler, 50,", "says", "the rent has", actor="Ruth Adler"),
     {"source": ["Ruth Adler, 50"], "actor": "Ruth Adler"}, []),
    (_doc(TEXT, "Ruth Adler, 50,", "says", "the rent has", actor="Ruth Adler, 50"),
     {"source": ["Ruth Adler, 50"], "actor": "Ruth Adler"}, ["expected attribution missing"]),
    (_doc(TEXT, hedges=("again",)), {"no_hedge": ["again"]}, ["'again' a hedge"]),
    (_doc(TEXT), {"no_cue": ["says"], "attributions": 0}, []),
    (_doc(TEXT), {"attributions": 1}, ["0 attributions, not 1"]),
])
def test_an_example_is_judged_by_what_it_expects(ec, doc, expect, wrong):
    assert ec.problems(doc, TEXT, expect) == wrong


def test_a_split_content_is_judged_by_its_pieces(ec):
    text = '"We will appeal," he said. "The ruling is wrong."'
    doc = _doc(text, "he", "said", text)
    doc["attributions"][0]["content"]["parts"] = [[0, 17], [27, 50]]
    assert ec.problems(doc, text, {"content": ["We will appeal The ruling is wrong"], "parts": 2}) == []
    assert ec.problems(doc, text, {"parts": 1}) == ["expected attribution missing"]


@pytest.mark.parametrize("line,cls", [
    ('("Ruth Adler, 50, says the rent has doubled.", "Ruth Adler"),', "words between speaker and verb"),
    ('("Silva, who had been on the pitch, said the team lost.", "Silva"),', "relative and embedded clauses"),
    ('(\'"Rates will fall next year," said Maria Keane of the weather office.\', "Maria Keane"),',
     "speaker after the quote or verb"),
    ("('Prices rose 2 percent, according to the statistics office.',", "according to"),
])
def test_the_test_row_patterns(ec, tmp_path, line, cls):
    (tmp_path / "test_attribution_x.py").write_text(line + "\n# according to a comment, not a row\n",
                                                    encoding="utf-8")
    counts = ec.test_rows(tmp_path)
    assert counts[cls] == 1 and sum(counts.values()) == 1


def test_gold_classes_read_from_the_spans(ec):
    text = "Silva, who had been on the pitch, said the team lost."
    classes = ec.gold_class(text, (0, 5), (34, 38), [(39, 52)], True, False)
    assert classes == {"words between speaker and verb", "relative and embedded clauses",
                       "content is the whole complement"}
    text = '"We lost," said Silva. "Again."'
    assert ec.gold_class(text, (15, 20), (10, 14), [(0, 9), (23, 31)], False, True) == {
        "speaker after the quote or verb", "split quotes", "actor types"}


def test_the_script_runs_the_examples_and_prints_both_tables(ec, capsys):
    record = ec.main([])
    out = capsys.readouterr().out
    assert all(f"| {c} |" in out for c in ec.CLASSES)
    assert len(record["examples"]) == len(ec.read_examples())
    assert all(r["got"] for r in record["examples"]) and record["corpora"] is None
