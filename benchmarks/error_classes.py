"""Issue 11's error classes (section 2), measured today: its examples, the test rows and the corpora per class.

1. **Examples.** ``benchmarks/data/issue11_examples.jsonl`` holds the issue's own examples, each completed into a
   sentence where the issue gives a fragment (``issue``: the issue's words; ``text``: what is tagged, under a
   title line), with what it expects (``expect``): ``source`` / ``cue`` / ``content`` (alternatives; one
   attribution must match all that are given: source and cue by their text, content by its letters and digits,
   quotation marks and punctuation aside), ``parts`` (its content's pieces), ``attributions`` (how many in all),
   ``no_cue`` (no attribution's cue or source holds the word), ``source_kind``, ``actor`` and ``no_actor``
   (that attribution's source kind, its actor's name, and no actor name for it), ``same_actor`` (one actor holds every name),
   ``kind_not`` (neither the sentence nor any attribution has that claim kind), ``no_hedge`` (no hedge holds
   the word). Each example is right or wrong as a whole.
2. **Test rows.** Lines of ``tests/`` (the attribution, actor, kind and hedge tests) that match each class's
   regular expression (``TEST_PATTERNS``): a count of the rows that hold the class, approximate by nature.
3. **Corpora** (``--corpora``): per class, the gold attributions of quotes-dev and of the house articles that
   hold it (``GOLD_CLASSES``, read from the spans) with today's pair recall over them (the unseen-news scorer,
   ``newslib.evaluation.quotes.score``, over that class's gold alone), and PolNeAR dev's count.

Usage: ``.venv/bin/python benchmarks/error_classes.py [--corpora] [--json]``. Prints Markdown tables.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = Path(__file__).resolve().parent / "data" / "issue11_examples.jsonl"
TITLE = "News desk\n\n"
#: the classes of issue 11, section 2, in its order
CLASSES = ("speaker after the quote or verb", "according to", "words between speaker and verb",
           "relative and embedded clauses", "content is the whole complement",
           "non-speech verbs and nouns, page furniture", "split quotes", "actor types", "claim kinds and hedges")
TEST_FILES = ("test_attribution*.py", "attribution_cases.py", "test_actors*.py", "test_kinds.py", "test_hedges.py",
              "test_house_articles.py")
#: a test row: a line holding a sentence literal (a capital, digit or quotation mark, then three words or more)
ROW = re.compile(r"""(?:^|[(\[,=]\s*)(["'])[“"‘'A-Z0-9][^"'\n]*? [^"'\n]*? [^"'\n]*? """)
_SAY = r"(?:said|says|told|added|wrote|suggested|defended)"
#: per class, a regular expression for the test rows that hold it (on rows of ``TEST_FILES``), or a file pattern
#: whose rows all count
TEST_PATTERNS = {
    CLASSES[0]: r'[,?!][’”"\'] (?:said|says|added|wrote|told) (?:(?:lead|chief|senior|the) (?:[a-z]+ )?)?[A-Z][a-z]+',
    CLASSES[1]: r"(?i:\baccording to\b)",
    CLASSES[2]: (r"[A-Z][a-z]+, \d{1,3}, " + _SAY + r"|[A-Z][a-z]+ (?:on|late|early|last) (?:Mon|Tues|Wednes|Thurs|"
                 r"Fri|Satur|Sun)day " + _SAY + r"|[A-Z][a-z]+ [a-z]+ly " + _SAY + r"|[A-Z][a-z]+, (?:a|an|the|chief|"
                 r"head|director|president|spokesman|spokeswoman) [^,\"]{2,60}, " + _SAY),
    CLASSES[3]: r", (?:who|which|whose) [^,\"]{2,80}, " + _SAY + r"|[a-z]+ [“\"][^”\"]{1,40},[”\"] (?:he|she|they) said",
    CLASSES[4]: r"\b(?:said|says) (?:did|does|was|were|is|are|would|will|has|had)\b|\bsaid (?:his|her|their) [a-z]+ ",
    CLASSES[5]: r"\b(?:played|struck|withdrew|leads the|is expected to|forecasts?|charged)\b|\b[A-Z]{3,}(?: [A-Z]{3,})?:",
    CLASSES[6]: (r"[,.?!][”\"'] (?:he|she|they|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:said|says|added|continued)[.,] "
                 r"(?:\\?[“\"']|$)| … "),  # a quotation resumed after its frame; a split content's pieces
    CLASSES[7]: r"[\"'](?:organization|group|person|anonymous|pronoun|country)[\"']",
    CLASSES[8]: "test_kinds.py test_hedges.py",
}


def _alnum(s: str) -> str:
    return re.sub(r"[^0-9a-z]", "", s.lower())


def _edges(s: str) -> str:
    """A span's text without the spaces and punctuation at its edges ("Ken Otieno, chief ...," as "Ken Otieno,
    chief ...")."""
    return s.strip(" \t\n,;:.")


def _words(s: str) -> set[str]:
    return set(re.findall(r"[0-9a-z]+", s.lower()))


def read_examples(path: Path = EXAMPLES) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for n, r in enumerate(rows, 1):
        if r.get("class") not in CLASSES or not r.get("text") or not r.get("expect"):
            raise ValueError(f"{path}: line {n}: needs a class of {CLASSES}, a text and an expect")
    return rows


def _content_text(text: str, content: dict | None) -> str:
    if not content:
        return ""
    return " ".join(text[s:e] for s, e in content.get("parts") or [(content["start"], content["end"])])


def _matches(att: dict, text: str, expect: dict) -> bool:
    """Does one attribution give all of an example's expected source, cue, content, parts, source kind and actor?"""
    src, cue = att.get("source") or {}, att.get("cue") or {}
    if "source" in expect and _edges(src.get("text", "")) not in expect["source"]:
        return False
    if "cue" in expect and cue.get("text", "").lower() not in {c.lower() for c in expect["cue"]}:
        return False
    if "content" in expect and _alnum(_content_text(text, att.get("content"))) not in map(_alnum, expect["content"]):
        return False
    if "parts" in expect and len((att.get("content") or {}).get("parts") or [0]) != expect["parts"]:
        return False
    if "source_kind" in expect and src.get("kind") != expect["source_kind"]:
        return False
    if "actor" in expect and src.get("actor") != expect["actor"]:
        return False
    return not (expect.get("no_actor") and src.get("actor"))


def problems(doc: dict, text: str, expect: dict) -> list[str]:
    """What a tagged example (``TaggedArticle.to_dict()`` of ``text``) gets wrong against ``expect``; [] if right."""
    atts = doc["attributions"]
    out = []
    if {"source", "cue", "content", "parts", "source_kind", "actor"} & set(expect) and \
            not any(_matches(a, text, expect) for a in atts):
        out.append("expected attribution missing")
    if "attributions" in expect and len(atts) != expect["attributions"]:
        out.append(f"{len(atts)} attributions, not {expect['attributions']}")
    for word in expect.get("no_cue", ()):
        w = word.lower()
        if any(w in _words((a.get(k) or {}).get("text", "")) for a in atts for k in ("cue", "source")):
            out.append(f"{word!r} in a cue or source")
    if "same_actor" in expect:
        names = [{m["text"] for m in actor["mentions"]} for actor in doc.get("actors", [])]
        if not any(set(expect["same_actor"]) <= n for n in names):
            out.append(f"{' / '.join(expect['same_actor'])} not one actor")
    if "kind_not" in expect:
        kinds = {s["kind"] for s in doc["sentences"] if not s.get("title")} | {a["kind"] for a in atts}
        if expect["kind_not"] in kinds:
            out.append(f"claim kind {expect['kind_not']!r}")
    for word in expect.get("no_hedge", ()):
        if any(word.lower() in _words(h["text"]) for s in doc["sentences"] for h in s["hedges"]):
            out.append(f"{word!r} a hedge")
    return out


def describe(doc: dict, text: str) -> str:
    """The attributions of a tagged example, short: ``source (its kind) | cue | content`` each (a split content's
    pieces joined with " … ")."""
    def source(a):
        s = a.get("source")
        return f"{s['text']} ({s.get('kind')})" if s else "-"
    def content(a):
        c = a.get("content")
        return " … ".join(text[s:e] for s, e in c.get("parts") or [(c["start"], c["end"])]) if c else "-"
    return "; ".join(" | ".join([source(a), (a.get("cue") or {}).get("text", "-"), content(a)])
                     for a in doc["attributions"]) or "no attribution"


def run_examples(rows: list[dict]) -> list[dict]:
    """Each example tagged (under a title line) with its problems and what the tagger gave."""
    from newslib.tagging.tagger import tag_many

    docs = tag_many([TITLE + r["text"] + "\n" for r in rows], headline=False)
    out = []
    for r, d in zip(rows, docs):
        if isinstance(d, Exception):
            raise d
        doc, text = d.to_dict(), TITLE + r["text"] + "\n"
        out.append({**r, "problems": problems(doc, text, r["expect"]), "got": describe(doc, text)})
    return out


def test_rows(folder: Path = ROOT / "tests") -> dict[str, int]:
    """Per class, the test rows (lines with a sentence literal, :data:`ROW`) of ``TEST_FILES`` that match its
    pattern, or all the rows of the files it names."""
    files = sorted({p for pattern in TEST_FILES for p in folder.glob(pattern)})
    rows = {p.name: [line for line in p.read_text(encoding="utf-8").splitlines() if ROW.search(line)] for p in files}
    out = {}
    for c in CLASSES:
        pattern = TEST_PATTERNS[c]
        if pattern.endswith(".py"):
            out[c] = sum(len(rows.get(name, ())) for name in pattern.split())
        else:
            out[c] = sum(1 for lines in rows.values() for line in lines if re.search(pattern, line))
    return out


# ---- the corpora -------------------------------------------------------------------------------------------------
def _between(text: str, source: tuple[int, int] | None, cue: tuple[int, int]) -> str | None:
    """The text between a source that stands before its cue and the cue (None: no source, or after the cue)."""
    if not source or source[1] > cue[0]:
        return None
    return text[source[1]:cue[0]]


def gold_class(text: str, source: tuple[int, int] | None, cue: tuple[int, int] | None,
               content: list[tuple[int, int]], indirect: bool, organization: bool | None) -> set[str]:
    """The classes a gold attribution holds, read from its spans (``organization`` None: the corpus does not say;
    a quote without cue holds only the split and actor classes)."""
    out = {CLASSES[6]} if len(content) > 1 else set()
    if organization:
        out.add(CLASSES[7])
    if cue is None:
        return out
    between = _between(text, source, cue)
    if source and source[0] > cue[0]:
        out.add(CLASSES[0])
    if text[cue[0]:cue[1]].lower().startswith("according"):
        out.add(CLASSES[1])
    if between is not None and re.search(r"\w", between):
        out.add(CLASSES[2])
    if between is not None and re.match(r"\s*,\s*(?:who|which|whose)\b", between):
        out.add(CLASSES[3])
    if indirect and content and min(s for s, _ in content) >= cue[1]:
        out.add(CLASSES[4])
    return out


def quotes_corpus(gold_path: Path) -> dict[str, list]:
    """Per class: [gold quotes that hold it, today's pair recall over them] on a ``gold-spans.jsonl``."""
    from newslib.evaluation.quotes import gold_articles, score
    from newslib.tagging.tagger import tag_many

    articles = gold_articles(str(gold_path))
    texts = [Path(p).read_text(encoding="utf-8") for p, _ in articles]
    preds = []
    for (path, _), d in zip(articles, tag_many(texts, headline=False)):
        if isinstance(d, Exception):
            raise d
        preds.append({**d.to_dict(), "path": path})
    by_class: dict[str, list[tuple[str, dict]]] = {c: [] for c in CLASSES}
    for (path, g), text in zip(articles, texts):
        for c in CLASSES:
            quotes = [q for q in g["quotes"] if c in gold_class(
                text, (q["speaker"]["start"], q["speaker"]["end"]) if q.get("speaker") else None,
                (q["cue"]["start"], q["cue"]["end"]) if q.get("cue") else None, q["content"].get("parts") or
                [(q["content"]["start"], q["content"]["end"])], q["kind"] == "indirect",
                q.get("speaker_type") == "organization")]
            by_class[c].append((path, {**g, "path": path, "quotes": quotes}))
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for c in CLASSES:
            n = sum(len(g["quotes"]) for _, g in by_class[c])
            if not n:
                out[c] = [0, None]
                continue
            gold = Path(tmp) / "gold.jsonl"
            gold.write_text("".join(json.dumps(g) + "\n" for _, g in by_class[c]), encoding="utf-8")
            s = score(str(gold), preds, verbs_path=str(gold_path.parent / "reporting_verbs.txt"))
            out[c] = [n, s["pair"]["R"]]
    return out


def polnear_counts(split: str = "dev") -> dict[str, int]:
    """Per class, PolNeAR's gold attributions (alphabetically first annotator) that hold it."""
    from newslib.datasets.polnear import read_split

    counts = dict.fromkeys(CLASSES, 0)
    for art in read_split(None, split):
        for a in art.attributions:
            if not a.cue:
                continue
            source = (min(s for s, _ in a.source), max(e for _, e in a.source)) if a.source else None
            cue = (min(s for s, _ in a.cue), max(e for _, e in a.cue))
            content = sorted(a.content)
            indirect = bool(content) and art.text[content[0][0]:content[0][0] + 1] not in "\"“'‘"
            for c in gold_class(art.text, source, cue, content, indirect, None):
                counts[c] += 1
    return counts


def corpora() -> dict[str, dict]:
    from newslib.config import data_dir

    return {"quotes-dev": quotes_corpus(data_dir() / "quotes-dev" / "gold-spans.jsonl"),
            "house_articles": quotes_corpus(ROOT / "tests" / "data" / "house_articles" / "gold-spans.jsonl"),
            "polnear dev": polnear_counts("dev")}


# ---- the tables --------------------------------------------------------------------------------------------------
def class_table(results: list[dict], rows: dict[str, int], corpus: dict | None) -> str:
    head = ["class", "issue examples right", "test rows"]
    if corpus:
        head += ["quotes-dev gold (pair recall)", "house gold (pair recall)", "PolNeAR dev gold"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for c in CLASSES:
        mine = [r for r in results if r["class"] == c]
        cells = [c, f"{sum(not r['problems'] for r in mine)} / {len(mine)}", str(rows[c])]
        if corpus:
            for name in ("quotes-dev", "house_articles"):
                n, recall = corpus[name][c]
                cells.append(f"{n} ({recall:.3f})" if n else "-")
            cells.append(str(corpus["polnear dev"][c] or "-"))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def example_table(results: list[dict]) -> str:
    lines = ["| class | example (tagged text) | right | what the tagger gives (source \\| cue \\| content) |",
             "|---|---|---|---|"]
    for r in results:
        verdict = "right" if not r["problems"] else "wrong: " + "; ".join(r["problems"])
        lines.append(f"| {r['class']} | {r['text']} | {verdict} | {r['got'].replace('|', chr(92) + '|')} |")
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=Path, default=EXAMPLES, help=f"the examples (default {EXAMPLES.name})")
    ap.add_argument("--corpora", action="store_true",
                    help="also tag quotes-dev and the house articles and count PolNeAR dev (about a minute)")
    ap.add_argument("--json", action="store_true", help="print the results as one JSON object instead")
    args = ap.parse_args(argv)
    if not args.examples.is_file():
        ap.error(f"--examples {args.examples}: no such file")
    return args


def main(argv: list[str] | None = None) -> dict:
    args = parse_args(argv)
    results = run_examples(read_examples(args.examples))
    record = {"examples": results, "test rows": test_rows(), "corpora": corpora() if args.corpora else None}
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
    else:
        print(class_table(results, record["test rows"], record["corpora"]))
        print()
        print(example_table(results))
    return record


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
