"""The import graph: no part of newslib imports a part above it.

Data flows one way (GUIDE.md): text → Article → sentences and tokens → tags → tables → figures and reports,
with the command line on top. Every import of a newslib module by another, at module level or inside a function, is
read with ``ast`` and must go down (or stay inside its own part). Imports under ``if TYPE_CHECKING:`` are type
hints only and are not counted.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "newslib"

#: From the bottom up; a part may import only parts listed before it, and itself. Parts on one line are peers
#: that must not import each other.
LAYERS: list[tuple[str, ...]] = [
    # __version__: a string of the package's own; linear: numpy helpers for sequence models; verdict (the
    # headline check's wording), sampling (seeded samples) and progress (a bar or log lines) import nothing;
    # regex_filter (the words a regular expression's every match holds) only the standard library
    ("__version__", "errors", "spans", "phrases", "io", "_nltk", "linear", "verdict", "sampling", "progress",
     "regex_filter"),
    ("lexicons", "config"),  # config: where the corpora, models and reports are (stdlib and errors only)
    ("parallel",),  # maps any picklable unit of work over batches: in-process, a process pool, Dask
    ("article",),
    ("corpus", "tokenize"),
    # the UD reader re-tokenizes treebank text with newslib's tokenizer; the syntax layer tags tokens and is
    # read by tagging (attribution features), trained and scored by training and evaluation
    ("datasets", "syntax"),
    ("stance",),  # the headline check reads sentences; tagging calls it
    # render draws the spans of the object it is handed (a TaggedArticle, duck-typed): it imports nothing of
    # newslib but its own style and the verdict's wording, so that a tagged article's Jupyter view can use it
    ("render",),
    ("tagging",),
    ("pipeline",),
    ("parquet",),  # the claims dataset: pipeline batches in, Parquet tables out
    ("analysis", "evaluation", "training"),
    ("store",),  # the claims store (DuckDB): rows from parquet's flattening, metadata as analysis reads it
    ("trends",),  # tables over the store
    ("threads",),  # claim threads, over any attribution table or a store's window
    ("figures",),
    ("trend_figures",),
    ("run",),
    ("cli",),
    ("__init__",),  # the package's front door re-exports from every part
]
#: Peers that still import each other, with the reason; each entry is a debt to pay.
KNOWN: dict[tuple[str, str], str] = {}
RANK = {part: k for k, layer in enumerate(LAYERS) for part in layer}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    return ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)


def _part(module: str) -> str:
    """The top-level part of newslib a module belongs to (``newslib.tagging.hedges`` → ``tagging``)."""
    parts = module.split(".")
    if len(parts) == 1:
        return "__init__"
    name = parts[1]
    if (PACKAGE / name).is_dir() or (PACKAGE / f"{name}.py").is_file() or name == "__version__":
        return name
    return "__init__"  # a name from the package itself (``from . import __version__``)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                skip.update(id(n) for n in ast.walk(child))
    return skip


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every newslib import in a file, function-level ones included."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_nodes(tree)
    out = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "newslib"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "newslib":
                continue
            if node.module is None:  # from . import x: x may be a module
                out += [(node.lineno, f"{target}.{a.name}") for a in node.names]
            else:
                out.append((node.lineno, target))
    return out


def test_every_part_has_a_layer():
    parts = {p.stem if p.is_file() else p.name for p in PACKAGE.iterdir()
             if (p.suffix == ".py" or (p.is_dir() and (p / "__init__.py").exists()))}
    assert parts - set(RANK) == set(), "add the new part to LAYERS"


def test_no_part_imports_a_part_above_it():
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        me = _part(_module_name(path))
        for line, target in imports(path):
            other = _part(target)
            if other == me or (me, other) in KNOWN:
                continue
            if RANK[other] >= RANK[me]:
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{line} ({me}) imports {target} ({other})")
    assert not bad, "imports that go up or sideways:\n" + "\n".join(bad)


def test_known_debts_are_still_owed():
    """An entry of KNOWN that no import needs any more must go, so that the list only shrinks."""
    seen = set()
    for path in PACKAGE.rglob("*.py"):
        me = _part(_module_name(path))
        seen |= {(me, _part(t)) for _, t in imports(path)}
    assert set(KNOWN) <= seen


@pytest.mark.parametrize("source,expected", [
    ("from ..tagging.records import Span", ["newslib.tagging.records"]),
    ("def f():\n    from ..run import x", ["newslib.run"]),
    ("import newslib.cli", ["newslib.cli"]),
    ("from . import features", ["newslib.stance.features"]),
    ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..cli import main", []),
])
def test_the_checker_reads_every_form_of_import(tmp_path, source, expected):
    fake = tmp_path / "newslib" / "stance"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(source)
    global PACKAGE
    real, PACKAGE = PACKAGE, tmp_path / "newslib"
    try:
        assert [t for _, t in imports(fake / "__init__.py")] == expected
    finally:
        PACKAGE = real
