"""The arc-hybrid transition system over a batch of sentences at once, and the parser's feature templates.

Every sentence of a batch is one row of a set of arrays: positions ``0`` (the root), ``1..n`` (the words),
then padding, and a last column ``NONE`` that stands for "no such word" (an empty stack slot, a child that
is missing). A step applies one move to every row still parsing: SHIFT pushes the buffer's first word,
LEFT makes the buffer's first word the head of the stack top and pops it, RIGHT makes the word under the
stack top its head and pops it (Kuhlmann, Gómez-Rodríguez & Satta 2011). The root sits at the bottom of the
stack and takes its one dependent only when the buffer is empty, so every tree has a single root word.
Each sentence of ``n`` words takes exactly ``2n`` moves, so a batch of equal lengths ends together.

Features are hashed combinations of the words and tags at the stack's top three, the buffer's first three,
the leftmost and rightmost children of ``s0``, ``s1`` and ``b0``, the distance between ``s0`` and ``b0`` and
the number of children: the templates of Zhang & Nivre (2011) for a greedy parser; then the ambiguity
classes and the word clusters (coarse and fine) of ``s0``, ``s1``, ``b0`` and ``b1``; computed as numpy
arrays over the whole batch. The hash is integer arithmetic only (no Python string hash), so a model scores
alike in every process.

Each arc can get its relation as it is made (:meth:`Batch.arc_features`: what the configuration holds then, the
dependent's children and their relations among it); the batch keeps each word's relation and the sets of its
children's relations. The transition templates do not read them: Zhang & Nivre's relation templates (``s0ll``,
``s0rl``, ``b0ll``, the relation sets, ...) did not raise EWT dev UAS here (see :mod:`newslib.training.parser`).
"""
from __future__ import annotations

import numpy as np

SHIFT, LEFT, RIGHT = 0, 1, 2
MOVES = ("shift", "left", "right")

# word and tag ids: 0 none, 1 root, 2 unknown word; real ones from 3 (words) and 2 (tags)
W_NONE, W_ROOT, W_UNK = 0, 1, 2
T_NONE, T_ROOT = 0, 1

