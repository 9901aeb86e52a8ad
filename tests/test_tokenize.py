"""Tokenization: news cases as tables, offsets as properties."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslib import read_article
from newslib.tokenize import NewsWordTokenizer, sentence_spans, tokenize, tokenize_text
from newslib.tokenize.model import base_parameters


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def words(text: str) -> list[str]:
    return NewsWordTokenizer().tokenize(text)


SENTENCE_CASES = [
    # abbreviations and initials must not end a sentence
    ("The U.S. has also pushed forward proposals. Russia resists.",
     ["The U.S. has also pushed forward proposals.", "Russia resists."]),
    ("The U.N. Security Council met. It adjourned.", ["The U.N. Security Council met.", "It adjourned."]),
    ("Mr. Smith met Gen. Jones and Sen. Warren on Jan. 5 in Washington. They talked.",
     ["Mr. Smith met Gen. Jones and Sen. Warren on Jan. 5 in Washington.", "They talked."]),
    ("Shares of J.P. Morgan rose. Others fell.", ["Shares of J.P. Morgan rose.", "Others fell."]),
    ("The vote is at 3 p.m. on Tuesday. Results follow.", ["The vote is at 3 p.m. on Tuesday.", "Results follow."]),
    ("Inflation rose 3.5 percent. Wages did not.", ["Inflation rose 3.5 percent.", "Wages did not."]),
    # a title is never the end of a sentence, even before a name that is also a word
    ("They met Mr. Hedge on Monday. He left.", ["They met Mr. Hedge on Monday.", "He left."]),
    ("Del. Stacey Plaskett spoke. Nobody else did.", ["Del. Stacey Plaskett spoke.", "Nobody else did."]),
    ("Sen. Bill Nelson and Rep. Will Hurd agreed. So did Gov. Brown.",
     ["Sen. Bill Nelson and Rep. Will Hurd agreed.", "So did Gov. Brown."]),
    # sentence-final quotes stay with their sentence, curly or straight
    ("“We will not give up,” he said. “Never.” The crowd cheered.",
     ["“We will not give up,” he said.", "“Never.”", "The crowd cheered."]),
    ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
    ("“Is it true?” she asked. Nobody answered.", ["“Is it true?” she asked.", "Nobody answered."]),
    # a named speaker after a quotation closed by "?" or "!" ends the quotation's sentence
    ('"What did the ministry do?" Rohan Whyte asked. Nobody knew.',
     ['"What did the ministry do?" Rohan Whyte asked.', "Nobody knew."]),
    ("“Enough!” Calado said. “Is it?” Why not.", ["“Enough!” Calado said.", "“Is it?”", "Why not."]),
    # paragraph breaks and title lines are hard boundaries
    ("A title without a period\nThe body starts here. It goes on.",
     ["A title without a period", "The body starts here.", "It goes on."]),
    ("First paragraph ends without a stop\n\nSecond paragraph.", ["First paragraph ends without a stop",
                                                                   "Second paragraph."]),
    # dashes do not end sentences
    ("The plan — a bold one — failed. Critics said so.", ["The plan — a bold one — failed.", "Critics said so."]),
]


@pytest.mark.parametrize("text, expected", SENTENCE_CASES)
def test_sentences(text, expected):
    assert sents(text) == expected


WORD_CASES = [
    ("Russia's", ["Russia", "'s"]),
    ("Ukraine’s sovereignty", ["Ukraine", "’s", "sovereignty"]),
    ("don't", ["do", "n't"]),
    ("can’t", ["ca", "n’t"]),
    ("“We will win,” he said.", ["“", "We", "will", "win", ",", "”", "he", "said", "."]),
    ('"Fine," she said.', ['"', "Fine", ",", '"', "she", "said", "."]),
    ("The U.S. and the U.N.", ["The", "U.S.", "and", "the", "U.N."]),
    ("Gen. Mark Milley", ["Gen.", "Mark", "Milley"]),
    ("J.P. Morgan", ["J.P.", "Morgan"]),
    ("at 3 p.m. today", ["at", "3", "p.m.", "today"]),
    ("rose 3.5% to $1,200.50", ["rose", "3.5", "%", "to", "$", "1,200.50"]),
    ("territory-related deals", ["territory-related", "deals"]),
    ("O'Brien said", ["O'Brien", "said"]),
    ("wait... what?!", ["wait", "...", "what", "?!"]),
    ("Mr.... and Gen. Lee", ["Mr", "...", ".", "and", "Gen.", "Lee"]),
    ("J. Smith and j. smith", ["J.", "Smith", "and", "j", ".", "smith"]),
    ("mail a.b@c.org now", ["mail", "a.b@c.org", "now"]),
    ("peace -- or not", ["peace", "--", "or", "not"]),
    ("Secretary-General Rutte", ["Secretary-General", "Rutte"]),
    ("(NATO)", ["(", "NATO", ")"]),
    ("see https://example.org/a?b=1.", ["see", "https://example.org/a?b=1", "."]),
]


@pytest.mark.parametrize("text, expected", WORD_CASES)
def test_words(text, expected):
    assert words(text) == expected


def test_quotes_are_kept_as_written():
    toks = tokenize_text('Title\nHe said "no" and ``maybe\'\'.')
    flat = [t.text for s in toks for t in s.tokens]
    assert '"' in flat and "``" not in flat[:5]


def test_seed_article(seed_path, seed_text):
    article = read_article(seed_path)
    sentences = tokenize(article)
    assert sentences[0].title and sentences[0].text.startswith("Israel advances war strategy")
    assert sum(s.title for s in sentences) == 1
    texts = [s.text for s in sentences]
    # never split after "U.S."
    assert not any(t.endswith("U.S.") for t in texts)
    assert "The U.S. has also pushed forward proposals for security guarantees, with some officials dismissing " \
           "Russian objections as obstructive noise." in texts
    assert len(sentences) == 22
    for s in sentences:
        assert seed_text[s.start:s.end] == s.text
        for t in s.tokens:
            assert seed_text[t.start:t.end] == t.text


def test_title_is_first_nonempty_line_and_offsets_index_the_whole_file():
    text = "\n\n  Headline here  \nBody sentence one. Body two.\n"
    sentences = tokenize(text)
    assert sentences[0].title and sentences[0].text == "Headline here"
    assert text[sentences[0].start:sentences[0].end] == "Headline here"
    assert [s.text for s in sentences[1:]] == ["Body sentence one.", "Body two."]


def test_invisible_characters_make_no_sentence():
    sentences = tokenize("\ufeffTitle here\n\u200b\nBody one. \u200bBody two.\u200e\n")
    assert [s.text for s in sentences] == ["Title here", "Body one.", "Body two."]
    assert sentences[0].title


def test_one_sentence_per_line_keeps_line_numbers():
    text = "First line. Still first.\n\nThird line\n"
    sentences = tokenize(text, one_sentence_per_line=True)
    assert [s.text for s in sentences] == ["First line. Still first.", "", "Third line"]
    assert not any(s.title for s in sentences)


def test_parameters_equal_nltk_punkt_tab_when_installed():
    """If NLTK's own punkt_tab data is present, the bundled parameters are the same model."""
    import nltk

    try:
        nltk.data.find("tokenizers/punkt_tab/english/")
    except LookupError:
        pytest.skip("NLTK's punkt_tab data is not installed (it cannot be downloaded here)")
    from nltk.tokenize.punkt import PunktTokenizer

    theirs = PunktTokenizer("english")._params
    ours = base_parameters()
    assert ours.abbrev_types == theirs.abbrev_types
    assert ours.collocations == theirs.collocations
    assert ours.sent_starters == theirs.sent_starters
    assert dict(ours.ortho_context) == dict(theirs.ortho_context)


