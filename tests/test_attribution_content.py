"""Contents of PolNeAR dev's content error classes (issue 11 §3, branch content6), one table each: made-up news
sentences with the cue and the content expected."""
from __future__ import annotations

import pytest

from attribution_cases import content_of, tag, with_cue


# ---- a content without a finite verb ends before the source's second predicate or a clause of its own -----
@pytest.mark.parametrize("body,cue,content", [
    # a second predicate in the cue's tense
    ("The coach described the draw as a fair result, but stopped short of praising the referee.\n",
     "described", "the draw as a fair result"),
    ("The mayor mentioned the stadium three times and seemed to blame the previous council for its cost.\n",
     "mentioned", "the stadium three times"),
    ("The defendant claimed self-defence and was acquitted of all charges the following spring.\n",
     "claimed", "self-defence"),
    ("The governor barely mentioned the flood report and went straight back to the budget.\n",
     "mentioned", "the flood report"),
    ("The party's leader has repeatedly praised the harbour project and backed a second terminal.\n",
     "praised", "the harbour project"),
    ("The council criticized the bus operator for the late services and threatened to cancel its contract.\n",
     "criticized", "the bus operator for the late services"),
    ("The pop star endorses the mayor's re-election bid and has appeared at two of her rallies.\n",
     "endorses", "the mayor's re-election bid"),
    ("The senator congratulated her rival on the victory and praised his campaign.\n",
     "congratulated", "her rival on the victory"),
    # "but" and an auxiliary
    # (was "are not fond of the new curriculum": the shipped model, retrained on today's code, labels no cue there)
    ("Many teachers openly criticise the new curriculum but do not want another overhaul this year.\n",
     "criticise", "the new curriculum"),
    ("The union has signalled willingness to negotiate a pay deal but has been met with silence from the board.\n",
     "signalled", "to negotiate a pay deal"),
    # ", and" or "but" before a clause of its own
    ("The chairman can ask the members to back another candidate, but they do not have to.\n",
     "ask", "the members to back another candidate"),
    ("The minister did support the idea of a national register in March, and the newspaper has the letters to "
     "prove it.\n", "support", "the idea of a national register in March"),
])
def test_content_ends_before_coordinated_predicate(body, cue, content):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)) == content


@pytest.mark.parametrize("body,cue,content", [
    # two subjects of the content's own verb, not a second predicate
    ("Residents noted rising rents and falling wages have driven young families away.\n", "noted",
     "rising rents and falling wages have driven young families away"),
    ("The report says that both the schools and the clinics have improved since 2019.\n", "says",
     "that both the schools and the clinics have improved since 2019"),
    ("The company said its profits and sales have risen this year.\n", "said",
     "its profits and sales have risen this year"),
    # a participle between adjectives before their noun
    ("The council has promoted a simple and tested model for the new bus routes.\n", "promoted",
     "a simple and tested model for the new bus routes"),
    ("The mayor has defended a cheap and proven design for the bridge.\n", "defended",
     "a cheap and proven design for the bridge"),
    # a bare verb after the content's infinitive is that infinitive's
    ("The mayor urged residents to conserve water and avoid watering their gardens.\n", "urged",
     "residents to conserve water and avoid watering their gardens"),
    ("Parents want the school to hire more teachers and reduce class sizes.\n", "want",
     "the school to hire more teachers and reduce class sizes"),
    ("Neighbours urge the council to plant more trees and build a bigger park.\n", "urge",
     "the council to plant more trees and build a bigger park"),
    # a list of nouns, one of them a gerund, after a cue without a finite verb
    ("The board approved the new line, citing lower costs, better service and growing demand for trains.\n",
     "citing", "lower costs, better service and growing demand for trains"),
    # a content with a finite verb of its own: the clause after ", and" may be said too
    ("The report says the schools have improved, and the clinics have hired more nurses.\n", "says",
     "the schools have improved, and the clinics have hired more nurses"),
    ("The operator said its air conditioning failed during the heat wave and was repaired two days later.\n",
     "said", "its air conditioning failed during the heat wave and was repaired two days later"),
    ('The council said in a statement that it "reviews all of its contracts" and did not name the firm.\n',
     "said", 'that it "reviews all of its contracts" and did not name the firm'),
    # what follows a colon is a list of its own
    ("Doctors widely agree on the cure: rest the knee, and avoid running for a month.\n",
     "agree on", "the cure: rest the knee, and avoid running for a month"),
    # the "but" inside a quotation is the speaker's
    ('The fans expect "a long season, but we believe in this team."\n', "expect",
     '"a long season, but we believe in this team."'),
])
def test_content_keeps_its_own_coordination(body, cue, content):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)) == content


