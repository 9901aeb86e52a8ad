"""The Parquet claims dataset's schema: one table per kind of record, every tag with its character offsets.

A dataset is a directory ``DIR`` holding ``DIR/<table>/part-*.parquet`` for each table below and
``DIR/_newslib.json`` (schema version, newslib version, tagging options). Every row of every table but
``errors`` carries ``article_id``, which joins it to ``articles``. Offsets (``start``, ``end``, ``*_start``,
``*_end``) index the article's text as newslib read it (a file: ``open(path, encoding="utf-8").read()``; a
record: its title, a newline, its text), so ``text[start:end]`` is the span's text, as in the JSON output.

Bump :data:`SCHEMA_VERSION` on any change to a column's name, type or meaning; readers check it
(:func:`newslib.parquet.store.open_dataset` refuses to append to a dataset of another version).
"""
from __future__ import annotations

import pyarrow as pa

#: Version of the tables' layout (column names, types, meanings). Also in each file's key-value metadata.
SCHEMA_VERSION = 1

_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()

#: (column, type, meaning) for each table, in column order.
TABLES: dict[str, list[tuple[str, pa.DataType, str]]] = {
    "articles": [
        ("article_id", _S, "first 16 hex digits of the SHA-256 of the article's text (UTF-8): the same text, the same id"),
        ("input", _S, "where it came from: the file's path, or FILE#N for record N of a JSONL/CSV/Parquet file"),
        ("title", _S, "the title line, null when the article has none"),
        ("outlet", _S, "the record's source/outlet/publisher field, null for a plain file"),
        ("date", _S, "the record's date field as written, null for a plain file"),
        ("n_chars", _I, "length of the text in characters"),
        ("n_sentences", _I, "number of sentences (the title counts as one)"),
        ("n_attributions", _I, "number of attributions"),
        ("headline_related", _B, "headline check: is the title related to the body (null: no title or no check)"),
        ("headline_stance", _S, "agree, disagree, discuss or unrelated (null: no check)"),
        ("headline_score", _F, "1 - the model's probability that title and body are unrelated (null: no check)"),
        ("warnings", _S, "how the text was read when it was not plain UTF-8, '; '-joined (null: none)"),
    ],
    "sentences": [
        ("article_id", _S, "the article"),
        ("sentence", _I, "the sentence's index in the article, from 0"),
        ("start", _I, "offset of its first character"),
        ("end", _I, "offset after its last character"),
        ("text", _S, "the sentence"),
        ("title", _B, "is it the title line"),
        ("kind", _S, "claim kind: statement, proposal, demand, rejection, speculation, gap, assertion, accusation, legal"),
        ("uncertain", _B, "holds a hedge of strength >= 0.2 or an unknown gap"),
        ("certainty", _F, "0-1, 1 = stated as fact"),
        ("n_hedges", _I, "hedges and boosters in it"),
        ("n_gaps", _I, "gaps in it"),
    ],
    "attributions": [
        ("article_id", _S, "the article"),
        ("attribution", _I, "the attribution's index in the article, from 0"),
        ("sentence", _I, "the cue's sentence"),
        ("kind", _S, "claim kind of the attribution"),
        ("quote", _S, "direct, indirect or mixed"),
        ("certainty", _F, "certainty of the cue's sentence"),
        ("source", _S, "who: the source's text (null: no source found)"),
        ("source_start", _I, ""),
        ("source_end", _I, ""),
        ("source_kind", _S, "person, organization, country, group, anonymous or pronoun"),
        ("actor", _S, "the normalized actor the source names (null: none)"),
        ("cue", _S, "the cue's text (said, according to ...)"),
        ("cue_start", _I, ""),
        ("cue_end", _I, ""),
        ("content", _S, "what is attributed (null: none found); a split quote runs from its first to last piece"),
        ("content_start", _I, ""),
        ("content_end", _I, ""),
    ],
    "hedges": [
        ("article_id", _S, "the article"),
        ("sentence", _I, "the sentence holding it"),
        ("start", _I, ""),
        ("end", _I, ""),
        ("text", _S, "the hedge or booster as written"),
        ("kind", _S, "hedge or booster"),
        ("type", _S, "modal, verb, adverb, adjective, conditional, phrase ..."),
        ("strength", _F, "how much it moves certainty (0-1)"),
    ],
    "gaps": [
        ("article_id", _S, "the article"),
        ("sentence", _I, "the sentence holding it"),
        ("start", _I, ""),
        ("end", _I, ""),
        ("text", _S, "the gap phrase (is not yet clear, declined to comment ...)"),
        ("kind", _S, "unknown, unstated, withheld or unreachable"),
        ("about", _S, "what is not known, where the sentence shows it (null: not shown)"),
        ("about_start", _I, ""),
        ("about_end", _I, ""),
    ],
    "actors": [
        ("article_id", _S, "the article"),
        ("name", _S, "the normalized actor"),
        ("type", _S, "person, organization, country or group"),
        ("mentions", _I, "how many times the article names it"),
        ("as_source", _I, "attributions whose source is this actor"),
        ("mention_starts", pa.list_(_I), "offset of each mention's first character"),
        ("mention_ends", pa.list_(_I), "offset after each mention's last character"),
    ],
    "errors": [
        ("input", _S, "the input that could not be read or tagged (a path, FILE#N, a glob or a directory)"),
        ("reason", _S, "why, as on stderr"),
        ("run", _S, "UTC time the run started (ISO 8601): a rerun retries failed inputs and adds rows"),
    ],
}

TABLE_NAMES = tuple(TABLES)


def schema(table: str) -> pa.Schema:
    """The Arrow schema of one table, with the schema version in its metadata."""
    fields = [pa.field(name, typ, nullable=True, metadata={"description": doc} if doc else None)
              for name, typ, doc in TABLES[table]]
    return pa.schema(fields, metadata={"newslib.schema_version": str(SCHEMA_VERSION), "newslib.table": table})


def columns(table: str) -> list[str]:
    return [name for name, _, _ in TABLES[table]]


def markdown() -> str:
    """The schema as Markdown tables (what the README shows)."""
    lines = []
    for table, cols in TABLES.items():
        lines.append(f"`{table}`: " + ", ".join(f"`{name}`" for name, _, _ in cols))
    return "\n".join(lines)
