"""Tokenization with exact character offsets: sentences (Punkt) and words (Treebank-style rules).

``text[start:end] == token.text`` for every sentence and token; the text is never rewritten.
"""
from .records import Sentence, Token
from .sentences import NewsSentenceTokenizer, sentence_spans
from .words import NewsWordTokenizer, word_spans
from .api import tokenize, tokenize_text

__all__ = ["Sentence", "Token", "NewsSentenceTokenizer", "NewsWordTokenizer", "sentence_spans", "word_spans",
           "tokenize", "tokenize_text"]
