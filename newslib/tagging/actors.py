"""Actors (initial version: no actors)."""
from __future__ import annotations


def find_actors(text, sentences, attributions):
    return [], list(attributions)
