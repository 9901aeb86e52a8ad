"""Tables for people: one tagged article, or a whole corpus, as pandas DataFrames.

Article tables (:func:`claims_table`, :func:`actor_roles`, :func:`gaps_table`, :func:`headline_table`) are
views of a :class:`~newslib.tagging.tagged.TaggedArticle`. :func:`corpus_tables` tags every article of a
corpus (a directory, glob, JSONL or CSV) with its progress on the terminal's stderr (:mod:`newslib.progress`:
a bar on a terminal, a plain line every 10 s in a log file; never in a notebook's output), and returns
:class:`CorpusTables`; the corpus tables (:func:`claims_over_time`,
:func:`kinds_by_outlet`, :func:`top_cues`, :func:`anonymous_share`, :func:`hedging_by_actor`,
:func:`gap_rate`) are built from those. Column names follow the JSON keys (source, cue, content, kind ...).

An article's outlet and date come from its record (JSONL/CSV fields ``source``/``date``, or the fields named
by ``outlet_field``/``date_field``), else from a PolNeAR-style file name ``publisher_YYYY-MM-DD_slug.txt``.
"""
from __future__ import annotations

import csv
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from .tagging.tagged import TaggedArticle

NO_SOURCE = "(no source)"
#: Words that name no one on their own: a claim's "who" in this list is not an actor to rank.
_PRONOUNS = frozenset("i me my we us our you your he him his she her hers it its they them their this that "
                      "these those who one".split())
_POLNEAR_NAME = re.compile(r"^(?P<outlet>[A-Za-z][A-Za-z0-9.-]*)_(?P<date>\d{4}-\d{2}-\d{2})_")


# ---- one article --------------------------------------------------------------------------------------------
def who(attr_row) -> str:
    """The name a claim is given to: its actor, else its source's words, else ``(no source)``."""
    actor, source = attr_row.get("actor"), attr_row.get("source")
    if isinstance(actor, str) and actor:
        return actor
    if isinstance(source, str) and source:
        return source
    return NO_SOURCE


def sentences_table(tagged: "TaggedArticle") -> pd.DataFrame:
    """One row a sentence, in reading order: sentence (index), title (is it the title line), text, tokens (how
    many word tokens), kind (claim kind), uncertain, certainty."""
    s = tagged.sentences
    out = pd.DataFrame({"sentence": s["index"], "title": s["title"], "text": s["text"], "tokens": s["n_tokens"],
                        "kind": s["kind"], "uncertain": s["uncertain"], "certainty": s["certainty"].round(2)})
    return out.reset_index(drop=True)


def one_line(text) -> str:
    """A span's text for a table cell: a paragraph break becomes `` ¶ ``, other runs of white space a space."""
    if not isinstance(text, str):
        return text
    return " ¶ ".join(" ".join(line.split()) for line in re.split(r"\s*\n\s*", text.strip()))


#: Names of punctuation that introduces a quotation, for cues that are punctuation alone.
_PUNCTUATION_NAMES = {":": "colon", "—": "dash", "–": "dash", "―": "dash", "-": "dash", ",": "comma",
                      "\"": "quotation mark", "“": "quotation mark", "”": "quotation mark"}


def cue_label(cue: str) -> str:
    """A cue as a reader should see it: words as they are; punctuation alone (``:``, ``—``) named for what
    it does, a quotation introduced by that punctuation."""
    text = " ".join(str(cue).split())
    if any(ch.isalnum() for ch in text):
        return text
    name = _PUNCTUATION_NAMES.get(text, "punctuation")
    return f"“{text}” (a quotation introduced by a {name})" if text else "(no cue words)"


def claims_table(tagged: "TaggedArticle") -> pd.DataFrame:
    """One row a claim (attribution): # (the attribution's number, 1, 2 ... in reading order, as the
    highlighted text shows it), sentence, who, source_kind, cue, what, kind, quote, certainty.
    Texts are on one line (a quotation over two paragraphs shows `` ¶ `` where the paragraph breaks); a cue
    that is punctuation alone is named as such (:func:`cue_label`)."""
    a = tagged.attributions
    cols = ["#", "sentence", "who", "source_kind", "cue", "what", "kind", "quote", "certainty"]
    if a.empty:
        return pd.DataFrame(columns=cols)
    out = pd.DataFrame({
        "#": range(1, len(a) + 1), "sentence": a["sentence"], "who": [one_line(who(r)) for r in a.to_dict("records")],
        "source_kind": a["source_kind"].fillna(""), "cue": a["cue"].map(cue_label),
        "what": a["content"].fillna("").map(one_line),
        "kind": a["kind"], "quote": a["quote"], "certainty": a["certainty"].astype(float).round(2)})
    return out[cols].reset_index(drop=True)


