"""Company notes (公司点评, 季报点评): the one listed company of the header is the subject of the
report; header fields, forecast tables, target and current prices, period spans and the market
or peer figures inside such a note (invented texts)."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from aigc_analysis.extract.facts import _DocExtractor, extract_document, facts_frame
from aigc_analysis.extract.names import after_field_label, find_unknown_names, stock_code_at
from aigc_analysis.load.boilerplate import find_boilerplate
from aigc_analysis.load.normalise import to_simplified

PUBLISHED = dt.date(2027, 4, 28)

HEADER = """\
北辰证券股份有限公司 研究所                 证券研究报告 · 季报点评
电子 | 半导体                                2027年04月28日
瀚星微电（688917.SH）                        投资评级：买入（维持）
目标价：132.00元        当前股价：104.60元（2027年04月27日收盘）
分析师：李某    执业证书编号：S0990521070002    电话：010-5566 7788
报告编号：BC-SEMI-2027-0117
"""


def _note(body: str, header: str = HEADER, published: dt.date = PUBLISHED) -> pd.DataFrame:
    text = header + body
    simplified = to_simplified(text)
    doc = {"doc_id": "note.txt", "text": text, "text_simplified": simplified, "published": published,
           "publisher": "Test", "boilerplate": find_boilerplate(simplified)}
    return facts_frame(extract_document(doc))


def _subject(text: str):
    simplified = to_simplified(text)
    doc = {"doc_id": "note.txt", "text": text, "text_simplified": simplified, "published": PUBLISHED,
           "boilerplate": find_boilerplate(simplified)}
    found = _DocExtractor(doc).report_company
    return None if found is None else found.name


def _row(df: pd.DataFrame, text: str, metric: str | None = None) -> pd.Series:
    rows = df[df["text"] == text]
    if metric is not None:
        rows = rows[rows["metric"] == metric]
    assert len(rows) == 1, df[["entity", "metric", "value", "period", "text"]].to_string()
    return rows.iloc[0]


# ---- class 1: the subject of the note; header fields are never names --------------------------
def test_field_values_are_not_names():
    t = "报告编号：BC-SEMI-2027-0117\n执业证书编号：S0990521070002"
    assert find_unknown_names(t) == []
    assert after_field_label(t, t.index("BC-"))


def test_a_shaped_name_outside_a_field_is_still_a_name():
    names = [n.name for n in find_unknown_names("公司推出BC-SEMI-2027芯片")]
    assert names == ["BC-SEMI-2027"]


def test_stock_code_after_a_name():
    t = "瀚星微电（688917.SH）与云岭智联(0388.HK)"
    assert stock_code_at(t, t.index("（")) == t.index("与")
    assert stock_code_at(t, t.index("(")) == len(t)
    assert stock_code_at("瀚星微电（2027年）", 4) == -1


def test_header_company_is_the_subject_of_unnamed_sentences():
    df = _note("事件\n● 订单：在手订单约15亿元。\n● 毛利率：单季毛利率为41.5%。\n")
    assert set(df["entity"]) == {"Hanxingweidian"}, df[["entity", "metric", "text"]].to_string()
    assert not df["entity"].str.contains("BC-SEMI|S0990|目标价|当前股价").any()


def test_company_pronoun_is_the_header_company():
    df = _note("公司发布一季报：一季度实现营业收入8.40亿元，同比增长36.2%。\n")
    assert _row(df, "8.40亿元")["entity"] == "Hanxingweidian"
    assert _row(df, "8.40亿元")["metric"] == "revenue"


def test_the_header_company_is_found():
    assert _subject(HEADER + "事件\n公司披露年报。\n") == "Hanxingweidian"


def test_no_subject_without_a_header_stock_code():
    # an industry note: a coded company named in prose is no subject of the whole report
    header = "北辰证券 研究所    证券研究报告 · 行业点评\n2027年04月28日\n"
    assert _subject(header + "板块回顾：瀚星微电（688917.SH）等公司领涨，云岭智联（301876.SZ）跟涨。\n") is None
    assert _subject(header + "板块回顾：瀚星微电（688917.SH）领涨，估值抬升。\n") is None


def test_two_coded_companies_in_the_header_name_no_single_subject():
    header = ("北辰证券 研究所    证券研究报告 · 公司对比\n2027年04月28日\n"
              "瀚星微电（688917.SH）    云岭智联（301876.SZ）\n")
    assert _subject(header + "● 订单：在手订单约15亿元。\n") is None


# ---- class 3: the forecast table --------------------------------------------------------------
TABLE = """\
盈利预测与估值
                    2026A        2027E        2028E
