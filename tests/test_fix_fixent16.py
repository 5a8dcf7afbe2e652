"""Entities: which subject a figure is given (fixent16).

Every example is invented: the brokers, desks and firms exist in no report; the lexicon's real
aliases appear only where the rule is about an alias colliding with another word.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2025, 7, 21)


def _facts(text: str, publisher: str = "Test Broker"):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": publisher, "boilerplate": []}
    return facts_frame(extract_document(doc))


def _entities(text: str, publisher: str = "Test Broker") -> set[str]:
    return set(_facts(text, publisher)["entity"])


# -- the publisher's own name is no subject (S02 expert call, S09 customs note) -----------------

CALL = ("智谱证券研究所 | 产业调研纪要\n发布日期：2025-07-21\n"
        "主持人：智谱证券产业组 张三\n纪要整理：智谱证券研究所。\n\n"
        "Q：二季度机柜出货情况？\nA：二季度出货大约1500柜，三季度预计大约3500柜。\n\n"
        "免责声明：仅供智谱证券机构客户内部参考。\n智谱证券研究所　北京市\n")


def test_a_broker_named_like_a_lexicon_firm_is_not_that_firm():
    assert "Zhipu AI" not in _entities(CALL, "智谱证券研究所")


def test_a_broker_named_like_a_lexicon_firm_is_not_that_firm_without_a_known_publisher():
    # the broker's name shape alone (a firm alias opening X证券) makes it a broker
    assert "Zhipu AI" not in _entities(CALL)


def test_the_firm_itself_is_still_found():
    text = "星澄证券 2025年7月21日\n智谱上半年营收约3亿元，同比增长60%。\n"
    assert "Zhipu AI" in _entities(text, "星澄证券")


# -- a desk's name on the header line is no firm (S02, S09, R04) -------------------------------

def test_a_desk_of_two_fields_joined_by_a_conjunction_is_no_firm():
    text = ("星澄证券 宏观与科技交叉研究 | 月度跟踪\n报告日期：2025年7月21日\n"
            "要点\n▶ 6月出口金额172.5亿美元，同比增长21.3%。\n")
    assert not any("Hongguan" in e or "Technology" in e for e in _entities(text, "星澄证券"))


def test_a_place_and_a_firm_suffix_is_no_firm():
    text = ("星澄证券研究所 | 海外科技 · 产业调研纪要\n发布日期：2025-07-21\n"
            "A：二季度出货大约1500柜。\n")
    assert not any("Haiwai" in e for e in _entities(text, "星澄证券研究所"))


def test_the_firm_after_a_conjunction_is_still_a_firm():
    text = "星澄证券 2025年7月21日\n公司与云岭科技签订合同，云岭科技上半年营收约3亿元。\n"
    assert any("Yunling" in e for e in _entities(text, "星澄证券"))


# -- a firm's name on a building is part of an address ------------------------------------------

def test_a_building_named_after_a_firm_is_no_mention():
    text = ("星澄证券 宏观研究 | 月度跟踪\n报告日期：2025年7月21日\n"
            "6月出口金额172.5亿美元，同比增长21.3%。\n"
            "星澄证券研究所　杭州市钱江路1366号腾讯大厦A座30层\n")
    assert "Tencent" not in _entities(text, "星澄证券研究所")


# -- 其他 in a share table is the rest of the market (S06 ADAS monthly, T04 glasses tracker) -----

def test_the_rest_row_of_a_share_table_under_a_brand_column_is_other():
    text = ("星澄证券 2025年8月20日\n表2：2025Q2全球智能手表品牌份额（%）\n"
            "品牌          份额       环比变化（个百分点）\n青禾          41.2       -2.3\n"
            "云岭          25.8       +5.8\n其他          33.0       -3.5\n")
    f = _facts(text)
    assert set(f[f["text"].isin(["33.0", "-3.5"])]["entity"]) == {"Other"}


def test_the_rest_row_of_a_revenue_table_under_a_firm_column_stays_as_written():
    text = "表1：AI应用公司2025年收入（亿元）\n公司\t2025年收入\n澜溪数科\t12.5\n其他\t3.3\n"
    f = _facts(text)
    assert set(f[f["text"] == "3.3"]["entity"]) != {"Other"}


# -- the document's fallback subject: no boilerplate name, no first of a tie (S04, T04, P07) ------

_OUTLOOK = ("星澄证券 2025年11月24日\n行业年度策略\n\n"
            "北美四大云厂商2025年资本开支合计约4000亿美元。中证算力指数年初至今上涨约58%{bench}。\n\n"
            "表1：核心环节市场规模预测（单位：亿美元）\n"
            "环节                    2025E      2026E      CAGR(2025-2026E)\n"
            "全球AI加速芯片          2100       2900       21.7%\n\n")
_RATING = "评级说明：看好——预计未来12个月行业指数跑赢沪深300指数10%以上；看淡——跑输沪深300指数10%以上。\n"


def _row_entities(f) -> set[str]:
    return set(f[f["text"].isin(["2100", "2900", "21.7%"])]["entity"])


def test_a_tie_of_names_mentioned_once_gives_no_fallback_subject():
    f = _facts(_OUTLOOK.format(bench=""))
    assert not _row_entities(f) & {"Big-4 US cloud providers", "CSI Computing Power Index"}


def test_a_name_in_the_rating_scale_is_not_counted():
    text = _OUTLOOK.format(bench="，同期沪深300上涨约16%") + _RATING
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text), "published": DAY,
           "publisher": "星澄证券", "boilerplate": [(text.index("评级说明"), len(text), "rating")]}
    f = facts_frame(extract_document(doc))
    assert "CSI 300" not in _row_entities(f)


# -- a device category named by its AI feature is the devices (R05 teardown, P05 tracker) --------

def test_genai_phones_are_the_phones_not_the_technology():
    text = ("星澄证券 2025年10月20日\n据青禾咨询数据，2025年全球生成式AI手机出货量预计达到3亿部，"
            "同比增长约61%，渗透率约27%。\n")
    f = _facts(text)
    assert set(f[f["text"].isin(["3亿", "约61%", "约27%"])]["entity"]) <= {"GenAI smartphones", "Global GenAI smartphones"}


def test_a_capitalised_word_opening_a_concept_is_a_word_of_it_not_a_firm():
    text = ("星澄证券 2025年10月20日\n- 全球智能手机出货3.1亿部，yoy +2.1%；GenAI手机占比约35%，较去年同期提升10pct\n"
            "我们预计2026年全球GenAI手机出货量将达到5.1亿部。\n")
    f = _facts(text)
    assert set(f[f["text"].isin(["约35%", "5.1亿"])]["entity"]) <= {"GenAI smartphones", "Global GenAI smartphones"}


# -- a table label made of metric words names no one (S09 customs table, once the desk was gone) --

def test_a_metric_label_row_is_not_its_own_entity():
    text = ("星澄证券 宏观研究 | 月度跟踪\n报告日期：2025年11月20日\n\n表1：青禾模组进出口\n"
            "指标              2025年10月     同比      环比\n进口数量（亿个）     498            8.3%      -2.1%\n"
            "出口金额（亿美元）   172.5          21.3%     5.9%\n资料来源：海关总署\n")
    f = _facts(text, "星澄证券")
    assert not set(f["entity"]) & {"进口数量", "出口金额"}


def test_a_known_firm_before_a_conjunction_still_parts_the_names():
    # 微软与星河数据科技: the known firm already ends the run; no second firm is cut out of it
    f = _facts("微软与星河数据科技签订15年期的数据中心租约，租约总价值约90亿美元。")
    assert (f["text"] == "15年").sum() == 1


# -- a counted group of firms is the group, not the stock market they list on (S01, R06) ---------

def test_a_counted_group_of_listed_equipment_firms_is_the_group():
    text = ("星澄证券 2025年10月16日\n我们预计覆盖的四家A股设备公司2025Q3合计营收约88亿元，同比增长约21%。\n")
    f = _facts(text)
    assert set(f[f["text"].isin(["约88亿元", "约21%"])]["entity"]) == {"Four A-share equipment companies"}
