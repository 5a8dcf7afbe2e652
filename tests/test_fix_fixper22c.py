"""Period fixes (fixper22c): a table column headed by a bare change word (变化, 增减) is the
change of the period column left of it, as a 同比 column is. Every firm and figure here is invented."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 11, 18)


def _periods(text: str, day: dt.date = DAY) -> dict[str, str]:
    f = facts_of_text(text, day)
    return dict(zip(f["text"], f["period"]))


def test_a_change_column_takes_the_year_of_the_column_left_of_it():
    p = _periods("表3：样例园区机柜月租金（单位：元/kW/月）\n"
                 "园区            2024年     2025年    变化\n"
                 "青岚园区         150        144       -4.0%\n"
                 "星衡园区          98        103        5.1%\n"
                 "资料来源：样例调研\n")
    assert p["-4.0%"] == "2025" and p["5.1%"] == "2025"


def test_a_change_word_in_prose_stays_no_growth_column():
    p = _periods("青岚科技表示，机柜租金变化不大，上架率约为88%。")
    assert p.get("约为88%", p.get("88%", "")) != "2025"


# --- 由/从 A 降至 B: the cut's date dates the price before it, unless B takes effect from it ---

def test_the_month_a_price_was_cut_dates_the_price_before_the_cut():
    p = _periods("云栈智能在9月把星河-3的API价格从每秒0.60美元砍到0.30美元。")
    assert p["0.60美元"] == "2025-09" and p["0.30美元"] == "2025-09"


def test_a_day_the_new_price_takes_effect_from_leaves_the_old_price_undated():
    p = _periods("云栈智能宣布自9月8日起，星河-3输入价格由2.4元/百万tokens下调至1.2元/百万tokens。")
    assert p["2.4元/百万tokens"] == ""


# --- a table dated by one month column: its undated columns right of it are of that month ---

def test_an_undated_column_right_of_the_only_month_column_takes_its_month():
    p = _periods("表4　样例算力卡月租报价与上架率\n"
                 "型号　　　　　10月报价　　上架率(%)\n"
                 "青岚X1　　　　　7,200　　　　 66\n"
                 "星衡Z9　　　　　3,900　　　　 74\n"
                 "注：报价为整机月租除以8。\n")
    assert p["66"] == "2025-10" and p["74"] == "2025-10"
