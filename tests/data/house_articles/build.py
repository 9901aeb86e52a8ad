#!/usr/bin/env python3
"""Resolve the hand-written gold quotes of house_articles to character offsets.

A copy of ../shared/data/quotes-dev/build.py (written for this project), with one change: a speaker
or cue is looked for in the content's own paragraphs first (locate_nearest).

Reads gold.jsonl (one article a line, quotes given as exact strings), finds every
content, speaker and cue string in its article, and writes gold-spans.jsonl with
start/end offsets into the text as Python reads it:
open(path, encoding="utf-8").read().

How strings are located
  content  first. A string (or the first part of a list) must occur exactly once,
           unless "occurrence" (1-based) says which one. Each further part of a
           list is the first occurrence after the end of the part before it.
  speaker, the occurrence nearest to the content (smallest gap to any content
  cue      part), ignoring occurrences that overlap a part of this content.
           A tie between two equally near occurrences is an error.
  Every match must sit on word boundaries ("he" never matches inside "the").

Anything not found, ambiguous, or breaking the annotation guideline's mechanical
rules (see README.md) is reported and the script exits with status 1 without
writing the output. Python 3 standard library only.

Usage
  python3 build.py                 # check gold.jsonl, write gold-spans.jsonl, print counts
  python3 build.py --review        # also print every quote marked up in its paragraph
  python3 build.py --lint          # also list reporting verbs in the texts that no gold cue covers
  python3 build.py --selftest      # run the built-in tests of the locating rules
"""
import argparse
import collections
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = ("direct", "mixed", "indirect")
SPEAKER_TYPES = ("person", "organization", "anonymous", "document")
PRONOUNS = {"i", "we", "he", "she", "it", "they", "you"}
QUOTE_KEYS = {"kind", "speaker", "speaker_name", "speaker_type", "cue", "content", "occurrence"}
REQUIRED_KEYS = {"kind", "speaker", "speaker_name", "speaker_type", "cue", "content"}
OPEN_MARKS = "\"“‘'"
CLOSE_MARKS = "\"”’'"
DOUBLE_MARKS = "\"“”"
MAX_GAP = 300          # speaker/cue further than this from the content: surely a mistake
MAX_PART_GAP = 400     # two parts of one content further apart than this: surely a mistake


class GoldError(Exception):
    pass


def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, s):
    """Start offsets of s in text, on word boundaries where s begins/ends with a word character."""
    if not s:
        raise GoldError("empty string")
    out = []
    i = text.find(s)
    while i != -1:
        j = i + len(s)
        ok = True
        if is_word_char(s[0]) and i > 0 and is_word_char(text[i - 1]):
            ok = False
        if is_word_char(s[-1]) and j < len(text) and is_word_char(text[j]):
            ok = False
        if ok:
            out.append(i)
        i = text.find(s, i + 1)
    return out


def locate_content(text, content, occurrence):
    parts = content if isinstance(content, list) else [content]
    cands = occurrences(text, parts[0])
    if not cands:
        raise GoldError(f"content not found: {parts[0]!r}")
    if occurrence is None:
        if len(cands) > 1:
            raise GoldError(f"content occurs {len(cands)} times, give \"occurrence\": {parts[0]!r}")
        start = cands[0]
    else:
        if occurrence > len(cands):
            raise GoldError(f"occurrence {occurrence} but content occurs {len(cands)} times: {parts[0]!r}")
        start = cands[occurrence - 1]
    spans = [(start, start + len(parts[0]))]
    for p in parts[1:]:
        after = [c for c in occurrences(text, p) if c >= spans[-1][1]]
        if not after:
            raise GoldError(f"content part not found after the previous part: {p!r}")
        s = after[0]
        if s - spans[-1][1] > MAX_PART_GAP:
            raise GoldError(f"content part {p!r} is {s - spans[-1][1]} characters after the previous part")
        spans.append((s, s + len(p)))
    return spans


def gap(a, b, spans):
    """Smallest distance between [a, b) and the spans; None if it overlaps one of them."""
    best = None
    for s, e in spans:
        if a < e and s < b:
            return None
        d = s - b if b <= s else a - e
        best = d if best is None else min(best, d)
    return best


