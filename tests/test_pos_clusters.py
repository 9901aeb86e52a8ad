"""Word clusters from unlabeled text for the part-of-speech tagger: how they are computed, how the features
read them, and that they travel with the model file."""
from __future__ import annotations

import numpy as np

from newslib.syntax.features import UNKNOWN_CLASS, FeatureSpace
from newslib.training import word_clusters


def _streams():
    lines = []
    for day in ("Monday", "Tuesday", "Friday"):
        lines += [["He", "left", "on", day, "morning", "."], ["They", "met", "on", day, "night", "."]]
    for animal in ("cat", "dog", "horse"):
        lines += [["The", animal, "barked", "loudly", "."], ["A", animal, "ran", "away", "."]]
    for verb in ("said", "added", "noted"):
        lines += [["She", verb, "that", "it", "rained", "."], ["We", verb, "that", "they", "ran", "."]]
    return lines * 2


def test_words_used_alike_share_a_cluster():
    cl = word_clusters.clusters(_streams(), min_count=2, contexts=40, dims=6, sizes=(3, 4, 5))
    coarse = {w: cl[w][0] for w in ("monday", "tuesday", "friday", "cat", "dog", "horse", "said", "added", "noted")}
    assert coarse["monday"] == coarse["tuesday"] == coarse["friday"]
    assert coarse["cat"] == coarse["dog"] == coarse["horse"]
    assert coarse["said"] == coarse["added"] == coarse["noted"]
    assert len({coarse["monday"], coarse["cat"], coarse["said"]}) == 3
    assert all(len(v) == 3 for v in cl.values())  # three granularities


def test_vectors_are_the_clustered_words_at_unit_length():
    words, X = word_clusters.vectors(_streams(), min_count=2, contexts=40, dims=6)
    cl = word_clusters.clusters(_streams(), min_count=2, contexts=40, dims=6, sizes=(3, 4, 5))
    assert words[0] == "." and set(words) == set(cl)  # most frequent first; the words the clusters cover
    norms = np.linalg.norm(X, axis=1)
    assert X.shape == (len(words), 6) and norms.max() < 1 + 1e-5
    assert (norms > 1 - 1e-5).sum() >= len(words) - 3  # the rest: words whose neighbours say nothing (".")
    near = X @ X[words.index("monday")]
    assert near[words.index("tuesday")] > near[words.index("cat")]


def test_clusters_are_deterministic():
    a = word_clusters.clusters(_streams(), min_count=2, contexts=40, dims=6, sizes=(3, 4, 5))
    b = word_clusters.clusters(list(reversed(_streams())), min_count=2, contexts=40, dims=6, sizes=(3, 4, 5))
    assert a == b  # the order of the lines does not matter either


def test_features_read_the_clusters_of_unseen_and_hyphenated_words():
    space = FeatureSpace(clusters={"tuesday": (1, 7, 30), "term": (2, 8, 31)})
    a = space.attributes("Tuesday")
    assert (a["k1"], a["k2"], a["k3"]) == ("1", "7", "30")
    assert space.attributes("long-term")["k3"] == "31"  # the last part of a hyphenated word
    assert space.attributes("zzyzx")["k1"] == UNKNOWN_CLASS


def test_clusters_travel_with_the_model(tmp_path):
    from newslib.syntax.tagger import PosTagger
    from newslib.training import pos

    data = [(["He", "left", "on", "Tuesday", "."], ["PRP", "VBD", "IN", "NNP", "."])] * 4
    clusters = {"tuesday": (1, 7, 30), "friday": (1, 7, 30)}
    model = pos.fit(data, epochs=2, pair_buckets=1 << 8, clusters=clusters)
    back = PosTagger.load(model.save(tmp_path / "m.npz"))
    assert back.space.clusters == clusters
    # "Friday" never occurs in training, but shares Tuesday's clusters and so its tag
    assert [t for _, t in back.tag(["He", "left", "on", "Friday", "."])][3] == "NNP"
    assert np.array_equal(back.W, model.W.astype(np.float16).astype(np.float32))


def test_unlabeled_texts_are_the_news_beside_the_treebanks(tmp_path):
    text_dir = tmp_path / "polnear" / "train" / "text"
    text_dir.mkdir(parents=True)
    (text_dir / "b.txt").write_text("Second article.", encoding="utf-8")
    (text_dir / "a.txt").write_text("First article.\n\nIts second line.", encoding="utf-8")
    (tmp_path / "fnc-1").mkdir()
    (tmp_path / "fnc-1" / "train_bodies.csv").write_text('Body ID,articleBody\n7,"A body, with a comma."\n',
                                                          encoding="utf-8")
    texts = word_clusters.unlabeled_texts(tmp_path)
    assert texts == ["First article.\n\nIts second line.", "Second article.", "A body, with a comma."]
    assert word_clusters.token_streams(texts[:1]) == [["First", "article", "."], ["Its", "second", "line", "."]]
    assert word_clusters.unlabeled_texts(tmp_path / "nowhere") == []  # no news: the treebanks' text alone

