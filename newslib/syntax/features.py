"""Token features of the part-of-speech tagger, as weight-row ids computed over a whole batch at once.

A token's features come from its word type (lower-cased form, suffixes, prefixes, shape, case, and its
*ambiguity class*: the tags the word took in the training data, e.g. ``NN|VB``) and from its neighbours'
types (words and classes two to the left and right, suffixes, shapes), plus hashed pairs of neighbouring
words and classes. Everything that depends on the word type alone is looked up once per distinct token
text and cached as one row of ints (the weight row of every feature the type fires in every position); a
batch of sentences is then a gather of that table at the shifted token positions, plus a few small
array-computed templates (case at the sentence start and in the sentence as a whole, double-quote parity).
No Python hash of strings is used anywhere, so features are the same in every process.

Forms are normalized the way the treebanks and newslib's tokenizer differ: curly apostrophes are straight
ones (``’s`` is ``'s``, ``n’t`` is ``n't``), and every digit is ``0`` (years, prices). Double quotes keep
their form (``“`` ``”`` ``"``), and their direction is a feature of its own.
"""
from __future__ import annotations

import re
import zlib
from itertools import chain, repeat
from typing import Sequence

import numpy as np

#: Templates over the word types at a relative position: (name, type attribute, offset)
TYPE_TEMPLATES = (
    ("w0", "low", 0), ("w-1", "low", -1), ("w+1", "low", 1), ("w-2", "low", -2), ("w+2", "low", 2),
    ("form0", "form", 0),
    ("s1", "s1", 0), ("s2", "s2", 0), ("s3", "s3", 0), ("s4", "s4", 0),
    ("p1", "p1", 0), ("p2", "p2", 0), ("p3", "p3", 0),
    ("shp0", "shape", 0), ("shp-1", "shape", -1), ("shp+1", "shape", 1),
    ("s3-1", "s3", -1), ("s3+1", "s3", 1), ("s2+2", "s2", 2),
    ("a0", "amb", 0), ("a-1", "amb", -1), ("a+1", "amb", 1), ("a-2", "amb", -2), ("a+2", "amb", 2),
    ("s5", "s5", 0),
    ("k1", "k1", 0), ("k2", "k2", 0), ("k3", "k3", 0), ("k2-1", "k2", -1), ("k2+1", "k2", 1),
)
#: Templates computed over arrays: name -> number of values
ARRAY_TEMPLATES = {"bias": 1, "case_init": 5 * 2, "case_sent": 5 * 3 * 2, "dquote": 4 * 2}
#: Hashed pairs of (attribute, offset): name -> the two parts
PAIR_TEMPLATES = {
    "w-1w0": (("low", -1), ("low", 0)), "w0w+1": (("low", 0), ("low", 1)),
    "a-1a0": (("amb", -1), ("amb", 0)), "a0a+1": (("amb", 0), ("amb", 1)),
    "a-1w0": (("amb", -1), ("low", 0)), "w0a+1": (("low", 0), ("amb", 1)),
    "a-2a-1": (("amb", -2), ("amb", -1)), "a+1a+2": (("amb", 1), ("amb", 2)),
}
PAIR_BUCKETS = 1 << 18
PAD = 2  # the farthest neighbour a template looks at
HASHED = ("low", "amb")  # attributes whose hash the type table keeps, for the pairs

# word types cached with their feature rows before the cache starts again: an archive's new words (names,
# figures) would otherwise grow it for ever (about 0.4 KB a type with its table row). Just under a power of
# two: the table grows by doubling from 4,096 rows, so it never passes 65,536 rows (a doubling copies the
# whole table, and the copy was the resident-memory peak of a 100,000-article run)
TYPE_CACHE_LIMIT = 65_000
BOS, EOS = "<s>", "</s>"
UNKNOWN_CLASS = "?"
_NO_CLUSTERS = (UNKNOWN_CLASS,) * 3
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]")
_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'"})
OPEN_DQ = frozenset({"“", "``", "„", "«"})
CLOSE_DQ = frozenset({"”", "''", "»"})


