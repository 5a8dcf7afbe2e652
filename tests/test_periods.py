"""Period expressions -> normalised strings, resolved against the publication date."""
from __future__ import annotations

from datetime import date

import pytest

from aigc_analysis.extract.periods import find_periods, parse_period

PUB = date(2024, 6, 13)


@pytest.mark.parametrize("text,published,expected", [
    ("CY24Q1 Microsoft", PUB, "2024Q1"),
    ("1H22三大运营商", PUB, "2022H1"),
    ("增速比23Q4提升", PUB, "2023Q4"),
    ("FY24Q3GitHub Copilot", PUB, "FY2024Q3"),
    ("FY2024 Q3", None, "FY2024Q3"),
    ("2024财年第三季度", None, "FY2024Q3"),
    ("2024年第一季度", None, "2024Q1"),
    ("2024年一季度", None, "2024Q1"),
    ("2024年Q1", None, "2024Q1"),
    ("2024Q1", None, "2024Q1"),
    ("1Q24", None, "2024Q1"),
    ("Q1 2024", None, "2024Q1"),
    ("2022H1", None, "2022H1"),
    ("2023年上半年", None, "2023H1"),
    ("一季度", PUB, "2024Q1"),
    ("第二季度", PUB, "2024Q2"),
    ("Q2净利", date(2023, 7, 23), "2023Q2"),
    ("上半年", date(2023, 7, 23), "2023H1"),
    ("今年下半年", PUB, "2024H2"),
    ("今年", PUB, "2024"),
    ("去年同期", PUB, "2023"),
    ("去年", PUB, "2023"),
    ("明年", PUB, "2025"),
    ("年内最大回撤", date(2023, 7, 23), "2023"),
    ("今年6月", date(2023, 7, 23), "2023-06"),
    ("2025E", None, "2025"),
    ("2024年", None, "2024"),
    ("2024 年", None, "2024"),
    ("2024年6月", None, "2024-06"),
    ("2024年6月13日", None, "2024-06-13"),
    ("截至 2024 年 6 月 13 日", None, "2024-06-13"),
    ("2024-06-13", None, "2024-06-13"),
    ("2024/6/13", None, "2024-06-13"),
    ("6月7日报道", PUB, "2024-06-07"),
    ("6 月 7 日", PUB, "2024-06-07"),
    ("23年发布", PUB, "2023"),
    ("21年9月发布", PUB, "2021-09"),
    ("自2012年以来", date(2023, 5, 15), "2012/2023"),
    ("2012年以来", date(2023, 5, 15), "2012/2023"),
    ("從2008年至2022年", None, "2008/2022"),
    ("2008-2022年", None, "2008/2022"),
    ("2021年11月-2022年1月", None, "2021-11/2022-01"),
    ("2024Q4-2025Q3", None, "2024Q4/2025Q3"),
    ("2023 年以來", PUB, "2023/2024"),
])
def test_parse_period(text, published, expected):
    assert parse_period(text, published) == expected


@pytest.mark.parametrize("text", [
    "3年左右", "6个月", "两年五个月", "增长30%", "2000亿", "9888.HK", "H100", "一季度",
    "上半年", "今年", "6月7日", "20年的时间", "提升2001.03个百分点", "2024.5亿元",
])
def test_no_period_without_publication_or_for_durations(text):
    assert parse_period(text, None) is None


def test_estimate_flag_and_spans():
    text = "预计2025E收入增长，2024年为基数"
    ps = find_periods(text, None)
    assert [(p.value, p.is_estimate) for p in ps] == [("2025", True), ("2024", False)]
    for p in ps:
        assert text[p.start:p.end] == p.text


def test_all_periods_in_order():
    text = "CY24Q1合计资本开支443.5亿美元,同增35%,增速比23Q4提升26pct;FY24Q3付费客户"
    assert [p.value for p in find_periods(text, PUB)] == ["2024Q1", "2023Q4", "FY2024Q3"]


