"""The claims store: every tagged article of every run in one embedded DuckDB file, queried with SQL.

``newslib tag PATH... --store FILE.duckdb``, ``newslib run corpus -p store FILE.duckdb`` and
``newslib store add FILE.duckdb DATASET`` add to it; :func:`open` gives a DuckDB connection with the views of
:mod:`newslib.store.schema` (``claims``, ``headline_checks``, ``admitted_gaps``, ``article_certainty``,
``latest_articles``)::

    from newslib import store
    db = store.open("claims.duckdb")
    db.sql("SELECT day, outlet, cue, content FROM claims WHERE who = 'Sergei Lavrov' "
           "AND day >= current_date - 30 ORDER BY day").df()

An article is keyed by the hash of its text (:func:`newslib.store.rows.article_id`): the same text is stored
once. A changed text under the same url (or path) is a new version, with its own first-seen time; the views
show the latest version of each article.

One process writes at a time. A writer holds the file only while it writes a batch (never while it tags), so
two runs at once take turns; a run that cannot get the file within ``wait`` seconds stops with a one-line
error, and each batch is one transaction: a killed run leaves the store as it was after its last batch.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
import secrets
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable

from ..errors import InputError
from . import schema
from .rows import article_id

__all__ = ["open", "add", "info", "StoreWriter", "AddSummary", "DEFAULT_WAIT", "article_id"]

#: Seconds a run waits for another process to let go of the store before it gives up
#: (``NEWSLIB_STORE_WAIT`` in the environment changes it).
DEFAULT_WAIT = 120.0


def _wait(wait: float | None) -> float:
    if wait is not None:
        return float(wait)
    try:
        return float(os.environ.get("NEWSLIB_STORE_WAIT", DEFAULT_WAIT))
    except ValueError:
        return DEFAULT_WAIT
#: Articles written per transaction.
CHUNK = 64



def _pid(message: str) -> str:
    m = re.search(r"\(PID (\d+)\)", message)
    return f" (pid {m.group(1)})" if m else ""


def quiet(con) -> None:
    """No DuckDB progress bar on stderr: it would land in a notebook's report. (In a Jupyter kernel without
    ipywidgets DuckDB refuses the setting, and shows no bar there either.)"""
    import duckdb

    try:
        con.execute("SET enable_progress_bar = false")
    except duckdb.Error:
        pass


def connect(path: str | os.PathLike, *, read_only: bool = False, wait: float | None = None):
    """A raw DuckDB connection to ``path``, waiting up to ``wait`` seconds while another process holds it."""
    import duckdb

    path = Path(path)
    wait = _wait(wait)
    if read_only and not path.exists():
        raise InputError(path, "no such store (newslib tag PATH... --store FILE creates one)")
    if path.exists() and path.is_dir():
        raise InputError(path, "is a directory, not a store file")
    deadline = time.monotonic() + max(0.0, wait)
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            quiet(con)
            return con
        except duckdb.IOException as exc:
            msg = str(exc)
            if "lock" not in msg.lower():
                raise InputError(path, f"cannot be opened as a store ({msg.splitlines()[0]})") from None
            left = deadline - time.monotonic()
            if left <= 0:
                raise InputError(path, f"is in use by another process{_pid(msg)}; gave up after waiting "
                                       f"{wait:g} s (one run writes at a time)") from None
            time.sleep(min(delay, left))
            delay = min(delay * 2, 1.0)
        except duckdb.ConnectionException as exc:
            raise InputError(path, "is already open in this process with other settings (read-only or not): "
                                   "close that connection first") from None
        except duckdb.Error as exc:
            raise InputError(path, f"is not a DuckDB store ({str(exc).splitlines()[0]})") from None


def schema_version(con) -> int:
    """The store's schema version: 0 for an empty database. Raises InputError for a DuckDB file that is not
    a newslib store."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                        "WHERE table_schema = 'main' AND table_type = 'BASE TABLE'").fetchall()}
    if "schema_version" not in tables:
        if tables:
            raise InputError(_db_path(con), "is a DuckDB file but not a newslib store (no schema_version table)")
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchall()[0]
    return int(row[0] or 0)


def _db_path(con) -> str:
    try:
        return con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
                           ).fetchall()[0][0] or "<store>"
    except Exception:  # noqa: BLE001 - only for a message
        return "<store>"


def _views_current(con) -> bool:
    rows = con.execute("SELECT hash FROM store_views").fetchall()
    return bool(rows) and rows[0][0] == schema.views_hash()


def is_current(con) -> bool:
    """Does the store have this newslib's schema version and views?"""
    return schema_version(con) == schema.SCHEMA_VERSION and _views_current(con)


