"""fixper21a: a release on one month's data (invented texts; near-misses must not change).

A title naming one month already over (``9月光模块出口速览：…`` out in October) reports that
month: its undated flows and results are of that month, even after the subject changes. A title
naming the publication month, or several periods, dates nothing; a price stays undated."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 10, 20)


def _release(title: str) -> str:
    return ("岳川投顾　产业研究部\n产业快评　　2025年10月20日（星期一）\n\n" + title + "\n\n"
            "【重点】\n海关总署上周公布，9月光模块出口金额18.6亿美元，同比增长41.2%。\n\n"
            "一、分产品\n800G光模块出口7.3亿美元，同比增长95.0%；400G光模块出口5.1亿美元，同比增长12.4%。"
            "对美国出口4.4亿美元，占比23.7%。\n\n"
            "二、价格\n800G光模块平均售价约560美元/只。\n")


def test_undated_figures_of_a_release_take_the_month_its_title_names():
    df = facts_of_text(_release("9月光模块出口速览：800G放量，对美出口占比回落"), DAY)
    assert row_of(df, "7.3亿美元").period == "2025-09"
    assert row_of(df, "95.0%").period == "2025-09"
    assert row_of(df, "4.4亿美元").period == "2025-09"
    assert row_of(df, "23.7%").period == "2025-09"


def test_a_title_of_the_publication_month_or_of_no_month_dates_nothing():
    for title in ("10月光模块出口速览：800G放量，对美出口占比回落", "光模块出口速览：800G放量，对美出口占比回落"):
        df = facts_of_text(_release(title), DAY)
        assert row_of(df, "7.3亿美元").period == ""
        assert row_of(df, "4.4亿美元").period == ""


def test_a_title_with_two_periods_dates_nothing():
    df = facts_of_text(_release("9月光模块出口速览：三季度出口创新高"), DAY)
    assert row_of(df, "7.3亿美元").period == ""


def test_a_price_in_a_month_titled_release_stays_undated():
    df = facts_of_text(_release("9月光模块出口速览：800G放量，对美出口占比回落"), DAY)
    assert row_of(df, "约560美元/只").period == ""


DIGEST = ("【AI出海周报】第12期\n观潮站 · 2025.10.20\n\n本期导读\n■ 甲应用9月月活1.2亿，环比增长8%\n\n"
          "一、海外\n■ 乙公司：10月13日，乙公司宣布企业客户超过50万家。\n"
          "■ 丙应用：周活跃用户约3000万。\n")


def test_a_month_in_a_digest_bullet_of_the_header_is_no_title_month():
    df = facts_of_text(DIGEST, DAY)
    assert row_of(df, "约3000万").period != "2025-09"
