"""Edge classes of PolNeAR cues: the predicted cues that share characters with a gold cue without being equal to it.

For each such cue (matched to the reference annotator's cues one-to-one by shared characters, as the evaluation
matches them), the class of each difference: left edge (auxiliary "have", "be" before an adjective, a participle or
an adverb, modal, negation, "do", adverb, subject pronoun, infinitive "to", determiner or possessive before a noun
cue, possessive "'s"), right edge (particle, "that", a preposition by its word, object, time phrase, "in a
statement", "as saying", "according to", colon, noun phrase, verb), a cue split in two or two cues joined, a gap
inside a discontinuous gold cue. Then, for each class, how often the gold cues of every annotator of the split
include its words at their edge and how often the words stand right outside (``in/out``), beside newslib's own
cues; and, over the predicted cues matched to a gold cue, newslib's decision against the gold one's (the
"confusion"): a class where gold does the other in at least 70% of newslib's decisions of one kind is a fix, a
class whose annotators split is left. Last, the pairs of words at an edge where the same holds.

Counts only, no corpus text (``--show N`` prints examples on the screen; never commit them).

    NEWSLIB_DATA=../shared/data .venv/bin/python benchmarks/cue_edges.py [--split train] [--save tags.json]
    NEWSLIB_DATA=../shared/data .venv/bin/python benchmarks/cue_edges.py --split train --pred new.json \\
        --against old.json   # cues that changed between two taggings, and how many became or stopped being exact
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from newslib.article import Article
from newslib.datasets.polnear import default_dir, read_ann, split_files
from newslib.evaluation.polnear import char_set, greedy_match, predicted_parts, tag_article
from newslib.syntax import pos_tags
from newslib.tokenize import tokenize_text

HAVE = frozenset("has have had 've ’ve".split())
BE = frozenset("'s ’s is are was were be been being am 'm ’m 're ’re".split())
MODAL = frozenset("will would could should may might must can shall 'll ’ll 'd ’d ca wo".split())
NEG = frozenset("not n't n’t never".split())
DO = frozenset("did does do".split())
ADVERB = frozenset("also repeatedly often already still just now even again later then once first further "
                   "previously publicly recently always long".split())
SUBJECT = frozenset("he she they we i it you".split())
OBJECT = frozenset("him her them us me you".split())
LISTENERS = frozenset("reporters journalists lawmakers supporters voters senators members congress viewers "
                      "audience crowd people officials colleagues students donors delegates".split())
PARTICLES = frozenset("out up down back off".split())
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
TIME_NOUNS = frozenset("week month year morning afternoon evening night weekend day time earlier later".split())
TIME_LEADS = frozenset("on last this late early earlier next".split())
OCCASIONS = frozenset("statement statements interview interviews letter email e-mail speech remarks release "
                      "conference call post tweet tweets memo op-ed filing appearance hearing debate rally "
                      "briefing address video message radio television tv podcast".split())
OCCASION_LEADS = frozenset("in during at on".split())
PREPOSITIONS = frozenset("by to about of on for with as in at against over from into".split())


class Doc:
    """An article's tokens in a row, their lower-cased words, POS tags and sentences, and the token of each
    character."""

    def __init__(self, text: str):
        art = Article.from_text(text)
        sents = tokenize_text(art.text, title=art.title)
        self.words = [t.text.lower() for s in sents for t in s.tokens]
        self.tags = [g for ts in pos_tags(sents) for g in ts]
        self.sent = [k for k, s in enumerate(sents) for _ in s.tokens]
        self.at = [-1] * (len(text) + 1)
        i = 0
        for s in sents:
            for t in s.tokens:
                self.at[t.start:t.end] = [i] * (t.end - t.start)
                i += 1

    def tokens_of(self, chars) -> list[int]:
        return sorted({self.at[c] for c in chars if self.at[c] >= 0})


def left_word_class(doc: Doc, k: int) -> str | None:
    """The class of token ``k`` at a cue's left edge (inside it or just before it), or None."""
    w, t = doc.words[k], doc.tags[k]
    nxt = doc.tags[k + 1] if k + 1 < len(doc.tags) else ""
    if t == "POS":
        return "possessive 's"
    if t == "DT" and nxt.startswith("NN"):
        return "determiner before a noun cue"
    if t == "PRP$" and nxt.startswith("NN"):
        return "possessive pronoun before a noun cue"
    if w in NEG:
        return "negation"
    if w in MODAL:
        return "modal"
    if w in DO:
        return "do"
    if w in HAVE:
        return "auxiliary have"
    if w in BE:
        return "be before " + ("adjective" if nxt.startswith("JJ") else "participle" if nxt in ("VBN", "VBG")
                               else "adverb" if nxt.startswith("RB") else "other")
    if w in ADVERB or (t.startswith("RB") and w.isalpha()):
        return "adverb"
    if w in SUBJECT and t == "PRP":
        return "subject pronoun"
    if w == "to":
        return "infinitive to"
    return None


