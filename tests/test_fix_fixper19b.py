"""fixper19b: periods of dated items (invented texts; near-misses must not change).

A news-flash item that dates its launch to a day (当地时间11日推出, 美团10日发布的…) sets the
prices it gives, undated, on that day; an older model's price in the same item keeps no date."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.periods import find_periods
from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 9, 12)

FLASHES = ("科创AI快讯 7×24\n日期：2025年9月12日　星期五\n\n"
           "【08:15】百川智能于北京时间11日推出新一代模型Baichuan-M3。官方定价为每百万tokens输入3元、"
           "输出9元，而上一代Baichuan4为每百万tokens输入100元。\n\n"
           "【09:30】回看：美团10日发布的LongCat-Flash开放API，定价为每百万tokens输出6元。\n\n"
           "【10:05】连续3日发布新品的某厂商称，每百万tokens输出价格为8元。\n")


def _days(text: str) -> list[tuple[str, str]]:
    return [(p.value, p.text) for p in find_periods(text, DAY)]


def test_a_day_after_a_time_zone_word_or_before_an_act_of_news_is_a_date():
    assert _days("甲公司于当地时间11日推出新品") == [("2025-09-11", "11日")]
    assert _days("乙公司10日发布财报") == [("2025-09-10", "10日")]
    assert _days("丙厂商美東時間9日宣佈降價") == [("2025-09-09", "9日")]


def test_a_count_of_days_before_an_act_word_is_no_date():
    assert _days("近5日发布的公告") == []
    assert _days("连续3日发布新品") == []
    assert _days("每周5日发布周报") == []


def test_prices_of_a_flash_item_take_the_day_its_launch_is_dated():
    df = facts_of_text(FLASHES, DAY)
    assert row_of(df, "3元").period == "2025-09-11"
    assert row_of(df, "9元").period == "2025-09-11"
    assert row_of(df, "6元").period == "2025-09-10"  # the day in the same sentence, before 的


def test_an_older_models_price_and_an_item_without_a_launch_day_stay_undated():
    df = facts_of_text(FLASHES, DAY)
    assert row_of(df, "100元").period == ""  # 上一代Baichuan4: not the model launched
    assert row_of(df, "8元").period == ""  # 连续3日: no day of a launch


RECORDS = ("算力采购周报（2025年第40周）\n发布日期：2025-10-08\n\n【中标结果】\n\n"
           "1、某省联通 边缘推理算力租赁项目\n"
           "　 采购人：某联通省分公司\n"
           "　 成交金额：3.45亿元\n"
           "　 算力规模：800 PFlops\n"
           "　 公告日期：2025年9月29日\n\n"
           "2、某市政务云 大模型平台扩容\n"
           "　 采购人：某市数据局\n"
           "　 成交金额：5,600万元\n\n"
           "本周合计成交金额约4.01亿元。\n")


def test_the_fields_of_a_numbered_record_take_the_day_of_its_date_field():
    df = facts_of_text(RECORDS, dt.date(2025, 10, 8))
    assert row_of(df, "3.45亿元").period == "2025-09-29"
    assert row_of(df, "800 PFlops").period == "2025-09-29"


def test_a_record_without_a_date_field_keeps_the_period_it_had():
    df = facts_of_text(RECORDS, dt.date(2025, 10, 8))
    assert row_of(df, "5,600万元").period != "2025-09-29"
    assert row_of(df, "约4.01亿元").period != "2025-09-29"


PRICE_TRACKER = ("云算力报价月报｜2025年10月\n发布日期：2025年11月4日\n\n【要点】\n"
                 "海外GPU云中，Crusoe的H200按需报价约为每卡时3.2至3.6美元，较上月持平。"
                 "部分二线厂商对一年期合约给出七折左右优惠。\n")
OTHER_RECAP = ("AI融资月报｜2025年10月\n发布日期：2025年11月4日\n\n【要点】\n"
               "海外GPU云中，Crusoe的H200按需报价约为每卡时3.2至3.6美元，较上月持平。\n")


def test_a_monthly_price_tracker_dates_its_undated_prices_by_the_month_it_covers():
    df = facts_of_text(PRICE_TRACKER, dt.date(2025, 11, 4))
    assert row_of(df, "3.2至3.6美元").period == "2025-10"
    assert row_of(df, "七折左右").period == "2025-10"


def test_a_monthly_recap_of_something_else_leaves_a_list_price_undated():
    df = facts_of_text(OTHER_RECAP, dt.date(2025, 11, 4))
    assert row_of(df, "3.2至3.6美元").period == ""


def _weekly(day: str) -> str:
    return ("华岳证券　港股科技周报\n第12期｜" + day + "\n\n一、本周要点\n1. 本周关注算力链表现。\n\n"
            "二、市场回顾\n上周恒生科技指数上涨2.4%，腾讯控股周涨3.1%。\n")


def test_last_week_in_a_monday_weekly_is_the_week_just_ended():
    df = facts_of_text(_weekly("2026年3月23日（星期一）"), dt.date(2026, 3, 23))
    assert row_of(df, "2.4%").period == "2026-03-16/2026-03-20"
    assert row_of(df, "3.1%").period == "2026-03-16/2026-03-20"


def test_last_week_in_a_friday_weekly_is_the_week_before_its_own():
    df = facts_of_text(_weekly("2026年3月20日（星期五）"), dt.date(2026, 3, 20))
    assert row_of(df, "2.4%").period == "2026-03-09/2026-03-13"


def test_a_span_of_days_with_weekdays_in_brackets_is_one_span():
    assert _days("统计区间：9月8日（周一）至9月14日（周日）") == [("2025-09-08/2025-09-14", "9月8日（周一）至9月14日")]
    assert _days("9月8日(星期一)-9月12日(星期五)") == [("2025-09-08/2025-09-12", "9月8日(星期一)-9月12日")]
    # two days each with a weekday, no span between them: both stay days
    assert [v for v, _ in _days("9月8日（周一）上线，9月11日（周四）开放")][0] == "2025-09-08"


def test_a_weekly_covering_monday_to_sunday_dates_its_week_so():
    text = ("低空经济周报｜2025年第37周\n发布：2025.09.15（周一）\n统计区间：9月8日（周一）至9月14日（周日）\n\n"
            "本周亿航智能港股累计上涨6.2%，同期恒生科技指数上涨1.1%。\n")
    df = facts_of_text(text, dt.date(2025, 9, 15))
    assert row_of(df, "6.2%").period == "2025-09-08/2025-09-14"
