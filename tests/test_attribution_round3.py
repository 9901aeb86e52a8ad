"""Attribution passes written from the errors of house_articles 34-43 (round 3, branch attr3, 2026-12-03), one
table or test each, on made-up sentences that are not the articles' own. Each fails without its pass."""
from __future__ import annotations

import pytest

from newslib.article import Article
from newslib.tagging.attributions import find_attributions
from newslib.tokenize import tokenize_text

from attribution_cases import content_of

TITLE = "Regional desk\n\n"


def tag(body: str):
    art = Article.from_text(TITLE + body)
    return art.text, find_attributions(art.text, tokenize_text(art.text, title=art.title))


def with_cue(atts, cue: str):
    found = [a for a in atts if a.cue.text == cue]
    assert found, f"no attribution with cue {cue!r} in {[a.cue.text for a in atts]}"
    return found


# ---- _quotation_over_paragraphs: a quotation left open at a paragraph's end and reopened in the next ----------
def test_quotation_over_two_paragraphs_belongs_to_the_cue_in_the_last():
    body = ('The ferry operator\'s chief engineer, Ruth Okafor, sums it up.\n\n'
            '"Two of the four engines are older than I am. We keep them going with parts from scrapped boats.\n\n'
            '"Nobody in Lagos would accept that on a bus. On the water, people have no choice," she says.\n')
    text, atts = tag(body)
    says = with_cue(atts, "says")[0]
    assert says.source is not None and says.source.text == "she"
    got = content_of(text, says)
    assert "Two of the four engines" in got and "people have no choice" in got


# ---- _said_the_model_missed: "Name on Sunday said" + a clause, where the model labels nothing ---------------
# The model's miss is idiosyncratic (a dozen close variants are found without the pass): the one sentence known
# to reproduce it is house article 43's, kept here as the regression row; the function is tested on its own too.
def test_said_the_model_missed_after_a_dateline():
    body = ("Bhopal: Madhya Pradesh Agriculture Minister Ramesh Patidar on Sunday said farmers whose wheat crop was "
            "damaged in Saturday's hailstorm would be compensated within a month.\n")
    text, atts = tag(body)
    said = with_cue(atts, "said")[0]
    assert said.source is not None and said.source.text == "Madhya Pradesh Agriculture Minister Ramesh Patidar"
    assert content_of(text, said).startswith("farmers whose wheat crop was damaged")
    assert not [a for a in atts if a.cue.text == ":"]


@pytest.mark.parametrize("sentence,found", [
    ("Mombasa: County Health Executive Amina Yusuf on Friday said traders whose stalls burned would get new "
     "spaces.", ("said", "County Health Executive Amina Yusuf on Friday")),
    ("Deputy Commissioner Meera Joshi said families would receive interim relief next week.",
     ("said", "Deputy Commissioner Meera Joshi")),
    ('The "Save Our Pier" campaign said it would appeal the ruling in the spring.', None),   # a quotation
    ("Officials who visited the site said the bridge was unsafe for heavy lorries.", None),  # a clause
    ("Ms Joshi said no.", None),                                                               # no clause
])
def test_unlabelled_said(sentence, found):
    from newslib.tagging.attributions import _unlabelled_said

    art = Article.from_text(TITLE + sentence + "\n")
    text = art.text
    s = [x for x in tokenize_text(text, title=art.title) if not x.title][0]
    got = _unlabelled_said(text, s)
    assert (got and (text[got[0][0]:got[0][1]], text[got[1][0]:got[1][1]])) == (found or None)


# ---- _own_clause_before_final_frame: the clause before ", police said." is its content -------------------
@pytest.mark.parametrize("body,source,content", [
    ("A 52-year-old man from Armley was arrested on suspicion of causing death by dangerous driving and failing "
     "to stop. He has been released on bail pending further enquiries, police said.\n", "police",
     "He has been released on bail pending further enquiries"),
    ("A 23-year-old woman from Otley was arrested on suspicion of causing serious injury by careless driving and "
     "failing to stop. She has been released on bail pending further enquiries, police said.\n", "police",
     "She has been released on bail pending further enquiries"),
])
def test_final_frame_takes_its_own_clause_not_the_sentence_before(body, source, content):
    text, atts = tag(body)
    said = with_cue(atts, "said")[0]
    assert said.source is not None and said.source.text == source
    got = content_of(text, said)
    assert got.startswith(content) and "arrested" not in got
    assert not [a for a in atts if "released" in a.cue.text]


