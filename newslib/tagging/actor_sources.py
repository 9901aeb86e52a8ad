"""Naming the sources of attributions after the actors found in the article.

Each attribution's ``source`` is replaced by a copy with ``actor`` set to the normalized actor
name it mentions and ``kind`` refined where the lexicons or patterns tell:

* **Named**: the head of the source phrase decides. "NATO Secretary-General Mark Rutte" → Mark Rutte
  (person); "Russia's Foreign Minister Sergei Lavrov" → Sergei Lavrov; a possessive or a name that modifies
  a noun is not the head ("Trump spokeswoman Hope Hicks" → Hope Hicks). A person wins over an organization
  or a country in the same phrase. "Moscow" → Russia (country); "The U.S." → United States (country).
* **Groups**: a group actor ("European leaders", "the international community") → that group, kind group;
  members of a country or party ("Democrats", "Russians") → kind group, actor the party or country; two
  actors joined by "and", or a name with "and his allies", → kind group, actor the first named
  ("Zelenskyy and his allies" → Zelenskyy, kind group: the claim is credited to the camp's named leader).
* **Unnamed**: a source headed by an anonymous noun ("some officials", "sources", "a spokesman") keeps
  kind ``anonymous``; its actor is the country or organization the phrase names ("U.S. officials" → United
  States, "a State Department spokesman" → State Department) or None ("some officials").
* **Pronouns** keep kind ``pronoun``; the actor is the antecedent: he/she → a person, it → an organization
  or a country, they → a group (or members, or an earlier group or anonymous source that named an actor),
  who → a person or group right before it ("Christie, who"), which/that → an organization, country or
  group right before it. The antecedent is looked for in the same sentence
  first (the nearest before the pronoun), then in the three sentences before it, most recent first; in a
  sentence before, an actor that was itself a source wins, else the first fitting one (the subject).
  I, we and you are not resolved (who speaks in a quote is the attribution tagger's matter).
* A possessive pronoun before a noun ("his allies", "its spokesman") names the possessor, found as for
  pronouns; the kind is anonymous after an anonymous noun, else group.
* **Quantified**: a source that starts with a number word or a quantifier ("only five", "37 of the 42
  economists", "most analysts", "all three"; ``actor_quantifiers.tsv``) is kind ``group``, never a person or
  an organization; its actor is whom the phrase names ("two of Trump's aides" → Trump, "most Democrats" →
  Democratic Party), else none (a number word is never a name). A year is not a count ("a 2008 Clinton
  veteran"), nor a superlative ("the most recent poll").
* Anything else keeps its preliminary kind and gets no actor.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .actor_lexicon import ActorLexicon, norm_token
from .records import Attribution, Source

_NOT_MODIFYING = frozenset({"and", "or", "of", "from", "in", "at", "who", "with", "for", "to", "on", "said", "says",
                            "a", "an", "the", "also", "has", "had", "have", "was", "is", "will", "would"})
_POSSESSIVE_PRONOUNS = {"his": ("person", "m"), "her": ("person", "f"), "its": ("thing", ""),
                        "their": ("plural", "")}
_ADJACENT = re.compile(r"^[\s,\u2014\u2013-]*$")
_AND = re.compile(r"(?:^|\s)(?:and|&)(?:\s|$)")
_AFFILIATION = re.compile(r"^\s*(?:in|at|from|of|for|with|to|close to|familiar with|near)\s+(?:the\s+)?$")
_TYPE_KIND = {"person": "person", "organization": "organization", "country": "country", "group": "group"}


class _Resolver:
    def __init__(self, text, sentences, resolved, lex: ActorLexicon, genders: dict[str, str]):
        self.text = text
        self.genders = genders
        self.sentences = sentences
        self.lex = lex
        self.sent_starts = [s.start for s in sentences]
        ms = sorted(resolved, key=lambda mn: (mn[0].start, mn[0].end))
        self.ms = ms
        self.starts = [m.start for m, _ in ms]
        self.history: list[tuple[int, int, str, str]] = []  # (start, sentence, actor, kind) of named sources
        self._pronoun_mentions: list = []  # resolved pronoun sources, as antecedents of later pronouns
        self._tok_starts: dict[int, list[int]] = {}

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def inside(self, src: Source):
        lo = bisect_left(self.starts, src.start - 200)
        out = []
        for m, name in self.ms[lo:bisect_left(self.starts, src.end)]:
            if m.start < src.end and src.start < m.end and m.start >= src.start - 1:
                out.append((m, name))
        return out

    def tokens(self, src: Source):
        si = self.sentence_of(src.start)
        starts = self._tok_starts.get(si)
        if starts is None:
            starts = self._tok_starts[si] = [t.start for t in self.sentences[si].tokens]
        toks = self.sentences[si].tokens
        return [t for t in toks[bisect_left(starts, src.start):bisect_right(starts, src.end)] if t.end <= src.end]

    # -------------------------------------------------------------------------------------------------

    def resolve(self, src: Source) -> Source:
        out = self._resolve(src)
        if out.kind == "pronoun" or not self.lex.may_quantify(src.text):
            return out
        lower = [norm_token(t.text).lower() for t in self.tokens(src)]
        if self.lex.quantified(lower):
            # "only five", "37 of the 42 economists", "most analysts": a group, credited to whom the phrase
            # names ("two of Trump's aides" → Trump, as "Zelenskyy and his allies"); a number is never a name
            return out.resolved("group", out.actor)
        return out

    def _resolve(self, src: Source) -> Source:
        toks = self.tokens(src)
        words = [norm_token(t.text) for t in toks]
        if words and words[1:] in ([], ["'ve"], ["'re"], ["'ll"], ["'d"], ["'s"], ["'m"]) and (
                words[0] in self.lex.pronouns or words[0].lower() in self.lex.pronouns):
            refers = self.lex.pronouns.get(words[0]) or self.lex.pronouns[words[0].lower()]
            gender = self.lex.pronoun_gender.get(words[0]) or self.lex.pronoun_gender.get(words[0].lower(), "")
            actor = None if refers == "speaker" else self.antecedent(src.start, refers, gender)
            if actor is not None and refers in ("person", "thing", "plural"):
                # "He said ... He added": a resolved pronoun is an antecedent in turn
                self.history.append((src.start, self.sentence_of(src.start), actor, "pronoun"))
                k = bisect_left(self.starts, src.start)
                if not (k < len(self.starts) and self.starts[k] == src.start):
                    self._pronoun_mentions.append((_Pseudo(src.start, self.sentence_of(src.start), refers), actor))
            return src.resolved("pronoun", actor)
        inside = self.inside(src)
        lower = [w.lower() for w in words]
        if not inside and len(lower) >= 2 and lower[0] in _POSSESSIVE_PRONOUNS:
            # "his allies", "their campaign": the actor is the possessor
            refers, gender = _POSSESSIVE_PRONOUNS[lower[0]]
            n, kind = self.lex.match_group(lower, 1)
            actor = self.antecedent(src.start, refers, gender)
            if actor is not None:
                return self._named(src, actor, "anonymous" if kind == "anonymous" else "group")
            return src
        gpos, gkind = None, None
        for i in range(len(lower)):
            if i > 0 and words[i][:1].isupper():
                continue  # "Government" inside "Government Reform Committee" is part of a name
            n, kind = self.lex.match_group(lower, i)
            if kind is not None:
                gpos, gkind = toks[i].start, kind
                break

        def modifying(m) -> bool:
            if m.end > src.end:
                return False
            if self.text[m.start:m.end].endswith(("'s", "\u2019s", "'", "\u2019")):
                return True
            nxt = next((t for t in toks if t.start >= m.end), None)
            if nxt is None:
                return False
            w = norm_token(nxt.text)
            return w.isalpha() and w.lower() not in _NOT_MODIFYING

        roles = [m for m, n in inside if m.type == "role"]
        if roles:  # what a role phrase that nobody holds holds is not the source ("the Democratic nominee")
            inside = [(m, n) for m, n in inside
                      if m.type != "role" and not any(r.start <= m.start and m.end <= r.end for r in roles)]
        persons = [(m, n) for m, n in inside if m.type == "person" and not modifying(m)]
        others = [(m, n) for m, n in inside if m.type != "person"]
        if roles and not persons and gkind is None and any(not modifying(r) for r in roles):
            return src.resolved("person", None)
        joined = self._joined(src, inside)
        if persons:
            m, name = persons[0]
            return self._named(src, name, "group" if joined else "person")
        groups = [(m, n) for m, n in inside if m.form == "group"]
        if groups:
            return self._named(src, groups[0][1], "group")
        if gkind is not None:
            before = [(m, n) for m, n in inside if m.start < gpos]
            gend = self._noun_end(toks, gpos)
            # after the noun only an affiliation names the actor ("officials in Moscow", "a spokesman for
            # the State Department"), not any name further on ("judges handling Clinton's case")
            after = [(m, n) for m, n in inside if m.start >= gend and _AFFILIATION.match(self.text[gend:m.start])]
            pick = (before or after)
            actor = pick[-1][1] if before else (pick[0][1] if pick else None)
            return self._named(src, actor, "anonymous" if gkind == "anonymous" else "group")
        # the head, else a possessor or a person whose name modifies the head ("the U.S. President's
        # actions", "a Donald Trump tweet"), else a modifying organization or country ("a Homeland Security
        # memo")
        people = [(m, n) for m, n in inside if m.type == "person"]
        heads = [(m, n) for m, n in others if not modifying(m)] or people[-1:] or others
        if heads:
            m, name = heads[0]
            kind = "group" if (m.form == "member" or joined) else _TYPE_KIND.get(m.type, src.kind)
            return self._named(src, name, kind)
        return src

    def _noun_end(self, toks, gpos: int) -> int:
        lower = [norm_token(t.text).lower() for t in toks]
        k = next(i for i, t in enumerate(toks) if t.start >= gpos)
        n, _ = self.lex.match_group(lower, k)
        return toks[k + max(n, 1) - 1].end

    def _joined(self, src: Source, inside) -> bool:
        """Two different actors joined by "and" / "&", or a name with "and his/her/its/their ..."."""
        names = {n for _, n in inside}
        body = self.text[src.start:src.end]
        if " and " not in body and " & " not in body:
            return False
        ordered = sorted(inside, key=lambda mn: mn[0].start)
        for (a, na), (b, nb) in zip(ordered, ordered[1:]):
            between = self.text[a.end:b.start]
            if na != nb and len(between) <= 20 and _AND.search(between):
                return True  # "Mr. Grassley and Mr. Leahy", "Sens. Jon Tester (D-Mont.) and David Vitter"
        lower = body.lower()
        return any(self.text[m.end:src.end].lower().startswith(f" and {p} ") for m, _ in ordered
                   for p in ("his", "her", "its", "their")) or (not ordered and " and " in lower)

    def _named(self, src: Source, actor: str | None, kind: str) -> Source:
        if actor is not None:
            self.history.append((src.start, self.sentence_of(src.start), actor, kind))
        return src.resolved(kind, actor)

    # -------------------------------------------------------------------------------------------------

    def _fits(self, m, name: str, refers: str, gender: str = "") -> bool:
        if refers == "person":
            return m.type == "person" and (not gender or self.genders.get(name, gender) == gender)
        if refers == "thing":
            return m.type in ("organization", "country") and m.form not in ("member", "demonym")
        if refers == "plural":
            return m.type == "group" or m.form == "member"
        if refers == "animate":
            return m.type in ("person", "group") or m.form == "member"
        if refers == "thing-here":
            return m.type in ("organization", "country", "group") and m.form != "demonym"
        return False

    def antecedent(self, pos: int, refers: str, gender: str = "") -> str | None:
        si = self.sentence_of(pos)
        lo = bisect_left(self.starts, self.sentences[max(0, si - 3)].start)
        hi = bisect_left(self.starts, pos)
        lo = max(lo, hi - 120)  # a bounded look back, however long the sentences
        window = [(m, n) for m, n in self.ms[lo:hi] if m.end <= pos and not self.sentences[m.sentence].title]
        cands = [(m, n) for m, n in window if self._fits(m, n, refers, gender)]
        # sources are handled in text order, so both lists are sorted by start: only the tail can fit
        lo_pos = self.sentences[max(0, si - 3)].start
        pm, hist = self._pronoun_mentions, self.history
        recent = pm[max(len(pm) - 40, bisect_left(pm, lo_pos, key=lambda mn: mn[0].start)):]
        cands += [(m, n) for m, n in recent if m.start < pos and self._fits(m, n, refers, gender)]
        source_cands = [h for h in hist[max(len(hist) - 40, bisect_left(hist, lo_pos, key=lambda h: h[0])):]
                        if h[0] < pos]
        if refers == "plural":
            for h in source_cands:
                if h[3] in ("group", "anonymous"):
                    cands.append((_Pseudo(h[0], h[1]), h[2]))
            if not cands:  # "they" for an organization ("Politifact ... they")
                cands = [(m, n) for m, n in window if m.type == "organization" and m.form != "demonym"]
        elif refers in ("animate", "thing-here"):
            # a relative pronoun right after an actor ("Christie, who"; "the Chicago Police Department which");
            # "The film, which" after no actor is not resolved
            same = [c for c in cands if c[0].sentence == si and _ADJACENT.match(self.text[c[0].end:pos])]
            return max(same, key=lambda c: c[0].start)[1] if same else None
        if not cands:
            return None
        if gender == "f":  # female given names are listed; an unknown name is more often a man's
            known = [c for c in cands if self.genders.get(c[1]) == "f"]
            cands = known or cands
        same = [c for c in cands if c[0].sentence == si]
        if same:
            return max(same, key=lambda c: c[0].start)[1]
        for k in range(si - 1, si - 4, -1):
            here = sorted((c for c in cands if c[0].sentence == k), key=lambda c: c[0].start)
            if not here:
                continue
            sources = {h[2] for h in source_cands if h[1] == k}  # who spoke in that sentence
            for c in here:
                if c[1] in sources:
                    return c[1]
            return here[0][1]
        return None


class _Pseudo:
    """An earlier source standing as an antecedent: a group source for "they", a resolved pronoun."""

    __slots__ = ("start", "end", "sentence", "type", "form")

    def __init__(self, start: int, sentence: int, refers: str = "plural"):
        self.start = self.end = start
        self.sentence = sentence
        self.type = {"person": "person", "thing": "organization"}.get(refers, "group")
        self.form = "source"


def link_sources(text, sentences, attributions, resolved, lex: ActorLexicon,
                 genders: dict[str, str] | None = None) -> list[Attribution]:
    """The attributions with each source's ``actor`` and ``kind`` set (module docstring). ``resolved`` pairs
    each mention with its actor's name."""
    sentences = list(sentences)
    if not sentences:
        return list(attributions)
    r = _Resolver(text, sentences, resolved, lex, genders or {})
    order = sorted(range(len(attributions)),
                   key=lambda k: attributions[k].source.start if attributions[k].source else -1)
    out = list(attributions)
    for k in order:
        a = attributions[k]
        if a.source is not None:
            out[k] = a.with_source(r.resolve(a.source))
    return out
