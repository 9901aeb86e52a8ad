"""Scoring newslib against research corpora: PolNeAR (attribution), Szeged/FactBank (uncertainty), FNC-1
(headline stance). Each module has ``evaluate(...) -> EvalReport``."""
from .report import EvalReport, prf

__all__ = ["EvalReport", "prf"]
