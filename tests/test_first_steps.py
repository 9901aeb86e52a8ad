"""A new user's first hour: the README's snippet, usage errors and help texts, a path that names nothing,
``repr``, progress in a log, a missing corpus, ``make lab`` as root, a stray NUL byte."""
from __future__ import annotations

import argparse
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newslib
from newslib import cli
from newslib.article import decode, looks_like_path, read_article
from newslib.errors import DataError, InputError
from newslib.progress import Progress, mode_for
from newslib.run.parameters import notebook_parameters, prepare_parameters

ROOT = Path(__file__).resolve().parent.parent


# ---- the README ------------------------------------------------------------------------------------------------
def test_readme_snippet_runs_from_notebooks_where_make_lab_starts():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", readme, re.S).group(1)
    # each expression printed; a loop over an example corpus folder ("corpus/") is illustration, left out
    lines = [line.split("  #")[0].rstrip() for line in code.splitlines()
             if not line.startswith(("for ", " ", "\t"))]
    script = "\n".join(f"print(repr(({line})))" if line and not line.startswith(("import", "#")) and "=" not in line
                       else line for line in lines)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT / "notebooks", capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "<TaggedArticle 'Israel advances war strategy" in proc.stdout


# ---- tag() of a path that names nothing ------------------------------------------------------------------------
@pytest.mark.parametrize("text, path", [
    ("data/raw/no-such-file.txt", True), ("./notes", True), ("../x", True), ("~/a.md", True),
    ("/srv/news/today", True), ("corpus/a.jsonl", True), ("news.CSV", True), ("a/b", True),
    ("Kyiv/Moscow talks stall", False), ("Talks end in Geneva.", False), ("Ceasefire holds", False),
    ("24/7 coverage of the summit", False), ("", False),
])
def test_what_looks_like_a_path(text, path):
    assert looks_like_path(text) is path


def test_tag_of_a_missing_path_names_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as info:
        newslib.tag("data/raw/no-such-file.txt")
    assert info.value.source == "data/raw/no-such-file.txt"
    assert "no such file" in info.value.reason and str(tmp_path) in info.value.reason
    # a headline-like line is still an article of one line, and from_text tags anything as text
    assert newslib.tag("Kyiv/Moscow talks stall").title == "Kyiv/Moscow talks stall"
    assert newslib.tag(newslib.Article.from_text("data/raw/no-such-file.txt")).title == "data/raw/no-such-file.txt"


def test_repr_is_one_short_line(seed_path):
    tagged = newslib.tag(seed_path)
    r = repr(tagged)
    assert "\n" not in r and len(r) < 240
    assert r.startswith("<TaggedArticle 'Israel advances") and f"{len(tagged.sents)} sentences" in r
    assert 'class="nl-article"' in tagged._repr_html_()  # the rich view stays for JupyterLab


# ---- the command line -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("argv, usage, hint", [
    (["run", "article", "x.txt"], "usage: newslib run", "-p NAME VALUE"),
    (["run", "article", "--parametr", "article", "x.txt"], "usage: newslib run", "--parametr"),
    (["tag", "x.txt", "--fromat", "csv"], "usage: newslib tag", "--fromat"),
    (["eval", "polnear", "--splt", "dev"], "usage: newslib eval", "--splt"),
    (["tag", "x.txt", "--format", "xml"], "usage: newslib tag", "invalid choice"),
])
def test_a_usage_error_prints_the_subcommands_usage(argv, usage, hint, capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    err = capsys.readouterr().err
    assert info.value.code == cli.EXIT_USAGE
    assert err.startswith(usage) and hint in err
    assert "usage: newslib [-h]" not in err


def _parsers(parser: argparse.ArgumentParser):
    yield "newslib", parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield f"newslib {name}", sub


def test_every_option_has_plain_help():
    for name, parser in _parsers(cli.build_parser()):
        text = parser.format_help()
        assert "`" not in text and "``" not in text, (name, text)
        assert parser.description, f"{name} --help does not say what it does"
        for action in parser._actions:
            if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
                continue
            assert action.help and action.help.strip(), f"{name}: {action.dest} has no help"


def test_eval_polnear_on_a_missing_folder_says_it_is_missing(tmp_path, capsys):
    code = cli.main(["eval", "polnear", "--data", str(tmp_path / "nope")])
    err = capsys.readouterr().err
    assert code == cli.EXIT_USAGE and err.count("\n") == 1
    assert f"{tmp_path / 'nope'}: no such folder" in err and "not a PolNeAR split" not in err
    from newslib.evaluation import polnear

    with pytest.raises(DataError, match="not a PolNeAR split"):  # a folder without the split is still that
        polnear.read_split(tmp_path, "dev")


def test_the_users_own_path_is_checked_before_a_default():
    cells = [{"cell_type": "code", "metadata": {"tags": ["parameters"]},
              "source": 'polnear: str = "/no/default/polnear"\nfactbank: str = "/no/default.xml"\nlimit: int = 0'}]
    with pytest.raises(InputError) as info:
        prepare_parameters("evaluation", notebook_parameters(cells), {"factbank": "/no/such.xml"})
    assert info.value.source == "/no/such.xml" and "'factbank'" in info.value.reason


# ---- progress -----------------------------------------------------------------------------------------------
def test_progress_in_a_log_is_a_plain_line_every_few_seconds():
    now = [0.0]
    out = io.StringIO()
    bar = Progress(10, stream=out, mode="log", every=5.0, clock=lambda: now[0])
    for _ in range(10):
        now[0] += 1.2
        bar.update()
    bar.close()
    lines = out.getvalue().splitlines()
    assert "\r" not in out.getvalue() and "\x1b" not in out.getvalue()
    assert len(lines) == 3 and all(line.startswith("newslib: progress: ") for line in lines)
    assert "5/10 articles" in lines[0] and "10/10 articles" in lines[-1] and "done" in lines[-1]


def test_progress_is_a_bar_on_a_terminal_and_lines_in_a_log_file(tmp_path):
    with open(tmp_path / "log", "w") as log:
        assert mode_for(log) == "log"
    assert mode_for(io.StringIO()) == "off"
    try:
        tty = open("/dev/tty", "w")
    except OSError:
        tty = None
    if tty is not None:
        with tty:
            assert mode_for(tty) == "bar"
    out, now = io.StringIO(), [0.0]
    with Progress(4, stream=out, mode="bar", clock=lambda: now[0]) as bar:
        now[0] = 1.0
        bar.update(2)
        assert "[############------------] 2/4 articles" in out.getvalue()
    assert out.getvalue().startswith("\r") and out.getvalue().endswith("\r\x1b[2K")  # drawn, then cleared


def test_corpus_progress_in_a_redirected_log(tmp_path):
    for k in range(3):
        (tmp_path / f"a{k}.txt").write_text(f"Headline {k}\nThe mayor said the bridge will close.\n")
    code = ("import sys; from newslib import analysis; "
            f"t = analysis.corpus_tables({str(tmp_path)!r}); print(len(t.articles))")
    log = tmp_path / "cron.log"
    with open(log, "w") as err:  # as `>>/var/log/newslib.log 2>&1` gives it
        proc = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=err, text=True,
                              timeout=300)
    assert proc.returncode == 0, log.read_text()[-2000:]
    assert proc.stdout.strip() == "3"
    text = log.read_text()
    assert "\r" not in text and "newslib: progress: done, 3/3 articles" in text


