"""Attributions: who (source) said (cue) what (content).

Each token of the article is labelled O, CUE, SOURCE or CONTENT by the learned sequence model
(:mod:`newslib.tagging.attribution_model`, trained on PolNeAR); the labelled runs are then tied together,
sentence by sentence:

* every CUE run is an attribution; it is widened to a phrase cue of ``lexicons/cues.tsv`` that it touches
  ("according to", "are firm in their insistence"), a phrase cue the model missed is added (with the noun
  phrase before it as source when the model gave none), and a colon right after a cue joins it ("said:");
* each SOURCE run goes to the nearest cue, which keeps its nearest source; each CONTENT run goes to the
  nearest cue, so that "X," he said, "Y" keeps both pieces as the content's ``parts``;
* a sentence with content but no cue (a quotation running over several sentences) extends the previous
  sentence's attribution, or else gives its content to the next sentence's cue when that has none;
* sentence-level repairs (``_refine``, one named pass each): a participle cue after a comma inside a content ("..., emphasising
  X") is an attribution of its own with the same source; a cue after "and" without a source shares the
  previous cue's ("insists that X and has rejected Y"); a cue without content takes the clause before
  ", sources said." or after "Smith said"; "Name: words" and "“Quote” ― Name" make the colon or dash a cue;
  sources are completed or cut to PolNeAR's noun phrases (the relative pronoun of "cities that support", the
  main clause's subject of a participle cue, the head noun phrase of "A lawyer for X, Name,", an apposition
  after "said Name", no "but", "although", dateline or adverbial aside). Two of these passes read the sentence's
  chunks (:mod:`newslib.syntax`), computed only for the sentences that need them.

While they are assembled, attributions are :class:`Draft` objects (character spans); ``_record`` turns each
into an :class:`~newslib.tagging.records.Attribution`.

The source's ``kind`` is a first guess from ``lexicons/source_kinds.tsv`` (pronoun, anonymous, country,
organization, group, person); the actors stage refines it and fills ``actor``. ``quote`` is direct when every
content part is inside double quotes, mixed when a quotation is only part of it, else indirect. ``kind`` is
left "statement" for the claim-kinds stage.
"""
from __future__ import annotations

import bisect
import functools
import inspect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import attrgetter, itemgetter, or_
from typing import Iterator, Sequence

import numpy as np

from .. import lexicons
from ..spans import Span, strip_span
from .attribution_model import CONTENT, CUE, O, SOURCE, default_model
from .cue_decision import revise_labels, veto_drafts
from .gaps import silent_phrases
from .records import Attribution, Content, Source

_DQ = "\"“”«»„"
_OPEN_DQ = "\"“«„"
_CLOSE_DQ = "\"”»"
_DQ_RE = re.compile("[" + re.escape(_DQ) + "]")
_NP_AFTER = re.compile(r"(?:[ \t\u00a0]+(?!(?:said|says|told|who|which|that|is|was|has|have|had)\b)"
                       r"[\w'’-]+(?:\.(?=\w))?){1,4}")
#: A source made of one of these words alone is a tagging slip ("The aim is ..."), not a source.
_NOT_SOURCES = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", ",",
                          "and", "of", "to", "in"})


#: ... unless it stands right before its cue: a relative "that" ("cities that support") or a possessive ("his claim")
_SOURCE_RIGHT_BEFORE_CUE = frozenset({"that", "its", "their", "his", "her"})


Spans = list[tuple[int, int]]


@dataclass(eq=False, slots=True)
class Draft:
    """An attribution while it is being assembled: character spans of its cue, source and content parts.
    Compared by identity: two drafts with the same spans are still two attributions."""

    sentence: int                         # position of its sentence in the article's sentence list
    idx: int                              # that sentence's ``index`` (the record's ``sentence``)
    cue: tuple[int, int]
    source: tuple[int, int] | None = None
    content: Spans = field(default_factory=list)
    phrase: bool = False                  # the cue is (or was widened to) a phrase of the cue lexicon
    region: tuple[int, int] | None = None  # a dash attribution's whole extent ("“Quote” ― Name")

    def cue_text(self, toks) -> str:
        """The cue's words, from the sentence's tokens ``toks`` (:func:`_text_of`)."""
        return _text_of(toks, self.cue)

    def spans(self) -> Spans:
        """The character spans this attribution occupies: cue, source and content parts."""
        return [sp for sp in (self.cue, self.source, *self.content) if sp]


#: a token's start, the key by which tokens are bisected (attrgetter: called in C, not a Python function)
_token_start = attrgetter("start")


def _occupied(drafts: Sequence[Draft], *, besides: Sequence[Draft] = ()) -> Spans:
    """The spans that ``drafts`` occupy, leaving out those of the drafts in ``besides``."""
    return [sp for d in drafts if not any(d is b for b in besides) for sp in d.spans()]


def _overlaps(span: tuple[int, int], spans: Spans) -> bool:
    a, b = span
    return any(x < b and a < y for x, y in spans)


def _insert_by_cue(drafts: list[Draft], new: Draft) -> None:
    """Put ``new`` among ``drafts`` before the first draft whose cue starts after its cue (the drafts' order)."""
    drafts.insert(next((n for n, o in enumerate(drafts) if o.cue[0] > new.cue[0]), len(drafts)), new)


def _replace_part(d: Draft, part: tuple[int, int], new: tuple[int, int]) -> None:
    """Put ``new`` in the place of the content part ``part`` of ``d`` (a part moved at one of its edges)."""
    d.content = [new if p == part else p for p in d.content]


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, b[0] - a[1], a[0] - b[1])


def find_attributions(text: str, sentences: Sequence, predicted: tuple | None = None,
                      pos: Sequence[Sequence[str]] | None = None) -> list:
    """Attributions of an article, in text order (``sentences`` from ``tokenize_text``, title included).
    ``predicted``: the model's ``(labels, bounds)`` for these sentences when already computed
    (``AttributionModel.predict_many`` over a batch of articles). ``pos``: each sentence's part-of-speech
    tags when the syntax stage has them (the passes that read chunks tag the sentence themselves otherwise).

    The passes, in order: label runs per sentence (:func:`_label_runs`), the sentence's cues
    (:func:`_sentence_cues`), sources and contents tied to them (:func:`_draft_sentence`), the sentence-level
    repairs (:func:`_refine`), quotations carried over sentences, dash attributions, and the filters for
    unlikely cues (:func:`_keep_likely`)."""
    if not sentences:
        return []
    model = default_model()
    labels, bounds = predicted if predicted is not None else model.predict(text, sentences)
    labels = revise_labels(sentences, labels, bounds, pos)
    toks = [t for s in sentences for t in s.tokens]
    per_sentence = _label_runs(labels, bounds, toks)
    phrase_hits = _phrase_hits(text, sentences)
    tok_starts = [t.start for t in toks]
    tok_ends = [t.end for t in toks]
    out: list[Draft] = []
    pending: Spans = []       # content runs of a cue-less sentence waiting for the next cue
    last: Draft | None = None  # the attribution a following floating quotation would extend
    quoted = _OpenQuotation()  # content of cue-less sentences inside a quotation still open
    prev_end = None
    for k, s in enumerate(sentences):
        new_paragraph = prev_end is not None and "\n" in text[prev_end:s.start]
        prev_end = s.end
        a0, b0 = bounds[k]
        starts, ends = tok_starts[a0:b0], tok_ends[a0:b0]  # the sentence's token edges, for bisection
        cues, phrased = _sentence_cues(text, s, starts, per_sentence[k][CUE], phrase_hits.get(k), model)
        cues = _without_list_mark_before_quotation(text, cues)
        framed = _lexicon_frame_cues(s.tokens, cues, s.lower_words)
        if framed:
            cues = sorted(cues + list(framed))
        # runs inside a cue (a phrase cue can swallow them) are part of the cue; a lexicon frame's subject is
        # its source, no content (the model can run its content label over ", the researchers caution")
        contents = _quotation_after_list_mark(text, _trim(text, _outside(per_sentence[k][CONTENT],
                                                                         cues + list(framed.values()))))
        sources = [strip_span(text, a, b) for a, b in _outside(per_sentence[k][SOURCE], cues)]
        if not cues and not s.title:
            if contents and _contents_in_final_frame(s, contents):
                contents = []  # the model read the source of a frame it found no cue in as content
            bare = (_unlabelled_said(text, s) or _unlabelled_final_frame(s) if not contents else None) or \
                _unlabelled_heard_saying(s) or _unlabelled_object_relative_speech(s) or \
                _unlabelled_object_relative_noun_speech(s) or _unlabelled_cue_after_section_label(text, s) or \
                _unlabelled_cue_before_that(s, contents)
            if bare is not None:
                cues, sources = [bare[0]], [bare[1]]
            else:
                rel = _free_relative_cue(s) or _reflexive_subject_cue(s)
                if rel is not None:
                    cues, sources, contents = [rel[0]], [rel[1]], [rel[2]]
        if cues and s.title:
            colon = _colon_attribution(text, s)
            if colon is not None and all(a > colon.cue[0] for a, _ in cues):
                # a headline "Name: words": the colon is the cue, the verbs of the words are not
                out.append(colon)
                last, pending = colon, []
                quoted.clear()
                continue
        if not cues:
            colon = _colon_attribution(text, s)
            if colon is not None:
                out.append(colon)
                last, pending = colon, []
                quoted.clear()
            elif last is not None and last.sentence == k - 1 and not new_paragraph and not s.title and \
                    text[last.cue[0]:last.cue[1]] == ":" and last.content and "\n" not in text[last.cue[1]:s.start]:
                # a speaker's turn in a transcript ("Captain Rahman: Nearly six hours. The sea was very rough.")
                # runs to the end of its line
                last.content.append(strip_span(text, s.start, s.end))
                last.sentence = k
            elif not contents and _open_quotation_runs_on(text, last, k, new_paragraph, s):
                # "Lindqvist said: “Me? On Jebel Shams? No chance.”": a sentence the model labelled nothing in,
                # inside a quotation that the previous sentence opened and left open, is its words
                last.content.append(strip_span(text, s.start, s.end))
                last.sentence = k
            elif not contents:
                last, pending = None, []
                quoted.clear()
            elif _after_ended_indirect_content(text, last, k, new_paragraph, contents) or \
                    _after_closed_mixed_content(text, last, k, new_paragraph, contents):
                last, pending = None, []  # the writer's sentence, no one's content
                quoted.add(text, s, contents, None, new_paragraph)
            elif _continues(text, last, k, new_paragraph, contents):
                last.content.extend(contents)  # a quotation running on from the previous sentence
                last.sentence = k
                quoted.add(text, s, contents, last, new_paragraph)
            else:
                last = None
                pending = [] if s.title else contents
                quoted.add(text, s, contents, None, new_paragraph)
            continue
        drafts = _draft_sentence(k, s.index, cues, phrased, sources, contents)
        for d in drafts:
            if d.cue in framed and (d.source is None or _overlaps(d.source, [d.cue])):
                d.source = framed[d.cue]
            if d.cue in framed and len(drafts) == 1:
                _clause_of_opening_frame(text, s, d, framed[d.cue])
        # a quotation left open at a paragraph's end goes on in the next one, which opens with a quotation mark
        # again ("“We have waited three years. ¶ “If the ministry wants to talk, our door is open,” he said.")
        if (not new_paragraph or text[s.start] in _OPEN_DQ) and quoted.closes_in(text, s, drafts, new_paragraph):
            pending = []
        elif pending and not new_paragraph:
            _give_pending_content(drafts, pending, s)
        pending = []
        quoted.clear()
        _refine(text, s, starts, ends, drafts, None if pos is None else pos[k])
        out.extend(drafts)
        last = drafts[-1] if drafts else None
    out = _dash_attributions(text, sentences, out)
    out = _drop_dateline(text, sentences, out)
    out = _drop_in_furniture_lines(text, out)
    out = _drop_in_notes_box(text, out)
    out = _drop_in_release_labels(text, out)
    out = _keep_likely(text, out, model.cue_prior)
    _silent_without_content(text, sentences, out)
    out = _nested_in_quotations(text, sentences, out)
    _parenthetical_cue_over_nested_quotation(text, out)
    out = _nested_in_mixed_contents(text, sentences, out)
    out = _caption_quotations(text, sentences, out)
    out = veto_drafts(sentences, out, pos)
    return [_record(text, d) for d in out]


# a speaker quoting someone inside a direct quotation: "Today the court has said, in terms, that ...",
# "The council says it has listened", "I said, 'Well, there's my whistle,'", "I told Coach I wanted it anyway"
_NESTED_VERBS = "said|says|say|told|tells|asked|asking|added|wrote|warned|insisted|replied"
_NESTED_SPEECH = re.compile(
    # a counted part of a group first ("Four of the seven members have told me ..."): _nested_partitive_speaker
    r"\b(?P<source>(?:[A-Z][a-z]+|one|two|three|four|five|six|seven|eight|nine|ten|some|most|all|many|several) of "
    r"(?:the|my|our|his|her|their|these|those) (?:[a-z]+ )?[a-z]+(?= (?:has|have|had) (?:told|said)\b)|"
    r"I|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Ee]very|[Ee]ach) [a-z]+|"
    # _nested_named_body: "The Met Service warned in June that ...", a body's name after "The"
    r"(?:The )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?: (?:has|have|had|just|then|once|always|kept|used to|would|even))* "
    rf"(?P<cue>{_NESTED_VERBS})\b")
_NESTED_VERB = re.compile(rf"\b(?:{_NESTED_VERBS})\b")  # the fast first test of a quotation
# _nested_coordinated_said: the speaker's first verb, then "and said" before an inner quotation ("He called me
# from Tenerife and said, 'Uncle, do not tell my mother until I am safe,'"): the pronoun says it
# (no relative clause between: "I remember a caller who called and said, '...'" is the caller's)
_NESTED_AND_SAID = re.compile(r"\b(?P<source>I|[Hh]e|[Ss]he|[Tt]hey|[Ww]e) (?:[a-z]+)"
                              r"(?: (?!(?:who|which|that|whom)\b)[\w'’-]+){0,8}? and "
                              r"(?P<cue>said|says|say|asked|added|wrote), (?=['‘])")
# _nested_habitual_speech: "They keep telling us it's the best we can get", "The landlord kept saying the money
# was coming": a speaker's repeated saying inside a quotation, "keep" and a participle of saying
_NESTED_HABITUAL = re.compile(
    r"\b(?P<source>I|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir) [a-z]+|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r" (?:keep|keeps|kept|keep on|kept on) (?P<cue>telling|saying|asking)\b"
    r"(?! (?:myself|ourselves|themselves|himself|herself|yourself|itself)\b)")  # self-talk is no report
_NESTED_OBJECT = re.compile(r" (?:me|him|her|us|them|[A-Z][a-z]+)\b")
# _nested_time_before_that: "warned in June that ...", "told us last year that ...": a short time phrase between
# the verb (or its listener) and its "that" is no part of the content
_NESTED_TIME_BEFORE_THAT = re.compile(r",? (?:in|on|since|last|this|earlier this|back in) "
                                      r"(?:[A-Z][a-z]+|week|month|year|spring|summer|autumn|winter)(?: \d{4})?,?"
                                      r"(?= that\b)")
_NESTED_ASIDE = re.compile(r", (?:in terms|again|later|simply|quietly|once)(?=,)")
# _nested_setting_before_quotation: "I asked at the counter, 'Is there another plane?'", "told them at the meeting,
# 'Not on my watch'": where the words were said, between the verb (or its listener) and the inner quotation
_NESTED_SETTING = re.compile(r" (?:at|in|on|during|after|before|outside|over|from) "
                             r"(?:the|a|an|my|our|his|her|their|that|this) [a-z]+(?: [a-z]+)?(?=, ['‘\"“])")
_NESTED_THAT = re.compile(r"[,:]?\s*(?:that\s+)?")  # always matches, maybe empty
_NESTED_OPENERS = frozenset("and but then so today now when".split()) | \
    frozenset("yesterday tonight earlier recently sometimes".split())  # _nested_after_time_word: "Yesterday he said, '...'"
# capitalised words that are no name: "You said", "To say", "Some say"
_NESTED_NOT_NAMES = frozenset("""You To Some Many Most Others People It This That These Those What Who Which There
    Then Now And But So When If As All Both Each Everyone Everybody Nobody Someone Somebody Anyone""".split())
_NESTED_CLAUSE_END = re.compile(r"[.!?;](?=\s|$)")
_INNER_QUOTE = {"'": "'", "‘": "’", "“": "”", '"': '"'}
# an inner quotation's closing mark: not an apostrophe ("there's")
_INNER_CLOSE = {k: re.compile(re.escape(v) + r"(?!\w)") for k, v in _INNER_QUOTE.items()}


def _nested_in_quotations(text: str, sentences: Sequence, drafts: list[Draft]) -> list[Draft]:
    """Attributions inside a direct quotation, as the unseen-news guideline annotates them (PolNeAR too): a
    pronoun, a short noun phrase or a name, a verb of saying, and what it says: the inner quotation after it
    ("I said, 'Well, there's my whistle,'") or the clause up to the end of its sentence inside the quotation
    ("Today the court has said, in terms, that this is not good enough."). The outer content keeps covering
    them. Only parts that are themselves quotations are read, and never where another cue already is."""
    out: list[Draft] = []
    cues = [d.cue for d in drafts]
    for d in drafts:
        out.append(d)
        for a, b in (_merge_parts(text, d.content) if d.content else ()):
            if not (text[a:a + 1] in _OPEN_DQ and text[b - 1:b] in _CLOSE_DQ or
                    text[a - 1:a] in _OPEN_DQ and text[b:b + 1] in _CLOSE_DQ):
                continue
            qa, qb = (a + 1, b - 1) if text[a:a + 1] in _OPEN_DQ else (a, b)
            habitual = list(_NESTED_HABITUAL.finditer(text, qa, qb)) if "keep" in text[qa:qb] or \
                "kept" in text[qa:qb] else []
            if not habitual and not _NESTED_VERB.search(text, qa, qb):
                continue
            for m in [*_NESTED_SPEECH.finditer(text, qa, qb), *_NESTED_AND_SAID.finditer(text, qa, qb), *habitual]:
                ca, cb = m.span("cue")
                before = text[qa:m.start()].rstrip(" ")
                if before and before[-1] not in ",;:.!?—–\"“‘'" and not _after_inner_quotation(before) and \
                        before.rsplit(None, 1)[-1].lower() not in _NESTED_OPENERS or \
                        any(x < cb and ca < y for x, y in cues):
                    continue
                verb, source = m.group("cue"), m.group("source")
                if source in _NESTED_NOT_NAMES or verb == "say" and text[m.start("source"):ca].count(" ") < 2:
                    continue  # a plain "I say" in a speech is the speaker's own words; "used to say" reports
                c0 = cb
                if verb in ("told", "tells", "asked", "asking", "telling"):
                    o = _NESTED_OBJECT.match(text, c0, qb)
                    setting = _NESTED_SETTING.match(text, o.end() if o else c0, qb)
                    if o is None and setting is None and verb.startswith("ask") and text[c0:c0 + 1] != ",":
                        continue  # "the questions asked in this debate", "I asked for America to pray"
                    c0 = o.end() if o else c0
                elif verb == "warned":
                    o = _NESTED_OBJECT.match(text, c0, qb)
                    c0 = o.end() if o and _NESTED_TIME_BEFORE_THAT.match(text, o.end(), qb) else c0
                o = _NESTED_ASIDE.match(text, c0, qb) or _NESTED_TIME_BEFORE_THAT.match(text, c0, qb) or \
                    _NESTED_SETTING.match(text, c0, qb)
                c0 = o.end() if o else c0
                c0 = _NESTED_THAT.match(text, c0, qb).end()
                mark = text[c0:c0 + 1]
                if mark in _INNER_QUOTE:
                    close = _INNER_CLOSE[mark].search(text, c0 + 2, qb + 1)
                    if close is None:
                        continue
                    content = (c0 + 1, close.start())
                else:
                    stop = _NESTED_CLAUSE_END.search(text, c0, qb)
                    c1 = stop.start() if stop else qb
                    content = strip_span(text, c0, c1)
                    while content[1] > content[0] and text[content[1] - 1] in ",;:—–":
                        content = (content[0], content[1] - 1)
                if len(_WORD_RE.findall(text[content[0]:content[1]])) < 2:
                    continue
                k = _sentence_at(sentences, ca)
                nested = Draft(k, sentences[k].index, (ca, cb), m.span("source"), [content])
                out.append(nested)
                cues.append((ca, cb))
    return out


def _after_inner_quotation(before: str) -> bool:
    """_nested_after_inner_quotation: does the text before a nested speaker end an inner quotation with its
    sentence ("I asked at the counter, 'Is there another plane?' They said, '...'")? A closing mark after "?", "!",
    "." or "," (an apostrophe after a letter, "the workers' union", is none)."""
    return len(before) > 1 and before[-1] in "’”'\"" and before[-2] in ".!?,"


def _sentence_at(sentences: Sequence, offset: int) -> int:
    """The position in ``sentences`` of the sentence that holds character ``offset``."""
    return max(0, bisect.bisect_right(sentences, offset, key=_sentence_start) - 1)


def _sentence_start(s) -> int:
    return s.start


def _silent_without_content(text: str, sentences: Sequence, drafts: list[Draft]) -> None:
    """A cue that says its source would not or could not speak ("declined to say whether ...", "did not
    immediately respond to a request for comment", "has not commented on the agreement", "could not be
    reached") reports no words of that source: what it is about is an information gap (``gaps.silent_phrases``,
    the withheld and unreachable rows of ``gaps.tsv``), so the attribution keeps its source and cue but no
    content. So does a reporter's question opening a sentence without a speaker ("Asked whether the pact was
    aimed at China, he said ..."): only the answer is the source's."""
    for d in drafts:
        if not d.content:
            continue
        a, b = d.cue
        s = sentences[_sentence_at(sentences, a)]  # not d.sentence: a quotation carried on ends there
        if d.source is None and text[a:b].lower().startswith("asked") and not text[s.start:a].strip(" \"'“‘("):
            d.content = []
        elif any(x < b and a < y for x, y in silent_phrases(text, max(s.start, a - 40), min(s.end, b + 40))):
            d.content = []


def _label_runs(labels: np.ndarray, bounds: list[tuple[int, int]], toks) -> list[dict[int, Spans]]:
    """Each sentence's CUE, SOURCE and CONTENT runs (tokens of one label in a row) as character spans."""
    per_sentence: list[dict[int, Spans]] = [{CUE: [], SOURCE: [], CONTENT: []} for _ in bounds]
    n = len(labels)
    if not n:
        return per_sentence
    firsts = np.array([a for a, _ in bounds], dtype=np.int64)
    change = np.ones(n, dtype=bool)
    change[1:] = labels[1:] != labels[:-1]
    change[firsts[firsts < n]] = True  # a run never crosses a sentence's start
    run_starts = np.flatnonzero(change)
    run_ends = np.append(run_starts[1:], n)
    keep = labels[run_starts] != O
    run_sent = np.searchsorted(firsts, run_starts[keep], side="right") - 1  # the non-empty sentence
    for k, lab, i, j in zip(run_sent.tolist(), labels[run_starts[keep]].tolist(),
                            run_starts[keep].tolist(), run_ends[keep].tolist()):
        per_sentence[k][lab].append((toks[i].start, toks[j - 1].end))
    return per_sentence


def _phrase_hits(text: str, sentences: Sequence) -> dict[int, Spans]:
    """The phrase cues of the lexicon found in the text, by sentence (position in ``sentences``)."""
    phrase_re = _phrase_cues()
    hits: dict[int, Spans] = {}
    if phrase_re is None:
        return hits
    sent_starts = [s.start for s in sentences]
    for m in phrase_re.finditer(text):
        k = bisect.bisect_right(sent_starts, m.start()) - 1
        if k >= 0 and m.end() <= sentences[k].end:
            hits.setdefault(k, []).append(m.span())
    return hits


def _sentence_cues(text: str, s, starts: list[int], runs: Spans, phrases: Spans | None, model
                   ) -> tuple[Spans, set[tuple[int, int]]]:
    """A sentence's cues from its CUE runs: widened to (or added from) lexicon phrases, edges moved where
    PolNeAR puts them, lone auxiliaries completed to their verb, and a colon right after a cue joined to it
    ("said:", as in PolNeAR). Also returns the cues that a lexicon phrase made or widened."""
    cues = list(runs)
    phrased: set[tuple[int, int]] = set()
    if phrases:
        cues, phrased = _with_phrases(cues, phrases)
    if cues:
        cues = _move_edges(s.tokens, starts, cues, phrased)
        cues = _complete_auxiliaries(s.tokens, starts, cues, model.cue_prior)
    return [(a, b + 1) if text[b:b + 1] == ":" else (a, b) for a, b in cues], phrased


@lru_cache(maxsize=1)
def _verb_cues() -> frozenset[str]:
    return frozenset(r["cue"].lower() for r in lexicons.load("cues") if r["type"] == "verb" and " " not in r["cue"])


@lru_cache(maxsize=1)
def _finding_sources() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in lexicons.load("finding_sources"))


_FIND = frozenset("find finds found".split())


@lru_cache(maxsize=1)
def _frame_verbs() -> frozenset[str]:
    """The verbs :func:`_lexicon_frame_cues` looks at: "find" and the one-word verb cues of ``cues.tsv``."""
    return _FIND | _verb_cues()
_FRAME_DETERMINERS = frozenset("the a an its their his her our some many several other".split())
#: verb cues that end a sentence more often as nouns or as thoughts ("in 11 states", "I think")
_FRAME_NOT_VERBS = frozenset("states report reports notes claims demands tweets think thinks believe believes "
                             "cites warning".split())
_FRAME_AUX = frozenset("has have had also".split())
_FRAME_STOP = frozenset({",", ";", ":", "(", ")", "—", "–", "--", "that", "which", "who"}) | frozenset(_DQ)


def _frame_subject(toks, j: int) -> tuple[int, int] | None:
    """Token range [a, b) of the noun phrase before the verb at ``j`` (auxiliaries between skipped), back to
    the clause's comma or the sentence's start; None if none, or if it holds a stop word or is long."""
    b = j
    while b > 0 and toks[b - 1].text.lower() in _FRAME_AUX:
        b -= 1
    a = b
    while a > 0 and toks[a - 1].text not in _FRAME_STOP and b - a < 14:
        a -= 1
    if a == b or a > 0 and toks[a - 1].text not in _FRAME_STOP:
        return None
    while a < b and toks[a].text.lower() in _LEADING:
        a += 1
    return (a, b) if a < b else None


def _lexicon_frame_cues(toks, cues: Spans, words: Sequence[str] | None = None
                        ) -> dict[tuple[int, int], tuple[int, int]]:
    """Cues the model missed in two frames of the lexicons, with their sources: a report's finding ("The study
    found that ...", "..., a new study led by researchers at X has found.": "find" after a head noun of
    ``finding_sources.tsv``), and a speech verb of ``cues.tsv`` that ends the sentence after a comma and its
    subject ("Earlier nesting is not necessarily good news, the researchers caution.")."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    if words is None:  # the tokens' texts lower-cased (the sentence's ``lower_words``)
        words = [t.text.lower() for t in toks]
    verbs = _frame_verbs()
    if verbs.isdisjoint(words):
        return out  # no verb of either frame in the sentence
    last = len(toks)
    while last > 0 and not toks[last - 1].text[:1].isalnum():
        last -= 1
    for j in [j for j, w in enumerate(words) if w in verbs]:
        if j == 0:
            continue
        w = words[j]
        span = (toks[j].start, toks[j].end)
        if _overlaps(span, cues):
            continue
        np_ = _frame_subject(toks, j)
        if np_ is None and w in _FIND:
            np_ = _finding_subject_before_aside(toks, words, j)
        if np_ is None:
            continue
        a, b = np_
        final = j == last - 1 and a >= 4 and toks[a - 1].text == "," and not _overlaps(
            (toks[a].start, toks[j].end), cues)
        if sum(t.text in _DQ for t in toks[:j]) % 2 or toks[0].text in _OPEN_DQ:
            continue  # inside a quotation: the quoted speaker's words
        if w in _FIND:
            finding = any(x in _finding_sources() for x in words[a:b])
            ok = finding and (final or j + 1 < len(toks) and words[j + 1] == "that")
        else:
            # a subject of a few words that opens with a determiner or a name, no other cue in the sentence
            ok = final and not cues and w not in _FRAME_NOT_VERBS and b - a <= 6 and \
                (words[a] in _FRAME_DETERMINERS or toks[a].text[:1].isupper()) and \
                not any(x in ("as", "than", "so", "if") or x.endswith("ed") and x.islower() for x in words[a:b])
        if not ok and w not in _FIND:
            ok = _opening_subject_that_frame(toks, words, cues, a, b, j)
        if ok:
            out[span] = (toks[a].start, toks[b - 1].end)
    return out


#: participles that open an aside between a report and its "found" ("Analysis by X, published on Monday, found")
_REPORT_ASIDE_PARTICIPLES = frozenset("""published released commissioned conducted carried funded issued presented
    compiled seen obtained""".split())


def _finding_subject_before_aside(toks, words: Sequence[str], j: int) -> tuple[int, int] | None:
    """_finding_before_participle_aside: "Analysis by the Global Adaptation Finance Tracker, published on Monday,
    found that ...": when "found" (token ``j``) follows a participle's aside set off by commas (a few words), the
    report is the noun phrase before that aside (the subject :func:`_frame_subject` gives there), else None."""
    if j < 4 or toks[j - 1].text != ",":
        return None
    c = next((k for k in range(j - 2, max(j - 9, 0), -1) if toks[k].text == ","), None)
    if c is None or words[c + 1] not in _REPORT_ASIDE_PARTICIPLES:
        return None
    return _frame_subject(toks, c)


def _clause_of_opening_frame(text: str, s, d: Draft, subject: tuple[int, int]) -> None:
    """The content of a cue of the opening frame (:func:`_opening_subject_that_frame`): the clause after its "that",
    to the sentence's end without its closing punctuation, whatever runs the model gave (it may label the
    subject as content)."""
    toks = s.tokens
    if d.source != subject or subject[0] != toks[0].start:
        return
    j = next((k for k, x in enumerate(toks) if x.start == d.cue[0]), None)
    if j is None or j + 2 >= len(toks) or toks[j + 1].text.lower() != "that":
        return
    end = len(toks)
    while end > j + 2 and not toks[end - 1].text[:1].isalnum() and toks[end - 1].text not in _DQ:
        end -= 1
    d.content = [(toks[j + 2].start, toks[end - 1].end)]


#: words that open a sentence without opening its subject ("After the camp announced that ...")
_NOT_SUBJECT_OPENERS = frozenset("""it this there after before when while as since if although though because once
    until unless whether in on at for with by from during and but so yet then""".split())
#: verbs of thought, not speech, that the opening frame leaves alone
_FRAME_THOUGHTS = frozenset("think thinks believe believes hope hopes expect expects fear fears".split())


def _opening_subject_that_frame(toks, words: list[str], cues: Spans, a: int, b: int, j: int) -> bool:
    """_subject_verb_that_frame: "Fishermen in the region report that the number of dead fish has tripled": a
    verb of saying of ``cues.tsv`` right after the sentence's opening noun phrase (a capitalised plural noun
    first, a few words, no verb, modal or pronoun in it) and right before "that", in a sentence where the model
    found no cue, is a cue with that phrase for source."""
    return not cues and a == 0 and 1 <= b - a <= 6 and j + 2 < len(toks) and words[j + 1] == "that" and \
        words[j] not in _FRAME_THOUGHTS and words[j] not in ("states", "state") and \
        _PLURAL_HEAD.fullmatch(toks[a].text) is not None and words[a] not in _NOT_SUBJECT_OPENERS \
        and not any(x in _FRAME_SUBJECT_STOPS or x.endswith(("ed", "ing", "n't")) and x.islower()
                    for x in words[a:b])


#: the subject of the opening frame: a capitalised plural noun ("Fishermen", "Residents", "Analysts")
_PLURAL_HEAD = re.compile(r"[A-Z][a-z]+(?:s|men|people)")
_FRAME_SUBJECT_STOPS = frozenset("""as than so if when while can could may might must will would shall should do
    does did not even also never who which that what why how""".split())


def _continues(text: str, last: Draft | None, k: int, new_paragraph: bool, contents: Spans) -> bool:
    """Does a cue-less sentence's content continue the previous sentence's attribution (a quotation over
    several sentences)? Across a paragraph break only when it opens with a quotation mark."""
    return last is not None and last.sentence == k - 1 and (not new_paragraph or text[contents[0][0]] in _OPEN_DQ)


def _open_quotation_runs_on(text: str, last: Draft | None, k: int, new_paragraph: bool, s) -> bool:
    """Is cue-less sentence ``s`` (no content labelled in it) the next words of a quotation the previous sentence's
    attribution opened and did not close, in the same paragraph ("Lindqvist said: “Me? On Jebel Shams? No
    chance.”", split after each question mark)? The sentence holds no opening mark of its own and words before any
    closing mark; a curly quotation is open when the text from the last content part's start to this sentence
    holds "“" and no "”" after it, a straight one when that text opens with '"' and holds no other."""
    if last is None or last.sentence != k - 1 or new_paragraph or not last.content or s.title:
        return False
    a, _ = last.content[-1]
    part, words = text[a:s.start], text[s.start:s.end]  # the last part up to this sentence, and this sentence
    if "“" in part:
        opened = "”" not in part[part.rindex("“"):]
    else:
        opened = part[:1] == '"' and part.count('"') == 1
    if not opened or "“" in words or words.count('"') > 1:
        return False
    close = next((n for n, ch in enumerate(words) if ch in '"”'), len(words))
    return any(ch.isalnum() for ch in words[:close])  # words of the quotation before it closes, if it does


def _draft_sentence(k: int, idx: int, cues: Spans, phrased: set, sources: Spans, contents: Spans
                    ) -> list[Draft]:
    """One draft per cue; each source run goes to its nearest cue, which keeps its nearest source; each
    content run goes to its nearest cue (the earlier one on a tie when the content follows it)."""
    drafts = [Draft(k, idx, c, phrase=c in phrased) for c in cues]
    for src in sources:
        d = min(drafts, key=lambda x: _distance(src, x.cue))
        if d.source is None or _distance(src, d.cue) < _distance(d.source, d.cue):
            d.source = src
    for con in contents:
        d = min(drafts, key=lambda x: (_distance(con, x.cue), x.cue[0] > con[0]))
        d.content.append(con)
    return drafts


def _list_mark_before(text: str, pos: int) -> bool:
    """Is the text of ``pos``'s line before it a list mark ("* ", "• ") and white space?"""
    return text[text.rfind("\n", 0, pos) + 1:pos].strip() in _LIST_MARKS and text[pos - 1:pos] in " \t"


def _without_list_mark_before_quotation(text: str, cues: Spans) -> Spans:
    """"• “We will fight this. It is unfair,” Mwale said.": the mark that opens a list item's line before a
    quotation is the page's, no cue (the model takes a "•" there for one, as it takes the dash of PolNeAR's
    signature lines, "- Bernie Sanders.", which are not followed by a quotation mark and stay cues)."""
    out = []
    for a, b in cues:
        rest = text[b:b + 3].lstrip(" \t")
        if text[a:b].strip() in _LIST_MARKS and _opens_paragraph(text, a) and rest[:1] in _OPEN_DQ:
            continue
        out.append((a, b))
    return out


def _quotation_after_list_mark(text: str, contents: Spans) -> Spans:
    """A list item that opens with a quotation ("* \"Zambians have watched the price double. That ends now,\" Mwale
    said."): the model's first content run starts after the opening mark (or a word or two after it), which the
    mark of the list before it left unlabelled; the run takes the opening mark back, so that the quotation is seen
    to open there and to run on over the item's next sentences, as it does at the start of a paragraph."""
    if not contents:
        return contents
    a, b = contents[0]
    if text[a:a + 1] in _LIST_MARKS and _opens_paragraph(text, a):
        # (the retrained model of branch repro18 runs its content label over the mark itself)
        q = a + 1
        while q < b and text[q] in " \t":
            q += 1
        if q < b and text[q] in _OPEN_DQ:
            return [(q, b), *contents[1:]]
    line = text.rfind("\n", 0, a) + 1
    q = next((i for i in range(line, a) if text[i] in _OPEN_DQ), None)
    if q is None or not _list_mark_before(text, q) or not all(c.isalnum() or c in " '’-" for c in text[q + 1:a]):
        return contents  # (a run that starts a few words into the quotation: the model missed its first words)
    return [(q, b), *contents[1:]]


def _opens_paragraph(text: str, pos: int) -> bool:
    """Is ``pos`` the first character of its paragraph (only spaces before it on its line)?"""
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


class _OpenQuotation:
    """The content parts of cue-less sentences in a row that lie inside one quotation, opened in the first of
    them and still open at the end of the last (``"A. B. C," she said.``), and the draft they were first given
    to (a previous sentence's attribution they seemed to continue), if any."""

    def __init__(self):
        self.parts: Spans = []
        self.owner: Draft | None = None
        self.opened = 0  # where the quotation (re)opened: its first part in the current paragraph

    def clear(self) -> None:
        self.parts, self.owner = [], None

    def add(self, text: str, s, contents: Spans, owner: Draft | None, new_paragraph: bool) -> None:
        if self.parts and not new_paragraph and _ends_inside_quote(text[self.opened:s.start]):
            self.parts.extend(contents)  # the quotation runs on
        elif self.parts and new_paragraph and text[contents[0][0]] in _OPEN_DQ and \
                _ends_inside_quote(text[self.opened:s.start]) and _opens_paragraph(text, self.parts[0][0]):
            # _quotation_over_paragraphs: a paragraph that opens a quotation and leaves it open, reopened by the
            # next, is one quotation ("Professor X puts it bluntly. ¶ “Harare's works were designed for 300,000
            # people. ¶ “You can add all the chemicals you like. Until the sewage is fixed, you are treating the
            # symptom,” he says."), whoever the first paragraph was given to. Not a quotation opened after its
            # cue in the paragraph before ("“…,” Rubio said. “But presidents … ¶ “I'm not …,” he continued."):
            # that one is the first cue's
            self.parts.extend(contents)
            self.opened = contents[0][0]
        elif text[contents[0][0]] in _OPEN_DQ:
            self.parts, self.owner = list(contents), owner  # a quotation opens here
            self.opened = contents[0][0]
        else:
            self.clear()
            return
        if not _ends_inside_quote(text[self.opened:s.end]):
            self.clear()  # closed within the sentence: nothing waits for a cue

    def closes_in(self, text: str, s, drafts: list[Draft], new_paragraph: bool = False) -> bool:
        """When the quotation is closed in sentence ``s`` by the content of one of its cues (a content that
        starts the sentence, before its cue), give that cue the parts before: a quotation belongs to the cue
        that closes it, not to the attribution before it. True when it did. In a new paragraph only when that
        cue's source is a pronoun or the same words as the first owner's: a new name ("added Rep. Jim
        Clyburn") is more often a new quotation after a closing mark the writer forgot."""
        if not self.parts or not _ends_inside_quote(text[self.opened:s.start]):
            return False
        first = next((t for t in s.tokens), None)
        target = None
        for d in drafts:
            if d.content and min(d.content)[0] < d.cue[0] and first is not None and \
                    min(d.content)[0] <= first.end:
                target = d
                break
        if target is None:
            return False
        if new_paragraph:
            said_by = text[target.source[0]:target.source[1]] if target.source else ""
            owner_by = text[self.owner.source[0]:self.owner.source[1]] if self.owner and self.owner.source else None
            if said_by.lower() not in _PRONOUNS and said_by != owner_by or text[s.start] != text[self.parts[0][0]]:
                return False  # also a quotation mark of another kind: an excerpt's straight marks around “…”
        if self.owner is not None:
            moved = set(self.parts)
            self.owner.content = [c for c in self.owner.content if c not in moved]
        target.content.extend(self.parts)
        return True


def _give_pending_content(drafts: list[Draft], pending: Spans, s=None) -> None:
    """A previous cue-less sentence's content goes to this sentence's first cue without content, unless that
    cue is a frame that ends its sentence after a clause of its own (:func:`_frame_of_own_clause`)."""
    empty = [d for d in drafts if not d.content]
    if empty and not (s is not None and _frame_of_own_clause(s.tokens, empty[0])):
        empty[0].content.extend(pending)


def _frame_of_own_clause(toks, d: Draft) -> bool:
    """_own_clause_before_final_frame: is the cue a frame that ends its sentence, a few words after a comma
    that closes an unquoted clause of four tokens or more ("A man was arrested. He has been released on bail
    pending further enquiries, police said.")? The clause is its content, not the sentence before it."""
    i = bisect.bisect_left(toks, d.cue[0], key=_token_start)
    after = [t for t in toks[i:] if t.start >= d.cue[1] and t.text[:1].isalnum()]
    j = i
    while j > 0 and toks[j - 1].text != "," and i - j < 6:
        j -= 1
    if len(after) > 4 or j < 5 or toks[j - 1].text != ",":
        return False
    # no quotation mark before the cue, nor any token of single marks: the New York Times' ''...'' comes as two
    # "'" tokens ("He knows exactly what he's doing,'' Mr. Rubio said.": a quotation from the sentence before)
    return not any(t.text in _DQ or t.text.strip("'`’‘") == "" for t in toks[:i])


def _adjacent(text: str, a: int, b: int) -> bool:
    """At most two words between ``a`` and ``b``, and no end of a sentence or line."""
    between = text[a:b]
    return len(between.split()) <= 2 and not any(ch in between for ch in ".!?\n")


def _keep_likely(text: str, drafts: list[Draft], prior: dict[str, int]) -> list[Draft]:
    """Without a source, only a likely cue word makes an attribution ("The aim is to ..." does not); a
    passive of purpose ("are designed to") never does."""
    kept = []
    for d in drafts:
        likely = d.source is not None or _likely_cue(text, d.cue, prior)
        fragment = not likely or (text[d.cue[0]:d.cue[1]] == ":" and kept and d.source is not None
                                      and d.source[0] >= kept[-1].cue[1])
        if fragment and d.content and kept and not kept[-1].content and kept[-1].cue[1] <= d.cue[0] and \
                _adjacent(text, kept[-1].cue[1], d.cue[0]):
            # "said outside court: “...”": the content the model gave to "court:" (or to ":" with "outside
            # court" for source) is the cue's before
            kept[-1].content = d.content
        elif likely:
            kept.append(d)
    return [d for d in kept if not _purpose_passive(text, *d.cue) and not _participle_after_determiner(text, *d.cue)
            and not _verb_with_particle(text, *d.cue) and not _addressee_of_passive(text, d)]


def _likely_cue(text: str, cue: tuple[int, int], prior: dict[str, int]) -> bool:
    """Does the cue hold a word that is a cue often enough in PolNeAR train (the model's ``cue_prior`` bucket 3
    or more) or a single-word cue of the lexicon? Without a source, only such a cue makes an attribution."""
    lex = _single_cues()
    return any(prior.get(w, 0) >= 3 or w in lex for w in text[cue[0]:cue[1]].lower().split())


_ADDRESSED = frozenset("asked told urged".split())
_REQUEST_OR_TOPIC = re.compile(r"\s+(?:to|about|for)\b")


def _addressee_of_passive(text: str, d: Draft) -> bool:
    """Is the draft "Subject be asked/told/urged" and then "to", "about" or "for" ("Anyone with information is
    asked to call 101", "Ajax head coach Ruud Verbeek was asked about the speculation")? Its subject is the
    one spoken to, not a source, and what follows is a request or a topic, no report of theirs. A question
    after it stays ("Ronald Reagan was once asked how the Cold War would end": PolNeAR annotates it)."""
    words = _WORD_RE.findall(text[d.cue[0]:d.cue[1]].lower())
    topic = len(words) >= 3 and words[-1] in ("to", "about", "for")  # the cue took the preposition in
    if topic:
        words = words[:-1]
    if len(words) < 2 or words[-1] not in _ADDRESSED or not any(w in _BE for w in words[:-1]):
        return False
    return d.source is not None and d.source[1] <= d.cue[0] and \
        (topic or _REQUEST_OR_TOPIC.match(text, d.cue[1]) is not None)


@lru_cache(maxsize=1)
def _non_cue_particles() -> frozenset[tuple[str, str]]:
    return frozenset((r["verb"].lower(), r["particle"].lower()) for r in lexicons.load("non_cue_particles"))


def _verb_with_particle(text: str, a: int, b: int) -> bool:
    """Is the cue ``[a, b)`` a verb with a particle that makes it no speech ("wrote down the value", "called off
    the strike"; lexicon ``non_cue_particles.tsv``), the particle inside the cue or right after it? Not a word
    that opens a quotation after the verb ('adding "to all the voters ...: Forward!"'): a quotation mark between
    them is a token of its own, so they are no pair."""
    words = _WORD_OR_MARK.findall(text[a:b].lower()) + _WORD_OR_MARK.findall(text[b:b + 12].lower())[:1]
    return any((x, y) in _non_cue_particles() for x, y in zip(words, words[1:]))


_WORD_OR_MARK = re.compile(r"\w+|[\"“”'‘’«»]")  # words, and the quotation marks between them


_DETERMINER_BEFORE = re.compile(r"(?:^|\W)(?:the|a|an|his|her|their|its|our)\s+$", re.I)


def _participle_after_determiner(text: str, a: int, b: int) -> bool:
    """Is the cue ``[a, b)`` one past participle right after a determiner ("the accused issued fake letters",
    "the alleged victim", "their reported remarks"), alone or with the verb after it that is no cue ("the
    [accused issued] fake letters")? It is a noun or an adjective there, not a verb."""
    word = text[a:b]
    if " " in word:  # the model's cue ran on to the verb after the noun ("the [accused issued] fake letters")
        word, rest = word.split(" ", 1)
        if not rest.isalpha() or rest.lower() in _single_cues():
            return False
    return word.isalpha() and word.lower().endswith("ed") and _DETERMINER_BEFORE.search(text, max(0, a - 8), a) is not None


_WORD_RE = re.compile(r"[\w'’]+")
_TO_OR_FOR = re.compile(r"\s*(?:to|for)\b", re.I)


@lru_cache(maxsize=1)
def _non_cues() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in lexicons.load("non_cues"))


def _purpose_passive(text: str, a: int, b: int) -> bool:
    """Is the cue ``[a, b)`` a passive of purpose or plan ("are designed" in "The guarantees are designed to
    ensure ...", lexicon ``non_cues.tsv``): such a participle after a form of "be", followed by "to" or "for"?"""
    words = _WORD_RE.findall(text[a:b].lower())
    if not words or words[-1] not in _non_cues():
        return False
    if len(words) == 1:  # the form of "be" may stand just before the cue
        before = _WORD_RE.findall(text[max(0, a - 12):a].lower())
        if not before or before[-1] not in _BE_FORMS:
            return False
    elif not any(w in _BE_FORMS for w in words[:-1]):
        return False
    return _TO_OR_FOR.match(text, b) is not None


#: moving a cue edge takes this many times more train cues drawing it there than not, and this many at least
EDGE_RATIO = 2.0
EDGE_MIN = 3


@lru_cache(maxsize=1)
def _edge_counts() -> dict[tuple[str, str], tuple[int, int, int]]:
    return {(x, y): (i, r, l) for x, y, i, r, l in default_model().vocab.get("cue_edges", [])}


def _move_edges(toks, starts: list[int], cues: list[tuple[int, int]], keep: set) -> list[tuple[int, int]]:
    """Each cue's edges moved by a token at a time where PolNeAR's train cues mostly put them (the model's
    ``cue_edges`` counts): "wrote to" -> "wrote", "reported" -> "reported by". Cues in ``keep`` (lexicon
    phrases) stay as they are; a cue never grows into another."""
    edges = _edge_counts()
    if not edges or not cues:
        return cues
    taken = set()
    spans = []
    for a, b in cues:
        i, j = _token_starting(starts, a), _token_ending(toks, starts, b)
        spans.append((i, j))
        if i is not None and j is not None:
            taken.update(range(i, j + 1))
    lows: dict[int, str] = {}

    def low(k: int) -> str:
        w = lows.get(k)
        if w is None:
            w = lows[k] = toks[k].text.lower()
        return w

    def wins(x, y, k, other):
        c = edges.get((low(x), low(y)))
        return c is not None and c[k] >= EDGE_MIN and c[k] >= EDGE_RATIO * c[other]

    out = []
    for (a, b), (i, j) in zip(cues, spans):
        if (a, b) in keep or i is None or j is None:
            out.append((a, b))
            continue
        i0, j0 = i, j
        while j > i and wins(j - 1, j, 1, 0):
            j -= 1
        if j == j0:
            while j + 1 < len(toks) and j + 1 not in taken and j - j0 < 3 and wins(j, j + 1, 0, 1):
                j += 1
        while i < j and wins(i, i + 1, 2, 0):
            i += 1
        if i == i0:
            while i > 0 and i - 1 not in taken and i0 - i < 3 and wins(i - 1, i, 0, 2):
                i -= 1
        taken.update(range(i, j + 1))
        out.append((toks[i].start, toks[j].end))
    return out


def _token_starting(starts: list[int], pos: int) -> int | None:
    """The index of the token that starts at ``pos`` (``starts``: the sentence's token starts), if one does."""
    i = bisect.bisect_left(starts, pos)
    return i if i < len(starts) and starts[i] == pos else None


def _token_ending(toks, starts: list[int], pos: int) -> int | None:
    """The index of the token that ends at ``pos``, if one does."""
    j = bisect.bisect_left(starts, pos) - 1
    return j if j >= 0 and toks[j].end == pos else None


def _complete_auxiliaries(toks, starts: list[int], cues: list[tuple[int, int]], prior: dict[str, int]
                          ) -> list[tuple[int, int]]:
    """A cue of auxiliaries alone ("has been" in "Rutte has been actively discussing ...") is the start of
    one: it runs on over adverbs to the verb, when that verb is a likely cue (train cue prior, or the cue
    lexicon) and no other cue starts in between: "has been actively discussing"."""
    lex = _single_cues()
    out = []
    for k, (a, b) in enumerate(cues):
        i, j = _token_starting(starts, a), _token_ending(toks, starts, b)
        if i is None or j is None or j < i or not all(t.text.lower() in _AUX for t in toks[i:j + 1]):
            out.append((a, b))
            continue
        limit = cues[k + 1][0] if k + 1 < len(cues) else None
        m = j + 1
        while m < len(toks) and m - j <= 3 and (limit is None or toks[m].start < limit):
            w = toks[m].text.lower()
            if w.endswith("ly") or w in _ADVERBS or w in _AUX:
                m += 1
                continue
            if prior.get(w, 0) >= 3 or w in lex:
                b = toks[m].end
            break
        out.append((a, b))
    return out


# “Quotation.” ― Name (an epigraph or a list of voices): the dash is the cue
_DASH_QUOTE = re.compile(r"([“\"][^“”\"\n]{3,}[”\"])[ \t\u00a0]*(―|—|–|--)[ \t\u00a0]*"
                         r"([A-Z][\w.'’-]*(?:[ \t\u00a0]+(?:[A-Z][\w.'’-]*|de|la|van|von|del))"
                         r"{0,4})")


# the same as a whole line (a list of voices, one a line): the quotation runs from the line's first quotation
# mark to its last, whatever quotation marks (nested, or a typo's closing mark for an opening one) stand inside
_DASH_LINE = re.compile(r"(?m)^[ \t\u00a0]*([“”\"][^\n]{3,}[”\"])[ \t\u00a0]*(―|—|–|--)[ \t\u00a0]*"
                        r"([A-Z][\w.'’-]*(?:[ \t\u00a0]+(?:[A-Z][\w.'’-]*|de|la|van|von|del)){0,4})[ \t\u00a0.]*$")


def _dash_matches(text: str) -> list[re.Match]:
    """The “Quotation.” ― Name matches of the text, in order, a whole line's first where both find one dash."""
    if "—" not in text and "–" not in text and "―" not in text and "--" not in text:
        return []  # (both expressions need one of the dashes: half of PolNeAR train's texts hold none)
    lines = {m.start(2): m for m in _DASH_LINE.finditer(text)}
    rest = [m for m in _DASH_QUOTE.finditer(text) if m.start(2) not in lines]
    return sorted([*lines.values(), *rest], key=lambda m: m.start(2))


def _dash_attributions(text: str, sentences: Sequence, drafts: list[Draft]) -> list[Draft]:
    """“Quotation.” ― Name: the dash is the cue. Such an attribution takes its characters from the others."""
    found = []
    for m in _dash_matches(text):
        src_s, src_e = m.span(3)
        while src_e > src_s and text[src_e - 1] in ".,":
            src_e -= 1
        k = bisect.bisect_right([s.start for s in sentences], m.start(2)) - 1
        if k < 0:
            continue
        found.append(Draft(k, sentences[k].index, m.span(2), (src_s, src_e), [m.span(1)],
                           region=(m.start(), src_e)))
    if not found:
        return drafts
    regions = [r.region for r in found]
    kept = []
    for d in drafts:
        if any(a <= d.cue[0] < b for a, b in regions):
            continue
        d.content = [c for c in d.content if not _overlaps(c, regions)]
        if d.source and _overlaps(d.source, regions):
            d.source = None
        kept.append(d)
    return sorted(kept + found, key=lambda x: x.cue[0])


_AUX = frozenset("has have had is are was were be been will would also has already repeatedly then since "
                 "not never could should may might must can shall".split())
_COORD = frozenset({"and", "but", "or"})
_ADVERBS = frozenset("even also again then still repeatedly further later".split())
_BE = frozenset("is are was were be been being".split())
_BE_FORMS = _BE | {"'s", "’s"}
_PRONOUNS = frozenset("he she they we i it you".split())

class _SentenceTags:
    """A sentence's POS tags for the passes of :func:`_refine` that read them: the syntax stage's, or tagged
    on the first call, once for all the passes."""

    __slots__ = ("_sentence", "_tags")

    def __init__(self, sentence, tags: Sequence[str] | None) -> None:
        self._sentence, self._tags = sentence, tags

    def __call__(self) -> Sequence[str]:
        if self._tags is None:
            from ..syntax import pos_tags

            self._tags = pos_tags([self._sentence])[0]
        return self._tags


def _pos(s, tags: "_SentenceTags | Sequence[str] | None") -> Sequence[str]:
    """The POS tags of sentence ``s`` for a pass that reads them (``tags``: the sentence's lazy tags in
    :func:`_refine`, or its tags, or None when a pass runs alone)."""
    return (tags if isinstance(tags, _SentenceTags) else _SentenceTags(s, tags))()


def _refine(text: str, s, starts: list[int], ends: list[int], drafts: list[Draft],
            tags: Sequence[str] | None = None) -> None:
    """Sentence-level repairs of the model's runs, in place (``drafts`` are the sentence's attributions), one
    pass each, in the order of :func:`_pass_order` (at the end of this module); a pass with triggers
    (:data:`_TRIGGERS`) runs only when the sentence holds one of them."""
    getters, steps = _passes()
    given = (text, s, s.tokens, starts, ends, drafts, _SentenceTags(s, tags))  # in the order of _ARGUMENTS
    args = [get(given) for get in getters]  # each argument list the passes take, once per sentence
    index = _pass_index(steps)
    bits = index.mask(s.lower_words)
    for table in index.tables:  # eight passes at a time: those of them the sentence runs, in order
        for run, k in table[bits & 0xFF]:
            run(*args[k])
        bits >>= 8


class _PassIndex:
    """Which passes of ``steps`` (:func:`_passes`) a sentence runs, from its words: an inverted index from each
    trigger word to the passes it opens (one bit per pass, a pass without triggers always set), built once, and
    for each run of eight passes a table from its eight bits to those of them that run, in order. A sentence
    costs a look-up per word and one per eight passes, instead of a set test per pass; the passes run are those
    whose triggers the sentence's words hold (or that have none), in the order of ``steps``, as before.
    (A table of whole plans, one per set of bits, did not pay: PolNeAR train's sentences give one set in two.)"""

    __slots__ = ("steps", "_always", "_by_word", "tables")

    def __init__(self, steps: tuple) -> None:
        self.steps = steps
        self._always = 0
        self._by_word: dict[str, int] = {}
        for i, (_, _, triggers) in enumerate(steps):
            if triggers is None:
                self._always |= 1 << i
            else:
                for w in triggers:
                    self._by_word[w] = self._by_word.get(w, 0) | 1 << i
        w = 8  # passes per table: 256 rows each
        self.tables = tuple(
            tuple(tuple((steps[j][0], steps[j][1]) for j in range(first, min(first + w, len(steps)))
                        if bits >> (j - first) & 1)
                  for bits in range(1 << w))
            for first in range(0, len(steps), w))

    def mask(self, words: Sequence[str]) -> int:
        """The bits of the passes a sentence of lower-cased ``words`` runs (bit i: ``steps[i]``)."""
        return functools.reduce(or_, map(self._by_word.get, words, repeat(0)), self._always)

    def runs(self, words: Sequence[str]) -> list:
        """(pass, index of its argument list) of each pass to run on a sentence of lower-cased ``words``, in
        order (what :func:`_refine` walks)."""
        bits = self.mask(words)
        out = []
        for table in self.tables:
            out.extend(table[bits & 0xFF])
            bits >>= 8
        return out


_INDEX: list = [None]  # the _PassIndex of the steps last run (tests and benchmarks swap _passes for their own)


def _pass_index(steps: tuple) -> _PassIndex:
    index = _INDEX[0]
    if index is None or index.steps is not steps:
        index = _INDEX[0] = _PassIndex(steps)
    return index


def _clause_words(rest, closing) -> list:
    """The tokens ``rest`` after a verb of saying as its content's words: without a leading "that", comma or colon,
    and without trailing punctuation other than the ``closing`` quotation marks."""
    a, b = 0, len(rest)
    while a < b and (rest[a].text.lower() == "that" or rest[a].text in (",", ":")):
        a += 1
    while b > a and not rest[b - 1].text[:1].isalnum() and rest[b - 1].text not in closing:
        b -= 1
    return list(rest[a:b])


# "rejected claims its fund has stalled", "denied reports that two officials had been detained": a rejection
# verb, a noun naming someone else's claim, and that claim's clause
_REJECT_VERBS = frozenset("""reject rejects rejected rejecting deny denies denied denying dismiss dismisses dismissed
    dismissing refute refutes refuted refuting""".split())
_CLAIM_NOUNS = frozenset("""claim claims report reports suggestion suggestions allegation allegations accusation
    accusations charge charges rumour rumours rumor rumors speculation assertion assertions notion idea""".split())
_CLAIM_DETERMINERS = frozenset("""the any all these those such recent persistent repeated widespread media press
    fresh earlier new""".split())
_CLAIM_TAIL = frozenset(", ; after before as while when and but since because".split())


def _rejected_claim_clause(s, starts: list[int], drafts: list[Draft],
                           tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The government has rejected claims its fund has stalled", "The ministry denied reports that two of its
    officials had been detained": the content is the claim's clause (without "that"), the words the source
    rejects, and the cue is the verb of rejection (its kind, ``rejection``, comes from the claim-cue lexicon);
    the noun ("claims", "reports", "suggestions") is neither. A "that" followed by a verb opens a relative clause
    ("denied the claims that were made"), and without "that" the clause needs a finite verb of its own
    ("denied the charge on Tuesday" stays as it is)."""
    toks = s.tokens
    for d in drafts:
        i, j = _token_starting(starts, d.cue[0]), _token_ending(toks, starts, d.cue[1])
        if i is None or j is None:
            continue
        v = next((k for k in range(j, i - 1, -1) if toks[k].text.lower() in _REJECT_VERBS), None)
        if v is None:
            continue
        n = v + 1
        while n < len(toks) and n - v <= 3 and toks[n].text.lower() in _CLAIM_DETERMINERS:
            n += 1
        if n >= len(toks) or toks[n].text.lower() not in _CLAIM_NOUNS:
            continue
        c = n + 1
        that = c < len(toks) and toks[c].text.lower() == "that"
        c += that
        if c >= len(toks) or not toks[c].text[:1].isalnum():
            continue
        end = len(toks)
        while end > c and not toks[end - 1].text[:1].isalnum() and toks[end - 1].text not in _DQ:
            end -= 1
        others = [a for a, _ in _occupied(drafts, besides=[d]) if a >= toks[c].start]
        if others:
            end = min(end, bisect.bisect_left(starts, min(others)))
        stop = next((k for k in range(c, end) if toks[k].text in (";", ",", "—", "–", "(")), end)
        if stop - c < 2:
            continue
        tag = _pos(s, tags)
        if that and tag[c][:2] in ("VB", "MD"):
            continue  # a relative clause on the noun
        if not that and not any(tag[k] in ("VBD", "VBZ", "VBP", "MD") for k in range(c + 1, stop)):
            continue
        # the clause runs to the sentence's end or the next attribution, unless the content already stops before
        ends = [b for a, b in d.content if b > toks[c].start]
        last = min(max(ends), toks[end - 1].end) if ends else toks[end - 1].end
        k = bisect.bisect_left(starts, last) - 1
        while k > c and toks[k].text.lower() in _CLAIM_TAIL:
            k -= 1  # "... has stalled, after": the model's content ran into the next clause's opening word
        if k < c + 1:
            continue
        last = toks[k].end
        d.cue = (d.cue[0], toks[v].end)
        d.content = [(toks[c].start, last)]


_REJECTED_ACTS = _CLAIM_NOUNS | frozenset("""criticism criticisms argument arguments comment comments remark remarks
    statement statements account accounts version story stories allegations""".split())


def _rejected_act_without_content(s, starts: list[int], drafts: list[Draft],
                                  tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The senator denied the charge", "a spokesperson rejected the allegation and said ...": a rejection verb
    whose object names another's speech act reports no words of its source (the guideline's speech acts
    without content, like "criticized the move" or "defended the Bill", whose content belongs to the saying
    that follows): the attribution keeps source and cue, its kind ``rejection``, and no content. A rejected
    thing keeps its noun phrase, as PolNeAR annotates it ("rejected the offer", "denied any wrongdoing": with
    every noun phrase cleared, PolNeAR dev fell, content exact 0.5004 -> 0.4996, whole 0.7271 -> 0.7261), and so
    does a denied charge ("denied the charges through his lawyer": content "the charges", :func:`_denied_charge`)."""
    toks = s.tokens
    for d in drafts:
        if len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        j = _token_ending(toks, starts, d.cue[1])
        if j is None or toks[j].text.lower() not in _REJECT_VERBS:
            continue
        a, b = d.content[0]
        idx = [k for k, t in enumerate(toks) if a <= t.start and t.end <= b]
        if not idx or idx[0] != j + 1 or any(toks[k].text in _DQ for k in idx):
            continue
        tag = _pos(s, tags)
        if any(tag[k][:2] in ("VB", "MD") or toks[k].text.lower() in ("that", "as") for k in idx):
            continue  # a clause, or "dismissed the report as 'pure fiction'" (a description, mixed)
        head = next((k for k in idx if tag[k][:2] == "NN"), None)
        if head is None:
            continue
        while head + 1 <= idx[-1] and tag[head + 1][:2] == "NN":
            head += 1
        if _denied_charge(toks[j].text, toks[head].text):
            d.content = [(toks[idx[0]].start, toks[head].end)]  # the charge, without "through his lawyer"
        elif toks[head].text.lower() in _REJECTED_ACTS:
            d.content = []


# words that end a series of verb phrases before "and said": a clause or a quotation of its own begins
_SERIES_STOP = frozenset("""that which who whom whose when if because while although though as after before since
    until ; : ( ) — – --""".split()) | frozenset(_DQ) | {"'", "‘", "’"}


def _speech_after_verb_series(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"He just looked at me and said, 'Then make it.'", "Ms Varga paused, smiled and added: ...", "The striker
    shrugged his shoulders and said ...", "The owner answered the protesters by saying ...", "He charges ¥300, half
    the standard, and says ..." (a present after a present): a speech verb of the
    cue lexicon after "and" (or its "-ing" form after "by"), behind a series of verb
    phrases (commas and "and" between them) that follow the sentence's opening noun phrase, has that noun phrase
    for source; a verb of the series that the model took for a cue and whose content holds the speech verb
    ("paused" + "smiled and added: ...") is no cue. The other verbs of the series stay as the model found them
    (PolNeAR annotates "called on X to", "denounced", "expressed concern about": dropping every verb of the
    series removed 5 such cues from 200 train texts)."""
    toks = s.tokens
    lex = _single_cues()
    first = [k for k, t in enumerate(toks) if t.text.lower() in ("and", "by")]
    if not first or len(toks) < 5:
        return
    tag = None
    for n in first:
        v = n + 1
        while v < len(toks) and toks[v].text.lower() in _ADVERBS:
            v += 1
        if v >= len(toks) or toks[v].text.lower() not in lex or not toks[v].text.lower().endswith(
                ("ing",) if toks[n].text.lower() == "by" else ("ed", "id", "ld", "s")):
            continue  # "and said", "and says" (after a verb in the present), "by saying"
        if n > 14 or any(t.text.lower() in _SERIES_STOP for t in toks[:n]):
            continue
        tag = tag if tag is not None else _pos(s, tags)
        # the opening noun phrase: determiners, adjectives, nouns and names, then an adverb or two, then a verb
        k = 0
        while k < n and (tag[k][:2] in ("DT", "JJ", "NN", "PR", "CD") or tag[k] == "POS"):
            k += 1
        if k == 0 or tag[k - 1][:2] not in ("NN", "PR"):
            continue
        subj = (toks[0].start, toks[k - 1].end)
        m = k
        while m < n and tag[m] == "RB":
            m += 1
        first_tag = tag[m] if m < n else None
        if m < n and toks[m].text == "," and k >= 2 and tag[k - 2][:2] in ("NN", "PR") and \
                tag[n - 1] in ("VBD", "VBZ", "VBP"):
            # "Crane rose, smiled and told": the series' first verb read as the subject's last noun ("rose"),
            # told by the series' last verb before "and"
            subj, m, first_tag = (toks[0].start, toks[k - 2].end), k - 1, tag[n - 1]
        if m >= n or first_tag not in ("VBD", "VBZ", "VBP") or tag[v] == "VBZ" and first_tag != "VBZ":
            continue  # "He charges ¥300, half the standard, and says ...": a present after a present
        series = (toks[m].start, toks[n].start)
        verb = (toks[v].start, toks[v].end)
        inside = [o for o in drafts if series[0] <= o.cue[0] and o.cue[1] <= series[1]]
        if any(_speech_cue(o, toks) for o in inside):
            continue  # "X denied the report and said ...": a speech act of its own (other passes)
        cue = next((o for o in drafts if _overlaps(verb, [o.cue])), None)
        if cue is not None and cue.source is not None and not _overlaps(cue.source, [subj]):
            if not (series[0] <= cue.source[0] and cue.source[1] <= series[1]):
                continue
        taken = [o for o in inside if any(a <= verb[0] and verb[1] <= b for a, b in o.content)]
        if cue is None:
            if not taken:
                continue
            rest = _clause_words(toks[v + 1:], _QUOTE_MARKS)
            if len([t for t in rest if t.text[:1].isalnum()]) < 2:
                continue
            cue = Draft(taken[0].sentence, taken[0].idx, verb, None, [(rest[0].start, rest[-1].end)])
            drafts.insert(drafts.index(taken[0]) + 1, cue)
        cue.source = subj
        for o in taken:
            drafts.remove(o)


_OBJECT_SPEECH_PARTICLES = {"called": ("for", "on"), "calling": ("for", "on")}
_OBJECT_SPEECH_SKIP = frozenset("has have had also then later again repeatedly".split())


def _speech_verb_after_object(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"X has sharply criticized the trade deals and called for steep new tariffs", "Obama responded to a
    mother by saying his refusal ... was a manufactured issue", "X supported Democrats during his time on the
    network, which let him go, and said he did not support Y", "X has questioned the system, saying ...", "X
    defended the budget, calling it “a plan for families”": a verb of saying of the cue lexicon (or "called
    for", "called on", or "called"/"calling" with an object and a quoted description) after "and"/"but", or its "-ing" form after
    "by" or a comma, inside the content of an attribution whose content is an object (no finite verb outside a
    relative clause, nor a subject and its verb at the start, a bare participle counted: not "Merrill says
    Machado promised ... and said", whose "said" is Machado's, :func:`_coordinated_with_content_verb`) is an
    attribution of its own, with the same source and the rest of the content; the first keeps its object."""
    toks = s.tokens
    lex = _single_cues()
    for d in list(drafts):
        if d.source is None or len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        a, b = d.content[0]
        idx = [n for n, t in enumerate(toks) if a <= t.start and t.end <= b]
        if len(idx) < 4:
            continue
        tag = None
        relative = False
        for m, n in enumerate(idx):
            w = toks[n].text.lower()
            if toks[n].text in _QUOTE_MARKS:
                break  # only words before any quotation
            if w in _RELATIVE and m > 0:
                relative = True
            elif w == "," and relative:
                relative = False
            if m == 0 or w not in ("and", "but", "by", ","):
                continue
            v = n + 1
            while v < len(toks) and toks[v].text.lower() in _OBJECT_SPEECH_SKIP | _ADVERBS:
                v += 1
            if v >= len(toks) or toks[v].end > b:
                break
            verb = toks[v].text.lower()
            particle = _OBJECT_SPEECH_PARTICLES.get(verb)
            naming = particle is not None and v + 1 < len(toks) and toks[v + 1].text.lower() not in particle and \
                toks[v + 1].text.lower() not in ("out", "off", "up", "in", "back", "into") and \
                any(t.text in _QUOTE_MARKS for t in toks[v + 2:v + 8])  # "calling him “a loser”", not "calling out"
            if naming:
                particle = None
            elif any(toks[k].text in _QUOTE_MARKS for k in idx):
                continue  # a quotation in the content: only a quoted description after "calling" (PolNeAR dev's
                # content overlap fell 0.8315 -> 0.8313 with "by saying his refusal ... was a “manufactured” issue")
            elif particle:
                if v + 1 >= len(toks) or toks[v + 1].text.lower() not in particle:
                    continue
            elif verb not in lex:
                continue
            if w in ("by", ",") and not verb.endswith("ing") or \
                    w in ("and", "but") and not verb.endswith(("ed", "id", "ld", "ing")):
                continue
            tag = tag if tag is not None else _pos(s, tags)
            # the object before: no finite verb outside a relative clause
            rel, finite = False, False
            for k in idx[:m]:
                x = toks[k].text.lower()
                if x in _RELATIVE and k != idx[0] and (x != "that" or tag[k - 1] in ("NN", "NNS")):
                    rel = True  # "loopholes that benefit others", not "said after lunch that he had ..."
                elif x == ",":
                    rel = False
                elif not rel and tag[k] in ("VBD", "VBZ", "VBP", "MD"):
                    finite = True
            # "Merrill says Machado promised to ...": a bare participle after the subject is finite too
            if finite or _content_subject_verb(toks, tag, idx[0], n) is not None:
                break
            end = v + 2 if particle else v + 1
            rest = [t for t in toks[end:] if t.end <= b]
            while rest and (rest[0].text.lower() == "that" or rest[0].text in (",", ":")):
                rest.pop(0)
            if len([t for t in rest if t.text[:1].isalnum()]) < 2:
                break
            keep = idx[:m]
            while keep and toks[keep[-1]].text in (",", ";"):
                keep.pop()
            if not keep:
                break
            cue = (toks[v].start, toks[end - 1].end)
            if _overlaps(cue, [o.cue for o in drafts if o is not d]):
                break
            d.content = [(a, toks[keep[-1]].end)]
            drafts.insert(drafts.index(d) + 1, Draft(d.sentence, d.idx, cue, d.source,
                                                      [(rest[0].start, rest[-1].end)]))
            break


def _verb_after_relative_aside(s, starts: list[int], r: Draft,
                               tags: "_SentenceTags | Sequence[str] | None") -> tuple[int, int, int, int] | None:
    """The main clause's verb after a relative aside: ``r`` is the aside's cue with its "who"/"which" source, after a
    short opening noun phrase and its comma ("Petrilli, who thinks ..., called", "The minister, who said ...,
    told"); the finite verb (after adverbs and a "has"/"will" before it) right after the first comma following
    ``r``'s cue closes the aside. Returns the token indices (the relative pronoun, the first token after ``r``'s
    cue, that comma, the verb), or None."""
    toks = s.tokens
    w = bisect.bisect_left(starts, r.source[0])
    if w < 2 or toks[w - 1].text != "," or w - 1 > 8 or \
            any(t.text in (",", ";", ":") or t.text in _QUOTE_MARKS for t in toks[:w - 1]):
        return None
    tag = _pos(s, tags)
    if tag[w - 2][:2] not in ("NN", "PR", "JJ"):  # "The chief executive" (tagged JJ)
        return None
    cue_end = bisect.bisect_left(starts, r.cue[1])
    comma = next((k for k in range(cue_end, len(toks)) if toks[k].text == ","), None)
    if comma is None or comma + 1 >= len(toks):
        return None
    v = comma + 1
    while v < len(toks) and (toks[v].text.lower() in _ADVERBS or tag[v] == "RB" or
                             toks[v].text.lower() in ("has", "have", "had", "will", "would")):
        v += 1
    if v >= len(toks) or tag[v] not in ("VBD", "VBZ", "VBP", "VBN", "VB"):
        return None
    return w, cue_end, comma, v


def _main_verb_after_relative_speech(s, starts: list[int], drafts: list[Draft],
                                     tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Mr. Obama, who understood that a push would be fruitless, told his advisers to ...", "The minister, who said
    last week that the talks had stalled, told parliament that ...": a cue inside a relative clause set off by
    commas ("who" its source) reports up to the clause's closing comma; the finite verb after that comma is the
    main clause's, and when it is a verb of saying of the cue lexicon its source is the noun phrase before
    ", who" (a short one, from the sentence's start) and its content the rest."""
    toks = s.tokens
    lex = _single_cues()
    for r in list(drafts):
        if r.source is None or not r.content or _text_of(toks, r.source).lower() not in ("who", "which"):
            continue
        found = _verb_after_relative_aside(s, starts, r, tags)
        if found is None:
            continue
        w, _, comma, v = found
        if max(b for _, b in r.content) <= toks[comma].start:
            main = next((o for o in drafts if o is not r and _overlaps((toks[v].start, toks[v].end), [o.cue])), None)
            if main is not None and main.source is None and toks[v].text.lower() in lex:
                main.source = (toks[0].start, toks[w - 2].end)
            continue
        # the relative cue's content ran over the comma into the main clause
        r.content = [(a, min(b, toks[comma - 1].end)) for a, b in r.content if a < toks[comma].start]
        if not r.content or toks[v].text.lower() not in lex or \
                any(o is not r and _overlaps((toks[v].start, toks[v].end), [o.cue]) for o in drafts):
            continue
        rest = _clause_words(toks[v + 1:], _QUOTE_MARKS)
        if len([t for t in rest if t.text[:1].isalnum()]) < 2:
            continue
        drafts.insert(drafts.index(r) + 1, Draft(r.sentence, r.idx, (toks[v].start, toks[v].end),
                                                  (toks[0].start, toks[w - 2].end), [(rest[0].start, rest[-1].end)]))


def _listener_end(toks, tags: Sequence[str], k: int) -> int:
    """The index after the listener of "told" starting at ``k`` ("parliament", "the party conference on Monday",
    "him"), or ``k`` when no noun phrase or pronoun starts there."""
    if k < len(toks) and tags[k] == "PRP" and toks[k].text.lower() in ("him", "her", "them", "us", "me", "you"):
        return k + 1
    e = _noun_phrase_end(toks, tags, k)
    if e == k:
        return k
    for _ in range(2):  # "on Tuesday", "in Washington"
        if e < len(toks) and toks[e].text.lower() in _LISTENER_PREPOSITIONS:
            e2 = _noun_phrase_end(toks, tags, e + 1)
            if e2 > e + 1:
                e = e2
    return e


def _clause_after_cue(toks, tags: Sequence[str], e: int) -> list:
    """The words of the clause a verb of saying ending at token ``e`` reports: after the listener of "told",
    without "that", to the sentence's end; [] when no finite verb is in them."""
    k = e + 1
    if toks[e].text.lower() in _TELL:
        k = _listener_end(toks, tags, k)
        if k == e + 1:
            return []
    rest = _clause_words(toks[k:], _QUOTE_MARKS)
    if len([t for t in rest if t.text[:1].isalnum()]) < 2:
        return []
    first = toks.index(rest[0]) if rest else k
    if not any(tags[x] in _FINITE for x in range(first, min(len(toks), first + len(rest)))):
        return []
    return rest


def _main_speech_content_after_relative(s, starts: list[int], drafts: list[Draft],
                                        tags: "_SentenceTags | Sequence[str] | None") -> None:
    """_told_after_relative_speech: "The minister, who said last week that the budget was tight, told parliament
    no school would close": the main clause's verb of saying after a relative clause set off by commas (whose
    own cue has "who" for source) keeps no empty content: its content is the clause after it (after the listener
    of "told", without "that"), to the sentence's end."""
    toks = s.tokens
    lex = _single_cues()
    for m in drafts:
        if m.source is None:
            continue
        c = _token_starting(starts, m.cue[0])
        e = _token_ending(toks, starts, m.cue[1])
        if c is None or e is None or c < 2 or e + 2 >= len(toks) or toks[e].text.lower() not in lex:
            continue
        # an empty content, or one that holds the listener of "told" ("told reporters the referee had ...")
        if m.content and not (toks[e].text.lower() in _TELL and min(m.content)[0] == toks[e + 1].start):
            continue
        if not any(o is not m and o.source is not None and _text_of(toks, o.source).lower() in ("who", "which")
                   and o.source[0] >= m.source[1] and o.cue[1] <= toks[c].start for o in drafts):
            continue
        p = c - 1
        while p > 0 and (toks[p].text.lower() in _ADVERBS or toks[p].text.lower() in ("has", "have", "had")):
            p -= 1
        if toks[p].text != ",":
            continue
        tag = _pos(s, tags)
        rest = _clause_after_cue(toks, tag, e)
        if rest and rest[0].start > toks[e + 1].start and \
                not any(o is not m and _overlaps((rest[0].start, rest[-1].end), [o.cue]) for o in drafts):
            m.content = [(rest[0].start, rest[-1].end)]
        elif rest and not m.content and \
                not any(o is not m and _overlaps((rest[0].start, rest[-1].end), [o.cue]) for o in drafts):
            m.content = [(rest[0].start, rest[-1].end)]


def _speech_verb_after_anonymity_relative(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None"
                                          ) -> None:
    """_anonymity_relative_then_said: "An official at one of the lead managers, who did not wish to be identified,
    said the company had been advised to ...": a relative clause set off by commas that asks for anonymity (to be
    named, identified, quoted) holds no cue; the verb of saying right after its closing comma, which the model
    may leave unlabelled, is the cue, with the noun phrase before ", who" for source (a short one from the
    sentence's start) and the clause after it for content."""
    toks = s.tokens
    if not drafts:
        return
    lex = _single_cues()
    for p in range(1, min(len(toks) - 3, 16)):
        if toks[p].text != "," or toks[p + 1].text.lower() not in ("who", "whom"):
            continue
        q = next((n for n in range(p + 2, min(len(toks), p + 20)) if toks[n].text == ","), None)
        if q is None or q + 3 >= len(toks) or any(x.text in _QUOTE_MARKS for x in toks[:q]):
            return
        aside = " ".join(x.text for x in toks[p + 1:q])
        if not _ANONYMITY.search(aside):
            return
        v = q + 1
        while v < len(toks) and toks[v].text.lower() in _ADVERBS:
            v += 1
        if v + 2 >= len(toks) or toks[v].text.lower() not in lex:
            return
        tag = _pos(s, tags)
        if tag[v] not in ("VBD", "VBZ", "VBP") or not all(x.text[:1].isupper() or tag[k] in _HEAD_TAGS or
                                                         x.text.lower() in _NP_JOINS
                                                         for k, x in enumerate(toks[:p], 0)):
            return
        cue = (toks[v].start, toks[v].end)
        if any(_overlaps(cue, [o.cue]) and o.source is not None and o.source[1] <= toks[p].start for o in drafts):
            return  # found already
        rest = _clause_after_cue(toks, tag, v)
        if not rest:
            return
        k, idx = drafts[0].sentence, drafts[0].idx
        for o in [o for o in drafts if o.cue[0] < rest[-1].end and o.cue[1] > toks[p].start and
                  not (rest[0].start <= o.cue[0] and _speech_cue(o, toks))]:
            drafts.remove(o)  # the aside's verbs, and the model's cue on the verb of saying itself
        drafts.append(Draft(k, idx, cue, (toks[0].start, toks[p - 1].end), [(rest[0].start, rest[-1].end)]))
        drafts.sort(key=lambda o: o.cue)
        return


#: verbs whose object is a count in sport and economics ("conceded 14 penalties", "added 134 runs", "added 200,000
#: jobs"), not words
_COUNT_VERBS = frozenset("conceded concedes concede added adds add".split())
#: what every word of _COUNT_VERBS holds: a sentence without either has no cue ending in one (branch speed14)
_COUNT_STEMS = ("add", "conced")


def _drop_counted_objects(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """_counted_objects: "His team conceded 14 penalties", "The economy added 200,000 jobs": a count after
    "conceded"/"added" is what was conceded or added, not words: a draft whose whole content is such a noun phrase
    (a number first, no verb in it) is no attribution. (Dropping "wrote" with a written work, "wrote his book",
    as well cost a PolNeAR dev gold cue: not done.)"""
    low = s.text.lower()
    if not any(stem in low for stem in _COUNT_STEMS):
        return  # no word of _COUNT_VERBS in the sentence, so none ends a cue (most sentences)
    toks = s.tokens
    todo = []
    for d in drafts:
        if len(d.content) != 1 or d.cue[1] > d.content[0][0]:
            continue
        words = [w.lower() for w in _WORD_RE.findall(d.cue_text(toks))]
        if not words or words[-1] not in _COUNT_VERBS:
            continue
        k = next((n for n, x in enumerate(toks) if x.start >= d.content[0][0]), None)
        e = next((n for n, x in enumerate(toks) if x.end >= d.content[0][1]), None)
        if k is None or e is None or toks[k].start != d.content[0][0] or e - k > 14:
            continue
        todo.append((d, k, e))
    if not todo:
        return
    tag = _pos(s, tags)
    for d, k, e in todo:
        if (tag[k] == "CD" or toks[k].text[:1].isdigit()) and \
                not any(tag[n].startswith("VB") or tag[n] == "MD" or toks[n].text.lower() == "that"
                        for n in range(k, e + 1)):
            drafts.remove(d)


#: words that open another clause after a comma: a participle's content stops before them
_CLAUSE_LINKS = frozenset("but and while although though whereas yet".split())
#: participles of saying that go on with the speaker of the clause before: "..., adding that ..."
_SPEECH_PARTICIPLES = frozenset("adding saying noting arguing explaining insisting warning stressing".split())


def _participle_shares_source(s, starts: list[int], drafts: list[Draft],
                              tags: "_SentenceTags | Sequence[str] | None") -> None:
    """_participle_after_speech: "Roberts ... asked whether the court needed to decide the question at all,
    adding that the officers had relied in good faith on a warrant": a participle of saying after a comma,
    without a source or with the same one, goes on with the speaker of the verb of saying before it in the
    sentence; its content is the clause after it to the sentence's end (or to ", but ...", "; ..."), and verbs
    the model read as cues inside that clause are its words."""
    toks = s.tokens
    for d in list(drafts):
        if d not in drafts:
            continue
        i = _token_starting(starts, d.cue[0])
        if i is None or i < 3 or toks[i - 1].text != "," or toks[i].text.lower() not in _SPEECH_PARTICIPLES or \
                d.cue[1] != toks[i].end:
            continue
        before = [o for o in drafts if o is not d and o.cue[1] <= toks[i - 1].start]
        if not before or before[-1].source is None or not _speech_cue(before[-1], toks) or \
                _text_of(toks, before[-1].source).lower() in ("who", "which"):
            continue
        p = before[-1]
        if d.source is not None and d.source != p.source:
            continue
        if any(x.text in _DQ for x in toks[_token_starting(starts, p.cue[0]):i]):
            continue
        rest = _clause_after_cue(toks, _pos(s, tags), i)
        cut = next((n for n in range(1, len(rest)) if rest[n].text == ";" or rest[n - 1].text == "," and
                    rest[n].text.lower() in _CLAUSE_LINKS), None)
        if cut is not None:
            rest = rest[:cut - 1] if rest[cut].text != ";" else rest[:cut]  # "..., but Fiorina's team denied ..."
        if not rest:
            continue
        span = (rest[0].start, rest[-1].end)
        if d.content and max(b for _, b in d.content) >= span[1]:
            continue
        d.source = p.source
        d.content = [span]
        for o in [o for o in drafts if o is not d and span[0] <= o.cue[0] < span[1] and not _speech_cue(o, toks)]:
            drafts.remove(o)


#: words that open a part of a group: "One of the bidders that withdrew, X, said"
_PARTITIVE_LEADS = frozenset("""one two three four five six seven eight nine ten some several many most each
    another both either neither few""".split())


def _apposition_speaker_after_partitive(s, starts: list[int], drafts: list[Draft],
                                        tags: "_SentenceTags | Sequence[str] | None") -> None:
    """_partitive_apposition_speaker: "One of the bidders that withdrew, Australian miner Redgum Lithium, told
    Reuters its board had concluded ...": a sentence opening with a part of a group ("One of the ...", "Two of
    the ...", a relative clause allowed) set off by a comma, then a name in apposition closed by a comma, then
    the cue: when the model's source does not hold the name (it reads the opening phrase as content), the name
    is the speaker (the unseen-news guideline's speaker in apposition), the opening phrase is neither source nor
    content, and the content is the clause after the cue."""
    toks = s.tokens
    if len(toks) < 8 or toks[0].text.lower() not in _PARTITIVE_LEADS or toks[1].text.lower() != "of":
        return
    p = next((k for k in range(2, min(len(toks), 14)) if toks[k].text == ","), None)
    if p is None or any(t.text in _QUOTE_MARKS or t.text in (";", ":") for t in toks[:p]):
        return
    q = next((k for k in range(p + 2, min(len(toks), p + 10)) if toks[k].text == ","), None)
    if q is None or q + 2 >= len(toks):
        return
    appo = toks[p + 1:q]
    if not any(t.text[:1].isupper() for t in appo) or any(t.text in _QUOTE_MARKS for t in appo):
        return
    m = next((d for d in drafts if d.cue[0] == toks[q + 1].start), None)
    if m is None or toks[q + 1].text.lower() not in _single_cues():
        return
    tag = _pos(s, tags)
    if any(tag[k].startswith("VB") for k in range(p + 1, q)):
        return
    source = (appo[0].start, appo[-1].end)
    if m.source is not None and _overlaps(source, [m.source]):
        return  # the model's source holds the name already (PolNeAR's "One of his advisers, Tad Devine,")
    rest = _clause_after_cue(toks, tag, q + 1)
    if not rest:
        return
    m.source = source
    m.content = [(rest[0].start, rest[-1].end)]
    for o in [o for o in drafts if o is not m and rest[0].start <= o.cue[0] < rest[-1].end and
              o.source is not None and m.cue[1] <= o.source[0] < rest[0].start]:
        drafts.remove(o)  # a verb of the content the model read as a cue, with the listener for its source


_HEAD_TAGS = frozenset("DT JJ JJR JJS NN NNS NNP NNPS CD PRP$".split())

_FINITE_AFTER_SUBJECT = frozenset("VBD VBZ VBP VB".split())


def _opening_restrictive_who(s, tags: "_SentenceTags | Sequence[str] | None", after: int
                             ) -> tuple[int, Sequence[str]] | None:
    """Where a sentence opens with a short noun phrase and a relative clause without commas ("Voters who backed
    ...", "Parents who had waited ..."): the index of "who" (among the first five words, with at least ``after``
    more tokens behind it) and the sentence's POS tags; None for any other opening."""
    toks = s.tokens
    if len(toks) < after + 3:
        return None
    w = next((k for k in range(1, min(6, len(toks) - after)) if toks[k].text.lower() == "who"), None)
    if w is None:
        return None
    tag = _pos(s, tags)
    if any(tag[k] not in _HEAD_TAGS or not toks[k].text[:1].isalnum() for k in range(w)) or \
            not any(tag[k][:2] == "NN" for k in range(w)) or tag[w + 1][:2] not in ("VB", "MD"):
        return None
    return w, tag


def _speech_verb_after_restrictive_relative(s, starts: list[int], drafts: list[Draft],
                                            tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Voters who backed the mayor in 2022 now say the tram plan has gone too far", "Tenants who moved in last
    spring told the council ...": a sentence that opens with a short noun phrase and a relative clause without
    commas ("who" and a verb that is no verb of saying) has, after the clause, the sentence's main verb; when that
    finite verb is a verb of saying of the cue lexicon it is the cue, its source the whole subject with the
    relative clause (without the adverbs before the verb: "now"), and its content the clause after it. The
    relative clause's verb ("backed"), which the model may take for the cue with "who" for source, is none."""
    toks = s.tokens
    found = _opening_restrictive_who(s, tags, after=3)
    if found is None:
        return
    w, tag = found
    lex = _single_cues()
    k = w + 1
    while k < len(toks) and (tag[k][:2] in ("VB", "MD") or tag[k] == "RB"):
        k += 1  # the relative clause's verb group: "who backed", "who have long supported"
    if any(toks[m].text.lower() in lex for m in range(w + 1, k)):
        return  # "Officials who said ...": a verb of saying in the relative clause (other passes)
    v = None
    for m in range(k, min(len(toks), k + 16)):
        t = toks[m]
        if t.text in (",", ";", ":", "(", ")", "—", "–") or t.text in _QUOTE_MARKS or t.text.lower() in _RELATIVE:
            return
        if tag[m] == "MD" or tag[m] in _FINITE_AFTER_SUBJECT and not (
                tag[m] == "VB" and tag[m - 1] in ("TO", "MD") or tag[m - 1][:2] == "VB"):
            v = m
            break
    if v is None or toks[v].text.lower() not in lex or tag[v] == "MD":
        return
    a = v
    while a - 1 > k and tag[a - 1] == "RB":
        a -= 1
    subject = (toks[0].start, toks[a - 1].end)
    verb = (toks[v].start, toks[v].end)
    inner = [d for d in drafts if toks[w].start <= d.cue[0] and d.cue[1] <= toks[a].start]
    if any(_speech_cue(d, toks) for d in inner):
        return
    main = next((d for d in drafts if _overlaps(verb, [d.cue])), None)
    if main is None:
        host = next((d for d in inner if any(x <= verb[0] and verb[1] <= y for x, y in d.content)), None)
        if host is None:
            return
        end = max(y for _, y in host.content)
        rest = _clause_words([t for t in toks[v + 1:] if t.end <= end], _QUOTE_MARKS)
        if len([t for t in rest if t.text[:1].isalnum()]) < 2:
            return
        main = Draft(host.sentence, host.idx, verb, None, [(rest[0].start, rest[-1].end)])
        drafts.insert(drafts.index(host), main)
    elif main.source is not None and not (subject[0] <= main.source[0] and main.source[1] <= subject[1]):
        return
    main.source = subject
    for d in inner:
        drafts.remove(d)


def _subject_with_restrictive_relative(s, starts: list[int], drafts: list[Draft],
                                       tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Parents who had waited outside the school for two hours said ...", "Workers who lost their jobs in March
    told reporters ...", "Neighbours who heard the blast said ...": a sentence that opens with a short noun phrase
    and a relative clause without commas ("who" and a verb) has that whole subject for the source of the verb of
    saying after it (and of a participle after that verb, ", saying ..."), not the last noun of the clause ("two
    hours", "March") nor the clause alone, and without the adverbs before the verb ("now say")."""
    toks = s.tokens
    found = _opening_restrictive_who(s, tags, after=2)
    if found is None:
        return
    w, tag = found
    moved: dict[tuple[int, int], tuple[int, int]] = {}
    for r in drafts:
        if r.source is None:
            continue
        c = bisect.bisect_left(starts, r.cue[0])
        if c <= w + 2 or r.source[0] < toks[w].start or r.source[1] > r.cue[0] or \
                any(t.text in (",", ";", ":", "(", ")") or t.text in _QUOTE_MARKS for t in toks[:c]):
            continue
        e = c - 1
        while e > w + 2 and tag[e] == "RB":
            e -= 1  # not the adverbs before the verb ("Shoppers who visited the market on Sunday now say")
        moved[r.source] = (toks[0].start, toks[e].end)
        r.source = moved[r.source]
    for r in drafts:  # "..., saying ...": a participle after the main verb shares its source
        if r.source in moved:
            r.source = moved[r.source]


@lru_cache(maxsize=1)
def _passive_targets() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in lexicons.load("passive_targets"))


#: words that may stand between a form of "be" and its participle, or after the participle inside a cue
_PASSIVE_ADVERBS = frozenset("not n't never also still once often widely long sometimes repeatedly harshly "
                             "roundly publicly previously already widely generally increasingly now first "
                             "later even being best better well perhaps largely most derisively".split())
_HAVE = frozenset("has have had 've ’ve having".split())
_PASSIVE_AUX = frozenset("has have had will would could should may might must can not never also still once often "
                         "widely long sometimes".split())
_PASSIVE_TAIL = frozenset("of for as to about with over on in".split())


def _passive_without_agent(toks, starts: list[int], d: Draft) -> int | None:
    """Is the draft's cue a passive of ``passive_targets.tsv`` ("was accused of", "has been harshly criticized",
    "is not thought", "could be expected") with no agent after it ("by" before the clause ends)? Its first
    token's position, the form of "be" included when it stands just before the cue ("is not" of "thought"),
    or None."""
    c = bisect.bisect_left(starts, d.cue[0])
    words = _WORD_RE.findall(d.cue_text(toks).lower())
    while len(words) > 1 and words[-1] in _PASSIVE_TAIL:
        words.pop()
    if not words or words[-1] not in _passive_targets():
        return None
    lead = words[:-1]
    while lead and lead[-1] in _PASSIVE_ADVERBS:
        lead.pop()
    first = c
    if not lead:  # the cue is the participle alone: "is not" / "was" before it, outside the cue
        first = c - 1
        while first >= 0 and toks[first].text.lower() in _PASSIVE_ADVERBS:
            first -= 1
        if first >= 0 and toks[first].text.lower() not in _BE:
            # a reduced relative clause: "a think tank known for ...", "many of them derisively known as ..."
            # ("known" is no active past, and "had known him" is the perfect; "X, called Y," is no such clause
            # when a relative aside closes before it: "Mr. King, 82, called")
            if words[-1] == "known" and (toks[first].text[:1].isalpha() or toks[first].text == ",") and \
                    toks[first].text.lower() not in _HAVE | _AUX | _PRONOUNS:  # "had I known"
                return c
            return None
        if first < 0:
            return None
        while first > 0 and toks[first - 1].text.lower() in _PASSIVE_AUX:  # "has been harshly criticized"
            first -= 1
    elif lead[-1] not in _BE:  # not "'s": "who's called for tax hikes" has it for "has"
        return None
    e = _token_ending(toks, starts, d.cue[1])
    if e is None:
        return None
    for t in toks[e + 1:]:
        if t.text in _CLAUSE_END or t.text in _QUOTE_MARKS:
            break
        if t.text.lower() == "by":
            return None
    return first


def _passive_subject_is_content(text: str, toks, starts: list[int], drafts: list[Draft]) -> None:
    """"Mr. Quiros was accused of using the money", "The bill is expected to pass", "He has been harshly
    criticized for ...", "X, who has not been charged with any crime": a passive of a verb of saying, judging or
    naming (``passive_targets.tsv``) without an agent speaks about its subject, not for it. The subject the
    model took for source is the content's first part and the cue has no source, as PolNeAR annotates them (train:
    "is expected" 71 times without source, twice with; "was asked" 28 / 0; "was accused" 4 / 0), with the form of
    "be" inside the cue. Feelings and
    resolve ("are worried", "is convinced", "is determined") keep their subject: they are not in the lexicon.
    The passive with "by" is :func:`_passive_agent_source`'s; "was asked about" / "is urged to", whose subject is
    the one spoken to, no attribution at all, :func:`_addressee_of_passive`'s."""
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        # the passive first: most cues are none, and both tests only decide whether to go on (neither changes d)
        first = _passive_without_agent(toks, starts, d)
        if first is None or d.source[1] > toks[first].start or _addressee_of_passive(text, d):
            continue
        if any(o is not d and o.source == d.source for o in drafts):
            continue  # shared with another cue ("was criticized and said"): the other cue's speaker
        cue = (toks[first].start, d.cue[1])
        if not _likely_cue(text, cue, default_model().cue_prior):
            continue  # without its source the attribution would be dropped ("is briefed on"): keep it whole
        d.content = sorted(set([d.source, *d.content]))
        d.source = None
        d.cue = cue  # the form of "be" is the cue's ("is not thought")


#: words before a verb that PolNeAR's cues take in (train, gold cues opening with the word / the word just before
#: a gold cue: has/have/had 1215 / 13, is/are/was/were/be/been 1110 / 49, modals 312 / 11, "also" 281 / 21, an
#: adverb in -ly 308 / 49, "often" 21 / 0, "never" 12 / 0, "not" 21 / 4); "then" (24 / 17) is left out
_CUE_LEAD = frozenset("has have had will would could should may might must can also now just still later even "
                      "recently not n't first often once never publicly previously further again already".split())
_CUE_LEAD_BE = frozenset("is are was were be been being".split())
#: words in -ly that are no adverb of manner or time
_NOT_LY_ADVERBS = frozenset("only early family daily weekly monthly yearly july italy rally ally reply apply supply "
                            "likely unlikely holy belly bully fly july".split())


def _lead_word(word: str, first: str) -> bool:
    """May ``word``, just before a cue whose first word is ``first``, join the cue? An auxiliary, a modal or an
    adverb of the verb; a form of "be" only before a participle ("are challenging", "has been criticized")."""
    w = word.lower()
    if w in _CUE_LEAD:
        return True
    if w in _CUE_LEAD_BE:
        return first.endswith(("ing", "ed", "en", "wn")) or first in ("thought", "said", "told", "known", "seen")
    return w.endswith("ly") and len(w) > 4 and w.isalpha() and w not in _NOT_LY_ADVERBS


def _cue_ends_at_said(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"The spokesperson said ministers would meet on Thursday to discuss emergency funding": a cue the model ran
    from "said" (or "says") on over three words or more of the clause after it, none of them a phrase cue of the
    lexicon, ends at the verb; the words after it (without a leading "that") open its content. Not when a
    preposition or a time word follows the verb ("said in a statement", "said Thursday on": PolNeAR's cues hold
    them), nor after a content before the cue."""
    for d in drafts:
        if d.phrase:
            continue
        i, e = _token_starting(starts, d.cue[0]), _token_ending(toks, starts, d.cue[1])
        if i is None or e is None:
            continue
        j = next((k for k in range(i, e + 1) if toks[k].text.lower() in ("said", "says")), None)
        if j is None or e - j < 3 or toks[j + 1].text.lower() in _OPENING_PHRASE | _TIME_WORDS | _LONE_TIME_WORDS or \
                not toks[j + 1].text[:1].isalpha() or any(b <= d.cue[0] for _, b in d.content):
            continue  # "said in a statement", "said Thursday on": the cue's own phrase (PolNeAR's); a quotation before
        r = j + 1
        if toks[r].text.lower() == "that":
            r += 1
        rest = (toks[r].start, d.cue[1])
        d.cue = (d.cue[0], toks[j].end)
        after = [sp for sp in d.content if sp[0] >= rest[1]]
        if after and min(after)[0] - rest[1] <= 1:
            first = min(after)
            d.content = sorted([sp for sp in d.content if sp != first] + [(rest[0], first[1])])
        else:
            d.content = sorted(d.content + [rest])


def _cue_with_its_auxiliaries(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"has called for", "often said", "successfully argued", "are challenging", "may once have seemed": a cue
    that opens with a verb takes in the auxiliaries, modals and adverbs just before it, as PolNeAR's annotators
    draw cues (the model often starts at the verb). Not across another span of the sentence's attributions, nor
    before a cue that opens with "to" or an adverb ("is reportedly", "was to know about")."""
    occupied = None  # the spans as they were before any cue moved: built at the first word that may join a cue
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if i is None:
            continue
        first = toks[i].text.lower()
        if first == "to" or first.endswith("ly") or not first.isalpha():
            continue
        k = i
        while k > 0 and _lead_word(toks[k - 1].text, first):
            if occupied is None:  # (no cue has moved yet: a cue moves only after this test)
                occupied = _occupied(drafts)
            if _overlaps((toks[k - 1].start, toks[k - 1].end), occupied):
                break
            k -= 1
        if k < i:
            d.cue = (toks[k].start, d.cue[1])


#: words that open a sentence's introductory phrase of time, place, occasion or concession ("In a statement,",
#: "After the debate,", "Like all senators,"); not "as" ("As many experts, including X, have said") nor
#: "according" (a source of its own)
_OPENING_PHRASE = frozenset("in after like unlike during at for with before since following despite amid among on "
                            "from while when although though because upon".split())


def _source_after_opening_phrase(toks, drafts: list[Draft]) -> None:
    """"In a statement, one of the family's attorneys, Justin Bamberg, said": a source the model began inside the
    sentence's introductory phrase and ran over its closing comma (the sentence's first) begins after that comma.
    The phrase is an occasion, never the speaker."""
    if len(toks) < 4 or toks[0].text.lower() not in _OPENING_PHRASE:
        return
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    if comma is None or comma + 1 >= len(toks) or not toks[comma + 1].text[:1].isalnum():
        return
    for d in drafts:
        if d.source is not None and toks[0].end <= d.source[0] < toks[comma].start and \
                toks[comma].end <= d.source[1] and toks[comma + 1].end <= d.source[1] <= d.cue[0]:
            d.source = (toks[comma + 1].start, d.source[1])


@lru_cache(maxsize=1)
def _speech_nouns() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in lexicons.load("speech_nouns"))


_SEEM = frozenset("seem seems seemed".split())
_APPEAR = frozenset("appear appears appeared".split())


def _seeming_subject_is_content(text: str, toks, starts: list[int], drafts: list[Draft]) -> None:
    """"Melania seems to have vanished from the campaign", "It appeared that Trump was unable to ...", "The
    conflict may once have seemed far away": a cue of seeming ("seem", or "appear" before "to" or "that") reports
    how things look, mostly to the writer: its subject is the content's first part and it has no source, as
    PolNeAR annotates it three times in four (train: seems 36 without source / 8 with, seemed 51 / 16, appears
    36 / 4, appeared 35 / 12; the tagger's sources on such cues of train are right 25 times in 164). "Appeared
    on television" (no "to" or "that") keeps its subject."""
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        i, e = _token_starting(starts, d.cue[0]), _token_ending(toks, starts, d.cue[1])
        if i is None or e is None:
            continue
        seeming = any(t.text.lower() in _SEEM for t in toks[i:e + 1]) or any(
            toks[k].text.lower() in _APPEAR and k + 1 < len(toks) and toks[k + 1].text.lower() in ("to", "that")
            for k in range(i, e + 1))
        if not seeming or any(o is not d and o.source == d.source for o in drafts) or \
                not _likely_cue(text, d.cue, default_model().cue_prior):
            continue
        d.content = sorted(set([d.source, *d.content]))
        d.source = None


_NOUN_TAGS = frozenset("NN NNS NNP NNPS".split())


# ---- branch source6: sources from dev's source error classes (benchmarks/source_errors.py) ---------------------
#: what may stand right before a clause's subject: the sentence's start, a clause opener or punctuation
_SUBJECT_OPENERS = frozenset("that what which while when whenever after before because if as since although though "
                             "until unless whether where , ; : — – -- ( “ \" ‘ '".split())
#: a participle after a form of "be" in a cue makes it a passive (the tagger takes some for past tenses)
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
#: the tags of a subject noun phrase's words, read backwards from its head
_SUBJECT_NP_TAGS = frozenset("NN NNS NNP NNPS JJ JJR JJS DT CD POS PRP$ HYPH NNPS".split())


def _subject_out_of_content(text: str, s, starts: list[int], drafts: list[Draft],
                            tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Donald Trump is doubling down on his attacks", "..., Ham also noted several ...", "the target it pledged to
    reach", "something she has repeatedly asked of ...": a finite verb cue left without source whose subject, the
    noun phrase right before it (adverbs between), the model took for content: the noun phrase is the source. It
    leaves this attribution's content, and an earlier one's that it ends when it opens a clause of its own there (a
    comma, a dash, the sentence's start, a pronoun after a noun: a relative clause without "that"), not when it
    follows "that" or a subordinator there ("insisted that he never said ...": a clause nested in that content,
    which PolNeAR keeps whole; on dev, cutting it too gave whole 0.7437 against 0.7447). After "and" (a
    coordinated subject's last part) only with the parts before it back to the clause's start; never for a passive or a cue of seeming (their subject is content
    in PolNeAR), nor for a cue word too rare to stand without a source (the attribution :func:`_keep_likely` would
    drop is not brought back by a source: "Their strategy is very clear:")."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if d.source is not None:
            continue
        i, e = _token_starting(starts, d.cue[0]), _token_ending(toks, starts, d.cue[1])
        if i is None or e is None or i == 0:
            continue
        if tag is None:
            tag = _pos(s, tags)
        v = i
        while v <= e and tag[v].startswith("RB"):
            v += 1
        if v > e or tag[v] not in _FINITE or \
                any(t.text.lower() in _SEEM or t.text.lower() in _APPEAR for t in toks[i:e + 1]) or \
                any(toks[x].text.lower() in _BE and not _PARTICIPLE_TAGS.isdisjoint(tag[x + 1:e + 1])
                    for x in range(i, e)):
            continue  # a passive ("were told", "was once asked"; by the tags, not "is doubling down")
        j = i - 1
        while j >= 0 and tag[j].startswith("RB"):
            j -= 1
        if j < 0 or not (tag[j] in _NOUN_TAGS or tag[j] == "PRP") or toks[j].text.lower() in _TIME_WORDS:
            continue
        k = j
        if tag[j] != "PRP" or toks[j].text.lower().endswith(("self", "selves")):  # "Clinton herself"
            while k > 0 and j - k < 7 and tag[k - 1] in _SUBJECT_NP_TAGS and tag[k] not in ("DT", "PRP$"):
                k -= 1  # (a determiner opens the noun phrase: not "something the Clinton forces")
        before = toks[k - 1].text.lower() if k > 0 else None
        relative = (tag[j] == "PRP" and k == j or tag[k] in ("DT", "PRP$")) and tag[k - 1] in _NOUN_TAGS
        if before == "and" and k >= 2:
            # "as the clubs, the league and the players' union argued": the last part of a coordinated subject
            # is the source with the parts before it, when they run back to the clause's start
            first = _coordinated_subject_start(toks, tag, k - 1)
            if first is None:
                continue
            k, before = first, (toks[first - 1].text.lower() if first > 0 else None)
        elif not (before is None or before in _SUBJECT_OPENERS or relative):
            continue
        np_span = (toks[k].start, toks[j].end)
        if any(_overlaps(np_span, [o.cue] + ([o.source] if o.source else [])) for o in drafts):
            continue
        own_clause = before is None or before in (",", ";", ":", "—", "–", "--") or relative
        if not _likely_cue(text, d.cue, default_model().cue_prior):
            continue
        for o in drafts:  # the noun phrase leaves the content it ended (the words after it are adverbs)
            if _overlaps(np_span, o.content) and (o is d or own_clause):
                o.content = [q for p in o.content for q in (
                    [p] if not (p[0] < np_span[1] and np_span[0] < p[1]) else
                    [_trim_tail(text, p[0], np_span[0])] if p[0] < np_span[0] else []) if q[1] > q[0]]
        d.source = np_span


def _unlabelled_subject_with_apposition(s, starts: list[int], drafts: list[Draft],
                                        tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The club's new coach, Hanna Berg, tells the paper that ...": a verb of saying left without source whose
    subject, a noun phrase from the sentence's start and a name set off by commas right before the cue, the model
    labelled nothing: the noun phrase and its name are the source (as the model draws them when it labels them).
    Only when every word before the first comma is a noun phrase's (no verb) and the name is capitalized words."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if d.source is not None or s.title or not _speech_cue(d, toks):
            continue
        i = _token_starting(starts, d.cue[0])
        if i is None or i < 5 or toks[i - 1].text != "," or not toks[0].text[:1].isupper():
            continue
        c = next((k for k in range(i - 2, 0, -1) if toks[k].text == ","), None)
        if c is None or c < 2 or c > 12 or c + 1 > i - 2 or \
                not all(t.text[:1].isupper() for t in toks[c + 1:i - 1]) or \
                any(t.text == "," for t in toks[:c]):
            continue
        if tag is None:
            tag = _pos(s, tags)
        if not all(tag[k] in _SUBJECT_NP_TAGS or _title_preposition(toks, tag, k) for k in range(c)) or \
                tag[c - 1] not in _NOUN_TAGS:
            continue
        span = (toks[0].start, toks[i - 2].end)
        if _overlaps(span, _occupied(drafts)):
            continue
        d.source = span


#: prepositions inside a title before a name ("The assembly's commissioner for transport, Louis Agathe, told")
_TITLE_PREPOSITIONS = frozenset("of for".split())


def _title_preposition(toks, tag: Sequence[str], k: int) -> bool:
    """Is token ``k`` a preposition of a title's noun phrase ("commissioner for transport", "director of
    nursing"): "of" or "for" between a noun and a noun phrase's word?"""
    return toks[k].text.lower() in _TITLE_PREPOSITIONS and 0 < k < len(tag) - 1 and tag[k - 1] in _NOUN_TAGS and \
        tag[k + 1] in _SUBJECT_NP_TAGS


#: what opens a noun's post-modifier ("Protesters marching through ...", "The section of the debate devoted to
#: ...", "One of the docs who sent ...")
_POST_MODIFIER_TAGS = frozenset({"IN", "VBN", "VBG", "WDT", "WP"})
#: where a subject's clause begins (the sentence's start aside)
_SUBJECT_CLAUSE_START = frozenset({",", ";", ":", "—", "―", "–", "--", "-", "“", "”", "''", '"', "?", "!"})
#: verbs whose object is the subject of the bare verb after it ("to make anyone think", "let voters say")
_SMALL_CLAUSE_VERBS = frozenset("make makes made making let lets letting have has had help helps helped see saw "
                                "seen hear heard watch watched".split())
#: particles after a verb ("handed over $25 million"): no participle's preposition
_PARTICLES = frozenset("out over up down off away back".split())


def _subject_before_its_modifier(s, starts: list[int], drafts: list[Draft],
                                 tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The section of the debate devoted to racial issues revealed ...", "Twenty-seven states led by X and Y are
    challenging ...", "Political observers in Virginia and around the country say": a source right before its
    cue that the model took from the end of the subject's post-modifier (a prepositional phrase, a participle, a
    relative clause) runs back to the subject's head noun phrase at the clause's start, the whole subject, as
    PolNeAR draws it more often than the head alone (dev: whole subject 0.7707, head alone 0.7675). Not for a
    relative pronoun or a possessor, which stand alone ("a staffer who told", "Trump's claim"), nor in a headline;
    a participle after a name or before a particle is a past tense the tagger misread ("Politifact seized on",
    "donors handed over"), and a finite verb outside a relative clause starts another clause."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0] or s.title:
            continue
        i = _token_starting(starts, d.source[0])
        if i is None or i < 2:
            continue  # the cheap test first: most sources open their sentence, with no subject before them
        words = _text_of(toks, d.source).lower()
        if words in _RELATIVE | _PRONOUNS or words.endswith(("'s", "’s")) or words in _SOURCE_RIGHT_BEFORE_CUE or \
                "," in words or _text_of(toks, d.cue) == ":":
            continue  # a relative pronoun ("a staffer who told"), a pronoun or a possessor ("Trump's claim") is whole
        e = _token_ending(toks, starts, d.source[1])
        c = _token_starting(starts, d.cue[0])
        if e is None or c is None:
            continue
        if tag is None:
            tag = _pos(s, tags)
        if any(not tag[k].startswith("RB") for k in range(e + 1, c)):
            continue  # the source ends right before its cue
        b = i - 1
        while b >= 0 and toks[b].text not in _SUBJECT_CLAUSE_START and toks[b].text.lower() not in _SUBJECT_OPENERS:
            b -= 1
        start = b + 1
        if start >= i:
            continue
        h = start
        while h < i and tag[h] in _SUBJECT_NP_TAGS:
            h += 1
        if h == start or h >= i or not any(tag[k] in _NOUN_TAGS for k in range(start, h)) or \
                tag[h] not in _POST_MODIFIER_TAGS or toks[h].text.lower() in ("that", "because", "as", "if"):
            continue
        if tag[h] == "VBN" and (tag[h - 1] in ("NNP", "NNPS") or h + 1 >= i or tag[h + 1] != "IN" or
                                toks[h + 1].text.lower() in _PARTICLES):
            continue  # a past tense the tagger took for a participle ("Politifact seized on", "donors handed over")
        inner = [k for k in range(h, i) if tag[k] in _FINITE]
        if inner and not any(tag[k] in ("WDT", "WP") for k in range(h, min(inner))):
            continue  # a finite verb outside a relative clause: another clause, not the subject's modifier
        if toks[i - 1].text.lower() in _SMALL_CLAUSE_VERBS:
            continue  # the source is the subject of "make anyone think", "let voters decide"
        if any(_overlaps((toks[start].start, d.source[0]), [o.cue] + ([o.source] if o.source else [])) for o in drafts):
            continue
        d.source = (toks[start].start, d.source[1])


def _past_leading_words(toks) -> int:
    """The index of the sentence's first token after its opening quotation marks and leading words (``_LEADING``:
    "But", "And", ...), where its subject starts."""
    k = 0
    while k < len(toks) and (toks[k].text in _DQ or toks[k].text.lower() in _LEADING):
        k += 1
    return k


def _participle_source_not_the_object(s, starts: list[int], drafts: list[Draft],
                                      tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Trump is defending his tweets attempting to shame a former beauty queen, saying it shows ...", "Clinton spoke
    out about the death of X in Tulsa, Oklahoma, arguing that ...": a participle of speech after a comma whose
    source the model took from the noun phrase that ends the main clause, right before that comma (the main verb's
    object or a place), has the sentence's subject for source, the noun phrase that opens the sentence when a verb
    group follows it (as :func:`_participle_subject_source` gives one to a participle without source)."""
    toks = s.tokens
    todo = []
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if d.source is None or i is None or i < 3 or toks[i - 1].text != "," or \
                not toks[i].text.lower().endswith("ing") or not _speech_cue(d, toks):
            continue
        e = _token_ending(toks, starts, d.source[1])
        if e is None or e not in (i - 2, i - 1):
            continue  # the source ends at the comma before the participle (or takes it in)
        todo.append(d)
    if not todo:
        return
    from ..syntax import chunks

    sent_chunks = chunks([s], [_pos(s, tags)])[0]
    k = _past_leading_words(toks)
    src = _subject_chunks_at(toks, sent_chunks, k)
    if src is None:
        return
    for d in todo:
        if src[1] < d.source[0] and not _overlaps(src, [sp for o in drafts for sp in (o.cue, *o.content)]):
            d.source = src


def _sources_before_cues(toks, starts: list[int], drafts: list[Draft]):
    """Each draft whose source comes before its cue, with the source's first and last token (drafts whose source
    edges fall inside a token are left out)."""
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        i, e = _token_starting(starts, d.source[0]), _token_ending(toks, starts, d.source[1])
        if i is not None and e is not None:
            yield d, i, e


def _source_after_the_clause_comma(text: str, s, starts: list[int], drafts: list[Draft],
                                   tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"... is an insult to all voters, top black lawmakers said", "To understand the real case, Justice Roberts
    said, ...": a source before its cue that the model began inside the clause before a comma (the word before it
    is no clause boundary: a preposition, a determiner, an adjective, a verb) starts after that comma, with the
    noun phrase right before the cue; the words before the comma are the end of the content ("Clause, X said"),
    which runs on to the comma when it stopped right before them. An apposition ("Ken Otieno, chief executive of
    Bytefarm, said") opens its clause and is left whole, and so is a place with its state ("Wilson, of
    Springfield, Va., said": no word before the comma in lower case; "at a meeting in Columbus, Ohio, said": one
    name after it)."""
    toks = s.tokens
    tag = None
    for d, i, e in _sources_before_cues(toks, starts, drafts):
        if i == 0:
            continue
        commas = [k for k in range(i + 1, e) if toks[k].text == ","]
        if len(commas) != 1:
            continue
        if tag is None:
            tag = _pos(s, tags)
        if tag[i - 1][:2] not in ("IN", "DT", "JJ", "VB", "TO") or toks[i - 1].text.lower() in _SUBJECT_OPENERS:
            continue
        c = commas[0]
        if not all(tag[k] in _SUBJECT_NP_TAGS or tag[k] in _NOUN_TAGS for k in range(c + 1, e + 1)) or \
                not any(toks[k].text[:1].islower() for k in range(i, c)) or \
                e == c + 1 and toks[e].text[:1].isupper():
            continue  # (a place and its state, "of Springfield, Va., said", "in Columbus, Ohio, said", are a name's)
        d.source = (toks[c + 1].start, d.source[1])
        for p in d.content:
            if p[1] <= toks[i].start and not text[p[1]:toks[i].start].strip():
                _replace_part(d, p, (p[0], toks[c - 1].end))
                break


@lru_cache(maxsize=1)
def _received_criticism() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs and nouns of ``received_criticism.tsv``."""
    rows = lexicons.load("received_criticism")
    return (frozenset(r["word"] for r in rows if r["role"] == "verb"),
            frozenset(r["word"] for r in rows if r["role"] == "noun"))


def _received_criticism_source(s, starts: list[int], drafts: list[Draft],
                               tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Suu Kyi has faced sharp criticism for ...", "the agency came under withering criticism", "X faced heavy
    criticism from rights groups after ...": criticism received (``received_criticism.tsv``: a verb of receiving,
    at most two words, a noun of criticism, in the cue or ending it) has its target for subject, never its source:
    the critic after "from" is the source, up to the clause's next comma or preposition, or there is none."""
    toks = s.tokens
    verbs, nouns = _received_criticism()[0], _CRITICISM_NOUNS
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        i, e = _token_starting(starts, d.cue[0]), _token_ending(toks, starts, d.cue[1])
        if i is None or e is None:
            continue
        words = [t.text.lower() for t in toks]
        n = next((k for k in range(i, e + 1) if words[k] in nouns), None)
        if n is None or not any(words[k] in verbs for k in range(max(0, n - 3), n)):
            continue
        target, d.source = d.source, None
        f = next((k for k in range(n + 1, min(len(toks), e + 3)) if words[k] == "from"), None)
        if f is None or f + 1 >= len(toks):
            continue
        tag = _pos(s, tags)
        end = f + 1
        while end + 1 < len(toks) and toks[end + 1].text not in _CLAUSE_END and \
                not (tag[end + 1] == "IN" and words[end + 1] != "of") and words[end + 1] not in _RELATIVE and \
                tag[end + 1] not in _FINITE:
            end += 1
        span = (toks[f + 1].start, toks[end].end)
        if not any(_overlaps(span, [o.cue] + ([o.source] if o.source else [])) for o in drafts):
            # the critic is the source; the one criticized, the content (PolNeAR's "X faced criticism from Y")
            d.source = span
            for o in drafts:
                if _overlaps(span, o.content):
                    o.content = [p for p in o.content if not (p[0] < span[1] and span[0] < p[1])]
            d.content = [target]


#: the nouns of criticism of ``received_criticism.tsv`` (the trigger of :func:`_received_criticism_source`)
_CRITICISM_NOUNS = _received_criticism()[1]


#: clause openers before a coordinated subject ("as the United States, Britain and France support ...")
_COORDINATED_SUBJECT_OPENERS = _SUBJECT_OPENERS - {",", ";", ":", "—", "–", "--", "(", "“", '"', "‘", "'"}


def _coordinated_subject_start(toks, tag: Sequence[str], k: int) -> int | None:
    """The first token of a coordinated subject whose joiner ("and", or a comma) is token ``k``: the noun phrases
    before it, separated by commas, back to the clause's start (the sentence's start or a clause opener such as
    "as", "that", "while"); None when a word of another kind comes first."""
    while k >= 1:
        j = k - 1
        if not (tag[j] in _NOUN_TAGS or tag[j] == "PRP"):
            return None
        while j > 0 and tag[j - 1] in _SUBJECT_NP_TAGS:
            j -= 1
        before = toks[j - 1].text.lower() if j > 0 else None
        if before is None or before in _COORDINATED_SUBJECT_OPENERS:
            return j
        if before == "," and j >= 2:
            k = j - 1
            continue
        return None
    return None


def _coordinated_subject_source(text: str, s, starts: list[int], drafts: list[Draft],
                                tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The family, protesters and civic leaders have been demanding ...", "as the United States, Britain and
    France support ...", "The mayor and her deputy said": a source before its cue that the model began at a later
    part of a coordinated subject (after "and", or after a comma when the source holds the list's "and") takes in
    the parts before it, noun phrases separated by commas, back to the clause's start (the sentence's start or a
    clause opener such as "as", "that", "while"; not a comma: "In June, the senator and ..." opens with a phrase
    of its own)."""
    toks = s.tokens
    tag = None
    for d, i, e in _sources_before_cues(toks, starts, drafts):
        if i < 2:
            continue
        if tag is None:
            tag = _pos(s, tags)
        if toks[i].text.lower() in _RELATIVE:
            continue  # "his campaign and which has endorsed": the relative pronoun stands alone
        joiner = toks[i - 1].text.lower()
        has_and = any(toks[x].text.lower() == "and" for x in range(i, e + 1))
        if not (joiner == "and" or (joiner == "," and has_and)):
            continue
        start = _coordinated_subject_start(toks, tag, i - 1)
        if start is None:
            continue
        span = (toks[start].start, d.source[1])
        if any(_overlaps(span, [o.cue] + ([o.source] if o.source and o is not d else [])) for o in drafts):
            continue
        d.source = span
        for o in drafts:  # a content that ran on into the subject ends before it
            if _overlaps(span, o.content):
                o.content = [q for p in o.content for q in (
                    [p] if not (p[0] < span[1] and span[0] < p[1]) else
                    [_trim_tail(text, p[0], span[0])] if p[0] < span[0] else []) if q[1] > q[0]]


def _source_to_its_head_noun(s, starts: list[int], drafts: list[Draft],
                             tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"..., attorneys for the family said", "Scott's family has called on police to ...": a source that stops one
    or two nouns short of its cue (the model left the head noun out: "attorneys for the", "Scott's") runs on to
    them, when only auxiliaries or adverbs stand between them and the cue. PolNeAR takes a date there in too ("His
    speech Tuesday was full of", "Clinton defenders today argue"). The sentence's tags are computed only when such
    a gap is left."""
    toks = s.tokens
    todo = []
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        e, c = _token_ending(toks, starts, d.source[1]), _token_starting(starts, d.cue[0])
        if e is not None and c is not None and e + 1 < c <= e + 3:
            todo.append((d, e, c))
    if not todo:
        return
    tag = _pos(s, tags)
    for d, e, c in todo:
        k = e + 1
        while k < c and tag[k] in _NOUN_TAGS and toks[k].text[:1].isalpha():
            k += 1
        m = k
        while m < c and toks[m].text.lower() in _AUX | _ADVERBS:
            m += 1
        if k > e + 1 and m == c and not _overlaps((toks[e + 1].start, toks[k - 1].end), _occupied(drafts)):
            d.source = (d.source[0], toks[k - 1].end)


_DURATIONS = frozenset("years year months month weeks week days decades decade hours ages while time".split())
_DURATION_WORDS = frozenset("a an the many several some two three four five six more than few".split())


def _duration_after_cue(s, starts: list[int], drafts: list[Draft]) -> None:
    """"has argued for years that the tax is unfair", "have warned for months that the river is dying": a "for"
    and a length of time after a verb of saying are neither cue nor content; the cue ends before "for" and the
    content is the clause after the duration (not "for years for a shorter week": "called for" stays)."""
    toks = s.tokens
    for d in drafts:
        j = _token_ending(toks, starts, d.cue[1])
        if j is None or toks[j].text.lower() != "for" or j == _token_starting(starts, d.cue[0]):
            continue
        k = j + 1
        while k < len(toks) and k - j <= 3 and (toks[k].text.lower() in _DURATION_WORDS or toks[k].text.isdigit()):
            k += 1
        if k >= len(toks) or toks[k].text.lower() not in _DURATIONS:
            continue
        c = k + 1
        if c < len(toks) and toks[c].text.lower() == "now":
            c += 1
        if c < len(toks) and toks[c].text == ",":
            c += 1
        if c >= len(toks) or toks[c].text.lower() != "that":
            continue  # "called for years for ...", "spoke for an hour"
        c += 1
        end = max((b for _, b in d.content), default=0)
        if c >= len(toks) or end <= toks[c].start:
            continue
        d.cue = (d.cue[0], toks[j - 1].end)
        d.content = [(toks[c].start, end)]


_CLAUSE_END = frozenset({".", "?", "!", ";", ":", ","})
_QUOTE_MARKS = frozenset(_DQ) | {"'", "’"}
_DASHES = frozenset({"–", "—", "―", "--"})
_LEADING = frozenset({"but", "and", "yet", "so", "however"})


#: Words of a short common noun phrase: lower-case words, a number and its hyphen ("45-year-old")
_AGE_WORD = re.compile(r"[a-z][a-z-]*|\d+|-|'s|’s")


def _starts_relative(toks, pos: int) -> bool:
    """Does the token at ``pos`` open a relative clause (who, whose, which): never a speaker by itself?"""
    return any(t.start == pos and t.text.lower() in ("who", "whose", "which") for t in toks)


def _tell_before_its_listener(toks, i: int) -> bool:
    """"Residents of the old town, where many streets flood every spring, told the Courier they had little faith in
    the plan": "tell" (the cue at token ``i``) never inverts with its speaker ("…, told the mayor." is no English
    frame); after a comma, what follows it is its listener and the clause told, and the speaker is before the
    comma. A quotation closed by its comma before it ("'…,' told …") is left to the frame."""
    return toks[i].text.lower() in _TELL and toks[i - 1].text == ","


def _speaker_after_cue(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"The drug protects the liver, said lead author Tom Hale.": a speech cue after a comma, with nothing after
    it but a named noun phrase to the sentence's end, has that phrase for source and the clause before the
    comma for content (the model sometimes reads the name as content, or a word of the clause as source). The
    same after a quotation closed by its comma or followed by a dash, in any house style's marks ("'…,' says
    Derek Ollerton", "“…” – says Dunne", "'…,' say angry parents"), where the quotation is the content, and
    cues the model found inside it that are no speech verbs are its words."""
    for d in list(drafts):
        if not _speech_cue(d, toks):
            continue
        i = bisect.bisect_left(starts, d.cue[0])
        j = bisect.bisect_left(starts, d.cue[1])
        if i < 2 or _tell_before_its_listener(toks, i):
            continue
        # the mark before the cue: a comma, or a quotation closed by its comma ("'…,' says Derek Ollerton") or
        # followed by a dash ("“…” – says Dunne")
        close = None
        if toks[i - 1].text in _QUOTE_MARKS and toks[i - 2].text == ",":
            close = i - 1
        elif toks[i - 1].text in _DASHES and toks[i - 2].text in _QUOTE_MARKS:
            close = i - 2
        elif toks[i - 1].text != ",":
            continue
        if close is not None and j < len(toks) and d.cue_text(toks).lower() in ("says", "say", "said") and \
                _says_object(toks[j:]):
            # "'It's a disaster,' says it all": the quotation is the verb's subject, the words its object
            drafts.remove(d)
            continue
        if close is not None and d.source is not None and d.source[0] >= d.cue[1] and \
                not _starts_relative(toks, d.source[0]):
            continue  # the model found the speaker after the cue: "“…,” said O'Neill, on his first day"
        end = len(toks)
        while end > j and not toks[end - 1].text[:1].isalnum():
            end -= 1
        tail = toks[j:end]
        if not tail or any(x.text in _DQ for x in tail) or tail[0].text.lower() in _NP_STOP:
            continue
        named = tail[0].text[:1].isupper() or any(x.text[:1].isupper() for x in tail[:12])
        # "said lead author Tom Hale", a name with a long apposition ("says Paul Rieckhoff, founder and CEO of
        # ..."), or a short common noun phrase ("said the ruling")
        short = len(tail) <= 12 or (tail[0].text[:1].isupper() and any(x.text == "," for x in tail[1:6])
                                     and len(tail) <= 30)
        common = tail[0].text.lower() in ("the", "a", "an") and 2 <= len(tail) <= 4 and \
            all(x.text.isalpha() and x.text.islower() for x in tail)
        # after a quotation, "the 45-year-old" or "the veteran striker", and a relative clause after it ("…,"
        # said the 45-year-old, whose side are third")
        comma = next((n for n, x in enumerate(tail) if x.text == ","), len(tail))
        head = tail[:comma]
        if close is not None and not common and tail[0].text.lower() in ("the", "a", "an") and \
                2 <= len(head) <= 6 and all(_AGE_WORD.fullmatch(x.text) for x in head[1:]) and \
                (comma == len(tail) or comma + 1 < len(tail) and tail[comma + 1].text.lower() in ("who", "whose")):
            common = True
        # a common noun phrase with a relative clause after it, after a quotation or a clause ("…, said the
        # people, who asked not to be identified", "“…,” said a 62-year-old retiree who wanted to be known only
        # as Tan"): the noun phrase is the speaker
        rel = next((n for n, x in enumerate(tail) if x.text.lower() in ("who", "whose")), None)
        relhead = None
        if not common and rel is not None and tail[0].text.lower() in ("the", "a", "an"):
            h = tail[:rel - 1] if tail[rel - 1].text == "," else tail[:rel]
            if 2 <= len(h) <= 6 and all(_AGE_WORD.fullmatch(x.text) for x in h[1:]):
                relhead = (h[0].start, h[-1].end)
        # after a quotation, a short phrase of words to the end is the speaker too ("…,' say angry parents")
        plain = close is not None and len(tail) <= 4 and all(x.text.isalpha() for x in tail)
        if not (named and short or common or plain or relhead):
            continue
        source = relhead or (tail[0].start, tail[-1].end)
        if head and comma + 1 < len(tail) and tail[comma + 1].text.lower() in ("who", "whose", "which") and \
                any(o is not d and _overlaps(source, [o.cue]) for o in drafts):
            source = (head[0].start, head[-1].end)  # "…," said the lawyer, who declined to give details
        if any(o is not d and _overlaps(source, [o.cue]) for o in drafts):
            continue
        # a source the model gave in the clause before the comma, without a capital (no name), is a word of
        # that clause ("…stays by half, said lead researcher Priya Nair"; the dash of "“…” – says Dunne")
        if d.source is not None and not _overlaps(d.source, [source]) and (
                d.source[1] > toks[i - 1].end or any(x.text[:1].isupper() for x in toks
                                                       if d.source[0] <= x.start < d.source[1])):
            continue
        first = next((x for x in toks if x.text not in _DQ), None)
        if first is None or first.start >= toks[i - 1].start:
            continue
        if close is not None:
            # the quotation's parts the model found (it may have begun sentences before), or the whole of it
            before = [c for c in d.content if c[1] <= toks[close].end]
            content = before if before else [(toks[0].start, toks[close].end)]
            # verbs the model took for cues inside the quotation, with its words for source ("'The figures speak
            # for themselves,' says …") are its words; a speech verb there stays (a quotation inside)
            inner = [o for o in drafts if o is not d and not _speech_cue(o, toks) and
                     all(toks[0].start <= x and y <= toks[close].end for x, y in o.spans())]
            if inner and not _overlaps((content[0][0], content[-1][1]),
                                       [sp for o in drafts if o is not d and o not in inner for sp in o.spans()]):
                for o in inner:
                    drafts.remove(o)
                content = [(toks[0].start, toks[close].end)]
        else:
            content = (first.start, toks[i - 2].end) if toks[i - 2].text not in _DQ else (toks[0].start, toks[i - 2].end)
            content = [content]
            if relhead:
                # verbs the model took for cues in that clause ("working with advisers to gauge") are its words
                for o in [o for o in drafts if o is not d and not _speech_cue(o, toks) and
                          all(content[0][0] <= x and y <= content[0][1] for x, y in o.spans())]:
                    drafts.remove(o)
        if _overlaps((content[0][0], content[-1][1]), [sp for o in drafts if o is not d for sp in o.spans()]):
            continue
        d.source, d.content = source, content


#: verbs of saying that stand before their subject at a sentence's end ("..., said fire service officials.")
_INVERTED_SPEECH_VERBS = frozenset("""said says added adds wrote writes reported reports explained explains noted
    notes warned warns stated states confirmed confirms""".split())



def _inverted_frame_over_content(s, starts: list[int], drafts: list[Draft],
                                 tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The measure, approved on Tuesday by five votes to two, covers three parishes, reports Lusa.": a verb of
    saying after the sentence's last comma with a name after it to the sentence's end (", reports Lusa.", ", said
    Reuters.") is the sentence's frame when the model took a verb of the clause before the comma for the cue (one
    that is no speech cue of the lexicon) and ran its content over the frame, or labelled the frame's verb itself
    but read the name as its content and gave it no source: the frame's verb is the cue, the name the source, and
    the clause before the comma the content, when that clause holds a verb and no quotation mark."""
    toks = s.tokens
    end = len(toks)
    while end > 0 and not toks[end - 1].text[:1].isalnum():
        end -= 1
    i = next((k for k in range(end - 1, 2, -1) if toks[k].text.lower() in _INVERTED_SPEECH_VERBS), None)
    if i is None or toks[i - 1].text != "," or any(t.text == "," for t in toks[i:end]):
        return
    name = toks[i + 1:end]
    det = 1 if name and name[0].text == "the" else 0
    if not 1 + det <= len(name) <= 4 or not all(t.text[:1].isupper() for t in name[det:]):
        return
    verb = (toks[i].start, toks[i].end)
    source = (name[0].start, name[-1].end)
    own = next((d for d in drafts if d.cue == verb), None)
    if own is not None:  # the model's own frame cue, with the name read as its content ("..., reports [Lusa].")
        if own.source is not None or not own.content or \
                any(x < source[0] or y > source[1] for x, y in own.content):
            return
        over = [own]
    else:
        over = [d for d in drafts if any(x <= verb[0] and verb[1] <= y for x, y in d.content)]
        if len(over) != 1 or _speech_cue(over[0], toks) or any(d.cue[1] > toks[i - 1].start for d in drafts):
            return
    tag = _pos(s, tags)
    if any(t.text in _QUOTE_MARKS for t in toks[:i]) or not any(tag[k] in _FINITE for k in range(i - 1)):
        return
    d = over[0]
    d.cue, d.source, d.phrase = verb, source, False
    d.content = [(toks[0].start, toks[i - 2].end)]


def _plain_speaker_after_final_cue(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """_plain_plural_speaker: "The road was closed for three hours, said fire service officials.": a verb of saying
    after the clause's comma, with nothing after it to the sentence's end but a short lower-case noun phrase,
    without a determiner and with a plural head ("fire service officials", "senior administration officials") or
    with "a"/"the" and a noun head ("a ministry press release"), has that phrase for source and the clause
    before the comma for content; the model reads such a phrase as content or leaves the source empty. Other
    attributions may lie only inside that clause ("... and asked it to report within a week, said a ministry
    press release"), where they stay."""
    toks = s.tokens
    if not drafts:
        return
    d = drafts[-1]
    if d.source is not None and d.source[1] <= d.cue[0] and d.content and min(d.content)[0] < d.cue[0]:
        return
    i = _token_starting([t.start for t in toks], d.cue[0])
    if i is None or i < 3 or toks[i - 1].text != "," or d.cue != (toks[i].start, toks[i].end) or \
            toks[i].text.lower() not in _INVERTED_SPEECH_VERBS:
        return
    if any(o is not d and not (toks[0].start <= o.cue[0] and o.cue[1] <= toks[i - 1].start) for o in drafts):
        return  # other attributions only inside the clause before the comma ("... and asked it to ..., said X")
    j = i + 1
    while j < len(toks) and toks[j - 1].end < d.cue[1]:
        j += 1
    end = len(toks)
    while end > j and not toks[end - 1].text[:1].isalnum():
        end -= 1
    tail = toks[j:end]
    det = 1 if tail and tail[0].text in ("a", "an", "the") else 0
    if not 1 + det <= len(tail) <= 4 or end < len(toks) - 1 or \
            not all(x.text.isalpha() and x.text.islower() and x.text not in _NP_STOP for x in tail[det:]):
        return
    tag = _pos(s, tags)
    if tag[end - 1] not in (("NN", "NNS") if det else ("NNS",)) or \
            not all(tag[k] in ("NN", "NNS", "JJ") for k in range(j + det, end)) or \
            not any(tag[k] in _FINITE for k in range(i - 1)):
        return  # and the words before the comma are a clause, not a noun phrase ("Several candidates, ...,")
    first = 1 if toks[0].text in _DQ else 0
    if any(x.text in _DQ for x in toks[first:i]):
        return
    d.source = (tail[0].start, tail[-1].end)
    d.content = [(toks[first].start, toks[i - 2].end)]


#: Objects of "says" after a quotation that is the verb's subject ("'…,' says it all", "says a lot about",
#: "says much about"): no speaker, no attribution.
_SAYS_OBJECTS = frozenset("it much little something nothing everything volumes plenty enough lots".split())
_SAYS_OBJECT_PAIRS = frozenset({("a", "lot"), ("a", "great"), ("a", "good"), ("so", "much"), ("more", "about")})


def _says_object(tail) -> bool:
    """Do the words after a quotation's "says" open the verb's object rather than its subject?"""
    w = [x.text.lower() for x in tail[:2]]
    return w[0] in _SAYS_OBJECTS or tuple(w) in _SAYS_OBJECT_PAIRS


def _says_little_about(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"the results say little about shops, care homes or building sites": "say" with an object of quantity and
    "about" reports no speech; the words belong to the content around it (an attribution's of their own goes)."""
    for d in list(drafts):
        if d.cue_text(toks).lower() not in ("say", "says", "said"):
            continue
        j = bisect.bisect_left(starts, d.cue[1])
        tail = toks[j:j + 4]
        if tail and _says_object(tail) and any(t.text.lower() == "about" for t in tail[1:4]) and len(drafts) > 1:
            drafts.remove(d)
            other = max((o for o in drafts if o.cue[1] <= d.cue[0] and o.content), key=lambda o: o.cue[1],
                        default=None)
            if other is not None and d.content and max(b for _, b in other.content) <= d.cue[0]:
                other.content = [(min(other.content)[0], max(b for _, b in d.content))]


def _quoted_as_saying(toks, drafts: list[Draft]) -> None:
    """"Putin was quoted by state news agency RIA as saying the talks had been useful": one attribution, whose
    source is the subject of "was quoted" (not the medium after "by"), whose cue runs from "quoted" to "as
    saying" when nothing stands between them, and whose content is the clause after "saying"."""
    for d in list(drafts):
        if not any(d is x for x in drafts):
            continue
        i = next((n for n, t in enumerate(toks) if t.start >= d.cue[0] and t.end <= d.cue[1]
                  and t.text.lower() == "quoted"), None)
        if i is None:
            continue
        j = i + 1
        speaker = None  # "The newspaper quoted a senior official as saying": the official is the source
        if j < len(toks) and toks[j].text.lower() != "as":
            by = toks[j].text.lower() == "by"
            j += 1 if by else 0
            while j < len(toks) and j - i <= 10 and toks[j].text.lower() != "as" and toks[j].text not in _CLAUSE_END:
                j += 1
            if not by and j > i + 1 and j < len(toks) and toks[j].text.lower() == "as":
                speaker = (toks[i + 1].start, toks[j - 1].end)
        if not (j + 1 < len(toks) and toks[j].text.lower() == "as" and
                toks[j + 1].text.lower() in ("saying", "telling", "stating", "describing")):
            continue
        k = j + 2
        while k < len(toks) and toks[k].text.lower() in ("that", ",", ":"):
            k += 1
        end = len(toks)
        while end > k and not toks[end - 1].text[:1].isalnum() and toks[end - 1].text not in _DQ:
            end -= 1
        if end - k < 2:
            continue
        content = (toks[k].start, toks[end - 1].end)
        source = d.source if d.source is not None and d.source[1] <= d.cue[0] else None
        if speaker is not None:
            source = speaker
        elif source is None:
            a = bisect.bisect_left([t.start for t in toks], d.cue[0])
            source = _noun_phrase_before(toks, toks[a].start) if a > 0 else None
        region = (min(d.cue[0], source[0] if source else d.cue[0]), content[1])
        others = [o for o in drafts if o is not d and _overlaps(region, [o.cue])]
        if any(o.cue[0] < toks[i].start for o in others):
            continue
        for o in others:
            drafts.remove(o)
        if j == i + 1:
            d.cue = (d.cue[0], toks[j + 1].end)  # "was quoted as saying"
        d.source, d.content = source, [content]


def _speaker_before_asides(text: str, toks, starts: list[int], drafts: list[Draft]) -> None:
    """"Silva, who had been on the pitch for an hour, said the referee was wrong." / "The minister, Hanna Lind,
    told the BBC that ...": the model sometimes reads a speaker set off from its speech cue by asides between
    commas as the content, and the clause after the cue as the source. When the sentence opens with a short
    noun phrase, then one or two asides (a relative clause, a name, an age, an adverb: no other comma), the
    comma and the cue, and a clause of three words or more follows, the two change places."""
    for d in drafts:
        if d.source is None or not d.content or d.source[0] < d.cue[1] or \
                any(b > d.cue[0] for _, b in d.content) or not _speech_cue(d, toks):
            continue
        i = _token_starting(starts, d.cue[0])
        if i is None or i < 4 or toks[i - 1].text != "," or any(t.text in _QUOTE_MARKS for t in toks[:i]):
            continue
        if min(d.content)[0] != toks[0].start:
            continue
        commas = [k for k in range(i - 1) if toks[k].text == ","]
        if not commas or len(commas) > 2 or commas[0] > 6 or not toks[0].text[:1].isupper():
            continue
        if any(t.text.lower() in _AUX or t.text.lower() in _RELATIVE for t in toks[:commas[0]]):
            continue
        end = len(toks)
        while end > i + 1 and not toks[end - 1].text[:1].isalnum() and toks[end - 1].text not in _DQ:
            end -= 1
        after = toks[i + 1:end]
        asides_ok = True
        for k in commas:
            nxt = toks[k + 1].text
            if not (nxt.lower() in ("who", "whose", "which") or nxt[:1].isupper() or nxt[:1].isdigit() or
                    nxt.lower() in _ASIDE_STARTS or nxt.lower() in ("a", "an", "the", "aged") or
                    nxt.islower() and nxt.endswith("ing") and len(nxt) > 5 or  # "The Taoiseach, speaking in Brussels,"
                    _ANONYMOUS_ASIDE.match(text, toks[k + 1].start)):
                asides_ok = False
        # round 16 (branch attr18): words after the cue that open with a subject pronoun are a clause whatever the
        # asides ("Andres Pineda, third overall, admitted he had suffered in the heat")
        if not asides_ok and not _opens_pronoun_clause(after):
            continue
        if len([t for t in after if t.text[:1].isalnum()]) < 3 or d.source[0] != after[0].start:
            continue
        if _overlaps((toks[0].start, after[-1].end), _occupied(drafts, besides=[d])):
            continue
        d.source = (toks[0].start, toks[i - 2].end)
        d.content = [(after[0].start, after[-1].end)]


def _speech_cue(d: Draft, toks) -> bool:
    """Does the draft's cue hold a single-word cue of the lexicon (said, told, argued), not only a verb the
    model took for one (rose, passed)?"""
    lex = _single_cues()
    return any(w in lex for w in _WORD_RE.findall(d.cue_text(toks).lower()))


def _summary_apposition(rest) -> bool:
    """Do the tokens after "according to X" make a noun phrase that sums up the clause before, closing the
    sentence ("…, according to documents seen by Reuters, a move that would put 1,100 jobs at risk")?"""
    if len(rest) < 4 or rest[0].text != "," or rest[1].text.lower() not in ("a", "an"):
        return False
    rel = next((n for n, t in enumerate(rest[2:7], 2) if t.text.lower() in ("that", "which")), None)
    return rel is not None and not any(t.text in _CLAUSE_END for t in rest[2:rel]) and \
        rest[rel - 1].text[:1].islower() and not any(t.text in _DQ for t in rest)


@lru_cache(maxsize=1)
def _manner_nouns() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in lexicons.load("manner_according_to"))


def _manner_according_to(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"all bills were issued according to the tariff", "fees are calculated according to household income":
    "according to" right after a passive participle (a form of "be" before it) and before a noun of
    ``manner_according_to.tsv`` says how, not who said so: no cue ("were arrested according to police" stays)."""
    for d in list(drafts):
        words = d.cue_text(toks).lower().split()
        if words[-2:] != ["according", "to"]:
            continue
        i = bisect.bisect_left(starts, d.cue[0])
        # the words before "according to", in the cue or before it: "[were] [issued] according to"
        lead = [t.text.lower() for t in toks[max(0, i - 2):i]] + words[:-2]
        j = bisect.bisect_left(starts, d.cue[1])
        obj = []
        for t in toks[j:j + 5]:
            if t.text in _CLAUSE_END or t.text in _DQ:
                break
            obj.append(t.text.lower())
        if len(lead) >= 2 and lead[-1].endswith("ed") and lead[-2] in _BE and _manner_nouns() & set(obj):
            drafts.remove(d)


_ACCORDING_TO = re.compile(r"(?i)according\s+to\b")


def _according_to(text: str, toks, drafts: list[Draft]) -> None:
    """"According to X, content." and "Content, according to X.": X is the source (the noun phrase up to the
    comma or the sentence's end, with a relative clause after it: "According to Dr Yusuf, who led the study,"),
    the clause on the other side of the comma the content, even where that clause holds an attribution of its
    own ("According to a statement, the two sides agreed to …"); a cue the model gave no content takes the
    clause before it without a comma too ("Unemployment rose in March according to the statistics office."). A cue
    the model ran on into its source ("according to a note circulated") is cut back to "according to"."""
    _as_reported_by(text, toks, drafts)
    for d in drafts:
        words = text[d.cue[0]:d.cue[1]].lower().split()
        if words[:2] == ["according", "to"] and len(words) > 2 and d.source is None:
            # the model's cue ran on into the source ("according to a note circulated"): the cue is the phrase
            d.cue = (d.cue[0], _ACCORDING_TO.match(text, d.cue[0]).end())
            words = words[:2]
        if words not in (["according", "to"], ["as", "reported", "by"]):
            continue
        i = bisect.bisect_left([t.start for t in toks], d.cue[0])
        j = bisect.bisect_left([t.start for t in toks], d.cue[1])  # first token after the cue
        k = j
        while k < len(toks) and toks[k].text not in _CLAUSE_END and toks[k].text not in _DQ and k - j < 20:
            k += 1
        if k == j or (k < len(toks) and toks[k].text not in _CLAUSE_END):
            continue
        before = [t for t in toks[:i] if t.text not in _DQ and t.text.lower() not in _LEADING]
        if not before and k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text.lower() in _RELATIVE - {"that"}:
            # "According to Dr Amina Yusuf, who led the study, …": the relative clause belongs to the source
            k2 = k + 1
            while k2 < len(toks) and toks[k2].text not in _CLAUSE_END and toks[k2].text not in _DQ and k2 - k < 20:
                k2 += 1
            if k2 < len(toks) and toks[k2].text == ",":
                k = k2
        source = (toks[j].start, toks[k - 1].end)
        nested_ok = False
        if not before and k < len(toks) and toks[k].text == ",":  # According to X, content.
            nested_ok = True  # the content may hold attributions of its own ("…, the two sides agreed to …")
            rest = list(toks[k + 1:])
            while rest and not rest[-1].text[:1].isalnum() and rest[-1].text not in _DQ:
                rest.pop()
            if not rest:
                continue
            content = (rest[0].start, rest[-1].end)
        elif i >= 2 and (toks[i - 1].text == "," or i >= 4 and not d.content and toks[i - 1].text[:1].isalnum()) and \
                (all(t.text in _CLAUSE_END or t.text in _DQ for t in toks[k:]) or _summary_apposition(toks[k:])):
            # content, according to X. (or, where the model found no content, without the comma: "Unemployment
            # rose in March according to X.")
            first = next(t for t in toks if t.text not in _DQ)
            content = (first.start, toks[i - 2].end if toks[i - 1].text == "," else toks[i - 1].end)
        else:
            continue
        speech = [o for o in drafts if o is not d and _speech_cue(o, toks)]
        if _overlaps(source, [o.cue for o in drafts if o is not d]) or \
                not nested_ok and _overlaps(content, [o.cue for o in speech if o.source is not None]):
            continue
        for o in [o for o in drafts if o is not d and _overlaps(o.cue, [content]) and
                  (o.source is None or o not in speech)]:
            drafts.remove(o)  # a verb of the content
        d.source, d.content = source, [content]


def _as_reported_by(text: str, toks, drafts: list[Draft]) -> None:
    """"As reported by the Sowetan, the minister …", "…, as reported by Reuters.": a cue the model found on
    "reported" (or "reported by Reuters") becomes "as reported by", which :func:`_according_to` reads as it
    reads "according to": the medium after it is the source, the clause on the other side the content."""
    for d in drafts:
        i = bisect.bisect_left(toks, d.cue[0], key=_token_start)
        if 0 < i < len(toks) - 2 and toks[i].text.lower() == "reported" and toks[i - 1].text.lower() == "as" and \
                toks[i + 1].text.lower() == "by" and toks[i + 2].text[:1].isalnum() and \
                (i == 1 or toks[i - 2].text in (",", "(") or toks[i - 2].text in _DQ or
                 toks[i - 2].text.lower() in _LEADING):
            d.cue = (toks[i - 1].start, toks[i + 1].end)
            if d.source is not None and _overlaps(d.source, [d.cue]):
                d.source = None


#: past participles of the cue lexicon that, after "and", are as often adjectives ("and alleged fraudulent schemes")
_ADJECTIVAL = frozenset("alleged reported noted stated claimed accused concerned".split())


def _split_participle_cues(text: str, toks, starts: list[int], ends: list[int], drafts: list[Draft]) -> None:
    """A participle cue from the lexicon after a comma inside a content ("..., emphasising the need for X")
    starts an attribution of its own, with the same source. Such a participle is a word of
    :data:`_COMMA_PARTICIPLES` and such a verb one of :data:`_BUT_SPEECH_VERBS`, or of :data:`_BUT_RULING_VERBS`
    before "that" ("found that ... but ruled that ..."; the pass's triggers)."""
    extra = []
    for d in drafts:
        new_parts = []
        for a, b in d.content:
            inner = range(bisect.bisect_left(starts, a), bisect.bisect_right(ends, b))  # tokens within [a, b)
            split = None
            for i in inner[1:]:
                t = toks[i]
                prev = toks[i - 1].text
                if prev != "," and prev != "but":  # the cheap test first: most tokens follow neither
                    continue
                low = t.text.lower()
                if prev != ",":
                    # "said conditions would improve but cautioned farmers against planting": a past-tense speech
                    # verb of the lexicon set against a sourced cue by "but", before its own complement ("and" is
                    # as often the verb of a subject inside the content: "after she attacked X and blamed Y")
                    if d.source is not None and d.source[1] <= d.cue[0] and i + 1 < len(toks) and \
                            (low in _BUT_SPEECH_VERBS or low in _BUT_RULING_VERBS and toks[i + 1].text == "that") and \
                            toks[i + 1].end <= b and \
                            toks[i + 1].text[:1].isalpha() and not _inside_quotes(text, a, t.start):
                        split = i
                        break
                    continue
                if low in _COMMA_PARTICIPLES and i + 1 < len(toks) and \
                        toks[i + 1].end <= b and not _inside_quotes(text, a, t.start):
                    split = i
                    break
            if split is None:
                new_parts.append((a, b))
                continue
            comma = toks[split - 1]
            if comma.text != "," and split >= 2 and toks[split - 2].text == ",":
                comma = toks[split - 2]
            if comma.start > a:
                new_parts.append((a, _rstrip(text, a, comma.start)))
            cue = toks[split]
            first = split + 1
            while first + 1 < len(toks) and toks[first].text in (":", "that") and toks[first + 1].end <= b:
                first += 1  # ", adding: “…”", ", adding that …"
            extra.append(Draft(d.sentence, d.idx, (cue.start, cue.end), d.source, [(toks[first].start, b)]))
        d.content = new_parts
    drafts.extend(extra)
    drafts.sort(key=lambda x: x.cue[0])


def _source_before_phrase_cue(toks, drafts: list[Draft]) -> None:
    """A phrase cue from the lexicon that the model gave no source: the noun phrase right before it."""
    for d in drafts:
        if d.source is None and d.phrase:
            np_span = _noun_phrase_before(toks, d.cue[0])
            if np_span and not _overlaps(np_span, _occupied(drafts)):
                d.source = np_span


#: a wire dateline before an article's first sentence: "TOKYO (Kyodo) --", "KUNMING, Dec. 2 (Xinhua) --",
#: "Lucknow, Dec 2 (PTI)", "SAN FRANCISCO (Continental Wire) —", "CHENNAI:", and (round 16, branch attr18) a date
#: with no agency before the dash: "Kathmandu, December 4 --"
_DATELINE = re.compile(r"(?:[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*(?:, [A-Z][a-z]{2,3}\.? \d{1,2} \([A-Z][\w .'-]*\)"
                       r"(?: ?(?:--|—|–|-))?| \([A-Z][\w .'-]*\) ?(?:--|—|–|-)|, [A-Z][a-z]{2,8}\.? \d{1,2} ?(?:--|—|–))|[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)* ?"
                       r"(?:--|—|–|:)) ")


#: a subject's words that make "X said" no plain report: a clause or a quotation inside the subject
_SAID_SUBJECT_STOP = frozenset({",", ";", "(", ")", "who", "which", "that", "and", "or", "but", "if", "when",
                                "as", "it", "is", "was", "be", "been", "being", "are", "were"}) | frozenset(_DQ)
_SAID_DATELINE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}:[ \u00a0]")


def _unlabelled_said(text: str, s) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """_said_the_model_missed: a body sentence in which the model labelled nothing at all, whose subject of a
    few capitalized words (a time phrase allowed after it) is followed by "said" or "says" and a clause of
    five words or more ("Madhya Pradesh Agriculture Minister Ramesh Patidar on Sunday said farmers whose
    wheat crop was damaged in Saturday's hailstorm would be compensated within a month", after a dateline
    "Bhopal:"). Returns (cue, source) or None; the passes of :func:`_refine` give it its clause."""
    if "said" not in s.lower_words and "says" not in s.lower_words:
        return None  # (the cheap first test: most sentences without a cue hold neither)
    toks = s.tokens
    first = 0
    m = _SAID_DATELINE.match(text, toks[0].start) if toks else None
    if m is not None:
        first = next((j + 1 for j, t in enumerate(toks[:4]) if t.text == ":"), 0)
    j = next((j for j, t in enumerate(toks) if t.text in ("said", "says")), None)
    if j is None or j - first < 2 or j - first > 12 or not toks[first].text[:1].isupper():
        return None
    if any(t.text.lower() in _SAID_SUBJECT_STOP for t in toks[first:j]):
        return None
    if len([t for t in toks[j + 1:] if t.text[:1].isalnum()]) < 5 or toks[j + 1].text in (",", ":", "."):
        return None
    return (toks[j].start, toks[j].end), (toks[first].start, toks[j - 1].end)



#: the opening of a US dateline before a sentence's subject: "DULUTH, Minn. —", "SACRAMENTO, Calif. (AP) —"
_US_DATELINE_DASHES = frozenset({"—", "–", "--"})


def _unlabelled_cue_before_that(s, contents: Spans) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """_cue_before_that_the_model_missed: a body sentence in which the model labelled nothing at all, whose subject
    (a capitalized opening of two to twelve words, no verb or clause word in it, after any dateline that ends in a
    dash) is followed by a one-word verb cue of the lexicon in the past tense and, right after it or after one lone
    time word, "that" ("A former nurse at a Leeds care home testified Tuesday that medicines were going
    missing."). The model may have labelled the clause's content without a cue: any content it labelled starts
    at or after the "that". Returns (cue, source) or None; the passes of :func:`_refine` give it its clause."""
    if "that" not in s.lower_words:
        return None  # (the cheap first test)
    toks = s.tokens
    first = next((k + 1 for k, t in enumerate(toks[:8]) if t.text in _US_DATELINE_DASHES), 0)
    j = next((j for j in range(first + 2, min(len(toks) - 3, first + 13))
              if toks[j].text.lower() in _verb_cues() and toks[j].text.endswith("ed")), None)
    if j is None or not toks[first].text[:1].isupper():
        return None
    k = j + 2 if toks[j + 1].text.lower() in _LONE_TIME_WORDS else j + 1
    if toks[k].text != "that" or any(t.text.lower() in _SAID_SUBJECT_STOP for t in toks[first:j]) or \
            any(a < toks[k].start for a, _ in contents):
        return None
    if len([t for t in toks[k + 1:] if t.text[:1].isalnum()]) < 4:
        return None
    return (toks[j].start, toks[j].end), (toks[first].start, toks[j - 1].end)

#: the verbs of a final frame the model may leave unlabelled (",  researchers note."); round 16 (branch attr18): a
#: document's "states" (", the department's notice states.": PolNeAR train has 7 gold cues "states", 21 "stated")
_FINAL_FRAME_VERBS = frozenset("say says said note notes noted add adds added warn warns warned argue argues argued "
                               "write writes wrote state states stated announce announces announced".split())


def _unlabelled_final_frame(s) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A body sentence in which the model labelled nothing, that ends in a frame ", researchers note." (a comma,
    a noun phrase of one to four words with no verb or clause word in it, a verb of saying, a day's name or "today",
    "yesterday" allowed after it, the sentence's final mark) after a clause of five words or more: the verb is the
    cue and the noun phrase its source; the passes of :func:`_refine` give it the clause before the comma. Returns
    (cue, source) or None."""
    toks = s.tokens
    end = len(toks)
    while end > 0 and toks[end - 1].text in (".", "!", "?") or end > 0 and toks[end - 1].text in _DQ:
        end -= 1
    if end > 1 and toks[end - 1].text.lower() in _LONE_TIME_WORDS and toks[end - 2].text in _FINAL_FRAME_VERBS:
        end -= 1  # branch repro18: "..., the municipal transport department announced Wednesday."
    if end < 8 or toks[end - 1].text not in _FINAL_FRAME_VERBS or any(t.text in _DQ for t in toks):
        return None  # (as written, in lower case: "..., not the United States." ends in no verb)
    comma = next((c for c in range(end - 2, max(0, end - 7), -1) if toks[c].text == ","), None)
    if comma is None or comma < 5 or comma + 1 > end - 2:
        return None
    np = toks[comma + 1:end - 1]
    # round 16 (branch attr18): a possessive inside the noun phrase ("the department's notice")
    if any(not (t.text[:1].isalpha() or t.text in ("'s", "’s") and k > 0) or t.text.lower() in _SAID_SUBJECT_STOP or
           t.text.lower() in _FINAL_FRAME_VERBS for k, t in enumerate(np)):
        return None
    if len([t for t in toks[:comma] if t.text[:1].isalnum()]) < 5:
        return None
    if toks[end - 1].text in _STATE_VERBS and not _document_frame_subject(s, comma + 1, end - 1):
        return None
    return (toks[end - 1].start, toks[end - 1].end), (np[0].start, np[-1].end)


#: "state" among the verbs of a final frame: a noun too (", in later states.", which the tagger may read as the
#: verb and the verb as the noun), so only after a document's noun phrase (", the department's notice states.")
_STATE_VERBS = frozenset("state states stated".split())
_DOCUMENT_DETERMINERS = frozenset("the a an its his her their this that our".split())


def _document_frame_subject(s, a: int, b: int) -> bool:
    """Are tokens ``a`` to ``b`` (exclusive) of sentence ``s`` a noun phrase that opens with a determiner and ends
    on a document's head noun of ``lexicons/source_kinds.tsv`` ("the department's notice", "the ruling"; not "the
    two" of "the two states")?"""
    toks = s.tokens
    return toks[a].text.lower() in _DOCUMENT_DETERMINERS and \
        _source_lexicon().get(toks[b - 1].text.lower()) == "document"


def _contents_in_final_frame(s, contents: Spans) -> bool:
    """"..., a climber who fails to return a chip will be charged Rs 20,000, the department's notice states.": does
    every content run the model labelled in a sentence without a cue lie inside a final frame (its noun phrase and
    verb, :func:`_unlabelled_final_frame`)? It read the frame as content, and found no cue."""
    frame = _unlabelled_final_frame(s)
    return frame is not None and all(frame[1][0] <= a and b <= frame[0][1] for a, b in contents)


def _free_relative_cue(s) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """A body sentence in which the model labelled no cue, holding "what" + a short noun phrase + (adverbs) + a
    verb of saying of the lexicon: "That is exactly what the opposition leader now argues.", "... with what coach
    Hennessy later described as "a dead leg"". The verb is the cue and the noun phrase its source; the content is
    what follows "as", or, when the verb ends the sentence, the words up to "what" (what the speaker argues).
    Returns (cue, source, content) or None."""
    if "what" not in s.lower_words:
        return None
    toks = s.tokens
    lex = _single_cues()
    end = len(toks)
    while end > 0 and not toks[end - 1].text[:1].isalnum() and toks[end - 1].text not in _DQ:
        end -= 1
    for w in range(1, end - 2):
        if toks[w].text.lower() != "what":
            continue
        v = w + 1
        while v < end and v - w <= 6 and (toks[v].text[:1].isalpha() or toks[v].text in ("'s", "’s")) and \
                toks[v].text.lower() not in lex:
            v += 1
        if v >= end or toks[v].text.lower() not in lex or not toks[v].text.lower().endswith(("s", "ed", "id", "ld")):
            continue
        n = v
        while n > w + 1 and (toks[n - 1].text.lower() in _ADVERBS | {"now", "once", "often"} or
                             toks[n - 1].text.lower().endswith("ly")):
            n -= 1
        words = toks[w + 1:n]
        if not words or any(t.text.lower() in _SAID_SUBJECT_STOP or t.text.lower() in _AUX for t in words):
            continue
        cue, source = (toks[v].start, toks[v].end), (words[0].start, words[-1].end)
        if v + 1 == end:
            return cue, source, (toks[0].start, toks[w].end)
        if toks[v + 1].text.lower() == "as" and v + 2 < end:
            return cue, source, (toks[v + 2].start, toks[end - 1].end)
    return None


_REFLEXIVES = frozenset("himself herself itself themselves".split())


def _reflexive_subject_cue(s) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """A body sentence in which the model labelled no cue, holding a subject stressed by a reflexive ("Kovac
    himself", "the treasurer herself"), then auxiliaries and a verb of saying of the lexicon and its object: "...
    the small matter that Kovac himself has proposed a toll on the bridge". The verb is the cue, the subject with
    its reflexive the source, the words after the verb the content. Returns (cue, source, content) or None."""
    if _REFLEXIVES.isdisjoint(s.lower_words):
        return None
    toks = s.tokens
    lex = _single_cues()
    end = len(toks)
    while end > 0 and not toks[end - 1].text[:1].isalnum() and toks[end - 1].text not in _DQ:
        end -= 1
    for r in range(2, end - 2):
        if toks[r].text.lower() not in _REFLEXIVES or not toks[r - 1].text[:1].isalpha():
            continue
        v = r + 1
        while v < end and toks[v].text.lower() in _AUX:
            v += 1
        if v + 2 > end or toks[v].text.lower() not in lex or toks[v].text.lower().endswith("ing"):
            continue
        k = r - 1
        while k > 0 and r - k < 5 and toks[k - 1].text[:1].isalpha() and \
                toks[k - 1].text.lower() not in _SAID_SUBJECT_STOP | _AUX | lex:
            k -= 1
        if toks[k].text.lower() in _SAID_SUBJECT_STOP:
            continue
        return (toks[v].start, toks[v].end), (toks[k].start, toks[r].end), (toks[v + 1].start, toks[end - 1].end)
    return None


def _after_dateline(toks):
    """The first token after a wire dateline that opens the sentence, or None."""
    if len(toks) < 3:
        return None
    head = toks[0].text
    if not head[:1].isupper():
        return None
    # every dateline holds a parenthesis, a colon or a dash in its first 16 tokens (most sentences none)
    opening = "".join([t.text for t in toks[:16]])
    if not ("(" in opening or ":" in opening or "-" in opening or "—" in opening or "–" in opening):
        return None
    pos = toks[0].start
    # rebuild the opening of the sentence from its tokens' offsets (no text at hand): tokens and single spaces
    line, k = "", 0
    while k < len(toks) and k < 16:
        t = toks[k]
        line += " " * (t.start - pos) + t.text
        pos = t.end
        k += 1
    m = _DATELINE.match(line)
    if m is None:
        return None
    end = toks[0].start + m.end()
    return next((t for t in toks if t.start >= end), None)


def _content_from_sentence_start(toks, drafts: list[Draft]) -> None:
    """A content before its cue that stops short of the sentence start, with nothing else in between (no
    quotation mark, punctuation or other attribution), runs from the sentence start."""
    if not any(d.content for d in drafts):
        return  # nothing to move (most sentences): the dateline below need not be read
    first = next((t for t in toks if t.text not in _DQ), None)
    if first is None or not any(d.content and min(d.content)[1] <= d.cue[0] and min(d.content)[0] > first.start
                                for d in drafts):
        return  # no content before its cue stops short of the sentence's start, nor then of a dateline's end
    first = _after_dateline(toks) or first
    for d in drafts:
        if not d.content:
            continue
        a, b = min(d.content)
        if b <= d.cue[0] and a > first.start:
            between = [t for t in toks if first.start <= t.start and t.end <= a]
            if between and not any(t.text in _DQ or t.text in (",", ";", ":", "(", ")", "—") for t in between) \
                    and not any(x < a and first.start < y for x, y in _occupied(drafts)):
                d.content = [(first.start, b) if (x, y) == (a, b) else (x, y) for x, y in d.content]


def _quote_before_bare_cue(text: str, toks, starts: list[int], drafts: list[Draft]) -> None:
    """``the gunmen fired at them "like hunters," he said``: a speech cue without content right after a
    quotation that closes with its comma ("…," he said) has that quotation for content, taken from any other
    attribution the model gave it to; such an attribution without a speech verb goes, and its words before the
    quotation join the content, a mixed quote ("the gunmen fired at them “like hunters,”", as PolNeAR and the
    unseen-news guideline mark such clauses)."""
    for d in drafts:
        if d.content or not _speech_cue(d, toks):
            continue
        left = min(d.cue[0], d.source[0]) if d.source else d.cue[0]
        i = bisect.bisect_left(starts, left) - 1  # the token before the source and cue
        if i < 1:
            continue
        if toks[i].text in _DQ and toks[i - 1].text == ",":
            close = i
        elif toks[i].text == "," and toks[i - 1].text in _DQ:
            close = i - 1
        else:
            continue
        k = close - 1
        while k >= 0 and toks[k].text not in _DQ:
            k -= 1
        if k < 0 or toks[k].text not in _OPEN_DQ and toks[k].text != '"':
            continue
        quote = (toks[k].start, toks[i].end)
        robbed = []
        for o in drafts:
            if o is not d and _overlaps(quote, o.content):
                o.content = _trim(text, _outside(o.content, [quote]))
                robbed.append(o)
        d.content = [quote]
        for o in robbed:
            if not _speech_cue(o, toks):  # "fired at": its object was someone else's quotation
                drafts.remove(o)
                # ... and its words are the speaker's clause around that quotation, a mixed quote
                start = min(sp[0] for sp in o.spans())
                if toks[0].start <= start < quote[0] and not any(c in text[start:quote[0]] for c in "\n:") and \
                        not _overlaps((start, quote[0]), _occupied(drafts)):
                    d.content = [(start, quote[1])]


def _content_around_parenthetical_cue(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"The bodies, authorities said, did not appear to have been moved": a source and cue set off by commas
    inside the sentence take the words before the first comma as the first part of their content."""
    for d in drafts:
        if not d.content or d.source is None or d.source[1] > d.cue[0]:
            continue
        i = bisect.bisect_left(starts, d.source[0]) - 1
        j = bisect.bisect_left(starts, d.cue[1])
        if i < 1 or j >= len(toks) or toks[i].text != "," or toks[j].text != ",":
            continue
        if min(d.content)[0] < toks[j].end or toks[j + 1:] and min(d.content)[0] != toks[j + 1].start:
            continue
        first = next((t for t in toks if t.text not in _DQ), None)
        if first is None or first.start >= toks[i].start or any(t.text in _DQ for t in toks[:i]):
            continue
        part = (first.start, toks[i - 1].end)
        if not _overlaps(part, _occupied(drafts)):
            d.content = [part] + d.content


#: words that open an introductory phrase, not a clause ("In public, she oozed confidence.")
_PHRASE_OPENERS = frozenset("in at on for with by from after before during of to as under over since".split())


def _two_word_clause_before_final_frame(before: list, after: list) -> bool:
    """Whether ``before`` is a two-word clause and its comma ("We lost, he said.", "Revenue fell, the bank said on
    Monday."), the frame ending the sentence (no comma after its cue, which would make it a frame inside the
    sentence: "This campaign, he says, is different.", "The solution, the partner told them, was simple."), and the
    clause no introductory phrase ("In public, ...")."""
    return len(before) == 3 and before[0].text[:1].isalnum() and before[0].text.lower() not in _PHRASE_OPENERS \
        and before[1].text[:1].isalnum() and not any(t.text == "," for t in after)


def _content_for_bare_cue(toks, drafts: list[Draft]) -> None:
    """A cue that the model gave no content: the clause before ", source cue." or after "source cue". Cues
    without a source inside that clause of a sourced cue are verbs of its content and go, but for a speech verb of
    the lexicon after a bare cue that is none, set off by commas ("The mayor, who smiled as reporters shouted
    questions, said …", "An official, who did not wish to be identified, said …": "said" is the main clause's
    verb, no word of the aside's content)."""
    for d in list(drafts):
        if d.content or not any(d is x for x in drafts):
            continue
        left = min(d.cue[0], d.source[0] if d.source else d.cue[0])
        right = max(d.cue[1], d.source[1] if d.source else d.cue[1])
        before = [t for t in toks if t.end <= left]
        after = [t for t in toks if t.start >= right]
        while after and not after[-1].text[:1].isalnum() and after[-1].text not in _DQ:
            after.pop()
        span = first = None
        paren = False  # source and cue set off by commas
        final = False  # the frame "Clause, source cue (on Wednesday)." that ends the sentence
        if (len(before) >= 4 or _two_word_clause_before_final_frame(before, after)) and \
                before[-1].text in (",", "—", "–") and \
                (len([t for t in after if t.text[:1].isalnum()]) <= 4 or _participle_tail(after)):
            opening = _after_dateline(before)
            span = (opening.start if opening is not None else before[0].start, before[-2].end)
            final = d.source is not None and d.source[1] <= d.cue[0]
        elif len([t for t in after if t.text[:1].isalnum()]) >= 3 and (not before or d.source):
            # "The findings, the researchers noted, were consistent with earlier studies": a source and cue set off
            # by commas take the words before them too
            paren = d.source is not None and d.source[1] <= d.cue[0] and len(before) >= 2 and \
                before[-1].text == "," and after[0].text == "," and not any(t.text in _DQ for t in before)
            while after and after[0].text in (",", ":", "that"):
                after.pop(0)
            if after:
                span = (after[0].start, after[-1].end)
                if paren and not _overlaps((before[0].start, before[-2].end), _occupied(drafts, besides=[d])):
                    first = (before[0].start, before[-2].end)
        if not span:
            continue
        # cues inside that clause are verbs of its content: those without a source, and, for a speech cue of
        # the lexicon or the frame that ends the sentence, any that is not one ("The company is preparing to
        # cut jobs, sources said.", "The borough's policy of refusing ... was unlawful, the High Court ruled.")
        speech = final or d.source is not None and _speech_cue(d, toks)
        # a relative clause's verb that is no cue of the lexicon ("One of the bidders that withdrew, X, told
        # Reuters ..."): a speech cue after it is the main clause's, neither a verb of its content nor reported in it
        relative = d.source is not None and _text_of(toks, d.source).split()[-1].lower() in _RELATIVE
        nested = [o for o in drafts if o is not d and d.source and
                  all(span[0] <= x and y <= span[1] for x, y in o.spans()) and
                  (o.source is None and not (paren and not speech and _speech_cue(o, toks)) and
                   (speech or not relative or not _speech_cue(o, toks)) or
                   speech and not _speech_cue(o, toks) or final and _passive_cue(o, toks))]
        # a sourced speech attribution wholly inside the clause is reported inside it ("..., after two senators
        # said they would block it, according to three sources"): the clause covers it and it stays
        inside = [o for o in drafts if d.source is not None and not (relative and not speech) and o is not d and
                  o not in nested and
                  o.source is not None and o.content and _speech_cue(o, toks) and
                  all(span[0] <= x and y <= span[1] for x, y in o.spans()) and
                  not _RELATIVE_SOURCE.fullmatch(_text_of(toks, o.source))]
        if not _overlaps(span, _occupied(drafts, besides=[d, *nested, *inside])):
            d.content = [first, span] if first else [span]
            for n in nested:
                drafts.remove(n)


_RELATIVE_SOURCE = re.compile(r"(?i)who|which|that|whom")


def _text_of(toks, span: tuple[int, int]) -> str:
    """The words of the tokens inside ``span``, joined by spaces (``toks`` in text order: found by bisection,
    so that a very long sentence costs no more than a short one)."""
    a, b = span
    i = bisect.bisect_left(toks, a, key=_token_start)
    words = []
    n = len(toks)
    while i < n and toks[i].end <= b:
        words.append(toks[i].text)
        i += 1
    return " ".join(words)


def _passive_cue(d: Draft, toks) -> bool:
    """Is the draft's cue a passive ("were observed at", "could be announced", "was denied", "had been
    approved")? Its subject is what was done, never who said it: inside the clause of a frame that ends the
    sentence ("A deal could be announced early next year, they said.") it is a verb of that content."""
    words = _WORD_RE.findall(d.cue_text(toks).lower())
    return len(words) >= 2 and any(w in _BE for w in words[:-1]) and \
        any(w.endswith(("ed", "en", "wn")) for w in words[1:])


def _drop_relative_clause_verbs(toks, drafts: list[Draft]) -> None:
    """"the new posts, which had been approved by the Public Service Department, would be filled": a cue that
    is no speech verb, whose content is only the relative pronoun of its clause, is a verb of a relative
    clause inside another attribution's content, not an attribution."""
    for d in list(drafts):
        if len(d.content) == 1 and d.cue_text(toks) and not _speech_cue(d, toks) and len(drafts) > 1:
            a, b = d.content[0]
            words = [t.text.lower() for t in toks if a <= t.start and t.end <= b]
            if words in (["which"], ["who"]):
                drafts.remove(d)


def _that_clause_to_its_verb(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"Blake told The Gleaner that he had spent $400,000 ..., money he said he would not recover": a content
    run that opens with "that" after an earlier cue without content (and at most a listener between) is that
    cue's complement, not the content of a later cue it happens to lie nearer to."""
    for d in drafts:
        for part in list(d.content):
            if part[1] > d.cue[0]:
                continue  # only a run before its cue
            i = bisect.bisect_left(starts, part[0])
            if i >= len(toks) or toks[i].text.lower() != "that":
                continue
            before = [o for o in drafts if o is not d and not o.content and o.cue[1] <= part[0]]
            if not before:
                continue
            o = max(before, key=lambda x: x.cue[1])
            j = bisect.bisect_left(starts, o.cue[1])
            between = toks[j:i]
            if len(between) <= 4 and not any(t.text in _CLAUSE_END or t.text in _DQ for t in between):
                d.content.remove(part)
                o.content.append(part)


def _participle_tail(after) -> bool:
    """Do the words after a cue make a time phrase and a participle clause ("said on Saturday, leaving thousands of
    commuters to rely on buses")? The frame "Clause, source cue" then still ends its clause."""
    comma = next((n for n, t in enumerate(after) if t.text == ","), None)
    if comma is None or comma > 4 or comma + 1 >= len(after):
        return False
    lead = [t.text.lower() for t in after[:comma]]
    nxt = after[comma + 1].text
    return all(w in _TIME_WORDS or w in ("on", "in", "at", "last", "this", "late", "early") or w.isdigit() for w in lead) \
        and nxt.islower() and nxt.endswith("ing") and len(nxt) > 5 and nxt not in ("including", "excluding", "according")


def _content_to_clause_end(toks, starts: list[int], drafts: list[Draft], drop_nested: bool = True) -> None:
    """A content after its cue is the whole complement clause: "Nkosi said it was unlikely to return before
    the price recovered" (the model stopped at "return"). It runs on to the end of the sentence, or to the
    next attribution ("... and urged colleagues to ..."). Cues without a source on the way that hold no
    speech verb of the cue lexicon are words of the content ("the river was now forecast to peak") and go
    (unless ``drop_nested`` is False: then they stop the content)."""
    for d in drafts:
        if d.source is None or not d.content or min(d.content)[0] < d.cue[1] or d.source[0] > d.cue[0]:
            continue
        end = max(b for _, b in d.content)
        tail = list(toks[bisect.bisect_left(starts, end):])  # the tokens from ``end`` on (starts: the same order)
        while tail and not tail[-1].text[:1].isalnum() and tail[-1].text not in _DQ:
            tail.pop()
        if not any(t.text[:1].isalnum() for t in tail):
            continue
        # cues without a source on the way that hold no speech verb are words of the content; when other cues
        # stop the content (``drop_nested`` False), still those with no content either ("arguing Mensah had
        # pushed defender Sam Okafor": "pushed defender" alone), or one right after a content that stops on an
        # auxiliary, whatever content the model gave it: the verb the auxiliary waits for ("arguing Mensah had
        # [pushed defender] Sam Okafor before shooting")
        waits = not drop_nested and _content_waits_for_verb(toks, end)  # read only when other cues stop it
        nested = [o for o in drafts if o is not d and o.source is None and tail[0].start <= o.cue[0] and
                  not _speech_cue(o, toks) and (drop_nested or not o.content or waits and o.cue[0] == tail[0].start)]
        others = [sp for sp in _occupied(drafts, besides=[d, *nested]) if sp[0] >= end]
        stop = min((a for a, _ in others), default=None)
        if stop is not None:
            tail = [t for t in tail if t.end <= stop]
            while tail and (tail[-1].text in (",", ";", ":", "—", "–", "and", "but", "(", "-") or
                            len(tail) > 1 and tail[-1].text.lower() in _ADVERBS and tail[-2].text.lower() in _COORD):
                tail.pop()  # "attacked her skills and even [questioned …]": the adverb goes with the next verb
        if not any(t.text[:1].isalnum() for t in tail):
            continue
        nested = [o for o in nested if o.cue[1] <= tail[-1].end]
        d.content = [c for c in d.content if c[1] < end] + [(max(c[0] for c in d.content if c[1] == end),
                                                               tail[-1].end)]
        for o in nested:
            drafts.remove(o)


def _content_waits_for_verb(toks, end: int) -> bool:
    """Whether a content ending at ``end`` stops before its clause's verb: on an auxiliary or a negation ("had",
    "would", "never"), or on "no longer" / "any longer", as in "Gisladottir said she no longer [expected to move
    back]", where the model took the thought verb for a cue of its own."""
    before = [t for t in toks if t.end <= end]
    if not before:
        return False
    last = before[-1].text.lower()
    return last in _AUX or last == "longer" and len(before) > 1 and before[-2].text.lower() in ("no", "any")


_FRAME_GAP_STOPS = frozenset(",;:()—–-.!?") | _QUOTE_MARKS


def _content_to_final_frame(toks, drafts: list[Draft]) -> None:
    """"Chile's lithium agency plans to postpone the auction by at least three months after two bidders pulled
    out, two sources said.": a content before a frame that ends its sentence (", source cue" or ", cue source")
    which stops short of the frame's comma (the model stopped at "by" or "in"), with only words between, no
    punctuation, quotation mark or other attribution, runs on to that comma: the whole clause is reported. A
    content that ends with a quotation mark is left as it is (the words after it may be the writer's)."""
    for d in drafts:
        if d.source is None or not d.content:
            continue
        frame = min(d.source[0], d.cue[0])
        b = max(y for _, y in d.content)
        if b > frame or max(d.source[1], d.cue[1]) < frame:
            continue
        c = bisect.bisect_left(toks, frame, key=_token_start) - 1
        if c < 1 or toks[c].text != ",":
            continue
        gap = [t for t in toks[:c] if t.start >= b]
        last = [t for t in toks[:c] if t.end <= b]
        if not gap or not last or last[-1].text in _QUOTE_MARKS or len(gap) > 25 or \
                any(t.text in _FRAME_GAP_STOPS for t in gap) or \
                _overlaps((gap[0].start, gap[-1].end), _occupied(drafts, besides=[d])):
            continue
        d.content = [(x, y) for x, y in d.content if y < b] + [(max(x for x, y in d.content if y == b), gap[-1].end)]


def _final_frame_content_with_its_subject(s, starts: list[int], drafts: list[Draft],
                                          tags: "_SentenceTags | Sequence[str] | None") -> None:
    """_final_frame_subject: "Pfizer, which makes the drug, supplied the pills but had no role in the analysis, the
    authors said.": a content before a frame that ends the sentence (", source cue."), which opens with a finite
    verb (the model kept the second verb phrase and lost its subject), runs back to the sentence's start when
    the words before it hold no quotation mark and no other attribution: the whole clause is reported."""
    toks = s.tokens
    for d in drafts:
        if d.source is None or len(d.content) != 1 or d.cue[0] < d.content[0][1] or d.source[0] < d.content[0][1]:
            continue
        a = _token_starting(starts, d.content[0][0])
        if a is None or a < 3 or a > 40:
            continue
        frame = min(d.source[0], d.cue[0])
        c = _token_starting(starts, frame)
        e = _token_ending(toks, starts, max(d.source[1], d.cue[1]))
        if c is None or e is None or toks[c - 1].text != ",":
            continue
        if not _opening_words_free(toks[:a], drafts, d):
            continue
        tag = _pos(s, tags)
        if tag[a] not in _FINITE or not any(tag[k].startswith("NN") for k in range(a)) or \
                not _frame_tail_is_setting(toks, tag, e + 1):
            continue
        d.content = [(toks[0].start, d.content[0][1])]



#: the relative pronouns that open an aside set off by commas ("The project, which supplies heat to the city, ...")
_ASIDE_RELATIVES = frozenset({"which", "who", "whose"})


def _relative_aside_before_final_frame(s, starts: list[int], drafts: list[Draft],
                                       tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The project at CHP-2, which supplies heat to about 40% of the city, will cost 320 billion tenge and is
    financed by the state, he said.": a content before a frame that ends the sentence (", source cue.") which
    opens on the relative pronoun of an aside after the sentence's subject (", which ... ,") lost that subject:
    the model took the aside alone, or the aside and the clause's verb phrase after it. The whole clause is
    reported: the content runs from the sentence's start to the frame's comma, when the subject before the aside
    holds a noun and no verb, quotation mark or other attribution, a verb of the clause follows the aside's
    closing comma, and only the frame's setting follows the frame."""
    toks = s.tokens
    for d in drafts:
        if d.source is None or len(d.content) != 1 or d.cue[0] < d.content[0][1] or d.source[0] < d.content[0][1]:
            continue
        a = _token_starting(starts, d.content[0][0])
        b = _token_ending(toks, starts, d.content[0][1])
        if a is None or b is None or a < 2 or toks[a - 1].text != "," or toks[a].text.lower() not in _ASIDE_RELATIVES:
            continue
        c = _token_starting(starts, min(d.source[0], d.cue[0]))
        e = _token_ending(toks, starts, max(d.source[1], d.cue[1]))
        if c is None or e is None or toks[c - 1].text != "," or b > c - 2:
            continue
        close = next((k for k in range(a + 1, c - 1) if toks[k].text == ","), None)  # the aside's closing comma
        if close is None or close >= c - 2 or not _opening_words_free(toks[:a - 1], drafts, d):
            continue
        tag = _pos(s, tags)
        rest = range(close + 1, c - 1)
        if any(toks[k].text in _QUOTE_MARKS for k in rest) or not any(tag[k] in _FINITE for k in rest) or \
                not any(tag[k].startswith("NN") for k in range(a - 1)) or \
                any(tag[k] in _FINITE for k in range(a - 1)) or not _frame_tail_is_setting(toks, tag, e + 1):
            continue
        d.content = [(toks[0].start, toks[c - 2].end)]


def _coordinated_speech_verb_in_content(s, starts: list[int], drafts: list[Draft],
                                        tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Reindeer herders say the state's compensation no longer covers their losses, and call for a new counting
    method.": a content after a sourced one-word cue that holds ", and" and then a verb of saying of the lexicon
    in the cue's own form (say ... call, said ... called: the same part-of-speech tag, so the verb is the
    source's second predicate, not one of the content's subject) ends before that comma; the verb, with its
    particle when the two make a phrase of the lexicon ("call for"), starts an attribution of its own with the
    same source and the rest of the content."""
    toks = s.tokens
    tag = None
    extra = []
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0] or len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        i = _token_starting(starts, d.cue[0])
        if i is None or _token_ending(toks, starts, d.cue[1]) != i:
            continue
        a, b = d.content[0]
        k = next((k for k in range(bisect.bisect_left(starts, a) + 1, len(toks) - 2)
                  if toks[k].end <= b and toks[k - 1].text == "," and toks[k].text == "and"), None)
        if k is None or toks[k + 2].end > b:
            continue
        verb, nxt = toks[k + 1], toks[k + 2]
        low = verb.text.lower()
        phrase = (_verb_stem(low), nxt.text.lower()) in _phrase_cue_stems()
        if not phrase and low not in _verb_cues() and low not in _verb_cue_stems():
            continue
        tag = tag or _pos(s, tags)
        if _SAME_FORM.get(tag[i]) is None or tag[k + 1] not in _SAME_FORM[tag[i]] or \
                any(t.text in _QUOTE_MARKS for t in toks if a <= t.start < b):
            continue
        cue_end = nxt.end if phrase else verb.end
        first = k + 3 if phrase else k + 2
        if toks[first].text == "that" and first + 1 < len(toks) and toks[first + 1].end <= b:
            first += 1
        d.content = [(a, toks[k - 2].end)]
        extra.append(Draft(d.sentence, d.idx, (verb.start, cue_end), d.source, [(toks[first].start, b)],
                           phrase=phrase))
    drafts.extend(extra)
    drafts.sort(key=lambda x: x.cue[0])


#: a cue's tag and the tags a second verb in its own form may have ("say ... and call": the tagger gives a plural
#: present VB as often as VBP, on the cue and on the verb after "and")
_SAME_FORM = {"VBD": ("VBD",), "VBZ": ("VBZ",), "VBP": ("VBP", "VB"), "VB": ("VBP", "VB")}


def _verb_stem(word: str) -> str:
    """A regular verb form without its ending: "called", "calls" -> "call" (others as they are)."""
    for end in ("ed", "s"):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[:-len(end)]
    return word


@lru_cache(maxsize=1)
def _verb_cue_stems() -> frozenset[str]:
    """The stems of the lexicon's one-word verb cues ("demand" from "demanded" and "demands"): a plural present
    after "say ..., and" the lexicon does not list."""
    return frozenset(_verb_stem(w) for w in _verb_cues())


@lru_cache(maxsize=1)
def _phrase_cue_stems() -> frozenset[tuple[str, str]]:
    """The cue lexicon's two-word phrases as (the verb's stem, the second word): ("call", "for") from "called for"
    and "calls for", so that "call for" after "say ..., and" is one too, without listing it (a listed "call for"
    is a feature of the learned model, and widens the model's cues on "a call for" nouns)."""
    out = set()
    for r in lexicons.load("cues"):
        words = r["cue"].lower().split()
        if len(words) == 2:
            out.add((_verb_stem(words[0]), words[1]))
    return frozenset(out)


def _unseen_verb_before_and_speech(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"On the undercard, Sam Okoro rode a winner and said the ground was “perfect for him.”": a sourced one-word
    cue that is no cue of the lexicon and never a cue in PolNeAR train (the model's ``cue_prior`` has no bucket
    for it: rode, skied), followed within eight words, with no punctuation between, by "and" and a verb cue of
    the lexicon, is the source's deed, not a report: the verb after "and" is the cue. When that verb has an
    attribution of its own the deed's is dropped (its source given to the verb's when it has none); otherwise
    the deed's attribution takes the verb for cue and keeps its content after it ("skied a personal best and
    said her knee ... was ...")."""
    prior = default_model().cue_prior
    for d in list(drafts):
        i = _token_starting(starts, d.cue[0])
        if d.source is None or i is None or _token_ending(toks, starts, d.cue[1]) != i:
            continue
        w = toks[i].text.lower()
        if w in _single_cues() or prior.get(w, 0) > 0:
            continue
        k = next((k for k in range(i + 2, min(i + 9, len(toks) - 2)) if toks[k].text == "and"), None)
        if k is None or toks[k + 1].text.lower() not in _verb_cues() or \
                any(not t.text[:1].isalnum() for t in toks[i + 1:k]):
            continue
        verb = (toks[k + 1].start, toks[k + 1].end)
        other = next((o for o in drafts if o is not d and o.cue[0] == verb[0]), None)
        if other is not None:
            if other.source is None:
                other.source = d.source
            drafts.remove(d)
            continue
        rest = [(max(x, toks[k + 2].start), y) for x, y in d.content if y > toks[k + 2].start]
        if rest:
            d.cue, d.content, d.phrase = verb, rest, False

def _frame_tail_is_setting(toks, tag: Sequence[str], k: int) -> bool:
    """_frame_tail_setting: do the words after a sentence-final frame, from token ``k``, hold only its listener and
    setting ("..., its chief executive, X, told investors on a call on Nov. 28."): no verb, no comma or other
    clause mark, no quotation mark? (Nothing at all, "..., the authors said.", is the plainest.)"""
    for j in range(k, len(toks)):
        t = toks[j].text
        if t in (",", ";", ":", "(", "—", "–") or t in _QUOTE_MARKS or tag[j].startswith("VB") or tag[j] == "MD":
            return False
    return True


def _opening_words_free(gap, drafts: list[Draft], d: Draft) -> bool:
    """The words ``gap`` from a sentence's start to a content hold no quotation mark and no other draft: the
    content may run back over them."""
    return not (any(x.text in _QUOTE_MARKS for x in gap) or
                _overlaps((gap[0].start, gap[-1].end), _occupied(drafts, besides=[d])))


def _final_frame_content_after_preposition(s, starts: list[int], drafts: list[Draft],
                                           tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Magma continues to collect under the peninsula, and a new eruption could begin with little warning, the Met
    Office said in an update on Thursday.": a content before a frame after the sentence's last comma (", source
    cue ..."), which opens inside a clause, on a preposition's object (the model kept "little warning" of "with
    little warning") or on the verb after a modal or an auxiliary ("the dam could [overflow with ...]"), is no
    clause anyone said: it runs back to the sentence's start, when the words before it hold no quotation mark
    and no other attribution and no comma follows the frame's (only its setting, "in an update on Thursday")."""
    toks = s.tokens
    for d in drafts:
        if d.source is None or len(d.content) != 1 or d.cue[0] < d.content[0][1] or d.source[0] < d.content[0][1]:
            continue
        a = _token_starting(starts, d.content[0][0])
        if a is None or a < 4:
            continue
        c = _token_starting(starts, min(d.source[0], d.cue[0]))
        if c is None or toks[c - 1].text != "," or toks[c - 2].end != d.content[0][1] or \
                any(x.text == "," for x in toks[c:]):
            continue
        if not _opening_words_free(toks[:a], drafts, d):
            continue
        tag = _pos(s, tags)
        if not (tag[a - 1] == "IN" and tag[a - 2] in _CONTENT_WORD_TAGS or
                tag[a - 1] == "MD" or toks[a - 1].text.lower() in _AUX and tag[a].startswith("VB")):
            continue
        d.content = [(toks[0].start, d.content[0][1])]


#: the tags of a word a preposition follows inside a clause ("begin with", "waited for", "the rise in")
_CONTENT_WORD_TAGS = frozenset("VB VBD VBG VBN VBP VBZ NN NNS NNP NNPS RB JJ".split())

#: the first words of a counted group of people ("at least five hard-liners", "several residents", "two officials")
_GROUP_LEADS = frozenset("""at some several many few two three four five six seven eight nine ten dozens
    hundreds thousands both""".split())


def _named_source_before_cue(text: str, toks, drafts: list[Draft]) -> None:
    """Any other cue without a source: a named noun phrase or a pronoun right before it ("Wells Fargo
    announced"), or a counted group of people ("..., and at least five hard-liners are telling colleagues")."""
    for d in drafts:
        if d.source is None and not d.phrase:
            np_span = _noun_phrase_before(toks, d.cue[0])
            if np_span is None:
                continue
            words = text[np_span[0]:np_span[1]].split()
            if words[0].lower() in ("least", "most") and text[:np_span[0]].rstrip().lower().endswith(" at"):
                np_span = (text.rindex("at", 0, np_span[0]), np_span[1])  # "at least five hard-liners"
                words = ["at", *words]
            named = any(w[:1].isupper() for w in words) or (len(words) == 1 and words[0].lower() in _PRONOUNS) or \
                (1 < len(words) <= 4 and (words[0].lower() in _GROUP_LEADS or words[0].isdigit()) and
                 words[-1].endswith("s") and words[-1].lower() not in _DURATIONS and _speech_cue(d, toks) and
                 not _passive_cue(d, toks))  # not "In eight years now recalled for"
            if named and not _overlaps(np_span, _occupied(drafts)):
                d.source = np_span


_RELATIVE = frozenset("who which whose whom that".split())


def _as_source_said(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"Scott had a gun, as police have said.": a speech cue after "as" and a short noun phrase, the words after
    a comma, has that noun phrase for source and the clause before the comma for content; a cue inside that clause
    ("It also does not answer whether ..., as police have said", the retrained model's) is nested in it, its content
    cut at the comma."""
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if i is None:
            continue
        k = i - 1
        while k > 0 and toks[k].text.lower() not in ("as", ",") and i - k <= 5:
            k -= 1
        if k < 2 or toks[k].text.lower() != "as" or toks[k - 1].text != "," or k + 1 >= i or \
                not _speech_cue(d, toks):
            continue
        words = toks[k + 1:i]
        if not all(t.text[:1].isalnum() or t.text in ("'s", "’s") for t in words) or \
                words[-1].text.lower() in _AUX:
            continue
        end = len(toks)
        while end > 0 and not toks[end - 1].text[:1].isalnum():
            end -= 1
        if end != d.cue[1] and _token_ending(toks, starts, d.cue[1]) != end - 1:
            continue  # the cue ends the sentence
        first = next((t for t in toks if t.text not in _DQ), None)
        if first is None or first.start >= toks[k - 1].start:
            continue
        content = (first.start, toks[k - 2].end)
        nested = [o for o in drafts if o is not d and content[0] <= o.cue[0] and o.cue[1] <= content[1] and
                  (o.source is None or content[0] <= o.source[0] and o.source[1] <= content[1])]
        if _overlaps(content, _occupied(drafts, besides=[d, *nested])):
            continue
        for o in nested:  # (branch repro18) a cue inside the clause keeps its own words up to the comma before "as"
            o.content = [(a, min(b, content[1])) for a, b in o.content if a < content[1]]
        d.source, d.content = (words[0].start, words[-1].end), [content]


def _inverted_speech_cue(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"Said Ellis: “...”": a speech cue opening the sentence, then a name and a colon or comma, has the name
    for source."""
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if d.source is not None or i is None or any(t.text not in _DQ for t in toks[:i]) or \
                not toks[i].text[:1].isupper() or not _speech_cue(d, toks):
            continue
        j = _token_ending(toks, starts, d.cue[1])
        if j is None:
            continue
        k = j + 1
        while k < len(toks) and toks[k].text not in (":", ",") and k - j <= 5:
            k += 1
        if k >= len(toks) or toks[k].text not in (":", ",") or k == j + 1 or \
                not (all(t.text[:1].isupper() or t.text == "." for t in toks[j + 1:k]) or
                     j == i and toks[k].text == ":" and _inverted_role_source(toks[j + 1:k])):
            continue
        src = (toks[j + 1].start, toks[k - 1].end)
        # the model may have made the colon a cue of its own with the name for source: it is this one's
        colon = [o for o in drafts if o is not d and o.cue == (toks[k].start, toks[k].end) and o.source == src]
        if not _overlaps(src, _occupied(drafts, besides=[*colon, d])):  # its own content may run over the name
            d.source = src
            for o in colon:
                d.content = d.content or o.content
                drafts.remove(o)
            # the model may have run the content over the role ("Explained the mayor: “...”"): it starts after
            d.content = [(max(x, toks[k].end), y) for x, y in d.content if y > toks[k].end]
            d.content = [(_first_nonspace(toks, x), y) for x, y in d.content]


def _first_nonspace(toks, pos: int) -> int:
    """The start of the first token at or after ``pos`` (``pos`` itself past the last token)."""
    k = bisect.bisect_left(toks, pos, key=_token_start)
    return toks[k].start if k < len(toks) else pos


def _inverted_role_source(words) -> bool:
    """_inverted_role: the words between an opening one-word speech cue and its colon are a definite role ("Explained
    the mayor:", "Warned the coach:"): "the" and one to three words, letters only, no other determiner. (Not before
    a comma: "Asked about the late possessions, Vance said ...".)"""
    return 2 <= len(words) <= 4 and words[0].text == "the" and \
        all(t.text.isalpha() and t.text.lower() not in ("the", "a", "an") for t in words[1:])


def _np_before_comma(toks, j: int) -> tuple[int, int] | None:
    """The noun phrase before the comma ``toks[j]``, over a parenthesis that closes right before it
    ("Cllr Eamon Geraghty (Ind), who ...")."""
    if j >= 1 and toks[j - 1].text == ")":
        k = j - 1
        while k > 0 and toks[k].text != "(" and j - k < 8:
            k -= 1
        if toks[k].text == "(":
            np_span = _noun_phrase_before(toks, toks[k].start)
            return (np_span[0], toks[j - 1].end) if np_span else None
    return _noun_phrase_before(toks, toks[j].start)


_ANONYMITY_PARTICIPLES = frozenset("asking requesting declining preferring".split())
_ANONYMITY = re.compile(r"(?:not\s+)?to\s+(?:be\s+(?:named|identified|quoted)|remain\s+anonymous)\b", re.I)


def _vacuous_content(toks, d: Draft) -> bool:
    """Is the draft's content only "this" or "it", with at most a place or time after it ("who announced this at
    a durbar of farmers", "who said it on Monday")? It reports nothing."""
    if not d.content:
        return False
    a, b = min(d.content)[0], max(d.content)[1]
    words = [t.text.lower() for t in toks if a <= t.start and t.end <= b]
    return bool(words) and words[0] in ("this", "it") and (len(words) == 1 or words[1] in _ADVERBIAL_PREPOSITIONS
                                                          or words[1] in _TIME_WORDS)


def _drop_cues_in_relative_asides(text: str, toks, starts: list[int], drafts: list[Draft]) -> None:
    """"A Norwegian diplomat, who was not authorised to speak publicly, said ...": a cue that is no speech verb
    inside a relative clause set off by commas, right before a speech cue without a source, is a word of the
    aside; the speech cue's source is the noun phrase before it (``_source_across_asides``). A speech verb of
    the aside goes too when an infinitive follows ("who asked not to be named"; the quotation the model gave it
    is the speech cue's), and so does an anonymity aside after any cue ("…," said a doctor, who declined to be
    named)."""
    if not any(o.source is not None for o in drafts):
        return
    for o in list(drafts):
        k = bisect.bisect_left(starts, o.cue[0]) - 1
        if o.content and _ANONYMITY.match(text, min(o.content)[0]) and k >= 0 and (
                toks[k].text.lower() in ("who", "whom") and (o.source is None or o.source == (toks[k].start, toks[k].end))
                or toks[k].text == "," and o.source is None and o.cue_text(toks).lower() in _ANONYMITY_PARTICIPLES) \
                and any(d is not o and d.cue[1] <= toks[k].start for d in drafts):
            # "…," said a doctor, who declined to be named; "…," the official said, asking not to be named: no
            # attribution of its own
            drafts.remove(o)
            continue
        if o.source is None or text[o.source[0]:o.source[1]].lower() in _LONE_TIME_WORDS:
            continue  # (branch repro18: "who was to travel to Leeds on Monday to promote ...": a day's name the
            # passes took for the verb's source is no subject inside the aside; the aside's verb stops
            # _source_across_asides)
        i = bisect.bisect_left(starts, o.source[0])
        if i < 2 or i >= len(toks) or toks[i].text.lower() not in ("who", "which") or toks[i - 1].text != ",":
            # a verb with a subject of its own inside the aside: "Vance, who wept as she addressed the court, said"
            i = _relative_aside_opening(toks, starts, o)
            if i is None:
                continue
        c = bisect.bisect_left(starts, o.cue[1])
        # a speech verb of the aside only with an infinitive: "who asked not to be named", "who declined to be
        # identified"
        if _speech_cue(o, toks) and not (c < len(toks) and toks[c].text.lower() in ("not", "to")) and \
                not _vacuous_content(toks, o):
            continue
        end = max(b for _, b in o.spans())
        j = bisect.bisect_left(starts, end)
        while j < len(toks) and toks[j].text != "," and j - i < 20:
            j += 1
        if j + 1 >= len(toks) or toks[j].text != ",":
            continue
        nxt = next((d for d in drafts if d.cue[0] >= toks[j].end), None)
        if nxt is not None and nxt.source is None and _speech_cue(nxt, toks) and \
                not text[toks[j].end:nxt.cue[0]].strip(" \t\u00a0").split()[3:]:
            drafts.remove(o)
            if not nxt.content:  # the quotation the model gave the aside's verb: "“…,” the official, who …, told AFP"
                nxt.content = [sp for sp in o.content if sp[1] <= toks[i - 1].start]


def _relative_aside_opening(toks, starts_: list[int], o: Draft) -> int | None:
    """The token of "who"/"which" that opens a relative clause set off by a comma and holds the draft ``o``'s
    source and cue ("Vance, who wept as she addressed the court, said": "addressed", source "she"), with no
    comma, quotation mark or other clause break between, nor a verb of saying before the source ("Trump, who
    has told aides he sees ...": the aside's own attribution); None when there is none."""
    k = bisect.bisect_left(starts_, o.source[0]) - 1
    while k >= 1 and o.cue[0] - toks[k].start < 120:
        w = toks[k].text
        if w in (",", ";", ":", "(", ")") or w in _DQ:
            return None
        if w.lower() in ("who", "which"):
            lex = _single_cues()
            speech = any(t.text.lower() in lex for t in toks[k + 1:] if t.end <= o.source[0])
            return k if k >= 2 and toks[k - 1].text == "," and o.source[1] <= o.cue[0] and not speech else None
        k -= 1
    return None


_ANONYMOUS_ASIDE = re.compile(r"(?:(?:speaking|talking|commenting|who\s+(?:spoke|talked))\s+(?:(?:on|under)\s+"
                               r"(?:the\s+)?condition\s+of\s+anonymity|anonymously|privately|on\s+background)|"
                               r"(?:identified|named|known)\s+only\s+"
                               r"(?:as|by)|who\s+(?:identified|introduced)\s+(?:herself|himself|themselves)\s+"
                               r"(?:only\s+)?as)\b", re.I)


def _drop_cues_in_anonymity_asides(text: str, toks, drafts: list[Draft]) -> None:
    """"The official, speaking on condition of anonymity because he was not authorised to talk to the media,
    said talks would resume": the verbs of such a participle aside between commas are no cues, and the speech
    cue right after it, without a source, has the noun phrase before the aside for source. So does a caller's
    relative aside that names her ("One caller, who identified herself only as Miss Gittens from Checker Hall,
    said ..."): the name in it is no source, the phrase before it is (_self_identifying_aside)."""
    for p in range(1, len(toks) - 2):
        if toks[p].text != "," or not _ANONYMOUS_ASIDE.match(text, toks[p + 1].start):
            continue
        q = next((n for n in range(p + 2, min(len(toks), p + 40)) if toks[n].text == ","), None)
        if q is None:
            continue
        nxt = next((d for d in drafts if d.cue[0] >= toks[q].end), None)
        if nxt is not None and nxt.source is not None and toks[p].end <= nxt.source[0] and \
                nxt.source[1] <= toks[q].end:
            nxt.source = None  # the name the aside gives ("who identified herself only as Miss Gittens")
        if nxt is None or not _speech_cue(nxt, toks) or text[toks[q].end:nxt.cue[0]].split()[3:] or \
                nxt.source is not None and nxt.source[0] < toks[q].end:
            continue
        inside = [o for o in drafts if o is not nxt and toks[p].end <= o.cue[0] and o.cue[1] <= toks[q].start]
        for o in inside:
            drafts.remove(o)
            if not nxt.content:  # the quotation the model gave the aside's words: "“…,” a source, speaking …, said"
                nxt.content = [sp for sp in o.content if sp[1] <= toks[p].start]
        if nxt.source is None or nxt.source[0] >= nxt.cue[1] and not nxt.content:
            # the words from the clause's last comma (or the sentence's start) to the aside, when they are a short
            # phrase opening with a determiner or a capital ("a source close to the talks"), else the noun phrase
            b = p
            while b > 0 and toks[b - 1].text not in (",", ";", ":") and toks[b - 1].text not in _QUOTE_MARKS:
                b -= 1
            np_span = (toks[b].start, toks[p - 1].end) if b < p and p - b <= 10 and (
                toks[b].text.lower() in ("a", "an", "the", "two", "three", "several") or toks[b].text[:1].isupper()) \
                else _np_before_comma(toks, p)
            if np_span is not None and not _overlaps(np_span, _occupied(drafts, besides=[nxt])):
                nxt.source = np_span


def _source_across_asides(text: str, toks, starts: list[int], drafts: list[Draft]) -> None:
    """A speaker set off from the cue by asides between commas ("Neville Pryor, 74, said", "Revenue Minister
    H.S. Ramachandra, who piloted the Bill, said", "Its convener, K. Manjunath, 52, told", "The shadow
    fisheries spokesman, Tobias Wren, argued"): the source is the noun phrase before the first comma with the
    asides, where the model gave none, only part of an aside (an age, a relative clause), or the noun phrase
    without its asides."""
    for d in drafts:
        i = bisect.bisect_left(starts, d.cue[0]) - 1
        while i >= 0 and toks[i].text.lower() in _AUX | _ADVERBS and not toks[i].text.lower() in _BE:
            i -= 1
        if i < 1 or toks[i].text != ",":
            continue
        last_comma = i
        first = None
        for _ in range(3):  # at most three asides in a row
            j = i - 1
            while j >= 0 and toks[j].text not in (",", ";", ":", "(", ")") and toks[j].text not in _DQ and \
                    i - j <= 16:
                j -= 1
            if j < 1 or toks[j].text != "," or j == i - 1:
                break
            np_span = _np_before_comma(toks, j)
            aside = toks[j + 1:i]
            if any(other is not d and _overlaps((aside[0].start, aside[-1].end), [other.cue]) for other in drafts):
                break
            first = j
            if np_span is not None and any(w[:1].isupper() or w.lower() in _NP_KEEP
                                           for w in text[np_span[0]:np_span[1]].split()[:1]) and \
                    not _ends_relative_aside(toks, j):
                break
            i = j
        if first is None:
            continue
        src = d.source
        if src is not None and src[1] <= toks[first].start and (src[1] >= toks[first - 1].end or
                                                               _prepositional_tail(toks, src[1], toks[first].start)):
            start = src[0]  # the model's source is the noun phrase before the asides (or its head: "director of
            # services" of "director of services for transport, Seán Ó Mathúna,")
        else:
            np_span = _np_before_comma(toks, first)
            if np_span is None or not any(w[:1].isupper() for w in text[np_span[0]:np_span[1]].split()) and \
                    text[np_span[0]:np_span[1]].split()[0].lower() not in _NP_KEEP:
                continue
            if src is not None:  # the model's source must be (part of) an aside
                inside = src[0] > toks[first].start and src[1] <= toks[last_comma].end
                word = text[src[0]:src[1]].split()[0]
                if not inside or not (word.lower() in _RELATIVE or word[:1].isdigit() or src[0] > toks[first].end):
                    continue
            start = np_span[0]
        span = (start, toks[last_comma - 1].end)
        own = d.content
        if any(a >= d.cue[1] for a, _ in own):  # content after the cue: the asides are none of it
            own = [c for c in own if not (span[0] <= c[0] and c[1] <= toks[last_comma].end)]
        if not _overlaps(span, [sp for o in drafts if o is not d for sp in o.spans()] + own):
            d.source, d.content = span, own


_TAIL_PREPOSITIONS = frozenset("for of at in with on".split())


def _prepositional_tail(toks, a: int, b: int) -> bool:
    """Are the tokens between offsets ``a`` and ``b`` a short prepositional phrase that ends a noun phrase
    ("for transport", "at the ministry"): a preposition, then one to three words, no punctuation?"""
    between = [t for t in toks if a <= t.start and t.end <= b]
    return 2 <= len(between) <= 4 and between[0].text.lower() in _TAIL_PREPOSITIONS and \
        all(t.text[:1].isalnum() for t in between)


def _ends_relative_aside(toks, j: int) -> bool:
    """Is the noun phrase before the comma ``toks[j]`` the end of a relative clause set off by an earlier
    comma ("The governor, who was represented by his deputy, Mrs Halima Yusuf, added")? Then the name after
    it is that noun phrase's apposition inside the aside, and the speaker stands before the aside."""
    k = j - 1
    while k >= 0 and toks[k].text not in (",", ";", ":", "(", ")") and toks[k].text not in _DQ and j - k <= 16:
        k -= 1
    return k >= 1 and toks[k].text == "," and k + 1 < j and toks[k + 1].text.lower() in ("who", "which", "whose")


def _speech_after_coordinated_object(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"A spokesperson rejected the allegation and said all bills were issued ...", "X denied the report but
    insisted ...": a cue whose content is a noun phrase (no verb in it) and then "and"/"but" with a verb of
    saying of the cue lexicon: that verb is an attribution of its own, with the same source and the rest of
    the clause for content; the first cue keeps only its noun phrase."""
    lex = _single_cues()
    toks = s.tokens
    for d in list(drafts):
        if d.source is None or len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        a, b = d.content[0]
        idx = [n for n, t in enumerate(toks) if a <= t.start and t.end <= b]
        for m, n in enumerate(idx):
            if toks[n].text.lower() not in ("and", "but") or m == 0:
                continue
            v = n + 1
            while v < len(toks) and toks[v].text.lower() in _ADVERBS:
                v += 1
            if v >= len(toks) or toks[v].text.lower() not in lex or not toks[v].text.lower().endswith(("ed", "id", "ld")):
                break
            tag = _pos(s, tags)
            if any(tag[k][:2] in ("VB", "MD") for k in idx[:m]):
                break
            verb = next((o for o in drafts if _overlaps((toks[v].start, toks[v].end), [o.cue])), None)
            if verb is not None:  # the model found the second verb: it keeps it, with the first one's source
                if verb.source is None and verb.content and min(verb.content)[0] >= verb.cue[1]:
                    verb.source, d.content = d.source, [(a, toks[idx[m - 1]].end)]
                break
            rest = _clause_words([t for t in toks[v + 1:] if t.end <= max(b, toks[-1].end)], _DQ)
            if len([t for t in rest if t.text[:1].isalnum()]) < 3 or _overlaps(
                    (rest[0].start, rest[-1].end), _occupied(drafts, besides=[d])):
                break
            d.content = [(a, toks[idx[m - 1]].end)]
            drafts.insert(drafts.index(d) + 1, Draft(d.sentence, d.idx, (toks[v].start, toks[v].end), d.source,
                                                      [(rest[0].start, rest[-1].end)]))
            break


def _coordinated_speech_subject(s, starts: list[int], drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Comrade Salihu Olaniyan, commended the governor but said the union would ...": a speech cue without a
    source right after "and"/"but", with no attribution before it in its sentence, takes the subject of the
    sentence's first verb group: the noun phrase right before it (over one comma: the name in an apposition)."""
    toks = s.tokens
    todo = []
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if d.source is not None or i is None or i < 3 or not _speech_cue(d, toks) or \
                any(o is not d and o.cue[0] < d.cue[0] for o in drafts):
            continue
        j = i - 1
        while j >= 0 and toks[j].text.lower() in _ADVERBS:
            j -= 1
        if j >= 2 and toks[j].text.lower() in ("and", "but") and toks[j - 1].text not in _CLAUSE_END:
            todo.append((d, j))
    if not todo:
        return
    from ..syntax import chunks

    sent_chunks = chunks([s], [_pos(s, tags)])[0]
    for d, j in todo:
        vg = max((n for n, c in enumerate(sent_chunks) if c.kind == "VG" and c.first < j), default=None)
        if vg is None or vg == 0:
            continue
        np_ = sent_chunks[vg - 1]
        gap = toks[np_.last:sent_chunks[vg].first]
        if np_.kind != "NP" or any(t.text != "," for t in gap) or len(gap) > 1:
            continue
        if gap and not (np_.first >= 1 and toks[np_.first - 1].text == "," and toks[np_.first].text[:1].isupper()):
            continue  # over a comma only a name set off by commas (an apposition), not an object ("reversed themselves,")
        src = (np_.start, np_.end)
        if not _overlaps(src, [sp for o in drafts for sp in (o.cue, *o.content)]):
            d.source = src


def _share_coordinated_source(toks, starts: list[int], drafts: list[Draft]) -> None:
    """A cue without a source right after "and"/"but" ("insists that X and has rejected Y"), or a participle
    after a comma ("..., even suggesting X"), shares the source of the sentence's previous attribution."""
    prev = None
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if d.source is None and prev is not None and prev.source is not None and i is not None:
            j = i - 1
            while j >= 0 and toks[j].text.lower() in _AUX:
                j -= 1
            if j >= 0 and toks[j].text.lower() in _COORD and prev.cue[1] <= toks[j].start:
                d.source = prev.source
            elif j >= 0 and toks[i].text.lower().endswith("ing") and (
                    toks[j].text == "," or (toks[j].text.lower() in _ADVERBS and j > 0 and toks[j - 1].text == ",")):
                d.source = prev.source
        prev = d


#: the verb forms that coordinate with each other: past with past, present with present, "-ing" with "-ing"
_COORDINATED_FORMS = ({"VBD"}, {"VBZ", "VBP"}, {"VBG"}, {"VB"})


def _coordinated_cue_keeps_source(text: str, s, starts: list[int], drafts: list[Draft],
                                  tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Hill criticized the plan and urged lawmakers to wait", "Lee agreed, but also argued that ...": a cue the
    model found without a source, right after "and" / "but" (auxiliaries and adverbs between) following an
    earlier cue of the sentence whose source stands before it, in the same verb form (past with past, present
    with present), is a second predicate of that source: it takes that source before the passes that
    complete contents (which would otherwise swallow it as a word of the first content) run. PolNeAR train
    annotates such a second predicate as its own attribution."""
    toks = s.tokens
    tag = None
    prev = None
    for d in drafts:
        if d.source is not None or prev is None or prev.source is None or prev.source[0] > prev.cue[0] or \
                any(a < prev.cue[0] for a, _ in prev.content):
            prev = d  # a content run before the first cue is an aside the later passes give back to its source
            continue
        i = _token_starting(starts, d.cue[0])
        j = i - 1 if i is not None else -1
        while j >= 0 and toks[j].text.lower() in _AUX | _ADVERBS:
            j -= 1
        c0 = _token_starting(starts, prev.cue[0])
        c1 = bisect.bisect_left(starts, prev.cue[1])
        if j < 1 or c0 is None or toks[j].text.lower() not in ("and", "but") or prev.cue[1] > toks[j].start or \
                any(t.text.lower() in ("who", "which", "whom", "whose") for t in toks[c1:j]) or _passive_cue(prev, toks):
            prev = d  # "a summit in China, which is its only ally and considered ...": the relative clause's verb
            continue
        tag = tag if tag is not None else _pos(s, tags)
        host = [tag[k] for k in range(c0, len(toks)) if toks[k].end <= prev.cue[1] and tag[k].startswith("VB")]
        mine = [tag[k] for k in range(i, len(toks)) if toks[k].end <= d.cue[1] and tag[k].startswith("VB")]
        if _bare_participle_read_as_past(toks, tag, i, j, c1):
            mine[0] = "VBD"
        # "has called on police to ... and called on people to ...": the auxiliary is shared
        perfect = "VBN" in host[1:] and mine[:1] in (["VBN"], ["VBD"])
        if not (host and mine and (perfect or any(host[0] in f and mine[0] in f for f in _COORDINATED_FORMS))):
            prev = d
            continue
        d.source = prev.source
        # the first predicate's content ends before the coordinator ("claimed vast wealth and said ..."); what
        # it held after the second cue is that cue's
        e = j - 1
        while e > c1 and toks[e].text in (",", ";", "—", "–"):
            e -= 1
        cut = toks[e].end
        rest = []
        kept = []
        for a, b in prev.content:
            if b <= cut:
                kept.append((a, b))
            elif a < cut:
                kept.append((a, cut))
            if b > d.cue[1]:
                rest.append((max(a, d.cue[1]), b))
        if not prev.content and c1 < j:
            kept = [(toks[c1].start, cut)]
        kept = [strip_span(text, a, b) for a, b in kept]
        prev.content = [(a, b) for a, b in kept if b > a]
        if not d.content and rest:
            d.content = rest
        prev = d


def _coordinated_source_released(toks, starts: list[int], drafts: list[Draft]) -> None:
    """The source :func:`_coordinated_cue_keeps_source` lent a second predicate goes back for a moment, where
    :func:`_share_coordinated_source` will give it again, so that :func:`_source_across_asides`, between
    them, can widen the first predicate's source over its asides ("The city's transport councillor, Per
    Sandberg, wrote ... and urged ...") as it does for a cue alone; the second then shares the widened one."""
    prev = None
    for d in drafts:
        if prev is not None and d.source is not None and d.source == prev.source:
            i = _token_starting(starts, d.cue[0])
            j = i - 1 if i is not None else -1
            while j >= 0 and toks[j].text.lower() in _AUX:
                j -= 1
            if j >= 0 and toks[j].text.lower() in _COORD and prev.cue[1] <= toks[j].start:
                d.source = None
        prev = d


def _coordinated_source_follows(toks, starts: list[int], drafts: list[Draft]) -> None:
    """A second predicate after "and"/"but" ends with the source of the first where the later source passes
    widened only that one ("Lee's family has called on police ... and called on people ...": "Lee's" for the
    second after _trim_sources, "Lee's family" again for the first after _source_to_its_head_noun)."""
    prev = None
    for d in drafts:
        if prev is not None and d.source is not None and prev.source is not None and d.source != prev.source and \
                d.source[0] == prev.source[0] and d.source[1] < prev.source[1] <= prev.cue[0]:
            i = _token_starting(starts, d.cue[0])
            j = i - 1 if i is not None else -1
            while j >= 0 and toks[j].text.lower() in _AUX | _ADVERBS:
                j -= 1
            if j >= 0 and toks[j].text.lower() in ("and", "but") and prev.cue[1] <= toks[j].start:
                d.source = prev.source
        prev = d


@lru_cache(maxsize=1)
def _say_idioms() -> re.Pattern:
    """The set phrases of ``say_idioms.tsv`` as one pattern (either apostrophe). The lookahead on the phrases'
    first letters changes no match: it lets the search pass over a position in one test instead of one a phrase
    (the whole of PolNeAR train: 0.27-0.33 -> 0.14-0.16 s)."""
    words = sorted((r["idiom"].lower() for r in lexicons.load("say_idioms")), key=len, reverse=True)
    alts = "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in words)
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(rf"(?i)\b(?=[{firsts}])(?:{alts})\b")


def _say_idiom_cues(text: str, s, toks, drafts: list[Draft]) -> None:
    """"Let's say you think a degree will cost $160,000", "It goes without saying that ...", "Having said that,
    ...", and a supposition opening its sentence with "Say" ("Say the ministry refused ..."): no one's words
    are reported, and the cue inside the phrase (``say_idioms.tsv``) is none."""
    spans = [m.span() for m in _say_idioms().finditer(text, s.start, s.end)]
    words = [t for t in toks if t.text[:1].isalnum()]
    if words and words[0].text == "Say" and len(words) > 2 and not getattr(s, "title", False):
        spans.append((words[0].start, words[0].end))  # not a headline ("Say Goodbye to the Old Pier")
    if not spans:
        return
    for d in list(drafts):
        if any(a <= d.cue[0] and d.cue[1] <= b or a < d.cue[1] and d.cue[0] < b and
               _WORD_RE.findall(text[d.cue[0]:d.cue[1]].lower())[-1:] in (["say"], ["saying"], ["said"])
               for a, b in spans):
            drafts.remove(d)


def _according_to_after_clause(text: str, toks, drafts: list[Draft]) -> None:
    """"Police have said they will not release the video, according to lawyers for the family." and "Incomes
    would rise by 12 percent, according to the Tax Foundation, twice what it projected ...": where
    :func:`_according_to` leaves a sentence-final "according to X" without a source (the clause before it holds
    an attribution of its own, or words follow X's comma), X is the source up to its comma and the clause before
    the comma, from the sentence's start, the content: PolNeAR annotates the nested attribution inside it. Left
    out otherwise, the cue would be swallowed as a word of the first attribution's content. The same when the model
    drew X itself as the source but only a few words before the comma as the content (branch repro18: "... Only about
    one in five U.S. high schools meets that standard, according to federal education data.")."""
    for d in drafts:
        if _WORD_RE.findall(text[d.cue[0]:d.cue[1]].lower()) != ["according", "to"]:
            continue
        if d.source is not None and (d.source[0] < d.cue[1] or not d.content or
                                     any(b > d.cue[0] for _, b in d.content)):
            continue
        i = bisect.bisect_left([t.start for t in toks], d.cue[0])
        j = bisect.bisect_left([t.start for t in toks], d.cue[1])
        if i < 3 or toks[i - 1].text != "," or j >= len(toks) or \
                toks[i - 2].text.lower() in ("that", "and", "but", "which", "who", "as", "because", "if", "while"):
            continue  # "reported that, according to an analysis, 85 of ...": the clause goes on after X
        k = j
        while k < len(toks) and toks[k].text not in _CLAUSE_END and toks[k].text not in _DQ and k - j < 20:
            k += 1
        if k == j or k < len(toks) and toks[k].text not in _CLAUSE_END:
            continue
        first = next((n for n, t in enumerate(toks[:i - 1]) if t.text not in _DQ), None)
        if first is None or any(t.text in _DQ or t.text in ("''", "``") for t in toks[first:i - 1]) or \
                _inside_open_quotation(text[toks[0].start:d.cue[0]]) or "''" in text[toks[0].start:d.cue[0]]:
            continue  # a quotation before, or around: its own cue's
        source = (toks[j].start, toks[k - 1].end)
        content = (toks[first].start, toks[i - 2].end)
        if len([t for t in toks[first:i - 1] if t.text[:1].isalnum()]) < 4 or \
                _overlaps(source, [sp for o in drafts if o is not d for sp in o.spans()]):
            continue  # "In addition, according to X, ...", "Politico reported, according to X": no clause before
        if d.source is not None and d.source != source:
            continue  # (the model's source must be X, to the clause's end)
        d.source, d.content = source, [content]

_PAST, _PRESENT = frozenset({"VBD"}), frozenset({"VBZ", "VBP"})


def _tense(tag: str) -> frozenset[str] | None:
    """The tense of a finite verb's tag: past (VBD), present (VBZ, VBP) or None."""
    return _PAST if tag in _PAST else _PRESENT if tag in _PRESENT else None


def _content_subject_verb(toks, tag: Sequence[str], f0: int, stop: int) -> tuple[int, frozenset[str]] | None:
    """The finite verb after the short subject noun phrase that opens a content at token ``f0`` (before token
    ``stop``): its position and tense, or None. A bare participle right after the subject is the clause's past
    tense ("Machado promised to ...", "his players trained hard": the tagger often says VBN)."""
    f = f0
    while f < stop and f - f0 < 6 and (tag[f][:2] in ("NN", "DT", "JJ", "CD") or tag[f] in ("POS", "PRP", "PRP$")):
        f += 1
    if f == f0 or f >= stop or tag[f - 1][:2] not in ("NN", "PR") or tag[f - 1] == "PRP$":
        return None
    tense = _PAST if tag[f] == "VBN" else _tense(tag[f])
    return (f, tense) if tense is not None else None


def _coordinated_with_content_verb(s, starts: list[int], drafts: list[Draft],
                                   tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Merrill says Machado promised the board a full audit and said the accounts were in order": a verb of
    saying after "and"/"but" inside a content, or just after it with the source of the attribution before
    (``_share_coordinated_source``, ``_speech_verb_after_object``), is coordinated with the finite verb that
    opens that content when it has that verb's tense ("promised", "said": past) and not the cue's ("says":
    present). The outer attribution's content then runs over it to its end (Merrill says all of it), and the
    verb is an attribution of its own inside it, with the content's subject ("Machado") for source. In the same
    tense ("Merrill said Machado promised ... and said ...") the reading stays as the other passes left it,
    unless the verb of saying has the cue's tense and not the content's ("Critics say the agency ignored the
    warnings and insist the board must resign"): then it is the source's second verb of saying, and the content
    the model ran over it is split there (:func:`_split_second_verb_of_source`)."""
    toks = s.tokens
    lex = _single_cues()
    tag = None
    for d in list(drafts):
        if d.source is None or len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        a, b = d.content[0]
        f0, pc = _token_starting(starts, a), _token_ending(toks, starts, d.cue[1])
        if f0 is None or pc is None:
            continue
        k = f0
        while k < len(toks) and toks[k].end <= b:
            k += 1
        nxt = next((o for o in drafts if o is not d and o.source == d.source and len(o.content) == 1 and
                    toks[k - 1].end <= o.cue[0] and o.content[0][0] >= o.cue[1]), None) if k < len(toks) else None
        # the conjunction: inside the content, or right after it before the next draft's cue
        end = max(b, nxt.content[0][1]) if nxt is not None else b
        j = next((m for m in range(f0 + 2, len(toks)) if toks[m].end <= end and toks[m].text.lower() in ("and", "but")),
                 None)
        if j is None:
            continue
        v = j + 1
        while v < len(toks) and (toks[v].text.lower() in _AUX or toks[v].text.lower() in _ADVERBS):
            v += 1
        if v >= len(toks) or toks[v].end > end or toks[v].text.lower() not in lex or \
                any(toks[m].text in _SERIES_STOP for m in range(f0, j)):
            continue
        if nxt is not None and not _overlaps((toks[v].start, toks[v].end), [nxt.cue]):
            nxt = None
            if toks[v].end > b:
                continue
        tag = tag if tag is not None else _pos(s, tags)
        found = _content_subject_verb(toks, tag, f0, j)
        outer, own = _tense(tag[pc]), _tense(tag[v])
        # a bare verb after the conjunction is present tense (the tagger says VB for "and insist")
        if found is not None and outer is not None and (own or (_PRESENT if tag[v] == "VB" else None)) is outer and \
                outer is not found[1] and nxt is None and \
                toks[v].end <= b and not _overlaps((toks[v].start, toks[v].end), [o.cue for o in drafts]):
            second = _split_second_verb_of_source(toks, d, j, v)
            if second is not None:
                drafts.insert(drafts.index(d) + 1, second)
            continue
        if found is None or outer is None or own is not found[1] or outer is own:
            continue
        subject = (toks[f0].start, toks[found[0] - 1].end)
        if nxt is not None:
            nxt.source = subject
            d.content = [(a, nxt.content[0][1])]
            continue
        if _overlaps((toks[v].start, toks[v].end), [o.cue for o in drafts]):
            continue
        rest = _clause_words([t for t in toks[v + 1:] if t.end <= b], _QUOTE_MARKS)
        if len([t for t in rest if t.text[:1].isalnum()]) < 2:
            continue
        drafts.insert(drafts.index(d) + 1, Draft(d.sentence, d.idx, (toks[v].start, toks[v].end), subject,
                                                  [(rest[0].start, rest[-1].end)]))

def _noun_cue_in_object(s, starts: list[int], drafts: list[Draft],
                        tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Brightwater Foods on Wednesday cut its full-year profit forecast for the second time": a cue without a
    source that holds no verb, only nouns ("profit forecast"), inside the object of a verb that is no cue, after
    a determiner or possessive ("cut its …"), with no clause for content (no "that", no quotation), is a word of
    that object, not an attribution (the model took the noun "forecast" for the verb)."""
    toks = s.tokens
    lex = _single_cues()
    tag = None
    for d in list(drafts):
        if d.source is not None:
            continue
        i = _token_starting(starts, d.cue[0])
        e = _token_ending(toks, starts, d.cue[1])
        if i is None or e is None or i < 2:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        inside = range(i, e + 1)
        if any(tag[m][:2] in ("VB", "MD") for m in inside) or not any(tag[m][:2] == "NN" for m in inside):
            continue
        k = i - 1
        while k >= 0 and tag[k] in _HEAD_TAGS and tag[k] not in ("DT", "PRP$"):
            k -= 1
        if k < 1 or tag[k] not in ("DT", "PRP$") or tag[k - 1][:2] != "VB" or toks[k - 1].text.lower() in lex:
            continue
        first = next((t for t in toks if d.content and t.start >= min(d.content)[0]), None)
        if first is not None and (first.text.lower() == "that" or first.text in _QUOTE_MARKS):
            continue
        drafts.remove(d)


def _split_second_verb_of_source(toks, d: Draft, j: int, v: int) -> Draft | None:
    """The content of ``d`` ends before the conjunction at token ``j``; the verb of saying at token ``v`` after it
    is an attribution of its own, returned, with ``d``'s source and the rest of the content (None, and ``d`` left
    as it is, when fewer than two words are left)."""
    a, b = d.content[0]
    rest = _clause_words([t for t in toks[v + 1:] if t.end <= b], _QUOTE_MARKS)
    head = [t for t in toks[:j] if t.start >= a]
    while head and not head[-1].text[:1].isalnum():
        head.pop()
    if len([t for t in rest if t.text[:1].isalnum()]) < 2 or not head:
        return None
    d.content = [(a, head[-1].end)]
    return Draft(d.sentence, d.idx, (toks[v].start, toks[v].end), d.source, [(rest[0].start, rest[-1].end)])


def _purpose_infinitive_in_content(s, starts: list[int], drafts: list[Draft],
                                   tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Nthite said he had written to the municipal manager three times to warn that the pumps were failing": a
    verb of saying in the infinitive ("to warn", "to say") right after a content that opens with its own subject
    and finite verb ("he had written") has that subject for source, and the content before runs over it: the
    writing and the warning are both what Nthite said. Words the model put in the cue before "to" ("since June
    to warn") go back to that content."""
    toks = s.tokens
    lex = _single_cues()
    tag = None
    for d in drafts:
        words = d.cue_text(toks).lower().split()
        if d.source is not None or not 2 <= len(words) <= 5 or words[-2] != "to" or words[-1] not in lex or \
                len(d.content) != 1 or not all(w[:1].isalnum() for w in words):
            continue
        to = _token_ending(toks, starts, d.cue[1])
        if to is None or to < 1:
            continue
        to -= 1  # the model's cue may hold the content's last words: "since June to warn"
        prev = next((o for o in drafts if o is not d and len(o.content) == 1 and o.source is not None and
                     o.content[0][0] >= o.cue[1] and o.content[0][1] <= d.cue[0] and
                     not s.text[o.content[0][1] - s.start:d.cue[0] - s.start].strip()), None)
        f0 = _token_starting(starts, prev.content[0][0]) if prev is not None else None
        if f0 is None:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        found = _content_subject_verb(toks, tag, f0, _token_starting(starts, d.cue[0]) or f0)
        if found is None:
            continue
        d.source = (toks[f0].start, toks[found[0] - 1].end)
        d.cue = (toks[to].start, d.cue[1])
        a, b = d.content[0]
        k = _token_starting(starts, a)
        if k is not None and toks[k].text.lower() == "that" and k + 1 < len(toks) and toks[k + 1].end <= b:
            d.content = [(toks[k + 1].start, b)]
        prev.content = [(prev.content[0][0], b)]


def _relative_pronoun_source(text: str, toks, starts: list[int], drafts: list[Draft]) -> None:
    """A cue without a source right after a relative pronoun ("the AP, which first reported the story", "the
    Saudi government, which has strongly denied ...") has the pronoun for source, as PolNeAR annotates it."""
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if d.source is not None or i is None:
            continue
        j = i - 1
        while j >= 0 and (toks[j].text.lower() in _AUX or toks[j].text.lower() in _ADVERBS or
                          toks[j].text.lower().endswith("ly") and toks[j].text.islower()):
            j -= 1
        if j >= 1 and toks[j].text.lower() in ("who", "which") and (toks[j - 1].text[:1].isalnum() or
                                                                   toks[j - 1].text == ","):
            sp = (toks[j].start, toks[j].end)
            if not _overlaps(sp, _occupied(drafts, besides=[d])):
                d.source = sp
                d.content = [c for c in _outside(d.content, [(sp[0], d.cue[1])]) if text[c[0]:c[1]].strip()]


_PARTICIPLE_LEAD = frozenset("in after before while when by".split())


def _subject_chunks_at(toks, sent_chunks, k: int) -> tuple[int, int] | None:
    """The noun phrase (chunks joined by "and" or "of") that starts at token ``k`` of a sentence (``toks``, its
    chunks ``sent_chunks``) and a verb group follows."""
    first = next((n for n, c in enumerate(sent_chunks) if c.first == k and c.kind == "NP"), None)
    if first is None:
        return None
    n = first
    while n + 1 < len(sent_chunks) and sent_chunks[n + 1].kind == "NP" and \
            sent_chunks[n + 1].first == sent_chunks[n].last + 1 and \
            toks[sent_chunks[n].last].text.lower() in ("and", "of"):
        n += 1
    return (sent_chunks[first].start, sent_chunks[n].end) if _verb_group_after(toks, sent_chunks, n) else None


def _verb_group_after(toks, sent_chunks, n: int) -> bool:
    """Whether a verb group follows chunk ``n`` of a sentence, right after it or over adverbs, or over a time
    phrase ("Halvern Foods on Wednesday cut its forecast, saying")."""
    if n + 1 < len(sent_chunks) and sent_chunks[n + 1].kind == "VG" and all(
            t.text.lower().endswith("ly") or t.text.lower() in _ADVERBS
            for t in toks[sent_chunks[n].last:sent_chunks[n + 1].first]):
        return True
    vg = next((m for m in range(n + 1, min(n + 4, len(sent_chunks))) if sent_chunks[m].kind == "VG"), None)
    between = toks[sent_chunks[n].last:sent_chunks[vg].first] if vg is not None else []
    return bool(between) and len(between) <= 3 and all(t.text.lower() in _TIME_WORDS for t in between) and \
        any(t.text.lower() not in ("on", "this", "just", "last") for t in between)


def _participle_subject_source(s, starts: list[int], drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """A participle cue without a source takes the subject of its sentence's main clause: opening the sentence,
    the noun phrase after its clause ("Claiming the criticism is designed to pressure moderators, Trump told
    Fox"; "In defending himself, Trump offered"), or, after a comma, the noun phrase that opens the sentence
    ("The Republican National Committee is filing a complaint, claiming that ..."), when that noun phrase is
    followed by a verb group. Other attributions of the sentence come first: a participle after one shares its
    source (``_share_coordinated_source``). The sentence's chunks are computed only when such a cue is left."""
    toks = s.tokens
    todo = []
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if d.source is not None and i is not None and i >= 2 and toks[i - 1].text == "," and \
                toks[i].text.lower().endswith("ing") and d.source[0] >= d.cue[1] and \
                all(b <= d.cue[0] for _, b in d.content) and _speech_cue(d, toks) and \
                not any(o is not d and o.cue[0] < d.cue[0] for o in drafts):
            # the model read the clause after "…, saying" as its source and the main clause as its content ("The
            # captain played down the injury, saying he expected to be fit"): the clause is the content
            end = len(toks)
            while end > i + 1 and not toks[end - 1].text[:1].isalnum() and toks[end - 1].text not in _DQ:
                end -= 1
            d.content, d.source = [(d.source[0], toks[end - 1].end)], None
        if d.source is not None or i is None or not toks[i].text.lower().endswith("ing"):
            continue
        lead = [t for t in toks[:min(i, 3)] if t.text not in _DQ]
        opening = i <= 3 and (not lead or (len(lead) == 1 and lead[0].text.lower() in _PARTICIPLE_LEAD))
        after_comma = i >= 2 and toks[i - 1].text == "," and not any(
            o is not d and o.cue[0] < d.cue[0] for o in drafts)
        if opening or after_comma:
            todo.append((d, i, opening))
    if not todo:
        return
    from ..syntax import chunks

    sent_chunks = chunks([s], [_pos(s, tags)])[0]

    subject_at = functools.partial(_subject_chunks_at, toks, sent_chunks)

    for d, i, opening in todo:
        if opening:
            k = i + 1
            while k < len(toks) and toks[k].text != ",":
                k += 1
            if k >= len(toks) - 1:
                continue
            src = subject_at(k + 1)
        else:
            k = 0
            while k < i and (toks[k].text in _DQ or toks[k].text.lower() in _LEADING):
                k += 1
            src = subject_at(k)
        # another attribution's source may be this one's too ("Citing X, Trump accused Y")
        if src is not None and not _overlaps(src, [sp for o in drafts for sp in (o.cue, *o.content)]):
            d.source = src


#: prepositions of a subject's modifiers ("Nurses at the district hospital", "Traders from the old town"); not "on"
#: or "by", which open time phrases and agents
_SUBJECT_MODIFIER_PREPOSITIONS = frozenset("at in from for with near across outside around".split())


def _subject_over_modifiers_at(toks, sent_chunks, k: int) -> tuple[int, int] | None:
    """The noun phrase that starts at token ``k`` with one or two prepositional modifiers
    (:data:`_SUBJECT_MODIFIER_PREPOSITIONS`; chunks joined by "of" and "and" as well), when a verb group follows
    them: "Hundreds of traders at Kariakoo market (yesterday) closed ...". None without such a modifier."""
    first = next((n for n, c in enumerate(sent_chunks) if c.first == k and c.kind == "NP"), None)
    if first is None:
        return None
    n, hops = first, 0
    while n + 1 < len(sent_chunks) and sent_chunks[n + 1].kind == "NP" and \
            sent_chunks[n + 1].first == sent_chunks[n].last + 1:
        word = toks[sent_chunks[n].last].text.lower()
        if word in _SUBJECT_MODIFIER_PREPOSITIONS:
            hops += 1
        elif word not in ("and", "of"):
            break
        n += 1
    if not 1 <= hops <= 2 or not _verb_group_after(toks, sent_chunks, n):
        return None
    return sent_chunks[first].start, sent_chunks[n].end


def _participle_subject_over_modifiers(s, starts: list[int], drafts: list[Draft],
                                       tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Nurses at the district hospital yesterday walked off the job, saying they had not been paid": a participle
    cue after a comma still without a source (:func:`_participle_subject_source` takes only a subject right before
    its verb group) takes the noun phrase that opens the sentence with its prepositional modifiers
    (:func:`_subject_over_modifiers_at`), when no other cue comes before it."""
    toks = s.tokens
    todo = []
    for d in drafts:
        if d.source is not None:
            continue
        i = _token_starting(starts, d.cue[0])
        if i is None or i < 4 or toks[i - 1].text != "," or not toks[i].text.lower().endswith("ing") or \
                any(o is not d and o.cue[0] < d.cue[0] for o in drafts) or \
                not any(t.text.lower() in _SUBJECT_MODIFIER_PREPOSITIONS for t in toks[1:i]):
            continue
        todo.append((d, i))
    if not todo:
        return
    from ..syntax import chunks

    sent_chunks = chunks([s], [_pos(s, tags)])[0]
    k = _past_leading_words(toks)
    for d, i in todo:
        src = _subject_over_modifiers_at(toks, sent_chunks, k)
        if src is not None and src[1] <= toks[i - 1].start and \
                not _overlaps(src, [sp for o in drafts for sp in (o.cue, *o.content)]):
            d.source = src


def _passive_by_source(text: str, drafts: list[Draft]) -> None:
    """Passives: "X is supported by Y" has Y for source and X for content."""
    for d in drafts:
        if d.source is None or len(d.content) != 1:
            continue
        ca, cb = d.content[0]
        if text[ca:ca + 3].lower() != "by " or ca < d.cue[1] or d.source[1] > d.cue[0]:
            continue  # the cheap tests first: most contents do not open with "by"
        cue_words = text[d.cue[0]:d.cue[1]].lower().split()
        if cue_words[-1].endswith(("ed", "en")) and any(w in _BE for w in cue_words) and \
                not _feeling_passive(cue_words):
            d.source, d.content = (ca + 3, cb), [d.source]


@lru_cache(maxsize=1)
def _feeling_participles() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in lexicons.load("feeling_participles"))


def _feeling_passive(cue_words: Sequence[str]) -> bool:
    """Does a cue's last word (before a final preposition) name a feeling (``feeling_participles.tsv``: "have
    been unsettled", "was delighted")? Its passive with "by" keeps the one who feels for source: what follows
    "by" moved them, it said nothing."""
    words = list(cue_words)
    while len(words) > 1 and words[-1] in _PASSIVE_TAIL | {"by"}:
        words.pop()
    return bool(words) and words[-1] in _feeling_participles()


def _cue_without_final_by(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"promoted by", "responded by": a cue that ends in "by" ends before it (PolNeAR's cues leave the "by" of
    a passive's agent out three times in four: 147 of 188 on train)."""
    for d in drafts:
        c = _token_ending(toks, starts, d.cue[1])
        if c is not None and c >= 1 and toks[c].text.lower() == "by" and toks[c - 1].start >= d.cue[0] and \
                toks[c - 1].text[:1].isalpha() and d.cue_text(toks).lower() != "as reported by":
            d.cue = (d.cue[0], toks[c - 1].end)


_AGENT_STOP = frozenset("after before for to in on at since when while because as from with over during , ; : ( — – "
                        "-- . ? !".split())


def _event_noun(word: str) -> bool:
    """"announcement", "decision", "statement": a noun that names an act, not an actor."""
    w = word.lower()
    return word.islower() and (w in _OCCASIONS or w.endswith(("ment", "tion", "sion", "ments", "tions", "sions")))


def _passive_agent_source(s, starts: list[int], drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The registration issue was first reported by The Washington Post", "Oz has been called a charlatan by
    fellow physicians for …": a passive cue's source is the agent after "by" (up to a preposition, a comma or
    the sentence's end; not someone's act: "swayed by Mr. Obama's announcement"), not the subject before the cue
    or a noun phrase after it; the subject and the words
    between the cue and "by" are the content ("X was quoted by RIA as saying" keeps X). The sentence's tags are computed only when a cue is followed
    by "by" within five words."""
    toks = s.tokens
    todo = []
    for d in drafts:
        c = _token_ending(toks, starts, d.cue[1])
        if c is None:
            continue
        b = next((k for k in range(c, min(c + 7, len(toks) - 1)) if toks[k].text.lower() == "by"), None)
        if b is None or any(t.text in _CLAUSE_END or t.text in _QUOTE_MARKS for t in toks[c:b]):
            continue
        if any(t.text.lower().endswith("ed") for t in toks[c + 1:b]):
            continue  # "has called climate change a hoax perpetrated by China": "by" is another participle's
        todo.append((d, c, b))
    if not todo:
        return
    tags = _pos(s, tags)
    for d, c, b in todo:
        if tags[c] != "VBN" or toks[c].text.lower() in ("quoted", "cited") or _feeling_passive([toks[c].text.lower()]) or tags[b + 1] not in _NP_DET | _NP_BODY or tags[b + 1] == "CD" or \
                toks[b + 1].text.lower() in _TIME_WORDS:
            continue
        e = b + 1
        while e < len(toks) and toks[e].text.lower() not in _AGENT_STOP and toks[e].text not in _QUOTE_MARKS and \
                e - b <= 12:
            e += 1
        if e - b > 12 or not any(tags[k].startswith(("NN", "PRP")) for k in range(b + 1, e)) or \
                any(toks[k].text in ("'s", "’s") for k in range(b + 1, e)) and _event_noun(toks[e - 1].text) or \
                any(tags[k] in _FINITE for k in range(b + 1, e)):
            continue
        agent = (toks[b + 1].start, toks[e - 1].end)
        if d.source is not None and d.source[0] == toks[b].start and d.source[1] >= agent[0]:
            d.source = (agent[0], d.source[1])  # "by the Kenya Medical Association": "by" is no part of it
            continue
        if d.source is not None and d.source[0] == agent[0] and d.source[1] > agent[1] and e < len(toks) and \
                toks[e].text.lower() in _AGENT_STOP and toks[e].text[:1].isalpha() and \
                not any(tags[k] in ("VBG", "VBN") for k in range(b + 1, e)):
            # "criticized by residents for closing the pool": the agent ends at its preposition, what follows is
            # what they said the subject did (not after a participle of the agent's own: "by dozens of papers
            # ranging from ...")
            rest = (toks[e].start, d.source[1])
            d.source = agent
            if not _overlaps(rest, _occupied(drafts, besides=[d])):
                d.content = sorted(set(d.content) | {rest})
            continue
        if d.source == agent or d.source is not None and _overlaps(d.source, [agent]):
            continue
        if _overlaps(agent, _occupied(drafts, besides=[d])):
            continue
        content = [sp for sp in d.content if not _overlaps(sp, [(toks[b].start, agent[1])])]
        if c + 1 < b:  # "called a charlatan by …": the words between cue and "by"
            content.append((toks[c + 1].start, toks[b - 1].end))
        if d.source is not None and d.source[1] <= d.cue[0]:
            content.insert(0, d.source)  # the subject of the passive
        if not content:
            continue
        d.source, d.content = agent, sorted(set(content))


def _widen_coordinated_source(toks, starts: list[int], drafts: list[Draft]) -> None:
    """A source "his allies" after "Zelenskyy and" is widened to "Zelenskyy and his allies"."""
    for d in drafts:
        if d.source is None:
            continue
        i = _token_starting(starts, d.source[0])
        if i is not None and i >= 2 and toks[i - 1].text.lower() == "and" and toks[i - 2].text[:1].isupper():
            j = i - 2
            while j > 0 and toks[j - 1].text[:1].isupper():
                j -= 1
            if j == 0 or toks[j - 1].text in (",", ";", ":") or toks[j - 1].text.lower() in _COORD | {"with"}:
                d.source = (toks[j].start, d.source[1])


_TIME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
                        "morning afternoon evening night week month year weekend day earlier later late early "
                        "last this just on".split())


#: participles after which a time phrase dates a report, poll or study that is the source ("A Government
#: Accountability Office report released last year found")
_REPORT_PARTICIPLES = frozenset("released published conducted issued".split())
#: adverbs of frequency between a source and its cue ("my father often said")
_FREQUENCY = frozenset("often always sometimes repeatedly frequently once twice again also still".split())
_YEAR = re.compile(r"(?:19|20)\d\d")
_SOURCE_LEADS = frozenset("although though while because since if unless whereas even".split())
#: the words _trim_sources drops before a source's head ("But Mr. Leahy", "Although the IMF"), one set built once
#: instead of the union of the two at every token it tests
_SOURCE_OPENERS = _LEADING | _SOURCE_LEADS
_ASIDE_STARTS = frozenset("however for instance example in at on like unlike too also meanwhile though by "
                          "particularly especially notably then".split())


_OPENER_PARTICIPLES = frozenset("asked questioned quizzed pressed".split())


def _source_after_participle_opener(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"Responding to queries from The Straits Times, NEA said ...": a sentence that opens with a participle
    phrase ("Speaking to reporters", "Asked about the delay") ends it at its comma; a source before the cue that
    starts inside that phrase starts after the comma."""
    if len(toks) < 4 or not (toks[0].text.lower().endswith("ing") and toks[0].text[:1].isupper() or
                             toks[0].text.lower() in _OPENER_PARTICIPLES):
        return
    comma = next((n for n in range(1, min(len(toks), 16)) if toks[n].text == ","), None)
    if comma is None or comma + 1 >= len(toks):
        return
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0] or not (d.source[0] < toks[comma].start < d.source[1]):
            continue
        if toks[comma + 1].end <= d.source[1]:
            d.source = (toks[comma + 1].start, d.source[1])


def _trim_sources(toks, starts: list[int], drafts: list[Draft]) -> None:
    """A source is a noun phrase: without a participle aside after a comma ("Trump, speaking to veterans,"),
    a time phrase or an adverb before the cue ("the union late Friday", "Wells Fargo just this month", "Lee
    cautiously"), a time phrase before it ("Monday night, Clinton"); a time phrase alone ("Mayor Ana Ruiz on
    Tuesday defended") gives way to the noun phrase before it. Appositions and relative clauses stay, as
    PolNeAR annotates them ("Silva, who had been on the pitch for an hour,": cutting them costs PolNeAR dev
    0.003 source exact F1)."""
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        i, j = _token_starting(starts, d.source[0]), _token_ending(toks, starts, d.source[1])
        if i is None or j is None or j < i or i == j and toks[i].text.lower() not in _TIME_WORDS:
            continue  # (a source of one word, no time word, has no opening word, comma or last word to drop)
        i0, j0 = i, j
        while i < j and (toks[i].text.lower() in _SOURCE_OPENERS or toks[i].text in _DQ):
            i += 1  # "But Mr. Leahy said", "Although the IMF did not", "Even China warned"
        if i + 2 <= j and toks[i].text.isupper() and toks[i + 1].text in ("--", "—", "–"):
            i += 2  # a dateline: "WASHINGTON -- President Obama"
        if j > i and toks[j].text.lower() in ("who", "which", "that"):
            i = j  # "the police department which reported": the relative pronoun, as PolNeAR marks it
        elif j > i and toks[i].text.lower() in ("which", "whom"):
            i += 1  # "the mine, which Mr. Clarke says ...": the relative clause's subject
        if all(t.text.lower() in _TIME_WORDS for t in toks[i:j + 1]):  # "Mayor Ana Ruiz on Tuesday defended"
            b = i
            while b > 0 and toks[b - 1].text.lower() in _TIME_WORDS:
                b -= 1
            np_span = _noun_phrase_before(toks, toks[b].start) if b > 0 else None
            if np_span is not None and any(w[:1].isupper() for w in _WORD_RE.findall(
                    " ".join(x.text for x in toks if np_span[0] <= x.start < np_span[1]))):
                d.source = np_span
            continue
        k = i
        while k < j and toks[k].text != ",":  # the head phrase, up to the first comma
            k += 1
        if k < j and k > i:
            nxt = toks[k + 1].text.lower()
            after = toks[k + 2].text.lower() if k + 2 <= j else ""
            if (nxt.endswith("ing") and nxt not in _NP_KEEP) or \
                    (nxt in ("while", "when", "after", "before") and after.endswith("ing")) or \
                    all(t.text.lower() in _TIME_WORDS for t in toks[i:k]):
                if all(t.text.lower() in _TIME_WORDS for t in toks[i:k]):
                    i = k + 1  # "Monday night, Clinton": the time phrase goes
                    while i <= j and toks[i].text == ",":
                        i += 1
                else:
                    j = k - 1
        end = j
        # an aside that is no apposition ends the source: "Some Democrats, however,", "Hillary Clinton, like
        # Obama,", "Donald Trump, in particular,"; a second apposition too ("Jean-Marc Ayrault, the foreign
        # minister of France, a permanent member of the Security Council,")
        commas = [n for n in range(i + 1, end + 1) if toks[n].text == ","]
        for c0 in commas:
            if c0 < end and toks[c0 + 1].text.lower() in _ASIDE_STARTS:
                end = c0 - 1
                break
        commas = [n for n in commas if n <= end]
        if len(commas) >= 2 and commas[1] < end and toks[commas[1] + 1].text.lower() in ("a", "an", "one") and \
                toks[commas[0] + 1].text.lower() not in ("a", "an", "one", "who", "which"):
            end = commas[1]
        # a time phrase or an adverb right before the cue ("the union late Friday", "Lee cautiously"), not the
        # end of an aside closed by its comma ("X, who was not authorised to speak publicly,")
        closed = any(t.text == "," for t in toks[i:end]) and (
            toks[end].text == "," or end + 1 < len(toks) and toks[end + 1].text == ",")
        dated = any(t.text.lower() in _REPORT_PARTICIPLES for t in toks[i + 1:end + 1])
        while end > i and not closed and not dated:
            w = toks[end].text.lower()
            if w == "today" and toks[end - 1].text[:1].isupper():
                break  # "USA Today"
            if w in _TIME_WORDS or w in _FREQUENCY or toks[end].text == "," or (w.endswith("ly") and toks[end].text.islower()):
                end -= 1
            elif end - 1 > i and _YEAR.fullmatch(w) and toks[end - 1].text.lower() in ("in", "since"):
                end -= 2  # "A group of doctors in 2015 sent a letter"
            else:
                break
        if (i, end) != (i0, j0) and end >= i and any(t.text[:1].isalnum() for t in toks[i:end + 1]):
            d.source = (toks[i].start, toks[end].end)


_ADVERBIAL_PREPOSITIONS = frozenset("in on at via through during after before over".split())
#: where something is said: "in a statement", "in an interview", "on social media" (the phrase's last word)
_OCCASIONS = frozenset("statement statements interview interviews letter post tweet tweets email speech filing "
                       "release briefing conference remarks address video podcast broadcast message media "
                       "hearing session meeting court".split())


def _including_aside_source(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"Other major unions, including the AFT and the AFL-CIO, have also endorsed Clinton": the "including"
    aside between the source and its cue is the source's, as PolNeAR annotates it."""
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        j = _token_ending(toks, starts, d.source[1])
        c = _token_starting(starts, d.cue[0])
        if j is None or c is None or j + 3 >= c or toks[j + 1].text != "," or toks[j + 2].text.lower() != "including":
            continue
        k = next((n for n in range(j + 3, c) if toks[n].text == ","), None)
        if k is None or k - j > 16 or any(t.text in _DQ for t in toks[j + 3:k]) or \
                not all(t.text.lower() in _AUX for t in toks[k + 1:c]):
            continue
        d.source = (d.source[0], toks[k].end)


def _dated_report_source(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"The latest Reuters/Ipsos poll released Friday shows", "an analysis released by the VA last month
    reveals": the time phrase between a report's participle and the cue is the source's."""
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        i, j, c = (_token_starting(starts, d.source[0]), _token_ending(toks, starts, d.source[1]),
                   _token_starting(starts, d.cue[0]))
        if i is None or j is None or c is None or not 0 < c - j - 1 <= 3 or \
                not any(t.text.lower() in _REPORT_PARTICIPLES for t in toks[i + 1:j + 1]) or \
                not all(t.text.lower() in _TIME_WORDS for t in toks[j + 1:c]):
            continue
        d.source = (d.source[0], toks[c - 1].end)


_NAME_BOUNDARY = frozenset({"as", "—", "–", "--", "(", ":"}) | frozenset(_DQ) | {"'", "’", "''"}


_POSSESSIVES = frozenset("his her their its our my the a an".split())


def _apposition_head_after_quotation(text: str, toks, starts: list[int], drafts: list[Draft]) -> None:
    """"“He was a gentle soul,” his sister, Mary Wanjiku, told the Standard.": the words between the closing
    quotation mark and ", Name, cue" are the head of the source's apposition, not content."""
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0] or not d.content:
            continue
        i = _token_starting(starts, d.source[0])
        part = max((c for c in d.content if c[1] <= d.source[0]), default=None)
        if i is None or i < 3 or part is None or toks[i - 1].text != "," or toks[i - 2].end != part[1]:
            continue
        q = i - 2
        while q > 0 and toks[q].text not in _QUOTE_MARKS and i - 2 - q < 6 and toks[q].start >= part[0]:
            q -= 1
        head = toks[q + 1:i - 1]
        if not head or toks[q].text not in _CLOSE_DQ + "’'" or head[0].text.lower() not in _POSSESSIVES or \
                any(not t.text[:1].isalnum() for t in head):
            continue
        j = _token_ending(toks, starts, d.source[1])
        end = d.source[1]
        if j is not None and j + 2 < len(toks) and toks[j + 1].text == "," and toks[j + 2].start == d.cue[0]:
            end = toks[j + 1].end
        d.source = (head[0].start, end)
        _replace_part(d, part, (part[0], toks[q].end))


def _question_of_asked_opener(toks, drafts: list[Draft]) -> None:
    """"Asked by reporters whether a deal was close, he said: “We are not there yet.”": the question after the
    opener "Asked" is not the content of "said", which has its own after the cue."""
    for o in drafts:
        if o.cue_text(toks).lower() not in _OPENER_PARTICIPLES:
            continue
        for d in drafts:
            if d is o or d.source is None or d.source[1] > d.cue[0] or d.cue[0] < o.cue[1]:
                continue
            before = [c for c in d.content if o.cue[1] <= c[0] and c[1] <= d.source[0]]
            if before and len(before) < len(d.content):
                d.content = [c for c in d.content if c not in before]
                if not o.content:
                    o.content = before


def _name_before_apposition(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"Douglas Holtz-Eakin, an economist and tax expert, told me", "As Steven M. Rosenthal, a tax lawyer, put
    it": a source that is only the apposition ("a/an/the …" after a comma) takes the name before the comma
    (capitalized words right after the sentence's start, a quotation mark, "as" or the cue; not after a comma:
    "in Onawa, Iowa, the candidate"), and the
    comma after it where the cue follows, as PolNeAR annotates it."""
    for d in drafts:
        if d.source is None:
            continue
        i, j = _token_starting(starts, d.source[0]), _token_ending(toks, starts, d.source[1])
        if i is None or j is None or i < 2 or toks[i].text.lower() not in ("a", "an", "the") or \
                toks[i - 1].text != ",":
            continue
        k = i - 2
        while k >= 0 and i - 2 - k < 5 and (toks[k].text[:1].isupper() or _INITIAL_RE.fullmatch(toks[k].text)) and \
                toks[k].text.lower() not in _TIME_WORDS | _NAME_BOUNDARY | _NOT_NAME_WORDS:
            k -= 1
        run = toks[k + 1:i - 1]
        if not run or not (k < 0 or toks[k].text.lower() in _NAME_BOUNDARY or toks[k].end == d.cue[1]) or \
                len(run) == 1 and k < 0 or any(t.text.lower() in _NOT_NAME_WORDS for t in run):
            continue  # "Still, the fund", "In June, the senator", "For Mr. Clarke, the agreement"
        name = (toks[k + 1].start, toks[i - 2].end)
        if _overlaps(name, _occupied(drafts, besides=[d])) or _overlaps(name, [d.cue]):
            continue
        if k >= 0 and any(a < name[1] and name[0] < b for a, b in d.content):
            # the content ran on over the name ("''…,'' Douglas Holtz-Eakin, an economist, told me"): it ends
            # before it
            if not all(b == name[1] and a <= toks[k].start for a, b in d.content if a < name[1] and name[0] < b):
                continue
            d.content = [(a, toks[k].end) if b == name[1] else (a, b) for a, b in d.content]
        end = d.source[1]
        if d.source[1] <= d.cue[0] and j + 1 < len(toks) and toks[j + 1].text == "," and \
                (j + 2 < len(toks) and (toks[j + 2].start == d.cue[0] or
                                        toks[j + 2].text.endswith("ly") and toks[j + 2].end <= d.cue[0])):
            end = toks[j + 1].end
        d.source = (name[0], end)


_INITIAL_RE = re.compile(r"[A-Z]\.")
_NOT_NAME_WORDS = _ADVERBIAL_PREPOSITIONS | _ASIDE_STARTS | _LEADING | _SOURCE_LEADS | \
    frozenset("for from with to of still yet overall meanwhile instead now then there here".split())


def _source_before_adverbial(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"The ministry in a statement said", "The chief executive of Acme, Joan Hill, on Monday said": a source the
    model found inside an adverbial phrase between the speaker and the cue (a preposition, then at most five
    lower-case or time words right up to the cue) gives way to the noun phrase before the preposition, or,
    after a comma, to the sentence's subject with its asides."""
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        i, c = _token_starting(starts, d.source[0]), _token_starting(starts, d.cue[0])
        if i is None or c is None or i >= c:
            continue
        p = i
        while p > 0 and toks[p].text.lower() not in _ADVERBIAL_PREPOSITIONS and i - p < 3:
            p -= 1
        if p < 1 or toks[p].text.lower() not in _ADVERBIAL_PREPOSITIONS:
            continue
        words = toks[p + 1:c]
        if not words or len(words) > 5 or not all(
                t.text.isalpha() and (t.text.islower() or t.text.lower() in _TIME_WORDS) for t in words) or \
                words[-1].text.lower() not in _TIME_WORDS | _OCCASIONS:
            continue
        if toks[p - 1].text == ",":  # "…, Joan Hill, on Monday said"
            k = 0
            while k < p - 1 and (toks[k].text in _DQ or toks[k].text.lower() in _LEADING):
                k += 1
            segment = toks[k:p - 1]
            if k >= p - 1 or p - 1 - k > 20 or not toks[k].text[:1].isupper() or \
                    not any(t.text == "," for t in segment) or any(
                    t.text in _QUOTE_MARKS or t.text.lower() in _AUX or t.text.lower().endswith("ing")
                    for t in segment):
                continue
            new = (toks[k].start, toks[p - 2].end)
        else:
            new = _noun_phrase_before(toks, toks[p].start)
            if new is None:
                continue
            first = next(t for t in toks if t.start == new[0])
            if not (first.text[:1].isupper() or first.text.lower() in _NP_KEEP):
                continue
        if not _overlaps(new, _occupied(drafts, besides=[d])):
            d.source = new


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECT_PRONOUNS = frozenset("he she they we".split())


def _cut_source_at_clause(s, starts: list[int], drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """A source before its cue that the model ran over a clause's edge: "Russia's network RT he blasted" (a
    subject pronoun ends it: the pronoun alone is the source), "Clinton leaned in heavy and often, painting",
    "Mr. Clarke has had trouble persuading" (a finite verb inside it: the words before the verb are the
    source). The sentence's tags are computed only for such a source (a lower-case word after its first)."""
    toks = s.tokens
    todo = []
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        i, j = _token_starting(starts, d.source[0]), _token_ending(toks, starts, d.source[1])
        if i is None or j is None or j <= i:
            continue
        words = toks[i:j + 1]
        if any(t.text in (",", "(", ")", ";", ":") or t.text in _QUOTE_MARKS or t.text.lower() in _RELATIVE
               for t in words):
            continue  # appositions and relative clauses are the source's, as PolNeAR annotates them
        last, before = toks[j].text.lower(), toks[j - 1].text.lower()
        if last in _SUBJECT_PRONOUNS and toks[j - 1].text[:1].isalnum() and before not in _COORD | {"both", "nor"}:
            d.source = (toks[j].start, toks[j].end)
            continue
        if any(t.text.isalpha() and t.text.islower() and t.text not in _NP_KEEP for t in words[1:]):
            todo.append((d, i, j))
    if not todo:
        return
    tags = _pos(s, tags)
    for d, i, j in todo:
        k = next((n for n in range(i + 1, j + 1) if tags[n] in _FINITE), None)
        if k is None or not any(tags[n].startswith(("NN", "PRP")) for n in range(i, k)) or \
                toks[k - 1].text.lower() in _COORD or \
                tags[k] == "VBZ" and tags[k - 1] == "NN" and toks[k - 1].text.islower() and \
                toks[k].text.lower() not in _AUX:  # "campaign aides" read as a verb
            continue
        while k - 1 > i and (tags[k - 1].startswith("RB") or tags[k - 1] == "CC"):
            k -= 1  # "Trump never missed"
        d.source = (toks[i].start, toks[k - 1].end)


_TELL = frozenset("told tells tell telling".split())
_NP_BODY = frozenset("JJ JJR JJS NN NNS NNP NNPS CD POS HYPH".split())
_NP_DET = frozenset("DT PRP$".split())
_LISTENER_PREPOSITIONS = frozenset("on in at during".split())


def _noun_phrase_end(toks, tags: Sequence[str], k: int) -> int:
    """The index after a noun phrase (a determiner, then adjectives, nouns, numbers) starting at ``k``, or ``k``
    when none with a noun starts there."""
    n = k + 1 if k < len(toks) and tags[k] in _NP_DET else k
    m = n
    while m < len(toks) and tags[m] in _NP_BODY:
        m += 1
    if m < len(toks) and tags[m] == "VBG" and (m > n or n > k):
        return m + 1  # "a Senate hearing", "the briefing": a gerund tagged as one is the head noun
    return m if any(tags[x].startswith("NN") for x in range(n, m)) else k


def _content_after_the_listener(s, starts: list[int], drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Okafor told a Senate hearing the plan was dead": the listener after "told" (a noun phrase, with a time
    or place phrase after it: "the committee on Tuesday") is not content; the clause after it (a subject and a
    finite verb) is. So when the cue holds the listener ("told reporters" on Friday the plan was dead), and when
    the subject has an object relative clause of its own ("told reporters on Friday the club that he loved had
    treated him badly": the content starts at "the club", not at "that"). The sentence's tags are computed only
    for a content that starts right after "told" or the cue."""
    toks = s.tokens
    todo = []
    for d in drafts:
        if not d.content or d.source is None:
            continue
        c = _token_ending(toks, starts, d.cue[1])
        if c is None or c + 1 >= len(toks):
            continue
        in_cue = False  # the listener is a word of the cue: "told reporters"
        if toks[c].text.lower() not in _TELL:
            c0 = _token_starting(starts, d.cue[0])
            if c0 is None or not any(toks[m].text.lower() in _TELL for m in range(c0, c)):
                continue
            in_cue = True
        first = min(d.content)
        gap = [t for t in toks[c + 1:] if t.start < first[0]]
        if toks[c + 1].start <= first[0] and len(gap) <= 8 and toks[c + 1].text[:1].isalnum() and \
                toks[c + 1].text.lower() != "that" and all(t.text[:1].isalnum() for t in gap):
            todo.append((d, c + 1, in_cue))  # the model's content starts at the listener, or after it and the subject
    if not todo:
        return
    tags = _pos(s, tags)
    for d, n, in_cue in todo:
        k = n if in_cue else _noun_phrase_end(toks, tags, n)
        if k == n and not in_cue:
            continue
        for _ in range(2):  # "on Tuesday", "in Washington"
            if k < len(toks) and toks[k].text.lower() in _LISTENER_PREPOSITIONS:
                k2 = _noun_phrase_end(toks, tags, k + 1)
                if k2 > k + 1:
                    k = k2
        if k >= len(toks) or not toks[k].text[:1].isalpha():
            continue
        j = k + 1 if tags[k] == "PRP" and toks[k].text.lower() in _PRONOUNS else _noun_phrase_end(toks, tags, k)
        if j > k:
            j = _after_object_relative(toks, tags, j)
        if j == k or j >= len(toks) or tags[j] not in _FINITE:
            continue
        first = min(d.content)
        if toks[k].start < first[1] and first[0] <= toks[j].start and toks[k].start != first[0]:
            _replace_part(d, first, (toks[k].start, first[1]))


_OBJECT_RELATIVES = frozenset("that which whom who".split())


def _after_object_relative(toks, tags: Sequence[str], j: int) -> int:
    """The index after an object relative clause at ``j`` ("that he loved", "which the council built"), when
    a finite verb follows it (the main clause's: "the club that he loved had ..."); else ``j``."""
    if j >= len(toks) or toks[j].text.lower() not in _OBJECT_RELATIVES:
        return j
    r = j + 1
    if r >= len(toks):
        return j
    r2 = r + 1 if tags[r] == "PRP" and toks[r].text.lower() in _PRONOUNS else _noun_phrase_end(toks, tags, r)
    if r2 == r or r2 >= len(toks) or tags[r2] not in _FINITE:
        return j
    e = r2 + 1
    while e < len(toks) and tags[e] == "RB":
        e += 1
    return e if e < len(toks) and tags[e] in _FINITE else j


_NP_TAGS = frozenset("DT JJ JJR JJS NN NNS NNP NNPS CD POS PRP$ HYPH".split())
_NP_JOINS = frozenset("of for on by at from with in".split())
#: words that open a noun phrase without being tagged as its part: "Only 52 percent", "not everyone", "Retired
#: General"
_NP_LEADS = frozenset("only not retired nearly almost just".split())


def _widen_source_to_noun_phrase(s, starts: list[int], drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """A source before its cue that is the end of a noun phrase ("Presidential Debates" of "The nonpartisan
    Commission on Presidential Debates says", "local leaders" of "state and local leaders", "president" of "the
    president") starts where the noun phrase does: over determiners, adjectives, nouns and numbers, "and"
    between them, and a preposition after a noun. The sentence's tags are computed only for such a source (a
    word right before it)."""
    toks = s.tokens
    todo = []
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        i = _token_starting(starts, d.source[0])
        if i is None or i == 0 or not toks[i - 1].text[:1].isalnum():
            continue
        todo.append((d, i))
    if not todo:
        return
    tags = _pos(s, tags)
    for d, i in todo:
        j = _token_ending(toks, starts, d.source[1])
        first, prev = toks[i].text, toks[i - 1].text.lower()
        if j is None or first.lower() in _PRONOUNS | _RELATIVE or tags[i] in ("PRP", "PRP$", "WP", "WDT") or \
                toks[j].text in ("'s", "’s"):
            continue  # a pronoun, or the owner of a noun cue ("Donald Trump's claim")
        # the word before must belong to the phrase: not a bare noun or number before a name or pronoun ("a
        # Bloomberg interview Trump declared", "the third time AROS said")
        if not (tags[i - 1] in ("DT", "JJ", "JJR", "JJS", "PRP$", "POS") or prev in _NP_JOINS | _COORD | _NP_LEADS
                or tags[i - 1] in ("NN", "NNS", "NNP", "NNPS") and first.islower() or _name_or_title(toks[i - 1].text)):
            continue
        k = i
        while k > 0:
            t, tag = toks[k - 1], tags[k - 1]
            if tag in _NP_TAGS or t.text in ("'s", "’s") or t.text.lower() in _NP_LEADS:
                k -= 1
            elif k >= 2 and (t.text.lower() in _COORD - {"but"} and tags[k - 2] in _NP_TAGS - {"DT", "POS"} or
                             t.text.lower() in _NP_JOINS and tags[k - 2].startswith("NN")):
                k -= 1
            else:
                break
        while k < i and (toks[k].text.lower() in _NP_JOINS | _COORD or tags[k] == "POS"):
            k += 1
        if k < i and not _overlaps((toks[k].start, toks[i - 1].end), _occupied(drafts, besides=[d])):
            d.source = (toks[k].start, d.source[1])


def _name_or_title(word: str) -> bool:
    """A given name ("Gladys" of "Gladys Atieno") or a one-word title ("chairperson"), from the actor lexicons:
    a word that starts the noun phrase of the name after it."""
    from .actor_lexicon import actor_lexicon

    lex = actor_lexicon()
    if word in lex.firstnames:
        return True
    n, title = lex.match_title([word.lower()], 0) if word.lower() in lex.title_first else (0, None)
    return title is not None and n == 1 and title.kind != "descriptor"  # not "able candidate Viguerie"


_NP_PREPOSITIONS = frozenset("for at of from with to".split())


def _source_from_head_noun_phrase(s, starts: list[int], drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"A lawyer for the news outlets, David Schulz, said": a source before its cue that starts right after a
    preposition, where the words from the sentence's start to it are noun phrases joined by prepositions,
    starts with them: the head noun phrase ("A lawyer", "His former business partner") is the speaker, the
    rest its apposition, as PolNeAR annotates it. The sentence's chunks are computed only for such a source."""
    toks = s.tokens
    todo = []
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        i = _token_starting(starts, d.source[0])
        if i is None or i < 2 or toks[i - 1].text.lower() not in _NP_PREPOSITIONS:
            continue
        k = 0
        while k < i and (toks[k].text in _DQ or toks[k].text.lower() in _LEADING):
            k += 1
        if k >= i - 1 or i - k > 10 or not toks[k].text[:1].isupper():
            continue
        todo.append((d, k, i))
    if not todo:
        return
    from ..syntax import chunks

    sent_chunks = chunks([s], [_pos(s, tags)])[0]
    np_tokens = {n for c in sent_chunks if c.kind == "NP" for n in range(c.first, c.last)}
    for d, k, i in todo:
        if all(n in np_tokens or toks[n].text.lower() in _NP_PREPOSITIONS for n in range(k, i)) and \
                k in np_tokens and not _overlaps((toks[k].start, toks[i - 1].end), _occupied(drafts, besides=[d])):
            d.source = (toks[k].start, d.source[1])


_OPEN_ENDS = frozenset("of for at in on to from with by the a an and 's ’s who whose whom which that".split())
_APPOSITION_STARTS = frozenset("who whose which a an the".split())
_ADVERBIAL_STARTS = frozenset("in on at during after before when while as according".split())


def _source_after_cue_to_clause_end(toks, starts: list[int], drafts: list[Draft]) -> None:
    """A speaker after the cue keeps its apposition or relative clause to the end of the sentence, as PolNeAR
    annotates it: "…," said Alan Cole, an economist at the Tax Foundation's policy center. (the model stopped
    at "at"), "said Joseph, who has four children." It grows only where the noun phrase is left open (it ends
    in a preposition, a determiner or a relative pronoun, or holds a relative clause) or a comma opens an
    apposition or a relative clause after it, and stops before an adverbial after a comma (", in a
    statement") or anything another attribution holds."""
    for d in drafts:
        if d.source is None or d.source[0] < d.cue[1] or not _speech_cue(d, toks):
            continue
        j = _token_ending(toks, starts, d.source[1])
        i = _token_starting(starts, d.source[0])
        if i is None or j is None:
            continue
        end = len(toks)
        while end > j + 1 and not toks[end - 1].text[:1].isalnum():
            end -= 1
        tail = list(toks[j + 1:end])
        if not tail or any(t.text in _DQ for t in tail):
            continue
        src_words = [t.text.lower() for t in toks[i:j + 1]]
        open_np = src_words[-1] in _OPEN_ENDS or any(w in ("who", "whose", "whom", "which") for w in src_words)
        apposition = (len(tail) > 1 and tail[0].text == "," and tail[1].text.lower() in _APPOSITION_STARTS) or \
            ("," in src_words and tail[0].text.lower() in ("of", "for", "at", "with"))  # "X, the lawyer for Y"
        if not (open_np or apposition):
            continue
        stop = len(tail)
        for k in range(1, len(tail) - 1):
            if tail[k].text == "," and tail[k + 1].text.lower() in _ADVERBIAL_STARTS:
                stop = k
                break
        tail = tail[:stop]
        while tail and not tail[-1].text[:1].isalnum():
            tail.pop()
        if not tail:
            continue
        grown = (d.source[0], tail[-1].end)
        # the model may have read the rest of the phrase as content: not when the content also stands before
        own = [c for c in d.content if c[0] >= d.source[1]]
        keep = [c for c in d.content if c[0] < d.source[1]]
        if _overlaps((tail[0].start, tail[-1].end), _occupied(drafts, besides=[d]) + [d.cue] + keep) or \
                own and not keep:
            continue
        d.source = grown
        d.content = keep


_NP_STOP = frozenset("that which who whom whose said says say told when while because if as than to for with "
                     "by on in at from into about after before not no , ; : ( ) — – \" “ ” .".split())
_NP_KEEP = frozenset("the a an and of his her their its our my some several many other 's ’s".split())


def _noun_phrase_before(toks, pos: int) -> tuple[int, int] | None:
    """The noun phrase ending right before ``pos`` (after auxiliaries): capitalized words, lower-case words and
    determiners, at most eight tokens, not starting with "and" or "of"."""
    i = max((k for k, t in enumerate(toks) if t.end <= pos), default=-1)
    while i >= 0 and toks[i].text.lower() in _AUX:
        i -= 1
    end = i
    while i >= 0 and end - i < 8:
        low = toks[i].text.lower()
        if low in _NP_STOP or not (toks[i].text[:1].isalnum() or low in _NP_KEEP):
            break
        i -= 1
    start = i + 1
    while start <= end and toks[start].text.lower() in ("and", "of", "'s", "’s"):
        start += 1
    if start > end or toks[end].text.lower() in _NP_KEEP:
        return None
    return toks[start].start, toks[end].end


def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def _inside_quotes(text: str, a: int, b: int) -> bool:
    """Is position ``b`` inside a quotation opened after ``a``?"""
    return _ends_inside_quote(text[a:b])


@lru_cache(maxsize=1)
def _single_cues() -> frozenset[str]:
    return frozenset(r["cue"].lower() for r in lexicons.load("cues") if " " not in r["cue"].strip())


#: "Word: ..." labels that name no speaker (a section, a byline, an interview's "Q:"/"A:", which PolNeAR's
#: train annotations mostly leave out); found among the colon attributions of the train split
_NOT_SPEAKERS = frozenset({"the latest", "contributing", "twitter", "breaking", "revealed", "correction", "byline",
                           "wow", "look", "question", "answer", "editor's note", "note", "update", "watch",
                           "video", "photo", "related", "read more", "breaking news",
                           "scorers"})  # a match report's list of goals


#: the first word of an all-capitals label that points the reader elsewhere ("WATCH BELOW:", "READ MORE:")
_FURNITURE_VERBS = frozenset("watch read see listen click sign subscribe follow related more also".split())


def _is_furniture(text: str, name, end_tok) -> bool:
    """An all-capitals label before a colon ("ALSO READ:", "MARKETS:", "WATCH BELOW:") that introduces a line
    without a sentence's closing punctuation (a link, a headline) is page furniture, not a speaker."""
    label = text[name[0].start:name[-1].end]
    if not (label.isupper() and sum(ch.isalpha() for ch in label) >= 2):
        return False
    return end_tok.text not in (".", "?", "!", "…") and end_tok.text not in _DQ and \
        not end_tok.text.endswith((".", "?", "!"))


_FURNITURE_LINE = re.compile(r"(?:[A-Za-z]+ ){0,2}[A-Za-z]+ ?[|:] ")


def _drop_in_furniture_lines(text: str, drafts: list[Draft]) -> list[Draft]:
    """_furniture_label_lines: a line that opens with a label pointing the reader elsewhere, in any case and with
    a colon or a bar ("Also Read | Unseasonal Rain Damages Mustard Crop, Farmers Seek Relief", "WATCH | Residents
    Say Floods Came Without Warning", "Read more: ..."), and ends without a sentence's closing punctuation (a
    linked headline), is page furniture: no attribution lies in it, whatever verbs its headline has."""
    if not drafts:
        return drafts
    breaks = [m.start() for m in _NEWLINE.finditer(text)]  # once: a 300 kB line must not be scanned per cue
    out = []
    for d in drafts:
        k = bisect.bisect_left(breaks, d.cue[0])
        a = breaks[k - 1] + 1 if k else 0
        m = _FURNITURE_LINE.match(text, a, min(len(text), a + 40))
        if m is not None and m.group(0).split()[0].rstrip(":|").lower() in _FURNITURE_VERBS:
            line = text[a:breaks[k] if k < len(breaks) else len(text)].rstrip()
            if not line.endswith((".", "?", "!", "…", *_DQ)) or _ends_with_bare_quotation(line):
                continue
        out.append(d)
    return out


_NEWLINE = re.compile("\n")

#: a notes box's section heading, a paragraph of one to four words in capitals ("INJURIES", "UP NEXT", "KEY STATS")
_BOX_HEADING = re.compile(r"[A-Z][A-Z'&-]*(?: [A-Z][A-Z'&-]*){0,3}")
#: a line of a notes box: a short label and its colon ("Plainsmen: Host Denver next Sunday.")
_BOX_LINE = re.compile(r"[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3}: ")


def _drop_in_notes_box(text: str, drafts: list[Draft]) -> list[Draft]:
    """"INJURIES ¶ Plainsmen: RB Corey Banks (knee) left in the third quarter. ¶ UP NEXT ¶ Condors: At Seattle on
    Dec. 14.": the lines under a heading in capitals of a sports wire's notes box (or of any such box), each a short
    label, a colon and a note, are page furniture, not a speaker's words: a colon attribution in such a line (the
    heading, or only such lines, in the paragraphs between) goes. A line holding a quotation mark is left alone (a
    transcript's turn)."""
    if not drafts or not any(text[d.cue[0]:d.cue[1]] == ":" for d in drafts):
        return drafts
    return [d for d in drafts if text[d.cue[0]:d.cue[1]] != ":" or not _in_notes_box(text, d.cue[0])]


def _in_notes_box(text: str, pos: int) -> bool:
    """Whether the paragraph at ``pos`` is a line of a notes box (:func:`_drop_in_notes_box`)."""
    start = text.rfind("\n\n", 0, pos) + 2 if text.rfind("\n\n", 0, pos) >= 0 else 0
    end = text.find("\n\n", pos)
    para = text[start:end if end >= 0 else len(text)].strip()
    if not _BOX_LINE.match(para) or any(q in para for q in _DQ):
        return False
    while start > 2:
        prev_start = text.rfind("\n\n", 0, start - 2)
        prev = text[prev_start + 2 if prev_start >= 0 else 0:start - 2].strip()
        if _BOX_HEADING.fullmatch(prev):
            return True
        if not _BOX_LINE.match(prev) or any(q in prev for q in _DQ):
            return False
        start = prev_start + 2 if prev_start >= 0 else 0
    return False


def _ends_with_bare_quotation(line: str) -> bool:
    """_headline_quotation_furniture: a linked headline may end with a quotation that has no sentence's
    punctuation inside its closing mark ("READ MORE: Her ex breaks his silence – \"I wish her well\""); a
    sentence ends one with its full stop inside ("... said \"it was late.\"")."""
    return len(line) > 2 and line[-1] in _DQ and line[-2] not in ".?!…,;:" + "".join(_DQ) + "'’"


def _source_after_dateline_colon(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"Chennai: Stand-in captain Rohan Mehra on Wednesday said ...": a source of one to three capitalized words
    before a colon that opens the sentence, with a verb cue after the colon and words between them, is the
    dateline; the words after the colon (up to a time phrase: "on Wednesday", "yesterday") are the source."""
    for d in drafts:
        if d.source is None or len(toks) < 6:
            continue
        c = next((k for k in range(1, min(4, len(toks))) if toks[k].text == ":"), None)
        if c is None or _token_starting(starts, d.source[0]) != 0 or _token_ending(toks, starts, d.source[1]) != c - 1 \
                or not all(t.text[:1].isupper() for t in toks[:c]):
            continue
        i = _token_starting(starts, d.cue[0])
        if i is None or i <= c + 1:
            continue
        e = i
        for k in range(c + 1, i):
            low = toks[k].text.lower()
            if low in _LONE_TIME_WORDS or low in ("on", "in", "at", "last", "this", "earlier", "later") and \
                    k + 1 < i and toks[k + 1].text.lower() in _TIME_WORDS | _LONE_TIME_WORDS:
                e = k
                break
        words = toks[c + 1:e]
        if not words or len(words) > 8 or not words[0].text[:1].isupper() or \
                any(t.text.lower() in _SAID_SUBJECT_STOP or not (t.text[:1].isalnum() or t.text in ("'s", "’s", "-"))
                    for t in words):
            continue
        span = (words[0].start, words[-1].end)
        if not _overlaps(span, _occupied(drafts, besides=[d])):
            d.source = span


def _drop_dateline(text: str, sentences: Sequence, drafts: list[Draft]) -> list[Draft]:
    """"BENGALURU: Members of the Opposition walked out ...": an all-capitals label opening the article's
    first body sentence is its dateline, unless other paragraphs open with such labels (a transcript); a label of
    several words only when it is a place ("NEW DELHI:", :func:`_dateline_place`)."""
    colons = [d for d in drafts if text[d.cue[0]:d.cue[1]] == ":" and d.source is not None and
              text[d.source[0]:d.source[1]].isupper()]
    first = next((k for k, s in enumerate(sentences) if not s.title), None)
    # by place: a draft's ``sentence`` moves on with the cue-less sentences it takes in ('NEW DELHI: ... signed ....
    # ¶ "The Indian Ocean ... us. What ...," X said'), and the dateline's is then no longer the first
    if len(colons) != 1 or first is None or not sentences[first].start <= colons[0].cue[0] < sentences[first].end:
        return drafts
    label = text[colons[0].source[0]:colons[0].source[1]]
    if " " in label and not _dateline_place(label):  # "JAKE TAPPER: ..." is a transcript's speaker
        return drafts
    return [d for d in drafts if d is not colons[0]]


def _colon_attribution(text: str, s) -> Draft | None:
    """``Name: words`` (a headline's or a transcript's speaker): the colon is the cue."""
    toks = s.tokens
    lead = 1 if toks and toks[0].text in _DQ else 0
    for i, t in enumerate(toks[:5 + lead]):
        if t.text == ":":
            if i <= lead or len(toks) - i < 4 or text[t.end:t.end + 1] not in (" ", "\u00a0"):
                return None
            name = toks[lead:i]
            label = text[name[0].start:name[-1].end].lower().replace("’", "'")
            if len(label) == 1 or label in _NOT_SPEAKERS:
                return None
            if text[name[0].start:name[-1].end].isupper() and label.split()[0] in _FURNITURE_VERBS:
                return None  # "WATCH BELOW: …", "READ MORE: …": a link to other pages, whatever follows
            if not all(x.text[:1].isupper() or x.text in (".", "'s", "’s") for x in name):
                return None
            last = len(toks)
            while last > i + 1 and not toks[last - 1].text[:1].isalnum() and toks[last - 1].text not in _DQ:
                last -= 1
            if _is_furniture(text, name, toks[-1]) or _newsletter_label(text, name) or _section_label(text, s):
                return None
            return Draft(s.index, s.index, (t.start, t.end), (name[0].start, name[-1].end),
                         [(toks[i + 1].start, toks[last - 1].end)])
    return None


_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b")
#: words of a label that say nothing of a name ("THE FACTS:", "STAT OF THE WEEK:")
_LABEL_FUNCTION_WORDS = frozenset("the a an of in on and or to for is at by".split())


_LINE_LABEL = re.compile(r"^[\"“]?([A-Z][A-Z .'’-]{1,30}):", re.M)


def _is_transcript(text: str) -> bool:
    """Does some all-capitals label open two or more lines of the article (a transcript's speaker taking turns,
    named in full the first time: "KATE BOULDUAN: ... BOULDUAN: ...")?"""
    names = [m.group(1).split()[-1] for m in _LINE_LABEL.finditer(text) if m.group(1).split()]
    return len(names) != len(set(names))


def _newsletter_label(text: str, name) -> bool:
    """_newsletter_labels: an all-capitals label before a colon ("SPOTTED:", "HAPPY BIRTHDAY:", "CLAIM:",
    "PICTURED:", "CORRECTION:") whose words the article never writes as a name (in title case: "Tapper", "Trump",
    as a transcript's "TAPPER:" or "TRUMP:" is), in an article that is no transcript (where some label
    opens several lines: "WALLACE: ... PENCE: ... WALLACE: ..."), is a newsletter's or a fact check's section label, not a speaker.
    Labels of three letters or fewer ("UN:", "AP:") are left to the other rules."""
    a, b = name[0].start, name[-1].end
    label = text[a:b]
    words = [w for w in re.findall(r"[A-Za-z]+", label) if w.lower() not in _LABEL_FUNCTION_WORDS]
    if not label.isupper() or sum(ch.isalpha() for ch in label) < 4 or not words:
        return False
    if _is_transcript(text):
        return False  # a transcript's speakers ("WALLACE: ... PENCE: ... WALLACE: ..."), one turn or several
    names = {m.group(0).lower() for m in _TITLE_WORD.finditer(text)}
    return not any(w.lower() in names for w in words)


def _ends_inside_quote(chunk: str) -> bool:
    """Does ``chunk`` end inside a double-quoted quotation?"""
    inside = False
    for ch in chunk:
        if ch in "“«„":
            inside = True
        elif ch in "”»":
            inside = False
        elif ch == '"':
            inside = not inside
    return inside


@lru_cache(maxsize=1)
def _phrase_cues() -> re.Pattern | None:
    phrases = [r["cue"] for r in lexicons.load("cues") if " " in r["cue"].strip()]
    if not phrases:
        return None
    alts = sorted((r"\s+".join(re.escape(w) for w in p.split()) for p in phrases), key=len, reverse=True)
    # the lookahead of the phrases' first letters changes no match: it lets the engine pass the text's other
    # characters without trying every phrase there (0.19 -> 0.13 s on 400 PolNeAR train texts)
    firsts = sorted({c for p in phrases for c in (p.strip()[0].lower(), p.strip()[0].upper())})
    return re.compile(r"(?=[" + re.escape("".join(firsts)) + r"])(?<!\w)(?:" + "|".join(alts) + r")(?!\w)",
                      re.IGNORECASE)


def _with_phrases(cues: list[tuple[int, int]], phrases: list[tuple[int, int]]
                  ) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Widen cues to the lexicon phrases they touch; add phrase cues the model missed. Also returns the cues
    that a phrase made or widened."""
    out = list(cues)
    phrased = set()
    for ps, pe in phrases:
        hit = [i for i, (a, b) in enumerate(out) if a < pe and ps < b]
        if hit:
            a = min(ps, *(out[i][0] for i in hit))
            b = max(pe, *(out[i][1] for i in hit))
            out = [c for i, c in enumerate(out) if i not in hit] + [(a, b)]
        else:
            a, b = ps, pe
            out.append((a, b))
        phrased.add((a, b))
    return sorted(out), phrased


def _trim(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs without white space or a dangling "and" or comma at their ends (those left by a cut)."""
    out = []
    for a, b in runs:
        a, b = _trim_tail(text, *strip_span(text, a, b))
        if a < b:
            out.append((a, b))
    return out


def _outside(runs: list[tuple[int, int]], cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs without the characters that a cue covers: a run inside a cue disappears, a run around one is cut
    in two."""
    out = []
    for run in runs:
        pieces = [run]
        for ca, cb in cues:
            nxt = []
            for a, b in pieces:
                if cb <= a or b <= ca:
                    nxt.append((a, b))
                    continue
                if a < ca:
                    nxt.append((a, ca))
                if cb < b:
                    nxt.append((cb, b))
            pieces = nxt
        out.extend(p for p in pieces if p[0] < p[1])
    return out


_DANGLING = ("and", "but", "or", "though", "although", "while", "whereas")
_DANGLING_LAST = frozenset(c for w in _DANGLING for c in (w[-1], w[-1].upper()))


def _trim_tail(text: str, a: int, b: int) -> tuple[int, int]:
    """``[a, b)`` without white space, commas, semicolons or a dangling "and"/"but"/"or" at its end."""
    while b > a:
        ch = text[b - 1]
        if ch.isspace() or ch in ",;":
            b -= 1
            continue
        if ch not in _DANGLING_LAST:
            break  # (most spans end in a letter that no word of _DANGLING ends with)
        for w in _DANGLING:
            n = len(w)
            if b - n > a and text[b - n:b].lower() == w and not text[b - n - 1].isalnum():
                b -= n
                break
        else:
            break
    return a, b


def _trim_head(text: str, a: int, b: int) -> tuple[int, int]:
    """``[a, b)`` without the commas, semicolons or colons (and the white space after them) at its start: ",
    ''Poor Mexico, ...''" of "Mexicans often say, ''Poor Mexico, ...''" is no content's first character."""
    while a < b and (text[a] in ",;:" or text[a].isspace()):
        a += 1
    return a, b


def _merge_parts(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted parts, with parts separated only by white space or punctuation joined into one, without a
    comma, semicolon or colon at their start (:func:`_trim_head`) or a dangling "and" or comma at their end."""
    merged: list[list[int]] = []
    trimmed = []
    for a, b in parts:
        a, b = _trim_tail(text, *_trim_head(text, *strip_span(text, a, b)))
        if a < b:
            trimmed.append((a, b))
    for a, b in sorted(trimmed):
        if merged and (a <= merged[-1][1] or not text[merged[-1][1]:a].strip(" \t\n\u00a0.,;:?!")):
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _record(text: str, d: Draft) -> Attribution:
    """The attribution record of a finished draft: spans trimmed, the source's kind guessed, the parts
    merged and the quotation type read."""
    cs, ce = d.cue
    cue = Span(cs, ce, text[cs:ce])
    source = None
    src = d.source
    if src is not None and text[src[0]:src[1]].strip().lower() in _NOT_SOURCES and \
            not (text[src[0]:src[1]].strip().lower() in _SOURCE_RIGHT_BEFORE_CUE and not text[src[1]:cs].strip() and
                 (text[src[0]:src[1]].strip().lower() == "that" or text[cs:ce].split()[0].lower() in _speech_nouns())):
        # (a relative "that" right before its cue is a source: "cities that support the rules"; so is a possessive
        # before a noun cue: "his theory of", "their criticism of", PolNeAR train's possessor sources)
        # a lone determiner: widened to the words it opens ("the event organizer"), up to the cue
        limit = cs if cs >= src[1] else len(text)
        m = _NP_AFTER.match(text, src[1], limit)
        src = (src[0], m.end()) if m else None
    if src is not None:
        ss, se = strip_span(text, *src)
        # PolNeAR's commas: an appositive source keeps the comma that closes it ("Dean, a doctor, said"),
        # a plain one does not ("Obama, who ..." aside)
        inner = text[ss:se].rstrip(",")
        if "," in inner and text[se:se + 1] == "," and se < cs:
            se += 1
        elif "," not in inner and text[ss:se].endswith(","):
            se = ss + len(inner.rstrip())
        stext = text[ss:se]
        source = Source(Span(ss, se, stext), source_kind(stext))
    content = None
    quote = "indirect"
    parts = _merge_parts(text, d.content) if d.content else []
    if parts:
        a, b = parts[0][0], parts[-1][1]
        content = Content(Span(a, b, text[a:b]), tuple(parts) if len(parts) > 1 else ())
        quote = quote_type(text, parts)
    return Attribution(d.idx, cue, source, content, "statement", quote)


def quote_type(text: str, parts: Sequence[tuple[int, int]]) -> str:
    """direct: every part is quoted (it opens and closes with double quotes, and no word of it stands outside
    a quotation: ``"a" and "b"`` as one part has the writer's "and" between two quotations, so it is mixed);
    mixed: some quotation marks inside; indirect: none."""
    quoted = 0
    any_quote = False
    for a, b in parts:
        piece = text[a:b].strip()
        core = piece.rstrip(".,;:!?")
        if _DQ_RE.search(piece):
            any_quote = True
        if piece[:1] in _OPEN_DQ and (core[-1:] in _CLOSE_DQ or piece[-1:] in _CLOSE_DQ) and _all_quoted(piece):
            quoted += 1
    if quoted == len(parts):
        return "direct"
    return "mixed" if any_quote else "indirect"


def _all_quoted(piece: str) -> bool:
    """Does every letter or digit of ``piece`` stand inside double quotes? Typographic quotes nest; a straight
    quote closes an open straight one, else opens; a quotation mark that starts a paragraph opens the
    quotation again (news style: a quotation over several paragraphs reopens each, closing only the last).

    Read from one quotation mark or line break to the next (the characters between change no state): a stretch
    outside quotes fails with a letter or digit in it, and any other character than white space in it ends the
    paragraph's start."""
    depth = 0        # open typographic quotes
    straight = False  # an open straight quote
    line_start = True
    pos = 0
    for m in _QUOTE_OR_BREAK.finditer(piece):
        if pos < m.start():
            stretch = piece[pos:m.start()]
            if not depth and not straight and _ALNUM.search(stretch):
                return False
            if line_start and not stretch.isspace():
                line_start = False
        pos = m.end()
        ch = m.group()
        if ch == "\n":
            line_start = True
            continue
        if line_start:  # (every mark here is one of _DQ)
            depth, straight = 0, False  # a paragraph's opening mark starts the quotation over
        line_start = False
        if ch in "“«„":
            depth += 1
        elif ch in "”»":
            depth = max(0, depth - 1)
        else:  # '"'
            straight = not straight
    return bool(depth or straight) or _ALNUM.search(piece, pos) is None


#: what changes the state of :func:`_all_quoted`: a double quotation mark of any style, a line break
_QUOTE_OR_BREAK = re.compile("[\n" + re.escape(_DQ) + "]")
#: a letter or digit (str.isalnum: the word characters of ``re`` but the underscore)
_ALNUM = re.compile(r"[^\W_]")


# ---- source kinds -----------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _source_lexicon() -> dict[str, str]:
    return {r["word"].lower(): r["kind"] for r in lexicons.load("source_kinds")}


@lru_cache(maxsize=1)
def _organization_heads() -> frozenset[str]:
    """Common nouns that make a source an organization as its head noun (``lexicons/organization_heads.tsv``)."""
    return frozenset(w.lower() for w in lexicons.column("organization_heads", "word"))


_WORDS = re.compile(r"[\w][\w.'’-]*")


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
                          "fifty hundred hundreds dozen dozens thousands millions both".split())
_LIMITERS = frozenset("only just all about nearly almost at least more than over some".split())


@lru_cache(maxsize=4096)
def source_kind(s: str) -> str:
    """pronoun, anonymous, country, organization, group, document or person, from the source's words."""
    lex = _source_lexicon()
    low = s.strip().lower()
    if lex.get(low) == "pronoun":
        return "pronoun"
    words = _WORDS.findall(s)
    if not words:
        return "person"
    lows = [w.lower().rstrip(".") if not w.endswith(".") or len(w) <= 2 else w.lower() for w in words]
    # a number or a quantity of people ("only five", "37 of the 42 economists", "Three analysts") is a group
    q = lows[1:] if lows[0] in _LIMITERS and len(lows) > 1 else lows
    if q[0] in _NUMBER_WORDS or q[0].replace(",", "").isdigit():
        return "group"
    stripped = " ".join(lows[1:] if lows[0] in ("the",) else lows)
    if lex.get(stripped) in ("country", "organization", "group", "anonymous", "person"):
        return lex[stripped]
    kinds = [lex.get(w) for w in lows]
    head = head_word = None
    for w, word in zip(lows, words):  # the head noun: the last word before "of", "who", "familiar", a comma clause
        if w in ("of", "who", "that", "familiar", "close", "with", "from", "at", "in", "for"):
            break
        head, head_word = w, word
    caps = [w for i, w in enumerate(words) if w[:1].isupper() and (i > 0 or lows[0] not in lex)]
    if head is not None and lex.get(head) == "document" and \
            (head_word[:1].islower() or head_word is words[0] and head.endswith("s")):
        return "document"  # "the report", "a statement from the ministry", "Polls"; not "Bill" or "the Post"
    if head is not None and lex.get(head) == "anonymous":
        named = [w for w in caps if lex.get(w.lower()) not in ("anonymous", "country", "determiner", "title")]
        if not named:
            return "anonymous"
    if "anonymous" in kinds and not caps:
        return "anonymous"
    if lows[0] in ("some", "several", "many", "other", "two", "three", "a", "an") and not caps and \
            head is not None and head.endswith("s"):
        return "anonymous" if lex.get(head) != "group" else "group"
    if " and " in f" {low} " and len(words) > 2:
        return "group"
    if len(words) >= 2 and words[-1][:1].isupper() and lex.get(lows[-1]) is None:
        before = lows[-2]
        if lex.get(before) == "title" or (words[-2][:1].isupper() and lex.get(before) is None):
            return "person"
    if head is not None and lex.get(head) in ("organization", "country", "group"):
        return lex[head]
    if head is not None and head in _organization_heads():
        return "organization"  # "the central bank", "the retailer" (round 19, branch fix20)
    if any(k == "organization" for k in kinds):
        return "organization"
    if any(w.isupper() and len(w.replace(".", "")) >= 2 and lex.get(w.lower()) != "country" for w in words):
        return "organization"
    if any(k == "country" for k in kinds) and len(words) <= 3:
        return "country"
    if head is not None and not head[:1].isupper() and head.endswith("s") and not caps:
        return "group"
    if head is not None and head.endswith("s") and lex.get(head) is None and caps and \
            words[-1][:1].isupper() and words[-1].lower().endswith(("ans", "ats", "ists", "ers")):
        return "group"
    return "person"


# ---- content edges (branch content6: PolNeAR dev's content errors, counted by class) ----------------------
_PERFECT_AUX = frozenset({"has", "have", "had", "'s", "’s", "'ve", "’ve"})
_CLAUSE_SUBJECTS = frozenset("he she they we i it you".split())  # pronouns that open a clause of their own


def _cue_verb_tags(toks, tag: Sequence[str], c0: int, c1: int) -> frozenset[str] | None:
    """The verb tags of a predicate coordinated with the finite verb of the cue (tokens ``c0`` to ``c1``): its
    tense ("is bearish on ... and expects": VBZ), past or participle after a past or a perfect ("has promoted ...
    and downplayed"), always a modal. None when the cue has no finite verb ("citing", "calling on")."""
    verbs = [k for k in range(c0, c1) if tag[k].startswith("VB") or tag[k] == "MD"]
    if not verbs or tag[verbs[0]] in ("VBG", "VBN"):
        return None
    first = verbs[0]
    if tag[first] == "VBD" or toks[first].text.lower() in _PERFECT_AUX and len(verbs) > 1 and tag[verbs[1]] == "VBN":
        return frozenset({"VBD", "VBN", "MD"})
    if tag[first] in ("VBP", "VB", "MD"):
        return frozenset({"VBP", "VB", "MD"})
    return frozenset({tag[first], "MD"})


def _new_clause_at(toks, tag: Sequence[str], k: int, stop: int) -> bool:
    """Do tokens ``k`` onwards (before ``stop``) open a clause of their own: a short subject ("he", "her plan",
    "the air pollution there", "NBC News") and a finite verb?"""
    f = k
    if f < stop and toks[f].text.lower() in _CLAUSE_SUBJECTS:
        f += 1
    else:
        while f < stop and f - k < 5 and (tag[f][:2] in ("NN", "JJ", "CD") or tag[f] in ("DT", "PRP$", "POS")):
            f += 1
        if f == k or tag[f - 1][:2] != "NN":
            return False
        if f < stop and toks[f].text.lower() in ("there", "here"):
            f += 1
    while f < stop and tag[f] == "RB":
        f += 1
    return f < stop and tag[f] in _FINITE


def _opens_with_subject_and_verb(tag: Sequence[str], f0: int, stop: int) -> bool:
    """Do the tokens from ``f0`` (before ``stop``) open with a short noun phrase and a verb after it, a clause
    ("its air conditioning failed ... and was repaired": the tagger reads "conditioning" as a gerund and
    "failed" as a participle)?"""
    f = f0
    while f < stop and f - f0 < 6 and (tag[f][:2] in ("NN", "DT", "JJ", "CD") or tag[f] in ("POS", "PRP", "PRP$") or
                                       tag[f] == "VBG" and f > f0):
        f += 1
    return f0 < f < stop and tag[f - 1][:2] in ("NN", "PR", "VB") and tag[f - 1] != "PRP$" and \
        tag[f] in ("VBD", "VBN", "VBZ", "VBP", "MD")


def _inside_open_quotation(piece: str) -> bool:
    """Does ``piece`` leave a double quotation open (an "and" inside a quotation is the speaker's)?"""
    straight = piece.count('"') % 2 == 1
    return straight or sum(piece.count(c) for c in _OPEN_DQ if c != '"') > sum(piece.count(c) for c in _CLOSE_DQ
                                                                               if c != '"')


def _content_before_coordinated_predicate(s, starts: list[int], drafts: list[Draft],
                                          tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"He has promoted a raft of unproven therapies and downplayed the risk of concussions": a content after its
    cue that has no finite verb of its own (a noun phrase, an infinitive, a gerund) ends before an "and" or "but"
    that a finite verb in the cue's tense (or an auxiliary) follows, the source's second predicate ("is bearish on student loans
    and expects them to ...", "has signalled willingness to talk but has been met with ..."), or before ", and"
    or "but" opening a clause of its own ("is promising lower taxes, but he has also ...", "did support the idea,
    and NBC News has proof"). PolNeAR's contents stop there. Not "X and Y have" without a comma (two subjects: "noted
    Latinos and Blacks have"), not after a cue without a finite verb ("citing growth, unemployment and growing
    inequality"), no bare verb after an infinitive in the content ("urged them to save water and avoid ..."), no
    "and" inside a quotation left open, nothing after a colon, no content that opens with "that" or with a subject and its verb (the
    tagger reads "the pump failed" as a participle)."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        a, b = d.content[0]
        f0 = _token_starting(starts, a)
        c0, c1 = _token_starting(starts, d.cue[0]), _token_ending(toks, starts, d.cue[1])
        if f0 is None or c0 is None or c1 is None:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        allowed = _cue_verb_tags(toks, tag, c0, c1 + 1)
        if allowed is None:
            continue
        stop = f0
        while stop < len(toks) and toks[stop].end <= b:
            stop += 1
        if toks[f0].text.lower() in ("that", "whether", "if") or _opens_with_subject_and_verb(tag, f0, stop):
            continue  # a clause
        infinitive = False
        for j in range(f0, stop - 1):
            w = toks[j].text.lower()
            if tag[j] in _FINITE or toks[j].text in (":", ";"):
                break  # a clause of its own, or what follows a colon ("the answer: fix X, and enforce Y")
            infinitive = infinitive or tag[j] == "TO"
            if w not in ("and", "but") or j == f0:
                continue
            v = j + 1
            while v < stop and (tag[v] == "RB" or toks[v].text.lower() in _ADVERBS):
                v += 1
            if v >= stop:
                break
            # (not a bare verb after an infinitive: "to secede ... and unite with"; nor a participle between
            # adjectives: "a confusing and conflicted stance", "a cautious and measured approach")
            adjective = tag[v] in ("VBN", "VBD") and (tag[j - 1] == "JJ" or tag[j - 2] == "DT" and v + 1 < stop and
                                                      tag[v + 1][:2] == "NN")
            predicate = (tag[v] in allowed or tag[v] in _FINITE and toks[v].text.lower() in _AUX) and \
                not (infinitive and tag[v] in ("VB", "VBP")) and not adjective
            pause = toks[j - 1].text == "," or toks[j - 1].text in _DASHES
            clause = (w == "but" or pause) and _new_clause_at(toks, tag, j + 1, stop)
            if (predicate or clause) and not _inside_open_quotation(s.text[a - s.start:toks[j].start - s.start]):
                e = j - 1 if pause else j
                if any(t.text[:1].isalnum() for t in toks[f0:e]):
                    d.content = [(a, toks[e - 1].end)]
                break


_ADJUNCT_OPENERS = frozenset("on in at during following after before over while".split())


def _content_right_after_cue(s, starts: list[int], d: Draft) -> tuple[tuple[int, int], int, int] | None:
    """For a draft whose first content part starts right after its cue (blanks between only): that part, the
    index of its first token and the index of the cue's last token; else None."""
    if not d.content:
        return None
    first = min(d.content)
    if first[0] < d.cue[1] or s.text[d.cue[1] - s.start:first[0] - s.start].strip():
        return None
    f0, c = _token_starting(starts, first[0]), _token_ending(s.tokens, starts, d.cue[1])
    return None if f0 is None or c is None else (first, f0, c)


def _content_from_its_that(s, starts: list[int], drafts: list[Draft],
                           tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Hill said on Tuesday that the plant would close", "says on its website that ...", "told The Associated
    Press on Monday that ...": a content that the model starts right after its cue, with a time or place phrase
    (or, after "told", "warned", "reminded" and the other verbs of telling of ``listener_verbs.tsv``, the
    listener: "is warning voters that ...") before the "that" of its clause, starts at that "that", as PolNeAR's
    contents do. The words before it hold no verb, no quotation mark and no relative pronoun or "how"; a noun phrase there
    is kept after other cues ("pointed to reports that ...", "agreed with Ivana Trump that ...", "cited problems
    that he blamed on ...": PolNeAR keeps it)."""
    toks = s.tokens
    tag = None
    for d in drafts:
        found = _content_right_after_cue(s, starts, d)
        if found is None:
            continue
        first, f0, c = found
        lead = toks[f0].text.lower()
        if lead not in _TIME_WORDS and lead not in _ADJUNCT_OPENERS and \
                _listener_verbs().get(toks[c].text.lower()) != "tell":
            continue
        k = next((m for m in range(f0 + 1, min(len(toks), f0 + 12)) if toks[m].text.lower() == "that"), None)
        if k is None or k + 1 >= len(toks) or toks[k + 1].end > first[1]:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        listener = _listener_verbs().get(toks[c].text.lower()) == "tell"
        # (after a listener the tagger may read "that" as a relative pronoun: "warning voters that a ...")
        if tag[k] != "IN" and not (listener and tag[k] in ("WDT", "DT") and tag[k + 1][:2] not in ("VB", "MD")) or \
                any(tag[m] in _FINITE or tag[m] in ("VBN", "VBG", "VB", "WDT", "WP", "WRB") or
                    toks[m].text in _QUOTE_MARKS for m in range(f0, k)):
            continue
        _replace_part(d, first, (toks[k].start, first[1]))


# words that open a clause and cannot end a content ("..., which", "... when", "in a finish that")
_CLAUSE_OPENING_WORDS = frozenset("""which who whom whose when where while after before because as than that although
    though since until if whether""".split())
_WEAK_BEFORE_OPENING = frozenset("only more less and but or so even just".split())


def _content_without_dangling_opener(s, starts: list[int], drafts: list[Draft],
                                     tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"criticized Clinton's email use, which", "coined this term when", "is decisive, after": a content that
    ends on the word opening another clause (the model stopped before that clause's own attribution) ends before
    it, and before the comma that opens the fragment when there is one within four words ("..., in a finish
    that", "..., while only"), as PolNeAR's contents do."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if not d.content:
            continue
        last = max(d.content)
        f0, e = _token_starting(starts, last[0]), _token_ending(toks, starts, last[1])
        if f0 is None or e is None or e <= f0:
            continue
        j = e
        while j > f0 and toks[j].text.lower() in _WEAK_BEFORE_OPENING:
            j -= 1
        w = toks[j].text.lower()
        if w not in _CLAUSE_OPENING_WORDS or j <= f0:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        if tag[j] not in ("IN", "WDT", "WP", "WP$", "WRB") or tag[j - 1] in ("IN", "TO") or \
                toks[f0].text.lower() in ("that", "whether", "if") or \
                any(tag[m] in _FINITE for m in range(f0, j)) or _opens_with_subject_and_verb(tag, f0, j):
            continue  # a clause takes in the attribution nested after it; so does "four cases in which"
        comma = next((m for m in range(j - 1, max(f0, j - 5), -1) if toks[m].text == ","), None)
        k = comma if comma is not None else j
        while k > f0 and toks[k - 1].text.lower() in _WEAK_BEFORE_OPENING:
            k -= 1
        if k > f0 and any(t.text[:1].isalnum() for t in toks[f0:k]):
            _replace_part(d, last, (last[0], toks[k - 1].end))


# _content_to_prepositions_object: the words a content may not end on when its object follows, unattributed
_STRANDED_PREPOSITIONS = frozenset("""on in at for with of by from about into onto over under during against toward
    towards between among amid across through within without despite via per to""".split())
_OBJECT_LIMIT = 12  # tokens of a preposition's object, at most, to the next punctuation mark
_NOT_IN_OBJECT = frozenset({"CC", "MD", "WDT", "WP", "WRB", "RP"})  # an object ends before a verb or a clause


def _content_to_prepositions_object(s, starts: list[int], drafts: list[Draft],
                                    tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"They are expected to vote on Monday", "a biography ... by Gwenda Blair": a content that ends on a
    preposition (the model stopped before a time word or a name after it) takes in the preposition's object, to
    the next punctuation mark or the sentence's end, when no attribution holds those words and they are few. A
    content that ends at a punctuation mark, or on a preposition the sentence's next attribution follows, is left
    as is; so is one whose next words hold a verb, a conjunction or a relative word ("then leaned in and
    boomed")."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if not d.content:
            continue
        last = max(d.content)
        e = _token_ending(toks, starts, last[1])
        if e is None or e + 1 >= len(toks) or toks[e].text.lower() not in _STRANDED_PREPOSITIONS:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        if tag[e] not in ("IN", "TO"):
            continue
        j = e + 1
        while j < len(toks) and toks[j].text[:1].isalnum() and j - e <= _OBJECT_LIMIT and \
                tag[j] not in _NOT_IN_OBJECT and not tag[j].startswith("VB"):
            j += 1
        if j == e + 1 or j - e > _OBJECT_LIMIT or (j < len(toks) and toks[j].text not in (",", ".", ";", ":", "!", "?")):
            continue  # no object, too long, or it runs into a verb, a quotation mark, a dash or a bracket
        end = toks[j - 1].end
        held = _occupied(drafts, besides=(d,)) + [sp for sp in (d.cue, d.source) if sp]
        if _overlaps((toks[e + 1].start, end), held):
            continue
        _replace_part(d, last, (last[0], end))
# ---- round 6 (branch attr7, 2026-12-03): passes written from house_articles 58-76 and the known errors ---------

@lru_cache(maxsize=1)
def _posting_places() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in lexicons.load("posting_places"))


def _posted_on_page(toks, drafts: list[Draft]) -> None:
    """"The club posted on its Facebook page that the match was off": the place after "posted on/to" (up to its
    head noun, ``lexicons/posting_places.tsv``) is neither cue nor content: the cue is "posted", the content the
    clause after the place's "that" or colon. "a video the group posted on its Facebook page in 2021" (the
    object posted, no clause after the place) is no attribution."""
    for d in list(drafts):
        p = next((i for i, t in enumerate(toks) if t.text.lower() == "posted" and
                  d.cue[0] <= t.start < d.cue[1] + 2), None)
        if p is None or p + 2 >= len(toks) or toks[p + 1].text.lower() not in ("on", "to"):
            continue
        places = _posting_places()
        q = next((i for i in range(p + 2, min(len(toks), p + 9)) if toks[i].text.lower() in places and
                  (i + 1 >= len(toks) or toks[i + 1].text.lower() not in places)), None)
        if q is None or any(t.text in (",", ";") or t.text in _DQ for t in toks[p + 2:q]):
            continue
        nxt = toks[q + 1] if q + 1 < len(toks) else None
        first = min(d.content)[0] if d.content else None
        if nxt is not None and (nxt.text.lower() == "that" or nxt.text in (":",) or nxt.text in _OPEN_DQ):
            c0 = nxt.end if nxt.text.lower() == "that" or nxt.text == ":" else nxt.start
            c0 = next((t.start for t in toks if t.start >= c0), None)
            if c0 is None:
                continue
            end = max((b for _, b in d.content), default=0)
            if end <= c0:
                continue
            d.cue = (toks[p].start, toks[p].end)
            d.content = [(max(a, c0), b) for a, b in d.content if b > c0]
        elif first is not None and toks[p].end <= first <= toks[q].end and \
                not any(t.text.lower() == "that" or t.text in _DQ for t in toks[q + 1:] if t.start >= first):
            drafts.remove(d)  # the thing posted, with no words of its own


_CAPTION = re.compile(r"\b(?P<cue>posted|shared|published|uploaded)\b(?P<mid>[^.!?\"“”\n]{0,80}?) with the "
                      r"(?:caption|words|message)[:,]? (?P<open>[\"“])")
_CAPTION_SOURCE_STOPS = frozenset("after when before because since as and but while once until then".split())


def _caption_quotations(text: str, sentences: Sequence, drafts: list[Draft]) -> list[Draft]:
    """"... after an account with 200,000 followers posted it on Monday with the caption: "They're not even hiding
    it."": the quoted caption is the poster's words (cue "posted"); its source is the noun phrase before the verb,
    back to the clause's opening word ("after", "when", a comma) or the sentence's start."""
    if "caption" not in text and " with the words" not in text and " with the message" not in text:
        return drafts
    cues = [d.cue for d in drafts]
    for m in _CAPTION.finditer(text):
        ca, cb = m.span("cue")
        o = m.start("open")
        close = text.find("”" if text[o] == "“" else '"', o + 1)
        if close < 0 or "\n" in text[o:close]:
            continue
        had = next((d for d in drafts if d.cue[0] < cb and ca < d.cue[1]), None)
        if had is not None:  # the model's "posted" with "it on Monday with the caption: ..." for content
            if had.content and min(had.content)[0] <= o and close <= max(b for _, b in had.content) + 1:
                had.cue, had.content = (ca, cb), [(o, close + 1)]
            continue
        k = _sentence_at(sentences, ca)
        s = sentences[k]
        before = [t for t in s.tokens if t.end <= ca]
        j = len(before)
        while j > 0 and before[j - 1].text.lower() not in _CAPTION_SOURCE_STOPS and before[j - 1].text != ",":
            j -= 1
        words = before[j:]
        if not words or len(words) > 12 or not any(t.text[:1].isalnum() for t in words):
            continue
        content = (o, close + 1)  # the caption with its marks, as the tagger gives a direct quotation
        if len(_WORD_RE.findall(text[content[0]:content[1]])) < 2:
            continue
        new = Draft(k, s.index, (ca, cb), (words[0].start, words[-1].end), [content])
        at = bisect.bisect_right([d.cue[0] for d in drafts], ca)
        drafts.insert(at, new)
        cues.append((ca, cb))
    return drafts


# the clause of a mixed or indirect content that reports someone's direct words ("a young man from Sudan had told
# him, "I did not come to take anything."") : its subject, a verb of saying, a listener, a comma, a quotation
_MIXED_NESTED = re.compile(
    r"(?P<source>[A-Za-z][\w'’-]*(?: (?!(?:that|who|which|whom|and|but|or|if|when|because)\b)[\w'’-]+){0,6}?)"
    r"(?: (?:has|have|had|would|once|just|then|later|also))* (?P<cue>told|tells|said|says|asked|wrote)"
    r"(?: (?:me|him|her|us|them|reporters))?,? (?P<open>[\"“‘'])")
_PASSIVE_BE = frozenset("is are was were be been being get gets got".split())


def _has_open_quote(text: str, a: int, b: int) -> bool:
    """Does ``text[a:b]`` hold a mark that :data:`_MIXED_NESTED` opens a quotation with (" “ ‘ or ')?"""
    return any(text.find(q, a, b) >= 0 for q in "\"“‘'")


_MIXED_CLOSE = {'"': re.compile(r'"'), "“": re.compile("”"), "‘": re.compile("’(?!\\w)"), "'": re.compile(r"'(?!\w)")}


def _parenthetical_cue_over_nested_quotation(text: str, drafts: list[Draft]) -> None:
    """"..., where, she said, an old farmer had told her, "I have not eaten since Sunday."": a source and cue set
    off by commas and left without content, right before an attribution whose source opens after the closing
    comma and whose content is a quotation, report that attribution: their content is its source and cue and its
    quotation (as :func:`_nested_in_mixed_contents` draws "He said a guard had told him, "..."" when the model
    labels the outer cue), and the nested quotation's content goes without its quotation marks, as that pass and
    :func:`_nested_in_quotations` give a nested attribution's."""
    for d in drafts:
        if d.content or d.source is None or d.source[1] > d.cue[0]:
            continue
        before, after = text[:d.source[0]].rstrip(), text[d.cue[1]:]
        if not before.endswith(",") or not after.startswith(","):
            continue
        opens = d.cue[1] + 1 + len(after[1:]) - len(after[1:].lstrip())
        o = next((x for x in drafts if x is not d and x.source is not None and x.source[0] == opens and
                  x.source[1] <= x.cue[0] and x.content), None)
        if o is None:
            continue
        parts = sorted(o.content)
        a, b = parts[0][0], parts[-1][1]
        if text[a:a + 1] not in _OPEN_DQ or text[b - 1:b] not in _CLOSE_DQ or a < o.cue[1] or \
                _DQ_RE.search(text, a + 1, b - 1):
            continue
        d.content = [(o.source[0], o.cue[1]), *parts]
        inner = strip_span(text, a + 1, b - 1)
        o.content = [inner]


def _nested_in_mixed_contents(text: str, sentences: Sequence, drafts: list[Draft]) -> list[Draft]:
    """"He recalled his visit to the camp, where, he said, a young man from Sudan had told him, "I did not come to
    take anything."": a content that is not itself a quotation, whose clause is a subject, a verb of saying and a
    quotation, holds an attribution of its own (the guideline's nested attributions, as
    :func:`_nested_in_quotations` finds them inside quotations): the subject says the quotation."""
    if not any(ch in text for ch in _OPEN_DQ + "‘'"):
        return drafts
    out: list[Draft] = []
    cues = [d.cue for d in drafts]
    for d in drafts:
        out.append(d)
        end = max((b for _, b in d.content), default=0)  # the model may leave "him, " out between two parts
        if not d.content or not _has_open_quote(text, min(d.content)[0], end):
            continue  # (_MIXED_NESTED ends at an opening quotation mark inside the content's parts)
        for a, _ in _merge_parts(text, d.content):
            if text[a:a + 1] in _DQ or text[a - 1:a] in _OPEN_DQ:
                continue  # a quotation: _nested_in_quotations reads it
            b = end
            m = _MIXED_NESTED.match(text, a, b)
            if m is None or "," in m.group("source") or \
                    m.group("source").rsplit(None, 1)[-1].lower() in _PASSIVE_BE:
                continue  # "his salespersons were told, "..."": the listeners, not the speakers
            ca, cb = m.span("cue")
            if any(x < cb and ca < y for x, y in cues):
                continue
            o = m.start("open")
            close = _MIXED_CLOSE[text[o]].search(text, o + 2, b + 1)
            if close is None:
                continue
            content = strip_span(text, o + 1, close.start())
            if len(_WORD_RE.findall(text[content[0]:content[1]])) < 2:
                continue
            k = _sentence_at(sentences, ca)
            out.append(Draft(k, sentences[k].index, (ca, cb), m.span("source"), [content]))
            cues.append((ca, cb))
    return out


_ANONYMITY_ASKED = frozenset("named identified quoted".split())


def _anonymity_request(toks, drafts: list[Draft]) -> None:
    """"One shareholder said the price was high, and asked not to be named": the anonymity formula's "asked" (the
    guideline leaves it out, like "who spoke on condition of anonymity") is no attribution."""
    for d in list(drafts):
        i = next((n for n, t in enumerate(toks) if d.cue[0] <= t.start < d.cue[1] and
                  t.text.lower() in ("asked", "asking", "asks")), None)
        if i is None or i + 4 >= len(toks):
            continue
        if [t.text.lower() for t in toks[i + 1:i + 4]] == ["not", "to", "be"] and \
                toks[i + 4].text.lower() in _ANONYMITY_ASKED:
            drafts.remove(d)


_CASE_NOUNS = frozenset("case cases lawsuit lawsuits suit suits petition petitions".split())


def _case_asking(toks, drafts: list[Draft]) -> None:
    """"the court heard a case asking whether police need a warrant": a case or a lawsuit that "asks" a question is
    the question the case raises, not anyone's words."""
    for d in list(drafts):
        i = next((n for n, t in enumerate(toks) if d.cue[0] <= t.start < d.cue[1] and
                  t.text.lower() in ("asking", "asks")), None)
        if i is not None and i > 0 and toks[i - 1].text.lower() in _CASE_NOUNS:
            drafts.remove(d)


_ARGUE = frozenset("argue argues argued arguing".split())


def _argue_with_someone(toks, drafts: list[Draft]) -> None:
    """"they argue with me about everything": arguing with someone, with no clause of what was argued, is a
    quarrel, not a report (PolNeAR train: "argue(d) with" twice, no cue)."""
    for d in list(drafts):
        i = next((n for n, t in enumerate(toks) if d.cue[0] <= t.start < d.cue[1] and t.text.lower() in _ARGUE),
                 None)
        if i is None or i + 1 >= len(toks) or toks[i + 1].text.lower() != "with":
            continue
        if not any(t.text.lower() == "that" or t.text in _DQ for t in toks[i + 2:]):
            drafts.remove(d)


def _participle_after_quoted_comma(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"One diplomat said the draft "buys time but solves nothing," adding that a deal was unlikely": a participle
    of saying after a comma inside the closing mark of the previous attribution's quoted words goes on with that
    attribution's speaker, as it does after a plain comma (:func:`_share_coordinated_source`)."""
    prev = None
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if d.source is None and prev is not None and prev.source is not None and prev.content and i is not None \
                and i >= 2 and toks[i].text.lower() in _SPEECH_PARTICIPLES and toks[i - 1].text in _CLOSE_DQ and \
                toks[i - 2].text == "," and prev.cue[1] <= toks[i - 2].start and \
                max(b for _, b in prev.content) >= toks[i - 2].start:
            d.source = prev.source
        prev = d


_SUBORDINATORS = frozenset("after when because since before while once until".split())
_NP_TAGS = frozenset("DT PDT CD JJ JJR JJS NN NNS NNP NNPS PRP$ POS".split())


def _verbs_after_subordinator(s, drafts: list[Draft], subordinators: frozenset[str], verbs: frozenset[str],
                              room: int = 0):
    """Inside each draft's content, one of ``subordinators`` ("after", "when", "because", ...) and, two to seven
    words on (and ``room`` words before the sentence's end), a word of ``verbs`` that ends before the content does
    and is no draft's cue: ``(draft, the subordinator's index, the verb's index, the content's end)``. Lazy, so a draft the
    caller inserts for one verb counts as a cue for the next."""
    toks = s.tokens
    for d in list(drafts):
        if not d.content:
            continue
        end = max(b for _, b in d.content)
        for i, t in enumerate(toks):
            if t.text.lower() not in subordinators or not any(a <= t.start < b for a, b in d.content):
                continue
            v = next((n for n in range(i + 2, min(len(toks) - room, i + 8)) if toks[n].text.lower() in verbs), None)
            if v is None or toks[v].end >= end or any(_overlaps((toks[v].start, toks[v].end), [o.cue])
                                                       for o in drafts):
                continue
            yield d, i, v, end


def _speech_after_subordinator(s, starts: list[int], drafts: list[Draft],
                               tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"... failed to agree on a proposal after four countries demanded an exemption for island routes": a verb of
    saying (``cues.tsv``) inside another attribution's content, right after a subordinator ("after", "when",
    "because", ...) and a plain noun phrase, is an attribution of its own: the noun phrase says the rest of the
    clause (without "that"), up to the content's end."""
    toks = s.tokens
    tag = None
    for d, i, v, end in _verbs_after_subordinator(s, drafts, _SUBORDINATORS, _verb_cues()):
        tag = tag if tag is not None else _pos(s, tags)
        if tag[v] not in ("VBD", "VBZ", "VBP") or not all(tag[n] in _NP_TAGS for n in range(i + 1, v)) or \
                not any(tag[n].startswith("NN") for n in range(i + 1, v)):
            continue
        c0 = v + 1
        if c0 < len(toks) and toks[c0].text.lower() == "that":
            c0 += 1
        if c0 >= len(toks) or not toks[c0].text[:1].isalnum() or toks[c0].text.lower() == "to" or \
                toks[v].text.lower().startswith("ask") and toks[c0].text.lower() == "for":
            continue  # a quotation is the model's to read; "agreed to take part", "asked for the fare": no report
        last = max(n for n in range(c0, len(toks)) if toks[n].end <= end) if c0 < len(toks) and \
            toks[c0].end <= end else None
        if last is None or last - c0 < 1:
            continue
        new = Draft(d.sentence, d.idx, (toks[v].start, toks[v].end), (toks[i + 1].start, toks[v - 1].end),
                    [(toks[c0].start, toks[last].end)])
        _insert_by_cue(drafts, new)


_TIME_AFTER_CUE = re.compile(r"(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|"
                             r"(?:late|early) (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                             r"last (?:week|night|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                             r"Sunday)|this (?:week|morning|afternoon|evening)) ")
_RELATIVE_OPENERS = frozenset("that who which whom".split())


def _content_after_time_phrase(text: str, toks, drafts: list[Draft]) -> None:
    """"Silva told reporters on Friday the club that he loved had let him down": a content that starts at a
    relative pronoun after "cue + time phrase + noun" starts right after the time phrase (the noun is the
    content's subject, not the cue's object)."""
    for d in drafts:
        if not d.content:
            continue
        first = min(d.content)
        m = _TIME_AFTER_CUE.match(text, d.cue[1] + 1)
        if m is None or text[d.cue[1]:d.cue[1] + 1] != " " or m.end() >= first[0]:
            continue
        gap = [t for t in toks if m.end() <= t.start < first[0]]
        lead = next((t for t in toks if t.start == first[0]), None)
        if not gap or len(gap) > 5 or lead is None or lead.text.lower() not in _RELATIVE_OPENERS or \
                not all(t.text[:1].isalnum() for t in gap) or gap[0].text.lower() == "that":
            continue
        _replace_part(d, first, (m.end(), first[1]))


# ---- content edges (branch content7: PolNeAR dev's content errors, counted by class again) -----------------
@lru_cache(maxsize=1)
def _listener_verbs() -> dict[str, str]:
    """Verb form -> kind (tell, ask) of the verbs whose object is the listener (``listener_verbs.tsv``)."""
    return {r["word"].lower(): r["kind"] for r in lexicons.load("listener_verbs")}


_QUESTION_WORDS = frozenset("if whether how what who why".split())


def _question_after_the_listener(s, starts: list[int], drafts: list[Draft],
                                 tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"asked workers if they planned to attend", "asked Sanders on Monday whether ...", "asking the directors
    how ...": a content that the model starts right after a verb of asking (``listener_verbs.tsv``, kind ask)
    with the listener, and perhaps a time or place phrase, before the question word of its clause starts at
    that word, as PolNeAR's contents do (train: 42 of 44). The words before it hold no verb, no quotation mark
    and no punctuation; "asked him to ..." keeps its object (PolNeAR does)."""
    toks = s.tokens
    tag = None
    for d in drafts:
        found = _content_right_after_cue(s, starts, d)
        if found is None or _listener_verbs().get(toks[found[2]].text.lower()) != "ask":
            continue
        first, f0, c = found
        k = next((m for m in range(f0 + 1, min(len(toks), f0 + 9)) if toks[m].text.lower() in _QUESTION_WORDS),
                 None)
        if k is None or k + 1 >= len(toks) or toks[k + 1].end > first[1]:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        if tag[f0] not in _NP_TAGS and tag[f0] not in ("PRP", "IN") or \
                any(toks[m].text.lower() in ("question", "questions") for m in range(f0, k)) or any(tag[m].startswith("VB") or tag[m] in ("MD", "TO", "WDT", "WP", "WRB") or
                    not toks[m].text[:1].isalnum() for m in range(f0, k)):
            continue
        _replace_part(d, first, (toks[k].start, first[1]))


def _has_quotation_mark(piece: str) -> bool:
    """Does ``piece`` hold a double quotation mark of any style, or the New York Times' ``''``?"""
    return _DQ_RE.search(piece) is not None or "''" in piece or "``" in piece


def _after_ended_indirect_content(text: str, last: Draft | None, k: int, new_paragraph: bool, contents: Spans
                                  ) -> bool:
    """"Critics say the stadium will never pay for itself. It may also show how little the suburbs care.": a
    content without any quotation mark in it (an indirect one) ends with its sentence; the model's content words
    in the next sentence of the paragraph, which has no cue, are the writer's, neither that content's nor
    waiting for the next cue (issue 11 §2: "a content never runs into the next, unattributed sentence"). Not
    when that sentence opens a quotation (PolNeAR gives ``X said Y. "Z."`` to X), when a quotation is still
    open, or after a cue that ends in a colon ("notes: ...", a transcript's turn). On PolNeAR train (all 840
    texts, main's outputs) 256 continuations are of this kind, and 5 of them are gold."""
    if last is None or last.sentence != k - 1 or new_paragraph or not last.content:
        return False
    if text[last.cue[0]:last.cue[1]].rstrip().endswith(":"):
        return False
    if any(_has_quotation_mark(text[a:b]) for a, b in last.content):
        return False
    first = contents[0][0]
    if text[first] in _OPEN_DQ or text.startswith(("''", "``", "'", "‘"), first):
        return False
    return not _ends_inside_quote(text[min(last.content)[0]:first])


@lru_cache(maxsize=1)
def _writers_connectives() -> tuple[tuple[tuple[str, ...], bool], ...]:
    """The connectives of ``writers_connectives.tsv`` as word tuples (longest first), each with whether it needs
    a comma after it."""
    rows = [(tuple(r["phrase"].lower().split()), r["comma"].lower() == "yes")
            for r in lexicons.load("writers_connectives")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _content_without_writers_connective(s, starts: list[int], drafts: list[Draft]) -> None:
    """"However, few voters have noticed the change, the poll found.", "Still, the plant will stay open, the
    minister said.": a content that opens its sentence with a sentence adverb of the writer's and its comma
    (``writers_connectives.tsv``) and ends before its cue starts after them, as PolNeAR's contents do. Not a
    content that runs on after its cue ("Instead, she said, it was too late": the cue splits the speaker's
    sentence), nor one inside a quotation (the quotation mark comes first)."""
    toks = s.tokens
    if not toks or toks[0].text.lower() not in _CONNECTIVE_FIRSTS:
        return
    for d in drafts:
        if not d.content or max(d.content)[1] > d.cue[0]:
            continue
        first = min(d.content)
        if first[0] != toks[0].start:
            continue
        words = [t.text.lower() for t in toks[:5]]
        for phrase, comma in _writers_connectives():
            n = len(phrase)
            if tuple(words[:n]) != phrase:
                continue
            if n < len(toks) and toks[n].text == ",":
                n += 1
            elif comma:
                break
            if n < len(toks) and toks[n].start < first[1] and toks[n].text[:1].isalnum():
                _replace_part(d, first, (toks[n].start, first[1]))
            break


_CONNECTIVE_FIRSTS = frozenset(r["phrase"].split()[0].lower() for r in lexicons.load("writers_connectives"))


# The lower-cased token texts of which a pass needs one in the sentence before it can change anything, read
# from the test its code makes first (a pass without an entry runs on every sentence). Each entry names words
# the pass compares a token with: "by" for a pass that looks for the token "by" after its cue, and so on.
_TRIGGERS: dict[str, frozenset[str]] = {
    "_says_little_about": frozenset({"say", "says", "said"}),
    "_content_to_prepositions_object": _STRANDED_PREPOSITIONS,
    "_manner_according_to": frozenset({"according"}),
    "_according_to": frozenset({"according", "reported"}),
    "_speaker_after_cue": frozenset({","}) | _DASHES,
    "_plain_speaker_after_final_cue": _INVERTED_SPEECH_VERBS,
    "_quoted_as_saying": frozenset({"quoted"}),
    "_speaker_before_asides": frozenset({","}),
    "_content_around_parenthetical_cue": frozenset({","}),
    "_drop_relative_clause_verbs": frozenset({"which", "who"}),
    "_as_source_said": frozenset({"as"}),
    "_drop_cues_in_anonymity_asides": frozenset({","}),
    "_source_across_asides": frozenset({","}),
    "_share_coordinated_source": _COORD | {","},
    "_coordinated_cue_keeps_source": frozenset({"and", "but"}),
    "_coordinated_source_released": _COORD,
    "_coordinated_source_follows": frozenset({"and", "but"}),
    "_say_idiom_cues": frozenset({"say", "saying", "said"}),
    "_according_to_after_clause": frozenset({"according"}),
    "_relative_pronoun_source": frozenset({"who", "which"}),
    "_participle_subject_source": frozenset({","}),
    "_widen_coordinated_source": frozenset({"and"}),
    "_dated_report_source": _REPORT_PARTICIPLES,
    "_including_aside_source": frozenset({"including"}),
    "_name_before_apposition": frozenset({","}),
    "_question_of_asked_opener": _OPENER_PARTICIPLES,
    "_source_before_adverbial": _ADVERBIAL_PREPOSITIONS,
    "_source_from_head_noun_phrase": _NP_PREPOSITIONS,
    "_speech_after_coordinated_object": frozenset({"and", "but"}),
    "_content_after_the_listener": _TELL,
    "_cue_without_final_by": frozenset({"by"}),
    "_passive_agent_source": frozenset({"by"}),
    "_rejected_claim_clause": _REJECT_VERBS,
    "_rejected_act_without_content": _REJECT_VERBS,
    "_speech_after_verb_series": frozenset({"and", "by"}),
    "_speech_verb_after_object": frozenset({"and", "but", "by", ","}),
    "_main_verb_after_relative_speech": frozenset({"who", "which"}),
    "_speech_verb_after_anonymity_relative": frozenset({"who", "whom"}),
    "_participle_shares_source": _SPEECH_PARTICIPLES,
    "_duration_after_cue": frozenset({"for"}),
    "_coordinated_with_content_verb": frozenset({"and", "but"}),
    "_seeming_subject_is_content": _SEEM | _APPEAR,
    "_content_before_coordinated_predicate": frozenset({"and", "but"}),
    "_posted_on_page": frozenset({"posted"}),
    "_anonymity_request": frozenset({"asked", "asking", "asks"}),
    "_case_asking": frozenset({"asking", "asks"}),
    "_argue_with_someone": _ARGUE,
    "_participle_after_quoted_comma": _SPEECH_PARTICIPLES,
    "_speech_after_subordinator": _SUBORDINATORS,
    "_speech_verb_after_restrictive_relative": frozenset({"who"}),  # _opening_restrictive_who
    "_subject_with_restrictive_relative": frozenset({"who"}),  # _opening_restrictive_who
    "_main_speech_content_after_relative": frozenset({"who", "which"}),
    "_coordinated_speech_subject": frozenset({"and", "but"}),
    "_question_after_the_listener": _QUESTION_WORDS,
    "_content_from_its_that": frozenset({"that"}),
    "_drop_cues_in_relative_asides": frozenset({",", "who", "whom"}),
    "_purpose_infinitive_in_content": frozenset({"to"}),
    "_content_after_time_phrase": _RELATIVE_OPENERS,
    "_that_clause_to_its_verb": frozenset({"that"}),
    "_content_without_dangling_opener": _CLAUSE_OPENING_WORDS,
    "_content_to_final_frame": frozenset({","}),
    "_final_frame_content_with_its_subject": frozenset({","}),
    "_final_frame_content_after_preposition": frozenset({","}),
    "_frame_before_move_aside": frozenset({"move", "decision", "step"}),
    "_inverted_speech_cue": frozenset({":", ","}),
    "_apposition_speaker_after_partitive": frozenset({"of"}),
    "_apposition_head_after_quotation": frozenset({","}),
    "_source_after_participle_opener": frozenset({","}),
    "_source_after_opening_phrase": frozenset({","}),
    "_quote_before_bare_cue": frozenset({","}),
    "_participle_after_content_comma": frozenset({","}),
    "_main_cue_after_relative_aside": frozenset({"who", "which"}),
}
#: the words at which :func:`_split_participle_cues` starts an attribution: a participle cue of the lexicon after a
#: comma ("..., emphasising the need for X"), a past-tense verb cue of the lexicon after "but" ("but cautioned
#: farmers against planting"; not one mostly read as an adjective). The pass ran on every sentence with drafts and
#: splits a content only at one of them: they are its triggers (branch speed14)
_COMMA_PARTICIPLES = frozenset(w for w in _single_cues() if w.endswith("ing"))
_BUT_SPEECH_VERBS = frozenset(w for w in _verb_cues() if w.endswith("ed")) - _ADJECTIVAL
#: verbs of a ruling or a finding, too ambiguous for the cue lexicon, which after "but" and before "that" report
#: the sourced cue's second decision ("The stewards found that ... but ruled that ...", round 17, branch attr19)
_BUT_RULING_VERBS = frozenset("ruled found concluded".split())
_TRIGGERS["_split_participle_cues"] = _COMMA_PARTICIPLES | _BUT_SPEECH_VERBS | _BUT_RULING_VERBS
_TRIGGERS["_participle_subject_over_modifiers"] = _SUBJECT_MODIFIER_PREPOSITIONS  # round 18
_ARGUMENTS = ("text", "s", "toks", "starts", "ends", "drafts", "tags")  # what :func:`_refine` gives a pass


@lru_cache(maxsize=None)
def _passes() -> tuple:
    """The passes of :func:`_refine`: (the getters of each argument list they take, from the values of
    :data:`_ARGUMENTS`; the passes in order, each as (the function, with any fixed keywords; the index of its
    getter; its triggers or None))."""
    getters: dict[tuple, int] = {}
    steps = []
    for step in _pass_order():
        fn, fixed = step if isinstance(step, tuple) else (step, {})
        names = tuple(n for n, p in inspect.signature(fn).parameters.items() if p.default is inspect.Parameter.empty)
        unknown = set(names) - set(_ARGUMENTS)
        if unknown:
            raise TypeError(f"attribution pass {fn.__name__}: parameters {sorted(unknown)} are none of "
                            f"{', '.join(_ARGUMENTS)}")
        run = functools.partial(fn, **fixed) if fixed else fn
        steps.append((run, getters.setdefault(names, len(getters)), _TRIGGERS.get(fn.__name__)))
    by_index = [tuple(_ARGUMENTS.index(n) for n in names) for names in getters]
    return (tuple(itemgetter(*ix) if len(ix) > 1 else (lambda given, i=ix[0]: (given[i],)) for ix in by_index),
            tuple(steps))


# ---- round 19 (branch attr21): the errors of house_articles 164-171 --------------------------------------------------

#: prepositions of a speaker's place of work ("the head of programming at a Midwest chain")
_SPEAKER_PHRASE_PREPOSITIONS = frozenset("at of for with from in".split())


def _speaker_phrase_before_relative(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"“…,” said the head of programming at a Midwest chain, who asked not to be identified because …": after a
    quotation closed by its comma, a speech cue, then a determiner, lower-case words up to a preposition and a
    phrase after it (capitalized words allowed there), at most ten words, a comma and "who"/"whose": that noun
    phrase is the speaker and the quotation the content, whatever the model read the noun phrase as (content, when
    the relative clause is long; :func:`_speaker_after_cue` takes only six plain words before "who"), and when the
    model gave the relative clause for speaker ("..., who spoke on condition of anonymity")."""
    for d in drafts:
        if not _speech_cue(d, toks):
            continue
        i = bisect.bisect_left(starts, d.cue[0])
        j = bisect.bisect_left(starts, d.cue[1])
        if i < 2 or toks[i - 1].text not in _QUOTE_MARKS or toks[i - 2].text != ",":
            continue
        comma = next((n for n in range(j, min(j + 11, len(toks) - 1)) if toks[n].text == ","), None)
        if comma is None or toks[comma + 1].text.lower() not in ("who", "whose"):
            continue
        if d.source is not None and d.source[0] < toks[comma + 1].start:
            continue  # (a speaker the model found; one in the relative clause is none)
        head = toks[j:comma]
        if len(head) < 4 or head[0].text.lower() not in ("the", "a", "an"):
            continue
        prep = next((n for n, x in enumerate(head) if x.text.lower() in _SPEAKER_PHRASE_PREPOSITIONS), None)
        if prep is None or prep < 2 or prep + 1 >= len(head) or \
                not all(x.text.isalpha() and x.text.islower() for x in head[1:prep]) or \
                not all(x.text.isalpha() or x.text in ("-", "'s", "’s") for x in head[prep + 1:]):
            continue
        source = (head[0].start, head[-1].end)
        if any(o is not d and _overlaps(source, [o.cue]) for o in drafts):
            continue
        close = toks[i - 1].end
        opening = next((n for n in range(i - 2, -1, -1) if toks[n].text in _QUOTE_MARKS), None)
        if opening is None:
            continue
        before = [c for c in d.content if c[1] <= close]
        d.source, d.content = source, before if before else [(toks[opening].start, close)]


#: the one-word time phrases between a bracketed abbreviation and its cue ("(NTA) on Tuesday said", "(DVS) last week announced")
_BRACKET_TIME_WORDS = frozenset("yesterday today tonight earlier recently".split())
_TIME_PHRASE_LEADS = frozenset("last this next earlier".split())
_TIME_PHRASE_UNITS = frozenset("week month year weekend".split())


def _time_phrase_before(toks, i: int) -> int | None:
    """The index where a time phrase ending right before token ``i`` starts ("on Tuesday", "on December 4",
    "last week", "earlier this month", "yesterday"), or None."""
    low = [t.text.lower() for t in toks]
    if i >= 1 and low[i - 1] in _BRACKET_TIME_WORDS:
        return i - 1
    if i >= 2 and low[i - 2] == "on" and low[i - 1] in _LONE_TIME_WORDS:
        return i - 2
    if i >= 3 and low[i - 3] == "on" and toks[i - 2].text[:1].isupper() and low[i - 1].isdigit():
        return i - 3  # "on December 4"
    if i >= 2 and low[i - 2] in _TIME_PHRASE_LEADS and low[i - 1] in _TIME_PHRASE_UNITS:
        return i - 3 if i >= 3 and low[i - 3] == "earlier" and low[i - 2] == "this" else i - 2
    return None


def _source_before_bracket_time_phrase(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"The National Transport Authority (NTA) on Tuesday said ...", "The Department of Veterinary Services (DVS)
    last week announced that ...": a speech cue after a time phrase after a closing bracket has the named noun
    phrase before the bracket, with the bracket, for source; the model leaves it none, or gives it the time phrase
    ("Tuesday") or runs it on over the time phrase ("... (Kemri) yesterday")."""
    for d in drafts:
        if not _speech_cue(d, toks):
            continue
        i = _token_starting(starts, d.cue[0])
        if i is None:
            continue
        t = _time_phrase_before(toks, i)
        if t is None or t < 3 or toks[t - 1].text != ")":
            continue
        o = next((n for n in range(t - 2, max(-1, t - 7), -1) if toks[n].text == "("), None)
        if o is None or o < 1 or not all(x.text[:1].isalnum() or x.text in ("-", ".") for x in toks[o + 1:t - 1]):
            continue
        np_span = _noun_phrase_before(toks, toks[o].start)
        if np_span is None or not any(x.text[:1].isupper() for x in toks if np_span[0] <= x.start < np_span[1]):
            continue
        source = (np_span[0], toks[t - 1].end)
        if d.source is not None and not (d.source[0] >= toks[t].start or d.source[1] > toks[t - 1].end):
            continue  # (a source of its own the model found)
        if any(o2 is not d and _overlaps(source, o2.spans()) for o2 in drafts):
            continue
        d.source = source


def _aside_participle_over_its_subject(toks, drafts: list[Draft]) -> None:
    """"The ban, approved by the council in May, covers every beach ..., reports Lusa.": a participle with "by"
    after the comma that closes the sentence's opening noun phrase, which the model took for a cue without source
    and with that noun phrase for content, is no attribution: the noun phrase is the subject of the verb after the
    aside, and what was approved is no one's words."""
    for d in list(drafts):
        if d.source is not None or len(d.content) != 1:
            continue
        cue = [t for t in toks if d.cue[0] <= t.start and t.end <= d.cue[1]]
        if len(cue) != 1 or not cue[0].text.lower().endswith("ed"):
            continue
        n = toks.index(cue[0])
        if n < 2 or toks[n - 1].text != "," or n + 1 >= len(toks) or toks[n + 1].text.lower() != "by":
            continue
        if d.content[0] != (toks[0].start, toks[n - 2].end):
            continue
        drafts.remove(d)


_TRIGGERS["_aside_participle_over_its_subject"] = frozenset({"by"})


_NESTED_TOLD_SUBJECT_PRONOUNS = frozenset("i we you he she it they".split())


def _nested_told_subject_end(toks, tag: Sequence[str], k: int, v: int) -> bool:
    """Are tokens ``k``..``v`` (exclusive, "had"/"has"/"have" dropped) a plain noun phrase, with at most one
    prepositional phrase after its head ("at least 25 crèches in the south of the country")?"""
    lead = 2 if toks[k].text.lower() == "at" and toks[k + 1].text.lower() in ("least", "most") else 0
    words = range(k + lead, v)
    if not words:
        return False
    prep = next((n for n in words if tag[n] == "IN"), None)
    head = range(k + lead, prep if prep is not None else v)
    tail = range(prep + 1, v) if prep is not None else range(0)
    if not head or not all(tag[n] in _PLAIN_NP_TAGS for n in head) or not any(tag[n] in _HEAD_NOUN_TAGS for n in head):
        return False
    return prep is None or (bool(tail) and all(tag[n] in _PLAIN_NP_TAGS or tag[n] == "IN" for n in tail) and
                            any(tag[n] in _HEAD_NOUN_TAGS for n in tail))


def _nested_told_without_that(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Wagner said at least 25 crèches in the south of the country had told the federation they were considering
    closing sites.": an indirect content that opens with a noun phrase (a prepositional phrase after its head
    allowed), "had"/"has"/"have" and "told", a listener, then a clause without "that" (a subject pronoun and a finite
    verb) reports an attribution of its own: the noun phrase is its source, "told" its cue and the clause after
    the listener, to the outer content's end, its content (:func:`_speech_nested_in_content` needs the "that")."""
    toks = s.tokens
    tag = None
    for d in list(drafts):
        if d.source is None or len(d.content) != 1 or d.content[0][0] < d.cue[1] or not _speech_cue(d, toks):
            continue  # (not "X, a supporter of Y, told ...": the model's "a supporter of" is no cue)
        a, b = d.content[0]
        k = next((n for n, t in enumerate(toks) if t.start >= a), None)
        if k is None or toks[k].text in _QUOTE_MARKS:
            continue
        if toks[k].text.lower() == "that":
            k += 1
        v = next((n for n in range(k + 1, min(k + 15, len(toks))) if toks[n].end <= b and
                  toks[n].text.lower() == "told"), None)
        if v is None or v + 3 >= len(toks) or any(_overlaps((toks[v].start, toks[v].end), [o.cue]) for o in drafts):
            continue
        if tag is None:
            tag = _pos(s, tags)
        e = v - 1
        while e >= k and toks[e].text.lower() in _NESTED_AUX:
            e -= 1
        if e < k or v - e > 2 or not _nested_told_subject_end(toks, tag, k, e + 1):
            continue
        listener = _listener_end(toks, tag, v + 1)
        if listener == v + 1 or listener + 2 >= len(toks) or toks[listener].end > b or \
                toks[listener].text.lower() not in _NESTED_TOLD_SUBJECT_PRONOUNS or tag[listener + 1] not in _FINITE:
            continue
        nested = Draft(d.sentence, d.idx, (toks[v].start, toks[v].end), (toks[k].start, toks[e].end),
                       [(toks[listener].start, b)])
        drafts.insert(drafts.index(d) + 1, nested)


_TRIGGERS["_nested_told_without_that"] = frozenset({"told"})


def _pass_order() -> tuple:
    """The passes of :func:`_refine`, in order (a pass with fixed keywords as (function, keywords))."""
    return (
        _clause_out_of_final_frame_source,  # round 19 (branch fix20): before the passes read the source
        _noun_cue_in_object,
        _cue_ends_at_said,
        _that_clause_to_its_verb,
        _says_little_about,
        _manner_according_to,
        _according_to,
        _according_to_after_clause,
        _speaker_after_cue,
        _plain_speaker_after_final_cue,
        _quoted_as_saying,
        _speaker_before_asides,
        _split_participle_cues,
        _source_before_phrase_cue,
        _content_from_sentence_start,
        _quote_before_bare_cue,
        _content_around_parenthetical_cue,
        _drop_relative_clause_verbs,
        _coordinated_cue_keeps_source,
        _frame_before_time_aside,  # round 16 (branch attr18): before a bare cue takes the aside for content
        _source_to_its_opening_bracket,  # branch repro18
        _description_source_takes_its_name,  # branch repro18
        _agent_of_aside_participle,  # branch repro18
        _report_aside_participle_is_no_cue,  # branch repro18
        _source_after_subordinator,  # branch repro18
        _cue_without_participle_after_its_noun,  # branch repro18
        _participle_tail_out_of_frame_content,  # branch repro18
        _content_for_bare_cue,
        _main_cue_after_relative_aside,  # branch polnear18: before the relative cue's content swallows it
        _participle_after_content_comma,  # branch polnear18: before the content swallows the participle
        _content_to_clause_end,
        _named_source_before_cue,
        _as_source_said,
        _inverted_speech_cue,
        _drop_cues_in_relative_asides,
        _drop_cues_in_anonymity_asides,
        _speaker_phrase_before_relative,  # round 19 (branch attr21)
        _coordinated_source_released,
        _source_across_asides,
        _share_coordinated_source,
        _relative_pronoun_source,
        _participle_subject_source,
        _participle_subject_over_modifiers,  # round 18 (branch attr20)
        _passive_by_source,
        _widen_coordinated_source,
        _source_after_participle_opener,
        _trim_sources,
        _dated_report_source,
        _including_aside_source,
        _name_before_apposition,
        _second_apposition_out_of_named_source,  # branch repro18
        _apposition_head_after_quotation,
        _question_of_asked_opener,
        _source_before_adverbial,
        _cut_source_at_clause,
        _widen_source_to_noun_phrase,
        _source_after_cue_to_clause_end,
        _source_from_head_noun_phrase,
        _speech_after_coordinated_object,
        _coordinated_speech_subject,
        _source_before_bracket_time_phrase,  # round 19 (branch attr21): before the cue takes its clause
        _subject_before_dash_aside,  # round 11 (branch attr12): before the cue takes its clause
        # a cue whose source the passes above found ("Hill on Monday told staff the plant would close") takes its
        # clause now, to the clause's end ("X, which runs the clinics, confirmed that the pilot had been suspended
        # while a review is carried out")
        _content_for_bare_cue,
        (_content_to_clause_end, {"drop_nested": False}),  # other cues stop it now
        _medium_phrase_is_no_content,  # branch repro18
        _coordinated_speech_clause_out_of_content,  # branch repro18
        _content_to_final_frame,
        _final_frame_content_with_its_subject,
        _final_frame_content_after_preposition,  # round 14 (branch attr16)
        _relative_aside_before_final_frame,  # round 17 (branch attr19)
        _inverted_frame_over_content,  # round 17 (branch attr19)
        _coordinated_speech_verb_in_content,  # round 17 (branch attr19)
        _unseen_verb_before_and_speech,  # round 17 (branch attr19)
        _aside_participle_over_its_subject,  # round 19 (branch attr21)
        # a content run on over ", adding: “…”" by the passes above: the participle starts its own attribution
        _split_participle_cues,
        _content_after_the_listener,
        _cue_without_final_by,
        _passive_agent_source,
        _rejected_claim_clause,
        _rejected_act_without_content,
        _speech_after_verb_series,
        _speech_verb_after_object,
        _main_verb_after_relative_speech,
        _main_speech_content_after_relative,
        _apposition_speaker_after_partitive,
        _speech_verb_after_anonymity_relative,
        _participle_shares_source,
        _drop_counted_objects,
        _duration_after_cue,
        _speech_verb_after_restrictive_relative,
        _coordinated_with_content_verb,
        _purpose_infinitive_in_content,
        _subject_with_restrictive_relative,
        _passive_subject_is_content,
        _cue_with_its_auxiliaries,
        _source_after_opening_phrase,
        _source_to_its_head_noun,
        _seeming_subject_is_content,
        _subject_out_of_content,
        _unlabelled_subject_with_apposition,
        # round 15 (branch attr17): "The assembly's commissioner for transport, X, told ... and urged ...": the
        # source that pass found goes to the cue coordinated with its cue, as the model's sources did above
        _share_coordinated_source,
        _source_after_dateline_colon,
        _coordinated_subject_source,
        _subject_before_its_modifier,
        _participle_source_not_the_object,
        _source_after_the_clause_comma,
        _received_criticism_source,
        _content_before_coordinated_predicate,
        _content_from_its_that,
        _content_without_dangling_opener,
        _content_to_prepositions_object,
        _posted_on_page,
        _anonymity_request,
        _case_asking,
        _argue_with_someone,
        _content_after_time_phrase,
        _participle_after_quoted_comma,
        _speech_after_subordinator,
        _question_after_the_listener,
        _content_without_writers_connective,
        _coordinated_source_follows,
        _say_idiom_cues,
        # round 7 (branch attr8)
        _source_before_time_word,
        _told_listener_after_clause,
        _told_frame_inside_content,
        _according_to_source_without_content,
        _speech_after_modal_content,
        _heard_saying,
        # branch scope10: verbs of saying in a sense that is not speech
        _charge_label_after_noun,
        _telephone_call,
        _learned_object,
        _asked_for_payment,
        _reaction_with_feeling,
        _withdrawal_without_object,
        _question_label_heading,
        _held_view_without_words,
        # round 8 (branch attr9)
        _source_over_native_script_name,
        _source_before_relative_aside,
        _content_around_mid_sentence_frame,
        _according_to_before_contrast,
        _anonymity_request_that_clause,
        _speech_verb_after_quoted_content,
        _speech_in_object_relative,
        _testified_for_or_against,
        _instruction_to_report,
        # branch source7
        _subject_before_asides_with_cues,
        _subject_of_coordinated_cue,
        _relative_pronoun_out_of_inverted_source,
        _participle_subject_after_opening_words,
        # branch attr11
        _denial_read_forwards,
        _subject_after_section_label,
        _time_phrase_out_of_content,
        _source_without_final_time_phrase,
        _content_without_list_mark,
        _place_of_writing_out_of_content,
        # round 11 (branch attr12)
        _according_to_name_in_apposition,
        _final_according_to_name_in_apposition,  # round 18 (branch attr20)
        _final_frame_before_its_setting,
        _frame_before_move_aside,  # round 14 (branch attr16)
        _subject_before_questioned_aside,
        _posted_result,
        # branch attr14: verbs and nouns that are not speech, the leftovers of house_articles 108-115
        _adopted_instrument,
        _speaks_for_a_group,
        _purpose_of_a_planned_meeting,
        _noun_cue_before_the_main_verb,
        _struck_blow,
        _issued_alert,
        _walked_back_to_a_place,  # round 14 (branch attr16)
        # round 12 (branch attr13)
        _content_before_trimmed_frame,
        _content_keeps_its_closing_bracket,
        _listener_before_that_out_of_content,
        _listener_after_verb_to_out_of_content,  # round 18 (branch attr20)
        _participle_content_to_clause_end,
        _speech_nested_in_content,
        _nested_told_without_that,  # round 19 (branch attr21)
        _finding_after_subordinator,
        _source_without_leading_comma,
        _subject_with_participle_modifier,
        _source_after_object_relative,
        _plural_noun_read_as_cue,
        # round 13 (branch attr15)
        _blame_read_forwards,
        _frame_after_coordinated_clause,
        # round 15 (branch attr17)
        _description_before_final_name,
        _clause_before_frame_with_modified_source,  # branch polnear17
        _inverted_source_to_sentence_end,  # branch polnear17
        # branch cue9: cue edges (after every pass that reads the cue to place a content or a source)
        _listener_out_of_told_cue,
        _be_before_adverb_cue,
        # round 16 (branch attr18)
        _participle_after_subject_in_content,
        _refusal_joins_the_content_before,  # branch repro18
        _date_alone_is_no_content,  # branch repro18
        _cue_inside_opening_in_phrase,  # round 18 (branch attr20)
        _unlabelled_verb_before_but_cue,  # round 18 (branch attr20)
        _final_frame_source_from_its_comma,  # round 18 (branch attr20)
    )


# ---- round 7 (branch attr8): the errors of the ninth contact (house_articles 80-89) and the known ones after 77-79 --

_PLAIN_NP_TAGS = frozenset("DT PDT CD JJ JJR JJS NN NNS NNP NNPS PRP$ POS HYPH".split())
_HEAD_NOUN_TAGS = frozenset("NN NNS NNP NNPS PRP".split())
_FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())


#: a source that is only a time word before its cue ("Veltrana Robotics, a developer of ..., today announced")
_LONE_TIME_WORDS = frozenset("today yesterday tonight monday tuesday wednesday thursday friday saturday sunday".split())


def _source_before_time_word(s, starts: list[int], drafts: list[Draft],
                             tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Veltrana Robotics, a developer of farm machines, today announced that ...": a source that is a lone time
    word right before its cue is no speaker; the noun phrase before it is, or, after an apposition between commas,
    the noun phrase before the apposition."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if d.source is None:
            continue
        k = _token_starting(starts, d.source[0])
        if k is None or toks[k].end != d.source[1] or toks[k].text.lower() not in _LONE_TIME_WORDS or \
                k + 1 >= len(toks) or toks[k + 1].start != d.cue[0] or k < 1:
            continue
        e = k - 1
        tag = tag if tag is not None else _pos(s, tags)
        if toks[e].text == ",":
            m = next((n for n in range(e - 1, max(-1, e - 14), -1) if toks[n].text in (",", "--", "—", "–")), None)
            if m is None or toks[m].text != ",":
                continue
            named = _role_before_named_apposition(toks, tag, m, e)
            if named is not None:
                d.source = named
                continue
            e = m - 1
        b = e
        while b - 1 >= 0 and tag[b - 1] in _PLAIN_NP_TAGS and toks[b - 1].text[:1].isalnum():
            b -= 1
        if e < 0 or tag[e] not in _HEAD_NOUN_TAGS or not all(tag[n] in _PLAIN_NP_TAGS for n in range(b, e + 1)):
            continue
        d.source = (toks[b].start, toks[e].end)


def _role_before_named_apposition(toks, tag, m: int, e: int) -> tuple[int, int] | None:
    """"The chairperson of the Kariakoo Traders Association, Mr Juma Ally, yesterday told ...": when the apposition
    between the commas at tokens ``m`` and ``e`` is a name (two to five capitalised words, most of them tagged as
    proper nouns, a title such as "Mr" among them) after a role opening the sentence (a noun phrase with its "of" phrases), the
    span of role and name, as the source is without the time word (round 18, branch attr20); None otherwise."""
    name = range(m + 1, e)
    if not 2 <= len(name) <= 5 or not all(toks[n].text[:1].isupper() for n in name) or \
            2 * sum(tag[n] in ("NNP", "NNPS") for n in name) < len(name):
        return None  # (the tagger may miss one word of a name: "Ally" as an adverb)
    if not all(tag[n] in _PLAIN_NP_TAGS or toks[n].text.lower() in _TITLE_PREPOSITIONS for n in range(0, m)) or \
            tag[m - 1] not in _HEAD_NOUN_TAGS or toks[0].text.lower() not in ("the", "a", "an") or \
            not any(toks[n].text.islower() and tag[n] in ("NN", "NNS") for n in range(0, m)):
        return None  # (a role: a common noun in it, "The chairperson")
    return toks[0].start, toks[e - 1].end


def _told_listener_after_clause(s, starts: list[int], drafts: list[Draft],
                                tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The municipality wants to ban wood stoves from 2028, alderman X told the NOS on Wednesday.": a sentence-final
    frame ", SOURCE told LISTENER [time]" whose content the model took from the listener (no verb in it) reports the
    clause before its comma, from the sentence's start."""
    toks = s.tokens
    tag = None
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if d.source is None or i is None or toks[i].text.lower() not in _TELL or d.source[1] > d.cue[0] or \
                len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        k = _token_starting(starts, d.source[0])
        if k is None or k < 3 or toks[k - 1].text != ",":
            continue
        tag = tag if tag is not None else _pos(s, tags)
        a, b = d.content[0]
        inside = [n for n in range(i + 1, len(toks)) if a <= toks[n].start and toks[n].end <= b]
        rest = [n for n in range(i + 1, len(toks)) if toks[n].start >= b]
        if not inside or any(toks[n].text == "," for n in range(i + 1, inside[0])) or \
                any(tag[n].startswith("VB") or tag[n] == "MD" for n in inside) or \
                any(toks[n].text[:1].isalnum() for n in rest) or toks[inside[0]].text.lower() == "that":
            continue
        first = next((n for n in range(k - 1) if toks[n].text[:1].isalnum() or toks[n].text in _DQ), None)
        if first is None or not any(tag[n] in _FINITE_TAGS for n in range(first, k - 1)) or any(
                toks[n].text in _DQ for n in range(first, k - 1)):
            continue
        d.content = [(toks[first].start, toks[k - 2].end)]


def _told_frame_inside_content(s, starts: list[int], drafts: list[Draft],
                               tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The municipality of Utrecht wants to ban wood stoves from 2028, alderman X told the NOS on Wednesday.": a
    content that runs on over a sentence-final frame ", SOURCE told LISTENER [time]" (a plain noun phrase, "told"
    or "tells" that is no cue yet, and no verb after it) ends at the frame's comma, and the frame is an attribution
    of its own whose content is the clause before the comma, from the sentence's start."""
    toks = s.tokens
    tag = None
    for d in list(drafts):
        if len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        a, b = d.content[0]
        if any(t.text[:1].isalnum() for t in toks if t.start >= b):
            continue
        for t in range(len(toks) - 2, 2, -1):
            if toks[t].text.lower() not in ("told", "tells") or not (a < toks[t].start < b) or \
                    any(o.cue[0] <= toks[t].start < o.cue[1] for o in drafts):
                continue
            tag = tag if tag is not None else _pos(s, tags)
            k = t
            while k - 1 >= 0 and tag[k - 1] in _PLAIN_NP_TAGS:
                k -= 1
            after = [n for n in range(t + 1, len(toks)) if toks[n].end <= b]
            if k == t or k < 3 or toks[k - 1].text != "," or toks[k - 1].start <= a or \
                    not any(tag[n] in _HEAD_NOUN_TAGS for n in range(k, t)) or not after or \
                    toks[after[0]].text.lower() == "that" or any(tag[n].startswith("VB") or tag[n] == "MD"
                                                                  for n in after):
                break
            first = next(n for n in range(len(toks)) if toks[n].text[:1].isalnum())
            if any(toks[n].text in _DQ for n in range(first, k)):
                break
            d.content = [(a, toks[k - 2].end)]
            new = Draft(d.sentence, d.idx, (toks[t].start, toks[t].end), (toks[k].start, toks[t - 1].end),
                        [(toks[first].start, toks[k - 2].end)])
            drafts.insert(drafts.index(d) + 1, new)
            break


def _according_to_source_without_content(text: str, s, starts: list[int], drafts: list[Draft]) -> None:
    """"The city also wants to give residents a subsidy ..., according to a council letter seen by the broadcaster.":
    a sentence-final "according to X" that kept its source but lost its content to the clause's own cue, when that
    cue is no verb of saying ("wants", "believe"; not "Bloomberg reports that ...": PolNeAR dev annotates that clause
    as X's content without the report nested in it, which costs content overlap a prediction), reports that clause,
    from the sentence's start to its comma; a bare "seen" in X's noun phrase ("a letter
    seen by the broadcaster") is part of the source, no attribution."""
    toks = s.tokens
    for d in list(drafts):
        if d.source is None or d.content or _WORD_RE.findall(text[d.cue[0]:d.cue[1]].lower()) != ["according", "to"]:
            continue
        i = _token_starting(starts, d.cue[0])
        if i is None or i < 3 or toks[i - 1].text != "," or d.source[0] < d.cue[1]:
            continue
        first = next((n for n in range(i - 1) if toks[n].text[:1].isalnum()), None)
        if first is None or any(toks[n].text in _DQ for n in range(first, i - 1)) or any(
                o is not d and toks[first].start <= o.cue[0] < toks[i - 1].start and
                _WORD_RE.findall(text[o.cue[0]:o.cue[1]].lower())[-1:] and
                _WORD_RE.findall(text[o.cue[0]:o.cue[1]].lower())[-1] in _single_cues() for o in drafts):
            continue  # a report in the clause ("Bloomberg reports that ..., according to X"): PolNeAR's reading varies
        d.content = [(toks[first].start, toks[i - 2].end)]
        for o in list(drafts):
            if o is not d and o.source is None and not o.content and o.cue[0] >= d.source[1] and \
                    text[o.cue[0]:o.cue[1]].lower() == "seen":
                end = max(n for n in range(len(toks)) if toks[n].text[:1].isalnum())
                d.source = (d.source[0], toks[end].end)
                drafts.remove(o)


_MODAL_OPENERS = frozenset("would will could can should might may must".split())
#: verbs of saying whose words after them are a content even without "that" or a quotation ("and urged members to
#: stay calm", "and said talks would resume"); others ("cited", "cautioned against") take an object
_CONTENT_AFTER_OBJECT = frozenset("said says added adds told tells urged urges warned warns insisted argued "
                                  "asked".split())


def _speech_after_modal_content(s, starts: list[int], drafts: list[Draft],
                                tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The works council said it would fight every compulsory redundancy and called the plan "a slap in the
    face."": inside a past-tense cue's content whose clause runs on a modal ("would fight"), "and"/"but" and a
    past-tense verb of saying cannot share that modal: the verb is the source's second attribution, with the rest
    of the content ("called" only with an object and a quoted description, "for" or "on"); the first content
    ends before "and"."""
    toks = s.tokens
    tag = None
    verbs = _single_cues() | {"called"}  # "called" (no cue of its own in cues.tsv) only as checked below
    for d in list(drafts):
        if d.source is None or len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        a, b = d.content[0]
        idx = [n for n in range(len(toks)) if a <= toks[n].start and toks[n].end <= b]
        if len(idx) < 5:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        c = _token_starting(starts, d.cue[0])
        cue_last = max(n for n in range(len(toks)) if toks[n].end <= d.cue[1])
        if c is None or tag[cue_last] != "VBD":
            continue
        finite = [n for n in idx if tag[n] in _FINITE_TAGS]
        if not finite or toks[finite[0]].text.lower() not in _MODAL_OPENERS:
            continue
        for m in idx[2:-2]:
            v = m + 1
            if toks[m].text.lower() not in ("and", "but") or toks[v].text.lower() not in verbs or tag[v] != "VBD" or \
                    any(tag[n] in _FINITE_TAGS and n != finite[0] for n in idx if n < m) or \
                    any(o is not d and a <= o.cue[0] < b for o in drafts):
                continue
            rest = [n for n in idx if n > v]
            quoted = any(toks[n].text in _DQ for n in rest)
            if toks[v].text.lower() == "called" and not (
                    rest and toks[rest[0]].text.lower() in ("for", "on") or quoted):
                continue
            if toks[v].text.lower() != "called" and not quoted and not (rest and toks[rest[0]].text.lower() == "that") \
                    and toks[v].text.lower() not in _CONTENT_AFTER_OBJECT:
                continue  # "and cited the government's decision", "and cautioned against it": an object, no content
            if rest and toks[rest[0]].text.lower() == "that":
                rest = rest[1:]
            if len(rest) < 2:
                continue
            end = m - 1 if toks[m - 1].text != "," else m - 2
            d.content = [(a, toks[end].end)]
            new = Draft(d.sentence, d.idx, (toks[v].start, toks[v].end), d.source, [(toks[rest[0]].start, b)])
            drafts.insert(drafts.index(d) + 1, new)
            break


_HEARD = frozenset({"heard", "overheard"})
_HEARD_SPEECH = _SPEECH_PARTICIPLES | {"telling", "asking"}


def _heard_saying(s, starts: list[int], drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"A junior whip was later overheard telling colleagues that the figures were "a bit embarrassing".", "The
    coach was heard saying that the referee had lost control": a passive "was (over)heard" with a speech participle
    reports what the subject said: the subject (a plain noun phrase opening the sentence) is the source, the
    participle the cue, and its clause, after the listener and "that", the content; the model's reading of those
    words (no attribution, or the subject inside the content) gives way."""
    toks = s.tokens
    tag = None
    for h in range(2, len(toks) - 3):
        if toks[h].text.lower() not in _HEARD or toks[h + 1].text.lower() not in _HEARD_SPEECH:
            continue
        w = h - 1
        while w > 0 and toks[w].text.lower().endswith("ly") or toks[w].text.lower() in ("later", "also", "then"):
            w -= 1
        if toks[w].text.lower() not in ("was", "were") or w < 1:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        first = next((n for n in range(w) if toks[n].text[:1].isalnum()), None)
        if first is None or not all(tag[n] in _PLAIN_NP_TAGS for n in range(first, w)) or \
                not any(tag[n] in _HEAD_NOUN_TAGS for n in range(first, w)):
            continue
        c = h + 2
        if toks[h + 1].text.lower() in ("telling", "asking"):
            while c < len(toks) and tag[c] in _PLAIN_NP_TAGS | {"PRP"} and toks[c].text.lower() != "that":
                c += 1
        if c < len(toks) and toks[c].text.lower() == "that":
            c += 1
        last = len(toks) - 1
        while last > c and toks[last].text in (".", "!", "?", "…"):
            last -= 1
        if c < len(toks) and toks[c].text in _DQ:  # a quotation: to its closing mark
            last = next((n for n in range(c + 1, len(toks)) if toks[n].text in _DQ), c)
        if last - c < 2 or not (toks[c].text[:1].isalnum() or toks[c].text in _DQ):
            continue
        cue = (toks[h + 1].start, toks[h + 1].end)
        for o in [o for o in drafts if o.cue[0] < toks[h + 1].end and toks[w].start < o.cue[1]]:
            drafts.remove(o)
        new = Draft(s.index, s.index, cue, (toks[first].start, toks[w - 1].end), [(toks[c].start, toks[last].end)])
        _insert_by_cue(drafts, new)


def _unlabelled_heard_saying(s) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A body sentence in which the model labelled nothing, with "was (later) overheard telling/saying": the
    participle as cue and the words before "was" as source; :func:`_heard_saying` checks them and gives the clause.
    Returns (cue, source) or None."""
    if _HEARD.isdisjoint(s.lower_words):
        return None
    toks = s.tokens
    h = next((h for h in range(2, len(toks) - 3) if toks[h].text.lower() in _HEARD and
              toks[h + 1].text.lower() in _HEARD_SPEECH), None)
    if h is None:
        return None
    w = next((w for w in range(h - 1, max(0, h - 3), -1) if toks[w].text.lower() in ("was", "were")), None)
    if w is None or w < 1:
        return None
    return (toks[h + 1].start, toks[h + 1].end), (toks[0].start, toks[w - 1].end)


@lru_cache(maxsize=1)
def _release_labels() -> tuple[str, ...]:
    """Labels of a press release's back matter (``lexicons/release_labels.tsv``), longest first."""
    return tuple(sorted((r["label"].lower() for r in lexicons.load("release_labels")), key=len, reverse=True))


def _drop_in_release_labels(text: str, drafts: list[Draft]) -> list[Draft]:
    """"Notes to editors", "Media Contact: Jordan Ellis, press@veltrana.example": a line that opens with a label of a
    press release's back matter (:func:`_release_labels`), the label ending the line or followed by a colon, is
    furniture: no attribution lies in it (the model reads "Notes" as a cue and "Media Contact:" as a speaker)."""
    if not drafts:
        return drafts
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    labels = _release_labels()
    out = []
    for d in drafts:
        k = bisect.bisect_left(breaks, d.cue[0])
        a = breaks[k - 1] + 1 if k else 0
        line = text[a:breaks[k] if k < len(breaks) else len(text)].rstrip()
        low = line.lower()
        if not low.startswith(labels):  # (one test in C for all the labels: most lines open with none)
            out.append(d)
            continue
        label = next((x for x in labels if low.startswith(x)), None)
        if label is not None and (len(low) == len(label) or low[len(label)] == ":"):
            continue
        out.append(d)
    return out


_TRIGGERS.update({
    "_source_before_time_word": _LONE_TIME_WORDS,
    "_told_listener_after_clause": _TELL,
    "_told_frame_inside_content": frozenset({"told", "tells"}),
    "_according_to_source_without_content": frozenset({"according"}),
    "_speech_after_modal_content": frozenset({"and", "but"}),
    "_heard_saying": _HEARD,
    "_unlabelled_subject_with_apposition": frozenset({","}),
    "_source_after_dateline_colon": frozenset({":"}),
    "_cue_ends_at_said": frozenset({"said", "says"}),
})


# ---- branch scope10: verbs of saying in a sense that is not speech (issue 11, section 2), read from structure -------

@lru_cache(maxsize=1)
def _non_speech_senses() -> dict[str, dict[str, str]]:
    """``lexicons/non_speech_senses.tsv`` by frame: {frame: {word: the preposition after it, or ""}}."""
    out: dict[str, dict[str, str]] = {}
    for r in lexicons.load("non_speech_senses"):
        out.setdefault(r["frame"], {})[r["word"].lower()] = r["after"].lower()
    return out


#: the words of each frame of ``non_speech_senses.tsv``, read once (the triggers of its passes)
_LABEL_PARTICIPLES = frozenset(_non_speech_senses().get("label_after_noun", {}))
_TELEPHONE_VERBS = frozenset(_non_speech_senses().get("telephone", {}))
_LEARN_VERBS = frozenset(_non_speech_senses().get("object", {}))
_PAYMENT_ASK_VERBS = frozenset(_non_speech_senses().get("payment", {}))
_REACT_VERBS = frozenset(_non_speech_senses().get("manner", {}))
_WITHDRAW_VERBS = frozenset(_non_speech_senses().get("leaving", {}))


def _cue_word_at(toks, d: Draft, words) -> int | None:
    """The position of the draft's last cue token whose lower-case text is in ``words``, or None."""
    hits = [n for n, t in enumerate(toks) if d.cue[0] <= t.start < d.cue[1] and t.text.lower() in words]
    return hits[-1] if hits else None


def _cues_before_particle(toks, drafts: list[Draft], frame: str, verbs) -> list[tuple[Draft, int]]:
    """The drafts whose cue holds one of ``verbs`` followed by its particle in ``frame`` of
    ``non_speech_senses.tsv`` ("asked" "for", "reacted" "with", "accused" "of"), each with the verb's position."""
    particles = _non_speech_senses().get(frame, {})
    out = []
    for d in drafts:
        i = _cue_word_at(toks, d, verbs)
        if i is not None and i + 1 < len(toks) and toks[i + 1].text.lower() == particles[toks[i].text.lower()]:
            out.append((d, i))
    return out


_COMMON_NOUN_TAGS = frozenset("NN NNS CD".split())


def _charge_label_after_noun(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Five men accused of robbing a cash van appeared in court": a participle of ``non_speech_senses.tsv``
    (frame label_after_noun) right after a lower-case common noun or a number, before its own preposition, is a
    reduced relative clause that labels the noun (an active "accused" takes an object first: "Critics accused the
    council of ..."), not anyone's words: no attribution. A form of "be" or "have" before it ("is accused of",
    "has accused") is not this frame (PolNeAR train: "<noun> accused of" 1 gold cue in 5, which the model does
    not find; title-case headlines, "Clinton Accused Of ...", are left to the model)."""
    toks = s.tokens
    todo = []
    for d, i in _cues_before_particle(toks, drafts, "label_after_noun", _LABEL_PARTICIPLES):
        if i == 0 or not toks[i].text.islower():
            continue
        prev = toks[i - 1]
        if prev.start >= d.cue[0] or prev.text.lower() in _BE | _HAVE or not (prev.text.islower() or prev.text.isdigit()):
            continue
        todo.append((d, i))
    if not todo:
        return
    tag = _pos(s, tags)
    for d, i in todo:
        if tag[i - 1] in _COMMON_NOUN_TAGS:
            drafts.remove(d)


#: after "call" and its object: telephoning ("called her at one point", "could not call triple zero from ...")
_TELEPHONE_NEXT = frozenset("from at".split())
_OBJECT_PRONOUNS = frozenset("him her me us them you".split())
_NP_LEAD_TAGS = frozenset("DT PDT PRP$ CD JJ JJR JJS".split())
_NP_HEAD_TAGS = frozenset("NN NNS NNP NNPS CD".split())


def _object_end(toks, tag: Sequence[str], j: int) -> int | None:
    """The position after a plain object starting at token ``j`` (an object pronoun, or determiners, numbers and
    adjectives before at least one noun or number), or None when no such object starts there."""
    if j >= len(toks):
        return None
    if toks[j].text.lower() in _OBJECT_PRONOUNS:
        return j + 1
    k = j
    while k < len(toks) and tag[k] in _NP_LEAD_TAGS and tag[k] != "CD":
        k += 1
    h = k
    while k < len(toks) and (tag[k] in _NP_HEAD_TAGS or (tag[k] == "POS" and k > h)):
        k += 1  # "her father's firm"
    return k if k > h else None


def _telephone_call(text: str, s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Residents could not call triple zero from their landlines", "Kessler called her at one point and asked
    ...", "He called me and said ...": "call" (``non_speech_senses.tsv``, frame telephone) with a plain object
    (:func:`_object_end`) and then "from", "at", "and" before a verb, or, for a person (a pronoun or a name), the
    sentence's end, is telephoning: the draft of "call" is no attribution (a "said" after it keeps its own).
    Naming keeps a second object ("called the plan a disaster", "called him divisive") or has it before the verb
    ("what officials called a hate crime."), demanding its preposition ("called for", "called on"); an object with
    a possessive is an idiom ("call the Republicans' bluff and force their hand", a PolNeAR cue); "called us to
    offer help" is left to the model (PolNeAR train annotates 2 of 7 "call <object> to")."""
    toks = s.tokens
    todo = []
    for d in drafts:
        i = _cue_word_at(toks, d, _TELEPHONE_VERBS)
        if i is None or toks[i].end != d.cue[1] or i + 2 >= len(toks):
            continue
        if any(_has_quotation_mark(text[a:b]) for a, b in d.content):
            continue
        todo.append((d, i))
    if not todo:
        return
    tag = _pos(s, tags)
    for d, i in todo:
        k = _object_end(toks, tag, i + 1)
        if k is None or "POS" in tag[i + 1:k]:
            continue  # "call the Republicans' bluff"
        nxt = toks[k].text.lower() if k < len(toks) else "."
        # at the sentence's end only a person is telephoned: "what officials called a hate crime." names
        person = all(tag[n] in ("NNP", "NNPS") or toks[n].text.lower() in _OBJECT_PRONOUNS for n in range(i + 1, k))
        if nxt in _TELEPHONE_NEXT or (nxt in (".", "!") and person) or \
                (nxt == "and" and k + 1 < len(toks) and tag[k + 1].startswith("VB")):
            drafts.remove(d)


#: after "learn": a clause, a question or a topic follows, which is what was heard or found out
_LEARNED_OPENERS = frozenset("that of about how what why who whom whether when where if from".split())
#: words that end the object's clause: a verb after them is the subject's next predicate ("... and played in pubs")
_LEARNED_COORDINATORS = frozenset("and but or then".split())


def _learned_object(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Gwen Okafor learned the violin from her grandmother", "we learned a lot about ground games": "learn"
    (``non_speech_senses.tsv``, frame object) with a plain object (:func:`_object_end`) and no finite verb of a
    clause of its own before the clause ends (or an "and", "but": "... and played in pubs" is the subject's next
    predicate) is a skill or a lesson taken up, not words heard: no attribution.
    "learned her contract would not be renewed" (a clause), "learned that ...", "learned of ..." keep theirs."""
    toks = s.tokens
    todo = []
    for d in drafts:
        i = _cue_word_at(toks, d, _LEARN_VERBS)
        if i is None or toks[i].end != d.cue[1] or i + 1 >= len(toks):
            continue
        if toks[i + 1].text.lower() in _LEARNED_OPENERS or toks[i + 1].text in _QUOTE_MARKS:
            continue
        if d.content and min(a for a, _ in d.content) < d.cue[1]:
            continue  # the content stands before the cue: "..., she learned"
        todo.append((d, i))
    if not todo:
        return
    tag = _pos(s, tags)
    for d, i in todo:
        k = _object_end(toks, tag, i + 1)
        if k is None:
            continue
        clause = []
        for t, g in zip(toks[k:], tag[k:]):
            if t.text in _CLAUSE_END or t.text in _QUOTE_MARKS or t.text.lower() in _LEARNED_COORDINATORS:
                break
            clause.append(g)
        if not any(g in _FINITE_TAGS for g in clause):
            drafts.remove(d)


@lru_cache(maxsize=1)
def _sense_objects() -> dict[str, frozenset[str]]:
    """The ``objects`` column of ``lexicons/non_speech_senses.tsv`` by frame (the head nouns its sense takes)."""
    out: dict[str, set[str]] = {}
    for r in lexicons.load("non_speech_senses"):
        out.setdefault(r["frame"], set()).update(r["objects"].lower().split())
    return {k: frozenset(v) for k, v in out.items()}


def _asked_for_payment(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Munro became aggressive when Mr Qureshi asked for the £14 fare", "the waiter asked for the bill": "ask
    for" (``non_speech_senses.tsv``, frame payment) whose object (:func:`_object_end`, a sum before the noun
    allowed) ends on a noun of money owed for a service (its ``objects`` column) is collecting it: no attribution.
    A sum alone ("asked for $1.9 billion to fight Zika", a PolNeAR cue) stays."""
    nouns = _sense_objects().get("payment", frozenset())
    toks = s.tokens
    todo = [(d, i) for d, i in _cues_before_particle(toks, drafts, "payment", _PAYMENT_ASK_VERBS) if i + 2 < len(toks)]
    if not todo:
        return
    tag = _pos(s, tags)
    for d, i in todo:
        k = i + 2
        while k < len(toks) and (toks[k].text in _CURRENCY_SIGNS or tag[k] in ("DT", "PRP$", "CD", "JJ", "$")):
            k += 1  # "the £14"
        if k < len(toks) and toks[k].text.lower() in nouns:
            drafts.remove(d)


_CURRENCY_SIGNS = frozenset("$ £ € ¥ ₹ R".split())
_MANNER_LEAD_TAGS = frozenset("JJ RB".split())


def _reaction_with_feeling(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Environmental groups reacted with anger", "with visible relief": "react with" (``non_speech_senses.tsv``,
    frame manner) and a bare singular noun, adjectives before it allowed, is how the subject felt, not words:
    no attribution. "reacted with a moving letter" (a PolNeAR cue) and "reacted with statements" stay."""
    toks = s.tokens
    todo = [(d, i) for d, i in _cues_before_particle(toks, drafts, "manner", _REACT_VERBS) if i + 2 < len(toks)]
    if not todo:
        return
    tag = _pos(s, tags)
    for d, i in todo:
        k = i + 2
        while k < len(toks) and tag[k] in _MANNER_LEAD_TAGS:
            k += 1
        if k < len(toks) and tag[k] == "NN" and (k + 1 == len(toks) or tag[k + 1] not in _NP_HEAD_TAGS):
            drafts.remove(d)


#: what can open an object: a verb followed by none of these has none ("withdrew from the zone", "withdrew in the
#: second period")
_OBJECT_OPENING_TAGS = frozenset("DT PDT PRP PRP$ CD JJ JJR JJS NN NNS NNP NNPS WP WDT".split())


def _withdrawal_without_object(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Two fishing boats withdrew from the bay", "Midfielder Tom Rees withdrew after ten minutes with a knee
    injury": "withdraw" (``non_speech_senses.tsv``, frame leaving) with no object after it, a preposition, an
    adverb or the clause's end instead, is leaving a place, a race or a game: no attribution. "withdrew its
    support" keeps its cue, as PolNeAR annotates it (train: 4 gold cues in 15 with an object, 0 in 6 without)."""
    toks = s.tokens
    todo = []
    for d in drafts:
        i = _cue_word_at(toks, d, _WITHDRAW_VERBS)
        if i is not None and toks[i].end == d.cue[1]:
            todo.append((d, i))
    if not todo:
        return
    tag = _pos(s, tags)
    for d, i in todo:
        if i + 1 == len(toks) or (tag[i + 1] not in _OBJECT_OPENING_TAGS and toks[i + 1].text not in _QUOTE_MARKS):
            drafts.remove(d)


#: the question words that open a newsletter's section label ("WHAT DELANEY IS SAYING —", "WHO'S WATCHING:")
_LABEL_QUESTION_WORDS = frozenset("what what's who who's why how where when".split())


def _question_label_heading(text: str, s, drafts: list[Draft]) -> None:
    """"WHAT DELANEY IS SAYING — At a breakfast on Monday, Delaney told donors ...": a paragraph that opens with an
    all-capitals run starting with a question word and closed by a dash or a colon is a newsletter's section label,
    page furniture (issue 11, section 2): no cue lies in it; the attributions of the text after it stay. PolNeAR's
    all-capitals digest headlines ("EXPERTS DOWNPLAY PLANNED NORTH KOREA LAUNCH.", gold cues) open with no question
    word or end with a full stop, and keep theirs."""
    toks = s.tokens
    if not toks or not toks[0].text.isupper() or toks[0].text.lower() not in _LABEL_QUESTION_WORDS or \
            (s.start > 0 and text[s.start - 1] != "\n"):
        return
    end = None
    for t in toks[1:]:
        if t.text in _DASHES or t.text == ":":
            end = t.start
            break
        if any(c.islower() for c in t.text):
            return
    if end is None:
        if _heading_line(text, s):
            drafts.clear()  # the label is a line of its own ("WHAT WE SAID", a bulletin's section heading)
        return
    drafts[:] = [d for d in drafts if d.cue[0] >= end]


def _heading_line(text: str, s) -> bool:
    """_question_label_line: is sentence ``s`` a line of its own that ends on a word, no full stop (a section
    heading, "WHAT WE SAID", "WHAT MEMBERS ARE TELLING US", not a digest headline, "EXPERTS DOWNPLAY ... LAUNCH.")?"""
    return s.tokens[-1].text[:1].isalnum() and text[s.end:s.end + 1] in ("\n", "") and \
        (s.start == 0 or text[s.start - 1] == "\n")


def _held_view_without_words(toks, drafts: list[Draft]) -> None:
    """"Not everyone is convinced.", "Residents are firmly opposed.": a cue of "be" and a participle of a held view
    (``non_speech_senses.tsv``, frame held_view, or ``feeling_participles.tsv``) at the sentence's end, with no
    source and only the subject before it for content, says how the subject feels or stands: the subject holds the
    view and nothing is said, so there is no attribution (PolNeAR train: "be convinced / persuaded / sold /
    impressed / satisfied." at a clause's end, 1 gold cue in 5, "was favorably impressed.", whose content is a
    later sentence). Other passives there ("His overtures were also rebuffed.") have their subject for content,
    as PolNeAR annotates them, and stay."""
    views = frozenset(_non_speech_senses().get("held_view", {})) | _feeling_participles()
    for d in list(drafts):
        if d.source is not None or len(d.content) != 1 or d.content[0][1] > d.cue[0]:
            continue
        words = _WORD_RE.findall(d.cue_text(toks).lower())
        if len(words) < 2 or words[0] not in _BE or words[-1] not in views:
            continue
        e = next((n for n, t in enumerate(toks) if t.start >= d.cue[1]), None)
        if e is not None and toks[e].text in (".", "!") and all(t.text in _QUOTE_MARKS for t in toks[e + 1:]):
            drafts.remove(d)


_TRIGGERS.update({
    "_held_view_without_words": _BE,
    "_question_label_heading": _LABEL_QUESTION_WORDS,
    "_withdrawal_without_object": _WITHDRAW_VERBS,
    "_asked_for_payment": _PAYMENT_ASK_VERBS,
    "_reaction_with_feeling": _REACT_VERBS,
    "_charge_label_after_noun": _LABEL_PARTICIPLES,
    "_telephone_call": _TELEPHONE_VERBS,
    "_learned_object": _LEARN_VERBS,
})


# ---- round 8 (branch attr9): the errors of the tenth contact (house_articles 90-99) ---------------------------------

def _native_script(word: str) -> bool:
    """Is ``word`` written wholly in a script other than Latin ("林家宏", "陳", "김민준", "Иванов")?"""
    return bool(word) and all(ch.isalpha() and ord(ch) >= 0x0370 for ch in word)


#: words of a noun phrase that names a speaker around a native-script name: "of", "at", "from" and "surnamed"
_NATIVE_NAME_LINKS = frozenset("of at from surnamed named".split())


def _source_over_native_script_name(s, starts: list[int], drafts: list[Draft],
                                    tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"A resident of Sanmin District surnamed Chen (陳) said ...", "Professor Tsai Wen-chi (蔡文琪) of Kaohsiung
    Medical University cautioned that ...": a name followed by its spelling in its own script between brackets (the
    style of Taiwanese, Korean, Chinese and Japanese English-language wires) is one noun phrase with its brackets;
    a cue right after it whose source is missing or starts after the brackets has the whole noun phrase, from the
    sentence's start or a comma, for source."""
    toks = s.tokens
    tag = None
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if i is None or i < 4:
            continue
        p = next((n for n in range(i - 1, 0, -1) if toks[n].text == "(" and n + 2 < i and
                  toks[n + 2].text == ")" and _native_script(toks[n + 1].text)), None)
        if p is None or d.source is not None and d.source[0] <= toks[p].start:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        body = _PLAIN_NP_TAGS | {"IN"}
        if not all(tag[n] in body or toks[n].text.lower() in _NATIVE_NAME_LINKS for n in range(p + 3, i)):
            continue
        b = p
        while b - 1 >= 0 and (tag[b - 1] in body or toks[b - 1].text.lower() in _NATIVE_NAME_LINKS) and \
                toks[b - 1].text[:1].isalnum():
            b -= 1
        while b < p and tag[b] == "IN":
            b += 1
        if b == p or tag[p - 1] not in ("NNP", "NNPS") or b > 0 and toks[b - 1].text not in (",", *_DQ):
            continue
        src = (toks[b].start, toks[i - 1].end)
        if _overlaps(src, [c for c in d.content]):
            continue
        d.source = src


_RELATIVE_ASIDE_OPENERS = frozenset({"who", "whose"})


def _source_before_relative_aside(s, starts: list[int], drafts: list[Draft],
                                  tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Volkonskaya, who had won 14 straight matches, called her serve "a disaster" and said ...", "Mette Brask,
    whose label showed undyed coats on Wednesday, tells Vogue Business she worries ...": a cue right after a
    relative clause set off by commas ("who"/"whose", with a finite verb of its own), after a name that opens the
    sentence, has that name for source (with a "whose" clause: the name and the clause), not the relative pronoun
    nor nothing; content parts the model took from the
    relative clause are no content; a cue after it that shared the pronoun for source ("and said") takes the name
    too, and "tells LISTENER ..." loses its listener (:func:`_content_after_the_listener`)."""
    toks = s.tokens
    tag = None
    for d in list(drafts):
        i = _token_starting(starts, d.cue[0])
        if i is None or i < 5 or toks[i - 1].text != ",":
            continue
        m = next((n for n in range(i - 2, 1, -1) if toks[n].text in (",", *_DQ) or
                  toks[n].text.lower() in _RELATIVE_ASIDE_OPENERS), None)
        if m is None or toks[m].text.lower() not in _RELATIVE_ASIDE_OPENERS or toks[m - 1].text != ",":
            continue
        aside = (toks[m].start, toks[i - 1].start)
        if d.source is not None and not (aside[0] <= d.source[0] < aside[1]):
            continue
        tag = tag if tag is not None else _pos(s, tags)
        first = next((n for n in range(m) if toks[n].text[:1].isalnum()), None)
        if first is None or first >= m - 1 or any(toks[n].text in _DQ for n in range(first)) or \
                not all(tag[n] in _PLAIN_NP_TAGS for n in range(first, m - 1)) or \
                tag[m - 2] not in ("NNP", "NNPS") or not any(tag[n] in _FINITE_TAGS for n in range(m + 1, i - 1)):
            continue
        old = d.source
        name = (toks[first].start, toks[m - 2].end)
        if toks[m].text.lower() == "whose":  # a "whose" clause stays in the source, as PolNeAR train has it 4 times
            name = (name[0], toks[i - 1].end)  # in 5 (:func:`_subject_before_asides_with_cues`)
        changed = [d] + [o for o in drafts if o is not d and old is not None and o.source == old and
                         o.cue[0] > d.cue[0]]
        for o in changed:
            o.source = name
            o.content = [c for c in o.content if not (aside[0] <= c[0] < aside[1])]
        _content_after_the_listener(s, starts, changed, tags)


#: verbs of a frame set in the middle of the sentence it reports ("..., Halvorsen says, and is in talks ...")
_MID_FRAME_VERBS = frozenset("says said reported reports told tells added adds".split())
_MID_FRAME_TAILS = frozenset({"and", "with"})


def _content_around_mid_sentence_frame(s, starts: list[int], drafts: list[Draft],
                                       tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Lykke Loop plans to open a store in Stockholm, Halvorsen says, and is in talks with two Paris houses.",
    "Exports reached a record in 2025, the council reported in its annual report, with the US taking two-thirds.":
    a frame ", SOURCE VERB [a prepositional phrase]," set in the middle of a sentence, between a clause that
    opens the sentence and "and" or "with", reports both pieces: the clause before it and the words after its
    comma; what the model read after the verb (the prepositional phrase's object, the tail) is no content of its
    own."""
    toks = s.tokens
    tag = None
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        k = _token_starting(starts, d.source[0]) if d.source is not None else None
        if i is None or k is None or k < 3 or d.source[1] > d.cue[0] or toks[k - 1].text != "," or \
                toks[i].end != d.cue[1] and _token_ending(toks, starts, d.cue[1]) is None:
            continue
        j = _token_ending(toks, starts, d.cue[1])
        if j is None or toks[j].text.lower() not in _MID_FRAME_VERBS:
            continue
        c = next((n for n in range(j + 1, min(len(toks), j + 9)) if toks[n].text == ","), None)
        if c is None or c + 3 >= len(toks) or toks[c + 1].text.lower() not in _MID_FRAME_TAILS:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        if any(tag[n].startswith("VB") or tag[n] in ("MD", "WDT", "WP") for n in range(j + 1, c)) or \
                c > j + 1 and tag[j + 1] != "IN" or not all(tag[n] in _PLAIN_NP_TAGS for n in range(k, i)):
            continue
        first = next((n for n in range(k - 1) if toks[n].text[:1].isalnum()), None)
        if first is None or any(toks[n].text in _DQ or toks[n].text in (",", ";", ":") for n in range(first, k - 1)) \
                or not any(tag[n].startswith("VB") or tag[n] == "MD" for n in range(first, k - 1)) or \
                any(toks[n].text in _DQ for n in range(c, len(toks))):
            continue
        last = len(toks) - 1
        while last > c and not toks[last].text[:1].isalnum():
            last -= 1
        if last - c < 3 or d.content and min(d.content)[0] < d.cue[1] or \
                toks[c + 1].text.lower() == "and" and not (tag[c + 2].startswith("VB") or tag[c + 2] == "MD"):
            continue  # "..., the owner said, and its workers will ...": a clause of its own may be the writer's
        d.content = [(toks[first].start, toks[k - 2].end), (toks[c + 1].start, toks[last].end)]


_CONTRAST_OPENERS = frozenset("while whereas".split())


def _according_to_before_contrast(text: str, s, starts: list[int], drafts: list[Draft]) -> None:
    """"Bitcoin traded at $70,640 in the morning, according to exchange data, while ether dropped 8%.": an
    "according to X," whose content the model took from the contrast after it ("while", "whereas": the writer's
    comparison) reports the clause before it, from the sentence's start."""
    toks = s.tokens
    for d in drafts:
        if d.source is None or len(d.content) != 1 or \
                _WORD_RE.findall(text[d.cue[0]:d.cue[1]].lower()) != ["according", "to"]:
            continue
        i = _token_starting(starts, d.cue[0])
        f = _token_starting(starts, d.content[0][0])
        if i is None or f is None or i < 3 or toks[i - 1].text != "," or f < 2 or \
                toks[f].text.lower() not in _CONTRAST_OPENERS or toks[f - 1].text != "," or d.content[0][0] < d.source[1]:
            continue
        first = next((n for n in range(i - 1) if toks[n].text[:1].isalnum()), None)
        if first is None or i - 2 - first < 2 or any(toks[n].text in _DQ for n in range(first, i - 1)) or any(
                o is not d and toks[first].start <= o.cue[0] < toks[i - 1].start for o in drafts):
            continue
        d.content = [(toks[first].start, toks[i - 2].end)]


_ANONYMITY_NAME_WORDS = frozenset("name names identity".split())
_ANONYMITY_WITHHELD = frozenset("used published given printed revealed disclosed identified".split())


def _anonymity_request_that_clause(toks, drafts: list[Draft]) -> None:
    """"A nurse, who asked that her name not be used, told reporters ...": the anonymity formula with a "that"
    clause (the request of :func:`_anonymity_request` in another wording) is no attribution."""
    for d in list(drafts):
        i = next((n for n, t in enumerate(toks) if d.cue[0] <= t.start < d.cue[1] and
                  t.text.lower() in ("asked", "asking", "asks", "requested", "requesting")), None)
        if i is None or i + 6 >= len(toks):
            continue
        w = [t.text.lower() for t in toks[i + 1:i + 7]]
        if w[0] == "that" and w[1] in ("his", "her", "their", "its", "my", "our") and w[2] in _ANONYMITY_NAME_WORDS \
                and w[3:5] == ["not", "be"] and w[5] in _ANONYMITY_WITHHELD:
            drafts.remove(d)


def _speech_verb_after_quoted_content(s, starts: list[int], drafts: list[Draft],
                                      tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Kobayashi said the sell-off was "mostly leverage being flushed out" and predicted bitcoin would find support
    near $68,000.": inside a content, "and" or "but" right after a closing quotation mark and a past-tense verb of
    saying (``cues.tsv``) with a clause of its own after it (a finite verb, or "that") is the source's second
    attribution; the first content ends at the quotation mark. (Without the quotation the model reads the verb as
    a cue itself.)"""
    toks = s.tokens
    tag = None
    verbs = _single_cues()
    for d in list(drafts):
        if d.source is None or len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        a, b = d.content[0]
        idx = [n for n in range(len(toks)) if a <= toks[n].start and toks[n].end <= b]
        for m in idx[1:-3]:
            v = m + 1
            if toks[m].text.lower() not in ("and", "but") or toks[m - 1].text not in _DQ or \
                    toks[v].text.lower() not in verbs or \
                    sum(toks[n].text in _DQ for n in idx if n < m) % 2 or \
                    any(o is not d and a <= o.cue[0] < b for o in drafts):
                continue
            tag = tag if tag is not None else _pos(s, tags)
            rest = [n for n in idx if n > v]
            if tag[v] not in ("VBD", "VBN") or not rest:  # the tagger reads "and predicted prices" as either
                continue
            if toks[rest[0]].text.lower() == "that":
                rest = rest[1:]
            elif not any(tag[n] in _FINITE_TAGS for n in rest):
                continue  # "and called for calm", "and cited the figures": an object, no clause
            if len(rest) < 3:
                continue
            d.content = [(a, toks[m - 1].end)]
            new = Draft(d.sentence, d.idx, (toks[v].start, toks[v].end), d.source, [(toks[rest[0]].start, b)])
            drafts.insert(drafts.index(d) + 1, new)
            break


_OBJECT_RELATIVE_SPEECH = frozenset("say says said claim claims claimed".split())
_OBJECT_RELATIVE_STOPS = frozenset(", ; : . ! ? - — – --".split()) | frozenset(_DQ)


def _speech_in_object_relative(s, starts: list[int], drafts: list[Draft],
                               tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"new certification fees that they say will put family distilleries out of business", "the changes, which
    officials said will take effect in May, ...": a relative pronoun, a subject (a pronoun or a short noun phrase),
    a verb of saying and at once the finite verb of the clause it reports (the pronoun is that clause's subject) is
    an attribution the model leaves out: the subject is the source, the verb of saying the cue, and the content the
    clause after the verb, to its punctuation, with "which" before it as PolNeAR annotates it (["which", "will take
    effect in May"]; "that" it leaves out more often than not)."""
    toks = s.tokens
    tag = None
    for i in range(1, len(toks) - 4):
        if toks[i].text.lower() not in ("that", "which"):
            continue
        v = next((n for n in range(i + 2, min(len(toks) - 2, i + 5)) if toks[n].text.lower() in _OBJECT_RELATIVE_SPEECH),
                 None)
        if v is None:
            continue
        cue = (toks[v].start, toks[v].end)
        same = [o for o in drafts if o.cue[0] < cue[1] and cue[0] < o.cue[1]]
        if same and (same[0].cue != cue or same[0].source not in (None, (toks[i + 1].start, toks[v - 1].end))):
            continue
        tag = tag if tag is not None else _pos(s, tags)
        subject = range(i + 1, v)
        if not (len(subject) == 1 and tag[i + 1] == "PRP" and toks[i + 1].text.lower() in _PRONOUNS or
                all(tag[n] in _PLAIN_NP_TAGS for n in subject) and tag[v - 1] in _HEAD_NOUN_TAGS) or \
                tag[v + 1] not in _FINITE_TAGS or toks[v + 1].text.lower() == "that":
            continue
        end = next((n for n in range(v + 1, len(toks)) if toks[n].text in _OBJECT_RELATIVE_STOPS), len(toks)) - 1
        if end - (v + 1) < 2 or any(o.cue[0] >= toks[v + 1].start and o.cue[1] <= toks[end].end for o in drafts):
            continue
        source, content = (toks[i + 1].start, toks[v - 1].end), [(toks[v + 1].start, toks[end].end)]
        if toks[i].text.lower() == "which":  # PolNeAR train: "which" in the content 6 times in 6, "that" 2 in 6
            content.insert(0, (toks[i].start, toks[i].end))
        if same:  # the model's cue (or :func:`_unlabelled_object_relative_speech`'s): its source and clause
            same[0].source, same[0].content = source, content
        elif drafts:  # the sentence's position in the article comes from a draft of it
            new = Draft(drafts[0].sentence, s.index, cue, source, content)
            _insert_by_cue(drafts, new)


def _unlabelled_object_relative_speech(s) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A body sentence in which the model labelled nothing, with "that/which PRONOUN say(s)/said" and a verb right
    after: the verb of saying as cue and the pronoun as source; :func:`_speech_in_object_relative` checks them and
    gives the clause. Returns (cue, source) or None."""
    if _OBJECT_RELATIVE_SPEECH.isdisjoint(s.lower_words):
        return None
    toks = s.tokens
    if any(t.text in _DQ for t in toks):
        return None  # a quotation's words: a speaker's "which he said was truthful" is the quotation's
    for i in range(1, len(toks) - 4):
        if toks[i].text.lower() in ("that", "which") and toks[i + 1].text.lower() in _PRONOUNS and \
                toks[i + 2].text.lower() in _OBJECT_RELATIVE_SPEECH and toks[i + 3].text[:1].isalpha() and \
                toks[i + 3].text.lower() != "that":
            return (toks[i + 2].start, toks[i + 2].end), (toks[i + 1].start, toks[i + 1].end)
    return None


_TESTIFY = frozenset("testify testifies testified testifying".split())


def _testified_for_or_against(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"Pfannenstiel, who testified against the bill last week, said ...", "Three farmers testified for the measure":
    testifying for or against something, with no clause of what was said, is a stance taken at a hearing, not
    anyone's words (PolNeAR train: no cue in its one "testified against"); "testified that ..." stays."""
    for d in list(drafts):
        i = _token_starting(starts, d.cue[0])
        j = _token_ending(toks, starts, d.cue[1])
        if i is None or j is None or toks[j].text.lower() not in ("for", "against") or \
                not any(toks[n].text.lower() in _TESTIFY for n in range(i, j)):
            continue
        if d.content and any(toks[n].text.lower() == "that" and toks[n].start == min(d.content)[0]
                             for n in range(j + 1, min(len(toks), j + 3))):
            continue
        drafts.remove(d)


_REPORT_FORMS = frozenset("report reports".split())
_INSTRUCTION_MODALS = frozenset("can may should could".split())
_CONTACT_GERUNDS = frozenset("calling phoning ringing emailing e-mailing texting contacting visiting "
                             "messaging".split())


def _instruction_to_report(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"Residents can report leaks by calling the city at 979-5600.", "Anyone can report sightings by emailing the
    shelter": a modal "can/may/should report" with a way to get in touch ("by calling", "by emailing") is the
    writer's instruction to readers, not anyone's report."""
    for d in list(drafts):
        i = _token_starting(starts, d.cue[0])
        j = _token_ending(toks, starts, d.cue[1])
        if i is None or j is None or toks[j].text.lower() not in _REPORT_FORMS or \
                not any(toks[n].text.lower() in _INSTRUCTION_MODALS for n in range(max(0, i - 1), j)):
            continue
        if j + 1 < len(toks) and toks[j + 1].text.lower() == "that":
            continue  # "can report that the suspect fled": a report's clause
        end = max(b for _, b in d.content) if d.content else d.cue[1]
        if any(toks[n].text.lower() == "by" and n + 1 < len(toks) and toks[n + 1].text.lower() in _CONTACT_GERUNDS
               and toks[n].start < end for n in range(j + 1, len(toks))):
            drafts.remove(d)


_TRIGGERS.update({
    # branch speed12: two passes that ran on every sentence; each changes a draft only where a token is one of these
    # words: a noun of criticism (``words[n] in nouns``) and the "and" of a coordinated subject (the joiner
    # before the source, or one inside it after a comma)
    "_received_criticism_source": _CRITICISM_NOUNS,
    "_coordinated_subject_source": frozenset({"and"}),
    "_testified_for_or_against": frozenset({"for", "against"}),
    "_instruction_to_report": _CONTACT_GERUNDS,
    "_speech_in_object_relative": frozenset({"that", "which"}),
    "_anonymity_request_that_clause": frozenset({"asked", "asking", "asks", "requested", "requesting"}),
    "_speech_verb_after_quoted_content": frozenset({"and", "but"}),
    "_source_over_native_script_name": frozenset({"("}),
    "_source_before_relative_aside": _RELATIVE_ASIDE_OPENERS,
    "_content_around_mid_sentence_frame": _MID_FRAME_TAILS,
    "_according_to_before_contrast": _CONTRAST_OPENERS,
})


# ---- branch source7: PolNeAR dev's source errors counted again (benchmarks/source_errors.py) ------------------

#: what opens an aside of a subject that PolNeAR draws with it: an apposition or an age ("Mark Cuban, the billionaire
#: owner of ..., says", train 378 times against 9 without), a participle of the passive ("The fuzzy video, shot by a
#: worker ..., captured"), a relative clause of "whose" (where this pass fires on train, 4 with it against 1
#: without); the tags of its first word
_SUBJECT_ASIDE_TAGS = frozenset("DT NN NNS NNP NNPS JJ JJS CD PRP$ VBN WP$".split())
#: what opens an aside after which the source is the noun phrase alone: a participle's clause ("The Journal,
#: citing internal documents, reported"), a relative clause of "who" or "which" (where this pass fires on train, 6
#: without it against 3 with it; PolNeAR's annotators draw it both ways, each mostly one of them)
_ASIDE_WITHOUT_TAGS = frozenset({"VBG", "WP", "WDT"})


#: the mark after a sentence's opening noun phrase and its asides ("Okafor, citing figures ..., said")
_COMMA = frozenset({","})


def _sourceless_cues_after(s, starts: list[int], drafts: list[Draft], least: int, marks) -> Iterator:
    """(draft, first token, last token of its cue) of each draft of a body sentence whose cue has no source yet and
    starts right after one of ``marks`` (a comma, or a dash), at token ``least`` or later: where a subject before
    asides may be the source (:func:`_subject_before_asides_with_cues`, :func:`_subject_before_questioned_aside`,
    :func:`_subject_before_dash_aside`). A draft given a source while the walk goes on is passed over when its turn
    comes."""
    if s.title:
        return
    toks = s.tokens
    for d in drafts:
        if d.source is not None:
            continue
        i, e = _token_starting(starts, d.cue[0]), _token_ending(toks, starts, d.cue[1])
        if i is not None and e is not None and i >= least and toks[i - 1].text in marks:
            yield d, i, e


def _opening_noun_phrase(toks, i: int, marks) -> tuple[int, int] | None:
    """(its first token, the mark after it) of the words that open a sentence, after "And", "But" and the like
    (:data:`_LEADING`), up to the first of ``marks`` before the cue at ``i``, when they are one to ten tokens and
    the mark leaves at least two tokens of an aside before the cue; else None."""
    k0 = 0
    while k0 < i and toks[k0].text.lower() in _LEADING:
        k0 += 1
    c = next((k for k in range(k0, i) if toks[k].text in marks), None)
    if c is None or c == k0 or c >= i - 2 or c - k0 > 10:
        return None
    return k0, c


def _subject_noun_phrase(toks, tag, k0: int, c: int) -> bool:
    """Do the tokens ``k0`` to ``c`` (not included) read as a subject noun phrase by their tags: words of a noun
    phrase (:data:`_SUBJECT_NP_TAGS`), a noun last, a capital or a determiner first?"""
    return all(tag[k] in _SUBJECT_NP_TAGS for k in range(k0, c)) and tag[c - 1] in _NOUN_TAGS and \
        (toks[k0].text[:1].isupper() or tag[k0] in ("DT", "PRP$"))


def _subject_before_asides_with_cues(s, starts: list[int], drafts: list[Draft],
                                     tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Vice President Ana Ruiz, who was to travel to Leeds on Monday to promote the plan, said ...", "Okafor,
    citing figures from the finance ministry, said ...": a finite verb cue without source right after the comma
    that closes the asides of the noun phrase opening the sentence, where a cue the model found inside an aside
    (:func:`_source_across_asides` stops at one) took the subject for its own. The source is the noun phrase with
    its apposition or "whose" clause (:data:`_SUBJECT_ASIDE_TAGS`), or the noun phrase alone before a participle's
    clause or a "who" clause (:data:`_ASIDE_WITHOUT_TAGS`); not after other asides (a preposition, an adverb). Only when
    the noun phrase runs from the sentence's start (after "And", "But") to its first comma, holds a name or a
    determiner and a noun, and no word of it is a cue; never for a passive or a cue of seeming (their subject is
    content in PolNeAR)."""
    toks = s.tokens
    tag = None
    for d, i, e in _sourceless_cues_after(s, starts, drafts, 4, _COMMA):
        if tag is None:
            tag = _pos(s, tags)
        if not _active_finite_cue(toks, tag, i, e):
            continue
        opening = _opening_noun_phrase(toks, i, _COMMA)
        if opening is None:
            continue
        k0, c = opening
        if not _subject_noun_phrase(toks, tag, k0, c) or toks[c - 1].text.lower() in _TIME_WORDS:
            continue
        np_span = (toks[k0].start, toks[c - 1].end)
        if any(_overlaps(np_span, [o.cue]) for o in drafts):
            continue
        opener = tag[c + 1]
        if opener in _ASIDE_WITHOUT_TAGS:
            d.source = np_span
            continue
        if opener not in _SUBJECT_ASIDE_TAGS or any(
                tag[k] in _FINITE and not any(tag[m] in ("WP", "WP$", "WDT") for m in range(c + 1, k))
                for k in range(c + 1, i - 1)):
            continue  # a preposition, an adverb, "when asked ...", or a finite verb outside a relative clause: not
            # the subject's aside ("No one, in fact, is eager")
        d.source = (toks[k0].start, toks[i - 2].end)


_TRIGGERS.update({
    "_subject_before_asides_with_cues": frozenset({","}),
    "_subject_of_coordinated_cue": frozenset({"and", "but", "then"}),
    "_relative_pronoun_out_of_inverted_source": frozenset({"who", "which"}),
    "_participle_subject_after_opening_words": frozenset({","}),
})


def _active_finite_cue(toks, tag, i: int, e: int) -> bool:
    """Is the cue over tokens ``i``..``e`` a finite verb group (adverbs before it allowed), active and not a cue of
    seeming? The subject of a passive or of "seems" is content in PolNeAR, never a source."""
    v = i
    while v <= e and tag[v].startswith("RB"):
        v += 1
    return not (v > e or tag[v] not in _FINITE or
                any(t.text.lower() in _SEEM or t.text.lower() in _APPEAR for t in toks[i:e + 1]) or
                any(toks[x].text.lower() in _BE and not _PARTICIPLE_TAGS.isdisjoint(tag[x + 1:e + 1])
                    for x in range(i, e)))


def _subject_of_coordinated_cue(s, starts: list[int], drafts: list[Draft],
                                tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Okafor took the stage on Tuesday at a hotel in Leeds and called the system rotten", "Okafor paused, then
    revealed why the vote was so close": a finite verb cue without source right after "and", "but" or "then", the
    second predicate of the sentence's first clause, with no attribution before it in its sentence, takes that
    clause's subject, the noun phrase right before its verb group (PolNeAR train gives such a sourceless cue after
    "and"/"but"/"then" a source 85 times, none 12). :func:`_coordinated_speech_subject` gives a verb of the cue
    lexicon the noun phrase before the last verb group ahead of "and"; one it leaves without a source ("He later
    walked back his remarks and said ...", "X paused, then revealed ...") takes the first clause's subject here too
    (branch polnear17: 2 train sources become exact, none lost). Never for a passive or a cue of seeming (their
    subject is content in PolNeAR)."""
    toks = s.tokens
    todo = []
    tag = None
    for d in drafts:
        i, e = _token_starting(starts, d.cue[0]), _token_ending(toks, starts, d.cue[1])
        if d.source is not None or s.title or i is None or e is None or i < 3 or \
                any(o is not d and o.cue[0] < d.cue[0] for o in drafts):
            continue
        if tag is None:
            tag = _pos(s, tags)
        if not _active_finite_cue(toks, tag, i, e):
            continue
        j = i - 1
        while j >= 0 and (toks[j].text.lower() in _ADVERBS and toks[j].text.lower() != "then" or
                          tag[j].startswith("RB") and toks[j].text.lower().endswith("ly")):
            j -= 1
        if j >= 2 and toks[j].text.lower() in ("and", "but", "then") and \
                (toks[j - 1].text not in _CLAUSE_END or toks[j].text.lower() == "then" and toks[j - 1].text == ","):
            todo.append((d, j))
    if not todo:
        return
    from ..syntax import chunks

    sent_chunks = chunks([s], [_pos(s, tags)])[0]
    for d, j in todo:
        vgs = [n for n, c in enumerate(sent_chunks) if c.kind == "VG" and c.first < j]
        if not vgs or vgs[0] == 0:
            continue
        np_ = sent_chunks[vgs[0] - 1]
        gap = toks[np_.last:sent_chunks[vgs[0]].first]
        if np_.kind != "NP" or any(not tag[toks.index(t)].startswith("RB") for t in gap):
            continue
        k = np_.first
        if k > 0 and toks[k - 1].text.lower() not in _LEADING and not (
                toks[k - 1].text == "," and not any(tag[m].startswith("VB") or toks[m].text in _DQ or
                                                    toks[m].text.lower() in _SUBJECT_OPENERS for m in range(k - 1))):
            continue  # the subject opens the sentence, or follows an opening phrase's comma ("Earlier Wednesday, X")
        if any(toks[m].text.lower() in _SUBJECT_OPENERS and toks[m].text != "," or toks[m].text in _DQ
               for m in range(np_.last, j)):
            continue  # another clause between the subject and the cue: "X said that Y left and called"
        src = (np_.start, np_.end)
        if not _overlaps(src, [sp for o in drafts for sp in (o.cue, *o.content)]):
            d.source = src


def _relative_pronoun_out_of_inverted_source(text: str, toks, starts: list[int], drafts: list[Draft]) -> None:
    """'"It was a hard week," said Dana Holt, a teacher from Leeds, who said she would vote for the mayor': a cue
    without a source right after ", who" or ", which" (adverbs and auxiliaries between), where another attribution's
    source runs on to the pronoun, has the pronoun for source (as :func:`_relative_pronoun_source` gives it where no
    source holds it), and the other source ends at the comma (train: 14 sources of 20 the pass changes on gold cues
    become exact with it; the 4 that PolNeAR draws with the relative clause stay wrong). Also after a one-word
    source ("said Borges, who predicted ...") and a restrictive "who" without comma ("said one former executive
    who requested ...", "criticism from local authorities who say ..."), as PolNeAR gives the pronoun (issue 11,
    branch who18: train, 365 of the 383 gold cues right after "who" that have a source have "who" alone; the pass
    gives "who" to 11 more of them, 17 articles change, and source exact on their gold cues rises 445 -> 465 of 548)."""
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if d.source is not None or i is None:
            continue
        j = i - 1
        while j >= 0 and (toks[j].text.lower() in _AUX or toks[j].text.lower() in _ADVERBS or
                          toks[j].text.lower().endswith("ly") and toks[j].text.islower()):
            j -= 1
        if j < 2 or toks[j].text.lower() not in ("who", "which"):
            continue
        last = j - 2 if toks[j - 1].text == "," else j - 1  # the antecedent's last word
        o = next((o for o in drafts if o is not d and o.source is not None and o.source[1] == toks[j].end and
                  o.source[0] <= toks[last].start), None)
        if o is None:
            continue
        sp = (toks[j].start, toks[j].end)
        o.source = (o.source[0], toks[j - 1].end)  # with its comma, as PolNeAR draws it (train: 2 of 2)
        d.source = sp
        d.content = [c for c in _outside(d.content, [(sp[0], d.cue[1])]) if text[c[0]:c[1]].strip()]


#: words that may open a sentence before a participle's opening clause ("But after focusing on ...", "In addition
#: to stating ...", "Since announcing ...": :data:`_PARTICIPLE_LEAD` takes one of them alone)
_PARTICIPLE_OPENING_WORDS = _LEADING | _PARTICIPLE_LEAD | frozenset("since despite without addition to".split())


def _participle_subject_after_opening_words(s, starts: list[int], drafts: list[Draft],
                                            tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"But after focusing her attention on the drug epidemic, Okafor delivered a message", "In asking to question
    the mayor, the Herald noted ...", "Since announcing in May that he would not run, X has been ...": a participle
    cue without source in a clause that opens the sentence after up to four opening words (a conjunction, a
    preposition: :data:`_PARTICIPLE_OPENING_WORDS`), where :func:`_participle_subject_source` reads only one,
    takes the subject of the main clause after the opening clause's comma, the noun phrase a verb group follows
    (PolNeAR train: 10 such cues without source on main, each with the main clause's subject for gold source, none
    with none)."""
    toks = s.tokens
    todo = []
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if d.source is not None or i is None or s.title:
            continue
        v = i
        while v < len(toks) and toks[v].start < d.cue[1] and toks[v].text.lower() in _PARTICIPLE_OPENING_WORDS:
            v += 1
        if v >= len(toks) or toks[v].start >= d.cue[1] or not toks[v].text.lower().endswith("ing") or \
                toks[v].text.lower() == "according":
            continue
        lead = [t.text.lower() for t in toks[:v] if t.text not in _DQ]
        if not lead or len(lead) > 4 or not all(w in _PARTICIPLE_OPENING_WORDS for w in lead) or \
                len(lead) == 1 and lead[0] in _PARTICIPLE_LEAD and v == i:
            continue  # (one lead word before the cue: _participle_subject_source's)
        k = next((m for m in range(v + 1, len(toks)) if toks[m].text == ","), None)
        if k is None or k >= len(toks) - 2 or any(o is not d and o.cue[0] < toks[k].start for o in drafts):
            continue
        todo.append((d, k))
    if not todo:
        return
    from ..syntax import chunks

    sent_chunks = chunks([s], [_pos(s, tags)])[0]
    for d, k in todo:
        src = _subject_chunks_at(toks, sent_chunks, k + 1)
        if src is not None and not _overlaps(src, [sp for o in drafts for sp in (o.cue, *o.content)]):
            d.source = src


# ---- branch attr11: the eleventh contact's leftovers (house_articles 100-107, issue 11 section 2) ----------------

#: verbs of denial: "X denies starting the fight", "X denied any wrongdoing" (PolNeAR train annotates such a denial
#: with the subject before the verb for source, 12 of 13 times with a charge noun for object)
_DENIAL_VERBS = frozenset("deny denies denied denying".split())


def _denial_read_forwards(s, starts: list[int], drafts: list[Draft],
                          tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The groom's brother, Viktor Berglind, denies starting the fight": a denial verb that the model ran on over
    the gerund after it ("denies starting") is the cue alone, and the gerund's clause is the content (PolNeAR:
    "denied the charges", "denying claims of plagiarism", the object after the verb). A source found after the cue
    (the object "the fight", taken by :func:`_speaker_after_cue` for a speaker after a comma, the apposition's) is
    no speaker: the subject before the verb is, the whole noun phrase with its apposition, as PolNeAR draws it
    ("Mr. Lewandowski, now a paid CNN commentator, has denied")."""
    toks = s.tokens
    for d in drafts:
        i, e = _token_starting(starts, d.cue[0]), _token_ending(toks, starts, d.cue[1])
        if i is None or e is None:
            continue
        v = i
        while v <= e and (toks[v].text.lower() in _AUX or toks[v].text.lower().endswith("ly")):
            v += 1
        if v > e or toks[v].text.lower() not in _DENIAL_VERBS:
            continue
        backwards = d.source is not None and d.source[0] >= d.cue[1]
        gerund = v < e and toks[v + 1].text.lower().endswith("ing") and toks[v + 1].text.isalpha()
        if not (gerund or backwards):
            continue
        end = next((n for n in range(v + 1, len(toks)) if toks[n].text in _CLAUSE_END or toks[n].text in _DQ),
                   len(toks))
        if end <= v + 1:
            continue
        source = d.source
        if backwards:
            k0 = 1 if toks[0].text.lower() in _LEADING else 0
            tag = _pos(s, tags)
            subject = range(k0, i)
            if not subject or toks[k0].text in _DQ or any(
                    tag[n] in _FINITE or toks[n].text in _DQ or toks[n].text.lower() in _RELATIVE
                    for n in subject) or not any(tag[n] in _HEAD_NOUN_TAGS for n in subject):
                continue
            source = (toks[k0].start, toks[i - 1].end)
        content = (toks[v + 1].start, toks[end - 1].end)
        if _overlaps(content, _occupied(drafts, besides=[d])) or \
                source is not None and _overlaps(source, _occupied(drafts, besides=[d])):
            continue
        d.cue, d.source, d.content = (toks[i].start, toks[v].end), source, [content]


_LABEL_COLON = frozenset({":"})
#: the words that open a full sentence's subject after a section label's colon ("Shelter: The Shelter Cluster has
#: distributed ...", "Food security: A displaced mother of five ... told ...")
_LABELLED_SUBJECT_OPENERS = frozenset("a an the".split())


def _section_label_colon(text: str, toks) -> int | None:
    """The index of the colon of a section label that opens the sentence ``toks`` and its paragraph: one or two
    words in title case ("Shelter:", "Food security:"), then a full sentence whose subject opens with an article
    ("The Shelter Cluster has ...", "A displaced mother ... told ..."), in an article where no line opens with
    the same label again (a transcript's speaker takes turns: "Matthews: ... ¶ Matthews: ...")."""
    c = next((n for n, t in enumerate(toks[:3]) if t.text in _LABEL_COLON), None)
    if c is None or c == 0 or c + 3 >= len(toks) or not all(t.text.isalpha() for t in toks[:c]) or \
            not toks[0].text[:1].isupper() or toks[0].text.isupper() or \
            toks[c + 1].text.lower() not in _LABELLED_SUBJECT_OPENERS or not toks[c + 1].text[:1].isupper() or \
            not _opens_paragraph(text, toks[0].start):
        return None
    if _labels_take_turns(text):
        return None
    return c


_LINE_OPENING_LABEL = re.compile(r"(?m)^[ \t\u00a0]*([A-Z][\w'’.-]*(?: [\w'’.-]+)?):[ \t\u00a0]")


def _labels_take_turns(text: str) -> bool:
    """Does some label of one or two words open two or more lines of the article (a transcript's or an
    interview's speakers taking turns: "Matthews: ... ¶ Lopez: ... ¶ Matthews: ...")?"""
    labels = [m.group(1) for m in _LINE_OPENING_LABEL.finditer(text)]
    return len(labels) != len(set(labels))


def _section_subject(text: str, s, tags: "_SentenceTags | Sequence[str] | None") -> tuple[int, int] | None:
    """After a section label's colon opening the body sentence ``s`` (:func:`_section_label_colon`): (the index of
    the subject's first token, the index of the finite verb after it) when the words from the colon to that verb
    make one noun phrase (no finite verb, clause word or punctuation in it, a noun at its end), else None."""
    toks = s.tokens
    c = None if s.title else _section_label_colon(text, toks)
    if c is None:
        return None
    tag = _pos(s, tags)
    k = c + 1
    cues = _single_cues()
    # the verb: a finite one, or a cue verb the tagger read as a participle right after a noun ("... camp told")
    v = next((n for n in range(k + 1, len(toks)) if tag[n] in ("VBZ", "VBP", "MD") or
              tag[n] == "VBD" and tag[n - 1] != "DT" or
              tag[n] == "VBN" and toks[n].text.lower() in cues and tag[n - 1] in _HEAD_NOUN_TAGS or
              not toks[n].text[:1].isalnum() and toks[n].text not in ("'s", "’s", "-") or
              toks[n].text.lower() in _RELATIVE), None)
    if v is None or not toks[v].text[:1].isalpha() or toks[v].text.lower() in _RELATIVE or \
            tag[v - 1] not in _HEAD_NOUN_TAGS:
        return None
    return k, v


def _section_label(text: str, s) -> bool:
    """Is the colon of ``s`` a section label's before a full sentence with its own subject and verb
    (:func:`_section_subject`)? Then the label is no speaker and the colon no cue (:func:`_colon_attribution`):
    "Logistics: The Transport Unit has moved 40 tonnes of seed." """
    return _section_subject(text, s, None) is not None


def _unlabelled_cue_after_section_label(text: str, s) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"Health: A nurse at the district clinic told visitors that the wards were full.", where the model labelled
    no cue: the verb after the sentence's own subject (:func:`_section_subject`), when it is a single-word cue of
    the lexicon, is the cue and the subject its source (:func:`_colon_attribution` no longer reads the label as a
    speaker). Returns (cue, source) or None; the passes of :func:`_refine` give it its clause."""
    found = _section_subject(text, s, None)
    if found is None:
        return None
    k, v = found
    toks = s.tokens
    if toks[v].text.lower() not in _single_cues() or v + 3 >= len(toks):
        return None
    return (toks[v].start, toks[v].end), (toks[k].start, toks[v - 1].end)


def _subject_after_section_label(text: str, s, starts: list[int], drafts: list[Draft],
                                 tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Food security: A displaced mother of five at the stadium site told assessment teams that ...": after a
    section label's colon, the sentence's own subject (:func:`_section_subject`), the whole noun phrase from the
    colon to the cue, is the source of the cue at its verb, where the model gave none and
    :func:`_named_source_before_cue` took the named noun phrase right before the cue ("the Bondo stadium site"),
    or where it gave a part of it ("carpenter at the camp")."""
    if not any(x.text in _LABEL_COLON for x in s.tokens[1:3]):
        return
    found = _section_subject(text, s, tags)
    if found is None:
        return
    k, v = found
    toks = s.tokens
    for d in drafts:
        if d.cue[0] != toks[v].start:
            continue
        src = (toks[k].start, toks[v - 1].end)
        if d.source is not None and not (src[0] <= d.source[0] and d.source[1] <= src[1]):
            continue
        if not _overlaps(src, _occupied(drafts, besides=[d])):
            d.source = src


_CUE_TIME_MONTHS = frozenset("""january february march april may june july august september october november december
    jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec
    dec.""".split())
_CUE_TIME_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_CUE_TIME_PARTS = frozenset("morning afternoon evening night".split())
#: the words that open a time phrase right after a cue verb ("said yesterday", "said on 2 December")
_CUE_TIME_WORDS = _CUE_TIME_DAYS | _CUE_TIME_MONTHS | \
    frozenset("yesterday today tonight last this earlier on".split())


def _time_phrase_at(toks, j: int) -> int | None:
    """The index after a time phrase that starts at token ``j`` ("yesterday", "on Monday night", "last week",
    "earlier this month", "on 2 December", "on Dec. 2"), or None."""
    def w(n):
        return toks[n].text.lower() if n < len(toks) else ""

    n = j
    if w(n) == "earlier" and w(n + 1) in ("this", "today"):
        n += 1
    if w(n) in ("yesterday", "today", "tonight"):
        n += 1
    elif w(n) in ("last", "this") and (w(n + 1) in _CUE_TIME_PARTS or w(n + 1) in _CUE_TIME_DAYS or
                                      w(n + 1) in ("week", "month", "year", "weekend")):
        return n + 2
    else:
        if w(n) == "on":
            n += 1
        if w(n) in _CUE_TIME_DAYS:
            n += 1
        elif w(n).isdigit() and len(w(n)) <= 2 and w(n + 1) in _CUE_TIME_MONTHS:
            n += 2
        elif w(n) in _CUE_TIME_MONTHS and w(n + 1).isdigit() and len(w(n + 1)) <= 2:
            n += 2
        else:
            return None
    if w(n) in _CUE_TIME_PARTS:
        n += 1
    return n


def _time_phrase_out_of_content(s, starts: list[int], drafts: list[Draft],
                                tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The minister said yesterday the ministry would scrap ...", "The agency said on 2 December that ...": a time
    phrase right after the cue verb, before the reported clause, is when it was said, not what: it leaves the
    content (PolNeAR train, a time phrase between a cue verb and a content after it: 4 times in the content, two
    of them possessives, "said Thursday's speeches"; 33 in the cue, 62 in neither, as the model already leaves it
    before "that"; the content starts after it, the cue stays the verb). Not where the time word is the clause's
    subject ("said Friday was her last day") or a possessor ("Monday's vote")."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if not d.content:
            continue
        e = _token_ending(toks, starts, d.cue[1])
        first = min(d.content)
        j = _token_starting(starts, first[0])
        if e is None or j is None or j > e + 2 or any(toks[n].text.lower() != "on" for n in range(e + 1, j)):
            continue
        start = e + 1
        if start >= len(toks) or toks[start].text.lower() not in _CUE_TIME_WORDS:
            continue
        n = _time_phrase_at(toks, start)
        if n is None or n >= len(toks) or toks[n].start >= first[1] or n <= j:
            continue
        nxt = toks[n]
        if nxt.text in ("'s", "’s", ",") or not nxt.text[:1].isalnum():
            continue
        tag = tag if tag is not None else _pos(s, tags)
        if nxt.text.lower() != "that" and (tag[n].startswith("VB") or tag[n] == "MD"):
            continue  # "said Friday was her last day": the time word is the clause's subject
        if len([t for t in toks[n:] if t.start < first[1] and t.text[:1].isalnum()]) < 3:
            continue
        _replace_part(d, first, (nxt.start, first[1]))


def _source_without_final_time_phrase(s, starts: list[int], drafts: list[Draft],
                                      tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The WPF Executive Board today confirmed that ...", "The Regional Transport Council yesterday announced": a
    time phrase (:func:`_time_phrase_at`) at the end of a source that ends right before its cue is when, not who:
    the source ends at the noun before it (PolNeAR train, a time word between a source and its cue: outside the
    source 43 times; inside it 24, after a participle or verb, "voters going to the polls Tuesday", or before a
    present-tense cue, "Clinton defenders today argue", or a cue of no speech, "His speech Tuesday was full of",
    which this pass leaves: only a past-tense speech cue of the lexicon)."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        a, b = _token_starting(starts, d.source[0]), _token_ending(toks, starts, d.source[1])
        i = _token_starting(starts, d.cue[0])
        if a is None or b is None or i != b + 1 or b - a < 1 or not _speech_cue(d, toks):
            continue
        k = next((k for k in range(max(a + 1, b - 3), b + 1) if toks[k].text.lower() in _CUE_TIME_WORDS and
                  _time_phrase_at(toks, k) == b + 1), None)
        if k is None or toks[k].text.isupper() or \
                toks[k].text[:1].isupper() != (toks[k].text.lower() in _CUE_TIME_DAYS):
            continue  # "USA TODAY identified"
        tag = tag if tag is not None else _pos(s, tags)
        if tag[k - 1] not in _HEAD_NOUN_TAGS or tag[i] != "VBD" or \
                any(tag[n].startswith("VB") or tag[n] == "MD" for n in range(a, k)):
            continue  # "Clinton defenders today argue" (today: these days), "voters going to the polls Tuesday"
        d.source = (toks[a].start, toks[k - 1].end)


#: the marks that open a list item's line ("• Partners report that ...", "- Two roads remain closed")
_LIST_MARKS = frozenset("• ◦ ▪ ▫ ‣ ● ○ ■ □ · * - – —".split())


def _content_without_list_mark(text: str, toks, drafts: list[Draft]) -> None:
    """"• Cholera cases rise to 212, according to the provincial health authorities.": the mark that opens a list
    item's line is the page's, not the speaker's words: a content part that starts with it starts at the word
    after it."""
    for d in drafts:
        for part in list(d.content):
            k = next((n for n, t in enumerate(toks) if t.start == part[0]), None)
            if k is None or toks[k].text not in _LIST_MARKS or k + 1 >= len(toks) or toks[k + 1].start >= part[1] or \
                    text[text.rfind("\n", 0, part[0]) + 1:part[0]].strip():
                continue
            _replace_part(d, part, (toks[k + 1].start, part[1]))


#: verbs of writing whose words a caption or a post carries ("she writes under a photo of the couple")
_WRITING_VERBS = frozenset("write writes wrote writing post posts posted posting".split())
#: the prepositions of the place where such words stand (a picture's caption)
_CAPTION_PLACES = frozenset("under beneath below above alongside beside".split())


def _place_of_writing_out_of_content(toks, starts: list[int], drafts: list[Draft]) -> None:
    """'"Some people can't handle love. We can," she writes under a photo of the couple.': after a quotation, the
    place where the words were written ("under a photo of ...", "beneath a picture", "alongside a video") is
    neither cue nor content: the cue is the verb of writing, and the content the quotation before it (the
    model's content run over the place had joined them, the whole sentence)."""
    for d in drafts:
        i, e = _token_starting(starts, d.cue[0]), _token_ending(toks, starts, d.cue[1])
        if i is None or e is None or toks[i].text.lower() not in _WRITING_VERBS or \
                not any(b <= d.cue[0] for _, b in d.content):
            continue
        p = i + 1
        if p >= len(toks) or toks[p].text.lower() not in _CAPTION_PLACES or e > p:
            continue
        after = [c for c in d.content if c[0] >= toks[i].end]
        if not after and e < p or any(t.text.lower() == "that" or t.text in _DQ for t in toks[p:]):
            continue  # (the retrained model of branch repro18 runs the cue on over the place: "writes under")
        d.cue = (toks[i].start, toks[i].end)
        d.content = [c for c in d.content if c[1] <= d.cue[0]]


def _after_closed_mixed_content(text: str, last: Draft | None, k: int, new_paragraph: bool, contents: Spans
                                ) -> bool:
    """'Her lawyer told the tribunal that her client had been "misled by a coach." The rider has 30 days to
    appeal ...': an indirect content that quotes some words and closes the quotation (a mixed one: it opens
    without a quotation mark) ends with its sentence, as :func:`_after_ended_indirect_content` has it for a
    content with no quotation mark at all; the model's content words in the next sentence of the paragraph, which
    has no cue and opens no quotation, are the writer's."""
    if last is None or last.sentence != k - 1 or new_paragraph or not last.content:
        return False
    if text[last.cue[0]:last.cue[1]].rstrip().endswith(":"):
        return False
    start = min(last.content)[0]
    if text[start] in _OPEN_DQ or text.startswith(("''", "``", "'", "‘"), start) or \
            not any(_has_quotation_mark(text[a:b]) for a, b in last.content):
        return False
    first = contents[0][0]
    if text[first] in _OPEN_DQ or text.startswith(("''", "``", "'", "‘"), first) or \
            _has_quotation_mark(text[first:contents[-1][1]]):
        return False
    return not _ends_inside_quote(text[start:first])


_TRIGGERS.update({
    "_denial_read_forwards": _DENIAL_VERBS,
    "_subject_after_section_label": _LABEL_COLON,
    "_time_phrase_out_of_content": _CUE_TIME_WORDS,
    "_source_without_final_time_phrase": _CUE_TIME_WORDS,
    "_content_without_list_mark": _LIST_MARKS,
    "_place_of_writing_out_of_content": _WRITING_VERBS,
})
# ---- round 11 (branch attr12): the errors of the twelfth contact (house_articles 108-115) ---------------------------

def _according_to_name_in_apposition(text: str, s, starts: list[int], drafts: list[Draft],
                                     tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"According to the district manager, Paddy Conlon, the council has already spent €1.2 million": an "according
    to" whose source is a common noun phrase naming a person (a role: its last word in lower case, its kind a
    person's or an unnamed one's) and whose content opens with a
    name set off by commas (two to five capitalised words tagged as proper nouns) has that name in its source, in
    apposition, and the content starts after the name's comma."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if d.source is None or len(d.content) != 1 or \
                _WORD_RE.findall(text[d.cue[0]:d.cue[1]].lower()) != ["according", "to"]:
            continue
        j = _token_ending(toks, starts, d.source[1])
        f = _token_starting(starts, d.content[0][0])
        if j is None or f is None or f != j + 2 or toks[j + 1].text != "," or d.source[0] < d.cue[1]:
            continue
        c = next((n for n in range(f, min(len(toks), f + 6)) if toks[n].text == ","), None)
        if c is None or c - f < 2 or c + 3 >= len(toks):
            continue
        tag = tag if tag is not None else _pos(s, tags)
        if not toks[j].text.islower() or not all(tag[n] in ("NNP", "NNPS") and toks[n].text[:1].isupper()
                                                  for n in range(f, c)) or \
                source_kind(text[d.source[0]:d.source[1]]) not in ("person", "anonymous"):
            continue  # "According to an FBI summary of its investigation, Cheryl Mills, a top aide, sent ...": the
            # name after a document or a body is the content's subject
        d.source = (d.source[0], toks[c - 1].end)
        d.content = [(toks[c + 1].start, d.content[0][1])]


def _final_according_to_name_in_apposition(text: str, s, starts: list[int], drafts: list[Draft],
                                           tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The data could be lost, according to the mission's science lead, Dr. Henrik Aalto of the University of
    Helsinki.": a final ", according to" whose words after it are a role (a common noun phrase: its last word in
    lower case) and, after a comma, a name (capitalised words tagged as proper nouns, titles such as "Dr." among
    them) running to the sentence's end (with an "of ..." after it) has the role and the name for source, in
    apposition, as :func:`_according_to_name_in_apposition` gives the opening "According to the district manager,
    Paddy Conlon, ..."; its content is the clause before the comma (the model took the role alone for source, or
    the role for content and the name for source)."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if _WORD_RE.findall(text[d.cue[0]:d.cue[1]].lower()) != ["according", "to"]:
            continue
        i = _token_starting(starts, d.cue[0])
        if i is None or i < 3 or toks[i - 1].text != "," or i + 2 >= len(toks) or \
                toks[i + 1].end != d.cue[1]:
            continue
        end = len(toks)
        while end > i and not toks[end - 1].text[:1].isalnum():
            end -= 1
        c = next((n for n in range(i + 3, min(end, i + 10)) if toks[n].text == ","), None)
        if c is None or c + 2 >= end or not toks[c - 1].text.islower() or \
                any(t.text == "," for t in toks[c + 1:end]):
            continue
        tag = tag if tag is not None else _pos(s, tags)
        name = c + 1
        while name < end and toks[name].text[:1].isupper() and tag[name] in ("NNP", "NNPS"):
            name += 1
        if name - (c + 1) < 2 or (name < end and toks[name].text.lower() != "of") or \
                source_kind(text[toks[i + 2].start:toks[c - 1].end]) not in ("person", "anonymous"):
            continue  # (a name alone after the role: two capitalised words at least, or "of" and its body)
        if any(o is not d and (o.cue[0] < toks[i - 1].start or o.cue[0] > d.cue[1]) for o in drafts):
            continue  # (no other cue in the sentence: the clause before the comma is this one's)
        k = 0
        while k < i - 1 and not toks[k].text[:1].isalnum():
            k += 1
        if k >= i - 2:
            continue
        d.source = (toks[i + 2].start, toks[end - 1].end)
        d.content = [(toks[k].start, toks[i - 2].end)]


_OPENING_PHRASE_DETERMINERS = frozenset("a an the his her its their our my your".split())
#: the nouns of an answer given in writing or aloud ("In a written answer to the Assembly, ...")
_ANSWER_NOUNS = frozenset("answer answers reply replies response responses".split())


def _cue_inside_opening_in_phrase(toks, drafts: list[Draft]) -> None:
    """"In a written answer to the Assembly, the minister said the increase was ...": a cue without a source whose
    words (an answer's noun, :data:`_ANSWER_NOUNS`, among them) and content lie inside the sentence's opening "In"
    and noun phrase (a determiner or possessive after "In", up to its first comma) is the phrase that tells where
    the words were given, not an attribution, when a cue after that comma has a source: that cue's attribution is
    the sentence's. PolNeAR annotates the phrase's own attributions with a source ("In her statement condemning
    the test, ...", "In his assessment of X, ...") and its verbs ("In a statement announcing the pick, ...", "In
    rejecting a similar challenge, the commission recognized ..."): all kept."""
    if len(toks) < 6 or toks[0].text.lower() != "in" or toks[1].text.lower() not in _OPENING_PHRASE_DETERMINERS:
        return
    c = next((n for n, t in enumerate(toks) if t.text == ","), None)
    if c is None or c < 3:
        return
    comma = toks[c].start
    if not any(o.source is not None and o.cue[0] > comma for o in drafts):
        return
    for d in list(drafts):
        if d.source is None and d.cue[0] > toks[0].start and d.cue[1] <= comma and \
                all(b <= comma for _, b in d.content) and \
                any(t.text.lower() in _ANSWER_NOUNS for t in toks[1:c] if d.cue[0] <= t.start < d.cue[1]):
            drafts.remove(d)


def _unlabelled_verb_before_but_cue(toks, drafts: list[Draft]) -> None:
    """"The stewards found that Morning Heron had caused interference but ruled that it had not improved his
    placing.": the model labelled only the cue after "but" (a past verb of saying or ruling,
    :data:`_BUT_SPEECH_VERBS`, :data:`_BUT_RULING_VERBS`, "said", before "that") and gave it the first clause's subject for
    source. The sentence opens with a subject (a capitalised word and up to seven more, no clause word) and a verb
    of the same sets before "that", no cue of its own: that verb is an attribution with the subject for source and
    its clause up to "but" for content, and the cue after "but" shares its source (as
    :func:`_split_participle_cues` gives them when the model labels both; a capitalised time word opening a name
    after "that", "Morning Heron", makes the model leave the first verb unlabelled)."""
    if len(drafts) != 1:
        return
    d = drafts[0]
    verbs = _BUT_SPEECH_VERBS | _BUT_RULING_VERBS | {"said"}
    v = next((n for n, t in enumerate(toks) if t.start == d.cue[0] and t.end == d.cue[1]), None)
    if v is None or v < 6 or v + 2 >= len(toks) or toks[v - 1].text.lower() != "but" or \
            toks[v].text.lower() not in verbs or toks[v + 1].text.lower() != "that":
        return
    j = next((n for n in range(1, min(9, v - 3)) if toks[n].text.lower() in verbs and
              toks[n + 1].text.lower() == "that"), None)
    if j is None or not toks[0].text[:1].isupper() or \
            any(t.text.lower() in _SAID_SUBJECT_STOP for t in toks[:j]):
        return
    if d.source is not None and not (toks[j + 2].start <= d.source[0] and d.source[1] <= toks[v - 1].start):
        return  # (a source the model found elsewhere is its own reading: left alone)
    subject = (toks[0].start, toks[j - 1].end)
    d.source = subject
    e = v - 3 if toks[v - 2].text == "," else v - 2
    drafts.insert(0, Draft(d.sentence, d.idx, (toks[j].start, toks[j].end), subject, [(toks[j + 2].start, toks[e].end)]))


def _final_frame_source_from_its_comma(toks, drafts: list[Draft]) -> None:
    """"Fuel convoys have become a frequent target since the start of the blockade, transport unions say.": a final
    frame whose cue (one word) ends the sentence, whose source the model began after a word it took for a verb
    ("transport") and which has no content: the source runs from the comma (one or two lower-case words before it,
    no clause word or subordinator among them) and the clause before the comma is its content, as for ", local
    landlords say.". (PolNeAR train: ", tallies by ... and other trackers show." gets its gold source and content.)"""
    end = len(toks)
    while end > 0 and not toks[end - 1].text[:1].isalnum():
        end -= 1
    for d in drafts:
        if d.content or d.source is None or d.source[1] > d.cue[0] or end < 6 or toks[end - 1].end != d.cue[1] or \
                toks[end - 1].start != d.cue[0]:
            continue  # (a cue of one word that ends the sentence)
        k = next((n for n in range(end) if toks[n].start == d.source[0]), None)
        if k is None or k < 3:
            continue
        c = next((n for n in range(k - 1, max(0, k - 3) - 1, -1) if toks[n].text == ","), None)
        if c is None or c == k - 1 or c < 4 or \
                not all(t.text.isalpha() and t.text.islower() and t.text not in _SAID_SUBJECT_STOP and
                        t.text not in _CLAUSE_SUBORDINATORS and t.text != "since" for t in toks[c + 1:k]):
            continue
        first = 0
        while first < c and not toks[first].text[:1].isalnum():
            first += 1
        if c - first < 3:
            continue
        d.source = (toks[c + 1].start, d.source[1])
        d.content = [(toks[first].start, toks[c - 1].end)]
    _final_frame_from_cue_after_comma(toks, drafts, end)


def _final_frame_from_cue_after_comma(toks, drafts: list[Draft], end: int) -> None:
    """"..., transport unions say." read by the model as the cue "transport" (after the comma, with "unions" for
    source and the clause before the comma for content) and a final "say" with neither: one attribution, the final
    verb's, with the words between the comma and it for source and the first one's content (``end``: the token
    after the sentence's last word)."""
    last = next((d for d in drafts if d.source is None and not d.content and end >= 6 and
                 toks[end - 1].start == d.cue[0] and toks[end - 1].end == d.cue[1]), None)
    if last is None:
        return
    for d in drafts:
        if d is last or d.source is None or not d.content or d.content[-1][1] > d.cue[0]:
            continue
        c = next((n for n in range(end - 2) if toks[n].start == d.cue[0] and toks[n].end == d.cue[1]), None)
        if c is None or c < 5 or toks[c - 1].text != "," or not toks[c].text.islower() or \
                d.source != (toks[c + 1].start, toks[end - 2].end) or end - 2 - c > 2:
            continue
        last.source, last.content = (toks[c].start, toks[end - 2].end), d.content
        drafts.remove(d)
        return


#: verbs of a final frame whose words after it may be only the setting of the words ("in a filing to ...")
_SETTING_FRAME_VERBS = frozenset("said says reported reports announced added adds wrote".split())


def _final_frame_before_its_setting(s, starts: list[int], drafts: list[Draft],
                                    tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Revenue fell 12 per cent to Dh410 million, the company said in a filing to the exchange on Tuesday.": a final
    frame ", SOURCE VERB" whose content the model took from the prepositional phrases after the verb (to the
    sentence's end, no verb in them: where and when it was said) reports the clause before the frame's comma,
    from the sentence's start (a clause with a verb of its own, no quotation mark and no speech cue of another
    attribution). A cue in it that is no verb of speech ("The department has decided to keep the town closed,
    police chief X announced at a briefing") is a decision the frame reports: it stays, nested in the content."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if d.source is None or len(d.content) != 1 or d.source[1] > d.cue[0] or d.content[0][0] < d.cue[1]:
            continue
        i = _token_starting(starts, d.cue[0])
        e = _token_ending(toks, starts, d.cue[1])
        k = _token_starting(starts, d.source[0])
        f = _token_starting(starts, d.content[0][0])
        if i is None or e is None or k is None or f is None or e != i or f != i + 1 or k < 3 or \
                toks[k - 1].text != "," or toks[i].text.lower() not in _SETTING_FRAME_VERBS:
            continue
        last = len(toks) - 1
        while last > f and not toks[last].text[:1].isalnum():
            last -= 1
        if d.content[0][1] != toks[last].end:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        if tag[f] != "IN" or toks[f].text.lower() == "that" or any(
                tag[n].startswith("VB") or tag[n] in ("MD", "WDT", "WP") or toks[n].text in _DQ
                for n in range(f, last + 1)):
            continue
        first = next((n for n in range(k - 1) if toks[n].text[:1].isalnum()), None)
        if first is None or k - 2 - first < 2 or any(toks[n].text in _DQ for n in range(first, k - 1)) or \
                not any(tag[n].startswith("VB") or tag[n] == "MD" for n in range(first, k - 1)) or \
                any(o is not d and toks[first].start <= o.cue[0] < toks[k - 1].start and _speech_cue(o, toks)
                    for o in drafts):
            continue
        d.content = [(toks[first].start, toks[k - 2].end)]


#: the nouns of an aside that sums up the reported clause as an act ("..., the city said, in a move that ...")
_MOVE_NOUNS = frozenset("move decision step".split())


def _frame_before_move_aside(s, starts: list[int], drafts: list[Draft],
                             tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Taxi drivers must carry a card reader from March 1, the city announced on Tuesday, in a move it said would
    help tourists.": a frame ", SOURCE VERB [setting]," between a clause and an aside that names the clause as an
    act (", in a move ...", ", a decision that ...") reports that clause, from the sentence's start, not the words
    after its verb (the model took "on Tuesday, in a move ..." or the aside's own clause for content, or read the
    frame itself as content and found no cue in it: the frame's attribution is then made). The clause needs a verb
    of its own, no quotation mark and no other speech cue; the frame's source is a short noun phrase and its verb a
    single-word cue of the lexicon; an attribution inside the aside ("it said would help tourists") stays."""
    if not drafts or _MOVE_NOUNS.isdisjoint(s.lower_words):
        return
    _frame_before_aside(s, drafts, tags, _move_aside_frame(s, tags))


def _frame_before_aside(s, drafts: list[Draft], tags, frame: tuple | None) -> None:
    """The frame of :func:`_aside_frame` reports the clause before it: its attribution (made when the model found
    no cue in it) takes the frame's noun phrase for source and that clause for content."""
    if frame is None:
        return
    toks = s.tokens
    (first, c1), (k, v), v_end = frame
    clause = (toks[first].start, toks[c1 - 1].end)
    cue = (toks[v].start, toks[v_end].end)
    if any(o.cue[0] < clause[1] and _speech_cue(o, toks) for o in drafts):
        return
    d = next((o for o in drafts if _overlaps(cue, [o.cue])), None)
    if d is None:
        d = Draft(drafts[0].sentence, drafts[0].idx, cue)
        _insert_by_cue(drafts, d)
        for o in drafts:  # the frame the model read as another attribution's content is no content
            if o is not d:
                o.content = [p for p in o.content if not _overlaps(p, [(toks[k].start, toks[v_end].end)])]
    elif d.content and min(d.content)[0] < d.cue[1]:
        return
    d.source = (toks[k].start, toks[v - 1].end)
    d.content = [clause]


def _move_aside_frame(s, tags) -> tuple | None:
    """The token positions of ", SOURCE VERB [setting], (in) a move" in the sentence, if it has one: ((first word,
    the comma before the frame), (the source's first token, the verb), the cue's last token)."""
    toks = s.tokens
    m = next((n for n in range(4, len(toks)) if toks[n].text.lower() in _MOVE_NOUNS and
              toks[n - 1].text.lower() in ("a", "the")), None)
    if m is None:
        return None
    c2 = m - 2 - (toks[m - 2].text.lower() == "in")
    if c2 < 3 or toks[c2].text != ",":
        return None
    return _aside_frame(s, tags, c2)


def _aside_frame(s, tags, c2: int) -> tuple | None:
    """The token positions of ", SOURCE VERB [setting]," before the comma ``c2`` that opens an aside, if the
    sentence has such a frame after a clause with a verb of its own: ((first word, the comma before the frame),
    (the source's first token, the verb), the cue's last token)."""
    toks = s.tokens
    c1 = next((n for n in range(c2 - 1, 0, -1) if toks[n].text in (",", *_DQ)), None)
    if c1 is None or toks[c1].text != "," or c2 - c1 < 3:
        return None
    tag = _pos(s, tags)
    lex = _single_cues()
    v = next((n for n in range(c1 + 2, c2) if toks[n].text.lower() in lex and tag[n].startswith("VB")), None)
    if v is None or v - c1 - 1 > 6 or \
            not all(tag[n] in _PLAIN_NP_TAGS or tag[n] in ("DT", "PRP$", "PRP") for n in range(c1 + 1, v)) or \
            any(tag[n].startswith("VB") or tag[n] == "MD" for n in range(v + 1, c2)):
        return None
    first = next((n for n in range(c1) if toks[n].text[:1].isalnum()), None)
    if first is None or any(toks[n].text in _DQ for n in range(first, c1)) or \
            not any(tag[n].startswith("VB") or tag[n] == "MD" for n in range(first, c1)):
        return None
    return (first, c1), (c1 + 1, v), v

#: participles of a question put to the subject in an aside ("X, asked about the delay, insisted ...")
_QUESTIONED_ASIDE = frozenset("asked pressed questioned quizzed challenged".split())


def _subject_before_questioned_aside(s, starts: list[int], drafts: list[Draft],
                                     tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Aged Care Minister Rohan Pike, asked about the delay in question time, insisted the levy was "on track"": a
    finite verb cue without source right after the comma that closes an aside of a question put to the subject
    ("asked", "pressed", "questioned" ... after the comma of the noun phrase that opens the sentence, where the
    tagger may read "asked" as a past tense and :func:`_subject_before_asides_with_cues` then stops) has that noun
    phrase for source, without the aside (the speaker, as the guideline draws it)."""
    toks = s.tokens
    tag = None
    for d, i, e in _sourceless_cues_after(s, starts, drafts, 5, _COMMA):
        opening = _opening_noun_phrase(toks, i, _COMMA)
        if opening is None:
            continue
        k0, c = opening
        if toks[c + 1].text.lower() not in _QUESTIONED_ASIDE or \
                any(toks[k].text in (",", *_DQ) for k in range(c + 1, i - 1)):
            continue
        tag = tag if tag is not None else _pos(s, tags)
        if not _active_finite_cue(toks, tag, i, e) or not _subject_noun_phrase(toks, tag, k0, c):
            continue
        np_span = (toks[k0].start, toks[c - 1].end)
        if not any(_overlaps(np_span, [o.cue]) for o in drafts):
            d.source = np_span


def _subject_before_dash_aside(s, starts: list[int], drafts: list[Draft],
                               tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The plaintiffs — two library patrons and a readers' group — argued in their complaint that ...": a finite
    verb cue without source right after a dash that closes an aside opened by a dash after the noun phrase that
    opens the sentence has that noun phrase for source (the aside names who it is; it is no source of its own)."""
    toks = s.tokens
    tag = None
    for d, i, e in _sourceless_cues_after(s, starts, drafts, 5, _DASHES):
        opening = _opening_noun_phrase(toks, i, _DASHES)
        if opening is None:
            continue
        k0, c = opening
        if any(toks[k].text in _DQ for k in range(k0, i - 1)):
            continue
        tag = tag if tag is not None else _pos(s, tags)
        # the verb right after the dash: the tagger often reads a past tense there as a participle ("— argued")
        if not (_active_finite_cue(toks, tag, i, e) or tag[i] == "VBN" and toks[i].text.lower().endswith("ed")) or \
                not _subject_noun_phrase(toks, tag, k0, c):
            continue
        np_span = (toks[k0].start, toks[c - 1].end)
        if not any(_overlaps(np_span, [o.cue, *o.content]) for o in drafts if o.source is not None or o is d):
            d.source = np_span


_TRIGGERS.update({
    "_according_to_name_in_apposition": frozenset({"according"}),
    "_final_according_to_name_in_apposition": frozenset({"according"}),
    "_cue_inside_opening_in_phrase": frozenset({"in"}),
    "_unlabelled_verb_before_but_cue": frozenset({"but"}),
    "_final_frame_before_its_setting": _SETTING_FRAME_VERBS,
    "_subject_before_questioned_aside": _QUESTIONED_ASIDE,
    "_subject_before_dash_aside": _DASHES,
})


#: words that open the subject noun phrase of "which the plaintiffs say can take a year"
_RELATIVE_SUBJECT_OPENERS = frozenset("the its their his her our some many most several both".split())


def _unlabelled_object_relative_noun_speech(s) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"..., which the plaintiffs say can take more than a year", "..., which critics say is too slow": in a body
    sentence in which the model labelled nothing, "that/which" with a noun phrase for subject (a determiner and up to
    three lower-case words, or one lower-case plural alone) and a verb of saying with a word right after it (the
    pronoun subjects are :func:`_unlabelled_object_relative_speech`'s): the verb of saying as cue and the noun phrase
    as source; :func:`_speech_in_object_relative` checks their tags and gives the clause. Returns (cue, source)."""
    if _OBJECT_RELATIVE_SPEECH.isdisjoint(s.lower_words):
        return None  # (the cheap first test of the other finders: the verb of saying must be there)
    toks = s.tokens
    if any(t.text in _DQ for t in toks):
        return None
    for i in range(1, len(toks) - 4):
        if toks[i].text.lower() not in ("that", "which") or toks[i - 1].text != ",":
            continue
        w = toks[i + 1].text
        if w in _RELATIVE_SUBJECT_OPENERS:
            v = next((n for n in range(i + 2, min(len(toks) - 1, i + 6))
                      if toks[n].text.lower() in _OBJECT_RELATIVE_SPEECH), None)
            if v is None or not all(t.text.isalpha() and t.text.islower() for t in toks[i + 2:v]) or v == i + 2:
                continue
        elif w.isalpha() and w.islower() and w.endswith("s") and toks[i + 2].text.lower() in _OBJECT_RELATIVE_SPEECH:
            v = i + 2
        else:
            continue
        if toks[v + 1].text[:1].isalpha() and toks[v + 1].text.lower() != "that":
            return (toks[v].start, toks[v].end), (toks[i + 1].start, toks[v - 1].end)
    return None


_RESULT_POST_VERBS = frozenset(_non_speech_senses().get("result", {}))
#: words a result's object may hold before its head noun ("a 31 per cent fall", "a record $2 billion loss")
_RESULT_LEAD_TAGS = frozenset("DT CD JJ JJR JJS RB $ PRP$".split())
_RESULT_LEAD_WORDS = frozenset("per cent percent % record".split())


def _posted_result(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Falcon Cement Company posted a 31 per cent fall in third-quarter net profit": "post" (``non_speech_senses.tsv``,
    frame result) whose object's head is a figure's change or a result (its ``objects`` column: fall, rise, loss,
    profit, victory ...; numbers, "per cent", adjectives before it) records that result: no attribution. "posted on
    its page that ...", "posted a video" stay."""
    nouns = _sense_objects().get("result", frozenset())
    toks = s.tokens
    todo = [(d, i) for d in drafts for i in [_cue_word_at(toks, d, _RESULT_POST_VERBS)] if i is not None]
    if not todo:
        return
    tag = _pos(s, tags)
    for d, i in todo:
        k = i + 1
        while k < len(toks) and k <= i + 8 and (tag[k] in _RESULT_LEAD_TAGS or toks[k].text.lower() in _RESULT_LEAD_WORDS
                                                  or toks[k].text in _CURRENCY_SIGNS):
            k += 1
        if k > i + 1 and k < len(toks) and toks[k].text.lower() in nouns:
            drafts.remove(d)


_TRIGGERS.update({"_posted_result": _RESULT_POST_VERBS})


# ---- branch polnear17: PolNeAR train's source and content errors by class --------------------------------------
#: words that end a source cut before its own post-modifier ("according to a new poll that | shows ...") or open
#: that post-modifier after it ("say some Democrats, | who cringe ..."; not "that": "convinced many Republicans
#: that ..." is the verb's object and its clause)
_SOURCE_MODIFIER_ENDS = frozenset("who whom whose which that".split())
_SOURCE_MODIFIER_OPENERS = frozenset("who whom whose which where by".split())


def _clause_before_frame_with_modified_source(text: str, toks, starts: list[int], drafts: list[Draft]) -> None:
    """"Two Republicans would defeat Clinton, according to a new poll that shows more voters ...", "It's the first
    time ..., said Robert Egge, executive director of X, whose advocates lean on ...": a frame after a comma
    ("according to", or a cue of the lexicon whose source follows it) whose content the passes took from the source's own
    relative clause or by-phrase (the source ends at "who", "that", "whose" ..., or the content opens with one,
    right after the source) has for content the clause that opens the sentence, up to that comma (attributions
    inside the clause stay, nested in it, as PolNeAR nests them), unless another attribution runs from the clause
    over the frame. PolNeAR train (840 texts, main e6400fd): such a frame's gold
    content is the opening clause (see the branch's commit for the counts)."""
    for d in drafts:
        if d.source is None or not d.content or d.source[0] < d.cue[1] or d.content[0][0] < d.source[1]:
            continue
        i = _token_starting(starts, d.cue[0])
        if i is None or i < 5 or toks[i - 1].text != ",":
            continue
        last = _token_ending(toks, starts, d.source[1])
        first = _token_starting(starts, d.content[0][0])
        if last is None or first is None or text[d.source[1]:d.content[0][0]].strip(" ,"):
            continue  # the content is not right after the source (over a comma at most)
        if toks[last].text.lower() not in _SOURCE_MODIFIER_ENDS and \
                toks[first].text.lower() not in _SOURCE_MODIFIER_OPENERS:
            continue  # "according to Roffman, Trump made further demands": the content is a clause of its own
        if not d.cue_text(toks).lower().endswith("according to") and not _speech_cue(d, toks):
            continue  # "..., looking out at dozens of Mainers who had come": no frame of speech
        clause = (toks[0].start, toks[i - 2].end)
        if any(o is not d and any(b > clause[1] for _, b in (o.cue, *o.content)) and
               _overlaps(clause, [o.cue, *o.content]) for o in drafts):
            continue  # another attribution runs from the clause over the frame
        d.content = [clause]


#: what ends a source's run to the end of its sentence: punctuation that opens an aside or a quotation
_SOURCE_RUN_STOPS = frozenset(",;:()[]—–-") | frozenset(_DQ) | {"--", "'", "’"}


#: words that open the setting of a cue after its source, not the rest of the source's noun phrase: a
#: subordinator always; a preposition right after a name ("said Ryan in a statement", "wrote X on Hot Air"; after a
#: common noun it goes on with the noun phrase: "the Democratic chairman in Nassau County")
_SETTING_OPENERS = frozenset("when as while after before because since until though although if".split())
_SETTING_PREPOSITIONS = frozenset("in on at during via through from with for to by over".split())


def _closing_quote_before(toks, i: int) -> bool:
    """Does a quotation close right before token ``i`` (a double quotation mark, or the two apostrophes some
    papers write for one: "''") after its own comma, question or exclamation mark?"""
    if i >= 2 and toks[i - 1].text in _DQ:
        return toks[i - 2].text in (",", "?", "!")
    return i >= 3 and toks[i - 1].text == "'" and toks[i - 2].text == "'" and toks[i - 3].text in (",", "?", "!")


def _inverted_source_to_sentence_end(toks, starts: list[int], drafts: list[Draft]) -> None:
    """'"...,'' said Martin Indyk, the president's former special envoy to the Middle East.': the source of a cue
    that follows the closing quotation mark of its quotation, right after the cue, runs to the end of its
    sentence when what the passes left after it is a run of words with no punctuation (a prepositional phrase,
    the rest of an apposition: "to the Middle East", "on the condition of anonymity"), not a relative clause or
    a participle's ("who said ...", "adding ..."), nor the cue's setting (:data:`_SETTING_OPENERS`). PolNeAR train:
    such a source runs to its sentence's end in 598 of 780 gold attributions (see the branch's commit for what the
    pass changes)."""
    end = None
    for d in drafts:
        if d.source is None or d.source[0] < d.cue[1]:
            continue
        if end is None:  # the sentence's last word, before its closing punctuation
            end = len(toks)
            while end > 0 and (toks[end - 1].text in (".", "?", "!") or toks[end - 1].text in _DQ):
                end -= 1
        i = _token_starting(starts, d.cue[0])
        first = _token_starting(starts, d.source[0])
        last = _token_ending(toks, starts, d.source[1])
        if i is None or first is None or last is None or not _closing_quote_before(toks, i) or \
                _token_ending(toks, starts, d.cue[1]) != first - 1:
            continue
        rest = toks[last + 1:end]
        if not rest or len(rest) > 15 or any(t.text in _SOURCE_RUN_STOPS for t in rest) or \
                rest[0].text.lower() in _RELATIVE or rest[0].text.lower().endswith("ing"):
            continue
        head = rest[0].text.lower()
        if head in _SETTING_OPENERS or head in _SETTING_PREPOSITIONS and toks[last].text[:1].isupper():
            continue  # the cue's setting: "said House Speaker Paul Ryan in a statement", "said Sanders as he ..."
        if any(_overlaps((rest[0].start, rest[-1].end), o.spans() if o is not d else d.content) for o in drafts):
            continue  # another attribution's words, or this one's content ("said X, who is | not involved ...")
        d.source = (d.source[0], rest[-1].end)


# ---- branch cue9: cue edges where PolNeAR's train annotators agree and the tagger did the other ------------------
def _listener_out_of_told_cue(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"The mayor told reporters the bridge would reopen": the cue is "told"; the one spoken to stands outside it.
    PolNeAR's train cues never take the listener after "told" in (the model's ``cue_edges``: "told reporters" 0 in,
    39 out; "told the" 3 / 92; "told CNN" 0 / 23), but the lexicon phrase "told reporters", which finds the cue when
    the model misses it, kept it whole (a phrase is exempt from :func:`_move_edges`). A cue that runs from "told",
    "tells" or "tell" over words only ends at the verb when the train cues stop there after it
    (``EDGE_RATIO`` times more often than not, and ``EDGE_MIN`` times at least). Runs last, after the passes that
    place the content after the listener: only the cue's span changes."""
    edges = _edge_counts()
    for d in drafts:
        i, e = _token_starting(starts, d.cue[0]), _token_ending(toks, starts, d.cue[1])
        if i is None or e is None or e <= i:
            continue
        v = next((k for k in range(e - 1, i - 1, -1) if toks[k].text.lower() in _TELL), None)
        if v is None or not all(t.text[:1].isalpha() for t in toks[v + 1:e + 1]):
            continue  # "told reporters:" (a colon joined to the cue) and "told of" stay as they are
        c = edges.get((toks[v].text.lower(), toks[v + 1].text.lower()))
        if c is not None and c[1] >= EDGE_MIN and c[1] >= EDGE_RATIO * c[0]:
            d.cue = (d.cue[0], toks[v].end)


_TRIGGERS.update({"_listener_out_of_told_cue": _TELL})


#: forms of "be" a cue opening with an adverb takes in ("was never mentioned"), "'s" as "is" or "has" (tagged VBZ)
_BE_BEFORE_ADVERB = _CUE_LEAD_BE | frozenset({"'s", "’s"})
_ADVERB_TAGS = frozenset("RB RBR RBS".split())
_AFTER_ADVERB_TAGS = frozenset("VBN VBG JJ JJR JJS".split())


def _be_before_adverb_cue(s, starts: list[int], drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None"
                          ) -> None:
    """"But it was never mentioned by the moderators", "That is especially troubling", "who is now supporting":
    a cue that opens with adverbs and goes on to a participle or an adjective takes in the form of "be" just
    before it, and the auxiliaries and modals before that ("has been so vague about"), as PolNeAR's train cues
    do: a form of "be" before an adverb is in the cue 374 times and right outside it 23 (six annotators), and of
    the tagger's train cues that left it out, gold took it in 12 of 14. :func:`_cue_with_its_auxiliaries` leaves
    such cues alone (its test of "be" reads the cue's first word, here the adverb). Not a cue of adverbs alone
    ("is reportedly"), nor across another span of the sentence's attributions."""
    toks = s.tokens
    todo = []
    for d in drafts:
        i, e = _token_starting(starts, d.cue[0]), _token_ending(toks, starts, d.cue[1])
        if i is not None and e is not None and 0 < i < e and toks[i - 1].text.lower() in _BE_BEFORE_ADVERB:
            todo.append((d, i, e))
    if not todo:
        return
    tag = _pos(s, tags)
    occupied = _occupied(drafts)
    for d, i, e in todo:
        k = i
        while k < e and tag[k] in _ADVERB_TAGS:
            k += 1
        if k == i or tag[k] not in _AFTER_ADVERB_TAGS or tag[i - 1] == "POS":
            continue
        m = i - 1
        while m > 0 and (toks[m - 1].text.lower() in _CUE_LEAD or toks[m - 1].text.lower() in _BE_BEFORE_ADVERB
                         and tag[m - 1] != "POS"):
            m -= 1
        while m < i and _overlaps((toks[m].start, toks[i - 1].end), occupied):
            m += 1
        if m < i:
            d.cue = (toks[m].start, d.cue[1])


_TRIGGERS.update({"_be_before_adverb_cue": _BE_BEFORE_ADVERB})


# ---- branch attr14: verbs and nouns that are not speech (issue 11, section 2), the leftovers of house_articles
# 108-115 and quotes-dev that PolNeAR train rarely annotates as cues (counts in ``non_speech_senses.tsv``) --------

#: "denied the charges": the charge denied is the content, as PolNeAR annotates it (train: "denied" + "the
#: charges", "the accusations", "the fraud claims", "the reports", "claims of ..." 6 of 7 gold cues, each with the noun
#: phrase for content; the only one not annotated is "denied the report, saying ..."); the guideline's legal act
#: "denies theft" is ``legal_acts.tsv``'s kind ``legal``. Only the charge of a crime is kept: "rejected the
#: allegation and said ...", "denied the claims" stay speech acts without content, as the unseen-news guideline has it
_DENY_VERBS = frozenset("deny denies denied denying".split())
_DENIED_CHARGE_NOUNS = frozenset("charge charges".split())


def _denied_charge(verb: str, noun: str) -> bool:
    """Whether ``verb`` + ``noun`` is a denial of a charge ("denied the charges"), which keeps its noun phrase, up
    to the charge, as content in :func:`_rejected_act_without_content`."""
    return verb.lower() in _DENY_VERBS and noun.lower() in _DENIED_CHARGE_NOUNS


_ADOPT_VERBS = frozenset(_non_speech_senses().get("instrument", {}))
_SPEAK_FOR_VERBS = frozenset(_non_speech_senses().get("representing", {}))
_MEETING_VERBS = frozenset(_non_speech_senses().get("planned_meeting", {}))


def _cues_before_sense_object(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None", frame: str,
                              verbs: frozenset[str], at_cue_end: bool = False) -> tuple[list, "Sequence[str] | None"]:
    """The drafts whose cue holds one of ``verbs`` (as its last word when ``at_cue_end``) before a plain object
    (:func:`_object_end`) whose head noun is one of the ``objects`` of ``frame`` in ``non_speech_senses.tsv``:
    ``([(draft, index of the token after the object), ...], the sentence's tags)``; the tags are read only when a
    cue holds one of the verbs."""
    toks = s.tokens
    todo = [(d, i) for d in drafts for i in [_cue_word_at(toks, d, verbs)]
            if i is not None and (not at_cue_end or toks[i].end == d.cue[1]) and i + 2 < len(toks)]
    if not todo:
        return [], None
    nouns = _sense_objects().get(frame, frozenset())
    tag = _pos(s, tags)
    found = []
    for d, i in todo:
        k = _object_end(toks, tag, i + 1)
        if k is not None and toks[k - 1].text.lower() in nouns:
            found.append((d, k))
    return found, tag


def _adopted_instrument(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Twin Forks County adopted the policy in March", "The council adopted a new parking bylaw": "adopt"
    (``non_speech_senses.tsv``, frame instrument) ending its cue, with a plain object (:func:`_object_end`) whose
    head noun is one of the frame's ``objects`` (policy, rule, budget, resolution ...), is an institution's act,
    not anyone's words: no attribution. "adopted a harder tone", "has adopted the stance" (PolNeAR cues) keep
    theirs, as does an object with a clause ("adopted a resolution saying ...": a verb after the object)."""
    toks = s.tokens
    found, tag = _cues_before_sense_object(s, drafts, tags, "instrument", _ADOPT_VERBS, at_cue_end=True)
    for d, k in found:
        if k < len(toks) and (tag[k][:2] in ("VB", "MD") or toks[k].text.lower() in ("that", "calling", "saying")):
            continue  # "adopted a resolution calling for ...": the instrument's words
        drafts.remove(d)


#: the head nouns of a span of time: "spoke for an hour" is how long, not whom for
_TIME_SPAN_NOUNS = frozenset("""second seconds minute minutes hour hours day days week weeks month months year
    years decade decades while time""".split())


def _speaks_for_a_group(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Pádraig Keogh speaks for a group of the objectors", "a lawyer who spoke for the families": "speak for"
    (``non_speech_senses.tsv``, frame representing) and a plain object (:func:`_object_end`) that is no span of time
    is representing someone, not words (PolNeAR train: 0 gold cues in 3): no attribution. "spoke for an hour" and
    "speaks for itself" are left to the model; a content in quotation marks keeps its attribution."""
    toks = s.tokens
    todo = [(d, i) for d, i in _cues_before_particle(toks, drafts, "representing", _SPEAK_FOR_VERBS)
            if i + 2 < len(toks) and not any(t.text in _DQ for t in toks if any(a <= t.start < b for a, b in d.content))]
    if not todo:
        return
    tag = _pos(s, tags)
    for d, i in todo:
        k = _object_end(toks, tag, i + 2)
        if k is not None and toks[k - 1].text.lower() not in _TIME_SPAN_NOUNS:
            drafts.remove(d)


#: what stands right before a meeting still to come: "will meet", "would reconvene"; "to" only after one of
#: _PLANNED_TO ("are due to meet"): "did not need to meet with X to determine ..." is a PolNeAR cue
_FUTURE_MARKERS = frozenset("will would shall 'll ’ll to".split())
_PLANNED_TO = frozenset("due set scheduled slated expected plan plans planned planning".split())


def _purpose_of_a_planned_meeting(s, drafts: list[Draft]) -> None:
    """"The board will meet on December 18 to discuss the dividend": an infinitive cue ("to discuss") after a
    verb of meeting (``non_speech_senses.tsv``, frame planned_meeting) that has "will", "would", "shall" or a plan's
    "to" ("is due to", "are set to") right before it, with only the meeting's time, place and company between them (no other verb, no comma), is
    the purpose of a meeting still to come: nothing has been said, and the date before the cue is no speaker.
    No attribution. A meeting that took place ("members met last week to discuss how to ...", a PolNeAR cue)
    keeps it."""
    toks = s.tokens
    for d in list(drafts):
        # the cue's "to" and its verb ("to discuss"; the model's cue may open with the time before it, "week to")
        c = next((n for n, t in enumerate(toks) if d.cue[0] <= t.start and t.end < d.cue[1] and t.text.lower() == "to"),
                 None)
        if c is None or c + 1 >= len(toks) or toks[c + 1].end > d.cue[1]:
            continue
        m = next((n for n in range(c - 1, max(0, c - 9) - 1, -1) if toks[n].text.lower() in _MEETING_VERBS), None)
        if m is None or m == 0 or toks[m - 1].text.lower() not in _FUTURE_MARKERS:
            continue
        if toks[m - 1].text.lower() == "to" and (m < 2 or toks[m - 2].text.lower() not in _PLANNED_TO):
            continue
        if any(t.text in _CLAUSE_END or t.text.lower() in _FUTURE_MARKERS for t in toks[m + 1:c]):
            continue
        drafts.remove(d)


#: words tagged IN that open a clause, not a prepositional phrase
_CLAUSE_OPENING_INS = frozenset("that whether if because although though while since as unless once".split())
#: what may stand between a noun read as a cue and the sentence's main verb: prepositional phrases of time and place
_PP_WORD_TAGS = frozenset("IN DT PDT PRP$ CD JJ JJR JJS NN NNS NNP NNPS POS".split())


def _noun_cue_before_the_main_verb(s, starts: list[int], drafts: list[Draft],
                                   tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Documents tabled in Senate estimates on Tuesday show the department ...": a cue of one word that the tagger
    reads as a noun, right after another noun (a compound: "Senate estimates"), whose content begins right after it
    with prepositional phrases and then a finite verb ("on Tuesday show") is the head of the subject's noun
    phrase, not a verb of saying: its content has no subject of its own, and the finite verb is the sentence's.
    No attribution (the model had "estimates" as a verb and "Documents tabled in Senate" as its source)."""
    toks = s.tokens
    todo = []
    for d in drafts:
        if len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        i = _token_starting(starts, d.cue[0])  # the cue's one token (by bisection, not a walk over the tokens)
        if i is None or toks[i].end != d.cue[1] or i == 0 or i + 2 >= len(toks) or \
                toks[i + 1].start != d.content[0][0]:
            continue
        todo.append((d, i))
    if not todo:
        return
    tag = _pos(s, tags)
    for d, i in todo:
        if tag[i] not in ("NN", "NNS") or tag[i - 1] not in _NP_HEAD_TAGS or tag[i - 1] == "CD":
            continue
        k = i + 1
        if tag[k] != "IN" or toks[k].text.lower() in _CLAUSE_OPENING_INS:
            continue  # "a survey finding that 45 percent ... backed", "Guardian hopes that ...": the cue's clause
        while k < len(toks) and tag[k] in _PP_WORD_TAGS:
            k += 1
        if k < len(toks) and tag[k] in ("VBP", "VBZ", "VBD", "MD"):
            drafts.remove(d)


_STRIKE_VERBS = frozenset(_non_speech_senses().get("blow", {}))
_ISSUE_VERBS = frozenset(_non_speech_senses().get("alert", {}))
#: after "struck a measured tone", "struck a chord": a manner of speaking, which stays
_STRUCK_SPEECH_NOUNS = frozenset("tone tones note notes chord chords".split())


def _struck_blow(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The 34-year-old man was struck by a dark-coloured hatchback", "Verizon has struck a provisional agreement":
    "strike" (``non_speech_senses.tsv``, frame blow) ending its cue is a blow or a bargain, not words: no
    attribution. With an object whose head is a tone, a note or a chord ("struck a measured tone, saying ...") it
    is a manner of speaking and stays."""
    toks = s.tokens
    todo = [(d, i) for d in drafts for i in [_cue_word_at(toks, d, _STRIKE_VERBS)]
            if i is not None and toks[i].end == d.cue[1]]
    if not todo:
        return
    tag = _pos(s, tags)
    for d, i in todo:
        k = _object_end(toks, tag, i + 1)
        if k is None or toks[k - 1].text.lower() not in _STRUCK_SPEECH_NOUNS:
            drafts.remove(d)


def _issued_alert(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The India Meteorological Department has issued an orange alert for more thunderstorms", "The State
    Emergency Service issued 14 emergency warnings overnight": "issue" (``non_speech_senses.tsv``, frame alert)
    with a plain object (:func:`_object_end`; the model's cue may hold its article, "had issued a") whose head is
    one of the frame's ``objects`` and no clause, colon or quotation after it reports no words: no attribution.
    "issued a warning that the dam could fail" keeps its clause; "issued a statement" is no alert."""
    toks = s.tokens
    found, _ = _cues_before_sense_object(s, drafts, tags, "alert", _ISSUE_VERBS)
    for d, k in found:
        rest = toks[k:]
        if any(t.text.lower() in ("that", ":") or t.text in _DQ for t in rest):
            continue  # "issued a warning that ...": the warning's words
        drafts.remove(d)


_WALK_VERBS = frozenset(_non_speech_senses().get("walking_back", {}))


def _walked_back_to_a_place(toks, drafts: list[Draft]) -> None:
    """'"I'm gutted," said the Frenchman, who walked back to the pits to a standing ovation.': "walk back"
    (``non_speech_senses.tsv``, frame walking_back) with a word of direction right after "back" (its ``objects``:
    "to", "into", "home" ...) is walking, not taking words back: no attribution (the model's cue "walked back to"
    also took the quotation after the sentence from the speaker before it). "walked back his remarks" stays."""
    directions = _sense_objects().get("walking_back", frozenset())
    for d in list(drafts):
        i = _cue_word_at(toks, d, _WALK_VERBS)
        if i is not None and i + 2 < len(toks) and toks[i + 1].text.lower() == "back" and \
                toks[i + 2].text.lower() in directions:
            drafts.remove(d)


_TRIGGERS.update({
    "_walked_back_to_a_place": _WALK_VERBS,
    "_adopted_instrument": _ADOPT_VERBS,
    "_speaks_for_a_group": _SPEAK_FOR_VERBS,
    "_purpose_of_a_planned_meeting": _MEETING_VERBS,
    "_struck_blow": _STRIKE_VERBS,
    "_issued_alert": _ISSUE_VERBS,
})


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Lower-case place names: ``actor_places.tsv`` and the names and aliases of ``actors.tsv``'s countries
    (their capitals: "New Delhi", "Kuala Lumpur")."""
    out = {r["place"].lower() for r in lexicons.load("actor_places")}
    for r in lexicons.load("actors"):
        if r.get("type") == "country":
            out.add(r["name"].lower())
            out.update(a.strip().lower() for a in r.get("aliases", "").split("|") if a.strip())
    return frozenset(out)


def _dateline_place(label: str) -> bool:
    """Whether an all-capitals label of several words before a colon ("NEW DELHI", "KUALA LUMPUR") is a place,
    the dateline of :func:`_drop_dateline`, and not a transcript's speaker ("JAKE TAPPER")."""
    return label.lower() in _place_names()


# ---- round 12 (branch attr13): the errors of the thirteenth contact (house_articles 116-123) ----------------------

#: verbs of saying that report inside another's indirect content with a subject of their own and either a
#: "that" clause ("the agency had warned villagers in September that the bank was unstable") or a listener and
#: "to" ("two carriers have asked their feeder partners to skip Marrowby")
_NESTED_SPEECH_VERBS = frozenset("warned asked urged told advised assured".split())
_NESTED_REQUEST_VERBS = frozenset("asked urged told advised".split())
_NESTED_AUX = frozenset("had has have".split())
#: tags of the words between a nested verb of saying and its "that": its listener and a time phrase
_NESTED_GAP_TAGS = frozenset("DT PDT CD JJ NN NNS NNP NNPS PRP PRP$ IN POS RB".split())
#: determiners of a listener the tagger reads as conjunctions ("had told both drivers before the race that ...":
#: "both" tagged CC); round 14 (branch attr16)
_PAIR_DETERMINERS = frozenset({"both", "either", "neither"})


def _speech_nested_in_content(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Rahmawati told the Post that the agency had warned villagers in September that the bank was unstable",
    "The Ledger understands that two carriers have asked their feeder partners to skip the port": an indirect
    content that opens with a noun phrase, "had"/"has"/"have" (or none) and a verb of saying of
    ``_NESTED_SPEECH_VERBS`` reports an attribution of its own: that noun phrase is its source, the verb its cue and
    its content the clause after its "that" (a listener and a time phrase between them) or, for a request, the
    listener and "to ..." to the end of the outer content (or to its ", and that ...", which the outer report
    goes on with). The outer content still covers it (as quotes-dev and PolNeAR annotate a nested attribution);
    a cue the model gave the verb without a source takes the noun phrase for source."""
    toks = s.tokens
    tag = None
    for d in list(drafts):
        if d.source is None or not d.content or d.content[0][0] < d.cue[1]:
            continue
        a, b = d.content[0]  # (the first part of a content in parts: "... shuttle bus, … and that ...")
        k = next((n for n, t in enumerate(toks) if t.start >= a), None)
        if k is None or toks[k].text in _QUOTE_MARKS:
            continue
        if toks[k].text.lower() == "that":
            k += 1
        lead = 2 if k + 1 < len(toks) and toks[k].text.lower() == "at" and \
            toks[k + 1].text.lower() in ("least", "most") else 0  # "at least two mainline carriers"
        v = next((n for n in range(k + 1, min(k + 9, len(toks))) if toks[n].end <= b and
                  toks[n].text.lower() in _NESTED_SPEECH_VERBS), None)
        if v is None:
            continue
        # the model's own cue of the verb, without a source ("... that two airlines have asked their pilots to ...")
        own = next((o for o in drafts if _overlaps((toks[v].start, toks[v].end), [o.cue])), None)
        if own is not None and (own.source is not None or not own.content or own.content[0][0] < toks[v].end):
            continue
        if tag is None:
            tag = _pos(s, tags)
        # round 17 (branch attr19): one adverb before the verb ("she had repeatedly warned its owner that ...")
        adverb = 1 if v - 1 > k and tag[v - 1] == "RB" and toks[v - 1].text.lower().endswith("ly") else 0
        e = v - 1 - adverb
        while e >= k and toks[e].text.lower() in _NESTED_AUX:
            e -= 1
        if e < k or v - e > 2 + adverb:
            continue
        subject = range(k + lead, e + 1)
        if not subject or not all(tag[n] in _PLAIN_NP_TAGS or tag[n] == "PRP" for n in subject) or \
                not any(tag[n] in _HEAD_NOUN_TAGS for n in subject):
            continue
        content = None
        that = next((n for n in range(v + 1, min(v + 9, len(toks))) if toks[n].text.lower() == "that"), None)
        if that is not None and all((tag[n] in _NESTED_GAP_TAGS or toks[n].text.lower() in _PAIR_DETERMINERS) and
                                    toks[n].text[:1].isalnum() for n in range(v + 1, that)):
            rest = [t for t in toks[that + 1:] if t.end <= b]
            if len([t for t in rest if t.text[:1].isalnum()]) >= 2:
                content = (rest[0].start, b)
        elif toks[v].text.lower() in _NESTED_REQUEST_VERBS:
            to = next((n for n in range(v + 2, min(v + 7, len(toks) - 1)) if toks[n].text.lower() == "to"), None)
            if to is not None and tag[to + 1] == "VB" and toks[to + 1].end <= b and \
                    all(tag[n] in _PLAIN_NP_TAGS or tag[n] == "PRP" for n in range(v + 1, to)):
                content = (toks[v + 1].start, b)
        if content is None:
            continue
        # ", and that fares would be waived": the outer report goes on, not the nested one
        more = next((n for n in range(v + 2, len(toks) - 1) if toks[n].start >= content[0] and toks[n].end <= b and
                     toks[n].text.lower() in ("and", "but") and toks[n + 1].text.lower() == "that"), None)
        if more is not None:
            cut = more - 1 if toks[more - 1].text == "," else more
            content = (content[0], toks[cut - 1].end)
        if own is not None:
            own.source = (toks[k].start, toks[e].end)
            continue
        nested = Draft(d.sentence, d.idx, (toks[v].start, toks[v].end), (toks[k].start, toks[e].end), [content])
        drafts.insert(drafts.index(d) + 1, nested)


_FINDING_VERBS = frozenset("found finds".split())


def _finding_after_subordinator(s, starts: list[int], drafts: list[Draft],
                                tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Trusts have been told to pause the scheme after an audit found that staff had missed signs of ...": inside
    another attribution's content, a subordinator ("after", "when", "because", ...), a plain noun phrase whose head
    is a source of findings (``finding_sources.tsv``: audit, study, report, researchers) and "found"/"finds" with a
    "that" clause report a finding, an attribution of its own (as :func:`_speech_after_subordinator` does for the
    verbs of saying of ``cues.tsv``, where "found" is not, being too ambiguous alone): the noun phrase is its
    source and the clause after "that", up to the content's end, its content."""
    toks = s.tokens
    tag = None
    for d, i, v, end in _verbs_after_subordinator(s, drafts, _SUBORDINATORS, _FINDING_VERBS, room=2):
        if toks[v + 1].text.lower() != "that" or toks[v - 1].text.lower() not in _finding_sources():
            continue
        tag = tag if tag is not None else _pos(s, tags)
        if not all(tag[n] in _NP_TAGS for n in range(i + 1, v)):
            continue
        rest = [x for x in toks[v + 2:] if x.end <= end]
        if len(rest) < 2:
            continue
        new = Draft(d.sentence, d.idx, (toks[v].start, toks[v].end), (toks[i + 1].start, toks[v - 1].end),
                    [(rest[0].start, rest[-1].end)])
        _insert_by_cue(drafts, new)


#: the last word of a cue that waits for its object: a medium ("wrote on", "said on") or, after a noun of the
#: cue, a listener ("said in a note to"); not a verb's own particle ("pointed to", "agreed with": PolNeAR's cues)
_DANGLING_CUE_PREPOSITIONS = frozenset("to on".split())


def _listener_before_that_out_of_content(s, starts: list[int], drafts: list[Draft],
                                         tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"said in a note to clients that the fare rise ...", "wrote on X that the decision was ...": a cue that ends
    with a preposition whose object the model put at the head of the content ("clients that ...", "X that ...")
    takes that object (up to four words, no verb) and the content starts after its "that" (a preposition the model
    left between cue and content, "said on television that ...", stays out of the cue), when the cue holds a
    verb of saying of the lexicon and "that" opens a clause with a subject (not a relative clause's verb: "on
    controversies that may be harder to sell")."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        k = _token_starting(starts, d.content[0][0])
        if k is None or k < 2:
            continue
        j = k - 1  # the preposition: the cue's last word, or left between the cue and the content ("said on")
        outside = toks[j].start >= d.cue[1]
        if toks[j].text.lower() not in _DANGLING_CUE_PREPOSITIONS or \
                (toks[j - 1].end != d.cue[1] if outside else toks[j].end != d.cue[1]):
            continue
        i = _token_starting(starts, d.cue[0])
        if i is None or toks[j].text.lower() == "to" and j - i < 3:
            continue  # "pointed to reports that ...": "to" of the verb, its object the content's head
        that = next((n for n in range(k + 1, min(k + 5, len(toks))) if toks[n].text.lower() == "that"), None)
        if that is None or that + 2 >= len(toks) or toks[that + 1].start >= d.content[0][1]:
            continue
        if tag is None:
            tag = _pos(s, tags)
        if not all(toks[n].text[:1].isalnum() and tag[n] in _PLAIN_NP_TAGS for n in range(k, that)) or \
                tag[that + 1][:2] in ("VB", "MD") or not _speech_cue(d, toks):
            continue  # "talking points on controversies that may ...": a relative "that"; "focused on": no speech
        if not outside:
            d.cue = (d.cue[0], toks[that - 1].end)
        d.content = [(toks[that + 1].start, d.content[0][1])]


def _listener_after_verb_to_out_of_content(s, starts: list[int], drafts: list[Draft],
                                           tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Chief arbiter Ingrid Vos confirmed to reporters that the result would stand.": a cue "VERB to" (a verb of
    saying of the lexicon: confirmed, explained, admitted, complained, ...) whose content the model began with the
    listener ("reporters that ...": a noun phrase of up to five words or a pronoun, no verb, then "that" and a
    clause with a subject) is the verb alone, and its content starts at "that", as PolNeAR annotates "joked to Federal Reserve Chair
    Janet Yellen that ..." and "reported to the IRS that ..." (:func:`_listener_before_that_out_of_content` leaves
    a cue ending in "to" alone: "pointed to reports that ...")."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        j = _token_ending(toks, starts, d.cue[1])
        if j is None or j < 1 or toks[j].text.lower() != "to" or toks[j - 1].text.lower() not in _verb_cues():
            continue
        k = _token_starting(starts, d.content[0][0])
        if k != j + 1:
            continue
        that = next((n for n in range(k + 1, min(k + 6, len(toks))) if toks[n].text.lower() == "that"), None)
        if that is None or that + 2 >= len(toks) or toks[that + 1].start >= d.content[0][1]:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        if not all(toks[n].text[:1].isalnum() and (tag[n] in _PLAIN_NP_TAGS or tag[n] == "PRP" and that == k + 1)
                   for n in range(k, that)) or tag[that + 1][:2] in ("VB", "MD"):
            continue  # (a pronoun alone: "replied to him that ...")
        d.cue = (d.cue[0], toks[j - 1].end)
        d.content = [(toks[that].start, d.content[0][1])]


def _content_before_trimmed_frame(toks, drafts: list[Draft]) -> None:
    """"... subsidised maize from the Grain Marketing Board (GMB), the minister said yesterday.": a final frame
    whose source the model began inside the clause before its comma (at "the Grain Marketing Board (GMB), the
    minister"), now trimmed to the words after the comma, has no content yet: the clause before the comma is its
    content, from the sentence's start (after a dateline), when no other attribution lies in it and only a short
    setting follows the cue."""
    for d in drafts:
        if d.content or d.source is None or d.source[1] > d.cue[0]:
            continue
        before = [t for t in toks if t.end <= d.source[0]]
        after = [t for t in toks if t.start >= d.cue[1] and t.text[:1].isalnum()]
        if len(before) < 5 or before[-1].text != "," or len(after) > 4 or \
                any(t.text in _QUOTE_MARKS for t in before):
            continue
        opening = _after_dateline(before)
        span = (opening.start if opening is not None else before[0].start, before[-2].end)
        if _overlaps(span, _occupied(drafts, besides=[d])):
            continue
        d.content = [span]


def _content_keeps_its_closing_bracket(text: str, drafts: list[Draft]) -> None:
    """"... subsidised seed from the Grain Board (GB)." : a content that stops right before a closing bracket whose
    opening bracket it holds takes that bracket too (a content never holds half a pair)."""
    for d in drafts:
        for p in list(d.content):
            x, y = p
            if y < len(text) and text[y] == ")" and text.count("(", x, y) > text.count(")", x, y):
                _replace_part(d, p, (x, y + 1))


def _participle_content_to_clause_end(s, starts: list[int], drafts: list[Draft]) -> None:
    """'Analysts said the rally was "mostly about funds," adding that speculators had held a net short position in
    wheat for 19 consecutive weeks.': a participle of saying after a comma (``_SPEECH_PARTICIPLES``) whose
    "that" content stops in the middle of its clause (a word follows it) runs on to the end of the sentence,
    when the words after it hold no quotation mark, no comma and no other attribution."""
    toks = s.tokens
    for d in drafts:
        i = _token_starting(starts, d.cue[0])
        if i is None or i < 2 or toks[i].text.lower() not in _SPEECH_PARTICIPLES or \
                not (toks[i - 1].text == "," or toks[i - 1].text in _QUOTE_MARKS and toks[i - 2].text == ",") or \
                len(d.content) != 1 or d.content[0][0] < d.cue[1]:
            continue
        k = _token_starting(starts, d.content[0][0])
        j = _token_ending(toks, starts, d.content[0][1])
        if k is None or j is None or toks[k].text.lower() != "that" and toks[k - 1].text.lower() != "that":
            continue
        rest = list(toks[j + 1:])
        while rest and rest[-1].text in (".", "!", "?"):
            rest.pop()
        if not rest or not rest[0].text[:1].isalnum() or \
                any(t.text in _QUOTE_MARKS or t.text in (",", ";", ":", "(", ")") or t.text in _DASHES for t in rest) or \
                _overlaps((rest[0].start, rest[-1].end), _occupied(drafts, besides=[d])):
            continue
        d.content = [(d.content[0][0], rest[-1].end)]


def _source_without_leading_comma(toks, starts: list[int], drafts: list[Draft]) -> None:
    """"However, a senior official at the association, who asked not to be identified ..., said": a source whose
    sentence adverb was trimmed ("However") keeps no comma at its start."""
    for d in drafts:
        if d.source is None:
            continue
        k = _token_starting(starts, d.source[0])
        while k is not None and k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].end <= d.source[1]:
            k += 1
        if k is not None and toks[k].start != d.source[0]:
            d.source = (toks[k].start, d.source[1])


#: prepositions after a participle that modifies a subject ("Nurses interviewed for the audit said")
_PARTICIPLE_MODIFIER_PREPOSITIONS = frozenset("by for in at during outside after".split())


def _subject_with_participle_modifier(s, starts: list[int], drafts: list[Draft],
                                      tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Nurses interviewed for the audit said ...", "Residents questioned by the inspectors said ...": a sentence that
    opens with a short noun phrase, a past participle and a prepositional phrase (``_PARTICIPLE_MODIFIER_PREPOSITIONS``)
    before its verb of saying has that whole noun phrase for source, not the noun after the preposition ("the
    audit", "the inspectors"); a cue the model gave the participle ("questioned") is none."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if d.source is None or not _speech_cue(d, toks):
            continue
        c = _token_starting(starts, d.cue[0])
        k = _token_starting(starts, d.source[0])
        if c is None or k is None or c > 14 or d.source[1] > d.cue[0] or k < 3:
            continue
        if tag is None:
            tag = _pos(s, tags)
        p = next((n for n in range(1, min(5, k)) if tag[n] in ("VBN", "VBD") and toks[n].text.islower() and
                  toks[n + 1].text.lower() in _PARTICIPLE_MODIFIER_PREPOSITIONS), None)
        if p is None or p + 2 > k or not all(tag[n] in _PLAIN_NP_TAGS and toks[n].text[:1].isalnum()
                                             for n in range(p)) or tag[p - 1] not in _HEAD_NOUN_TAGS or \
                not all(tag[n] in _PLAIN_NP_TAGS and toks[n].text[:1].isalnum() or toks[n].text.lower() in _TIME_WORDS
                        for n in range(p + 2, c)):
            continue
        e = c - 1
        while e > p + 2 and toks[e].text.lower() in _TIME_WORDS:
            e -= 1  # not the time phrase before the verb ("Workers interviewed at the depot on Monday said")
        d.source = (toks[0].start, toks[e].end)
        for o in [o for o in drafts if o is not d and _overlaps(o.cue, [(toks[p].start, toks[p].end)])]:
            drafts.remove(o)


def _source_after_object_relative(s, starts: list[int], drafts: list[Draft],
                                  tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"..., a move that traders say could cut import demand", "a group of hackers who U.S. officials say is tied to
    ...": a source that runs from a noun phrase over a relative pronoun ("that", "who", "which") to the subject right
    before the cue is that subject alone (PolNeAR's source: "U.S. officials"); the noun phrase before the pronoun is
    what the content is about, not who says it."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        a = _token_starting(starts, d.source[0])
        e = _token_ending(toks, starts, d.source[1])
        if a is None or e is None or e - a < 2:
            continue
        r = next((n for n in range(e - 1, a, -1) if toks[n].text.lower() in ("that", "who", "which")), None)
        if r is None or r == e:
            continue
        if tag is None:
            tag = _pos(s, tags)
        words = [toks[n].text for n in range(r + 1, e + 1)]
        if not all(tag[n] in _PLAIN_NP_TAGS and toks[n].text[:1].isalnum() for n in range(r + 1, e + 1)) or \
                not any(tag[n] in _HEAD_NOUN_TAGS for n in range(r + 1, e + 1)) or \
                not any(tag[n] in _HEAD_NOUN_TAGS for n in range(a, r)) or \
                all(w.lower() in _TIME_WORDS for w in words) or \
                len(words) > 1 and tag[r + 1] in ("NN", "NNS") and words[0].islower():
            continue  # "that evening", "who backs Cruz", "which votes next week": no subject of the cue
        verb = next((w for w in _WORD_RE.findall(_text_of(toks, d.cue).lower()) if not w.endswith("ly")), "")
        if verb not in _single_cues():
            continue  # "chairs that POLITICO interviewed predicted": the relative clause's own verb comes first
        d.source = (toks[r + 1].start, d.source[1])


#: finite verb tags: the verb of a clause's subject
_SUBJECT_VERB_TAGS = frozenset("VBP VBD VBZ MD".split())
#: prepositions that open a subject's post-modifier ("Hospital trusts in the south of England")
_SUBJECT_PREPOSITIONS = frozenset("in of at across from near outside around throughout".split())


def _plural_noun_read_as_cue(s, starts: list[int], drafts: list[Draft],
                             tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Hospital trusts in the south of England have been told to pause ...": a cue that is no verb of saying of
    the lexicon, a word in "s" right after the sentence's first word (its source), whose content opens with a
    prepositional phrase (``_SUBJECT_PREPOSITIONS``) and then the sentence's finite verb ("have been told"), with no "that", comma or quotation
    mark between, is the head noun of the sentence's subject ("Hospital trusts"): no attribution."""
    toks = s.tokens
    tag = None
    for d in list(drafts):
        if d.source is None or not d.content or _speech_cue(d, toks):
            continue
        c = _token_starting(starts, d.cue[0])
        if c != 1 or toks[c].end != d.cue[1] or not toks[c].text.endswith("s") or not toks[c].text.islower() or \
                d.source != (toks[0].start, toks[0].end) or not toks[0].text[:1].isupper() or \
                toks[0].text.lower() in _PRONOUNS or len(toks) < 5 or toks[2].text.lower() not in _SUBJECT_PREPOSITIONS:
            continue  # ("Guardian hopes that ...": a verb and its clause)
        if tag is None:
            tag = _pos(s, tags)
        v = next((n for n in range(3, min(len(toks), 12)) if tag[n] in _SUBJECT_VERB_TAGS or
                  toks[n].text.lower() in ("that", ",") or toks[n].text in _QUOTE_MARKS), None)
        if v is None or tag[v] not in _SUBJECT_VERB_TAGS or \
                not all(tag[n] in _PLAIN_NP_TAGS or tag[n] == "IN" for n in range(3, v)):
            continue
        drafts.remove(d)


_TRIGGERS.update({
    "_source_after_object_relative": frozenset({"that", "who", "which"}),
    "_plural_noun_read_as_cue": _SUBJECT_PREPOSITIONS,
    "_source_without_leading_comma": frozenset({","}),
    "_subject_with_participle_modifier": _PARTICIPLE_MODIFIER_PREPOSITIONS,
    "_speech_nested_in_content": _NESTED_SPEECH_VERBS,
    "_finding_after_subordinator": _FINDING_VERBS,
    "_listener_before_that_out_of_content": frozenset({"that"}),
    "_listener_after_verb_to_out_of_content": frozenset({"to"}),
    "_content_before_trimmed_frame": frozenset({","}),
    "_content_keeps_its_closing_bracket": frozenset({")"}),
    "_participle_content_to_clause_end": _SPEECH_PARTICIPLES,
})


# ---- round 13 (branch attr15): the leftovers of the thirteenth contact (house_articles 116-123) -------------------

_BLAME_VERBS = frozenset("blame blames blamed blaming".split())


def _blame_read_forwards(s, starts: list[int], drafts: list[Draft],
                         tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Residents, however, blamed the miners.": a cue of blame whose source the model took after it (the object,
    "the miners") and whose content before it (the subject) is read backwards: the one who blames is the source
    (PolNeAR: "Mike Pence blamed ...", "He blamed ...", the subject before the verb in every train cue of blame with
    a source), the subject before the verb without a sentence adverb between commas ("Residents, however,"), and
    the object after the verb to the clause's end its content."""
    toks = s.tokens
    for d in drafts:
        if d.source is None or d.source[0] < d.cue[1]:
            continue
        i, e = _token_starting(starts, d.cue[0]), _token_ending(toks, starts, d.cue[1])
        if i is None or e is None or i < 1:
            continue
        v = i
        while v <= e and (toks[v].text.lower() in _AUX or toks[v].text.lower().endswith("ly")):
            v += 1
        if v != e or toks[v].text.lower() not in _BLAME_VERBS:
            continue
        end = next((n for n in range(v + 1, len(toks)) if toks[n].text in _CLAUSE_END or toks[n].text in _DQ),
                   len(toks))
        if end <= v + 1:
            continue
        k0 = 1 if toks[0].text.lower() in _LEADING else 0
        b = i - 1
        if toks[b].text == "," and b - 2 >= k0 and toks[b - 2].text == "," and \
                toks[b - 1].text.lower() in _LEADING | {"though", "too", "meanwhile", "instead"}:
            b -= 3  # "Residents, however, blamed": the adverb between commas is no part of the source
        tag = _pos(s, tags)
        subject = range(k0, b + 1)
        if not subject or any(tag[n] in _FINITE or toks[n].text in _DQ or toks[n].text.lower() in _RELATIVE
                              for n in subject) or not any(tag[n] in _HEAD_NOUN_TAGS for n in subject):
            continue
        source, content = (toks[k0].start, toks[b].end), (toks[v + 1].start, toks[end - 1].end)
        if _overlaps(content, _occupied(drafts, besides=[d])) or _overlaps(source, _occupied(drafts, besides=[d])):
            continue
        d.source, d.content = source, [content]


def _frame_after_coordinated_clause(s, drafts: list[Draft], tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The mayor said the road would reopen in May, and the town would lose cheap loans from the Regional
    Development Bank (RDB), officials said.": a final frame (a source right before its cue after a comma, only a
    short setting after the cue) left without content (or with one run over the other attribution's cue), because
    another attribution's content ran on towards the frame's comma over a ", and"/", but" that opens a clause of
    its own (a subject and a finite verb), reports that last clause up to its comma: it is the frame's content,
    and the other content ends before its ", and". Not when the other report is in the past perfect ("Clinton had
    told police that ..., but the NYPD overruled that request, the source added": PolNeAR dev's one case, where
    the frame reports the whole sentence)."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0] or \
                d.content and not any(o is not d and _overlaps(o.cue, d.content) for o in drafts):
            continue  # (a content the model ran over the other attribution's cue is none either)
        before = [n for n, t in enumerate(toks) if t.end <= d.source[0]]
        after = [t for t in toks if t.start >= d.cue[1] and t.text[:1].isalnum()]
        if len(before) < 5 or toks[before[-1]].text != "," or len(after) > 4:
            continue
        comma = before[-1]
        for o in drafts:
            if o is d or not o.content or o.content[-1][0] < o.cue[1]:
                continue
            x, y = o.content[-1]
            if y > toks[comma].start:
                continue
            c = next((n for n, t in enumerate(toks) if t.start >= o.cue[0]), None)
            if c is None or c > 0 and toks[c - 1].text.lower() == "had" or "had" in _text_of(toks, o.cue).lower().split():
                continue  # "Clinton had told police that ..., but the NYPD overruled it, the source added": the
                #           past perfect report is background to the frame, which reports the whole sentence
            j = next((n for n in range(comma - 2, 0, -1) if x <= toks[n].start < y and toks[n - 1].text == "," and
                      toks[n].text.lower() in ("and", "but")), None)
            if j is None or j + 3 > comma or any(toks[n].text in _QUOTE_MARKS for n in range(j, comma)):
                continue
            tag = tag if tag is not None else _pos(s, tags)
            verb = next((n for n in range(j + 2, comma) if tag[n] in _FINITE_TAGS), None)
            if verb is None or not all(tag[n] in _PLAIN_NP_TAGS or tag[n] == "PRP" for n in range(j + 1, verb)):
                continue
            span = (toks[j + 1].start, toks[comma - 1].end)
            if _overlaps(span, _occupied(drafts, besides=[d, o])):
                continue
            _replace_part(o, o.content[-1], (x, toks[j - 2].end))
            d.content = [span]
            break


_TRIGGERS.update({
    "_blame_read_forwards": _BLAME_VERBS,
    "_frame_after_coordinated_clause": frozenset({"and", "but"}),
})


# ---- round 15 (branch attr17): the errors of the fifteenth contact (house_articles 132-139) -------------------------

#: words that open a description set before a name in a final frame ("..., its owner, Anna Berg, said.")
_DESCRIPTION_OPENERS = frozenset("a an the its his her their our".split())
#: the tags of a description's words: a noun phrase, with a preposition's ("a spokesman for the operator")
_DESCRIPTION_TAGS = _PLAIN_NP_TAGS | {"IN", "NNPS"}


def _description_before_final_name(s, starts: list[int], drafts: list[Draft],
                                   tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The ferry will not sail again this winter, a spokesman for the operator, Ian Gray, said.": a final frame
    whose source is a name set off by commas, after a content that ends on a description of that name (a noun
    phrase after the clause's last comma, opened by a determiner or a possessive: "its owner", "the operator's
    spokesman"), has the description and the name for its source, as PolNeAR draws such sources and as the model
    draws them when it sees the description ("the company's chief executive, Tom Reid,"); the content is the
    clause before it."""
    toks = s.tokens
    tag = None
    for d in drafts:
        if d.source is None or not d.content or d.cue[0] < d.source[1] or len(d.content) != 1:
            continue
        x, y = d.content[0]
        n0 = _token_starting(starts, d.source[0])
        if n0 is None or n0 < 6 or toks[n0 - 1].text != "," or y > toks[n0 - 1].start or y < toks[n0 - 2].end:
            continue  # the content runs right up to the comma before the name
        if not all(t.text[:1].isupper() for t in toks[n0:_token_ending(toks, starts, d.source[1]) + 1]
                   if t.text[:1].isalnum()):
            continue
        c = next((k for k in range(n0 - 2, max(n0 - 10, 0), -1) if toks[k].text == ","), None)
        if c is None or c < 3 or toks[c].start < x or toks[c + 1].text.lower() not in _DESCRIPTION_OPENERS and \
                not (c + 2 < n0 and toks[c + 2].text in ("'s", "’s")):
            continue
        tag = tag if tag is not None else _pos(s, tags)
        if not all(tag[k] in _DESCRIPTION_TAGS for k in range(c + 1, n0 - 1)) or tag[n0 - 2] not in _NOUN_TAGS or \
                not any(tag[k] in _FINITE_TAGS for k in range(_token_starting(starts, x) or 0, c)):
            continue
        d.source = (toks[c + 1].start, d.source[1])
        d.content = [(x, toks[c - 1].end)]


# ---- round 16 (branch attr18): the errors of the sixteenth contact (house_articles 140-147) -------------------------

def _participle_after_subject_in_content(s, starts: list[int], drafts: list[Draft],
                                         tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Fishing companies say a 20% cut to the quota announced on Monday will cost 900 jobs.": a past participle
    that modifies the last noun of a content which is only a noun phrase so far (no verb of its own), with a
    finite verb after it before any comma (the content's own verb), is no cue without source or content of its
    own: it goes, and the content runs on over it to the sentence's end (the clause the cue reports)."""
    toks = s.tokens
    tag = None
    for o in list(drafts):
        if o.source is not None or o.content:
            continue
        i = _token_starting(starts, o.cue[0])
        if i is None or i < 2 or toks[i].end != o.cue[1] or not toks[i].text.lower().endswith("ed"):
            continue
        d = next((x for x in drafts if x is not o and len(x.content) == 1 and x.content[0][1] == toks[i - 1].end and
                  x.cue[1] <= x.content[0][0]), None)
        if d is None:
            continue
        tag = tag if tag is not None else _pos(s, tags)
        a = _token_starting(starts, d.content[0][0])
        last = len(toks) - 1
        while last > i and not toks[last].text[:1].isalnum():
            last -= 1
        if a is None or tag[i - 1] not in _NOUN_TAGS or tag[i] not in ("VBD", "VBN") or \
                any(tag[k].startswith("VB") or tag[k] == "MD" for k in range(a, i)):
            continue
        rest = range(i + 1, last + 1)
        verb = next((k for k in rest if tag[k] in _FINITE), None)
        if verb is None or any(toks[k].text in (",", ";", ":", "(", "—", "–") or toks[k].text in _DQ
                               for k in range(i + 1, verb)) or \
                any(toks[k].text in _DQ or toks[k].text == ";" for k in rest) or \
                any(x is not d and x is not o and _overlaps((toks[i].start, toks[last].end), x.spans())
                    for x in drafts):
            continue
        drafts.remove(o)
        d.content = [(d.content[0][0], toks[last].end)]


_CLAUSE_PRONOUNS = frozenset("he she they we i it".split())


def _opens_pronoun_clause(tail) -> bool:
    """"Colombian climber Andres Pineda, third overall, admitted he had suffered in the heat, which reached 38C.": do
    the words after a cue open with a subject pronoun and a word after it (a that-less clause, the content; "...,
    said he." alone is an inverted speaker)? :func:`_speaker_after_cue` reads such a clause as the speaker when a
    capital stands in it ("38C"), and :func:`_speaker_before_asides` then puts the two back in their places."""
    return len(tail) > 1 and tail[0].text.lower() in _CLAUSE_PRONOUNS and tail[1].text[:1].isalpha()


#: the words of a time aside after a final frame: ", a week after ...", ", two days before ...", ", hours after ..."
_TIME_ASIDE_UNITS = frozenset("hour hours day days week weeks month months year years".split())
_TIME_ASIDE_LINKS = frozenset({"after", "before"})


def _frame_before_time_aside(s, starts: list[int], drafts: list[Draft],
                             tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"The museum will return 23 masks next year, its board announced on Wednesday, a week after curators called
    for their restitution.": a frame ", SOURCE VERB [setting]," between a clause and an aside that dates it
    (", a week after ...", ", two days before ...", ", hours after ...") reports that clause, from the sentence's
    start, not the words after its verb (the model took "on Wednesday, a week after ..." for content); as
    :func:`_frame_before_move_aside` does before ", in a move ..."; an attribution inside the aside stays."""
    toks = s.tokens
    if not drafts:
        return
    m = next((n for n in range(5, len(toks)) if toks[n].text.lower() in _TIME_ASIDE_LINKS and
              toks[n - 1].text.lower() in _TIME_ASIDE_UNITS), None)
    if m is None:
        return
    c2 = m - 2 if toks[m - 2].text == "," else m - 3
    if c2 < 3 or toks[c2].text != "," or toks[c2 + 1].text == ",":
        return
    _frame_before_aside(s, drafts, tags, _aside_frame(s, tags, c2))


_TRIGGERS.update({"_frame_before_time_aside": _TIME_ASIDE_LINKS})


# ---- branch polnear18: nested attributions (issue 11, PolNeAR's cue recall) -----------------------------------------
# PolNeAR never nests one attribution in another's content (no gold cue of train's 919 or dev's 94 annotation files
# lies inside another gold content): where a second attribution starts inside what the tagger read as one content,
# the annotators end the first content before it and annotate the second beside it (`benchmarks/nested_cues.py`).

_BARE_MODIFIER_TAGS = frozenset("NN NNS JJ JJR JJS".split())  # after a participle that is an adjective


def _participle_after_content_comma(text: str, s, starts: list[int], drafts: list[Draft],
                                    tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Clinton rejected Mr. Sanders's attack on her qualifications, calling it the mark of a desperate
    candidate.": a participle (-ing, tagged VBG) that the model labelled a cue, right after the comma that ends
    the content of a sourced cue before it, is an attribution of its own with that cue's source, as PolNeAR
    annotates it (the participle's subject is the clause's); left without a source, the content of the cue
    before it would swallow it (:func:`_content_to_clause_end` keeps only cues of the lexicon, and the participles
    of the lexicon already keep theirs: :func:`_participle_shares_source`). Not a participle before a bare noun or
    adjective ("the high cost of childcare, mounting student debt"), nor inside a quotation."""
    toks = s.tokens
    tag = None
    lexicon = _single_cues()
    for o in drafts:
        if o.source is not None:
            continue
        i = _token_starting(starts, o.cue[0])
        if i is None or i < 3 or i + 1 >= len(toks) or toks[i - 1].text != "," or o.cue[1] != toks[i].end or \
                not toks[i].text.lower().endswith("ing") or toks[i].text.lower() in lexicon:
            continue
        before = [d for d in drafts if d is not o and d.cue[1] <= toks[i - 1].start]
        if not before:
            continue
        d = max(before, key=lambda x: x.cue[0])
        if d.source is None or d.source[0] > d.cue[0] or not d.content or min(d.content)[0] < d.cue[1] or \
                max(b for _, b in d.content) > toks[i - 1].start or _inside_quotes(text, d.cue[1], toks[i].start):
            continue
        if text[d.cue[1]:toks[i].start].count("''") % 2:
            continue  # inside a quotation opened by two apostrophes (the New York Times' ''...'')
        tag = tag if tag is not None else _pos(s, tags)
        if tag[i] != "VBG" or tag[i + 1] in _BARE_MODIFIER_TAGS:
            continue
        o.source = d.source


_HAVE_FORMS = frozenset("has have had 've 'd ’ve ’d having".split())


def _bare_participle_read_as_past(toks, tag: Sequence[str], i: int, j: int, host_end: int) -> bool:
    """"Biden complained about the dour tone of the primary but defended Sanders": the tagger's VBN for a
    past tense right after "and"/"but" (token ``j``), with no auxiliary between (:func:`_coordinated_cue_keeps_source`
    skips auxiliaries and adverbs up to the cue's first word ``i``) and no "have" from the first token after the
    first cue (``host_end``) to "and": "said it had appointed two mediators and called on both parties" shares
    the perfect of the content's own subject. PolNeAR train: 9 texts change, 10 cues become gold-exact."""
    return tag[i] == "VBN" and not any(toks[k].text.lower() in _AUX - _ADVERBS for k in range(j + 1, i)) and \
        not any(toks[k].text.lower() in _HAVE_FORMS for k in range(host_end, j))


def _main_cue_after_relative_aside(s, starts: list[int], drafts: list[Draft],
                                   tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Petrilli, who thinks the administration made a power grab, called the new law “much better”": a cue the
    model found without a source as the finite verb right after the comma that closes a relative clause set off
    by commas after a short opening noun phrase ("who" or "which" the relative cue's source) is the main
    clause's, and that noun phrase is its source, as PolNeAR annotates it; left without one, the relative cue's
    content would swallow it (:func:`_content_to_clause_end`). :func:`_main_verb_after_relative_speech` does the
    same later for a verb of the cue lexicon, which that content does not swallow."""
    toks = s.tokens
    for r in drafts:
        if r.source is None or _text_of(toks, r.source).lower() not in ("who", "which"):
            continue
        found = _verb_after_relative_aside(s, starts, r, tags)
        if found is None:
            continue
        w, cue_end, comma, v = found
        if any(t.text in _QUOTE_MARKS for t in toks[cue_end:comma]):
            continue
        main = next((o for o in drafts if o is not r and o.cue[0] >= toks[comma].end and
                     _overlaps((toks[v].start, toks[v].end), [o.cue])), None)
        if main is not None and main.source is None and not _speech_cue(main, toks):
            main.source = (toks[0].start, toks[w - 2].end)


_TRIGGERS.update({"_relative_aside_before_final_frame": _ASIDE_RELATIVES,
                  "_inverted_frame_over_content": _INVERTED_SPEECH_VERBS,
                  "_coordinated_speech_verb_in_content": frozenset({"and"}),
                  "_unseen_verb_before_and_speech": frozenset({"and"})})


# ---- branch repro18: the passes meet the labels of the model `newslib train attribution` writes (md5 7cc9670c) -----

def _participle_tail_out_of_frame_content(toks, drafts: list[Draft]) -> None:
    """"Repairs to the pier will take six more weeks, the Transport Department said on Saturday, leaving commuters to
    rely on crowded buses.": the participle clause after a final frame ", source cue (time phrase)," is the writer's,
    no content of the cue (:func:`_participle_tail`); a content the model put there alone goes, so that the cue
    takes the clause before its source (:func:`_content_for_bare_cue`), as PolNeAR draws such frames."""
    for d in drafts:
        if d.source is None or not d.content or d.source[1] > d.cue[0] or min(d.content)[0] < d.cue[1]:
            continue
        before = [t for t in toks if t.end <= d.source[0]]
        if len(before) < 5 or before[-1].text != ",":
            continue
        after = [t for t in toks if t.start >= d.cue[1]]
        if not _participle_tail(after):
            continue
        participle = after[next(n for n, t in enumerate(after) if t.text == ",") + 1]
        if min(d.content)[0] >= participle.start:
            d.content = []


_TRIGGERS["_participle_tail_out_of_frame_content"] = frozenset({","})


#: words a name may hold between its capitalized words ("the Centers for Disease Control", "Department of Health")
_NAME_JOINERS = frozenset("of for and on the".split())


def _source_to_its_opening_bracket(toks, drafts: list[Draft]) -> None:
    """"..., the Taiwan Centers for Disease Control (CDC) said Tuesday.": a source that closes a bracket it does not
    open (the model labelled only "CDC)") is the name before the bracket with the bracket: it runs back to the "("
    and over the capitalized name before it (joined by "of", "for", "and", after a "the"), as PolNeAR draws it."""
    for d in drafts:
        if d.source is None:
            continue
        inside = [t for t in toks if d.source[0] <= t.start and t.end <= d.source[1]]
        if not inside or sum(t.text == ")" for t in inside) <= sum(t.text == "(" for t in inside):
            continue
        n = toks.index(inside[0])
        k = next((k for k in range(n - 1, max(n - 6, -1), -1) if toks[k].text in ("(", ",", ")")), None)
        if k is None or toks[k].text != "(" or k == 0:
            continue
        a = k
        while a > 0 and (toks[a - 1].text[:1].isupper() or toks[a - 1].text.lower() in _NAME_JOINERS):
            a -= 1
        while a < k and toks[a].text.lower() in _NAME_JOINERS and toks[a].text.lower() != "the":
            a += 1  # (a name opens with a capitalized word or "the")
        if a == k or not any(t.text[:1].isupper() for t in toks[a:k]):
            continue
        d.source = (toks[a].start, d.source[1])


_TRIGGERS["_source_to_its_opening_bracket"] = frozenset({")"})
_TRIGGERS["_description_source_takes_its_name"] = frozenset({","})
_TRIGGERS["_agent_of_aside_participle"] = frozenset({"by"})
_TRIGGERS["_coordinated_speech_clause_out_of_content"] = frozenset({"and", "but"})


def _description_source_takes_its_name(toks, drafts: list[Draft]) -> None:
    """"The National President of CAPAN, Chief Emeka Obiora, who spoke at a briefing on Tuesday, said ...": a source
    that the model ended on a description before the name set off by commas after it (the cue right after the name's
    comma, or after a "who" aside closed by a comma) takes the name and the aside, as PolNeAR draws such sources ("the
    White House press secretary, Josh Earnest," is one source in train 26 times out of 26 of this shape; a "who" aside
    before the cue is inside the source 113 times, outside 87, and :func:`_source_across_asides` takes it in too)."""
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        k = next((n for n, t in enumerate(toks) if t.start >= d.source[1]), None)
        if k is None or toks[k].text != ",":
            continue
        m = k + 1
        while m < len(toks) and m - k <= 5 and toks[m].text[:1].isupper() and toks[m].end <= d.cue[0]:
            m += 1
        if m == k + 1 or m - k > 5 or m >= len(toks) or toks[m].text != "," or m + 1 >= len(toks):
            continue
        end = toks[m - 1].end
        if toks[m + 1].start != d.cue[0]:
            if toks[m + 1].text.lower() != "who":
                continue
            c = next((n for n in range(m + 2, len(toks)) if toks[n].text == ","), None)
            if c is None or c + 1 >= len(toks) or toks[c + 1].start != d.cue[0]:
                continue
            end = toks[c - 1].end
        d.source = (d.source[0], end)


def _agent_of_aside_participle(toks, drafts: list[Draft]) -> None:
    """"The audit, commissioned by the board and seen by The Clinical Record, found that ...": a participle of a
    report's aside (:data:`_REPORT_ASIDE_PARTICIPLES`) whose source the model drew as its "by" agent, ending at the
    comma that closes the aside right before another cue, is no speaker's cue with its own clause: the agent goes, so
    that the participle takes none of the main verb's clause (:func:`_content_for_bare_cue`) and the main verb gets
    the subject before the aside (:func:`_subject_before_asides_with_cues`)."""
    for d in drafts:
        if d.source is None or d.content or d.source[0] < d.cue[1]:
            continue
        cue = [t for t in toks if d.cue[0] <= t.start and t.end <= d.cue[1]]
        if len(cue) != 1 or cue[0].text.lower() not in _REPORT_ASIDE_PARTICIPLES:
            continue
        n = toks.index(cue[0])
        if n + 1 >= len(toks) or toks[n + 1].text.lower() != "by" or n == 0 or \
                toks[n - 1].text.lower() not in ("and", ","):
            continue
        c = next((k for k in range(n + 2, len(toks)) if toks[k].text == ","), None)
        if c is None or c + 1 >= len(toks) or d.source[1] > toks[c].end or \
                not any(o is not d and o.cue[0] == toks[c + 1].start for o in drafts):
            continue
        d.source = None


def _cue_without_participle_after_its_noun(toks, drafts: list[Draft]) -> None:
    """"..., the minister said in a statement carried by the Jordan News Agency, Petra.": a cue the model ran on from
    its verb over a speech noun ("said in a statement", 38 cues of PolNeAR train) to the participle that modifies
    that noun ("carried", "published": :data:`_REPORT_ASIDE_PARTICIPLES`) ends at the noun when its content comes
    before it; the participle's "by" agent is the medium, not the speaker (:func:`_passive_agent_source` would read
    it as a passive cue's agent)."""
    for d in drafts:
        if not d.content or any(b > d.cue[0] for _, b in d.content):
            continue  # ("said in a statement released by the campaign the report merits ...": PolNeAR's cue runs on)
        cue = [t for t in toks if d.cue[0] <= t.start and t.end <= d.cue[1]]
        if len(cue) < 3 or cue[-1].text.lower() not in _REPORT_ASIDE_PARTICIPLES or \
                cue[-2].text.lower() not in _speech_nouns():
            continue
        d.cue = (d.cue[0], cue[-2].end)


#: subjects of a coordinated clause of speech inside a content ("..., and some tell KXYZ they ...")
_COORDINATED_SPEECH_SUBJECTS = frozenset("he she they we i some many others most several both few all the a an his her "
                                         "their its other".split())
_COORDINATED_SPEECH_VERBS = frozenset("say says said tell tells told".split())
_LISTENER_PRONOUNS = frozenset("me us him her them reporters".split())
_AUXILIARIES = _BE | _MODAL_OPENERS | frozenset("has have had shall do does did not".split())


def _coordinated_speech_clause_out_of_content(toks, drafts: list[Draft]) -> None:
    """"Tenants at the complex say they have gone nine days without hot water, and some tell KXYZ they are now heating
    bath water on their stoves.", "Republicans said they were convinced ... and Democrats accused the GOP of ...": a
    content after a speech verb's cue that runs over "and" (or "but", with or without a comma before it) + a subject of
    a few words + "say"/"tell" (with its listener) or a verb of the cue lexicon is two attributions, as PolNeAR draws
    them (each token has one role): the content ends before the comma or the "and", and the second verb is a cue with
    that subject for source and the rest of the sentence (after a "that") for content."""
    for d in list(drafts):
        if not d.content or min(d.content)[0] < d.cue[1] or \
                not any(t.text.lower() in _verb_cues() for t in toks if d.cue[0] <= t.start and t.end <= d.cue[1]):
            continue  # (not "According to the FBI summary, X sent ..., and X and Y told investigators ...": one report)
        x, y = min(d.content)[0], max(b for _, b in d.content)
        inside = [n for n, t in enumerate(toks) if x <= t.start and t.end <= y]
        for n in inside:
            if toks[n].text.lower() not in ("and", "but") or n == 0:
                continue
            cut = n - 1 if toks[n - 1].text == "," else n  # the first token out of the content
            v = next((m for m in range(n + 2, min(n + 5, len(toks)))
                      if toks[m].text.lower() in _COORDINATED_SPEECH_VERBS
                      or toks[m].text.lower() in _verb_cues() and not toks[m].text.endswith("ing")), None)
            subject = toks[n + 1:v] if v is not None else []
            if not subject or not toks[v].text.islower() or not all(t.text.isalpha() for t in subject) or \
                    not (subject[0].text.lower() in _COORDINATED_SPEECH_SUBJECTS or subject[0].text[:1].isupper()) or \
                    subject[0].text.lower() in ("i", "we") or \
                    any(t.text.endswith("ly") or t.text.lower() in _AUXILIARIES for t in subject):
                continue  # (not the speaker's own "and I think ...", "— and Sanders presumably believes —", "X and
                # Putiki had been told to ...")
            if any(t.text in _DQ or t.text in _DASHES for t in toks[inside[0]:n]):
                break  # (a quotation's words, or an aside: "... if you go to a wedding and they announce ...")
            e = v
            if toks[v].text.lower() in _TELL and v + 1 < len(toks) and toks[v + 1].text.lower() in _LISTENER_PRONOUNS:
                e = v + 1
            elif toks[v].text.lower() in _TELL:  # the listener's name ("tell KXYZ", "told Radio Kent")
                while e + 1 < len(toks) and e - v < 4 and toks[e + 1].text[:1].isupper():
                    e += 1
            rest = [t for t in toks[e + 1:] if t.text[:1].isalnum()]
            if len(rest) < 3 or any(o is not d and o.cue[0] >= toks[cut].start for o in drafts):
                break
            first = e + 1 + (toks[e + 1].text.lower() == "that")
            last = len(toks)
            while last > first and not toks[last - 1].text[:1].isalnum() and toks[last - 1].text not in _DQ:
                last -= 1
            d.content = [(a, min(b, toks[cut - 1].end)) for a, b in d.content if a < toks[cut].start]
            _insert_by_cue(drafts, Draft(d.sentence, d.idx, (toks[v].start, toks[e].end),
                                         (subject[0].start, subject[-1].end),
                                         [(toks[first].start, toks[last - 1].end)]))
            break


#: prepositions and nouns of the medium a cue's words came through ("apologised in a video posted on its website")
_MEDIUM_PREPOSITIONS = frozenset("in on at via during through".split())
_MEDIUM_NOUNS = frozenset("video videos statement interview post posts podcast broadcast letter conference briefing "
                          "speech message tweet email note blog website".split())


def _medium_phrase_is_no_content(toks, drafts: list[Draft]) -> None:
    """"Corella's chief executive apologised in a video posted on the company's website.": a content the passes gave a
    cue whose source opens the sentence, from the words right after the cue, that is only the medium of its words (a
    preposition, a noun of :data:`_MEDIUM_NOUNS` among the next three words, and what modifies it; no "that", no
    quotation mark, no comma) is none: PolNeAR puts the medium in the cue ("said in a statement") or nowhere, never in
    the content."""
    for d in drafts:
        if len(d.content) != 1 or d.content[0][0] < d.cue[1] or d.source is None or d.source[0] != toks[0].start:
            continue  # (only a source opening the sentence: no clause before it for the frame passes to give it)
        words = [t for t in toks if d.content[0][0] <= t.start and t.end <= d.content[0][1]]
        if len(words) < 2 or words[0].text.lower() not in _MEDIUM_PREPOSITIONS or \
                not any(t.text.lower() in _MEDIUM_NOUNS for t in words[1:4]) or \
                any(t.text.lower() == "that" or t.text in _DQ or t.text == "," for t in words):
            continue
        if any(d.cue[1] <= t.start and t.end <= words[0].start for t in toks):
            continue  # (only when the content starts right after the cue)
        d.content = []


_TRIGGERS["_medium_phrase_is_no_content"] = _MEDIUM_PREPOSITIONS


def _report_aside_participle_is_no_cue(toks, drafts: list[Draft]) -> None:
    """"The draft text, seen by Climate Ledger, contains three options ...": a participle of a report's aside
    (:data:`_REPORT_ASIDE_PARTICIPLES` + "by", between commas) that the model gave the noun phrase opening the sentence
    for source is no cue: the noun phrase is the subject of the verb after the aside, and what was seen or obtained
    is no one's words (:func:`_passive_agent_source` would make the agent its speaker and the sentence its content)."""
    for d in list(drafts):
        if d.source is None or d.source[0] != toks[0].start or d.source[1] > d.cue[0]:
            continue
        cue = [t for t in toks if d.cue[0] <= t.start and t.end <= d.cue[1]]
        if len(cue) != 1 or cue[0].text.lower() not in _REPORT_ASIDE_PARTICIPLES:
            continue
        n = toks.index(cue[0])
        if n < 2 or toks[n - 1].text != "," or n + 1 >= len(toks) or toks[n + 1].text.lower() != "by" or \
                toks[n - 2].end > d.source[1] + 1:
            continue  # (the source runs up to the aside's opening comma)
        c = next((k for k in range(n + 2, len(toks)) if toks[k].text == ","), None)
        if c is None or c + 1 >= len(toks) or not toks[c + 1].text.isalpha() or \
                any(o is not d and o.cue[0] <= toks[c + 1].start < o.cue[1] for o in drafts):
            continue  # (a cue after the aside: _agent_of_aside_participle)
        drafts.remove(d)


_TRIGGERS["_report_aside_participle_is_no_cue"] = frozenset({"by"})


#: a refusal to comment coordinated after a speaker's content ("said that ... and did not comment on ...")
_REFUSAL_CUE = re.compile(r"(?:did\s+not|didn't|didn’t|would\s+not|wouldn't|wouldn’t|declined\s+to|refused\s+to)\s+"
                          r"(?:comment|elaborate|respond)\b", re.I)


def _refusal_joins_the_content_before(text: str, toks, drafts: list[Draft]) -> None:
    """"Andes Keel said in an emailed statement that it "regularly reviews all of its assets" and did not comment on
    specific documents.": a refusal to comment joined by "and" to a content, with no subject of its own, is what the
    speaker's statement said and did: the content runs on over it, as the unseen-news guideline has it (the shipped
    model gave it no cue; PolNeAR train holds no such sentence)."""
    for o in list(drafts):
        if not _REFUSAL_CUE.match(text, o.cue[0]):
            continue
        k = next((n for n, t in enumerate(toks) if t.start >= o.cue[0]), None)
        if k is None or k == 0 or toks[k - 1].text.lower() != "and":
            continue
        joint = toks[k - 1].start
        d = next((d for d in drafts if d is not o and d.content and d.cue[1] <= min(d.content)[0] and
                  not text[max(b for _, b in d.content):joint].strip(" " + "".join(_DQ))), None)
        if d is None or o.source is not None and o.source != d.source:
            continue
        end = max([b for _, b in o.content] + [o.cue[1]])
        last = max(d.content, key=lambda p: p[1])
        _replace_part(d, last, (last[0], end))
        drafts.remove(o)


_TRIGGERS["_refusal_joins_the_content_before"] = frozenset({"and"})


def _date_alone_is_no_content(toks, drafts: list[Draft]) -> None:
    """"This report by The Canadian Press was first published Dec. 3, 2026.": a cue whose only content is a date (a
    month or a day's name, numbers, commas) reports no words: the publication note of a wire story is the page's, no
    attribution (PolNeAR's contents are clauses and noun phrases that say something, never a bare date)."""
    for d in list(drafts):
        if not d.content:
            continue
        words = [t for t in toks if any(a <= t.start and t.end <= b for a, b in d.content)]
        if words and all(t.text.lower() in _CUE_TIME_MONTHS or t.text.lower() in _CUE_TIME_DAYS or t.text.isdigit()
                         or t.text in (",", ".") for t in words) and \
                any(t.text.lower() in _CUE_TIME_MONTHS for t in words):
            drafts.remove(d)
_TRIGGERS["_date_alone_is_no_content"] = _CUE_TIME_MONTHS


#: subordinators that open a clause before its subject ("since" and "once" are adverbs too: "who has since called")
_CLAUSE_SUBORDINATORS = frozenset("after when because before while until".split())


def _source_after_subordinator(toks, drafts: list[Draft]) -> None:
    """"Two councils were told to repay the grants after an audit found that the money had been spent on consultants":
    a source right before its cue that the model ran back over a subordinator ("after", "when", "because": the
    clause the cue's own clause depends on) is the noun phrase after the subordinator, the cue's subject (as
    :func:`_finding_after_subordinator` draws it when the model gives no cue)."""
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        inside = [n for n, t in enumerate(toks) if d.source[0] <= t.start and t.end <= d.source[1]]
        if len(inside) < 3 or inside[-1] + 1 >= len(toks) or toks[inside[-1] + 1].start != d.cue[0]:
            continue  # (the source runs up to the cue)
        sub = next((n for n in reversed(inside[1:-1]) if toks[n].text.lower() in _CLAUSE_SUBORDINATORS), None)
        if sub is None or inside[-1] - sub > 5 or \
                any(not toks[n].text[:1].isalnum() for n in range(sub + 1, inside[-1] + 1)) or \
                not (toks[sub + 1].text[:1].isupper() or toks[sub + 1].text.lower() in _DESCRIPTION_OPENERS):
            continue  # (a noun phrase after it: a determiner or a name, not "who has since called on ...")
        d.source = (toks[sub + 1].start, d.source[1])


_TRIGGERS["_source_after_subordinator"] = _CLAUSE_SUBORDINATORS


def _second_apposition_out_of_named_source(toks, drafts: list[Draft]) -> None:
    """"Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said ...": a
    source of a name and two appositions (each opened by "the", "a" or "an") right before its cue keeps the first
    apposition, as :func:`_trim_sources` leaves it when the model draws the name (the retrained model draws the two
    appositions and :func:`_name_before_apposition` puts the name before them)."""
    for d in drafts:
        if d.source is None or d.source[1] > d.cue[0]:
            continue
        inside = [t for t in toks if d.source[0] <= t.start and t.end <= d.source[1]]
        commas = [n for n, t in enumerate(inside) if t.text == ","]
        if len(commas) != 3 or commas[-1] != len(inside) - 1 or commas[0] == 0 or \
                not all(t.text[:1].isupper() for t in inside[:commas[0]]) or \
                any(inside[c + 1].text.lower() not in ("the", "a", "an") for c in commas[:2]) or \
                any(t.text.lower() in _RELATIVE for t in inside[commas[0]:commas[1]]):
            continue  # (not "a pollster who is working with Priorities USA, a pro-Clinton super PAC,")
        d.source = (d.source[0], inside[commas[1]].end)
_TRIGGERS["_second_apposition_out_of_named_source"] = frozenset({","})


# ---- round 19 (branch fix20): issue 11's "Profits topped analysts' estimates, the company said." ---------------------

#: the openers of a final frame's noun-phrase subject ("..., the company said")
_FRAME_SUBJECT_DETERMINERS = frozenset("the a an its his her their our".split())


def _clause_out_of_final_frame_source(s, starts: list[int], drafts: list[Draft],
                                      tags: "_SentenceTags | Sequence[str] | None") -> None:
    """"Profits topped analysts' estimates, the company said.": a source from the sentence's start over a clause,
    its comma and a noun phrase up to a cue that ends the sentence, with no content. The model reads the plural
    possessive's apostrophe ("analysts'") mostly as a single quotation mark, and ran its source label from the
    sentence's start over it. When the words before the source's last comma hold a finite verb (or a past tense
    the tagger read as a participle right after the opening noun, :func:`_past_verb_after_subject`: a clause, not a
    name and its apposition) and those after it are a noun phrase opened by a determiner or a possessive
    ("the company", "its chief executive", at most six words) right before the cue, the noun phrase is the source;
    the clause, now no one's, is the content :func:`_content_for_bare_cue` gives it."""
    toks = s.tokens
    todo = []
    for d in drafts:
        if d.source is None or d.content or d.source[1] > d.cue[0]:
            continue
        i, j = _token_starting(starts, d.source[0]), _token_ending(toks, starts, d.source[1])
        if i is None or j is None or i > 0 and toks[i - 1].text not in _QUOTE_MARKS:
            continue  # (a source from the sentence's start)
        after = bisect.bisect_left(starts, d.cue[1])
        if after < len(toks) and toks[after].text not in (".", "!", "?") or j + 1 >= len(toks) or \
                toks[j + 1].start != d.cue[0]:
            continue  # (the cue right after the source ends the sentence)
        comma = next((n for n in range(j, i, -1) if toks[n].text == ","), None)
        if comma is None or comma - i < 2 or not 2 <= j - comma <= 6 or \
                toks[comma + 1].text.lower() not in _FRAME_SUBJECT_DETERMINERS or \
                not all(t.text.isalpha() for t in toks[comma + 1:j + 1]) or \
                any(t.text in _DQ or t.text.lower() in _RELATIVE for t in toks[i:comma]):
            continue
        todo.append((d, i, comma, j))
    if not todo:
        return
    tags = _pos(s, tags)
    for d, i, comma, j in todo:
        if any(tags[n] in _FINITE or _past_verb_after_subject(toks, tags, i, n) for n in range(i, comma)):
            d.source = (toks[comma + 1].start, toks[j].end)


def _past_verb_after_subject(toks, tags: Sequence[str], i: int, n: int) -> bool:
    """Whether token ``n`` is a past tense the tagger read as a participle ("Profits topped": VBN) right after
    the noun that opens the clause at token ``i``, with no comma before it."""
    return tags[n] == "VBN" and n > i and tags[n - 1].startswith("NN") and \
        all(t.text != "," for t in toks[i:n])


_TRIGGERS["_clause_out_of_final_frame_source"] = _FRAME_SUBJECT_DETERMINERS
