"""The triggers of the attribution passes (``attributions._TRIGGERS``): a pass runs only on a sentence that holds
one of the words its code tests first. Each trigger is read from the pass's own source; the passes are skipped
without their words, and the gated passes give the same attributions as all of them run on every sentence, on
made-up sentences where each gated pass changes something."""
from __future__ import annotations

import inspect
import re

import pytest

import newslib.tagging.attributions as A
from attribution_cases import tag
from newslib.tokenize import tokenize_text

PASSES = A._passes  # the module's own, before a test replaces it


def _constants_holding(word: str) -> list[str]:
    """The module's word sets (``_COORD``, ``_TELL``, …) that hold ``word``."""
    return [n for n, v in vars(A).items() if re.fullmatch(r"_[A-Z][A-Z_]*", n) and isinstance(v, frozenset)
            and word in v]


@pytest.mark.parametrize("name", sorted(A._TRIGGERS))
def test_every_trigger_is_a_word_its_pass_tests(name):
    source = inspect.getsource(getattr(A, name))
    for word in A._TRIGGERS[name]:
        assert f'"{word}"' in source or any(re.search(rf"\b{c}\b", source) for c in _constants_holding(word)), \
            f"{name}: its trigger {word!r} is no word its code compares a token with"


def test_every_trigger_names_a_pass_of_refine():
    _, steps = A._passes()
    assert set(A._TRIGGERS) <= {getattr(run, "__name__", None) for run, _, _ in steps}
    # (a pass that runs twice in the order, such as _split_participle_cues, is gated both times by one entry)
    assert {getattr(run, "func", run).__name__ for run, _, t in steps if t is not None} == set(A._TRIGGERS)


def _steps(gated: bool, fired: set | None = None) -> tuple:
    """``_passes()`` with its passes gated or all of them run on every sentence; each records in ``fired`` its name
    when it changed the sentence's drafts."""
    getters, steps = PASSES()
    out = []
    for run, args, triggers in steps:
        def step(*a, run=run):
            drafts = next(x for x in a if isinstance(x, list) and (not x or isinstance(x[0], A.Draft)))
            before = repr(drafts)
            run(*a)
            if fired is not None and repr(drafts) != before:
                fired.add(getattr(run, "__name__", ""))
        out.append((step, args, triggers if gated else None))
    return getters, tuple(out)


@pytest.fixture
def passes(monkeypatch):
    """Sets the passes ``_refine`` runs: ``passes(gated, fired)``."""
    def use(gated: bool, fired: set | None = None):
        steps = _steps(gated, fired)
        monkeypatch.setattr(A, "_passes", lambda: steps)

    return use


def _count_pass_calls(monkeypatch, calls: list) -> None:
    """Run every pass as it is, each call's pass name appended to ``calls``."""
    def counted(run):
        def step(*a):
            calls.append(getattr(run, "__name__", ""))
            run(*a)
        return step

    getters, steps = PASSES()
    counting = getters, tuple((counted(run), args, triggers) for run, args, triggers in steps)
    monkeypatch.setattr(A, "_passes", lambda: counting)


def test_a_pass_runs_only_on_a_sentence_with_its_trigger(monkeypatch):
    calls = []

    _count_pass_calls(monkeypatch, calls)
    tag("The plan was promoted to the council as a cure for congestion, the mayor said.\n")
    assert calls and "_cue_without_final_by" not in calls and "_passive_agent_source" not in calls
    assert "_trim_sources" in calls  # a pass without triggers runs on every sentence
    calls.clear()
    tag("The plan was promoted by the mayor as a cure for congestion, the council said.\n")
    assert "_cue_without_final_by" in calls and "_passive_agent_source" in calls


SPEED9_GATED = ("_speech_verb_after_restrictive_relative", "_subject_with_restrictive_relative",
                "_main_speech_content_after_relative", "_coordinated_speech_subject", "_question_after_the_listener",
                "_content_from_its_that", "_drop_cues_in_relative_asides", "_purpose_infinitive_in_content",
                "_content_after_time_phrase", "_that_clause_to_its_verb", "_content_without_dangling_opener",
                "_content_to_final_frame", "_final_frame_content_with_its_subject", "_inverted_speech_cue",
                "_apposition_speaker_after_partitive", "_apposition_head_after_quotation",
                "_source_after_participle_opener", "_source_after_opening_phrase", "_quote_before_bare_cue")


