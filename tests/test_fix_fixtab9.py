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


# h34-10: undated segment lines of a note on a year's report and the next quarter
_RESULTS_NOTE = """华泰证券
2025-04-30

康晟医疗（300999.SZ）{title}点评：AI影像业务高增

【事件】公司发布{event}。2024年公司实现营业收入58.2亿元，同比增长15.1%；2025Q1实现营业收入13.5亿元，同比增长12.0%。

【点评】
1、分业务看：医疗业务收入21.4亿元，同比增长18.2%。
2、2025Q1分业务看：医疗业务收入5.6亿元，同比增长11.1%。
"""


def test_undated_segment_line_of_annual_and_quarter_note_is_the_year():
    df = facts_of_text(_RESULTS_NOTE.format(title="2024年报及2025年一季报", event="2024年年报及2025年一季报"), D)
    assert set(df[df["text"] == "21.4亿元"]["period"]) == {"2024"}
    assert set(df[df["text"] == "5.6亿元"]["period"]) == {"2025Q1"}


def test_undated_segment_line_of_quarter_note_stays_the_quarter():
    df = facts_of_text(_RESULTS_NOTE.format(title="2025年一季报", event="2025年一季报"), D)
    assert set(df[df["text"] == "21.4亿元"]["period"]) == {"2025Q1"}
