"""NLTK's Punkt and tokenizer interface, without NLTK's slow package initializer (see newslib._nltk)."""
from __future__ import annotations

from .._nltk import load

_punkt, _api = load("nltk.tokenize.punkt", "nltk.tokenize.api")
PunktParameters = _punkt.PunktParameters
PunktSentenceTokenizer = _punkt.PunktSentenceTokenizer
TokenizerI = _api.TokenizerI
