"""The Parquet dataset's unit of work (newslib.parquet.build.tag_tables): a batch of one part file is tagged
a model batch at a time, which bounds memory and must not change a single cell."""
from __future__ import annotations

from pathlib import Path

import pytest

from newslib import pipeline
from newslib.article import Article
from newslib.errors import InputError
from newslib.parquet.build import tag_tables
from newslib.parquet.schema import TABLE_NAMES
from newslib.parquet.tables import batch_tables

SEED = Path(__file__).resolve().parent.parent / "data" / "raw" / "ukraine-security-guarantees.txt"


def items(n: int) -> list:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    out: list = []
    for k in range(n):
        body = "\n".join(lines[1 + k % 5: 4 + k % 7])
        out.append((f"a{k}", Article.from_text(f"Story {k}: talks on guarantees\n{body}\n", path=f"a{k}")))
        if k == 2:  # an input that could not be read rides along in its place
            out.append(("missing.txt", InputError("missing.txt", "no such file")))
    return out


@pytest.mark.parametrize("model_batch", [1, 3])
def test_a_part_tagged_in_model_batches_has_the_tables_of_one_model_call(monkeypatch, model_batch):
    batch = items(7)
    whole = batch_tables(pipeline.tag_batch(batch), "run")  # the attribution model over all 7 articles at once
    monkeypatch.setattr(pipeline, "BATCH_ARTICLES", model_batch)
    parts = tag_tables(batch, pipeline.TagOptions(), "run")
    assert set(parts) == set(TABLE_NAMES)
    assert parts["articles"].num_rows == 7 and parts["errors"].column("input").to_pylist() == ["missing.txt"]
    assert parts["attributions"].num_rows > 0
    for table in TABLE_NAMES:
        assert parts[table].equals(whole[table]), table
