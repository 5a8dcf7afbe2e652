"""Theme boundaries SCHEMA.md decides for shares of a hardware market: a technology's
penetration of hardware named before 在 (X在Y中的渗透率) and a driving feature's attach rate
(搭载率) are market, not adoption; a penetration among adopters stays adoption.

Every example is invented (青禾, 岚峰 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 2, 10)


def _theme(text: str, number: str) -> str:
    return row_of(facts_of_text(text, DAY), number)["theme"]


def test_hardware_penetrating_a_long_base_is_market():
    text = "浸没式液冷在华东地区新建智算中心交付机柜中的渗透率由去年的约9%升至今年的21%。"
    assert _theme(text, "约9%") == _theme(text, "21%") == "market"


def test_a_penetration_among_adopters_stays_adoption():
    assert _theme("岚峰AI助手在华东地区中小企业用户中的渗透率约为17%。", "17%") == "adoption"


def test_a_driving_features_attach_rate_is_adoption():
    # fixtheme36a: a driving feature taken up by the cars sold is adoption, as four triage genres label it
    text = "前三季度，高阶智驾搭载率升至23.5%，较去年同期提升4.2个百分点。"
    assert _theme(text, "23.5%") == _theme(text, "4.2个百分点") == "adoption"


def test_a_product_categorys_share_of_an_industrys_orders_is_market():
    text = "据渠道调研，国内头部封测厂商今年新签订单合计约80亿元，其中先进封装订单占比约四成。"
    assert _theme(text, "约四成") == "market"


def test_a_firms_own_orders_stay_earnings():
    text = "青禾科技（688000.SH）去年新签订单约36亿元，同比增长约18%。"
    assert _theme(text, "约36亿元") == _theme(text, "约18%") == "earnings"
