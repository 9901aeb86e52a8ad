"""Writing outputs safely: atomic writes, and file names that cannot leave their folder.

- :func:`safe_name` turns any string (a title, a path, a parameter) into one file-name component: never empty,
  never ``.``/``..``, never a path, never hidden, never an option-like ``-name``, never a reserved device name.
- :func:`inside` joins a folder and such a name and checks that the result (after symbolic links) is still
  inside the folder.
- :func:`atomic_write` writes through a temporary file in the same folder and a rename: a reader (or a
  crash) sees the old file or the new one, never half of one. The new file gets the permissions a plain
  ``open(path, "w")`` would give (reports are shared: not the private 0600 of a temporary file), or keeps
  those of the file it replaces.
"""
from __future__ import annotations

import os
import re
import stat
import tempfile
import unicodedata
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def safe_name(name: str, *, default: str = "article", max_len: int = 80) -> str:
    """A file-name component made from any string (a title, a path): ASCII letters, digits, ``._-`` only,
    never ``.``/``..``, never empty, never a path."""
    norm = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    norm = _UNSAFE.sub("-", norm).strip("-._")[:max(1, max_len)].strip("-._")
    if norm.split(".")[0].lower() in _RESERVED:
        norm = f"{norm}_"
    return norm or default


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: str | os.PathLike, data: str | bytes, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename, so a killed
    process leaves either the old file or the new one, never half of one (a killed process may leave a
    hidden ``.NAME.*.tmp`` beside it, never a partial ``NAME``)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    payload = data.encode(encoding) if isinstance(data, str) else bytes(data)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


def inside(folder: str | os.PathLike, name: str) -> Path:
    """``folder/safe_name(name)`` after checking that it stays inside ``folder`` (symbolic links resolved)."""
    base = Path(folder).resolve()
    target = (base / safe_name(name)).resolve()
    if base not in target.parents:
        raise ValueError(f"{name!r} would leave {base}")
    return target
