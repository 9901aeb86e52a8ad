"""The run's HTML page: the executed notebook through nbconvert (inputs folded, figures with alt text) inside
newslib's report page, with a title and the run's facts."""
from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from .. import config

_exporter_lock = threading.Lock()
_exporter = None


def _html_exporter():
    """nbconvert's exporter (slow to import: done in a thread while the kernel works)."""
    global _exporter
    with _exporter_lock:
        if _exporter is None:
            from nbconvert import HTMLExporter

            exp = HTMLExporter(template_name="basic")
            exp.exclude_input_prompt = True
            exp.exclude_output_prompt = True
            exp.anchor_link_text = ""
            _exporter = exp
        return _exporter


def import_run_tools() -> None:
    """Import papermill and nbconvert, and render a one-cell notebook once so that nbconvert's templates are
    compiled before the real notebook is done."""
    try:
        import nbformat
        import papermill  # noqa: F401

        nb = nbformat.v4.new_notebook()
        out = nbformat.v4.new_output("display_data", data={"text/html": "<p>x</p>", "text/plain": "x"})
        nb.cells = [nbformat.v4.new_markdown_cell("# x"), nbformat.v4.new_code_cell("x", outputs=[out])]
        _html_exporter().from_notebook_node(nb)
    except Exception:  # pragma: no cover - the main thread's own imports report it
        pass


def _with_alt_text(nb):
    """A copy of ``nb`` whose figures carry alt text: the section heading they appear under."""
    import copy
    import re

    nb = copy.deepcopy(nb)
    heading = "figure"
    for cell in nb.cells:
        if cell.get("cell_type") == "markdown":
            m = re.search(r"^#+\s*(.+)$", cell.get("source", ""), re.M)
            if m:
                heading = m.group(1).strip()
            continue
        for out in cell.get("outputs", []):
            if "image/png" in (out.get("data") or {}):
                meta = out.setdefault("metadata", {}).setdefault("image/png", {})
                meta.setdefault("alt", f"Figure: {heading}")
    return nb


def render_html(nb, *, title: str, kicker: str, facts: list[tuple[str, str]], status: str,
                reason: str | None) -> str:
    from ..render.report import notebook_page, strip_external

    body, _ = _html_exporter().from_notebook_node(_with_alt_text(nb))
    page = notebook_page(body, title=title, kicker=kicker, facts=facts, status=status, reason=reason)
    return strip_external(page)


def notebook_title(nb, fallback: str) -> str:
    """The first level-1 heading an output shows (an article's title); else the notebook's own level-1
    heading with ``fallback`` after it; else ``fallback``."""
    import re

    for cell in nb.cells:
        if cell.get("cell_type") == "markdown":
            m = re.search(r"^#\s+(.+)$", cell.get("source", ""), re.M)
            if m:
                heading = m.group(1).strip()
                fallback = f"{heading}: {fallback}" if fallback else heading
                break

    for cell in nb.cells:
        for out in cell.get("outputs", []) if cell.get("cell_type") == "code" else []:
            html = (out.get("data") or {}).get("text/html")
            if html:
                m = re.search(r"<h1[^>]*>(.*?)</h1>", "".join(html), re.S)
                if m:
                    import html as _h

                    return _h.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip() or fallback
    return fallback


def report_facts(nb_path: Path, start: datetime, seconds: float, parameters: dict) -> list[tuple[str, str]]:
    """The facts line of the page: the notebook, when it started, how long it took, and each parameter."""
    facts = [("notebook", nb_path.name), ("started", start.strftime("%Y-%m-%d %H:%M:%S UTC")),
             ("took", f"{seconds:.1f} s")]
    return facts + [(k, _short_value(v)) for k, v in parameters.items()]


def _short_value(v) -> str:
    """A parameter for the facts line: a path inside the repository relative to it, anything else as is."""
    s = str(v)
    root = config.repo_root()
    try:
        p = Path(s)
        if p.is_absolute() and root is not None:
            return str(p.relative_to(root)) if p.is_relative_to(root) else s
    except (ValueError, OSError):
        pass
    return s
