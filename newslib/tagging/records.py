"""Tag records: small frozen dataclasses, each carrying character offsets into the article's text.

The vocabulary is the attribution literature's (PARC, PolNeAR): an *attribution* ties a *cue* (said,
according to) to its *source* (who) and *content* (what). A *hedge* lowers certainty, a *booster* raises it;
a *gap* is the text admitting that something is not known; an *actor* is a person, organization, country or
group with all its mentions.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..spans import Span
from ..tokenize.records import Sentence

#: Claim kinds, for attributions and sentences (see newslib.tagging.kinds for how each is decided).
CLAIM_KINDS = ("statement", "proposal", "demand", "rejection", "speculation", "gap", "assertion", "accusation",
               "legal")
#: Kinds of source.
SOURCE_KINDS = ("person", "organization", "country", "group", "anonymous", "pronoun", "document")
#: Kinds of actor.
ACTOR_TYPES = ("person", "organization", "country", "group")


class _OnSpan:
    """A tag that is a span of the article's text: ``start``, ``end`` and ``text`` are those of its ``span``."""

    __slots__ = ()

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def text(self) -> str:
        return self.span.text


@dataclass(frozen=True, slots=True)
class Hedge(_OnSpan):
    """A hedge (``kind="hedge"``: may, suggest, reportedly, if) or booster (``kind="booster"``: clearly)."""

    span: Span
    sentence: int
    kind: str = "hedge"
    type: str = ""  # modal, verb, adverb, adjective, conditional, phrase ...
    strength: float = 0.5  # how much it moves certainty, from its lexicon entry (0-1)

    def to_dict(self) -> dict:
        return {**self.span.to_dict(), "kind": self.kind, "type": self.type, "strength": self.strength}


@dataclass(frozen=True, slots=True)
class Gap(_OnSpan):
    """The text says that something is not known ("is not yet clear"); ``about`` is what, where found.
    ``kind``: unknown (nobody knows yet), unstated (not said), withheld (declined to say), unreachable."""

    span: Span
    sentence: int
    about: Span | None = None
    kind: str = "unstated"

    def to_dict(self) -> dict:
        return {**self.span.to_dict(), "kind": self.kind, "about": self.about.to_dict() if self.about else None}


@dataclass(frozen=True, slots=True)
class Source(_OnSpan):
    """Who an attribution is attributed to. ``kind`` is one of SOURCE_KINDS; ``actor`` the normalized actor."""

    span: Span
    kind: str
    actor: str | None = None

    def to_dict(self) -> dict:
        return {**self.span.to_dict(), "kind": self.kind, "actor": self.actor}

    def resolved(self, kind: str, actor: str | None) -> "Source":
        """This source with its kind and actor set."""
        return Source(self.span, kind, actor)  # not dataclasses.replace, which inspects the fields at each call


@dataclass(frozen=True, slots=True)
class Content(_OnSpan):
    """What is attributed. ``parts`` lists the pieces of a discontinuous content ("X," he said, "Y");
    ``span`` then runs from the first piece's start to the last piece's end."""

    span: Span
    parts: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict:
        d = self.span.to_dict()
        if self.parts:
            d["parts"] = [list(p) for p in self.parts]
        return d


#: The columns of :meth:`Attribution.to_row`, in order: one flat row per attribution.
ATTRIBUTION_COLUMNS = ("sentence", "kind", "quote", "source", "source_start", "source_end", "source_kind", "actor",
                       "cue", "cue_start", "cue_end", "content", "content_start", "content_end")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who claims what: ``cue`` with its ``source`` (or None) and ``content`` (or None), in sentence
    ``sentence`` (the cue's). ``kind`` is a claim kind; ``quote`` is direct, indirect or mixed."""

    sentence: int
    cue: Span
    source: Source | None = None
    content: Content | None = None
    kind: str = "statement"
    quote: str = "indirect"

    # the copies are made field by field, not with dataclasses.replace (which inspects the fields at each call):
    # every attribution of an article is copied twice or more on its way through the tagger
    def with_kind(self, kind: str) -> "Attribution":
        return Attribution(self.sentence, self.cue, self.source, self.content, kind, self.quote)

    def with_source(self, source: "Source | None") -> "Attribution":
        return Attribution(self.sentence, self.cue, source, self.content, self.kind, self.quote)

    def to_dict(self) -> dict:
        return {"sentence": self.sentence, "kind": self.kind, "quote": self.quote,
                "source": self.source.to_dict() if self.source else None,
                "cue": self.cue.to_dict(),
                "content": self.content.to_dict() if self.content else None}

    def to_row(self) -> dict:
        """The attribution as one flat row (:data:`ATTRIBUTION_COLUMNS`): the pandas view
        ``TaggedArticle.attributions``, the CLI's CSV and the corpus tables are all made of these."""
        src, con, cue = self.source, self.content, self.cue
        return {"sentence": self.sentence, "kind": self.kind, "quote": self.quote,
                "source": src.text if src else None, "source_start": src.start if src else None,
                "source_end": src.end if src else None, "source_kind": src.kind if src else None,
                "actor": src.actor if src else None, "cue": cue.text, "cue_start": cue.start, "cue_end": cue.end,
                "content": con.text if con else None, "content_start": con.start if con else None,
                "content_end": con.end if con else None}


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organization, country or group, under one normalized name, with every mention."""

    name: str
    type: str
    mentions: tuple[Span, ...] = field(default=())

    def to_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "mentions": [m.to_dict() for m in self.mentions]}


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    """A sentence with its tokens and its tags (spaCy's sentence ``Span`` with its extensions): its claim
    ``kind``, whether it is ``uncertain``, its ``certainty`` in [0, 1] (1 = stated as fact), and the hedges,
    gaps and attributions (those whose cue it holds) inside it. ``index``, ``start``, ``end``, ``text``,
    ``title`` and ``tokens`` are its ``sentence``'s; ``pos`` is the Penn Treebank part-of-speech tag of each
    token (``pos[j]`` tags ``tokens[j]``, from :mod:`newslib.syntax`; empty when the sentence was not tagged)."""

    sentence: Sentence
    kind: str
    uncertain: bool
    certainty: float
    hedges: tuple[Hedge, ...] = ()
    gaps: tuple[Gap, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    pos: tuple[str, ...] = ()

    @property
    def index(self) -> int:
        return self.sentence.index

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def title(self) -> bool:
        return self.sentence.title

    @property
    def tokens(self) -> tuple[Span, ...]:
        return self.sentence.tokens

    @property
    def span(self) -> Span:
        return self.sentence.span

    def to_dict(self, tokens: bool = False) -> dict:
        """The sentence object of ``newslib tag``'s JSON (see README); ``tokens=True`` adds its tokens, each
        with its part-of-speech tag (``"pos"``) when the sentence has them."""
        s = self.sentence
        d = {"index": s.index, "start": s.start, "end": s.end, "text": s.text, "title": s.title, "kind": self.kind,
             "uncertain": self.uncertain, "certainty": round(float(self.certainty), 3),
             "hedges": [h.to_dict() for h in self.hedges], "gaps": [g.to_dict() for g in self.gaps]}
        if tokens:
            d["tokens"] = [t.to_dict() for t in s.tokens]
            if self.pos:
                for tok, tag in zip(d["tokens"], self.pos):
                    tok["pos"] = tag
        return d
