"""Narrative text (aigc_analysis.narrative): numbers from facts, sources named, text escaped."""
import datetime as dt
import re

import numpy as np
import pandas as pd
import pytest

from aigc_analysis.formatting import escape_text
from aigc_analysis.narrative import narrate, narrative_numbers, unexplained_numbers
from aigc_analysis.paths import FACT_COLUMNS, THEMES
from helpers_facts import gold_documents, gold_facts

GOLD = gold_facts()
DOCS = gold_documents()
HOSTILE = ["<script>alert(1)</script>", "$x^2$", "{__class__}", "{{ 7*7 }}", "[a](http://x)"]


def fact(**kw):
    row = dict.fromkeys(FACT_COLUMNS)
    row.update(doc_id="r1.txt", theme="capex", entity="Acme", metric="capex", value=4.435e10,
               value_high=np.nan, unit="USD", period="2024Q1", text="x", start=0, end=1,
               publisher="某证券", published=dt.date(2024, 5, 9), is_estimate=False)
    row.update(kw)
    return row


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("theme", THEMES)
def test_every_number_comes_from_a_fact(theme, lang):
    text = narrate(theme, GOLD, DOCS, lang=lang)
    assert unexplained_numbers(text, GOLD, DOCS) == []
    # every fact of the theme appears (gold has < 40 facts per report and theme)
    quantities = [n for n in narrative_numbers(text) if n.kind != "period"]
    assert quantities


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("theme", THEMES)
def test_each_report_paragraph_names_its_source(theme, lang):
    text = narrate(theme, GOLD, lang=lang)
    paragraphs = text.strip().split("\n\n")[1:]
    docs = GOLD.loc[GOLD["theme"] == theme, "doc_id"].unique()
    assert len(paragraphs) == len(docs)
    publishers = {escape_text(p) for p in GOLD.loc[GOLD["theme"] == theme, "publisher"]}
    for para in paragraphs:
        assert any(para.startswith(("据" if lang == "zh" else "According to ") + p) for p in publishers)
        assert re.search(r"\d{4}-\d{2}", para)


def test_checker_catches_a_typed_number():
    text = narrate("capex", GOLD, DOCS)
    assert unexplained_numbers(text + "另有分析称增速为99%。", GOLD, DOCS) == ["99%"]
    assert unexplained_numbers(text + "规模达1234亿美元。", GOLD, DOCS) == ["1234亿美元"]
    assert unexplained_numbers(text.replace("443.5亿美元", "443.7亿美元"), GOLD, DOCS) == ["443.7亿美元"]
    assert unexplained_numbers(text + "（2019Q3）", GOLD, DOCS) == ["2019Q3"]


def test_narrative_numbers_parse_units():
    got = {n.text: (n.kind, n.value) for n in narrative_numbers(
        "443.5亿美元；US\\$44.4bn；-RMB230m；26个百分点；26pp；5000亿；45TB；10倍；2 months；8；2024Q1")}
    assert got["443.5亿美元"] == ("quantity", pytest.approx(4.435e10))
    assert got["US\\$44.4bn"] == ("quantity", pytest.approx(4.44e10))
    assert got["-RMB230m"] == ("quantity", pytest.approx(-2.3e8))
    assert got["26个百分点"][1] == pytest.approx(0.26) and got["26pp"][1] == pytest.approx(0.26)
    assert got["5000亿"][1] == pytest.approx(5e11) and got["45TB"][1] == pytest.approx(4.5e13)
    assert got["10倍"][1] == 10 and got["2 months"][1] == 2
    assert got["8"] == ("bare", 8.0) and got["2024Q1"][0] == "period"


def test_numbers_are_formatted_from_values():
    facts = pd.DataFrame([fact(), fact(metric="capex_growth", value=0.35, unit="ratio")])
    zh = narrate("capex", facts)
    assert "443.5亿美元" in zh and "35%" in zh and "某证券（2024-05-09）" in zh
    en = narrate("capex", facts, lang="en")
    assert "US\\$44.4bn" in en and "According to 某证券 (2024-05-09)" in en


def test_qualifier_estimate_and_range():
    facts = pd.DataFrame([fact(qualifier="over", is_estimate=True, value=1e8, value_high=2e8, unit="CNY")])
    assert "Acme资本开支（2024Q1，预测）为超过1亿元至2亿元" in narrate("capex", facts)
    assert "over RMB100m to RMB200m" in narrate("capex", facts, lang="en")


def test_documents_override_date_precision():
    facts = pd.DataFrame([fact()])
    docs = pd.DataFrame({"doc_id": ["r1.txt"], "publisher": ["某证券"],
                         "published": [dt.date(2024, 5, 1)], "published_precision": ["month"]})
    assert "某证券（2024-05）" in narrate("capex", facts, docs)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_hostile_text_is_escaped(lang):
    facts = pd.DataFrame([fact(entity=h, publisher=HOSTILE[0], period="", per=h)
                          for h in HOSTILE])
    text = narrate("capex", facts, lang=lang)
    for raw in ("<script>", "{__class__}", "{{", "}}", "[a](http", "$x^2$"):
        assert raw not in text
    for h in HOSTILE:
        assert escape_text(h) in text
    assert "&lt;script&gt;" in text and "\\$x^2\\$" in text
    # safe as a format string and as a Jinja-like template: no braces left at all
    assert "{" not in text and "}" not in text
    assert text.format() == text
    assert unexplained_numbers(text, facts) == []


def test_empty_theme_and_bad_arguments():
    assert narrate("market", pd.DataFrame([fact()])) == "市场规模：本批报告中没有相关数据。"
    with pytest.raises(ValueError, match="unknown theme"):
        narrate("weather", GOLD)
    with pytest.raises(ValueError, match="lang"):
        narrate("capex", GOLD, lang="fr")
    with pytest.raises(ValueError, match=r"missing columns \['publisher'\]"):
        narrate("capex", GOLD.drop(columns=["publisher"]))


def test_long_reports_are_cut_with_marker():
    facts = pd.DataFrame([fact(value=float(i + 1) * 1e9, start=i, end=i + 1) for i in range(5)])
    text = narrate("capex", facts, max_facts_per_report=2)
    assert text.count("亿美元") == 2 and text.rstrip().endswith("等。")


def test_deterministic():
    assert narrate("earnings", GOLD, DOCS) == narrate("earnings", GOLD.iloc[::-1], DOCS)


def test_free_price_is_named():
    facts = pd.DataFrame([fact(theme="pricing", metric="price_change", value=-1.0, unit="ratio")])
    assert "为-100%（免费）" in narrate("pricing", facts)
    assert "-100% (made free)" in narrate("pricing", facts, lang="en")
