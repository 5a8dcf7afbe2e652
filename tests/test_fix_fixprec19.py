"""One row per claim, and numbers that are no claim at all (SCHEMA.md, "What is not a fact").

Every example is invented (青禾电子, 星衡科技 and the Zeta models exist in no report).
"""
from __future__ import annotations

import datetime as dt
import math

from helpers_text import facts_of_text

from aigc_analysis.extract.facts import _drop_table_roundings, _significant_digits, _table_repeat
from aigc_analysis.load.boilerplate import find_boilerplate

DAY = dt.date(2025, 11, 12)


def test_a_compound_numeral_counts_the_digits_of_both_parts():
    assert _significant_digits("3兆2,157億元") == 5
    assert _significant_digits("1万2000亿元") == 2
    assert _significant_digits("3.5万亿元") == 2


def _row(text, value, metric, start, in_table, period="2025-01/2025-10", entity="Qinghe"):
    return {"theme": "earnings", "entity": entity, "metric": metric, "value": value,
            "value_high": math.nan, "unit": "TWD", "period": period, "text": text, "start": start,
            "quote": text, "_in_table": in_table, "_entity_org": entity, "_entity_type": "company"}


def test_a_compound_prose_figure_and_the_table_cell_it_rounds_are_one_claim_the_cell_stays():
    prose = _row("3兆2,157億元", 3.2157e12, "revenue", 40, False)
    cell = _row("32,157.48", 3.215748e12, "revenue", 300, True)
    assert [r["text"] for r in _drop_table_roundings([prose, cell])] == ["32,157.48"]


def test_prose_and_table_naming_one_measure_in_full_and_in_short_are_one_claim():
    prose = _row("86亿元", 8.6e9, "adjusted_net_profit", 40, False, period="2025Q3")
    cell = _row("86", 8.6e9, "net_profit", 300, True, period="FY2026Q2")
    assert _table_repeat(prose, cell)
    other = _row("86", 8.6e9, "net_profit_growth", 300, True, period="FY2026Q2")
    assert not _table_repeat(prose, other)


def test_the_market_word_before_an_index_is_no_second_subject():
    f = facts_of_text("昨日港股恒生科技指数上涨1.8%，美股纳斯达克指数下跌0.6%。", DAY)
    assert len(f[f["text"] == "1.8%"]) == 1
    assert len(f[f["text"] == "下跌0.6%"]) == 1


def test_free_in_a_section_heading_is_the_sections_topic():
    text = ("二、计费：订阅、按量与免费\n"
            "某云宣布旗下模型Zeta-Mini全面免费，即刻生效。\n"
            "3. 免费不等于零成本\n"
            "Zeta-Pro输入价格下调40%。\n")
    f = facts_of_text(text, DAY)
    assert list(f[f["text"] == "免费"]["entity"]) == ["Zeta-Mini"]


def test_an_exchange_rate_written_with_an_basis_word_is_no_amount():
    f = facts_of_text("我们预计星衡科技三季度收入320亿元。风险提示：汇率波动（本文1港元按0.92元人民币折算）。", DAY)
    assert "1港元" not in set(f["text"]) and "0.92元人民币" not in set(f["text"])


def test_an_enquiry_line_with_a_phone_number_is_boilerplate():
    text = "正文一句。\n訂閱洽詢：(03) 5123-4567；第2頁，共6頁\n"
    assert any("5123-4567" in text[a:b] for a, b, *_ in find_boilerplate(text))


def test_a_mark_passed_restates_the_precise_figure_beside_it():
    f = facts_of_text("星衡科技10月营收1,012.44亿元，首度突破千亿元，同比增长151.2%。", DAY)
    assert list(f[f["metric"] == "revenue"]["text"]) == ["1,012.44亿元"]
    f = facts_of_text("青禾半導體第三季營業利潤11兆3,834億韓圜，首次突破10兆韓圜。", DAY)
    assert len(f[f["unit"] == "KRW"]) == 1


def test_a_mark_passed_with_no_precise_figure_stays():
    f = facts_of_text("星衡科技用户数首次突破1亿。", DAY)
    assert list(f["text"]) == ["1亿"]


def test_a_mark_of_another_time_is_its_own_claim():
    f = facts_of_text("星衡科技前十月累计营收1兆6,185.4億元；今年AI伺服器營收可望突破1兆元。", DAY)
    assert len(f[f["unit"] == "TWD"]) + len(f[f["unit"] == "CNY"]) == 2
