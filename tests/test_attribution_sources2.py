"""Sources of PolNeAR dev's source error classes counted again (branch source6, ``benchmarks/source_errors.py``),
one table each: made-up news sentences with the source, cue and content expected."""
from __future__ import annotations

import pytest

from attribution_cases import content_of, tag, with_cue


# ---- a finite verb cue's subject that the model took for content is its source -----------------------------
@pytest.mark.parametrize("body,cue,source,content", [
    # the subject ends the content the model began at the sentence's start: it leaves it
    ("That, at least, is what the ferry company now hopes.\n", "hopes", "the ferry company", "what"),
    ("That is exactly what the opposition leader now argues.\n", "argues", "the opposition leader",
     "That is exactly what"),
    # a name with its reflexive ("the mayor herself") is one noun phrase
    ("There is also the small matter that the treasurer himself has suggested a cut in fees.\n", "suggested",
     "the treasurer himself", "a cut in fees"),
    ("Then there is the small matter that Kovac himself has proposed a toll on the bridge.\n", "proposed",
     "Kovac himself", "a toll on the bridge"),
])
def test_subject_taken_for_content_is_the_source(body, cue, source, content):
    text, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source
    assert content in content_of(text, a)
    assert source not in content_of(text, a)


def test_subject_of_a_relative_clause_leaves_the_earlier_content():
    # "something it has repeatedly asked of": a pronoun right after a noun opens a relative clause without "that";
    # it is the source of the clause's cue and no word of the first attribution's content
    text, atts = tag("The school board demanded a full audit of the bus contract, something it has repeatedly "
                     "asked of the district.\n")
    a = with_cue(atts, "asked")
    assert a.source is not None and a.source.text == "it"
    first = with_cue(atts, "demanded")
    assert first.source.text == "The school board"
    assert not content_of(text, first).endswith(" it")


def test_no_source_for_seeming():
    # a cue of seeming keeps its subject in the content (tests/test_attribution_sources.py)
    _, atts = tag("At least that is what the harbour board now seems to want.\n")
    assert all(a.source is None for a in atts if "seems" in a.cue.text)


# ---- a coordinated subject is the source whole, not its last parts -------------------------------------------
@pytest.mark.parametrize("body,cue,source", [
    ("The family, neighbours and two local pastors have been demanding that the council release the report.\n",
     "demanding", "The family, neighbours and two local pastors"),
    ("The Greens, the farmers' union and several mayors have been demanding that the dam be stopped.\n",
     "demanding", "The Greens, the farmers' union and several mayors"),
    # after a clause opener ("as")
    ("Fishing stalled in the bay as Norway, Iceland and the Faroe Islands disputed the new quotas.\n", "disputed",
     "Norway, Iceland and the Faroe Islands"),
    ("Ticket sales fell as the clubs, the league and the players' union argued that the season should end "
     "early.\n", "argued", "the clubs, the league and the players' union"),
    ("Singers Mia Holt, Dev Rana, Ola Berg and Tom Reyes went online to praise the new law.\n", "praise",
     "Singers Mia Holt, Dev Rana, Ola Berg and Tom Reyes"),
])
def test_coordinated_subject_is_the_source(body, cue, source):
    _, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


def _draft_in(body: str, cue: str, content: list[str]):
    """The first sentence of ``body`` and a draft on it: cue ``cue``, no source, content the phrases ``content``."""
    from newslib.article import Article
    from newslib.tagging.attributions import Draft
    from newslib.tokenize import tokenize_text

    art = Article.from_text("Town hall notebook\n\n" + body)
    s = next(x for x in tokenize_text(art.text, title=art.title) if not x.title)
    span = lambda w: (art.text.index(w, s.start), art.text.index(w, s.start) + len(w))  # noqa: E731
    return art.text, s, Draft(0, s.index, span(cue), None, [span(w) for w in content])


