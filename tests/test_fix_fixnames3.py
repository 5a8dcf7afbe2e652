"""Entity names (invented texts): firms missing from the alias table, Taiwan transliterations,
canonical names the gold sets write, market names translated word by word, named sums of
listed firms, and stock-code brackets that are no names."""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

PUB = dt.date(2025, 11, 20)


# ---- firms and indices missing from the alias table, Taiwan forms, canonical names -----------

def test_firms_added_to_the_alias_table():
    df = facts_of_text("行业周报\n櫻花網路2025年營收約310億日元。星动纪元完成融资6亿元。"
                       "灵心巧手完成融资3亿元。三花智控2024年营收271亿元。如祺出行车队规模约1700辆。"
                       "曹操出行2024年营收152亿元。京元電子10月營收新台幣37億元。", PUB)
    assert entity_of(df, "約310億日元") == "Sakura Internet"
    assert entity_of(df, "6亿元") == "Robotera"
    assert entity_of(df, "3亿元") == "Linkerbot"
    assert entity_of(df, "271亿元") == "Sanhua Intelligent Controls"
    assert entity_of(df, "152亿元") == "CaoCao Mobility"


def test_taiwan_transliterations_and_gold_canonical_names():
    df = facts_of_text("美股週報\n那斯達克綜合指數週跌1.7%。費城半導體指數週漲2.6%。"
                       "科林研發第三季營收52億美元。润泽科技2024年营收41亿元。", PUB)
    assert entity_of(df, "跌1.7%") == "Nasdaq Composite"
    assert entity_of(df, "2.6%") == "PHLX Semiconductor Index"
    assert entity_of(df, "52億美元") == "Lam Research"
    assert entity_of(df, "41亿元") == "Runze Technology (Range Intelligent Computing)"


def test_alias_inside_a_common_phrase_names_no_firm():
    # 世界先进水平 (world-class level) holds the alias 世界先进 (Vanguard) without naming it
    df = facts_of_text("公司点评\n星桥电子的封装良率达到世界先进水平，2024年营收增长23%。", PUB)
    assert entity_of(df, "23%") != "Vanguard International Semiconductor"


# ---- markets named in Chinese are translated word by word ------------------------------------

def test_market_names_are_translated():
    df = facts_of_text("行业周报\n2024年中国在线教育市场规模约2870亿元。\n全球AI音樂生成市場規模約17億美元。\n"
                       "全球邊緣AI市場約260億美元。中国网约车市场规模约2950亿元。", PUB)
    assert entity_of(df, "约2870亿元") == "China online education market"
    assert entity_of(df, "約17億美元") == "Global AI music generation market"
    assert entity_of(df, "約260億美元") == "Global edge AI market"
    assert entity_of(df, "约2950亿元") == "China ride-hailing market"


def test_market_already_translated_is_unchanged():
    df = facts_of_text("行业周报\n2024年中国智能音箱市场规模约190亿元。中国互联网广告市场规模约6400亿元。", PUB)
    assert entity_of(df, "约190亿元") == "China smart speaker market"
    assert entity_of(df, "约6400亿元") == "China internet advertising market"
    # a market with a word still unknown keeps no partial English name
    df = facts_of_text("行业周报\n全球存储控制芯片市场规模约18亿美元。", PUB)
    assert "market" not in entity_of(df, "约18亿美元")


# ---- a sum over listed firms: its members and its name ---------------------------------------

def test_sum_over_listed_firms_is_named_a_b_and_c():
    df = facts_of_text("创投月报\n字节跳动、阿里巴巴与腾讯三季度合计资本开支约1020亿元。", PUB)
    assert entity_of(df, "约1020亿元") == "ByteDance, Alibaba and Tencent"
    df = facts_of_text("创投月报\n英伟达与AMD两家资本开支合计超过130亿美元。", PUB)
    assert entity_of(df, "超过130亿美元") == "Nvidia and AMD"


def test_members_are_the_names_listed_before_the_count():
    # the listed firms are not in the lexicon: the sum is theirs, never three firms named earlier
    df = facts_of_text("创投月报\n字节跳动、阿里巴巴与腾讯三季度合计资本开支约1020亿元。\n"
                       "云杉智能、北辰机器人与Nimbus Robotics三家合计融资约19亿元。", PUB)
    assert entity_of(df, "约19亿元") == "Yunshan, Beichen and Nimbus Robotics"


def test_fixed_group_keeps_its_group_name():
    df = facts_of_text("云厂商周报\n微软、谷歌、Meta、亚马逊四家合计资本开支约1130亿美元。", PUB)
    assert entity_of(df, "约1130亿美元") == "Big-4 US cloud providers"


