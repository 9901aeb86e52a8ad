"""The second-stage cue decision (newslib.tagging.cue_decision, issue 11): its parse features, its add and veto
decisions inside find_attributions, the shipped model file and `newslib train cues` on a small slice."""
from __future__ import annotations

import json

import numpy as np
import pytest

from newslib.syntax.parser import Parse
from newslib.tagging import cue_decision as cd
from newslib.tagging.attribution_model import CONTENT, CUE, O, SOURCE, lemma
from newslib.tagging.attributions import find_attributions
from newslib.tokenize import tokenize_text

#: train cue rates (times a cue, times seen) by the attribution model's crude lemma ("close" -> "clos")
RATES = {lemma("said"): (90, 100), lemma("close"): (0, 50), lemma("deny"): (30, 100)}


def _feats(words, tags, heads, labels, i):
    return cd.token_features(i, words, tags, Parse(tuple(heads), tuple(labels)), cd._in_quote(words, tags), RATES)


def test_features_read_a_that_clause_and_a_person_subject():
    words = ["He", "said", "that", "the", "plant", "would", "close", "."]
    tags = ["PRP", "VBD", "IN", "DT", "NN", "MD", "VB", "."]
    heads = [1, -1, 6, 4, 6, 6, 1, 1]
    labels = ["nsubj", "root", "mark", "det", "nsubj", "aux", "ccomp", "punct"]
    f = _feats(words, tags, heads, labels, 1)
    assert {"ccomp_that", "subj=pron_person", "ccomp=y", "rate=>=.7", "rel=root", "lem=say"} <= set(f)
    assert "negated" not in f and "modal" not in f and "in_relcl" not in f
    # the clause's own verb: a noun subject, under a modal, inside the complement, a lemma never a cue
    g = _feats(words, tags, heads, labels, 6)
    assert {"subj=noun", "modal", "rel=ccomp", "rate=0"} <= set(g)


def test_features_read_negation_whether_relative_clause_and_quotation():
    words = ["Officials", "who", "did", "not", "deny", "whether", "it", "closed", "spoke", "."]
    tags = ["NNS", "WP", "VBD", "RB", "VB", "IN", "PRP", "VBD", "VBD", "."]
    heads = [8, 4, 4, 4, 0, 7, 7, 4, -1, 8]
    labels = ["nsubj", "nsubj", "aux", "advmod", "acl:relcl", "mark", "nsubj", "ccomp", "root", "punct"]
    f = _feats(words, tags, heads, labels, 4)
    assert {"negated", "ccomp_whether", "in_relcl", "subj=pron_person"} <= set(f)
    assert "ccomp_that" not in f
    q = ["“", "We", "will", "win", ",", "”", "she", "said", "."]
    qt = ["``", "PRP", "MD", "VB", ",", "''", "PRP", "VBD", "."]
    qh = [3, 3, 3, 7, 3, 3, 7, -1, 7]
    ql = ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "nsubj", "root", "punct"]
    assert "in_quote" in _feats(q, qt, qh, ql, 3)
    said = _feats(q, qt, qh, ql, 7)
    assert "quote_before" in said and "in_quote" not in said


def test_a_straight_quote_opens_or_closes_as_its_tag_says():
    """A sentence that opens inside a quotation: its closing straight quote (tagged '') ends it, the cue after it
    is outside (counting the marks alone would put it inside)."""
    words = ["It", "is", "new", ",", '"', "he", "stated", "."]
    tags = ["PRP", "VBZ", "JJ", ",", "''", "PRP", "VBD", "."]
    assert cd._in_quote(words, tags) == [False] * 8
    opened = ['"', "We", "won", ",", '"', "he", "said", "."]
    otags = ["``", "PRP", "VBD", ",", "''", "PRP", "VBD", "."]
    assert cd._in_quote(opened, otags) == [False, True, True, True, False, False, False, False]


