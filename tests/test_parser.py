"""The dependency parser: the transition system and its oracle on hand-made trees, hashing, training and the
model file, the NLTK-style and newslib interfaces (offsets), the CLI, the parse features of the attribution
model, and (data) attachment scores on the UD dev splits."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslib.errors import DataError
from newslib.syntax.parser import (DependencyParser, Parse, beam_step, default_parser, label_features,
                                   log_probabilities, weight_sums)
from newslib.syntax.parser_state import (ARC_TEMPLATES, LEFT, RIGHT, SHIFT, Batch, hashed, is_projective,
                                         template_tables)
from newslib.tokenize import tokenize_text

# 1-based heads, 0 the root
TREES = [
    [2, 0, 2],  # "He said so"
    [2, 0, 4, 2, 2],  # "Lee said rates fall ."
    [0],
    [3, 3, 0, 3, 6, 3],
    [0, 1, 1, 3, 3, 1],
]


def oracle_parse(trees: list[list[int]]) -> np.ndarray:
    """Follow the dynamic oracle's zero-cost moves (lowest move first) from the start to the end."""
    b = Batch([np.full(len(t), 5) for t in trees], [np.full(len(t), 4) for t in trees], [np.array(t) for t in trees])
    steps = 2 * b.n
    for step in range(int(steps.max())):
        r = np.nonzero(steps > step)[0]
        _, pos = b.features(r, 1 << 10)
        ok = b.valid(r) & (b.costs(r, pos) == 0)
        assert ok.any(axis=1).all(), "a projective tree always has a move that loses no arc"
        b.apply(r, ok.argmax(axis=1), pos)
    return b.heads


def test_the_oracle_rebuilds_projective_trees():
    heads = oracle_parse(TREES)
    for i, t in enumerate(TREES):
        assert heads[i, 1:len(t) + 1].tolist() == t


@st.composite
def projective_trees(draw, max_n=12):
    """Random projective trees: each span [a, b) picks a head; its left and right parts hang from it."""
    n = draw(st.integers(1, max_n))
    heads = [0] * n

    def build(a, b, parent):
        if a >= b:
            return
        h = draw(st.integers(a, b - 1))
        heads[h] = parent
        build(a, h, h + 1)
        build(h + 1, b, h + 1)

    build(0, n, 0)
    return heads


@settings(max_examples=60, deadline=None)
@given(st.lists(projective_trees(), min_size=1, max_size=4))
def test_the_oracle_rebuilds_any_projective_tree(trees):
    assert all(is_projective(t) for t in trees)
    heads = oracle_parse(trees)
    for i, t in enumerate(trees):
        assert heads[i, 1:len(t) + 1].tolist() == t


def test_wrong_moves_cost_the_arcs_they_lose():
    # "Lee said rates fall": with Lee on the stack and "said" first in the buffer, LEFT (said -> Lee) is free;
    # SHIFT loses two arcs: said -> Lee (Lee can no longer take a head from the buffer) and root -> said
    b = Batch([np.array([5, 6, 7, 8])], [np.array([2, 3, 4, 5])], [np.array([2, 0, 4, 2])])
    r = np.array([0])
    _, pos = b.features(r, 1 << 10)
    b.apply(r, np.array([SHIFT]), pos)
    _, pos = b.features(r, 1 << 10)
    costs = b.costs(r, pos)[0]
    assert costs[LEFT] == 0 and costs[SHIFT] == 2
    assert not b.valid(r)[0, RIGHT]  # the root takes its dependent only when the buffer is empty


@pytest.mark.parametrize("heads, projective", [
    ([2, 0, 2], True), ([3, 3, 0, 3], True), ([3, 4, 0, 3], False), ([2, 0, 4, 2], True), ([4, 0, 2, 2, 1], False),
])
def test_projectivity(heads, projective):
    assert is_projective(heads) is projective


