"""Tokenization with exact character offsets: sentences (Punkt) and words (Treebank-style rules).

``text[start:end] == token.text`` for every sentence and token; the text is never rewritten. The tokenizers
are NLTK-compatible (:class:`SpanTokenizer`). Importing this package is cheap: Punkt's model and the word
rules load on first use (the names below from ``sentences`` and ``words`` are imported when first asked for).

``newslib.tokenize`` (the attribute of the package ``newslib``) is the :func:`tokenize` function; this package
is ``import``-ed by its full name: ``from newslib.tokenize import tokenize_text``.
"""
from .api import tokenize, tokenize_text
from .protocol import SpanTokenizer
from .records import Sentence, Token

_LAZY = {"NewsSentenceTokenizer": "sentences", "sentence_spans": "sentences", "NewsWordTokenizer": "words",
         "word_spans": "words"}

__all__ = ["Sentence", "SpanTokenizer", "Token", "NewsSentenceTokenizer", "NewsWordTokenizer", "sentence_spans",
           "word_spans", "tokenize", "tokenize_text"]


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