def migrate(con) -> int:
    """Bring the store up to :data:`schema.SCHEMA_VERSION` in one transaction (the missing migrations, then
    the views, when they were made from other definitions). Returns the version it had."""
    from .. import __version__

    had = schema_version(con)
    if had > schema.SCHEMA_VERSION:
        raise InputError(_db_path(con), f"was written by a newer newslib (store schema version {had}; this "
                                        f"newslib knows up to {schema.SCHEMA_VERSION}): upgrade newslib")
    if had == schema.SCHEMA_VERSION and _views_current(con):
        return had
    con.execute("BEGIN TRANSACTION")
    try:
        if had == 0:
            con.execute("CREATE TABLE schema_version (version INTEGER, applied TIMESTAMP, newslib VARCHAR)")
        for version in range(had + 1, schema.SCHEMA_VERSION + 1):
            for stmt in schema.MIGRATIONS[version]:
                con.execute(stmt)
            con.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [version, _now(), __version__])
        for name, (_, sql) in schema.VIEWS.items():
            con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
        con.execute("DELETE FROM store_views")
        con.execute("INSERT INTO store_views VALUES (?)", [schema.views_hash()])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return had


def open(path: str | os.PathLike, *, read_only: bool = True, wait: float | None = None):  # noqa: A001
    """The store at ``path`` as a DuckDB connection with its views (``claims``, ``headline_checks``,
    ``admitted_gaps``, ``article_certainty``, ``latest_articles``); ``con.sql("…").df()`` gives pandas.

    Read-only by default: close it (``con.close()``, or ``with store.open(p) as con:``) before a run writes
    to the same file from this process, and a writer elsewhere waits while it is open. A store of an older
    schema is migrated first (which needs write access once); ``read_only=False`` creates a missing store.
    """
    path = Path(path)
    if read_only:
        con = connect(path, read_only=True, wait=wait)
        try:
            current = is_current(con)
        except BaseException:
            con.close()
            raise
        if current:
            return con
        con.close()
        with connect(path, read_only=False, wait=wait) as rw:
            migrate(rw)
        return connect(path, read_only=True, wait=wait)
    con = connect(path, read_only=False, wait=wait)
    try:
        migrate(con)
    except BaseException:
        con.close()
        raise
    return con


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def _frame(table: str, rows: list[dict]):
    import pandas as pd

    return pd.DataFrame(rows, columns=schema.columns(table))


def _select(table: str, alias: str = "b") -> str:
    parts = []
    for name, typ, _ in schema.TABLES[table]:
        typ = typ.replace(" PRIMARY KEY", "")
        parts.append(f'CAST({alias}."{name}" AS {typ})')
    return ", ".join(parts)


@dataclass
class AddSummary:
    """What a run added: ``added`` articles stored, ``skipped`` already in the store (or repeated in the
    run), ``failed`` inputs that could not be read or tagged, ``versions`` stored articles that are a changed
    text of one stored before."""

    store: str
    run_id: str
    added: int = 0
    skipped: int = 0
    failed: int = 0
    versions: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        extra = f" ({self.versions} of them new versions of stored articles)" if self.versions else ""
        return (f"{self.store}: {self.added} articles added{extra}, {self.skipped} already stored, "
                f"{self.failed} failed")


