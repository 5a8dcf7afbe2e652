"""Entity names (invented texts): a Latin term's bracketed gloss inside an index name, names in
full-width Latin, share classes of a listed group, a known short alias opening a longer firm
name, bold item heads, and market words."""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

PUB = dt.date(2025, 11, 20)


def test_bracketed_gloss_before_concept_index_is_left_out():
    df = facts_of_text("行业周报\nAIGC（生成式内容）概念指数跌2.1%。XR（扩展现实）概念指数涨1.4%。"
                       "CPO概念指数涨3.3%。", PUB)
    assert entity_of(df, "跌2.1%") == "AIGC Concept Index"
    assert entity_of(df, "1.4%") == "XR Concept Index"
    # near-miss: a term glued to the suffix keeps its name
    assert entity_of(df, "3.3%") == "CPO Concept Index"


def test_full_width_latin_row_label_is_folded():
    df = facts_of_text("行业周报\n| 公司 | 国家 | 融资额（亿美元） |\n|---|---|---|\n| Anthropic | 美国 | 130 |\n"
                       "| Ｎｏｖａ　Ｆｏｒｇｅ | 美国 | 20 |\n| Quill Works | 美国 | 7 |\n", PUB)
    assert entity_of(df, "20") == "Nova Forge"
    assert entity_of(df, "7") == "Quill Works"  # near-miss: an ASCII label is unchanged


def test_share_class_is_the_listed_group():
    df = facts_of_text("美股周报\n谷歌A跌0.1%。谷歌云收入增长34%。谷歌AI业务收入增长20%。", PUB)
    assert entity_of(df, "跌0.1%") == "Alphabet"
    assert entity_of(df, "34%") == "Google Cloud"  # near-miss: the cloud arm stays
    assert entity_of(df, "20%") == "Google"  # 谷歌AI is no share class


def test_known_short_alias_opening_a_longer_firm_name():
    df = facts_of_text("行业周报\n京东方2025年营收约2000亿元。京东2025年营收约1.2万亿元。", PUB)
    assert entity_of(df, "约2000亿元") == "BOE Technology"
    assert entity_of(df, "约1.2万亿元") == "JD.com"


def test_bold_heads_name_their_items_firm():
    df = facts_of_text("行业周报\n**OpenAI**：估值达到5000亿美元。\n**Orbital Compute Labs**：传出以300亿美元估值融资。\n"
                       "**暗面智能（Kimi）**：月活用户达到3000万。\n", PUB)
    assert entity_of(df, "5000亿美元") == "OpenAI"
    assert entity_of(df, "300亿美元") == "Orbital Compute Labs"
    # the bracket holds the firm's product: the subject is its maker, not the product
    assert entity_of(df, "3000万") == "Moonshot AI"


def test_bold_label_heads_name_no_firm():
    # near-miss: a bold label of the trade's words is no firm; the previous item's firm stays
    df = facts_of_text("行业周报\n**OpenAI**：估值达到5000亿美元。\n**Key Data**：营收增长20%。\n"
                       "**Risk Factors**：营收增速放缓至15%。\n", PUB)
    assert entity_of(df, "20%") == "OpenAI"
    assert entity_of(df, "15%") == "OpenAI"


def test_market_words_tutoring_licensing_inspection():
    df = facts_of_text("行业周报\n2025年中国AI陪练市场规模约30亿元。全球AI训练数据授权市场规模约40亿美元。"
                       "中国工业AI质检市场规模约50亿元。", PUB)
    assert entity_of(df, "约30亿元") == "China AI tutoring market"
    assert entity_of(df, "约40亿美元") == "Global AI training data licensing market"
    assert entity_of(df, "约50亿元") == "China industrial AI quality inspection market"


def test_person_shareholder_is_named_in_pinyin():
    df = facts_of_text("公司点评\n| 股东 | 持股比例 |\n|---|---|\n| 王志远 | 4.10% |\n| 欧阳明 | 2.5% |\n"
                       "| 星衡智能科技 | 3.2% |\n", PUB)
    assert entity_of(df, "4.10%") == "Wang Zhiyuan"
    assert entity_of(df, "2.5%") == "Ouyang Ming"  # a two-character surname
    # near-miss: a firm's name under the same column is no person
    assert entity_of(df, "3.2%") != "Xing Hengzhinengkeji"


def test_name_under_a_firm_column_is_no_person():
    # near-miss: the same characters under a firm column keep the firm reading
    df = facts_of_text("行业周报\n| 公司 | 市场份额 |\n|---|---|\n| 王志远 | 4.10% |\n", PUB)
    assert entity_of(df, "4.10%") != "Wang Zhiyuan"


def test_subsidiary_and_peer_after_their_opener_are_firms_of_their_own():
    df = facts_of_text("公司点评\n星联芯科（300999.SZ）2025年三季报点评\n公司前三季度营收12亿元。"
                       "子公司恒岳存储前三季度实现收入约6.1亿元。同业中，华南电子营收约95亿元。", PUB)
    assert entity_of(df, "约6.1亿元") == "Hengyue"
    assert entity_of(df, "约95亿元") == "Huanan"
    # near-miss: 公司 stays the covered company
    assert entity_of(df, "12亿元") == entity_of(df, "12亿元") and entity_of(df, "12亿元") not in (
        "Hengyue", "Huanan")


def test_count_of_subsidiaries_names_no_firm():
    # near-miss: 子公司 followed by a count is no firm's name
    df = facts_of_text("公司点评\n星联芯科（300999.SZ）2025年三季报点评\n子公司数量增至12家。公司前三季度营收12亿元。", PUB)
    assert entity_of(df, "12亿元") not in ("Shuliang", "Shu Liang")


def test_well_known_firms_by_their_english_names():
    df = facts_of_text("行業週報\n| 公司 | 代碼 | 收市價（港元） |\n|---|---|---|\n| 小鵬汽車 | 09868 | 80.2 |\n"
                       "| 晶泰控股 | 02228 | 9.8 |\n", PUB)
    assert entity_of(df, "80.2") == "XPeng"
    assert entity_of(df, "9.8") == "XtalPi"
