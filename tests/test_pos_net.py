"""The neural window tagger the part-of-speech tagger adds to its scores: the cached inference computes the
network's own function, a sentence reads padding past its edges, training is seeded, and the network
travels inside the tagger's model file."""
from __future__ import annotations

import numpy as np
import pytest

from newslib.syntax.features import FeatureSpace
from newslib.syntax.window_net import FEATURES, PAD, UNKNOWN, WINDOW, WindowNet
from newslib.training import pos, pos_net

_DATA = [
    (["She", "reads", "the", "old", "book", "."], ["PRP", "VBZ", "DT", "JJ", "NN", "."]),
    (["They", "read", "two", "new", "books", "."], ["PRP", "VBP", "CD", "JJ", "NNS", "."]),
    (["The", "book", "reads", "well", "."], ["DT", "NN", "VBZ", "RB", "."]),
    (["He", "walked", "home", "slowly", "."], ["PRP", "VBD", "NN", "RB", "."]),
] * 3
_TAGS = sorted({t for _, ts in _DATA for t in ts})
_VECTORS = (["book", "books", "home"], np.eye(3, pos_net.DIMS["low"]))
_SPACE = FeatureSpace(lexicon=pos.ambiguity_classes(_DATA, min_count=1), clusters={"book": (1, 2, 3), "home": (4, 5, 6)})


@pytest.fixture(scope="module")
def net() -> WindowNet:
    return pos_net.fit(_DATA, _TAGS, _VECTORS, epochs=30, hidden=32, batch=4, lr=0.02,
                       space=_SPACE)


def _naive(net: WindowNet, tokens: list[str]) -> np.ndarray:
    """The network's function computed directly: the window's embeddings, concatenated, through both layers."""
    rows = [net.feature_rows(t) for t in tokens]
    out = []
    for i in range(len(tokens)):
        x = []
        for k in range(-WINDOW, WINDOW + 1):
            j = i + k
            r = rows[j] if 0 <= j < len(tokens) else (PAD,) * len(FEATURES)
            x.extend(net.E[f][r[n]] for n, f in enumerate(FEATURES))
        h = np.maximum(np.concatenate(x) @ net.W1 + net.b1, 0.0)
        z = h @ net.W2 + net.b2
        out.append(z - np.log(np.exp(z - z.max()).sum()) - z.max())
    return np.array(out)


def test_cached_projections_compute_the_network(net, monkeypatch):
    from newslib.syntax import window_net

    sent = ["They", "reads", "the", "unheardof", "books", "."]
    assert np.allclose(net.log_probs(sent, [len(sent)]), _naive(net, sent), atol=1e-4)
    monkeypatch.setattr(window_net, "MATMUL_ROWS", 4)  # the output layer in blocks of 4 tokens: the same
    assert np.allclose(net.log_probs(sent, [len(sent)]), _naive(net, sent), atol=1e-4)
    assert net.feature_rows("unheardof")[0] == UNKNOWN


def test_the_type_cache_starts_again_when_full(net, monkeypatch):
    from newslib.syntax import window_net

    sent = ["She", "reads", "two", "old", "books", "."]
    before = net.scores(sent, [6])
    monkeypatch.setattr(window_net, "TYPE_CACHE_LIMIT", 8)
    net.scores(["A", "b", "c", "d", "e", "f", "g"], [7])
    assert len(net._types) <= 8 and np.allclose(net.scores(sent, [6]), before, atol=1e-5)
    assert len(net._types) == 6  # the cache was emptied before this batch


def test_each_sentence_reads_padding_past_its_edges(net):
    a, b = ["She", "reads", "."], ["The", "old", "book", "reads", "well", "."]
    both = net.log_probs(a + b, [len(a), len(b)])
    assert np.allclose(both[:3], net.log_probs(a, [3]), atol=1e-5)
    assert np.allclose(both[3:], net.log_probs(b, [6]), atol=1e-5)
    assert np.allclose(np.exp(both).sum(axis=1), 1.0, atol=1e-4)
    # the tagger's scores are the log-probabilities up to a constant per token
    diff = net.scores(a + b, [len(a), len(b)]) - both
    assert np.allclose(diff, diff[:, :1], atol=1e-4)