营业收入（百万元）  2,910.4      3,880.0      4,950.0
同比（%）           18.2         33.3         27.6
归母净利润（百万元）  410.6        602.0        815.5
同比（%）           -12.4        46.6         35.5
每股收益（元）       0.86         1.26         1.71
P/E（倍）           121.6        83.0         61.2
"""


def test_forecast_table_rows_are_the_subject_company():
    df = _note(TABLE)
    assert set(df["entity"]) == {"Hanxingweidian"}, df[["entity", "metric", "text"]].to_string()
    rev = _row(df, "3,880.0")
    assert (rev["metric"], rev["value"], rev["unit"], rev["period"], bool(rev["is_estimate"])) == \
        ("revenue", 3.88e9, "CNY", "2027", True)
    assert _row(df, "2,910.4")["period"] == "2026"
    eps = _row(df, "1.26")
    assert (eps["metric"], eps["unit"], eps["value"]) == ("eps", "CNY", 1.26)
    pe = _row(df, "83.0")
    assert (pe["metric"], pe["unit"], pe["period"]) == ("pe_ratio", "multiple", "2027")


def test_growth_rows_take_the_metric_of_the_amount_row_above():
    df = _note(TABLE)
    g = _row(df, "33.3")
    assert (g["metric"], round(g["value"], 4), g["period"]) == ("revenue_growth", 0.333, "2027")
    g = _row(df, "-12.4")
    assert (g["metric"], round(g["value"], 4), g["period"]) == ("net_profit_growth", -0.124, "2026")
    assert not df["entity"].isin(["营业收入", "同比", "每股收益", "P/E"]).any()


def test_growth_row_without_a_company_header_keeps_its_row_base_only():
    # no header company: the growth row still follows its amount row's metric, never 同比 as a name
    header = "北辰证券 研究所    证券研究报告 · 行业点评\n2027年04月28日\n"
    df = _note(TABLE, header=header)
    assert not df["entity"].isin(["同比"]).any()


# ---- class 4: target price and current price --------------------------------------------------
def test_target_and_current_price_of_the_header():
    df = _note("事件\n公司披露年报。\n")
    tp = _row(df, "132.00元")
    assert (tp["entity"], tp["metric"], tp["value"], tp["unit"], tp["period"]) == \
        ("Hanxingweidian", "target_price", 132.0, "CNY", "2027-04")
    px = _row(df, "104.60元")
    assert (px["entity"], px["metric"], px["period"]) == ("Hanxingweidian", "share_price", "2027-04-27")


def test_a_table_row_label_without_a_colon_is_not_a_field():
    # a real table row (label, then values) is still read as a table, not as field：value pairs
    df = _note(TABLE)
    assert _row(df, "4,950.0")["period"] == "2028"


def test_a_named_company_in_the_sentence_keeps_its_figure():
    # negative: a customer named in the sentence is not replaced by the header company
    df = _note("● 客户：英伟达资本开支同比增长50%。\n")
    assert _row(df, "50%")["entity"] == "Nvidia"


# ---- class 2: product lines and products of the company --------------------------------------
def test_product_line_revenue_is_the_company_s():
    df = _note("● 光模块：400G产品线收入9.3亿元，同比增长61%。\n● 新品：CPO方案单季出货约12万只，环比增长约三成。\n")
    assert _row(df, "9.3亿元")["entity"] == "Hanxingweidian"
    assert _row(df, "61%")["entity"] == "Hanxingweidian"
    assert _row(df, "约12万")["entity"] == "Hanxingweidian"


def test_unknown_latin_product_is_the_company_s():
    df = _note("● 新品：公司PCIe 6.0 Retimer实现量产，Retimer产品收入2.6亿元。\n")
    assert _row(df, "2.6亿元")["entity"] == "Hanxingweidian"


def test_known_segment_keeps_its_name_in_a_company_note():
    # negative: a segment the lexicon knows (Azure) is still reported as that segment
    df = _note("● 云：Azure收入同比增长39%。\n")
    assert _row(df, "39%")["entity"] in ("Azure", "Microsoft Azure")


def test_industry_figure_with_a_place_is_not_the_company_s():
    # negative: 全球光模块 is the industry, not the company's product line
    df = _note("● 行业：全球光模块出货量同比增长45%。\n")
    assert _row(df, "45%")["entity"] != "Hanxingweidian"


# ---- class 5: periods of a quarterly note ----------------------------------------------------
def test_disclosure_day_does_not_date_the_year_to_date_figures():
    df = _note("公司于4月27日晚间披露一季报：一季度实现营业收入8.40亿元，同比增长36.2%；归母净利润1.02亿元，同比增长58.0%。\n")
    for text in ("8.40亿元", "36.2%", "1.02亿元", "58.0%"):
        assert _row(df, text)["period"] == "2027Q1", text


def test_year_to_date_span_after_a_disclosure_day():
    pub = "公司于10月28日披露三季报：前三季度实现营业收入21.5亿元；归母净利润3.3亿元，同比增长18.5%。\n"
    df = _note(pub, header=HEADER.replace("2027年04月28日", "2027年10月29日"), published=dt.date(2027, 10, 29))
    assert _row(df, "21.5亿元")["period"] == "2027Q1/2027Q3"
    assert _row(df, "3.3亿元")["period"] == "2027Q1/2027Q3"
    assert _row(df, "18.5%")["period"] == "2027Q1/2027Q3"


def test_a_disclosure_day_alone_still_dates_the_statement():
    # negative: with no period of its own the figures keep the day they were disclosed
    df = _note("公司于4月20日公告，新签订单金额约6.2亿元。\n")
    assert _row(df, "约6.2亿元")["period"] == "2027-04-20"


def test_backlog_as_of_a_month_or_quarter_end_is_that_day():
    df = _note("● 订单：在手订单约15亿元（截至3月末）。\n● 截至去年四季度末，公司在手订单约12亿元。\n")
    assert _row(df, "约15亿元")["period"] == "2027-03-31"
    assert _row(df, "约12亿元")["period"] == "2026-12-31"


def test_as_of_month_of_a_capacity_stays_a_month():
    # negative: only balances of facts_words.csv asof_day_metric take the day (dev gold: 2025-06)
    df = _note("截至今年3月底我国智能算力规模达到900 EFLOPS。\n")
    assert _row(df, "900 EFLOPS")["period"] == "2027-03"


# ---- class 6: market sizes and peers inside a company note ------------------------------------
def test_market_size_takes_the_market_named_before_it():
    df = _note("● 行业：全球存储控制芯片市场规模约26亿美元，同比增长12%。\n")
    row = _row(df, "约26亿美元")
    assert (row["entity"], row["metric"]) == ("全球存储控制芯片市场", "market_size")


def test_market_size_with_a_year_and_a_forecast_word():
    df = _note("预计2029年国内车载激光雷达市场规模将达到300亿元。\n")
    # 车载 and 激光雷达 are market words since fixregion: the market is named in English
    assert _row(df, "300亿元")["entity"] == "China in-vehicle lidar market"


def test_known_market_concept_keeps_its_name():
    # negative: a market the concept list knows keeps its English name
    df = _note("全球服务器市场规模约2500亿美元。\n")
    assert _row(df, "约2500亿美元")["entity"] == "Global server market"


def test_comparable_companies_valuation_is_their_group():
    df = _note("● 估值：可比公司平均PE约45倍，给予公司2027年60倍PE。\n")
    assert _row(df, "约45倍")["entity"] == "Comparable companies"
    assert _row(df, "60倍")["entity"] == "Hanxingweidian"


# ---- header variants: a title line, a pipe table, growth rows written otherwise ---------------
TITLE_HEADER = """\
证券研究报告·公司研究·通信设备
云岭智联（301876）：年报点评，交换机放量，利润率改善
南屿证券研究所   2027年04月28日
投资评级：买入（维持）   目标价：58.00元
"""

PIPE_TABLE = """\
| 会计年度 | 2026A | 2027E | 2028E |
| 营业收入（百万元） | 1,450 | 1,960 | 2,540 |
| 同比增速（%） | 21.4 | 35.2 | 29.6 |
| 归母净利润（百万元） | 160 | 236 | 318 |
| YoY（%） | -8.1 | 47.5 | 34.7 |
| EPS（元） | 0.40 | 0.59 | 0.80 |
| PE（倍） | 145 | 98 | 73 |
"""


def test_title_line_with_the_stock_code_names_the_subject():
    df = _note("● 订单：在手订单约9亿元。\n", header=TITLE_HEADER)
    assert _row(df, "约9亿元")["entity"] == "Yunlingzhilian"


def test_rating_and_target_price_on_one_field_line():
    df = _note("事件\n公司披露年报。\n", header=TITLE_HEADER)
    tp = _row(df, "58.00元")
    assert (tp["entity"], tp["metric"], tp["period"]) == ("Yunlingzhilian", "target_price", "2027-04")


def test_pipe_forecast_table_with_growth_rows_written_otherwise():
    df = _note("盈利预测与估值\n" + PIPE_TABLE, header=TITLE_HEADER + "核心观点\n公司交换机业务放量。\n")
    assert set(df["entity"]) == {"Yunlingzhilian"}, df[["entity", "metric", "text"]].to_string()
    assert (_row(df, "35.2")["metric"], _row(df, "35.2")["period"]) == ("revenue_growth", "2027")
    g = _row(df, "-8.1")
    assert (g["metric"], round(g["value"], 3), g["period"]) == ("net_profit_growth", -0.081, "2026")
    assert (_row(df, "0.59")["metric"], _row(df, "98")["metric"]) == ("eps", "pe_ratio")


def test_coded_name_in_a_long_prose_line_is_no_title():
    header = "北辰证券 研究所    证券研究报告 · 行业点评\n2027年04月28日\n"
    body = ("本周板块上涨，其中瀚星微电（688917.SH）受益于存储周期复苏与AI服务器需求拉动，"
            "年初至今股价累计上涨较多，估值处于历史高位区间并且仍在继续抬升之中\n")
    assert _subject(header + body) is None
    assert _subject(TITLE_HEADER + body) == "Yunlingzhilian"


def test_metric_row_without_a_company_note_takes_the_table_heading():
    # no header company: the table's heading names whose forecast it is, never 营业收入
    header = "北辰证券 研究所    证券研究报告 · 行业点评\n2027年04月28日\n\n"
    table = "寒武纪盈利预测\n" + PIPE_TABLE
    df = _note(table, header=header)
    assert _row(df, "1,960")["entity"] == "Cambricon"


def test_market_of_a_product_concept_is_named_in_english():
    df = _note("● 行业：全球光模块市场规模约180亿美元。\n")
    assert _row(df, "约180亿美元")["entity"] == "Global optical transceiver market"  # market_words.csv translates it word by word (光模块: transceiver, as SCHEMA names 800G optical transceivers)


def test_product_concept_with_other_words_keeps_the_concept():
    # negative: 400G光模块 is more than the concept; the old entity stands rather than a guess
    df = _note("● 行业：全球400G光模块市场规模约60亿美元。\n")
    assert _row(df, "约60亿美元")["entity"] != "Global Optical modules market"


CAPTION_TABLE = """\
核心观点
公司一季度业绩超预期。
表1：盈利预测与估值（单位：百万元）
指标            2026A      2027E      2028E
营业总收入      2,910.4    3,880.0    4,950.0
增长率(%)       18.2       33.3       27.6
ROE(%)          14.5       17.0       19.3
EPS(摊薄/元)    0.86       1.26       1.71
市盈率(倍)      121.6      83.0       61.2
"""


def test_caption_scale_does_not_reach_per_share_rows():
    df = _note(CAPTION_TABLE)
    assert _row(df, "3,880.0")["value"] == 3.88e9  # the caption's 百万元 scales the amounts
    eps = _row(df, "1.26")
    assert (eps["metric"], eps["value"], eps["unit"], eps["entity"]) == ("eps", 1.26, "CNY", "Hanxingweidian")


def test_roe_row_and_growth_rate_row():
    df = _note(CAPTION_TABLE)
    roe = _row(df, "17.0")
    assert (roe["metric"], roe["value"], roe["entity"], roe["period"]) == ("roe", 0.17, "Hanxingweidian", "2027")
    assert _row(df, "33.3")["metric"] == "revenue_growth"


def test_filing_day_before_a_comma_and_company_is_still_a_filing_day():
    df = _note("10月28日，公司公告三季报：Q1-Q3营收21.5亿元；净利润3.3亿元。\n")
    # published 2027-04-28: the last first-three-quarters that has begun is 2026's
    assert _row(df, "21.5亿元")["period"] == "2026Q1/2026Q3"
    assert _row(df, "3.3亿元")["period"] == "2026Q1/2026Q3"


def test_a_filing_day_with_a_figure_between_is_not_skipped():
    # negative: 4月20日 dates the order signed that day; no reported period follows
    df = _note("公司于4月20日签订合同，金额约6.2亿元；同日公告。\n")
    assert _row(df, "约6.2亿元")["period"] == "2027-04-20"


def test_hk_note_header_prices_and_upside():
    header = ("海澄证券国际 研究部                      公司报告 · 业绩点评\n2027年04月28日\n"
              "云岭智联（0388.HK）                       评级：买入\n"
              "目标价：45.00港元    现价：38.20港元    潜在升幅：17.8%\n")
    df = _note("事件\n公司上半年收入52.3亿元人民币，同比增长28%。\n", header=header)
    tp, px, up = _row(df, "45.00港元"), _row(df, "38.20港元"), _row(df, "17.8%")
    assert (tp["entity"], tp["metric"], tp["unit"]) == ("Yunlingzhilian", "target_price", "HKD")
    assert (px["entity"], px["metric"], px["unit"]) == ("Yunlingzhilian", "share_price", "HKD")
    assert (up["metric"], up["value"]) == ("upside", 0.178)


def test_a_model_named_before_keeps_its_parameter_count_in_a_company_note():
    df = _note("公司发布自研大模型Zeta-9。\n该模型参数量达到1200亿。\n")
    assert _row(df, "1200亿")["entity"] == "Zeta-9"


def test_metamorphic_rename_and_shift_a_year():
    # another company, another code and everything a year later: the same facts, renamed and shifted
    base = _note(TABLE)
    header = HEADER.replace("瀚星微电", "栖霞微芯").replace("688917.SH", "301552.SZ").replace("2027年", "2028年")
    table = TABLE.replace("2026A        2027E        2028E", "2027A        2028E        2029E")
    moved = _note(table, header=header, published=dt.date(2028, 4, 28))
    assert set(moved["entity"]) == {"Qixiaweixin"}
    a = base[["metric", "value", "period"]].sort_values(["metric", "value"]).reset_index(drop=True)
    b = moved[["metric", "value", "period"]].sort_values(["metric", "value"]).reset_index(drop=True)
    assert list(a["metric"]) == list(b["metric"]) and list(a["value"]) == list(b["value"])
    shifted = [p if not p[:4].isdigit() else str(int(p[:4]) + 1) + p[4:] for p in a["period"]]
    assert shifted == list(b["period"])


def test_a_pick_named_after_a_label_is_no_subject():
    header = "北辰证券 研究所    证券研究报告 · 行业点评\n2027年04月28日\n重点推荐：瀚星微电（688917.SH）\n"
    assert _subject(header + "本周板块上涨。\n") is None
    header = "北辰证券 研究所  |  瀚星微电（688917.SH）  |  公司点评\n2027年04月28日\n"
    assert _subject(header + "本周板块上涨。\n") == "Hanxingweidian"
