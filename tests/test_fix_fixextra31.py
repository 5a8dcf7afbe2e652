"""Precision (fixextra31): numbers that state no claim.

免费 as a standing state or as a noun (``基本免费``, ``对话本身免费``, ``免费+增值``, ``免费是底线``,
``免费大模型``, ``免费订阅的简报``) is no price cut to zero; a duration glued to 期 (``一年期合约价``,
``三年期以上合约``) is the tenor a price is quoted for, no duration. A service made free
(``宣布全面免费``) and a contract's term (``合同期限3年``) stay rows.

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


def test_a_tenor_glued_to_qi_is_no_duration():
    f = facts_of("据撮合平台报价，Z100一年期合约价已跌至每GPU小时1.7美元左右。注：口径为三年期以上合约的中位数报价。", DAY)
    assert not f["unit"].isin(["years", "months"]).any(), f[["metric", "value", "unit", "text"]].to_string()
    assert (f["value"] == 1.7).any()


def test_a_contract_term_stays_a_duration():
    f = facts_of("青岚数据公告与客户签订算力服务合同，金额约4.2亿元，服务期限3年。", DAY)
    assert ((f["unit"] == "years") & (f["value"] == 3.0)).any(), f[["metric", "value", "unit", "text"]].to_string()