def test_the_network_learns_its_data_and_the_same_every_run(net):
    for toks, ts in _DATA[:4]:
        assert [_TAGS[i] for i in net.log_probs(toks, [len(toks)]).argmax(axis=1)] == ts
    again = pos_net.fit(_DATA, _TAGS, _VECTORS, epochs=30, hidden=32, batch=4, lr=0.02,
                        space=_SPACE)
    assert np.array_equal(again.W1, net.W1) and np.array_equal(again.E["low"], net.E["low"])


def test_word_embeddings_start_from_the_unlabeled_vectors():
    start = pos_net.fit(_DATA, _TAGS, _VECTORS, epochs=0, hidden=16)
    row = start.vocab["low"]["home"]
    assert np.allclose(start.E["low"][row], _VECTORS[1][2] * np.sqrt(pos_net.DIMS["low"]) * 0.1)


def test_the_network_travels_in_the_tagger_file_and_joins_its_scores(net, tmp_path):
    from newslib.syntax.tagger import PosTagger

    model = pos.fit(_DATA, epochs=1, pair_buckets=1 << 8)
    sent = ["He", "reads", "two", "books", "."]
    plain = PosTagger.load(model.save(tmp_path / "plain.npz"))
    assert plain.net is None  # a model file without a network reads as the perceptron alone
    model.net, model.net_weight = net, 3.0
    back = PosTagger.load(model.save(tmp_path / "m.npz"))
    assert back.net is not None and back.net_weight == 3.0
    expected = plain.emissions(sent, [len(sent)]) + 3.0 * back.net.scores(sent, [len(sent)])
    assert np.allclose(back.emissions(sent, [len(sent)]), expected, atol=1e-4)
    # weights stored as float16: the same log-probabilities to about two decimals
    assert np.allclose(back.net.log_probs(sent, [len(sent)]), net.log_probs(sent, [len(sent)]), atol=0.02)


def test_train_pos_adds_the_network_only_when_asked(tmp_path, monkeypatch, capsys):
    from newslib import cli
    from newslib.syntax.tagger import PosTagger

    for name, value in (("EPOCHS", 1), ("PAIR_BUCKETS", 1 << 10)):
        monkeypatch.setattr(pos, name, value)
    monkeypatch.setattr(pos_net, "EPOCHS", 1)
    monkeypatch.setattr(pos_net, "HIDDEN", 8)
    ud = tmp_path / "ud"
    ud.mkdir()
    for name in ("en_ewt-ud-train.conllu", "en_gum-cc-by-train.conllu"):
        (ud / name).write_text(_conllu(_DATA), encoding="utf-8")
    plain, with_net = tmp_path / "plain.npz", tmp_path / "net.npz"
    assert cli.main(["train", "pos", "--data", str(ud), "--out", str(plain)]) == 0
    assert cli.main(["train", "pos", "--data", str(ud), "--out", str(with_net), "--net"]) == 0
    assert PosTagger.load(plain).net is None
    model = PosTagger.load(with_net)
    assert model.net.hidden == 8 and model.net_weight == pos.NET_WEIGHT
    assert cli.main(["train", "stance", "--net"]) == 2
    assert "only for pos" in capsys.readouterr().err


def _conllu(data) -> str:
    out = []
    for toks, tags in data:
        out.append("# text = " + " ".join(toks))
        out.extend(f"{i}\t{w}\t{w}\tX\t{t}\t_\t0\tdep\t_\t_" for i, (w, t) in enumerate(zip(toks, tags), 1))
        out.append("")
    return "\n".join(out) + "\n"


def test_a_network_that_does_not_fit_its_embeddings_names_the_file(net, tmp_path):
    from newslib.errors import DataError
    from newslib.syntax.tagger import PosTagger

    model = pos.fit(_DATA, epochs=1, pair_buckets=1 << 8)
    model.net, model.net_weight = net, 1.0
    arrays = dict(np.load(model.save(tmp_path / "m.npz")))
    arrays["net:W1"] = arrays["net:W1"][:-1]
    np.savez(tmp_path / "bad.npz", **arrays)
    with pytest.raises(DataError, match="bad.npz: its first layer has"):
        PosTagger.load(tmp_path / "bad.npz")
