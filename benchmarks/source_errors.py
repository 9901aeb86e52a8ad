"""Classes of PolNeAR source errors where the cue IS found: each gold attribution whose cue a predicted cue
overlaps (one-to-one, greedily by shared characters), its gold source against that prediction's source.

Classes: ``exact`` / ``both none``; ``gold none`` (the tagger gives a source PolNeAR does not annotate);
``predicted none`` (the tagger gives none); ``too long`` / ``too short`` at the left or right edge, by what
the extra or missing words are (apposition, title, relative clause, time phrase, possessive, determiner,
coordination, prepositional phrase, ...); ``wrong noun phrase`` (no shared character) by kind (pronoun vs its
antecedent, relative pronoun, ...). Each row is split by the cue's kind (verb, passive, noun of speech,
"according to") and says how often the dependency parse's subject of the cue (``nsubj``: its whole subtree, or
its core without relative clauses, appositions and asides) is exactly the gold source. Prints counts only (no
corpus text unless ``--show N``, for reading on the screen: never commit its output).

    NEWSLIB_DATA=../shared/data .venv/bin/python benchmarks/source_errors.py [--split dev] [--show 0] [--cls X]
"""
from __future__ import annotations

import argparse
import collections
import re
import sys

from newslib.article import Article
from newslib.datasets.polnear import default_dir, read_split
from newslib.evaluation.polnear import char_set, greedy_match, predicted_parts
from newslib.lexicons import column
from newslib.syntax import pos_tags
from newslib.syntax.parser import parse
from newslib.tagging.attributions import find_attributions
from newslib.tokenize import tokenize_text

_PRONOUNS = frozenset("he she they we i it you him her them us me this that these those".split())
_RELATIVES = frozenset("who which that whom whose".split())
_POSSESSIVES = frozenset("his her their its our my your".split())
_TIME = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow
    last earlier later recently week weekend month year morning afternoon evening night on in at during
    january february march april may june july august september october november december""".split())
_BE = frozenset("is are was were be been being 's ’s".split())
_CORE_DROP = frozenset({"acl:relcl", "appos", "acl", "parataxis", "advcl", "punct", "dep", "conj", "cc"})


def _titles() -> frozenset[str]:
    out = set()
    for title in column("titles", "title"):
        for w in title.lower().split():
            out.add(w.strip("."))
    return frozenset(out)


def _cue_kind(words: list[str], tags: list[str]) -> str:
    low = [w.lower() for w in words]
    if " ".join(low[-2:]) == "according to":
        return "according to"
    if any(w in _BE for w in low[:-1]) and tags and tags[-1] == "VBN" or \
            (len(low) >= 2 and low[-1] == "by" and tags[-2] == "VBN"):
        return "passive"
    if any(t.startswith("VB") for t in tags):
        return "verb"
    if any(t.startswith("NN") for t in tags):
        return "noun"
    return "other"


def _word_class(words: list[str], tags: list[str], titles: frozenset[str], side: str) -> str:
    """What a run of extra or missing source words is."""
    low = [w.lower() for w in words]
    if not low:
        return "nothing"
    if low[0] in (",", "(", "--", "—", "–"):
        rest = low[1:]
        if any(w in _RELATIVES for w in rest[:2]):
            return "relative clause"
        return "apposition/aside after comma"
    if any(w in ("who", "which", "whose", "whom") for w in low):
        return "relative clause"
    if low[-1] in ("'s", "’s") or (side == "right" and "'s" in low):
        return "possessive"
    if all(w in _POSSESSIVES for w in low):
        return "possessive pronoun"
    if all(t in ("DT", "PDT") for t in tags):
        return "determiner"
    if any(w in ("and", "or", "&") for w in low):
        return "coordination"
    if all(w.strip(".") in titles or t in ("NNP", "NNPS") and w.strip(".") in titles for w, t in zip(low, tags)):
        return "title"
    if low[0] in _TIME and (len(low) == 1 or any(w in _TIME for w in low[1:])) or \
            all(w in _TIME or t == "CD" for w, t in zip(low, tags)):
        return "time phrase"
    if tags[0] == "IN":
        return "prepositional phrase (" + low[0] + ")"
    if all(t.startswith("RB") for t in tags):
        return "adverb"
    if all(t.startswith("JJ") or t.startswith("NN") or t == "CD" or t == "HYPH" for t in tags):
        if all(t.startswith("NNP") for t in tags):
            return "name words"
        return "modifier/noun words"
    return "other: " + tags[0]


def _subtree(parse, i: int, drop: frozenset = frozenset()) -> set[int]:
    out = {i}
    stack = [i]
    while stack:
        k = stack.pop()
        for j, h in enumerate(parse.heads):
            if h == k and j not in out and parse.labels[j] not in drop:
                out.add(j)
                stack.append(j)
    return out


def _nsubj_sets(text, toks, parse, cue_idx: list[int]):
    """Char sets of the parse's subject of the cue: (whole subtree, core), or (None, None)."""
    for i in reversed(cue_idx):
        subj = [j for j, h in enumerate(parse.heads) if h == i and parse.labels[j] in ("nsubj", "nsubj:pass",
                                                                                       "nsubj:outer")]
        if subj:
            j = subj[0]
            full = sorted(_subtree(parse, j))
            core = sorted(_subtree(parse, j, _CORE_DROP))
            # a core is contiguous from its first token to the head's last token
            core = [k for k in range(min(core), max(core) + 1) if k in core]
            mk = lambda ix: char_set(text, [(toks[k].start, toks[k].end) for k in ix if toks[k].text not in
                                             (",", "--")] )
            return mk(full), mk(core)
    return None, None


