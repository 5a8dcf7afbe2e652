"""Theme confusions (fixtheme26): the 市场 of 市场预期 / 市场一致预期 is the analysts'
expectation, no market: a consensus column or sentence gives the consensus of a firm's measure
(earnings, capex), never a market size; a market's own forecast stays market. Every example is
invented (青禾, 云川, 岚峰 exist in no report)."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract import keywords as kw
from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 3, 10)

_TABLE = ("表一　重点公司季度业绩预览（单位：亿元；按年为%）\n"
          "公司　　　　本行预测收入　　市场预期收入　　市场预期按年　　市场预期净利润\n"
          "青禾科技　　　　1,120　　　　　 1,105　　　　　 +12.4　　　　　 310\n"
          "岚峰集团　　　　 455　　　　　　 462　　　　　 +8.8　　　　　　 52\n")

CASES = [
    # consensus columns of a results preview: the firms' revenue, growth and profit
    (_TABLE, "1,105", "earnings"),
    (_TABLE, "+12.4", "earnings"),
    (_TABLE, "310", "earnings"),
    # the consensus of a capex stated before
    ("云川软件四季度资本开支约90亿元，明年市场一致预期已升至约130亿元。", "约130亿元", "capex"),
    ("资本开支方面，市场预期岚峰集团季内约120亿元。", "约120亿元", "capex"),
]


@pytest.mark.parametrize("text,number,theme", CASES)
def test_consensus_is_no_market(text, number, theme):
    assert row_of(facts_of_text(text, DAY), number)["theme"] == theme


def test_market_keyword_before_expectation_dropped():
    """市场 before 预期 is no metric keyword; 市场 before 规模 or alone still is."""
    words = [h.word for h in kw.find_metric_keywords("市场预期收入")]
    assert "市场" not in words and "收入" in words
    assert "市场" in [h.word for h in kw.find_metric_keywords("AI眼镜市场约120亿元")]


def test_market_forecast_stays_market():
    """A market's size and its forecast after it stay market sizes."""
    f = facts_of_text("2025年全球AI眼镜市场规模约120亿元，市场预期2026年增长至约200亿元。", DAY)
    assert row_of(f, "约120亿元")["theme"] == "market"
    assert row_of(f, "约200亿元")["theme"] == "market"


def test_an_earlier_expectation_after_an_expectation_stays_a_consensus():
    df = facts_of_text("岚图云2026年资本开支市场预期约640亿美元，高于此前的580亿美元。", dt.date(2025, 10, 15))
    assert list(df.sort_values("value")["metric"]) == ["capex_consensus", "capex_consensus"]


def test_near_miss_a_year_ago_amount_after_an_expectation_is_the_measure():
    df = facts_of_text("公司收入4.2亿美元，高于市场预期的3.9亿美元，较去年同期的3.0亿美元增长40%。",
                       dt.date(2025, 10, 15))
    assert row_of(df, "3.0亿美元")["metric"] == "revenue"
    assert row_of(df, "3.9亿美元")["metric"] == "revenue_consensus"
