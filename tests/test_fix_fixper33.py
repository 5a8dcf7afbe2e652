"""Period classes seen on unseen reports (fixper33). Every text is invented.

A digest of filings or announcements gives each one a numbered record with its own date field
(``發言日期：114/10/14`` in a Taiwanese material-information filing, ``公告日：2025年9月19日`` on
the head line of an A-share announcement): that day dates the record's undated figures, on its
numbered items (a bracketed record ``(1)`` keeps its ``1.`` ``3.`` items) or its bullets, rather
than leaving them undated. A Minguo date after a label's colon reads as a date.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.periods import find_periods_roc
from text_facts import facts_of, period_of

_FILINGS = ("晴川財訊　產業資料組\n重大訊息週報\n發佈日期：2031/10/16\n\n【重訊原文節錄】\n\n"
            "(1) 公司代號：9901　公司簡稱：曜辰電子\n發言日期：120/10/14　發言時間：17:32:08\n"
            "主旨：本公司公告取得機器設備\n說明：\n1.標的物之名稱及性質：機器設備\n"
            "3.交易數量、每單位價格及交易總金額：交易數量：一批；交易總金額：新台幣7,415,260,000元\n\n"
            "(2) 公司代號：9902　公司簡稱：澄峰科技\n發言日期：120/10/09　發言時間：18:11:26\n"
            "主旨：本公司公告取得機器設備\n說明：\n"
            "3.交易數量、每單位價格及交易總金額：交易數量：一批；交易總金額：新台幣2,318,470,000元\n")


def test_a_filing_s_own_date_dates_the_amounts_of_its_numbered_items():
    frame = facts_of(_FILINGS, dt.date(2031, 10, 16))
    assert period_of(frame, "7,415,260,000") == "2031-10-14"
    assert period_of(frame, "2,318,470,000") == "2031-10-09"


def test_a_minguo_date_after_a_label_colon_is_a_date_but_a_clock_time_is_not():
    # the text as the extractor reads it: its full-width colons made ASCII
    values = [p.value for p in find_periods_roc("發言日期:120/10/14 發言時間:17:32:08", dt.date(2031, 10, 16))]
    assert values == ["2031-10-14"]


_DIGEST = ("【算力租赁公告速递】第12期\n发布：青禾研究 · 2031-09-27\n\n一、公告一览\n\n"
           "1. 澜锋数据（300999.SZ）　公告编号：2031-071　公告日：2031年9月19日\n"
           "· 全资子公司签订《算力服务合同》，合同总金额9.37亿元。\n"
           "· 服务期限5年，算力规模约1,760P，预付款比例为合同总金额的35%。\n\n"
           "2. 曜石科技（301999.SZ）　公告编号：2031-052　公告日：2031年9月23日\n"
           "· 与某智算中心运营方签订算力服务协议，合同金额3.14亿元。\n"
           "· 算力规模960P；预付款比例为15%。\n")


def test_an_announcement_day_on_a_record_s_head_line_dates_its_bullets():
    frame = facts_of(_DIGEST, dt.date(2031, 9, 27))
    assert period_of(frame, "1,760P") == "2031-09-19"
    assert period_of(frame, "35%") == "2031-09-19"
    assert period_of(frame, "960P") == "2031-09-23"
    assert period_of(frame, "15%") == "2031-09-23"


def test_a_total_summed_this_year_and_said_reached_is_to_date():
    frame = facts_of("• 青禾机器人年内累计融资额已超过24亿元。\n", dt.date(2031, 12, 15))
    assert period_of(frame, "24亿元") == "2031-12-15"
    frame = facts_of("· 公司年内累计签订算力服务合同金额达7.43亿元。\n", dt.date(2031, 12, 15))
    assert period_of(frame, "7.43亿元") == "2031-12-15"
    # a plan for the year and a total with no reached word stay the year
    frame = facts_of("• 青禾机器人年内累计融资约24亿元。\n", dt.date(2031, 12, 15))
    assert period_of(frame, "24亿元") == "2031"
