"""Shipments of chips and optical modules are compute by the product shipped (SCHEMA theme
boundaries: GPU and optical-module shipments -> compute; server, phone and PC shipments and
market shares -> market), wherever the product is named: a table's column header, the line
over a bulleted list, or the part of a share before 占.

Every example is invented (青禾科技, 澄湖光电, 岭澜半导体 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 2, 10)


def _theme(text: str, number: str) -> str:
    return row_of(facts_of_text(text, DAY), number)["theme"]


def test_module_shipments_under_a_graded_column_header_are_compute():
    text = ("澄湖光电光模块业务点评。\n"
            "表3　出货与估值（出货单位：万只）\n"
            "公司　　　　　400G出货 2025E　　3.2T出货 2026E　　PE 2025E\n"
            "澄湖光电　　　　　330　　　　　　　　 45　　　　　　　 36.4\n")
    f = facts_of_text(text, DAY)
    assert set(f.loc[f["text"].isin(["330", "45"]), "theme"]) == {"compute"}


def test_phone_shipments_under_a_column_header_stay_market():
    text = ("表1　手机出货（单位：万部）\n"
            "公司　　　　　手机出货 2025E　　手机出货 2026E\n"
            "青禾科技　　　　　　 880　　　　　　　　 970\n")
    f = facts_of_text(text, DAY)
    assert set(f.loc[f["text"].isin(["880", "970"]), "theme"]) == {"market"}


def test_a_bullet_item_under_a_chip_shipment_lead_line_is_compute():
    text = ("芯片出货方面：\n"
            "- 岭澜半导体：前三季度征途系列出货约240万套，同比增长约80%；\n"
            "- 青禾科技：前三季度出货约60万套。\n")
    assert _theme(text, "约240万") == "compute"
    assert _theme(text, "约60万") == "compute"


def test_a_bullet_item_under_a_phone_shipment_lead_line_stays_market():
    text = ("手机出货方面：\n"
            "- 青禾科技：三季度出货约1200万部；\n")
    assert _theme(text, "约1200万") == "market"


def test_a_products_share_of_module_shipments_is_compute():
    text = "澄湖光电表示，公司硅光产品前三季度出货量占高速光模块的比例约为28%，较去年提升约9个百分点。"
    assert _theme(text, "28%") == "compute"
    assert _theme(text, "约9个百分点") == "compute"


def test_a_firms_market_share_of_module_shipments_stays_market():
    text = "澄湖光电光模块出货量占全球的市场份额约为17%。"
    assert _theme(text, "17%") == "market"
