"""The headline check read as a verdict: what a reader asks first of an article ("does the story say what
its headline says?"), for the article report's banner and the corpus report's table.

Every view reads the headline result through :func:`headline_probabilities`, so that a result carrying
calibrated probabilities (``p_related``, ``p_stance``, or a ``probabilities`` dict per label) is shown as it
is, and one carrying only ``score`` (P(related) = 1 - P(unrelated)) still reads.
"""
from __future__ import annotations

from dataclasses import dataclass

#: Verdicts that a report flags with a warning.
FLAGGED = ("unrelated", "contradicted")


def headline_probabilities(headline) -> tuple[float | None, float | None]:
    """(P(related), P(its stance)) of a headline result, each None when the result does not carry it."""
    if headline is None:
        return None, None
    p_related = getattr(headline, "p_related", None)
    if p_related is None:
        p_related = getattr(headline, "score", None)
    p_stance = getattr(headline, "p_stance", None)
    if p_stance is None:
        probabilities = getattr(headline, "probabilities", None) or {}
        p_stance = probabilities.get(getattr(headline, "stance", None))
    return (None if p_related is None else float(p_related)), (None if p_stance is None else float(p_stance))


@dataclass(frozen=True)
class Verdict:
    """``key`` is supported, discussed, contradicted, unrelated or unchecked; ``headline`` a sentence saying
    it; ``flagged`` whether a reader should be warned."""

    key: str
    headline: str
    related: bool | None
    stance: str | None
    p_related: float | None
    p_stance: float | None

    @property
    def flagged(self) -> bool:
        return self.key in FLAGGED

    @property
    def probability_text(self) -> str:
        """``P(related) 0.93 · P(agree) 0.71``, the parts the result carries (see :func:`probability`)."""
        parts = []
        if self.p_related is not None:
            parts.append(f"P(related) {probability(self.p_related)}")
        if self.p_stance is not None and self.stance and self.stance != "unrelated":
            parts.append(f"P({self.stance}) {probability(self.p_stance)}")
        return " · ".join(parts)


def probability(p: float) -> str:
    """A probability for a reader: two decimals, never shown as certain (``>0.99``, ``<0.01``)."""
    if p > 0.99:
        return ">0.99"
    if p < 0.01:
        return "<0.01"
    return f"{p:.2f}"


_SENTENCES = {
    "supported": "The body supports the headline.",
    "discussed": "The body discusses the headline's claim without confirming it.",
    "contradicted": "Warning: the body contradicts the headline.",
    "unrelated": "Warning: the headline is not about what the body says.",
    "unchecked": "The headline was not checked (the article has no title line).",
}


def verdict(headline) -> Verdict:
    """The reader's verdict on a headline result (``None``: not checked)."""
    if headline is None:
        return Verdict("unchecked", _SENTENCES["unchecked"], None, None, None, None)
    p_related, p_stance = headline_probabilities(headline)
    stance = str(headline.stance)
    if not headline.related or stance == "unrelated":
        key = "unrelated"
    elif stance == "disagree":
        key = "contradicted"
    elif stance == "agree":
        key = "supported"
    else:
        key = "discussed"
    return Verdict(key, _SENTENCES[key], bool(headline.related), stance, p_related, p_stance)
