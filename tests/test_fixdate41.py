"""Periods of dates spelt in Chinese numerals (round 41, fixdate41).

Court judgments, audit reports, bankruptcy notices and Hong Kong government replies write their
dates in Chinese numerals (二〇二三年, 三月九日). The period readers took Arabic years and days
only, so such a year gave no period (or a wrong one: 二〇二八年前 read as 二八年前, 28 years ago)
and such a day stopped at its month. The examples are invented.
"""
from datetime import date

from aigc_analysis.extract.periods import find_periods, find_periods_roc


def _found(text, published=date(2026, 4, 2)):
    return [(p.value, p.text) for p in find_periods(text, published)]


def test_spelt_year_reads_as_its_common_era_year():
    assert _found("该区二〇二三年新增机柜约3000架") == [("2023", "二〇二三年")]


def test_spelt_year_before_qian_is_a_deadline_not_years_ago():
    assert _found("目标在二〇二八年前建成五个示范园区") == [("2028", "二〇二八年")]


def test_spelt_year_with_edge_word():
    assert _found("二〇二三年初仅有四十家") == [("2023-01", "二〇二三年初")]


def test_spelt_full_date_is_a_day():
    assert _found("本院于二〇二六年三月九日立案受理") == [("2026-03-09", "二〇二六年三月九日")]


def test_spelt_month_and_day_after_arabic_year():
    assert _found("截至2025年十二月三十一日止") == [("2025-12-31", "2025年十二月三十一日")]


def test_spelt_month_and_day_without_year_take_the_publication_year():
    assert _found("已于二月二十八日签署协议") == [("2026-02-28", "二月二十八日")]


def test_spans_after_a_spelt_date_stay_on_the_text_as_written():
    text = "二〇二六年一月五日公告，2026年3月营收增长12%"
    found = find_periods(text, date(2026, 4, 2))
    assert [(p.value, p.text) for p in found] == [("2026-01-05", "二〇二六年一月五日"), ("2026-03", "2026年3月")]
    assert all(text[p.start:p.end] == p.text for p in found)


def test_counts_are_not_dates():
    # a numeral that is no year (一千九百五十年 is a count of years), a 15th month, an ordinal
    assert _found("累计一千九百五十年") == []
    assert _found("十五月三日") == []
    assert _found("第五月十日") == []


def test_roc_spelt_year_with_spelt_day():
    # a Taiwan filing: ROC year spelt digit by digit, month and day spelt too
    found = find_periods_roc("截至一一四年六月三十日，員工人數為820人", date(2025, 9, 1))
    assert [(p.value, p.text) for p in found] == [("2025-06-30", "一一四年六月三十日")]


def test_spelt_year_with_typed_circle_for_zero():
    assert _found("二○二六年三月起施行") == [("2026-03", "二○二六年三月")]


# An official notice, an arbitral award or a judgment is dated by the day it is signed at its end.
import datetime as _dt  # noqa: E402

from aigc_analysis.load.metadata import find_published  # noqa: E402

#: a long undated body, so that no rule for a short text's top lines dates it
_BODY = "\n".join(f"（{i}）本项工作由各区按职责分工落实，加强统筹协调，确保各项任务按期完成。" for i in range(1, 60))


def test_government_notice_dated_by_its_signature_day():
    text = ("青川市数据资源局\n关于开展公共数据授权运营试点工作的通知\n\n青数发〔2031〕8号\n\n"
            "各区数据局：\n现就有关事项通知如下。\n\n" + _BODY +
            "\n\n青川市数据资源局\n2031年4月9日\n（此件公开发布）\n")
    assert find_published(text).date == _dt.date(2031, 4, 9)


def test_award_dated_by_its_spelt_signature_day():
    text = ("某市劳动人事争议仲裁委员会\n裁 决 书\n\n申请人张某与被申请人某科技公司劳动争议一案，"
            "本委依法审理终结。\n\n" + _BODY + "\n\n裁决被申请人支付赔偿金80,000元。\n\n"
            "仲裁员：李某　周某\n二〇三一年六月二日\n书记员：吴某\n\n（本文书经技术处理后公开）\n")
    assert find_published(text).date == _dt.date(2031, 6, 2)


def test_a_day_under_a_sentence_is_no_signature():
    # the line above the day holds a sentence with digits: a timeline, no signer
    text = "标题\n\n" + _BODY + "\n\n项目于第3季度启动，共投入12人。\n2031年4月9日\n"
    assert find_published(text).date is None
