"""Claims over time: tables from the claims store (:mod:`newslib.store`) for the trends notebook.

Every function takes a DuckDB connection to the store (:func:`newslib.store.open`) and a :class:`Window`
(a period and optional outlet and actor filters) and returns a pandas DataFrame. Weeks start on Monday
(``week`` is that Monday's date). An article's ``day`` is its publication date, else the day it was first
seen (see the store's ``latest_articles`` view). The outlet filter applies to every table; the actor filter to
the tables about who is quoted (most quoted, new voices, threads).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

import pandas as pd

from .errors import InputError

#: Sources that name no one: not a "voice" to rank.
_UNNAMED_KINDS = ("pronoun", "anonymous")
_PRONOUNS = ("i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "this", "that",
             "these", "those", "who", "one")


@dataclass(frozen=True)
class Window:
    """The period ``since``..``until`` (both days included) and the outlets and actors kept (empty: all)."""

    since: _dt.date
    until: _dt.date
    outlets: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()

    def describe(self) -> str:
        s = f"{self.since.isoformat()} to {self.until.isoformat()}"
        if self.outlets:
            s += "; outlets: " + ", ".join(self.outlets)
        if self.actors:
            s += "; actors: " + ", ".join(self.actors)
        return s


def _date(value, name: str) -> _dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(f"-p {name}", f"{value!r} is not a date (YYYY-MM-DD)") from None


def _names(value) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    return tuple(v.strip() for v in value if v and v.strip())


def window(con, since=None, until=None, *, outlet=None, actor=None, days: int = 28) -> Window:
    """The window a report covers: ``until`` defaults to the store's last day, ``since`` to ``days`` days
    before ``until``. ``outlet`` and ``actor`` are names or comma-separated lists."""
    until_d, since_d = _date(until, "until"), _date(since, "since")
    if until_d is None:
        last = con.execute("SELECT max(day) FROM latest_articles").fetchall()[0][0]
        until_d = last or _dt.date.today()
    if since_d is None:
        since_d = until_d - _dt.timedelta(days=days - 1)
    if since_d > until_d:
        raise InputError("-p since", f"{since_d} comes after until ({until_d})")
    return Window(since_d, until_d, _names(outlet), _names(actor))


def _where(w: Window, *, actors: bool = False, alias: str = "") -> tuple[str, list]:
    p = f"{alias}." if alias else ""
    sql, params = [f"{p}day BETWEEN ? AND ?"], [w.since, w.until]
    if w.outlets:
        sql.append(f"{p}outlet IN ({', '.join('?' * len(w.outlets))})")
        params += list(w.outlets)
    if actors and w.actors:
        sql.append(f"{p}who IN ({', '.join('?' * len(w.actors))})")
        params += list(w.actors)
    return " AND ".join(sql), params


_NAMED = (f"who <> '(no source)' AND coalesce(source_kind, '') NOT IN {_UNNAMED_KINDS} "
          f"AND lower(who) NOT IN {_PRONOUNS}")


def _df(con, sql: str, params: list) -> pd.DataFrame:
    return con.execute(sql, params).df()


def _weeks(w: Window) -> list[_dt.date]:
    first = w.since - _dt.timedelta(days=w.since.weekday())
    out = []
    while first <= w.until:
        out.append(first)
        first += _dt.timedelta(days=7)
    return out


def summary(con, w: Window) -> pd.DataFrame:
    """What the window holds: articles, claims, outlets, actors quoted, days with articles."""
    where, params = _where(w)
    a = con.execute(f"SELECT count(*), count(DISTINCT outlet), count(DISTINCT day) FROM latest_articles "
                    f"WHERE {where}", params).fetchall()[0]
    c = con.execute(f"SELECT count(*), count(DISTINCT who) FILTER (WHERE {_NAMED}) FROM claims WHERE {where}",
                    params).fetchall()[0]
    rows = [("period", w.describe()), ("articles", a[0]), ("outlets", a[1]), ("days with articles", a[2]),
            ("claims (attributions)", c[0]), ("named voices quoted", c[1])]
    return pd.DataFrame(rows, columns=["what", "value"]).set_index("what")


def most_quoted(con, w: Window, *, n: int = 8) -> pd.DataFrame:
    """Claims per week for the ``n`` named actors quoted most in the window (or the actor filter's):
    week, who, claims (0 for a week without any)."""
    where, params = _where(w, actors=True)
    top = [r[0] for r in con.execute(
        f"SELECT who FROM claims WHERE {where} AND {_NAMED} GROUP BY who ORDER BY count(*) DESC, who LIMIT ?",
        params + [n]).fetchall()]
    cols = ["week", "who", "claims"]
    if not top:
        return pd.DataFrame(columns=cols)
    got = _df(con, f"""SELECT CAST(date_trunc('week', day) AS DATE) AS week, who, count(*) AS claims
                       FROM claims WHERE {where} AND who IN ({', '.join('?' * len(top))}) GROUP BY ALL""",
              params + top)
    full = pd.MultiIndex.from_product([_weeks(w), top], names=["week", "who"]).to_frame(index=False)
    out = full.merge(got.assign(week=pd.to_datetime(got["week"]).dt.date), on=["week", "who"], how="left")
    out["claims"] = out["claims"].fillna(0).astype(int)
    out["week"] = pd.to_datetime(out["week"])
    return out[cols]


def new_voices(con, w: Window, *, n: int = 15) -> pd.DataFrame:
    """Named actors quoted in the window and never before it (in the store): who, first_day, claims,
    articles, outlets (comma-separated), most quoted first."""
    where, params = _where(w, actors=True)
    return _df(con, f"""
        WITH before AS (SELECT DISTINCT who FROM claims WHERE day < ? AND {_NAMED})
        SELECT who, min(day) AS first_day, count(*) AS claims, count(DISTINCT article_id) AS articles,
               string_agg(DISTINCT coalesce(outlet, '(unknown)'), ', ' ORDER BY coalesce(outlet, '(unknown)'))
                   AS outlets
        FROM claims WHERE {where} AND {_NAMED} AND who NOT IN (SELECT who FROM before)
        GROUP BY who ORDER BY claims DESC, articles DESC, who LIMIT ?""", [w.since] + params + [n])


def unnamed_sources(con, w: Window) -> pd.DataFrame:
    """Per outlet and week: claims, anonymous (officials said, a person familiar with …), no_source (a cue
    with no source found), and their shares of the outlet's claims that week."""
    where, params = _where(w)
    df = _df(con, f"""
        SELECT coalesce(outlet, '(unknown)') AS outlet, CAST(date_trunc('week', day) AS DATE) AS week,
               count(*) AS claims, count(*) FILTER (WHERE source_kind = 'anonymous') AS anonymous,
               count(*) FILTER (WHERE source IS NULL) AS no_source
        FROM claims WHERE {where} GROUP BY ALL ORDER BY outlet, week""", params)
    df["anonymous_share"] = (df["anonymous"] / df["claims"]).round(3)
    df["unnamed_share"] = ((df["anonymous"] + df["no_source"]) / df["claims"]).round(3)
    df["week"] = pd.to_datetime(df["week"])
    return df


def certainty_by_week(con, w: Window) -> pd.DataFrame:
    """Per week: articles, body sentences, mean certainty (1 = stated as fact), the share of sentences
    marked uncertain, admitted gaps and the share of articles admitting at least one."""
    where, params = _where(w)
    df = _df(con, f"""
        SELECT CAST(date_trunc('week', day) AS DATE) AS week, count(*) AS articles,
               sum(sentences) AS sentences, sum(mean_certainty * sentences) / nullif(sum(sentences), 0)
                   AS mean_certainty,
               sum(uncertain_sentences) / nullif(sum(sentences), 0) AS uncertain_share,
               sum(gaps) AS gaps, avg(CAST(gaps > 0 AS DOUBLE)) AS gap_article_share
        FROM article_certainty WHERE {where} GROUP BY ALL ORDER BY week""", params)
    for c in ("mean_certainty", "uncertain_share", "gap_article_share"):
        df[c] = df[c].astype(float).round(3)
    df["week"] = pd.to_datetime(df["week"])
    return df


def flagged_headlines(con, w: Window, *, n: int = 30) -> pd.DataFrame:
    """Headlines the check flags: judged unrelated to their body, or contradicted by it (stance disagree),
    newest first: day, outlet, title, stance, score, evidence."""
    where, params = _where(w)
    return _df(con, f"""SELECT day, outlet, title, stance, round(score, 3) AS score, evidence
                        FROM headline_checks WHERE {where} AND stance IN ('unrelated', 'disagree')
                        ORDER BY day DESC, outlet, title LIMIT ?""", params + [n])


def headline_counts(con, w: Window) -> pd.DataFrame:
    """Per outlet: headlines checked, and how many the check judged agree, discuss, disagree, unrelated."""
    where, params = _where(w)
    return _df(con, f"""SELECT coalesce(outlet, '(unknown)') AS outlet, stance, count(*) AS headlines
                        FROM headline_checks WHERE {where} GROUP BY ALL ORDER BY outlet, stance""", params)