def test_bad_input_type():
    with pytest.raises(TypeError, match="expects str"):
        find_periods(None, PUB)  # type: ignore[arg-type]


AUG = date(2024, 8, 15)


@pytest.mark.parametrize("text,published,expected,span", [
    # fiscal forms
    ("2025财年第二季", None, "FY2025Q2", "2025财年第二季"),
    ("2025財年第二季營收", None, "FY2025Q2", "2025財年第二季"),
    ("2024财年", None, "FY2024", "2024财年"),
    ("2024財年", None, "FY2024", "2024財年"),
    ("FY2025 Q2", None, "FY2025Q2", "FY2025 Q2"),
    ("第二财季", AUG, "FY2024Q2", "第二财季"),
    ("第二財季營收", AUG, "FY2024Q2", "第二財季"),
    # quarters of the publication year, with and without 第/度
    ("第三季", AUG, "2024Q3", "第三季"),
    ("第3季", AUG, "2024Q3", "第3季"),
    ("第三季度", AUG, "2024Q3", "第三季度"),
    ("三季度", AUG, "2024Q3", "三季度"),
    ("3季度营收", AUG, "2024Q3", "3季度"),
    ("Q3", AUG, "2024Q3", "Q3"),
    ("第二季營收", AUG, "2024Q2", "第二季"),
    ("今年第二季", AUG, "2024Q2", "今年第二季"),
    ("去年第三季", AUG, "2023Q3", "去年第三季"),
    ("2024年第二季", None, "2024Q2", "2024年第二季"),
    ("2024年3季度", None, "2024Q3", "2024年3季度"),
    # the first n quarters: one span
    ("2024年前三季度", None, "2024Q1/2024Q3", "2024年前三季度"),
    ("2024年前三季度营收", AUG, "2024Q1/2024Q3", "2024年前三季度"),
    ("前三季度", AUG, "2024Q1/2024Q3", "前三季度"),
    ("前两个季度", AUG, "2024Q1/2024Q2", "前两个季度"),
    ("去年前三季度", AUG, "2023Q1/2023Q3", "去年前三季度"),
    # relative to the publication date
    ("本月以来", AUG, "2024-08-15", "本月以来"),  # month to date: its as-of date (SCHEMA), as 今年以来
    ("本月", AUG, "2024-08", "本月"),
    ("上月", AUG, "2024-07", "上月"),
    ("上个月", date(2024, 1, 10), "2023-12", "上个月"),
    ("下月", date(2024, 12, 10), "2025-01", "下月"),
    ("本周", AUG, "2024-08-15", "本周"),
    ("本週", AUG, "2024-08-15", "本週"),
    ("上周", AUG, "2024-08-08", "上周"),
    ("下周", AUG, "2024-08-22", "下周"),
    ("本季度", AUG, "2024Q3", "本季度"),
    ("上个季度", date(2024, 2, 1), "2023Q4", "上个季度"),
    ("今年以来", AUG, "2024-08-15", "今年以来"),
    ("年初至今", AUG, "2024-08-15", "年初至今"),
    ("年初以来", AUG, "2024-08-15", "年初以来"),
    # halves and quarters in English order
    ("上半年", AUG, "2024H1", "上半年"),
    ("H1 2024", None, "2024H1", "H1 2024"),
    ("1H24", None, "2024H1", "1H24"),
    ("2024H1", None, "2024H1", "2024H1"),
    ("Q3 2024", None, "2024Q3", "Q3 2024"),
    ("3Q24", None, "2024Q3", "3Q24"),
    ("2024Q3", None, "2024Q3", "2024Q3"),
])
def test_period_forms_and_spans(text, published, expected, span):
    found = find_periods(text, published)
    assert [(p.value, p.text) for p in found][:1] == [(expected, span)], found
    assert text[found[0].start:found[0].end] == span


@pytest.mark.parametrize("text", [
    "本月以来", "本月", "本周", "上周", "上月", "今年以来", "年初至今", "第二财季", "第三季", "前三季度",
])
def test_relative_forms_need_a_publication_date(text):
    assert find_periods(text, None) == []


