"""The organisation a report's title opens on is the subject of its figures that name no one
(invented texts; names.title_brand and _DocExtractor._title_brand)."""
from aigc_analysis.extract.names import title_brand, firm_english, english_name
from tests.text_facts import facts_of


def _entity_of(text: str, shown: str) -> str:
    rows = facts_of(text)
    hit = rows[rows["text"] == shown]
    assert len(hit) == 1, rows[["theme", "entity", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]["entity"]


def test_title_brand_reads_a_trade_name_before_type_words():
    assert title_brand("岚演票务2025年上半年治理透明度报告") == "Lanyan"
    assert title_brand("澄和醫療體系　114年度上半年成果報告") == "Chenghe"
    assert title_brand("澄川住房公积金2024年年度报告") == "Chengchuan"
    assert title_brand("岳选直播 · 2025年大促复盘") == "Yuexuan"


def test_title_brand_refuses_phrases_places_and_bare_names():
    assert title_brand("中国人工智能产业2025年发展报告") is None  # a place and a field
    assert title_brand("全球半导体2025年展望") is None  # a market word
    assert title_brand("民政与基层治理数字化简报") is None  # a phrase, no type word
    assert title_brand("岚演票务") is None  # a name alone on the line: a letterhead, read elsewhere
    assert title_brand("岚演票务平台治理报告") is None  # no year or Latin word after it
    assert title_brand("岚溪日报　地方新闻　A14") is None  # a newspaper's page head
    assert title_brand("能源与矿业AI落地观察") is None  # a phrase (与)


def test_new_type_words_translate():
    assert english_name("岚演票务") == "Lanyan Tickets"
    assert english_name("澄川住房公积金") == "Chengchuan Housing Provident Fund"
    assert firm_english("澄和医疗体系") == "Chenghe"


def test_title_brand_names_unnamed_figures_over_a_model_written_once():
    text = ("岚演票务2025年上半年反欺诈治理透明度报告\n\n"
            "一、总体情况\n"
            "上半年平台交易额为186亿元，同比增长27%。\n\n"
            "二、技术\n"
            "风控模型的版本号（如QX-Guard 3）仅为内部代号。\n")
    assert _entity_of(text, "186亿元") == "Lanyan"


def test_title_of_a_field_names_no_one():
    text = ("中国人工智能产业2025年发展报告\n\n"
            "一、总体情况\n"
            "上半年平台交易额为186亿元，同比增长27%。\n")
    assert "Zhongguo" not in _entity_of(text, "186亿元")


def test_broker_opening_its_title_is_no_subject():
    text = ("岚信证券2025年度人工智能行业策略\n\n"
            "一、总体情况\n"
            "上半年行业交易额为186亿元，同比增长27%。\n")
    assert _entity_of(text, "186亿元") != "Lanxin"


def test_food_delivery_type_word_makes_a_title_brand():
    assert title_brand("岚达外卖2024年度骑手与商户发展报告") == "Landa"
    assert english_name("岚达外卖") == "Landa Food Delivery"


def test_revpar_is_a_metric_not_the_documents_subject():
    text = ("岚庭酒店集团2025年9月经营数据月报\n\n"
            "一、经营概况\n"
            "9月全部在营酒店RevPAR为218.6元，同比下降2.3%。\n"
            "中高端酒店RevPAR为312.4元，经济型酒店RevPAR为156.2元。\n"
            "9月新开业酒店46家。\n")
    assert "Lanting" in _entity_of(text, "218.6元")
    assert "RevPAR" not in set(facts_of(text)["entity"])
