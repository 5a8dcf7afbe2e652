"""fixper21c: periods carried by column headers and dated headings (invented texts).

A year column with a bracketed note (``2025年（预计）``, ``2024A（实际）``) is still a period
column: its cells take the year. A first line asking a question (``…谁先动的手？``) is the
headline, so the byline date under it dates the document and its ``■ 3月8日：`` headings."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

from aigc_analysis.extract.segment import is_value_cell
from aigc_analysis.load.metadata import find_published

DAY = dt.date(2025, 12, 10)


def _table(header: str) -> str:
    return ("岳川研究　行业专题　2025年12月10日\n\n二、各地数据中心规划\n\n"
            "表2　部分城市数据中心机架规模（单位：万架）\n"
            "城市　　　　　" + header + "\n"
            "杭州　　　　　　12　　　　　　　　18　　　　　　26\n"
            "成都　　　　　　15　　　　　　　　21　　　　　　30\n"
            "资料来源：公开资料。\n")


def test_a_year_column_with_a_bracketed_note_dates_its_cells():
    df = facts_of_text(_table("2025年（预计）　　2026年目标　　2027年目标"), DAY)
    assert row_of(df, "12").period == "2025"
    assert row_of(df, "18").period == "2026"
    assert row_of(df, "30").period == "2027"


def test_noted_columns_of_actuals_and_forecasts():
    df = facts_of_text(_table("2024A（实际）　　2025年（预测）　　2026年（预测）"), DAY)
    assert row_of(df, "15").period == "2024"
    assert row_of(df, "21").period == "2025"


def test_a_noted_year_is_a_label_but_a_bare_number_with_a_note_stays_a_value():
    assert not is_value_cell("2025年（预计）")
    assert not is_value_cell("2025E(一致预期)")
    assert is_value_cell("2025（+12%）")
    assert is_value_cell("141.32（截至8月28日）")


TIMELINE = ("【回顾】视频模型价格战：从“每秒一元”到“全面免费”，这一年谁先动的手？\n\n"
            "观潮研究 | 文 / 林舟 | 2024年12月30日\n\n"
            "我们按时间顺序梳理如下。\n\n"
            "■ 3月8日：岚峰打响第一枪\n"
            "岚峰科技发布视频模型岚峰Video 2，生成价格为每秒0.5元，较上一代下降60%。\n\n"
            "■ 6月12日：青禾跟进\n"
            "青禾AI宣布Qinghe-V1每秒价格从0.8元降至0.3元，降幅62.5%。\n")


def test_a_question_headline_leaves_the_byline_date_in_the_header():
    assert find_published(TIMELINE).date == dt.date(2024, 12, 30)


def test_a_first_line_of_body_text_still_ends_the_header():
    text = ("公司今日公告，第三季度营收同比增长35%，净利润同比增长41%，毛利率提升2个百分点。\n"
            "观潮研究 | 2024年12月30日\n")
    assert find_published(text).date is None
