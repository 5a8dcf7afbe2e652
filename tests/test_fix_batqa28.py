"""A battery of invented expert-call minutes, investor Q&A and interview transcripts (调研纪要,
专家访谈, 投资者问答; ``Q:``/``A:``, ``问：``/``答：``, speaker initials ``L.K：`` or ``专家A：``),
each with the value, unit, theme, period and entity the SCHEMA gives it for one publication day.

The subject of a number is the firm or product the question or the answer is about, never the
speaker label; a comparison inside an answer carries its own periods; hedged values keep the
number as written; the minutes' publication date dates ``现在/目前``. Forms left out of scope
are xfail(strict) with the reason. Every firm-less example is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.text_facts import assert_battery_row, facts_of

PUBLISHED = dt.date(2025, 9, 16)
HEAD = ("【调研纪要】某头部服务器厂商前产品总监交流\n"
        "时间：2025年9月15日（电话会）\n专家：某服务器厂商前产品总监（任职6年，2024年3月离职）\n"
        "纪要整理：L.K.　发布：2025-09-16\n\n")


def _out(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


# (sentence, theme, entity, value, unit, period)
BATTERY = [
    # 现在/目前 in an answer is the publication month, not a date of the header
    ("Q：H100整机租金现在什么水平？\nA：8卡H100整机月租现在大概在5万元/台/月左右。",
     "pricing", "H100", 50000.0, "CNY", "2025-09"),
    ("问：A800呢？\n答：A800整机月租目前3万元/台/月上下。", "pricing", "A800", 30000.0, "CNY", "2025-09"),
    pytest.param("Q：国产卡集群利用率怎么样？\nA：国产卡集群现在平均只有35%左右。", "compute", "", 0.35, "ratio",
                 "2025-09", marks=_out("the measure is named only in the question: an answer's bare per cent is read as no metric")),
    ("Q：国产卡集群利用率怎么样？\nA：国产卡集群利用率现在平均只有35%左右。",
     "compute", "", 0.35, "ratio", "2025-09"),
    ("问：智算中心的利用率？\n答：地方智算中心目前整体利用率不到25%。",
     "compute", "", 0.25, "ratio", "2025-09"),
    # comparisons inside an answer carry their own periods
    ("Q：和高点比呢？\nA：2023年下半年最紧的时候H100整机月租到过11万元/台/月，现在5万元/台/月左右。",
     "pricing", "H100", 110000.0, "CNY", "2023H2"),
    ("Q：和高点比呢？\nA：2023年下半年最紧的时候H100整机月租到过11万元/台/月，现在5万元/台/月左右。",
     "pricing", "H100", 50000.0, "CNY", "2025-09"),
    ("问：毛利率变化？\n答：租赁业务毛利率现在只有12%左右，去年还有30%出头。",
     "earnings", "", 0.12, "ratio", "2025-09"),
    ("问：毛利率变化？\n答：租赁业务毛利率现在只有12%左右，去年还有30%出头。",
     "earnings", "", 0.30, "ratio", "2024"),
    pytest.param("问：国产卡的采购占比？\n答：今年新增采购里国产卡大概占45%，去年只有20%左右。", "compute", "", 0.45,
                 "ratio", "2025", marks=_out("a share of new purchases (新增采购里…占) is no metric of the lexicon yet")),
    ("Q：推理占比？\nA：2024年推理大概占我们算力消耗的35%，今年二季度已经到50%左右。",
     "compute", "", 0.35, "ratio", "2024"),
    ("Q：推理占比？\nA：2024年推理大概占我们算力消耗的35%，今年二季度已经到50%左右。",
     "compute", "", 0.50, "ratio", "2025Q2"),
    # a spoken fall to a level said of now (掉到现在…)
    ("问：毛利率？\n答：租赁业务毛利率从高点的40%左右掉到现在10%-15%。", "earnings", "", 0.10, "ratio", "2025-09"),
    ("问：毛利率？\n答：租赁业务毛利率从2023年的40%左右掉到现在10%-15%。", "earnings", "", 0.40, "ratio", "2023"),
    # hedged values keep the number as written
    ("问：回本周期？\n答：现在算下来回本周期要4年以上。", "earnings", "", 4.0, "years", ""),
    ("问：收入增速？\n答：今年三季度云收入同比增长了25%出头。", "earnings", "", 0.25, "ratio", "2025Q3"),
    ("问：4090的租金？\n答：4090现在1.3元/卡时上下。", "pricing", "RTX 4090", 1.3, "CNY", "2025-09"),
    # the speaker label is no subject: a named firm in the answer is
    ("L.K：寒武纪今年上半年营收大约29亿元。", "earnings", "Cambricon", 2.9e9, "CNY", "2025H1"),
    ("专家A：字节今年的capex大概在1500亿元左右。", "capex", "ByteDance", 1.5e11, "CNY", "2025"),
    ("专家：腾讯今年capex大约900亿元。", "capex", "Tencent", 9e10, "CNY", "2025"),
    pytest.param("专家B：中际旭创今年800G出货量大约1000万只。", "compute", "Innolight", 1e7, "count", "2025",
                 marks=_out("an optical module named by its speed grade alone (800G出货量) is read as a market shipment")),
    ("投资者：请问公司今年营收目标？\n董秘：公司今年营收目标是同比增长30%左右。",
     "earnings", "", 0.30, "ratio", "2025"),
    ("Q：豆包的调用量？\nA：豆包日均tokens调用量目前已经超过20万亿。", "adoption", "Doubao", 2e13, "count", "2025-09"),
    ("Q：阿里的capex？\nA：阿里今年二季度capex是380亿元左右。", "capex", "Alibaba", 3.8e10, "CNY", "2025Q2"),
    # Traditional transcripts
    ("問：輝達的毛利率？\n答：輝達本季毛利率約在72%左右。", "earnings", "Nvidia", 0.72, "ratio", "2025Q3"),
    ("專家：騰訊今年資本開支約900億元。", "capex", "Tencent", 9e10, "CNY", "2025"),
    # the header's dates (tenure, 离职) date nothing
    (HEAD + "Q：H100整机现在的月租？\nA：目前大概5万元/台/月。", "pricing", "", 50000.0, "CNY", "2025-09"),
    (HEAD + "Q：利用率？\nA：对外租赁的英伟达集群利用率现在平均在60%左右。", "compute", "", 0.60, "ratio", "2025-09"),
    (HEAD + "Q：集群利用率？\nA：头部大厂自用的训练集群利用率能做到80%以上。", "compute", "", 0.80, "ratio", ""),
    # a question asked of now dates the answer's undated numbers
    ("Q：现在各类集群的利用率大概多少？\nA：头部大厂自用的训练集群利用率能做到80%以上。",
     "compute", "", 0.80, "ratio", "2025-09"),
    ("Q：现在各类集群的利用率大概多少？\nA：训练集群利用率能做到80%以上，年初只有60%。",
     "compute", "", 0.60, "ratio", "2025-01"),
    ("Q：H100租金现在什么水平？\nA：8卡整机大概5万元/台/月，折算下来单卡每小时大概在7元左右。",
     "pricing", "", 7.0, "CNY", "2025-09"),
    ("Q：目前国内H20的租金？\nA：H20整机月租3万元/台/月上下。", "pricing", "H20", 30000.0, "CNY", "2025-09"),
    ("Q：明年的capex现在怎么看？\nA：阿里明年capex大约1500亿元。", "capex", "Alibaba", 1.5e11, "CNY", "2026"),
    ("Q：你们的毛利率？\nA：租赁业务毛利率大概在15%左右。", "earnings", "", 0.15, "ratio", ""),
    (HEAD + "Q：毛利率？\nA：租赁业务毛利率现在只有10%左右。", "earnings", "", 0.10, "ratio", "2025-09"),
    # two-digit years in speech
    ("问：H100当年的价格？\n答：23年高点时H100整机月租到过12万元/台/月，现在5万元/台/月。",
     "pricing", "H100", 120000.0, "CNY", "2023"),
    ("问：推理占比？\n答：24年推理大概占30%，25年上半年到了45%。", "compute", "", 0.45, "ratio", "2025H1"),
]


@pytest.mark.parametrize("text, theme, entity, value, unit, period", BATTERY)
def test_battery(text, theme, entity, value, unit, period):
    assert_battery_row(text, PUBLISHED, theme, entity, value, unit, period)


def test_speaker_initials_are_never_an_entity():
    text = (HEAD + "Q：毛利率？\nA：租赁业务毛利率现在只有10%左右，高点时40%左右。\n"
            "Q：推理占比？\nA：今年三季度推理占我们算力消耗的55%左右。\n")
    rows = facts_of(text, PUBLISHED)
    assert not rows.empty
    assert not rows["entity"].str.contains("L.K", regex=False).any(), rows[["entity", "text"]].to_string()