def left_class(doc: Doc, seq: list[int]) -> str:
    """The classes of the tokens ``seq`` before a cue's shared part, the nearest first."""
    names: list[str] = []
    for k in reversed(seq):
        c = left_word_class(doc, k)
        if c is None:
            t = doc.tags[k]
            c = "noun phrase" if t.startswith("NN") or t in ("DT", "PRP$", "JJ") else \
                "verb" if t.startswith("VB") else "punctuation" if not doc.words[k][:1].isalnum() else "other " + t
        if c not in names:
            names.append(c)
    return "+".join(names) if names else "none"


def right_class(doc: Doc, last: int, seq: list[int]) -> str:
    """The class of the tokens ``seq`` right after token ``last``."""
    if not seq:
        return "none"
    w = [doc.words[k] for k in seq]
    t = [doc.tags[k] for k in seq]
    if w[0] == "to" and doc.words[last] == "according":
        return "according to"
    if w[0] == "as" and "saying" in w[:3]:
        return "as saying"
    if w[0] in OCCASION_LEADS and any(x in OCCASIONS for x in w[1:5]):
        return "in a statement"
    if w[0] in DAYS or (w[0] in TIME_LEADS and any(x in DAYS or x in TIME_NOUNS for x in w[:3])) or \
            (w[0] in TIME_NOUNS and t[0].startswith("NN")):
        return "time phrase"
    if w[0] == ":":
        return "colon"
    if w[0] == "that":
        return "that"
    if w[0] in PARTICLES or t[0] == "RP":
        return "particle"
    if w[0] in OBJECT or w[0] in LISTENERS:
        return "object"
    if t[0] in ("IN", "TO"):
        return "preposition " + (w[0] if w[0] in PREPOSITIONS else "other")
    if t[0].startswith("NN") or t[0] in ("DT", "PRP$"):
        return "noun phrase"
    if t[0].startswith("VB"):
        return "verb"
    if not w[0][:1].isalnum():
        return "punctuation"
    return "other " + t[0]


def edge_decisions(doc: Doc, toks: list[int]) -> dict[str, str]:
    """Per class: "in" when the cue holds its words at its edge, "out" when they stand right outside it."""
    out: dict[str, str] = {}
    if not toks:
        return out
    i0, j0 = toks[0], toks[-1]
    k = i0
    while k < j0 and (c := left_word_class(doc, k)) is not None:  # the cue's leading words, never its last
        out.setdefault(c, "in")
        k += 1
    k = i0 - 1
    while k >= 0 and i0 - k <= 3 and doc.sent[k] == doc.sent[i0] and (c := left_word_class(doc, k)) is not None:
        out.setdefault(c, "out")
        k -= 1
    verbs = [k for k in toks if doc.tags[k].startswith("VB") or doc.words[k] == "according"]
    if len(toks) >= 2 and verbs and verbs[-1] < j0:  # the words after the cue's last verb
        out.setdefault(right_class(doc, verbs[-1], [k for k in toks if k > verbs[-1]]), "in")
    after = [a for a in range(j0 + 1, min(len(doc.words), j0 + 6)) if doc.sent[a] == doc.sent[j0]]
    if after:
        out.setdefault(right_class(doc, j0, after), "out")
    return out


def differences(doc: Doc, P: frozenset, G: frozenset, ref: list, preds: list) -> list[tuple[str, str, str]]:
    """(side, class, who holds the words: newslib or gold) of each difference between cues P and G."""
    tp, tg = doc.tokens_of(P), doc.tokens_of(G)
    out = []
    if sum(1 for g in ref if g & P) > 1:
        out.append(("whole", "joined: one predicted cue over two gold cues", "newslib"))
    if sum(1 for p in preds if p & G) > 1:
        out.append(("whole", "split: two predicted cues in one gold cue", "gold"))
    common = sorted(set(tp) & set(tg))
    if tp == tg:
        out.append(("whole", "same tokens, other characters", "-"))
    elif not common:
        out.append(("whole", "no shared token", "-"))
    else:
        c0, c1 = common[0], common[-1]
        for who, toks in (("newslib", tp), ("gold", tg)):
            if toks[0] < c0:
                out.append(("left", left_class(doc, [k for k in toks if k < c0]), who))
            if toks[-1] > c1:
                out.append(("right", right_class(doc, c1, [k for k in toks if k > c1]), who))
        if any((k in tp) != (k in tg) for k in range(c0, c1 + 1)):
            out.append(("middle", "gap inside a discontinuous cue", "-"))
    return out


