"""Claim threads: the same claim carried by attributions across articles.

Two attributions are *versions of one claim* when they come from different articles, their sources name the
same actor (the normalized actor, so aliases such as "Lavrov" and "Russia's Foreign Minister Sergei Lavrov"
meet; a source with no actor counts by its lower-cased words; pronouns and anonymous sources never link), and
their contents are close: the cosine of their TF-IDF vectors (:func:`term_weights`: function words left out,
fitted on the contents at hand) is at least ``threshold``. A *thread* is a connected group of such versions
spanning at least ``min_articles`` articles. A *conflict* is a rejection by a source of another actor whose
content is as close to one of the thread's versions: the same content stated by one source and rejected by
another.

:func:`find_threads` works on any table of attributions (see :data:`COLUMNS`); :func:`from_store` reads one
from the claims store for a :class:`newslib.trends.Window`. :func:`pair_scores` scores a grouping against
gold groups (the FNC-1 measure of ``benchmarks/threads.py``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import pandas as pd

#: Columns :func:`find_threads` reads (``hedges``, ``day``, ``outlet``, ``cue``, ``certainty`` and
#: ``uncertain`` may be missing).
COLUMNS = ["article_id", "attribution", "sentence", "day", "outlet", "who", "actor", "source", "source_kind", "cue",
           "content", "kind", "certainty", "uncertain", "hedges"]
THRESHOLD = 0.5
#: Share of the contents above which a term is not used to find close pairs (see ``_close``).
MAX_DF = 0.002
#: ... but a term in up to this many contents always counts (on FNC-1, a cap of 50 halved the recall: the
#: words of one story recur in many of its articles).
MIN_DF_CAP = 500
#: Contents with fewer words than this (after stop words) carry no claim to follow.
MIN_WORDS = 3


@dataclass
class ClaimThreads:
    """``threads``: one row a thread (thread, who, claim: its earliest version's content, first_day,
    articles, outlets, versions, hedged: versions in an uncertain sentence, mean_certainty, conflicts).
    ``versions``: one row a version (thread, day, outlet, article_id, cue, kind, content, certainty,
    uncertain, hedges). ``conflicts``: one row a conflicting version (thread, who, cue, kind, content, day,
    outlet, article_id, similarity)."""

    threads: pd.DataFrame
    versions: pd.DataFrame
    conflicts: pd.DataFrame


def actor_keys(t: pd.DataFrame) -> pd.Series:
    """Who each attribution is linked by: its normalized actor, else its source's words lower-cased; None for
    pronouns, anonymous sources and claims without a source (they never link)."""
    actor = t["actor"].astype(object).where(t["actor"].notna() & t["actor"].astype(str).ne(""), None)
    source = t["source"].where(t["source"].notna(), t["who"]).astype(object)
    unnamed = (t["source_kind"].isin(["pronoun", "anonymous"]) | source.isna()
               | source.astype(str).isin(["", "(no source)"]))
    words = source.astype(str).str.lower().astype(object).where(~unnamed, None)
    return actor.where(actor.notna(), words)


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


_WORD = re.compile(r"[^\W\d_][\w'-]+")


def term_weights(contents: list[str]) -> pd.DataFrame:
    """The TF-IDF vectors of ``contents`` as rows ``(row, term, w)``: lower-cased words of two letters or
    more, function words left out (``lexicons/stance_stopwords.tsv``; negations stay), weight
    ``(1 + log tf) * idf`` with ``idf = 1 + log((1 + n) / (1 + df))`` over these contents, each vector of
    length 1. The dot product of two rows' vectors is their cosine."""
    from .lexicons import column

    stop = frozenset(column("stance_stopwords", "word"))
    vocab: dict[str, int] = {}
    rows, terms, tfs = [], [], []
    for r, text in enumerate(contents):
        counts: dict[int, int] = {}
        for w in _WORD.findall(text.lower()):
            if w not in stop:
                t = vocab.setdefault(w, len(vocab))
                counts[t] = counts.get(t, 0) + 1
        rows.extend([r] * len(counts))
        terms.extend(counts)
        tfs.extend(counts.values())
    rows_a, terms_a = np.asarray(rows, dtype=np.int64), np.asarray(terms, dtype=np.int64)
    df = np.bincount(terms_a, minlength=len(vocab))
    idf = 1.0 + np.log((1.0 + len(contents)) / (1.0 + df))
    w = (1.0 + np.log(np.asarray(tfs, dtype=np.float64))) * idf[terms_a]
    norm = np.sqrt(np.bincount(rows_a, weights=w * w, minlength=len(contents)))
    w = w / np.where(norm[rows_a] > 0, norm[rows_a], 1.0)
    return pd.DataFrame({"row": rows_a, "term": terms_a, "w": w})


