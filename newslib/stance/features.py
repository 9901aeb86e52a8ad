"""Features of a (headline, body) pair for the stance model: pure Python, no corpus text.

Words are matched as Porter stems of lower-cased content words (stop words from
``lexicons/stance_stopwords.tsv`` left out), weighted by an IDF table learned from the FNC-1 training bodies
(shipped in the model). Bodies of any length are handled through their best-matching sentences: most
relatedness features look at the sentences that cover the headline best, not at the body as a bag, so a
long real article is not judged differently from a short FNC-1 body.

Feature families (``FEATURE_NAMES`` lists them in order):

- relatedness: share of headline words (plain and IDF-weighted) found in the whole body, in its lead, and in
  its best-matching sentences; headline bigrams found; TF-IDF cosines; how many *name-like* headline words
  (words that are mostly capitalized inside sentences of the training bodies: Gaza, Apple) the body lacks,
  and the IDF of the rarest missing word.
- stance: counts of refuting, negating, hedging, confirming and reporting cues (``lexicons/stance_cues.tsv``)
  in the headline, in the best-matching sentences and across the body (per sentence), and the
  baseline's polarity agreement (odd or even number of refuting/negating cues).
- contradiction evidence (:mod:`newslib.stance.contradiction`): opposite outcomes, figures that disagree,
  negation and modality mismatches, denials and debunking, sources rejecting the claim, each as the cover of
  the best body sentence that shows it.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from zlib import crc32
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain
from operator import mul
from typing import Iterable, Sequence

from ..lexicons import column, load
from ..phrases import straight_apostrophes
from . import contradiction as C
from ._porter import stem as _porter_stem

_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")
#: Sentences counted as the lead of a body.
LEAD = 5
#: Best-matching sentences whose cues count as the body's stance towards the headline.
TOP = 3
#: Buckets of the hashed word n-grams read by the bag-of-words stance scorer.
HASH_DIM = 1 << 16
# distinct words each per-word cache keeps (least recently used go first): bounded memory on an archive
WORD_CACHE = 50_000
#: Sentences of the lead that the bag-of-words scorer reads besides the best-matching ones.
BOW_LEAD = 2
CUE_KINDS = ("refute", "negation", "hedge", "confirm", "report")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(column("stance_stopwords", "word"))


@lru_cache(maxsize=1)
def cues() -> dict[str, str]:
    return {row["word"]: row["kind"] for row in load("stance_cues")}


@lru_cache(maxsize=WORD_CACHE)
def stem(word: str) -> str:
    """Porter stem of a lower-cased word, with possessive 's dropped."""
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) <= 3:
        return word
    return _porter_stem(word)


def raw_words(text: str) -> list[str]:
    """The words of ``text`` as written (letters/digits, with an inner apostrophe)."""
    return _WORD.findall(text)


def words(text: str) -> list[str]:
    """Lower-cased word forms (letters/digits, with an inner apostrophe kept as ')."""
    return [straight_apostrophes(w.lower()) for w in _WORD.findall(text)]


def content_stems(ws: Sequence[str]) -> list[str]:
    stop = stopwords()
    return [stem(w) for w in ws if w not in stop and (len(w) > 1 or w.isdigit())]


@dataclass
class Vocab:
    """IDF and capitalization ratio per stem, learned from training bodies (shipped with the model)."""

    idf: dict[str, float]
    cap: dict[str, float]
    default_idf: float

    def w(self, s: str) -> float:
        return self.idf.get(s, self.default_idf)

    def namelike(self, s: str) -> bool:
        c = self.cap.get(s)
        return c is None or c >= 0.5


