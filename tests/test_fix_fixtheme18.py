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


def test_a_segments_revenue_stays_earnings():
    # 数据中心 may name a firm's segment: revenue stays earnings, only a category's GMV moves
    r = _rows("【事件】公司公布三季度业绩。\n数据中心收入60亿美元，同比增长18%。")
    assert r["60亿美元"][0] == "earnings"


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


def test_a_categorys_share_of_shoppers_purchases_stays_market():
    # 成交额 names what shoppers bought here, not a stock market's turnover
    r = _rows("AI平板成交额58.2亿元，占平板品类的比重约四成。")
    assert r["约四成"][0] == "market"
    r = _rows("成交额增速居各品类首位；3000元以下产品的销量占比升至六成左右。")
    assert r["六成左右"][0] == "market"


def test_a_share_of_stock_turnover_stays_valuation():
    r = _rows("昨日两市成交额1.2万亿元，其中AI板块成交额占比约18%。")
    assert r["约18%"][0] == "valuation"


def test_an_ipos_over_allotment_option_is_valuation():
    # SCHEMA: IPO terms are valuation
    for text in ("青禾科技本次全球发售股数6,000万股，超额配售权：最多15%。",
                 "超額配股權：　最多15%"):
        r = _rows(text)
        assert r["15%"] == ("valuation", "over_allotment_share"), r


def test_shares_of_ipo_proceeds_are_valuation():
    # SCHEMA: IPO terms are valuation, whichever use (算力, 收购) the share goes to
    text = ("青禾科技招股书摘要\n\n五、集资用途（按发售价中位数计）\n"
            "约40%用于大模型研发；约30%用于算力基础设施；约20%用于海外拓展；约10%用于潜在收购。\n\n"
            "六、经营情况\n公司算力规模同比增长约35%。")
    r = _rows(text)
    for cell in ("约30%", "约20%", "约10%"):
        assert r[cell] == ("valuation", "proceeds_use_share"), (cell, r[cell])
    assert r["约35%"][0] == "compute"  # the next section's figure is no share of proceeds


def test_shares_of_ipo_proceeds_in_one_sentence():
    r = _rows("青禾科技所得款项用途：约50%用于研发；约30%用于算力基础设施；约20%用于潜在收购。")
    assert r["约30%"] == ("valuation", "proceeds_use_share")
    assert r["约20%"] == ("valuation", "proceeds_use_share")


def test_a_placement_projects_share_of_proceeds_stays_capex():
    text = ("青禾科技定增快评\n\n三、募集资金用途\n"
            "其中，智算平台项目拟投入募集资金占本次募资总额的比重约48.5%，建设期为3年。")
    r = _rows(text)
    assert r["约48.5%"][0] != "valuation"


TENDER_DIGEST = (
    "算力招采观察｜10月智算招投标月报\n\n"
    "【重点项目清单】\n\n"
    "1. 某省电信分公司 智算中心算力服务采购项目\n"
    "　 招标人：某省电信分公司\n"
    "　 中标人：某数科技有限公司\n"
    "　 中标金额：9.45亿元\n"
    "　 服务期：5年\n\n"
    "2. 某市 政务热线智能客服系统升级\n"
    "　 招标人：某市政务服务中心\n"
    "　 中标人：某软件有限公司\n"
    "　 中标金额：1,260万元\n"
)


def test_a_compute_purchase_record_keeps_its_award_capex():
    # the record's numbered title names the compute purchase the award pays for
    r = _rows(TENDER_DIGEST)
    assert r["9.45亿元"][0] == "capex"
    assert r["1,260万元"][0] != "capex"  # no compute in that record's title: the rule does not fire


def test_a_multiple_of_ebitda_is_valuation():
    # SCHEMA: multiples are valuation
    r = _rows("Northwind Capital bought Qinghe DC at an enterprise value of ~US$9bn, implying ~21x forward EBITDA.")
    assert r["~21x"] == ("valuation", "ev_ebitda")
    r = _rows("本次交易估值约为2026年EBITDA的16倍。")
    assert r["16倍"] == ("valuation", "ev_ebitda")


def test_ebitda_growth_as_a_multiple_stays_earnings():
    r = _rows("青禾科技2025年EBITDA同比增长2倍。")
    assert r["2倍"][0] == "earnings"


def test_a_stock_move_after_a_capex_figure_is_valuation():
    r = _rows("Qinghe Tech guided to capex of US$3-4bn a year through 2028, and the stock fell ~7% the next day.")
    assert r["fell ~7%"] == ("valuation", "return")
    assert r["US$3-4bn"][0] == "capex"


def test_a_revenue_growth_after_a_stock_move_stays_earnings():
    r = _rows("Shares rose 11%, and revenue grew 9% YoY.")
    assert r["9%"][0] == "earnings"



def test_a_memory_chips_price_rise_is_market():
    r = _rows("据渠道消息，两家原厂对2026年HBM3E的报价上调约15%。")
    assert r["约15%"][0] == "market"


def test_hbm_demand_growth_stays_compute():
    r = _rows("2026年HBM需求量同比增长约60%。")
    assert r["约60%"][0] == "compute"


def test_data_centre_it_loads_growth_is_compute():
    r = _rows("我们估算全国数据中心IT负载约30GW，2030年有望达到70GW，五年复合增速约18%。")
    assert r["约18%"][0] == "compute"


def test_study_devices_and_speakers_are_categories():
    # concepts.csv: 学习平板/学习机 and 智能音箱 name categories, so their sales are market
    text = ("表3  AI硬件品类线上成交（GMV单位：亿元）\n"
            "品类\tGMV\t同比\n"
            "学习平板/学习机\t73.1\t29.4%\n"
            "智能音箱\t11.8\t-9.6%\n")
    f = facts_of_text(text, DAY)
    rows = {t: (th, e) for t, th, e in zip(f["text"], f["theme"], f["entity"])}
    assert rows["73.1"] == ("market", "learning tablets")
    assert rows["-9.6%"] == ("market", "smart speakers")
