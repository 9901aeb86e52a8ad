"""Attributions: who (source) said (cue) what (content).

Each token of the article is labelled O, CUE, SOURCE or CONTENT by the learned sequence model
(:mod:`newslib.tagging.attribution_model`, trained on PolNeAR); the labelled runs are then tied together,
sentence by sentence:

* every CUE run is an attribution; it is widened to a phrase cue of ``lexicons/cues.tsv`` that it touches
  ("according to", "are firm in their insistence"), a phrase cue the model missed is added (with the noun
  phrase before it as source when the model gave none), and a colon right after a cue joins it ("said:");
* each SOURCE run goes to the nearest cue, which keeps its nearest source; each CONTENT run goes to the
  nearest cue, so that "X," he said, "Y" keeps both pieces as the content's ``parts``;
* a sentence with content but no cue (a quotation running over several sentences) extends the previous
  sentence's attribution, or else gives its content to the next sentence's cue when that has none;
* sentence-level repairs (``_refine``): a participle cue after a comma inside a content ("..., emphasising
  X") is an attribution of its own with the same source; a cue after "and" without a source shares the
  previous cue's ("insists that X and has rejected Y"); a cue without content takes the clause before
  ", sources said." or after "Smith said"; "Name: words" and "“Quote” ― Name" make the colon or dash a cue.

The source's ``kind`` is a first guess from ``lexicons/source_kinds.tsv`` (pronoun, anonymous, country,
organization, group, person); the actors stage refines it and fills ``actor``. ``quote`` is direct when every
content part is inside double quotes, mixed when a quotation is only part of it, else indirect. ``kind`` is
left "statement" for the claim-kinds stage.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Sequence

import numpy as np

from .. import lexicons
from ..spans import Span, strip_span
from .attribution_model import CONTENT, CUE, O, SOURCE, default_model
from .records import Attribution, Content, Source

_DQ = "\"“”«»„"
_OPEN_DQ = "\"“«„"
_CLOSE_DQ = "\"”»"
_DQ_RE = re.compile("[" + re.escape(_DQ) + "]")
_NP_AFTER = re.compile(r"(?:[ \t\u00a0]+(?!(?:said|says|told|who|which|that|is|was|has|have|had)\b)"
                       r"[\w'’-]+(?:\.(?=\w))?){1,4}")
#: A source made of one of these words alone is a tagging slip ("The aim is ..."), not a source.
_NOT_SOURCES = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", ",",
                          "and", "of", "to", "in"})


def find_attributions(text: str, sentences: Sequence, predicted: tuple | None = None) -> list:
    """Attributions of an article, in text order (``sentences`` from ``tokenize_text``, title included).
    ``predicted``: the model's ``(labels, bounds)`` for these sentences when already computed
    (``AttributionModel.predict_many`` over a batch of articles)."""
    if not sentences:
        return []
    model = default_model()
    labels, bounds = predicted if predicted is not None else model.predict(text, sentences)
    # each sentence's cue, source and content runs: [start_tok, end_tok) of equal labels, token-indexed
    per_sentence = [{CUE: [], SOURCE: [], CONTENT: []} for _ in bounds]
    toks = [t for s in sentences for t in s.tokens]
    tok_starts = [t.start for t in toks]
    tok_ends = [t.end for t in toks]
    n = len(labels)
    if n:
        firsts = np.array([a for a, _ in bounds], dtype=np.int64)
        change = np.ones(n, dtype=bool)
        change[1:] = labels[1:] != labels[:-1]
        change[firsts[firsts < n]] = True  # a run never crosses a sentence's start
        run_starts = np.flatnonzero(change)
        run_ends = np.append(run_starts[1:], n)
        keep = labels[run_starts] != O
        run_sent = np.searchsorted(firsts, run_starts[keep], side="right") - 1  # the non-empty sentence
        for k, lab, i, j in zip(run_sent.tolist(), labels[run_starts[keep]].tolist(),
                                run_starts[keep].tolist(), run_ends[keep].tolist()):
            per_sentence[k][lab].append((i, j))

    phrase_re = _phrase_cues()
    phrase_hits: dict[int, list[tuple[int, int]]] = {}
    if phrase_re is not None:
        sent_starts = [s.start for s in sentences]

        for m in phrase_re.finditer(text):
            k = bisect.bisect_right(sent_starts, m.start()) - 1
            if k >= 0 and m.end() <= sentences[k].end:
                phrase_hits.setdefault(k, []).append(m.span())
    out: list[dict] = []
    pending: list[tuple[int, int]] = []  # content runs of a cue-less sentence waiting for the next cue
    last: dict | None = None             # the attribution a following floating quotation would extend
    prev_end = None
    for k, s in enumerate(sentences):
        new_paragraph = prev_end is not None and "\n" in text[prev_end:s.start]
        prev_end = s.end
        runs = per_sentence[k]
        cues = [(toks[i].start, toks[j - 1].end) for i, j in runs[CUE]]
        phrased: set[tuple[int, int]] = set()
        if k in phrase_hits:
            cues, phrased = _with_phrases(cues, phrase_hits[k])
        a0, b0 = bounds[k]
        starts, ends = tok_starts[a0:b0], tok_ends[a0:b0]  # the sentence's token edges, for bisection
        cues = _move_edges(s.tokens, starts, cues, phrased) if cues else cues
        if cues:
            cues = _complete_auxiliaries(s.tokens, starts, cues, model.cue_prior)
        # a colon right after a cue belongs to it ("said:"), as in PolNeAR
        cues = [(a, b + 1) if text[b:b + 1] == ":" else (a, b) for a, b in cues]
        # runs inside a cue (a phrase cue can swallow them) are part of the cue
        contents = _trim(text, _outside([(toks[i].start, toks[j - 1].end) for i, j in runs[CONTENT]], cues))
        sources = [strip_span(text, a, b) for a, b in
                   _outside([(toks[i].start, toks[j - 1].end) for i, j in runs[SOURCE]], cues)]
        if not cues:
            colon = _colon_attribution(text, s)
            if colon is not None:
                out.append(colon)
                last = colon
                pending = []
                continue
            if contents:
                starts_quote = text[contents[0][0]] in _OPEN_DQ
                if last is not None and last["sentence"] == k - 1 and (not new_paragraph or starts_quote):
                    last["content"].extend(contents)
                    last["sentence"] = k
                else:
                    last = None
                    pending = [] if s.title else contents
            else:
                last = None
                pending = []
            continue
        items = [{"sentence": k, "cue": c, "source": None, "content": [], "idx": s.index,
                  "phrase": c in phrased} for c in cues]
        # sources: each source run to its nearest cue; a cue keeps its nearest source
        for src in sources:
            it = min(items, key=lambda x: _gap(src, x["cue"]))
            if it["source"] is None or _gap(src, it["cue"]) < _gap(it["source"], it["cue"]):
                it["source"] = src
        for con in contents:
            it = min(items, key=lambda x: (_gap(con, x["cue"]), x["cue"][0] > con[0]))
            it["content"].append(con)
        if pending and not new_paragraph:
            empty = [it for it in items if not it["content"]]
            if empty:
                empty[0]["content"].extend(pending)
        pending = []
        _refine(text, s, starts, ends, items)
        out.extend(items)
        last = items[-1]
    out = _dash_attributions(text, sentences, out)
    # without a source, only a likely cue word makes an attribution ("The aim is to ..." does not)
    lex = _single_cues()
    out = [it for it in out if it["source"] is not None or any(
        model.cue_prior.get(w, 0) >= 3 or w in lex for w in text[it["cue"][0]:it["cue"][1]].lower().split())]
    out = [it for it in out if not _purpose_passive(text, *it["cue"])]
    return [_record(text, it) for it in out]


_WORD_RE = re.compile(r"[\w'’]+")
_TO_OR_FOR = re.compile(r"\s*(?:to|for)\b", re.I)


@lru_cache(maxsize=1)
def _non_cues() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in lexicons.load("non_cues"))


def _purpose_passive(text: str, a: int, b: int) -> bool:
    """Is the cue ``[a, b)`` a passive of purpose or plan ("are designed" in "The guarantees are designed to
    ensure ...", lexicon ``non_cues.tsv``): such a participle after a form of "be", followed by "to" or "for"?"""
    words = _WORD_RE.findall(text[a:b].lower())
    if not words or words[-1] not in _non_cues():
        return False
    if len(words) == 1:  # the form of "be" may stand just before the cue
        before = _WORD_RE.findall(text[max(0, a - 12):a].lower())
        if not before or before[-1] not in _BE_FORMS:
            return False
    elif not any(w in _BE_FORMS for w in words[:-1]):
        return False
    return _TO_OR_FOR.match(text, b) is not None


#: moving a cue edge takes this many times more train cues drawing it there than not, and this many at least
EDGE_RATIO = 2.0
EDGE_MIN = 3


@lru_cache(maxsize=1)
def _edge_counts() -> dict[tuple[str, str], tuple[int, int, int]]:
    return {(x, y): (i, r, l) for x, y, i, r, l in default_model().vocab.get("cue_edges", [])}


def _move_edges(toks, starts: list[int], cues: list[tuple[int, int]], keep: set) -> list[tuple[int, int]]:
    """Each cue's edges moved by a token at a time where PolNeAR's train cues mostly put them (the model's
    ``cue_edges`` counts): "wrote to" -> "wrote", "reported" -> "reported by". Cues in ``keep`` (lexicon
    phrases) stay as they are; a cue never grows into another."""
    edges = _edge_counts()
    if not edges or not cues:
        return cues
    taken = set()
    spans = []
    for a, b in cues:
        i, j = _token_starting(starts, a), _token_ending(toks, starts, b)
        spans.append((i, j))
        if i is not None and j is not None:
            taken.update(range(i, j + 1))
    lows: dict[int, str] = {}

    def low(k: int) -> str:
        w = lows.get(k)
        if w is None:
            w = lows[k] = toks[k].text.lower()
        return w

    def wins(x, y, k, other):
        c = edges.get((low(x), low(y)))
        return c is not None and c[k] >= EDGE_MIN and c[k] >= EDGE_RATIO * c[other]

    out = []
    for (a, b), (i, j) in zip(cues, spans):
        if (a, b) in keep or i is None or j is None:
            out.append((a, b))
            continue
        i0, j0 = i, j
        while j > i and wins(j - 1, j, 1, 0):
            j -= 1
        if j == j0:
            while j + 1 < len(toks) and j + 1 not in taken and j - j0 < 3 and wins(j, j + 1, 0, 1):
                j += 1
        while i < j and wins(i, i + 1, 2, 0):
            i += 1
        if i == i0:
            while i > 0 and i - 1 not in taken and i0 - i < 3 and wins(i - 1, i, 0, 2):
                i -= 1
        taken.update(range(i, j + 1))
        out.append((toks[i].start, toks[j].end))
    return out


def _token_starting(starts: list[int], pos: int) -> int | None:
    """The index of the token that starts at ``pos`` (``starts``: the sentence's token starts), if one does."""
    i = bisect.bisect_left(starts, pos)
    return i if i < len(starts) and starts[i] == pos else None


def _token_ending(toks, starts: list[int], pos: int) -> int | None:
    """The index of the token that ends at ``pos``, if one does."""
    j = bisect.bisect_left(starts, pos) - 1
    return j if j >= 0 and toks[j].end == pos else None


def _complete_auxiliaries(toks, starts: list[int], cues: list[tuple[int, int]], prior: dict[str, int]
                          ) -> list[tuple[int, int]]:
    """A cue of auxiliaries alone ("has been" in "Rutte has been actively discussing ...") is the start of
    one: it runs on over adverbs to the verb, when that verb is a likely cue (train cue prior, or the cue
    lexicon) and no other cue starts in between: "has been actively discussing"."""
    lex = _single_cues()
    out = []
    for k, (a, b) in enumerate(cues):
        i, j = _token_starting(starts, a), _token_ending(toks, starts, b)
        if i is None or j is None or j < i or not all(t.text.lower() in _AUX for t in toks[i:j + 1]):
            out.append((a, b))
            continue
        limit = cues[k + 1][0] if k + 1 < len(cues) else None
        m = j + 1
        while m < len(toks) and m - j <= 3 and (limit is None or toks[m].start < limit):
            w = toks[m].text.lower()
            if w.endswith("ly") or w in _ADVERBS or w in _AUX:
                m += 1
                continue
            if prior.get(w, 0) >= 3 or w in lex:
                b = toks[m].end
            break
        out.append((a, b))
    return out


# “Quotation.” ― Name (an epigraph or a list of voices): the dash is the cue
_DASH_QUOTE = re.compile(r"([“\"][^“”\"\n]{3,}[”\"])[ \t\u00a0]*(―|—|–|--)[ \t\u00a0]*"
                         r"([A-Z][\w.'’-]*(?:[ \t\u00a0]+(?:[A-Z][\w.'’-]*|de|la|van|von|del))"
                         r"{0,4})")


def _dash_attributions(text: str, sentences: Sequence, items: list[dict]) -> list[dict]:
    found = []
    for m in _DASH_QUOTE.finditer(text):
        src_s, src_e = m.span(3)
        while src_e > src_s and text[src_e - 1] in ".,":
            src_e -= 1
        k = bisect.bisect_right([s.start for s in sentences], m.start(2)) - 1
        if k < 0:
            continue
        found.append({"sentence": k, "cue": m.span(2), "source": (src_s, src_e), "content": [m.span(1)],
                      "idx": sentences[k].index, "region": (m.start(), src_e)})
    if not found:
        return items
    kept = []
    for it in items:
        if any(r["region"][0] <= it["cue"][0] < r["region"][1] for r in found):
            continue
        it["content"] = [(a, b) for a, b in it["content"]
                         if not any(a < r["region"][1] and r["region"][0] < b for r in found)]
        if it["source"] and any(it["source"][0] < r["region"][1] and r["region"][0] < it["source"][1]
                                for r in found):
            it["source"] = None
        kept.append(it)
    return sorted(kept + found, key=lambda x: x["cue"][0])


_AUX = frozenset("has have had is are was were be been will would also has already repeatedly then since "
                 "not never could should may might must can shall".split())
_COORD = frozenset({"and", "but", "or"})
_ADVERBS = frozenset("even also again then still repeatedly further later".split())
_BE = frozenset("is are was were be been being".split())
_BE_FORMS = _BE | {"'s", "’s"}
_PRONOUNS = frozenset("he she they we i it you".split())


def _refine(text: str, s, starts: list[int], ends: list[int], items: list[dict]) -> None:
    """Sentence-level repairs of the model's runs, in place (``items`` are the sentence's attributions):

    * a participle cue from the lexicon after a comma inside a content ("..., emphasising the need for X")
      starts an attribution of its own, with the same source;
    * a cue without a source right after "and"/"but" ("insists that X and has rejected Y") shares the source
      of the sentence's previous attribution;
    * a source "his allies" after "Zelenskyy and" is widened to "Zelenskyy and his allies".
    """
    toks = s.tokens
    lex = _single_cues()
    # participle cues inside contents
    extra = []
    for it in items:
        new_parts = []
        for a, b in it["content"]:
            inner = range(bisect.bisect_left(starts, a), bisect.bisect_right(ends, b))  # tokens within [a, b)
            split = None
            for i in inner[1:]:
                t = toks[i]
                if toks[i - 1].text != ",":  # the cheap test first: most tokens follow no comma
                    continue
                low = t.text.lower()
                if low.endswith("ing") and low in lex and i + 1 < len(toks) and \
                        toks[i + 1].end <= b and not _inside_quotes(text, a, t.start):
                    split = i
                    break
            if split is None:
                new_parts.append((a, b))
                continue
            comma = toks[split - 1]
            if comma.start > a:
                new_parts.append((a, _rstrip(text, a, comma.start)))
            cue = toks[split]
            extra.append({"sentence": it["sentence"], "cue": (cue.start, cue.end), "source": it["source"],
                          "content": [(toks[split + 1].start, b)], "idx": it["idx"]})
        it["content"] = new_parts
    items.extend(extra)
    items.sort(key=lambda x: x["cue"][0])
    # a phrase cue from the lexicon that the model gave no source: the noun phrase right before it
    for it in items:
        if it["source"] is None and it.get("phrase"):
            np_span = _noun_phrase_before(toks, it["cue"][0])
            taken = [sp for other in items for sp in [other["cue"], other["source"], *other["content"]] if sp]
            if np_span and not any(a < np_span[1] and np_span[0] < b for a, b in taken):
                it["source"] = np_span
    # a content before its cue that stops short of the sentence start, with nothing else in between
    first = next((t for t in toks if t.text not in _DQ), None)
    for it in items:
        if not it["content"] or first is None:
            continue
        a, b = min(it["content"])
        if b <= it["cue"][0] and a > first.start:
            gap = [t for t in toks if first.start <= t.start and t.end <= a]
            taken = [sp for other in items for sp in [other["cue"], other["source"], *other["content"]] if sp]
            if gap and not any(t.text in _DQ or t.text in (",", ";", ":", "(", ")", "—") for t in gap) and \
                    not any(x < a and first.start < y for x, y in taken):
                it["content"] = [(first.start, b) if (x, y) == (a, b) else (x, y) for x, y in it["content"]]
    # a cue that the model gave no content: the clause before ", source cue." or after "source cue"
    for it in list(items):
        if it["content"] or not any(it is x for x in items):
            continue
        left = min(it["cue"][0], it["source"][0] if it["source"] else it["cue"][0])
        right = max(it["cue"][1], it["source"][1] if it["source"] else it["cue"][1])
        before = [t for t in toks if t.end <= left]
        after = [t for t in toks if t.start >= right]
        while after and not after[-1].text[:1].isalnum() and after[-1].text not in _DQ:
            after.pop()
        span = None
        if len(before) >= 4 and before[-1].text in (",", "—", "–") and \
                len([t for t in after if t.text[:1].isalnum()]) <= 4:
            span = (before[0].start, before[-2].end)
        elif len([t for t in after if t.text[:1].isalnum()]) >= 3 and (not before or it["source"]):
            while after and after[0].text in (",", ":", "that"):
                after.pop(0)
            if after:
                span = (after[0].start, after[-1].end)
        if not span:
            continue
        # cues without a source inside the clause of a sourced cue are verbs of its content
        nested = [o for o in items if o is not it and it["source"] and o["source"] is None and
                  span[0] <= o["cue"][0] and o["cue"][1] <= span[1] and
                  all(span[0] <= x and y <= span[1] for x, y in o["content"])]
        taken = [sp for other in items if other is not it and not any(other is n for n in nested)
                 for sp in [other["cue"], other["source"], *other["content"]] if sp]
        if not any(a < span[1] and span[0] < b for a, b in taken):
            it["content"] = [span]
            for n in nested:
                items.remove(n)
    # any other cue without a source: a named noun phrase or a pronoun right before it ("Wells Fargo announced")
    for it in items:
        if it["source"] is None and not it.get("phrase"):
            np_span = _noun_phrase_before(toks, it["cue"][0])
            if np_span is None:
                continue
            words = text[np_span[0]:np_span[1]].split()
            named = any(w[:1].isupper() for w in words) or (len(words) == 1 and words[0].lower() in _PRONOUNS)
            taken = [sp for other in items for sp in [other["cue"], other["source"], *other["content"]] if sp]
            if named and not any(a < np_span[1] and np_span[0] < b for a, b in taken):
                it["source"] = np_span
    # coordinated cues share the source
    prev = None
    for it in items:
        i = _token_starting(starts, it["cue"][0])
        if it["source"] is None and prev is not None and prev["source"] is not None and i is not None:
            j = i - 1
            while j >= 0 and toks[j].text.lower() in _AUX:
                j -= 1
            if j >= 0 and toks[j].text.lower() in _COORD and prev["cue"][1] <= toks[j].start:
                it["source"] = prev["source"]
            # a participle after a comma ("..., even suggesting X") is said by the clause's source
            elif j >= 0 and toks[i].text.lower().endswith("ing") and (
                    toks[j].text == "," or (toks[j].text.lower() in _ADVERBS and j > 0 and toks[j - 1].text == ",")):
                it["source"] = prev["source"]
        prev = it
    # passives: "X is supported by Y" has Y for source and X for content
    for it in items:
        if it["source"] is None or len(it["content"]) != 1:
            continue
        ca, cb = it["content"][0]
        cue_words = text[it["cue"][0]:it["cue"][1]].lower().split()
        if text[ca:ca + 3].lower() == "by " and ca >= it["cue"][1] and it["source"][1] <= it["cue"][0] and \
                cue_words[-1].endswith(("ed", "en")) and any(w in _BE for w in cue_words):
            it["source"], it["content"] = (ca + 3, cb), [it["source"]]
    # "X and his allies"
    for it in items:
        if it["source"] is None:
            continue
        i = _token_starting(starts, it["source"][0])
        if i is not None and i >= 2 and toks[i - 1].text.lower() == "and" and toks[i - 2].text[:1].isupper():
            j = i - 2
            while j > 0 and toks[j - 1].text[:1].isupper():
                j -= 1
            if j == 0 or toks[j - 1].text in (",", ";", ":") or toks[j - 1].text.lower() in _COORD | {"with"}:
                it["source"] = (toks[j].start, it["source"][1])


_NP_STOP = frozenset("that which who whom whose said says say told when while because if as than to for with "
                     "by on in at from into about after before not no , ; : ( ) — – \" “ ” .".split())
_NP_KEEP = frozenset("the a an and of his her their its our my some several many other 's ’s".split())


def _noun_phrase_before(toks, pos: int) -> tuple[int, int] | None:
    """The noun phrase ending right before ``pos`` (after auxiliaries): capitalized words, lower-case words and
    determiners, at most eight tokens, not starting with "and" or "of"."""
    i = max((k for k, t in enumerate(toks) if t.end <= pos), default=-1)
    while i >= 0 and toks[i].text.lower() in _AUX:
        i -= 1
    end = i
    while i >= 0 and end - i < 8:
        low = toks[i].text.lower()
        if low in _NP_STOP or not (toks[i].text[:1].isalnum() or low in _NP_KEEP):
            break
        i -= 1
    start = i + 1
    while start <= end and toks[start].text.lower() in ("and", "of", "'s", "’s"):
        start += 1
    if start > end or toks[end].text.lower() in _NP_KEEP:
        return None
    return toks[start].start, toks[end].end


def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def _inside_quotes(text: str, a: int, b: int) -> bool:
    """Is position ``b`` inside a quotation opened after ``a``?"""
    return _ends_inside_quote(text[a:b])


@lru_cache(maxsize=1)
def _single_cues() -> frozenset[str]:
    return frozenset(r["cue"].lower() for r in lexicons.load("cues") if " " not in r["cue"].strip())


#: "Word: ..." labels that name no speaker (a section, a byline, an interview's "Q:"/"A:", which PolNeAR's
#: train annotations mostly leave out); found among the colon attributions of the train split
_NOT_SPEAKERS = frozenset({"the latest", "contributing", "twitter", "breaking", "revealed", "correction", "byline",
                           "wow", "look", "question", "answer", "editor's note", "note", "update", "watch",
                           "video", "photo", "related", "read more", "breaking news"})


def _colon_attribution(text: str, s) -> dict | None:
    """``Name: words`` (a headline's or a transcript's speaker): the colon is the cue."""
    toks = s.tokens
    lead = 1 if toks and toks[0].text in _DQ else 0
    for i, t in enumerate(toks[:5 + lead]):
        if t.text == ":":
            if i <= lead or len(toks) - i < 4 or text[t.end:t.end + 1] not in (" ", "\u00a0"):
                return None
            name = toks[lead:i]
            label = text[name[0].start:name[-1].end].lower().replace("’", "'")
            if len(label) == 1 or label in _NOT_SPEAKERS:
                return None
            if not all(x.text[:1].isupper() or x.text in (".", "'s", "’s") for x in name):
                return None
            last = len(toks)
            while last > i + 1 and not toks[last - 1].text[:1].isalnum() and toks[last - 1].text not in _DQ:
                last -= 1
            return {"sentence": s.index, "cue": (t.start, t.end), "source": (name[0].start, name[-1].end),
                    "content": [(toks[i + 1].start, toks[last - 1].end)], "idx": s.index}
    return None


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, b[0] - a[1], a[0] - b[1])