def test_the_passes_gated_in_speed9_skip_a_sentence_without_their_words(monkeypatch):
    calls = []

    _count_pass_calls(monkeypatch, calls)
    # no comma or colon, no "who", "which", "and", "but", "that", "to", "if", "of", no other clause opener
    tag("The mayor said the pool would stay open.\n")
    assert calls and not set(SPEED9_GATED) & set(calls)
    calls.clear()
    tag("The mayor, who said in May that the fund was empty, told councillors and parents if and how the pool "
        "of the town would stay open to swimmers: but which one.\n")
    assert set(SPEED9_GATED) <= set(calls)


# sentences on which each gated pass changes the drafts, when the passes all run on every sentence
SENTENCES = [
    "The Chamber of Commerce argues that the figures say little about shops, farms or building sites, where work "
    "cannot simply be squeezed into fewer hours.",
    "Fees are calculated according to household income, the council said.",
    "Cash-in-transit robberies rose by 14% last year, according to police crime statistics.",
    "'It's a disaster,' says it all.",
    "Putin was quoted by state news agency RIA as saying the talks had been “useful”.",
    "Ramaphosa's spokesperson, Vincent Magwenya, said the president would address the nation on Sunday evening.",
    "The bodies, authorities said, did not appear to have been moved.",
    "The Education Minister said the new posts, which had been approved by the Public Service Commission, would be "
    "filled in stages beginning in June.",
    "It also does not answer whether the driver had a gun, as police have said.",
    "The official, speaking on condition of anonymity because he was not authorised to talk to the media, said talks "
    "would resume next week.",
    "Silva, who had been on the pitch for an hour, said the team had lost its way.",
    "Premier Dominic Walsh said the border would reopen on Friday, but warned that masks would remain compulsory on "
    "public transport.",
    "The decision was welcomed by the Kenya Medical Association, which had warned of a strike.",
    "Holt leaned in heavy and often, painting his rival as a fraud.",
    "Other major unions, including the teachers’ federation and the nurses’ union, have also endorsed the plan.",
    "Asked by reporters whether a deal was close, he said: “We are not there yet.”",
    "Talking to reporters, a K-Electric spokesperson rejected the allegation and said all bills were issued on time.",
    "Hill on Monday told staff the plant would close.",
    "The registration issue was first reported by The Washington Post.",
    "The federal government has rejected claims its regional housing fund has stalled.",
    'Ms Varga paused, smiled and added: "We are not finished yet."',
    "The mayor has repeatedly criticized the bus contract and called for a full audit of the transit authority.",
    "The governor, who conceded that the rollout had been slow, told lawmakers that every clinic would be open by "
    "June.",
    "An official at one of the lead managers, who did not wish to be identified, said the company had been advised "
    "to cut the size of the issue.",
    "The court heard the case. Justice Mara Quell asked whether the court needed to decide the question at all, "
    "adding that the officers had relied in good faith on a warrant approved by a judge.",
    "Ms Petrova has argued for years that the tax is unfair.",
    "Merrill says Machado promised the board a full audit and said the accounts were in order.",
    "Often, it appeared that the council was unable to explain the overspend.",
    "The road was closed for three hours, said fire service officials.",
    "Mr Kofi Boateng, the District Officer of the Service, who announced this at a forum of traders at Kumasi, said "
    "the exercise formed part of a national programme.",
    "Commuters who were stranded at the station on Monday complained that no buses came.",
    "Many teachers are not fond of the new curriculum but do not want another overhaul this year.",
    "The delegates are expected to vote on Monday.",
    # round 6 (branch attr7): _posted_on_page, _anonymity_request, _case_asking, _argue_with_someone,
    # _participle_after_quoted_comma, _speech_after_subordinator
    "The charity posted on its Facebook page that the shelter would close in March.",
    "One shareholder said the price was too high, and asked not to be named because talks were continuing.",
    "The justices on Monday heard a case asking whether police need a warrant to read a phone's location data.",
    "They argue with me about everything, which is good.",
    'One EU diplomat said the draft "buys time but solves nothing," adding that a deal was unlikely.',
    "EU diplomats failed on Wednesday to agree on a proposal to cap emissions from ferries after four countries "
    "demanded an exemption for island routes.",
    # branch cue7: _speech_verb_after_object (the "and called for" sentence above is now taken earlier by
    # _coordinated_cue_keeps_source), _coordinated_source_follows, _say_idiom_cues,
    # _according_to_after_clause
    "The senator defended the budget, calling it “a plan for families”.",
    # _participle_after_content_comma now splits the sentence above before _speech_verb_after_object reads it
    # (branch polnear18), and _coordinated_speech_verb_in_content the "and said" after an object with a relative
    # clause (branch attr19); a speech verb's "-ing" form after "by" is still that pass's
    "Hale supported Democrats during his time on the network, which let him go, and said he did not support the "
    "mayor.",
    "The senator countered on Sunday by suggesting four other dates for the debate.",
    # branch polnear18: _main_cue_after_relative_aside
    "Ruiz, who has long expressed her admiration for the mayor, recently ordered up a legal review of the election "
    "rules.",
    "Okafor's family has called on the council to publish the report \"for the sake of openness\" and called on "
    "neighbours to stay calm.",
    "Let's say a family expects the fees to reach $90,000 by the time its twins finish school.",
    "Police have said they will not release the camera footage of the arrest, according to lawyers for the family.",
    # round 7 (branch attr8): _source_before_time_word, _told_listener_after_clause,
    # _told_frame_inside_content, _according_to_source_without_content, _speech_after_modal_content, _heard_saying
    "Officer Dana Whitcombe shot dead Marcus Leland in Fenwick, Nebraska, arguing that he had reached for a gun.",
    "Corvane Mills, a maker of paper towels, today announced that it would close its plant in Dayton.",
    "The town wants to ban cars from the centre, councillor Rita Moss told the local paper on Friday.",
    "Air quality is poor. The municipality of Utrecht wants to ban wood-burning stoves in all newly built homes from "
    "2028, alderman Lotte van Rijswijk told the NOS on Wednesday.",
    "The city also wants to give residents a subsidy of up to 500 euros to replace an old stove, according to a "
    "council letter seen by the broadcaster.",
    'The works council said it would fight every compulsory redundancy and called the plan "a slap in the face."',
    "The coach was heard saying that the referee had lost control.",
    # branch speed9: _subject_with_restrictive_relative, _question_after_the_listener,
    # _main_speech_content_after_relative, _content_from_its_that, _purpose_infinitive_in_content,
    # _coordinated_speech_subject (_speech_verb_after_restrictive_relative and _drop_cues_in_relative_asides fire
    # on sentences above)
    "Residents who had waited for hours praised the rescue crews, saying the water rose within minutes.",
    "The inspector asked workers if they planned to attend the meeting.",
    "The mayor, who said in May that the fund was empty, told councillors the pool would stay open.",
    "The minister, who said last week that the budget was tight, told parliament no school would close.",
    "The headteacher said she had written to the council twice since June to warn that the roof was leaking.",
    "Reacting, the head of the fishermen's union, Kojo Mensah, commended the ministry but said the ban came too "
    "late.",
    # branch speed9, second set: _content_after_time_phrase, _content_without_dangling_opener,
    # _content_to_final_frame, _final_frame_content_with_its_subject, _inverted_speech_cue,
    # _apposition_speaker_after_partitive (_that_clause_to_its_verb fires on a sentence above)
    "Moreno said on Tuesday the house that she built would be sold.",
    "The coach has praised the squad's work rate, which the players said had improved since March.",
    "The port authority plans to delay next month's sale of berth leases by at least two months after three of the "
    "five bidders pulled out, two sources with knowledge of the process said.",
    "The clinic, which treats the poorest patients, supplied the vaccines but had no role in the study, the doctors "
    "said.",
    "Said Okoro: \"We will not give up the field.\"",
    "One of the families that left, the Okafors, told the council the rent had doubled.",
    # branch speed9, third set (a comma): _apposition_head_after_quotation, _source_after_participle_opener,
    # _source_after_opening_phrase, _quote_before_bare_cue
    '"He never missed a shift," his daughter, Ruth Adjei, told the paper.',
    "Responding to queries from The Coast Herald, PUB said it had cleaned the drains.",
    "In a statement, one of the family's lawyers, Kofi Bamberg, said the officers had lied.",
    'The guards opened fire "without any warning," she said.',
    # retrain9 (branch retrain9b): the retrained model (md5 7f82807c) reads the sentences above for these passes
    # as the passes would, so they need sentences of their own: _says_little_about, _speaker_before_asides,
    # _speech_verb_after_anonymity_relative, _content_before_coordinated_predicate, _speech_after_modal_content
    "Critics note that the new figures say little about farms, shops or small builders.",
    "The minister, Hanna Lind, told the BBC that the border would stay closed.",
    "A manager at the bank, who asked not to be named, said the branch would close in June.",
    "The union has called for a pay rise and threatened a strike in March.",
    "The union said it would fight every closure and urged members to stand firm.",
    # branch retrain9b: _unlabelled_subject_with_apposition, _source_after_dateline_colon, _cue_ends_at_said
    "• The chancellor's spokesperson said ministers would meet on Friday to discuss emergency loans.",
    'Galle: Stand-in coach Ravi Silva on Monday said the pitch would "offer little to the seamers" as both sides '
    "prepare for the opening Test.",
    "The 52-year-old’s employer, Brødrene Dahl, tells the newspaper Fædrelandsvennen that the accident was reported at "
    "once and that the crane will be inspected.",
    # branch scope10 (non-speech senses, tests/test_attribution_scope.py): _charge_label_after_noun, _telephone_call,
    # _learned_object, _asked_for_payment, _reaction_with_feeling, _withdrawal_without_object,
    # _question_label_heading, _held_view_without_words
    "The man accused of robbing the Corner Street pharmacy has been remanded in custody.",
    "Residents could not call triple zero from their landlines for most of the night.",
    "He learned the trade in his father's workshop.",
    "The row began when the waiter asked for the bill.",
    "Environmental groups reacted with anger.",
    "Striker Ola Berg withdrew in the first half with a hamstring injury.",
    'WHAT DELANEY IS SAYING — At a breakfast with donors on Monday, Delaney told them the deal was "the best we will '
    'get."',
    "Not everyone is convinced.",
    # round 8 (branch attr9): _source_over_native_script_name, _source_before_relative_aside,
    # _content_around_mid_sentence_frame, _according_to_before_contrast, _anonymity_request_that_clause,
    # _speech_verb_after_quoted_content, _speech_in_object_relative
    "Professor Lee Wan-ting (李婉婷) of Tainan Ocean University cautioned that the reef had lost half its coral.",
    'Okonjo, who had lost only once all season, called the defeat "a lesson in patience" and said her knee hurt.',
    "Brightwell Foods will close its Leeds bakery in June, the company says, and is looking for a buyer for the site.",
    "The most traded metal changed hands at $9,120 a tonne during the Asian morning, according to Refinex data, while "
    "zinc (ZN) dropped 3%.",
    "A porter, who asked that his name not be published, told the paper the lifts had been broken for a week.",
    'The broker said the sell-off was "mostly leverage being unwound" and predicted the yen would find a floor near '
    "160.",
    "The mayor defended the parking fees, which critics say will drive small shops out of the centre.",
    # round 8 (branch attr9), second set: _testified_for_or_against, _instruction_to_report
    "Ruth Okafor, who testified against the zoning bill on Monday, said the county would lose two parks.",
    "Residents can report leaks by calling the water board at 555-0142.",
    # branch source7: _subject_before_asides_with_cues, _subject_of_coordinated_cue
    "Kessler, citing figures from the port authority, said that about 40 ships wait off the coast each week.",
    "Okafor took the stage on Tuesday at a hotel in Leeds and called the system rotten to the core.",
    # branch source7: _relative_pronoun_out_of_inverted_source
    '"People are angry," said Councillor Tom Reyes, who thinks the mayor and her staff need to listen.',
    # branch source7: _participle_subject_after_opening_words
    "Yet by calling out the mayor on the substance of her attack, Okafor occupied a familiar role.",
    # round 9 (branch attr10): _drop_cues_in_anonymity_asides (a self-identifying relative aside)
    "One listener, who identified herself only as Mrs Alleyne from Oistins, said the clinic had closed early.",
    # round 10 (branch attr11): _denial_read_forwards
    "The landlord's son, Piet Olsen, denies starting the blaze.",
    # round 10 (branch attr11): _subject_after_section_label (the sentence opens its paragraph)
    "Nutrition: A displaced father of three at the Kerey market camp told aid workers that children were hungry.",
    # round 10 (branch attr11): _time_phrase_out_of_content
    "The harbour master said yesterday the pier would reopen in March.",
    # round 10 (branch attr11): _source_without_final_time_phrase
    "The Regional Transport Council yesterday announced that fares would rise.",
    # round 10 (branch attr11): _content_without_list_mark (the item opens its line)
    "• Bus fares rise by 10 percent, according to the transport ministry.",
    # round 10 (branch attr11): _place_of_writing_out_of_content
    '"Best day ever," she wrote beneath a photo of the cake.',
    # round 11 (branch attr12): _according_to_name_in_apposition, _final_frame_before_its_setting,
    # _subject_before_questioned_aside, _subject_before_dash_aside
    "According to the harbour master, Liam Doyle, the pier has already cost €3 million to repair.",
    "Profit fell 8 per cent to Dh90 million, the company said in a filing to the exchange on Monday.",
    'Health Minister Ruth Ames, asked about the waiting lists in question time, insisted the plan was "working".',
    "The tenants — three families and a local charity — argued in their petition that the rent had doubled since the "
    "sale.",
    # round 11 (branch attr12): _posted_result
    "Kestrel Foods posted a 14 per cent fall in first-half net profit to $30 million, as weaker demand hit sales.",
    # branch attr14: _adopted_instrument, _speaks_for_a_group, _purpose_of_a_planned_meeting, _struck_blow,
    # _issued_alert
    "Harlow County adopted the rule last spring.",
    "Ruth Amadi speaks for a group of the tenants.",
    "Shares of Norvale closed up 2 per cent. The board will meet on March 3 to discuss the dividend.",
    "A 52-year-old woman was struck by a delivery van on Quay Street.",
    "The Met Office issued 12 flood warnings overnight.",
    # branch speed12: _received_criticism_source, _coordinated_subject_source
    "The harbour board has faced sharp criticism from fishing crews over the new fees.",
    "The parents, teachers and school governors have been demanding a new roof for the gym.",
    # branch cue9: _listener_out_of_told_cue, _be_before_adverb_cue
    "Mayor Jane Rolt told reporters that the bridge would reopen in May.",
    "But the bypass was never mentioned by the board.",
    # round 12 (branch attr13): _speech_nested_in_content, _finding_after_subordinator,
    # _listener_before_that_out_of_content, _content_before_trimmed_frame, _content_keeps_its_closing_bracket,
    # _participle_content_to_clause_end
    "Lena Ortiz told the inquiry that the port authority had warned operators in May that the crane was unsafe.",
    "Two councils were told to repay the grants after an audit found that the money had been spent on consultants.",
    "Dana Holt, a broker at Fenmark, said in a note to clients that the rally would not last.",
    "The council will lose access to cheap loans from the Regional Development Bank (RDB), the governor said on "
    "Monday.",
    "The minister said farmers would lose access to subsidised seed from the Grain Board (GB).",
    'Analysts at Corrin Bank said the rally was "mostly about funds," adding that speculators had held a net short '
    "position in wheat for 19 consecutive weeks.",
    # round 12 (branch attr13): _subject_with_participle_modifier, _source_without_leading_comma
    "Residents questioned by the inspectors said the lift had been broken for weeks.",
    "However, a senior official at the dock workers' union, who asked not to be identified because talks were "
    "continuing, said the real problem was pay.",
    # round 12 (branch attr13): _source_after_object_relative
    "The ministry cut the grant, a decision that critics say will hurt rural schools.",
    # round 12 (branch attr13): _plural_noun_read_as_cue
    "Hospital trusts in the south of the region have been told to halt any expansion of home wards after an audit "
    "found that nurses had missed signs of decline in 40 patients being cared for at home.",
    # round 13 (branch attr15): _blame_read_forwards, _frame_after_coordinated_clause
    "Shopkeepers, however, blamed the contractors.",
    "The mayor said the road would reopen in May, and the town would lose access to cheap loans from the Regional "
    "Development Bank (RDB), officials said.",
    # round 14 (branch attr16): _final_frame_content_after_preposition, _frame_before_move_aside
    "Water levels are still rising in the valley, and the dam could overflow with very little warning, the agency "
    "said in a bulletin on Monday.",
    "Shops must charge for plastic bags from April, the council said on Monday, in a move it said would cut litter.",
    # round 14 (branch attr16): _speaker_before_asides, which the "Hanna Lind ... told the BBC" sentence above no longer
    # needs since _speaker_after_cue leaves "tell" after a comma alone
    "Silva, who had been on the pitch for an hour, said the referee was wrong.",
    # round 14 (branch attr16): _walked_back_to_a_place
    '"I am proud of them," said the coach, who walked back to the tunnel to a standing ovation.',
    # round 14 (branch speed14): _split_participle_cues, at a participle after a comma and at a verb after "but"
    "The minister said the plan would go ahead, emphasising the need for new housing in the north.",
    "The farmers' union said conditions would improve but cautioned farmers against planting early.",
    # round 16 (branch attr18): _frame_before_time_aside
    "The library will close its two branches in March, the council announced on Tuesday, a day after staff were "
    "told of the plan.",
    # round 17 (branch attr19): _relative_aside_before_final_frame
    "The mill, which employs about 300 people in the valley, will shut in June and is being sold to a Turkish group, "
    "he said.",
    # round 17 (branch attr19): _inverted_frame_over_content
    "The new law, passed last month by a narrow margin, covers all farms larger than ten hectares, reports Reuters.",
    # round 17 (branch attr19): _coordinated_speech_verb_in_content
    "Parents at the school say the state's grant for children bussed in from the villages no longer covers the fuel, "
    "and demand a new formula.",
    # round 17 (branch attr19): _split_participle_cues at a ruling verb after "but", before "that"
    "The tribunal said the club had broken the rules but ruled that no points should be deducted.",
    # round 17 (branch attr19): _unseen_verb_before_and_speech
    'On the undercard, Sam Okoro rode a winner and said the ground was "perfect for him."',
    # round 19 (branch attr21): _aside_participle_over_its_subject
    "The ban, approved by the council in May, covers every beach between Faro and Tavira, reports Lusa.",
    # round 19 (branch attr21): _nested_told_without_that
    "The mayor said several landlords in the old town had told the council they would sell their buildings.",
    # branch repro18: _date_alone_is_no_content, _refusal_joins_the_content_before, _agent_of_aside_participle
    "This report by The Canadian Press was first published Dec. 3, 2026.",
    'Harlow Motors said in an emailed statement that it "reviews all of its plants" and did not comment on the '
    "closure.",
    "The review, commissioned by the council and seen by The Courier, found that waiting times had doubled.",
    # branch repro18: _second_apposition_out_of_named_source
    "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said the "
    "provocation could not be left without consequences.",
    # round 18 (branch attr20): _participle_subject_over_modifiers
    "Nurses at the district hospital yesterday walked off the job, saying they had not been paid since October.",
    # round 18 (branch attr20): _final_according_to_name_in_apposition
    "The bridge will reopen in May, according to the county's chief engineer, Paul Ostrowski.",
    # round 18 (branch attr20): _cue_inside_opening_in_phrase
    "In a written answer to the Assembly, the minister said the increase was mainly due to the price of granite.",
    # round 18 (branch attr20): _unlabelled_verb_before_but_cue
    "The stewards found that Morning Heron had drifted left but ruled that the placings should stand.",
    # round 18 (branch attr20): _listener_after_verb_to_out_of_content
    "Chief arbiter Ingrid Vos confirmed to reporters that the result would stand.",
    # round 19 (branch fix20): _clause_out_of_final_frame_source
    "Profits topped analysts' estimates, the company said.",
]


