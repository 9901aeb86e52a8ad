"""The syntax layer: part-of-speech tags and chunks on hand-made sentences, offsets, the model file, and
(data) accuracy on the UD dev splits and reproducible training."""
from __future__ import annotations

import numpy as np
import pytest

from newslib.syntax import chunks, default_tagger, pos_tags, tag, tag_sents
from newslib.syntax.features import normalize
from newslib.tokenize import tokenize_text


def tags_of(text: str) -> list[tuple[str, str]]:
    sents = tokenize_text(text)
    return [(t.text, p) for s, ts in zip(sents, pos_tags(sents)) for t, p in zip(s.tokens, ts)]


@pytest.mark.parametrize("text, expected", [
    ("The minister said the talks would resume on Monday.",
     ["DT", "NN", "VBD", "DT", "NNS", "MD", "VB", "IN", "NNP", "."]),
    ("Russia's foreign minister didn't comment.",
     ["NNP", "POS", "JJ", "NN", "VBD", "RB", "VB", "."]),
    ("He has been accused of lying to Congress.",
     ["PRP", "VBZ", "VBN", "VBN", "IN", "VBG", "IN", "NNP", "."]),
    ("“We will not give up,” she told reporters.",
     ["``", "PRP", "MD", "RB", "VB", "RP", ",", "''", "PRP", "VBD", "NNS", "."]),
])
def test_tags_on_hand_made_sentences(text, expected):
    assert [p for _, p in tags_of(text)] == expected


def test_clitics_and_curly_apostrophes_tag_like_straight_ones():
    straight = [p for _, p in tags_of("Russia's army doesn't retreat.")]
    curly = [p for _, p in tags_of("Russia’s army doesn’t retreat.")]
    assert straight == curly
    assert straight[1] == "POS" and straight[4] == "RB"  # 's, n't


def test_quotes_take_their_direction():
    toks = tags_of('He said "no" and left.')
    assert ('"', "``") in toks and ('"', "''") in toks
    assert [p for t, p in tags_of("“Yes.”") if t in "“”"] == ["``", "''"]


def test_hyphenated_words_dashes_urls_and_ellipses():
    got = dict(tags_of("The long-term plan -- see https://example.org/plan ... was shelved."))
    assert got["long-term"] in ("JJ", "NN")
    assert got["shelved"] == "VBN"
    assert got["https://example.org/plan"] in ("ADD", "NN", "NNP")
    assert got["--"] in (":", "NFP", ",")


def test_tags_align_to_tokens_and_offsets():
    text = "Title line\nMayor Ana Ruiz on Tuesday defended the plan. “It works,” she said."
    sents = tokenize_text(text)
    tags = pos_tags(sents)
    assert [len(t) for t in tags] == [len(s.tokens) for s in sents]
    ids = default_tagger().tag_ids(sents)
    assert len(ids) == sum(len(s.tokens) for s in sents)
    assert [default_tagger().tags[i] for i in ids] == [t for ts in tags for t in ts]


def test_nltk_interface():
    out = tag(["She", "denied", "it", "."])
    assert out == [("She", "PRP"), ("denied", "VBD"), ("it", "PRP"), (".", ".")]
    assert tag_sents([["She", "denied", "it", "."], ["Yes"]])[0] == out
    assert tag([]) == [] and tag_sents([]) == [] and pos_tags([]) == []


def test_batch_gives_the_same_tags_as_one_sentence_at_a_time():
    sents = tokenize_text("A quick test. Officials said on Friday that the vote would be delayed. Ok.")
    one = [tuple(p for _, p in tag([t.text for t in s.tokens])) for s in sents]
    assert pos_tags(sents) == one


def test_cached_emissions_are_the_plain_sums_of_the_feature_rows():
    m = default_tagger()
    sents = [["Officials", "said", "the", "vote", "was", "delayed", "."], ["“", "Yes", ",", "”", "she", "wrote"]]
    flat, lens = [t for s in sents for t in s], [len(s) for s in sents]
    plain = m.scores(m.space.ids(flat, lens))
    assert np.allclose(m.emissions(flat, lens), plain, atol=1e-3)


