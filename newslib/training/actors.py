"""Training the actor type model on GUM's entity annotation: ``newslib train actors``.

Data: the CC-BY part of GUM, train split only (``<data_dir>/ud/en_gum-cc-by-train.conllu``; the dev split is
for ``newslib eval actor-types``). Each document's text is tokenized by newslib; every gold mention of a
person, organization or place headed by a proper noun (:func:`newslib.datasets.gum_entities.gold_type`)
becomes one example unless it starts with a given name (the finder types those persons without the
model): the mention's tokens from its first capitalized one (a leading "the" or adjective
dropped, as the actor finder's names start), a final possessive dropped, with the features of
:func:`newslib.tagging.actor_types.name_features`. Learning: an averaged multiclass perceptron, ``EPOCHS``
passes in a seeded shuffle; features seen fewer than ``MIN_COUNT`` times are left out, averaged weights below
``PRUNE`` dropped. Deterministic: the same data give the same file.
"""
from __future__ import annotations

import random
from bisect import bisect_right
from collections import Counter
from pathlib import Path

from ..datasets.gum_entities import GoldDocument, gold_type, read_documents
from ..tagging.actor_types import MODEL_NAME, TYPES, ActorTypeModel, name_features
from . import MODELS_DIR

EPOCHS = 10
SEED = 7
MIN_COUNT = 2
PRUNE = 0.01


def examples(docs: list[GoldDocument]) -> list[tuple[list[str], str]]:
    """(features, type) of each named person, organization or place mention of the documents."""
    from ..phrases import straight_apostrophes
    from ..tagging.actor_lexicon import actor_lexicon
    from ..tokenize import tokenize_text

    lex = actor_lexicon()
    out = []
    for doc in docs:
        sents = tokenize_text(doc.text)
        starts = [s.start for s in sents]
        words_of = [[straight_apostrophes(t.text) for t in s.tokens] for s in sents]
        for e in doc.entities:
            typ = gold_type(e)
            if typ not in TYPES:
                continue
            k = bisect_right(starts, e.start) - 1
            if k < 0:
                continue
            toks = sents[k].tokens
            idx = [n for n, t in enumerate(toks) if t.start >= e.start and t.end <= e.end]
            if not idx:
                continue
            i, j = idx[0], idx[-1] + 1
            words = words_of[k]
            while i < j and not words[i][:1].isupper():
                i += 1
            while j > i and words[j - 1] in ("'s", "'"):
                j -= 1
            # the hand-written given names: the names of the coverage lists came after the model, and the
            # examples they would take away only move it by noise (README)
            given = lex.model_firstnames
            if i >= j or words[i] in given:
                continue  # a name that starts with a given name is a person without asking the model
            out.append((name_features(words, i, j, given, lex.is_common), typ))
    return out


def fit(data: list[tuple[list[str], str]], epochs: int = EPOCHS, seed: int = SEED) -> ActorTypeModel:
    """An averaged multiclass perceptron over ``data``."""
    counts = Counter(f for feats, _ in data for f in set(feats))
    keep = {f for f, n in counts.items() if n >= MIN_COUNT}
    data = [([f for f in feats if f in keep], TYPES.index(t)) for feats, t in data]
    n = len(TYPES)
    w: dict[str, list[float]] = {}
    total: dict[str, list[float]] = {}
    stamp: dict[str, list[int]] = {}
    step = 0
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, gold = data[k]
            step += 1
            scores = [0.0] * n
            for f in feats:
                v = w.get(f)
                if v is not None:
                    for c in range(n):
                        scores[c] += v[c]
            guess = max(range(n), key=lambda c: (scores[c], -c))
            if guess == gold:
                continue
            for f in feats:
                v = w.setdefault(f, [0.0] * n)
                t = total.setdefault(f, [0.0] * n)
                s = stamp.setdefault(f, [0] * n)
                for c, d in ((gold, 1.0), (guess, -1.0)):
                    t[c] += (step - s[c]) * v[c]
                    s[c] = step
                    v[c] += d
    avg = {}
    for f, v in w.items():
        t, s = total[f], stamp[f]
        a = [round((t[c] + (step - s[c]) * v[c]) / step, 4) for c in range(n)]
        if max(abs(x) for x in a) >= PRUNE:
            avg[f] = a
    return ActorTypeModel(avg, TYPES)


def accuracy(model: ActorTypeModel, data: list[tuple[list[str], str]]) -> float:
    right = 0
    for feats, typ in data:
        s = model.scores(feats)
        right += TYPES[max(range(len(TYPES)), key=lambda c: (s[c], -c))] == typ
    return round(right / len(data), 4) if data else 0.0


def train(data: str | None = None, out: str | None = None) -> Path:
    """Fit on GUM train and write the model (default ``newslib/models/actor_types.json``); prints the accuracy
    of the model alone on the gold names of GUM train and dev."""
    train_ex = examples(read_documents("train", data))
    dev_ex = examples(read_documents("dev", data))
    model = fit(train_ex)
    meta = {"data": "GUM CC-BY train (UD en_gum-cc-by-train.conllu, commit afb41ee), CC BY",
            "examples": len(train_ex), "epochs": EPOCHS, "seed": SEED,
            "train_accuracy": accuracy(model, train_ex), "dev_accuracy_gold_names": accuracy(model, dev_ex)}
    path = model.save(Path(out) if out else MODELS_DIR / MODEL_NAME, meta)
    print(f"actor types: {len(train_ex)} train names, {len(model.weights)} features; accuracy on gold names: "
          f"train {meta['train_accuracy']}, dev {meta['dev_accuracy_gold_names']} ({len(dev_ex)}) -> {path}")
    return path
