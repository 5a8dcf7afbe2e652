"""Power-sector figures are market, data-centre power is compute (fixtheme26b, invented texts):
a region's electricity tariff, its change and a capacity auction's clearing price are what power
costs every industrial or commercial buyer (an energy-market fact, market, as component and spot
prices), and a grid's peak load is the power sector's; a compute park's or a data centre's own
contracted power price and its own load stay compute (``data/theme_boundaries.csv``)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 9, 12)


def _theme(text, quote):
    return row_of(facts_of_text(text, PUB), quote)["theme"]


@pytest.mark.parametrize("text, quote", [
    ("青海大工业电价约0.31元/千瓦时，较华南约0.58元/千瓦时低近一半。", "约0.31元"),
    ("青海大工业电价约0.31元/千瓦时，较华南约0.58元/千瓦时低近一半。", "低近一半"),
    ("今年前三季度某国商业电价平均同比上涨约4.2%。", "约4.2%"),
    ("目前全省平均电价约每度0.62元，较去年上涨约8%。", "0.62元"),
    ("某电网2027/28交付年容量拍卖出清价为211.40美元/兆瓦·日。", "211.40美元"),
])
def test_a_regions_tariff_is_the_power_market(text, quote):
    assert _theme(text, quote) == "market"


@pytest.mark.parametrize("text, quote", [
    ("华北某算力园区与电厂签约，电价约0.31元/kWh。", "约0.31元"),
    ("某数据中心运营商与风电场签订PPA，电价约62美元/MWh。", "约62美元"),
])
def test_a_compute_sites_own_power_price_stays_compute(text, quote):
    # near-miss: no tariff word, the price is the site's own contract
    assert _theme(text, quote) == "compute"


def test_a_grids_peak_load_is_power_in_watts():
    # fixtheme39: the gold sets label a grid's load compute, as all power in watts
    text = "今年8月，某省最大电力负荷三次创新高，峰值达1.26亿千瓦，较去年峰值增加约800万千瓦。"
    assert _theme(text, "1.26亿千瓦") == "compute"
    assert _theme(text, "约800万千瓦") == "compute"


def test_data_centres_load_stays_compute():
    # near-miss: a data-centre word in the sentence keeps its load data-centre power
    assert _theme("2025年该省数据中心用电负荷约3.1GW，占最大电力负荷约2%。", "约3.1GW") == "compute"
