"""Tagged articles → Arrow tables of the claims dataset (:mod:`newslib.parquet.schema`), one set per batch.

Rows are built from each article's JSON (``TaggedArticle.to_dict()``, the CLI's contract) and its reading
metadata, so the dataset says exactly what ``newslib tag --format json`` says.
"""
from __future__ import annotations

import hashlib
from typing import Callable, Iterable

import pyarrow as pa

from ..errors import InputError, NewslibError
from .schema import TABLE_NAMES, TABLES, schema


def article_id(text: str) -> str:
    """The article's stable id: the first 16 hex digits of the SHA-256 of its text in UTF-8."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def unseen(items, known: set[str], skipped: Callable[[], None]):
    """The ``(name, item)`` pairs whose article text is not in ``known`` (ids from :func:`article_id`), adding
    each new id to it, so that a rerun and a repeat within a run are both skipped; ``skipped()`` counts each
    one left out. Errors (non-articles) always pass, so that they are reported again."""
    from ..article import Article

    for name, item in items:
        if isinstance(item, Article):
            aid = article_id(item.text)
            if aid in known:
                skipped()
                continue
            known.add(aid)
        yield name, item


def error_reason(name: str, exc: BaseException) -> str:
    """What went wrong with input ``name``, as the CLI reports it (``newslib: <name>: <reason>``)."""
    if isinstance(exc, InputError) and exc.source == name:
        return exc.reason
    if isinstance(exc, NewslibError):
        return str(exc)
    detail = str(exc)
    detail = detail if len(detail) <= 300 else detail[:300] + "..."
    if isinstance(exc, RecursionError):
        return "input too deeply nested to process"
    if isinstance(exc, MemoryError):
        return "out of memory while processing this input"
    return f"internal error ({type(exc).__name__}: {detail}); please report it (NEWSLIB_DEBUG=1 shows the traceback)"


def _span_cols(row: dict, prefix: str, span: dict | None) -> None:
    row[prefix] = span["text"] if span else None
    row[prefix + "_start"] = span["start"] if span else None
    row[prefix + "_end"] = span["end"] if span else None


def article_rows(name: str, tagged) -> dict[str, list[dict]]:
    """The rows of one tagged article in each table but ``errors``."""
    art = tagged.article
    aid = article_id(art.text)
    d = tagged.to_dict()
    head = d.get("headline")
    out: dict[str, list[dict]] = {t: [] for t in TABLE_NAMES if t != "errors"}
    out["articles"].append({
        "article_id": aid, "input": name, "title": d["title"], "outlet": art.source, "date": art.date,
        "n_chars": len(art.text), "n_sentences": len(d["sentences"]), "n_attributions": len(d["attributions"]),
        "headline_related": head["related"] if head else None, "headline_stance": head["stance"] if head else None,
        "headline_score": head["score"] if head else None,
        "warnings": "; ".join(d["warnings"]) if d.get("warnings") else None})
    certainty = {}
    for s in d["sentences"]:
        certainty[s["index"]] = s["certainty"]
        out["sentences"].append({
            "article_id": aid, "sentence": s["index"], "start": s["start"], "end": s["end"], "text": s["text"],
            "title": s["title"], "kind": s["kind"], "uncertain": s["uncertain"], "certainty": s["certainty"],
            "n_hedges": len(s["hedges"]), "n_gaps": len(s["gaps"])})
        for h in s["hedges"]:
            out["hedges"].append({"article_id": aid, "sentence": s["index"], "start": h["start"], "end": h["end"],
                                  "text": h["text"], "kind": h["kind"], "type": h["type"],
                                  "strength": h["strength"]})
        for g in s["gaps"]:
            row = {"article_id": aid, "sentence": s["index"], "start": g["start"], "end": g["end"],
                   "text": g["text"], "kind": g["kind"]}
            _span_cols(row, "about", g["about"])
            out["gaps"].append(row)
    as_source: dict[str, int] = {}
    for i, a in enumerate(d["attributions"]):
        src = a["source"]
        row = {"article_id": aid, "attribution": i, "sentence": a["sentence"], "kind": a["kind"],
               "quote": a.get("quote"), "certainty": certainty.get(a["sentence"])}
        _span_cols(row, "source", src)
        row["source_kind"] = src["kind"] if src else None
        row["actor"] = src["actor"] if src else None
        if src and src["actor"]:
            as_source[src["actor"]] = as_source.get(src["actor"], 0) + 1
        _span_cols(row, "cue", a["cue"])
        _span_cols(row, "content", a["content"])
        out["attributions"].append(row)
    for a in d["actors"]:
        out["actors"].append({"article_id": aid, "name": a["name"], "type": a["type"],
                              "mentions": len(a["mentions"]), "as_source": as_source.get(a["name"], 0),
                              "mention_starts": [m["start"] for m in a["mentions"]],
                              "mention_ends": [m["end"] for m in a["mentions"]]})
    return out


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts keyed by the schema's columns) as an Arrow table of the schema's types, even when empty."""
    cols = [c for c, _, _ in TABLES[name]]
    return pa.Table.from_pydict({c: [r.get(c) for r in rows] for c in cols}, schema=schema(name))


def batch_tables(results: Iterable[tuple[str, object]], run: str) -> dict[str, pa.Table]:
    """All tables for one batch of ``(name, TaggedArticle | exception)`` results (errors → ``errors``).

    An article whose rows cannot be built (a bug) becomes an error row instead, so it costs only itself."""
    rows: dict[str, list[dict]] = {t: [] for t in TABLE_NAMES}
    for name, result in results:
        if not isinstance(result, BaseException):
            try:
                for table, more in article_rows(name, result).items():
                    rows[table].extend(more)
                continue
            except Exception as exc:  # noqa: BLE001 - reported in its place
                result = exc
        rows["errors"].append({"input": name, "reason": error_reason(name, result), "run": run})
    return {t: to_table(t, r) for t, r in rows.items()}
