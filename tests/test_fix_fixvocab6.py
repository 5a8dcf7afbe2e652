"""Domain vocabularies that gave no row or the wrong metric (fixvocab6). Every text is invented.

h28-1   patent and IP statistics: 有效发明专利, 授权量, 授权率, 专利族, PCT申请, 质押融资 (a loan on
        patents, not a funding round), 审查周期 (months) are market counts and amounts.
h28-9   index-review flows and free float: 被动流入, 被动资产, 流通股占比 are valuation.
h28-11  market-segment words: CR3/CR5 (market), 咨询量占比 (work done by AI: adoption), 会话成本
        (a price per contact).
h28-13  component cost: 采购成本 of parts is a market BOM cost, never a capex commitment;
        整机柜出货价, 单柜BOM.
h28-17  campaign spend: 红包 and 营销投入 keep their 元 (money, not users), 获客成本.
h29-3   guided funds: 母基金总规模, 首期规模, 目标规模, 母基金认缴, 市级财政出资; a firm's alias inside a
        fund's proper name (…产业基金) does not make the fund that firm.
h29-7   model-hub words: 衍生模型, 点赞 (a count after 约 is no WeChat counter), 托管模型, 新增模型,
        占下载量 (a share, not growth).
h29-13  M&A terms: 股份支付/现金支付 consideration and their shares, 新增商誉, 投资收益.
h29-15  续约率, 年均付费.
h30-2   wealth management: a platform's 管理资产规模/AUM is adoption ``aum`` (an industry's
        资产管理规模 stays a market size); 年化管理费率/年费率 are pricing, 管理费用率 stays earnings.
h30-4   Taiwan dividends: 每股配發現金股利, 配息, 發放現金股利 totals, 殖利率 (a yield), 配發率.
"""
from __future__ import annotations

import datetime as dt

import pytest

from text_facts import facts_of

PUB = dt.date(2025, 10, 30)


def rows(text: str) -> set[tuple]:
    f = facts_of(text, PUB)
    return {(r.theme, r.metric, round(float(r.value), 6), r.unit) for r in f.itertuples()}


def entities(text: str) -> set[str]:
    return set(facts_of(text, PUB)["entity"])


# --- h28-1 patents ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("截至2024年6月底，我国机器人领域有效发明专利达到8.2万件，同比增长19.5%。",
     {("market", "valid_patents", 82000, "count"), ("market", "valid_patents_growth", 0.195, "ratio")}),
    ("2024年我国人工智能发明专利授权量为6.12万件，授权率52.8%，提升2.6个百分点。",
     {("market", "patent_grants", 61200, "count"), ("market", "grant_rate", 0.528, "ratio"),
      ("market", "grant_rate_change", 0.026, "pp")}),
    ("全球生成式人工智能专利族约5.4万项，PCT国际专利申请为4,870件。",
     {("market", "patent_families", 54000, "count"), ("market", "pct_applications", 4870, "count")}),
    ("今年专利质押融资金额约42亿元。", {("market", "pledge_financing", 4.2e9, "CNY")}),
    ("发明专利平均审查周期压缩至约14个月。", {("market", "average_examination_period", 14, "months")}),
])
def test_patent_statistics_are_market_counts(text, want):
    assert want <= rows(text)


def test_a_funding_round_stays_a_funding_round():
    assert ("valuation", "funding_amount", 5e8, "CNY") in rows("澜海科技完成5亿元B轮融资。")


def test_a_patent_number_is_no_fact():
    assert rows("该方案已获授权，专利号ZL202310012345.6。") == set()


# --- h30-4 Taiwan dividends -------------------------------------------------------------------
def test_a_dividend_with_a_verb_inside_is_a_dividend_per_share():
    got = facts_of("聯詠董事會通過每股配發現金股利12元。", PUB)
    assert list(got["metric"]) == ["dividend_per_share"] and list(got["value"]) == [12]


def test_pay_outs_yield_and_payout_ratio():
    got = rows("台積電配息4.5元，殖利率約2.4%。廣達每股配發15元，配發率70%。")
    assert {("earnings", "dividend_per_share", 4.5, "TWD"), ("valuation", "dividend_yield", 0.024, "ratio"),
            ("earnings", "dividend_per_share", 15, "TWD"), ("earnings", "payout_ratio", 0.7, "ratio")} <= got


def test_the_dividends_of_all_listed_companies_are_a_total():
    assert ("earnings", "cash_dividend_total", 1.9e12) in {r[:3] for r in rows("上市櫃公司今年合計發放現金股利約1.9兆元。")}


def test_eps_growth_stays_eps_growth():
    assert {r[1] for r in rows("公司EPS年增15%。")} == {"eps_growth"}


