"""Archive scale on one machine: ``newslib tag --jobs N`` and the Parquet claims dataset.

--jobs N must print exactly what --jobs 1 prints (bad inputs among good ones included); the dataset must
say what the JSON says, with offsets that index each text, its errors in ``errors`` and on stderr, and a
rerun must skip what is already there (also after a run killed mid-way).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from newslib.parquet import SCHEMA_VERSION, TABLE_NAMES, article_id, read_table
from newslib.parquet.schema import columns

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SEED = ROOT / "data" / "raw" / "ukraine-security-guarantees.txt"


def newslib(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "newslib.cli", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=kw.pop("timeout", 600), **kw)


def corpus(tmp_path: Path, n: int = 9) -> list[Path]:
    """Good articles, with bad inputs among them: a binary file, a missing file, a JSONL file with a bad
    record, and a cp1252 file (read with a warning)."""
    d = tmp_path / "in"
    d.mkdir()
    seed = SEED.read_text(encoding="utf-8").split("\n")
    paths = []
    for k in range(n):
        p = d / f"a{k:02d}.txt"
        body = "\n".join(seed[1 + k % 5: 4 + k % 7])
        p.write_text(f"Story {k}: officials weigh security guarantees\n{body}\nThe minister said {k} talks would go on.\n",
                     encoding="utf-8")
        paths.append(p)
    (d / "b-binary.txt").write_bytes(b"\x00\x01GIF89a" * 20)
    (d / "c-cp1252.txt").write_bytes("Caf\u00e9 owners \u201cworried\u201d\nThe plan, officials said, costs \u20ac5m.\n"
                                     .encode("cp1252"))
    (d / "d-records.jsonl").write_text(
        json.dumps({"title": "Talks resume", "text": "The minister said the talks would continue.",
                    "source": "Wire", "date": "2026-12-01"}) + "\n{not json\n"
        + json.dumps({"title": "Rain expected", "body": "Forecasters said it may rain."}) + "\n", encoding="utf-8")
    return [*paths[: n // 2], d / "b-binary.txt", d / "missing.txt", d / "c-cp1252.txt", *paths[n // 2:],
            d / "d-records.jsonl"]


@pytest.mark.parametrize("fmt", ["json", "csv"])  # jsonl is json without the list around it
def test_jobs_output_is_byte_identical_to_one_process_with_bad_inputs_among_good(tmp_path, fmt):
    inputs = corpus(tmp_path)
    one = newslib("tag", *inputs, "--format", fmt, "--batch-size", "3")
    two = newslib("tag", *inputs, "--format", fmt, "--batch-size", "3", "--jobs", "2")
    assert one.returncode == two.returncode == 1
    assert two.stdout == one.stdout and one.stdout
    assert sorted(two.stderr.splitlines()) == sorted(one.stderr.splitlines())
    assert "newslib: 3 of 15 inputs failed" in two.stderr and "Traceback" not in two.stderr


@pytest.mark.data
def test_jobs_on_polnear_dev_is_byte_identical(polnear_dir):
    dev = polnear_dir / "dev" / "text"
    one = newslib("tag", dev, "--format", "jsonl")
    two = newslib("tag", dev, "--format", "jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 0, two.stderr[-2000:]
    assert two.stdout == one.stdout and len(one.stdout.splitlines()) == 84


def test_jobs_zero_means_one_per_core_and_bad_values_are_usage_errors(tmp_path):
    inputs = corpus(tmp_path, n=2)[:2]
    assert newslib("tag", *inputs, "--jobs", "0", "--format", "jsonl").stdout == \
        newslib("tag", *inputs, "--format", "jsonl").stdout
    for bad in (["--jobs", "-1"], ["--jobs", "two"], ["--batch-size", "0"]):
        proc = newslib("tag", *inputs, *bad)
        assert proc.returncode == 2 and proc.stdout == "" and "Traceback" not in proc.stderr
    proc = newslib("tag", *inputs, "--format", "parquet")
    assert proc.returncode == 2 and "needs --out DIR" in proc.stderr
    proc = newslib("tag", *inputs, "--out", tmp_path / "x")
    assert proc.returncode == 2 and "--out DIR goes with --format parquet" in proc.stderr


def tables(root) -> dict[str, pd.DataFrame]:
    return {t: read_table(root, t) for t in TABLE_NAMES}


def test_parquet_dataset_says_what_the_json_says(tmp_path):
    inputs = corpus(tmp_path)
    out = tmp_path / "ds"
    proc = newslib("tag", *inputs, "--format", "parquet", "--out", out, "--batch-size", "4")
    assert proc.returncode == 1 and proc.stdout == f"{out}\n"
    for line in ("b-binary.txt: binary file", "missing.txt: no such file", "d-records.jsonl#2: not valid JSON",
                 "c-cp1252.txt: warning:", "12 articles written", "3 of 15 inputs failed"):
        assert line in proc.stderr, proc.stderr
    t = tables(out)
    docs = [json.loads(line) for line in newslib("tag", *inputs, "--format", "jsonl").stdout.splitlines()]
    arts = t["articles"]
    assert list(arts["input"]) == [d["path"] for d in docs]  # input order kept
    assert arts["article_id"].is_unique
    assert sorted(t["errors"]["input"].map(os.path.basename)) == ["b-binary.txt", "d-records.jsonl#2", "missing.txt"]
    assert (t["errors"]["run"].str.match(r"\d{4}-\d\d-\d\dT")).all()
    records = arts.set_index("input")
    rec = records.loc[f"{inputs[-1]}#1"]
    assert (rec["title"], rec["outlet"], rec["date"]) == ("Talks resume", "Wire", "2026-12-01")
    assert "cp1252" in records.loc[str(inputs[inputs.index(tmp_path / 'in' / 'c-cp1252.txt')])]["warnings"]
    for d, (_, art) in zip(docs, arts.iterrows()):
        aid = art["article_id"]
        sents = t["sentences"][t["sentences"]["article_id"] == aid]
        assert list(sents["text"]) == [s["text"] for s in d["sentences"]]
        assert list(sents["certainty"]) == [s["certainty"] for s in d["sentences"]]
        attrs = t["attributions"][t["attributions"]["article_id"] == aid]
        assert len(attrs) == art["n_attributions"] == len(d["attributions"])
        assert list(attrs["cue_start"]) == [a["cue"]["start"] for a in d["attributions"]]
        assert list(attrs["source"].where(attrs["source"].notna(), None)) == \
            [a["source"]["text"] if a["source"] else None for a in d["attributions"]]
        hedges = [h for s in d["sentences"] for h in s["hedges"]]
        assert list(t["hedges"][t["hedges"]["article_id"] == aid]["text"]) == [h["text"] for h in hedges]
        actors = t["actors"][t["actors"]["article_id"] == aid]
        assert list(actors["name"]) == [a["name"] for a in d["actors"]]
        if d.get("headline"):
            assert art["headline_stance"] == d["headline"]["stance"]
    # offsets index the article's text (a file's text as newslib reads it)
    from newslib.article import read_article

    for _, art in arts.iterrows():
        if "#" in art["input"]:
            continue
        text = read_article(art["input"]).text
        assert article_id(text) == art["article_id"]
        for table, (s, e, col) in (("sentences", ("start", "end", "text")), ("hedges", ("start", "end", "text")),
                                   ("attributions", ("cue_start", "cue_end", "cue"))):
            rows = t[table][t[table]["article_id"] == art["article_id"]]
            assert all(text[a:b] == x for a, b, x in zip(rows[s], rows[e], rows[col]))


def test_dataset_is_plain_parquet_for_pandas_pyarrow_and_duckdb(tmp_path):
    out = tmp_path / "ds"
    assert newslib("tag", SEED, "--format", "parquet", "--out", out).returncode == 0
    (out / "articles" / ".part-x.parquet.tmp").write_bytes(b"half a file")  # a killed writer's leftover
    for table in TABLE_NAMES:
        parts = list((out / table).glob("part-*.parquet"))
        assert len(parts) == 1
        meta = pq.read_schema(parts[0]).metadata
        assert meta[b"newslib.schema_version"] == str(SCHEMA_VERSION).encode()
        assert list(pd.read_parquet(out / table).columns) == columns(table)
    assert json.loads((out / "_newslib.json").read_text())["schema_version"] == SCHEMA_VERSION
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    n = con.execute(f"select count(*) from read_parquet('{out}/sentences/*.parquet')").fetchall()[0][0]
    assert n == len(read_table(out, "sentences")) > 10
    who = con.execute(f"select a.title, count(*) from read_parquet('{out}/attributions/*.parquet') t join "
                     f"read_parquet('{out}/articles/*.parquet') a using (article_id) group by 1").fetchall()
    assert who[0][1] == len(read_table(out, "attributions"))


def test_jobs_write_the_same_tables_and_a_rerun_adds_only_what_is_new(tmp_path):
    inputs = corpus(tmp_path)
    one, two = tmp_path / "one", tmp_path / "two"
    assert newslib("tag", *inputs[:-3], "--format", "parquet", "--out", one, "--batch-size", "3").returncode == 1
    assert newslib("tag", *inputs[:-3], "--format", "parquet", "--out", two, "--batch-size", "3",
                   "--jobs", "2").returncode == 1
    a, b = tables(one), tables(two)
    for table in TABLE_NAMES:
        cols = [c for c in columns(table) if c != "run"]
        pd.testing.assert_frame_equal(a[table][cols], b[table][cols])
    # nightly: the same folder plus new files; only the new articles are tagged, failed inputs are retried
    again = newslib("tag", *inputs, "--format", "parquet", "--out", two, "--batch-size", "3")
    assert again.returncode == 1
    assert f"{len(a['articles'])} articles already in the dataset are skipped" in again.stderr
    c = tables(two)
    assert c["articles"]["article_id"].is_unique and len(c["articles"]) == 12
    assert c["errors"]["run"].nunique() == 2
    done = newslib("tag", *inputs[:3], "--format", "parquet", "--out", two, "--progress", "log")
    assert done.returncode == 0 and "0 articles written" in done.stderr and "3 already there" in done.stderr
    # the progress reaches its total: skipped articles are counted (apart, out of the rate)
    assert "newslib: progress: done, 3/3 articles (100.0%), 3 skipped, 0.0 articles/s" in done.stderr
    other = newslib("tag", *inputs[:3], "--format", "parquet", "--out", two, "--no-headline")
    assert other.returncode == 2 and "tagged with options" in other.stderr
    (tmp_path / "notours").mkdir()
    (tmp_path / "notours" / "x.txt").write_text("mine")
    proc = newslib("tag", inputs[0], "--format", "parquet", "--out", tmp_path / "notours")
    assert proc.returncode == 2 and "holds no newslib dataset" in proc.stderr


def test_a_killed_run_resumes_without_losing_or_doubling_an_article(tmp_path):
    d = tmp_path / "many"
    d.mkdir()
    seed = SEED.read_text(encoding="utf-8").split("\n")
    for k in range(40):
        (d / f"s{k:03d}.txt").write_text(f"Item {k}\n" + "\n".join(seed[1 + k % 9: 3 + k % 11]) + "\n", encoding="utf-8")
    out = tmp_path / "ds"
    proc = subprocess.Popen([PY, "-m", "newslib.cli", "tag", d, "--format", "parquet", "--out", out,
                             "--batch-size", "1"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and len(list((out / "articles").glob("part-*"))) < 3:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    before = len(read_table(out, "articles"))
    assert 3 <= before < 40, "the run ended before it could be killed"
    # a batch killed half-way: parts of other tables without their articles part
    orphan = out / "sentences" / "part-killed-000001.parquet"
    orphan.write_bytes((next((out / "sentences").glob("part-*.parquet"))).read_bytes())
    rerun = newslib("tag", d, "--format", "parquet", "--out", out, "--batch-size", "16")
    assert rerun.returncode == 0, rerun.stderr
    assert not orphan.exists() and "removed" in rerun.stderr
    arts = read_table(out, "articles")
    assert len(arts) == 40 and arts["article_id"].is_unique
    assert sorted(arts["input"]) == sorted(str(p) for p in d.iterdir())
    sents = read_table(out, "sentences")
    assert not sents.duplicated(["article_id", "sentence"]).any()
    assert set(sents["article_id"]) == set(arts["article_id"])


def test_library_tag_corpus_with_jobs_gives_the_same_results_in_order(tmp_path):
    import newslib
    from newslib.cli import _tagged_dict

    inputs = [str(p) for p in corpus(tmp_path, n=4)]
    alone = [(n, r.to_dict() if not isinstance(r, BaseException) else str(r)) for n, r in newslib.tag_corpus(inputs)]
    pooled = [(n, r if not isinstance(r, BaseException) else str(r))
              for n, r in newslib.tag_corpus(inputs, jobs=2, max_articles=2, render=_tagged_dict)]
    assert pooled == alone and len(alone) == 10
    tagged = list(newslib.tag_corpus(inputs[:2], jobs=2))  # without render, TaggedArticles come back whole
    assert [r.to_dict() for _, r in tagged] == [d for _, d in alone[:2]]


def test_worker_processes_end_when_the_run_is_killed(tmp_path):
    psutil = pytest.importorskip("psutil")
    d = tmp_path / "many"
    d.mkdir()
    for k in range(400):
        (d / f"s{k:03d}.txt").write_text(f"Item {k}\nThe minister said {k} talks would go on.\n", encoding="utf-8")
    proc = subprocess.Popen([PY, "-m", "newslib.cli", "tag", d, "--format", "jsonl", "--jobs", "2", "--batch-size", "1"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert proc.stdout.readline()  # the workers are running
        children = psutil.Process(proc.pid).children(recursive=True)
        assert children
        proc.kill()  # SIGKILL: no chance to stop the pool
        proc.wait(timeout=60)
        gone, alive = psutil.wait_procs(children, timeout=30)
        assert not alive, f"workers left running: {alive}"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_parquet_record_files_and_fsspec_urls_are_inputs(tmp_path):
    import fsspec
    import pyarrow as pa

    from newslib.corpus import count_inputs, iter_corpus

    pq.write_table(pa.table({"title": ["Talks resume", None, None], "text": ["The minister said so.", "Rain said.", None],
                             "outlet": ["Wire", None, None], "date": ["2026-12-01", None, None]}),
                   tmp_path / "recs.parquet")
    pq.write_table(pa.table({"body_text": ["x"]}), tmp_path / "nocol.parquet")
    got = [(n, getattr(i, "text", None) or str(i)) for n, i in iter_corpus([tmp_path / "recs.parquet",
                                                                            tmp_path / "nocol.parquet"])]
    assert got[:2] == [(f"{tmp_path}/recs.parquet#1", "Talks resume\nThe minister said so."),
                       (f"{tmp_path}/recs.parquet#2", "Rain said.")]
    assert "record has no 'text'" in got[2][1] and "no 'text' or 'title' column" in got[3][1]
    assert count_inputs([tmp_path / "recs.parquet"]) == 3

    fs = fsspec.filesystem("memory")
    fs.pipe("/scale-test/a.txt", b"Title A\nThe minister said so.\n")
    fs.pipe("/scale-test/sub/b.jsonl", b'{"title": "B", "text": "Officials said it."}\n{bad\n')
    fs.pipe("/scale-test/.hidden.txt", b"hidden")
    fs.pipe("/scale-test/bin.txt", b"\x00\x00")
    try:
        got = [(n, type(i).__name__) for n, i in iter_corpus(["memory://scale-test", "memory://scale-test/*.txt",
                                                              "memory://scale-none/*.txt"])]
    finally:
        fs.rm("/scale-test", recursive=True)
    assert got == [("memory:///scale-test/a.txt", "Article"), ("memory:///scale-test/bin.txt", "InputError"),
                   ("memory:///scale-test/sub/b.jsonl#1", "Article"), ("memory:///scale-test/sub/b.jsonl#2", "InputError"),
                   ("memory:///scale-test/a.txt", "Article"), ("memory:///scale-test/bin.txt", "InputError"),
                   ("memory://scale-none/*.txt", "InputError")]
    # through the CLI, a file:// URL and a Parquet record file tag like the local files they are
    url = newslib("tag", f"file://{tmp_path}/recs.parquet", "--format", "jsonl")
    local = newslib("tag", tmp_path / "recs.parquet", "--format", "jsonl")
    assert url.returncode == local.returncode == 1 and len(url.stdout.splitlines()) == 2
    assert url.stdout.replace(f"file://{tmp_path}", str(tmp_path)) == local.stdout


def test_corpus_tables_read_from_a_dataset_match_tagging_again(tmp_path):
    from newslib import analysis

    inputs = corpus(tmp_path)
    out = tmp_path / "ds"
    assert newslib("tag", *inputs, "--format", "parquet", "--out", out, "--no-headline").returncode == 1
    tagged = analysis.corpus_tables([str(p) for p in inputs], progress=False)
    read = analysis.dataset_tables(out)
    for name in ("articles", "sentences", "attributions", "actors", "hedges", "gaps"):
        a, b = (getattr(t, name).reset_index(drop=True) for t in (tagged, read))
        a, b = (df.astype(object).where(df.notna(), None) for df in (a, b))  # None and NaN alike: missing
        # certainty: the dataset holds the JSON's (3 decimals)
        pd.testing.assert_frame_equal(a, b, check_dtype=False, atol=5e-4)
    assert sorted(os.path.basename(n) for n, _ in read.failed) == sorted(
        os.path.basename(n) for n, _ in tagged.failed) == ["b-binary.txt", "d-records.jsonl#2", "missing.txt"]
    assert len(analysis.dataset_tables(out, limit=3).articles) == 3


@pytest.mark.slow
def test_corpus_report_runs_on_a_dataset_without_tagging(tmp_path):
    out = tmp_path / "ds"
    assert newslib("tag", *corpus(tmp_path)[:4], "--format", "parquet", "--out", out).returncode == 0
    proc = newslib("run", "corpus", "-p", "dataset", out, "-p", "corpus", tmp_path / "nowhere", "--out",
                   tmp_path / "reports")
    assert proc.returncode == 2 and "nowhere" in proc.stderr  # a corpus given by name is still checked
    proc = newslib("run", "corpus", "-p", "dataset", tmp_path / "in", "--out", tmp_path / "reports")
    assert proc.returncode == 2 and "not a newslib Parquet dataset" in proc.stderr
    proc = newslib("run", "corpus", "-p", "dataset", out, "--out", tmp_path / "reports")
    assert proc.returncode == 0, proc.stderr[-3000:]
    html = Path(proc.stdout.strip().splitlines()[-1]).read_text(encoding="utf-8")
    assert "Story 0: officials weigh security guarantees" in html or "articles" in html


def test_progress_in_a_log_is_plain_lines_and_counts_every_input(tmp_path):
    inputs = corpus(tmp_path, n=2)
    with open(tmp_path / "log", "w") as log:  # stderr redirected to a file, as cron does: log lines by default
        proc = subprocess.run([PY, "-m", "newslib.cli", "tag", *map(str, inputs), "--format", "jsonl"], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=log, text=True, timeout=600)
    err = (tmp_path / "log").read_text()
    assert proc.returncode == 1 and "\r" not in err
    assert "newslib: progress: done, 8/8 articles (100.0%), 3 failed," in err
    assert newslib("tag", *inputs, "--format", "jsonl").stderr.count("newslib: progress:") == 0  # a pipe: nothing