#: atoms: positions whose word (w) and tag (t) the templates combine
POSITIONS = ("s0", "s1", "s2", "b0", "b1", "b2", "s0l", "s0l2", "s0r", "s0r2", "s1l", "s1r", "s1r2", "b0l", "b0l2")
#: feature templates: tuples of atom names (``s0w``: word of s0, ``s0t``: its tag; ``d``: distance s0-b0;
#: ``s0vl``/``s0vr``/``b0vl``: left and right child counts)
TEMPLATES = (
    # single words
    ("s0w",), ("s0t",), ("s0w", "s0t"), ("s1w",), ("s1t",), ("s1w", "s1t"), ("b0w",), ("b0t",), ("b0w", "b0t"),
    ("b1w",), ("b1t",), ("b1w", "b1t"), ("b2w",), ("b2t",), ("s2t",),
    # pairs
    ("s0w", "s0t", "b0w", "b0t"), ("s0w", "s0t", "b0w"), ("s0w", "b0w", "b0t"), ("s0w", "s0t", "b0t"),
    ("s0t", "b0w", "b0t"), ("s0w", "b0w"), ("s0t", "b0t"), ("b0t", "b1t"), ("s1w", "s1t", "s0w", "s0t"),
    ("s1t", "s0t"), ("s1w", "s0w"), ("s1t", "b0t"), ("s1w", "b0w"),
    # three tags
    ("b0t", "b1t", "b2t"), ("s0t", "b0t", "b1t"), ("s1t", "s0t", "b0t"), ("s2t", "s1t", "s0t"),
    ("s0t", "s0lt", "b0t"), ("s0t", "s0rt", "b0t"), ("s0t", "b0t", "b0lt"), ("s1t", "s0t", "s0lt"),
    ("s1t", "s0t", "s0rt"), ("s1t", "s1rt", "s0t"), ("s1t", "s1lt", "s0t"), ("s0w", "b0t", "b1t"),
    # distance and valency
    ("s0w", "d"), ("s0t", "d"), ("b0w", "d"), ("b0t", "d"), ("s0w", "b0w", "d"), ("s0t", "b0t", "d"),
    ("s1t", "s0t", "d1"), ("s1w", "s0w", "d1"),
    ("s0w", "s0vr"), ("s0t", "s0vr"), ("s0w", "s0vl"), ("s0t", "s0vl"), ("b0w", "b0vl"), ("b0t", "b0vl"),
    ("s1t", "s1vr"), ("s1w", "s1vr"),
    # children
    ("s0lw",), ("s0lt",), ("s0rw",), ("s0rt",), ("s0l2t",), ("s0r2t",), ("b0lw",), ("b0lt",), ("b0l2t",),
    ("s1rw",), ("s1rt",), ("s1lt",), ("s0t", "s0lt", "s0l2t"), ("s0t", "s0rt", "s0r2t"),
    ("b0t", "b0lt", "b0l2t"), ("s1t", "s1rt", "s1r2t"), ("s0w", "s0lt"), ("s0w", "s0rt"), ("b0w", "b0lt"),
    ("s1w", "s1rt"),
    # the words' ambiguity classes (the tags each word took in the tagger's training data: NN|VB)
    ("s0a",), ("s1a",), ("b0a",), ("b1a",), ("s0a", "b0a"), ("s0t", "b0a"), ("s0a", "b0t"), ("b0a", "b1a"),
    ("s1a", "s0a"), ("s0a", "b0a", "b1a"),
    # the words' clusters from unlabeled text (the POS tagger's: ``c`` the coarsest of 64, ``k`` the finest of
    # 1024), a back-off for rare and unseen words (Koo, Carreras & Collins 2008)
    ("s0k",), ("s1k",), ("b0k",), ("b1k",), ("s0k", "b0k"), ("s0c", "b0c"), ("s0k", "b0t"), ("s0t", "b0k"),
    ("s1k", "s0t"), ("s1t", "s0k"), ("s0c", "b0c", "b1c"), ("s1c", "s0c", "b0c"), ("s0k", "b0w"),
    ("s0w", "b0k"), ("s0c", "b0c", "d"), ("s0t", "b0c", "b1c"),
)
N_TEMPLATES = len(TEMPLATES)
WORD_BITS, TAG_BITS, SMALL_BITS, CLASS_BITS = 17, 7, 3, 12
MAX_WORDS = 1 << WORD_BITS
#: atom name -> column of the atom matrix (column 0 is all zeros) and its width in bits
ATOMS = {"": (0, 0)}
for _p in POSITIONS:
    ATOMS[_p + "w"] = (len(ATOMS), WORD_BITS)
    ATOMS[_p + "t"] = (len(ATOMS), TAG_BITS)
for _a in ("d", "d1", "s0vl", "s0vr", "b0vl", "s1vr"):
    ATOMS[_a] = (len(ATOMS), SMALL_BITS)
CLASS_POSITIONS = ("s0", "s1", "b0", "b1")
for _p in CLASS_POSITIONS:
    ATOMS[_p + "a"] = (len(ATOMS), CLASS_BITS)
MAX_CLASSES = 1 << CLASS_BITS
#: cluster atoms (ids: 0 none, 1 root, 2 no cluster, then the cluster + 3): coarse ``c`` and fine ``k``
CLUSTER_POSITIONS = ("s0", "s1", "b0", "b1")
COARSE_BITS, FINE_BITS = 7, 11
for _p in CLUSTER_POSITIONS:
    ATOMS[_p + "c"] = (len(ATOMS), COARSE_BITS)
    ATOMS[_p + "k"] = (len(ATOMS), FINE_BITS)
N_ATOM_COLUMNS = len(ATOMS)


#: atoms of an arc as it is made (dependent d, head h): what the configuration holds at that moment (d has all its
#: children, h those found so far, h's own head is not known yet)
ARC_ATOMS = {"": (0, 0), "dw": (1, 17), "dt": (2, 7), "hw": (3, 17), "ht": (4, 7), "dir": (5, 1),
             "dist": (6, 3), "dlw": (7, 17), "dlt": (8, 7), "drt": (9, 7), "hlt": (10, 7), "pt": (11, 7),
             "nt": (12, 7), "nkid": (13, 3), "drw": (14, 17), "hlw": (15, 17), "dll": (16, 6), "drl": (17, 6),
             "dsl": (18, 12), "dsr": (19, 12)}
