"""The highlighted article HTML and the report pages: every piece of article text escaped, tags where their
offsets say, nothing loaded from the network."""
from __future__ import annotations

import re
from html import unescape

import nbformat
import pytest

from newslib.article import Article
from newslib.render import article_html, highlighted_text, legend_html, table_html, verdict_html
from newslib.render.report import external_resources, index_page, notebook_page, strip_external
from newslib.render.style import SPAN_STYLES
from newslib.spans import Span
from newslib.tagging.records import Attribution, Content, Gap, Hedge, Source, TaggedSentence
from newslib.tagging.tagged import TaggedArticle
from newslib.tokenize import tokenize_text

HOSTILE = ('<script>alert("title")</script> Minister <b>denies</b> report\n'
           'The minister said "<img src=x onerror=alert(1)>" was not her doing. '
           "It is not clear who wrote <a href='javascript:alert(2)'>the note</a> & why.\n")


def _tagged(text: str, *, attributions=(), hedges=(), gaps=()) -> TaggedArticle:
    art = Article.from_text(text, path="hostile.txt")
    sents = tuple(tokenize_text(art.text, title=art.title))
    tagged = tuple(TaggedSentence(s, "assertion", False, 1.0, tuple(h for h in hedges if h.sentence == s.index),
                                  tuple(g for g in gaps if g.sentence == s.index),
                                  tuple(a for a in attributions if a.sentence == s.index)) for s in sents)
    return TaggedArticle(article=art, sents=tagged, attribution_records=tuple(attributions), actor_records=())


