"""Tokenization with exact character offsets: sentences (Punkt) and words (Treebank-style rules).

``text[start:end] == token.text`` for every sentence and token; the text is never rewritten.
"""
import sys
import types

from .records import Sentence, Token
from .sentences import NewsSentenceTokenizer, sentence_spans
from .words import NewsWordTokenizer, word_spans
from .api import tokenize, tokenize_text



class _CallableModule(types.ModuleType):
    """``newslib.tokenize`` is this package and, called, the :func:`tokenize` function: importing the package
    (as every ``newslib.tag`` call does) must not take the function's place."""

    def __call__(self, article, *, one_sentence_per_line: bool = False):
        return tokenize(article, one_sentence_per_line=one_sentence_per_line)


sys.modules[__name__].__class__ = _CallableModule

__all__ = ["Sentence", "Token", "NewsSentenceTokenizer", "NewsWordTokenizer", "sentence_spans", "word_spans",
           "tokenize", "tokenize_text"]
