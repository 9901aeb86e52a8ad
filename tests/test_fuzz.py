"""Fuzzing the whole pipeline with hypothesis: odd text classes through ``newslib.tag`` (with and without
``one_sentence_per_line``), and arbitrary bytes through reading and the CLI.

Invariants: no exception; every sentence, token and tag (sources, cues, contents and their parts, hedges,
gaps and what they are about, actor mentions, headline evidence) has ``0 <= start <= end <= len(text)`` and
``text[start:end] == span.text``; sentences are in order and do not overlap; the JSON is serializable.
Tokenization's own property tests live in test_tokenize.py; these look at odd inputs and the whole pipeline.
"""
from __future__ import annotations

import json
import os
import tempfile

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newslib
from newslib import cli
from newslib.article import _STRAY, Article, looks_like_path, read_article
from newslib.corpus import iter_corpus
from newslib.errors import InputError

#: Pieces of text the taggers react to, and odd characters scraped text holds.
FRAGMENTS = [
    "said", " said ", "says", "told reporters", "according to ", "Mr. ", "Dr. ", "U.S. ", "officials ",
    "The minister", "Putin", "Zelensky", "NATO", "he ", "She ", "they ", "may ", "might ", "would ", "could ",
    "reportedly ", "clearly ", "if ", "is not yet clear", "it is unclear whether", "declined to comment",
    "\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "\u00ab", "\u00bb", "\u201e", "(", ")", "[", "--", "\u2014",
    ".", ". ", "? ", "! ", "...", ",", ":", ";", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029",
    "\x0b", "\x0c", "\x85", "\x00", "\x1b", "\x7f", "\ufeff", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad",
    "\u202e", "\u200f", "\u00a0", "\U0001F600", "\U0001F1FA\U0001F1E6", "\U0001F468\u200d\U0001F469", "\u0301",
    "\u05e9\u05dc\u05d5\u05dd", "\u0642\u0627\u0644", "\u4e2d\u6587", "\ud800", "\udfff", "<p>", "</b>",
    "&amp;", "http://example.invalid/a.b?c=d", "a@b.invalid", "3.5", "10:30", "1,000", "n't", "'s",
]

odd_text = st.one_of(
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=40).map("".join),
    st.text(max_size=120),
    st.text(alphabet=st.characters(codec=None, categories=["Cs", "Cc", "Cf", "Zs", "Zl", "Zp", "Po", "Pi", "Pf"]),
            max_size=40),
)

