"""Uncertain sentences and hedge cues against the Szeged Uncertainty Corpus (FactBank news, Wikipedia).

The corpus is read by :mod:`newslib.datasets.szeged`: sentences with their uncertainty cues; a sentence is
*uncertain* when it holds at least one cue. Each sentence is tagged on its own (its text as a one-sentence
text) with the pipeline's own functions: :func:`~newslib.tagging.hedges.find_hedges`,
:func:`~newslib.tagging.gaps.find_gaps` and :func:`~newslib.tagging.kinds.classify`, whose
``SentenceTags.uncertain`` is the prediction.

Rows: ``sentence uncertain`` (P/R/F1 of the uncertain class), ``cue overlap`` (a found hedge is right when it
overlaps a gold cue; a gold cue is found when some hedge overlaps it) and ``cue overlap <type>`` (recall per
gold cue type). ``extra`` holds samples of false positives and negatives, with the cues involved.
"""
from __future__ import annotations

import collections
from pathlib import Path

from ..datasets.szeged import default_path, read_szeged
from .report import EvalReport, prf


def tag_sentence(text: str):
    """Tag one sentence as the pipeline would: (hedges, gaps, SentenceTags)."""
    from ..tagging.gaps import find_gaps
    from ..tagging.hedges import find_hedges
    from ..tagging.kinds import classify
    from ..tokenize import tokenize_text

    text = text.replace("\n", " ").replace("\r", " ")
    sentences = tokenize_text(text, one_sentence_per_line=True)[:1]
    hedges = find_hedges(text, sentences)
    gaps = find_gaps(text, sentences)
    _, tags = classify(text, sentences, [], hedges, gaps)
    return hedges, gaps, (tags[0] if tags else None)


def evaluate(path: "str | Path | None" = None, *, samples: int = 25) -> EvalReport:
    """Score uncertain-sentence detection and cue overlap on a Szeged XML file (factbank-dev.xml, wiki.xml;
    default ``<data_dir>/uncertainty/factbank-dev.xml``)."""
    path = path if path is not None else default_path()
    data = read_szeged(path)
    tp = n_pred = n_gold = 0
    cue_tp_pred = cue_pred = cue_tp_gold = cue_gold = 0
    by_type_gold: collections.Counter = collections.Counter()
    by_type_found: collections.Counter = collections.Counter()
    fp_words: collections.Counter = collections.Counter()
    fn_words: collections.Counter = collections.Counter()
    false_pos, false_neg = [], []
    for s in data:
        hedges, gaps, tags = tag_sentence(s.text)
        pred = bool(tags and tags.uncertain)
        found = [h for h in hedges if h.kind == "hedge"]
        n_pred += pred
        n_gold += s.uncertain
        tp += pred and s.uncertain
        cue_pred += len(found)
        cue_tp_pred += sum(any(h.start < e and b < h.end for b, e, _, _ in s.cues) for h in found)
        for b, e, typ, _ in s.cues:
            hit = any(h.start < e and b < h.end for h in found)
            cue_gold += 1
            cue_tp_gold += hit
            by_type_gold[typ] += 1
            by_type_found[typ] += hit
            if not hit:
                fn_words[s.text[b:e].lower()] += 1
        for h in found:
            if not any(h.start < e and b < h.end for b, e, _, _ in s.cues):
                fp_words[h.text.lower()] += 1
        if pred and not s.uncertain and len(false_pos) < samples:
            false_pos.append({"id": f"{s.doc}/{s.id}", "text": s.text, "found": [h.text for h in found],
                              "gaps": [g.text for g in gaps]})
        if s.uncertain and not pred and len(false_neg) < samples:
            false_neg.append({"id": f"{s.doc}/{s.id}", "text": s.text, "gold": [c[3] for c in s.cues]})
    report = EvalReport("uncertainty (Szeged)")
    report.info = {"data": str(path), "sentences": len(data), "uncertain (gold)": n_gold, "cues (gold)": cue_gold}
    report.rows["sentence uncertain"] = prf(tp, n_pred, n_gold)
    p = cue_tp_pred / cue_pred if cue_pred else 0.0
    r = cue_tp_gold / cue_gold if cue_gold else 0.0
    report.rows["cue overlap"] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                                  "tp": cue_tp_gold, "predicted": cue_pred, "gold": cue_gold}
    for typ in sorted(by_type_gold):
        report.rows[f"cue recall {typ}"] = {"recall": by_type_found[typ] / by_type_gold[typ],
                                            "tp": by_type_found[typ], "gold": by_type_gold[typ]}
    report.extra = {"false_positives": false_pos, "false_negatives": false_neg,
                    "false_positive_cues": fp_words.most_common(30), "missed_cues": fn_words.most_common(30)}
    return report
