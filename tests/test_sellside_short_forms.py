"""Short forms of broker notes: two-digit year spans and forecast years, 同/环比 pairs.

Every example is invented (星桥科技 names no real firm).
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.periods import find_periods
from helpers_text import facts_of_text

DAY = dt.date(2026, 3, 5)


def _values(text: str) -> list[tuple[str, str]]:
    return [(p.text, p.value) for p in find_periods(text, DAY)]


@pytest.mark.parametrize("text, span", [
    ("预计27-29年归母净利润", ("27-29年", "2027/2029")),
    ("25至27年CAGR", ("25至27年", "2025/2027")),
    ("27-29E EPS", ("27-29E", "2027/2029")),
])
def test_a_two_digit_year_span(text, span):
    assert span in _values(text)


def test_a_short_forecast_year_is_an_estimate():
    (p,) = find_periods("27E营收增速", DAY)
    assert (p.text, p.value, p.is_estimate) == ("27E", "2027", True)


@pytest.mark.parametrize("text", [
    "设备使用寿命12-15年",      # below 2015: a duration
    "签订16-18年的租约",        # 的 after it: a length of time
    "为期20-25年",              # a duration's lead word
    "回报周期在20-40年",        # longer than six years
    "3.5E+09",                  # scientific notation
    "型号X27E",                 # part of a name
])
def test_durations_and_codes_are_no_years(text):
    assert not any(p.value in ("2027", "2012/2015", "2016/2018", "2020/2025", "2020/2040") for p in find_periods(text, DAY))


def test_a_short_span_spreads_over_a_forecast_list():
    f = facts_of_text("星桥科技(688999)点评\n预计星桥科技27-29年归母净利润2.1/2.9/3.8亿元。", DAY)
    assert list(zip(f["period"], f["value"])) == [("2027", 2.1e8), ("2028", 2.9e8), ("2029", 3.8e8)]


@pytest.mark.parametrize("pair", ["同/环比", "同比/环比分别", "YoY/QoQ "])
def test_a_yoy_qoq_pair_gives_each_slashed_value_its_basis(pair):
    f = facts_of_text(f"星桥科技(688999)点评\n星桥科技2025Q4营收8.4亿元，{pair}+33%/+9%。", DAY)
    growth = f[f["metric"].str.startswith("revenue_growth")]
    assert list(zip(growth["metric"], growth["value"])) == [("revenue_growth", 0.33), ("revenue_growth_qoq", 0.09)]


def test_a_lone_qoq_word_still_marks_its_value():
    f = facts_of_text("星桥科技(688999)点评\n星桥科技2025Q4营收8.4亿元，环比+9%。", DAY)
    assert set(f.loc[f["text"] == "+9%", "metric"]) == {"revenue_growth_qoq"}


@pytest.mark.parametrize("text", ["项目回本周期约4年", "本周期内毛利率承压", "上周期的库存"])
def test_a_cycle_is_no_week(text):
    assert find_periods(text, DAY) == []


def test_this_week_still_reads():
    assert [p.value for p in find_periods("本周涨幅居前", DAY)] == ["2026-03-05"]


_HK = ("星橋科技（6688.HK）中期業績\n集團上半年收入按年升32%至45.6億元人民幣，純利按年增長1.2倍至8.9億元。"
       "董事會宣派中期股息每股0.12港元。雲業務收入按季增長18%，訂閱收入按月增長4%。")


def test_hong_kong_profit_and_dividend_words():
    f = facts_of_text(_HK, DAY)
    assert set(f.loc[f["text"].isin(["8.9億元", "1.2倍"]), "metric"]) == {"net_profit", "net_profit_growth"}
    assert list(f.loc[f["text"] == "0.12港元", "metric"]) == ["dividend_per_share"]


def test_hong_kong_quarter_and_month_bases():
    f = facts_of_text(_HK, DAY)
    assert list(f.loc[f["text"] == "18%", "metric"]) == ["revenue_growth_qoq"]
    assert f.loc[f["text"] == "4%", "metric"].str.endswith("_growth_mom").all()
    assert list(f.loc[f["text"] == "32%", "metric"]) == ["revenue_growth"]


def test_the_basis_word_nearest_the_value_wins():
    f = facts_of_text("星橋電子(6789)月報\n星橋電子10月營收新台幣85.2億元，月增12.3%、年增45.6%。", DAY)
    assert list(f.loc[f["text"] == "12.3%", "metric"]) == ["revenue_growth_mom"]
    assert list(f.loc[f["text"] == "45.6%", "metric"]) == ["revenue_growth"]


def test_a_quarter_word_after_the_year_word():
    f = facts_of_text("星橋電子(6789)季報\n星橋電子第三季營收120億元，年增8%、季增15%。", DAY)
    assert list(f.loc[f["text"] == "8%", "metric"]) == ["revenue_growth"]
    assert list(f.loc[f["text"] == "15%", "metric"]) == ["revenue_growth_qoq"]


def test_down_arrows_make_a_change_negative():
    f = facts_of_text("星桥科技(688999)三季报速览\n✅ 营收32.5亿元，同比↑28.6%\n✅ 归母净利4.1亿元，同比↓12.3%\n"
                      "▼ 费用率18.1%（-1.5pct）", DAY)
    assert list(f.loc[f["text"] == "28.6%", "value"]) == [0.286]
    assert list(f.loc[f["text"] == "↓12.3%", "value"]) == [-0.123]
    assert list(f.loc[f["text"] == "18.1%", "metric"]) == ["period_expense_ratio"]  # a bullet, no fall


def test_a_fenbie_list_takes_names_from_the_clause_before():
    f = facts_of_text("星海快讯 2025年11月10日\n据调研机构数据，2025年第三季度国内AI服务器市场中，"
                      "浪潮信息、云岫和新华三位列前三，市场份额分别为38.2%、14.5%和12.1%。", DAY)
    got = dict(zip(f["text"], f["entity"]))
    assert (got["38.2%"], got["12.1%"]) == ("Inspur Electronic Information (Inspur Information)", "H3C")
    assert got["14.5%"] not in ("Inspur Electronic Information (Inspur Information)", "H3C")



def test_a_comparators_level_of_a_multiple_is_that_multiple():
    f = facts_of_text("星桥科技(688999)估值跟踪\n截至11月7日，星桥科技PE(TTM)约45倍，低于可比公司平均的60倍；PEG约0.9。"
                      "星桥科技日均调用量增至6300亿tokens，是年初的10倍。", DAY)
    got = dict(zip(f["text"], f["metric"]))
    assert (got["约45倍"], got["60倍"]) == ("pe_ttm", "pe_ttm")
    assert got["约0.9"] == "peg_ratio"
    assert got["10倍"] == "calls_multiple"  # a multiple of an amount stays one


def test_a_bracket_after_a_price_names_its_cache_side():
    f = facts_of_text("云岫模型API调价\n云岫-V2 API输入价格降至每百万tokens 0.3元（缓存命中）/3元（缓存未命中），"
                      "输出价格6元/百万tokens。", DAY)
    got = dict(zip(f["text"], f["metric"]))
    assert got["0.3元"] == "input_price_cache_hit_per_1m_tokens"
    assert got["3元"] == "input_price_per_1m_tokens"


def test_a_block_trade_price_is_a_share_price_not_an_ai_price():
    f = facts_of_text("【大宗交易】AI概念股大宗交易一览\n星桥科技成交金额1.2亿元，成交价45.6元，折价率5.8%。"
                      "星桥科技成交价格为32.1元，较收盘价溢价1.2%。", DAY)
    got = {t: (th, m) for t, th, m in zip(f["text"], f["theme"], f["metric"])}
    assert got["45.6元"] == ("valuation", "block_trade_price")
    assert got["1.2%"] == ("valuation", "block_trade_premium")


def test_a_gpu_hour_deal_price_stays_pricing():
    f = facts_of_text("算力租赁月报\nH100成交价为13.5元/卡·时，较上月下降5%。", DAY)
    assert set(f.loc[f["text"].str.startswith("13.5"), "theme"]) == {"pricing"}


def test_a_name_holding_a_platforms_name_makes_no_gmv():
    f = facts_of_text("【大宗交易】AI概念股大宗交易一览\n京东方A今日发生大宗交易3笔，成交额1.5亿元。", DAY)
    assert list(zip(f["theme"], f["metric"])) == [("valuation", "turnover")]


def test_a_platforms_sales_stay_gmv():
    f = facts_of_text("年货节观察\n京东平台AI学习机成交额同比增长120%。", DAY)
    assert list(zip(f["theme"], f["metric"])) == [("market", "gmv_growth")]


def test_a_block_trade_tables_price_column_is_valuation():
    f = facts_of_text("【大宗交易】AI概念股大宗交易明细\n证券简称\t成交价(元)\t成交额(万元)\t折溢价率(%)\n"
                      "星桥科技\t45.60\t11992.80\t-5.80\n", DAY)
    assert list(f.loc[f["text"] == "45.60", "metric"]) == ["block_trade_price"]


def test_an_english_trigger_threshold_is_no_fact_but_a_result_is():
    f = facts_of_text("Acme Robotics IPO note\nThe public offer may rise to 40% if demand exceeds 100x. "
                      "The deal implies 38x 2026E price-to-sales.", DAY)
    assert "100x" not in set(f["text"]) and "38x" in set(f["text"])
