"""``newslib``: a thin command line over the library.

Exit codes (also in the README):
  0  everything done (warnings, such as a file read as cp1252, may still be printed on stderr)
  1  some inputs failed; every good input's result was still written (errors on stderr)
  2  usage error, no input could be used, or the command failed as a whole
  3  a notebook run failed (``newslib run``); the executed notebook is kept with the error
  130 interrupted (Ctrl-C); 143 terminated (SIGTERM). A JSON list written so far is closed first.
Errors and warnings are one line each on stderr, ``newslib: <input>: <reason>``, never a traceback
(``NEWSLIB_DEBUG=1`` in the environment adds the traceback of an internal error).

Batches (``tokenize``, ``tag``): each input's result is written as soon as it is ready, so a bad input never
costs a good one (``tag`` goes through the library's pipeline, :func:`newslib.pipeline.tag_corpus`, which
tags batches of up to 16 articles and hands back a batch's results, in input order, when the batch is done).
The command line only formats results and sets the exit code. ``--format json`` writes one object when the
command names one article file, else a list of objects; ``jsonl`` one object a line; ``csv`` a header, then rows.
When no input could be used, nothing at all is written on stdout (no empty list, no CSV header) and the exit
code is 2: a consumer never mistakes a failed run for an empty corpus. An article read with a fallback (not
valid UTF-8) carries ``"warnings"`` in its JSON and gets a ``newslib: <file>: warning: ...`` line on stderr.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import math
import os
import signal
import sys
from typing import Callable, Iterable

from . import __version__
from .config import REPORTS_DIR
from .errors import InputError, NewslibError

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_RUN_FAILED = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so that ``finally`` blocks close the output."""


#: The progress shown on stderr while ``tag`` runs (its bar is erased before an error line is written).
_progress = None

#: ``newslib train attribution --syntax`` levels: the keys of ``newslib.training.attribution.SYNTAX_TEMPLATES``
#: (not imported here, to keep the CLI's start light; a test compares them)
SYNTAX_LEVELS = ("none", "pos", "chunks", "parse", "context", "clause")


def _err(message: str) -> None:
    """One line on stderr, whatever the message holds (newlines in file names or exception texts)."""
    line = str(message).replace("\r", "\\r").replace("\n", "\\n")
    if _progress is not None:
        _progress.clear()
    try:
        print(f"newslib: {line}", file=sys.stderr, flush=True)
    except (OSError, ValueError):  # stderr closed: nowhere left to report
        pass


def _internal(name: str | None, exc: BaseException) -> str:
    """The one-line report of an unexpected exception (a bug in newslib, not a bad input)."""
    if os.environ.get("NEWSLIB_DEBUG"):
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    detail = str(exc)
    detail = detail if len(detail) <= 300 else detail[:300] + "..."
    what = f"internal error ({type(exc).__name__}: {detail})"
    if isinstance(exc, RecursionError):
        what = "input too deeply nested to process"
    elif isinstance(exc, MemoryError):
        what = "out of memory while processing this input"
    else:
        what += "; please report it (NEWSLIB_DEBUG=1 shows the traceback)"
    return f"{name}: {what}" if name else what


def _json_default(obj):
    if hasattr(obj, "item"):  # numpy scalars
        return obj.item()
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    raise TypeError(f"{type(obj).__name__} is not JSON serializable")


