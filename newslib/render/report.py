"""Report pages: an executed notebook as one self-contained HTML file, and the index of all runs.

nbconvert's ``basic`` template gives the cells' HTML without any page around it; :func:`notebook_page`
wraps it in our own page (title, run facts, styles, a "show code" switch that is a plain checkbox and CSS,
no script). :func:`strip_external` then removes anything that would load from the network (``<script src>``,
``<link href>``, ``@import``, ``url(http...)``, remote ``<img>``), so a report opens the same offline and
in ten years. Figures are PNG data URIs already.
"""
from __future__ import annotations

import re
from html import escape
from typing import Iterable

_EXTERNAL = r"""(?:https?:)?//[^\s"'<>)]+"""
_SCRIPT_SRC = re.compile(r"<script\b[^>]*\bsrc\s*=\s*[\"']?" + _EXTERNAL + r"[^>]*>\s*</script\s*>", re.I | re.S)
_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']?" + _EXTERNAL + r"[^>]*/?>", re.I | re.S)
_IMG = re.compile(r"<img\b[^>]*\bsrc\s*=\s*[\"']?" + _EXTERNAL + r"[^>]*/?>", re.I | re.S)
_IMPORT = re.compile(r"@import\s+(?:url\()?\s*[\"']?" + _EXTERNAL + r"[^;]*;", re.I)
_CSS_URL = re.compile(r"url\(\s*[\"']?" + _EXTERNAL + r"[\"']?\s*\)", re.I)
_DYNAMIC_IMPORT = re.compile(r"import\(\s*[\"']" + _EXTERNAL + r"[\"']\s*\)", re.I)
#: Attributes that load something; an external value is dropped.
_LOADING_ATTR = re.compile(r"\s(src|srcset|data|poster|background)\s*=\s*([\"'])" + _EXTERNAL + r"\2", re.I)


def strip_external(html: str) -> str:
    """``html`` without anything that would be fetched from another host when the page opens."""
    html = _SCRIPT_SRC.sub("", html)
    html = _LINK.sub("", html)
    html = _IMG.sub('<img alt="(remote image removed: reports are self-contained)">', html)
    html = _IMPORT.sub("", html)
    html = _CSS_URL.sub("none", html)
    html = _DYNAMIC_IMPORT.sub("Promise.reject()", html)
    html = _LOADING_ATTR.sub("", html)
    return html


def external_resources(html: str) -> list[str]:
    """What in ``html`` would still load from the network (empty for a self-contained page)."""
    found: list[str] = []
    for rx in (_SCRIPT_SRC, _LINK, _IMG, _IMPORT, _CSS_URL, _DYNAMIC_IMPORT, _LOADING_ATTR):
        found.extend(m.group(0) for m in rx.finditer(html))
    return found