def test_candidates_leave_out_auxiliaries_and_lemmas_never_cues():
    assert cd.is_candidate("said", "VBD", RATES)
    assert cd.is_candidate("according", "VBG", RATES)
    assert not cd.is_candidate("was", "VBD", RATES)
    assert not cd.is_candidate("closed", "VBD", RATES)  # seen 50 times on train, never a cue
    assert cd.is_candidate("mused", "VBD", RATES)  # unknown lemma
    assert not cd.is_candidate("plant", "JJ", RATES)


def test_rate_bins():
    assert cd.rate_bin(0, 2) == "unk"
    assert cd.rate_bin(0, 10) == "0"
    assert cd.rate_bin(1, 100) == "<.02"
    assert cd.rate_bin(21, 100) == "<.35"
    assert cd.rate_bin(9, 10) == ">=.7"


def _decision(weights, add=0.5, veto=0.5, mode="off"):
    return cd.CueDecision(dict(weights), dict(cd.default_decision().rates), add, veto, mode=mode)


def test_add_mode_labels_a_cue_with_its_subject_and_clause():
    """A decision that trusts every verb with a "that" clause adds "reckons" (a rare verb, labelled O by
    nothing here: the labels start all O), its subject as source and its clause as content."""
    text = "The mayor reckons that the bridge will reopen in May."
    sents = tokenize_text(text)
    n = len(sents[0].tokens)
    labels = np.full(n, O)
    d = _decision({"bias": -6.0, "ccomp_that": 12.0}, add=0.5)
    out = cd.revise_labels(sents, labels, [(0, n)], decision=d, mode="add")
    words = [t.text for t in sents[0].tokens]
    got = {w: int(lab) for w, lab in zip(words, out)}
    assert got["reckons"] == CUE and got["mayor"] == SOURCE and got["bridge"] == CONTENT and got["that"] == O
    assert (labels == O).all()  # the input is left as it was
    # the clause's own verb has no "that" clause of its own: not added
    assert got["reopen"] == CONTENT
    assert cd.revise_labels(sents, labels, [(0, n)], decision=d, mode="veto") is labels


def test_veto_mode_drops_a_cue_inside_find_attributions():
    text = "The senator said that the vote would be delayed."
    sents = tokenize_text(text)
    with cd.using(mode="off"):
        base = find_attributions(text, sents)
    assert [a.cue.text for a in base] == ["said"]
    # "said" is a sure lemma (a cue in over 70% of its train uses): never vetoed, never parsed
    with cd.using(_decision({"bias": -20.0}, veto=0.5), "veto"):
        assert [a.cue.text for a in find_attributions(text, sents)] == ["said"]
    text2 = "The senator hinted that the vote would be delayed."
    sents2 = tokenize_text(text2)
    with cd.using(mode="off"):
        assert [a.cue.text for a in find_attributions(text2, sents2)] == ["hinted"]
    with cd.using(_decision({"bias": -20.0}, veto=0.5), "veto"):
        assert find_attributions(text2, sents2) == []
    with cd.using(_decision({"bias": 20.0}, veto=0.5), "veto"):
        assert [a.cue.text for a in find_attributions(text2, sents2)] == ["hinted"]


def test_cues_in_quotations_and_sure_lemmas_are_not_judged():
    """No probability (so no veto, no parse) for a cue inside a direct quotation (the nested-speech passes' own
    reading of unseen news) nor for a cue on a lemma that is nearly always one ("said"); a free one is judged."""
    text = "“They hinted that the vote would be delayed,” she said, and he hinted that it would not."
    sents = tokenize_text(text)
    d = _decision({"bias": -20.0})
    cues = [(0, (text.index(w), text.index(w) + len(w))) for w in ("hinted", "said")]
    second = text.index("hinted", text.index("he hinted"))
    cues.append((0, (second, second + len("hinted"))))
    got = cd.cue_probabilities(sents, cues, None, d)
    assert got[0] is None and got[1] is None and got[2] == pytest.approx(1 / (1 + np.exp(20.0)))


