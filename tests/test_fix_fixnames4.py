"""Entity names, round fixnames4 (invented texts): Bank of China without 中国银行业, the six
state-owned banks as one group, AIDC as a business line, Kling AI as the text names it."""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

PUB = dt.date(2025, 11, 20)


# ---- S2e: 中国银行 is Bank of China, never inside 中国银行业 ---------------------------------------

def test_bank_of_china_alias():
    df = facts_of_text("银行点评\n中国银行2025年科技投入约310亿元。", PUB)
    assert entity_of(df, "约310亿元") == "Bank of China"
    df = facts_of_text("銀行點評\n中國銀行2025年科技投入約310億元。", PUB)
    assert entity_of(df, "約310億元") == "Bank of China"


def test_banking_sector_is_not_bank_of_china():
    df = facts_of_text("行业点评\n中国银行业AI投资规模约135亿元。", PUB)
    assert entity_of(df, "约135亿元") != "Bank of China"


# ---- S18: the six state-owned banks as a named group --------------------------------------------

def test_six_state_owned_banks_are_a_group():
    df = facts_of_text("银行点评\n六家国有大行2024年金融科技投入合计1187.6亿元。", PUB)
    assert entity_of(df, "1187.6亿元") == "China's six state-owned banks"


# ---- R12: AIDC业务 is a business line, not Alibaba International Digital Commerce ---------------

def test_aidc_business_line_keeps_the_sentence_firm():
    df = facts_of_text("公司点评\n润泽科技2024年营收43亿元，AIDC业务收入占比约71%。", PUB)
    assert entity_of(df, "约71%") == "Runze Technology (Range Intelligent Computing)"


def test_aidc_group_still_named():
    df = facts_of_text("公司点评\n阿里国际数字商业集团三季度收入增长19%。", PUB)
    assert entity_of(df, "19%") == "Alibaba International Digital Commerce Group"


# ---- S2g: 可灵 is Kling AI, at the level the text names it --------------------------------------

def test_kling_ai_canonical_name():
    df = facts_of_text("公司点评\n可灵年化收入运行率超过1.3亿美元。", PUB)
    assert entity_of(df, "超过1.3亿美元") == "Kling AI"


# ---- S2d: country names as table row labels are in English -------------------------------------

def test_country_row_labels_in_english():
    df = facts_of_text("行业周报\n各国AI私人投资（亿美元）\n| 国家 | 2024年 | 2025年 |\n|---|---|---|\n"
                       "| 加拿大 | 23 | 29 |\n| 以色列 | 14 | 17 |\n| 中国 | 88 | 104 |\n", PUB)
    assert entity_of(df, "23") == "Canada"
    assert entity_of(df, "17") == "Israel"
    assert entity_of(df, "104") == "China"


def test_place_inside_a_row_label_is_not_the_country():
    # a firm row whose label starts with a country word keeps its own name
    df = facts_of_text("行业周报\n营收（亿元）\n| 公司 | 2024年 |\n|---|---|\n| 中国移动 | 10408 |\n", PUB)
    assert entity_of(df, "10408") == "China Mobile"


# ---- S2a: the English name a press release's header gives its firm ------------------------------

def test_header_english_name_names_the_firm():
    df = facts_of_text("岚曜光电股份有限公司 新闻稿\nLanvista Photonics Inc.（股票代号：9187）\n"
                       "岚曜光电10月营收新台币14.2亿元，年增21%。", PUB)
    assert entity_of(df, "新台币14.2亿元") == "Lanvista Photonics"
    df = facts_of_text("嵘晟電子股份有限公司 新聞稿 / Rongsheng Circuit Corp.（股票代號：6177）\n"
                       "嵘晟電子11月營收新台幣8.3億元。", PUB)
    assert entity_of(df, "新台幣8.3億元") == "Rongsheng Circuit"


