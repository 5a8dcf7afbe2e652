"""Tables whose header says the metric once (fixtbl33): ``| 2024年交易额 | 2025年前三季度 |``,
``| 2025E归母净利润（亿元） | 2026E |`` — a header cell holding a period alone, right of a cell
naming a period and a metric, measures the same metric in its own period (SCHEMA "Tables": the
column gives the metric and period). Its cells were dropped: no keyword stood over them.

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
            "| 公司 | 2026E归母净利润（亿元） | 2027E | PE 2026E（倍） |\n|---|---|---|---|\n"
            "| 星河科技 | 6.4 | 8.7 | 31 |\n| 蓝鲸智能 | 3.3 | 4.1 | 45 |\n")


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

