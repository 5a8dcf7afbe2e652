"""An issuer's own filings (invented texts, made-up firms): an annual report's summary and
quarterly tables, a profit-distribution plan, an equity-incentive plan and a convertible bond's
terms - which metric, whose, when; near-misses that stay as they were."""
import datetime as dt

import pytest

from tests.helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 3, 28)
ISSUER = "Lanfeng"
#: under a 证券简称 line the issuer goes by that short name (澜锋智能), as the trade press names it
SHORT_NAME = "Lanfeng"
TITLE = "澜锋智能科技股份有限公司 2025年年度报告摘要\n\n公司代码：688321　　　　　　公司简称：澜锋智能\n\n"

SUMMARY_ROWS = [
    ("总资产", "8,765,432,109.87", "7,654,321,098.76", "14.52", "6,543,210,987.65"),
    ("营业收入", "3,456,789,012.34", "2,345,678,901.23", "47.37", "1,987,654,321.09"),
    ("归属于上市公司股东的净利润", "364,213,579.02", "-212,345,678.90", "不适用", "-156,789,012.34"),
    ("归属于上市公司股东的扣除非经常性损益的净利润", "301,234,567.89", "-250,123,456.78", "不适用", "-180,456,789.01"),
    ("经营活动产生的现金流量净额", "512,345,678.90", "258,123,456.78", "98.49", "101,234,567.89"),
    ("加权平均净资产收益率（%）", "8.12", "-5.43", "增加13.55个百分点", "-4.01"),
]
HEAD = ("项目", "2025年", "2024年", "本年比上年增减(%)", "2023年")


def _summary(header_sep: str, row_sep: str, long_label_alone: bool) -> str:
    lines = ["3.1 近3年的主要会计数据和财务指标", "单位：元　币种：人民币", header_sep.join(HEAD)]
    for label, *cells in SUMMARY_ROWS:
        if long_label_alone and len(label) > 16:
            lines += [label, row_sep + row_sep.join(cells)]  # the label too long for its column
        else:
            lines.append(row_sep.join((label, *cells)))
    return TITLE + "\n".join(lines) + "\n\n"


LAYOUTS = [("\u3000", "    ", True),   # header in single full-width blanks, rows aligned with runs of blanks
           ("    ", "    ", True),     # every line aligned with runs of blanks
           ("\t", "\t", True),         # tab-separated
           ("\u3000", "    ", False)]  # the long label on its row's line


@pytest.mark.parametrize("header_sep,row_sep,alone", LAYOUTS)
def test_annual_summary_table(header_sep, row_sep, alone):
    df = facts_of_text(_summary(header_sep, row_sep, alone), PUB)
    want = {
        "8,765,432,109.87": ("total_assets", "2025", 8765432109.87, "CNY"),
        "7,654,321,098.76": ("total_assets", "2024", 7654321098.76, "CNY"),
        "14.52": ("total_assets_growth", "2025", 0.1452, "ratio"),  # 本年比上年: the report's year
        "-212,345,678.90": ("net_profit", "2024", -212345678.90, "CNY"),
        "-156,789,012.34": ("net_profit", "2023", -156789012.34, "CNY"),
        "301,234,567.89": ("net_profit_excl_nonrecurring", "2025", 301234567.89, "CNY"),
        "-180,456,789.01": ("net_profit_excl_nonrecurring", "2023", -180456789.01, "CNY"),
        "512,345,678.90": ("operating_cash_flow", "2025", 512345678.90, "CNY"),
        "98.49": ("operating_cash_flow_growth", "2025", 0.9849, "ratio"),
        "-5.43": ("roe", "2024", -0.0543, "ratio"),
        "13.55个百分点": ("roe_change", "2025", 0.1355, "pp"),
    }
    for text, (metric, period, value, unit) in want.items():
        r = row_of(df, text)
        assert (r["entity"], r["metric"], r["period"], r["unit"]) == (ISSUER, metric, period, unit), text
        assert r["value"] == pytest.approx(value), text
    assert not df["text"].str.contains("不适用").any()
    assert set(df["period"]) <= {"2023", "2024", "2025"}


QUARTERS = ("第一季度（1-3月份）", "第二季度（4-6月份）", "第三季度（7-9月份）", "第四季度（10-12月份）")
QUARTER_ROWS = [("营业收入", "612,345,678.90", "823,456,789.01", "901,234,567.89", "1,119,751,976.54"),
                ("归属于上市公司股东的净利润", "45,678,901.23", "78,901,234.56", "98,765,432.10", "140,868,011.13")]


