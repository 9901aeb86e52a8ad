"""The syntax layer: part-of-speech tags and chunks for newslib's tokens, with their character offsets.

``default_tagger()`` is the shipped tagger (``newslib/models/pos.npz``, trained by ``newslib train pos`` on the
UD English treebanks), loaded once. ``pos_tags(sentences)`` tags newslib ``Sentence`` records;
``chunks(sentences)`` finds their noun phrases and verb groups, with character offsets.

The tagging pipeline (:mod:`newslib.tagging.tagger`) runs the tagger once per article or batch of articles:
``pos_ids(sentences)`` gives the tag ids of all their tokens in a row (one vectorized call), which the attribution
model reads as they are and ``tag_names(ids, sentences)`` turns into each sentence's tags.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import numpy as np

from .chunks import Chunk, chunk_tags, chunks
from .tagger import PosTagger, default_tagger


def pos_tags(sentences: Sequence) -> list[tuple[str, ...]]:
    """Penn Treebank tags of each token of each sentence (``result[i][j]`` for ``sentences[i].tokens[j]``)."""
    return default_tagger().tag_sentences(sentences)


def pos_ids(sentences: Sequence) -> np.ndarray:
    """The tag id of every token of ``sentences`` in a row (indices into ``default_tagger().tags``), in one
    batch: pass all the sentences of an article, or of many, at once."""
    return default_tagger().tag_ids(sentences)


def tag_names(ids: np.ndarray, sentences: Sequence) -> list[tuple[str, ...]]:
    """``ids`` (as :func:`pos_ids` gives them for ``sentences``) as each sentence's tags:
    ``result[i][j]`` tags ``sentences[i].tokens[j]``."""
    lengths = [len(s.tokens) for s in sentences]
    if len(ids) != sum(lengths):
        raise ValueError(f"{len(ids)} tag ids for {sum(lengths)} tokens")
    flat = _tag_objects(default_tagger().tags)[ids].tolist()  # the tag strings themselves, not copies
    out, k = [], 0
    for n in lengths:
        out.append(tuple(flat[k:k + n]))
        k += n
    return out


@lru_cache(maxsize=2)
def _tag_objects(tags: tuple[str, ...]) -> np.ndarray:
    return np.array(tags, dtype=object)


def tag(tokens: Sequence[str]) -> list[tuple[str, str]]:
    """``[(token, tag)]`` for one tokenized sentence, like ``nltk.pos_tag``."""
    return default_tagger().tag(tokens)


def tag_sents(sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, str]]]:
    """``tag`` for many tokenized sentences, like ``nltk.pos_tag_sents``."""
    return default_tagger().tag_sents(sentences)


__all__ = ["Chunk", "PosTagger", "chunk_tags", "chunks", "default_tagger", "pos_ids", "pos_tags", "tag", "tag_names",
           "tag_sents"]
