"""Actors: the people, organizations, countries and groups an article talks about, each under one name.

NLTK's named-entity chunker needs data that is not available offline, so actors are found from lexicons and
patterns, in one left-to-right pass over each sentence's tokens (dictionary probes keyed by token tuples, see
:mod:`newslib.tagging.actor_lexicon`):

1. **Lexicon phrases** (longest match): countries with their capitals, metonyms and demonyms ("Kyiv",
   "Ukrainian" → Ukraine; "Moscow", "Kremlin" → Russia; "U.S.", "Washington" → United States),
   organizations ("NATO", "North Atlantic Treaty Organization"), well-known people with spelling variants
   ("Zelensky", "Zelenskiy" → Zelenskyy). A possessive clitic belongs to the mention ("Ukraine's"); the first
   part of a hyphenated word is a mention too ("Russian-backed").
2. **Title + name**: "Foreign Minister Sergei Lavrov", "Sen. Ted Cruz", "Mr. Lavrov" make persons; the
   title's modifier records a role ("Russia's Foreign Minister Sergei Lavrov" holds foreign minister@Russia).
3. **Role phrases** without a name: "the Russian leader", "the US President" become mentions of the person
   who holds that role in the article (from step 2, or the lexicon's roles column for people the article
   names); when nobody does, a role actor such as "US President" (type person).
4. **Capitalized runs** not at a sentence start: "Mark Rutte" (a given name), "Clinton Foundation" (an
   organization word), "Sergei Lavrov" (a last word never seen in lower case). At a sentence start (and after
   an opening quote) ordinary words are skipped: a word is ordinary when it is in ``actor_stopwords.tsv``
   or the English Punkt model saw it in lower case ("However", "The", "Critics"). Months and weekdays are
   never names. A run after "in", "at", "from", before ", <place>", or that starts with a place word ("San",
   "St.", "Fort") is a place, not an actor; a given name inside a run starts a person ("Government Affairs
   Phil Smith" → Phil Smith). A lone capitalized word becomes an actor only with more evidence: an
   attribution's source holds it (a person, or an organization for initials and words like "Times"), it is
   the surname of a person named in full, or it recurs three times or more in the middle of sentences (then
   an organization: "Pfizer"). In a title-case headline ordinary words end a name; in a headline in
   capitals only lexicon names count.
5. **Groups**: a country, organization or demonym before a plural group noun ("European leaders", "Western
   allies") is a group actor; "international community" is in the lexicon. Places ("Alaska", "New
   Hampshire") are not actors, but they can modify a role ("the Vermont senator"), and a place that is an
   attribution's whole source becomes an actor of type country ("Massachusetts said").
6. **Role phrases nobody holds** ("the Democratic nominee" in an article that names no Democratic nominee)
   are not actors; they only keep the source linker from crediting the party.

Linking inside the article: a lone surname (or the middle one of three names: "Ms. Acosta" for "Melba Acosta
Febo") is the person named in full with that surname, the nearest before it, else the first after, and of
the gender an honorific tells ("Mr. Clinton" is Bill, not Hillary); spelling variants meet in the lexicon's
canonical entry. Genders from titles and given names (``actor_firstnames.tsv``) also keep "he" and "she"
apart when sources are resolved.

**Names.** Countries, organizations and groups carry the lexicon's canonical name ("United States" for
"The U.S."). A person carries the fullest form the article uses, spelled as the lexicon spells it: an article
that says "Vladimir Putin" gets "Vladimir Putin", one that only says "Putin" (or "the Russian leader") gets
"Putin"; "Zelensky" alone becomes "Zelenskyy".

Sources (see :mod:`newslib.tagging.actor_sources`): each attribution's ``source`` gets ``actor`` and a refined
``kind``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..spans import Span
from .actor_lexicon import ActorLexicon, Entry, actor_lexicon, norm_token
from .records import Actor, Attribution

_POSSESSIVE = frozenset({"'s", "'", "'S"})
_DETERMINERS = frozenset({"the", "The"})
_OPENERS = frozenset({'"', "\u201c", "\u2018", "'", ":", "(", "[", "\u2014", "\u2013", "--", "-", "\u2026"})
_PARTICLES = frozenset({"de", "da", "del", "der", "di", "du", "van", "von", "bin", "ibn", "al", "el", "la", "le",
                        "dos", "das", "ter", "ten", "St."})
_SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})
_INITIAL = re.compile(r"^[A-Z]\.$")
_PARTY_STATE = re.compile(r"^[RDI]-")  # R-Texas, D-N.Y.
_ORG_JOINERS = frozenset({"of", "for", "on"})
_NO_ENTRY = Entry("", "", "")
_VOCATIVE_ROLES = frozenset({"president", "vice president", "speaker", "chairman", "secretary", "ambassador",
                             "mayor", "governor", "senator", "prime minister", "minister", "justice",
                             "commissioner", "director", "secretary of state", "secretary-general"})
_PREPOSITIONS = frozenset({"from", "in", "at", "of", "near", "to", "for", "with", "by", "on", "about", "against"})
_FORMER = frozenset({"former", "ex", "ex-", "late", "then"})
_LOCATIVE = frozenset({"in", "at", "near", "outside", "across", "throughout", "around", "from"})


@dataclass(slots=True)
class Mention:
    """A mention found in the scan: character span, token range in its sentence, and what it names.

    ``key`` identifies the actor while linking (the lexicon's canonical name, or the run's text); ``form`` is
    how it names it: name, alias, demonym, member, run, surname, title-name, role, group.
    """

    start: int
    end: int
    sentence: int
    tok: int
    tok_end: int
    key: str
    type: str
    form: str
    lexical: bool = False  # the key is a lexicon entry
    tokens: tuple[str, ...] = ()  # the name's own tokens (without title or possessive)
    evidence: bool = True  # False: a lone capitalized word kept only if something else supports it
    role: tuple | None = None  # (role, holder key, leader, title kind) for role phrases
    gender: str = ""  # m or f when a title tells it ("Mrs.", "Congressman")
    guess: bool = False  # the type is a default, nothing in the name tells it: the type model decides
    sourced: bool = False  # an attribution's source holds it


@dataclass(slots=True)
class ActorScan:
    """Everything the scan found in one article: its mentions, and who holds which role
    (``holders[(role, holder key or None)]`` → person keys, from "Russia's Foreign Minister Sergei Lavrov")."""

    mentions: list[Mention] = field(default_factory=list)
    holders: dict[tuple[str, str | None], list[str]] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------------- scan


def _acronym(w: str) -> bool:
    """FBI, I.R.S., NAACP: an organization's initials (a name in capitals, "WALLACE", is longer)."""
    if w.endswith("s") and len(w) > 2 and w[-2].isupper():
        w = w[:-1]  # "PACs"
    letters = w.replace(".", "").replace("&", "")
    return w.isupper() and 2 <= len(letters) <= 5 and letters.isalpha()


