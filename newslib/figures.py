"""Figures: seaborn plots of the tables in :mod:`newslib.analysis`, one function a figure.

Every function takes a table (or a tagged article), returns a :class:`matplotlib.figure.Figure` with a title,
axis labels and a caption sentence under the plot saying what it shows, and closes it in pyplot so that a
notebook shows it once, where the function's result is displayed. Colours are the palette of
:mod:`newslib.render.style`, the same as the highlighted text. An empty table gives no figure but a
:class:`Nothing`, a sentence saying why (a notebook shows it as text). Labels are wrapped, never cut short.

The corpus and evaluation figures are drawn with seaborn. The two figures of one article need only
matplotlib's bars and dots, in the same whitegrid look; seaborn (which imports scipy.stats, a second or more)
is imported on first use, so the article report does not pay for it.
"""
from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd

from .render.style import KIND_COLOURS, SOURCE_KIND_COLOURS, kind_colour

if TYPE_CHECKING:  # pragma: no cover
    from .tagging.tagged import TaggedArticle

#: Width of a full-width figure in inches; with DPI this keeps report figures at about 860 px wide.
WIDTH = 8.6
DPI = 100

_RC = {"axes.spines.top": False, "axes.spines.right": False, "axes.titleweight": "bold", "axes.titlesize": 12.5,
       "axes.labelsize": 10.5, "xtick.labelsize": 9.5, "ytick.labelsize": 9.5, "legend.fontsize": 9,
       "legend.title_fontsize": 9.5, "figure.dpi": DPI, "savefig.dpi": DPI, "font.family": "DejaVu Sans"}


#: seaborn's "whitegrid" style, spelled out so that figures without seaborn look the same as those with it.
_WHITEGRID = {"axes.facecolor": "white", "figure.facecolor": "white", "axes.edgecolor": "#cccccc",
              "axes.grid": True, "axes.axisbelow": True, "axes.linewidth": 1.0, "grid.color": "#e5e7eb",
              "grid.linestyle": "-", "text.color": "#262626", "axes.labelcolor": "#262626",
              "xtick.color": "#262626", "ytick.color": "#262626", "xtick.bottom": False, "ytick.left": False,
              "lines.solid_capstyle": "round", "patch.edgecolor": "white"}


def _sns():
    import seaborn as sns

    return sns


def _figure(height: float, width: float = WIDTH):
    with matplotlib.rc_context({**_WHITEGRID, **_RC}):
        fig, ax = plt.subplots(figsize=(width, height), dpi=DPI)
    plt.close(fig)  # shown by the caller's display, not again by the inline backend
    return fig, ax


def _finish(fig, ax, *, title: str, xlabel: str, ylabel: str, caption: str):
    with matplotlib.rc_context(_RC):
        ax.set_title(title, loc="left", fontsize=12.5, fontweight="bold", pad=10)
        ax.set_xlabel(xlabel, fontsize=10.5)
        ax.set_ylabel(ylabel, fontsize=10.5)
        width_chars = int(fig.get_figwidth() * 13.5)
        lines = textwrap.wrap(caption, width_chars)
        fig.text(0.01, 0.01, "\n".join(lines), ha="left", va="bottom", fontsize=9, color="#57606a", style="italic",
                 wrap=False)
        bottom = (0.14 + 0.15 * len(lines)) / fig.get_figheight()
        fig.tight_layout(rect=(0, min(0.45, bottom), 1, 1))
    fig.caption = caption  # for text views and tests
    return fig


class Nothing:
    """What a figure function returns when its table is empty: a sentence saying why, not an empty plot. A
    notebook shows it as a line of text; ``bool(Nothing(...))`` is False."""

    def __init__(self, what: str):
        self.caption = f"Nothing to show here: {what}."

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return self.caption

    def _repr_html_(self) -> str:
        from html import escape

        return f'<p class="nl-nothing" style="color:#57606a;font-style:italic;">{escape(self.caption)}</p>'


