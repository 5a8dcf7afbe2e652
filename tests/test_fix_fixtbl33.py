"""Tables whose header says the metric or the period once (fixtbl33): ``| 2024年交易额 | 2025年前三季度 |``,
``| 2025E归母净利润（亿元） | 2026E |`` — a header cell holding a period alone, right of a cell
naming a period and a metric, measures the same metric in its own period (SCHEMA "Tables": the
column gives the metric and period). Its cells were dropped: no keyword stood over them.
Likewise ``| 前三季度营收 | 同比(%) | 归母净利润 | 毛利率 |``: a quarter, half or stretch of them
dated once over the first column dates the results columns right of it; they had no period.

Every table is invented: the figures are in no report.
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

PUBLISHED = dt.date(2026, 11, 20)

ELIDED = ("主要云服务商数据如下（单位：亿元）：\n\n"
          "| 云服务商 | 2025年营收 | 2026年前三季度 |\n|---|---|---|\n"
          "| 星河云 | 82.5 | 71.3 |\n| 蓝鲸云 | 46.2 | 39.8 |\n")
FORECAST = ("四、盈利预测与估值\n"
            "| 公司 | 2026E归母净利润（亿元） | 2027E | 2028E | PE 2026E（倍） |\n|---|---|---|---|---|\n"
            "| 星河科技 | 6.4 | 8.7 | 10.2 | 31 |\n| 蓝鲸智能 | 3.3 | 4.1 | 5.6 | 45 |\n")


def _row(frame, text):
    rows = frame[frame["text"] == text]
    assert len(rows) == 1, frame[["entity", "metric", "value", "period", "text"]].to_string()
    return rows.iloc[0]


def test_period_only_header_takes_the_metric_on_its_left():
    facts = facts_of(ELIDED, PUBLISHED)
    row = _row(facts, "71.3")
    assert (row["metric"], row["value"], row["period"]) == ("revenue", 7.13e9, "2026Q1/2026Q3")
    assert _row(facts, "82.5")["period"] == "2025"


def test_forecast_year_column_takes_the_profit_on_its_left():
    facts = facts_of(FORECAST, PUBLISHED)
    row = _row(facts, "8.7")
    assert (row["theme"], row["metric"], row["value"], row["period"]) == ("earnings", "net_profit", 8.7e8, "2027")
    row = _row(facts, "10.2")  # a run of year columns: each takes the metric
    assert (row["metric"], row["value"], row["period"]) == ("net_profit", 1.02e9, "2028")



RESULTS = ("三、重点公司：利润修复\n单位：亿元\n"
           "| 公司 | 前三季度营收 | 同比(%) | 归母净利润 | 同比(%) | 市值 |\n|---|---|---|---|---|---|\n"
           "| 星河科技 | 88.6 | +12.5 | 9.7 | -3.4 | 512 |\n")


def test_results_period_in_the_first_header_dates_the_row_of_results():
    # 前三季度 over the revenue column only: the profit and its change are of the same stretch,
    # the market value beside them (a level on some day) is not
    facts = facts_of(RESULTS, PUBLISHED)
    assert _row(facts, "88.6")["period"] == "2026Q1/2026Q3"
    assert _row(facts, "9.7")[["metric", "period"]].tolist() == ["net_profit", "2026Q1/2026Q3"]
    assert _row(facts, "-3.4")[["metric", "period"]].tolist() == ["net_profit_growth", "2026Q1/2026Q3"]
    assert _row(facts, "512")["period"] != "2026Q1/2026Q3"
