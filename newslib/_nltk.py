"""NLTK modules imported without NLTK's package initializer, when NLTK is not loaded yet.

``import nltk`` runs ``nltk/__init__.py``, which imports most of NLTK and, through it, SciPy and pandas:
seconds of start-up for every ``newslib`` command. Punkt and the Porter stemmer need only a handful of light
NLTK modules. :func:`load` imports the modules asked for under temporary package entries, then removes every
``nltk`` module it loaded from ``sys.modules`` again, so that a later ``import nltk`` anywhere runs the real
initializer from scratch and finds NLTK whole (its own copies of the same classes). When NLTK is already
imported, this is a plain import.

The gain, measured by ``benchmarks/startup.py`` (a fresh process tokenizing the seed article): 2.55 s with
this loader against 34.6 s with ``import nltk`` first, a ratio of 0.07 (2 shared cores under load). Nothing
newslib exposes depends on which copy of a class was loaded: "NLTK-compatible" is the structural type
:class:`newslib.tokenize.SpanTokenizer`, not an ``isinstance`` against NLTK's ``TokenizerI``.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import types


def load(*names: str) -> list[types.ModuleType]:
    """The NLTK modules ``names`` (e.g. ``"nltk.tokenize.punkt"``), imported as lightly as possible."""
    if "nltk" in sys.modules:
        return [importlib.import_module(name) for name in names]
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - nltk is a dependency
        raise ImportError("nltk is not installed")
    root = list(spec.submodule_search_locations)[0]
    packages = {"nltk"} | {".".join(n.split(".")[:k]) for n in names for k in range(2, n.count(".") + 1)}
    before = set(sys.modules)
    for package in sorted(packages):
        stub = types.ModuleType(package)
        stub.__path__ = [os.path.join(root, *package.split(".")[1:])]
        stub.__package__ = package
        sys.modules[package] = stub
    try:
        return [importlib.import_module(name) for name in names]
    finally:
        for name in set(sys.modules) - before:
            if name == "nltk" or name.startswith("nltk."):
                del sys.modules[name]
