"""fixprice48b: a change right after a price level takes the level's theme.

``每卡时约7元，较年初下降约四成``: the change names no measure of its own, so the theme
boundaries read it as a hardware category's price move (market) while the price it goes on with
stays pricing. A level and its change are one measure and one theme (SCHEMA), so a per cent or a
multiple that :meth:`_DocExtractor._growth_after_level` reads as the change of the level just
made a row of (only a comma and a growth word between) takes the theme that level's row took
(``_theme_of_level_before``), and a price is such a level too. A clause naming its own measure
keeps its theme. Every example is invented (the firm names and figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import rows_by_text

DAY = dt.date(2031, 6, 20)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_change_after_a_gpu_hour_price_is_pricing():
    r = _rows("答：以某国产加速卡为代表，目前每卡时约7元，较年初下降约四成。")
    assert r["约7元"][0] == "pricing"
    assert r["下降约四成"][0] == "pricing"
    assert r["下降约四成"][2] < 0


def test_change_after_a_monthly_rent_follows_the_rent():
    r = _rows("目前同类服务器的租赁行情大概每台每月3.8万元，比签合同时下降了三成多。")
    level = r["3.8万元"]
    assert level[0] == "pricing"
    changes = [v for k, v in r.items() if "三成" in k]
    assert changes and changes[0][0] == level[0]


def test_own_measure_named_before_the_change_is_kept():
    r = _rows("澄岚科技2030年实现营收48.6亿元，同比增长22%；净利润5.1亿元，净利润同比增长31%。")
    assert r["31%"][0] == "earnings"
    assert r["22%"][0] == "earnings"
