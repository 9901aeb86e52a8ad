"""``newslib run``: a report folder per run (executed notebook, HTML, manifest), the run index, failures that
name their cell, and inputs checked before any kernel starts."""
from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from newslib.cli import main
from newslib.errors import InputError
from newslib.render.report import external_resources
from newslib.run import locate, new_folder, run_notebook, typed, update_index


def _stdout_lines(capsys) -> list[str]:
    return [line for line in capsys.readouterr().out.splitlines() if line.strip()]


@pytest.mark.slow
def test_article_report_on_the_seed(tmp_path, capsys, seed_path):
    out = tmp_path / "reports"
    code = main(["run", "article", "-p", "article", str(seed_path), "--out", str(out)])
    lines = _stdout_lines(capsys)
    assert code == 0
    html_path = Path(lines[-1])  # the HTML path is the last line of stdout
    assert html_path.is_file() and html_path.suffix == ".html"
    folder = html_path.parent
    assert folder.parent == out.resolve() and re.match(r"\d{8}T\d{6}Z-article-Israel-advances", folder.name)
    assert sorted(p.name for p in folder.iterdir()) == ["01-article.html", "01-article.ipynb", "manifest.json"]

    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["status"] == "success" and manifest["reason"] is None
    assert manifest["notebook_name"] == "article" and manifest["notebook"].endswith("notebooks/01-article.ipynb")
    assert manifest["parameters"] == {"article": str(seed_path)}
    assert manifest["duration_s"] > 0 and manifest["start"] <= manifest["end"]
    assert manifest["outputs"] == {"notebook": "01-article.ipynb", "html": "01-article.html",
                                   "manifest": "manifest.json"}
    assert manifest["packages"]["newslib"] and manifest["packages"]["papermill"] and manifest["packages"]["python"]
    assert manifest["title"].startswith("Israel advances war strategy")

    html = html_path.read_text(encoding="utf-8")
    assert html.index('class="nl-verdict') < html.index("The article, tagged")  # the verdict first
    assert html.index("Claims: who says what") < html.index("<details")  # the sentences last, folded
    for section in ("Headline check", "The article, tagged", "Claims: who says what",
                    "Actors: quoted, or only talked about", "How sure does the article sound?",
                    "What the article admits it does not know"):
        assert section in html
    assert 'class="nl-legend"' in html and "nl-cue" in html and "nl-gap" in html
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', html)) >= 2  # figures embedded
    assert external_resources(html) == []
    assert "tagging:" not in html and "it/s" not in html  # no progress bar in the report

    nb = nbformat.read(folder / "01-article.ipynb", as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and str(seed_path) in injected[0].source
    assert not any(o.get("output_type") == "error" for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1))  # the kernel's warm-up left no trace in the notebook

    index = (out / "index.html").read_text(encoding="utf-8")
    assert f'href="{folder.name}/01-article.html"' in index and "success" in index


