"""Claim kinds and certainty, for attributions and for sentences.

Claim kinds (``records.CLAIM_KINDS``):

- ``statement``: reported speech or a position ("X said ...").
- ``proposal``: proposes, offers, puts forward, suggests a plan.
- ``demand``: insists on, calls for, urges, requires, "must", a prerequisite.
- ``rejection``: rejects, denies, dismisses, refuses, resists, rules out.
- ``speculation``: hedged, predictive or conditional.
- ``gap``: the text says that information is missing.
- ``assertion``: the author's own, unattributed claim.
- ``legal``: a legal act reported as an attribution: a plea, a charge, a verdict or sentence, a denial of a
  crime ("pleaded guilty to", "was charged with", "was jailed for", "denies theft"; ``lexicons/legal_acts.tsv``).
- ``accusation``: accuses, accused (of). PolNeAR annotates both as attributions; the unseen-news guideline
  counts neither (its legal acts: pleaded guilty, charged, accused, sentenced): ``kind not in ("legal",
  "accusation")`` keeps the speech of the guideline.

**Attribution kind.** A source that would not or could not speak ("declined to say which supplier ...", "did
not respond to a request for comment": an attribution without content whose cue is a withheld or unreachable
gap) makes a ``gap``; a cue of the legal-act lexicon (over the cue and the words after it) its ``legal`` or
``accusation``. Otherwise the
claim-cue lexicon (``lexicons/claim_cues.tsv``) is looked up in the attribution's
cue ("has *rejected*", "*pushed forward*"), or, when the cue holds no claim cue at all, in the cue and the two
words after it in the same sentence, up to a capitalised one (a cue cut short: "has pushed" + "forward"; not
"said Jeremy *Bash*"), where a proposal noun counts only after a verb that presents it ("*announced plans*",
not "called the *offer* insulting"); if several kinds match,
rejection > demand > proposal > speculation. Failing that, the content decides: a demand marker in the
content ("insists that Moscow *must* be involved" → demand; a rejection word in the content is someone
else's rejection, reported, so it does not count); content that is uncertain by the sentence rule below
("said the support *may* include") → speculation. Otherwise ``statement``.

**Sentence kind**, first match wins:

1. ``gap`` if the sentence holds an information gap;
2. else the strongest kind among its attributions, rejection > demand > proposal > accusation > speculation >
   legal, if any is
   more than a plain statement;
3. else a claim cue of the lexicon's ``any`` rows in the sentence's own words, outside attributed contents
   ("European leaders are firm in their *insistence* on ... as a *prerequisite*" → demand; "Russia currently
   *resists* direct talks" → rejection), same order; else ``statement`` if the sentence has attributions;
4. else ``speculation`` if it is uncertain (below);
5. else ``assertion``.

**Uncertain** when the sentence holds a hedge (``kind == "hedge"``, after the context checks of
:mod:`newslib.tagging.hedges`) whose lexicon strength is at least ``WEAK`` (0.2), or a gap of kind ``unknown``
("is not yet clear", "remains unknown"). The one weak hedge is "would" (0.15): it is usually narrative or
reported future ("he would later become"); in wiki.xml only about a fifth of the sentences whose only hedge is
"would" are marked uncertain, and the rule lifts wiki.xml F1 from 0.840 to 0.852. Weak hedges do not add up
("would ... would" is still narrative). A gap where a source merely would not say ("declined to comment")
makes the sentence a gap, not an uncertain one.

**Certainty** in [0, 1], 1 = stated as fact::

    c = Π_hedges (1 - s_h) × Π_gaps (1 - 0.5)           (s_h = the hedge's lexicon strength, 0..1)
    c = c + (1 - c) × s_b    for each booster b, in order (s_b = the booster's strength)

A hedge inside a gap ("not clear" in "is not clear") is counted once, as the gap. So one "may" (0.4) gives
0.6, one "would" (0.15) 0.85, "may" + "if" 0.42, a gap 0.5, and "clearly" (0.5) lifts 0.6 to 0.8; a booster
never lifts certainty past 1, and a sentence with neither hedges nor gaps has certainty 1.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..lexicons import load
from ..phrases import PhraseIndex, straight_apostrophes
from ..regex_filter import may_hold, required_words
from .gaps import SILENT_KINDS
from .records import Attribution, Gap, Hedge, TaggedSentence

GAP_STRENGTH = 0.5
#: Hedges below this strength are weak ("would", 0.15): alone they do not make a sentence uncertain.
WEAK = 0.2
_ORDER = ("rejection", "demand", "proposal", "accusation", "speculation", "legal", "statement")
_WORD = re.compile(r"[\w'’-]+")
_CLAUSE_END = re.compile(r"[.!?;:]\s|\n")


def _claim_cue_rows() -> list[tuple[tuple[str, ...], str, str]]:
    """(tokens, kind, where) of each form of each row of the claim-cue lexicon, in file order."""
    return [(toks, row["kind"], row["where"] or "cue") for row in load("claim_cues")
            for toks in (tuple(form.lower().split()) for form in row["forms"].split("|")) if toks]


@lru_cache(maxsize=None)
def claim_cues() -> PhraseIndex[tuple[str, str]]:
    """Claim cues by their tokens: (kind, where) of each, in lexicon order."""
    return PhraseIndex((toks, (kind, where)) for toks, kind, where in _claim_cue_rows())


@lru_cache(maxsize=None)
def _anywhere_cues() -> PhraseIndex[tuple[str, str]]:
    """The ``any`` rows of :func:`claim_cues` alone."""
    return PhraseIndex((toks, (kind, where)) for toks, kind, where in _claim_cue_rows() if where == "any")


def _words(text: str) -> list[str]:
    if "’" in text:  # both apostrophes are word characters here: the same words, as the lexicon writes them
        text = text.replace("’", "'")
    if text.isascii():  # lower-casing ASCII text as a whole changes no word boundary: one call, not one a word
        return _WORD.findall(text.lower())
    return [straight_apostrophes(w.lower()) for w in _WORD.findall(text)]


def cue_kinds(text: str, anywhere: bool = False) -> set[str]:
    """Claim kinds whose cues occur in ``text`` (all rows, or only the ``any`` rows when ``anywhere``)."""
    return _word_kinds(_words(text), anywhere)


def _word_kinds(words: list[str], anywhere: bool = False) -> set[str]:
    """``cue_kinds`` of a text's words (as :func:`_words` gives them)."""
    found = set()
    index = _anywhere_cues() if anywhere else claim_cues()
    first = index.first_tokens
    if first.isdisjoint(words):
        return found
    for i, word in enumerate(words):
        if word in first:
            for _n, (kind, _where) in index.matches(words, i):  # the longest cue there
                found.add(kind)
                break
    return found


