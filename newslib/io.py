"""Writing outputs safely: atomic writes, and file names that cannot leave their folder."""
from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str, *, default: str = "article", max_len: int = 80) -> str:
    """A file-name component made from any string (a title, a path): ASCII letters, digits, ``._-`` only,
    never ``.``/``..``, never empty, never a path."""
    norm = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    norm = _UNSAFE.sub("-", norm).strip("-._")[:max_len].strip("-._")
    return norm or default


def atomic_write(path: str | os.PathLike, data: str | bytes, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename, so a killed
    process leaves either the old file or the new one, never half of one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode(encoding) if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


def inside(folder: str | os.PathLike, name: str) -> Path:
    """``folder/name`` after checking that it stays inside ``folder``."""
    base = Path(folder).resolve()
    target = (base / safe_name(name)).resolve()
    if base not in target.parents:
        raise ValueError(f"{name!r} would leave {base}")
    return target
