"""Linking rules of the facts extractor on small inline texts (not copies of seed sentences)."""
from __future__ import annotations

import datetime as dt
import math

import pytest

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.pipeline.extraction import extract_facts
from aigc_analysis.extract.lexicon import canonical
from aigc_analysis.load.normalise import to_simplified


@pytest.fixture(scope="module")
def seeds_dir():
    from aigc_analysis.paths import SEEDS_DIR

    return SEEDS_DIR


@pytest.fixture(scope="module")
def seed_corpus(seeds_dir):
    from aigc_analysis.load.corpus import load_corpus

    return load_corpus(seeds_dir)


@pytest.fixture(scope="module")
def seed_facts(seed_corpus):
    return extract_facts(seed_corpus)


def _doc(text: str, published=dt.date(2024, 8, 20), boilerplate=(), doc_id="t.txt") -> dict:
    return {
        "doc_id": doc_id,
        "text": text,
        "text_simplified": to_simplified(text),
        "published": published,
        "publisher": "Test Broker",
        "boilerplate": list(boilerplate),
    }


def _facts(text: str, **kw):
    return facts_frame(extract_document(_doc(text, **kw)))


def _one(df, **where):
    sel = df
    for col, val in where.items():
        sel = sel[sel[col] == val]
    assert len(sel) == 1, f"expected one row where {where}, got:\n{df.to_string()}"
    return sel.iloc[0]


def test_clause_entity_metric_period_and_growth_inheritance():
    df = _facts("腾讯2024年第二季度资本开支为87亿元，同比增长176%，增速较上季度提升12个百分点。")
    tencent = canonical("腾讯")
    row = _one(df, metric="capex")
    assert (row.entity, row.value, row.unit, row.period, row.theme) == (tencent, 8.7e9, "CNY", "2024Q2", "capex")
    growth = _one(df, metric="capex_growth")
    assert growth.value == pytest.approx(1.76) and growth.unit == "ratio" and growth.entity == tencent
    change = _one(df, unit="pp")
    assert change.value == pytest.approx(0.12) and change.period == "2024Q2"


def test_comparison_base_period_is_not_the_fact_period():
    df = _facts("2024年第三季度，阿里巴巴资本开支同比增长313%，增速比24Q2提升93个百分点。")
    row = _one(df, unit="pp")
    assert row.period == "2024Q3"


def test_table_row_takes_metric_from_header_and_model_from_row():
    text = "厂商\t模型\t参数量\t发布时间\n谷歌\tGemma 2\t270亿\t2024年6月\nMeta\tLlama 3.1\t4050亿\t2024年7月\n"
    df = _facts(text)
    params = df[df.theme == "parameters"].sort_values("value")
    assert list(params.value) == [2.7e10, 4.05e11]
    assert list(params.period) == ["", ""]  # a parameter count carries no period
    assert params.iloc[1].entity == canonical("Llama 3.1")


def test_enumeration_with_heji_is_a_group_fact():
    df = _facts("2024年第一季度，亚马逊、微软、谷歌合计资本开支约420亿美元。")
    row = _one(df, metric="capex")
    assert row.entity == "Big-3 US cloud providers"
    assert row.value == 4.2e10 and row.qualifier == "approx"


def test_fenbie_distributes_values_over_entities():
    df = _facts("商汤和旷视去年净亏损分别为64亿元和10亿元。", published=dt.date(2024, 3, 1))
    rows = df[df.metric == "net_profit"].sort_values("start")
    assert list(rows.entity) == [canonical("商汤"), canonical("旷视")]
    assert list(rows.value) == [-6.4e9, -1.0e9]
    assert set(rows.period) == {"2023"}


def test_fenbie_distributes_values_over_periods_and_shares_currency():
    df = _facts("该公司预计2025年和2026年营收将分别达到5亿和12亿美元。")
    rows = df[df.metric == "revenue"].sort_values("start")
    assert list(rows.value) == [5e8, 1.2e9]
    assert list(rows.unit) == ["USD", "USD"]
    assert list(rows.period) == ["2025", "2026"]
    assert rows.is_estimate.all()


def test_jun_gives_each_enumerated_entity_the_value():
    df = _facts("年内，寒武纪、海光信息股价最大回撤均在三成左右。")
    rows = df[df.metric == "max_drawdown"]
    assert sorted(rows.entity) == sorted([canonical("寒武纪"), canonical("海光信息")])
    assert list(rows.value) == [-0.3, -0.3]
    assert set(rows.period) == {"2024-08-20"}  # year-to-date moves are as of the report date


def test_subject_carried_to_next_sentence():
    df = _facts("百川智能发布新模型。据测算，该公司收入同比下降12%。")
    row = _one(df, metric="revenue_growth")
    assert row.entity == canonical("百川智能") and row.value == pytest.approx(-0.12)


def test_source_entity_is_not_the_subject():
    df = _facts("据IDC数据，2023年中国AI服务器市场规模同比增长82.5%。")
    row = _one(df, theme="market")
    assert row.entity != canonical("IDC")
    assert row.value == pytest.approx(0.825) and row.period == "2023"


def test_same_claim_twice_is_one_row_and_first_span_kept():
    text = "英伟达市值达到3万亿美元。重申：英伟达市值达到3万亿美元。"
    df = _facts(text)
    rows = df[df.metric == "market_cap"]
    assert len(rows) == 1 and rows.iloc[0].start == text.index("3万亿美元")


def test_numbers_without_a_metric_keyword_are_not_facts():
    df = _facts("第3章共有12页，联系电话010-12345678，经过约一年的摸索。")
    assert df.empty


