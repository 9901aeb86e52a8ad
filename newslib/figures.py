"""Figures: seaborn plots of the tables in :mod:`newslib.analysis`, one function a figure.

Every function takes a table (or a tagged article), returns a :class:`matplotlib.figure.Figure` with a title,
axis labels and a caption sentence under the plot saying what it shows, and closes it in pyplot so that a
notebook shows it once, where the function's result is displayed. Colours are the palette of
:mod:`newslib.render.style`, the same as the highlighted text. An empty table gives a figure that says so.

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


def _empty(ax, what: str):
    ax.text(0.5, 0.5, f"nothing to show: {what}", ha="center", va="center", transform=ax.transAxes, fontsize=11,
            color="#57606a")
    ax.set_xticks([])
    ax.set_yticks([])


def _truncate(labels, n: int = 28):
    return [s if len(str(s)) <= n else str(s)[: n - 1] + "…" for s in labels]


# ---- one article --------------------------------------------------------------------------------------------
def claims_by_actor(tagged: "TaggedArticle", *, top: int = 12):
    """Horizontal stacked bars: claims per actor (or unnamed source), split by claim kind."""
    from .analysis import claims_table

    claims = claims_table(tagged)
    names = claims["who"].value_counts().head(top).index.tolist() if len(claims) else []
    fig, ax = _figure(max(2.8, 0.42 * len(names) + 1.9))
    if not names:
        _empty(ax, "no claims were tagged in this article")
    else:
        tab = pd.crosstab(claims["who"], claims["kind"]).reindex(names[::-1]).fillna(0)
        left = pd.Series(0.0, index=tab.index)
        for kind in [k for k in KIND_COLOURS if k in tab.columns] + [k for k in tab.columns if k not in KIND_COLOURS]:
            ax.barh(_truncate(tab.index), tab[kind], left=left, color=kind_colour(kind), label=kind, height=0.65)
            left += tab[kind]
        ax.legend(title="claim kind", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
        ax.xaxis.get_major_locator().set_params(integer=True)
    return _finish(fig, ax, title="Who makes the claims", xlabel="claims (attributions)", ylabel="actor or source",
                   caption="Each bar counts the claims attributed to one actor or source in this article, "
                           "coloured by claim kind; (no source) marks cues whose source was not found.")


def certainty_along(tagged: "TaggedArticle"):
    """Certainty of each body sentence in reading order, coloured by claim kind, hedged sentences marked."""
    from .analysis import certainty_table

    s = certainty_table(tagged)
    fig, ax = _figure(3.6)
    if s.empty:
        _empty(ax, "the article has no body sentences")
    else:
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
def claims_over_time(table: pd.DataFrame):
    """Lines: claims per actor per period (from :func:`newslib.analysis.claims_over_time`)."""
    fig, ax = _figure(3.9)
    if table.empty:
        _empty(ax, "the corpus has no dates")
    else:
        _sns().lineplot(data=table, x="period", y="claims", hue="who", marker="o", ax=ax, palette="colorblind")
        ax.legend(title="actor", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
        fig.autofmt_xdate()
    return _finish(fig, ax, title="Claims per actor over time", xlabel="period", ylabel="claims",
                   caption="How many claims the corpus attributes to each of its most quoted actors per period; "
                           "a peak is a period in which that actor was quoted or paraphrased often.")


def kinds_by_outlet(table: pd.DataFrame):
    """Stacked horizontal bars: share of each claim kind per outlet."""
    fig, ax = _figure(max(2.6, 0.45 * len(table) + 1.9))
    if table.empty:
        _empty(ax, "no claims were tagged")
    else:
        tab = table.iloc[::-1]
        left = pd.Series(0.0, index=tab.index)
        for kind in tab.columns:
            ax.barh(_truncate(tab.index.astype(str)), tab[kind], left=left, color=kind_colour(kind), label=kind,
                    height=0.65)
            left += tab[kind]
        ax.set_xlim(0, 1)
        ax.legend(title="claim kind", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    return _finish(fig, ax, title="Claim kinds by outlet", xlabel="share of the outlet's claims", ylabel="outlet",
                   caption="For each outlet, the share of its claims that are statements, proposals, demands, "
                           "rejections, speculation or gaps; bars add up to one.")


def top_cues(table: pd.DataFrame, n: int = 15):
    """Bars: the most used cues."""
    t = table.head(n)
    fig, ax = _figure(max(2.6, 0.32 * len(t) + 1.8))
    if t.empty:
        _empty(ax, "no cues were tagged")
    else:
        _sns().barplot(data=t, y="cue", x="claims", color="#E69F00", ax=ax, orient="h")
    return _finish(fig, ax, title="Most used cues", xlabel="claims", ylabel="cue",
                   caption="The words that introduce claims (said, told, according to …) ranked by how many "
                           "claims each introduces across the corpus.")


def anonymous_share(table: pd.DataFrame):
    """Bars: share of anonymous sources per outlet."""
    fig, ax = _figure(max(2.6, 0.42 * len(table) + 1.8))
    if table.empty:
        _empty(ax, "no claims were tagged")
    else:
        _sns().barplot(data=table, y="outlet", x="anonymous_share", color=SOURCE_KIND_COLOURS["anonymous"], ax=ax,
                    orient="h")
        ax.set_xlim(0, max(0.05, float(table["anonymous_share"].max()) * 1.15))
    return _finish(fig, ax, title="Anonymous sources by outlet", xlabel="share of claims with an anonymous source",
                   ylabel="outlet",
                   caption="Share of each outlet's claims credited to unnamed sources (officials, people familiar "
                           "with …); a higher share means readers must take more on trust.")


def hedging_by_actor(table: pd.DataFrame):
    """Bars: share of each actor's claims that are hedged."""
    fig, ax = _figure(max(2.6, 0.4 * len(table) + 1.8))
    if table.empty:
        _empty(ax, "too few claims per actor")
    else:
        t = table.assign(who=_truncate(table["who"]))
        _sns().barplot(data=t, y="who", x="hedged_share", color="#8e44ad", ax=ax, orient="h")
        ax.set_xlim(0, 1)
    return _finish(fig, ax, title="Hedging by actor", xlabel="share of claims in a hedged sentence", ylabel="actor",
                   caption="For the most quoted actors, the share of their claims made in sentences marked "
                           "uncertain (may, reportedly, if …).")


def gap_rate(table: pd.DataFrame):
    """Bars: share of articles per outlet that admit at least one information gap."""
    fig, ax = _figure(max(2.6, 0.42 * len(table) + 1.8))
    if table.empty:
        _empty(ax, "no articles")
    else:
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
    fig, ax = _figure(max(2.8, 0.5 * len(rows) + 2.0))
    if rows.empty:
        _empty(ax, "no precision/recall rows")
    else:
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
    fig, ax = _figure(max(3.0, 0.45 * n + 2.0), width=min(WIDTH, 0.6 * n + 3.6))
    if matrix.empty:
        _empty(ax, "no gold claim kinds")
    else:
        _sns().heatmap(matrix, annot=True, fmt="g", cmap="Blues", cbar=False, ax=ax, linewidths=0.5,
                    linecolor="#e5e7eb")
    return _finish(fig, ax, title=title, xlabel="predicted", ylabel="gold",
                   caption="Counts of claims by gold kind (rows) and the kind newslib gave them (columns); the "
                           "diagonal is agreement.")
