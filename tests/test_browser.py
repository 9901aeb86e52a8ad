"""Each kind of report opened in a real browser (headless Chromium): not blank, no JavaScript errors or
console messages (reports carry no script at all), no network loads, hostile article text inert. A
screenshot of each page is kept in its run folder (``screenshot.png``) for a person to look at.

What a screenshot shows that can be checked is measured in the browser too, on a copy of each page with a
measuring script added (the reports themselves carry none): no horizontal overflow at the screenshot's
width, every image loaded, the article report's verdict banner above its tagged text, and in the run index
no word that would have to break to fit its column."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from newslib.run import run_notebook, update_index

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "",
                             shutil.which("chromium-browser") or "") if p and Path(p).exists()), None)
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed "
                                                          "(Debian: apt-get install chromium)")]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

HOSTILE = ("Council <script>document.title='pwned'</script> votes <img src=x onerror=\"document.title='pwned'\">\n"
           "The council voted on Tuesday to close the old library, the mayor said. "
           "\"<b onmouseover=alert(1)>We had no choice</b>,\" she told reporters. "
           "It is not yet clear when the building will be sold.\n")

CORPUS = {
    "riverside-post_2026-03-02_bridge.txt": "Bridge to close\nThe bridge will close in May, the mayor said. "
                                            "Officials said the cost is not yet clear.\n",
    "riverside-post_2026-03-19_budget.txt": "Budget passes\n\"We kept every promise,\" the mayor said on Monday.\n",
    "hill-gazette_2026-04-05_strike.txt": "Drivers may strike\nBus drivers may strike next week, their union said.\n",
}


def open_in_chromium(html: Path, tmp: Path) -> tuple[str, list[str], Path]:
    """(DOM after load, console lines, screenshot path) for ``html``."""
    shot = html.parent / "screenshot.png" if html.name != "index.html" else html.parent / "index-screenshot.png"
    profile = tmp / f"profile-{html.parent.name}-{html.stem}"
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
           "--hide-scrollbars", "--window-size=1200,2600", f"--screenshot={shot}", "--dump-dom", html.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    return proc.stdout, console, shot


def _not_blank(png: Path) -> None:
    from PIL import Image

    assert png.is_file() and png.stat().st_size > 10_000
    with Image.open(png) as im:
        extrema = im.convert("L").getextrema()
        assert extrema[1] - extrema[0] > 100, "the screenshot is one flat colour"
        colours = im.convert("RGB").resize((200, 400)).getcolors(maxcolors=100_000)
        assert colours is not None and len(colours) > 20


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("reports")


@pytest.fixture(scope="module")
def article_report(out, tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("articles") / "hostile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    res = run_notebook("article", {"article": str(src)}, out_dir=out)
    assert res.status == "success", res.reason
    return res.html


@pytest.fixture(scope="module")
def corpus_report(out, tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    for name, text in CORPUS.items():
        (d / name).write_text(text, encoding="utf-8")
    res = run_notebook("corpus", {"corpus": str(d)}, out_dir=out)
    assert res.status == "success", res.reason
    return res.html


@pytest.fixture(scope="module")
def evaluation_report(out, polnear_dir, factbank_xml) -> Path:
    res = run_notebook("evaluation", {"polnear": str(polnear_dir), "factbank": str(factbank_xml), "limit": "4"},
                       out_dir=out)
    assert res.status == "success", res.reason
    return res.html


@pytest.fixture(scope="module")
def failed_report(out, tmp_path_factory) -> Path:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell("n = 0", metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell("1 / n")]
    path = tmp_path_factory.mktemp("nb") / "zero.ipynb"
    nbformat.write(nb, path)
    res = run_notebook(path, {}, out_dir=out)
    assert res.status == "failed"
    return res.html


MEASURE = """<script>
window.addEventListener("load", function () {
  var r = {viewport: window.innerWidth, scrollWidth: document.documentElement.scrollWidth};
  var page = document.querySelector(".nl-page").getBoundingClientRect();
  r.outside = Array.from(document.querySelectorAll(".nl-page *")).filter(function (el) {
    var b = el.getBoundingClientRect();
    return b.width > 0 && b.right > page.right + 1;
  }).slice(0, 5).map(function (el) { return el.tagName + "." + el.className + ": " + el.textContent.slice(0, 50); });
  var imgs = Array.from(document.images);
  r.images = imgs.length;
  r.broken = imgs.filter(function (i) { return !(i.complete && i.naturalWidth > 0); })
                 .map(function (i) { return i.alt; });
  var banner = document.querySelector(".nl-verdict"), text = document.querySelector(".nl-text");
  r.banner = banner ? banner.getBoundingClientRect().top : null;
  r.text = text ? text.getBoundingClientRect().top : null;
  var style = document.createElement("style");
  style.textContent = "table.nl-runs td, table.nl-runs th, table.nl-runs td * " +
                      "{ overflow-wrap: normal !important; word-break: normal !important; }";
  document.head.appendChild(style);
  r.wordBreaks = Array.from(document.querySelectorAll("table.nl-runs td, table.nl-runs th")).filter(function (c) {
    return c.scrollWidth > c.clientWidth + 1;
  }).map(function (c) { return c.textContent.slice(0, 40); });
  var out = document.createElement("pre");
  out.id = "nl-measured";
  out.textContent = JSON.stringify(r);
  document.body.appendChild(out);
});
</script>"""


def measure(html: Path, tmp: Path, width: int = 1200) -> dict:
    """Layout facts of ``html`` as Chromium lays it out ``width`` pixels wide (see MEASURE)."""
    import json

    copy = tmp / f"measure-{html.parent.name}-{html.name}"
    copy.write_text(html.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp / f'profile-measure-{copy.stem}'}", "--hide-scrollbars",
           f"--window-size={width},1600", "--virtual-time-budget=5000", "--dump-dom", copy.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    m = re.search(r'<pre id="nl-measured">(.*?)</pre>', proc.stdout, re.S)
    assert m, "the measuring script did not run"
    from html import unescape

    return json.loads(unescape(m.group(1)))


def _check_layout(html: Path, tmp: Path, *, images: int = 0) -> dict:
    facts = measure(html, tmp)
    assert facts["scrollWidth"] <= facts["viewport"], f"the page scrolls sideways: {facts}"
    assert facts["outside"] == [], f"elements stick out of the page: {facts['outside']}"
    assert facts["broken"] == [], f"images that did not load: {facts['broken']}"
    assert facts["images"] >= images
    return facts


def _check_page(html: Path, tmp: Path, *, must_show: list[str]) -> str:
    dom, console, shot = open_in_chromium(html, tmp)
    assert not re.search(r"<img(?![^>]*\balt=)[^>]*>", dom), "an image without alt text"
    assert console == [], f"console messages or JavaScript errors: {console}"
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<style.*?</style>", " ", dom, flags=re.S))
    assert len(" ".join(text.split())) > 300, "the page is (nearly) blank"
    for words in must_show:
        assert words in dom, f"{words!r} not on the page"
    assert "<script" not in dom.lower()  # no script ran or was injected
    _not_blank(shot)
    return dom


def test_article_report_in_a_browser(article_report, tmp_path):
    dom = _check_page(article_report, tmp_path, must_show=["The article, tagged", "Claims: who says what",
                                                          'class="nl-legend"', "data:image/png;base64,",
                                                          "Headline check", 'class="nl-num nl-num-cue"',
                                                          '<details class="nl-folded"'])
    facts = _check_layout(article_report, tmp_path, images=2)
    assert facts["banner"] is not None and facts["text"] is not None
    assert facts["banner"] < facts["text"] < 1600  # the verdict first, the tagged text on the first screens
    assert "<title>Council &lt;script&gt;" in dom  # the hostile title is text, and the page title was not changed
    assert not re.search(r"<img[^>]*onerror", dom, re.I) and not re.search(r"<b [^>]*onmouseover", dom, re.I)
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom


def test_corpus_report_in_a_browser(corpus_report, tmp_path):
    dom = _check_page(corpus_report, tmp_path, must_show=["A corpus at a glance", "riverside-post",
                                                          "What kinds of claims each outlet reports",
                                                          "data:image/png;base64,"])
    assert "tagging:" not in dom and "article/s" not in dom and "progress:" not in dom  # progress: terminal only
    assert "Headlines the body does not bear out" in dom and "nothing to show:" not in dom.lower()  # no empty figure
    assert "headline verdict" in dom
    _check_layout(corpus_report, tmp_path, images=4)


def test_evaluation_report_in_a_browser(evaluation_report, tmp_path):
    dom = _check_page(evaluation_report, tmp_path, must_show=["Attribution: precision, recall and F1 per role",
                                                              "Against the annotators' own agreement",
                                                              "annotators F1",
                                                              "Uncertainty: hedged sentences and their cues"])
    assert re.search(r"\d+ annotator pairs on \d+ articles", dom)  # the output, not just the code
    assert "NaN" not in dom and not re.search(r"<td>\d+\.0</td>", dom)  # no NaN, no counts as floats
    _check_layout(evaluation_report, tmp_path, images=2)


def test_failed_report_and_index_in_a_browser(failed_report, article_report, corpus_report, out, tmp_path):
    _check_page(failed_report, tmp_path, must_show=["This run failed.", "ZeroDivisionError"])
    index = update_index(out)
    dom = _check_page(index, tmp_path, must_show=["Reports in", article_report.parent.name,
                                                  corpus_report.parent.name, "failed"])
    assert dom.count("<tr>") >= 4
    facts = _check_layout(index, tmp_path)
    assert facts["wordBreaks"] == [], f"words that would have to break to fit their column: {facts['wordBreaks']}"
    _check_layout(failed_report, tmp_path)


def test_the_layout_checks_catch_what_they_look_for(tmp_path):
    """The measuring itself, on pages made to fail: a block wider than the page, an image that does not load,
    and a run index squeezed so that a word would have to break."""
    from newslib.render.report import index_page, notebook_page

    wide = tmp_path / "wide" / "page.html"
    wide.parent.mkdir()
    body = '<div style="width:2400px">wide</div><img alt="broken" src="data:image/png;base64,AAAA">'
    wide.write_text(notebook_page(body, title="t", kicker="article"), encoding="utf-8")
    facts = measure(wide, tmp_path)
    assert facts["scrollWidth"] > facts["viewport"] and facts["outside"]
    assert facts["broken"] == ["broken"]
    runs = [{"run_id": "r1", "title": "t", "notebook_name": "article", "status": "success",
             "start": "2026-01-01T00:00:00+00:00", "parameters": {}, "html_rel": "r1/a.html", "duration_s": 1.0}]
    squeezed = tmp_path / "index" / "index.html"
    squeezed.parent.mkdir()
    squeezed.write_text(index_page(runs, folder="reports").replace(
        "</style>", "table.nl-runs { table-layout: fixed; width: 12em !important; } "
                    "table.nl-runs td { white-space: normal !important; }"
                    "</style>"), encoding="utf-8")
    assert measure(squeezed, tmp_path)["wordBreaks"]
    import json

    (tmp_path / "index" / "r1").mkdir()
    (tmp_path / "index" / "r1" / "manifest.json").write_text(json.dumps(
        {**runs[0], "status": "success", "reason": "cell 3 ('tables = analysis.corpus_tables(...)') raised ValueError",
         "parameters": {"corpus": "/srv/news/archive/2026/march/riverside-post/*.txt", "limit": 40}}))
    facts = measure(update_index(tmp_path / "index"), tmp_path)  # the index as newslib makes it
    assert facts["wordBreaks"] == [] and facts["scrollWidth"] <= facts["viewport"]
