"""PolNeAR cues whose verb has an object ("accused Holt of", "declared war on", "raised questions about"), verb by
verb: does the cue take the object (and the preposition after it) in?

For each cue of every annotator (and each of newslib's cues) whose last verb is followed by an object noun phrase
(at most five words: determiners, adjectives, nouns, pronouns), the cue's decision: "in" when it runs on over the
object to the preposition after it (or takes that preposition across a gap; with no preposition, when it holds
the object's last word), "out" when it ends at the verb, "part" otherwise. Keyed by the verb's lemma and the
pattern: the object's head when it is a common noun ("war on"; ``--nouns`` joins them as "NOUN on"), else "X"
("X of"), and the preposition. Per key: gold in/out/part over every annotator, the most cues one annotator gives
the majority, newslib's in/out/part over its own cues, and newslib's decision against the reference annotator's
on the cues matched to it (as the evaluation matches them). A key is a fix where gold is >= 70% one way over
``--min`` cues, no one annotator gives more than half of the majority and newslib does the other. Counts only, no
corpus text.

    NEWSLIB_DATA=../shared/data .venv/bin/python benchmarks/cue_edges.py --split train --save tags.json
    NEWSLIB_DATA=../shared/data .venv/bin/python benchmarks/cue_objects.py --pred tags.json [--nouns] [--min 8]
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent

# cue_edges.py, beside this file, reads the split's texts and cues and their tokens
_spec = importlib.util.spec_from_file_location("cue_edges_benchmark", _HERE / "cue_edges.py")
_edges = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_edges)
Doc, _cue_sets, versions = _edges.Doc, _edges._cue_sets, _edges.versions

from newslib.datasets.polnear import default_dir  # noqa: E402
from newslib.evaluation.polnear import greedy_match, predicted_parts, tag_article  # noqa: E402
from newslib.tagging.attribution_model import lemma  # noqa: E402

NP_TAGS = frozenset("DT PDT CD JJ JJR JJS NN NNS NNP NNPS PRP PRP$ POS".split())


def decision(doc: Doc, toks: list[int], nouns: bool = False):
    """((lemma, pattern), "in"/"out"/"part") for a cue whose last verb has an object (and a preposition after it):
    "in" when the cue holds the preposition (with no preposition, the object's last word), "out" when it ends at
    the verb, "part" otherwise."""
    if not toks:
        return None
    verbs = [k for k in toks if doc.tags[k].startswith("VB")]
    if not verbs:
        return None
    inside = set(toks)
    # the last verb before any object words the cue holds
    v = verbs[-1]
    k = v + 1
    while k < len(doc.words) and k - v <= 5 and doc.tags[k] in NP_TAGS and doc.sent[k] == doc.sent[v]:
        k += 1
    if k == v + 1:
        return None
    head = k - 1
    prep = k < len(doc.words) and doc.sent[k] == doc.sent[v] and doc.tags[k] in ("IN", "TO")
    noun = "NOUN" if nouns else doc.words[head]
    pat = (noun if doc.tags[head] in ("NN", "NNS") else "X") + (" " + doc.words[k] if prep else "")
    key = (lemma(doc.words[v]), pat)
    if (k if prep else head) in inside:
        return key, "in"
    if toks[-1] == v:
        return key, "out"
    return key, "part"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="train")
    ap.add_argument("--pred", help="newslib's cues as saved by cue_edges.py --save (else the split is tagged now)")
    ap.add_argument("--min", type=int, default=8)
    ap.add_argument("--nouns", action="store_true", help="join the common-noun heads of a verb under NOUN")
    args = ap.parse_args(argv)
    preds = json.loads(Path(args.pred).read_text()) if args.pred else {}
    gold = collections.defaultdict(collections.Counter)  # key -> Counter((ann, dec))
    mine = collections.defaultdict(collections.Counter)
    conf = collections.defaultdict(collections.Counter)
    for stem, text, vs in versions(default_dir(), args.split):
        if stem not in preds:
            preds[stem] = predicted_parts(tag_article(text))
        doc = Doc(text)
        for ann, cues in vs:
            for cs in _cue_sets(text, cues):
                r = decision(doc, doc.tokens_of(cs), args.nouns)
                if r:
                    gold[r[0]][(ann, r[1])] += 1
        p_sets = _cue_sets(text, [p["cue"] for p in preds[stem] if p["cue"]])
        for p in p_sets:
            r = decision(doc, doc.tokens_of(p), args.nouns)
            if r:
                mine[r[0]][r[1]] += 1
        ref = _cue_sets(text, vs[0][1])
        for i, j in greedy_match(p_sets, ref, lambda a, b: len(a & b)):
            rp, rg = decision(doc, doc.tokens_of(p_sets[i]), args.nouns), decision(doc, doc.tokens_of(ref[j]), args.nouns)
            if rp and rg and rp[0] == rg[0]:
                conf[rp[0]][(rp[1], rg[1])] += 1
    rows = []
    for key, c in gold.items():
        gi = sum(n for (a, d), n in c.items() if d == "in")
        go = sum(n for (a, d), n in c.items() if d == "out")
        if gi + go < args.min:
            continue
        side = "in" if gi >= go else "out"
        per = collections.Counter({a: n for (a, d), n in c.items() if d == side})
        top = per.most_common(1)[0][1] if per else 0
        gp = sum(n for (a, d), n in c.items() if d == "part")
        rows.append((key, gi, go, top, side, gp))
    print(f"PolNeAR {args.split}: cue verb + object (+ preposition), keys with >= {args.min} gold cues in or out")
    print(f"  {'lemma':12} {'pattern':16} {'gold in/out':>11} {'%in':>4} {'part':>4} {'top ann':>7} {'newslib in/out/part':>20} "
          f"{'matched (nl,gold): in,in in,out out,in out,out':>48}  verdict")
    for key, gi, go, top, side, gp in sorted(rows, key=lambda r: -(r[1] + r[2])):
        m = mine[key]
        cf = conf[key]
        share = max(gi, go) / (gi + go)
        maj = max(gi, go)
        verdict = "split"
        if share >= 0.7:
            verdict = f"gold {side}"
            if top * 2 > maj:
                verdict += ", one annotator holds the majority"
            elif not m["in"] + m["out"]:
                verdict += ", newslib has no such cue"
            elif m[side] < m[other := "out" if side == "in" else "in"]:
                verdict += ", newslib does the other" + (
                    ": FIX" if cf[(other, side)] > cf[(other, other)] else
                    ", but on the matched cues only where the reference annotator does too")
            else:
                verdict += ", newslib agrees"
        print(f"  {key[0]:12} {key[1]:16} {gi:>5}/{go:<5} {100 * gi / (gi + go):4.0f} {gp:>4} {top:>7} "
              f"{m['in']:>8}/{m['out']}/{m['part']:<6} "
              f"{cf[('in', 'in')]:>20} {cf[('in', 'out')]:6} {cf[('out', 'in')]:6} {cf[('out', 'out')]:7}  {verdict}")
    cells = (("in", "in"), ("in", "out"), ("out", "in"), ("out", "out"))
    tot = [sum(c[x] for c in conf.values()) for x in cells]
    print(f"\nall keys, newslib's cues matched to the reference annotator's: in,in {tot[0]}, in,out {tot[1]}, "
          f"out,in {tot[2]}, out,out {tot[3]}")
    for x in (("out", "in"), ("in", "out")):
        per = sorted(((c[x], k) for k, c in conf.items() if c[x]), reverse=True)
        print(f"  newslib {x[0]}, gold {x[1]}: {sum(n for n, _ in per)} cues over {len(per)} keys, the most in one key "
              + ", ".join(f"{k[0]} {k[1]} {n}" for n, k in per[:5]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
