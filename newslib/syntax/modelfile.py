"""The syntax layer's model files: numpy ``.npz`` archives of arrays, with text stored as UTF-8 bytes.

One format check and one error for the POS tagger and the dependency parser: :func:`open_model` opens a file
and checks its ``format`` entry, :func:`save` writes the arrays with the model's ``meta`` entries.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from ..errors import DataError


def text_array(s: str) -> np.ndarray:
    """``s`` as the uint8 array of its UTF-8 bytes (how text is kept in the model files)."""
    return np.frombuffer(s.encode("utf-8"), dtype=np.uint8)


def save(path: Path, arrays: dict[str, np.ndarray], meta: dict) -> Path:
    """Write ``arrays`` and each ``meta`` entry (as ``meta:KEY`` text, keys sorted) to ``path``, compressed."""
    arrays = dict(arrays)
    for key, value in sorted(meta.items()):
        arrays[f"meta:{key}"] = text_array(str(value))
    with path.open("wb") as fh:
        np.savez_compressed(fh, **arrays)
    return path


@contextmanager
def open_model(path_or_file, what: str, fmt: str) -> Iterator[tuple[np.lib.npyio.NpzFile, Callable[[str], str]]]:
    """The open archive and a ``text(key)`` reader; a file that cannot be read, or holds another format,
    raises :class:`DataError` naming it and ``what`` it should be (e.g. "the tagger model")."""
    name = str(path_or_file)
    try:
        z = np.load(path_or_file, allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise DataError(name, f"cannot read {what} ({exc})") from None
    with z:
        def text(key: str) -> str:
            return bytes(z[key]).decode("utf-8")

        if "format" not in z.files or text("format") != fmt:
            raise DataError(name, f"not a {fmt} model")
        yield z, text