def actor_roles(tagged: "TaggedArticle") -> pd.DataFrame:
    """Each actor (or unnamed source) with how often it is a claim's source and how often it is mentioned.

    ``mentioned`` counts every mention the actor tagger found (a source mention included); ``only_mentioned``
    is the mentions that are not a claim's source. Sorted by claims, then mentions.
    """
    actors = tagged.actors
    claims = claims_table(tagged)
    as_source = claims.groupby("who").size() if not claims.empty else pd.Series(dtype=int)
    rows = {}
    for r in actors.to_dict("records"):
        rows[r["name"]] = {"actor": r["name"], "type": r["type"], "as_source": int(as_source.get(r["name"], 0)),
                           "mentioned": int(r["mentions"])}
    kinds = (claims.groupby("who")["source_kind"].agg(lambda s: s.mode().iat[0] if len(s.mode()) else "")
             if not claims.empty else {})
    for name, n in as_source.items():
        if name not in rows:
            rows[name] = {"actor": name, "type": kinds.get(name, "") or "", "as_source": int(n), "mentioned": int(n)}
    df = pd.DataFrame(list(rows.values()), columns=["actor", "type", "as_source", "mentioned"])
    df["mentioned"] = df[["mentioned", "as_source"]].max(axis=1)
    df["only_mentioned"] = df["mentioned"] - df["as_source"]
    return df.sort_values(["as_source", "mentioned", "actor"], ascending=[False, False, True]).reset_index(drop=True)


def gaps_table(tagged: "TaggedArticle") -> pd.DataFrame:
    """What the article admits it does not know: sentence, gap (the words), about (what is unknown), and the
    sentence's text for context."""
    g = tagged.gaps
    sents = {s.index: s.text for s in tagged.sents}
    if g.empty:
        return pd.DataFrame(columns=["sentence", "gap", "about", "in sentence"])
    return pd.DataFrame({"sentence": g["sentence"], "gap": g["text"], "about": g["about"].fillna("(not found)"),
                         "in sentence": [sents.get(i, "") for i in g["sentence"]]}).reset_index(drop=True)


def headline_table(tagged: "TaggedArticle") -> pd.DataFrame:
    """The headline check as one row: title, verdict (supported, discussed, contradicted, unrelated,
    unchecked), related, stance, p_related, p_stance (as text that never reads as certain, ``>0.99``; each None
    where the result does not carry it) and evidence (the deciding sentences)."""
    from .verdict import probability, verdict

    h = tagged.headline
    v = verdict(h)
    evidence = " … ".join(one_line(e.text) for e in h.evidence) if h is not None else ""
    return pd.DataFrame([{"title": tagged.title, "verdict": v.key, "related": v.related, "stance": v.stance,
                          "p_related": None if v.p_related is None else probability(v.p_related),
                          "p_stance": None if v.p_stance is None else probability(v.p_stance), "evidence": evidence}])


def certainty_table(tagged: "TaggedArticle") -> pd.DataFrame:
    """Body sentences in order with their claim kind, certainty and counts of hedges and gaps."""
    s = tagged.sentences
    s = s[~s["title"]].copy() if not s.empty else s
    return s[["index", "kind", "certainty", "uncertain", "n_hedges", "n_gaps", "n_attributions", "text"]]