@dataclass
class Unit:
    """A headline or a body sentence, ready for matching."""

    words: list[str]
    stems: list[str]
    stemset: frozenset[str]
    cues: dict[str, int]
    question: bool = False
    text: str = ""
    #: the Penn tags of the text's words as :func:`newslib.stance.contradiction.scan` splits them, when
    #: :func:`tag_subjects` tagged them in a batch (else the scan tags the text alone if it must)
    tags: tuple[str, ...] | None = field(default=None, repr=False, compare=False)
    #: the text's words as written (``words`` are these lower-cased, with ``'`` for the typographic apostrophe,
    #: as the contradiction scan lower-cases them): the scan and :func:`tag_subjects` read them, not splitting
    #: the text again
    raw: list[str] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def bigrams(self) -> frozenset[tuple[str, str]]:
        """Pairs of consecutive content stems (computed when first read: of a body, the features read only the
        best-matching sentence's; :func:`bigrams_found` counts a headline's in a whole body without them)."""
        st = self.stems
        return frozenset(zip(st, st[1:]))

    @cached_property
    def signals(self) -> C.Signals:
        """What the text holds that can contradict another (computed when first read)."""
        return C.scan(self.text, _content_stem, self.tags, self.raw, self.words if self.raw is not None else None)

    @cached_property
    def hashed(self) -> frozenset[int]:
        """Word unigrams and bigrams (lower-cased surface forms) hashed into HASH_DIM buckets (CRC-32).
        Computed when first read: the bag-of-words scorer reads only a few sentences of each body."""
        ws = self.words
        keys = {_bucket(w) for w in ws}
        keys.update(crc32(f"{a} {b}".encode()) % HASH_DIM for a, b in zip(ws, ws[1:]))
        return frozenset(keys)


@lru_cache(maxsize=WORD_CACHE)
def _word_info(raw: str) -> tuple[str, str | None, str | None]:
    """Everything a unit needs of one word, computed once per distinct word form: its lower-cased form,
    its content stem (None for stop words) and its cue kind."""
    w = straight_apostrophes(raw.lower())
    content = w not in stopwords() and (len(w) > 1 or w.isdigit())
    return w, stem(w) if content else None, cues().get(w)


def _content_stem(w: str) -> str | None:
    return _word_info(w)[1]


@lru_cache(maxsize=WORD_CACHE)
def _bucket(w: str) -> int:
    return crc32(w.encode()) % HASH_DIM


def unit(text: str) -> Unit:
    raw = _WORD.findall(text)
    infos = list(map(_word_info, raw))
    if not infos:
        return Unit([], [], frozenset(), dict.fromkeys(CUE_KINDS, 0), "?" in text, text, raw=raw)
    ws, stems, kinds = map(list, zip(*infos))
    st = [s for s in stems if s is not None]
    counts = dict.fromkeys(CUE_KINDS, 0)
    for k in filter(None, kinds):
        counts[k] += 1
    return Unit(ws, st, frozenset(st), counts, "?" in text, text, raw=raw)


@dataclass
class Body:
    """A body: its sentences as units, plus whole-body word sets and a TF-IDF vector."""

    sents: list[Unit]
    stemset: frozenset[str]
    lead: frozenset[str]
    vec: dict[str, float]
    norm: float
    lead_vec: dict[str, float]
    lead_norm: float
    cue_rate: dict[str, float]

    @cached_property
    def bigrams(self) -> frozenset[tuple[str, str]]:
        """Every sentence's bigrams (:attr:`Unit.bigrams`); the features use :func:`bigrams_found` instead."""
        return frozenset().union(*(u.bigrams for u in self.sents))

    @cached_property
    def numbers(self) -> C.BodyNumbers:
        return C.BodyNumbers.of([u.signals for u in self.sents])


def tag_subjects(units: Iterable[Unit]) -> None:
    """Give ``units`` (:func:`subject_units` of some pairs) their words' tags, all in one call of the tagger:
    scanned one by one, each unit whose scan reads a contest's subject was tagged alone (513 body units of
    840 PolNeAR texts, 0.44 ms each warm, against 0.02 ms a sentence in a batch); the tags are the same. Units
    already scanned or tagged are left as they are."""
    todo = [u for u in units if u.tags is None and "signals" not in u.__dict__]
    for u, tags in zip(todo, C.pos_batch([u.raw if u.raw is not None else C.words(u.text) for u in todo])):
        u.tags = tags


def subject_units(head: Unit, b: Body, vocab: Vocab) -> list[Unit]:
    """The units of a pair whose contradiction scan may read a contest's subject (:func:`C.may_read_subject`)
    when :func:`features` reads their signals: the headline and the body sentences covering at least
    :data:`C.MIN_COVER` of it (:func:`cover`; the body's figures, read when a headline figure
    differs, scan the other sentences too: those are tagged alone if they must)."""
    out = [head] if C.may_read_subject(head.words) else []
    if any(C.may_read_subject(u.words) for u in b.sents):
        out += [u for u, c in zip(b.sents, cover(head, b, vocab)) if c >= C.MIN_COVER and C.may_read_subject(u.words)]
    return out


