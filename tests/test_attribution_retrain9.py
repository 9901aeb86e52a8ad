"""Attribution passes made robust to the retrained model (issue 11, model md5 7f82807c, branches retrain9a and
retrain9b): its labels differ from the earlier model's. The first tables hold repairs on drafts built by hand,
whatever a model labels; the others the house_articles quotes it lost, on made-up sentences that are not the
articles' own. Each fails without its change."""
from __future__ import annotations

import pytest

from newslib.article import Article
from newslib.tagging.attributions import Draft, _noun_cue_in_object, _participle_after_determiner
from newslib.tokenize import tokenize_text

from attribution_cases import content_of, tag, with_cue


def sentence(body: str):
    art = Article.from_text("Regional desk\n\n" + body + "\n")
    s = tokenize_text(art.text, title=art.title)[-1]
    return art.text, s, [t.start for t in s.tokens]


def span(text: str, words: str) -> tuple[int, int]:
    a = text.index(words)
    return a, a + len(words)


@pytest.mark.parametrize("body,cue,content,kept", [
    # a noun inside the object of a verb that is no cue, after a possessive or determiner: no attribution
    ("Harlow Motors on Tuesday cut its full-year profit forecast for the third time.", "profit forecast for",
     "the third time", False),
    ("The ministry did not supply an overall cost estimate for the new hospital.", "estimate for",
     "the new hospital", False),
    # a verb, or a noun with a clause for content, stays
    ("Harlow Motors forecast that sales would fall in the spring.", "forecast", "sales would fall in the spring",
     True),
    ("The ministry issued its estimate that the hospital would cost twice as much.", "estimate",
     "that the hospital would cost twice as much", True),
])
def test_noun_cue_in_object(body, cue, content, kept):
    text, s, starts = sentence(body)
    d = Draft(1, s.index, span(text, cue), None, [span(text, content)])
    drafts = [d]
    _noun_cue_in_object(s, starts, drafts, None)
    assert (drafts == [d]) is kept


@pytest.mark.parametrize("text,cue,noun", [
    ("Police said the accused issued fake receipts at a rented flat.", "accused", True),
    # the model's cue may run on to the verb after the noun: still the noun, no cue
    ("Police said the accused issued fake receipts at a rented flat.", "accused issued", True),
    # a verb of saying after it is a cue of its own ("the accused said"): left to the other passes
    ("Police said the accused told officers he had acted alone.", "accused told", False),
    ("Police said the council issued fake receipts at a rented flat.", "council issued", False),
])
def test_participle_after_determiner(text, cue, noun):
    a = text.index(cue)
    assert _participle_after_determiner(text, a, a + len(cue)) is noun


