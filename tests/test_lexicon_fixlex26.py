"""Lexicon battery of round 26: words an analyst's text uses that no data row held, so the number
got no fact, the wrong unit, or an entity left in Chinese. Without its row each assertion below
fails. Every sentence and table is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.names import market_phrases
from helpers_text import entity_of, facts_of_text, row_of

PUB = dt.date(2026, 11, 20)


# --- regions.csv: overseas data-centre hubs as table row labels, in English ------------------

def test_overseas_hub_row_labels_are_english():
    text = ("东南亚数据中心供给（MW）\n市场\t已投运\t空置率（%）\n新加坡\t1,010\t1.6\n"
            "柔佛\t1,150\t4.1\n巴淡岛\t190\t12.4\n")
    df = facts_of_text(text, PUB)
    assert entity_of(df, "1,150") == "Johor"
    assert entity_of(df, "4.1") == "Johor"
    assert entity_of(df, "190") == "Batam"
    assert entity_of(df, "12.4") == "Batam"


# --- metrics.csv: a talent report's supply-demand ratio and new postings, a return rate ---------

@pytest.mark.parametrize("text, fact, theme, metric, unit", [
    ("某招聘平台数据显示，10月算法岗人才供求比为0.47，较上月进一步收紧。", "0.47", "market",
     "supply_demand_ratio", "ratio"),
    ("据平台统计，智能手表退货率约12%，比普通手表高出约5个百分点。", "约12%", "market", "return_rate", "ratio"),
    # a hiring platform's new postings, 新发 beside or apart from its 岗位
    ("9月，某平台AI相关岗位新发布量约41.2万个，同比增长27%。", "约41.2万", "market", "job_postings", "count"),
    ("三季度单季新发岗位约14.6万个，环比增长6%。", "约14.6万", "market", "job_postings", "count"),
    ("2025年，平台新发AI相关岗位约52.7万个，同比增长33.5%。", "约52.7万", "market", "job_postings", "count"),
    ("2025年，平台新发AI相关岗位约52.7万个，同比增长33.5%。", "33.5%", "market", "job_postings_growth", "ratio"),
])
def test_metric_words(text, fact, theme, metric, unit):
    row = row_of(facts_of_text(text, PUB), fact)
    assert (row["theme"], row["metric"], row["unit"]) == (theme, metric, unit)


# --- market_words.csv: Latin field words and 在轨计算 name a market ---------------------------

@pytest.mark.parametrize("text, fact, name", [
    ("我们测算2025年中国EDA市场规模约150亿元。", "约150亿元", "China EDA market"),
    ("全球Robotaxi市场规模2030年有望达到600亿美元。", "600亿美元", "Global robotaxi market"),
    ("全球在轨计算市场规模约20亿美元。", "约20亿美元", "Global in-orbit computing market"),
])
def test_market_names_in_english(text, fact, name):
    assert [n.name for n in market_phrases(text)] == [name]
    assert entity_of(facts_of_text(text, PUB), fact) == name


def test_latin_firm_before_market_word_still_no_market():
    # a run of unknown Latin letters is a firm's name, not a field: no market
    assert market_phrases("Zentrix市场份额约12%") == []


# --- currency_words.csv: the Singapore dollar by its short names -----------------------------

@pytest.mark.parametrize("text, fact, value", [
    ("某云厂商宣布到2029年在新加坡追加投资85亿新元。", "85亿新元", 8.5e9),
    ("当地批发托管租金升至每千瓦每月390新元。", "390新元", 390.0),
    ("甲公司拟投资30亿新币扩建数据中心。", "30亿新币", 3e9),
])
def test_singapore_dollar_short_names(text, fact, value):
    row = row_of(facts_of_text(text, PUB), fact)
    assert row["unit"] == "SGD"
    assert row["value"] == pytest.approx(value)
