"""Shared fixtures: the seed article, and the research corpora where :func:`newslib.config.data_dir` finds them
(``$NEWSLIB_DATA``, else ../shared/data beside the repository; tests skip without them)."""
from __future__ import annotations

from pathlib import Path

import pytest

from newslib import config

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "ukraine-security-guarantees.txt"
DATA = config.data_dir()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"research corpus not found at {path} (set NEWSLIB_DATA or put ../shared/data beside the repo)")
    return path


@pytest.fixture(scope="session")
def polnear_dir() -> Path:
    return _need(config.corpus_path("polnear"))


@pytest.fixture(scope="session")
def fnc1_dir() -> Path:
    return _need(config.corpus_path("fnc-1"))


@pytest.fixture(scope="session")
def factbank_xml() -> Path:
    return _need(config.corpus_path("factbank"))


@pytest.fixture(scope="session")
def wiki_xml() -> Path:
    return _need(config.corpus_path("szeged-wiki"))


@pytest.fixture(scope="session")
def ud_dir() -> Path:
    return _need(config.corpus_path("ud"))