def test_spans_do_not_cross_tabs_or_lines():
    assert [p.value for p in find_periods("2023\t-2024", None)] == ["2023", "2024"]
    assert [p.value for p in find_periods("2023\n至2024", None)] == ["2023", "2024"]
    assert [p.value for p in find_periods("2023 至 2024", None)] == ["2023/2024"]


def test_relative_period_in_a_sentence_keeps_order():
    text = "本月以来指数上涨5%,2024年前三季度营收增长,上周发布"
    assert [(p.value, p.text) for p in find_periods(text, AUG)] == [
        ("2024-08-15", "本月以来"), ("2024Q1/2024Q3", "2024年前三季度"), ("2024-08-08", "上周")]


@pytest.mark.parametrize("text,expected", [
    ("Apr 7, 2025 发布", "2025-04-07"),
    ("on March 3rd, 2024 it", "2024-03-03"),
    ("在 Feb 2025 完成", "2025-02"),
    ("Dec 9 宣布", "2025-12-09"),           # no year: the publication year
    ("昨日收涨", "2025-11-20"),
    ("次日公布", "2025-11-22"),
    ("周二大涨", "2025-11-18"),            # the latest Tuesday on or before a Friday
    ("截至上周三", "2025-11-12"),
    ("下周一起", "2025-11-24"),
])
def test_english_dates_and_relative_days(text, expected):
    import datetime as dt

    from aigc_analysis.extract.periods import find_periods

    found = find_periods(text, dt.date(2025, 11, 21))
    assert [p.value for p in found] == [expected]


def test_next_fiscal_quarter_is_not_the_first_one():
    import datetime as dt

    from aigc_analysis.extract.periods import find_periods

    assert all(p.value != "FY2025Q1" for p in find_periods("下一财季营收指引", dt.date(2025, 11, 21)))


def test_next_day_and_same_day_follow_the_last_day_named():
    import datetime as dt

    found = find_periods("某公司9月3日盘后发布业绩，次日股价大跌，指数当日收跌1%", dt.date(2025, 9, 10))
    assert [p.value for p in found] == ["2025-09-03", "2025-09-04", "2025-09-04"]


@pytest.mark.parametrize("text, word, value", [
    ("截至9月底，累计出货8万台", "9月底", "2031-09"),
    ("11月份收入增长12%", "11月份", "2031-11"),
])
def test_a_month_word_keeps_its_suffix_in_the_span(text, word, value):
    # 9月底 and 11月份 are one period word (data: month_suffix), not 9月 followed by a stray 底
    ps = find_periods(text, date(2031, 12, 1))
    assert [(text[p.start:p.end], p.value) for p in ps][:1] == [(word, value)]
def test_first_quarters_without_a_year_are_the_last_such_stretch_begun():
    from aigc_analysis.extract.periods import find_periods as fp
    april, october = date(2031, 4, 20), date(2031, 10, 30)
    for text in ("前三季度", "Q1-Q3"):
        assert [p.value for p in fp(text, april)] == ["2030Q1/2030Q3"], text
        assert [p.value for p in fp(text, october)] == ["2031Q1/2031Q3"], text
    # written in months, the stretch stays in months (fixper11: the holdouts' gold labels 1-9月 so)
    assert [p.value for p in fp("1-9月", april)] == ["2030-01/2030-09"]
    assert [p.value for p in fp("1-9月", october)] == ["2031-01/2031-09"]
    # a year written in the sentence holds for both ends; a stated year is never moved
    assert [p.value for p in fp("回顾2029年，前三季度收入增长", october)][-1] == "2029Q1/2029Q3"
    assert [p.value for p in fp("2031年Q1-Q3", april)] == ["2031Q1/2031Q3"]
    assert [p.value for p in fp("今年前三季度", april)] == ["2031Q1/2031Q3"]


