"""Claims over time: the trends tables, claim threads, and the nightly runs of the issue's "done when"."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from newslib import store, threads, trends
from newslib.errors import InputError

LAVROV = ("Lavrov rejects talks\n"
          "Russia's Foreign Minister Sergei Lavrov said on Monday that Moscow would not take part in the talks. "
          "Officials said the details were not specified.\n")
LAVROV_AGAIN = ("Moscow stays away\n"
                "Sergei Lavrov said Moscow would not take part in the talks in Geneva. "
                "It is not yet clear when the talks will resume.\n")
ZELENSKY = ("Kyiv backs the plan\n"
            "Ukrainian President Volodymyr Zelensky said the plan may offer a way forward.\n")
OFF_TOPIC = ("Football club wins the cup\n"
             "The weather in the capital was mild on Sunday, and the markets were closed for the holiday.\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("trends")
    news = root / "news"
    news.mkdir()
    for name, text in [("wire_2026-11-02_zelensky.txt", ZELENSKY), ("wire_2026-11-16_lavrov.txt", LAVROV),
                       ("post_2026-11-18_lavrov.txt", LAVROV_AGAIN), ("post_2026-11-19_cup.txt", OFF_TOPIC)]:
        (news / name).write_text(text, encoding="utf-8")
    path = root / "claims.duckdb"
    store.add(path, [news])
    return path


def test_window_defaults_and_bad_dates(db):
    with store.open(db) as con:
        w = trends.window(con)
        assert w.until == dt.date(2026, 11, 19) and w.since == dt.date(2026, 10, 23)
        w = trends.window(con, "2026-11-10", "2026-11-30", outlet="wire, post", actor="Sergei Lavrov")
        assert w.outlets == ("wire", "post") and w.actors == ("Sergei Lavrov",)
        with pytest.raises(InputError, match="-p since.*not a date"):
            trends.window(con, "last week")
        with pytest.raises(InputError, match="comes after"):
            trends.window(con, "2026-12-01", "2026-11-01")


def test_most_quoted_per_week_with_zero_weeks(db):
    with store.open(db) as con:
        w = trends.window(con, "2026-11-01", "2026-11-22")
        t = trends.most_quoted(con, w)
    weeks = sorted(t["week"].dt.date.unique())
    assert weeks == [dt.date(2026, 10, 26), dt.date(2026, 11, 2), dt.date(2026, 11, 9), dt.date(2026, 11, 16)]
    lavrov = t[t["who"] == "Sergei Lavrov"].set_index("week")["claims"]
    assert lavrov[pd.Timestamp("2026-11-16")] == 3  # the title line is one and lavrov[pd.Timestamp("2026-11-09")] == 0
    assert "Volodymyr Zelenskyy" in set(t["who"])
    assert not t["who"].isin(["(no source)", "Officials", "officials"]).any()


def test_new_voices_are_those_never_quoted_before(db):
    with store.open(db) as con:
        late = trends.new_voices(con, trends.window(con, "2026-11-10", "2026-11-30"))
        early = trends.new_voices(con, trends.window(con, "2026-11-01", "2026-11-30"))
    assert "Sergei Lavrov" in set(late["who"]) and "Volodymyr Zelenskyy" not in set(late["who"])
    assert {"Sergei Lavrov", "Volodymyr Zelenskyy"} <= set(early["who"])
    row = late.set_index("who").loc["Sergei Lavrov"]
    assert row["first_day"].isoformat()[:10] == "2026-11-16" and row["articles"] == 2
    assert row["outlets"] == "post, wire"


def test_unnamed_sources_certainty_and_headlines(db):
    with store.open(db) as con:
        w = trends.window(con, "2026-11-01", "2026-11-30")
        un = trends.unnamed_sources(con, w)
        wire = un[(un["outlet"] == "wire") & (un["week"] == pd.Timestamp("2026-11-16"))].iloc[0]
        assert wire["anonymous"] == 1 and wire["anonymous_share"] == round(1 / wire["claims"], 3)
        cert = trends.certainty_by_week(con, w)
        assert (cert["mean_certainty"].between(0, 1)).all() and cert["articles"].sum() == 4
        # "not specified" (wire, 16 Nov) and "not yet clear" (post, 18 Nov): that week every article but the cup's
        nov16 = cert[cert["week"] == pd.Timestamp("2026-11-16")].iloc[0]
        assert nov16["gaps"] == 2 and nov16["gap_article_share"] == round(2 / 3, 3)
        flagged = trends.flagged_headlines(con, w)
        assert "Football club wins the cup" in set(flagged["title"])
        assert set(flagged["stance"]) <= {"unrelated", "disagree"}
        only_wire = trends.flagged_headlines(con, trends.window(con, "2026-11-01", "2026-11-30", outlet="wire"))
        assert "Football club wins the cup" not in set(only_wire["title"])


# ---- claim threads ------------------------------------------------------------------------------------------
def _claims(rows):
    cols = ["article_id", "day", "outlet", "who", "actor", "source_kind", "cue", "content", "kind", "certainty",
            "uncertain"]
    return pd.DataFrame(rows, columns=cols).assign(attribution=range(len(rows)))


TABLE = _claims([
    ("a1", "2026-11-16", "wire", "Sergei Lavrov", "Sergei Lavrov", "person", "said",
     "Moscow would not take part in the Geneva talks", "statement", 1.0, False),
    ("a2", "2026-11-18", "post", "Sergei Lavrov", "Sergei Lavrov", "person", "told reporters",
     "Moscow would not take part in the coming talks in Geneva", "statement", 0.5, True),
    ("a3", "2026-11-19", "daily", "Lavrov", None, "person", "insisted",
     "Moscow would not take part in the Geneva talks at all", "statement", 1.0, False),
    ("a4", "2026-11-19", "daily", "Dmitry Peskov", "Dmitry Peskov", "person", "denied",
     "that Moscow would not take part in the Geneva talks", "rejection", 1.0, False),
    ("a5", "2026-11-20", "wire", "Volodymyr Zelensky", "Volodymyr Zelensky", "person", "said",
     "Moscow would not take part in the Geneva talks", "statement", 1.0, False),
    ("a6", "2026-11-20", "post", "Sergei Lavrov", "Sergei Lavrov", "person", "said",
     "the harvest in the south was better than last year", "statement", 1.0, False),
    ("a6", "2026-11-20", "post", "Sergei Lavrov", "Sergei Lavrov", "person", "added",
     "Moscow would not take part in the Geneva talks", "statement", 1.0, False),
])


def test_a_thread_joins_close_claims_of_one_actor_across_articles():
    found = threads.find_threads(TABLE)
    assert len(found.threads) == 1
    t = found.threads.iloc[0]
    assert t["who"] == "Sergei Lavrov" and t["claim"] == "Moscow would not take part in the Geneva talks"
    assert t["first_day"] == pd.Timestamp("2026-11-16") and t["articles"] == 3
    assert t["outlets"] == "post, wire" and t["versions"] == 3 and t["hedged"] == 1
    assert set(found.versions["article_id"]) == {"a1", "a2", "a6"}
    # Zelensky says the same words but is another actor; "Lavrov" without a normalized actor is another key
    assert "a5" not in set(found.versions["article_id"]) and "a3" not in set(found.versions["article_id"])
    conf = found.conflicts
    assert list(conf["who"]) == ["Dmitry Peskov"] and t["conflicts"] == 1 and conf.iloc[0]["kind"] == "rejection"


def test_content_only_links_whoever_speaks_and_thresholds_bite():
    assert threads.find_threads(TABLE, same_actor=False).threads.iloc[0]["articles"] == 6
    strict = threads.find_threads(TABLE, threshold=0.999)  # only word-for-word repeats (function words aside)
    assert list(strict.threads["articles"]) == [2] and set(strict.versions["article_id"]) == {"a1", "a6"}
    assert threads.find_threads(TABLE.iloc[:0]).threads.empty


def test_pair_scores_by_hand():
    gold = {"claim 1": {"b1", "b2", "b3"}, "claim 2": {"b4", "b5"}}
    predicted = {"t1": {"b1", "b2"}, "t2": {"b3", "b4"}, "t3": {"b9", "b1"}}  # b9 has no gold: not scored
    s = threads.pair_scores(predicted, gold)
    assert (s["predicted_pairs"], s["gold_pairs"], s["correct_pairs"]) == (2, 4, 1)
    assert s["precision"] == 0.5 and s["recall"] == 0.25


def test_threads_from_the_store(db):
    with store.open(db) as con:
        found = threads.from_store(con, trends.window(con, "2026-11-01", "2026-11-30"))
        assert list(found.threads["who"]) == ["Sergei Lavrov"]
        assert found.threads.iloc[0]["articles"] == 2
        none = threads.from_store(con, trends.window(con, "2026-11-01", "2026-11-30", actor="Volodymyr Zelenskyy"))
        assert none.threads.empty and none.versions.empty


# ---- the "done when": three nightly runs, a rerun, the trends report -------------------------------
@pytest.mark.data
@pytest.mark.slow
def test_polnear_dev_in_three_nightly_runs_then_the_trends_report(polnear_dir, tmp_path):
    from newslib.run import run_notebook

    with open(polnear_dir / "metadata.tsv", encoding="utf-8", newline="") as fh:
        dates = {r["filename"]: r["publication_date"] for r in csv.DictReader(fh, delimiter="\t")
                 if r["compartment"] == "dev"}
    texts = sorted((polnear_dir / "dev" / "text").glob("*.txt"))
    assert len(texts) == 84 and all(t.stem in dates for t in texts)
    nights = [("2016-09-19", lambda d: d <= "2016-09-19"), ("2016-09-27", lambda d: "2016-09-19" < d <= "2016-09-27"),
              ("2016-10-07", lambda d: d > "2016-09-27")]
    db = tmp_path / "claims.duckdb"
    counts = []
    for night, keep in nights:
        folder = tmp_path / "incoming" / night  # the night's files, as a feed would drop them
        folder.mkdir(parents=True)
        for t in texts:
            if keep(dates[t.stem]):
                shutil.copy(t, folder / t.name)
        s = store.add(db, [folder], seen=dt.datetime.fromisoformat(night + "T02:15:00"))
        assert s.failed == 0 and s.added == len(list(folder.iterdir()))
        counts.append(store.info(db)["counts"])
    assert counts[-1]["articles"] == 84
    assert counts[0]["articles"] < counts[1]["articles"] < counts[2]["articles"]
    again = store.add(db, [tmp_path / "incoming" / "2016-09-27"])  # a night run twice
    assert again.added == 0 and again.skipped > 0
    assert store.info(db)["counts"] == counts[-1]

    with store.open(db) as con:
        assert con.sql("SELECT count(*), min(day), max(day) FROM latest_articles").fetchall() == [
            (84, dt.date(2016, 9, 8), dt.date(2016, 10, 7))]
        first_seen = dict(con.sql("SELECT CAST(first_seen AS DATE), count(*) FROM articles GROUP BY ALL").fetchall())
        assert sorted(first_seen) == [dt.date(2016, 9, 19), dt.date(2016, 9, 27), dt.date(2016, 10, 7)]
        trump = con.sql("SELECT count(*) FROM claims WHERE who = 'Donald Trump' "
                        "AND day BETWEEN DATE '2016-10-07' - INTERVAL 30 DAY AND DATE '2016-10-07'").fetchall()
        assert trump[0][0] > 50

    result = run_notebook("trends", {"store": str(db), "since": "2016-09-01", "until": "2016-10-07"},
                          out_dir=tmp_path / "reports")
    assert result.status == "success", result.reason
    html = result.html.read_text(encoding="utf-8")
    assert len(re.findall(r"<img[^>]+src=\"data:image/png;base64,", html)) >= 6
    for heading in ("Who is quoted most", "New voices", "Sources readers cannot trace", "Certainty and admitted gaps",
                    "Headlines their articles do not support", "Claims that travel"):
        assert heading in html
    assert "Donald Trump" in html
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["parameters"]["store"] == str(db)
