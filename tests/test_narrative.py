"""Narrative text (aigc_analysis.present.narrative): numbers from facts, sources named, text escaped."""
import datetime as dt
import re

import numpy as np
import pandas as pd
import pytest

from aigc_analysis.present.formatting import escape_text
from aigc_analysis.present.narrative import narrate, narrative_numbers, unexplained_numbers
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
def test_narrative_is_a_few_sentences_naming_sources(theme, lang):
    text = narrate(theme, GOLD, DOCS, lang=lang).strip()
    ends = text.count("。") if lang == "zh" else len(re.findall(r"\.(?: |$)", text))
    assert 2 <= ends <= 6, text
    assert "\n" not in text  # one paragraph, not a listing per report
    # publishers in the page's language, dates at their precision
    if lang == "zh":
        assert re.search(r"据[^，）]+，\d{4}年\d{1,2}月", text), text
        assert not re.search(r"\d{4}-\d{2}", text), text
    else:
        assert re.search(r"\d{4}-\d{2}", text)
    assert "_" not in text.replace("\\_", "")  # no snake_case codes


def test_largest_smallest_and_ratio_link_to_both_facts():
    facts = pd.DataFrame([fact(entity="Microsoft", value=4e10, start=0, end=1),
                          fact(entity="Google", value=1e10, start=2, end=3, doc_id="r2.txt",
                               publisher="CITIC Securities")])
    docs = pd.DataFrame({"doc_id": ["r1.txt", "r2.txt"], "publisher": ["某证券", "CITIC Securities"],
                         "published": [dt.date(2024, 5, 9), dt.date(2024, 6, 1)],
                         "published_precision": ["day", "month"],
                         "text": ["x" * 5, "x" * 5]})
    zh = narrate("capex", facts, docs)
    assert "最高的是微软（2024年一季度），为400亿美元" in zh, zh
    assert "最低的是谷歌（2024年一季度），为100亿美元（据中信证券，2024年6月）" in zh, zh
    assert "前者约为后者的4倍" in zh
    en = narrate("capex", facts, docs, lang="en")
    assert "the highest is Microsoft (2024 Q1) at US\\$40bn" in en, en
    linked = narrate("capex", facts, docs, links=True)
    # the ratio is followed by one link per fact it was computed from
    assert re.search(r"4倍\[¹\]\(sources/0\.html#f-0-0-1\)\[²\]\(sources/1\.html#f-1-2-3\)",
                     linked), linked
    assert unexplained_numbers(zh, facts, docs) == []


def test_change_between_periods_and_disagreement():
    facts = pd.DataFrame([
        fact(metric="capex_growth", unit="ratio", value=0.35, period="2024Q1", start=0, end=1),
        fact(metric="capex_growth", unit="ratio", value=0.20, period="2023Q4", start=2, end=3),
        fact(metric="capex_growth", unit="ratio", value=0.50, period="2024Q1", start=0, end=1,
             doc_id="r2.txt", publisher="Huatai Securities"),
    ])
    zh = narrate("capex", facts)
    assert "Acme资本开支增速从2023年四季度的20%变为2024年一季度的" in zh, zh
    assert "各研报对Acme资本开支增速（2024年一季度）说法不一" in zh, zh
    assert "华泰证券" in zh and "相差15个百分点" in zh, zh
    assert unexplained_numbers(zh, facts) == []


def test_estimates_and_single_source_are_said():
    zh = narrate("capex", pd.DataFrame([fact(is_estimate=True)]))
    assert "是预测值" in zh and "仅有某证券" in zh, zh


def test_checker_catches_a_typed_number():
    text = narrate("capex", GOLD, DOCS)
    assert unexplained_numbers(text + "另有分析称增速为99%。", GOLD, DOCS) == ["99%"]
    assert unexplained_numbers(text + "规模达1234亿美元。", GOLD, DOCS) == ["1234亿美元"]
    assert unexplained_numbers("规模为443.5亿美元。", GOLD, DOCS) == []
    assert unexplained_numbers("规模为443.7亿美元。", GOLD, DOCS) == ["443.7亿美元"]
    # a multiple or a difference in points must be computed from two facts
    assert unexplained_numbers("前者约为后者的7777倍。", GOLD, DOCS) == ["7777倍"]
    assert unexplained_numbers("相差99.9个百分点。", GOLD, DOCS) == ["99.9个百分点"]
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
    assert "443.5亿美元" in zh and "35%" in zh and "据某证券，2024年5月9日" in zh
    en = narrate("capex", facts, lang="en")
    assert "US\\$44.4bn" in en and "某证券, 2024-05-09" in en


def test_qualifier_estimate_and_range():
    facts = pd.DataFrame([fact(qualifier="over", is_estimate=True, value=1e8, value_high=2e8, unit="CNY")])
    assert "Acme资本开支（2024年一季度）的超过1亿元至2亿元是预测值" in narrate("capex", facts)
    assert "over RMB100m to RMB200m" in narrate("capex", facts, lang="en")


def test_documents_override_date_precision():
    facts = pd.DataFrame([fact()])
    docs = pd.DataFrame({"doc_id": ["r1.txt"], "publisher": ["某证券"],
                         "published": [dt.date(2024, 5, 1)], "published_precision": ["month"]})
    assert "某证券，2024年5月）" in narrate("capex", facts, docs)
    assert "2024年5月9日" not in narrate("capex", facts, docs)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_hostile_text_is_escaped(lang):
    facts = pd.DataFrame([fact(entity=h, publisher=HOSTILE[0], period="", per=h)
                          for h in HOSTILE])
    text = narrate("capex", facts, lang=lang)
    for raw in ("<script>", "{__class__}", "{{", "}}", "[a](http", "$x^2$"):
        assert raw not in text
    assert "&lt;script&gt;" in text
    alone = narrate("capex", pd.DataFrame([fact(entity="$x^2$ {{ 7*7 }}")]), lang=lang)
    assert "\\$x^2\\$ &#123;&#123; 7\\*7 &#125;&#125;" in alone, alone
    # safe as a format string and as a Jinja-like template: no braces left at all
    assert "{" not in text and "}" not in text
    assert text.format() == text
    assert unexplained_numbers(text, facts) == []


def test_empty_theme_and_bad_arguments():
    assert narrate("market", pd.DataFrame([fact()])) == "市场规模：本批研报中没有相关数据。\n"
    with pytest.raises(ValueError, match="unknown theme"):
        narrate("weather", GOLD)
    with pytest.raises(ValueError, match="lang"):
        narrate("capex", GOLD, lang="fr")
    with pytest.raises(ValueError, match=r"missing columns \['publisher'\]"):
        narrate("capex", GOLD.drop(columns=["publisher"]))


def test_deterministic():
    assert narrate("earnings", GOLD, DOCS) == narrate("earnings", GOLD.iloc[::-1], DOCS)


def test_free_price_is_named():
    facts = pd.DataFrame([fact(theme="pricing", metric="price_change", value=-1.0, unit="ratio")])
    assert "-100%（免费）" in narrate("pricing", facts)
    assert "-100% (made free)" in narrate("pricing", facts, lang="en")
