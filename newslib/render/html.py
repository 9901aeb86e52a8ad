"""A tagged article as HTML: its text with sources, cues, contents, hedges and gaps highlighted inline.

The text is cut at every tag boundary into segments; each segment is escaped and wrapped in one ``<span>``
whose classes name every tag covering it (``nl-source nl-content`` ...) and whose ``title`` says what they
are. Styles are inline so that the same HTML reads the same in JupyterLab (trusted or not), in a report
and in a browser. The article's text is never trusted: every piece of it goes through :func:`html.escape`.
"""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from .style import BACKGROUND_PRIORITY, SPAN_STYLES

if TYPE_CHECKING:  # pragma: no cover
    from ..tagging.tagged import TaggedArticle

_BOX = ("font-family:Georgia,'Times New Roman',serif;font-size:15px;line-height:1.75;color:#1f2328;"
        "background:#ffffff;border:1px solid #d0d7de;border-radius:6px;padding:14px 18px;max-width:52em;")
_TEXT = "white-space:pre-wrap;overflow-wrap:anywhere;margin:0;"
_SUP = "font-family:sans-serif;font-size:10px;color:#6e7781;vertical-align:super;margin-right:2px;"
_TITLE = "font-size:1.2em;font-weight:700;"


def _style(layers: set[str]) -> str:
    parts: list[str] = []
    bg = next((k for k in reversed(BACKGROUND_PRIORITY) if k in layers), None)
    if bg is not None:
        s = SPAN_STYLES[bg]
        parts.append(f"background:{s['background']};color:{s['color']};border-radius:2px;")
    for name in ("cue", "hedge", "booster", "gap"):
        if name in layers:
            parts.append(SPAN_STYLES[name]["extra"])
    if "title" in layers:
        parts.append(_TITLE)
    return "".join(parts)


def _spans(tagged: "TaggedArticle") -> list[tuple[int, int, str, str]]:
    """Every highlighted range as (start, end, layer, description)."""
    out: list[tuple[int, int, str, str]] = []
    art = tagged.article
    if art.title is not None:
        out.append((art.title.start, art.title.end, "title", "title"))
    for a in tagged.attribution_records:
        out.append((a.cue.start, a.cue.end, "cue", f"cue of a {a.kind} ({a.quote})"))
        if a.source is not None:
            who = a.source.actor or a.source.text
            out.append((a.source.start, a.source.end, "source", f"source: {who} ({a.source.kind})"))
        if a.content is not None:
            parts = a.content.parts or ((a.content.start, a.content.end),)
            for s, e in parts:
                out.append((s, e, "content", f"content of a {a.kind}"))
    for h in tagged.hedge_records:
        layer = "booster" if h.kind == "booster" else "hedge"
        out.append((h.start, h.end, layer, f"{layer}{f' ({h.type})' if h.type else ''}"))
    for g in tagged.gap_records:
        about = f" about: {g.about.text}" if g.about is not None else ""
        out.append((g.start, g.end, "gap", f"gap{about}"))
    n = len(tagged.text)
    clipped = [(max(0, s), min(n, e), layer, d) for s, e, layer, d in out]
    return [t for t in clipped if t[0] < t[1]]


