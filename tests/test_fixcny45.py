"""Amounts no metric keyword names, read by a generic money noun (facts_words.csv amount_noun,
facts.py _amount_noun): invented texts."""
import datetime as dt

from tests.helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 6, 1)


def test_original_value_noun_before_amount_in_prose():
    df = facts_of_text("栖川法院公告：闲置服务器对应的设备原值约6.3亿元。", PUB)
    r = row_of(df, "约6.3亿元")
    assert (r["theme"], r["unit"], r["value"]) == ("capex", "CNY", 6.3e8)


def test_budget_noun_before_amount():
    df = facts_of_text("栖川新区某智算中心项目，预算14.2亿元，10月开标。", PUB)
    r = row_of(df, "14.2亿元")
    assert (r["theme"], r["value"]) == ("capex", 1.42e9)


def test_noun_across_a_number_names_nothing():
    # a generic noun with another figure between it and the amount does not name the amount
    df = facts_of_text("澄屿学院的预算科目有3类，另有一笔7.7亿元。", PUB)
    assert "7.7亿元" not in set(df["text"])


def test_table_column_header_names_bare_cells():
    text = ("澄屿文旅2025年概况\n\n"
            "表2：各片区发放情况（单位：万元）\n"
            "片区　　　　　　补助　　　　其他\n"
            "北片　　　　　　640　　　　　12.5\n"
            "南片　　　　　　1,210　　　　8.5\n")
    df = facts_of_text(text, PUB)
    r = row_of(df, "640")
    assert (r["theme"], r["unit"], r["value"]) == ("capex", "CNY", 6.4e6)
    assert "12.5" not in set(df["text"])  # a column no noun heads stays unread


def test_keyword_still_wins_over_generic_noun():
    df = facts_of_text("澄屿科技研发费用为5.5亿元。", PUB)
    r = row_of(df, "5.5亿元")
    assert (r["theme"], r["metric"]) == ("earnings", "rd_expense")