# ---- a corpus -----------------------------------------------------------------------------------------------
@dataclass
class CorpusTables:
    """Every article of a corpus tagged, as tables that share the ``article`` column (the article's path or
    record name). ``failed`` lists (name, reason) for inputs that could not be read or tagged."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    attributions: pd.DataFrame
    actors: pd.DataFrame
    hedges: pd.DataFrame
    gaps: pd.DataFrame
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def has_dates(self) -> bool:
        return bool(self.articles["date"].notna().any()) if len(self.articles) else False

    @property
    def has_outlets(self) -> bool:
        return bool(self.articles["outlet"].notna().any()) if len(self.articles) else False

    def summary(self) -> pd.DataFrame:
        a = self.articles
        dates = pd.to_datetime(a["date"], errors="coerce") if len(a) else pd.Series(dtype="datetime64[ns]")
        rows = [("articles", len(a)), ("unreadable inputs", len(self.failed)),
                ("sentences", len(self.sentences)), ("claims (attributions)", len(self.attributions)),
                ("actors (distinct names)", self.actors["actor"].nunique() if len(self.actors) else 0),
                ("hedges", int((self.hedges["kind"] != "booster").sum()) if len(self.hedges) else 0),
                ("gaps", len(self.gaps)),
                ("headlines flagged (contradicted or unrelated)",
                 int(a["verdict"].isin(("contradicted", "unrelated")).sum()) if len(a) else 0),
                ("outlets", a["outlet"].nunique() if len(a) else 0),
                ("first date", dates.min().date().isoformat() if dates.notna().any() else "—"),
                ("last date", dates.max().date().isoformat() if dates.notna().any() else "—")]
        return pd.DataFrame(rows, columns=["what", "count"]).set_index("what")


def _progress_stream():
    """The terminal's stderr even inside a Jupyter kernel: ipykernel forwards fd 2 into the notebook, but keeps
    a copy of the original in ``_original_stdstream_copy``; writing there keeps the bar out of the report."""
    fd = getattr(sys.stderr, "_original_stdstream_copy", None)
    if isinstance(fd, int):
        try:
            return os.fdopen(os.dup(fd), "w", buffering=1, encoding="utf-8", errors="replace")
        except OSError:
            pass
    return sys.__stderr__ or sys.stderr


def _record_fields(path: str, fields: list[str]) -> dict[str, dict]:
    """``{"FILE#N": {field: value}}`` for a JSONL or CSV corpus, numbered as :mod:`newslib.corpus` does."""
    out: dict[str, dict] = {}
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return out
    if path.lower().endswith(".csv"):
        for n, row in enumerate(csv.DictReader(text.splitlines(keepends=True)), 1):
            out[f"{path}#{n}"] = {f: row.get(f) for f in fields}
        return out
    n = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        n += 1
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        if isinstance(rec, dict):
            out[f"{path}#{n}"] = {f: rec.get(f) for f in fields}
    return out


def article_meta(name: str, article, extra: dict | None = None, *, date_field: str | None = None,
                 outlet_field: str | None = None) -> tuple[str | None, str | None]:
    """(outlet, date) of an article: named record fields, then the record's own, then the file name."""
    extra = extra or {}
    outlet = extra.get(outlet_field) if outlet_field else None
    date = extra.get(date_field) if date_field else None
    outlet = outlet or article.source
    date = date or article.date
    if not (outlet and date):
        m = _POLNEAR_NAME.match(Path(name.split("#")[0]).name)
        if m:
            outlet = outlet or m.group("outlet")
            date = date or m.group("date")
    return (str(outlet) if outlet not in (None, "") else None), (str(date) if date not in (None, "") else None)


