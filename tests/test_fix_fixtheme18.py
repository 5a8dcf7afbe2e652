"""fixtheme18: what a product category or an industry sells, and the average price of a hardware
category, are market figures (SCHEMA's theme boundaries: market sizes, shares, industry growth;
a company's own revenue stays earnings, an AI service's price stays pricing).

Every example is invented (青禾科技 and the figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 11, 20)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of_text(text, DAY)
    return {t: (th, m) for t, th, m in zip(f["text"], f["theme"], f["metric"])}


def test_a_product_categorys_sales_are_market():
    r = _rows("今年双11期间，AI耳机成交额为31.5亿元，同比增长52.3%。")
    assert r["31.5亿元"][0] == "market"
    assert r["52.3%"][0] == "market"


def test_a_category_table_of_gmv_and_average_price_is_market():
    text = ("表2  2025年AI硬件品类线上成交（GMV单位：亿元；均价单位：元）\n"
            "品类\tGMV\t同比\t成交均价\t均价同比\n"
            "AI眼镜\t27.4\t188%\t1,520\t-18.4%\n"
            "AI耳机\t41.2\t36.1%\t455\t-6.7%\n")
    r = _rows(text)
    for cell in ("27.4", "188%", "-18.4%", "41.2", "36.1%", "-6.7%"):
        assert r[cell][0] == "market", (cell, r[cell])


def test_an_optical_module_kinds_sales_growth_is_market():
    r = _rows("数通光模块2025年销售额有望同比增长63%。")
    assert r["63%"][0] == "market"


def test_a_company_revenue_stays_earnings():
    r = _rows("青禾科技2025年前三季度营业收入为18.6亿元，同比增长27.5%。")
    assert r["18.6亿元"][0] == "earnings"
    assert r["27.5%"][0] == "earnings"


def test_a_model_price_cut_stays_pricing():
    r = _rows("今年5月，多家厂商的大模型API价格平均下降了85%。")
    assert r["下降了85%"][0] == "pricing"


def test_large_models_made_free_stay_pricing():
    # 大模型 is the entity: its name keeps a free tier an AI service's price
    r = _rows("今年5月，国内大模型价格下降85%，部分模型免费。")
    assert r["免费"][0] == "pricing"
