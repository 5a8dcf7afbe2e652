"""fixper46: a document whose publication date only an issue mark, an announcement's own date
line or a feed's build stamp gives gets that date (no date left every relative period of the
document empty: 本月, 第三季度, 本财年). Invented texts, fictional names."""
import datetime as dt

from aigc_analysis.load.metadata import find_published


def _date(text):
    return find_published(text).date


def test_issue_verb_after_day_in_header():
    text = ("青禾市政务数据中心\n青禾市数据服务2031年5月运行月报\n（第5期　2031年6月8日印发）\n\n"
            "【核心数据】\n- 本月受理数据申请3.1万件，环比增长4.2%\n")
    assert _date(text) == dt.date(2031, 6, 8)


def test_issuer_name_after_day_in_header():
    text = ("青禾市统计局发布2030年数字经济运行情况\n\n（2031年3月14日　青禾市统计局）\n\n"
            "2030年，全市数字经济核心产业增加值同比增长9.1%。\n")
    assert _date(text) == dt.date(2031, 3, 14)


def test_announcement_date_in_chinese_numerals():
    text = ("澄峰教育控股有限公司\n（股份代號：9876）\n\n截至二〇三一年八月三十一日止年度之全年業績公告\n\n"
            "董事會欣然宣佈本集團之經審核綜合業績。本公告日期為二〇三一年十一月二十日。\n\n"
            "財務摘要\n．收益約為人民幣12.3億元\n")
    assert _date(text) == dt.date(2031, 11, 20)


def test_rss_build_stamp_with_weekday():
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
            "  <title>青禾快讯</title>\n  <link>https://feed.example/q</link>\n"
            "  <description>青禾快讯（虚构）订阅源，每日更新。</description>\n"
            "  <lastBuildDate>Tue, 18 Nov 2031 08:30:00 +0800</lastBuildDate>\n\n"
            "  <item>\n    <title>某公司第三季度营收12亿元</title>\n  </item>\n")
    assert _date(text) == dt.date(2031, 11, 18)


def test_near_miss_day_in_a_sentence_with_issue_verb_is_no_issue_mark():
    # the day opens a sentence that goes on after the verb: an event, not the issue
    text = ("青禾市政务数据中心工作简讯\n\n2031年6月8日发布会上，中心介绍了平台建设进展，"
            "全年计划投入1.2亿元。\n")
    assert _date(text) is None


def test_near_miss_day_before_a_sentence_is_no_issuer():
    # the words after the day hold an issuer's name but go on to tell an event: no issue mark
    text = "青禾市数据服务运行简报\n（2031年6月8日　青禾市数据局召开季度会议）\n\n本月受理数据申请3.1万件。\n"
    assert _date(text) is None


def _periods(text, published):
    from tests.text_facts import facts_of
    rows = facts_of(text, published)
    return dict(zip(rows["text"], rows["period"]))


def test_as_of_this_announcement_is_the_publication_day():
    got = _periods("截至本公告披露日，林某先生直接持有公司股份8.4万股，占公司总股本的0.02%。",
                   dt.date(2031, 8, 22))
    assert got.get("8.4万") == "2031-08-22"
    assert got.get("0.02%") == "2031-08-22"


def test_as_of_this_announcement_in_traditional_script():
    got = _periods("截至本公告發佈之日，本計劃共收到98宗申請。", dt.date(2031, 8, 22))
    assert got.get("98") == "2031-08-22"


def test_near_miss_a_holding_with_no_as_of_words_stays_undated():
    got = _periods("林某先生直接持有公司股份8.4万股，占公司总股本的0.02%。", dt.date(2031, 8, 22))
    assert got.get("8.4万") == ""
