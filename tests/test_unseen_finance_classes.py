"""Finance figures misread on reports in no scored set: exchange rates taken as prices, offering
terms missing or read as market shares, ETF and margin ratios read as market shares, analysts'
verb clauses glued to a firm's name, and a government plan's figures left without its place or
years. Every example is an invented sentence, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.facts import exchange_rate_quotes
from aigc_analysis.extract.quantities import find_quantities
from helpers_text import entity_of, facts_of_text

PUB = dt.date(2026, 3, 6)


def _rows(f, text):
    return f[f["text"] == text]


# --- 1: an exchange-rate statement is no fact -----------------------------------------------
@pytest.mark.parametrize("line, rates", [
    ("注：本文汇率按1美元≈7.2人民币、≈1,400韩元换算", ["1美元", "7.2人民币", "1,400韩元"]),
    ("软银集团计划投资100亿美元建设数据中心（汇率：1美元=7.10元人民币=155日元）", ["1美元", "7.10元人民币", "155日元"]),
    ("腾讯控股2025年收入6600亿港元，按1港元=0.92元人民币折算", ["1港元", "0.92元人民币"]),
    ("本文按1美元兑7.15元人民币计算，岳川科技2025年收入12亿美元", ["1美元", "7.15元人民币"]),
    ("汇率按100日元=4.8元人民币换算", ["100日元", "4.8元人民币"]),
])
def test_exchange_rate_is_no_fact(line, rates):
    f = facts_of_text(f"# 海外AI投资跟踪\n{line}。\n", PUB)
    for text in rates:
        assert _rows(f, text).empty, f[["text", "entity", "metric"]].to_string()
    qs = find_quantities(line)
    assert sorted(q.text for i, q in enumerate(qs) if i in exchange_rate_quotes(line, qs)) == sorted(rates)


def test_exchange_rate_near_misses():
    # the amounts around the rate stay facts
    f = facts_of_text("# 海外AI投资\n软银集团计划投资100亿美元建设数据中心（汇率：1美元=7.10元人民币）。\n", PUB)
    assert entity_of(f, "100亿美元") == "SoftBank Group"
    f = facts_of_text("# 港股科技\n腾讯控股2025年收入6600亿港元，按1港元=0.92元人民币折算。\n", PUB)
    assert entity_of(f, "6600亿港元") == "Tencent"
    # an amount stated with its conversion is no unit amount: the amount stays
    t = "岳川科技2025年收入100亿美元（约合人民币720亿元）"
    assert exchange_rate_quotes(t, find_quantities(t)) == set()
    # one unit of the same currency on both sides is no rate (1元投入带来3元产出)
    t = "每1元算力投入带来3元产出"
    assert exchange_rate_quotes(t, find_quantities(t)) == set()
    # a currency's move is no rate statement: no amount is taken from it (it gives no fact
    # before this rule either)
    t = "本月人民币兑美元汇率贬值2%"
    assert exchange_rate_quotes(t, find_quantities(t)) == set()


# --- 2: shares offered, the public float and a placement's subscription ---------------------
@pytest.mark.parametrize("sentence, text, metric, value", [
    ("岳川科技本次发行股票数量不超过1.5亿股。", "不超过1.5亿", "shares_offered", 1.5e8),
    ("青柏科技拟发行不超过9,800万股。", "不超过9,800万", "shares_offered", 9.8e7),
    ("岳川科技拟公开发行不超过2,500万股A股。", "不超过2,500万", "shares_offered", 2.5e7),
    ("岳川科技本次发行新股不超过1.2亿股。", "不超过1.2亿", "shares_offered", 1.2e8),
    ("岳川科技本次公开发行股份占发行后总股本比例不低于10%。", "不低于10%", "public_float_share", 0.1),
    ("岳川科技公开发行的股票占发行后总股本的比例不低于25%。", "不低于25%", "public_float_share", 0.25),
    ("青柏科技控股股东拟认购金额不低于1.5亿元。", "不低于1.5亿元", "subscription_amount", 1.5e8),
])
def test_offering_terms_are_valuation(sentence, text, metric, value):
    f = facts_of_text(f"# 公司IPO点评\n{sentence}\n", PUB)
    row = _rows(f, text)
    assert len(row) == 1, f[["text", "theme", "metric"]].to_string()
    assert (row.iloc[0]["theme"], row.iloc[0]["metric"]) == ("valuation", metric)
    assert row.iloc[0]["value"] == pytest.approx(value)


def test_offering_near_misses():
    # a stake and a market share are what they were
    f = facts_of_text("# 点评\n岳川科技持有青柏科技15%股份。\n", PUB)
    assert _rows(f, "15%").iloc[0]["metric"] == "stake"
    f = facts_of_text("# 点评\n岳川科技AI芯片市场份额达到10%。\n", PUB)
    assert (_rows(f, "10%").iloc[0]["theme"], _rows(f, "10%").iloc[0]["metric"]) == ("market", "market_share")


# --- 3: ETF turnover and units, margin balance ratios ----------------------------------------
WEEKLY = "# ETF周报（2026年3月2日-3月6日）\n"


@pytest.mark.parametrize("sentence", [
    "科创AI ETF周日均换手率15.2%，年初以来份额减少3.9%。",
    "科创AI ETF本周日均换手率15.2%，年初以来份额减少3.9%。",
])
def test_etf_turnover_and_units(sentence):
    f = facts_of_text(WEEKLY + sentence + "\n", dt.date(2026, 3, 7))
    turnover = _rows(f, "15.2%").iloc[0]
    assert (turnover["theme"], turnover["metric"], turnover["period"]) == ("valuation", "turnover_rate", "2026-03-02/2026-03-06")
    units = _rows(f, "减少3.9%").iloc[0]
    assert (units["theme"], units["metric"]) == ("valuation", "etf_units_growth")
    assert units["value"] == pytest.approx(-0.039)
    assert units["period"] == "2026-03-06"  # the week's last day, not the Saturday it came out


def test_etf_units_alone_and_turnover_without_week():
    f = facts_of_text(WEEKLY + "科创AI ETF年初以来份额减少3.9%。\n", dt.date(2026, 3, 7))
    assert _rows(f, "减少3.9%").iloc[0]["metric"] == "etf_units_growth"
    f = facts_of_text("# 基金观察\n人工智能ETF换手率为8.5%。\n", PUB)
    assert (_rows(f, "8.5%").iloc[0]["theme"], _rows(f, "8.5%").iloc[0]["metric"]) == ("valuation", "turnover_rate")


@pytest.mark.parametrize("sentence, text", [
    ("两融余额占A股流通市值比约2.4%，低于2015年6月高点的4.5%。", "约2.4%"),
    ("融资融券余额占A股流通市值比例约2.4%。", "约2.4%"),
])
def test_margin_ratio_is_valuation(sentence, text):
    f = facts_of_text(WEEKLY + sentence + "\n", dt.date(2026, 3, 7))
    row = _rows(f, text).iloc[0]
    assert (row["theme"], row["metric"]) == ("valuation", "margin_balance_to_float_market_cap")
    assert row["period"] != "2015-06"  # the later date is the compared peak's


def test_margin_peak_keeps_its_date_and_market_share_near_miss():
    f = facts_of_text(WEEKLY + "两融余额占A股流通市值比约2.4%，低于2015年6月高点的4.5%。\n", dt.date(2026, 3, 7))
    assert _rows(f, "4.5%").iloc[0]["period"] == "2015-06"
    # a market's share falling is still a market share
    f = facts_of_text("# 行业点评\nAI芯片市场份额减少3.9%。\n", PUB)
    assert (_rows(f, "减少3.9%").iloc[0]["theme"], _rows(f, "减少3.9%").iloc[0]["metric"]) == ("market", "market_share")
    # 周日 before anything but 均 is still a Sunday
    f = facts_of_text("# 新闻\n岳川科技周日发布公告，2025年收入12亿元。\n", PUB)
    assert entity_of(f, "12亿元") == "Yuechuan"


# --- 4: an analyst's verb clause is no part of the firm's name --------------------------------
@pytest.mark.parametrize("sentence, text, name", [
    ("我们给予岳川科技2026年30倍PE。", "30倍", "Yuechuan"),
    ("给予岳川科技2026年30倍PE。", "30倍", "Yuechuan"),
    ("维持对青柏科技的买入评级，预计2026年净利润5亿元。", "5亿元", "Qingbai"),
    ("下调岳川科技2026年净利润预测至3亿元。", "3亿元", "Yuechuan"),
    ("上调岳川科技目标价至45元。", "45元", "Yuechuan"),
    ("首次覆盖青柏科技，预计2026年净利润5亿元。", "5亿元", "Qingbai"),
    ("重点推荐青柏科技，预计2026年净利润5亿元。", "5亿元", "Qingbai"),
    ("建议关注岳川科技，预计2026年净利润5亿元。", "5亿元", "Yuechuan"),
    ("我们预计岳川科技2026年净利润5亿元。", "5亿元", "Yuechuan"),
])
def test_analyst_lead_words_are_cut(sentence, text, name):
    f = facts_of_text(f"# 点评\n{sentence}\n", PUB)
    assert entity_of(f, text) == name


def test_analyst_lead_near_misses():
    # a lexicon firm after the same words is untouched, and a name without them keeps its head
    f = facts_of_text("# 点评\n维持对英伟达的买入评级，预计2026财年收入2000亿美元。\n", PUB)
    assert entity_of(f, "2000亿美元") == "Nvidia"
    f = facts_of_text("# 点评\n岳川科技维持2026年收入指引12亿元。\n", PUB)
    assert entity_of(f, "12亿元") == "Yuechuan"


# --- 5: a government plan's figures are its place's, over its years ----------------------------
PLAN = "# 贵州省算力基础设施高质量发展行动计划（2026-2028年）\n一、总体要求\n"


def test_plan_fund_is_the_province_capex():
    f = facts_of_text(PLAN + "设立规模100亿元的算力产业基金，省级财政出资20亿元。\n", PUB)
    fund = _rows(f, "100亿元").iloc[0]
    assert (fund["theme"], fund["entity"], fund["metric"], fund["period"]) == \
        ("capex", "Guizhou Province", "fund_size", "2026/2028")
    put_in = _rows(f, "20亿元").iloc[0]
    assert (put_in["entity"], put_in["period"]) == ("Guizhou Province", "2026/2028")


# fixtheme36c: a fund a plan sets up is capex when it pays for computing capacity (a compute
# plan's fund); an AI industry plan's fund of funds invests in firms, valuation (the triage gold
# of two genres, a provincial plan digest and a reply to a deputy, label it so)
@pytest.mark.parametrize("title, place, period, theme", [
    ("# 岭南省人工智能产业发展三年行动方案（2026—2028年）", "Lingnan Province", "2026/2028", "valuation"),
    ("江州市关于促进算力产业发展的若干措施", "Jiangzhou City", "", "capex"),
    ("# 关于印发澜川自治区算力产业实施方案（2025-2027年）的通知", "Lanchuan Autonomous Region", "2025/2027", "capex"),
])
def test_plan_place_from_title(title, place, period, theme):
    f = facts_of_text(title + "\n设立总规模50亿元的人工智能产业母基金。\n", PUB)
    row = _rows(f, "50亿元").iloc[0]
    assert (row["theme"], row["entity"], row["period"]) == (theme, place, period)


def test_plan_near_misses():
    # a dated figure of the plan keeps its own year
    f = facts_of_text(PLAN + "到2027年，全省算力规模达到50EFLOPS。\n", PUB)
    assert _rows(f, "50EFLOPS").iloc[0]["period"] == "2027"
    # a firm's fund in a company note is no plan's
    f = facts_of_text("# 岳川科技2025年报点评\n公司设立规模10亿元的产业基金，岳川科技出资3亿元。\n", PUB)
    assert entity_of(f, "3亿元") == "Yuechuan"
    assert _rows(f, "10亿元").iloc[0]["theme"] != "capex"
    # a national plan's title names no province
    f = facts_of_text("# 全国算力基础设施行动计划（2026-2028年）\n设立规模100亿元的算力产业基金。\n", PUB)
    assert not (f["entity"].str.endswith(("Province", "City"))).any()
