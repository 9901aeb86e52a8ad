"""Branch speed20: the attribution model's per word-type work, restructured, gives the same floats.

``AttributionModel._type_rows`` computes the rows of the per word-type table a column at a time for all the types
a batch meets first; ``_emissions`` reads the type-level templates' summed weights per word type and offset
(``_type_scores``) instead of one weight row per template. Both are checked against the computations they
replace: the row of one type at a time, and ``scores(features(...))``."""
from __future__ import annotations

import numpy as np
import pytest

from newslib.tagging import attribution_model as AM
from newslib.tagging.attribution_model import AttributionModel, default_model, lemma, quote_kind, shape
from newslib.tokenize import tokenize_text

TEXTS = [
    "",
    "Hello",
    "Yes.\n\nNo.\n\nMaybe.",
    "Mayor\n\nThe mayor said on Tuesday that the pool would stay open, officials told reporters.",
    "Zürich\n\n“Wir schaffen das,” sagte Müller. İstanbul'un valisi ǅ ß ŉ dedi ki \"hayır\".",
    "Talks\n\n``It is over,'' he said. 'Not yet', she wrote -- 37 people, 11.5% of them, agreed.",
]


def _reference_row(m: AttributionModel, tok: str) -> tuple:
    """The row ``_type_id`` gave one type before branch speed20."""
    low = tok.lower()
    shp = shape(tok)
    lem = lemma(low)
    return (m.words.get(low, 1), m.lemmas.get(lem, 1), m.shapes.get(shp, 1), m.suffixes.get(low[-3:], 1),
            m.cue_prior.get(low, 0 if low in m.words else 5), m._lex.get(low, 0), quote_kind(tok),
            1 if tok[:1].isupper() else (2 if shp == "x" else 0), m.lemma_prior.get(lem, 5),
            AM._RIGHT_WORDS.get(low, 0))


def test_type_rows_are_the_rows_of_one_type_at_a_time():
    m = default_model()
    toks = ["said", "Said", "SAID", "says", "according", "to", "that", "whether", "of", "“", "”", '"', "''", "``",
            "«", "»", "„", "'", "—", "-", ",", ".", "37", "11.5%", "U.S.", "al-Assad", "Zürich", "İstanbul", "ß",
            "ǅ", "ŉ", "ﬁnance", "Kalo7vic", "", "x", "X", "told", "argues", "claimed"]
    rows = m._type_rows(toks)
    assert rows.shape == (len(toks), 10) and rows.dtype == np.int64
    for tok, row in zip(toks, rows.tolist()):
        assert tuple(row) == _reference_row(m, tok), tok
    assert m._type_rows([]).shape == (0, 10)


def _docs(texts):
    return [(t, tokenize_text(t)) for t in texts]


def _para(m, docs):
    para = []
    for text, sents in docs:
        base = para[-1] + 1 if para else 0
        para.extend(p + base for p in m.paragraphs(text, sents))
    return para


@pytest.mark.parametrize("texts", [[t] for t in TEXTS] + [TEXTS])
def test_emissions_are_the_scores_of_all_features(texts):
    m = default_model()
    assert m.exact_sums  # the shipped weights are integers over 2: the folded sums are exact
    docs = _docs(texts)
    sents = [s for _, ss in docs for s in ss]
    para = _para(m, docs)
    ids, bounds = m.features("", sents, para)
    rest, bounds2, emissions = m._emissions(sents, para, None)
    assert bounds2 == bounds
    # the type-level templates' columns are not made, their weights come per word type
    level = [t for t in m.templates if t in AM._TYPE_LEVEL]
    assert len(level) >= 10 and rest.shape == (len(ids), len(m.templates) - len(level))
    expected = m.scores(ids) if len(ids) else np.zeros((0, len(AM.LABELS)), dtype=m.W.dtype)
    assert emissions.dtype == expected.dtype and np.array_equal(emissions, expected)


