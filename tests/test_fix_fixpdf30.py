"""A table a PDF flattened to single blanks under a header of short labels: a word per cell."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.segment import tab_flattened_rows
from tests.text_facts import facts_of

_TABLE = (
    "图表3：两家设备厂商最新一季关键数据\n"
    "公司 财季 收入 同比 毛利率\n"
    "ASML 2025Q3 75.2亿欧元 0.7% 51.6%\n"
    "应用材料 FY2025Q4 68.0亿美元 -3.5% 48.0%\n"
    "资料来源：公司公告\n"
)


def test_header_aligned_rows_are_read_cell_by_cell():
    rows = facts_of(_TABLE, dt.date(2025, 11, 20))
    got = {(r.entity, r.metric, round(r.value, 4), r.period) for r in rows.itertuples()}
    assert ("Applied Materials", "gross_margin", 0.48, "FY2025Q4") in got
    assert ("Applied Materials", "revenue_growth", -0.035, "FY2025Q4") in got
    assert ("ASML", "gross_margin", 0.516, "2025Q3") in got


def test_header_and_rows_are_laid_out_as_tabs():
    lines = tab_flattened_rows(_TABLE).split("\n")
    assert lines[1] == "公司\t财季\t收入\t同比\t毛利率"
    assert lines[3] == "应用材料\tFY2025Q4\t68.0亿美元\t-3.5%\t48.0%"


def test_one_row_or_prose_is_no_table():
    # one row under the labels is no run of rows; English prose keeps no column pattern
    one = "公司 财季 收入 同比 毛利率\nASML 2025Q3 75.2亿欧元 0.7% 51.6%\n说明文字。\n"
    assert "\t" not in tab_flattened_rows(one).split("\n")[0]
    prose = "Revenue grew fast this year\nsales rose 12% to 3.4 billion\nit fell 5% in 2024 again\n"
    assert "\t" not in tab_flattened_rows(prose)


def test_china_share_column_is_each_firms_revenue_share():
    rows = facts_of(_TABLE.replace("毛利率\n", "毛利率 中国占比\n").replace("51.6%\n", "51.6% 42%\n")
                    .replace("48.0%\n", "48.0% 29%\n"), dt.date(2025, 11, 20))
    hit = rows[(rows["value"] - 0.29).abs() < 1e-9]
    assert list(zip(hit["theme"], hit["metric"])) == [("earnings", "revenue_share")]



def test_investment_per_unit_of_capacity_is_capex_a_stake_stays_valuation():
    text = ("表2：不同方案对比\n方案 适用功率 单MW初始投资\n甲方案 ＜25kW 约300万元\n"
            "乙方案 25-150kW 约450万元\n资料来源：测算\n")
    rows = facts_of(text, dt.date(2025, 11, 20))
    hit = rows[(rows["value"] - 4.5e6).abs() < 1]
    assert list(hit["theme"]) == ["capex"]
    stake = facts_of("甲公司与乙公司成立合资公司，初始投资12亿元，甲公司持股60%。", dt.date(2025, 11, 20))
    assert list(stake[(stake["value"] - 1.2e9).abs() < 1]["theme"]) == ["valuation"]
