"""A firm's own document opens on its letterhead: its legal name alone on the first line, or
followed after a blank by the kind of document it issues (新闻稿, 公告). Figures the document
states of itself (本行, 本公司 or no one) are that firm's. A descriptor end (商, 厂) that is part of
a firm type word (商业, 便利商店) does not cut the name, descriptors alone (信息科技) name no firm,
and 本行 opens no name. Invented texts and made-up names; near-misses keep their reading."""
import datetime as dt

import pytest

from aigc_analysis.extract.names import descriptors_only, find_unknown_names, firm_english, inside_firm_type
from tests.helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 11, 10)

BANK_RELEASE = ("澄屿商业银行股份有限公司　新闻稿\n发布日期：2025年11月10日\n\n"
                "本行10月自结税前盈余为新台币9.4亿元，较去年同期成长8.3%；\n"
                "10月净利息收入21.7亿元，年增5.2%。\n")
RURAL_BANK = ("岚屿农村商业银行股份有限公司\n2024年年度报告（摘录）\n\n"
              "2024年，本行营业收入36.25亿元，同比增长2.7%。\n"
              "报告期内，本行信息科技投入合计1.93亿元，同比增长14.1%。\n")
STORE = ("青澄便利商店股份有限公司\n114年10月营业收入公告\n\n"
         "本公司10月合并营业收入为新台币62.4亿元，较去年同期增加7.6%。\n")


@pytest.mark.parametrize("text", ["21.7亿元", "5.2%"])
def test_letterhead_before_its_kind_of_document_is_the_subject(text):
    df = facts_of_text(BANK_RELEASE, PUB)
    assert row_of(df, text)["entity"] == "Chengyu", text


@pytest.mark.parametrize("text", ["36.25亿元", "1.93亿元"])
def test_long_legal_name_alone_is_the_subject(text):
    df = facts_of_text(RURAL_BANK, PUB)
    assert row_of(df, text)["entity"] == "Lanyu", text


def test_store_chain_letterhead():
    df = facts_of_text(STORE, PUB)
    assert row_of(df, "新台币62.4亿元")["entity"] == "Qingcheng"


@pytest.mark.parametrize("head", [
    "澄屿证券股份有限公司　研究报告\n\n",       # a broker's letterhead: its research is on others
    "关于澄屿商业银行的观察与思考　专题\n\n",    # no legal name: a title
])
def test_near_misses_name_no_letterhead(head):
    df = facts_of_text(head + "营业收入36.25亿元，同比增长2.7%。\n", PUB)
    assert row_of(df, "36.25亿元")["entity"] not in ("Chengyu", "Chengyu Securities")


def test_type_word_keeps_the_name_whole():
    t = "澄屿商业银行股份有限公司　新闻稿\n"
    assert [(n.start, n.end) for n in find_unknown_names(t)] == [(0, 12)]
    assert inside_firm_type(t, 2, "商") and not inside_firm_type("供应商岚海科技", 2, "商")
    # a descriptor before a name still cuts it: 供应商 then the firm
    assert [t2.name for t2 in find_unknown_names("设备供应商岚海科技发布新品")] == ["岚海科技"]


def test_descriptors_and_self_words_name_no_firm():
    assert descriptors_only("信息科技")
    assert find_unknown_names("本行信息科技投入合计1.93亿元") == []
    assert firm_english("岚屿农村商业银行股份有限公司") == "Lanyu"
    assert firm_english("澄屿优选消费金融控股有限公司") == "Chengyuyouxuan"


def test_plan_verb_and_payment_type_word():
    # 本行计划科技投入: a self word and a plan's verb, then descriptors: no firm (no Jihua)
    assert find_unknown_names("2025年，本行计划科技投入不少于2.1亿元。") == []
    assert firm_english("岚付通支付") == "Lanfutong"
    # a firm whose trade name holds no type word keeps its spelling
    assert firm_english("岚付通科技") == "Lanfutong"


def test_kept_descriptor_alone_still_names():
    # near-miss of the descriptors-only rule: 交易所 is part of what it names (Data Exchange)
    assert [n.name for n in find_unknown_names("全年，数据交易所累计交易额38.6亿元。")] == ["数据交易所"]
    assert find_unknown_names("报告期内，本行信息科技投入合计1.93亿元。") == []


def test_own_notice_keeps_its_products_names():
    # a firm's product change notice under its letterhead: the card's price is the card's
    t = "岚芯科技有限公司\n产品变更通知\n\n自2025年9月1日起，LX-S20加速卡目录价由每卡9.8万元下调至8.6万元，降幅12.2%。\n"
    df = facts_of_text(t, dt.date(2025, 8, 15))
    assert row_of(df, "8.6万元")["entity"] == "LX-S20"
