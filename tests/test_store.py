"""The claims store (newslib.store): one article stored once, versions, metadata, migrations, two writers."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newslib import store
from newslib.errors import InputError
from newslib.store import schema

ROOT = Path(__file__).resolve().parent.parent
NEWSLIB = [sys.executable, "-m", "newslib.cli"]

LAVROV = ("Lavrov rejects talks\n"
          "Russia's Foreign Minister Sergei Lavrov said on Monday that Moscow would not take part in the talks. "
          "Lavrov added that the proposal was \"unacceptable\". It is not yet clear when the talks will resume.\n")
ZELENSKY = ("Kyiv backs the plan\n"
            "Ukrainian President Volodymyr Zelensky said the plan may offer a way forward. "
            "Officials said the details were not specified.\n")


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def counts(path) -> dict[str, int]:
    return store.info(path)["counts"]


@pytest.fixture
def news(tmp_path) -> Path:
    d = tmp_path / "news"
    write(d, "reuters_2026-11-30_lavrov.txt", LAVROV)
    write(d, "kyivpost_2026-12-01_zelensky.txt", ZELENSKY)
    return d


def test_an_article_is_stored_once_and_a_rerun_changes_nothing(tmp_path, news):
    db = tmp_path / "claims.duckdb"
    write(tmp_path / "copy", "again.txt", LAVROV)  # the same text under another name
    s = store.add(db, [news, tmp_path / "copy"])
    assert (s.added, s.skipped, s.failed) == (2, 1, 0)
    before = counts(db)
    assert before["articles"] == 2 and before["attributions"] >= 3 and before["headlines"] == 2
    s = store.add(db, [news])
    assert (s.added, s.skipped) == (0, 2)
    assert counts(db) == before
    with store.open(db) as con:
        assert con.sql("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchall() == [(2, 2)]
        assert con.sql("SELECT count(*) FROM runs WHERE finished IS NOT NULL").fetchall() == [(2,)]
        ids = {r[0] for r in con.sql("SELECT article_id FROM articles").fetchall()}
    assert store.article_id(LAVROV) in ids


def test_outlet_date_and_offsets_come_through(tmp_path, news):
    db = tmp_path / "claims.duckdb"
    store.add(db, [news])
    with store.open(db) as con:
        arts = con.sql("SELECT outlet, date, title, url, version FROM articles ORDER BY outlet").fetchall()
        assert arts == [("kyivpost", dt.date(2026, 12, 1), "Kyiv backs the plan", None, 1),
                        ("reuters", dt.date(2026, 11, 30), "Lavrov rejects talks", None, 1)]
        rows = con.sql("SELECT who, cue, content, content_start, content_end, day FROM claims "
                       "WHERE who = 'Sergei Lavrov' ORDER BY content_start").fetchall()
        assert rows and all(r[5] == dt.date(2026, 11, 30) for r in rows)
        for who, cue, content, start, end, _ in rows:
            if content is not None:
                assert LAVROV[start:end] == content
        gaps = con.sql("SELECT gap FROM admitted_gaps WHERE outlet = 'reuters'").fetchall()
        assert ("is not yet clear",) in gaps
        # the one query of the README: what did Sergei Lavrov say in the last 30 days (of 2026-12-02)
        said = con.sql("SELECT day, outlet, cue, content FROM claims WHERE who = 'Sergei Lavrov' "
                       "AND day >= DATE '2026-12-02' - INTERVAL 30 DAY ORDER BY day").fetchall()
        assert len(said) == len(rows)


def test_records_give_url_outlet_date_and_a_changed_text_is_a_new_version(tmp_path):
    db = tmp_path / "claims.duckdb"
    feed = tmp_path / "feed.jsonl"
    rec = {"title": "Lavrov rejects talks", "text": LAVROV.split("\n", 1)[1], "url": "https://example.org/a",
           "source": "Example News", "date": "2026-11-30T08:00:00Z"}
    feed.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    night1 = dt.datetime(2026, 11, 30, 2, 15)
    assert store.add(db, [feed], seen=night1).added == 1
    rec["text"] += "Lavrov later said the door remained open.\n"  # the outlet updates its story
    feed.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    night2 = dt.datetime(2026, 12, 1, 2, 15)
    s = store.add(db, [feed], seen=night2)
    assert (s.added, s.versions) == (1, 1)
    with store.open(db) as con:
        rows = con.sql("SELECT url, outlet, date, version, first_seen FROM articles ORDER BY version").fetchall()
        assert rows == [("https://example.org/a", "Example News", dt.date(2026, 11, 30), 1, night1),
                        ("https://example.org/a", "Example News", dt.date(2026, 11, 30), 2, night2)]
        assert con.sql("SELECT version FROM latest_articles").fetchall() == [(2,)]
        latest = con.sql("SELECT count(*) FROM claims WHERE content LIKE '%door remained open%'").fetchall()
        assert latest == [(1,)]


def test_a_v1_store_opens_through_a_later_migration(tmp_path, news, monkeypatch):
    db = tmp_path / "claims.duckdb"
    store.add(db, [news])
    before = counts(db)
    # next year's newslib: version 2 adds a column and a table
    migrations = dict(schema.MIGRATIONS)
    migrations[2] = ["ALTER TABLE articles ADD COLUMN language VARCHAR DEFAULT 'en'",
                     "CREATE TABLE topics (article_id VARCHAR, topic VARCHAR)"]
    monkeypatch.setattr(schema, "MIGRATIONS", migrations)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    with store.open(db) as con:  # read-only: migrates once, then reads
        assert con.sql("SELECT version FROM schema_version ORDER BY version").fetchall() == [(1,), (2,)]
        assert con.sql("SELECT DISTINCT language FROM articles").fetchall() == [("en",)]
        assert con.sql("SELECT count(*) FROM claims").fetchall()[0][0] == before["attributions"]
    assert counts(db) == before
    # and this store no longer opens with the older newslib, which says why
    monkeypatch.setattr(schema, "MIGRATIONS", {1: migrations[1]})
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 1)
    with pytest.raises(InputError, match="newer newslib.*version 2"):
        store.open(db)


def test_files_that_are_not_stores_are_refused(tmp_path):
    import duckdb

    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("CREATE TABLE t (x INT)")
    with pytest.raises(InputError, match="not a newslib store"):
        store.open(other)
    junk = tmp_path / "junk.duckdb"
    junk.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="junk.duckdb"):
        store.open(junk)
    with pytest.raises(InputError, match="no such store"):
        store.open(tmp_path / "missing.duckdb")


HOLD = """
import sys, time
from newslib import store
con = store.open(sys.argv[1], read_only=False)
print("holding", flush=True)
sys.stdin.readline()  # until the test says "go"
time.sleep(float(sys.argv[2]))
con.close()
"""


def _hold(db: Path, seconds: float) -> subprocess.Popen:
    """A process that holds the store for writing until told, then ``seconds`` more."""
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert p.stdout.readline().strip() == "holding"
    return p


def test_a_second_writer_gets_a_one_line_error_or_waits(tmp_path, news):
    db = tmp_path / "claims.duckdb"
    store.add(db, [news])
    holder = _hold(db, 1.5)
    try:
        with pytest.raises(InputError, match=r"in use by another process \(pid \d+\).*waiting 0.3 s"):
            store.add(db, [news], wait=0.3)
        env = {**os.environ, "NEWSLIB_STORE_WAIT": "0.3"}
        r = subprocess.run([*NEWSLIB, "tag", str(news), "--store", str(db)], capture_output=True, text=True,
                           env=env, cwd=ROOT)
        assert r.returncode == 2
        assert r.stdout == ""
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "in use by another process" in lines[0], r.stderr
        # with time to wait, the run goes through once the holder lets go
        holder.stdin.write("go\n")
        holder.stdin.flush()
        s = store.add(db, [news], wait=60)
        assert s.skipped == 2
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    assert counts(db)["articles"] == 2


def test_two_runs_writing_at_once_both_land(tmp_path):
    db = tmp_path / "claims.duckdb"
    a, b = tmp_path / "a", tmp_path / "b"
    for i in range(6):
        write(a, f"wire_2026-11-{10 + i}_a{i}.txt", LAVROV.replace("Monday", f"day {i}"))
        write(b, f"post_2026-11-{10 + i}_b{i}.txt", ZELENSKY.replace("may", f"may ({i})"))
    write(b, "post_2026-11-20_shared.txt", LAVROV.replace("Monday", "day 0"))  # also in a: stored once
    runs = [subprocess.Popen([*NEWSLIB, "tag", str(d), "--store", str(db)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT) for d in (a, b)]
    outs = [p.communicate(timeout=300) for p in runs]
    assert [p.returncode for p in runs] == [0, 0], outs
    assert counts(db)["articles"] == 12
    with store.open(db) as con:
        assert con.sql("SELECT count(DISTINCT article_id) FROM articles").fetchall() == [(12,)]
        assert con.sql("SELECT count(*) FROM runs WHERE finished IS NOT NULL").fetchall() == [(2,)]


def test_cli_tag_store_info_sql_and_add_a_parquet_dataset(tmp_path, news, capsys):
    import duckdb

    from newslib.cli import main

    def run(*argv):
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(argv, code, out, err)

    db = tmp_path / "claims.duckdb"
    r = run("tag", news, tmp_path / "missing.txt", "--store", db)
    assert r.returncode == 1 and r.stdout == ""
    assert "missing.txt" in r.stderr and "2 articles added, 0 already stored, 1 failed" in r.stderr
    r = run("store", "info", db)
    assert r.returncode == 0, r.stderr
    assert "2 texts" in r.stdout and "2026-11-30 to 2026-12-01" in r.stdout
    assert "reuters" in r.stdout and "kyivpost" in r.stdout and "1 inputs failed" in r.stdout
    r = run("store", "sql", str(db), "SELECT outlet, count(*) AS n FROM claims "
                        "GROUP BY outlet ORDER BY outlet")
    assert r.returncode == 0 and r.stdout.splitlines()[0] == "outlet,n"
    r = run("store", "sql", db, "SELECT nonsense FROM claims")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "query:" in r.stderr

    # a Parquet dataset written by `newslib tag --format parquet --out DIR`
    ds = tmp_path / "dataset"
    r = run("tag", news, "--format", "parquet", "--out", ds)
    assert r.returncode == 0, r.stderr
    r = run("tag", news, "--store", db, "--format", "parquet", "--out", tmp_path / "other")
    assert r.returncode == 2 and "choose one" in r.stderr
    db2 = tmp_path / "from-parquet.duckdb"
    r = run("store", "add", db2, ds)
    assert r.returncode == 0, r.stderr
    assert "2 articles added" in r.stderr
    c1, c2 = counts(db), counts(db2)
    assert c1 == c2
    with store.open(db) as one, store.open(db2) as two:
        q = "SELECT who, cue, content, content_start, uncertain, outlet, day FROM claims ORDER BY ALL"
        assert one.sql(q).fetchall() == two.sql(q).fetchall()
        q = "SELECT article_id, outlet, date, title, n_hedges, n_gaps FROM articles ORDER BY ALL"
        assert one.sql(q).fetchall() == two.sql(q).fetchall()
        q = "SELECT day, stance, score FROM headline_checks ORDER BY ALL"
        assert one.sql(q).fetchall() == two.sql(q).fetchall()
    r = run("store", "add", str(db2), str(ds))
    assert r.returncode == 0 and "0 articles added, 2 already stored" in r.stderr
    assert counts(db2) == c1
    r = run("store", "add", str(db2), str(tmp_path))
    assert r.returncode == 2 and "not a newslib Parquet dataset" in r.stderr


def test_schema_doc_names_every_table_and_view():
    doc = schema.markdown()
    for t in schema.TABLES:
        assert f"`{t}`" in doc
    for v in schema.VIEWS:
        assert f"view `{v}`" in doc


def test_the_readme_queries_run(tmp_path, news):
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    queries = re.findall(r'db\.sql\("""(.*?)"""\)', readme, re.S)
    assert len(queries) == 3
    db = tmp_path / "claims.duckdb"
    store.add(db, [news])
    with store.open(db) as con:
        for q in queries:
            con.sql(q).df()  # parses and runs against the documented views
        said = con.sql(queries[0].replace("current_date", "DATE '2026-12-02'")).df()
    assert len(said) >= 1 and set(said["outlet"]) == {"reuters"}


@pytest.mark.slow
def test_the_corpus_notebook_adds_to_a_store(tmp_path, news, monkeypatch):
    from newslib.run import run_notebook

    monkeypatch.chdir(tmp_path)  # a relative store path is taken from the folder newslib run starts in
    result = run_notebook("corpus", {"corpus": str(news), "store": "nightly.duckdb"}, out_dir=tmp_path / "reports")
    assert result.status == "success", result.reason
    assert "nightly.duckdb: 2 articles added, 0 already stored, 0 failed" in result.html.read_text(encoding="utf-8")
    assert counts(tmp_path / "nightly.duckdb")["articles"] == 2
