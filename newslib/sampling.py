"""Samples a reader can trust: drawn at random with a fixed seed (the same sample on every run and every
machine), spread over groups (outlets) in turn, so that no group fills the sample because it sorts first."""
from __future__ import annotations

import random
from typing import Callable, Hashable, Sequence, TypeVar

T = TypeVar("T")

#: The seed of every sample in the reports.
SEED = 15


def outlet_of(name: str) -> str:
    """The outlet of a PolNeAR-style article name (``publisher_YYYY-MM-DD_slug``): the part before the first
    ``_``; the whole name when it has none."""
    base = str(name).rsplit("/", 1)[-1]
    return base.split("_", 1)[0]


def spread_sample(rows: Sequence[T], n: int, *, group: Callable[[T], Hashable] = lambda r: None,
                  seed: int = SEED) -> list[T]:
    """At most ``n`` of ``rows`` drawn at random (``random.Random(seed)``): each group's rows shuffled, then one
    from each group in turn (groups in a shuffled order), until ``n`` are drawn or none are left."""
    rng = random.Random(seed)
    groups: dict = {}
    for row in rows:
        groups.setdefault(group(row), []).append(row)
    order = sorted(groups, key=repr)
    for key in order:
        rng.shuffle(groups[key])
    rng.shuffle(order)
    out: list[T] = []
    while len(out) < n and any(groups[k] for k in order):
        for key in order:
            if groups[key] and len(out) < n:
                out.append(groups[key].pop())
    return out
