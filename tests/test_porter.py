"""newslib.stance._porter.stem gives exactly the stems of NLTK's PorterStemmer (NLTK_EXTENSIONS, not lower-cased):
on a table of words through each rule, on random strings built from the rules' suffixes, and on every word
type of PolNeAR and FNC-1 when the corpora are there."""
from __future__ import annotations

import csv
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslib._nltk import load
from newslib.stance._porter import stem

(_nltk_porter,) = load("nltk.stem.porter")
_REF = _nltk_porter.PorterStemmer()


def ref(word: str) -> str:
    return _REF.stem(word, to_lowercase=False)


WORDS = [
    # irregular forms, short words
    "", "a", "as", "sky", "skies", "dying", "lying", "tying", "news", "innings", "howe", "succeed", "ties", "dies",
    # step 1a / 1b
    "caresses", "ponies", "caress", "cats", "feed", "agreed", "plastered", "bled", "motoring", "sing", "conflated",
    "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing", "spied", "tied",
    "died", "ing", "eed", "yed", "played", "saying", "eyeing", "bying", "yyyed",
    # step 1c
    "happy", "enjoy", "spy", "fly", "try", "toy", "syzygy", "yy", "ayy", "boyy",
    # step 2 / 3 / 4 / 5
    "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli", "radicalli",
    "differentli", "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism",
    "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "hopefulli",
    "analogi", "logi", "triplicate", "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness",
    "revival", "allowance", "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant",
    "replacement", "adjustment", "dependent", "adoption", "homologou", "communism", "activate", "angulariti",
    "homologous", "effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll", "generalizations",
    "oscillators", "traditionally", "ukraine's", "1990s", "covid19", "don't", "o'clock",
    # left to NLTK's own class: capitals, other letters
    "Running", "naïve", "café's", "über-fast",
]


@pytest.mark.parametrize("word", WORDS)
def test_table_same_as_nltk(word):
    assert stem(word) == ref(word)


_SUFFIXES = ["ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization",
             "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "fulli", "logi",
             "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able",
             "ible", "ant", "ement", "ment", "ent", "sion", "tion", "ion", "ou", "ism", "ate", "iti", "ous", "ive",
             "ize", "ies", "sses", "ss", "s", "ied", "eed", "ed", "ing", "y", "e", "ll", "ying", "yed"]
_pieces = st.lists(st.one_of(st.sampled_from(_SUFFIXES), st.text("abcdeilmnorstuvwxyz'0", max_size=4)), max_size=5)


@settings(max_examples=1000, deadline=None)
@given(_pieces.map("".join))
def test_random_words_same_as_nltk(word):
    assert stem(word) == ref(word)


def test_every_corpus_word_same_as_nltk(polnear_dir, fnc1_dir):
    pattern = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")
    texts = [p.read_text(encoding="utf-8") for p in sorted(polnear_dir.glob("*/text/*.txt"))]
    with open(fnc1_dir / "train_bodies.csv", encoding="utf-8", newline="") as fh:
        texts += [row["articleBody"] for row in csv.DictReader(fh)]
    with open(fnc1_dir / "train_stances.csv", encoding="utf-8", newline="") as fh:
        texts += [row["Headline"] for row in csv.DictReader(fh)]
    words = {w.lower().replace("\u2019", "'") for t in texts for w in pattern.findall(t)}
    assert len(words) > 20_000
    differ = sorted(w for w in words if stem(w) != ref(w))
    assert not differ, differ[:20]