def _span(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


def _hostile_tagged() -> TaggedArticle:
    text = HOSTILE
    cs, ce = _span(text, "said")
    ss, se = _span(text, "The minister")
    ks, ke = _span(text, '"<img src=x onerror=alert(1)>" was not her doing')
    gs, ge = _span(text, "is not clear")
    art = Article.from_text(text)
    sents = tokenize_text(art.text, title=art.title)
    sent_of = {i: s.index for s in sents for i in range(s.start, s.end)}
    attr = Attribution(sent_of[cs], Span(cs, ce, "said"), Source(Span.of(text, ss, se), "person", "the minister"),
                       Content(Span.of(text, ks, ke)), "rejection", "mixed")
    return _tagged(text, attributions=[attr], gaps=[Gap(Span.of(text, gs, ge), sent_of[gs])],
                   hedges=[Hedge(Span(*_span(text, "why"), "why"), sent_of[text.index("why")], "hedge", "test")])


def test_article_text_is_escaped_everywhere():
    html = article_html(_hostile_tagged())
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "<a href" not in html.lower() and "<b>" not in html
    assert not re.search(r"<[^>]*\sonerror\s*=", html, re.I)
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&amp; " in html and " & " not in html


def _marks_removed(body: str) -> str:
    """The highlighted HTML without the numbers and marks newslib adds (attribution numbers, sentence numbers,
    certainty marks)."""
    body = re.sub(r'<sup class="nl-[^"]*"[^>]*>[^<]*</sup>', "", body)
    return re.sub(r'<span class="nl-certainty"[^>]*>[^<]*</span>', "", body)


def test_unescaped_text_reads_back_as_the_article():
    tagged = _hostile_tagged()
    body = highlighted_text(tagged, sentence_numbers=False)
    paragraphs = re.findall(r'<p class="nl-para"[^>]*>(.*?)</p>', _marks_removed(body), re.S)
    assert [unescape(re.sub(r"<[^>]+>", "", p)) for p in paragraphs] == [
        line for line in tagged.text.split("\n") if line.strip()]


def test_paragraphs_are_spaced_by_their_own_style_not_by_newlines():
    # The same spacing in a report and in JupyterLab: one <p> per line of text, margins inline, no newline
    # left for a host page's white-space rules to interpret; blank lines add no empty paragraph.
    text = "A title\n\nFirst paragraph, the minister said.\nSecond paragraph.\n\n\n\nThird one.\n"
    body = highlighted_text(_tagged(text))
    assert "\n" not in body
    paras = re.findall(r'<p class="nl-para" style="([^"]+)">', body)
    assert len(paras) == 4 and len(set(paras)) == 1 and "margin:0 0 0.8em 0" in paras[0]
    assert "\n" not in article_html(_tagged(text))


def test_attribution_numbers_sit_on_source_cue_and_content():
    text = "Talks\nThe minister said the talks would go on, and the envoy told reporters they would not.\n"
    art = Article.from_text(text)
    sents = tokenize_text(art.text, title=art.title)

    def attr(src, cue, con):
        spans = [_span(text, x) for x in (src, cue, con)]
        return Attribution(1, Span(*spans[1], cue), Source(Span(*spans[0], src), "person", None),
                           Content(Span(*spans[2], con)), "statement", "indirect")

    tagged = _tagged(text, attributions=[attr("The minister", "said", "the talks would go on"),
                                         attr("the envoy", "told reporters", "they would not")])
    body = highlighted_text(tagged)
    badges = re.findall(r'<sup class="nl-num nl-num-(\w+)"[^>]*>(\d+)</sup>(?:<span[^>]*>)?([^<]{0,12})', body)
    assert badges == [("source", "1", "The minister"), ("cue", "1", "said"), ("content", "1", "the talks wo"),
                      ("source", "2", "the envoy"), ("cue", "2", "told reporte"), ("content", "2", "they would n")]


def test_each_sentence_shows_its_certainty_in_the_text():
    text = "Title\nThe bridge closed.\nIt may reopen.\nNobody knows when.\n"
    art = Article.from_text(text)
    certainty = {0: 1.0, 1: 1.0, 2: 0.6, 3: 0.2}
    sents = tuple(TaggedSentence(s, "assertion", certainty[s.index] < 1, certainty[s.index])
                  for s in tokenize_text(art.text, title=art.title))
    tagged = TaggedArticle(article=art, sents=sents, attribution_records=(), actor_records=())
    body = highlighted_text(tagged)
    marks = re.findall(r'title="sentence (\d), certainty ([\d.]+)[^"]*">\d</sup>(<span class="nl-certainty"[^>]*>(.)'
                       r'</span>)?', body)
    assert [(m[0], m[1], m[3]) for m in marks] == [("1", "1.00", ""), ("2", "0.60", "◑"), ("3", "0.20", "○")]


@pytest.mark.parametrize("layer, needle", [
    ("cue", "said"),
    ("source", "The minister"),
    ("gap", "is not clear"),
    ("hedge", "why"),
])
def test_each_tag_is_highlighted_at_its_offsets(layer, needle):
    body = highlighted_text(_hostile_tagged(), sentence_numbers=False)
    spans = re.findall(r'<span class="([^"]+)"[^>]*>([^<]*)</span>', body)
    covered = "".join(unescape(t) for cls, t in spans if f"nl-{layer}" in cls.split())
    assert covered == needle


def test_content_covers_the_quote_and_overlaps_keep_both_classes():
    body = highlighted_text(_hostile_tagged(), sentence_numbers=False)
    spans = re.findall(r'<span class="([^"]+)"[^>]*>([^<]*)</span>', body)
    content = "".join(unescape(t) for cls, t in spans if "nl-content" in cls.split())
    assert content == '"<img src=x onerror=alert(1)>" was not her doing'


def test_sentence_numbers_mark_sentence_starts():
    tagged = _hostile_tagged()
    body = highlighted_text(tagged)
    numbers = [int(n) for n in re.findall(r'<sup class="nl-sentence"[^>]*>(\d+)</sup>', body)]
    assert numbers == [s.index for s in tagged.sents]


def test_legend_names_every_kind_of_span_in_its_colour():
    legend = legend_html()
    for name, style in SPAN_STYLES.items():
        assert f"nl-{name}" in legend
        if style["background"] != "transparent":
            assert style["background"] in legend


def test_repr_html_is_article_html():
    tagged = _hostile_tagged()
    assert tagged._repr_html_() == article_html(tagged)


def test_title_line_is_bold_and_plain_text_needs_no_tags():
    tagged = _tagged("Plain title\nNothing is tagged here.\n")
    html = article_html(tagged)
    assert 'class="nl-title"' in html and "Nothing is tagged here." in html


@pytest.mark.parametrize("snippet", [
    '<script src="https://cdn.example.org/require.js"></script>',
    "<script src='//cdn.example.org/x.js' type='text/javascript'></script>",
    '<link rel="stylesheet" href="https://fonts.example.com/css?family=Lato">',
    '<img src="http://example.com/pixel.gif">',
    "<style>@import url(https://example.com/a.css);</style>",
    "<style>body { background: url('https://example.com/bg.png') }</style>",
    '<script type="module">const m = await import("https://cdn.example.org/mermaid.mjs");</script>',
])
def test_strip_external_removes_every_network_load(snippet):
    page = f"<html><head>{snippet}</head><body><p>kept</p></body></html>"
    assert external_resources(page)
    cleaned = strip_external(page)
    assert external_resources(cleaned) == []
    assert "<p>kept</p>" in cleaned


def test_links_in_text_are_not_loads():
    page = '<p><a href="https://example.com/story">the story</a></p>'
    assert external_resources(page) == []
    assert strip_external(page) == page


def _executed_notebook(tagged) -> nbformat.NotebookNode:
    import pandas as pd

    nb = nbformat.v4.new_notebook()
    df = pd.DataFrame({"content": ["<script>alert(3)</script>"], "who": ["<img src=y onerror=alert(4)>"]})
    out_html = nbformat.v4.new_output("display_data", data={"text/html": article_html(tagged),
                                                            "text/plain": "TaggedArticle"})
    out_df = nbformat.v4.new_output("execute_result", data={"text/html": df.to_html(), "text/plain": str(df)},
                                    execution_count=2)
    nb.cells = [nbformat.v4.new_markdown_cell("## Section"),
                nbformat.v4.new_code_cell("tagged", outputs=[out_html], execution_count=1),
                nbformat.v4.new_code_cell("df", outputs=[out_df], execution_count=2)]
    return nb


def test_report_page_is_self_contained_and_escaped():
    from newslib.run import render_html

    html = render_html(_executed_notebook(_hostile_tagged()), title='<script>alert("t")</script>', kicker="article",
                       facts=[("article", "<b>x</b>")], status="success", reason=None)
    assert "<script" not in html.lower()
    assert not re.search(r"<[^>]*\sonerror\s*=", html, re.I)
    assert external_resources(html) == []
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)
    assert "<title>&lt;script&gt;" in html
    assert 'id="nl-show-code"' in html  # the code toggle is a checkbox, not a script


