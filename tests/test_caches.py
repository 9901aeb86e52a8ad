"""The per-word caches of the syntax layer and the attribution model are bounded (an archive keeps meeting
new words), and starting a cache again changes no result."""
from __future__ import annotations

import numpy as np

from newslib.tokenize import tokenize_text


def _texts(n: int) -> list[str]:
    # every text brings new word types (figures, made-up names) beside common words
    return [f"Minister Kalo{k}vic said on Tuesday that {k * 37} people and {k + 11} firms were affected by "
            f"the Zor{k}ia decision, officials said." for k in range(n)]


def test_pos_type_cache_is_bounded_and_restarts_without_changing_tags(monkeypatch):
    from newslib.syntax import features, default_tagger

    tagger = default_tagger()
    sents = [tokenize_text(t) for t in _texts(60)]
    before = [tagger.tag_ids(s) for s in sents]
    space = tagger.space
    monkeypatch.setattr(features, "TYPE_CACHE_LIMIT", 40)
    space._reset_types()
    sizes, after = [], []
    for s in sents:
        after.append(tagger.tag_ids(s))
        sizes.append(space._n_types)
    assert max(sizes) <= 40  # never past the limit: a call that would pass it starts the cache again first
    assert min(sizes[5:]) < max(sizes)  # it did start again
    assert all(np.array_equal(a, b) for a, b in zip(before, after))


def test_attribution_type_cache_is_bounded_and_restarts_without_changing_labels(monkeypatch):
    from newslib.tagging import attribution_model
    from newslib.tagging.attribution_model import default_model

    model = default_model()
    docs = [(t, tokenize_text(t)) for t in _texts(60)]
    before = [model.predict_many([d]) for d in docs]
    monkeypatch.setattr(attribution_model, "TYPE_CACHE_LIMIT", 40)
    sizes, after = [], []
    for d in docs:
        after.append(model.predict_many([d]))
        sizes.append(model._n_types)
    assert max(sizes) < 40 + 30
    assert min(sizes[5:]) < max(sizes)
    assert repr(before) == repr(after)


def test_stance_word_caches_are_bounded():
    from newslib.stance import features

    for cached in (features.stem, features._word_info, features._bucket):
        assert cached.cache_info().maxsize == features.WORD_CACHE <= 100_000


def test_actor_start_cache_is_bounded_and_restarts_without_changing_positions(monkeypatch):
    from newslib.tagging.actor_lexicon import ActorLexicon, actor_lexicon

    lex = actor_lexicon()
    sents = [[t.text for t in s.tokens] for text in _texts(60) for s in tokenize_text(text)]
    before = [lex.starts(w) for w in sents]
    monkeypatch.setattr(ActorLexicon, "MAX_REMEMBERED", 40)
    lex._starts.clear()
    sizes, after = [], []
    for w in sents:
        after.append(lex.starts(w))
        sizes.append(len(lex._starts))
    assert max(sizes) <= 40 + max(map(len, sents))
    assert min(sizes[5:]) < max(sizes)
    assert after == before
