"""A chip grade (H200, B300) is what a figure is of, not whose it is (SCHEMA: the grade goes into
the metric); an IFRS label is a metric's qualifier, never a firm.

Every example is invented (青禾云, Zephyra Cloud and 688000.SH exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2026, 1, 12)

RENTAL_TABLE = """GPU租赁价格跟踪
单位：美元/GPU小时
型号      云厂商              12月      11月
H200      Zephyra Cloud        3.20     3.40
H200      CoreWeave            5.80     5.80
B200      Zephyra Cloud        4.60     4.90
A100 40GB Zephyra Cloud        0.95     1.05
"""


def _rows(text: str):
    f = facts_of_text(text, DAY)
    return list(zip(f["text"], f["entity"], f["metric"]))


def test_a_rental_row_is_the_cloud_that_rents_the_grade_out():
    rows = _rows(RENTAL_TABLE)
    by_text = {t: (e, m) for t, e, m in rows}
    assert by_text["3.20"] == ("Zephyra Cloud", "h200_price_per_gpu_hour")
    assert by_text["5.80"][0] == "CoreWeave"
    assert by_text["4.60"] == ("Zephyra Cloud", "b200_price_per_gpu_hour")


def test_a_grade_and_its_memory_size_merged_with_the_firm_in_one_cell():
    rows = {t: e for t, e, _ in _rows(RENTAL_TABLE)}
    assert rows["0.95"] == "Zephyra Cloud"


def test_a_grades_sales_are_its_makers_with_the_grade_in_the_metric():
    rows = _rows("出口管制点评：据我们测算，B300本季度对华收入约12亿美元，环比下降约30%。")
    entity, metric = next((e, m) for t, e, m in rows if t == "约12亿美元")
    assert entity == "Nvidia"
    assert metric.startswith("b300_")


def test_near_miss_a_grades_own_figure_keeps_the_grade():
    # a chip's power is the chip's: no firm owns it
    rows = _rows("单颗GPU功耗持续提升：H200的热设计功耗为700W，较上一代提升约40%。")
    assert any(e == "H200" for t, e, _ in rows if t == "700W")


def test_an_ifrs_label_is_no_firm():
    rows = _rows("青禾云（688000.SH）公布第三季度业绩：非国际财务报告准则（Non-IFRS）净利润85亿元，同比增长12%。")
    ents = {t: e for t, e, _ in rows}
    assert ents["85亿元"] not in ("Non-IFRS", "IFRS")
    assert "Non-IFRS" not in ents.values()


def test_a_negative_cell_beside_prices_is_no_price():
    table = RENTAL_TABLE.replace("单位：美元/GPU小时", "单位：美元/GPU小时；月变动单位：%") \
        .replace("11月\n", "11月     月变动\n").replace("3.40\n", "3.40      -5.9\n") \
        .replace("5.80            5.80\n", "5.80            5.80      0.0\n")
    rows = _rows(table)
    # a change of the per-GPU-hour price (price_per_gpu_hour_change) is no price level
    assert not any(t.strip() == "-5.9" and "price_per" in m and not m.endswith("_change") for t, _, m in rows)
    assert any(t == "3.20" for t, _, _ in rows)


def test_a_latin_form_factor_after_the_grade_is_no_firm():
    # B200 HGX, H100 SXM: the word straight after a grade in its own cell is its form factor;
    # only after a memory size (A100 80GB Lambda) does a Latin word name the cloud
    text = ("| 卡型 | 2026年2月成交价（元/卡·时） |\n|---|---|\n"
            "| B200 HGX | 23.0 |\n| H100 SXM | 11.5 |\n")
    df = facts_of_text(text, dt.date(2026, 3, 2))
    assert not df["entity"].isin(["HGX", "SXM"]).any(), df[["entity", "text"]]
    assert set(df["metric"]) == {"price_per_gpu_hour"}
