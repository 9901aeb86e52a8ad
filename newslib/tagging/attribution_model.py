"""The attribution sequence model: every token is labelled O, CUE, SOURCE or CONTENT.

A linear-chain model (averaged structured perceptron, Collins 2002) over cheap token features: the word and
its neighbours, a crude lemma, shape, suffix, bigrams, whether the token is inside double quotes, and how far
the nearest likely cue word is to its left and right in the same sentence, where the sentence's likeliest cue
stands (its "frame"), and hashed conjunctions of the lemma with those. PolNeAR's annotation is univocal (each
token has at most one role), so its attributions read as such a tag sequence.

Inference is pure Python + numpy (no scipy: importing it would cost every command half a second) and light:
one pass over the tokens to look up per-word-type features (cached by the token's text), the rest as array
operations, and Viterbi decoding run over all sentences of an article, or of a window of articles
(``predict_many``), at once. The weights are ``newslib/models/attribution.json``, written by ``newslib train
attribution``: integers (2 per perceptron unit), with features whose weights all stay small left out.

The shipped model also reads the syntax layer (:mod:`newslib.syntax`: Penn POS tags and NP/VG chunks,
``POS_TEMPLATES`` and ``CHUNK_TEMPLATES``). On PolNeAR dev (``newslib eval polnear``) the tagger with its
assembly rules scores F1 0.691 for cues (exact), 0.737 for sources (exact), 0.833 for contents (overlap) and
0.726 for whole attributions (without the syntax templates, measured with the first POS tagger and the earlier
assembly rules: 0.675, 0.708, 0.832, 0.708, against 0.681, 0.712, 0.830, 0.713 with them).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from itertools import repeat
from importlib import resources
from typing import Sequence

import numpy as np

from .. import lexicons
from ..errors import DataError
from ..linear import viterbi
from ..tokenize.records import token_texts

LABELS = ("O", "CUE", "SOURCE", "CONTENT")
O, CUE, SOURCE, CONTENT = range(4)
MODEL_NAME = "attribution.json"
FORMAT = "newslib-attribution-2"
# word types cached with their feature row before the cache starts again (an archive's new words would
# otherwise grow it for ever); under 65,536 so the doubling table (from 4,096 rows) stops at that size
TYPE_CACHE_LIMIT = 65_000

# Quotation marks. Double quotes open and close quotations; single ones are too ambiguous (apostrophes).
OPEN_QUOTES = frozenset({"“", "«", "„"})
CLOSE_QUOTES = frozenset({"”", "»"})
BOTH_QUOTES = frozenset({'"', "''", "``"})

_WORD = re.compile(r"\w")
_DIST_BUCKETS = np.array([0, 1, 2, 3, 4, 4, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6] + [7] * 8 + [8] * 200, dtype=np.int64)
N_DIST = 10  # 0..8 and 9 = no candidate in the sentence
HASH = 1 << 16  # buckets of each hashed conjunction template
N_POS = 64  # part-of-speech ids: 0 none (outside the sentence), 1 + the tagger's tag id (49 Penn tags)
POS_TEMPLATES = ("pos0", "pos-1", "pos+1", "pos_bi", "pos_frame", "h_lem_pos", "h_pos_dist")
CHUNK_TEMPLATES = ("chunk0", "chunk_cue", "chunk_frame")
#: a verb group with a noun phrase of its own right before it, by what opens that noun phrase ("that", a comma,
#: "and"/"but", another word, the sentence start), with the word's cue prior: a finite verb with its own subject
#: inside a running content ("said the plan had failed and the mayor warned ...", branch cue20)
CLAUSE_TEMPLATES = ("clause_vg",)
_OPENERS = {"that": 1, ",": 2, "and": 3, "but": 3}
#: templates over the dependency parse (newslib.syntax.parser) of the sentences holding a likely cue
PARSE_TEMPLATES = ("parse_rel", "parse_cue", "parse_dist", "h_lem_parse")
#: templates that generalise across lemmas (PolNeAR dev's missed cues are a long tail of lemmas the word
#: templates barely know): the lemma's cue rate on train with the part of speech, and the token's part of
#: speech with the kind of word before it (a subject pronoun, a name, a noun, a possessive) and after it (a
#: complementizer "that"/"whether"/"if", a quotation mark, "to", "of"), with or without a "that" a few words on
CONTEXT_TEMPLATES = ("lem_rate", "ctx", "prior_ctx")
N_RATE = 6  # lemma cue-rate buckets: 0 never a cue, 1 < 0.05, 2 < 0.2, 3 < 0.5, 4 >= 0.5, 5 unknown lemma
N_LEFT, N_RIGHT = 9, 9
#: templates whose value is a function of one word type k places away in the sentence (0 beyond it), by the
#: columns of the per word-type table: template -> (k, value of the type-table rows). ``predict_many`` gathers
#: their summed weights per word type and offset (``_type_scores``) instead of one row per template.
_TYPE_LEVEL = {
    "bias": (0, lambda r: np.zeros(len(r), dtype=np.int64)),
    "w0": (0, lambda r: r[:, 0]), "w-1": (-1, lambda r: r[:, 0]), "w+1": (1, lambda r: r[:, 0]),
    "w-2": (-2, lambda r: r[:, 0]), "w+2": (2, lambda r: r[:, 0]),
    "lem0": (0, lambda r: r[:, 1]), "lem-1": (-1, lambda r: r[:, 1]), "lem+1": (1, lambda r: r[:, 1]),
    "shp0": (0, lambda r: r[:, 2]), "shp-1": (-1, lambda r: r[:, 2]), "shp+1": (1, lambda r: r[:, 2]),
    "suf0": (0, lambda r: r[:, 3]),
    "cue0": (0, lambda r: r[:, 4] * 2 + (r[:, 5] > 0)), "cue-1": (-1, lambda r: r[:, 4]),
    "cue+1": (1, lambda r: r[:, 4]),
}


def _hash(a: np.ndarray, b: np.ndarray, salt: int) -> np.ndarray:
    """A deterministic bucket for the pair (a, b) of non-negative int arrays."""
    x = (a * 1_000_003 + b * 7919 + salt * 104_729) & 0x7FFFFFFF
    x = (x ^ (x >> 13)) * 1_103_515_245 & 0x7FFFFFFF
    return (x ^ (x >> 11)) % HASH


def shape(tok: str) -> str:
    """A short word shape: Xx, x, X, d, the punctuation itself, with a mark for a trailing period."""
    if not tok:
        return ""
    if tok[0].isalpha():
        if tok.isupper() and len(tok) > 1:
            s = "X"
        elif tok[0].isupper():
            s = "Xx"
        else:
            s = "x"
        if "." in tok:
            s += "."
        elif "-" in tok:
            s += "-"
        return s
    if tok[0].isdigit():
        return "d"
    return tok[:3] if not _WORD.search(tok) else "o"


def lemma(low: str) -> str:
    """A crude lemma: enough to join says/said/saying, argues/argued/arguing, claims/claim."""
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    for suf, rep in (("ies", "y"), ("ied", "y"), ("ying", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""),
                     ("es", ""), ("s", "")):
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            low = low[: len(low) - len(suf)] + rep
            break
    if low.endswith("e") and len(low) > 4:
        low = low[:-1]
    return low


_IRREGULAR = {"said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell", "telling": "tell",
              "wrote": "write", "written": "write", "writes": "write", "writing": "write", "thought": "think",
              "knew": "know", "known": "know", "saw": "see", "seen": "see", "felt": "feel", "made": "make",
              "spoke": "speak", "spoken": "speak", "has": "have", "had": "have", "is": "be", "are": "be",
              "was": "be", "were": "be", "been": "be", "am": "be", "'s": "'s", "’s": "'s"}


def quote_kind(tok: str) -> int:
    """0 not a double quote, 1 opening, 2 closing, 3 either (straight quotes)."""
    if tok in OPEN_QUOTES:
        return 1
    if tok in CLOSE_QUOTES:
        return 2
    if tok in BOTH_QUOTES:
        return 3
    return 0


class AttributionModel:
    """Vocabularies, per-template offsets, weights and transitions; ``predict`` labels an article's tokens."""

    #: Feature templates of the shipped model; a model file may name its own (``meta["templates"]``).
    TEMPLATES = ("bias", "w0", "w-1", "w+1", "w-2", "w+2", "lem0", "lem-1", "lem+1", "shp0", "shp-1", "shp+1",
                 "suf0", "big-1", "big+1", "quote", "quote_sent", "ldist", "rdist", "lrdist", "cap_l", "cap_r",
                 "pos", "cue0", "cue-1", "cue+1", "lex0", "qdist", "frame", "frame_cap", "frame_prior",
                 "h_lem_quote", "h_lem_prev", "h_lem_next", "h_lem_frame", "h_word_near", "h_lem_wprev")

    def __init__(self, vocab: dict, weights: np.ndarray | None = None, transitions: np.ndarray | None = None,
                 start: np.ndarray | None = None, meta: dict | None = None):
        self.words: dict[str, int] = {w: i + 2 for i, w in enumerate(vocab["words"])}  # 0 pad, 1 unknown
        self.lemmas: dict[str, int] = {w: i + 2 for i, w in enumerate(vocab["lemmas"])}
        self.shapes: dict[str, int] = {w: i + 2 for i, w in enumerate(vocab["shapes"])}
        self.suffixes: dict[str, int] = {w: i + 2 for i, w in enumerate(vocab["suffixes"])}
        self.bigrams: dict[str, int] = {w: i + 1 for i, w in enumerate(vocab["bigrams"])}  # 0 unknown
        # bigrams of two known words as sorted integer codes (word id * base + word id), for array look-ups
        self._wbase = len(self.words) + 2
        codes = []
        for bg, i in self.bigrams.items():
            x, _, y = bg.partition(" ")
            if x in self.words and y in self.words:
                codes.append((self.words[x] * self._wbase + self.words[y], i))
        codes.sort()
        self._big_codes = np.array([c for c, _ in codes], dtype=np.int64)
        self._big_ids = np.array([i for _, i in codes], dtype=np.int64)
        # cue prior of a word: bucket 0 (never a cue) .. 4 (mostly a cue); candidates are buckets >= 3
        self.cue_prior: dict[str, int] = dict(vocab["cue_prior"])
        #: each train lemma's cue rate, bucketed (``N_RATE``): lemmas seen fewer than 3 times are absent (5)
        self.lemma_prior: dict[str, int] = dict(vocab.get("lemma_prior", ()))
        self.vocab = vocab
        self.meta = meta or {}
        sizes = {
            "bias": 1, "w0": len(self.words) + 2, "w-1": len(self.words) + 2, "w+1": len(self.words) + 2,
            "w-2": len(self.words) + 2, "w+2": len(self.words) + 2, "lem0": len(self.lemmas) + 2,
            "lem-1": len(self.lemmas) + 2, "lem+1": len(self.lemmas) + 2,
            "shp0": len(self.shapes) + 2, "shp-1": len(self.shapes) + 2, "shp+1": len(self.shapes) + 2,
            "suf0": len(self.suffixes) + 2, "big-1": len(self.bigrams) + 1, "big+1": len(self.bigrams) + 1,
            "quote": 4 * 3, "quote_sent": 4 * 3, "ldist": N_DIST * 4, "rdist": N_DIST * 4,
            "lrdist": N_DIST * N_DIST, "cap_l": 3 * N_DIST, "cap_r": 3 * N_DIST, "pos": 4 * 4 * 2,
            "cue0": 6 * 2, "cue-1": 6, "cue+1": 6, "lex0": 3 * 4, "qdist": 4 * N_DIST,
            "frame": 4 * 3 * 4, "frame_cap": 4 * 3 * 3, "frame_prior": 4 * 3 * 6,
            "h_lem_quote": HASH, "h_lem_prev": HASH, "h_lem_next": HASH, "h_lem_frame": HASH,
            "h_word_near": HASH, "h_lem_wprev": HASH, "h_word_quote": HASH, "h_lem_wnext": HASH,
            "h_lem_wnext2": HASH, "h_lem_dist": HASH,
            # the syntax layer's (newslib.syntax): part-of-speech tags and chunks
            "pos0": N_POS * 4, "pos-1": N_POS, "pos+1": N_POS, "pos_bi": N_POS * N_POS, "pos_frame": N_POS * 12,
            "h_lem_pos": HASH, "h_pos_dist": HASH,
            "chunk0": 12 * 4, "chunk_cue": 4 * 2 * 4, "chunk_frame": 4 * 12, "clause_vg": 1 + 2 * 5 * 6 * 4,
            "lem_rate": N_RATE * N_POS, "ctx": N_POS * N_LEFT * N_RIGHT * 2, "prior_ctx": 6 * N_RATE * N_RIGHT * 2,
            "parse_rel": N_REL * 4, "parse_cue": N_ROLE * 2 * 4, "parse_dist": N_ROLE * 8, "h_lem_parse": HASH,
        }
        self.templates = tuple(self.meta.get("templates") or self.TEMPLATES)
        unknown = [t for t in self.templates if t not in sizes]
        if unknown:
            raise DataError(MODEL_NAME, f"unknown feature templates {unknown}")
        #: part-of-speech tags and chunks are computed only for a model that uses them
        self.uses_syntax = any(t in POS_TEMPLATES or t in CHUNK_TEMPLATES or t in CONTEXT_TEMPLATES or
                               t in CLAUSE_TEMPLATES for t in self.templates)
        self.offsets = {}
        total = 0
        for t in self.templates:
            self.offsets[t] = total
            total += sizes[t]
        self.n_features = total
        self.W = weights if weights is not None else np.zeros((total, len(LABELS)))
        self.A = transitions if transitions is not None else np.zeros((len(LABELS), len(LABELS)))
        self.S = start if start is not None else np.zeros(len(LABELS))
        self._type_ids: dict[str, int] = {}
        self._n_types = 1  # row 0 holds no type: its zeros are what a template reads beyond the sentence
        self._type_table = np.zeros((4096, 10), dtype=np.int64)
        self._lex = _lexicon_words()
        #: constants added to each token's CUE and SOURCE scores at decoding (``meta["decode_bias"]``, perceptron
        #: units; absent: none): a decision bias towards finding cues, chosen by cross-validation on train
        self.decode_bias = self._decode_bias(self.meta.get("decode_bias"))
        #: per offset, each cached word type's summed weights of the type-level templates (``_type_scores``),
        #: filled for the types below ``_n_scored``; None until ``predict_many`` first needs them
        self._ts: dict[int, np.ndarray] | None = None
        self._ts_size, self._n_scored = 0, 0
        #: whether the weights' float sums are exact in any order (``from_json`` sets it for integer weights over
        #: 1 or 2): ``predict_many`` then sums the type-level templates per word type (``_emissions``)
        self.exact_sums = False

    @staticmethod
    def _decode_bias(given) -> np.ndarray | None:
        """The per-label decoding bias of ``meta["decode_bias"]`` (``{"CUE": b, "SOURCE": b}``), or None."""
        if not given:
            return None
        unknown = set(given) - set(LABELS)
        if unknown:
            raise DataError(MODEL_NAME, f"decode_bias names unknown labels {sorted(unknown)}")
        return np.array([float(given.get(name, 0.0)) for name in LABELS])

    def set_priors(self, cue_prior: dict[str, int], lemma_prior: dict[str, int]) -> None:
        """Use other word and lemma cue priors (training computes each fold's features with the priors of
        the other folds) and forget the word types cached with the old ones."""
        self.cue_prior = dict(cue_prior)
        self.lemma_prior = dict(lemma_prior)
        self._forget_types()

    def _forget_types(self) -> None:
        """Empty the per word-type caches (the feature rows and their summed weights)."""
        self._type_ids.clear()
        self._n_types = 1
        self._n_scored = 0

    # ---- features ---------------------------------------------------------------------------------------
    def _type_rows(self, toks: Sequence[str]) -> np.ndarray:
        """The per word-type feature rows of ``toks`` (types x 10): word, lemma, shape and suffix ids, cue prior,
        lexicon entry, quote kind, capitalization, the lemma's cue-rate bucket and the word's kind for the
        ``ctx`` template (``_RIGHT_WORDS``). Computed a column at a time over all the types a batch meets for
        the first time (``map`` over lists), no longer a method call per type (the 31,000 types of the 840
        PolNeAR train texts, first sight 0.10 s above the warm look-ups either way: see the commit)."""
        lows = list(map(str.lower, toks))
        shps = list(map(shape, toks))
        lems = list(map(lemma, lows))
        n = len(toks)
        wids = list(map(self.words.get, lows, repeat(1, n)))
        # a word of the vocabulary (id >= 2) without a cue prior is never a cue (0); an unknown word is 5
        prior_default = [0 if w > 1 else 5 for w in wids]
        cols = (wids, list(map(self.lemmas.get, lems, repeat(1, n))), list(map(self.shapes.get, shps, repeat(1, n))),
                list(map(self.suffixes.get, [w[-3:] for w in lows], repeat(1, n))),
                list(map(self.cue_prior.get, lows, prior_default)), list(map(self._lex.get, lows, repeat(0, n))),
                list(map(quote_kind, toks)),
                [1 if t[:1].isupper() else (2 if h == "x" else 0) for t, h in zip(toks, shps)],
                list(map(self.lemma_prior.get, lems, repeat(5, n))), list(map(_RIGHT_WORDS.get, lows, repeat(0, n))))
        out = np.empty((n, len(cols)), dtype=np.int64)
        for j, col in enumerate(cols):
            out[:, j] = col
        return out

    def _add_types(self, toks: list[str]) -> None:
        """Give each of ``toks`` (new, distinct) its row of the per word-type table (grown by doubling)."""
        k, n = self._n_types, len(toks)
        while k + n > len(self._type_table):
            self._type_table = np.concatenate([self._type_table, np.zeros_like(self._type_table)])
        self._type_table[k:k + n] = self._type_rows(toks)
        self._type_ids.update(zip(toks, range(k, k + n)))
        self._n_types += n

    @staticmethod
    def paragraphs(text: str, sentences: Sequence) -> list[int]:
        """The paragraph number of each sentence (0, 1, ...): a quotation does not run past a paragraph's end."""
        para = []
        p = 0
        prev_end = None
        for s in sentences:
            if prev_end is not None and "\n" in text[prev_end:s.start]:
                p += 1
            para.append(p)
            prev_end = s.end
        return para

    def features(self, text: str, sentences: Sequence, para: Sequence[int] | None = None,
                 tag_ids: np.ndarray | None = None) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """Feature ids, one row per token of the article and one column per template, and each sentence's
        (first, end) token index. ``para``: each sentence's paragraph number, when already known (the
        sentences of several articles, numbered apart, give the rows of each article in turn). ``tag_ids``:
        the part-of-speech tag ids of the sentences' tokens in a row, when already computed (else tagged here).

        The columns come in groups, each from its own function: the token's word-type features and those of
        its neighbours, its quotation state, its distance to likely cues and to quotation marks, and the
        sentence's frame; hashed conjunctions of the lemma with those last."""
        ids, bounds, _ = self._feature_ids(text, sentences, para, tag_ids, self.templates)
        return ids, bounds

    def _feature_ids(self, text: str, sentences: Sequence, para: Sequence[int] | None, tag_ids: np.ndarray | None,
                     templates: Sequence[str]) -> tuple[np.ndarray, list[tuple[int, int]], dict | None]:
        """:meth:`features` for ``templates`` only (a part of ``self.templates``, in their order), and the
        token columns (``_token_columns``, with the layout as ``"lay"``; None when there is no token)."""
        if para is None:
            para = self.paragraphs(text, sentences)
        words = token_texts(sentences)
        bounds = []
        n = 0
        for s in sentences:
            bounds.append((n, n + len(s.tokens)))
            n += len(s.tokens)
        if not words:
            return np.zeros((0, len(templates)), dtype=np.int64), bounds, None
        lay = _Layout(bounds, para, [1 if getattr(s, "title", False) else 0 for s in sentences])
        tok = self._token_columns(words)
        if "clause_vg" in self.templates:
            # what each word is as the opener of a noun phrase after it (0 other, 1 "that", 2 comma, 3 and/but)
            tok["opener"] = np.fromiter((_OPENERS.get(w.lower(), 0) for w in words), dtype=np.int64,
                                        count=len(words))
        quotes = _quote_columns(lay, tok["qk"])
        col: dict[str, np.ndarray] = {"bias": np.zeros(lay.N, dtype=np.int64)}
        col.update(self._word_columns(lay, tok, set(templates)))
        col.update(quotes["cols"])
        cues = _cue_distance_columns(lay, tok, quotes["qin"])
        col.update(cues["cols"])
        col["qdist"] = _quote_distance(lay, tok["qk"])
        frame = _frame(lay, tok)
        col["frame"] = frame * 4 + quotes["qin"]
        col["frame_cap"] = frame * 3 + tok["cap"]
        col["frame_prior"] = frame * 6 + tok["prior"]
        col.update(_hashed_columns(self.templates, lay, tok, quotes["state"], cues["lb"], cues["rb"], frame))
        if self.uses_syntax:
            col.update(_syntax_columns(self.templates, sentences, lay, tok, quotes["qin"], cues["lb"], cues["rb"],
                                       frame, tag_ids))
        if set(self.templates) & set(PARSE_TEMPLATES):
            col.update(_parse_columns(self.templates, sentences, lay, tok, quotes["qin"], tag_ids))
        # built template by template, one contiguous row each, and handed back transposed (tokens x templates,
        # a view): ``scores`` then gathers the weights by template from contiguous memory, with no stacked copy
        # (predict_many on the 840 PolNeAR train texts in batches of 16: 0.6-0.7x the time of np.stack)
        o = self.offsets
        by_template = np.empty((len(templates), lay.N), dtype=np.int64)
        for j, t in enumerate(templates):
            np.add(col[t], o[t], out=by_template[j])
        tok["lay"] = lay
        return by_template.T, bounds, tok

    def _token_columns(self, words: list[str]) -> dict[str, np.ndarray]:
        """Per token (``words``: the tokens' texts), from its word type (cached by the token's text): word, lemma,
        shape and suffix ids, cue prior, lexicon entry, quote kind and capitalization."""
        if self._n_types >= TYPE_CACHE_LIMIT:  # bound the cache on very large corpora (between articles only)
            self._forget_types()
        get = self._type_ids.get
        found = list(map(get, words))
        if None in found:  # the types met for the first time, their rows added at once
            self._add_types(list(dict.fromkeys(w for w, i in zip(words, found) if i is None)))
            found = list(map(get, words))
        tids = np.array(found, dtype=np.int64)
        w, lem, shp, suf, prior, lex, qk, cap, lrate, wkind = np.take(self._type_table, tids, axis=0).T
        return {"w": w, "lem": lem, "shp": shp, "suf": suf, "prior": prior, "lex": lex, "qk": qk, "cap": cap,
                "lrate": lrate, "wkind": wkind, "tid": tids}

    def _word_columns(self, lay: "_Layout", tok: dict[str, np.ndarray], want: set) -> dict[str, np.ndarray]:
        """The token and its neighbours: words, lemmas, shapes, suffix, known bigrams, cue priors, the lexicon,
        and the token's place in its sentence (the neighbours' columns only for the templates in ``want``)."""
        w, lem, shp, shift = tok["w"], tok["lem"], tok["shp"], lay.shift
        col = {}
        for name, k in (("w0", 0), ("w-1", -1), ("w+1", 1), ("w-2", -2), ("w+2", 2)):
            if name in want:
                col[name] = (shift(w, k) if k else w)
        for name, k in (("lem0", 0), ("lem-1", -1), ("lem+1", 1)):
            if name in want:
                col[name] = (shift(lem, k) if k else lem)
        for name, k in (("shp0", 0), ("shp-1", -1), ("shp+1", 1)):
            if name in want:
                col[name] = (shift(shp, k) if k else shp)
        col["suf0"] = tok["suf"]
        N, idx = lay.N, lay.idx
        codes = np.concatenate([[0], w[:-1] * self._wbase + w[1:]])  # (previous word, word)
        pos_b = np.searchsorted(self._big_codes, codes)
        pos_b = np.minimum(pos_b, len(self._big_codes) - 1)
        found = self._big_codes[pos_b] == codes if len(self._big_codes) else np.zeros(N, dtype=bool)
        pair = np.where(found, self._big_ids[pos_b] if len(self._big_ids) else 0, 0)
        col["big-1"] = np.where(idx > lay.sent_first, pair, 0)
        col["big+1"] = np.where(idx < lay.sent_last, np.concatenate([pair[1:], [0]]), 0)
        from_start = np.minimum(idx - lay.sent_first, 3)
        to_end = np.minimum(lay.sent_last - idx, 3)
        col["pos"] = (from_start * 4 + to_end) * 2 + lay.is_title
        prior, lex = tok["prior"], tok["lex"]
        col["cue0"] = prior * 2 + (lex > 0)
        if "cue-1" in want:
            col["cue-1"] = shift(prior, -1)
        if "cue+1" in want:
            col["cue+1"] = shift(prior, 1)
        return col

    # ---- decoding -----------------------------------------------------------------------------------------
    def scores(self, ids: np.ndarray) -> np.ndarray:
        """Each token's score for each label: the sum of the weight rows of its active features. The weights
        are multiples of 1/2 (perceptron steps, or the stored integers over ``scale``), so the float sums are
        exact whatever their order."""
        return self._biased(np.add.reduce(self.W.take(ids.T, axis=0), axis=0))  # (templates, tokens, labels) summed

    def _biased(self, scores: np.ndarray) -> np.ndarray:
        """``scores`` with the decoding bias (``decode_bias``) added to each token's row, when the model has one."""
        return scores if self.decode_bias is None else scores + self.decode_bias.astype(scores.dtype)

    def _emissions(self, sentences: Sequence, para: Sequence[int], tag_ids: np.ndarray | None
                   ) -> tuple[np.ndarray, list[tuple[int, int]], np.ndarray]:
        """``scores(features(...))`` of a batch, with the type-level templates (``_TYPE_LEVEL``) read from each
        word type's summed weights per offset (``_type_scores``): one gather per offset instead of one per
        template, and their columns never made. Only when the weights are half-units (``exact_sums``, as
        ``from_json`` loads them), whose float32 sums are exact in any order: the same floats as ``scores``.
        Returns the feature ids of the other templates, the sentences' bounds and the emissions."""
        if not self.exact_sums:
            ids, bounds = self.features("", sentences, para, tag_ids)
            return ids, bounds, (self.scores(ids) if len(ids) else np.zeros((0, len(LABELS)), dtype=self.W.dtype))
        rest = [t for t in self.templates if t not in _TYPE_LEVEL]
        ids, bounds, tok = self._feature_ids("", sentences, para, tag_ids, rest)
        if tok is None:
            return ids, bounds, np.zeros((0, len(LABELS)), dtype=self.W.dtype)
        out = self.scores(ids) if rest else self._biased(np.zeros((len(ids), len(LABELS)), dtype=self.W.dtype))
        tid, shift = tok["tid"], tok["lay"].shift
        for k, table in self._type_scores().items():
            out += np.take(table, shift(tid, k) if k else tid, axis=0)
        return ids, bounds, out

    def _type_scores(self) -> dict[int, np.ndarray]:
        """Per offset k of the type-level templates the model uses, each cached word type's summed weights of
        those templates (types x labels; row 0, the type table's zeros, sums the templates' values beyond the
        sentence), extended for the types added since."""
        levels: dict[int, list[str]] = {}
        for t in self.templates:
            if t in _TYPE_LEVEL:
                levels.setdefault(_TYPE_LEVEL[t][0], []).append(t)
        n, done, size = self._n_types, self._n_scored, len(self._type_table)
        if self._ts is None or self._ts_size < size:  # as large as the type table, which grows by doubling
            old, self._ts, self._ts_size = self._ts, {}, size
            for k in levels:
                self._ts[k] = np.zeros((size, len(LABELS)), dtype=self.W.dtype)
                if old is not None:
                    self._ts[k][:done] = old[k][:done]
        if n > done:
            rows = self._type_table[done:n]
            for k, names in levels.items():
                block = self._ts[k][done:n]
                block[:] = 0
                for t in names:
                    block += np.take(self.W, self.offsets[t] + _TYPE_LEVEL[t][1](rows), axis=0)
            self._n_scored = n
        return self._ts

    def decode(self, emissions: np.ndarray, bounds: list[tuple[int, int]]) -> np.ndarray:
        """Viterbi over every sentence at once (:func:`newslib.linear.viterbi`, exact); the best label of each
        token."""
        return viterbi(emissions, bounds, self.A, self.S)

    def predict(self, text: str, sentences: Sequence) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """The label of every token (in sentence order) and each sentence's token range."""
        return self.predict_many([(text, sentences)])[0]

    def predict_many(self, docs: Sequence[tuple[str, Sequence]], tag_ids: np.ndarray | None = None
                     ) -> list[tuple[np.ndarray, list[tuple[int, int]]]]:
        """``predict`` for several articles ``(text, sentences)`` at once: features per article, then one
        scoring and one Viterbi pass over all their sentences, whose loop runs as many steps as the longest
        sentence of the batch instead of the longest of each article. Each sentence is decoded on its own, so
        the labels are those ``predict`` gives article by article. ``tag_ids``: the part-of-speech tag ids of
        all the docs' tokens in a row, when the pipeline already has them (:func:`newslib.syntax.pos_ids`)."""
        # every template looks no further than its sentence, and quotations no further than their
        # paragraph: the articles' sentences in a row, with paragraphs numbered apart, are featured as one
        sentences: list = []
        para: list[int] = []
        firsts = [0]  # each article's first sentence, in the batch
        for text, sents in docs:
            base = para[-1] + 1 if para else 0
            para.extend(p + base for p in self.paragraphs(text, sents))
            sentences.extend(sents)
            firsts.append(len(sentences))
        ids, bounds, emissions = self._emissions(sentences, para, tag_ids)
        labels = self.decode(emissions, bounds) if len(ids) else np.zeros(0, dtype=np.int64)
        out = []
        for a, b in zip(firsts, firsts[1:]):
            off = bounds[a][0] if b > a else 0
            end = bounds[b - 1][1] if b > a else 0
            out.append((labels[off:end], [(x - off, y - off) for x, y in bounds[a:b]]))
        return out

    # ---- persistence --------------------------------------------------------------------------------------
    def to_json(self, scale: float = 2.0, min_weight: float = 15.0) -> dict:
        """Weights as integers (``scale`` per unit), stored sparsely per template: ``{template: [[row, w...]]}``.
        Rows whose largest weight is below ``min_weight`` (perceptron units; mostly features seen once or
        twice) are left out: on PolNeAR dev that costs under 0.005 F1 and keeps the file small."""
        W = np.where(np.abs(self.W).max(axis=1, keepdims=True) >= min_weight, self.W, 0.0)
        q = np.round(W * scale).astype(np.int64)
        rows = {}
        inv = {t: self.offsets[t] for t in self.templates}
        order = list(self.templates)
        for k, t in enumerate(order):
            a = inv[t]
            b = inv[order[k + 1]] if k + 1 < len(order) else self.n_features
            block = q[a:b]
            nz = np.nonzero(np.any(block != 0, axis=1))[0]
            rows[t] = [[int(i)] + block[i].tolist() for i in nz]
        # bigrams feed only their own two templates: keep those that kept a weight, renumbered
        used = sorted({r[0] for t in ("big-1", "big+1") for r in rows[t] if r[0] > 0})
        new_id = {old: k + 1 for k, old in enumerate(used)}
        for t in ("big-1", "big+1"):
            rows[t] = [[new_id[r[0]]] + r[1:] for r in rows[t] if r[0] in new_id]
        vocab = dict(self.vocab)
        vocab["bigrams"] = [self.vocab["bigrams"][old - 1] for old in used]
        meta = {**self.meta, "templates": list(self.templates)}
        # flat lists parse fastest: per template the kept rows, then their weights, len(LABELS) a row
        flat = {t: {"rows": [r[0] for r in rs], "weights": [x for r in rs for x in r[1:]]} for t, rs in rows.items()}
        return {"format": FORMAT, "labels": list(LABELS), "scale": scale, "meta": meta,
                "vocab": vocab, "weights": flat,
                "transitions": np.round(self.A * scale).astype(int).tolist(),
                "start": np.round(self.S * scale).astype(int).tolist()}

    @classmethod
    def from_json(cls, obj: dict) -> "AttributionModel":
        if obj.get("format") != FORMAT:
            raise DataError(MODEL_NAME, f"unknown model format {obj.get('format')!r}")
        m = cls(obj["vocab"], meta=obj.get("meta"))
        scale = float(obj["scale"])
        K = len(LABELS)
        # float32 halves the memory the per-token row look-ups read; the weights are multiples of 1/scale far
        # below 2**23, so every sum stays exact and the labels are those float64 gives
        m.W = np.zeros((m.n_features, K), dtype=np.float32)
        for t, block in obj["weights"].items():
            if block["rows"]:
                rows = np.array(block["rows"], dtype=np.int64)
                m.W[m.offsets[t] + rows] = np.array(block["weights"], dtype=float).reshape(-1, K) / scale
        m.exact_sums = scale in (1.0, 2.0) and _largest_sum(m) < 2.0 ** 21
        m.A = np.array(obj["transitions"], dtype=float) / scale
        m.S = np.array(obj["start"], dtype=float) / scale
        return m