# --- h30-2 wealth management -----------------------------------------------------------------
def test_a_platforms_assets_under_management_are_valuation():
    # fixfin46: the gold labels an advisory app's, a fund's and a sovereign fund's AUM valuation
    # (five sets, never adoption): money invested, not a count of users
    got = rows("截至2025年6月末，某智能投顾平台“星盘”管理资产规模约120亿美元，较年初增长12%。")
    assert {("valuation", "aum", 1.2e10, "USD"), ("valuation", "aum_growth", 0.12, "ratio")} <= got


def test_advisory_fee_rates_are_prices():
    assert {("pricing", "annual_fee_rate", 0.004, "ratio"), ("pricing", "annual_fee_rate", 0.012, "ratio")} \
        <= rows("AI投顾年费率约0.4%，远低于人工投顾的1.2%。")


def test_an_aum_table_and_its_fee_column():
    text = ("表：平台规模与费率（单位：亿美元）\n"
            "| 平台 | 2024年末AUM | 年化管理费率(%) |\n| --- | --- | --- |\n| 星盘投顾 | 95 | 0.25 |\n")
    got = rows(text)
    assert ("valuation", "aum", 9.5e9, "USD") in got and ("pricing", "annual_management_fee_rate", 0.0025, "ratio") in got


def test_a_companys_admin_expense_ratio_stays_earnings():
    assert {r[1] for r in rows("公司管理费用率8.5%。")} == {"admin_expense_ratio"}


def test_an_industrys_asset_management_scale_stays_a_market_size():
    assert {r[:2] for r in rows("全球资产管理规模约130万亿美元。")} == {("market", "market_size")}


# --- h29-7 model hubs -------------------------------------------------------------------------
def test_model_hub_counts():
    got = rows("平台托管模型总数超过9万个，单月新增模型约4,200个，同比增长65%。Mistral 系列的衍生模型约4.2万个。")
    assert {("adoption", "hosted_models", 90000, "count"), ("adoption", "new_models", 4200, "count"),
            ("adoption", "new_models_growth", 0.65, "ratio"), ("adoption", "derivative_models", 42000, "count")} <= got


def test_likes_after_an_approximate_word_are_a_count():
    assert ("adoption", "likes", 9800, "count") in rows("Phi-4 累计点赞约9,800个。")


def test_a_wechat_like_counter_is_still_no_fact():
    assert rows("阅读 2.1万 · 在看 58 · 点赞 1,024\n") == set()


def test_a_share_of_downloads_is_a_share():
    got = rows("美国机构发布的模型占下载量约35%。")
    assert got == {("market", "download_share", 0.35, "ratio")}


def test_downloads_and_their_growth_are_unchanged():
    assert {r[1] for r in rows("Qwen下载量约2,310万次，环比下滑21.5%。")} == {"downloads", "downloads_growth_qoq"}


# --- h29-3 guided funds -------------------------------------------------------------------------
def test_a_fund_of_funds_terms():
    got = rows("成都市低空经济产业母基金总规模120亿元，首期规模30亿元，其中市级财政出资占35%。")
    assert {("valuation", "fund_size", 1.2e10, "CNY"), ("valuation", "first_close_size", 3e9, "CNY"),
            ("valuation", "municipal_contribution_share", 0.35, "ratio")} <= got


SUB_FUNDS = ("序号　子基金名称　目标规模（亿元）　母基金认缴（亿元）\n"
             "１　上海智元具身智能产业基金　25　7.5\n"
             "２　上海星河算力产业基金　30　9\n")


def test_a_firms_alias_inside_a_funds_name_is_not_that_firm():
    got = facts_of(SUB_FUNDS, PUB)
    assert "AgiBot" not in set(got["entity"])
    assert {("target_size", 2.5e9), ("fof_commitment", 7.5e8)} <= {(r.metric, r.value) for r in got.itertuples()}
    assert all(e.endswith("Industry Fund") for e in got["entity"])


def test_a_fund_named_after_qizhong_is_not_that_firm():
    assert "AgiBot" not in entities("其中上海智元具身智能产业基金目标规模25亿元。")


def test_the_firm_named_on_its_own_stays_the_firm():
    assert entities("智元机器人完成新一轮融资，估值约150亿元。") == {"AgiBot"}


# --- h29-13 / h29-15 M&A and other terms ---------------------------------------------------------
def test_deal_consideration_goodwill_and_investment_gain():
    got = rows("交易作价9.6亿元，其中股份支付6.72亿元（占70%），现金支付2.88亿元（占30%）。预计新增商誉约8亿元。"
               "公司出售子公司股权确认投资收益2.1亿元。")
    assert {("valuation", "share_consideration", 6.72e8, "CNY"), ("valuation", "share_consideration_share", 0.7, "ratio"),
            ("valuation", "cash_consideration", 2.88e8, "CNY"), ("valuation", "cash_consideration_share", 0.3, "ratio"),
            ("valuation", "goodwill", 8e8, "CNY"), ("earnings", "investment_gain", 2.1e8, "CNY")} <= got


