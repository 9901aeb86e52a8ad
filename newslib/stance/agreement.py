"""Agreement against discussion: whether the body states the headline's claim or only reports it.

An agree body and a discuss body can share every word of the headline; what differs is the voice. Real copy
that agrees states the claim in the reporter's own voice in its first sentences ("Velto will close its Brayford
plant next year, with the loss of 900 jobs"), or has an official confirm it; copy that only discusses it wraps
the claim in a hedge or an attribution ("is reportedly in talks", "campaigners say", "may have hit"). This
module reads the stance cues each body sentence already carries (:attr:`newslib.stance.features.Unit.cues`,
kinds of ``lexicons/stance_cues.tsv``: ``hedge`` for reportedly / claims / rumour / may / unclear, ``report`` for
said / according / reported, ``confirm`` for confirmed / announced / officially) and the headline's share in
each sentence (its cover), and gives a pair these values (``FEATURE_NAMES``):

- ``voice_lead``: the best cover among the first :data:`LEAD` sentences that hold no hedge, no report cue and
  no question mark: the claim restated in the reporter's own voice;
- ``stated_lead``: the same, with report cues allowed (an official "said" it, unhedged);
- ``hedged_lead``: the best cover among the first :data:`LEAD` sentences that hold a hedge.

``benchmarks/stance_agreement.py`` counts what they separate on FNC-1 train (five folds grouped by body, dev
never read): AUC of agree against discuss per fold ``voice_lead`` 0.66-0.71, ``stated_lead`` 0.58-0.61,
``hedged_lead`` 0.32-0.42, the same side in every fold. A fourth, the best cover among the best-matching
sentences holding a confirming cue ("confirmed", "announced"), was left out: AUC 0.44-0.52, its side changing
from fold to fold (confirm cues are as common in discuss bodies, "has not been confirmed").
"""
from __future__ import annotations

from typing import Sequence

FEATURE_NAMES = ("voice_lead", "stated_lead", "hedged_lead")
#: The body's first sentences, where copy that agrees states the claim.
LEAD = 2


def features(sents: Sequence, cover: Sequence[float]) -> list[float]:
    """The pair's agreement features from the body's sentence units (``cues``, ``question``) and the
    headline's cover of each sentence."""
    voice = stated = hedged = 0.0
    for u, c in zip(sents[:LEAD], cover):
        if u.cues["hedge"]:
            hedged = max(hedged, c)
        elif not u.question:
            stated = max(stated, c)
            if not u.cues["report"]:
                voice = max(voice, c)
    return [voice, stated, hedged]
