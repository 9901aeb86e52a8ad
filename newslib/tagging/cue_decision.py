"""A second-stage cue decision over candidate words that reads the dependency parse (issue 11).

The attribution model (:mod:`.attribution_model`) labels every token from its neighbours; it cannot see whether
a verb governs a complement clause, who its subject is, or whether it stands inside a relative clause. This
module scores each *candidate* word of a sentence (a verb or common noun whose lemma is not an auxiliary nor seen
``MIN_NEVER`` times on train without being a cue, or "according") with a logistic regression over features of
the parse (:mod:`newslib.syntax.parser`): the word's relation and its children's (``ccomp``, a "that" or
"whether" clause, a quotation mark beside it), its subject's kind (a person pronoun, another pronoun, a name, a
noun, none, passive), a "by" agent, negation, a modal, a relative clause above it, whether it stands inside a
quotation, and its lemma's cue rate on PolNeAR train (binned, alone and with the others). The weights, the train
lemma rates and the thresholds are ``newslib/models/cues.json``, written by ``newslib train cues``
(:mod:`newslib.training.cues`, PolNeAR train only); the attribution model's own labels and margins are no
features (on train it has learned the texts, so they would be trusted more than they deserve).

Two uses, each measured alone (``benchmarks/cue_decision.py``), named by the file's ``mode``:

* "veto": :func:`veto_drafts`, the last filter of ``find_attributions``, drops an attribution whose
  cue's best candidate word scores below ``veto``; a cue with no candidate word or with a lemma that is a cue
  ``SURE_RATE`` of its train uses ("said") is kept without a parse;
* "add": :func:`revise_labels`, before the passes read the model's labels, makes a candidate labelled O whose
  probability reaches ``add`` a cue, its subject the source and its complement clause the content.

The shipped file's mode is "off": cross-validation on PolNeAR train found no veto threshold whose gain over "off"
exceeds the fold-to-fold spread of that gain; the command never chooses "add", which paid at no threshold on dev
(see :mod:`newslib.training.cues`, the file's ``meta.veto_choice`` and the README). Only sentences holding a
candidate to judge are parsed, in one batch per article.
"""
from __future__ import annotations

import json
import math
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Sequence

import numpy as np

from ..config import MODELS_DIR
from ..errors import DataError
from .attribution_model import CONTENT, CUE, O, SOURCE, lemma, quote_kind

MODEL_NAME = "cues.json"
MODES = ("off", "add", "veto", "both")
FORMAT = "newslib-cues-1"

#: lemmas that are auxiliaries, never cues (their rate is 0 on train anyway; they are left out of the
#: candidates without a look-up)
_AUXILIARIES = frozenset({"be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should",
                          "must", "'s", "'re", "'ve", "'d", "'ll", "’s", "’re", "’ve", "’d", "’ll"})
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "who"})
_OTHER_PRONOUNS = frozenset({"it", "this", "that", "which", "what", "there"})
_NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no"})
_NEXT_WORDS = frozenset({"that", "to", "of", "about", "on", ",", ":", "whether", "if", "for", "in", "the", "a",
                         "he", "she", "they", "it", "with", "by"})
#: a lemma seen this many times on train with no cue is no candidate
MIN_NEVER = 5


def rate_bin(cues: int, total: int) -> str:
    """A lemma's train cue rate in bins (``unk`` for a lemma seen under 3 times)."""
    if total < 3:
        return "unk"
    r = cues / total
    for edge, name in ((0.0, "0"), (0.02, "<.02"), (0.05, "<.05"), (0.1, "<.1"), (0.2, "<.2"), (0.35, "<.35"),
                       (0.5, "<.5"), (0.7, "<.7")):
        if r <= edge if edge == 0.0 else r < edge:
            return name
    return ">=.7"