def normalize(tok: str) -> str:
    """The form the word features see: straight apostrophes, digits as 0; double quotes as written."""
    if tok in OPEN_DQ or tok in CLOSE_DQ or tok == '"':
        return tok
    t = tok.translate(_APOS) if ("’" in tok or "‘" in tok or "`" in tok) else tok
    return _DIGIT.sub("0", t) if _DIGIT.search(t) else t


def shape(tok: str) -> str:
    """Character classes with runs collapsed: ``Xx``, ``X.X.``, ``d.d``, ``x-x``; at most 6 characters."""
    out = []
    for c in tok:
        if c.isalpha():
            k = "X" if c.isupper() else "x"
        elif c.isdigit():
            k = "d"
        else:
            k = c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)[:6]


def case_class(tok: str) -> int:
    """0 other, 1 lower, 2 Title, 3 UPPER (2+ letters), 4 has a digit."""
    if _DIGIT.search(tok):
        return 4
    if tok.isupper() and len(_LETTERS.findall(tok)) > 1:
        return 3
    if tok[:1].isupper():
        return 2
    if tok[:1].islower():
        return 1
    return 0


def _stable_hash(s: str) -> int:
    return zlib.crc32(s.encode("utf-8", "surrogatepass")) >> 1


def _pair_hash(a: np.ndarray, b: np.ndarray, salt: int, buckets: int) -> np.ndarray:
    """A deterministic bucket in [0, buckets) for the pair of non-negative int arrays (a, b)."""
    x = (a * 1_000_003 + b * 7919 + salt * 104_729) & 0x7FFFFFFF
    x = (x ^ (x >> 13)) * 1_103_515_245 & 0x7FFFFFFF
    return (x ^ (x >> 11)) % buckets


