"""Names taken from the wrong word on reports in no scored set: Chinese AI apps the lexicon did not
hold. Every example is an invented sentence, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from helpers_text import entity_of, facts_of_text

PUB = dt.date(2025, 11, 20)


# --- 4: Chinese AI apps are products of their makers, not the platform beside them -----------
@pytest.mark.parametrize("text, fact, entity", [
    ("腾讯元宝月活4,320万，环比增长35%。", "4,320万", "Tencent Yuanbao"),
    ("腾讯元宝月活4,320万，微信月活14亿。", "4,320万", "Tencent Yuanbao"),
    ("元宝接入微信后，元宝月活4,320万。", "4,320万", "Tencent Yuanbao"),
    ("騰訊元寶月活4,320萬。", "4,320萬", "Tencent Yuanbao"),
    ("10月千问App月活达到5,200万，文小言月活2,100万。", "5,200万", "Qwen App"),
    ("10月千问App月活达到5,200万，文小言月活2,100万。", "2,100万", "Wenxiaoyan"),
    ("通义千问App周活跃用户1,000万。", "1,000万", "Qwen App"),
    ("夸克月活1.2亿，纳米AI月活1,500万，秘塔月活600万。", "1.2亿", "Quark"),
    ("夸克月活1.2亿，纳米AI月活1,500万，秘塔月活600万。", "1,500万", "Nano AI"),
    ("夸克月活1.2亿，纳米AI月活1,500万，秘塔月活600万。", "600万", "Metaso"),
    ("星野月活480万，猫箱月活610万。", "480万", "Xingye"),
    ("星野月活480万，猫箱月活610万。", "610万", "Maoxiang"),
    ("貓箱月活610萬。", "610萬", "Maoxiang"),
    ("DeepSeek App月活1.5亿。", "1.5亿", "DeepSeek App"),
    ("天工月活350万。", "350万", "Skywork"),
])
def test_ai_apps_are_their_own_entities(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity


def test_platform_keeps_its_own_users():
    # near-miss: the platform an app lives in keeps its own figure, and 千问 alone stays the model
    f = facts_of_text("腾讯元宝月活4,320万，微信月活14亿。", PUB)
    assert entity_of(f, "14亿") == "WeChat"
    assert entity_of(facts_of_text("千问3参数量为2350亿。", PUB), "2350亿") != "Qwen App"


# --- 1: a defined short name (以下简称“X”) and the issuer of a prospectus digest ------------
_TABLE = ("主要财务数据（单位：万元）\n项目\t2023年\t2024年\n营业收入\t60,412.8\t86,020.5\n"
          "归母净利润\t3,180.6\t9,870.1\n综合毛利率\t38.6%\t40.1%\n")
_PROSPECTUS = ("【招股书解读】岳芯半导体（科创板）：拟募资12亿元\n"
               "杭州岳芯半导体股份有限公司（以下简称“岳芯”或“公司”）成立于2018年，主营车规级MCU。"
               "岳芯2024年营业收入为8.6亿元，同比增长42%。\n" + _TABLE + "科创板整体市盈率45倍，公司本次拟募资12亿元。\n")


# 8.6亿元 in prose rounds the table's 86,020.5 (万元): one claim, the exact cell stays
@pytest.mark.parametrize("fact", ["60,412.8", "9,870.1", "40.1%", "86,020.5", "42%", "12亿元"])
def test_issuer_owns_its_rows_and_prose(fact):
    assert entity_of(facts_of_text(_PROSPECTUS, PUB), fact) == "Yuexin"


def test_board_keeps_its_own_multiple():
    # near-miss: the board's own figure in prose stays the board's; no metric label is an entity
    f = facts_of_text(_PROSPECTUS, PUB)
    assert entity_of(f, "45倍") == "STAR Market"
    assert "综合毛利率" not in set(f["entity"])


@pytest.mark.parametrize("definition", [
    "杭州岳芯半导体股份有限公司（下称“岳芯”）成立于2018年。",
    "杭州岳芯半导体股份有限公司（简称：岳芯）成立于2018年。",
    "杭州岳芯半导体股份有限公司（以下简称“岳芯半导体”）成立于2018年。",
    "杭州岳芯半导体股份有限公司（以下簡稱「岳芯」或「公司」）成立於2018年。",
])
def test_short_name_variants(definition):
    f = facts_of_text("岳芯半导体（科创板）\n" + definition + "\n" + _TABLE, PUB)
    assert entity_of(f, "86,020.5") == "Yuexin"
    assert entity_of(f, "38.6%") == "Yuexin"


def test_short_name_is_the_firm_later_in_prose():
    f = facts_of_text("澜溪数科有限公司（简称：澜溪）与北京青禾智造科技有限公司（以下简称“青禾”）签署协议。"
                      "澜溪2024年收入3.2亿元，青禾收入1.1亿元。", PUB)
    assert entity_of(f, "3.2亿元") == "Lanxishuke"
    assert entity_of(f, "1.1亿元") == "Qinghezhizao"


def test_short_name_the_lexicon_holds_keeps_its_entity():
    f = facts_of_text("北京月之暗面科技有限公司（以下简称“月之暗面”或“公司”）2025年收入5亿元。公司估值40亿美元。", PUB)
    assert entity_of(f, "5亿元") == "Moonshot AI"
    assert entity_of(f, "40亿美元") == "Moonshot AI"


def test_no_definition_no_change():
    # near-miss: a board's figures with no defined firm stay the board's
    f = facts_of_text("科创板整体市盈率45倍，创业板平均市盈率38倍。", PUB)
    assert entity_of(f, "45倍") == "STAR Market"


# --- 2: firm names as table row labels under a firm column -----------------------------------
_FORECASTS = {
    "tab": "2025年年度业绩预告一览\n公司\t代码\t类型\t预告净利润（亿元）\n澜溪数科\t830001\t预亏\t-1.2～-0.8\n"
           "青禾智造*\t830002\t预增\t3.5～4.1\n岚峰智能\t830003\t扭亏\t0.6～0.9\n",
    "fullwidth": "2025年年度业绩预告一览\n公司　代码　类型　预告净利润（亿元）\n澜溪数科　830001　预亏　-1.2～-0.8\n"
                 "青禾智造¹　830002　预增　3.5～4.1\n岚峰智能　830003　扭亏　0.6～0.9\n",
    "short_name": "表2：AI应用公司收入（亿元）\n证券简称\t2024\t2025E\n澜溪数科\t9.0\t-1.2\n青禾智造*\t2.8\t3.5\n",
}


@pytest.mark.parametrize("layout", sorted(_FORECASTS))
def test_firm_column_labels_are_firms_in_english(layout):
    f = facts_of_text(_FORECASTS[layout], dt.date(2026, 1, 20))
    cell = "-1.2～-0.8" if layout != "short_name" else "-1.2"
    assert entity_of(f, cell) == "Lanxishuke"
    assert entity_of(f, "3.5～4.1" if layout != "short_name" else "3.5") == "Qinghezhizao"
    if layout != "short_name":
        assert entity_of(f, "0.6～0.9") == "Lanfeng"


def test_category_and_metric_rows_are_no_firms():
    # near-misses: 其他 and a metric label under a firm column; a label under another column
    f = facts_of_text("表1：AI应用公司2025年收入（亿元）\n公司\t2025年收入\n澜溪数科\t12.5\n青禾智造*\t8.1\n其他\t3.3\n",
                      dt.date(2026, 1, 20))
    assert entity_of(f, "3.3") not in ("Qita", "Other")
    assert entity_of(f, "12.5") == "Lanxishuke"
    f = facts_of_text("表1：产品收入（亿元）\n产品\t2025年收入\n澜溪助手\t12.5\n", dt.date(2026, 1, 20))
    assert entity_of(f, "12.5") != "Lanxizhushou"


# --- 3: average and median rows of a comparables table ----------------------------------------
_PEERS = ("表5：AI芯片公司估值\n公司\t2025E PE\t2026E PE\n寒武纪\t120.5\t80.2\n海光信息\t85.3\t62.1\n"
          "A股平均\t102.9\t71.2\n英伟达\t45.2\t32.1\nAMD\t38.6\t25.4\n美股均值\t41.9\t28.8\n港股中位数\t30.5\t22.4\n"
          "中位数\t65.3\t47.2\n")


@pytest.mark.parametrize("cell, entity", [
    ("102.9", "A-share comparable companies average"),
    ("41.9", "US comparable companies average"),
    ("30.5", "Hong Kong comparable companies median"),
    ("65.3", "Comparable companies"),
    ("120.5", "Cambricon"),
])
def test_average_rows_of_a_multiple_table(cell, entity):
    assert entity_of(facts_of_text(_PEERS, PUB), cell) == entity


def test_comparables_caption_average_row():
    f = facts_of_text("可比公司估值表\n公司\t2025E PS\n岚渡智能\t20.1\n曜芯半导体\t18.3\n可比公司平均\t19.2\nA股平均\t19.2\n", PUB)
    assert entity_of(f, "19.2") in ("Comparable companies", "A-share comparable companies average")
    assert set(f[f["text"] == "19.2"]["entity"]) <= {"Comparable companies", "A-share comparable companies average"}


def test_market_average_outside_a_multiple_table_is_the_market():
    # near-miss: a market's average turnover in a table valuing no one stays the market's
    f = facts_of_text("表1：日均成交额（亿元）\n市场\t2025年\nA股平均\t12,000\n港股平均\t1,500\n", PUB)
    assert entity_of(f, "12,000") == "A-share market"


def test_defined_term_that_is_no_firm_changes_nothing():
    # near-miss: a short name defined for a model or a term keeps the lexicon's reading
    f = facts_of_text("通义千问大模型（以下简称“千问”）的参数量为2350亿。", PUB)
    assert entity_of(f, "2350亿") == "Qwen"


@pytest.mark.parametrize("head, codes", [
    ("代码\t公司", ("830001", "830003")),
    ("序号\t公司", ("1", "2")),
    ("代码\t公司", ("830001.BJ", "688000.SH")),
])
def test_firm_column_after_a_code_or_rank(head, codes):
    text = (f"2025年年度业绩预告\n{head}\t预告净利润（亿元）\n{codes[0]}\t澜溪数科\t-1.2～-0.8\n"
            f"{codes[1]}\t英伟达\t3.2\n")
    f = facts_of_text(text, dt.date(2026, 1, 20))
    assert entity_of(f, "-1.2～-0.8") == "Lanxishuke"
    assert entity_of(f, "3.2") == "Nvidia"  # near-miss: a lexicon name stays the lexicon's


def test_footnote_mark_after_a_name_beside_a_code():
    f = facts_of_text("代码\t公司\t预告净利润（亿元）\n830001.BJ\t青禾智造*\t3.5～4.1\n688000.SH\t澜溪数科\t1.2\n",
                      dt.date(2026, 1, 20))
    assert entity_of(f, "3.5～4.1") == "Qinghezhizao"


@pytest.mark.parametrize("definition", [
    "本次发行人为杭州岳芯半导体股份有限公司（以下简称“发行人”或“岳芯股份”）。",
    "杭州岳芯半导体股份有限公司（证券简称：岳芯股份，证券代码：688123）成立于2018年。",
    "杭州岳芯半导体股份有限公司（以下简称“公司”）成立于2018年。",
])
def test_full_name_written_shorter_elsewhere(definition):
    # the title writes the full name less its place and legal form: that is the firm too
    f = facts_of_text("【招股书解读】岳芯半导体（科创板）：拟募资12亿元\n" + definition + "\n" + _TABLE, PUB)
    assert entity_of(f, "12亿元") == "Yuexin"
    assert entity_of(f, "86,020.5") == "Yuexin"


def test_issuer_named_only_in_its_definition():
    f = facts_of_text("【IPO速递】本周新股申购\n杭州岳芯半导体股份有限公司（以下简称“公司”）成立于2018年。\n" + _TABLE, PUB)
    assert entity_of(f, "86,020.5").lower().endswith("yuexin")  # its place may stay in the name


def test_broker_defining_itself_is_no_subject():
    # near-miss: a broker's own definition (in a disclaimer or not) makes it no issuer
    text = ("星川科技点评：收入增长\n单看三季度，公司营收为17.27亿元。\n"
            "本报告仅供澄岳证券股份有限公司（以下简称“本公司”）的客户使用。澄岳证券不保证其准确性。\n")
    f = facts_of_text(text, PUB)
    assert "Chengyue" not in entity_of(f, "17.27亿元")
    f = facts_of_text("澄岳证券股份有限公司（以下简称“公司”）发布报告。星川科技三季度营收为17.27亿元。澄岳证券认为增长可持续。", PUB)
    assert entity_of(f, "17.27亿元") == "Xingchuan"


@pytest.mark.parametrize("label, entity", [
    ("A股可比公司平均", "A-share comparable companies average"),
    ("海外可比公司中位数", "Overseas comparable companies median"),
    ("美股平均（剔除负值）", "US comparable companies average"),
    ("可比公司平均", "Comparable companies"),
])
def test_average_row_label_forms(label, entity):
    f = facts_of_text(f"表5：估值对比\n公司\t2025E PE\n寒武纪\t120.5\n英伟达\t45.2\n{label}\t82.9\n", PUB)
    assert entity_of(f, "82.9") == entity


def test_offering_on_a_board_is_the_issuers_and_undated_by_its_founding():
    text = ("【招股书解读】岳芯半导体（科创板）\n"
            "杭州岳芯半导体股份有限公司（以下简称“岳芯”或“公司”）成立于2018年，主营车规级MCU芯片。"
            "公司本次拟在科创板公开发行不超过5,000万股，拟募资12亿元。")
    f = facts_of_text(text, PUB)
    assert entity_of(f, "12亿元") == "Yuexin"
    row = f[f["text"] == "12亿元"].iloc[0]
    assert pd.isna(row["period"]) or row["period"] == ""  # no founding year
    # near-miss: a year stated as the time of the numbers still leads them
    f = facts_of_text("星川科技点评\n2024年，公司经营稳健。公司营收为8.6亿元。", PUB)
    assert f[f["text"] == "8.6亿元"].iloc[0]["period"] == "2024"