def _capitalized(w: str) -> bool:
    return w[:1].isupper() and (w[0].isalpha() or any(c.isalpha() for c in w))


def _all_caps_sentence(words: list[str]) -> bool:
    if sum(map(str.isupper, words)) < 3:
        return False  # a quick test: the rule below needs three words in capitals at least
    alpha = [w for w in filter(str.isalpha, words) if len(w) > 2]
    return len(alpha) >= 4 and sum(map(str.isupper, alpha)) > len(alpha) / 2


def _title_case_sentence(words: list[str]) -> bool:
    content = [w for w in words if len(w) > 3 and w.isalpha()]
    return len(content) >= 3 and sum(_capitalized(w) for w in content) >= 0.6 * len(content)


class _SentenceScanner:
    """One left-to-right pass over one sentence's tokens."""

    def __init__(self, text: str, sentence, lex: ActorLexicon, scan: ActorScan, after_honorific=None):
        self.after_honorific = after_honorific  # the previous sentence ended with "Mr." (a splitter's slip)
        self.text = text
        self.s = sentence
        self.lex = lex
        self.scan = scan
        self.toks = sentence.tokens
        if "\u2019" in sentence.text or "\u2018" in sentence.text:
            self.words = [norm_token(t.text) for t in self.toks]
            self.lower = list(map(str.lower, self.words))
        else:  # no typographic apostrophe in the sentence, so none in its tokens: nothing to normalize
            self.words = list(sentence.words)
            self.lower = list(sentence.lower_words)  # a list: the lexicon compares slices with lists
        self.shouting = _all_caps_sentence(self.words)
        self.title_case = bool(sentence.title and _title_case_sentence(self.words))
        self.last: Mention | None = None  # the last mention made in this sentence

    # -- helpers ---------------------------------------------------------------------------------------

    def _initial(self, i: int) -> bool:
        """Does token i open the sentence, a quote or a clause after a colon or dash: is it the first token
        starting with a letter since the sentence start or the last opener? Every token of a title-case
        headline counts as one."""
        if self.title_case:
            return True
        words = self.words
        if not words[i][:1].isalpha():
            return False
        for k in range(i - 1, -1, -1):
            w = words[k]
            if w in _OPENERS:
                return True
            if w[:1].isalpha():
                return False
        return True

    def _possessive_end(self, j: int) -> int:
        return j + 1 if j < len(self.words) and self.words[j] in _POSSESSIVE else j

    def _add(self, i: int, j: int, key: str, typ: str, form: str, *, lexical: bool = False,
             name_end: int | None = None, evidence: bool = True, role=None, start_tok: int | None = None) -> Mention:
        """A mention over tokens [start_tok or i, possessive-extended j)."""
        end_tok = self._possessive_end(j)
        st = i if start_tok is None else start_tok
        m = Mention(self.toks[st].start, self.toks[end_tok - 1].end, self.s.index, st, end_tok, key, typ, form,
                    lexical, tuple(self.words[i:name_end if name_end is not None else j]), evidence, role)
        self.scan.mentions.append(m)
        self.last = m
        return m

    def _adjacent_modifier(self, i: int) -> Mention | None:
        """The mention right before token i (a country, organization or demonym modifying what follows)."""
        m = self.last
        if m is not None and m.tok_end == i and m.type in ("country", "organization", "group", "person", "place"):
            return m
        return None

    def _name_token(self, j: int, run_len: int) -> bool:
        w = self.words[j]
        if not _capitalized(w) or w in self.lex.stopwords or _PARTY_STATE.match(w):
            return False
        if (not w.isalpha() and any(c.isdigit() for c in w)) or (run_len == 0 and w.endswith("s") and (w.lower(),) in self.lex.groups):
            return False  # "EB-5"; "Demonstrators" at a sentence start
        if j + 1 < len(self.words) and self.lower[j + 1] == "n't":  # "Won't" in a title-case headline
            return False
        if self.title_case and run_len and self.lex.is_common(w) and w not in self.lex.firstnames:
            return False  # "Lindsey Graham Says ...": in a title-case headline ordinary words end a name
        if self.lower[j] in self.lex.title_first and self.lex.match_title(self.lower, j)[1] is not None \
                and not (run_len == 0 and w in self.lex.firstnames):
            # a title word after a lone given name is a surname ("Charlie King"), unless a name follows it
            if not (run_len == 1 and self.words[j - 1] in self.lex.firstnames
                    and not (j + 1 < len(self.words) and _capitalized(self.words[j + 1]))):
                return False
        n, e = self.lex.match(self.words, j) if w in self.lex.first else (0, None)
        if e is not None and e.type != "person":
            # a lexicon place/country/organization stops a run, unless the run so far is a lone given name
            # ("Michael Jordan") or the phrase is a place that is part of a longer name
            if not (run_len == 1 and self.words[j - 1] in self.lex.firstnames and n == 1):
                return False
        return True

    def _run(self, i: int) -> int:
        """End (exclusive) of the capitalized name run starting at token i (i itself is a name token)."""
        n = len(self.words)
        j = i + 1
        while j < n:
            w = self.words[j]
            if self._name_token(j, j - i):
                j += 1
            elif (w in _PARTICLES or _INITIAL.match(w)) and j + 1 < n and self._name_token(j + 1, j - i):
                j += 1
            elif (w in _ORG_JOINERS and self.words[j - 1] in self.lex.orgwords and j + 1 < n):
                k = j + 1
                if self.lower[k] in ("the", "a", "an") and k + 1 < n:
                    k += 1
                if self._name_token(k, j - i):
                    j = k + 1
                else:
                    break
            elif w == "and" and j + 1 < n and self._name_token(j + 1, j - i):
                # "Oversight and Government Reform Committee": "and" inside an organization's name
                k = j + 1
                while k < n and self._name_token(k, k - i):
                    k += 1
                if self.words[k - 1] in self.lex.orgwords:
                    j = k
                else:
                    break
            else:
                break
        while j > i + 1 and self.words[j - 1] in _SUFFIXES | _PARTICLES:
            if self.words[j - 1] in _SUFFIXES:
                break
            j -= 1
        return j

    # -- the pass --------------------------------------------------------------------------------------

    def run(self) -> None:
        words, lex, lower = self.words, self.lex, self.lower
        n = len(words)
        i = 0
        title = self.after_honorific
        t2 = lex.match_title(lower, 0)[1] if title is not None and n else None
        if t2 is not None and t2.role in _VOCATIVE_ROLES:
            title = None
        if title is not None and n and _capitalized(words[0]) and words[0] not in lex.stopwords:
            end = self._run(0)
            ln, entry = lex.match(words, 0)
            if entry is not None and entry.type == "person":
                m = self._add(0, ln, entry.name, "person", "title-name", lexical=True)
            else:
                m = self._add(0, end, " ".join(words[:end]), "person", "title-name")
            m.gender = title.gender
            i = m.tok_end
        # only the tokens that can start a mention are visited (a word type is looked at once per process:
        # most tokens, "the", "said", "of", start nothing); each visit returns where the pass goes on
        at = i
        for i in (lex.starts(words) if not self.shouting else range(n)):
            if i >= at:
                at = self._visit(i)

    def _visit(self, i: int) -> int:
        """What token i starts (a lexicon phrase, a title, a capitalized run, a group): the next token index."""
        words, lex, lower = self.words, self.lex, self.lower
        w = words[i]
        if not w[:1].isalpha():
            return i + 1
        ln, entry = lex.match(words, i) if w in lex.first else (0, None)
        if entry is None and self.shouting and w in lex.upper_first:
            ln, entry = lex.match_upper(words, i)
        tn, title = lex.match_title(lower, i) if lower[i] in lex.title_first and not self.shouting else (0, None)
        if title is not None and tn > ln:
            nxt = self._title(i, tn, title)
            if nxt is not None:
                return nxt
        if entry is not None:
            return self._lexical(i, ln, entry)
        if "-" in w and not self.shouting:
            head = w.split("-", 1)[0]
            e = lex.phrases.get((head,))
            if e is not None and e.form != "place" and head:
                t = self.toks[i]
                m = Mention(t.start, t.start + len(head), self.s.index, i, i + 1, e.name, e.type, e.form, True,
                            (head,))
                self.scan.mentions.append(m)
                self.last = m
                return i + 1
        if w[0].isupper():
            return self._capitalized_run(i) if not self.shouting else i + 1
        gn, gkind = lex.match_group(lower, i) if lower[i] in lex.group_first else (0, None)
        if gkind is not None:
            self._group(i, gn, gkind)
            return i + gn
        return i + 1

    def _lexical(self, i: int, ln: int, entry: Entry) -> int:
        j = i + ln
        # "Syrian Observatory for Human Rights", "Russian Foreign Ministry": a country or organization
        # followed by a run that holds an organization word names a (new) organization
        if entry.type != "person" and j < len(self.words) and self._name_token(j, 1):
            end = self._run(j)
            last = self.words[end - 1]
            if any(w in self.lex.orgwords for w in self.words[j:end]) or entry.form == "place" and \
                    len(last) > 3 and last.endswith("s") and not last.endswith("ss") and last.isalpha() and \
                    not self.title_case and last not in self.lex.firstnames and \
                    (last.lower(),) not in self.lex.groups and not self.lex.is_common(last):
                # a place and a plural name are a team ("Winnipeg Wolves", "Regina Rams")
                self._add(i, end, " ".join(self.words[i:end]), "organization", "run")
                return self._possessive_end(end)
        if entry.form == "place":
            # not an actor, but it can modify a title ("the Vermont senator") or a group ("Texas lawmakers")
            self._add(i, j, entry.name, "place", "place", lexical=True)
            return self._possessive_end(j)
        self._add(i, j, entry.name, entry.type, entry.form, lexical=True)
        return self._possessive_end(j)

    def _title(self, i: int, tn: int, title) -> int | None:
        """A title at token i: title + name makes a person; a role phrase stands for one. Returns the next
        token index, or None when the title is neither (the caller goes on as if there were no title)."""
        words = self.words
        j = i + tn
        modifier = self._adjacent_modifier(i)
        first = modifier.tok if modifier is not None else i
        former = any(self.lower[k] in _FORMER for k in range(max(0, first - 2), first))
        holder = modifier.key if modifier is not None and modifier.type in ("country", "organization", "place") \
            else None
        honorific = title.kind == "honorific"
        if honorific and j < len(words):
            tn2, t2 = self.lex.match_title(self.lower, j)
            if t2 is not None and t2.role in _VOCATIVE_ROLES:
                return j + tn2  # "Mr. President", "Madam Speaker": an address, not a name
        if j < len(words) and _capitalized(words[j]) and (
                self._name_token(j, 0) or honorific and words[j] not in self.lex.stopwords):
            ln, entry = self.lex.match(words, j)
            if entry is not None and entry.type == "person":
                end = j + ln
                m = self._add(j, end, entry.name, "person", "title-name", lexical=True)
            else:
                end = self._run(j)
                if end - j >= 3 and self._common_lead(j):
                    j += 1  # "Miss Universe Alicia Machado"
                m = self._add(j, end, " ".join(words[j:end]), "person", "title-name", start_tok=j)
            m.gender = title.gender
            if title.role and title.role != "honorific" and not former:
                self._hold(title.role, holder, m.key, title.leader)
            return m.tok_end
        if title.kind == "honorific" or title.kind == "descriptor" and modifier is None:
            return None
        # a role phrase: [the] [modifier] title, not followed by a name
        det = None
        if modifier is not None and modifier.tok > 0 and words[modifier.tok - 1] in _DETERMINERS:
            det = modifier.tok - 1
        elif modifier is None and i > 0 and words[i - 1] in _DETERMINERS:
            det = i - 1
        if modifier is None and det is None or former or modifier is not None and modifier.type == "person":
            return None  # "Clinton's spokesman" is not Clinton
        if words[i][:1].islower() and modifier is None and title.kind != "political":
            return None
        start_tok = det if det is not None else modifier.tok
        self._add(i, j, "", "person", "role", role=(title.role, holder, title.leader, title.kind), start_tok=start_tok,
                  name_end=j)
        return self._possessive_end(j)

    def _hold(self, role: str, holder: str | None, person: str, leader: bool) -> None:
        roles = [role, "leader"] if leader and role != "leader" else [role]
        for r in roles:
            for h in {holder, None}:
                lst = self.scan.holders.setdefault((r, h), [])
                if person not in lst:
                    lst.append(person)

    def _common_lead(self, i: int) -> bool:
        """The run's first word is an ordinary word, not a given name ("Crooked", "Rival", "Injecting")."""
        w = self.words[i]
        return ((self.lex.is_common(w) or w.endswith("ing")) and w not in self.lex.firstnames
                and not w.isupper())

    def _capitalized_run(self, i: int) -> int:
        words, lex = self.words, self.lex
        w = words[i]
        if w in lex.stopwords or _PARTY_STATE.match(w) or lex.is_number(w):
            return i + 1  # "Thirty-seven said": a number is never a name
        if self._initial(i) and lex.is_common(w) and w not in lex.firstnames:
            return i + 1
        if not self._name_token(i, 0) and not (i + 1 < len(words) and self._name_token(i + 1, 1)):
            return i + 1
        end = self._run(i)
        toks = words[i:end]
        if len(toks) == 1 and not self._name_token(i, 0):
            return i + 1
        if toks[0] in lex.place_leads and len(toks) > 1:
            return end  # "San Bernardino", "St. Louis": a place
        if toks[0] not in lex.firstnames:
            # "Government Affairs Phil Smith": a name starts inside the run
            k = next((k for k in range(1, len(toks) - 1) if toks[k] in lex.firstnames), None)
            if k is not None:
                if any(t in lex.orgwords for t in toks[:k]):
                    self._add(i, i + k, " ".join(toks[:k]), "organization", "run")
                self._add(i + k, end, " ".join(toks[k:]), "person", "run")
                return self._possessive_end(end)
        key = " ".join(toks)
        if len(toks) > 1 and any(t in lex.orgwords or _acronym(t) for t in toks):
            self._add(i, end, key, "organization", "run")  # "Clinton Foundation", "Super PAC"
            return self._possessive_end(end)
        if len(toks) > 1 and self._common_lead(i):
            return i + 1  # the rest is looked at on its own
        if len(toks) == 1:
            caps = _acronym(w) or w in lex.orgwords  # "the Times"
            if not caps and self._organization_cue(i, end):
                self._add(i, end, key, "organization", "run")  # "chief executive of Bytefarm", "Pfizer Inc"
                return self._possessive_end(end)
            m = self._add(i, end, key, "organization" if caps else "person", "run", evidence=False)
            m.guess = not caps and w not in lex.firstnames
            return self._possessive_end(end)
        if i > 0 and self.lower[i - 1] in _LOCATIVE and toks[0] not in lex.firstnames:
            return end  # "in Fort Wayne": a place
        if end + 1 < len(words) and words[end] == "," and (lex.match(words, end + 1)[1] or _NO_ENTRY).form == "place":
            return end  # "Fort Wayne, Indiana"
        if toks[0] in lex.firstnames or not lex.is_common(toks[-1]):
            m = self._add(i, end, key, "person", "run")
            m.guess = toks[0] not in lex.firstnames  # "Zola Mbeki": a person only by default
        elif not lex.is_common(toks[0]) and self._organization_cue(i, end):
            self._add(i, end, key, "organization", "run")  # "shares of Kgalema Platinum"
        return self._possessive_end(end)

    def _organization_cue(self, i: int, j: int) -> bool:
        """Do the words around tokens [i, j) say organization, and none say person ("shares of X")?"""
        cues = self.lex.type_cues(self.lower, i, j)
        return "organization" in cues and "person" not in cues

    def _group(self, i: int, gn: int, kind: str) -> None:
        if kind != "group":
            return
        noun = self.lower[i]  # "heads" of "heads of state"
        if not (noun.endswith("s") or noun == "people"):
            return  # "the American campaign finance system": a singular noun makes no group actor
        mod = self._adjacent_modifier(i)
        if mod is None or mod.type == "person" or mod.form == "role":
            return
        start = mod.start  # "the European parties": the determiner stays outside the name
        span_text = self.text[start:self.toks[i + gn - 1].end]
        name = _clean_name(span_text)
        m = Mention(start, self.toks[i + gn - 1].end, self.s.index, mod.tok, i + gn, name, "group", "group", False,
                    tuple(self.words[mod.tok:i + gn]))
        self.scan.mentions.append(m)
        self.last = m