def is_candidate(word: str, tag: str, rates: dict) -> bool:
    """Whether the token could be a cue: a verb or common noun whose lemma is not an auxiliary and not seen
    ``MIN_NEVER`` times on train without being a cue, or "according"."""
    low = word.lower()
    if low == "according":
        return True
    if not (tag.startswith("VB") or tag in ("NN", "NNS")):
        return False
    lem = lemma(low)
    if lem in _AUXILIARIES or low in _AUXILIARIES:
        return False
    c, n = rates.get(lem, (0, 0))
    return not (n >= MIN_NEVER and c == 0)


def _in_quote(words: Sequence[str], tags: Sequence[str]) -> list[bool]:
    """Whether each token stands inside double quotation marks, counted within the sentence: a straight quote
    opens or closes as its POS tag says (``` `` ``` or ``''``), so that a sentence that opens inside a quotation
    ('It is a new beginning," he stated.') has its cue outside."""
    out, inside = [], False
    for w, t in zip(words, tags):
        k = quote_kind(w)
        if k == 3:
            k = 1 if t == "``" else 2 if t == "''" else 3
        if k == 1:
            inside = True
        elif k == 2:
            inside = False
        elif k == 3:
            inside = not inside
        out.append(inside and k == 0)
    return out


def _subject_kind(words, tags, kids: list[int], labels) -> str:
    """The kind of the word's subject: a person pronoun, another pronoun, a name, a noun, or none."""
    for j in kids:
        if labels[j].startswith("nsubj"):
            low = words[j].lower()
            passive = ":pass" if labels[j] == "nsubj:pass" else ""
            if low in _PERSON_PRONOUNS:
                return "pron_person" + passive
            if low in _OTHER_PRONOUNS:
                return "pron_other" + passive
            if tags[j].startswith("NNP"):
                return "name" + passive
            if tags[j].startswith("NN"):
                return "noun" + passive
            return "other" + passive
    return "none"


def _in_relative_clause(i: int, heads, labels) -> bool:
    """Whether the word or one of its ancestors is a relative clause (``acl:relcl``)."""
    seen = 0
    while i >= 0 and seen < 50:
        if labels[i] == "acl:relcl":
            return True
        i = heads[i]
        seen += 1
    return False


def token_features(i: int, words: Sequence[str], tags: Sequence[str], parse, quoted: Sequence[bool],
                   rates: dict) -> list[str]:
    """The features of candidate token ``i`` of a sentence (``words``, their ``tags``, its ``parse``)."""
    heads, labels = parse.heads, parse.labels
    low = words[i].lower()
    lem = lemma(low)
    c, n = rates.get(lem, (0, 0))
    rb = rate_bin(c, n)
    tag = tags[i]
    kids = [j for j, h in enumerate(heads) if h == i]
    kid_labels = {labels[j] for j in kids}
    ccomp = [j for j in kids if labels[j] in ("ccomp", "parataxis")]
    marks = {words[m].lower() for j in ccomp for m, h in enumerate(heads) if h == j and labels[m] == "mark"}
    noun_clause = [j for j in kids if labels[j] in ("acl", "ccomp") and
                   any(heads[m] == j and labels[m] == "mark" and words[m].lower() == "that"
                       for m in range(len(words)))]
    has_ccomp = "y" if any(labels[j] == "ccomp" for j in kids) else "n"
    subj = _subject_kind(words, tags, kids, labels)
    rel = labels[i]
    h = heads[i]
    f = ["bias", f"pos={tag}", f"rate={rb}", f"rel={rel}", f"head_pos={tags[h][:2] if h >= 0 else 'ROOT'}",
         f"subj={subj}", f"ccomp={has_ccomp}", f"rate={rb}|ccomp={has_ccomp}", f"rate={rb}|pos={tag[:2]}",
         f"subj={subj}|ccomp={has_ccomp}", f"rel={rel}|pos={tag[:2]}", f"subj={subj}|rate={rb}"]
    f.extend(f"kid={k}" for k in sorted(kid_labels))
    if "that" in marks:
        f.append("ccomp_that")
    if marks & {"whether", "if"}:
        f.append("ccomp_whether")
    if noun_clause and tag.startswith("NN"):
        f.append("noun_that_clause")
    if any(labels[j] == "obl:agent" for j in kids):
        f.append("by_agent")
    if any(labels[j] == "advmod" and words[j].lower() in _NEGATIONS for j in kids):
        f.append("negated")
    if any(labels[j] == "aux" and tags[j] == "MD" for j in kids):
        f.append("modal")
    if _in_relative_clause(i, heads, labels):
        f.append("in_relcl")
    if quoted[i]:
        f.append("in_quote")
    nxt = words[i + 1].lower() if i + 1 < len(words) else "</s>"
    prv = words[i - 1].lower() if i else "<s>"
    if quote_kind(nxt) or (nxt == "," and i + 2 < len(words) and quote_kind(words[i + 2])):
        f.append("quote_after")
    if quote_kind(prv) or (prv == "," and i >= 2 and quote_kind(words[i - 2])) or \
            (i >= 2 and quote_kind(words[i - 2]) and prv.lower() in _PERSON_PRONOUNS):
        f.append("quote_before")
    f.append(f"next={nxt if nxt in _NEXT_WORDS else 'other'}")
    f.append(f"lem={lem}")
    return f


