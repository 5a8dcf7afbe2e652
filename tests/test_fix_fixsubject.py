"""Subject choice (invented texts): the part of a share and 其's company, the winner of an order
rather than its customer, and a cause clause's concept that is no subject."""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

PUB = dt.date(2026, 4, 16)


# ---- A占B: the part, or the company 其 stands for ----------------------------------------------

def test_share_of_a_whole_is_the_parts():
    df = facts_of_text("HBM占DRAM总产值的比重从约9%升至逾三成。", PUB)
    assert entity_of(df, "约9%") == "HBM"
    assert entity_of(df, "逾三成") == "HBM"


def test_share_of_its_whole_is_the_company_named_before():
    df = facts_of_text("SK海力士三季度营收约25万亿韩元。HBM占其DRAM营收的比重已超过45%。", PUB)
    assert entity_of(df, "超过45%") == "SK Hynix"
    df = facts_of_text("英伟达三季度营收约320亿美元。数据中心业务占其总营收的比重升至63%。", PUB)
    assert entity_of(df, "63%") == "Nvidia"


def test_share_with_subject_before_zhan_unchanged():
    # near-misses: a company or country before 占 already is the subject
    assert entity_of(facts_of_text("台积电占全球晶圆代工市场的62%。", PUB), "62%") == "TSMC"
    assert entity_of(facts_of_text("中国占全球AI服务器市场份额的31%。", PUB), "31%") == "China"
    assert entity_of(facts_of_text("英伟达数据中心业务占总营收的64%。", PUB), "64%") == "Nvidia"


# ---- an order won: the winner's, not the customer's ------------------------------------------

def test_order_belongs_to_its_winner():
    df = facts_of_text("工业富联获得特斯拉订单约6亿元，并将扩产资本开支约4亿元。", PUB)
    assert entity_of(df, "约6亿元") == "Foxconn Industrial Internet"
    assert entity_of(df, "约4亿元") == "Foxconn Industrial Internet"
    df = facts_of_text("SK海力士拿下微软定制HBM大单，金额约8.5万亿韩元。", PUB)
    assert entity_of(df, "约8.5万亿韩元") == "SK Hynix"


def test_customer_alone_keeps_its_orders():
    # near-miss: no winner named before a winning verb
    assert entity_of(facts_of_text("特斯拉订单金额约7亿元。", PUB), "约7亿元") == "Tesla"


# ---- a cause clause names no subject -------------------------------------------------------

def test_cause_clause_concept_is_no_subject():
    df = facts_of_text("◆ 东京电子（8035）\n受半导体需求带动，第3季营收6,210亿日元。", PUB)
    assert entity_of(df, "6,210亿日元") == "Tokyo Electron"
    df = facts_of_text("◆ 东京电子（8035）\n在AI服务器需求推动下，第3季营收6,230亿日元。", PUB)
    assert entity_of(df, "6,230亿日元") == "Tokyo Electron"
    df = facts_of_text("◆ 东京电子（8035）\n得益于AI服务器需求，第3季营收6,240亿日元。", PUB)
    assert entity_of(df, "6,240亿日元") == "Tokyo Electron"


def test_topic_clause_without_cause_keeps_its_concept():
    # near-miss: 在…领域 states no cause; the concept stays what the figure is about
    df = facts_of_text("◆ 东京电子（8035）\n在AI服务器领域，第3季营收6,250亿日元。", PUB)
    assert entity_of(df, "6,250亿日元") == "AI servers"


# ---- 国内净收入 under a firm's heading: the firm's home segment ---------------------------------

def test_home_revenue_under_a_firm_heading_is_the_firms():
    df = facts_of_text("■ 万国数据：海外业务提速\n3Q25国内净收入13.4亿元，同比增长7.1%。", PUB)
    assert entity_of(df, "13.4亿元") == "GDS Holdings"
    assert entity_of(df, "7.1%") == "GDS Holdings"
    df = facts_of_text("万国数据发布三季报。3Q25国内净收入13.6亿元。", PUB)
    assert entity_of(df, "13.6亿元") == "GDS Holdings"


def test_national_aggregates_stay_the_country():
    # near-misses: an industry's national revenue and a market keep their national subject
    df = facts_of_text("2025年国内软件业务收入约15万亿元，同比增长11%。", PUB)
    assert entity_of(df, "约15万亿元") == "China"
    df = facts_of_text("■ 万国数据：海外业务提速\n国内AI服务器市场规模约310亿元。", PUB)
    assert entity_of(df, "约310亿元") == "China AI server market"


# ---- a bullet headed by a name: its figures are the head's ----------------------------------

