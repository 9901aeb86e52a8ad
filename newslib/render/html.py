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
#: One paragraph a line of the text, spaced by an explicit margin: the same in a report, in JupyterLab and
#: in print, whatever the host page's styles for ``white-space`` or ``<p>``.
_TEXT = "margin:0;padding:0;"
_PARA = "margin:0 0 0.8em 0;padding:0;white-space:pre-wrap;overflow-wrap:anywhere;"
_SUP = "font-family:sans-serif;font-size:10px;color:#6e7781;vertical-align:super;margin-right:2px;"
_TITLE = "font-size:1.2em;font-weight:700;"
#: An attribution's number beside each of its parts: bold, boxed in the part's colour, printed as it shows.
_NUM = ("font-family:sans-serif;font-size:10px;font-weight:700;line-height:1;vertical-align:super;"
        "padding:0 2px;margin:0 1px;border-radius:3px;border:1px solid {border};color:{color};background:#fff;")
#: Certainty marks at the start of a sentence: fewer filled quarters, less sure. None for stated as fact.
CERTAINTY_MARKS = ((0.75, "◕"), (0.5, "◑"), (0.25, "◔"), (0.0, "○"))
_MARK = "font-family:'DejaVu Sans',sans-serif;font-size:12px;color:#8e44ad;margin-right:3px;"


def certainty_mark(certainty: float, uncertain: bool = False) -> str:
    """The mark a sentence of this certainty carries in the text ("" for a sentence stated as fact)."""
    if certainty >= 0.995 and not uncertain:
        return ""
    return next(mark for floor, mark in CERTAINTY_MARKS if certainty >= floor)


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


def _spans(tagged: "TaggedArticle") -> list[tuple[int, int, str, str, int | None]]:
    """Every highlighted range as (start, end, layer, description, attribution number or None)."""
    out: list[tuple[int, int, str, str, int | None]] = []
    art = tagged.article
    if art.title is not None:
        out.append((art.title.start, art.title.end, "title", "title", None))
    for number, a in enumerate(tagged.attribution_records, 1):
        out.append((a.cue.start, a.cue.end, "cue", f"[{number}] cue of a {a.kind} ({a.quote})", number))
        if a.source is not None:
            who = a.source.actor or a.source.text
            out.append((a.source.start, a.source.end, "source", f"[{number}] source: {who} ({a.source.kind})",
                        number))
        if a.content is not None:
            parts = a.content.parts or ((a.content.start, a.content.end),)
            for s, e in parts:
                out.append((s, e, "content", f"[{number}] content of a {a.kind}", number))
    for h in tagged.hedge_records:
        layer = "booster" if h.kind == "booster" else "hedge"
        out.append((h.start, h.end, layer, f"{layer}{f' ({h.type})' if h.type else ''}", None))
    for g in tagged.gap_records:
        about = f" about: {g.about.text}" if g.about is not None else ""
        out.append((g.start, g.end, "gap", f"gap{about}", None))
    n = len(tagged.text)
    clipped = [(max(0, s), min(n, e), layer, d, num) for s, e, layer, d, num in out]
    return [t for t in clipped if t[0] < t[1]]


def number_badge(number: int, role: str) -> str:
    """An attribution's number as it shows beside its source, cue or content (and in the legend)."""
    s = SPAN_STYLES[role]
    style = _NUM.format(border=s["color"], color=s["color"])
    return f'<sup class="nl-num nl-num-{role}" style="{style}" title="attribution {number}: {role}">{number}</sup>'


def _sentence_mark(index: int, certainty: float | None, uncertain: bool, title: bool) -> str:
    mark = "" if title or certainty is None else certainty_mark(certainty, uncertain)
    what = f"sentence {index}"
    if certainty is not None and not title:
        what += f", certainty {certainty:.2f}" + (" (uncertain)" if uncertain else "")
    html = f'<sup class="nl-sentence" style="{_SUP}" title="{escape(what, quote=True)}">{index}</sup>'
    if mark:
        html += f'<span class="nl-certainty" style="{_MARK}" title="{escape(what, quote=True)}">{mark}</span>'
    return html


