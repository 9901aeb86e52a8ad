"""Training the attribution sequence model on PolNeAR's train split: ``newslib train attribution``.

Every token of every train article gets the role of the gold span covering most of its characters (O, CUE,
SOURCE, CONTENT; the alphabetically first annotator, as in the evaluation). Vocabularies and each word's cue
prior come from the same split. The model is an averaged structured perceptron (Collins 2002) with Viterbi
decoding, trained for a fixed number of epochs (14) over a seeded shuffle, one sentence at a time, with
mistakes that involve a cue counting 5 times (cues decide whether an attribution exists; weighing them more
raised dev cue F1 from 0.65 to 0.67 and whole-attribution F1 from 0.65 to 0.69). No hash of Python strings
is used, so the result is reproducible given the same POS tagger. The weights are written to
``newslib/models/attribution.json`` (about 2.8 MB); training takes about 10 minutes on two free cores without
the syntax templates, about 30 on a loaded machine with them (the POS tagger runs over every train article).
"""
from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from ..datasets.polnear import default_dir, read_split
from ..tagging.attribution_model import (CHUNK_TEMPLATES, CLAUSE_TEMPLATES, CONTENT, CONTEXT_TEMPLATES, CUE, LABELS,
                                         MODEL_NAME, PARSE_TEMPLATES, POS_TEMPLATES, SOURCE, AttributionModel, lemma,
                                         shape)
from . import MODELS_DIR

EPOCHS = 14
CUE_WEIGHT = 5.0
TEMPLATES = AttributionModel.TEMPLATES + ("h_word_quote", "h_lem_wnext")
#: feature templates per use of the syntax layer (``newslib train attribution --syntax``), for the ablation
SYNTAX_TEMPLATES = {"none": TEMPLATES, "pos": TEMPLATES + POS_TEMPLATES,
                    "chunks": TEMPLATES + POS_TEMPLATES + CHUNK_TEMPLATES,
                    "parse": TEMPLATES + POS_TEMPLATES + CHUNK_TEMPLATES + PARSE_TEMPLATES,
                    "context": TEMPLATES + POS_TEMPLATES + CHUNK_TEMPLATES + CONTEXT_TEMPLATES,
                    "clause": TEMPLATES + POS_TEMPLATES + CHUNK_TEMPLATES + CLAUSE_TEMPLATES}
SYNTAX = "chunks"  # what the shipped model was trained with
ROLE = {"Cue": CUE, "Source": SOURCE, "Content": CONTENT}


def token_labels(article, sentences) -> list[int]:
    """Gold role of each token (in sentence order) from the article's Cue, Source and Content spans."""
    char = np.zeros(len(article.text) + 1, dtype=np.int8)
    for span in article.spans:
        role = ROLE.get(span.type)
        if role is None:
            continue
        for s, e in span.parts:
            char[s:e] = role
    out = []
    for sent in sentences:
        for t in sent.tokens:
            counts = np.bincount(char[t.start:t.end], minlength=len(LABELS))
            out.append(int(counts.argmax()))
    return out


def _prepare(articles):
    from ..article import Article
    from ..tokenize import tokenize_text

    docs = []
    for art in articles:
        a = Article.from_text(art.text)
        sents = tokenize_text(a.text, title=a.title)
        docs.append((a.text, sents, token_labels(art, sents)))
    return docs


def build_vocab(docs, min_word: int = 2, min_bigram: int = 3) -> dict:
    """Vocabularies of the train split (words and lemmas seen ``min_word`` times, bigrams ``min_bigram`` times),
    each frequent word's cue prior: how often it is (part of) a cue, in five buckets, and where cues end
    (``cue_edges``)."""
    words, lemmas, shapes, suffixes = Counter(), Counter(), Counter(), Counter()
    bigrams, cue_words = Counter(), Counter()
    for _text, sents, labels in docs:
        k = 0
        for s in sents:
            prev = ""
            for i, t in enumerate(s.tokens):
                low = t.text.lower()
                words[low] += 1
                lemmas[lemma(low)] += 1
                shapes[shape(t.text)] += 1
                suffixes[low[-3:]] += 1
                if i:
                    bigrams[prev + " " + low] += 1
                if labels[k] == CUE:
                    cue_words[low] += 1
                prev = low
                k += 1
    prior = [[w, b] for w, b in _buckets(words, cue_words).items() if b]
    return {"words": sorted(w for w, n in words.items() if n >= min_word),
            "lemmas": sorted(w for w, n in lemmas.items() if n >= min_word),
            "shapes": sorted(shapes),
            "suffixes": sorted(w for w, n in suffixes.items() if n >= min_word),
            "bigrams": sorted(w for w, n in bigrams.items() if n >= min_bigram),
            "cue_prior": sorted(prior),
            "cue_edges": cue_edges(docs),
            "lemma_prior": sorted(map(list, lemma_prior(docs).items()))}