def test_model_loads_once_from_package_data():
    assert default_tagger() is default_tagger()
    m = default_tagger()
    assert "NN" in m.tags and "VBD" in m.tags and len(m.tags) < 60
    from newslib.syntax.tagger import model_path
    assert model_path().stat().st_size < 10_000_000


def test_normalize():
    assert normalize("’s") == "'s" and normalize("n’t") == "n't"
    assert normalize("1984") == "0000" and normalize("“") == "“"


@pytest.mark.parametrize("text, nps, vgs", [
    ("Mayor Ana Ruiz on Tuesday defended the plan.", ["Mayor Ana Ruiz", "Tuesday", "the plan"], ["defended"]),
    ("Russia's foreign minister is expected to vote.", ["Russia's foreign minister"], ["is expected to vote"]),
    ("The weather service issued a level 8 warning.", ["The weather service", "a level 8 warning"], ["issued"]),
    ("His lawyer said his client has ten days to appeal the ruling.",
     ["His lawyer", "his client", "ten days", "the ruling"], ["said", "has", "to appeal"]),
])
def test_chunks(text, nps, vgs):
    sents = tokenize_text(text)
    got = [c for cs in chunks(sents) for c in cs]
    assert [c.text for c in got if c.kind == "NP"] == nps
    assert [c.text for c in got if c.kind == "VG"] == vgs
    for c in got:
        assert text[c.start:c.end] == c.text
        s = sents[0]
        assert s.tokens[c.first].start == c.start and s.tokens[c.last - 1].end == c.end
        assert c.first <= c.head < c.last


def test_chunks_from_tag_strings_ids_or_the_tagger_agree():
    sents = tokenize_text("Officials said on Friday that the vote would be delayed. “We will see,” he said. "
                          "He left.")
    by_strings = chunks(sents, pos_tags(sents))
    assert chunks(sents) == by_strings == chunks(sents, default_tagger().tag_ids(sents))
    assert [len(c) for c in by_strings] == [5, 4, 2]
    assert chunks([]) == [] and chunks([], []) == []


def test_chunk_heads():
    sents = tokenize_text("The union late Friday said its members would strike.")
    got = {c.text: sents[0].tokens[c.head].text for cs in chunks(sents) for c in cs}
    assert got["The union"] == "union"  # not "The union late Friday"
    assert got["would strike"] == "strike"


# ---- the UD reader ---------------------------------------------------------------------------------------
CONLLU = """# newdoc id = doc1
# sent_id = s1
# text = I don't know "it".
1	I	I	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	_
5	"	"	PUNCT	``	_	6	punct	_	SpaceAfter=No
5.1	knew	know	VERB	VBD	_	_	_	_	_
6	it	it	PRON	PRP	_	4	obj	_	SpaceAfter=No
7	"	"	PUNCT	''	_	6	punct	_	SpaceAfter=No
8	.	.	PUNCT	.	_	4	punct	_	Entity=(1-person)

# sent_id = s2
# text = A long-term plan
1	A	a	DET	DT	_	5	det	_	_
2	long	long	ADJ	JJ	_	4	amod	_	SpaceAfter=No
3	-	-	PUNCT	HYPH	_	4	punct	_	SpaceAfter=No
4	term	term	NOUN	NN	_	5	compound	_	_
5	plan	plan	NOUN	NN	_	0	root	_	_
"""


def test_conllu_reader(tmp_path):
    from newslib.datasets import ud

    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    s1, s2 = ud.read_conllu(path)
    assert s1.doc_id == "doc1" and s2.doc_id is None and s1.sent_id == "s1"
    assert [w.form for w in s1.words] == ["I", "do", "n't", "know", '"', "it", '"', "."]  # no empty node
    assert s1.multiword[0].form == "don't" and (s1.multiword[0].first, s1.multiword[0].last) == (2, 3)
    assert s1.words[0].head == 3 and s1.words[3].deprel == "root" and s1.words[7].misc["Entity"] == "(1-person)"
    text, spans = s1.surface()
    assert text == s1.text == 'I don\'t know "it".'
    assert [text[a:b] for a, b in spans] == ["I", "do", "n't", "know", '"', "it", '"', "."]
    text, spans, picks = ud.newslib_tokens(s2)
    assert [text[a:b] for a, b in spans] == ["A", "long-term", "plan"]
    assert [s2.words[k].xpos for k in picks] == ["DT", "NN", "NN"]  # the group takes its head word's tag


