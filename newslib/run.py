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
magics), so Airflow's ``PapermillOperator`` runs them unchanged.
"""
from __future__ import annotations

import ast
import json
import os
import platform
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .errors import InputError
from .io import atomic_write, inside, safe_name

#: The repository root: notebook defaults are relative to it.
REPO = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = REPO / "notebooks"
#: Short names for the notebooks shipped with newslib, in reading order.
NOTEBOOKS = {"article": "01-article.ipynb", "corpus": "02-corpus.ipynb", "evaluation": "03-evaluation.ipynb"}
#: Path-like parameters of the known notebooks and what they must be: "file", "dir", or "corpus"
#: (a file, a directory or a glob matching at least one file).
PATH_PARAMETERS = {
    "article": {"article": "file"},
    "corpus": {"corpus": "corpus"},
    "evaluation": {"polnear": "dir", "factbank": "file"},
}
#: Packages whose versions go into each manifest.
MANIFEST_PACKAGES = ("newslib", "nltk", "numpy", "pandas", "scipy", "scikit-learn", "matplotlib", "seaborn",
                     "papermill", "nbconvert", "nbformat", "nbclient", "ipykernel", "jupytext", "tqdm")


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


# ---- paths --------------------------------------------------------------------------------------------------
def locate(path: str | os.PathLike) -> Path:
    """A path parameter as an absolute path: as given if it exists from the current folder, else relative to
    the repository root (so notebook defaults like ``data/raw/...`` work from ``notebooks/``, from the repo
    root and under papermill alike). A path found nowhere comes back resolved from the current folder."""
    p = Path(os.path.expanduser(os.fspath(path)))
    if p.is_absolute():
        return p
    for base in (Path.cwd(), REPO):
        q = base / p
        if q.exists():
            return q.resolve()
        if glob_matches(str(q)):
            return Path(os.path.abspath(q))
    return Path(os.path.abspath(p))


def glob_matches(spec: str) -> bool:
    import glob

    return glob.has_magic(spec) and any(os.path.isfile(x) for x in glob.iglob(spec, recursive=True))


def _check_path(kind: str, name: str, value: str, notebook: str) -> str:
    where = f"(parameter {name!r} of notebook {notebook!r})"
    p = locate(value)
    if kind == "file":
        if not p.exists():
            raise InputError(value, f"no such file {where}")
        if p.is_dir():
            raise InputError(value, f"is a directory, expected a file {where}")
    elif kind == "dir":
        if not p.is_dir():
            raise InputError(value, f"no such directory {where}")
    else:  # corpus: a file, a directory with files, or a glob
        if p.is_dir():
            from .corpus import expand

            if not expand([str(p)]):
                raise InputError(value, f"directory holds no article or record files {where}")
        elif not p.exists() and not glob_matches(str(p)):
            raise InputError(value, f"matches no file {where}")
    return str(p)


# ---- notebooks and parameters -------------------------------------------------------------------------------
def resolve_notebook(notebook: str | os.PathLike) -> tuple[str, Path]:
    """(short name, path) of a notebook given by short name or path."""
    key = os.fspath(notebook)
    if key in NOTEBOOKS:
        return key, NOTEBOOK_DIR / NOTEBOOKS[key]
    p = Path(key)
    if not p.exists():
        known = ", ".join(NOTEBOOKS)
        raise InputError(key, f"no such notebook (give a path, or one of: {known})")
    if p.suffix not in (".ipynb", ".py"):
        raise InputError(key, "expected a .ipynb notebook (or its jupytext .py pair)")
    p = p.resolve()
    for short, file in NOTEBOOKS.items():  # a path to a shipped notebook gets its checks too
        if p == (NOTEBOOK_DIR / file).resolve() or p == (NOTEBOOK_DIR / file).with_suffix(".py").resolve():
            return short, p
    return p.stem, p


def read_notebook(path: Path):
    try:
        if path.suffix == ".py":
            import jupytext

            nb = jupytext.read(path)
        else:
            import nbformat

            nb = nbformat.read(path, as_version=4)
    except Exception as exc:  # nbformat raises several kinds
        raise InputError(path, f"not a readable notebook ({type(exc).__name__}: {exc})") from None
    for cell in nb.cells:  # as papermill's own loader does
        cell.metadata.setdefault("tags", [])
    return nb


def read_cells(path: Path) -> list[dict]:
    """The cells of a notebook as plain dicts (``cell_type``, ``source`` as one string, ``metadata``), read
    without nbformat (whose import costs seconds): enough to check parameters before a kernel starts."""
    if path.suffix == ".py":
        return [dict(c) for c in read_notebook(path).cells]
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        cells = doc["cells"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(path, f"not a readable notebook ({type(exc).__name__}: {exc})") from None
    out = []
    for c in cells:
        src = c.get("source", "")
        out.append({"cell_type": c.get("cell_type"), "source": "".join(src) if isinstance(src, list) else src,
                    "metadata": c.get("metadata") or {}})
    return out


def notebook_parameters(nb) -> dict[str, dict]:
    """The parameters declared in the cell tagged ``parameters``: name → {default, type}.

    Read from the cell's code as papermill reads it (``name: type = value`` or ``name = value``; the type is the
    annotation, else the default's), without importing papermill, so that bad inputs are refused fast."""
    cells = nb if isinstance(nb, list) else nb.cells
    cell = next((c for c in cells if c.get("cell_type") == "code"
                 and "parameters" in (c.get("metadata") or {}).get("tags", [])), None)
    if cell is None:
        return {}
    try:
        tree = ast.parse(cell.get("source", ""))
    except SyntaxError as exc:
        raise InputError("parameters cell", f"is not valid Python ({exc.msg}, line {exc.lineno})") from None
    out: dict[str, dict] = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            name, annotation, value_node = node.target.id, ast.unparse(node.annotation), node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, annotation, value_node = node.targets[0].id, None, node.value
        else:
            continue
        try:
            value = ast.literal_eval(value_node) if value_node is not None else None
        except ValueError:
            value = ast.unparse(value_node)
        typ = None
        if annotation:
            parts = [p.strip() for p in annotation.replace("Optional[", "").rstrip("]").split("|")]
            typ = next((p for p in parts if p not in ("None", "")), None)
        if typ is None and value is not None:
            typ = type(value).__name__
        out[name] = {"default": value, "type": typ or ""}
    return out


