"""The Parquet claims dataset: ``newslib tag --format parquet --out DIR`` writes it, notebooks read it.

:mod:`.schema` the tables and their columns (versioned), :mod:`.tables` tagged articles → Arrow tables,
:mod:`.store` the directory on disk (atomic parts, resume, reading back).
"""
from .schema import SCHEMA_VERSION, TABLE_NAMES
from .store import DatasetWriter, is_dataset, read_ids, read_table
from .tables import article_id, batch_tables

__all__ = ["SCHEMA_VERSION", "TABLE_NAMES", "DatasetWriter", "article_id", "batch_tables", "is_dataset",
           "read_ids", "read_table"]
