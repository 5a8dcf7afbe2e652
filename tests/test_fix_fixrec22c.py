"""Two cells of one table row holding the same number are two columns' measures, never one
figure restated: a dense model's 总参数 and 激活参数 (``70 | 70``) give parameters and
active_parameters.

Every example is invented (the table, models and figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

PUB = dt.date(2026, 3, 9)

_TABLE = ("开源模型参数一览\n\n"
          "表1　主要开源模型参数\n"
          "模型　　　　　　　总参数(B)　激活参数(B)　预训练数据(T tokens)\n"
          "Zeta-7 70B　　　　　70　　　　70　　　　　12.5\n"
          "Orin-MoE　　　　　　480　　　　24　　　　　20.1\n")

_PIPES = ("开源模型参数一览\n\n"
          "表1：主要开源模型参数\n"
          "| 模型 | 总参数(B) | 激活参数(B) |\n"
          "|---|---|---|\n"
          "| Zeta-7 70B | 70 | 70 |\n"
          "| Orin-MoE | 480 | 24 |\n")

_PROSE = "公司授予价格为每股28.50元，即激励对象可以每股28.50元的价格购买公司股票。\n"


def test_equal_cells_of_a_row_keep_their_columns_measures():
    df = facts_of_text(_TABLE, PUB)
    cells = df[df["text"] == "70"]
    assert sorted(cells["metric"]) == ["active_parameters", "parameters"]
    assert set(cells["value"]) == {70e9}


def test_equal_cells_of_a_pipe_table_row_too():
    df = facts_of_text(_PIPES, PUB)
    assert sorted(df[df["text"] == "70"]["metric"]) == ["active_parameters", "parameters"]


def test_a_figure_written_again_in_prose_still_restates_it():
    df = facts_of_text(_PROSE, PUB)
    assert df[df["text"].str.contains("28.50")]["metric"].nunique() == 1


_TRAINING_SPEND = ("开源模型成本一览\n\n"
                   "表1　主要开源模型训练投入对比\n"
                   "模型　　　　　　　集群规模(卡)　估算成本(百万美元)\n"
                   "Zeta-7 70B　　　　　2,048　　　　　12.5\n"
                   "Orin-MoE　　　　　　1,024　　　　　3.6\n")


def test_training_spend_caption_names_a_training_cost():
    """训练投入 in a caption is what training the models cost (compute), not a capex plan (投入)."""
    df = facts_of_text(_TRAINING_SPEND, PUB)
    cost = df[df["text"] == "12.5"].iloc[0]
    assert (cost["theme"], cost["metric"], cost["value"]) == ("compute", "training_cost", 12.5e6)
