"""A share word that names no topic (占比, 比例) takes the topic of the figure nearest it in its own
clause: a ； closes a clause, and a figure across it (a total, a growth rate) is no topic of a share
in the next clause. With no figure in its own clause the share keeps the lexicon's theme (market);
a comma inside one clause still lends the topic, and a table row's cells keep their row.

Every example is invented (青禾科技, 星河云 and 云岭数据 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import battery_hit

DAY = dt.date(2025, 10, 31)


def test_share_after_a_semicolon_keeps_the_lexicon_theme():
    text = "今年上半年全球工业网关出货量约3.1亿片，同比增长21%；其中具备推理能力的型号占比由去年的9%提升至17%。"
    assert battery_hit(text, DAY, 0.17, "ratio")["theme"] == "market"
    assert battery_hit(text, DAY, 0.09, "ratio")["theme"] == "market"


def test_share_after_a_semicolon_beside_a_length_keeps_the_lexicon_theme():
    text = "据某咨询机构统计，全球在建光缆线路总长约85万公里；其中云厂商自用的骨干带宽占比已达约64%。"
    assert battery_hit(text, DAY, 0.64, "ratio")["theme"] == "market"


def test_share_after_a_comma_still_takes_the_clause_topic():
    text = "星河云本季度租用算力合计约2,400 PFLOPS，其中国产芯片占比约三成；云岭数据未披露。"
    assert battery_hit(text, DAY, 0.3, "ratio")["theme"] == "compute"


def test_own_clause_figure_wins_over_a_nearer_one_across_a_semicolon():
    text = "青禾科技应收账款余额为4.8亿元；星河云本次回购股份金额为2.3亿元，经董事会审议通过后的回购比例为1.8%。"
    assert battery_hit(text, DAY, 0.018, "ratio")["theme"] == "valuation"
    text = "星河云本次回购股份金额为2.3亿元，经董事会审议通过后的回购比例为1.8%；应收账款余额为4.8亿元。"
    assert battery_hit(text, DAY, 0.018, "ratio")["theme"] == "valuation"


def test_table_row_share_keeps_its_row_topic():
    text = ("| 交易类型 | 关联方 | 金额（万元） | 占同类交易比例（%） |\n|---|---|---|---|\n"
            "| 采购算力服务；含运维 | 星河云 | 8,000.00 | 21.40 |\n")
    assert battery_hit(text, DAY, 0.214, "ratio")["theme"] == "capex"


def test_named_share_across_a_semicolon_still_lends_its_topic():
    text = "本周星河云该比例为13.5%；而全市场融资余额占流通市值的比例约为2.6%。"
    assert battery_hit(text, DAY, 0.135, "ratio")["theme"] == battery_hit(text, DAY, 0.026, "ratio")["theme"]
