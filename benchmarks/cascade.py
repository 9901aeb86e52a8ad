"""The POS -> parser -> attribution retrain cascade (issue 11, reproducibility), run into a folder and measured.

``newslib train pos`` writes ``pos.npz``; ``newslib train parser`` reads the package's ``pos.npz`` (its tags,
ambiguity classes and word clusters); ``newslib train attribution`` reads its tags (the parse only through the
parse templates, which the shipped model does not use, and the cue decision, shipped switched off). The package
reads its models from ``newslib/models`` alone, so this script copies the package (without ``__pycache__``) into
``OUT/pkg``, puts each stage's file into that copy's ``models/`` and runs every command with ``PYTHONPATH=OUT/pkg``:
the working tree's models are never touched. Usage::

    .venv/bin/python benchmarks/cascade.py /tmp/c18                 # train all three, then measure (~40 min)
    .venv/bin/python benchmarks/cascade.py /tmp/c18 --parser /tmp/c18/parser.npz   # reuse a trained parser
    .venv/bin/python benchmarks/cascade.py /tmp/main --pos shipped --parser shipped --attribution shipped
    .venv/bin/python benchmarks/cascade.py /tmp/c18 --only train --stop parser     # the shipped pos -> its parser
    .venv/bin/python benchmarks/cascade.py /tmp/c18 --only eval --against /tmp/main  # measure, diff train outputs

``--pos/--parser/--attribution FILE`` uses that file instead of training the stage ("shipped": the package's own).
Prints each file's md5 and training time, then POS accuracy (EWT / GUM dev), UAS / LAS (EWT / GUM dev), PolNeAR
dev's five figures, quotes-dev's and the house articles' (pair recall, in-scope precision, pair precision),
FactBank and, with ``--fnc1``, the shipped stance model on FNC-1 dev; writes them to ``OUT/figures.json`` and the
840 PolNeAR train outputs to ``OUT/train.jsonl``. ``--against DIR`` counts the train texts whose attributions
differ from another run's ``DIR/train.jsonl`` and lists them in ``OUT/train-changed.txt``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "newslib"
#: the cascade's stages in training order, with the model file each writes
STAGES = {"pos": "pos.npz", "parser": "parser.npz", "attribution": "attribution.json"}
#: PolNeAR dev's five figures as the README gives them (its "whole" is the row "attribution")
POLNEAR_FIVE = ("cue exact", "source exact", "content overlap", "attribution", "content exact")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="folder for the trained files, the package copy and the outputs")
    for stage in STAGES:
        ap.add_argument(f"--{stage}", metavar="FILE", help=f"use this {STAGES[stage]} instead of training it "
                        "('shipped': the package's own)")
    ap.add_argument("--only", choices=("train", "eval"), help="train the stages, or measure what OUT holds")
    ap.add_argument("--stop", choices=tuple(STAGES), help="train no stage after this one")
    ap.add_argument("--fnc1", action="store_true", help="also score the shipped stance model on FNC-1 dev")
    ap.add_argument("--against", type=Path, metavar="DIR", help="another run's folder: diff the train outputs")
    args = ap.parse_args(argv)
    out = args.out.resolve()
    if out == ROOT or ROOT in out.parents:
        ap.error(f"{args.out}: the folder must lie outside the repository (its models are never to be replaced)")
    for stage in STAGES:
        given = getattr(args, stage)
        if given and given != "shipped" and not Path(given).is_file():
            ap.error(f"--{stage} {given}: no such file")
    if args.against and not (args.against / "train.jsonl").is_file():
        ap.error(f"--against {args.against}: it holds no train.jsonl (run the evaluation there first)")
    args.out = out
    return args


def plan(args: argparse.Namespace) -> dict[str, Path | None]:
    """Per stage, the file to put into the package copy (``None``: train it into ``OUT``). Under ``--only eval``
    every stage takes what ``OUT`` holds from an earlier run, unless a file is given; under ``--stop`` the stages
    after it keep the package's own file."""
    files: dict[str, Path | None] = {}
    stopped = False
    for stage, name in STAGES.items():
        given = getattr(args, stage)
        if given == "shipped" or stopped:
            files[stage] = PACKAGE / "models" / name
        elif given:
            files[stage] = Path(given).resolve()
        elif args.only == "eval":
            files[stage] = args.out / name
        else:
            files[stage] = None
        stopped = stopped or stage == args.stop
    return files


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def copy_package(out: Path) -> Path:
    """``OUT/pkg/newslib``, a fresh copy of the package without bytecode; returns ``OUT/pkg``."""
    pkg = out / "pkg"
    if pkg.exists():
        shutil.rmtree(pkg)
    shutil.copytree(PACKAGE, pkg / "newslib", ignore=shutil.ignore_patterns("__pycache__"))
    return pkg


def newslib(pkg: Path, *argv: str, stdout=None) -> str:
    """Run ``newslib ARGV`` against the package copy; its standard output (or ``stdout``'s file)."""
    return newslib_module(pkg, "newslib.cli", *argv, stdout=stdout)