_DEMAND_FORMS = ("demand", "demands")


class _TagsByOffset:
    """The part-of-speech tag of the token at a character offset of the article. The tags are the pipeline's
    (one tuple per sentence, aligned with its tokens, as :func:`newslib.syntax.tag_names` gives them); without
    them the article's sentences are tagged on first need (only a "demand" needs a tag)."""

    def __init__(self, text: str, sentences=None, pos=None):
        if pos is not None and sentences is not None and len(pos) != len(sentences):
            raise ValueError(f"part-of-speech tags for {len(pos)} sentences, the article has {len(sentences)}")
        self._text, self._sentences, self._pos = text, sentences, pos
        self._starts: list[int] | None = None

    def tag_at(self, offset: int) -> str | None:
        """The tag of the token that holds ``offset``, or None when no token does."""
        if self._sentences is None:
            from ..tokenize import tokenize_text

            self._sentences = tokenize_text(self._text)
        if self._pos is None:
            from ..syntax import pos_tags

            self._pos = pos_tags(self._sentences)
        if self._starts is None:
            self._starts = [s.start for s in self._sentences]
        k = bisect_right(self._starts, offset) - 1
        if k < 0:
            return None
        tokens = self._sentences[k].tokens
        j = bisect_right([t.start for t in tokens], offset) - 1
        if j < 0 or offset >= tokens[j].end:
            return None
        return self._pos[k][j] if j < len(self._pos[k]) else None


def _structured_kinds(words: list[str], where, tags: _TagsByOffset) -> set[str]:
    """``cue_kinds`` of ``words``, where a "demand" found only through the noun "demand" does not count: the
    economic noun ("holiday demand was strong", "demand for coal") makes no demand; the verb ("they demand
    that ...") does. ``where()`` gives the words' character offsets in the article (asked only when a
    "demand" is there); ``tags`` reads the part-of-speech tag of the token at an offset."""
    kinds = _word_kinds(words)
    if "demand" in kinds and any(w in _DEMAND_FORMS for w in words):
        kept = [w for w, at in zip(words, where()) if not (w in _DEMAND_FORMS and _is_noun(tags.tag_at(at)))]
        if len(kept) < len(words) and "demand" not in _word_kinds(kept):
            kinds.discard("demand")
    return kinds


@lru_cache(maxsize=1)
def _presenters() -> frozenset[str]:
    """Verbs that present the proposal their object names (``lexicons/proposal_presenters.tsv``)."""
    return frozenset(row["form"].lower() for row in load("proposal_presenters"))


