"""Who-said-what scores against quote gold with character spans, by the definitions of the unseen-news
evaluation of issue 11 (the same as ``../shared/tools/score_quotes.py``, which scores quotes-dev):

- a span is the set of its letter and digit positions; a split content counts all of its parts;
- a prediction *matches a quote* when it shares at least half of the gold content's positions;
- a *pair* also needs the speaker: the predicted source overlaps the gold speaker span, or, when the gold has no
  speaker in the text, the prediction has no source or names the speaker;
- gold and predictions are paired one to one per article, greedily by shared size;
- recall = matched gold quotes / gold quotes; precision = matched predictions / predictions; in-scope precision
  counts only the predictions whose cue holds a word of the gold's ``reporting_verbs.txt``.

Predictions are attributions with a content, as ``TaggedArticle.to_dict()`` (``newslib tag --format jsonl``)
gives them; those lying wholly in the title line are dropped (the gold has no quotes there).

The gold format is quotes-dev's ``gold-spans.jsonl`` (one article a line, paths relative to the file); the
made-up articles of ``tests/data/house_articles`` use it too::

    python -m newslib.evaluation.quotes tests/data/house_articles/gold-spans.jsonl
"""
from __future__ import annotations

import json
import os
import re
import sys
from typing import Iterable

from .polnear import greedy_match

STOP = frozenset({"he", "she", "they", "it", "i", "we", "you", "the", "a", "an", "of", "and", "mr", "mrs", "ms",
                  "dr"})


def _spans(obj) -> list[tuple[int, int]]:
    if not obj:
        return []
    return [tuple(p) for p in obj["parts"]] if obj.get("parts") else [(obj["start"], obj["end"])]


def _letters(text: str, obj) -> frozenset[int]:
    return frozenset(i for s, e in _spans(obj) for i in range(max(s, 0), min(e, len(text))) if text[i].isalnum())


def _names(*strings) -> set[str]:
    return {w for s in strings for w in re.findall(r"[a-z][a-z'\-]+", (s or "").lower()) if w not in STOP}


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p, r = (tp / n_pred if n_pred else 0.0), (tp / n_gold if n_gold else 0.0)
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def gold_articles(gold_path: str) -> list[tuple[str, dict]]:
    """``(text path, gold record)`` of each article of a ``gold-spans.jsonl``."""
    root = os.path.dirname(os.path.abspath(gold_path))
    out = []
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                g = json.loads(line)
                out.append((g["path"] if os.path.isabs(g["path"]) else os.path.join(root, g["path"]), g))
    return out


def score(gold_path: str, predictions: Iterable[dict], verbs_path: str | None = None) -> dict:
    """Scores of ``predictions`` (article dicts with ``path`` and ``attributions``, matched to the gold by file
    name) against ``gold_path``: ``quote`` and ``pair`` P/R/F1, ``in_scope_pair_precision`` and its count, and
    ``pair_recall_by_kind``, as ``score_quotes.py --json`` prints them."""
    root = os.path.dirname(os.path.abspath(gold_path))
    with open(verbs_path or os.path.join(root, "reporting_verbs.txt"), encoding="utf-8") as f:
        verbs = {w.strip().lower() for w in f if w.strip()}
    preds = {os.path.basename(p["path"]): p for p in predictions}
    n_gold = n_pred = q_tp = s_tp = scope_n = scope_tp = 0
    kinds: dict[str, list[int]] = {}
    for path, g in gold_articles(gold_path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        title_end = text.find("\n") if "\n" in text else len(text)
        gold = g["quotes"]
        pred = [x for x in (preds.get(os.path.basename(path), {}).get("attributions") or [])
                if x.get("content") and max(e for _, e in _spans(x["content"])) > title_end]
        gc = [_letters(text, q["content"]) for q in gold]
        gs = [_letters(text, q["speaker"]) for q in gold]
        gn = [_names(q.get("speaker_name")) for q in gold]
        pc = [_letters(text, x["content"]) for x in pred]
        ps = [_letters(text, x.get("source")) for x in pred]
        pn = [_names((x.get("source") or {}).get("text"), (x.get("source") or {}).get("actor")) for x in pred]
        shared: dict[tuple[int, int], int] = {}  # quote matches: letters shared, at least half the gold's
        paired: set[tuple[int, int]] = set()     # ... whose speaker is right too
        for gi in range(len(gold)):
            for pi in range(len(pred)):
                n = len(gc[gi] & pc[pi])
                if not gc[gi] or n < 0.5 * len(gc[gi]):
                    continue
                shared[gi, pi] = n
                if bool(gs[gi] & ps[pi]) if gold[gi].get("speaker") else \
                        (not pred[pi].get("source") or bool(gn[gi] & pn[pi])):
                    paired.add((gi, pi))
        # one to one, greedily by shared size (ties: gold order, then prediction order)
        qm = greedy_match(range(len(gold)), range(len(pred)), lambda gi, pi: shared.get((gi, pi), 0))
        sm = greedy_match(range(len(gold)), range(len(pred)),
                          lambda gi, pi: shared[gi, pi] if (gi, pi) in paired else 0)
        n_gold, n_pred, q_tp, s_tp = n_gold + len(gold), n_pred + len(pred), q_tp + len(qm), s_tp + len(sm)
        s_gold, s_pred = {m[0] for m in sm}, {m[1] for m in sm}
        for gi, q in enumerate(gold):
            k = kinds.setdefault(q["kind"], [0, 0])
            k[0] += 1
            k[1] += gi in s_gold
        for pi, x in enumerate(pred):
            if set(re.findall(r"[a-z]+", (x.get("cue") or {}).get("text", "").lower())) & verbs:
                scope_n += 1
                scope_tp += pi in s_pred
    return {"quote": _prf(q_tp, n_pred, n_gold), "pair": _prf(s_tp, n_pred, n_gold),
            "in_scope_pair_precision": round(scope_tp / scope_n, 3) if scope_n else None,
            "in_scope_predictions": scope_n,
            "pair_recall_by_kind": {k: round(v[1] / v[0], 3) for k, v in sorted(kinds.items())}}


def tag_and_score(gold_path: str) -> dict:
    """Tag the gold's articles (no headline check, as ``newslib tag --no-headline``) and score them."""
    from ..tagging.tagger import tag

    preds = []
    for path, _ in gold_articles(gold_path):
        with open(path, encoding="utf-8") as f:
            d = tag(f.read(), headline=False).to_dict()
        d["path"] = path
        preds.append(d)
    return score(gold_path, preds)


if __name__ == "__main__":
    print(json.dumps(tag_and_score(sys.argv[1] if len(sys.argv) > 1 else
                                   os.path.join("tests", "data", "house_articles", "gold-spans.jsonl"))))