def test_a_cue_lexicon_phrase_is_not_vetoed():
    """"points out" is a phrase of the cue lexicon (the parse reads "points" as a noun here): the lexicon decides,
    the veto does not judge it; a free verb in the same place is vetoed."""
    never = _decision({"bias": -20.0}, veto=0.5)
    text = "Researcher Lina Sorby points out that octopuses keep most neurons in their arms."
    sents = tokenize_text(text)
    with cd.using(never, "veto"):
        assert [a.cue.text for a in find_attributions(text, sents)] == ["points out"]
    text2 = "Researcher Lina Sorby hinted that octopuses keep most neurons in their arms."
    sents2 = tokenize_text(text2)
    with cd.using(mode="off"):
        assert [a.cue.text for a in find_attributions(text2, sents2)] == ["hinted"]
    with cd.using(never, "veto"):
        assert find_attributions(text2, sents2) == []


def test_decision_file_round_trip(tmp_path):
    d = cd.CueDecision({"bias": -1.5, "ccomp_that": 2.0}, {"say": (9, 10)}, 0.6, 0.1, {"data": "x"}, mode="veto")
    path = d.save(tmp_path / "cues.json")
    back = cd.CueDecision.from_json(json.loads(path.read_text(encoding="utf-8")))
    assert (back.weights, back.rates, back.add, back.veto, back.mode) == (d.weights, d.rates, 0.6, 0.1, "veto")
    assert back.probability(["bias", "ccomp_that"]) == pytest.approx(1 / (1 + np.exp(-0.5)))
    bad = dict(d.to_json(), format="other")
    with pytest.raises(Exception, match="cues.json"):
        cd.CueDecision.from_json(bad)
    with pytest.raises(Exception, match="mode"):
        cd.CueDecision({}, {}, 0.5, 0.5, mode="sometimes")


def test_shipped_decision_is_small_and_says_what_it_was_trained_on():
    path = cd.model_path()
    assert path.stat().st_size < 2_000_000
    d = cd.default_decision()
    assert d.meta["articles"] == 840 and "PolNeAR" in d.meta["data"] and "train" in d.meta["data"]
    assert d.mode in cd.MODES and 0.0 <= d.veto <= 1.0 and 0.0 <= d.add <= 1.0


def test_train_cues_on_a_slice_is_deterministic(polnear_dir, tmp_path):
    from newslib.evaluation.polnear import score_article
    from newslib.training import cues

    a = cues.train(str(polnear_dir), str(tmp_path / "a.json"), log=lambda m: None, limit=10, epochs=1,
                   score=score_article)
    b = cues.train(str(polnear_dir), str(tmp_path / "b.json"), log=lambda m: None, limit=10, epochs=1,
                   score=score_article)
    assert a.read_bytes() == b.read_bytes()
    d = cd.CueDecision.from_json(json.loads(a.read_text(encoding="utf-8")))
    assert d.meta["articles"] == 10 and d.weights["bias"] < 0
    assert set(d.meta["veto_scores"]) == {f"{t:.2f}" for t in cues.VETO_GRID}
    assert set(d.meta["veto_fold_gains"]) == set(d.meta["veto_scores"])
    assert all(len(g) == cues.FOLDS for g in d.meta["veto_fold_gains"].values())
    choice = d.meta["veto_choice"]
    assert d.veto in cues.VETO_GRID and choice["best"] in cues.VETO_GRID
    assert (d.mode, d.veto) == ((cues.MODE, choice["best"]) if choice["gain"] > choice["margin"] else ("off", 0.0))
    with pytest.raises(Exception, match="scorer"):
        cues.train(str(polnear_dir), str(tmp_path / "c.json"), limit=10)


def test_the_benchmark_measures_each_use_against_off(polnear_dir):
    import benchmark_scripts

    script = benchmark_scripts.load("cue_decision")
    rows = script.measure("dev", adds=(0.0,), vetoes=(1.01,), limit=2, data=str(polnear_dir))
    assert [r["setting"] for r in rows] == ["off", "add 0.00", "veto 1.01"]
    off, add, veto = rows
    assert veto["cue R"] < off["cue R"]  # every judged cue vetoed: "said" and colons are left
    assert add["cue P"] < off["cue P"]  # every candidate added
