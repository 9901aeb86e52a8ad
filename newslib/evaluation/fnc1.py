"""Scoring headline–body stance on FNC-1's customary dev split (``newslib eval fnc1``).

The split is the official baseline's: the Body IDs of ``train_bodies.csv`` (in file order, which is sorted)
shuffled with ``random.Random(1489215)``, the first 80% train and the last 20% dev; pairs follow their body.
By default the model is retrained on the train part with the same code as ``newslib train stance``
(:func:`newslib.training.stance.fit`) and scored on dev; ``retrain=False`` scores the shipped model instead
(which was trained on the same train part, so dev is unseen by it too).

Rows: the FNC-1 score relative to the best possible (``score``), accuracy, related/unrelated accuracy, and
precision/recall/F1 per class; ``extra["confusion"]`` is the confusion matrix (gold row → predicted column).
"""
from __future__ import annotations

import os
import time
from collections import Counter

from ..stance.fnc import LABELS, fnc_score, load_split
from .report import EvalReport, prf


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


def evaluate(data_dir: str | os.PathLike = "../shared/data/fnc-1", *, retrain: bool = True) -> EvalReport:
    from ..stance import predict_pairs
    from ..stance.model import shipped

    bodies, train_pairs, dev_pairs = load_split(data_dir)
    t0 = time.time()
    if retrain:
        from ..training.stance import fit

        model = fit(bodies, train_pairs)
    else:
        model = shipped()
    t1 = time.time()
    pred = predict_pairs(dev_pairs, {p.body_id: bodies[p.body_id] for p in dev_pairs}, model)
    t2 = time.time()
    report = score_predictions([p.stance for p in dev_pairs], pred, "fnc1 dev (official baseline split)")
    report.info = {"data": os.fspath(data_dir), "model": "retrained on the train split" if retrain else "shipped",
                   "train pairs": len(train_pairs), "dev pairs": len(dev_pairs),
                   "dev bodies": len({p.body_id for p in dev_pairs}),
                   "train seconds": round(t1 - t0, 1), "predict seconds": round(t2 - t1, 1), **report.info}
    return report