def _sentence_facts(tagged: "TaggedArticle") -> list[dict]:
    """Each sentence's index, start, end, title (bool), certainty and uncertain."""
    return [{"index": s.index, "start": s.start, "end": s.end, "title": bool(s.title),
             "certainty": float(s.certainty), "uncertain": bool(s.uncertain)} for s in tagged.sents]


def highlighted_text(tagged: "TaggedArticle", *, sentence_numbers: bool = True) -> str:
    """The article's text as escaped HTML with every tag highlighted inline (no legend, no box): one ``<p>``
    a line of text (blank lines are spacing only), each source, cue and content preceded by its
    attribution's number, each sentence by its number and, unless it is stated as fact, a certainty mark."""
    text = tagged.text
    spans = _spans(tagged)
    sent_starts = {s["start"]: s for s in _sentence_facts(tagged)} if sentence_numbers else {}
    cuts = {0, len(text)} | set(sent_starts)
    for s, e, *_ in spans:
        cuts.add(s)
        cuts.add(e)
    for i, ch in enumerate(text):
        if ch == "\n":
            cuts.add(i)
            cuts.add(i + 1)
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    badges: dict[int, list[str]] = {}
    for s, e, layer, _, num in sorted(spans, key=lambda t: (t[0], t[4] or 0, t[2])):
        if num is not None:
            badges.setdefault(s, []).append(number_badge(num, layer))
    # Index spans by start for a sweep: spans active on [a, b) are those with s <= a and e >= b.
    spans.sort(key=lambda t: (t[0], -t[1]))
    out: list[str] = []
    para_open = False
    active: list = []
    k = 0
    for a, b in zip(bounds, bounds[1:]):
        while k < len(spans) and spans[k][0] <= a:
            active.append(spans[k])
            k += 1
        active = [t for t in active if t[1] > a]
        chunk_text = text[a:b]
        if chunk_text == "\n":
            if para_open:
                out.append("</p>")
                para_open = False
            continue
        if not para_open:
            line_end = text.find("\n", a)
            if not text[a:len(text) if line_end < 0 else line_end].strip():
                continue  # a blank line is spacing, which the paragraphs' margins give
            out.append(f'<p class="nl-para" style="{_PARA}">')
            para_open = True
        if a in sent_starts:
            s = sent_starts[a]
            out.append(_sentence_mark(s["index"], s["certainty"], s["uncertain"], s["title"]))
        out.extend(badges.get(a, ()))
        chunk = escape(chunk_text, quote=True)
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
    if para_open:
        out.append("</p>")
    return "".join(out)


def legend_html() -> str:
    """The key to the colours, in the same inline styles as the text."""
    items = []
    for name, s in SPAN_STYLES.items():
        items.append(f'<span class="nl-legend-item nl-{name}" style="{_style({name})}padding:1px 5px;'
                     f'margin-right:10px;white-space:nowrap;">{escape(s["label"])}</span>')
    items.append('<span class="nl-legend-item" style="display:inline-block;margin-right:10px;">'
                 f'{number_badge(1, "source")}{number_badge(1, "cue")}{number_badge(1, "content")} '
                 "one attribution's parts (the # of the claims table)</span>")
    marks = ", ".join(f"{m} {floor:g}–{floor + 0.25:g}" if floor else f"{m} under 0.25"
                      for floor, m in CERTAINTY_MARKS)
    items.append(f'<span class="nl-legend-item" style="display:inline-block;"><span style="{_MARK}">'
                 f"{CERTAINTY_MARKS[0][1]}</span>before a sentence: its certainty ({marks}; none: stated as fact)"
                 "</span>")
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

    Small grey superscript numbers mark where each sentence starts (the ``sentence`` column of the tables),
    boxed numbers each attribution's parts (the ``#`` of the claims table).
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


