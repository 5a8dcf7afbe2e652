"""Share fixes (invented texts): a share of work done by AI (a unit of work that AI handles
before a bare share word, an automatic-handling rate) is adoption, and the change in the next
clause is the change AI brings to that work, not a fall of a market share; a survey's share of
its respondents (N%的受访者…, 约七成受访开发者…, 受访者占N%) is adoption of the population surveyed,
whatever its verb, with its pp change; a bare share of computing capacity is compute. Each
group has near-misses the rule must leave alone (a firm's share of a market, survey metadata)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 9, 15)


def _facts(text):
    return facts_of_text(text, PUB)


def _row(text, quote):
    return row_of(_facts(text), quote)


# ---- share of work done by AI: adoption ----------------------------------------------------------

@pytest.mark.parametrize("text, quote, value", [
    ("星河人寿2024年智能理赔案件占比超过八成，人工审核量下降35%。", "超过八成", 0.8),
    ("2024年蓝鲸外卖AI客服接待的咨询中，「秒回」占比超过七成，单次处理成本下降15%。", "超过七成", 0.7),
    ("青松保险2024年由大模型处理的工单比例达到64%。", "64%", 0.64),
])
def test_share_of_work_done_by_ai_is_adoption(text, quote, value):
    r = _row(text, quote)
    assert (r["theme"], r["value"]) == ("adoption", pytest.approx(value))


@pytest.mark.parametrize("text, quote, metric, value", [
    ("星河人寿2024年智能理赔案件占比超过八成，人工审核量下降35%。", "下降35%", "manual_workload_change", -0.35),
    ("2024年蓝鲸外卖AI客服接待的咨询中，「秒回」占比超过七成，单次处理成本下降15%。", "下降15%",
     "cost_per_case_change", -0.15),
])
def test_change_after_a_share_of_ai_work_is_its_change(text, quote, metric, value):
    r = _row(text, quote)
    assert (r["theme"], r["metric"], r["value"]) == ("adoption", metric, pytest.approx(value))


def test_automatic_handling_rate_is_adoption():
    df = _facts("青松保险称，自动核保率由2023年的48%升至2024年的69%，平均核保时长缩短五成。")
    for quote, period in (("48%", "2023"), ("69%", "2024")):
        r = row_of(df, quote)
        assert (r["theme"], r["metric"], r["period"]) == ("adoption", "ai_handling_rate", period)
    r = row_of(df, "缩短五成")
    assert (r["theme"], r["metric"], r["value"]) == ("adoption", "handling_time_change", pytest.approx(-0.5))


@pytest.mark.parametrize("text, quote", [
    ("海岳视觉在国内安防摄像头市场占比约四成。", "约四成"),  # a firm's share of a market
    ("2024年AI服务器出货量占比约三成。", "约三成"),  # no unit of work: a share of shipments
])
def test_share_of_a_market_stays_market(text, quote):
    assert _row(text, quote)["theme"] == "market"


# ---- survey respondents: adoption -----------------------------------------------------------------

def test_share_of_respondents_whatever_the_verb():
    df = _facts("本次调查中，仅23%的受访者愿意为AI助手每月付费，另有37%表示“绝不付费”。")
    for quote, value in (("23%", 0.23), ("37%", 0.37)):
        r = row_of(df, quote)
        assert (r["theme"], r["entity"], r["value"]) == ("adoption", "Survey respondents", pytest.approx(value))


def test_fraction_of_respondents_glued_and_its_pp_change():
    df = _facts("约六成受访开发者每周至少使用一次AI编程助手，较去年提升14个百分点。")
    r = row_of(df, "约六成")
    assert (r["theme"], r["entity"], r["value"]) == ("adoption", "Surveyed developers", pytest.approx(0.6))
    r = row_of(df, "14个百分点")
    assert (r["theme"], r["unit"], r["value"]) == ("adoption", "pp", pytest.approx(0.14))


def test_respondents_before_occupy():
    df = _facts("使用生成式AI的受访者占57%，较去年增加16个百分点。")
    r = row_of(df, "57%")
    assert (r["theme"], r["entity"]) == ("adoption", "Survey respondents")
    assert row_of(df, "16个百分点")["theme"] == "adoption"


def test_survey_metadata_gives_no_row():
    df = _facts("本次共访问1,306名受访者，回应率为36.5%，抽样误差不超过正负2.7个百分点。")
    assert not set(df["text"]) & {"36.5%", "2.7个百分点"}


def test_later_share_without_respondents_is_not_theirs():
    # 表示 after a share of a sentence naming no respondents: no survey share
    df = _facts("公司2024年营收增长37%，管理层表示将继续投入。")
    assert "Survey respondents" not in set(df["entity"])


# ---- a bare share of computing capacity: compute ------------------------------------------------

@pytest.mark.parametrize("text, quote", [
    ("全市智能算力占总算力的比重为68.5%，较上年提高11个百分点。", "68.5%"),
    ("新增算力中采用国产芯片的占比为43%。", "43%"),
])
def test_share_of_computing_capacity_is_compute(text, quote):
    assert _row(text, quote)["theme"] == "compute"


def test_share_of_shipments_stays_market():
    assert _row("2025年一季度某市智能手机出货量中，品牌丙市场份额为41.3%。", "41.3%")["theme"] == "market"


# ---- usage shares of a tool and shares of respondents under a share word: adoption ---------------

def test_usage_rate_table_and_its_points_column_are_adoption():
    text = ("表3　工具份额\n| 工具 | 2024年使用率 | 2025年使用率 | 变化(pp) |\n|---|---|---|---|\n"
            "| 丁编程 | 2.8% | 8.9% | +6.1 |\n| 戊助手 | 38.2% | 44.0% | +5.8 |\n")
    df = _facts(text)
    for quote, unit in (("2.8%", "ratio"), ("8.9%", "ratio"), ("+6.1", "pp")):
        r = row_of(df, quote)
        assert (r["theme"], r["unit"]) == ("adoption", unit)


def test_share_word_after_respondents_is_adoption():
    df = _facts("受访者中对AI持正面态度的比例为68%，去年为59%。")
    r = row_of(df, "68%")
    assert (r["theme"], r["entity"]) == ("adoption", "Survey respondents")
    assert row_of(df, "59%")["theme"] == "adoption"


def test_points_column_of_a_market_share_table_stays_market():
    text = ("表2　品牌份额\n| 品牌 | 2024年份额 | 2025年份额 | 变化(pp) |\n|---|---|---|---|\n"
            "| 品牌丁 | 21.5% | 24.0% | +2.5 |\n")
    df = _facts(text)
    assert row_of(df, "+2.5")["theme"] == "market"
    assert row_of(df, "21.5%")["theme"] == "market"


def test_shares_in_a_sentence_framing_its_respondents():
    df = _facts("受访者中，64%曾使用生成式AI，其中每天使用的占26%。")
    for quote in ("64%", "26%"):
        r = row_of(df, quote)
        assert (r["theme"], r["entity"]) == ("adoption", "Survey respondents")


def test_frame_of_respondents_leaves_an_amount_alone():
    df = _facts("受访企业中，样本公司2024年营收增长23%。")
    assert row_of(df, "23%")["theme"] != "adoption"


def test_time_change_of_work_ai_does_is_adoption():
    r = _row("云杉人寿2024年新业务价值按年增长17%，借助AI，平均核保时间缩短六成。", "缩短六成")
    assert (r["theme"], r["metric"], r["value"]) == ("adoption", "handling_time_change", pytest.approx(-0.6))


def test_cost_change_without_ai_is_not_adoption():
    df = _facts("2024年，云杉人寿理赔费用同比增长11%。")
    assert "adoption" not in set(df["theme"])


def test_informatisation_rate_is_adoption():
    assert _row("到2027年，农业生产信息化率达到36%以上。", "36%以上")["theme"] == "adoption"
