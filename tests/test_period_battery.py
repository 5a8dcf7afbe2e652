"""A battery of invented period expressions as sell-side notes, Taiwan/HK media and English
notes write them, each with its normalised period (SCHEMA "Periods") for one publication date."""
from datetime import date

import pytest

from aigc_analysis.extract.periods import find_periods

PUBLISHED = date(2025, 12, 5)  # a Friday

BATTERY = [
    # cumulative months
    ("1—10月，公司AI服务器收入同比增长45%", "2025-01/2025-10"),
    ("1-10月累计出货量达120万台", "2025-01/2025-10"),
    ("今年前10个月营收增长20%", "2025-01/2025-10"),
    ("前10个月，国内算力投资同比增长30%", "2025-01/2025-10"),  # 前N个月 opening its clause
    ("前11个月累计出货量增长18%", "2025-01/2025-11"),
    ("1至10月營收年增20%", "2025-01/2025-10"),
    ("2025年1月至10月营收增长20%", "2025-01/2025-10"),
    # quarters
    ("3Q25营收同比增长35%", "2025Q3"),
    ("25Q3营收同比增长35%", "2025Q3"),
    ("Q3'25营收同比增长35%", "2025Q3"),
    ("2025年第三季营收增长18%", "2025Q3"),
    ("第3季營收年增18%", "2025Q3"),
    ("公司三季度单季营收同比增长22%", "2025Q3"),
    ("2025年前三季度营收增长30%", "2025Q1/2025Q3"),
    ("上季度营收增长30%", "2025Q3"),
    # halves
    ("1H26营收有望增长40%", "2026H1"),
    ("25H1营收同比增长25%", "2025H1"),  # a half written short as 25Q3 is
    ("2025H1营收增长30%", "2025H1"),
    ("去年下半年营收增长30%", "2024H2"),
    # fiscal
    ("FY26Q2营收同比增长56%", "FY2026Q2"),
    ("2025财年第三财季营收增长12%", "FY2025Q3"),
    ("2026财年上半年营收增长12%", "FY2026H1"),
    ("3Q FY26 revenue grew 30%", "FY2026Q3"),
    # as-of and relative
    ("截至2025年9月30日，公司在手订单达80亿元", "2025-09-30"),
    ("年初至今，指数上涨25%", "2025-12-05"),
    ("上周五股价上涨5%", "2025-11-28"),
    ("上月出货量增长10%", "2025-11"),
    ("去年同期为20亿元", "2024"),
    ("前年营收为30亿元", "2023"),
    ("未来三年营收复合增速30%", "2025/2027"),
    ("近12个月营收增长30%", "2024-12/2025-11"),
    # spans, days
    ("2026-2028年营收复合增速为30%", "2026/2028"),
    ("2024—2030年CAGR为35%", "2024/2030"),
    ("11月24日-28日指数上涨3%", "2025-11-24/2025-11-28"),
    # English
    ("Q3 2025 revenue grew 35%", "2025Q3"),
    ("FY2026 revenue grew 35%", "FY2026"),
    ("H1 2025 revenue grew 30%", "2025H1"),
    ("as of Nov 28, shares rose 30%", "2025-11-28"),
]


@pytest.mark.parametrize("text,want", BATTERY)
def test_battery(text, want):
    found = find_periods(text, PUBLISHED)
    assert found and found[0].value == want, [(p.text, p.value) for p in found]


@pytest.mark.parametrize("text", ["上市前3个月营收增长30%", "发布前10个月，团队扩张一倍", "前3个月内完成交付"])
def test_months_before_an_event_are_no_cumulative_months(text):
    # 前N个月 after an event word counts back from the event, not from January
    assert not any(p.value.endswith("-01/2025-03") or p.value.startswith("2025-01/") for p in find_periods(text, PUBLISHED))