#: NEWSLIB_FUZZ_EXAMPLES=5000 searches harder (the default keeps the suite fast).
N_EXAMPLES = int(os.environ.get("NEWSLIB_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=N_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_span(text: str, obj: dict) -> None:
    s, e = obj["start"], obj["end"]
    assert isinstance(s, int) and isinstance(e, int)
    assert 0 <= s <= e <= len(text), obj
    assert text[s:e] == obj["text"], obj


def walk_spans(text: str, obj) -> None:
    """Every {start, end, text} anywhere in the JSON indexes ``text``; content parts lie inside their content."""
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys() and isinstance(obj["start"], int):
            check_span(text, obj)
            last = obj["start"]
            for ps, pe in obj.get("parts", []):
                assert last <= ps <= pe <= obj["end"], obj
                last = pe
        for v in obj.values():
            walk_spans(text, v)
    elif isinstance(obj, list):
        for v in obj:
            walk_spans(text, v)


def _tag_text(text: str, **options):
    """``newslib.tag(text)``; a one-line text that looks like a path naming no file is an InputError there,
    and is tagged as text through ``Article.from_text``."""
    if "\n" not in text and len(text) < 4096 and looks_like_path(text) and not os.path.isfile(text):
        try:
            newslib.tag(text, **options)
        except InputError as exc:
            assert exc.source == text and "no such file" in exc.reason
        else:
            raise AssertionError(f"{text!r} looks like a path but was tagged as text")
        return newslib.tag(Article.from_text(text), **options)
    return newslib.tag(text, **options)


def check_tagged(text: str, tagged) -> None:
    assert tagged.text == text  # a str is used as given
    prev = 0
    for i, s in enumerate(tagged.sents):
        assert s.index == i
        assert prev <= s.start <= s.end <= len(text) and text[s.start:s.end] == s.text
        prev = s.end
        t_prev = s.start
        for t in s.tokens:
            assert t_prev <= t.start < t.end <= s.end and text[t.start:t.end] == t.text
            t_prev = t.end
    for a in tagged.attribution_records:
        assert 0 <= a.sentence < len(tagged.sents) and a in tagged.sents[a.sentence].attributions
    for h in tagged.hedge_records:
        assert text[h.start:h.end] == h.text
    for g in tagged.gap_records:
        assert text[g.start:g.end] == g.text
    d = tagged.to_dict(tokens=True)
    walk_spans(text, d)
    json.loads(json.dumps(d))  # serializable, and survives a round trip (surrogates escaped)


@FUZZ
@given(odd_text)
@example("\ufeffTitle\r\nHe said \u201cyes.\r\n")
@example("\u201c\u201c\u201c said \u201d\u201d")
@example("Mr. Smith said \ud800 that it may be so, according to officials.")
@example("\n" * 50)
def test_tag_arbitrary_text(text):
    check_tagged(text, _tag_text(text))


@FUZZ
@given(odd_text)
@example("line one said\n\nline three \u201cmay\u201d\n")
@example("\r\n\r\n")
def test_tag_one_sentence_per_line(text):
    tagged = _tag_text(text, one_sentence_per_line=True)
    assert tagged.title is None
    check_tagged(text, tagged)


@FUZZ
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=60).map("".join),
       st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join))
def test_tag_with_title_and_headline_check(body, title):
    text = f"{title}\n{body}"
    check_tagged(text, newslib.tag(Article.from_text(text), headline=True))


# ---- arbitrary bytes through reading and the CLI ----------------------------------------------------------------
odd_bytes = st.one_of(
    st.binary(max_size=300),
    odd_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    odd_text.map(lambda t: t.encode("cp1252", "ignore")),
    st.lists(st.sampled_from([b"{", b"}", b'"text"', b'"title"', b":", b",", b"\n", b'"a said b"', b"[", b"]",
                              b"null", b"1e999", b"\xff", b"\x00", b'"\\ud800"']), max_size=30).map(b"".join),
)


@settings(max_examples=N_EXAMPLES * 4 // 5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(odd_bytes, st.sampled_from([".txt", ".jsonl", ".csv", ".html"]))
def test_reading_arbitrary_bytes_gives_articles_or_input_errors(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "x" + suffix)
        with open(path, "wb") as fh:
            fh.write(data)
        for name, item in iter_corpus(path):
            assert isinstance(item, (Article, InputError))
            if isinstance(item, InputError):
                assert item.source.startswith(path) and "\n" not in item.reason
            elif suffix in (".txt", ".html"):
                with open(path, encoding=item.encoding, errors="replace", newline=None) as fh:
                    assert item.text == _STRAY.sub("\ufffd", fh.read())  # stray control bytes replaced
                check_tagged(item.text, newslib.tag(item))


@settings(max_examples=N_EXAMPLES // 3 + 10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(odd_bytes, st.sampled_from(["json", "jsonl", "csv"]))
def test_cli_on_arbitrary_bytes(data, fmt):
    import contextlib
    import io

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "x.txt")
        with open(path, "wb") as fh:
            fh.write(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = cli.main(["tag", path, "--format", fmt])
        lines = err.getvalue().splitlines()
        assert all(line.startswith("newslib: ") for line in lines)
        if rc == cli.EXIT_OK:
            if fmt == "json":
                walk_spans(read_article(path).text, json.loads(out.getvalue()))
        else:
            assert rc == cli.EXIT_USAGE and out.getvalue() == "" and len(lines) == 2