class StoreWriter:
    """Append tagged articles' rows to the store at ``path`` (created when missing), a batch per transaction.

    The file is opened for each batch and closed after it, so readers and other runs get their turn between
    batches. ``seen`` (UTC, naive) is the run's first-seen time, now by default.
    """

    def __init__(self, path: str | os.PathLike, *, inputs: str = "", wait: float | None = None,
                 seen: _dt.datetime | None = None):
        from .. import __version__

        self.path = Path(path)
        self.wait = wait
        self.started = seen or _now()
        self.run_id = self.started.strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)
        self.summary = AddSummary(str(self.path), self.run_id)
        with self._connect() as con:
            migrate(con)
            con.execute("INSERT INTO runs VALUES (?, ?, NULL, ?, 0, 0, 0, ?)",
                        [self.run_id, _now(), inputs, __version__])
            self.known: set[str] = {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}

    def _connect(self):
        return connect(self.path, read_only=False, wait=self.wait)

    def write(self, batch: list[dict[str, list[dict]]]) -> int:
        """Store a batch of articles' rows (:func:`newslib.store.rows.article_rows`) in one transaction;
        articles already stored (by another run meanwhile) are left out. Returns the articles added."""
        if not batch:
            return 0
        return self.write_frames({t: _frame(t, [r for rows in batch for r in rows.get(t, ())])
                                  for t in schema.ARTICLE_TABLES})

    def write_frames(self, frames: dict) -> int:
        """Store DataFrames holding the columns of each article table (``articles`` without ``first_seen``,
        ``run_id`` and ``version``, which the store sets) in one transaction. Returns the articles added."""
        frames = {t: frames[t].reindex(columns=schema.columns(t)) for t in schema.ARTICLE_TABLES}
        frames["articles"]["first_seen"] = self.started
        frames["articles"]["run_id"] = self.run_id
        frames["articles"]["version"] = 0
        frames["articles"]["_order"] = range(len(frames["articles"]))
        with self._connect() as con:
            for t, df in frames.items():
                con.register(f"batch_{t}", df)
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute("CREATE TEMP TABLE new_ids AS SELECT DISTINCT article_id FROM batch_articles "
                            "WHERE article_id NOT IN (SELECT article_id FROM articles)")
                cols = [c for c in schema.columns("articles")]
                select = _select("articles").replace('CAST(b."version" AS INTEGER)',
                                                     "CAST(coalesce(p.n, 0) + row_number() OVER "
                                                     "(PARTITION BY b.key ORDER BY b._order) AS INTEGER)")
                con.execute(f"""INSERT INTO articles ({", ".join(f'"{c}"' for c in cols)})
                    SELECT {select} FROM batch_articles b
                    LEFT JOIN (SELECT key, count(*) AS n FROM articles GROUP BY key) p ON p.key = b.key
                    WHERE b.article_id IN (SELECT article_id FROM new_ids)""")
                for t in schema.ARTICLE_TABLES[1:]:
                    con.execute(f"INSERT INTO {t} SELECT {_select(t)} FROM batch_{t} b "
                                "WHERE b.article_id IN (SELECT article_id FROM new_ids)")
                added, versions = con.execute(
                    "SELECT count(*), count(*) FILTER (WHERE version > 1) FROM articles "
                    "WHERE article_id IN (SELECT article_id FROM new_ids)").fetchall()[0]
                con.execute("DROP TABLE new_ids")
                con.execute("UPDATE runs SET added = added + ? WHERE run_id = ?", [added, self.run_id])
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        self.summary.added += added
        self.summary.versions += versions
        self.summary.skipped += len(frames["articles"]) - added
        self.known.update(frames["articles"]["article_id"])
        return added

    def finish(self) -> AddSummary:
        """Record the run's end, its skipped and failed counts and its errors."""
        s = self.summary
        with self._connect() as con:
            con.execute("BEGIN TRANSACTION")
            con.execute("UPDATE runs SET finished = ?, skipped = ?, failed = ? WHERE run_id = ?",
                        [_now(), s.skipped, s.failed, self.run_id])
            if s.errors:
                con.executemany("INSERT INTO errors VALUES (?, ?, ?)", [[self.run_id, n, r] for n, r in s.errors])
            con.execute("COMMIT")
        return s


def _reason(name: str, exc: BaseException) -> str:
    from ..errors import NewslibError

    if isinstance(exc, InputError) and exc.source == name:
        return exc.reason
    if isinstance(exc, NewslibError):
        return str(exc)
    return f"internal error while tagging: {type(exc).__name__}: {exc}"[:300]


def _metadata(specs: list, fields: list[str]) -> dict[str, dict]:
    """Record fields (url, date, outlet) of the JSONL/CSV files among ``specs``, by record name."""
    from ..analysis import _record_fields
    from ..corpus import RECORD_SUFFIXES, expand

    out: dict[str, dict] = {}
    names = [s for s in specs if isinstance(s, (str, os.PathLike))]
    for p in expand(names) if names else []:
        if os.path.splitext(p)[1].lower() in RECORD_SUFFIXES:
            out.update(_record_fields(p, fields))
    return out


