"""Investor-relations Q&A digests (the answer is the coded company's) and the segment names of
big Chinese tech firms, on invented text."""
import datetime as dt

from helpers_text import entity_of, facts_of_text

DAY = dt.date(2025, 8, 20)


def test_heading_company_owns_the_answer_not_its_product():
    df = facts_of_text("【中际旭创 300308】\n问：请问公司800G产品目前月产能多少？\n"
                       "答：您好，公司800G光模块月产能已超过150万只，前五大客户收入占比约七成。感谢关注。\n", DAY)
    assert entity_of(df, "超过150万") == "Innolight"
    assert entity_of(df, "约七成") == "Innolight"


def test_heading_company_not_the_firm_the_question_names():
    df = facts_of_text("【北辰液冷 301234】\n问：请问公司与英伟达的合作进展如何？\n"
                       "答：您好，我司液冷产品收入同比增长120%，毛利率约为35%。\n", DAY)
    assert entity_of(df, "120%") == "Beichen"
    assert entity_of(df, "35%") == "Beichen"


def test_each_heading_owns_its_own_answers():
    df = facts_of_text("【中际旭创 300308】\n问：800G产能？\n答：公司800G光模块月产能超过150万只。\n"
                       "【新易盛 300502】\n问：良率如何？\n答：公司1.6T光模块良率稳定在95%以上。\n", DAY)
    assert entity_of(df, "超过150万") == "Innolight"
    assert entity_of(df, "95%以上") == "Eoptolink"


def test_reply_line_company_owns_the_reply():
    df = facts_of_text("中际旭创（300308）回复称：公司800G光模块良率稳定在95%以上。\n", DAY)
    assert entity_of(df, "95%以上") == "Innolight"


def test_prose_without_a_digest_is_unchanged():
    # near miss: no coded heading, no answer tag -> the product stays the subject
    df2 = facts_of_text("问：请问800G光模块产能？\n答：800G光模块行业月产能超过150万只。\n", DAY)
    assert entity_of(df2, "超过150万") == "800G optical transceivers"


def test_traditional_segment_names():
    df = facts_of_text("騰訊金融科技及企業服務業務收入582億元，按年升10%。\n", DAY)
    assert entity_of(df, "582億元") == "Tencent FinTech and Business Services"
    df = facts_of_text("阿里雲智能集團收入296億元，同比增長26%。淘天集團收入1010億元。\n", DAY)
    assert entity_of(df, "296億元") == "Alibaba Cloud Intelligence Group"
    assert entity_of(df, "1010億元") == "Taobao and Tmall Group"


def test_simplified_segment_names_and_a_bare_cloud():
    df = facts_of_text("腾讯网络广告收入350亿元，同比增长20%。阿里云收入增长26%。\n", DAY)
    assert entity_of(df, "350亿元") == "Tencent Online Advertising"
    assert entity_of(df, "26%") == "Alibaba Cloud"  # near miss: the bare cloud brand keeps its row
