"""Tables in the layouts reports use: every case is invented text, not a seed or dev sentence."""
from __future__ import annotations

import dataclasses
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
    # an index no lexicon row holds, named in English (pinyin for a word no index row holds)
    assert _cell(df, "88.5")["entity"] == "Moumou Computing Power Index"


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
    names = [f.name for f in dataclasses.fields(Sentence)]
    assert [getattr(fast, n) for n in names] == [getattr(slow, n) for n in names]


def test_results_table_with_code_column_and_units_scoped_to_several_columns():
    # a caption giving one unit to two named columns and another to the 同比 columns; a code
    # column before the name column; a first value cell written with a trailing .0
    # (codes no listed firm holds: 600000.SH is SPD Bank, whose ticker the lexicon knows)
    text = ("表3：光通信公司2025年三季度业绩（收入、利润单位：亿元；同比单位：%）\n"
            "证券代码      公司         营业收入    同比      归母净利润    同比\n"
            "688990.SH    甲光科技      45.2        30.1      8.4           25.0\n"
            "688991.SH    乙通信        12.0        -5.5      -1.3          —\n"
            "资料来源：Wind\n")
    df = _facts(text)
    revenue = _cell(df, "45.2")
    assert (revenue["metric"], revenue["value"], revenue["unit"], revenue["entity"], revenue["period"]) == \
        ("revenue", 4.52e9, "CNY", "Jiaguang", "2025Q3")
    assert _cell(df, "30.1")["metric"] == "revenue_growth" and _cell(df, "25.0")["metric"] == "net_profit_growth"
    assert _cell(df, "8.4")["value"] == 8.4e8
    assert _cell(df, "12.0")["value"] == 1.2e9 and _cell(df, "12.0")["entity"] == "Yi Communication"
    loss = _cell(df, "-1.3")
    assert loss["metric"] == "net_profit" and loss["value"] == -1.3e8
    assert not df["text"].str.contains("600000").any()


def test_a_version_number_in_a_name_cell_is_no_value():
    from aigc_analysis.extract.quantities import find_quantities

    assert [q.text for q in find_quantities("| 星火 3.0 | 1750 |")] == ["1750"]
    assert [q.text for q in find_quantities("丙科技        7.0        12.5")] == ["7.0", "12.5"]


def test_a_number_cut_from_its_unit_or_range_end_by_a_short_wrapped_line():
    # narrow PDF lines: the line ends in a number (and its magnitude), the next goes on with the
    # unit or with the other end of the range
    text = ("行业观点：我们预计甲光科技2027年\n"
            "净利润约86亿\n"
            "元，乙通信2027年净利润预计为52\n"
            "-58亿元。\n"
            "- 风险提示：需求波动。\n")
    df = _facts(text)
    single = df[df["value"] == 8.6e9]
    assert len(single) == 1 and single.iloc[0]["unit"] == "CNY" and single.iloc[0]["text"] == "约86亿\n元"
    ranged = df[df["value"] == 5.2e9]
    assert len(ranged) == 1 and ranged.iloc[0]["value_high"] == 5.8e9 and ranged.iloc[0]["text"] == "52\n-58亿元"
    assert not (df["value"] == -5.8e9).any() and not (df["value"] == 52).any()


def test_a_line_ending_in_a_number_before_a_bullet_is_no_wrap():
    from aigc_analysis.extract.segment import rejoin_wrapped_lines

    text = "本周要点共3\n- 12家公司发布财报\n"
    assert rejoin_wrapped_lines(text) == text


def test_shipments_counted_in_a_header_unit_of_a_counter_are_compute_when_the_caption_names_modules():
    text = ("表5：全球光模块出货量预测（单位：万只）\n"
            "　　　　　2026　　　2027E\n"
            "400G　　　1,250　　 900\n")
    df = _facts(text)
    cell = _cell(df, "1,250")
    assert (cell["theme"], cell["value"], cell["unit"], cell["period"]) == ("compute", 1.25e7, "count", "2026")
    assert cell["metric"].startswith("shipments")