def locate_nearest(text, s, spans, what):
    # house_articles: occurrences in the content's own paragraphs come first (a cue that ends the
    # paragraph before a content that opens its paragraph is nearer in characters, never the cue)
    paras = paragraph_spans(text)
    own = {paragraph_of(a, paras) for a, _ in spans}
    scored = []
    for c in occurrences(text, s):
        d = gap(c, c + len(s), spans)
        if d is not None:
            scored.append((paragraph_of(c, paras) not in own, d, c))
    if not scored:
        raise GoldError(f"{what} not found outside the content: {s!r}")
    scored.sort()
    if len(scored) > 1 and scored[0][:2] == scored[1][:2]:
        raise GoldError(f"{what} {s!r} has two occurrences equally near the content "
                        f"(offsets {scored[0][2]} and {scored[1][2]})")
    _, d, c = scored[0]
    if d > MAX_GAP:
        raise GoldError(f"{what} {s!r} is {d} characters from the content")
    return (c, c + len(s))


def paragraph_spans(text):
    """(start, end) of each paragraph; the headline is paragraph 0."""
    out, pos = [], 0
    for block in text.rstrip("\n").split("\n\n"):
        out.append((pos, pos + len(block)))
        pos += len(block) + 2
    return out


def paragraph_of(offset, paras):
    for i, (s, e) in enumerate(paras):
        if s <= offset <= e:
            return i
    return None


def check_text_format(text, path):
    errs = []
    if text.startswith("\ufeff"):
        errs.append("starts with a byte-order mark")
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        errs.append("expected the headline, a blank line, then paragraphs")
    if not text.endswith("\n") or text.endswith("\n\n"):
        errs.append("must end with exactly one newline")
    if "\n\n\n" in text:
        errs.append("more than one blank line between paragraphs")
    if "\r" in text or "\t" in text:
        errs.append("contains a carriage return or tab")
    for n, line in enumerate(lines, 1):
        if line != line.strip():
            errs.append(f"line {n} has leading or trailing white space")
    return [f"{path}: {e}" for e in errs]


def check_quote_fields(q):
    if not isinstance(q, dict):
        raise GoldError("quote is not an object")
    unknown = set(q) - QUOTE_KEYS
    missing = REQUIRED_KEYS - set(q)
    if unknown:
        raise GoldError(f"unknown keys {sorted(unknown)}")
    if missing:
        raise GoldError(f"missing keys {sorted(missing)}")
    if q["kind"] not in KINDS:
        raise GoldError(f"kind must be one of {KINDS}: {q['kind']!r}")
    if q["speaker_type"] not in SPEAKER_TYPES:
        raise GoldError(f"speaker_type must be one of {SPEAKER_TYPES}: {q['speaker_type']!r}")
    for k in ("speaker", "cue"):
        if q[k] is not None and (not isinstance(q[k], str) or not q[k] or q[k] != q[k].strip()):
            raise GoldError(f"{k} must be null or a non-empty string without outer spaces: {q[k]!r}")
    if not isinstance(q["speaker_name"], str) or not q["speaker_name"].strip():
        raise GoldError("speaker_name must be a non-empty string")
    c = q["content"]
    if isinstance(c, list):
        if len(c) < 2 or not all(isinstance(p, str) and p for p in c):
            raise GoldError("a list content needs at least two non-empty strings")
    elif not isinstance(c, str) or not c:
        raise GoldError("content must be a non-empty string or a list of strings")
    parts = c if isinstance(c, list) else [c]
    for p in parts:
        if p != p.strip():
            raise GoldError(f"content has leading or trailing white space: {p!r}")
    occ = q.get("occurrence")
    if occ is not None and (not isinstance(occ, int) or isinstance(occ, bool) or occ < 1):
        raise GoldError("occurrence must be an integer >= 1")
    if q["cue"] is None and q["kind"] != "direct":
        raise GoldError("only a direct quote may have no cue (a free-standing quote)")
    if q["cue"] is None and q["speaker"] is not None:
        raise GoldError("a quote with no cue must have no speaker mention either")


