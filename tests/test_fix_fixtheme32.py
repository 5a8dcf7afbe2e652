"""Theme boundaries of data-centre money, CoWoS shares and staff shares (invented texts): a
vendor's data-centre segment revenue and its growth are earnings and money put into data centres
is capex, not compute spending; a designer's share of CoWoS demand is compute; a share of a
firm's own staff is earnings, not a market share."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 9, 10)

SEGMENT_TABLE = ("表2　澜芯科技分季度经营数据（单位：亿美元）\n"
                 "　　　　　　FY26Q1　　FY26Q2\n"
                 "总营收　　　120　　　　140\n"
                 "数据中心　　88　　　　101\n")


def test_a_vendors_data_centre_row_in_its_operating_table_is_earnings():
    df = facts_of_text(SEGMENT_TABLE, PUB)
    r = row_of(df, "88")
    assert (r.theme, r.value) == ("earnings", 8.8e9)


def test_a_data_centre_segments_growth_in_a_fiscal_quarter_is_earnings():
    df = facts_of_text("澜芯科技数据中心业务在第一财季同比增长41%，第二财季同比增幅回落至37%。", PUB)
    assert row_of(df, "41%")["theme"] == "earnings"
    assert row_of(df, "37%")["theme"] == "earnings"


def test_a_project_loan_for_data_centres_is_capex():
    df = facts_of_text("星河云除90亿元公开发债外，其为合作方配套的两座数据中心还牵涉一笔约150亿元的银团项目贷款。", PUB)
    assert row_of(df, "约150亿元")["theme"] == "capex"


def test_a_designers_share_of_cowos_demand_is_compute():
    df = facts_of_text("我们测算2026年锐思在CoWoS总需求中的占比约55%，弘科占比约12%。", PUB)
    assert row_of(df, "约55%")["theme"] == "compute"
    assert row_of(df, "约12%")["theme"] == "compute"


def test_a_share_of_a_firms_own_staff_is_earnings():
    df = facts_of_text("报告期末公司研发人员2,310人，较上年增加9.5%，占员工总数的比例为18.40%。", PUB)
    assert row_of(df, "18.40%")["theme"] == "earnings"


def test_a_share_of_a_labour_market_stays_market():
    df = facts_of_text("国内全职高学历标注员占比有望由不到一成提升至三成。", PUB)
    assert row_of(df, "三成")["theme"] == "market"


def test_money_pledged_over_the_coming_years_is_capex():
    df = facts_of_text("澜石集团宣布计划未来五年投资800亿美元，首期立即投入200亿美元。", PUB)
    assert row_of(df, "800亿美元")["theme"] == "capex"


def test_a_multi_year_plans_expected_growth_is_capex():
    df = facts_of_text("我们认为地方国企AI投资将在未来三年保持25%以上的年均增速。", PUB)
    assert row_of(df, "25%以上")["theme"] == "capex"


def test_a_funding_round_over_the_coming_years_stays_valuation():
    df = facts_of_text("星河智能完成新一轮融资，投资人未来两年将分期投资12亿元。", PUB)
    assert row_of(df, "12亿元")["theme"] != "capex"