def _clean_name(s: str) -> str:
    s = " ".join(norm_token(s).split())
    s = re.sub(r"\bU\.S\.(?=\s|$|')", "US", s)
    s = re.sub(r"\bU\.N\.(?=\s|$|')", "UN", s)
    s = re.sub(r"\bU\.K\.(?=\s|$|')", "UK", s)
    s = re.sub(r"\bE\.U\.(?=\s|$|')", "EU", s)
    if s.endswith("'s"):
        s = s[:-2]
    elif s.endswith("'"):
        s = s[:-1]
    if s.startswith(("the ", "The ")):
        s = s[4:]
    return s


def scan_article(text: str, sentences, lex: ActorLexicon | None = None) -> ActorScan:
    """All mentions in the article, in text order, before linking."""
    lex = lex or actor_lexicon()
    scan = ActorScan()
    honorific = None
    for s in sentences:
        if s.tokens:
            _SentenceScanner(text, s, lex, scan, honorific).run()
            # "Mr." or "Del." cut off from its name by the sentence splitter
            low = [t.text.lower() for t in s.tokens[-2:]]
            t = None
            if low[-1].endswith("."):
                t = lex.titles.get((low[-1],))
                if t is None and len(low) == 2 and low[-1] == ".":
                    t = lex.titles.get((low[0], "."))
            honorific = t if t is not None and t.kind in ("honorific", "political", "military") else None
    return scan