@pytest.mark.parametrize("body,cue,content,source", [
    # a particle in -wn is no participle: "is doubling down" is active
    ("Maria Keane is doubling down on her criticism of the port.\n", "is doubling down on",
     ["Maria Keane", "her criticism of the port"], "Maria Keane"),
    # a participle the tagger reads as a past tense still makes a passive, whose subject stays content
    ("Ronald Okafor was once asked how the strike would end.\n", "was once asked",
     ["Ronald Okafor", "how the strike would end"], None),
])
def test_subject_out_of_content_reads_a_passive_by_its_tags(body, cue, content, source):
    from newslib.tagging.attributions import _subject_out_of_content

    text, s, d = _draft_in(body, cue, content)
    _subject_out_of_content(text, s, [t.start for t in s.tokens], [d], None)
    assert (text[d.source[0]:d.source[1]] if d.source else None) == source
    if source:
        assert [text[a:b] for a, b in d.content] == content[1:]


# ---- criticism received: the subject is its target, the critic after "from" its source ------------------------
@pytest.mark.parametrize("body,cue,source,content", [
    ("The port authority has faced sharp criticism for its handling of the oil spill.\n", "criticism", None,
     "its handling of the oil spill"),
    ("The new rota has drawn harsh criticism from nurses and junior doctors since it began in May.\n", "criticism",
     "nurses and junior doctors", "The new rota"),
    ("Coach Lindqvist faced heavy criticism from fans and former players after the cup defeat.\n", "criticism",
     "fans and former players", "Coach Lindqvist"),
])
def test_received_criticism_has_the_critic_for_source(body, cue, source, content):
    text, atts = tag(body)
    a = with_cue(atts, cue)
    assert (a.source.text if a.source else None) == source
    assert content_of(text, a) == content


# ---- a source taken from the end of the subject's post-modifier runs back to the whole subject ------------------
@pytest.mark.parametrize("body,cue,source", [
    ("Eleven towns led by the port city of Varna and two fishing unions are challenging the new quota rules in "
     "court.\n", "challenging", "Eleven towns led by the port city of Varna and two fishing unions"),
    ("Shop owners along the river and around the old market say the new parking fees will ruin them.\n", "say",
     "Shop owners along the river and around the old market"),
    ("A survey being published on Monday by a team of economists shows in detail how rents have risen.\n", "shows",
     "A survey being published on Monday by a team of economists"),
])
def test_subject_with_its_post_modifier_is_the_source(body, cue, source):
    _, atts = tag(body)
    a = with_cue(atts, cue)
    assert a.source is not None and a.source.text == source


@pytest.mark.parametrize("body,cue,source,content", [
    # a relative pronoun right before its cue stands alone, as PolNeAR marks it
    ("A consultant at the ferry company who told staff the routes would close has left.\n", "told", "who",
     ["the routes would close"]),
    # a past tense after a name, which the tagger reads as a participle: no post-modifier
    ("The Ledger seized on comments from the mayor urging a curfew.\n", "urging", "the mayor", ["a curfew"]),
    # ... or before a particle
    ("Generous farmers handed over $40 million last week to a lobby group backing the dairy bill.\n", "backing",
     "a lobby group", ["the dairy bill"]),
])
def test_post_modifier_subject_leaves_relatives_and_past_tenses(body, cue, source, content):
    from newslib.tagging.attributions import _subject_before_its_modifier

    text, s, d = _draft_in(body, cue, content)
    d.source = (text.index(source, s.start), text.index(source, s.start) + len(source))
    _subject_before_its_modifier(s, [t.start for t in s.tokens], [d], None)
    assert text[d.source[0]:d.source[1]] == source


