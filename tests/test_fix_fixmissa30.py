"""Table cells a caption's column-scoped units left in the wrong unit:
a scope by kind (``占比单位：%``) over a share column headed ``A占B``; a rate scope
(``出资比例单位：%``) that must not claim the amount column (``认缴出资``) whose metric word it
shares."""
from tests.text_facts import facts_of


def _row(rows, text):
    hit = rows[rows["text"] == text]
    assert len(hit) == 1, rows[["theme", "entity", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]


def test_share_scope_names_a_share_column():
    rows = facts_of(
        "二、行业：融资净买入集中于数字板块\n\n"
        "表1：行业两融数据（单位：亿元；占比单位：%）\n"
        "行业　　　　本周融资净买入　　融资余额（6/27）　　融资余额占流通市值\n"
        "电子　　　　122.50　　　　　　2,812.40　　　　　　　3.21\n"
        "计算机　　　58.30　　　　　　　1,455.10　　　　　　　3.67\n")
    share = _row(rows, "3.21")
    assert (share["unit"], round(share["value"], 6)) == ("ratio", 0.0321)
    amount = _row(rows, "2,812.40")
    assert (amount["unit"], amount["value"]) == ("CNY", 2.8124e11)


def test_rate_scope_leaves_the_amount_column_the_table_unit():
    rows = facts_of(
        "某基金于2024年5月24日注册成立。\n\n"
        "表1：基金主要股东出资情况（单位：亿元；出资比例单位：%）\n"
        "股东                          认缴出资      出资比例\n"
        "财政部                        600           17.44\n"
        "上海国盛（集团）有限公司      300           8.72\n"
        "资料来源：企查查。\n")
    amount = _row(rows, "600")
    assert (amount["unit"], amount["value"]) == ("CNY", 6e10)
    share = _row(rows, "17.44")
    assert (share["unit"], round(share["value"], 6)) == ("ratio", 0.1744)

