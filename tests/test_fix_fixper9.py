"""Periods: a compound growth's window is not carried (h31a-3d), a status said of now is of the
publication (h33-5b, h31a-3c), and 全年 after a year-end as-of date is of that year (P8).
All texts are invented."""
import datetime as dt

from helpers_text import facts_of_text

from aigc_analysis.extract.periods import find_periods

PUB = dt.date(2025, 9, 15)


def _period(df, text: str) -> str:
    rows = df[df["text"] == text]
    assert len(rows) >= 1, f"no fact {text!r} in:\n{df[['text', 'metric', 'period']].to_string()}"
    return rows.iloc[0]["period"]


def test_compound_window_stays_with_its_growth_rate():
    df = facts_of_text("我们预计星河微电2025-2027年营收CAGR为38%，潜在升幅约21.5%。", PUB)
    assert _period(df, "38%") == "2025/2027"
    assert _period(df, "约21.5%") != "2025/2027"


def test_compound_window_not_carried_to_next_sentence_status():
    df = facts_of_text("我们预计云岭数据2025-2027年营收CAGR为40%。公司PUE已降至1.25以下。", PUB)
    assert _period(df, "40%") == "2025/2027"
    assert _period(df, "1.25以下") == "2025-09"


def test_span_without_compound_word_still_carries():
    # near-miss: a span of years with no compound-growth word still dates the clause after it
    df = facts_of_text("2023-2024年，云岭数据累计营收12亿元，净利润2.1亿元。", PUB)
    assert _period(df, "2.1亿元") == _period(df, "12亿元")


def test_status_said_of_now_is_publication_month():
    df = facts_of_text("目前该平台已接入18个业务场景，用户数突破2000万。", PUB)
    assert _period(df, "2000万") == "2025-09"


def test_price_and_multiple_said_of_now_are_publication_day():
    tuesday = dt.date(2025, 9, 16)  # (a weekday: on a Saturday, Sunday or Monday the quote is the last close's, test_fixper44)
    df = facts_of_text("星河微电目前股价52.3元，对应2025年PE 28倍。云岭数据当前PE（TTM）为39倍。", tuesday)
    assert _period(df, "52.3元") == "2025-09-16"
    assert _period(df, "28倍") == "2025"  # its own forecast year wins
    assert _period(df, "39倍") == "2025-09-16"


def test_move_from_now_is_not_a_status():
    # near-miss: 由目前…升至 is a move whose target is dated by its own year
    df = facts_of_text("星河微电预计其AI收入占比将由目前约20%升至2027年的35%。", PUB)
    assert _period(df, "35%") == "2027"


def test_results_paragraph_period_still_beats_now_verb():
    # near-miss (h33-5a): a results paragraph's half dates its later undated sentences
    df = facts_of_text("美的集团上半年营收25亿元，同比增长12%。其AI平台注册用户已突破3000万。", PUB)
    assert _period(df, "25亿元") == "2025H1"
    assert _period(df, "3000万") == "2025H1"


def test_full_year_after_year_end_asof():
    found = find_periods("截至2024年末，全国已建成智能仓库80座。某园区全年吞吐量同比增长约16%。", PUB)
    assert [p.value for p in found if p.text == "全年"] == ["2024"]


def test_full_year_after_mid_year_asof_keeps_publication_year():
    # near-miss: 截至2024年6月末 is no year-end; 全年 is not tied to it
    found = find_periods("截至2024年6月末，用户1亿。全年营收有望达12亿元。", PUB)
    assert [p.value for p in found if p.text == "全年"] == ["2025"]


def test_percentile_over_a_since_window_is_as_of_publication():
    tuesday = dt.date(2025, 9, 16)  # (a weekday: on a Saturday, Sunday or Monday the quote is the last close's, test_fixper44)
    df = facts_of_text("当前云岭数据PE 41倍，处于2019年以来的68%分位。", tuesday)
    assert _period(df, "68%") == "2025-09-16"
    assert _period(df, "41倍") == "2025-09-16"


def test_since_window_move_is_not_a_percentile():
    # near-miss: a move since a year is no percentile; its window stays its period
    df = facts_of_text("云岭数据2019年以来累计上涨320%。", PUB)
    assert _period(df, "320%") == "2019/2025"

