"""Counts of shares (fixform25): a count written with 股 right after it is a count of shares
(valuation) even where no keyword of its clause counts anything (``出售全部1,450万股``,
``清仓所持12.45万股``: ``facts_words.csv`` ``count_counter`` 股 -> ``metrics.csv`` 股数);
回购, 增持 and 持股 count the shares they move or hold when 股 follows the number; a holdings
table's 持股数 column (unit from the caption, ``持股数：万股``) is the shares held. 股东 after a
number counts holders, never shares.

Every example is invented (岚峰, 青岚, 星河 exist in no report).
"""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text

DAY = dt.date(2026, 6, 18)


def _rows(text: str):
    df = facts_of_text(text, DAY)
    return [(r.text, r.theme, r.metric, r.value, r.unit) for r in df.itertuples()]


@pytest.mark.parametrize("text, span, value, metric", [
    ("星河控股则在10月以约21.6亿美元的价格出售全部1,450万股微软股份。", "1,450万", 1.45e7, "shares"),
    ("青岚资本三季度清仓了所持的12.45万股英伟达。", "12.45万", 1.245e5, "shares"),
    ("星河控股披露已于10月清仓所持微软股份，约1,450万股，套现21.6亿美元。", "约1,450万", 1.45e7, "shares"),
    ("岚峰科技上周累计回购2,340万股，耗资约5,610万元。", "2,340万", 2.34e7, "share_buyback_shares"),
    ("三季度主动权益基金对岚峰科技增持约0.65亿股。", "约0.65亿", 6.5e7, "stake_increase_shares"),
    ("岚峰科技前十大股东合计持股1.2亿股。", "1.2亿", 1.2e8, "shares_held"),
])
def test_a_count_of_shares_is_a_valuation_count(text, span, value, metric):
    rows = [r for r in _rows(text) if r[0] == span]
    assert rows == [(span, "valuation", metric, value, "count")], _rows(text)


def test_buyback_money_stays_money():
    rows = _rows("岚峰科技上周累计回购2,340万股，耗资约5,610万元。")
    assert ("约5,610万元", "valuation", "share_buyback_amount", 5.61e7, "CNY") in rows


def test_holders_are_no_shares():
    assert not [r for r in _rows("岚峰科技现有超过12万股东，较上年增加3万户。") if r[2] == "shares"]


def test_holdings_table_shares_column():
    table = ("表1　机构持仓（持股数：万股；市值：亿美元）\n"
             "机构　　　　　　　 标的　　　　　持股数　　 市值　　 占组合比重(%)\n"
             "岚峰资本　　　　　 英伟达　　　　1,234　　　43.4　　 1.6\n"
             "青岚基金　　　　　 微软　　　　　567　　　　13.5　　 5.4\n")
    rows = _rows(table)
    assert ("1,234", "valuation", "shares_held", 1.234e7, "count") in rows, rows
    assert ("567", "valuation", "shares_held", 5.67e6, "count") in rows, rows


def test_a_trading_lot_is_no_count_of_shares():
    assert not [r for r in _rows("青岚控股（2618.HK）今日于港交所上市，首日收涨12%，按一手200股计，不计手续费每手账面赚5,320港元。") if r[0] == "200"]