def _wrap(label, width: int = 30) -> str:
    """A label on as many lines as it needs (never cut short)."""
    return "\n".join(textwrap.wrap(str(label), width, break_long_words=False)) or str(label)


# ---- one article --------------------------------------------------------------------------------------------
def claims_by_actor(tagged: "TaggedArticle", *, top: int = 12):
    """Who makes the claims, and where: a row per actor (or unnamed source), most claims first with its count,
    and a dot per claim at its sentence in reading order, coloured by claim kind. It reads the same for three
    claims (where each one sits) as for three hundred (who dominates, and in which part of the article)."""
    from .analysis import claims_table

    claims = claims_table(tagged)
    if claims.empty:
        return Nothing("no claims were tagged in this article")
    counts = claims["who"].value_counts()
    names = counts.head(top).index.tolist()
    labels = [f"{_wrap(name)} ({counts[name]})" for name in names]
    extra_lines = sum(label.count("\n") for label in labels)
    fig, ax = _figure(max(2.6, 0.42 * len(names) + 0.16 * extra_lines + 2.0))
    row = {name: len(names) - 1 - i for i, name in enumerate(names)}  # most claims on top
    n_sentences = max(len(tagged.sents), int(claims["sentence"].max()) + 1)
    size = 70 if n_sentences <= 60 else max(16, 4200 / n_sentences)
    shown = claims[claims["who"].isin(names)].copy()
    # claims of one actor in one sentence sit side by side instead of on top of each other
    shown["nth"] = shown.groupby(["who", "sentence"]).cumcount()
    step = max(0.3, n_sentences / 70)
    last = shown.groupby(["who", "sentence"])["nth"].transform("max")
    shown["x"] = shown["sentence"] + (shown["nth"] - last / 2) * step
    for name, y in row.items():
        ax.axhline(y, color="#eef0f2", linewidth=0.9, zorder=0)
    kinds = [k for k in KIND_COLOURS if k in set(shown["kind"])] + sorted(set(shown["kind"]) - set(KIND_COLOURS))
    for kind in kinds:
        part = shown[shown["kind"] == kind]
        ax.scatter(part["x"], [row[w] for w in part["who"]], s=size, color=kind_colour(kind), label=kind,
                   edgecolors="white", linewidths=0.6, zorder=2)
    ax.set_yticks([row[name] for name in names], labels)
    ax.set_ylim(-0.7, len(names) - 0.3)
    ax.set_xlim(-0.6, n_sentences - 0.4)
    ax.grid(axis="y", visible=False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="claim kind", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    more = len(counts) - len(names)
    caption = ("Each dot is one claim, placed at its sentence (reading order) and coloured by claim kind; one row "
               "per actor or source, most claims first, with its number of claims in brackets"
               + (f"; {more} more sources with fewer claims are in the claims table." if more > 0 else "."))
    return _finish(fig, ax, title="Who makes the claims, and where", xlabel="sentence (reading order)",
                   ylabel="actor or source (claims)", caption=caption)


def certainty_along(tagged: "TaggedArticle"):
    """Certainty of each body sentence in reading order, coloured by claim kind, hedged sentences marked."""
    from .analysis import certainty_table

    s = certainty_table(tagged)
    if s.empty:
        return Nothing("the article has no body sentences")
    fig, ax = _figure(3.6)
    ax.plot(s["index"], s["certainty"], color="#8c959f", linewidth=1, zorder=1)
    ax.scatter(s["index"], s["certainty"], c=[kind_colour(k) for k in s["kind"]], s=55, zorder=2,
               edgecolors="white", linewidths=0.6)
    for kind in dict.fromkeys(s["kind"]):  # legend entries in order of first appearance
        ax.scatter([], [], color=kind_colour(kind), s=55, label=kind)
    hedged = s[s["n_hedges"] > 0]
    if len(hedged):
        ax.scatter(hedged["index"], hedged["certainty"], s=150, facecolors="none", edgecolors="#8e44ad",
                   linewidths=1.2, label="has a hedge", zorder=3)
    ax.set_ylim(-0.05, 1.08)
    ax.legend(title="claim kind", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    return _finish(fig, ax, title="Certainty along the article", xlabel="sentence (reading order)",
                   ylabel="certainty (1 = stated as fact)",
                   caption="Each dot is one sentence of the body, in reading order: how firmly it states its "
                           "claim (1 = as fact, lower = hedged or speculative); circled sentences hold a hedge.")


# ---- a corpus -----------------------------------------------------------------------------------------------
def _ticks_on_periods(ax, periods: pd.Series, most: int = 12) -> None:
    """Date ticks on the data points themselves (each period's start), at most ``most`` of them, labelled as
    dates ("3 Mar 2026") when periods are shorter than a month, else as months ("Mar 2026")."""
    import matplotlib.dates as mdates

    when = sorted(pd.to_datetime(pd.Series(periods).dropna().unique()))
    if not when:
        return
    step = -(-len(when) // most)
    ticks = when[::step]
    monthly = len(when) > 1 and all(t.day == 1 for t in when) and min(
        (b - a).days for a, b in zip(when, when[1:])) >= 28
    ax.set_xticks([mdates.date2num(t) for t in ticks])
    ax.set_xticklabels([t.strftime("%b %Y" if monthly else "%-d %b %Y") for t in ticks], rotation=30, ha="right")
    ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())


def claims_over_time(table: pd.DataFrame):
    """Lines: claims per actor per period (from :func:`newslib.analysis.claims_over_time`)."""
    if table.empty:
        return Nothing("the corpus has no dates")
    fig, ax = _figure(3.9)
    _sns().lineplot(data=table, x="period", y="claims", hue="who", marker="o", ax=ax, palette="colorblind")
    ax.legend(title="actor", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    _ticks_on_periods(ax, table["period"])
    return _finish(fig, ax, title="Claims per actor over time", xlabel="period", ylabel="claims",
                   caption="How many claims the corpus attributes to each of its most quoted actors per period; "
                           "a peak is a period in which that actor was quoted or paraphrased often.")


def kinds_by_outlet(table: pd.DataFrame):
    """Stacked horizontal bars: share of each claim kind per outlet."""
    if table.empty:
        return Nothing("no claims were tagged")
    fig, ax = _figure(max(2.6, 0.45 * len(table) + 1.9))
    tab = table.iloc[::-1]
    left = pd.Series(0.0, index=tab.index)
    for kind in tab.columns:
        ax.barh([_wrap(o) for o in tab.index.astype(str)], tab[kind], left=left, color=kind_colour(kind),
                label=kind, height=0.65)
        left += tab[kind]
    ax.set_xlim(0, 1)
    ax.legend(title="claim kind", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    return _finish(fig, ax, title="Claim kinds by outlet", xlabel="share of the outlet's claims", ylabel="outlet",
                   caption="For each outlet, the share of its claims that are statements, proposals, demands, "
                           "rejections, speculation or gaps; bars add up to one.")


def top_cues(table: pd.DataFrame, n: int = 15):
    """Bars: the most used cues."""
    t = table.head(n)
    if t.empty:
        return Nothing("no cues were tagged")
    fig, ax = _figure(max(2.6, 0.32 * len(t) + 1.8))
    t = t.assign(cue=[_wrap(c, 34) for c in t["cue"]])
    _sns().barplot(data=t, y="cue", x="claims", color="#E69F00", ax=ax, orient="h")
    return _finish(fig, ax, title="Most used cues", xlabel="claims", ylabel="cue",
                   caption="The words that introduce claims (said, told, according to …), and punctuation that "
                           "introduces a quotation, ranked by how many claims each introduces across the corpus.")


def anonymous_share(table: pd.DataFrame):
    """Bars: share of anonymous sources per outlet."""
    if table.empty:
        return Nothing("no claims were tagged")
    fig, ax = _figure(max(2.6, 0.42 * len(table) + 1.8))
    _sns().barplot(data=table, y="outlet", x="anonymous_share", color=SOURCE_KIND_COLOURS["anonymous"], ax=ax,
                   orient="h")
    ax.set_xlim(0, max(0.05, float(table["anonymous_share"].max()) * 1.15))
    return _finish(fig, ax, title="Anonymous sources by outlet", xlabel="share of claims with an anonymous source",
                   ylabel="outlet",
                   caption="Share of each outlet's claims credited to unnamed sources (officials, people familiar "
                           "with …); a higher share means readers must take more on trust.")


def hedging_by_actor(table: pd.DataFrame):
    """Bars: share of each actor's claims that are hedged."""
    if table.empty:
        return Nothing("too few claims per actor")
    fig, ax = _figure(max(2.6, 0.4 * len(table) + 1.8))
    t = table.assign(who=[_wrap(w) for w in table["who"]])
    _sns().barplot(data=t, y="who", x="hedged_share", color="#8e44ad", ax=ax, orient="h")
    ax.set_xlim(0, 1)
    return _finish(fig, ax, title="Hedging by actor", xlabel="share of claims in a hedged sentence", ylabel="actor",
                   caption="For the most quoted actors, the share of their claims made in sentences marked "
                           "uncertain (may, reportedly, if …).")


def gap_rate(table: pd.DataFrame):
    """Bars: share of articles per outlet that admit at least one information gap."""
    if table.empty:
        return Nothing("no articles")
    fig, ax = _figure(max(2.6, 0.42 * len(table) + 1.8))
    _sns().barplot(data=table, y="outlet", x="article_share", color=KIND_COLOURS["gap"], ax=ax, orient="h")
    ax.set_xlim(0, 1)
    return _finish(fig, ax, title="Information gaps by outlet", xlabel="share of articles with a gap",
                   ylabel="outlet",
                   caption="Share of each outlet's articles that say at least once that something is not known "
                           "(\"it is not clear\", \"did not say\" …).")


# ---- evaluation ---------------------------------------------------------------------------------------------
def prf_bars(frame: pd.DataFrame, *, title: str = "Precision, recall and F1"):
    """Grouped bars: precision, recall and F1 per metric row of an ``EvalReport.to_frame()``."""
    keys = [k for k in ("precision", "recall", "f1") if k in frame.columns]
    rows = frame.dropna(subset=keys, how="all") if keys else frame.iloc[0:0]
    if rows.empty:
        return Nothing("no precision/recall rows")
    fig, ax = _figure(max(2.8, 0.5 * len(rows) + 2.0))
    long = rows.melt(id_vars="metric", value_vars=keys, var_name="measure", value_name="score")
    _sns().barplot(data=long, y="metric", x="score", hue="measure", orient="h", ax=ax,
                   palette={"precision": "#0072B2", "recall": "#E69F00", "f1": "#009E73"})
    ax.set_xlim(0, 1)
    ax.legend(title="", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    return _finish(fig, ax, title=title, xlabel="score (0–1)", ylabel="role and matching",
                   caption="For each role and matching mode, precision (share of newslib's spans that are right), "
                           "recall (share of gold spans found) and their harmonic mean F1.")


def confusion(matrix: pd.DataFrame, *, title: str = "Claim kinds: gold against predicted"):
    """Heat map of a confusion table (rows gold, columns predicted)."""
    n = max(len(matrix), 1)
    if matrix.empty:
        return Nothing("no gold claim kinds")
    fig, ax = _figure(max(3.0, 0.45 * n + 2.0), width=min(WIDTH, 0.6 * n + 3.6))
    _sns().heatmap(matrix, annot=True, fmt="g", cmap="Blues", cbar=False, ax=ax, linewidths=0.5,
                   linecolor="#e5e7eb")
    return _finish(fig, ax, title=title, xlabel="predicted", ylabel="gold",
                   caption="Counts of claims by gold kind (rows) and the kind newslib gave them (columns); the "
                           "diagonal is agreement.")
