"""The actor lexicons, compiled once into dictionaries keyed by token tuples.

Every alias is tokenized by the same word tokenizer as the articles, so that a lookup is one dictionary probe
per candidate length: ``phrases[("Sergei", "Lavrov")]``. Data files (``newslib/lexicons/``):

``actors.tsv``            canonical names, types, aliases, demonyms, member nouns, short forms, roles
``titles.tsv``            titles and role nouns ("Foreign Minister", "Sen.", "Mr.") with a normalized role
``actor_places.tsv``      places that are not actors ("Alaska", "New Hampshire")
``actor_stopwords.tsv``   capitalized words that are never names ("However", "Friday")
``actor_firstnames.tsv``  given names ("Mark Rutte" is a person)
``actor_orgwords.tsv``    head words of organization names ("Foundation", "Ministry")
``actor_groups.tsv``      group and anonymous nouns ("leaders", "officials")
``actor_pronouns.tsv``    pronouns that can be sources, with what they refer to
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import lexicons
from ..errors import DataError
from .records import ACTOR_TYPES

#: Punkt orthographic-context flags that say a word was seen in lower case (beginning, middle, unknown).
_ORTHO_LC = 16 | 32 | 64


def norm_token(tok: str) -> str:
    """The form a token is looked up under: typographic apostrophes as ASCII."""
    if "\u2019" in tok or "\u2018" in tok:
        return tok.replace("\u2019", "'").replace("\u2018", "'")
    return tok


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


class ActorLexicon:
    """All actor lexicons in lookup form. Build it with :func:`actor_lexicon` (cached)."""

    def __init__(self):
        from ..tokenize.words import NewsWordTokenizer

        tok = NewsWordTokenizer()

        def key(phrase: str) -> tuple[str, ...]:
            return tuple(norm_token(t) for t in tok.tokenize(phrase))

        self.phrases: dict[tuple[str, ...], Entry] = {}
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
        self.max_phrase = max(len(k) for k in self.phrases)
        self.first: dict[str, int] = {}
        for k in self.phrases:
            self.first[k[0]] = max(self.first.get(k[0], 0), len(k))
        # headlines in capitals ("HOW CHINA'S DECLINE ..."): names of four letters or more, in upper case
        self.upper: dict[tuple[str, ...], Entry] = {}
        self.upper_first: dict[str, int] = {}
        for k, e in self.phrases.items():
            if sum(len(w) for w in k) >= 4 and not all(w.isupper() for w in k):
                uk = tuple(w.upper() for w in k)
                if uk not in self.upper:
                    self.upper[uk] = e
                    self.upper_first[uk[0]] = max(self.upper_first.get(uk[0], 0), len(uk))

        self.titles: dict[tuple[str, ...], Title] = {}
        for row in lexicons.load("titles"):
            t = Title(row["title"], row["role"], row.get("leader", "").lower() == "yes", row.get("kind", ""),
                      row.get("gender", ""))
            self.titles.setdefault(tuple(w.lower() for w in key(row["title"])), t)
        self.title_first: dict[str, int] = {}
        for k in self.titles:
            self.title_first[k[0]] = max(self.title_first.get(k[0], 0), len(k))

        self.stopwords = frozenset(norm_token(w) for w in lexicons.column("actor_stopwords", "word"))
        self.gender = {row["name"]: row.get("gender", "") for row in lexicons.load("actor_firstnames")}
        self.firstnames = frozenset(self.gender)
        self.orgwords = frozenset(lexicons.column("actor_orgwords", "word"))
        self.groups: dict[tuple[str, ...], str] = {}
        for row in lexicons.load("actor_groups"):
            self.groups[key(row["noun"])] = row["kind"]
        self.group_first: dict[str, int] = {}
        for k in self.groups:
            self.group_first[k[0]] = max(self.group_first.get(k[0], 0), len(k))
        self.pronouns = {row["pronoun"]: row["refers"] for row in lexicons.load("actor_pronouns")}
        self.pronoun_gender = {row["pronoun"]: row.get("gender", "") for row in lexicons.load("actor_pronouns")}
        from ..tokenize.model import news_parameters

        self._ortho = news_parameters().ortho_context

    def _add(self, k: tuple[str, ...], entry: Entry) -> None:
        if k and k not in self.phrases:  # the first entry wins; the file is ordered by importance
            self.phrases[k] = entry

    def match(self, words: list[str], i: int) -> tuple[int, Entry | None]:
        """Longest lexicon phrase starting at ``words[i]``: (length, entry) or (0, None)."""
        longest = self.first.get(words[i], 0)
        for n in range(min(longest, len(words) - i), 0, -1):
            e = self.phrases.get(tuple(words[i:i + n]))
            if e is not None:
                return n, e
        return 0, None

    def match_upper(self, words: list[str], i: int) -> tuple[int, Entry | None]:
        """Longest lexicon phrase at ``words[i]`` in a sentence written in capitals."""
        longest = self.upper_first.get(words[i], 0)
        for n in range(min(longest, len(words) - i), 0, -1):
            e = self.upper.get(tuple(words[i:i + n]))
            if e is not None:
                return n, e
        return 0, None

    def match_title(self, lower: list[str], i: int) -> tuple[int, Title | None]:
        longest = self.title_first.get(lower[i], 0)
        for n in range(min(longest, len(lower) - i), 0, -1):
            t = self.titles.get(tuple(lower[i:i + n]))
            if t is not None:
                return n, t
        return 0, None

    def match_group(self, lower: list[str], i: int) -> tuple[int, str | None]:
        longest = self.group_first.get(lower[i], 0)
        for n in range(min(longest, len(lower) - i), 0, -1):
            kind = self.groups.get(tuple(lower[i:i + n]))
            if kind is not None:
                return n, kind
        return 0, None

    def is_common(self, word: str) -> bool:
        """True if the English Punkt model saw ``word`` in lower case: an ordinary word, not a name."""
        return bool(self._ortho.get(word.lower(), 0) & _ORTHO_LC)


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


@lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    return ActorLexicon()
