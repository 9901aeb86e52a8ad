"""FNC-1 evaluation: the customary dev split and the shipped model's score on it (skips without the data)."""
from __future__ import annotations

import numpy as np
import pytest

from newslib.errors import DataError
from newslib.datasets.fnc1 import load_split
from newslib.evaluation.fnc1 import evaluate, score_predictions


def test_score_predictions_report():
    gold = ["agree", "unrelated", "discuss", "disagree", "unrelated"]
    pred = ["agree", "unrelated", "agree", "unrelated", "discuss"]
    r = score_predictions(gold, pred)
    # raw: agree 1.0 + unrelated 0.25 + discuss→agree 0.25 + 0 + 0 = 1.5 of 3.5
    assert r.rows["fnc score"]["score"] == pytest.approx(1.5 / 3.5)
    assert r.rows["accuracy"]["accuracy"] == pytest.approx(2 / 5)
    assert r.rows["agree"]["precision"] == pytest.approx(0.5)
    assert r.extra["confusion"]["discuss"]["agree"] == 1
    assert "fnc score" in r.to_text()


def test_missing_data_dir_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="FNC-1 folder not found"):
        evaluate(tmp_path / "nowhere")


def test_shipped_model_reaches_the_dev_target(fnc1_dir):
    report = evaluate(fnc1_dir)
    assert report.rows["fnc score"]["score"] >= 0.82, report.to_text()
    assert report.rows["related/unrelated"]["accuracy"] >= 0.97
    conf = report.extra["confusion"]
    assert sum(sum(row.values()) for row in conf.values()) == 9622
    # the shipped model's figures (README "Measured"), less a small margin
    assert report.rows["fnc score"]["score"] >= 0.875 and report.rows["disagree"]["recall"] >= 0.43
    assert report.rows["disagree"]["f1"] >= 0.41 and report.rows["macro"]["f1"] >= 0.72
    from newslib.stance.calibration import expected_calibration_error

    for name, rows in report.extra["reliability"].items():
        assert sum(r["count"] for r in rows) == 9622
        assert expected_calibration_error(rows) <= 0.03, (name, rows)
    assert "bin" in report.to_text() and "ECE" in report.to_text()


