"""What a figure becomes: one US-dollar axis for several currencies, one panel per metric,
a key-figures table instead of one-bar panels, reader labels only."""
from __future__ import annotations

import datetime as dt

import matplotlib
import pandas as pd
import pytest

from aigc_analysis.pipeline import notebook_api as nb
from aigc_analysis.tables.currency import exchange_rates, to_usd
from aigc_analysis.present.style import apply_style

matplotlib.use("Agg")

LEAD = dict(publisher="Huatai Securities", published=dt.date(2024, 5, 9), qualifier=None,
            is_estimate=False, text="x", quote="")


def rows(*recs):
    return pd.DataFrame([{**LEAD, "doc_id": "r1.txt", **r} for r in recs])


CAPEX = rows(
    dict(entity="Big-4 US cloud providers", metric="capex", period="2024Q1", unit="USD",
         amount=4.435e10),
    dict(entity="China's three telecom operators", metric="capex", period="2022H1", unit="CNY",
         amount=1.6205e11, publisher="Essence International Securities"),
)


def test_exchange_rates_have_a_source_per_row():
    table = exchange_rates()
    assert {"CNY", "HKD"} <= set(table["currency"])
    assert table["source"].str.contains("Federal Reserve").all()
    assert (table["per_usd"] > 0).all()


def test_to_usd_uses_the_period_year_and_keeps_the_original():
    out = to_usd(CAPEX)
    cny = out.loc[out["unit"] == "CNY"].iloc[0]
    assert cny["amount"] == 1.6205e11  # original kept
    assert cny["fx_year"] == 2022 and cny["fx_rate"] == pytest.approx(6.729)
    assert cny["amount_usd"] == pytest.approx(1.6205e11 / 6.729)
    # a year the table lacks uses the nearest one it has, and says which
    later = to_usd(rows(dict(unit="CNY", amount=7.0809e9, period="2026")))
    assert later["fx_year"].iloc[0] == 2023 and later["amount_usd"].iloc[0] == pytest.approx(1e9)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_two_currencies_share_one_axis(lang):
    plan = nb.chart_plan("capex_by_period", CAPEX, lang)
    assert len(plan.panels) == 1 and plan.key_figures.empty
    _, frame, kwargs = plan.panels[0]
    assert kwargs["unit"] == "USD"
    values = list(frame["_value"])
    if lang == "zh":
        assert "1620.5亿元（约合240.8亿美元）" in values and "443.5亿美元" in values
        assert "北美四大云厂商（2024年一季度）" in list(frame["_label"])
        assert plan.notes == ["按2022年平均汇率1美元=6.729元折算（美联储G.5A）"]
    else:
        assert "RMB162.1bn (≈US$24.1bn)" in values
        assert "2022 average rate US$1 = 6.729 CNY" in plan.notes[0]


def test_drawn_chart_shows_no_codes():
    apply_style("zh")
    ax = nb.draw("capex_by_period", CAPEX, "zh")
    texts = [t.get_text() for t in ax.get_yticklabels()] + [ax.get_xlabel(), ax.get_ylabel()]
    texts += [t.get_text() for t in ax.texts]
    assert not [t for t in texts if "_" in t], texts
    assert "金额（折合美元）" == ax.get_xlabel()
    assert any("6.729" in t.get_text() for t in ax.texts)  # the rate is in the footnote


def test_different_metrics_never_share_a_panel():
    users = pd.DataFrame([{**LEAD, "doc_id": "r1.txt", "entity": e, "metric": m, "base_metric": m,
                           "period": "", "unit": "count", "users_count": v}
                          for e, m, v in [("ChatGPT", "monthly_active_users", 1e8),
                                          ("Gemini", "monthly_active_users", 5e7),
                                          ("Copilot Studio", "customers", 3e4),
                                          ("ChatGPT", "paid_users", 2e6)]])
    plan = nb.chart_plan("adoption_users", users, "zh")
    assert len(plan.panels) == 1  # only monthly users have two rows
    _, frame, _ = plan.panels[0]
    assert set(frame["base_metric"]) == {"月活跃用户"}
    # the other metrics have one figure each: a key-figures table, not one-bar panels
    assert sorted(plan.key_figures["base_metric"]) == ["付费用户", "客户数"]
    table = nb.key_figures_table(plan, "zh")
    assert list(table.columns) == ["主体", "指标", "数值", "来源"]
    assert "华泰证券 2024年5月9日" in set(table["来源"])


def test_estimates_and_qualifiers_stay_in_labels():
    data = rows(dict(entity="A", metric="market_size", period="2030", unit="CNY", amount=1e12,
                     is_estimate=True, qualifier="over"),
                dict(entity="B", metric="market_size", period="2030", unit="CNY", amount=5e11))
    plan = nb.chart_plan("market_size", data, "zh")
    values = list(plan.panels[0][1]["_value"])
    assert "超1万亿元（预测）" in values
    assert "A（2030年）" in list(plan.panels[0][1]["_label"])


def test_colliding_labels_say_what_differs():
    quote = "纳斯达克指数2023年以来累计涨幅达67%，较疫后线上经济峰值水平100%的涨幅仍有距离"
    data = pd.DataFrame([{**LEAD, "doc_id": "r1.txt", "entity": "Nasdaq Composite",
                          "metric": "return", "period": "2024-06-13", "unit": "ratio",
                          "move": "return", "move_ratio": v, "text": t, "quote": quote}
                         for v, t in [(0.67, "67%"), (1.0, "100%")]])
    labels = list(nb.chart_plan("valuation_moves", data, "zh").panels[0][1]["_label"])
    assert len(set(labels)) == 2
    assert any("较疫后线上经济峰值水平" in x for x in labels), labels
    assert any("以来累计涨幅达" in x for x in labels), labels


def test_chart_sources_cite_dates_at_their_precision():
    apply_style("zh")
    docs = pd.DataFrame({"doc_id": ["r1.txt"], "publisher": ["Huatai Securities"],
                         "published": [dt.date(2024, 5, 1)], "published_precision": ["month"]})
    data = CAPEX.assign(doc_id="r1.txt", publisher="Huatai Securities",
                        published=dt.date(2024, 5, 1))
    ax = nb.draw("capex_by_period", data, "zh", docs)
    source = next(t.get_text() for t in ax.texts if t.get_gid() == "source")
    assert "华泰证券（2024年5月）" in source and "5月1日" not in source, source
