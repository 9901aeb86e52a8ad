"""A claims dataset on disk: one directory per table, one part file per batch, each written atomically.

Layout of ``DIR``::

    _newslib.json                 schema version, newslib version, tagging options
    articles/part-<run>-<n>.parquet
    sentences/part-<run>-<n>.parquet   ... one directory per table of newslib.parquet.schema

A batch's part files are written to hidden temporary names (``.part-*.tmp``, which Spark, DuckDB, pandas
and pyarrow all pass over) and renamed into place, the ``articles`` part last: an ``articles`` part is the
batch's commit mark. Opening a dataset again removes the parts of a batch that a killed run left without its
``articles`` part and the temporary files, then reads the ids in ``articles``: a rerun skips those articles,
so a killed run resumes where it stopped and a nightly run over a growing folder adds only what is new.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import secrets
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import InputError
from .schema import SCHEMA_VERSION, TABLE_NAMES, columns, schema

META = "_newslib.json"


def _parts(table_dir: Path) -> list[Path]:
    return sorted(p for p in table_dir.glob("part-*.parquet") if p.is_file())


class DatasetWriter:
    """Append batches to the dataset in ``out`` (created when missing), checking that it is one of ours with
    the same schema version and tagging ``options`` (a dict of plain values)."""

    def __init__(self, out: str | os.PathLike, options: dict):
        from .. import __version__

        self.root = Path(out)
        self.options = dict(options)
        if self.root.exists() and not self.root.is_dir():
            raise InputError(self.root, "--out must be a directory (it exists and is a file)")
        meta_path = self.root / META
        if meta_path.exists():
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise InputError(meta_path, f"cannot be read as a newslib dataset's description ({exc})") from None
            if meta.get("schema_version") != SCHEMA_VERSION:
                raise InputError(self.root, f"dataset has schema version {meta.get('schema_version')}, this newslib "
                                            f"writes {SCHEMA_VERSION}: write to a new directory")
            if meta.get("options") != self.options:
                raise InputError(self.root, f"dataset was tagged with options {meta.get('options')}, this run asks "
                                            f"for {self.options}: write to a new directory")
        elif self.root.is_dir() and any(not p.name.startswith(".") for p in self.root.iterdir()):
            raise InputError(self.root, "directory is not empty and holds no newslib dataset (no _newslib.json)")
        for table in TABLE_NAMES:
            (self.root / table).mkdir(parents=True, exist_ok=True)
        if not meta_path.exists():
            tmp = self.root / f".{META}.tmp"
            tmp.write_text(json.dumps({"schema_version": SCHEMA_VERSION, "newslib": __version__,
                                       "tables": list(TABLE_NAMES), "options": self.options}, indent=2) + "\n",
                           encoding="utf-8")
            os.replace(tmp, meta_path)
        self.removed = self._clean()
        self.known: set[str] = set(read_ids(self.root))
        now = _dt.datetime.now(_dt.timezone.utc)
        self.run = now.strftime("%Y-%m-%dT%H:%M:%SZ")
        self._stem = now.strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)
        self._seq = 0

    def _clean(self) -> int:
        """Remove temporary files, and parts whose batch has no ``articles`` part (a killed run's)."""
        committed = {p.name for p in _parts(self.root / "articles")}
        removed = 0
        for table in TABLE_NAMES:
            for p in (self.root / table).iterdir():
                orphan = table != "articles" and p.name.startswith("part-") and p.name not in committed
                if (p.name.startswith(".part-") and p.name.endswith(".tmp")) or orphan:
                    p.unlink()
                    removed += 1
        return removed

    def write(self, tables: dict[str, pa.Table]) -> str:
        """Write one batch's tables as one part file each, atomically, ``articles`` last; returns the part's name."""
        self._seq += 1
        name = f"part-{self._stem}-{self._seq:06d}.parquet"
        meta = {b"newslib.run": self.run.encode()}
        for table in sorted(TABLE_NAMES, key=lambda t: t == "articles"):
            data = tables[table]
            data = data.replace_schema_metadata({**(data.schema.metadata or {}), **meta})
            tmp = self.root / table / f".{name}.tmp"
            pq.write_table(data, tmp)
            os.replace(tmp, self.root / table / name)
        self.known.update(tables["articles"].column("article_id").to_pylist())
        return name


def read_ids(root: str | os.PathLike) -> list[str]:
    """The ``article_id`` of every article in the dataset (committed parts only)."""
    ids: list[str] = []
    for p in _parts(Path(root) / "articles"):
        ids.extend(pq.read_table(p, columns=["article_id"]).column("article_id").to_pylist())
    return ids


def is_dataset(path: str | os.PathLike) -> bool:
    return (Path(path) / META).is_file()


def read_table(root: str | os.PathLike, table: str, columns_: list[str] | None = None):
    """One table of the dataset as a pandas DataFrame (committed parts only; empty with its columns when the
    dataset has no rows)."""
    root = Path(root)
    if not is_dataset(root):
        raise InputError(root, f"not a newslib dataset (no {META})")
    if table not in TABLE_NAMES:
        raise InputError(root, f"no table {table!r} (tables: {', '.join(TABLE_NAMES)})")
    committed = {p.name for p in _parts(root / "articles")}
    parts = [p for p in _parts(root / table) if p.name in committed]
    want = columns_ or columns(table)
    if not parts:
        return schema(table).empty_table().select(want).to_pandas()
    import pyarrow.dataset as ds

    return ds.dataset([str(p) for p in parts], schema=schema(table), format="parquet").to_table(columns=want).to_pandas()