def add(path: str | os.PathLike, inputs, *, date_field: str | None = None, outlet_field: str | None = None,
        url_field: str | None = None, headline: bool = True, one_sentence_per_line: bool = False,
        limit: int | None = None, seen: _dt.datetime | None = None, wait: float | None = None,
        read: Callable[[list], Iterable] | None = None,
        on_error: Callable[[str, str], None] | None = None, jobs: int | None = 1, dask: str | None = None,
        batch_size: int | None = None, progress=None, report: Callable[[str], None] | None = None) -> AddSummary:
    """Tag ``inputs`` (paths, directories, globs, record files, Articles) into the store at ``path``.

    Articles already in the store (the same text) are skipped before they are tagged, so a rerun costs only
    the new ones. Outlet and date come from the record fields named (else ``source``/``date``), else from a
    PolNeAR-style file name, as in the corpus notebook; the url from ``url_field`` (else ``url`` or
    ``link``). ``read(specs)`` may replace :func:`newslib.corpus.iter_corpus` (the CLI's reader reports
    reading warnings). ``on_error(input, reason)`` is called for each input that failed.

    ``jobs=N`` (``0``: one per core) tags in N worker processes, ``dask=ADDRESS`` (or ``"local"``) on a Dask
    cluster, through the library's pipeline (:func:`newslib.pipeline.tag_corpus`, batches of ``batch_size``
    articles): each worker turns its articles into rows (:func:`newslib.store.rows.tagged_rows`) and this
    process, the one writer, adds the reading metadata and writes them in input order, so the store holds
    what a run with ``jobs=1`` puts in it. ``progress`` (a :class:`newslib.progress.Progress`) counts the
    inputs tagged and, apart (out of the rate), those skipped; ``report`` receives one-line notices (the Dask dashboard).
    """
    from ..analysis import article_meta
    from ..article import Article
    from ..corpus import iter_corpus
    from ..parquet.tables import unseen
    from ..pipeline import tag_corpus
    from .rows import tagged_rows, with_meta

    specs = [inputs] if isinstance(inputs, (str, os.PathLike, Article)) else list(inputs)
    writer = StoreWriter(path, inputs="; ".join(str(s) for s in specs if isinstance(s, (str, os.PathLike))),
                         wait=wait, seen=seen)
    s = writer.summary
    url_fields = [url_field] if url_field else ["url", "link"]
    extras = _metadata(specs, [f for f in (date_field, outlet_field, *url_fields) if f])
    titled = not one_sentence_per_line
    items = read(specs) if read else iter_corpus(specs, titled=titled)
    if limit:
        items = islice(items, limit)
    known = writer.known

    def skipped():
        s.skipped += 1
        if progress is not None:
            progress.skip()

    fresh = unseen(items, known, skipped)

    def fail(name, reason):
        s.failed += 1
        s.errors.append((name, reason))
        if on_error:
            on_error(name, reason)

    buffer: list[dict] = []
    results = tag_corpus(fresh, one_sentence_per_line=one_sentence_per_line, headline=headline, jobs=jobs,
                         dask=dask, max_articles=batch_size, render=tagged_rows, report=report)
    try:
        for name, rows in results:
            if progress is not None:
                progress.update(1, failed=isinstance(rows, BaseException))
            if isinstance(rows, BaseException):
                fail(name, _reason(name, rows))
                continue
            extra = extras.get(name) or {}
            outlet, date = article_meta(name, rows, extra, date_field=date_field, outlet_field=outlet_field)
            url = next((extra.get(f) for f in url_fields if extra.get(f)), None)
            buffer.append(with_meta(rows, name, {"outlet": outlet, "date": date, "url": url}))
            if len(buffer) >= CHUNK:
                writer.write(buffer)
                buffer = []
    finally:
        results.close()
    writer.write(buffer)
    return writer.finish()


def query(path: str | os.PathLike, sql: str, *, wait: float | None = None):
    """One SQL query over the store (read-only) as a pandas DataFrame; a bad query is an InputError."""
    import duckdb

    with open(path, wait=wait) as con:
        try:
            return con.sql(sql).df()
        except duckdb.Error as exc:
            raise InputError("query", str(exc).splitlines()[0]) from None


