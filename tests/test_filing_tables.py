"""Tables of an issuer's own filings (半年度报告 segment and R&D tables, 问询函的回复 customer and
contract tables): whose rows, which measures, when (invented texts)."""
import datetime as dt

import pytest

from tests.helpers_text import facts_of_text, row_of

HEAD = "云衡数据科技股份有限公司 2025年半年度报告\n\n第三节 管理层讨论与分析\n报告期内，公司主营业务保持增长。\n主营业务分产品情况\n"
SEGMENT_ROWS = [
    ["单位：万元 币种：人民币"],
    ["分产品", "营业收入", "营业成本", "毛利率(%)", "营业收入比上年同期增减(%)", "毛利率比上年同期增减"],
    ["AI服务器", "210,450.26", "185,100.10", "12.05", "88.40", "减少1.20个百分点"],
    ["液冷机柜", "40,310.00", "30,120.50", "25.28", "35.10", "增加2.30个百分点"],
    ["合计", "260,000.50", "220,300.00", "15.27", "76.20", "减少0.80个百分点"],
]
ISSUER = "Yunheng"


def _table(rows, sep):
    return "\n".join(sep.join(r) for r in rows) + "\n"


@pytest.mark.parametrize("sep", ["\u3000", "\t", " | "])
def test_segment_rows_are_the_issuers_segments(sep):
    df = facts_of_text(HEAD + _table(SEGMENT_ROWS, sep), dt.date(2025, 8, 28))
    got = {t: tuple(row_of(df, t)[["entity", "metric", "period"]]) for t in ("210,450.26", "12.05", "88.40", "260,000.50")}
    assert got == {"210,450.26": (f"{ISSUER} AI servers", "revenue", "2025H1"),
                   "12.05": (f"{ISSUER} AI servers", "gross_margin", "2025H1"),
                   "88.40": (f"{ISSUER} AI servers", "revenue_growth", "2025H1"),
                   "260,000.50": (ISSUER, "revenue", "2025H1")}  # 合计: the issuer itself
    assert row_of(df, "210,450.26")["value"] == pytest.approx(2104502600)  # 万元 multiplied out
    assert row_of(df, "12.05")["value"] == pytest.approx(0.1205)
    pp = row_of(df, "减少1.20个百分点")
    assert (pp["metric"], pp["unit"], pp["value"]) == ("gross_margin_change", "pp", pytest.approx(-0.012))
    assert not (df["metric"] == "servers").any() and not (df["unit"] == "count").any()


RD = HEAD + """研发投入情况表
单位：万元
项目 | 本期数 | 上年同期数 | 变化比例(%)
研发投入合计 | 64,209.43 | 46,345.52 | 38.55
研发投入占营业收入比例(%) | 10.95 | 13.54 | 减少2.59个百分点
"""


def test_metric_rows_are_the_issuers_metrics():
    df = facts_of_text(RD, dt.date(2025, 8, 28))
    got = {t: tuple(row_of(df, t)[["entity", "metric", "period"]]) for t in ("64,209.43", "46,345.52", "38.55", "10.95", "13.54")}
    assert got == {"64,209.43": (ISSUER, "rd_expense", "2025H1"), "46,345.52": (ISSUER, "rd_expense", "2024H1"),
                   "38.55": (ISSUER, "rd_expense_growth", "2025H1"),  # 变化比例: the current's change, no share
                   "10.95": (ISSUER, "rd_expense_ratio", "2025H1"), "13.54": (ISSUER, "rd_expense_ratio", "2024H1")}
    assert row_of(df, "64,209.43")["value"] == pytest.approx(642094300)
    assert row_of(df, "减少2.59个百分点")["metric"] == "rd_expense_ratio_change"
    assert set(df["entity"]) == {ISSUER}  # never an entity named after a label


INQUIRY = """关于对岳川算力科技股份有限公司2025年三季报问询函的回复

上海证券交易所：
现就问询函相关问题回复如下。
一、关于客户集中度
单位：万元
项目 | 2025年1-9月 | 2024年度 | 2023年度
前五名客户销售额合计 | 61,712.35 | 42,906.48 | 15,433.09
占营业收入比例 | 91.40% | 85.20% | 78.60%
第一大客户收入占比 | 48.30% | 40.70% | 30.10%

二、关于算力租赁合同
客户 | 签订日期 | 租赁卡数（张） | 租期 | 合同金额（万元）
客户A | 2024-05-10 | 1,024 | 36个月 | 38,600.00
客户B | 2024-11-20 | 512 | 3年 | 18,900.00

公司持有的算力卡情况如下：
型号 | 数量
H20 | 2,048张
H800 | 256张

公司服务器折旧年限5年，残值率5%。同行业可比公司折旧年限为3至6年。
"""
FILER = "Yuechuan"  # 算力 is a generic word (name_words.csv): the trade name stays


@pytest.fixture(scope="module")
def inquiry():
    return facts_of_text(INQUIRY, dt.date(2025, 11, 20))


