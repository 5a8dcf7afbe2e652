"""Set-24 classes E1 (a table's name column headed 供应商/厂商 or after a rank column) and S
(financial-statement tables: line items by years or quarters).

Every example is invented (星衡科技, 晨星生物 and their figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

from aigc_analysis.extract.periods import find_periods

DAY = dt.date(2026, 1, 12)


def _rows(text: str, day: dt.date = DAY) -> dict[str, tuple]:
    f = facts_of_text(text, day)
    return {t: (e, m, v, p) for t, e, m, v, p in zip(f["text"], f["entity"], f["metric"], f["value"], f["period"])}


SUPPLIER_SHARES = """2025年中国AI加速芯片市场格局点评

根据调研，2025年中国AI加速芯片市场规模约1200亿元。

表1：中国AI加速芯片市场份额

| 供应商 | 2025年份额 | 2024年份额 |
|---|---|---|
| 英伟达 | 24.3% | 29.0% |
| 华为 | 21.5% | 18.2% |
| 寒武纪 | 6.1% | 4.0% |
"""


def test_e1_a_supplier_column_of_a_share_table_names_each_rows_firm():
    r = _rows(SUPPLIER_SHARES)
    assert r["24.3%"][0] == r["29.0%"][0] == "Nvidia"
    assert r["21.5%"][0] == r["18.2%"][0] == "Huawei"
    assert r["6.1%"][0] == "Cambricon"
    assert r["24.3%"][3] == "2025" and r["29.0%"][3] == "2024"


def test_e1_near_miss_a_supplier_column_of_a_deal_table_stays_the_counterparty():
    text = ("## 星衡科技：上游采购\n\n星衡科技2025年采购总额约30亿元。\n\n"
            "| 供应商 | 合同金额（亿元） |\n|---|---|\n| 英伟达 | 12.5 |\n| 华为 | 6.2 |\n")
    r = _rows(text)
    assert r["12.5"][0] != "Nvidia" and r["6.2"][0] != "Huawei"


RANKED = """2025年第二季度中国公有云市场追踪

表：中国公有云市场厂商份额（%）

排名 | 厂商 | 2025Q2份额 | 2024Q2份额 | 同比增速
--- | --- | --- | --- | ---
1 | 阿里云 | 33 | 34 | 15
2 | 华为云 | 17 | 18 | 14
3 | 腾讯云 | 10 | 11 | 9
- | 其他 | 40 | 37 | 25
"""


def test_e1_a_rank_column_first_then_a_vendor_column_names_each_row():
    f = facts_of_text(RANKED, dt.date(2025, 9, 10))
    by = {(e, p, v) for e, p, v in zip(f["entity"], f["period"], f["value"])}
    assert ("Huawei Cloud", "2025Q2", 0.17) in by and ("Huawei Cloud", "2024Q2", 0.18) in by
    assert ("Alibaba Cloud", "2025Q2", 0.33) in by
    assert ("其他", "2025Q2", 0.4) in by  # the unranked row names itself, not "-"
    assert not {"-", "China public cloud market"} & set(f["entity"])
    assert not ({1.0, 2.0, 3.0} & set(f["value"]))  # ranks are no facts


def test_e1_a_growth_column_after_two_period_columns_is_the_latest_periods():
    f = facts_of_text(RANKED, dt.date(2025, 9, 10))
    growth = f[f["metric"].str.endswith("growth")]
    assert set(growth["period"]) == {"2025Q2"}
    # the other way round too: | 2024年 | 2025年 | 同比 |
    text = ("表：星衡科技营业收入（亿元）\n\n| 项目 | 2024年 | 2025年 | 同比 |\n|---|---|---|---|\n"
            "| 营业收入 | 10.2 | 12.6 | 23.5% |\n")
    assert _rows(text)["23.5%"][3] == "2025"


def test_e1_near_miss_a_growth_column_after_one_period_column_keeps_it():
    text = ("表：星衡科技分季度收入（亿元）\n\n| 项目 | 2025Q3 | 同比 | 2025Q2 | 同比 |\n|---|---|---|---|---|\n"
            "| 营业收入 | 3.1 | 21% | 2.8 | 18% |\n")
    r = _rows(text)
    assert r["21%"][3] == "2025Q3" and r["18%"][3] == "2025Q2"


PROSPECTUS = """晨星生物科技（香港）招股概要
2025年10月6日（星期一）　撰文：新股組 陳嘉

晨星生物科技是一家AI藥物研發公司，將於香港聯交所主板上市。

