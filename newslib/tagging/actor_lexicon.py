"""The actor lexicons, compiled once into dictionaries keyed by token tuples.

Every alias is tokenized by the same word tokenizer as the articles, so that a lookup is one dictionary probe
per candidate length (:class:`newslib.phrases.PhraseIndex`): ``phrases[("Sergei", "Lavrov")]``. Data
files (``newslib/lexicons/``):

``actors.tsv``            canonical names, types, aliases, demonyms, member nouns, short forms, roles
``titles.tsv``            titles and role nouns ("Foreign Minister", "Sen.", "Mr.") with a normalized role
``actor_places.tsv``      places that are not actors ("Alaska", "New Hampshire")
``actor_stopwords.tsv``   capitalized words that are never names ("However", "Friday")
``actor_firstnames.tsv``  given names ("Mark Rutte" is a person)
``actor_orgwords.tsv``    head words of organization names ("Foundation", "Ministry")
``actor_groups.tsv``      group and anonymous nouns ("leaders", "officials")
``actor_pronouns.tsv``    pronouns that can be sources, with what they refer to
``actor_quantifiers.tsv`` number words and quantifiers: a source they start is a group ("only five")
``actor_type_cues.tsv``   words around a name that tell person from organization ("shares of X", "X, who")
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from .. import lexicons
from ..errors import DataError
from ..phrases import PhraseIndex, straight_apostrophes
from .records import ACTOR_TYPES

#: Punkt orthographic-context flags that say a word was seen in lower case (beginning, middle, unknown).
_ORTHO_LC = 16 | 32 | 64


#: The form a token is looked up under: typographic apostrophes as ASCII.
norm_token = straight_apostrophes


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon phrase: the actor it names (``name``/``type``) and how (``form``: name, alias, demonym,
    member, place)."""

    name: str
    type: str
    form: str


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    role: str
    leader: bool
    kind: str
    gender: str = ""


@dataclass(frozen=True, slots=True)
class ActorInfo:
    name: str
    type: str
    short: str
    demonym: str
    roles: tuple[tuple[str, str], ...]
    surnames: frozenset[str]


class _StartCache(dict):
    """Word type -> can it start a mention (:meth:`ActorLexicon.starts`); a type not seen before is judged (and
    remembered) by ``judge``, so that a sentence's look-ups run as one ``map`` in C."""

    __slots__ = ("judge",)

    def __init__(self, judge):
        super().__init__()
        self.judge = judge

    def __missing__(self, w: str) -> bool:
        return self.judge(w)


