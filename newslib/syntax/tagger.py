"""The part-of-speech tagger: Penn Treebank tags (the treebanks' XPOS) for newslib's tokens.

A linear-chain model: each token's score for each tag is the sum of the weight rows of its features
(:mod:`newslib.syntax.features`), and first-order Viterbi over tag bigrams (:func:`newslib.linear.viterbi`)
picks each sentence's best sequence. Both run over a whole batch of sentences at once in numpy, so tagging
an article costs a few array operations per template, not a Python loop per token. The weights were
learned by an averaged perceptron on the UD English treebanks (``newslib train pos``,
:mod:`newslib.training.pos`) and ship as ``newslib/models/pos.npz``, loaded once, on first use.

The interface is NLTK's (``tag(tokens) -> [(token, tag)]``, ``tag_sents``), plus :meth:`PosTagger.tag_ids`
and :meth:`PosTagger.tag_sentences` for newslib's :class:`~newslib.tokenize.Sentence` records, whose tags
come back aligned to ``sentence.tokens`` (so each tag has its token's character offsets).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..errors import DataError
from ..linear import viterbi
from ..tokenize.records import token_texts
from .modelfile import open_model, save, text_array
from .window_net import WindowNet
from .features import ARRAY_TEMPLATES, OFFSETS, PAIR_BUCKETS, PAIR_TEMPLATES, TYPE_TEMPLATES, FeatureSpace

MODEL_NAME = "pos.npz"
FORMAT = "newslib-pos-1"
#: each token's this many best tags by emission enter Viterbi (XPOS on the dev splits: EWT 0.9440, GUM 0.9623;
#: with all 49 tags, 0.9442 and 0.9625)
BEAM = 4
_SEP = "\x1f"


class PosTagger:
    """Tags, feature space, weights ``W`` (rows x tags), tag bigram scores ``A`` and start scores ``S``; and
    optionally a neural window tagger ``net`` whose log-probabilities, times ``net_weight``, are added to the
    emission scores (:mod:`newslib.syntax.window_net`)."""

    def __init__(self, tags: Sequence[str], space: FeatureSpace, W: np.ndarray, A: np.ndarray, S: np.ndarray,
                 meta: dict | None = None, net: WindowNet | None = None, net_weight: float = 0.0):
        self.tags = tuple(tags)
        self.net = net
        self.net_weight = float(net_weight)
        self.space = space
        self.W = W
        self.A = A
        self.S = S
        self.meta = meta or {}
        self._tag_array = np.array(self.tags, dtype=object)
        self._ts = np.zeros((len(OFFSETS), 0, len(self.tags)), dtype=np.float32)  # offset x type x tag
        self._ts_generation, self._ts_filled = -1, 0
        self._small: np.ndarray | None = None

    # ---- scoring ------------------------------------------------------------------------------------------
    def scores(self, ids: np.ndarray) -> np.ndarray:
        """Each token's score for each tag (tokens x tags) from its feature rows (``FeatureSpace.ids``)."""
        out = self.W[ids[:, 0]]
        for j in range(1, ids.shape[1]):
            out += self.W[ids[:, j]]
        return out

    def _type_scores(self) -> np.ndarray:
        """Per offset and word type, the summed weights of the type's features at that offset (cached, and
        extended for the types the feature space added since): one contiguous table per offset, whose rows
        ``emissions`` gathers."""
        space = self.space
        if self._ts_generation != space.generation:
            self._ts_generation, self._ts_filled = space.generation, 0
        n, done = space.n_types, self._ts_filled
        if n > done:
            if n > self._ts.shape[1]:
                grown = np.zeros((len(OFFSETS), max(n, 2 * self._ts.shape[1], 1024), len(self.tags)),
                                 dtype=np.float32)
                grown[:, :done] = self._ts[:, :done]
                self._ts = grown
            for i, k in enumerate(OFFSETS):
                _sum_rows(self.W, space.type_rows(done, k), self._ts[i, done:n])
            self._ts_filled = n
        return self._ts

    def emissions(self, tokens: Sequence[str], lengths: Sequence[int]) -> np.ndarray:
        """``scores`` of a batch, computed as a gather of each word type's cached sums at each offset plus
        the rows of the array and pair templates: the same sums, in far fewer operations."""
        shifted, other = self.space.batch(tokens, lengths)
        if not len(other):
            return np.zeros((0, len(self.tags)), dtype=self.W.dtype)
        # the array templates (bias, case, quotes: a few hundred combinations) as one gather of their sums
        n_arr = len(ARRAY_TEMPLATES)
        code = np.zeros(len(other), dtype=np.int64)
        for j, (name, size) in enumerate(ARRAY_TEMPLATES.items()):
            code = code * size + (other[:, j] - self.space.layout()[name])
        tables = self._type_scores()
        parts = [(tables[OFFSETS.index(0)], shifted[0])]
        parts += [(tables[i], shifted[k]) for i, k in enumerate(OFFSETS) if k]
        parts.append((self._small_table(), code))
        parts += [(self.W, col) for col in np.ascontiguousarray(other[:, n_arr:].T)]
        out = _gathered_sums(parts, len(other), len(self.tags))
        if self.net is not None and self.net_weight:
            # the network's log-probabilities up to a constant per token: the same Viterbi paths and beams
            out += self.net_weight * self.net.scores(tokens, lengths)
        return out

    def _small_table(self) -> np.ndarray:
        """The summed weights of every combination of the array templates' values."""
        if self._small is None:
            off = self.space.layout()
            sizes = list(ARRAY_TEMPLATES.values())
            grids = np.meshgrid(*[np.arange(n) for n in sizes], indexing="ij")
            table = np.zeros((int(np.prod(sizes)), len(self.tags)), dtype=np.float32)
            for name, g in zip(ARRAY_TEMPLATES, grids):
                table += self.W[off[name] + g.ravel()]
            self._small = table
        return self._small

    def _decode(self, tokens: Sequence[str], lengths: Sequence[int], beam: int | None = BEAM) -> np.ndarray:
        if not tokens:
            return np.zeros(0, dtype=np.int64)
        ends = np.cumsum(lengths)
        bounds = list(zip((ends - np.asarray(lengths)).tolist(), ends.tolist()))
        return viterbi(self.emissions(tokens, lengths), bounds, self.A, self.S, beam=beam)

    # ---- NLTK's interface ---------------------------------------------------------------------------------
    def tag(self, tokens: Sequence[str]) -> list[tuple[str, str]]:
        """``[(token, tag), ...]`` for one sentence's tokens (strings), like NLTK's ``pos_tag``."""
        tokens = list(tokens)
        tags = self._decode(tokens, [len(tokens)])
        return list(zip(tokens, self._tag_array[tags].tolist()))

    def tag_sents(self, sentences: Iterable[Sequence[str]]) -> list[list[tuple[str, str]]]:
        """``tag`` for many sentences, decoded as one batch."""
        sents = [list(s) for s in sentences]
        flat = [t for s in sents for t in s]
        tags = self._tag_array[self._decode(flat, [len(s) for s in sents])].tolist()
        out, k = [], 0
        for s in sents:
            out.append(list(zip(s, tags[k:k + len(s)])))
            k += len(s)
        return out

    # ---- newslib's sentences ------------------------------------------------------------------------------
    def tag_ids(self, sentences: Sequence) -> np.ndarray:
        """The tag id (an index into ``self.tags``) of every token of ``sentences`` (newslib ``Sentence``
        records, or anything with ``.tokens`` whose items have ``.text``), the sentences' tokens in a row.
        Pass all sentences of an article, or of several, at once: one batch is far faster than many."""
        return self._decode(token_texts(sentences), [len(s.tokens) for s in sentences])

    def news_ids(self, sentences: Sequence, ids: np.ndarray | None = None) -> np.ndarray:
        """:meth:`tag_ids` (or ``ids``, as it gave them for ``sentences``) as news is read: GW ("goes with", the
        web treebank's tag for a piece of a word split by a space or a broken e-mail line) made NNP on a
        capitalised word of letters, which in news text is a name. The treebank tags "Sanders" GW twice, so the
        model tagged it GW at a sentence's start (PolNeAR train: 51 times in 300 texts), and the attribution
        passes that read noun phrases found no subject there ("Sanders is pushing back, questioning ...").
        The attribution model reads :meth:`tag_ids` as they are: it was trained on them, and ``newslib train
        attribution`` must keep writing the shipped file. Returns ``ids`` itself when no such tag is in it."""
        if ids is None:
            ids = self.tag_ids(sentences)
        if "GW" not in self.tags or "NNP" not in self.tags:
            return ids
        hits = np.flatnonzero(ids == self.tags.index("GW"))
        if not len(hits):
            return ids
        words = token_texts(sentences)
        if len(words) != len(ids):
            raise ValueError(f"{len(ids)} tag ids for {len(words)} tokens")
        ids = np.array(ids, copy=True)
        nnp = self.tags.index("NNP")
        for k in hits.tolist():
            w = words[k]
            if len(w) > 1 and w[0].isupper() and w.isalpha():
                ids[k] = nnp
        return ids

    def tag_sentences(self, sentences: Sequence) -> list[tuple[str, ...]]:
        """The tag of each token of each sentence: ``result[i][j]`` tags ``sentences[i].tokens[j]``."""
        tags = self._tag_array[self.news_ids(sentences)].tolist()
        out, k = [], 0
        for s in sentences:
            n = len(s.tokens)
            out.append(tuple(tags[k:k + n]))
            k += n
        return out

    # ---- persistence --------------------------------------------------------------------------------------
    def save(self, path: str | Path) -> Path:
        """Write the model as a compressed ``.npz`` (weights as float16)."""
        path = Path(path)
        arrays = {"format": text_array(FORMAT), "tags": text_array(_SEP.join(self.tags)),
                  "W": self.W.astype(np.float16), "pair_buckets": np.array(self.space.pair_buckets),
                  "A": self.A.astype(np.float32), "S": self.S.astype(np.float32)}
        for name, values in self.space.vocab_lists().items():
            arrays[f"vocab:{name}"] = text_array(_SEP.join(values))
        for name in PAIR_TEMPLATES:
            arrays[f"pairs:{name}"] = np.asarray(self.space.pair_keys[name], dtype=np.int64)
        lex = sorted(self.space.lexicon.items())
        arrays["lexicon:forms"] = text_array(_SEP.join(k for k, _ in lex))
        arrays["lexicon:classes"] = text_array(_SEP.join(v for _, v in lex))
        clusters = sorted(self.space.clusters.items())
        arrays["clusters:words"] = text_array(_SEP.join(k for k, _ in clusters))
        arrays["clusters:ids"] = np.array([v for _, v in clusters] or np.zeros((0, 0)), dtype=np.int16)
        if self.net is not None:
            arrays.update(self.net.arrays(_SEP))
            arrays["net:weight"] = np.array(self.net_weight, dtype=np.float64)
        return save(path, arrays, self.meta)

    @classmethod
    def load(cls, path_or_file) -> "PosTagger":
        name = str(path_or_file)
        with open_model(path_or_file, "the tagger model", FORMAT) as (z, text):
            # a template the file has no vocabulary for has no weights either (an older model)
            vocab = {t: (text(f"vocab:{t}").split(_SEP) if f"vocab:{t}" in z.files and z[f"vocab:{t}"].size else [])
                     for t, _, _ in TYPE_TEMPLATES}
            pairs = {t: z[f"pairs:{t}"] for t in PAIR_TEMPLATES}
            forms, classes = text("lexicon:forms").split(_SEP), text("lexicon:classes").split(_SEP)
            buckets = int(z["pair_buckets"]) if "pair_buckets" in z.files else PAIR_BUCKETS
            clusters = {}
            if "clusters:words" in z.files and z["clusters:words"].size:
                clusters = dict(zip(text("clusters:words").split(_SEP), map(tuple, z["clusters:ids"].tolist())))
            space = FeatureSpace(vocab, pair_keys=pairs, lexicon=dict(zip(forms, classes)), pair_buckets=buckets,
                                 clusters=clusters)
            W = z["W"].astype(np.float32)
            meta = {k[5:]: text(k) for k in z.files if k.startswith("meta:")}
            try:
                net = WindowNet.from_arrays(z, text, _SEP, space)
            except DataError as exc:
                raise DataError(name, exc.reason) from None
            weight = float(z["net:weight"]) if net is not None else 0.0
            model = cls(text("tags").split(_SEP), space, W, z["A"].astype(np.float32), z["S"].astype(np.float32), meta,
                        net=net, net_weight=weight)
        if W.shape[0] != space.layout()["_total"]:
            raise DataError(name, f"weights have {W.shape[0]} rows, the features {space.layout()['_total']}")
        return model


