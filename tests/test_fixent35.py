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