def _without_spoken_of_proposal(cue_words: list[str], more: list[str], where, tags: "_TagsByOffset",
                                kinds: set[str]) -> set[str]:
    """``kinds`` without a "proposal" that only a noun after the cue gave ("called the offer insulting",
    "defended the plan": the proposal is what is spoken of; "announced plans to" keeps it, its verb is one of
    :func:`_presenters`); a verb after the cue ("says he plans to") still makes one."""
    at = where()[len(cue_words):]
    kept = [w for w, a in zip(more, at) if not (_is_noun(tags.tag_at(a)) and "proposal" in _word_kinds([w]))]
    if len(kept) == len(more) or "proposal" in _word_kinds(cue_words + kept):
        return kinds
    return kinds - {"proposal"}


_OFFER_FORMS = frozenset({"offer", "offers", "offered", "offering"})


@lru_cache(maxsize=1)
def _offered_views() -> frozenset[str]:
    """Nouns that make "offer" no proposal (``lexicons/offered_views.tsv``: "offered his thoughts on")."""
    return frozenset(row["word"].lower() for row in load("offered_views"))


def _offers_a_view(cue_words: list[str], after: list[str]) -> bool:
    """The cue's "offer" ("offered his thoughts on the plan", "offers condolences") offers a view or a courtesy,
    not a plan: one of :func:`_offered_views` within three words after it, in the cue or the words after it, and no
    other proposal cue in the cue."""
    words = cue_words + after[:3]
    at = next((n for n, w in enumerate(words) if w in _OFFER_FORMS), None)
    if at is None or not any(w in _offered_views() for w in words[at + 1:at + 4]):
        return False
    return "proposal" not in _word_kinds([w for w in cue_words if w not in _OFFER_FORMS])


def _is_noun(tag: str | None) -> bool:
    return tag is not None and tag.startswith("NN")


def _offsets(text: str, base: int) -> list[int]:
    """Where each word of ``text`` (as :func:`_words` finds them) starts, ``text`` starting at ``base``."""
    return [base + m.start() for m in _WORD.finditer(text)]


def _first(kinds: set[str]) -> str | None:
    return next((k for k in _ORDER if k in kinds), None)


@lru_cache(maxsize=1)
def _legal_patterns() -> tuple[tuple[re.Pattern, str, frozenset[str] | None], ...]:
    """Each row's expression, its kind, and the words one of which its every match holds
    (:func:`newslib.regex_filter.required_words`)."""
    out = []
    for row in load("legal_acts"):
        rx = re.compile(row["pattern"].replace(" ", r"\s+"), re.I)
        out.append((rx, row["kind"], required_words(rx)))
    return tuple(out)


def legal_act(text: str, start: int, end: int) -> str | None:
    """``legal`` or ``accusation`` when the cue ``text[start:end]`` reports a legal act or an accusation, read over
    the cue and up to 40 characters of its clause after it (``lexicons/legal_acts.tsv``), else None."""
    window = _CLAUSE_END.split(text[start:end + 40], 1)[0] if end - start < 40 else text[start:end]
    lowered = window.lower()
    for pattern, act, required in _legal_patterns():
        if not may_hold(required, window, lowered):
            continue  # most cues hold none of a row's words ("charged", "accus", "guilty"): no search
        m = pattern.search(window)
        if m is not None and m.start() < end - start:
            return act
    return None


def attribution_kind(text: str, attribution: Attribution, hedges=(), _starts=None, _tags=None) -> str:
    """The claim kind of one attribution (see the module docstring). ``hedges`` sorted by start (as the hedge
    tagger gives them); ``_starts``, their start offsets, lets a caller share one index across attributions;
    ``_tags``, the article's part-of-speech tags by offset (:class:`_TagsByOffset`; else tagged when needed)."""
    cue = attribution.cue
    legal = legal_act(text, cue.start, cue.end)
    if legal is not None:
        return legal
    tags = _tags if _tags is not None else _TagsByOffset(text)
    cue_words = _words(cue.text)
    kinds = _structured_kinds(cue_words, lambda: _offsets(cue.text, cue.start), tags)
    if not kinds:  # a cue cut short ("has pushed" + "forward", "called" + "for"): two more words, same sentence
        window = _CLAUSE_END.split(text[cue.end:cue.end + 40], 1)[0]
        more = _words(window)[:2]
        if cue.text[:1].islower():  # a name after the cue is no part of it ("said Jeremy Bash"); a headline
            named = next((n for n, w in enumerate(_WORD.findall(window)[:2]) if w[:1].isupper() and w != "I"),
                         None)
            more = more[:named]  # in title case keeps its words ("Senator Calls For Ban")
        where = lambda: _offsets(cue.text, cue.start) + _offsets(window, cue.end)[:2]  # noqa: E731
        kinds = _structured_kinds(cue_words + more, where, tags)
        if "proposal" in kinds and cue_words and cue_words[-1] not in _presenters():
            kinds = _without_spoken_of_proposal(cue_words, more, where, tags, kinds)
    if "proposal" in kinds and _offers_a_view(cue_words, _words(_CLAUSE_END.split(text[cue.end:cue.end + 40], 1)[0])):
        kinds = kinds - {"proposal"}
    kind = _first(kinds - {"statement"})
    if kind:
        return kind
    content = attribution.content
    if content is not None:
        if "demand" in _structured_kinds(_words(content.text), lambda: _offsets(content.text, content.start), tags):
            return "demand"
        starts = _starts if _starts is not None else [h.start for h in hedges]
        lo, hi = bisect_left(starts, content.start), bisect_left(starts, content.end)
        if is_uncertain([h for h in hedges[lo:hi] if h.end <= content.end]):
            return "speculation"
    return "statement"


