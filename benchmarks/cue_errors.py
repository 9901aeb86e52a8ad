"""Classes of PolNeAR cue errors: gold cues no predicted cue touches (missed) and predicted cues that touch no
gold cue (spurious), each by the cue's head lemma, part of speech, the model's margin for CUE, whether the
model labelled it but a pass dropped it, sentence position and quotation state; and PolNeAR train's rate of
each lemma as a cue (tokens of that lemma inside a gold cue / all its tokens), to tell a learnable class from
an annotation habit. Prints counts only (no corpus text unless ``--show N``, for reading on the screen).

    NEWSLIB_DATA=../shared/data .venv/bin/python benchmarks/cue_errors.py [--split dev] [--show 0]
"""
from __future__ import annotations

import argparse
import collections
import re
import sys

import numpy as np

from newslib.article import Article
from newslib.datasets.polnear import default_dir, read_split
from newslib.evaluation.polnear import char_set
from newslib.syntax import pos_tags
from newslib.tagging.attribution_model import CUE, lemma
from newslib.tagging.attributions import default_model, find_attributions
from newslib.tokenize import tokenize_text

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_AUX = frozenset("be is are was were been being has have had do does did will would can could may might must "
                 "shall should not n't also has".split())


def train_rates(data_dir) -> dict[str, list[int]]:
    """Per crude lemma: [tokens inside a gold cue, all tokens] over PolNeAR train (alphabetically first
    annotator), by a plain word regex (no tokenizer: fast and enough for counts)."""
    out: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for art in read_split(data_dir, "train"):
        inside = set()
        for parts in art.spans_of("Cue"):
            for a, b in parts:
                inside.update(range(a, b))
        for m in _WORD.finditer(art.text):
            r = out[lemma(m.group().lower())]
            r[1] += 1
            if m.start() in inside:
                r[0] += 1
    return out


def _cue_margins(em: np.ndarray, bounds, A: np.ndarray, S: np.ndarray) -> np.ndarray:
    """Per token: the best path's score with the token labelled CUE minus the best path's score (max-product
    forward-backward per sentence): 0 where Viterbi labels it CUE, below 0 by how far the model is from it."""
    out = np.zeros(len(em))
    for a, b in bounds:
        n = b - a
        if not n:
            continue
        e = em[a:b].astype(float)
        fw = np.zeros((n, 4))
        bw = np.zeros((n, 4))
        fw[0] = S + e[0]
        for i in range(1, n):
            fw[i] = (fw[i - 1][:, None] + A).max(axis=0) + e[i]
        for i in range(n - 2, -1, -1):
            bw[i] = (A + (e[i + 1] + bw[i + 1])[None, :]).max(axis=1)
        mm = fw + bw
        out[a:b] = mm[:, CUE] - mm.max(axis=1)
    return out


def _kind(words: list[str], tags: list[str]) -> tuple[str, str]:
    """(part of speech class, head lemma) of a cue's tokens."""
    low = [w.lower() for w in words]
    if " ".join(low[-2:]) == "according to":
        return "according to", "according to"
    content = [(w, t) for w, t in zip(low, tags) if w not in _AUX and re.match(r"\w", w)]
    if not content:
        content = list(zip(low, tags))
    verbs = [(w, t) for w, t in content if t.startswith("VB")]
    nouns = [(w, t) for w, t in content if t.startswith("NN")]
    if verbs:
        w, t = verbs[-1]
        k = "verb"
    elif nouns:
        w, t = nouns[-1]
        k = "noun"
    else:
        w, t = content[-1]
        k = {"J": "adjective", "I": "preposition", "R": "adverb"}.get(t[:1], "other:" + t)
    if len(content) > 2:
        k = "multiword " + k
    return k, lemma(w)


