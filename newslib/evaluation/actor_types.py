"""Are our actors of the right type? The actor finder run on GUM's dev documents, its mentions aligned to
GUM's gold entity mentions (:mod:`newslib.datasets.gum_entities`), counted in a confusion matrix.

Gold rows (GUM etype → ours):

* ``person``, ``organization``, ``place``: mentions of those etypes whose head word is a proper noun (a name:
  "Lord Byron", "Aberdeen Grammar School", "Dulwich"). GUM's places include countries; our ``country`` and
  the place mentions the finder keeps apart (not actors) both count as ``place``.
* ``group``: person mentions with a plural common-noun head ("European leaders", "37 of the 42 economists",
  "most analysts"). Most are rightly no actor at all ("none"); they must never be a person or organization.

Columns: the type of our mention aligned to the gold mention (the one whose characters overlap it most, at
least half of the longer of the two), or ``none``. A mention of ours that overlaps no gold row is counted under
``spurious`` by our type and the etype it hits (GUM also marks abstract, event, object, time, ... mentions; no
entity at all is ``-``).

``type accuracy`` is the share of aligned named mentions (gold person, organization, place) whose type is
right; ``recall`` the share of them that got a mention at all. Run: ``newslib eval actor-types [--split dev]
[--data DIR]``. The documents are Wikipedia biographies, Wikinews, travel guides, textbooks, speeches and
conversations, not only news: read the figures as a check of the types, not of news coverage.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..datasets.gum_entities import GoldDocument, gold_type, read_documents

ROWS = ("person", "organization", "place", "group")
COLUMNS = ("person", "organization", "place", "group", "none")
_OURS = {"person": "person", "organization": "organization", "country": "place", "place": "place",
         "group": "group"}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def align(doc: GoldDocument, predicted: list[tuple[int, int, str]]) -> tuple[list, list]:
    """(gold row, our type or none, gold span, our span) for each evaluated gold mention, and (our type, etype
    hit or "-", our span) for each of our mentions aligned to no evaluated gold mention."""
    gold = [(e, gold_type(e)) for e in doc.entities]
    rows = [(e, t) for e, t in gold if t is not None]
    used: set[int] = set()
    pairs = []
    for e, t in sorted(rows, key=lambda x: x[0].end - x[0].start):  # inner mentions claim their match first
        best, best_k = 0, None
        for k, (s, en, typ) in enumerate(predicted):
            if k in used:
                continue
            ov = _overlap((e.start, e.end), (s, en))
            if ov * 2 >= max(e.end - e.start, en - s) and ov > best:
                best, best_k = ov, k
        if best_k is None:
            pairs.append((t, "none", (e.start, e.end), None))
        else:
            used.add(best_k)
            s, en, typ = predicted[best_k]
            pairs.append((t, _OURS.get(typ, typ), (e.start, e.end), (s, en)))
    spurious = []
    for k, (s, en, typ) in enumerate(predicted):
        if k in used:
            continue
        hit = max(doc.entities, key=lambda e: _overlap((e.start, e.end), (s, en)), default=None)
        etype = hit.etype if hit is not None and _overlap((hit.start, hit.end), (s, en)) else "-"
        spurious.append((_OURS.get(typ, typ), etype, (s, en)))
    return pairs, spurious


def measure(split: str = "dev", data: str | Path | None = None, limit: int | None = None) -> dict:
    """The confusion matrix and the figures described in the module docstring."""
    from ..tagging.actors import typed_mentions
    from ..tokenize import tokenize_text

    confusion: Counter = Counter()
    spurious: Counter = Counter()
    wrong: Counter = Counter()
    docs = read_documents(split, data)[:limit] if limit else read_documents(split, data)
    for doc in docs:
        sents = tokenize_text(doc.text)
        pred = [(sp.start, sp.end, typ) for sp, typ, _ in typed_mentions(doc.text, sents)]
        pairs, spur = align(doc, pred)
        for g, o, gs, _ in pairs:
            confusion[(g, o)] += 1
            if o != "none" and o != g:
                wrong[(doc.text[gs[0]:gs[1]], g, o)] += 1
        for o, etype, _ in spur:
            spurious[(o, etype)] += 1
    named = [r for r in ROWS if r != "group"]
    aligned = sum(confusion[(g, o)] for g in named for o in COLUMNS if o != "none")
    right = sum(confusion[(g, g)] for g in named)
    total = sum(confusion[(g, o)] for g in named for o in COLUMNS)
    groups = sum(confusion[("group", o)] for o in COLUMNS)
    return {"documents": len(docs), "confusion": {g: {o: confusion[(g, o)] for o in COLUMNS} for g in ROWS},
            "type_accuracy": round(right / aligned, 4) if aligned else 0.0,
            "recall": round(aligned / total, 4) if total else 0.0,
            "groups_as_person_or_org": confusion[("group", "person")] + confusion[("group", "organization")],
            "groups": groups,
            "spurious": {f"{o}/{e}": n for (o, e), n in spurious.most_common()},
            "wrong": [(t, g, o, n) for (t, g, o), n in wrong.most_common(40)]}


def evaluate(data: str | Path | None = None, split: str = "dev", *, limit: int | None = None):
    """:func:`measure` as an :class:`~newslib.evaluation.report.EvalReport` (``newslib eval actor-types``)."""
    from .report import EvalReport

    res = measure(split, data, limit)
    rows = {}
    confusion_lines = {}
    for g in ROWS:
        row = res["confusion"][g]
        found = sum(v for k, v in row.items() if k != "none")
        total = found + row["none"]
        if g != "group":
            rows[f"{g} (type of those found)"] = {"accuracy": round(row[g] / found, 4) if found else 0.0,
                                                  "recall": round(found / total, 4) if total else 0.0,
                                                  "found": found, "gold": total}
        confusion_lines[f"gold {g} read as"] = ", ".join(f"{o} {row[o]}" for o in COLUMNS)
    from .. import config

    info = {"data": str(data if data is not None else config.corpus_path("ud")), "split": split, "documents": res["documents"],
            "type accuracy (aligned person/organization/place)": res["type_accuracy"],
            "recall (person/organization/place mentions found)": res["recall"],
            "groups read as person or organization": f'{res["groups_as_person_or_org"]} of {res["groups"]}',
            **confusion_lines}
    return EvalReport("actor types (GUM entities)", rows=rows, info=info,
                      extra={"spurious": res["spurious"], "wrong": res["wrong"]})


if __name__ == "__main__":  # pragma: no cover - a terminal report
    import json
    import sys

    res = measure(sys.argv[1] if len(sys.argv) > 1 else "dev", sys.argv[2] if len(sys.argv) > 2 else None)
    wrong = res.pop("wrong")
    print(json.dumps(res, indent=1))
    for t, g, o, n in wrong:
        print(f"  {n}\t{g}->{o}\t{t}")
