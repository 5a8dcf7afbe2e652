"""fixrt12: recall classes seen in two holdout reports each, on invented examples
(invented firms, invented numbers)."""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of

PUB = dt.date(2025, 11, 12)


def _row(frame, text):
    rows = frame[frame["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, frame[["text", "theme", "metric", "value", "unit"]].to_string()
    return rows.iloc[0]


# --- class 1: a currency conversion after 约合 is a row of its own -----------------------
def test_a_conversion_after_yuehe_is_a_row_in_its_own_currency():
    f = facts_of("岳川存储2025年三季度营收12.34万亿韩元（约合88亿美元），同比增长21%。\n"
                 "北辰电子FY2026第二财季营收3,025亿日元（约合20.4亿美元），同比增长6.1%。\n", PUB)
    usd = _row(f, "88亿美元")
    assert (usd.theme, usd.metric, usd.value, usd.unit, usd.period) == ("earnings", "revenue", 8.8e9, "USD", "2025Q3")
    assert _row(f, "12.34万亿韩元").unit == "KRW"  # the original stays
    jp = _row(f, "20.4亿美元")
    assert (jp.metric, jp.unit, jp.period) == ("revenue", "USD", "FY2026Q2")
    # a market cap restated in another currency, in prose
    f = facts_of("按发行价上限计，上市后市值约300亿港元，约合38.6亿美元。\n", PUB)
    assert set(f["unit"]) >= {"HKD", "USD"}


# --- class 2: a caption's scoped unit over a column named in other words ------------------
def test_a_column_the_caption_names_in_other_words_takes_the_unclaimed_scoped_unit():
    text = ("表1：示例公司2024年业绩（营收、净利润单位：亿元）\n"
            "公司　　　代码　　　营业收入　　同比　　　　归母净利润　　同比　　　　研发费用率\n"
            "岳川科技　688000　　21.74　　　35.56%　　　-3.52　　　　亏损收窄　　81.32%\n"
            "北辰智能　300999　　81.62　　　42.40%　　　29.31　　　　12.87%　　　17.58%\n"
            "资料来源：公司年报\n")
    f = facts_of(text, dt.date(2025, 5, 8))
    rev = _row(f, "21.74")
    assert (rev.metric, rev.value, rev.unit) == ("revenue", 2.174e9, "CNY")
    assert _row(f, "35.56%").metric == "revenue_growth"
    assert _row(f, "29.31").value == 2.931e9  # the column the caption names literally keeps its unit

    text = ("表1　示例ETF周度表现（规模单位：亿美元；资金流单位：百万美元）\n"
            "代码　　名称　　　　　　　　　　资产规模　　周净流入　　周涨跌幅\n"
            "QQAI　　Acme AI Leaders ETF　　　123.0　　　　340　　　　 +1.05%\n"
            "ZZRB　　Zeta Robotics ETF　　　　 45.6　　　　 -75　　　　 -0.61%\n")
    f = facts_of(text, dt.date(2025, 10, 20))
    assert (_row(f, "340").value, _row(f, "340").unit) == (3.4e8, "USD")
    assert _row(f, "-75").value == -7.5e7
    assert _row(f, "123.0").value == 1.23e10


# --- class 3: 8卡H100 is a machine's configuration, no count --------------------------------
def test_a_few_cards_before_an_accelerator_name_are_a_configuration():
    text = ("表1　GPU实例按需价格调整\n"
            "厂商　　　实例（配置）　　　　　　　　调整前　　　　调整后　　　　降幅　　生效日\n"
            "Acme云　　 x9.large（8卡H100）　　　 $88.32/小时　 $45.04/小时　 49%　　 2025-06-01\n"
            "Zeta云　　 y2.small（单卡L20）　　　 12.80元/小时　8.96元/小时　 30%　　 2025-04-01\n")
    f = facts_of(text, dt.date(2025, 6, 20))
    assert not (f["unit"] == "count").any(), f[["text", "metric"]]
    cut = _row(f, "49%")  # the cut under 降幅, no longer read as a growth of GPU demand
    # the instance's grade goes into the metric, the cloud renting it out is the entity (fixent19)
    assert (cut.theme, cut.metric, cut.value) == ("pricing", "h100_price_change", -0.49)
    f = facts_of("国内8卡H20服务器月租金约4.5万元/台。\n", dt.date(2025, 6, 20))
    assert not (f["unit"] == "count").any()


def test_a_cluster_of_many_cards_stays_a_count():
    # near-miss: 1万卡H100 is more than one machine holds, a cluster's size
    f = facts_of("示例公司已建成1万卡H100集群。\n", dt.date(2025, 6, 20))
    assert _row(f, "1万").value == 1e4


# --- class 4: ASP and 平均售价 name an average price ----------------------------------------
def test_asp_and_average_selling_price_are_average_prices():
    f = facts_of("全球ASP为212美元，同比下降5%；国内ASP 1,650元，同比下降11%。\n"
                 "GenAI手机平均售价约为非AI机型的2.6倍。\n", dt.date(2025, 10, 20))
    asp = _row(f, "212美元")
    # a hardware market's ASP is market (SCHEMA: pricing is AI models and services; branch fixthm16)
    assert (asp.theme, asp.metric) == ("market", "average_price")
    assert (_row(f, "下降5%").metric, _row(f, "下降5%").value) == ("price_change", -0.05)
    assert _row(f, "1,650元").metric == "average_price"
    mult = _row(f, "2.6倍")
    assert (mult.theme, mult.unit, mult.value) == ("pricing", "multiple", 2.6)


def test_asp_inside_a_latin_word_is_no_keyword():
    # near-miss: ASP.NET is a framework, no price
    f = facts_of("示例公司ASP.NET团队扩至120人。\n", dt.date(2025, 10, 20))
    assert not (f["metric"] == "average_price").any()


def test_the_unclaimed_scoped_unit_goes_only_to_a_column_of_its_kind():
    # near-miss: 市盈率 names no amount, so it never takes the caption's 亿元 by elimination
    text = ("表1：示例公司2024年业绩（营收、净利润单位：亿元）\n"
            "公司　　　营业收入　　归母净利润　　市盈率\n"
            "岳川科技　21.74　　　-3.52　　　　 45.3\n"
            "北辰智能　81.62　　　29.31　　　　 38.7\n")
    f = facts_of(text, dt.date(2025, 5, 8))
    assert _row(f, "21.74").value == 2.174e9
    assert not ((f["unit"] == "CNY") & f["text"].isin(["45.3", "38.7"])).any(), f[["text", "metric", "unit"]]