# -------------------------------------------------------------------------------------------------- link


def _seed_from_sources(text: str, sentences, attributions, scan: ActorScan, lex: ActorLexicon) -> None:
    """A source that holds a capitalized word no mention covers makes that word an actor (the source is the
    evidence): "Lavrov said" at a sentence start, an unknown "Hicks said"."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in scan.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for lst in by_sentence.values():
        lst.sort(key=lambda m: m.start)
    m_starts = {k: [m.start for m in lst] for k, lst in by_sentence.items()}
    sent_cache: dict[int, tuple[list[int], list[str]]] = {}
    starts = [s.start for s in sentences]
    promoted: set[str] = set()
    for a in attributions:
        src = a.source
        if src is None:
            continue
        k = bisect_left(starts, src.start + 1) - 1
        if k < 0:
            continue
        s = sentences[k]
        here = by_sentence.setdefault(s.index, [])
        hs = m_starts.setdefault(s.index, [])
        near = here[bisect_left(hs, src.start - 400):bisect_left(hs, src.end)]
        overlapping = [m for m in near if m.start < src.end and src.start < m.end]
        places = [m for m in overlapping if m.type == "place"]
        if places and len(overlapping) == 1 and \
                _clean_name(src.text) == _clean_name(text[places[0].start:places[0].end]):
            promoted.add(places[0].key)  # "Massachusetts said": a place that speaks is an actor
        if overlapping:
            named = sorted((m for m in overlapping if m.evidence), key=lambda m: m.start)
            for m in overlapping:
                m.sourced = True
                before = [x for x in named if x.end <= m.start]
                if before and text[before[-1].end:m.start].strip() not in ("and", "&", ", and"):
                    continue  # "X, 59, of Ashton, Md.": only the head name, or names joined by "and"
                # a lone word in a source is an actor, unless a preposition puts it aside ("a doctor from X")
                if (not m.evidence and src.start <= m.start and m.end <= src.end
                        and (not lex.is_common(m.key) or m.key in lex.orgwords or m.key in lex.firstnames)
                        and not (m.tok > 0 and s.tokens[m.tok - 1].text.lower() in _PREPOSITIONS)):
                    m.evidence = True
            continue
        run: list[int] = []
        if s.index not in sent_cache:
            ws = [norm_token(t.text) for t in s.tokens]
            sent_cache[s.index] = ([t.start for t in s.tokens], ws, [w.lower() for w in ws])
        tstarts, swords, slower = sent_cache[s.index]
        skip_to = -1
        first_tok = bisect_left(tstarts, src.start)
        for i in range(first_tok, bisect_left(tstarts, src.end)):
            t = s.tokens[i]
            if t.end > src.end or i < skip_to:
                continue
            w = swords[i]
            n, e = lex.match(swords, i)
            if e is not None and e.form == "place":
                if run:
                    break
                skip_to = i + n
                continue
            if (_capitalized(w) and w not in lex.stopwords and w.lower() not in lex.pronouns
                    and lex.match_title(slower, i)[1] is None and lex.match_group([w.lower()], 0)[1] is None
                    and not _PARTY_STATE.match(w) and not lex.is_number(w)):
                if run and run[-1] != i - 1:
                    break
                run.append(i)
            elif run:
                break
        if not run:
            continue
        words = [norm_token(s.tokens[i].text) for i in run]
        if len(words) == 1 and lex.is_common(words[0]) and words[0] not in lex.orgwords:
            continue  # "Poll", "Twelve": an ordinary word, even as a source
        if all(lex.is_common(w) for w in words) or any(c.isdigit() for w in words for c in w):
            continue  # "FELLOW DOCTORS", "EB-5"
        typ = "organization" if (any(w in lex.orgwords for w in words) or
                                 (len(words) == 1 and _acronym(words[0]))) else "person"
        first, last = s.tokens[run[0]], s.tokens[run[-1]]
        m = Mention(first.start, last.end, s.index, run[0], run[-1] + 1, " ".join(words), typ, "run", False,
                    tuple(words))
        m.sourced = True
        m.guess = typ == "person" and words[0] not in lex.firstnames
        scan.mentions.append(m)
        k = bisect_left(hs, m.start)
        hs.insert(k, m.start)
        here.insert(k, m)
    for m in scan.mentions:
        if m.type == "place" and m.key in promoted:
            m.type, m.form = "country", "name"


def _link(scan: ActorScan, lex: ActorLexicon) -> None:
    """Surnames to full names, weak single words dropped, role phrases resolved. Rewrites ``key``s in place."""
    ms = scan.mentions
    ms.sort(key=lambda m: (m.start, -m.end))
    # persons named in full, by surname
    by_surname: dict[str, list[tuple[int, str]]] = {}
    for m in ms:
        if m.type != "person" or m.form == "role":
            continue
        if m.lexical:
            info = lex.info.get(m.key)
            names = info.surnames if info else ()
            for sname in names:
                by_surname.setdefault(sname, []).append((m.start, m.key))
        elif len(m.tokens) >= 2:
            toks = [t for t in m.tokens if t not in _SUFFIXES]
            if toks:
                by_surname.setdefault(toks[-1], []).append((m.start, m.key))
            if len(toks) >= 3 and not _INITIAL.match(toks[-2]) and toks[-2] not in _PARTICLES:
                by_surname.setdefault(toks[-2], []).append((m.start, m.key))  # "Melba Acosta Febo": Ms. Acosta
    renamed: dict[str, str] = {}
    for m in ms:
        if m.type not in ("person", "organization") or m.lexical or m.form == "role" or len(m.tokens) != 1:
            continue
        tok = m.tokens[0]
        cands = by_surname.get(tok) or (by_surname.get(tok.title()) if tok.isupper() and len(tok) > 2 else None)
        if not cands:
            continue
        if m.gender:  # "Mr. Clinton" is not Hillary Clinton
            fitting = [c for c in cands if lex.gender.get(c[1].split()[0], m.gender) == m.gender]
            cands = fitting or cands
        before = [c for c in cands if c[0] < m.start and c[1] != m.key]
        target = before[-1][1] if before else next((c[1] for c in cands if c[1] != m.key), None)
        if target is None:
            continue
        renamed[m.key] = target
        m.key, m.type, m.form, m.evidence = target, "person", "surname", True
        m.lexical = target in lex.info
    # a weak lone word that recurs capitalized in the middle of sentences, and is never seen in lower case,
    # is kept; the others go
    counts: dict[str, int] = {}
    for m in ms:
        if not m.evidence:
            counts[m.key] = counts.get(m.key, 0) + 1
    # a lone word the context once called an organization ("Quantaris Inc", "shares of Quantaris") is that
    # organization wherever else it is written
    told = {m.key for m in ms if m.evidence and m.form == "run" and m.type == "organization" and len(m.tokens) == 1}
    keep = []
    for m in ms:
        if not m.evidence and m.key in told:
            m.type, m.evidence = "organization", True
        if not m.evidence:
            if not (counts[m.key] >= 3 and not lex.is_common(m.key) and m.type == "person"
                    and not m.key.endswith("ing")):
                continue
            # a lone word that recurs but is never introduced by a full name is more often a company,
            # a product or a body than a person ("Airbnb", "Pfizer"), unless it is a given name ("Gloria");
            # the type model has the last word (_retype)
            if m.key not in lex.firstnames:
                m.type = "organization"
        keep.append(m)
    ms[:] = keep
    for lst in scan.holders.values():  # "King James" holds king; "James" is LeBron James
        lst[:] = list(dict.fromkeys(renamed.get(k, k) for k in lst))
    # role holders from the lexicon, for people the article names
    # (only with their holder: "the president" alone is resolved from the article's own "President X")
    freq: dict[str, int] = {}
    for m in ms:
        freq[m.key] = freq.get(m.key, 0) + 1
    for key in sorted({m.key for m in ms if m.lexical and m.type == "person"}):
        for role, holder in lex.info[key].roles:
            lst = scan.holders.setdefault((role, holder), [])
            if key not in lst:
                lst.append(key)
    # role phrases
    out = []
    for m in ms:
        if m.form == "role":
            role, holder, leader, kind = m.role
            cands = scan.holders.get((role, holder)) or []
            if not cands and holder is not None and holder not in lex.info:
                cands = scan.holders.get((role, None)) or []  # "the Vermont senator": the one senator named
                cands = cands if len(cands) == 1 else []
            if len(cands) == 1 or (holder is not None and cands):
                m.key = max(cands, key=lambda k: freq.get(k, 0))  # the most mentioned (first on a tie)
                m.lexical = m.key in lex.info
            elif holder is not None and kind == "political" and holder in lex.info and \
                    lex.info[holder].type == "country":
                info = lex.info.get(holder)
                prefix = (info.short or info.demonym or info.name) if info else holder
                m.key = f"{prefix} {_role_title(role)}"
                m.lexical = False
            elif kind in ("political", "descriptor", "military", "professional") and (role,) not in lex.groups:
                # nobody holds the role: not an actor, but it tells the source linker that the phrase is
                # about an unnamed person ("The Democratic nominee" is not the Democratic Party)
                m.type, m.key = "role", f"role:{role}"
            else:
                continue  # "a State Department spokesman": the source linker reads the noun
        out.append(m)
    ms[:] = out


_PERSONAL = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})


def _pronoun_follows(words: list[str], lower: list[str], j: int) -> bool:
    """Does "he", "she", "his" or "her" follow token j in its sentence before another name does ("Byron
    received his", not "Manitoba Ombudsman Claire Dubois said her")?"""
    for q in range(j, min(j + 12, len(words))):
        if lower[q] in _PERSONAL:
            return True
        if words[q][:1].isupper() and words[q] != "I":
            return False
    return False


#: the speech verbs after which a name's "it" is the name itself ("Bytefarm said it would hire")
_SELF_REPORT_VERBS = frozenset("said says announced added confirmed stated".split())
#: modals after which "it" is an agent that will do something ("it would hire", "it will not appeal")
_AGENT_MODALS = frozenset("would will could can may might should".split())
#: verbs after a modal that leave "it" a dummy subject or some other thing ("it would be hard", "it would take time")
_DUMMY_PREDICATES = frozenset("be have seem appear take make mean cost help depend happen matter become remain "
                              "look".split())
#: verbs of an agent's intent or decision right after "it" ("it planned to", "it declined to comment")
_INTENT_VERBS = frozenset("plans planned intends intended expects expected hopes hoped wants wanted aims aimed "
                          "declined refused agreed decided".split())


def _speaks_of_itself(lower: list[str], j: int) -> bool:
    """Does the name ending before token ``j`` say something of itself as "it" ("Bytefarm said it would hire 200
    engineers", "said it had hired", "said it was cutting", "said it planned to"), which no person does? Not
    "Keane said it would be hard", "said it had been", "said it was a mistake" (a dummy "it" or another thing)."""
    if j + 3 >= len(lower) or lower[j] not in _SELF_REPORT_VERBS or lower[j + 1] != "it":
        return False
    aux, nxt = lower[j + 2], lower[j + 3]
    if aux in _AGENT_MODALS:
        if nxt == "not" and j + 4 < len(lower):
            nxt = lower[j + 4]
        return nxt.isalpha() and nxt not in _DUMMY_PREDICATES
    if aux in ("has", "had"):
        return nxt.endswith("ed")
    if aux in ("is", "was"):
        return nxt.endswith("ing") and nxt not in ("being", "going")
    return aux in _INTENT_VERBS


#: What one cue of ``actor_type_cues.tsv`` adds to its type's score in :func:`_retype` (a model score for one
#: mention is mostly within a few units of zero).
CUE_WEIGHT = 8.0
#: How much more (per place the name is written) the type model must give another type than the finder's
#: default (person for an unknown name, organization for a lone word that recurs) to change it.
MARGIN = 2.0


def _retype(scan: ActorScan, sentences, lex: ActorLexicon) -> None:
    """The type of each actor whose every mention has only a default type (``guess``): the type model's scores
    (:mod:`newslib.tagging.actor_types`) and the cues of ``actor_type_cues.tsv``, summed over every place in the
    article where its name's words are written (a mention or not: "Kgalema Platinum said ... shares of Kgalema
    Platinum"). Person or organization; a place, not an actor, when the model says place for a lone word
    that no attribution's source holds ("Coron"); an organization when such a place speaks ("Manitoba
    said": its government). The default type stands unless another leads it by
    ``MARGIN`` per place the name is written."""
    from .actor_types import TYPES, default_model, name_features

    by_key: dict[str, list[Mention]] = {}
    for m in scan.mentions:
        by_key.setdefault(m.key, []).append(m)
    todo = {}
    for k, ms in by_key.items():
        guessed = [m for m in ms if m.guess and m.form == "run" and m.type in ("person", "organization")
                   and not m.lexical and m.tokens]
        if not guessed:
            continue
        ids = {id(m) for m in guessed}
        known = [m.type for m in ms if id(m) not in ids and m.type in ("person", "organization")]
        if not known:
            todo[k] = guessed
        else:  # "Kgalema Platinum said" (a guess) and "shares of Kgalema Platinum" (told), "Ms. Acosta": the
            for m in guessed:  # told type
                m.type = known[0]
    if not todo:
        return
    model = default_model()
    tok_starts: dict[int, list[int]] = {}
    by_index = {s.index: k for k, s in enumerate(sentences)}

    def occurrences(m: Mention) -> list[tuple[int, int]]:
        """(sentence position, token) of every token written as the name's first token."""
        first = sentences[by_index[m.sentence]].tokens[m.tok]
        out = []
        for k, s in enumerate(sentences):
            if first.text not in s.text:
                continue
            starts = tok_starts.get(k)
            if starts is None:
                starts = tok_starts[k] = [t.start for t in s.tokens]
            pos = s.text.find(first.text)
            while pos >= 0:
                p = bisect_left(starts, s.start + pos)
                if p < len(starts) and starts[p] == s.start + pos:
                    out.append((k, p))
                pos = s.text.find(first.text, pos + 1)
        return out

    words: dict[int, list[str]] = {}
    lower: dict[int, list[str]] = {}
    cue_index = {t: k for k, t in enumerate(TYPES)}
    for ms in todo.values():
        name = list(ms[0].tokens)
        total = [0.0] * len(TYPES)
        seen = 0
        personal = False  # "he" or "she" after it before another name ("Byron received his"), a person cue
        itself = False  # "it" for itself after its speech verb ("Bytefarm said it would hire"): no person
        for k, p in occurrences(ms[0]):
            if k not in words:
                words[k] = [norm_token(t.text) for t in sentences[k].tokens]
                lower[k] = [w.lower() for w in words[k]]
            if words[k][p:p + len(name)] != name:
                continue
            seen += 1
            feats = name_features(words[k], p, p + len(name), lex.firstnames, lex.is_common)
            for c, v in enumerate(model.scores(feats)):
                total[c] += v
            cues = lex.type_cues(lower[k], p, p + len(name))
            for t in cues:
                total[cue_index[t]] += CUE_WEIGHT
            itself = itself or _speaks_of_itself(lower[k], p + len(name))
            personal = personal or "person" in cues or _pronoun_follows(words[k], lower[k], p + len(name))
        best = TYPES[max(range(len(TYPES)), key=lambda c: total[c])]
        if best == "place" and any(m.sourced for m in ms):
            best = "organization"  # a place that speaks is its government, council or team ("Manitoba said")
        elif best == "place" and len(name) > 1:
            # nor is an unknown name of several words a place (the finder's place patterns and lexicon have
            # seen those: "in Fort Wayne", "New Hampshire")
            best = max(("person", "organization"), key=lambda t: total[TYPES.index(t)])
        default = ms[0].type  # the finder's default: its first mention's type
        if total[TYPES.index(best)] - total[TYPES.index(default)] <= MARGIN * max(seen, 1):
            best = default  # the default type stands unless the evidence is clear
        if best == "person" and default == "organization" and not personal:
            best = default  # a lone word that recurs ("Manitoba", "Pfizer") is a person only if "he"/"she" says so
        if best == "person" and itself and not personal:
            best = "organization"  # a name that speaks of itself as "it" (round 19, branch fix20: issue 11)
        for m in ms:
            m.type = best
            if best == "place":
                m.form = "place"


def _role_title(role: str) -> str:
    return " ".join(p[:1].upper() + p[1:] for p in role.split(" "))


def _display_names(scan: ActorScan, lex: ActorLexicon) -> dict[str, str]:
    """key → the name the actor is reported under (see the module docstring)."""
    by_key: dict[str, list[Mention]] = {}
    for m in scan.mentions:
        by_key.setdefault(m.key, []).append(m)
    names: dict[str, str] = {}
    for key, ms in by_key.items():
        info = lex.info.get(key)
        if info is not None and info.type == "person":
            named = [m for m in ms if m.form != "role"]
            singles = {m.tokens[0] for m in named if len(m.tokens) == 1}
            if (named and not any(len(m.tokens) >= 2 for m in named) and singles <= info.surnames
                    and not singles & lex.firstnames):
                names[key] = key.split()[-1]
            else:
                names[key] = key
        elif info is not None:
            names[key] = key
        elif ms[0].type == "person" and ms[0].form != "role":
            best = max((m.tokens for m in ms if m.tokens), key=len, default=())
            names[key] = _clean_name(" ".join(best)) if len(best) > len(key.split()) else _clean_name(key)
        else:
            names[key] = _clean_name(key)
        if names[key].isupper() and len(names[key]) > 5 and ms[0].type == "person":
            names[key] = names[key].title()  # "WALLACE:" in a transcript
    # two actors may not share a name: fall back to their keys
    seen: dict[str, str] = {}
    for key, name in list(names.items()):
        other = seen.get(name)
        if other is not None and other != key:
            names[key] = key
            names[other] = other
        seen[name] = key
    return names


# --------------------------------------------------------------------------------------------------- api


def find_actors(text: str, sentences, attributions) -> tuple[list[Actor], list[Attribution]]:
    """Actors of the article (in order of first mention) and the attributions with their sources named.

    ``sentences`` are :class:`~newslib.tokenize.records.Sentence` records of ``text``; ``attributions`` are
    :class:`Attribution` records whose sources carry preliminary kinds. Returns new attribution records
    (``dataclasses.replace``); the input is not changed.
    """
    from .actor_sources import link_sources

    lex = actor_lexicon()
    attributions = list(attributions)
    sentences = list(sentences)
    scan, roles, _ = _resolve(text, sentences, attributions, lex)
    names = _display_names(scan, lex)
    grouped: dict[str, list[Mention]] = {}
    types: dict[str, str] = {}
    for m in scan.mentions:
        name = names[m.key]
        grouped.setdefault(name, []).append(m)
        types.setdefault(name, m.type)
    actors = []
    for name, ms in grouped.items():
        seen = set()
        spans = []
        for m in sorted(ms, key=lambda m: (m.start, m.end)):
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                spans.append(Span(m.start, m.end, text[m.start:m.end]))
        actors.append(Actor(name, types[name], tuple(spans)))
    actors.sort(key=lambda a: a.mentions[0].start)
    resolved = [(m, names[m.key]) for m in scan.mentions] + [(m, None) for m in roles]
    genders = _genders(scan, names, lex)
    return actors, link_sources(text, sentences, attributions, resolved, lex, genders)


def _resolve(text: str, sentences, attributions, lex: ActorLexicon) -> tuple[ActorScan, list[Mention], list[Mention]]:
    """Scan, seed from sources and link: the scan keeps the actors' mentions; returned beside it are the
    role phrases nobody holds and the place mentions (not actors)."""
    scan = scan_article(text, sentences, lex)
    _seed_from_sources(text, sentences, attributions, scan, lex)
    _link(scan, lex)
    _retype(scan, sentences, lex)
    roles = [m for m in scan.mentions if m.type == "role"]
    places = [m for m in scan.mentions if m.type == "place"]
    scan.mentions = [m for m in scan.mentions if m.type not in ("place", "role")]
    return scan, roles, places


def typed_mentions(text: str, sentences, attributions=()) -> list[tuple[Span, str, str]]:
    """Every mention the actor finder makes, places included, as ``(span, type, name)`` in text order: the
    actors' mentions under their actor's name and type, and the places (type ``place``) that are not actors.
    What :mod:`newslib.evaluation.actor_types` aligns to GUM's entity spans."""
    lex = actor_lexicon()
    sentences = list(sentences)
    scan, _, places = _resolve(text, sentences, list(attributions), lex)
    names = _display_names(scan, lex)
    types: dict[str, str] = {}
    for m in scan.mentions:
        types.setdefault(names[m.key], m.type)  # an actor's type is its first mention's, as in find_actors
    out = [(Span(m.start, m.end, text[m.start:m.end]), types[names[m.key]], names[m.key]) for m in scan.mentions]
    out += [(Span(m.start, m.end, text[m.start:m.end]), "place", m.key) for m in places]
    out.sort(key=lambda x: (x[0].start, x[0].end))
    return out


def _genders(scan: ActorScan, names: dict[str, str], lex: ActorLexicon) -> dict[str, str]:
    """Actor name → m or f where a title ("Mrs.") or a given name tells it, and nothing contradicts it."""
    seen: dict[str, set[str]] = {}
    for m in scan.mentions:
        if m.type != "person" or m.form == "role":
            continue
        g = set()
        if m.gender:
            g.add(m.gender)
        first = m.tokens[0] if len(m.tokens) >= 2 else (m.key.split()[0] if len(m.key.split()) >= 2 else "")
        if lex.gender.get(first):
            g.add(lex.gender[first])
        seen.setdefault(names[m.key], set()).update(g)
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}
