"""Wrong periods on found facts from an undated document: when the publication date is not
found, every relative period (今年, 三季度, 去年, 上半年) of the text stays empty. Dates the
text does write, in places the header rules did not look: a masthead line opened by its day,
a masthead under a first line long enough to read as body, a press release's dateline, a
closing place-and-day line; and a meeting's clock-time slot is no release day.

Every example is invented (no sentence of any report set).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.load.metadata import find_published
from tests.text_facts import facts_of, period_of

BODY = "本期要点：算力租赁价格继续回落，整机柜交付节奏加快，多家厂商上调了全年资本开支指引。\n"


def _day(text: str):
    return find_published(text).date


def test_a_masthead_line_opened_by_its_day_dates_the_text():
    text = "青禾数字研究所 · 行业札记\n2031年4月9日　第17期　撰稿：林某\n" + BODY
    assert _day(text) == dt.date(2031, 4, 9)
    text = "某某评测室\n2031年4月9日　文章编号：QH-3104-0099\n" + BODY
    assert _day(text) == dt.date(2031, 4, 9)


def test_a_headline_opening_with_its_day_is_no_masthead():
    # a comma after the day: a sentence about that day, not a masthead
    text = "青禾数字研究所\n2031年4月9日，某公司发布新一代推理芯片\n" + BODY
    assert _day(text) != dt.date(2031, 4, 9)


def test_a_masthead_under_a_first_line_read_as_body():
    head = "【海外观察】某集团押注模型公司获利超千亿，两家运营商加码算力；政府计划进入落地期\n"
    text = head + "远山科技研究｜海外市场周报　2031年3月6日\n" + BODY
    assert _day(text) == dt.date(2031, 3, 6)


def test_a_letter_signed_with_place_and_day_under_its_salutation():
    text = ("某某成长1号基金\n2031年一季度致投资人的信\n\n尊敬的各位投资人：\n"
            "　　见信好。我们照例和大家汇报一下过去一个季度的运作情况，以及对算力主线的一些想法，请勿转发。\n"
            "　　　　　　　　　　　　杭州，2031年4月12日\n\n" + BODY)
    assert _day(text) == dt.date(2031, 4, 12)


def test_a_body_sentence_below_the_header_dates_nothing():
    text = ("某某事务所报告\n致全体股东：\n\n一、意见\n我们审核了某某公司的财务报表，包括2030年12月31日的资产负债表，"
            "以及相关的附注，认为其在所有重大方面公允反映了公司的财务状况。\n" + BODY)
    assert _day(text) is None


def test_a_press_release_dateline_with_a_dash():
    text = ("远山云公布2031年第一季度财务业绩：收入稳步增长，利润率创新高，AI业务持续放量\n"
            "SHENZHEN, China, May 20, 2031 /ExampleWire/ -- Yuanshan Cloud today announced results.\n" + BODY)
    assert _day(text) == dt.date(2031, 5, 20)
    text = ("远山光电公布2031年第一季度财务业绩\n"
            "新闻稿｜中国杭州，2031年5月21日——远山光电今日公布截至2031年3月31日止季度的未经审计财务业绩，收入同比增长，毛利率提升。\n"
            + BODY)
    assert _day(text) == dt.date(2031, 5, 21)


def test_a_closing_place_and_day_line():
    text = "截至2031年6月30日止六个月之中期业绩公告\n" + BODY + "\n杭州，2031年8月20日\n投资者关系查询：ir@example.com\n"
    assert _day(text) == dt.date(2031, 8, 20)
    text = "某市某局文件\n" + BODY + "\n中国·杭州　　　　二〇三一年三月二十日\n（此件主动公开）\n"
    assert _day(text) == dt.date(2031, 3, 20)
    # a masthead's separator is no place
    assert _day("截至2031年6月30日止六个月之中期业绩公告\n" + BODY + "\n某某研究 | 2031年8月20日\n") is None


def test_a_meeting_slot_gives_way_to_the_release_day():
    text = ("【专家纪要】推理集群利用率\n时间：2031年11月17日 20:00-21:10\n"
            "嘉宾：某云厂商前采购负责人\n纪要整理：某某 发布：2031-11-18\n" + BODY)
    assert _day(text) == dt.date(2031, 11, 18)
    # alone, the slot still dates the minutes
    text = "【专家纪要】推理集群利用率\n时间：2031年11月17日 20:00-21:10\n" + BODY
    assert _day(text) == dt.date(2031, 11, 17)


def test_relative_periods_resolve_once_the_masthead_day_is_found():
    text = ("青禾数字研究所 · 行业札记\n2031年10月20日　第42期　撰稿：林某\n"
            "三季度某公司净值上涨12.5%，今年以来上涨30.2%。\n")
    assert period_of(facts_of(text, _day(text)), "12.5%") == "2031Q3"


def test_a_letter_spaced_auditors_report_in_results_season_is_on_last_year():
    text = ("审 计 报 告\n某审字〔2031〕第0101号\n某某科技股份有限公司全体股东：\n一、审计意见\n"
            "我们审计了某某科技财务报表。本年AI服务器出货量约2.5万台，同比增长1.1倍；"
            "综合毛利率由上年的12.2%降至9.9%。\n")
    f = facts_of(text, dt.date(2031, 4, 20))
    assert period_of(f, "9.9%") == "2030"
    assert period_of(f, "12.2%") == "2029"
    # out after the results season, the title names no year's statements
    assert period_of(facts_of(text, dt.date(2031, 9, 20)), "9.9%") == "2031"


def test_a_prior_base_counts_back_from_the_compared_figure_not_the_publication():
    # a listing's disclaimer opens the text; the report's half is named in its first sentence
    text = ("香港交易及结算所有限公司及香港联合交易所有限公司对本公告之内容概不负责，对其准确性或完整性亦不发表任何声明，"
            "并明确表示概不就因本公告全部或任何部分内容而产生之任何损失承担任何责任。\n"
            "青禾智能控股有限公司（「本公司」）董事会欣然公布本公司及其附属公司截至2031年6月30日止六个月（「报告期」）"
            "之未经审核综合业绩，连同2030年同期之比较数字。\n"
            "标杆用户数目由去年同期的97名增加至128名，标杆用户平均收入约为人民币562万元。\n")
    f = facts_of(text, dt.date(2031, 8, 26))
    assert period_of(f, "128") == "2031H1"
    assert period_of(f, "97") == "2030H1"  # not 2030, 去年 from the publication date


def test_last_years_whole_beside_a_quarter_keeps_its_year():
    # 去年 (no 同期) names last year's whole, not the compared quarter a year back
    text = ("青禾科技三季度业绩点评\n\n• 三季度资本开支129.8亿元，同比下降24%；"
            "管理层称全年资本开支将低于年初指引，但仍高于去年的767亿元。\n")
    f = facts_of(text, dt.date(2031, 11, 14))
    assert period_of(f, "129.8亿元") == "2031Q3"
    assert period_of(f, "767亿元") == "2030"
