"""Bad input never crashes the CLI, and a bad input never costs a good one its result.

Every input is made here in tmp_path. Each odd file gets either a result whose offsets index the text as
newslib reads it, or exactly one line ``newslib: <file>: <reason>`` on stderr: never a traceback.
Exit codes: 0 all good, 1 some failed (good results still written), 2 nothing usable (nothing on stdout).
"""
from __future__ import annotations

import csv
import io
import json
import math
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newslib import cli, pipeline
from newslib.article import read_article

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
GOOD = "Talks resume in Geneva\nThe minister said on Tuesday that the talks would continue.\n"

#: (file name, bytes, usable?) — odd inputs a scraped folder holds.
ODD = [
    ("empty.txt", b"", False),
    ("blank.txt", b"  \n\t\n\r\n", False),
    ("binary.txt", b"\x00\x01\x02\x03GIF89a" * 50, False),
    ("utf16.txt", "Title\nThe minister said so.\n".encode("utf-16"), False),
    ("cp1252.txt", "Caf\u00e9 owners \u201cworried\u201d\nThe na\u00efve plan, officials said, costs \u20ac5m.\n"
     .encode("cp1252"), True),
    ("bom-crlf.txt", b"\xef\xbb\xbfTalks resume\r\nThe minister said: \"We go on.\"\r\nNothing more.\r\n", True),
    ("page.html", b"<html><head><title>Talks</title></head>\n<body><p>The minister <b>said</b> the talks "
                  b"would continue.</p><script>var a = '<p>';</script></body></html>\n", True),
    ("quotes.txt", "Odd quotes \u201cunclosed\nHe said \u201cshe told me \u2018no\u2019 and \"maybe\" \u00ab"
     "oui\u00bb.\nShe added: \u201d\u201d\u201c \" ' \u2019 \u2018\nThey said \"\"\"\"\"\"\"\n".encode(), True),
    ("emoji.txt", "\U0001F1FA\U0001F1E6 Flags and \U0001F468\u200d\U0001F469\u200d\U0001F467 families\n"
     "The minister \U0001F600 said it \u2764\ufe0f would work. \U0001F44D\U0001F3FD\n".encode(), True),
    ("rtl.txt", "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd\n\u0642\u0627\u0644 \u0627\u0644\u0648\u0632"
     "\u064a\u0631 \u0625\u0646 \u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0633\u062a\u0633\u062a"
     "\u0645\u0631. \u202eThe minister said\u202c \u200fso\u200e.\n".encode(), True),
    ("controls.txt", "Title\u200b with\u00ad zero\u2060width\nThe minister\x0b said\x0c the \x1b[1mtalks\x1b[0m"
     " \u200bwould\u200c continue\u200d.\n\x7f\n".encode(), True),
    ("punct.txt", b"!!!???...\n...\n--- *** ### ;;; ,,, ''' \"\"\"\n", True),
    ("title-only.txt", b"Just a title without a newline", True),
    ("longword.txt", b"Title\n" + b"x" * 100000 + b" said the minister.\n", True),
    ("blanklines.txt", b"\n\n\nTitle\n\n\n\n\nBody said.\n\n\n", True),
]


