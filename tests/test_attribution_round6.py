"""Attribution passes for the errors of the eighth contact (house_articles 67-76) and the known errors left after
57-66 (round 6, branch attr7, 2026-12-03), one table each, on made-up sentences that are not the articles' own.
Each fails without its pass."""
from __future__ import annotations

import pytest

from attribution_cases import triples as cases_triples

TITLE = "Metro desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _posted_on_page: "X posted on its Facebook page that ..." ----------------------------------------------
@pytest.mark.parametrize("sentence,source,content", [
    ("The charity posted on its Facebook page that the shelter would close in March.", "The charity",
     "the shelter would close in March"),
    ("The club posted on its Instagram account that Saturday's game was off.", "The club",
     "Saturday's game was off"),
    ("The mayor posted on her Telegram channel that the water was safe to drink again.", "The mayor",
     "the water was safe to drink again"),
])
def test_posted_on_page_takes_the_clause_after_the_place(sentence, source, content):
    atts = triples("The storm hit on Monday. " + sentence)
    assert (source, "posted", content) in atts, atts


@pytest.mark.parametrize("sentence", [
    "She showed reporters a longer video, which the group posted on its Facebook page in April 2021.",
    "The clip, which the council posted to its YouTube channel last week, has been viewed 9,000 times.",
])
def test_the_thing_posted_is_no_content(sentence):
    atts = triples("The storm hit on Monday. " + sentence)
    assert not [a for a in atts if "posted" in a[1]], atts


def test_posted_as_a_final_frame_keeps_its_content():
    # a hand-made draft (the model rarely reads this frame): the content before "posted" is not the thing posted
    import newslib.tagging.attributions as A
    from newslib.article import Article
    from newslib.tokenize import tokenize_text

    art = Article.from_text(TITLE + "Ms Dalle was flying to Lyon to see her son, the parish posted on Facebook.\n")
    s = tokenize_text(art.text, title=art.title)[-1]
    cue = art.text.index("posted on Facebook")
    draft = A.Draft(0, s.index, (cue, cue + len("posted on Facebook")), (cue - 11, cue - 1),
                    [(s.start, art.text.index(", the parish"))])
    drafts = [draft]
    A._posted_on_page(s.tokens, drafts)
    assert drafts == [draft] and draft.content == [(s.start, art.text.index(", the parish"))]


# ---- _caption_quotations: "posted it ... with the caption: "..."" ---------------------------------------------
@pytest.mark.parametrize("sentence,source,content", [
    ('The clip spread after an account with 90,000 followers posted it on Monday with the caption: "They are not '
     'even hiding it."', "an account with 90,000 followers", '"They are not even hiding it."'),
    ('On Sunday, the club shared a photo of the empty stadium with the caption "See you next season."',
     "the club", '"See you next season."'),
    ('When the mayor posted a picture of the flooded square with the words: "We will rebuild it," hundreds replied.',
     "the mayor", '"We will rebuild it,"'),
])
def test_caption_quotation(sentence, source, content):
    atts = triples("The vote is on Thursday. " + sentence)
    assert any(a[0] == source and a[1] in ("posted", "shared") and a[2] == content for a in atts), atts


# ---- _nested_in_mixed_contents: a quotation inside a mixed content ---------------------------------------------
@pytest.mark.parametrize("sentence,source,cue,content", [
    ('She described her shift at the clinic, where, she said, an old farmer had told her, "I have not eaten since '
     'Sunday. Help my wife first."', "an old farmer", "told", "I have not eaten since Sunday. Help my wife first."),
    ('He said a guard at the gate had told him, "Nobody goes in today. Come back next week."', "a guard at the gate",
     "told", "Nobody goes in today. Come back next week."),
    ('Officials said the driver told them, "I did not see the signal at all."', "the driver", "told",
     "I did not see the signal at all."),
])
def test_nested_in_mixed_contents(sentence, source, cue, content):
    atts = triples("The vote is on Thursday. " + sentence)
    assert any(a[0] == source and cue in a[1] and a[2] == content for a in atts), atts


def test_a_passive_told_in_a_content_has_no_speaker():
    atts = triples('According to the handbook, the new staff were told, "You sell comfort, not beds." '
                   "Many agreed.")
    assert not [a for a in atts if a[0] and a[0].endswith("were")], atts