def _finite(obj):
    """``obj`` with NaN and infinities replaced by None (JSON has no such numbers)."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def _dumps(obj, indent: int | None) -> str:
    try:
        return json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=False, default=_json_default)
    except ValueError:  # NaN or infinity somewhere: write null there rather than invalid JSON
        return json.dumps(_finite(obj), ensure_ascii=False, indent=indent, allow_nan=False, default=_json_default)


def _one_article(paths: list[str]) -> bool:
    """Does the command line name exactly one article file (so that ``--format json`` writes one object)?"""
    from .corpus import RECORD_SUFFIXES

    if len(paths) != 1:
        return False
    p = paths[0]
    if os.path.isdir(p) or (not os.path.lexists(p) and any(c in p for c in "*?[")):
        return False
    return os.path.splitext(p)[1].lower() not in RECORD_SUFFIXES


_NO_TITLE_HELP = ("the files have no title line: every line is body (by default the first line is the title; "
                  "records' title fields are kept)")


def _titled(args) -> bool:
    """Is each input file's first line its title? Not with ``--no-title`` or ``--one-sentence-per-line``."""
    return not (getattr(args, "no_title", False) or getattr(args, "one_sentence_per_line", False))


def _read(paths: list[str], *, titled: bool = True):
    """The inputs named by ``paths`` (:func:`newslib.corpus.iter_corpus`), with each reading warning (a file
    read as cp1252) reported on stderr when the input is read, once per file, not once per record."""
    from .corpus import iter_corpus

    warned: set[tuple[str, str]] = set()
    for name, item in iter_corpus(paths, titled=titled):
        if not isinstance(item, InputError):
            base, _, num = name.rpartition("#")
            where = base if base and num.isdigit() and os.path.isfile(base) else name  # FILE#N: a record
            for warning in item.warnings:
                if (where, warning) not in warned:
                    warned.add((where, warning))
                    _err(f"{where}: warning: {warning}")
        yield name, item


def _emit(results: Iterable, paths: list[str], fmt: str, to_dict: Callable, *,
          csv_rows: Callable | None = None, csv_columns: list[str] | None = None) -> int:
    """Write ``(name, result | exception)`` pairs as they come: each good result at once (``to_dict(result)``
    gives its JSON object, ``csv_rows(result)`` its CSV rows), each bad one as a line on stderr. Returns the
    exit code. See the module docstring for the output contract."""
    out = sys.stdout
    single = fmt == "json" and _one_article(paths)
    good = bad = 0
    writer = None
    try:
        for name, result in results:
            try:
                if isinstance(result, BaseException):
                    raise result
                if fmt == "csv":
                    rows = list(csv_rows(result)) if csv_rows else [to_dict(result)]
                else:
                    doc = _dumps(to_dict(result), None if fmt == "jsonl" else 2)
            except NewslibError as exc:
                _err(str(exc) if isinstance(exc, InputError) and exc.source == name else f"{name}: {exc}")
                bad += 1
                continue
            except (KeyboardInterrupt, _Terminated, BrokenPipeError):
                raise
            except Exception as exc:  # a bug must not cost the other inputs their results
                _err(_internal(name, exc))
                bad += 1
                continue
            good += 1
            if fmt == "jsonl":
                out.write(doc + "\n")
            elif fmt == "csv":
                if writer is None:
                    writer = csv.DictWriter(out, fieldnames=csv_columns or list(rows[0] if rows else []),
                                            extrasaction="ignore", lineterminator="\n")
                    writer.writeheader()
                writer.writerows(rows)
            elif single:
                out.write(doc + "\n")
            else:
                out.write(("[\n  " if good == 1 else ",\n  ") + doc.replace("\n", "\n  "))
            out.flush()
    finally:
        if fmt == "json" and not single and good:
            out.write("\n]\n")
            out.flush()
    if bad:
        _err(f"{bad} of {good + bad} inputs failed" + ("; nothing written" if not good else ""))
        return EXIT_PARTIAL if good else EXIT_USAGE
    return EXIT_OK


# ---- tokenize ---------------------------------------------------------------------------------------------
def cmd_tokenize(args) -> int:
    from .tokenize import tokenize_text

    def render(article):
        sents = tokenize_text(article.text, title=article.title)
        out = {"path": article.path, "title": article.title.text if article.title else None,
               "sentences": [s.to_dict() for s in sents]}
        if article.warnings:
            out["warnings"] = list(article.warnings)
        return out

    return _emit(_read(args.paths, titled=_titled(args)), args.paths, args.format, render)


