"""NLTK's Porter stemmer, without NLTK's slow package initializer (see newslib._nltk)."""
from __future__ import annotations

from .._nltk import load

(_porter,) = load("nltk.stem.porter")
PorterStemmer = _porter.PorterStemmer
