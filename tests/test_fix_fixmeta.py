"""Document metadata and non-facts (fixmeta): publication-date forms, comment threads and page
furniture, one-line rating scales, footnote markers, titles. All texts are invented."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.boilerplate import find_boilerplate
from aigc_analysis.load.metadata import find_dates, infer_metadata
from aigc_analysis.load.normalise import to_simplified

BODY = "正文第一句很长，公司营收稳步增长，利润率改善，市场份额继续提升。" * 2 + "\n"


def published(text: str) -> dt.date | None:
    return infer_metadata(text)["published"]


def facts_with_boilerplate(text: str, day: dt.date = dt.date(2031, 5, 6)) -> pd.DataFrame:
    """Facts of ``text`` with its boilerplate found as the loader finds it."""
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": day, "publisher": "Test Broker", "boilerplate": find_boilerplate(text)}
    return facts_frame(extract_document(doc))


# --- publication dates ------------------------------------------------------------------------
def test_roc_date_with_slashes_in_a_masthead():
    assert published("港股科技日報｜118/03/07\n騰訊股價觀察\n" + BODY) == dt.date(2029, 3, 7)


def test_roc_slash_near_misses_are_no_dates():
    assert find_dates("比例为3/12/5") == []
    assert find_dates("编号1130/08/09") == []
    assert find_dates("118/03/071") == []


def test_publish_label_after_another_label_on_the_line():
    text = "【纪要】某某模型专家交流\n整理：某某纪要组　　发布：2032年3月20日\n" + BODY
    meta = infer_metadata(text)
    assert meta["published"] == dt.date(2032, 3, 20)
    assert meta["title"] == "【纪要】某某模型专家交流"


@pytest.mark.parametrize("written, day", [
    ("二〇三一年九月三日", dt.date(2031, 9, 3)),
    ("二〇二九年四月二十八日", dt.date(2029, 4, 28)),
    ("二零三零年十二月三十一日", dt.date(2030, 12, 31)),
])
def test_chinese_numeral_dates(written, day):
    assert [h.date for h in find_dates(written)] == [day]
    assert published("某某研究院\n日期：" + written + "\n算力产业观察\n" + BODY) == day
    meta = infer_metadata("某某研究院\n" + written + "\n算力产业观察\n" + BODY)
    assert meta["published"] == day and meta["title"] == "算力产业观察"


def test_impossible_chinese_numeral_date_is_none():
    assert find_dates("二〇三一年十三月三日") == []
    assert [h.precision for h in find_dates("二〇三一年二月三十日")] == []


def test_letter_dated_after_its_signature():
    text = "致股东的信\n" + BODY * 40 + "此致\n董事长：李四\n二〇三一年三月二十八日\n"
    assert published(text) == dt.date(2031, 3, 28)


def test_date_in_the_body_of_a_letter_is_not_its_date():
    text = "致股东的信\n" + BODY * 40 + "2031年4月2日，公司发布新品。\n此致\n"
    assert published(text) is None


def test_byline_with_unknown_firm_desk_date_and_weekday():
    text = "青禾证券 电子研究组　2031年4月2日　星期三\n半导体周度观察\n" + BODY
    meta = infer_metadata(text)
    assert meta["published"] == dt.date(2031, 4, 2)
    assert meta["title"] == "半导体周度观察"


def test_relative_period_resolves_against_the_roc_masthead_date():
    text = "港股科技日報｜118/03/07\n騰訊股價觀察\n騰訊今年以來股價上漲約21%。\n"
    day = published(text)
    df = facts_with_boilerplate(text, day)
    assert df[df["text"].str.contains("21%")]["period"].tolist() == ["2029-03-07"]


# --- comment threads, counters and one-line headings -----------------------------------------
POST = "某某科技发布新一代推理芯片，公司今年营收同比增长35%。\n"


@pytest.mark.parametrize("tail", [
    "评论区：\n@算力小兵：听说某某科技今年收入能增长50%，毛利率至少30%\n",
    "热门评论\n长线选手 · 03-02 11:40\n这估值至少还能涨30%\n└ 小白 回复：同意，看到50%\n",
    "相关股票：\n某某科技 88.20 涨6.35%\n",
    "相關新聞：▶ 某公司產能明年有望增長80%\n",
    "讀者留言\n路人甲：今天又跌3.4%\n",
])
def test_comment_threads_and_furniture_give_no_rows(tail):
    df = facts_with_boilerplate(POST + tail)
    assert df["text"].tolist() == ["35%"], df[["text", "metric"]].to_string()


@pytest.mark.parametrize("line", [
    "相关股票：某某科技 88.20 +6.35%", "共有2,311人参与讨论，累计浏览12.4万次", "本话题已有2,046人参与讨论"])
def test_ticker_strip_and_counters_are_navigation(line):
    text = POST + line + "\n" + POST
    assert [(text[s:e], k) for s, e, k in find_boilerplate(text)] == [(line, "navigation")]


def test_post_stamp_line_is_furniture_but_a_sentence_with_a_clock_time_is_not():
    spans = find_boilerplate("楼主：算力老张 03-14 10:05\n" + POST)
    assert [k for _, _, k in spans] == ["navigation"]
    assert find_boilerplate("会议于03-14 10:05召开，公司收入增长30%，利润增长。\n") == []


def test_one_line_rating_scale_is_boilerplate():
    text = ("某公司点评\n评级说明：买入——未来6个月涨幅在15%以上；增持——涨幅在5%-15%之间；中性——涨幅在-5%-5%之间\n"
            + POST)
    assert facts_with_boilerplate(text)["text"].tolist() == ["35%"]
    assert [k for _, _, k in find_boilerplate(text)] == ["rating"]


def test_own_rating_line_and_body_rating_sentence_stay():
    assert find_boilerplate("某公司点评\n投资评级：买入（维持）\n" + POST) == []
    df = facts_with_boilerplate(POST + "维持买入评级，目标价上调15%。\n")
    assert "15%" in df["text"].tolist()


# --- footnote markers, festival names, cohort labels (S15, R14) --------------------------------
from aigc_analysis.extract.quantities import find_quantities  # noqa: E402


def values(text: str) -> list[tuple[str, float]]:
    return [(q.text, q.value) for q in find_quantities(text)]


def test_footnote_markers_are_no_values():
    assert values("某公司2030年出货量约30万台[3]。") == [("约30万", 300000.0)]
    assert facts_with_boilerplate("某公司2030年出货量约30万台[3]。\n[3] 某机构，2031年1月。\n")["value"].tolist() == [300000.0]
    assert values("[4] 某公司业绩说明会，收入增长20%") == [("20%", 0.2)]


def test_footnote_near_misses_keep_their_numbers():
    assert values("单价[元]为35元") == [("35元", 35.0)]
    assert ("约60%", 0.6) in values("前10大客户收入占比约60%")
    assert ("25%", 0.25) in values("第[3]季度营收增长25%")


def test_shopping_festival_is_no_number():
    assert values("在双十一当天，平台销售额增长20%") == [("20%", 0.2)]
    assert values("雙12期間訂單增長30%") == [("30%", 0.3)]
    assert ("11万", 110000.0) in values("使用人数达到11万")


def test_cohort_label_is_no_value():
    assert values("前10%的付费用户贡献了约一半的订阅收入") == [("约一半", 0.5)]
    assert values("利润率提升至前所未有的30%的高位") == [("30%", 0.3)]


# --- publisher and title (S21, Q documents.csv) -------------------------------------------------
@pytest.mark.parametrize("head", ["2031年4月2日 星期一\n算力产业观察\n", "算力产业观察\n2031年4月2日（星期六）\n",
                                  "算力产业观察\n2031年4月2日 北京\n"])
def test_weekday_or_city_after_the_date_is_no_publisher(head):
    meta = infer_metadata(head + BODY)
    assert meta["publisher"] is None and meta["title"] == "算力产业观察"


def test_outlet_name_after_the_date_stays_the_publisher():
    assert infer_metadata("2031/04/02 青禾财经网\n算力产业观察\n" + BODY)["publisher"] == "青禾财经网"


def test_wechat_account_before_the_date_on_the_original_line():
    meta = infer_metadata("大模型算力观察\n原创 张三 算力前哨站 2031年4月2日 09:15 北京\n" + BODY)
    assert meta["publisher"] == "算力前哨站"
    # a mark with one name only: author or account, the text does not say
    assert infer_metadata("大模型算力观察\n原创 算力前哨站 2031年4月2日\n" + BODY)["publisher"] is None


def test_press_release_masthead_names_the_issuer_and_is_no_title():
    meta = infer_metadata("青禾科技 新聞稿\n2031年4月2日\n青禾科技3月營收創新高\n" + BODY)
    assert meta["publisher"] == "青禾科技" and meta["title"] == "青禾科技3月營收創新高"


def test_markdown_heading_title_and_source_line_publisher():
    text = ("# 算力产业年度观察\n\n> 来源：青禾研究院｜2031-04-02\n\n| 指标 | 数值 |\n|---|---|\n| 机柜 | 30 |\n"
            + BODY)
    meta = infer_metadata(text)
    assert meta["title"] == "算力产业年度观察" and meta["publisher"] == "青禾研究院"
    assert meta["published"] == dt.date(2031, 4, 2)


def test_ticker_line_is_no_title():
    text = "Qinghe Technology（股票代號：1234）\n青禾科技3月營收創新高\n2031年4月2日\n" + BODY
    assert infer_metadata(text)["title"] == "青禾科技3月營收創新高"


def test_label_line_is_no_title_and_a_unit_led_line_is():
    text = "研究所周度算力跟踪\n本期统计区间：2031.03.23—2031.03.29\n" + BODY
    meta = infer_metadata(text)
    assert meta["title"] == "研究所周度算力跟踪" and meta["published"] is None
    # near-miss: a title without furniture still wins over the unit-led line
    assert infer_metadata("研究所 分析师：张三\n算力产业观察\n" + BODY)["title"] == "算力产业观察"


# --- a forum post's yearless stamp (Q3) ---------------------------------------------------------
def test_post_stamp_takes_the_year_of_the_newest_full_date():
    text = ("新股首日表现讨论\n楼主：算力老张 03-14 10:05\n\n"
            "据公司2031年3月10日公告，某芯片公司发行价88.5元/股。该公司3月13日上市首日收涨180%。\n")
    assert published(text) == dt.date(2031, 3, 14)
    # a stamp in January after a December date rolls into the next year
    text = "讨论帖\n楼主：张三 01-05 09:00\n\n" + BODY + "据公司2030年12月20日公告，收入增长约35%。\n"
    assert published(text) == dt.date(2031, 1, 5)


def test_post_stamp_without_a_safe_year_gives_no_date():
    # no full date in the text: the year is not guessed from a 2030年营收 clause
    assert published("讨论帖\n楼主：张三 03-14 10:05\n\n某公司2030年营收约12亿元。\n") is None
    # the newest full date is too far before the stamp
    assert published("讨论帖\n楼主：张三 11-14 10:05\n\n" + BODY + "据公司2030年3月10日公告，收入增长约35%。\n") is None


# --- a conversion basis (R14) -------------------------------------------------------------------
def test_conversion_basis_is_no_fact():
    df = facts_with_boilerplate("某园区规划机柜约1.2万个（按2.5kW标准机柜折算）。\n")
    assert df["text"].tolist() == ["约1.2万"]


def test_figures_near_an_unrelated_an_stay():
    df = facts_with_boilerplate("单机柜功率密度普遍在30-50kW，按季度看需求增长约20%。\n")
    assert "30-50kW" in df["text"].tolist()
    df = facts_with_boilerplate("公司按2030年营收的30%计提研发费用，同比增长20%。\n")
    assert "20%" in df["text"].tolist()
