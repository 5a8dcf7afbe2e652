"""Battery: English and mixed English-Chinese period phrases of broker notes and wires
(``fiscal Q2``, ``3QFY25``, ``1H25``, ``FY25E``, ``the September quarter``, ``as of June 30``),
inside Chinese sentences, for companies with a fiscal calendar in fiscal_years.csv (Nvidia ends
January, Microsoft June, Apple September) and without one.

Every sentence is invented; the periods follow SCHEMA.md's period conventions (fiscal labels when
the text writes a fiscal period, calendar quarters and halves otherwise).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.text_facts import facts_of

DEC = dt.date(2025, 12, 10)
FEB = dt.date(2026, 2, 5)
AUG = dt.date(2025, 8, 20)

# (text, published, the number's text, period)
BATTERY = [
    ("英伟达FY26Q3营收达到570亿美元，同比增长62%。", DEC, "570亿美元", "FY2026Q3"),
    ("英伟达3QFY26数据中心收入为512亿美元。", DEC, "512亿美元", "FY2026Q3"),
    ("英伟达Q3 FY26数据中心收入为512亿美元。", DEC, "512亿美元", "FY2026Q3"),
    ("英伟达FY2026第三财季营收达到570亿美元。", DEC, "570亿美元", "FY2026Q3"),
    ("英伟达fiscal 2026第三季度营收达到570亿美元。", DEC, "570亿美元", "FY2026Q3"),
    pytest.param("英伟达截至2025年10月26日的季度营收为570亿美元。", DEC, "570亿美元", "FY2026Q3",
                 marks=pytest.mark.xfail(strict=True, reason="a quarter named by its end day inside a "
                                         "Chinese clause (截至…的季度) is left as the day: out of scope here")),
    ("英伟达fiscal year 2026营收预计为2100亿美元。", DEC, "2100亿美元", "FY2026"),
    ("微软Fiscal 2026第二季度智能云收入预计为320亿美元。", DEC, "320亿美元", "FY2026Q2"),
    ("苹果fiscal Q4营收为1025亿美元。", DEC, "1025亿美元", "FY2025Q4"),
    ("微软FY26Q1 Azure收入增长40%。", DEC, "40%", "FY2026Q1"),
    ("微软FY2026第一财季智能云收入为309亿美元。", DEC, "309亿美元", "FY2026Q1"),
    ("微软1QFY26资本开支为349亿美元。", DEC, "349亿美元", "FY2026Q1"),
    ("微软FY26资本开支预计超过1200亿美元。", DEC, "1200亿美元", "FY2026"),
    ("微软fiscal 2025资本开支为882亿美元。", DEC, "882亿美元", "FY2025"),
    ("微软FY25E资本开支约800亿美元。", AUG, "800亿美元", "FY2025"),
    ("微软FY2026上半财年资本开支约700亿美元。", FEB, "700亿美元", "FY2026H1"),
    ("微软1HFY26资本开支约700亿美元。", FEB, "700亿美元", "FY2026H1"),
    ("苹果FY25Q4营收为1025亿美元。", DEC, "1025亿美元", "FY2025Q4"),
    ("苹果4QFY25营收为1025亿美元。", DEC, "1025亿美元", "FY2025Q4"),
    ("甲骨文FY26Q2云基础设施收入为41亿美元。", DEC, "41亿美元", "FY2026Q2"),
    ("阿里巴巴FY2026第二财季云智能收入为398亿元。", DEC, "398亿元", "FY2026Q2"),
    # calendar forms
    ("中际旭创1H25营收为148亿元，同比增长37%。", AUG, "148亿元", "2025H1"),
    ("中际旭创2H25营收预计为200亿元。", AUG, "200亿元", "2025H2"),
    ("中际旭创2H 2025营收预计为200亿元。", AUG, "200亿元", "2025H2"),
    ("中际旭创1H2025营收为148亿元。", AUG, "148亿元", "2025H1"),
    ("寒武纪3Q25营收为17亿元。", DEC, "17亿元", "2025Q3"),
    ("寒武纪Q3 2025营收为17亿元。", DEC, "17亿元", "2025Q3"),
    ("寒武纪3Q2025营收为17亿元。", DEC, "17亿元", "2025Q3"),
    ("寒武纪2025Q3营收为17亿元。", DEC, "17亿元", "2025Q3"),
    ("寒武纪25Q3营收为17亿元。", DEC, "17亿元", "2025Q3"),
    ("寒武纪2025E营收预计为70亿元。", DEC, "70亿元", "2025"),
    ("寒武纪2026E营收预计为120亿元。", DEC, "120亿元", "2026"),
    ("寒武纪CY25营收预计为70亿元。", DEC, "70亿元", "2025"),
    ("台积电calendar Q4营收预计为330亿美元。", DEC, "330亿美元", "2025Q4"),
    ("台积电CY2026资本开支预计为520亿美元。", DEC, "520亿美元", "2026"),
    ("截至June 30, 2025，公司在手订单为500亿元。", AUG, "500亿元", "2025-06-30"),
    ("as of June 30, 2025，公司在手订单为500亿元。", AUG, "500亿元", "2025-06-30"),
    ("截至2025年9月30日，公司在手订单为500亿元。", DEC, "500亿元", "2025-09-30"),
    ("公司2025年前三季度营收为300亿元。", DEC, "300亿元", "2025Q1/2025Q3"),
    pytest.param("公司9M25营收为300亿元。", DEC, "300亿元", "2025Q1/2025Q3",
                 marks=pytest.mark.xfail(strict=True, reason="9M25 reads as the month span 2025-01/2025-09 "
                                         "by an existing rule; which of the two gold wants is unsettled")),
    ("中际旭创1H 2025营收为148亿元。", AUG, "148亿元", "2025H1"),
    ("公司1-3Q25营收为300亿元。", DEC, "300亿元", "2025Q1/2025Q3"),
    ("公司1Q-3Q25营收为300亿元。", DEC, "300亿元", "2025Q1/2025Q3"),
    ("公司FY24营收为210亿元。", DEC, "210亿元", "FY2024"),
    ("公司FY2024营收为210亿元。", DEC, "210亿元", "FY2024"),
    ("英伟达FY27E营收预计为3200亿美元。", DEC, "3200亿美元", "FY2027"),
    ("英伟达FY2027E营收预计为3200亿美元。", DEC, "3200亿美元", "FY2027"),
    ("英伟达2027财年营收预计为3200亿美元。", DEC, "3200亿美元", "FY2027"),
    ("英伟达27财年营收预计为3200亿美元。", DEC, "3200亿美元", "FY2027"),
    ("英伟达FY27营收预计为3200亿美元。", DEC, "3200亿美元", "FY2027"),
]


@pytest.mark.parametrize("text,published,number,period", BATTERY)
def test_battery(text, published, number, period):
    f = facts_of(text, published)
    rows = f[f["text"].str.contains(number, regex=False)]
    assert len(rows) >= 1, f[["text", "entity", "metric", "period"]].to_string()
    assert set(rows["period"]) == {period}, rows[["text", "entity", "metric", "period"]].to_string()