def _largest_sum(m: AttributionModel) -> float:
    """The largest magnitude a token's score can reach: per template its largest weight, summed. Weights that
    are integers over 1 or 2 sum exactly in float32, in any order, while every partial sum stays below 2**21
    (the shipped model: 15,619.5, see ``exact_sums``)."""
    top = 0.0
    for j, t in enumerate(m.templates):
        end = m.offsets[m.templates[j + 1]] if j + 1 < len(m.templates) else m.n_features
        block = m.W[m.offsets[t]:end]
        top += float(np.abs(block).max(initial=0.0))
    return top


class _Layout:
    """Where each token of a run of sentences stands: its index, its sentence's first and last token, its
    paragraph, whether its sentence is a title; ``shift`` looks at a neighbour within the same sentence."""

    def __init__(self, bounds: list[tuple[int, int]], para: Sequence[int], titles: Sequence[int]):
        self.lens = np.array([b - a for a, b in bounds], dtype=np.int64)
        self.firsts = np.array([a for a, _ in bounds], dtype=np.int64)
        self.N = int(self.lens.sum())
        self.idx = np.arange(self.N)
        self.sent_first = np.repeat(self.firsts, self.lens)
        self.sent_last = np.repeat(self.firsts + self.lens - 1, self.lens)
        self.tok_para = np.repeat(np.array(para, dtype=np.int64), self.lens)
        self.is_title = np.repeat(np.array(titles), self.lens)
        self.nonempty = self.lens > 0

    def shift(self, x: np.ndarray, k: int, pad: int = 0) -> np.ndarray:
        """x[i+k] within the same sentence, else pad."""
        out = np.full(self.N, pad, dtype=np.int64)
        if k > 0:
            out[:-k] = x[k:]
            ok = self.idx + k <= self.sent_last
        else:
            out[-k:] = x[:k]
            ok = self.idx + k >= self.sent_first
        return np.where(ok, out, pad)


