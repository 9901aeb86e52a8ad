"""Attribution passes written from the errors of house_articles 47-56 and two known errors (round 4, branch attr5,
2026-12-03), one table or test each, on made-up sentences that are not the articles' own. Each fails without
its pass."""
from __future__ import annotations

import pytest

from newslib.article import Article
from newslib.tagging.attributions import find_attributions
from newslib.tokenize import tokenize_text

from attribution_cases import content_of

TITLE = "Regional desk\n\n"


def tag(body: str):
    art = Article.from_text(TITLE + body + "\n")
    return art.text, find_attributions(art.text, tokenize_text(art.text, title=art.title))


def triples(body: str):
    text, atts = tag(body)
    return [(a.source.text if a.source else None, a.cue.text, content_of(text, a)) for a in atts]


def with_cue(atts, cue: str):
    found = [a for a in atts if cue in a[1].split()]
    assert found, f"no attribution with cue {cue!r} in {atts}"
    return found


# ---- _speech_verb_after_restrictive_relative: "Voters who backed the mayor now say ..." ----------------------
@pytest.mark.parametrize("sentence,source,cue,content", [
    ("Voters who backed the mayor in 2022 now say the tram plan has gone too far.",
     "Voters who backed the mayor in 2022", "say", "the tram plan has gone too far"),
    ("Tenants who moved in last spring told the council the heating had failed twice.",
     "Tenants who moved in last spring", "told", "the heating had failed twice"),
    ("Farmers who lost their crops in the flood say compensation has not arrived.",
     "Farmers who lost their crops in the flood", "say", "compensation has not arrived"),
    ("Shoppers who visited the market on Sunday now say prices have doubled since the summer.",
     "Shoppers who visited the market on Sunday", "say", "prices have doubled since the summer"),
])
def test_speech_verb_after_restrictive_relative(sentence, source, cue, content):
    atts = triples(sentence)
    main = with_cue(atts, cue)[0]
    assert main[0] == source and main[2] == content
    assert not [a for a in atts if a[0] == "who"], atts  # the relative clause's verb is no cue


# ---- _coordinated_with_content_verb: "Merrill says Machado promised ... and said ..." ------------------------
@pytest.mark.parametrize("sentence,outer,outer_content,inner,inner_cue,inner_content", [
    ("Merrill says Machado promised the board a full audit and said the accounts were in order.",
     "Merrill", "Machado promised the board a full audit and said the accounts were in order",
     "Machado", "said", "the accounts were in order"),
    ("Merrill says Okoro promised to keep backing the charity and said she would not resign.",
     "Merrill", "Okoro promised to keep backing the charity and said she would not resign",
     "Okoro", "said", "she would not resign"),
    ("The senator says the governor approved the budget and told reporters the deficit was gone.",
     "The senator", "the governor approved the budget and told reporters the deficit was gone",
     "the governor", "told", "the deficit was gone"),
    ("The coach says his players trained hard all week and told him they were ready.",
     "The coach", "his players trained hard all week and told him they were ready",
     "his players", "told", None),
])
def test_speech_verb_coordinated_with_the_contents_verb(sentence, outer, outer_content, inner, inner_cue,
                                                        inner_content):
    atts = triples(sentence)
    first = with_cue(atts, "says")[0]
    assert first[0] == outer and first[2] == outer_content
    second = with_cue(atts, inner_cue)[0]
    assert second[0] == inner
    if inner_content is not None:
        assert second[2] == inner_content


@pytest.mark.parametrize("sentence,cue", [
    ("Critics say the agency ignored the warnings and insist the board must resign.", "insist"),  # both present
    ("Residents said the council ignored the letters and warned that the bridge was unsafe.", "warned"),
])
def test_speech_verb_in_the_cues_tense_keeps_the_first_source(sentence, cue):
    atts = triples(sentence)
    first = atts[0]
    second = with_cue(atts, cue)[0]
    assert second[0] == first[0]


# ---- _participle_subject_source: a time phrase between the subject and its verb -----------------------------
@pytest.mark.parametrize("sentence,source,content", [
    ("Brightwater Foods on Wednesday cut its full-year profit forecast for the second time in three months, saying "
     "shoppers squeezed by higher rents were buying cheaper brands.", "Brightwater Foods",
     "shoppers squeezed by higher rents were buying cheaper brands"),
    ("The ministry last week closed the northern border, arguing the outbreak had spread to three districts.",
     "The ministry", "the outbreak had spread to three districts"),
])
def test_participle_after_a_subject_with_a_time_phrase(sentence, source, content):
    atts = triples(sentence)
    p = [a for a in atts if a[1].endswith("ing")][0]
    assert p[0] == source and p[2] == content


