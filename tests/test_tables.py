"""Tables in the layouts reports use: every case is invented text, not a seed or dev sentence."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.segment import is_value_cell, split_sentences

from text_facts import facts_of


def _facts(text: str, published=dt.date(2025, 6, 30)):
    return facts_of(text, published)


def _cell(df, text):
    rows = df[df["text"] == text]
    assert len(rows) == 1, f"expected one fact with text {text!r}:\n{df[['entity', 'metric', 'value', 'unit', 'period', 'text']]}"
    return rows.iloc[0]


def test_value_cells_and_labels():
    assert is_value_cell("12.5%") and is_value_cell("约30") and is_value_cell("7.1*")
    assert not is_value_cell("2026E") and not is_value_cell("—") and not is_value_cell("扭亏")
    assert not is_value_cell("Zeta-9 Pro") and not is_value_cell("FY2026")


def test_markdown_table_takes_price_unit_volume_and_side_from_caption_and_header():
    text = ("表3 几款新模型的官方价格（元/百万tokens）\n\n"
            "| 模型 | 输入 | 输出 | 生效日期 |\n|---|---|---|---|\n"
            "| Zorblax-7（促销价） | 0.6 | 2.4 | 2025-04-01 |\n| Quillon Max | 1.5 | — | 2025-05-20 |\n")
    df = _facts(text)
    inp = _cell(df, "0.6")
    assert (inp["theme"], inp["unit"], inp["value"], inp["entity"]) == ("pricing", "CNY", 0.6, "Zorblax-7")
    assert inp["metric"] == "input_price_per_1m_tokens" and inp["period"] == "2025-04-01"
    assert _cell(df, "2.4")["metric"] == "output_price_per_1m_tokens"
    assert _cell(df, "1.5")["entity"] == "Quillon Max"
    assert not (df["text"] == "—").any()
    assert not df["text"].str.contains("7").any()  # the number inside the label names the model


def test_fullwidth_aligned_table_with_percent_header():
    text = ("收市表現\n"
            "指數　　　　收市　　　　變幅(%)\n"
            "恒生指数　　21,300　　　+1.35\n"
            "国企指数　　7,650　　　 -0.42\n")
    df = _facts(text)
    up = _cell(df, "+1.35")
    assert up["theme"] == "valuation" and abs(up["value"] - 0.0135) < 1e-12 and up["unit"] == "ratio"
    assert up["entity"] == "Hang Seng Index"
    down = _cell(df, "-0.42")
    assert abs(down["value"] + 0.0042) < 1e-12
    assert not (df["text"] == "21,300").any()  # index levels in points are not facts


def test_space_aligned_table_with_blank_corner_and_estimate_columns():
    text = ("图表5：某机构对全球推理芯片市场的预测（单位：亿美元）\n"
            "                    2024A        2026E        同比\n"
            "云端推理芯片        —            1250         41.2%\n"
            "边缘推理芯片        —            300          18.0%\n")
    df = _facts(text)
    cell = _cell(df, "1250")
    assert cell["unit"] == "USD" and cell["value"] == 1.25e11
    assert cell["period"] == "2026" and bool(cell["is_estimate"])
    assert cell["entity"] == "云端推理芯片"
    growth = _cell(df, "41.2%")
    assert abs(growth["value"] - 0.412) < 1e-12 and growth["metric"].endswith("growth")


def test_counts_under_a_scaled_header_and_no_fact_from_unlabelled_columns():
    text = ("表1 新模型一览\n"
            "模型　　　　机构　　　总参数（亿）　激活参数（亿）　上下文\n"
            "Vexa-MoE　　 某实验室　 5200　　　　　260　　　　　　256K\n"
            "Orin-Air　　 某实验室　 1060　　　　　120　　　　　　128K\n")
    df = _facts(text)
    total = _cell(df, "5200")
    assert (total["theme"], total["unit"], total["value"], total["period"]) == ("parameters", "count", 5.2e11, "")
    assert total["entity"] == "Vexa-MoE"
    assert _cell(df, "120")["value"] == 1.2e10
    assert not df["text"].isin(["256K", "128K"]).any()  # context windows are not facts


def test_tab_table_without_header_takes_caption_metric_and_unit():
    text = "表2　年初至今涨幅（单位：%，截至6月27日）\n甲科技\t120.5\n乙智能\t88.1\n"
    df = _facts(text)
    cell = _cell(df, "120.5")
    assert cell["theme"] == "valuation" and abs(cell["value"] - 1.205) < 1e-12


def test_two_line_header_joins_the_year_above_the_metric():
    t = ("公司        2025A               2026E\n"
         "            营收      同比      营收      同比\n"
         "甲公司      10        5%        12        20%\n")
    header = [s for s in split_sentences(t) if s.is_row and not s.is_header]
    row = header[0]
    tops = [[t[h.start:h.end] for h in hs] for hs in row.col_headers]
    assert tops[1] == ["2025A", "营收"] and tops[2] == ["2025A", "同比"] and tops[3] == ["2026E", "营收"]


def test_metric_label_rows_take_the_entity_named_in_the_caption():
    text = ("表4　英伟达分季度收入（单位：亿美元）\n"
            "　　　　　　　FY26Q1　　FY26Q2\n"
            "总收入　　　　300　　　　320\n")
    df = _facts(text)
    cell = _cell(df, "320")
    assert cell["entity"] == "Nvidia" and cell["period"] == "FY2026Q2" and cell["value"] == 3.2e10


def test_caption_keywords_are_read_from_the_head_noun_backwards():
    text = "表6：主要公司盈利预测对应估值（PE，单位：倍）\n公司　　2026E　　2027E\n甲科技　　40　　　30\n"
    df = _facts(text)
    assert _cell(df, "40")["metric"] == "pe_ratio" and _cell(df, "30")["period"] == "2027"


def test_number_inside_a_text_cell_does_not_take_the_column_metric():
    text = "国外主要预训练模型\n模型\t用途\t参数量\nZeta-1\t支持50种语言\t30亿\n"
    df = _facts(text)
    assert not (df["text"] == "50").any()
    assert _cell(df, "30亿")["metric"] == "parameters"


def _prose(text, published=dt.date(2025, 6, 30)):
    return _facts(text, published)


def test_giving_away_is_not_a_price_cut_but_a_discount_is():
    df = _prose("某开源社区继续免费提供其主要模型权重。某云平台的批量接口打八折。")
    assert not (df["text"] == "免费").any()
    cut = _cell(df, "打八折") if (df["text"] == "打八折").any() else _cell(df, "八折")
    assert cut["theme"] == "pricing" and abs(cut["value"] + 0.2) < 1e-12


def test_power_and_compute_units_say_what_they_measure():
    df = _prose("某实验室与芯片厂签下至少3GW的部署协议；其集群算力达到12 EFLOPS。")
    power = df[df["unit"] == "watts"].iloc[0]
    flops = df[df["unit"] == "flops"].iloc[0]
    assert power["theme"] == "compute" and power["value"] == 3e9
    assert flops["theme"] == "compute" and flops["value"] == 1.2e19


def test_a_column_headed_as_the_index_names_the_row():
    text = ("表1　细分赛道估值\n"
            "细分赛道　　代表指数　　　　PE-TTM（倍）\n"
            "算力硬件　　某某算力指数　　88.5\n")
    df = _facts(text)
    assert _cell(df, "88.5")["entity"] == "某某算力指数"


def test_names_no_lexicon_holds_keep_their_surface_form():
    from aigc_analysis.extract.names import find_unknown_names

    found = [(n.name, n.type) for n in find_unknown_names(
        "Oct 2, 2025，Zorblax-7 发布；澄明科技（688999）回购股份5亿元，FY26Q1 营收增长；某证券研究所认为")]
    assert ("Zorblax-7", "model") in found and ("澄明科技", "company") in found
    assert not any(name.startswith(("Oct", "FY26")) for name, _ in found)
    assert not any("回购" in name for name, _ in found)
    df = _facts("Vexolin-3 的参数量为1200亿。")
    assert _cell(df, "1200亿")["entity"] == "Vexolin-3"


def test_a_cumulative_column_holds_as_of_the_date_the_caption_or_cell_gives():
    text = "表3　龙头年初至今涨幅（单位：%，截至6月20日）\n甲科技　　120.5\n乙智能　　88.1（截至6月19日）\n"
    df = _facts(text)
    assert _cell(df, "120.5")["period"] == "2025-06-20"
    assert _cell(df, "88.1")["period"] == "2025-06-19"


def test_tab_rows_align_by_tab_column_with_empty_cells():
    text = "（单位：亿元）\n\t2024A\t2025E\n营业收入\t\t88.5\n"
    df = _facts(text)
    assert _cell(df, "88.5")["period"] == "2025"


def test_a_segment_label_takes_the_metric_the_caption_names():
    text = "表2　英伟达分季度收入（单位：亿美元）\n　　　　　　　FY26Q1　　FY26Q2\n数据中心　　　300　　　　320\n"
    df = _facts(text)
    cell = _cell(df, "320")
    assert cell["theme"] == "earnings" and cell["metric"] == "revenue" and cell["entity"] == "Nvidia"


def test_an_unknown_company_starting_with_a_place_name_keeps_it():
    from aigc_analysis.extract.names import find_unknown_names

    names = [n.name for n in find_unknown_names("，上海澄明科技（688999）发布公告")]
    assert names == ["上海澄明科技"]


def test_rows_read_once_per_document_stay_the_callers_own():
    from aigc_analysis.extract.segment import rejoin_wrapped_lines, split_sentences

    text = "表1：收入（亿元）\n公司\t2024A\t2025E\n甲公司\t10.5\t12.0\n乙公司\t8.0\t9.5\n" + "正文说明收入增长。\n" * 30
    assert rejoin_wrapped_lines(text, text) == text  # the rows are read here first
    first = split_sentences(text, text)
    rows = [s for s in first if s.is_row]
    assert [len(s.clauses) for s in rows] == [3, 3, 3]
    rows[1].clauses.clear()  # a caller may change its sentences: the next reading is not affected
    again = [s for s in split_sentences(text, text) if s.is_row]
    assert [len(s.clauses) for s in again] == [3, 3, 3]


def test_prose_sentences_made_whole_equal_the_dataclass():
    from aigc_analysis.extract.segment import Sentence, Span, _prose_sentence

    fast = _prose_sentence(3, 9, [Span(3, 5), Span(6, 9)], 2)
    slow = Sentence(3, 9, [Span(3, 5), Span(6, 9)], paragraph=2)
    assert fast == slow and repr(fast) == repr(slow)
    assert vars(fast) == vars(slow)  # a field added to Sentence must be added to _prose_sentence
