"""Cue recall from the attribution model (issue 11, branch cue20): a decoding bias towards CUE / SOURCE stored in
the model file (``meta["decode_bias"]``) and the two cost options of the trainer, a spurious cue weighed apart
from a missed one (``spurious_weight``) and cost-augmented decoding in training (``cue_margin``). Made-up
sentences only."""
from __future__ import annotations

import numpy as np
import pytest

from attribution_cases import reckoned_articles
from newslib.errors import DataError
from newslib.tagging.attribution_model import CUE, LABELS, SOURCE, AttributionModel, default_model
from newslib.tokenize import tokenize_text
from newslib.training.attribution import _cue_margin, _prepare, build_vocab, fit


def _with_bias(bias):
    shipped = default_model()
    obj = shipped.to_json()
    obj["meta"] = {**obj["meta"], "decode_bias": bias}
    return shipped, AttributionModel.from_json(obj)


def test_decode_bias_is_added_to_the_cue_and_source_scores():
    shipped, biased = _with_bias({"CUE": 7.5, "SOURCE": 1.0})
    text = "The mayor said on Monday that the bridge would reopen."
    ids, _ = shipped.features(text, tokenize_text(text))
    diff = biased.scores(ids) - shipped.scores(ids)
    assert np.allclose(diff[:, CUE], 7.5) and np.allclose(diff[:, SOURCE], 1.0)
    assert np.allclose(diff[:, [LABELS.index("O"), LABELS.index("CONTENT")]], 0.0)


def test_a_large_cue_bias_labels_more_cues_and_none_keeps_the_labels():
    text = "Villagers worried the dam would burst, and engineers doubted the repairs would hold."
    sents = tokenize_text(text)
    shipped, same = _with_bias({})
    _, biased = _with_bias({"CUE": 1000.0})
    base = shipped.predict(text, sents)[0]
    assert same.decode_bias is None and (same.predict(text, sents)[0] == base).all()
    assert (biased.predict(text, sents)[0] == CUE).sum() > (base == CUE).sum()


def test_decode_bias_names_only_labels():
    obj = default_model().to_json()
    obj["meta"] = {**obj["meta"], "decode_bias": {"QUOTE": 2.0}}
    with pytest.raises(DataError, match="QUOTE"):
        AttributionModel.from_json(obj)


def test_cue_margin_charges_the_other_labels_of_gold_cue_tokens():
    em = np.zeros((3, len(LABELS)))
    gold = np.array([0, CUE, 3])
    out = _cue_margin(em, gold, 4.0)
    assert out[1].tolist() == [4.0, 0.0, 4.0, 4.0]  # CUE must win by 4 on the gold cue token
    assert not out[[0, 2]].any() and not em.any()  # other tokens as they were; the input untouched
    assert _cue_margin(em, gold, 0.0) is em


def _toy_docs():
    docs = _prepare(reckoned_articles() * 2)
    return docs, build_vocab(docs, min_word=1, min_bigram=1)


def test_cost_options_change_training_and_their_defaults_do_not():
    docs, vocab = _toy_docs()
    plain = fit(docs, vocab, epochs=3, cue_weight=5.0)
    same = fit(docs, vocab, epochs=3, cue_weight=5.0, spurious_weight=5.0, cue_margin=0.0)
    assert np.array_equal(plain.W, same.W) and np.array_equal(plain.A, same.A)
    assert not np.array_equal(fit(docs, vocab, epochs=3, cue_weight=5.0, spurious_weight=1.0).W, plain.W)
    assert not np.array_equal(fit(docs, vocab, epochs=3, cue_weight=5.0, cue_margin=500.0).W, plain.W)


def _clause_vg(text):
    """Each verb-group token's (noun phrase right before, its opener, cue prior) of ``clause_vg``."""
    from newslib.training.attribution import SYNTAX_TEMPLATES

    model = AttributionModel(default_model().vocab, meta={"templates": list(SYNTAX_TEMPLATES["clause"])})
    sents = tokenize_text(text)
    ids, _ = model.features(text, sents)
    j = model.templates.index("clause_vg")
    out = {}
    for tok, v in zip([t.text for s in sents for t in s.tokens], ids[:, j] - model.offsets["clause_vg"]):
        if v:
            v = (v - 1) // 4
            out[tok] = (v // 6 // 5, v // 6 % 5, v % 6)
    return out


def test_clause_vg_sees_a_verb_with_its_own_subject_inside_a_content():
    cols = _clause_vg("Smith said the plan had failed, and the mayor warned that the council would resign.")
    assert cols["said"][:2] == (1, 4)  # "Smith" opens the sentence
    assert cols["failed"][:2] == (1, 0)  # "the plan" after "said": another word
    assert cols["warned"][:2] == (1, 3)  # "the mayor" after "and"
    assert cols["would"][:2] == (1, 1)  # "the council" after "that"
    assert "plan" not in cols and "mayor" not in cols  # noun phrases are no verb groups
    assert _clause_vg("Warned of the storm, residents left.")["Warned"][0] == 0  # no noun phrase before