class CueDecision:
    """The weights of the logistic regression, the lemma cue rates of train and the two thresholds."""

    def __init__(self, weights: dict[str, float], rates: dict[str, tuple[int, int]], add: float, veto: float,
                 meta: dict | None = None, mode: str = "off"):
        if mode not in MODES:
            raise DataError(MODEL_NAME, f"unknown cue decision mode {mode!r}; choose from {', '.join(MODES)}")
        self.mode = mode
        self.weights = weights
        self.rates = rates
        self.add = add
        self.veto = veto
        self.meta = meta or {}

    def probability(self, feats: Sequence[str]) -> float:
        get = self.weights.get
        z = sum(get(x, 0.0) for x in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {"format": FORMAT, "meta": self.meta, "mode": self.mode, "add": self.add, "veto": self.veto,
                "weights": {k: round(v, 4) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-4},
                "rates": {k: list(v) for k, v in sorted(self.rates.items())}}

    @classmethod
    def from_json(cls, obj: dict) -> "CueDecision":
        if obj.get("format") != FORMAT:
            raise DataError(MODEL_NAME, f"unknown cue decision format {obj.get('format')!r}")
        return cls(dict(obj["weights"]), {k: (int(v[0]), int(v[1])) for k, v in obj["rates"].items()},
                   float(obj["add"]), float(obj["veto"]), obj.get("meta"), obj.get("mode", "off"))

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(self.to_json(), separators=(",", ":")), encoding="utf-8")
        tmp.replace(path)
        return path


def model_path() -> Path:
    return MODELS_DIR / MODEL_NAME


@lru_cache(maxsize=1)
def default_decision() -> CueDecision:
    """The shipped cue decision, loaded once per process."""
    try:
        resource = resources.files("newslib.models").joinpath(MODEL_NAME)
    except ModuleNotFoundError:
        resource = model_path()
    if not resource.is_file():
        raise DataError(str(model_path()), "cue decision model missing; run `newslib train cues`")
    with resource.open("r", encoding="utf-8") as fh:
        return CueDecision.from_json(json.load(fh))


def sentence_candidates(sentences: Sequence, tags: Sequence[Sequence[str]], rates: dict) -> list[list[int]]:
    """The candidate token indices of each sentence."""
    return [[i for i, t in enumerate(s.tokens) if is_candidate(t.text, tg[i], rates)]
            for s, tg in zip(sentences, tags)]


