"""Attribution fixes for the errors of the twelfth contact (house_articles 108-115, round 11, branch attr12,
2026-12-04), one table each, on made-up sentences that are not the articles' own. Each fails without its fix."""
from __future__ import annotations

import pytest

from attribution_cases import triples as cases_triples

TITLE = "County desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


def by_cue(atts, cue: str):
    found = [a for a in atts if a[1] == cue]
    assert found, atts
    return found[0]


# ---- _according_to_name_in_apposition: "According to the district manager, Paddy Conlon, the council has ..." -----
@pytest.mark.parametrize("body,source,content", [
    ("According to the harbour master, Liam Doyle, the pier has already cost €3 million to repair.",
     "the harbour master, Liam Doyle", "the pier has already cost €3 million to repair"),
    ("The ferry was late again. According to the chief executive, Dana Holt, the plant will reopen in March.",
     "the chief executive, Dana Holt", "the plant will reopen in March"),
])
def test_a_name_in_apposition_after_according_to_is_the_source(body, source, content):
    src, _, got = by_cue(triples(body), "According to")
    assert (src, got) == (source, content)


def test_a_name_after_a_documents_according_to_stays_the_contents_subject():
    atts = triples("According to a police summary of the inquiry, Mara Quell, the town's treasurer, moved the funds "
                   "twice in May.")
    src, _, got = by_cue(atts, "According to")
    assert src == "a police summary of the inquiry" and got.startswith("Mara Quell"), atts
