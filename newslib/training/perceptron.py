"""The averaged perceptron's correction step, shared by the trainers of the POS tagger and the parser."""
from __future__ import annotations

import numpy as np


def correct(W: np.ndarray, U: np.ndarray, rows: np.ndarray, gold: np.ndarray, pred: np.ndarray, c: int) -> None:
    """For each wrongly predicted item: +1 to the gold label's and -1 to the predicted label's weight in each
    of its feature rows (``rows``: items x features, weight-row ids of ``W``), and the same times the step
    count ``c`` in ``U``, the accumulator the averaged weights ``W - U / c`` are made from. In place."""
    T = rows.shape[1]
    f = rows.ravel()
    g = np.repeat(gold, T)
    p = np.repeat(pred, T)
    np.add.at(W, (f, g), 1.0)
    np.add.at(W, (f, p), -1.0)
    np.add.at(U, (f, g), float(c))
    np.add.at(U, (f, p), -float(c))
