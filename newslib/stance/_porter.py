"""NLTK's Porter stemmer, imported without NLTK's package initializer when NLTK is not loaded yet.

``import nltk`` imports most of NLTK and, through it, SciPy and pandas (seconds of start-up). The stemmer needs
only ``nltk.stem.porter`` and three light modules. As ``newslib.tokenize._nltk`` does for Punkt, this loads them
under temporary package entries and removes every ``nltk`` module it loaded from ``sys.modules`` afterwards,
so a later ``import nltk`` finds NLTK whole. When NLTK is already imported, this is a plain import.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
import types


def _load():
    if "nltk" in sys.modules:
        return importlib.import_module("nltk.stem.porter")
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - nltk is a dependency
        raise ImportError("nltk is not installed")
    root = list(spec.submodule_search_locations)[0]
    stubs = {}
    for name, path in (("nltk", root), ("nltk.stem", f"{root}/stem")):
        mod = types.ModuleType(name)
        mod.__path__ = [path]
        mod.__package__ = name
        stubs[name] = mod
    before = set(sys.modules)
    sys.modules.update(stubs)
    try:
        return importlib.import_module("nltk.stem.porter")
    finally:
        for name in set(sys.modules) - before:
            if name == "nltk" or name.startswith("nltk."):
                del sys.modules[name]


PorterStemmer = _load().PorterStemmer
