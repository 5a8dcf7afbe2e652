"""Adoption or market for a penetration (fixtheme36a), on invented texts.

A penetration word (渗透率, 搭载率) is a share of adopters (adoption) only where its sentence
names them before it: an adopter word (用户, 家庭, 企业), a figure of use (月活, 订阅, 普及率) or
a firm's own app or model (元宝渗透率). With none named it is a product's share of its
category, a market share, whatever the product: the hardware list cannot name every product.

Every name here is invented (澄川, 青禾, 岚峰 exist in no report).
"""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 3, 12)


def _theme(text: str, number: str) -> str:
    return row_of(facts_of_text(text, DAY), number)["theme"]


# ---- a product's share of its category, with no adopter named: market -------------------------

@pytest.mark.parametrize("text, number", [
    ("据测算，2025年国内AI音箱在智能音箱品类中的渗透率约为22%。", "22%"),
    ("我们预计到2028年，固态电池在储能系统中的渗透率有望超过15%。", "超过15%"),
    ("据行业协会统计，今年上半年电动重卡渗透率升至18.5%。", "18.5%"),
    ("青禾科技认为，到2027年扫地机器人中具备大模型语音交互的产品渗透率将达到三成。", "三成"),
])
def test_a_product_share_of_its_category_is_market(text, number):
    assert _theme(text, number) == "market"


def test_a_bare_penetration_row_under_a_product_row_is_market():
    text = ("表3：AI学习灯出货与渗透率\n"
            "指标            2024      2025E     2026E\n"
            "AI学习灯出货    320       560       900\n"
            "渗透率          8.5%      14.2%     21.0%\n")
    f = facts_of_text(text, DAY)
    assert {row_of(f, t)["theme"] for t in ("8.5%", "14.2%", "21.0%")} == {"market"}


# ---- adopters named before the word: adoption ----------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("截至9月，澄川App月活用户约2,400万，渗透率约8%。", "约8%"),
    ("我们估算，智能学习灯在城市小学生家庭中的渗透率约为9%。", "9%"),
    ("岚峰云付费订阅用户约320万，订阅渗透率提升至6.1%。", "6.1%"),
    ("截至6月，豆包App渗透率约为12%，较年初提升明显。", "12%"),
])
def test_a_penetration_among_named_adopters_stays_adoption(text, number):
    assert _theme(text, number) == "adoption"


# ---- a driving feature taken up by the cars sold: adoption; a kind of car: market --------------

@pytest.mark.parametrize("text, number", [
    ("11月国内新售乘用车中，L2级辅助驾驶渗透率达到58.4%，环比提升0.9个百分点。", "58.4%"),
    ("青禾汽车称，10月其城市NOA的月活渗透率升至77%。", "77%"),
    ("2025年澄川市产新能源汽车智能座舱搭载率达到88%。", "88%"),
])
def test_a_driving_feature_taken_up_by_cars_is_adoption(text, number):
    assert _theme(text, number) == "adoption"


def test_a_driving_features_penetration_table_is_adoption():
    text = ("表2　新车高阶智驾渗透率（单位：%）\n"
            "月份　　　　高速NOA　　城市NOA\n"
            "2025-09　　 21.4　　　　11.2\n"
            "2025-10　　 22.9　　　　12.6\n")
    f = facts_of_text(text, DAY)
    assert {row_of(f, t)["theme"] for t in ("21.4", "11.2", "22.9", "12.6")} == {"adoption"}


def test_a_kind_of_car_among_cars_sold_stays_market():
    assert _theme("今年前三季度，国内新能源汽车渗透率升至53.2%。", "53.2%") == "market"


# ---- what taking up AI changed, or the share that took it up: adoption -------------------------

@pytest.mark.parametrize("text, number", [
    ("澄川油田采用AI优化压裂方案后，单井产量提升约8%。", "约8%"),
    ("AI温控优化帮助青禾数据机房单位产值能耗下降9.5%。", "下降9.5%"),
    ("使用AI素材的短视频投放ROI平均提升15%。", "15%"),
    ("另据行业调研，目前已部署智能体的中小律所占比约9%。", "约9%"),
    ("岚峰电器夜间改用数字人直播后，单场ROI由1.5提高到2.6。", "2.6"),
])
def test_a_figure_of_ai_use_is_adoption(text, number):
    assert _theme(text, number) == "adoption"


@pytest.mark.parametrize("text, number", [
    ("部署AI服务器的智算中心市场规模同比增长40%。", "40%"),
    ("据测算，今年国内AI服务器市场规模同比增长35%。", "35%"),
])
def test_ai_hardware_and_plain_market_figures_stay_market(text, number):
    assert _theme(text, number) == "market"



def test_a_table_of_what_ai_achieved_is_adoption():
    text = ("表2：港口AI应用效果（2025年上半年）\n"
            "港口　　　　　　　无人集卡(台)　　作业效率提升(%)　　故障率下降(%)\n"
            "澄川港　　　　　　120　　　　　　　9.4　　　　　　　　31\n"
            "青禾港　　　　　　 80　　　　　　　7.2　　　　　　　　26\n")
    f = facts_of_text(text, DAY)
    assert {row_of(f, t)["theme"] for t in ("9.4", "31", "7.2", "26")} == {"adoption"}


def test_a_cost_table_with_an_ai_assisted_column_is_adoption():
    text = ("二、动画短片：单分钟成本表（单位：万元/分钟）\n"
            "类型 | 传统制作 | AIGC辅助 | 降幅(%)\n"
            "二维短片 | 6-8 | 1.5-2 | 约75\n"
            "三维短片 | 12 | 4 | 67\n")
    f = facts_of_text(text, DAY)
    assert row_of(f, "约75")["theme"] == row_of(f, "67")["theme"] == "adoption"


@pytest.mark.parametrize("text, number", [
    ("AI辅助诊断市场规模同比增长35%。", "35%"),
    ("表4：AI辅助编程工具市场规模（单位：亿元）\n年份　　　　规模　　　　同比(%)\n2024　　　　120　　　　 35\n", "35"),
])
def test_the_growth_of_a_market_for_an_ai_product_stays_market(text, number):
    assert _theme(text, number) == "market"


# ---- 客户端 is a client, no customer --------------------------------------------------------------

def test_a_client_device_is_no_customer():
    text = ("表1　澄川半导体长期财务目标\n"
            "指标　　　　　　　　　　　　2024年实际　　　　　　　长期目标（至2030年）\n"
            "收入（亿美元）　　　　　　　182.4　　　　　　　　　　—\n"
            "客户端CPU收入份额　　　　　约24%（2025Q3）　　　　>36%\n")
    f = facts_of_text(text, DAY)
    assert not f["metric"].str.startswith("customers").any()
    assert row_of(f, "约24%")["theme"] != "adoption"
