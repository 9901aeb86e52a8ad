"""Finding and reading the notebook a run executes: the named notebooks shipped with newslib, or any path."""
from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

from .. import config
from ..errors import InputError

#: Short names for the notebooks shipped with newslib, in reading order.
NOTEBOOKS = {"article": "01-article.ipynb", "corpus": "02-corpus.ipynb", "evaluation": "03-evaluation.ipynb"}


def notebook_dir() -> Path:
    """The folder of the named notebooks: ``newslib/notebooks/`` inside an installed newslib (package data:
    the repository's ``notebooks/`` is mapped there when a wheel is built), else the checkout's own
    ``notebooks/`` (an editable install, or newslib on ``PYTHONPATH``)."""
    shipped = resources.files("newslib").joinpath("notebooks")
    if shipped.is_dir():
        return Path(str(shipped))
    root = config.repo_root()
    return root / "notebooks" if root is not None else Path(str(shipped))


NOTEBOOK_DIR = notebook_dir()


def resolve_notebook(notebook: str | os.PathLike) -> tuple[str, Path]:
    """(short name, path) of a notebook given by short name or path."""
    key = os.fspath(notebook)
    if key in NOTEBOOKS:
        path = NOTEBOOK_DIR / NOTEBOOKS[key]
        if not path.exists():
            raise InputError(path, "notebook is missing from the installed newslib")
        return key, path
    p = Path(key)
    if not p.exists():
        known = ", ".join(NOTEBOOKS)
        raise InputError(key, f"no such notebook (give a path, or one of: {known})")
    if p.suffix not in (".ipynb", ".py"):
        raise InputError(key, "expected a .ipynb notebook (or its jupytext .py pair)")
    p = p.resolve()
    for short, file in NOTEBOOKS.items():  # a path to a shipped notebook gets its checks too
        if p == (NOTEBOOK_DIR / file).resolve() or p == (NOTEBOOK_DIR / file).with_suffix(".py").resolve():
            return short, p
    return p.stem, p


def read_notebook(path: Path):
    try:
        if path.suffix == ".py":
            import jupytext

            nb = jupytext.read(path)
        else:
            import nbformat

            nb = nbformat.read(path, as_version=4)
    except Exception as exc:  # nbformat raises several kinds
        raise InputError(path, f"not a readable notebook ({type(exc).__name__}: {exc})") from None
    for cell in nb.cells:  # as papermill's own loader does
        cell.metadata.setdefault("tags", [])
    return nb


def read_cells(path: Path) -> list[dict]:
    """The cells of a notebook as plain dicts (``cell_type``, ``source`` as one string, ``metadata``), read
    without nbformat (whose import costs seconds): enough to check parameters before a kernel starts."""
    if path.suffix == ".py":
        return [dict(c) for c in read_notebook(path).cells]
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        cells = doc["cells"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(path, f"not a readable notebook ({type(exc).__name__}: {exc})") from None
    out = []
    for c in cells:
        src = c.get("source", "")
        out.append({"cell_type": c.get("cell_type"), "source": "".join(src) if isinstance(src, list) else src,
                    "metadata": c.get("metadata") or {}})
    return out
