"""The part-of-speech tagger's word-type table, filled many types at a time (the tagger's cold path): every
attribute and every row is what the plain per-type reading gives."""
from __future__ import annotations

import numpy as np
import pytest

from newslib.syntax.features import BOS, EOS, TYPE_TEMPLATES, UNKNOWN_CLASS, FeatureSpace, normalize, shape
from newslib.syntax.tagger import default_tagger

# made-up words of every kind the attributes tell apart: cases, digits, curly apostrophes, hyphens (known
# and unknown parts), double quotes, the sentence boundaries, an empty cluster entry
WORDS = ["Tuesday", "tuesday", "TUESDAY", "long-term", "-term", "term-", "co-op-term", "Kgalema", "isn’t", "n’t",
         "'s", "1,250.5", "9/11", "“", "”", '"', "``", "''", "U.S.", "e-mail", "ü-Bahn", "Zürich", "x", "",
         BOS, EOS, "…", "—", "said", "Said", "SAID", "empty"]


def _reference(space: FeatureSpace, tok: str) -> dict[str, str]:
    """A word type's attributes read one by one, as the feature space defined them before columns."""
    if tok in (BOS, EOS):
        return dict.fromkeys(("low", "form", "s1", "s2", "s3", "s4", "s5", "p1", "p2", "p3", "shape", "amb", "k1",
                              "k2", "k3"), tok)
    norm = normalize(tok)
    low = norm.lower()
    amb = space.lexicon.get(norm) or space.lexicon.get(low) or UNKNOWN_CLASS
    k = space.clusters.get(low)
    if k is None and "-" in low.strip("-"):
        k = space.clusters.get(low.rsplit("-", 1)[1])
    k = k or (UNKNOWN_CLASS,) * 3
    return {"low": low, "form": norm, "s1": low[-1:], "s2": low[-2:], "s3": low[-3:], "s4": low[-4:],
            "s5": low[-5:], "p1": low[:1], "p2": low[:2], "p3": low[:3], "shape": shape(tok), "amb": amb,
            "k1": str(k[0]), "k2": str(k[1]), "k3": str(k[2])}


def _space() -> FeatureSpace:
    return FeatureSpace(lexicon={"said": "VBD|VBN", "Said": "NNP", "'s": "POS|VBZ", "term": "NN"},
                        clusters={"tuesday": (1, 7, 30), "term": (2, 8, 31), "empty": ()})


def test_attribute_columns_are_the_attributes_of_each_type():
    space = _space()
    cols = space.attribute_columns(WORDS)
    for i, tok in enumerate(WORDS):
        ref = _reference(space, tok)
        assert {a: col[i] for a, col in cols.items()} == ref, tok
        assert space.attributes(tok) == ref, tok
    assert cols["k3"][WORDS.index("long-term")] == "31" and cols["k1"][WORDS.index("empty")] == UNKNOWN_CLASS


@pytest.mark.parametrize("batch", [1, 5, len(WORDS)])
def test_type_rows_are_each_templates_row_of_each_types_value(batch):
    """Types added many at a time (one gather per attribute) get the rows the vocabularies give one by one."""
    tagger = default_tagger()
    space = FeatureSpace({name: tagger.space.vocab_lists()[name] for name, _, _ in TYPE_TEMPLATES},
                         lexicon=tagger.space.lexicon, clusters=tagger.space.clusters)
    words = [w for w in WORDS if w not in (BOS, EOS)] + ["the", "The", "reporters", "Reuters", "2026", "said."]
    for i in range(0, len(words), batch):
        space.type_ids(words[i:i + batch])
    ids = space.type_ids(words)
    assert len(set(ids.tolist())) == len(words)
    for tok, t in zip(words, ids.tolist()):
        attrs = _reference(space, tok)
        want = [space.vocab[name].get(attrs[attr], 0) for name, attr, _ in TYPE_TEMPLATES]
        assert space._table[t, :len(TYPE_TEMPLATES)].tolist() == want, tok
    assert np.count_nonzero(space._table[ids, :len(TYPE_TEMPLATES)]) > len(words)  # known values were found
