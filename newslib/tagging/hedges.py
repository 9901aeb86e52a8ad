"""Hedges and boosters: the words by which a writer marks a claim as uncertain or as certain.

A *hedge* ("may", "reportedly", "is expected to", "if") lowers the certainty of the claim it sits in; a
*booster* ("clearly", "it is evident that") raises it. Both lists are data (``lexicons/hedges.tsv`` and
``lexicons/boosters.tsv``): each row gives the surface forms (Treebank tokens, so "wouldn't" is matched as
``would`` + ``n't``), a ``type`` (modal, verb, adverb, adjective, noun, conditional, phrase), a ``strength``
used by :mod:`newslib.tagging.kinds` for certainty, and optionally the name of a *context check*.

Matching runs over each sentence's tokens, longest phrase first, left to right, so "almost certainly" is one
hedge and not a hedge plus a booster. A context check rejects the readings that are not hedges; the checks
and their reasons (decided from cue counts on the Szeged wiki.xml training split, where annotators mark a cue
only where the writer's commitment is reduced):

- ``may``: "May" capitalized after the first word (or followed by a number) is the month or a name.
- ``would``: future-in-the-past under a reporting verb ("officials said the troops would leave", or "the
  troops would leave, officials said") reports a decision and is not a hedge; neither is the refusal "would
  not say" nor the habitual past ("would often", "would later"; "would-be" is one token and never matches).
  Unreported "would" (hypothetical, consequence: "that would require ...") stays a hedge, but a weak one
  (strength 0.15): alone it lowers certainty without making the sentence uncertain (see kinds).
- ``could``: "could not"/"couldn't" is past inability ("could not be reached"), not possibility, unless
  followed by "rule out" or "be ruled out".
- ``if``: "even if" and "as if" are concessive or comparative, "if and only if" a definition, "if anything"
  and "if only" idioms: none is a condition on the claim.
- ``until``: a condition only when a present-tense clause follows ("until the inspectors return", "until more
  is known"), not a date ("until May") nor narrative past ("until they divorced in 1968").
- ``expect``: "as expected" / "than expected" compare with an expectation rather than voice one; "the
  expected gain" and a clause-final "was expected." report a forecast as settled.
- ``estimate``: "an estimated 5,000" is a number's approximation, not the writer's doubt.
- ``possible``: "as soon as possible", "made possible", "the best possible", "possible to/for" and a
  predicative "is possible" not about "it" ("boarding is possible") are feasibility, not possibility.
- ``appear``: only "appear to / that / likely / as" (not "appeared in court").
- ``consider``: only the belief reading ("is (not) considered a", "X, generally considered the best",
  "considered by many", "considered as", "consider it", "many consider X a Y", "he considers"), not
  deliberation ("considered the offer", "he considered running").
- ``thought``: the verb ("was thought to", "some thought that", "thought of as"), not the noun ("the thought
  of", "gave it thought").
- ``as_later``: "regard", "view", "see" only as "see X as Y" ("as" within five words, not "such as").
- ``subject_verb``: "suspect(s)" only as a verb after a pronoun or a typical subject ("police suspect"), not
  the noun ("six suspects").
- ``verb``, ``adjective``, ``predicative``: part-of-speech guards from the neighbouring words ("the fears
  of", "growth potential", "an unknown target" against "the cause remains unknown").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import DataError
from ..lexicons import load
from ..phrases import PhraseIndex, straight_apostrophes
from ..spans import Span
from .records import Hedge


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry in matchable form."""

    tokens: tuple[str, ...]
    kind: str  # hedge | booster
    type: str
    strength: float
    check: str


_BE = frozenset("is are was were be been being 's 're am remains remain remained stays stayed still".split())
_DET = frozenset("the a an his her their its our my your this that these those no any some 's of every each".split())
_PRON = frozenset("he she it they we i you there".split())
_NEG = frozenset({"not", "n't", "never"})
_REPORT = frozenset("""said says say saying told tells tell announced announces announcing added adds stated states
    assured assures promised promises pledged pledges vowed vows declared declares insisted insists confirmed
    confirms reported reports agreed agrees noted notes explained explains acknowledged acknowledges disclosed
    revealed wrote writes replied responded warned warns indicated signaled signalled decided decides
    ruled announce according""".split())