# ---- _addressee_of_passive: "X is asked to ...", "X was asked about ..." ---------------------------------
@pytest.mark.parametrize("body,cue", [
    ("Anyone who saw the collision is asked to contact Thames Valley Police.\n", "is asked"),
    ("Coach Maria Lindqvist was asked about the rumours after training on Thursday.\n", "was asked"),
    ("Residents of the three streets were told to keep their windows shut overnight.\n", "were told"),
])
def test_the_one_spoken_to_is_no_source(body, cue):
    text, atts = tag(body)
    assert not [a for a in atts if cue in a.cue.text and a.source is not None], \
        [(a.source and a.source.text, a.cue.text) for a in atts]


def test_a_question_after_was_asked_stays():
    # PolNeAR annotates "X was once asked how ..." ; only a request or a topic is dropped
    text, atts = tag("The old mayor was once asked how the town would pay for the bridge.\n")
    assert any("asked" in a.cue.text for a in atts)


# ---- _nested_coordinated_said: "He called me and said, 'inner'" inside a quotation ----------------------
def test_inner_quotation_after_a_coordinated_said():
    body = '"She rang me at midnight and said, \'Come now, the water is at the door,\'" Kamau said.\n'
    text, atts = tag(body)
    inner = [a for a in with_cue(atts, "said") if a.source is not None and a.source.text == "She"]
    assert inner and content_of(text, inner[0]).startswith("Come now, the water is at the door")


def test_no_inner_speaker_across_a_relative_clause():
    body = '"I remember a neighbour who came over and said, \'Leave the car, take the children,\'" Kamau said.\n'
    text, atts = tag(body)
    assert not [a for a in atts if a.source is not None and a.source.text == "I"]


# ---- _furniture_label_lines: "Also Read | Headline", "WATCH | Headline", "Read more: Headline" ----------------
@pytest.mark.parametrize("line", [
    "Also Read | Unseasonal Rain Damages Onion Crop In Nashik, Growers Seek Relief",
    "WATCH | Residents Say Floods Came Without Warning",
    "Read more: Council Says Bridge Will Reopen By Easter",
])
def test_furniture_label_lines_hold_no_attribution(line):
    text, atts = tag(f"The minister visited the district.\n\n{line}\n\nShe left for Delhi in the evening.\n")
    assert not atts, [(a.source and a.source.text, a.cue.text) for a in atts]


def test_a_label_before_a_whole_sentence_keeps_its_attribution():
    text, atts = tag("Watch: the minister said the dam would hold through the monsoon.\n")
    assert any(a.cue.text == "said" for a in atts)


def test_a_quotation_opened_after_its_cue_stays_with_that_cue_over_paragraphs():
    # the quotation opens after "Adler said." in the paragraph of its cue: it is Adler's, not "she continued"'s
    body = ("As the debate went on, Adler again tried to rebuke her rival, but calmly.\n\n"
            "“Taxes are not the problem,” Adler said. “But mayors can’t just spend what they want. It has "
            "consequences for every family.\n\n"
            "“I'm not interested in being liked. I'm interested in being right,” she continued. “We are going to "
            "have to work together.”\n")
    text, atts = tag(body)
    assert "But mayors" in content_of(text, with_cue(atts, "said")[0])
    assert "But mayors" not in content_of(text, with_cue(atts, "continued")[0])


@pytest.mark.parametrize("sentence,own", [
    ("He has been released on bail pending further enquiries, police said.", True),
    ("He knows exactly what the city needs,'' Ms. Adler said.", False),   # the close of a '' quotation
    ('He knows exactly what the city needs," Ms. Adler said.', False),
])
def test_frame_of_own_clause(sentence, own):
    from newslib.tagging.attributions import Draft, _frame_of_own_clause

    art = Article.from_text(TITLE + sentence + "\n")
    s = [x for x in tokenize_text(art.text, title=art.title) if not x.title][0]
    cue = next(t for t in s.tokens if t.text == "said")
    assert _frame_of_own_clause(s.tokens, Draft(1, s.index, (cue.start, cue.end))) is own
