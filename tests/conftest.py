"""Shared fixtures: the seed article, and the research corpora in ../shared/data (tests skip without them)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "ukraine-security-guarantees.txt"
DATA = Path(os.environ.get("NEWSLIB_DATA", ROOT.parent / "shared" / "data"))


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
    return _need(DATA / "polnear")


@pytest.fixture(scope="session")
def fnc1_dir() -> Path:
    return _need(DATA / "fnc-1")


@pytest.fixture(scope="session")
def factbank_xml() -> Path:
    return _need(DATA / "uncertainty" / "factbank-dev.xml")


@pytest.fixture(scope="session")
def wiki_xml() -> Path:
    return _need(DATA / "uncertainty" / "wiki.xml")


@pytest.fixture(scope="session")
def ud_dir() -> Path:
    return _need(DATA / "ud")
