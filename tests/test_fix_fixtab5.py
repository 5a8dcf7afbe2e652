"""Tables and restatements (fixtab5): columns under header words the vocabulary did not know
(excess returns, portfolio weights, merchant counts, closing prices, IPO key-value rows), the
subject of a two-column key-value table, and the same claim stated twice.

Every example is an invented text, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of


# --- class 6: columns under header words the vocabulary did not know ---------------------
FUND_TABLE = (
    "星桥私募2025年11月刊\n\n"
    "表1：产品表现（截至2025年11月28日）\n"
    "| 产品 | 本月超额(%) | 今年以来超额(%) | 最大回撤(%) |\n"
    "|---|---|---|---|\n"
    "| 星桥中证800增强 | +0.92 | +7.70 | -3.10 |\n"
    "| 星桥量化对冲2号 | +0.38 | +4.20 | -1.20 |\n\n"
    "表2：因子组表现\n"
    "| 因子组 | 多头年化超额(%) | 当前权重(%) | RankIC均值 |\n"
    "|---|---|---|---|\n"
    "| 价量因子 | 12.4 | 35.0 | 0.062 |\n"
    "| 基本面因子 | 6.8 | 25.0 | 0.041 |\n"
)


def test_excess_return_and_weight_columns_are_read():
    f = facts_of_text(FUND_TABLE, dt.date(2025, 12, 5))
    month = row_of(f, "+0.92")
    assert (month["theme"], month["metric"], month["value"], month["unit"]) == \
        ("valuation", "excess_return", pytest.approx(0.0092), "ratio")
    assert row_of(f, "+4.20")["metric"] == "excess_return"
    assert row_of(f, "-3.10")["metric"] == "max_drawdown"  # the column read before stays
    annual = row_of(f, "12.4")
    assert (annual["theme"], annual["metric"], annual["value"]) == \
        ("valuation", "annualized_excess_return", pytest.approx(0.124))
    weight = row_of(f, "25.0")
    assert (weight["metric"], weight["value"], weight["unit"]) == ("portfolio_weight", pytest.approx(0.25), "ratio")
    # near-miss: a rank-IC column is a score, no fact
    assert not f["text"].isin(["0.062", "0.041"]).any()


def test_heavyweight_stocks_keep_their_move():
    # near-miss: 权重股 names stocks, the move beside it stays a return, not a weight
    f = facts_of_text("岚川日报\n2025年6月3日\n\n今日权重股集体上涨，岚川银行上涨3.2%。\n", dt.date(2025, 6, 3))
    assert row_of(f, "3.2%")["metric"] != "portfolio_weight"


def test_merchant_count_column_with_full_width_digits():
    text = ("双十一直播电商点评\n2025年11月20日\n\n"
            "表３　各平台开播情况\n"
            "平台｜开播商家数（万家）｜ＧＭＶ同比（％）\n"
            "星店｜６．４｜２３．５\n"
            "岚购｜３．１｜１８．２\n")
    f = facts_of_text(text, dt.date(2025, 11, 20))
    merchants = row_of(f, "６．４")
    assert (merchants["theme"], merchants["metric"], merchants["value"], merchants["unit"]) == \
        ("adoption", "merchants", pytest.approx(64000), "count")
    assert row_of(f, "２３．５")["metric"] == "gmv_growth"


def test_closing_price_column_of_a_blank_aligned_hk_table():
    text = ("港股收市表現\n2025年12月8日\n\n"
            "股份　　　代號　　收市價（港元）　　變幅(%)\n"
            "岚图智声　　02671　　12.40　　-3.10\n"
            "星衡機器人　　09877　　8.71　　+2.20\n")
    f = facts_of_text(text, dt.date(2025, 12, 8))
    price = row_of(f, "12.40")
    assert (price["theme"], price["metric"], price["value"], price["unit"]) == \
        ("valuation", "share_price", pytest.approx(12.4), "HKD")
    assert row_of(f, "+2.20")["metric"] == "return"
    assert row_of(f, "12.40")["entity"] == row_of(f, "-3.10")["entity"]


# --- class 14: two-column key-value tables -----------------------------------------------
LISTING = (
    "新股速递：科创板迎来AI芯片新股\n2025年12月5日\n\n"
    "12月5日，岚芯科技在科创板挂牌上市，首日收涨186.4%。\n\n"
    "表1：发行概况\n"
    "| 项目 | 数值 |\n"
    "| --- | --- |\n"
    "| 发行股数（万股） | 4500 |\n"
    "| 网上发行中签率 | 0.0281% |\n"
    "| 网上有效申购倍数（倍） | 4120.6 |\n\n"
    "表2：上市首日表现\n"
    "| 指标 | 12月5日 |\n"
    "| --- | --- |\n"
    "| 开盘价（元） | 75.00 |\n"
    "| 成交额（亿元） | 41.7 |\n"
)


def test_key_value_rows_are_the_issuers_metrics():
    f = facts_of_text(LISTING, dt.date(2025, 12, 5))
    issuer = row_of(f, "186.4%")["entity"]
    for cell in ("4500", "0.0281%", "4120.6", "75.00", "41.7"):
        assert row_of(f, cell)["entity"] == issuer, cell
    opening = row_of(f, "75.00")
    assert (opening["metric"], opening["value"], opening["unit"], opening["period"]) == \
        ("opening_price", pytest.approx(75.0), "CNY", "2025-12-05")
    subscribed = row_of(f, "4120.6")
    assert (subscribed["metric"], subscribed["unit"]) == ("oversubscription", "multiple")


def test_two_column_table_of_companies_keeps_the_companies():
    # near-miss: a first column of firms names each row's entity
    text = ("光模块公司市值一览\n2025年12月5日\n\n"
            "12月5日，岚芯科技在科创板挂牌上市。\n\n"
            "| 公司 | 总市值（亿元） |\n"
            "| --- | --- |\n"
            "| 中际旭创 | 3650 |\n"
            "| 新易盛 | 2410 |\n")
    f = facts_of_text(text, dt.date(2025, 12, 5))
    assert row_of(f, "3650")["entity"] != row_of(f, "2410")["entity"]
    assert "Lanxin" not in row_of(f, "3650")["entity"]


# --- class 19: a headline repeating body figures rounded ------------------------------------
def _titled_facts(text: str, published: dt.date):
    """The facts of ``text`` with its first line as the document's title (as the loader reads it)."""
    from aigc_analysis.extract.facts import extract_document, facts_frame
    from aigc_analysis.load.normalise import to_simplified
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "title": text.strip().split("\n")[0], "published": published, "publisher": "Test Broker",
           "boilerplate": []}
    return facts_frame(extract_document(doc))


