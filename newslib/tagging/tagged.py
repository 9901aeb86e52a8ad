"""A tagged article: records with offsets, then views (JSON, pandas tables, HTML) built from them.

``tagged.sents`` are the sentences, each with its tokens and tags (kind, uncertain, certainty, hedges, gaps,
attributions); ``tagged.attribution_records`` and ``tagged.actor_records`` are spans of the whole article.

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
from typing import TYPE_CHECKING

from ..article import Article
from .records import ATTRIBUTION_COLUMNS, Actor, Attribution, Gap, Hedge, TaggedSentence

if TYPE_CHECKING:  # pragma: no cover
    from ..stance import StanceResult


@dataclass(frozen=True)
class TaggedArticle:
    """An article with its tags, in the shape of spaCy's ``Doc``: ``sents`` are its sentences, each carrying its
    tokens and its tags (:class:`~newslib.tagging.records.TaggedSentence`); ``attribution_records`` and
    ``actor_records`` are spans of the whole article; ``headline`` the headline check (None without one).
    The pandas views and the JSON are built from these records."""

    article: Article
    sents: tuple[TaggedSentence, ...]
    attribution_records: tuple[Attribution, ...] = ()
    actor_records: tuple[Actor, ...] = ()
    headline: "StanceResult | None" = None

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def title(self) -> str | None:
        return self.article.title.text if self.article.title else None

    @property
    def hedge_records(self) -> tuple[Hedge, ...]:
        """Every hedge and booster of the article, in text order."""
        return tuple(h for s in self.sents for h in s.hedges)

    @property
    def gap_records(self) -> tuple[Gap, ...]:
        """Every gap of the article, in text order."""
        return tuple(g for s in self.sents for g in s.gaps)

    # ---- JSON -----------------------------------------------------------------------------------------
    def to_dict(self, tokens: bool = False) -> dict:
        """The CLI's JSON contract (see README). ``tokens=True`` adds each sentence's tokens."""
        out = {"path": self.article.path, "title": self.title, "sentences": [s.to_dict(tokens) for s in self.sents],
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

        rows = [{"index": s.index, "start": s.start, "end": s.end, "text": s.text, "title": s.title,
                 "n_tokens": len(s.tokens), "kind": s.kind, "uncertain": s.uncertain, "certainty": float(s.certainty),
                 "n_hedges": len(s.hedges), "n_gaps": len(s.gaps), "n_attributions": len(s.attributions),
                 "hedges": "; ".join(h.text for h in s.hedges), "gaps": "; ".join(g.text for g in s.gaps)}
                for s in self.sents]
        return pd.DataFrame(rows, columns=["index", "start", "end", "text", "title", "n_tokens", "kind", "uncertain",
                                           "certainty", "n_hedges", "n_gaps", "n_attributions", "hedges", "gaps"])

    @property
    def attributions(self):
        import pandas as pd

        certainty = {s.index: float(s.certainty) for s in self.sents}
        rows = [{**a.to_row(), "certainty": certainty.get(a.sentence)} for a in self.attribution_records]
        return pd.DataFrame(rows, columns=[*ATTRIBUTION_COLUMNS, "certainty"])

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
        counts = (f"{len(self.sents)} sentences, {len(self.attribution_records)} attributions, "
                  f"{len(self.actor_records)} actors, {len(self.hedge_records)} hedges, {len(self.gap_records)} gaps")
        return f"<TaggedArticle {title!r}{where}: {counts}>"

    def _repr_html_(self) -> str:
        from ..render.html import article_html

        return article_html(self)