_REFUSE = frozenset("""say comment elaborate identify disclose discuss confirm give reveal specify name divulge
    speculate release provide estimate""".split())
_HABITUAL = frozenset("often usually later eventually soon sometimes frequently regularly typically go become".split())
_POSSIBLE_NOT_BEFORE = frozenset("""as made make makes making best only all everything every lowest highest
    fastest earliest greatest maximum minimum largest smallest widest""".split())
_ADVERB = re.compile(r"^(?:\w+ly|also|widely|still|now|long|once|often|generally)$")
_PUNCT = re.compile(r"^[^\w]+$")


def _norm(token: str) -> str:
    return straight_apostrophes(token.lower())


@lru_cache(maxsize=None)
def cue_index() -> PhraseIndex[Cue]:
    """Hedge and booster cues from the lexicons, by their tokens (a phrase's cues in lexicon order)."""
    index: PhraseIndex[Cue] = PhraseIndex()
    for name, kind in (("hedges", "hedge"), ("boosters", "booster")):
        for row in load(name):
            try:
                strength = float(row["strength"])
            except ValueError:
                raise DataError(f"{name}.tsv", f"strength {row['strength']!r} of {row['forms']!r} is not a number") from None
            if row["check"] and row["check"] not in _CHECKS:
                raise DataError(f"{name}.tsv", f"unknown check {row['check']!r} for {row['forms']!r}")
            for form in row["forms"].split("|"):
                toks = tuple(_norm(t) for t in form.split())
                index.add(toks, Cue(toks, kind, row["type"], strength, row["check"]))
    return index


# ---- context checks: (orig tokens, lowercased tokens, start, end) -> keep? -------------------------------
def _prev(low, i, k=1):
    return low[i - k] if i - k >= 0 else ""


def _next(low, j, k=0):
    return low[j + k] if j + k < len(low) else ""


def _first_word(low, i):
    return all(_PUNCT.match(t) for t in low[:i])


def _check_may(orig, low, i, j):
    if orig[i] == "may" or orig[i] == "MAY":
        return True
    nxt = _next(low, j)
    return _first_word(low, i) and bool(nxt) and not nxt[:1].isdigit() and not _PUNCT.match(nxt)


def _check_would(orig, low, i, j):
    nxt, nxt2 = _next(low, j), _next(low, j, 1)
    if nxt in _NEG and nxt2 in _REFUSE:
        return False
    if nxt in _HABITUAL or (nxt in _NEG and nxt2 in _HABITUAL):
        return False
    # future-in-the-past under a reporting verb, in the same clause stretch (no intervening if/unless)
    for k in range(i - 1, max(-1, i - 15), -1):
        if low[k] in {"if", "unless", ";"}:
            return True
        if low[k] in _REPORT:
            return False
    # ... or with the reporting clause put after it: "the troops would leave, officials said."
    for k in range(j, len(low)):
        if low[k] in {",", "''", '"', "”"}:
            if any(t in _REPORT for t in low[k + 1:k + 6]) and k + 6 >= len(low) - 1:
                return False
    return True


def _check_could(orig, low, i, j):
    nxt = _next(low, j)
    if nxt in _NEG:
        rest = low[j + 1:j + 4]
        return "rule" in rest or "ruled" in rest
    return True


def _check_if(orig, low, i, j):
    if _prev(low, i) in {"even", "as", "only"} or _next(low, j) in {"and", "anything", "only"}:
        return False  # "even if", "as if", "if and only if" (a definition), "if anything", "if only"
    return True


_PAST = frozenset("""was were had did became came went got took made began ended died lost left fell rose won sold
    arrived retired divorced told held kept met paid ran saw said sent spent stood wrote brought bought built
    caught fought found gave grew knew led meant broke chose drove fled flew forgot hid rode sank shot sat spoke
    stole struck swore threw understood woke wore""".split())
_TIME_START = frozenset("recent last next early late now then today tomorrow after before at about around mid".split())
_TIME_NOUNS = frozenset("days weeks months years hours minutes decades times seasons elections hearings".split())
_PRESENT = frozenset("is are 's 're has have does do can gets get comes come returns return agrees agree".split())