def _tfidf(stems: Sequence[str], vocab: Vocab) -> tuple[dict[str, float], float]:
    tf = Counter(stems)  # in first-seen order, as the float sums below need
    idf, default, logtf = vocab.idf, vocab.default_idf, _LOG_TF
    vec = {s: (logtf[c] if c < _N_LOG_TF else 1.0 + math.log(c)) * idf.get(s, default) for s, c in tf.items()}
    values = list(vec.values())
    return vec, math.sqrt(sum(map(mul, values, values))) or 1.0


#: 1 + log(count) for the counts most words have (the same floats math.log gives)
_N_LOG_TF = 64
_LOG_TF = [0.0] + [1.0 + math.log(c) for c in range(1, _N_LOG_TF)]


def body(sentences: Sequence[str], vocab: Vocab) -> Body:
    sents = list(map(unit, sentences))
    all_stems = list(chain.from_iterable(u.stems for u in sents))
    lead_stems = list(chain.from_iterable(u.stems for u in sents[:LEAD]))
    vec, norm = _tfidf(all_stems, vocab)
    lvec, lnorm = _tfidf(lead_stems, vocab)
    n = max(1, len(sents))
    rate = {k: sum(u.cues[k] for u in sents) / n for k in CUE_KINDS}
    return Body(sents, frozenset(all_stems), frozenset(lead_stems), vec, norm, lvec, lnorm, rate)


def _cos(hv: dict[str, float], hn: float, vec: dict[str, float], norm: float) -> float:
    return sum(v * vec.get(s, 0.0) for s, v in hv.items()) / (hn * norm) if hv else 0.0


FEATURE_NAMES = (
    # relatedness
    "head_words", "cover", "cover_idf", "cover_lead_idf", "cover_first_idf",
    "best_sent_idf", "second_sent_idf", "top3_sent_idf", "best_sent_jaccard", "sents_half_covered",
    "bigram_cover", "best_sent_bigram", "cos_body", "cos_lead", "best_sent_cos",
    "names", "names_missing", "names_found_share", "max_idf_missing", "idf_missing",
    # stance: headline
    "head_refute", "head_negation", "head_hedge", "head_confirm", "head_report", "head_question",
    # stance: best-matching sentences
    "top_refute", "top_negation", "top_hedge", "top_confirm", "top_report", "top_question",
    # stance: whole body, per sentence
    "body_refute", "body_negation", "body_hedge", "body_confirm", "body_report",
    "lead_refute", "polarity_same", "body_sentences_log",
    # stance: cues inside the sentences that match the headline, weighted by how well they match
    "best_refute", "refute_match", "negation_match", "hedge_match",
) + C.FEATURE_NAMES


