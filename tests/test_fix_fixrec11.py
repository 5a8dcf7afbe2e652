"""Recall of table and list cells (branch fixrec11).

Every example is invented: the firms, cities and figures exist in no report, and the stock
codes are free ones.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

from aigc_analysis.extract.segment import is_value_cell

DAY = dt.date(2025, 6, 3)


def test_a_year_like_cell_under_a_unit_header_is_a_value_and_no_year():
    text = ("某某证券　2025年6月3日\n"
            "表1　重点城市AI产业目标（至2027年）\n"
            "城市　　核心产业规模（亿元）　　智能算力（EFLOPS）\n"
            "苏州　　　　9000　　　　　　　　　　　45\n"
            "无锡　　　　2000　　　　　　　　　　　60\n\n"
            "公司　　　　　2025年人形机器人交付目标（台）　　2024年交付量（台）\n"
            "甲乙机器人　　　　3000　　　　　　　　　　　　　　　　962\n"
            "丙丁机器人　　　　2000　　　　　　　　　　　　　　　　300\n")
    f = facts_of_text(text, DAY)
    size = f[(f["text"] == "2000") & (f["unit"] == "CNY")]
    assert len(size) == 1 and size.iloc[0]["value"] == 2e11 and size.iloc[0]["period"] == "2027"
    target = f[(f["text"] == "2000") & (f["unit"] == "count")]
    assert len(target) == 1 and target.iloc[0]["period"] == "2025"
    # the cell is no year of its row: the row's other cells keep the caption's year
    assert row_of(f, "60")["period"] == "2027"


def test_a_year_column_keeps_its_years():
    text = ("某某证券　2025年6月3日\n"
            "公司　　　　成立年份　　员工人数（人）\n"
            "甲乙科技　　2012　　　　350\n"
            "丙丁科技　　2016　　　　420\n")
    f = facts_of_text(text, DAY)
    assert not (f["text"] == "2012").any() and not (f["text"] == "2016").any()


def test_a_range_with_units_at_both_ends_is_a_value_cell():
    assert is_value_cell("5.10港元-5.60港元") and is_value_cell("18.11亿至19.89亿港元(未计超额配股权)")
    assert is_value_cell("约120亿至132亿港元")
    assert not is_value_cell("2024-2025年") and not is_value_cell("2024-2025")


def test_a_key_value_block_opening_on_a_range_is_no_header_and_its_fields_are_the_issuers():
    text = ("某某证券（香港）　研究部　　　　　新股报告\n"
            "2025年3月17日\n\n"
            "甲乙科技（9997.HK）招股书摘要\n\n"
            "【招股资料一览】\n"
            "招股价　　　　　　5.10港元－5.60港元\n"
            "入场费　　　　　　2,828.23港元\n"
            "集资总额　　　　　18.11亿至19.89亿港元（未计超额配股权）\n"
            "上市后市值　　　　约120亿至132亿港元\n")
    f = facts_of_text(text, dt.date(2025, 3, 17))
    price = row_of(f, "5.10港元－5.60港元")
    assert (price["value"], price["theme"]) == (5.1, "valuation")
    proceeds = row_of(f, "18.11亿至19.89亿港元")
    assert proceeds["value"] == 1.811e9 and proceeds["unit"] == "HKD"
    cap = row_of(f, "约120亿至132亿港元")
    assert cap["value"] == 1.2e10
    # a field label (集资总额, 上市后市值) is no name: the rows are the issuer's
    assert set(f.loc[f["text"].isin(["18.11亿至19.89亿港元", "约120亿至132亿港元"]), "entity"]) == {"Jiayi"}


def test_counted_nouns_beside_a_count_name_it():
    text = ("某某证券　2025年6月3日\n"
            "2025年5月，共监测到大模型相关中标项目512个，环比增长7.3%。2025年1-5月累计中标项目3,863个，"
            "已超过2024年全年的1,715个。\n"
            "全市场超3200只个股上涨。\n"
            "公司引入9名基石投资者，合共认购约2.18亿美元的发售股份。\n"
            "2025年上半年，全国新开工智算中心项目37个。\n")
    f = facts_of_text(text, DAY)
    assert row_of(f, "超3200")["metric"] == "advancing_stocks"
    for cell, theme in (("512", "market"), ("3,863", "market"), ("1,715", "market"), ("超3200", "valuation"),
                        ("9", "valuation"), ("37", "compute")):
        row = row_of(f, cell)
        assert (row["theme"], row["unit"]) == (theme, "count"), cell
    assert row_of(f, "7.3%")["theme"] == "market"  # the projects' growth, not a firm's orders


def test_a_tender_table_counts_and_sums_the_projects():
    text = ("某某证券　2025年6月3日\n"
            "表1　5月大模型中标项目行业分布\n"
            "行业　　　　　项目数（个）　　金额（万元）\n"
            "政务　　　　　158　　　　　　32,960\n"
            "能源　　　　　61　　　　　　 21,150\n\n"
            "厂商　　　　　　中标项目数　　中标金额（亿元）\n"
            "甲乙云　　　　　36　　　　　　2.11\n"
            "丙丁云　　　　　28　　　　　　1.56\n")
    f = facts_of_text(text, DAY)
    amount = row_of(f, "32,960")
    assert (amount["theme"], amount["value"]) == ("market", 329600000.0)
    assert row_of(f, "36")["theme"] == row_of(f, "28")["theme"] == "market"


def test_a_last_cell_never_takes_the_unit_opening_the_next_rows_label():
    from aigc_analysis.extract.quantities import find_quantities
    rows = "甲区　　136　　1.38\n成渝　　83　　1.29\n台积电  500\n台积电  300\n"
    assert [q.text for q in find_quantities(rows)] == ["136", "1.38", "83", "1.29", "500", "300"]
    # a unit a line break cut from its number in prose is still read whole
    assert [q.text for q in find_quantities("营收达到420亿\n元，同比增长")] == ["420亿\n元"]
    text = ("某某研究院　2025年7月3日\n"
            "表1　主要区域算力基础设施情况（截至2025年6月底）\n"
            "区域　　　　　标准机架（万架）　　平均PUE\n"
            "甲区　　　　　　 136　　　　　　　 1.38\n"
            "成渝　　　　　　  83　　　　　　　 1.29\n")
    f = facts_of_text(text, dt.date(2025, 7, 3))
    assert row_of(f, "1.38")["value"] == 1.38


def test_a_caption_counting_its_cells_makes_a_year_like_cell_a_value_but_not_under_a_time_header():
    text = ("某某证券　2025年6月3日\n"
            "表1　人形机器人交付情况（单位：台）\n"
            "公司　　　　　交付量　　　　出货量\n"
            "甲乙机器人　　962　　　　　　1500\n"
            "丙丁机器人　　300　　　　　　2000\n\n"
            "表2　主要公司概况（单位：人）\n"
            "公司　　　　　成立年份　　　员工\n"
            "甲乙机器人　　2015　　　　　962\n")
    f = facts_of_text(text, DAY)
    assert row_of(f, "2000")["value"] == 2000 and row_of(f, "2000")["period"] != "2000"
    assert not (f["text"] == "2015").any()


def test_a_row_of_years_stays_years_under_a_caption_unit():
    text = ("某某证券　2025年6月3日\n"
            "表1　营收预测（单位：亿元）\n"
            "公司　　　　甲公司　　乙公司\n"
            "年份　　　　2024　　　2025\n"
            "营收　　　　120.5　　 180.2\n")
    f = facts_of_text(text, DAY)
    assert not f["text"].isin(["2024", "2025"]).any()
    assert set(f["value"]) == {1.205e10, 1.802e10}
