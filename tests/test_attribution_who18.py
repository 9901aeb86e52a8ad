"""Relative "who" speakers (issue 11, branch who18): PolNeAR train annotates the source of a cue right after a
relative "who" as the pronoun itself (365 of the 383 such gold cues with a source; 3 give the antecedent alone, 5
the antecedent with "who"). When the model ran another attribution's source on to that "who" after a one-word
name ("..., said Borges, who predicted ...") or without a comma ("said one former executive who requested ..."),
:func:`_relative_pronoun_out_of_inverted_source` now ends that source before it, and the cue after it takes "who".
Made-up sentences, not the articles' own; each fails without the change."""
from __future__ import annotations

import pytest

from attribution_cases import triples as cases_triples

TITLE = "Regional desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


@pytest.mark.parametrize("body,first,first_source,second,second_source", [
    ('"We chase every request," said Borges, who predicted turnout would fall.', "said", "Borges",
     "predicted", "who"),
    ('"It is over," said Weaver, who said the campaign had run out of money.', "said", "Weaver", "said", "who"),
    # (the cue is "declined" alone, as PolNeAR train draws it 41 times against 3 "declined to comment on"; the model
    # shipped before branch repro18 ran it on over "to say")
    ('"The plan is dead," said Guardian, who declined to say more.', "said", "Guardian", "declined", "who"),
    # a restrictive "who", without a comma
    ('"It is over," said a former aide who said the campaign had run out of money.', "said", "a former aide",
     "said", "who"),
    ('"We chase every request," said Lionel Sosa, a Texas media consultant who said he would vote for the mayor.',
     "said", "Lionel Sosa, a Texas media consultant", "said", "who"),
    ('"It is hard," said Ana Ruiz, a nurse in Leeds who said she would vote for the mayor.', "said",
     "Ana Ruiz, a nurse in Leeds", "said", "who"),
])
def test_a_who_closing_a_source_goes_to_the_cue_after_it(body, first, first_source, second, second_source):
    atts = triples(body)
    assert [(a[0], a[1]) for a in atts] == [(first_source, first), (second_source, second)], atts

