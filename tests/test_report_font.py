"""The report's embedded font: a WOFF2 subset of the pip CJK font, same bytes every time."""
from __future__ import annotations

import base64
import io
import re

import pytest
from fontTools.ttLib import TTFont

from aigc_analysis.present.pages import embed_font, page_characters
from aigc_analysis.present.webfont import WEB_FONT_FAMILY, web_font_woff2

PAGE = """<!DOCTYPE html><html><head><title>微软</title><style>p { color: red; }</style></head>
<body><h1>北美四大云厂商资本开支</h1><p data-x="隐藏">亚马逊 &amp; 谷歌 2024年6月</p>
<img src="data:image/png;base64,AAAA"></body></html>"""


@pytest.fixture(autouse=True)
def no_stored_cuts(tmp_path, monkeypatch):
    """Every cut here is made, not read from an earlier run's cache (present/font_cache.py)."""
    from aigc_analysis.present import font_cache

    monkeypatch.setattr(font_cache, "FONT_CACHE_DIR", tmp_path / "fonts")


def _embedded(page: str) -> TTFont:
    found = re.search(r"url\(data:font/woff2;base64,([A-Za-z0-9+/=]+)\)", page)
    assert found, "no embedded WOFF2"
    return TTFont(io.BytesIO(base64.b64decode(found.group(1))))


def test_page_characters_are_the_visible_text():
    chars = page_characters(PAGE)
    assert set("北美四大云厂商资本开支亚马逊谷歌&") <= set(chars)
    assert "隐" not in chars  # an attribute value is not drawn
    assert "{" not in chars   # nor the stylesheet


def test_embedded_font_covers_the_page_and_is_deterministic():
    once, twice = embed_font(PAGE), embed_font(PAGE)
    assert once == twice
    assert f'font-family: "{WEB_FONT_FAMILY}"' in once
    cmap = _embedded(once).getBestCmap()
    for ch in "北美四大云厂商资本开支亚马逊谷歌年月A0":
        assert ord(ch) in cmap, ch
    assert ord("隐") not in cmap  # cut to the characters shown
    assert once.index("@font-face") > once.index("p { color: red; }")  # wins over page CSS


def test_subset_bytes_do_not_depend_on_order_or_repeats():
    assert web_font_woff2("微软谷歌") == web_font_woff2("谷歌微软微软")
    assert web_font_woff2("微软")[:4] == b"wOF2"


@pytest.mark.parametrize("text", [
    "本报告预计云厂商资本开支同比增长（2025年）¶",
    # Latin-1, full-width forms, CJK punctuation and digits: glyphs of other shapes
    "Ü©½×—“”…％，。、；：？！【】《》ＡＢＣ１２３一二三亿万元环比下降¥€ﬁ",
])
def test_subset_from_a_prepared_cut_is_the_same_bytes(text):
    from aigc_analysis.present import webfont

    direct = webfont._subset_woff2("".join(sorted(set(text) | set(webfont._ALWAYS))))
    assert webfont.prepare_web_font(text + "另有其他字符")
    try:
        webfont._SUBSETS.clear()
        assert webfont.web_font_woff2(text) == direct
        # a character outside the prepared cut comes from the full face
        assert ord("鑫") in TTFont(io.BytesIO(webfont.web_font_woff2(text + "鑫"))).getBestCmap()
    finally:
        webfont._STAGE_ONE.clear()
        webfont._SUBSETS.clear()


def test_prepare_refuses_more_characters_than_it_would_save():
    from aigc_analysis.present import webfont

    many = "".join(chr(c) for c in range(0x4E00, 0x4E00 + webfont.STAGE_ONE_MAX_CHARS + 1))
    assert not webfont.prepare_web_font(many)
    assert not webfont._STAGE_ONE
