"""Readers for the research corpora in ``../shared/data`` (one module per corpus)."""
