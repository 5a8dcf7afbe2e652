"""Values read under the wrong theme (fixtheme28), on invented texts: peers' multiples compared
with a P/S earlier in the sentence are P/S ratios (valuation), not revenue growth; a table whose
caption prices a GPU-hour as 元/卡/小时 holds rental prices (pricing, in the currency) and its
change column holds rental price changes; a GPU's rent as a multiple of another's, and a fall
after a server's monthly rent (月租), are pricing, not GPU demand or a share move."""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 7, 14)


def _rows(text: str, value: float, unit: str):
    df = facts_of(text, DAY)
    return df[(df["unit"] == unit) & ((df["value"] - value).abs() < 1e-9 * max(1.0, abs(value)))]


def test_peer_multiples_after_ps_ratio_are_valuation():
    text = "以发行价计算，星澜科技市值对应2024年收入约40.2倍市销率（P/S），高于同业甲公司约9.5倍，亦高于乙公司约18倍。"
    for v in (40.2, 9.5, 18.0):
        hit = _rows(text, v, "multiple")
        assert list(hit["theme"]) == ["valuation"], (v, hit)
        assert list(hit["metric"]) == ["ps_ratio"]


def test_growth_sentence_keeps_revenue_multiple():
    text = "按招股价计算，该公司市值对应去年收入约25倍市销率，同期收入增长3.2倍。"
    assert list(_rows(text, 3.2, "multiple")["theme"]) == ["earnings"]


_RENT_TABLE = """某算力服务商调研显示GPU租赁价格持续下行。

表1 主流GPU租赁参考价（元/卡/小时，按月结算）
型号　　　　　2024年7月　　　2025年1月　　　2025年7月　　　一年降幅
H100　　　　　22.0　　　　　16.5　　　　　12.5　　　　　　-43%
A800　　　　　11.0　　　　　8.0　　　　　5.8　　　　　　-47%
注：调研口径为中位数报价。
"""


def test_caption_per_card_per_hour_prices_cells():
    for v in (22.0, 16.5, 12.5, 11.0, 8.0, 5.8):
        hit = _rows(_RENT_TABLE, v, "CNY")
        assert list(hit["theme"]) == ["pricing"], (v, facts_of(_RENT_TABLE, DAY).to_string())
    for v in (-0.43, -0.47):
        hit = _rows(_RENT_TABLE, v, "ratio")
        assert list(hit["theme"]) == ["pricing"], (v, hit)


def test_rent_multiple_is_pricing():
    hit = _rows("B200整机租金会维持在H100的1.8倍左右。", 1.8, "multiple")
    assert list(hit["theme"]) == ["pricing"], hit


def test_demand_multiple_stays_compute():
    hit = _rows("H100需求增长1.8倍，租金随之上涨。", 1.8, "multiple")
    assert list(hit["theme"]) != ["pricing"], hit


def test_fall_after_monthly_rent_is_pricing():
    text = "A：8卡A100服务器的月租，去年最紧张的时候报到9万元/台/月以上，现在主流成交价在4万元/台/月，跌了一半多。"
    hit = _rows(text, -0.5, "ratio")
    assert list(hit["theme"]) == ["pricing"], hit
