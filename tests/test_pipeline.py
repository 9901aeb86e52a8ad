"""The corpus pipeline: newslib.tag_corpus, its batches and its unit of work, tag_batch."""
from __future__ import annotations

import gc
import pickle

import pytest

import newslib
from newslib import pipeline
from newslib.article import Article
from newslib.errors import InputError

GOOD = "Talks resume in Geneva\nThe minister said on Tuesday that the talks would continue.\n"


def _corpus(tmp_path, n=7, bad=(2, 5)):
    names = []
    for k in range(n):
        p = tmp_path / f"a{k:02d}.txt"
        text = f"Headline {k}\nOfficials said {k} talks would go on.\n"
        p.write_bytes(b"\x00binary\x00" if k in bad else text.encode())
        names.append(str(p))
    return names


def test_results_come_in_input_order_with_errors_in_place(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_ARTICLES", 2)
    names = _corpus(tmp_path)
    out = list(newslib.tag_corpus(str(tmp_path)))
    assert [n for n, _ in out] == names
    for k, (name, result) in enumerate(out):
        if k in (2, 5):
            assert isinstance(result, InputError) and result.source == name and "binary" in result.reason
        else:
            assert result.to_dict() == newslib.tag(name).to_dict()


def test_inputs_may_be_articles_paths_or_named_pairs(tmp_path):
    names = _corpus(tmp_path, n=3, bad=())
    art = Article.from_text(GOOD)
    pair = ("mine#1", Article.from_text(GOOD, path="mine#1"))
    out = list(newslib.tag_corpus([names[0], art, pair, ("gone", InputError("gone", "no such file"))]))
    assert [n for n, _ in out] == [names[0], "<article 2>", "mine#1", "gone"]
    assert out[1][1].to_dict()["sentences"] == newslib.tag(GOOD).to_dict()["sentences"]
    assert str(out[3][1]) == "gone: no such file"


def test_batches_cut_at_articles_or_characters_and_carry_errors():
    arts = [(f"a{k}", Article.from_text("T\n" + "x" * 10)) for k in range(5)]
    err = ("bad", InputError("bad", "why"))
    cut = list(pipeline.batches(arts[:2] + [err] + arts[2:], max_articles=2))
    assert [[n for n, _ in b] for b in cut] == [["a0", "a1"], ["bad", "a2", "a3"], ["a4"]]
    cut = list(pipeline.batches(arts, max_articles=10, max_chars=24))
    assert [len(b) for b in cut] == [2, 2, 1]
    assert list(pipeline.batches([])) == []


def test_tag_batch_is_the_picklable_unit_of_work(tmp_path):
    names = _corpus(tmp_path, n=4, bad=(1,))
    items = list(pipeline.read_inputs(names))
    options = pipeline.TagOptions(headline=False)
    # what a process pool sends and gets back
    fn, args = pickle.loads(pickle.dumps((pipeline.tag_batch, (items, options))))
    results = pickle.loads(pickle.dumps(fn(*args)))
    assert [n for n, _ in results] == names
    assert isinstance(results[1][1], InputError) and str(results[1][1]) == str(items[1][1])
    for (name, r), alone in zip(results, [newslib.tag(n, headline=False) if k != 1 else None
                                          for k, n in enumerate(names)]):
        if alone is not None:
            assert r.to_dict() == alone.to_dict() and "headline" not in r.to_dict()


def test_a_failing_article_costs_only_itself(tmp_path, monkeypatch):
    from newslib.tagging import tagger

    real = tagger._tag_tokenized

    def flaky(art, *args):
        if "3 talks" in art.text:
            raise ValueError("boom")
        return real(art, *args)

    monkeypatch.setattr(tagger, "_tag_tokenized", flaky)
    out = list(newslib.tag_corpus(_corpus(tmp_path, bad=())))
    assert [type(r).__name__ for _, r in out] == ["TaggedArticle"] * 3 + ["ValueError"] + ["TaggedArticle"] * 3


def test_garbage_collector_settings_are_restored(tmp_path):
    before = gc.get_threshold()
    results = newslib.tag_corpus(_corpus(tmp_path, bad=()))
    next(results)
    assert gc.get_threshold()[0] == pipeline.GC_YOUNG_THRESHOLD and gc.get_freeze_count() > 0
    results.close()  # a consumer that stops early
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    list(newslib.tag_corpus(_corpus(tmp_path, bad=())))
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_an_interrupt_goes_through_and_restores_the_collector(tmp_path, monkeypatch):
    from newslib.tagging import tagger

    real = tagger._tag_tokenized

    def stop(art, *args):
        if "4 talks" in art.text:
            raise KeyboardInterrupt
        return real(art, *args)

    monkeypatch.setattr(tagger, "_tag_tokenized", stop)
    before = gc.get_threshold()
    seen = []
    with pytest.raises(KeyboardInterrupt):
        for name, _ in newslib.tag_corpus(_corpus(tmp_path, bad=()), max_articles=2):
            seen.append(name)
    assert len(seen) == 3 and gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_input_errors_pickle_with_their_input_and_reason():
    from newslib.errors import DataError

    for exc in (InputError("a.txt", "empty"), DataError("polnear", "missing")):
        back = pickle.loads(pickle.dumps(exc))
        assert type(back) is type(exc) and (back.source, back.reason, str(back)) == (exc.source, exc.reason, str(exc))


def test_the_collector_is_tuned_before_the_first_article_loads_the_models(tmp_path, monkeypatch):
    from newslib.tagging import tagger

    real = tagger._tag_tokenized
    seen = []

    def spy(art, *args):
        seen.append((gc.get_threshold()[0], gc.get_freeze_count() > 0))
        return real(art, *args)

    monkeypatch.setattr(tagger, "_tag_tokenized", spy)
    before = gc.get_threshold()
    list(newslib.tag_corpus(_corpus(tmp_path, bad=()), max_articles=2))
    assert seen[0] == (pipeline.GC_YOUNG_THRESHOLD, False)  # raised from the start, frozen only after it
    assert all(s == (pipeline.GC_YOUNG_THRESHOLD, True) for s in seen[1:])
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    list(newslib.tag_corpus(_corpus(tmp_path, bad=()), tune_gc=False))
    assert gc.get_threshold() == before
