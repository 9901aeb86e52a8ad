"""Headline–body consistency (FNC-1 stance): is the body about the headline's claim, and if so does it
agree with it, disagree with it, or only discuss it?

- :func:`stance` judges a headline and a body given as strings;
- :func:`check_headline` judges an article's title against its body sentences (called by ``tag()``);
- :func:`predict_csv` labels FNC-1 style CSV files (``newslib stance``).

The model (:mod:`newslib.stance.model`) is a small gradient-boosted tree ensemble over the features of
:mod:`newslib.stance.features`, trained on the FNC-1 training split by ``newslib train stance``. It gives a
probability for each of agree, disagree, discuss and unrelated. The label chosen is the one with the highest
expected FNC-1 score (0.25 for the right related/unrelated call, 0.75 more for the right related stance).
The probabilities are calibrated (:mod:`newslib.stance.calibration`): ``p_related`` = ``1 - P(unrelated)``
(also ``score``) and ``p_stance`` = P(the stance chosen). For ``disagree`` the evidence is the body
sentences that contradict the headline (:mod:`newslib.stance.contradiction`), not the most similar ones.
"""
from __future__ import annotations

import csv
import os
from itertools import chain
from typing import Callable, Iterable, Sequence

import numpy as np

from ..errors import InputError
from ..spans import Span
from . import contradiction as C
from . import features as F
from ..datasets.fnc1 import LABELS, Pair, read_bodies, read_stances
from .model import StanceModel, shipped
from .result import StanceResult

__all__ = ["StanceResult", "stance", "check_headline", "check_headlines", "predict_csv", "decide", "sentence_offsets",
           "LABELS"]


#: A single article's headline is called related when P(related) reaches this: more likely than not.
RELATED_AT = 0.5


def expected_score(proba: np.ndarray, labels: Sequence[str] = LABELS) -> np.ndarray:
    """The FNC-1 points each label would earn in expectation, one row per row of class probabilities: a
    related label 0.25 for relatedness and 0.75 more if right, unrelated 0.25 if right."""
    proba = np.atleast_2d(proba)
    u = list(labels).index("unrelated")
    gain = 0.25 * (1.0 - proba[:, [u]]) + 0.75 * proba
    gain[:, u] = 0.25 * proba[:, u]
    return gain


def decide(proba: np.ndarray, labels: Sequence[str] = LABELS, weights: Sequence[float] | None = None, *,
           related_at: float | None = None) -> list[str]:
    """The label with the highest expected FNC-1 score for each row of class probabilities; ``weights``
    (one per label, from the model: chosen on out-of-fold scores of the training pairs) scale each label's expected score, so
    that a rare class is not always outvoted.

    With ``related_at``, related or unrelated is decided first, by P(related) >= ``related_at``, and only the
    stance by the expected score: the reader's rule of :func:`stance`, :func:`check_headline` and ``newslib
    check``. Without it (the FNC-1 batch mode and ``newslib eval fnc1``), a pair may be called related at a
    lower probability, because a right stance earns three times the points of a right unrelated."""
    proba = np.atleast_2d(proba)
    u = list(labels).index("unrelated")
    gain = expected_score(proba, labels)
    if weights is not None:
        gain = gain * np.asarray(weights, dtype=np.float64)
    if related_at is not None:
        unrelated = (1.0 - proba[:, u]) < related_at
        gain[unrelated] = -np.inf
        gain[unrelated, u] = 0.0
        gain[~unrelated, u] = -np.inf
    return [labels[i] for i in gain.argmax(axis=1)]


