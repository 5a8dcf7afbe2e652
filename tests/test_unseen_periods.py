"""Period classes seen on a held-out set (round of 2026-12): a same-period word after a level,
an annualised run-rate nothing dates, fiscal quarters with their calendar months in brackets.

Every example is invented (星澜科技, 云栈智能, 北辰智算 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

DAY = dt.date(2031, 9, 18)


# --- 去年同期 after a level: the base of a comparison, not the level's time ----------------------
def test_same_period_last_year_after_a_level_does_not_date_it():
    f = facts_of("竞争对手同样在加速。星澜科技的日活跃用户数已突破8000万，云栈智能日均tokens调用量"
                 "超过30万亿，是去年同期的四倍多。", published=DAY)
    assert period_of(f, "8000万") == "2031-09"
    assert period_of(f, "30万亿") == "2031-09"


def test_same_period_after_a_stated_period_still_resolves_against_it():
    f = facts_of("2031年上半年，星澜科技营业收入为12亿元，较去年同期增长40%。", published=DAY)
    assert period_of(f, "12亿元") == "2031H1"
    assert period_of(f, "40%") == "2031H1"


# --- an annualised run-rate nothing dates is as of the news ------------------------------------
def test_undated_annualised_revenue_is_of_the_publication_month():
    f = facts_of("据知情人士透露，云栈智能面向企业的年化收入（ARR）达到3亿美元。", published=DAY)
    assert period_of(f, "3亿美元") == "2031-09"


def test_dated_annualised_revenue_keeps_its_date():
    f = facts_of("云栈智能的年化收入在2031年6月达到3亿美元。", published=DAY)
    assert period_of(f, "3亿美元") == "2031-06"


# --- a fiscal quarter with the calendar months it covers in brackets ----------------------------
def test_fiscal_quarter_with_calendar_months_in_brackets_dates_the_whole_sentence():
    f = facts_of("北辰智算：FY2032Q1（即2031年4-6月）资本开支达120亿美元，同比增长45%。", published=DAY)
    assert period_of(f, "120亿美元") == "FY2032Q1"
    assert period_of(f, "45%") == "FY2032Q1"


def test_fiscal_quarter_results_with_end_date_after_a_noun():
    f = facts_of("北辰智算9月17日盘后发布FY2032第二财季业绩（截至9月1日），收入350亿美元，同比增长60%。",
                 published=DAY)
    assert period_of(f, "350亿美元") == "FY2032Q2"
    assert period_of(f, "60%") == "FY2032Q2"


# --- 由A下调至B, 自D起: the change's date dates B, not the price before it -----------------------
def test_price_before_a_change_takes_no_period_from_the_change_date():
    f = facts_of("云栈智能宣布自9月8日起，星河-3输入价格由2.4元/百万tokens下调至1.2元/百万tokens。", published=DAY)
    rows = f.set_index("text")
    assert rows.loc["2.4元/百万tokens", "period"] == ""
    assert rows.loc["2.4元/百万tokens", "metric"].endswith("_before_cut")
    assert rows.loc["1.2元/百万tokens", "period"] == "2031-09-08"
    assert not rows.loc["1.2元/百万tokens", "metric"].endswith("_before_cut")


# --- a note line below a table dates its cells ------------------------------------------------
_TABLE = ("海外对比（美元/百万tokens）\n"
          "模型                 输入        输出\n"
          "Nova Pro 3           4           18\n"
          "Quill-X              2.5         10\n"
          "{note}\n")


def test_a_full_date_in_the_note_below_a_table_dates_its_cells():
    f = facts_of(_TABLE.format(note="资料来源：各公司官网。价格为2031年9月15日官网标准价。"), published=DAY)
    assert period_of(f, "18") == "2031-09-15"
    assert period_of(f, "2.5") == "2031-09-15"


def test_a_table_note_without_a_date_or_after_a_blank_line_dates_nothing():
    f = facts_of(_TABLE.format(note="资料来源：各公司官网。"), published=DAY)
    assert period_of(f, "18") == ""
    f = facts_of(_TABLE.format(note="\n另据报道，2031年9月15日星澜科技召开发布会。"), published=DAY)
    assert period_of(f, "18") == ""


_MD_TABLE = ("## AI办公产品定价与付费用户\n\n"
             "| 产品 | 个人版月费（元） | 付费用户（万） |\n"
             "|---|---|---|\n"
             "| 星河助手 | 25 | 140 |\n"
             "| 云栈AI | 35 | 90 |\n"
             "\n"
             "{note}\n")


def test_a_note_item_naming_a_column_dates_that_column_only():
    f = facts_of(_MD_TABLE.format(note="注：价格为官网标价；付费用户为截至2031年6月末数据。"), published=DAY)
    assert period_of(f, "140") == "2031-06"
    assert period_of(f, "90") == "2031-06"
    assert period_of(f, "25") == ""


def test_a_markdown_as_of_note_dates_the_whole_table():
    f = facts_of(_MD_TABLE.format(note="*数据截至2031年9月12日收盘。*"), published=DAY)
    assert period_of(f, "140") == "2031-09-12"
    assert period_of(f, "25") == "2031-09-12"


def test_a_month_without_an_as_of_word_in_a_note_dates_nothing():
    f = facts_of(_MD_TABLE.format(note="资料来源：星澜咨询2031年6月调研。"), published=DAY)
    assert period_of(f, "140") == ""


# --- the quarter a results note's header states dates its undated results ---------------------
_FLASH = ("Zorvex Capital | Tech Flash\n"
          "{headline}\n\n"
          "Key takeaways\n"
          "- Revenue US$31.5bn (+42% YoY) vs. consensus US$30.2bn. 收入315亿美元，高于市场一致预期。\n"
          "- Gross margin 61.3%, up 2pp QoQ. 毛利率61.3%。\n")


def test_the_header_quarter_dates_undated_results():
    f = facts_of(_FLASH.format(headline="ZRVX FY3Q32: cloud beats, guide above Street"), published=DAY)
    assert period_of(f, "US$31.5bn") == "FY2032Q3"
    assert period_of(f, "61.3%") == "FY2032Q3"


def test_a_header_with_two_quarters_dates_nothing():
    f = facts_of(_FLASH.format(headline="ZRVX FY3Q32 vs FY2Q32: cloud beats"), published=DAY)
    assert period_of(f, "US$31.5bn") == ""


def test_a_quarterly_report_word_in_the_headline_is_its_quarter():
    text = ("某某证券研究所\n云计算巨头三季报综述：资本开支继续上行\n\n"
            "星澜云最新合计资本开支约420亿元，仍处历史高位，同时云收入增速回升。\n")
    f = facts_of(text, published=DAY)
    assert period_of(f, "420亿元") == "2031Q3"


def test_the_header_quarter_does_not_date_other_themes(monkeypatch):
    # the header's quarter dates results only; the period most of a document's figures share
    # (document_period_themes.csv, test_fixper43) is another rule, switched off here
    from aigc_analysis.extract import keywords as kw
    monkeypatch.setattr(kw, "document_period_themes", lambda: {})
    text = _FLASH.format(headline="ZRVX FY3Q32: cloud beats") + "星河-3日活跃用户数为1200万。\n"
    f = facts_of(text, published=DAY)
    assert period_of(f, "1200万") == ""


def test_a_period_token_is_not_a_name():
    from aigc_analysis.extract.names import find_unknown_names
    for text in ("FY3Q32 revenue guide US$35bn", "Q2FY32 guide", "Zorvex FY27Q2 results", "F4Q31营收"):
        assert [n.name for n in find_unknown_names(text)] == [], text
    assert [n.name for n in find_unknown_names("Zeta-9 Pro发布")] == ["Zeta-9 Pro"]


def test_this_quarter_in_a_results_note_is_the_header_quarter_not_the_guided_one():
    text = _FLASH.format(headline="ZRVX FY3Q32: cloud beats") + \
        "- FY4Q32 revenue guide US$34bn. 第四财季收入指引340亿美元。\n- Zeta ramp: 季内出货约40万颗。\n"
    f = facts_of(text, published=DAY)
    assert period_of(f, "40万") == "FY2032Q3"


def test_this_quarter_after_an_earlier_quarter_stays_that_quarter():
    text = ("某某证券研究所\n星澜云4Q31资本开支点评\n\n"
            "回顾星澜云2031年第二季度，季内资本开支为180亿元，同比增长20%。\n")
    f = facts_of(text, published=dt.date(2032, 2, 6))
    assert period_of(f, "180亿元") == "2031Q2"


# --- the as-of day of market data, not the window of a move, dates a level after it -------------
def test_a_level_after_a_window_move_takes_the_asof_day():
    f = facts_of("截至9月17日收盘，星澜科技股价年内上涨42%，总市值达1200亿元。", published=DAY)
    assert period_of(f, "42%") == "2031-09-17"
    assert period_of(f, "1200亿元") == "2031-09-17"


def test_a_written_year_after_an_asof_day_still_dates_its_figure():
    f = facts_of("截至9月17日，星澜科技2031年营收预计达80亿元。", published=DAY)
    assert period_of(f, "80亿元") == "2031"


def test_fiscal_quarters_of_june_and_october_year_ends():
    # 美超微's fiscal year ends in June, 应用材料's in October (fiscal_years.csv)
    f = facts_of("美超微第一财季收入58亿美元。应用材料第四财季收入76亿美元。", published=dt.date(2031, 11, 20))
    assert period_of(f, "58亿美元") == "FY2032Q1"
    assert period_of(f, "76亿美元") == "FY2031Q4"


# --- a change against a month N months or years ago runs to the publication month ---------------
def test_change_against_a_year_ago_is_the_stretch_to_the_publication_month():
    text = "与2030年的补贴战不同，本轮调整集中在旗舰模型。主流厂商旗舰模型的平均输出价格较一年前下降了约65%。"
    f = facts_of(text, published=DAY)
    assert period_of(f, "65%") == "2030-09/2031-09"


def test_change_against_a_month_ago_runs_to_the_month_the_sentence_states():
    # the sentence's own month ends the stretch, not the publication month
    f = facts_of("星澜科技8月营收12亿元，较半年前增长40%。", published=DAY)
    assert period_of(f, "40%") == "2031-03/2031-08"
