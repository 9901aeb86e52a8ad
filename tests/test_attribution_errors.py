"""Attribution error classes of issue 11 §2, one table each: made-up news sentences (or quotes-dev's, which is
fiction written for this project) with the source, cue and content expected. ``content`` is a text that the
content must hold from its start to its end, the pieces of a split content joined with " … "; ``not_in`` a
text that the content must not reach."""
from __future__ import annotations

import pytest

from newslib.article import Article
from newslib.tokenize import tokenize_text

from attribution_cases import TITLE, content_of, tag, with_cue


# ---- a quotation over several sentences belongs to the cue that closes it ---------------------------------
@pytest.mark.parametrize("body,cue,source,content", [
    ('"I grew up three blocks from that lot. So did my kids. I want their kids to have the same chance," '
     'Delgado said.\n', "said", "Delgado", "I grew up three blocks"),
    ('Leader of the Opposition Shobha Narayanaswamy said the Bill had been "bulldozed" through. "Farmers in '
     'forty villages have not seen a copy of this Bill. Who is this law for?" she asked.\n',
     "asked", "she", "Farmers in forty villages"),
    ('"If I had known, I would have walked out. It\'s that simple," she wrote.\n', "wrote", "she",
     "If I had known"),
])
def test_quotation_before_its_cue(body, cue, source, content):
    text, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content in content_of(text, a)


def test_quotation_before_its_cue_leaves_the_previous_attribution():
    text, atts = tag('Leader of the Opposition Shobha Narayanaswamy said the Bill had been "bulldozed" through. '
                     '"Farmers in forty villages have not seen a copy of this Bill. Who is this law for?" she asked.\n')
    said = with_cue(atts, "said")
    assert "Farmers" not in content_of(text, said)


# ---- content is the whole complement clause ---------------------------------------------------------------
@pytest.mark.parametrize("body,cue,content", [
    ("The board scrapped the interim dividend, and Nkosi said it was unlikely to return before the rhodium "
     "price recovered above $5,000 an ounce.", "said", "recovered above $5,000 an ounce"),
    ("SES Deputy Commissioner Tamsin Hale said the river at Lismore was now forecast to peak at about 11.2 "
     "metres on Saturday morning.", "said", "to peak at about 11.2 metres"),
    ("His lawyer said his client has ten days to appeal the ruling.", "said", "ten days to appeal the ruling"),
])
def test_content_is_the_whole_clause(body, cue, content):
    text, atts = tag(body + "\n")
    assert content in content_of(text, with_cue(atts, cue))


def test_non_speech_verb_inside_a_content_is_no_cue():
    _, atts = tag("SES Deputy Commissioner Tamsin Hale said the river at Lismore was now forecast to peak at "
                  "about 11.2 metres.\n")
    assert [a.cue.text for a in atts] == ["said"]


def test_content_stops_at_the_sentence_end():
    text, atts = tag("Nkosi said it was unlikely to return. The shares fell 4% in early trade.\n")
    assert "shares" not in content_of(text, with_cue(atts, "said"))


# ---- words between speaker and cue: ages, appositions, relative clauses -----------------------------------
@pytest.mark.parametrize("body,cue,source", [
    ("At the evacuation centre, Neville Pryor, 74, said it was the fourth time water had reached his house.",
     "said", "Neville Pryor, 74,"),
    ("Dr. Fatima Haddad, a Winnipeg family physician who used the system during the pilot, said it saved her "
     "90 minutes a day.", "said", "Dr. Fatima Haddad, a Winnipeg family physician who used the system during "
                                  "the pilot,"),
    ("The shadow fisheries spokesman, Tobias Wren, argued that the government had left it far too late.",
     "argued", "The shadow fisheries spokesman, Tobias Wren,"),
    ("The forum has called a protest. Its convener, K. Manjunath, 52, told this newspaper that farmers feared "
     "losing their land.", "told", "K. Manjunath, 52,"),
    ("Ken Otieno, chief executive of Bytefarm, said the deal would close in May.", "said",
     "Ken Otieno, chief executive of Bytefarm,"),
    ("Cllr Eamon Geraghty (Ind), who voted against, said councillors had been “railroaded” by officials.",
     "said", "Cllr Eamon Geraghty (Ind), who voted against,"),
])
def test_source_across_asides(body, cue, source):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert a.content is not None and not a.content.text.startswith(("a Winnipeg", "who", "74"))


# ---- "according to X": X is the source, the clause the content --------------------------------------------
def test_according_to_over_a_verb_of_its_content():
    text, atts = tag("Cash-in-transit robberies rose by 14% last year, according to police crime statistics.\n")
    assert [a.cue.text for a in atts] == ["according to"]
    assert atts[0].content.text == "Cash-in-transit robberies rose by 14% last year"


@pytest.mark.parametrize("body,source,content", [
    ("According to the Congressional Budget Office, a two-week shutdown would reduce economic output by about "
     "$11 billion.", "the Congressional Budget Office",
     "a two-week shutdown would reduce economic output by about $11 billion"),
    ("But according to police, a gang of about 10 armed men forced a cash van off the road.", "police",
     "a gang of about 10 armed men forced a cash van off the road"),
    ("Only about one in five high schools meets that standard, according to federal education data.",
     "federal education data", "Only about one in five high schools meets that standard"),
    ("Workers lose as much as 20% of their earnings in the hottest weeks, according to a study released on "
     "Thursday by the Madras Institute of Public Health.",
     "a study released on Thursday by the Madras Institute of Public Health",
     "Workers lose as much as 20% of their earnings in the hottest weeks"),
])
def test_according_to(body, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, "ccording to")
    assert a.source is not None and a.source.text == source
    assert content_of(text, a) == content


# ---- page furniture is neither source nor cue; transcripts keep their speakers ----------------------------
@pytest.mark.parametrize("body", [
    "Shares fell on Monday.\n\nALSO READ: Chennai records its hottest April night in a decade\n\nThe rest.",
    "Shares fell on Monday.\n\nMARKETS: JSE all share slips 0.6% as miners drag\n\nThe rest.",
    "Shares fell on Monday.\n\nWATCH BELOW: The moment the roof gave way\n\nThe rest.",
    "BENGALURU: Members of the Opposition walked out of the Assembly on Wednesday.\n\nThe Bill passed.",
])
def test_page_furniture_is_no_attribution(body):
    _, atts = tag(body + "\n")
    assert not [a for a in atts if a.cue.text == ":"]


def test_transcript_speakers_stay():
    _, atts = tag("WALLACE: Do you really see those two as equivalent?\n\nPENCE: Well, look, I do not.\n\n"
                  "WALLACE: Thank you, Governor.\n")
    assert [a.source.text for a in atts if a.cue.text == ":"] == ["WALLACE", "PENCE", "WALLACE"]


# ---- sources are noun phrases: no time phrases, adverbs or participle asides ------------------------------
@pytest.mark.parametrize("body,cue,source", [
    ("Mayor Ana Ruiz on Tuesday defended the plan, saying it was fair.", "defended", "Mayor Ana Ruiz"),
    ("Wells Fargo just this month announced it would cut jobs.", "announced", "Wells Fargo"),
    ("The union late Friday said its members would strike.", "said", "The union"),
    ("Lee cautiously suggested the vote could wait.", "suggested", "Lee"),
    ("Monday night, Clinton said the debate was rigged.", "said", "Clinton"),
    ("Trump, speaking to a veterans group in Virginia, said the plan was dead.", "said", "Trump"),
    ("Ruth Adler, 50, says the rent has doubled.", "says", "Ruth Adler, 50,"),
    # a subject with a restrictive relative clause, not the clause's last noun ("two hours", "March")
    ("Parents who had waited outside the school for two hours said the gates stayed shut.", "said",
     "Parents who had waited outside the school for two hours"),
    ("Workers who lost their jobs in March told reporters the company owed them wages.", "told",
     "Workers who lost their jobs in March"),
    ("Commuters who were stranded at the station on Monday complained that no buses came.", "complained",
     "Commuters who were stranded at the station on Monday"),
    ("Neighbours who heard the blast at midnight said windows shook across the street.", "said",
     "Neighbours who heard the blast at midnight"),
    ("Fans who travelled to the final by coach said the trip took nine hours.", "said",
     "Fans who travelled to the final by coach"),
    ("Residents who had waited for hours praised the rescue crews, saying the water rose within minutes.", "saying",
     "Residents who had waited for hours"),
])
def test_source_is_a_noun_phrase(body, cue, source):
    _, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


def test_source_with_an_apposition_holds_at_least_the_name():
    _, atts = tag("The council’s director of services for roads, Liam Fahy, told the meeting that 31 landowners "
                  "had signed.\n")
    a = with_cue(atts, "told")
    assert a.source is not None and "Liam Fahy" in a.source.text


def test_relative_clause_is_not_content():
    text, atts = tag("Silva, who had been on the pitch for an hour, said the team had lost its way.\n")
    a = with_cue(atts, "said")
    assert a.source.text.startswith("Silva") and content_of(text, a) == "the team had lost its way"