def _ends_inside_quote(chunk: str) -> bool:
    """Does ``chunk`` end inside a double-quoted quotation?"""
    inside = False
    for ch in chunk:
        if ch in "“«„":
            inside = True
        elif ch in "”»":
            inside = False
        elif ch == '"':
            inside = not inside
    return inside


@lru_cache(maxsize=1)
def _phrase_cues() -> re.Pattern | None:
    phrases = [r["cue"] for r in lexicons.load("cues") if " " in r["cue"].strip()]
    if not phrases:
        return None
    alts = sorted((r"\s+".join(re.escape(w) for w in p.split()) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


def _with_phrases(cues: list[tuple[int, int]], phrases: list[tuple[int, int]]
                  ) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Widen cues to the lexicon phrases they touch; add phrase cues the model missed. Also returns the cues
    that a phrase made or widened."""
    out = list(cues)
    phrased = set()
    for ps, pe in phrases:
        hit = [i for i, (a, b) in enumerate(out) if a < pe and ps < b]
        if hit:
            a = min(ps, *(out[i][0] for i in hit))
            b = max(pe, *(out[i][1] for i in hit))
            out = [c for i, c in enumerate(out) if i not in hit] + [(a, b)]
        else:
            a, b = ps, pe
            out.append((a, b))
        phrased.add((a, b))
    return sorted(out), phrased


def _trim(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs without white space or a dangling "and" or comma at their ends (those left by a cut)."""
    out = []
    for a, b in runs:
        a, b = _trim_tail(text, *strip_span(text, a, b))
        if a < b:
            out.append((a, b))
    return out


def _outside(runs: list[tuple[int, int]], cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs without the characters that a cue covers: a run inside a cue disappears, a run around one is cut
    in two."""
    out = []
    for run in runs:
        pieces = [run]
        for ca, cb in cues:
            nxt = []
            for a, b in pieces:
                if cb <= a or b <= ca:
                    nxt.append((a, b))
                    continue
                if a < ca:
                    nxt.append((a, ca))
                if cb < b:
                    nxt.append((cb, b))
            pieces = nxt
        out.extend(p for p in pieces if p[0] < p[1])
    return out


_DANGLING = ("and", "but", "or")


def _trim_tail(text: str, a: int, b: int) -> tuple[int, int]:
    """``[a, b)`` without white space, commas, semicolons or a dangling "and"/"but"/"or" at its end."""
    while b > a:
        ch = text[b - 1]
        if ch.isspace() or ch in ",;":
            b -= 1
            continue
        for w in _DANGLING:
            n = len(w)
            if b - n > a and text[b - n:b].lower() == w and not text[b - n - 1].isalnum():
                b -= n
                break
        else:
            break
    return a, b


def _merge_parts(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted parts, with parts separated only by white space or punctuation joined into one, without a
    dangling "and" or comma at their end."""
    merged: list[list[int]] = []
    trimmed = []
    for a, b in parts:
        a, b = _trim_tail(text, *strip_span(text, a, b))
        if a < b:
            trimmed.append((a, b))
    for a, b in sorted(trimmed):
        if merged and (a <= merged[-1][1] or not text[merged[-1][1]:a].strip(" \t\n\u00a0.,;:?!")):
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _record(text: str, it: dict) -> Attribution:
    cs, ce = it["cue"]
    cue = Span(cs, ce, text[cs:ce])
    source = None
    src = it["source"]
    if src is not None and text[src[0]:src[1]].strip().lower() in _NOT_SOURCES:
        # a lone determiner: widened to the words it opens ("the event organizer"), up to the cue
        limit = cs if cs >= src[1] else len(text)
        m = _NP_AFTER.match(text, src[1], limit)
        src = (src[0], m.end()) if m else None
    if src is not None:
        ss, se = strip_span(text, *src)
        # PolNeAR's commas: an appositive source keeps the comma that closes it ("Dean, a doctor, said"),
        # a plain one does not ("Obama, who ..." aside)
        inner = text[ss:se].rstrip(",")
        if "," in inner and text[se:se + 1] == "," and se < cs:
            se += 1
        elif "," not in inner and text[ss:se].endswith(","):
            se = ss + len(inner.rstrip())
        stext = text[ss:se]
        source = Source(Span(ss, se, stext), source_kind(stext))
    content = None
    quote = "indirect"
    parts = _merge_parts(text, it["content"]) if it["content"] else []
    if parts:
        a, b = parts[0][0], parts[-1][1]
        content = Content(Span(a, b, text[a:b]), tuple(parts) if len(parts) > 1 else ())
        quote = quote_type(text, parts)
    return Attribution(it["idx"], cue, source, content, "statement", quote)


def quote_type(text: str, parts: Sequence[tuple[int, int]]) -> str:
    """direct: every part is a quotation; mixed: some quotation marks inside; indirect: none."""
    quoted = 0
    any_quote = False
    for a, b in parts:
        piece = text[a:b].strip()
        core = piece.rstrip(".,;:!?")
        if _DQ_RE.search(piece):
            any_quote = True
        if piece[:1] in _OPEN_DQ and (core[-1:] in _CLOSE_DQ or piece[-1:] in _CLOSE_DQ):
            inner = piece[1:-1]
            if not _DQ_RE.search(inner.rstrip(".,;:!?”\"»")):
                quoted += 1
                continue
        if piece[:1] in _OPEN_DQ and (core[-1:] in _CLOSE_DQ or piece[-1:] in _CLOSE_DQ):
            quoted += 1
    if quoted == len(parts):
        return "direct"
    return "mixed" if any_quote else "indirect"


# ---- source kinds -----------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _source_lexicon() -> dict[str, str]:
    return {r["word"].lower(): r["kind"] for r in lexicons.load("source_kinds")}


_WORDS = re.compile(r"[\w][\w.'’-]*")


@lru_cache(maxsize=4096)
def source_kind(s: str) -> str:
    """pronoun, anonymous, country, organization, group or person, from the source's words."""
    lex = _source_lexicon()
    low = s.strip().lower()
    if lex.get(low) == "pronoun":
        return "pronoun"
    words = _WORDS.findall(s)
    if not words:
        return "person"
    lows = [w.lower().rstrip(".") if not w.endswith(".") or len(w) <= 2 else w.lower() for w in words]
    stripped = " ".join(lows[1:] if lows[0] in ("the",) else lows)
    if lex.get(stripped) in ("country", "organization", "group", "anonymous", "person"):
        return lex[stripped]
    kinds = [lex.get(w) for w in lows]
    head = None
    for w in lows:  # the head noun: the last word before "of", "who", "familiar", a comma clause
        if w in ("of", "who", "that", "familiar", "close", "with", "from", "at", "in", "for"):
            break
        head = w
    caps = [w for i, w in enumerate(words) if w[:1].isupper() and (i > 0 or lows[0] not in lex)]
    if head is not None and lex.get(head) == "anonymous":
        named = [w for w in caps if lex.get(w.lower()) not in ("anonymous", "country", "determiner", "title")]
        if not named:
            return "anonymous"
    if "anonymous" in kinds and not caps:
        return "anonymous"
    if lows[0] in ("some", "several", "many", "other", "two", "three", "a", "an") and not caps and \
            head is not None and head.endswith("s"):
        return "anonymous" if lex.get(head) != "group" else "group"
    if " and " in f" {low} " and len(words) > 2:
        return "group"
    if len(words) >= 2 and words[-1][:1].isupper() and lex.get(lows[-1]) is None:
        before = lows[-2]
        if lex.get(before) == "title" or (words[-2][:1].isupper() and lex.get(before) is None):
            return "person"
    if head is not None and lex.get(head) in ("organization", "country", "group"):
        return lex[head]
    if any(k == "organization" for k in kinds):
        return "organization"
    if any(w.isupper() and len(w.replace(".", "")) >= 2 and lex.get(w.lower()) != "country" for w in words):
        return "organization"
    if any(k == "country" for k in kinds) and len(words) <= 3:
        return "country"
    if head is not None and not head[:1].isupper() and head.endswith("s") and not caps:
        return "group"
    if head is not None and head.endswith("s") and lex.get(head) is None and caps and \
            words[-1][:1].isupper() and words[-1].lower().endswith(("ans", "ats", "ists", "ers")):
        return "group"
    return "person"