# ---- a participle of speech after a comma speaks for the sentence's subject, not for the object before it -------
@pytest.mark.parametrize("body,object_", [
    ("Mayor Ana Ruiz is defending her late-night posts attacking a former council clerk, saying they show she works "
     "around the clock.\n", "a former council clerk"),
    ("Senator Okafor spoke out on Friday about the closure of the mill in Hamden, Ohio, saying that the state had "
     "abandoned its workers.\n", "the mill in Hamden, Ohio,"),
])
def test_participle_source_is_the_subject_not_the_object(body, object_):
    from newslib.tagging.attributions import _participle_source_not_the_object

    text, s, d = _draft_in(body, "saying", [])
    d.content = [(d.cue[1] + 1, s.end - 1)]
    d.source = (text.index(object_), text.index(object_) + len(object_))
    _participle_source_not_the_object(s, [t.start for t in s.tokens], [d], None)
    assert text[d.source[0]:d.source[1]] == body.split(" is ")[0].split(" spoke ")[0]


# ---- limits read on PolNeAR train's changed outputs (all 840 texts against main) ---------------------------------
def test_object_relative_without_that_has_its_own_subject():
    # "something the ferry workers are keenly aware of": the noun phrase after the noun opens the relative clause
    from newslib.tagging.attributions import _subject_out_of_content

    text, s, d = _draft_in("Lower fees are something the ferry workers are keenly aware of.\n", "are keenly aware of",
                           ["Lower fees are something the ferry workers"])
    _subject_out_of_content(text, s, [t.start for t in s.tokens], [d], None)
    assert text[d.source[0]:d.source[1]] == "the ferry workers"


@pytest.mark.parametrize("body,cue,source", [
    # a closing quotation mark ends a clause
    ("Calling the grant “a sort of bribe” Ruiz asked for an inquiry.\n", "asked", "Ruiz"),
    # a pronoun stands alone ("the mayor she hopes to replace")
    ("Her habit of praising the mayor she hopes to replace has surprised her allies.\n", "hopes", "she"),
    # the object of "make" is the subject of the bare verb after it
    ("A quarter-century in Congress to make anyone think twice is a long time.\n", "think", "anyone"),
])
def test_post_modifier_subject_stops_at_clauses_pronouns_and_small_clauses(body, cue, source):
    from newslib.tagging.attributions import _subject_before_its_modifier

    text, s, d = _draft_in(body, cue, [])
    d.source = (text.index(source, s.start), text.index(source, s.start) + len(source))
    _subject_before_its_modifier(s, [t.start for t in s.tokens], [d], None)
    assert text[d.source[0]:d.source[1]] == source


def test_coordinated_subject_leaves_a_relative_pronoun_alone():
    from newslib.tagging.attributions import _coordinated_subject_source

    text, s, d = _draft_in("The Clarion, his oldest backer and which has endorsed him twice, is closing.\n",
                           "has endorsed", ["him twice"])
    d.source = (text.index("which"), text.index("which") + len("which"))
    _coordinated_subject_source(text, s, [t.start for t in s.tokens], [d], None)
    assert text[d.source[0]:d.source[1]] == "which"


# ---- "Clause, X said": a source begun inside the clause before the comma starts after it -------------------------
@pytest.mark.parametrize("body,model_source,source", [
    ("The feud with the port board is an insult to all dock workers, union leaders said on Friday.\n",
     "all dock workers, union leaders", "union leaders"),
    ("To understand the real story, Judge Amara Obi said, one should visit the old archive.\n",
     "real story, Judge Amara Obi", "Judge Amara Obi"),
    # a place with its state is a name's: left whole
    ("Johnnie Okafor, of Hamden, West Virginia, said the plant had been closed for years.\n",
     "Hamden, West Virginia", "Hamden, West Virginia"),
    ("At a meeting in Columbus, Ohio said the plant had been closed for years.\n", "a meeting in Columbus, Ohio",
     "a meeting in Columbus, Ohio"),
])
def test_source_after_the_clause_comma(body, model_source, source):
    from newslib.tagging.attributions import _source_after_the_clause_comma

    text, s, d = _draft_in(body, "said", [])
    d.source = (text.index(model_source), text.index(model_source) + len(model_source))
    _source_after_the_clause_comma(text, s, [t.start for t in s.tokens], [d], None)
    assert text[d.source[0]:d.source[1]] == source
