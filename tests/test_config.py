"""newslib.config: one place that says where the corpora, models and reports are."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from newslib import config
from newslib.errors import InputError


def test_the_checkout_is_the_repository_root():
    assert config.repo_root() == ROOT
    assert config.PACKAGE_DIR == ROOT / "newslib"
    assert (config.MODELS_DIR / "attribution.json").is_file()


def test_data_dir_is_beside_the_checkout_whatever_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSLIB_DATA", raising=False)
    monkeypatch.chdir(tmp_path)
    assert config.data_dir() == ROOT.parent / "shared" / "data"
    assert config.corpus_path("polnear") == ROOT.parent / "shared" / "data" / "polnear"
    assert config.corpus_path("factbank") == ROOT.parent / "shared" / "data" / "uncertainty" / "factbank-dev.xml"


def test_newslib_data_wins_and_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLIB_DATA", str(tmp_path))
    assert config.data_dir() == tmp_path
    assert config.corpus_path("fnc-1") == tmp_path / "fnc-1"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLIB_DATA", "corpora")
    assert config.data_dir() == tmp_path / "corpora"
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("NEWSLIB_DATA", "~/data")
    assert config.data_dir() == tmp_path / "data"
    monkeypatch.setenv("NEWSLIB_DATA", "  ")  # blank: as if unset
    assert config.data_dir() == ROOT.parent / "shared" / "data"


def test_an_installed_package_looks_beside_the_current_folder(tmp_path, monkeypatch):
    site = tmp_path / "site-packages" / "newslib"
    site.mkdir(parents=True)
    monkeypatch.setattr(config, "PACKAGE_DIR", site)
    monkeypatch.delenv("NEWSLIB_DATA", raising=False)
    work = tmp_path / "work" / "project"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    assert config.repo_root() is None
    assert config.data_dir() == tmp_path / "work" / "shared" / "data"


def test_unknown_corpus_names_the_known_ones():
    with pytest.raises(InputError, match="polnear, fnc-1"):
        config.corpus_path("polnaer")


#: Where the data root used to be worked out by hand; only config.py may do it now.
_BY_HAND = re.compile(r"""(environ|getenv)\W[^)\]]*NEWSLIB_DATA|/\s*["']shared["']\s*/|["']\.\./shared/data/""")


@pytest.mark.parametrize("folder", ["newslib", "tests", "benchmarks", "notebooks"])
def test_no_other_place_works_out_the_data_root(folder):
    allowed = {ROOT / "newslib" / "config.py", Path(__file__).resolve()}
    for path in sorted((ROOT / folder).rglob("*.py")):
        if path in allowed:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not _BY_HAND.search(line), f"{path.relative_to(ROOT)}:{n} works out the data root: {line.strip()}"