_TRUE, _FALSE = {"true", "yes", "1", "on"}, {"false", "no", "0", "off"}


def typed(value, typ: str | None, name: str = "parameter"):
    """A command-line string as the parameter's declared type (str, int, float, bool); untyped values become
    None, bool, int or float when they read as one, else stay strings."""
    if not isinstance(value, str):
        return value
    v = value.strip()
    if typ == "str":
        return value
    try:
        if typ == "int":
            return int(v)
        if typ == "float":
            return float(v)
    except ValueError:
        raise InputError(f"-p {name} {value}", f"expected {'an integer' if typ == 'int' else 'a number'}") from None
    low = v.lower()
    if typ == "bool":
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise InputError(f"-p {name} {value}", "expected true or false")
    if low in ("none", "null"):
        return None
    if low in ("true", "false"):
        return low == "true"
    for conv in (int, float):
        try:
            return conv(v)
        except ValueError:
            pass
    return value


def prepare_parameters(short: str, nb, params: dict) -> dict:
    """Check names, type values and check path parameters, all before any kernel starts."""
    declared = notebook_parameters(nb)
    unknown = [k for k in params if k not in declared]
    if unknown and declared:
        raise InputError(f"-p {unknown[0]}", f"not a parameter of notebook {short!r} "
                                             f"(its parameters: {', '.join(declared) or 'none'})")
    out = {k: typed(v, declared.get(k, {}).get("type"), k) for k, v in params.items()}
    # The user's own paths first: a bad one is named before any default that may be missing here.
    for name, kind in sorted(PATH_PARAMETERS.get(short, {}).items(), key=lambda item: item[0] not in out):
        value = out.get(name, declared.get(name, {}).get("default"))
        if value is None or value == "":
            if kind == "file" and name in declared and short == "article":
                raise InputError(f"-p {name}", "an article path is required")
            continue
        out[name] = _check_path(kind, name, str(value), short)
    return out


def _label(short: str, params: dict) -> str:
    if short == "article" and params.get("article"):
        try:
            from .article import read_article

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


def _new_folder(out_dir: Path, stamp: str, short: str, label: str) -> Path:
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