def corpus_tables(corpus: "str | os.PathLike | Iterable", *, date_field: str | None = None,
                  outlet_field: str | None = None, limit: int | None = None, progress: bool = True,
                  headline: bool = False) -> CorpusTables:
    """Tag every article of ``corpus`` (through :func:`newslib.pipeline.tag_corpus`) and return its tables.

    Bad inputs are listed in ``failed`` and never stop the run. ``limit`` keeps the first N articles. The
    headline check is off by default (a corpus view does not use it and it costs time).
    """
    from itertools import islice

    from .corpus import expand, iter_corpus
    from .errors import InputError, NewslibError
    from .pipeline import tag_corpus
    from .progress import Progress

    specs = [corpus] if isinstance(corpus, (str, os.PathLike)) else list(corpus)
    paths = expand(specs)
    fields = [f for f in (date_field, outlet_field) if f]
    extras: dict[str, dict] = {}
    if fields:
        for p in paths:
            if p.lower().endswith((".jsonl", ".ndjson", ".csv")):
                extras.update(_record_fields(p, fields))
    records = any(p.lower().endswith((".jsonl", ".ndjson", ".csv")) for p in paths)
    total = None if records else len(paths)
    if limit:
        total = min(limit, total) if total is not None else limit
    stream = _progress_stream() if progress else None
    bar = Progress(total, stream=stream, mode="auto" if progress else "off", unit="articles")
    arts, sents, attrs, actors, hedges, gaps = [], [], [], [], [], []
    failed: list[tuple[str, str]] = []
    inputs = iter_corpus(specs)
    results = tag_corpus(islice(inputs, limit) if limit else inputs, headline=headline)
    try:
        for name, t in results:
            bar.update(1)
            if isinstance(t, InputError) and t.source == name:
                failed.append((name, str(t.reason)))
                continue
            if isinstance(t, NewslibError):
                failed.append((name, str(t)))
                continue
            if isinstance(t, BaseException):  # a tagger bug on one article must not cost the others
                failed.append((name, f"internal error while tagging: {type(t).__name__}: {t}"[:300]))
                continue
            item = t.article
            outlet, date = article_meta(name, item, extras.get(name), date_field=date_field,
                                        outlet_field=outlet_field)
            base = {"article": name, "outlet": outlet, "date": date}
            arts.append({**base, "title": t.title, "n_sentences": len(t.sents),
                         "n_attributions": len(t.attribution_records), "n_hedges": len(t.hedge_records),
                         "n_gaps": len(t.gap_records), "n_characters": len(t.text), **_article_judgement(t)})
            by_index = {s.index: s for s in t.sents}
            for s in t.sents:
                sents.append({**base, "index": s.index, "title": s.title, "kind": s.kind, "uncertain": s.uncertain,
                              "certainty": float(s.certainty), "n_hedges": len(s.hedges), "n_gaps": len(s.gaps)})
            for a in t.attribution_records:
                row, s = a.to_row(), by_index.get(a.sentence)
                attrs.append({**base, "sentence": row["sentence"], "who": who(row), "actor": row["actor"],
                              "source": row["source"], "source_kind": row["source_kind"], "cue": row["cue"],
                              "cue_lower": row["cue"].lower(), "kind": row["kind"], "quote": row["quote"],
                              "certainty": float(s.certainty) if s else None,
                              "uncertain": bool(s.uncertain) if s else None})
            for ac in t.actor_records:
                actors.append({**base, "actor": ac.name, "type": ac.type, "mentions": len(ac.mentions)})
            for h in t.hedge_records:
                hedges.append({**base, "sentence": h.sentence, "text": h.text, "lower": h.text.lower(),
                               "kind": h.kind, "type": h.type})
            for g in t.gap_records:
                gaps.append({**base, "sentence": g.sentence, "text": g.text,
                             "about": g.about.text if g.about else None})
    finally:
        results.close()
        bar.close()
        if stream is not None and stream not in (sys.stderr, sys.__stderr__):
            try:
                stream.close()
            except OSError:
                pass

    def frame(rows, cols):
        return pd.DataFrame(rows, columns=cols)

    base_cols = ["article", "outlet", "date"]
    return _one_name_per_actor(CorpusTables(
        articles=frame(arts, base_cols + ["title", "n_sentences", "n_attributions", "n_hedges", "n_gaps",
                                          "n_characters", *_JUDGEMENT_COLUMNS]),
        sentences=frame(sents, base_cols + ["index", "title", "kind", "uncertain", "certainty", "n_hedges",
                                            "n_gaps"]),
        attributions=frame(attrs, base_cols + ["sentence", "who", "actor", "source", "source_kind", "cue",
                                               "cue_lower", "kind", "quote", "certainty", "uncertain"]),
        actors=frame(actors, base_cols + ["actor", "type", "mentions"]),
        hedges=frame(hedges, base_cols + ["sentence", "text", "lower", "kind", "type"]),
        gaps=frame(gaps, base_cols + ["sentence", "text", "about"]),
        failed=failed))


def _one_name_per_actor(t: CorpusTables) -> CorpusTables:
    """The ``actor`` columns with each person under one name across the corpus ("Obama" in one article,
    "Barack Obama" in another: :func:`newslib.tagging.corpus_actors.canonical_actors`); ``who`` follows."""
    from .tagging.corpus_actors import canonical_actors

    alias = canonical_actors(zip(t.actors["actor"], t.actors["type"]))
    if not alias:
        return t
    person = t.actors["type"] == "person"
    t.actors.loc[person, "actor"] = t.actors.loc[person, "actor"].map(lambda n: alias.get(n, n))
    a = t.attributions
    named = a["actor"].isin(list(alias)) & ~a["source_kind"].isin(["organization", "country"])
    if named.any():
        new = a.loc[named, "actor"].map(alias)
        a.loc[named & (a["who"] == a["actor"]), "who"] = new
        a.loc[named, "actor"] = new
    return t


