"""Who a fact is about: the investor of an investment written after its figure, the holder of a
stake, a company's briefing items, a firm's share with a customer.

Figures and sentences are invented; the firms are real names of the alias list, since the rules
are about how two recognised names share a sentence.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 3, 12)


def _entities(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return dict(zip(f["text"], f["entity"]))


def test_an_equity_investment_written_after_its_figure_is_the_investors():
    e = _entities("腾讯将向智谱进行5亿元的股权投资，持股比例约为4%。")
    assert e["5亿元"] == e["4%"] == "Tencent"


def test_a_holder_owns_the_stake_not_the_firm_held():
    e = _entities("阿里巴巴持有月之暗面约36%股权。")
    assert e["约36%"] == "Alibaba"


def test_near_miss_the_investee_keeps_its_own_funding_and_valuation():
    e = _entities("月之暗面获阿里巴巴投资8亿元，投后估值达到120亿元。")
    assert e["8亿元"] == e["120亿元"] == "Moonshot AI"


def test_an_item_of_a_companys_briefing_list_is_the_companys_not_the_previous_items_technology():
    f = facts_of_text("鸿海于10月举行法说会，要点如下：(1)液冷机柜产能明年将翻倍；(2)营业利益率提升至6.8%。", DAY)
    e = dict(zip(f["text"], f["entity"]))
    assert e["6.8%"] == "Hon Hai Precision Industry (Foxconn)"
    # near miss: the capacity of the technology item itself keeps the technology
    assert e["翻倍"] == "Liquid-cooled racks"


def test_a_share_at_a_customer_is_the_suppliers():
    assert _entities("新易盛在谷歌800G光模块份额约40%。")["约40%"] == "Eoptolink"


def test_near_miss_no_name_before_zai_keeps_the_customer():
    assert _entities("今年在谷歌光模块采购中份额约三成。")["约三成"] == "Google"


def _titled(text: str) -> dict[str, str]:
    from aigc_analysis.extract.facts import extract_document, facts_frame
    from aigc_analysis.load.normalise import to_simplified
    title = text.split("\n", 1)[0]
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text), "title": title,
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    f = facts_frame(extract_document(doc))
    return dict(zip(f["text"], f["entity"]))


_MARKET_NOTE = """2024年中国智能手机市场回顾

## 1. 大盘

- 全渠道均价3,150元，同比上涨4.2%。

## 2. 品牌格局

| 品牌 | 份额 |
| --- | --- |
| 小米 | 22.5% |
| 华为 | 19.0% |

小米份额提升3个百分点，华为份额提升2个百分点。
"""


def test_a_figure_naming_no_one_is_not_the_subject_of_a_later_table_row():
    e = _titled(_MARKET_NOTE)
    assert e["4.2%"] not in ("Xiaomi", "Huawei")
    assert "smartphone" in e["4.2%"] and e["4.2%"].startswith("China")
    assert e["22.5%"] == "Xiaomi"  # near miss: a row's own name and later sentences keep theirs
    assert e["2个百分点"] == "Huawei"


def test_near_miss_a_subject_named_before_the_figure_still_carries():
    e = _titled("星衡观察\n\n小米发布年度回顾。\n\n全渠道均价3,150元，同比上涨4.2%。小米份额提升3个百分点，小米出货增长8%。\n")
    assert e["4.2%"] == "Xiaomi"


def test_an_unnamed_firm_by_place_and_kind_is_whom_gongsi_means():
    e = _entities("一位苏州芯片公司创始人透露，公司今年毛利率约31%，每片售价约120元。")
    assert e["约31%"] == "Suzhou chip startup"
    e = _entities("一名成都初創企業負責人表示，公司去年租用約300張推理卡。")
    assert e["約300"] == "Chengdu AI startup"


def test_near_miss_an_analyst_or_a_named_firm_is_no_unnamed_firm():
    assert _entities("一名分析师表示，公司今年毛利率约31%。")["约31%"] != "AI startup"
    assert _entities("一位苏州芯片公司创始人透露，寒武纪公司今年毛利率约31%。")["约31%"] == "Cambricon"
