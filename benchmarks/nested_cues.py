"""Nested PolNeAR attributions. PolNeAR never nests: the script first counts the gold cues that lie inside
another gold content (0 on train and dev, for every annotator). Where a second attribution starts inside what the
tagger read as one content, the annotators end the first content before it and annotate the second beside it;
so the script then counts the gold cues that no predicted cue touches and that lie inside a predicted content
(the tagger's outer attribution holds them), by class, by whether the model labelled CUE on one of their tokens
(a pass then dropped it) and by what gold has for the tagger's outer cue: an attribution whose content ends before
the inner cue (the two side by side), none (the outer cue is not PolNeAR's), or one whose content is elsewhere.

Classes, first that applies, read from the gold cue's words, the text before it and the outer content:
``according to``; ``quoted speech`` (the inner cue inside a quotation that the outer content opens);
``relative clause`` (who, which, whom or whose among the three words before the cue, or the gold source a
relative pronoun, "that" included); ``noun cue`` (the cue's head is a noun: "the claim that", "his argument");
``participle`` (a -ing form without an auxiliary, or a bare -ed form without a gold source: ", vowing to",
"calling them"); ``verb with source`` (a finite verb with its own source: "X said that Y claimed Z"); ``verb
without source``; ``other`` (adjectives, prepositions, the rest). Prints counts only (no corpus text unless
``--show N``, for reading on the screen: never commit its output).

    NEWSLIB_DATA=../shared/data .venv/bin/python benchmarks/nested_cues.py [--split train] [--show 0] [--cls X]
"""
from __future__ import annotations

import argparse
import collections
import sys

from newslib.article import Article
from newslib.datasets.polnear import default_dir, read_split
from newslib.evaluation.polnear import char_set
from newslib.syntax import pos_tags
from newslib.tagging.attribution_model import CUE
from newslib.tagging.attributions import default_model, find_attributions
from newslib.tokenize import tokenize_text

_RELATIVES = frozenset("who which that whom whose".split())
_AUX = frozenset("be is are was were been being has have had do does did will would can could may might must "
                 "shall should not n't also 's ’s".split())
_OPEN = "“\""
_CLASSES = ("according to", "quoted speech", "relative clause", "noun cue", "participle", "verb with source",
            "verb without source", "other")


def _inside(inner: frozenset, outer: frozenset) -> bool:
    return bool(inner) and inner <= outer


def _quoted(text: str, start: int, outer_start: int) -> bool:
    """An open double quotation mark between the outer content's start and the inner cue."""
    span = text[outer_start:start]
    return span.count("“") > span.count("”") or span.count('"') % 2 == 1


def classify(text: str, cue_words: list[str], cue_tags: list[str], before: list[str], source: str,
             cue_start: int, outer_start: int) -> str:
    low = [w.lower() for w in cue_words]
    if " ".join(low[-2:]) == "according to":
        return "according to"
    if _quoted(text, cue_start, outer_start):
        return "quoted speech"
    if source.strip().lower() in _RELATIVES or any(w.lower() in _RELATIVES - {"that"} for w in before[-3:]):
        return "relative clause"
    core = [(w, t) for w, t in zip(low, cue_tags) if w not in _AUX]
    verbs = [t for _, t in core if t.startswith("VB")]
    nouns = [t for _, t in core if t.startswith("NN")]
    if nouns and not verbs:
        return "noun cue"
    if verbs:
        aux = any(w in _AUX for w in low)
        if not aux and (verbs[0] == "VBG" or not source and verbs[0] == "VBN"):
            return "participle"
        return "verb with source" if source else "verb without source"
    return "other"