ARC_TEMPLATES = (
    ("dw",), ("dt",), ("dw", "dt"), ("hw",), ("ht",), ("dt", "ht"), ("dt", "ht", "dir"), ("dw", "ht", "dir"),
    ("dt", "hw", "dir"), ("dw", "hw"), ("dt", "ht", "dir", "dist"), ("dt", "dlw"), ("dt", "dlt", "ht", "dir"),
    ("dt", "drt"), ("dt", "ht", "hlt"), ("dt", "pt", "dir"), ("dt", "nt", "dir"), ("dt", "dlw", "dir"),
    ("hw", "dt", "dlw"), ("dt", "nkid", "dir"), ("dw", "dir"), ("hw", "dir", "dt", "dlt"), ("dt", "drw"),
    ("dw", "pt"), ("dt", "ht", "pt"), ("dt", "ht", "nt"), ("hw", "hlw", "dt"), ("dw", "dlw", "dir"),
    ("dt", "hlt", "dir"), ("dist", "dir"),
    # the relations of the dependent's own children
    ("dt", "dll", "dir"), ("dt", "drl", "dir"), ("dt", "dsl", "dir"), ("dt", "dsr", "dir"), ("dw", "dsl"),
    ("dw", "dsr"), ("dt", "ht", "dsl"), ("dt", "ht", "dsr"),
)


def template_tables(templates, atoms) -> tuple[np.ndarray, np.ndarray]:
    """Per template, the atom columns it reads (padded with column 0) and the bit shift of each, so that the
    atoms of one template pack into one int64 without overlap, the template's number in the top bits."""
    width = max(len(t) for t in templates)
    idx = np.zeros((len(templates), width), dtype=np.int64)
    shift = np.zeros((len(templates), width), dtype=np.int64)
    for j, tpl in enumerate(templates):
        bits = 0
        for k, a in enumerate(tpl):
            idx[j, k], shift[j, k] = atoms[a][0], bits
            bits += atoms[a][1]
        assert bits <= 55, tpl
    return idx, shift


_TPL_IDX, _TPL_SHIFT = template_tables(TEMPLATES, ATOMS)
_ARC_IDX, _ARC_SHIFT = template_tables(ARC_TEMPLATES, ARC_ATOMS)
_M = np.uint64(0x9E3779B97F4A7C15)
_K = np.uint64(0xBF58476D1CE4E5B9)


def hashed(atoms: np.ndarray, idx: np.ndarray, shift: np.ndarray, buckets: int) -> np.ndarray:
    """Feature rows (rows x templates) in ``[0, buckets)``: each template's atoms packed into one int64,
    then mixed (splitmix64's finalizer): integer arithmetic only, the same in every process. One atom slot at
    a time and in place (a sixth of the time of one ``rows x templates x slots`` array summed, the same numbers)."""
    key = atoms[:, idx[:, 0]] << shift[:, 0]
    for k in range(1, idx.shape[1]):
        key += atoms[:, idx[:, k]] << shift[:, k]
    key += np.arange(len(idx), dtype=np.int64) << 56
    h = key.view(np.uint64)
    h *= _M
    h ^= h >> np.uint64(31)
    h *= _K
    h ^= h >> np.uint64(29)
    if buckets & (buckets - 1):
        h %= np.uint64(buckets)
    else:
        h &= np.uint64(buckets - 1)
    return h.view(np.int64)


#: the width of a set of relations' id (its bit mask folded)
LABEL_SET_BITS = 12


def _fold(masks: np.ndarray) -> np.ndarray:
    """A set of relations (a bit mask) as a ``LABEL_SET_BITS``-bit id, 0 for the empty set."""
    h = masks.astype(np.uint64) * _M
    return (h >> np.uint64(64 - LABEL_SET_BITS)).astype(np.int64)


