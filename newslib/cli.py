"""``newslib``: a thin command line over the library.

Exit codes (also in the README):
  0  everything done
  1  some inputs failed; every good input's result was still written (errors on stderr)
  2  usage error, or no input could be used
  3  a notebook run failed (``newslib run``); the executed notebook is kept with the error
  130 interrupted
Errors are one line on stderr, ``newslib: <input>: <reason>``, never a traceback.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from typing import Callable, Iterable

from . import __version__
from .errors import InputError, NewslibError

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_RUN_FAILED = 0, 1, 2, 3


def _err(message: str) -> None:
    print(f"newslib: {message}", file=sys.stderr, flush=True)


def _emit_batch(paths: list[str], fmt: str, render: Callable, *, titled: bool = True,
                csv_rows: Callable | None = None, csv_columns: list[str] | None = None) -> int:
    """Run ``render(article) -> dict`` over every input; write each good result, report each bad one."""
    from .corpus import iter_corpus

    out = sys.stdout
    good = bad = 0
    objects: list[dict] = []
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=csv_columns or [], extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
    for name, item in iter_corpus(paths, titled=titled):
        if isinstance(item, InputError):
            _err(str(item))
            bad += 1
            continue
        try:
            obj = render(item)
        except NewslibError as exc:
            _err(f"{name}: {exc}")
            bad += 1
            continue
        except RecursionError:
            _err(f"{name}: input too deeply nested to process")
            bad += 1
            continue
        good += 1
        if fmt == "jsonl":
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            out.flush()
        elif fmt == "csv":
            for row in csv_rows(obj):
                writer.writerow(row)
        else:
            objects.append(obj)
    if fmt == "json":
        doc = objects[0] if len(objects) == 1 and len(paths) == 1 else objects
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    if bad:
        _err(f"{bad} of {good + bad} inputs failed")
        return EXIT_PARTIAL if good else EXIT_USAGE
    return EXIT_OK


# ---- tokenize ---------------------------------------------------------------------------------------------
def cmd_tokenize(args) -> int:
    from .tokenize import tokenize_text

    def render(article):
        sents = tokenize_text(article.text, title=article.title)
        return {"path": article.path, "title": article.title.text if article.title else None,
                "sentences": [s.to_dict() for s in sents]}

    return _emit_batch(args.paths, args.format, render)


# ---- tag --------------------------------------------------------------------------------------------------
ATTRIBUTION_COLUMNS = ["path", "sentence", "kind", "quote", "source", "source_start", "source_end", "source_kind",
                       "actor", "cue", "cue_start", "cue_end", "content", "content_start", "content_end"]


def _attribution_rows(obj: dict) -> Iterable[dict]:
    for a in obj["attributions"]:
        src, con, cue = a["source"] or {}, a["content"] or {}, a["cue"]
        yield {"path": obj["path"], "sentence": a["sentence"], "kind": a["kind"], "quote": a.get("quote"),
               "source": src.get("text"), "source_start": src.get("start"), "source_end": src.get("end"),
               "source_kind": src.get("kind"), "actor": src.get("actor"), "cue": cue["text"],
               "cue_start": cue["start"], "cue_end": cue["end"], "content": con.get("text"),
               "content_start": con.get("start"), "content_end": con.get("end")}


def cmd_tag(args) -> int:
    from .tagging import tag

    def render(article):
        return tag(article, one_sentence_per_line=args.one_sentence_per_line,
                   headline=not args.no_headline).to_dict()

    return _emit_batch(args.paths, args.format, render, titled=not args.one_sentence_per_line,
                       csv_rows=_attribution_rows, csv_columns=ATTRIBUTION_COLUMNS)


# ---- eval -------------------------------------------------------------------------------------------------
def cmd_eval(args) -> int:
    if args.task == "polnear":
        from .evaluation.polnear import evaluate

        report = evaluate(args.data or "../shared/data/polnear", split=args.split)
    elif args.task == "uncertainty":
        from .evaluation.uncertainty import evaluate

        report = evaluate(args.data or "../shared/data/uncertainty/factbank-dev.xml")
    else:
        from .evaluation.fnc1 import evaluate

        report = evaluate(args.data or "../shared/data/fnc-1")
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.to_text())
    return EXIT_OK


# ---- stance -----------------------------------------------------------------------------------------------
def cmd_stance(args) -> int:
    from .stance import predict_csv

    n = predict_csv(args.bodies, args.stances, args.out)
    print(f"{n} stances written to {args.out}", file=sys.stderr)
    return EXIT_OK


# ---- run --------------------------------------------------------------------------------------------------
def cmd_run(args) -> int:
    from .run import run_notebook

    result = run_notebook(args.notebook, dict(args.parameters or []), out_dir=args.out)
    if result.status != "success":
        _err(result.reason)
        return EXIT_RUN_FAILED
    print(result.html)
    return EXIT_OK


# ---- train ------------------------------------------------------------------------------------------------
def cmd_train(args) -> int:
    from .training import train

    path = train(args.model, data=args.data, out=args.out)
    print(path)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newslib", description=__doc__.split("\n")[0])
    p.add_argument("--version", action="version", version=f"newslib {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    t = sub.add_parser("tokenize", help="sentences and tokens with character offsets")
    t.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, globs, .jsonl or .csv corpora")
    t.add_argument("--format", choices=["json", "jsonl"], default="json")
    t.set_defaults(func=cmd_tokenize)

    g = sub.add_parser("tag", help="attributions, claim kinds, hedges, gaps and actors")
    g.add_argument("paths", nargs="+", metavar="PATH")
    g.add_argument("--format", choices=["json", "jsonl", "csv"], default="json",
                   help="csv writes one row per attribution")
    g.add_argument("--one-sentence-per-line", action="store_true",
                   help="each input line is one sentence (line i is sentence i); no title")
    g.add_argument("--no-headline", action="store_true", help="skip the headline-body check")
    g.set_defaults(func=cmd_tag)

    e = sub.add_parser("eval", help="score newslib against a research corpus")
    e.add_argument("task", choices=["polnear", "uncertainty", "fnc1"])
    e.add_argument("--data", help="corpus path (default: ../shared/data/...)")
    e.add_argument("--split", default="dev", choices=["train", "dev"], help="PolNeAR split")
    e.add_argument("--json", action="store_true", help="print the metrics as JSON")
    e.set_defaults(func=cmd_eval)

    s = sub.add_parser("stance", help="predict FNC-1 stances for (Headline, Body ID) pairs")
    s.add_argument("--bodies", required=True)
    s.add_argument("--stances", required=True)
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_stance)

    r = sub.add_parser("run", help="execute a notebook with papermill and render an HTML report")
    r.add_argument("notebook", help="article, corpus, evaluation, or a notebook path")
    r.add_argument("-p", "--parameter", dest="parameters", nargs=2, action="append", metavar=("NAME", "VALUE"))
    r.add_argument("--out", default="reports", help="output folder (default: reports/)")
    r.set_defaults(func=cmd_run)

    tr = sub.add_parser("train", help="retrain a shipped model from ../shared/data")
    tr.add_argument("model", help="which model (see README)")
    tr.add_argument("--data", help="training data path (default: ../shared/data/...)")
    tr.add_argument("--out", help="where to write the model (default: the package's models/ folder)")
    tr.set_defaults(func=cmd_train)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except NewslibError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = io.TextIOWrapper(io.BytesIO())
        except Exception:
            pass
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