def test_bundled_model_is_the_english_punkt_model():
    params = base_parameters()
    assert {"mr", "u.s", "jan", "gen"} <= params.abbrev_types
    assert len(params.abbrev_types) > 100 and len(params.ortho_context) > 10000


PIECES = list("abcXYZ .,;:!?'\"“”‘’()-—\n\t0123456789") + ["U.S.", "Mr.", "p.m.", "é", "😀", "\u200b", "\u202e",
                                                              "\ufeff", "ﬁ", "\r"]
NEWSY = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


def _check_spans(text, spans):
    prev_end = 0
    for s, e in spans:
        assert 0 <= prev_end <= s < e <= len(text)
        prev_end = e


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), NEWSY))
def test_offsets_property(text):
    sentences = tokenize_text(text)
    _check_spans(text, [(s.start, s.end) for s in sentences])
    for s in sentences:
        assert text[s.start:s.end] == s.text
        _check_spans(text, [(t.start, t.end) for t in s.tokens])
        for t in s.tokens:
            assert text[t.start:t.end] == t.text and s.start <= t.start and t.end <= s.end
            assert not t.text.isspace()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_every_visible_character_is_in_a_token(text):
    """Tokens cover the text but white space and invisible format characters at sentence edges."""
    import unicodedata

    covered = set()
    for s in tokenize_text(text):
        for t in s.tokens:
            covered.update(range(t.start, t.end))
    for i, ch in enumerate(text):
        if not ch.isspace() and unicodedata.category(ch) != "Cf":
            assert i in covered, (i, ch)


