"""Values filed under the wrong theme where one side is market (theme_boundaries.csv rows):
a material's quote per tonne or kilogram, a city's or a whole online market's aggregate revenue,
a trade's sales growth. Invented texts."""
import datetime as dt

from tests.helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 11, 20)


def test_material_quote_per_tonne_is_market_with_its_changes():
    df = facts_of_text("10月，宁川钢铁钢材综合平均售价3,620元/吨，环比下降2.1%，同比下降6.4%。", PUB)
    assert row_of(df, "3,620元")["theme"] == "market"
    assert row_of(df, "下降2.1%")["theme"] == "market"
    assert row_of(df, "下降6.4%")["theme"] == "market"


def test_material_quote_per_kilogram_is_market():
    df = facts_of_text("9月云澜KrF光刻胶国内均价约1,180元/kg，同比上涨6.5%。", PUB)
    assert row_of(df, "约1,180元")["theme"] == "market"
    assert row_of(df, "6.5%")["theme"] == "market"


def test_launch_price_per_kilogram_stays_pricing():
    # near miss: a launch service's price per kilogram is a service's price
    df = facts_of_text("星汉火箭的发射价格约2万元/公斤，较上一代下降30%。", PUB)
    assert row_of(df, "约2万元")["theme"] == "pricing"
    df = facts_of_text("星汉火箭的发射报价约1.8万元/kg，较上一代下降30%。", PUB)
    assert row_of(df, "约1.8万元")["theme"] == "pricing"


def test_token_price_stays_pricing():
    df = facts_of_text("澜序模型API输入价格为每百万tokens 2元，较此前下降50%。", PUB)
    assert set(df["theme"]) == {"pricing"}


def test_city_industry_revenue_is_market():
    df = facts_of_text("据统计，全市邮政行业业务收入累计完成126.8亿元，同比增长11.4%。", PUB)
    assert row_of(df, "126.8亿元")["theme"] == "market"
    assert row_of(df, "11.4%")["theme"] == "market"


def test_whole_online_market_sales_are_market():
    df = facts_of_text("据第三方机构统计，2025年双11全网销售额为9120亿元，同比增长12.6%。", PUB)
    assert row_of(df, "9120亿元")["theme"] == "market"


def test_firm_global_revenue_stays_earnings():
    # near miss: 全球 is no aggregate word, a firm writes its own 全球收入
    df = facts_of_text("澜星咨询2025财年全球收入705亿美元，按年增长5%。", PUB)
    assert row_of(df, "705亿美元")["theme"] == "earnings"
    # a firm word in the paragraph keeps a city's word from moving the firm's revenue
    df = facts_of_text("全市龙头企业中，澜星公司营业收入38.5亿元，同比增长9.2%。", PUB)
    assert row_of(df, "38.5亿元")["theme"] == "earnings"


def test_retail_sales_growth_is_market_not_a_return():
    df = facts_of_text("统计处公布，9月零售业总销货价值估计为港币215亿元，较去年同月上升4.7%；销货数量则下跌1.2%。",
                       PUB)
    assert row_of(df, "4.7%")["theme"] == "market"
    assert row_of(df, "下跌1.2%")["theme"] == "market"


def test_share_price_return_stays_valuation():
    # near miss: a stock's move with its turnover stays a return
    df = facts_of_text("青禾科技股价年内上涨5.9%，成交额放大至30亿元。", PUB)
    assert row_of(df, "5.9%")["theme"] == "valuation"