# ---- the kernel ---------------------------------------------------------------------------------------------
#: What each known notebook will import and load, done by the kernel while papermill is still being imported
#: here: its modules, then one tiny ``tag()`` call that loads lexicons and models (each is cached once per
#: process). Silent execution defines no names: the notebook's namespace is untouched.
_PLOT = ("pandas", "matplotlib.pyplot", "newslib.analysis", "newslib.figures")
_TAG = '__import__("newslib").tag("Warm-up title\\nThe council said on Monday that the bridge may close.")'
WARM_UP: dict[str, tuple[str, ...]] = {
    "article": tuple(f"__import__({m!r})" for m in (*_PLOT, "newslib.render")) + (_TAG,),
    "corpus": tuple(f"__import__({m!r})" for m in (*_PLOT, "seaborn", "tqdm")) + (_TAG,),
    "evaluation": tuple(f"__import__({m!r})" for m in (*_PLOT, "seaborn", "newslib.evaluation.polnear",
                                                       "newslib.evaluation.uncertainty")) + (_TAG,),
}


def _start_kernel(cwd: Path, statements: tuple[str, ...]):
    """A started ``python3`` kernel in ``cwd`` with ``statements`` queued on it (each on its own, errors
    ignored: the notebook's own cells report any real problem). Returns (kernel manager, warm-up client)."""
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name="python3")
    km.start_kernel(cwd=str(cwd), extra_arguments=["--IPKernelApp.log_level=ERROR"])
    kc = None
    if statements:
        code = "".join(f"try:\n    {stmt}\nexcept Exception:\n    pass\n" for stmt in statements)
        # The request must wait for the kernel to be ready (ipykernel drops a too early one and stops
        # answering), and only one client may wait at a time: so this client first, papermill's after.
        try:
            kc = km.client()
            kc.start_channels()
            kc.wait_for_ready(timeout=120)
            kc.execute(code, silent=True, store_history=False)
        except Exception:
            if kc is not None:
                kc.stop_channels()
            kc = None
    return km, kc


def _stop_kernel(km, kc=None) -> None:
    if kc is not None:
        try:
            kc.stop_channels()
        except Exception:  # pragma: no cover
            pass
    try:
        km.shutdown_kernel(now=True)
    except Exception:  # pragma: no cover - already gone
        pass


# ---- failure reasons ----------------------------------------------------------------------------------------
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


# ---- HTML ---------------------------------------------------------------------------------------------------
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


def _import_run_tools() -> None:
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


def render_html(nb, *, title: str, kicker: str, facts: list[tuple[str, str]], status: str,
                reason: str | None) -> str:
    from .render.report import notebook_page, strip_external

    body, _ = _html_exporter().from_notebook_node(_with_alt_text(nb))
    page = notebook_page(body, title=title, kicker=kicker, facts=facts, status=status, reason=reason)
    return strip_external(page)


def _notebook_title(nb, fallback: str) -> str:
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