def dataset_tables(dataset: "str | os.PathLike", *, limit: int | None = None) -> CorpusTables:
    """The tables of :func:`corpus_tables`, read from a Parquet claims dataset (``newslib tag --format parquet
    --out DIR``) instead of tagging again: a report over a whole archive. Outlets and dates are the records'
    (else from PolNeAR-style file names, as for a corpus); ``failed`` lists the dataset's ``errors`` rows of
    inputs that never made it into ``articles``. ``limit`` keeps the first N articles."""
    from .parquet import read_table

    arts = read_table(dataset, "articles", ["article_id", "input", "title", "outlet", "date", "n_chars",
                                            "n_sentences", "n_attributions", "headline_related",
                                            "headline_stance", "headline_score"])
    if limit:
        arts = arts.iloc[:limit]
    meta = [article_meta(name, _Meta(None if pd.isna(outlet) else outlet, None if pd.isna(date) else date))
            for name, outlet, date in zip(arts["input"], arts["outlet"], arts["date"])]
    base = pd.DataFrame({"article_id": arts["article_id"], "article": arts["input"],
                         "outlet": [m[0] for m in meta], "date": [m[1] for m in meta]})
    keep = set(base["article_id"])

    def joined(table: str, cols: list[str]) -> pd.DataFrame:
        df = read_table(dataset, table, ["article_id", *cols])
        if limit:
            df = df[df["article_id"].isin(keep)]
        return base.merge(df, on="article_id", how="inner", sort=False).drop(columns="article_id")

    sents = joined("sentences", ["sentence", "title", "kind", "uncertain", "certainty", "n_hedges", "n_gaps"])
    sents = sents.rename(columns={"sentence": "index"})
    attrs = joined("attributions", ["sentence", "actor", "source", "source_kind", "cue", "kind", "quote", "certainty"])
    uncertain = sents.set_index(["article", "index"])["uncertain"]
    attrs["uncertain"] = [uncertain.get((a, s)) for a, s in zip(attrs["article"], attrs["sentence"])]
    attrs["who"] = [who({"actor": a, "source": s}) for a, s in zip(attrs["actor"], attrs["source"])]
    attrs["cue_lower"] = attrs["cue"].str.lower()
    actors = joined("actors", ["name", "type", "mentions"]).rename(columns={"name": "actor"})
    hedges = joined("hedges", ["sentence", "text", "kind", "type"])
    hedges["lower"] = hedges["text"].str.lower()
    gaps = joined("gaps", ["sentence", "text", "about"])
    counts = {t: df.groupby("article").size() for t, df in (("n_hedges", hedges), ("n_gaps", gaps))}
    articles = base.drop(columns="article_id").assign(
        title=arts["title"].values, n_sentences=arts["n_sentences"].values,
        n_attributions=arts["n_attributions"].values,
        n_hedges=base["article"].map(counts["n_hedges"]).fillna(0).astype(int).values,
        n_gaps=base["article"].map(counts["n_gaps"]).fillna(0).astype(int).values,
        n_characters=arts["n_chars"].values)
    judged = _dataset_judgement(arts, sents, attrs, base)
    articles = articles.assign(**{c: judged[c].values for c in _JUDGEMENT_COLUMNS})
    errors = read_table(dataset, "errors", ["input", "reason"])
    done = set(read_table(dataset, "articles", ["input"])["input"])
    failed = list(dict.fromkeys((i, r) for i, r in zip(errors["input"], errors["reason"]) if i not in done))
    base_cols = ["article", "outlet", "date"]
    return _one_name_per_actor(CorpusTables(
        articles=articles,
        sentences=sents[base_cols + ["index", "title", "kind", "uncertain", "certainty", "n_hedges", "n_gaps"]],
        attributions=attrs[base_cols + ["sentence", "who", "actor", "source", "source_kind", "cue", "cue_lower",
                                        "kind", "quote", "certainty", "uncertain"]],
        actors=actors[base_cols + ["actor", "type", "mentions"]],
        hedges=hedges[base_cols + ["sentence", "text", "lower", "kind", "type"]],
        gaps=gaps[base_cols + ["sentence", "text", "about"]],
        failed=failed))


def _dataset_judgement(arts: pd.DataFrame, sents: pd.DataFrame, attrs: pd.DataFrame,
                       base: pd.DataFrame) -> pd.DataFrame:
    """:func:`_article_judgement` of each article of a dataset, from its tables: the same four columns."""
    from types import SimpleNamespace

    from .verdict import verdict

    anonymous = attrs.assign(anon=attrs["source_kind"].eq("anonymous")).groupby("article")["anon"].mean()
    body = sents[~sents["title"].astype(bool)].groupby("article")["certainty"].mean()
    rows = []
    for name, related, stance, score in zip(base["article"], arts["headline_related"], arts["headline_stance"],
                                            arts["headline_score"]):
        checked = stance is not None and not pd.isna(stance)
        v = verdict(SimpleNamespace(related=bool(related), stance=stance, score=score) if checked else None)
        share, certainty = anonymous.get(name), body.get(name)
        rows.append({"anonymous_share": None if share is None else round(float(share), 3),
                     "certainty": None if certainty is None else round(float(certainty), 3),
                     "verdict": v.key, "p_related": None if v.p_related is None else round(v.p_related, 3)})
    return pd.DataFrame(rows, columns=_JUDGEMENT_COLUMNS)


