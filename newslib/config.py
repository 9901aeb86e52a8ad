"""Where newslib finds things: the project's paths and defaults, in one place.

- :func:`data_dir`: the research corpora (PolNeAR, FNC-1, Szeged, UD). ``$NEWSLIB_DATA`` when set, else
  ``../shared/data`` beside the checkout newslib runs from (relative to the repository root, not to the
  current folder); an installed newslib with no checkout around it looks beside the current folder.
- :func:`corpus_path`: one corpus's usual place under :func:`data_dir` (:data:`CORPORA`).
- :func:`repo_root`: the checkout holding the package, or ``None`` for a regular (non-editable) install.
- :data:`MODELS_DIR`, :data:`REPORTS_DIR`: the shipped models, and where ``newslib run`` writes by default.

Everything is worked out when asked, so that a changed ``NEWSLIB_DATA`` is seen at once. Nothing here
imports more than the standard library.
"""
from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError

#: The installed package's folder.
PACKAGE_DIR = Path(__file__).resolve().parent
#: The shipped models (``newslib train`` writes here by default).
MODELS_DIR = PACKAGE_DIR / "models"
#: The default output folder of ``newslib run``, relative to the current folder.
REPORTS_DIR = Path("reports")
#: The environment variable naming the data folder.
DATA_ENV = "NEWSLIB_DATA"
#: Each research corpus's place under :func:`data_dir` (see ``../shared/data/README.md``).
CORPORA = {
    "polnear": "polnear",                              # PolNeAR v1.0.0: train/, dev/ (text/, attributions/)
    "fnc-1": "fnc-1",                                  # FNC-1: train_bodies.csv, train_stances.csv
    "factbank": "uncertainty/factbank-dev.xml",        # Szeged Uncertainty Corpus, news part
    "szeged-wiki": "uncertainty/wiki.xml",             # Szeged Uncertainty Corpus, Wikipedia part
    "ud": "ud",                                        # Universal Dependencies English treebanks (CoNLL-U)
}


def repo_root() -> Path | None:
    """The checkout newslib is imported from (an editable install, or ``PYTHONPATH``), recognized by the
    ``pyproject.toml`` beside the package; ``None`` when newslib is installed into site-packages."""
    root = PACKAGE_DIR.parent
    return root if (root / "pyproject.toml").is_file() else None


def data_dir() -> Path:
    """The folder of the research corpora, as an absolute path (it need not exist)."""
    env = os.environ.get(DATA_ENV, "").strip()
    if env:
        return Path(os.path.abspath(os.path.expanduser(env)))
    root = repo_root()
    base = root if root is not None else Path.cwd()
    return Path(os.path.abspath(base.parent / "shared" / "data"))


def corpus_path(name: str) -> Path:
    """Where corpus ``name`` (a key of :data:`CORPORA`) lives under :func:`data_dir`."""
    try:
        rel = CORPORA[name]
    except KeyError:
        raise InputError(name, f"no such corpus; known: {', '.join(CORPORA)}") from None
    return data_dir() / rel
