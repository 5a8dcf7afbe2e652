"""Number forms of spoken transcripts and market notes (fixnum6): 个亿, 十来亿, 九个多亿, bare 万/亿
amounts after a money word or a loss word, a speaker's correction (准确是), colloquial verbs
(亏了, 募了, 账上, 禁售), small Chinese numerals counted with 家/只, count ranges with a measure
word at both ends (3,000台至6,000台), the fall word 挫.

Every example is invented (澄岭科技, 溯光智能 exist in no report).
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 9, 10)


def _q(text: str):
    return [(q.text, q.value, q.value_high, q.unit, q.qualifier) for q in find_quantities(text)]


def _facts(text: str):
    return facts_of_text(text, DAY)


# ---- spoken 亿: 个亿, 十几个亿, 十来亿, 九个多亿 ----------------------------------------------

@pytest.mark.parametrize("text, value, qualifier", [
    ("估值接近二十五个亿", 2.5e9, "approx"),
    ("收入十几个亿", 1e9, "over"),
    ("亏了九个多亿", -9e8, "over"),
    ("收入37个亿", 3.7e9, None),
])
def test_spoken_yi_counted_with_ge_is_one_hundred_million(text, value, qualifier):
    got = _q(text)
    assert len(got) == 1 and got[0][1] == value and got[0][4] == qualifier, got


def test_lai_after_the_tens_before_yi_is_about_that_many():
    assert _q("收入十来亿美元") == [("十来亿美元", 1e9, None, "USD", "over")]


def test_lai_as_a_time_word_stays_out():
    # 十年来: "over the past ten years"; 二十来个员工 has no 亿, and its 来 before the counter is
    # "twenty-odd", read as 十来亿 is (batnum32's spoken_approx_before row)
    assert [x[0] for x in _q("过去十年来收入增长了三倍")] == ["十年", "三倍"]
    assert _q("公司有二十来个员工") == [("二十来", 20.0, None, "count", "over")]


def test_a_ge_before_a_noun_is_no_magnitude():
    assert _q("招了3个人") == [("3", 3.0, None, "count", None)]


# ---- bare 万/亿 amounts after a money word -----------------------------------------------------

def test_spoken_revenue_without_a_currency_word_is_yuan():
    df = _facts("澄岭科技前年收入大概四千二百万，去年是一亿零八百万。")
    got = [(r.value, r.unit, r.metric, r.period) for r in df.itertuples()]
    assert got == [(4.2e7, "CNY", "revenue", "2023"), (1.08e8, "CNY", "revenue", "2024")]


def test_a_spoken_wan_amount_after_revenue_is_yuan():
    row = row_of(_facts("溯光智能去年收入五千七百万左右。"), "五千七百万左右")
    assert (row["value"], row["unit"], row["metric"], row["qualifier"]) == (5.7e7, "CNY", "revenue", "approx")


def test_a_wan_figure_in_digits_is_left_as_it_was():
    # written in digits a 万 figure near a money word is as often a count: not read as yuan
    df = _facts("溯光智能去年收入31200万。")
    assert "CNY" not in set(df["unit"])


def test_a_loss_word_written_into_the_amount_makes_it_yuan():
    row = row_of(_facts("溯光智能去年净亏损17.5亿。"), "净亏损17.5亿")
    assert (row["value"], row["unit"], row["metric"]) == (-1.75e9, "CNY", "net_profit")


def test_a_wan_count_after_a_count_word_stays_a_count():
    row = row_of(_facts("溯光智能用户数达5000万。"), "5000万")
    assert (row["unit"], row["metric"]) == ("count", "users")


def test_a_name_starting_with_ling_is_no_amount():
    df = _facts("零一万物去年收入增长显著。")
    assert df.empty or "零一万" not in set(df["text"])


# ---- a speaker's correction -----------------------------------------------------------------

def test_the_precise_figure_replaces_the_rounded_one():
    df = _facts("澄岭科技今年上半年亏了九个多亿，准确讲是9.3亿。")
    assert [(r.text, r.value, r.unit, r.metric) for r in df.itertuples()] == [
        ("9.3亿", -9.3e8, "CNY", "net_profit")]


def test_the_precise_figure_keeps_the_rounded_ones_currency():
    assert _q("收入五千三百多万美元，准确是5,343万") == [("5,343万", 5.343e7, None, "USD", None)]


def test_an_accuracy_rate_is_no_correction():
    assert [x[0] for x in _q("收入5300万美元，准确率为95%")] == ["5300万美元", "95%"]


# ---- colloquial verbs ---------------------------------------------------------------------

def test_spoken_raising_and_cash_and_lockup():
    df = _facts("澄岭科技这次上市募了二十六亿八千万港币，账上还有七八亿美元现金。")
    ipo = row_of(df, "二十六亿八千万港币")
    cash = row_of(df, "七八亿美元")
    assert (ipo["metric"], ipo["value"], ipo["unit"]) == ("ipo_proceeds", 2.68e9, "HKD")
    assert (cash["metric"], cash["value"], cash["value_high"]) == ("cash_and_equivalents", 7e8, 8e8)
    lock = row_of(_facts("澄岭科技基石投资者有六个月禁售。"), "六个月")
    assert (lock["metric"], lock["value"], lock["unit"]) == ("lockup_period", 6.0, "months")


# ---- small Chinese numerals counted with 家/只 -------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("已有兩家美系雲端大廠採用", 2.0),
    ("已有三家头部车企接入该模型", 3.0),
    ("本周共三只AI主题ETF获资金净流入", 3.0),
])
def test_a_small_chinese_numeral_before_jia_or_zhi_is_a_count(text, value):
    assert [(x[1], x[3]) for x in _q(text)] == [(value, "count")]


@pytest.mark.parametrize("text", [
    "而兩家巨頭龐大的消費羣體有望破圈",  # pointing back at firms already named
    "这两家公司的收入都在增长",
    "澄岭科技有一家子公司",  # 一家: an article
    "评论区抽三位听众",  # 位: furniture of a transcript
    "已有两款主力大模型上线",  # 款: the members of a list
])
def test_pointers_and_articles_are_no_counts(text):
    assert _q(text) == []


# ---- count ranges with a measure word at both ends ---------------------------------------------

def test_a_count_range_with_the_measure_word_twice_is_one_range():
    assert _q("计划明年交付2,000台至4,000台服务器") == [("2,000台至4,000", 2000.0, 4000.0, "count", None)]


@pytest.mark.parametrize("text", ["门店从300家到500家", "排名从第3名升至第1名"])
def test_a_change_between_levels_is_no_range(text):
    assert all(x[2] is None for x in _q(text))


# ---- 挫: a fall -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [("早段挫2.4%", -0.024), ("股价回軟1.2%", -0.012)])
def test_cuo_and_ruan_are_falls(text, value):
    assert [x[1] for x in _q(text)] == [value]


def test_shou_cuo_is_no_fall():
    assert _q("受挫后收入增长5%") == [("5%", 0.05, None, "ratio", None)]


# ---- a10: the level a rental rate reached, a currency carried on, the multiple of a rise ---------

def test_the_level_a_monthly_rent_rose_to_is_a_monthly_price_too():
    df = _facts("澄岭科技H800月租已从约16万元涨到近18.4万元。")
    row = row_of(df, "近18.4万元")
    assert (row["metric"], row["value"], row["unit"]) == ("price_per_month", 1.84e5, "CNY")


def test_a_rent_then_an_unrelated_amount_keeps_its_own_measure():
    df = _facts("澄岭科技月租16万元，营收增长到18.4万元。")
    assert row_of(df, "18.4万元")["metric"] == "revenue"


def test_a_bare_yi_goes_on_in_the_currency_named_before():
    df = _facts("澄岭科技1月ARR约1亿美元，6月到了5亿。")
    row = row_of(df, "5亿")
    assert (row["value"], row["unit"], row["metric"]) == (5e8, "USD", "annualized_revenue")


def test_a_rise_word_beside_a_money_word_leaves_the_amount_money():
    df = _facts("澄岭科技ARR从3000万美元涨到1.2亿，翻了四倍。")
    got = [(r.text, r.value, r.unit) for r in df.itertuples()]
    assert got == [("3000万美元", 3e7, "USD"), ("1.2亿", 1.2e8, "USD"), ("四倍", 4.0, "multiple")]


def test_a_bare_yi_before_another_currency_stays_unread():
    df = _facts("澄岭科技收入增长到5亿，其中海外2亿美元。")
    assert "5亿" not in set(df["text"])


def test_a_change_word_alone_makes_no_amount():
    assert _facts("澄岭科技同比增长至5亿。").empty


# ---- a7: dragon-tiger vocabulary ---------------------------------------------------------------

def test_limit_up_order_value_and_list_appearances():
    row = row_of(_facts("午后封板，澄岭科技封单资金约2.1亿元。"), "约2.1亿元")
    assert (row["theme"], row["metric"], row["value"]) == ("valuation", "limit_up_order_value", 2.1e8)
    row = row_of(_facts("澄岭科技近一月共上榜4次。"), "4")
    assert (row["theme"], row["metric"], row["unit"]) == ("valuation", "dragon_tiger_appearances", "count")


def test_paid_seats_stay_adoption():
    row = row_of(_facts("Copilot付费席位超过4000万个。"), "超过4000万")
    assert row["metric"] == "paid_seats"


# ---- a11: 元 is the Hong Kong dollar in a Hong Kong paper -------------------------------------

HK_PAPER = ("港股收市：恒指全日跌1.2%。澄嶺科技宣佈配售新股，配售價8.9元，較前收折讓9.2%，"
            "集資淨額約54.6億元，該公司去年營收約45億元人民幣。")


def test_a_bare_yuan_in_a_hong_kong_paper_is_the_hong_kong_dollar():
    df = _facts(HK_PAPER)
    assert row_of(df, "約54.6億元")["unit"] == "HKD"
    assert row_of(df, "8.9元")["unit"] == "HKD"


def test_yuan_named_renminbi_in_a_hong_kong_paper_stays_yuan():
    assert row_of(_facts(HK_PAPER), "約45億元人民幣")["unit"] == "CNY"


def test_a_simplified_a_share_daily_keeps_the_yuan():
    df = _facts("港股与A股联动：澄岭科技收报21.35元，全天成交额12.3亿元。")
    assert set(df.loc[df["text"].str.endswith("元"), "unit"]) == {"CNY"}


def test_an_a_share_word_ends_the_hong_kong_scope():
    df = _facts("港股收市：恒指全日跌1.2%。另外，A股方面，澄嶺科技收報21.35元，該股成交額12.3億元。")
    assert row_of(df, "21.35元")["unit"] == "CNY"