def analyse(split: str):
    """Each gold cue that no predicted cue touches and that lies inside a predicted content (the tagger's outer
    attribution holds it), with its class; and how many gold cues lie inside another gold content at all."""
    data_dir = default_dir()
    model = default_model()
    rows = []
    n_gold = n_gold_nested = 0
    for art in read_split(data_dir, split):
        if not art.attributions:
            continue
        a = Article.from_text(art.text)
        text = a.text
        sents = tokenize_text(text, title=a.title)
        labels, bounds = model.predict(text, sents)
        recs = find_attributions(text, sents, (labels, bounds))
        toks = [t for s in sents for t in s.tokens]
        tags = [t for tt in pos_tags(sents) for t in tt]
        pred = [(char_set(text, [(r.cue.start, r.cue.end)]),
                 char_set(text, r.content.parts or [(r.content.start, r.content.end)]) if r.content else frozenset())
                for r in recs]
        p_all = set().union(*[c for c, _ in pred]) if pred else set()
        golds = [(char_set(text, g.cue), char_set(text, g.content), g) for g in art.attributions]
        n_gold += len(golds)
        n_gold_nested += sum(1 for i, (gc, _, _) in enumerate(golds)
                             if any(j != i and gc & gt for j, (_, gt, _) in enumerate(golds)))
        for gc, gt, g in golds:
            if not gc or gc & p_all:
                continue
            outers = [(pc, pt) for pc, pt in pred if gc <= pt]
            if not outers:
                continue
            pc, pt = min(outers, key=lambda x: len(x[1]))
            ti = [k for k, t in enumerate(toks) if any(t.start <= c < t.end for c in gc)]
            if not ti:
                continue
            before = [t.text for t in toks[max(0, ti[0] - 3):ti[0]]]
            src = " ".join(text[x:y] for x, y in g.source)
            cls = classify(text, [toks[k].text for k in ti], [tags[k] for k in ti], before, src, min(gc), min(pt))
            gold_outer = [ot for oc, ot, _ in golds if oc & pc]
            if not gold_outer:
                outer = "our outer cue not gold"
            elif gold_outer[0] and gold_outer[0] & pt and max(gold_outer[0]) < min(gc):
                outer = "gold outer content ends before"
            else:
                outer = "gold outer content elsewhere"
            rows.append({"cls": cls, "outer": outer, "labelled": any(labels[k] == CUE for k in ti),
                         "article": art.name, "cue": " ".join(toks[k].text for k in ti),
                         "context": text[max(min(pt), min(gc) - 120):min(gc) + 80].replace("\n", " ")})
    return rows, n_gold, n_gold_nested


def report(rows, n_gold: int, n_gold_nested: int) -> None:
    print(f"gold attributions {n_gold}; gold cues inside another gold content {n_gold_nested}")
    print(f"gold cues missed inside one of our contents {len(rows)}")
    outers = ("gold outer content ends before", "our outer cue not gold", "gold outer content elsewhere")
    print(f"{'class':22s} {'missed':>7s} {'labelled+dropped':>17s} " + " ".join(f"{o:>31s}" for o in outers))
    for cls in (*_CLASSES, None):
        lst = [r for r in rows if cls is None or r["cls"] == cls]
        dropped = sum(r["labelled"] for r in lst)
        by = collections.Counter(r["outer"] for r in lst)
        print(f"{cls or 'all':22s} {len(lst):7d} {dropped:17d} " + " ".join(f"{by[o]:31d}" for o in outers))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train")
    ap.add_argument("--show", type=int, default=0, help="print this many missed examples (screen only)")
    ap.add_argument("--cls", default=None, help="with --show: only this class")
    ap.add_argument("--labelled", action="store_true", help="with --show: only cues the model labelled")
    args = ap.parse_args(argv)
    rows, n_gold, n_nested = analyse(args.split)
    report(rows, n_gold, n_nested)
    if args.show:
        sel = [r for r in rows if (args.cls is None or r["cls"] == args.cls)
               and (not args.labelled or r["labelled"])][:args.show]
        for r in sel:
            print(f"[{r['cls']}] lab={r['labelled']} {r['outer']} {r['article']} | {r['cue']} || "
                  f"{r['context']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
