"""Units in table headers and captions, on invented texts: a price per unit (起售价（万元/台）,
单价（美元/片）), a caption per unit of energy (（单位：元/kWh）), a capacity in 万片/月, and the
project table of an offering's plan (项目名称 | 项目投资总额 | 拟使用募集资金, 单位：万元); tables
laid out with tabs, runs of blanks or single full-width blanks."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.extract.quantities import find_unit_labels
from aigc_analysis.extract.segment import tab_fullwidth_rows
from aigc_analysis.load.metadata import infer_title
from aigc_analysis.load.normalise import to_simplified
from helpers_text import facts_of_text

DAY = dt.date(2025, 9, 12)


def _facts(text: str):
    return facts_of_text(text, DAY)


def _row(df, text: str, metric: str | None = None):
    rows = df[df["text"] == text]
    if metric is not None:
        rows = rows[rows["metric"] == metric]
    assert len(rows) == 1, f"{text!r}:\n{df[['text', 'entity', 'metric', 'value', 'unit']].to_string()}"
    return rows.iloc[0]


def _layout(rows: list[list[str]], sep: str) -> str:
    return "\n".join(sep.join(r) for r in rows)


# --- unit labels ------------------------------------------------------------------------------

@pytest.mark.parametrize("label, mult, unit", [
    ("起售价（万元/台）", 10000, "CNY"),
    ("均价（元/颗）", 1, "CNY"),
    ("单价（美元/片）", 1, "USD"),
    ("表2　各地区大工业电价（单位：元/kWh）", 1, "CNY"),
    ("电价（元/千瓦时）", 1, "CNY"),
    ("（美元/MWh）", 1, "USD"),
    ("表3　DRAM晶圆产能（单位：万片/月）", 10000, "count"),
    ("（千片/月）", 1000, "count"),
])
def test_unit_label_per_good_energy_or_period(label, mult, unit):
    (_, _, m, u), = find_unit_labels(label)
    assert (float(m), u) == (mult, unit)


@pytest.mark.parametrize("label", ["（亿元/台式机）", "出货量（台）", "（预计）"])
def test_no_unit_label_near_misses(label):
    assert find_unit_labels(label) == []


def test_unit_labels_that_already_worked_unchanged():
    # an amount per period after 单位 keeps its currency and magnitude
    assert [(float(m), u) for _, _, m, u in find_unit_labels("（单位：亿元/年）")] == [(1e8, "CNY")]
    assert [(float(m), u) for _, _, m, u in find_unit_labels("（单位：美元/天）")] == [(1.0, "USD")]
    assert [u for *_, u in find_unit_labels("（亿元/%）")] == ["CNY", "ratio"]
    assert [(float(m), u) for _, _, m, u in find_unit_labels("价格（元/人/月）")] == [(1.0, "CNY")]


# --- class 1: a price per unit column ---------------------------------------------------------

_ROBOTS = [["厂商", "出货量（台）", "起售价（万元/台）"], ["岳川机器人", "3200", "12.9"], ["澜锋智能", "1800", "9.9"]]


@pytest.mark.parametrize("sep", ["\t", "　　", "　"])
def test_starting_price_column_is_a_price_not_a_count(sep):
    df = _facts("2025年人形机器人行业研究\n\n国内主要厂商出货情况如下。\n\n表1　主要厂商出货与价格\n"
                + _layout(_ROBOTS, sep) + "\n")
    price = _row(df, "12.9")
    assert (price["theme"], price["unit"], price["value"]) == ("pricing", "CNY", 129000.0)
    assert price["metric"] == "starting_price" and price["entity"] == "Yuechuan"
    assert _row(df, "9.9")["entity"] == "Lanfeng"
    shipped = _row(df, "3200")
    assert (shipped["unit"], shipped["value"]) == ("count", 3200.0)


@pytest.mark.parametrize("header, cell, value, unit, metric", [
    ("均价（元/颗）", "85", 85.0, "CNY", "average_price"),
    ("单价（美元/片）", "1,250", 1250.0, "USD", "price"),
])
def test_unit_price_columns(header, cell, value, unit, metric):
    # a money label per good makes the cells prices (单价 names no money amount in prose: 其中单价约30元)
    df = _facts("2025年存储芯片报告\n\n主要产品价格如下。\n\n表2　主要产品价格\n"
                + _layout([["产品", header], ["岳川DDR5", cell], ["澜锋LPDDR5", "70"]], "\t") + "\n")
    row = _row(df, cell)
    # a memory chip's unit price is a component price: market (SCHEMA: pricing is for AI models
    # and services; theme_boundaries.csv)
    assert (row["theme"], row["unit"], row["value"], row["metric"]) == ("market", unit, value, metric)


# --- class 2: a caption with a per-unit unit --------------------------------------------------

@pytest.mark.parametrize("sep", ["\t", "　　", "　"])
@pytest.mark.parametrize("unit_text, unit", [("元/kWh", "CNY"), ("元/千瓦时", "CNY"), ("美元/MWh", "USD")])
def test_electricity_price_caption(sep, unit_text, unit):
    df = _facts("2025年算力电力成本研究\n\n各地电价差异较大。\n\n"
                f"表2　各地区大工业电价（单位：{unit_text}）\n"
                + _layout([["地区", "峰时", "谷时"], ["甘肃", "0.31", "0.27"], ["内蒙古", "0.35", "0.25"]], sep) + "\n")
    for text, entity in (("0.31", "Gansu"), ("0.27", "Gansu"), ("0.25", "Inner Mongolia")):
        row = _row(df, text)
        # a region's industrial tariff is an energy-market price (market, fixtheme26b), not a data
        # centre's own power (theme_boundaries.csv)
        assert (row["theme"], row["unit"], row["metric"], row["entity"]) == ("market", unit, "electricity_price", entity)
        assert row["value"] == float(text)


def test_percent_caption_keeps_ratios():
    df = _facts("2025年存储报告\n\n海外厂商份额如下。\n\n表4　海外厂商产能占比（单位：%）\n"
                + _layout([["厂商", "占比"], ["三星", "40"], ["SK海力士", "30"]], "　　") + "\n")
    row = _row(df, "40")
    assert (row["unit"], row["value"]) == ("ratio", 0.4)


# --- class 3: capacity in 万片/月 --------------------------------------------------------------

@pytest.mark.parametrize("sep", ["\t", "　　", "　"])
def test_wafer_capacity_in_ten_thousands_per_month(sep):
    df = _facts("2025年存储芯片行业深度报告\n\n岳川科技是国内领先的存储模组厂商，2024年营收52亿元。\n\n"
                "表3　主要厂商DRAM晶圆产能（单位：万片/月）\n"
                + _layout([["厂商", "产能"], ["三星", "65"], ["澜锋存储", "45"]], sep) + "\n")
    row = _row(df, "45")
    assert (row["theme"], row["unit"], row["value"], row["metric"]) == ("compute", "count", 450000.0, "capacity")
    assert row["entity"] != "Yuechuan"  # the row's firm, not the document's first company
    assert _row(df, "65")["entity"] == "Samsung Electronics"


def test_capacity_in_thousands_per_month():
    df = _facts("2025年存储报告\n\n国产厂商加速扩产。\n\n表4　国内厂商NAND产能（千片/月）\n"
                + _layout([["厂商", "2024年", "2025年E"], ["三星", "150", "160"], ["澜锋半导体", "80", "95"]], "\t") + "\n")
    row = _row(df, "80")
    assert (row["value"], row["unit"], row["entity"]) == (80000.0, "count", "Lanfeng")


# --- class 4: an offering's project table ----------------------------------------------------

_PROJECTS = [["序号", "项目名称", "项目投资总额", "拟使用募集资金"],
             ["1", "岳川智算中心建设项目", "150,000.00", "120,000.00"],
             ["2", "补充流动资金", "32,500.00", "30,000.00"],
             ["合计", "", "182,500.00", "150,000.00"]]


def _announcement(sep: str, issuer: str = "岳川科技股份有限公司") -> str:
    return (f"{issuer}2025年度向特定对象发行A股股票预案\n\n"
            "一、本次募集资金使用计划\n"
            "本次向特定对象发行股票募集资金总额不超过150,000.00万元，扣除发行费用后拟用于以下项目：\n"
            "单位：万元\n" + _layout(_PROJECTS, sep) + "\n")


def _titled(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text), "published": DAY,
           "publisher": "Test Broker", "boilerplate": [], "title": infer_title(text)}
    return facts_frame(extract_document(doc))


@pytest.mark.parametrize("sep", ["\t", "　"])
def test_project_table_is_the_issuers_capex(sep):
    df = _facts(_announcement(sep))
    cells = df[df["text"].isin(["150,000.00", "120,000.00", "182,500.00", "32,500.00", "30,000.00"])]
    assert set(cells["entity"]) == {"Yuechuan"}
    # what a project costs is capex; the proceeds it is to take are a use of proceeds (fixtbl48b)
    assert set(cells[cells["metric"] == "project_investment"]["theme"]) == {"capex"}
    assert set(cells[cells["metric"] == "proceeds_to_be_used"]["theme"]) == {"valuation"}
    assert _row(df, "120,000.00")["metric"] == "proceeds_to_be_used"
    assert _row(df, "120,000.00")["value"] == 1.2e9
    total = _row(df, "182,500.00")
    assert (total["metric"], total["value"]) == ("project_investment", 1.825e9)
    # the 合计 row's proceeds restate the prose's 募集资金总额 (one claim, one row: fixprec25);
    # the first project's cost, equal to it by chance, is a claim of its own
    proceeds = df[(df["value"] == 1.5e9) & df["metric"].isin(["proceeds_to_be_used", "ipo_proceeds"])]
    assert len(proceeds) == 1
    assert list(df[df["text"] == "150,000.00"]["metric"]) == ["project_investment"]
    assert not df["text"].isin(["1", "2"]).any()  # 序号 is no fact
    assert not (df["entity"] == "合计").any()


@pytest.mark.parametrize("head", ["", "证券代码：688999　　证券简称：岳川科技　　公告编号：2025-041\n"])
@pytest.mark.parametrize("read", [_titled, _facts])
def test_project_table_issuer_from_the_title_not_the_most_mentioned_parent(read, head):
    # the parent (岳川控股) is named most; the table is the issuer's, whose name opens the title
    text = head + _announcement("\t").replace(
        "单位：万元\n", "岳川控股为公司控股股东，岳川控股承诺认购。岳川控股持股比例不变。\n单位：万元\n")
    df = read(text)
    assert set(df[df["text"] == "182,500.00"]["entity"]) == {"Yuechuan"}


def test_table_without_a_project_column_keeps_its_metrics():
    # near miss: an investment table that lists firms, not projects, is not the issuer's capex plan
    text = ("2025年AI投资报告\n\n主要投资如下。\n\n表5　主要投资（单位：亿元）\n"
            + _layout([["公司", "2024年投资总额", "2025年投资总额"], ["微软", "800", "900"], ["谷歌", "750", "850"]], "\t") + "\n")
    df = _facts(text)
    assert "project_investment" not in set(df["metric"])
    assert _row(df, "800")["entity"] == "Microsoft"


def test_two_column_tab_table_under_a_unit_caption():
    # integers at the end of a tab row under a caption giving a unit are values ...
    df = _facts("2025年存储报告\n\n国产厂商加速扩产。\n\n表3　产能（单位：万片/月）\n"
                + _layout([["厂商", "产能"], ["三星", "65"], ["澜锋存储", "45"]], "\t") + "\n")
    assert _row(df, "45")["value"] == 450000.0


def test_table_of_contents_page_numbers_stay_no_facts():
    # ... page numbers of a table of contents (no unit above) are not
    df = _facts("2025年存储报告\n\n目录\n一、行业概况\t5\n二、竞争格局\t12\n三、风险提示\t20\n\n正文。\n")
    assert df.empty


# --- layout: single full-width blanks ---------------------------------------------------------

def test_fullwidth_rows_same_length_and_tabs():
    text = "表1　价格\n厂商　出货量（台）　起售价（万元/台）\n岳川机器人　3200　12.9\n澜锋智能　1800　9.9\n"
    out = tab_fullwidth_rows(text)
    assert len(out) == len(text)
    assert out.split("\n")[0] == "表1　价格"  # a caption keeps its blank
    assert out.split("\n")[2] == "岳川机器人\t3200\t12.9"


@pytest.mark.parametrize("text", [
    "分析师：韩　雪\n研究助理：许　诺\n",  # names with a blank, colons: no table
    "他说　我们会努力。\n她说　明年再看。\n",  # prose
    "岳川机器人　3200　12.9\n",  # one row alone is no table
    "公司　　　营收\n甲　　　　1.5\n乙　　　　2.0\n",  # aligned with runs of blanks: kept as it is
])
def test_fullwidth_rows_near_misses_unchanged(text):
    assert tab_fullwidth_rows(text) == text


def test_header_year_under_a_unit_caption_stays_a_period():
    # the header row right under the caption is not a row of values: its 2030 dates a column
    df = _facts("表1：资本开支（单位：亿美元）\n公司\t2030Q3\t2030\n微软\t349\t1200\n")
    assert _row(df, "1200")["period"] == "2030"


def test_a_financial_table_headed_item_is_no_project_table():
    # 项目 heads the label column of an ordinary results table: its rows keep their own metrics
    text = ("岳芯半导体股份有限公司招股说明书摘要\n\n主要财务数据（单位：万元）\n"
            "项目\t2023年\t2024年\n营业收入\t8,652.31\t31,470.88\n研发费用\t4,890.62\t5,731.27\n")
    f = facts_of_text(text, dt.date(2025, 6, 1))
    rows = f[f["text"].isin(["8,652.31", "4,890.62"])]
    assert len(rows) == 2
    assert set(rows["theme"]) == {"earnings"}, rows[["text", "theme", "metric"]].to_string()