#: tokens whose emission rows are summed at a time (``_gathered_sums``): 1,024 x 49 float32 rows, 200 KB, stay in
#: the core's cache while the 14 rows of each token are added
_CHUNK = 1024


def _gathered_sums(parts: Sequence[tuple[np.ndarray, np.ndarray]], n: int, width: int) -> np.ndarray:
    """``sum(np.take(table, rows, axis=0) for table, rows in parts)``, added in the order of ``parts`` (the
    same floats), ``_CHUNK`` tokens at a time: the running sum of a chunk stays in the cache instead of the
    whole batch's (14,000 x 49 float32, 2.7 MB) being read and written again for each part. Rows gathered with
    np.take from contiguous tables: the same rows as fancy indexing (``W[ids]``), several times faster."""
    out = np.empty((n, width), dtype=parts[0][0].dtype)
    for a in range(0, n, _CHUNK):
        b = min(a + _CHUNK, n)
        acc = np.take(parts[0][0], parts[0][1][a:b], axis=0)
        for table, rows in parts[1:]:
            acc += np.take(table, rows[a:b], axis=0)
        out[a:b] = acc
    return out


def _sum_rows(W: np.ndarray, rows: np.ndarray, out: np.ndarray) -> None:
    """``out[i] = W[rows[i, 0]] + W[rows[i, 1]] + ...``, the columns of ``rows`` added one after the other: the
    floats of ``np.take(W, rows, axis=0).sum(axis=1)`` (which adds along that axis in the same order), without
    its (types x templates x tags) array, whose sum over the middle axis is slow. The first sight of each word
    type pays this: the 31,183 types of the 840 PolNeAR train texts, 0.26-0.31 -> 0.035 s."""
    np.take(W, rows[:, 0], axis=0, out=out)
    for j in range(1, rows.shape[1]):
        out += np.take(W, rows[:, j], axis=0)


def model_path() -> Path:
    return Path(__file__).resolve().parent.parent / "models" / MODEL_NAME


@lru_cache(maxsize=1)
def default_tagger() -> PosTagger:
    """The shipped tagger, loaded once per process (no download: the weights are package data)."""
    try:
        resource = resources.files("newslib.models").joinpath(MODEL_NAME)
    except ModuleNotFoundError:
        resource = model_path()
    if not resource.is_file():
        raise DataError(str(model_path()), "tagger model missing; run `newslib train pos`")
    with resource.open("rb") as fh:
        return PosTagger.load(fh)