def candidate_features(sentences: Sequence, tags: Sequence[Sequence[str]], which: Sequence[Sequence[int]],
                       rates: dict) -> tuple[list[list[list[str]]], dict]:
    """The features of tokens ``which[k]`` of each sentence ``k``, and the parse of each sentence that has some
    (``{k: Parse}``): only those sentences are parsed, in one batch."""
    from ..syntax.parser import default_parser
    from ..syntax.tagger import default_tagger

    todo = [k for k, w in enumerate(which) if w]
    out: list[list[list[str]]] = [[] for _ in sentences]
    if not todo:
        return out, {}
    tagger = default_tagger()
    index = _tag_index(tagger.tags)
    ids = np.array([index.get(t, 0) for k in todo for t in tags[k]], dtype=np.int64)
    parses = dict(zip(todo, default_parser().parse([sentences[k] for k in todo], ids, tagger)))
    for k, p in parses.items():
        words = [t.text for t in sentences[k].tokens]
        quoted = _in_quote(words, tags[k])
        out[k] = [token_features(i, words, tags[k], p, quoted, rates) for i in which[k]]
    return out, parses


@lru_cache(maxsize=2)
def _tag_index(tags: tuple[str, ...]) -> dict[str, int]:
    return {t: i for i, t in enumerate(tags)}


def subtree(parse, i: int) -> list[int]:
    """Token ``i`` and every token below it in ``parse``, in order."""
    kids: dict[int, list[int]] = {}
    for j, h in enumerate(parse.heads):
        kids.setdefault(h, []).append(j)
    out, todo = [], [i]
    while todo:
        j = todo.pop()
        out.append(j)
        todo.extend(kids.get(j, ()))
    return sorted(out)


def frame_labels(parse, i: int, labels: np.ndarray) -> None:
    """Around cue ``i`` just added, in place (``labels``: the sentence's): its subject's subtree (or a
    passive's "by" agent, without "by") becomes SOURCE and its complement clause's subtree CONTENT, where
    all their tokens are O."""
    heads, rels = parse.heads, parse.labels
    kids = [j for j, h in enumerate(heads) if h == i]
    for j in kids:
        if rels[j] in ("nsubj", "obl:agent"):
            part = [t for t in subtree(parse, j) if not (rels[t] == "case" and heads[t] == j)]
            if part and all(labels[t] == O for t in part):
                labels[part[0]:part[-1] + 1] = SOURCE
        elif rels[j] == "ccomp":
            part = [t for t in subtree(parse, j) if not (rels[t] == "mark" and heads[t] == j)]
            if part and all(labels[t] == O for t in part) and part[-1] - part[0] + 1 == len(part):
                labels[part[0]:part[-1] + 1] = CONTENT


#: what :func:`revise_labels` and :func:`veto_drafts` do when not told: the shipped decision, in the mode its
#: file names (:func:`using` swaps both, for training, benchmarks and tests)
_CURRENT: dict = {"decision": None, "mode": None, "record": None}


@contextmanager
def using(decision: "CueDecision | None" = None, mode: str | None = None, record: list | None = None):
    """Within the block, :func:`revise_labels` and :func:`veto_drafts` (so ``find_attributions``) use
    ``decision`` in ``mode`` ("off", "add", "veto" or "both") instead of the shipped ones; ``record``: a list
    :func:`veto_drafts` appends each judged cue's ``(cue, probability)`` to."""
    old = dict(_CURRENT)
    _CURRENT.update(decision=decision, mode=mode, record=record)
    try:
        yield
    finally:
        _CURRENT.update(old)


def _current(decision: "CueDecision | None", mode: str | None) -> tuple[CueDecision, str]:
    decision = decision or _CURRENT["decision"] or default_decision()
    return decision, mode or _CURRENT["mode"] or decision.mode


def revise_labels(sentences: Sequence, labels: np.ndarray, bounds: Sequence[tuple[int, int]],
                  tags: Sequence[Sequence[str]] | None = None, decision: CueDecision | None = None,
                  mode: str | None = None) -> np.ndarray:
    """The attribution model's ``labels`` with cues added (``mode`` "add" or "both"): a candidate labelled O
    whose probability is at least ``decision.add`` becomes CUE, its subject SOURCE and its complement clause
    CONTENT (:func:`frame_labels`). ``tags``: each sentence's POS tags (tagged here when None). Returns
    ``labels`` itself in the other modes, else a copy."""
    decision, mode = _current(decision, mode)
    if mode not in ("add", "both") or not len(labels):
        return labels
    if tags is None:
        from ..syntax import pos_tags

        tags = pos_tags(sentences)
    cands = sentence_candidates(sentences, tags, decision.rates)
    which = [[i for i in cands[k] if labels[a + i] == O] for k, (a, _b) in enumerate(bounds)]
    feats, parses = candidate_features(sentences, tags, which, decision.rates)
    out = np.array(labels, copy=True)
    for k, (a, b) in enumerate(bounds):
        for i, f in zip(which[k], feats[k]):
            if out[a + i] == O and decision.probability(f) >= decision.add:
                out[a + i] = CUE
                frame_labels(parses[k], i, out[a:b])
    return out