def _quote_states(lay: _Layout, qk: np.ndarray) -> np.ndarray:
    """Each token's quotation state: 0 outside, 1 inside, 2 opening quote, 3 closing quote. Only quote tokens
    are visited; a quotation left open ends with its paragraph."""
    qs = np.zeros(lay.N, dtype=np.int64)
    tok_para = lay.tok_para
    open_at = -1
    for i in np.nonzero(qk)[0].tolist():
        if open_at >= 0 and tok_para[i] != tok_para[open_at]:
            end = int(np.searchsorted(tok_para, tok_para[open_at], side="right"))
            qs[open_at + 1:end] = 1
            open_at = -1
        k = qk[i]
        if k == 1 or (k == 3 and open_at < 0):
            if open_at >= 0:
                qs[open_at + 1:i] = 1
            qs[i] = 2
            open_at = i
        else:
            if open_at >= 0:
                qs[open_at + 1:i] = 1
            qs[i] = 3
            open_at = -1
    if open_at >= 0:
        end = int(np.searchsorted(tok_para, tok_para[open_at], side="right"))
        qs[open_at + 1:end] = 1
    return qs


def _quote_columns(lay: _Layout, qk: np.ndarray) -> dict:
    """The quotation templates (``quote``, ``quote_sent``), and what other groups read of them: ``state`` (the
    token's quote state x 3 + its sentence's) and ``qin`` (the token's state, 0-3)."""
    qs = _quote_states(lay, qk)
    firsts, lens, nonempty = lay.firsts, lay.lens, lay.nonempty
    # sentence: 0 without quotes, 1 with, 2 starting inside a quotation
    has_q = np.zeros(len(lens), dtype=np.int64)
    if nonempty.any():
        has_q[nonempty] = np.add.reduceat((qk > 0).astype(np.int64), firsts[nonempty])
    starts_in = np.zeros(len(lens), dtype=bool)
    starts_in[nonempty] = qs[firsts[nonempty]] == 1
    sq = np.repeat(np.where(starts_in, 2, np.where(has_q > 0, 1, 0)), lens)
    state = qs * 3 + sq
    # quote state of the sentence's first and last tokens (does the quotation run to the sentence's edge?)
    cols = {"quote": state, "quote_sent": qs[lay.sent_first] * 3 + np.minimum(qs[lay.sent_last], 2)}
    return {"cols": cols, "state": state, "qin": np.minimum(qs, 3)}