_VERDICT_STYLES = {  # (border, background, text colour, symbol)
    "supported": ("#1a7f37", "#dafbe1", "#116329", "✔"),
    "discussed": ("#0969da", "#ddf4ff", "#0a3069", "…"),
    "contradicted": ("#cf222e", "#ffebe9", "#82071e", "⚠"),
    "unrelated": ("#bf8700", "#fff8c5", "#6f4a00", "⚠"),
    "unchecked": ("#8c959f", "#f6f8fa", "#424a53", "–"),
}


def verdict_html(tagged: "TaggedArticle") -> str:
    """The headline check as a banner: the verdict in a sentence (a warning when the body contradicts the
    headline or is about something else), its probabilities, and the body sentences that decided it."""
    from ..verdict import verdict

    v = verdict(tagged.headline)
    border, background, colour, symbol = _VERDICT_STYLES[v.key]
    facts = []
    if v.stance is not None:
        facts.append(f"stance: <b>{escape(v.stance)}</b>")
        facts.append(f"related: <b>{'yes' if v.related else 'no'}</b>")
    if v.probability_text:
        facts.append(escape(v.probability_text))
    evidence = ""
    if tagged.headline is not None and tagged.headline.evidence:
        sentences = _sentence_facts(tagged)
        items = []
        for e in tagged.headline.evidence:
            index = next((s["index"] for s in sentences if s["start"] <= e.start < s["end"]), None)
            label = f"sentence {index}: " if index is not None else ""
            items.append(f'<li style="margin:2px 0;">{escape(label)}<q>{escape(" ".join(e.text.split()))}</q></li>')
        evidence = ('<div style="margin-top:6px;font-size:13px;">Evidence from the body:<ul style="margin:2px 0 0 0;'
                    f'padding-left:1.3em;">{"".join(items)}</ul></div>')
    role = ' role="alert"' if v.flagged else ""
    return (f'<div class="nl-verdict nl-verdict-{v.key}"{role} style="border:1px solid {border};border-left:6px solid '
            f'{border};background:{background};color:{colour};border-radius:6px;padding:10px 14px;margin:6px 0 16px 0;'
            'font-family:sans-serif;max-width:52em;">'
            '<div style="font-size:11.5px;letter-spacing:.06em;text-transform:uppercase;opacity:.85;">'
            "Headline check</div>"
            f'<div style="font-size:17px;font-weight:700;margin:2px 0 4px 0;">{symbol} {escape(v.headline)}</div>'
            f'<div style="font-size:13px;">{" · ".join(facts)}</div>{evidence}</div>')


def table_html(frame, *, index: bool = False) -> str:
    """A table as plain HTML for a report or JupyterLab alike: cells escaped, a dash for a missing value
    (never ``NaN``), counts without a decimal point, shares (a column of values from 0 to 1) with three decimals,
    the index only when it means something."""
    import pandas as pd

    out = frame.copy()
    for col in out.columns:
        values = out[col]
        whole = values.dropna()
        if (pd.api.types.is_float_dtype(values) and len(whole) and whole.map(float.is_integer).all()
                and whole.abs().max() > 1):
            values = values.astype("Int64")  # counts that went through a float column (312.0), not shares
        elif pd.api.types.is_float_dtype(values) and len(whole) and whole.between(0, 1).all():
            # shares read alike in every row: "1.000" beside "0.857", never a bare "1.0" that reads as a count
            values = values.map(lambda v: "—" if pd.isna(v) else f"{v:.3f}")
        if isinstance(values.dtype, pd.api.extensions.ExtensionDtype) and values.isna().any():
            values = values.astype(object).where(values.notna(), "—")  # to_html writes <NA> for pd.NA
        out[col] = values
    return out.to_html(index=index, escape=True, na_rep="—", border=0, classes="nl-table")


def folded(summary: str, inner_html: str, *, open_: bool = False) -> str:
    """``inner_html`` folded under a ``<details>`` whose ``summary`` (escaped) opens it: no script."""
    return (f'<details class="nl-folded"{" open" if open_ else ""} style="margin:8px 0 14px 0;">'
            f'<summary style="cursor:pointer;font-weight:600;">{escape(summary)}</summary>{inner_html}</details>')
