"""The holder, not the stock, of a holding or a trade (invented texts): a firm after a verb of
trading shares and before a count of shares (减持X约210万股), after an amount of shares
(出售所持全部1500万股X股票), right after a verb of opening or closing a position (已清仓X), or
joined to such a stock's count (新建仓X3.1万股和Y2.2万股) is the stock traded; the figures are
the holder's. A holdings table's row (机构 | 标的 | …) is its holder's."""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

PUB = dt.date(2031, 11, 20)


def _entity(df, text):
    rows = df[df["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, df[["entity", "metric", "value", "text"]].to_string()
    return rows.iloc[0]["entity"]


def test_a_count_of_shares_after_the_stock_makes_it_the_object():
    df = facts_of("桥水基金三季度减持微软约210万股，持仓市值降至约9.8亿美元。\n", PUB)
    assert _entity(df, "210万") == "Bridgewater Associates"


def test_an_amount_of_shares_between_the_verb_and_the_stock():
    df = facts_of("软银在季报中披露，已于5月出售所持全部1500万股英特尔股票，套现12.6亿美元。\n", PUB)
    assert _entity(df, "12.6亿美元") == "SoftBank Group"
    assert _entity(df, "1500万") == "SoftBank Group"


def test_a_closed_position_names_the_stock_with_no_share_word():
    df = facts_of("伯克希尔已清仓亚马逊，套现21.4亿美元。\n", PUB)
    assert _entity(df, "21.4亿美元") == "Berkshire Hathaway"


def test_a_second_stock_joined_to_the_first_ones_count():
    df = facts_of("桥水基金三季度新建仓谷歌3.1万股和Meta 2.2万股，均为小仓位。\n", PUB)
    assert _entity(df, "3.1万") == "Bridgewater Associates"
    assert _entity(df, "2.2万") == "Bridgewater Associates"


def test_a_holdings_table_row_is_its_holders():
    text = ("表2　部分机构持仓（持股单位：万股；市值单位：亿美元）\n"
            "机构　　　　　标的　　　　季末持股　　持仓市值　　占组合比例\n"
            "景林资产　　　微软　　　　256.0　　　　9.71　　　　12.4%\n"
            "高瓴HHLR　　　拼多多　　　733.5　　　　8.64　　　　17.9%\n"
            "资料来源：SEC EDGAR\n")
    df = facts_of(text, PUB)
    assert _entity(df, "9.71") == "Greenwoods Asset Management"
    assert _entity(df, "12.4%") == "Greenwoods Asset Management"
    assert _entity(df, "8.64") == "HHLR Advisors"
