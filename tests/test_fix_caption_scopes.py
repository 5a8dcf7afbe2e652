"""Captions and contexts that give a unit to part of what follows, on invented texts: a caption
whose units are scoped to groups of rows (收入、利润单位：百万元；EPS单位：元；PE、PB单位：倍,
EPS为美元, EPS in USD), a share row under a caption in money (GPU占比 under
市场规模（亿美元）及结构（%）), and bare token prices that take their per-token volume from the
sentence, paragraph or document (输入2元、输出8元 after 输入4元/百万tokens)."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.facts import _scope_names_row
from aigc_analysis.extract.quantities import find_quantities, find_unit_labels, scoped_unit_labels
from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 9, 10)


def _facts(text: str):
    return facts_of_text(text, DAY)


def _rows(df, text: str):
    return df[df["text"] == text]


def _one(df, text: str):
    rows = _rows(df, text)
    cols = ["text", "entity", "metric", "value", "unit", "period"]
    assert len(rows) == 1, f"{text!r}:\n{df[cols].to_string()}"
    return rows.iloc[0]


# --- class 1: caption units scoped to rows --------------------------------------------------------

_FORECAST = """# 澜锋科技深度报告

表1：澜锋科技盈利预测（{caption}）
指标	2024A	2025E	2026E	2027E
营业收入	1,126	1,518	2,010	2,630
归母净利润	86	152	236	348
EPS	0.36	0.63	0.98	1.45
PE	190.3	107.7	69.4	47.1
PB	9.8	9.1	8.2	7.3
"""


@pytest.mark.parametrize("caption", [
    "收入、利润单位：百万元；EPS单位：元；PE、PB单位：倍",
    "单位：百万元，EPS单位：元，PE、PB单位：倍",
    "收入及利润单位：百万元；EPS单位：元；PE/PB单位：倍",
])
def test_caption_units_scoped_to_rows(caption):
    df = _facts(_FORECAST.format(caption=caption.replace("收入及利润", "收入、利润").replace("PE/PB", "PE、PB")))
    revenue = _one(df, "1,126")
    assert (revenue["metric"], revenue["unit"], revenue["value"], revenue["period"]) == ("revenue", "CNY", 1.126e9, "2024")
    profit = _one(df, "348")
    assert (profit["metric"], profit["unit"], profit["value"]) == ("net_profit", "CNY", 3.48e8)
    eps = _one(df, "0.63")
    assert (eps["metric"], eps["unit"], eps["value"]) == ("eps", "CNY", 0.63)
    pe = _one(df, "190.3")
    assert (pe["metric"], pe["unit"], pe["value"]) == ("pe_ratio", "multiple", 190.3)
    pb = _one(df, "9.8")
    assert (pb["metric"], pb["unit"], pb["value"]) == ("pb_ratio", "multiple", 9.8)


def test_last_cell_of_a_row_before_a_unit_like_label_is_read():
    # 47.1⏎PB: the PB row's label is no petabyte unit of the PE row's last cell
    df = _facts(_FORECAST.format(caption="收入、利润单位：百万元；EPS单位：元；PE、PB单位：倍"))
    pe = _one(df, "47.1")
    assert (pe["metric"], pe["unit"], pe["period"]) == ("pe_ratio", "multiple", "2027")


def test_a_row_label_unit_after_a_line_break_is_not_the_numbers():
    t = "A\t1.2\t47.1\nPB\t9.8"
    assert [(q.text, q.unit) for q in find_quantities(t)] == [("1.2", "count"), ("47.1", "count"), ("9.8", "count")]
    # a unit a line break cut from its number in prose is still read whole
    (q,) = find_quantities("资本开支达420亿\n元，同比增长")
    assert (q.value, q.unit) == (4.2e10, "CNY")


def test_money_and_ratio_scopes_by_kind():
    df = _facts("""# 青禾软件公司点评

表2：青禾软件主要财务指标（金额单位：亿元；比率单位：%）
项目	2024A	2025E	2026E
营业收入	52.3	68.1	85.6
毛利率	41.2	42.5	43.1
""")
    revenue = _one(df, "52.3")
    assert (revenue["metric"], revenue["unit"], revenue["value"]) == ("revenue", "CNY", 5.23e9)
    margin = _one(df, "41.2")
    assert (margin["metric"], margin["unit"]) == ("gross_margin", "ratio")
    assert margin["value"] == pytest.approx(0.412)


@pytest.mark.parametrize("caption, row", [
    ("（单位：百万美元，EPS为美元）", "EPS"),
    ("（百万美元，EPS为美元）", "EPS"),
    ("(USD mn, EPS in USD)", "EPS"),
])
def test_eps_currency_named_beside_the_amounts(caption, row):
    df = _facts(f"""# 岚川科技跟踪报告

