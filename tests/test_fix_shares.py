"""Shares and per-unit figures of results notes and surveys: net revenue retention, per-seat and
per-outcome prices, customer concentration, the delivered share of a backlog (invented texts)."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of as _row

PUB = dt.date(2026, 5, 20)


# ---- net revenue retention -------------------------------------------------------------------

def test_net_revenue_retention_is_adoption_not_revenue_growth():
    df = facts_of_text("岚峰科技2025年净收入留存率（NRR）125%，营业收入同比增长40%。", PUB)
    r = _row(df, "125%")
    assert (r.theme, r.metric, r.value, r.entity, r.period) == (
        "adoption", "net_revenue_retention", 1.25, "Lanfeng", "2025")
    # the revenue growth beside it stays revenue growth
    assert _row(df, "40%").metric == "revenue_growth"


def test_net_revenue_retention_variants():
    df = facts_of_text("岚峰科技的净收入留存率达到118%，较上年下降7个百分点。", PUB)
    assert _row(df, "118%").metric == "net_revenue_retention"
    r = _row(df, "下降7个百分点")
    assert (r.metric, r.unit, r.value) == ("net_revenue_retention_change", "pp", -0.07)
    df = facts_of_text("岚峰科技NRR为112%，客户数增长30%。", PUB)
    assert _row(df, "112%").metric == "net_revenue_retention"
    assert _row(df, "30%").metric == "customers_growth"
    df = facts_of_text("嵐峰科技淨收入留存率為121%。", PUB)
    assert _row(df, "121%").metric == "net_revenue_retention"
    df = facts_of_text("The company's net revenue retention was 131% in 2025.", PUB)
    assert _row(df, "131%").metric == "net_revenue_retention"


def test_revenue_growth_without_retention_unchanged():
    # near-miss: no retention word, the growth stays revenue growth
    df = facts_of_text("岚峰科技2025年营业收入同比增长125%。", PUB)
    r = _row(df, "125%")
    assert (r.theme, r.metric) == ("earnings", "revenue_growth")


# ---- per-seat and per-outcome prices ---------------------------------------------------------

def test_per_seat_price():
    df = facts_of_text("岚峰科技旗舰版每席位每月199元，海外版每用户每月20美元。", PUB)
    r = _row(df, "199元")
    assert (r.theme, r.metric, r.value, r.unit) == ("pricing", "price_per_seat_per_month", 199, "CNY")
    r = _row(df, "20美元")
    assert (r.theme, r.metric, r.unit) == ("pricing", "price_per_user_per_month", "USD")
    df = facts_of_text("微软Copilot企业版每个席位每月30美元。", PUB)
    r = _row(df, "30美元")
    assert (r.metric, r.entity) == ("price_per_seat_per_month", "Microsoft Copilot")
    df = facts_of_text("Copilot costs $30 per user per month.", PUB)
    assert _row(df, "$30").metric == "price_per_user_per_month"


def test_per_outcome_price():
    df = facts_of_text("岚峰科技客服产品按工单计价，每单0.5元；对话机器人每次会话0.1元。", PUB)
    r = _row(df, "0.5元")
    assert (r.theme, r.metric, r.value) == ("pricing", "price_per_ticket", 0.5)
    assert _row(df, "0.1元").metric == "price_per_conversation"
    df = facts_of_text("岚峰科技每张工单收费1.2元。", PUB)
    assert _row(df, "1.2元").theme == "pricing"  # a per-ticket charge (收费 reads it as a fee)


def test_ticket_and_seat_counts_are_not_prices():
    # near-miss: counts of tickets and seats stay adoption counts, revenue stays revenue
    df = facts_of_text("岚峰科技2025年营业收入5亿元，付费席位超过20万个。", PUB)
    assert _row(df, "5亿元").metric == "revenue"
    assert _row(df, "超过20万").metric == "paid_seats"
    df = facts_of_text("岚峰科技客服工单量同比增长40%。", PUB)
    assert _row(df, "40%").theme != "pricing"


# ---- customer concentration and the delivered share of a backlog ----------------------------

def test_top_customer_shares_are_earnings_of_the_company():
    df = facts_of_text("岚峰科技前五大客户占比超七成。", PUB)
    r = _row(df, "超七成")
    assert (r.theme, r.entity, r.metric, r.value) == (
        "earnings", "Lanfeng", "top5_customer_revenue_share", 0.7)
    df = facts_of_text("岚峰科技2025年前五大客户收入占比为68.5%，较上年下降3个百分点。", PUB)
    r = _row(df, "68.5%")
    assert (r.metric, r.period) == ("top5_customer_revenue_share", "2025")
    r = _row(df, "下降3个百分点")
    # the metric name of the pp change is top5_customer_revenue_growth since the fixfiling2 merge
    # (named in the round's closing note); its unit, sign and size are what this asserts
    assert (r.metric.startswith("top5_customer_revenue"), r.unit, r.value) == (True, "pp", -0.03)
    df = facts_of_text("岚峰科技前五名客户合计占公司营业收入的72%。", PUB)
    assert _row(df, "72%").metric == "top5_customer_revenue_share"
    df = facts_of_text("岚峰科技第一大客户占比约25%，前十大客户占比约60%。", PUB)
    assert _row(df, "约25%").metric == "top_customer_revenue_share"
    assert _row(df, "约60%").metric == "top10_customer_revenue_share"


def test_segment_revenue_share_is_not_a_customer_share():
    # near-miss: a revenue share with no ranked customers before it stays a revenue share, and
    # a customer named in an earlier clause does not take it
    df = facts_of_text("岚峰科技2025年营业收入12亿元，其中海外收入占比35%。", PUB)
    assert _row(df, "35%").metric == "revenue_share"
    df = facts_of_text("岚峰科技最大客户为某云厂商，公司海外收入占比约30%。", PUB)
    assert _row(df, "约30%").metric == "revenue_share"


def test_delivered_share_of_backlog():
    df = facts_of_text("岚峰科技在手订单约80亿元，其中约六成预计在2026年内交付。", PUB)
    r = _row(df, "约六成")
    assert (r.theme, r.entity, r.metric, r.value, r.period) == (
        "earnings", "Lanfeng", "backlog_delivery_share", 0.6, "2026")
    df = facts_of_text("截至2025年末，岚峰科技在手订单120亿元，其中70%预计于2026年确认收入。", PUB)
    r = _row(df, "70%")
    assert (r.metric, r.period) == ("backlog_recognition_share", "2026")


def test_part_of_backlog_without_delivery_verb():
    # near-miss: a share of the backlog named by its own measure stays that measure's share
    df = facts_of_text("岚峰科技在手订单约80亿元，其中海外订单占比约40%。", PUB)
    assert _row(df, "约40%").metric != "backlog_delivery_share"
    df = facts_of_text("岚峰科技营业收入80亿元，其中海外收入占比约六成，预计2026年交付新产品。", PUB)
    assert _row(df, "约六成").metric == "revenue_share"


# ---- shares of a demand or revenue pool ------------------------------------------------------

def test_firms_share_of_a_demand_pool():
    df = facts_of_text("2026年英伟达预计占先进封装总需求约55%；博通约18%，AMD约7%。", PUB)
    got = {t: (_row(df, t).theme, _row(df, t).entity, _row(df, t).period) for t in ("约55%", "约18%", "约7%")}
    assert got == {"约55%": ("market", "Nvidia", "2026"), "约18%": ("market", "Broadcom", "2026"),
                   "约7%": ("market", "AMD", "2026")}
    assert _row(df, "约55%").metric == "demand_share"
    # the pool's own names (台积电, CoWoS) are not the holder
    df = facts_of_text("英伟达占台积电CoWoS需求的60%。", PUB)
    r = _row(df, "60%")
    assert (r.theme, r.entity, r.metric) == ("market", "Nvidia", "demand_share")


def test_part_share_of_an_industry_revenue():
    df = facts_of_text("HBM在DRAM产业收入中的占比预计由2025年的约20%提升至2026年的约30%，"
                       "其中HBM3E占比将从2025年的约40%升至2026年的超过60%。", PUB)
    got = [(r.text, r.theme, r.entity, r.period) for r in df.itertuples()]
    assert got == [("约20%", "market", "HBM", "2025"), ("约30%", "market", "HBM", "2026"),
                   ("约40%", "market", "HBM3E", "2025"), ("超过60%", "market", "HBM3E", "2026")]


def test_company_revenue_shares_stay_earnings():
    # near-misses: a company's own revenue whole, and a share of revenue with no part named before
    # it, stay the company's revenue share; a share that is not of a pool is not a demand share
    df = facts_of_text("岚峰科技在其DRAM营收中占比42%。", PUB)
    r = _row(df, "42%")
    assert (r.theme, r.entity, r.metric) == ("earnings", "Lanfeng", "revenue_share")
    df = facts_of_text("岚峰科技2025年营业收入12亿元，其中海外收入占比35%。", PUB)
    assert _row(df, "35%").theme == "earnings"
    df = facts_of_text("2025年英伟达市场份额约70%；AMD约10%。", PUB)
    assert _row(df, "约70%").metric == "market_share"
    assert _row(df, "约10%").entity == "AMD"


# ---- survey results --------------------------------------------------------------------------

_SURVEY = ("我们于2026年4月完成的开发者问卷（问卷编号QX-2604，共30题）显示：已在生产环境上线大模型应用的"
           "企业占比27%，而2025年同期仅为9%；另有38%的企业处于评估阶段。分行业看，零售业上线率最高，"
           "达35%；医药为18%。61%的受访企业计划增加相关预算。")


def test_survey_shares_are_adoption_of_the_surveyed():
    df = facts_of_text(_SURVEY, PUB)
    for text, period in (("27%", "2026-04"), ("9%", "2025-04"), ("38%", "2026-04"), ("61%", "2026-04")):
        r = _row(df, text)
        assert (r.theme, r.entity, r.period) == ("adoption", "Surveyed companies", period), text
    assert _row(df, "27%").metric == "ai_adoption_share"


def test_survey_sector_rates_are_of_the_sectors_firms():
    df = facts_of_text(_SURVEY, PUB)
    r = _row(df, "35%")
    assert (r.theme, r.entity, r.metric) == ("adoption", "Retailers", "adoption_rate")
    assert _row(df, "18%").entity == "Pharmaceutical firms"
    df = facts_of_text("调研显示，分行业看，金融业落地率为42%；制造业为21%。", PUB)
    assert (_row(df, "42%").entity, _row(df, "21%").entity) == ("Financial firms", "Manufacturers")


def test_survey_budget_is_adoption_of_the_surveyed():
    df = facts_of_text("大模型问卷显示，61%的受访企业计划增加相关预算，平均年度预算约90万元。", PUB)
    r = _row(df, "约90万元")
    assert (r.theme, r.entity, r.metric, r.value) == ("adoption", "Surveyed companies", "annual_budget", 9e5)
    # near-miss: a project's budget stays the project's (项目预算)
    df = facts_of_text("岚峰科技智算中心项目预算约18亿元。", PUB)
    assert _row(df, "约18亿元").metric == "budget"


def test_survey_code_and_question_count_are_not_facts():
    df = facts_of_text(_SURVEY, PUB)
    assert not (df["text"] == "30").any()
    assert not df["entity"].str.contains("QX").any()
    # near-miss: a count of things that are not questions stays a fact
    df = facts_of_text("岚峰科技2025年新增客户30家。", PUB)
    assert _row(df, "30").metric == "customers"


def test_same_period_of_a_given_year():
    from aigc_analysis.extract.periods import find_periods
    got = [(p.text, p.value) for p in find_periods("2025年第三季度营收10亿元，2024年同期为8亿元。", PUB)]
    assert got == [("2025年第三季度", "2025Q3"), ("2024年同期", "2024Q3")]
    # near-miss: with no period before it, the year is the year
    assert [(p.text, p.value) for p in find_periods("2025年同期增长5%。", PUB)] == [("2025年同期", "2025")]


def test_adoption_share_without_survey_keeps_its_subject():
    # near-miss: a share of firms with no survey word is adoption, and no survey population is made up
    df = facts_of_text("大模型落地加速，已上线AI应用的企业占比约30%。", PUB)
    r = _row(df, "约30%")
    assert r.theme == "adoption" and r.entity != "Surveyed companies"
    # a retail sales figure is no industry's adoption rate
    df = facts_of_text("零售业务月活用户同比增长8%。", PUB)
    assert _row(df, "8%").entity != "Retailers"
