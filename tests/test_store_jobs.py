"""``newslib tag PATH... --store FILE --jobs N``: the store ingest runs on the library's pipeline (workers
tag and make rows, the main process alone writes), and stores exactly what ``--jobs 1`` stores."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newslib import store
from newslib.store import schema

ROOT = Path(__file__).resolve().parent.parent
NEWSLIB = [sys.executable, "-m", "newslib.cli"]
SEED = ROOT / "data" / "raw" / "ukraine-security-guarantees.txt"
PER_RUN = {"first_seen", "run_id"}  # the run's own stamp, different in every run


def newslib(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*NEWSLIB, *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=600)


def inputs(tmp_path: Path) -> list[Path]:
    """Text files named outlet_date_slug, a repeated text, a missing file, a binary file, and a JSONL file
    with url/outlet/date fields, a bad record and a repeat of a stored text."""
    d = tmp_path / "in"
    d.mkdir()
    seed = SEED.read_text(encoding="utf-8").split("\n")
    paths = []
    for k in range(7):
        p = d / f"wire_2026-11-{10 + k}_story{k}.txt"
        body = "\n".join(seed[1 + k % 5: 4 + k % 7])
        p.write_text(f"Story {k}: officials weigh guarantees\n{body}\nThe minister said {k} talks would go on.\n",
                     encoding="utf-8")
        paths.append(p)
    (d / "copy.txt").write_text(paths[1].read_text(encoding="utf-8"), encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01GIF89a" * 20)
    records = d / "feed.jsonl"
    records.write_text("\n".join([
        json.dumps({"title": "Talks resume", "text": "The minister said the talks would continue.",
                    "outlet": "Wire", "date": "2026-12-01", "url": "https://example.org/talks"}),
        "{not json",
        json.dumps({"title": "Rain expected", "body": "Forecasters said it may rain on Friday.",
                    "source": "Post", "date": "Dec 2, 2026", "link": "https://example.org/rain"}),
    ]) + "\n", encoding="utf-8")
    return [*paths[:3], d / "missing.txt", d / "binary.txt", *paths[3:], d / "copy.txt", records]


def contents(db: Path) -> dict[str, list[tuple]]:
    """Every row of every article table (and the errors), without the run's stamp, in a stable order."""
    out = {}
    with store.open(db) as con:
        for table in (*schema.ARTICLE_TABLES, "errors"):
            cols = [c for c in (schema.columns(table) if table != "errors" else ["input", "reason"])
                    if c not in PER_RUN]
            quoted = ", ".join(f'"{c}"' for c in cols)
            out[table] = con.execute(f"SELECT {quoted} FROM {table} ORDER BY ALL").fetchall()
        out["runs"] = con.execute("SELECT added, skipped, failed FROM runs").fetchall()
    return out


def test_jobs_store_what_one_process_stores_with_bad_inputs_among_good(tmp_path):
    files = inputs(tmp_path)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    r1 = newslib("tag", *files, "--store", one, "--batch-size", "2")
    r2 = newslib("tag", *files, "--store", two, "--batch-size", "2", "--jobs", "2")
    assert r1.returncode == r2.returncode == 1, (r1.stderr, r2.stderr)
    assert r1.stdout == r2.stdout == ""
    # the same failures, in input order, and the same summary line
    assert r1.stderr.replace(str(one), "DB") == r2.stderr.replace(str(two), "DB")
    assert "9 articles added, 1 already stored, 3 failed" in r2.stderr
    for bad in ("missing.txt", "binary.txt", "feed.jsonl#2"):
        assert bad in r2.stderr
    a, b = contents(one), contents(two)
    assert a["articles"] and a["attributions"] and a["headlines"]
    cells = {c for row in a["articles"] for c in row}
    assert {"https://example.org/talks", "https://example.org/rain", "Wire", "Post", "wire"} <= cells
    assert a == b
    # a rerun with workers adds nothing: every article is skipped before it is tagged
    r3 = newslib("tag", *files, "--store", two, "--jobs", "2")
    assert r3.returncode == 1 and "0 articles added, 10 already stored, 3 failed" in r3.stderr


def test_library_add_with_jobs_counts_progress(tmp_path, monkeypatch):
    import io

    from newslib import pipeline
    from newslib.progress import Progress
    from newslib.store.rows import tagged_rows

    calls = []
    real = pipeline.tag_corpus

    def spy(*args, **kw):
        calls.append(kw)
        return real(*args, **kw)

    monkeypatch.setattr(pipeline, "tag_corpus", spy)
    files = inputs(tmp_path)
    stream = io.StringIO()
    progress = Progress(total=None, stream=stream, mode="log")
    s = store.add(tmp_path / "claims.duckdb", files, jobs=2, batch_size=3, progress=progress)
    assert (s.added, s.skipped, s.failed) == (9, 1, 3)
    # the repeated text is skipped before it is tagged, and counted apart (it is done, but not in the rate)
    assert (progress.done, progress.skipped, progress.failed) == (13, 1, 3)
    # the workers make the rows (only they cross back), in batches of 3
    assert [(c["jobs"], c["max_articles"], c["render"]) for c in calls] == [(2, 3, tagged_rows)]


def test_store_takes_no_output_format(tmp_path):
    files = inputs(tmp_path)[:1]
    r = newslib("tag", *files, "--store", tmp_path / "claims.duckdb", "--format", "jsonl")
    assert r.returncode == 2 and "--format jsonl has no effect" in r.stderr and r.stdout == ""
    assert not (tmp_path / "claims.duckdb").exists()