def sentence_offsets(body: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank sentence of a body text, as the stance features see them."""
    from ..tokenize import sentence_spans

    return [(s, e) for s, e in sentence_spans(body) if body[s:e].strip()]


#: Contradicting sentences shown as the evidence of a disagree.
MAX_CONTRADICTING = 3


def _evidence(top: list[int], head: F.Unit, b: F.Body, label: str, vocab: F.Vocab) -> list[int]:
    """Body sentences shown as evidence: of the best-matching ones, those covering at least half as much of
    the headline (IDF-weighted) as the best; only the best one for unrelated. For disagree, the sentences
    that contradict the headline (strongest first: how much of the headline they cover x how many kinds of
    contradiction they show); failing any, the best-matching ones holding refuting or negating cues first."""
    if label == "disagree":
        cover = F.cover(head, b, vocab)
        found = F.contradictions(head, b, cover)[1]
        if found:
            return C.strongest(found, cover, MAX_CONTRADICTING)
    hs = head.stemset
    total = sum(vocab.w(s) for s in hs) or 1.0
    cov = {i: sum(vocab.w(s) for s in hs & b.sents[i].stemset) / total for i in top}
    best = max(cov.values(), default=0.0)
    if best <= 0:
        return []
    keep = [i for i in top if cov[i] >= 0.5 * best]
    if label == "unrelated":
        return keep[:1]
    if label == "disagree":
        keep.sort(key=lambda i: -(b.sents[i].cues["refute"] + b.sents[i].cues["negation"]))
    return keep


def _judge(model: StanceModel, head: F.Unit, b: F.Body) -> tuple[str, np.ndarray, list[int]]:
    x, top = F.features(head, b, model.vocab)
    p = model.proba(np.array([x]), [F.bow(b, top)])[0]
    return _decided(model, head, b, top, p)


def _decided(model: StanceModel, head: F.Unit, b: F.Body, top: list[int],
             p: np.ndarray) -> tuple[str, np.ndarray, list[int]]:
    """``_judge``'s label, probabilities and evidence from the pair's probabilities ``p``."""
    label = decide(p[None, :], model.labels, model.decision_weights, related_at=RELATED_AT)[0]
    return label, p, _evidence(top, head, b, label, model.vocab)


def stance(title: str, body: str, *, model: StanceModel | None = None) -> StanceResult:
    """Judge a headline against a body (plain strings). Evidence spans index ``body``."""
    model = model or shipped()
    spans = sentence_offsets(body)
    b = F.body([body[s:e] for s, e in spans], model.vocab)
    label, p, ev = _judge(model, F.unit(title), b)
    probs = {lab: float(v) for lab, v in zip(model.labels, p)}
    return StanceResult(label != "unrelated", label, 1.0 - probs["unrelated"],
                        tuple(Span.of(body, *spans[i]) for i in ev), probs)


def check_headline(article, sentences) -> StanceResult | None:
    """Judge ``article.title`` against the body sentences (the non-title ones). None without title or body.

    ``score`` (``p_related``) is the model's calibrated probability that title and body are related,
    ``p_stance`` that of the stance chosen; ``evidence`` the body sentences (offsets into the article's
    text) that decide it."""
    return check_headlines([(article, sentences)])[0]


def check_headlines(docs: Sequence[tuple]) -> list[StanceResult | None]:
    """:func:`check_headline` of each ``(article, sentences)`` of ``docs`` (the same results), with the
    forest walked once for all of them (:meth:`StanceModel.proba_each`): ``tag_many`` checks a batch so."""
    model = shipped()
    pending = []  # (index, body sentences, headline unit, body, top sentences, features)
    prepared = []
    for i, (article, sentences) in enumerate(docs):
        body_sents = _body_sentences(article, sentences)
        if body_sents is not None:
            prepared.append((i, body_sents, F.unit(article.title.text), F.body([s.text for s in body_sents],
                                                                               model.vocab)))
    # the units whose scan reads a contest's subject, tagged in one batch (the same tags as one by one)
    F.tag_subjects(chain.from_iterable(F.subject_units(head, b, model.vocab) for _, _, head, b in prepared))
    for i, body_sents, head, b in prepared:
        x, top = F.features(head, b, model.vocab)
        pending.append((i, body_sents, head, b, top, x))
    bows = [F.bow(b, top) for _, _, _, b, top, _ in pending]
    probas = model.proba_each(np.array([x for *_, x in pending]), bows)
    out: list[StanceResult | None] = [None] * len(docs)
    for (i, body_sents, head, b, top, _), p in zip(pending, probas):
        out[i] = _article_result(model, body_sents, *_decided(model, head, b, top, p))
    return out


def _body_sentences(article, sentences) -> list | None:
    """The body sentences a headline is checked against (not the title, not blank); None if there is no title
    or no such sentence."""
    if article.title is None:
        return None
    body_sents = [s for s in sentences if not s.title and s.text.strip()]
    return body_sents or None


def _article_result(model: StanceModel, body_sents: list, label: str, p: np.ndarray, ev: list[int]) -> StanceResult:
    related_p = 1.0 - float(p[list(model.labels).index("unrelated")])
    return StanceResult(label != "unrelated", label, related_p, tuple(body_sents[i].span for i in ev),
                        {lab: float(v) for lab, v in zip(model.labels, p)})


def predict_pairs(pairs: Iterable[Pair], bodies: dict[int, str], model: StanceModel | None = None,
                  *, return_proba: bool = False):
    """Labels (and optionally probabilities) for (headline, body id) pairs; each body is prepared once."""
    model = model or shipped()
    X, bows = pair_features(pairs, bodies, model.vocab)
    proba = model.proba(X, bows) if len(X) else np.zeros((0, len(model.labels)))
    labels = decide(proba, model.labels, model.decision_weights) if len(X) else []
    return (labels, proba) if return_proba else labels


def body_cache(bodies: dict[int, str], vocab: F.Vocab) -> Callable[[int], F.Body]:
    """A function from a body id of ``bodies`` to its prepared :class:`features.Body` (split into sentences by
    :func:`sentence_offsets`), each body prepared once however many headlines share it."""
    prepared: dict[int, F.Body] = {}

    def body(body_id: int) -> F.Body:
        b = prepared.get(body_id)
        if b is None:
            text = bodies[body_id]
            b = prepared[body_id] = F.body([text[s:e] for s, e in sentence_offsets(text)], vocab)
        return b

    return body


def pair_features(pairs: Iterable[Pair], bodies: dict[int, str], vocab: F.Vocab) -> tuple[np.ndarray, list]:
    """Feature rows (:data:`features.FEATURE_NAMES`) and hashed n-gram lists of the pairs."""
    body = body_cache(bodies, vocab)
    heads: dict[str, F.Unit] = {}
    rows, bows = [], []
    for p in pairs:
        b = body(p.body_id)
        h = heads.get(p.headline)
        if h is None:
            h = heads[p.headline] = F.unit(p.headline)
        x, top = F.features(h, b, vocab)
        rows.append(x)
        bows.append(F.bow(b, top))
    return np.array(rows, dtype=np.float64).reshape(len(rows), len(F.FEATURE_NAMES)), bows


def predict_csv(bodies_csv: str | os.PathLike, stances_csv: str | os.PathLike, out_csv: str | os.PathLike) -> int:
    """FNC-1 prediction: a Stance for each (Headline, Body ID) row of ``stances_csv`` (in input order; a
    Stance column there is ignored), written to ``out_csv`` as Headline, Body ID, Stance. Returns the number
    of rows. Raises :class:`InputError` naming the file for a missing file or column or an unknown Body ID."""
    bodies = read_bodies(bodies_csv)
    pairs = read_stances(stances_csv)
    for i, p in enumerate(pairs, 2):
        if p.body_id not in bodies:
            raise InputError(os.fspath(stances_csv), f"row {i}: Body ID {p.body_id} not in {os.fspath(bodies_csv)}")
    labels = predict_pairs(pairs, bodies)
    try:
        with open(out_csv, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["Headline", "Body ID", "Stance"])
            for p, lab in zip(pairs, labels):
                w.writerow([p.headline, p.body_id, lab])
    except OSError as exc:
        raise InputError(os.fspath(out_csv), f"cannot be written ({exc.strerror or exc})") from None
    return len(pairs)