def test_headline_rounding_of_body_figures_is_one_claim():
    text = ("星衡科技上市首日大涨超300%，市值超900亿元\n2025年6月3日\n\n"
            "6月3日，星衡科技在科创板上市，首日收涨312.6%，收盘总市值约923亿元。\n")
    f = _titled_facts(text, dt.date(2025, 6, 3))
    assert not f["text"].isin(["超300%", "超900亿元"]).any()
    assert row_of(f, "312.6%")["value"] == pytest.approx(3.126)
    assert row_of(f, "约923亿元")["value"] == pytest.approx(9.23e10)


def test_headline_figure_with_no_body_counterpart_stays():
    # near-misses: no body figure of that measure; a body figure outside the headline's rounding
    text = ("岚川智能股价大涨6%，营收增长两成\n2025年6月3日\n\n"
            "岚川智能今日成交额12.3亿元。公司一季度营收增长31.5%。\n")
    f = _titled_facts(text, dt.date(2025, 6, 3))
    assert row_of(f, "6%")["value"] == pytest.approx(0.06)
    assert row_of(f, "31.5%")["value"] == pytest.approx(0.315)
    assert len(f[f["metric"] == "revenue_growth"]) == 2


def test_rounding_step_of_written_values():
    from aigc_analysis.extract.facts import _rounding_step
    assert _rounding_step({"text": "超300%", "value": 3.0, "unit": "ratio"}) == pytest.approx(1.0)
    assert _rounding_step({"text": "逾2.5%", "value": 0.025, "unit": "ratio"}) == pytest.approx(0.001)
    assert _rounding_step({"text": "超900亿元", "value": 9e10, "unit": "CNY"}) == pytest.approx(1e10)
    assert _rounding_step({"text": "逾一成", "value": 0.1, "unit": "ratio"}) == pytest.approx(0.1)


# --- class 13: a bilingual story and its currency conversions -------------------------------
BILINGUAL = (
    "Hanbit Memory Q2 profit jumps on AI chip demand\n"
    "Seoul, July 30, 2025\n\n"
    "SEOUL, July 30 (Wire) - Hanbit Memory said on Wednesday its operating profit for the April-June "
    "quarter rose 41% to 3.2 trillion won ($2.3 billion), beating estimates. Revenue rose 28% to 18.5 trillion won.\n\n"
    "【中文译文】\n"
    "韩国瀚比特存储周三表示，4-6月当季营业利润同比增长41%，至3.2万亿韩元（约合23亿美元），超出预期。"
    "营收增长28%至18.5万亿韩元。\n"
)


def test_english_original_and_its_translation_are_one_claim():
    f = facts_of_text(BILINGUAL, dt.date(2025, 7, 30))
    growth = f[f["metric"] == "operating_profit_growth"]
    assert len(growth) == 1 and growth.iloc[0]["period"] == "2025Q2"
    profit = f[f["metric"] == "operating_profit"]
    # fixrt12: the Chinese conversion (约合23亿美元) is a row of its own, so the English $2.3
    # billion it restates is dropped for it: one KRW row and one USD row
    assert sorted(profit["unit"]) == ["KRW", "USD"]
    assert (f["unit"] == "USD").sum() == 1
    assert len(f[f["metric"] == "revenue_growth"]) == 1
    assert not (f["entity"] == "April-June").any()  # a month range is no name


def test_english_only_story_keeps_its_figures():
    # near-miss: no Chinese paragraph restates the English figures
    text = ("Hanbit Memory Q2 profit jumps on AI chip demand\nSeoul, July 30, 2025\n\n"
            "SEOUL, July 30 (Wire) - Hanbit Memory said on Wednesday its operating profit for the April-June "
            "quarter rose 41% to $2.3 billion, beating estimates. Revenue rose 28% on strong demand for memory.\n\n"
            "韩国瀚比特存储周三公布二季度业绩，公司表示人工智能服务器需求强劲，明年资本开支将增加约三成。\n")
    f = facts_of_text(text, dt.date(2025, 7, 30))
    assert row_of(f, "$2.3 billion")["unit"] == "USD"
    assert row_of(f, "41%")["value"] == pytest.approx(0.41)
    assert row_of(f, "28%")["value"] == pytest.approx(0.28)


def test_translator_note_states_no_claim():
    text = ("瀚比特存储二季度营收大增\n2025年7月30日\n\n"
            "瀚比特存储二季度营收同比增长215%（译注：原文为more than tripled，即增长超过两倍）。\n")
    f = facts_of_text(text, dt.date(2025, 7, 30))
    assert row_of(f, "215%")["value"] == pytest.approx(2.15)
    assert not (f["unit"] == "multiple").any()
