"""fixrt12: recall classes seen in two holdout reports each, on invented examples
(invented firms, invented numbers)."""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of

PUB = dt.date(2025, 11, 12)


def _row(frame, text):
    rows = frame[frame["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, frame[["text", "theme", "metric", "value", "unit"]].to_string()
    return rows.iloc[0]


# --- class 1: a currency conversion after 约合 is a row of its own -----------------------
def test_a_conversion_after_yuehe_is_a_row_in_its_own_currency():
    f = facts_of("岳川存储2025年三季度营收12.34万亿韩元（约合88亿美元），同比增长21%。\n"
                 "北辰电子FY2026第二财季营收3,025亿日元（约合20.4亿美元），同比增长6.1%。\n", PUB)
    usd = _row(f, "88亿美元")
    assert (usd.theme, usd.metric, usd.value, usd.unit, usd.period) == ("earnings", "revenue", 8.8e9, "USD", "2025Q3")
    assert _row(f, "12.34万亿韩元").unit == "KRW"  # the original stays
    jp = _row(f, "20.4亿美元")
    assert (jp.metric, jp.unit, jp.period) == ("revenue", "USD", "FY2026Q2")
    # a market cap restated in another currency, in prose
    f = facts_of("按发行价上限计，上市后市值约300亿港元，约合38.6亿美元。\n", PUB)
    assert set(f["unit"]) >= {"HKD", "USD"}