def test_periods_made_whole_equal_the_dataclass():
    import dataclasses

    from aigc_analysis.extract.periods import Period, _new_period

    args = ("2025Q3", 4, 9, "第三季度", True, ("q", 3), "item")
    fast, slow = _new_period(*args), Period(*args)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert vars(fast) == vars(slow)  # a field added to Period must be added to _new_period
    assert vars(_new_period("2025", 0, 5, "2025年")) == vars(Period("2025", 0, 5, "2025年"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.value = "2024"  # a period made whole is still frozen


def test_value_rules_held_by_a_sub_pattern_give_the_value_of_all_rules():
    from aigc_analysis.extract import periods as pm
    from aigc_analysis.extract.numerals import fold

    text = fold("2025年Q3至2026财年第二财季，1-9月、前三季度、上半年、今年一季度、去年同期，3月5日与12月，"
                "本周（11月16日至20日）、上周五、次日、CY24Q1、FY2026、2025E、23Q4、1H25、Dec 9, 2025、2024-03-01。")
    published = date(2025, 11, 20)
    seen = 0
    for c in pm._CANDIDATE.finditer(text):
        m = pm._SCAN_AT[text[c.start():c.start() + 2]].match(text, c.start())
        if m is None:
            continue
        g = m.groupdict().get
        held = pm._HOLDS[id(m.re)].rules
        assert len(held) < len(pm._VALUE_RULES)
        assert pm._value(g, m.end(), published, text, held) == pm._value(g, m.end(), published, text, pm._VALUE_RULES)
        seen += 1
    assert seen >= 20


# --- fiscal quarters written with the quarter first, two-digit fiscal years, Q1'26 -------------
@pytest.mark.parametrize("text,expected,span", [
    ("ACME FY3Q29: revenue", "FY2029Q3", "FY3Q29"),
    ("F4Q29 guide", "FY2029Q4", "F4Q29"),
    ("1QFY30 results", "FY2030Q1", "1QFY30"),
    ("2Q FY2029 margin", "FY2029Q2", "2Q FY2029"),
    ("Q4 FY29 revenue", "FY2029Q4", "Q4 FY29"),
    ("某公司FY29第三财季营收", "FY2029Q3", "FY29第三财季"),
    ("某公司FY2029 第一财季", "FY2029Q1", "FY2029 第一财季"),
    ("29财年第四财季", "FY2029Q4", "29财年第四财季"),
    ("Q3'28 capex", "2028Q3", "Q3'28"),
    ("Q2’27出货", "2027Q2", "Q2’27"),
    ("FY2029上半财年营收", "FY2029H1", "FY2029上半财年"),
    ("2029财年下半年", "FY2029H2", "2029财年下半年"),
    ("某公司全财年营收", "FY2030", "全财年"),  # the fiscal year holding the publication day (calendar alone)
])
def test_fiscal_quarter_forms(text, expected, span):
    found = find_periods(text, date(2030, 5, 2))
    assert [(p.value, p.text) for p in found] == [(expected, span)]


@pytest.mark.parametrize("text,expected,span", [
    # the calendar months a fiscal quarter covers, in brackets: one period, the fiscal label
    ("甲公司FY2031Q1（即2030年7-9月）云收入", "FY2031Q1", "FY2031Q1（即2030年7-9月）"),
    ("乙公司2031财年第二季度（对应2030年10-12月）", "FY2031Q2", "2031财年第二季度（对应2030年10-12月）"),
    ("2030年1-3月（即FY2030Q3）营收", "FY2030Q3", "2030年1-3月（即FY2030Q3）"),
    # a results noun between the quarter and its end date: the date still belongs to the quarter
    ("FY2031第一财季业绩（截至3月29日），收入", "FY2031Q1", "FY2031第一财季"),
    ("2030年第四季度营收（截至12月31日）", "2030Q4", "2030年第四季度"),
])
def test_bracketed_equivalent_belongs_to_the_period(text, expected, span):
    assert [(p.value, p.text) for p in find_periods(text, date(2031, 5, 20))] == [(expected, span)]


def test_quarter_and_its_end_date_in_one_bracket():
    found = find_periods("星澜科技（FY2032Q1，截至2031年9月30日）收入", date(2031, 11, 12))
    assert [(p.value, p.text) for p in found] == [("FY2032Q1", "FY2032Q1")]
    # outside brackets the as-of day stays a day
    found = find_periods("2031年第三季度，截至9月30日收盘", date(2031, 11, 12))
    assert [p.value for p in found] == ["2031Q3", "2031-09-30"]


def test_bracketed_day_without_asof_after_a_noun_stays_a_date():
    # 第三季度订单（10月8日）: no 截至, the bracket is an event's date, not the quarter's end
    values = [p.value for p in find_periods("第三季度订单（10月8日）", date(2031, 11, 2))]
    assert values == ["2031Q3", "2031-10-08"]


@pytest.mark.parametrize("text,expected", [
    ("巨头三季报综述", ["2031Q3"]),
    ("公司2030年一季报显示", ["2030Q1"]),
    ("四季报前瞻", ["2030Q4"]),         # in September the fourth quarter has not begun: last year's
    ("季报季来临", []),
])
def test_quarterly_report_word_is_its_quarter(text, expected):
    from aigc_analysis.extract.periods import quarter_reports
    assert [p.value for p in quarter_reports(text, date(2031, 9, 20))] == expected
    # in the body such a word is no period of its own (its figures are often 前三季度's)
    assert all(p.value not in expected for p in find_periods(text, date(2031, 9, 20)) if "季报" in p.text)


@pytest.mark.parametrize("text,expected", [
    ("星澜智能今起招股，发行价区间8.5-9.2港元", ["2031-09-20"]),
    ("即日起下调API价格", ["2031-09-20"]),
    ("如今起码需要千卡集群", []),        # 如今 (nowadays) holds 今起
    ("而今天下大势已变", []),
])
def test_from_today_words(text, expected):
    assert [p.value for p in find_periods(text, date(2031, 9, 20))] == expected


def test_a_year_inside_a_closed_bracket_does_not_give_its_year():
    text = "星澜科技（2030年12月登陆科创板）一季度亏损同比收窄三成"
    assert [p.value for p in find_periods(text, date(2031, 4, 30))] == ["2030-12", "2031Q1"]
    # the year stated before the quarter, outside brackets, still does
    assert [p.value for p in find_periods("回顾2030年，一季度收入", date(2031, 4, 30))] == ["2030", "2030Q1"]


@pytest.mark.parametrize("text,expected", [
    ("较一年前下降", ["2030-09"]),
    ("比三个月前增长", ["2031-06"]),
    ("较半年前", ["2031-03"]),
    ("2023年前", ["2023"]),            # before 2023, a year
    ("半个月前", []),
])
def test_months_or_years_ago(text, expected):
    assert [p.value for p in find_periods(text, date(2031, 9, 20))] == expected


def test_a_day_of_the_month_alone_opening_a_clause_is_the_latest_such_day():
    from aigc_analysis.extract.periods import find_periods

    pub = date(2031, 3, 5)
    values = lambda t: [p.value for p in find_periods(t, pub)]
    assert values("市场方面，4日恒生指数上涨0.9%") == ["2031-03-04"]
    assert values("该公司于28日宣布降价") == ["2031-02-28"]      # after the 5th: the month before
    # counts of days are no dates
    for text in ("近5日上涨3%", "5日均线", "连续3日上涨", "10日内完成", "3日涨幅达10%"):
        assert values(text) == [], text


@pytest.mark.parametrize("text", ["收入FY0225为100亿元", "CY0225Q1资本开支", "FY0099营收"])
def test_four_digits_after_fy_that_are_no_year_give_no_period(text):
    # FY and CY took any four digits: FY0225 had become the period 'FY225', outside the facts
    # schema's grammar (which failed the whole corpus), and FY0099 the year 2099
    assert find_periods(text, PUB) == []