def _buckets(counts: Counter, cues: Counter) -> dict[str, int]:
    """Each item seen 3 times or more: how often it is (part of) a cue, in five buckets (0 never, 1 under 5%,
    2 under 20%, 3 under half, 4 at least half)."""
    out = {}
    for w, n in counts.items():
        if n < 3:
            continue
        r = cues[w] / n
        out[w] = 0 if r == 0 else 1 if r < 0.05 else 2 if r < 0.2 else 3 if r < 0.5 else 4
    return out


def lemma_prior(docs) -> dict[str, int]:
    """Each lemma's cue rate over ``docs`` in the buckets of ``_buckets`` (lemmas seen under 3 times left out):
    the ``lem_rate`` template reads it, so that "believes" shares what "believe" and "believed" show."""
    lemmas, cue_lemmas = Counter(), Counter()
    for _text, sents, labels in docs:
        k = 0
        for s in sents:
            for t in s.tokens:
                lem = lemma(t.text.lower())
                lemmas[lem] += 1
                if labels[k] == CUE:
                    cue_lemmas[lem] += 1
                k += 1
    return _buckets(lemmas, cue_lemmas)


def word_prior(docs) -> dict[str, int]:
    """The word cue prior of ``build_vocab`` (non-zero buckets only) over ``docs``."""
    words, cue_words = Counter(), Counter()
    for _text, sents, labels in docs:
        k = 0
        for s in sents:
            for t in s.tokens:
                low = t.text.lower()
                words[low] += 1
                if labels[k] == CUE:
                    cue_words[low] += 1
                k += 1
    return {w: b for w, b in _buckets(words, cue_words).items() if b}


def fold_features(model: AttributionModel, docs, folds: int, words: bool = False) -> list:
    """Each document's features with the lemma cue rates (and with ``words`` the word cue priors too) of the
    other ``folds - 1`` folds (document i in fold i % folds): in training a word's own uses would otherwise
    vouch for it, and the model would trust a rate more than it deserves on text it has not seen. The model's
    own priors are put back afterwards."""
    full = (model.cue_prior, model.lemma_prior)
    out = [None] * len(docs)
    for f in range(folds):
        rest = [d for i, d in enumerate(docs) if i % folds != f]
        model.set_priors(word_prior(rest) if words else full[0], lemma_prior(rest))
        for i in range(f, len(docs), folds):
            text, sents, labels = docs[i]
            ids, bounds = model.features(text, sents)
            out[i] = (ids, bounds, np.array(labels, dtype=np.int64))
    model.set_priors(*full)
    return out


def _transitions(labels: np.ndarray, bounds) -> tuple[np.ndarray, np.ndarray]:
    K = len(LABELS)
    A = np.zeros((K, K))
    S = np.zeros(K)
    for a, b in bounds:
        if b > a:
            S[labels[a]] += 1
            if b - a > 1:
                np.add.at(A, (labels[a:b - 1], labels[a + 1:b]), 1)
    return A, S