def test_run_on_sentences_are_cut_into_bounded_pieces():
    from newslib.tokenize.api import MAX_SENTENCE_TOKENS

    text = "Title\n" + "word " * (2 * MAX_SENTENCE_TOKENS + 10) + "end."
    sentences = tokenize_text(text)
    assert [len(s.tokens) for s in sentences[1:]] == [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 12]
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert all(text[s.start:s.end] == s.text for s in sentences)
    # one sentence per line keeps line i as sentence i, however long
    assert len(tokenize_text("word " * 600, one_sentence_per_line=True)) == 1


def test_tokenizers_are_nltk_compatible_by_protocol_whatever_was_imported_first():
    """``SpanTokenizer`` is a structural type: newslib's tokenizers and NLTK's satisfy it, whether NLTK was
    imported before newslib's light Punkt loader or after (an ``isinstance`` against NLTK's own class would
    depend on that order)."""
    from newslib.tokenize import NewsSentenceTokenizer, NewsWordTokenizer, SpanTokenizer

    text = "Mr. Smith went to Washington. He didn't stay."
    for tok in (NewsSentenceTokenizer(), NewsWordTokenizer()):
        assert isinstance(tok, SpanTokenizer)
        assert tok.tokenize(text) == [text[s:e] for s, e in tok.span_tokenize(text)]
    from nltk.tokenize import TreebankWordTokenizer

    assert isinstance(TreebankWordTokenizer(), SpanTokenizer) and not isinstance(object(), SpanTokenizer)


def test_newslib_tokenize_is_the_function_and_the_package_imports_lazily():
    import subprocess
    import sys

    code = ("import sys, newslib, newslib.tokenize as t; "
            "assert callable(newslib.tokenize) and t is newslib.tokenize; "
            "assert 'newslib.tokenize.sentences' not in sys.modules; "
            "from newslib.tokenize import sentence_spans; "
            "assert sentence_spans('A b. C d.') == [(0, 4), (5, 9)]; "
            "newslib.tag('T\\nHe said so.'); assert callable(newslib.tokenize)")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_span_is_a_frozen_record_built_by_position_or_keyword():
    import dataclasses
    import pickle

    from newslib.spans import Span

    s = Span(3, 5, "ab")
    assert s == Span(start=3, end=5, text="ab") and hash(s) == hash(Span(3, 5, "ab"))
    assert (s.start, s.end, s.text) == (3, 5, "ab") and repr(s) == "Span(start=3, end=5, text='ab')"
    assert pickle.loads(pickle.dumps(s)) == s and dataclasses.replace(s, end=6) == Span(3, 6, "ab")
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.start = 4
    with pytest.raises(TypeError):
        Span(3, 5)


