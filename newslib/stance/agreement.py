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

Not among the stance model's features (branch stance10, two runs of ``newslib train stance``, each read with
``newslib eval fnc1 --shipped`` against the shipped stance7 model's FNC 0.8890, macro F1 0.7391, agree
0.684/0.686/0.685, disagree 0.394/0.506/0.443, discuss 0.840/0.834/0.837, ECE 0.0111):

- the three features after the contradiction features: FNC 0.8870, macro 0.7401, agree 0.686/0.658/0.672,
  disagree 0.407/0.537/0.463, discuss 0.833/0.837/0.835, ECE 0.0099; but hand sets 6, 7 and 8 each lost
  contradictions (16/16 -> 15/16, 17/17 -> 16/17, 15/16 -> 14/16) and the first set's agree controls fell from
  13/15 to 8/15 called agree: hand-written agree copy has an official "said" the claim in its first sentence,
  which ``voice_lead`` reads as no reporter's voice, so the trees pushed it to discuss;
- ``hedged_lead`` alone (absent hedges cannot count against agree): FNC 0.8870, macro 0.7333, agree
  0.681/0.644/0.662, disagree 0.405/0.488/0.443, discuss 0.828/0.846/0.837, ECE 0.0101; hand sets 6, 7 and 8
  14/16, 16/17, 12/16.

On the ninth hand set (``tests/data/stance_pairs9.jsonl``) both retrains did better than the shipped model
(agree P 12/19 -> 12/17, discuss R 9/12 -> 10/12, disagree R 3/8 -> 4/8; in the first run the tornado that "may
have hit" now discuss, electric cars "still far behind" petrol now disagree); main's own features were not
retrained beside them, so how much of that is a retrain's spread is not known.
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
