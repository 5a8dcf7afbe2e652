"""A table column naming each row's currency (invented texts, made-up firms): ``币种`` over
``美元``/``人民币`` puts the row's amounts in that currency, a header giving only a magnitude
(``金额（亿）``) makes them money, a currency cell is never glued to the value cell after it,
and a later round letter (``F轮``, ``C+轮``) names a funding amount as ``C轮`` does."""
import datetime as dt

from aigc_analysis.extract.quantities import find_quantities
from tests.helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 9, 30)

# full-width aligned: 人民币 fills its column, so one full-width blank parts it from the amount
FUNDING = (
    "表1　2026年三季度芯片初创企业融资一览\n"
    "日期　　公司　　　　轮次　　币种　　金额（亿）　投后估值（亿）\n"
    "07-03　　青岚芯片　　F轮　　　美元　　7.0　　　　 90\n"
    "08-14　　澄曜微电子　C+轮　　 人民币　16.0　　　　140\n"
    "09-02　　岳川半导体　C轮　　　欧元　　3.5　　　　 21\n"
)

SALES = (
    "表2　主要分销商三季度营收\n"
    "公司\t币种\t营收（亿元）\t同比\n"
    "甲联科技\t新台币\t1,735\t12.4%\n"
    "乙芯电子\t人民币\t58.2\t9.1%\n"
)


def test_currency_column_names_each_rows_currency():
    df = facts_of_text(FUNDING, PUB)
    assert (row_of(df, "7.0")["value"], row_of(df, "7.0")["unit"]) == (7.0e8, "USD")
    assert (row_of(df, "90")["value"], row_of(df, "90")["unit"]) == (9.0e9, "USD")
    assert (row_of(df, "3.5")["value"], row_of(df, "3.5")["unit"]) == (3.5e8, "EUR")


def test_currency_cell_is_not_glued_to_the_amount_after_one_fullwidth_blank():
    df = facts_of_text(FUNDING, PUB)
    row = row_of(df, "16.0")
    assert (row["value"], row["unit"], row["metric"]) == (1.6e9, "CNY", "funding_amount")


def test_later_round_letters_name_the_funding_amount():
    df = facts_of_text(FUNDING, PUB)
    assert row_of(df, "7.0")["metric"] == "funding_amount"


def test_currency_column_rules_over_the_headers_yuan():
    df = facts_of_text(SALES, PUB)
    assert (row_of(df, "1,735")["value"], row_of(df, "1,735")["unit"]) == (1.735e11, "TWD")
    assert (row_of(df, "58.2")["value"], row_of(df, "58.2")["unit"]) == (5.82e9, "CNY")
    assert row_of(df, "12.4%")["unit"] == "ratio"


def test_tab_parts_a_currency_cell_from_a_value_cell():
    got = [(q.text, q.unit) for q in find_quantities("人民币\t16.0\t140")]
    assert got[0] == ("16.0", "count")
    assert [(q.text, q.unit) for q in find_quantities("融资人民币 5亿元")] == [("人民币 5亿元", "CNY")]
