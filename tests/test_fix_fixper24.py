"""Period battery: a market wrap's lead states the session (昨（9）日) once; the later paragraphs,
its table of movers and the overnight moves (前一晚) of the article are dated from it.

Every example is invented (names and figures of no report)."""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of, period_values

PUB = dt.date(2026, 11, 10)  # a Tuesday: 昨（9）日 is Monday's session

LEAD = "台股昨（9）日反彈，加權指數終場上漲0.85%，成交值4,310億元。\n\n"


def test_later_paragraph_of_a_wrap_takes_the_session_of_its_lead():
    text = LEAD + "個股方面，星辰電子（9901）股價上漲4.2%；月光精密（9902）股價下跌1.7%。"
    f = facts_of(text, PUB)
    assert period_of(f, "4.2%") == "2026-11-09"
    assert period_of(f, "1.7%") == "2026-11-09"


def test_table_of_movers_under_a_wrap_takes_the_session_of_its_lead():
    text = LEAD + ("表：外資買賣超前三大（單位：億元）\n"
                   "股票名稱　　買賣超金額　　漲跌幅(%)\n"
                   "星辰電子　　　　52.6　　　　+3.15\n"
                   "月光精密　　　　-21.4　　　　-2.05\n"
                   "雲岫科技　　　　18.9　　　　+6.40\n"
                   "資料來源：本報整理\n")
    f = facts_of(text, PUB)
    for cell in ("+3.15", "-2.05", "52.6", "-21.4"):
        assert period_of(f, cell) == "2026-11-09", cell


def test_session_stated_after_other_moves_is_no_lead():
    # the article's first moves are undated: the session a later paragraph states is that
    # paragraph's, not the article's
    text = ("星辰電子股價上漲5.5%。\n\n"
            "台股昨（9）日反彈，加權指數上漲0.85%。\n\n"
            "月光精密股價下跌2.6%。")
    f = facts_of(text, PUB)
    assert period_of(f, "0.85%") == "2026-11-09"
    assert period_of(f, "2.6%") == ""


def test_the_evening_before_is_the_day_before_the_day_named():
    assert period_values("昨（9）日收市，前一晚美股上漲", PUB)[-1] == "2026-11-08"
    text = LEAD + "美股方面，雲岫科技ADR前一晚上漲2.8%。"
    assert period_of(facts_of(text, PUB), "2.8%") == "2026-11-08"