主要財務數據
單位：千美元

                        2023年度          截至2024年6月30日止六個月      截至2025年6月30日止六個月
收入                    12,450            5,120                          9,880
毛利／（毛損）          (3,210)           1,050                          3,420
年／期內虧損            (120,450)         (60,337)                       (51,002)
"""


def test_s_slashed_line_items_are_metrics_of_the_issuer():
    f = facts_of_text(PROSPECTUS, dt.date(2025, 10, 6))
    assert not any("／" in e or "/" in e for e in f["entity"]), f[["entity", "text"]]
    issuer = set(f[f["metric"] == "revenue"]["entity"])
    assert len(issuer) == 1
    assert set(f[f["text"].isin(["(3,210)", "(120,450)", "(51,002)"])]["entity"]) == issuer


def test_s_months_ended_columns_are_the_months_not_the_day():
    f = facts_of_text(PROSPECTUS, dt.date(2025, 10, 6))
    by = dict(zip(f["text"], f["period"]))
    assert by["(3,210)"] == "2023"
    assert by["5,120"] == by["(60,337)"] == "2024-01/2024-06"
    assert by["(51,002)"] == "2025-01/2025-06"
    assert by["(120,450)"] == "2023"


def test_s_nine_months_in_prose_too():
    r = _rows("晨星生物截至2024年9月30日止九個月收入約0.81億美元。", dt.date(2024, 12, 2))
    assert r["約0.81億美元"][3] == "2024-01/2024-09"


def test_s_near_miss_a_day_alone_and_a_fiscal_label_keep_their_reading():
    assert [p.value for p in find_periods("截至2024年9月30日，晨星生物在手订单约3.2亿美元", DAY)] == ["2024-09-30"]
    assert [p.value for p in find_periods("截至2024年9月30日止，在手订单约3.2亿美元", DAY)] == ["2024-09-30"]
    r = _rows("上半财年（截至2025年9月30日止六个月）星衡科技收入230亿元", dt.date(2025, 11, 25))
    assert r["230亿元"][3] == "FY2026H1"


def test_s_near_miss_a_slashed_firm_label_is_no_metric():
    text = ("表：AI芯片出货（万片）\n\n| 公司 | 2025年 |\n|---|---|\n| 华为/海思 | 85 |\n| 寒武纪 | 32 |\n")
    r = _rows(text)
    assert r["85"][0] != r["32"][0]
    assert r["32"][0] == "Cambricon"


ANNUAL = """星衡科技股份有限公司2024年年度报告摘要

一、主要会计数据和财务指标

单位：元

项目                                    2024年              2023年              本年比上年增减
营业收入                                2,315,882,104.55    1,987,004,312.18    16.55%
归属于上市公司股东的扣除非经常          468,220,915.06      401,337,280.44      16.67%
性损益的净利润
经营活动产生的现金流量净额              388,114,020.91      295,640,771.35      31.28%
基本每股收益（元/股）                   1.28                1.08                18.52%
加权平均净资产收益率                    12.45%              11.36%              增加1.09个百分点
"""


def test_s_a_wrapped_line_item_keeps_its_values_and_the_table_its_header():
    f = facts_of_text(ANNUAL, dt.date(2025, 4, 18))
    by = {t: (e, m, p) for t, e, m, p in zip(f["text"], f["entity"], f["metric"], f["period"])}
    issuer = by["2,315,882,104.55"][0]
    assert by["468,220,915.06"] == (issuer, "net_profit", "2024")
    assert by["401,337,280.44"][2] == "2023"
    assert "性损益的净利润" not in set(f["entity"])
    # the rows after the wrapped one keep the columns' years
    assert by["388,114,020.91"][2] == "2024" and by["295,640,771.35"][2] == "2023"
    assert by["1.08"][2] == "2023" and by["11.36%"][2] == "2023"
    assert by["1.09个百分点"][2] == "2024"


def test_s_near_miss_a_heading_line_after_a_table_ends_it():
    # a short line right below the last row, prose after it: no wrapped label, the table ends
    text = ("单位：亿元\n\n项目        2024年      2023年\n营业收入    23.2        19.9\n净利润      5.1         4.3\n"
            "研发情况\n星衡科技2025年研发投入约3.4亿元。\n")
    f = facts_of_text(text, dt.date(2025, 4, 18))
    by = {t: (e, m, p) for t, e, m, p in zip(f["text"], f["entity"], f["metric"], f["period"])}
    assert by["5.1"][1:] == ("net_profit", "2024")
    assert by["约3.4亿元"][2] == "2025"