def _spans_one_match_at_a_time(text: str) -> list[tuple[int, int, str]]:
    """The reference the word tokenizer's findall loop must equal: each match's token group by its offsets."""
    from newslib.tokenize.words import _INITIAL_NEXT, _known_abbreviations, _pattern

    end = len(text.rstrip())
    out = []
    for m in _pattern().finditer(text, 0, end):
        g = max(k for k in (2, 3, 4) if m.group(k) is not None)
        s, e = m.span(g)
        word = text[s:e - 1]
        if g == 3 and not ((word.lower() in _known_abbreviations()) if len(word) > 1 else
                           (word.isupper() and _INITIAL_NEXT.match(text, e, end) is not None)):
            out += [(s, e - 1, word), (e - 1, e, ".")]
        else:
            out.append((s, e, text[s:e]))
    return out


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=200), st.text(alphabet=" \u00a0\u2009\u3000\x1c\t\nab.'’-J:/@", max_size=60)))
def test_word_offsets_from_lengths_equal_match_offsets(text):
    # the tokenizer adds up the lengths of what findall gives; any gap between two matches would shift them
    assert [(t.start, t.end, t.text) for t in NewsWordTokenizer().spans(text)] == _spans_one_match_at_a_time(text)


# ---- Punkt on ``re`` where it reads a line as ``regex`` does (newslib.tokenize._engines) ---------------------
def test_engine_differences_table_is_that_of_the_installed_engines():
    from newslib.tokenize._engines import DIFFERING, differing_ranges

    assert DIFFERING == differing_ranges(), "regenerate newslib/tokenize/_engines.py: DIFFERING is stale"


@pytest.mark.parametrize("line, guarded", [
    ("Mr. Smith said. The vote is at 3 p.m. on Tuesday.", False),
    ("“We will not give up,” he said — and left… Ça va, señor?", False),  # curly quotes, dashes, accents
    ("The cafe\u0301 closed. It reopened.", True),  # a combining mark: \w for regex, not for re
    ("Area: 5 km\u00b2. It grew.", True),  # a superscript digit: \w for re, not for regex
    ("Field\x1dseparated. Text.", True),  # \s for re, not for regex
    ("Dots " + "." * 600 + " end.", True),  # a run where regex's time limit could matter
])
def test_lines_that_engines_could_read_differently_go_to_nltks_punkt(line, guarded):
    from newslib.tokenize._engines import guarded as is_guarded

    assert is_guarded(line) is guarded


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "Smith", "said", ".", "U.S.", "3.5", "“", "”", '"', "'", "’s", "—", "...",
                                 "(", ")", "?", "!", "e.g.", "Jan.", "5", "he", "The", "cafe\u0301", "km\u00b2",
                                 "naïve", "Zürich", "-", "--", ";", ":", ",", "A.", "B", "x" * 30]),
                min_size=1, max_size=40),
       st.lists(st.sampled_from([" ", "  ", "\t", " \u00a0"]), min_size=40, max_size=40))
def test_punkt_on_re_splits_lines_as_nltks_punkt(words, spaces):
    """The same spans as NLTK's Punkt (on ``regex``) alone, for lines of news-like tokens either engine reads."""
    from newslib.tokenize.model import news_parameters
    from newslib.tokenize.sentences import NewsSentenceTokenizer, _RememberingPunkt

    line = "".join(w + s for w, s in zip(words, spaces)).strip()
    ours = list(NewsSentenceTokenizer().span_tokenize(line))
    nltk_only = list(NewsSentenceTokenizer(_RememberingPunkt(news_parameters())).span_tokenize(line))
    assert ours == nltk_only