def check_marks(text, q, spans):
    kind = q["kind"]
    if kind == "direct":
        for i, (s, e) in enumerate(spans):
            last = i == len(spans) - 1
            if s == 0 or text[s - 1] not in OPEN_MARKS:
                raise GoldError(f"direct content part {i + 1} is not preceded by an opening quote mark")
            if not (e < len(text) and text[e] in CLOSE_MARKS) and not (not last and text[e:e + 2] == "\n\n"):
                raise GoldError(f"direct content part {i + 1} is not followed by a closing quote mark"
                                " (or, before a further part, by a paragraph break)")
    else:
        body = "".join(text[s:e] for s, e in spans)
        has_marks = any(ch in body for ch in DOUBLE_MARKS) or "‘" in body
        if kind == "mixed" and not has_marks:
            raise GoldError("mixed content holds no quote marks")
        if kind == "indirect" and any(ch in body for ch in DOUBLE_MARKS):
            raise GoldError("indirect content holds double quote marks (mixed?)")
        first = text[spans[0][0]:spans[0][1]]
        lastp = text[spans[-1][0]:spans[-1][1]]
        if re.match(r"that\b", first):
            raise GoldError("indirect/mixed content starts with the complementizer 'that'")
        if lastp.endswith(",") or (lastp.endswith(".") and kind == "indirect"
                                   and not re.search(r"\b[a-z]\.[a-z]\.$", lastp)):
            raise GoldError("indirect content ends with the sentence's punctuation")