def _failing_notebook(path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_markdown_cell("# A notebook that breaks"),
                nbformat.v4.new_code_cell("divisor = 1", metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell("print('before the error')"),
                nbformat.v4.new_code_cell("# a comment first\nratio = 10 / divisor\nraise ValueError(f'bad ratio {ratio}')"),
                nbformat.v4.new_code_cell("print('never reached')")]
    nbformat.write(nb, path)
    return path


@pytest.mark.slow
def test_a_notebook_that_raises_fails_with_the_cell_named(tmp_path, capsys):
    nb_path = _failing_notebook(tmp_path / "breaks.ipynb")
    out = tmp_path / "reports"
    code = main(["run", str(nb_path), "-p", "divisor", "2", "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 3
    err_lines = [line for line in captured.err.splitlines() if line.startswith("newslib:")]
    assert len(err_lines) == 1
    assert "cell 3 ('ratio = 10 / divisor') raised ValueError: bad ratio 5.0" in err_lines[0]
    assert captured.out.strip() == ""

    (folder,) = [p for p in out.iterdir() if p.is_dir()]
    # the last line names the kept notebook, then the error: what to open, and why
    assert captured.err.splitlines()[-1] == err_lines[0]
    assert err_lines[0].startswith(f"newslib: {folder / 'breaks.ipynb'}: cell 3 (")
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["status"] == "failed" and "ValueError" in manifest["reason"]
    assert manifest["parameters"] == {"divisor": 2}  # typed from the command line's string
    executed = nbformat.read(folder / "breaks.ipynb", as_version=4)
    errors = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors and errors[0].ename == "ValueError"
    html = (folder / "breaks.html").read_text(encoding="utf-8")
    assert "This run failed." in html and "bad ratio 5.0" in html and "before the error" in html
    assert "failed" in (out / "index.html").read_text(encoding="utf-8")


def _no_kernel(monkeypatch):
    import papermill

    def refuse(*args, **kwargs):
        raise AssertionError("a kernel was started")

    monkeypatch.setattr(papermill, "execute_notebook", refuse)


@pytest.mark.parametrize("argv, named", [
    (["run", "article", "-p", "article", "nope.txt"], "nope.txt: no such file (parameter 'article'"),
    (["run", "article", "-p", "article", "."], "is a directory"),
    (["run", "corpus", "-p", "corpus", "no/such/dir/*.txt"], "matches no file"),
    (["run", "evaluation", "-p", "polnear", "/no/such/polnear"], "no such directory (parameter 'polnear'"),
    (["run", "evaluation", "-p", "factbank", "/no/such.xml"], "/no/such.xml: no such file"),
    (["run", "article", "-p", "artcle", "x.txt"], "not a parameter of notebook 'article'"),
    (["run", "corpus", "-p", "limit", "many"], "expected an integer"),
    (["run", "nosuchnotebook"], "no such notebook"),
])
def test_bad_inputs_fail_before_a_kernel_starts(argv, named, tmp_path, capsys, monkeypatch):
    _no_kernel(monkeypatch)
    out = tmp_path / "reports"
    code = main([*argv, "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert named in err and err.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize("value, typ, expected", [
    ("data/raw/2024.txt", "str", "data/raw/2024.txt"),
    ("12", "str", "12"),
    ("12", "int", 12),
    ("0.5", "float", 0.5),
    ("3", "float", 3.0),
    ("yes", "bool", True),
    ("False", "bool", False),
    ("12", None, 12),
    ("1e3", None, 1000.0),
    ("true", None, True),
    ("None", None, None),
    ("Kyiv", None, "Kyiv"),
])
def test_parameters_are_typed_from_strings(value, typ, expected):
    got = typed(value, typ)
    assert got == expected and type(got) is type(expected)


def test_run_folders_are_new_and_stay_inside(tmp_path):
    a = new_folder(tmp_path, "20260101T000000Z", "article", "../../etc/passwd")
    b = new_folder(tmp_path, "20260101T000000Z", "article", "../../etc/passwd")
    assert a != b and a.parent == b.parent == tmp_path.resolve()
    assert a.name == "20260101T000000Z-article-etc-passwd" and b.name.endswith("-2")
    c = new_folder(tmp_path, "20260101T000000Z", "article", "Überraschung: <script>alert(1)</script>")
    assert c.parent == tmp_path.resolve() and re.fullmatch(r"[A-Za-z0-9._-]+", c.name)


def test_index_lists_every_manifest_newest_first(tmp_path):
    for run_id, start, status in [("r1", "2026-01-01T10:00:00+00:00", "success"),
                                  ("r3", "2026-01-03T10:00:00+00:00", "failed"),
                                  ("r2", "2026-01-02T10:00:00+00:00", "success")]:
        (tmp_path / run_id).mkdir()
        (tmp_path / run_id / "manifest.json").write_text(json.dumps(
            {"run_id": run_id, "start": start, "status": status, "title": f"title {run_id}",
             "html_rel": f"{run_id}/report.html", "notebook_name": "article", "parameters": {}}))
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "manifest.json").write_text("{not json")
    html = update_index(tmp_path).read_text()
    assert html.index("r3/report.html") < html.index("r2/report.html") < html.index("r1/report.html")
    assert "3 runs · 1 failed" in html


def test_locate_tries_the_repository_root(tmp_path, monkeypatch, seed_path):
    monkeypatch.chdir(tmp_path)
    assert locate("data/raw/ukraine-security-guarantees.txt") == seed_path
    (tmp_path / "data" / "raw").mkdir(parents=True)
    mine = tmp_path / "data" / "raw" / "ukraine-security-guarantees.txt"
    mine.write_text("A title\nA body.\n")
    assert locate("data/raw/ukraine-security-guarantees.txt") == mine  # the current folder wins


def test_missing_article_parameter_is_an_input_error():
    with pytest.raises(InputError, match="nope.txt"):
        run_notebook("article", {"article": "nope.txt"}, out_dir="/nonexistent/never-created")


def test_empty_corpus_paths_are_the_data_folders(tmp_path, monkeypatch):
    """An empty (default) corpus path of the corpus and evaluation notebooks is the corpus in the data folder
    (NEWSLIB_DATA here), checked and made absolute before any kernel starts."""
    from newslib.run import notebook_parameters, prepare_parameters, read_cells, resolve_notebook

    monkeypatch.setenv("NEWSLIB_DATA", str(tmp_path))
    (tmp_path / "polnear" / "dev" / "text").mkdir(parents=True)
    (tmp_path / "polnear" / "dev" / "text" / "a.txt").write_text("A title\nA body.\n", encoding="utf-8")
    (tmp_path / "uncertainty").mkdir()
    (tmp_path / "uncertainty" / "factbank-dev.xml").write_text("<Annotation/>", encoding="utf-8")
    for short, expected in [("corpus", {"corpus": tmp_path / "polnear" / "dev" / "text"}),
                            ("evaluation", {"polnear": tmp_path / "polnear",
                                            "factbank": tmp_path / "uncertainty" / "factbank-dev.xml"})]:
        _, path = resolve_notebook(short)
        got = prepare_parameters(short, notebook_parameters(read_cells(path)), {})
        assert got == {k: str(v) for k, v in expected.items()}


def test_a_missing_default_corpus_fails_before_a_kernel_starts(tmp_path, capsys, monkeypatch):
    _no_kernel(monkeypatch)
    monkeypatch.setenv("NEWSLIB_DATA", str(tmp_path / "nowhere"))
    code = main(["run", "evaluation", "--out", str(tmp_path / "reports")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert f"{tmp_path / 'nowhere' / 'polnear'}: no such directory (parameter 'polnear'" in err


def test_jupyter_client_is_imported_whole_before_the_import_thread_starts(tmp_path, seed_path):
    """The kernel (main thread) and papermill (the import thread) both import jupyter_client, whose __init__ and
    manager import each other: two threads importing it at once can meet it half-initialised (CI, 2026-12-04:
    "cannot import name 'AsyncKernelManager' from partially initialized module"). In a fresh interpreter, the thread
    must find it imported already; the run is stopped there, before any kernel starts."""
    import subprocess
    import sys

    code = f"""
import sys, threading
import newslib.run as run

class Stop(Exception):
    pass

class Probe(threading.Thread):
    def start(self):
        print("imported before the thread:", "jupyter_client" in sys.modules, "jupyter_client.manager" in sys.modules)
        raise Stop

run.threading.Thread = Probe
try:
    run.run_notebook("article", {{"article": {str(seed_path)!r}}}, out_dir={str(tmp_path)!r})
except Stop:
    pass
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "imported before the thread: True True" in done.stdout, done.stdout + done.stderr[-2000:]
