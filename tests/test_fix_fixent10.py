"""Entity linking fixes (branch fixent10): market-wide names that are no subject of a firm's
figures, ...

Every example is invented (星河微, 云栈科技, 鸿远电子 exist in no report; their codes are unused).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

DAY = dt.date(2025, 11, 20)


def _f(text: str):
    return facts_of_text(text, DAY)


def test_a_share_class_is_no_subject_of_an_issue():
    f = _f("一、星河微（688000）：定增发行结果落地\n"
           "公司公告向特定对象发行A股股票发行情况报告书，本次发行价格为312.50元/股，"
           "扣除发行费用后募资净额约6.51亿元。")
    assert entity_of(f, "312.50元") == "Xinghewei"
    assert entity_of(f, "约6.51亿元") == "Xinghewei"


def test_the_exchange_a_firm_lists_on_is_no_subject():
    f = _f("云栈科技于5月8日以每股22美元的价格在纳斯达克上市，募资约8亿美元。")
    assert entity_of(f, "约8亿美元") == "Yunzhan Technology"


def test_a_listing_before_a_target_price_is_the_firms_shares():
    f = _f("云栈科技收入增速提升至28%；维持“买入”评级，美股目标价由60美元上调至72美元，对应2026年约25倍PE。")
    assert entity_of(f, "72美元") == "Yunzhan Technology"
    assert entity_of(f, "约25倍") == "Yunzhan Technology"


def test_the_index_a_firm_weighs_in_is_the_whole_not_the_subject():
    f = _f("截至11月11日，鸿远电子（300999）市值约2.1兆元，占加权指数权重约6%。")
    assert entity_of(f, "约6%") == entity_of(f, "约2.1兆元") != "TAIEX"
