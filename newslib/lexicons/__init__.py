"""Lexicons are data: TSV files in this folder, loaded once.

Each file starts with ``#`` comment lines saying where its entries came from, then a header line naming the
columns, then one entry a line. Adding an entry is a one-line data change.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..errors import DataError


@lru_cache(maxsize=None)
def load(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``newslib/lexicons/<name>.tsv`` as dicts keyed by the header's column names."""
    fname = f"{name}.tsv"
    try:
        raw = resources.files(__package__).joinpath(fname).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(fname, "no such lexicon in newslib/lexicons") from None
    header: list[str] | None = None
    rows = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if len(cells) > len(header):
            raise DataError(f"{fname}:{lineno}", f"{len(cells)} columns, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append({k: v.strip() for k, v in zip(header, cells)})
    if header is None:
        raise DataError(fname, "no header line")
    return tuple(rows)


def column(name: str, col: str) -> tuple[str, ...]:
    """One column of a lexicon, in file order."""
    return tuple(row[col] for row in load(name) if row.get(col))
