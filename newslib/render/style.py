"""One palette for every view: the highlighted text, its legend, the report pages and the figures.

Colours are colour-blind-safe (Okabe–Ito hues, lightened for backgrounds) and dark enough as text on white.
"""
from __future__ import annotations

#: How each kind of span is shown in the highlighted text: (label, background, text colour, decoration).
SPAN_STYLES: dict[str, dict[str, str]] = {
    "source": {"label": "source (who)", "background": "#cfe4f6", "color": "#0b3d66", "extra": ""},
    "cue": {"label": "cue (said, according to)", "background": "#ffe2b8", "color": "#7a3e00",
            "extra": "font-weight:600;"},
    "content": {"label": "content (what)", "background": "#dff2e3", "color": "#1b4d26", "extra": ""},
    "hedge": {"label": "hedge (may, reportedly)", "background": "transparent", "color": "inherit",
              "extra": "text-decoration:underline wavy #8e44ad;text-decoration-thickness:1.5px;"
                       "text-underline-offset:3px;"},
    "booster": {"label": "booster (clearly)", "background": "transparent", "color": "inherit",
                "extra": "text-decoration:underline double #00796b;text-underline-offset:3px;"},
    "gap": {"label": "gap (not known)", "background": "#f9d3d3", "color": "#7f1d1d",
            "extra": "outline:1px dashed #b91c1c;"},
}

#: Order in which backgrounds win when spans overlap (later wins): a gap inside a content stays visible.
BACKGROUND_PRIORITY = ("content", "source", "cue", "gap")

#: Claim kinds, one colour each (figures and tables).
KIND_COLOURS: dict[str, str] = {
    "statement": "#0072B2",
    "proposal": "#009E73",
    "demand": "#D55E00",
    "rejection": "#CC79A7",
    "speculation": "#E69F00",
    "gap": "#b91c1c",
    "assertion": "#7f7f7f",
    "accusation": "#F0E442",
    "legal": "#56B4E9",
}

#: Source kinds (figures).
SOURCE_KIND_COLOURS: dict[str, str] = {
    "person": "#0072B2", "organization": "#009E73", "country": "#56B4E9", "group": "#E69F00",
    "anonymous": "#D55E00", "pronoun": "#999999", "document": "#CC79A7",
}


def kind_colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, "#4d4d4d")
