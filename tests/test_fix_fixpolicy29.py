"""A place's action plan issued as an official document (fixpolicy29): the issuer's masthead over
the document number, the place's own figures named for what they measure, and compute vouchers
as a price term; all on an invented plan of an invented province."""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

PUB = dt.date(2026, 3, 2)
HEAD = ("岚山省人民政府办公厅文件\n岚政办发〔2026〕4号\n\n"
        "岚山省人民政府办公厅关于印发《岚山省人工智能产业发展行动方案（2026—2028年）》的通知\n\n"
        "各市人民政府，省政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n\n岚山省人民政府办公厅\n2026年3月2日\n\n"
        "岚山省人工智能产业发展行动方案（2026—2028年）\n")


def _row(body: str, text: str):
    f = facts_of(HEAD + body + "\n", PUB)
    rows = f[f["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, f[["theme", "entity", "metric", "value", "period", "text"]].to_string()
    return rows.iloc[0]


def test_masthead_over_the_number_still_finds_the_plan():
    # 岚山省人民政府办公厅文件 opens the text, the number is the second line: the plan's place and
    # years still come from the title block after the number
    row = _row("到2028年，全省人工智能核心产业规模突破2600亿元。", "2600亿元")
    assert row["entity"] == "Lanshan AI core industry"
    assert row["period"] == "2028"


def test_place_figure_named_for_its_concept():
    row = _row("到2027年，全省智能算力规模达到25 EFLOPS。", "25 EFLOPS")
    assert (row["entity"], row["period"]) == ("Lanshan intelligent computing capacity", "2027")


def test_compute_service_vouchers_are_a_price_term():
    body = "对企业购买省内智算服务的，按不超过合同金额25%给予补贴，单家企业年度补贴最高800万元。"
    rate, cap = _row(body, "25%"), _row(body, "800万元")
    assert (rate["theme"], rate["entity"], rate["metric"], rate["period"]) == \
        ("pricing", "Lanshan compute vouchers", "subsidy_rate", "2026/2028")
    assert (cap["theme"], cap["entity"], cap["value"]) == ("pricing", "Lanshan compute vouchers", 8e6)


def test_infrastructure_subsidy_stays_the_plans_money():
    # a subsidy on building a centre buys no service: the plan's money (capex), the place's
    row = _row("对新建智算中心项目，按设备投资额的8%给予补助，单个项目最高2000万元。", "2000万元")
    assert row["theme"] == "capex"
    assert row["entity"].startswith("Lanshan")


def test_awards_and_grants_put_money_into_firms():
    body = "对首次通过备案的大模型给予一次性奖励80万元。对引进的顶尖人才团队给予最高5000万元综合资助。"
    for text in ("80万元", "5000万元"):
        assert _row(body, text)["theme"] == "valuation", text
