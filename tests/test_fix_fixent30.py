"""In an announcement digest a subsidiary that signs or wins a deal (``全资子公司与某客户签订``,
``控股子公司签订``, ``全资子公司X科创签订``) is the listed parent's vehicle: the contract's figures
are the announcing company's, never a name made of the clause after the opener.

Every example is invented (青禾数据, 澄星科技 and 岚帆控股 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.names import opened_firms
from tests.text_facts import facts_of

DIGEST = """【公告速递】算力合同汇总
一、重大合同
1. 青禾数据（300999.SZ）｜公告编号：2025-071｜公告日：2025年9月19日
· 全资子公司与某互联网客户签订《算力服务合同》，合同总金额12.68亿元（含税）。
2. 澄星科技（600999.SH）｜控股子公司签订智算服务合同
控股子公司签订智算服务合同，合同金额为3.16亿元，合同期3年。
3. 岚帆控股（600998.SH）｜公告编号：2025-066
· 全资子公司岚帆科创签订算力租赁合同，总金额2.47亿元，算力规模500P。
"""


def _entities() -> dict[str, str]:
    f = facts_of(DIGEST, dt.date(2025, 9, 26))
    return dict(zip(f["text"], f["entity"]))


def test_a_deal_signed_through_a_subsidiary_is_the_announcing_company_s():
    e = _entities()
    assert e["12.68亿元"] == "Qinghe"
    assert e["3.16亿元"] == "Chengxing"
    assert not any(w in e["2.47亿元"] for w in ("Qianding", "qianding"))
    assert not any(w in v for v in e.values() for w in ("Yu ", "Qianding", "qianding"))


def test_the_opener_still_names_a_subsidiary_reporting_its_own_figures():
    t = "子公司恒岳存储前三季度实现收入约6.1亿元；全资子公司与某客户签订合同，金额3亿元"
    assert [t[a:b] for a, b in opened_firms(t)] == ["恒岳存储"]
