"""The Porter stemmer of NLTK (``PorterStemmer()``, its default NLTK_EXTENSIONS mode), rewritten for speed.

:func:`stem` gives exactly the stems of ``nltk.stem.porter.PorterStemmer().stem(word, to_lowercase=False)``
(``tests/test_porter.py`` compares the two on hand-made words, random strings and, when the corpora are
there, every word type of PolNeAR and FNC-1). NLTK's class costs about 64 us for each new word (rules built
per call, a lambda per condition, the consonant pattern recomputed for every test); a cold ``newslib tag``
meets tens of thousands of new words. Here each step looks up the rules of the word's last letter and the
consonant/vowel pattern is one ``str.translate``. Words with letters other than ``a-z``, digits and ``'`` go
to NLTK's own class (loaded without NLTK's package initializer, see :mod:`newslib._nltk`).
"""
from __future__ import annotations

import re
from functools import lru_cache

#: NLTK_EXTENSIONS' irregular forms
_POOL = {"sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "news": "news",
         "innings": "inning", "inning": "inning", "outings": "outing", "outing": "outing",
         "cannings": "canning", "canning": "canning", "howe": "howe", "proceed": "proceed", "exceed": "exceed",
         "succeed": "succeed"}
#: the words this module stems itself (anything else goes to NLTK's class)
_PLAIN = re.compile(r"[a-z0-9']*")
#: c for a consonant, v for a vowel; y is decided by its left neighbour (see _cv)
_CV = str.maketrans({**{ch: "c" for ch in "bcdfghjklmnpqrstvwxz0123456789'"}, **dict.fromkeys("aeiou", "v")})


def _cv(s: str) -> str:
    """The consonant (c) / vowel (v) pattern of ``s``: a y is a consonant at the start or after a vowel, else a
    vowel (NLTK's ``_consonant_flags``)."""
    t = s.translate(_CV)
    if "y" in t:
        out = list(t)
        for i, ch in enumerate(out):
            if ch == "y":
                out[i] = "c" if i == 0 or out[i - 1] == "v" else "v"
        t = "".join(out)
    return t


def _m(s: str) -> int:
    """Porter's measure: the number of vowel-consonant sequences."""
    return _cv(s).count("vc")


def _ends_cvc(s: str) -> bool:
    n = len(s)
    if n >= 3:
        t = _cv(s[-3:]) if "y" not in s else _cv(s)[-3:]
        return t == "cvc" and s[-1] not in "wxy"
    return n == 2 and _cv(s) == "vc"


def _by_last(rules: tuple[tuple[str, str], ...]) -> dict[str, tuple[tuple[str, str, int], ...]]:
    """Rules grouped by the last letter of their suffix, in their order (the first suffix that matches
    decides, as in NLTK's ``_apply_rule_list``): ``(suffix, replacement, len(suffix))``."""
    out: dict[str, list] = {}
    for suffix, repl in rules:
        out.setdefault(suffix[-1], []).append((suffix, repl, len(suffix)))
    return {k: tuple(v) for k, v in out.items()}


_STEP2 = _by_last((
    ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
    ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
    ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
    ("iviti", "ive"), ("biliti", "ble"), ("fulli", "ful"), ("logi", "log")))
_STEP3 = _by_last((("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
                   ("ness", "")))
_STEP4 = _by_last(tuple((s, "") for s in (
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
    "iti", "ous", "ive", "ize")))


def _step1ab(w: str) -> str:
    # step 1a
    if w.endswith("s"):
        if w.endswith("ies"):
            w = w[:-3] + "ie" if len(w) == 4 else w[:-2]
        elif w.endswith("sses"):
            w = w[:-2]
        elif not w.endswith("ss"):
            w = w[:-1]
    # step 1b
    if w.endswith("ied"):
        return w[:-3] + "ie" if len(w) == 4 else w[:-2]
    if w.endswith("eed"):
        return w[:-1] if _m(w[:-3]) > 0 else w
    if w.endswith("ed"):
        s = w[:-2]
    elif w.endswith("ing"):
        s = w[:-3]
    else:
        return w
    if "v" not in _cv(s):
        return w
    if s.endswith(("at", "bl", "iz")):
        return s + "e"
    if len(s) >= 2 and s[-1] == s[-2] and _cv(s)[-1] == "c":
        return s if s[-1] in "lsz" else s[:-1]
    if _m(s) == 1 and _ends_cvc(s):
        return s + "e"
    return s


def _step1c(w: str) -> str:
    if w.endswith("y") and len(w) > 2 and _cv(w[:-1])[-1] == "c":
        return w[:-1] + "i"
    return w


def _step2(w: str) -> str:
    if w.endswith("alli") and _m(w[:-4]) > 0:
        return _step2(w[:-2])
    for suffix, repl, n in _STEP2.get(w[-1:], ()):
        if w.endswith(suffix):
            if suffix == "logi":
                return w[:-n] + repl if _m(w[:-3]) > 0 else w
            return w[:-n] + repl if _m(w[:-n]) > 0 else w
    return w


def _step3(w: str) -> str:
    for suffix, repl, n in _STEP3.get(w[-1:], ()):
        if w.endswith(suffix):
            return w[:-n] + repl if _m(w[:-n]) > 0 else w
    return w


def _step4(w: str) -> str:
    for suffix, _, n in _STEP4.get(w[-1:], ()):
        if w.endswith(suffix):
            s = w[:-n]
            if suffix == "ion":
                return s if _m(s) > 1 and s[-1] in "st" else w
            return s if _m(s) > 1 else w
    return w


def _step5(w: str) -> str:
    if w.endswith("e"):
        s = w[:-1]
        m = _m(s)
        if m > 1 or (m == 1 and not _ends_cvc(s)):
            w = s
    if w.endswith("ll") and _m(w[:-1]) > 1:
        return w[:-1]
    return w


@lru_cache(maxsize=1)
def _nltk():
    from .._nltk import load

    (porter,) = load("nltk.stem.porter")
    return porter.PorterStemmer()


def stem(word: str) -> str:
    """NLTK's Porter stem of ``word`` (not lower-cased first: ``PorterStemmer().stem(word, to_lowercase=False)``)."""
    if not _PLAIN.fullmatch(word):
        return _nltk().stem(word, to_lowercase=False)
    if word in _POOL:
        return _POOL[word]
    if len(word) <= 2:
        return word
    return _step5(_step4(_step3(_step2(_step1c(_step1ab(word))))))
