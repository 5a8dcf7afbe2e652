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
