"""Part-of-speech accuracy on the UD treebanks' dev splits: ``newslib eval pos``.

Two readings per treebank: ``words``, the tagger given the treebank's own words (as NLTK users call
``tag``), scored on every word against its XPOS; and ``newslib``, the sentence's text cut by newslib's
tokenizer, each token scored against the tag of the word it stands for
(:func:`newslib.datasets.ud.newslib_tokens`), which is what the tagger meets inside newslib. Each treebank also lists its most frequent errors as tag
pairs (gold -> predicted, on the treebank's words), the place to start an error analysis.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..datasets import ud

TARGET = 0.95
TOP_CONFUSIONS = 10


@dataclass
class PosReport:
    rows: list[dict] = field(default_factory=list)  # treebank, tokens, words and newslib accuracy, top errors

    def to_dict(self) -> dict:
        return {"target": TARGET, "treebanks": self.rows}

    def to_text(self) -> str:
        lines = [f"{'treebank':<10} {'split':<6} {'words':>7} {'XPOS (treebank words)':>22} "
                 f"{'tokens':>7} {'XPOS (newslib tokens)':>22}"]
        for r in self.rows:
            lines.append(f"{r['treebank']:<10} {r['split']:<6} {r['words']:>7} {r['xpos_words']:>22.4f} "
                         f"{r['tokens']:>7} {r['xpos_tokens']:>22.4f}")
        lines.append(f"target: XPOS >= {TARGET} on each dev split")
        for r in self.rows:
            pairs = ", ".join(f"{c['gold']}->{c['predicted']} {c['count']}" for c in r.get("confusions", []))
            lines.append(f"{r['treebank']} errors (gold->predicted, treebank words): {pairs or 'none'}")
        return "\n".join(lines)


def score(tagger, sentences: list[ud.UDSentence]) -> dict:
    """Accuracy of ``tagger`` on treebank words and on newslib tokens of ``sentences``."""
    from ..tokenize.words import NewsWordTokenizer

    forms = [[w.form for w in s.words] for s in sentences]
    gold = [w.xpos for s in sentences for w in s.words]
    pred = [t for sent in tagger.tag_sents(forms) for _, t in sent]
    ok_w = sum(p == g for p, g in zip(pred, gold))
    confused = Counter((g, p) for p, g in zip(pred, gold) if p != g)
    tok = NewsWordTokenizer()
    toks, gold_t = [], []
    for s in sentences:
        text, spans, picks = ud.newslib_tokens(s, tok)
        toks.append([text[a:b] for a, b in spans])
        gold_t.extend(s.words[k].xpos for k in picks)
    pred_t = [t for sent in tagger.tag_sents(toks) for _, t in sent]
    ok_t = sum(p == g for p, g in zip(pred_t, gold_t))
    return {"words": len(gold), "xpos_words": ok_w / max(len(gold), 1),
            "tokens": len(gold_t), "xpos_tokens": ok_t / max(len(gold_t), 1),
            "confusions": [{"gold": g, "predicted": p, "count": n}
                           for (g, p), n in sorted(confused.items(), key=lambda x: (-x[1], x[0]))[:TOP_CONFUSIONS]]}


def evaluate(data: str | Path | None = None, split: str = "dev", tagger=None) -> PosReport:
    """Scores of the shipped tagger (or ``tagger``) on EWT and GUM ``split`` (default dev) from ``data``."""
    if tagger is None:
        from ..syntax import default_tagger

        tagger = default_tagger()
    report = PosReport()
    for tb in ("ewt", "gum"):
        r = score(tagger, ud.load(tb, split, data))
        report.rows.append({"treebank": tb, "split": split, **r})
    return report