def _cue_distance_columns(lay: _Layout, tok: dict[str, np.ndarray], qin: np.ndarray) -> dict:
    """How far the nearest likely cue (train prior, or the lexicon) stands to the left and to the right within
    the sentence, bucketed (``lb``, ``rb``), with the quotation state, capitalization and lexicon entry."""
    N, idx = lay.N, lay.idx
    cand = (tok["prior"] >= 3) | (tok["lex"] == 1)
    left = np.maximum.accumulate(np.where(cand, idx, -1))
    prev_left = np.concatenate([[-1], left[:-1]])
    ldist = np.where(prev_left >= lay.sent_first, idx - prev_left, -1)
    right = np.minimum.accumulate(np.where(cand, idx, N + 10)[::-1])[::-1]
    next_right = np.concatenate([right[1:], [N + 10]])
    rdist = np.where(next_right <= lay.sent_last, next_right - idx, -1)
    lb = np.where(ldist >= 0, _DIST_BUCKETS[np.clip(ldist, 0, 200)], N_DIST - 1)
    rb = np.where(rdist >= 0, _DIST_BUCKETS[np.clip(rdist, 0, 200)], N_DIST - 1)
    cap = tok["cap"]
    cols = {"ldist": lb * 4 + qin, "rdist": rb * 4 + qin, "lrdist": lb * N_DIST + rb,
            "cap_l": cap * N_DIST + lb, "cap_r": cap * N_DIST + rb, "lex0": np.minimum(tok["lex"], 2) * 4 + qin}
    return {"cols": cols, "lb": lb, "rb": rb}