def test_failed_page_says_why():
    page = notebook_page("<p>cells</p>", title="t", kicker="article", status="failed",
                         reason="cell 3 ('x = 1/0') raised ZeroDivisionError: <division by zero>")
    assert "This run failed." in page and "&lt;division by zero&gt;" in page


def test_index_page_lists_runs_and_escapes_them():
    runs = [{"run_id": "r2", "title": "<i>Second</i>", "notebook_name": "article", "status": "failed",
             "start": "2026-01-02T00:00:00+00:00", "parameters": {"article": "<x>.txt"}, "html_rel": "r2/a.html",
             "reason": "cell 1 broke", "duration_s": 3.2},
            {"run_id": "r1", "title": "First", "notebook_name": "corpus", "status": "success",
             "start": "2026-01-01T00:00:00+00:00", "parameters": {}, "html_rel": "r1/b.html", "duration_s": 1.0}]
    page = index_page(runs, folder="reports")
    assert page.index("r2/a.html") < page.index("r1/b.html")
    assert "&lt;i&gt;Second" in page and "&lt;x&gt;.txt" in page
    assert "2 runs · 1 failed" in page
    assert external_resources(page) == []


class _Result:
    """A headline result as the stance branch may hand it (calibrated probabilities) or as today (score)."""

    def __init__(self, related, stance, score, evidence=(), **extra):
        self.related, self.stance, self.score, self.evidence = related, stance, score, evidence
        self.__dict__.update(extra)


