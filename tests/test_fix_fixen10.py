"""English broker excerpts inside Chinese notes (invented texts: Zentrix and Eastgate exist in no
report): English-style growth (+22% Y/Y, grew 41%, up from 36%), margin changes in pts, counts
named by the English noun after them, P/E multiples on EPS, PT shorthand, share moves."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 8, 14)
HEAD = "Eastgate Capital Markets — Technology Research 2025年8月14日\n"


def _facts(text: str):
    return facts_of_text(HEAD + text, PUB)


def _val(df, text: str):
    r = row_of(df, text)
    return r["theme"], r["metric"], round(float(r["value"]), 9), r["unit"]


def test_plus_signed_percent_after_an_amount_is_its_growth():
    df = _facts("Zentrix Data revenue reached US$12.6bn, +22% Y/Y.\n\nZentrix Edge revenue reached US$3.6bn, +23%.")
    assert _val(df, "+22%")[:3] == ("earnings", "revenue_growth", 0.22)
    assert _val(df, "+23%")[:3] == ("earnings", "revenue_growth", 0.23)


def test_grew_and_up_from_are_growth_of_the_cloud_segment():
    df = _facts("Zentrix Cloud services grew 41% Y/Y, up from 36% in FY1Q26.")
    assert _val(df, "41%")[:3] == ("earnings", "revenue_growth", 0.41)
    assert _val(df, "36%")[:3] == ("earnings", "revenue_growth", 0.36)


def test_margin_change_in_pts_is_negative_pp_when_it_fell():
    df = _facts("Zentrix Data gross margin was 61%, down ~3pts as the build-out scaled.")
    assert _val(df, "down ~3pts") == ("earnings", "gross_margin_change", -0.03, "pp")


def test_index_points_are_no_percentage_points():
    df = _facts("The Zentrix tech index fell 350pts on the day.")
    assert "350pts" not in set(df["text"])


def test_counts_named_by_the_english_noun_after_them():
    df = _facts("The company now operates more than 250 datacenters across 45 regions. "
                "It processed over 300 trillion tokens in FY25.")
    assert _val(df, "more than 250") == ("compute", "datacenters", 250.0, "count")
    assert _val(df, "45") == ("compute", "datacenter_regions", 45.0, "count")
    assert _val(df, "over 300 trillion") == ("adoption", "tokens_processed", 3e14, "count")


def test_processed_counts_only_tokens():
    df = _facts("The insurer processed 1.2mn claims in 2024.")
    assert not (df["metric"] == "tokens_processed").any()


def test_pt_is_a_target_price_and_x_eps_a_pe_and_shares_rose_a_share_move():
    df = _facts("Zentrix Corp. | Rating: Buy | PT: US$410 (from US$380)\n\n"
                "Our PT of US$415 is based on ~31x CY26E EPS of US$13.20. Shares rose ~7% in extended trading.")
    assert _val(df, "US$380")[:2] == ("valuation", "target_price")
    assert _val(df, "US$415")[:2] == ("valuation", "target_price")
    assert _val(df, "~31x") == ("valuation", "pe_ratio", 31.0, "multiple")
    assert _val(df, "~7%")[:3] == ("valuation", "return", 0.07)


def test_an_english_figure_equal_to_one_end_of_a_chinese_range_is_kept():
    df = _facts("【中文摘要】\nZentrix云增速41%，高于市场预期的34%-35%。\n\n"
                "Zentrix Cloud revenue surpassed US$30bn in FY25, up 34%.")
    assert _val(df, "34%")[:3] == ("earnings", "revenue_growth", 0.34)


# ---- entities: the covered company, not the broker, a product or a plural chip word ----------

RATED = ("Eastgate Capital Markets — Technology Research\n"
         "【中文摘要】\nEastgate维持买入评级，目标价由380美元上调至410美元。\n\n"
         "Lexicorp Holdings (LXCP) | Rating: Buy | PT: US$410 (from US$380)\n\n"
         "Lexicorp Cloud services grew 41% Y/Y. Management guided capex higher, with a mix of GPUs/CPUs. "
         "The company now operates more than 250 datacenters across 45 regions.\n\n"
         "Our PT of US$410 is based on ~31x CY26E EPS of US$13.20.")


def test_a_broker_setting_a_target_price_is_its_source_not_its_subject():
    df = facts_of_text(RATED, PUB)
    tp = df[df["metric"].str.startswith("target_price")]
    assert len(tp) >= 2 and "Eastgate" not in set(tp["entity"])


def test_the_rating_line_names_the_company_the_company_is_about():
    df = facts_of_text(RATED, PUB)
    assert row_of(df, "more than 250")["entity"] == "Lexicorp Holdings"
    assert row_of(df, "~31x")["entity"] == "Lexicorp Holdings"
    assert not df["entity"].isin(["CPUs", "GPUs", "Management"]).any()


def test_an_english_segment_detail_table_holds_segment_revenue():
    df = _facts("Segment detail (US$bn)\n"
                "Segment                               FY2Q25   FY2Q26   Y/Y\n"
                "Cloud Platforms                       18.5     23.1     25%\n"
                "Devices                               12.4     13.5     9%\n"
                "Source: Company data, Eastgate estimates.\n")
    r = row_of(df, "23.1")
    assert (r["theme"], r["entity"], r["metric"], r["period"]) == ("earnings", "Cloud Platforms", "revenue", "FY2026Q2")
    assert _val(df, "9%")[:3] == ("earnings", "revenue_growth", 0.09)


def test_english_now_dates_a_status_to_the_publication_month_but_known_does_not():
    df = _facts("Zentrix Corp. (ZNTX) | Rating: Buy | PT: US$410\n\n"
                "Management guided FY1Q26 capex to over US$3bn. The company now operates more than 250 datacenters.")
    assert row_of(df, "more than 250")["period"] == "2025-08"
    df = _facts("Zentrix Corp. (ZNTX) | Rating: Buy | PT: US$410\n\n"
                "Management guided FY1Q26 capex to over US$3bn. The well-known company operates more than 250 datacenters.")
    assert row_of(df, "more than 250")["period"] != "2025-08"


def test_an_english_possessive_keeps_a_segments_own_revenue():
    df = _facts("Alphabet Inc. (GOOGL) | Rating: Buy | PT: US$300\n\n"
                "For the first time, management disclosed Google Cloud's annual revenue: topping US$61bn in FY25, up 31%.")
    assert row_of(df, "US$61bn")["entity"] == "Google Cloud"


def test_a_trailing_window_of_months_ends_the_month_before_publication():
    df = _facts("Zentrix Corp. (ZNTX) | Rating: Buy | PT: US$410\n\n"
                "The company now operates more than 250 datacenters and added over 3GW of capacity in the past twelve months.")
    assert row_of(df, "over 3GW")["period"] == "2024-08/2025-07"
    assert not row_of(df, "more than 250")["period"].startswith("2024-08/")  # the window is the nearer figure's
    df = facts_of_text("某某证券 2025年8月14日\n青禾科技过去12个月新增超过2GW算力容量。", PUB)
    assert row_of(df, "超过2GW")["period"] == "2024-08/2025-07"


def test_a_trailing_window_that_is_a_calendar_quarter_is_written_as_one():
    from aigc_analysis.extract.periods import find_periods
    assert [p.value for p in find_periods("过去三个月", dt.date(2025, 10, 20))] == ["2025Q3"]
    assert [p.value for p in find_periods("the past twelve months", dt.date(2025, 7, 31))] == ["2024-07/2025-06"]
