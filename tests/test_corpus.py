"""Reading a corpus: directories, globs, JSONL and CSV records. Bad inputs are yielded as errors, never raised,
and never cost the good ones their place."""
from __future__ import annotations

import json
import os

import pytest

from newslib.article import Article
from newslib.corpus import expand, iter_corpus, read_corpus
from newslib.errors import InputError

GOOD = "Talks resume in Geneva\nThe minister said the talks would continue.\n"


def results(specs):
    return [(name, item if isinstance(item, InputError) else item.text) for name, item in iter_corpus(specs)]


def errors(specs):
    return {name: item.reason for name, item in iter_corpus(specs) if isinstance(item, InputError)}


def test_directory_reports_unreadable_entries_instead_of_skipping_them(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text(GOOD)
    (tmp_path / "image.png").write_bytes(b"\x89PNG....")          # not an article suffix: not read
    (tmp_path / ".hidden.txt").write_text(GOOD)                    # hidden: not read
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text(GOOD)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")  # tests run as root: stands in for chmod 000
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "loop").symlink_to(tmp_path)                       # a symlink loop must not be followed
    got = dict(iter_corpus(tmp_path))
    assert sorted(os.path.relpath(n, tmp_path) for n in got) == ["a.txt", "dangling.txt", "pipe.txt", "sub/b.md"]
    assert isinstance(got[str(tmp_path / "a.txt")], Article)
    assert isinstance(got[str(tmp_path / "sub" / "b.md")], Article)
    assert "broken symbolic link" in got[str(tmp_path / "dangling.txt")].reason
    assert "FIFO" in got[str(tmp_path / "pipe.txt")].reason


def test_every_spec_that_names_nothing_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "empty").mkdir()
    specs = [tmp_path / "a.txt", str(tmp_path / "nothing-*.txt"), tmp_path / "empty", tmp_path / "missing.txt"]
    got = results(specs)
    assert got[0] == (str(tmp_path / "a.txt"), GOOD)
    assert errors(specs) == {str(tmp_path / "nothing-*.txt"): "matches no file",
                             str(tmp_path / "empty"): "directory holds no article files (.txt, .md, .html, .jsonl, .csv)",
                             str(tmp_path / "missing.txt"): "no such file"}


def test_glob_matches_files_in_order(tmp_path):
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text(GOOD)
    assert [os.path.basename(n) for n, _ in iter_corpus(str(tmp_path / "*.txt"))] == ["a.txt", "b.txt"]
    assert [os.path.basename(p) for p in expand([tmp_path])] == ["a.txt", "b.txt", "c.md"]


def test_read_corpus_raises_the_first_error(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text("")
    with pytest.raises(InputError, match="b.txt: empty"):
        read_corpus(tmp_path)
    assert [a.title.text for a in read_corpus(tmp_path / "a.txt")] == ["Talks resume in Geneva"]


# ---- JSONL ----------------------------------------------------------------------------------------------------
def test_jsonl_bad_lines_are_reported_and_good_ones_kept(tmp_path):
    deep = "[" * 100000 + "]" * 100000
    lines = [
        json.dumps({"title": "Talks resume", "text": "The minister said so.", "source": "Wire", "date": "2024-01-02"}),
        "{not json",
        "",
        "[1, 2]",
        json.dumps({"text": {"nested": "object"}}),
        json.dumps({"title": "  ", "text": ""}),
        deep,
        json.dumps({"headline": "Multi\nline\ttitle", "body": "Body text here."}),
        json.dumps({"text": 12345}),
    ]
    p = tmp_path / "c.jsonl"
    p.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    got = dict(iter_corpus(p))
    assert list(got) == [f"{p}#{i}" for i in range(1, 9)]  # blank line skipped, numbering by record
    first = got[f"{p}#1"]
    assert first.title.text == "Talks resume" and first.source == "Wire" and first.date == "2024-01-02"
    assert first.text == "Talks resume\nThe minister said so."
    assert "not valid JSON" in got[f"{p}#2"].reason
    assert "expected an object" in got[f"{p}#3"].reason
    assert "field 'text' is a JSON object" in got[f"{p}#4"].reason
    assert "no 'text'" in got[f"{p}#5"].reason
    assert "nested too deeply" in got[f"{p}#6"].reason
    assert got[f"{p}#7"].title.text == "Multi line title"
    assert got[f"{p}#8"].text == "12345" and got[f"{p}#8"].title is None


def test_jsonl_in_cp1252_carries_the_warning_on_every_record(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_bytes('{"title": "Caf\u00e9 talks", "text": "They said \u201cyes\u201d."}\n'.encode("cp1252"))
    (name, art), = iter_corpus(p)
    assert art.title.text == "Caf\u00e9 talks" and "cp1252" in art.warnings[0]


def test_binary_record_file_is_one_error(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_bytes(b"\x00\x01\x02" * 10)
    assert [name for name, _ in iter_corpus(p)] == [str(p)]
    assert "binary" in errors(p)[str(p)]


# ---- CSV ------------------------------------------------------------------------------------------------------
def test_csv_rows(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text('\ufefftitle,text,outlet\n'
                 '"Talks resume","The minister said, ""we go on"".\nSecond line.",Wire\n'
                 '\n'
                 'Odd row,has,too,many,fields\n'
                 'Page break,"Text with a \x0c form feed and \u2028 separator",Wire\n'
                 ',,\n'
                 ',  ,\n'
                 'Short row only\n', encoding="utf-8", newline="")
    got = dict(iter_corpus(p))
    assert list(got) == [f"{p}#{i}" for i in range(1, 5)]  # empty rows are skipped like blank lines
    a = got[f"{p}#1"]
    assert a.text == 'Talks resume\nThe minister said, "we go on".\nSecond line.' and a.source == "Wire"
    assert "has 5 fields, the header 3" in got[f"{p}#2"].reason
    assert got[f"{p}#3"].text == "Page break\nText with a \x0c form feed and \u2028 separator"
    assert got[f"{p}#4"].text == "Short row only\n"


def test_csv_without_text_column_is_one_error(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("id,url\n1,http://example.invalid/a\n")
    assert "no 'text' or 'title' column" in errors(p)[str(p)]
    (tmp_path / "e.csv").write_text("")
    assert "empty" in errors(tmp_path / "e.csv")[str(tmp_path / "e.csv")]


def test_csv_with_a_huge_field_is_read(tmp_path):
    p = tmp_path / "c.csv"
    body = "word " * 400000  # 2 MB in one field: over the csv module's default limit
    p.write_text(f'title,text\nBig one,"{body}"\n')
    (name, art), = iter_corpus(p)
    assert len(art.text) == len("Big one\n") + len(body)
