"""Price tables whose caption bracket opens with the day the prices run to, then the unit
(fixprice48): ``价格汇总（截至2025-09-30，元/百万tokens）``, ``(as of 2025-06-30, US$ bn)``.

The bracket was read as prose (its first item, an as-of note, is no label), so every bare price
cell under it was dropped; the same note written after the label (``（%，截至10月23日）``) or a
month without its as-of word (``（2025年5月，元/千瓦时）``) was already the table's unit. The rule:
a bracket opening with an as-of word (``as_of_note_head``) and a month or day, a separator and
then one label is a unit caption; an as-of year alone (``（截至2025年，亿元）``) still is not.

Every table is invented: the figures and model names are in no report.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from aigc_analysis.extract.quantities import find_unit_labels
from tests.text_facts import facts_of

TOKEN_PRICES = ("某开放平台计费说明\n\n"
                "模型价格一览（截至2025-08-31，元/百万tokens）\n"
                "| 模型 | 输入 | 缓存命中输入 | 输出 |\n"
                "|---|---|---|---|\n"
                "| Foo-Large | 3.00 | 0.30 | 12.00 |\n"
                "| Foo-Mini | 0.20 | 0.02 | 0.80 |\n")


def test_as_of_day_then_label_is_a_unit_caption():
    text = "模型价格一览（截至2025-08-31，元/百万tokens）"
    (start, end, mult, unit), = find_unit_labels(text)
    assert (mult, unit) == (Decimal(1), "CNY")
    assert text[start:end] == "元/百万tokens"


def test_as_of_month_in_chinese_and_english_leads():
    assert [u for *_, u in find_unit_labels("表5：存量规模（截至2025年6月末，亿元）")] == ["CNY"]
    assert [u for *_, u in find_unit_labels("Table 2: backlog (as of 2025-06-30, US$ bn)")] == ["USD"]


def test_as_of_year_alone_then_label_stays_prose():
    assert find_unit_labels("累计投资（截至2025年，亿元）") == []


def test_price_cells_under_as_of_caption_are_prices():
    rows = facts_of(TOKEN_PRICES, dt.date(2025, 9, 10))
    cells = rows[rows["text"].isin(["3.00", "0.30", "12.00", "0.20", "0.02", "0.80"])]
    assert len(cells) == 6, rows[["entity", "metric", "value", "unit", "period", "text"]].to_string()
    assert set(cells["unit"]) == {"CNY"} and set(cells["theme"]) == {"pricing"}
    got = {(e, m, round(v, 2)) for e, m, v in zip(cells["entity"], cells["metric"], cells["value"])}
    assert ("Foo-Large", "input_price_per_1m_tokens", 3.0) in got
    assert ("Foo-Large", "input_price_cache_hit_per_1m_tokens", 0.3) in got
    assert ("Foo-Mini", "output_price_per_1m_tokens", 0.8) in got
    assert set(cells["period"]) == {"2025-08-31"}


# A fee table in 元/月 whose caption and header name no theme word (fixprice48, second rule):
# its bare cells were dropped (no keyword names them, and a document of no money so far gives
# no theme); a money label per month or year is a fee or rent charged per period, a price.
MONTHLY_FEES = ("某出行平台 · 2025年11月价目表\n更新日期：2025-11-01\n\n"
                "一、整车订阅（含保险；单位：元/月）\n"
                "| 车型 | 6个月 | 12个月 |\n"
                "|---|---|---|\n"
                "| 甲品牌 X1 | 4,880 | 3,980 |\n"
                "| 乙品牌 Y2 | 5,290 | 4,490 |\n")

# the same per-month label over an income table: its theme word (收入) decides, not the label
MONTHLY_INCOME = ("某地区调查\n更新日期：2025-11-01\n\n"
                  "一、各区人均收入（单位：元/月）\n"
                  "| 区域 | 城镇 | 农村 |\n"
                  "|---|---|---|\n"
                  "| 东区 | 6,200 | 3,800 |\n"
                  "| 西区 | 5,400 | 3,100 |\n")


def test_fee_cells_per_month_are_prices():
    rows = facts_of(MONTHLY_FEES, dt.date(2025, 11, 1))
    cells = rows[rows["value"].isin([4880.0, 3980.0, 5290.0, 4490.0])]
    assert len(cells) == 4, rows[["entity", "metric", "value", "unit", "period", "text"]].to_string()
    assert set(cells["theme"]) == {"pricing"} and set(cells["unit"]) == {"CNY"}
    assert set(cells["metric"]) == {"price"}


def test_income_per_month_table_is_no_price():
    rows = facts_of(MONTHLY_INCOME, dt.date(2025, 11, 1))
    assert not (rows["theme"] == "pricing").any(), rows[["theme", "metric", "value", "text"]].to_string()
