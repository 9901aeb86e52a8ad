"""``newslib run``: execute a parameterized notebook with papermill and keep a self-contained HTML report.

Each run gets its own folder ``<out>/<UTC timestamp>-<notebook>-<label>/`` holding the executed notebook,
its HTML and a ``manifest.json`` (notebook, parameters, start, end, duration, package versions, status,
outputs); ``<out>/index.html`` lists every run in the folder, rebuilt from the manifests after each run.
Nothing earlier is overwritten, names made from titles cannot leave the out folder, and every file is
written atomically.

Inputs are checked before a kernel starts: an unknown parameter name or a path parameter naming nothing is an
:class:`~newslib.errors.InputError`. A notebook that raises gives ``RunResult(status="failed")`` with a
one-line reason naming the cell; the executed notebook (error visible) and its HTML are kept.

The notebooks themselves stay plain papermill notebooks (a cell tagged ``parameters``, kernel ``python3``, no
magics), so Airflow's ``PapermillOperator`` runs them unchanged. The named ones (``article``, ``corpus``,
``evaluation``) travel with the package.

:func:`run_notebook` is the steps in order, each in its own module:

- :mod:`.notebooks`: which notebook (a short name or a path), read;
- :mod:`.parameters`: the declared parameters, the given ones typed and checked, paths resolved;
- :mod:`.kernel`: a ``python3`` kernel started and warmed up while papermill and nbconvert are imported;
- :mod:`.execute`: papermill executes the notebook on that kernel; a failure's one-line reason;
- :mod:`.page`: the executed notebook as a self-contained HTML page;
- :mod:`.manifest`: the run's folder, its manifest and the index of runs.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..config import REPORTS_DIR
from ..io import atomic_write, safe_name
from .execute import execute, failure_reason, read_partial
from .kernel import WARM_UP, start_kernel
from .manifest import build_manifest, new_folder, package_versions, run_label, update_index, write_manifest
from .notebooks import NOTEBOOK_DIR, NOTEBOOKS, notebook_dir, read_cells, read_notebook, resolve_notebook
from .page import import_run_tools, notebook_title, render_html, report_facts
from .parameters import (PATH_DEFAULTS, PATH_PARAMETERS, glob_matches, locate, notebook_parameters,
                         prepare_parameters, typed)

__all__ = ["RunResult", "run_notebook", "NOTEBOOKS", "NOTEBOOK_DIR", "notebook_dir", "PATH_PARAMETERS",
           "PATH_DEFAULTS", "WARM_UP", "locate", "glob_matches", "notebook_parameters", "prepare_parameters", "typed",
           "resolve_notebook", "read_notebook", "read_cells", "render_html", "failure_reason", "update_index",
           "new_folder", "package_versions"]


@dataclass
class RunResult:
    status: str  # "success" or "failed"
    reason: str | None
    html: Path | None
    notebook: Path | None
    manifest: Path
    folder: Path
    parameters: dict = field(default_factory=dict)
    duration_s: float = 0.0


_T0 = time.perf_counter()


def _trace(what: str) -> None:
    """With NEWSLIB_RUN_TRACE=1, print when each step of a run ends (seconds since import) on stderr."""
    if os.environ.get("NEWSLIB_RUN_TRACE"):
        print(f"[run {time.perf_counter() - _T0:6.2f} s] {what}", file=sys.stderr, flush=True)


def run_notebook(notebook: str | os.PathLike, params: dict[str, str] | None = None,
                 out_dir: str | os.PathLike = REPORTS_DIR) -> RunResult:
    """Execute ``notebook`` (``article``, ``corpus``, ``evaluation`` or a path) with ``params`` (strings from
    the command line, or typed values) and write its report folder under ``out_dir``."""
    short, nb_path = resolve_notebook(notebook)
    declared = notebook_parameters(read_cells(nb_path))
    parameters = prepare_parameters(short, declared, dict(params or {}))
    _trace("parameters checked")

    out = Path(out_dir)
    start = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    label = run_label(short, declared, parameters)
    folder = new_folder(out, start.strftime("%Y%m%dT%H%M%SZ"), short, label)
    stem = safe_name(nb_path.stem, default="notebook")
    partial = folder / f".{stem}.partial.ipynb"

    # Start the kernel first and let it import what the notebook will need while papermill and nbconvert are
    # imported in a thread here (the main thread mostly waits on sockets): on two cores the two halves
    # overlap instead of queueing. Both halves import jupyter_client, whose package __init__ and manager import
    # each other: imported by two threads at once, one may meet it half-initialised ("cannot import name
    # 'AsyncKernelManager' from partially initialized module", seen once in CI), so it is imported whole first.
    import jupyter_client  # noqa: F401

    importer = threading.Thread(target=import_run_tools, daemon=True)
    importer.start()
    kernel = start_kernel(nb_path.parent, WARM_UP.get(short, ()))
    _trace("kernel started and ready, warm-up sent")
    importer.join()
    _trace("papermill and nbconvert imported")
    source_nb = read_notebook(nb_path)
    _trace("notebook read")
    try:
        status, reason, executed = execute(source_nb, partial, parameters, kernel)
    finally:
        stopper = kernel.stop_in_thread()  # the kernel stops while the HTML is made
    _trace("notebook executed")
    if executed is None:
        executed = read_partial(partial)

    outputs: dict[str, str] = {}
    nb_out = html_out = None
    if executed is not None:
        import nbformat

        nb_out = atomic_write(folder / f"{stem}.ipynb", nbformat.writes(executed))
        outputs["notebook"] = nb_out.name
    try:
        partial.unlink()
    except OSError:
        pass
    title = notebook_title(executed, label or short) if executed is not None else label or short
    if executed is not None:
        facts = report_facts(nb_path, start, time.perf_counter() - t0, parameters)
        html_out, status, reason = write_page(folder / f"{stem}.html", executed, title=title, kicker=short,
                                              facts=facts, status=status, reason=reason)
        if html_out is not None:
            outputs["html"] = html_out.name
    end = datetime.now(timezone.utc)
    duration = time.perf_counter() - t0
    outputs["manifest"] = "manifest.json"
    manifest = build_manifest(folder, nb_path=nb_path, short=short, title=title, parameters=parameters,
                              start=start, end=end, duration=duration, status=status, reason=reason,
                              outputs=outputs, html=html_out)
    if stopper is not None:
        stopper.join()
    _trace("HTML written, kernel stopped")
    mf = write_manifest(folder, manifest)
    update_index(out)
    return RunResult(status=status, reason=reason, html=html_out, notebook=nb_out, manifest=mf, folder=folder,
                     parameters=parameters, duration_s=duration)


def write_page(path: Path, executed, *, title: str, kicker: str, facts: list[tuple[str, str]], status: str,
               reason: str | None) -> tuple[Path | None, str, str | None]:
    """Write the run's HTML page; returns ``(path or None, status, reason)``. The page is a bonus on a failed
    run; on a good one, a page that cannot be made fails the run."""
    try:
        html = render_html(executed, title=title, kicker=kicker, facts=facts, status=status, reason=reason)
        return atomic_write(path, html), status, reason
    except Exception as exc:
        if status == "success":
            status, reason = "failed", f"HTML export failed: {type(exc).__name__}: {exc}"
        return None, status, reason