def test_emissions_after_the_type_cache_starts_again(monkeypatch):
    """The summed weights are forgotten with the types (cache limit, other priors) and made again."""
    m = default_model()
    docs = _docs(TEXTS[3:] + [f"Minister Kalo{k}vic said {k * 37} firms agreed." for k in range(40)])
    expected = [m.decode(m.scores(m.features(t, s)[0]), m.features(t, s)[1]) for t, s in docs]
    monkeypatch.setattr(AM, "TYPE_CACHE_LIMIT", 30)
    for (t, s), want in zip(docs, expected):
        assert np.array_equal(m.predict(t, s)[0], want)
    m.set_priors(m.cue_prior, m.lemma_prior)
    assert m._n_scored == 0
    for (t, s), want in zip(docs, expected):
        assert np.array_equal(m.predict(t, s)[0], want)


def test_weights_that_do_not_sum_exactly_take_the_template_rows():
    """A model whose weights are not half-units (a perceptron being trained) keeps one row per template."""
    shipped = default_model()
    m = AttributionModel(shipped.vocab, weights=shipped.W.astype(np.float64) / 3.0, transitions=shipped.A,
                         start=shipped.S, meta=shipped.meta)
    assert not m.exact_sums
    docs = _docs(TEXTS)
    sents = [s for _, ss in docs for s in ss]
    para = _para(m, docs)
    ids, _, emissions = m._emissions(sents, para, None)
    assert ids.shape[1] == len(m.templates)
    assert np.array_equal(emissions, m.scores(m.features("", sents, para)[0]))


# ---- the POS tagger's emission sums, a chunk of tokens at a time -------------------------------------------------

def _unchunked(parts):
    out = np.take(parts[0][0], parts[0][1], axis=0)
    for table, rows in parts[1:]:
        out += np.take(table, rows, axis=0)
    return out


@pytest.mark.parametrize("n", [1, 7, 1023, 1024, 1025, 3 * 1024 + 5])
def test_gathered_sums_are_the_sums_in_order(n):
    from newslib.syntax.tagger import _CHUNK, _gathered_sums

    assert _CHUNK == 1024
    rng = np.random.default_rng(n)
    # float32 values of very different sizes: a sum in another order would round differently
    tables = [(rng.standard_normal((50, 49)) * 10.0 ** rng.integers(-3, 4, (50, 1))).astype(np.float32)
              for _ in range(6)]
    parts = [(t, rng.integers(0, 50, n)) for t in tables]
    got = _gathered_sums(parts, n, 49)
    assert got.dtype == np.float32 and np.array_equal(got, _unchunked(parts))


def _reference_emissions(tagger, tokens, lengths):
    """``PosTagger.emissions`` before branch speed20: the whole batch's sum, part after part."""
    from newslib.syntax.features import ARRAY_TEMPLATES, OFFSETS

    shifted, other = tagger.space.batch(tokens, lengths)
    ts = tagger._type_scores()
    out = np.take(ts[OFFSETS.index(0)], shifted[0], axis=0)
    for i, k in enumerate(OFFSETS):
        if k:
            out += np.take(ts[i], shifted[k], axis=0)
    code = np.zeros(len(other), dtype=np.int64)
    for j, (name, size) in enumerate(ARRAY_TEMPLATES.items()):
        code = code * size + (other[:, j] - tagger.space.layout()[name])
    out += np.take(tagger._small_table(), code, axis=0)
    for j in range(len(ARRAY_TEMPLATES), other.shape[1]):
        out += np.take(tagger.W, other[:, j], axis=0)
    return out


def test_pos_emissions_are_the_unchunked_sums():
    from newslib.syntax import default_tagger
    from newslib.tokenize.records import token_texts

    tagger = default_tagger()
    many = " ".join(f"Minister Kalo{k}vic said {k * 37} firms agreed." for k in range(300))  # > 1 chunk
    for text in TEXTS[1:] + [f"Talks\n\n{many}"]:
        sents = tokenize_text(text)
        tokens, lengths = token_texts(sents), [len(s.tokens) for s in sents]
        got = tagger.emissions(tokens, lengths)
        assert got.shape == (len(tokens), len(tagger.tags))
        assert np.array_equal(got, _reference_emissions(tagger, tokens, lengths)), text[:30]
    assert tagger.emissions([], []).shape == (0, len(tagger.tags))


# ---- the beam's top labels, a chunk of rows at a time ------------------------------------------------------------

