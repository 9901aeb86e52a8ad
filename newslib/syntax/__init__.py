"""The syntax layer: part-of-speech tags and chunks for newslib's tokens, with their character offsets.

``default_tagger()`` is the shipped tagger (``newslib/models/pos.npz``, trained by ``newslib train pos`` on the
UD English treebanks), loaded once. ``pos_tags(sentences)`` tags newslib ``Sentence`` records;
``chunks(sentences)`` finds their noun phrases and verb groups, with character offsets.
"""
from __future__ import annotations

from typing import Sequence

from .chunks import Chunk, chunk_tags, chunks
from .tagger import PosTagger, default_tagger


def pos_tags(sentences: Sequence) -> list[tuple[str, ...]]:
    """Penn Treebank tags of each token of each sentence (``result[i][j]`` for ``sentences[i].tokens[j]``)."""
    return default_tagger().tag_sentences(sentences)


def tag(tokens: Sequence[str]) -> list[tuple[str, str]]:
    """``[(token, tag)]`` for one tokenized sentence, like ``nltk.pos_tag``."""
    return default_tagger().tag(tokens)


def tag_sents(sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, str]]]:
    """``tag`` for many tokenized sentences, like ``nltk.pos_tag_sents``."""
    return default_tagger().tag_sents(sentences)


__all__ = ["Chunk", "PosTagger", "chunk_tags", "chunks", "default_tagger", "pos_tags", "tag", "tag_sents"]
