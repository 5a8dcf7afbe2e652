"""Lexicon battery of round 25: metric words a sentence may hold as its only measure word, so a
number that parses gives a fact (``metrics.csv`` keywords and ``facts_words.csv`` count
counters). Without its row each number below has no metric and no fact. Every sentence is
invented."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 11, 20)


@pytest.mark.parametrize("text, fact, theme, metric", [
    # retention after 30 days, like 次月留存
    ("据统计，应用乙的30日留存为48%，较上季度提升3个百分点。", "48%", "adoption", "retention_30d"),
    ("据统计，应用乙的30日留存为48%，较上季度提升3个百分点。", "3个百分点", "adoption", "retention_30d_change"),
    # a platform's take rate
    ("我们估算丙平台货币化率约4.2%，同比提升约0.3个百分点。", "约4.2%", "earnings", "take_rate"),
    ("我们估算丙平台货币化率约4.2%，同比提升约0.3个百分点。", "约0.3个百分点", "earnings", "take_rate_change"),
    # a fund's exposure, Chinese and English
    ("季末总敞口165%，净敞口52%。", "165%", "valuation", "gross_exposure"),
    ("季末总敞口165%，净敞口52%。", "52%", "valuation", "net_exposure"),
    ("The fund ended June with net exposure of 49%.", "49%", "valuation", "net_exposure"),
    # Taiwan export orders, Traditional too
    ("10月資訊通信產品接單215.4億美元，年增48.2%。", "215.4億美元", "market", "export_orders"),
    ("10月資訊通信產品接單215.4億美元，年增48.2%。", "48.2%", "market", "export_orders_growth"),
    ("10月海外生产比为47.1%，较去年同期下降3.2个百分点。", "47.1%", "market", "overseas_production_ratio"),
    # devices in use, paid robotaxi rides
    ("截至6月末，甲办公软件全球月度活跃设备数5.1亿，同比增长7.5%。", "5.1亿", "adoption", "monthly_active_devices"),
    ("截至6月末，甲办公软件全球月度活跃设备数5.1亿，同比增长7.5%。", "7.5%", "adoption",
     "monthly_active_devices_growth"),
    ("乙公司付费出行累计突破800万次。", "800万", "adoption", "paid_rides"),
    # research output and firms of an industry
    ("2024年全球AI论文约30.2万篇，同比增长12.1%。", "约30.2万", "market", "papers_published"),
    ("2024年全球AI专利授权总量约9.6万件。", "约9.6万", "market", "patent_grants"),
    ("某省人工智能核心企业数量达3,850家，增长8.8%。", "3,850", "market", "enterprise_count"),
    ("本届展会参展企业超过600家。", "超过600", "market", "exhibitors"),
    # funds' mean return, launch and subsidised prices, public bonds
    ("我们跟踪的30只基金近一年平均回报45.1%。", "45.1%", "valuation", "average_return"),
    ("甲AI眼镜首发价2499元，国补后约2,124元。", "2499元", "pricing", "launch_price"),
    ("甲AI眼镜首发价2499元，国补后约2,124元。", "约2,124元", "pricing", "price_after_subsidy"),
    ("乙公司发行美元公开债约300亿美元。", "约300亿美元", "valuation", "notes_issued"),
    # users of a tool counted by the noun right after the count
    ("截至三季度末，超过300万广告主使用过该工具。", "超过300万", "adoption", "advertisers"),
    ("已有超过15万家组织使用该平台。", "超过15万", "adoption", "organizations"),
    ("超过200万商家使用过AI经营工具，日均活跃使用商家约60万家。", "超过200万", "adoption", "merchants"),
    ("超过200万商家使用过AI经营工具，日均活跃使用商家约60万家。", "约60万", "adoption", "merchants"),
])
def test_metric_word_gives_a_fact(text, fact, theme, metric):
    row = row_of(facts_of_text(text, PUB), fact)
    assert (row["theme"], row["metric"]) == (theme, metric)


def test_inventory_days_column_is_a_count_of_days():
    text = ("表2　分销商经营指标\n公司　　　营收（亿元）　　存货周转天数\n"
            "甲电子　　52.3　　　　　　　41\n乙科技　　18.6　　　　　　　57\n")
    df = facts_of_text(text, PUB)
    assert row_of(df, "41")["metric"] == "inventory_days"
    assert row_of(df, "57")["metric"] == "inventory_days"


def test_enterprise_number_is_not_read_in_digitalisation():
    # 企业数量 is the row, never 企业数 alone: 企业数字化 names no count
    df = facts_of_text("推动中小企业数字化转型，覆盖1200家。", PUB)
    assert "enterprise_count" not in set(df["metric"])


def test_a_firms_own_orders_are_not_export_orders():
    # only a product group's 接单 is the island's export orders; bare 接单 may be one firm's
    df = facts_of_text("前十月甲公司NRE接单年增逾70%。", PUB)
    assert "export_orders_growth" not in set(df["metric"])
