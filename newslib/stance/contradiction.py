"""Contradiction evidence between a headline's claim and the sentences of a body.

Each text (the headline, each body sentence) is scanned once into :class:`Signals`:

- **outcomes**: words and phrases of opposite outcomes and directions (``lexicons/stance_opposites.tsv``:
  raise/cut/hold, win/lose/draw, approve/reject, ban/allow, died/alive, captured/at large, overtake/behind, all/most,
  ...), each with its group, pole and, for contests,
  the party it is about (the stems of the word's subject noun phrase, :func:`_subject`: "Rovers beat City" is
  about Rovers, "Veteran boxer wins" about the veteran boxer), and the content stems within
  :data:`CONTEXT` words of it (what the outcome is about: "two surviving members" is not about a headline's
  "Hank dies");
- **proxy**: a state (arrested, dead, in office) the text states only of someone close to a person it names (an
  aide, a son, a driver: ``lexicons/stance_proxies.tsv``), with that person's capitalised name ("A senior aide to
  Mayor Odile Brack was arrested"): under a headline that states it of the person ("Mayor Odile Brack
  arrested") the outcome is another person's, a contradiction;
- **away**: a place the text puts something a distance from ("400 kilometres from the Velan capital"), which
  under a headline that places it there and nowhere near (:data:`NEAR`) is a negation: it did not happen there;
- **numbers**: quantities with their unit (``%``, a currency sign, or the word that follows: "12 people") and
  the content word before them ("kills 9": ``kill``), which together say which quantity a figure counts;
- **negated**: the content stems in a negation's scope (the three words after not, no, never, n't; after
  "nor", past the names that follow it), and the verb of "refused to X", of a demand rebuffed ("brushed aside
  calls to resign") or of a plan dropped ("Plans to reopen the mine have been abandoned");
- **denials**: denial and debunking phrases (``lexicons/stance_denials.tsv``: denied, hoax, no evidence,
  retracted, ruled out, ...), by kind;
- **rejection**: a source rejecting something, scanned lightly without the attribution tagger: a rejection
  cue of the tagger's own lexicon (``claim_cues.tsv``, kind rejection) in the active voice after its
  subject or a source-like word within six words (a name, a pronoun, "officials", "a spokesman":
  ``source_kinds.tsv``) — the stance package does not import :mod:`newslib.tagging`; with the content stems
  after the cue (what is rejected), which must hold a word of the headline ("rejected the bill" under
  "Senate approves bill", not "rejected claims that its pilots would strike" under "Airline to scrap free
  bags"); a rejection of something said (:data:`CLAIM_NOUNS`: "rejected claims that ...") is also a denial;
- **modal**: possibility and future words (may, could, plans to) and negated modals (will not, won't);
- **exonerates**: the text clears someone (``lexicons/stance_exonerations.tsv``): under such a headline a body
  source rejecting the blame agrees ("Regulator clears Calder" over "rejected suggestions that Calder caused
  the blackout");
- **refuting**: the stems of its refuting words (the refute cues of ``stance_cues.tsv``: wrong, false, fake):
  a body source rejecting a claim that holds the headline's own refuting word rejects the headline
  ("rejected claims that the budget figures were wrong" under "Minister admits the budget figures were
  wrong"), where a refuting headline and a refuting body otherwise read as agreeing (``contra_polarity``).

:func:`compare` then says, for a headline and one body sentence, which kinds of contradiction hold between
them (``KINDS``); :func:`features` turns those into the pair's feature values, weighting each sentence by how
much of the headline it covers, and returns each sentence's contradiction strength for the evidence shown.
A sentence covering less than :data:`MIN_COVER` of the headline counts only for a named quantity's figure far
from the headline's (:data:`MIN_COVER_NUMBER`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import Callable, Protocol, Sequence

from ..lexicons import load

#: Kinds of contradiction between a headline and a body sentence, in the order features report them.
KINDS = ("outcome", "number", "negation", "denial", "rejection", "modality")
#: Sentences below this share of the headline's (IDF-weighted) words are not about its claim.
MIN_COVER = 0.2
#: A sentence below :data:`MIN_COVER` still counts, for figures only, from this share when a figure of the
#: headline's named quantity is there :data:`FAR` apart or more ("Flood forces 3,000 residents from their homes"
#: over "About 300 residents were evacuated from the riverside district": 0.17 of the headline).
MIN_COVER_NUMBER = 0.1
NEGATORS = frozenset({"not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "cannot"})
#: Words after a negator that end its scope at once ("not only", "no longer" is kept: it negates).
_SCOPE_BREAK = frozenset({"only", "just", "but"})
#: Possibility and future: a headline holding one announces something that may happen.
MODALS = frozenset({"may", "might", "could", "will", "would", "plan", "plans", "planning", "set", "expected",
                    "considering", "considers", "mulls", "weighs", "poised", "likely", "possible", "eyes"})
_NEG_MODALS = frozenset({"won't", "wouldn't", "cannot", "can't", "couldn't", "shouldn't"})
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_AUX = frozenset({"have", "has", "had", "was", "were", "is", "are", "be", "been", "will", "would", "to", "did",
                  "does", "do", "finally", "narrowly", "easily", "reportedly", "comfortably", "also"})
_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")
_NUMBER = re.compile(
    r"(?P<cur>[$£€])?\s?(?<![\w.,-])(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?"
    r"(?:\s?(?P<pct>%|per ?cent\b|percent\b))?"
    r"(?:\s?(?P<scale>million|billion|trillion|thousand|bn|m|k)\b)?", re.I)
_DIGIT = re.compile(r"\d")
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_NUMBER_WORDS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS["dozen"] = 12.0
#: Numbers closer than this (relative) are the same figure written differently (2.5 and 2.50, rounding).
NUMBER_TOLERANCE = 0.02
#: A headline figure of one or two significant digits from 100 up ("$2,000", "3,000") is rounded: body
#: figures this close (relative) are the same figure ("$2,084").
ROUND_TOLERANCE = 0.1
#: Words either side of an outcome word whose content stems say what the outcome is about.
CONTEXT = 4
#: Groups of states a person is in (alive, held, in office): what the state is about is also the sentence's
#: subject, its first :data:`SUBJECT` words, when the state word comes within :data:`SUBJECT_WITHIN` words of
#: the start ("A banker wanted for fraud in three countries remains on the run").
STATES = frozenset({"custody", "life", "office"})
SUBJECT = 3
SUBJECT_WITHIN = 12


@lru_cache(maxsize=1)
def opposites() -> dict[str, tuple[str, str, bool]]:
    """word → (group, pole, whether its subject is the party the pole is about)."""
    return {r["word"]: (r["group"], r["pole"], r["agent"].split()[:1] == ["subject"])
            for r in load("stance_opposites")}


@lru_cache(maxsize=1)
def transitive() -> frozenset[str]:
    """Contest words whose object is the other party, the one that lost ("defeating challenger Maria Garcia":
    agent ``subject object`` in the lexicon)."""
    return frozenset(r["word"] for r in load("stance_opposites") if "object" in r["agent"].split())


#: Words that start a headline's or sentence's background ("captured after a week on the run"): an outcome
#: after one, of a group whose outcome came before it, is the background of that outcome, not a claim.
BACKGROUND = frozenset({"after", "following", "since", "despite"})
#: Verbs of a decision taken: an outcome after "to" within four words of one is the decision ("The board voted
#: on Monday to scrap the four-day week"), where otherwise "to" makes it an intention ("expected to raise").
DECIDED = frozenset({"voted", "votes", "vote", "decided", "decides", "agreed", "agrees", "opted", "opts"})
#: Words before an outcome noun that make it one still to come ("the planned release", "the proposed closure"):
#: an intention, as "expected to raise" is, not the outcome itself.
INTENDED = frozenset({"planned", "proposed", "scheduled", "expected", "promised", "threatened", "mooted",
                      "possible", "likely", "potential", "upcoming"})
#: Verbs that, followed by "to", say the next verb did not happen: "refused to resign" negates "resign" as "did
#: not resign" does ("Police chief resigns" over "The police chief refused to resign", "Rovers sign striker" over
#: "Rovers failed to sign the striker").
REFUSALS = frozenset({"refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining",
                      "fail", "fails", "failed", "failing"})
#: Verbs of a permission given: an outcome after "to" within :data:`PERMITTED_WITHIN` words of one is a decision
#: taken ("The court allowed construction of the incinerator to go ahead"), not an intention.
PERMITTED = frozenset({"allow", "allows", "allowed", "permit", "permits", "permitted", "authorised", "authorized",
                       "cleared", "clears"})
PERMITTED_WITHIN = 8
#: Nouns of a demand that, after a verb of :data:`REBUFFS` and followed by "to", say the next verb did not happen:
#: "brushed aside calls to resign" negates "resign" as "refused to resign" does.
CALLS = frozenset({"call", "calls", "demand", "demands", "pressure", "plea", "pleas"})
REBUFFS = frozenset({"rejected", "rejects", "dismissed", "dismisses", "brushed", "brushes", "ignored", "ignores",
                     "defied", "defies", "resisted", "resists", "rebuffed", "rebuffs", "shrugged", "shrugs"})
#: Words that, after "plans to X" in the same sentence, say the plan was dropped ("Plans to reopen the mine have
#: been abandoned"): X is negated as in "will not X".
#: Outcome words that are an outcome only as a verb with its object right after it ("Voters back independence"),
#: not as an adverb or a noun ("turns complaints back on customers", "came back", "back pain").
OBJECT_VERBS = frozenset({"back"})


def _with_object(ws: Sequence[str], i: int, stem: Callable[[str], str | None]) -> bool:
    """Whether the word at ``i`` has a content word right after it and no determiner before it (a verb with its
    object: "Voters back independence", "MPs back the plan" through "the"; not "back on", "the back door")."""
    if i and ws[i - 1] in _DETERMINERS:
        return False
    j = i + 1
    if j < len(ws) and ws[j] in ("the", "a", "an"):
        j += 1
    return j < len(ws) and ws[j] not in _NOT_UNIT and stem(ws[j]) is not None


DROPPED = frozenset({"abandoned", "scrapped", "shelved", "dropped", "axed", "ditched", "cancelled", "canceled"})
_PLANS = frozenset({"plan", "plans"})


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, str]:
    """Irregular verb form → lemma (``lexicons/stance_verb_forms.tsv``: leaves/left → leave, won → win)."""
    return {r["form"]: r["lemma"] for r in load("stance_verb_forms")}


@lru_cache(maxsize=1)
def _opposite_phrases() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, str, bool]], ...]]:
    """first word → the lexicon's phrases of several words ("at large", "stepped down") with their entries,
    longest first."""
    out: dict[str, list] = {}
    for word, entry in opposites().items():
        p = tuple(word.split())
        if len(p) > 1:
            out.setdefault(p[0], []).append((p, entry))
    return {w: tuple(sorted(ps, key=lambda pe: -len(pe[0]))) for w, ps in out.items()}


@lru_cache(maxsize=1)
def denials() -> dict[tuple[str, ...], str]:
    """phrase (a tuple of lower-case words) → kind."""
    return {tuple(r["phrase"].split()): r["kind"] for r in load("stance_denials")}


@lru_cache(maxsize=1)
def _denial_heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """first word → its phrases, longest first."""
    out: dict[str, list] = {}
    for p in denials():
        out.setdefault(p[0], []).append(p)
    return {w: tuple(sorted(ps, key=len, reverse=True)) for w, ps in out.items()}


@lru_cache(maxsize=1)
def proxies() -> frozenset[str]:
    """Nouns of people close to someone (``lexicons/stance_proxies.tsv``: aide, son, wife, driver)."""
    return frozenset(r["word"] for r in load("stance_proxies"))


_SAID = frozenset({"said", "says", "say", "told", "added", "confirmed", "claimed"})


#: Words by which a text places something near a place or a distance from it ("Quake strikes near the capital",
#: "40 km from Orla"): such a headline is not contradicted by a body's distance (:func:`_away`).
NEAR = frozenset({"near", "nearby", "outside", "off", "from", "close", "km", "kilometres", "kilometers", "miles",
                  "mile", "suburb", "suburbs", "outskirts", "region", "province", "area"})
_AWAY = re.compile(r"\b\d[\d,.]*\s?(?:km|kilometres|kilometers|miles)\s+(?:away\s+)?from\s+(?:the\s+)?"
                   r"((?:[A-Za-z][A-Za-z'-]*\s*){1,3})", re.I)


def _away(text: str, stem: Callable[[str], str | None]) -> frozenset[str]:
    """The content stems of a place that ``text`` puts something a distance from ("struck a remote region 400
    kilometres from the Velan capital" → ``velan capit``): what happened there did not happen in that place."""
    out: set[str] = set()
    for m in _AWAY.finditer(text):
        out.update(filter(None, (stem(w.lower()) for w in m.group(1).split())))
    return frozenset(out)


def _proxy(raw: Sequence[str], ws: Sequence[str], i: int, stem: Callable[[str], str | None]) -> frozenset[str]:
    """The stems of the name of the person whose aide, son or driver (:func:`proxies`) the outcome at ``i`` of a
    state befalls, read in the words before it, capitalised words only: "A senior aide to Mayor Odile Brack was
    arrested" → ``mayor odil brack``, "Brack's driver was arrested" → ``brack``; empty when there is none, or when
    the person is named by common nouns alone ("the son of Kenya's main opposition leader" → ``kenya``)."""
    prox = proxies()
    lo = max(0, i - SUBJECT_WITHIN)
    for k in range(lo, i):
        if ws[k] not in prox:
            continue
        if k + 1 < i and ws[k + 1] in ("to", "of"):
            name = []
            for j in range(k + 2, min(i, k + 6)):  # up to the verb ("..., his wife said he was")
                if ws[j] in _AUX or ws[j] in _SAID:
                    break
                name.append(j)
        elif k > lo and ws[k - 1].endswith("'s"):
            name = [k - 1]
        elif k > lo + 1 and ws[k - 2].endswith("'s"):  # "Brack's former driver"
            name = [k - 2]
        else:
            continue
        return frozenset(filter(None, (stem(re.sub(r"['\u2019]s$", "", ws[j])) for j in name if raw[j][:1].isupper())))
    return frozenset()


@lru_cache(maxsize=1)
def rejection_cues() -> frozenset[str]:
    """One-word rejection cues of the tagger's claim-cue lexicon (those valid anywhere in a sentence), less
    refuse/resist, which mostly refuse an action ("refused to comment"), not a claim."""
    out = set()
    for r in load("claim_cues"):
        if r["kind"] == "rejection" and r["where"] == "any":
            out.update(f for f in r["forms"].split("|") if " " not in f and not f.startswith(("refus", "resist")))
    return frozenset(out)


@lru_cache(maxsize=1)
def source_words() -> frozenset[str]:
    return frozenset(r["word"] for r in load("source_kinds")
                     if r["kind"] in ("pronoun", "anonymous", "organization", "group", "title"))


#: Nouns of something said: a source rejecting one of them ("rejected claims that the figures were wrong",
#: "dismissed suggestions that ...") denies what it says, where a source rejecting a thing ("rejected the bill")
#: takes a decision.
CLAIM_NOUNS = frozenset({"claim", "claims", "suggestion", "suggestions", "allegation", "allegations", "report",
                         "reports", "accusation", "accusations", "rumour", "rumours", "rumor", "rumors",
                         "speculation", "charge", "charges", "story", "stories"})
_CLAIM_DETERMINERS = frozenset({"the", "all", "any", "these", "those", "such", "media", "press", "newspaper"})


def _is_negator(w: str) -> bool:
    return w in NEGATORS or w.endswith("n't")


@dataclass(frozen=True)
class Signals:
    """What one text holds that can contradict another (see the module's docstring)."""

    outcomes: tuple[tuple[str, str, tuple[str, ...] | None, frozenset[str]], ...] = ()
    numbers: tuple[tuple[float, str, str | None, tuple[str, str] | None], ...] = ()
    negated: frozenset[str] = frozenset()
    denials: tuple[str, ...] = ()
    rejection: bool = False
    rejected: frozenset[str] = frozenset()
    modal: bool = False
    neg_modal: bool = False
    claim_rejected: bool = False
    #: the text clears someone ("Regulator clears Calder": :func:`exonerations`)
    exonerates: bool = False
    #: content stems of its refuting words (:func:`refuting_words`: "were wrong" → ``wrong``)
    refuting: frozenset[str] = frozenset()
    #: the text reports plans dropped ("Plans for a second runway have been shelved": :func:`_plan_dropped`)
    dropped: bool = False
    #: the claim rejected is named by its noun alone ("dismissed the story as nonsense", "denied the reports"):
    #: the claim the text is about, whatever words it holds (:func:`_bare_claim`)
    claim_bare: bool = False
    #: groups of :data:`STATES` whose outcome the text states only of someone close to a person it names ("A senior
    #: aide to Mayor Brack was arrested"), with the stems of that person's name (:func:`_proxy`)
    proxy_groups: frozenset[str] = frozenset()
    proxy_of: frozenset[str] = frozenset()
    #: content stems of a place the text puts something a distance away from ("400 kilometres from the Velan
    #: capital": :func:`_away`), and whether the text itself places something near or away (:data:`NEAR`)
    away: frozenset[str] = frozenset()
    near: bool = False
    #: the text calls false the claim it is about, named by its noun alone ("the report was untrue", "the stories
    #: are false": :func:`_claim_named`), whatever words of the headline it holds
    claim_denied: bool = False
    #: stems of the words that state its outcomes ("opens" → ``open``): a sentence naming one ("the opening") speaks
    #: of that outcome (:func:`_delayed`)
    outcome_stems: frozenset[str] = frozenset()
    #: the text puts something off by a verb ("has been postponed", "pushed back to"), not the noun after a
    #: determiner ("a delay of a second or two"): :func:`_delayed`
    puts_off: bool = False

    @property
    def any(self) -> bool:
        return bool(self.outcomes or self.numbers or self.negated or self.denials or self.rejection
                    or self.neg_modal or self.dropped or self.away)


EMPTY = Signals()


def _before(words: Sequence[str], stem) -> str | None:
    """The stem of the last content word of ``words`` among its last three, figures left out (None if there is
    none)."""
    for w in reversed(words[-3:]):
        if not _DIGIT.search(w) and (s := stem(w)):
            return s
    return None


#: Words between a counted thing and the outcome that says what happened to it ("40 people were killed").
_EVENT_SKIP = _AUX | {"reportedly", "now", "feared", "confirmed", "all"}
#: Words between an outcome word and the figure it counts ("killing at least 15").
_APPROX = frozenset({"at", "least", "about", "nearly", "almost", "around", "some", "more", "than", "over", "up",
                     "to", "only", "just", "roughly", "approximately", "an", "estimated"})


#: Outcome groups whose words say what share or rank a figure is, not what happened to what it counts ("In all
#: 300 people were examined": the figure counts people examined).
COUNT_NOTHING = frozenset({"scope", "rank"})


def _event(before: Sequence[str], after: Sequence[str]) -> tuple[str, str] | None:
    """The outcome (group, pole of ``stance_opposites.tsv``) a figure counts: an outcome word just before it
    ("kills 15", "killing at least 15": :data:`_APPROX` words between) or just after its counted thing ("Three people died",
    "40 people were killed", "12 dead"), else ``("did", verb)`` for another past participle there ("15 were
    injured"); None if there is none. Figures of different outcomes count different things ("3 killed" and
    "15 injured")."""
    opp = opposites()
    forms = verb_forms()
    k = len(before) - 1
    while k >= 0 and before[k] in _APPROX:
        k -= 1
    if k >= 0 and before[k] in opp and opp[before[k]][0] not in COUNT_NOTHING:
        return opp[before[k]][:2]
    if k >= 0 and before[k] in forms:
        return ("did", forms[before[k]])  # "Storm leaves 50,000 without power"
    for k, w in enumerate(after[:4]):
        if w in opp and opp[w][0] not in COUNT_NOTHING:
            return opp[w][:2]
        if w in _EVENT_SKIP:
            continue
        if w in forms and k:
            return ("did", forms[w])  # "8,000 homes were left without power"
        if w.endswith("ed") and len(w) > 4:
            return ("did", w)  # another verb: "15 were injured", "200 homes destroyed"
        if k:
            break
    return None


#: Prepositions the stance stop list keeps as content words: after a figure they start a phrase, they name no
#: counted thing ("Storm leaves 50,000 without power" counts nothing named; the figure is bare).
_NOT_UNIT = frozenset({"without", "within", "across", "amid", "among", "against", "despite", "during", "inside",
                       "outside", "near", "toward", "towards", "under", "beyond", "via", "per", "until"})


def _numbers(text: str, stem, words: Sequence[str] | None = None
             ) -> tuple[tuple[float, str, str | None, tuple[str, str] | None], ...]:
    """(value, unit, before, event) of the quantities in ``text``: unit ``%``, a currency sign, the stem of the
    content word after the number ("12 people" → ``peopl``), or ``""`` for a bare number ("kills 9"); before,
    the stem of the content word just before it ("kills 9" → ``kill``, within three words); event, the outcome
    it counts (:func:`_event`: "kills 9" and "9 people died" → ``("life", "dead")``); years and scores
    ("2-1") are left out. Number words up to twenty count when a content word follows ("nine people")."""
    out = []
    for m in (_NUMBER.finditer(text) if _DIGIT.search(text) else ()):
        value = float(m["int"].replace(",", "") + ("." + m["frac"] if m["frac"] else ""))
        if m["scale"]:
            value *= _SCALES[m["scale"].lower()]
        if m["pct"]:
            unit = "%"
        elif m["cur"]:
            unit = m["cur"]
        else:
            if text[m.end():m.end() + 1] == "-" and text[m.end() + 1:m.end() + 2].isdigit():
                continue  # a score or a range
            if 1900 <= value <= 2100 and not m["frac"] and not m["scale"]:
                continue  # a year
            nxt = _WORD.match(text, m.end() + (1 if text[m.end():m.end() + 1] in (" ", "-") else 0))
            unit = (stem(nxt.group().lower()) or "") if nxt and nxt.group().lower() not in _NOT_UNIT else ""
            if unit.isdigit():
                continue
        prev = [w.lower().replace("\u2019", "'") for w in _WORD.findall(text, max(0, m.start() - 48), m.start())]
        prev = prev[1:] if len(prev) > 3 else prev  # the first may be cut
        nxt_words = [w.lower() for w in _WORD.findall(text, m.end(), m.end() + 48)][:5]
        out.append((value, unit, _before(prev, stem), _event(prev, nxt_words)))
    if words is None:
        words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]
    if not _NUMBER_WORDS.keys().isdisjoint(words):
        for i, (w, nxt) in enumerate(zip(words, words[1:])):
            v = _NUMBER_WORDS.get(w)
            if v is not None and (u := stem(nxt)):
                before = words[max(0, i - 3):i]
                out.append((v, u, _before(before, stem), _event(before, words[i + 1:i + 6])))
    return tuple(out)


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Every word at which :func:`scan` has something to do (besides words ending in n't): negators, modals,
    outcome words and the first words of outcome and denial phrases, rejection cues."""
    return frozenset(NEGATORS | MODALS | _NEG_MODALS | set(opposites()) | set(_opposite_phrases())
                     | set(_denial_heads()) | rejection_cues() | REFUSALS | CALLS | RETRACTS | exonerations())


class _TriggerFlags(dict):
    """Lower-cased word -> is it one of :func:`_triggers` or a word ending in n't (where :func:`scan` has
    something to do): each word type judged once, so that a text's hits are found in one ``map`` in C. Emptied
    past :data:`TRIGGER_CACHE` word types (memory stays bounded over an archive)."""

    __slots__ = ("words",)

    def __init__(self, words: frozenset[str]):
        super().__init__()
        self.words = words

    def __missing__(self, w: str) -> bool:
        if len(self) >= TRIGGER_CACHE:
            self.clear()
        hit = self[w] = w in self.words or w.endswith("n't")
        return hit


#: Word types :class:`_TriggerFlags` remembers before it starts again.
TRIGGER_CACHE = 50_000


@lru_cache(maxsize=1)
def _trigger_flags() -> _TriggerFlags:
    return _TriggerFlags(_triggers())


def scan(text: str, stem, tags: Sequence[str] | None = None, raw: list[str] | None = None,
         lowered: list[str] | None = None) -> Signals:
    """The :class:`Signals` of one text. ``stem`` maps a lower-case word to its content stem, or None for a
    stop word (the stance features' own). ``tags``: the Penn tags of the text's words, read when a contest's
    subject is (:func:`pos_batch` gives them for many texts at once, :func:`may_read_subject` says which texts
    need them); without them the text is tagged alone then.

    Only the words of :func:`_triggers` (and n't) are visited: most words of a sentence trigger nothing, and
    this scan runs on every body sentence that matches a headline (the cost of the headline check in
    ``newslib tag``).

    ``raw`` and ``lowered``: the text's words as :func:`words` gives them and those lower-cased with ``'`` for
    ``\u2019``, when the caller has them (a stance unit does): the same signals, without splitting the text
    again."""
    if raw is None:
        raw = _WORD.findall(text)
    if not raw:
        return EMPTY
    ws = lowered if lowered is not None else [w.lower().replace("\u2019", "'") for w in raw]
    hits = list(compress(range(len(ws)), map(_trigger_flags().__getitem__, ws)))
    numbers = _numbers(text, stem, ws)
    refuting = _refuting(ws, stem)
    away = _away(text, stem) if numbers else frozenset()
    near = not NEAR.isdisjoint(ws)
    if not hits:
        return (Signals(numbers=numbers, refuting=refuting, away=away, near=near) if numbers or refuting or near
                else EMPTY)
    opp = opposites()
    phrases = _opposite_phrases()
    heads = _denial_heads()
    outcomes, negated, found, outcome_at = [], set(), [], []
    neg_modal = rejection = claim = bare = claim_denied = False
    outcome_stems: set[str] = set()
    puts_off = False
    rejected: frozenset[str] = frozenset()
    rej, sources = rejection_cues(), source_words()
    neg_at = -10
    modal_at = []
    dropped = False
    proxy_groups: set[str] = set()
    own_groups: set[str] = set()  # groups of STATES with an outcome of the person named, not of a proxy
    proxy_of: frozenset[str] = frozenset()
    # tags (the words' part-of-speech tags) are read only when a contest's subject is
    n = len(ws)
    for i in hits:
        w = ws[i]
        if _is_negator(w):
            neg_at = i
            # "Neither Marsh nor her agents responded": neither's words are the subjects; nor's scope holds the verb
            first = _nor_scope_start(raw, i) if w == "nor" else i + 1
            for j in range(first, min(first + 3, n) if w != "neither" else i + 1):
                if ws[j] in _SCOPE_BREAK:
                    break
                if sj := stem(ws[j]):
                    negated.add(sj)
            if w in _NEG_MODALS or (i + 1 < n and ws[i + 1] in MODALS) or (i and ws[i - 1] in MODALS):
                neg_modal = True
        elif w in MODALS:
            modal_at.append(i)
            dropped = dropped or _plan_dropped(ws, i)
        refusal = w in REFUSALS and i + 2 < n and ws[i + 1] == "to"
        if refusal and (sj := stem(ws[i + 2])):
            negated.add(sj)  # "refused to resign": did not resign
        if (sj := _undone(ws, i, stem)) is not None:
            negated.add(sj)  # "brushed aside calls to resign", "plans to reopen ... were abandoned"
        if w in RETRACTS:
            negated.update(_retracted(ws, i, stem))  # "withdrawn their claim to have detected": not detected
        o, span = None, 1
        if not refusal and w in phrases:  # a phrase before its first word alone: "remains in place", "stayed off"
            o, span = next(((e, len(p)) for p, e in phrases[w] if tuple(ws[i:i + len(p)]) == p), (None, 1))
        if o is None and not refusal and (w not in OBJECT_VERBS or _with_object(ws, i, stem)):
            o = opp.get(w)
            if w == "behind" and _behind_a_cause(raw, ws, i):
                o = None  # "the company behind the wind farm": who made it, not who is ahead
        intent = i and (ws[i - 1] == "to" and not _taken(ws, i) or ws[i - 1] in INTENDED)
        if (o is not None and i - neg_at > 2 and not intent
                and not (span == 1 and _attributive(raw, ws, i, stem))
                and not (o[0] == "scope" and _not_scope(ws, i))):
            # a negated outcome is left to the negation check; "expected to raise" asserts no outcome; "the
            # surviving members" describes the members
            agent = None
            if o[2] and not w.endswith("ing"):  # "..., defeating the incumbent": the subject is further back
                k = i - 1
                while k >= 0 and (ws[k] in _AUX or ws[k].endswith("ly")):
                    k -= 1
                if k >= 0:
                    if tags is None:
                        tags = _pos(raw)
                    agent = _subject(raw, tags, k, stem)
            context = frozenset(filter(None, map(stem, ws[max(0, i - CONTEXT):i] + ws[i + span:i + span + CONTEXT]
                                                 + (ws[:SUBJECT] if i < SUBJECT_WITHIN and o[0] in STATES else []))))
            outcomes.append((o[0], o[1], agent, context))
            outcome_at.append(i)
            if sw := stem(w):
                outcome_stems.add(sw)
            if o[:2] == ("decision", "later") and not (w in _DELAY_NOUNS and i and ws[i - 1] in _NOUN_BEFORE):
                puts_off = True
            if o[0] in STATES:
                if of := _proxy(raw, ws, i, stem):
                    proxy_groups.add(o[0])
                    proxy_of |= of
                else:
                    own_groups.add(o[0])
            if o[1] == "win" and w in transitive() and (obj := _object(raw, i + span, stem)):
                outcomes.append((o[0], "lose", (obj,), context))  # "defeating Garcia": Garcia lost
                outcome_at.append(i)
        for p in heads.get(w, ()):
            if tuple(ws[i:i + len(p)]) == p:
                found.append(denials()[p])
                claim_denied = claim_denied or _claim_named(ws, i)
                break
        if w in rej and not rejection and i and ws[i - 1] not in _BE:  # "was denied" names no one who denies
            lo = max(0, i - 6)
            if stem(ws[i - 1]) or any(ws[k] in sources or (k > 0 and raw[k][0].isupper()) for k in range(lo, i)):
                rejection = True
                rejected = frozenset(filter(None, map(stem, ws[i + 1:])))
                j = i + 1 + (i + 1 < n and ws[i + 1] in _CLAIM_DETERMINERS)
                claim = j < n and ws[j] in CLAIM_NOUNS
                bare = claim and _bare_claim(ws, i, j)
    modal = any(not (_is_negator(ws[i - 1]) if i else False) and not (i + 1 < n and _is_negator(ws[i + 1]))
                for i in modal_at)
    if outcomes and not BACKGROUND.isdisjoint(ws):
        outcomes = _foreground(outcomes, outcome_at, ws.index(next(w for w in ws if w in BACKGROUND)))
    return Signals(tuple(outcomes), numbers, frozenset(negated), tuple(found), rejection, rejected, modal, neg_modal,
                   claim, not exonerations().isdisjoint(ws[i] for i in hits), refuting, dropped, bare,
                   frozenset(proxy_groups - own_groups), proxy_of, away, near, claim_denied, frozenset(outcome_stems),
                   puts_off)


#: Words after a claim noun that start what the claim says or is about ("claims that ...", "reports of ...").
_CLAIM_CONTENT = frozenset({"that", "of", "about", "on", "over", "linking", "suggesting", "claiming", "saying",
                            "he", "she", "it", "they", "the", "a", "an", "to", "which", "who"})


def _bare_claim(ws: Sequence[str], i: int, j: int) -> bool:
    """Whether the claim noun at ``j`` that the rejection cue at ``i`` takes comes with "the" and nothing that says
    what it claims ("dismissed the story as nonsense", "denied the reports."): the claim the text is about, which
    under a headline the sentence matches is the headline's (not "rejected claims that ...", "denied reports of
    a merger", "dismissed the story about the merger")."""
    return ws[i + 1] == "the" and (j + 1 >= len(ws) or ws[j + 1] not in _CLAIM_CONTENT)


#: Words before "behind" that make it a place in a ranking ("still far behind", "remained behind", "finished
#: behind", "10 points behind").
_RANKED_BEFORE = _BE | frozenset({"still", "far", "well", "just", "way", "slightly", "closely", "narrowly", "remain",
                                  "remains", "remained", "stay", "stays", "stayed", "fell", "falls", "fall", "fallen",
                                  "finish", "finished", "finishes", "came", "comes", "come", "lag", "lags", "lagged",
                                  "trail", "trails", "trailed", "left", "lies", "lay", "sits", "sat", "ranks", "ranked",
                                  "points", "percent", "places", "votes", "seats", "seconds", "years"})
_DETERMINERS_AFTER = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"})


def _behind_a_cause(raw: Sequence[str], ws: Sequence[str], i: int) -> bool:
    """Whether "behind" at ``i`` names who is responsible for something ("the company behind the Orra chatbot",
    "the group behind the attack"): after a noun, not a word of :data:`_RANKED_BEFORE` or a figure, and before a
    determiner or a name."""
    if not i or i + 1 >= len(ws):
        return False
    prev = ws[i - 1]
    return (prev not in _RANKED_BEFORE and not prev[:1].isdigit() and prev not in _NUMBER_WORDS
            and not prev.endswith("ly") and (ws[i + 1] in _DETERMINERS_AFTER or raw[i + 1][:1].isupper()))


#: Words before a claim noun that name the claim a text is about ("the report", "these stories").
_NAMING_DETERMINERS = frozenset({"the", "these", "those", "such", "this", "that"})
#: Words between a named claim and the debunking word after it ("the report was completely untrue").
_COPULA = _BE | frozenset({"completely", "totally", "entirely", "simply", "also", "all", "both"})


def _claim_named(ws: Sequence[str], i: int) -> bool:
    """Whether the debunking phrase at ``i`` is said of a claim named by its noun alone, its subject: "the report
    was untrue", "such stories are false" (a claim noun of :data:`CLAIM_NOUNS` after a word of
    :data:`_NAMING_DETERMINERS`, then only a copula and adverbs of :data:`_COPULA`): the claim the text is about,
    which in a body about a headline is the headline's, as "dismissed the story as nonsense" (:func:`_bare_claim`)."""
    k = i - 1
    while k > 0 and ws[k] in _COPULA:
        k -= 1
    return k > 0 and ws[k] in CLAIM_NOUNS and ws[k - 1] in _NAMING_DETERMINERS


def _taken(ws: Sequence[str], i: int) -> bool:
    """Whether the outcome word at ``i``, after "to", is a decision taken rather than an intention: a verb of
    :data:`DECIDED` within four words before ("voted on Monday to scrap") or one of :data:`PERMITTED` within
    :data:`PERMITTED_WITHIN` ("allowed construction of the incinerator to go ahead")."""
    return (not DECIDED.isdisjoint(ws[max(0, i - 5):i - 1])
            or not PERMITTED.isdisjoint(ws[max(0, i - 1 - PERMITTED_WITHIN):i - 1]))


def _undone(ws: Sequence[str], i: int, stem: Callable[[str], str | None]) -> str | None:
    """The stem of the verb that word ``i`` says did not happen, or None: a demand rebuffed ("brushed aside
    calls to resign", "rejected demands to quit": :data:`CALLS` after a word of :data:`REBUFFS` within three
    words) or a plan dropped ("Plans to reopen the mine have been abandoned": :data:`DROPPED` later in the
    text, within twelve words)."""
    if i + 2 >= len(ws) or ws[i + 1] != "to":
        return None
    w = ws[i]
    if w in CALLS and not REBUFFS.isdisjoint(ws[max(0, i - 3):i]):
        return stem(ws[i + 2])
    if w in _PLANS and not DROPPED.isdisjoint(ws[i + 3:i + 15]):
        return stem(ws[i + 2])
    return None


#: Verbs of a claim taken back: followed within three words by a claim noun (:data:`CLAIM_NOUNS`) and its content
#: ("have withdrawn their claim to have detected a new particle", "retracted its claim that the drug cures
#: migraine"), they say the content does not hold, as "refused to" says its verb did not happen.
RETRACTS = frozenset({"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "retract", "retracts",
                      "retracted", "retracting"})
#: Content words of a retracted claim after its "that" read as negated (the "not" scope is three words).
RETRACTED_WITHIN = 3


def _retracted(ws: Sequence[str], i: int, stem: Callable[[str], str | None]) -> set[str]:
    """The content stems that a retraction at ``i`` (:data:`RETRACTS`) says do not hold: the verb after "claim
    to (have)" ("withdrawn their claim to have detected" → ``detect``), or the first :data:`RETRACTED_WITHIN`
    content words after "claim that"; empty if no claim noun follows within three words."""
    j = next((k for k in range(i + 1, min(i + 4, len(ws))) if ws[k] in CLAIM_NOUNS), None)
    if j is None or j + 2 >= len(ws):
        return set()
    if ws[j + 1] == "to":
        k = j + 2
        while k < len(ws) - 1 and ws[k] in ("have", "be", "been", "being"):
            k += 1
        return {s} if (s := stem(ws[k])) else set()
    if ws[j + 1] == "that":
        return set([s for s in map(stem, ws[j + 2:j + 2 + 2 * RETRACTED_WITHIN]) if s][:RETRACTED_WITHIN])
    return set()


#: Words after "plans" within which a word of :data:`DROPPED` says the plans were dropped.
DROPPED_WITHIN = 14


def _plan_dropped(ws: Sequence[str], i: int) -> bool:
    """Whether "plan(s)" at ``i`` is followed, within :data:`DROPPED_WITHIN` words, by a word of :data:`DROPPED`
    ("Plans for a second runway at the airport have been shelved indefinitely"): what a headline says will
    happen ("Airport will get second runway") is then not going to, as "ruled out" says."""
    return ws[i] in _PLANS and not DROPPED.isdisjoint(ws[i + 1:i + 1 + DROPPED_WITHIN])


def _nor_scope_start(raw: Sequence[str], i: int) -> int:
    """Where the scope of "nor" at ``i`` starts: after the names that follow it, which are subjects ("Neither
    Vell nor Doyle has commented" negates "commented", not Doyle)."""
    j = i + 1
    while j < len(raw) and raw[j][0].isupper():
        j += 1
    return j


@lru_cache(maxsize=1)
def exonerations() -> frozenset[str]:
    """Words of a headline that itself clears someone (``lexicons/stance_exonerations.tsv``: clears,
    exonerates): a body source rejecting the blame then agrees with it."""
    return frozenset(r["word"] for r in load("stance_exonerations"))


@lru_cache(maxsize=1)
def refuting_words() -> frozenset[str]:
    """Words that call something false or wrong (the refute cues of ``lexicons/stance_cues.tsv``)."""
    return frozenset(r["word"] for r in load("stance_cues") if r["kind"] == "refute")


def _refuting(ws: Sequence[str], stem: Callable[[str], str | None]) -> frozenset[str]:
    """The content stems of the refuting words a text holds ("Minister admits the budget figures were wrong" →
    ``wrong``)."""
    found = refuting_words().intersection(ws)
    return frozenset(filter(None, map(stem, found))) if found else frozenset()


#: Words of a subject noun phrase kept before the word next to its verb ("Veteran boxer Sam Okoro lost").
SUBJECT_NP = 5


def _pos(raw: Sequence[str]) -> tuple[str, ...]:
    """Penn tags of a text's words (the shipped tagger of :mod:`newslib.syntax`; only texts holding a contest
    word with a subject are tagged)."""
    from ..syntax import default_tagger

    return tuple(t for _, t in default_tagger().tag(list(raw)))


@lru_cache(maxsize=1)
def _subject_words() -> frozenset[str]:
    """The words at which :func:`scan` may read a subject: contest words whose subject is the party (agent
    ``subject``), alone or first in a phrase of the lexicon."""
    return frozenset(w.split()[0] for w, (_, _, agent) in opposites().items() if agent)


def may_read_subject(words: Sequence[str]) -> bool:
    """Whether :func:`scan` may read a contest's subject in a text of these lower-cased words (as it splits
    them): a word of :func:`_subject_words` after the first; when not, it never tags the text."""
    sw = _subject_words()
    return not sw.isdisjoint(words) and any(w in sw for w in words[1:])


def words(text: str) -> list[str]:
    """The words of ``text`` as :func:`scan` splits them (as written): what its ``tags`` tag."""
    return _WORD.findall(text)


def pos_batch(texts: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    """:func:`_pos` of many texts' words in one call of the tagger (the same tags: a batch decodes each
    sentence on its own; one call per text costs some 20 times as much a sentence)."""
    if not texts:
        return []
    from ..syntax import default_tagger

    return [tuple(t for _, t in sent) for sent in default_tagger().tag_sents(texts)]


def _subject(raw: Sequence[str], tags: Sequence[str], k: int, stem: Callable[[str], str | None]
             ) -> tuple[str, ...] | None:
    """The content stems of the subject noun phrase that ends at word ``k``, the word before a contest verb, in
    text order (its head noun last): the NP chunk (:func:`newslib.syntax.chunk_tags`) holding word ``k``, cut
    at ``k`` and to :data:`SUBJECT_NP` words ("Veteran boxer wins" → ``("veteran", "boxer")``; "Veteran boxer
    Sam Okoro lost" → ``("veteran", "boxer", "sam", "okoro")``); the stem of word ``k`` alone when no NP holds
    it; None when that is a stop word."""
    from ..syntax import chunk_tags

    first = k
    for kind, a, b, _ in chunk_tags(tags):
        if kind == "NP" and a <= k < b:
            first = max(a, k - SUBJECT_NP + 1)
            break
    out = tuple(s for w in raw[first:k + 1] if (s := stem(w.lower().replace("\u2019", "'"))) and not _DIGIT.search(s))
    if not out or out[-1] != stem(raw[k].lower().replace("\u2019", "'")):
        head = stem(raw[k].lower().replace("\u2019", "'"))
        return (head,) if head else None
    return out


def _same_party(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two subjects name the same party: the head noun (last stem) of one is in the other ("Veteran
    boxer" and "Veteran boxer Sam Okoro"; not "Manchester United" and "Manchester City")."""
    return a[-1] in b or b[-1] in a


def _object(raw: Sequence[str], j: int, stem: Callable[[str], str | None]) -> str | None:
    """The stem of the party a contest word's object names, in the three words from ``j``: the last word of
    the first run of capitalized content words ("challenger Maria Garcia" → ``garcia``, "City in cup final" →
    ``citi``), else the first content word ("defeats incumbent in ..." → ``incumb``)."""
    first = None
    for k in range(j, min(j + 3, len(raw))):
        w = raw[k]
        s = stem(w.lower().replace("\u2019", "'"))
        if s is None:
            continue
        if w[0].isupper():
            while k + 1 < len(raw) and raw[k + 1][0].isupper() and (t := stem(raw[k + 1].lower())):
                k, s = k + 1, t
            return s
        if first is None:
            first = s
    return first


def _foreground(outcomes: list, at: list[int], background: int) -> list:
    """The outcomes less those after the text's first :data:`BACKGROUND` word whose group has an outcome before
    it: "Escaped inmate captured after week on the run" claims a capture; the run is its background."""
    before = {o[0] for o, i in zip(outcomes, at) if i < background}
    return [o for o, i in zip(outcomes, at) if i < background or o[0] not in before]


#: Words before a participle that make it a noun's modifier ("the surviving members", "its remaining staff").
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "these", "those",
                          "only", "last", "other"})


def _attributive(raw: Sequence[str], ws: Sequence[str], i: int, stem: Callable[[str], str | None]) -> bool:
    """Whether the participle at ``i`` modifies a noun ("the two surviving Sugarhill Gang members", "Escaped
    inmate captured"): it then describes that noun and states no outcome of the text's claim. After a
    determiner (and a number after one) any word may follow; after a number alone or at the text's start the
    next word must be a lower-case content word ("Two killed in blast" and "9 killed as ..." state the
    outcome)."""
    if not ws[i].endswith(("ing", "ed")) or i + 1 >= len(ws):
        return False
    prev = ws[i - 1] if i else None
    number = prev is not None and (prev.isdigit() or prev in _NUMBER_WORDS)
    if prev in _DETERMINERS or number and i > 1 and ws[i - 2] in _DETERMINERS:  # "the two surviving"
        return True
    if prev is None or number:
        nxt = raw[i + 1]
        return nxt.isalpha() and nxt.islower() and stem(nxt) is not None
    return False


#: Words before a scope word (``lexicons/stance_opposites.tsv``, group scope) that make it no scope: "the most
#: important", "at most", "for the most part".
_NOT_SCOPE_BEFORE = frozenset({"the", "at", "a", "an", "its", "their", "his", "her"})


def _not_scope(ws: Sequence[str], i: int) -> bool:
    """Whether the scope word at ``i`` ("all", "most", "some") says no share of a whole: after a word of
    :data:`_NOT_SCOPE_BEFORE` ("the most", "at most") or before a figure ("some 200 people": about 200)."""
    if i and ws[i - 1] in _NOT_SCOPE_BEFORE:
        return True
    return i + 1 < len(ws) and (ws[i + 1][:1].isdigit() or ws[i + 1] in _NUMBER_WORDS)


#: Groups whose outcome words say something only of one noun ("breaks", "fell short of" of a record): headline and
#: sentence count such an outcome only with that noun's stem within :data:`CONTEXT` words ("Sprinter breaks
#: national record" against "the sprinter finished short of the national record", not "funding for the national
#: team fell short of its target").
GROUP_NOUNS = {"record": "record"}


def _outcome_conflict(head: Signals, sent: Signals, head_stems: frozenset[str]) -> tuple[bool, bool]:
    """(contradicts, agrees): the sentence states an opposite / the same outcome as the headline, about
    something the headline names (a content stem of the headline within :data:`CONTEXT` words of it)."""
    conflict = same = False
    for g, pole, agent, hctx in head.outcomes:
        noun = GROUP_NOUNS.get(g)
        if noun is not None and noun not in hctx:
            continue
        poles = [(p, a) for gg, p, a, ctx in sent.outcomes if gg == g and not ctx.isdisjoint(head_stems)
                 and (noun is None or noun in ctx)]
        if not poles:
            continue
        if g in sent.proxy_groups and g not in head.proxy_groups and not sent.proxy_of.isdisjoint(head_stems):
            conflict = True  # "A senior aide to Mayor Brack was arrested" under "Mayor Brack arrested"
            continue
        if agent is None and all(a is None for _, a in poles) or g != "contest":
            if any(p == pole for p, _ in poles):
                same = True
            elif g != "contest" or "draw" in (pole, *(p for p, _ in poles)):
                conflict = True
            continue
        for p, a in poles:  # a contest: who won matters
            a = tuple(s for s in a if s in head_stems) or None if a else None  # the party as the headline names it
            if a is None or agent is None:
                if p == pole:
                    same = True
                elif "draw" in (p, pole):
                    conflict = True
            elif _same_party(a, agent):
                same, conflict = (same or p == pole), (conflict or p != pole)
            elif p == pole and p != "draw":
                conflict = True  # two parties cannot both win (or both lose)
            elif p != pole and "draw" not in (p, pole):
                same = True  # "City lost" under "Rovers beat City"
    return conflict, same and not conflict


_MONEY_OR_SHARE = frozenset({"%", "$", "£", "€"})


def _same_quantity(head: tuple, number: tuple, loose: bool = False) -> bool:
    """A headline figure compares with a body figure that counts the same quantity: the same unit ("12
    people" / "40 people", "7 percent" / "5.2%"); a bare headline figure ("kills 9") with a counted thing
    after the same word ("killed 3 people"), never with percentages, money or other bare numbers ("dies at
    57" says nothing against "the two surviving members"). ``loose``: a bare headline figure compares with any
    counted thing (to find the headline's figure anywhere in the body: "the 9 people killed").

    Figures that both count an outcome (:func:`_event`) compare when it is the same outcome and their units
    agree or one is bare ("kills 15" / "Three people died"; not "15 were killed" / "40 were injured")."""
    _, head_unit, head_before, head_event = head
    _, unit, before, event = number
    if head_event is not None and event is not None:
        if head_event != event:
            return False
        return unit == head_unit or not (unit and head_unit) and not ({unit, head_unit} & _MONEY_OR_SHARE)
    if head_unit:
        return unit == head_unit
    return bool(unit) and unit not in _MONEY_OR_SHARE and (loose or head_before is not None and before == head_before)


def _by_other_verb(head: tuple, number: tuple) -> bool:
    """A headline figure and a body figure of the same named unit ("800 people" / "80 people"; not a bare figure,
    a share or money) that two different verbs of no outcome group count ("sends 800 people to hospital" / "80
    people were treated": events ``("did", verb)`` of :func:`_event`), which :func:`_same_quantity` keeps apart;
    :func:`compare` reads them as one quantity only when the figures are :data:`FAR` apart."""
    head_event, event = head[3], number[3]
    return (head_event is not None and event is not None and head_event[0] == event[0] == "did"
            and head_event != event and bool(head[1]) and head[1] == number[1] and head[1] not in _MONEY_OR_SHARE)


#: A body figure this many times larger or smaller than the headline's counts something else altogether
#: ("Flood forces 3,000 from their homes" over "about 300"), not a toll updated or a figure rounded.
FAR = 2.0


def _far(head: float, b: float) -> bool:
    """Whether body figure ``b`` is at least :data:`FAR` times larger or smaller than headline figure ``head``."""
    lo, hi = sorted((abs(head), abs(b)))
    return hi >= FAR * lo


def _close(head: float, b: float) -> bool:
    """Whether body figure ``b`` is the headline's figure ``head``, written differently or rounded."""
    tol = NUMBER_TOLERANCE
    if abs(head) >= 100 and len(f"{abs(head):.0f}".rstrip("0")) <= 2 and head == int(head):
        tol = ROUND_TOLERANCE
    return abs(head - b) <= tol * max(abs(head), abs(b))


@dataclass(frozen=True)
class BodyNumbers:
    """Every (value, unit, before) of a body, to tell whether the headline's figure appears anywhere."""

    numbers: tuple[tuple[float, str, str | None, tuple[str, str] | None], ...]

    @classmethod
    def of(cls, sents: Sequence[Signals]) -> "BodyNumbers":
        return cls(tuple(n for s in sents for n in s.numbers))

    def values(self, head: tuple) -> tuple[float, ...]:
        """The body's figures that may be headline figure ``head`` (loosely: see :func:`_same_quantity`)."""
        return tuple(n[0] for n in self.numbers if _same_quantity(head, n, loose=True))

    def values_by_any_verb(self, head: tuple) -> tuple[float, ...]:
        """:meth:`values` and the figures of the same unit that another verb counts (:func:`_by_other_verb`)."""
        return tuple(n[0] for n in self.numbers if _same_quantity(head, n, loose=True) or _by_other_verb(head, n))


def compare(head: Signals, head_stems: frozenset[str], sent: Signals, sent_stems: frozenset[str],
            body_numbers: Callable[[], BodyNumbers] | None = None) -> dict[str, bool]:
    """Which kinds of contradiction (``KINDS``) hold between a headline and one body sentence, plus
    ``outcome_same`` and ``number_same`` (the sentence repeats the headline's outcome / figure) and
    ``number_far`` (a number contradiction whose figures of the quantity are all :data:`FAR` apart or more).
    ``body_numbers`` gives the body's figures (called only when a figure differs: a headline figure found
    elsewhere in the body is no contradiction)."""
    conflict, same = _outcome_conflict(head, sent, head_stems)
    if not (conflict or same) and _delayed(head, sent, sent_stems):
        conflict, same = True, False
    number = number_same = far = False
    for h in head.numbers:
        v = h[0]
        in_sent = [n[0] for n in sent.numbers if _same_quantity(h, n)]
        if any(_close(v, x) for x in in_sent):
            number_same = True
        elif in_sent:
            elsewhere = body_numbers().values(h) if body_numbers else ()
            if not any(_close(v, x) for x in elsewhere):
                number = True
                far = far or all(_far(v, x) for x in in_sent)
        elif (by_other := [n[0] for n in sent.numbers if _by_other_verb(h, n)]) and all(_far(v, x) for x in by_other):
            # the same people counted by another verb ("sends 800 people to hospital" / "80 people were treated")
            elsewhere = body_numbers().values_by_any_verb(h) if body_numbers else ()
            if not any(_close(v, x) for x in elsewhere):
                number = far = True
    # a headline that negates itself ("Drug fails to cut hospital visits") agrees with a body that negates its
    # other words too ("did not reduce hospital visits"): only the body stating what it negates contradicts it
    negation = (bool((sent.negated & head_stems) - head.negated) and not head.negated
                or bool((head.negated & sent_stems) - sent.negated)
                or bool(sent.away & head_stems) and not head.near)  # "400 km from the capital": not in it
    rejected = (sent.rejection and not (head.rejection or head.denials or head.exonerates)
                and (sent.claim_bare or not sent.rejected.isdisjoint(head_stems)))
    return {"outcome": conflict, "number": number and not number_same, "negation": negation,
            "denial": (bool(sent.denials) or rejected and sent.claim_rejected) and not head.denials,
            "rejection": rejected,
            "modality": head.modal and not head.neg_modal and (sent.neg_modal or "ruled_out" in sent.denials
                                                                or sent.dropped),
            "number_far": far and number and not number_same, "outcome_same": same, "number_same": number_same,
            "polarity": rejected and _polarity(head, head_stems, sent)}


#: Decision-later words that are also nouns, and the words before them that make them one ("a delay of a second").
_DELAY_NOUNS = frozenset({"delay", "delays"})
_NOUN_BEFORE = frozenset({"a", "an", "the", "this", "that", "any", "no", "without", "further", "long", "short",
                          "its", "their", "his", "her"})


def _delayed(head: Signals, sent: Signals, sent_stems: frozenset[str]) -> bool:
    """Whether the sentence puts off the very outcome the headline states as done: a delay (decision later:
    "pushed back to", "postponed") in a sentence that names the headline's outcome word ("The opening of the
    Harrow line has been pushed back to spring" under "New Harrow line opens on Monday"), under a headline that
    states an outcome of another group and no intention (a delay of a decision is :func:`_outcome_conflict`'s)."""
    return (not head.modal and sent.puts_off
            and any(g != "decision" for g, _, _, _ in head.outcomes)
            and not head.outcome_stems.isdisjoint(sent_stems))


def _polarity(head: Signals, head_stems: frozenset[str], sent: Signals) -> bool:
    """Whether what a body source rejects holds the headline's own refuting word and more of its words: the
    source rejects the headline's claim, of which the refuting word is a part ("rejected claims that the budget
    figures were wrong" under "Minister admits the budget figures were wrong"), where a headline and a body that
    both refute one thing agree ("Minister denies the figures were leaked" over "rejected the reports")."""
    shared = sent.rejected & head_stems
    return bool(head.refuting & shared) and bool(shared - head.refuting)


#: The pair features. Agreement signals (the same outcome or figure, which :func:`compare` also reports) are
#: left out: trained beside the synthetic contradictions of ``newslib train stance``, they taught the trees
#: that a repeated outcome means agree even when the body calls it false.
FEATURE_NAMES = ("contra_outcome", "contra_number", "contra_negation", "contra_denial", "contra_rejection",
                 "contra_modality", "contra_any", "contra_sentences", "contra_lead", "modal_head", "modal_body",
                 "contra_number_far", "contra_polarity", "contra_any_rel", "contra_number_far_rel")


class Scanned(Protocol):
    """A body sentence as :func:`features` reads it (a :class:`newslib.stance.features.Unit`): its signals
    are scanned only when first read."""

    @property
    def signals(self) -> Signals: ...

    @property
    def stemset(self) -> frozenset[str]: ...


def features(head: Signals, head_stems: frozenset[str], sents: Sequence[Scanned], cover: Sequence[float],
             body_numbers: Callable[[], BodyNumbers] | None = None, lead: int = 5
             ) -> tuple[list[float], dict[int, tuple[str, ...]]]:
    """The pair's contradiction features (``FEATURE_NAMES``) and, for each contradicting sentence, the kinds
    of contradiction it shows. Only sentences covering enough of the headline are scanned.

    ``cover[i]`` is the share of the headline (IDF-weighted) found in sentence i; a sentence counts only from
    :data:`MIN_COVER`, and each kind's feature is the best cover among the sentences showing it (0 if none).
    ``contra_any`` is the best cover of a sentence showing any kind, ``contra_sentences`` how many sentences
    do (up to 5), ``contra_lead`` how many of the first ``lead``; ``contra_number_far`` the best cover of a
    sentence whose figures are far from the headline's (``number_far`` of :func:`compare`); ``contra_polarity``
    the best cover of a sentence whose source rejects the headline's own refutation (:func:`_polarity`);
    ``contra_any_rel`` and ``contra_number_far_rel`` those of ``contra_any`` and ``contra_number_far`` relative
    to the body's best cover (:func:`_relative`)."""
    best = dict.fromkeys(KINDS, 0.0)
    modal_body = far = polarity = 0.0
    found: dict[int, tuple[str, ...]] = {}
    n_lead = 0
    top = max(cover, default=0.0)
    for i, c in enumerate(cover):
        if c < MIN_COVER:
            if c >= MIN_COVER_NUMBER and head.numbers and _far_named_figure(head, head_stems, sents[i], body_numbers):
                best["number"] = max(best["number"], c)
                far = max(far, c)
                found[i] = ("number",)
                n_lead += i < lead
            elif top >= MIN_COVER and _denies_named_claim(head, head_stems, sents[i]):
                # "Her publicist said the report was untrue": the body's claim, as its best sentence states it
                best["denial"] = max(best["denial"], top)
                found[i] = ("denial",)
                n_lead += i < lead
            continue
        s = sents[i].signals
        if s.modal and not head.modal:
            modal_body = max(modal_body, c)
        if not (s.any or head.outcomes or head.numbers):
            continue
        k = compare(head, head_stems, s, sents[i].stemset, body_numbers)
        hits = tuple(kind for kind in KINDS if k[kind])
        for kind in hits:
            best[kind] = max(best[kind], c)
        if k["number_far"]:
            far = max(far, c)
        if k["polarity"]:
            polarity = max(polarity, c)
        if hits:
            found[i] = hits
            n_lead += i < lead
    x = [best[k] for k in KINDS]
    x += [max(x), float(min(5, len(found))), float(n_lead), 1.0 if head.modal else 0.0, modal_body, far, polarity]
    return x + _relative(x[len(KINDS)], far, cover), found


#: Stems of :data:`CLAIM_NOUNS`: a sentence without one names no claim (a cheap test before its scan).
_CLAIM_STEMS = frozenset({"claim", "suggest", "alleg", "report", "accus", "rumour", "rumor", "specul", "charg",
                          "stori"})
#: Stems of a headline that speaks of a claim rather than stating one ("assertion", "claims", "reports").
_HEAD_CLAIM_STEMS = _CLAIM_STEMS | {"assert"}


def _denies_named_claim(head: Signals, head_stems: frozenset[str], sent: Scanned) -> bool:
    """Whether a sentence that covers little of the headline calls false the claim it names by its noun alone
    ("said the report was untrue": ``claim_denied``), under a headline that states a claim itself: one that
    denies or names a claim ("Johnson shoots down Hunter's assertion ...") may be reporting that very denial."""
    return (not (head.denials or _CLAIM_STEMS.isdisjoint(sent.stemset)) and head_stems.isdisjoint(_HEAD_CLAIM_STEMS)
            and sent.signals.claim_denied)


def _relative(any_: float, far: float, cover: Sequence[float]) -> list[float]:
    """``contra_any`` and ``contra_number_far`` as shares of the best cover of any sentence of the body: 1.0 when
    the sentence that matches the headline best is the one that contradicts it, whatever its cover. A short
    headline's best sentence covers 0.6 of it ("Storm leaves 50,000 without power" over "About 8,000 homes were
    left without power"), where the synthetic copies the trees learn from mostly cover 0.9 or more."""
    best = max(cover, default=0.0)
    return [any_ / best, far / best] if best > 0 else [0.0, 0.0]


def _far_named_figure(head: Signals, head_stems: frozenset[str], sent: Scanned,
                      body_numbers: Callable[[], BodyNumbers] | None) -> bool:
    """Whether a sentence that covers little of the headline counts a quantity the headline names (a unit noun:
    "3,000 residents"; not a bare figure, a share or money) :data:`FAR` apart or more from the headline's figure,
    which appears nowhere in the body (:func:`compare`'s ``number_far``)."""
    if not any(u and u not in _MONEY_OR_SHARE for _, u, _, _ in head.numbers):
        return False
    s = sent.signals
    if not s.numbers:
        return False
    named = Signals(numbers=tuple(h for h in head.numbers if h[1] and h[1] not in _MONEY_OR_SHARE))
    return compare(named, head_stems, s, sent.stemset, body_numbers)["number_far"]


def strongest(found: dict[int, tuple[str, ...]], cover: Sequence[float], n: int = 3) -> list[int]:
    """The ``n`` strongest contradicting sentences: by cover x number of kinds shown, then in text order."""
    return sorted(found, key=lambda i: (-cover[i] * len(found[i]), i))[:n]
