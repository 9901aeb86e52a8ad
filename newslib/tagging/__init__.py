"""Claim tagging: attributions, claim kinds, hedges, information gaps and actors.

One module a kind of extraction (textacy's habit): ``attributions``, ``hedges``, ``gaps``, ``actors``,
``kinds``; ``tagger.tag`` runs them in order and ``tagged.TaggedArticle`` holds the result.
"""
from .records import (ACTOR_TYPES, CLAIM_KINDS, SOURCE_KINDS, Actor, Attribution, Content, Gap, Headline, Hedge,
                      SentenceTags, Source)
from .tagged import TaggedArticle
from .tagger import tag

__all__ = ["ACTOR_TYPES", "CLAIM_KINDS", "SOURCE_KINDS", "Actor", "Attribution", "Content", "Gap", "Headline",
           "Hedge", "SentenceTags", "Source", "TaggedArticle", "tag"]
