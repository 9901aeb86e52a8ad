"""Attribution passes for the leftovers of the thirteenth contact (house_articles 116-123, round 13, branch attr15,
2026-12-04), one table each, on made-up sentences that are not the articles' own. Each fails without its pass."""
from __future__ import annotations

import pytest

from attribution_cases import triple_with_cue as by_cue
from attribution_cases import triples as cases_triples

TITLE = "Regional desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _blame_read_forwards: "Residents, however, blamed the miners." --------------------------------------------
@pytest.mark.parametrize("body,source,content", [
    ("Residents, however, blamed the miners.", "Residents", "the miners"),
    ("Shopkeepers, however, blamed the contractors.", "Shopkeepers", "the contractors"),
])
def test_the_one_who_blames_is_the_source(body, source, content):
    atts = triples(body)
    assert by_cue(atts, "blamed") == (source, "blamed", content), atts


# ---- _frame_after_coordinated_clause: "..., and the town would lose ... (RDB), officials said." ------------------
@pytest.mark.parametrize("body,first,frame", [
    ("The mayor said the road would reopen in May, and the town would lose access to cheap loans from the Regional "
     "Development Bank (RDB), officials said.",
     ("The mayor", "said", "the road would reopen in May"),
     ("officials", "said", "the town would lose access to cheap loans from the Regional Development Bank (RDB)")),
    ("The union said the depot would close, but the drivers will keep their jobs at the Western Transport Authority "
     "(WTA), managers said.",
     ("The union", "said", "the depot would close"),
     ("managers", "said", "the drivers will keep their jobs at the Western Transport Authority (WTA)")),
])
def test_a_final_frame_reports_the_clause_after_the_other_reports_and(body, first, frame):
    atts = triples(body)
    assert atts == [first, frame], atts


def test_a_past_perfect_report_before_the_frame_stays_inside_its_content():
    # PolNeAR dev's one case: the frame reports the whole sentence, the earlier report is background to it
    body = ("Marsh had told police officers that she didn't want the escort at all, but the city overruled that "
            "request, the aide added.")
    atts = triples(body)
    assert by_cue(atts, "added") == ("the aide", "added", body[:-len(", the aide added.")]), atts


# ---- _nested_in_quotations: "The Met Service warned in June that ..." inside a direct quotation -------------------
@pytest.mark.parametrize("body,source,cue,content", [
    ('"The Weather Office warned in March that this would happen. Who listened?" the farmer asked.',
     "The Weather Office", "warned", "this would happen"),
    ('"The Harbour Board told us last year that the berth would be dredged. Nothing came of it," the skipper said.',
     "The Harbour Board", "told", "the berth would be dredged"),
    ('"The inspectors have warned us since May that the bridge was unsafe," the councillor said.',
     "The inspectors", "warned", "the bridge was unsafe"),
])
def test_a_named_body_reporting_inside_a_quotation_is_a_nested_attribution(body, source, cue, content):
    atts = triples(body)
    assert by_cue(atts, cue) == (source, cue, content), atts