def versions(data_dir, split):
    """Each annotated article: its name, text and every annotator's cues (the reference annotator first)."""
    text_dir, anns = split_files(data_dir, split)
    for stem, files in sorted(anns.items()):
        text = (text_dir / f"{stem}.txt").read_text(encoding="utf-8")
        yield stem, text, [(f.stem.rpartition("_")[2], [s.parts for s in read_ann(f)[0] if s.type == "Cue"])
                           for f in files]


def _cue_sets(text: str, parts: list) -> list[frozenset]:
    return [s for s in dict.fromkeys(char_set(text, p) for p in parts) if s]


def compare(data_dir, split: str, new: dict, old: dict) -> None:
    gone = new_cues = gained = lost = gained_any = lost_any = 0
    for stem, text, vs in versions(data_dir, split):
        ref = set(_cue_sets(text, vs[0][1]))
        anyone = set().union(*(_cue_sets(text, cues) for _, cues in vs))
        a = set(_cue_sets(text, [p["cue"] for p in old.get(stem, []) if p["cue"]]))
        b = set(_cue_sets(text, [p["cue"] for p in new.get(stem, []) if p["cue"]]))
        gone += len(a - b)
        new_cues += len(b - a)
        gained += len((b - a) & ref)
        lost += len((a - b) & ref)
        gained_any += len((b - a) & anyone)
        lost_any += len((a - b) & anyone)
    print(f"{split}: {gone} cues of the old tagging gone, {new_cues} new; exact to the reference annotator: {gained} "
          f"gained, {lost} lost; exact to any annotator: {gained_any} gained, {lost_any} lost")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="train")
    ap.add_argument("--pred", help="newslib's cues as saved by --save (else the split is tagged now)")
    ap.add_argument("--save", help="save the tagging's cue, source and content ranges (JSON) here")
    ap.add_argument("--against", help="with --pred: compare with this other saved tagging, and stop")
    ap.add_argument("--show", type=int, default=0, help="print N examples of each difference (screen only)")
    ap.add_argument("--min", type=int, default=10, help="classes with fewer cues are left out of the tables")
    args = ap.parse_args(argv)
    data_dir = default_dir()
    preds = json.loads(Path(args.pred).read_text()) if args.pred else {}
    if args.against:
        compare(data_dir, args.split, preds, json.loads(Path(args.against).read_text()))
        return 0
    diff, other_exact = collections.Counter(), collections.Counter()
    examples = collections.defaultdict(list)
    gold_tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    pred_tally, conf, pairs = collections.Counter(), collections.Counter(), collections.Counter()
    n_pred = n_match = n_exact = 0
    for stem, text, vs in versions(data_dir, args.split):
        if stem not in preds:
            preds[stem] = predicted_parts(tag_article(text))
        doc = Doc(text)
        p_sets = _cue_sets(text, [p["cue"] for p in preds[stem] if p["cue"]])
        for ann, cues in vs:
            for cs in _cue_sets(text, cues):
                for c, v in edge_decisions(doc, doc.tokens_of(cs)).items():
                    gold_tally[ann][(c, v)] += 1
        for p in p_sets:
            for c, v in edge_decisions(doc, doc.tokens_of(p)).items():
                pred_tally[(c, v)] += 1
        ref = _cue_sets(text, vs[0][1])
        others = [set(_cue_sets(text, cues)) for _, cues in vs[1:]]
        n_pred += len(p_sets)
        for i, j in greedy_match(p_sets, ref, lambda a, b: len(a & b)):
            P, G = p_sets[i], ref[j]
            n_match += 1
            dp, dg = edge_decisions(doc, doc.tokens_of(P)), edge_decisions(doc, doc.tokens_of(G))
            for c in set(dp) | set(dg):
                conf[(c, dp.get(c, "n/a"), dg.get(c, "n/a"))] += 1
            tp, tg = doc.tokens_of(P), doc.tokens_of(G)
            e, s = tp[-1], tp[0]
            if e + 1 < len(doc.words):  # the pairs of words at newslib's edges, and where gold puts that edge
                pairs[("right", doc.words[e], doc.words[e + 1], "out",
                       "in" if tg[-1] >= e + 1 else "out" if tg[-1] == e else "-")] += 1
            if len(tp) > 1:
                pairs[("right", doc.words[e - 1], doc.words[e], "in",
                       "in" if tg[-1] >= e else "out" if tg[-1] == e - 1 else "-")] += 1
                pairs[("left", doc.words[s], doc.words[s + 1], "in",
                       "in" if tg[0] <= s else "out" if tg[0] == s + 1 else "-")] += 1
            if s > 0:
                pairs[("left", doc.words[s - 1], doc.words[s], "out",
                       "in" if tg[0] <= s - 1 else "out" if tg[0] == s else "-")] += 1
            if P == G:
                n_exact += 1
                continue
            exact_elsewhere = any(P in o for o in others)
            for d in differences(doc, P, G, ref, p_sets):
                diff[d] += 1
                other_exact[d] += exact_elsewhere
                if len(examples[d]) < args.show:
                    examples[d].append(f"      newslib [{text[min(P):max(P) + 1]}] gold [{text[min(G):max(G) + 1]}]")
    if args.save:
        Path(args.save).write_text(json.dumps(preds))
    print(f"PolNeAR {args.split}: predicted cues {n_pred}, matched to a reference gold cue by shared characters "
          f"{n_match}, exact {n_exact}, sharing characters but not exact {n_match - n_exact}")
    print("\n1. the differences (a cue can have several): side, class, who holds the words, cues, of which exact to "
          "another annotator")
    for d, n in sorted(diff.items(), key=lambda x: (-x[1], x[0])):
        if n >= args.min or args.show:
            print(f"  {d[0]:6} {d[1]:48} {d[2]:8} {n:5} {other_exact[d]:4}")
            for e in examples[d]:
                print(e)
    anns = sorted(gold_tally)
    classes = sorted({c for t in gold_tally.values() for c, _ in t})
    print("\n2. every gold cue of the split: the class's words at its edge in/out, per annotator and all; newslib's "
          "cues")
    print(f"  {'class':38} " + " ".join(f"{a:>9}" for a in anns) + f" {'all':>10} {'% in':>5} {'newslib':>10} "
                                                                     f"{'% in':>5}")
    for c in classes:
        gi = sum(gold_tally[a][(c, "in")] for a in anns)
        go = sum(gold_tally[a][(c, "out")] for a in anns)
        pi, po = pred_tally[(c, "in")], pred_tally[(c, "out")]
        if gi + go < args.min:
            continue
        per = " ".join(f"{gold_tally[a][(c, 'in')]:>4}/{gold_tally[a][(c, 'out')]:<4}" for a in anns)
        print(f"  {c:38} {per} {gi:>5}/{go:<5} {100 * gi / (gi + go):5.0f} {pi:>5}/{po:<5} "
              f"{100 * pi / (pi + po) if pi + po else 0:5.0f}")
    print("\n3. predicted cues matched to a reference gold cue: newslib's decision x gold's (in/out; '-': the class "
          "does not apply to the other cue)")
    print(f"  {'class':38} {'in,in':>6} {'in,out':>6} {'out,in':>6} {'out,out':>7} {'in,-':>5} {'out,-':>5} "
          f"{'-,in':>5} {'-,out':>5}  verdict")
    cells = (("in", "in"), ("in", "out"), ("out", "in"), ("out", "out"), ("in", "n/a"), ("out", "n/a"),
             ("n/a", "in"), ("n/a", "out"))
    for c in sorted({k[0] for k in conf}):
        r = [conf[(c, a, b)] for a, b in cells]
        if sum(r[:4]) < args.min:
            continue
        fix = [f"newslib {v}: gold does the other {o} of {a + o}" for v, a, o in (("in", r[0], r[1]), ("out", r[3], r[2]))
               if o >= 3 and o >= 0.7 * (a + o)]
        print(f"  {c:38} {r[0]:6} {r[1]:6} {r[2]:6} {r[3]:7} {r[4]:5} {r[5]:5} {r[6]:5} {r[7]:5}  "
              f"{'FIX: ' + '; '.join(fix) if fix else 'newslib does the majority'}")
    print("\n4. pairs of words at newslib's edges where gold draws the edge the other way in >= 70% (and >= 3)")
    keys = {k[:4] for k in pairs}
    for side, x, y, nv in sorted(keys):
        agree, other = pairs[(side, x, y, nv, nv)], pairs[(side, x, y, nv, "out" if nv == "in" else "in")]
        if other >= 3 and other >= 0.7 * (agree + other):
            print(f"  {side:5} {x:>14} {y:14} newslib {nv:3}: gold agrees {agree}, gold does the other {other}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