def _quote_distance(lay: _Layout, qk: np.ndarray) -> np.ndarray:
    """Distance to the nearest quotation mark in the sentence, bucketed, with which side it is on."""
    N, idx = lay.N, lay.idx
    isq = qk > 0
    leftq = np.maximum.accumulate(np.where(isq, idx, -1))
    rightq = np.minimum.accumulate(np.where(isq, idx, N + 10)[::-1])[::-1]
    dq_l = np.where(leftq >= lay.sent_first, idx - leftq, 10_000)
    dq_r = np.where(rightq <= lay.sent_last, rightq - idx, 10_000)
    dq = np.minimum(dq_l, dq_r)
    side = np.where(dq >= 10_000, 0, np.where(dq_l <= dq_r, 1, 2)) + (dq == 0)
    qb = np.where(dq < 10_000, _DIST_BUCKETS[np.clip(dq, 0, 200)], N_DIST - 1)
    return side * N_DIST + qb


def _frame(lay: _Layout, tok: dict[str, np.ndarray]) -> np.ndarray:
    """The sentence's frame: where its likeliest cue stands (none, start, end, middle) x 3 + which side of it
    the token is on (before, on it, after)."""
    idx, N = lay.idx, lay.N
    prior = tok["prior"]
    cand = (prior >= 3) | (tok["lex"] == 1)
    strength = np.where(cand, prior * 2 + (tok["lex"] == 1), -1)
    # per non-empty sentence: its strongest candidate (the first one of the highest strength)
    f_ne, len_ne = lay.firsts[lay.nonempty], lay.lens[lay.nonempty]
    best = np.maximum.reduceat(strength, f_ne)
    at = np.minimum.reduceat(np.where(strength == np.repeat(best, len_ne), idx, N), f_ne)
    rel = at - f_ne
    has = best >= 0
    pos_s = np.where(has, np.where(rel <= 3, 1, np.where(len_ne - 1 - rel <= 3, 2, 3)), 0)
    frame_pos = np.repeat(pos_s, len_ne)
    at_t = np.repeat(at, len_ne)
    frame_side = np.where(np.repeat(has, len_ne), np.where(idx < at_t, 0, np.where(idx == at_t, 1, 2)), 0)
    return frame_pos * 3 + frame_side


