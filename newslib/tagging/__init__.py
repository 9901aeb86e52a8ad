"""Claim tagging: attributions, claim kinds, hedges, information gaps and actors.

One module a kind of extraction (textacy's habit): ``attributions``, ``hedges``, ``gaps``, ``actors``,
``kinds``; ``tagger.tag`` runs them in order and ``tagged.TaggedArticle`` holds the result: its ``sents``
carry their tokens and tags, its attributions and actors are spans of the article.
"""
from .records import (ACTOR_TYPES, ATTRIBUTION_COLUMNS, CLAIM_KINDS, SOURCE_KINDS, Actor, Attribution, Content, Gap,
                      Hedge, Source, TaggedSentence)
from .tagged import TaggedArticle
from .tagger import tag, tag_many

__all__ = ["ACTOR_TYPES", "ATTRIBUTION_COLUMNS", "CLAIM_KINDS", "SOURCE_KINDS", "Actor", "Attribution", "Content",
           "Gap", "Hedge", "Source", "TaggedArticle", "TaggedSentence", "tag", "tag_many"]
