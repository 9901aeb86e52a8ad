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
def test_empty_table_gives_a_sentence_not_an_empty_figure(name, table):
    before = len(plt.get_fignums())
    got = getattr(figures, name)(table.iloc[0:0])
    assert isinstance(got, figures.Nothing) and not got
    assert got.caption.startswith("Nothing to show here: ") and got.caption.endswith(".")
    assert got.caption in got._repr_html_() and "<img" not in got._repr_html_()
    assert len(plt.get_fignums()) == before


def test_article_figures_show_every_claim_and_sentence(seed_path):
    import newslib
    from newslib import analysis

    tagged = newslib.tag(seed_path)
    fig = figures.claims_by_actor(tagged)
    claims = analysis.claims_table(tagged)
    dots = sum(len(c.get_offsets()) for c in fig.axes[0].collections)
    assert dots == claims["who"].value_counts().head(12).sum()  # one dot a claim
    fig = figures.certainty_along(tagged)
    dots = fig.axes[0].collections[0]
    assert len(dots.get_offsets()) == len(analysis.certainty_table(tagged))
    assert fig.axes[0].get_ylim() == (-0.05, 1.08)


def _tagged_with_claims(n_claims: int, who: list[str]):
    """An article of ``n_claims`` body sentences, each one claim by one of ``who`` in turn (records built
    by hand, so that the figure is tested on exactly these names)."""
    from newslib.article import Article
    from newslib.spans import Span
    from newslib.tagging.records import Attribution, Content, Source, TaggedSentence
    from newslib.tagging.tagged import TaggedArticle
    from newslib.tokenize import tokenize_text

    lines = ["A headline about the talks"] + [f"{who[i % len(who)]} said that talks go on." for i in range(n_claims)]
    text = "\n".join(lines) + "\n"
    art = Article.from_text(text)
    tokens = tuple(tokenize_text(art.text, title=art.title))
    attributions = []
    for s in tokens[1:]:
        name = who[(s.index - 1) % len(who)]
        cue = s.start + len(name) + 1
        attributions.append(Attribution(s.index, Span(cue, cue + 4, "said"),
                                        Source(Span(s.start, s.start + len(name), name), "person", name),
                                        Content(Span(cue + 5, s.end - 1, text[cue + 5:s.end - 1])),
                                        "statement" if s.index % 2 else "demand", "indirect"))
    sents = tuple(TaggedSentence(s, "statement", False, 1.0, (), (), tuple(a for a in attributions
                                                                        if a.sentence == s.index)) for s in tokens)
    return TaggedArticle(article=art, sents=sents, attribution_records=tuple(attributions), actor_records=())


@pytest.mark.parametrize("n_claims", [3, 300])
def test_who_makes_the_claims_reads_for_three_claims_and_for_three_hundred(n_claims):
    from newslib import analysis

    long_name = "Riverside County Board of Water and Power Commissioners"
    tagged = _tagged_with_claims(n_claims, ["Mayor Ann Lee", "Bo Chan", long_name])
    claims = analysis.claims_table(tagged)
    assert len(claims) == n_claims
    fig = figures.claims_by_actor(tagged)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert all("…" not in label for label in labels)  # wrapped, never cut short
    assert any(long_name in label.replace("\n", " ") for label in labels), labels
    counts = [int(label.rsplit("(", 1)[1].rstrip(")")) for label in labels]
    assert sum(counts) == len(claims)  # each row says how many claims it holds
    xs = sorted(x for c in ax.collections for x, _ in c.get_offsets())
    assert len(xs) == len(claims) and xs[-1] - xs[0] >= n_claims - 2  # dots spread along the article


def test_date_ticks_sit_on_the_data_points():
    import matplotlib.dates as mdates

    table = pd.DataFrame({"period": pd.to_datetime(["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-30"] * 2),
                          "who": ["Ann Lee"] * 4 + ["Bo Chan"] * 4, "claims": [1, 0, 2, 1, 0, 3, 1, 0]})
    fig = figures.claims_over_time(table)
    ticks = [mdates.num2date(t).replace(tzinfo=None) for t in fig.axes[0].get_xticks()]
    assert ticks == sorted(set(table["period"]))
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()][0] == "2 Mar 2026"