@dataclass(frozen=True)
class _Meta:
    """What :func:`article_meta` reads of an article: its record's outlet and date."""

    source: str | None
    date: str | None


_JUDGEMENT_COLUMNS = ["anonymous_share", "certainty", "verdict", "p_related"]


def _article_judgement(t: "TaggedArticle") -> dict:
    """What the per-article table shows of one tagged article besides its counts: the share of its claims
    with an anonymous source, the mean certainty of its body sentences, and its headline verdict."""
    from .verdict import verdict

    claims = t.attribution_records
    anonymous = sum(1 for a in claims if a.source is not None and a.source.kind == "anonymous")
    body = [float(s.certainty) for s in t.sents if not s.title]
    v = verdict(t.headline)
    return {"anonymous_share": round(anonymous / len(claims), 3) if claims else None,
            "certainty": round(sum(body) / len(body), 3) if body else None,
            "verdict": v.key, "p_related": None if v.p_related is None else round(v.p_related, 3)}


# ---- corpus tables ------------------------------------------------------------------------------------------
def articles_table(t: CorpusTables) -> pd.DataFrame:
    """One row an article, by date then title: title, outlet, date, claims, anonymous share (of its claims),
    certainty (mean over its body sentences; 1 = all stated as fact), headline verdict (supported,
    discussed, contradicted, unrelated; unchecked without a title or when the corpus was tagged without the
    headline check) and P(related)."""
    cols = ["title", "outlet", "date", "claims", "anonymous share", "certainty", "headline verdict", "P(related)"]
    a = t.articles
    if a.empty:
        return pd.DataFrame(columns=cols)
    out = pd.DataFrame({"title": a["title"].fillna(a["article"]), "outlet": a["outlet"], "date": a["date"],
                        "claims": a["n_attributions"].astype(int), "anonymous share": a["anonymous_share"],
                        "certainty": a["certainty"], "headline verdict": a["verdict"], "P(related)": a["p_related"]})
    return out.sort_values(["date", "title"], na_position="last").reset_index(drop=True)[cols]


def flagged_headlines(t: CorpusTables) -> pd.DataFrame:
    """The articles whose headline the body contradicts or is not about (the verdicts a reader is warned of),
    contradicted first, then unrelated, each from the lowest P(related): title, outlet, date, headline
    verdict, P(related), article."""
    from .verdict import FLAGGED

    cols = ["title", "outlet", "date", "headline verdict", "P(related)", "article"]
    a = t.articles
    if a.empty:
        return pd.DataFrame(columns=cols)
    a = a[a["verdict"].isin(FLAGGED)]
    out = pd.DataFrame({"title": a["title"], "outlet": a["outlet"], "date": a["date"], "headline verdict": a["verdict"],
                        "P(related)": a["p_related"], "article": a["article"]})
    return out.sort_values(["headline verdict", "P(related)", "title"]).reset_index(drop=True)[cols]


def top_actors(t: CorpusTables, n: int = 8, *, named_only: bool = True) -> list[str]:
    """The ``n`` names most often given claims (named actors, not pronouns or anonymous sources)."""
    a = t.attributions
    if a.empty:
        return []
    if named_only:
        a = a[a["who"].ne(NO_SOURCE) & ~a["source_kind"].isin(["pronoun", "anonymous"])
              & ~a["who"].str.lower().isin(_PRONOUNS)]
    return a["who"].value_counts().head(n).index.tolist()


def claims_over_time(t: CorpusTables, *, actors: list[str] | None = None, n: int = 6,
                     freq: str | None = None) -> pd.DataFrame:
    """Claims per actor per period (columns: period, who, claims), for the top ``n`` actors. ``freq`` is a
    pandas period code; by default weeks when the corpus spans under 120 days, else months."""
    a = t.attributions.copy()
    cols = ["period", "who", "claims"]
    if a.empty or not a["date"].notna().any():
        return pd.DataFrame(columns=cols)
    a["when"] = pd.to_datetime(a["date"], errors="coerce")
    a = a[a["when"].notna()]
    if a.empty:
        return pd.DataFrame(columns=cols)
    if freq is None:
        span = (a["when"].max() - a["when"].min()).days
        freq = "W" if span < 120 else "M"
    keep = actors or top_actors(t, n)
    a = a[a["who"].isin(keep)]
    a["period"] = a["when"].dt.to_period(freq).dt.start_time
    out = a.groupby(["period", "who"]).size().rename("claims").reset_index()
    # Zero-fill so that lines drop to 0 instead of skipping a period.
    periods = pd.period_range(a["when"].min(), a["when"].max(), freq=freq).start_time if len(a) else []
    full = pd.MultiIndex.from_product([periods, keep], names=["period", "who"])
    out = out.set_index(["period", "who"]).reindex(full, fill_value=0).reset_index()
    return out[cols]


