"""Corpus tables: tagging a hand-written corpus, and each table computed from hand-built tag tables."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from newslib import analysis
from newslib.analysis import NO_SOURCE, CorpusTables

ARTICLES = {
    "daily-planet_2026-03-02_bridge.txt": "Bridge to close for repairs\nThe bridge will close in May, the mayor said. "
                                          "Officials said the cost is not yet clear.\n",
    "daily-planet_2026-03-20_budget.txt": "Council passes budget\nThe council passed the budget on Monday. "
                                          "\"We kept every promise,\" the mayor said.\n",
    "gazette_2026-04-05_strike.txt": "Drivers may strike\nBus drivers may strike next week, their union said.\n",
}


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def tables(corpus_dir):
    return analysis.corpus_tables(str(corpus_dir))


def test_every_readable_article_is_tagged_and_bad_ones_listed(tables, corpus_dir):
    assert sorted(tables.articles["article"].map(lambda p: p.rsplit("/", 1)[-1])) == sorted(ARTICLES)
    assert [n.rsplit("/", 1)[-1] for n, _ in tables.failed] == ["empty.txt"]
    assert "empty" in tables.failed[0][1]


def test_outlet_and_date_come_from_polnear_style_names(tables):
    by_name = tables.articles.assign(name=tables.articles["article"].map(lambda p: p.rsplit("/", 1)[-1]))
    row = by_name.set_index("name").loc["gazette_2026-04-05_strike.txt"]
    assert row["outlet"] == "gazette" and row["date"] == "2026-04-05"
    assert tables.has_dates and tables.has_outlets


def test_tables_share_the_article_column_and_counts_agree(tables):
    assert set(tables.sentences["article"]) == set(tables.articles["article"])
    per_article = tables.sentences.groupby("article").size()
    assert (tables.articles.set_index("article")["n_sentences"] == per_article).all()
    assert len(tables.attributions) == tables.articles["n_attributions"].sum()
    assert tables.summary().loc["articles", "count"] == 3


def test_the_progress_bar_stays_off_stdout(corpus_dir, capsys):
    analysis.corpus_tables(str(corpus_dir), limit=1)
    assert capsys.readouterr().out == ""


def test_record_fields_name_outlet_and_date(tmp_path):
    path = tmp_path / "news.jsonl"
    rows = [{"title": "Port reopens", "text": "The port reopened on Friday, the harbour master said.",
             "paper": "Coast News", "when": "2026-05-01"},
            {"title": "Ferry delayed", "text": "The ferry is late again, passengers said.",
             "paper": "Island Times", "when": "2026-05-03"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    t = analysis.corpus_tables(str(path), date_field="when", outlet_field="paper", progress=False)
    assert list(t.articles["outlet"]) == ["Coast News", "Island Times"]
    assert list(t.articles["date"]) == ["2026-05-01", "2026-05-03"]


# ---- tables from hand-built tags ----------------------------------------------------------------------------
def _hand_tables() -> CorpusTables:
    a = pd.DataFrame([
        # article, outlet, date, who, source_kind, source, cue, kind, uncertain, certainty
        ("a1", "north", "2026-01-05", "Ann Lee", "person", "Ann Lee", "said", "statement", False, 1.0),
        ("a1", "north", "2026-01-05", "Ann Lee", "person", "Lee", "said", "demand", True, 0.5),
        ("a1", "north", "2026-01-05", "officials", "anonymous", "officials", "told", "statement", False, 1.0),
        ("a2", "north", "2026-01-20", "Ann Lee", "person", "she", "says", "proposal", False, 1.0),
        ("a3", "south", "2026-02-10", "Bo Chan", "person", "Bo Chan", "said", "statement", True, 0.4),
        ("a3", "south", "2026-02-10", NO_SOURCE, None, None, "according to", "speculation", True, 0.3),
        ("a3", "south", "2026-02-10", "he", "pronoun", "he", "said", "statement", False, 1.0),
    ], columns=["article", "outlet", "date", "who", "source_kind", "source", "cue", "kind", "uncertain", "certainty"])
    a["actor"] = a["who"].where(a["source_kind"] == "person")
    a["cue_lower"] = a["cue"].str.lower()
    a["sentence"] = range(len(a))
    a["quote"] = "indirect"
    arts = pd.DataFrame([("a1", "north", "2026-01-05", 10, 1), ("a2", "north", "2026-01-20", 5, 0),
                         ("a3", "south", "2026-02-10", 20, 3)],
                        columns=["article", "outlet", "date", "n_sentences", "n_gaps"])
    empty = pd.DataFrame(columns=["article"])
    return CorpusTables(articles=arts, sentences=empty, attributions=a, actors=empty,
                        hedges=pd.DataFrame(columns=["kind"]), gaps=empty)


def test_top_actors_skip_pronouns_anonymous_and_missing_sources():
    assert analysis.top_actors(_hand_tables(), 5) == ["Ann Lee", "Bo Chan"]


def test_kinds_by_outlet_shares_add_up_to_one():
    tab = analysis.kinds_by_outlet(_hand_tables())
    assert list(tab.index) == ["north", "south"]
    assert tab.loc["north", "statement"] == pytest.approx(0.5)
    assert tab.loc["south", "speculation"] == pytest.approx(0.333)
    assert (tab.sum(axis=1).round(2) == 1.0).all()
    counts = analysis.kinds_by_outlet(_hand_tables(), share=False)
    assert counts.loc["north"].sum() == 4


def test_top_cues_count_claims_and_articles():
    cues = analysis.top_cues(_hand_tables()).set_index("cue")
    assert cues.loc["said", "claims"] == 4 and cues.loc["said", "articles"] == 2
    assert cues.index[0] == "said"


def test_anonymous_share_per_outlet():
    anon = analysis.anonymous_share(_hand_tables()).set_index("outlet")
    assert anon.loc["north", "anonymous"] == 1 and anon.loc["north", "anonymous_share"] == pytest.approx(0.25)
    assert anon.loc["south", "no_source"] == 1 and anon.loc["south", "anonymous_share"] == 0


def test_hedging_by_actor():
    h = analysis.hedging_by_actor(_hand_tables(), min_claims=1).set_index("who")
    assert h.loc["Ann Lee", "claims"] == 3 and h.loc["Ann Lee", "hedged"] == 1
    assert h.loc["Bo Chan", "hedged_share"] == 1.0
    assert "he" not in h.index and NO_SOURCE not in h.index


def test_gap_rate_per_outlet():
    g = analysis.gap_rate(_hand_tables()).set_index("outlet")
    assert g.loc["north", "articles_with_gap"] == 1 and g.loc["north", "article_share"] == 0.5
    assert g.loc["south", "gaps_per_100_sentences"] == 15.0


def test_claims_over_time_zero_fills_periods():
    t = analysis.claims_over_time(_hand_tables(), freq="M")
    ann = t[t["who"] == "Ann Lee"].set_index("period")["claims"]
    assert list(ann) == [3, 0]  # January, February
    assert set(t["who"]) == {"Ann Lee", "Bo Chan"}


def test_no_dates_gives_an_empty_time_table():
    t = _hand_tables()
    t.attributions["date"] = None
    assert analysis.claims_over_time(t).empty


# ---- evaluation reports -------------------------------------------------------------------------------------
def test_error_samples_from_an_eval_report():
    from newslib.evaluation.report import EvalReport, prf

    rep = EvalReport("t", rows={"cue exact": prf(3, 4, 5)},
                     extra={"errors": {"cue exact": {"false_positive": [{"article": "x", "text": "said"}] * 9,
                                                     "false_negative": []}},
                            "missed_cues": [("may", 4), ("might", 2)],
                            "kind_confusion": {"statement": {"statement": 5, "demand": 1}, "demand": {"demand": 2}}})
    samples = analysis.error_samples(rep, n=3)
    assert list(samples) == ["errors / cue exact / false_positive", "missed_cues"]
    assert len(samples["errors / cue exact / false_positive"]) == 3
    assert list(samples["missed_cues"].columns) == ["item", "count"]
    assert analysis.metrics_table(rep).loc["cue exact", "precision"] == 0.75


def test_against_agreement_sets_scores_beside_the_annotators():
    from newslib.evaluation.report import EvalReport, prf

    ours = EvalReport("polnear", rows={"cue exact": prf(6, 10, 10), "source exact": prf(1, 1, 1),
                                       "only ours": prf(1, 2, 2)})
    theirs = EvalReport("polnear agreement", rows={"cue exact": prf(8, 10, 10), "source exact": prf(0, 1, 1)})
    table = analysis.against_agreement(ours, theirs)
    assert list(table.index) == ["cue exact", "source exact"]
    assert table.loc["cue exact"].tolist() == [0.6, 0.8, 0.75]
    assert table.loc["source exact", "share"] != table.loc["source exact", "share"]  # NaN: nothing to share


def test_a_tagger_crash_on_one_article_costs_only_that_article(corpus_dir, monkeypatch):
    from newslib.tagging import tagger

    real = tagger._tag_tokenized  # the stage an article goes through alone or in a batch of articles

    def flaky(article, *args):
        if "strike" in (article.path or ""):
            raise ZeroDivisionError("boom")
        return real(article, *args)

    monkeypatch.setattr(tagger, "_tag_tokenized", flaky)
    t = analysis.corpus_tables(str(corpus_dir))
    names = [n.rsplit("/", 1)[-1] for n, _ in t.failed]
    assert "gazette_2026-04-05_strike.txt" in names and "empty.txt" in names
    assert len(t.articles) == len(ARTICLES) - 1
    assert any("ZeroDivisionError" in reason for _, reason in t.failed)


# ---- issue 15: the per-article table, flagged headlines, cues as they are, samples at random ----------------
def test_articles_table_has_one_row_an_article_with_its_judgements(corpus_dir):
    t = analysis.corpus_tables(str(corpus_dir), headline=True, progress=False)
    table = analysis.articles_table(t)
    assert list(table.columns) == ["title", "outlet", "date", "claims", "anonymous share", "certainty",
                                   "headline verdict", "P(related)"]
    assert list(table["date"]) == ["2026-03-02", "2026-03-20", "2026-04-05"]  # by date
    assert list(table["claims"]) == list(t.articles.sort_values("date")["n_attributions"])
    assert set(table["headline verdict"]) <= {"supported", "discussed", "contradicted", "unrelated"}
    assert table["certainty"].between(0, 1).all() and table["P(related)"].between(0, 1).all()
    bridge = table.set_index("title").loc["Bridge to close for repairs"]
    assert bridge["certainty"] < 1  # "the cost is not yet clear"
    # tagged without the headline check, every verdict says so
    assert set(analysis.articles_table(analysis.corpus_tables(str(corpus_dir), progress=False))["headline verdict"]) \
        == {"unchecked"}


def test_flagged_headlines_lists_contradicted_and_unrelated_only():
    arts = pd.DataFrame({"article": ["a", "b", "c", "d"], "outlet": ["x"] * 4, "date": ["2026-01-01"] * 4,
                         "title": ["A", "B", "C", "D"], "n_attributions": [1, 2, 0, 3],
                         "anonymous_share": [0.0, 0.5, None, 0.0], "certainty": [1.0, 0.5, 0.9, 0.7],
                         "verdict": ["supported", "unrelated", "contradicted", "discussed"],
                         "p_related": [0.9, 0.02, 0.8, 0.7]})
    empty = pd.DataFrame()
    t = CorpusTables(arts, empty, empty, empty, empty, empty)
    flagged = analysis.flagged_headlines(t)
    assert list(flagged["title"]) == ["C", "B"] and list(flagged["headline verdict"]) == ["contradicted", "unrelated"]
    assert t.summary().loc["headlines flagged (contradicted or unrelated)", "count"] == 2


@pytest.mark.parametrize("cue, label", [
    ("said", "said"), ("according to", "according to"), (":", "“:” (a quotation introduced by a colon)"),
    ("—", "“—” (a quotation introduced by a dash)"), ("―", "“―” (a quotation introduced by a dash)"),
    ("said:", "said:"),
])
def test_punctuation_cues_are_shown_as_what_they_are(cue, label):
    assert analysis.cue_label(cue) == label


def test_error_samples_are_drawn_at_random_across_outlets_with_a_fixed_seed():
    from newslib.evaluation.report import EvalReport
    from newslib.sampling import outlet_of

    rows = [{"article": f"{outlet}_2016-09-{day:02d}_story", "text": f"{outlet} {day}"}
            for outlet in ("breitbart", "cnn", "nytimes") for day in range(1, 21)]
    rep = EvalReport("t", extra={"errors": {"cue exact": {"false_positive": rows, "false_negative": []}}})
    first = analysis.error_samples(rep, n=6)["errors / cue exact / false_positive"]
    again = analysis.error_samples(rep, n=6)["errors / cue exact / false_positive"]
    assert first.equals(again)  # the same sample on every run
    assert first["article"].map(outlet_of).value_counts().to_dict() == {"breitbart": 2, "cnn": 2, "nytimes": 2}
    assert list(first["article"]) != [r["article"] for r in rows[:6]]  # not the first ones alphabetically
    days = {int(a.split("_")[1][-2:]) for a in first["article"]}
    assert days != {1, 2} and max(days) > 2


def test_metrics_table_counts_are_whole_numbers():
    from newslib.evaluation.report import EvalReport

    rep = EvalReport("t", rows={"sentence uncertain": {"precision": 0.8333, "recall": 0.887, "f1": 0.86, "tp": 260,
                                                       "predicted": 312, "gold": 293},
                                "cue recall x": {"recall": 0.7, "tp": 72, "gold": 99}})
    table = analysis.metrics_table(rep)
    assert str(table["predicted"].dtype) == "Int64" and table.loc["sentence uncertain", "predicted"] == 312
    from newslib.render import table_html

    html = table_html(table, index=True)
    assert "312.0" not in html and "NaN" not in html and "<td>312</td>" in html
    assert "NA&gt;" not in html and "<NA>" not in html and "<td>—</td>" in html  # predicted of "cue recall x"
