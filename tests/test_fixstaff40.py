"""People rates and people counters of fixstaff40 (rates about staff, graduates and trainees that
were never produced; applications and approvals counted by 宗 and 份).

Every example is invented (澄湖, 青禾科技 and 云川学院 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 9, 10)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of_text(text, DAY)
    return {t: (th, m, v, u) for t, th, m, v, u in zip(f["text"], f["theme"], f["metric"], f["value"], f["unit"])}


# ---- rates about people, whose keyword ends in 率 or 度 -------------------------------------------

def test_staff_turnover_rate_is_an_adoption_ratio():
    r = _rows("2024年青禾科技员工主动离职率为7.4%，较上年下降1.3个百分点。")
    assert r["7.4%"][:2] == ("adoption", "staff_turnover_rate")
    assert r["7.4%"][2] == 0.074


def test_traditional_turnover_and_retention_rates():
    r = _rows("青禾科技一一三年度員工離職率為6.3%。")
    assert r["6.3%"][:2] == ("adoption", "staff_turnover_rate")
    r = _rows("澄湖計劃參與人員的留任率為77%。")
    assert r["77%"][:2] == ("adoption", "staff_retention_rate")


def test_graduate_placement_employment_and_satisfaction_rates():
    r = _rows("云川学院2025届毕业生毕业去向落实率为95.2%。学员结业后的就业率为76%，就业满意度为91.8%。")
    assert r["95.2%"][:2] == ("adoption", "placement_rate")
    assert r["76%"][:2] == ("adoption", "employment_rate")
    assert r["91.8%"][:2] == ("adoption", "satisfaction_rate")


def test_intern_conversion_and_female_staff_share():
    r = _rows("實習生獲實習機構聘用比率為27.5%。青禾科技女性员工占比28.4%。")
    assert r["27.5%"][0] == "adoption"
    assert r["28.4%"][:2] == ("adoption", "female_staff_share")


def test_people_in_work_counted_with_growth():
    r = _rows("2024年澄湖软件业就业人数约6.3万人，较2020年增加约12%。")
    assert r["约6.3万"][:3] == ("adoption", "employment", 63000.0)
    assert r["约12%"][:2] == ("adoption", "employment_growth")


def test_near_miss_a_share_turnover_rate_stays_valuation():
    # 换手率 is trading, not staff leaving: the people rates leave it alone
    r = _rows("青禾科技当日换手率为12.6%。")
    assert r["12.6%"][0] == "valuation"


# ---- applications and approvals counted by 宗 and 份 ------------------------------------------

def test_applications_counted_by_zong():
    r = _rows("澄湖人才計劃共接獲2,140宗申請。")
    assert r["2,140"][:3] == ("adoption", "applications", 2140.0)
    r = _rows("截至今年6月，各項計劃累計收到逾18萬宗申請。")
    assert r["逾18萬"][:2] == ("adoption", "applications")


def test_approvals_counted_by_fen():
    r = _rows("青禾科技首次申请获批约3,260份。")
    assert r["约3,260"][:2] == ("adoption", "approvals")


def test_near_miss_the_applicant_of_a_case_names_no_application():
    # 申请人 is a party of an arbitration: its 申请 counts no applications (options granted stay out)
    r = _rows("2023年3月，被申请人向申请人授予期权8万份，行权价格为每份2元。")
    assert all(v[1] != "applications" for v in r.values())
