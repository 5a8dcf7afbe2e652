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


# Counts named by the verb of their clause (facts_words.csv unit_counter_verb): places that issued
# a policy or hand out vouchers, firms a programme reached or that pilot a tool, tenders put out,
# the holdings of a fund.
COUNTS = (
    "岳川研究｜政策周报\n2026年3月2日\n\n"
    "截至2026年2月末，全国已有21个省份出台算法治理专项政策。\n"
    "青禾市累计兑付补贴1.5亿元，惠及企业逾200家。\n"
    "我们访谈的40家制造企业中，有18家已经试点AI质检系统。\n"
    "去年公开招投标中以具身智能为标的的项目达900个。\n"
    "青禾产业基金总规模50亿元，截至去年底已投项目16个。\n"
)


def test_counts_named_by_their_verb():
    df = facts_of_text(COUNTS, PUB)
    for text, theme, metric in (("21", "adoption", "policy_issuers"), ("逾200", "adoption", "beneficiaries"),
                                ("18", "adoption", "adopters"), ("900", "market", "bid_count"),
                                ("16", "valuation", "portfolio_companies")):
        row = row_of(df, text)
        assert (row["theme"], row["metric"], row["unit"]) == (theme, metric, "count"), text