# ---- speaker after the quote or the verb; a quotation before "he said"; "X, authorities said, Y" -----------
@pytest.mark.parametrize("body,cue,source,content", [
    ('"Rates will fall," says Maria Keane.', "says", "Maria Keane", '"Rates will fall,"'),
    ("The drug protects the liver, said lead author Tom Hale.", "said", "lead author Tom Hale",
     "The drug protects the liver"),
    # a verb the model took for a cue, whose object is the quotation, goes; its clause is the mixed quote's
    ('The gunmen fired at them "like hunters," he said.', "said", "he", 'The gunmen fired at them "like hunters,"'),
    ('The fans booed the players "for ninety minutes," he said.', "said", "he",
     'The fans booed the players "for ninety minutes,"'),
    ('Carter placed a note card in a "burn bag," the Times reported.', "reported", "the Times",
     'Carter placed a note card in a "burn bag,"'),
    # ... but not over a colon: the words before it are the writer's
    ('The minister posted a long message on her blog: "We will not give up," she wrote.', "wrote", "she",
     '"We will not give up,"'),
    ("The bodies, authorities said, did not appear to have been moved.", "said", "authorities",
     "The bodies … did not appear to have been moved"),
])
def test_speaker_and_quote(body, cue, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content_of(text, a) == content


def test_a_verb_whose_object_is_a_quotation_is_no_cue():
    _, atts = tag('The gunmen fired at them "like hunters," he said.\n')
    assert [a.cue.text for a in atts] == ["said"]


def test_split_quote_is_one_attribution_with_parts():
    text, atts = tag('"We were robbed," he said. "The referee missed everything."\n')
    assert len(atts) == 1
    assert content_of(text, atts[0]) == '"We were robbed," … "The referee missed everything."'


def test_cue_split_by_a_word_keeps_its_content():
    text, atts = tag("Her solicitor, Femi Adeyemo of Castell Lane Law, said outside court: “My client would have "
                     "had to wait until 2026. Today the court said this is not good enough.”\n")
    a = with_cue(atts, "said")
    assert a.source.text.startswith("Her solicitor, Femi Adeyemo")
    assert content_of(text, a).startswith("“My client would have had to wait")


# ---- reporting verbs in the forms unseen news uses -------------------------------------------------------
@pytest.mark.parametrize("body,cue,source", [
    ("Garda Sergeant Declan Furlong gave evidence that the car was travelling at 148km/h.", "gave evidence",
     "Garda Sergeant Declan Furlong"),
])
def test_reporting_verbs(body, cue, source):
    _, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


# ---- hedges read structure: figures met or compared are no hedges ----------------------------------------
@pytest.mark.parametrize("sentence,hedged", [
    ("Quantaris beat forecasts for the quarter.", False),
    ("Revenue topped analysts' estimates of $2.7 billion.", False),
    ("The average analyst estimate was $2.71 billion.", False),
    ("Children who slept more were 20% less likely to be injured.", False),
    ("Boys were three times more likely to be hurt.", False),
    ("The bank forecasts that rates will fall.", True),
    ("Analysts estimate the loss at $2 billion.", True),
    ("It is likely to rain on Friday.", True),
])
def test_hedges_read_structure(sentence, hedged):
    from newslib.tagging.hedges import find_hedges

    text = TITLE + sentence + "\n"
    hedges = find_hedges(text, tokenize_text(text, title=Article.from_text(text).title))
    assert bool(hedges) == hedged, [h.text for h in hedges]


# ---- claim kinds read structure: the noun "demand" makes no demand ---------------------------------------
@pytest.mark.parametrize("body,cue,kind", [
    ("Retailers said holiday demand was strong.", "said", "statement"),
    ("Retailers said consumer demand for toys fell.", "said", "statement"),
    ("The workers said they demand a pay rise.", "said", "demand"),
])
def test_noun_demand_is_no_demand(body, cue, kind):
    import newslib

    tagged = newslib.tag(TITLE + body + "\n")
    rows = tagged.attributions
    assert rows.loc[rows["cue"] == cue, "kind"].tolist() == [kind]



def test_a_colon_cue_without_a_source_after_a_kept_attribution_is_kept_or_dropped_not_a_crash():
    # 'said of Sanders: "..."' on a PolNeAR train article: the model gave ":" a cue of its own with no source
    # after the kept "said"; the fragment check read that missing source's start and raised
    from newslib.tagging.attributions import Draft, _keep_likely

    text = 'Tom Hale said of Ruiz: "The question is, will she do the same?"'
    said = Draft(0, 0, cue=(9, 13), source=(0, 8))
    colon = Draft(0, 0, cue=(21, 22), source=None, content=[(23, len(text))])
    kept = _keep_likely(text, [said, colon], {":": 10})
    assert kept[0] is said
    assert all(d.cue in {(9, 13), (21, 22)} for d in kept)


# ---- a list of voices: “Quotation.” ― Name, one a line ------------------------------------------------------
def test_dash_voices_one_a_line_with_quotes_inside():
    body = ("“I’d rather live in what he calls “hell” than in his country.” ― Ana Ruiz\n"
            "”The plan is a disgrace to the city.” ― Tom Hale\n"
            "“We will vote in November.” ― Ken Otieno\n")
    text, atts = tag(body)
    dashes = [a for a in atts if a.cue.text == "―"]
    assert [a.source.text for a in dashes] == ["Ana Ruiz", "Tom Hale", "Ken Otieno"]
    assert content_of(text, dashes[0]).startswith("“I’d rather live") and "his country" in content_of(text, dashes[0])
    assert content_of(text, dashes[1]).startswith("”The plan is a disgrace")
    assert not any(a.cue.text == "calls" for a in atts)  # the voice's words are its content, not attributions


# ---- relative clauses and verbs inside an attributed clause --------------------------------------------------
def test_verb_inside_a_relative_aside_is_no_cue():
    text, atts = tag("A Danish official, who was not authorised to speak publicly, said Copenhagen was “in no "
                     "hurry”.\n")
    assert not any("authorised" in a.cue.text for a in atts)
    assert with_cue(atts, "said").source.text == "A Danish official, who was not authorised to speak publicly,"


def test_sentence_final_source_and_cue_take_the_clause_before():
    text, atts = tag("A city council’s policy of refusing permits to families who had lived in the area for less "
                     "than five years was unlawful, the Supreme Court ruled on Friday.\n")
    ruled = with_cue(atts, "ruled")
    assert ruled.source.text == "the Supreme Court"
    assert content_of(text, ruled).startswith("A city council’s policy of refusing permits")
    assert [a.cue.text for a in atts] == ["ruled"]


# ---- the speaker after a quotation and its cue, in several house styles ----------------------------------
@pytest.mark.parametrize("body,cue,source,content", [
    ("'The figures speak for themselves,' says Derek Ollerton.", "says", "Derek Ollerton",
     "'The figures speak for themselves,'"),
    ('"We are ready," says the coach.', "says", "the coach", '"We are ready,"'),
    ("'Nobody told us,' say angry parents.", "say", "angry parents", "'Nobody told us,'"),
    ('"We were lucky" – says Dunne.', "says", "Dunne", '"We were lucky"'),
    ("'We were lucky,' says Dunne, who has lived on the street for 30 years.", "says",
     "Dunne, who has lived on the street for 30 years", "'We were lucky,'"),
    ("The vaccine cuts hospital stays by half, said lead researcher Priya Nair.", "said", "lead researcher Priya Nair",
     "The vaccine cuts hospital stays by half"),
    # a common noun phrase after the quotation: an age, a relative clause after it
    ("“It was a tough night,” said the 28-year-old.", "said", "the 28-year-old", "“It was a tough night,”"),
    ("'We deserved it,' said the veteran striker, who scored twice.", "said", "the veteran striker, who scored twice",
     "'We deserved it,'"),
    ("“I don't regret it,” said the 19-year-old, whose father also played for the club.", "said",
     "the 19-year-old, whose father also played for the club", "“I don't regret it,”"),
    ("“We will appeal,” said the state's lawyer, who declined to give details.", "said", "the state's lawyer",
     "“We will appeal,”"),
])
def test_speaker_after_a_quotation_and_its_cue(body, cue, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content_of(text, a) == content


@pytest.mark.parametrize("body", [
    "'It's a disaster,' says it all.",
    '"This is not a drill," says a lot about the mood in the room.',
    "'We were robbed,' says much about the club.",
    "'No comment,' says plenty.",
])
def test_quotation_as_the_subject_of_says_has_no_speaker(body):
    """The quotation is what "says" something: the words after the verb are its object, no speaker."""
    _, atts = tag(body + "\n")
    assert not [a for a in atts if a.cue.text.startswith("say")]


def test_speaker_after_the_cue_keeps_the_quotation_begun_sentences_before():
    text, atts = tag('"We were lucky. The house next door is gone," says Dunne.\n')
    a = with_cue(atts, "says")
    assert a.source is not None and a.source.text == "Dunne"
    assert content_of(text, a).startswith('"We were lucky.')


# ---- a speaker set off from its cue by asides, read the wrong way round by the model -----------------------
@pytest.mark.parametrize("body,cue,source,content", [
    ("Silva, who had been on the pitch for an hour, said the referee was wrong.", "said",
     "Silva, who had been on the pitch for an hour,", "the referee was wrong"),
    ("The minister, Hanna Lind, told the BBC that she would not resign.", "told", "The minister, Hanna Lind,",
     "she would not resign"),
    ("Jones, however, said the plan had failed.", "said", "Jones", "the plan had failed"),
    ("The Taoiseach, speaking in Brussels, said Ireland would not veto the deal.", "said", "The Taoiseach",
     "Ireland would not veto the deal"),
])
def test_speaker_before_asides(body, cue, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content in content_of(text, a) and a.source.text not in content_of(text, a)


def test_clause_with_asides_before_an_inverted_cue_stays_content():
    text, atts = tag("Growth, however, will slow sharply, warned the IMF's chief economist, Gita Rao.\n")
    a = with_cue(atts, "warned")
    assert a.source is not None and "Gita Rao" in a.source.text
    assert content_of(text, a).startswith("Growth")


# ---- "according to X" with a relative clause, a content holding its own attribution, no comma -------------
@pytest.mark.parametrize("body,source,content", [
    ("According to Dr Amina Yusuf, who led the study, the effect was small but real.",
     "Dr Amina Yusuf, who led the study", "the effect was small but real"),
    ("According to a joint statement issued after the talks, the two sides also agreed to hold a joint exercise "
     "next year.", "a joint statement issued after the talks", "the two sides also agreed to hold a joint exercise"),
    ("Unemployment rose to 7.1 per cent in March according to the statistics office.", "the statistics office",
     "Unemployment rose to 7.1 per cent in March"),
])
def test_according_to_variants(body, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, "ccording to")
    assert a.source is not None and a.source.text == source
    assert content_of(text, a).startswith(content)


# ---- an adverbial between the speaker and the cue is not the source ----------------------------------------
@pytest.mark.parametrize("body,cue,source", [
    ("The ministry in a statement said the border would stay closed.", "said", "The ministry"),
    ("The chief executive of Acme, Joan Hill, on Monday said the firm would cut 200 jobs.", "said",
     "The chief executive of Acme, Joan Hill"),
])
def test_adverbial_between_speaker_and_cue(body, cue, source):
    _, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text.rstrip(",") == source


# ---- an anonymity aside ("who asked not to be named") is no attribution ----------------------------------
@pytest.mark.parametrize("body,cue,source,content", [
    ('"There is no plan B," the official, who asked not to be named, told AFP.', "told",
     "the official, who asked not to be named,", '"There is no plan B,"'),
    ('"We are running out of time," said a doctor, who declined to be named.', "said",
     "a doctor, who declined to be named", '"We are running out of time,"'),
])
def test_anonymity_aside_is_no_attribution(body, cue, source, content):
    text, atts = tag(body + "\n")
    assert [a.cue.text for a in atts] == [cue]
    assert atts[0].source is not None and atts[0].source.text == source
    assert content_of(text, atts[0]) == content


# ---- a source is a noun phrase: it ends before a finite verb, a subject pronoun after a noun is the source -
def test_source_ends_before_a_finite_verb():
    _, atts = tag("The company has had trouble persuading investors that the plan will work.\n")
    a = with_cue(atts, "persuading")
    assert a.source is not None and a.source.text == "The company"


@pytest.mark.parametrize("sentence,source,cue,expected", [
    ("On the state network RT he blasted the media.", "the state network RT he", "blasted", "he"),
    ("Holt leaned in heavy and often, painting his rival as a fraud.", "Holt leaned in heavy and often",
     "painting", "Holt"),
    ("Both he and she said no.", "Both he and she", "said", "Both he and she"),
    ("Mr Ortega, who has run the bakery since 1990, said no.", "Mr Ortega, who has run the bakery since 1990,",
     "said", "Mr Ortega, who has run the bakery since 1990,"),
])
def test_cut_source_at_clause(sentence, source, cue, expected):
    from newslib.tagging.attributions import Draft, _cut_source_at_clause
    s = tokenize_text(sentence)[0]
    a, c = sentence.index(source), sentence.index(" " + cue) + 1
    d = Draft(0, 0, (c, c + len(cue)), (a, a + len(source)))
    _cut_source_at_clause(s, [t.start for t in s.tokens], [d], None)
    assert sentence[d.source[0]:d.source[1]] == expected


@pytest.mark.parametrize("sentence,source,cue,expected", [
    ("The nonpartisan Commission on Presidential Debates says the rules stand.", "Presidential Debates", "says",
     "The nonpartisan Commission on Presidential Debates"),
    ("Later the president said he would sign it.", "president", "said", "the president"),
    ("Officials say state and local leaders could call on the guard.", "local leaders", "could",
     "state and local leaders"),
    ("After a Bloomberg interview Trump declared victory.", "Trump", "declared", "Trump"),
    ("Only 52 percent of voters agreed.", "52 percent of voters", "agreed", "Only 52 percent of voters"),
    ("Retired General Ana Ruiz said no.", "General Ana Ruiz", "said", "Retired General Ana Ruiz"),
    ("Many E.U. nations say the plan is unfair.", "nations", "say", "Many E.U. nations"),
    ("A fact-check on Ollerton's claim found errors.", "Ollerton's", "claim", "Ollerton's"),
    ("The company, which employs 200 people, said no.", "which", "said", "which"),
])
def test_widen_source_to_noun_phrase(sentence, source, cue, expected):
    from newslib.tagging.attributions import Draft, _widen_source_to_noun_phrase
    s = tokenize_text(sentence)[0]
    a, c = sentence.index(source), sentence.index(" " + cue) + 1
    d = Draft(0, 0, (c, c + len(cue)), (a, a + len(source)))
    _widen_source_to_noun_phrase(s, [t.start for t in s.tokens], [d], None)
    assert sentence[d.source[0]:d.source[1]] == expected


def test_cue_whose_source_a_late_pass_found_takes_its_clause():
    text, atts = tag("Hill on Monday told staff the plant would close.\n")
    a = with_cue(atts, "told")
    assert a.source is not None and a.source.text == "Hill"
    assert "the plant would close" in content_of(text, a)


@pytest.mark.parametrize("body", [
    "WATCH BELOW: Firefighters battle the blaze in Kent.",
    "READ MORE: Five things we learned from the budget.",
])
def test_furniture_label_before_a_sentence_is_no_attribution(body):
    _, atts = tag(body + "\n")
    assert atts == []


def test_source_without_a_while_participle_aside():
    _, atts = tag("The governor, while addressing residents on Sunday, said the road would be rebuilt.\n")
    a = with_cue(atts, "said")
    assert a.source is not None and a.source.text == "The governor"


def test_content_runs_to_the_clause_end_once_a_late_pass_found_the_source():
    text, atts = tag("Prairie Health, which runs the clinics, confirmed on Thursday that the pilot had been suspended "
                     "while an internal review is carried out.\n")
    a = with_cue(atts, "confirmed")
    assert content_of(text, a).endswith("while an internal review is carried out")


# ---- a quotation over paragraphs: an opening mark at each paragraph, no closing mark on the earlier ones -----
@pytest.mark.parametrize("body,first,source,content", [
    ("Kofi Mensah said the strike would go on.\n\n“We have waited three years for this agreement. Nobody in this "
     "room believes the offer on the table is serious.\n\n“If the ministry wants to talk, our door is open,” he "
     "said.", "Kofi Mensah", "he", "“We have waited three years"),
    ("The coach, Aoife Brennan, said the club had no money left.\n\n“We sold what we could sell.\n\n“Now it is up "
     "to the council,” she told the meeting.", "The coach, Aoife Brennan,", "she", "“We sold what we could sell."),
])
def test_quotation_over_paragraphs_belongs_to_the_cue_that_closes_it(body, first, source, content):
    text, atts = tag(body + "\n")
    closing = [a for a in atts if a.source is not None and a.source.text == source]
    assert closing and content_of(text, closing[0]).startswith(content)
    earlier = [a for a in atts if a.source is not None and a.source.text == first]
    assert earlier and content.strip("“") not in content_of(text, earlier[0])


# ---- an anonymity aside of wire copy: "X, speaking on condition of anonymity because …, said" -------------
@pytest.mark.parametrize("body,cue,source,content", [
    ("The official, speaking on condition of anonymity because he was not authorised to talk to the media, said "
     "talks would resume next week.", "said", "The official", "talks would resume next week"),
    ("Two officials, speaking on the condition of anonymity because they were not allowed to discuss the matter "
     "publicly, said the plan had been shelved.", "said", "Two officials", "the plan had been shelved"),
    ("“We expect a decision soon,” a source close to the talks, speaking on condition of anonymity, said.", "said",
     "a source close to the talks", "“We expect a decision soon,”"),
    ("A senior diplomat, speaking on condition of anonymity, told Reuters the ceasefire was holding.", "told",
     "A senior diplomat", "the ceasefire was holding"),
    ("The woman, identified only as Ms K to protect her children, told the court she had been threatened.", "told",
     "The woman, identified only as Ms K to protect her children,", "she had been threatened"),
])
def test_anonymity_participle_aside(body, cue, source, content):
    text, atts = tag(body + "\n")
    assert [a.cue.text for a in atts] == [cue]  # the aside's verbs are no cues
    a = atts[0]
    assert a.source is not None and a.source.text == source
    assert content in content_of(text, a)


# ---- "X was quoted (by a medium) as saying": X is the source, not the medium ------------------------------
@pytest.mark.parametrize("body,source,content", [
    ("Putin was quoted by state news agency RIA as saying the talks had been “useful”.", "Putin",
     "the talks had been “useful”"),
    ("The minister was quoted by the Press Trust of India as saying that the State would not back down.",
     "The minister", "the State would not back down"),
    ("Mr Ramaphosa was quoted as saying the country could not afford another strike.", "Mr Ramaphosa",
     "the country could not afford another strike"),
    ("The newspaper quoted a senior official as saying the deal was “95 percent done”.", "a senior official",
     "the deal was “95 percent done”"),
])
def test_quoted_as_saying(body, source, content):
    text, atts = tag(body + "\n")
    assert len(atts) == 1 and "quoted" in atts[0].cue.text
    assert atts[0].source is not None and atts[0].source.text == source
    assert content_of(text, atts[0]) == content


# ---- a participle phrase that opens the sentence is not the source's ---------------------------------------
@pytest.mark.parametrize("body,cue,source", [
    ("Responding to queries from The Straits Times, NEA said it had stepped up inspections at the market.", "said",
     "NEA"),
    ("Speaking to reporters in Abuja, the minister said fuel queues would ease by Friday.", "said", "the minister"),
    ("Replying to a question in Parliament, Senior Minister of State Janil Puthucheary said the scheme would be "
     "reviewed.", "said", "Senior Minister of State Janil Puthucheary"),
])
def test_source_after_a_participle_opener(body, cue, source):
    _, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


# ---- "X did Y, saying Z": the clause after the participle is its content, the main clause's subject its source
@pytest.mark.parametrize("body,cue,source,content", [
    ("The captain played down the injury, saying he expected to be fit for Saturday.", "saying", "The captain",
     "he expected to be fit for Saturday"),
    ("Okonkwo defended the budget, arguing it would create 50,000 jobs.", "arguing", "Okonkwo",
     "it would create 50,000 jobs"),
])
def test_participle_cue_after_the_main_clause(body, cue, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content_of(text, a) == content


@pytest.mark.parametrize("body,cue,content", [
    ("Several residents claimed the water was unsafe to drink, though officials disputed this.", "claimed",
     "the water was unsafe to drink"),
    ("The mayor accused the council of being asleep, though she offered no evidence.", "accused",
     "the council of being asleep"),
])
def test_content_ends_before_a_dangling_conjunction(body, cue, content):
    text, atts = tag(body + "\n")
    assert content_of(text, with_cue(atts, cue)) == content


@pytest.mark.parametrize("body,cue,content", [
    ("The findings, the researchers noted, were consistent with earlier studies.", "noted",
     "The findings … were consistent with earlier studies"),
    ("The argument would be aided, the adviser said, by the upcoming primary calendar.", "said",
     "The argument would be aided … by the upcoming primary calendar"),
])
def test_parenthetical_cue_without_content_takes_both_sides(body, cue, content):
    text, atts = tag(body + "\n")
    assert content_of(text, with_cue(atts, cue)) == content


def test_transcript_turn_runs_to_the_end_of_its_line():
    text, atts = tag("Interviewer: How long did the rescue take?\nCaptain Rahman: Nearly six hours. The sea was very "
                     "rough.\nThe crew was flown to Chittagong.\n")
    a = [x for x in atts if x.source is not None and x.source.text == "Captain Rahman"]
    assert a and content_of(text, a[0]) == "Nearly six hours. The sea was very rough."


# ---- house styles not tuned on: Indian, Nigerian, Irish, Australian, South African and Singaporean papers,
# wire copy, sports and court reports (made-up sentences, 2026-12-03). The rows the tagger already got right
# when they were written guard against regressions; the rows it got wrong have their fixes' tests above
# (paragraph-spanning quotations, "quoted by X as saying", anonymity and participle asides, "said the
# 45-year-old, whose ...", "X did Y, saying Z", transcripts) ---------------------------------------------------
# ---- the listener after "told"; ", adding: “…”" after a content; "as reported by X" ----------------------
@pytest.mark.parametrize("body,cue,source,content", [
    ("Senator Mary Okafor told a Senate hearing the plan was dead.", "told", "Senator Mary Okafor",
     "the plan was dead"),
    ("Okafor told the committee on Tuesday the plan was dead.", "told", "Okafor", "the plan was dead"),
    ("The coach told the BBC he would not resign.", "told", "The coach", "he would not resign"),
])
def test_the_listener_after_told_is_not_content(body, cue, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content_of(text, a) == content


def test_adding_colon_quotation_after_a_content_is_its_own_attribution():
    text, atts = tag('The judge said in her ruling that the council had acted unlawfully, adding: "No public body '
                     'is above the law."\n')
    said, adding = with_cue(atts, "said"), with_cue(atts, "adding")
    assert "No public body" not in content_of(text, said)
    assert adding.source is not None and adding.source.text == "The judge"
    assert content_of(text, adding) == '"No public body is above the law."'


@pytest.mark.parametrize("body,source,content", [
    ("As reported by the Sowetan, the minister will resign on Friday.", "the Sowetan",
     "the minister will resign on Friday"),
    ("The minister will resign on Friday, as reported by Reuters.", "Reuters", "The minister will resign on Friday"),
])
def test_as_reported_by(body, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, "reported")
    assert a.cue.text.lower() == "as reported by"
    assert a.source is not None and a.source.text == source
    assert content_of(text, a) == content


# ---- a passive cue's source is the agent after "by" ------------------------------------------------------
@pytest.mark.parametrize("body,cue,source,content", [
    ("The registration issue was first reported by The Washington Post.", "reported", "The Washington Post",
     "The registration issue"),
    ("Dr. Mehmet Oz has been called a charlatan by fellow physicians for promoting miracle cures.", "called",
     "fellow physicians", "Dr. Mehmet Oz … a charlatan"),
    ("The decision was welcomed by the Kenya Medical Association, which had warned of a strike.", "welcomed",
     "the Kenya Medical Association", "The decision"),
])
def test_passive_agent_is_the_source(body, cue, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content_of(text, a) == content


# ---- a source ends before an adverb of frequency or "in 2015" ---------------------------------------------
@pytest.mark.parametrize("body,cue,source", [
    ('"We live in a dangerous time," my father often said.', "said", "my father"),
    ("A group of doctors in 2015 sent a letter demanding his dismissal.", "sent", "A group of doctors"),
    ("An arbitration panel in 2001 found the United States was in breach of the agreement.", "found",
     "An arbitration panel"),
])
def test_source_ends_before_frequency_adverb_or_year(body, cue, source):
    _, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


# ---- a source that is only an apposition takes the name before it; a dated report keeps its date ----------
@pytest.mark.parametrize("body,cue,source", [
    ("''Every candidate should publish,'' Douglas Holtz-Eakin, an economist and tax expert, told me this week.",
     "told", "Douglas Holtz-Eakin, an economist and tax expert,"),
    ("A Government Accountability Office report released last year found the agency could not trace the money.",
     "found", "A Government Accountability Office report released last year"),
    ("A reporter for USA Today spotted the candidate at the airport.", "spotted", "A reporter for USA Today"),
])
def test_source_keeps_the_name_before_an_apposition_and_a_report_date(body, cue, source):
    _, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


def test_a_sentence_opener_before_a_comma_is_no_name():
    _, atts = tag("In June, the South Carolina senator said the deal was dead.\n")
    a = with_cue(atts, "said")
    assert a.source is not None and a.source.text == "the South Carolina senator"


HOUSE_STYLES = [
    # Indian
    ("Union Health Minister Arvind Kulkarni on Monday said the State would procure two crore doses before Diwali.",
     "said", "Union Health Minister Arvind Kulkarni", "the State would procure two crore doses"),
    ("“We have not received a single rupee from the Centre,” Kerala Finance Minister K. Suresh Babu told reporters "
     "in Thiruvananthapuram.", "told", "Kerala Finance Minister K. Suresh Babu", "We have not received a single rupee"),
    ("The Bench observed that the petitioner had approached the court with unclean hands.", "observed", "The Bench",
     "the petitioner had approached the court"),
    ("“The party will decide,” Mr. Reddy said, when asked if he would contest the bypoll.", "said", "Mr. Reddy",
     "The party will decide"),
    ("Sources in the Ministry of Home Affairs said the file had been sent back to the State government.", "said",
     "Sources in the Ministry of Home Affairs", "the file had been sent back"),
    ("Speaking to The Hindu, Dr. Meenakshi Iyer, head of paediatrics at the hospital, said beds were running short.",
     "said", "Dr. Meenakshi Iyer, head of paediatrics at the hospital,", "beds were running short"),
    # Nigerian
    ("The Lagos State Commissioner for Environment, Mr Tunde Bakare, said the agency would demolish structures on "
     "drainage channels.", "said", "The Lagos State Commissioner for Environment, Mr Tunde Bakare,",
     "would demolish structures"),
    ("Speaking with our correspondent on Sunday, a resident of Ikorodu, Mrs Ngozi Eze, lamented that the road had "
     "been abandoned for years.", "lamented", "a resident of Ikorodu, Mrs Ngozi Eze,", "the road had been abandoned"),
    ("The governor, who spoke at the event in Abeokuta, said: “We will not abandon any project started by the last "
     "administration.”", "said", "The governor, who spoke at the event in Abeokuta,", "We will not abandon any project"),
    ("According to him, the state had recorded 23 deaths since January.", "According to", "him",
     "the state had recorded 23 deaths"),
    ("He further stated that the suspects would be charged to court once investigations were concluded.", "stated",
     "He", "the suspects would be charged"),
    ("The Chairman of the Association, Alhaji Musa Danjuma, disclosed that over 400 members had lost their goods in "
     "the fire.", "disclosed", "The Chairman of the Association, Alhaji Musa Danjuma,", "over 400 members had lost"),
    ("He said, “The rains have destroyed more than 200 hectares of farmland in the local government area.”", "said",
     "He", "The rains have destroyed more than 200 hectares"),
    # Irish
    ("Tánaiste Micheál Doyle said the Government would not be “bounced” into an early election.", "said",
     "Tánaiste Micheál Doyle", "the Government would not be"),
    ("A Garda spokesman said inquiries were continuing.", "said", "A Garda spokesman", "inquiries were continuing"),
    ("Ms McAleese said it was “a disgrace” that families were still waiting.", "said", "Ms McAleese", "it was"),
    ("Government sources told The Irish Times that the budget would include a €300 energy credit.", "told",
     "Government sources", "the budget would include a €300 energy credit"),
    # Australian
    ("Premier Dominic Walsh said the border would reopen on Friday, but warned that masks would remain compulsory on "
     "public transport.", "warned", "Premier Dominic Walsh", "masks would remain compulsory"),
    ("A NSW Health spokeswoman said 14 new cases had been recorded overnight.", "said", "A NSW Health spokeswoman",
     "14 new cases had been recorded"),
    ("Mr Albright told ABC Radio the decision was “the right one for Queensland”.", "told", "Mr Albright",
     "the decision was"),
    # South African
    ("Eskom spokesperson Sikonathi Mantshantsha said load shedding would be suspended from 5am on Thursday.", "said",
     "Eskom spokesperson Sikonathi Mantshantsha", "load shedding would be suspended"),
    ("“The ANC will not be dictated to by factions,” said secretary-general Fikile Mbalula.", "said",
     "secretary-general Fikile Mbalula", "The ANC will not be dictated to by factions"),
    ("Ramaphosa's spokesperson, Vincent Magwenya, said the president would address the nation on Sunday evening.",
     "said", "Ramaphosa's spokesperson, Vincent Magwenya,", "the president would address the nation"),
    # Singaporean
    ("In a Facebook post on Tuesday, Minister for Manpower Tan See Leng said the changes would take effect from "
     "January.", "said", "Minister for Manpower Tan See Leng", "the changes would take effect"),
    ("The Land Transport Authority (LTA) said in a statement that train services would resume by 10am.",
     "said in a statement", "The Land Transport Authority (LTA)", "train services would resume"),
    ("“Business has been slow since the MRT works began,” said Mr Lim, 62, who runs a zi char stall.", "said",
     "Mr Lim, 62, who runs a zi char stall", "Business has been slow"),
    ("Tan, who runs a bakery in Tiong Bahru, said sales had halved.", "said", "Tan, who runs a bakery in Tiong Bahru,",
     "sales had halved"),
    # wire copy
    ("The company said on Tuesday it would cut 1,200 jobs by the end of the year.", "said", "The company",
     "it would cut 1,200 jobs"),
    ("“We are monitoring the situation closely,” a spokesperson for the European Commission said.", "said",
     "a spokesperson for the European Commission", "We are monitoring the situation closely"),
    ("Two people were killed and 15 injured, the health ministry said in a statement.", "said", "the health ministry",
     "Two people were killed"),
    ("“The market is pricing in a cut,” said Jane Foley, head of FX strategy at Rabobank in London.", "said",
     "Jane Foley, head of FX strategy at Rabobank in London", "The market is pricing in a cut"),
    ("It was not immediately clear whether the suspect had a lawyer, police said.", "said", "police",
     "It was not immediately clear"),
    # sports
    ("The manager told reporters that his side had been “naive” in the second half.", "told", "The manager",
     "his side had been"),
    ("“We were second best all night,” admitted captain Ruairi O'Sullivan.", "admitted", "captain Ruairi O'Sullivan",
     "We were second best all night"),
    ("Speaking after the match, the Kerry manager said his players had “left everything out there”.", "said",
     "the Kerry manager", "his players had"),
    ("“It’s a difficult one to take,” Murphy told RTÉ Sport. “We had chances and we didn’t take them.”", "told",
     "Murphy", "We had chances"),
    # court
    ("The judge said in her ruling that the council had acted unlawfully.", "said", "The judge",
     "the council had acted unlawfully"),
    ("Prosecutors alleged that Mensah had diverted more than R2 million into a personal account.", "alleged",
     "Prosecutors", "Mensah had diverted"),
    ("Justice Nandini Rao said in her order that the detention was illegal.", "said", "Justice Nandini Rao",
     "the detention was illegal"),
    ("The magistrate told the accused he faced up to 15 years in prison.", "told", "The magistrate",
     "he faced up to 15 years"),
    ("The defence argued that the confession had been obtained under duress, but the prosecution insisted it was "
     "voluntary.", "insisted", "the prosecution", "it was voluntary"),
    # colon quotes, statements, "told CNN", "wrote on X", claimed, insisted, warned, noted
    ("Asked whether he would resign, Okafor replied: “Absolutely not.”", "replied", "Okafor", "Absolutely not"),
    ("Justice Mwilu: The petitioners have not shown any breach of the Constitution.", ":", "Justice Mwilu",
     "The petitioners have not shown"),
    ("The ministry said in a statement that the ban would be lifted next week.", "said in a statement", "The ministry",
     "the ban would be lifted"),
    ("A spokesperson for Tesco said: “We are investigating the matter as a priority.”", "said",
     "A spokesperson for Tesco", "We are investigating the matter"),
    ("“This is not over,” the senator told CNN on Sunday.", "told", "the senator", "This is not over"),
    ("The billionaire wrote on X that the deal was “dead”.", "wrote", "The billionaire", "the deal was"),
    ("In a post on X, the opposition leader wrote: “The people have spoken.”", "wrote", "the opposition leader",
     "The people have spoken"),
    ("Opposition leader Grace Mwangi claimed the election had been rigged.", "claimed", "Opposition leader Grace Mwangi",
     "the election had been rigged"),
    ("The coach insisted his players were not tired.", "insisted", "The coach", "his players were not tired"),
    ("“There is no crisis,” the spokesperson insisted.", "insisted", "the spokesperson", "There is no crisis"),
    ("Economists warned that inflation could rise again in the new year.", "warned", "Economists",
     "inflation could rise again"),
    ("“This is just the beginning,” warned Kumar.", "warned", "Kumar", "This is just the beginning"),
    ("The report noted that only a third of schools had a full-time nurse.", "noted", "The report",
     "only a third of schools"),
    ("Police said the driver, 42, was arrested at the scene.", "said", "Police", "the driver, 42, was arrested"),
    # ---- 2026-12-03 morning: house styles not in the rows above (made up; Kenyan, Pakistani, Filipino, New
    # Zealand, Canadian, British tabloid, US local TV/radio web copy, press releases, live blogs, a headline's
    # colon quote, social media and broadcasters as the occasion)
    # Kenyan
    ("Interior Cabinet Secretary Joseph Mwangi on Tuesday said the curfew would be lifted once calm returned to "
     "the county.", "said", "Interior Cabinet Secretary Joseph Mwangi", "the curfew would be lifted"),
    ("Speaking in Kisumu, ODM chairperson Gladys Atieno said the party would not field a candidate in the by-election.",
     "said", "ODM chairperson Gladys Atieno", "the party would not field a candidate"),
    ("“We have been patient enough,” KNUT Secretary-General Collins Oyuu told the Nation.", "told",
     "KNUT Secretary-General Collins Oyuu", "We have been patient enough"),
    ("The MP claimed that the funds had been diverted to a private account in Nairobi.", "claimed", "The MP",
     "the funds had been diverted"),
    # Pakistani
    ("Federal Information Minister Asad Qureshi told a press conference in Islamabad that the talks had been "
     "fruitful.", "told", "Federal Information Minister Asad Qureshi", "the talks had been fruitful"),
    ("The PTI spokesperson, in a statement issued on Sunday, said the party would challenge the verdict.", "said",
     "The PTI spokesperson", "the party would challenge the verdict"),
    ("Talking to Dawn, a senior police official said the suspects had been shifted to an undisclosed location.",
     "said", "a senior police official", "the suspects had been shifted"),
    # Filipino
    ("Presidential Communications Secretary Ramon Villanueva said the President would sign the measure next week.",
     "said", "Presidential Communications Secretary Ramon Villanueva", "the President would sign the measure"),
    ("“We will not allow our fishermen to be harassed,” Armed Forces chief Gen. Andres Dela Cruz told reporters in "
     "Camp Aguinaldo.", "told", "Armed Forces chief Gen. Andres Dela Cruz", "We will not allow our fishermen"),
    ("Senator Rosario Lim said in a radio interview that the budget hearing would resume on Monday.", "said",
     "Senator Rosario Lim", "the budget hearing would resume"),
    # New Zealand
    ("Police said a 34-year-old man would appear in the Manukau District Court on Thursday.", "said", "Police",
     "a 34-year-old man would appear"),
    ("Finance Minister Aroha Tane told RNZ the Government had no plans to raise GST.", "told",
     "Finance Minister Aroha Tane", "the Government had no plans to raise GST"),
    ("Federated Farmers president Hamish Clarke said the rules were “unworkable” for hill-country farms.", "said",
     "Federated Farmers president Hamish Clarke", "the rules were"),
    # Canadian (CBC / Globe)
    ("In an interview with CBC News, Nova Scotia Premier Colin MacLeod said the province would cover the cost.",
     "said", "Nova Scotia Premier Colin MacLeod", "the province would cover the cost"),
    ("A spokesperson for the Ontario Ministry of Health told The Globe and Mail that the program would be extended.",
     "told", "A spokesperson for the Ontario Ministry of Health", "the program would be extended"),
    ("The RCMP said in a news release that no charges had been laid.", "said", "The RCMP", "no charges had been laid"),
    # British tabloid
    ("A source close to the star said: “She is absolutely heartbroken and just wants to be left alone.”", "said",
     "A source close to the star", "She is absolutely heartbroken"),
    ("Furious neighbour Doreen Pike, 67, fumed: “It’s been like living next to a building site for two years.”",
     "fumed", "Furious neighbour Doreen Pike, 67,", "It’s been like living next to a building site"),
    ("A Met Police spokesman said officers were called at 11.42pm.", "said", "A Met Police spokesman",
     "officers were called at 11.42pm"),
    # US local TV / radio web copy
    ("Fire officials say the blaze started in the kitchen around 2 a.m.", "say", "Fire officials",
     "the blaze started in the kitchen"),
    ("Sheriff Dale Hutchins tells KTVZ the road will stay closed through the weekend.", "tells",
     "Sheriff Dale Hutchins", "the road will stay closed"),
    ("“It’s just devastating,” neighbor Karen Lopez told WSB-TV.", "told", "neighbor Karen Lopez",
     "It’s just devastating"),
    # press release
    ("“This partnership marks a new chapter for rural broadband,” said Priya Raman, CEO of Lumenet.", "said",
     "Priya Raman, CEO of Lumenet", "This partnership marks a new chapter"),
    ("“We are proud to support local growers,” said Tom Becker, director of sourcing at Harvest Lane Foods.",
     "said", "Tom Becker, director of sourcing at Harvest Lane Foods", "We are proud to support local growers"),
    # live blog with timestamps
    ("10:42 a.m. The mayor says the water supply is safe to drink again.", "says", "The mayor",
     "the water supply is safe to drink again"),
    ("14:05 BST: A Downing Street spokesperson said the Prime Minister had been briefed.", "said",
     "A Downing Street spokesperson", "the Prime Minister had been briefed"),
    # a headline's colon quote, then the body
    ("Minister: ‘We will not back down’\n\nThe labour minister told the assembly that the reform would go ahead.",
     "told", "The labour minister", "the reform would go ahead"),
    # tweeted, posted on Facebook, told the BBC, said in a video message
    ("The senator tweeted that the vote had been “rigged from the start.”", "tweeted", "The senator",
     "the vote had been"),
    ("The club posted on Facebook that Saturday’s match had been postponed.", "posted", "The club",
     "Saturday’s match had been postponed"),
    ("Opposition leader Grace Mensah told the BBC her party would boycott the vote.", "told",
     "Opposition leader Grace Mensah", "her party would boycott the vote"),
    ("President Alvarez said in a video message that the country would rebuild.", "said", "President Alvarez",
     "the country would rebuild"),
    ("In a post on X, the minister wrote that the figures were “simply wrong.”", "wrote", "the minister",
     "the figures were"),
    ("Mr Kiptoo, who spoke during a church service in Nyeri, said the Government would pay the arrears by June.",
     "said", "Mr Kiptoo, who spoke during a church service in Nyeri,", "the Government would pay the arrears"),
    ("The ISPR said in a statement that two soldiers were martyred in the exchange of fire.", "said", "The ISPR",
     "two soldiers were martyred"),
    ("Addressing a ceremony in Lahore, the prime minister said the country would not default.", "said",
     "the prime minister", "the country would not default"),
    ("Palace Press Officer Clarissa Manalo said in a briefing that the order took effect immediately.", "said",
     "Palace Press Officer Clarissa Manalo", "the order took effect immediately"),
    ("Te Whatu Ora said the outbreak was contained to one ward.", "said", "Te Whatu Ora",
     "the outbreak was contained to one ward"),
    ("Conservative Leader Pierre Lamont told reporters on Parliament Hill that the carbon tax had failed.", "told",
     "Conservative Leader Pierre Lamont", "the carbon tax had failed"),
    ("Tory MP Jack Hurst blasted the plans as “absolute madness”.", "blasted", "Tory MP Jack Hurst", "absolute madness"),
    ("A pal told The Sun: “He hasn’t stopped smiling since the wedding.”", "told", "A pal",
     "He hasn’t stopped smiling"),
    ("According to a news release from the Marion County Sheriff’s Office, the driver was taken to a hospital.",
     "According to", "a news release from the Marion County Sheriff’s Office", "the driver was taken to a hospital"),
    ("“Our customers deserve faster service,” said Dana Whitfield, Vice President of Operations, Brightline Logistics.",
     "said", "Dana Whitfield, Vice President of Operations, Brightline Logistics", "Our customers deserve faster service"),
    ("11:58am: Labour’s deputy leader has told Sky News the party would scrap the cap.", "told",
     "Labour’s deputy leader", "the party would scrap the cap"),
    ("The actor wrote on Instagram that he was “taking time away” to recover.", "wrote", "The actor",
     "he was"),
    ("The councillor said in a video posted on Facebook that she would appeal the ruling.", "said", "The councillor",
     "she would appeal the ruling"),
    ("Health Secretary Wes Dale told the BBC’s Today programme that waiting lists were falling.", "told",
     "Health Secretary Wes Dale", "waiting lists were falling"),
    ("The mayor tweeted: “Roads are closed. Please stay home tonight.”", "tweeted", "The mayor",
     "Roads are closed"),
    # ---- 2026-12-03: the errors of whole made-up articles (tests/data/house_articles: Kyodo, DW, Gulf daily,
    # Xinhua, PTI, Malaysian, Jamaican, Ghanaian, financial wire, science release, football, court, live blog)
    # a passive verb inside the clause of a frame that ends the sentence is a word of the content
    ("Swells of two metres were observed at Napier harbour, the national broadcaster reported.", "reported",
     "the national broadcaster", "Swells of two metres were observed at Napier harbour"),
    ("An agreement could be announced later this month, they said.", "said", "they",
     "An agreement could be announced later this month"),
    # a report's finding after a comma ("finding_sources.tsv"), a speech verb that ends the sentence
    ("Coral cover on the northern reef fell by a third in two years, a survey by the marine park authority has "
     "found.", "found", "a survey by the marine park authority", "Coral cover on the northern reef fell by a third"),
    ("Smaller classes do not always raise test scores, the authors caution.", "caution", "the authors",
     "Smaller classes do not always raise test scores"),
    # a common noun phrase with a relative clause after an inverted cue (financial wire, health copy)
    ("The bank is preparing to cut its dividend for the first time in a decade, said the people, who asked not to "
     "be identified because the talks are private.", "said",
     "the people, who asked not to be identified because the talks are private",
     "The bank is preparing to cut its dividend"),
    ("“I came in at 8am with chest pains and was only seen after lunch,” said a 62-year-old retiree who wanted to "
     "be known only as Tan.", "said", "a 62-year-old retiree", "I came in at 8am with chest pains"),
    # a content runs over a relative clause's verb and over a stray cue with neither source nor content
    ("The Education Minister said the new posts, which had been approved by the Public Service Commission, would "
     "be filled in stages beginning in June.", "said", "The Education Minister",
     "the new posts, which had been approved by the Public Service Commission, would be filled in stages"),
    ("Rovers boss Ian Moss was furious with the decision, arguing Daniels had pushed defender Sam Reid before "
     "shooting.", "arguing", "Rovers boss Ian Moss", "Daniels had pushed defender Sam Reid before shooting"),
    # "said X but cautioned Y": the second speech verb is an attribution of its own, with the same source
    ("The agency's chief forecaster, Dr Ann Moyo, said the dry spell was expected to end in March but cautioned "
     "farmers against planting before the rains had returned.", "cautioned",
     "The agency's chief forecaster, Dr Ann Moyo,", "farmers against planting before the rains had returned"),
    # a speech verb in a relative aside with nothing reported ("who announced this at a durbar")
    ("Mr Kwabena Asante-Darko, the Regional Manager of the Authority, who announced this at a durbar of farmers at "
     "Sefwi Wiawso, said the exercise formed part of a national programme to rehabilitate 150,000 hectares of "
     "diseased farms.", "said",
     "Mr Kwabena Asante-Darko, the Regional Manager of the Authority, who announced this at a durbar of farmers at "
     "Sefwi Wiawso,", "the exercise formed part of a national programme"),
    # a wire dateline before a content that opens the article's first sentence
    ("OSAKA (Kyodo) -- The prefectural government will expand earthquake evacuation drills next spring after a "
     "magnitude 5.8 quake off Kii Peninsula exposed gaps in local warning systems, Governor Keiko Mori said Tuesday.",
     "said", "Governor Keiko Mori", "The prefectural government will expand earthquake evacuation drills"),
    # a quotation of two sentences closed by "?" before a named speaker: one sentence, one attribution
    ('Opposition spokesman on health Carl Bryan said the plan had come "far too late".\n\n"The nurses warned in '
     'March that this would happen. What did the ministry do with that warning?" Bryan asked.', "asked", "Bryan",
     "What did the ministry do with that warning?"),
    # a "that" clause after a cue and its listener is that cue's, not the nearer nested cue's
    ("Morgan told The Observer that she had paid close to $12,000 for repairs to the roof since June, money she said "
     "she would never see again.", "told", "Morgan", "she had paid close to $12,000 for repairs to the roof"),
    # second contact (house_articles 14-16): a participle clause after "said on Friday" is not the content;
    # "say little about" is no cue inside another's content
    ("Repairs to the Kowloon pier will take at least another month, the Marine Department said on Friday, leaving "
     "hundreds of commuters to rely on crowded buses.", "said", "the Marine Department",
     "Repairs to the Kowloon pier will take at least another month"),
    ("The Chamber of Commerce argues that the figures say little about shops, farms or building sites, where work "
     "cannot simply be squeezed into fewer hours.", "argues", "The Chamber of Commerce",
     "the figures say little about shops, farms or building sites"),
    # round 2 (house_articles 25-33): a relative aside holding an apposition of its own ("represented by his
    # deputy, Mrs X,") is no speaker; "thanked the governor but said": the speaker of the first verb; "dismissed
    # the report and said": the second verb is an attribution of its own; "according to X, a move that …"
    ("The commissioner, who was represented by the permanent secretary, Dr Bola Ajayi, said the roads would be "
     "completed in March.", "said", "The commissioner, who was represented by the permanent secretary, Dr Bola Ajayi,",
     "the roads would be completed in March"),
    ("Reacting, the chairman of the traders' association, Alhaji Bello Garba, commended the council but said the "
     "market levy was still too high.", "said", "Alhaji Bello Garba", "the market levy was still too high"),
    ("Talking to reporters, a K-Electric spokesperson rejected the allegation and said all bills were issued on "
     "time.", "said", "a K-Electric spokesperson", "all bills were issued on time"),
    ("Shares of the firm fell 8 percent on Friday, according to exchange data, a drop that wiped out a year of "
     "gains.", "according to", "exchange data", "Shares of the firm fell 8 percent on Friday"),
]


def test_a_noun_phrase_content_stops_before_and_said():
    text, atts = tag("Talking to reporters, a utility spokesperson rejected the allegation and said all bills were "
                     "issued on time.\n")
    assert content_of(text, with_cue(atts, "rejected")) == ""  # a named speech act, no content (attr4)
    assert content_of(text, with_cue(atts, "said")) == "all bills were issued on time"
    text, atts = tag("Some of her fans attacked her accent and even questioned her roots.\n")
    assert content_of(text, with_cue(atts, "attacked")) == "her accent"


def test_according_to_after_a_passive_participle_is_no_cue():
    # "in accordance with", not who said so; with a comma ("be trusted, according to the Times") it stays a cue
    _, atts = tag("Fees are calculated according to household income, the council said.\n")
    assert not [a for a in atts if "according" in a.cue.text], [a.cue.text for a in atts]
    _, atts = tag("The bills were issued according to the tariff notified by the regulator.\n")
    assert not [a for a in atts if "according" in a.cue.text], [a.cue.text for a in atts]
    _, atts = tag("Some 300 people were deported, according to an immigration spokeswoman.\n")
    assert [a for a in atts if "according" in a.cue.text]
    _, atts = tag("Three people were arrested according to police.\n")  # a source, not a manner noun
    assert [a for a in atts if "according" in a.cue.text and a.source is not None and a.source.text == "police"]


@pytest.mark.parametrize("body", [
    "But in July 2012, Patriot failed as predicted.",        # a verb clause before the cue, not its subject
    "Republicans now control both chambers in 30 states.",  # a noun that is a cue word as a verb
])
def test_no_sentence_final_frame_cue(body):
    _, atts = tag(body + "\n")
    assert not [a for a in atts if a.cue.text in ("predicted", "states")], \
        [(a.cue.text, a.source and a.source.text) for a in atts]


@pytest.mark.parametrize("body", [
    'According to the charge sheet, the accused issued fake receipts bearing the stamp of the municipal office and '
    'even held "interviews" at a rented flat in Kanpur.',
])
def test_a_participle_after_a_determiner_is_no_cue(body):
    _, atts = tag(body + "\n")
    assert [a.cue.text for a in atts] == ["According to"]


@pytest.mark.parametrize("opening,rest", [
    ("TOKYO (Kyodo) -- ", "The"), ("KUNMING, Dec. 2 (Xinhua) -- ", "Southwest"), ("Lucknow, Dec 2 (PTI) ", "Three"),
    ("SAN FRANCISCO (Continental Wire) — ", "Shares"), ("CHENNAI: ", "The"),
    ("", "Mr Smith (Labour) said"), ("", "The government (Tokyo) -- said"),
])
def test_wire_datelines(opening, rest):
    from newslib.tagging.attributions import _DATELINE
    m = _DATELINE.match(opening + rest)
    assert (m.group(0) if m else "") == opening


@pytest.mark.parametrize("body,verb", [
    ("Rival Northgate Mining last quarter wrote down the value of its copper assets by 800 million dollars.", "wrote"),
    ("Vestholm Power wrote off two projects last year.", "wrote"),
])
def test_a_verb_with_a_particle_of_non_cue_particles_is_no_cue(body, verb):
    _, atts = tag(body + "\n")
    assert not [a for a in atts if verb in a.cue.text], [a.cue.text for a in atts]


def test_an_anonymity_participle_after_the_cue_is_no_attribution():
    text, atts = tag('"They opened fire on the market and then drove off," the official said, asking not to be named '
                     'for security reasons. "Nobody could stop them."\n')
    assert [a.cue.text for a in atts] == ["said"]
    assert "Nobody could stop them." in content_of(text, atts[0])


def test_but_and_a_speech_verb_ends_the_first_content():
    text, atts = tag("The agency's chief forecaster, Dr Ann Moyo, said the dry spell was expected to end in March "
                     "but cautioned farmers against planting before the rains had returned.\n")
    said = with_cue(atts, "said")
    assert content_of(text, said) == "the dry spell was expected to end in March"


@pytest.mark.parametrize("body,cue,source,content", HOUSE_STYLES)
def test_house_styles_of_other_countries(body, cue, source, content):
    text, atts = tag(body + "\n")
    found = [a for a in atts if cue in a.cue.text and a.source is not None and a.source.text == source]
    assert found, [(a.cue.text, a.source and a.source.text) for a in atts]
    assert content in content_of(text, found[0])


def test_apposition_head_after_a_quotation_is_the_source_not_content():
    text, atts = tag('"He was a gentle soul," his sister, Mary Wanjiku, told the Standard. "We will miss him every '
                     'day."\n')
    a = with_cue(atts, "told")
    assert a.source is not None and a.source.text == "his sister, Mary Wanjiku,"
    assert content_of(text, a) == '"He was a gentle soul," … "We will miss him every day."'


def test_the_question_after_asked_is_not_the_answer():
    text, atts = tag("The Prime Minister has arrived in Brussels. Asked by reporters whether a deal was close, he "
                     "said: “We are not there yet.”\n")
    a = with_cue(atts, "said")
    assert a.source is not None and a.source.text == "he"
    assert content_of(text, a) == "“We are not there yet.”"


@pytest.mark.parametrize("body,cue,source", [
    ("Trump has called climate change a hoax perpetrated by China to hurt U.S. manufacturing.", "called", "Trump"),
    ("During a campaign stop in Onawa, Iowa, the Republican presidential candidate repeated his promise.",
     "repeated", "the Republican presidential candidate"),
])
def test_the_passive_and_apposition_rules_leave_these_alone(body, cue, source):
    _, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


@pytest.mark.parametrize("sentence,cue,expected", [
    ("Charter schools were promoted by Governor Ella Park.", "promoted by", "promoted"),
    ("Trump responded by attacking the moderator.", "responded by", "responded"),
    ("The minister will resign, as reported by Reuters.", "as reported by", "as reported by"),
])
def test_cue_ends_before_a_final_by(sentence, cue, expected):
    from newslib.tagging.attributions import Draft, _cue_without_final_by
    s = tokenize_text(sentence)[0]
    c = sentence.index(cue)
    d = Draft(0, 0, (c, c + len(cue)))
    _cue_without_final_by(s.tokens, [t.start for t in s.tokens], [d])
    assert sentence[d.cue[0]:d.cue[1]] == expected


@pytest.mark.parametrize("body,cue,source", [
    ("Other major unions, including the teachers’ federation and the nurses’ union, have also endorsed the plan.",
     "endorsed", "Other major unions, including the teachers’ federation and the nurses’ union,"),
    ("Proponents, including the Conference of Mayors, say the program creates jobs.", "say",
     "Proponents, including the Conference of Mayors,"),
])
def test_an_including_aside_before_the_cue_is_the_sources(body, cue, source):
    _, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


def test_a_passive_agent_may_be_a_possessive_but_not_an_act():
    text, atts = tag("The Chinese were also swayed by Mr. Obama's announcement in 2014 of his regulations.\n")
    assert all(a.source is None or "announcement" not in a.source.text for a in atts)


# ---- 2026-12-03, branch attr4: "rejected claims its fund has stalled": the content is the claim's clause -------
@pytest.mark.parametrize("body,cue,source,content", [
    ("The federal government has rejected claims its regional housing fund has stalled.", "has rejected",
     "The federal government", "its regional housing fund has stalled"),
    ("The ministry denied reports that two of its officials had been detained at the border.", "denied",
     "The ministry", "two of its officials had been detained at the border"),
    ("Club chairman Owen Pryde dismissed suggestions that the manager's job was under threat.", "dismissed",
     "Club chairman Owen Pryde", "the manager's job was under threat"),
    ("The company on Monday rejected allegations that it had misled investors about its debts.", "rejected",
     "The company", "it had misled investors about its debts"),
    ("Police have denied claims that officers used tear gas on peaceful protesters.", "have denied", "Police",
     "officers used tear gas on peaceful protesters"),
    ("Ms Oduya dismissed speculation she would stand for the party leadership next year.", "dismissed", "Ms Oduya",
     "she would stand for the party leadership next year"),
    ("The embassy flatly denied rumours that the ambassador had been recalled.", "flatly denied", "The embassy",
     "the ambassador had been recalled"),
    ("The federal government has rejected claims its $8 billion fund has stalled, after figures showed fewer than "
     "600 homes had been approved.", "has rejected", "The federal government", "its $8 billion fund has stalled"),
])
def test_rejected_claims_content_is_the_claims_clause(body, cue, source, content):
    from newslib.tagging.tagger import tag as tag_article
    t = tag_article(Article.from_text(TITLE + body + "\n"))
    a = next(a for a in t.attribution_records if a.cue.text == cue)
    assert a.source is not None and a.source.text == source
    assert a.content is not None and a.content.text == content
    assert a.kind == "rejection"


@pytest.mark.parametrize("body,content", [
    ("The firm denied the claims that were made in the documentary.",  # a relative clause on the noun
     "the claims that were made in the documentary"),
    # no clause of its own: a denied charge is the content, without the time (branch attr14; PolNeAR train annotates
    # "denied the charges" with the noun phrase for content)
    ("The senator denied the charge on Tuesday.", "the charge"),
])
def test_rejected_claim_without_a_clause_takes_no_clause(body, content):
    text, atts = tag(body + "\n")
    assert content_of(text, with_cue(atts, "denied")) == content


# a rejection of a named speech act ("rejected the accusation") reports no words: source and cue, no content (the
# guideline's speech acts without content); a rejected thing keeps its noun phrase, as PolNeAR annotates it, and so
# does a denied charge ("The senator denied the charge.": content "the charge", tests/test_attribution_scope11.py)
@pytest.mark.parametrize("body,cue,source", [
    ("The minister rejected the accusation in a statement on Tuesday.", "rejected", "The minister"),
    ("Mr Okafor dismissed the criticism from opposition lawmakers.", "dismissed", "Mr Okafor"),
    ("The club has denied the reports.", "has denied", "The club"),
    ("Talking to reporters, a utility spokesperson rejected the allegation and said all bills were issued on time.",
     "rejected", "a utility spokesperson"),
])
def test_rejected_speech_act_has_no_content(body, cue, source):
    from newslib.tagging.tagger import tag as tag_article
    t = tag_article(Article.from_text(TITLE + body + "\n"))
    a = next(a for a in t.attribution_records if a.cue.text == cue)
    assert a.source is not None and a.source.text == source
    assert a.content is None and a.kind == "rejection"


@pytest.mark.parametrize("body,cue,content", [
    ("The union rejected the offer on Friday.", "rejected", "the offer"),
    ("The mayor denied any wrongdoing.", "denied", "any wrongdoing"),
    ('The company has dismissed the report as "pure fiction".', "dismissed", '"pure fiction"'),
])
def test_rejected_thing_keeps_its_noun_phrase(body, cue, content):
    text, atts = tag(body + "\n")
    assert content in content_of(text, with_cue(atts, cue))


# ---- a series of verb phrases between the speaker and the speech verb ("turned to reporters and said") ------
@pytest.mark.parametrize("body,cue,source,content", [
    ("He just looked at me and said, 'Then make it.'", "said", "He", "Then make it."),
    ('Ms Varga paused, smiled and added: "We are not finished yet."', "added", "Ms Varga", "We are not finished yet."),
    ("The chairwoman stood up, thanked the volunteers and announced that the fair would return next year.",
     "announced", "The chairwoman", "the fair would return next year"),
    ("She leaned forward, lowered her voice and said the deal was dead.", "said", "She", "the deal was dead"),
    ('The goalkeeper picked himself up, dusted off his gloves and said: "That one is on me."', "said",
     "The goalkeeper", "That one is on me."),
    ("The judge rubbed his chin, and then said something very strange.", "said", "The judge",
     "something very strange"),
])
def test_speaker_before_a_series_of_verb_phrases(body, cue, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content in content_of(text, a)


def test_a_verb_of_the_series_is_no_cue_holding_the_speech():
    text, atts = tag('Ms Varga paused, smiled and added: "We are not finished yet."\n')
    assert [a.cue.text for a in atts] == ["added"]


# ---- legal acts and accusations: PolNeAR annotates them, the unseen-news guideline does not; they stay
# attributions (dropping them lowered PolNeAR dev) with a claim kind a user can filter --------------------------
@pytest.mark.parametrize("body,cue,kind", [
    ("Craig Munro, 34, pleaded guilty to assaulting a taxi driver.", "pleaded guilty", "legal"),
    ("Ms Bello, 52, pleaded not guilty to two counts of fraud.", "pleaded", "legal"),
    ("Gareth Pryce, 41, denies theft and money laundering.", "denies", "legal"),
    ("Neither the mayor nor her aides have been charged with any crime.", "charged", "legal"),
    ("He accused the minister of \"hiding behind process.\"", "accused", "accusation"),
    ("The opposition accused the government of misleading parliament.", "accused", "accusation"),
    ("Mr Quiros was accused of using $50 million for personal expenses.", "accused", "accusation"),
    # not legal acts: an accusation with a clause is speech, a denial of no crime a rejection, "the accused" a noun
    ("Tom Fitton charged that the senator hid the documents from the public.", "charged", "statement"),
    ("The spokesman denied any wrongdoing.", "denied", "rejection"),
    ('Sheriff Alastair Carmichael told the accused: "Taxi drivers provide a vital service."', "told", "statement"),
])
def test_legal_acts_and_accusations_have_kinds_of_their_own(body, cue, kind):
    from newslib.tagging.tagger import tag as tag_article
    t = tag_article(Article.from_text(TITLE + body + "\n"))
    a = next(a for a in t.attribution_records if cue in a.cue.text)
    assert a.kind == kind


# ---- PolNeAR dev's largest class of missed cues that is speech: a verb of saying after the object of another
# verb ("criticized the contract and called for an audit", "responded ... by saying ...") ---------------------
@pytest.mark.parametrize("body,first,cue,source,content", [
    ("The mayor has repeatedly criticized the bus contract and called for a full audit of the transit authority.",
     "criticized", "called for", "The mayor", "a full audit of the transit authority"),
    ("The union has condemned the closures, which affect 400 workers, and called on the government to intervene.",
     "condemned", "called on", "The union", "the government to intervene"),
    ("The club's owner answered the protesters by saying the stadium would not be sold.", "answered", "saying",
     "The club's owner", "the stadium would not be sold"),
    ("The envoy met the rebel commanders on Sunday and said a ceasefire could hold through the winter.", "met",
     "said", "The envoy", "a ceasefire could hold through the winter"),
])
def test_speech_verb_after_the_object_of_another_verb(body, first, cue, source, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content_of(text, a) == content
    assert all(cue not in content_of(text, o) for o in atts if first in o.cue.text)


# "call X “…”" with a quoted description after another verb's object (PolNeAR train's most missed "calling")
@pytest.mark.parametrize("body,first,cue,content", [
    ("The minister defended the budget on Tuesday, calling it “a plan for working families.”", "defended",
     "calling", "it “a plan for working families.”"),
    ("The coach praised his young striker, calling him “the best finisher I have ever worked with.”", "praised",
     "calling", "him “the best finisher I have ever worked with.”"),
    ('The senator attacked the governor\'s record, calling him "a failure on every front."', "attacked", "calling",
     'him "a failure on every front."'),
])
def test_calling_with_a_quoted_description_after_an_object(body, first, cue, content):
    text, atts = tag(body + "\n")
    a = with_cue(atts, cue)
    assert content_of(text, a) == content
    assert a.source is not None and a.source.text == with_cue(atts, first).source.text
    assert "calling" not in content_of(text, with_cue(atts, first))


def test_calling_out_is_no_quoted_description():
    text, atts = tag("The campaign said it expects the moderator to insert himself into the debate by calling out "
                     "the senator for his “lies” on trade.\n")
    assert not [a for a in atts if a.cue.text == "calling"]


# ---- a cue inside a relative clause set off by commas reports up to its closing comma; the main verb after it
# takes the noun phrase before ", who" ("Mr. Obama, who understood that ..., told his advisers to ...") -------
@pytest.mark.parametrize("body,cue,source,content,relative", [
    ("The governor, who conceded that the rollout had been slow, told lawmakers that every clinic would be open by "
     "June.", "told", "The governor", "every clinic would be open by June", "the rollout had been slow"),
    ("The minister, who said last week that the talks had stalled, told parliament on Tuesday that a deal was close.",
     "told", "The minister", "a deal was close", "the talks had stalled"),
    ("The chief executive, who announced in March that 300 jobs would go, said further cuts were not planned.",
     "said", "The chief executive", "further cuts were not planned", "300 jobs would go"),
    ("Mr. Haddad, who warned in January that reserves were running low, urged farmers to plant drought-resistant "
     "seed.", "urged", "Mr. Haddad", "farmers to plant drought-resistant seed", "reserves were running low"),
])
def test_main_verb_after_a_relative_clause_with_its_own_cue(body, cue, source, content, relative):
    text, atts = tag(body + "\n")
    a = next(a for a in atts if a.cue.text == cue)
    assert a.source is not None and a.source.text == source
    assert content in content_of(text, a)
    inner = next(o for o in atts if o.source is not None and o.source.text == "who")
    assert relative in content_of(text, inner) and content not in content_of(text, inner)


# "has argued for years that ...": a length of time after the verb is neither cue nor content
@pytest.mark.parametrize("body,cue,content", [
    ("Ms Petrova has argued for years that the tax is unfair.", "has argued", "the tax is unfair"),
    ("Environmental groups have warned for months that the river is dying.", "have warned", "the river is dying"),
    ("The company has said for weeks that no jobs are at risk.", "has said", "no jobs are at risk"),
    ("Residents have complained for decades that the road floods every winter.", "have complained",
     "the road floods every winter"),
])
def test_a_duration_after_the_cue_is_neither_cue_nor_content(body, cue, content):
    text, atts = tag(body + "\n")
    a = atts[0]
    assert a.cue.text == cue and content_of(text, a) == content



def test_a_relative_clause_set_off_by_commas_keeps_its_own_source():
    text, atts = tag("The farmers, who had travelled from three provinces, said the prices were unfair.\n")
    a = with_cue(atts, "said")
    assert a.source is not None and a.source.text.startswith("The farmers")
    assert "prices were unfair" in content_of(text, a)