def kinds_by_outlet(t: CorpusTables, *, share: bool = True) -> pd.DataFrame:
    """Claim kinds per outlet: rows outlets, columns claim kinds, values shares of that outlet's claims
    (``share=False``: counts). A corpus without outlets has one row, ``(all)``."""
    from .tagging.records import CLAIM_KINDS

    a = t.attributions
    if a.empty:
        return pd.DataFrame(columns=list(CLAIM_KINDS))
    outlet = a["outlet"].fillna("(unknown)") if t.has_outlets else pd.Series("(all)", index=a.index)
    tab = pd.crosstab(outlet, a["kind"])
    cols = [k for k in CLAIM_KINDS if k in tab.columns] + [k for k in tab.columns if k not in CLAIM_KINDS]
    tab = tab[cols]
    tab.index.name = "outlet"
    tab.columns.name = "kind"
    if share:
        tab = tab.div(tab.sum(axis=1), axis=0).round(3)
    return tab


def top_cues(t: CorpusTables, n: int = 20) -> pd.DataFrame:
    """The ``n`` most used cues (lower-cased; punctuation alone named for what it does, see
    :func:`cue_label`): cue, claims, share of all claims, articles using it."""
    a = t.attributions
    if a.empty:
        return pd.DataFrame(columns=["cue", "claims", "share", "articles"])
    g = a.groupby("cue_lower").agg(claims=("article", "size"), articles=("article", "nunique"))
    g = g.sort_values(["claims", "articles"], ascending=False).head(n)
    g["share"] = (g["claims"] / len(a)).round(3)
    g = g.reset_index().rename(columns={"cue_lower": "cue"})
    g["cue"] = g["cue"].map(cue_label)
    return g[["cue", "claims", "share", "articles"]]


def anonymous_share(t: CorpusTables) -> pd.DataFrame:
    """Per outlet: claims, anonymous (sources like "officials said", "a person familiar with"), no source
    found, and the share of claims that are anonymous."""
    a = t.attributions
    cols = ["outlet", "claims", "anonymous", "no_source", "anonymous_share"]
    if a.empty:
        return pd.DataFrame(columns=cols)
    outlet = a["outlet"].fillna("(unknown)") if t.has_outlets else pd.Series("(all)", index=a.index)
    df = pd.DataFrame({"outlet": outlet, "anon": a["source_kind"].eq("anonymous"),
                       "none": a["source"].isna()})
    g = df.groupby("outlet").agg(claims=("anon", "size"), anonymous=("anon", "sum"), no_source=("none", "sum"))
    g["anonymous_share"] = (g["anonymous"] / g["claims"]).round(3)
    return g.sort_values("anonymous_share", ascending=False).reset_index()[cols]


def hedging_by_actor(t: CorpusTables, *, n: int = 12, min_claims: int = 3) -> pd.DataFrame:
    """For the actors given most claims: claims, hedged (claims in a sentence marked uncertain), the hedged
    share and the mean certainty of their claims (1 = stated as fact)."""
    a = t.attributions
    cols = ["who", "claims", "hedged", "hedged_share", "mean_certainty"]
    if a.empty:
        return pd.DataFrame(columns=cols)
    keep = top_actors(t, n)
    a = a[a["who"].isin(keep)]
    g = a.groupby("who").agg(claims=("kind", "size"), hedged=("uncertain", lambda s: int(s.fillna(False).sum())),
                             mean_certainty=("certainty", "mean"))
    g = g[g["claims"] >= min_claims]
    g["hedged_share"] = (g["hedged"] / g["claims"]).round(3)
    g["mean_certainty"] = g["mean_certainty"].round(3)
    return g.sort_values("hedged_share", ascending=False).reset_index()[cols]