def test_training_is_deterministic_whatever_the_thread_count(fnc1_dir, monkeypatch):
    """Two trainings on the same pairs, one under a 2-thread limit, write the same model: fit runs the trees
    on one OpenMP thread itself, so their sums are added up in one order."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.utils._openmp_helpers import _openmp_effective_n_threads
    from threadpoolctl import threadpool_limits

    from newslib.training.stance import fit

    threads = []
    real_fit = HistGradientBoostingClassifier.fit

    def spy(self, *args, **kwargs):
        threads.append(_openmp_effective_n_threads())
        return real_fit(self, *args, **kwargs)

    monkeypatch.setattr(HistGradientBoostingClassifier, "fit", spy)

    bodies, train, _ = load_split(fnc1_dir)
    disagree = sorted({p.body_id for p in train if p.stance == "disagree"})
    ids = set(disagree[:8]) | set(sorted({p.body_id for p in train})[:22])  # every class, in a few seconds
    pairs = [p for p in train if p.body_id in ids]
    a = fit(bodies, pairs)
    with threadpool_limits(limits=2):
        b = fit(bodies, pairs)
    fa, fb = a.forest.arrays(), b.forest.arrays()
    assert all(np.array_equal(fa[k], fb[k]) for k in fa)
    assert np.array_equal(a.bow.weight, b.bow.weight) and a.temperature == b.temperature
    assert a.vocab.idf == b.vocab.idf
    assert a.meta["evidence_offset"] == b.meta["evidence_offset"]
    assert threads == [1] * 22  # five cross-validation fits for each of two partitions and the final trees, twice


def test_decision_weights_let_a_rare_class_win():
    from newslib.stance import decide

    proba = np.array([[0.30, 0.25, 0.40, 0.05]])
    assert decide(proba)[0] == "discuss"
    assert decide(proba, weights=(1.0, 2.0, 1.0, 1.0))[0] == "disagree"
    assert decide(proba, weights=(1.0, 1.0, 1.0, 1.0))[0] == "discuss"


def _scores(noise_seed: int | None = None):
    """Synthetic held-out scores of 6,000 pairs in 600 bodies (seeded): four classes in FNC-1's shares, the
    disagree class under-scored (its logit 0.9 too low), so that a disagree weight above 1 pays; with
    ``noise_seed``, the logits moved by a little noise (a near-identical retrain)."""
    from newslib.stance.calibration import softmax

    rng = np.random.default_rng(0)
    n = 6000
    y = rng.choice(4, size=n, p=[0.18, 0.06, 0.26, 0.50])
    logits = rng.normal(0, 1.0, size=(n, 4))
    logits[np.arange(n), y] += np.array([1.6, 1.0, 1.8, 3.5])[y]
    logits[:, 1] -= 0.9
    groups = rng.integers(0, 600, size=n)
    if noise_seed is not None:
        logits = logits + np.random.default_rng(noise_seed).normal(0, 0.05, logits.shape)
    return softmax(logits, 1.0), y, groups


def test_decision_weights_are_the_centre_of_the_plateau_and_stable():
    from newslib.training.stance import FNC_SLACK, WEIGHT_GRID, _grid_stats, _macro_fnc, choose_weights

    proba, y, groups = _scores()
    w = choose_weights(proba, y, groups)
    assert w == choose_weights(proba, y, groups)  # deterministic
    assert (w["agree"], w["disagree"]) in WEIGHT_GRID and w["discuss"] == w["unrelated"] == 1.0
    assert w["disagree"] > 1.0  # the under-scored class is weighted up
    _, gid = np.unique(groups, return_inverse=True)
    grid = [(1.0, 1.0), (w["agree"], w["disagree"])]
    macro, fnc = _macro_fnc(_grid_stats(proba, y, gid, gid.max() + 1, grid).sum(axis=0))
    assert fnc[1] >= fnc[0] - FNC_SLACK and macro[1] > macro[0]
    # near-identical scores choose weights within one grid step of 0.05 either side: the plateau's centre
    # (the single best point moves 1.2 -> 1.4 over the same four)
    chosen = [choose_weights(*_scores(k))["disagree"] for k in (100, 101, 102, 103)]
    assert max(chosen) - min(chosen) <= 0.1 + 1e-9, chosen


def test_synthetic_contradictions_from_agree_pairs():
    from newslib.datasets.fnc1 import Pair
    from newslib.training.stance import _opposite, augment

    assert _opposite("raised") in ("lowered", "reduced", "slashed", "trimmed", "decreased", "dropped", "dipped",
                                   "plunged", "slumped", "tumbled", "maintained", "held", "froze", "frozen")
    assert _opposite("beat") == "lost"
    bodies = {1: "Police arrested the suspect on Monday.", 2: "The firm made $72 million last year."}
    pairs = [Pair("Police arrest suspect", 1, "agree"), Pair("Firm makes $72 million", 2, "agree"),
             Pair("Police arrest suspect", 1, "discuss"), Pair("Firm makes 10 million", 2, "agree")]
    out = augment(pairs, bodies)
    assert [(q.headline, q.body_id, q.stance, i) for q, i in out] == [
        ("Police escape suspect", 1, "disagree", 0), ("Firm makes $223 million", 2, "disagree", 1)]
    # an outcome and a figure: one copy of each kind (phrases such as "at large" never replace a word)
    bodies[3] = "Police arrested 5 suspects on Monday."
    out = augment([Pair("Police arrest 5 suspects", 3, "agree")], bodies)
    assert [q.headline for q, _ in out] == ["Police escape 5 suspects", "Police arrest 22 suspects"]


def test_synthetic_contradictions_of_every_kind_from_agree_bodies():
    from newslib.datasets.fnc1 import Pair
    from newslib.training.stance import SYNTHETIC_BODY_IDS, augment_bodies

    bodies = {1: "The transport minister has resigned after weeks of rail chaos. She took responsibility.",
              2: "The carmaker will close its Bristol plant next year, its chief executive told staff.",
              3: "Rates held."}
    pairs = [Pair("Transport minister resigns after rail chaos", 1, "agree"),
             Pair("Carmaker could close its Bristol plant", 2, "agree"),
             Pair("Transport minister resigns after rail chaos", 1, "discuss"),
             Pair("Minister denies resigning", 1, "agree")]
    out, new = augment_bodies(pairs, bodies)
    made = {(i, kind): new[q.body_id] for q, i, kind in out}
    assert all(q.stance == "disagree" and q.headline == pairs[i].headline and q.body_id >= SYNTHETIC_BODY_IDS
               for q, i, _ in out)
    assert made[0, "negation"].startswith("The transport minister has not resigned after weeks")
    assert made[1, "modality"].startswith("The carmaker will not close its Bristol plant")
    assert (1, "negation") not in made  # the modal negated is one modality copy, not a negation copy too
    assert "Officials denied reports that Transport minister resigns after rail chaos." in made[0, "denial"]
    assert "rejected" in made[0, "rejection"] and made[0, "rejection"].endswith("She took responsibility.")
    assert {i for i, _ in made} == {0, 1}  # discuss pairs and headlines that deny are left alone
    assert bodies[1].startswith("The transport minister has resigned")  # the source bodies stay as they were


def test_synthetic_figure_contradictions_change_the_bodys_figure():
    from newslib.datasets.fnc1 import Pair
    from newslib.training.stance import _figure_changed, augment_bodies

    body = "At least 12 people died. The 12 victims were 1,200 km away; 12.5 tons of rubble."
    assert _figure_changed("Quake kills 12 people", body, 0) == (
        "At least 3 people died. The 3 victims were 1,200 km away; 12.5 tons of rubble.")  # a quarter
    assert _figure_changed("Quake kills 12 people", body, 1).startswith("At least 43 people died. The 43")
    assert _figure_changed("Firm to cut 5,000 jobs", "It will cut 5,000 jobs.", 1) == "It will cut 15,007 jobs."
    assert _figure_changed("Quake kills 12 people", "Many people died.", 0) is None
    # every third copy near (x 1.5): a figure that differs less than 2x is a contradiction too
    assert _figure_changed("Quake kills 12 people", body, 2).startswith("At least 18 people died. The 18")
    assert _figure_changed("Jobless rate climbs to 7 percent", "It rose to 7 percent.", 2) == "It rose to 10.5 percent."
    out, new = augment_bodies([Pair("Quake kills 12 people", 1, "agree")], {1: body}, kinds=("number",))
    assert [(q.stance, kind) for q, _, kind in out] == [("disagree", "number")]
    assert new[out[0][0].body_id].startswith("At least 3 people died.")


@pytest.mark.parametrize("proba,expected_contest,expected_reader", [
    ([0.20, 0.05, 0.10, 0.65], "agree", "unrelated"),  # P(related) 0.35: points favour a stance, a reader not
    ([0.30, 0.10, 0.15, 0.45], "agree", "agree"),
    ([0.01, 0.01, 0.02, 0.96], "unrelated", "unrelated"),
])
def test_the_readers_rule_calls_related_only_when_more_likely_than_not(proba, expected_contest, expected_reader):
    from newslib.stance import decide

    assert decide(np.array([proba]))[0] == expected_contest
    assert decide(np.array([proba]), related_at=0.5)[0] == expected_reader


def test_synthetic_rejections_of_a_refuting_headlines_claim():
    from newslib.datasets.fnc1 import Pair
    from newslib.training.stance import SYNTHETIC_BODY_IDS, augment_bodies

    bodies = {1: "The treasury minister said the tax forecasts were wrong. She blamed a spreadsheet error.",
              2: "The treasury minister resigned on Monday. She blamed the party."}
    pairs = [Pair("Minister admits the tax forecasts were wrong", 1, "agree"),
             Pair("Treasury minister resigns", 2, "agree")]
    out, new = augment_bodies(pairs, bodies)
    made = {(i, kind): new[q.body_id] for q, i, kind in out}
    # a refuting headline gets only the rejection of its claim, as kind "polarity", after the first sentence
    assert {k for i, k in made if i == 0} == {"polarity"}
    assert made[0, "polarity"] == ("The treasury minister said the tax forecasts were wrong. The company rejected "
                                   "claims that Minister admits the tax forecasts were wrong. She blamed a "
                                   "spreadsheet error.")
    assert (1, "polarity") not in made and (1, "rejection") in made
    assert all(q.body_id >= SYNTHETIC_BODY_IDS for q, _, _ in out)


def test_fit_offset_weighs_evidence_the_trees_under_score_and_never_below_zero():
    """The evidence offset (a monotone second stage over the trees): a column that fires where disagree is
    under-scored earns a positive weight; one that fires only on agree pairs stays at 0, never negative; noise
    gets next to nothing."""
    from newslib.training.stance import OFFSET_MAX, fit_offset

    rng = np.random.default_rng(3)
    n = 4000
    y = rng.choice(4, size=n, p=[0.2, 0.1, 0.3, 0.4])
    raw = rng.normal(0, 0.5, size=(n, 4))
    raw[np.arange(n), y] += 1.0
    raw[:, 1] -= 1.5  # the trees under-score disagree
    fired = np.where(y == 1, rng.uniform(0.3, 1.0, n), 0.0) * (rng.random(n) < 0.7)
    on_agree = np.where(y == 0, rng.uniform(0.3, 1.0, n), 0.0) * (rng.random(n) < 0.5)
    noise = rng.random(n)
    X = np.c_[fired, on_agree, noise]
    w = fit_offset(raw, X, y, np.ones(n), [0, 1, 2], 1)
    assert 1.0 < w[0] <= OFFSET_MAX
    assert w[1] == 0.0 and (w >= 0).all()
    assert w[2] < 0.5
    # sample weights count: the same rows weighted down where the evidence fires lower its weight
    w_light = fit_offset(raw, X, y, np.where(fired > 0, 0.1, 1.0), [0, 1, 2], 1)
    assert w_light[0] <= w[0]
    assert np.array_equal(w, fit_offset(raw, X, y, np.ones(n), [0, 1, 2], 1))  # deterministic
