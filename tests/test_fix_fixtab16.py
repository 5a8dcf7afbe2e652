"""fixtab16: table-reading classes (invented tables, invented firms and numbers)."""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

PUB = dt.date(2025, 8, 5)


# --- 1: 其他 in a share table is the rest of the market, under a vendor/brand column too ---------
def test_other_row_of_a_brand_share_table():
    f = facts_of_text("表2　2025Q2全球智能手表品牌份额（%）\n品牌\t份额\t环比变化（个百分点）\n"
                      "岚渡智能\t31.2\t+1.3\n曜芯半导体\t22.8\t-0.7\n其他\t14.6\t-2.2\n", PUB)
    assert entity_of(f, "14.6") == "Other"
    assert entity_of(f, "-2.2") == "Other"


def test_other_row_of_a_vendor_share_table_header():
    f = facts_of_text("表3：2025年1-6月座舱芯片供应商格局\n供应商\t份额(%)\n岚渡智能\t40.5\n其他\t9.1\n", PUB)
    assert entity_of(f, "9.1") == "Other"


def test_other_row_of_a_revenue_table_under_a_firm_column_stays():
    # near-miss: a revenue table (no share word) keeps 其他 as written under 公司
    f = facts_of_text("表1：AI应用公司2025年收入（亿元）\n公司\t2025年收入\n澜溪数科\t12.5\n其他\t3.3\n",
                      dt.date(2026, 1, 20))
    assert entity_of(f, "3.3") not in ("Qita", "Other")


# --- 2: a Han label holding a metric word: the caption's market-size rows or its concept --------
_SIZES = ("表1：端侧算力产业链市场规模预测（单位：亿美元）\n环节\t2025E\t2027E\n全球AI加速芯片\t1800\t2600\n"
          "全球存储芯片\t900\t1300\n\n截至11月21日，中证算力指数年初至今上涨约41%，同期沪深300上涨约12%。\n")


def test_market_size_row_names_its_market_not_an_index_met_later():
    f = facts_of_text(_SIZES, dt.date(2025, 11, 25))
    assert entity_of(f, "1800") == "AI accelerator chips"
    assert entity_of(f, "900") not in ("CSI 300", "CSI Computing Power Index")


_TRADE = ("表1：集成电路进出口（HS 8542）\n指标\t2025年10月\t同比\t2025年1-10月\n进口数量（亿个）\t412\t5.5%\t3980\n"
          "出口金额（亿美元）\t133.7\t14.8%\t1207\n\n星河证券研究所 宏观与科技组\n")


def test_metric_rows_are_the_captions_concept():
    f = facts_of_text(_TRADE, dt.date(2025, 11, 20))
    assert entity_of(f, "412") == "integrated circuits"
    assert entity_of(f, "1207") == "integrated circuits"


def test_a_heading_naming_a_firm_still_owns_its_metric_rows():
    # near-miss: a firm named in the heading right above keeps the table (not the caption's concept)
    f = facts_of_text("三、岚渡科技（688000.SH）：服务器业务提速\n表3：AI服务器业务经营数据（亿元）\n指标\t2025年\t同比\n"
                      "服务器业务收入\t58.7\t25%\n", dt.date(2025, 11, 20))
    assert entity_of(f, "58.7") != "AI servers"
