"""Entity fixes of fixent34b (invented texts): the issuer of a Traditional-script annual report
dated in the ROC era is whom 本公司 means, an exchange labelling a ticker is no index, and a
Chinese firm name glossed in English after a descriptor noun is the firm at every mention."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.names import glossed_firms
from aigc_analysis.extract.periods import filing_stretch
from tests.text_facts import facts_of


def test_roc_era_annual_report_title_is_a_filing():
    head = "雲衡數據科技股份有限公司\nYUNHENG DATA INC.\n一一三年度年報（節錄）\n股票代號：3687\n"
    assert filing_stretch(head) == "2024"
    assert filing_stretch("雲衡數據科技股份有限公司\n113年度年報\n") == "2024"


def test_traditional_filing_issuer_is_the_subject_over_a_recurring_product():
    text = ("雲衡數據科技股份有限公司\nYUNHENG DATA INC.\n一一三年度年報（節錄）\n股票代號：3687\n\n"
            "一、營業結果\n本公司一一三年度合併營業收入為新台幣1,286.4億元，年增18.7%。\n\n"
            "二、研究發展\n研發重點包括Wi-Fi 7與224G SerDes。Wi-Fi 7晶片已量產，Wi-Fi 7客戶增加。\n")
    rows = facts_of(text, dt.date(2025, 5, 16))
    revenue = rows[rows["value"] == 1.2864e11].iloc[0]
    assert "Yunheng" in revenue["entity"], rows[["entity", "metric", "value"]].to_string()
    assert revenue["period"] == "2024"


def test_exchange_before_a_ticker_is_no_index():
    text = ("Qingyun Cloud Holdings Limited (\"Qingyun Cloud\" or the \"Company\") (NASDAQ: QYC; HKEX: 3897), "
            "a cloud service provider, today announced its results for the quarter ended September 30, 2025.\n"
            "- Revenues from public cloud services were RMB1,791.5 million, up 49.0% year over year.\n")
    rows = facts_of(text, dt.date(2025, 11, 19))
    assert not rows["entity"].str.contains("Nasdaq").any(), rows[["entity", "metric", "value"]].to_string()


def test_glossed_name_after_a_descriptor_noun_and_its_later_mentions():
    text = ("纳斯达克上市的AI服务商云岫智联（Yunxiu Digital，代码：YXLK）今年营收增长43%。"
            "截至昨日，云岫智联空头仓位占流通股比例约18%。")
    assert [(n.start, n.end, n.name) for n in glossed_firms(text)] == [(12, 16, "Yunxiu Digital")]
    rows = facts_of(text, dt.date(2025, 3, 20))
    assert set(rows["entity"]) == {"Yunxiu Digital"}, rows[["entity", "metric", "value"]].to_string()
