"""The result of a headline check: one record for ``stance(title, body)`` and for a tagged article's headline."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..spans import Span


@dataclass(frozen=True)
class StanceResult:
    """Does the body support the headline? ``stance`` is agree, disagree, discuss or unrelated; ``related`` is
    ``stance != "unrelated"``; ``score`` the model's probability that headline and body are related,
    ``1 - P(unrelated)``; ``evidence`` the body sentences that decide it, best first, as spans of the text
    judged (the body string for :func:`~newslib.stance.stance`, the article's text for a tagged article);
    ``probabilities`` the model's probability of each label."""

    related: bool
    stance: str
    score: float
    evidence: tuple[Span, ...] = ()
    probabilities: dict[str, float] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict:
        """The ``headline`` object of ``newslib tag``'s JSON (see README)."""
        return {"related": self.related, "stance": self.stance, "score": round(float(self.score), 4),
                "evidence": [e.to_dict() for e in self.evidence]}
