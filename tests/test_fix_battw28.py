"""A battery of invented sentences from Taiwanese and Hong Kong reports in Traditional Chinese
(monthly revenue flashes, quarterly result notes, guidance, target prices, Hong Kong market
wraps), each with the value, unit, theme, period and entity the SCHEMA gives it for one
publication day. Texts go through ``facts_of`` (the loader's OpenCC path), as a Big5 or UTF-8
Traditional report would.

Forms left out of scope are xfail(strict) with the reason."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.text_facts import assert_battery_row, facts_of, period_values

TW_DAY = dt.date(2025, 11, 12)   # a November note: the statistics month is October
TW_HEAD = "鼎盛證券投資顧問　台股產業快報　2025/11/12\n（金額單位：新台幣）\n"
HK_DAY = dt.date(2025, 12, 2)
HK_HEAD = "寶港證券研究部　港股收市速遞　2025年12月2日\n"


def _out(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


# (sentence, theme, entity, value, unit, period)
TW = [
    # monthly revenue: the statistics month, in digits or Chinese numerals
    ("台積電10月營收新台幣3,120.4億元，月減8.2%，年增12.6%。", "earnings", "TSMC", 3.1204e11, "TWD", "2025-10"),
    ("台積電10月營收新台幣3,120.4億元，月減8.2%，年增12.6%。", "earnings", "TSMC", -0.082, "ratio", "2025-10"),
    ("台積電10月營收新台幣3,120.4億元，月減8.2%，年增12.6%。", "earnings", "TSMC", 0.126, "ratio", "2025-10"),
    ("台積電十月營收新台幣3,120.4億元，月減8.2%，年增12.6%。", "earnings", "TSMC", 3.1204e11, "TWD", "2025-10"),
    ("台積電十月營收新台幣3,120.4億元，月減8.2%，年增12.6%。", "earnings", "TSMC", 0.126, "ratio", "2025-10"),
    ("七大ODM十月合計營收1兆2,345.67億元，年增21.5%，月增3.2%。", "earnings", None, 1.234567e12, "TWD", "2025-10"),
    ("七大ODM十月合計營收1兆2,345.67億元，年增21.5%，月增3.2%。", "earnings", None, 0.032, "ratio", "2025-10"),
    ("聯發科十月營收年減5.2%，為近半年低點。", "earnings", "MediaTek", -0.052, "ratio", "2025-10"),
    ("緯創十月營收年增196.85%，單月營收創歷史新高。", "earnings", "Wistron", 1.9685, "ratio", "2025-10"),
    ("廣達2025年十月營收1,802.5億元，年增9.4%。", "earnings", "Quanta", 1.8025e11, "TWD", "2025-10"),
    ("華碩今年九月營收年增14.1%。", "earnings", "Asus", 0.141, "ratio", "2025-09"),
    ("鴻海10月份營收8,120.3億元，創同期新高。", "earnings", "Hon Hai", 8.1203e11, "TWD", "2025-10"),
    # cumulative revenue: the months of the year so far
    ("緯穎前10月累計營收4,632.8億元，年增178.6%。", "earnings", "Wiwynn", 4.6328e11, "TWD", "2025-01/2025-10"),
    ("緯穎前10月累計營收4,632.8億元，年增178.6%。", "earnings", "Wiwynn", 1.786, "ratio", "2025-01/2025-10"),
    ("鴻海1-10月累計營收5兆8,120.3億元，年增15.2%。", "earnings", "Hon Hai", 5.81203e12, "TWD", "2025-01/2025-10"),
    ("台積電前十月累計營收3兆1,231.5億元，年增33.8%。", "earnings", "TSMC", 3.12315e12, "TWD", "2025-01/2025-10"),
    # quarters, halves and years
    ("台積電第3季營收9,899.2億元，季增6.0%，毛利率59.5%。", "earnings", "TSMC", 9.8992e11, "TWD", "2025Q3"),
    ("台積電第3季營收9,899.2億元，季增6.0%，毛利率59.5%。", "earnings", "TSMC", 0.06, "ratio", "2025Q3"),
    ("台積電第3季營收9,899.2億元，季增6.0%，毛利率59.5%。", "earnings", "TSMC", 0.595, "ratio", "2025Q3"),
    ("聯發科第三季毛利率46.5%，季減0.6個百分點。", "earnings", "MediaTek", -0.006, "pp", "2025Q3"),
    ("廣達第三季營益率4.3%，年增0.5個百分點。", "earnings", "Quanta", 0.043, "ratio", "2025Q3"),
    ("廣達第三季營益率4.3%，年增0.5個百分點。", "earnings", "Quanta", 0.005, "pp", "2025Q3"),
    ("日月光投控第三季稅後純益107.3億元，年增9.5%。", "earnings", "ASE", 1.073e10, "TWD", "2025Q3"),
    ("日月光投控十月營收560.2億元，年增8.4%。", "earnings", "ASE", 5.602e10, "TWD", "2025-10"),
    ("緯穎十月營收月減8.62%，年增142.15%。", "earnings", "Wiwynn", -0.0862, "ratio", "2025-10"),
    ("廣達上半年營收年增40.0%。", "earnings", "Quanta", 0.4, "ratio", "2025H1"),
    ("我們預估緯創全年營收年增約35%。", "earnings", "Wistron", 0.35, "ratio", "2025"),
    ("廣達前三季每股純益14.6元。", "earnings", "Quanta", 14.6, "TWD", "2025Q1/2025Q3"),
    # guidance ranges and forecasts
    ("台積電財測第4季營收介於322億至334億美元。", "earnings", "TSMC", 3.22e10, "USD", "2025Q4"),
    ("台積電預估第4季毛利率介於59%至61%。", "earnings", "TSMC", 0.59, "ratio", "2025Q4"),
    ("我們預估廣達2026年每股純益24.6元。", "earnings", "Quanta", 24.6, "TWD", "2026"),
    ("聯電預估第4季晶圓出貨季減1%至2%。", "market", "UMC", -0.01, "ratio", "2025Q4"),
    # target prices and share moves
    ("維持廣達買進評等，目標價443元。", "valuation", "Quanta", 443.0, "TWD", "2025-11"),
    # counts in 萬 with 片/台/張
    ("CoWoS月產能至年底將達7.5萬片。", "compute", None, 75000.0, "count", "2025-12"),
    ("AI伺服器機櫃今年出貨上看3萬台。", "market", "AI server", 30000.0, "count", "2025"),
]

HK = [
    ("騰訊第三季收入港幣1,928.7億元，按年增長15%。", "earnings", "Tencent", 1.9287e11, "HKD", "2025Q3"),
    ("騰訊第三季收入港幣1,928.7億元，按年增長15%。", "earnings", "Tencent", 0.15, "ratio", "2025Q3"),
    ("小米集團第三季經調整淨利潤113.1億元人民幣，按年增長80.9%。", "earnings", "Xiaomi", 1.131e10, "CNY", "2025Q3"),
    ("南向資金淨買入港幣85.3億元。", "valuation", "Southbound", 8.53e9, "HKD", "2025-12-02"),
    ("恒生指數收報25,760點，跌1.2%。", "valuation", "Hang Seng Index", -0.012, "ratio", "2025-12-02"),
    ("阿里巴巴股價升3.5%，收報158.2港元。", "valuation", "Alibaba", 0.035, "ratio", "2025-12-02"),
    ("維持美團買進評級，目標價港幣128元。", "valuation", "Meituan", 128.0, "HKD", "2025-12"),
    ("中芯國際十一月股價累計上升12.4%。", "valuation", "SMIC", 0.124, "ratio", "2025-11"),
]


@pytest.mark.parametrize("text, theme, entity, value, unit, period", TW)
def test_taiwan_battery(text, theme, entity, value, unit, period):
    assert_battery_row(TW_HEAD + text + "\n", TW_DAY, theme, entity, value, unit, period)


@pytest.mark.parametrize("text, theme, entity, value, unit, period", HK)
def test_hong_kong_battery(text, theme, entity, value, unit, period):
    assert_battery_row(HK_HEAD + text + "\n", HK_DAY, theme, entity, value, unit, period)


@pytest.mark.parametrize("text, want", [
    ("十月營收", ["2025-10"]),
    ("十一月營收", ["2025-11"]),
    ("九月份營收", ["2025-09"]),
    ("2025年十月營收", ["2025-10"]),
    ("今年九月營收", ["2025-09"]),
    ("前十月累計營收", ["2025-01/2025-10"]),
    # near-misses: a count of months, a window back, an ordinal or a frequency is no month
    ("三個月內", []),
    ("近一月漲幅", []),
    ("第一月", []),
    ("每三月檢討一次", []),
])
def test_a_month_in_chinese_numerals_is_that_month(text, want):
    assert period_values(text, TW_DAY) == want


def test_short_operating_margin_is_no_gross_margin():
    rows = facts_of(TW_HEAD + "台積電第3季毛利率59.5%，營益率50.6%。\n", TW_DAY)
    metrics = dict(zip(rows["text"], rows["metric"]))
    assert metrics.get("59.5%") == "gross_margin" and metrics.get("50.6%") == "operating_margin", metrics
