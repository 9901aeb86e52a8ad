"""Attribution passes made robust to the model that `newslib train attribution` writes (issue 11, branch repro18,
model md5 7cc9670c): its labels differ from those of the model shipped before (md5 7f82807c), which the passes were
written against. The first tables hold repairs on drafts built by hand, the last ones whole made-up sentences (not
the articles' own) with the retrained model's labels given by hand, whatever the shipped model labels. Each fails
without its change."""
from __future__ import annotations

import numpy as np
import pytest

from newslib.article import Article
from newslib.tagging.attribution_model import LABELS
from newslib.tagging.attributions import (
    Draft, _agent_of_aside_participle, _coordinated_speech_clause_out_of_content,
    _cue_without_participle_after_its_noun,
    _date_alone_is_no_content, _description_source_takes_its_name, _drop_cues_in_anonymity_asides,
    _medium_phrase_is_no_content, _participle_tail_out_of_frame_content, _refusal_joins_the_content_before,
    _report_aside_participle_is_no_cue, _second_apposition_out_of_named_source, _source_after_subordinator, _source_to_its_opening_bracket, find_attributions)
from newslib.tokenize import tokenize_text

from attribution_cases import content_of, with_cue


def sentence(body: str):
    art = Article.from_text("Regional desk\n\n" + body + "\n")
    s = tokenize_text(art.text, title=art.title)[-1]
    return art.text, s


def span(text: str, words: str, after: str = "") -> tuple[int, int]:
    a = text.index(words, text.index(after) if after else 0)
    return a, a + len(words)


def texts(text: str, drafts) -> list[tuple]:
    return [(text[d.source[0]:d.source[1]] if d.source else None, text[d.cue[0]:d.cue[1]],
             " … ".join(text[a:b] for a, b in d.content)) for d in drafts]


# ---- _participle_tail_out_of_frame_content: ", source said on Saturday, leaving ..." ----------------------------
@pytest.mark.parametrize("body,content,cleared", [
    ("Repairs to the bridge will take at least another month, the roads agency said on Monday, leaving drivers to "
     "queue for the ferry.", "to queue for the ferry", True),
    # a content before the participle (the model's own clause after the cue) stays
    ("The roads agency said on Monday, leaving the meeting early, that the bridge would reopen in a month.",
     "that the bridge would reopen in a month", False),
])
def test_participle_tail_is_no_content_of_the_final_frame(body, content, cleared):
    text, s = sentence(body)
    d = Draft(1, s.index, span(text, "said"), span(text, "the roads agency" if cleared else "The roads agency"),
              [span(text, content)])
    _participle_tail_out_of_frame_content(s.tokens, [d])
    assert (d.content == []) is cleared


# ---- _source_to_its_opening_bracket: a source "CDC)" --------------------------------------------------------------
@pytest.mark.parametrize("body,labelled,source", [
    ("Flu cases rose for a third week, the National Institute for Public Health (RIVM) said on Friday.", "RIVM)",
     "the National Institute for Public Health (RIVM)"),
    ("Flu cases rose for a third week, the Health Protection Agency (HPA) said.", "HPA)",
     "the Health Protection Agency (HPA)"),
])
def test_source_runs_back_to_its_opening_bracket(body, labelled, source):
    text, s = sentence(body)
    d = Draft(1, s.index, span(text, "said"), span(text, labelled), [])
    _source_to_its_opening_bracket(s.tokens, [d])
    assert text[d.source[0]:d.source[1]] == source


def test_a_balanced_source_keeps_its_edges():
    text, s = sentence("Flu cases rose, the agency (RIVM) said on Friday.")
    d = Draft(1, s.index, span(text, "said"), span(text, "the agency (RIVM)"), [])
    _source_to_its_opening_bracket(s.tokens, [d])
    assert text[d.source[0]:d.source[1]] == "the agency (RIVM)"


# ---- _description_source_takes_its_name: "The chairman of X, Name, (who ...,) said" ------------------------------
@pytest.mark.parametrize("body,source", [
    ("The chairman of the growers' union, Chief Ade Bello, said the price of seed had doubled.",
     "The chairman of the growers' union, Chief Ade Bello"),
    ("The chairman of the growers' union, Chief Ade Bello, who spoke at a briefing in Ibadan on Monday, said the price "
     "of seed had doubled.",
     "The chairman of the growers' union, Chief Ade Bello, who spoke at a briefing in Ibadan on Monday"),
])
def test_description_source_takes_the_name_after_it(body, source):
    text, s = sentence(body)
    d = Draft(1, s.index, span(text, "said"), span(text, "The chairman of the growers' union"),
              [span(text, "the price of seed had doubled")])
    _description_source_takes_its_name(s.tokens, [d])
    assert text[d.source[0]:d.source[1]] == source


