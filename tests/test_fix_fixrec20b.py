"""Table cells whose unit the header or caption writes in a form the label reader missed
(invented text).

* ``㎾`` (SQUARE KW) is the kilowatt: ``租金(元/㎾/月)`` makes its cells prices;
* ``（亿份）`` counts fund units: a column counted so (``份额变动（亿份）``) and a count in 万/亿
  then 份 in a clause naming 份额 (``份额增加12.5亿份``) are a fund's units (valuation), their
  change under a change header;
* a currency word right before a bracket of a bare magnitude (``约合美元（亿）``) is money, and
  a column headed by a conversion word restates the amount its row read before it;
* an English caption bracket may name its measure before the unit and end with an unless note
  (``(post-money, US$ bn unless noted)``).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from aigc_analysis.extract.quantities import find_unit_labels
from aigc_analysis.load.normalise import for_parsing

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 11, 3)

_RENT_TABLE = ("青川证券 行业点评\n2025年11月3日\n\n"
               "表1：数据中心运营商指标（截至2025年9月30日）\n"
               "公司          机柜利用率    批发租金(元/㎾/月)\n"
               "万国数据          71.5%        131\n"
               "世纪互联          66.2%        119\n"
               "资料来源：公司公告\n")

_FUND_TABLE = ("青川证券 金融工程周报\n2025年11月3日\n\n"
               "上周AI主题ETF份额较前一周增加12.5亿份。\n\n"
               "| 基金名称 | 规模（亿元） | 份额变动（亿份） | 净流入（亿元） |\n"
               "|---|---|---|---|\n"
               "| 算力ETF | 88.6 | +6.4 | 7.1 |\n"
               "| 通信ETF | 41.2 | -1.3 | -2.0 |\n"
               "| 芯片ETF | 63.0 | +2.2 | 1.9 |\n")

_CONVERTED_TABLE = ("远山政策观察\n2025年10月20日\n\n"
                    "表1：各地算力基金一览\n"
                    "地区        承诺投资（本币）          约合美元（亿）   时间表\n"
                    "甲国        3000亿欧元                 3,240          2025-2030\n"
                    "乙国        800亿日元                  5.4            2025-2028\n"
                    "资料来源：远山整理\n")

_TRACKER = ("Chip Ledger #12\n2025-11-03\n\n"
            "TRACKER TABLE (post-money, US$ bn unless noted)\n"
            "Company       Round        Date       Raised   Post-money\n"
            "Zephyr Chips  Series B     2025-06    0.42     3.7\n"
            "Vantor Labs   Series C     2025-08    0.31     2.6\n"
            "Sources: company releases.\n")


def test_the_square_kilowatt_reads_as_a_kilowatt():
    assert for_parsing("元/㎾/月") == "元/瓩/月"
    assert find_unit_labels(for_parsing("批发租金(元/㎾/月)")) == [(5, 10, Decimal(1), "CNY")]
    assert find_unit_labels("装机（万瓩）") == [(3, 5, Decimal(10) ** 7, "watts")]


def test_a_rent_column_in_square_kilowatts_gives_prices():
    row = row_of(facts_of_text(_RENT_TABLE, PUB), "119")
    assert (row["theme"], row["unit"], row["value"]) == ("pricing", "CNY", 119.0)


def test_fund_units_in_a_label_are_a_count():
    assert find_unit_labels("份额变动（亿份）") == [(5, 7, Decimal(10) ** 8, "count")]


def test_a_count_of_fund_units_is_valuation():
    df = facts_of_text(_FUND_TABLE, PUB)
    prose = row_of(df, "12.5亿")
    assert (prose["theme"], prose["unit"], prose["value"]) == ("valuation", "count", 1.25e9)
    cell = row_of(df, "-1.3")
    assert (cell["theme"], cell["metric"], cell["unit"], cell["value"]) == (
        "valuation", "etf_units_change", "count", -1.3e8)
    chips = row_of(df, "+2.2")  # a fund whose name holds a chip word: still the fund's units
    assert (chips["theme"], chips["unit"], chips["value"]) == ("valuation", "count", 2.2e8)


def test_a_count_in_shares_of_a_survey_is_no_fund_unit():
    df = facts_of_text("青川研究院 调查报告\n2025年11月3日\n\n本次调查回收有效问卷1,200份，覆盖300家企业。\n", PUB)
    assert "etf_units" not in set(df["metric"])


def test_a_currency_before_a_bare_magnitude_is_money():
    assert find_unit_labels("约合美元（亿）") == [(2, 6, Decimal(10) ** 8, "USD")]
    assert find_unit_labels("收入（亿）") == [(3, 4, Decimal(10) ** 8, "count")]  # no currency: a count


def test_a_converted_column_restates_its_rows_amount():
    df = facts_of_text(_CONVERTED_TABLE, PUB)
    local, usd = row_of(df, "800亿日元"), row_of(df, "5.4")
    assert (usd["theme"], usd["metric"], usd["unit"], usd["value"]) == (local["theme"], local["metric"], "USD", 5.4e8)


def test_an_english_caption_names_its_measure_then_a_unit_with_a_note():
    t = "TRACKER TABLE (post-money, US$ bn unless noted)"
    assert find_unit_labels(t) == [(27, 33, Decimal(10) ** 9, "USD")]
    df = facts_of_text(_TRACKER, PUB)
    row = row_of(df, "2.6")
    assert (row["theme"], row["unit"], row["value"]) == ("valuation", "USD", 2.6e9)