# ---- tag --------------------------------------------------------------------------------------------------
def _attribution_rows(tagged) -> Iterable[dict]:
    """The CSV rows of a tagged article: its path, then one attribution a row (``Attribution.to_row``)."""
    for a in tagged.attribution_records:
        yield {"path": tagged.article.path, **a.to_row()}


def _start_progress(args):
    """The progress display asked for (``--progress``), with the number of inputs as its total."""
    global _progress
    from .progress import Progress, mode_for

    mode = mode_for(sys.stderr, args.progress)
    total = None
    if mode != "off":
        from .corpus import count_inputs

        total = count_inputs(args.paths)
    _progress = Progress(total=total, mode=mode)
    return _progress


def _counted(results, progress):
    for name, result in results:
        progress.update(1, failed=isinstance(result, BaseException))
        yield name, result


def _stop_progress() -> None:
    global _progress
    if _progress is not None:
        _progress.close()
        _progress = None


def _tagged_dict(tagged) -> dict:
    """A tagged article's JSON object: made where it was tagged (a worker), what crosses back to this process."""
    return tagged.to_dict()


def _tagged_csv_rows(tagged) -> list[dict]:
    """A tagged article's CSV rows (``--format csv``), made where it was tagged, like :func:`_tagged_dict`."""
    return list(_attribution_rows(tagged))


def cmd_tag(args) -> int:
    from .pipeline import tag_corpus
    from .tagging.records import ATTRIBUTION_COLUMNS

    if args.store:
        if args.format == "parquet" or args.out:
            raise NewslibError("--store FILE and --format parquet --out DIR are two outputs: choose one "
                               "(newslib store add FILE DIR loads a dataset into a store)")
        if args.format is not None:
            raise NewslibError(f"--store FILE prints nothing, so --format {args.format} has no effect: drop one "
                               "(newslib store sql FILE QUERY prints what the store holds)")
        return _tag_into_store(args)
    args.format = args.format or "json"
    if args.format == "parquet":
        return _tag_parquet(args)
    if args.out:
        raise NewslibError("--out DIR goes with --format parquet (the other formats are written on stdout)")
    progress = _start_progress(args)
    results = tag_corpus(_read(args.paths, titled=_titled(args)),
                         one_sentence_per_line=args.one_sentence_per_line, headline=not args.no_headline,
                         jobs=args.jobs, dask=args.dask, max_articles=args.batch_size,
                         render=_tagged_csv_rows if args.format == "csv" else _tagged_dict, report=_err)
    try:
        return _emit(_counted(results, progress), args.paths, args.format, lambda obj: obj,
                     csv_rows=lambda rows: rows, csv_columns=["path", *ATTRIBUTION_COLUMNS])
    finally:
        results.close()  # the pipeline's garbage-collector settings are undone here, even on Ctrl-C
        _stop_progress()


def _tag_parquet(args) -> int:
    """``tag --format parquet --out DIR``: the claims dataset (newslib.parquet); prints DIR on stdout."""
    from .parquet.build import write_dataset

    if not args.out:
        raise NewslibError("--format parquet needs --out DIR (the dataset's directory)")
    progress = _start_progress(args)
    try:
        summary = write_dataset(_read(args.paths, titled=_titled(args)), args.out,
                                one_sentence_per_line=args.one_sentence_per_line, headline=not args.no_headline,
                                jobs=args.jobs, dask=args.dask, batch_size=args.batch_size,
                                on_error=lambda name, reason: _err(f"{name}: {reason}"), report=_err,
                                progress=progress)
    finally:
        _stop_progress()
    done = summary.written + summary.skipped
    _err(f"{args.out}: {summary.written:,} articles written in {summary.parts:,} batches, "
         f"{summary.skipped:,} already there, {summary.failed:,} inputs failed")
    print(args.out, flush=True)
    if summary.failed:
        _err(f"{summary.failed} of {summary.failed + done} inputs failed" + ("; nothing written" if not done else ""))
        return EXIT_PARTIAL if done else EXIT_USAGE
    return EXIT_OK


