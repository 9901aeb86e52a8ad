"""Tag a corpus into a claims dataset: :func:`write_dataset` (``newslib tag --format parquet --out DIR``).

Inputs are read here (:func:`newslib.pipeline.read_inputs`); an article whose id (the hash of its text) is
already in the dataset, or came earlier in this run, is skipped before it is tagged. The rest are cut into
batches (:func:`newslib.pipeline.batches`) and each batch is tagged and turned into Arrow tables by
:func:`tag_tables`, the unit of work that :func:`newslib.parallel.map_batches` runs here, in a process pool or
on Dask; this process writes each batch's part files as the results come back, in input order.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable

from ..parallel import map_batches
from ..pipeline import TagOptions, batches, read_inputs, tag_batch
from .store import DatasetWriter
from .tables import batch_tables, unseen

#: Articles per batch (one part file per table per batch) unless the caller says otherwise.
BATCH_ARTICLES = 128


@dataclass
class DatasetSummary:
    """What a run did: ``written`` articles added, ``failed`` inputs (also in ``errors``), ``skipped``
    articles already in the dataset (or repeated within the run), ``parts`` batches written."""

    out: str
    written: int = 0
    failed: int = 0
    skipped: int = 0
    parts: int = 0
    removed: int = 0
    run: str = ""


def tag_tables(items: list, options: TagOptions, run: str) -> dict:
    """The unit of work: tag one batch and return its tables.

    The batch (one part file per table) is tagged a model batch at a time (:func:`newslib.pipeline.batches`
    of :data:`newslib.pipeline.BATCH_ARTICLES` articles, :func:`newslib.pipeline.tag_batch`), each turned
    into rows before the next is tagged: running the attribution model over all 128 articles at once held
    their feature matrices together (peak resident memory 447 MB against 278 MB, and no faster), and a
    tagged article with all its tokens is far larger than its rows."""
    results = (result for part in batches(items) for result in tag_batch(part, options))
    return batch_tables(results, run)


def write_dataset(inputs, out: str | os.PathLike, *, one_sentence_per_line: bool = False, headline: bool = True,
                  jobs: int | None = 1, dask: str | None = None, batch_size: int | None = None,
                  on_error: Callable[[str, str], None] | None = None, report: Callable[[str], None] | None = None,
                  progress=None) -> DatasetSummary:
    """Tag ``inputs`` (paths, directories, globs, record files, Articles) into the dataset at ``out``.

    ``on_error(input, reason)`` is called for each input that failed, in input order (they are also rows of
    ``errors``); ``progress`` (a :class:`newslib.progress.Progress`) counts articles as batches are written,
and the articles skipped (already in the dataset) as they are read.
    """
    options = TagOptions(one_sentence_per_line=one_sentence_per_line, headline=headline)
    writer = DatasetWriter(out, {"one_sentence_per_line": one_sentence_per_line, "headline": headline})
    summary = DatasetSummary(out=os.fspath(out), removed=writer.removed, run=writer.run)
    if report and writer.removed:
        report(f"{out}: removed {writer.removed} part files of an unfinished batch (a killed run's)")
    if report and writer.known:
        report(f"{out}: {len(writer.known):,} articles already in the dataset are skipped")
    known = writer.known

    def skipped():
        summary.skipped += 1
        if progress is not None:
            progress.skip()

    fresh = unseen(read_inputs(inputs, titled=options.titled), known, skipped)
    for tables in map_batches(tag_tables, batches(fresh, max_articles=batch_size or BATCH_ARTICLES),
                              options, writer.run, jobs=jobs, dask=dask, report=report):
        writer.write(tables)
        summary.parts += 1
        n = tables["articles"].num_rows
        errors = tables["errors"]
        summary.written += n
        summary.failed += errors.num_rows
        for name, reason in zip(errors.column("input").to_pylist(), errors.column("reason").to_pylist()):
            if on_error:
                on_error(name, reason)
        if progress is not None:
            progress.update(n + errors.num_rows, failed=errors.num_rows)
    return summary
