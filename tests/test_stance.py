"""Headline–body stance: hand-written pairs, the seed, the CSV contract, the model file, PolNeAR titles."""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslib import read_article
from newslib.article import Article
from newslib.cli import main
from newslib.errors import InputError
from newslib.stance import LABELS, StanceResult, check_headline, check_headlines, decide, predict_csv, stance
from newslib.stance import features as F
from newslib.datasets.fnc1 import split_ids
from newslib.evaluation.fnc1 import fnc_score
from newslib.stance.model import Forest, shipped
from newslib.tokenize import tokenize_text

# (title, body, expected stance); all hand-written for these tests.
CASES = [
    ("City council approves new bike lanes on Main Street",
     "The city council voted 7-2 on Tuesday to approve new protected bike lanes along Main Street. Construction "
     "of the lanes will begin in the spring, officials said. Cyclists welcomed the decision, while some shop "
     "owners worried about parking.", "agree"),
    ("Storm forces closure of schools across the county",
     "Schools across the county were closed on Monday after a powerful storm knocked out power to thousands of "
     "homes. The county school board said classes would resume once the roads were cleared.", "agree"),
    ("Scientists find water on Mars",
     "Scientists have found water on Mars, NASA confirmed on Monday. The agency said its rover detected liquid "
     "water beneath the surface of the planet. The discovery was published in the journal Science.", "agree"),
    ("Tech giant Zentro to buy streaming service Flick for $2 billion",
     "Tech giant Zentro is reportedly in talks to buy the streaming service Flick, according to people familiar "
     "with the matter. The deal could be worth about $2 billion, the sources said, though no agreement has been "
     "reached and talks may still collapse. Zentro declined to comment.", "discuss"),
    ("Pop star Lena Marsh dies in car crash",
     "Reports that pop star Lena Marsh died in a car crash are false, her publicist said on Friday. The hoax "
     "began on a fake news website and spread quickly on social media. Marsh is alive and well and posted a "
     "video from her studio, laughing at the rumor.", "disagree"),
    ("Mayor Dana Whitfield resigns over budget scandal",
     "Mayor Dana Whitfield has not resigned, her office said on Thursday, calling reports of her resignation "
     "false. Whitfield denied any wrongdoing in the budget dispute and said she would serve out her term. A "
     "spokesman dismissed the rumor as a hoax started by a parody account.", "disagree"),
    ("Shark spotted in city river",
     "Claims that a shark was spotted in the city river are a hoax, wildlife officials said. The viral photo was "
     "doctored, and no shark has been seen in the river, they said.", "disagree"),
    ("Local bakery wins national bread award",
     "The volcano erupted early on Sunday, sending ash several kilometres into the sky. Flights were diverted "
     "and nearby villages were evacuated as lava flowed down the eastern slope.", "unrelated"),
    ("Man bitten by shark while surfing in Florida",
     "The stock market fell sharply on Wednesday as investors worried about rising interest rates. Technology "
     "shares led the decline.", "unrelated"),
]


#: Cases the shipped model gets wrong, with why; strict: a fix shows as an unexpected pass.
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("title,body,expected", CASES, ids=[c[0][:30] for c in CASES])
def test_hand_written_pairs(title, body, expected, request):
    if title in KNOWN_MISSES:
        request.applymarker(pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[title]))
    r = stance(title, body)
    assert r.stance == expected, r.probabilities
    assert r.related == (expected != "unrelated")
    assert 0.0 <= r.score <= 1.0
    assert abs(r.score - (1 - r.probabilities["unrelated"])) < 1e-9
    assert abs(sum(r.probabilities.values()) - 1.0) < 1e-6
    if r.related:
        assert r.score > 0.5 and r.evidence
    else:
        assert r.score < 0.5
    for e in r.evidence:
        assert body[e.start:e.end] == e.text and e.text.strip() == e.text and e.text


