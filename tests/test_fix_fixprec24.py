"""Distractor battery: numbers in a report's habits that are no claim, on invented reports of
invented firms, each beside a real figure that must still come out.

New in this round: a slash pair is a fraction only when it is one — a page number after a page
label (页码 3/3, 报告页码：2/11) and the two ends of a span of days written M/D (上周（3/16-3/20）) are not.
The other rows guard distractors the extractor already drops (a benchmark score, a context window,
a stock code, a clock time)."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text

PUB = dt.date(2026, 4, 10)


def _texts(body: str) -> set[str]:
    df = facts_of_text("# 算力周报（2026年3月）\n\n" + body + "\n", PUB)
    return {t.strip() for t in df["text"]} if len(df) else set()


def _values(text: str) -> list[float]:
    return [float(q.value) for q in find_quantities(text)]


@pytest.mark.parametrize("body, distractors, finding", [
    # a weekly digest's span of days in brackets: no 0.1875 return
    ("资金面上，星河指数上周（3/16-3/20）累计上涨2.4%，电子板块成交占比约六成。", ("3/16", "3/20"), "2.4%"),
    ("澄川50指数本周（4/7~4/10）累计下跌1.1%，两市成交额约1.2万亿元。", ("4/7", "~4/10"), "下跌1.1%"),
    # a span across a month end: 12/5 would be a fraction above 1
    ("统计区间11/28至12/5期间，算力租赁指数上涨4.2%。", ("11/28", "12/5"), "4.2%"),
    # a broker note's page footer
    ("评级说明：强于大市指未来6个月行业指数表现超越基准10%以上。本季度澄川智能营收同比增长18%。"
     "本报告仅供客户参考，页码 3/3。", ("3/3",), "18%"),
    ("本季度澄川智能营收同比增长18%。报告页码：2/11。", ("2/11",), "18%"),
    ("Source: company filings. Page 4/12\n\n澄川智能毛利率提升至41.5%。", ("4/12",), "41.5%"),
    # guards: a benchmark score, a stock code, a clock time
    ("澄川智能的新模型在MMLU上得分87.5分，公司营收同比增长25%。", ("87.5分", "87.5"), "25%"),
    ("澄川智能（688321）营收同比增长21%。", ("688321",), "21%"),
    ("电话会于14:30开始，澄川智能营收同比增长16%。", ("14:30", "14", "30"), "16%"),
])
def test_distractor_is_no_fact_and_the_finding_stays(body, distractors, finding):
    texts = _texts(body)
    for d in distractors:
        assert d not in texts, (d, texts)
    assert finding in texts, texts


@pytest.mark.parametrize("text", [
    "上周（3/16-3/20）", "（3/16－3/20）", "3/16至3/20", "11/28到12/5", "页码 3/3", "报告页码：2/11", "Page 4/12",
])
def test_a_date_span_or_page_is_no_fraction(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, values", [
    # a span of fractions runs upward: it stays, as one range from 1/4 (test_fix_fixprec24b)
    ("价格约为海外的1/4至1/3", [0.25]),
    ("渗透率从1/5提升到1/3", [0.2, 1 / 3]),
    ("约2/3的企业已部署", [2 / 3]),
])
def test_real_fractions_stay(text, values):
    assert _values(text) == pytest.approx(values)
