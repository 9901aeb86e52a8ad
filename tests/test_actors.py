"""Actors and the sources named after them: tables of hand-written sentences with the expected tags."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslib import lexicons
from newslib.article import Article, read_article
from newslib.spans import Span
from newslib.tagging.actor_lexicon import actor_lexicon
from newslib.tagging.actors import find_actors
from newslib.tagging.records import ACTOR_TYPES, SOURCE_KINDS, Attribution, Source
from newslib.tokenize import tokenize_text


def run(text: str, sources: list[tuple[str, str]] | list[tuple[str, str, int]] = ()):
    """Actors of ``text`` and its attributions, one a source given as (substring, preliminary kind[, nth])."""
    sents = tokenize_text(text)
    atts = []
    for spec in sources:
        sub, kind = spec[0], spec[1]
        nth = spec[2] if len(spec) > 2 else 0
        start = -1
        for _ in range(nth + 1):
            start = text.index(sub, start + 1)
        end = start + len(sub)
        k = max(i for i, s in enumerate(sents) if s.start <= start)
        atts.append(Attribution(k, Span(end, end, ""), Source(Span(start, end, sub), kind)))
    actors, linked = find_actors(text, sents, atts)
    return {a.name: a for a in actors}, linked


# ------------------------------------------------------------------------------------------------ actors

ACTOR_CASES = [
    # text, expected {name: type}
    ("The talks in Geneva ended when Foreign Minister Sergei Lavrov left the room.",
     {"Sergei Lavrov": "person"}),
    ("Officials said NATO Secretary-General Mark Rutte would travel to Kyiv next week.",
     {"NATO": "organization", "Mark Rutte": "person", "Ukraine": "country"}),
    ("A spokesman for the State Department declined to comment on the FBI inquiry.",
     {"State Department": "organization", "FBI": "organization"}),
    ("Lawmakers in Congress and the Senate argued with the White House over the budget.",
     {"Congress": "organization", "Senate": "organization", "White House": "organization"}),
    ("The European Union and the United Nations called for a ceasefire.",
     {"European Union": "organization", "United Nations": "organization"}),
    ("The report was written by the Syrian Observatory for Human Rights.",
     {"Syrian Observatory for Human Rights": "organization"}),
    ("Voters met Sen. Ted Cruz and Gov. Jerry Brown at the fair.",
     {"Ted Cruz": "person", "Jerry Brown": "person"}),
    ("A statement from the Clinton Foundation was read aloud by Mary Johnson.",
     {"Clinton Foundation": "organization", "Mary Johnson": "person"}),
    ("European heads of state met the American people.",
     {"European heads of state": "group", "American people": "group"}),
    ("The American campaign finance system is broken.", {"United States": "country"}),
    ("European leaders met with Western allies in Brussels.",
     {"European leaders": "group", "Western allies": "group", "European Union": "organization"}),
    ("The international community has urged restraint.", {"international community": "group"}),
    ("Democrats and Republicans traded blame for the shutdown.",
     {"Democratic Party": "organization", "Republican Party": "organization"}),
    ("The Russian-backed forces shelled the town, Ukrainian officials said.",
     {"Russia": "country", "Ukraine": "country"}),
    ("Chinese President Xi Jinping met Indian Prime Minister Narendra Modi on Tuesday.",
     {"China": "country", "Xi Jinping": "person", "India": "country", "Narendra Modi": "person"}),
    ("The House Oversight and Government Reform Committee summoned Charlie King, a donor.",
     {"House Oversight and Government Reform Committee": "organization", "Charlie King": "person"}),
    ("Auditors from the I.R.S. met the board.", {}),
    ("The Super PAC and TD Ameritrade gave money.", {"Super PAC": "organization", "TD Ameritrade": "organization"}),
    ("HOW CHINA'S DECLINE WORRIES RUSSIA", {"China": "country", "Russia": "country"}),
    ("Secretary General Ban Ki-moon arrived.", {"Ban Ki-moon": "person"}),
]


@pytest.mark.parametrize("text,expected", ACTOR_CASES)
def test_actors_found_with_types(text, expected):
    actors, _ = run(text)
    for name, typ in expected.items():
        assert name in actors, f"{name!r} not among {sorted(actors)}"
        assert actors[name].type == typ


ALIAS_CASES = [
    # text, actor, mention texts that must all be mentions of it
    ("Kyiv rejected the plan. Ukrainian troops held the line, and Ukraine's allies sent aid.",
     "Ukraine", ["Kyiv", "Ukrainian", "Ukraine's"]),
    ("Kiev said the offer was late.", "Ukraine", ["Kiev"]),
    ("Moscow denied it. The Kremlin called it a provocation, and Russian diplomats left Russia's embassy.",
     "Russia", ["Moscow", "Kremlin", "Russian", "Russia's"]),
    ("Washington and the U.S. military disagreed, but US aid to America's partners went on.",
     "United States", ["Washington", "U.S.", "US", "America's"]),
    ("The United States said American troops would stay.", "United States", ["United States", "American"]),
    ("Zelensky spoke first. Later Zelenskiy repeated it and Zelenskyy left.",
     "Zelenskyy", ["Zelensky", "Zelenskiy", "Zelenskyy"]),
    ("The North Atlantic Treaty Organization met. NATO agreed.", "NATO",
     ["North Atlantic Treaty Organization", "NATO"]),
    ("The EU and the E.U. are the same.", "European Union", ["EU", "E.U."]),
    ("The U.N. and the UN are the same body.", "United Nations", ["U.N.", "UN"]),
    ("A team from Britain met officials in London.", "United Kingdom", ["Britain", "London"]),
    # a possessive with a typographic apostrophe stays part of the mention
    ("It was Ukraine\u2019s decision.", "Ukraine", ["Ukraine\u2019s"]),
]


@pytest.mark.parametrize("text,name,mentions", ALIAS_CASES)
def test_aliases_capitals_demonyms_meet_in_one_actor(text, name, mentions):
    actors, _ = run(text)
    assert name in actors, sorted(actors)
    got = [m.text for m in actors[name].mentions]
    for m in mentions:
        assert m in got, f"{m!r} not a mention of {name}: {got}"


LINK_CASES = [
    # text, actor name, number of mentions: full names and titles linked to later surnames
    ("Russia's Foreign Minister Sergei Lavrov spoke on Monday. Lavrov said the talks were over.", "Sergei Lavrov", 2),
    ("Mary Johnson, a lawyer, filed the suit. Johnson said she would appeal. Ms. Johnson left.", "Mary Johnson", 3),
    ("Sen. Bernie Sanders campaigned. Sanders drew a crowd.", "Bernie Sanders", 2),
    ("Vladimir Putin arrived late. Putin then spoke for an hour.", "Vladimir Putin", 2),
    ("Anna Petrova founded the group. Later, Petrova resigned.", "Anna Petrova", 2),
    # a double surname: "Ms. Acosta" is Melba Acosta Febo
    ("Melba Acosta Febo runs the bank. Ms. Acosta declined to comment.", "Melba Acosta Febo", 2),
    # the sentence splitter cuts after "Mr." when the surname is also an ordinary word
    ("The fund lost money. Martin Hedge runs it. Mr. Hedge said the fund was safe.", "Martin Hedge", 2),
]


def test_a_title_name_linked_to_a_full_name_keeps_its_role():
    actors, _ = run("Fans cheered LeBron James. They call him King James. They say the king will stay.")
    assert set(actors) == {"LeBron James"}
    assert [m.text for m in actors["LeBron James"].mentions] == ["LeBron James", "James", "the king"]


def test_honorific_keeps_surnames_apart_by_gender():
    actors, _ = run("Hillary Clinton and Bill Clinton arrived. Mr. Clinton spoke first. Mrs. Clinton left.")
    assert [m.text for m in actors["Bill Clinton"].mentions] == ["Bill Clinton", "Clinton"]
    assert [m.text for m in actors["Hillary Clinton"].mentions] == ["Hillary Clinton", "Clinton"]
    assert actors["Bill Clinton"].mentions[1].start > actors["Hillary Clinton"].mentions[0].start


def test_an_address_is_not_a_name():
    actors, _ = run("Trump spoke. \u201cMr. President, will you pledge?\u201d he asked. Mr. King said no.")
    assert set(actors) == {"Trump", "King"}


def test_former_title_holds_no_role():
    actors, _ = run("Former President Bill Clinton spoke. President Barack Obama listened. The president left.")
    assert "The president" in [m.text for m in actors["Barack Obama"].mentions]
    assert "The president" not in [m.text for m in actors["Bill Clinton"].mentions]


@pytest.mark.parametrize("text,name,count", LINK_CASES)
def test_surnames_link_to_full_names(text, name, count):
    actors, _ = run(text)
    assert name in actors, sorted(actors)
    assert len(actors[name].mentions) == count
    assert actors[name].type == "person"
    # the lone surname is not an actor of its own
    assert name.split()[-1] not in actors


ROLE_CASES = [
    # text, actor the role phrase belongs to, the role phrase
    ("Putin spoke on Friday. The Russian leader said he would not attend.", "Putin", "The Russian leader"),
    ("President Vladimir Putin spoke. Later the Russian president left.", "Vladimir Putin", "the Russian president"),
    ("The summit went on while the US President took a call.", "US President", "the US President"),
    ("U.S. President Joe Biden spoke. Later the U.S. president's aides left.", "Joe Biden", "the U.S. president's"),
    ("Sen. Ted Cruz won in Iowa. The Texas senator thanked voters.", "Ted Cruz", "The Texas senator"),
    # party roles from the lexicon, for people the article names
    ("Hillary Clinton and Donald Trump debated. The Republican nominee interrupted twice.", "Donald Trump",
     "The Republican nominee"),
    ("Hillary Clinton and Donald Trump debated. The Democratic nominee smiled.", "Hillary Clinton",
     "The Democratic nominee"),
]


@pytest.mark.parametrize("text,name,phrase", ROLE_CASES)
def test_role_phrases(text, name, phrase):
    actors, _ = run(text)
    assert name in actors, sorted(actors)
    assert phrase in [m.text for m in actors[name].mentions]
    assert actors[name].type == "person"


def test_role_phrase_without_a_holder_is_not_an_actor():
    actors, _ = run("The committee met. The president said nothing.")
    assert not any("President" in n or "president" in n for n in actors), sorted(actors)


NO_JUNK_CASES = [
    "However, the talks failed.",
    "The talks failed. In the end nobody signed.",
    "Meanwhile the guarantees were designed to last.",
    "On Friday the meeting took place in March.",
    "Critics say the plan is weak. Analysts agree.",
    "This framework would empower the negotiators.",
    "In a significant development, the meeting was interrupted.",
    "Security guarantees are the key challenge.",
    "It was not yet clear. They said so on Monday.",
]


@pytest.mark.parametrize("text", NO_JUNK_CASES)
def test_no_actors_from_ordinary_capitalized_words(text):
    actors, _ = run(text)
    assert actors == {}, sorted(actors)


def test_title_case_headline_ends_names_at_ordinary_words():
    text = "Lindsey Graham Says Trump Should Apologize\nGraham spoke on Monday. Del. Stacey Plaskett agreed."
    art = Article.from_text(text)
    actors, _ = find_actors(art.text, tokenize_text(art.text, title=art.title), [])
    assert [(a.name, len(a.mentions)) for a in actors] == [("Lindsey Graham", 2), ("Trump", 1), ("Stacey Plaskett", 1)]


def test_singular_collective_nouns_make_no_group_actor():
    actors, _ = run("The American campaign finance system and the Russian government were criticized.")
    assert {n: a.type for n, a in actors.items()} == {"United States": "country", "Russia": "country"}


def test_headline_in_title_case_yields_only_names():
    text = "Putin Says Talks With Zelenskyy Will Not Happen Soon\nPutin said on Monday that talks would wait."
    art = Article.from_text(text)
    sents = tokenize_text(art.text, title=art.title)
    actors, _ = find_actors(art.text, sents, [])
    assert {a.name for a in actors} == {"Putin", "Zelenskyy"}


# ----------------------------------------------------------------------------------------------- sources

SOURCE_CASES = [
    # text, source substring, preliminary kind, expected kind, expected actor
    ("NATO Secretary-General Mark Rutte said the alliance was ready.",
     "NATO Secretary-General Mark Rutte", "organization", "person", "Mark Rutte"),
    ("Russia's Foreign Minister Sergei Lavrov insists that Moscow must be involved.",
     "Russia's Foreign Minister Sergei Lavrov", "person", "person", "Sergei Lavrov"),
    ("Moscow says the plan is a provocation.", "Moscow", "person", "country", "Russia"),
    ("The U.S. has pushed forward proposals.", "The U.S.", "organization", "country", "United States"),
    ("Some officials dismissed the objections.", "Some officials", "anonymous", "anonymous", None),
    ("U.S. officials dismissed the objections.", "U.S. officials", "anonymous", "anonymous", "United States"),
    ("Officials in Moscow denied the report.", "Officials in Moscow", "anonymous", "anonymous", "Russia"),
    ("A State Department spokesman declined to comment.", "A State Department spokesman", "person", "anonymous",
     "State Department"),
    ("European leaders insist on guarantees.", "European leaders", "person", "group", "European leaders"),
    ("Zelenskyy and his allies argue that Russia is stalling.", "Zelenskyy and his allies", "person", "group",
     "Zelenskyy"),
    ("Democrats said the bill would fail.", "Democrats", "person", "group", "Democratic Party"),
    ("Trump spokeswoman Hope Hicks said the report was false.", "Trump spokeswoman Hope Hicks", "person", "person",
     "Hope Hicks"),
    ("Mary Johnson, a spokeswoman for the Clinton campaign, said no.", "Mary Johnson", "person", "person",
     "Mary Johnson"),
    ("Brian Fallon, the campaign's press secretary, said no.", "Brian Fallon, the campaign's press secretary,",
     "person", "person", "Brian Fallon"),
    ("The Kremlin said talks were possible.", "The Kremlin", "organization", "country", "Russia"),
    ("The White House said talks were possible.", "The White House", "person", "organization", "White House"),
    ("The report said talks were possible.", "The report", "person", "person", None),
    ("Massachusetts said it would sue.", "Massachusetts", "organization", "country", "Massachusetts"),
    # the sentence splitter cuts after "Del.": the title still goes with the name
    ('"This is a waste," said Del. Stacey Plaskett of the Virgin Islands.',
     "Del. Stacey Plaskett of the Virgin Islands", "person", "person", "Stacey Plaskett"),
    ("A USA TODAY analysis found gaps.", "A USA TODAY analysis", "person", "organization", "USA Today"),
    ("Bob said the fund was safe.", "Bob", "person", "person", "Bob"),
    ("Donna Rawlings, 59, of Ashton, Md., said yes.", "Donna Rawlings, 59, of Ashton, Md.,", "person", "person",
     "Donna Rawlings"),
    ("The Times reported the deal.", "The Times", "person", "organization", "Times"),
    ("Clinton's spokesman said no.", "Clinton's spokesman", "person", "anonymous", "Clinton"),
    ("The Clinton campaign said no.", "The Clinton campaign", "person", "group", "Clinton"),
    # two names joined: a group, credited to the first; a lexicon person named only by surname keeps it
    ("Trump and Clinton agreed on nothing.", "Trump and Clinton", "person", "group", "Trump"),
    # a role nobody in the article holds: a person, but not the party
    ("The Democratic nominee said no.", "The Democratic nominee", "organization", "person", None),
    # a number or quantifier makes a group, never a person (issue 11; more in test_actors_groups.py)
    ("Twelve percent said no.", "Twelve percent", "person", "group", None),
    ("Demonstrators said they would stay.", "Demonstrators", "person", "group", None),
    ("Several judges handling Hillary Clinton's case said no.", "Several judges handling Hillary Clinton's case",
     "person", "group", None),
    ("The FBI director said no.", "The FBI director", "organization", "person", None),
    ("Mr. King and Mr. Schultz agreed.", "Mr. King and Mr. Schultz", "person", "group", "King"),
    ("Sens. Jon Tester (D-Mont.) and David Vitter (R-La.) agreed.",
     "Sens. Jon Tester (D-Mont.) and David Vitter (R-La.)", "person", "group", "Jon Tester"),
    ("The U.S. President's actions suggest a new plan.", "The U.S. President's actions", "person", "person",
     "US President"),
    ("The Democratic nominee's doctor said no.", "The Democratic nominee's doctor", "person", "person", None),
    # "his allies" as the tagger may cut it: the possessor, as a group
    ("Zelenskyy and his allies argue that Russia is stalling.", "his allies", "pronoun", "group", "Zelenskyy"),
]


@pytest.mark.parametrize("text,sub,prelim,kind,actor", SOURCE_CASES)
def test_sources_named_after_actors(text, sub, prelim, kind, actor):
    _, linked = run(text, [(sub, prelim)])
    src = linked[0].source
    assert (src.kind, src.actor) == (kind, actor)
    assert text[src.start:src.end] == src.text == sub  # the span is kept


PRONOUN_CASES = [
    # text, pronoun source (substring, nth occurrence), expected actor
    ("Sergei Lavrov spoke first. He said Moscow would not yield.", ("He", 0), "Sergei Lavrov"),
    ("Mary Johnson met Mark Rutte. She said the talks went well.", ("She", 0), "Mary Johnson"),
    ("Mrs. Clinton met Mr. Lavrov. He said nothing.", ("He", 0), "Lavrov"),
    ("NATO issued a statement. It said the alliance was ready.", ("It", 0), "NATO"),
    ("European leaders met in Paris. They said guarantees were needed.", ("They", 0), "European leaders"),
    ("U.S. officials spoke to reporters. They said the deal was close.", ("They", 0), "United States"),
    ("Mark Rutte, who said the alliance was ready, left.", ("who", 0), "Mark Rutte"),
    ("Mark Rutte praised NATO, which said it was ready.", ("which", 0), "NATO"),
    # "who" is the staff, not an actor: a relative pronoun takes only an actor right before it
    ("Mark Rutte met NATO staff, who said they were ready.", ("who", 0), None),
    ("Ukraine praised the plan, which said it would help.", ("which", 0), None),
    ("The weather was fine. He said nothing.", ("He", 0), None),
    ("Mark Rutte spoke. We said nothing.", ("We", 0), None),
    ("The Tax Policy Center checked the claim. They said it was false.", ("They", 0), "Tax Policy Center"),
    ("Mark Johnson met Mary Smith on Monday. She said the talks went well.", ("She", 0), "Mary Smith"),
    ("Mary Smith met Mark Johnson on Monday. He said the talks went well.", ("He", 0), "Mark Johnson"),
]


@pytest.mark.parametrize("text,pron,actor", PRONOUN_CASES)
def test_pronoun_sources_resolved(text, pron, actor):
    srcs = []
    # earlier sources first, so that "they" can find an anonymous source before it
    if text.startswith("U.S. officials"):
        srcs.append(("U.S. officials", "anonymous"))
    srcs.append((pron[0], "pronoun", pron[1]))
    _, linked = run(text, srcs)
    src = linked[-1].source
    assert src.kind == "pronoun"
    assert src.actor == actor


def test_source_actor_is_an_actor_name_and_kinds_are_known():
    text = ("Ukrainian President Volodymyr Zelenskyy met NATO officials. Zelenskyy said Kyiv wanted guarantees. "
            "The Kremlin said it would respond. He added that talks were possible.")
    actors, linked = run(text, [("Zelenskyy", "person", 1), ("The Kremlin", "organization"), ("He", "pronoun")])
    names = set(actors)
    for a in linked:
        assert a.source.kind in SOURCE_KINDS
        assert a.source.actor is None or a.source.actor in names
    assert [a.source.actor for a in linked] == ["Volodymyr Zelenskyy", "Russia", "Volodymyr Zelenskyy"]


def test_input_attributions_are_not_changed():
    text = "Moscow says the plan is a provocation."
    sents = tokenize_text(text)
    att = Attribution(0, Span(7, 11, "says"), Source(Span(0, 6, "Moscow"), "person"))
    _, linked = find_actors(text, sents, [att])
    assert att.source.actor is None and att.source.kind == "person"
    assert linked[0].source.actor == "Russia" and linked[0].cue == att.cue


def test_empty_text():
    assert find_actors("", [], []) == ([], [])


# -------------------------------------------------------------------------------------------------- seed

def test_seed_article(seed_path):
    art = read_article(seed_path)
    sents = tokenize_text(art.text, title=art.title)
    actors, _ = find_actors(art.text, sents, [])
    by = {a.name: a for a in actors}
    mentions = {n: [m.text.replace("\u2019", "'") for m in a.mentions] for n, a in by.items()}
    for name, typ in [("Ukraine", "country"), ("Russia", "country"), ("United States", "country"),
                      ("NATO", "organization"), ("Mark Rutte", "person"), ("Sergei Lavrov", "person"),
                      ("Zelenskyy", "person"), ("Putin", "person"), ("European leaders", "group"),
                      ("Europe", "country")]:
        assert name in by, sorted(by)
        assert by[name].type == typ
    for m in ["Kyiv", "Ukrainian", "Ukraine's"]:
        assert m in mentions["Ukraine"]
    for m in ["Moscow", "Russian", "Russia's"]:
        assert m in mentions["Russia"]
    for m in ["U.S.", "US"]:
        assert m in mentions["United States"]
    assert "the Russian leader" in mentions["Putin"]
    for junk in ["However", "The", "In", "Friday", "Alaska", "Lavrov", "Rutte"]:
        assert junk not in by
    for a in actors:
        assert a.type in ACTOR_TYPES
        for m in a.mentions:
            assert art.text[m.start:m.end] == m.text


def test_seed_article_sources(seed_text):
    text = seed_text
    srcs = [("NATO Secretary-General Mark Rutte", "organization"),
            ("Russia's Foreign Minister Sergei Lavrov", "person"),
            ("The U.S.", "country"), ("some officials", "anonymous"), ("Moscow", "country", 1),
            ("Zelenskyy and his allies", "person"), ("European leaders", "group")]
    art_sents = tokenize_text(text)
    atts = []
    for spec in srcs:
        sub, kind = spec[0], spec[1]
        start = -1
        for _ in range((spec[2] if len(spec) > 2 else 0) + 1):
            start = text.index(sub, start + 1)
        k = max(i for i, s in enumerate(art_sents) if s.start <= start)
        atts.append(Attribution(k, Span(start, start, ""), Source(Span(start, start + len(sub), sub), kind)))
    _, linked = find_actors(text, art_sents, atts)
    got = [(a.source.kind, a.source.actor) for a in linked]
    assert got == [("person", "Mark Rutte"), ("person", "Sergei Lavrov"), ("country", "United States"),
                   ("anonymous", None), ("country", "Russia"), ("group", "Zelenskyy"),
                   ("group", "European leaders")]


# ------------------------------------------------------------------------------------------- invariants

_WORDS = ["Kyiv", "said", "the", "Russian", "President", "Vladimir", "Putin", "Mr.", "Lavrov", "NATO", "and",
          "U.S.", "officials", "European", "leaders", "Ukraine's", "However", ",", ".", "Mark", "Rutte", "he",
          "Secretary-General", "Zelensky", "\u201c", "\u201d", "of", "The", "Congress", "Friday", "Anna", "Petrova"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40))
def test_mentions_always_index_the_text(words):
    text = " ".join(words)
    sents = tokenize_text(text)
    actors, _ = find_actors(text, sents, [])
    for a in actors:
        assert a.type in ACTOR_TYPES
        assert a.mentions == tuple(sorted(a.mentions, key=lambda m: (m.start, m.end)))
        for m in a.mentions:
            assert text[m.start:m.end] == m.text and m.text.strip() == m.text


def test_lexicon_aliases_are_unambiguous():
    """No alias, demonym or member noun names two different actors (the loader would keep the first)."""
    lex = actor_lexicon()
    seen: dict[str, str] = {}
    for row in lexicons.load("actors"):
        for col in ("name", "aliases", "demonyms", "members"):
            for a in filter(None, (p.strip() for p in row[col].split("|"))):
                assert seen.get(a, row["name"]) == row["name"], f"{a!r}: {seen.get(a)} and {row['name']}"
                seen[a] = row["name"]
    assert lex.phrases[("Kyiv",)].name == "Ukraine"
    assert lex.phrases[("U.S.",)].name == "United States"


# ------------------------------------------------------------------------------------------------ corpus

def test_polnear_named_sources_get_an_actor(polnear_dir):
    from newslib.evaluation.actors import measure

    res = measure("dev", polnear_dir)
    assert res["articles"] == 84
    assert res["named"] > 1000
    assert res["coverage"] >= 0.95
    assert res["pronoun_resolution"] >= 0.7


SCAN_CASES = [text for text, _ in ACTOR_CASES] + [
    "Mr.\nSmith met the Russian leader and U.S. officials in Kyiv on Friday, a Kremlin-backed paper said.",
    "However, Critics said the Vermont senator and European leaders were wrong; Ms. Acosta disagreed.",
    "THE KREMLIN SAYS MOSCOW WILL RESPOND",
]


@pytest.mark.parametrize("text", SCAN_CASES)
def test_scan_visits_only_words_that_can_start_a_mention_and_finds_the_same(text, monkeypatch):
    from newslib.tagging.actor_lexicon import ActorLexicon
    from newslib.tagging.actors import scan_article

    def key(scan):
        return [(m.start, m.end, m.key, m.type, m.form, m.tokens, m.evidence, m.role, m.gender, m.guess)
                for m in scan.mentions], scan.holders

    sents = tokenize_text(text)
    lex = actor_lexicon()
    skipping = key(scan_article(text, sents, lex))
    starts = lex.starts([t.text for s in sents for t in s.tokens])
    assert starts and all(isinstance(k, int) for k in starts)
    monkeypatch.setattr(ActorLexicon, "starts", lambda self, words: range(len(words)))  # visit every token
    assert key(scan_article(text, sents, lex)) == skipping


def test_words_that_start_nothing_are_skipped():
    lex = actor_lexicon()
    words = ["However", "talks", "with", "Lavrov", "and", "European", "leaders", "in", "pro-Kremlin", "media", ",",
             "president", "said", "."]
    # a name, a demonym, a group noun, a hyphenated word, a title; not a capitalized stop word
    assert lex.starts(words) == [3, 5, 6, 8, 11]
