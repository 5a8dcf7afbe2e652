"""Recall in prose and bullet lists (fixrec16): figures a sentence states whose measure the
lexicon did not name. Every example is invented (青禾科技, 蓝湾智算 exist in no report)."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 10, 20)


def _rows(text: str) -> dict[str, tuple[str, str]]:
    f = facts_of_text(text, DAY)
    return {t: (th, m) for t, th, m in zip(f["text"], f["theme"], f["metric"])}


# ---- token volumes: 处理 / 输入tokens / 输出tokens name counts of use ------------------------

def test_tokens_processed_per_minute_is_a_count_of_use():
    r = _rows("青禾科技在开发者大会上披露，其API每分钟处理45亿tokens。")
    assert r["45亿"] == ("adoption", "tokens_processed")


def test_tokens_processed_with_no_de_between_verb_and_tokens():
    r = _rows("• 青禾科技：月处理tokens由6月的410万亿增至9月的720万亿，三个月增长约75%。")
    assert r["410万亿"][0] == r["720万亿"][0] == "adoption"
    assert r["410万亿"][1] == "tokens_processed"
    assert r["约75%"][0] == "adoption"


def test_input_and_output_tokens_of_a_day_are_counts():
    r = _rows("蓝湾智算公布了一天的样本：当天输入tokens 4310亿，其中47.5%命中缓存；输出tokens 1270亿。")
    assert r["4310亿"] == ("adoption", "input_tokens")
    assert r["1270亿"] == ("adoption", "output_tokens")


def test_processing_names_no_count_or_growth_outside_tokens():
    r = _rows("青禾科技客服系统每天处理3200单投诉，处理效率提升35%。")
    assert not any(m.startswith("tokens_processed") for _, m in r.values())


def test_a_capacity_in_tokens_is_no_count_of_use():
    # 可/单次/最多 before 处理: what a model can take at once, like a context window
    f = facts_of_text("青禾大模型可一次处理200K tokens的上下文，单次最多处理100万tokens的长文档。", DAY)
    assert not any(m.startswith("tokens_processed") for m in f["metric"])


def test_a_token_only_word_of_an_earlier_clause_names_no_other_count():
    f = facts_of_text("青禾科技客服每天处理大量投诉，累计3000单。", DAY)
    assert not any("token" in m for m in f["metric"])


# ---- a measure named in a number-less comment clause, its value in the next clause ----------

def test_level_after_a_comment_on_the_measure():
    r = _rows("青禾科技推理集群平均利用率其实不高，在20%-30%之间，晚高峰能到60%。")
    assert r["20%-30%"] == ("compute", "utilization")
    assert r["60%"] == ("compute", "utilization")


def test_level_verb_after_a_comparative_comment():
    r = _rows("蓝湾智算的板卡业务毛利率高一些，可以到9%左右。")
    assert r["9%左右"] == ("earnings", "gross_margin")


def test_points_gap_after_a_superlative_comment():
    r = _rows("调研样本中，纺织行业采用率最低，比全样本低12.5个百分点。")
    assert r["低12.5个百分点"][0] == "adoption"


def test_a_share_lead_is_left_to_the_share_rules():
    # 其中/占 take a part of a whole: the comment clause's measure (a growth) does not name it;
    # the share rules read it as a share of the revenue the clause before names
    f = facts_of_text("青禾科技营收增长强劲，其中海外占40%。", DAY)
    assert list(zip(f["theme"], f["metric"], f["value"])) == [("earnings", "share_of_revenue", 0.4)]
    assert facts_of_text("青禾科技新增采购里推理卡的比例更高，大概占到六成。", DAY).empty


def test_a_clause_with_its_own_number_is_no_comment():
    r = _rows("青禾科技毛利率为31%，可以到35%以上。")
    assert r["31%"] == ("earnings", "gross_margin")


# ---- 上调/下调/缩减 N% after an amount: the amount's revision ---------------------------------

def _values(text: str) -> dict[str, tuple[str, float]]:
    f = facts_of_text(text, DAY)
    return {t: (th, v) for t, th, v in zip(f["text"], f["theme"], f["value"])}


def test_a_raised_guidance_in_the_clause_after_the_amount():
    v = _values("青禾科技2026年资本开支指引约120亿元，较年初上调约15%。")
    assert v["约15%"] == ("capex", 0.15)


def test_a_cut_of_the_money_raised_is_negative():
    v = _values("蓝湾智算（688000.SH）此次实际募资较预案上限缩减约18%，公司将按项目优先级调整投入。")
    theme, value = next(tv for t, tv in v.items() if "18%" in t)
    assert theme == "valuation" and value == -0.18