def resolve_article(base, art, verbs):
    """Returns (output record, list of error strings)."""
    errs = []
    path = art.get("path")
    if not isinstance(path, str):
        return None, ["article without a path"]
    full = os.path.join(base, path)
    try:
        with open(full, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        return None, [f"{path}: cannot read: {e}"]
    errs += check_text_format(text, path)
    paras = paragraph_spans(text)
    out_quotes, seen = [], {}
    for n, q in enumerate(art.get("quotes", []), 1):
        where = f"{path} quote {n}"
        try:
            check_quote_fields(q)
            spans = locate_content(text, q["content"], q.get("occurrence"))
            check_marks(text, q, spans)
            content_paras = {paragraph_of(s, paras) for s, _ in spans}
            found = {}
            for k in ("speaker", "cue"):
                if q[k] is None:
                    found[k] = None
                    continue
                a, b = locate_nearest(text, q[k], spans, k)
                if paragraph_of(a, paras) not in content_paras:
                    raise GoldError(f"{k} {q[k]!r} nearest the content is in another paragraph")
                found[k] = (a, b)
            if found["speaker"] and found["cue"]:
                (a, b), (c, d) = found["speaker"], found["cue"]
                if a < d and c < b:
                    raise GoldError("speaker and cue overlap")
            if q["cue"] is not None and q["cue"].lower() not in verbs:
                raise GoldError(f"cue {q['cue']!r} is not in reporting_verbs.txt")
            key = (spans[0], found["cue"])
            if key in seen:
                raise GoldError(f"same content and cue as quote {seen[key]}")
            seen[key] = n
        except GoldError as e:
            errs.append(f"{where}: {e}")
            continue
        rec = {"kind": q["kind"]}
        rec["speaker"] = None if found["speaker"] is None else {
            "start": found["speaker"][0], "end": found["speaker"][1],
            "text": text[found["speaker"][0]:found["speaker"][1]]}
        rec["speaker_name"] = q["speaker_name"]
        rec["speaker_type"] = q["speaker_type"]
        rec["cue"] = None if found["cue"] is None else {
            "start": found["cue"][0], "end": found["cue"][1],
            "text": text[found["cue"][0]:found["cue"][1]]}
        s, e = spans[0][0], spans[-1][1]
        content = {"start": s, "end": e, "text": text[s:e]}
        if isinstance(q["content"], list):
            content["parts"] = [[a, b] for a, b in spans]
        rec["content"] = content
        out_quotes.append(rec)
    return {"path": path, "quotes": out_quotes}, errs


def load_gold(gold_path):
    arts, errs = [], []
    with open(gold_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                art = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"gold line {n}: not JSON: {e}")
                continue
            if set(art) - {"path", "quotes"} or not isinstance(art.get("quotes"), list):
                errs.append(f"gold line {n}: expected {{\"path\", \"quotes\": [...]}}")
                continue
            arts.append(art)
    paths = [a.get("path") for a in arts]
    for p, c in collections.Counter(paths).items():
        if c > 1:
            errs.append(f"{p}: listed {c} times in gold")
    return arts, errs


def load_verbs(path):
    with open(path, encoding="utf-8") as f:
        return {l.strip().lower() for l in f if l.strip()}


def summary(records):
    kinds = collections.Counter()
    types = collections.Counter()
    cues = collections.Counter()
    pron = nospk = nocue = multi = nested = headline = 0
    for r in records:
        text = open(os.path.join(BASE, r["path"]), encoding="utf-8").read()
        head_end = text.index("\n")
        spans = [(q["content"]["start"], q["content"]["end"]) for q in r["quotes"]]
        for i, q in enumerate(r["quotes"]):
            kinds[q["kind"]] += 1
            types[q["speaker_type"]] += 1
            if q["speaker"] is None:
                nospk += 1
            elif q["speaker"]["text"].lower() in PRONOUNS:
                pron += 1
            if q["cue"] is None:
                nocue += 1
            else:
                cues[q["cue"]["text"].lower()] += 1
            if "parts" in q["content"]:
                multi += 1
            s, e = spans[i]
            if any(j != i and a <= s and e <= b and (a, b) != (s, e) for j, (a, b) in enumerate(spans)):
                nested += 1
            if s < head_end:
                headline += 1
    total = sum(kinds.values())
    print(f"articles: {len(records)}   quotes: {total}")
    print("by kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print("by speaker_type: " + ", ".join(f"{k} {types[k]}" for k in SPEAKER_TYPES))
    print(f"pronoun speakers: {pron}   no speaker mention: {nospk}   no cue: {nocue}")
    print(f"contents in several parts: {multi}   nested inside another quote: {nested}   in a headline: {headline}")
    print("cues: " + ", ".join(f"{c} {n}" for c, n in cues.most_common()))


def review(records):
    for r in records:
        text = open(os.path.join(BASE, r["path"]), encoding="utf-8").read()
        print(f"\n=== {r['path']}")
        paras = paragraph_spans(text)
        for n, q in enumerate(r["quotes"], 1):
            marks = []
            parts = q["content"].get("parts", [[q["content"]["start"], q["content"]["end"]]])
            for a, b in parts:
                marks += [(a, "⟦Q:"), (b, "⟧")]
            for k, tag in (("speaker", "S"), ("cue", "C")):
                if q[k]:
                    marks += [(q[k]["start"], f"⟦{tag}:"), (q[k]["end"], "⟧")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            p0 = paras[paragraph_of(lo, paras)][0]
            p1 = paras[paragraph_of(hi, paras)][1]
            seg = text[p0:p1]
            for off, tag in sorted(marks, key=lambda m: (m[0], m[1] == "⟧"), reverse=True):
                seg = seg[:off - p0] + tag + seg[off - p0:]
            print(f"[{n}] {q['kind']} | {q['speaker_name']} ({q['speaker_type']})")
            print("    " + seg.replace("\n\n", " ¶ "))


def lint(records, verbs):
    """Reporting verbs in the texts outside every gold cue: to re-read by hand (many are fine)."""
    single = sorted((v for v in verbs if " " not in v), key=len, reverse=True)
    rx = re.compile(r"\b(" + "|".join(map(re.escape, single)) + r")\b", re.I)
    for r in records:
        text = open(os.path.join(BASE, r["path"]), encoding="utf-8").read()
        cue_spans = [(q["cue"]["start"], q["cue"]["end"]) for q in r["quotes"] if q["cue"]]
        for m in rx.finditer(text):
            if any(a <= m.start() < b for a, b in cue_spans):
                continue
            ctx = text[max(0, m.start() - 60):m.end() + 60].replace("\n", " ")
            print(f"{r['path']}: {m.group(0)!r}: …{ctx}…")


def selftest():
    t = ('Head says nothing\n\nThe mayor said the bridge would close. "It is old," she said. '
         '"It is unsafe."\n\n"It is old," he said.\n\n'
         'Lee said: "One.\n\n"Two."\n')
    d = tempfile.mkdtemp()
    os.makedirs(os.path.join(d, "texts"))
    with open(os.path.join(d, "texts", "a.txt"), "w", encoding="utf-8") as f:
        f.write(t)
    verbs = {"said", "says"}

    def run(quotes):
        return resolve_article(d, {"path": "texts/a.txt", "quotes": quotes}, verbs)

    def q(**kw):
        base = {"kind": "direct", "speaker": None, "speaker_name": "X", "speaker_type": "person",
                "cue": None}
        base.update(kw)
        return base

    rec, errs = run([q(kind="indirect", speaker="The mayor", cue="said",
                       content="the bridge would close")])
    assert not errs, errs
    c = rec["quotes"][0]["content"]
    assert t[c["start"]:c["end"]] == "the bridge would close"
    # split quote: parts, the cue between them
    rec, errs = run([q(speaker="she", cue="said", content=["It is old,", "It is unsafe."])])
    assert "occurs 2 times" in errs[0], errs
    rec, errs = run([q(speaker="she", cue="said", content=["It is old,", "It is unsafe."], occurrence=1)])
    assert not errs, errs
    qq = rec["quotes"][0]
    assert qq["speaker"]["text"] == "she" and len(qq["content"]["parts"]) == 2
    # "he" must not match inside "the" or "she"
    rec, errs = run([q(speaker="he", cue="said", content="It is old,", occurrence=2)])
    assert not errs, errs
    assert rec["quotes"][0]["speaker"]["start"] == t.index(' he said') + 1
    # multi-paragraph quote
    rec, errs = run([q(speaker="Lee", cue="said", content=["One.", "Two."])])
    assert not errs, errs
    # failures
    assert run([q(speaker="Lee", cue="said", content="Three.")])[1]
    assert run([q(speaker="Lee", cue="says", content="One.")])[1]          # cue missing
    assert run([q(speaker="Lee", cue="said", content="One.", occurrence=3)])[1]
    assert run([q(kind="indirect", speaker="The mayor", cue="said",
                  content="the bridge would close.")])[1]                     # sentence period
    assert run([q(kind="indirect", speaker="Lee", cue="said", content="the bridge would close")])[1]  # far/other paragraph
    print("selftest ok")


def main():
    global BASE
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=os.path.join(HERE, "gold.jsonl"))
    ap.add_argument("--out", default=None, help="default: gold-spans.jsonl beside the gold file")
    ap.add_argument("--verbs", default=None, help="default: reporting_verbs.txt beside the gold file")
    ap.add_argument("--review", action="store_true")
    ap.add_argument("--lint", action="store_true")
    ap.add_argument("--selftest", action="store_true")
    args = ap.parse_args()
    if args.selftest:
        selftest()
        return 0
    BASE = os.path.dirname(os.path.abspath(args.gold))
    out_path = args.out or os.path.join(BASE, "gold-spans.jsonl")
    verbs = load_verbs(args.verbs or os.path.join(BASE, "reporting_verbs.txt"))
    arts, errs = load_gold(args.gold)
    records = []
    for art in arts:
        rec, e = resolve_article(BASE, art, verbs)
        errs += e
        if rec is not None:
            records.append(rec)
    listed = {a.get("path") for a in arts}
    for fn in sorted(os.listdir(os.path.join(BASE, "texts"))):
        if f"texts/{fn}" not in listed:
            errs.append(f"texts/{fn}: not in gold")
    if errs:
        for e in errs:
            print("ERROR " + e, file=sys.stderr)
        print(f"{len(errs)} error(s); {out_path} not written", file=sys.stderr)
        return 1
    with open(out_path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {out_path}")
    summary(records)
    if args.review:
        review(records)
    if args.lint:
        lint(records, verbs)
    return 0


BASE = HERE

if __name__ == "__main__":
    sys.exit(main())