def test_disagree_evidence_holds_the_denial():
    title, body, _ = CASES[5]
    r = stance(title, body)
    first = r.evidence[0].text
    assert "not" in first or "denied" in first or "false" in first


def _article(title: str, body: str) -> tuple[Article, list]:
    art = Article.from_text(f"{title}\n{body}\n")
    return art, tokenize_text(art.text, title=art.title)


@pytest.mark.parametrize("title,body,expected", CASES[:1] + CASES[5:6] + CASES[-1:],
                         ids=["agree", "disagree", "unrelated"])
def test_check_headline_on_articles(title, body, expected):
    art, sents = _article(title, body)
    h = check_headline(art, sents)
    assert h.stance == expected and h.related == (expected != "unrelated")
    assert 0.0 <= h.score <= 1.0
    assert isinstance(h, StanceResult) and abs(h.score - (1 - h.probabilities["unrelated"])) < 1e-9
    for e in h.evidence:
        assert art.text[e.start:e.end] == e.text
        assert e.start >= art.title.end  # body sentences only


def test_check_headline_needs_title_and_body():
    art = Article.from_text("Only a title line\n")
    assert check_headline(art, tokenize_text(art.text, title=art.title)) is None
    art = Article.from_text("No title here. Just a body.", titled=False)
    assert check_headline(art, tokenize_text(art.text)) is None


def test_check_headlines_gives_each_articles_own_check():
    # a batch (tag_many) walks the forest once for all its articles: the results must be those of one by one,
    # probabilities to the last bit; articles without title or body keep their None in place
    docs = [_article(title, body) for title, body, _ in CASES]
    only_title = Article.from_text("Only a title line\n")
    untitled = Article.from_text("No title here. Just a body.", titled=False)
    docs[2:2] = [(only_title, tokenize_text(only_title.text, title=only_title.title)),
                 (untitled, tokenize_text(untitled.text))]
    assert check_headlines(docs) == [check_headline(art, sents) for art, sents in docs]
    assert check_headlines([]) == []


def test_check_headlines_tags_the_contest_subjects_of_a_batch_at_once(monkeypatch):
    # the units whose contradiction scan reads a contest's subject (the headline's and the body sentences' that
    # cover it) are tagged in one call of the tagger for the whole batch, none alone; the results are those of
    # tagging each alone
    from newslib.stance import contradiction as C

    docs = [_article("Veteran boxer wins title fight",
                     "Veteran boxer Sam Okoro lost his title fight on Saturday night. The crowd left early."),
            _article("Rovers beat City in cup final",
                     "City won the cup final after extra time. Rovers fans were left in tears at the ground."),
            _article("Council approves new bike lanes", "The council voted to approve the lanes on Tuesday.")]
    expected = check_headlines(docs)  # read before the patch: tagged as the batch tags them
    alone = [check_headlines([d])[0] for d in docs]
    batches = []
    real = C.pos_batch
    monkeypatch.setattr(C, "pos_batch", lambda texts: batches.append([" ".join(t) for t in texts]) or real(texts))

    def tagged_alone(raw):
        raise AssertionError(f"tagged alone: {raw}")

    monkeypatch.setattr(C, "_pos", tagged_alone)
    assert check_headlines(docs) == expected == alone
    assert batches == [["Veteran boxer wins title fight",
                        "Veteran boxer Sam Okoro lost his title fight on Saturday night",
                        "Rovers beat City in cup final", "City won the cup final after extra time"]]


def test_bigrams_found_counts_the_headline_bigrams_of_the_body():
    # counted without making the body's bigram set: the count must be the set intersection's
    m = shipped()
    head = F.unit("Council approves new bike lanes after bike lanes vote")
    b = F.body(["The council approves new bike lanes.", "Lanes vote next week, bike shops say.",
                "No new lanes."], m.vocab)
    assert F.bigrams_found(head.bigrams, b) == len(head.bigrams & b.bigrams) > 0
    assert F.bigrams_found(head.bigrams, F.body([], m.vocab)) == 0
    for title, body, _ in CASES:
        h, bb = F.unit(title), F.body([body], m.vocab)
        assert F.bigrams_found(h.bigrams, bb) == len(h.bigrams & bb.bigrams)


