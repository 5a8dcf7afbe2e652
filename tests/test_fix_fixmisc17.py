"""General misreadings of the words around numbers (fixmisc17): a duration before a growth verb,
52-week ranges, numbers in document titles, index levels in points."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.text_facts import facts_of


def one_fact(frame, text):
    rows = frame[frame["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, frame[["text", "entity", "metric", "period"]].to_string()
    return rows.iloc[0]


@pytest.mark.parametrize("sentence, text", [
    ("星河云：日处理tokens由5月的300万亿增至8月的450万亿，三个月增长约50%。", "约50%"),
    ("星河云營收過去兩個月增長約18%。", "約18%"),
    ("星河云付费用户数较2024年12月增长35%。", "35%"),
])
def test_duration_before_growth_is_no_month_on_month(sentence, text):
    # 三个月增长 / 较12月增长: 月增 inside a duration or a date is no basis word
    row = one_fact(facts_of(sentence, dt.date(2025, 11, 3)), text)
    assert not row["metric"].endswith("_mom"), row.to_dict()


def test_duration_growth_spans_its_stretch():
    f = facts_of("星河云：日处理tokens由5月的300万亿增至8月的450万亿，三个月增长约50%。", dt.date(2025, 11, 3))
    assert one_fact(f, "约50%")["period"] == "2025-05/2025-08"


def test_month_on_month_still_read():
    f = facts_of("星河云10月营收月增12.5%、年增40.2%。", dt.date(2025, 11, 3))
    assert one_fact(f, "12.5%")["metric"].endswith("_mom")
    assert not one_fact(f, "40.2%")["metric"].endswith("_mom")


@pytest.mark.parametrize("text", ["52周最高/最低：68.20/30.15元", "52週股價區間：30.15－68.20港元",
                                  "52-week range: US$30.15-68.20", "52周股价区间 30.15-68.20元"])
def test_52_week_names_a_window_not_a_number(text):
    from aigc_analysis.extract.quantities import find_quantities
    assert all(q.value != 52 for q in find_quantities(text)), [(q.text, q.value) for q in find_quantities(text)]


def test_weeks_still_counted():
    from aigc_analysis.extract.quantities import find_quantities
    assert [q.value for q in find_quantities("交付周期约12周")] == [12]


def test_index_close_in_points_is_no_share_price():
    f = facts_of("表1　主要指数周度表现\n指数　　　　　　收盘（点）　　周涨跌幅（%）\n"
                 "沪深300　　　　　3,912.45　　　1.25\n创业板指　　　　2,101.33　　　-0.80\n", dt.date(2025, 9, 8))
    assert not (f["metric"] == "share_price").any(), f[["entity", "metric", "value"]].to_string()
    assert set(f["value"].round(4)) >= {0.0125, -0.008}   # the moves stay facts


def test_stock_close_still_a_share_price():
    f = facts_of("天穹智能（688000.SH）　现价：45.60元", dt.date(2025, 9, 8))
    assert (f["metric"] == "share_price").sum() == 1


def test_header_fields_with_a_52_week_range():
    # header lines of label：value fields: the value before a 52周 label keeps its own label, and
    # the lines are fields, not a table whose first line would be a header
    f = facts_of("某某证券　公司点评　2025年9月8日\n天穹智能（688000.SH）\n现价：45.60元　　潜在涨幅：32%\n市值：320亿元　　52周股价区间：30.15－68.20元\n",
                 dt.date(2025, 9, 8))
    got = dict(zip(f["text"], f["metric"]))
    assert got.get("45.60元") == "share_price" and got.get("32%") == "upside", got
    assert got.get("320亿元") == "market_cap", got


def test_next_field_label_not_taken():
    f = facts_of("天穹智能（688000.SH）\n市值：320亿元　　目标价：60元\n", dt.date(2025, 9, 8))
    got = dict(zip(f["text"], f["metric"]))
    assert got.get("320亿元") == "market_cap" and got.get("60元") == "target_price", got


@pytest.mark.parametrize("line, old", [("评级：买入（维持）　　目标价：88.00元（原：76.00元）", "76.00元"),
                                       ("評級：買入　　目標價：120港元（前值：105港元）", "105港元")])
def test_bracketed_previous_target(line, old):
    f = facts_of("某某证券　公司点评　2025年9月8日\n天穹智能（688000.SH）\n" + line + "\n现价：45.60元　　潜在涨幅：32%\n",
                 dt.date(2025, 9, 8))
    got = dict(zip(f["text"], f["metric"]))
    assert got.get(old) == "target_price_before", got
    assert "target_price" in got.values(), got


@pytest.mark.parametrize("text", ["《星河市人工智能三年行动计划》提出产业规模年均增速超过15%", "实施5年发展规划"])
def test_years_in_a_plan_name_are_no_duration(text):
    from aigc_analysis.extract.quantities import find_quantities
    assert all(q.unit not in ("years", "months") for q in find_quantities(text))


def test_years_outside_a_plan_name_still_a_duration():
    from aigc_analysis.extract.quantities import find_quantities
    assert [(q.value, q.unit) for q in find_quantities("交付周期约三年")] == [(3, "years")]


def test_52_watts_and_52_weeks_of_work_stay():
    from aigc_analysis.extract.quantities import find_quantities
    assert [q.value for q in find_quantities("整机功耗52W")] == [52]