def fit(docs, vocab: dict, epochs: int = 10, seed: int = 13, log=None, chunk: int = 1,
        cue_weight: float = 2.0, templates: tuple[str, ...] | None = None,
        source_weight: float = 1.0, folds: int = 0, fold_words: bool = False, seeds: int = 1,
        spurious_weight: float | None = None, cue_margin: float = 0.0) -> AttributionModel:
    """Averaged structured perceptron over prepared documents ``(text, sentences, labels)``.

    Sentences are decoded and updated one at a time (``chunk``); a mistake that involves a cue counts
    ``cue_weight`` times. ``templates`` picks feature templates (default: ``AttributionModel.TEMPLATES``).
    ``folds`` > 1: the lemma cue rates (``fold_words``: the word cue priors too) each document's features read
    come from the other folds (``fold_features``). ``seeds`` > 1: that many runs over shuffles seeded ``seed``,
    ``seed + 1``, ..., their averaged weights averaged. ``spurious_weight``: the weight of a mistake that labels
    CUE where gold has none (default ``cue_weight``: a missed cue and a spurious one cost alike).
    ``cue_margin``: cost-augmented decoding in training, a gold cue token's other labels scored ``cue_margin``
    higher, so that an update comes until CUE wins there by that margin (0: plain decoding)."""
    if not set(templates or ()) & {"lem_rate", "prior_ctx"}:
        # a model without the lemma-rate templates keeps the vocabulary (and the file) it had before them
        vocab = {k: v for k, v in vocab.items() if k != "lemma_prior"}
    model = AttributionModel(vocab, meta={"templates": list(templates)} if templates else {})
    if folds > 1:
        feats = fold_features(model, docs, folds, words=fold_words)
    else:
        feats = []
        for text, sents, labels in docs:
            ids, bounds = model.features(text, sents)
            feats.append((ids, bounds, np.array(labels, dtype=np.int64)))
    costs = (cue_weight if spurious_weight is None else spurious_weight, cue_margin)
    runs = [_perceptron(model, feats, epochs, seed + k, log, chunk, cue_weight, source_weight, costs)
            for k in range(max(seeds, 1))]
    # several shuffles' averaged weights averaged again: one linear model, so tagging costs what it did
    model.W = sum(r[0] for r in runs) / len(runs)
    model.A = sum(r[1] for r in runs) / len(runs)
    model.S = sum(r[2] for r in runs) / len(runs)
    return model


