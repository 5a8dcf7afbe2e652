"""Values never read: trillions of training tokens written as a bare T cell, credits of generation
plans (灵感值, 积分), an asset impairment, deals signed (签下) and firms using a product (使用)
counted, and counts beside 上下文扩展 (a training stage, not a context window)."""
from __future__ import annotations

import pytest

from tests.text_facts import facts_of


def _values(rows, unit="count"):
    return sorted(rows[rows["unit"] == unit]["value"])


def test_a_t_cell_under_a_training_tokens_column_is_trillions_of_tokens():
    rows = facts_of("表2　甲乙系列模型一览\n| 模型 | 总参数 | 上下文长度 | 预训练tokens |\n|---|---|---|---|\n"
                    "| 甲-9-Pro | 330B | 128K | 26T |\n| 甲-9-Mini | 9.4B | 32K | 14T |\n")
    tokens = rows[rows["theme"] == "compute"]
    assert sorted(tokens["value"]) == pytest.approx([1.4e13, 2.6e13])
    assert set(tokens["text"]) == {"26T", "14T"}
    assert 128000 not in set(rows["value"])  # the context-window column stays unread


def test_a_t_cell_under_another_column_stays_a_speed_grade():
    rows = facts_of("表3　光模块出货\n| 型号 | 速率 | 出货量（万只） |\n|---|---|---|\n| 丙模块 | 3.2T | 85 |\n")
    assert 3.2e12 not in set(rows["value"])


def test_credits_of_a_generation_plan_are_counts_under_pricing():
    rows = facts_of("某视频平台的会员分两档：基础会员39元/月，每月420灵感值；高级会员99元/月，含1350积分。"
                    "生成一条10秒视频消耗40灵感值。按基础会员折算，1灵感值约0.09元。")
    credits = rows[(rows["unit"] == "count")]
    assert sorted(credits["value"]) == [40, 420, 1350]  # not the 1 a rate is quoted per
    assert set(credits["theme"]) == {"pricing"}


def test_an_asset_impairment_is_an_earnings_amount():
    rows = facts_of("受一次性资产减值87.5亿元影响，某云公司二季度归母净亏损40.2亿元。")
    hit = rows[rows["metric"] == "asset_impairment"]
    assert list(hit["value"]) == pytest.approx([8.75e9]) and list(hit["theme"]) == ["earnings"]


def test_deals_signed_and_firms_using_a_product_are_counted():
    rows = facts_of("某软件公司本财季累计签下超过8400笔智能体订单，其中付费订单超过3100笔。"
                    "另一家公司披露，已有17万家机构使用其开发平台构建应用。")
    adoption = rows[rows["theme"] == "adoption"]
    assert sorted(adoption["value"]) == [3100, 8400, 170000]


def test_context_extension_is_a_stage_of_training_not_a_context_window():
    rows = facts_of("某模型训练总耗时为190.5万GPU小时，其中预训练172.3万、上下文扩展9.6万、后训练0.8万GPU小时。")
    assert {172.3e4, 9.6e4} <= set(rows["value"])
    assert set(rows["theme"]) == {"compute"}
    # a context window after the word is still no fact
    assert facts_of("模型支持128K上下文，通过YaRN上下文扩展至100万tokens。").empty
