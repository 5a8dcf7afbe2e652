"""Numbers that are no claims: a memory size naming a chip's variant, and a facility of exactly
one unit that a per-unit figure is quoted for.

Every example is invented (青禾科技, 云栈智能 ... exist in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of

DAY = dt.date(2025, 12, 1)


def test_a_memory_size_after_a_chips_name_is_its_variant():
    f = facts_of("青禾云本月下调GPU实例价格：搭载8×L40 48GB的实例每小时报价降至9.8元，降幅18%。", published=DAY)
    texts = set(f["text"])
    assert "48GB" not in texts
    assert any("18%" in t for t in texts)


def test_a_memory_size_in_brackets_after_a_card_is_its_variant():
    f = facts_of("二手市场上，RTX 3090（24GB）整卡报价约6,500元，较年初下跌15%。", published=DAY)
    texts = set(f["text"])
    assert "24GB" not in texts
    assert any("15%" in t for t in texts)


def test_a_memory_size_stated_of_a_chip_stays():
    f = facts_of("青禾科技新一代加速卡配备144GB HBM3e，较上一代提升50%。", published=DAY)
    assert "144GB" in set(f["text"])


def test_a_memory_grades_size_stays():
    f = facts_of("按我们测算，青禾加速卡采用HBM3 96GB，单卡HBM价值量约1,200美元。", published=DAY)
    assert "96GB" in set(f["text"])


def test_a_facility_of_one_unit_with_a_cost_after_it_is_the_unit_the_cost_is_per():
    f = facts_of("云栈智能CFO表示，一个1GW的AI智算园区，总投资约400亿至500亿美元。", published=DAY)
    texts = set(f["text"])
    assert "1GW" not in texts
    assert any("400亿" in t for t in texts)


def test_a_facility_of_one_unit_with_a_time_after_it_is_the_unit_the_time_is_per():
    f = facts_of("· 单个1GW园区建设周期约20个月\n", published=DAY)
    assert "1GW" not in set(f["text"])


def test_a_planned_facility_of_one_unit_stays():
    f = facts_of("青禾科技宣布将在新加坡建设一座1GW的AI园区；云栈智能同日宣布投资80亿美元。", published=DAY)
    assert "1GW" in set(f["text"])


def test_a_facility_larger_than_one_unit_outside_an_estimate_stays():
    f = facts_of("青禾科技一座300MW的数据中心已于10月投运，年收入约12亿元。", published=DAY)
    assert "300MW" in set(f["text"])


def test_a_bound_of_deals_counted_after_it_is_no_amount():
    f = facts_of("今年前三季度，AI领域并购与投资披露金额合计约1,900亿美元，同比增长约60%；"
                 "单笔超过20亿美元的交易有27宗。", published=DAY)
    texts = set(f["text"])
    assert not any("20亿美元" in t for t in texts)
    assert any("1,900亿美元" in t for t in texts)


def test_a_bound_reached_by_a_company_stays():
    f = facts_of("青禾科技AI业务收入超过20亿美元，同比增长45%。", published=DAY)
    assert any("20亿美元" in t for t in f["text"])


def test_a_scale_of_recommend_neutral_avoid_is_boilerplate():
    f = facts_of("青禾科技三季度收入增长32%。\n"
                 "行业评级说明：推荐——未来6个月内行业指数相对沪深300涨幅超过15%；"
                 "中性——相对涨跌幅介于-15%与15%之间；回避——相对跌幅超过15%。\n", published=DAY)
    texts = set(f["text"])
    assert not any("15%" in t for t in texts)
    assert any("32%" in t for t in texts)


def test_a_release_cadence_is_no_duration():
    f = facts_of("青禾科技将加速卡的迭代节奏定为“一年一代”，新一代产品算力提升2.5倍。", published=DAY)
    texts = set(f["text"])
    assert "一年" not in texts
    assert any("2.5倍" in t for t in texts)