def test_a_price_label_per_seat_and_month_is_money():
    from aigc_analysis.extract.quantities import find_unit_labels

    assert [u for *_, u in find_unit_labels("团队版年费（元/人）")] == ["CNY"]
    assert [u for *_, u in find_unit_labels("（美元/人/月，%）")] == ["USD", "ratio"]
    text = ("| 应用 | 标准版月费（元/人/月） | 活跃用户（万） |\n|---|---|---|\n"
            "| Zorblax Docs | 68 | 120 |\n")
    df = _facts(text)
    price = _cell(df, "68")
    assert (price["theme"], price["unit"], price["value"]) == ("pricing", "CNY", 68.0)
    assert _cell(df, "120")["value"] == 1.2e6


def test_a_note_under_a_table_dates_the_column_it_names_or_every_undated_cell():
    text = ("| 应用 | 标准版月费（元/人/月） | 付费用户（万） |\n|---|---|---|\n"
            "| Zorblax Docs | 68 | 120 |\n"
            "注：价格为官网标价；付费用户为截至2025年3月末数据。\n\n"
            "## 估值\n\n"
            "| 公司 | 总市值（亿元） | PE 2025E（倍） |\n|---|---|---|\n"
            "| 甲科技 | 2,480 | 41 |\n"
            "*数据截至2025年6月20日收盘。*\n")
    df = _facts(text)
    assert _cell(df, "120")["period"] == "2025-03"
    assert _cell(df, "68")["period"] == ""  # the note dates the users, not the price
    assert _cell(df, "2,480")["period"] == "2025-06-20"
    assert _cell(df, "41")["period"] == "2025"  # the header's own period wins


def test_a_total_row_is_the_group_the_caption_names_or_the_rows_above_make():
    text = ("表2：四大云厂商季度资本开支（单位：亿美元）\n"
            "公司            1Q25        2Q25\n"
            "微软            210         230\n"
            "谷歌            170         185\n"
            "亚马逊          250         260\n"
            "Meta            130         140\n"
            "合计            760         815\n")
    df = _facts(text)
    assert _cell(df, "815")["entity"] == "Big-4 US cloud providers"
    # no group in the caption: the rows above, as the group groups.csv holds
    df = _facts(text.replace("四大云厂商", "海外巨头"))
    assert _cell(df, "815")["entity"] == "Big-4 US cloud providers"
    # rows naming no one the lexicon knows: no invented group
    df = _facts("表9：样本公司收入（单位：亿元）\n公司      2025\n甲       10\n乙       12\n合计      22\n")
    assert _cell(df, "22")["entity"] != "甲 + 乙"


def test_companies_counted_with_jia_are_companies_only():
    text = ("微软、谷歌、亚马逊和Meta本季度资本开支均创新高。Meta将训练下一代Llama模型，"
            "亚马逊的Trainium芯片已大规模部署。我们预计明年四家合计资本开支约5200亿美元。\n")
    df = _facts(text)
    assert df[df["value"] == 5.2e11].iloc[0]["entity"] == "Big-4 US cloud providers"


def test_a_note_giving_the_date_of_the_tables_measure_dates_its_cells():
    text = ("海外对比（美元/百万tokens）\n"
            "模型                 输入        输出\n"
            "Zorblax-7            2.5         10\n"
            "资料来源：官网。价格为2025年6月18日官网标准价。\n")
    df = _facts(text)
    cell = _cell(df, "2.5")
    assert (cell["unit"], cell["period"]) == ("USD", "2025-06-18")
    assert _cell(df, "10")["period"] == "2025-06-18"


def test_a_short_line_cut_before_its_number_or_inside_a_date_goes_on_below():
    text = "我们预计甲光科技2027\n年营收将达到约150亿\n元，同比增长\n28%。\n"
    df = _facts(text)
    growth = df[df["value"] == 0.28]
    assert len(growth) == 1 and growth.iloc[0]["metric"].endswith("growth") and growth.iloc[0]["period"] == "2027"
    assert df[df["value"] == 1.5e10].iloc[0]["period"] == "2027"


