"""Taiwan (ROC) years in a Traditional-script report: 115年度 is 2026, 民國114年10月 is 2025-10,
114/10/14 is 2025-10-14; a Simplified 114年 or a 114/10 ratio is no year.

Every example is invented (青禾科技 exists in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.periods import find_periods, find_periods_roc
from tests.text_facts import facts_of

DAY = dt.date(2025, 10, 20)


def _values(text: str) -> list[tuple[str, str]]:
    return [(p.value, p.text) for p in find_periods_roc(text, DAY)]


def test_roc_years_read_as_common_era_years_with_their_written_spans():
    assert _values("青禾科技115年度預算編列36.4億元") == [("2026", "115年度")]
    assert _values("民國114年10月外銷訂單") == [("2025-10", "114年10月")]
    assert _values("董事會決議日期：114/10/14") == [("2025-10-14", "114/10/14")]
    assert _values("114年上半年出口，115年第一季完工") == [("2025H1", "114年上半年"), ("2026Q1", "115年第一季")]


def test_a_bare_roc_year_only_after_a_sure_one():
    assert _values("規劃115至118年培育人才") == []
    assert _values("115年度起推動，規劃115至118年培育人才") == [("2026", "115年度"), ("2026/2029", "115至118年")]


def test_no_roc_year_in_a_ratio_or_a_count():
    assert _values("良率比為114/10") == []
    assert _values("青禾科技成立114年") == []


def test_the_plain_reader_is_unchanged():
    assert find_periods("115年度預算", DAY) == []


def test_a_traditional_report_dates_its_figures_by_the_roc_year():
    f = facts_of("青禾科技115年度營收預估達新台幣1,043億元，較114年度成長31.6%。", DAY)
    assert set(f.loc[f["text"].str.contains("1,043"), "period"]) == {"2026"}
