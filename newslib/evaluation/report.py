"""An evaluation's result: named metric rows, printable as a table or as JSON."""
from __future__ import annotations

from dataclasses import dataclass, field


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Precision, recall and F1 from true positives and the sizes of the predicted and gold sets."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "predicted": n_pred, "gold": n_gold}


@dataclass
class EvalReport:
    """``rows`` maps a row name (e.g. ``"cue exact"``) to a dict of metrics; ``info`` holds counts and notes;
    ``extra`` holds anything else a notebook may want (confusions, error samples)."""

    task: str
    rows: dict[str, dict] = field(default_factory=dict)
    info: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"task": self.task, "info": self.info, "metrics": self.rows, **({"extra": self.extra} if self.extra else {})}

    def to_text(self) -> str:
        lines = [f"{self.task}"]
        for k, v in self.info.items():
            lines.append(f"  {k}: {v}")
        if self.rows:
            keys = [k for k in ("precision", "recall", "f1", "accuracy", "score") if any(k in r for r in self.rows.values())]
            width = max(len(n) for n in self.rows) + 2
            lines.append("  " + "".ljust(width) + "".join(k.rjust(11) for k in keys))
            for name, row in self.rows.items():
                cells = "".join((f"{row[k]:.4f}" if isinstance(row.get(k), float) else str(row.get(k, ""))).rjust(11)
                                for k in keys)
                lines.append("  " + name.ljust(width) + cells)
        return "\n".join(lines)

    def to_frame(self):
        import pandas as pd

        return pd.DataFrame([{"metric": k, **v} for k, v in self.rows.items()])
