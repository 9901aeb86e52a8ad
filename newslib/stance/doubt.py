"""Doubt spread over a body: how much of it calls the claim unproven or false, wherever that is said.

The contradiction evidence (:mod:`newslib.stance.contradiction`) reads one body sentence against the headline:
a sentence that covers the headline and states its opposite, a figure, a denial. Many bodies that contradict
a headline never do that in one sentence: they wrap the claim in doubt ("conflicting reports", "the claims,
which could not be verified", "appears to be a hoax", "a spokesman dismissed the story") over several sentences,
often in sentences that hardly repeat the headline's words. This module counts those phrases
(``lexicons/stance_doubt.tsv``, kinds ``doubt`` and ``debunk``) in every sentence of the body and gives a
pair three values (``FEATURE_NAMES``):

- ``doubt_rate`` and ``debunk_rate``: phrases of each kind per body sentence (the body's share of doubt);
- ``doubt_near``: the best cover of the headline (:func:`newslib.stance.features.cover`) among the sentences
  that hold a phrase of either kind: the doubt is about the headline's claim words.

A headline that itself doubts or debunks ("Photo of shark on flooded motorway is a hoax") agrees with a body that
does: there ``doubt_near`` is 0. Phrases are matched longest first on the lower-cased words of
:func:`newslib.stance.features.words`; a word is counted in one phrase only.

Not among the stance model's features (``benchmarks/stance_doubt.py`` counts what they separate on FNC-1):
trained into the trees (branch stance8, three runs of ``newslib train stance``), FNC-1 dev fell from FNC 0.8890,
macro F1 0.7391, disagree F1 0.443 to 0.8855 / 0.7311 / 0.437 (with a fourth feature, doubt said by a body
source), 0.8858 / 0.7179 / 0.374 (``doubt_near`` and ``debunk_rate`` also in the evidence offset: fitted
doubt_near 1.36) and 0.8867 / 0.7170 / 0.371 (the three features in the trees alone), and the sixth and
seventh hand sets lost a pair each. On train the features separate disagree from discuss far less than on dev
(``doubt_rate`` mean per pair: train disagree 0.044, agree 0.031, discuss 0.045; dev 0.113, 0.031, 0.054), so the
trees learn little from them; and discuss bodies report doubt too (``doubt_near`` fires beside 25% of dev's
disagree pairs and 21% of its discuss pairs). Doubt said by a body source fires beside 24% of train's disagree
pairs, 9% of agree and 15% of discuss, but beside 10%, 10% and 16% on dev: discuss bodies attribute the doubt
they report.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..errors import DataError
from ..lexicons import load

KINDS = ("doubt", "debunk")
FEATURE_NAMES = ("doubt_rate", "debunk_rate", "doubt_near")
#: A sentence below this share of the headline's (IDF-weighted) words does not count for ``doubt_near``
#: (the contradiction evidence's own floor, :data:`newslib.stance.contradiction.MIN_COVER`).
MIN_COVER = 0.2


@lru_cache(maxsize=1)
def phrases() -> dict[tuple[str, ...], str]:
    """phrase (a tuple of lower-case words) -> kind."""
    out = {}
    for r in load("stance_doubt"):
        if r["kind"] not in KINDS:
            raise DataError("stance_doubt.tsv", f"phrase {r['phrase']!r} has kind {r['kind']!r}, not one of {KINDS}")
        out[tuple(r["phrase"].split())] = r["kind"]
    return out


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """first word -> its (phrase, kind), longest first."""
    out: dict[str, list] = {}
    for p, k in phrases().items():
        out.setdefault(p[0], []).append((p, k))
    return {w: tuple(sorted(ps, key=lambda pk: -len(pk[0]))) for w, ps in out.items()}


def scan(words: Sequence[str]) -> tuple[int, int]:
    """Doubt phrases and debunk phrases in one text's lower-cased ``words``."""
    heads = _heads()
    counts = dict.fromkeys(KINDS, 0)
    i, n = 0, len(words)
    while i < n:
        for p, k in heads.get(words[i], ()):
            if tuple(words[i:i + len(p)]) == p:
                counts[k] += 1
                i += len(p)
                break
        else:
            i += 1
    return counts["doubt"], counts["debunk"]


def features(head_words: Sequence[str], sents: Sequence[tuple[int, int]], cover: Sequence[float]) -> list[float]:
    """The pair's doubt features (``FEATURE_NAMES``) from the headline's words, each body sentence's
    :func:`scan` and the headline's cover of each sentence."""
    n = max(1, len(sents))
    doubt = sum(s[0] for s in sents)
    debunk = sum(s[1] for s in sents)
    near = 0.0
    if not any(scan(head_words)):
        near = max((c for (d, b), c in zip(sents, cover) if (d or b) and c >= MIN_COVER), default=0.0)
    return [doubt / n, debunk / n, near]