def test_hashing_is_deterministic_and_in_range():
    idx, shift = template_tables((("a",), ("a", "b")), {"": (0, 0), "a": (1, 17), "b": (2, 7)})
    atoms = np.array([[0, 5, 3], [0, 5, 4], [0, 70000, 3]])
    h1 = hashed(atoms, idx, shift, 1000)
    h2 = hashed(atoms.copy(), idx, shift, 1000)
    assert np.array_equal(h1, h2) and h1.min() >= 0 and h1.max() < 1000
    assert h1[0, 0] == h1[1, 0] and h1[0, 1] != h1[1, 1]  # template a ignores b; a+b does not
    # each template's atoms packed (a; a | b << 17), its number in the top bits, splitmix64's finalizer, modulo
    mask = (1 << 64) - 1

    def mix(k):
        h = k * 0x9E3779B97F4A7C15 & mask
        h ^= h >> 31
        h = h * 0xBF58476D1CE4E5B9 & mask
        return h ^ h >> 29

    key = [[a, a | b << 17 | 1 << 56] for _, a, b in atoms.tolist()]
    assert h1.tolist() == [[mix(k) % 1000 for k in row] for row in key]
    assert hashed(atoms, idx, shift, 1 << 10).tolist() == [[mix(k) % 1024 for k in row] for row in key]


def test_weight_sums_are_the_rows_summed():
    M = np.arange(24, dtype=np.float32).reshape(8, 3)
    rows = np.array([[1, 2, 2], [0, 7, 5]])
    assert np.array_equal(weight_sums(M, rows), M[rows].sum(axis=1))


def test_arc_features_read_the_relations_of_the_dependents_children():
    # three words: the arc 2 <- 3 made as one relation or another; then the arc 1 -> 3 reads which it was
    def arc_after(label):
        b = Batch([np.array([5, 6, 7])], [np.array([2, 3, 4])])
        r = np.array([0])
        for move, lab in ((SHIFT, None), (SHIFT, None), (LEFT, label), (SHIFT, None)):
            _, pos = b.features(r, 1 << 20)
            b.apply(r, np.array([move]), pos, None if lab is None else np.array([lab]))
        assert b.lab[0, 2] == label + 1 and b.lset[0, 0, 3] == 1 << label
        _, pos = b.features(r, 1 << 20)
        m, d, h = b.arcs(r, np.array([RIGHT]), pos)
        assert (d.tolist(), h.tolist()) == ([3], [1])
        return b.arc_features(r[m], d, h, 1 << 16)

    assert (arc_after(3) != arc_after(7)).any()


def test_arcs_get_their_relation_as_they_are_made():
    # the relation features of an arc read only the configuration: the dependent's children and their relations
    b = Batch([np.array([5, 6, 7])], [np.array([2, 3, 4])])
    r = np.array([0])
    for move, lab in ((SHIFT, None), (LEFT, 4), (SHIFT, None), (SHIFT, None)):
        _, pos = b.features(r, 1 << 20)
        m, d, h = b.arcs(r, np.array([move]), pos)
        if m.any():
            assert (d.tolist(), h.tolist()) == ([1], [2])
        b.apply(r, np.array([move]), pos, None if lab is None else np.array([lab]))
    _, pos = b.features(r, 1 << 20)
    m, d, h = b.arcs(r, np.array([RIGHT]), pos)
    assert (d.tolist(), h.tolist()) == ([3], [2])
    f = b.arc_features(r[m], d, h, 1 << 16)
    assert f.shape == (1, len(ARC_TEMPLATES))
    assert f.min() >= 0 and f.max() < 1 << 16


