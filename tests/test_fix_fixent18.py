"""Entities: which subject a table's figure is given (fixent18).

Every example is invented: the brokers exist in no report, and the tables' figures are made up.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.extract.names import extend_known
from aigc_analysis.extract.periods import find_periods
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2025, 9, 14)


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    return facts_frame(extract_document(doc))


def _row(f, cell: str):
    rows = f[f["text"] == cell]
    assert len(rows) == 1, f[["entity", "metric", "period", "text"]].to_string()
    return rows.iloc[0]


# -- a Hong Kong or Taiwan code after a Chinese name, one full-width blank between (Y02 Taiwan
# monthly revenue table, Y09 Hong Kong close table) -------------------------------------------

def test_short_code_after_chinese_name_is_no_version():
    t = "岚峰 9999  12.5"
    assert t[:extend_known(t, 0, 2)] == "岚峰"
    t = "鸿海 2317.TW  12.5"
    assert t[:extend_known(t, 0, 2)] == "鸿海"


def test_table_row_of_name_and_code_keeps_the_lexicon_name():
    text = ("測試投顧產業研究處\n發布日期：2025/09/12\n\n"
            "【表一】主要公司8月營收（單位：新台幣億元；月增、年增單位：%）\n"
            "公司　　代號　　8月營收　　月增　　　年增\n"
            "英業達　2356　　612.3　　　4.4　　　 9.9\n"
            "廣達　　2382　　1,777.7　　2.2　　　 30.1\n")
    f = _facts(text)
    assert _row(f, "612.3")["entity"] == "Inventec"
    assert _row(f, "1,777.7")["entity"] == "Quanta Computer"


# -- a daily flows table: rows are days with their weekday, columns the channels, a total column
# and a week's total row (Z08 flows weekly) --------------------------------------------------

def test_day_with_weekday_is_a_date():
    found = find_periods("09-08（一）  11.11", DAY)
    assert [p.value for p in found] == ["2025-09-08"]
    assert find_periods("09-08  11.11", DAY) == []  # bare: may be a range


def test_daily_table_figures_belong_to_the_columns():
    text = ("测试证券 策略研究 | 资金周报\n报告日期：2025年9月14日\n\n"
            "表1：北向资金逐日净买入（单位：亿元）\n"
            "日期        沪股通     深股通     合计\n"
            "09-08（一）  11.11      2.22       13.33\n"
            "09-09（二）  -4.44      5.55       1.11\n"
            "本周合计    6.67       7.77       14.44\n"
            "资料来源：测试\n")
    f = _facts(text)
    assert (_row(f, "11.11")["entity"], _row(f, "11.11")["period"]) == ("Shanghai Connect (northbound)", "2025-09-08")
    assert _row(f, "5.55")["entity"] == "Shenzhen Connect (northbound)"
    assert _row(f, "13.33")["entity"] == "Northbound (Stock Connect) investors"
    assert _row(f, "6.67")["entity"] == "Shanghai Connect (northbound)"
    assert _row(f, "14.44")["entity"] == "Northbound (Stock Connect) investors"