@pytest.mark.parametrize("sep", ["\u3000", "    ", "\t"])
def test_quarterly_table_is_the_report_years_quarters(sep):
    # published in March 2026: the quarters are 2025's, the report's year, not the nearest ones
    lines = ["3.2 报告期分季度的主要会计数据", "单位：元　币种：人民币", sep + sep.join(QUARTERS)]
    lines += [sep.join(r) for r in QUARTER_ROWS]
    df = facts_of_text(TITLE + "\n".join(lines) + "\n", PUB)
    got = {t: tuple(row_of(df, t)[["entity", "metric", "period"]]) for t in
           ("612,345,678.90", "1,119,751,976.54", "45,678,901.23", "98,765,432.10")}
    assert got == {"612,345,678.90": (ISSUER, "revenue", "2025Q1"), "1,119,751,976.54": (ISSUER, "revenue", "2025Q4"),
                   "45,678,901.23": (ISSUER, "net_profit", "2025Q1"), "98,765,432.10": (ISSUER, "net_profit", "2025Q3")}


def test_quarters_in_a_broker_note_keep_the_publication_dating():
    # near-miss: not the issuer's own report, so 第一季度 in March is still the quarter under way
    text = "岳川证券研究所\n澜锋智能点评：一季度订单饱满\n公司第一季度收入预计同比增长30%。\n"
    df = facts_of_text(text, PUB)
    assert row_of(df, "30%")["period"] == "2026Q1"


DIVIDEND = TITLE + (
    "公司2025年度利润分配预案为：以实施权益分派股权登记日登记的总股本418,206,336股为基数，向全体股东"
    "每10股派发现金红利2.80元（含税），合计拟派发现金红利117,097,774.08元（含税），占本年度归属于上市公司股东"
    "净利润的比例为32.15%；同时以资本公积向全体股东每10股转增3股。本次利润分配预案尚需提交2025年年度股东大会审议。\n")


def test_dividend_plan_terms():
    df = facts_of_text(DIVIDEND, PUB)
    got = {t: tuple(row_of(df, t)[["entity", "theme", "metric", "unit"]]) for t in
           ("2.80元", "117,097,774.08元", "32.15%", "3", "418,206,336")}
    # a dividend is profit paid out: earnings (all five documents of the triage sets that state
    # one file dividends and payout ratios there); the bonus shares and the share base stay valuation
    assert got == {"2.80元": (ISSUER, "earnings", "dividend_per_10_shares", "CNY"),
                   "117,097,774.08元": (ISSUER, "earnings", "dividend_total", "CNY"),
                   "32.15%": (ISSUER, "earnings", "dividend_payout_ratio", "ratio"),
                   "3": (ISSUER, "valuation", "bonus_shares_per_10", "count"),
                   # the base of the plan is the company's share count, not a dividend
                   "418,206,336": (ISSUER, "valuation", "total_shares", "count")}
    assert row_of(df, "2.80元")["value"] == pytest.approx(2.8)
    assert row_of(df, "32.15%")["value"] == pytest.approx(0.3215)
    assert row_of(df, "3")["value"] == 3
    # near-misses: the 10 of 每10股, the year of the shareholders' meeting, the stock code
    assert not (df["value"] == 10).any()
    assert not df["text"].str.contains("688321").any()
    assert len(df) == 5


def test_dividend_variants():
    text = TITLE + ("拟向全体股东每10股派现金红利1.50元（含税），不送红股，不以资本公积转增股本。"
                    "本年度公司现金分红总额为45,000,000.00元，占本年度归属于上市公司股东净利润的比例为30.50%。\n")
    df = facts_of_text(text, PUB)
    assert row_of(df, "1.50元")["metric"] == "dividend_per_10_shares"
    assert row_of(df, "45,000,000.00元")["metric"] == "dividend_total"
    assert row_of(df, "30.50%")["metric"] == "dividend_payout_ratio"


def test_share_after_other_amounts_is_unchanged():
    # near-miss: an amount whose keyword is no distribution keeps its own share reading
    text = "公司研发投入5.2亿元，占营业收入的比例为12.3%。\n"
    df = facts_of_text(text, PUB)
    assert row_of(df, "12.3%")["metric"] != "dividend_payout_ratio"


INCENTIVE = (
    "澜锋智能科技股份有限公司2026年限制性股票激励计划（草案）摘要公告\n"
    "证券代码：688321　　证券简称：澜锋智能　　公告编号：2026-012\n"
    "本激励计划拟授予限制性股票500.00万股，约占本激励计划草案公告时公司股本总额26,737.50万股的1.87%。"
    "其中首次授予400.00万股，占本次授予权益总额的80.00%；预留100.00万股，占本次授予权益总额的20.00%。\n"
    "本激励计划首次授予的激励对象共计186人，约占公司员工总数1,024人的18.16%。\n"
    "本激励计划草案公告前1个交易日交易均价56.12元/股，授予价格占其50.78%。\n"
    "首次授予限制性股票的授予价格为每股28.50元，即满足授予条件后，激励对象可以每股28.50元的价格购买公司股票。\n"
    "经测算，每股限制性股票的公允价值为34.20元。\n"
    "归属安排\t归属时间\t归属权益数量占授予权益总量的比例\n"
    "第一个归属期\t自首次授予之日起12个月后的首个交易日起至24个月内的最后一个交易日止\t40%\n"
    "第二个归属期\t自首次授予之日起24个月后的首个交易日起至36个月内的最后一个交易日止\t35%\n"
    "第三个归属期\t自首次授予之日起36个月后的首个交易日起至48个月内的最后一个交易日止\t25%\n"
)


