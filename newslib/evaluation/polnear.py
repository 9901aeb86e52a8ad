"""Scoring attributions against PolNeAR (Newell, Margolin & Ruths, LREC 2018).

The corpus is read by :mod:`newslib.datasets.polnear`; each article counts once, with the alphabetically first
annotator's annotations.

Definitions (shared by every row of the report):

* a span is its set of non-space characters; ``exact`` means equal sets, ``overlap`` any shared character;
* predictions and gold spans are matched one-to-one per article, greedily by shared size;
* a whole attribution matches when cue, content and source all overlap (or neither has a source); a content
  made of several parts (``Content`` + ``Content2``, or a discontinuous span) is the union of its parts.

Articles are tagged with ``tokenize_text`` + ``find_attributions`` only, not the whole pipeline.
"""
from __future__ import annotations

import os
from typing import Iterable, Sequence

from ..datasets.polnear import GoldArticle, Parts, annotator_sets, default_dir, read_split
from ..errors import DataError
from .report import EvalReport, prf

__all__ = ["agreement", "evaluate", "score_article", "score_parts", "predicted_parts", "char_set", "greedy_match",
           "tag_article"]


# ---- matching ---------------------------------------------------------------------------------------------
def char_set(text: str, parts: Iterable[tuple[int, int]]) -> frozenset[int]:
    """The non-space characters of a span given as ranges."""
    return frozenset(i for s, e in parts for i in range(s, e) if not text[i].isspace())


def greedy_match(pred: Sequence, gold: Sequence, score) -> list[tuple[int, int]]:
    """One-to-one matching: pairs (i, j) with ``score(pred[i], gold[j]) > 0``, taken greedily by score."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            s = score(p, g)
            if s > 0:
                cands.append((s, i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def _overlap(a: frozenset, b: frozenset) -> int:
    return len(a & b)


def _exact(a: frozenset, b: frozenset) -> int:
    return len(a) if a and a == b else 0


def _whole_score(p, g) -> int:
    (pc, ps, pt), (gc, gs, gt) = p, g
    cue, con = len(pc & gc), len(pt & gt)
    if not cue or not con:
        return 0
    if ps or gs:
        src = len(ps & gs)
        if not src:
            return 0
    else:
        src = 0
    return cue + con + src


def predicted_parts(attributions) -> list[dict[str, Parts]]:
    """Each predicted attribution's cue, source and content as character ranges."""
    out = []
    for a in attributions:
        content: Parts = ()
        if a.content is not None:
            content = tuple(a.content.parts) if a.content.parts else ((a.content.start, a.content.end),)
        out.append({"cue": ((a.cue.start, a.cue.end),),
                    "source": ((a.source.start, a.source.end),) if a.source is not None else (),
                    "content": content})
    return out


# ---- evaluation -------------------------------------------------------------------------------------------
_ROLES = ("cue", "source", "content")


def score_article(art: GoldArticle, attributions, counts: dict, errors: dict | None = None) -> None:
    """Add one article's matches to ``counts`` (``{row: [tp, predicted, gold]}``) and samples to ``errors``."""
    score_parts(art, predicted_parts(attributions), counts, errors)


def score_parts(art: GoldArticle, pred: list[dict[str, Parts]], counts: dict, errors: dict | None = None) -> None:
    """``score_article`` for attributions given as character ranges (``{"cue", "source", "content"}``)."""
    text = art.text
    gold_spans = {
        "cue": [s.parts for s in art.spans if s.type == "Cue"],
        "source": [s.parts for s in art.spans if s.type == "Source"],
        # a content is the union of an attribution's Content and Content2; a Content in no E line counts alone
        "content": [],
    }
    in_event: set[tuple[int, int]] = set()
    for g in art.attributions:
        if g.content:
            gold_spans["content"].append(g.content)
            in_event.update(g.content)
    for s in art.spans:
        if s.type == "Content" and not set(s.parts) <= in_event:
            gold_spans["content"].append(s.parts)
    for role in _ROLES:
        p_sets = [char_set(text, p[role]) for p in pred if p[role]]
        g_sets = [char_set(text, parts) for parts in gold_spans[role]]
        # the same span predicted twice (two cues sharing one source) is one span
        p_sets = list(dict.fromkeys(s for s in p_sets if s))
        g_sets = list(dict.fromkeys(s for s in g_sets if s))
        for how, fn in (("exact", _exact), ("overlap", _overlap)):
            pairs = greedy_match(p_sets, g_sets, fn)
            row = counts.setdefault(f"{role} {how}", [0, 0, 0])
            row[0] += len(pairs)
            row[1] += len(p_sets)
            row[2] += len(g_sets)
            if errors is not None and how == ("exact" if role != "content" else "overlap"):
                _sample_errors(errors, f"{role} {how}", art, p_sets, g_sets, pairs)
    p_whole = [tuple(char_set(text, p[r]) for r in ("cue", "source", "content")) for p in pred]
    g_whole = [(char_set(text, g.cue), char_set(text, g.source), char_set(text, g.content))
               for g in art.attributions]
    pairs = greedy_match(p_whole, g_whole, _whole_score)
    row = counts.setdefault("attribution", [0, 0, 0])
    row[0] += len(pairs)
    row[1] += len(p_whole)
    row[2] += len(g_whole)
    if errors is not None:
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        lst = errors.setdefault("attribution", {"false_positive": [], "false_negative": []})
        fp = [i for i in range(len(pred)) if i not in matched_p][:_PER_ARTICLE]
        fn = [j for j in range(len(art.attributions)) if j not in matched_g][:_PER_ARTICLE]
        for i in fp:
            lst["false_positive"].append({"article": art.name, **_attr_dict(text, pred[i])})
        for j in fn:
            g = art.attributions[j]
            lst["false_negative"].append({"article": art.name, **_attr_dict(
                text, {"cue": g.cue, "source": g.source, "content": g.content})})


