"""FNC-1 (Fake News Challenge stage 1): headline–body pairs labelled agree, disagree, discuss or unrelated.

The files are ``*_bodies.csv`` (``Body ID``, ``articleBody``) and ``*_stances.csv`` (``Headline``, ``Body ID``
and, for labelled data, ``Stance``); :func:`read_bodies` and :func:`read_stances` also read any CSV in that
shape (``newslib stance``). :func:`load_split` gives the corpus in ``<data_dir>/fnc-1`` split the way the
official baseline did (:func:`split_ids`).
"""
from __future__ import annotations

import csv
import os
import random
from pathlib import Path
from typing import NamedTuple

from .. import config
from ..errors import DataError, InputError

#: The four FNC-1 classes, in the order the shipped model's outputs use.
LABELS = ("agree", "disagree", "discuss", "unrelated")
RELATED = LABELS[:3]
#: The official baseline's split: Body IDs in file order, shuffled with this seed, first 80% train.
SPLIT_SEED = 1489215
TRAIN_SHARE = 0.8


class Pair(NamedTuple):
    headline: str
    body_id: int
    stance: str | None = None


def _rows(path: str | os.PathLike, need: tuple[str, ...], error=InputError) -> list[dict]:
    name = os.fspath(path)
    if not os.path.exists(name):
        raise error(name, "no such file")
    if os.path.isdir(name):
        raise error(name, "is a directory, not a CSV file")
    try:
        with open(name, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            header = [h.strip().lstrip("\ufeff") for h in (reader.fieldnames or [])]
            missing = [c for c in need if c not in header]
            if missing:
                raise error(name, f"missing column(s) {', '.join(repr(m) for m in missing)} "
                                  f"(header has {', '.join(header) or 'nothing'})")
            reader.fieldnames = header
            return list(reader)
    except UnicodeDecodeError as exc:
        raise error(name, f"not UTF-8 text (byte {exc.start})") from None
    except csv.Error as exc:
        raise error(name, f"malformed CSV ({exc})") from None


def _body_id(value: str, name: str, lineno: int, error=InputError) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        raise error(name, f"row {lineno}: Body ID {value!r} is not an integer") from None


def read_bodies(path: str | os.PathLike, error=InputError) -> dict[int, str]:
    """``{Body ID: articleBody}`` in file order."""
    name = os.fspath(path)
    out: dict[int, str] = {}
    for i, row in enumerate(_rows(path, ("Body ID", "articleBody"), error), 2):
        out[_body_id(row["Body ID"], name, i, error)] = row["articleBody"] or ""
    return out


def read_stances(path: str | os.PathLike, *, labelled: bool = False, error=InputError) -> list[Pair]:
    """The (Headline, Body ID[, Stance]) rows in file order. With ``labelled`` the Stance column is required
    and checked against :data:`LABELS`; otherwise it is ignored."""
    name = os.fspath(path)
    need = ("Headline", "Body ID") + (("Stance",) if labelled else ())
    out = []
    for i, row in enumerate(_rows(path, need, error), 2):
        stance = None
        if labelled:
            stance = (row["Stance"] or "").strip().lower()
            if stance not in LABELS:
                raise error(name, f"row {i}: unknown Stance {row['Stance']!r} (expected one of {', '.join(LABELS)})")
        out.append(Pair(row["Headline"] or "", _body_id(row["Body ID"], name, i, error), stance))
    return out


def split_ids(body_ids) -> tuple[list[int], list[int]]:
    """The official baseline's hold-out split: the Body IDs in file order (the training file lists them
    sorted) shuffled with ``random.Random(1489215)``; the first 80% train, the last 20% dev."""
    ids = list(body_ids)
    random.Random(SPLIT_SEED).shuffle(ids)
    n = int(TRAIN_SHARE * len(ids))
    return ids[:n], ids[n:]


def default_dir() -> Path:
    """``<data_dir>/fnc-1``."""
    return config.corpus_path("fnc-1")


def load_split(data_dir: str | os.PathLike | None = None) -> tuple[dict[int, str], list[Pair], list[Pair]]:
    """FNC-1 training data in ``data_dir`` (default :func:`default_dir`): bodies, train pairs and dev pairs
    (split by Body ID)."""
    d = Path(data_dir if data_dir is not None else default_dir())
    if not d.is_dir():
        raise DataError(str(d), "FNC-1 folder not found (expected train_bodies.csv and train_stances.csv)")
    bodies = read_bodies(d / "train_bodies.csv", error=DataError)
    pairs = read_stances(d / "train_stances.csv", labelled=True, error=DataError)
    train_ids, dev_ids = split_ids(bodies)
    train_set, dev_set = set(train_ids), set(dev_ids)
    unknown = [p.body_id for p in pairs if p.body_id not in bodies]
    if unknown:
        raise DataError(str(d / "train_stances.csv"), f"Body ID {unknown[0]} not in train_bodies.csv")
    return bodies, [p for p in pairs if p.body_id in train_set], [p for p in pairs if p.body_id in dev_set]
