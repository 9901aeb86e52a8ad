"""The dependency parser: a head and a relation (UD's deprel) for every newslib token.

A transition parser (arc-hybrid, :mod:`newslib.syntax.parser_state`) with a beam of states per sentence (each step
keeps the best of their extensions by the sum of their moves' scores; greedy with ``beam = 1``): the shipped model,
trained globally on a beam of 4, keeps 3 states and adds up its raw scores; the model file says which beam and
temperature it parses with (a file without them: ``BEAM`` states, the scores over ``TEMPERATURE`` softmaxed into
log-probabilities, as for weights trained greedily) and an averaged perceptron over hashed features of
words, the POS tagger's *predicted* tags, its ambiguity classes and word clusters (a word outside the parser's
vocabulary reads as its clusters' pseudo-word) and the children found so far; each arc gets its relation
(``nsubj``, ``obj``, ``ccomp``, ``acl:relcl``, ...) as it is made, from a second perceptron over the head, the
dependent, the dependent's children and their relations, and their neighbourhood (weights ``A``; the older relation
model over the finished tree, ``L``, is kept for comparison: ``relations="tree"``). Both run over a whole batch of
sentences at once in numpy. The weights were learned on UD EWT train + GUM cc-by train (``newslib train parser``,
:mod:`newslib.training.parser`) and ship as ``newslib/models/parser.npz``, loaded once, on first use.

Interfaces: :meth:`DependencyParser.parse` takes newslib ``Sentence`` records (anything with ``.tokens``
whose items have ``.text``; their tags may be passed in, as the tagger's ids, to avoid tagging twice) and
returns one :class:`Parse` per sentence, aligned to ``sentence.tokens``, so every arc keeps its tokens'
character offsets; :meth:`DependencyParser.parse_sents` takes lists of token strings, like NLTK's parsers,
and returns ``(token, head, deprel)`` triples with CoNLL's 1-based heads (0: the root).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..errors import DataError
from .features import normalize
from .modelfile import open_model, save, text_array
from .parser_state import (MAX_CLASSES, MAX_WORDS, T_NONE, T_ROOT, W_NONE, W_ROOT, W_UNK, Batch, hashed,
                           template_tables)

MODEL_NAME = "parser.npz"
FORMAT = "newslib-parser-4"
BUCKETS = 1 << 22
LABEL_BUCKETS = 1 << 16
#: the beam at run time of a model file that does not give its own (the shipped one does: 3 states, raw scores):
#: two states per sentence, ranked by the sum of their moves' log-probabilities (greedy-trained scores over 45,
#: softmaxed); EWT dev chose both for the greedy-trained weights (UAS 0.8440 greedy; beam 2: 0.8455 / 0.8465 /
#: 0.8467 / 0.8473 / 0.8462 / 0.8464 / 0.8446 at temperatures 30 / 35 / 40 / 45 / 50 / 60 / 80, the raw scores
#: 0.7464; beam 4: 0.8473 at 40, 0.8450 at 50), see :mod:`newslib.training.parser`
BEAM = 2
TEMPERATURE = 45.0
#: sentences parsed together (longer ones in batches of their own length): big enough to amortize numpy's
#: per-call cost, small enough that short sentences do not wait for long ones
BATCH = 256
_SEP = "\x1f"

#: atoms of an arc (dependent d, head h) for the relation classifier
LABEL_ATOMS = {"": (0, 0), "dw": (1, 17), "dt": (2, 7), "hw": (3, 17), "ht": (4, 7), "dir": (5, 1),
               "dist": (6, 3), "dlw": (7, 17), "dlt": (8, 7), "drt": (9, 7), "hht": (10, 7), "pt": (11, 7),
               "nt": (12, 7), "nkid": (13, 3), "drw": (14, 17), "hlw": (15, 17)}
LABEL_TEMPLATES = (
    ("dw",), ("dt",), ("dw", "dt"), ("hw",), ("ht",), ("dt", "ht"), ("dt", "ht", "dir"), ("dw", "ht", "dir"),
    ("dt", "hw", "dir"), ("dw", "hw"), ("dt", "ht", "dir", "dist"), ("dt", "dlw"), ("dt", "dlt", "ht", "dir"),
    ("dt", "drt"), ("dt", "ht", "hht"), ("dt", "pt", "dir"), ("dt", "nt", "dir"), ("dt", "dlw", "dir"),
    ("hw", "dt", "dlw"), ("dt", "nkid", "dir"), ("dw", "dir"), ("hw", "dir", "dt", "dlt"), ("dt", "drw"),
    ("dw", "pt"), ("dt", "ht", "pt"), ("dt", "ht", "nt"), ("hw", "hlw", "dt"), ("dw", "dlw", "dir"),
    ("dt", "hht", "dir"), ("dist", "dir"),
)
_LAB_IDX, _LAB_SHIFT = template_tables(LABEL_TEMPLATES, LABEL_ATOMS)


@dataclass(frozen=True, slots=True)
class Parse:
    """One sentence's dependency tree, aligned to its tokens: ``heads[i]`` is the index of token ``i``'s head
    in the same sentence (``-1`` for the root word), ``labels[i]`` its relation (UD deprel)."""

    heads: tuple[int, ...]
    labels: tuple[str, ...]

    def children(self, i: int) -> list[int]:
        return [j for j, h in enumerate(self.heads) if h == i]


class DependencyParser:
    """Word vocabulary with each word's ambiguity class (``classes[k]``, the tags the word took in the tagger's
    training data, e.g. ``NN|VB``), the tagger's tag names, transition weights ``W`` (buckets x 3) and
    relation names and weights ``L`` (buckets x relations)."""

    def __init__(self, words: Sequence[str], tags: Sequence[str], W: np.ndarray, labels: Sequence[str],
                 L: np.ndarray, meta: dict | None = None, buckets: int = BUCKETS,
                 label_buckets: int = LABEL_BUCKETS, word_classes: Sequence[str] | None = None,
                 clusters: dict[str, tuple[int, ...]] | None = None, A: np.ndarray | None = None,
                 relations: str = "tree"):
        self.words = tuple(words)
        # word clusters (the POS tagger's, coarse to fine): a word outside the vocabulary that has clusters reads
        # as the pseudo-word of its clusters, after the vocabulary's ids, instead of as the unknown word
        self.clusters = dict(clusters or {})
        self.cluster_keys = sorted(set(self.clusters.values()))
        n_ids = len(self.words) + 3 + len(self.cluster_keys)
        if n_ids > MAX_WORDS:
            raise DataError(MODEL_NAME, f"{n_ids} word ids do not fit the {MAX_WORDS}-id feature packing")
        self.word_classes = tuple(word_classes) if word_classes is not None else ("?",) * len(self.words)
        self.classes = tuple(sorted(set(self.word_classes)))
        if len(self.classes) + 3 > MAX_CLASSES:
            raise DataError(MODEL_NAME, f"{len(self.classes)} ambiguity classes do not fit the feature packing")
        class_id = {c: i + 3 for i, c in enumerate(self.classes)}
        # word id -> class id: 0 none, 1 root, 2 unknown word
        self.word_class = np.array([0, 1, 2] + [class_id[c] for c in self.word_classes]
                                   + [2] * len(self.cluster_keys), dtype=np.int64)
        self.word_id = {w: i + 3 for i, w in enumerate(self.words)}
        pseudo = {k: len(self.words) + 3 + i for i, k in enumerate(self.cluster_keys)}
        self.cluster_word = {w: pseudo[k] for w, k in self.clusters.items()}
        # word id -> (coarse, fine) cluster id: 0 none, 1 root, 2 no cluster, then the cluster + 3
        cl = np.full((n_ids, 2), 2, dtype=np.int64)
        cl[0], cl[1] = 0, 1
        for w, i in self.word_id.items():
            k = self.clusters.get(w)
            if k is not None:
                cl[i] = (k[0] + 3, k[-1] + 3)
        for k, i in pseudo.items():
            cl[i] = (k[0] + 3, k[-1] + 3)
        self.word_cluster = cl
        self.tags = tuple(tags)
        self.tag_id = {t: i + 2 for i, t in enumerate(self.tags)}
        self.W = W
        self.labels = tuple(labels)
        self._label_array = np.array(self.labels, dtype=object)
        self.L = L
        # relation weights over each arc as it is made (label_buckets x relations; None: arcs get no relation while
        # parsing, and the transitions read none); ``relations``: whose relations the parses report, these
        # ("arc") or those of ``L`` over the finished tree ("tree")
        self.A = A
        self.relations = relations
        #: states kept per sentence while parsing (1: greedy), and the temperature that turns the scores of the moves
        #: into log-probabilities for the beam to add up (0: the scores themselves, for weights trained on a beam)
        self.beam = BEAM
        self.temperature = TEMPERATURE
        self.meta = meta or {}
        self.buckets = int(buckets)
        self.label_buckets = int(label_buckets)
        self._tag_map: dict[tuple, np.ndarray] = {}

    # ---- ids --------------------------------------------------------------------------------------------------
    def word_ids(self, tokens: Sequence[str]) -> np.ndarray:
        get = self.word_id.get
        out = [get(normalize(t).lower(), W_UNK) for t in tokens]
        for i, w in enumerate(out):
            if w == W_UNK:
                out[i] = self._unknown_id(normalize(tokens[i]).lower())
        return np.array(out, dtype=np.int64)

    def _unknown_id(self, low: str) -> int:
        """A word outside the vocabulary: the pseudo-word of its clusters (a hyphenated word not clustered whole:
        its last part's, as the tagger does), else the unknown word."""
        k = self.cluster_word.get(low)
        if k is None and "-" in low.strip("-"):
            k = self.cluster_word.get(low.rsplit("-", 1)[1])
        return W_UNK if k is None else k

    def tag_ids(self, tags: Sequence[str]) -> np.ndarray:
        get = self.tag_id.get
        return np.array([get(t, T_NONE) for t in tags], dtype=np.int64)

    def _tagger_map(self, tagger_tags: tuple[str, ...]) -> np.ndarray:
        """Tagger tag id -> this model's tag id."""
        m = self._tag_map.get(tagger_tags)
        if m is None:
            m = self._tag_map[tagger_tags] = self.tag_ids(tagger_tags)
        return m

    # ---- parsing ----------------------------------------------------------------------------------------------
    def heads_batch(self, words: list[np.ndarray], tags: list[np.ndarray]) -> list[np.ndarray]:
        """1-based heads (0: the root) of each sentence given as word ids and tag ids (this model's)."""
        return self.arcs_batch(words, tags)[0]

    def arcs_batch(self, words: list[np.ndarray], tags: list[np.ndarray]) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """1-based heads (0: the root) of each sentence given as word ids and tag ids (this model's), and the
        relation ids the arcs got as they were made (all 0 without arc relation weights ``A``)."""
        out: list[np.ndarray | None] = [None] * len(words)
        rels: list[np.ndarray | None] = [None] * len(words)
        order = sorted(range(len(words)), key=lambda i: len(words[i]))
        for k in range(0, len(order), BATCH):
            sel = [i for i in order[k:k + BATCH] if len(words[i])]
            for i in order[k:k + BATCH]:
                if not len(words[i]):
                    out[i] = rels[i] = np.zeros(0, dtype=np.int64)
            if not sel:
                continue
            K = self.beam
            batch = Batch([words[i] for i in sel for _ in range(K)], [tags[i] for i in sel for _ in range(K)],
                          word_class=self.word_class, word_cluster=self.word_cluster)
            # each sentence's K rows are a beam, each with the sum of its moves' scores (log-probabilities) so far;
            # at the start one state, so the other rows are out
            total = np.zeros(len(sel) * K)
            total.reshape(-1, K)[:, 1:] = -np.inf
            steps = 2 * batch.n
            for step in range(int(steps.max())):
                r = np.nonzero(steps > step)[0]
                feats, pos = batch.features(r, self.buckets)
                scores = weight_sums(self.W, feats)
                scores[~batch.valid(r)] = -np.inf
                if K == 1:
                    moves = scores.argmax(axis=1)
                else:
                    if self.temperature:
                        scores = log_probabilities(scores, self.temperature)
                    src, moves = beam_step(batch, r, scores, total, K)
                    pos = {k: v[src] for k, v in pos.items()}
                labels = None
                if self.A is not None:
                    m, d, h = batch.arcs(r, moves, pos)
                    labels = weight_sums(self.A, batch.arc_features(r[m], d, h, self.label_buckets)).argmax(axis=1)
                batch.apply(r, moves, pos, labels)
            best = np.arange(len(sel)) * K + total.reshape(-1, K).argmax(axis=1)
            for j, i in enumerate(sel):
                out[i] = batch.heads[best[j], 1:len(words[i]) + 1].copy()
                rels[i] = np.maximum(batch.lab[best[j], 1:len(words[i]) + 1] - 1, 0)
        return out, rels  # type: ignore[return-value]

    def label_batch(self, words: list[np.ndarray], tags: list[np.ndarray], heads: list[np.ndarray]) -> list[np.ndarray]:
        """Relation ids of each sentence's arcs."""
        if not words:
            return []
        feats = label_features(words, tags, heads, self.label_buckets)
        pred = weight_sums(self.L, feats).argmax(axis=1) if len(feats) else np.zeros(0, dtype=np.int64)
        out, k = [], 0
        for w in words:
            out.append(pred[k:k + len(w)])
            k += len(w)
        return out

    def parse_ids(self, words: list[np.ndarray], tags: list[np.ndarray]) -> list[Parse]:
        heads, labels = self.arcs_batch(words, tags)
        if self.relations != "arc":
            labels = self.label_batch(words, tags, heads)
        return [Parse(tuple((h - 1).tolist()), tuple(self._label_array[lab].tolist()))
                for h, lab in zip(heads, labels)]

    def parse(self, sentences: Sequence, tag_ids: np.ndarray | None = None, tagger=None) -> list[Parse]:
        """One :class:`Parse` per newslib sentence, aligned to ``sentence.tokens``. ``tag_ids``: the tagger's
        tag ids of all tokens of ``sentences`` in a row (:meth:`PosTagger.tag_ids`), when already computed."""
        from .tagger import default_tagger

        tagger = tagger or default_tagger()
        if tag_ids is None:
            tag_ids = tagger.tag_ids(sentences)
        mapped = self._tagger_map(tagger.tags)[np.asarray(tag_ids, dtype=np.int64)]
        words, tags, k = [], [], 0
        for s in sentences:
            n = len(s.tokens)
            words.append(self.word_ids([t.text for t in s.tokens]))
            tags.append(mapped[k:k + n])
            k += n
        return self.parse_ids(words, tags)

    def parse_sents(self, sentences: Iterable[Sequence[str]], tagger=None) -> list[list[tuple[str, int, str]]]:
        """``[(token, head, deprel), ...]`` per sentence of token strings; heads are 1-based, 0 the root."""
        from .tagger import default_tagger

        tagger = tagger or default_tagger()
        sents = [list(s) for s in sentences]
        tagged = tagger.tag_sents(sents)
        parses = self.parse_ids([self.word_ids(s) for s in sents],
                                [self.tag_ids([t for _, t in ts]) for ts in tagged])
        return [[(tok, h + 1, lab) for tok, h, lab in zip(s, p.heads, p.labels)] for s, p in zip(sents, parses)]

    # ---- persistence ------------------------------------------------------------------------------------------
    def save(self, path: str | Path) -> Path:
        """Write the model as a compressed ``.npz``: only the weight rows that are not all zero, as float16, their
        row numbers as the gaps between them (small numbers, which compress to a third)."""
        path = Path(path)
        arrays = {"format": text_array(FORMAT), "words": text_array(_SEP.join(self.words)),
                  "word_classes": text_array(_SEP.join(self.word_classes)), "tags": text_array(_SEP.join(self.tags)),
                  "labels": text_array(_SEP.join(self.labels)),
                  "buckets": np.array([self.buckets, self.label_buckets], dtype=np.int64),
                  "clusters:words": text_array(_SEP.join(self.clusters)),
                  "clusters:ids": np.array(list(self.clusters.values()) or np.zeros((0, 3)), dtype=np.int16)}
        arrays["relations"] = text_array(self.relations)
        arrays["decoding"] = np.array([self.beam, self.temperature], dtype=np.float64)
        for name, M in (("W", self.W), ("L", self.L)) + ((("A", self.A),) if self.A is not None else ()):
            keep = np.nonzero(np.any(M != 0, axis=1))[0]
            arrays[f"{name}:rows"] = np.diff(keep, prepend=0).astype(np.int32)
            arrays[f"{name}:values"] = M[keep].astype(np.float16)
        return save(path, arrays, self.meta)

    @classmethod
    def load(cls, path_or_file) -> "DependencyParser":
        with open_model(path_or_file, "the parser model", FORMAT) as (z, text):
            buckets, label_buckets = (int(x) for x in z["buckets"])
            labels = text("labels").split(_SEP)
            W = np.zeros((buckets, 3), dtype=np.float32)
            W[np.cumsum(z["W:rows"])] = z["W:values"]
            L = np.zeros((label_buckets, len(labels)), dtype=np.float32)
            L[np.cumsum(z["L:rows"])] = z["L:values"]
            A = None
            if "A:rows" in z.files:
                A = np.zeros((label_buckets, len(labels)), dtype=np.float32)
                A[np.cumsum(z["A:rows"])] = z["A:values"]
            words = text("words").split(_SEP) if z["words"].size else []
            classes = text("word_classes").split(_SEP) if z["word_classes"].size else []
            meta = {k[5:]: text(k) for k in z.files if k.startswith("meta:")}
            clusters = {}
            if z["clusters:words"].size:
                clusters = dict(zip(text("clusters:words").split(_SEP), map(tuple, z["clusters:ids"].tolist())))
            model = cls(words, text("tags").split(_SEP), W, labels, L, meta, buckets, label_buckets, classes,
                        clusters, A, text("relations"))
            if "decoding" in z.files:  # the beam and temperature it parses with (else BEAM and TEMPERATURE)
                beam, model.temperature = (float(x) for x in z["decoding"])
                model.beam = int(beam)
            return model


def weight_sums(M: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """``M[rows].sum(axis=1)``: each item's summed weight rows (items x features -> items x classes), the same
    numbers in a third of the time (``take`` and ``einsum`` instead of fancy indexing and ``sum``)."""
    return np.einsum("ijk->ik", M.take(rows, axis=0))


def log_probabilities(scores: np.ndarray, temperature: float) -> np.ndarray:
    """Each row's scores (``-inf`` for a move not allowed) over ``temperature``, as log-probabilities (softmax)."""
    z = scores / temperature
    z -= z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def beam_step(batch: Batch, r: np.ndarray, scores: np.ndarray, total: np.ndarray, K: int) -> tuple[np.ndarray, np.ndarray]:
    """One step of beam search over the rows ``r`` of ``batch`` (each sentence's ``K`` rows consecutive, with the
    scores of its 3 moves): of each sentence's ``K`` x 3 candidates the ``K`` best by total score; the rows are
    overwritten with the states they extend and ``total[r]`` updated, in place. Returns, per row of ``r``, the
    index into ``r`` of the row whose state it extends and the move it is to make."""
    G = len(r) // K
    cand = (total[r][:, None] + scores).reshape(G, K * 3)
    top = np.argsort(-cand, axis=1, kind="stable")[:, :K]
    best = np.take_along_axis(cand, top, axis=1)
    # fewer than K moves possible: the rows left over repeat the best one, out of the running
    dead = np.isneginf(best)
    top = np.where(dead, top[:, :1], top)
    src = (np.arange(G)[:, None] * K + top // 3).ravel()
    batch.copy_rows(r, r[src])
    total[r] = np.where(dead, -np.inf, best).ravel()
    return src, (top % 3).ravel()


def label_features(words: list[np.ndarray], tags: list[np.ndarray], heads: list[np.ndarray],
                   buckets: int) -> np.ndarray:
    """Feature rows (arcs x templates) of every arc of the sentences (1-based ``heads``, 0 the root), in order."""
    lens = np.array([len(w) for w in words], dtype=np.int64)
    if not lens.sum():
        return np.zeros((0, len(LABEL_TEMPLATES)), dtype=np.int64)
    # one flat index space: each sentence's root, its words, then one "none" slot at the very end
    base = np.concatenate([[0], np.cumsum(lens + 1)[:-1]])
    total = int((lens + 1).sum())
    none = total
    W = np.full(total + 1, W_NONE, dtype=np.int64)
    T = np.full(total + 1, T_NONE, dtype=np.int64)
    W[base], T[base] = W_ROOT, T_ROOT
    d = np.concatenate([b + 1 + np.arange(n) for b, n in zip(base, lens)])
    W[d] = np.concatenate(words)
    T[d] = np.concatenate(tags)
    hl = np.concatenate(heads).astype(np.int64)
    h = np.repeat(base, lens) + hl
    head_of = np.full(total + 1, none, dtype=np.int64)
    head_of[d] = h
    big = total + 10
    lmost = np.full(total + 1, big, dtype=np.int64)
    rmost = np.full(total + 1, -1, dtype=np.int64)
    np.minimum.at(lmost, h, d)
    np.maximum.at(rmost, h, d)
    nkid = np.bincount(h, minlength=total + 1)
    lc = np.where(lmost[d] < d, lmost[d], none)
    rc = np.where(rmost[d] > d, rmost[d], none)
    hlm = np.where(lmost[h] < h, lmost[h], none)
    first = d == np.repeat(base, lens) + 1
    last = d == np.repeat(base + lens, lens)
    dist = np.abs(d - h)
    cols = [np.zeros(len(d), dtype=np.int64), W[d], T[d], W[h], T[h], (d < h).astype(np.int64),
            np.where(dist < 6, dist, np.where(dist < 10, 6, 7)), W[lc], T[lc], T[rc], T[head_of[h]],
            np.where(first, T_NONE, T[d - 1]), np.where(last, T_NONE, T[np.minimum(d + 1, total)]),
            np.minimum(nkid[d], 7), W[rc], W[hlm]]
    return hashed(np.stack(cols, axis=1), _LAB_IDX, _LAB_SHIFT, buckets)


def model_path() -> Path:
    return Path(__file__).resolve().parent.parent / "models" / MODEL_NAME


@lru_cache(maxsize=1)
def default_parser() -> DependencyParser:
    """The shipped parser, loaded once per process (no download: the weights are package data)."""
    try:
        resource = resources.files("newslib.models").joinpath(MODEL_NAME)
    except ModuleNotFoundError:
        resource = model_path()
    if not resource.is_file():
        raise DataError(str(model_path()), "parser model missing; run `newslib train parser`")
    with resource.open("rb") as fh:
        return DependencyParser.load(fh)


def parse(sentences: Sequence, tag_ids: np.ndarray | None = None) -> list[Parse]:
    """:meth:`DependencyParser.parse` with the shipped parser and tagger."""
    return default_parser().parse(sentences, tag_ids)