def test_incentive_plan_terms():
    df = facts_of_text(INCENTIVE, dt.date(2026, 3, 20))
    want = {"500.00万": ("restricted_shares_granted", 5e6), "26,737.50万": ("total_shares", 267375000),
            "1.87%": ("share_of_total_shares", 0.0187),  # named by its whole, as 占总股本的1.25%
            "80.00%": ("restricted_shares_initial_grant_share", 0.8),
            "20.00%": ("restricted_shares_reserved_share", 0.2),
            "186": ("incentive_recipients", 186), "18.16%": ("incentive_recipients_share_of_staff", 0.1816),
            "56.12元": ("average_trading_price", 56.12),
            "28.50元": ("grant_price", 28.5),  # written twice in its sentence: one claim, not a price "34.20元": ("fair_value_per_share", 34.2),
            "40%": ("vesting_ratio", 0.4), "35%": ("vesting_ratio", 0.35), "25%": ("vesting_ratio", 0.25)}
    for text, (metric, value) in want.items():
        r = row_of(df, text)
        assert (r["entity"], r["metric"]) == (SHORT_NAME, metric), text
        assert r["value"] == pytest.approx(value), text
    # near-misses: 第一个归属期 is no entity and no number; 前1个交易日 is no count
    assert set(df["entity"]) == {SHORT_NAME}
    assert not (df["value"] == 1).any()


CONVERTIBLE = (
    "澜锋智能科技股份有限公司向不特定对象发行可转换公司债券募集说明书摘要\n"
    "本次发行的可转债期限为自发行之日起6年。\n"
    "票面利率：第一年0.30%、第二年0.50%、第三年1.00%、第四年1.50%、第五年1.80%、第六年2.00%。\n"
    "在本次发行的可转债期满后五个交易日内，公司将按债券面值的110%（含最后一期利息）的价格赎回未转股的可转债。"
    "到期赎回价格为票面面值的110%（含最后一期利息）。\n"
    "本次发行的可转债初始转股价格为45.60元/股。\n"
)


def test_convertible_bond_terms():
    df = facts_of_text(CONVERTIBLE, dt.date(2026, 3, 5))
    want = {"6年": ("bond_term", 6, "years"), "0.30%": ("coupon_rate", 0.003, "ratio"),
            "2.00%": ("coupon_rate", 0.02, "ratio"), "110%": ("redemption_price_to_par", 1.1, "ratio"),
            "45.60元": ("conversion_price", 45.6, "CNY")}
    for text, (metric, value, unit) in want.items():
        r = row_of(df, text)
        assert (r["entity"], r["theme"], r["metric"], r["unit"]) == (ISSUER, "valuation", metric, unit), text
        assert r["value"] == pytest.approx(value), text
    assert not (df["theme"] == "pricing").any()  # …的价格赎回: the redemption price, stated twice, one row


def test_prose_between_rows_is_no_label():
    # near-miss: a sentence between two rows, or a label whose next line has its own label, joins nothing
    from aigc_analysis.extract.segment import rejoin_wrapped_lines
    text = ("项目    2025年    2024年\n营业收入    12.5    10.1\n注：本表数据经审计。\n    3.5    2.8\n"
            "毛利率\n净利率    8.1    7.2\n")
    assert rejoin_wrapped_lines(text) == text
    table = "项目    2025年    2024年\n营业收入    12.5    10.1\n归属于上市公司股东的净利润\n    3.5    2.8\n"
    assert rejoin_wrapped_lines(table).count("\n") == table.count("\n") - 1


def test_page_footer_and_code_are_no_facts():
    text = _summary("\u3000", "    ", True) + "第 3 页 共 12 页\n"
    df = facts_of_text(text, PUB)
    assert not df["text"].isin(["3", "12", "688321"]).any()


def test_a_figure_restated_in_its_sentence_keeps_its_measure_only_when_nothing_between():
    # near-miss: the same figure after another measure word is that measure's
    df = facts_of_text("澜锋智能2024年营业收入10亿元，2025年营业收入10亿元。\n", PUB)
    assert sorted(df["period"]) == ["2024", "2025"] and set(df["metric"]) == {"revenue"}
    df = facts_of_text("澜锋智能授予价格为每股20元，回购价格不超过20元。\n", PUB)
    assert set(df["metric"]) == {"grant_price", "share_buyback_price_cap"}
