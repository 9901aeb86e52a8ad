"""The claims store's schema: its tables, its views, and the migrations that bring an older store up to date.

Every table but ``runs``, ``errors`` and ``schema_version`` is keyed by ``article_id``, the first 16 hex
digits of the SHA-256 of the article's text: the same text is stored once, however often and under whatever
name it comes in. Offsets (``start``, ``"end"``, ``*_start``, ``*_end``) index the article's text as newslib
read it, as in ``newslib tag``'s JSON (``end`` is an SQL keyword: write ``"end"``).

A store records the migrations applied to it in ``schema_version``. :data:`MIGRATIONS` lists, for each
version, the statements that bring a store of the version before up to it; :func:`newslib.store.open` applies
the missing ones in one transaction, then recreates the views (:data:`VIEWS`). A change to a table (a new
column, a new table) is a new entry here, never an edit of an old one, so that a store written today opens
with every later newslib.
"""
from __future__ import annotations

#: (table, [(column, SQL type, meaning)]) of schema version 1, in column order.
TABLES: dict[str, list[tuple[str, str, str]]] = {
    "articles": [
        ("article_id", "VARCHAR PRIMARY KEY", "first 16 hex digits of the SHA-256 of the text (UTF-8)"),
        ("input", "VARCHAR", "where it was first read: a path, or FILE#N for record N of a JSONL/CSV file"),
        ("url", "VARCHAR", "the record's url (or link) field; null for a plain file"),
        ("key", "VARCHAR", "what makes two texts versions of one article: the url, else the input"),
        ("version", "INTEGER", "1 for the first text seen under this key, 2 for the next changed text ..."),
        ("title", "VARCHAR", "the title line (null: none)"),
        ("outlet", "VARCHAR", "the record's source/outlet field, else a PolNeAR-style file name's publisher"),
        ("date", "DATE", "publication date from the record or the file name (null: none or unreadable)"),
        ("date_text", "VARCHAR", "that date as written"),
        ("first_seen", "TIMESTAMP", "UTC time of the run that stored this text first"),
        ("run_id", "VARCHAR", "that run (see runs)"),
        ("n_chars", "INTEGER", "length of the text in characters"),
        ("n_sentences", "INTEGER", "sentences (the title counts as one)"),
        ("n_attributions", "INTEGER", "attributions"),
        ("n_hedges", "INTEGER", "hedges and boosters"),
        ("n_gaps", "INTEGER", "admitted information gaps"),
        ("warnings", "VARCHAR", "how the text was read when it was not plain UTF-8, '; '-joined"),
    ],
    "sentences": [
        ("article_id", "VARCHAR", "the article"),
        ("sentence", "INTEGER", "index in the article, from 0"),
        ("start", "INTEGER", "offset of its first character"),
        ("end", "INTEGER", "offset after its last character"),
        ("text", "VARCHAR", "the sentence"),
        ("title", "BOOLEAN", "is it the title line"),
        ("kind", "VARCHAR", "claim kind: statement, proposal, demand, rejection, speculation, gap, assertion, accusation, legal"),
        ("uncertain", "BOOLEAN", "holds a hedge of strength >= 0.2 or an unknown gap"),
        ("certainty", "DOUBLE", "0-1, 1 = stated as fact"),
        ("n_hedges", "INTEGER", "hedges and boosters in it"),
        ("n_gaps", "INTEGER", "gaps in it"),
    ],
    "attributions": [
        ("article_id", "VARCHAR", "the article"),
        ("attribution", "INTEGER", "index in the article, from 0"),
        ("sentence", "INTEGER", "the cue's sentence"),
        ("kind", "VARCHAR", "claim kind of the attribution"),
        ("quote", "VARCHAR", "direct, indirect or mixed"),
        ("certainty", "DOUBLE", "certainty of the cue's sentence"),
        ("uncertain", "BOOLEAN", "is the cue's sentence uncertain"),
        ("source", "VARCHAR", "who, as written (null: no source found)"),
        ("source_start", "INTEGER", ""),
        ("source_end", "INTEGER", ""),
        ("source_kind", "VARCHAR", "person, organization, country, group, anonymous, pronoun or document"),
        ("actor", "VARCHAR", "the normalized actor the source names (null: none)"),
        ("cue", "VARCHAR", "said, according to ..."),
        ("cue_start", "INTEGER", ""),
        ("cue_end", "INTEGER", ""),
        ("content", "VARCHAR", "what is attributed (null: none found)"),
        ("content_start", "INTEGER", ""),
        ("content_end", "INTEGER", ""),
    ],
    "hedges": [
        ("article_id", "VARCHAR", "the article"),
        ("sentence", "INTEGER", "the sentence holding it"),
        ("start", "INTEGER", ""),
        ("end", "INTEGER", ""),
        ("text", "VARCHAR", "the hedge or booster as written"),
        ("kind", "VARCHAR", "hedge or booster"),
        ("type", "VARCHAR", "modal, verb, adverb, adjective, conditional, phrase ..."),
        ("strength", "DOUBLE", "how much it moves certainty (0-1)"),
    ],
    "gaps": [
        ("article_id", "VARCHAR", "the article"),
        ("sentence", "INTEGER", "the sentence holding it"),
        ("start", "INTEGER", ""),
        ("end", "INTEGER", ""),
        ("text", "VARCHAR", "the gap phrase (is not yet clear, declined to comment ...)"),
        ("kind", "VARCHAR", "unknown, unstated, withheld or unreachable"),
        ("about", "VARCHAR", "what is not known, where the sentence shows it (null: not shown)"),
        ("about_start", "INTEGER", ""),
        ("about_end", "INTEGER", ""),
    ],
    "actors": [
        ("article_id", "VARCHAR", "the article"),
        ("name", "VARCHAR", "the normalized actor"),
        ("type", "VARCHAR", "person, organization, country or group"),
        ("mentions", "INTEGER", "how many times the article names it"),
        ("as_source", "INTEGER", "attributions whose source is this actor"),
    ],
    "headlines": [
        ("article_id", "VARCHAR", "the article (articles without a title or a check have no row)"),
        ("related", "BOOLEAN", "is the title related to the body"),
        ("stance", "VARCHAR", "agree, disagree, discuss or unrelated"),
        ("score", "DOUBLE", "1 - the model's probability that title and body are unrelated"),
        ("evidence", "VARCHAR", "the body sentences that decide it, ' … '-joined"),
    ],
    "runs": [
        ("run_id", "VARCHAR", "UTC start time and a random suffix"),
        ("started", "TIMESTAMP", "UTC"),
        ("finished", "TIMESTAMP", "UTC; null while running or when the run was killed"),
        ("inputs", "VARCHAR", "what the run was given, '; '-joined"),
        ("added", "INTEGER", "articles stored"),
        ("skipped", "INTEGER", "articles already in the store"),
        ("failed", "INTEGER", "inputs that could not be read or tagged (see errors)"),
        ("newslib", "VARCHAR", "newslib's version"),
    ],
    "errors": [
        ("run_id", "VARCHAR", "the run"),
        ("input", "VARCHAR", "the input that could not be read or tagged"),
        ("reason", "VARCHAR", "why, as on stderr"),
    ],
}

