"""Sentence boundaries: NLTK's Punkt with the English model, news abbreviations, and hard line breaks.

Rules on top of Punkt, each for a case news text needs:
- sentences neither start nor end with white space or invisible format characters (a byte-order mark, a
  zero-width space, direction marks), and a line of nothing else is no sentence;
- every line break is a hard boundary (a title line without a final period, paragraphs one a line or
  separated by blank lines), so Punkt runs on each line separately;
- a sentence that Punkt ends with a title (``Mr.``, ``Gen.``, ``Del.``) is joined to the next one, even
  when the name that follows is also an ordinary word (``Mr. Hedge``);
- a sentence that Punkt starts with a lower-case word (``“Why?” he asked.``, ``the U.S. officials``) is
  joined to the one before, since English sentences do not start in lower case;
- a sentence that Punkt ends with a person's initials after an apposition's comma (``The ministry's
  Secretary, W.A.``: single letters with periods that are no known abbreviation like ``U.S.``) is joined to
  the next one when that starts with a capitalised word that is no function word (``W.A. Priyanthi Senanayake,
  denied``; but ``..., U.A.E. The company``). Initials elsewhere ("George H.W. Bush") are left to Punkt: joining
  them too changes the GUM sentences the actor-type model is trained from, so the shipped model would no longer
  be what ``newslib train actors`` writes.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator

from ._engines import guarded
from ._nltk import PunktLanguageVars, PunktSentenceTokenizer, PunktToken

from .model import news_parameters, title_abbreviations

_LINE = re.compile(r"[^\n]+")
_OPENERS = "\"'“‘«([{"


class _RememberingPunkt(PunktSentenceTokenizer):
    """Punkt that remembers its verdict on each candidate break's context (the word before the period, the
    period, the word after: "said. The", "Mr. Smith"). The verdict depends on that string and on the fixed
    parameters alone, and about a quarter of the contexts in a news corpus recur."""

    MAX_REMEMBERED = 100_000

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._verdicts: dict[str, bool] = {}

    def text_contains_sentbreak(self, text: str) -> bool:
        verdicts = self._verdicts
        found = verdicts.get(text)
        if found is None:
            if len(verdicts) >= self.MAX_REMEMBERED:
                verdicts.clear()
            found = verdicts[text] = super().text_contains_sentbreak(text)
        return found


# ---- Punkt with the standard library's regular expressions --------------------------------------------------
# NLTK 3.10 compiles Punkt's expressions with its ``redos`` wrapper: the third-party ``regex`` engine with a time
# limit on every call, which costs half of Punkt's time on news text (924 PolNeAR texts: 1.83 s against 0.81 s
# with ``re``). Punkt's own extension points (``lang_vars``, ``token_cls``) take the same expressions compiled
# with ``re``, as NLTK compiled them before 3.10. The two engines read ``\w``, ``\d`` and ``\s`` differently for
# some characters (combining marks, superscript digits, U+001C-U+001F, ...: newslib.tokenize._engines), and
# ``regex`` stops a pathological match at its time limit; a line holding such a character, or a run of 500
# non-space characters (Punkt's word expression is quadratic in a run of periods), goes to NLTK's own Punkt, so
# that every line is split as NLTK 3.10 splits it.


class _ReLanguageVars(PunktLanguageVars):
    """PunktLanguageVars whose expressions are NLTK's, compiled with ``re``."""

    re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

    def _word_tokenizer_re(self):
        try:
            return self._re_word_tokenizer
        except AttributeError:
            self._re_word_tokenizer = re.compile(
                self._word_tokenize_fmt % {"NonWord": self._re_non_word_chars, "MultiChar": self._re_multi_char_punct,
                                           "WordStart": self._re_word_start}, re.UNICODE | re.VERBOSE)
            return self._re_word_tokenizer

    def period_context_re(self):
        try:
            return self._re_period_context
        except AttributeError:
            self._re_period_context = re.compile(
                self._period_context_fmt % {"NonWord": self._re_non_word_chars,
                                            "SentEndChars": self._re_sent_end_chars}, re.UNICODE | re.VERBOSE)
            return self._re_period_context


_RE_NON_PUNCT = re.compile(r"[^\W\d]", re.UNICODE)


class _ReToken(PunktToken):
    """PunktToken whose expressions are NLTK's, compiled with ``re``."""

    _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
    _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
    _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern, re.UNICODE)
    _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern, re.UNICODE)

    @property
    def is_non_punct(self):
        return _RE_NON_PUNCT.search(self.type)


