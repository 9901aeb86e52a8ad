"""Attachment scores of the dependency parser on the UD treebanks' dev splits: ``newslib eval parser``.

The parser reads the treebank's own words with the shipped tagger's predicted tags (never the gold tags),
as NLTK users call it. UAS: the share of words whose head is right; LAS: head and relation (full UD deprel,
``acl:relcl`` included) both right. Punctuation counts, as in the CoNLL 2018 shared task; the scores
without it are given beside. Relation F1 is given for the relations attribution reads: ``nsubj``,
``ccomp``, ``acl:relcl``, ``obj``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from ..datasets import ud

TARGET = 0.85
RELATIONS = ("nsubj", "ccomp", "acl:relcl", "obj")


@dataclass
class ParseReport:
    rows: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"target_uas": TARGET, "treebanks": self.rows}

    def to_text(self) -> str:
        lines = [f"{'treebank':<9} {'split':<5} {'words':>6} {'UAS':>7} {'LAS':>7} {'UAS-p':>7} {'LAS-p':>7} "
                 + " ".join(f"{r:>10}" for r in RELATIONS) + f" {'words/s':>8}"]
        for r in self.rows:
            lines.append(f"{r['treebank']:<9} {r['split']:<5} {r['words']:>6} {r['uas']:>7.4f} {r['las']:>7.4f} "
                         f"{r['uas_no_punct']:>7.4f} {r['las_no_punct']:>7.4f} "
                         + " ".join(f"{r['f1'][x]:>10.4f}" for x in RELATIONS) + f" {r['words_per_s']:>8,.0f}")
        lines.append(f"UAS/LAS over all words; -p: without punctuation; relation columns: F1 of arcs with that "
                     f"relation. Target: UAS >= {TARGET} on EWT dev")
        return "\n".join(lines)


def score(parser, sentences: list[ud.UDSentence]) -> dict:
    """Attachment scores of ``parser`` on ``sentences`` (their words, the tagger's tags)."""
    forms = [[w.form for w in s.words] for s in sentences]
    t0 = time.perf_counter()
    parsed = parser.parse_sents(forms)
    seconds = time.perf_counter() - t0
    n = uas = las = n_p = uas_p = las_p = 0
    tp = {r: 0 for r in RELATIONS}
    n_gold = {r: 0 for r in RELATIONS}
    n_pred = {r: 0 for r in RELATIONS}
    for s, arcs in zip(sentences, parsed):
        for w, (_, head, rel) in zip(s.words, arcs):
            ok = head == w.head
            n += 1
            uas += ok
            las += ok and rel == w.deprel
            if w.upos != "PUNCT":
                n_p += 1
                uas_p += ok
                las_p += ok and rel == w.deprel
            for r in RELATIONS:
                n_gold[r] += w.deprel == r
                n_pred[r] += rel == r
                tp[r] += ok and rel == r == w.deprel
    f1 = {r: 2 * tp[r] / max(n_gold[r] + n_pred[r], 1) for r in RELATIONS}
    return {"words": n, "uas": uas / max(n, 1), "las": las / max(n, 1), "uas_no_punct": uas_p / max(n_p, 1),
            "las_no_punct": las_p / max(n_p, 1), "f1": f1, "words_per_s": n / max(seconds, 1e-9)}


def evaluate(data: str | Path | None = None, split: str = "dev", parser=None) -> ParseReport:
    """Scores of the shipped parser (or ``parser``) on EWT and GUM ``split`` (default dev) from ``data``."""
    treebanks = {tb: ud.load(tb, split, data) for tb in ("ewt", "gum")}
    if parser is None:
        from ..syntax.parser import default_parser

        parser = default_parser()
    report = ParseReport()
    for tb, sentences in treebanks.items():
        r = score(parser, sentences)
        report.rows.append({"treebank": tb, "split": split, **r})
    return report