表3：岚川科技盈利预测{caption}
指标	2024A	2025E	2026E
营业收入	3,210	4,105	5,230
{row}	1.05	1.52	2.05
""")
    revenue = _one(df, "3,210")
    assert (revenue["unit"], revenue["value"]) == ("USD", 3.21e9)
    eps = _one(df, "1.52")
    assert (eps["metric"], eps["unit"], eps["value"]) == ("eps", "USD", 1.52)


def test_scoped_labels_without_the_word_unit():
    assert [(q, u) for q, *_, u in scoped_unit_labels("表3（单位：百万美元，EPS为美元）")] == [("EPS", "USD")]
    assert [(q, u) for q, *_, u in scoped_unit_labels("Table 4 (USD mn, EPS in USD)")] == [("EPS", "USD")]
    assert [u for *_, u in find_unit_labels("Table 4 (USD mn, EPS in USD)")] == ["USD"]


@pytest.mark.parametrize("text", ["（价格为3元，涨幅为5%）", "(数据来源：公司公告，万得)", "表（收盘价日期：3月27日）"])
def test_scoped_label_near_misses(text):
    # a bracket of prose or notes gives no unit at all
    assert find_unit_labels(text) == []
    assert scoped_unit_labels(text) == []


def test_rate_row_is_not_the_amount_it_is_named_after():
    # 净利润率 under 利润单位：百万元 is a margin in percent, not an amount in 百万元
    df = _facts("""# 澜锋科技深度报告

表1：澜锋科技盈利预测（收入、利润单位：百万元；比率单位：%；PE单位：倍）
指标	2024A	2025E
归母净利润	86	152
净利润率	7.6	10.0
""")
    assert _one(df, "86")["unit"] == "CNY"
    margin = _one(df, "7.6")
    assert (margin["metric"], margin["unit"]) == ("net_margin", "ratio")
    assert margin["value"] == pytest.approx(0.076)


@pytest.mark.parametrize("part, row, names", [
    ("收入", "营业收入", True),
    ("利润", "归母净利润", True),
    ("PE", "PE（倍）", True),
    ("EPS", "EPS(摊薄)", True),
    ("PE", "PEG", False),  # a Latin word stands alone
    ("利润", "净利润率", False),  # a rate of the amount
    ("利润", "净利润增长率", False),
    ("比率", "毛利率", True),  # a scope by kind
    ("比率", "营业收入", False),
    ("金额", "营业收入", True),
    ("金额", "毛利率", False),
])
def test_scope_word_names_row(part, row, names):
    assert _scope_names_row(part, row) is names


def test_unscoped_caption_unchanged():
    # one unit for the whole table: every amount row takes it, as before
    df = _facts("""# 澜锋科技深度报告

表1：澜锋科技盈利预测（单位：亿元）
指标	2024A	2025E
营业收入	11.3	15.2
归母净利润	0.9	1.5
""")
    assert (_one(df, "11.3")["unit"], _one(df, "11.3")["value"]) == ("CNY", 1.13e9)
    assert _one(df, "1.5")["metric"] == "net_profit"


# --- class 2: share rows under a money caption ------------------------------------------------------

def test_share_rows_under_a_market_size_caption():
    df = _facts("""# AI芯片行业深度报告

表5：全球AI推理芯片市场规模（亿美元）及结构（%）
指标	2023	2024	2025E	2026E	2027E
市场规模	486	620	805	1,030	1,290
GPU占比	78	74	69	64	60
ASIC占比	15	20	25	30	34
""")
    size = _one(df, "486")
    assert (size["metric"], size["unit"], size["value"]) == ("market_size", "USD", 4.86e10)
    gpu = _one(df, "78")
    assert (gpu["entity"], gpu["metric"], gpu["unit"], gpu["period"]) == ("GPU", "share_of_market_size", "ratio", "2023")
    assert gpu["value"] == pytest.approx(0.78)
    asic = _one(df, "34")
    assert (asic["entity"], asic["metric"], asic["unit"], asic["period"]) == ("ASIC", "share_of_market_size", "ratio", "2027")
    assert asic["value"] == pytest.approx(0.34)


@pytest.mark.parametrize("label, entity, metric", [
    ("华为份额", "Huawei", "market_share"),
    ("华为市占率", "Huawei", "market_share"),
    ("液冷渗透率", "liquid cooling", "penetration_rate"),
])
def test_share_word_rows_under_an_amount_caption(label, entity, metric):
    df = _facts(f"""# 云计算行业报告