def _perceptron(model: AttributionModel, feats, epochs: int, seed: int, log, chunk: int, cue_weight: float,
                source_weight: float, costs: tuple[float, float] | None = None
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One averaged-perceptron run over the featured documents in the order ``seed`` shuffles them; the
    averaged weights, transitions and start scores (the model's own arrays are used and left at zero).
    ``costs``: ``(spurious_weight, cue_margin)`` of :func:`fit` (default: ``cue_weight`` and no margin)."""
    spurious_weight, cue_margin = costs if costs is not None else (cue_weight, 0.0)
    W, A, S = np.zeros_like(model.W), np.zeros_like(model.A), np.zeros_like(model.S)
    model.W, model.A, model.S = W, A, S
    Wu, Au, Su = np.zeros_like(W), np.zeros_like(A), np.zeros_like(S)
    c = 1
    order = list(range(len(feats)))
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(order)
        wrong = total = 0
        for di in order:
            ids_all, bounds_all, gold_all = feats[di]
            for ci in range(0, len(bounds_all), chunk):
                part = [b for b in bounds_all[ci:ci + chunk] if b[1] > b[0]]
                if not part:
                    continue
                a0, b0 = part[0][0], part[-1][1]
                ids = ids_all[a0:b0]
                gold = gold_all[a0:b0]
                bounds = [(a - a0, b - a0) for a, b in part]
                pred = model.decode(_cue_margin(model.scores(ids), gold, cue_margin), bounds)
                mis = pred != gold
                total += len(gold)
                if mis.any():
                    wrong += int(mis.sum())
                    m_ids = ids[mis]
                    gm, pm = gold[mis], pred[mis]
                    # mistakes about cues cost more: a cue decides whether an attribution exists at all
                    step = np.where(gm == CUE, cue_weight, np.where(pm == CUE, spurious_weight,
                                    np.where((gm == SOURCE) | (pm == SOURCE), source_weight, 1.0)))[:, None]
                    step = np.broadcast_to(step, m_ids.shape)
                    g = np.broadcast_to(gm[:, None], m_ids.shape)
                    p = np.broadcast_to(pm[:, None], m_ids.shape)
                    np.add.at(W, (m_ids, g), step)
                    np.add.at(W, (m_ids, p), -step)
                    np.add.at(Wu, (m_ids, g), c * step)
                    np.add.at(Wu, (m_ids, p), -c * step)
                    ga, gs = _transitions(gold, bounds)
                    pa, ps = _transitions(pred, bounds)
                    A += ga - pa
                    S += gs - ps
                    Au += c * (ga - pa)
                    Su += c * (gs - ps)
                c += 1
        if log:
            log(f"epoch {epoch + 1}: token error {wrong / max(total, 1):.4f}")
    out = (W - Wu / c, A - Au / c, S - Su / c)
    model.W, model.A, model.S = np.zeros_like(W), np.zeros_like(A), np.zeros_like(S)
    return out


def _cue_margin(emissions: np.ndarray, gold: np.ndarray, margin: float) -> np.ndarray:
    """Cost-augmented emissions: on each gold cue token every other label scores ``margin`` more (a missed cue
    is then charged until CUE wins by ``margin``); ``emissions`` as they are when ``margin`` is 0."""
    if not margin:
        return emissions
    out = emissions.copy()
    out[gold == CUE] += margin
    out[gold == CUE, CUE] -= margin
    return out


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def train(data: str | None = None, out: str | None = None, epochs: int = EPOCHS, log=_log,
          syntax: str = SYNTAX, folds: int = 0, fold_words: bool = False, seeds: int = 1,
          spurious_weight: float | None = None, cue_margin: float = 0.0, decode_bias: dict | None = None) -> Path:
    """Train on ``<data>/train`` (default ``<data_dir>/polnear``) and write the model JSON; returns its path.
    ``syntax``: which features of the syntax layer the model uses (none, pos, chunks: POS tags and chunks).
    ``spurious_weight``, ``cue_margin``: see :func:`fit`; ``decode_bias``: ``{"CUE": b, "SOURCE": b}`` added to
    the model's scores when it labels (``meta["decode_bias"]``, :class:`AttributionModel`). All off by default."""
    templates = SYNTAX_TEMPLATES[syntax]
    data_dir = Path(data) if data else default_dir()
    articles = read_split(data_dir, "train")
    log(f"{len(articles)} train articles from {data_dir}")
    docs = _prepare(articles)
    vocab = build_vocab(docs, min_word=3, min_bigram=5)
    model = fit(docs, vocab, epochs=epochs, log=log, cue_weight=CUE_WEIGHT, templates=templates, folds=folds,
                fold_words=fold_words, seeds=seeds, spurious_weight=spurious_weight, cue_margin=cue_margin)
    model.meta = {**model.meta, "data": "PolNeAR v1.0.0 train split (alphabetically first annotator per article)",
                  "articles": len(articles), "epochs": epochs, "cue_weight": CUE_WEIGHT, "labels": list(LABELS),
                  "syntax": syntax, **({"folds": folds, "fold_words": fold_words} if folds > 1 else {}),
                  **({"seeds": seeds} if seeds > 1 else {}),
                  **({"spurious_weight": spurious_weight} if spurious_weight is not None else {}),
                  **({"cue_margin": cue_margin} if cue_margin else {}),
                  **({"decode_bias": dict(decode_bias)} if decode_bias else {})}
    if model.uses_syntax:
        model.meta["pos_model"] = pos_fingerprint()
    path = Path(out) if out else MODELS_DIR / MODEL_NAME
    if path.is_dir():
        path = path / MODEL_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(model.to_json(), separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)  # atomic: a tagger running meanwhile reads the old model or the new one, never half
    return path


def pos_fingerprint() -> str:
    """The first 16 hex digits of the SHA-256 of the shipped part-of-speech tagger (``newslib/models/pos.npz``).
    A model trained with the syntax templates reads that tagger's tags, so ``train`` records it in the model's
    ``meta["pos_model"]``: a test checks that the shipped attribution model was trained against the shipped
    tagger (a new tagger means ``newslib train attribution`` again)."""
    from importlib import resources

    from ..syntax.tagger import MODEL_NAME as POS_MODEL, model_path

    try:
        data = resources.files("newslib.models").joinpath(POS_MODEL).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        data = model_path().read_bytes()
    return hashlib.sha256(data).hexdigest()[:16]


def cue_edges(docs, min_count: int = 3) -> list[list]:
    """How gold cues end, as counts over pairs of adjacent tokens (lower case) in one sentence: ``[left,
    right, inside, stop_right, stop_left]``, where ``inside`` counts the pair within one cue, ``stop_right``
    the left word ending a cue with the right word just after it, and ``stop_left`` the right word starting a
    cue with the left word just before it. The tagger uses them to move a cue's edges by one token where the
    train annotations mostly draw the edge elsewhere ("said in" vs "said", "wrote to" vs "wrote"). Only pairs
    seen ``min_count`` times in all are kept, sorted."""
    counts: dict[tuple[str, str], list[int]] = {}
    for _text, sents, labels in docs:
        k = 0
        for s in sents:
            lab = labels[k:k + len(s.tokens)]
            low = [t.text.lower() for t in s.tokens]
            for i in range(len(low) - 1):
                a, b = lab[i] == CUE, lab[i + 1] == CUE
                if not (a or b):
                    continue
                c = counts.setdefault((low[i], low[i + 1]), [0, 0, 0])
                c[0 if a and b else 1 if a else 2] += 1
            k += len(s.tokens)
    return [[x, y, *c] for (x, y), c in sorted(counts.items()) if sum(c) >= min_count]
