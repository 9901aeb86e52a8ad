"""Scoring headline–body stance on FNC-1's customary dev split (``newslib eval fnc1``).

The split is the official baseline's: the Body IDs of ``train_bodies.csv`` (in file order, which is sorted)
shuffled with ``random.Random(1489215)``, the first 80% train and the last 20% dev; pairs follow their body.
:func:`evaluate` scores the shipped model (trained on the same train part, so dev is unseen by it), or a model
fitted on the train part by the ``fit`` it is given: ``newslib eval fnc1`` passes the code of ``newslib train
stance`` (:func:`newslib.training.stance.fit`), so that evaluation never imports training itself.
After a retrain, ``extra["against shipped"]`` gives the differences of FNC score and macro F1 from the
shipped model's and whether they are within :data:`TOLERANCE`.

Rows: the FNC-1 score relative to the best possible (``score``), accuracy, related/unrelated accuracy, and
precision/recall/F1 per class; ``extra["confusion"]`` is the confusion matrix (gold row → predicted column);
``extra["reliability"]`` holds two reliability tables on dev (:func:`newslib.stance.calibration.reliability`):
``stance``, the probability of the stance chosen against whether it was right, and ``related``, the
probability of relatedness against whether the pair is related. The model's temperature was fitted on
held-out *training* pairs, never on dev.
"""
from __future__ import annotations

import os
import time
from collections import Counter
from typing import Callable

from ..datasets.fnc1 import LABELS, Pair, default_dir, load_split
from ..stance.calibration import expected_calibration_error, reliability
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

#: How far a retrained model's dev scores (FNC score, macro F1) may lie from the shipped model's: what a
#: retrain on another machine reproduces (newslib.training.stance says why not the bytes).
TOLERANCE = 0.01


class FncReport(EvalReport):
    """An :class:`EvalReport` whose text ends with the reliability tables."""

    def to_text(self) -> str:
        lines = [super().to_text()]
        for name, rows in self.extra.get("reliability", {}).items():
            what = {"stance": "P(stance chosen) against the stance being right",
                    "related": "P(related) against the pair being related"}.get(name, name)
            lines.append(f"  reliability, {what} (ECE {expected_calibration_error(rows):.4f}):")
            lines.append("  " + "bin".ljust(10) + "predicted".rjust(11) + "observed".rjust(11) + "count".rjust(8))
            for r in rows:
                lines.append("  " + r["bin"].ljust(10) + f"{r['predicted']:.4f}".rjust(11)
                             + f"{r['observed']:.4f}".rjust(11) + str(r["count"]).rjust(8))
        against = self.extra.get("against shipped")
        if against:
            lines.append(f"  against the shipped model: FNC score {against['fnc score']:+.4f}, macro F1 "
                         f"{against['macro']:+.4f} ({'within' if against['within tolerance'] else 'OUTSIDE'} "
                         f"the tolerance of reproduction)")
        return "\n".join(lines)


def reliability_frame(report: EvalReport):
    """The report's reliability tables as one DataFrame: ``probability`` (stance / related), ``bin``,
    ``predicted`` (mean probability), ``observed`` (share correct), ``count``."""
    import pandas as pd

    rows = [{"probability": name, **r} for name, table in report.extra.get("reliability", {}).items() for r in table]
    return pd.DataFrame(rows, columns=["probability", "bin", "predicted", "observed", "count"])


