"""The syntax ablation of issue 11: the attribution model retrained per use of the syntax layer, each measured.

Each variant is ``newslib train attribution --syntax VARIANT`` (``SYNTAX_TEMPLATES`` of
``newslib/training/attribution.py``: ``none`` the word features alone, ``pos`` with POS tags, ``chunks`` with POS
tags and chunks, the shipped choice, ``parse`` with the dependency parse too, ``context`` with the lemma cue-rate
templates instead), trained into ``OUT/attribution-VARIANT.json`` and measured with today's passes: PolNeAR dev's
five figures (cue exact, source exact, content overlap, whole attribution, content exact) and the pair recall,
in-scope precision and pair precision of quotes-dev and of the house articles. Two rows are not retrained:
``shipped`` is the package's own model; ``bare`` is the ``none`` model with the passes that read the syntax
layer dropped as well (the passes of ``_pass_order`` that take ``tags``: the rest of the pipeline, claim kinds
and the cue decision, keep their POS tags), so it shows what the syntax layer carries through the passes too.

As ``benchmarks/cascade.py`` does, every command runs against a copy of the package in ``OUT/pkg`` whose
``models/attribution.json`` is replaced per variant: the working tree's models are never touched. Usage::

    .venv/bin/python benchmarks/ablation.py                       # all variants into a fresh temporary folder
    .venv/bin/python benchmarks/ablation.py --out /tmp/abl --variants none,chunks
    .venv/bin/python benchmarks/ablation.py --out /tmp/abl --reuse  # measure the models OUT already holds

Prints one table row per variant as it is measured (and the training time), then the whole table in Markdown;
writes ``OUT/ablation.json``. Each retrain takes about 2 minutes on two free cores (``parse`` longer: it parses).
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # cascade.py beside it, also when loaded by a test

from cascade import PACKAGE, POLNEAR_FIVE, ROOT, md5, newslib_module  # noqa: E402

#: ``newslib train attribution --syntax`` choices, in the order of the table (a test checks them against
#: ``SYNTAX_TEMPLATES``)
TRAINED = ("none", "pos", "chunks", "parse", "context", "clause")
#: rows measured without a retrain: the package's model; the ``none`` model without the passes that read syntax
UNTRAINED = ("shipped", "bare")
VARIANTS = UNTRAINED[:1] + TRAINED + UNTRAINED[1:]
#: what each row's model reads, for the table
READS = {"shipped": "words + POS + chunks (the package's file)", "none": "words", "pos": "words + POS",
         "chunks": "words + POS + chunks", "parse": "words + POS + chunks + parse",
         "context": "words + POS + chunks + lemma cue rates",
         "clause": "words + POS + chunks + a verb group's own noun phrase (clause_vg)",
         "bare": "words (passes reading POS/chunks dropped)"}
#: run in the package copy for the ``bare`` row: drops the passes that take ``tags``, then runs a module as main
BARE_RUNNER = '''"""Runs ``python -m bare_runner MODULE ARGS``: MODULE as main, the attribution passes that read tags dropped."""
import inspect
import runpy
import sys

from newslib.tagging import attributions as a

_order = a._pass_order


def _without_syntax():
    def reads_tags(step):
        fn = step[0] if isinstance(step, tuple) else step
        return "tags" in inspect.signature(fn).parameters
    return tuple(step for step in _order() if not reads_tags(step))


a._pass_order = _without_syntax
a._passes.cache_clear()
module = sys.argv[1]
sys.argv = [module] + sys.argv[2:]
runpy.run_module(module, run_name="__main__", alter_sys=True)
'''
HEADER = ("variant", "model reads", "cue", "source", "content overlap", "whole", "content exact",
          "quotes-dev R / in-scope P / pair P", "house R / in-scope P / pair P", "train s")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="folder for the models, the package copy and ablation.json "
                                             "(default: a new temporary folder)")
    ap.add_argument("--variants", default=",".join(VARIANTS), type=_variants,
                    help=f"comma-separated, from {', '.join(VARIANTS)} (default: all, in that order)")
    ap.add_argument("--reuse", action="store_true",
                    help="measure OUT/attribution-VARIANT.json where it exists instead of retraining")
    args = ap.parse_args(argv)
    if args.out is None:
        args.out = Path(tempfile.mkdtemp(prefix="ablation-"))
    out = args.out.resolve()
    if out == ROOT or ROOT in out.parents:
        ap.error(f"--out {args.out}: the folder must lie outside the repository (its models are never replaced)")
    if args.reuse and not any((out / model_name(v)).is_file() for v in args.variants if v in TRAINED):
        ap.error(f"--reuse: {args.out} holds no attribution-VARIANT.json of the variants asked for")
    args.out = out
    return args


def _variants(value: str) -> tuple[str, ...]:
    names = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [v for v in names if v not in VARIANTS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"{value!r}: choose from {', '.join(VARIANTS)}")
    return tuple(dict.fromkeys(names))


def model_name(variant: str) -> str:
    return f"attribution-{variant}.json"


def needs(variant: str) -> str | None:
    """The trained variant whose model a row measures (``None``: the package's own)."""
    return {"shipped": None, "bare": "none"}.get(variant, variant)


def copy_package(out: Path) -> Path:
    """``OUT/pkg``: a fresh copy of the package (no bytecode) and the ``bare`` row's runner beside it."""
    pkg = out / "pkg"
    if pkg.exists():
        shutil.rmtree(pkg)
    shutil.copytree(PACKAGE, pkg / "newslib", ignore=shutil.ignore_patterns("__pycache__"))
    (pkg / "bare_runner.py").write_text(BARE_RUNNER, encoding="utf-8")
    return pkg


def model_for(args, pkg: Path, variant: str, trained: dict) -> tuple[Path, int | None]:
    """The model file of a row, trained into OUT unless it is there already (``--reuse``, or an earlier row)."""
    name = needs(variant)
    if name is None:
        return PACKAGE / "models" / "attribution.json", None
    path = args.out / model_name(name)
    if name in trained or (args.reuse and path.is_file()):
        return path, trained.get(name) if name == variant else None  # "bare" trains nothing of its own
    shutil.copyfile(PACKAGE / "models" / "attribution.json", pkg / "newslib" / "models" / "attribution.json")
    t0 = time.perf_counter()
    newslib_module(pkg, "newslib.cli", "train", "attribution", "--syntax", name, "--out", str(path))
    trained[name] = round(time.perf_counter() - t0)
    return path, trained[name]


def measure(pkg: Path, variant: str) -> dict:
    """PolNeAR dev's five figures and the two quote triples of the package copy as it stands."""
    from newslib.config import data_dir

    run = (lambda m, *a: newslib_module(pkg, "bare_runner", m, *a)) if variant == "bare" else \
        (lambda m, *a: newslib_module(pkg, m, *a))
    polnear = json.loads(run("newslib.cli", "eval", "polnear", "--split", "dev", "--json"))["metrics"]
    fig = {"polnear dev": [round(polnear[k]["f1"], 4) for k in POLNEAR_FIVE]}
    for name, gold in (("quotes-dev", data_dir() / "quotes-dev" / "gold-spans.jsonl"),
                       ("house_articles", ROOT / "tests" / "data" / "house_articles" / "gold-spans.jsonl")):
        s = json.loads(run("newslib.evaluation.quotes", str(gold)))
        fig[name] = [round(s["pair"]["R"], 3), round(s["in_scope_pair_precision"], 3), round(s["pair"]["P"], 3)]
    return fig


def row(variant: str, record: dict) -> str:
    f = record["figures"]
    cells = [variant, READS[variant], *(f"{x:.4f}" for x in f["polnear dev"]),
             " / ".join(f"{x:.3f}" for x in f["quotes-dev"]), " / ".join(f"{x:.3f}" for x in f["house_articles"]),
             str(record["train seconds"] or "")]
    return "| " + " | ".join(cells) + " |"


def table(records: dict) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    return "\n".join(lines + [row(v, r) for v, r in records.items()])


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"ablation into {args.out}", flush=True)
    pkg = copy_package(args.out)
    records, trained = {}, {}
    for variant in args.variants:
        path, seconds = model_for(args, pkg, variant, trained)
        shutil.copyfile(path, pkg / "newslib" / "models" / "attribution.json")
        records[variant] = {"model": str(path), "md5": md5(path), "train seconds": seconds,
                            "figures": measure(pkg, variant)}
        print(row(variant, records[variant]), flush=True)
        (args.out / "ablation.json").write_text(json.dumps(records, indent=1) + "\n", encoding="utf-8")
    print(table(records))


if __name__ == "__main__":
    main()
