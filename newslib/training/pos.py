"""Training the part-of-speech tagger on the UD English treebanks: ``newslib train pos``.

Data: EWT train and GUM (CC BY part) train, no other labelled text (the dev splits are for ``newslib eval pos``).
Every sentence is used as newslib's tokenizer cuts its text (``long-term`` one token, which takes the tag
of the word heading the group; see :func:`newslib.datasets.ud.newslib_tokens`); a sentence that the
treebank tokenizes differently is used a second time as the treebank cuts it, so that the tagger also
reads treebank-tokenized input (``long`` ``-`` ``term``) as NLTK users pass it.

Learning: an averaged structured perceptron (Collins 2002) with first-order Viterbi, over minibatches of
``BATCH`` sentences in a seeded shuffle, for ``EPOCHS`` epochs; features as :mod:`newslib.syntax.features`.
No Python string hash is involved, so the model is the same on every run. Weights whose magnitude stays
below ``PRUNE`` after averaging are dropped (rows and vocabulary entries with them), and the rest stored as
float16 in ``newslib/models/pos.npz``.

Each word's ambiguity class (the tags it took at least 5% of its ``MIN_COUNT`` or more occurrences) comes
from the same training data; its word clusters (:mod:`newslib.training.word_clusters`) from the news texts
beside the treebanks (PolNeAR train, FNC-1 bodies) and the treebanks' train text: with them (and a 5-letter
suffix) EWT dev rose from 0.9440 to 0.9466 after 5 epochs, 0.9460 after 6 (dev is where this was tuned).
Measured on the dev splits and left out: a capitals class from the same news (how often a word is
capitalized inside a line) with clusters two away and at the finest level one away, and clusters of words
seen 3 times rather than 5, the three together (EWT dev 0.9435 against 0.9461 after 4 epochs); ambiguity classes jackknifed over 4
folds (EWT dev 0.9405 against 0.9435 after 3 epochs), eight more neighbour templates (cased forms, suffixes
and shapes two away: 0.9423 against 0.9435), per-sentence updates instead of minibatches of 8 (0.9446
against 0.9435 after 6 epochs, at four times the training time).

2026-12-03 (branch syntax2, issue 11's 0.95 on EWT dev; EWT dev words after epochs 1-6, against the shipped
setting's 0.9395 / 0.9432 / 0.9444 / 0.9455 / 0.9462 / 0.9458, GUM dev 0.9615, which the same runs reproduced to the
digit), none kept: (1) three hashed templates of the right context's ambiguity classes taken together (``a0 a+1
a+2``, ``w0 a+1 a+2``, ``a-1 a0 a+1``) 0.9405 / 0.9439 / 0.9453 / 0.9453 / 0.9454 / 0.9458, GUM 0.9618 (fewer
training errors, 0.0108 against 0.0136, the same dev); (2) stacking: a second pass whose scores are the first
pass's emissions plus weights over the first pass's predicted tags at -2..+2, the tag pairs (-1, +1), (-2, -1),
(+1, +2), and hashed pairs of the word's ambiguity class with them, then Viterbi again, the training tags and
emissions jackknifed over 4 folds (the fold's own ambiguity classes): folds by sentence (out-of-fold accuracy
0.9555, too good: neighbouring sentences of a document fall in other folds) gave 0.9431 / 0.9424 / 0.9423 /
0.9421 after 1-4 second-pass epochs (GUM 0.9566), the predicted tags alone 0.9445 / 0.9453 / 0.9444 (GUM 0.9586),
the first pass's scores times 5 0.9435 / 0.9438 / 0.9439; folds by document (out-of-fold 0.9445, as on dev): the
tags alone 0.9440 / 0.9444 / 0.9440 (GUM 0.9580), everything 0.9420 / 0.9425 / 0.9421 (GUM 0.9564): the second
pass learns to fix the first pass's training errors and makes new ones on dev; (3) second-order Viterbi, tag
trigram weights learned with the rest (beam 4 in training and tagging; decoding about 2.5 times the first-order
time) 0.9405 / 0.9436 / 0.9450 / 0.9449 / 0.9450 / 0.9457 (beam 3: 0.9456), GUM dev 0.9632 (+0.0017 there, none
on EWT, so the chain of retrained parser and attribution model was not worth its cost).

2026-12-03 (branch syntax3): a different model class beside the perceptron, the neural window tagger of
:mod:`newslib.syntax.window_net` (trained by :mod:`newslib.training.pos_net` on the same data, its word
embeddings started from the PPMI vectors the clusters are cut from), its log-probabilities times a weight
chosen on dev added to the perceptron's emissions before the same Viterbi. ``newslib train pos --net`` writes
it into ``pos.npz``; plain ``newslib train pos`` (``NET`` False) still writes the perceptron alone, because
EWT dev stayed below 0.95. Each line: the network alone after its epochs, then perceptron + network at the
best weight (in brackets), EWT dev words / GUM dev words against the perceptron's 0.9458 / 0.9615:
(1) lower-cased word (64 dimensions), 2-4-letter suffixes, 2-letter prefix, shape, case class; window +-2, 256
ReLU units, no dropout, Adam 1e-3: alone 0.9382 / 0.9392 / 0.9373 after epochs 1-3 (it learns the training
data by heart: 1.7% training errors after 3), combined 0.9473 (4) / 0.9483 (8) / 0.9485 (6), GUM 0.9636 /
0.9642 / 0.9638; (2) with the word's ambiguity class, dropout 0.1 on the inputs and 0.3 on the hidden layer:
alone 0.9386 / 0.9421 / 0.9411, combined 0.9464 / 0.9477 / 0.9478 (8), GUM 0.9632 / 0.9633 / 0.9626; (3)
dropout 0.25 / 0.5, the learning rate times 0.6 each epoch: alone 0.9382 / 0.9413 / 0.9419, combined 0.9477
(12) after 3, GUM 0.9626; (4) as (3) without the ambiguity class, lazy Adam for the embeddings, 5 epochs:
alone 0.9444 (GUM 0.9621, above the perceptron's), combined 0.9483 (8), GUM 0.9641; a second seed's network
was stopped after 2 epochs (an ensemble costs one network's time per member, which the speed budget below
has no room for). Speed: 256 hidden units made ``tag_ids`` over 100 PolNeAR texts 2.4-2.7 times the
perceptron's time, and even 48 units about 1.8 times, until the output layer was multiplied in blocks of 256
tokens (one BLAS thread per product; one product over a whole batch spread over threads was 4 times slower
on these shared cores): 64 units then cost 1.2 times (``benchmarks/syntax.py --quick``, two runs each, POS
tags against NLTK tokenization 0.14 / 0.20 with the perceptron alone, 0.19 / 0.23 with the network). So (5) 64 hidden units (dropout 0.3), and every feature of the word
type the perceptron reads (cased form, suffixes 1-5, prefixes 1-3, shape, ambiguity class, the three word
clusters, case), which costs nothing when tagging (each type's first-layer projection is computed once and
cached): alone 0.9353 / 0.9391 / 0.9410 / 0.9415 / 0.9421 after epochs 1-5; combined 0.9480 (10), GUM 0.9629
(the model file, 7.1 MB, through ``newslib eval pos``: EWT 0.9479 words / 0.9439 newslib tokens, GUM 0.9629 /
0.9621, against 0.9458 / 0.9421 and 0.9615 / 0.9605; ``newslib train pos --net`` wrote the same arrays again,
its perceptron those of the shipped ``pos.npz``).
(6) 128 hidden units (dropout 0.4) with the features of (5) was stopped after its first epoch (alone 0.9377,
combined 0.9464 (4), GUM 0.9625: no better than (5) at that point) for want of time.
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path
from collections import Counter
from typing import Callable, Sequence

import numpy as np

from ..datasets import ud
from ..linear import viterbi
from ..syntax.features import ARRAY_TEMPLATES, PAIR_BUCKETS, PAIR_TEMPLATES, TYPE_TEMPLATES, FeatureSpace, normalize
from ..syntax.tagger import MODEL_NAME, PosTagger
from . import MODELS_DIR, perceptron, pos_net, word_clusters
from .. import config

EPOCHS = 6
BATCH = 8
SEED = 11
PRUNE = 0.05
MIN_COUNT = 3
TREEBANKS = ("ewt", "gum")
#: whether ``newslib train pos`` adds the neural window tagger, and the weight of its log-probabilities
NET = False
NET_WEIGHT = 10.0


def examples(sentences: Sequence[ud.UDSentence], both: bool = True) -> list[tuple[list[str], list[str]]]:
    """``(tokens, xpos tags)`` of each sentence as newslib tokenizes it, then (``both``) as the treebank
    does where the two differ."""
    from ..tokenize.words import NewsWordTokenizer

    tok = NewsWordTokenizer()
    out = []
    for s in sentences:
        text, spans, picks = ud.newslib_tokens(s, tok)
        ours = [text[a:b] for a, b in spans]
        out.append((ours, [s.words[k].xpos for k in picks]))
        gold = [w.form for w in s.words]
        if both and gold != ours:
            out.append((gold, [w.xpos for w in s.words]))
    return out


def ambiguity_classes(data: Sequence[tuple[list[str], list[str]]], min_count: int = MIN_COUNT,
                      min_share: float = 0.05) -> dict[str, str]:
    """Each word seen at least ``min_count`` times: the tags it took at least ``min_share`` of the time
    (``NN|VB``), by normalized form and by its lower case (the form wins where both exist)."""
    by_form: dict[str, Counter] = {}
    by_low: dict[str, Counter] = {}
    for toks, ts in data:
        for w, t in zip(toks, ts):
            n = normalize(w)
            by_form.setdefault(n, Counter())[t] += 1
            by_low.setdefault(n.lower(), Counter())[t] += 1
    out: dict[str, str] = {}
    for table in (by_low, by_form):
        for w, counts in table.items():
            total = sum(counts.values())
            if total >= min_count:
                out[w] = "|".join(sorted(t for t, k in counts.items() if k >= min_share * total))
    return out


def _features(space: FeatureSpace, data) -> np.ndarray:
    """Feature ids of every training token (the space's vocabularies grow as it goes)."""
    return space.ids([t for ts, _ in data for t in ts], [len(ts) for ts, _ in data]).astype(np.int32)


def fit(data: Sequence[tuple[list[str], list[str]]], epochs: int = EPOCHS, batch: int = BATCH, seed: int = SEED,
        pair_buckets: int = PAIR_BUCKETS, log: Callable[[str], None] | None = None,
        on_epoch: Callable[[int, PosTagger], None] | None = None,
        clusters: dict[str, tuple[int, ...]] | None = None) -> PosTagger:
    """An averaged perceptron over ``data`` (``(tokens, tags)`` pairs); the pruned, compact tagger.
    ``clusters``: word clusters from unlabeled text (:func:`newslib.training.word_clusters.clusters`)."""
    tags = sorted({t for _, ts in data for t in ts})
    tag_id = {t: i for i, t in enumerate(tags)}
    K = len(tags)
    space = FeatureSpace(lexicon=ambiguity_classes(data), pair_buckets=pair_buckets, clusters=clusters)
    space.grow = True
    tokens = [t for ts, _ in data for t in ts]
    lengths = [len(ts) for ts, _ in data]
    ids = _features(space, data)
    space.freeze()
    gold = np.array([tag_id[t] for _, ts in data for t in ts], dtype=np.int64)
    ends = np.cumsum(lengths)
    starts = ends - np.asarray(lengths)
    R = space.layout()["_total"]
    T = ids.shape[1]
    if log:
        log(f"{len(data)} sentences, {len(tokens)} tokens, {K} tags, {R} weight rows x {T} templates")
    W = np.zeros((R, K), dtype=np.float32)
    U = np.zeros((R, K), dtype=np.float64)  # sum of c * update: the average is W - U / c
    A = np.zeros((K, K), dtype=np.float64)
    UA = np.zeros((K, K), dtype=np.float64)
    S = np.zeros(K, dtype=np.float64)
    US = np.zeros(K, dtype=np.float64)
    rng = random.Random(seed)
    order = list(range(len(data)))
    c = 1
    for epoch in range(epochs):
        t0 = time.perf_counter()
        rng.shuffle(order)
        errors = 0
        for b in range(0, len(order), batch):
            sel = order[b:b + batch]
            rows = np.concatenate([np.arange(starts[i], ends[i]) for i in sel])
            bounds, n = [], 0
            for i in sel:
                bounds.append((n, n + lengths[i]))
                n += lengths[i]
            bid = ids[rows]
            em = W[bid[:, 0]].astype(np.float64)
            for j in range(1, T):
                em += W[bid[:, j]]
            pred = viterbi(em, bounds, A, S)
            g = gold[rows]
            wrong = np.nonzero(pred != g)[0]
            if len(wrong):
                errors += len(wrong)
                perceptron.correct(W, U, bid[wrong], g[wrong], pred[wrong], c)
                # tag bigrams and sentence starts: gold counts minus predicted counts
                firsts = np.array([a for a, _ in bounds])
                not_first = np.ones(len(rows), dtype=bool)
                not_first[firsts] = False
                k = np.nonzero(not_first)[0]
                np.add.at(A, (g[k - 1], g[k]), 1.0)
                np.add.at(A, (pred[k - 1], pred[k]), -1.0)
                np.add.at(UA, (g[k - 1], g[k]), float(c))
                np.add.at(UA, (pred[k - 1], pred[k]), -float(c))
                np.add.at(S, g[firsts], 1.0)
                np.add.at(S, pred[firsts], -1.0)
                np.add.at(US, g[firsts], float(c))
                np.add.at(US, pred[firsts], -float(c))
            c += 1
        if log:
            log(f"epoch {epoch + 1}: {errors} training errors ({errors / len(tokens):.4f}), "
                f"{time.perf_counter() - t0:.0f} s")
        if on_epoch:
            on_epoch(epoch + 1, _compact(space, tags, W - U / c, A - UA / c, S - US / c))
    return _compact(space, tags, W - U / c, A - UA / c, S - US / c)


def _compact(space: FeatureSpace, tags: list[str], W: np.ndarray, A: np.ndarray, S: np.ndarray,
             prune: float = PRUNE) -> PosTagger:
    """The tagger with only the rows that keep a weight of magnitude ``prune`` or more."""
    W = np.where(np.abs(W) >= prune, W, 0.0).astype(np.float32)
    keep = np.any(W != 0, axis=1)
    vocab: dict[str, list[str]] = {}
    old_rows: list[int] = []
    for name, _, _ in TYPE_TEMPLATES:
        kept = [(v, r) for v, r in space.vocab[name].items() if keep[r]]
        vocab[name] = [v for v, _ in kept]
        old_rows.extend(r for _, r in kept)
    off = space.layout()
    for name, size in ARRAY_TEMPLATES.items():
        old_rows.extend(range(off[name], off[name] + size))
    pair_keys = {}
    for name in PAIR_TEMPLATES:
        block = np.nonzero(keep[off[name]:off[name] + space.pair_buckets])[0]
        pair_keys[name] = block.astype(np.int64)
        old_rows.extend((off[name] + block).tolist())
    new_space = FeatureSpace(vocab, pair_keys=pair_keys, lexicon=space.lexicon, pair_buckets=space.pair_buckets,
                             clusters=space.clusters)
    assert new_space.layout()["_total"] == len(old_rows) + 1
    Wc = np.zeros((len(old_rows) + 1, len(tags)), dtype=np.float32)
    Wc[1:] = W[np.array(old_rows, dtype=np.int64)]
    return PosTagger(tags, new_space, Wc, A.astype(np.float32), S.astype(np.float32))


def training_data(data: str | Path | None = None) -> list[tuple[list[str], list[str]]]:
    out = []
    for tb in TREEBANKS:
        out.extend(examples(ud.load(tb, "train", data)))
    return out


def unlabeled_streams(data: str | Path | None = None) -> list[list[str]]:
    """The lines of tokens of the news texts beside the UD folder (``<data>/..``: PolNeAR train, FNC-1 bodies,
    whichever are there) and of the treebanks' train sentences."""
    folder = Path(data) if data else config.corpus_path("ud")
    streams = word_clusters.token_streams(word_clusters.unlabeled_texts(folder.resolve().parent))
    for tb in TREEBANKS:
        streams.extend([normalize(w.form) for w in s.words] for s in ud.load(tb, "train", data))
    return streams


def clusters_for(data: str | Path | None = None, streams: list[list[str]] | None = None) -> dict[str, tuple[int, ...]]:
    """Word clusters from :func:`unlabeled_streams` (or ``streams``)."""
    from threadpoolctl import threadpool_limits

    streams = unlabeled_streams(data) if streams is None else streams
    with threadpool_limits(limits=1):  # one BLAS thread: the same sums in the same order on any core count
        return word_clusters.clusters(streams)


def train(data: str | None = None, out: str | None = None, epochs: int | None = None, net: bool = NET) -> Path:
    """Train on EWT train + GUM train from ``data`` (default ``<data_dir>/ud``, :mod:`newslib.config`), with word
    clusters from the news texts beside it, and (``net``) the neural window tagger whose log-probabilities,
    times ``NET_WEIGHT``, join the perceptron's scores; write the model to ``out`` (default
    ``newslib/models/pos.npz``) and return its path."""
    def log(msg: str) -> None:
        print(f"train pos: {msg}", file=sys.stderr, flush=True)

    epochs = epochs or EPOCHS
    t0 = time.perf_counter()
    streams = unlabeled_streams(data)
    clusters = clusters_for(data, streams)
    log(f"{len(clusters)} word clusters, {time.perf_counter() - t0:.0f} s")
    train_data = training_data(data)
    model = fit(train_data, epochs=epochs, pair_buckets=PAIR_BUCKETS, log=log, clusters=clusters)
    model.meta.update({"trained_on": "UD EWT train + GUM cc-by train; word clusters also from PolNeAR train "
                                     "and FNC-1 bodies", "epochs": epochs})
    if net:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1):
            vectors = word_clusters.vectors(streams)
            model.net = pos_net.fit(train_data, model.tags, vectors, epochs=pos_net.EPOCHS, hidden=pos_net.HIDDEN,
                                    space=model.space, log=log)
        model.net_weight = NET_WEIGHT
        model.meta.update({"net_epochs": pos_net.EPOCHS, "net_weight": NET_WEIGHT})
    path = Path(out) if out else MODELS_DIR / MODEL_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    return model.save(path)