def analyse(split: str):
    data_dir = default_dir()
    titles = _titles()
    rows = []
    n_gold = n_found = 0
    for art in read_split(data_dir, split):
        a = Article.from_text(art.text)
        text = a.text
        sents = tokenize_text(text, title=a.title)
        recs = find_attributions(text, sents)
        pred = predicted_parts(recs)
        tags = pos_tags(sents)
        parses = parse(sents)
        toks_of = [s.tokens for s in sents]
        tok_sent = []
        for k, s in enumerate(sents):
            for i, t in enumerate(s.tokens):
                tok_sent.append((t.start, t.end, k, i))
        pc = [char_set(text, p["cue"]) for p in pred]
        gc = [char_set(text, g.cue) for g in art.attributions]
        pairs = greedy_match(pc, gc, lambda p, g: len(p & g))
        n_gold += len(gc)
        n_found += len(pairs)
        for i, j in pairs:
            g = art.attributions[j]
            p = pred[i]
            gs = char_set(text, g.source)
            ps = char_set(text, p["source"])
            cue_toks = [(k, ti) for (st, en, k, ti) in tok_sent if any(st <= c < en for c in pc[i])]
            if not cue_toks:
                continue
            k = cue_toks[0][0]
            toks = toks_of[k]
            ctags = [tags[k][ti] for kk, ti in cue_toks if kk == k]
            kind = _cue_kind([toks[ti].text for kk, ti in cue_toks if kk == k], ctags)
            full, core = _nsubj_sets(text, toks, parses[k], [ti for kk, ti in cue_toks if kk == k])
            nsubj = "parse subject exact" if gs and (full == gs or core == gs) else \
                ("no parse subject" if full is None else "parse subject off")

            def words(chars):
                ix = [(kk, ti) for (st, en, kk, ti) in tok_sent if any(st <= c < en for c in chars)]
                return ([toks_of[kk][ti].text for kk, ti in ix], [tags[kk][ti] for kk, ti in ix])

            if not gs and not ps:
                cls = "both none"
            elif gs == ps:
                cls = "exact"
            elif not gs:
                pw, pt = words(ps)
                sub = "pronoun" if len(pw) == 1 and pw[0].lower() in _PRONOUNS | _RELATIVES else (
                    "after cue" if min(ps) > max(pc[i]) else "before cue")
                cls = f"gold none / {kind} / {sub}"
            elif not ps:
                gw, gt = words(gs)
                sub = "pronoun" if len(gw) == 1 and gw[0].lower() in _PRONOUNS | _RELATIVES else (
                    "after cue" if min(gs) > max(pc[i]) else "before cue")
                if any(c not in range(sents[k].start, sents[k].end) for c in gs):
                    sub += " (other sentence)"
                cls = f"predicted none / {kind} / {sub}"
            elif gs & ps:
                lo, hi = min(gs & ps), max(gs & ps)
                parts = []
                for name, chars in (("long", ps - gs), ("short", gs - ps)):
                    left = {c for c in chars if c < lo}
                    right = {c for c in chars if c > hi}
                    mid = chars - left - right
                    for side, cs in (("left", left), ("right", right), ("inside", mid)):
                        if cs:
                            w, t = words(cs)
                            parts.append(f"too {name} {side}: {_word_class(w, t, titles, side)}")
                cls = " + ".join(parts) if len(parts) <= 1 else "several edges: " + " + ".join(parts)
            else:
                gw, gt = words(gs)
                pw, pt = words(ps)
                if len(gw) == 1 and gw[0].lower() in _RELATIVES:
                    sub = "gold relative pronoun"
                elif len(pw) == 1 and pw[0].lower() in _RELATIVES:
                    sub = "predicted relative pronoun"
                elif len(gw) == 1 and gw[0].lower() in _PRONOUNS | _POSSESSIVES:
                    sub = "gold pronoun, predicted a noun phrase"
                elif len(pw) == 1 and pw[0].lower() in _PRONOUNS | _POSSESSIVES:
                    sub = "predicted pronoun, gold a noun phrase"
                elif any(c not in range(sents[k].start, sents[k].end) for c in gs):
                    sub = "gold in another sentence"
                else:
                    sub = ("gold after cue" if min(gs) > max(pc[i]) else "gold before cue") + ", " + (
                        "predicted after cue" if min(ps) > max(pc[i]) else "predicted before cue")
                cls = f"wrong noun phrase / {kind} / {sub}"
            rows.append({"cls": cls, "kind": kind, "nsubj": nsubj, "article": art.name,
                         "gold": " … ".join(text[s:e] for s, e in g.source),
                         "pred": " … ".join(text[s:e] for s, e in p["source"]),
                         "cue": " ".join(text[s:e] for s, e in p["cue"]),
                         "sentence": text[sents[k].start:sents[k].end]})
    return rows, n_gold, n_found