def test_a_share_based_pay_expense_is_no_deal_consideration():
    assert {r[:2] for r in rows("本期确认股份支付费用1.2亿元。")} == {("earnings", "share_based_payment_expense")}


def test_renewal_rate_and_annual_spend_per_customer():
    assert {("adoption", "renewal_rate", 0.85, "ratio"), ("pricing", "annual_spend_per_customer", 2e5, "CNY")} \
        <= rows("订阅续约率约85%，平均每个客户年均付费约20万元。")


# --- h28-13 component cost --------------------------------------------------------------------
def test_a_parts_purchase_cost_is_a_bom_cost_not_capex():
    got = rows("单台AI服务器中8颗GPU合计采购成本约28万美元。")
    assert ("market", "bom_cost", 2.8e5, "USD") in got and not any(r[0] == "capex" for r in got)


def test_a_purchase_agreement_stays_capex():
    assert ("capex", "purchase_commitment", 1e10, "USD") in rows("微软签订100亿美元GPU采购协议。")


def test_rack_price_and_rack_bom():
    got = rows("整机柜出货价约390万美元，单柜BOM约560万美元。")
    assert {("market", "rack_price", 3.9e6, "USD"), ("market", "rack_bom_cost", 5.6e6, "USD")} <= got


# --- h28-17 campaign spend ---------------------------------------------------------------------
def test_red_packets_and_acquisition_cost_are_money():
    got = rows("春节期间京东发放AI购物红包3亿元，单用户获客成本约15元。春节7天AI应用总营销投入约55亿元。")
    # fixfin46: a cost per user or install is pricing, as the gold labels it in both sets stating one
    assert {("adoption", "red_packet_campaign_spend", 3e8, "CNY"), ("pricing", "customer_acquisition_cost", 15, "CNY"),
            ("adoption", "marketing_spend", 5.5e9, "CNY")} <= got
    assert not any(r[0] == "capex" or r[3] == "count" for r in got)


# --- h28-9 / h28-11 flows and market-segment words ------------------------------------------------
def test_index_flows_and_free_float():
    got = rows("跟踪富时中国A50的被动资产约300亿美元。解禁后其流通股占比将升至约70%。对应被动流入合计约1.5亿美元。")
    assert {("valuation", "passive_assets_tracking", 3e10, "USD"), ("valuation", "free_float_share", 0.7, "ratio"),
            ("valuation", "estimated_passive_inflow", 1.5e8, "USD")} <= got


def test_concentration_inquiry_share_and_contact_cost():
    got = rows("行业CR3约为52%，较上年提升4个百分点。AI处理的咨询量占比约为58%。单次会话成本0.2元左右。")
    assert {("market", "cr3", 0.52, "ratio"), ("market", "cr3_change", 0.04, "pp"),
            ("adoption", "ai_share_of_inquiries", 0.58, "ratio"), ("pricing", "cost_per_contact", 0.2, "CNY")} <= got


def test_a_market_share_stays_a_market_share():
    assert {r[1] for r in rows("科大讯飞市场份额约9%。")} == {"market_share"}


def test_a_patent_ranking_table_gives_each_applicant_its_grants():
    text = ("表1 2024年人工智能发明专利授权量前五位申请人（单位：件）\n"
            "| 排名 | 申请人 | 授权量 | 同比增速(%) |\n| --- | --- | --- | --- |\n"
            "| 1 | 国家电网 | 1,245 | 15.2 |\n| 2 | 小米 | 845 | 12.0 |\n")
    got = {(r.entity, r.metric, round(r.value, 6)) for r in facts_of(text, PUB).itertuples()}
    assert {("State Grid", "patent_grants", 1245), ("State Grid", "patent_grants_growth", 0.152),
            ("Xiaomi", "patent_grants", 845), ("Xiaomi", "patent_grants_growth", 0.12)} <= got


def test_a_dividend_table_yield_column_is_a_yield_not_eps_growth():
    text = ("表3：除權息行事曆（殖利率以114年5月30日收盤價計算）\n"
            "| 公司 | 每股現金股利(元) | 殖利率(%) |\n| --- | --- | --- |\n| 日月光 | 5.2 | 3.85 |\n")
    got = {(r.theme, r.metric, round(r.value, 6)) for r in facts_of(text, PUB).itertuples()}
    assert ("valuation", "dividend_yield", 0.0385) in got and not any(m == "eps_growth" for _, m, _ in got)
