"""Round 48, entity accuracy of rows about institutions that are no listed firm: a court's, an
arbitration commission's, a bar association's or an esports body's name is written by its place
and its type word in English, not spelt in pinyin; a Taiwan city opening a court's name is its
usual English name after Taiwan; a court takes its place bare (no Province); and a place's
association heading its own bulletin is the issuing body whose unnamed figures are its place's.
Invented texts and names throughout."""
from __future__ import annotations

from aigc_analysis.extract.facts import _issuing_body
from aigc_analysis.extract.names import english_name
from tests.text_facts import facts_of


def _entity_of(text: str, quote: str) -> str:
    rows = facts_of(text)
    hit = rows[rows["quote"].str.contains(quote, regex=False)]
    assert len(hit) >= 1, rows[["entity", "metric", "value", "text"]].to_string()
    return hit.iloc[0]["entity"]


def test_court_and_commission_type_words_are_translated():
    assert english_name("岭川市中级人民法院") == "Lingchuan Intermediate People's Court"
    assert english_name("澄江仲裁委员会") == "Chengjiang Arbitration Commission"
    assert english_name("澄川市律师协会") == "Chengchuan Lawyers Association"
    assert english_name("溪澜市电子竞技运动协会") == "Xilan Esports Association"


def test_a_court_takes_its_place_bare():
    assert english_name("岭西省高级人民法院") == "Lingxi High People's Court"
    # a fund keeps its place's level word, as before
    assert english_name("澄南省产业基金") == "Chengnan Province Industry Fund"


def test_taiwan_city_after_taiwan_is_its_usual_english_name():
    assert english_name("臺灣臺南地方法院") == "Taiwan Tainan District Court"
    assert english_name("臺灣高雄地方法院") == "Taiwan Kaohsiung District Court"
    # a place no table holds is still spelt
    assert english_name("臺灣澄溪地方法院") == "Taiwan Chengxi District Court"


def test_association_heading_its_bulletin_is_an_issuing_body():
    assert _issuing_body("澄川市律师协会会刊") == "澄川市律师协会"
    assert _issuing_body("岭西省高级人民法院") == "岭西省高级人民法院"
    # a firm's department is still none
    assert _issuing_body("宝瀚投顾研究部") is None


def test_unnamed_figures_of_an_associations_bulletin_are_its_places():
    text = ("澄川市律师协会会刊·通讯\n2025年第2期　　2025年4月18日出版\n\n"
            "截至2024年12月31日，全市共有执业律师5,210人，较上年末增长6.4%。\n")
    assert _entity_of(text, "5,210人") == "Chengchuan"
