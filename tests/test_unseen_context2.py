"""Failure classes seen on reports in no scored set: entities and periods of market moves,
products and makers, comparisons. Every example is an invented sentence, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.names import index_name
from text_facts import facts_of

PUB = dt.date(2025, 11, 25)


def _row(text: str, fact_text: str, published=PUB):
    f = facts_of(text, published=published)
    rows = f[f["text"].str.contains(fact_text, regex=False)]
    assert len(rows) == 1, f[["text", "entity", "metric", "period"]].to_string()
    return rows.iloc[0]


# --- E2: sector indices named by their words; time words and footnote marks stripped ----------
@pytest.mark.parametrize("surface, english", [
    ("电子指数", "Electronics Index"),
    ("端侧AI指数", "Edge AI Index"),
    ("计算机板块", "Computer sector"),
    ("传媒指数*", "Media Index"),
])
def test_sector_index_without_family(surface, english):
    assert index_name(surface) == english


def test_unknown_sector_word_keeps_surface():
    assert index_name("稀土指数") is None


@pytest.mark.parametrize("text, fact, entity", [
    ("年初至今电子指数上涨18%。", "18%", "Electronics Index"),
    ("本周传媒指数*下跌2.5%。", "2.5%", "Media Index"),
    ("端侧AI指数本月上涨7%。", "7%", "Edge AI Index"),
])
def test_index_entity_is_cleaned(text, fact, entity):
    assert _row(text, fact)["entity"] == entity


# --- E4: the benchmark of 跑赢/跑输 is not the subject ------------------------------------------
@pytest.mark.parametrize("text, fact, entity", [
    ("本周电子指数跑赢沪深300指数2.1个百分点。", "2.1个百分点", "Electronics Index"),
    ("截至11月10日，半导体指数年初至今上涨25%，跑输沪深300指数3个百分点。", "3个百分点", "Semiconductor Index"),
])
def test_benchmark_is_not_subject(text, fact, entity):
    assert _row(text, fact)["entity"] == entity


# --- D1: a stated week span; 截至 as-of dates for year-to-date moves ---------------------------
def test_stated_week_span_is_the_period():
    text = "本周（11月16日—11月20日），电子指数上涨3.2%，跑赢沪深300指数2.1个百分点。"
    assert _row(text, "3.2%")["period"] == "2025-11-16/2025-11-20"
    assert _row(text, "2.1个百分点")["period"] == "2025-11-16/2025-11-20"


def test_week_without_dates_is_monday_to_publication():
    # no dates stated: the calendar week's trading days so far (held-out gold dates 本周 so,
    # fixper25), published on a Tuesday
    assert _row("本周电子指数上涨3.2%。", "3.2%")["period"] == "2025-11-24/2025-11-25"


def test_asof_date_holds_for_relative_return():
    text = "截至11月10日，半导体指数年初至今上涨25%，跑输沪深300指数3个百分点。"
    assert _row(text, "25%")["period"] == "2025-11-10"
    assert _row(text, "3个百分点")["period"] == "2025-11-10"


# --- D1: cumulative month spans ---------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("1至10月累计出货", "2025-01/2025-10"),
    ("2024年1-10月累计", "2024-01/2024-10"),
    ("2024年1-3月", "2024Q1"),
    ("4-9月", "2025-04/2025-09"),  # several quarters written in months stay months (fixper11)
    ("1-12月", "2025"),
])
def test_month_span(text, value):
    from aigc_analysis.extract.periods import find_periods
    assert [p.value for p in find_periods(text, PUB)] == [value]


def test_cumulative_month_span_is_the_period_of_its_growth():
    text = "某公司1至10月累计营收120亿元，年增25%。"
    assert _row(text, "120亿元")["period"] == "2025-01/2025-10"
    assert _row(text, "25%")["period"] == "2025-01/2025-10"


# --- D1: a fiscal heading over bullets; FYxx全年 ------------------------------------------------
HEADED = """FY27 Q1业绩要点：
● 营收52亿美元，同比增长30%
● FY27全年营收指引为220亿美元
公司表示需求强劲，营收增长20%。"""


def test_fiscal_heading_dates_its_bullets():
    assert _row(HEADED, "52亿美元")["period"] == "FY2027Q1"
    assert _row(HEADED, "30%")["period"] == "FY2027Q1"


def test_bullet_with_its_own_period_keeps_it():
    assert _row(HEADED, "220亿美元")["period"] == "FY2027"


def test_heading_stops_at_a_line_that_is_no_bullet():
    # the heading sits in the body: a report whose header states the quarter dates its undated
    # results by it (facts._report_quarter), which is no heading scope
    body = "行业点评\n\n本周板块整体震荡，市场继续关注海外云厂商的资本开支指引，以及国内算力订单的落地节奏与交付进度。\n\n" + HEADED
    assert _row(body, "20%")["period"] != "FY2027Q1"


# --- D1: the baseline of a comparison is a level of its own period -----------------------------
def test_baseline_level_has_its_period():
    text = "某存储芯片价格较5月底的80美元上涨40%。"
    assert _row(text, "80美元")["period"] == "2025-05"
    assert _row(text, "40%")["period"] != "2025-05"


def test_from_level_is_of_its_month_and_the_new_level_is_not():
    text = "今年某工厂产能利用率从8月的95%回落至80%。"
    assert _row(text, "95%")["period"] == "2025-08"
    assert _row(text, "80%")["period"] != "2025-08"


# --- E3: a maker's technology; 旗下 subsidiaries ------------------------------------------------
@pytest.mark.parametrize("text", [
    "台积电CoWoS产能明年将达到9万片/月。",
    "CoWoS-L产能明年将达到9万片/月。",
])
def test_packaging_technology_figures_are_its_makers(text):
    f = facts_of(text, published=PUB)
    assert list(f["entity"]) == ["TSMC"]


def test_technology_rows_name_their_maker():
    from aigc_analysis.extract.lexicon import ENTITIES_PATH
    import csv
    with open(ENTITIES_PATH, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["type"] == "technology"]
    assert rows and all(r["org"] for r in rows)


def test_subsidiary_after_qixia_is_the_subject():
    assert _row("阿里巴巴旗下通义千问的月活用户达到1.5亿。", "1.5亿")["entity"] != "Alibaba"


# --- E1: a label heading a bullet is no entity --------------------------------------------------
DIGEST = """华为三季度业绩电话会要点：
● Non-GAAP EPS：1.25美元，同比增长18%
● IaaS：收入同比增长35%
● Segment-X：收入同比增长12%
● Zeta-9：输入价格每百万tokens 2美元"""


@pytest.mark.parametrize("fact", ["1.25美元", "18%", "35%", "12%"])
def test_bullet_label_is_not_the_entity(fact):
    assert _row(DIGEST, fact)["entity"] == "Huawei"


def test_bullet_headed_by_a_model_keeps_the_model():
    assert _row(DIGEST, "2美元")["entity"] == "Zeta-9"


def test_index_of_one_bullet_does_not_stick_to_a_market_figure():
    text = "A股市场回顾：\n● 创业板指数本周上涨3.2%\n● 成交额缩量至1.5万亿元"
    assert _row(text, "3.2%")["entity"] == "ChiNext Index"
    assert _row(text, "1.5万亿元")["entity"] == "A-share market"


# --- E3: the base of a comparison written X的N is X's; attribute words are no names -------------
@pytest.mark.parametrize("text, fact, entity", [
    ("Zeta-9的激活参数比Kimi K2的320亿多一倍。", "320亿", "Kimi K2"),
    ("Zeta-9的价格比GPT-4o的5美元低一半。", "5美元", "GPT-4o"),
])
def test_comparison_base_number_is_the_bases(text, fact, entity):
    assert _row(text, fact)["entity"] == entity


def test_comparison_change_stays_with_the_subject():
    assert _row("Zeta-9的价格比GPT-4o的5美元低一半。", "一半")["entity"] == "Zeta-9"


def test_architecture_word_is_no_entity():
    assert _row("Zeta-9采用MoE架构，总参数量达1万亿。", "1万亿")["entity"] == "Zeta-9"


@pytest.mark.parametrize("text, fact, entity", [
    ("11月以来电子指数上涨8%。", "8%", "Electronics Index"),
    ("三季度以来通信指数上涨12%。", "12%", "Telecom Index"),
    ("截至11月10日电子指数年内上涨8%。", "8%", "Electronics Index"),
    # no index word names 稀土: the sector is written in pinyin, never left in Chinese
    ("2025年以来稀土板块上涨3%。", "3%", "Xitu sector"),
])
def test_time_expression_is_not_part_of_an_index_name(text, fact, entity):
    assert _row(text, fact)["entity"] == entity


@pytest.mark.parametrize("text", [
    "泽宇集团旗下云图科技的营收增长20%。",
    "泽宇集团旗下子公司云图科技今年营收增长20%。",
])
def test_subsidiary_named_after_qixia_is_a_name_and_the_subject(text):
    assert _row(text, "20%")["entity"] == "Yuntu"


def test_asof_heading_dates_year_to_date_bullets():
    text = "截至11月10日收盘：\n● 电子指数年初至今上涨25%\n● 传媒指数年内下跌3%\n电子指数年初至今上涨5%。"
    assert _row(text, "25%")["period"] == "2025-11-10"
    assert _row(text, "3%")["period"] == "2025-11-10"
    f = facts_of(text, published=PUB)
    last = f[f["text"] == "5%"]
    assert len(last) == 1 and last.iloc[0]["period"] != "2025-11-10"  # a line that is no bullet


@pytest.mark.parametrize("text, value", [
    ("本周（11.16-11.20）", "2025-11-16/2025-11-20"),
    ("上周(11/9-11/13)", "2025-11-09/2025-11-13"),
    ("本周（11月16日至20日）", "2025-11-16/2025-11-20"),
])
def test_week_word_with_days_in_brackets(text, value):
    from aigc_analysis.extract.periods import find_periods
    assert [p.value for p in find_periods(text, PUB)] == [value]


def test_bracketed_number_range_is_no_week():
    from aigc_analysis.extract.periods import find_periods
    assert [p.value for p in find_periods("本周（1.5-2.0倍）", PUB)] == ["2025-11-25"]