def _reference_top(scores, k):
    """``linear._top_labels`` before branch speed20: k passes of argmax over the whole matrix."""
    work = scores.copy()
    rows = np.arange(len(work))
    out = np.empty((len(work), k), dtype=np.int64)
    for j in range(k):
        best = work.argmax(axis=1)
        out[:, j] = best
        work[rows, best] = -np.inf
    out.sort(axis=1)
    return out


@pytest.mark.parametrize("n", [0, 1, 1023, 1024, 1025, 2 * 1024 + 3])
def test_top_labels_by_chunks_are_those_of_the_whole(n):
    from newslib.linear import _top_labels

    rng = np.random.default_rng(n)
    scores = rng.integers(-3, 3, (n, 49)).astype(np.float32)  # many ties: the lowest columns must win them
    kept = scores.copy()
    got = _top_labels(scores, 4)
    assert got.shape == (n, 4) and np.array_equal(got, _reference_top(scores, 4))
    assert np.array_equal(scores, kept)  # the scores are left as they were


def _reference_beam(em, bounds, A, S, beam):
    """Viterbi sentence by sentence over each token's ``beam`` best labels, in plain Python (no ties: random
    floats)."""
    out = np.zeros(len(em), dtype=np.int64)
    for a, b in bounds:
        cands = [sorted(np.argsort(-em[i], kind="stable")[:beam].tolist()) for i in range(a, b)]
        score = {c: float(S[c]) + float(em[a, c]) for c in cands[0]}
        back = []
        for i, cs in zip(range(a + 1, b), cands[1:]):
            prev = score
            score, ptr = {}, {}
            for c in cs:
                p = max(prev, key=lambda q: prev[q] + float(A[q, c]))
                score[c], ptr[c] = prev[p] + float(A[p, c]) + float(em[i, c]), p
            back.append(ptr)
        c = max(score, key=score.get)
        path = [c]
        for ptr in reversed(back):
            c = ptr[c]
            path.append(c)
        out[a:b] = path[::-1]
    return out


@pytest.mark.parametrize("beam", [2, 4])
def test_beam_viterbi_over_chunks_and_sentences_of_one_token(beam):
    """The beam's candidates' emissions gathered flat: the labels of a plain beam search, over a batch longer
    than a chunk, with sentences of one token."""
    from newslib.linear import viterbi

    rng = np.random.default_rng(20)
    K = 9
    lengths = [1, 5, 1, 900, 1, 300, 2]
    ends = np.cumsum(lengths)
    bounds = list(zip((ends - np.asarray(lengths)).tolist(), ends.tolist()))
    em = rng.standard_normal((int(ends[-1]), K)).astype(np.float64)
    A = rng.standard_normal((K, K))
    S = rng.standard_normal(K)
    assert np.array_equal(viterbi(em, bounds, A, S, beam=beam), _reference_beam(em, bounds, A, S, beam))


@pytest.mark.parametrize("B", [1, 3, 4, 5, 8, 9, 49])
def test_row_max_is_the_maximum_along_the_last_axis(B):
    """Viterbi's step maximum over the previous labels (scores laid out next x previous), ties included."""
    from newslib.linear import _row_max

    rng = np.random.default_rng(B)
    sc = rng.integers(-4, 4, (37, B, B)).astype(np.float32) + rng.standard_normal((37, B, 1)).astype(np.float32)
    best = sc.argmax(axis=2)
    got = _row_max(sc, best)
    assert got.shape == (37, B) and np.array_equal(got, sc.max(axis=2))
    assert np.array_equal(np.take_along_axis(sc, best[:, :, None], axis=2)[:, :, 0], got)


def test_exact_viterbi_matches_a_plain_search():
    """Without a beam (the attribution model's four labels), the transposed step gives a plain search's path."""
    from newslib.linear import viterbi

    rng = np.random.default_rng(4)
    K = 4
    lengths = [3, 1, 40, 7, 1]
    ends = np.cumsum(lengths)
    bounds = list(zip((ends - np.asarray(lengths)).tolist(), ends.tolist()))
    em = rng.standard_normal((int(ends[-1]), K))
    A = rng.standard_normal((K, K))
    S = rng.standard_normal(K)
    assert np.array_equal(viterbi(em, bounds, A, S), _reference_beam(em, bounds, A, S, K))
