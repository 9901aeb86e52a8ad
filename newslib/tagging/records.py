"""Tag records: small frozen dataclasses, each carrying character offsets into the article's text.

The vocabulary is the attribution literature's (PARC, PolNeAR): an *attribution* ties a *cue* (said,
according to) to its *source* (who) and *content* (what). A *hedge* lowers certainty, a *booster* raises it;
a *gap* is the text admitting that something is not known; an *actor* is a person, organization, country or
group with all its mentions.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..spans import Span

#: Claim kinds, for attributions and sentences (see newslib.tagging.kinds for how each is decided).
CLAIM_KINDS = ("statement", "proposal", "demand", "rejection", "speculation", "gap", "assertion")
#: Kinds of source.
SOURCE_KINDS = ("person", "organization", "country", "group", "anonymous", "pronoun")
#: Kinds of actor.
ACTOR_TYPES = ("person", "organization", "country", "group")


@dataclass(frozen=True, slots=True)
class Hedge:
    """A hedge (``kind="hedge"``: may, suggest, reportedly, if) or booster (``kind="booster"``: clearly)."""

    start: int
    end: int
    text: str
    sentence: int
    kind: str = "hedge"
    type: str = ""  # modal, verb, adverb, adjective, conditional, phrase ...
    strength: float = 0.5  # how much it moves certainty, from its lexicon entry (0-1)

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind, "type": self.type,
                "strength": self.strength}


@dataclass(frozen=True, slots=True)
class Gap:
    """The text says that something is not known ("is not yet clear"); ``about`` is what, where found.
    ``kind``: unknown (nobody knows yet), unstated (not said), withheld (declined to say), unreachable."""

    start: int
    end: int
    text: str
    sentence: int
    about: Span | None = None
    kind: str = "unstated"

    def to_dict(self) -> dict:
        d = {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}
        d["about"] = self.about.to_dict() if self.about else None
        return d


@dataclass(frozen=True, slots=True)
class Source:
    """Who an attribution is attributed to. ``kind`` is one of SOURCE_KINDS; ``actor`` the normalized actor."""

    start: int
    end: int
    text: str
    kind: str
    actor: str | None = None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind, "actor": self.actor}

    def resolved(self, kind: str, actor: str | None) -> "Source":
        """This source with its kind and actor set (``dataclasses.replace`` costs ten times more)."""
        return Source(self.start, self.end, self.text, kind, actor)


@dataclass(frozen=True, slots=True)
class Content:
    """What is attributed. ``parts`` lists the pieces of a discontinuous content ("X," he said, "Y");
    ``start``/``end`` then run from the first piece's start to the last piece's end."""

    start: int
    end: int
    text: str
    parts: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict:
        d = {"start": self.start, "end": self.end, "text": self.text}
        if self.parts:
            d["parts"] = [list(p) for p in self.parts]
        return d


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

    def with_kind(self, kind: str) -> "Attribution":
        return Attribution(self.sentence, self.cue, self.source, self.content, kind, self.quote)

    def with_source(self, source: "Source | None") -> "Attribution":
        return Attribution(self.sentence, self.cue, source, self.content, self.kind, self.quote)

    def to_dict(self) -> dict:
        return {"sentence": self.sentence, "kind": self.kind, "quote": self.quote,
                "source": self.source.to_dict() if self.source else None,
                "cue": self.cue.to_dict(),
                "content": self.content.to_dict() if self.content else None}


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organization, country or group, under one normalized name, with every mention."""

    name: str
    type: str
    mentions: tuple[Span, ...] = field(default=())

    def to_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "mentions": [m.to_dict() for m in self.mentions]}


@dataclass(frozen=True, slots=True)
class SentenceTags:
    """Sentence-level judgement: its claim ``kind``, whether it is ``uncertain``, its ``certainty`` in [0, 1]
    (1 = stated as fact), and the hedges and gaps inside it."""

    index: int
    kind: str
    uncertain: bool
    certainty: float
    hedges: tuple[Hedge, ...] = ()
    gaps: tuple[Gap, ...] = ()


@dataclass(frozen=True, slots=True)
class Headline:
    """Does the body support the headline? ``stance`` is agree, disagree, discuss or unrelated; ``score`` the
    model's calibrated probability that title and body are related (``p_related``), ``p_stance`` that of the
    stance chosen; ``evidence`` the body sentences that decide it."""

    related: bool
    stance: str
    score: float
    evidence: tuple[Span, ...] = ()
    p_stance: float | None = None

    @property
    def p_related(self) -> float:
        return self.score

    def to_dict(self) -> dict:
        return {"related": self.related, "stance": self.stance, "score": round(float(self.score), 4),
                "p_related": round(float(self.score), 4),
                "p_stance": None if self.p_stance is None else round(float(self.p_stance), 4),
                "evidence": [e.to_dict() for e in self.evidence]}