def _hashed_columns(templates: Sequence[str], lay: _Layout, tok: dict[str, np.ndarray], state: np.ndarray,
                    lb: np.ndarray, rb: np.ndarray, frame: np.ndarray) -> dict[str, np.ndarray]:
    """Hashed conjunctions: the word's lemma with its quotation state, its neighbours' shapes or words, the
    frame, the cue distances; each computed only when the model uses it."""
    w, lem, shp, shift = tok["w"], tok["lem"], tok["shp"], lay.shift
    hashed = {  # template: (its two parts, salt)
        "h_lem_quote": (lambda: (lem, state), 1),
        "h_lem_prev": (lambda: (lem, shift(shp, -1)), 2),
        "h_lem_next": (lambda: (lem, shift(shp, 1)), 3),
        "h_lem_frame": (lambda: (lem, frame), 4),
        "h_word_near": (lambda: (w, np.minimum(lb, 5) * 6 + np.minimum(rb, 5)), 5),
        "h_lem_wprev": (lambda: (lem, shift(w, -1)), 6),
        "h_word_quote": (lambda: (w, state), 7),
        "h_lem_wnext": (lambda: (lem, shift(w, 1)), 8),
        "h_lem_wnext2": (lambda: (lem, shift(w, 2)), 9),
        "h_lem_dist": (lambda: (lem, lb * N_DIST + rb), 10),
    }
    out = {}
    for t in templates:
        if t in hashed:
            parts, salt = hashed[t]
            out[t] = _hash(*parts(), salt)
    return out

