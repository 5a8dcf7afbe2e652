"""A share whose word names no topic (占比, 比例) is a share within what its sentence or table is
about: it takes the theme of the nearest figure with a specific metric in its sentence (a table:
the other cells of its row), else in its paragraph (a table: the same table), and keeps the
lexicon's theme (market) when nothing stands beside it.

Every example is invented (青禾科技, 星河云 and 云岭数据 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import battery_hit, facts_of

DAY = dt.date(2025, 10, 31)


def test_collection_ratio_beside_receivables_is_earnings():
    row = battery_hit("截至6月末，青禾科技应收账款余额为4.8亿元，期后回款比例为72.5%。", DAY, 0.725, "ratio")
    assert row["theme"] == "earnings"


def test_buyback_ratio_beside_a_buyback_is_valuation():
    row = battery_hit("青禾科技本次回购股份金额为2.3亿元，回购比例为1.8%。", DAY, 0.018, "ratio")
    assert row["theme"] == "valuation"


def test_share_of_chips_in_rented_compute_is_compute():
    row = battery_hit("星河云本季度租用算力合计约2,400 PFLOPS，其中国产芯片占比约三成。", DAY, 0.3, "ratio")
    assert row["theme"] == "compute"


def test_share_in_the_next_sentence_of_the_paragraph_takes_its_topic():
    row = battery_hit("青禾科技定增募资总额为18亿元。参与认购的机构中，公募基金占比约45%。", DAY, 0.45, "ratio")
    assert row["theme"] == "valuation"


def test_own_sentence_wins_over_a_nearer_figure_of_the_next_sentence():
    text = "星河云本季度租用算力合计约2,400 PFLOPS，其中国产芯片占比约三成。青禾科技营业收入为9.6亿元。"
    assert battery_hit(text, DAY, 0.3, "ratio")["theme"] == "compute"


def test_share_of_a_table_row_takes_the_theme_of_its_row():
    text = ("| 交易类型 | 关联方 | 金额（万元） | 占同类交易比例（%） |\n|---|---|---|---|\n"
            "| 采购算力服务 | 星河云 | 8,000.00 | 21.40 |\n")
    assert battery_hit(text, DAY, 0.214, "ratio")["theme"] == "capex"


def test_share_alone_keeps_the_lexicon_theme():
    assert battery_hit("参与认购的机构中，公募基金占比约45%。", DAY, 0.45, "ratio")["theme"] == "market"


def test_share_of_another_paragraph_keeps_the_lexicon_theme():
    row = battery_hit("青禾科技本次回购股份金额为2.3亿元。\n\n回购比例为1.8%。", DAY, 0.018, "ratio")
    assert row["theme"] == "market"


def test_specific_rows_keep_their_themes():
    rows = facts_of("青禾科技2025年上半年营业收入12.6亿元，同比增长35%，其中海外业务占比28%。", DAY)
    assert set(rows["theme"]) == {"earnings"}
    rows = facts_of("全国人工智能核心产业规模达到5000亿元，其中上海占比约15%。", DAY)
    assert set(rows["theme"]) == {"market"}
