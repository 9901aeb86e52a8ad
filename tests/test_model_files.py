"""The shipped model files record no wall-clock time or date, so a training command rerun on the same data can
write the same file byte for byte (issue 11): checked on every file under newslib/models and on the parser
trainer's metadata builder (without training a parser)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from newslib.syntax.parser import DependencyParser
from newslib.training.parser import training_meta

MODELS = Path(__file__).resolve().parents[1] / "newslib" / "models"

#: a field named like a wall time or a date ("training_seconds", "meta:date", "trained_at", "timestamp"), the
#: word standing alone between separators ("temperature" or "times_seen" would not match)
CLOCK_NAME = re.compile(r"(?:^|[_:.\-\s])(?:time|seconds?|secs|date|datetime|timestamp|elapsed|wall|"
                        r"trained_at|created|when)(?:$|[_:.\-\s])", re.I)

#: entries of the JSON models that are tables of features, words or stems (their keys are data, e.g. the
#: stem "time"), not fields of the model
DATA_TABLES = {"vocab", "weights", "rates", "transitions", "start", "add", "veto", "types"}


def json_field_names(obj, prefix: str = "") -> list[str]:
    """Every key of a JSON model's dicts, dotted, except inside its data tables."""
    names = []
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key in DATA_TABLES:
                continue
            names.append(prefix + key)
            names += json_field_names(value, f"{prefix}{key}.")
    return names


def field_names(path: Path) -> list[str]:
    """A model file's field names: an ``.npz``'s entries (``meta:KEY`` included), a ``.json``'s keys."""
    if path.suffix == ".npz":
        with np.load(path, allow_pickle=False) as z:
            return list(z.files)
    return json_field_names(json.loads(path.read_text(encoding="utf-8")))


def test_the_clock_name_pattern():
    for name in ("meta:training_seconds", "meta:date", "trained_at", "timestamp", "meta.elapsed", "time"):
        assert CLOCK_NAME.search(name), name
    for name in ("calibration.temperature", "meta:trained_on", "meta:epochs", "decoding", "meta.dev_accuracy"):
        assert not CLOCK_NAME.search(name), name


@pytest.mark.parametrize("path", sorted(MODELS.glob("*.np[z]")) + sorted(MODELS.glob("*.json")),
                         ids=lambda p: p.name)
def test_a_shipped_model_records_no_wall_clock_time(path):
    names = field_names(path)
    assert names, f"{path.name}: no fields read"
    assert not [n for n in names if CLOCK_NAME.search(n)], f"{path.name} records a time or date"


def test_every_model_under_models_is_checked():
    assert {p.suffix for p in MODELS.iterdir() if p.is_file()} <= {".npz", ".json"}


def test_the_parser_trainers_metadata_leaves_wall_time_out():
    for chosen in ({}, {"epoch": 12, "uas": 0.8506}):
        meta = training_meta(12, 4, chosen)
        assert meta["epochs"] == 12
        assert not [k for k in meta if CLOCK_NAME.search(f"meta:{k}")], meta
    assert training_meta(12, 4, {"epoch": 12, "uas": 0.8506})["chosen_epoch"] == 12


def test_the_shipped_parser_is_what_its_save_writes(tmp_path):
    """Loaded and saved again, the shipped parser file comes back byte for byte (fixed zip dates, sorted meta)."""
    shipped = MODELS / "parser.npz"
    again = DependencyParser.load(shipped).save(tmp_path / "parser.npz")
    assert again.read_bytes() == shipped.read_bytes()
