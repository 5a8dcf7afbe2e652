"""Period fixes of a weekly tracker's table and of planned windows.

Every example is invented (the tracker, its figures and 青禾算力 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 5, 19)

WEEKLY = """算力租赁周报｜第20期
发布日期：2025年5月19日
统计周期：2025.05.12—2025.05.18（上期：2025.05.05—2025.05.11）

本周推理卡租金走高，训练卡租金小幅回落。

表1　整机月租报价（单位：万元/台/月；环比：%）
| 型号 | 本周均价 | 上周均价 | 环比 |
|---|---|---|---|
| L40S | 2.10 | 2.05 | +2.4 |
| A10 | 0.84 | 0.86 | -2.3 |
"""


def _periods(text: str, day: dt.date = DAY) -> dict[str, str]:
    f = facts_of(text, day)
    return dict(zip(f["text"], f["period"]))


def test_a_change_column_after_this_and_last_week_columns_is_this_weeks_change():
    p = _periods(WEEKLY)
    assert p["2.05"] == "2025-05-05/2025-05-11"
    assert p["+2.4"] == p["-2.3"] == "2025-05-12/2025-05-18"


def test_a_weekly_trackers_undated_quotes_are_of_its_labelled_week():
    text = WEEKLY.replace("本周推理卡租金走高，训练卡租金小幅回落。",
                          "一、本周要点\n1. L40S整机月租报价中枢2.10万元/台/月，环比上涨2.4%。\n"
                          "2. 海外参照：A10按需价格约0.60美元/卡/时。")
    p = _periods(text)
    assert p["2.10万元/台/月"] == p["约0.60美元/卡/时"] == "2025-05-12/2025-05-18"

