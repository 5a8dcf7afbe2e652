"""Values never produced because no keyword named their noun (invented text).

Over the thirty-four triage sets about three quarters of the gold values the extractor never
produced had no metric keyword in their clause. Most of those nouns are one document's; these
tests cover noun classes that several genres share and whose theme does not depend on the
document:

- money a government or programme allots (``经费``, ``拨款``, ``财政资金``, ``发展资金``): capex, as
  special funds (``专项资金``) already are; a firm's ``研发经费`` stays its R&D expense;
- the return of a fund or holding (``回报率``, ``报酬率``, ``累计收益``): valuation;
- a stake written after the holder's verb (``持有``, ``控股``): valuation;
- a balance-sheet total in a filing's words (``资产总额``, ``负债总额``): earnings;
- a rating scale written as a definition (``评等定义：…报酬率高于15%为买进``) stays boilerplate.
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
    text = "重组完成后，北辰资本持有星桥智能约31%，澜舟集团控股55%。"
    df = facts_of_text(text, PUB)
    for cell in ("约31%", "55%"):
        row = _row(df, cell)
        assert (row["theme"], row["metric"]) == ("valuation", "stake"), row.to_dict()


def test_filing_balance_sheet_totals_are_earnings():
    text = "截至2024年末，公司资产总额412.6亿元，负债总额238.1亿元。"
    df = facts_of_text(text, PUB)
    assert _row(df, "412.6亿元")["metric"] == "total_assets"
    assert _row(df, "238.1亿元")["metric"] == "total_liabilities"
    assert set(df["theme"]) == {"earnings"}
