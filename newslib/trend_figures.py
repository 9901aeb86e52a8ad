"""Figures of the trends notebook: seaborn plots of the tables in :mod:`newslib.trends` and
:mod:`newslib.threads`, one function a figure, in the look of :mod:`newslib.figures` (title, axis labels, and
a caption under the plot saying how to read it; an empty table gives a sentence that says so,
:class:`newslib.figures.Nothing`, not an empty plot)."""
from __future__ import annotations

import pandas as pd

from .figures import Nothing, _figure, _finish, _sns, _wrap
from .render.style import KIND_COLOURS, SOURCE_KIND_COLOURS


def most_quoted(table: pd.DataFrame):
    """Lines: claims per week for the most quoted actors."""
    if table.empty or not table["claims"].any():
        return Nothing("no named actor is quoted in this period")
    fig, ax = _figure(3.9)
    _sns().lineplot(data=table.assign(who=[_wrap(x) for x in table["who"]]), x="week", y="claims", hue="who",
                    marker="o", ax=ax, palette="colorblind")
    ax.legend(title="actor", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    fig.autofmt_xdate()
    return _finish(fig, ax, title="Most quoted actors, week by week", xlabel="week (starting Monday)",
                   ylabel="claims",
                   caption="Each line counts the claims attributed to one of the period's most quoted actors in "
                           "each week; a rising line is a voice the coverage turns to more.")


def new_voices(table: pd.DataFrame):
    """Bars: claims of the actors first quoted in this period."""
    t = table.head(15)
    if t.empty:
        return Nothing("no one is quoted for the first time in this period")
    fig, ax = _figure(max(2.6, 0.34 * len(t) + 1.8))
    _sns().barplot(data=t.assign(who=[_wrap(x) for x in t["who"]]), y="who", x="claims", color="#009E73", ax=ax,
                   orient="h")
    return _finish(fig, ax, title="New voices", xlabel="claims in the period", ylabel="actor",
                   caption="Actors the store has never seen quoted before this period, by how many claims they "
                           "are given in it; a long bar is a newcomer the coverage already leans on.")


def unnamed_sources(table: pd.DataFrame):
    """Heat map: share of claims with an anonymous or no source, outlet by week."""
    if table.empty:
        return Nothing("no claims in this period")
    fig, ax = _figure(max(2.8, 0.42 * table["outlet"].nunique() + 2.0) if len(table) else 2.8)
    grid = table.assign(week=table["week"].dt.strftime("%Y-%m-%d")).pivot_table(
        index="outlet", columns="week", values="unnamed_share", aggfunc="mean")
    _sns().heatmap(grid, ax=ax, cmap="rocket_r", vmin=0, vmax=max(0.2, float(grid.max().max())),
                   annot=grid.shape[1] <= 10, fmt=".2f", linewidths=0.5,
                   cbar_kws={"label": "share anonymous or no source"})
    ax.grid(False)
    ax.tick_params(axis="x", labelrotation=30)
    return _finish(fig, ax, title="Claims readers cannot trace, by outlet and week", xlabel="week",
                   ylabel="outlet",
                   caption="Each cell is the share of an outlet's claims that week credited to an anonymous "
                           "source (officials said …) or to no source at all; darker cells ask readers to take "
                           "more on trust, blank cells are weeks without claims from that outlet.")


def certainty_by_week(table: pd.DataFrame):
    """Lines: mean certainty, share of uncertain sentences and share of articles admitting a gap, per week."""
    if table.empty:
        return Nothing("no articles in this period")
    fig, ax = _figure(3.6)
    long = table.melt(id_vars="week", value_vars=["mean_certainty", "uncertain_share", "gap_article_share"],
                      var_name="measure", value_name="value")
    long["measure"] = long["measure"].map({"mean_certainty": "mean certainty of sentences",
                                           "uncertain_share": "share of sentences uncertain",
                                           "gap_article_share": "share of articles admitting a gap"})
    _sns().lineplot(data=long, x="week", y="value", hue="measure", marker="o", ax=ax,
                    palette=["#0072B2", "#8e44ad", KIND_COLOURS["gap"]])
    ax.set_ylim(0, 1.02)
    ax.legend(title=None, bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    fig.autofmt_xdate()
    return _finish(fig, ax, title="Certainty and admitted gaps over time", xlabel="week (starting Monday)",
                   ylabel="share (0-1)",
                   caption="Mean certainty near 1 means sentences are stated as fact; when it falls while the "
                           "shares of uncertain sentences and of articles admitting what is not known rise, the "
                           "coverage is growing less sure.")


def headline_counts(table: pd.DataFrame):
    """Stacked bars: headline check verdicts per outlet."""
    outlets = table["outlet"].nunique() if len(table) else 0
    if table.empty:
        return Nothing("no headlines were checked in this period")
    fig, ax = _figure(max(2.6, 0.42 * outlets + 1.9))
    grid = table.pivot_table(index="outlet", columns="stance", values="headlines", aggfunc="sum", fill_value=0)
    order = [s for s in ("agree", "discuss", "disagree", "unrelated") if s in grid.columns]
    grid = grid[order].iloc[::-1]
    colours = {"agree": "#009E73", "discuss": "#9ca3af", "disagree": "#D55E00",
               "unrelated": SOURCE_KIND_COLOURS.get("anonymous", "#CC79A7")}
    left = pd.Series(0.0, index=grid.index)
    for s in order:
        ax.barh([_wrap(x) for x in grid.index.astype(str)], grid[s], left=left, color=colours[s], label=s,
                height=0.65)
        left += grid[s]
    ax.legend(title="the body …", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    return _finish(fig, ax, title="Do the bodies support their headlines?", xlabel="headlines", ylabel="outlet",
                   caption="For each outlet, its headlines by what the article's own body does with them: agree, "
                           "only discuss, disagree, or say nothing related; the last two are the flagged ones "
                           "listed below.")


def top_threads(table: pd.DataFrame, n: int = 10):
    """Bars: the claim threads repeated by most articles."""
    t = table.head(n)
    if t.empty:
        return Nothing("no claim is repeated across articles in this period")
    fig, ax = _figure(max(2.6, 0.42 * len(t) + 1.8))
    labels = [f"#{r.thread} {r.who}: {r.claim}" for r in t.itertuples()]
    _sns().barplot(data=t.assign(label=[_wrap(x, 60) for x in labels]), y="label", x="articles", color="#56B4E9",
                   ax=ax, orient="h")
    return _finish(fig, ax, title="Claims that travel", xlabel="articles repeating the claim", ylabel="",
                   caption="Each bar is one claim thread, the same actor's claim with close wording in several "
                           "articles, labelled with its earliest version; the longer the bar, the further the "
                           "claim has travelled.")