# ---- a time or place phrase (or, after "told", the listener) before the content's "that" is not content ----
@pytest.mark.parametrize("body,cue,content", [
    ("The ministry says on its website that the forms must be filed by June.\n", "says",
     "that the forms must be filed by June"),
    ("The chairman predicted in March that the merger would fail.\n", "predicted", "that the merger would fail"),
    ("Pollsters noticed this weekend that young voters have been drifting toward the Greens.\n", "noticed",
     "that young voters have been drifting toward the Greens"),
    ("The club said this week that its new stadium is on schedule.\n", "said", "that its new stadium is on schedule"),
    ("The regulator concluded this month that the bank had broken no rules.\n", "concluded",
     "that the bank had broken no rules"),
    # the listener after "told", "tells", "will tell"
    ("The farmer told Rivertown Radio that the harvest had failed.\n", "told", "that the harvest had failed"),
    ("The candidate tells talk show host Ann Byers that voters are tired of the old parties.\n", "tells",
     "that voters are tired of the old parties"),
    ("Any economist will tell you that this means prices will rise.\n", "tell", "that this means prices will rise"),
])
def test_content_starts_at_its_that(body, cue, content):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)) == content


@pytest.mark.parametrize("body,cue,content", [
    # after other cues a noun phrase before "that" stays: the one agreed with, what is pointed to
    ("The judge agreed with the defence lawyers that the evidence was weak.\n", "agreed with",
     "the defence lawyers that the evidence was weak"),
    ("The senator pointed to reports that the fund had lost money.\n", "pointed to",
     "reports that the fund had lost money"),
    # "how ... that" is no clause's "that"; nor is the "that" after a clause's verb ("so costly that")
    ("The figures showed just how weak that coalition is.\n", "showed", "just how weak that coalition is"),
    # (the time phrase right after the cue is no content either since branch attr11: _time_phrase_out_of_content)
    ("The mayor said this week the plan was so costly that it would be dropped.\n", "said",
     "the plan was so costly that it would be dropped"),
])
def test_content_keeps_words_before_that(body, cue, content):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)) == content


# ---- a content without a verb of its own does not end on the word that opens the next clause ------------
@pytest.mark.parametrize("body,cue,content", [
    ("The mayor criticized the council's spending, which auditors say was reckless.\n", "criticized",
     "the council's spending"),
    ("The senator avoided criticism of the governor until last week, when she said the plan had failed.\n",
     "avoided", "the governor until last week"),
    ("The minister cited the new hospital in the north, where doctors say waiting times have fallen.\n", "cited",
     "the new hospital in the north"),
    ("The union leader is upbeat about the talks, in part because members say the offer is fair.\n", "upbeat",
     "the talks"),
    ("Voters call the mayor competent, after half of them said so in May.\n", "call", "the mayor competent"),
    ("The council voted for the motion which said the park must stay open.\n", "voted for", "the motion"),
    ("The board discussed the budget, which the treasurer said was balanced.\n", "discussed", "the budget"),
])
def test_content_without_dangling_opener(body, cue, content):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)) == content


@pytest.mark.parametrize("body,cue,last_words", [
    # a clause's content and "cases in which" take in the attribution nested after them in PolNeAR: the pass
    # leaves them as they are
    ("The mayor said the bridge was worth saving because engineers say it is sound.\n", "said", "saving because"),
    ("The coach said the team had trained hard, after the captain told them to.\n", "said", "hard, after"),
    ("The senator cited four cases in which judges said the law was unclear.\n", "cited", "in which"),
])
def test_clause_content_keeps_its_opener(body, cue, last_words):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)).endswith(last_words)


# ---- a content does not end on a preposition whose object follows, unattributed --------------------------
@pytest.mark.parametrize("body,cue,content", [
    ("The delegates are expected to vote on Monday.\n", "are expected", "The delegates … to vote on Monday"),
    ("The unions are expected to vote on Monday.\n", "are expected", "The unions … to vote on Monday"),
])
def test_content_takes_in_its_prepositions_object(body, cue, content):
    text, atts = tag(body)
    assert content_of(text, with_cue(atts, cue)) == content


def test_content_ending_on_a_particle_before_a_verb_is_left_alone():
    # the words after "in" hold a conjunction and a verb: no object of a preposition
    text, atts = tag("The coach urged calm to stop the shouting, then leaned in and boomed at the players.\n")
    assert content_of(text, with_cue(atts, "urged")) == "calm to stop the shouting, then leaned in"