PAGE_CSS = """
:root { color-scheme: light; }
body { margin: 0; background: #f6f8fa; color: #1f2328;
       font: 15px/1.6 -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; }
.nl-page { max-width: 1040px; margin: 0 auto; padding: 24px 28px 60px; background: #fff;
           min-height: 100vh; box-sizing: border-box; box-shadow: 0 0 0 1px #d8dee4; }
header.nl-head { border-bottom: 3px solid #0072B2; margin-bottom: 18px; padding-bottom: 8px; }
header.nl-head .nl-kicker { font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: #57606a; }
header.nl-head .nl-facts { font-size: 12.5px; color: #57606a; margin-top: 4px; }
header.nl-head .nl-facts b { color: #1f2328; font-weight: 600; }
.nl-status-failed { color: #b91c1c; font-weight: 700; }
.nl-status-success { color: #1a7f37; font-weight: 700; }
h1 { font-size: 1.75em; line-height: 1.25; margin: .3em 0 .4em; }
h2 { font-size: 1.3em; margin: 1.6em 0 .4em; padding-bottom: .2em; border-bottom: 1px solid #d8dee4; }
h3 { font-size: 1.08em; margin: 1.2em 0 .3em; }
p, li { max-width: 52em; }
a { color: #0969da; }
code { background: #eff1f3; padding: 1px 4px; border-radius: 4px; font-size: .9em; }
table { border-collapse: collapse; margin: 8px 0 14px; font-size: 13px; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; max-width: 34em; }
thead th, tr th { background: #f6f8fa; font-weight: 600; text-align: left !important; }
thead tr { text-align: left !important; }
tbody th { color: #8c959f; font-weight: 400; }
tbody tr:nth-child(even) td { background: #fbfcfd; }
img { max-width: 100%; height: auto; }
.jp-OutputArea-output img, .output_png img { display: block; max-width: min(100%, 860px); margin: 6px 0 12px; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.jp-Cell { margin: 0; }
.jp-InputPrompt, .jp-OutputPrompt, .prompt { display: none; }
.jp-RenderedText pre, .output_text pre { background: #f6f8fa; padding: 6px 10px; border-radius: 4px; font-size: 13px; }
.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"] pre { background: #fff8c5; }
.jp-RenderedText[data-mime-type="application/vnd.jupyter.stderr"] pre { background: #fff8c5; }
.jp-OutputArea-output.jp-OutputArea-executeResult pre { background: #f6f8fa; }
.ansi-red-fg { color: #b91c1c; } .ansi-green-fg { color: #1a7f37; } .ansi-cyan-fg { color: #0e7490; }
.ansi-blue-fg { color: #0550ae; } .ansi-yellow-fg { color: #7a5b00; } .ansi-bold { font-weight: 700; }
.jp-InputArea, .input { display: none; margin: 6px 0; }
.input_area { background: #f6f8fa; border-left: 3px solid #8c959f; }
.jp-InputArea pre, .highlight pre { background: #f6f8fa; border-left: 3px solid #8c959f; padding: 6px 10px;
           font-size: 12.5px; margin: 0; }
#nl-show-code:checked ~ .nl-page .jp-InputArea, #nl-show-code:checked ~ .nl-page .input { display: block; }
#nl-show-code:checked + .nl-toggle { background: #ddf4ff; border-color: #54aeff; }
.nl-toggle { position: fixed; top: 10px; right: 14px; font-size: 12.5px; background: #fff; border: 1px solid #d0d7de;
             border-radius: 6px; padding: 3px 9px; cursor: pointer; user-select: none; z-index: 10; }
#nl-show-code { position: absolute; left: -9999px; }
.nl-toggle::after { content: "show code"; }
#nl-show-code:checked + .nl-toggle::after { content: "hide code"; }
#nl-show-code:focus-visible + .nl-toggle { outline: 2px solid #0969da; }
.nl-caption { font-size: 13px; color: #57606a; font-style: italic; }
.nl-error-banner { background: #ffebe9; border: 1px solid #ff8182; padding: 10px 14px; border-radius: 6px;
                   margin-bottom: 14px; }
.celltag_injected-parameters, .celltag_parameters { }
.jp-mod-noOutputs .jp-OutputArea { display: none; }
"""


def _pygments_css() -> str:
    try:
        from pygments.formatters import HtmlFormatter

        return HtmlFormatter(style="default").get_style_defs(".highlight")
    except Exception:  # pragma: no cover - pygments comes with nbconvert
        return ""


def notebook_page(body: str, *, title: str, kicker: str, facts: Iterable[tuple[str, str]] = (),
                  status: str = "success", reason: str | None = None) -> str:
    """A whole HTML page around nbconvert's ``basic`` cell HTML. ``title``, ``facts`` and ``reason`` are
    escaped here; ``body`` is nbconvert's output (cell outputs escape their own text)."""
    fact_html = "  ·  ".join(f"{escape(k)}: <b>{escape(str(v))}</b>" for k, v in facts)
    status_html = f'<span class="nl-status-{escape(status)}">{escape(status)}</span>'
    banner = ""
    if status != "success":
        banner = (f'<div class="nl-error-banner"><b>This run failed.</b> {escape(reason or "")}<br>'
                  "The cells below ran up to the error, which is shown where it happened.</div>")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newslib">