def _tag_into_store(args) -> int:
    """``newslib tag PATH... --store FILE``: the results go to the store, a summary line to stderr. ``--jobs``,
    ``--dask``, ``--batch-size`` and ``--progress`` work as for the other outputs (:func:`newslib.store.add`);
    ``--format`` has nothing to say here and is refused unless it is the default."""
    from . import store

    progress = _start_progress(args)
    try:
        summary = store.add(args.store, args.paths, headline=not args.no_headline,
                            one_sentence_per_line=args.one_sentence_per_line,
                            read=lambda specs: _read(specs, titled=_titled(args)),
                            on_error=lambda name, reason: _err(f"{name}: {reason}" if name not in reason else reason),
                            jobs=args.jobs, dask=args.dask, batch_size=args.batch_size, progress=progress,
                            report=_err)
    finally:
        _stop_progress()
    _err(summary.line())
    if summary.failed:
        return EXIT_PARTIAL if summary.added or summary.skipped else EXIT_USAGE
    return EXIT_OK


# ---- store ------------------------------------------------------------------------------------------------
def cmd_store(args) -> int:
    from . import store

    if args.action == "info":
        print(store.info_text(store.info(args.store)))
        return EXIT_OK
    if args.action == "add":
        summary = store.load_dataset(args.store, args.dataset)
        _err(summary.line())
        return EXIT_OK
    df = store.query(args.store, args.query)
    df.to_csv(sys.stdout, index=False, lineterminator="\n")
    return EXIT_OK


# ---- eval -------------------------------------------------------------------------------------------------
def cmd_eval(args) -> int:
    data = args.data or None  # None: the corpus's place under the data folder (newslib.config)
    if args.task == "polnear":
        from .evaluation.polnear import agreement, evaluate

        if args.agreement:
            report = agreement(data, splits=(args.split,) if args.split else ("train", "dev"))
        else:
            report = evaluate(data, split=args.split or "dev")
    elif args.task == "uncertainty":
        from .evaluation.uncertainty import evaluate

        report = evaluate(data)
    elif args.task == "actors":
        from .evaluation.actors import evaluate

        report = evaluate(data, split=args.split or "dev")
    elif args.task == "pos":
        from .evaluation.pos import evaluate

        report = evaluate(data)
    elif args.task == "actor-types":
        from .evaluation.actor_types import evaluate

        report = evaluate(data, split=args.split or "dev")
    elif args.task == "parser":
        from .evaluation.parse import evaluate

        report = evaluate(data)
    else:
        from .evaluation.fnc1 import evaluate

        fit = None
        if not args.shipped:
            from .training.stance import fit
        try:
            report = evaluate(data, fit=fit)
        except ImportError as exc:
            return _missing_train_extra(exc, "newslib eval fnc1 (which retrains; --shipped does not)")
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.to_text())
    return EXIT_OK


# ---- stance -----------------------------------------------------------------------------------------------
def cmd_stance(args) -> int:
    from .stance import predict_csv

    n = predict_csv(args.bodies, args.stances, args.out)
    print(f"{n} stances written to {args.out}", file=sys.stderr)
    return EXIT_OK


