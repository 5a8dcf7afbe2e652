"""Theme boundaries of capital-market and commodity figures (theme_boundaries.csv rows): a share
of what shareholders sold or of the money raised in convertible bonds is valuation, not a market
share; a commodity quote table's price and change columns are market, not a share's price and
return. Invented texts."""
import datetime as dt

from tests.text_facts import facts_of

_PUBLISHED = dt.date(2025, 10, 10)


def _cell(text: str, cell: str):
    rows = facts_of(text, _PUBLISHED)
    hit = rows[rows["text"] == cell]
    assert len(hit) == 1, rows[["theme", "entity", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]


def test_a_sectors_share_of_net_reductions_is_valuation():
    text = "统计显示，本月以来A股大股东累计净减持约150亿元，其中半导体、软件两个行业合计占比约38%。"
    assert _cell(text, "约38%")["theme"] == "valuation"


def test_a_funds_reduction_ratio_is_valuation():
    text = "某机构三季度继续减持某科技公司约2000万股，减持比例约22%。"
    assert _cell(text, "约22%")["theme"] == "valuation"


def test_a_share_of_convertible_bond_issuance_is_valuation():
    text = "统计今年以来，台股CB发行档数约90档，发行总额约800亿元，其中半导体相关发行金额占比约三成。"
    assert _cell(text, "约三成")["theme"] == "valuation"
    text = "今年以来可转债发行规模约600亿元，其中电子行业占比约35%。"
    assert _cell(text, "约35%")["theme"] == "valuation"


def test_a_vendors_market_share_stays_market():
    text = "2025年国内AI服务器市场中，甲公司占比约35%。"
    assert _cell(text, "约35%")["theme"] == "market"


_QUOTES = """表2　主要品种价格（截至2025年10月9日）
| 品种 | 单位 | 最新价 | 周涨跌 | 年初至今 |
|---|---|---|---|---|
| 沪铝主力 | 元/吨 | 20,150 | +0.8% | +6.6% |
| 某光缆 | 元/芯公里 | 25.5 | +1.1% | +30.2% |
"""

_STOCKS = """表3　个股表现
| 公司 | 最新价 | 周涨跌 | 年初至今 |
|---|---|---|---|
| 甲科技 | 45.20 | +3.1% | +25.0% |
"""


def test_a_commodity_quote_tables_cells_are_market():
    for cell in ("20,150", "+0.8%", "+6.6%", "25.5", "+30.2%"):
        assert _cell(_QUOTES, cell)["theme"] == "market", cell


def test_a_stock_quote_tables_cells_stay_valuation():
    for cell in ("45.20", "+3.1%", "+25.0%"):
        assert _cell(_STOCKS, cell)["theme"] == "valuation", cell


def test_a_purchase_contract_a_firm_obtains_is_its_order():
    text = "1. 订单放量：某机器人公司9月获得单笔1.8亿元的X5采购合同，为行业单笔最大订单。"
    assert _cell(text, "1.8亿元")["theme"] == "earnings"


def test_a_buyers_purchase_contract_stays_capex():
    text = "某云公司与某模型公司签署算力采购合同，金额约30亿元。"
    assert _cell(text, "约30亿元")["theme"] == "capex"


def test_a_contract_backlog_and_its_growth_are_earnings():
    text = "截至第四季度末，某云业务尚未确认收入的合同储备（backlog）为1200亿美元，同比增长20%。"
    assert (_cell(text, "1200亿美元")["theme"], _cell(text, "20%")["theme"]) == ("earnings", "earnings")


def test_ev_to_revenue_multiples_are_valuation():
    text = "当前板块年初至今上涨约9%；板块EV/NTM收入中位数约5.5倍，低于五年均值7.1倍。"
    assert (_cell(text, "约5.5倍")["theme"], _cell(text, "7.1倍")["theme"]) == ("valuation", "valuation")
    text = "按某公司2024年约12亿美元的收入计算，EV/收入约3.9x，属于偏低水平。"
    assert _cell(text, "约3.9x")["theme"] == "valuation"
    assert _cell("公司收入同比增长约3.5倍。", "约3.5倍")["theme"] == "earnings"  # growth stays earnings


def test_an_infrastructure_programmes_investment_is_capex():
    text = "截至2025年6月底，“某某”工程五大枢纽节点直接投资超过2100亿元。"
    assert _cell(text, "超过2100亿元")["theme"] == "capex"
    assert _cell("某基金向某AI公司投资5亿美元，获得10%股权。", "5亿美元")["theme"] == "valuation"


def test_a_charge_booked_is_earnings_not_exports():
    text = "某芯片公司因某型号出口许可要求在FY26Q1计提35亿美元费用。"
    assert _cell(text, "35亿美元")["theme"] == "earnings"
    text = "报告期末存货跌价准备余额为1.1亿元，计提比例为3.2%。"
    assert _cell(text, "3.2%")["theme"] == "earnings"