# ---- _content_to_final_frame: the clause before ", sources said." is reported whole ------------------------
@pytest.mark.parametrize("sentence,content", [
    ("LIMA, Dec 3 (Reuters) - Peru's copper agency plans to delay next month's auction of mining rights in the "
     "Cerro Azul district by at least three months after two of the four bidders pulled out, two sources with "
     "knowledge of the matter said.",
     "Peru's copper agency plans to delay next month's auction of mining rights in the Cerro Azul district by at "
     "least three months after two of the four bidders pulled out"),
])
def test_content_runs_to_the_final_frame(sentence, content):
    atts = triples(sentence)
    said = with_cue(atts, "said")[0]
    assert said[0] == "two sources with knowledge of the matter" and said[2] == content


# ---- _drop_cues_in_relative_asides: a verb with its own subject inside ", who ..., said" ---------------------
@pytest.mark.parametrize("sentence,source,content", [
    ("Vance, who wept as she addressed the court, said she was deeply ashamed.", "Vance", "she was deeply ashamed"),
    ("The mayor, who smiled as reporters shouted questions, said the budget was balanced.", "The mayor",
     "the budget was balanced"),
])
def test_cue_with_its_own_subject_inside_a_relative_aside(sentence, source, content):
    atts = triples(sentence)
    said = with_cue(atts, "said")[0]
    assert said[0] is not None and said[0].startswith(source) and said[2] == content
    assert len(atts) == 1, atts


# ---- _speech_after_verb_series: "and says" after a verb in the present ---------------------------------------
@pytest.mark.parametrize("sentence,source,content", [
    ("He charges ¥300, half the prefectural standard, and says he loses about ¥40,000 a month.", "He",
     "he loses about ¥40,000 a month"),
    ("She rents the stall for Dh900, twice last year's rate, and says the market is dying.", "She",
     "the market is dying"),
])
def test_says_after_a_verb_series_in_the_present(sentence, source, content):
    atts = triples(sentence)
    says = with_cue(atts, "says")[0]
    assert says[0] == source and says[2] == content


# ---- _named_source_before_cue: a counted group of people ------------------------------------------------------
@pytest.mark.parametrize("sentence,source", [
    ("The mayor can lose only three votes on the budget, and at least four councillors are telling residents they "
     "will vote against it.", "at least four councillors"),
    ("The council meets on Monday, and several members are telling residents they will oppose the levy.",
     "several members"),
])
def test_counted_group_before_a_cue(sentence, source):
    atts = triples(sentence)
    telling = with_cue(atts, "telling")[0]
    assert telling[0] == source


# ---- _source_across_asides: the model's source is the head of a noun phrase before ", Name," -----------------
# The model's miss is idiosyncratic (close variants get the whole phrase without the pass): the one sentence known to
# reproduce it is house article 47's, kept as the regression row; the helper is tested on its own too.
def test_source_over_a_prepositional_tail_to_the_apposition():
    atts = triples("Cork City Council's director of services for transport, Seán Ó Mathúna, told RTÉ News that some "
                   "road works could start sooner, but that the council was waiting on a final decision from the "
                   "authority.")
    told = with_cue(atts, "told")[0]
    assert told[0] is not None and "Seán Ó Mathúna" in told[0]


@pytest.mark.parametrize("head,tail,expected", [
    ("The director of services", "for transport", True),
    ("The spokesman", "at the talks", True),
    ("The director", "", False),                                # nothing between
    ("The director", "for now, at least", False),               # punctuation
    ("The officials", "for the first time in years", False),    # too long
    ("The director", "now in charge", False),                   # no preposition first
])
def test_prepositional_tail(head, tail, expected):
    from newslib.tagging.attributions import _prepositional_tail

    body = f"{head} {tail}".strip() + ", Ann Lee, said the plan was sound."
    art = Article.from_text(TITLE + body + "\n")
    s = [x for x in tokenize_text(art.text, title=art.title) if not x.title][0]
    a = art.text.index(head) + len(head)
    assert _prepositional_tail(s.tokens, a, art.text.index(", Ann Lee")) is expected


# ---- _purpose_infinitive_in_content: "said she had written ... to warn that ..." ------------------------------
@pytest.mark.parametrize("sentence,source,cue,content", [
    ("The headteacher said she had written to the council twice since June to warn that the roof was leaking.",
     "she", "to warn", "the roof was leaking"),
    ("Councillor Ama Boateng said she had phoned the water board four times last month to complain that the taps "
     "were dry.", "she", "to complain", "the taps were dry"),
])
def test_purpose_infinitive_of_saying_inside_a_content(sentence, source, cue, content):
    atts = triples(sentence)
    inner = [a for a in atts if a[1] == cue]
    assert inner and inner[0][0] == source and inner[0][2] == content, atts
    said = with_cue(atts, "said")[0]
    assert said[2].endswith(cue + " that " + content)


# ---- _according_to: a cue the model ran on into the source ("according to a note circulated") -----------------
@pytest.mark.parametrize("sentence,source,content", [
    ("Ministers will meet next week, according to a note circulated to member states.",
     "a note circulated to member states", "Ministers will meet next week"),
    ("Talks will resume in June, according to a note circulated to delegations.",
     "a note circulated to delegations", "Talks will resume in June"),
])
def test_according_to_cue_cut_back_from_its_source(sentence, source, content):
    atts = triples(sentence)
    assert [(source, "according to", content)] == atts
