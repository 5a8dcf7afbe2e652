"""A place's action plan (行动方案, 若干措施, 实施意见): the goals it counts, the money it commits
and the support it gives, all on invented plans of invented places."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 2, 10)
CITY = ("青政办发〔2026〕5号\n\n青澄市人民政府办公厅关于印发《青澄市人工智能产业高质量发展行动方案"
        "（2026—2030年）》的通知\n\n《青澄市人工智能产业高质量发展行动方案（2026—2030年）》已经市政府"
        "第38次常务会议审议通过，现印发给你们。\n\n青澄市人民政府办公厅\n2026年2月10日\n\n"
        "青澄市人工智能产业高质量发展行动方案（2026—2030年）\n一、总体目标\n")
PROVINCE = "# 岭南省关于加快人工智能产业发展的若干措施\n"


def _row(body: str, text: str, head: str = CITY):
    return row_of(facts_of_text(head + body + "\n", PUB), text)


def _fields(row, *names):
    return tuple(row[n] for n in names)


# --- 1: counted goals --------------------------------------------------------------------------
@pytest.mark.parametrize("body, text, metric, period", [
    ("到2027年，集聚人工智能企业1200家以上，培育上市企业15家、独角兽企业3家。", "1200", "number_of_firms_target", "2027"),
    ("到2027年，集聚人工智能企业1200家以上，培育上市企业15家、独角兽企业3家。", "15", "listed_firms_target", "2027"),
    ("到2027年，集聚人工智能企业1200家以上，培育上市企业15家、独角兽企业3家。", "3", "unicorns_target", "2027"),
    ("到2030年，全市人工智能企业超过2500家。", "超过2500", "number_of_firms_target", "2030"),
])
def test_plan_counts_its_place_firms(body, text, metric, period):
    row = _row(body, text)
    assert _fields(row, "entity", "theme", "metric", "period", "unit") == \
        ("Qingcheng AI firms", "market", metric, period, "count")


def test_plan_firm_industry_from_the_title_and_the_sentence():
    # no industry word in the sentence: the title's (岭南省…人工智能产业…)
    row = _row("力争到2028年，培育独角兽企业5家。", "5", PROVINCE)
    assert _fields(row, "entity", "metric", "period") == ("Lingnan AI firms", "unicorns_target", "2028")
    # a firm count the place has reached already is no goal
    row = _row("截至2025年底，全省已集聚人工智能企业800家。", "800", PROVINCE)
    assert _fields(row, "entity", "metric") == ("Lingnan AI firms", "number_of_firms")


def test_plan_model_and_scenario_counts():
    row = _row("到2027年形成行业大模型25个以上。", "25")
    assert _fields(row, "metric", "period", "value") == ("industry_models_target", "2027", 25)
    # 每年: a goal per year, over the plan's years
    row = _row("每年发布不少于80个人工智能应用场景。", "不少于80")
    assert _fields(row, "theme", "metric", "period", "entity") == \
        ("adoption", "application_scenarios_per_year_target", "2026/2030", "Qingcheng City")


# --- 2: money the plan commits and the support it gives -------------------------------------
def test_plan_special_funds_per_year_and_fund():
    f = facts_of_text(CITY + "市财政每年安排不少于8亿元专项资金。设立总规模150亿元的产业母基金。\n", PUB)
    funds = row_of(f, "不少于8亿元")
    assert _fields(funds, "theme", "metric", "value", "unit", "period", "entity") == \
        ("capex", "special_funds_per_year", 8e8, "CNY", "2026/2030", "Qingcheng City")
    assert row_of(f, "150亿元")["metric"] == "fund_size"


def test_plan_compute_subsidy_rate_and_cap():
    f = facts_of_text(CITY + "对企业租用智能算力按合同金额的25%给予补贴，单家企业每年最高300万元。\n", PUB)
    rate, cap = row_of(f, "25%"), row_of(f, "300万元")
    assert _fields(rate, "theme", "metric", "value", "entity", "period") == \
        ("pricing", "subsidy_rate", 0.25, "Qingcheng compute vouchers", "2026/2030")
    assert _fields(cap, "theme", "metric", "value", "entity") == \
        ("pricing", "subsidy_cap_per_firm_per_year", 3e6, "Qingcheng compute vouchers")


@pytest.mark.parametrize("body, text, metric, value, entity", [
    ("对顶尖人才团队给予最高5000万元综合资助。", "5000万元", "grant_cap", 5e7, "Lingnan Province"),
    ("对购买模型服务的中小企业，给予实际支出30%的补贴，最高不超过100万元。", "30%", "subsidy_rate", 0.3,
     "Lingnan Province"),
    ("对购买模型服务的中小企业，给予实际支出30%的补贴，最高不超过100万元。", "不超过100万元", "subsidy_cap", 1e6,
     "Lingnan Province"),
    ("对使用算力券的企业按合同金额的20%予以补助。", "20%", "subsidy_rate", 0.2, "Lingnan compute vouchers"),
])
def test_plan_support_variants(body, text, metric, value, entity):
    row = _row(body, text, PROVINCE)
    # a voucher lowers the price a firm pays for compute (pricing); a grant puts money into firms
    # (valuation); other support is the plan's money (capex)
    theme = "pricing" if entity.endswith("vouchers") else "valuation" if metric.startswith("grant") else "capex"
    assert _fields(row, "theme", "metric", "value", "entity") == (theme, metric, value, entity)


# --- 3: shares it aims at --------------------------------------------------------------------
def test_plan_green_power_shares():
    f = facts_of_text(CITY + "国家枢纽节点新建项目绿电使用比例不低于80%，智算中心绿电使用比例2027年达到60%。\n", PUB)
    floor, dated = row_of(f, "不低于80%"), row_of(f, "60%")
    assert _fields(floor, "theme", "metric", "unit", "value") == ("compute", "green_power_share_target", "ratio", 0.8)
    # the year of the next item dates that item, not this one: the plan's years
    assert floor["period"] == "2026/2030"
    # 比 in 比例 is no comparison word: the year after it dates the share
    assert _fields(dated, "metric", "period") == ("green_power_share_target", "2027")


# --- near misses -----------------------------------------------------------------------------
def test_plan_numbers_that_are_no_facts():
    body = ("构建“一核两翼”产业格局。\n二、重点任务\n（一）强化算力支撑。\n"
            "本方案自印发之日起施行，有效期至2030年12月31日。联系电话：0571-87051234。\n")
    f = facts_of_text(CITY + body, PUB)
    assert f.empty, f[["text", "metric"]]


def test_broker_note_quoting_a_plan_keeps_subsidies_out_and_sets_no_goals():
    note = ("# 算力行业周报：政策持续加码\n青澄市发布行动方案，对企业算力采购给予最高30%的补贴，"
            "单个企业补贴不超过1000万元。国家枢纽节点新建项目绿电使用比例不低于80%。\n")
    f = facts_of_text(note, PUB)
    # round 40: the quoted caps are the policy's pricing terms (test_fixsilent40.py), no plan goals
    caps = f[f["text"].isin(["30%", "不超过1000万元"])]
    assert set(caps["metric"]) <= {"subsidy_rate", "subsidy_cap"} and set(caps["theme"]) <= {"pricing"}
    assert not f["metric"].str.endswith("_target").any()
    assert not f["entity"].str.startswith("Qingcheng").any()
    # 比例 outside a plan: a year after it still dates the share
    row = row_of(facts_of_text("# 数据中心周报\n智算中心绿电使用比例2025年达到45%。\n", PUB), "45%")
    assert row["period"] == "2025"


def test_plan_capacity_goal_and_reached_level():
    f = facts_of_text(CITY + "2025年全市智能算力规模达到8 EFLOPS，到2027年全市智能算力规模达到20 EFLOPS。\n", PUB)
    goal, reached = row_of(f, "20 EFLOPS"), row_of(f, "8 EFLOPS")
    assert _fields(goal, "entity", "period") == ("Qingcheng intelligent computing capacity", "2027")
    assert goal["metric"].endswith("_target") and not reached["metric"].endswith("_target")


def test_plan_firm_industry_is_a_whole_word():
    # OpenAI names a firm, not the AI industry: the title's industry (算力) names the firms
    head = "# 江州市算力产业发展行动方案（2026-2028年）\n"
    row = _row("到2027年，引进OpenAI等生态伙伴，培育上市企业10家。", "10", head)
    assert row["entity"] == "Jiangzhou computing firms"


def test_plan_renewable_share_and_award_variants():
    head = "# 澜川自治区关于推动人工智能高质量发展的实施意见\n"
    body = ("对首次认定的独角兽企业给予一次性奖励500万元。对年营收超过10亿元的企业给予奖励。"
            "到2026年，数据中心可再生能源利用率达到50%。")
    f = facts_of_text(head + body + "\n", PUB)
    award = row_of(f, "500万元")
    assert _fields(award, "theme", "metric", "entity") == ("valuation", "award", "Lanchuan Autonomous Region")
    assert not (f["text"] == "超过10亿元").any()  # who qualifies, no support figure
    share = row_of(f, "50%")
    assert _fields(share, "metric", "period") == ("green_power_share_target", "2026")



def test_a_pue_goal_keeps_the_ratio_unit_of_pue():
    # a goal's metric (pue_target) is still a PUE: a ratio as written, never a count
    body = "到2028年，新建大型数据中心PUE不高于1.2，存量数据中心PUE不高于1.3。"
    for text, value in (("不高于1.2", 1.2), ("不高于1.3", 1.3)):
        row = _row(body, text)
        assert (row["unit"], float(row["value"])) == ("ratio", value)
        assert row["metric"].startswith("pue")
