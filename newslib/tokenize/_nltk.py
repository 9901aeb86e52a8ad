"""NLTK's Punkt and tokenizer interface, imported without NLTK's package initializer when it is not loaded yet.

``import nltk`` runs ``nltk/__init__.py``, which imports most of NLTK and, through it, SciPy and pandas:
seconds of start-up for every ``newslib`` command. Punkt itself needs only a handful of light NLTK modules.
When NLTK is not imported yet, this loads ``nltk.tokenize.punkt`` and ``nltk.tokenize.api`` under temporary
package entries, keeps the classes it needs, then removes every ``nltk`` module it loaded from
``sys.modules`` again, so that a later ``import nltk`` anywhere runs the real initializer from scratch and
finds NLTK whole (its own copies of the Punkt classes, the same code). When NLTK is already imported, this is
a plain import.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
import types


def _load():
    if "nltk" in sys.modules:
        return importlib.import_module("nltk.tokenize.punkt"), importlib.import_module("nltk.tokenize.api")
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - nltk is a dependency
        raise ImportError("nltk is not installed")
    root = list(spec.submodule_search_locations)[0]
    stubs = {}
    for name, path in (("nltk", root), ("nltk.tokenize", f"{root}/tokenize")):
        mod = types.ModuleType(name)
        mod.__path__ = [path]
        mod.__package__ = name
        stubs[name] = mod
    before = set(sys.modules)
    sys.modules.update(stubs)
    try:
        punkt = importlib.import_module("nltk.tokenize.punkt")
        api = importlib.import_module("nltk.tokenize.api")
    finally:
        for name in set(sys.modules) - before:
            if name == "nltk" or name.startswith("nltk."):
                del sys.modules[name]
    return punkt, api


_punkt, _api = _load()
PunktParameters = _punkt.PunktParameters
PunktSentenceTokenizer = _punkt.PunktSentenceTokenizer
TokenizerI = _api.TokenizerI
