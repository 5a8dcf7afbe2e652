"""Stage 4, the pages' shared furniture: what a reader sees of an HTML page, and the CJK font
embedded in it (used by the report's pages and the source pages of provenance alike).
"""
from __future__ import annotations

import html
import re

from .webfont import WEB_FONT_FAMILY, web_font_css

#: Markup whose text a reader never sees: style and script blocks, then every tag (with its
#: attributes, where the embedded images live).
_NOT_SHOWN = re.compile(r"<(style|script)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)

#: Every text of a page in the embedded face: nbconvert's lab CSS takes its fonts from these
#: variables; monospace text (printed tables) finds Han glyphs in the embedded face.
_FONT_RULES = """:root {{ --jp-content-font-family: "{f}", sans-serif;
        --jp-ui-font-family: "{f}", sans-serif; }}
body {{ font-family: "{f}", sans-serif; }}
pre, code, kbd, samp {{ font-family: "DejaVu Sans Mono", monospace, "{f}"; }}"""


def page_characters(page: str) -> str:
    """The characters a reader can see on an HTML page (text outside tags, entities decoded)."""
    return html.unescape(_NOT_SHOWN.sub(" ", page))


def embed_font(page: str, characters: str | None = None) -> str:
    """``page`` with its own CJK font: an ``@font-face`` holding a WOFF2 subset of the pip
    Noto Sans CJK font cut to the page's characters, and rules drawing all text with it.

    ``characters`` (default: the page's own) lets pages published together share one subset,
    cut once. The style goes last in ``<head>`` so it wins over nbconvert's stylesheet.
    """
    if "</head>" not in page:
        raise ValueError("embed_font: the page has no </head>")
    shown = page_characters(page)
    if characters is not None:
        if not set(shown) <= set(characters):
            raise ValueError("embed_font: characters must include every character the page shows")
        shown = characters
    css = web_font_css(shown) + "\n" + _FONT_RULES.format(f=WEB_FONT_FAMILY)
    head, _, rest = page.partition("</head>")
    return f"{head}<style>\n{css}\n</style>\n</head>{rest}"
