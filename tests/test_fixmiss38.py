"""Values never produced because no lexicon row names their measure: price compounds built on 价.

A shop, an auction or a launch names its prices with ever new words built on 价 (日常价, 到手价,
早鸟价, 起拍价, 渠道价); each is a price keyword without a row of its own, unless a word that
makes it no price of a good (股价, 造价, 代价) or a longer keyword covers it.
Every example is invented (星曜, 云汐, 澜川 and the figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import rows_by_text

from aigc_analysis.extract import keywords as kw

DAY = dt.date(2025, 6, 20)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_shop_price_words_are_prices():
    r = _rows("星曜AI眼镜日常价 2,499元，活动期间到手价 1,899元。")
    assert r["2,499元"] == ("pricing", "price", 2499, "CNY")
    assert r["1,899元"][:2] == ("pricing", "price") and r["1,899元"][2] == 1899


def test_auction_and_channel_price_words_are_prices():
    r = _rows("拍卖标的为云汐科技GPU服务器80台，评估价为人民币6,400万元，起拍价5,120万元。")
    assert r["人民币6,400万元"][:2] == ("pricing", "price") and r["人民币6,400万元"][2] == 6.4e7
    assert r["5,120万元"][0] == "pricing" and r["5,120万元"][2] == 5.12e7
    r = _rows("澜川推出训推一体机，8卡整机渠道价约76万元。")
    assert r["约76万元"][:2] == ("pricing", "price")


def test_share_prices_and_costs_built_on_jia_are_no_shop_prices():
    hits = kw.find_price_compounds("每股价3.2元，工程造价9,000元，公司股价报52.3元，总代价1.2亿元。", [])
    assert hits == []
    # a known keyword covers its own word: 售价 keeps its row
    text = "建议售价4,999元"
    known = kw.find_metric_keywords(text)
    assert [h.word for h in kw.find_price_compounds(text, known)] == []


def test_a_price_word_needs_an_amount_right_after_it():
    assert kw.find_price_compounds("日常价格 2,499元", []) == []
    assert kw.find_price_compounds("到手价比去年低了不少", []) == []
    assert [h.word for h in kw.find_price_compounds("双11到手价：1,899元", [])] == ["到手价"]


def test_a_price_per_share_is_no_price_of_a_good():
    text = "回购成交的最高价为61.20元/股、最低价为48.15元/股，支付的资金总额为5,120.33万元。"
    assert kw.find_price_compounds(text, kw.find_metric_keywords(text)) == []


def test_a_price_word_heading_a_table_column_leaves_the_prices_to_the_table():
    text = ("日常价 2,499元，到手价 1,899元，首周活动价 1,999元。\n\n"
            "| 商品 | 日常价 | 到手价 |\n|---|---|---|\n| 星曜 G2 | 2,499 | 1,899 |\n")
    table = text.index("|")
    hits = kw.find_price_compounds(text, [])
    assert [h.word for h in hits if h.start < table] == ["活动价"]
    # the header cells name the prices of their columns (fixcell44)
    assert [h.word for h in hits if h.start > table] == ["日常价", "到手价"]
    # two blanks before an amount are no cell edge
    assert [h.word for h in kw.find_price_compounds("日常价  2,499元", [])] == ["日常价"]


# Counts of people no keyword names: creators, students, backers counted with ever new nouns.

def test_counts_of_people_no_keyword_names_are_adoption():
    r = _rows("截至6月末，快剪平台上的AI创作者约86万人，较去年末增加约20万人。")
    assert r["约86万"] == ("adoption", "people", 860000, "count")
    assert r["约20万"][:2] == ("adoption", "people")  # a count of people of its own
    r = _rows("今年学院本科招生360人，较去年增加90人。")
    assert r["360"][:2] == ("adoption", "people") and r["90"][0] == "adoption"
    r = _rows("这款AI台灯的众筹支持者约2,400名，均为早鸟用户。")
    assert r["约2,400"][0] == "adoption"


def test_a_firms_staff_a_meeting_and_a_table_are_no_people_counts():
    assert kw.find_people_counts("公司约有1,200名员工，9月裁员300人。", []) == []
    assert kw.find_people_counts("公司在任董事7人，出席7人。", []) == []
    assert kw.find_people_counts("| 本科 | 300人 |", []) == []
    # 人工智能, 名单: the character after the digits opens another word
    assert kw.find_people_counts("新设课程12人工智能方向", []) == []
    # a keyword right before the count names it already
    text = "月活用户达3,000万人"
    assert kw.find_people_counts(text, kw.find_metric_keywords(text)) == []


def test_a_keyword_earlier_in_the_sentence_names_the_count_of_people():
    text = "研发人员数量为1,320人，较上年的1,105人增加19.5%。"
    assert kw.find_people_counts(text, kw.find_metric_keywords(text)) == []
    text = "一、使用率：一年增加12.3个百分点，推估约610万人使用。"
    assert kw.find_people_counts(text, kw.find_metric_keywords(text)) == []


def test_the_induced_people_keyword_names_its_own_count_alone():
    # a later number of the sentence (a year, a count of rooms) never takes its metric
    r = _rows("星澜学院本科招生480人，新建宿舍1,150间。")
    assert r["480"][:2] == ("adoption", "people")
    assert r.get("1,150", ("", ""))[1] != "people"
    # but the change stated right after the count is its growth (fixamt43, facts.py
    # _growth_after_level: over the fifty sets every such growth was a gold row of the count's theme)
    r = _rows("截至6月末，快剪平台上的AI创作者约86万人，较去年末增长约1.2倍。")
    assert r["约86万"][:2] == ("adoption", "people")
    assert r["约1.2倍"][:2] == ("adoption", "people_growth")
    r = _rows("云汐社区的志愿者约2,600名，服务时长累计达3.5万小时，覆盖128年度计划。")
    assert r["约2,600"][:2] == ("adoption", "people")
    assert all(v[1] != "people" for t, v in r.items() if t != "约2,600")
    # a qualifier the count's quantity opens with (不少于) before the induced keyword
    r = _rows("星澜学院每个专业配备导师不少于3名。")
    assert r["不少于3"][:2] == ("adoption", "people")
