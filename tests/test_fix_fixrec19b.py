"""Numbers the parser or the fact rules never read (invented text).

* a list of terms (5年、10年、20年和30年): a two-digit 年 after a term in the list is years too,
  not the year 2020, unless the members step by one (19年、20年 are calendar years);
* a prefixed power unit with a plus (campuses of 300 MW+): at least that power;
* a term after its lead word in a sentence naming a debt issue (发行私募债…期限约24年): the bond's
  term, valuation like its coupon; a list of terms after the lead takes the lead for each member.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis import find_quantities
from aigc_analysis.extract.periods import find_periods

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 3, 18)


def _values(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


def test_a_list_of_terms_keeps_its_two_digit_members():
    text = "该笔永续债拆为四个品种，久期分别是3年、8年、15年和25年。"
    assert _values(text) == [("3年", 3.0, "years"), ("8年", 8.0, "years"),
                             ("15年", 15.0, "years"), ("25年", 25.0, "years")]
    assert not [p for p in find_periods(text) if p.value in ("2015", "2025")]


def test_consecutive_short_years_stay_years():
    assert _values("公司17年、18年和19年营收分别为3亿元、4亿元和6亿元")[:1] == [("3亿元", 3e8, "CNY")]
    assert [q for q in find_quantities("22年、23年净利润") if q.unit == "years"] == []


def test_prefixed_power_unit_with_a_plus():
    assert _values("Operators now plan 500 MW+ sites, some 1GW+ each.") == [
        ("500 MW", 5e8, "watts"), ("1GW", 1e9, "watts")]
    assert _values("阅读量10W+") == []  # a read counter's ten thousand, no watts


def test_terms_of_a_listed_debt_issue():
    text = ("星桥微算（688000.SH）公告发行美元债合计80亿美元，共分4档，期限分别为3年、7年、"
            "12年和30年。\n\n")
    df = facts_of_text("星桥证券 2026年3月18日\n\n" + text, PUB)
    for t, v in (("3年", 3), ("7年", 7), ("12年", 12), ("30年", 30)):
        row = row_of(df, t)
        assert (row["theme"], row["unit"], row["value"], row["period"]) == ("valuation", "years", v, "")


def test_term_after_its_lead_in_a_private_debt_sentence():
    text = "星桥微算（688000.SH）旗下项目公司发行私募债45亿美元，票息6.1%，期限约22年。\n"
    df = facts_of_text("星桥证券 2026年3月18日\n\n" + text, PUB)
    row = row_of(df, "约22年")
    assert (row["theme"], row["metric"], row["value"], row["unit"]) == ("valuation", "bond_term", 22, "years")


def test_a_benchmark_tenor_is_no_term():
    text = "10年期国债收益率升至2.1%，星桥微算（688000.SH）股价上涨3%。\n"
    df = facts_of_text("星桥证券 2026年3月18日\n\n" + text, PUB)
    assert df[df["unit"] == "years"].empty


def test_counts_named_by_the_noun_before_them():
    # a placement flash, a fund-holdings note, a usage note and a provincial plan, each counting
    # what the noun before the number names (家, 只, 次, 个 after it)
    text = ("星桥微算（688000.SH）披露定增发行情况报告书，本次发行对象最终确定为9家，"
            "共收到25家投资者的有效申购报价。\n\n"
            "三季度末星桥微算的重仓基金数由上季末的320只增至455只。\n\n"
            "星桥微算的问诊助手月均咨询量约800万次。\n\n"
            "到2028年，建设高质量行业数据集200个以上，联盟成员单位力争超过300家。\n")
    df = facts_of_text("星桥证券 2026年3月18日\n\n" + text, PUB)
    for t, theme, value in (("9", "valuation", 9), ("25", "valuation", 25), ("455", "valuation", 455),
                            ("约800万", "adoption", 8e6), ("200", "adoption", 200),
                            ("超过300", "adoption", 300)):
        row = row_of(df, t)
        assert (row["theme"], row["unit"], row["value"]) == (theme, "count", value)


def test_a_subscription_multiple_stays_a_multiple():
    df = facts_of_text("星桥证券 2026年3月18日\n\n星桥微算网上有效申购倍数约3800倍。\n", PUB)
    assert row_of(df, "约3800倍")["metric"] == "oversubscription"


def test_ai_factories_are_counted_as_compute():
    text = "欧盟计划投资150亿欧元，用于建设3-4座AI工厂。截至9月，欧洲已遴选12家AI工厂。\n"
    df = facts_of_text("星桥证券 2026年3月18日\n\n" + text, PUB)
    row = row_of(df, "12")
    assert (row["theme"], row["metric"], row["unit"]) == ("compute", "ai_factories", "count")
    assert row_of(df, "150亿欧元")["theme"] == "capex"  # the spend keeps its own word
