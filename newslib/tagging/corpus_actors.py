"""One actor across a corpus: "Obama" in one article and "Barack Obama" in another are the same person.

Each article names its actors on its own (:mod:`newslib.tagging.actors`): an article that only says "Obama"
reports "Obama", one that says "Barack Obama" reports "Barack Obama". :func:`canonical_actors` reads the
(name, type) pairs of a whole corpus and says which names are another name's alias, conservatively:

* a lone name ("Obama") is the full name ("Barack Obama") when exactly one person named in full anywhere in
  the corpus has it as surname; two different "Clinton"s (Bill and Hillary) leave "Clinton" as it is;
* full names that differ only by middle initials or a suffix ("Barack H. Obama", "Barack Obama") are the one
  used most often (the first in the input on a tie);
* only persons are merged; organizations, countries and groups already carry their lexicon names.

The corpus tables (:func:`newslib.analysis.corpus_tables`, :func:`newslib.analysis.dataset_tables`) apply it to
their ``actor`` columns, so that a claim counts for one actor however each article names it.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

_INITIAL = re.compile(r"^[A-Z]\.?$")
_SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})


def _core(name: str) -> tuple[str, ...]:
    """The name's words without middle initials and suffixes: ("Barack", "Obama") for "Barack H. Obama"."""
    toks = [t for t in name.split() if t not in _SUFFIXES]
    if len(toks) > 2:
        toks = [toks[0]] + [t for t in toks[1:-1] if not _INITIAL.match(t)] + [toks[-1]]
    return tuple(toks)


def canonical_actors(actors: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``{alias: canonical name}`` for the (name, type) pairs of a corpus (one pair per actor and article,
    repeats count as uses); names that stay as they are are left out. See the module docstring."""
    uses: Counter = Counter()
    order: dict[str, int] = {}
    for name, typ in actors:
        if typ == "person" and isinstance(name, str) and name:
            uses[name] += 1
            order.setdefault(name, len(order))
    full = [n for n in uses if len(_core(n)) >= 2]
    out: dict[str, str] = {}
    # full names that differ only by initials or suffixes: the most used form
    by_core: dict[tuple[str, ...], list[str]] = {}
    for n in full:
        by_core.setdefault(_core(n), []).append(n)
    canon: dict[tuple[str, ...], str] = {}
    for core, names in by_core.items():
        best = max(names, key=lambda n: (uses[n], -order[n]))
        canon[core] = best
        for n in names:
            if n != best:
                out[n] = best
    # lone surnames: exactly one person named in full carries it
    by_surname: dict[str, set[tuple[str, ...]]] = {}
    for core in by_core:
        by_surname.setdefault(core[-1], set()).add(core)
    for n in uses:
        if len(_core(n)) != 1 or n in out:
            continue
        cores = by_surname.get(_core(n)[0], set())
        if len(cores) == 1:
            out[n] = canon[next(iter(cores))]
    return out