def test_customer_concentration_per_column_period(inquiry):
    got = {t: tuple(row_of(inquiry, t)[["entity", "metric", "period"]]) for t in ("61,712.35", "42,906.48", "15,433.09")}
    # 2025年1-9月: several quarters written in months stay months (fixper11)
    assert got == {"61,712.35": (FILER, "top5_customer_revenue", "2025-01/2025-09"),
                   "42,906.48": (FILER, "top5_customer_revenue", "2024"),
                   "15,433.09": (FILER, "top5_customer_revenue", "2023")}
    assert row_of(inquiry, "61,712.35")["value"] == pytest.approx(617123500)
    assert tuple(row_of(inquiry, "91.40%")[["metric", "period"]]) == ("top5_customer_revenue_share", "2025-01/2025-09")
    assert tuple(row_of(inquiry, "40.70%")[["entity", "metric", "period"]]) == (FILER, "top_customer_revenue_share", "2024")


def test_contract_rows_are_the_issuers_customers(inquiry):
    a = {t: tuple(row_of(inquiry, t)[["entity", "metric", "value", "unit", "period"]]) for t in ("1,024", "36个月", "38,600.00", "3年")}
    assert a == {"1,024": (f"{FILER} customer A", "accelerator_cards", 1024, "count", "2024-05-10"),
                 "36个月": (f"{FILER} customer A", "lease_term", 36, "months", "2024-05-10"),
                 # fixthm11: under a 客户 column the issuer sells the compute: its contract value (earnings)
                 "38,600.00": (f"{FILER} customer A", "contract_value", 386000000, "CNY", "2024-05-10"),
                 "3年": (f"{FILER} customer B", "lease_term", 3, "years", "2024-11-20")}


def test_card_rows_are_the_filers_cards(inquiry):
    for t in ("2,048", "256"):
        assert tuple(row_of(inquiry, t)[["entity", "metric"]]) == (FILER, "accelerator_cards")
    assert not (inquiry["metric"] == "gpu_demand").any()


def test_depreciation_policy(inquiry):
    own = row_of(inquiry, "5年")
    assert (own["entity"], own["metric"], own["value"], own["unit"]) == (FILER, "depreciation_years", 5, "years")
    assert tuple(row_of(inquiry, "5%")[["metric", "value"]]) == ("residual_value_rate", 0.05)
    peers = row_of(inquiry, "3至6年")
    assert (peers["entity"], peers["metric"], peers["value"], peers["value_high"]) == ("Comparable companies", "depreciation_years", 3, 6)


BROKER = """华岳证券股份有限公司 研究所
云衡数据（688123）2025年半年报点评：AI服务器放量
盈利预测
单位：百万元
指标 | 2024A | 2025E | 2026E
营业收入 | 3,562 | 5,410 | 7,020
同比（%） | 42.1 | 51.9 | 29.8
"""


def test_broker_forecast_table_keeps_its_reading():
    # near-miss: a broker's note about the company is no filing; its forecast table stays the company's by years
    df = facts_of_text(BROKER, dt.date(2025, 8, 28))
    assert tuple(row_of(df, "5,410")[["metric", "period"]]) == ("revenue", "2025")
    assert tuple(row_of(df, "51.9")[["metric", "period"]]) == ("revenue_growth", "2025")
    assert not df["entity"].str.contains(" AI servers").any()


def test_segment_table_in_a_note_is_no_issuer_segment():
    # near-miss: the same segment table in an industry note names no issuer: AI服务器 stays the category
    text = "AI服务器行业深度报告\n\n行业主要产品情况如下。\n" + _table(SEGMENT_ROWS, "\t")
    df = facts_of_text(text, dt.date(2025, 8, 28))
    assert row_of(df, "210,450.26")["entity"] == "AI servers"



def test_prose_with_one_pipe_is_no_row():
    # near-miss: a pipe in a line of prose that parts two words (来源 | 公司公告) holds no value cells
    df = facts_of_text("云衡数据发布公告 | 公司上半年营业收入35.62亿元，同比增长42.15%。\n", dt.date(2025, 8, 28))
    assert row_of(df, "35.62亿元")["metric"] == "revenue"


def test_annual_report_metric_table_with_the_unit_in_its_corner():
    text = ("澜锋智能股份有限公司\n2025年年度报告\n\n报告期内，公司持续加大研发投入。\n"
            "项目（单位：万元） | 本期数 | 上年同期数 | 变化比例(%)\n费用化研发投入 | 60,110.20 | 44,020.10 | 36.55\n"
            "研发投入合计 | 64,209.43 | 46,345.52 | 38.55\n")
    df = facts_of_text(text, dt.date(2026, 3, 28))
    got = {t: tuple(row_of(df, t)[["entity", "metric", "period"]]) for t in ("64,209.43", "46,345.52", "38.55")}
    assert got == {"64,209.43": ("Lanfeng", "rd_expense", "2025"), "46,345.52": ("Lanfeng", "rd_expense", "2024"),
                   "38.55": ("Lanfeng", "rd_expense_growth", "2025")}
