"""An untranslated Chinese row label becomes the table's or the document's subject only where it
is a line of that subject (a business, a scenario, a line item), never where it is a name of its
own: a label under a column of places or products (市场, 区域, 产品: facts_words.csv
own_name_column) stays as written, and a sub-row (其中：…) follows its parent row: the subject's
line when the parent names no one, its own part when the parent is a firm. Every name below is
invented."""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

_DAY = dt.date(2025, 11, 12)

_SCENES = """岫澜支付科技有限公司2025年三季度交易统计

发布日期：2025年11月12日

二、分场景交易统计（金额单位：亿元）
| 场景 | 交易笔数 | 交易金额 | 同比(%) |
|---|---|---|---|
| 线下扫码 | 77.4 | 12,310 | 13.6 |
| 跨境收款 | 2.3 | 415 | 38.2 |

岫澜支付三季度营业收入18.6亿元，同比增长9.4%。岫澜支付三季度净利润2.7亿元。
"""


def test_a_business_line_is_the_subjects():
    df = facts_of_text(_SCENES, _DAY)
    for cell in ("13.6", "38.2"):
        entity = entity_of(df, cell)
        assert entity.startswith("Xiulan"), (cell, entity)  # the firm, never 线下扫码


_PLACES = """岫澜科技股份有限公司2025年数据中心布局

发布日期：2025年11月12日

表1　两地数据中心容量（单位：MW）
| 区域 | 在建 | 规划 |
|---|---|---|
| 澄屿 | 85 | 620 |
| 汀湾 | 40 | 310 |

岫澜科技三季度营业收入18.6亿元，同比增长9.4%。岫澜科技三季度净利润2.7亿元。
"""


def test_a_place_row_keeps_its_own_name():
    # near miss: under 区域 each label is a place of its own, not the firm's line
    df = facts_of_text(_PLACES, _DAY)
    for cell in ("85", "620", "310"):
        entity = entity_of(df, cell)
        assert not entity.startswith("Xiulan"), (cell, entity)


_PRODUCTS = """岫澜科技2025年三季度经营简报

发布日期：2025年11月12日

表2　产品收入（单位：亿元）
| 产品 | 2025Q3 | 同比(%) |
|---|---|---|
| 澄光云盘 | 6.8 | 21.5 |

岫澜科技三季度营业收入18.6亿元，同比增长9.4%。岫澜科技三季度净利润2.7亿元。
"""


def test_a_product_row_keeps_its_own_name():
    df = facts_of_text(_PRODUCTS, _DAY)
    entity = entity_of(df, "6.8")
    assert not entity.startswith("Xiulan"), entity


_PARTS = """表2：某集团2025年三季度分部业绩（单位：亿元）
| 分部 | 营收 | 同比 |
|---|---|---|
| 岫澜集团 | 640.0 | 8.2% |
| 其中：澄光业务 | 188.5 | 27.4% |
"""

_LINES = """岚岫钢铁股份有限公司2025年10月生产经营快报

发布日期：2025年11月12日

| 指标（单位：万吨） | 2025年10月 | 同比(%) |
|---|---|---|
| 粗钢 | 186.5 | -3.6 |
| 其中：冷轧板 | 31.2 | 6.1 |

岚岫钢铁10月营业收入52.3亿元，同比增长4.1%。岚岫钢铁当月利润总额1.8亿元。
"""


def test_a_sub_row_follows_its_parent_row():
    # under a firm's row the part is the firm's part, as written; under a line of the subject
    # (粗钢, no one's name) the part is the subject's line too
    parts = facts_of_text(_PARTS, _DAY)
    assert entity_of(parts, "188.5") == "澄光业务", parts[["text", "entity"]].to_string()
    assert entity_of(facts_of_text(_LINES, _DAY), "6.1").startswith("Lanxiu")


_TOTAL = """岫丰种业科技股份有限公司2025财年业绩简报

发布日期：2025年11月12日

二、分业务情况（单位：万元）
| 业务 | 营业收入 | 同比(%) |
|---|---|---|
| 种苗 | 126,480 | -4.1 |
| 植保制剂 | 71,350 | -13.8 |
| 其他 | 8,370 | 2.2 |
| 合计 | 206,200 | -7.9 |

岫丰种业本财年营业收入20.62亿元，同比下降7.6%。岫丰种业本财年净利润1.9亿元。
"""


def test_a_total_of_the_subjects_lines_is_the_subjects():
    # 种苗, 植保制剂 are the firm's lines and 其他 the rest: 合计 is the firm's whole, never
    # "Xiufeng and Other"
    df = facts_of_text(_TOTAL, _DAY)
    rows = df[df["text"] == "-7.9"]
    assert len(rows) >= 1, df[["text", "entity"]].to_string()
    assert all(e.startswith("Xiufeng") and "Other" not in e for e in rows["entity"]), rows["entity"].tolist()
    assert entity_of(df, "-13.8").startswith("Xiufeng")
