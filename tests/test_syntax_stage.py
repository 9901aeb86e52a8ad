"""The syntax stage of the tagging pipeline: part-of-speech tags computed once per article or batch, read by the
attribution model and the claim kinds, and kept on the result (``TaggedSentence.pos``)."""
from __future__ import annotations

import numpy as np
import pytest

import newslib
from newslib.spans import Span
from newslib.syntax import default_tagger, pos_ids, pos_tags, tag_names
from newslib.tagging import tagger as tagger_module
from newslib.tagging.attribution_model import default_model
from newslib.tagging.kinds import classify
from newslib.tagging.records import Attribution, Content, Source
from newslib.tagging.tagger import tag_many
from newslib.tokenize import tokenize_text

ARTICLES = [
    "Retail sales rose\nRetailers said holiday demand was strong in December.\n",
    "Workers walk out\nThe workers said they demand a pay rise. \"We will not wait,\" said Ana Ruiz, a nurse.\n",
    "Mayor defends plan\nMayor Ana Ruiz on Tuesday defended the plan, her office said.\n",
]


@pytest.fixture()
def count_tagger_calls(monkeypatch):
    """How many times the part-of-speech tagger runs (each call of ``PosTagger.tag_ids``)."""
    calls = []
    original = type(default_tagger()).tag_ids

    def counted(self, sentences):
        calls.append(len(sentences))
        return original(self, sentences)

    monkeypatch.setattr(type(default_tagger()), "tag_ids", counted)
    return calls


def test_sentences_carry_their_tags_aligned_with_tokens():
    tagged = newslib.tag(ARTICLES[1])
    sents = [s.sentence for s in tagged.sents]
    assert [s.pos for s in tagged.sents] == pos_tags(sents)
    for s in tagged.sents:
        assert len(s.pos) == len(s.tokens) and all(t in default_tagger().tags for t in s.pos)
    said = [(t.text, p) for s in tagged.sents for t, p in zip(s.tokens, s.pos) if t.text == "said"]
    assert said and all(p == "VBD" for _, p in said)


def test_batch_tags_once_and_gives_the_tags_of_each_article_alone(count_tagger_calls):
    batch = tag_many(ARTICLES)
    assert count_tagger_calls == [sum(len(tokenize_text(a, title=newslib.Article.from_text(a).title))
                                      for a in ARTICLES)]  # one call, over every sentence of the batch
    count_tagger_calls.clear()
    alone = [newslib.tag(a) for a in ARTICLES]
    assert len(count_tagger_calls) == len(ARTICLES)  # one call per article, none from the claim kinds
    for b, a in zip(batch, alone):
        assert [s.pos for s in b.sents] == [s.pos for s in a.sents]
        assert b.to_dict(tokens=True) == a.to_dict(tokens=True)


def test_a_bad_article_in_a_batch_costs_only_itself():
    out = tag_many([ARTICLES[0], "missing-file.txt", ARTICLES[2]])
    assert isinstance(out[1], newslib.InputError)
    assert [s.pos for s in out[0].sents] == [s.pos for s in newslib.tag(ARTICLES[0]).sents]


def test_the_attribution_model_reads_the_given_tags():
    art = newslib.Article.from_text(ARTICLES[2])
    sents = tokenize_text(art.text, title=art.title)
    ids = pos_ids(sents)
    model = default_model()
    (own, own_bounds), = model.predict_many([(art.text, sents)])
    (given, given_bounds), = model.predict_many([(art.text, sents)], ids)
    assert np.array_equal(own, given) and own_bounds == given_bounds
    with pytest.raises(ValueError, match="part-of-speech tags for"):
        model.predict_many([(art.text, sents)], ids[:-1])


def test_tag_names_splits_ids_by_sentence():
    sents = tokenize_text("He said it. They left.")
    names = tag_names(pos_ids(sents), sents)
    assert [len(n) for n in names] == [len(s.tokens) for s in sents]
    assert names == pos_tags(sents)
    with pytest.raises(ValueError, match="tag ids for"):
        tag_names(pos_ids(sents)[:-1], sents)


def _demand_attribution(text: str) -> Attribution:
    cue = text.index("said")
    src = text.index("Retailers")
    content = text.index("demand")
    return Attribution(0, Span(cue, cue + 4, "said"), Source(Span(src, src + 9, "Retailers"), "group"),
                       Content(Span(content, len(text) - 1, text[content:-1])))


@pytest.mark.parametrize("demand_tag, kind", [("NN", "statement"), ("VBP", "demand")])
def test_claim_kinds_read_the_pipelines_tags(demand_tag, kind, monkeypatch):
    # the content "demand ..." is a demand only where the tags read the word as a verb; with the tags given,
    # the tagger does not run again
    text = "Retailers said demand rose."
    sents = tokenize_text(text, one_sentence_per_line=True)
    pos = [tuple(demand_tag if t.text == "demand" else "NNP" for t in s.tokens) for s in sents]

    def no_tagger(*_):
        raise AssertionError("the claim kinds ran the tagger although the pipeline gave its tags")

    monkeypatch.setattr(type(default_tagger()), "tag_ids", no_tagger)
    atts, tagged = classify(text, sents, [_demand_attribution(text)], [], [], pos)
    assert atts[0].kind == kind
    assert tagged[0].pos == pos[0]


def test_claim_kinds_without_tags_tag_only_when_a_demand_needs_it(count_tagger_calls):
    text = "Retailers said holiday sales rose."
    sents = tokenize_text(text, one_sentence_per_line=True)
    cue = text.index("said")
    att = Attribution(0, Span(cue, cue + 4, "said"), None, Content(Span(cue + 5, len(text) - 1, text[cue + 5:-1])))
    atts, tagged = classify(text, sents, [att], [], [])
    assert count_tagger_calls == [] and atts[0].kind == "statement" and tagged[0].pos == ()
    text = "Retailers said holiday demand rose."
    sents = tokenize_text(text, one_sentence_per_line=True)
    atts, _ = classify(text, sents, [_demand_attribution(text)], [], [])
    assert len(count_tagger_calls) == 1 and atts[0].kind == "statement"


def test_mismatched_tags_are_an_error():
    text = "Retailers said demand rose."
    sents = tokenize_text(text, one_sentence_per_line=True)
    with pytest.raises(ValueError, match="for 2 sentences"):
        classify(text, sents, [], [], [], [(), ()])


def test_json_keeps_its_shape_unless_tokens_are_asked_for():
    tagged = newslib.tag(ARTICLES[0])
    plain = tagged.to_dict()
    assert all("tokens" not in s and "pos" not in s for s in plain["sentences"])
    with_tokens = tagged.to_dict(tokens=True)
    for s, js in zip(tagged.sents, with_tokens["sentences"]):
        assert [t["pos"] for t in js["tokens"]] == list(s.pos)
        assert [t["text"] for t in js["tokens"]] == [t.text for t in s.tokens]


def test_the_stage_is_one_pass_in_the_pipeline(monkeypatch):
    # tag() goes through the same stage as tag_many: one tagger call, one model call, for the article
    seen = []
    original = tagger_module._syntax_stage

    def spy(docs):
        seen.append(len(docs))
        return original(docs)

    monkeypatch.setattr(tagger_module, "_syntax_stage", spy)
    newslib.tag(ARTICLES[0])
    tag_many(ARTICLES)
    assert seen == [1, len(ARTICLES)]