# ---- nested speech in quotations: time words, "and say", counted groups ---------------------------------------
@pytest.mark.parametrize("sentence,source,cue,content", [
    ("\"Vikram calls me after every session. Yesterday he said, 'Bat first if it is sunny.' I listen,\" he added.",
     "he", "said", "Bat first if it is sunny."),
    ("\"If you were late, she would stop the whole band and say, 'Who is that for?'\" Boudreaux said.",
     "she", "say", "Who is that for?"),
    ("\"I can count. Four of the seven members have told me they won't vote for a tax increase,\" Halvorsen said.",
     "Four of the seven members", "told", "they won't vote for a tax increase"),
    ("\"Two of my neighbours have said they will move out in spring,\" Ms Rowe said.",
     "Two of my neighbours", "said", "they will move out in spring"),
])
def test_nested_speech_in_quotations(sentence, source, cue, content):
    atts = triples("The vote is on Thursday. " + sentence)
    assert (source, cue, content) in atts, atts


# ---- _anonymity_request: "asked not to be named" ----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "One shareholder said the price was too high, and asked not to be named because talks were continuing.",
    "A second official confirmed the figure, asking not to be identified.",
])
def test_anonymity_request_is_no_attribution(sentence):
    atts = triples("The vote is on Thursday. " + sentence)
    assert not [a for a in atts if a[1].lower().startswith("ask")], atts
    assert [a for a in atts if a[1] in ("said", "confirmed")], atts


# ---- _case_asking: "a case asking whether ..." -------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The justices on Monday heard a case asking whether police need a warrant to read a phone's location data.",
    "The court took up a lawsuit asking whether the toll was legal.",
])
def test_a_case_that_asks_is_no_speaker(sentence):
    atts = triples("The vote is on Thursday. " + sentence)
    assert not [a for a in atts if "ask" in a[1]], atts


# ---- _argue_with_someone: "they argue with me about everything" --------------------------------------------------
def test_arguing_with_someone_is_no_report():
    atts = triples("The vote is on Thursday. They argue with me about everything, which is good.")
    assert not [a for a in atts if "argue" in a[1]], atts


def test_argued_with_a_that_clause_stays():
    atts = triples("The vote is on Thursday. Ms Lyle argued with the board that the fee was illegal.")
    assert [a for a in atts if "argued" in a[1]], atts


# ---- _content_after_time_phrase: "told reporters on Friday the club that he loved ..." ---------------------------
@pytest.mark.parametrize("sentence,content", [
    ("Silva told reporters on Friday the club that he loved had let him down.",
     "the club that he loved had let him down"),
    ("Moreno said on Tuesday the house that she built would be sold.", "the house that she built would be sold"),
])
def test_content_after_time_phrase(sentence, content):
    atts = triples("The season is over. " + sentence)
    assert any(a[2] == content for a in atts), atts


# ---- _participle_after_quoted_comma: '... "buys time," adding that ...' ------------------------------------------
@pytest.mark.parametrize("sentence,source,cue", [
    ('One EU diplomat said the draft "buys time but solves nothing," adding that a deal before the end of the year '
     'was unlikely.', "One EU diplomat", "adding"),
    ('The mayor called the plan "a good start," saying that more buses would follow in spring.', "The mayor",
     "saying"),
])
def test_participle_after_quoted_comma(sentence, source, cue):
    atts = triples("The vote is on Thursday. " + sentence)
    assert any(a[0] == source and a[1] == cue for a in atts), atts


# ---- _furniture_label_lines with a one-word label: "Related: ..., navy says" -------------------------------------
@pytest.mark.parametrize("line", [
    "Related: Two divers missing off Similan Islands, navy says",
    "Watch: Flood waters reach the town hall, mayor says",
])
def test_one_word_label_line_is_furniture(line):
    atts = triples("The vote is on Thursday, aides say.\n\n" + line)
    assert [a[1] for a in atts] == ["say"], atts


# ---- _speech_after_subordinator: "... after four countries demanded an exemption" -----------------------------
@pytest.mark.parametrize("sentence,source,cue,content", [
    ("EU diplomats failed on Wednesday to agree on a proposal to cap emissions from ferries after four countries "
     "demanded an exemption for island routes.", "four countries", "demanded", "an exemption for island routes"),
    ("The state admitted it had made a mistake when a local nurse reported unusually high lead levels in the "
     "children's blood.", "a local nurse", "reported", "unusually high lead levels in the children's blood"),
])
def test_speech_after_subordinator(sentence, source, cue, content):
    atts = triples("The vote is on Thursday. " + sentence)
    assert (source, cue, content) in atts, atts


@pytest.mark.parametrize("sentence", [
    "The driver lost his temper after Mr Hale asked for the fare at the end of the journey.",
])
def test_no_speech_after_subordinator_without_a_report(sentence):
    atts = triples("The vote is on Thursday. " + sentence)
    assert not [a for a in atts if a[1] in ("asked", "agreed")], atts