def highlighted_text(tagged: "TaggedArticle", *, sentence_numbers: bool = True) -> str:
    """The article's text as escaped HTML with every tag highlighted inline (no legend, no box)."""
    text = tagged.text
    spans = _spans(tagged)
    sent_starts = {s.start: s.index for s in tagged.sents} if sentence_numbers else {}
    cuts = {0, len(text)} | set(sent_starts)
    for s, e, _, _ in spans:
        cuts.add(s)
        cuts.add(e)
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    # Index spans by start for a sweep: spans active on [a, b) are those with s <= a and e >= b.
    spans.sort(key=lambda t: (t[0], -t[1]))
    out: list[str] = []
    active: list[tuple[int, int, str, str]] = []
    k = 0
    for a, b in zip(bounds, bounds[1:]):
        while k < len(spans) and spans[k][0] <= a:
            active.append(spans[k])
            k += 1
        active = [t for t in active if t[1] > a]
        if a in sent_starts:
            out.append(f'<sup class="nl-sentence" style="{_SUP}" title="sentence {sent_starts[a]}">'
                       f"{sent_starts[a]}</sup>")
        chunk = escape(text[a:b], quote=True)
        here = [t for t in active if t[0] <= a and t[1] >= b]
        if not here:
            out.append(chunk)
            continue
        layers = {t[2] for t in here}
        classes = " ".join(f"nl-{layer}" for layer in sorted(layers))
        descriptions = []
        for t in here:
            if t[3] not in descriptions and t[2] != "title":
                descriptions.append(t[3])
        title = escape("; ".join(descriptions), quote=True)
        attr = f' title="{title}"' if title else ""
        out.append(f'<span class="{classes}" style="{_style(layers)}"{attr}>{chunk}</span>')
    return "".join(out)


def legend_html() -> str:
    """The key to the colours, in the same inline styles as the text."""
    items = []
    for name, s in SPAN_STYLES.items():
        items.append(f'<span class="nl-legend-item nl-{name}" style="{_style({name})}padding:1px 5px;'
                     f'margin-right:10px;white-space:nowrap;">{escape(s["label"])}</span>')
    return ('<div class="nl-legend" style="font-family:sans-serif;font-size:12.5px;line-height:2.1;'
            'margin:0 0 10px 0;color:#1f2328;">' + "".join(items) + "</div>")


def summary_line(tagged: "TaggedArticle") -> str:
    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    n_hedges = sum(1 for h in tagged.hedge_records if h.kind != "booster")
    parts = [n(len(tagged.sents), "sentence"), n(len(tagged.attribution_records), "attribution"),
             n(len(tagged.actor_records), "actor"), n(n_hedges, "hedge"),
             n(len(tagged.hedge_records) - n_hedges, "booster"), n(len(tagged.gap_records), "gap")]
    return " · ".join(parts)


def article_html(tagged: "TaggedArticle") -> str:
    """What ``TaggedArticle._repr_html_`` shows: a legend, then the article's text with its tags highlighted.

    Small superscript numbers mark where each sentence starts, matching the ``sentence`` column of the tables.
    """
    meta = [summary_line(tagged)]
    art = tagged.article
    for label, value in (("source", art.source), ("date", art.date), ("file", art.path)):
        if value:
            meta.append(f"{label}: {value}")
    meta_html = escape("  |  ".join(meta))
    return (f'<div class="nl-article" style="{_BOX}">'
            f'<div class="nl-meta" style="font-family:sans-serif;font-size:12px;color:#57606a;margin-bottom:6px;">'
            f"{meta_html}</div>{legend_html()}"
            f'<div class="nl-text" style="{_TEXT}">{highlighted_text(tagged)}</div></div>')


def header_html(tagged: "TaggedArticle") -> str:
    """The article's title as a heading, with its source, date and file under it (all escaped)."""
    art = tagged.article
    title = tagged.title or (art.path and art.path.rsplit("/", 1)[-1]) or "Untitled article"
    facts = []
    for label, value in (("outlet", art.source), ("date", art.date), ("file", art.path),
                         ("encoding", art.encoding if art.encoding != "utf-8" else None)):
        if value:
            facts.append(f"{escape(label)}: <b>{escape(str(value))}</b>")
    facts.append(escape(summary_line(tagged)))
    warnings = "".join(f'<p style="color:#9a6700;margin:2px 0;">⚠ {escape(w)}</p>' for w in art.warnings)
    return (f'<h1 class="nl-title">{escape(title)}</h1>'
            f'<p class="nl-facts" style="color:#57606a;font-size:13px;margin-top:0;">{" · ".join(facts)}</p>'
            f"{warnings}")
