"""Views for people: a tagged article as highlighted HTML (``html``), report pages (``report``) and one
palette shared with the figures (``style``)."""
from .html import article_html, folded, header_html, highlighted_text, legend_html, table_html, verdict_html

__all__ = ["article_html", "folded", "header_html", "highlighted_text", "legend_html", "table_html", "verdict_html"]