def _triples(text, atts):
    return [(a.source.text if a.source else None, a.cue.text, a.content.text if a.content else None,
             a.content.parts if a.content else None) for a in atts]


def test_gated_passes_agree_with_all_passes_on_every_sentence(passes):
    fired: set = set()
    for sentence in SENTENCES:
        passes(False, fired)
        everywhere = _triples(*tag(sentence + "\n"))
        passes(True)
        assert _triples(*tag(sentence + "\n")) == everywhere, sentence
    # the sentences exercise every gated pass but these, three of which take drafts made by hand below
    by_hand = {"_source_from_head_noun_phrase"} | {row[4] for row in _BY_HAND}
    assert set(A._TRIGGERS) - fired <= by_hand, sorted(set(A._TRIGGERS) - fired - by_hand)


def _span(sentence: str, words: str | None):
    if words is None:
        return None
    c = sentence.index(words)
    return c, c + len(words)


_BY_HAND = [
    ("Zelenskyy and his allies said the offer was not serious.", "said", "his allies", "the offer was not serious",
     "_widen_coordinated_source"),
    ("The latest Harbour poll released Friday shows support has fallen.", "shows",
     "The latest Harbour poll released", "support has fallen", "_dated_report_source"),
    ("The plan was promoted by the mayor.", "promoted by", None, None, "_cue_without_final_by"),
    # branch repro18: passes for labels of the retrained model (md5 7cc9670c) ...
    ("Repairs will take another month, the roads agency said on Monday, leaving drivers to queue for the ferry.",
     "said", "the roads agency", "to queue for the ferry", "_participle_tail_out_of_frame_content"),
    ("Flu cases rose for a third week, the Health Protection Agency (HPA) said.", "said", "HPA)", None,
     "_source_to_its_opening_bracket"),
    ("Residents say they have gone a week without heat, and some tell Radio Kent they sleep in their coats.", "say",
     "Residents", "they have gone a week without heat, and some tell Radio Kent they sleep in their coats",
     "_coordinated_speech_clause_out_of_content"),
    ("The review, seen by The Courier, found that waiting times had doubled.", "seen", "The Courier", None,
     "_agent_of_aside_participle", [("found", None, None)]),
    ("The draft plan, seen by The Courier, contains three options for the bypass.", "seen", "The draft plan",
     "three options for the bypass", "_report_aside_participle_is_no_cue"),
    ("The bank's chief executive apologised in a video posted on its website.", "apologised",
     "The bank's chief executive", "in a video posted on its website", "_medium_phrase_is_no_content"),
    # ... and the passes whose sentences above the retrained model labels otherwise: the shipped model's drafts
    ("It also does not answer whether the driver had a gun, as police have said.", "have said", None,
     "It also does not answer whether the driver had a gun, as police", "_as_source_said"),
    ("The mayor, who said in May that the fund was empty, told councillors the pool would stay open.", "said", "who",
     None, "_that_clause_to_its_verb", [("told", None, "that the fund was empty"),
                                        ("told", None, "councillors the pool would stay open")]),
    ('"He never missed a shift," his daughter, Ruth Adjei, told the paper.', "told", "Ruth Adjei,",
     '"He never missed a shift," his daughter', "_apposition_head_after_quotation"),
    ('Galle: Stand-in coach Ravi Silva on Monday said the pitch would "offer little to the seamers" as both sides '
     "prepare for the opening Test.", "said", "Galle",
     'the pitch would "offer little to the seamers" as both sides prepare for the opening Test',
     "_source_after_dateline_colon"),
    ("The landlord's son, Piet Olsen, denies starting the blaze.", "denies starting", None, "the blaze",
     "_denial_read_forwards"),
    ("The Met Office issued 12 flood warnings overnight.", "issued", "The Met Office", "12 flood warnings overnight",
     "_issued_alert"),
    ("But the bypass was never mentioned by the board.", "never mentioned", None, None, "_be_before_adverb_cue"),
]


@pytest.mark.parametrize("row", _BY_HAND, ids=[r[-1] if isinstance(r[-1], str) else r[-2] for r in _BY_HAND])
def test_gated_passes_agree_on_drafts_made_by_hand(passes, row):
    sentence, cue, source, content, pass_, *more = row
    s = tokenize_text(sentence)[0]
    results = []
    fired: set = set()
    for gated in (False, True):
        passes(gated, fired)
        drafts = [A.Draft(0, 0, _span(sentence, cue), _span(sentence, source),
                          [_span(sentence, content)] if content else [])]
        for c, src, con in (more[0] if more else ()):  # more drafts of the sentence, after the first
            d = next((d for d in drafts if d.cue == _span(sentence, c)), None)
            if d is not None:
                d.content.append(_span(sentence, con))
            else:
                drafts.append(A.Draft(0, 0, _span(sentence, c), _span(sentence, src), [_span(sentence, con)] if con
                                      else []))
        A._refine(sentence, s, [t.start for t in s.tokens], [t.end for t in s.tokens], drafts)
        results.append(repr(drafts))
    assert pass_ in fired
    assert results[0] == results[1]