def test_proba_each_is_proba_of_each_row_bit_for_bit():
    m = shipped()
    rng = np.random.default_rng(1)
    pairs = [(F.unit(title), F.body([body], m.vocab)) for title, body, _ in CASES]
    rows = [F.features(h, b, m.vocab) for h, b in pairs]
    X = np.array([x for x, _ in rows])
    X = np.vstack([X, X + rng.normal(scale=0.3, size=X.shape)])  # more rows, other paths through the trees
    bows = [F.bow(b, top) for (_, b), (_, top) in zip(pairs, rows)] * 2
    each = m.proba_each(X, bows)
    assert len(each) == len(X)
    for i, p in enumerate(each):
        assert np.array_equal(p, m.proba(X[i:i + 1], bows[i:i + 1])[0])
    Z = m.inputs(X, bows)
    assert np.array_equal(m.forest.leaves(Z[3]), m.forest.leaves(Z)[3:4])


def test_seed_headline_is_unrelated(seed_path):
    # The seed's title is about Israel and Gaza; its body is about security guarantees for Ukraine.
    art = read_article(seed_path)
    h = check_headline(art, tokenize_text(art.text, title=art.title))
    assert h is not None and not h.related and h.stance == "unrelated"
    assert h.score < 0.5


def test_tag_pipeline_carries_the_headline_check(seed_path):
    from newslib.tagging import tag

    t = tag(seed_path)
    assert t.headline is not None and t.headline.stance == "unrelated"
    assert t.to_dict()["headline"]["related"] is False


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=0, max_size=80), st.text(min_size=0, max_size=400))
def test_stance_never_fails_and_offsets_hold(title, body):
    r = stance(title, body)
    assert r.stance in LABELS and 0.0 <= r.score <= 1.0
    for e in r.evidence:
        assert 0 <= e.start < e.end <= len(body) and body[e.start:e.end] == e.text


# ---- decision rule, split and score -------------------------------------------------------------------------
@pytest.mark.parametrize("proba,expected", [
    ([0.10, 0.05, 0.15, 0.70], "discuss"),   # 0.25*0.30 + 0.75*0.15 = 0.1875 > 0.25*0.70 = 0.175
    ([0.02, 0.02, 0.06, 0.90], "unrelated"),
    ([0.40, 0.10, 0.45, 0.05], "discuss"),
    ([0.20, 0.50, 0.25, 0.05], "disagree"),
])
def test_decision_maximizes_expected_fnc_score(proba, expected):
    assert decide(np.array([proba]))[0] == expected


def test_fnc_score_weights():
    gold = ["agree", "unrelated", "discuss", "disagree"]
    assert fnc_score(gold, gold) == (3 * 1.0 + 0.25, 3.25)
    assert fnc_score(gold, ["discuss", "unrelated", "unrelated", "agree"]) == (0.25 + 0.25 + 0.25, 3.25)


def test_split_is_the_baselines_shuffle():
    ids = list(range(100))
    train, dev = split_ids(ids)
    assert len(train) == 80 and len(dev) == 20 and not set(train) & set(dev)
    assert (train, dev) == split_ids(ids)  # seeded
    assert train != ids[:80]  # shuffled, not cut


# ---- the shipped model ---------------------------------------------------------------------------------------
def test_shipped_model_is_small_and_consistent():
    root = Path(__file__).resolve().parent.parent / "newslib" / "models"
    size = (root / "stance.json").stat().st_size + (root / "stance.npz").stat().st_size
    assert size < 2_000_000
    m = shipped()
    assert m.labels == LABELS
    assert len(m.feature_names) == len(F.FEATURE_NAMES) + 3
    assert int(m.forest.feature.max()) < len(m.feature_names)
    assert m.bow.weight.shape == (3, F.HASH_DIM)


