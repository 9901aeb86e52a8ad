"""newslib: read news the way a careful analyst does.

``newslib.read_article`` and ``newslib.read_corpus`` read text; ``newslib.tokenize`` gives sentences and
tokens with offsets; ``newslib.tag`` tags attributions, claim kinds, hedges, gaps and actors;
``newslib.tag_corpus`` tags many articles in batches (:mod:`newslib.pipeline`). Heavier parts
load on first use, so ``import newslib`` stays fast.
"""
from __future__ import annotations

from .article import Article, read_article
from .corpus import iter_corpus, read_corpus
from .errors import DataError, InputError, NewslibError, RunError
from .spans import Span
# The function, not the package of the same name: bound here, after the package is imported, it stays the
# function (Python sets a package's attribute for a subpackage once, when it first imports it). Importing the
# package is cheap; the tokenizers load on first use.
from .tokenize import tokenize

__version__ = "0.1.0"

__all__ = ["Article", "DataError", "InputError", "NewslibError", "RunError", "Span", "iter_corpus", "read_article",
           "read_corpus", "tag", "tag_corpus", "tokenize", "__version__"]


def __getattr__(name: str):
    if name == "tag":
        from .tagging import tag

        return tag
    if name == "tag_corpus":
        from .pipeline import tag_corpus

        return tag_corpus
    raise AttributeError(f"module 'newslib' has no attribute {name!r}")
