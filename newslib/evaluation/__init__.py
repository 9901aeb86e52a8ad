"""Scoring newslib against research corpora, read through :mod:`newslib.datasets`: PolNeAR (attribution,
``polnear``), Szeged/FactBank (uncertainty, ``uncertainty``), FNC-1 (headline stance, ``fnc1``); each module has
``evaluate(...) -> EvalReport``. ``actors`` measures how many of PolNeAR's named sources get an actor (a check
on the actor lexicons, ``python -m newslib.evaluation.actors``)."""
from .report import EvalReport, prf

__all__ = ["EvalReport", "prf"]
