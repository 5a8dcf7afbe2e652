"""Market-data ratios of a listed company's shares are valuation, not a market's share.

An option's implied volatility (a table column 隐含波动率 or IV), a share of a company's total
shares named as 占总股本比例, the part of a holder's shares pledged (质押比例) and a table column
占流通市值 under a margin balance are all figures of trading in, or stakes of, a stock.
Every example is invented (青禾科技, 远山智能 and 星桥数据 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 11, 20)


def _theme(text: str, value: float, unit: str = "ratio") -> list[str]:
    f = facts_of(text, DAY)
    hit = f[(f["unit"] == unit) & ((f["value"] - value).abs() < 1e-9)]
    return list(hit["theme"])


IV_TABLE = (
    "## 三、期权一览\n\n"
    "| 标的 | 近月平值IV(%) | IV一周变化(pct) | 未平仓合约(万张) |\n"
    "|---|---|---|---|\n"
    "| 青禾科技 | 47.3 | +5.2 | 1,120 |\n"
    "| 远山智能 | 62.9 | -2.4 | 385 |\n"
)


def test_an_implied_volatility_column_is_valuation():
    assert _theme(IV_TABLE, 0.473) == ["valuation"]
    assert _theme(IV_TABLE, 0.629) == ["valuation"]


def test_its_weekly_change_in_points_is_valuation_too():
    assert _theme(IV_TABLE, 0.052, "pp") == ["valuation"]


def test_a_listed_share_of_total_shares_is_valuation():
    text = "点评：青禾科技与远山智能均为首发原股东解禁，占总股本比例分别为17.42%和26.08%，短期减持压力需关注。"
    assert _theme(text, 0.1742) == ["valuation"]
    assert _theme(text, 0.2608) == ["valuation"]


def test_a_pledge_ratio_and_its_change_are_valuation():
    text = "截至9月12日，样本公司控股股东平均质押比例为41.3%，较6月末下降5.2个百分点。"
    assert _theme(text, 0.413) == ["valuation"]
    assert _theme(text, -0.052, "pp") == ["valuation"]


def test_a_float_market_value_column_under_a_margin_balance_is_valuation():
    text = (
        "表1　AI算力链融资余额前三（截至2025-08-29）\n"
        "单位：亿元；占流通市值为%\n"
        "序号　证券简称　　　融资余额　　周融资买入额　　占流通市值\n"
        "1　　 青禾科技　　　126.4　　　　241.7　　　　　3.18\n"
        "2　　 星桥数据　　　88.5　　　　 102.3　　　　　4.76\n"
    )
    assert _theme(text, 0.0318) == ["valuation"]
    assert _theme(text, 0.0476) == ["valuation"]