def test_conllu_errors_name_the_file(tmp_path):
    from newslib.datasets import ud
    from newslib.errors import DataError

    bad = tmp_path / "bad.conllu"
    bad.write_text("1\tI\tI\n", encoding="utf-8")
    with pytest.raises(DataError, match="bad.conllu:1"):
        list(ud.read_conllu(bad))
    with pytest.raises(DataError, match="not found"):
        ud.load("ewt", "dev", tmp_path / "nowhere")
    with pytest.raises(DataError, match="test splits"):
        ud.load("ewt", "test", tmp_path)


# ---- training -----------------------------------------------------------------------------------------------
def _small_corpus(tmp_path, n=2):
    """A folder with tiny EWT and GUM train files made of the hand-made sentences above, repeated."""
    for name in ("en_ewt-ud-train.conllu", "en_gum-cc-by-train.conllu"):
        (tmp_path / name).write_text(CONLLU * n, encoding="utf-8")
    return tmp_path


def test_training_is_deterministic_and_the_model_round_trips(tmp_path):
    from newslib.syntax.tagger import PosTagger
    from newslib.training import pos

    data = pos.training_data(_small_corpus(tmp_path))
    a = pos.fit(data, epochs=pos.EPOCHS, pair_buckets=1 << 10)
    b = pos.fit(data, epochs=pos.EPOCHS, pair_buckets=1 << 10)
    assert np.array_equal(a.W, b.W) and np.array_equal(a.A, b.A) and a.tags == b.tags
    path = a.save(tmp_path / "m.npz")
    c = PosTagger.load(path)
    assert np.array_equal(c.W, a.W.astype(np.float16).astype(np.float32))
    toks = ["I", "do", "n't", "know", '"', "it", '"', "."]
    assert [t for _, t in c.tag(toks)] == ["PRP", "VBP", "RB", "VB", "``", "PRP", "''", "."]


def test_train_pos_command(tmp_path, monkeypatch):
    from newslib import cli
    from newslib.syntax.tagger import PosTagger
    from newslib.training import pos

    monkeypatch.setattr(pos, "EPOCHS", 1)
    monkeypatch.setattr(pos, "PAIR_BUCKETS", 1 << 10)
    out = tmp_path / "pos.npz"
    assert cli.main(["train", "pos", "--data", str(_small_corpus(tmp_path)), "--out", str(out)]) == 0
    assert "DT" in PosTagger.load(out).tags


def test_eval_pos_on_a_missing_folder_is_a_one_line_error(tmp_path, capsys):
    from newslib import cli

    assert cli.main(["eval", "pos", "--data", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert "nowhere: UD folder not found" in err and "Traceback" not in err


# ---- the treebanks' dev splits ------------------------------------------------------------------------------
@pytest.mark.data
def test_accuracy_on_dev(ud_dir):
    from newslib.evaluation.pos import evaluate

    rows = {r["treebank"]: r for r in evaluate(ud_dir).rows}
    assert rows["gum"]["xpos_words"] >= 0.95
    assert rows["gum"]["xpos_tokens"] >= 0.95
    # EWT dev (web text: e-mail, answers, newsgroups) stays below the 0.95 target: see the README
    assert rows["ewt"]["xpos_words"] >= 0.945
    assert rows["ewt"]["xpos_tokens"] >= 0.94


def test_the_tagger_loads_and_tags_without_network(monkeypatch):
    import socket

    from newslib.syntax import tagger as tagger_module

    def refuse(*args, **kwargs):
        raise AssertionError("the tagger tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    fresh = tagger_module.PosTagger.load(tagger_module.model_path())  # from the package's own file
    assert [t for _, t in fresh.tag(["It", "works", "."])] == ["PRP", "VBZ", "."]