def certainty(hedges=(), gaps=()) -> float:
    """Certainty of a sentence from its hedges, boosters and gaps (formula in the module docstring)."""
    c = 1.0
    for h in hedges:
        if h.kind == "hedge" and not any(h.start < g.end and g.start < h.end for g in gaps):
            c *= 1.0 - h.strength
    for _ in gaps:
        c *= 1.0 - GAP_STRENGTH
    for h in hedges:
        if h.kind == "booster":
            c += (1.0 - c) * h.strength
    return round(min(1.0, max(0.0, c)), 4)


def is_uncertain(hedges=(), gaps=()) -> bool:
    """A sentence is uncertain when it holds a hedge of at least ``WEAK`` strength or a gap of kind ``unknown``
    (see the module docstring)."""
    if any(g.kind == "unknown" for g in gaps):
        return True
    for h in hedges:
        if h.kind == "hedge":
            if h.strength >= WEAK:
                return True
    return False


def sentence_kind(sentence_text: str, attributions, gaps, uncertain: bool, offset: int = 0) -> str:
    """The claim kind of one sentence (its text starts at ``offset`` in the article), by the precedence of the
    module docstring."""
    if gaps:
        return "gap"
    kinds = {a.kind for a in attributions}
    if kinds - {"statement"}:
        return _first(kinds) or "statement"
    own_text = sentence_text  # the sentence's own words: attributed contents are someone else's claim
    if any(a.content is not None for a in attributions):
        chars = list(sentence_text)
        for a in attributions:
            if a.content is not None:
                lo, hi = max(0, a.content.start - offset), min(len(chars), a.content.end - offset)
                if hi > lo:
                    chars[lo:hi] = " " * (hi - lo)
        own_text = "".join(chars)
    own = _first(cue_kinds(own_text, anywhere=True) - {"statement", "speculation"})
    if own:
        return own
    if attributions:
        return "statement"
    return "speculation" if uncertain else "assertion"


def _silent(attribution: Attribution, gaps) -> bool:
    """An attribution without content whose cue is a gap where a source would not or could not speak
    ("declined to say which ...", "did not respond to a request for comment")."""
    cue = attribution.cue
    return attribution.content is None and any(
        g.kind in SILENT_KINDS and g.start < cue.end and cue.start < g.end for g in gaps)


def classify(text: str, sentences, attributions, hedges, gaps, pos=None
             ) -> tuple[list[Attribution], list[TaggedSentence]]:
    """Set each attribution's ``kind`` and judge each sentence: kind, uncertain, certainty, with its hedges, gaps
    and attributions. ``pos``: each sentence's part-of-speech tags (the pipeline's syntax stage), which the
    sentences then carry; without them the article is tagged only if a "demand" needs it."""
    by_sent_h: dict[int, list[Hedge]] = {}
    by_sent_g: dict[int, list[Gap]] = {}
    for h in hedges:
        by_sent_h.setdefault(h.sentence, []).append(h)
    for g in gaps:
        by_sent_g.setdefault(g.sentence, []).append(g)
    hedges = sorted(hedges, key=lambda h: h.start)
    starts = [h.start for h in hedges]
    tags = _TagsByOffset(text, sentences, pos)
    out_attr = [a.with_kind("gap" if _silent(a, by_sent_g.get(a.sentence, ()))
                            else attribution_kind(text, a, hedges, starts, tags)) for a in attributions]
    by_sent_a: dict[int, list[Attribution]] = {}
    for a in out_attr:
        by_sent_a.setdefault(a.sentence, []).append(a)
    out = []
    for k, s in enumerate(sentences):
        hs = tuple(by_sent_h.get(s.index, ()))
        gs = tuple(by_sent_g.get(s.index, ()))
        atts = tuple(by_sent_a.get(s.index, ()))
        uncertain = is_uncertain(hs, gs)
        out.append(TaggedSentence(s, sentence_kind(s.text, atts, gs, uncertain, s.start), uncertain,
                                  certainty(hs, gs), hs, gs, atts, tuple(pos[k]) if pos is not None else ()))
    return out_attr, out
