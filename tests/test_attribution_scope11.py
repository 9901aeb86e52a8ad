"""Verbs and nouns that are not speech are no cues (issue 11, section 2; branch attr14): the leftovers of
tests/data/house_articles 108-115 and quotes-dev that PolNeAR train rarely annotates as cues (counts in
``lexicons/non_speech_senses.tsv``), each read from the structure around the word, on made-up sentences. Each
table of dropped rows fails without its pass; the kept rows are the same words as speech. Where the model labels a
made-up sentence only in the context of a whole article, the pass is run on a draft made by hand, as the model
left it."""
from __future__ import annotations

import inspect

import pytest

import newslib.tagging.attributions as A
from attribution_cases import tag, triples as cases_triples
from newslib.tokenize import tokenize_text

TITLE = "Regional desk\n\n"


def triples(body: str):
    return cases_triples("The town was quiet on Sunday. " + body + "\n", title=TITLE)


def cues(body: str) -> list[str]:
    return [c for _, c, _ in triples(body)]


def _span(sentence: str, words: str | None):
    if words is None:
        return None
    c = sentence.index(words)
    return c, c + len(words)


def refined(sentence: str, cue: str, source: str | None, content: str, pass_) -> list:
    """The drafts left after ``pass_`` runs alone on one draft made by hand (cue, source, content as the model
    gave them) in the one-sentence text ``sentence``."""
    s = tokenize_text(sentence)[0]
    drafts = [A.Draft(0, 0, _span(sentence, cue), _span(sentence, source), [_span(sentence, content)])]
    given = {"text": sentence, "s": s, "toks": s.tokens, "starts": [t.start for t in s.tokens],
             "ends": [t.end for t in s.tokens], "drafts": drafts, "tags": None}
    pass_(*(given[n] for n in inspect.signature(pass_).parameters if n in given))
    return drafts


# ---- _rejected_act_without_content and _denied_charge: "denied the charges through his lawyer" ------------------
@pytest.mark.parametrize("sentence,source,content", [
    ("Ms Okafor denied the charges through her lawyer.", "Ms Okafor", "the charges"),
    ("The former mayor denied the charges.", "The former mayor", "the charges"),
])
def test_a_denied_charge_is_the_content(sentence, source, content):
    assert (source, "denied", content) in triples(sentence), triples(sentence)