class FeatureSpace:
    """Per template, a vocabulary of values -> weight rows; the layout of the weight matrix.

    Rows: ``[0]`` is an all-zero row (unknown values), then each type template's vocabulary, the array
    templates, then the hashed pair buckets: all of them while training (``pair_keys`` None), else only the
    buckets a model kept (``pair_keys[name]``, sorted; other buckets read the zero row). With ``grow=True``
    (training) unseen values get new rows. ``lexicon`` maps a normalized form (or its lower case) to its
    ambiguity class; ``clusters`` maps a normalized lower-case form to its word clusters from unlabeled text
    (coarse to fine, :mod:`newslib.training.word_clusters`)."""

    def __init__(self, vocab: dict[str, list[str]] | None = None, pair_keys: dict[str, np.ndarray] | None = None,
                 lexicon: dict[str, str] | None = None, pair_buckets: int = PAIR_BUCKETS,
                 clusters: dict[str, tuple[int, ...]] | None = None):
        vocab = vocab or {}
        self.pair_buckets = int(pair_buckets)
        self.pair_keys = pair_keys
        self.lexicon = dict(lexicon or {})
        self.clusters = dict(clusters or {})
        self.vocab: dict[str, dict[str, int]] = {}
        n = 1
        for name, _, _ in TYPE_TEMPLATES:
            values = vocab.get(name, [])
            self.vocab[name] = {v: n + i for i, v in enumerate(values)}
            n += len(values)
        self.n_type_rows = n
        self.grow = False
        self._attr_rows = None
        self._reset_types()

    def _reset_types(self) -> None:
        # type table columns: one row id per type template, then case class, double-quote kind, and the
        # hash of each HASHED attribute
        self.generation = getattr(self, "generation", -1) + 1  # type ids are only valid within one generation
        self._type_ids: dict[str, int] = {}
        self._table = np.zeros((4096, len(TYPE_TEMPLATES) + 2 + len(HASHED)), dtype=np.int64)
        self._n_types = 0
        for t in (BOS, EOS):
            self._add_type(t)

    # ---- layout -------------------------------------------------------------------------------------------
    def freeze(self) -> None:
        """Fix the vocabularies (training calls this once every training type is in)."""
        self.grow = False
        self._attr_rows = None

    def layout(self) -> dict[str, int]:
        """Row offset of each array and pair template, after the type templates' rows; and the total."""
        off = {}
        n = self.n_type_rows
        for name, size in ARRAY_TEMPLATES.items():
            off[name] = n
            n += size
        for name in PAIR_TEMPLATES:
            off[name] = n
            n += self.pair_buckets if self.pair_keys is None else len(self.pair_keys[name])
        off["_total"] = n
        return off

    def vocab_lists(self) -> dict[str, list[str]]:
        return {name: sorted(v, key=v.get) for name, v in self.vocab.items()}

    # ---- types --------------------------------------------------------------------------------------------
    def attributes(self, tok: str) -> dict[str, str]:
        """The string attributes of a word type that the templates read."""
        return {a: col[0] for a, col in self.attribute_columns([tok]).items()}

    def attribute_columns(self, toks: Sequence[str]) -> dict[str, list[str]]:
        """``attributes`` of many word types at once, by attribute: ``cols[a][i] == attributes(toks[i])[a]``.
        One list per attribute instead of one dict per type: the cold path of the tagger, which computes the
        attributes of every type it meets for the first time (31,000 of the 840 PolNeAR train texts)."""
        lex, clusters = self.lexicon, self.clusters
        norms = list(map(normalize, toks))
        lows = list(map(str.lower, norms))
        ks = list(map(clusters.get, lows))
        for i, k in enumerate(ks):
            if not k:
                low = lows[i]
                if k is None and "-" in low.strip("-"):  # a hyphenated word not seen whole: its last part's
                    k = clusters.get(low.rsplit("-", 1)[1])
                ks[i] = k or _NO_CLUSTERS
        get = lex.get
        cols = {"low": lows, "form": norms, "s1": [w[-1:] for w in lows], "s2": [w[-2:] for w in lows],
                "s3": [w[-3:] for w in lows], "s4": [w[-4:] for w in lows], "s5": [w[-5:] for w in lows],
                "p1": [w[:1] for w in lows], "p2": [w[:2] for w in lows], "p3": [w[:3] for w in lows],
                "shape": list(map(shape, toks)),
                "amb": [get(f) or get(w) or UNKNOWN_CLASS for f, w in zip(norms, lows)],
                "k1": [str(k[0]) for k in ks], "k2": [str(k[1]) for k in ks], "k3": [str(k[2]) for k in ks]}
        if BOS in toks or EOS in toks:  # the sentence boundaries' every attribute is themselves
            for i, t in enumerate(toks):
                if t in (BOS, EOS):
                    for col in cols.values():
                        col[i] = t
        return cols

    def _by_attribute(self) -> dict[str, tuple[list[int], dict[str, int], np.ndarray]]:
        """Per attribute, the type templates that read it, an index of every value any of them knows, and a
        table whose row ``index[value]`` holds the value's row in each of those templates (0 where a template
        dropped it; the table's last row, all zeros, is an unknown value's): one look-up per attribute
        instead of one per template, and the rows of many types by one gather."""
        if self._attr_rows is None:
            out = {}
            for attr in dict.fromkeys(a for _, a, _ in TYPE_TEMPLATES):
                cols = [j for j, (_, a, _) in enumerate(TYPE_TEMPLATES) if a == attr]
                vocs = [self.vocab[TYPE_TEMPLATES[j][0]] for j in cols]
                values = list(dict.fromkeys(chain.from_iterable(vocs)))
                # each value's row in each template, a column at a time (built once per process, at the first
                # article: 0.10 s -> 0.04 s against a tuple made per value from a generator)
                table = np.zeros((len(values) + 1, len(cols)), dtype=np.int64)
                for j, voc in enumerate(vocs):
                    table[:-1, j] = list(map(voc.get, values, repeat(0, len(values))))
                out[attr] = (cols, dict(zip(values, range(len(values)))), table)
            self._attr_rows = out
        return self._attr_rows

    def _add_types(self, toks: list[str]) -> None:
        """Give each of ``toks`` (new, distinct) a row of the type table."""
        cols = self.attribute_columns(toks)
        k, n = self._n_types, len(toks)
        rows = np.zeros((n, self._table.shape[1]), dtype=np.int64)
        if self.grow:
            for j, (name, attr, _) in enumerate(TYPE_TEMPLATES):
                voc = self.vocab[name]
                for v in cols[attr]:
                    if v not in voc:
                        voc[v] = self.n_type_rows
                        self.n_type_rows += 1
                rows[:, j] = [voc[v] for v in cols[attr]]
        elif n:
            # per attribute, the index of each type's value, then the rows of every template that reads it by
            # one gather (no array made from a list of tuples: the 31,000 new types of the 840 PolNeAR train
            # texts, see the commit)
            for attr, (where, index, table) in self._by_attribute().items():
                at = np.fromiter(map(index.get, cols[attr], repeat(len(table) - 1, n)), dtype=np.int64, count=n)
                rows[:, where] = table[at]
        nt = len(TYPE_TEMPLATES)
        rows[:, nt] = [case_class(t) if t not in (BOS, EOS) else 0 for t in toks]
        rows[:, nt + 1] = [1 if t == '"' else 2 if t in OPEN_DQ else 3 if t in CLOSE_DQ else 0 for t in toks]
        for i, h in enumerate(HASHED):
            rows[:, nt + 2 + i] = list(map(_stable_hash, cols[h]))
        while k + n > len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
        self._table[k:k + n] = rows
        self._type_ids.update(zip(toks, range(k, k + n)))
        self._n_types += n

    def _add_type(self, tok: str) -> int:
        self._add_types([tok])
        return self._n_types - 1

    def type_ids(self, tokens: Sequence[str]) -> np.ndarray:
        get = self._type_ids.get
        found = list(map(get, tokens))
        if None in found:
            new = list(dict.fromkeys(t for t, i in zip(tokens, found) if i is None))
            if self._n_types + len(new) > TYPE_CACHE_LIMIT and not self.grow:  # bound the cache on large inputs
                self._reset_types()
                new = list(dict.fromkeys(t for t in tokens if t not in self._type_ids))
            self._add_types(new)
            found = list(map(self._type_ids.get, tokens))
        return np.array(found, dtype=np.int64)

    # ---- a batch ------------------------------------------------------------------------------------------
    def n_columns(self) -> int:
        return len(TYPE_TEMPLATES) + len(ARRAY_TEMPLATES) + len(PAIR_TEMPLATES)

    def ids(self, tokens: Sequence[str], lengths: Sequence[int]) -> np.ndarray:
        """Weight-row ids, one row per token of the batch (the sentences' tokens in a row, ``lengths``
        tokens each) and one column per template (type, array, pair templates in this order)."""
        shifted, other = self.batch(tokens, lengths)
        if not len(other):
            return np.zeros((0, self.n_columns()), dtype=np.int64)
        table = self._table
        cols = [table[shifted[k], j] for j, (_, _, k) in enumerate(TYPE_TEMPLATES)]
        return np.concatenate([np.stack(cols, axis=1), other], axis=1)

    def batch(self, tokens: Sequence[str], lengths: Sequence[int]) -> tuple[dict[int, np.ndarray], np.ndarray]:
        """The batch's features in two parts: for each offset k of the type templates, the type id of the
        token k places away (BOS / EOS beyond the sentence; ``self.type_rows(k)`` gives those types' rows),
        and the row ids of the array and pair templates (tokens x templates)."""
        N = len(tokens)
        if N == 0:
            return {}, np.zeros((0, len(ARRAY_TEMPLATES) + len(PAIR_TEMPLATES)), dtype=np.int64)
        lens = np.asarray(lengths, dtype=np.int64)
        tid = self.type_ids(tokens)
        off = self.layout()
        firsts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        sent_first = np.repeat(firsts, lens)
        idx = np.arange(N)
        table = self._table
        # the types in a row with PAD BOS (type 0) before and PAD EOS (type 1) after each sentence: the
        # neighbour k places away is then one gather, whatever the sentence boundaries
        sent_no = np.repeat(np.arange(len(lens)), lens)
        pos = idx + (2 * PAD) * sent_no + PAD
        padded = np.zeros(N + 2 * PAD * len(lens), dtype=np.int64)
        ends = np.cumsum(lens) + (2 * PAD) * np.arange(len(lens)) + PAD
        for j in range(PAD):
            padded[ends + j] = 1
        padded[pos] = tid
        shifted: dict[int, np.ndarray] = {k: (padded[pos + k] if k else tid) for k in OFFSETS}

        def at(k: int) -> np.ndarray:
            return shifted[k]

        nt = len(TYPE_TEMPLATES)
        case, dq = table[tid, nt], table[tid, nt + 1]
        initial = (idx == sent_first).astype(np.int64)
        cols = [np.full(N, off["bias"], dtype=np.int64), off["case_init"] + case * 2 + initial]
        # how capitalized the sentence is as a whole (headlines, labels): share of Title/UPPER words
        nonempty = lens > 0
        capital = ((case == 2) | (case == 3)).astype(np.int64)
        wordy = ((case >= 1) & (case <= 3)).astype(np.int64)
        n_cap = np.zeros(len(lens), dtype=np.int64)
        n_word = np.zeros(len(lens), dtype=np.int64)
        n_cap[nonempty] = np.add.reduceat(capital, firsts[nonempty])
        n_word[nonempty] = np.add.reduceat(wordy, firsts[nonempty])
        share = np.where(n_word > 0, n_cap * 10 // np.maximum(n_word, 1), 0)
        bucket = np.repeat(np.where(share >= 7, 2, np.where(share >= 4, 1, 0)), lens)
        cols.append(off["case_sent"] + (case * 3 + bucket) * 2 + initial)
        # double quotes: which kind (straight, opening, closing, none) and how many came before in the sentence
        isq = (dq > 0).astype(np.int64)
        before = np.cumsum(isq) - isq
        before -= before[sent_first]
        cols.append(off["dquote"] + dq * 2 + (before & 1))
        # pairs of neighbouring words / classes, by their hashes (stable whatever the vocabularies kept)
        hcol = {a: nt + 2 + i for i, a in enumerate(HASHED)}
        for salt, (name, ((a1, k1), (a2, k2))) in enumerate(PAIR_TEMPLATES.items(), 1):
            b = _pair_hash(table[at(k1), hcol[a1]], table[at(k2), hcol[a2]], salt, self.pair_buckets)
            if self.pair_keys is None:
                cols.append(off[name] + b)
            else:
                cols.append(self._pair_rows(name, off[name])[b])
        return shifted, np.stack(cols, axis=1)

    def _pair_rows(self, name: str, offset: int) -> np.ndarray:
        """bucket -> weight row (0 for a bucket the model did not keep), one dense table per pair template."""
        cache = self.__dict__.setdefault("_pair_tables", {})
        if name not in cache:
            rows = np.zeros(self.pair_buckets, dtype=np.int32)
            keys = self.pair_keys[name]
            rows[keys] = offset + np.arange(len(keys), dtype=np.int32)
            cache[name] = rows
        return cache[name]

    @property
    def n_types(self) -> int:
        """How many word types the table holds (ids 0 .. n_types - 1; 0 and 1 are BOS and EOS)."""
        return self._n_types

    def type_rows(self, first: int, k: int) -> np.ndarray:
        """The rows that the types ``first ..`` fire for the templates of offset ``k`` (types x templates)."""
        cols = [j for j, (_, _, kk) in enumerate(TYPE_TEMPLATES) if kk == k]
        return self._table[first:self._n_types][:, cols]


OFFSETS = tuple(sorted({k for _, _, k in TYPE_TEMPLATES}))
