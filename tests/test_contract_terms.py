"""Deals of compute and data-centre capacity (invented text): a term written N年期 is the
contract's or lease's term, never a year or a doubling time; on a roundup line ``A × B：`` the
contract is A's purchase (capex), dated by the month the roundup covers."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 4, 8)


def _cols(row):
    return row["theme"], row["entity"], row["metric"], row["value"], row["unit"]


def test_a_lease_term_written_n_nian_qi():
    df = facts_of_text("星河数据科技公告，公司与某云厂商签订12年期、容量200MW的租约，合同总金额约80亿美元。", PUB)
    assert _cols(row_of(df, "12年")) == ("capex", "Xinghe", "lease_term", 12.0, "years")
    assert row_of(df, "约80亿美元")["theme"] == "capex"


def test_a_contract_term_before_or_after_the_amount():
    df = facts_of_text("去年9月，甲骨文签订5年期、价值3000亿美元的云计算合同。", PUB)
    assert _cols(row_of(df, "5年")) == ("capex", "Oracle", "contract_term", 5.0, "years")
    assert row_of(df, "5年")["period"] == "2025-09"
    df = facts_of_text("云擎科技签下28亿美元、六年期GPU算力合约。", PUB)
    row = row_of(df, "六年")
    assert (row["metric"], row["value"], row["theme"]) == ("contract_term", 6.0, "capex")


def test_a_lease_amount_is_capex():
    df = facts_of_text("微软与星河数据科技签订15年期的数据中心租约，租约总价值约90亿美元。", PUB)
    assert _cols(row_of(df, "约90亿美元")) == ("capex", "Microsoft", "lease_contract", 9e9, "USD")
    assert row_of(df, "15年")["metric"] == "lease_term"


def test_a_deal_pair_line_is_the_first_name_buying():
    text = ("AI基础设施交易月报（2026年3月）\n\n一、本月重点交易\n\n"
            "- 微软 × 岚峰智能：微软签下63亿美元、五年期GPU算力合约。\n"
            "- 亚马逊 × 云擎科技：签订价值40亿美元、7年期的GPU算力协议。\n"
            "- 谷歌 × 星河数据科技：去年9月签订12年期租约，租约总价值约20亿美元。\n")
    df = facts_of_text(text, PUB)
    for text, entity, metric, period in (("63亿美元", "Microsoft", "compute_contract", "2026-03"),
                                         ("五年", "Microsoft", "contract_term", "2026-03"),
                                         ("40亿美元", "Amazon", None, "2026-03"),
                                         ("7年", "Amazon", "contract_term", "2026-03"),
                                         ("12年", "Google", "lease_term", "2025-09"),
                                         ("约20亿美元", "Google", None, "2025-09")):
        row = row_of(df, text)
        assert (row["theme"], row["entity"], row["period"]) == ("capex", entity, period), text
        assert metric is None or row["metric"] == metric, text


def test_a_seller_winning_a_contract_keeps_its_order_intake():
    # near-miss: with no deal-pair line, 签下 is the seller's order intake
    df = facts_of_text("云擎科技签下63亿美元GPU算力合约。", PUB)
    assert tuple(row_of(df, "63亿美元")[["theme", "metric"]]) == ("earnings", "new_contracts")


def test_a_bond_tenor_or_a_span_is_no_term():
    # near-misses: a treasury's tenor, a span written 期间, a 为期 horizon
    df = facts_of_text("10年期美债收益率升至4.5%，公司与客户签订的合同总额为20亿元。", PUB)
    assert not (df["unit"] == "years").any()
    df = facts_of_text("该协议在五年期间内分批交付，合同总额为20亿元。", PUB)
    assert not (df["unit"] == "years").any()
    df = facts_of_text("英伟达近10年营收增长了20倍，2012年营收仅40亿美元。", PUB)
    assert not (df["unit"] == "years").any()
