"""The project's own files agree: pyproject, environment.yml, the lock file, the README's quick start."""
from __future__ import annotations

import re
import tomllib

import yaml

from conftest import ROOT

# conda-forge spells a few PyPI names differently; none today, the map is here for when one does.
CONDA_NAME = {}


def _name(req: str) -> str:
    return re.split(r"[<>=!~;\[ ]", req.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _conda_specs() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    specs = {}
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            for pip_dep in dep.get("pip", []):
                if not pip_dep.startswith("-e"):
                    specs[_name(pip_dep)] = pip_dep
        else:
            specs[_name(dep)] = dep
    return specs


def test_environment_yml_lists_every_dependency_with_the_same_bound():
    project = _pyproject()["project"]
    reqs = project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]
    conda = _conda_specs()
    for req in reqs:
        name = CONDA_NAME.get(_name(req), _name(req))
        assert name in conda, f"{name} is in pyproject.toml but not in environment.yml"
        bound = re.search(r">=\s*([\w.]+)", req).group(1)
        assert f">={bound}" in conda[name].replace(" ", ""), f"{name}: pyproject says >={bound}, conda {conda[name]}"
    names = {CONDA_NAME.get(_name(r), _name(r)) for r in reqs}
    extra = set(conda) - names - {"python", "pip"}
    assert not extra, f"environment.yml has dependencies pyproject.toml lacks: {sorted(extra)}"


def test_lock_pins_every_dependency_exactly():
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pinned = {m.group(1).lower().replace("_", "-") for m in re.finditer(r"^([A-Za-z0-9_.-]+)==", lock, re.M)}
    project = _pyproject()["project"]
    for req in project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]:
        assert _name(req) in pinned, f"{_name(req)} is not pinned in requirements.lock"


def test_readme_quick_start_is_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quick start.*?```(?:sh|bash)?\n(.*?)```", readme, re.S)
    assert block, "README has no Quick start code block"
    assert block.group(1).split("\n")[:2] == ["make report", "make test"]


def test_console_script_is_declared():
    assert _pyproject()["project"]["scripts"]["newslib"] == "newslib.cli:main"


def test_ci_calls_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^\s*make test\b", ci, re.M)


def test_only_training_needs_the_train_extra():
    """scikit-learn and scipy are the ``train`` extra: no module outside newslib/training imports them, and
    the design card's packages stay required."""
    import ast

    package = ROOT / "newslib"
    train = _pyproject()["project"]["optional-dependencies"]["train"]
    extra = {_name(r).replace("scikit-learn", "sklearn") for r in train}
    assert extra == {"sklearn", "scipy"}
    for path in package.rglob("*.py"):
        if path.parent.name == "training":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            for name in names:
                assert name.split(".")[0] not in extra, f"{path.relative_to(ROOT)}:{node.lineno} imports {name}"
    required = {_name(r) for r in _pyproject()["project"]["dependencies"]}
    assert {"jupyterlab", "pandas", "nltk", "seaborn", "papermill"} <= required and not extra & required


def test_train_without_the_extra_says_what_to_install(monkeypatch, capsys):
    import sys

    from newslib import cli

    monkeypatch.setitem(sys.modules, "sklearn", None)  # as if scikit-learn were not installed
    monkeypatch.setitem(sys.modules, "sklearn.linear_model", None)
    monkeypatch.setattr("newslib.training.train", lambda *a, **k: __import__("sklearn.linear_model"))
    assert cli.main(["train", "stance"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "newslib[train]" in err and len(err.strip().splitlines()) == 1
