"""Values never produced because no keyword named their noun (invented text).

Over the thirty-four triage sets about three quarters of the gold values the extractor never
produced had no metric keyword in their clause. Most of those nouns are one document's; these
tests cover noun classes that several genres share and whose theme does not depend on the
document:

- money a government or programme allots (``经费``, ``拨款``, ``财政资金``, ``发展资金``): capex, as
  special funds (``专项资金``) already are; a firm's ``研发经费`` stays its R&D expense;
- the return of a fund or holding (``回报率``, ``报酬率``, ``累计收益``): valuation;
- a stake written after the holder's verb (``持有``): valuation (not ``控股``, which ends firms'
  names: 腾讯控股);
- a balance-sheet total in a filing's words (``资产总额``, ``负债总额``): earnings;
- a rating scale written as a definition (``评等定义：…报酬率高于15%为买进``) stays boilerplate;
- counts whose verb names what is counted (``生成…条``, ``培训…人次``, ``已在…个场景``): adoption;
- an amount that falls from one level to another with no keyword (``由0.06元降至0.02元``): a
  price, the first end the price before the cut.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

PUB = dt.date(2025, 10, 15)


def _row(df, text):
    rows = df[df["text"] == text]
    assert len(rows) == 1, df[["theme", "metric", "value", "unit", "text"]].to_string()
    return rows.iloc[0]


def test_programme_funding_is_capex():
    text = ("青川市科技局发布2025年度重点研发计划指南。本批次拟安排市级财政经费概算3.6亿元，"
            "每个项目经费不超过1200万元。")
    df = facts_of_text(text, PUB)
    for cell, value in (("3.6亿元", 3.6e8), ("不超过1200万元", 1.2e7)):
        row = _row(df, cell)
        assert (row["theme"], row["unit"], row["value"]) == ("capex", "CNY", value)


def test_government_allotment_and_development_fund_are_capex():
    text = ("政府将拨款8亿元设立算力研究中心。市本级安排人工智能产业发展资金5.5亿元，"
            "共投入财政资金2.7亿元。")
    df = facts_of_text(text, PUB)
    for cell in ("8亿元", "5.5亿元", "2.7亿元"):
        assert _row(df, cell)["theme"] == "capex"


def test_firm_rd_funding_stays_rd_expense():
    text = "星岚科技2024年研发经费投入12.4亿元，同比增长18%。澜舟电子全年研发经费为3.1亿元。"
    df = facts_of_text(text, PUB)
    for cell in ("12.4亿元", "3.1亿元"):
        row = _row(df, cell)
        assert (row["theme"], row["metric"]) == ("earnings", "rd_expense"), row.to_dict()


def test_fund_returns_are_valuation():
    text = ("某主权基金上半年整体回报率为6.2%。"
            "某投信AI主题基金今年以来报酬率27.5%。"
            "我们的模拟组合累计收益38.4%。")
    df = facts_of_text(text, PUB)
    for cell in ("6.2%", "27.5%", "38.4%"):
        row = _row(df, cell)
        assert (row["theme"], row["unit"]) == ("valuation", "ratio"), row.to_dict()


def test_rating_definition_return_is_no_fact():
    text = "评等定义：未来12个月报酬率高于15%为买进。"
    df = facts_of_text(text, PUB)
    assert "高于15%" not in set(df["text"]), df[["theme", "metric", "text"]].to_string()


def test_stake_after_holding_verb_is_valuation():
    text = "重组完成后，北辰资本持有星桥智能约31%，澜舟集团持有其余69%。"
    df = facts_of_text(text, PUB)
    for cell in ("约31%", "69%"):
        row = _row(df, cell)
        assert (row["theme"], row["metric"]) == ("valuation", "stake"), row.to_dict()


def test_filing_balance_sheet_totals_are_earnings():
    text = "截至2024年末，公司资产总额412.6亿元，负债总额238.1亿元。"
    df = facts_of_text(text, PUB)
    assert _row(df, "412.6亿元")["metric"] == "total_assets"
    assert _row(df, "238.1亿元")["metric"] == "total_liabilities"
    assert set(df["theme"]) == {"earnings"}


# ---- counts named by the verb before them (facts_words.csv unit_counter, unit_counter_verb) ----

def test_generated_items_are_adoption():
    text = "某电商平台的AI工具上半年为商家生成商品短视频约480万条。"
    df = facts_of_text(text, PUB)
    row = _row(df, "约480万")
    assert (row["theme"], row["metric"], row["value"]) == ("adoption", "items_generated", 4.8e6)


def test_people_trained_and_hired_are_adoption():
    text = ("今年全省计划开展人工智能技能培训不少于5万人次。"
            "研究院首两年预计聘用约220名研究员。")
    df = facts_of_text(text, PUB)
    trained = _row(df, "不少于5万")
    assert (trained["theme"], trained["metric"]) == ("adoption", "trainees")
    hired = _row(df, "约220")
    assert (hired["theme"], hired["metric"]) == ("adoption", "hires")


def test_deployments_and_customers_are_adoption():
    text = "该物流大模型已在31个业务场景上线。其智驾方案已获19家车企采用。"
    df = facts_of_text(text, PUB)
    assert _row(df, "31")["metric"] == "deployments"
    assert _row(df, "19")["metric"] == "customers"
    assert set(df["theme"]) == {"adoption"}


def test_counted_items_with_no_verb_stay_unclaimed():
    # 项 and 名 count whatever a verb names; with none (a ranking, a list of clauses) no row
    text = "该指数今年入选前十名的企业中，有三项指标领先。"
    df = facts_of_text(text, PUB)
    assert df.empty, df[["theme", "metric", "value", "text"]].to_string()


# ---- amounts that fall from one level to another with no keyword (facts.py _fallen_amount) ----

def test_unnamed_fall_is_a_price_and_its_old_level():
    text = "引入分拣机器人后，每件包裹的末端处理费用由0.09元降至0.04元。"
    df = facts_of_text(text, PUB)
    before, after = _row(df, "0.09元"), _row(df, "0.04元")
    assert (before["theme"], before["metric"], before["value"]) == ("pricing", "price_before_cut", 0.09)
    assert (after["theme"], after["metric"], after["value"]) == ("pricing", "price", 0.04)


def test_unnamed_fall_past_a_time_and_filler():
    text = "一套本地部署方案已从2024年的约38万元降到目前的12万元左右。"
    df = facts_of_text(text, PUB)
    assert _row(df, "约38万元")["metric"] == "price_before_cut"
    assert _row(df, "约38万元")["period"] == "2024"
    assert _row(df, "12万元左右")["metric"] == "price"
    assert set(df["theme"]) == {"pricing"}


def test_unnamed_rise_names_nothing():
    # a rise is as often guidance, depreciation or revenue: no price
    text = "三家合计从2024年的约900亿美元增至2025年的约1300亿美元。"
    df = facts_of_text(text, PUB)
    assert "pricing" not in set(df["theme"]), df[["theme", "metric", "text"]].to_string()


def test_amounts_of_two_currencies_are_no_fall():
    text = "该笔交易由约2亿美元降至约14亿元人民币的口径。"
    df = facts_of_text(text, PUB)
    assert "pricing" not in set(df["theme"]), df[["theme", "metric", "text"]].to_string()
