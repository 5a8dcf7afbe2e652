"""Fixes of wave fixtab9 (tables and layouts), on invented notes."""
import datetime as dt

from helpers_text import facts_of_text

D = dt.date(2025, 9, 15)

# h33-11: a transposed forecast table (metrics as rows, years as columns)
_FORECAST = """华泰证券
2025-06-10

网易云音乐：AI作曲助力付费渗透，维持买入评级

【盈利预测】（单位：亿元人民币）
项目 2024A 2025E 2026E 2027E
营业收入 284.0 318.5 352.1 381.0
归母净利润 66.4 81.7 91.2 99.8
调整后净利润 80.9 92.3 104.1 115.0
"""


def test_forecast_row_with_qualified_metric_is_the_covered_company():
    df = facts_of_text(_FORECAST, D)
    rows = df[df["text"].isin(["92.3", "104.1"])]
    assert len(rows) == 2
    assert set(rows["entity"]) == {df[df["text"] == "318.5"]["entity"].iloc[0]}
    assert "调整后净利润" not in set(df["entity"])


def test_firm_rows_under_metric_columns_keep_their_firms():
    text = """华泰证券
2025-06-10

表1：行业公司对比（单位：亿元）
公司 营业收入 毛利率
腾讯控股 6603 52%
阿里巴巴 9411 38%
"""
    df = facts_of_text(text, D)
    assert set(df["entity"]) == {"Tencent", "Alibaba"}


# h33-12: a space-aligned table under a 中报 caption, with a margin column without %
_INTERIM = """华泰证券
2025-09-01

表2：两家家电龙头2025年{report}主要数据（单位：亿元；增速单位：%）
公司    营收    营收增速    净利率    PE
美的集团    2523.3    15.7    10.4    14.2
海尔智家    1564.9    10.2    7.5    12.8
"""


def test_interim_report_caption_dates_cells_as_its_half():
    df = facts_of_text(_INTERIM.format(report="中报"), D)
    assert set(df[df["text"].isin(["2523.3", "15.7"])]["period"]) == {"2025H1"}


def test_annual_report_caption_stays_the_year():
    df = facts_of_text(_INTERIM.format(report="年报"), D)
    assert set(df[df["text"] == "2523.3"]["period"]) == {"2025"}


def test_margin_column_is_percent_and_pe_column_stays_a_multiple():
    df = facts_of_text(_INTERIM.format(report="中报"), D)
    margin = df[df["text"] == "10.4"].iloc[0]
    assert (margin["metric"], margin["unit"], round(margin["value"], 4)) == ("net_margin", "ratio", 0.104)
    assert "ratio" not in set(df[df["text"] == "14.2"]["unit"])
