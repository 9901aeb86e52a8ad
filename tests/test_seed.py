"""The seed article, tagged end to end: what the issue says a reader must see."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newslib


@pytest.fixture(scope="module")
def tagged(seed_path):
    return newslib.tag(seed_path)


def _attr(tagged, source_pattern: str, cue_pattern: str):
    for a in tagged.attribution_records:
        if a.source and re.search(source_pattern, a.source.text) and re.search(cue_pattern, a.cue.text):
            return a
    found = [(a.source.text if a.source else None, a.cue.text) for a in tagged.attribution_records]
    raise AssertionError(f"no attribution with source ~ {source_pattern!r} and cue ~ {cue_pattern!r}; got {found}")


@pytest.mark.parametrize("source, cue, kind", [
    (r"European leaders", r"insistence", "demand"),
    (r"Mark Rutte", r"emphasising", None),
    (r"Mark Rutte", r"^has been actively discussing$", None),
    (r"Lavrov", r"insists", "demand"),
    (r"Lavrov", r"rejected", "rejection"),
    (r"U\.S\.", r"pushed forward", "proposal"),
    (r"some officials", r"dismissing", "rejection"),
    (r"Moscow", r"citing", None),
    (r"Zelenskyy and his allies", r"argue", None),
])
def test_positions_are_attributed(tagged, source, cue, kind):
    a = _attr(tagged, source, cue)
    assert a.content is not None and len(a.content.text) > 10
    if kind:
        assert a.kind == kind


def test_statements_of_purpose_are_not_attributions(tagged):
    # "The guarantees are designed to ensure ...", "... the security guarantees are intended for ..."
    cues = [a.cue.text for a in tagged.attribution_records]
    assert not any(re.search(r"designed|intended", c) for c in cues), cues


def test_anonymous_and_actor_links(tagged):
    assert _attr(tagged, r"some officials", r"dismissing").source.kind == "anonymous"
    assert _attr(tagged, r"Lavrov", r"insists").source.actor == "Sergei Lavrov"
    assert _attr(tagged, r"Moscow", r"citing").source.actor == "Russia"
    names = set(tagged.actors["name"])
    assert {"Ukraine", "Russia", "United States", "NATO", "Mark Rutte", "Sergei Lavrov", "Putin"} <= names \
        or {"Ukraine", "Russia", "United States", "NATO", "Mark Rutte", "Sergei Lavrov", "Vladimir Putin"} <= names
    assert any(n.startswith("Zelensk") or "Zelensk" in n for n in names)
    assert not names & {"However", "The", "In", "As", "At"}


def test_every_gap_and_no_false_ones(tagged):
    gaps = [g.text for g in tagged.gap_records]
    assert len(gaps) == 6, gaps
    for phrase, n in [("not specified", 1), ("not yet clear", 3), ("not mentioned", 1), ("not stated", 1)]:
        assert sum(phrase in g for g in gaps) == n, (phrase, gaps)
    kinds = tagged.sentences.set_index("index")["kind"]
    for g in tagged.gap_records:
        assert kinds[g.sentence] == "gap"


def test_hedges_and_plain_facts(tagged):
    df = tagged.sentences
    row = lambda needle: df[df["text"].str.contains(needle, regex=False)].iloc[0]
    assert row("may include")["uncertain"]
    assert "may" in row("may include")["hedges"]
    assert row("actions suggest")["uncertain"]
    fact = row("occurred on Friday in Alaska")
    assert not fact["uncertain"] and fact["certainty"] >= 0.9
    assert row("may include")["certainty"] < fact["certainty"]


def test_headline_is_flagged_unrelated(tagged):
    assert tagged.headline is not None
    assert tagged.headline.related is False and tagged.headline.stance == "unrelated"


def test_offsets_of_every_tag(tagged, seed_text):
    text = seed_text
    spans = []
    for a in tagged.attribution_records:
        spans += [a.cue] + ([a.source] if a.source else []) + ([a.content] if a.content else [])
    spans += list(tagged.hedge_records) + list(tagged.gap_records)
    spans += [m for actor in tagged.actor_records for m in actor.mentions]
    for s in spans:
        assert text[s.start:s.end] == s.text


def test_cli_json_contract(seed_path):
    out = subprocess.run([sys.executable, "-m", "newslib.cli", "tag", str(seed_path)], capture_output=True,
                         text=True, check=True).stdout
    doc = json.loads(out)
    assert set(doc) >= {"path", "title", "sentences", "attributions", "actors", "headline"}
    s = doc["sentences"][0]
    assert set(s) >= {"index", "start", "end", "text", "title", "kind", "uncertain", "certainty", "hedges", "gaps"}
    a = doc["attributions"][0]
    assert set(a) >= {"sentence", "kind", "source", "cue", "content"}
    assert set(doc["headline"]) == {"related", "stance", "score", "evidence"}
    assert doc["actors"] and set(doc["actors"][0]) == {"name", "type", "mentions"}


def test_sentences_table_lists_title_sentences_and_token_counts(tagged):
    from newslib.analysis import sentences_table

    table = sentences_table(tagged)
    assert len(table) == 22 and table.loc[0, "title"] and not table.loc[1:, "title"].any()
    assert table["tokens"].tolist() == [len(s.tokens) for s in tagged.sents]
    assert not table["text"].str.endswith("U.S.").any()
