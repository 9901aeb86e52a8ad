"""Reading one article: decoding, line ends, BOM, titles, and the reasons given for files that cannot be read.

Every odd file is made in tmp_path by the test itself; the sentences are written by hand.
"""
from __future__ import annotations

import os

import pytest

import newslib
from newslib.article import LONG_TITLE_WORDS, Article, as_article, decode, find_title, read_article
from newslib.errors import InputError
from newslib.tokenize import tokenize

BODY = "The minister said on Tuesday that talks would continue.\nOfficials declined to comment.\n"


def write(tmp_path, name: str, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def assert_offsets(text: str, tagged) -> None:
    for s in tagged.sents:
        assert text[s.start:s.end] == s.text
        for t in s.tokens:
            assert text[t.start:t.end] == t.text


# ---- line ends and BOM: offsets agree with open(path, encoding="utf-8").read() --------------------------------
@pytest.mark.parametrize("data, title", [
    (b"Talks resume in Geneva\r\n" + BODY.replace("\n", "\r\n").encode(), "Talks resume in Geneva"),
    (b"Talks resume in Geneva\r" + BODY.replace("\n", "\r").encode(), "Talks resume in Geneva"),
    (b"\xef\xbb\xbfTalks resume in Geneva\n" + BODY.encode(), "Talks resume in Geneva"),
    (b"\xef\xbb\xbf\r\n\r\n  Talks resume in Geneva  \r\n" + BODY.encode(), "Talks resume in Geneva"),
    (b"\n\n\t\xe2\x80\x8bTalks \xe2\x80\x9cresume\xe2\x80\x9d\xc2\xa0\n" + BODY.encode(), "Talks \u201cresume\u201d"),
])
def test_offsets_index_what_python_reads(tmp_path, data, title):
    p = write(tmp_path, "a.txt", data)
    art = read_article(p)
    with open(p, encoding="utf-8") as fh:
        expected = fh.read()
    assert art.text == expected
    assert art.title.text == title
    assert expected[art.title.start:art.title.end] == title
    assert "\ufeff" not in art.title.text and "\r" not in art.text
    assert art.warnings == ()
    tagged = newslib.tag(p)
    assert [s.text for s in tagged.sents if s.title] == [title]
    assert_offsets(expected, tagged)


def test_bom_is_kept_in_text_but_not_in_any_sentence(tmp_path):
    p = write(tmp_path, "bom.txt", b"\xef\xbb\xbfKyiv asks for guarantees\nThe talks continue.\n")
    art = read_article(p)
    assert art.text[0] == "\ufeff" and art.title.start == 1
    sents = tokenize(p)
    assert all("\ufeff" not in s.text for s in sents)


def test_invisible_only_lines_are_not_sentences():
    text = "\ufeff\nTalks resume\n\u200b\u200d\nThe minister spoke.\n"
    assert [s.text for s in tokenize(text)] == ["Talks resume", "The minister spoke."]


def test_a_str_is_used_exactly_as_given():
    text = "Talks resume\r\nThe minister said they \u201cwill continue\u201d.\r\n"
    tagged = newslib.tag(text)
    assert tagged.text == text  # not rewritten: offsets index the caller's own string
    assert tagged.title == "Talks resume"
    assert_offsets(text, tagged)
    assert Article.from_text(text).text is text


# ---- encodings ------------------------------------------------------------------------------------------------
def test_cp1252_is_decoded_with_a_warning(tmp_path):
    text = "Caf\u00e9 owners \u201cworried\u201d\nThe na\u00efve plan \u2013 officials said \u2013 costs \u20ac5m.\n"
    p = write(tmp_path, "cp.txt", text.encode("cp1252"))
    art = read_article(p)
    assert art.text == text
    assert art.encoding == "cp1252"
    assert len(art.warnings) == 1 and "cp1252" in art.warnings[0] and "UTF-8" in art.warnings[0]
    assert newslib.tag(p).to_dict()["warnings"] == list(art.warnings)


def test_bytes_cp1252_cannot_hold_fall_back_to_latin1(tmp_path):
    p = write(tmp_path, "l1.txt", b"Title \x81\x8d here\nBody text is plain.\n")
    art = read_article(p)
    assert art.encoding == "latin-1" and art.text.startswith("Title \x81\x8d here")
    assert "latin-1" in art.warnings[0]


def test_utf8_with_a_stray_byte_keeps_its_utf8_reading(tmp_path):
    data = "Zelensky\u2019s plan \u2014 \u201cguarantees\u201d\n".encode() + b"A stray \xe9 byte in the body.\n"
    art = read_article(write(tmp_path, "mixed.txt", data))
    assert art.encoding == "utf-8"
    assert art.title.text == "Zelensky\u2019s plan \u2014 \u201cguarantees\u201d"  # no mojibake
    assert "A stray \ufffd byte" in art.text
    assert "1 invalid byte" in art.warnings[0]


# ---- refused, with a reason -----------------------------------------------------------------------------------
@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b" \n\t\r\n  \n", "blank"),
    (b"\xef\xbb\xbf\xe2\x80\x8b\n\xc2\xa0\n", "blank"),
    (b"Title\x00\x01\x02 binary", "binary file (NUL bytes"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n....", "PNG"),
    (b"\x1f\x8b\x08\x00abc", "gzip"),
    (b"PK\x03\x04\x14\x00", "ZIP"),
    (bytes(range(1, 32)) * 200, "control characters"),
    ("Title\nBody.\n".encode("utf-16"), "UTF-16"),
    ("Title\nBody.\n".encode("utf-32"), "UTF-32"),
])
def test_unusable_files_are_refused_with_a_reason(tmp_path, data, reason):
    p = write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError) as info:
        read_article(p)
    assert info.value.source == str(p)
    assert reason in info.value.reason
    assert str(info.value).startswith(f"{p}: ") and "\n" not in str(info.value)