# ---- _speech_after_verb_series: the series' first verb read as the subject's last noun ("Crane rose, ...") ------
@pytest.mark.parametrize("body,cue,source,content", [
    ("The chairman rose, coughed and said the club would never move.", "said", "The chairman",
     "the club would never move"),
    ('The treasurer rose, sighed and told the board that the plan was "on track".', "told", "The treasurer", "the plan was"),
])
def test_first_verb_of_the_series_read_as_a_noun(body, cue, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content in content_of(text, a)


# ---- _unlabelled_subject_with_apposition: "NP, Name, tells ..." with the subject left unlabelled -------------------
@pytest.mark.parametrize("body,cue,source", [
    ("The 27-year-old’s defence lawyer, Kåre Ødegård, tells the newspaper Fædrelandsvennen that his client denies "
     "criminal liability and will speak to police on Sunday.", "tells", "The 27-year-old’s defence lawyer, Kåre Ødegård"),
    ("The 52-year-old’s employer, Brødrene Dahl, tells the newspaper Fædrelandsvennen that the accident was reported "
     "at once and that the crane will be inspected.", "tells", "The 52-year-old’s employer, Brødrene Dahl"),
])
def test_unlabelled_subject_with_its_apposition(body, cue, source):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text.rstrip(",") == source


# ---- _unlabelled_final_frame: "Clause, researchers note." with nothing labelled -----------------------------------
@pytest.mark.parametrize("body,cue,source,content", [
    ("Colder nights and long, dry days favour frost on the lower slopes, farmers note.", "note", "farmers",
     "Colder nights and long, dry days favour frost on the lower slopes"),
])
def test_final_frame_the_model_left_unlabelled(body, cue, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content_of(text, a) == content


def test_a_final_clause_without_a_verb_of_saying_is_no_frame():
    _, atts = tag("Colder nights and long, dry days favour frost on the lower slopes, farmers fear.\n")
    assert not atts


# ---- _source_after_dateline_colon: "Place: Name on Monday said ..." with the dateline read as the source -----------
@pytest.mark.parametrize("body,cue,source", [
    ('Kandy: Stand-in skipper Dinesh Perera on Tuesday said the wicket would "turn from the first morning" as the '
     "visitors prepare for the third match.", "said", "Stand-in skipper Dinesh Perera"),
    ('Lahore: Interim captain Imran Qadir on Thursday said the new ball would "do a lot early" as the hosts prepare '
     "for the series.", "said", "Interim captain Imran Qadir"),
])
def test_dateline_is_not_the_source(body, cue, source):
    _, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


# ---- _cue_ends_at_said: a cue run on from "said" into its clause ------------------------------------------------
@pytest.mark.parametrize("body,source,content", [
    ("• The chancellor's spokesperson said ministers would meet on Friday to discuss emergency loans.",
     "The chancellor's spokesperson", "ministers would meet on Friday to discuss emergency loans"),
])
def test_cue_ends_at_said(body, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, "said")
    assert a.cue.text == "said" and a.source is not None and a.source.text == source
    assert content_of(text, a) == content


def test_said_in_a_statement_stays_one_cue():
    text, atts = tag('"We will appeal," the club said in a statement on its website.\n')
    assert all(a.cue.text != "said" for a in atts if "said" in a.cue.text)


# ---- _parenthetical_cue_over_nested_quotation: ", she said, X had told her, "..."" --------------------------------
@pytest.mark.parametrize("body,outer,inner,quote", [
    ('The vote is on Thursday. He talked about the night at the border post, where, he said, a young soldier had told '
     'him, "Go back home. Nobody crosses tonight."', "he", "a young soldier", "Go back home. Nobody crosses tonight."),
])
def test_parenthetical_cue_reports_the_nested_quotation(body, outer, inner, quote):
    text, atts = tag(body + "\n")
    got = {a.source.text: content_of(text, a) for a in atts if a.source is not None}
    assert got[inner] == quote
    assert got[outer].startswith(inner) and got[outer].endswith(f'"{quote}"')


# ---- _free_relative_cue: "what X argues", "what X described as ..." with no cue labelled ----------------------------
@pytest.mark.parametrize("body,cue,source,content", [
    ("That is precisely what the harbour master now claims.", "claims", "the harbour master", "That is precisely what"),
    ('The goalkeeper left the field at half-time with what physio Dana Kerr later described as "a bruised knee, '
     'nothing more".', "described", "physio Dana Kerr", '"a bruised knee, nothing more"'),
])
def test_free_relative_with_a_verb_of_saying(body, cue, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content_of(text, a) == content


# ---- _reflexive_subject_cue: "that Kovac himself has proposed ..." with no cue labelled ---------------------------
@pytest.mark.parametrize("body,cue,source,content", [
    ("And then there is the awkward fact that Lindgren herself has suggested a levy on tourists.", "suggested",
     "Lindgren herself", "a levy on tourists"),
])
def test_reflexive_subject_with_a_verb_of_saying(body, cue, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content_of(text, a) == content


# ---- _content_for_bare_cue: a relative clause's verb does not swallow the main clause's speech cue ------------------
@pytest.mark.parametrize("body,source,content", [
    ('One of the bidders that withdrew, Canadian miner Larch Copper, told Bloomberg its board had found the fees left '
     '"no margin at all" at current prices.', "Canadian miner Larch Copper", "its board had found the fees"),
    ('One of the suppliers that withdrew, German firm Holtz Energie, told Reuters its managers had concluded the '
     'tariff left "no room for profit" at current rates.', "German firm Holtz Energie", "its managers had concluded"),
])
def test_relative_clause_verb_leaves_the_main_speech_cue(body, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, "told")
    assert a.source is not None and a.source.text == source
    assert content_of(text, a).startswith(content)
    told = text.index(" told ") + 1
    assert not any(o.content is not None and o.content.start <= told < o.content.end for o in atts if o is not a)


# ---- _NOT_SPEAKERS: a match report's "Scorers:" line names no speaker ------------------------------------------------
def test_scorers_line_is_no_attribution():
    _, atts = tag("Dunmore won 2-1 at home.\n\nScorers: Dunmore 2 (Okafor pen, Lind), Westvale 1 (Brandt).\n")
    assert not [a for a in atts if a.cue.text == ":"], [(a.source and a.source.text, a.cue.text) for a in atts]
