"""Attribution passes for the known errors left after house_articles 47-56 and the first contact of 57-66 (round 5,
branch attr6, 2026-12-03), one table each, on made-up sentences that are not the articles' own. Each fails
without its pass."""
from __future__ import annotations

import pytest

from attribution_cases import triples as cases_triples

TITLE = "Metro desk\n\n"


def triples(body: str):
    return cases_triples(body + "\n", title=TITLE)


# ---- _apposition_speaker_after_partitive: "One of the bidders that withdrew, X, said ..." -------------------
@pytest.mark.parametrize("sentence,source,cue,content", [
    ("One of the bidders that withdrew, Australian miner Redgum Lithium, told Reuters its board had concluded "
     "the terms left no room for a return.",
     "Australian miner Redgum Lithium", "told", "its board had concluded the terms left no room for a return"),
    ("One of the families that left, the Okafors, told the council the rent had doubled.",
     "the Okafors", "told", "the rent had doubled"),
    ("Two of the firms that pulled out, Harlow Group and Danby Homes, said the schedule could not be met.",
     "Harlow Group and Danby Homes", "said", "the schedule could not be met"),
])
def test_apposition_speaker_after_partitive(sentence, source, cue, content):
    atts = triples("The tender closed in May. " + sentence)
    assert (source, cue, content) in atts, atts
    assert not [a for a in atts if a[1] != cue], atts  # the content's own verb is no second attribution


# ---- _nested_habitual_speech: "They keep telling us ..." inside a quotation ----------------------------------
@pytest.mark.parametrize("sentence,source,cue,content", [
    ('"They keep telling us it\'s the best we can get," Whitlock said.', "They", "telling",
     "it's the best we can get"),
    ('"The landlord keeps telling us the boiler is fine," she said.', "The landlord", "telling",
     "the boiler is fine"),
    ('"They kept saying the money was coming," he said.', "They", "saying", "the money was coming"),
])
def test_nested_habitual_speech(sentence, source, cue, content):
    atts = triples("The vote is on Thursday. " + sentence)
    assert (source, cue, content) in atts, atts


def test_nested_self_talk_is_no_report():
    atts = triples('The vote is on Thursday. "We keep telling ourselves it will pass," she said.')
    assert [a[1] for a in atts] == ["said"], atts


# ---- _newsletter_labels: all-capitals section labels are no speakers -----------------------------------------
@pytest.mark.parametrize("line", [
    "SPOTTED: Sen. Harlan Pruett and Treasury Secretary Nadia Voss at a steakhouse on Tuesday night, deep in talk.",
    "HAPPY BIRTHDAY: Former Rep. Glen Ashby, committee staffer Tara Quinn and our own Dev Malhotra.",
    "CLAIM: Election workers in Marlow County threw hundreds of mail-in ballots into a river on Monday night.",
    "PICTURED: Drivers on a picket line at the Birkenhead depot in October.",
])
def test_newsletter_labels(line):
    atts = triples("The vote is on Thursday, aides say.\n\n" + line)
    assert not [a for a in atts if a[1] == ":"], atts


def test_transcript_speaker_named_in_the_article_stays():
    atts = triples("Jake Tapper hosted the debate.\n\nTAPPER: Are you going to vote for the bill, senator?")
    assert ("TAPPER", ":", "Are you going to vote for the bill, senator") in atts, atts


def test_transcript_speaker_named_in_full_first_stays():
    atts = triples("The interview aired on Sunday.\n\nANNA HOLLIS: Why not debate?\n\nPETER MORAN: We will see.\n\n"
                   "HOLLIS: Why not debate in New York, then?")
    assert [a[0] for a in atts if a[1] == ":"] == ["ANNA HOLLIS", "PETER MORAN", "HOLLIS"], atts


def test_transcript_speaker_with_several_turns_stays():
    atts = triples('The governor spoke to the host on Sunday.\n\n"HOLLIS: Will you run again next year? Will you tell '
                   'us today?\n\n"MORAN: Well, I have not decided yet, and I will not decide this year.\n\n"HOLLIS: '
                   'If I may, sir, we have limited time. Why not decide now?')
    assert [a[0] for a in atts if a[1] == ":"].count("HOLLIS") == 2, atts


# ---- _told_after_relative_speech: "The minister, who said ..., told parliament ..." ---------------------------
@pytest.mark.parametrize("sentence,source,cue,content", [
    ("The minister, who said last week that the budget was tight, told parliament no school would close.",
     "The minister", "told", "no school would close"),
    ("The coach, who said after the match that he was proud of his side, told reporters the referee had been "
     "wrong.", "The coach", "told", "the referee had been wrong"),
])
def test_told_after_relative_speech(sentence, source, cue, content):
    atts = triples("The budget passed. " + sentence)
    assert (source, cue, content) in atts, atts
    assert [a for a in atts if a[0] == "who" and a[1] == "said"], atts


