"""A stock's own trading figures beside a market named earlier (fixer fixent35).

A turnover or margin balance with no name in its clause is the market's named last, but when the
sentence itself names a company after that market and before the clause, the figure is that
company's: a weekly margin report titled with 两融 lists ``寒武纪（688256）：融资余额...`` lines.

Every example is invented: the sentences and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

DAY = dt.date(2025, 9, 15)
MARKET = "A-share market (Shanghai and Shenzhen markets)"


def test_margin_balance_of_a_stock_line_under_a_market_heading():
    text = ("两融周报：融资客继续加仓\n\n"
            "· 寒武纪（688256）：截至9月12日融资余额71.25亿元，居两市第五。\n")
    assert entity_of(facts_of_text(text, DAY), "71.25亿元") == "Cambricon"


def test_turnover_after_a_stock_move_in_the_same_sentence():
    text = ("两融周报：融资客继续加仓\n\n"
            "· 中际旭创（300308）涨4.16%，成交额63.7亿元，居两市第三。\n")
    assert entity_of(facts_of_text(text, DAY), "63.7亿元") == "Innolight"


def test_market_turnover_with_the_market_in_its_clause_stays_the_market():
    text = ("两融周报：融资客继续加仓\n\n"
            "· 中际旭创（300308）涨4.16%。\n"
            "本周沪深两市成交额合计10.37万亿元，较上周放量。\n")
    assert entity_of(facts_of_text(text, DAY), "10.37万亿元") == MARKET


def test_bare_turnover_in_a_sentence_of_its_own_is_the_market_named_before():
    # no firm in the turnover's own sentence: the market of the heading is still its subject
    text = ("两融周报：融资客继续加仓\n\n"
            "中际旭创（300308）本周涨4.16%。\n"
            "本周日均成交额2.16万亿元，较上周放量。\n")
    assert entity_of(facts_of_text(text, DAY), "2.16万亿元") != "Innolight"


# --- a numbered item headed by a name and a colon --------------------------------------------
# ``1）某银行：大模型已在...场景落地``: as in a bulleted line, a concept of the item (大模型 -> large
# models) is no subject; the figures are the head's. A short bracketed note on the head
# (a stock code, 未上市) does not break the head from its colon.

BANKS = "银行业AI应用观察\n\n"


def test_numbered_item_head_owns_the_figures_of_a_concept():
    text = BANKS + "1）工商银行：大模型已在260余个场景落地，全年调用量超过12亿次。\n"
    df = facts_of_text(text, DAY)
    assert entity_of(df, "260余") == "ICBC"
    assert entity_of(df, "超过12亿") == "ICBC"


def test_bracketed_item_number_before_the_head():
    text = BANKS + "（3）中国银行：大模型辅助代码生成占新增代码比例约两成。\n"
    assert entity_of(facts_of_text(text, DAY), "约两成") == "Bank of China"


def test_bulleted_head_with_a_stock_code_note_before_its_colon():
    text = BANKS + "· 招商银行（600036）：大模型已覆盖140余个业务场景。\n"
    assert entity_of(facts_of_text(text, DAY), "140余") == "China Merchants Bank (CMB)"



# --- a place money goes to is not the investor ------------------------------------------------
# ``某公司宣布在某国累计投资50亿美元``: 在/对 + place + 投资 names where the money goes; the
# company named before it in the sentence invests.

def test_place_after_zai_is_not_the_investor():
    text = "海外AI基建观察\n\n今年11月，亚马逊宣布2024年至2030年在沙特累计投资53亿美元。\n"
    assert entity_of(facts_of_text(text, DAY), "53亿美元") == "Amazon"


def test_a_place_that_invests_itself_stays_the_subject():
    text = "海外AI基建观察\n\n沙特计划投资400亿美元建设数据中心。\n"
    assert entity_of(facts_of_text(text, DAY), "400亿美元") == "Saudi Arabia"


# --- a concept's revenue in a sentence headed by a company ------------------------------------
# ``● 某公司仍在修复期：三季度数据中心与AI收入46亿美元``: a concept before the revenue keyword of a
# sentence opening with a company is the company's segment, though words part it from 收入.

CHIPS = "芯片巨头季报速览\n\n"


def test_concept_revenue_in_a_bulleted_sentence_headed_by_a_company():
    text = CHIPS + "● 英特尔仍在修复期：三季度数据中心与AI收入46亿美元，同比下降3%。\n"
    df = facts_of_text(text, DAY)
    assert entity_of(df, "46亿美元") == "Intel Data Center"
    assert entity_of(df, "下降3%") == "Intel Data Center"


def test_concept_revenue_after_a_company_topic_opening():
    text = CHIPS + "AMD方面，2024年数据中心GPU收入超过60亿美元。\n"
    assert entity_of(facts_of_text(text, DAY), "超过60亿美元") == "AMD Data Center"


def test_concept_figure_of_a_sentence_with_no_company_stays_the_concept():
    text = CHIPS + "全球数据中心资本开支约4000亿美元。\n"
    assert entity_of(facts_of_text(text, DAY), "约4000亿美元") == "Global data centres"


def test_concept_of_a_clause_of_its_own_before_the_keyword_is_no_segment():
    # 存储价格上涨将压缩手机毛利率: the memory price is a cause, not a segment of the company
    text = CHIPS + "小米方面，券商认为DRAM价格上涨将压缩手机毛利率约1.5个百分点。\n"
    assert entity_of(facts_of_text(text, DAY), "约1.5个百分点") != "Xiaomi DRAM"