def report(rows, n_gold, n_found) -> None:
    print(f"gold attributions {n_gold}, cue found {n_found}")
    top = collections.Counter(r["cls"].split(" / ")[0].split(":")[0] for r in rows)
    print("by class: " + ", ".join(f"{k} {v}" for k, v in top.most_common()))
    c = collections.Counter(r["cls"] for r in rows)
    ns = collections.defaultdict(collections.Counter)
    for r in rows:
        ns[r["cls"]][r["nsubj"]] += 1
    for cls, v in c.most_common():
        if cls in ("exact", "both none"):
            continue
        print(f"  {v:4d}  {cls}   [parse subject exact {ns[cls]['parse subject exact']}]")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--show", type=int, default=0, help="print this many examples of each class (screen only)")
    ap.add_argument("--cls", default=None, help="with --show: only classes containing this text")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles (train)")
    args = ap.parse_args(argv)
    rows, n_gold, n_found = analyse(args.split)
    report(rows, n_gold, n_found)
    if args.show:
        seen = collections.Counter()
        for r in rows:
            if r["cls"] in ("exact", "both none") or (args.cls and args.cls not in r["cls"]):
                continue
            if seen[r["cls"]] >= args.show:
                continue
            seen[r["cls"]] += 1
            print(f"[{r['cls']}] {r['nsubj']} | cue {r['cue']!r} | gold {r['gold']!r} | pred {r['pred']!r} || "
                  f"{r['sentence']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