def train(args, pkg: Path, files: dict[str, Path | None]) -> dict:
    """Each stage trained (or given) in order, its file put into the package copy before the next one trains."""
    made = {}
    for stage, name in STAGES.items():
        path, seconds = files[stage], None
        if path is None:
            path = args.out / name
            t0 = time.perf_counter()
            newslib(pkg, "train", stage, "--out", str(path))
            seconds = round(time.perf_counter() - t0)
        shutil.copyfile(path, pkg / "newslib" / "models" / name)
        made[stage] = {"file": str(path), "md5": md5(path), "seconds": seconds}
        print(f"{stage}: {path} md5 {made[stage]['md5']}" + (f", trained in {seconds} s" if seconds else ""),
              flush=True)
    return made


def quote_triple(pkg: Path, gold: Path) -> dict[str, float]:
    """Pair recall, in-scope precision and pair precision of the package copy on a ``gold-spans.jsonl``
    (named: quotes-dev's figures are quoted in this order, the house articles' as recall / pair / in-scope)."""
    s = json.loads(newslib_module(pkg, "newslib.evaluation.quotes", str(gold)))
    return {"pair recall": s["pair"]["R"], "in-scope precision": s["in_scope_pair_precision"],
            "pair precision": s["pair"]["P"], "pairs": f"{s['pair']['tp']}/{s['pair']['n_gold']}"}


def newslib_module(pkg: Path, module: str, *argv: str, stdout=None) -> str:
    """Run ``python -m MODULE ARGV`` with the package copy first on the path; its standard output (or, with
    ``stdout``, written to that file and "" returned)."""
    env = {**os.environ, "PYTHONPATH": str(pkg)}
    cmd = [sys.executable, "-m", module, *argv]
    if stdout is not None:
        with open(stdout, "w", encoding="utf-8") as fh:
            subprocess.run(cmd, env=env, check=True, stdout=fh, cwd=pkg.parent)
        return ""
    return subprocess.run(cmd, env=env, check=True, stdout=subprocess.PIPE, text=True, cwd=pkg.parent).stdout


def evaluate(args, pkg: Path) -> dict:
    from newslib.config import corpus_path, data_dir

    fig: dict = {}
    ev = lambda *a: json.loads(newslib(pkg, "eval", *a, "--json"))  # noqa: E731
    pos = ev("pos")
    fig["pos"] = {r["treebank"]: round(r["xpos_words"], 4) for r in pos["treebanks"]}
    parse = ev("parser")
    fig["parser"] = {r["treebank"]: [round(r["uas"], 4), round(r["las"], 4)] for r in parse["treebanks"]}
    polnear = ev("polnear", "--split", "dev")["metrics"]
    fig["polnear dev"] = [round(polnear[k]["f1"], 4) for k in POLNEAR_FIVE]
    fig["factbank"] = {k: round(v["f1"], 4) for k, v in ev("uncertainty")["metrics"].items() if "f1" in v}
    fig["quotes-dev"] = quote_triple(pkg, data_dir() / "quotes-dev" / "gold-spans.jsonl")
    fig["house_articles"] = quote_triple(pkg, ROOT / "tests" / "data" / "house_articles" / "gold-spans.jsonl")
    if args.fnc1:
        fnc = ev("fnc1", "--shipped")["metrics"]
        fig["fnc1"] = {"fnc": round(fnc["fnc score"]["score"], 4), "macro": round(fnc["macro"]["f1"], 4),
                       "disagree": [round(fnc["disagree"][k], 3) for k in ("precision", "recall", "f1")]}
    texts = sorted((corpus_path("polnear") / "train" / "text").glob("*.txt"))
    newslib(pkg, "tag", *map(str, texts), "--format", "jsonl", "--no-headline", stdout=args.out / "train.jsonl")
    if args.against:
        changed = changed_texts(args.against / "train.jsonl", args.out / "train.jsonl")
        (args.out / "train-changed.txt").write_text("".join(f"{p}\n" for p in changed), encoding="utf-8")
        fig["train changed"] = len(changed)
    return fig


def changed_texts(a: Path, b: Path) -> list[str]:
    """The paths whose attributions differ between two ``newslib tag --format jsonl`` outputs."""
    def read(path: Path) -> dict[str, list]:
        rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        return {r["path"]: r.get("attributions") for r in rows}

    old, new = read(a), read(b)
    return sorted(p for p in old.keys() | new.keys() if old.get(p) != new.get(p))


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    files = plan(args)
    pkg = copy_package(args.out)
    record = {"models": train(args, pkg, files) if args.only != "eval" else {}}
    if args.only == "eval":
        for stage, path in files.items():
            shutil.copyfile(path, pkg / "newslib" / "models" / STAGES[stage])
            record["models"][stage] = {"file": str(path), "md5": md5(path)}
            print(f"{stage}: {path} md5 {record['models'][stage]['md5']}", flush=True)
    if args.only != "train":
        t0 = time.perf_counter()
        record["figures"] = evaluate(args, pkg)
        record["eval seconds"] = round(time.perf_counter() - t0)
        for name, value in record["figures"].items():
            print(f"{name}: {json.dumps(value)}")
    (args.out / "figures.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
