"""Round 47, entity accuracy on found rows: an unknown firm's courier, broadband, cold-chain or
satellite type word is peeled, not spelt in pinyin; a masthead short name cut inside a
descriptor is named from the issuer's full name; a filing's incorporation clause and its
"本公司及其附属公司" group are no firm's names; an interview's or founder's byline names the firm
its first-person figures are about. Invented texts and names throughout."""
from __future__ import annotations

from aigc_analysis.extract.facts import _DocExtractor
from aigc_analysis.extract.names import english_name, find_unknown_names, firm_english
from tests.text_facts import facts_of


def _entity_of(text: str, quote: str) -> str:
    rows = facts_of(text)
    hit = rows[rows["quote"].str.contains(quote, regex=False)]
    assert len(hit) >= 1, rows[["entity", "metric", "value", "text"]].to_string()
    return hit.iloc[0]["entity"]


def test_courier_broadband_cold_chain_and_satellite_words_are_peeled():
    assert firm_english("澜网宽带") == "Lanwang"
    assert english_name("澜网宽带") == "Lanwang Broadband"
    assert firm_english("岚驰速运") == "Lanchi"
    assert firm_english("冰岫冷链物流") == "Bingxiu"
    assert english_name("冰岫冷链物流") == "Bingxiu Cold Chain Logistics"
    assert firm_english("鸿屿星网") == "Hongyu"
    assert firm_english("深岚国际货运代理") == "Shenlan"


def test_type_word_near_misses():
    # one character before the type word is no trade name alone: the type word stays, in English
    assert firm_english("华宽带") == "Hua Broadband"
    # the other type words are unchanged: 物流 alone after the trade name
    assert english_name("冰岫物流") == "Bingxiu Logistics"


def test_masthead_short_name_named_from_the_full_name():
    ex = _DocExtractor.__new__(_DocExtractor)
    ex.ptext = "证券代码：688999　证券简称：澜芯微　公告编号：2025-012\n\n澜芯微电子科技（苏州）股份有限公司\n关于核心技术人员离职的公告\n"
    assert ex._masthead_full_name("澜芯微", 16) == "澜芯微电子科技"
    assert firm_english(ex._masthead_full_name("澜芯微", 16)) == "Lanxin"


def test_masthead_full_name_near_misses():
    ex = _DocExtractor.__new__(_DocExtractor)
    # the short name runs on inside a title, not opening the full name's line
    ex.ptext = "证券简称：澜芯微\n关于澜芯微全资子公司澜芯科技有限公司的公告\n"
    assert ex._masthead_full_name("澜芯微", 8) is None
    # no legal form after it
    ex.ptext = "证券简称：澜芯微\n澜芯微董事会\n"
    assert ex._masthead_full_name("澜芯微", 8) is None


def test_masthead_issuer_figures_carry_the_full_names_firm():
    text = ("证券代码：688999　　证券简称：澜芯微　　公告编号：2025-012\n\n"
            "澜芯微电子科技（苏州）股份有限公司\n关于核心技术人员离职的公告\n\n"
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n"
            "任职期间，李某先生参与申请发明专利17项，其中已获授权9项。\n")
    assert _entity_of(text, "发明专利17项") == "Lanxin"


def test_incorporation_clause_is_no_firm():
    text = "岚汇数码银行有限公司\n（於香港註冊成立之有限公司）\n截至二零二五年六月三十日止六個月中期業績公告\n"
    names = [text[n.start:n.end] for n in find_unknown_names(text)]
    assert "於香港註冊成立之有限公司" not in names
    assert any(n.startswith("岚汇数码银行") for n in names)


def test_group_definition_is_the_issuers_not_a_new_firm():
    text = ("岚骏通讯控股有限公司\n（於百慕達註冊成立之有限公司）（股份代號：9317）\n\n"
            "截至二零二四年十二月三十一日止六個月之中期業績公告\n\n"
            "岚骏通讯控股有限公司（「本公司」）董事會欣然宣佈本公司及其附屬公司（「本集團」）"
            "截至二零二四年十二月三十一日止六個月之未經審核綜合業績。\n"
            "本集團收入為港幣52.6億元，按年上升6.1%。\n")
    rows = facts_of(text)
    assert not any("Dongshi" in e for e in rows["entity"]), rows[["entity", "text"]].to_string()
    assert _entity_of(text, "52.6億元") == "Lanjun"


def test_byline_firm_is_the_interviews_subject():
    text = ("【岚谷访谈】第12期｜对话岚栖智能陈屿：大模型公司怎么活下来\n"
            "发布时间：2025年6月10日\n主持人：周岚　　嘉宾：陈屿（岚栖智能创始人兼CEO）\n\n"
            "周岚：陈总，今年收入大概多少？\n"
            "陈屿：我们今年的收入大概是三亿元，毛利率百分之四十左右。\n")
    assert _entity_of(text, "三亿元") == "Lanqi"


def test_byline_near_misses():
    ex = _DocExtractor.__new__(_DocExtractor)
    # a former vice president of an unnamed big firm names no firm
    ex.ptext = "嘉宾：陈屿（前某大厂副总裁）\n"
    assert ex._byline_firm([]) is None
    # a founder named outside any byline is no subject
    ex.ptext = "岚栖智能创始人陈屿表示，公司今年收入三亿元。\n"
    assert ex._byline_firm([]) is None
    # two bylines naming two firms: neither leads
    ex.ptext = "嘉宾：陈屿（岚栖智能创始人）\n嘉宾：王岫（澄屿科技创始人）\n"
    assert ex._byline_firm([]) is None