def test_a_beam_step_keeps_each_sentences_best_extensions():
    # one sentence, two rows: after SHIFT (row 0) and after SHIFT, SHIFT (row 1)
    b = Batch([np.array([5, 6, 7])] * 2, [np.array([2, 3, 4])] * 2)
    for rows, move in ((np.array([0, 1]), SHIFT), (np.array([1]), SHIFT)):
        _, pos = b.features(rows, 1 << 10)
        b.apply(rows, np.full(len(rows), move), pos)
    r = np.array([0, 1])
    total = np.array([-1.0, -2.0])
    # candidates: row 0 SHIFT -1, LEFT -6; row 1 SHIFT -2.5, LEFT -2.2, RIGHT -2
    scores = np.array([[0.0, -5.0, -np.inf], [-0.5, -0.2, 0.0]])
    src, moves = beam_step(b, r, scores, total, 2)
    assert src.tolist() == [0, 1] and moves.tolist() == [SHIFT, RIGHT] and total.tolist() == [-1.0, -2.0]
    # both best extend row 1: row 0 becomes a copy of it
    total = np.array([-1.0, 0.0])
    src, moves = beam_step(b, r, scores, total, 2)
    assert src.tolist() == [1, 1] and moves.tolist() == [RIGHT, LEFT] and total.tolist() == [0.0, -0.2]
    assert b.sp.tolist() == [3, 3] and b.b.tolist() == [3, 3]
    # one move possible: the second row repeats the best, out of the running
    total = np.array([0.0, -np.inf])
    src, moves = beam_step(b, r, np.array([[0.0, -np.inf, -np.inf]] * 2), total, 2)
    assert src.tolist() == [0, 0] and moves.tolist() == [SHIFT, SHIFT] and total.tolist() == [0.0, -np.inf]


def test_log_probabilities():
    lp = log_probabilities(np.array([[90.0, 0.0, -np.inf], [1.0, 1.0, 1.0]]), 45.0)
    assert np.allclose(np.exp(lp).sum(axis=1), 1) and lp[0, 2] == -np.inf and lp[0, 0] - lp[0, 1] == 2.0


def _best_sequence(p, words, tags):
    """The heads of the move sequence with the highest sum of log-probabilities, by trying every one."""
    def replay(moves):
        b = Batch([words], [tags], word_class=p.word_class, word_cluster=p.word_cluster)
        r, score = np.array([0]), 0.0
        for m in moves + [None]:
            if m is None and len(moves) == 2 * len(words):
                return b, None, score
            f, pos = b.features(r, p.buckets)
            s = weight_sums(p.W, f)
            s[~b.valid(r)] = -np.inf
            lp = (log_probabilities(s, p.temperature) if p.temperature else s)[0]  # 0: the raw scores
            if m is None:
                return b, lp, score
            score += lp[m]
            b.apply(r, np.array([m]), pos)

    best, n = (-np.inf, None), 0

    def search(moves):
        nonlocal best, n
        b, lp, score = replay(moves)
        if len(moves) == 2 * len(words):
            n += 1
            best = max(best, (score, b.heads[0, 1:len(words) + 1].tolist()), key=lambda x: x[0])
            return
        for m in np.nonzero(np.isfinite(lp))[0]:
            search(moves + [int(m)])

    search([])
    return best[1], n


def test_the_beam_finds_the_best_move_sequence_when_it_holds_them_all():
    from newslib.syntax.tagger import default_tagger

    p = default_parser()
    assert (p.beam, p.temperature) == (3, 0.0)  # trained on a beam of 4, its raw scores summed
    tokens = ["Officials", "said", "nothing", "."]
    tagged = [t for _, t in default_tagger().tag(tokens)]
    words, tags = p.word_ids(tokens), p.tag_ids(tagged)
    heads, n = _best_sequence(p, words, tags)
    try:
        p.beam = n  # every partial sequence extends to a distinct whole one: n rows hold them all
        assert p.heads_batch([words], [tags])[0].tolist() == heads
    finally:
        p.beam = 3


