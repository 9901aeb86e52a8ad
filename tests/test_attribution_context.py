"""The attribution model's context templates (``CONTEXT_TEMPLATES``) and the training options that go with
them: out-of-fold cue rates (``folds``) and averaged shuffles (``seeds``). Made-up sentences only."""
from __future__ import annotations

import numpy as np
import pytest

from attribution_cases import reckoned_articles
from newslib.tagging.attribution_model import CONTEXT_TEMPLATES, N_RIGHT, N_LEFT, N_POS, AttributionModel, default_model
from newslib.tokenize import tokenize_text
from newslib.training.attribution import SYNTAX_TEMPLATES, _prepare, build_vocab, fit, fold_features, lemma_prior


def _model(lemma_rates=()):
    vocab = dict(default_model().vocab)
    vocab["lemma_prior"] = [list(x) for x in lemma_rates]
    return AttributionModel(vocab, meta={"templates": list(SYNTAX_TEMPLATES["context"])})


def _columns(model, text):
    sents = tokenize_text(text)
    ids, _ = model.features(text, sents)
    toks = [t.text for s in sents for t in s.tokens]
    out = {}
    for name in CONTEXT_TEMPLATES:
        j = model.templates.index(name)
        out[name] = dict(zip(toks, (ids[:, j] - model.offsets[name]).tolist()))
    return out


def _ctx(value):
    """(left kind, right kind, complementizer further on) of a ``ctx`` value."""
    comp = value % 2
    rest = value // 2
    return rest // N_RIGHT % N_LEFT, rest % N_RIGHT, comp


def test_ctx_reads_the_kinds_of_words_either_side():
    cols = _columns(_model(), "Officials believe on Monday that the plan will fail, his aide reckoned.")["ctx"]
    assert _ctx(cols["believe"]) == (3, 7, 1)  # a noun before, a preposition after, "that" three words on
    assert _ctx(cols["Officials"])[0] == 0  # the sentence's first word
    assert _ctx(cols["Monday"])[1] == 1  # "that" right after
    assert _ctx(cols["fail"])[1] == 3  # a comma after
    assert _ctx(cols["aide"])[0] == 4  # "his" before
    assert _ctx(cols["reckoned"])[:2] == (3, 8)
    quoted = _columns(_model(), 'She warned "the bridge will close" and left.')["ctx"]
    assert _ctx(quoted["warned"])[:2] == (1, 2)  # a pronoun before, a quotation mark after
    told = _columns(_model(), "The mayor urged residents to leave and spoke of a storm.")["ctx"]
    assert _ctx(told["residents"])[1] == 4 and _ctx(told["spoke"])[1] == 5


def test_ctx_part_of_speech_tells_a_verb_from_a_noun():
    verb = _columns(_model(), "They plan to strike on Friday.")["ctx"]["plan"]
    noun = _columns(_model(), "The plan was dropped on Friday.")["ctx"]["plan"]
    assert verb // (N_LEFT * N_RIGHT * 2) != noun // (N_LEFT * N_RIGHT * 2)
    assert 0 < verb // (N_LEFT * N_RIGHT * 2) < N_POS


def test_lem_rate_shares_a_lemmas_cue_rate_among_its_forms():
    model = _model([("believ", 3), ("reckon", 4)])
    rates = _columns(model, "Officials believe it and the aide believes it, she reckons; a frog hops.")["lem_rate"]
    bucket = {w: v // N_POS for w, v in rates.items()}
    assert bucket["believe"] == bucket["believes"] == 3
    assert bucket["reckons"] == 4
    assert bucket["frog"] == 5  # a lemma train never showed three times


def test_prior_ctx_joins_the_word_and_lemma_rates_with_the_right_kind():
    model = _model([("reckon", 4)])
    v = _columns(model, "Residents reckon that the river will rise.")["prior_ctx"]["reckon"]
    assert v % 2 == 0 and v // 2 % N_RIGHT == 1  # "that" right after
    assert v // 2 // N_RIGHT % 6 == 4  # the lemma's rate
    assert v // 2 // N_RIGHT // 6 == model.cue_prior.get("reckon", 0 if "reckon" in model.words else 5)


def _toy_articles():
    return reckoned_articles()


def test_lemma_prior_counts_cue_tokens_by_lemma():
    docs = _prepare(_toy_articles())
    rates = lemma_prior(docs)
    assert rates["reckon"] == 4  # a cue each of the 3 times
    assert rates["the"] == 0
    assert "minister" not in rates  # seen once


def test_fold_features_read_the_rates_of_the_other_folds_only():
    docs = _prepare(_toy_articles() * 2)  # 8 documents, document i in fold i % 3
    vocab = build_vocab(docs, min_word=1, min_bigram=1)
    model = AttributionModel(vocab, meta={"templates": list(SYNTAX_TEMPLATES["context"])})
    j = model.templates.index("lem_rate")
    feats = fold_features(model, docs, 3)
    assert model.lemma_prior == dict(map(tuple, vocab["lemma_prior"]))  # the model's own rates put back

    def bucket(ids, doc, word):
        toks = [t.text for s in docs[doc][1] for t in s.tokens]
        return (ids[toks.index(word), j] - model.offsets["lem_rate"]) // N_POS

    # the port text (documents 2 and 6, "reopens" and "reopened" in each): 4 uses, never a cue, over the
    # corpus; document 2's fold leaves 2 uses in the others, too few for a rate
    assert bucket(model.features(*docs[2][:2])[0], 2, "reopened") == 0
    assert bucket(feats[2][0], 2, "reopened") == 5
    # "reckoned" is a cue in documents 1, 4, 5 and 7 of the other folds of document 0
    assert bucket(feats[0][0], 0, "reckoned") == 4


def test_seeds_average_the_runs_of_each_shuffle():
    docs = _prepare(_toy_articles() * 2)
    vocab = build_vocab(docs, min_word=1, min_bigram=1)
    one = fit(docs, vocab, epochs=2, seed=13)
    two = fit(docs, vocab, epochs=2, seed=14)
    both = fit(docs, vocab, epochs=2, seed=13, seeds=2)
    assert np.allclose(both.W, (one.W + two.W) / 2) and np.allclose(both.A, (one.A + two.A) / 2)
    assert not np.allclose(one.W, two.W)


def test_a_model_without_the_lemma_rate_templates_stores_no_lemma_rates():
    docs = _prepare(_toy_articles())
    vocab = build_vocab(docs, min_word=1, min_bigram=1)
    assert "lemma_prior" in vocab
    plain = fit(docs, vocab, epochs=1, templates=SYNTAX_TEMPLATES["chunks"])
    assert "lemma_prior" not in plain.to_json()["vocab"]
    rates = fit(docs, vocab, epochs=1, templates=SYNTAX_TEMPLATES["context"])
    assert rates.to_json()["vocab"]["lemma_prior"]