@pytest.mark.parametrize("related, stance, key, warned", [
    (True, "agree", "supported", False), (True, "discuss", "discussed", False),
    (True, "disagree", "contradicted", True), (False, "unrelated", "unrelated", True),
])
def test_verdict_banner_warns_when_the_body_contradicts_or_ignores_the_headline(related, stance, key, warned):
    import dataclasses

    tagged = _hostile_tagged()
    ev = Span(*_span(tagged.text, "The minister said"), "The minister said")
    tagged = dataclasses.replace(tagged, headline=_Result(related, stance, 0.81, (ev,)))
    html = verdict_html(tagged)
    assert f"nl-verdict-{key}" in html and ('role="alert"' in html) is warned and ("Warning" in html) is warned
    assert "P(related) 0.81" in html and "sentence 1: <q>The minister said</q>" in html
    assert "<script" not in html and "<img" not in html


def test_verdict_reads_calibrated_probabilities_when_the_result_has_them():
    from newslib.verdict import headline_probabilities, verdict

    assert headline_probabilities(_Result(True, "agree", 0.9)) == (0.9, None)
    assert headline_probabilities(_Result(True, "agree", 0.9, p_related=0.7, p_stance=0.55)) == (0.7, 0.55)
    assert headline_probabilities(_Result(True, "agree", 0.9, probabilities={"agree": 0.4})) == (0.9, 0.4)
    assert verdict(_Result(True, "agree", 0.9, p_related=0.7, p_stance=0.55)).probability_text == \
        "P(related) 0.70 · P(agree) 0.55"
    assert verdict(None).key == "unchecked" and not verdict(None).flagged
    certain = verdict(_Result(True, "agree", 0.999, p_stance=0.004))
    assert certain.probability_text == "P(related) >0.99 · P(agree) <0.01"


def test_table_html_has_no_nan_and_counts_stay_whole():
    import pandas as pd

    html = table_html(pd.DataFrame({"metric": ["a", "b"], "gold": [312.0, None], "f1": [0.5, None],
                                    "who": ["<b>x</b>", None]}))
    assert "NaN" not in html and "None" not in html and "nan" not in html
    assert "<td>312</td>" in html and "312.0" not in html and "<td>0.500</td>" in html and "<td>—</td>" in html
    shares = table_html(pd.DataFrame({"share": [0.0, 1.0]}))  # whole shares stay shares
    assert "<td>1.000</td>" in shares and "<td>0.000</td>" in shares
    # a column of shares that all happen to have one decimal reads as the others do (a report's recall column:
    # 0.8, 1.0, 0.6 beside a precision column of 0.857, 1.000)
    recall = table_html(pd.DataFrame({"precision": [0.857, 1.0], "recall": [0.8, 1.0], "raw": [43.25, 2.5]}))
    assert "<td>0.800</td>" in recall and "<td>1.000</td>" in recall and "<td>1.0</td>" not in recall
    assert "<td>43.25</td>" in recall  # not a share: as pandas writes it
    assert "&lt;b&gt;x&lt;/b&gt;" in html


def test_a_quotation_over_two_paragraphs_reads_on_one_line_in_the_claims_table():
    from newslib.analysis import claims_table

    text = 'Talks\nThe minister said: "We will go on.\n\nWe will not stop." Then she left.\n'
    cs, ce = _span(text, "said")
    ks, ke = _span(text, '"We will go on.\n\nWe will not stop."')
    ss, se = _span(text, "The minister")
    art = Article.from_text(text)
    sents = tokenize_text(art.text, title=art.title)
    attr = Attribution(1, Span(cs, ce, "said"), Source(Span(ss, se, "The minister"), "person", None),
                       Content(Span(ks, ke, text[ks:ke])), "statement", "direct")
    tagged = _tagged(text, attributions=[attr])
    table = claims_table(tagged)
    assert table.loc[0, "what"] == '"We will go on. ¶ We will not stop."'
    assert table.loc[0, "#"] == 1 and "\n" not in "".join(map(str, table.iloc[0]))
    html = table_html(table)
    assert "\\n" not in html and "¶" in html
    # in the text, the content is highlighted in both paragraphs, each carrying the attribution's number once
    body = highlighted_text(tagged)
    assert body.count('class="nl-num nl-num-content"') == 1
    paragraphs = re.findall(r'<p class="nl-para"[^>]*>(.*?)</p>', body)
    assert len(paragraphs) == 3 and all("nl-content" in p for p in paragraphs[1:])
