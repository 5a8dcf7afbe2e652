"""Table forms: a caption whose unit is a magnitude of tonnes (``单位：万吨；占比：%``) counts its
bare cells in tonnes, as ``2.7万吨`` in prose is counted (the schema has no mass unit).

Every example is invented (青禾 exists in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

TABLE = """表1　全球青禾服务器用铝需求测算（单位：万吨；占比：%）
| 项目 | 2024 | 2025E | 2026E |
|---|---|---|---|
| 全球服务器 | 45.2 | 58.3 | 70.4 |
| AI服务器占比 | 31.2 | 37.7 | 44.7 |
资料来源：测算。
"""


def test_a_caption_in_ten_thousand_tonnes_scales_its_cells():
    f = facts_of(TABLE, dt.date(2025, 11, 20))
    got = {(t, u): v for t, u, v in zip(f["text"], f["unit"], f["value"])}
    assert abs(got[("45.2", "count")] - 452000) < 1e-6
    assert abs(got[("70.4", "count")] - 704000) < 1e-6
    # the share row keeps its own scoped per cent
    assert abs(got[("31.2", "ratio")] - 0.312) < 1e-9


QUOTES = """表2　主要金属价格
| 品种 | 单位 | 最新价 | 周涨跌 |
|---|---|---|---|
| LME三个月铝 | 美元/吨 | 2,780 | +1.2% |
| 沪铝主力 | 元/吨 | 20,450 | +0.9% |
资料来源：Wind。
"""

LAND = """表1　2025年以来青禾用地成交
城市/园区　　　　　　面积（亩）　成交价（亿元）　亩均价（万元/亩）　竞得方
青禾新区　　　86　　　　　1.57　　　　　　182　　　　　　　　　　某公司
白石园区　　　　　　132　　　　0.59　　　　　　45　　　　　　　　　　　某运营商
"""


def test_a_unit_cell_per_tonne_names_the_quote_currency():
    f = facts_of(QUOTES, dt.date(2025, 11, 20))
    units = dict(zip(f["text"], f["unit"]))
    assert units["2,780"] == "USD"
    assert units["20,450"] == "CNY"


def test_a_price_header_per_mu_scales_its_cells():
    f = facts_of(LAND, dt.date(2025, 11, 20))
    got = {(t, u): v for t, u, v in zip(f["text"], f["unit"], f["value"])}
    assert abs(got[("182", "CNY")] - 1820000) < 1e-6
    assert abs(got[("45", "CNY")] - 450000) < 1e-6


def test_a_quote_per_tonne_read_as_a_price_stays_market():
    f = facts_of(QUOTES, dt.date(2025, 11, 20))
    themes = dict(zip(f["text"], f["theme"]))
    assert themes["2,780"] == themes["20,450"] == "market"