def veto_drafts(sentences: Sequence, drafts: list, tags: Sequence[Sequence[str]] | None = None,
                decision: CueDecision | None = None, mode: str | None = None) -> list:
    """``drafts`` (finished attributions, each with ``.sentence``, ``.cue`` and ``.phrase``) without those the
    decision vetoes (``mode`` "veto" or "both"): a cue whose best candidate word's probability
    (:func:`cue_probabilities`) is below ``decision.veto``. A cue of the cue lexicon's phrases ("points out") is
    the lexicon's decision and is not judged. Under :func:`using` with ``record``, each judged cue's
    ``(cue, probability)`` is appended to it (training reads them to choose the threshold)."""
    decision, mode = _current(decision, mode)
    if mode not in ("veto", "both") or not drafts:
        return drafts
    judged = [d for d in drafts if not d.phrase]
    best = dict(zip(map(id, judged), cue_probabilities(sentences, [(d.sentence, d.cue) for d in judged], tags,
                                                       decision)))
    record = _CURRENT.get("record")
    if record is not None:
        record.extend((d.cue, best[id(d)]) for d in judged if best[id(d)] is not None)
    return [d for d in drafts if best.get(id(d)) is None or best[id(d)] >= decision.veto]


def cue_probabilities(sentences: Sequence, cues: Sequence[tuple[int, tuple[int, int]]],
                      tags: Sequence[Sequence[str]] | None, decision: CueDecision) -> list[float | None]:
    """For each cue ``(sentence position, (start, end))``: the best probability of its candidate words, or None
    for a cue the decision does not judge: one with no candidate word outside direct quotations (a colon, a dash;
    speech inside a quotation is the nested-speech passes' reading of unseen news, which PolNeAR does not
    annotate), or with a sure one, a lemma that is a cue ``SURE_RATE`` of its train uses ("said"), kept
    without a parse."""
    if not cues:
        return []
    if tags is None:
        from ..syntax import pos_tags

        tags = pos_tags(sentences)
    which: list[list[int]] = [[] for _ in sentences]
    quoted: dict[int, list[bool]] = {}
    words_of = []
    for k, (a, b) in cues:
        toks = sentences[k].tokens
        if k not in quoted:
            quoted[k] = _in_quote([t.text for t in toks], tags[k])
        idx = [i for i, t in enumerate(toks) if t.start < b and a < t.end and not quoted[k][i]
               and is_candidate(t.text, tags[k][i], decision.rates)]
        if any(_sure(toks[i].text, decision.rates) for i in idx):
            idx = []
        words_of.append(idx)
        which[k].extend(i for i in idx if i not in which[k])
    feats, _ = candidate_features(sentences, tags, which, decision.rates)
    out: list[float | None] = []
    for (k, _span), idx in zip(cues, words_of):
        row = which[k]
        out.append(max(decision.probability(feats[k][row.index(i)]) for i in idx) if idx else None)
    return out


#: a lemma that is a cue this share of its train uses (at least 3) is trusted without a parse
SURE_RATE = 0.7


def _sure(word: str, rates: dict) -> bool:
    c, n = rates.get(lemma(word.lower()), (0, 0))
    return n >= 3 and c >= SURE_RATE * n


__all__ = ["CueDecision", "candidate_features", "cue_probabilities", "default_decision", "is_candidate",
           "revise_labels", "sentence_candidates", "token_features", "using", "veto_drafts"]