class ActorLexicon:
    """All actor lexicons in lookup form. Build it with :func:`actor_lexicon` (cached)."""

    def __init__(self):
        from ..tokenize.words import NewsWordTokenizer

        tok = NewsWordTokenizer()

        def key(phrase: str) -> tuple[str, ...]:
            return tuple(norm_token(t) for t in tok.tokenize(phrase))

        self.phrases: PhraseIndex[Entry] = PhraseIndex()
        self.info: dict[str, ActorInfo] = {}
        for row in lexicons.load("actors"):
            name, typ = row["name"], row["type"]
            if typ not in ACTOR_TYPES:
                raise DataError("actors.tsv", f"{name!r}: type {typ!r} is not one of {ACTOR_TYPES}")
            roles = []
            for r in _split(row.get("roles", "")):
                role, _, holder = r.partition("@")
                roles.append((role.strip(), holder.strip()))
            aliases = _split(row.get("aliases", ""))
            demonyms = _split(row.get("demonyms", ""))
            surnames = set()
            if typ == "person":
                for a in [name, *aliases]:
                    k = key(a)
                    if len(k) == 1 or a == name:
                        surnames.add(k[-1])
            self.info[name] = ActorInfo(name, typ, row.get("short", ""), demonyms[0] if demonyms else "",
                                        tuple(roles), frozenset(surnames))
            self._add(key(name), Entry(name, typ, "name"))
            for a in aliases:
                self._add(key(a), Entry(name, typ, "alias"))
            for d in demonyms:
                self._add(key(d), Entry(name, typ, "demonym"))
            for m in _split(row.get("members", "")):
                self._add(key(m), Entry(name, typ, "member"))
        self.place_leads = frozenset(r["place"] for r in lexicons.load("actor_places") if r.get("kind") == "lead")
        for row in lexicons.load("actor_places"):
            if row.get("kind") != "lead":
                self._add(key(row["place"]), Entry(row["place"], "", "place"))
        self.max_phrase = self.phrases.max_length
        self.first = self.phrases.first_tokens  # the tokens that start a phrase
        # headlines in capitals ("HOW CHINA'S DECLINE ..."): names of four letters or more, in upper case
        self.upper: PhraseIndex[Entry] = PhraseIndex()
        for k, e in self.phrases.items():
            if sum(len(w) for w in k) >= 4 and not all(w.isupper() for w in k):
                uk = tuple(w.upper() for w in k)
                if uk not in self.upper:
                    self.upper.add(uk, e)
        self.upper_first = self.upper.first_tokens

        self.titles: PhraseIndex[Title] = PhraseIndex()  # the first row of a title wins
        for row in lexicons.load("titles"):
            t = Title(row["title"], row["role"], row.get("leader", "").lower() == "yes", row.get("kind", ""),
                      row.get("gender", ""))
            self.titles.add(tuple(w.lower() for w in key(row["title"])), t)
        self.title_first = self.titles.first_tokens

        self.stopwords = frozenset(norm_token(w) for w in lexicons.column("actor_stopwords", "word"))
        self.gender = {row["name"]: row.get("gender", "") for row in lexicons.load("actor_firstnames")}
        self.firstnames = frozenset(self.gender)
        # the hand-written given names, which the actor type model was trained against (newslib train actors)
        self.model_firstnames = frozenset(row["name"] for row in lexicons.load("actor_firstnames")
                                          if row.get("list", "") != "coverage")
        self.orgwords = frozenset(lexicons.column("actor_orgwords", "word"))
        groups: dict[tuple[str, ...], str] = {}
        for row in lexicons.load("actor_groups"):
            groups[key(row["noun"])] = row["kind"]  # the last row of a noun wins
        self.groups: PhraseIndex[str] = PhraseIndex(groups.items())
        self.group_first = self.groups.first_tokens
        self.pronouns = {row["pronoun"]: row["refers"] for row in lexicons.load("actor_pronouns")}
        self.pronoun_gender = {row["pronoun"]: row.get("gender", "") for row in lexicons.load("actor_pronouns")}
        self.numbers = frozenset(r["word"] for r in lexicons.load("actor_quantifiers") if r["kind"] == "number")
        self.quantifiers = frozenset(r["word"] for r in lexicons.load("actor_quantifiers")
                                     if r["kind"] == "quantifier")
        self.limiters: PhraseIndex[str] = PhraseIndex(
            (tuple(r["word"].split()), "limiter") for r in lexicons.load("actor_quantifiers") if r["kind"] == "limiter")
        self.cues_before: dict[tuple[str, ...], str] = {}
        self.cues_after: dict[tuple[str, ...], str] = {}
        self.cues_appos: dict[str, str] = {}
        for row in lexicons.load("actor_type_cues"):
            if row["type"] not in ("person", "organization") or row["side"] not in ("before", "after", "appos"):
                raise DataError("actor_type_cues.tsv", f"{row['cue']!r}: side {row['side']!r} or type "
                                f"{row['type']!r} is not before/after/appos and person/organization")
            if row["side"] == "appos":
                self.cues_appos[row["cue"].lower()] = row["type"]
                continue
            # tokenized after a name, as in an article ("Pfizer's shares": "'s" is one token)
            glued = row["cue"] if row["cue"].startswith(("'", ",")) else " " + row["cue"]
            cue = tuple(w.lower() for w in key("Pfizer" + glued)[1:])
            (self.cues_before if row["side"] == "before" else self.cues_after)[cue] = row["type"]
        self._cue_lengths = sorted({len(c) for c in [*self.cues_before, *self.cues_after]}, reverse=True)
        self._quantity_starts = self.numbers | self.quantifiers | {k[0] for k in self.limiters}
        from ..tokenize.model import news_parameters

        self._ortho = news_parameters().ortho_context
        self._starts: dict[str, bool] = _StartCache(self._may_start)

    #: :meth:`starts` remembers its answer for this many word types, then starts again (memory stays bounded
    #: over an archive, where new types keep coming: names, numbers, typos).
    MAX_REMEMBERED = 100_000

    def starts(self, words: list[str]) -> list[int]:
        """Positions of the words that can start a mention in a sentence that is not in capitals: a lexicon
        phrase, a title, a group noun, a hyphenated word or a capitalized word that is not a stop word. The
        others ("the", "said", "The") start nothing; each word type is judged once (cached)."""
        seen = self._starts
        if len(seen) > self.MAX_REMEMBERED:
            seen.clear()
        # a word type not seen before is judged by the dictionary's __missing__ (_StartCache): the rest in C
        return list(compress(range(len(words)), map(seen.__getitem__, words)))

    def _may_start(self, w: str) -> bool:
        low = w.lower()
        # a capitalized stop word ("The", "However") that starts no phrase ends in the capitalized-run rule at once
        may = w[:1].isalpha() and (w in self.first or low in self.title_first or "-" in w or low in self.group_first
                                   or (w[0].isupper() and w not in self.stopwords))
        self._starts[w] = may
        return may

    def _add(self, k: tuple[str, ...], entry: Entry) -> None:
        if k and k not in self.phrases:  # the first entry wins; the file is ordered by importance
            self.phrases.add(k, entry)

    def match(self, words: list[str], i: int) -> tuple[int, Entry | None]:
        """Longest lexicon phrase starting at ``words[i]``: (length, entry) or (0, None)."""
        return self.phrases.longest(words, i)

    def match_upper(self, words: list[str], i: int) -> tuple[int, Entry | None]:
        """Longest lexicon phrase at ``words[i]`` in a sentence written in capitals."""
        return self.upper.longest(words, i)

    def match_title(self, lower: list[str], i: int) -> tuple[int, Title | None]:
        return self.titles.longest(lower, i)

    def match_group(self, lower: list[str], i: int) -> tuple[int, str | None]:
        return self.groups.longest(lower, i)

    def type_cues(self, lower: list[str], i: int, j: int) -> list[str]:
        """The types the cues around the name ``lower[i:j]`` tell (``actor_type_cues.tsv``): at most one cue
        before (the longest; a "the" right before the name is skipped), one after and one apposition."""
        out = []
        b = i - 1 if i > 0 and lower[i - 1] == "the" else i
        for n in self._cue_lengths:
            if b - n >= 0 and tuple(lower[b - n:b]) in self.cues_before:
                out.append(self.cues_before[tuple(lower[b - n:b])])
                break
        for n in self._cue_lengths:
            if j + n <= len(lower) and tuple(lower[j:j + n]) in self.cues_after:
                out.append(self.cues_after[tuple(lower[j:j + n])])
                break
        if j < len(lower) and lower[j] == ",":  # an apposition: its first listed head noun
            for k in range(j + 1, min(j + 7, len(lower))):
                w = lower[k]
                if w in (",", ".", ";", "and", "who", "which", "of", "at", "for", "in", "from", "with", "on", "before",
                         "after", "said", "says", "told"):
                    break  # the head noun comes before a prepositional phrase ("the head of the union"); no
                    # apposition holds a speech verb ("the National Mall, Mr. Obama said the museum")
                nxt = lower[k + 1] if k + 1 < len(lower) else ""
                if w in self.cues_appos and nxt not in ("'s", "'"):
                    if nxt in self.cues_appos or nxt in _APPOS_HEADS:
                        continue  # a modifier of the head noun: "a high school senior", "a bank analyst"
                    out.append(self.cues_appos[w])
                    break
        return out

    def is_number(self, word: str) -> bool:
        """"Five", "thirty-seven", "37", "30,000", "2.5": a cardinal number, in words or digits."""
        if not word:
            return False
        if word[0].isdigit():
            return word.replace(",", "").replace(".", "").isdigit()
        w = word.lower()
        return w in self.numbers or "-" in w and all(p in self.numbers for p in w.split("-"))

    def may_quantify(self, text: str) -> bool:
        """A quick test before :meth:`quantified`: can a phrase starting like ``text`` be quantified?"""
        first = text.split(None, 1)[0].lower() if text.strip() else ""
        return bool(first) and (first[0].isdigit() or first in self._quantity_starts or self.is_number(first))

    def quantified(self, lower: list[str]) -> bool:
        """Do the (lower-case) words of a source start with a number or a quantifier, after limiters ("only
        five", "37 of the 42 economists", "most analysts", "at least a dozen")? "One" alone is not a group
        ("one official")."""
        i = 0
        while i < len(lower):
            n, _ = self.limiters.longest(lower, i)
            if not n or (lower[i] in self.quantifiers and (i + 1 == len(lower) or lower[i + 1] in ("of", ","))):
                break  # "some" and "all" are limiters ("some 40") and quantifiers ("some of them")
            i += n
        if i >= len(lower):
            return False
        w, before = lower[i], lower[i - 1] if i else ""
        if w in ("one", "1"):
            return False
        if w.isdigit() and len(w) == 4 and 1800 <= int(w) <= 2099 or before in ("a", "an") and w[:1].isdigit():
            return False  # "a 2008 Clinton veteran", "2016 candidates": a year, not a count
        if lower[i + 1:i + 2] == ["-"] and lower[i + 2:i + 3] and lower[i + 2].startswith(("year", "month", "week")):
            return False  # "the 46-year-old": an age, not a count
        if before == "the" and w in ("most", "few", "many"):
            return False  # "the most recent poll": a superlative
        if w in ("majority", "minority") and lower[i + 1:i + 2] != ["of"]:
            return False  # "Minority Leader Grant Ellery", "majority owner": not "the majority of voters"
        return self.is_number(w) or w in self.quantifiers

    def is_common(self, word: str) -> bool:
        """True if the English Punkt model saw ``word`` in lower case: an ordinary word, not a name."""
        return bool(self._ortho.get(word.lower(), 0) & _ORTHO_LC)


#: Head nouns of an apposition that are no type cues themselves, after a cue noun that modifies them ("his
#: daughter, Ellie, a high school senior").
_APPOS_HEADS = frozenset("senior seniors junior juniors pupil pupils graduate graduates dropout principal "
                         "employee employees staffer staff volunteer volunteers".split())


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


@lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    return ActorLexicon()
