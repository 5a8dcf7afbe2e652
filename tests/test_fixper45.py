"""Round 45, periods: 首 as the lead of a count of months or quarters (今年首九个月, 2025年首九個月,
首三季) and 首季 as the first quarter, as Hong Kong, Macao and Taiwan filings and wires write them
(invented sentences)."""
from datetime import date

from aigc_analysis.extract.periods import find_periods

PUB = date(2025, 10, 20)


def _values(text, published=PUB):
    return [p.value for p in find_periods(text, published)]


def test_first_nine_months_after_this_year():
    # 今年首九个月 is the months of the year to September, as 今年前九个月
    assert _values("青岚博彩今年首九个月毛收入累计为812.4亿元") == ["2025-01/2025-09"]


def test_first_nine_months_after_a_written_year_traditional():
    assert _values("翠峰礦業2025年首九個月累計銅產量88,100噸") == ["2025-01/2025-09"]


def test_first_nine_months_opening_a_clause():
    # with no year, as 前九个月 opening its clause: the last such stretch begun by the publication
    assert _values("首九個月，星渚集團營收增長12%") == _values("前九個月，星渚集團營收增長12%")
    assert _values("首九個月，星渚集團營收增長12%") == ["2025-01/2025-09"]


def test_first_quarter_shou_ji():
    assert _values("緯嵐主管指出，首季營收312億元") == ["2025Q1"]
    assert _values("今年首季AI伺服器營收已年增逾1.5倍") == ["2025Q1"]
    assert _values("星岚数码一期预计2027年首季投运") == ["2027Q1"]


def test_first_three_quarters_shou_needs_its_year():
    # 今年首三季 is the first three quarters; 上市首三季 without a year is no window (fixper20b)
    assert _values("澜石科技今年首三季营收增长两成") == ["2025Q1/2025Q3"]
    assert _values("澜石科技上市首三季营收增长两成") == []


def test_near_misses_stay_undated():
    # 首3个月 after an event is a duration, 首月 and 首批 are no periods
    assert _values("澜石App上线首3个月用户破百万") == []
    assert _values("澜石App上线首月收入80万元") == []
    assert _values("澜石科技首批采购GPU 500张") == []


def test_day_of_a_slash_date_is_no_short_year():
    # 8/27 before a fiscal quarter in a timeline: 27 is the day, not the year 2027
    assert _values("9/26　Q3 FY26财报：收入91亿美元") == ["FY2026Q3"]
    assert _values("星渚科技25Q3收入12亿元") == ["2025Q3"]


def test_telephone_number_holds_no_year():
    # the last group of a telephone number in a press release's contact block is no year
    assert _values("聯絡人：林科長　電話：(05)631-2000 分機 5678") == []
    assert _values("联系电话：021-6355-2019") == []
    # a span of years written with a hyphen stays a span
    assert _values("星渚科技2023-2025年营收复合增速约30%") == ["2023/2025"]