# ---- check ------------------------------------------------------------------------------------------------
def cmd_check(args) -> int:
    from .article import read_article
    from .stance.check import check

    article = read_article(args.path, titled=args.headline is None)
    verdict = check(article, args.headline)
    if args.format == "json":
        print(json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(verdict.to_text())
    return EXIT_OK


# ---- run --------------------------------------------------------------------------------------------------
def cmd_run(args) -> int:
    from .run import run_notebook

    result = run_notebook(args.notebook, dict(args.parameters or []), out_dir=args.out)
    if result.status != "success":
        # The last line names what to open: the executed notebook kept with the error (else its folder).
        _err(f"{result.notebook or result.folder}: {result.reason}")
        return EXIT_RUN_FAILED
    print(result.html)
    return EXIT_OK


# ---- train ------------------------------------------------------------------------------------------------
def _missing_train_extra(exc: ImportError, what: str) -> int:
    """Training needs scikit-learn and scipy, an optional extra: say so in one line (any other import error
    is a bug, raised on)."""
    if (exc.name or "").split(".")[0] not in ("sklearn", "scipy"):
        raise exc
    _err(f"{what} needs scikit-learn and scipy, the train extra: pip install 'newslib[train]' ({exc.name} is missing)")
    return EXIT_USAGE


def cmd_train(args) -> int:
    from .training import train

    try:
        options = {"net": True} if args.net else {}
        if args.beam is not None:
            options["beam"] = args.beam
        if args.syntax is not None:
            options["syntax"] = args.syntax
        if args.model == "cues":  # its threshold is chosen with PolNeAR's scorer, which training may not import
            from .evaluation.polnear import score_article

            options["score"] = score_article
        path = train(args.model, data=args.data, out=args.out, **options)
    except ImportError as exc:
        return _missing_train_extra(exc, "newslib train")
    print(path)
    return EXIT_OK


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"{value!r}: expected 0 (one per core) or a positive number")
    return n


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: expected a positive number")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newslib", description="newslib: a thin command line over the library "
                                "(tokenize, tag, eval, stance, run, train). Exit codes: 0 done, 1 some inputs "
                                "failed, 2 usage error or no usable input, 3 a notebook run failed.")
    p.add_argument("--version", action="version", version=f"newslib {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    t = sub.add_parser("tokenize", help="sentences and tokens with character offsets",
                       description="sentences and tokens with character offsets")
    t.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, globs, .jsonl or .csv corpora")
    t.add_argument("--format", choices=["json", "jsonl"], default="json",
                   help="json: one object for one file, else a list (default); jsonl: one object a line")
    t.add_argument("--no-title", action="store_true", help=_NO_TITLE_HELP)
    t.set_defaults(func=cmd_tokenize)

    g = sub.add_parser("tag", help="attributions, claim kinds, hedges, gaps and actors",
                       description="attributions, claim kinds, hedges, gaps and actors")
    g.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, globs, .jsonl, .csv or .parquet "
                                                            "corpora, or fsspec URLs")
    g.add_argument("--format", choices=["json", "jsonl", "csv", "parquet"], default=None,
                   help="json (default), jsonl (one object a line), csv (one row per attribution) or parquet "
                        "(a dataset of tables in --out DIR)")
    g.add_argument("--one-sentence-per-line", action="store_true",
                   help="each input line is one sentence (line i is sentence i); no title")
    g.add_argument("--no-title", action="store_true", help=_NO_TITLE_HELP)
    g.add_argument("--no-headline", action="store_true", help="skip the headline-body check")
    g.add_argument("--store", metavar="FILE.duckdb",
                   help="add the results to this claims store (created when missing) instead of printing them")
    g.add_argument("--out", metavar="DIR", help="with --format parquet: the dataset's directory (a rerun into it "
                                                "skips the articles already there)")
    g.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                   help="tag in N worker processes (0: one per core); the output is the same as with 1")
    g.add_argument("--dask", metavar="ADDRESS",
                   help="run the batches on a Dask cluster: tcp://HOST:8786, or 'local' for a LocalCluster of "
                        "--jobs workers (0 or 1: one per core)")
    g.add_argument("--batch-size", type=_positive, metavar="N",
                   help="articles per batch (default 16; with --format parquet 128, one part file per batch)")
    g.add_argument("--progress", choices=["auto", "bar", "log", "off"], default="auto",
                   help="progress on stderr: auto (default) = a bar on a terminal, a line every 10 s when stderr "
                        "is a file, nothing when it is a pipe")
    g.set_defaults(func=cmd_tag)

    st = sub.add_parser("store", help="the claims store: add a Parquet dataset, show what it holds, query it",
                        description="The claims store (one DuckDB file): load a Parquet dataset into it, show what "
                                    "it holds, or query its views.")
    st_sub = st.add_subparsers(dest="action", required=True, metavar="ACTION")
    st_add = st_sub.add_parser("add", help="load a Parquet dataset (newslib tag --format parquet --out DIR)",
                               description="Load a Parquet dataset written by newslib tag --format parquet --out "
                                           "DIR into the store; articles it holds already are skipped.")
    st_add.add_argument("store", metavar="FILE.duckdb", help="the store (created when missing)")
    st_add.add_argument("dataset", metavar="DIR", help="the Parquet dataset's directory")
    st_info = st_sub.add_parser("info", help="counts, date range and outlets",
                                description="Print the store's counts, date range and outlets.")
    st_info.add_argument("store", metavar="FILE.duckdb", help="the store")
    st_sql = st_sub.add_parser("sql", help="run one SQL query (read-only) and print the result as CSV",
                               description="Run one read-only SQL query over the store's tables and views and "
                                           "print the result as CSV.")
    st_sql.add_argument("store", metavar="FILE.duckdb", help="the store")
    st_sql.add_argument("query", help="the SQL query, e.g. \"SELECT * FROM claims LIMIT 5\"")
    st.set_defaults(func=cmd_store)

    e = sub.add_parser("eval", help="score newslib against a research corpus",
                       description="score newslib against a research corpus")
    e.add_argument("task", choices=["polnear", "uncertainty", "fnc1", "actors", "actor-types", "pos", "parser"],
                   help="polnear: attribution; uncertainty: hedged sentences (FactBank); fnc1: headline stance; "
                        "actors: how many of PolNeAR's named gold sources get an actor; actor-types: person, "
                        "organization, place and group types of the actors against GUM's entities (UD folder); "
                        "pos: part-of-speech accuracy on the UD EWT and GUM dev splits; parser: attachment scores "
                        "(UAS, LAS) on the same")
    e.add_argument("--data", help="corpus path (default: the corpus in $NEWSLIB_DATA, else in ../shared/data "
                                  "beside the repository)")
    e.add_argument("--split", choices=["train", "dev"],
                   help="PolNeAR split, for polnear and actors; GUM split for actor-types (default: dev; with "
                        "--agreement, both)")
    e.add_argument("--agreement", action="store_true",
                   help="polnear: score the annotators against each other instead (articles of train and dev "
                        "that several annotators annotated): the ceiling to read the tagger's scores against")
    e.add_argument("--json", action="store_true", help="print the metrics as JSON")
    e.add_argument("--shipped", action="store_true",
                   help="fnc1: score the shipped model instead of retraining it on the train 80%% first")
    e.set_defaults(func=cmd_eval)

    c = sub.add_parser("check", help="does one article's body support its headline? (verdict and evidence)",
                       description="Judge an article's headline against its body: related or not, the stance "
                                   "(agree, disagree, discuss, unrelated) with its calibrated probability, and the "
                                   "evidence sentences (for disagree, the sentences that contradict the headline).")
    c.add_argument("path", metavar="FILE", help="the article: a text file, title on the first line")
    c.add_argument("--headline", metavar="TEXT",
                   help="judge TEXT instead of the file's title; the whole file is then the body")
    c.add_argument("--format", choices=["text", "json"], default="text",
                   help="text for reading (default) or one JSON object")
    c.set_defaults(func=cmd_check)

    s = sub.add_parser("stance", help="predict FNC-1 stances for (Headline, Body ID) pairs",
                       description="Batch mode over FNC-1 style CSV files; for one article use newslib check.")
    s.add_argument("--bodies", required=True, metavar="CSV", help="bodies CSV with columns Body ID, articleBody")
    s.add_argument("--stances", required=True, metavar="CSV",
                   help="pairs CSV with columns Headline, Body ID (a Stance column is ignored)")
    s.add_argument("--out", required=True, metavar="CSV",
                   help="where to write Headline, Body ID, Stance, one row per input pair, in input order")
    s.set_defaults(func=cmd_stance)

    r = sub.add_parser("run", help="execute a notebook with papermill and render an HTML report",
                       description="execute a notebook with papermill and render an HTML report")
    r.add_argument("notebook", help="article, corpus, evaluation, or a notebook path")
    r.add_argument("-p", "--parameter", dest="parameters", nargs=2, action="append", metavar=("NAME", "VALUE"),
                   help="set a notebook parameter, e.g. -p article data/raw/x.txt (repeat for several)")
    r.add_argument("--out", default=str(REPORTS_DIR), help=f"output folder (default: {REPORTS_DIR}/)")
    r.set_defaults(func=cmd_run)

    tr = sub.add_parser("train", help="retrain a shipped model from the research corpora",
                        description="retrain a shipped model from the research corpora")
    tr.add_argument("model", help="which model: attribution, cues, stance, pos, parser or actors (see the README)")
    tr.add_argument("--data", help="training data path (default: the corpus in $NEWSLIB_DATA, else in "
                                   "../shared/data beside the repository)")
    tr.add_argument("--out", help="where to write the model (default: the package's models/ folder)")
    tr.add_argument("--net", action="store_true",
                    help="pos only: add the neural window tagger to the perceptron (see the README's pos.npz row)")
    tr.add_argument("--beam", type=_positive, default=None,
                    help="parser only: the training beam (default 4: trained globally, the best epoch on EWT dev "
                         "kept; 1: the greedy trainer)")
    tr.add_argument("--syntax", choices=SYNTAX_LEVELS, default=None,
                    help="attribution only: which features of the syntax layer the model reads (default chunks, "
                         "the shipped model's; the others are the ablation's: benchmarks/ablation.py)")
    tr.set_defaults(func=cmd_train)
    return p


