"""Issue 11's errors the tagger still made in round 18 (branch fix20): a clause before a final frame's comma taken
into its source ("Profits topped analysts' estimates, the company said")."""
from __future__ import annotations

import pytest

from attribution_cases import triples

# the model ran its source label from the sentence's start over the plural possessive ("analysts'"), the comma and
# the frame's subject; the clause is the content
CLAUSE_BEFORE_FINAL_FRAME = [
    ("Profits topped analysts' estimates, the company said.",
     ("the company", "said", "Profits topped analysts' estimates")),
    ("Profits topped analysts’ estimates, the company said.",
     ("the company", "said", "Profits topped analysts’ estimates")),
    ("Profits topped traders' estimates, its chief executive said.",
     ("its chief executive", "said", "Profits topped traders' estimates")),
]

# sources that keep what comes before their last comma: a name and its apposition, a plural possessive's noun phrase
KEEPS_ITS_SOURCE = [
    ("The workers' union said the strike would go on.", ("The workers' union", "said", "the strike would go on")),
    ("Erin Brockovich, the activist, said the water was unsafe.",
     ("Erin Brockovich, the activist,", "said", "the water was unsafe")),
]


@pytest.mark.parametrize("body, expected", CLAUSE_BEFORE_FINAL_FRAME + KEEPS_ITS_SOURCE)
def test_source_of_a_final_frame_after_a_clause(body, expected):
    assert expected in triples(body)
