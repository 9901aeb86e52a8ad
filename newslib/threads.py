"""Claim threads: the same claim carried by attributions across articles.

Two attributions are *versions of one claim* when they come from different articles, their sources name the
same actor (the normalized actor, so aliases such as "Lavrov" and "Russia's Foreign Minister Sergei Lavrov"
meet; a source with no actor counts by its lower-cased words; pronouns and anonymous sources never link), and
their contents are close: the cosine of their TF-IDF vectors (English stop words left out, fitted on the
contents at hand) is at least ``threshold``. A *thread* is a connected group of such versions spanning at
least ``min_articles`` articles. A *conflict* is a version from another source whose content is as close to
one of the thread's versions but whose claim kind is ``rejection`` while the thread's is not (or the other way
round): the same content stated by one source and rejected by another.

:func:`find_threads` works on any table of attributions (see :data:`COLUMNS`); :func:`from_store` reads one
from the claims store for a :class:`newslib.trends.Window`. :func:`pair_scores` scores a grouping against
gold groups (the FNC-1 measure of ``benchmarks/threads.py``).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

import numpy as np
import pandas as pd

#: Columns :func:`find_threads` reads (``hedges``, ``day``, ``outlet``, ``cue``, ``certainty`` and
#: ``uncertain`` may be missing).
COLUMNS = ["article_id", "attribution", "sentence", "day", "outlet", "who", "actor", "source", "source_kind", "cue",
           "content", "kind", "certainty", "uncertain", "hedges"]
THRESHOLD = 0.5
#: Contents with fewer words than this (after stop words) carry no claim to follow.
MIN_WORDS = 3
_ROWS_PER_BLOCK = 2000


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


def _key_blocks(keys: pd.Series):
    """Row numbers of the attributions that have a key, sorted by key and cut into blocks of about
    ``_ROWS_PER_BLOCK`` rows that never split a key (one product per block, not one per actor)."""
    idx = np.flatnonzero(keys.notna().to_numpy())
    if len(idx) == 0:
        return
    k = keys.to_numpy()[idx].astype(str)
    order = np.argsort(k, kind="stable")
    idx, k = idx[order], k[order]
    starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    bounds = list(starts) + [len(idx)]
    first = 0
    for n in range(1, len(bounds)):
        if bounds[n] - bounds[first] >= _ROWS_PER_BLOCK or n == len(bounds) - 1:
            yield idx[bounds[first]:bounds[n]]
            first = n


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


def _vectors(contents: list[str]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b",
                          dtype=np.float32)
    return vec.fit_transform(contents)


def _pairs(x, rows_a, rows_b, threshold: float, *, upper: bool):
    """``(i, j, cosine)`` for rows ``rows_a`` against rows ``rows_b`` of the L2-normalized matrix ``x`` with
    cosine >= threshold (``upper``: the same rows on both sides, pairs i < j only), a block at a time."""
    out_i, out_j, out_s = [np.zeros(0, int)], [np.zeros(0, int)], [np.zeros(0, np.float32)]
    if len(rows_a) == 0 or len(rows_b) == 0:
        return out_i[0], out_j[0], out_s[0]
    bt = x[rows_b].T.tocsr()
    for start in range(0, len(rows_a), _ROWS_PER_BLOCK):
        block = (x[rows_a[start:start + _ROWS_PER_BLOCK]] @ bt).tocoo()
        keep = block.data >= threshold
        if upper:
            keep &= block.col > block.row + start
        out_i.append(rows_a[block.row[keep] + start])
        out_j.append(rows_b[block.col[keep]])
        out_s.append(block.data[keep])
    return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_s)


def close_pairs(contents: list[str], threshold: float = THRESHOLD):
    """``(i, j, cosine)`` arrays for every pair i < j of ``contents`` whose TF-IDF cosine is >= threshold,
    computed a block of rows at a time (memory stays bounded for large tables)."""
    empty = (np.zeros(0, int), np.zeros(0, int), np.zeros(0, np.float32))
    if len(contents) < 2:
        return empty
    try:
        x = _vectors(contents)
    except ValueError:  # nothing but stop words
        return empty
    rows = np.arange(x.shape[0])
    return _pairs(x, rows, rows, threshold, upper=True)


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
    try:
        x = _vectors(t["content"].tolist()) if len(t) else None
    except ValueError:  # nothing but stop words
        x = None
    uf = _Union(len(t))
    # links: close contents within each actor's attributions (or all of them, content only)
    if x is not None:
        for rows in (_key_blocks(t["key"]) if same_actor else [np.arange(len(t))]):
            i, j, _ = _pairs(x, rows, rows, threshold, upper=True)
            link = art[i] != art[j]
            if same_actor:
                link &= key[i] == key[j]
            for a, b in zip(i[link], j[link]):
                uf.join(int(a), int(b))
        # conflicts: rejections against every other claim
        rej, other = np.flatnonzero(rejection), np.flatnonzero(~rejection)
        i, j, sim = _pairs(x, rej, other, threshold, upper=False)
    else:
        i = j = np.zeros(0, int)
        sim = np.zeros(0, np.float32)
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