def test_missing_file_directory_and_broken_link(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        read_article(link)


@pytest.mark.parametrize("name", ["~\ud800</b>", "~nosuchuser\x00/x.txt"])
def test_path_like_string_naming_no_user_is_refused_with_a_reason(name):
    # found by tests/test_fuzz.py: "~" before a name no user can have made os.path.expanduser raise
    with pytest.raises(InputError) as info:
        as_article(name)
    assert info.value.source == name and "no such file" in info.value.reason
    assert "looked for from" in info.value.reason


def test_fifo_is_refused_instead_of_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file.*FIFO"):
        read_article(fifo)


def test_size_limit_is_enforced_and_configurable(tmp_path, monkeypatch):
    p = write(tmp_path, "big.txt", b"Title\n" + b"word " * 1000)
    monkeypatch.setenv("NEWSLIB_MAX_BYTES", "1000")
    with pytest.raises(InputError, match="too large.*NEWSLIB_MAX_BYTES"):
        read_article(p)
    monkeypatch.setenv("NEWSLIB_MAX_BYTES", "100000")
    assert read_article(p).title.text == "Title"


def test_decode_refuses_mostly_control_characters_even_without_nul():
    with pytest.raises(InputError, match="control characters"):
        decode(b"\x01\x02\x03\x04\x05\x06\x07\x08" * 100 + b"abc", "x.bin")
    # A few control characters in real text are kept (form feeds, a stray escape).
    text, enc, _ = decode(b"Title\nPage one.\x0cPage two \x1b[0m.\n", "x.txt")
    assert enc == "utf-8" and "\x0c" in text


# ---- str inputs to the library ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Title\ud800 with a lone surrogate\nBody \udfff said it.",
    "Title with NUL\x00\nBody.",
    "x" * 5000,
    "",
    "\n\n\n",
])
def test_as_article_never_crashes_on_odd_strings(text):
    art = as_article(text)
    assert art.text == text
    newslib.tag(text).to_dict()


def test_non_text_object_is_an_input_error():
    with pytest.raises(InputError, match="expected an Article, a path or text"):
        as_article(b"bytes are not text")
    with pytest.raises(InputError, match="expected str"):
        Article.from_text(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("text, title", [
    ("  \u200bHeadline here\u200d  \nBody.", "Headline here"),
    ("\n\n\nOnly line", "Only line"),
    ("\u00a0\n\t\nFirst real line\nsecond", "First real line"),
    ("", None),
    ("\ufeff\u200b \n", None),
])
def test_find_title(text, title):
    span = find_title(text)
    assert (span.text if span else None) == title
    if span:
        assert text[span.start:span.end] == span.text


def test_a_paragraph_read_as_the_title_warns_and_short_titles_do_not():
    paragraph = " ".join(["The council met on Tuesday and said the budget would be cut again."] * 4)
    long = Article.from_text(paragraph + "\n\nSecond paragraph.")
    assert long.title is not None and len(long.title.text.split()) >= LONG_TITLE_WORDS
    assert any("read as the title" in w and "--no-title" in w for w in long.warnings)
    assert not Article.from_text("Council cuts budget again\n\n" + paragraph).warnings
    untitled = Article.from_text(paragraph, titled=False)
    assert untitled.title is None and not untitled.warnings