class NewsSentenceTokenizer:
    """Sentence spans of news text; ``span_tokenize`` gives ``(start, end)`` offsets into the text
    (NLTK-compatible: :class:`~newslib.tokenize.protocol.SpanTokenizer`)."""

    def __init__(self, punkt: PunktSentenceTokenizer | None = None):
        self._punkt = punkt or _RememberingPunkt(news_parameters())
        # the same Punkt with ``re`` for the lines that both engines read alike (see above); a Punkt given by
        # the caller splits every line itself
        self._fast = None if punkt is not None else _RememberingPunkt(
            news_parameters(), lang_vars=_ReLanguageVars(), token_cls=_ReToken)

    def tokenize(self, text: str) -> list[str]:
        return [text[s:e] for s, e in self.span_tokenize(text)]

    def span_tokenize(self, text: str) -> Iterator[tuple[int, int]]:
        for line in _LINE.finditer(text):
            base = line.start()
            chunk = line.group()
            if all(map(_blank, chunk)):
                continue
            spans: list[list[int]] = []
            punkt = self._punkt if self._fast is None or guarded(chunk) else self._fast
            for s, e in punkt.span_tokenize(chunk):
                if spans and (_starts_lower(chunk, s) or _ends_with_title(chunk, spans[-1][1]) or
                              _ends_with_initials(chunk, spans[-1][1], s) or
                              _speaker_tail(chunk, spans[-1][1], s, e)):
                    spans[-1][1] = e
                else:
                    spans.append([s, e])
            for s, e in spans:
                while e > s and _blank(chunk[e - 1]):
                    e -= 1
                while s < e and _blank(chunk[s]):
                    s += 1
                if s < e:
                    yield base + s, base + e


_LAST_WORD = re.compile(r"([A-Za-z]+)\.\s*$")


_QUESTION_CLOSE = re.compile(r"[?!][\"”’']\s*$")
#: a named speaker and a verb of saying after a quotation closed by "?" or "!" ('…do with that information?"
#: Whyte asked.'): the end of the quotation's sentence, not a sentence of its own
_SPEAKER_TAIL = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?:asked|asks|said|says|added|adds|wondered|"
                           r"shouted|replied|continued|demanded|told [\w'’.-]+(?: [\w'’.-]+)?)\.\s*$")


def _speaker_tail(text: str, prev_end: int, s: int, e: int) -> bool:
    return bool(_QUESTION_CLOSE.search(text, max(0, prev_end - 4), prev_end)) and \
        bool(_SPEAKER_TAIL.match(text, s, e))


def _ends_with_title(text: str, end: int) -> bool:
    m = _LAST_WORD.search(text, max(0, end - 12), end)
    return bool(m) and m.group(1).lower() in title_abbreviations() and (m.start() == 0 or not text[m.start() - 1].isalpha())


_INITIALS = re.compile(r"(?<=, )((?:[A-Z]\.){2,3})\s*$")
_NEXT_WORD = re.compile(r"[\"'“‘]?([A-Z][a-z]+)\b")
#: words that open a sentence after an abbreviation at the end of the one before ("in the U.A.E. The company")
_FUNCTION_WORDS = frozenset(
    "the a an he she it they we i you this that these those there here but and or in on at for to of by with "
    "from his her its their our my your as if when after before while so then now yet some many most all no "
    "one two three what who why how where which still also meanwhile however".split())


def _ends_with_initials(text: str, end: int, start: int) -> bool:
    """The sentence before ends with a person's initials after a comma (", W.A.") and the next opens with a
    capitalised word that is no function word: one sentence ("Secretary, W.A. Priyanthi Senanayake, denied ...")."""
    m = _INITIALS.search(text, max(0, end - 10), end)
    if not m or m.group(1).lower().rstrip(".") in news_parameters().abbrev_types:
        return False
    w = _NEXT_WORD.match(text, start)
    return bool(w) and w.group(1).lower() not in _FUNCTION_WORDS


def _blank(ch: str) -> bool:
    """White space, or an invisible format character (BOM, zero-width space/joiner, direction marks)."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def _starts_lower(text: str, i: int) -> bool:
    n = len(text)
    while i < n and text[i] in _OPENERS:
        i += 1
    return i < n and text[i].islower()


@lru_cache(maxsize=1)
def default_sentence_tokenizer() -> NewsSentenceTokenizer:
    return NewsSentenceTokenizer()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``."""
    return list(default_sentence_tokenizer().span_tokenize(text))