class Batch:
    """The parser states of a batch of sentences: ``words`` and ``tags`` are lists of int arrays (one per
    sentence, without the root), ``gold`` optional lists of gold heads (1-based, 0 the root) for training."""

    def __init__(self, words: list[np.ndarray], tags: list[np.ndarray], gold: list[np.ndarray] | None = None,
                 word_class: np.ndarray | None = None, word_cluster: np.ndarray | None = None,
                 gold_labels: list[np.ndarray] | None = None):
        S = len(words)
        self.n = np.array([len(w) for w in words], dtype=np.int64)
        N = int(self.n.max()) + 1 if S else 1
        self.NONE = NONE = N  # the column of "no such word"
        width = N + 1
        self.S = S
        self.rows = np.arange(S)
        self.w = np.full((S, width), W_NONE, dtype=np.int64)
        self.t = np.full((S, width), T_NONE, dtype=np.int64)
        self.w[:, 0], self.t[:, 0] = W_ROOT, T_ROOT
        for i, (ws, ts) in enumerate(zip(words, tags)):
            self.w[i, 1:len(ws) + 1] = ws
            self.t[i, 1:len(ts) + 1] = ts
        # each word id's ambiguity class id (0 none, 1 root, 2 unknown)
        self.a = word_class[self.w] if word_class is not None else np.minimum(self.w, 2)
        # each word id's coarse and fine cluster ids (words x 2; 0 none, 1 root, 2 no cluster)
        if word_cluster is None:
            self.kc = np.stack([np.minimum(self.w, 2).ravel()] * 2)
        else:
            self.kc = np.ascontiguousarray(word_cluster[self.w].transpose(2, 0, 1)).reshape(2, -1)
        self.stack = np.full((S, width + 1), NONE, dtype=np.int64)
        self.stack[:, 0] = 0
        self.sp = np.ones(S, dtype=np.int64)  # stack size (the root counts)
        self.b = np.ones(S, dtype=np.int64)  # the buffer's first word
        self.heads = np.full((S, width), -1, dtype=np.int64)
        self.lc = np.full((2, S, width), NONE, dtype=np.int64)  # leftmost, second leftmost child
        self.rc = np.full((2, S, width), NONE, dtype=np.int64)  # rightmost, second rightmost child
        self.nl = np.zeros((S, width), dtype=np.int64)
        self.nr = np.zeros((S, width), dtype=np.int64)
        # each word's relation as a dependent (id + 1; 0: none yet), each word's left and right children's relations
        self.lab = np.zeros((S, width), dtype=np.int64)
        self.lset = np.zeros((2, S, width), dtype=np.int64)
        self.gold = None
        self.gold_labels = None
        if gold_labels is not None:
            gl = np.full((S, width), -1, dtype=np.int64)
            for i, ls in enumerate(gold_labels):
                gl[i, 1:len(ls) + 1] = ls
            self.gold_labels = gl
        if gold is not None:
            g = np.full((S, width), NONE, dtype=np.int64)
            for i, hs in enumerate(gold):
                g[i, 1:len(hs) + 1] = hs
            self.gold = g
            self.loc = np.full((S, width), 2, dtype=np.int64)  # 0 buffer, 1 stack, 2 gone (and NONE)
            for i, k in enumerate(self.n.tolist()):
                self.loc[i, 1:k + 1] = 0
            self.loc[:, 0] = 1
            # per word, how many of its gold dependents are in the buffer / on the stack
            self.in_buf = np.zeros((S, width), dtype=np.int64)
            for i, hs in enumerate(gold):
                np.add.at(self.in_buf[i], np.asarray(hs, dtype=np.int64), 1)
            self.on_stack = np.zeros((S, width), dtype=np.int64)

    def copy_rows(self, dst: np.ndarray, src: np.ndarray) -> None:
        """Make the states of rows ``dst`` copies of those of rows ``src`` (rows of the same sentence, for a beam:
        the words, tags and gold heads are not copied; the oracle's bookkeeping is, for training on a beam)."""
        moved = dst != src
        dst, src = dst[moved], src[moved]
        if not len(dst):
            return
        kept = (self.stack, self.sp, self.b, self.heads, self.nl, self.nr, self.lab)
        if self.gold is not None:
            kept += (self.loc, self.in_buf, self.on_stack)
        for a in kept:
            a[dst] = a[src]
        for a in (self.lc, self.rc, self.lset):
            a[:, dst] = a[:, src]

    # ---- the configuration ----------------------------------------------------------------------------------
    def positions(self, r: np.ndarray) -> dict[str, np.ndarray]:
        width = self.w.shape[1]
        top = self.sp[r] - 1
        base = r * (self.stack.shape[1])
        flat_stack = self.stack.ravel()
        s0, s1, s2 = (np.where(top >= k, flat_stack.take(base + np.maximum(top - k, 0)), self.NONE) for k in range(3))
        n = self.n[r]
        b = self.b[r]
        b0 = np.where(b <= n, b, self.NONE)
        b1 = np.where(b + 1 <= n, b + 1, self.NONE)
        b2 = np.where(b + 2 <= n, b + 2, self.NONE)
        row = r * width
        lc0, lc1 = self.lc[0].ravel(), self.lc[1].ravel()
        rc0, rc1 = self.rc[0].ravel(), self.rc[1].ravel()
        i0, i1, ib = row + s0, row + s1, row + b0
        return {"s0": s0, "s1": s1, "s2": s2, "b0": b0, "b1": b1, "b2": b2,
                "s0l": lc0.take(i0), "s0l2": lc1.take(i0), "s0r": rc0.take(i0), "s0r2": rc1.take(i0),
                "s1l": lc0.take(i1), "s1r": rc0.take(i1), "s1r2": rc1.take(i1),
                "b0l": lc0.take(ib), "b0l2": lc1.take(ib)}

    def features(self, r: np.ndarray, buckets: int) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """Feature rows (``len(r)`` x templates) of the sentences ``r``, and their positions."""
        pos = self.positions(r)
        none = self.NONE
        width = self.w.shape[1]
        s0, s1, b0 = pos["s0"], pos["s1"], pos["b0"]
        A = len(r)
        at = (np.stack([pos[name] for name in POSITIONS], axis=1) + (r * width)[:, None]).ravel()
        cols = np.zeros((A, N_ATOM_COLUMNS), dtype=np.int64)
        cols[:, 1:1 + 2 * len(POSITIONS):2] = self.w.ravel().take(at).reshape(A, -1)
        cols[:, 2:2 + 2 * len(POSITIONS):2] = self.t.ravel().take(at).reshape(A, -1)
        k = 1 + 2 * len(POSITIONS)
        row = r * width
        cols[:, k] = np.where((s0 != none) & (b0 != none), _distance(b0 - s0), 0)
        cols[:, k + 1] = np.where((s0 != none) & (s1 != none), _distance(s0 - s1), 0)
        nl, nr = self.nl.ravel(), self.nr.ravel()
        cols[:, k + 2] = np.minimum(nl.take(row + s0), 4)
        cols[:, k + 3] = np.minimum(nr.take(row + s0), 4)
        cols[:, k + 4] = np.minimum(nl.take(row + b0), 4)
        cols[:, k + 5] = np.minimum(nr.take(row + s1), 4)
        a = self.a.ravel()
        for j, name in enumerate(CLASS_POSITIONS):
            cols[:, k + 6 + j] = a.take(row + pos[name])
        k += 6 + len(CLASS_POSITIONS)
        coarse, fine = self.kc
        for j, name in enumerate(CLUSTER_POSITIONS):
            at = row + pos[name]
            cols[:, k + 2 * j] = coarse.take(at)
            cols[:, k + 2 * j + 1] = fine.take(at)
        return hashed(cols, _TPL_IDX, _TPL_SHIFT, buckets), pos

    def arc_features(self, r: np.ndarray, d: np.ndarray, h: np.ndarray, buckets: int) -> np.ndarray:
        """Feature rows (``len(r)`` x ``ARC_TEMPLATES``) of the arcs ``h -> d`` about to be made in sentences ``r``:
        for their relations, from what the configuration holds now."""
        width = self.w.shape[1]
        row = r * width
        at_d = row + d
        dl = self.lc[0].ravel().take(at_d)
        dr = self.rc[0].ravel().take(at_d)
        hl = self.lc[0].ravel().take(row + h)
        # d, h, d's leftmost and rightmost child, h's leftmost child, the words before and after d
        at = np.stack([d, h, dl, dr, hl, d - 1, d + 1], axis=1) + row[:, None]
        w, t = self.w.ravel().take(at[:, :5]), self.t.ravel().take(at)
        lab = self.lab.ravel().take(at[:, 2:4])
        cols = np.empty((len(r), len(ARC_ATOMS)), dtype=np.int64)
        cols[:, 0] = 0
        cols[:, 1], cols[:, 2], cols[:, 3], cols[:, 4] = w[:, 0], t[:, 0], w[:, 1], t[:, 1]
        cols[:, 5] = d < h
        cols[:, 6] = _distance(np.abs(d - h))
        cols[:, 7], cols[:, 8], cols[:, 9], cols[:, 10] = w[:, 2], t[:, 2], t[:, 3], t[:, 4]
        cols[:, 11], cols[:, 12] = t[:, 5], t[:, 6]
        cols[:, 13] = np.minimum(self.nl.ravel().take(at_d) + self.nr.ravel().take(at_d), 7)
        cols[:, 14], cols[:, 15], cols[:, 16], cols[:, 17] = w[:, 3], w[:, 4], lab[:, 0], lab[:, 1]
        cols[:, 18] = _fold(self.lset[0].ravel().take(at_d))
        cols[:, 19] = _fold(self.lset[1].ravel().take(at_d))
        return hashed(cols, _ARC_IDX, _ARC_SHIFT, buckets)

    def arcs(self, r: np.ndarray, moves: np.ndarray, pos: dict[str, np.ndarray]):
        """Of the moves ``moves`` in sentences ``r``: which make an arc (a boolean mask), and each one's
        dependent and head."""
        m = moves != SHIFT
        d = pos["s0"][m]
        h = np.where(moves[m] == LEFT, pos["b0"][m], pos["s1"][m])
        return m, d, h

    def valid(self, r: np.ndarray) -> np.ndarray:
        """Which moves each sentence ``r`` may make (rows x 3)."""
        has_buf = self.b[r] <= self.n[r]
        sp = self.sp[r]
        s1_root = sp == 2
        out = np.zeros((len(r), 3), dtype=bool)
        out[:, SHIFT] = has_buf
        out[:, LEFT] = has_buf & (sp >= 2)
        out[:, RIGHT] = (sp >= 2) & (~s1_root | ~has_buf)
        return out

    def costs(self, r: np.ndarray, pos: dict[str, np.ndarray]) -> np.ndarray:
        """The dynamic oracle (Goldberg & Nivre 2013): how many gold arcs each move makes unreachable."""
        g, loc = self.gold, self.loc
        s0, s1, b0 = pos["s0"], pos["s1"], pos["b0"]
        none = self.NONE
        out = np.zeros((len(r), 3), dtype=np.int64)
        gb0 = g[r, b0]
        out[:, SHIFT] = self.on_stack[r, b0] + ((loc[r, gb0] == 1) & (gb0 != s0) & (gb0 != none))
        gs0 = g[r, s0]
        deps_buf = self.in_buf[r, s0]
        out[:, LEFT] = deps_buf + ((gs0 != b0) & ((gs0 == s1) | (loc[r, gs0] == 0)))
        out[:, RIGHT] = deps_buf + ((gs0 != s1) & (loc[r, gs0] == 0))
        return out

    def apply(self, r: np.ndarray, moves: np.ndarray, pos: dict[str, np.ndarray],
              labels: np.ndarray | None = None) -> None:
        """Make ``moves[i]`` in sentence ``r[i]``; ``labels``: the relation ids of the arcs made (one per move that
        is not SHIFT, in order), when known."""
        if labels is not None:
            m = moves != SHIFT
            rr, d, mv = r[m], pos["s0"][m], moves[m]
            h = np.where(mv == LEFT, pos["b0"][m], pos["s1"][m])
            self.lab[rr, d] = labels + 1
            side = (mv == RIGHT).astype(np.int64)
            self.lset[side, rr, h] |= np.left_shift(1, labels)
        s0, s1, b0 = pos["s0"], pos["s1"], pos["b0"]
        sh = moves == SHIFT
        if sh.any():
            rr, bb = r[sh], b0[sh]
            self.stack[rr, self.sp[rr]] = bb
            self.sp[rr] += 1
            self.b[rr] += 1
            if self.gold is not None:
                self.loc[rr, bb] = 1
                gh = self.gold[rr, bb]
                self.in_buf[rr, gh] -= 1
                self.on_stack[rr, gh] += 1
        for move, head, kids, count in ((LEFT, b0, self.lc, self.nl), (RIGHT, s1, self.rc, self.nr)):
            m = moves == move
            if not m.any():
                continue
            rr, h, d = r[m], head[m], s0[m]
            self.heads[rr, d] = h
            kids[1, rr, h] = kids[0, rr, h]
            kids[0, rr, h] = d
            count[rr, h] += 1
            self.sp[rr] -= 1
            if self.gold is not None:
                self.loc[rr, d] = 2
                self.on_stack[rr, self.gold[rr, d]] -= 1


def _distance(d: np.ndarray) -> np.ndarray:
    """1..5 as is, 6 for 6-9, 7 for 10 and more."""
    return np.where(d < 6, d, np.where(d < 10, 6, 7))


def is_projective(heads) -> bool:
    """Whether the tree (1-based heads, 0 the root) has no crossing arcs."""
    arcs = [(min(h, d), max(h, d)) for d, h in enumerate(heads, 1)]
    for a, b in arcs:
        for c, e in arcs:
            if a < c < b < e:
                return False
    return True