# ---- stock codes in brackets are never the entity --------------------------------------------

def test_name_before_a_code_bracket_is_the_entity():
    df = facts_of_text("港股周报\n云途智能（YTAI.US / 0888.HK）三季度营收4,260万美元。\n"
                       "禾赛（HSAI.O）三季度营收7.9亿元。\n地平线机器人（9660.HK）三季度营收8.4亿元。", PUB)
    assert entity_of(df, "4,260万美元") == "Yuntu"
    assert entity_of(df, "7.9亿元") == "Hesai"
    assert entity_of(df, "8.4亿元") == "Horizon Robotics"


def test_a_ticker_of_another_firm_in_the_bracket_names_nothing():
    # 9999.HK is NetEase's code in the lexicon; here it lists the firm named before it
    df = facts_of_text("港股周报\n星海智能（XHAI.US / 9999.HK）三季度营收3,170万美元。", PUB)
    assert entity_of(df, "3,170万美元") == "Xinghai"


def test_known_firm_with_its_own_ticker_is_unchanged():
    df = facts_of_text("美股周报\n英伟达（NVDA.O）三季度营收570亿美元。", PUB)
    assert entity_of(df, "570亿美元") == "Nvidia"


# ---- a bullet headed by a firm no lexicon row holds ------------------------------------------

def test_unknown_bullet_head_is_the_subject_not_the_previous_bullet():
    df = facts_of_text("出行周报\n· 小马智行：Robotaxi车队约1,100辆。\n· 云起智行：Robotaxi车队约470辆。\n"
                       "• Nimbus Robotics：据报道正以约65亿美元估值洽谈融资。", PUB)
    assert entity_of(df, "约1,100") == "Pony.ai"
    assert entity_of(df, "约470") == "Yunqizhixing"
    assert entity_of(df, "约65亿美元") == "Nimbus Robotics"


def test_bullet_labels_and_continuations_name_no_firm():
    # a label bullet (说明), a metric bullet (营收) and a continuation line keep the firm
    df = facts_of_text("公司周报\n· 腾讯：三季度营收1929亿元。\n其中海外收入占比升至41%。\n"
                       "- 营收：三季度营收1937亿元。\n", PUB)
    assert entity_of(df, "41%") == "Tencent"
    assert entity_of(df, "1937亿元") == "Tencent"
    # section labels with no firm heading the list are not firms
    df = facts_of_text("行业周报\n腾讯三季度营收1929亿元。\n· 需求端：AI服务器出货量约52万台。", PUB)
    assert entity_of(df, "约52万") != "Xuqiuduan"


# ---- named groups --------------------------------------------------------------------------

def test_memory_makers_and_traditional_cloud_group():
    df = facts_of_text("存储周报\n三大原厂明年NAND资本开支合计约230亿美元。\n"
                       "美國四大雲端服務商今年資本支出合計約4100億美元。", PUB)
    assert entity_of(df, "约230亿美元") == "Samsung, SK hynix and Micron"
    assert entity_of(df, "約4100億美元") == "Big-4 US cloud providers"
    df = facts_of_text("存储周报\n三星、SK海力士与美光三家合计资本开支约520亿美元。", PUB)
    assert entity_of(df, "约520亿美元") == "Samsung, SK hynix and Micron"
    # near-miss: the telecom group keeps its name
    df = facts_of_text("通信周报\n三大运营商资本开支合计约2900亿元。", PUB)
    assert entity_of(df, "约2900亿元") == "China's three telecom operators"


# ---- English amounts with a currency before them are never names -----------------------------

def test_currency_prefixed_amount_is_no_entity_and_twins_merge():
    df = facts_of_text("京东集团三季度业绩点评\nEN: Total revenue was RMB97.4 billion, up 12% year-over-year.\n"
                       "中：总收入974亿元，同比增长12%。\nThe RMB13.1 billion net income beat consensus.\n", PUB)
    assert entity_of(df, "RMB97.4 billion") == "JD.com"
    assert entity_of(df, "RMB13.1 billion") == "JD.com"
    assert set(df["entity"]) == {"JD.com"}
    # one row per claim: the Chinese twin of the revenue is the same claim
    assert (df["value"] == 9.74e10).sum() == 1


def test_latin_firm_name_with_a_digit_is_still_a_name():
    # near-miss: a model or firm name holding digits stays a name
    df = facts_of_text("模型周报\nZeta-9 Pro参数量3000亿。", PUB)
    assert entity_of(df, "3000亿") == "Zeta-9 Pro"