def test_a_source_before_a_lowercase_aside_keeps_its_end():
    text, s = sentence("The chairman of the union, in a letter on Monday, said the price of seed had doubled.")
    d = Draft(1, s.index, span(text, "said"), span(text, "The chairman of the union"), [])
    _description_source_takes_its_name(s.tokens, [d])
    assert text[d.source[0]:d.source[1]] == "The chairman of the union"


# ---- _agent_of_aside_participle: "The audit, commissioned by X and seen by Y, found ..." ------------------------
def test_agent_of_a_reports_aside_is_no_source():
    text, s = sentence("The review, commissioned by the council and seen by The Courier, found that waiting times "
                       "had doubled.")
    seen = Draft(1, s.index, span(text, "seen"), span(text, "The Courier"), [])
    found = Draft(1, s.index, span(text, "found"), None, [span(text, "that waiting times had doubled")])
    _agent_of_aside_participle(s.tokens, [seen, found])
    assert seen.source is None


def test_a_participle_that_opens_its_sentence_keeps_its_agent():
    text, s = sentence("Seen by The Courier, the review found that waiting times had doubled.")
    seen = Draft(1, s.index, span(text, "Seen"), span(text, "The Courier"), [])
    found = Draft(1, s.index, span(text, "found"), None, [])
    _agent_of_aside_participle(s.tokens, [seen, found])
    assert text[seen.source[0]:seen.source[1]] == "The Courier"


# ---- _cue_without_participle_after_its_noun: "said in a statement carried by X" ------------------------------------
@pytest.mark.parametrize("body,cue,content,new_cue", [
    ('"The dam will be finished by spring," the minister said in a statement carried by the state news agency.',
     "said in a statement carried", '"The dam will be finished by spring,"', "said in a statement"),
    # the content after the cue: PolNeAR's cue runs on ("said in a statement released by the campaign the report ...")
    ("The minister said in a statement released by the ministry the dam would be finished by spring.",
     "said in a statement released", "the dam would be finished by spring", "said in a statement released"),
])
def test_cue_ends_at_the_noun_its_participle_modifies(body, cue, content, new_cue):
    text, s = sentence(body)
    d = Draft(1, s.index, span(text, cue), span(text, "the minister" if body[0] == '"' else "The minister"),
              [span(text, content)])
    _cue_without_participle_after_its_noun(s.tokens, [d])
    assert text[d.cue[0]:d.cue[1]] == new_cue


# ---- _coordinated_speech_clause_out_of_content: "X say A, and some tell Y B" ----------------------------------------
@pytest.mark.parametrize("body,first,second", [
    ("Residents of the estate say they have gone a week without heating, and some tell Radio Kent they are sleeping "
     "in their coats.", "they have gone a week without heating",
     ("some", "tell Radio Kent", "they are sleeping in their coats")),
    ("Republicans said the agency had mishandled the inquiry and Democrats accused the committee of playing politics "
     "with it.", "the agency had mishandled the inquiry",
     ("Democrats", "accused", "the committee of playing politics with it")),
])
def test_coordinated_speech_clause_is_its_own_attribution(body, first, second):
    text, s = sentence(body)
    cue = "say" if "say " in body else "said"
    src = "Residents of the estate" if cue == "say" else "Republicans"
    rest = body[body.index(cue) + len(cue) + 1:].rstrip(".")
    drafts = [Draft(1, s.index, span(text, cue), span(text, src), [span(text, rest)])]
    _coordinated_speech_clause_out_of_content(s.tokens, drafts)
    assert texts(text, drafts) == [(src, cue, first), second]


@pytest.mark.parametrize("body,cue", [
    # the speaker's own words, a subject with an auxiliary, a quotation, and a report's content stay whole
    ("The mayor said the budget was tight and I think it will stay that way for years.", "said"),
    ("The mayor said 240 homes in Anzac Parade and Putiki had been told to prepare to leave.", "said"),
    ('The mayor said "the budget is tight and they tell me it will stay that way for years."', "said"),
    ("According to the audit, the council overspent by a million pounds and officials told the board nothing about it.",
     "According to"),
])
def test_clauses_that_stay_one_content(body, cue):
    text, s = sentence(body)
    src = (None if cue == "According to" else span(text, "The mayor"))
    rest = body[body.index(cue) + len(cue) + 1:].rstrip(".")
    drafts = [Draft(1, s.index, span(text, cue), src, [span(text, rest)])]
    before = texts(text, drafts)
    _coordinated_speech_clause_out_of_content(s.tokens, drafts)
    assert texts(text, drafts) == before


