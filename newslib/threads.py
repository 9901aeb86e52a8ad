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
COLUMNS = ["article_id", "attribution", "day", "outlet", "who", "actor", "source", "source_kind", "cue", "content", "kind",
           "certainty", "uncertain", "hedges"]
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


def _actor_key(row) -> str | None:
    actor, source, kind = row.get("actor"), row.get("source") or row.get("who"), row.get("source_kind")
    if isinstance(actor, str) and actor:
        return actor
    if kind in ("pronoun", "anonymous") or not isinstance(source, str) or not source or source == "(no source)":
        return None
    return source.lower()


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
    xt = x.T.tocsr()
    rows, cols, sims = [], [], []
    for start in range(0, x.shape[0], _ROWS_PER_BLOCK):
        block = (x[start:start + _ROWS_PER_BLOCK] @ xt).tocoo()
        keep = (block.data >= threshold) & (block.col > block.row + start)
        rows.append(block.row[keep] + start)
        cols.append(block.col[keep])
        sims.append(block.data[keep])
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(sims)


def find_threads(table: pd.DataFrame, *, threshold: float = THRESHOLD, min_articles: int = 2,
                 same_actor: bool = True) -> ClaimThreads:
    """Group the attributions of ``table`` into claim threads (see the module's docstring).
    ``same_actor=False`` links close contents whatever their sources (the content-only baseline)."""
    t = table.reset_index(drop=True).copy()
    for col in COLUMNS:
        if col not in t.columns:
            t[col] = None
    t = t[t["content"].notna()].reset_index(drop=True)
    t["key"] = [_actor_key(r) for r in t.to_dict("records")]
    words = t["content"].str.count(r"[^\W\d_]{3,}")
    t = t[words >= MIN_WORDS].reset_index(drop=True)
    i, j, sim = close_pairs(t["content"].tolist(), threshold)
    art = t["article_id"].to_numpy()
    key = t["key"].to_numpy()
    rejection = (t["kind"] == "rejection").to_numpy()
    other_article = art[i] != art[j]
    if same_actor:
        link = other_article & (key[i] == key[j]) & pd.notna(key[i])
    else:
        link = other_article
    uf = _Union(len(t))
    for a, b in zip(i[link], j[link]):
        uf.join(int(a), int(b))
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

    # conflicts: close contents from a source of another actor, one side a rejection and the other not
    cand = other_article & (rejection[i] != rejection[j]) & ((key[i] != key[j]) | pd.isna(key[i]))
    conf_rows = []
    groups = t["group"].to_numpy()
    for a, b, s in zip(i[cand], j[cand], sim[cand]):
        for mine, theirs in ((a, b), (b, a)):
            g = groups[mine]
            if g in number and not rejection[mine]:
                r = t.iloc[theirs]
                conf_rows.append({"thread": number[g], "who": r["who"], "cue": r["cue"], "kind": r["kind"],
                                  "content": r["content"], "day": r["day"], "outlet": r["outlet"],
                                  "article_id": r["article_id"], "similarity": round(float(s), 3)})
    conflicts = pd.DataFrame(conf_rows, columns=["thread", "who", "cue", "kind", "content", "day", "outlet",
                                                 "article_id", "similarity"])
    conflicts = conflicts.drop_duplicates(["thread", "article_id", "content"])

    vcols = ["thread", "day", "outlet", "article_id", "who", "cue", "kind", "content", "certainty", "uncertain",
             "hedges"]
    versions = v.sort_values(["thread", "day", "outlet"], na_position="last")[vcols].reset_index(drop=True)
    rows = []
    n_conf = conflicts.groupby("thread").size() if len(conflicts) else pd.Series(dtype=int)
    for th, g in versions.groupby("thread", sort=True):
        first = g.iloc[0]
        who = g["who"].mode().iat[0] if g["who"].notna().any() else None
        rows.append({"thread": th, "who": who, "claim": first["content"], "first_day": first["day"],
                     "articles": g["article_id"].nunique(),
                     "outlets": ", ".join(sorted({str(o) for o in g["outlet"].dropna()})),
                     "versions": len(g), "hedged": int(g["uncertain"].fillna(False).astype(bool).sum()),
                     "mean_certainty": round(float(pd.to_numeric(g["certainty"], errors="coerce").mean()), 3)
                     if g["certainty"].notna().any() else None,
                     "conflicts": int(n_conf.get(th, 0))})
    threads = pd.DataFrame(rows, columns=["thread", "who", "claim", "first_day", "articles", "outlets", "versions",
                                          "hedged", "mean_certainty", "conflicts"])
    return ClaimThreads(threads, versions, conflicts.reset_index(drop=True))


def from_store(con, w, *, threshold: float = THRESHOLD, min_articles: int = 2) -> ClaimThreads:
    """The claim threads among the attributions of a store's window (:class:`newslib.trends.Window`; the
    actor filter keeps threads of those actors)."""
    from .trends import _where

    where, params = _where(w, alias="c")
    table = con.execute(f"""
        SELECT c.article_id, c.attribution, c.day, c.outlet, c.who, c.actor, c.source, c.source_kind, c.cue,
               c.content, c.kind, c.certainty, c.uncertain,
               (SELECT string_agg(h.text, '; ' ORDER BY h.start) FROM hedges h
                 WHERE h.article_id = c.article_id AND h.sentence = c.sentence AND h.kind <> 'booster') AS hedges
        FROM claims c WHERE {where}""", params).df()
    found = find_threads(table, threshold=threshold, min_articles=min_articles)
    if w.actors:
        keep = set(found.threads.loc[found.threads["who"].isin(w.actors), "thread"])
        found = ClaimThreads(*(df[df["thread"].isin(keep)].reset_index(drop=True)
                               for df in (found.threads, found.versions, found.conflicts)))
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
