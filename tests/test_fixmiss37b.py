"""Data-heavy tables: cells the extractor read as numbers but never turned into facts.

1. A table cell in percentage points whose column no keyword names (``贡献(pp)``,
   ``较上日变动(百分点)``) is a claim of its table's theme (``points_change``).
2. A speech-API price label per volume of text or audio (``元/万字符``, ``元/小时音频``) is a
   price label, so the bare cells under it are prices in the currency.

Every example is invented (青禾, 蓝湾 and the tables exist in no report).
"""
from __future__ import annotations

import datetime as dt
import math

from helpers_text import facts_of_text

from aigc_analysis.extract.quantities import find_unit_labels

DAY = dt.date(2026, 3, 12)

# a portfolio table: weight and return columns a keyword names, a contribution column in points
PORTFOLIO = (
    "表3：2月组合成分股表现\n"
    "股票　　　　代码　　　　权重(%)　　月涨跌幅(%)　　贡献(pp)\n"
    "青禾科技　　688001　　　20.0　　　　+12.50　　　　+2.50\n"
    "蓝湾数据　　300001　　　10.0　　　　-4.20　　　　 -0.42\n"
)

# a holdings table: the change column counts points and no keyword names it
SHORT_TABLE = (
    "【表二：AI相关股份北向持股（3月11日）】\n"
    "股份　　　　　　持股占流通股(%)　　较上周(百分点)\n"
    "青禾科技　　　　21.35　　　　　　　+1.27\n"
    "蓝湾数据　　　　9.80　　　　　　　 -0.64\n"
)


def _rows(text: str, cell: str):
    f = facts_of_text(text, DAY)
    return f[f["text"] == cell]


def test_points_cell_with_no_keyword_is_a_fact_of_the_tables_theme():
    rows = _rows(PORTFOLIO, "-0.42")
    assert len(rows) == 1, facts_of_text(PORTFOLIO, DAY)[["text", "theme", "metric", "unit"]].to_string()
    r = rows.iloc[0]
    assert r["unit"] == "pp" and math.isclose(r["value"], -0.0042)
    f = facts_of_text(PORTFOLIO, DAY)
    others = set(f[(f["unit"] != "pp")]["theme"])
    assert r["theme"] in others  # the theme the table's other cells were read in


def test_points_change_column_beside_a_stake():
    rows = _rows(SHORT_TABLE, "+1.27")
    assert len(rows) == 1, facts_of_text(SHORT_TABLE, DAY)[["text", "theme", "metric", "unit"]].to_string()
    r = rows.iloc[0]
    assert r["unit"] == "pp" and math.isclose(r["value"], 0.0127)
    assert r["theme"] == "valuation"


def test_points_cell_keeps_a_keyword_metric_when_one_names_it():
    text = (
        "表1：基金业绩\n"
        "份额　　　　净值增长率(%)　　业绩基准(%)　　超额收益(pp)\n"
        "A类　　　　 31.20　　　　　　 8.40　　　　　22.80\n"
    )
    rows = _rows(text, "22.80")
    assert len(rows) == 1
    assert rows.iloc[0]["metric"] != "points_change"


def test_rank_and_percent_cells_give_no_points_row():
    f = facts_of_text(PORTFOLIO, DAY)
    assert not (f["text"] == "688001").any()  # a stock code is no fact
    assert (f["metric"] == "points_change").sum() == 2


def test_speech_price_labels_per_text_and_audio_volume():
    assert [u for *_, u in find_unit_labels("表2 国内语音合成目录价（元/万字符）")] == ["CNY"]
    assert [u for *_, u in find_unit_labels("表3 语音识别目录价（元/小时音频）")] == ["CNY"]
    assert [u for *_, u in find_unit_labels("(美元/百万字符)")] == ["USD"]


def test_speech_price_table_cells_are_prices():
    text = (
        "表2 国内语音合成目录价（元/万字符）\n"
        "模型（厂商）　　　　　　　现行目录价　　较上季末\n"
        "青禾语音-3（青禾云）　　　 1.6　　　　　 持平\n"
        "蓝湾TTS（蓝湾智能）　　　　2.4　　　　　 -20.0%\n"
    )
    rows = _rows(text, "2.4")
    assert len(rows) == 1, facts_of_text(text, DAY)[["text", "theme", "metric", "unit"]].to_string()
    r = rows.iloc[0]
    assert r["unit"] == "CNY" and math.isclose(r["value"], 2.4) and r["theme"] == "pricing"


def test_business_registration_cards_are_market_counts_with_their_changes():
    text = (
        "AI企业登记数据月报｜2026年2月\n"
        "▸ 2月新注册AI相关企业：3.12万家　｜　同比 +15.6%　｜　环比 -9.8%\n"
        "▸ 2月注吊销：0.64万家　｜　同比 +7.1%\n"
    )
    f = facts_of_text(text, DAY)
    got = {r["text"]: (r["theme"], r["metric"], r["unit"]) for _, r in f.iterrows()}
    assert got.get("3.12万") == ("market", "new_company_registrations", "count"), f[["text", "metric"]].to_string()
    assert got.get("+15.6%") == ("market", "new_company_registrations_growth", "ratio")
    assert got.get("0.64万") == ("market", "company_deregistrations", "count")


def test_registered_users_and_capital_keep_their_own_words():
    f = facts_of_text("青禾云平台注册用户超过800万，新设子公司注册资本5000万元。", DAY)
    metrics = set(f["metric"])
    assert "registered_users" in metrics and "registered_capital" in metrics
    assert not any(m.startswith("new_company_registrations") for m in metrics)


def test_points_cell_first_in_its_row_takes_the_rows_theme_not_the_paragraph_above():
    text = (
        "2025年青禾集团资本开支约120亿元，同比增长35%，其中数据中心投资约80亿元。\n"
        "\n"
        "表2：AI对产业的影响测算（2026-2030年）\n"
        "| 情景 | 年均增速提升（百分点） | 2030年市场规模（亿元） |\n"
        "| 低 | 0.3 | 1,200 |\n"
        "| 高 | 0.8 | 2,600 |\n"
    )
    f = facts_of_text(text, DAY)
    rows = f[f["metric"] == "points_change"]
    assert len(rows) == 2, f[["text", "theme", "metric", "unit"]].to_string()
    size_theme = f[f["text"] == "1,200"].iloc[0]["theme"]
    assert set(rows["theme"]) == {size_theme} != {"capex"}


def test_users_newly_registered_on_a_platform_are_no_company_registrations():
    # 新注册 before 用户/开发者 names a platform's sign-ups (metric_not_before), not firms
    f = facts_of_text("蓝湾云为新注册开发者提供800万tokens试用包，新注册用户另得30元代金券。", DAY)
    assert not any(m.startswith("new_company_registrations") for m in f["metric"]), f[["text", "metric"]].to_string()