# ---- the unseen-news quotes and spurious attributions the retrained model gave (second pass over them) ----------
def test_a_report_aside_participle_is_no_cue():
    text, s = sentence("The draft plan, seen by The Courier, contains three options for the new bypass.")
    d = Draft(1, s.index, span(text, "seen"), span(text, "The draft plan"), [span(text, "three options")])
    drafts = [d]
    _report_aside_participle_is_no_cue(s.tokens, drafts)
    assert drafts == []


def test_a_report_aside_participle_before_a_cue_stays():
    # (the cue after the aside: _agent_of_aside_participle's case)
    text, s = sentence("The review, seen by The Courier, found that waiting times had doubled.")
    seen = Draft(1, s.index, span(text, "seen"), span(text, "The review"), [])
    found = Draft(1, s.index, span(text, "found"), None, [])
    drafts = [seen, found]
    _report_aside_participle_is_no_cue(s.tokens, drafts)
    assert drafts == [seen, found]


@pytest.mark.parametrize("body,content,cleared", [
    ("The bank's chief executive apologised in a video posted on its website.", "in a video posted on its website",
     True),
    ("The bank's chief executive said in a video that the outage was over.", "in a video that the outage was over",
     False),
    ("The bank's chief executive apologised in the House for the delays.", "in the House for the delays", False),
])
def test_the_medium_of_the_words_is_no_content(body, content, cleared):
    text, s = sentence(body)
    cue = "apologised" if "apologised" in body else "said"
    d = Draft(1, s.index, span(text, cue), span(text, "The bank's chief executive"), [span(text, content)])
    _medium_phrase_is_no_content(s.tokens, [d])
    assert (d.content == []) is cleared


def test_a_refusal_to_comment_after_a_content_joins_it():
    text, s = sentence('Harlow Motors said in a statement that it "reviews all of its plants" and did not comment on '
                       "the closure.")
    said = Draft(1, s.index, span(text, "said in a statement"), span(text, "Harlow Motors"),
                 [span(text, 'that it "reviews all of its plants"')])
    refusal = Draft(1, s.index, span(text, "did not comment on"), span(text, "Harlow Motors"),
                    [span(text, "the closure")])
    drafts = [said, refusal]
    _refusal_joins_the_content_before(text, s.tokens, drafts)
    assert texts(text, drafts) == [("Harlow Motors", "said in a statement",
                                    'that it "reviews all of its plants" and did not comment on the closure')]


def test_a_refusal_with_its_own_subject_stays():
    text, s = sentence('Harlow Motors said that it "reviews all of its plants" and the union did not comment.')
    said = Draft(1, s.index, span(text, "said"), span(text, "Harlow Motors"),
                 [span(text, 'that it "reviews all of its plants"')])
    refusal = Draft(1, s.index, span(text, "did not comment"), span(text, "the union"), [])
    drafts = [said, refusal]
    _refusal_joins_the_content_before(text, s.tokens, drafts)
    assert drafts == [said, refusal]


@pytest.mark.parametrize("body,content,dropped", [
    ("This report by The Canadian Press was first published Dec. 3, 2026.", "Dec. 3, 2026", True),
    ("The council published its March figures on Monday.", "its March figures", False),
])
def test_a_date_alone_is_no_content(body, content, dropped):
    text, s = sentence(body)
    cue = "was first published" if "first" in body else "published"
    drafts = [Draft(1, s.index, span(text, cue), None, [span(text, content)])]
    _date_alone_is_no_content(s.tokens, drafts)
    assert (drafts == []) is dropped


@pytest.mark.parametrize("body,labelled,source", [
    ("Two councils were told to repay the grants after an audit found that the money had been spent on consultants.",
     "Two councils were told to repay the grants after an audit", "an audit"),
    # "since" is an adverb here: the source stays
    ("The mayor, who has since Tuesday found fault with the plan, spoke.", "who has since Tuesday",
     "who has since Tuesday"),
])
def test_a_source_run_back_over_a_subordinator_starts_after_it(body, labelled, source):
    text, s = sentence(body)
    d = Draft(1, s.index, span(text, "found"), span(text, labelled), [])
    _source_after_subordinator(s.tokens, [d])
    assert text[d.source[0]:d.source[1]] == source


def test_the_verbs_of_an_anonymity_relative_aside_are_no_cues():
    text, s = sentence("A health department employee, who spoke on condition of anonymity because they were not "
                       "authorized to discuss an open investigation, said regulators had visited two homes.")
    discuss = Draft(1, s.index, span(text, "to discuss"), None, [span(text, "an open investigation")])
    said = Draft(1, s.index, span(text, "said"), None, [span(text, "regulators had visited two homes")])
    drafts = [discuss, said]
    _drop_cues_in_anonymity_asides(text, s.tokens, drafts)
    assert drafts == [said] and text[said.source[0]:said.source[1]] == "A health department employee"


