"""A regular (non-editable) install carries everything a report needs: ``pip install .`` into a fresh virtual
environment, then ``newslib run article`` on the seed from a folder outside the checkout."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

_SKIP = shutil.ignore_patterns(".venv", ".git", "reports", "build", "dist", "*.egg-info", "__pycache__",
                               ".pytest_cache", ".hypothesis", ".ipynb_checkpoints")


def _uv(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    uv = shutil.which("uv") or shutil.which("uv", path=os.path.dirname(sys.executable))
    if uv is None:
        pytest.skip("uv is not installed")
    return subprocess.run([uv, *args], capture_output=True, text=True, timeout=timeout)


@pytest.mark.slow
def test_pip_install_runs_the_article_notebook(tmp_path, seed_path):
    venv = tmp_path / "venv"
    python = venv / "bin" / "python"
    proc = _uv("venv", "--quiet", "--python", sys.executable, str(venv))
    assert proc.returncode == 0, proc.stderr
    # the pinned dependencies, from uv's cache (no network); a machine without them cached cannot run this
    proc = _uv("pip", "install", "--quiet", "--offline", "--python", str(python), "-r", str(ROOT / "requirements.lock"))
    if proc.returncode != 0:
        pytest.skip(f"the locked dependencies are not in uv's cache: {proc.stderr.strip()[-300:]}")
    # newslib itself from a copy of the checkout, built as a wheel and installed like any package
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=_SKIP)
    proc = _uv("pip", "install", "--quiet", "--offline", "--no-deps", "--python", str(python), str(src))
    assert proc.returncode == 0, proc.stderr
    shutil.rmtree(src)  # nothing may come from the checkout's files

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "NEWSLIB_DATA")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}/usr/bin{os.pathsep}/bin"
    where = subprocess.run([str(python), "-c", "import newslib.config as c, newslib.run as r; "
                            "print(c.PACKAGE_DIR); print(c.repo_root()); print(r.NOTEBOOK_DIR)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120)
    package_dir, repo_root, notebook_dir = where.stdout.split("\n")[:3]
    assert package_dir.startswith(str(venv)) and repo_root == "None", where.stdout + where.stderr
    assert notebook_dir == os.path.join(package_dir, "notebooks")

    out = tmp_path / "reports"
    proc = subprocess.run([str(venv / "bin" / "newslib"), "run", "article", "-p", "article", str(seed_path),
                           "--out", str(out)], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    html = proc.stdout.strip().splitlines()[-1]
    assert html.endswith("01-article.html") and os.path.isfile(html)
    manifest = json.loads((out / os.path.basename(os.path.dirname(html)) / "manifest.json").read_text())
    assert manifest["status"] == "success"
    assert manifest["notebook"] == os.path.join(notebook_dir, "01-article.ipynb")  # the packaged notebook
    assert "Israel advances war strategy" in open(html, encoding="utf-8").read()