def make(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def run(argv, capsys) -> tuple[int, str, list[str]]:
    """In-process CLI run: (exit code, stdout, stderr lines)."""
    rc = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return rc, out, err.splitlines()


def check_one_line_errors(lines: list[str]) -> None:
    assert lines, "expected a report on stderr"
    for line in lines:
        assert line.startswith("newslib: "), line
        assert "Traceback" not in line


def check_offsets(obj, text: str) -> int:
    """Every {"start", "end", "text"} in ``obj`` indexes ``text``; every "parts" lies inside it. Returns count."""
    n = 0
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys() and isinstance(obj["start"], int):
            s, e = obj["start"], obj["end"]
            assert 0 <= s <= e <= len(text)
            assert text[s:e] == obj["text"], (s, e, obj["text"][:40])
            n += 1
            for ps, pe in obj.get("parts", []):
                assert s <= ps <= pe <= e
        n += sum(check_offsets(v, text) for v in obj.values())
    elif isinstance(obj, list):
        n += sum(check_offsets(v, text) for v in obj)
    return n


# ---- each odd file, alone, through every command and format --------------------------------------------------
@pytest.mark.parametrize("command, fmt", [("tokenize", "json"), ("tokenize", "jsonl"), ("tag", "json"),
                                          ("tag", "jsonl"), ("tag", "csv"), ("tag --one-sentence-per-line", "json")])
@pytest.mark.parametrize("name, data, usable", ODD, ids=[o[0] for o in ODD])
def test_odd_file_gives_a_result_or_one_line(tmp_path, capsys, command, fmt, name, data, usable):
    p = make(tmp_path, name, data)
    rc, out, err = run([*command.split(), p, "--format", fmt], capsys)
    if not usable:
        assert rc == cli.EXIT_USAGE
        assert out == ""
        check_one_line_errors(err)
        assert err[0].startswith(f"newslib: {p}: ") and len(err) == 2
        return
    assert rc == cli.EXIT_OK, err
    text = read_article(p).text
    if fmt == "csv":
        for row in csv.DictReader(io.StringIO(out)):
            for part in ("cue", "source", "content"):
                if row[f"{part}_start"]:
                    assert text[int(row[f"{part}_start"]):int(row[f"{part}_end"])] == row[part]
        return
    docs = [json.loads(line) for line in out.splitlines()] if fmt == "jsonl" else [json.loads(out)]
    assert len(docs) == 1 and docs[0]["path"] == str(p)
    assert check_offsets(docs[0], text) >= 1
    if name in ("cp1252.txt", "controls.txt"):  # read with a fallback, or with stray control bytes replaced
        assert ("cp1252" if name == "cp1252.txt" else "replaced with U+FFFD") in docs[0]["warnings"][0]
        assert err == [f"newslib: {p}: warning: {docs[0]['warnings'][0]}"]
    else:
        assert "warnings" not in docs[0] and err == []


# ---- batches --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_bad_files_among_good_ones_cost_nothing(tmp_path, capsys, fmt):
    for name, data, _ in ODD:
        make(tmp_path, name, data)
    make(tmp_path, "zz-good.txt", GOOD.encode())
    os.mkfifo(tmp_path / "fifo.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    rc, out, err = run(["tag", tmp_path, "--format", fmt], capsys)
    assert rc == cli.EXIT_PARTIAL
    check_one_line_errors(err)
    n_bad = sum(1 for _, _, ok in ODD if not ok) + 2
    n_good = len(ODD) - n_bad + 2 + 1
    assert err[-1] == f"newslib: {n_bad} of {n_good + n_bad} inputs failed"
    failed = {line.split(": ")[1] for line in err[:-1] if ": warning: " not in line}
    assert {os.path.basename(f) for f in failed} == {n for n, _, ok in ODD if not ok} | {"fifo.txt", "dangling.txt"}
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert any(r["path"].endswith("zz-good.txt") and r["cue"] == "said" for r in rows)
        return
    docs = [json.loads(line) for line in out.splitlines()] if fmt == "jsonl" else json.loads(out)
    assert isinstance(docs, list) and len(docs) == n_good
    assert docs[-1]["path"].endswith("zz-good.txt")
    for d in docs:
        check_offsets(d, read_article(d["path"]).text)


@pytest.mark.parametrize("command, fmt", [("tokenize", "json"), ("tokenize", "jsonl"), ("tag", "json"),
                                          ("tag", "jsonl"), ("tag", "csv")])
def test_nothing_usable_writes_nothing_and_exits_2(tmp_path, capsys, command, fmt):
    make(tmp_path, "empty.txt", b"")
    rc, out, err = run([command, tmp_path / "empty.txt", tmp_path / "missing.txt", str(tmp_path / "none-*.txt"),
                        "--format", fmt], capsys)
    assert rc == cli.EXIT_USAGE and out == ""
    check_one_line_errors(err)
    assert err == [f"newslib: {tmp_path / 'empty.txt'}: empty: no text to read",
                   f"newslib: {tmp_path / 'missing.txt'}: no such file",
                   f"newslib: {tmp_path / 'none-*.txt'}: matches no file",
                   "newslib: 3 of 3 inputs failed; nothing written"]


def test_json_shape_follows_the_command_line_not_the_results(tmp_path, capsys):
    one = make(tmp_path, "one.txt", GOOD.encode())
    rc, out, _ = run(["tokenize", one], capsys)
    assert rc == 0 and isinstance(json.loads(out), dict)
    # a directory, a glob, a record file or several paths give a list, even with one good result
    make(tmp_path, "bad.txt", b"")
    for argv in ([tmp_path], [str(tmp_path / "*.txt")], [one, tmp_path / "bad.txt"]):
        rc, out, _ = run(["tokenize", *argv], capsys)
        assert rc == cli.EXIT_PARTIAL and [d["path"] for d in json.loads(out)] == [str(one)]
    rec = make(tmp_path, "r.jsonl", b'{"title": "T", "text": "Body."}\n')
    rc, out, _ = run(["tokenize", rec], capsys)
    assert rc == 0 and [d["path"] for d in json.loads(out)] == [f"{rec}#1"]


def test_a_crash_inside_the_tagger_costs_only_that_input(tmp_path, capsys, monkeypatch):
    from newslib.tagging import tagger

    real = tagger._tag_tokenized  # the stage an article goes through alone or in a window of articles

    def flaky(article, *args):
        if "boom" in article.text:
            raise ValueError("something broke\non two lines")
        return real(article, *args)

    monkeypatch.setattr(tagger, "_tag_tokenized", flaky)
    make(tmp_path, "a.txt", GOOD.encode())
    boom = make(tmp_path, "b.txt", b"Title\nThis one goes boom.\n")
    make(tmp_path, "c.txt", GOOD.encode())
    for fmt in ("json", "jsonl", "csv"):
        rc, out, err = run(["tag", tmp_path, "--format", fmt], capsys)
        assert rc == cli.EXIT_PARTIAL
        check_one_line_errors(err)
        assert err[0] == (f"newslib: {boom}: internal error (ValueError: something broke\\non two lines); "
                          "please report it (NEWSLIB_DEBUG=1 shows the traceback)")
        assert out.count("a.txt") >= 1 and out.count("c.txt") >= 1 and "b.txt" not in out


def test_windows_of_articles_keep_the_order_and_the_tags(tmp_path, capsys, monkeypatch, seed_text):
    """``tag`` renders articles in windows; with bad inputs among them, results still come in input order and
    are exactly what tagging each article alone gives."""
    from newslib import tag

    monkeypatch.setattr(pipeline, "BATCH_ARTICLES", 4)
    sentences = [line for line in seed_text.splitlines()[1:] if line.strip()]
    names = []
    for k in range(11):
        body = " ".join(sentences[k % len(sentences):][:3])
        if k in (2, 7):
            names.append(make(tmp_path, f"a{k:02d}.txt", b"\x00\x01binary\x00"))  # unreadable
        else:
            names.append(make(tmp_path, f"a{k:02d}.txt", f"Headline number {k}\n{body}\n".encode()))
    rc, out, err = run(["tag", str(tmp_path), "--format", "jsonl"], capsys)
    assert rc == cli.EXIT_PARTIAL and len(err) == 3  # two bad inputs and the summary line
    docs = [json.loads(line) for line in out.splitlines()]
    good = [str(p) for k, p in enumerate(names) if k not in (2, 7)]
    assert [d["path"] for d in docs] == good
    for d, path in zip(docs, good):
        assert d == json.loads(cli._dumps(tag(read_article(path)).to_dict(), None))


def test_tag_many_is_tag_article_by_article(seed_path, monkeypatch):
    from newslib import tag
    from newslib.tagging import tagger
    from newslib.tagging.attribution_model import default_model

    texts = [seed_path.read_text(encoding="utf-8"), 'Unclosed\nHe said "this quotation never closes, he said',
             GOOD, "Only a title", "", '"Quoted," she said.\n"A second paragraph," she added.',
             GOOD.replace("said", "denied")]
    many = tagger.tag_many(texts)
    assert [m.to_dict() for m in many] == [tag(t).to_dict() for t in texts]
    model = default_model()
    docs = [(m.text, [s.sentence for s in m.sents]) for m in many]
    for (labels, bounds), (text, sents) in zip(model.predict_many(docs), docs):
        alone, alone_bounds = model.predict(text, sents)
        assert labels.tolist() == alone.tolist() and bounds == alone_bounds
    # one article failing costs only its own place
    real = tagger._tag_tokenized
    monkeypatch.setattr(tagger, "_tag_tokenized",
                        lambda art, *a: (_ for _ in ()).throw(ValueError("x")) if "denied" in art.text else real(art, *a))
    out = tagger.tag_many(texts)
    assert isinstance(out[-1], ValueError) and [o.to_dict() for o in out[:-1]] == [m.to_dict() for m in many[:-1]]


def test_interrupt_closes_the_json_list(tmp_path, capsys, monkeypatch):
    from newslib.tagging import tagger

    real = tagger._tag_tokenized

    def stop_at_b(article, *args):
        if article.path.endswith("b.txt"):
            raise KeyboardInterrupt
        return real(article, *args)

    monkeypatch.setattr(tagger, "_tag_tokenized", stop_at_b)
    for name in ("a.txt", "b.txt", "c.txt"):
        make(tmp_path, name, GOOD.encode())
    rc, out, err = run(["tag", tmp_path], capsys)
    assert rc == cli.EXIT_INTERRUPTED and err == ["newslib: interrupted"]
    assert [d["path"] for d in json.loads(out)] == [str(tmp_path / "a.txt")]


def test_nan_becomes_null_not_invalid_json(tmp_path, capsys, monkeypatch):
    import newslib.tagging

    class Fake:
        def to_dict(self):
            return {"path": "x", "certainty": math.nan, "scores": [1.0, math.inf]}

    monkeypatch.setattr(newslib.tagging, "tag", lambda article, **kw: Fake())
    make(tmp_path, "a.txt", GOOD.encode())
    rc, out, _ = run(["tag", tmp_path / "a.txt"], capsys)
    assert rc == 0 and json.loads(out) == {"path": "x", "certainty": None, "scores": [1.0, None]}


def test_file_name_with_a_newline_still_gives_one_line(tmp_path, capsys):
    p = make(tmp_path, "two\nlines.txt", b"")
    rc, out, err = run(["tokenize", p], capsys)
    assert rc == cli.EXIT_USAGE and len(err) == 2
    assert err[0] == f"newslib: {tmp_path}/two\\nlines.txt: empty: no text to read"


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["tag", "x.txt", "--format", "xml"])
    assert info.value.code == cli.EXIT_USAGE
    with pytest.raises(SystemExit) as info:
        cli.main(["frobnicate"])
    assert info.value.code == cli.EXIT_USAGE


# ---- real processes: no traceback whatever the bytes, pipes closed early, signals ---------------------------
def newslib_proc(*args, **kw) -> subprocess.CompletedProcess:
    kw.setdefault("capture_output", True)
    kw.setdefault("timeout", 300)  # a hang guard, not a timing assertion
    return subprocess.run([PY, "-m", "newslib.cli", *map(str, args)], cwd=kw.pop("cwd", ROOT), **kw)


def test_whole_odd_folder_in_a_real_process_has_no_traceback(tmp_path):
    for name, data, _ in ODD:
        make(tmp_path, name, data)
    os.mkfifo(tmp_path / "fifo.txt")
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9-latin1-name.txt"  # a file name that is not UTF-8
    with open(raw, "wb") as fh:
        fh.write(GOOD.encode())
    proc = newslib_proc("tag", tmp_path, "--format", "jsonl")
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err
    check_one_line_errors(err.splitlines())
    assert proc.returncode == cli.EXIT_PARTIAL
    docs = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert any(d["path"].endswith("-latin1-name.txt") and d["title"] == "Talks resume in Geneva" for d in docs)


def test_closed_pipe_is_quiet(tmp_path):
    p = make(tmp_path, "a.txt", (GOOD * 500).encode())
    proc = subprocess.Popen([PY, "-m", "newslib.cli", "tokenize", p, p, p], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == cli.EXIT_OK
    assert "Traceback" not in err and "Exception ignored" not in err and err == ""


def test_sigterm_closes_the_json_list(tmp_path):
    for i in range(400):
        make(tmp_path, f"a{i:03}.txt", GOOD.encode())
    proc = subprocess.Popen([PY, "-m", "newslib.cli", "tokenize", tmp_path], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    first = proc.stdout.read(2000)  # it has started writing results
    proc.send_signal(signal.SIGTERM)
    rest = proc.stdout.read()
    err = proc.stderr.read().decode()
    rc = proc.wait(timeout=300)
    if rc == cli.EXIT_OK:  # finished before the signal arrived
        pytest.skip("the batch finished before SIGTERM")
    assert rc == cli.EXIT_TERMINATED and err.splitlines() == ["newslib: terminated"]
    docs = json.loads(first + rest)
    assert 1 <= len(docs) < 400


# ---- very large inputs: finish, in bounded memory, with no super-linear step ---------------------------------
# The subprocess timeouts below are hang guards, tens of times what a linear pass takes here, not timing
# assertions: a quadratic step on these sizes takes minutes to hours instead of seconds.
LINE_WORDS = "the minister officials reporters talks would continue Tuesday plan known unclear whether".split()


def _words(n_chars: int, seed: int = 1) -> str:
    import random

    rng = random.Random(seed)
    out, size = [], 0
    while size < n_chars:
        w = rng.choice(LINE_WORDS)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n_chars]


@pytest.mark.slow
def test_12mb_article_tokenizes_in_the_cli(tmp_path):
    import random

    rng = random.Random(3)
    words = LINE_WORDS + ["said", ".", ",", "Mr.", "U.S.", "\u201cquoted\u201d"]
    paras = ["Big generated article"]
    size = 0
    while size < 12_000_000:
        para = " ".join(rng.choice(words) for _ in range(150)) + "."
        paras.append(para)
        size += len(para) + 1
    p = tmp_path / "big.txt"
    p.write_text("\n".join(paras) + "\n", encoding="utf-8")
    proc = subprocess.run(["/usr/bin/time", "-f", "maxrss_kb=%M", PY, "-m", "newslib.cli", "tokenize", p,
                           "--format", "jsonl"], cwd=ROOT, capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    # The last sentence closes the output: check it without parsing 130 MB of JSON.
    tail = proc.stdout[-20000:].decode("utf-8")
    last = json.loads(tail[tail.rindex('{"index": '):].rstrip().removesuffix("]}"))
    text = p.read_text(encoding="utf-8")
    assert text[last["start"]:last["end"]] == last["text"] and last["end"] == len(text) - 1
    assert last["index"] >= len(paras)
    rss_kb = int(proc.stderr.decode().rsplit("maxrss_kb=", 1)[1])
    assert rss_kb < 12_000_000 * 300 // 1024  # under 300 bytes of memory per byte of text


@pytest.mark.slow
def test_5mb_line_without_punctuation_tokenizes(tmp_path):
    p = tmp_path / "line.txt"
    p.write_text("A title\n" + _words(5_000_000), encoding="utf-8")
    proc = newslib_proc("tokenize", p, "--format", "jsonl", timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    doc = json.loads(proc.stdout)
    text = p.read_text(encoding="utf-8")
    body = doc["sentences"][1:]  # the tokenizer may cut a run-on line into pieces: they must cover it all
    assert body[0]["start"] == len("A title\n") and body[-1]["end"] == len(text)
    assert all(a["end"] <= b["start"] for a, b in zip(body, body[1:]))
    assert sum(len(s["tokens"]) for s in body) > 600_000
    assert all(text[t["start"]:t["end"]] == t["text"] for t in body[-1]["tokens"])


@pytest.mark.slow
def test_long_punctuated_runs_tokenize_in_linear_time(tmp_path):
    p = tmp_path / "runs.txt"
    p.write_text("Runs\n" + "\n".join(unit * (100_000 // len(unit)) for unit in ("ab.", "a+", ".", "x.y-z_")),
                 encoding="utf-8")
    proc = newslib_proc("tokenize", p, "--format", "jsonl", timeout=10)  # linear: well under a second
    assert proc.returncode == 0


@pytest.mark.slow
def test_2mb_article_with_a_300kb_line_tags(tmp_path):
    import random

    rng = random.Random(4)
    words = LINE_WORDS + ["said", "may", "reportedly", ",", "Mr. Smith", "according to", "it is unclear whether"]
    paras = ["Big generated article", _words(300_000).replace("Tuesday", "Tuesday said")]
    paras += [" ".join(rng.choice(words) for _ in range(40)) + "." for _ in range(7000)]
    p = tmp_path / "big.txt"
    p.write_text("\n".join(paras) + "\n", encoding="utf-8")
    proc = newslib_proc("tag", p, "--format", "jsonl", timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert len(json.loads(proc.stdout)["sentences"]) >= len(paras)


# ---- outputs: atomic writes and names that cannot leave their folder -----------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd", "etc-passwd"),
    ("/abs/path", "abs-path"),
    ("", "article"),
    ("..", "article"),
    (".", "article"),
    ("...hidden", "hidden"),
    ("-rf --no-preserve-root", "rf---no-preserve-root"),
    ("C:\\Windows\\system32", "C-Windows-system32"),
    ("CON", "CON_"),
    ("nul.txt", "nul.txt_"),
    ("Zelensky\u2019s \u201cguarantees\u201d: caf\u00e9 d\u00e9j\u00e0 vu", "Zelenskys-guarantees-cafe-deja-vu"),
    ("\u0642\u0627\u0644 \U0001F600", "article"),
    ("a\x00b\nc", "a-b-c"),
])
def test_safe_name(name, expected):
    from newslib.io import safe_name

    assert safe_name(name) == expected
    assert "/" not in expected and expected not in (".", "..")


def test_safe_name_respects_max_len():
    from newslib.io import safe_name

    assert safe_name("x" * 500, max_len=40) == "x" * 40
    assert len(safe_name("word " * 100)) <= 80


@pytest.mark.parametrize("name", ["../../etc/passwd", "/abs", "", "..", "sub/../../x", "~root"])
def test_inside_never_leaves_the_folder(tmp_path, name):
    from newslib.io import inside

    target = inside(tmp_path, name)
    assert target.parent == tmp_path.resolve()


def test_inside_refuses_a_symlink_pointing_out(tmp_path):
    from newslib.io import inside

    (tmp_path / "escape").symlink_to("/etc")
    with pytest.raises(ValueError, match="would leave"):
        inside(tmp_path, "escape")


def test_atomic_write_replaces_whole_and_keeps_permissions(tmp_path):
    from newslib.io import atomic_write

    p = tmp_path / "sub" / "report.html"
    atomic_write(p, "first \u2014 version")
    assert p.read_text(encoding="utf-8") == "first \u2014 version"
    assert p.stat().st_mode & 0o777 == 0o666 & ~_umask()  # like open(p, "w"): readable by others
    os.chmod(p, 0o640)
    atomic_write(p, b"second")
    assert p.read_bytes() == b"second" and p.stat().st_mode & 0o777 == 0o640
    assert sorted(os.listdir(p.parent)) == ["report.html"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_atomic_write_failure_leaves_old_file_and_no_temp(tmp_path):
    from newslib.io import atomic_write

    p = tmp_path / "out.json"
    p.write_text("old")
    with pytest.raises(UnicodeEncodeError):
        atomic_write(p, "bad \udc80 surrogate")
    assert p.read_text() == "old" and os.listdir(tmp_path) == ["out.json"]


def test_killed_write_never_leaves_a_half_file(tmp_path):
    """SIGKILL in the middle of writing 400 MB: the target holds the old content, whole."""
    p = tmp_path / "out.bin"
    p.write_bytes(b"old content")
    code = ("import sys; from newslib.io import atomic_write; "
            "atomic_write(sys.argv[1], b'x' * (400 * 1024 * 1024))")
    proc = subprocess.Popen([PY, "-c", code, str(p)], cwd=ROOT)
    import time

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(n.endswith(".tmp") for n in os.listdir(tmp_path)):
        time.sleep(0.01)
    proc.kill()
    proc.wait()
    assert p.read_bytes() == b"old content"
    leftovers = [n for n in os.listdir(tmp_path) if n != "out.bin"]
    assert all(n.startswith(".out.bin.") and n.endswith(".tmp") for n in leftovers)  # hidden, never the target
    for n in leftovers:
        os.unlink(tmp_path / n)


def test_fallback_warning_is_printed_once_per_record_file(tmp_path, capsys):
    p = make(tmp_path, "c.jsonl", "".join(f'{{"title": "Caf\u00e9 {i}", "text": "They said so."}}\n'
                                          for i in range(5)).encode("cp1252"))
    rc, out, err = run(["tokenize", p, "--format", "jsonl"], capsys)
    assert rc == 0 and len(out.splitlines()) == 5
    assert all("cp1252" in json.loads(line)["warnings"][0] for line in out.splitlines())
    assert len(err) == 1 and err[0].startswith(f"newslib: {p}: warning: not valid UTF-8")


def test_newslib_tokenize_stays_callable_after_tagging():
    import newslib

    newslib.tag("Talks resume\nThe minister said so.")
    assert [s.text for s in newslib.tokenize("Talks resume\nThe minister said so.")] == [
        "Talks resume", "The minister said so."]


def test_output_is_utf8_whatever_the_locale_says(tmp_path):
    p = make(tmp_path, "a.txt", "Caf\u00e9 talks \u2014 \u201cyes\u201d\nThe minister said so.\n".encode())
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C", "LANG": "C"}
    proc = newslib_proc("tokenize", p, env=env)
    assert proc.returncode == 0 and proc.stderr == b""
    assert json.loads(proc.stdout.decode("utf-8"))["title"] == "Caf\u00e9 talks \u2014 \u201cyes\u201d"