def load_dataset(path: str | os.PathLike, dataset: str | os.PathLike, *, wait: float | None = None,
                 seen: _dt.datetime | None = None) -> AddSummary:
    """Add a Parquet claims dataset (``newslib tag --format parquet --out DIR``: ``DIR/<table>/part-*.parquet``
    and ``DIR/_newslib.json``) to the store, in one transaction; articles already stored are skipped."""
    import json

    import duckdb

    root = Path(dataset)
    meta_path = root / "_newslib.json"
    if not meta_path.is_file():
        raise InputError(root, "not a newslib Parquet dataset (no _newslib.json)")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(meta_path, f"cannot be read ({exc})") from None
    if meta.get("schema_version") != 1:
        raise InputError(root, f"dataset schema version {meta.get('schema_version')} is not one this newslib "
                               "reads (1)")

    def table(name: str, sql: str):
        parts = sorted((root / name).glob("part-*.parquet"))
        if not parts:
            return None
        files = "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in parts) + "]"
        return mem.sql(sql.replace("{t}", f"read_parquet({files}, union_by_name = true)")).df()

    with duckdb.connect() as mem:
        try:
            frames = {
                "articles": table("articles", """
                    SELECT article_id, input, NULL AS url, input AS key, title, outlet, date AS date_text,
                           n_chars, n_sentences, n_attributions, warnings FROM {t}"""),
                "sentences": table("sentences", "SELECT * FROM {t}"),
                "attributions": table("attributions", "SELECT * FROM {t}"),
                "hedges": table("hedges", "SELECT * FROM {t}"),
                "gaps": table("gaps", "SELECT * FROM {t}"),
                "actors": table("actors", "SELECT article_id, name, type, mentions, as_source FROM {t}"),
                "headlines": table("articles", """
                    SELECT article_id, headline_related AS related, headline_stance AS stance,
                           headline_score AS score, NULL AS evidence FROM {t} WHERE headline_stance IS NOT NULL"""),
            }  # the dataset keeps no headline evidence
        except duckdb.Error as exc:
            raise InputError(root, f"cannot be read as a newslib dataset ({str(exc).splitlines()[0]})") from None
    if frames["articles"] is None:
        raise InputError(root, "dataset holds no articles")
    frames = {t: (f if f is not None else _frame(t, [])) for t, f in frames.items()}
    a, s = frames["articles"], frames["sentences"]
    # outlet and date from a file name like outlet_YYYY-MM-DD_slug.txt where the records had none, as for tag
    from ..analysis import _POLNEAR_NAME
    from .rows import parse_date

    named = a["input"].map(lambda n: _POLNEAR_NAME.match(Path(str(n).split("#")[0]).name))
    a["outlet"] = a["outlet"].where(a["outlet"].notna(), named.map(lambda m: m.group("outlet") if m else None))
    a["date_text"] = a["date_text"].where(a["date_text"].notna(), named.map(lambda m: m.group("date") if m else None))
    a["date"] = a["date_text"].map(parse_date)
    for t, col in (("hedges", "n_hedges"), ("gaps", "n_gaps")):
        counts = frames[t].groupby("article_id").size()
        a[col] = a["article_id"].map(counts).fillna(0).astype(int)
    if len(s):
        unc = s.set_index(["article_id", "sentence"])["uncertain"]
        at = frames["attributions"]
        at["uncertain"] = [unc.get((i, n)) for i, n in zip(at["article_id"], at["sentence"])]
    writer = StoreWriter(path, inputs=str(root), wait=wait, seen=seen)
    writer.write_frames(frames)
    return writer.finish()


def info(path: str | os.PathLike, *, wait: float | None = None) -> dict:
    """What the store holds: schema version, row counts, date range, outlets (articles each), runs."""
    with open(path, wait=wait) as con:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in schema.ARTICLE_TABLES}
        latest = con.execute("SELECT count(*), min(date), max(date), min(first_seen), max(first_seen), "
                             "count(*) FILTER (WHERE date IS NULL) FROM latest_articles").fetchall()[0]
        outlets = con.execute("SELECT coalesce(outlet, '(unknown)') AS o, count(*) FROM latest_articles "
                              "GROUP BY o ORDER BY count(*) DESC, o").fetchall()
        runs = con.execute("SELECT count(*), max(started) FROM runs").fetchall()[0]
        errors = con.execute("SELECT count(*) FROM errors").fetchall()[0][0]
        return {"store": str(path), "schema_version": schema_version(con), "counts": counts,
                "articles_latest": latest[0], "first_date": latest[1], "last_date": latest[2],
                "first_seen": latest[3], "last_seen": latest[4], "undated": latest[5],
                "outlets": dict(outlets), "runs": runs[0], "last_run": runs[1], "errors": errors}


def info_text(d: dict) -> str:
    """:func:`info` as lines for a terminal."""
    c = d["counts"]
    iso = lambda v: v.isoformat() if v is not None else "—"  # noqa: E731
    lines = [f"store            {d['store']} (schema version {d['schema_version']})",
             f"articles         {c['articles']:,} texts, {d['articles_latest']:,} articles in their latest version",
             *(f"{t:<16} {c[t]:,}" for t in schema.ARTICLE_TABLES[1:]),
             f"dates            {iso(d['first_date'])} to {iso(d['last_date'])}"
             + (f" ({d['undated']:,} without a date)" if d["undated"] else ""),
             f"first seen       {iso(d['first_seen'])} to {iso(d['last_seen'])}",
             f"runs             {d['runs']:,}" + (f", last {iso(d['last_run'])}" if d["last_run"] else "")
             + (f"; {d['errors']:,} inputs failed" if d["errors"] else ""),
             f"outlets          {len(d['outlets'])}"]
    lines += [f"  {n:>8,}  {o}" for o, n in d["outlets"].items()]
    return "\n".join(lines)
