"""Precision (fixextra31): numbers that state no claim.

免费 as a standing state or as a noun (``基本免费``, ``对话本身免费``, ``免费+增值``, ``免费是底线``,
``免费大模型``, ``免费订阅的简报``) is no price cut to zero, while a service made free
(``宣布全面免费``) stays a row. The cards one machine holds (``搭载8张H100的服务器``,
``8卡HGX H100服务器``), a switching speed in bits per second (``102.4 Tbps``) and a process node
written in Japanese (``2ナノ``) are grades or configurations, no counts. A contract's term
(``服务期限3年``) stays a row.

Every example is invented: the firms, products and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2026, 3, 31)


def _free_rows(text: str):
    f = facts_of(text, DAY)
    return f[(f["unit"] == "ratio") & (f["value"] == -1.0)]


def test_free_as_a_state_or_a_noun_is_no_price_cut():
    for text in ("国内主流对话助手基本免费，会员收费集中在长文档功能。",
                 "澜舟助手的付费逻辑不同：对话本身免费，付费的是长视频生成。",
                 "订阅价格战：国内会员走向“免费+增值”。",
                 "二、国内：免费是底线，会员卖的是额度。",
                 "【观察】海澄：补贴算力与“免费大模型”大战",
                 "本刊为免费订阅的行业简报。"):
        assert _free_rows(text).empty, text


def test_a_service_made_free_stays_a_price_cut():
    rows = _free_rows("3月12日，澜舟科技宣布澜舟Lite API全面免费，即刻生效。")
    assert len(rows) == 1 and rows.iloc[0]["metric"].startswith("price_change")


def _counts(text: str):
    f = facts_of(text, DAY)
    return f[f["unit"] == "count"]


def test_the_cards_one_machine_holds_are_no_count():
    # 8张 before the chip, 8卡 before a platform's name and the chip: one server's configuration
    assert _counts("据调研，搭载8张H100的训练服务器整机月租约为9万元。").empty
    assert _counts("以8卡HGX H100服务器为例，整机价值量约25万美元。").empty
    # a purchase of ten thousand cards is a count
    rows = _counts("澜舟科技今年采购了1万张H100。")
    assert list(rows["value"]) == [10000.0]


def test_a_switching_speed_in_bits_per_second_is_a_grade():
    f = facts_of("澜芯AI业务新客户下单6亿美元。51.2 Tbps 的 Z-Switch 5 交换芯片已批量出货。", DAY)
    assert not (f["value"] == 51.2).any(), f[["metric", "value", "unit", "text"]].to_string()


def test_a_process_node_in_japanese_is_no_count():
    assert _counts("澜芯计划2028年量产「2ナノ」制程芯片。").empty


def test_a_contract_term_stays_a_duration():
    f = facts_of("青岚数据公告与客户签订算力服务合同，金额约4.2亿元，服务期限3年。", DAY)
    assert ((f["unit"] == "years") & (f["value"] == 3.0)).any(), f[["metric", "value", "unit", "text"]].to_string()