def _subparser(parser: argparse.ArgumentParser, command: str) -> argparse.ArgumentParser:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices.get(command, parser)


def _unrecognized(args, extra: list[str]) -> str:
    message = f"unrecognized arguments: {' '.join(extra)}"
    if args.command == "run" and not extra[0].startswith("-"):
        message += " (notebook parameters are given as -p NAME VALUE)"
    return message


def _setup_streams() -> None:
    """UTF-8 on stdout (JSON and CSV are UTF-8); characters that cannot be written (lone surrogates from
    undecodable file names) become backslash escapes instead of a crash."""
    for stream, encoding in ((sys.stdout, "utf-8"), (sys.stderr, None)):
        try:
            if encoding and (stream.encoding or "").lower().replace("_", "-") not in ("utf-8", "utf8"):
                stream.reconfigure(encoding=encoding, errors="backslashreplace")
            else:
                stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
            pass


def _on_sigterm(signum, frame):
    raise _Terminated()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:  # reported by the subcommand's own parser, so that its usage is the one printed
        _subparser(parser, args.command).error(_unrecognized(args, extra))
    _setup_streams()
    previous = None
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except (ValueError, OSError):  # not the main thread
        pass
    try:
        return args.func(args)
    except NewslibError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_INTERRUPTED
    except _Terminated:
        _err("terminated")
        return EXIT_TERMINATED
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from complaining at exit.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        return EXIT_OK
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        _err(f"{where}{exc.strerror or exc}")
        return EXIT_USAGE
    except Exception as exc:
        _err(_internal(None, exc))
        return EXIT_USAGE
    finally:
        if previous is not None:
            try:
                signal.signal(signal.SIGTERM, previous)
            except (ValueError, OSError):
                pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