def analyse(split: str, show: int):
    data_dir = default_dir()
    model = default_model()
    rates = train_rates(data_dir)
    rows = {"missed": [], "spurious": []}
    for art in read_split(data_dir, split):
        text = Article.from_text(art.text).text
        a = Article.from_text(art.text)
        sents = tokenize_text(a.text, title=a.title)
        labels, bounds = model.predict(a.text, sents)
        ids, _ = model.features(a.text, sents)
        sc = model.scores(ids)
        margin = _cue_margins(sc, bounds, model.A, model.S)
        toks = [t for s in sents for t in s.tokens]
        tags = [t for tt in pos_tags(sents) for t in tt]
        sent_of = [k for k, s in enumerate(sents) for _ in s.tokens]
        recs = find_attributions(a.text, sents, (labels, bounds))
        pred = [char_set(text, [(r.cue.start, r.cue.end)]) for r in recs]
        gold = [char_set(text, p) for p in art.spans_of("Cue")]
        gold_any = set().union(*[char_set(text, s.parts) for s in art.spans if s.type in ("Source", "Content")]) \
            if art.spans else set()
        p_all = set().union(*pred) if pred else set()
        g_all = set().union(*gold) if gold else set()
        for side, spans, against in (("missed", gold, p_all), ("spurious", pred, g_all)):
            for cs in spans:
                if not cs or cs & against:
                    continue
                ti = [i for i, t in enumerate(toks) if any(t.start <= c < t.end for c in cs)]
                if not ti:
                    continue
                kind, head = _kind([toks[i].text for i in ti], [tags[i] for i in ti])
                k = sent_of[ti[0]]
                s = sents[k]
                pos_in = ti[0] - bounds[k][0]
                n = bounds[k][1] - bounds[k][0]
                where = "first" if pos_in <= 1 else ("last" if bounds[k][1] - ti[-1] <= 2 else "middle")
                before = a.text[s.start:toks[ti[0]].start]
                inq = (before.count("“") > before.count("”")) or before.count('"') % 2 == 1
                labelled = any(labels[i] == CUE for i in ti)
                mg = float(max(margin[i] for i in ti))
                r = rates.get(head, [0, 0])
                rows[side].append({"kind": kind, "head": head, "labelled": labelled, "margin": mg,
                                   "where": where, "quoted": inq, "title": bool(s.title),
                                   "in_gold_part": bool(cs & gold_any) if side == "spurious" else None,
                                   "train": r, "article": art.name,
                                   "cue": " ".join(toks[i].text for i in ti),
                                   "sentence": a.text[s.start:s.end]})
    return rows


def report(rows, show: int) -> None:
    for side, lst in rows.items():
        print(f"== {side}: {len(lst)}")
        for key in ("kind", "labelled", "where", "quoted", "title", "in_gold_part"):
            c = collections.Counter(r[key] for r in lst)
            print(f"  by {key}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
        mb = collections.Counter(("a: >=0" if r["margin"] >= 0 else "b: -100..0" if r["margin"] > -100 else
                                  "c: -500..-100" if r["margin"] > -500 else "d: < -500")
                                 for r in lst)
        print("  by margin (CUE score minus best other label, best token): " +
              ", ".join(f"{k} {v}" for k, v in sorted(mb.items())))
        heads = collections.Counter((r["kind"], r["head"]) for r in lst)
        print("  head lemmas (count; labelled by the model; PolNeAR train: in a cue / all tokens = rate):")
        for (kind, head), v in heads.most_common(60):
            lab = sum(1 for r in lst if r["head"] == head and r["kind"] == kind and r["labelled"])
            q = sum(1 for r in lst if r["head"] == head and r["kind"] == kind and r["quoted"])
            tr = lst[[r["head"] for r in lst].index(head)]["train"]
            rate = tr[0] / tr[1] if tr[1] else 0.0
            print(f"    {v:4d}  {kind:22s} {head:18s} labelled {lab:3d} quoted {q:3d}  train {tr[0]:5d}/{tr[1]:6d} = "
                  f"{rate:.2f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--show", type=int, default=0, help="print this many examples of each side (screen only)")
    ap.add_argument("--head", default=None, help="with --show: only cues of this head lemma")
    args = ap.parse_args(argv)
    rows = analyse(args.split, args.show)
    report(rows, args.show)
    if args.show:
        for side, lst in rows.items():
            sel = [r for r in lst if args.head is None or r["head"] == args.head][:args.show]
            for r in sel:
                print(f"[{side}] {r['kind']}/{r['head']} lab={r['labelled']} m={r['margin']:.1f} | {r['cue']} || "
                      f"{r['sentence']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