<title>{escape(title)}</title>
<style>{PAGE_CSS}
{_pygments_css()}
</style>
</head>
<body>
<input type="checkbox" id="nl-show-code"><label class="nl-toggle" for="nl-show-code" aria-label="show or hide the code"></label>
<div class="nl-page">
<header class="nl-head">
<div class="nl-kicker">{escape(kicker)} · newslib report · {status_html}</div>
<div class="nl-facts">{fact_html}</div>
</header>
{banner}
<main>
{body}
</main>
</div>
</body>
</html>
"""


def _short(value) -> str:
    """A parameter as the index shows it: paths by their last two parts."""
    s = str(value)
    if "/" in s and len(s) > 40:
        s = "…/" + "/".join(s.rstrip("/").split("/")[-2:])
    return s


def _breakable(text: str) -> str:
    """``text`` escaped, with a line-break opportunity after each ``/``, ``,`` and ``=``: long paths and
    parameter lists wrap there, never inside a word."""
    import re as _re

    return _re.sub(r"([/,=])", r"\1<wbr>", escape(text))


def index_page(runs: list[dict], *, folder: str) -> str:
    """The list of every run in a reports folder, newest first, from their manifests."""
    rows = []
    for m in runs:
        status = str(m.get("status", "?"))
        html_rel = m.get("html_rel")
        link = (f'<a href="{escape(html_rel, quote=True)}">{escape(str(m.get("title") or m.get("run_id")))}</a>'
                if html_rel else escape(str(m.get("title") or m.get("run_id"))))
        params = ", ".join(f"{k}={_short(v)}" for k, v in (m.get("parameters") or {}).items())
        reason = m.get("reason") or ""
        dur = m.get("duration_s")
        rows.append(
            "<tr>"
            f'<td class="nl-nowrap">{escape(str(m.get("start", ""))[:16].replace("T", " "))}</td>'
            f'<td class="nl-nowrap">{escape(str(m.get("notebook_name", "")))}</td>'
            f"<td>{link}</td>"
            f'<td class="nl-nowrap nl-status-{escape(status)}">{escape(status)}</td>'
            f'<td class="nl-nowrap">{"" if dur is None else f"{float(dur):.1f} s"}</td>'
            f"<td><code>{_breakable(params)}</code></td>"
            f"<td>{_breakable(str(reason))}</td>"
            f'<td class="nl-nowrap"><a href="{escape(str(m.get("run_id", "")), quote=True)}/manifest.json">'
            "manifest</a></td>"
            "</tr>")
    body = ('<table class="nl-runs"><thead><tr><th>started (UTC)</th>'
            "<th>notebook</th><th>report</th><th>status</th>"
            "<th>took</th><th>parameters</th><th>reason</th><th></th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>") if rows else "<p>No runs yet.</p>"
    n_failed = sum(1 for m in runs if m.get("status") != "success")
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>newslib reports</title>
<style>{PAGE_CSS}
table.nl-runs {{ width: 100%; table-layout: auto; }}
table.nl-runs td, table.nl-runs th {{ max-width: none; overflow-wrap: normal; word-break: normal; }}
table.nl-runs .nl-nowrap, table.nl-runs th {{ white-space: nowrap; }}
</style></head>
<body><div class="nl-page">
<header class="nl-head"><div class="nl-kicker">newslib · run index</div>
<h1>Reports in {escape(folder)}</h1>
<div class="nl-facts">{len(runs)} run{'' if len(runs) == 1 else 's'} · {n_failed} failed · newest first</div>
</header>
{body}
</div></body></html>
"""