# ---- make lab as root ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("uid", ["0", "1000"])
def test_make_lab_passes_allow_root_only_to_root(uid, tmp_path):
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    (fake / "id").chmod(0o755)
    env = {**os.environ, "PATH": f"{fake}:{os.environ['PATH']}"}
    proc = subprocess.run(["make", "-n", "-o", ".venv/.installed", "lab"], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if "jupyter lab" in x)
    assert ("--allow-root" in line) is (uid == "0")


# ---- a stray NUL or control byte ------------------------------------------------------------------------------
@pytest.mark.parametrize("data, replaced", [
    (b"Talks resume\nThe minister said\x00 the talks would continue.\n", "\x00"),
    ("Caf\u00e9 talks\nThe minister\x01 said so, \u201cwe go on\u201d.\n".encode(), "\x01"),
    (b"Title\nA stray escape \x1b and a DEL \x7f in a long enough line of text to read as text.\n", "\x1b"),
])
def test_a_stray_control_byte_is_replaced_with_a_warning(tmp_path, data, replaced):
    p = tmp_path / "stray.txt"
    p.write_bytes(data)
    art = read_article(p)
    plain = data.decode("utf-8")
    assert len(art.text) == len(plain) and replaced not in art.text and "\ufffd" in art.text
    assert art.encoding == "utf-8" and "replaced with U+FFFD" in art.warnings[-1]
    assert art.text == re.sub(r"[\x00-\x08\x0e-\x1f\x7f]", "\ufffd", plain)  # one for one: offsets hold


def test_a_stray_nul_through_the_cli_is_a_warning_not_a_refusal(tmp_path, capsys):
    p = tmp_path / "stray.txt"
    p.write_bytes(b"Talks resume\nThe minister said\x00 the talks would continue.\n")
    code = cli.main(["tag", str(p)])
    out, err = capsys.readouterr()
    assert code == 0 and '"warnings"' in out and "warning: 1 stray NUL" in err


@pytest.mark.parametrize("data", [
    b"\x00\x01\x02\x03GIF89a" * 50,
    b"Title\x00\x01\x02 binary",
    b"text " * 100 + b"\x00" * 40,
    b"\x00binary\x00",
    bytes(range(1, 32)) * 200,
])
def test_mostly_binary_is_still_refused(data):
    with pytest.raises(InputError, match="binary file"):
        decode(data, "x.bin")


def test_tag_no_title_reads_every_line_as_body(tmp_path, capsys):
    body = ('"Rates will fall," says Maria Keane. The drug protects the liver, said lead author Tom Hale. '
            "His lawyer said his client has ten days to appeal the ruling. " * 2)
    path = tmp_path / "body.txt"
    path.write_text(body.strip() + "\n", encoding="utf-8")
    assert cli.main(["tag", str(path), "--format", "json", "--progress", "off"]) == 0
    out, err = capsys.readouterr()
    titled = json.loads(out)
    assert len(titled["sentences"]) == 1 and titled["sentences"][0]["title"]  # the whole line is the title
    assert "read as the title" in err and "--no-title" in err
    assert cli.main(["tag", str(path), "--no-title", "--format", "json", "--progress", "off"]) == 0
    out, err = capsys.readouterr()
    untitled = json.loads(out)
    assert untitled["title"] is None and "warnings" not in untitled and "read as the title" not in err
    assert len(untitled["sentences"]) == 6 and not any(s["title"] for s in untitled["sentences"])
    sources = {a["source"]["text"] for a in untitled["attributions"] if a["source"]}
    assert {"Maria Keane", "lead author Tom Hale", "His lawyer"} <= sources
    assert cli.main(["tokenize", str(path), "--no-title"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] is None