def test_a_market_size_row_is_the_market_the_caption_names():
    text = "图表3：全球AI芯片市场规模（十亿美元）\n年份\t2024\t2025E\n市场规模\t95\t140\n"
    df = _facts(text)
    cell = _cell(df, "140")
    assert (cell["entity"], cell["value"], cell["period"]) == ("Global AI chip market", 1.4e11, "2025")
    # a row naming its own market keeps it
    df = _facts("图表5：全球服务器市场规模（亿美元）\n年份\t2024\t2025\nx86服务器市场规模\t1800\t2100\n")
    assert "x86" in _cell(df, "2100")["entity"]


def test_a_rank_column_holds_ordinals_not_values():
    text = ("表7：AI应用月活排名（单位：万）\n"
            "| 排名 | 应用 | 月活 |\n|---|---|---|\n"
            "| 1 | 豆包 | 15,000 |\n| 2 | Kimi | 3,200 |\n")
    df = _facts(text)
    assert _cell(df, "15,000")["value"] == 1.5e8
    assert not df["text"].isin(["1", "2"]).any()


def test_quarter_columns_without_a_year_take_the_captions_year():
    text = ("表9：甲科技2024年各季度收入（单位：亿元）\n"
            "季度        Q1      Q2      Q4\n"
            "收入        50      60      80\n")
    df = _facts(text, published=dt.date(2025, 6, 30))
    assert _cell(df, "50")["period"] == "2024Q1" and _cell(df, "80")["period"] == "2024Q4"


def test_every_growth_column_takes_the_captions_rate_unit_not_its_money_unit():
    text = ("表一：台廠營收（單位：新台幣億元；年增率單位：%）\n"
            "公司　　　　8月營收　　年增率　　月增率\n"
            "丙電　　　　2,300　　　21.4　　　-3.6\n")
    df = _facts(text, published=dt.date(2025, 9, 10))
    assert _cell(df, "2,300")["unit"] == "TWD"
    mom = _cell(df, "-3.6")
    assert (mom["unit"], mom["value"]) == ("ratio", -0.036)


def test_a_growth_column_under_a_money_caption_is_in_percent():
    text = "表3：主要公司营收（单位：亿元）\n公司        营收        同比        环比\n丁科技      90          22.5        -1.5\n"
    df = _facts(text)
    assert _cell(df, "90")["value"] == 9e9
    yoy = _cell(df, "22.5")
    assert (yoy["unit"], yoy["value"], yoy["metric"]) == ("ratio", 0.225, "revenue_growth")
    assert _cell(df, "-1.5")["value"] == -0.015


def test_a_caption_bracket_naming_the_measure_then_its_unit():
    from aigc_analysis.extract.quantities import find_unit_labels

    assert [u for *_, u in find_unit_labels("表6：可比公司估值（PE，倍）")] == ["multiple"]
    assert find_unit_labels("（同比+35%，亿元）") == []  # a figure in the bracket: prose
    text = ("Exhibit 2: Cloud revenue growth (YoY, %)\n"
            "Segment              2Q25      3Q25\n"
            "Google Cloud         31        33\n")
    df = _facts(text)
    cell = _cell(df, "33")
    assert (cell["unit"], cell["value"], cell["period"]) == ("ratio", 0.33, "2025Q3")
    assert cell["metric"].endswith("growth")


def test_markdown_emphasis_around_a_cell_is_not_its_text():
    text = ("表2：海外云厂商资本开支（亿美元）\n| 公司 | 2025Q1 | 2025Q2 |\n|---|---|---|\n"
            "| 微软 | 210 | 230 |\n| 谷歌 | 170 | 185 |\n| **合计** | **380** | **415** |\n")
    df = _facts(text)
    total = _cell(df, "415")
    assert total["value"] == 4.15e10 and total["entity"] == "Microsoft and Google"