#: Tables that hold rows of a tagged article (all keyed by article_id), in the order a batch writes them.
ARTICLE_TABLES = ("articles", "sentences", "attributions", "hedges", "gaps", "actors", "headlines")


def _create(table: str) -> str:
    cols = ", ".join(f'"{name}" {typ}' for name, typ, _ in TABLES[table])
    return f"CREATE TABLE {table} ({cols})"


def columns(table: str) -> list[str]:
    return [name for name, _, _ in TABLES[table]]


#: Statements that bring a store from version N-1 to N, for each N. Append, never edit.
MIGRATIONS: dict[int, list[str]] = {
    1: [_create(t) for t in TABLES] + [
        "CREATE INDEX articles_key ON articles (key)",
        "CREATE TABLE store_views (hash VARCHAR)",  # which definitions of VIEWS the store holds
    ],
}

SCHEMA_VERSION = max(MIGRATIONS)

#: The documented views: name -> (meaning, SQL). Recreated on every migration, so they may change freely.
VIEWS: dict[str, tuple[str, str]] = {
    "latest_articles": (
        "the newest version of each article (one row a key), with day = its date, else the day first seen",
        """SELECT a.*, coalesce(a.date, CAST(a.first_seen AS DATE)) AS day
           FROM articles a
           QUALIFY row_number() OVER (PARTITION BY a.key ORDER BY a.version DESC) = 1"""),
    "claims": (
        "one row an attribution of a latest article: day, outlet, title, url, who (actor, else the source's "
        "words, else '(no source)'), source_kind, cue, content, kind, quote, certainty, uncertain, article_id, "
        "sentence (join sentences USING (article_id, sentence) for its text), and the offsets of source, cue "
        "and content",
        """SELECT a.day, a.date, a.outlet, a.title, a.url, a.first_seen,
                  coalesce(t.actor, t.source, '(no source)') AS who, t.actor, t.source, t.source_kind,
                  t.cue, t.content, t.kind, t.quote, t.certainty, t.uncertain,
                  t.article_id, t.attribution, t.sentence, t.source_start, t.source_end, t.cue_start, t.cue_end,
                  t.content_start, t.content_end
           FROM attributions t
           JOIN latest_articles a USING (article_id)"""),
    "headline_checks": (
        "the headline check of each latest article: day, outlet, title, url, related, stance, score, evidence",
        """SELECT a.day, a.outlet, a.title, a.url, h.related, h.stance, h.score, h.evidence, a.article_id
           FROM headlines h JOIN latest_articles a USING (article_id)"""),
    "admitted_gaps": (
        "one row an admitted information gap of a latest article: day, outlet, title, gap, kind, about, the "
        "sentence's text",
        """SELECT a.day, a.outlet, a.title, g.text AS gap, g.kind, g.about, s.text AS sentence_text,
                  g.article_id, g.sentence
           FROM gaps g JOIN latest_articles a USING (article_id)
           LEFT JOIN sentences s ON s.article_id = g.article_id AND s.sentence = g.sentence"""),
    "article_certainty": (
        "one row a latest article: day, outlet, title, body sentences, uncertain sentences, mean certainty, "
        "gaps, attributions",
        """SELECT a.day, a.outlet, a.title, a.article_id,
                  count(s.sentence) FILTER (WHERE NOT s.title) AS sentences,
                  count(s.sentence) FILTER (WHERE NOT s.title AND s.uncertain) AS uncertain_sentences,
                  avg(s.certainty) FILTER (WHERE NOT s.title) AS mean_certainty,
                  any_value(a.n_gaps) AS gaps, any_value(a.n_attributions) AS attributions
           FROM latest_articles a LEFT JOIN sentences s USING (article_id)
           GROUP BY a.day, a.outlet, a.title, a.article_id"""),
}


def views_hash() -> str:
    """A fingerprint of :data:`VIEWS`: a store whose views were made from other definitions gets them anew."""
    import hashlib

    return hashlib.sha256(repr(sorted(VIEWS.items())).encode()).hexdigest()[:16]


def markdown() -> str:
    """The schema as Markdown (tables, their columns, the views), for the README."""
    lines = []
    for table, cols in TABLES.items():
        lines.append(f"- `{table}`: " + ", ".join(f"`{c}`" for c, _, _ in cols))
    lines.append("")
    for view, (doc, _) in VIEWS.items():
        lines.append(f"- view `{view}`: {doc}")
    return "\n".join(lines)
