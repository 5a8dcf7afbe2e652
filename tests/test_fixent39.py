"""Entity classes of round 39, on invented texts of invented places, firms and surveys:
generic words inside a name spelt in pinyin are translated (智慧 Smart, 湾区 Bay Area) rather
than spelt into the trade name; a verb of approval (同意) leads no firm's name; and a Traditional
release's survey of a kind of people (長者) names its respondents' shares by that kind in the
place the release is from (Hong Kong elderly), not Survey respondents nor Surveyed companies."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.names import english_name, find_unknown_names, firm_english
from helpers_text import entity_of, facts_of_text

PUB = dt.date(2026, 2, 10)


# --- class 1: generic words of a name are translated, not spelt ---------------------------------
def test_generic_word_before_a_descriptor_is_translated_not_spelt():
    """青沙智慧科技: 智慧 is a word of the name's meaning (Smart), the trade name is 青沙 alone."""
    assert firm_english("青沙智慧科技") == "Qingsha"
    assert english_name("青沙智慧") == "Qingsha Smart"


def test_region_word_alone_is_its_english_name():
    """湾区 written alone as a name is the region (Bay Area), not a firm spelt Wanqu."""
    assert english_name("湾区") == "Bay Area"
    assert english_name("灣區") == "Bay Area"


# --- class 2: a verb of approval opens no firm's name -------------------------------------------
def test_approval_verb_is_no_part_of_the_firm_name():
    names = [n.name for n in find_unknown_names("关于同意岚溪智算科技股份有限公司向特定对象发行股票注册的批复")]
    assert "岚溪智算科技" in names
    assert not any(n.startswith("同意") for n in names)


# --- class 3: a survey of a kind of people names its respondents' shares by that kind -----------
HK_SURVEY = ("松鶴長者服務中心　新聞稿\n\n「長者與智能手機」調查：四成長者每日用AI\n\n"
             "中心今日公布調查結果，共訪問了812名長者，涉及的服務費用為港幣50元。\n\n"
             "一、使用情況：37%受訪者表示每日使用AI工具，較去年上升9個百分點。\n\n"
             "二、只有6%願意為AI服務付費，每月預算約港幣40元。\n")


def test_traditional_survey_of_elderly_names_respondents_by_kind_and_place():
    df = facts_of_text(HK_SURVEY, PUB)
    assert entity_of(df, "37%") == "Hong Kong elderly"
    assert entity_of(df, "9個百分點") == "Hong Kong elderly"


def test_simplified_survey_keeps_its_respondent_names():
    """A Simplified text tells no place by its script: its respondents stay as the sentence names them."""
    text = ("「长者与智能手机」调查：四成长者每日用AI\n\n"
            "一、使用情况：37%受访者表示每日使用AI工具，较去年上升9个百分点。\n")
    df = facts_of_text(text, PUB)
    assert entity_of(df, "37%") == "Survey respondents"


def test_traditional_survey_naming_no_kind_of_people_keeps_its_names():
    """A survey line naming no kind of people (調查 of 企業) renames nothing."""
    text = ("松鶴研究所　新聞稿\n\n「企業與AI」調查結果公布\n\n"
            "一、使用情況：37%受訪者表示每日使用AI工具，較去年上升9個百分點。\n")
    df = facts_of_text(text, PUB)
    assert entity_of(df, "37%") == "Survey respondents"