def test_firm_without_an_english_name_keeps_its_romanised_name():
    df = facts_of_text("岚曜光电股份有限公司 新闻稿\n2025年11月10日\n岚曜光电10月营收新台币14.2亿元。", PUB)
    assert entity_of(df, "新台币14.2亿元") == "Lanyao"
    # the header's English name renames only the firm it glosses
    df = facts_of_text("岚曜光电股份有限公司 新闻稿\nLanvista Photonics Inc.\n"
                       "岚曜光电10月营收新台币14.2亿元。台积电10月营收新台币3671亿元。", PUB)
    assert entity_of(df, "新台币14.2亿元") == "Lanvista Photonics"
    assert entity_of(df, "新台币3671亿元") == "TSMC"


# ---- R22: respective lists A、B、C…分别x、y、z zipped in order, a second list reusing the names ----

def test_respective_list_of_unknown_names_is_zipped():
    df = facts_of_text("行业周报\n截至5月30日，岚杉科技、北川数据、海屿通信A股年内分别上涨3%、7%、11%；"
                       "PE（2025E）分别为14倍、19倍、23倍。", PUB)
    assert [entity_of(df, t) for t in ("3%", "7%", "11%")] == \
        ["Lanshan", "Beichuan", "Haiyu"]
    assert [entity_of(df, t) for t in ("14倍", "19倍", "23倍")] == \
        ["Lanshan", "Beichuan", "Haiyu"]


def test_respective_list_of_other_length_is_left_alone():
    # two names, three values: no pairing by position
    df = facts_of_text("行业周报\n北川数据、海屿通信年内分别上涨3%、7%、11%。", PUB)
    names = {entity_of(df, t) for t in ("3%", "7%", "11%")}
    assert len(names) == 1


# ---- R10: a table row label is the category as it states it, not an alias inside it -----------

def test_category_row_labels_stay_whole():
    df = facts_of_text("存储价格周报\n合约价季度环比变动（%）\n| 品类 | 2Q25 | 3Q25F |\n|---|---|---|\n"
                       "| PC DRAM | +2～6 | +11～14 |\n| Server DRAM | +6～9 | +12～16 |\n"
                       "| Mobile DRAM（LPDDR5X） | +3～7 | +8～11 |\n| Enterprise SSD | +1～4 | +6～9 |\n"
                       "| DRAM | +5～8 | +10～13 |\n| HBM | +1～2 | +3～5 |\n| Samsung HBM | +2～3 | +4～7 |\n", PUB)
    assert entity_of(df, "+2～6") == "PC DRAM"
    assert entity_of(df, "+6～9") == "Server DRAM"
    assert entity_of(df, "+3～7") == "Mobile DRAM"
    assert entity_of(df, "+1～4") == "Enterprise SSD"
    # near-misses: the category alone stays itself, a firm's row stays the firm's
    assert entity_of(df, "+5～8") == "DRAM"
    assert entity_of(df, "+1～2") == "HBM"
    assert entity_of(df, "+2～3") == "Samsung Electronics"


# ---- S18: a counted group of one kind of firm, summed, is that group ---------------------------

def test_counted_group_with_a_sum_is_named():
    df = facts_of_text("行业点评\n样本中6家光模块厂商上半年净利润合计增长74%。\n"
                       "我们统计的4家A股游戏公司三季度净利润合计下降约13%。", PUB)
    assert entity_of(df, "74%") == "Six optical transceiver makers"
    assert entity_of(df, "下降约13%") == "Four A-share game companies"


def test_count_of_firms_without_a_sum_is_no_group():
    df = facts_of_text("行业点评\n光模块板块上半年净利润增长74%，其中3家公司净利润下降。", PUB)
    assert "Three" not in entity_of(df, "74%")
    # a fixed group keeps its own name
    df = facts_of_text("行业点评\n三大电信运营商算力投资合计约930亿元。", PUB)
    assert entity_of(df, "约930亿元") == "China's three telecom operators"
