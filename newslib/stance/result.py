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
    ``probabilities`` the model's calibrated probability of each label; ``p_related`` (= ``score``) and
    ``p_stance`` (the stance chosen) read them."""

    related: bool
    stance: str
    score: float
    evidence: tuple[Span, ...] = ()
    probabilities: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def p_related(self) -> float:
        return self.score

    @property
    def p_stance(self) -> float:
        """The probability of the stance chosen."""
        return self.probabilities.get(self.stance, 0.0)

    def to_dict(self) -> dict:
        """The ``headline`` object of ``newslib tag``'s JSON (see README)."""
        return {"related": self.related, "stance": self.stance, "score": round(float(self.score), 4),
                "p_related": round(float(self.score), 4), "p_stance": round(float(self.p_stance), 4),
                "evidence": [e.to_dict() for e in self.evidence]}
