"""A count of years written straight before a contract word (``20年PPA``, ``15年购电协议``) is
the contract's term, not the year 2020 and not a doubling time.

Every example is invented (青禾科技 exists in no report).
"""
from __future__ import annotations

from text_facts import facts_of


def _rows(text: str):
    f = facts_of(text)
    return f[f["unit"] == "years"], f


def test_years_before_ppa_are_the_contract_term():
    years, f = _rows("青禾科技与某核电运营商签订20年PPA，覆盖电站全部800MW出力。")
    assert list(zip(years["theme"], years["metric"], years["value"])) == [("capex", "contract_term", 20.0)]
    # and 20年 is no year 2020 dating the capacity beside it
    assert f.loc[f["unit"] == "watts", "period"].tolist() == [""]


def test_years_before_a_power_purchase_agreement_are_its_term():
    years, _ = _rows("青禾科技与某电力公司签署15年购电协议，合同容量600MW。")
    assert list(zip(years["theme"], years["metric"], years["value"])) == [("capex", "contract_term", 15.0)]


def test_a_rate_scope_does_not_claim_the_column_of_its_base_amount():
    # 出资比例单位：% scopes the 出资比例 column; 认缴出资 keeps the caption's 亿元
    f = facts_of("青禾基金于2024年5月24日注册成立。\n\n"
                 "表1：青禾基金主要股东出资情况（单位：亿元；出资比例单位：%）\n"
                 "股东                          认缴出资      出资比例\n"
                 "财政部                        600           17.44\n"
                 "某某银行                      215           6.25\n"
                 "资料来源：公司公告\n")
    got = dict(zip(f["text"], zip(f["value"], f["unit"])))
    assert got["600"] == (6e10, "CNY") and got["215"] == (2.15e10, "CNY")
    assert got["17.44"] == (0.1744, "ratio")