_MAX_ERRORS = 40   # errors kept per row and kind (drawn at random across outlets), for the evaluation notebook
_PER_ARTICLE = 2   # at most this many from one article, so that the sample spreads over the corpus


def _parts_text(text: str, parts: Parts) -> str:
    return " … ".join(text[s:e] for s, e in parts)


def _attr_dict(text: str, p: dict) -> dict:
    return {r: _parts_text(text, p[r]) or None for r in _ROLES}


def _span_text(text: str, chars: frozenset) -> str:
    s, e = min(chars), max(chars) + 1
    return text[s:e]


def _sample_errors(errors, row, art, p_sets, g_sets, pairs):
    lst = errors.setdefault(row, {"false_positive": [], "false_negative": []})
    mp = {i for i, _ in pairs}
    mg = {j for _, j in pairs}
    fp = [s for i, s in enumerate(p_sets) if i not in mp][:_PER_ARTICLE]
    fn = [s for j, s in enumerate(g_sets) if j not in mg][:_PER_ARTICLE]
    for kind, sets in (("false_positive", fp), ("false_negative", fn)):
        for s in sets:
            lst[kind].append({"article": art.name, "start": min(s), "text": _span_text(art.text, s)})


def _draw_errors(errors: dict) -> dict:
    """Every row's errors cut to ``_MAX_ERRORS`` drawn at random (fixed seed) across outlets in turn, not the
    first articles alphabetically."""
    from ..sampling import outlet_of, spread_sample

    return {row: {kind: spread_sample(lst, _MAX_ERRORS, group=lambda e: outlet_of(e["article"]))
                  for kind, lst in kinds.items()} for row, kinds in errors.items()}


def tag_article(text: str):
    """Attributions of one article's text, as ``evaluate`` makes them: title line + tokens + attributions."""
    from ..article import Article
    from ..tagging.attributions import find_attributions
    from ..tokenize import tokenize_text

    art = Article.from_text(text)
    sentences = tokenize_text(art.text, title=art.title)
    return find_attributions(art.text, sentences)


def agreement(data_dir: "str | os.PathLike | None" = None,
              splits: Sequence[str] = ("train", "dev")) -> EvalReport:
    """How far PolNeAR's annotators agree, by the definitions ``evaluate`` uses: on every article several
    annotators annotated, each other annotator's attributions are scored as a tagger's would be against the
    alphabetically first annotator. It is the ceiling a tagger can be expected to reach against that
    reference: no tagger can agree with one annotator more reliably than the other annotators do.
    ``data_dir`` defaults to ``<data_dir>/polnear`` (:mod:`newslib.config`)."""
    data_dir = data_dir if data_dir is not None else default_dir()
    counts: dict[str, list[int]] = {}
    n_articles = n_pairs = 0
    names = []
    for split in splits:
        for ref, others in annotator_sets(data_dir, split):
            n_articles += 1
            names.append(f"{split}/{ref.name}")
            for other in others:
                n_pairs += 1
                pred = [{"cue": g.cue, "source": g.source, "content": g.content} for g in other.attributions]
                score_parts(ref, pred, counts)
    if not n_pairs:
        raise DataError(str(data_dir), f"no article of {', '.join(splits)} has more than one annotator")
    order = [f"{r} {h}" for r in _ROLES for h in ("exact", "overlap")] + ["attribution"]
    rows = {name: prf(*counts[name]) for name in order if name in counts}
    info = {"data": str(data_dir), "splits": ", ".join(splits), "articles": n_articles,
            "annotator pairs": n_pairs,
            "reference": "alphabetically first annotator per article (as in evaluate)",
            "scored": "each other annotator's attributions, as if they were a tagger's"}
    return EvalReport("polnear agreement", rows=rows, info=info, extra={"articles": names})


def evaluate(data_dir: "str | os.PathLike | None" = None, split: str = "dev", *,
             limit: int | None = None) -> EvalReport:
    """Precision, recall and F1 of cues, sources and contents (exact and overlap) and whole attributions.
    ``data_dir`` defaults to ``<data_dir>/polnear`` (:mod:`newslib.config`)."""
    data_dir = data_dir if data_dir is not None else default_dir()
    articles = read_split(data_dir, split)
    if limit is not None:
        articles = articles[:limit]
    counts: dict[str, list[int]] = {}
    errors: dict = {}
    n_gold = 0
    for art in articles:
        attributions = tag_article(art.text)
        score_article(art, attributions, counts, errors)
        n_gold += len(art.attributions)
    order = [f"{r} {h}" for r in _ROLES for h in ("exact", "overlap")] + ["attribution"]
    rows = {name: prf(*counts[name]) for name in order if name in counts}
    info = {"data": str(data_dir), "split": split, "articles": len(articles),
            "gold attributions": n_gold, "predicted attributions": counts.get("attribution", [0, 0, 0])[1],
            "gold cues": counts.get("cue exact", [0, 0, 0])[2],
            "gold sources": counts.get("source exact", [0, 0, 0])[2],
            "gold contents": counts.get("content exact", [0, 0, 0])[2],
            "annotator": "alphabetically first per article",
            "definitions": "span = its non-space characters; exact = equal sets; overlap = a shared character; "
                           "one-to-one greedy matching by shared size per article"}
    return EvalReport("polnear", rows=rows, info=info, extra={"errors": _draw_errors(errors)})