def test_boilerplate_spans_are_skipped():
    text = "正文：字节跳动营收同比增长30%。\n免责声明：本报告中净利润增长15%的假设仅供参考。"
    start = text.index("免责声明")
    df = _facts(text, boilerplate=[(start, len(text), "disclaimer")])
    assert list(df.value) == [pytest.approx(0.3)]


def test_traditional_text_keeps_offsets_into_original():
    text = "微軟本季資本開支達到190億美元，按年增長79%。"
    df = _facts(text)
    row = _one(df, metric="capex")
    assert row.value == 1.9e10 and row.entity == canonical("微软")
    assert text[row.start:row.end] == row.text


@pytest.mark.parametrize(
    "text, theme, unit, value",
    [
        ("OpenAI将GPT-4o mini的调用价格下调60%。", "pricing", "ratio", -0.6),
        ("文心大模型两款主力模型宣布全面免费。", "pricing", "ratio", -1.0),
        ("Kimi月活用户突破3600万。", "adoption", "count", 3.6e7),
        ("预计2027年全球AI芯片市场规模将达到4000亿美元。", "market", "USD", 4e11),
        ("训练该模型使用了约1.5万颗GPU。", "compute", "count", 1.5e4),
        ("纳斯达克指数今年以来涨幅达18%。", "valuation", "ratio", 0.18),
        ("快手上半年净利润达到76亿元。", "earnings", "CNY", 7.6e9),
        ("Meta全年资本开支指引上调至400亿美元。", "capex", "USD", 4e10),
        ("Anthropic的ARR已达到30亿美元。", "earnings", "USD", 3e9),
        ("Microsoft capex rose 79% YoY to US$20bn in FY25Q1.", "capex", "USD", 2e10),
    ],
)
def test_each_theme_on_inline_text(text, theme, unit, value):
    df = _facts(text)
    rows = df[(df.theme == theme) & (df.unit == unit)]
    assert len(rows) >= 1, df.to_string()
    assert rows.iloc[0].value == pytest.approx(value)


def test_every_seed_fact_relocates(seed_facts, seed_corpus):
    texts = dict(zip(seed_corpus.doc_id, seed_corpus.text))
    assert len(seed_facts) > 50
    for row in seed_facts.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
        assert math.isfinite(row.value)


def test_extract_facts_accepts_a_path(seeds_dir):
    df = extract_facts(seeds_dir / "001_9bc9e0ef91f53f19.txt")
    assert set(df.doc_id) == {"001_9bc9e0ef91f53f19.txt"}
    assert (df.theme == "capex").any()


def test_table_cells_take_unit_from_caption_and_growth_from_header():
    text = ("表2：2024年前三季度业绩（亿元）\n"
            "公司\t营业收入\t同比\t归母净利润\n"
            "海光信息\t60.19\t52.4%\t13.78\n")
    df = _facts(text)
    revenue = _one(df, metric="revenue")
    assert (revenue.entity, revenue.value, revenue.unit) == (canonical("海光信息"), pytest.approx(6.019e9), "CNY")
    growth = _one(df, metric="revenue_growth")
    assert growth.value == pytest.approx(0.524)
    profit = _one(df, metric="net_profit")
    assert profit.value == pytest.approx(1.378e9)
    assert revenue.period == profit.period != ""  # the caption's period


def test_forecast_year_columns_give_period_and_estimate():
    text = ("盈利预测\n"
            "指标\t2023A\t2024E\t2025E\n"
            "营业收入(亿元)\t100.5\t130.2\t160.8\n")
    df = _facts(text)
    rows = df[df.metric == "revenue"].sort_values("start")
    assert list(rows.period) == ["2023", "2024", "2025"]
    assert list(rows.value) == pytest.approx([1.005e10, 1.302e10, 1.608e10])


def test_counted_group_and_parenthetical_keyword():
    df = _facts("第三季度，微软资本开支（含融资租赁）为200亿美元，谷歌为131亿美元，Meta为92亿美元，"
                "亚马逊为226亿美元，四家合计约649亿美元。")
    total = df[(df.value == 6.49e10)]
    assert list(total.entity) == ["Big-4 US cloud providers"]
    assert (df.theme == "capex").all()


def test_rate_written_before_the_price_and_input_output_sides():
    df = _facts("某模型API输入价格为每百万tokens 1元，输出价格为每百万tokens 4元。")
    rows = df[df.theme == "pricing"].sort_values("start")
    assert list(rows.metric) == ["input_price_per_1m_tokens", "output_price_per_1m_tokens"]
    assert list(rows.value) == [1.0, 4.0] and set(rows.unit) == {"CNY"}


def test_growth_word_turns_any_clause_keyword_into_growth():
    df = _facts("豆包App的DAU环比增长超过3倍。")
    row = _one(df, unit="multiple")
    assert row.theme == "adoption" and row.value == 3.0 and row.metric.endswith("_growth_qoq")


def test_counted_object_is_not_the_subject():
    df = _facts("百川智能训练新模型使用了约3000块H100，训练成本约800万美元。")
    gpus = _one(df, metric="gpu_demand")
    assert gpus.entity == canonical("百川智能") and gpus.value == 3000
    cost = _one(df, metric="training_cost")
    assert cost.unit == "USD" and cost.value == 8e6


def test_target_price_and_upside():
    df = _facts("维持小米集团目标价35港元，较现价有20%的上行空间。")
    assert _one(df, metric="target_price").unit == "HKD"
    assert _one(df, metric="upside").value == pytest.approx(0.2)


def test_a_fact_without_a_named_subject_is_never_left_without_entity():
    df = _facts("预计明年市场规模将达到500亿元。")
    assert list(df.entity) == ["unspecified"]
    df = _facts("阿里云发布新品。\n\n\n" + "。" * 500 + "\n预计明年市场规模将达到500亿元。")
    assert list(df.entity) == [canonical("阿里云")]  # the document's main subject