def _syntax_columns(templates: Sequence[str], sentences: Sequence, lay: _Layout, tok: dict[str, np.ndarray],
                    qin: np.ndarray, lb: np.ndarray, rb: np.ndarray, frame: np.ndarray,
                    tag_ids: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """Templates over the syntax layer (:mod:`newslib.syntax`): each token's part of speech and its
    neighbours' (with the quotation state, the frame, the lemma, the cue distances), and its chunk: noun phrase
    or verb group, first token or not, head or not, and how its chunk stands to the verb groups that hold a
    likely cue (the noun phrase right before one: a subject, a speaker; right after one: "said Maria Keane").
    ``tag_ids``: the tokens' tag ids when the pipeline computed them (its syntax stage), else tagged here."""
    from ..syntax import default_tagger

    tagger = default_tagger()
    if tag_ids is None:
        tag_ids = tagger.tag_ids(sentences)
    elif len(tag_ids) != lay.N:
        raise ValueError(f"{len(tag_ids)} part-of-speech tags for {lay.N} tokens")
    pos = tag_ids.astype(np.int64) + 1
    shift = lay.shift
    out: dict[str, np.ndarray] = {}
    want = set(templates)
    if "pos0" in want:
        out["pos0"] = pos * 4 + qin
    if "pos-1" in want:
        out["pos-1"] = shift(pos, -1)
    if "pos+1" in want:
        out["pos+1"] = shift(pos, 1)
    if "pos_bi" in want:
        out["pos_bi"] = shift(pos, -1) * N_POS + pos
    if "pos_frame" in want:
        out["pos_frame"] = pos * 12 + frame
    if "h_lem_pos" in want:
        out["h_lem_pos"] = _hash(tok["lem"], pos, 11)
    if "h_pos_dist" in want:
        out["h_pos_dist"] = _hash(pos, lb * N_DIST + rb, 12)
    if want & set(CONTEXT_TEMPLATES):
        out.update(_context_columns(want, tagger, tag_ids, lay, tok))
    if not want & set(CHUNK_TEMPLATES):
        return out
    kind, begin, head, rel = _chunk_arrays(tagger, tag_ids, lay, (tok["prior"] >= 3) | (tok["lex"] == 1))
    chunk = (kind * 2 + begin) * 2 + head
    if "chunk0" in want:
        out["chunk0"] = chunk * 4 + qin
    if "chunk_cue" in want:
        out["chunk_cue"] = (rel * 2 + begin) * 4 + qin
    if "chunk_frame" in want:
        out["chunk_frame"] = rel * 12 + frame
    if "clause_vg" in want:
        out["clause_vg"] = _clause_vg(lay, tok, kind, begin, qin)
    return out


def _clause_vg(lay: _Layout, tok: dict[str, np.ndarray], kind: np.ndarray, begin: np.ndarray,
               qin: np.ndarray) -> np.ndarray:
    """``clause_vg``: 0 outside verb groups; in one, 1 + whether a noun phrase ends right before the group, what
    opens that noun phrase (the word before it: 1 "that", 2 comma, 3 "and"/"but", 0 another word; 4 the
    sentence start), the token's cue prior and its quotation state."""
    idx = np.arange(lay.N)
    first = lay.sent_first
    last_begin = np.maximum.accumulate(np.where(begin == 1, idx, -1))
    start = np.maximum(last_begin, first)  # the token's chunk start
    prev = np.maximum(start - 1, 0)
    np_before = (start > first) & (kind[prev] == 1)
    np_start = np.maximum(last_begin[prev], first)
    opener = np.where(np_start > first, tok["opener"][np.maximum(np_start - 1, 0)], 4)
    opener = np.where(np_before, opener, 0)
    value = 1 + ((np_before.astype(np.int64) * 5 + opener) * 6 + tok["prior"]) * 4 + qin
    return np.where(kind == 2, value, 0)


#: the kind of the word before a token (``ctx``): 0 none (sentence start), 1 personal pronoun, 2 proper noun,
#: 3 common noun, 4 possessive ('s, his), 5 comma or quotation mark, 6 verb or modal, 7 adverb, 8 other
_LEFT_TAGS = {"PRP": 1, "NNP": 2, "NNPS": 2, "NN": 3, "NNS": 3, "POS": 4, "PRP$": 4, ",": 5, "``": 5, "''": 5,
              "MD": 6, "VB": 6, "VBD": 6, "VBZ": 6, "VBP": 6, "VBN": 6, "VBG": 6, "RB": 7, "RBR": 7, "RBS": 7}
#: the kind of the word after it: 0 none (sentence end), 1 "that"/"whether"/"if", 2 quotation mark, 3 comma
#: or colon, 4 "to", 5 "of", 6 the start of a noun phrase (determiner, pronoun, proper noun), 7 another
#: preposition, 8 other
_RIGHT_WORDS = {"that": 1, "whether": 1, "if": 1, "to": 4, "of": 5}
_RIGHT_TAGS = {"``": 2, "''": 2, ",": 3, ":": 3, "DT": 6, "PRP": 6, "NNP": 6, "NNPS": 6, "PRP$": 6, "IN": 7}


@lru_cache(maxsize=2)
def _context_tables(tags: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Tag id + 1 to the left-word and right-word kinds of ``ctx`` (index 0: outside the sentence)."""
    left = np.full(len(tags) + 1, 8, dtype=np.int64)
    right = np.full(len(tags) + 1, 8, dtype=np.int64)
    left[0] = right[0] = 0
    for i, t in enumerate(tags):
        left[i + 1] = _LEFT_TAGS.get(t, 8)
        right[i + 1] = _RIGHT_TAGS.get(t, 8)
    return left, right


def _context_columns(want: set, tagger, tag_ids: np.ndarray, lay: _Layout, tok: dict[str, np.ndarray]
                     ) -> dict[str, np.ndarray]:
    """``CONTEXT_TEMPLATES``: the lemma's train cue rate with the token's part of speech (``lem_rate``); the
    token's part of speech with the kinds of the words either side and whether a complementizer follows within
    four words (``ctx``); the word's and the lemma's cue priors with the same right-hand kinds
    (``prior_ctx``)."""
    pos = tag_ids.astype(np.int64) + 1
    shift = lay.shift
    out: dict[str, np.ndarray] = {}
    if "lem_rate" in want:
        out["lem_rate"] = tok["lrate"] * N_POS + pos
    if not want & {"ctx", "prior_ctx"}:
        return out
    left_t, right_t = _context_tables(tuple(tagger.tags))
    wk = tok["wkind"]
    left = shift(left_t[pos], -1)
    nxt = shift(pos, 1)
    nxt_w = shift(wk, 1)
    right = np.where(nxt_w > 0, nxt_w, right_t[nxt])
    # a complementizer two to four words on ("said on Tuesday that", "told reporters that")
    comp = np.zeros(lay.N, dtype=np.int64)
    for k in (2, 3, 4):
        comp |= shift(wk, k) == 1
    if "ctx" in want:
        out["ctx"] = ((pos * N_LEFT + left) * N_RIGHT + right) * 2 + comp
    if "prior_ctx" in want:
        out["prior_ctx"] = ((tok["prior"] * N_RATE + tok["lrate"]) * N_RIGHT + right) * 2 + comp
    return out


#: relations the parse templates tell apart (others are "other"); 0: the sentence was not parsed
_RELATIONS = ("root", "nsubj", "nsubj:pass", "obj", "iobj", "ccomp", "xcomp", "acl:relcl", "acl", "advcl",
              "parataxis", "conj", "obl", "nmod", "appos", "compound", "amod", "det", "case", "mark", "punct",
              "aux", "advmod", "nmod:poss", "flat", "cop", "other")
N_REL = len(_RELATIONS) + 1
#: how a token stands to the likely cues of its sentence in the tree: 0 sentence not parsed, 1 a likely cue,
#: 2 in the subject of one, 3 in its clausal complement (ccomp, xcomp, parataxis), 4 its other dependent,
#: 5 deeper below one, 6 below no likely cue
N_ROLE = 7
_COMPLEMENT = ("ccomp", "xcomp", "parataxis")


def _parse_columns(templates: Sequence[str], sentences: Sequence, lay: _Layout, tok: dict[str, np.ndarray],
                   qin: np.ndarray, tag_ids: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """Templates over the dependency parse (:mod:`newslib.syntax.parser`) of the sentences that hold a likely
    cue (the others are not parsed, for speed): each token's relation to its head, how it stands to the
    nearest likely cue above it in the tree (its subject, its complement clause, inside a relative clause
    or not) and how many arcs up that cue is."""
    from ..syntax.parser import default_parser
    from ..syntax.tagger import default_tagger

    N = lay.N
    # the parse reads strong cue candidates: a one-word cue of the lexicon or a word that is mostly a cue in
    # train ("has", often in "has said", is neither)
    cand = (tok["prior"] >= 4) | (tok["lex"] == 1)
    has = np.logical_or.reduceat(cand, lay.firsts[lay.nonempty]) if N else np.zeros(0, dtype=bool)
    sel = np.nonzero(lay.nonempty)[0][has]
    rel = np.zeros(N, dtype=np.int64)
    role = np.zeros(N, dtype=np.int64)
    relcl = np.zeros(N, dtype=np.int64)
    dist = np.zeros(N, dtype=np.int64)
    if len(sel):
        chosen = [sentences[i] for i in sel]
        rows = np.concatenate([np.arange(lay.firsts[i], lay.firsts[i] + lay.lens[i]) for i in sel])
        # the syntax stage's tags of the batch when given (tag_ids: every token's, in a row), else tagged here
        ids = tag_ids[rows] if tag_ids is not None else default_tagger().tag_ids(chosen)
        parses = default_parser().parse(chosen, ids)
        rel_id = {r: i + 1 for i, r in enumerate(_RELATIONS)}
        other = rel_id["other"]
        heads = np.concatenate([np.asarray(p.heads, dtype=np.int64) for p in parses])
        base = np.repeat(lay.firsts[sel], lay.lens[sel])
        head = np.where(heads >= 0, base + heads, -1)  # batch index of each parsed token's head, -1 the root
        labels = [lab for p in parses for lab in p.labels]
        r_tok = np.array([rel_id.get(lab, other) for lab in labels], dtype=np.int64)
        rel[rows] = r_tok
        # a candidate attached as a function word (the "has" of "has said") heads no clause
        function = np.isin(r_tok, [rel_id[r] for r in ("aux", "cop", "mark", "case", "det", "punct")])
        cand = cand.copy()
        cand[rows[function]] = False
        # climb the tree from each token until a likely cue (at most 8 arcs up)
        up = np.full(N, -1, dtype=np.int64)
        up[rows] = head
        rel_of = np.zeros(N, dtype=np.int64)
        rel_of[rows] = r_tok
        cur = rows.copy()
        r_role = np.where(cand[rows], 1, 0)
        r_dist = np.zeros(len(rows), dtype=np.int64)
        r_relcl = np.zeros(len(rows), dtype=np.int64)
        subj = {rel_id["nsubj"], rel_id["nsubj:pass"]}
        comp = {rel_id[r] for r in _COMPLEMENT}
        is_subj = np.isin(rel_of, list(subj))
        is_comp = np.isin(rel_of, list(comp))
        for step in range(1, 9):
            todo = r_role == 0
            if not todo.any():
                break
            h = up[cur]
            top = todo & (h < 0)
            r_role[top] = 6
            go = todo & (h >= 0)
            r_relcl[go] |= (rel_of[cur[go]] == rel_id["acl:relcl"])
            hit = go & cand[np.maximum(h, 0)]
            c = cur[hit]
            r_role[hit] = np.where(is_subj[c], 2, np.where(is_comp[c], 3, np.where(step == 1, 4, 5)))
            r_dist[hit] = step
            cur = np.where(go, np.maximum(h, 0), cur)
        r_role[r_role == 0] = 6
        role[rows] = r_role
        relcl[rows] = r_relcl
        dist[rows] = np.minimum(r_dist, 7)
    out: dict[str, np.ndarray] = {}
    want = set(templates)
    if "parse_rel" in want:
        out["parse_rel"] = rel * 4 + qin
    if "parse_cue" in want:
        out["parse_cue"] = (role * 2 + relcl) * 4 + qin
    if "parse_dist" in want:
        out["parse_dist"] = role * 8 + dist
    if "h_lem_parse" in want:
        out["h_lem_parse"] = _hash(tok["lem"], (rel * N_ROLE + role) * 2 + relcl, 13)
    return out


_NP_HEADS = np.frombuffer(b"NPCRD", dtype=np.uint8)
_VG_HEADS = np.frombuffer(b"VEGK", dtype=np.uint8)


@lru_cache(maxsize=2)
def _letter_table(tags: tuple[str, ...]) -> bytes:
    """``bytes.translate`` table from a tag id to its chunk letter (:func:`newslib.syntax.chunks.tag_letters`)."""
    from ..syntax.chunks import tag_letters

    letters = tag_letters(tags)
    return bytes(ord(letters[i]) if i < len(letters) else ord(".") for i in range(256))


def _chunk_spans(letters: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The chunks :data:`newslib.syntax.chunks._CHUNK` finds in ``letters``, left to right, as arrays: whether each
    is a noun phrase (else a verb group), its start and its end. One ``split`` (the scan in C, no match objects:
    the pieces between chunks, then each chunk's NP or VG group), the lengths of the pieces read by ``map``; the
    same chunks as ``finditer`` (a chunk is never empty), in about half the time of reading three attributes of
    each match."""
    from ..syntax.chunks import _CHUNK

    pieces = _CHUNK.split(letters)
    nps, vgs = pieces[1::3], pieces[2::3]
    n = len(nps)
    is_np = np.fromiter(map(bool, nps), dtype=bool, count=n)
    size = np.empty(n, dtype=np.int64)
    size[is_np] = np.fromiter(map(len, filter(None, nps)), dtype=np.int64)
    size[~is_np] = np.fromiter(map(len, filter(None, vgs)), dtype=np.int64)
    gaps = np.fromiter(map(len, pieces[0::3]), dtype=np.int64, count=n + 1)
    start = np.cumsum(gaps[:-1]) + np.cumsum(size) - size  # the gaps and the chunks before each
    return is_np, start, start + size


def _chunk_arrays(tagger, tag_ids: np.ndarray, lay: _Layout, cand: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per token: its chunk's kind (0 none, 1 NP, 2 VG), whether it begins the chunk, whether it is the head,
    and how the chunk stands to verb groups holding a likely cue (``cand``): 0 not at all, 1 a noun phrase
    before one (the next verb group of the sentence is one), 2 a noun phrase right after one, 3 such a verb
    group. One scan of the batch's tag letters (as :func:`newslib.syntax.chunks` does), the rest in arrays."""
    N = lay.N
    kind = np.zeros(N, dtype=np.int64)
    begin = np.zeros(N, dtype=np.int64)
    head = np.zeros(N, dtype=np.int64)
    rel = np.zeros(N, dtype=np.int64)
    table = _letter_table(tuple(tagger.tags))
    flat = tag_ids.astype(np.uint8).tobytes().translate(table).decode("ascii")
    firsts, ends = lay.firsts.tolist(), (lay.firsts + lay.lens).tolist()
    letters = " ".join(flat[a:b] for a, b in zip(firsts, ends))
    # sentence k starts at firsts[k] + k in ``letters`` (one space after each sentence before it)
    sent_at = np.asarray(lay.firsts) + np.arange(len(firsts))
    is_np, a_l, b_l = _chunk_spans(letters)
    if not len(is_np):
        return kind, begin, head, rel
    sent = np.searchsorted(sent_at, a_l, side="right") - 1
    cf = a_l - sent  # token range [cf, cl) of each chunk, in the batch
    cl = b_l - sent
    # the head: the chunk's last token whose letter heads its kind (_HEAD: NP's last N/P/C/R/D, VG's last verb)
    codes = np.frombuffer(flat.encode("ascii"), dtype=np.uint8)
    idx = np.arange(N)
    last_np = np.maximum.accumulate(np.where(np.isin(codes, _NP_HEADS), idx, -1))
    last_vg = np.maximum.accumulate(np.where(np.isin(codes, _VG_HEADS), idx, -1))
    last = np.where(is_np, last_np[cl - 1], last_vg[cl - 1])
    hd = np.where(last >= cf, last, cl - 1)
    lens = cl - cf
    chunk_of = np.repeat(np.arange(len(is_np)), lens)
    tok_idx = np.arange(int(lens.sum())) - np.repeat(np.cumsum(lens) - lens, lens) + np.repeat(cf, lens)
    kind[tok_idx] = np.where(is_np, 1, 2)[chunk_of]
    begin[cf] = 1
    head[hd] = 1
    csum = np.concatenate([[0], np.cumsum(cand.astype(np.int64))])
    cue_vg = ~is_np & (csum[cl] - csum[cf] > 0)
    # each chunk's next verb group (index, or len(is_np) when none follows)
    n = len(is_np)
    vg_at = np.where(~is_np, np.arange(n), n)
    next_vg = np.minimum.accumulate(np.concatenate([vg_at[1:], [n]])[::-1])[::-1]
    has_next = next_vg < n
    nv = np.minimum(next_vg, n - 1)
    before = is_np & has_next & (sent[nv] == sent) & cue_vg[nv]
    prev = np.concatenate([[False], cue_vg[:-1]])
    prev_adj = np.concatenate([[False], (cl[:-1] == cf[1:]) & (sent[:-1] == sent[1:])])
    after = is_np & ~before & prev & prev_adj
    crel = np.where(cue_vg, 3, np.where(before, 1, np.where(after, 2, 0)))
    rel[tok_idx] = crel[chunk_of]
    return kind, begin, head, rel


def _lexicon_words() -> dict[str, int]:
    """Single words of the cue lexicon: 1 for a word that is a cue by itself, 2 for a word that is part of a
    phrase cue (according to, in their insistence)."""
    out: dict[str, int] = {}
    for row in lexicons.load("cues"):
        cue = row["cue"].lower()
        words = cue.split()
        if len(words) == 1:
            out[words[0]] = 1
        else:
            for w in words:
                out.setdefault(w, 2)
    return out


@lru_cache(maxsize=1)
def default_model() -> AttributionModel:
    """The shipped model, loaded once per process."""
    try:
        raw = resources.files("newslib.models").joinpath(MODEL_NAME).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        from pathlib import Path

        path = Path(__file__).resolve().parent.parent / "models" / MODEL_NAME
        if not path.exists():
            raise DataError(str(path), "attribution model missing; run `newslib train attribution`") from None
        raw = path.read_text(encoding="utf-8")
    return AttributionModel.from_json(json.loads(raw))
