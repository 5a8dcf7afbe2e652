"""A battery of invented broker-note and bilingual-newsletter sentences written with compact
period notations (3Q25, 1H FY26, 1-3Q25, 9M25, FY25-27E, YTD, 25年H1 ...) and compact figures
(US$12.5bn, RMB 12bn, HK$8.6亿, NT$1.2兆, €2bn, 1.2 trillion yen, +12% QoQ, 150bps, 0.5pct, 3x),
each with the value, unit, theme, entity and period the SCHEMA gives it for one publication day."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.text_facts import assert_battery_row, period_values

PUBLISHED = dt.date(2025, 11, 20)
HEAD = "2025年11月20日 某证券研究所\n"

# (sentence, theme, entity, value, unit, period)
BATTERY = [
    # quarters written short
    ("英伟达3Q25数据中心收入同比增长62%。", "earnings", "Nvidia", 0.62, "ratio", "2025Q3"),
    ("阿里云25Q3收入398亿元，同比+34%。", "earnings", "Alibaba Cloud", 3.98e10, "CNY", "2025Q3"),
    ("阿里云25Q3收入398亿元，同比+34%。", "earnings", "Alibaba Cloud", 0.34, "ratio", "2025Q3"),
    ("Q3'25微软资本开支为$34.9B，同比+74%。", "capex", "Microsoft", 3.49e10, "USD", "2025Q3"),
    ("寒武纪3Q25单季营收17.3亿元，环比增长0.5%。", "earnings", "Cambricon", 1.73e9, "CNY", "2025Q3"),
    ("寒武纪Q3单季营收17.3亿元，QoQ+0.5%。", "earnings", "Cambricon", 0.005, "ratio", "2025Q3"),
    ("三星电子3Q25营业利润为KRW 12.2 trillion。", "earnings", "Samsung", 1.22e13, "KRW", "2025Q3"),
    ("三星电子3Q25营业利润为₩12.2tn。", "earnings", "Samsung", 1.22e13, "KRW", "2025Q3"),
    # fiscal quarters and years
    ("甲骨文2Q FY26营收为US$16.1bn，+14% YoY。", "earnings", "Oracle", 1.61e10, "USD", "FY2026Q2"),
    ("甲骨文2QFY26营收为US$16.1bn。", "earnings", "Oracle", 1.61e10, "USD", "FY2026Q2"),
    ("甲骨文F2Q26营收为US$16.1bn。", "earnings", "Oracle", 1.61e10, "USD", "FY2026Q2"),
    ("甲骨文FY26 Q2营收同比+14% YoY。", "earnings", "Oracle", 0.14, "ratio", "FY2026Q2"),
    ("联想集团FY26Q2营收HK$8.6亿。", "earnings", "Lenovo", 8.6e8, "HKD", "FY2026Q2"),
    ("我们预计寒武纪FY25E净利润为RMB 12bn。", "earnings", "Cambricon", 1.2e10, "CNY", "FY2025"),
    ("软银集团FY25净利润为JPY1.2tn。", "earnings", "SoftBank", 1.2e12, "JPY", "FY2025"),
    # a half before a fiscal year: the fiscal half
    ("软银集团1H FY25净利润达1.2 trillion yen。", "earnings", "SoftBank", 1.2e12, "JPY", "FY2025H1"),
    ("微软1HFY26资本开支为US$72bn。", "capex", "Microsoft", 7.2e10, "USD", "FY2026H1"),
    ("微软2H FY25资本开支为US$45bn。", "capex", "Microsoft", 4.5e10, "USD", "FY2025H2"),
    ("微软H1 FY26资本开支同比+50%。", "capex", "Microsoft", 0.5, "ratio", "FY2026H1"),
    # halves
    ("公司1H25营收达US$12.5bn，同比增长35% YoY。", "earnings", None, 1.25e10, "USD", "2025H1"),
    ("公司1H25营收达US$12.5bn，同比增长35% YoY。", "earnings", None, 0.35, "ratio", "2025H1"),
    ("寒武纪25年H1营收28.8亿元。", "earnings", "Cambricon", 2.88e9, "CNY", "2025H1"),
    ("寒武纪2025年1H营收28.8亿元。", "earnings", "Cambricon", 2.88e9, "CNY", "2025H1"),
    # estimates and CAGR windows
    ("我们预计中际旭创2025E营收为380亿元。", "earnings", "Innolight", 3.8e10, "CNY", "2025"),
    ("我们预计谷歌CY2026E资本开支为US$120bn。", "capex", "Alphabet", 1.2e11, "USD", "2026"),
    ("我们预计海光信息24-27年营收CAGR为35%。", "earnings", "Hygon", 0.35, "ratio", "2024/2027"),
    ("我们预计海光信息2025-27E净利润CAGR为40%。", "earnings", "Hygon", 0.4, "ratio", "2025/2027"),
    ("我们预计海光信息FY25-27E营收CAGR为35%。", "earnings", "Hygon", 0.35, "ratio", "FY2025/FY2027"),
    # the first quarters or months of a year, year to date, as-of ends
    ("前三季度，寒武纪实现营收46亿元，同比增长2386%。", "earnings", "Cambricon", 4.6e9, "CNY", "2025Q1/2025Q3"),
    ("海光信息25Q1-Q3营收94.9亿元。", "earnings", "Hygon", 9.49e9, "CNY", "2025Q1/2025Q3"),
    ("海光信息1-3Q25营收94.9亿元。", "earnings", "Hygon", 9.49e9, "CNY", "2025Q1/2025Q3"),
    ("海光信息1Q-3Q25营收94.9亿元。", "earnings", "Hygon", 9.49e9, "CNY", "2025Q1/2025Q3"),
    ("海光信息9M25营收94.9亿元，同比+54.6%。", "earnings", "Hygon", 9.49e9, "CNY", "2025-01/2025-09"),
    ("海光信息9M25营收94.9亿元，同比+54.6%。", "earnings", "Hygon", 0.546, "ratio", "2025-01/2025-09"),
    ("年初至今，寒武纪股价上涨150%。", "valuation", "Cambricon", 1.5, "ratio", "2025-11-20"),
    ("YTD寒武纪股价上涨150%。", "valuation", "Cambricon", 1.5, "ratio", "2025-11-20"),
    ("寒武纪股价YTD +150%。", "valuation", "Cambricon", 1.5, "ratio", "2025-11-20"),
    ("截至9月末，中科曙光合同负债达12亿元。", "earnings", "Sugon", 1.2e9, "CNY", "2025-09-30"),
    ("截至三季度末，中科曙光合同负债达12亿元。", "earnings", "Sugon", 1.2e9, "CNY", "2025-09-30"),
    # a quarter written 3Q without its year: of the publication year, as Q3 is
    ("寒武纪3Q营收17.3亿元。", "earnings", "Cambricon", 1.73e9, "CNY", "2025Q3"),
    # figures: currencies and scales
    ("Tencent's 3Q25 capex reached 13 bn yuan, down 24% y/y.", "capex", "Tencent", 1.3e10, "CNY", "2025Q3"),
    ("Tencent's 3Q25 capex reached 13 bn yuan, down 24% y/y.", "capex", "Tencent", -0.24, "ratio", "2025Q3"),
    ("腾讯3Q25资本开支为Rmb13bn。", "capex", "Tencent", 1.3e10, "CNY", "2025Q3"),
    ("百度智能云2025年三季度收入¥1,200亿。", "earnings", "Baidu", 1.2e11, "CNY", "2025Q3"),
    ("台积电3Q25营收NT$9,900亿，季增6%。", "earnings", "TSMC", 9.9e11, "TWD", "2025Q3"),
    ("鸿海第三季营收NT$2.06兆，年增11%。", "earnings", "Hon Hai", 2.06e12, "TWD", "2025Q3"),
    ("鸿海第三季營收新台幣2.06兆元，年增11%。", "earnings", "Hon Hai", 0.11, "ratio", "2025Q3"),
    ("Anthropic 3Q25年化收入达US$120mn。", "earnings", "Anthropic", 1.2e8, "USD", "2025Q3"),
    # growth, points and multiples
    ("Meta's 3Q25 revenue grew -8.5% y/y.", "earnings", "Meta", -0.085, "ratio", "2025Q3"),
    ("阿里云3Q25收入环比+12% QoQ。", "earnings", "Alibaba Cloud", 0.12, "ratio", "2025Q3"),
    ("Alphabet's 3Q25 operating margin was up 150bps YoY.", "earnings", "Alphabet", 0.015, "pp", "2025Q3"),
    ("中芯国际3Q25毛利率同比提升0.5pct。", "earnings", "SMIC", 0.005, "pp", "2025Q3"),
    ("中芯国际3Q25毛利率同比+1.5ppts。", "earnings", "SMIC", 0.015, "pp", "2025Q3"),
    ("英伟达FY26Q3数据中心收入为去年同期的2.5倍。", "earnings", "Nvidia", 2.5, "multiple", "FY2026Q3"),
    ("Meta的AI资本开支在2025年增长3x。", "capex", "Meta", 3.0, "multiple", "2025"),
    ("寒武纪当前股价对应FY26E P/E为120x。", "valuation", "Cambricon", 120.0, "multiple", "FY2026"),
]


@pytest.mark.parametrize("text, theme, entity, value, unit, period", BATTERY)
def test_battery(text, theme, entity, value, unit, period):
    assert_battery_row(HEAD + text + "\n", PUBLISHED, theme, entity, value, unit, period)


@pytest.mark.parametrize("text, want", [
    ("1H FY25", "FY2025H1"), ("1HFY26", "FY2026H1"), ("H2 FY2025", "FY2025H2"),
    ("1-3Q25", "2025Q1/2025Q3"), ("1Q-3Q25", "2025Q1/2025Q3"), ("1-2Q2025", "2025Q1/2025Q2"),
    ("9M25", "2025-01/2025-09"), ("6M2025", "2025H1"),
    ("FY25-27E", "FY2025/FY2027"), ("25年H1", "2025H1"), ("2025年2H", "2025H2"),
    ("YTD", "2025-11-20"), ("year to date", "2025-11-20"), ("3Q", "2025Q3"),
])
def test_compact_period_forms(text, want):
    assert period_values(text + "营收", PUBLISHED)[:1] == [want]


@pytest.mark.parametrize("text", ["3M公司营收", "型号9M25X", "12M25", "3-1Q25", "H100出货"])
def test_near_misses_read_no_new_period(text):
    # 3M the company, a model code, a trailing twelve months, a backward range, a chip name:
    # no stretch of months or quarters, no half
    assert not any("/" in v or "H" in v for v in period_values(text, PUBLISHED))