def _with_offset(m, weights):
    from dataclasses import replace

    return replace(m, meta={**m.meta, "evidence_offset": {"label": "disagree", "weights": weights}})


def test_evidence_offset_adds_fired_evidence_to_disagree_only():
    m = shipped()
    base = _with_offset(m, {})
    off = _with_offset(m, {"contra_number_far": 2.0, "contra_denial": 1.5})
    rng = np.random.default_rng(5)
    pairs = [(F.unit(title), F.body([body], m.vocab)) for title, body, _ in CASES]
    rows = [F.features(h, b, m.vocab) for h, b in pairs]
    X = np.array([x for x, _ in rows])
    bows = [F.bow(b, top) for (_, b), (_, top) in zip(pairs, rows)]
    Z = m.inputs(X, bows)
    far, den = m.feature_names.index("contra_number_far"), m.feature_names.index("contra_denial")
    Z[:, far], Z[:, den] = rng.uniform(0, 1, len(Z)), rng.uniform(0, 1, len(Z))
    diff = off.raw(Z) - m.forest.raw(Z)
    assert np.allclose(diff[:, 1], 2.0 * Z[:, far] + 1.5 * Z[:, den])
    assert np.array_equal(diff[:, [0, 2, 3]], np.zeros((len(Z), 3)))
    assert np.array_equal(base.raw(Z), m.forest.raw(Z))
    # monotone: fired evidence never lowers P(disagree)
    from newslib.stance.calibration import softmax

    assert (softmax(off.raw(Z), m.temperature)[:, 1] >= softmax(base.raw(Z), m.temperature)[:, 1]).all()


def test_proba_each_is_proba_bit_for_bit_with_an_evidence_offset():
    m = _with_offset(shipped(), {"contra_number": 1.25, "contra_outcome": 0.5, "contra_denial": 3.0})
    pairs = [(F.unit(title), F.body([body], m.vocab)) for title, body, _ in CASES]
    rows = [F.features(h, b, m.vocab) for h, b in pairs]
    X = np.array([x for x, _ in rows])
    bows = [F.bow(b, top) for (_, b), (_, top) in zip(pairs, rows)]
    for i, p in enumerate(m.proba_each(X, bows)):
        assert np.array_equal(p, m.proba(X[i:i + 1], bows[i:i + 1])[0])


def test_an_unreadable_evidence_offset_names_the_file():
    from newslib.errors import DataError

    m = _with_offset(shipped(), {"no_such_feature": 1.0})
    with pytest.raises(DataError, match="stance.json.*evidence_offset"):
        m.raw(np.zeros((1, len(m.feature_names))))


def test_forest_matches_sklearn():
    pytest.importorskip("sklearn", reason="scikit-learn is the train extra")
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 5))
    y = (X[:, 0] > 0).astype(int) + (X[:, 1] > 0.5).astype(int) * 2
    clf = HistGradientBoostingClassifier(max_iter=20, max_depth=4, random_state=0).fit(X, y)
    forest = Forest.from_sklearn(clf)
    Xt = rng.normal(size=(200, 5))
    assert np.allclose(forest.proba(Xt), clf.predict_proba(Xt), atol=1e-9)
    again = Forest.from_arrays({k: v for k, v in forest.arrays().items()})
    assert np.allclose(again.proba(Xt), clf.predict_proba(Xt), atol=1e-5)


def test_lexicons_load():
    assert "hoax" in F.cues() and F.cues()["hoax"] == "refute"
    assert F.cues()["reportedly"] == "hedge"
    assert "the" in F.stopwords() and "not" not in F.stopwords()


