"""Pay figures of round 40, on invented texts of invented cities, firms and jobs: a wage keyword
makes a money figure a pay fact (年平均工资, 工资中位数, a wage-guidance table under 工资价位); a
bare number right after a pay word is money (年薪60-90万); a job board's K-notation pay range
joined to its months of pay (22-38K·14薪) is a monthly pay and the months a year, while a
context window's K (0-32K) stays no pay; a pay keyword after a clause's subsidy word names the
amount (获资助岗位的平均月薪); a company's pay bill (员工薪酬, 员工酬劳) is earnings."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 9, 3)


# --- shapes of the number parser --------------------------------------------------------------
def test_k_range_before_months_of_pay_is_monthly_pay_and_months():
    qs = [(q.text, q.value, q.value_high, q.unit, q.kind) for q in find_quantities("视觉算法专家　22-38K·14薪")]
    assert qs == [("22-38K", 22000.0, 38000.0, "CNY", "pay"), ("14薪", 14.0, None, "months", "pay_months")]


def test_k_after_pay_word_is_monthly_pay():
    (q,) = find_quantities("月薪12K，六险一金")
    assert (q.value, q.unit, q.kind) == (12000.0, "CNY", "pay")


def test_bare_number_after_pay_word_is_money():
    (q,) = find_quantities("架构师年薪60-90万")
    assert (q.value, q.value_high, q.unit, q.kind) == (600000.0, 900000.0, "CNY", "money")


def test_context_window_k_is_no_pay():
    assert all(q.unit != "CNY" for q in find_quantities("上下文长度0-32K，按档计价"))
    assert all(q.kind != "pay_months" for q in find_quantities("窗口128K，共13档"))


def test_months_as_a_basis_of_reckoning_are_no_months_of_pay():
    """按13薪折算: a basis a writer reckons with, not a job's terms (no pay range before it)."""
    assert all(q.kind != "pay_months" for q in find_quantities("年薪按13薪折算约为90万元"))


# --- facts ------------------------------------------------------------------------------------
WAGE_NOTICE = ("苍梧市人社局发布2024年人工智能人才薪酬调查结果\n\n"
               "2024年度全市企业职工年平均工资为8.76万元，比上年增长3.3%。"
               "其中人工智能相关职业年平均工资为17.9万元，是全市平均水平的2.04倍。\n"
               "图像标注员工资中位数为6.15万元。\n\n"
               "二、重点职业工资价位（单位：元/年）\n"
               "职业名称　　　　　　低位数(10%)　中位数(50%)　高位数(90%)\n"
               "语音识别工程师　　　 98,300　　 171,600　　 402,700\n")


def test_average_wage_is_a_market_pay_fact():
    df = facts_of_text(WAGE_NOTICE, PUB)
    r = row_of(df, "8.76万元")
    assert (r["theme"], r["metric"], r["value"]) == ("market", "average_annual_wage", 87600.0)
    assert row_of(df, "3.3%")["metric"] == "average_annual_wage_growth"
    assert row_of(df, "2.04倍")["theme"] == "market"


def test_median_wage_is_a_market_pay_fact():
    r = row_of(facts_of_text(WAGE_NOTICE, PUB), "6.15万元")
    assert (r["theme"], r["metric"]) == ("market", "wage_median")


def test_wage_guidance_table_cells_are_pay():
    df = facts_of_text(WAGE_NOTICE, PUB)
    for cell, value in (("98,300", 98300.0), ("171,600", 171600.0), ("402,700", 402700.0)):
        r = row_of(df, cell)
        assert (r["theme"], r["unit"], r["value"]) == ("market", "CNY", value)


JOB_BOARD = ("某AI招聘平台 · 本周精选岗位\n\n"
             "① 语音大模型算法工程师　　　　　26-48K·15薪\n"
             "杭州 | 3-5年 | 硕士 | 招4人\n"
             "职位福利：年终奖最高5个月　签字费最高15万\n")


def test_job_board_pay_range_and_months():
    df = facts_of_text(JOB_BOARD, PUB)
    r = row_of(df, "26-48K")
    assert (r["theme"], r["metric"], r["value"], r["value_high"]) == ("market", "monthly_salary", 26000.0, 48000.0)
    r = row_of(df, "15薪")
    assert (r["theme"], r["metric"], r["value"]) == ("market", "salary_months_per_year", 15.0)


def test_bonus_in_months_is_pay():
    r = facts_of_text(JOB_BOARD, PUB).query("unit == 'months' and value == 5.0").iloc[0]
    assert (r["theme"], r["metric"]) == ("market", "year_end_bonus_months")


def test_pay_of_subsidised_jobs_is_pay_not_a_subsidy():
    text = ("新闻稿\n西岭数码人才署公布AI实习计划成效\n\n"
            "计划为每名获聘人员提供每月最多12,000港元的薪金资助，获资助岗位的平均月薪为27,600港元。\n")
    df = facts_of_text(text, PUB)
    r = row_of(df, "27,600港元")
    assert (r["theme"], r["metric"]) == ("market", "average_monthly_salary")


def test_company_pay_bill_is_earnings():
    text = ("青岚智算2024年度ESG报告（节选）\n\n"
            "2024年公司员工薪酬及福利总额为17.3亿元，同比增长9.4%。\n"
            "本公司分派员工酬劳2.6亿元，董事酬劳1,800万元。\n")
    df = facts_of_text(text, PUB)
    for cell in ("17.3亿元", "2.6亿元", "1,800万元"):
        assert row_of(df, cell)["theme"] == "earnings", cell


def test_hourly_pay_is_a_price_and_a_group_average_is_the_market():
    """时薪 of a role is labour's price (pricing, as a 元/小时 column is); 平均时薪 of a group of
    workers is a labour-market average (market, as 平均月薪 is)."""
    text = ("夜班直播观察：数字人主播成本仅为真人的三成\n\n"
            "一名资深真人带货主播时薪在180元-320元。\n"
            "完成AI课程的学员平均时薪约33元，较培训前提高约18%。\n")
    df = facts_of_text(text, PUB)
    r = row_of(df, "180元-320元")
    assert (r["theme"], r["metric"]) == ("pricing", "hourly_wage")
    r = row_of(df, "约33元")
    assert (r["theme"], r["metric"]) == ("market", "average_hourly_wage")