@pytest.mark.parametrize("body,labelled,source", [
    ("Ana Ruiz, the mayor of Leeds, a member of the regional board, said the plan was dead.",
     "Ana Ruiz, the mayor of Leeds, a member of the regional board,", "Ana Ruiz, the mayor of Leeds,"),
    # a second apposition inside the first one's relative clause stays
    ("Ana Ruiz, a pollster who works with Leeds Forward, a local campaign, said the plan was dead.",
     "Ana Ruiz, a pollster who works with Leeds Forward, a local campaign,",
     "Ana Ruiz, a pollster who works with Leeds Forward, a local campaign,"),
])
def test_a_named_source_keeps_its_first_apposition(body, labelled, source):
    text, s = sentence(body)
    d = Draft(1, s.index, span(text, "said"), span(text, labelled), [span(text, "the plan was dead")])
    _second_apposition_out_of_named_source(s.tokens, [d])
    assert text[d.source[0]:d.source[1]] == source


# ---- whole sentences with the retrained model's labels, given by hand ----------------------------------------------
def labelled(body: str, runs: dict[str, list[str]]):
    """The article of ``body``, its sentences and labels: O everywhere but the tokens of each run of ``runs``
    (``{"CUE": [words, ...], "SOURCE": [...], "CONTENT": [...]}``), as the retrained model labels them."""
    art = Article.from_text("Regional desk\n\n" + body + "\n")
    sents = tokenize_text(art.text, title=art.title)
    toks = [t for s in sents for t in s.tokens]
    labels = np.zeros(len(toks), dtype=np.int64)
    for name, phrases in runs.items():
        for words in phrases:
            a, b = span(art.text, words)
            for n, t in enumerate(toks):
                if a <= t.start and t.end <= b:
                    labels[n] = LABELS.index(name)
    bounds, k = [], 0
    for s in sents:
        bounds.append((k, k + len(s.tokens)))
        k += len(s.tokens)
    return art.text, sents, (labels, bounds)


def triples_of(text, atts):
    return [(a.source.text if a.source else None, a.cue.text, content_of(text, a)) for a in atts]


def test_a_lexicon_frames_subject_is_no_content():
    # the retrained model labels ", the researchers caution" as content: the frame's subject is its source
    text, sents, predicted = labelled("Warmer winters are not necessarily good news for the birds, the researchers "
                                      "caution.", {"CONTENT": ["the researchers caution"]})
    assert triples_of(text, find_attributions(text, sents, predicted)) == [
        ("the researchers", "caution", "Warmer winters are not necessarily good news for the birds")]


def test_final_frame_with_a_day_the_model_left_unlabelled():
    text, sents, predicted = labelled("Lisbon will close 12 streets in the old town to cars on weekend evenings from "
                                      "March, the municipal transport department announced Tuesday.", {})
    assert triples_of(text, find_attributions(text, sents, predicted)) == [
        ("the municipal transport department", "announced",
         "Lisbon will close 12 streets in the old town to cars on weekend evenings from March")]


def test_according_to_a_source_the_model_drew_takes_the_clause_before():
    text, sents, predicted = labelled(
        "The Heart Foundation recommends that adults walk for at least 30 minutes a day and only about one in four "
        "adults meets that standard, according to federal health data.",
        {"SOURCE": ["The Heart Foundation", "federal health data"], "CUE": ["recommends", "according to"],
         "CONTENT": ["that adults walk", "that standard"]})
    a = with_cue(find_attributions(text, sents, predicted), "according to")
    assert a.source is not None and a.source.text == "federal health data"
    assert content_of(text, a) == ("The Heart Foundation recommends that adults walk for at least 30 minutes a day and "
                                   "only about one in four adults meets that standard")


# ---- the shipped model is what its command writes ---------------------------------------------------------------
@pytest.mark.data
@pytest.mark.slow
def test_train_attribution_reproduces_the_shipped_model(polnear_dir, tmp_path):
    """`newslib train attribution` (about 2 minutes alone) writes the shipped `attribution.json` byte for byte: the
    project ships a learned component only if a command reproduces it from the corpora (issue 11). A change to the
    tokenizer, the POS tagger or the training features changes the file: retrain, re-read the passes, ship both."""
    from newslib.config import MODELS_DIR
    from newslib.tagging.attribution_model import MODEL_NAME
    from newslib.training import train

    path = train("attribution", data=str(polnear_dir), out=str(tmp_path / MODEL_NAME))
    assert path.read_bytes() == (MODELS_DIR / MODEL_NAME).read_bytes(), \
        "newslib train attribution no longer writes the shipped model"