# ---- training on a toy corpus -------------------------------------------------------------------------------
CONLLU = """# text = Lee said rates will fall.
1\tLee\tLee\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
3\trates\trate\tNOUN\tNNS\t_\t5\tnsubj\t_\t_
4\twill\twill\tAUX\tMD\t_\t5\taux\t_\t_
5\tfall\tfall\tVERB\tVB\t_\t2\tccomp\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# text = The mayor, who arrived late, defended the plan.
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tmayor\tmayor\tNOUN\tNN\t_\t8\tnsubj\t_\tSpaceAfter=No
3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_
4\twho\twho\tPRON\tWP\t_\t5\tnsubj\t_\t_
5\tarrived\tarrive\tVERB\tVBD\t_\t2\tacl:relcl\t_\t_
6\tlate\tlate\tADV\tRB\t_\t5\tadvmod\t_\tSpaceAfter=No
7\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_
8\tdefended\tdefend\tVERB\tVBD\t_\t0\troot\t_\t_
9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\t_
10\tplan\tplan\tNOUN\tNN\t_\t8\tobj\t_\tSpaceAfter=No
11\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_

"""


def _small_corpus(tmp_path, n=3):
    for name in ("en_ewt-ud-train.conllu", "en_gum-cc-by-train.conllu"):
        (tmp_path / name).write_text(CONLLU * n, encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def toy_parser(tmp_path_factory):
    from newslib.training import parser as training

    data = training.training_data(_small_corpus(tmp_path_factory.mktemp("ud")))
    return training.fit(data, epochs=6, label_epochs=4)


def test_training_learns_the_toy_trees_and_the_model_round_trips(toy_parser, tmp_path):
    from newslib.training import parser as training

    for p in (toy_parser, DependencyParser.load(toy_parser.save(tmp_path / "p.npz"))):
        got = p.parse_sents([["Lee", "said", "rates", "will", "fall", "."]])[0]
        assert got == [("Lee", 2, "nsubj"), ("said", 0, "root"), ("rates", 5, "nsubj"), ("will", 5, "aux"),
                       ("fall", 2, "ccomp"), (".", 2, "punct")]
    # the same data, the same model
    again = training.fit(training.training_data(_small_corpus(tmp_path)), epochs=6, label_epochs=4)
    assert np.array_equal(again.W, toy_parser.W) and np.array_equal(again.L, toy_parser.L)
    assert np.array_equal(again.A, toy_parser.A)


def test_a_copied_beam_row_keeps_the_oracles_bookkeeping():
    # two rows of "Lee said rates fall": row 0 shifts Lee, row 1 becomes its copy; the oracle must then give both
    # the same costs (SHIFT now loses said -> Lee and root -> said), as the global trainer's beam needs
    gold = np.array([2, 0, 4, 2])
    b = Batch([np.array([5, 6, 7, 8])] * 2, [np.array([2, 3, 4, 5])] * 2, [gold] * 2)
    _, pos = b.features(np.array([0]), 1 << 10)
    b.apply(np.array([0]), np.array([SHIFT]), pos)
    b.copy_rows(np.array([1]), np.array([0]))
    r = np.array([0, 1])
    _, pos = b.features(r, 1 << 10)
    costs = b.costs(r, pos)
    assert costs[0].tolist() == costs[1].tolist() and costs[1, SHIFT] == 2 and costs[1, LEFT] == 0


@pytest.fixture(scope="module")
def toy_beam_parser(tmp_path_factory):
    from newslib.training import parser as training

    data = training.training_data(_small_corpus(tmp_path_factory.mktemp("ud")))
    return training.fit(data, epochs=6, label_epochs=4, beam=4)


def test_global_beam_training_learns_the_toy_trees_and_its_beam_ships_with_it(toy_beam_parser, tmp_path):
    from newslib.training import parser as training

    p = DependencyParser.load(toy_beam_parser.save(tmp_path / "p.npz"))
    assert (p.beam, p.temperature) == (4, 0.0)  # it parses with the beam it was trained on, over raw scores
    for q in (toy_beam_parser, p):
        assert q.parse_sents([["Lee", "said", "rates", "will", "fall", "."]])[0] == [
            ("Lee", 2, "nsubj"), ("said", 0, "root"), ("rates", 5, "nsubj"), ("will", 5, "aux"),
            ("fall", 2, "ccomp"), (".", 2, "punct")]
        got = q.parse_sents([["The", "mayor", ",", "who", "arrived", "late", ",", "defended", "the", "plan", "."]])[0]
        assert got[1] == ("mayor", 8, "nsubj") and got[4] == ("arrived", 2, "acl:relcl")
    again = training.fit(training.training_data(_small_corpus(tmp_path)), epochs=6, label_epochs=4, beam=4)
    assert np.array_equal(again.W, toy_beam_parser.W) and np.array_equal(again.A, toy_beam_parser.A)


def test_the_beam_trainer_keeps_the_best_scored_epoch(tmp_path):
    from newslib.training import parser as training

    data = training.training_data(_small_corpus(tmp_path))
    seen = []

    def on_epoch(epoch, model):
        seen.append(training._shrink(model.W, training.PRUNE_BEAM))
        return [0.2, 0.9, 0.5, 0.9][epoch - 1]

    p = training.fit(data, epochs=4, label_epochs=1, beam=2, on_epoch=on_epoch)
    assert len(seen) == 4 and not np.array_equal(seen[1], seen[3])
    assert np.array_equal(p.W, seen[1])  # epoch 2, the first of the two best


def test_shrinking_drops_small_weights_and_rounds_the_mantissa():
    from newslib.training.parser import _shrink

    M = np.array([[1.0, 1.1, 0.7], [-3.3, 1.97, 0.0], [100.3, -0.76, 5.0]], dtype=np.float32)
    got = _shrink(M, 0.75, bits=3)
    # steps of 1/8 in [1, 2), 1/4 in [2, 4), 8 in [64, 128); 1.97 rounds up into the next power of two
    assert got.tolist() == [[1.0, 1.125, 0.0], [-3.25, 2.0, 0.0], [104.0, -0.75, 5.0]]
    assert np.array_equal(got.astype(np.float16).astype(np.float32), got)  # what the model file keeps, exactly
    assert np.array_equal(_shrink(M, 0.0, bits=10), M.astype(np.float16).astype(np.float32))


@pytest.mark.data
def test_the_epoch_choosers_uas_is_the_evaluations(ud_dir):
    from newslib.datasets import ud
    from newslib.evaluation.parse import score
    from newslib.training.parser import unlabeled_attachment

    sentences = ud.load("ewt", "dev", ud_dir)[:300]
    assert unlabeled_attachment(default_parser(), sentences) == score(default_parser(), sentences)["uas"]


def test_an_older_model_file_parses_with_the_default_beam(toy_parser, tmp_path):
    from newslib.syntax import parser as parser_module

    path = toy_parser.save(tmp_path / "p.npz")
    with np.load(path) as z:
        arrays = {k: z[k] for k in z.files if k != "decoding"}
    np.savez_compressed(tmp_path / "old.npz", **arrays)
    old = DependencyParser.load(tmp_path / "old.npz")
    assert (old.beam, old.temperature) == (parser_module.BEAM, parser_module.TEMPERATURE)


def test_the_relative_clause_and_the_subject(toy_parser):
    got = toy_parser.parse_sents([["The", "mayor", ",", "who", "arrived", "late", ",", "defended", "the", "plan",
                                   "."]])[0]
    assert got[1] == ("mayor", 8, "nsubj") and got[4] == ("arrived", 2, "acl:relcl") and got[9] == ("plan", 8, "obj")


def test_a_bad_model_file_is_a_data_error(tmp_path):
    bad = tmp_path / "parser.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(DataError, match="parser.npz: cannot read the parser model"):
        DependencyParser.load(bad)
    np.savez(tmp_path / "other.npz", format=np.frombuffer(b"something-else", dtype=np.uint8))
    with pytest.raises(DataError, match="not a newslib-parser-4 model"):
        DependencyParser.load(tmp_path / "other.npz")


def test_train_and_eval_parser_commands(tmp_path, monkeypatch, capsys):
    from newslib import cli
    from newslib.training import parser as training

    monkeypatch.setattr(training, "EPOCHS", 1)
    monkeypatch.setattr(training, "BEAM_EPOCHS", 2)
    data = _small_corpus(tmp_path)
    (data / "en_ewt-ud-dev.conllu").write_text(CONLLU, encoding="utf-8")
    out = tmp_path / "parser.npz"
    assert cli.main(["train", "parser", "--data", str(data), "--out", str(out)]) == 0
    p = DependencyParser.load(out)
    assert "ccomp" in p.labels and p.meta["chosen_epoch"] in ("1", "2")
    assert (p.beam, p.temperature) == (training.PARSE_BEAM, 0.0)  # trained on 4, parses with 3
    assert "epoch 2: EWT dev UAS" in capsys.readouterr().err
    assert cli.main(["train", "parser", "--data", str(data), "--out", str(out), "--beam", "1"]) == 0
    greedy = DependencyParser.load(out)
    assert greedy.temperature > 0 and "chosen_epoch" not in greedy.meta
    capsys.readouterr()
    with pytest.raises(SystemExit):
        cli.main(["train", "parser", "--beam", "0"])
    assert "expected a positive number" in capsys.readouterr().err
    assert cli.main(["train", "stance", "--beam", "4"]) == 2
    assert "stance: no options beam for this model" in capsys.readouterr().err
    assert cli.main(["eval", "parser", "--data", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert "nowhere: UD folder not found" in err and "Traceback" not in err


# ---- the shipped parser on newslib's sentences ---------------------------------------------------------------
def _is_tree(p: Parse) -> bool:
    n = len(p.heads)
    if sum(h == -1 for h in p.heads) != 1:
        return False
    for i in range(n):  # every word reaches the root without a cycle
        seen, j = set(), i
        while p.heads[j] != -1:
            if j in seen:
                return False
            seen.add(j)
            j = p.heads[j]
    return True


def test_parses_are_trees_aligned_to_newslib_tokens():
    text = ('"Rates will fall," says Maria Keane. His lawyer said his client has ten days to appeal the ruling.\n\n'
            "Silva, who had been on the pitch for an hour, said he was tired.")
    sents = tokenize_text(text)
    parses = default_parser().parse(sents)
    assert len(parses) == len(sents)
    for s, p in zip(sents, parses):
        assert len(p.heads) == len(p.labels) == len(s.tokens)
        assert _is_tree(p)
        for t in s.tokens:
            assert text[t.start:t.end] == t.text
    words = {(s.tokens[i].text, s.tokens[p.heads[i]].text if p.heads[i] >= 0 else None, p.labels[i])
             for s, p in zip(sents, parses) for i in range(len(s.tokens))}
    assert ("lawyer", "said", "nsubj") in words
    assert ("has", "said", "ccomp") in words
    heads = {(a, b) for a, b, _ in words}
    assert ("pitch", "Silva") in heads  # the relative clause hangs from Silva, not from "said"
    assert ("Silva", "said", "nsubj") in words


def test_the_shipped_model_stays_under_10_mb():
    from newslib.syntax.parser import model_path

    assert model_path().stat().st_size < 10_000_000


def test_empty_input_and_precomputed_tags_agree():
    from newslib.syntax.tagger import default_tagger

    sents = tokenize_text("The union late Friday said it would strike.")
    p = default_parser()
    assert p.parse([]) == []
    assert p.parse(sents, default_tagger().tag_ids(sents)) == p.parse(sents)
    assert p.parse_sents([[]]) == [[]]


def test_label_features_cover_every_arc():
    f = label_features([np.array([3, 4]), np.array([5])], [np.array([2, 3]), np.array([4])],
                       [np.array([2, 0]), np.array([0])], 1 << 12)
    assert f.shape[0] == 3 and f.min() >= 0 and f.max() < 1 << 12


# ---- the parse features of the attribution model ---------------------------------------------------------------
def test_parse_columns_place_subject_and_complement():
    from newslib.tagging.attribution_model import PARSE_TEMPLATES, _Layout, _parse_columns
    from newslib.tagging.attribution_model import default_model

    text = "His lawyer said his client has ten days to appeal. The weather was fine."
    sents = tokenize_text(text)
    model = default_model()
    toks = [t for s in sents for t in s.tokens]
    bounds, n = [], 0
    for s in sents:
        bounds.append((n, n + len(s.tokens)))
        n += len(s.tokens)
    lay = _Layout(bounds, [0] * len(sents), [0] * len(sents))
    tok = model._token_columns([t.text for t in toks])
    cols = _parse_columns(PARSE_TEMPLATES, sents, lay, tok, np.zeros(lay.N, dtype=np.int64))
    role = cols["parse_dist"] // 8
    by_word = {t.text: int(r) for t, r in zip(toks, role)}
    assert by_word["said"] == 1  # the likely cue
    assert by_word["lawyer"] == 2  # its subject
    assert by_word["client"] == 3 and by_word["appeal"] == 3  # inside its complement clause
    assert (role[bounds[1][0]:] == 0).all()  # no likely cue: the sentence is not parsed
    assert all(len(c) == lay.N for c in cols.values())
    # the syntax stage's tags, when handed in, are sliced to the parsed sentences: the same columns
    from newslib.syntax import pos_ids

    given = _parse_columns(PARSE_TEMPLATES, sents, lay, tok, np.zeros(lay.N, dtype=np.int64), pos_ids(sents))
    assert all((given[k] == cols[k]).all() for k in cols)


# ---- the treebanks' dev splits --------------------------------------------------------------------------------
@pytest.mark.data
def test_attachment_on_dev(ud_dir):
    from newslib.evaluation.parse import evaluate

    rows = {r["treebank"]: r for r in evaluate(ud_dir).rows}
    # issue 11's target, UAS 0.85 on EWT dev: trained on a beam of 4, parsed with 3, 0.8501 / GUM 0.8453 (before:
    # greedy-trained, greedy 0.8440 / 0.8430, a beam of 2 0.8473 / 0.8481)
    assert rows["ewt"]["uas"] >= 0.85 and rows["gum"]["uas"] >= 0.845
    # LAS 0.8128 / 0.8093 (before: greedy 0.8065 / 0.8057, the beam of 2 0.8095 / 0.8117)
    assert rows["ewt"]["las"] >= 0.812 and rows["gum"]["las"] >= 0.809
    assert rows["ewt"]["f1"]["nsubj"] >= 0.8


def test_unseen_words_read_as_their_clusters(tmp_path):
    from newslib.syntax.parser_state import W_UNK

    clusters = {"said": (1, 2, 3), "stated": (1, 2, 3), "known": (4, 5, 6)}
    p = DependencyParser(["said"], ["VBD"], np.zeros((1 << 10, 3), dtype=np.float32), ["root"],
                         np.zeros((1 << 10, 1), dtype=np.float32), buckets=1 << 10, label_buckets=1 << 10,
                         clusters=clusters)
    for q in (p, DependencyParser.load(p.save(tmp_path / "p.npz"))):
        said, stated, cap, hyph, known, other = q.word_ids(["said", "stated", "Stated", "well-known", "known", "zzz"])
        assert said == 3 and stated == cap != W_UNK and hyph == known != stated and other == W_UNK
        assert q.word_cluster[said].tolist() == q.word_cluster[stated].tolist() == [1 + 3, 3 + 3]
        assert q.word_cluster[other].tolist() == [2, 2]
    # the cluster templates tell "stated" from "known" where the word templates see two rare words
    b = Batch([np.array([3, stated]), np.array([3, known])], [np.array([2, 2])] * 2, word_cluster=p.word_cluster)
    r = np.array([0, 1])
    _, pos = b.features(r, 1 << 10)
    b.apply(r, np.array([SHIFT, SHIFT]), pos)
    f, _ = b.features(r, 1 << 10)
    assert (f[0] != f[1]).any()
