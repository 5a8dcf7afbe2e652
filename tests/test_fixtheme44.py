"""Theme choice of tonnages and of money saved (fixtheme44).

A mass in tonnes that a clause says is traded, produced, stocked, shipped abroad or demanded
(``成交``, ``产量``, ``库存``, ``出口``, ``需求``: ``facts_words.csv`` ``weight_metric``) is an
industry quantity (market), not the carbon or energy footprint of a data centre (compute). An
amount of money a firm's operation saves (``节省运输费用约3亿元``) lowers its costs: earnings
(``theme_boundaries.csv``), unless the saving is against a tender's budget, per unit, or given to
a buyer.

Every example is invented: the firms, places and figures are in no report.
"""
from __future__ import annotations

from tests.text_facts import facts_of


def _row(text: str, carried: str):
    f = facts_of(text)
    hit = f[f["text"].str.contains(carried, regex=False)]
    assert len(hit) == 1, f[["theme", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]


def test_an_exchange_tonnage_traded_is_market():
    row = _row("10月青屿碳排放权交易中心成交量1,375万吨，成交额8.2亿元。", "1,375万吨")
    assert (row["theme"], row["metric"], row["unit"], row["value"]) == (
        "market", "trading_volume_tonnes", "count", 1.375e7)


def test_a_tonnage_produced_or_stocked_is_market():
    row = _row("本月澄原钢铁粗钢产量96.4万吨，同比增长3.1%。", "96.4万吨")
    assert (row["theme"], row["metric"]) == ("market", "output_tonnes")
    row = _row("本周工业硅社会库存8.7万吨。", "8.7万吨")
    assert (row["theme"], row["metric"]) == ("market", "inventory_tonnes")


def test_a_tonnage_in_traditional_script_is_market():
    row = _row("本季度鎳產量12,480噸，按年上升6.2%。", "12,480")
    assert (row["theme"], row["metric"]) == ("market", "output_tonnes")


def test_a_tonnage_exported_or_demanded_is_market():
    row = _row("9月稀土永磁出口4,120吨。", "4,120吨")
    assert (row["theme"], row["metric"]) == ("market", "exports_tonnes")
    row = _row("我们预计2030年机器狗对高性能电机铜材需求有望达到1.6万吨。", "1.6万吨")
    assert row["theme"] == "market"


def test_emissions_in_tonnes_stay_compute():
    # near miss: 排放 is the nearest word, whatever 产量 says earlier in the sentence
    row = _row("该智算中心年产量不变，全年碳排放约4.2万吨CO2e。", "4.2万吨")
    assert (row["theme"], row["metric"]) == ("compute", "ghg_emissions_tonnes")


def test_money_a_firm_saves_is_earnings():
    row = _row("鹿鸣物流称，智能排线系统每年节省运输费用约2.3亿元。", "2.3亿元")
    assert (row["theme"], row["unit"], row["value"]) == ("earnings", "CNY", 2.3e8)


def test_a_saving_against_a_budget_or_per_unit_keeps_its_reading():
    row = _row("本项目中标金额合计318万元，较预算节约41.5万元。", "41.5万元")
    assert row["theme"] != "earnings"
    row = _row("无人机巡田比人工每亩节省约6元。", "6元")
    assert row["theme"] != "earnings"


def test_a_share_saved_stays_adoption():
    # near miss: the rule needs money; a saving of a share is no amount of profit
    f = facts_of("溪桥制造称，AI排产系统使人工工时节省约35%。")
    hit = f[f["text"].str.contains("35%", regex=False)]
    assert len(hit) == 1 and hit.iloc[0]["theme"] != "earnings"


def test_plays_in_hundred_millions_are_a_count_of_views():
    f = facts_of("上半年青芽视频平台AI相关内容播放量1,930亿次，同比增长180%。")
    hit = f[f["text"].str.contains("1,930亿", regex=False)]
    assert len(hit) == 1
    assert (hit.iloc[0]["theme"], hit.iloc[0]["unit"], hit.iloc[0]["value"]) == ("adoption", "count", 1.93e11)
    assert not (f["unit"] == "CNY").any()


def test_orders_counted_in_hundred_millions_are_no_yuan():
    row = _row("2024年，禾速外卖平台全年完成即时配送订单61.5亿单，同比增长12%。", "61.5亿")
    assert (row["unit"], row["value"]) == ("count", 6.15e9)


def test_trading_volume_grows_still_reads_turnover():
    # near miss: 放量 with no 播 before it keeps its trading reading, a bare 亿 amount in yuan
    row = _row("本周两市成交放量至1.2万亿。", "1.2万亿")
    assert (row["theme"], row["metric"], row["unit"]) == ("valuation", "turnover_change", "CNY")


_HOTEL = ("9月云栖酒店集团全部在营酒店RevPAR为205.3元，同比下降1.9%；平均房价（ADR）266.8元，同比下降1.2%；"
          "出租率（OCC）77.1%，同比下降0.5个百分点。")


def test_a_hotel_groups_revpar_is_earnings_and_its_room_rate_pricing():
    row = _row(_HOTEL, "205.3元")
    assert (row["theme"], row["metric"], row["unit"], row["value"]) == ("earnings", "revpar", "CNY", 205.3)
    row = _row(_HOTEL, "1.9%")
    assert (row["theme"], row["value"]) == ("earnings", -0.019)
    row = _row(_HOTEL, "266.8元")
    assert (row["theme"], row["metric"]) == ("pricing", "adr")


def test_a_hotels_occupancy_is_adoption():
    row = _row(_HOTEL, "77.1%")
    assert (row["theme"], row["unit"]) == ("adoption", "ratio")
    row = _row(_HOTEL, "0.5个百分点")
    assert (row["theme"], row["unit"], row["value"]) == ("adoption", "pp", -0.005)


def test_rented_cards_let_out_stay_compute():
    # near miss: 出租率 of GPUs (no hotel word) keeps its compute reading
    row = _row("据渠道调研，华东国产卡出租率约为64%。", "64%")
    assert row["theme"] == "compute"


def test_a_saving_in_a_table_cell_is_earnings():
    text = ("表1：主要险企AI理赔成效\n"
            "公司　　　　自动化率（%）　　年节省成本（亿元）\n"
            "青川保险　　　　61　　　　　　　　　27.5\n"
            "岚港人寿　　　　54　　　　　　　　　19.3\n")
    row = _row(text, "27.5")
    assert (row["theme"], row["unit"], row["value"]) == ("earnings", "CNY", 2.75e9)


def test_a_saving_of_work_earlier_in_the_sentence_leaves_the_money_alone():
    # near miss: 节省 names the hours saved, in an earlier clause; the money after it is no saving
    row = _row("借助编程助手，青杉科技节省了约900个工程师年的工作量，每年带来约1.1亿元的效率收益。", "1.1亿元")
    assert row["theme"] != "earnings"
