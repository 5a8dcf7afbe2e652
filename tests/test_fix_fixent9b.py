"""Entity attribution fixes of fixent9b: names that are only compared with or set aside,
a Latin firm name after a country and descriptor, and stock groups.

Every text is invented (星衡科技, 云杉科技, Velmora, Aiode exist in no report; real firm names
stand only where the lexicon must know both sides of a comparison).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 9, 15)


def _entities(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return dict(zip(f["text"], f["entity"]))


# --- a firm named only as a comparison or an exclusion --------------------------------------

def test_a_firm_overtaken_is_not_the_referent_of_a_later_company_pronoun():
    e = _entities("中际旭创市值超越工业富联，公司三季度净利润同比增长90%。")
    assert e["90%"] == "Innolight"


def test_a_firm_overtaken_is_not_the_subject_of_the_figure_after_it():
    e = _entities("腾讯市值超过阿里巴巴，达到4.5万亿港元。")
    assert e["4.5万亿港元"] == "Tencent"


def test_an_unknown_firm_overtaking_a_known_one_keeps_its_figures():
    e = _entities("星衡科技销量超越英伟达，公司全年营收增长12%。")
    assert e["12%"] == "Xingheng"


def test_a_comparison_word_is_no_part_of_the_name_after_it():
    e = _entities("星衡科技推出两个月用户达到1亿，超越云杉科技9个月。")
    assert e["9个月"] == "Yunshan"


def test_near_miss_a_rival_followed_by_its_own_figure_keeps_it():
    e = _entities("- 事件五：星衡科技推出两个月用户达到1亿，超越TikTok9个月和Ins2.5年")
    assert e["9个月"] == "TikTok"
    assert e["1亿"] == "Xingheng"


def test_near_miss_the_same_firm_as_a_subject_is_still_the_subject():
    e = _entities("工业富联三季度净利润同比增长60%。")
    assert e["60%"] == "Foxconn Industrial Internet"


# --- a country and a descriptor before a Latin firm name ------------------------------------

def test_a_latin_firm_after_a_country_and_descriptor_is_the_subject():
    e = _entities("挪威AI音乐平台Aiode完成3000万美元融资，投后估值约2亿美元。")
    assert e["3000万美元"] == e["约2亿美元"] == "Aiode"


def test_a_latin_firm_after_a_leader_descriptor_in_traditional_script():
    e = _entities("芬蘭智慧戒指品牌Velmora完成9億美元融資。")
    assert e["9億美元"] == "Velmora"


def test_near_miss_the_country_itself_as_subject_stays():
    e = _entities("芬兰2024年AI投资约12亿欧元。")
    assert e["约12亿欧元"] == "Finland"


def test_a_firms_us_listed_shares_are_the_firm_not_the_us_market():
    f = facts_of_text("网易美股年内上涨约18%。", DAY)
    assert list(f["entity"]) == ["NetEase"]


def test_near_miss_the_us_market_alone_stays_the_market():
    e = _entities("阿里巴巴港股收涨3%，美股盘前上涨2%。")
    assert e["3%"] == "Alibaba" and e["2%"] == "US stock market"


def test_near_miss_a_name_after_exceeds_that_goes_on_is_not_set_aside():
    # 超过 closes no comparison here: the clause goes on about what the name after it did
    f = facts_of_text("星衡科技本季度营收超过云杉科技发布的全年指引，云杉科技全年营收指引为80亿元。", DAY)
    assert dict(zip(f["text"], f["entity"]))["80亿元"] == "Yunshan"


# --- a named AI product in quotes after its product noun ------------------------------------

def test_a_quoted_assistant_after_its_noun_is_the_entity():
    e = _entities('去哪儿的AI助手"小驼"上线半年，累计服务用户超过3000万人次。')
    assert e["超过3000万"] == "Xiaotuo"


def test_a_quoted_assistant_in_corner_brackets():
    e = _entities("星衡科技的智能助手「青鸾」上线三个月，月活用户约1200万。")
    assert e["约1200万"] == "Qingluan"


def test_near_miss_a_quoted_remark_is_no_product():
    f = facts_of_text('星衡科技董事长表示"今年营收增长30%"。', DAY)
    assert "Jinnian" not in " ".join(f["entity"])


def test_near_miss_the_firm_itself_stays():
    e = _entities("星衡科技二季度净利润48亿元。")
    assert e["48亿元"] == "Xingheng"


# --- stock groups: 概念股 and 龙头 ------------------------------------------------------------

def test_ai_concept_stocks_are_named_as_concept_stocks():
    e = _entities("AI概念股今日主力资金净流入5.2亿元。")
    assert e["5.2亿元"] == "AI concept stocks"


def test_a_segment_leaders_group_is_the_leading_stocks():
    e = _entities("存储龙头明年一致预期市盈率约25倍。")
    assert e["约25倍"] == "Storage leaders"


def test_near_miss_leaders_before_a_named_firm_describe_it():
    f = facts_of_text("PCB龙头星衡科技三季度净利润同比增长40%。", DAY)
    assert list(f["entity"]) == ["Xingheng"]


def test_near_miss_the_a_share_ai_sector_keeps_its_name():
    e = _entities("A股AI板块今日上涨3%。")
    assert e["3%"] == "A-share AI sector"
