"""Taiwanese financial news in Traditional Chinese: currency by document, compound 兆/億 numbers,
month revenue periods, same-day market wraps, descriptor-prefixed names, revenue shares.

Every example is invented (company names in no lexicon where the rule is about shape)."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.lexicon import get_matcher
from aigc_analysis.extract.names import find_unknown_names
from aigc_analysis.extract.periods import find_periods
from aigc_analysis.extract.quantities import find_quantities
from aigc_analysis.load.metadata import infer_metadata
from aigc_analysis.load.normalise import for_parsing, to_simplified
from text_facts import facts_of

PUB = dt.date(2026, 11, 10)


def _row(f, fact_text: str):
    rows = f[f["text"].str.contains(fact_text, regex=False)]
    assert len(rows) == 1, f[["text", "entity", "metric", "unit", "period"]].to_string()
    return rows.iloc[0]


# --- 1. currency: a Taiwanese document's bare 元 is the NT dollar, document-wide ---------------
def test_twd_named_once_carries_across_paragraphs():
    text = ("星辰電子（9901）11月營收約新台幣412.3億元，月增3.1%。\n\n"
            "另一方面，月光精密（9902）11月營收602.6億元，年增9%。")
    f = facts_of(text, PUB)
    assert _row(f, "412.3").unit == "TWD"
    assert _row(f, "602.6").unit == "TWD"


def test_taiwan_market_context_makes_prices_and_market_values_twd():
    text = "台股今（10）日走高。權值股星辰電子收盤812元，上漲2.1%，市值約21.5兆元。"
    f = facts_of(text, PUB)
    assert _row(f, "812元").unit == "TWD"
    assert _row(f, "21.5兆元").unit == "TWD"


def test_usd_stays_usd_and_does_not_end_the_scope():
    text = ("星辰電子營收新台幣500億元。\n\n該公司海外訂單約12億美元。\n\n"
            "月光精密營收300億元。")
    f = facts_of(text, PUB)
    assert _row(f, "12億美元").unit == "USD"
    assert _row(f, "300億元").unit == "TWD"


def test_an_amount_in_renminbi_ends_the_scope():
    text = ("星辰電子營收新台幣500億元。\n\n其大陸子公司營收人民幣80億元。\n\n"
            "大陸同業營收120億元。")
    f = facts_of(text, PUB)
    assert _row(f, "人民幣80億元").unit == "CNY"
    assert _row(f, "120億元").unit == "CNY"


def test_simplified_report_keeps_the_sentence_rule():
    # a mainland report quoting a TWD figure: its later 亿元 are yuan
    text = "星辰电子营收新台币500亿元。\n\n国内同业月光科技营收120亿元。"
    f = facts_of(text, PUB)
    assert _row(f, "500亿元").unit == "TWD"
    assert _row(f, "120亿元").unit == "CNY"


def test_traditional_report_without_a_taiwan_cue_keeps_yuan():
    text = "星辰科技集團第三季營收150億元，按年增長12%。"
    f = facts_of(text, PUB)
    assert _row(f, "150億元").unit == "CNY"


# --- 2. compound big numbers ---------------------------------------------------------------------
@pytest.mark.parametrize("text, span, value", [
    ("累計營收約3兆3,208億元，年增", "約3兆3,208億元", 3.3208e12),
    ("營收1兆6,420億元", "1兆6,420億元", 1.642e12),
    ("规模达2万亿3,000亿元", "2万亿3,000亿元", 2.3e12),
    ("融资3亿2,000万美元", "3亿2,000万美元", 3.2e8),
])
def test_compound_number_is_one_quantity(text, span, value):
    qs = find_quantities(text)
    assert [q.text for q in qs] == [span]
    assert qs[0].value == pytest.approx(value)


@pytest.mark.parametrize("text", ["營收3兆、3,208億元", "市值1兆 2,000億元", "股價1兆2,000元"])
def test_separated_or_smaller_unit_parts_stay_apart(text):
    assert len(find_quantities(text)) == 2


# --- 3. month revenue periods --------------------------------------------------------------------
def test_month_on_month_and_year_on_year_growth_have_the_month_of_the_figure():
    text = "星辰電子（9901）10月營收812.5億元，較9月增加11.8%，較去年同期增加39.2%。"
    f = facts_of(text, PUB)
    assert _row(f, "812.5").period == "2026-10"
    assert _row(f, "11.8%").period == "2026-10"
    assert _row(f, "39.2%").period == "2026-10"


def test_short_forms_and_a_decline_against_last_month():
    text = "月光精密（9902）10月營收92.1億元，月增6.2%，年增41.5%。晨曦光電（9903）10月營收31億元，較上月減少4.3%。"
    f = facts_of(text, PUB)
    assert _row(f, "6.2%").period == "2026-10"
    assert _row(f, "41.5%").period == "2026-10"
    assert _row(f, "4.3%").period == "2026-10"


def test_month_end_levels_still_span_a_stretch():
    text = "截至9月底星辰雲日均調用量已突破30萬億，較5月底增長超過80%。"
    f = facts_of(text, PUB)
    assert _row(f, "80%").period == "2026-05/2026-09"


def test_cumulative_months_are_a_span_for_amount_and_growth():
    text = "星辰電子前10月累計營收約6兆7,430億元，年增21.4%。"
    f = facts_of(text, PUB)
    assert _row(f, "7,430").period == "2026-01/2026-10"
    assert _row(f, "6兆7,430").value == pytest.approx(6.743e12)
    assert _row(f, "21.4%").period == "2026-01/2026-10"


@pytest.mark.parametrize("text, value", [
    ("累计前10月营收", "2026-01/2026-10"),
    ("2025年前9月", "2025-01/2025-09"),  # several quarters in months stay months (fixper11)
    ("今年前11个月", "2026-01/2026-11"),
    ("前十月营收", "2026-01/2026-10"),
])
def test_first_n_months(text, value):
    assert [p.value for p in find_periods(text, PUB)] == [value]


@pytest.mark.parametrize("text", ["上市前3个月", "前3个月内"])
def test_months_before_something_are_no_period(text):
    assert find_periods(text, PUB) == []


# --- 4. same-day market wrap ---------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("星辰電子今（10）日公布", "2026-11-10"),
    ("昨(9)日外資賣超", "2026-11-09"),
    ("今（11）日", "2026-11-11"),  # filed after midnight: the written day wins
])
def test_bracketed_relative_days(text, value):
    assert [p.value for p in find_periods(for_parsing(text), PUB)] == [value]


def test_a_bracketed_day_far_from_the_publication_date_is_no_period():
    assert find_periods(for_parsing("今（25）日"), PUB) == []


def test_dateline_with_time_is_the_publication_day():
    meta = infer_metadata("2026/11/10 18:42\n台股收盤：電子股領漲\n\n台股今（10）日走高。")
    assert meta["published"] == PUB and meta["published_precision"] == "day"


def test_market_wrap_dates_every_move_of_its_paragraph():
    text = ("台股今（10）日走高，加權指數收盤上漲1.08%，電子類股指數上漲1.6%。"
            "星辰電子收盤812元，上漲2.3%。外資買超約256億元，成交值約6,120億元。")
    f = facts_of(text, PUB)
    for fact in ("1.08%", "1.6%", "812元", "2.3%", "256億元", "6,120億元"):
        assert _row(f, fact).period == "2026-11-10", fact
    assert _row(f, "1.08%").entity == "TAIEX"
    assert _row(f, "1.6%").entity == "TAIEX Electronics Index"
    assert _row(f, "256億元").metric == "net_buy"
    assert _row(f, "6,120億元").metric == "turnover"


def test_an_as_of_day_that_is_not_the_publication_day_does_not_date_later_moves():
    text = "截至6月13日，某指數年內累計上漲25%。星辰電子上漲2.3%。"
    f = facts_of(text, PUB)
    assert _row(f, "2.3%").period != "2026-06-13"


# --- 5. names: a descriptor before a coded name is not part of it ---------------------------------
@pytest.mark.parametrize("text, name", [
    ("散熱模組廠雙鴻光（9905）10月營收", "双鸿光"),
    ("雲端資料中心伺服器廠晨曦科（9906）營收", "晨曦科"),
    ("晶圓代工龍頭星辰芯（9907）", "星辰芯"),
])
def test_descriptor_prefix_is_stripped(text, name):
    assert [n.name for n in find_unknown_names(for_parsing(to_simplified(text)))] == [name]


@pytest.mark.parametrize("text, name", [("招商银行（600036）", "招商银行"), ("商汤科技（0020）", "商汤科技")])
def test_a_short_head_is_part_of_the_name(text, name):
    assert [n.name for n in find_unknown_names(text)] == [name]


@pytest.mark.parametrize("surface, entity", [
    ("緯穎", "Wiwynn"), ("技嘉", "Gigabyte"), ("華碩", "ASUS"), ("仁寶", "Compal"), ("和碩", "Pegatron"),
    ("日月光投控", "ASE Technology Holding"), ("台達電", "Delta Electronics"), ("智邦", "Accton"),
    ("加權指數", "TAIEX"), ("電子類股指數", "TAIEX Electronics Index"), ("半導體類股指數", "TWSE Semiconductor Index"),
])
def test_taiwanese_lexicon_rows(surface, entity):
    assert [m.entity for m in get_matcher().find(for_parsing(surface))] == [entity]


def test_known_company_after_a_descriptor_maps_to_its_name():
    f = facts_of("雲端資料中心伺服器廠緯穎（6669）10月營收902.1億元。", PUB)
    assert _row(f, "902.1").entity == "Wiwynn"


# --- 6. a share of a company's revenue is not a market share -------------------------------------
def test_share_of_wafer_revenue_is_revenue_share():
    f = facts_of("台積電表示，第三季3奈米占晶圓營收比重26%。", PUB)
    row = _row(f, "26%")
    assert (row.entity, row.metric) == ("TSMC", "revenue_share")


def test_market_share_stays_market_share():
    f = facts_of("台積電第三季晶圓代工市占率達71%。", PUB)
    assert _row(f, "71%").metric == "market_share"


# --- a close verb after a named company: its closing share price ---------------------------------
@pytest.mark.parametrize("text, fact", [
    ("台股今（10）日走高，權王台積電收1,485元，上漲2.1%。", "1,485元"),
    ("台股今（10）日在電子權值股帶動下走高，星辰電子（9901）收812元。", "812元"),
])
def test_close_verb_after_a_company_is_its_share_price(text, fact):
    row = _row(facts_of(text, PUB), fact)
    assert (row.metric, row.unit, row.period) == ("share_price", "TWD", "2026-11-10")


def test_revenue_is_not_a_close():
    f = facts_of("台股方面，星辰電子（9901）營收812億元。", PUB)
    assert _row(f, "812億元").metric == "revenue"


@pytest.mark.parametrize("text, span, qualifier", [
    ("三大法人合計買超312億元", "312億元", None),
    ("外資賣超約50億元", "約50億元", "approx"),
    ("營收超312億元", "超312億元", "over"),
])
def test_net_buying_holds_its_chao(text, span, qualifier):
    q = find_quantities(text)[0]
    assert (q.text, q.qualifier) == (span, qualifier)


@pytest.mark.parametrize("text, span, value", [
    ("營收NT$512億元", "NT$512億元", 5.12e10),
    ("營收新台幣1兆6,420億元", "新台幣1兆6,420億元", 1.642e12),
    ("营收台币512亿元", "台币512亿元", 5.12e10),
])
def test_nt_dollar_written_before_the_number(text, span, value):
    q = find_quantities(text)
    assert [(x.text, x.unit) for x in q] == [(span, "TWD")]
    assert q[0].value == pytest.approx(value)


def test_dollar_sign_alone_stays_usd():
    assert [x.unit for x in find_quantities("營收$512億")] == ["USD"]


# --- Taiwanese growth words, peers, and who a target price is about -------------------------------
def test_cheng_zhang_is_growth():
    text = "晨星電子（9911）10月營收新台幣1,234.5億元，較上月成長8.2%，較去年同期成長25.6%。"
    f = facts_of(text, PUB)
    for fact in ("8.2%", "25.6%"):
        row = _row(f, fact)
        assert (row.metric, row.period) == ("revenue_growth", "2026-10"), fact


def test_a_peer_word_is_not_part_of_the_name():
    f = facts_of("同業月光科技（9912）10月營收年減3.2%。", PUB)
    assert _row(f, "3.2%").entity == "Yueguang"


def test_target_price_set_by_foreign_investors_is_the_companys():
    f = facts_of("晨星電子（9913）第三季營收新台幣3,300億元。外資調升目標價至1,800元。", PUB)
    assert _row(f, "1,800元").entity == "Chenxing"


def test_net_buying_by_foreign_investors_is_theirs():
    f = facts_of("台股今（10）日走高，外資買超約256億元。", PUB)
    row = _row(f, "256億元")
    assert (row.entity, row.metric) == ("Foreign investors", "net_buy")


def test_another_yuan_market_named_ends_the_scope():
    text = ("亞太股市漲跌互見，台股下跌0.5%，星辰電子收盤812元。\n\n"
            "港股方面，恒生指數上漲1.2%，騰訊控股收盤450元。")
    f = facts_of(text, PUB)
    assert _row(f, "812元").unit == "TWD"
    assert _row(f, "450元").unit != "TWD"


@pytest.mark.parametrize("text, fact, value", [
    ("晨曦光電（9903）公布10月營收31億元。較上月減少4.3%，主因客戶拉貨放緩。", "4.3%", -0.043),
    ("晨曦光電（9903）公布10月營收31億元。較去年同期成長12%。", "12%", 0.12),
])
def test_growth_in_the_next_sentence_is_the_amounts(text, fact, value):
    row = _row(facts_of(text, PUB), fact)
    assert (row.metric, row.period) == ("revenue_growth", "2026-10")
    assert row.value == pytest.approx(value)


def test_growth_next_to_its_own_metric_keeps_it():
    f = facts_of("晨曦光電（9903）公布10月營收31億元。毛利率較上月減少1.2個百分點。", PUB)
    assert _row(f, "1.2個百分點").metric != "revenue_growth"


# --- shares of revenue by process node --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "台積電第三季晶圓營收中，3奈米占23%，5奈米占37%。",
    "台積電第三季營收新台幣9,000億元。其中3奈米占23%，5奈米占37%。",
])
def test_node_shares_of_revenue(text):
    f = facts_of(text, PUB)
    for fact in ("23%", "37%"):
        row = _row(f, fact)
        assert (row.entity, row.metric, row.period) == ("TSMC", "revenue_share", "2026Q3"), fact


@pytest.mark.parametrize("text", ["3奈米占26%", "2奈米製程", "1.4纳米工艺"])
def test_a_process_node_is_no_quantity(text):
    assert all(q.unit == "ratio" for q in find_quantities(text))


def test_a_share_with_no_whole_named_is_not_revenue_share():
    f = facts_of("星辰雲第三季用戶中，企業用戶占40%。", PUB)
    assert (f["metric"] == "revenue_share").sum() == 0


# --- a market wrap without a day word: the dated article's day ------------------------------------
def test_session_words_date_a_wrap_by_the_publication_day():
    text = "台股收盤走高，加權指數上漲1.08%，電子類股指數上漲1.6%，外資買超256億元，成交值6,120億元。"
    f = facts_of(text, PUB)
    for fact in ("1.08%", "1.6%", "256億元", "6,120億元"):
        assert _row(f, fact).period == "2026-11-10", fact


def test_no_session_word_no_day():
    f = facts_of("分析師指出，加權指數上漲1.08%，電子類股指數上漲1.6%。", PUB)
    assert _row(f, "1.08%").period == ""


def test_a_taiwan_listed_company_makes_bare_yuan_twd_before_any_currency_word():
    # no 新台幣 nor 台股 before the amounts: the Taiwan-listed names of the lexicon say it
    text = ("和碩（4938）10月營收1,205億元，月增2.2%；仁寶第三季稅後純益31.5億元，季減6.2%，"
            "每股純益（EPS）0.71元。\n\n盤面上，台股加權指數收漲0.8%。")
    f = facts_of(text, PUB)
    assert _row(f, "1,205億元").unit == "TWD"
    profit = _row(f, "31.5億元")
    assert (profit.unit, profit.metric, profit.value) == ("TWD", "net_profit", 3.15e9)
    eps = _row(f, "0.71元")
    assert (eps.unit, eps.metric) == ("TWD", "eps")


def test_a_simplified_report_naming_a_taiwan_company_keeps_yuan_as_renminbi():
    f = facts_of("和硕的大陆子公司今年营收120亿元，同比增长8%。", PUB)
    assert _row(f, "120亿元").unit == "CNY"
