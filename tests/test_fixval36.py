"""Wrong values and units of figures the extractor does find (fixer fixval36).

Three general rules, each seen in several triage sets:

* a loss or fall keyword signs the figures of its own ；-segment only: an amount a later segment
  or sentence states (liabilities, claims filed, a segment's revenue) keeps its own sign even
  when the loss's metric is carried on to it;
* a Traditional-script report writes its bare 元 in the currency of the first market it names,
  from its first line; a Hong Kong paper names its territory (本港), legislature and government
  by their own words, and 港纸 is the Hong Kong dollar as Cantonese speech writes it;
* a per-share unit label (``发行价（元/股）``) is money in the currency, as ``元/股`` in prose is.

Every example is invented: the sentences and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from helpers_text import facts_of_text, row_of

from aigc_analysis.extract.quantities import find_quantities, parse_unit_label

DAY = dt.date(2025, 10, 20)


# ---- a loss's sign stays in its own segment --------------------------------------------------

def test_loss_sign_does_not_reach_the_next_semicolon_segment():
    text = "某智算公司2024年营业收入3.12亿元，净亏损2.07亿元；截至年末，负债总额7.35亿元。\n"
    facts = facts_of_text(text, DAY)
    assert row_of(facts, "净亏损2.07亿元")["value"] == -2.07e8
    assert row_of(facts, "7.35亿元")["value"] == 7.35e8


def test_loss_sign_does_not_reach_the_next_sentence():
    text = "该公司去年净亏损1.64亿元。截至申报期届满，共有29户债权人申报债权，申报总额4.46亿元。\n"
    facts = facts_of_text(text, DAY)
    assert row_of(facts, "4.46亿元")["value"] == 4.46e8


def test_loss_sign_still_signs_a_comparison_in_its_segment():
    text = "某云服务商本季净亏损2.3亿元，去年同期为5.6亿元。\n"
    facts = facts_of_text(text, DAY)
    assert row_of(facts, "5.6亿元")["value"] == -5.6e8


def test_loss_word_after_the_amount_still_signs_it():
    text = "某芯片公司本季经营亏损约0.2亿美元，较上季的0.8亿美元亏损明显收窄。\n"
    facts = facts_of_text(text, DAY)
    assert row_of(facts, "0.8亿美元")["value"] == -0.8e8


# ---- the currency of a bare 元 ------------------------------------------------------------

def test_taiwan_report_amount_before_its_first_taiwan_word_is_twd():
    text = ("本週全市場權證日均成交值約38.4億元，較上週減少6.2%。\n"
            "台積電股價本週下跌1.7%，鴻海上漲2.9%。\n")
    facts = facts_of_text(text, DAY)
    assert row_of(facts, "約38.4億元")["unit"] == "TWD"


def test_simplified_report_amount_before_a_taiwan_word_stays_cny():
    # the scope rule is for Traditional-script documents only (a simplified note writes yuan)
    text = "本周两市日均成交额约9800亿元。台积电股价本周下跌1.7%。\n"
    facts = facts_of_text(text, DAY)
    assert row_of(facts, "约9800亿元")["unit"] == "CNY"


def test_hong_kong_paper_names_its_territory():
    text = ("有研究指出，本港約有3萬個文職崗位或受人工智能影響。\n"
            "政府已在本年度預算中預留3億元，推行為期兩年的數碼技能培訓計劃。\n")
    facts = facts_of_text(text, DAY)
    assert row_of(facts, "3億元")["unit"] == "HKD"


def test_cantonese_hong_kong_dollar_word():
    q = [x for x in find_quantities("今日北水淨買入大约185亿港纸") if x.kind == "money"]
    assert [(x.value, x.unit) for x in q] == [(1.85e10, "HKD")]


# ---- a per-share label -------------------------------------------------------------------

def test_per_share_label_is_money_in_its_currency():
    assert parse_unit_label("元/股") == (Decimal(1), "CNY")
    assert parse_unit_label("（港元/股）") == (Decimal(1), "HKD")


def test_issue_price_column_in_yuan_per_share():
    text = ("表1　科创板AI公司IPO条款\n"
            "公司　　　上市日期　　　发行价（元/股）　募资总额（亿元）\n"
            "甲芯科技　2025-03-12　　47.85　　　　　　21.60\n"
            "资料来源：公司公告\n")
    facts = facts_of_text(text, DAY)
    row = row_of(facts, "47.85")
    assert (row["value"], row["unit"]) == (47.85, "CNY")
