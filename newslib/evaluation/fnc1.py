"""Scoring headline–body stance on FNC-1's customary dev split (``newslib eval fnc1``).

The split is the official baseline's: the Body IDs of ``train_bodies.csv`` (in file order, which is sorted)
shuffled with ``random.Random(1489215)``, the first 80% train and the last 20% dev; pairs follow their body.
:func:`evaluate` scores the shipped model (trained on the same train part, so dev is unseen by it), or a model
fitted on the train part by the ``fit`` it is given: ``newslib eval fnc1`` passes the code of ``newslib train
stance`` (:func:`newslib.training.stance.fit`), so that evaluation never imports training itself.

Rows: the FNC-1 score relative to the best possible (``score``), accuracy, related/unrelated accuracy, and
precision/recall/F1 per class; ``extra["confusion"]`` is the confusion matrix (gold row → predicted column).
"""
from __future__ import annotations

import os
import time
from collections import Counter
from typing import Callable

from ..datasets.fnc1 import LABELS, Pair, default_dir, load_split
from .report import EvalReport, prf


def fnc_score(gold, pred) -> tuple[float, float]:
    """The FNC-1 score and the best possible one: +0.25 when related/unrelated is right, +0.75 more when a
    related pair's stance is exactly right."""
    score = best = 0.0
    for g, p in zip(gold, pred):
        g_rel, p_rel = g != "unrelated", p != "unrelated"
        best += 0.25 + (0.75 if g_rel else 0.0)
        if g_rel == p_rel:
            score += 0.25
            if g_rel and g == p:
                score += 0.75
    return score, best


def score_predictions(gold: list[str], pred: list[str], task: str = "fnc1") -> EvalReport:
    """An :class:`EvalReport` for parallel lists of gold and predicted FNC-1 labels."""
    s, best = fnc_score(gold, pred)
    n = len(gold)
    acc = sum(g == p for g, p in zip(gold, pred)) / n if n else 0.0
    rel = sum((g == "unrelated") == (p == "unrelated") for g, p in zip(gold, pred)) / n if n else 0.0
    rows = {"fnc score": {"score": s / best if best else 0.0, "raw": round(s, 2), "max": round(best, 2)},
            "accuracy": {"accuracy": acc}, "related/unrelated": {"accuracy": rel}}
    gc, pc = Counter(gold), Counter(pred)
    f1s = []
    for lab in LABELS:
        tp = sum(1 for g, p in zip(gold, pred) if g == p == lab)
        rows[lab] = prf(tp, pc[lab], gc[lab])
        f1s.append(rows[lab]["f1"])
    rows["macro"] = {"f1": sum(f1s) / len(f1s)}
    confusion = {g: {p: sum(1 for a, b in zip(gold, pred) if a == g and b == p) for p in LABELS} for g in LABELS}
    info = {"pairs": n, "gold": dict(gc), "predicted": dict(pc)}
    return EvalReport(task, rows, info, {"confusion": confusion})


def evaluate(data_dir: str | os.PathLike | None = None, *,
             fit: Callable[[dict[int, str], list[Pair]], object] | None = None) -> EvalReport:
    """Score a stance model on the dev split of the FNC-1 data in ``data_dir`` (default ``<data_dir>/fnc-1``):
    the shipped model, or ``fit(bodies, train_pairs)`` (a ``StanceModel``) when ``fit`` is given."""
    from ..stance import predict_pairs
    from ..stance.model import shipped

    data_dir = data_dir if data_dir is not None else default_dir()
    bodies, train_pairs, dev_pairs = load_split(data_dir)
    t0 = time.time()
    retrain = fit is not None
    model = fit(bodies, train_pairs) if retrain else shipped()
    t1 = time.time()
    pred = predict_pairs(dev_pairs, {p.body_id: bodies[p.body_id] for p in dev_pairs}, model)
    t2 = time.time()
    report = score_predictions([p.stance for p in dev_pairs], pred, "fnc1 dev (official baseline split)")
    report.info = {"data": os.fspath(data_dir), "model": "retrained on the train split" if retrain else "shipped",
                   "train pairs": len(train_pairs), "dev pairs": len(dev_pairs),
                   "dev bodies": len({p.body_id for p in dev_pairs}),
                   "train seconds": round(t1 - t0, 1), "predict seconds": round(t2 - t1, 1), **report.info}
    return report