def reliability_tables(gold: list[str], pred: list[str], proba, labels=LABELS) -> dict[str, list[dict]]:
    """The ``stance`` and ``related`` reliability tables of predictions with their class probabilities."""
    col = {lab: i for i, lab in enumerate(labels)}
    p_stance = [float(row[col[p]]) for row, p in zip(proba, pred)]
    p_related = [1.0 - float(row[col["unrelated"]]) for row in proba]
    return {"stance": reliability(p_stance, [g == p for g, p in zip(gold, pred)]),
            "related": reliability(p_related, [g != "unrelated" for g in gold])}


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
    return FncReport(task, rows, info, {"confusion": confusion})


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
    pred, proba = predict_pairs(dev_pairs, {p.body_id: bodies[p.body_id] for p in dev_pairs}, model,
                                return_proba=True)
    t2 = time.time()
    gold = [p.stance for p in dev_pairs]
    report = score_predictions(gold, pred, "fnc1 dev (official baseline split)")
    report.extra["reliability"] = reliability_tables(gold, pred, proba, model.labels)
    if retrain:  # what a retrain reproduces: the shipped model's scores, within the stated tolerance
        shipped_pred = predict_pairs(dev_pairs, {p.body_id: bodies[p.body_id] for p in dev_pairs}, shipped())
        ref = score_predictions(gold, shipped_pred).rows
        diff = {k: report.rows[k][m] - ref[k][m] for k, m in (("fnc score", "score"), ("macro", "f1"))}
        report.extra["against shipped"] = {k: round(v, 4) for k, v in diff.items()}
        report.extra["against shipped"]["within tolerance"] = all(abs(v) <= TOLERANCE for v in diff.values())
    report.info = {"data": os.fspath(data_dir), "model": "retrained on the train split" if retrain else "shipped",
                   "train pairs": len(train_pairs), "dev pairs": len(dev_pairs),
                   "dev bodies": len({p.body_id for p in dev_pairs}),
                   "calibration": f"temperature {model.temperature:g}, fitted on out-of-fold scores of the train pairs",
                   "train seconds": round(t1 - t0, 1), "predict seconds": round(t2 - t1, 1), **report.info}
    return report


def read_pairs(path: str | os.PathLike) -> list[dict]:
    """Headline–body pairs written by hand, one JSON object a line with ``headline``, ``body``, ``stance``
    (an FNC-1 label) and ``kind`` (the kind of contradiction or consistency it tests): the unseen data of
    ``tests/data/stance_pairs.jsonl``. Raises :class:`InputError` naming the file and line."""
    import json

    from ..errors import InputError

    out = []
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError as exc:
        raise InputError(os.fspath(path), f"cannot be read ({exc.strerror or exc})") from None
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{os.fspath(path)}:{i}", f"not JSON ({exc})") from None
        missing = [k for k in ("headline", "body", "stance", "kind") if not isinstance(rec.get(k), str)]
        if missing or rec["stance"] not in LABELS:
            raise InputError(f"{os.fspath(path)}:{i}", f"needs headline, body, kind and a stance of {LABELS}"
                             + (f" (missing {', '.join(missing)})" if missing else f", not {rec['stance']!r}"))
        out.append(rec)
    return out


def score_pairs(records: list[dict], *, model=None) -> EvalReport:
    """Judge hand-written pairs (:func:`read_pairs`) one by one as ``newslib check`` does (the reader's rule:
    related only when P(related) >= 0.5) and score them like FNC-1; ``extra["disagree by kind"]`` gives, per
    kind, how many of its contradictions were called disagree, ``extra["misses"]`` and ``extra["false
    alarms"]`` the headlines of the disagree pairs missed and of the others called disagree."""
    from ..stance import stance

    gold = [r["stance"] for r in records]
    pred = [stance(r["headline"], r["body"], model=model).stance for r in records]
    report = score_predictions(gold, pred, "hand-written pairs")
    kinds: dict[str, dict[str, int]] = {}
    for r, p in zip(records, pred):
        if r["stance"] == "disagree":
            k = kinds.setdefault(r["kind"], {"found": 0, "pairs": 0})
            k["found"] += p == "disagree"
            k["pairs"] += 1
    report.extra["disagree by kind"] = kinds
    report.extra["misses"] = [r["headline"] for r, p in zip(records, pred) if r["stance"] == "disagree" != p]
    report.extra["false alarms"] = [r["headline"] for r, p in zip(records, pred)
                                    if p == "disagree" and r["stance"] != "disagree"]
    return report
