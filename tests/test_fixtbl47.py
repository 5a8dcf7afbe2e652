"""fixtbl47: table cells. A percent cell under a growth header (年增率(%)) in a row of amounts is
the growth of those amounts, not a share (_row_money_growth); a row whose label ends in a
counter (交付量（台）) is a count whatever money unit the caption gives (_counter_row), and a
caption's counter scoped without 单位 (数量：台) is a column's unit; a money cell no keyword names
that restates the prose's amount of the same subject is that claim (_table_repeat). Invented
texts, fictional names."""
import datetime as dt

from aigc_analysis.extract.quantities import scoped_unit_labels
from helpers_text import facts_of_text

_DAY = dt.date(2031, 10, 10)

_SEGMENTS = """澄岚商超股份有限公司2031年9月营业收入公告

本公司2031年9月合并营业收入为新台币88.4亿元，较去年同期年增5.2%；1至9月累计合并营收新台币760.3亿元，年增4.1%。

表1　各事业营业收入（单位：亿元新台币）
事业别　　　　　2031年9月　　2030年9月　　年增率(%)
超市事业　　　　70.1　　　　66.5　　　　5.4
仓储事业　　　　10.2　　　　 9.8　　　　4.7
其他　　　　　　8.1　　　　　7.7　　　　5.2
"""


def test_growth_cell_beside_amounts_is_their_growth():
    df = facts_of_text(_SEGMENTS, _DAY)
    for text in ("5.4", "4.7"):
        rows = df[df["text"] == text]
        assert len(rows) == 1, df[["text", "theme", "metric"]]
        assert rows.iloc[0]["theme"] == "earnings" and rows.iloc[0]["metric"].endswith("_growth")
        assert rows.iloc[0]["unit"] == "ratio"


def test_growth_cell_beside_amounts_of_no_told_theme_gives_no_guess():
    # a near miss: neither the table nor the document's amounts tell what the amounts measure
    text = _SEGMENTS.replace("表1　各事业营业收入（单位：亿元新台币）", "（单位：亿元新台币）")
    df = facts_of_text(text, _DAY)
    assert not (df[df["text"] == "5.4"]["metric"] == "amount_growth").any()


def test_percent_table_without_growth_header_stays_a_share():
    # a near miss: a percent column that is no growth column keeps the share reading
    text = """澄岚商超股份有限公司2031年9月营业收入公告

本公司2031年9月合并营业收入为新台币88.4亿元，较去年同期年增5.2%；1至9月累计合并营收新台币760.3亿元，年增4.1%。

表1　各事业占比（单位：%）
事业别　　　　　2031年9月　　2030年9月
超市事业　　　　79.3　　　　79.2
仓储事业　　　　11.5　　　　11.7
"""
    df = facts_of_text(text, _DAY)
    rows = df[df["text"] == "79.3"]
    assert len(rows) == 1 and not rows.iloc[0]["metric"].endswith("_growth")


_COUNTED_ROW = """霁川光电公布2031年第二季度业绩。公司净收入为6.12亿元，同比增长18.0%；毛利为2.31亿元；净利润为0.45亿元。

表1　简明经营数据（单位：百万元人民币，另有注明除外）
项目　　　　　　　　　　　2030年第二季度　　2031年第二季度
净收入　　　　　　　　　　518.6　　　　　　 612.0
毛利　　　　　　　　　　　199.2　　　　　　 231.0
传感模组交付量（台）　　　 98,412　　　　　 156,730
"""


def test_counter_row_is_not_scaled_by_the_caption():
    df = facts_of_text(_COUNTED_ROW, _DAY)
    rows = df[df["text"] == "156,730"]
    assert not (rows["unit"] == "CNY").any(), rows[["text", "value", "unit", "metric"]]
    assert not (df["value"] > 1e10).any()
    # the money rows of the same table keep the caption's scale
    money = df[df["text"] == "612.0"]
    assert (money["unit"] == "CNY").all() and (money["value"] == 612.0e6).all()


def test_counter_scoped_without_danwei():
    labels = scoped_unit_labels("表2　主要设备进口情况（金额：亿美元；数量：台）")
    assert [(q, u) for q, _, _, _, u in labels] == [("金额", "USD"), ("数量", "count")]


def test_unnamed_money_cell_restating_prose_is_one_row():
    text = """三市算力补贴政策汇总

· 成都市“训力券”每年发放总额5亿元，补贴比例50%，单家企业每年最高1000万元。
· 武汉市算力券年度总额3亿元，补贴比例40%，单家企业每年最高800万元。
· 长沙市算力券年度总额2亿元，补贴比例30%，单家企业每年最高600万元。

表1　各地算力券（总额：亿元；单家上限：万元）
城市　　名称　　　总额　　　补贴比例　　单家上限
成都　　训力券　　5　　　　50%　　　　1000
武汉　　算力券　　3　　　　40%　　　　800
"""
    df = facts_of_text(text, _DAY)
    for value in (5e8, 3e8):
        rows = df[(df["value"] == value) & (df["unit"] == "CNY")]
        assert len(rows) == 1, df[["text", "entity", "theme", "metric", "value", "period"]]


def test_price_list_row_counting_its_item_keeps_the_price():
    # a near miss: 元/片 over 模组（套） is a price list; the row names what is priced
    text = """青琅半导体目录价调整通知（2031年10月）

目录价调整（单位：元/片，含13%增值税）

料号　　　　　　　　　调整前　　　　调整后　　　　变动
QL-A70-96H-P　　　　　41,600　　　　45,200　　　　+8.7%
QL-A70-OAM8（套）　　 352,000　　　 381,000　　　 +8.2%
"""
    df = facts_of_text(text, _DAY)
    rows = df[df["text"] == "381,000"]
    assert len(rows) == 1 and rows.iloc[0]["unit"] == "CNY" and rows.iloc[0]["value"] == 381000.0, \
        df[["text", "theme", "metric", "value", "unit"]]


def test_growth_cell_right_of_a_count_is_not_money_growth():
    # a near miss: the growth column follows a count column; the amounts come after it
    text = """澄岚市公安局交通管理局2031年第三季度非现场执法情况通报

第三季度，全市非现场执法设备共采集交通违法行为41.2万起，同比下降7.5%，罚款金额合计6,260万元。

| 违法类型 | 起数（万起） | 同比变化(%) | 罚款金额（万元） |
|---|---|---|---|
| 闯红灯 | 7.9 | -16.4 | 1,580 |
| 超速 | 19.6 | -5.2 | 3,528 |
"""
    df = facts_of_text(text, _DAY)
    rows = df[df["text"] == "-16.4"]
    assert not (rows["metric"] == "amount_growth").any(), rows[["text", "theme", "metric"]]

