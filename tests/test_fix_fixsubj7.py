"""Subject fixes (fixsubj7): an announcement's masthead issuer and its defined target (set 29
class 6), and the sides of a comparison clause (set 28 class 18).

Every example is invented (恒科股份, 星衡数据, 岚川 name no real firm; the figures are made up).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

DAY = dt.date(2026, 4, 20)

_MASTHEAD = "证券代码：301234 证券简称：恒科股份 公告编号：2026-018\n关于发行股份购买资产的公告\n"
_PURCHASE = ("公司拟购买杭州星衡数据科技有限公司（以下简称“星衡数据”或“标的公司”）100%股权，交易作价12亿元。"
             "标的公司2025年营业收入3.2亿元，同比增长25%。"
             "上市公司拟以18.60元/股发行股份，募集配套资金不超过4亿元。")


# class 6: 上市公司 in an announcement is the issuer of its masthead, 标的公司 the defined target
def test_listed_company_in_an_announcement_is_the_masthead_issuer():
    f = facts_of_text(_MASTHEAD + _PURCHASE, DAY)
    assert entity_of(f, "18.60元") == "Hengke"
    assert entity_of(f, "不超过4亿元") == "Hengke"


def test_the_defined_target_keeps_its_figures():
    f = facts_of_text(_MASTHEAD + _PURCHASE, DAY)
    assert entity_of(f, "3.2亿元") == "Xingheng"
    assert entity_of(f, "25%") == "Xingheng"


def test_a_known_masthead_issuer_keeps_its_lexicon_name():
    text = _MASTHEAD.replace("恒科股份", "寒武纪") + _PURCHASE
    f = facts_of_text(text, DAY)
    assert entity_of(f, "18.60元") == "Cambricon"


def test_listed_companies_as_a_population_are_not_the_issuer():
    text = _MASTHEAD + "A股上市公司平均市盈率约35倍。"
    f = facts_of_text(text, DAY)
    assert entity_of(f, "约35倍") != "Hengke"


def test_without_a_masthead_listed_company_names_no_issuer():
    f = facts_of_text("关于发行股份购买资产的公告\n" + _PURCHASE, DAY)
    assert entity_of(f, "18.60元") != "Hengke"


# class 18: in A的X，较B的Y变化Z, X and Z are A's and Y is B's
def test_a_comparison_base_owns_its_own_figure_and_not_the_change():
    f = facts_of_text("B300单卡功耗约1.4kW，较H100的约0.7kW提升100%。", DAY)
    assert entity_of(f, "约1.4kW") == "B300"
    assert entity_of(f, "约0.7kW") == "H100"
    assert entity_of(f, "100%") == "B300"


def test_a_base_with_a_latin_tail_owns_its_figure():
    text = ("GB300 NVL72单柜BOM成本约为365万美元，较GB200 NVL72的约310万美元上升17.7%。"
            "整柜功耗约135kW，较GB200 NVL72的约120kW提升12.5%。")
    f = facts_of_text(text, DAY)
    assert entity_of(f, "约310万美元") == "GB200"
    assert entity_of(f, "17.7%") == "GB300"
    assert entity_of(f, "约120kW") == "GB200"
    assert entity_of(f, "12.5%") == "GB300"


def test_a_base_year_names_no_other_side():
    f = facts_of_text("B300单卡功耗约1.4kW，较上年的约1.0kW提升40%。", DAY)
    assert entity_of(f, "约1.0kW") == "B300"
