"""fixmiss30d: a table's caption unit label that names a counter (（单位：亿份）) counts its bare cells."""
from tests.text_facts import facts_of

FUND_TABLE = """星河数字经济混合基金份额变动（单位：亿份）
项目　　　　　　　　A类　　　　C类
期初份额　　　　　　12.40　　　3.15
本期申购　　　　　　2.20　　　5.70
期末份额　　　　　　10.05　　　8.31
"""


def test_caption_counter_reads_fund_units():
    # a caption that names only 份额 (a bare market-share word) and counts in 亿份
    rows = facts_of(FUND_TABLE.replace("星河数字经济混合基金", ""))
    units = rows[rows["unit"] == "count"]
    assert sorted(units["value"].round()) == sorted([1.24e9, 3.15e8, 2.2e8, 5.7e8, 1.005e9, 8.31e8])
    assert set(units["theme"]) == {"valuation"}
