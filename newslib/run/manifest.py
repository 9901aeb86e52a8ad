"""A run's folder, its ``manifest.json`` (what ran, with which parameters and packages, how it ended) and the
``index.html`` of every run in the output folder, rebuilt from the manifests."""
from __future__ import annotations

import json
import os
import platform
import sys
from datetime import datetime
from pathlib import Path

from ..errors import InputError
from ..io import atomic_write, inside, safe_name

#: Packages whose versions go into each manifest.
MANIFEST_PACKAGES = ("newslib", "nltk", "numpy", "pandas", "scipy", "scikit-learn", "matplotlib", "seaborn",
                     "papermill", "nbconvert", "nbformat", "nbclient", "ipykernel", "jupytext", "tqdm")


def run_label(short: str, declared: dict[str, dict], parameters: dict) -> str:
    """A few words naming the run in its folder name: an article's title, else the last part of the first
    path-like parameter (declared defaults, overridden by the run's ``parameters``)."""
    return _label(short, {**{k: v["default"] for k, v in declared.items() if isinstance(v["default"], str)},
                          **parameters})


def _label(short: str, params: dict) -> str:
    if short == "article" and params.get("article"):
        try:
            from ..article import read_article

            art = read_article(params["article"])
            if art.title is not None:
                return art.title.text
        except Exception:
            pass
        return Path(params["article"]).stem
    import glob

    for v in params.values():
        if isinstance(v, str) and v:
            parts = [p for p in Path(v.rstrip("/")).parts if p not in ("/", "") and not glob.has_magic(p)]
            if glob.has_magic(v):  # "polnear/*/text/*.txt" → "polnear-text"
                return "-".join(parts[-2:]) or "glob"
            return parts[-1] if parts else v
    return ""


def new_folder(out_dir: Path, stamp: str, short: str, label: str) -> Path:
    """A new folder ``<out>/<stamp>-<notebook>-<label>`` (``-2``, ``-3``... when taken), never outside ``out``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    base = safe_name(f"{stamp}-{short}-{safe_name(label, default='run', max_len=48)}", default=stamp, max_len=100)
    for n in range(1, 1000):
        name = base if n == 1 else f"{base}-{n}"
        folder = inside(out_dir, name)
        try:
            folder.mkdir()
            return folder
        except FileExistsError:
            continue
    raise InputError(out_dir, "cannot create a new run folder")  # pragma: no cover


def package_versions() -> dict[str, str | None]:
    from importlib import metadata

    out: dict[str, str | None] = {"python": platform.python_version()}
    for name in MANIFEST_PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def build_manifest(folder: Path, *, nb_path: Path, short: str, title: str, parameters: dict, start: datetime,
                   end: datetime, duration: float, status: str, reason: str | None, outputs: dict[str, str],
                   html: Path | None) -> dict:
    """The manifest of one run (see the package docstring)."""
    return {
        "run_id": folder.name,
        "notebook": str(nb_path),
        "notebook_name": short,
        "title": title,
        "parameters": {k: _jsonable(v) for k, v in parameters.items()},
        "start": start.isoformat(timespec="seconds"),
        "end": end.isoformat(timespec="seconds"),
        "duration_s": round(duration, 3),
        "status": status,
        "reason": reason,
        "outputs": outputs,
        "html_rel": f"{folder.name}/{html.name}" if html else None,
        "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]) if sys.argv else None,
        "platform": platform.platform(),
        "packages": package_versions(),
    }


def write_manifest(folder: Path, manifest: dict) -> Path:
    return atomic_write(folder / "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")


def update_index(out_dir: str | os.PathLike) -> Path:
    """Rebuild ``<out>/index.html`` from every ``*/manifest.json`` there."""
    from ..render.report import index_page

    out = Path(out_dir)
    runs = []
    for mf in out.glob("*/manifest.json"):
        try:
            runs.append(json.loads(mf.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    runs.sort(key=lambda m: (str(m.get("start", "")), str(m.get("run_id", ""))), reverse=True)
    return atomic_write(out / "index.html", index_page(runs, folder=str(out)))


def _jsonable(v):
    return v if isinstance(v, (str, int, float, bool)) or v is None else str(v)
