"""Set-24 classes E1 (a table's name column headed 供应商/厂商 or after a rank column) and S
(financial-statement tables: line items by years or quarters).

Every example is invented (星衡科技, 晨星生物 and their figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2026, 1, 12)


def _rows(text: str, day: dt.date = DAY) -> dict[str, tuple]:
    f = facts_of_text(text, day)
    return {t: (e, m, v, p) for t, e, m, v, p in zip(f["text"], f["entity"], f["metric"], f["value"], f["period"])}


SUPPLIER_SHARES = """2025年中国AI加速芯片市场格局点评

根据调研，2025年中国AI加速芯片市场规模约1200亿元。

表1：中国AI加速芯片市场份额

| 供应商 | 2025年份额 | 2024年份额 |
|---|---|---|
| 英伟达 | 24.3% | 29.0% |
| 华为 | 21.5% | 18.2% |
| 寒武纪 | 6.1% | 4.0% |
"""


def test_e1_a_supplier_column_of_a_share_table_names_each_rows_firm():
    r = _rows(SUPPLIER_SHARES)
    assert r["24.3%"][0] == r["29.0%"][0] == "Nvidia"
    assert r["21.5%"][0] == r["18.2%"][0] == "Huawei"
    assert r["6.1%"][0] == "Cambricon"
    assert r["24.3%"][3] == "2025" and r["29.0%"][3] == "2024"


def test_e1_near_miss_a_supplier_column_of_a_deal_table_stays_the_counterparty():
    text = ("## 星衡科技：上游采购\n\n星衡科技2025年采购总额约30亿元。\n\n"
            "| 供应商 | 合同金额（亿元） |\n|---|---|\n| 英伟达 | 12.5 |\n| 华为 | 6.2 |\n")
    r = _rows(text)
    assert r["12.5"][0] != "Nvidia" and r["6.2"][0] != "Huawei"


RANKED = """2025年第二季度中国公有云市场追踪

表：中国公有云市场厂商份额（%）

排名 | 厂商 | 2025Q2份额 | 2024Q2份额 | 同比增速
--- | --- | --- | --- | ---
1 | 阿里云 | 33 | 34 | 15
2 | 华为云 | 17 | 18 | 14
3 | 腾讯云 | 10 | 11 | 9
- | 其他 | 40 | 37 | 25
"""


def test_e1_a_rank_column_first_then_a_vendor_column_names_each_row():
    f = facts_of_text(RANKED, dt.date(2025, 9, 10))
    by = {(e, p, v) for e, p, v in zip(f["entity"], f["period"], f["value"])}
    assert ("Huawei Cloud", "2025Q2", 0.17) in by and ("Huawei Cloud", "2024Q2", 0.18) in by
    assert ("Alibaba Cloud", "2025Q2", 0.33) in by
    assert ("其他", "2025Q2", 0.4) in by  # the unranked row names itself, not "-"
    assert not {"-", "China public cloud market"} & set(f["entity"])
    assert not ({1.0, 2.0, 3.0} & set(f["value"]))  # ranks are no facts


def test_e1_a_growth_column_after_two_period_columns_is_the_latest_periods():
    f = facts_of_text(RANKED, dt.date(2025, 9, 10))
    growth = f[f["metric"].str.endswith("growth")]
    assert set(growth["period"]) == {"2025Q2"}
    # the other way round too: | 2024年 | 2025年 | 同比 |
    text = ("表：星衡科技营业收入（亿元）\n\n| 项目 | 2024年 | 2025年 | 同比 |\n|---|---|---|---|\n"
            "| 营业收入 | 10.2 | 12.6 | 23.5% |\n")
    assert _rows(text)["23.5%"][3] == "2025"


def test_e1_near_miss_a_growth_column_after_one_period_column_keeps_it():
    text = ("表：星衡科技分季度收入（亿元）\n\n| 项目 | 2025Q3 | 同比 | 2025Q2 | 同比 |\n|---|---|---|---|---|\n"
            "| 营业收入 | 3.1 | 21% | 2.8 | 18% |\n")
    r = _rows(text)
    assert r["21%"][3] == "2025Q3" and r["18%"][3] == "2025Q2"