表6：中国AI服务器市场规模（亿元）
项目	2024	2025E	2026E
市场规模	1,560	2,120	2,870
{label}	18	21	23
""")
    assert (_one(df, "1,560")["unit"], _one(df, "1,560")["value"]) == ("CNY", 1.56e11)
    row = _one(df, "21")
    assert (row["entity"], row["metric"], row["unit"], row["period"]) == (entity, metric, "ratio", "2025")
    assert row["value"] == pytest.approx(0.21)


def test_amount_rows_beside_a_share_row_unchanged():
    # near-miss: rows whose label ends in no share word keep the caption's money unit
    df = _facts("""# 云计算行业报告

表6：中国AI服务器市场规模（亿元）
项目	2024	2025E
市场规模	1,560	2,120
推理服务器规模	620	910
""")
    row = _one(df, "910")
    assert (row["unit"], row["value"]) == ("CNY", 9.1e10)


# --- class 3: bare token prices in token pricing ------------------------------------------------------

def _price(df, text: str):
    row = _one(df, text)
    return row["entity"], row["metric"], row["value"], row["unit"]


def test_old_model_prices_in_brackets_take_the_sentence_volume():
    df = _facts("# 大模型API价格周报\n\n澜舟AI于9月5日发布新模型Foo-3，新模型API按输入4元/百万tokens、"
                "输出18元/百万tokens计费，高于上一代Foo-2的标价（输入2元、输出8元）。\n")
    assert _price(df, "2元") == ("Foo-2", "input_price_per_1m_tokens", 2.0, "CNY")
    assert _price(df, "8元") == ("Foo-2", "output_price_per_1m_tokens", 8.0, "CNY")


def test_prices_under_a_unit_stated_earlier_in_the_document():
    df = _facts("# 大模型API价格周报\n\n本期价格汇总：多家厂商本周调价，价格单位均为元/百万tokens。\n\n"
                "Bar-5输入6元、输出24元，为本期最贵。\n")
    assert _price(df, "6元") == ("Bar-5", "input_price_per_1m_tokens", 6.0, "CNY")
    assert _price(df, "24元") == ("Bar-5", "output_price_per_1m_tokens", 24.0, "CNY")


def test_prices_under_a_table_header_volume():
    df = _facts("""# 大模型价格追踪

表1：主流模型API价格
模型	输入（元/百万tokens）	输出（元/百万tokens）
Foo-3	4	18

点评：Baz-2输入1元、输出3元，性价比最高。
""")
    assert _price(df, "1元") == ("Baz-2", "input_price_per_1m_tokens", 1.0, "CNY")
    assert _price(df, "3元") == ("Baz-2", "output_price_per_1m_tokens", 3.0, "CNY")


def test_bracketed_base_price_of_a_comparison():
    df = _facts("# 模型价格点评\n\nFoo-3于9月5日上线，输出价为24元/百万tokens，Foo-3输入价是Foo-2（2元）的2倍。\n")
    assert _price(df, "2元") == ("Foo-2", "input_price_per_1m_tokens", 2.0, "CNY")


@pytest.mark.parametrize("text", [
    "# 展会简讯\n\n某科技展会门票输入2元即可抽奖，输出打印照片5元一张。\n",
    "# 大模型价格追踪\n\nFoo-3 API定价为输入4元/百万tokens。\n\n第二段：门票输入2元即可抽奖。\n",
])
def test_amounts_after_side_words_outside_token_pricing_stay_money(text):
    df = _facts(text)
    assert not any("per_1m_tokens" in m for m in _rows(df, "2元")["metric"])
    assert not any("per_1m_tokens" in m for m in _rows(df, "5元")["metric"])


def test_a_share_row_naming_no_part_keeps_its_own_ratio_metric():
    # 其中：第一大客户占比 under a caption in 万元: no part is named before 占比, so the row is
    # the issuer's top-customer share, not a share of the rows above it
    text = ("星河算力科技股份有限公司关于问询函的回复\n前五名客户销售情况（单位：万元）\n项目\t2024年\t2025年\n"
            "前五名客户销售额合计\t61,712.35\t70,000.00\n占营业收入比例\t85.20%\t91.40%\n"
            "其中：第一大客户占比\t46.70%\t52.30%\n")
    df = facts_of_text(text, dt.date(2026, 1, 5))
    assert row_of(df, "85.20%")["metric"] == "top5_customer_revenue_share"
    assert row_of(df, "46.70%")["metric"] == "top_customer_revenue_share"