def _close(weights: pd.DataFrame, t: pd.DataFrame, threshold: float, *, same_key: bool, conflicts: bool):
    """``(i, j, cosine)`` arrays of the pairs of rows of ``t`` from different articles whose cosine is at least
    ``threshold``: with ``same_key``, pairs i < j of one key; with ``conflicts``, pairs of a rejection i and
    a claim j that is not one. A hash join on shared terms in DuckDB (no pair without a shared word is
    ever looked at)."""
    import duckdb

    tok = weights.assign(key=t["key"].to_numpy()[weights["row"].to_numpy()],
                         art=t["article_id"].astype(str).to_numpy()[weights["row"].to_numpy()],
                         rej=(t["kind"] == "rejection").to_numpy()[weights["row"].to_numpy()])
    if conflicts:
        on = "a.rej AND NOT b.rej"
    elif same_key:
        on = "a.key = b.key AND a.row < b.row"
    else:
        on = "a.row < b.row"
    # Terms in more than MAX_DF of the contents (and MIN_DF_CAP at least) find no pairs: they make most candidate
    # pairs and, weighted down by their IDF, add little to any cosine (a cosine can only come out a little low).
    df = tok.groupby("term")["row"].transform("size")
    tok = tok[df <= max(MIN_DF_CAP, MAX_DF * len(t))]
    with duckdb.connect() as con:
        from .store import quiet

        quiet(con)
        con.register("tok", tok)
        got = con.execute(f"""SELECT a.row AS i, b.row AS j, sum(a.w * b.w) AS s
                              FROM tok a JOIN tok b ON a.term = b.term AND a.art <> b.art AND {on}
                              GROUP BY a.row, b.row HAVING sum(a.w * b.w) >= ?""",
                          [threshold - 1e-9]).df()
    return got["i"].to_numpy(), got["j"].to_numpy(), got["s"].to_numpy()


def find_threads(table: pd.DataFrame, *, threshold: float = THRESHOLD, min_articles: int = 2,
                 same_actor: bool = True) -> ClaimThreads:
    """Group the attributions of ``table`` into claim threads (see the module's docstring).
    ``same_actor=False`` links close contents whatever their sources (the content-only baseline)."""
    t = table.reset_index(drop=True).copy()
    for col in COLUMNS:
        if col not in t.columns:
            t[col] = None
    t = t[t["content"].notna()].reset_index(drop=True)
    t["key"] = actor_keys(t)
    words = t["content"].str.count(r"[^\W\d_]{3,}")
    t = t[words >= MIN_WORDS].reset_index(drop=True)
    art = t["article_id"].to_numpy()
    key = t["key"].to_numpy()
    rejection = (t["kind"] == "rejection").to_numpy()
    uf = _Union(len(t))
    if len(t):
        weights = term_weights(t["content"].tolist())
        i, j, _ = _close(weights, t, threshold, same_key=same_actor, conflicts=False)
        for a, b in zip(i, j):
            uf.join(int(a), int(b))
        i, j, sim = _close(weights, t, threshold, same_key=False, conflicts=True)
    else:
        i = j = np.zeros(0, int)
        sim = np.zeros(0)
    t["group"] = [uf.find(k) for k in range(len(t))]
    sizes = t.groupby("group")["article_id"].nunique()
    keep_groups = sizes[sizes >= min_articles].index
    v = t[t["group"].isin(keep_groups)].copy()
    v["day"] = pd.to_datetime(v["day"], errors="coerce")
    # threads numbered by size, then by first day
    order = (v.groupby("group").agg(articles=("article_id", "nunique"), first=("day", "min"))
             .sort_values(["articles", "first"], ascending=[False, True]))
    number = {g: n for n, g in enumerate(order.index, 1)}
    v["thread"] = v["group"].map(number)

    # conflicts: a rejection (i) by a source of another actor, close to a version (j) of a thread
    groups = t["group"].to_numpy()
    in_thread = np.isin(groups[j], list(number)) if len(j) else np.zeros(0, bool)
    same_key = (key[i] == key[j]) & pd.notna(key[j]) if len(j) else np.zeros(0, bool)
    ok = in_thread & (art[i] != art[j]) & ~same_key
    ci, cj, cs = i[ok], j[ok], sim[ok]
    conflicts = t.iloc[ci][["who", "cue", "kind", "content", "day", "outlet", "article_id"]].reset_index(drop=True)
    conflicts.insert(0, "thread", pd.Series(groups[cj]).map(number).to_numpy())
    conflicts["similarity"] = np.round(cs.astype(float), 3)
    conflicts = conflicts.sort_values(["thread", "similarity"], ascending=[True, False])
    conflicts = conflicts.drop_duplicates(["thread", "article_id", "content"])

    vcols = ["thread", "day", "outlet", "article_id", "sentence", "who", "cue", "kind", "content", "certainty",
             "uncertain", "hedges"]
    versions = v.sort_values(["thread", "day", "outlet"], na_position="last")[vcols].reset_index(drop=True)
    n_conf = conflicts.groupby("thread").size() if len(conflicts) else pd.Series(dtype=int)
    cols = ["thread", "who", "claim", "first_day", "articles", "outlets", "versions", "hedged", "mean_certainty",
            "conflicts"]
    if versions.empty:
        threads = pd.DataFrame(columns=cols)
    else:
        work = versions.assign(_u=versions["uncertain"].fillna(False).astype(bool),
                               _c=pd.to_numeric(versions["certainty"], errors="coerce"))
        g = work.groupby("thread", sort=True)
        first = work.drop_duplicates("thread").set_index("thread")
        who = (work.groupby(["thread", "who"]).size().reset_index(name="n")
               .sort_values(["thread", "n"], ascending=[True, False]).drop_duplicates("thread").set_index("thread"))
        threads = pd.DataFrame({
            "who": who["who"], "claim": first["content"], "first_day": first["day"],
            "articles": g["article_id"].nunique(),
            "outlets": g["outlet"].agg(lambda o: ", ".join(sorted({str(x) for x in o.dropna()}))),
            "versions": g.size(), "hedged": g["_u"].sum().astype(int), "mean_certainty": g["_c"].mean().round(3)})
        threads["conflicts"] = n_conf.reindex(threads.index, fill_value=0).astype(int)
        threads = threads.rename_axis("thread").reset_index()[cols]
    return ClaimThreads(threads, versions, conflicts.reset_index(drop=True))


