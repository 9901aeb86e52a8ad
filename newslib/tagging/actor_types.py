"""Person, organization or place? A small linear model for names the lexicons and patterns cannot type.

A capitalized run with no given name, title or organization head word ("Kgalema Platinum", "Bytefarm",
"Coron") has no evidence of its type in itself; its context often has: "shares of X", "X Inc", "chief
executive of X", "X said its", "at X", "X, who", "X said he". :func:`name_features` turns one mention (its
words and the words around it) into string features; :class:`ActorTypeModel` scores them with the weights in
``newslib/models/actor_types.json`` (an averaged perceptron trained by ``newslib train actors`` on GUM's CC-BY
train documents: their person, organization and place mentions named by a proper noun, see
:mod:`newslib.training.actors`). The actor finder (:mod:`newslib.tagging.actors`) asks it only about names
whose type it would otherwise guess, and sums the scores of all of an actor's mentions in the article.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from ..config import MODELS_DIR
from ..errors import DataError

MODEL_NAME = "actor_types.json"
TYPES = ("person", "organization", "place")
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
             "herself": "f", "it": "it", "its": "it", "itself": "it", "they": "they", "their": "they",
             "them": "they"}
_WINDOW = 12  # tokens after a name in which a pronoun counts as its possible referent


#: Surname prefixes written with a capital inside the word ("McKee", "DeMoro", "O'Neill"): their shape is a
#: plain name's, not a company's ("WikiLeaks", "YouGov").
_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|O'|D'|De|Di|Da|Du|La|Le|Van|Von)(?=[A-Z][a-z])")


def _shape(w: str) -> str:
    w = _SURNAME_PREFIX.sub("", w)
    out = []
    for c in w:
        k = "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)


def name_features(words: list[str], i: int, j: int, firstnames=frozenset(), common=None) -> list[str]:
    """Features of the name ``words[i:j]`` in its sentence ``words`` (newslib's tokens, straight
    apostrophes). ``firstnames``: given names; ``common(word)``: is it an ordinary (lower-case) word."""
    name = words[i:j]
    low = [w.lower() for w in name]
    last = low[-1]
    f = ["bias", f"last={last}", f"first={low[0]}", f"suf3={last[-3:]}", f"suf2={last[-2:]}",
         f"n={min(len(name), 4)}", f"shape={_shape(name[-1])}"]
    f += [f"w={w}" for w in low]
    if name[0] in firstnames:
        f.append("given-first")
    if any(w in firstnames for w in name[1:]):
        f.append("given-inside")
    if common is not None:
        f.append(f"common-last={int(common(name[-1]))}")
        if len(name) > 1:
            f.append(f"common-first={int(common(name[0]))}")
    p1 = words[i - 1].lower() if i > 0 else "<s>"
    p2 = words[i - 2].lower() if i > 1 else "<s>"
    n1 = words[j].lower() if j < len(words) else "</s>"
    n2 = words[j + 1].lower() if j + 1 < len(words) else "</s>"
    f += [f"p1={p1}", f"p2p1={p2}_{p1}", f"n1={n1}", f"n1n2={n1}_{n2}", f"n1suf={n1[-2:]}", f"p1suf={p1[-2:]}"]
    if n1 in ("'s", "'"):
        f.append(f"poss={n2}")
    if n1 == ",":
        f.append(f"appos={n2}")
    for w in words[j:j + _WINDOW]:
        k = _PRONOUNS.get(w.lower())
        if k:
            f.append(f"pron={k}")
            break
    return f


class ActorTypeModel:
    """Weights of an averaged perceptron: feature → one weight per type of :data:`TYPES`."""

    def __init__(self, weights: dict[str, list[float]], types: tuple[str, ...] = TYPES):
        self.weights = weights
        self.types = types

    def scores(self, features: list[str]) -> list[float]:
        s = [0.0] * len(self.types)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                for k, v in enumerate(w):
                    s[k] += v
        return s

    def save(self, path: str | Path, meta: dict | None = None) -> Path:
        path = Path(path)
        path.write_text(json.dumps({"types": list(self.types), "meta": meta or {},
                                    "weights": self.weights}, sort_keys=True, separators=(",", ":")),
                        encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path) -> "ActorTypeModel":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls({k: list(v) for k, v in data["weights"].items()}, tuple(data["types"]))
        except (OSError, ValueError, KeyError) as exc:
            raise DataError(str(path), f"cannot read the actor type model ({exc})") from None


@lru_cache(maxsize=1)
def default_model() -> ActorTypeModel:
    """The shipped model (``newslib/models/actor_types.json``), loaded once."""
    return ActorTypeModel.load(MODELS_DIR / MODEL_NAME)