def features(head: Unit, b: Body, vocab: Vocab) -> tuple[list[float], list[int]]:
    """The feature vector of a pair and the indexes of its best-matching body sentences (best first)."""
    hs = head.stemset
    hl = sorted(hs)  # a fixed order, so that float sums do not depend on string hashing
    nh = len(hl)
    w = {s: vocab.w(s) for s in hl}
    wsum = sum(w[s] for s in hl) or 1.0
    bs = b.stemset
    cover = sum(1 for s in hl if s in bs) / nh if nh else 0.0
    cover_idf = sum(w[s] for s in hl if s in bs) / wsum
    cover_lead = sum(w[s] for s in hl if s in b.lead) / wsum
    first = b.sents[0].stemset if b.sents else frozenset()
    cover_first = sum(w[s] for s in hl if s in first) / wsum
    scores = []
    for i, u in enumerate(b.sents):
        us = u.stemset
        inter = [s for s in hl if s in us]
        sc = sum(w[s] for s in inter) / wsum
        union = nh + len(us) - len(inter)
        scores.append((sc, len(inter) / union if union else 0.0, i))
    order = sorted(range(len(scores)), key=lambda i: (-scores[i][0], i))
    best = scores[order[0]][0] if order else 0.0
    second = scores[order[1]][0] if len(order) > 1 else 0.0
    top = order[:TOP]
    top3 = sum(scores[i][0] for i in top) / TOP
    best_jac = max((s[1] for s in scores), default=0.0)
    half = min(10, sum(1 for s in scores if s[0] >= 0.5))
    hb = head.bigrams
    bigram_cover = bigrams_found(hb, b) / len(hb) if hb else 0.0
    best_bigram = (len(hb & b.sents[order[0]].bigrams) / len(hb)) if (hb and order) else 0.0
    hv, hn = _tfidf(head.stems, vocab)
    cos_body = _cos(hv, hn, b.vec, b.norm)
    cos_lead = _cos(hv, hn, b.lead_vec, b.lead_norm)
    best_cos = 0.0
    for i in top:
        v, n = _tfidf(b.sents[i].stems, vocab)
        best_cos = max(best_cos, _cos(hv, hn, v, n))
    names = [s for s in hl if vocab.namelike(s)]
    missing = [s for s in hl if s not in bs]
    names_missing = sum(1 for s in names if s not in bs)
    max_missing = max((w[s] for s in missing), default=0.0)
    idf_missing = sum(w[s] for s in missing)
    hc = head.cues
    tc = {k: sum(b.sents[i].cues[k] for i in top) for k in CUE_KINDS}
    top_q = sum(1 for i in top if b.sents[i].question)
    lead_refute = sum(u.cues["refute"] for u in b.sents[:LEAD])
    pol_h = (hc["refute"] + hc["negation"]) % 2
    pol_t = (tc["refute"] + tc["negation"]) % 2
    best_refute = (b.sents[top[0]].cues["refute"] + b.sents[top[0]].cues["negation"]) if top else 0

    def matched(kind: str) -> float:
        return max((scores[i][0] for i in top if b.sents[i].cues[kind]), default=0.0)

    x = [
        nh, cover, cover_idf, cover_lead, cover_first,
        best, second, top3, best_jac, half,
        bigram_cover, best_bigram, cos_body, cos_lead, best_cos,
        len(names), names_missing, (len(names) - names_missing) / len(names) if names else 1.0, max_missing,
        idf_missing,
        hc["refute"], hc["negation"], hc["hedge"], hc["confirm"], hc["report"], 1.0 if head.question else 0.0,
        tc["refute"], tc["negation"], tc["hedge"], tc["confirm"], tc["report"], top_q,
        b.cue_rate["refute"], b.cue_rate["negation"], b.cue_rate["hedge"], b.cue_rate["confirm"],
        b.cue_rate["report"], lead_refute, 1.0 if pol_h == pol_t else 0.0, math.log1p(len(b.sents)),
        best_refute, matched("refute"), matched("negation"), matched("hedge"),
    ]
    x += contradictions(head, b, [sc[0] for sc in scores])[0]
    return x, top


def bigrams_found(bigrams: frozenset[tuple[str, str]], b: Body) -> int:
    """How many of ``bigrams`` some sentence of ``b`` holds, ``len(bigrams & b.bigrams)``, without making every
    sentence's bigrams: only sentences holding both stems of a bigram are scanned for them side by side."""
    found = 0
    for first, second in bigrams:
        for u in b.sents:
            us = u.stemset
            if first in us and second in us:
                st = u.stems
                if any(a == first and c == second for a, c in zip(st, st[1:])):
                    found += 1
                    break
    return found


def contradictions(head: Unit, b: Body, cover: Sequence[float]) -> tuple[list[float], dict[int, tuple[str, ...]]]:
    """The contradiction features of a pair and the kinds of contradiction each contradicting body sentence
    shows (see :func:`newslib.stance.contradiction.features`); ``cover[i]`` is the headline's share in
    sentence i."""
    return C.features(head.signals, head.stemset, b.sents, cover, lambda: b.numbers, LEAD)


def cover(head: Unit, b: Body, vocab: Vocab) -> list[float]:
    """The IDF-weighted share of the headline's words found in each body sentence."""
    hl = sorted(head.stemset)
    w = {s: vocab.w(s) for s in hl}
    wsum = sum(w.values()) or 1.0
    return [sum(w[s] for s in hl if s in u.stemset) / wsum for u in b.sents]


def bow(b: Body, top: Sequence[int]) -> list[int]:
    """Hashed n-gram buckets of the body sentences the bag-of-words scorer reads: the best-matching ones and
    the lead."""
    keys: set[int] = set()
    for i in sorted(set(top) | set(range(min(BOW_LEAD, len(b.sents))))):
        keys |= b.sents[i].hashed
    return sorted(keys)
