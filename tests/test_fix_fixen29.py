"""A bilingual wire (an English paragraph, then its Chinese translation): the figure is one claim,
kept once as the Chinese row. Where the translation names no entity (a segment after a bracketed
abbreviation, 数字媒体（DM）收入增长12%) and the English paragraph's reading does, the kept row
takes the English row's entity instead of staying unspecified."""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

TEXT = (
    "某某财经快讯 | 双语快讯（英文原稿附中文译文）\n"
    "BRIEF-Adobe results: cloud demand holds up\n\n"
    "SAN JOSE, Dec 10 (Wire) - Adobe Inc on Wednesday reported quarterly revenue of US$6.2 billion, "
    "up 10% from a year earlier and slightly above analysts' estimates.\n"
    "【译文】Adobe周三公布季度营收62亿美元，同比增长10%，略高于分析师预期。\n\n"
    "Digital media revenue rose 12% to US$4.6 billion, while annualised recurring revenue grew 11% "
    "to US$18.6 billion.\n"
    "【译文】数字媒体（DM）收入增长12%至46亿美元；年化经常性收入增长11%至186亿美元。\n"
)


def test_translation_row_takes_the_english_rows_entity():
    rows = facts_of(TEXT, dt.date(2025, 12, 11))
    for value, unit in ((0.12, "ratio"), (4.6e9, "USD"), (0.11, "ratio"), (1.86e10, "USD")):
        hit = rows[(rows["unit"] == unit) & ((rows["value"] - value).abs() <= 1e-9 * value)]
        assert len(hit) == 1, rows.to_string()  # one claim, not an English row and a Chinese row
        assert hit.iloc[0]["entity"] == "Adobe", rows.to_string()