# ---- index --------------------------------------------------------------------------------------------------
def update_index(out_dir: str | os.PathLike) -> Path:
    """Rebuild ``<out>/index.html`` from every ``*/manifest.json`` there."""
    from .render.report import index_page

    out = Path(out_dir)
    runs = []
    for mf in out.glob("*/manifest.json"):
        try:
            runs.append(json.loads(mf.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    runs.sort(key=lambda m: (str(m.get("start", "")), str(m.get("run_id", ""))), reverse=True)
    return atomic_write(out / "index.html", index_page(runs, folder=str(out)))


# ---- the run ------------------------------------------------------------------------------------------------
def run_notebook(notebook: str | os.PathLike, params: dict[str, str] | None = None,
                 out_dir: str | os.PathLike = "reports") -> RunResult:
    """Execute ``notebook`` (``article``, ``corpus``, ``evaluation`` or a path) with ``params`` (strings from
    the command line, or typed values) and write its report folder under ``out_dir``."""
    short, nb_path = resolve_notebook(notebook)
    if not nb_path.exists():
        raise InputError(nb_path, "notebook is missing from the checkout")
    cells = read_cells(nb_path)
    typed_params = prepare_parameters(short, cells, dict(params or {}))
    _trace("parameters checked")

    out = Path(out_dir)
    start = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    label = _label(short, {**{k: v["default"] for k, v in notebook_parameters(cells).items()
                              if isinstance(v["default"], str)}, **typed_params})
    folder = _new_folder(out, start.strftime("%Y%m%dT%H%M%SZ"), short, label)
    stem = safe_name(nb_path.stem, default="notebook")
    partial = folder / f".{stem}.partial.ipynb"

    # Start the kernel first and let it import what the notebook will need while this process imports
    # papermill and nbconvert: on two cores the two halves overlap instead of queueing.
    # papermill and nbconvert are imported in a thread meanwhile (the main thread mostly waits on sockets).
    importer = threading.Thread(target=_import_run_tools, daemon=True)
    importer.start()
    try:
        km, warm_kc = _start_kernel(nb_path.parent, WARM_UP.get(short, ()))
    except Exception as exc:  # no such kernel, cannot launch ...
        km, warm_kc, kernel_error = None, None, exc
    _trace("kernel started and ready, warm-up sent")
    importer.join()
    _trace("papermill and nbconvert imported")
    source_nb = read_notebook(nb_path)
    _trace("notebook read")
    import logging

    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    logging.getLogger("papermill").setLevel(logging.ERROR)
    status, reason, executed = "success", None, None
    try:
        if km is None:
            raise kernel_error
        executed = papermill.execute_notebook(
            source_nb, str(partial), parameters=typed_params, kernel_name="python3", language="python",
            progress_bar=False, log_output=False, request_save_on_cell_execute=False, km=km,
            start_timeout=600)  # papermill's client waits behind the warm-up; a dead kernel fails at once
    except PapermillExecutionError as exc:
        status, reason = "failed", failure_reason(exc, source_nb)
    except Exception as exc:  # kernel died, could not start, ...
        status, reason = "failed", failure_reason(exc, source_nb)
    finally:
        stopper = threading.Thread(target=_stop_kernel, args=(km, warm_kc)) if km is not None else None
        if stopper is not None:  # the kernel stops while the HTML is made
            stopper.start()
    _trace("notebook executed")
    if executed is None and partial.exists():
        try:
            executed = nbformat.read(partial, as_version=4)
        except Exception:
            executed = None
    outputs: dict[str, str] = {}
    nb_out = html_out = None
    if executed is not None:
        nb_out = atomic_write(folder / f"{stem}.ipynb", nbformat.writes(executed))
        outputs["notebook"] = nb_out.name
    try:
        partial.unlink()
    except OSError:
        pass
    title = label or short
    if executed is not None:
        title = _notebook_title(executed, title)
        facts = [("notebook", nb_path.name), ("started", start.strftime("%Y-%m-%d %H:%M:%S UTC")),
                 ("took", f"{time.perf_counter() - t0:.1f} s")]
        facts += [(k, _short_value(v)) for k, v in typed_params.items()]
        try:
            html = render_html(executed, title=title, kicker=short, facts=facts, status=status, reason=reason)
            html_out = atomic_write(folder / f"{stem}.html", html)
            outputs["html"] = html_out.name
        except Exception as exc:  # the HTML is a bonus on a failed run; on a good one it is a failure
            if status == "success":
                status, reason = "failed", f"HTML export failed: {type(exc).__name__}: {exc}"
    end = datetime.now(timezone.utc)
    duration = time.perf_counter() - t0
    outputs["manifest"] = "manifest.json"
    manifest = {
        "run_id": folder.name,
        "notebook": str(nb_path),
        "notebook_name": short,
        "title": title,
        "parameters": {k: _jsonable(v) for k, v in typed_params.items()},
        "start": start.isoformat(timespec="seconds"),
        "end": end.isoformat(timespec="seconds"),
        "duration_s": round(duration, 3),
        "status": status,
        "reason": reason,
        "outputs": outputs,
        "html_rel": f"{folder.name}/{html_out.name}" if html_out else None,
        "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]) if sys.argv else None,
        "platform": platform.platform(),
        "packages": package_versions(),
    }
    if stopper is not None:
        stopper.join()
    _trace("HTML written, kernel stopped")
    mf = atomic_write(folder / "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    update_index(out)
    return RunResult(status=status, reason=reason, html=html_out, notebook=nb_out, manifest=mf, folder=folder,
                     parameters=typed_params, duration_s=duration)


def _short_value(v) -> str:
    s = str(v)
    try:
        p = Path(s)
        if p.is_absolute():
            return str(p.relative_to(REPO)) if p.is_relative_to(REPO) else s
    except (ValueError, OSError):
        pass
    return s


def _jsonable(v):
    return v if isinstance(v, (str, int, float, bool)) or v is None else str(v)
