"""Theme confusions (fixtheme25): the size of a bond, an options position or a private
placement written with 规模 is financing (valuation), not a market size; a short position's
share of the shares and a placement's share of all placements are valuation, not market
shares; spending (投入, 资本开支) as a share of revenue or of R&D is the intensity of that
spending (capex), not a part of revenue (earnings). Every example is invented (青禾, 云川,
岚峰 exist in no report)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 3, 10)

CASES = [
    # a bond's size: valuation
    ("截至3月6日，已获注册、尚待发行的转债共12只，合计规模约148亿元。", "约148亿元", "valuation"),
    ("2月青禾科技发行200亿美元债券，认购规模约760亿美元，为发行规模的3倍有余。", "约760亿美元", "valuation"),
    ("表2 重点转债一览\n转债名称　转债价格（元）　剩余规模（亿元）\n青禾转债　　132.50　　　　　18.62\n云川转债　　118.20　　　　　 7.45\n",
     "18.62", "valuation"),
    # an options position's notional size: valuation
    ("岚峰资本的看跌期权名义规模合计约7亿美元。", "约7亿美元", "valuation"),
    # a placement's share of all placements; a short position's share: valuation
    ("年初以来A股算力相关公司定增募资合计约420亿元，占全部A股定增规模的27%。", "27%", "valuation"),
    ("截至2月底，云川科技淡倉比例達2.65%。", "2.65%", "valuation"),
    # spending as a share of revenue or of R&D: capex
    ("青禾银行2025年科技投入合计约86亿元，同比增长4.2%，占营业收入的比重约3.1%。", "约3.1%", "capex"),
    ("季内资本开支95亿元，按季减少18%，占收入比重仅7.3%。", "7.3%", "capex"),
    ("岚峰游戏2026年AI相关投入预计约9亿元，占研发费用的比重升至约11%。", "约11%", "capex"),
]


@pytest.mark.parametrize("text,number,theme", CASES)
def test_theme_confusions(text, number, theme):
    assert row_of(facts_of_text(text, DAY), number)["theme"] == theme


def test_near_misses_stay_where_they_were():
    """A bond market's size stays a market size; R&D spending's share of revenue and revenue
    growth after a spending figure stay earnings."""
    f = facts_of_text("2025年末中国转债市场规模约7,200亿元。", DAY)
    assert row_of(f, "约7,200亿元")["theme"] == "market"
    f = facts_of_text("青禾科技2025年研发投入12亿元，占营业收入的比重为18.5%。", DAY)
    assert row_of(f, "18.5%")["theme"] == "earnings"
