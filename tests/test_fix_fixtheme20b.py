"""Theme boundaries SCHEMA.md and the gold sets give an industry's orders and a hardware market's
prices: orders summed over a country's unnamed firms (the subject only the place word gives) and
data-centre capacity ordered in watts are market, not one firm's earnings nor data-centre power;
the average selling price of a hardware category, a lidar's and a cooling unit's price are
market, not the price of an AI service; a brand's price point stays pricing.

Every example is invented (青禾, 岚峰 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 2, 10)


def _theme(text: str, number: str) -> str:
    return row_of(facts_of_text(text, DAY), number)["theme"]


def test_an_industrys_order_growth_with_only_a_place_for_subject_is_market():
    text = "据渠道调研，国内头部封测厂商今年新签订单合计同比增长约22%-28%。"
    assert _theme(text, "约22%-28%") == "market"


def test_data_centre_capacity_ordered_by_an_industry_is_market():
    text = "据产业调研，国内云厂商与大模型公司今年批发型数据中心新签订单合计约1.4GW，是去年的约1.5倍。"
    assert _theme(text, "约1.4GW") == _theme(text, "约1.5倍") == "market"


def test_a_data_centres_own_capacity_stays_compute():
    text = "岚峰智算园区一期投运后，总容量约1.4GW，是去年的约1.5倍。"
    assert _theme(text, "约1.4GW") == "compute"


def test_a_hardware_categorys_average_selling_price_is_market():
    text = "今年上半年，AI PC平均售价约6,150元；全球智能手机平均售价约310美元。"
    assert _theme(text, "约6,150元") == _theme(text, "约310美元") == "market"


def test_a_brands_price_point_stays_pricing():
    assert _theme("头部AI平板品牌的均价约4,000元。", "约4,000元") == "pricing"


def test_a_lidars_and_a_cooling_units_price_are_market():
    text = "车载激光雷达均价已降至约180美元；青禾的CDU单台价格约60-70万元。"
    assert _theme(text, "约180美元") == _theme(text, "约60-70万元") == "market"
