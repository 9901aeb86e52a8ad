"""The tagged article's shape: sentences that carry their tokens and tags, records that are spans, one row per
attribution for every table, one headline-check type."""
from __future__ import annotations

import csv
import io

import pytest

import newslib
from newslib import cli
from newslib.spans import Span
from newslib.stance import StanceResult
from newslib.tagging import ATTRIBUTION_COLUMNS, TaggedSentence


@pytest.fixture(scope="module")
def tagged(seed_path):
    return newslib.tag(seed_path)


def test_sentences_carry_their_tokens_and_tags(tagged):
    d = tagged.to_dict(tokens=True)
    assert len(tagged.sents) == len(d["sentences"]) and all(isinstance(s, TaggedSentence) for s in tagged.sents)
    for s, js in zip(tagged.sents, d["sentences"]):
        assert s.to_dict(tokens=True) == js
        assert (s.index, s.start, s.end, s.text, s.title) == (s.sentence.index, s.span.start, s.span.end,
                                                              tagged.text[s.start:s.end], s.sentence.title)
        assert all(s.start <= t.start < t.end <= s.end for t in s.tokens)
        for tag in s.hedges + s.gaps:
            assert tag.sentence == s.index and tagged.text[tag.start:tag.end] == tag.text == tag.span.text
        assert all(a.sentence == s.index for a in s.attributions)
    # each attribution sits in the sentence of its cue, in the article's order
    assert [a for s in tagged.sents for a in s.attributions] == sorted(
        tagged.attribution_records, key=lambda a: a.sentence)
    assert tagged.hedge_records == tuple(sorted(tagged.hedge_records, key=lambda h: (h.start, h.end)))


def test_records_compose_a_span(tagged):
    a = next(a for a in tagged.attribution_records if a.source and a.content)
    for rec in (a.source, a.content, tagged.hedge_records[0], tagged.gap_records[0]):
        assert isinstance(rec.span, Span) and (rec.start, rec.end, rec.text) == (rec.span.start, rec.span.end,
                                                                               rec.span.text)
        assert rec.to_dict()["text"] == tagged.text[rec.start:rec.end]


def test_one_row_per_attribution_for_the_view_the_csv_and_the_corpus_tables(tagged, seed_path, capsys, tmp_path):
    rows = [a.to_row() for a in tagged.attribution_records]
    assert rows and all(list(r) == list(ATTRIBUTION_COLUMNS) for r in rows)
    view = tagged.attributions
    assert list(view.columns) == [*ATTRIBUTION_COLUMNS, "certainty"]
    assert view[list(ATTRIBUTION_COLUMNS)].astype(object).where(view.notna(), None).to_dict("records") == rows
    assert cli.main(["tag", str(seed_path), "--format", "csv"]) == 0
    got = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["cue"] for r in got] == [r["cue"] for r in rows] and set(got[0]) == {"path", *ATTRIBUTION_COLUMNS}
    from newslib.analysis import corpus_tables

    tables = corpus_tables(str(seed_path), progress=False)
    assert tables.attributions["cue"].tolist() == [r["cue"] for r in rows]


def test_the_headline_check_is_the_stance_result(tagged):
    assert isinstance(tagged.headline, StanceResult)
    assert tagged.to_dict()["headline"] == tagged.headline.to_dict()
    assert set(tagged.headline.probabilities) == {"agree", "disagree", "discuss", "unrelated"}
    assert all(tagged.text[e.start:e.end] == e.text for e in tagged.headline.evidence)
