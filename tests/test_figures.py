"""Figures: each has a title, axis labels and a caption, draws something, and copes with an empty table."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from newslib import figures


def _texts(fig) -> list[str]:
    return [t.get_text() for t in fig.texts]


CASES = [
    ("claims_over_time", pd.DataFrame({"period": pd.to_datetime(["2026-01-01", "2026-02-01"] * 2),
                                       "who": ["Ann Lee", "Ann Lee", "Bo Chan", "Bo Chan"], "claims": [3, 0, 1, 2]})),
    ("kinds_by_outlet", pd.DataFrame({"statement": [0.5, 0.7], "demand": [0.5, 0.3]},
                                     index=pd.Index(["north", "south"], name="outlet"))),
    ("top_cues", pd.DataFrame({"cue": ["said", "told"], "claims": [10, 3], "share": [0.7, 0.3], "articles": [4, 2]})),
    ("anonymous_share", pd.DataFrame({"outlet": ["north", "south"], "claims": [4, 3], "anonymous": [1, 0],
                                      "no_source": [0, 1], "anonymous_share": [0.25, 0.0]})),
    ("hedging_by_actor", pd.DataFrame({"who": ["Ann Lee", "Bo Chan"], "claims": [3, 1], "hedged": [1, 1],
                                       "hedged_share": [0.333, 1.0], "mean_certainty": [0.8, 0.4]})),
    ("gap_rate", pd.DataFrame({"outlet": ["north"], "articles": [2], "sentences": [15], "gaps": [1],
                               "articles_with_gap": [1], "article_share": [0.5], "gaps_per_100_sentences": [6.67]})),
    ("prf_bars", pd.DataFrame({"metric": ["cue exact", "source exact"], "precision": [0.6, 0.7],
                               "recall": [0.5, 0.8], "f1": [0.55, 0.75]})),
    ("confusion", pd.DataFrame([[5, 1], [0, 2]], index=["statement", "demand"], columns=["statement", "demand"])),
]


@pytest.mark.parametrize("name, table", CASES, ids=[c[0] for c in CASES])
def test_figure_has_title_labels_caption_and_marks(name, table):
    before = len(plt.get_fignums())
    fig = getattr(figures, name)(table)
    ax = fig.axes[0]
    assert ax.get_title(loc="left")
    assert ax.get_xlabel() and ax.get_ylabel()
    assert fig.caption.endswith(".") and any(fig.caption[:30] in t.replace("\n", " ") for t in _texts(fig))
    assert ax.patches or ax.lines or ax.collections or ax.images  # it drew something
    assert len(plt.get_fignums()) == before  # closed in pyplot: shown once, where displayed


@pytest.mark.parametrize("name, table", CASES, ids=[c[0] for c in CASES])
def test_empty_table_says_so(name, table):
    fig = getattr(figures, name)(table.iloc[0:0])
    assert any("nothing to show" in t.get_text() for t in fig.axes[0].texts)


def test_article_figures_show_every_claim_and_sentence(seed_path):
    import newslib
    from newslib import analysis

    tagged = newslib.tag(seed_path)
    fig = figures.claims_by_actor(tagged)
    bars = [p for p in fig.axes[0].patches if p.get_width() > 0]
    assert sum(p.get_width() for p in bars) == analysis.claims_table(tagged)["who"].value_counts().head(12).sum()
    fig = figures.certainty_along(tagged)
    dots = fig.axes[0].collections[0]
    assert len(dots.get_offsets()) == len(analysis.certainty_table(tagged))
    assert fig.axes[0].get_ylim() == (-0.05, 1.08)
