"""Table cells with the right value and unit but the wrong theme or period: a chip table's price
column, and a change column after a run of month columns under a per-GPU-hour caption."""
import datetime as dt

from tests.text_facts import facts_of

_PUBLISHED = dt.date(2025, 7, 14)


def _row(text: str, cell: str):
    rows = facts_of(text, _PUBLISHED)
    hit = rows[rows["text"] == cell]
    assert len(hit) == 1, rows[["theme", "entity", "metric", "value", "unit", "period", "text"]].to_string()
    return hit.iloc[0]


_SPEC_TABLE = """加速卡规格与价格一览

| 型号 | FP16稠密（TFLOPS） | HBM容量（GB） | 参考价格（美元，2025年6月） |
|---|---|---|---|
| H100 SXM | 989 | 80 | 25,000-30,000 |
| MI300X | 1,307 | 192 | 10,000-15,000 |
"""


def test_a_chip_tables_price_column_is_pricing():
    row = _row(_SPEC_TABLE, "10,000-15,000")
    assert (row["theme"], row["unit"], row["period"]) == ("pricing", "USD", "2025-06")
    assert _row(_SPEC_TABLE, "1,307")["theme"] == "compute"  # the spec columns stay compute


def test_a_chips_unit_price_in_prose_stays_compute():
    rows = facts_of("专家表示，X9即使恢复供货，单卡价格大约在1.1万-1.2万美元。", _PUBLISHED)
    assert rows.loc[rows["text"] == "1.1万-1.2万美元", "theme"].tolist() == ["compute"]


_RENT_TABLE = """算力租赁价格继续下行
记者调研了多家服务商。

表1 主流GPU租赁参考价（元/卡/小时，按月结算）
型号　　　　　2024年7月　　　2025年1月　　　2025年7月　　　一年降幅
H100　　　　　22.0　　　　　16.5　　　　　12.5　　　　　　-43%
A800　　　　　11.0　　　　　8.0　　　　　5.8　　　　　　-47%
注：调研口径为中位数报价。
"""


def test_a_change_column_after_month_columns_spans_them_and_follows_the_price():
    row = _row(_RENT_TABLE, "-47%")
    assert (row["theme"], row["metric"], row["period"]) == ("pricing", "price_per_gpu_hour_change", "2024-07/2025-07")
    assert _row(_RENT_TABLE, "5.8")["period"] == "2025-07"


def test_a_yoy_column_after_month_columns_stays_the_latest_months():
    text = _RENT_TABLE.replace("一年降幅", "同比　")
    assert _row(text, "-47%")["period"] == "2025-07"