def gap_rate(t: CorpusTables) -> pd.DataFrame:
    """Per outlet: articles, sentences, gaps, articles with at least one gap, the share of such articles and
    gaps per 100 sentences."""
    art = t.articles
    cols = ["outlet", "articles", "sentences", "gaps", "articles_with_gap", "article_share", "gaps_per_100_sentences"]
    if art.empty:
        return pd.DataFrame(columns=cols)
    outlet = art["outlet"].fillna("(unknown)") if t.has_outlets else pd.Series("(all)", index=art.index)
    df = pd.DataFrame({"outlet": outlet, "sentences": art["n_sentences"], "gaps": art["n_gaps"],
                       "has_gap": art["n_gaps"].gt(0)})
    g = df.groupby("outlet").agg(articles=("gaps", "size"), sentences=("sentences", "sum"), gaps=("gaps", "sum"),
                                 articles_with_gap=("has_gap", "sum"))
    g["article_share"] = (g["articles_with_gap"] / g["articles"]).round(3)
    g["gaps_per_100_sentences"] = (100 * g["gaps"] / g["sentences"].clip(lower=1)).round(2)
    return g.sort_values("article_share", ascending=False).reset_index()[cols]


# ---- evaluation reports -------------------------------------------------------------------------------------
#: Columns of an evaluation report that count things (shown as whole numbers, never ``312.0``).
COUNT_COLUMNS = ("tp", "fp", "fn", "predicted", "gold", "support", "n", "count", "articles")


def metrics_table(report) -> pd.DataFrame:
    """An ``EvalReport``'s rows as a table indexed by metric, scores rounded for reading and counts as whole
    numbers (a missing value stays missing: a report shows it as an empty cell, never ``NaN``)."""
    df = report.to_frame()
    if df.empty:
        return df
    df = df.set_index("metric")
    for col in ("precision", "recall", "f1", "accuracy", "score"):
        if col in df.columns:
            df[col] = df[col].astype(float).round(3)
    for col in COUNT_COLUMNS:
        if col in df.columns:
            df[col] = pd.to_numeric(df[col], errors="coerce").round().astype("Int64")
    return df


def against_agreement(report, agreement) -> pd.DataFrame:
    """newslib's F1 next to the annotators' own agreement (``polnear.agreement``) per metric, and newslib's
    F1 as a share of it: how much of the attainable agreement the tagger reaches."""
    ours = {k: v["f1"] for k, v in report.rows.items()}
    theirs = {k: v["f1"] for k, v in agreement.rows.items()}
    rows = [{"metric": k, "newslib F1": round(ours[k], 3), "annotators F1": round(theirs[k], 3),
             "share": round(ours[k] / theirs[k], 3) if theirs[k] else float("nan")}
            for k in ours if k in theirs]
    return pd.DataFrame(rows, columns=["metric", "newslib F1", "annotators F1", "share"]).set_index("metric")


def _tables(obj, name: str, n: int, out: dict[str, pd.DataFrame]) -> None:
    if isinstance(obj, dict):
        if obj and all(isinstance(v, (int, float)) for v in obj.values()):
            out[name] = pd.DataFrame(list(obj.items()), columns=["key", "value"]).head(n)
            return
        for k, v in obj.items():
            _tables(v, f"{name} / {k}" if name else str(k), n, out)
    elif isinstance(obj, (list, tuple)) and obj:
        if all(isinstance(x, dict) for x in obj):
            from .sampling import outlet_of, spread_sample

            rows = spread_sample(list(obj), n, group=lambda r: outlet_of(r["article"]) if "article" in r else None)
            df = pd.DataFrame(rows)
            out[name] = df.map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
        elif all(isinstance(x, (list, tuple)) for x in obj):
            width = max(len(x) for x in obj)
            cols = ["item", "count"] if width == 2 else [f"col{i}" for i in range(width)]
            out[name] = pd.DataFrame([list(x) for x in obj[:n]], columns=cols[:width])
        else:
            out[name] = pd.DataFrame({"item": list(obj)[:n]})


def error_samples(report, n: int = 8, *, skip: tuple[str, ...] = ("confusion", "kind_confusion")) -> dict[str, pd.DataFrame]:
    """Every list of examples in ``report.extra`` (false positives, misses, ...) as a table of at most ``n``
    rows, named by its path in ``extra`` ("errors / cue exact / false_positive"). Examples (dicts) are drawn
    at random with a fixed seed, across outlets in turn when they name their article
    (:func:`newslib.sampling.spread_sample`); ranked lists (word, count) keep their first ``n``."""
    out: dict[str, pd.DataFrame] = {}
    for k, v in (report.extra or {}).items():
        if k in skip:
            continue
        _tables(v, str(k), n, out)
    return {k: v for k, v in out.items() if not v.empty}
