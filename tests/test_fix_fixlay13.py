"""General layout readers on invented texts: a price change written with an arrow (``6→3`` in an
调整前→调整后 table, ``0.8元→0.5元`` in prose) gives the price before and the price after; a list of
name+number items joined by 、 (``甲城2500、乙城2100``) keeps its numbers (not list markers); a unit
lead over name：value lines (``资本开支（亿美元）：`` then ``- 甲：800``) gives the lines its unit; a share
keyword before a list lead's filler and colon (``份额前三依次为：甲（x%）``) measures the list; a
bracketed month label (``回收期（月）``) gives a column in months."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.quantities import find_quantities
from aigc_analysis.extract.segment import is_value_cell
from helpers_text import facts_of_text

DAY = dt.date(2025, 6, 3)


def _pairs(df):
    return sorted(zip(df["metric"], df["value"]))


def test_arrow_cells_are_values():
    assert is_value_cell("6→3") and is_value_cell("0.35→0.075") and is_value_cell("0.8元→0.5元")
    assert not is_value_cell("星河→蓝海")


def test_arrow_table_gives_before_and_after_prices():
    text = ("表1　主要模型API降价（调整前→调整后）\n"
            "模型　　　　　　　　　计价单位　　　　　　输入价格　　　　　　　输出价格　　　　　　生效日\n"
            "蓝海-Lite　　　　　　 美元/百万tokens　　 0.5→0.1　　　　　　　1.5→0.4　　　　　　2025-04-15\n")
    df = facts_of_text(text, DAY)
    got = _pairs(df)
    assert ("input_price_before_cut", 0.5) in [(m.replace("_per_1m_tokens", ""), v) for m, v in got]
    assert any(m.startswith("input_price") and "before" not in m and v == 0.1 for m, v in got)
    assert any(m.startswith("output_price") and m.endswith("_before_cut") and v == 1.5 for m, v in got)
    assert any(m.startswith("output_price") and "before" not in m and v == 0.4 for m, v in got)


def test_arrow_in_prose_marks_the_older_price():
    df = facts_of_text("星河模型5月下调API价格，输入价格由0.8元→0.5元/百万tokens。", DAY)
    got = _pairs(df)
    assert any(m.endswith("_before_cut") and v == 0.8 for m, v in got)
    assert any(not m.endswith("_before_cut") and v == 0.5 for m, v in got)


def test_named_items_of_a_list_are_values_not_markers():
    vals = [q.value for q in find_quantities("各城市机柜数量分别为甲城2500、乙城2100、丙城1800。")]
    assert vals == [2500, 2100, 1800]
    # list markers and 第 stay out
    assert [q.value for q in find_quantities("1、算力；2、模型")] == []
    assert 3.0 not in [q.value for q in find_quantities("第3、4季度")]


def test_unit_lead_over_a_list_of_name_value_items():
    # 资本开支（亿美元）： then name：value lines: the lead's unit applies to every bare value
    text = "2025年主要云厂商资本开支（亿美元）：\n- 星河云：800\n- 蓝海云：650\n- 青木云：420\n"
    df = facts_of_text(text, DAY)
    assert sorted(df["value"]) == [4.2e10, 6.5e10, 8e10]
    assert set(df["unit"]) == {"USD"}
    plain = facts_of_text("2025年主要云厂商资本开支（亿美元）：\n星河云：800\n蓝海云：650\n", DAY)
    assert sorted(plain["value"]) == [6.5e10, 8e10]


def test_times_and_ratios_after_a_colon_stay_out():
    assert [q.value for q in find_quantities("会议于10:30开始")] == []
    assert [q.text for q in find_quantities("配比为1:1")] == ["1:1"]  # one ratio, not a bare 1


def test_bracketed_shares_after_a_list_lead():
    # 份额前三依次为：甲（x%）、乙（y%）: the share keyword before the lead's filler and colon measures the list
    df = facts_of_text("2024年全球云市场份额前三依次为：微软（22.4%）、谷歌（11.1%）。", DAY)
    assert sorted(zip(df["entity"], df["metric"], df["value"])) == [
        ("Google", "market_share", 0.111), ("Microsoft", "market_share", 0.224)]
    df = facts_of_text("2024年全球云市场份额前三：微软22.4%、谷歌11.1%。", DAY)
    assert sorted(df["value"]) == [0.111, 0.224]


def test_top_holdings_and_barriers_lists():
    df = facts_of_text("星河AI ETF：前五大持仓依次为星河科技（4.1%）、蓝海数据（3.9%）。", DAY)
    assert sorted(zip(df["metric"], df["value"])) == [("portfolio_weight", 0.039), ("portfolio_weight", 0.041)]
    df = facts_of_text("受访企业认为最主要的障碍依次为：缺乏专业人才（58.7%）、数据质量不足（46.3%）。", DAY)
    assert sorted(zip(df["metric"], df["value"])) == [("barrier_share", 0.463), ("barrier_share", 0.587)]
    assert set(df["theme"]) == {"adoption"}


def test_month_column_header_reads_durations():
    from aigc_analysis.extract.quantities import find_unit_labels, parse_unit_label
    assert [u[3] for u in find_unit_labels("回收期（月）")] == ["months"]
    assert [u[3] for u in find_unit_labels("交付周期（个月）")] == ["months"]
    assert parse_unit_label("月") is None  # a bare 月 cell heads month numbers, no unit
    text = ("表1　分行业AI采用率与回报（2025年）\n"
            "行业　　　　　　　　采用率（%）　　ROI（倍）　　回收期（月）\n"
            "食品饮料　　　　　　44.1　　　　　　1.9　　　　　17\n"
            "纺织服装　　　　　　31.5　　　　　　1.2　　　　　26\n")
    df = facts_of_text(text, DAY)
    months = df[df["unit"] == "months"]
    assert sorted(months["value"]) == [17.0, 26.0]


def test_named_list_items_take_their_names():
    df = facts_of_text("2024年各云厂商GPU采购量分别为微软4500、谷歌2100、亚马逊1800。", DAY)
    assert sorted(zip(df["entity"], df["value"])) == [("Amazon", 1800.0), ("Google", 2100.0), ("Microsoft", 4500.0)]