# ---- predict_csv: the FNC-1 file contract --------------------------------------------------------------------
def _write(path: Path, header: list[str], rows: list[list]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.fixture()
def tiny(tmp_path):
    bodies = _write(tmp_path / "bodies.csv", ["Body ID", "articleBody"], [
        [7, CASES[0][1]],
        [3, CASES[5][1]],
    ])
    stances = _write(tmp_path / "stances.csv", ["Headline", "Body ID", "Stance"], [
        [CASES[5][0], 3, "agree"],          # a given Stance is ignored
        ["Local bakery wins national bread award", 7, "unrelated"],
        [CASES[0][0], 7, ""],
        ['Council "approves", lanes, on Main Street', 7, "discuss"],  # quotes and commas survive
    ])
    return bodies, stances, tmp_path / "pred.csv"


def test_predict_csv_order_and_format(tiny):
    bodies, stances, out = tiny
    assert predict_csv(bodies, stances, out) == 4
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Headline", "Body ID", "Stance"]
    assert [r[:2] for r in rows[1:]] == [[CASES[5][0], "3"], ["Local bakery wins national bread award", "7"],
                                         [CASES[0][0], "7"], ['Council "approves", lanes, on Main Street', "7"]]
    assert [r[2] for r in rows[1:3]] == ["disagree", "unrelated"]
    assert all(r[2] in LABELS for r in rows[1:])


def test_predict_csv_without_stance_column(tmp_path, tiny):
    bodies, _, out = tiny
    stances = _write(tmp_path / "s2.csv", ["Body ID", "Headline"], [[7, CASES[0][0]]])
    assert predict_csv(bodies, stances, out) == 1


def test_cli_stance(tiny, capsys):
    bodies, stances, out = tiny
    assert main(["stance", "--bodies", str(bodies), "--stances", str(stances), "--out", str(out)]) == 0
    assert "4 stances" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8").count("\n") == 5


@pytest.mark.parametrize("case,needle", [
    ("missing_bodies", "no such file"),
    ("missing_column", "missing column(s) 'Body ID'"),
    ("unknown_id", "Body ID 99 not in"),
    ("bad_id", "is not an integer"),
])
def test_predict_csv_bad_input(tiny, tmp_path, case, needle):
    bodies, stances, out = tiny
    culprit = stances
    if case == "missing_bodies":
        bodies = culprit = tmp_path / "nope.csv"
    elif case == "missing_column":
        stances = culprit = _write(tmp_path / "bad.csv", ["Headline", "Body"], [["A headline", 7]])
    elif case == "unknown_id":
        stances = culprit = _write(tmp_path / "bad.csv", ["Headline", "Body ID"], [["A headline", 99]])
    else:
        bodies = culprit = _write(tmp_path / "bad.csv", ["Body ID", "articleBody"], [["seven", "A body."]])
    with pytest.raises(InputError) as err:
        predict_csv(bodies, stances, out)
    assert str(culprit) in str(err.value) and needle in str(err.value)
    assert main(["stance", "--bodies", str(bodies), "--stances", str(stances), "--out", str(out)]) == 2


# ---- real headlines: PolNeAR dev titles belong to their bodies -----------------------------------------------
def test_polnear_dev_titles_are_related(polnear_dir):
    paths = sorted((polnear_dir / "dev" / "text").glob("*.txt"))
    assert len(paths) >= 80
    flags = []
    for p in paths:
        art = read_article(p)
        h = check_headline(art, tokenize_text(art.text, title=art.title))
        flags.append(h is not None and h.related)
    share = sum(flags) / len(flags)
    assert share >= 0.95, f"only {share:.3f} of PolNeAR dev titles judged related to their bodies"


def test_body_cache_prepares_each_body_once_split_into_its_sentences():
    from newslib.stance import body_cache, sentence_offsets

    bodies = {7: "The council raised fares on Monday. Officials said the rise was needed.", 9: "Rain fell."}
    vocab = shipped().vocab
    body = body_cache(bodies, vocab)
    first = body(7)
    assert body(7) is first  # prepared once, however many headlines share it
    assert body(9) is not first
    text = bodies[7]
    want = F.body([text[s:e] for s, e in sentence_offsets(text)], vocab)
    assert [u.words for u in first.sents] == [u.words for u in want.sents]
    assert len(first.sents) == 2
