"""Each kind of report opened in a real browser (headless Chromium): not blank, no JavaScript errors or
console messages (reports carry no script at all), no network loads, hostile article text inert. A
screenshot of each page is kept in its run folder (``screenshot.png``) for a person to look at."""
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
                                                          'class="nl-legend"', "data:image/png;base64,"])
    assert "<title>Council &lt;script&gt;" in dom  # the hostile title is text, and the page title was not changed
    assert not re.search(r"<img[^>]*onerror", dom, re.I) and not re.search(r"<b [^>]*onmouseover", dom, re.I)
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom


def test_corpus_report_in_a_browser(corpus_report, tmp_path):
    dom = _check_page(corpus_report, tmp_path, must_show=["A corpus at a glance", "riverside-post",
                                                          "What kinds of claims each outlet reports",
                                                          "data:image/png;base64,"])
    assert "tagging:" not in dom and "article/s" not in dom  # the progress bar went to the terminal only


def test_evaluation_report_in_a_browser(evaluation_report, tmp_path):
    dom = _check_page(evaluation_report, tmp_path, must_show=["Attribution: precision, recall and F1 per role",
                                                              "Against the annotators' own agreement",
                                                              "annotators F1",
                                                              "Uncertainty: hedged sentences and their cues"])
    assert re.search(r"\d+ annotator pairs on \d+ articles", dom)  # the output, not just the code


def test_failed_report_and_index_in_a_browser(failed_report, article_report, corpus_report, out, tmp_path):
    _check_page(failed_report, tmp_path, must_show=["This run failed.", "ZeroDivisionError"])
    index = update_index(out)
    dom = _check_page(index, tmp_path, must_show=["Reports in", article_report.parent.name,
                                                  corpus_report.parent.name, "failed"])
    assert dom.count("<tr>") >= 4