def _check_until(orig, low, i, j):
    if _prev(low, i) == "not":
        return False  # "not until 1861 did ...": emphatic time, no condition
    window = []
    for t in low[j:j + 8]:
        if _PUNCT.match(t) or t in {"when", "and"}:
            break
        window.append(t)
    if not window or window[0] in _TIME_START:
        return False
    if any(t in _PRESENT for t in window):
        return True  # "until more is known", "until an offer is made"
    if any(t in _PAST or (len(t) > 4 and t.endswith("ed")) for t in window):
        return False  # narrative past: "until they divorced in 1968"
    if window[0] in _PRON:
        return True  # "until it rains"
    # a present-tense verb or plural subject: "until the crisis ends", "until the inspectors certify"
    return any(len(t) > 3 and t.endswith("s") and not t.endswith(("ss", "us")) and t.isalpha() and t not in _TIME_NOUNS
               for t in window[1:])


def _check_expect(orig, low, i, j):
    nxt = _next(low, j)
    if nxt == "to":
        return True
    if _prev(low, i) in {"as", "than", "had", "have", "has"} | _DET:
        return False  # "as expected", "faster than expected", "the expected gain"
    return not (low[i] == "expected" and (not nxt or _PUNCT.match(nxt)))  # "the sale was expected."


def _check_subject_verb(orig, low, i, j):
    return _prev(low, i) in _PRON | {"police", "officials", "investigators", "also", "still", "strongly"}


def _check_estimate(orig, low, i, j):
    return _prev(low, i) not in _DET and _prev(low, i) not in {"higher", "lower", "by", "initial", "official"} \
        and not _noun_use(orig, low, i)


#: words before "forecasts"/"estimates" that make them nouns, figures to meet, not a hedge ("beat forecasts")
_BEFORE_NOUN = frozenset("beat beats beating topped tops missed misses exceeded exceeds above below than matched "
                         "met lowered raised cut consensus analyst".split())


def _noun_use(orig, low, i) -> bool:
    """Is the verb-looking token at ``i`` a noun here: after a possessive ("analysts' estimates"), a
    determiner, or a verb of meeting figures ("beat forecasts", "topped estimates")?"""
    prev = _prev(low, i)
    return prev in _DET or prev in _BEFORE_NOUN or prev in ("'", "’") or \
        (i > 0 and orig[i - 1].endswith(("s'", "s’")))


def _check_verb_form(orig, low, i, j):
    return not _noun_use(orig, low, i)


def _check_statistic(orig, low, i, j):
    """"20% less likely", "twice as likely", "three times more likely": a comparison of figures, no hedge."""
    k = i - 1 if low[i] in ("likely", "unlikely") and _prev(low, i) in ("less", "more", "as") else i
    before = _prev(low, k)
    return not (before in ("%", "percent", "times", "twice") or before[:1].isdigit())


def _check_possible(orig, low, i, j):
    prev = _prev(low, i)
    if prev in _POSSIBLE_NOT_BEFORE or (prev in {"it"} and _prev(low, i, 2) in {"make", "made", "makes", "making"}):
        return False
    nxt = _next(low, j)
    if nxt in {"to", "for"}:
        return False  # "it is possible to bend the pins": feasibility, not possibility
    k = i - 1
    while k >= 0 and _ADVERB.match(low[k]) and low[k] not in _NEG:
        k -= 1
    if k >= 0 and low[k] in _BE:  # predicative: "it is possible that ..." but not "boarding is possible"
        return nxt == "that" or _prev(low, k) == "it"
    return True


def _check_appear(orig, low, i, j):
    return _next(low, j) in {"to", "that", "likely", "unlikely", "as", "certain", "set", "increasingly"} or \
        _prev(low, i) in {"it", "would"}


