"""A tagged article as rows of the store's tables (:mod:`newslib.store.schema`).

Rows are the Parquet dataset's (one flattening of a tagged article, :mod:`newslib.parquet.tables`, built
from its JSON), so the store says exactly what ``newslib tag --format json`` and ``--format parquet`` say,
plus its reading metadata (outlet, date, url).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from ..parquet.tables import article_id, article_rows as dataset_rows  # noqa: F401 - article_id re-exported


def parse_date(value) -> _dt.date | None:
    """A date from what a record or a file name holds (``2016-11-03``, ``2016-11-03T08:00:00Z``, ``Nov 3,
    2016`` ...), else None."""
    if value in (None, ""):
        return None
    import pandas as pd

    try:
        ts = pd.to_datetime(str(value), errors="coerce", utc=True)
    except (ValueError, TypeError, OverflowError):
        return None
    if ts is None or pd.isna(ts):
        return None
    return ts.date()


@dataclass(frozen=True)
class TaggedRows:
    """A tagged article's rows in each article table of the store, but for what only the process that read
    the inputs knows: the input's name and the outlet, date and url of its record (:func:`with_meta` adds
    them). ``source`` and ``date`` are the article's own (as :func:`newslib.analysis.article_meta` reads
    them). Made where the article was tagged (:func:`tagged_rows`): with worker processes, this is what
    crosses back, far smaller than the tagged article with its tokens."""

    tables: dict
    source: str | None
    date: str | None


def tagged_rows(tagged) -> TaggedRows:
    """The store rows of one tagged article (see :class:`TaggedRows`).

    The flattening is the Parquet dataset's (:func:`newslib.parquet.tables.article_rows`); the store adds
    hedge and gap counts, each attribution's ``uncertain``, and keeps the headline check (with its evidence)
    in a table of its own."""
    rows = dataset_rows("", tagged)
    art = rows["articles"][0]
    sents = rows["sentences"]
    uncertain = {s["sentence"]: s["uncertain"] for s in sents}
    head = tagged.headline
    tables = {
        "articles": [{**{k: v for k, v in art.items() if not k.startswith("headline_")},
                      "n_hedges": len(rows["hedges"]), "n_gaps": len(rows["gaps"])}],
        "sentences": sents,
        "attributions": [{**a, "uncertain": uncertain.get(a["sentence"])} for a in rows["attributions"]],
        "hedges": rows["hedges"], "gaps": rows["gaps"],
        "actors": [{k: v for k, v in a.items() if not k.startswith("mention_")} for a in rows["actors"]],
        "headlines": [{"article_id": art["article_id"], "related": art["headline_related"],
                       "stance": art["headline_stance"], "score": art["headline_score"],
                       "evidence": " … ".join(e.text for e in head.evidence)}] if head is not None else [],
    }
    return TaggedRows(tables, tagged.article.source, tagged.article.date)


def with_meta(rows: TaggedRows, name: str, meta: dict) -> dict[str, list[dict]]:
    """The rows of :func:`tagged_rows` with the input's ``name`` and reading metadata: ``meta`` holds
    ``outlet``, ``date`` (as written) and ``url`` (each may be None). The url (else the name) is the key
    whose changed texts are versions of one article."""
    out = dict(rows.tables)
    out["articles"] = [{**a, "input": name, "url": meta.get("url"), "key": meta.get("url") or name,
                        "outlet": meta.get("outlet"), "date": parse_date(meta.get("date")),
                        "date_text": meta.get("date")} for a in rows.tables["articles"]]
    return out


def article_rows(name: str, tagged, meta: dict) -> dict[str, list[dict]]:
    """The rows of one tagged article in each article table of the store (:func:`tagged_rows`, then
    :func:`with_meta`)."""
    return with_meta(tagged_rows(tagged), name, meta)
