"""Missed values and wrong themes of prose figures: SCHEMA's theme boundaries for grid and
fixed-asset investment (capex), a project's IRR and payback period (earnings), a fund's NAV
return, benchmark and weights (valuation), a firm's cash flow written as a net outflow and its
cash holdings (earnings), contracts on hand (earnings), a price per share (valuation).

Every example is invented (华东电网, 甲乙集团, 星河云, 青岚基金 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 11, 26)


def _rows(text: str, day: dt.date = DAY) -> dict[str, tuple]:
    f = facts_of_text(text, day)
    return {r.text: (r.theme, r.metric, r.value, r.unit) for r in f.itertuples()}


def test_grid_and_fixed_asset_investment_are_capex():
    r = _rows("华东电网2025年电网投资预计超过800亿元，较2024年的720亿元再创新高；华南电网2025年固定资产投资安排300亿元。"
              "我们预计2025-2027年两网合计电网投资年均增速约7%，其中与数据中心配套的投资占比将由2024年的约2%提升至2027年的5%。")
    assert r["超过800亿元"][:2] == ("capex", "grid_investment") and r["超过800亿元"][2] == 8e10
    assert r["720亿元"][0] == "capex"
    assert r["300亿元"][:2] == ("capex", "fixed_asset_investment")
    assert r["约7%"][:2] == ("capex", "grid_investment_growth")
    assert r["约2%"][0] == "capex" and r["5%"][0] == "capex"


def test_an_equity_investment_stays_valuation():
    r = _rows("甲乙集团宣布投资12亿元入股星河云，持股比例约15%。")
    assert r["12亿元"][0] == "valuation"


def test_irr_and_payback_of_a_project_are_earnings():
    r = _rows("项目税后内部收益率（IRR）10.3%，税后静态投资回收期7.6年（含建设期）。"
              "测算项目税后IRR为7.9%，回收期9.4年。"
              "按一台8卡服务器租金6万元/月、折旧4年测算，静态回收期约2.3年。")
    assert r["10.3%"][:2] == ("earnings", "irr") and r["10.3%"][2] == 0.103
    assert r["7.9%"][:2] == ("earnings", "irr")
    assert r["7.6年"][:2] == ("earnings", "payback_period") and r["7.6年"][3] == "years"
    assert r["9.4年"][0] == "earnings" and r["约2.3年"][0] == "earnings"
    assert r["4年"][:2] == ("earnings", "depreciation_years")


def test_a_funds_return_benchmark_and_weights_are_valuation():
    r = _rows("截至报告期末，青岚基金前十大重仓股合计占基金资产净值比例为55.21%，较二季度末提升约6个百分点。"
              "截至本报告期末，A类份额净值增长率为31.12%，同期业绩比较基准收益率为12.05%。")
    assert r["55.21%"][:2] == ("valuation", "portfolio_weight")
    assert r["约6个百分点"][0] == "valuation" and r["约6个百分点"][3] == "pp"
    assert r["31.12%"][:2] == ("valuation", "nav_return")
    assert r["12.05%"][:2] == ("valuation", "benchmark_return")


def test_cash_flow_as_a_net_outflow_and_cash_holdings_are_earnings():
    r = _rows("甲乙集团本季度自由现金流为净流出85.20亿元，上年同期为净流入62.15亿元。"
              "截至9月30日，集团持有现金及流动性投资约3210亿元。")
    assert r["85.20亿元"][0] == "earnings" and r["85.20亿元"][2] == -8.52e9
    assert r["62.15亿元"][0] == "earnings" and r["62.15亿元"][2] == 6.215e9
    assert r["约3210亿元"][:2] == ("earnings", "cash_and_liquid_investments")


def test_a_fund_flow_stays_valuation():
    r = _rows("本周北向资金净流出85.2亿元。")
    assert r["85.2亿元"][0] == "valuation"


def test_contracts_on_hand_and_a_price_per_share():
    r = _rows("截至2024年末星河云在手合同金额（RPO）约88亿美元。星河云于3月20日以每股35美元的价格在纳斯达克上市。")
    assert r["约88亿美元"][:2] == ("earnings", "backlog")
    assert r["35美元"][0] == "valuation"


def test_a_fall_verb_of_an_index_and_of_revenue():
    r = _rows("周五恒生科技指数单日急挫3.8%。甲乙半导体第二季收入12.09亿美元，按年增长12.2%，按季下跌2.3%。",
              dt.date(2025, 10, 12))
    assert r["急挫3.8%"][:3] == ("valuation", "return", -0.038)
    assert r["下跌2.3%"][0] == "earnings" and r["下跌2.3%"][2] == -0.023


def test_cents_and_power_prices_per_capacity():
    r = _rows("2025年6月某国商业用电平均价格为12.8美分/千瓦时。"
              "某电网2025/26交付年容量拍卖出清价为250.10美元/兆瓦·日，较上一年度的30.50美元/兆瓦·日上涨超过7倍。")
    # a country's commercial tariff and a capacity auction's price are the power market's
    # (market, fixtheme26b), not a data centre's own power
    assert r["12.8美分"] == ("market", "average_price", 0.128, "USD")
    assert r["250.10美元"][0] == "market" and r["30.50美元"][0] == "market"
    assert r["超过7倍"][0] == "market"


def test_electricity_used_in_twh_is_watt_hours_and_in_kwh_kwh():
    # fixunit24: energy in the unit family written (TWh in watt-hours, 千瓦时 in kWh), no count
    r = _rows("某机构测算，2024年全球数据中心用电量约400TWh，占全球用电量的1.4%左右；2030年将增至约900TWh。"
              "某机构预计到2030年甲国数据中心用电将增加230TWh。以一个100MW的智算中心测算，年用电量约8.1亿千瓦时。")
    assert r["约400TWh"] == ("compute", "electricity_consumption_kwh", 4e14, "count")
    assert r["约900TWh"][2] == 9e14 and r["230TWh"][2] == 2.3e14
    assert r["1.4%左右"][:2] == ("compute", "share_of_electricity")
    assert r["约8.1亿千瓦时"] == ("compute", "electricity_consumption_kwh", 8.1e8, "count")


def test_a_table_in_twh():
    f = facts_of_text("图表1：某地区数据中心用电量预测（单位：TWh）\n地区　　　　　2024　　　2026\n"
                      "全球　　　　　400　　　 520\n资料来源：某机构", DAY)
    assert sorted(f["value"]) == [4e14, 5.2e14] and set(f["unit"]) == {"count"}


def test_a_bond_term_and_a_projects_construction_period():
    r = _rows("甲乙数据拟发行可转换公司债券，募资总额不超过10.50亿元，期限5年，初始转股价格12.36元/股。"
              "项目总投资40.30亿元，建设期18个月。")
    assert r["5年"] == ("valuation", "convertible_bond_term", 5, "years")
    assert r["18个月"][:2] == ("capex", "construction_period")


def test_a_power_plants_build_time_stays_compute():
    assert _rows("燃气电厂建设周期24-36个月。")["24-36个月"][0] == "compute"


def test_counts_with_their_counters_and_coverage_shares():
    r = _rows("截至5月底，有超过40家企业在星河云上的累计tokens使用量超过1万亿。"
              "星河大模型已覆盖国内七成主流车企。2024年底，全国存储容量总规模达1420EB。"
              "上半年，全国算力服务平台调度智能算力约2.8万P/月。")
    assert r["超过40"][0] == "adoption" and r["超过40"][2] == 40
    assert r["七成"][:3] == ("adoption", "coverage_share", 0.7)
    assert r["1420EB"] == ("compute", "storage_capacity", 1.42e21, "bytes")
    assert r["约2.8万P/月"][2:] == (2.8e19, "flops")


def test_penetration_of_an_optics_technology_is_market_and_of_a_driving_feature_adoption():
    r = _rows("2025年1-9月国内乘用车L2级辅助驾驶渗透率达到60.1%，同比提升约8个百分点。"
              "硅光方案的渗透率由2024年的约25%提升至2025年的约45%。星河App的用户渗透率约12%。")
    # fixtheme36a: a driving feature taken up by the cars sold is adoption, as four triage genres label it
    assert r["60.1%"][:2] == ("adoption", "penetration_rate") and r["约8个百分点"][0] == "adoption"
    assert r["约25%"][0] == "market" and r["约45%"][0] == "market"
    assert r["约12%"][0] == "adoption"


def test_a_rents_change_is_pricing():
    r = _rows("我们草根调研显示，4月H800整机月租报价区间为6.0万-7.0万元，较1月下降约9%。", dt.date(2025, 5, 20))
    assert r["下降约9%"][0] == "pricing" and r["下降约9%"][2] == -0.09


def test_working_capital_from_an_offering_is_valuation():
    r = _rows("甲乙数据拟募资不超过39.80亿元，投向：芯片平台项目（拟投入21.05亿元）、补充流动资金（3.72亿元）。"
              "其中22.00亿元用于智能算力服务项目，8.00亿元补充流动资金。")
    assert r["3.72亿元"][:2] == ("valuation", "working_capital_allocation")
    assert r["8.00亿元"][:2] == ("valuation", "working_capital_allocation")
    assert r["21.05亿元"][0] == "capex"


def test_an_apps_ad_spend_and_a_search_products_queries():
    r = _rows("字节跳动5月在星河上的单月投放费用估计约1.8亿元，环比下降约12%。星搜5月处理查询约6.2亿次，查询量月环比增长约18%。",
              dt.date(2025, 6, 10))
    assert r["约1.8亿元"][:2] == ("market", "user_acquisition_spend")
    assert r["下降约12%"][0] == "market"
    assert r["约6.2亿"][:3] == ("adoption", "queries", 6.2e8)
    assert r["约18%"][0] == "adoption"


def test_data_centre_power_figures_are_compute():
    r = _rows("液冷数据中心相比风冷节能约25%。据测算，HVDC方案可减少约60%的铜材用量，端到端供电效率提升约4个百分点。"
              "到2032年，星河云全球数据中心的能耗规模相比2022年将提升8倍。")
    assert r["约25%"][:2] == ("compute", "energy_saving")
    assert r["减少约60%"][:3] == ("compute", "copper_usage_change", -0.6)
    assert r["约4个百分点"][:2] == ("compute", "power_efficiency_change")
    assert r["8倍"][:2] == ("compute", "energy_consumption_multiple")


def test_a_robotaxi_operators_unit_costs_are_earnings():
    r = _rows("我们测算星河快跑车型（整车成本约19.80万元）单公里运营成本已降至约1.1元，接近有人驾驶网约车的1.5元/公里。"
              "我们预计2027年国内Robotaxi单公里成本可降至0.7元左右。")
    assert r["约19.80万元"][:2] == ("earnings", "vehicle_cost")
    assert r["约1.1元"][:3] == ("earnings", "operating_cost_per_km", 1.1)
    assert r["0.7元左右"][0] == "earnings"
    # the human-driven ride-hail's 1.5元/公里 is written per kilometre, so it reads as a price per
    # km since round 18 (fares per km are prices); its value stays exact
    assert r["1.5元/公里"][2] == 1.5


def test_a_parts_price_rise_is_market_and_a_share_rise_stays_valuation():
    r = _rows("成本上升主要来自三方面：一是新一代SoC单价约180美元，较上代的160美元上涨12.5%；二是12GB LPDDR5X采购价环比上涨约10%。"
              "甲乙科技股价上涨5%。")
    assert r["12.5%"][:2] == ("market", "price_change")
    assert r["约10%"][0] == "market"
    assert r["5%"][0] == "valuation"


def test_a_qualifier_after_yuan_keeps_the_nt_dollar_scope():
    f = facts_of_text("【甲乙電】10月營收新台幣1,234.5億元，月增5.0%。我們預期11月、12月甲乙電月營收將維持在1,200億元以上。", DAY)
    units = {r.text: r.unit for r in f.itertuples()}
    assert units["1,200億元以上"] == "TWD"  # it ended the scope it stood in as a CNY amount
