"""NLTK's Punkt, without NLTK's slow package initializer (see newslib._nltk)."""
from __future__ import annotations

from .._nltk import load

(_punkt,) = load("nltk.tokenize.punkt")
PunktParameters = _punkt.PunktParameters
PunktSentenceTokenizer = _punkt.PunktSentenceTokenizer
PunktLanguageVars = _punkt.PunktLanguageVars
PunktToken = _punkt.PunktToken
