"""Round 48b, entity accuracy: a platform's or a firm's own English name written on the
document's masthead next to its Chinese name names the report's unnamed figures (never a
product row's name or the pinyin of the Chinese), and a court's or an arbitration commission's
name heading an award or a judgment between parties owns none of its figures (only its own
bulletin's). Invented texts and names throughout."""
from __future__ import annotations

from aigc_analysis.extract.facts import _adjudication_document
from tests.text_facts import facts_of


def _entity_of(text: str, quote: str) -> str:
    rows = facts_of(text)
    hit = rows[rows["quote"].str.contains(quote, regex=False)]
    assert len(hit) >= 1, rows[["entity", "metric", "value", "text"]].to_string()
    return hit.iloc[0]["entity"]


def test_an_award_or_judgment_is_an_adjudication_document():
    assert _adjudication_document("岚川市劳动人事争议仲裁委员会\n裁 决 书\n岚劳仲字〔2025〕第88号\n")
    assert _adjudication_document("澄江互联网法院\n民事判决书\n（2025）澄0101民初9号\n")
    # a court's own bulletin is no award: its figures stay the court's place's
    assert not _adjudication_document("澄江市中级人民法院\n2025年审判工作通报\n全年受理案件1.6万件\n")


_AWARD = ("岚川市劳动人事争议仲裁委员会\n裁 决 书\n\n岚劳仲字〔2025〕第88号\n\n"
          "申请人：赵某，男，1990年出生。\n被申请人：岚川星途智能科技有限公司。\n\n"
          "本委于2025年5月6日立案受理，申请人请求支付赔偿金12万元。\n\n"
          "星途智能2024年完成B轮融资5亿元，全年净亏损1.8亿元。\n")


def test_a_commission_heading_an_award_owns_none_of_its_figures():
    entity = _entity_of(_AWARD, "5亿元")
    assert "Arbitration" not in entity and entity != "Lanchuan", entity


def test_a_date_before_li_an_is_no_hitachi():
    assert _entity_of(_AWARD, "12万元") != "Hitachi"


_MASTHEAD = ("# 青岚引擎 QingLan Dialogue Cloud · API 更新日志\n\n"
             "## v2.1.0（2025-09-01）\n\n"
             "**新增模型 `talk-max-3`**\n- 参数量 300亿。\n\n"
             "## 平台运营数据（截至 2025-08-31）\n\n"
             "- 接入游戏 860款，注册开发者 5.2万。\n")


def test_bilingual_masthead_names_the_platforms_own_figures():
    assert _entity_of(_MASTHEAD, "860款") == "QingLan Dialogue Cloud"


def test_a_latin_name_not_spelling_the_chinese_is_no_masthead():
    text = _MASTHEAD.replace("QingLan Dialogue Cloud", "Orbit Dialogue Cloud")
    assert _entity_of(text, "860款") != "Orbit Dialogue Cloud"
