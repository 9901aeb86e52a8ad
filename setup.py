"""The package list, which pyproject.toml cannot say alone: every ``newslib*`` package, plus the repository's
top-level ``notebooks/`` installed as ``newslib/notebooks/`` (package data: the ``*.ipynb`` files and their
jupytext ``.py`` pairs), so that ``newslib run article`` works from a regular ``pip install .`` too. Everything
else is in pyproject.toml."""
from setuptools import find_packages, setup

setup(packages=find_packages(include=["newslib", "newslib.*"]) + ["newslib.notebooks"],
      package_dir={"newslib.notebooks": "notebooks"})