# ---- first contact of house articles 57-66 --------------------------------------------------------------------
# ---- _plain_plural_speaker: "..., said fire service officials." ------------------------------------------------
@pytest.mark.parametrize("sentence,source,content", [
    ("The road was closed for three hours, said fire service officials.", "fire service officials",
     "The road was closed for three hours"),
    ("The bridge will reopen in June, said transport ministry officials.", "transport ministry officials",
     "The bridge will reopen in June"),
    ("Supply was cut to 2,000 homes and the ministry asked residents to boil water, said a ministry press release.",
     "a ministry press release", "Supply was cut to 2,000 homes and the ministry asked residents to boil water"),
])
def test_plain_speaker_after_final_cue(sentence, source, content):
    atts = triples("The storm passed. " + sentence)
    assert (source, "said", content) in atts, atts


# ---- _subject_verb_that_frame: "Fishermen in the region report that ..." --------------------------------------
@pytest.mark.parametrize("sentence,source,cue,content", [
    ("Fishermen in the region report that the number of dead fish in the lakes has tripled.",
     "Fishermen in the region", "report", "the number of dead fish in the lakes has tripled"),
])
def test_subject_verb_that_frame(sentence, source, cue, content):
    atts = triples("The lake is drying. " + sentence)
    assert (source, cue, content) in atts, atts


# ---- _anonymity_relative_then_said: "An official ..., who did not wish to be identified, said ..." -------------
@pytest.mark.parametrize("sentence,source,cue,content", [
    ("An official at one of the lead managers, who did not wish to be identified, said the company had been "
     "advised to cut the size of the issue.", "An official at one of the lead managers", "said",
     "the company had been advised to cut the size of the issue"),
    ("A banker at the firm, who asked not to be named, told Mint the deal had been pulled.",
     "A banker at the firm", "told", "the deal had been pulled"),
])
def test_speech_verb_after_anonymity_relative(sentence, source, cue, content):
    atts = triples("The issue was delayed. " + sentence)
    assert (source, cue, content) in atts, atts
    assert len(atts) == 1, atts


# ---- _participle_after_speech: "..., adding that ..." after a long subject -------------------------------------
def test_participle_shares_source():
    atts = triples("The court heard the case. Justice Mara Quell asked whether the court needed to decide the question "
                   "at all, adding that the officers had relied in good faith on a warrant approved by a judge.")
    assert ("Justice Mara Quell", "adding",
            "the officers had relied in good faith on a warrant approved by a judge") in atts, atts
    assert len(atts) == 2, atts  # "faith on a warrant approved" is no cue


# ---- the limits of these passes, from the PolNeAR train texts they changed at first ------------------------------
def test_partitive_keeps_a_source_that_holds_the_name():
    # PolNeAR's source is the whole phrase, and the model gives it: the pass leaves it
    atts = triples("The debate went on. One of his advisers, Tad Devine, told reporters that he would leave it to "
                   "others to judge.")
    assert atts[0][0] == "One of his advisers, Tad Devine,", atts


@pytest.mark.parametrize("sentence,source,cue", [
    ("Several leading candidates, including Ann Low and Bo Pike, criticized the trade.",
     "Several leading candidates, including Ann Low and Bo Pike,", "criticized"),
    ("But it may have an effect that has been ignored, Ian Bolt, an analyst at Crane Research, wrote in a note to "
     "investors.", "Ian Bolt, an analyst at Crane Research,", "wrote in a note to"),
])
def test_plain_speaker_only_after_a_clause_and_a_plain_verb(sentence, source, cue):
    atts = triples("The deal was signed. " + sentence)
    assert [a[0] for a in atts if a[1] == cue] == [source], atts


def test_participle_content_stops_before_another_clause():
    atts = triples("The firm hired Low in May, the paper reported, noting her limited availability for private "
                   "events, but her team denied that she would take new clients.")
    assert ("the paper", "noting", "her limited availability for private events") in atts, atts


# ---- _final_frame_subject: a final frame's content that lost its subject -----------------------------------------
@pytest.mark.parametrize("sentence,source,content", [
    ("Pellman, which makes the pills, supplied the drug and placebo but had no role in the analysis, the authors "
     "said.", "the authors",
     "Pellman, which makes the pills, supplied the drug and placebo but had no role in the analysis"),
])
def test_final_frame_content_with_its_subject(sentence, source, content):
    atts = triples("The study was funded by the council. " + sentence)
    assert (source, "said", content) in atts, atts


# ---- _counted_objects: "conceded 14 penalties" --------------------------------------------------------------------
@pytest.mark.parametrize("body,gone", [
    ("The match ended late. Their side conceded 14 penalties, and the coach said the card cost them the game.",
     "conceded"),
])
def test_counted_object_is_no_content(body, gone):
    atts = triples(body)
    assert not [a for a in atts if a[1] == gone], atts


def test_speech_after_added_and_wrote_stays():
    atts = triples("The debate went on. She added that the plan was dead. He wrote that the bill would fail.")
    assert [a[1] for a in atts] == ["added", "wrote"], atts
