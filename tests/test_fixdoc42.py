"""Documents the loader left undated although their text says when they were written.

Two fallbacks, tried only when nothing else dates the text: a company's own notice signed at
its end by the same company name that heads it, over a line that is only the day; and a line
near the top stating only the period a weekly or periodic bulletin covers (its last day).
Examples are invented.
"""
import datetime as dt

from aigc_analysis.load.metadata import find_published


# body paragraphs enough to put the closing day beyond the cover-page scan of the first lines
_FILLER = "".join(f"{i}. 第{i}项工作按计划推进，相关系统运行平稳，用户反馈总体良好，后续将继续优化服务流程。\n"
                  for i in range(1, 40))


def _notice(first: str, signer: str) -> str:
    return (f"{first}\n"
            "关于智能客服系统上线试运行情况的说明\n\n"
            "各部门：\n"
            "本公司智能客服系统于今年4月上线，试运行首月接待咨询约3.2万次，较上月增长15%。\n"
            "现将有关情况说明如下，请各部门配合做好推广工作。\n\n"
            + _FILLER +
            "联系人：综合管理部 王某\n\n"
            f"{signer}\n"
            "2031年5月12日\n"
            "（此件公开发布）\n")


def test_company_notice_signed_by_its_own_name_is_dated_by_its_closing_day():
    p = find_published(_notice("青禾市燃气集团有限公司", "青禾市燃气集团有限公司"))
    assert p.date == dt.date(2031, 5, 12)
    assert p.precision == "day"


def test_company_notice_signed_by_another_name_stays_undated():
    p = find_published(_notice("青禾市燃气集团有限公司", "青禾市工业和信息化局"))
    assert p.date is None and p.source == "none"


def _weekly(period_line: str) -> str:
    return ("松林物流集团  运营调度周报\n"
            f"{period_line}\n"
            "编制：运营管理部　　签发：值班经理\n\n"
            "一、运营情况\n"
            "本周发运量12.6万吨，同比增长4.1%；本年累计发运量588万吨。\n"
            "智能分拣系统本周处理包裹86万件，较上周增加3%。\n")


def test_week_line_under_bulletin_name_gives_the_weeks_last_day():
    p = find_published(_weekly("2032年第15周（4月5日—4月11日）"))
    assert p.date == dt.date(2032, 4, 11)
    assert p.precision == "day"


def test_period_line_end_day_may_carry_its_own_year():
    p = find_published(_weekly("2031年第53周（2031年12月29日—2032年1月4日）"))
    assert p.date == dt.date(2032, 1, 4)


def test_span_inside_a_sentence_is_no_period_line():
    p = find_published(_weekly("2032年4月5日—4月11日，各码头克服大风影响完成计划。"))
    assert p.date is None


def test_impossible_end_day_gives_none():
    p = find_published(_weekly("2032年第9周（2月24日—2月30日）"))
    assert p.date is None


def test_stated_header_date_is_kept_over_the_period_line():
    text = _weekly("2032年第15周（4月5日—4月11日）").replace(
        "编制：运营管理部", "发布日期：2032年4月12日\n编制：运营管理部")
    p = find_published(text)
    assert p.date == dt.date(2032, 4, 12)
    assert p.source == "header"
