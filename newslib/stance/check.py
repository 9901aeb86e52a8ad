"""One article's headline check with its evidence (``newslib check FILE``).

:func:`check` judges an article's title (or a headline given apart) against the article's body and returns
a :class:`Verdict`: related or not, the stance, both calibrated probabilities, and the evidence sentences as
spans of the article's text; for ``disagree`` each evidence sentence names the kinds of contradiction it
shows (:data:`newslib.stance.contradiction.KINDS`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError
from ..spans import Span
from . import features as F


def format_p(p: float) -> str:
    """A probability for reading: two decimals, never a certain-looking 1.00 or 0.00 (``>0.99``, ``<0.01``)."""
    if p >= 0.995:
        return ">0.99"
    if p < 0.005:
        return "<0.01"
    return f"{p:.2f}"


@dataclass(frozen=True)
class Verdict:
    """The headline check of one article. ``evidence`` spans index the article's text; ``kinds`` gives, per
    evidence sentence, the kinds of contradiction it shows (empty unless the stance is disagree)."""

    headline: str
    related: bool
    stance: str
    p_related: float
    p_stance: float
    probabilities: dict[str, float]
    evidence: tuple[Span, ...] = ()
    kinds: tuple[tuple[str, ...], ...] = ()
    path: str | None = None
    headline_given: bool = False

    def to_dict(self) -> dict:
        return {"path": self.path, "headline": self.headline, "headline_given": self.headline_given,
                "related": self.related, "stance": self.stance, "p_related": round(self.p_related, 4),
                "p_stance": round(self.p_stance, 4),
                "probabilities": {k: round(v, 4) for k, v in self.probabilities.items()},
                "evidence": [{**e.to_dict(), "contradiction": list(k)}
                             for e, k in zip(self.evidence, self.kinds or ((),) * len(self.evidence))]}

    def to_text(self) -> str:
        rel = "related" if self.related else "unrelated"
        lines = [f"{self.path or '(text)'}",
                 f"  headline: {self.headline}" + ("  (given with --headline)" if self.headline_given else ""),
                 f"  verdict:  {rel} to the body (p {format_p(self.p_related)})"
                 + (f", stance {self.stance} (p {format_p(self.p_stance)})" if self.related else "")]
        if self.stance == "disagree":
            lines.append("  the body contradicts the headline in:")
        elif self.evidence:
            lines.append("  evidence:" if self.related else "  closest sentence:")
        for e, k in zip(self.evidence, self.kinds or ((),) * len(self.evidence)):
            lines.append(f"  - [{e.start}-{e.end}] {' '.join(e.text.split())}"
                         + (f"  ({', '.join(k)})" if k else ""))
        if not self.evidence:
            lines.append("  (no body sentence shares the headline's words)")
        return "\n".join(lines)


def check(article, headline: str | None = None, *, model=None) -> Verdict:
    """Judge ``headline`` (default: the article's title) against the article's body sentences (the ones that
    are not its title). Raises :class:`InputError` naming the article when there is no headline or no body."""
    from ..tokenize import tokenize_text
    from . import _judge
    from .model import shipped

    name = article.path or "(text)"
    title = headline if headline is not None else (article.title.text if article.title is not None else None)
    if title is None or not title.strip():
        raise InputError(name, "no headline to check: the text has no title line (give one with --headline)")
    sents = tokenize_text(article.text, title=article.title)
    body = [s for s in sents if not s.title and s.text.strip()]
    if not body:
        raise InputError(name, "no body text to check the headline against")
    model = model or shipped()
    b = F.body([s.text for s in body], model.vocab)
    head = F.unit(title)
    label, p, ev = _judge(model, head, b)
    probs = {lab: float(v) for lab, v in zip(model.labels, p)}
    kinds: tuple[tuple[str, ...], ...] = ()
    if label == "disagree":
        found = F.contradictions(head, b, F.cover(head, b, model.vocab))[1]
        kinds = tuple(found.get(i, ()) for i in ev)
    return Verdict(title, label != "unrelated", label, 1.0 - probs["unrelated"], probs[label], probs,
                   tuple(body[i].span for i in ev), kinds, article.path, headline is not None)


__all__ = ["Verdict", "check", "format_p"]
