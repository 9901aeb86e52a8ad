"""A tagged article: records with offsets, then views (JSON, pandas tables, HTML) built from them.

Columns of the pandas views (the same names as the JSON keys):

``.sentences``
    index, start, end, text, title (bool), n_tokens, kind (claim kind), uncertain (bool), certainty (0–1;
    1 = stated as fact), n_hedges, n_gaps, n_attributions, hedges (texts, "; "-joined), gaps (texts).
``.attributions``
    sentence, kind, quote (direct/indirect/mixed), source, source_start, source_end, source_kind, actor, cue,
    cue_start, cue_end, content, content_start, content_end, certainty (of the cue's sentence).
``.actors``
    name, type, mentions (count), as_source (attributions whose source is this actor), first_start.
``.hedges``
    sentence, start, end, text, kind (hedge/booster), type.
``.gaps``
    sentence, start, end, text, about.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..article import Article
from ..tokenize.records import Sentence
from .records import Actor, Attribution, Gap, Headline, Hedge, SentenceTags


@dataclass(frozen=True)
class TaggedArticle:
    article: Article
    tokens: tuple[Sentence, ...]
    claims: tuple[SentenceTags, ...]
    attribution_records: tuple[Attribution, ...]
    actor_records: tuple[Actor, ...]
    hedge_records: tuple[Hedge, ...] = ()
    gap_records: tuple[Gap, ...] = ()
    headline: Headline | None = None

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def title(self) -> str | None:
        return self.article.title.text if self.article.title else None

    # ---- JSON -----------------------------------------------------------------------------------------
    def to_dict(self, tokens: bool = False) -> dict:
        """The CLI's JSON contract (see README). ``tokens=True`` adds each sentence's tokens."""
        sentences = []
        for sent, tags in zip(self.tokens, self.claims):
            d = {"index": sent.index, "start": sent.start, "end": sent.end, "text": sent.text,
                 "title": sent.title, "kind": tags.kind, "uncertain": tags.uncertain,
                 "certainty": round(float(tags.certainty), 3),
                 "hedges": [h.to_dict() for h in tags.hedges], "gaps": [g.to_dict() for g in tags.gaps]}
            if tokens:
                d["tokens"] = [t.to_dict() for t in sent.tokens]
            sentences.append(d)
        out = {"path": self.article.path, "title": self.title, "sentences": sentences,
               "attributions": [a.to_dict() for a in self.attribution_records],
               "actors": [a.to_dict() for a in self.actor_records]}
        if self.headline is not None:
            out["headline"] = self.headline.to_dict()
        if self.article.warnings:
            out["warnings"] = list(self.article.warnings)
        return out

    # ---- pandas views ---------------------------------------------------------------------------------
    @property
    def sentences(self):
        import pandas as pd

        n_attr: dict[int, int] = {}
        for a in self.attribution_records:
            n_attr[a.sentence] = n_attr.get(a.sentence, 0) + 1
        rows = [{"index": s.index, "start": s.start, "end": s.end, "text": s.text, "title": s.title,
                 "n_tokens": len(s.tokens), "kind": t.kind, "uncertain": t.uncertain, "certainty": float(t.certainty),
                 "n_hedges": len(t.hedges), "n_gaps": len(t.gaps), "n_attributions": n_attr.get(s.index, 0),
                 "hedges": "; ".join(h.text for h in t.hedges), "gaps": "; ".join(g.text for g in t.gaps)}
                for s, t in zip(self.tokens, self.claims)]
        return pd.DataFrame(rows, columns=["index", "start", "end", "text", "title", "n_tokens", "kind", "uncertain",
                                           "certainty", "n_hedges", "n_gaps", "n_attributions", "hedges", "gaps"])

    @property
    def attributions(self):
        import pandas as pd

        certainty = {t.index: float(t.certainty) for t in self.claims}
        rows = []
        for a in self.attribution_records:
            src, con = a.source, a.content
            rows.append({"sentence": a.sentence, "kind": a.kind, "quote": a.quote,
                         "source": src.text if src else None, "source_start": src.start if src else None,
                         "source_end": src.end if src else None, "source_kind": src.kind if src else None,
                         "actor": src.actor if src else None, "cue": a.cue.text, "cue_start": a.cue.start,
                         "cue_end": a.cue.end, "content": con.text if con else None,
                         "content_start": con.start if con else None, "content_end": con.end if con else None,
                         "certainty": certainty.get(a.sentence)})
        return pd.DataFrame(rows, columns=["sentence", "kind", "quote", "source", "source_start", "source_end",
                                           "source_kind", "actor", "cue", "cue_start", "cue_end", "content",
                                           "content_start", "content_end", "certainty"])

    @property
    def actors(self):
        import pandas as pd

        as_source: dict[str, int] = {}
        for a in self.attribution_records:
            if a.source is not None and a.source.actor:
                as_source[a.source.actor] = as_source.get(a.source.actor, 0) + 1
        rows = [{"name": a.name, "type": a.type, "mentions": len(a.mentions), "as_source": as_source.get(a.name, 0),
                 "first_start": min((m.start for m in a.mentions), default=None)} for a in self.actor_records]
        return pd.DataFrame(rows, columns=["name", "type", "mentions", "as_source", "first_start"])

    @property
    def hedges(self):
        import pandas as pd

        rows = [{"sentence": h.sentence, "start": h.start, "end": h.end, "text": h.text, "kind": h.kind,
                 "type": h.type} for h in self.hedge_records]
        return pd.DataFrame(rows, columns=["sentence", "start", "end", "text", "kind", "type"])

    @property
    def gaps(self):
        import pandas as pd

        rows = [{"sentence": g.sentence, "start": g.start, "end": g.end, "text": g.text,
                 "about": g.about.text if g.about else None} for g in self.gap_records]
        return pd.DataFrame(rows, columns=["sentence", "start", "end", "text", "about"])

    # ---- views for people -----------------------------------------------------------------------------
    def __repr__(self) -> str:
        """One short line (the whole record is in ``to_dict()``; JupyterLab shows ``_repr_html_``)."""
        title = self.title or "(no title)"
        title = title if len(title) <= 60 else title[:59] + "…"
        where = f" from {self.article.path}" if self.article.path else ""
        counts = (f"{len(self.tokens)} sentences, {len(self.attribution_records)} attributions, "
                  f"{len(self.actor_records)} actors, {len(self.hedge_records)} hedges, {len(self.gap_records)} gaps")
        return f"<TaggedArticle {title!r}{where}: {counts}>"

    def _repr_html_(self) -> str:
        from ..render.html import article_html

        return article_html(self)
