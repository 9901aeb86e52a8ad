"""Reproducing the shipped models from the research corpora (:func:`newslib.config.data_dir`):
``newslib train NAME``.

Each model NAME has a module ``newslib.training.NAME`` with ``train(data=None, out=None) -> Path``; the
README lists what each was trained on.
"""
from __future__ import annotations

import importlib
from pathlib import Path

from ..config import MODELS_DIR
from ..errors import InputError

__all__ = ["MODELS_DIR", "available", "train"]


def available() -> list[str]:
    return sorted(p.stem for p in Path(__file__).parent.glob("*.py") if not p.stem.startswith("_"))


def train(model: str, data: str | None = None, out: str | None = None, **options) -> Path:
    """Train ``model``; ``options`` go to its ``train`` (``net=True`` for ``pos``: see :mod:`newslib.training.pos`;
    ``beam=K`` for ``parser``; ``syntax`` for ``attribution``: its feature templates, see
    :data:`newslib.training.attribution.SYNTAX_TEMPLATES`; ``score`` for ``cues``: PolNeAR's scorer, see
    :mod:`newslib.training.cues`)."""
    if model not in available():
        raise InputError(model, f"no such model; choose from {', '.join(available()) or '(none)'}")
    module = importlib.import_module(f"{__name__}.{model}")
    allowed = {"pos": {"net"}, "parser": {"beam"}, "attribution": {"syntax"}, "cues": {"score"}}.get(model, set())
    if set(options) - allowed:
        raise InputError(model, f"no options {', '.join(sorted(set(options) - allowed))} for this model "
                                "(net: only for pos; beam: only for parser; syntax: only for attribution; "
                                "score: only for cues)")
    return module.train(data=data, out=out, **options)
