"""Every script of ``benchmarks/`` starts as a script (its folder first on ``sys.path``) and answers ``--help``.

A script named like a standard library module (``tokenize.py`` once) shadowed that module for every script of the
folder: ``inspect`` and ``linecache`` import ``tokenize`` and failed half-initialised, so a script that did not
work around it crashed before its first line of work.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from benchmark_scripts import BENCHMARKS

SCRIPTS = sorted(p for p in BENCHMARKS.glob("*.py") if not p.name.startswith("_"))


def test_no_script_shadows_a_standard_library_module():
    names = {p.stem for p in BENCHMARKS.glob("*.py")}
    assert not names & set(sys.stdlib_module_names)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_script_answers_help(script):
    done = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=120,
                          cwd=BENCHMARKS.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage:" in done.stdout