def _check_consider(orig, low, i, j):
    k = i - 1
    while k >= 0 and (_ADVERB.match(low[k]) or low[k] in _NEG):
        k -= 1
    nxt = low[j:j + 2]
    if not nxt or nxt[0] in {"for", "whether", "how", "what"}:
        return False  # "must be considered for debate", "will consider whether to": deliberation
    if k >= 0 and low[k] in _BE | {"is", "being", "been", ","}:
        return True  # "is (not) widely considered", "X, generally considered the best"
    if k >= 0 and (low[k] in _OPINION_HOLDERS or (low[k] in _PRON and low[i] != "considered")):
        return True  # "many consider LSD a sacrament", "he considers it his best role"
    if nxt[0] in {"it", "him", "her", "them", "this", "himself", "herself", "themselves", "itself"}:
        return len(nxt) > 1 and not _PUNCT.match(nxt[1])  # "consider it a good deal", not "we will consider it."
    return nxt[0] in {"as", "that", "by", "among"} or nxt == ["to", "be"] or nxt == ["one", "of"] or \
        (nxt[0] == "the" and len(nxt) > 1 and (nxt[1] in {"most", "best", "first", "only"} or nxt[1].endswith("est")))


_OPINION_HOLDERS = frozenset("""some many most others who whom people critics analysts historians scholars experts
    observers commentators economists would""".split())
_NOUN_BEFORE = frozenset("the a an his her their its our my your this of 's no much little second some any more".split())


def _check_thought(orig, low, i, j):
    nxt = _next(low, j)
    if _prev(low, i) in _NOUN_BEFORE:
        return False  # "the thought of", "much thought"
    return nxt not in {".", "and"} and (nxt != "of" or _next(low, j, 1) == "as")


def _check_as_later(orig, low, i, j):
    for k in range(j, min(len(low), j + 6)):
        if _PUNCT.match(low[k]):
            return False
        if low[k] == "as":
            return _prev(low, k) != "such" and _next(low, k + 1) not in {"well", "soon", "many", "much", "long", "far"}
    return False


def _check_verb(orig, low, i, j):
    return _prev(low, i) not in _DET


def _check_adjective(orig, low, i, j):
    nxt = _next(low, j)
    return bool(nxt) and nxt not in {"to", "for", "of", "is", "was", "and", "in"} and not _PUNCT.match(nxt)


def _check_predicative(orig, low, i, j):
    return _prev(low, i) in _BE or _prev(low, i) in {"largely", "yet", "currently", "entirely"} or \
        _next(low, j) in {"whether", "how", "what", "who", "why", "when", "if", "where", "which"}


_CHECKS = {"may": _check_may, "would": _check_would, "could": _check_could, "if": _check_if, "until": _check_until,
           "expect": _check_expect, "estimate": _check_estimate, "possible": _check_possible,
           "appear": _check_appear, "subject_verb": _check_subject_verb, "as_later": _check_as_later, "consider": _check_consider, "thought": _check_thought,
           "verb": _check_verb, "adjective": _check_adjective, "predicative": _check_predicative,
           "verb_form": _check_verb_form, "statistic": _check_statistic}


def _keep(cue: Cue, orig, low, i, j) -> bool:
    if cue.kind == "booster" and _prev(low, i) in _NEG:
        return False  # "not clearly", "not certain that": no longer a booster
    return not cue.check or _CHECKS[cue.check](orig, low, i, j)


def find_hedges(text: str, sentences) -> list[Hedge]:
    """Hedges and boosters in ``text``, one :class:`Hedge` each, with offsets and sentence index."""
    index = cue_index()
    first = index.first_tokens
    out: list[Hedge] = []
    for s in sentences:
        toks = s.tokens
        orig = list(s.words)
        if "\u2019" in s.text or "\u2018" in s.text:
            low = [_norm(t) for t in orig]
        else:  # no typographic quote in the sentence, so none in its tokens: lower case is all _norm does
            low = list(s.lower_words)  # a list: the context checks compare slices with lists
        if first.isdisjoint(low):
            continue  # no token starts a cue
        nxt = 0  # tokens before this one are part of a cue already found
        for i in [i for i, w in enumerate(low) if w in first]:
            if i < nxt:
                continue
            for n, cue in index.matches(low, i):  # the longest cue that its context check keeps
                j = i + n
                if _keep(cue, orig, low, i, j):
                    start, end = toks[i].start, toks[j - 1].end
                    out.append(Hedge(Span(start, end, text[start:end]), s.index, cue.kind, cue.type, cue.strength))
                    nxt = j
                    break
    return sorted(out, key=lambda h: (h.start, h.end))
