"""Table header units the label reader missed (invented text).

A model table heads its size columns with English magnitudes: ``总参数(B)`` counts billions of
parameters (a bare B in brackets right after a parameter word, pattern_words.csv
``billion_letter_head``; elsewhere ``（B）`` may be a panel letter), ``预训练数据(T tokens)``
trillions of tokens (an English magnitude before the token word, as ``万亿tokens``).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.quantities import find_unit_labels
from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 3, 2)

TABLE = (
    "星河观察｜第3期\n开源模型投入对比\n2026年3月2日\n\n"
    "表1　几款开源模型的规模\n"
    "模型　　　　　　　总参数(B)　激活参数(B)　预训练数据(T tokens)　集群规模(卡)\n"
    "Alpha-7　　　　　 120　　　　 12　　　　　9.5　　　　　　　　　 1,024\n"
    "Beta-2　　　　　　 64　　　　 8　　　　　4.2　　　　　　　　　 512\n"
    "注：数据来自各家技术报告。\n"
)


def test_english_magnitude_labels_of_sizes():
    assert [u[2:] for u in find_unit_labels("激活参数（B）")] == [(10 ** 9, "count")]
    assert [u[2:] for u in find_unit_labels("Training data (T tokens)")] == [(10 ** 12, "count")]
    assert find_unit_labels("图（B）") == []  # a panel letter stays no unit


def test_model_table_scales_its_cells():
    df = facts_of_text(TABLE, PUB)
    row = row_of(df, "120")
    assert (row["theme"], row["value"], row["unit"]) == ("parameters", 1.2e11, "count")
    assert row_of(df, "8")["value"] == 8e9
    row = row_of(df, "9.5")
    assert (row["metric"], row["value"]) == ("training_tokens", 9.5e12)
