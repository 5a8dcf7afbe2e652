"""Entity attribution (fixent9a): subjects that are no firm's name, and whom 公司 means.

- P2: a period phrase before 板块 (年初至今板块, 今年以来板块, 近一月板块) is when, not a sector's name:
  the sector is the one named before.
- P3: a business line (法律科技业务, 教育科技板块收入) is a segment of the subject firm, no made-up firm.
- P4: 公司 in the broker's own forecast or call (我们预计…公司营收…, 维持评级) is the covered company.

Every example is invented (星河云图科技, 青禾数智科技 and the figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

DAY = dt.date(2025, 9, 15)


def _entities(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return dict(zip(f["text"], f["entity"]))


# P2 ----------------------------------------------------------------------------------------

def test_a_period_before_the_sector_word_points_back_at_the_sector_named_before():
    e = _entities("本周传媒板块上涨3.1%。年初至今板块累计涨幅达41.5%，今年以来板块成交额合计1.7万亿元。"
                  "近一月板块换手率为3.6%。")
    assert e["3.1%"] == "Media sector"
    assert e["41.5%"] == e["1.7万亿元"] == e["3.6%"] == "Media sector"


def test_a_period_glued_before_a_named_sector_is_cut_off_its_name():
    e = _entities("本周通信板块上涨1.2%。近5个交易日传媒板块累计下跌2.8%。")
    assert e["1.2%"] == "Telecom sector"
    assert e["下跌2.8%"] == "Media sector"


def test_near_miss_a_sector_with_its_own_name_keeps_it():
    e = _entities("本周传媒板块上涨3.1%，液冷板块上涨5.2%。")
    assert e["3.1%"] == "Media sector"
    assert e["5.2%"] == "Liquid Cooling sector"


# P3 ----------------------------------------------------------------------------------------

def test_a_business_line_of_the_subject_firm_is_no_firm():
    e = _entities("星河云图（688321）2025年上半年实现营业收入6.4亿元，同比增长22%。"
                  "其中法律科技业务收入1.42亿元，占比约23%；教育科技板块收入0.9亿元，同比增长14%。")
    firm = e["6.4亿元"]
    assert "Falv" not in firm and "sector" not in firm
    assert e["1.42亿元"] == e["约23%"] == e["0.9亿元"] == e["14%"] == firm


def test_near_miss_a_firm_shaped_name_with_its_own_figures_stays_a_firm():
    e = _entities("青禾数智科技2025年上半年营收3.3亿元，同比增长19%。")
    assert "Qinghe" in e["3.3亿元"]


def test_near_miss_a_stock_sector_move_stays_the_sector():
    e = _entities("本周教育科技板块上涨2.6%。")
    assert e["2.6%"] == "Education Technology sector"


# P4 ----------------------------------------------------------------------------------------

_NOTE = ("星辰证券\n2025年9月14日\n\n科大讯飞：教育硬件放量，首次覆盖给予买入评级\n\n投资要点\n"
         "公司2025年上半年营收109亿元，同比增长17%。\n"
         "行业方面，中国人寿2024年保费收入6700亿元，同比增长5%。\n")


def test_the_company_of_the_brokers_forecast_is_the_covered_company():
    text = _NOTE + "盈利预测：我们预计2025-2027年公司营收分别为260/310/370亿元，对应PE分别为58/45/36倍。\n"
    e = _entities(text)
    assert e["6700亿元"] == "China Life Insurance"
    assert e["260"] == e["370亿元"] == e["58"] == e["36倍"] == "iFlytek"


def test_near_miss_a_sentence_not_in_the_brokers_voice_keeps_the_firm_named_before():
    text = _NOTE + "公司2024年寿险保费收入4800亿元。\n"
    assert entity_of(facts_of_text(text, DAY), "4800亿元") == "China Life Insurance"


def test_near_miss_a_firm_named_after_gongsi_in_the_forecast_keeps_its_figure():
    text = _NOTE + "我们预计公司2025年营收260亿元，中国人寿2025年保费收入约7000亿元。\n"
    e = _entities(text)
    assert e["260亿元"] == "iFlytek"
    assert e["约7000亿元"] == "China Life Insurance"


# a4 (c) --------------------------------------------------------------------------------------

def test_an_index_family_and_its_constituent_count_name_an_index_not_a_value():
    f = facts_of_text("本周北证50整体市盈率为52倍，国证2000上涨1.2%。", DAY)
    e = dict(zip(f["text"], f["entity"]))
    assert "50" not in set(f["text"]) and "2000" not in set(f["period"])
    assert e["52倍"] == "BSE 50"  # the lexicon's name, as SSE 50 and STAR 50
    assert e["1.2%"] == "CNI 2000 Index"


def test_near_miss_an_index_level_or_a_year_after_a_family_stays_what_it_is():
    f = facts_of_text("上证指数本周上涨1.1%，收于3300点。恒生2024年营收增长8%。", DAY)
    assert not any("Index" in e and any(c.isdigit() for c in e) for e in f["entity"])


# a4 (a) --------------------------------------------------------------------------------------

def test_a_benchmarks_bracketed_return_does_not_make_it_the_subject():
    e = _entities("本周科创50周涨2.4%，跑赢中证500（周涨0.9%）达1.5个百分点，成交额1200亿元。")
    assert e["0.9%"] == "CSI 500"
    assert e["1.5个百分点"] == e["1200亿元"] == "STAR 50"


def test_near_miss_a_benchmark_with_no_bracket_keeps_the_index_before_it():
    e = _entities("本周创业板指上涨2.1%，跑赢沪深300约1.3个百分点，成交额900亿元。")
    assert e["约1.3个百分点"] == e["900亿元"] == "ChiNext Index"
