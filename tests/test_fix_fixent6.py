"""Entity fixes (set 27, class a5 then b5): who a number is about.

Every example is invented (Zorvo, Kestrel Labs, Quillon, 岚川科技, 云帆科技 name no real firm).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

DAY = dt.date(2025, 11, 20)


# a5a: a bullet list of firms (one of them known) names each item's firm, never the previous one
_BULLETS = """AI编程工具近况

Cursor的母公司Anysphere年化收入突破10亿美元。

- Lovable：上线8个月ARR达到1.2亿美元，用户超过230万。
- Zorvo：ARR从1000万美元涨到1.5亿美元。
- Replit：融资4.5亿美元，估值102亿美元。
"""


def test_bullet_heads_of_a_firm_list_name_their_items():
    f = facts_of_text(_BULLETS, DAY)
    assert entity_of(f, "1.2亿美元") == "Lovable"
    assert entity_of(f, "超过230万") == "Lovable"
    assert entity_of(f, "1.5亿美元") == "Zorvo"
    assert entity_of(f, "4.5亿美元") == "Replit"


def test_a_single_latin_label_bullet_names_no_firm():
    f = facts_of_text("Anysphere年化收入突破10亿美元。\n\n- Revenue：ARR达到1.2亿美元。\n- Pricing：月费20美元。\n", DAY)
    assert entity_of(f, "20美元") != "Pricing"


# a5b: an owner's product, a parent in brackets, a speaker under a topic head
def test_a_latin_name_after_a_firms_possessive_is_its_product():
    f = facts_of_text("国内方面，腾讯的Zorvo月活用户超过600万。", DAY)
    assert entity_of(f, "超过600万") == "Zorvo"


def test_a_firms_own_metric_after_its_possessive_stays_the_firm():
    f = facts_of_text("腾讯的资本开支达到200亿元。", DAY)
    assert entity_of(f, "200亿元") == "Tencent"


def test_a_former_name_in_brackets_is_no_subject():
    f = facts_of_text("岚川科技（原名云帆科技）ARR达到1亿美元。", DAY)
    assert entity_of(f, "1亿美元") == "Lanchuan"


def test_a_parent_in_brackets_is_no_subject():
    f = facts_of_text("Cursor（母公司Anysphere）年化收入突破5亿美元。", DAY)
    assert entity_of(f, "5亿美元") == "Cursor"


def test_a_speaker_under_a_topic_head_speaks_of_the_topic():
    f = facts_of_text("Zorvo方面，微软CEO说累计用户超过2000万。", DAY)
    assert entity_of(f, "超过2000万") == "Zorvo"


def test_a_firm_after_a_topic_head_that_says_nothing_keeps_its_figure():
    f = facts_of_text("Zorvo方面，微软资本开支达到200亿美元。", DAY)
    assert entity_of(f, "200亿美元") == "Microsoft"


# a5c: industries sharing one 行业 before 分别 are paired with the values in order
def test_industries_before_fenbie_pair_in_order():
    f = facts_of_text("本周半导体、传媒行业分别净流入12.1亿元和8.4亿元。", DAY)
    assert entity_of(f, "12.1亿元") == "SW Semiconductor Index"
    assert entity_of(f, "8.4亿元") == "SW Media Index"


def test_level_one_industries_before_fenbie_keep_their_lexicon_index():
    f = facts_of_text("电子、通信行业分别净流入46.7亿元和38.2亿元。", DAY)
    assert entity_of(f, "46.7亿元") == "SW Electronics Index"
    assert entity_of(f, "38.2亿元") == "SW Telecom Index"


def test_one_industry_keeps_its_index():
    f = facts_of_text("传媒行业净流入8.4亿元。", DAY)
    assert entity_of(f, "8.4亿元") == "SW Media Index"


# b5a: a legal full name under an announcement's masthead is the listed short name
_FILING = """证券代码：300999  证券简称：岚川数据  公告编号：2026-008

岚川数据科技集团股份有限公司关于签订重大合同的公告

岚川数据科技集团股份有限公司2024年度营业收入31.2亿元。
"""


def test_the_legal_name_under_a_masthead_is_the_short_name():
    f = facts_of_text(_FILING, DAY)
    assert entity_of(f, "31.2亿元") == "Lanchuan"


def test_a_known_short_name_in_the_masthead_gives_the_lexicons_name():
    text = _FILING.replace("300999", "300442").replace("岚川数据科技集团", "润泽智算科技集团").replace("岚川数据", "润泽科技")
    f = facts_of_text(text, DAY)
    assert entity_of(f, "31.2亿元") == "Runze Technology (Range Intelligent Computing)"


def test_another_firms_legal_name_keeps_its_own_name():
    text = _FILING.replace("岚川数据科技集团股份有限公司2024", "同业中，华南电子2024")
    f = facts_of_text(text, DAY)
    assert entity_of(f, "31.2亿元") != "Lanchuan"


# b5b: a time word glued to a descriptor names no firm; the convertible-bond index
def test_a_time_word_and_group_name_no_firm():
    f = facts_of_text("二、英业达：AI服务器出货续强\n\n英业达董事长表示，去年集团营收同比增长约12%。", DAY)
    assert entity_of(f, "约12%") == "Inventec"


def test_the_csi_convertible_bond_index():
    f = facts_of_text("去年全年中证转债指数上涨约8.6%。", DAY)
    assert entity_of(f, "约8.6%") == "CSI Convertible Bond Index"


# b5d: AIDC (an AI data centre) is no firm; 阿里AIDC still is Alibaba's unit
def test_aidc_alone_is_no_alibaba_unit():
    f = facts_of_text("岚川科技在手AIDC订单对应IT负载约1.2GW。", DAY)
    assert "Alibaba" not in entity_of(f, "约1.2GW")


def test_alibabas_aidc_is_its_unit():
    f = facts_of_text("阿里AIDC收入同比增长29%。", DAY)
    assert entity_of(f, "29%") == "Alibaba International Digital Commerce Group"