def from_store(con, w, *, threshold: float = THRESHOLD, min_articles: int = 2) -> ClaimThreads:
    """The claim threads among the attributions of a store's window (:class:`newslib.trends.Window`; the
    actor filter keeps threads of those actors). Each version's ``hedges`` are the hedge words of its
    sentence."""
    from .trends import _where

    where, params = _where(w)
    table = con.execute(f"""
        SELECT article_id, attribution, sentence, day, outlet, who, actor, source, source_kind, cue, content, kind,
               certainty, uncertain
        FROM claims WHERE {where} AND content IS NOT NULL""", params).df()
    found = find_threads(table, threshold=threshold, min_articles=min_articles)
    if w.actors:
        keep = set(found.threads.loc[found.threads["who"].isin(w.actors), "thread"])
        found = ClaimThreads(*(df[df["thread"].isin(keep)].reset_index(drop=True)
                               for df in (found.threads, found.versions, found.conflicts)))
    v = found.versions
    if len(v):
        wanted = v[["article_id", "sentence"]].drop_duplicates()
        con.register("_thread_sentences", wanted)
        try:
            hedges = con.execute("""
                SELECT h.article_id, h.sentence, string_agg(h.text, '; ' ORDER BY h.start) AS hedges
                FROM hedges h JOIN _thread_sentences USING (article_id, sentence)
                WHERE h.kind <> 'booster' GROUP BY ALL""").df()
        finally:
            con.unregister("_thread_sentences")
        v = v.drop(columns=["hedges"]).merge(hedges, on=["article_id", "sentence"], how="left")
        found = ClaimThreads(found.threads, v[found.versions.columns], found.conflicts)
    return found


def pair_scores(predicted: dict[str, set], gold: dict[str, set]) -> dict[str, float]:
    """Pairwise precision and recall of a grouping of items (here: articles) against gold groups.

    ``predicted`` and ``gold`` map a group name to its items; an item may sit in several groups. A pair of
    items is *predicted* when some predicted group holds both, *gold* when some gold group holds both.
    Precision = predicted pairs that are gold / predicted pairs; recall = gold pairs that are predicted /
    gold pairs. Only items that some gold group holds count (others have no truth to score against).
    """
    known = set().union(*gold.values()) if gold else set()

    def pairs(groups):
        out = set()
        for items in groups.values():
            items = sorted(x for x in items if x in known)
            out.update(combinations(items, 2))
        return out

    p, g = pairs(predicted), pairs(gold)
    hit = len(p & g)
    precision = hit / len(p) if p else 0.0
    recall = hit / len(g) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "predicted_pairs": len(p), "gold_pairs": len(g),
            "correct_pairs": hit}
