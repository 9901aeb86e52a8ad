"""The notebooks as stored: no outputs, in sync with their jupytext pairs, plain papermill notebooks."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_three_notebooks_are_there_in_reading_order():
    names = [p.name for p in NOTEBOOKS]
    assert names[:3] == ["01-article.ipynb", "02-corpus.ipynb", "03-evaluation.ipynb"]
    assert all(re.match(r"\d\d-[a-z0-9-]+\.ipynb$", n) for n in names)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"{path.name} cell {i} has outputs"
            assert cell.get("execution_count") is None, f"{path.name} cell {i} has an execution count"
        assert "papermill" not in cell.get("metadata", {}), f"{path.name} cell {i} carries papermill metadata"
    assert "papermill" not in nb["metadata"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_paired_py_percent_file_is_in_sync(path):
    import jupytext

    pair = path.with_suffix(".py")
    assert pair.exists(), f"{pair.name} missing: run `jupytext --sync {path.name}`"
    text = pair.read_text(encoding="utf-8")
    assert "format_name: percent" in text and "formats: ipynb,py:percent" in text
    py_nb = jupytext.reads(text, fmt="py:percent")
    ipynb = jupytext.read(path)
    cells = lambda nb: [(c.cell_type, c.source.strip(), tuple(c.metadata.get("tags", [])))  # noqa: E731
                        for c in nb.cells]
    assert cells(py_nb) == cells(ipynb), f"{path.name} and {pair.name} differ: run `jupytext --sync`"
    assert ipynb.metadata.get("jupytext", {}).get("formats") == "ipynb,py:percent"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_plain_papermill_notebook(path):
    """What Airflow's PapermillOperator needs: kernel python3, one cell tagged parameters, no magics."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    tagged = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1 and tagged[0]["cell_type"] == "code"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            src = "".join(cell["source"])
            assert not re.search(r"^\s*[%!]", src, re.M), f"{path.name}: magics or shell escapes"
            assert "get_ipython" not in src


@pytest.mark.parametrize("short", ["article", "corpus", "evaluation"])
def test_path_parameters_of_known_notebooks_are_declared(short):
    from newslib.run import NOTEBOOK_DIR, NOTEBOOKS as KNOWN, PATH_PARAMETERS, notebook_parameters, read_notebook

    declared = notebook_parameters(read_notebook(NOTEBOOK_DIR / KNOWN[short]))
    for name in PATH_PARAMETERS[short]:
        assert name in declared and declared[name]["type"] == "str"


def test_article_default_is_the_seed():
    from newslib.run import NOTEBOOK_DIR, locate, notebook_parameters, read_notebook

    declared = notebook_parameters(read_notebook(NOTEBOOK_DIR / "01-article.ipynb"))
    assert locate(declared["article"]["default"]) == ROOT / "data" / "raw" / "ukraine-security-guarantees.txt"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_fast_cell_reader_sees_the_parameters_nbformat_sees(path):
    from newslib.run import notebook_parameters, read_cells, read_notebook

    assert notebook_parameters(read_cells(path)) == notebook_parameters(read_notebook(path))
    assert notebook_parameters(read_cells(path.with_suffix(".py"))) == notebook_parameters(read_notebook(path))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_parameters_read_as_papermill_reads_them(path):
    """newslib reads the parameters cell itself (papermill's import would delay the kernel's start by
    seconds); it must agree with papermill's own ``inspect_notebook`` on names, types and defaults."""
    import ast

    from papermill import inspect_notebook

    from newslib.run import notebook_parameters, read_cells

    theirs = inspect_notebook(str(path))
    ours = notebook_parameters(read_cells(path))
    assert list(ours) == list(theirs)
    for name, p in theirs.items():
        assert ours[name]["type"] == p["inferred_type_name"], name
        assert ours[name]["default"] == ast.literal_eval(p["default"]), name


@pytest.mark.parametrize("short", ["corpus", "evaluation"])
def test_data_paths_default_to_the_data_folder(short):
    """The corpus and evaluation notebooks leave their corpus paths empty, meaning the corpora in the data
    folder (newslib.config), and fall back on them themselves when papermill runs them directly."""
    from newslib.run import NOTEBOOK_DIR, NOTEBOOKS as KNOWN, PATH_DEFAULTS, notebook_parameters, read_notebook

    nb = read_notebook(NOTEBOOK_DIR / KNOWN[short])
    declared = notebook_parameters(nb)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    for name in PATH_DEFAULTS[short]:
        assert declared[name]["default"] == ""
        assert re.search(rf"^{name} = str\(locate\({name} or config\.corpus_path\(", code, re.M), name
