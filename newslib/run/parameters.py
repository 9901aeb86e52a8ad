"""A run's parameters, checked before any kernel starts: the names a notebook declares, values typed from
command-line strings, and path parameters resolved to absolute paths that must name something.

The declared parameters are read from the cell tagged ``parameters`` the way papermill's
``inspect_notebook`` reads them (``name: type = value`` or ``name = value``; the type is the annotation, else
the default's), without importing papermill, whose import costs seconds before the kernel could start; a
test checks that both readings agree on the shipped notebooks.
"""
from __future__ import annotations

import ast
import os
from pathlib import Path
from typing import Callable

from .. import config
from ..errors import InputError

#: Path-like parameters of the known notebooks and what they must be: "file", "dir", or "corpus"
#: (a file, a directory or a glob matching at least one file), "dataset" (a Parquet claims dataset) or
#: "output" (a file that may not exist yet).
PATH_PARAMETERS = {
    "article": {"article": "file"},
    "corpus": {"corpus": "corpus", "dataset": "dataset", "store": "output"},
    "evaluation": {"polnear": "dir", "factbank": "file"},
    "trends": {"store": "file"},
}
#: What an empty path parameter of a known notebook stands for: a corpus under the data folder
#: (:mod:`newslib.config`). The notebooks fall back on the same paths when run by papermill directly.
PATH_DEFAULTS: dict[str, dict[str, Callable[[], Path]]] = {
    "corpus": {"corpus": lambda: config.corpus_path("polnear") / "dev" / "text"},
    "evaluation": {"polnear": lambda: config.corpus_path("polnear"),
                   "factbank": lambda: config.corpus_path("factbank")},
}


# ---- paths --------------------------------------------------------------------------------------------------
def locate(path: str | os.PathLike) -> Path:
    """A path parameter as an absolute path: as given if it exists from the current folder, else relative to
    the repository root (so notebook defaults like ``data/raw/...`` work from ``notebooks/``, from the repo
    root and under papermill alike). A path found nowhere comes back resolved from the current folder."""
    p = Path(os.path.expanduser(os.fspath(path)))
    if p.is_absolute():
        return p
    root = config.repo_root()
    for base in (Path.cwd(), root) if root is not None else (Path.cwd(),):
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
    if kind == "output":  # made absolute from the current folder: the kernel runs elsewhere
        p = Path(os.path.abspath(os.path.expanduser(value))) if not p.exists() else p
        if not p.parent.is_dir():
            raise InputError(value, f"no such folder {p.parent} {where}")
        if p.is_dir():
            raise InputError(value, f"is a directory, expected a file {where}")
    elif kind == "dataset":
        from ..parquet.store import META

        if not (p / META).is_file():
            raise InputError(value, f"not a newslib Parquet dataset (no {META}; write one with "
                                    f"newslib tag --format parquet --out DIR) {where}")
    elif kind == "file":
        if not p.exists():
            raise InputError(value, f"no such file {where}")
        if p.is_dir():
            raise InputError(value, f"is a directory, expected a file {where}")
    elif kind == "dir":
        if not p.is_dir():
            raise InputError(value, f"no such directory {where}")
    elif kind == "dataset":
        from ..parquet.store import META

        if not (p / META).is_file():
            raise InputError(value, f"not a newslib Parquet dataset (no {META}; write one with "
                                    f"newslib tag --format parquet --out DIR) {where}")
    else:  # corpus: a file, a directory with files, or a glob
        if p.is_dir():
            from ..corpus import expand

            if not expand([str(p)]):
                raise InputError(value, f"directory holds no article or record files {where}")
        elif not p.exists() and not glob_matches(str(p)):
            raise InputError(value, f"matches no file {where}")
    return str(p)


# ---- declared parameters ------------------------------------------------------------------------------------
def notebook_parameters(nb) -> dict[str, dict]:
    """The parameters declared in the cell tagged ``parameters``: name → {default, type} (``nb``: a notebook
    or its cells as :func:`~newslib.run.notebooks.read_cells` gives them)."""
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


def prepare_parameters(short: str, declared: dict[str, dict], params: dict) -> dict:
    """The values to inject: ``params`` checked against the ``declared`` parameters (:func:`notebook_parameters`)
    of notebook ``short``, typed, and every path parameter of a known notebook (given, declared or its
    :data:`PATH_DEFAULTS`) resolved to an absolute path that must name something; all before any kernel
    starts."""
    unknown = [k for k in params if k not in declared]
    if unknown and declared:
        raise InputError(f"-p {unknown[0]}", f"not a parameter of notebook {short!r} "
                                             f"(its parameters: {', '.join(declared) or 'none'})")
    out = {k: typed(v, declared.get(k, {}).get("type"), k) for k, v in params.items()}
    # The user's own paths first: a bad one is named before any default that may be missing here.
    for name, kind in sorted(PATH_PARAMETERS.get(short, {}).items(), key=lambda item: item[0] not in out):
        value = out.get(name, declared.get(name, {}).get("default"))
        if kind == "corpus" and out.get("dataset") and name not in params:
            continue  # a report read from a dataset does not tag the default corpus
        if (value is None or value == "") and name in PATH_DEFAULTS.get(short, {}):
            value = PATH_DEFAULTS[short][name]()
        if value is None or value == "":
            if kind == "file" and name in declared and short == "article":
                raise InputError(f"-p {name}", "an article path is required")
            continue
        out[name] = _check_path(kind, name, str(value), short)
    return out
