"""Entities on found facts (fixer fixent38): the name a figure is about when the text names it in
a form the extractor spelt letter by letter, or names no one at all.

* A firm no lexicon row holds is named by its trade name in pinyin, its generic words and
  descriptors translated or dropped: 算力, 集成, 信托, 国际, 视界, 电信 and 人寿保险 are generic
  words of compute lessors, integrators, trust companies, carriers and insurers, never pinyin.
* A branch (分公司, 分行) is named by its firm: the place and the branch word are dropped.
* A figure naming no one after every other rule is the document's principal subject's, when
  one name carries clearly the most of its figures.

Every example is invented: the names and figures exist in no report.
"""
from __future__ import annotations

from aigc_analysis.extract import facts
from aigc_analysis.extract.names import branch_trunk, english_name, firm_english


# --- generic words of a firm's name are translated, never spelt -------------------------------

def test_a_compute_firms_generic_word_is_translated():
    assert english_name("澜岳算力") == "Lanyue Computing"
    assert firm_english("澜岳算力科技集团有限公司") == "Lanyue"


def test_integrator_trust_and_vision_words_are_translated():
    assert english_name("岳汇集成") == "Yuehui Integration"
    assert firm_english("岳汇集成") == "Yuehui"
    assert english_name("澜海国际信托") == "Lanhai International Trust"
    assert firm_english("澜海国际信托") == "Lanhai"
    assert firm_english("岳澜视界") == "Yuelan"


def test_a_carriers_generic_word_is_translated():
    assert english_name("岳通电信") == "Yuetong Telecom"


def test_an_insurers_generic_words_are_translated():
    assert english_name("岳禾人寿保险") == "Yuehe Life Insurance"
    assert firm_english("岳禾人寿保险股份有限公司") == "Yuehe"


# --- a branch is named by its firm -----------------------------------------------------------

def test_a_provincial_branch_is_its_firm():
    assert branch_trunk("岳通电信澄南省分公司") == "岳通电信"
    assert firm_english("岳通电信澄南省分公司") == "Yuetong"


def test_a_city_branch_is_its_firm():
    assert firm_english("澜岳科技青州市分公司") == "Lanyue"


def test_a_name_without_a_branch_word_is_unchanged():
    assert branch_trunk("澜岳科技") == "澜岳科技"
    assert branch_trunk("澄南省分") == "澄南省分"


def test_a_branch_word_with_no_firm_before_it_stays_a_name():
    assert branch_trunk("澄南省分公司") == "澄南省分公司"


# --- a figure naming no one is the principal subject's ----------------------------------------

def _row(entity: str) -> dict:
    return {"entity": entity, "metric": "revenue"}


def test_unnamed_figures_take_the_name_of_most_figures():
    rows = [_row("Lanyue")] * 3 + [_row("Qinghe"), _row(facts.UNSPECIFIED)]
    rows = [dict(r) for r in rows]
    out = facts._principal_subject_fill(rows)
    assert out[-1]["entity"] == "Lanyue"
    assert out[3]["entity"] == "Qinghe"  # a named figure keeps its name


def test_no_principal_when_two_names_tie():
    rows = [dict(_row(e)) for e in ["Lanyue"] * 3 + ["Qinghe"] * 3 + [facts.UNSPECIFIED]]
    assert facts._principal_subject_fill(rows)[-1]["entity"] == facts.UNSPECIFIED


def test_no_principal_from_too_few_figures():
    rows = [dict(_row(e)) for e in ["Lanyue", "Lanyue", facts.UNSPECIFIED]]
    assert facts._principal_subject_fill(rows)[-1]["entity"] == facts.UNSPECIFIED


def test_a_lower_case_topic_is_no_principal_subject():
    rows = [dict(_row(e)) for e in ["data centres"] * 4 + ["Lanyue"] * 3 + [facts.UNSPECIFIED]]
    assert facts._principal_subject_fill(rows)[-1]["entity"] == "Lanyue"


def test_merge_repeats_names_unnamed_rows_after_merging():
    base = {"theme": "earnings", "unit": "CNY", "period": "2025Q3", "value_high": float("nan"),
            "text": "", "quote": "", "start": 0, "end": 0}
    rows = [dict(base, entity="Lanyue", metric=m, value=v, start=i, end=i + 1)
            for i, (m, v) in enumerate([("revenue", 1e9), ("net_profit", 2e8), ("gross_profit", 3e8)])]
    rows.append(dict(base, entity=facts.UNSPECIFIED, metric="gross_margin", value=0.3, unit="ratio", start=9, end=10))
    out = facts.merge_repeats(rows)
    assert len(out) == 4
    assert {r["entity"] for r in out} == {"Lanyue"}
