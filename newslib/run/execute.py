"""Executing a notebook with papermill on an already started kernel, and the one-line reason of a failure."""
from __future__ import annotations

from pathlib import Path

from .kernel import Kernel


def execute(source_nb, partial: Path, parameters: dict, kernel: Kernel) -> tuple[str, str | None, object]:
    """Run ``source_nb`` with ``parameters`` injected on ``kernel``, saving the executed notebook to ``partial``.

    Returns ``(status, reason, executed)``: ``("success", None, notebook)``, or ``("failed", one-line reason,
    None)`` when a cell raised or the kernel died or never started (the partial file then holds what ran)."""
    import logging

    import papermill

    logging.getLogger("papermill").setLevel(logging.ERROR)
    try:
        if kernel.manager is None:
            raise kernel.error
        executed = papermill.execute_notebook(
            source_nb, str(partial), parameters=parameters, kernel_name="python3", language="python",
            progress_bar=False, log_output=False, request_save_on_cell_execute=False, km=kernel.manager,
            start_timeout=600)  # papermill's client waits behind the warm-up; a dead kernel fails at once
    except Exception as exc:  # a cell raised (PapermillExecutionError), the kernel died, could not start, ...
        return "failed", failure_reason(exc, source_nb), None
    return "success", None, executed


def read_partial(partial: Path):
    """The notebook a failed execution left behind (with its error visible), or None."""
    if not partial.exists():
        return None
    import nbformat

    try:
        return nbformat.read(partial, as_version=4)
    except Exception:
        return None


def _first_line(source: str) -> str:
    for line in source.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return line.strip()[:100]
    return (source.strip().splitlines() or [""])[0][:100]


def failure_reason(exc, source_nb) -> str:
    """One line: which cell of the source notebook failed, its first line of code, and the error."""
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        index = exc.cell_index
        for i, cell in enumerate(source_nb.cells):
            if cell.get("cell_type") == "code" and cell.get("source", "").strip() == (exc.source or "").strip():
                index = i
                break
        evalue = " ".join(str(exc.evalue).split())[:200]
        return f"cell {index} ({_first_line(exc.source or '')!r}) raised {exc.ename}: {evalue}"
    msg = " ".join(str(exc).split())[:200]
    return f"the notebook could not be run: {type(exc).__name__}: {msg}"