def test_cells_left_of_a_period_header_line_are_under_the_upper_header_only():
    text = ("表7：重点公司盈利预测与估值（收盘价日期：2025年6月27日）\n"
            "代码         公司        收盘价(元)   EPS(元)              PE(倍)\n"
            "                                     2025E     2026E      2025E     2026E\n"
            "688901.SH    丙芯        63.40        0.90      1.40       70        45\n")
    rows = [s for s in split_sentences(text) if s.is_row and not s.is_header]
    tops = [[text[h.start:h.end] for h in hs] for hs in rows[0].col_headers]
    assert tops[2] == ["收盘价(元)"] and tops[3] == ["EPS(元)", "2025E"]
    df = _facts(text)
    price = _cell(df, "63.40")
    assert (price["metric"], price["period"]) == ("share_price", "2025-06-27")
    assert _cell(df, "0.90")["metric"] == "eps"


def test_a_table_flattened_to_single_blanks_is_read_cell_by_cell():
    text = ("表3：全球数通光模块出货量预测（单位：万只）\n"
            "2025 2026E 2027E\n"
            "400G 1,500 1,200 900\n"
            "800G 2,600 4,200 4,800\n"
            "资料来源：某机构\n")
    df = _facts(text)
    cell = _cell(df, "4,200")
    assert (cell["entity"], cell["value"], cell["period"], cell["theme"]) == ("800G optical transceivers", 4.2e7, "2026", "compute")
    assert len(df) == 6
    # a prose line with a few numbers is no row
    rows = [s for s in split_sentences("我们预计 2026 年将增长 35%\n") if s.is_row]
    assert rows == []
    assert not [s for s in split_sentences("1 2 3\n4 5 6\n") if s.is_row]  # numbers with no label


def test_units_scoped_to_columns_in_a_caption_bracket_that_goes_on_with_a_note():
    # the bracket names a unit per column, then a price date: the PE/PS columns stay multiples
    # and the target price stays in yuan however long the bracket runs
    text = ("表2　存储公司估值表\n（市值单位：亿元；目标价单位：元；PE、PS单位：倍；股价截至2025年8月29日）\n"
            "公司        代码          市值      PE 2025E   PS 2026E   目标价\n"
            "甲存储      688001.SH     2,150     45         3.3         126\n"
            "资料来源：Wind\n")
    df = _facts(text, dt.date(2025, 8, 30))
    pe, ps, target = _cell(df, "45"), _cell(df, "3.3"), _cell(df, "126")
    assert (pe["metric"], pe["value"], pe["unit"]) == ("pe_ratio", 45.0, "multiple")
    assert (ps["metric"], ps["value"], ps["unit"]) == ("ps_ratio", 3.3, "multiple")
    assert (target["metric"], target["value"], target["unit"]) == ("target_price", 126.0, "CNY")
    assert _cell(df, "2,150")["value"] == 2.15e11


def test_a_unit_in_the_header_cell_above_the_row_labels_holds_for_the_table():
    text = ("乙软件发布2025年半年报。\n\n| 指标（单位：亿元） | 2024H1 | 2025H1 | 同比 |\n|---|---|---|---|\n"
            "| 营业收入 | 55.3 | 60.2 | +8.9% |\n| 归母净利润 | -3.1 | 1.2 | 扭亏 |\n\n资料来源：公司公告\n")
    df = _facts(text, dt.date(2025, 8, 30))
    revenue, loss = _cell(df, "55.3"), _cell(df, "-3.1")
    assert (revenue["metric"], revenue["value"], revenue["unit"], revenue["period"]) == \
        ("revenue", 5.53e9, "CNY", "2024H1")
    assert (loss["metric"], loss["value"]) == ("net_profit", -3.1e8)
    assert _cell(df, "+8.9%")["value"] == 0.089


def test_an_english_line_ending_in_a_full_stop_is_not_joined_to_the_translation_below():
    from aigc_analysis.extract.segment import rejoin_wrapped_lines

    en = "- Zeta Cloud (Q2 2025, quarter ended Jun 30): capex incl. finance leases USD 12.5bn, +22% YoY; cloud revenue up."
    text = f"{en}\n  甲云二季度资本开支125亿美元，同比增长22%，云收入增长较快，资本开支强度继续提升。\n{en}\n{en}\n"
    assert rejoin_wrapped_lines(text).split("\n")[0] == en
