"""A tagged article as rows of the store's tables (:mod:`newslib.store.schema`).

Rows are built from the article's JSON (``TaggedArticle.to_dict()``, the CLI's contract), so that the store
says exactly what ``newslib tag --format json`` says, and from its reading metadata (outlet, date, url).
"""
from __future__ import annotations

import datetime as _dt
import hashlib


def article_id(text: str) -> str:
    """The article's stable id: the first 16 hex digits of the SHA-256 of its text in UTF-8."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse_date(value) -> _dt.date | None:
    """A date from what a record or a file name holds (``2016-11-03``, ``2016-11-03T08:00:00Z``, ``Nov 3,
    2016`` ...), else None."""
    if value in (None, ""):
        return None
    import pandas as pd

    try:
        ts = pd.to_datetime(str(value), errors="coerce", utc=True)
    except (ValueError, TypeError, OverflowError):
        return None
    if ts is None or pd.isna(ts):
        return None
    return ts.date()


def article_rows(name: str, tagged, meta: dict) -> dict[str, list[dict]]:
    """The rows of one tagged article in each article table. ``meta`` holds ``outlet``, ``date`` (as
    written) and ``url`` (each may be None)."""
    art = tagged.article
    aid = article_id(art.text)
    d = tagged.to_dict()
    sents = d["sentences"]
    n_hedges = sum(len(s["hedges"]) for s in sents)
    n_gaps = sum(len(s["gaps"]) for s in sents)
    out: dict[str, list[dict]] = {"articles": [{
        "article_id": aid, "input": name, "url": meta.get("url"), "key": meta.get("url") or name,
        "title": d["title"], "outlet": meta.get("outlet"), "date": parse_date(meta.get("date")),
        "date_text": meta.get("date"), "n_chars": len(art.text), "n_sentences": len(sents),
        "n_attributions": len(d["attributions"]), "n_hedges": n_hedges, "n_gaps": n_gaps,
        "warnings": "; ".join(d["warnings"]) if d.get("warnings") else None}]}
    uncertain = {s["index"]: s["uncertain"] for s in sents}
    out["sentences"] = [{"article_id": aid, "sentence": s["index"], "start": s["start"], "end": s["end"],
                         "text": s["text"], "title": s["title"], "kind": s["kind"], "uncertain": s["uncertain"],
                         "certainty": s["certainty"], "n_hedges": len(s["hedges"]), "n_gaps": len(s["gaps"])}
                        for s in sents]
    certainty = {s["index"]: s["certainty"] for s in sents}
    attrs = []
    for i, a in enumerate(d["attributions"]):
        src, con, cue = a["source"] or {}, a["content"] or {}, a["cue"]
        attrs.append({"article_id": aid, "attribution": i, "sentence": a["sentence"], "kind": a["kind"],
                      "quote": a.get("quote"), "certainty": certainty.get(a["sentence"]),
                      "uncertain": uncertain.get(a["sentence"]), "source": src.get("text"),
                      "source_start": src.get("start"), "source_end": src.get("end"),
                      "source_kind": src.get("kind"), "actor": src.get("actor"), "cue": cue["text"],
                      "cue_start": cue["start"], "cue_end": cue["end"], "content": con.get("text"),
                      "content_start": con.get("start"), "content_end": con.get("end")})
    out["attributions"] = attrs
    out["hedges"] = [{"article_id": aid, "sentence": s["index"], "start": h["start"], "end": h["end"],
                      "text": h["text"], "kind": h["kind"], "type": h["type"], "strength": h.get("strength")}
                     for s in sents for h in s["hedges"]]
    out["gaps"] = [{"article_id": aid, "sentence": s["index"], "start": g["start"], "end": g["end"],
                    "text": g["text"], "kind": g.get("kind"), "about": (g.get("about") or {}).get("text"),
                    "about_start": (g.get("about") or {}).get("start"),
                    "about_end": (g.get("about") or {}).get("end")}
                   for s in sents for g in s["gaps"]]
    as_source: dict[str, int] = {}
    for a in d["attributions"]:
        actor = (a["source"] or {}).get("actor")
        if actor:
            as_source[actor] = as_source.get(actor, 0) + 1
    out["actors"] = [{"article_id": aid, "name": a["name"], "type": a["type"], "mentions": len(a["mentions"]),
                      "as_source": as_source.get(a["name"], 0)} for a in d["actors"]]
    head = d.get("headline")
    out["headlines"] = ([{"article_id": aid, "related": head["related"], "stance": head["stance"],
                          "score": head["score"], "evidence": " … ".join(e["text"] for e in head["evidence"])}]
                        if head else [])
    return out