def test_bullet_head_beats_a_concept_of_the_line():
    df = facts_of_text("· 招商银行：大模型应用场景超过70个，单笔客服成本下降约三成。", PUB)
    assert entity_of(df, "超过70") == "China Merchants Bank (CMB)"
    assert entity_of(df, "下降约三成") == "China Merchants Bank (CMB)"


def test_bullet_head_near_misses():
    # no bullet: the line is prose and keeps its concept; a market figure keeps its market
    df = facts_of_text("招商银行：大模型应用场景超过70个。", PUB)
    assert entity_of(df, "超过70") == "large models"
    df = facts_of_text("· 英伟达：AI服务器出货量约130万台。", PUB)
    assert entity_of(df, "约130万") == "AI servers"


# ---- an interview answer: the speaker's firm owns its money, not a model named before ---------

def test_answer_money_is_the_interviewed_firms():
    text = ("专访｜宇树科技创始人王兴兴\n问：今年的情况？\n"
            "答：我们接入了DeepSeek-R1。今年营收约13亿元，同比增长55%。")
    df = facts_of_text(text, PUB)
    assert entity_of(df, "约13亿元") == "Unitree Robotics"
    assert entity_of(df, "55%") == "Unitree Robotics"


def test_answer_naming_a_firm_or_a_models_users_unchanged():
    # near-misses: a company named in the answer keeps its revenue; a model keeps its users
    text = "专访｜宇树科技创始人王兴兴\n问：今年的情况？\n答：英伟达发布了新财报。营收约310亿美元。"
    assert entity_of(facts_of_text(text, PUB), "约310亿美元") == "Nvidia"
    text = "专访｜宇树科技创始人王兴兴\n问：今年的情况？\n答：Orion-3上线后表现很好。日活用户约520万。"
    assert entity_of(facts_of_text(text, PUB), "约520万") == "Orion-3"


# ---- an adoption share: the adopters', not the technology adopted ----------------------------

def test_survey_share_is_the_adopters():
    df = facts_of_text("- 2024年，约61%的受访制造企业已使用生成式AI。", PUB)
    assert entity_of(df, "约61%") == "Surveyed manufacturers"


def test_technology_as_subject_unchanged():
    # near-misses: the technology is the subject of its own market or penetration figure
    assert entity_of(facts_of_text("生成式AI市场规模达130亿美元。", PUB), "130亿美元") == "Generative AI market"
    assert entity_of(facts_of_text("调研显示，生成式AI渗透率约36%。", PUB), "约36%") == "Generative AI"


# ---- a maker written right before its product: one subject, not a list ------------------------

def test_maker_then_product_is_one_subject():
    df = facts_of_text("优必选Walker S2今年累计订单已超过7亿元。", PUB)
    rows = df[df["text"] == "超过7亿元"]
    assert list(rows["entity"]) == ["UBTech Robotics"]
    df = facts_of_text("优必选Walker S2售价约45万元。", PUB)
    assert list(df[df["text"] == "约45万元"]["entity"]) == ["Walker S2"]


def test_listed_firm_and_product_keep_their_rows():
    # near-miss: a list with a joiner and 分别 keeps one row per member
    df = facts_of_text("优必选、Walker S2分别获得订单约7亿元、2亿元。", PUB)
    assert entity_of(df, "约7亿元") == "UBTech Robotics"
    assert entity_of(df, "2亿元") == "Walker S2"


# ---- a table cell restating a prose figure at another rounding: one claim ----------------------

_ROUNDED = ("三星电子2025年第三季营收约78.3万亿韩元，营业利润12.4万亿韩元。\n\n单位：十亿韩元\n"
            "| 公司 | 3Q25营收 | 3Q25营业利润 |\n| 三星电子 | 78,260 | 12,437 |\n| SK海力士 | 24,512 | 11,208 |\n")


def test_table_cell_rounded_in_prose_is_one_row():
    # one claim, and the more precise of its two forms stays (fixprec19: the gold sets label the
    # exact figure where prose rounds a table cell)
    df = facts_of_text(_ROUNDED, PUB)
    assert "约78.3万亿韩元" not in set(df["text"]) and "12.4万亿韩元" not in set(df["text"])
    assert entity_of(df, "78,260") == "Samsung Electronics"


def test_other_cells_and_other_values_stay_rows():
    # near-misses: the other firm's cells, and a prose figure the cell does not round to
    df = facts_of_text(_ROUNDED, PUB)
    assert entity_of(df, "24,512") == "SK Hynix"
    text = "三星电子2025年第三季营收约75万亿韩元。\n\n单位：十亿韩元\n| 公司 | 3Q25营收 |\n| 三星电子 | 78,260 |\n"
    df = facts_of_text(text, PUB)
    assert entity_of(df, "78,260") == "Samsung Electronics"
