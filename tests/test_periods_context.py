"""Periods resolved from context (issue 13), each rule on an invented example.

Parser level: relative words against the period the text stated before them. Linking level:
which of a sentence's periods a number takes, and what a lead sentence carries.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

from aigc_analysis.load.boilerplate import find_boilerplate
from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified
from aigc_analysis.extract.periods import find_periods
from text_facts import facts_of

PUB = dt.date(2025, 11, 21)


def _values(text: str, published=PUB) -> list[str]:
    return [p.value for p in find_periods(text, published)]


def _by_text(df, text):
    rows = df[df["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, df[["entity", "metric", "value", "period", "text"]].to_string()
    return rows.iloc[0]


# ---- the parser -----------------------------------------------------------------------
def test_same_period_last_year_follows_the_stated_period():
    assert _values("前三季度利润累积，而上年同期亏损2亿元") == ["2025Q1/2025Q3", "2024Q1/2024Q3"]
    assert _values("2024年上半年收入增长，去年同期为负") == ["2024H1", "2023H1"]
    assert _values("去年同期亏损2亿元") == ["2024"]  # nothing stated before: the year


def test_quarter_words_follow_the_quarter_stated_before_them():
    assert _values("某公司第二季收入10亿元。季内新业务收入1亿元，上季为0.8亿元") == ["2025Q2", "2025Q2", "2025Q1"]
    assert _values("季內收入", dt.date(2025, 5, 2)) == ["2025Q2"]  # no quarter stated: the publication's
    assert _values("2025年第一季度营收增长。下季度指引") == ["2025Q1", "2025Q2"]


def test_next_fiscal_quarter_after_a_stated_fiscal_quarter():
    assert _values("某公司2026财年第三财季营收50亿美元，公司给出的下一财季指引为55亿美元") == ["FY2026Q3", "FY2026Q4"]
    assert _values("FY2025Q4收入增长；上一财季为") == ["FY2025Q4", "FY2025Q3"]


def test_a_blank_line_ends_the_context_of_a_quarter():
    assert _values("某公司第二季收入10亿元。\n\n季内", dt.date(2025, 11, 21)) == ["2025Q2", "2025Q4"]


def test_windows_ahead_and_within():
    assert _values("未来5年累计投入") == ["2025/2029"]
    assert _values("今后三年") == ["2025/2027"]
    assert _values("Mar 3, 2024 宣布，三年内投入") == ["2024-03-03", "2024/2026"]
    assert _values("十年内", None) == []


def test_a_term_that_starts_in_a_year():
    assert _values("2028 年起、为期约四年") == ["2028/2031"]
    assert _values("2026年起，为期十年") == ["2026/2035"]


def test_start_and_end_of_a_year():
    assert _values("从年初的约 $2B 增至") == ["2025-01"]
    assert _values("年底前达到") == ["2025-12"]
    assert _values("去年年底") == ["2024-12"]
    assert _values("从今年年初到2027年底") == ["2025/2027"]
    assert _values("2029年底前完成") == ["2029"]  # a year named with its end stays the year


def test_recently_is_the_publication_month():
    assert _values("创始人日前增持") == ["2025-11"]
    assert _values("近日宣布") == ["2025-11"]
    assert _values("近期", None) == []


def test_the_end_date_in_brackets_belongs_to_the_quarter():
    found = find_periods("某公司2026财年第一财季（截至8月31日）收入", PUB)
    assert [p.value for p in found] == ["FY2026Q1"]
    assert found[0].text == "2026财年第一财季（截至8月31日）"
    assert _values("上半年（截至6月30日）") == ["2025H1"]
    assert _values("收入 141.32（截至8月28日）") == ["2025-08-28"]  # no quarter before it: kept


def test_year_to_date_is_as_of_the_last_day_the_brief_names():
    assert _values("资金昨日净买入约10亿元，年初至今累计净流入") == ["2025-11-20", "2025-11-20"]
    assert _values("年初至今累计净流入") == ["2025-11-21"]
    # a day long before the publication is history, not the as-of date
    assert _values("2025年3月2日成交额创新高。年初至今累计") == ["2025-03-02", "2025-11-21"]


# ---- linking --------------------------------------------------------------------------
def test_a_lead_sentence_dates_the_numbers_after_it():
    df = facts_of("到了第三季度，答卷远超预期。该业务收入同比增长40%，其中网络收入30亿元。", PUB)
    assert _by_text(df, "40%")["period"] == "2025Q3"
    assert _by_text(df, "30亿元")["period"] == "2025Q3"


def test_a_lead_about_another_subject_does_not_carry():
    df = facts_of("某模型Zeta-9在7月开源。智谱方面，GLM-9输入价格为0.5元/千tokens。", PUB)
    assert _by_text(df, "0.5元")["period"] == ""


def test_a_future_clause_takes_no_period_from_the_subject_before():
    df = facts_of("据机构估计，2023年ChatGPT对GPU的需求量约2万颗，未来迈向商用将达到5万颗。", dt.date(2023, 5, 1))
    assert _by_text(df, "约2万")["period"] == "2023"
    assert _by_text(df, "5万")["period"] == ""


def test_a_period_split_by_its_comma_is_one_period():
    df = facts_of("某实验室今年接连融资：Apr 7, 2025 完成 $2.5B 融资，投后估值 $40B。", PUB)
    assert _by_text(df, "$2.5B")["period"] == "2025-04-07"


def test_a_release_date_is_the_period_when_nothing_else_dates_the_number():
    df = facts_of("某云厂商6月18日发布Zeta大模型2.0，输入价格比上一代降价约60%。", PUB)
    assert _by_text(df, "60%")["period"] == "2025-06-18"


def test_a_change_between_two_dates_is_a_stretch():
    df = facts_of("某公司10月30日收盘价较8月29日上涨85.5%。", PUB)
    assert _by_text(df, "85.5%")["period"] == "2025-08-29/2025-10-30"


def test_the_base_year_of_a_multiple_is_not_its_period():
    df = facts_of("机构预计2027年中国智能算力规模将达到2025年的三倍。", PUB)
    assert _by_text(df, "三倍")["period"] == "2027"


def test_a_window_binds_only_its_own_item_of_a_list():
    df = facts_of("Feb 3, 2025 某公司宣布计划，首期投入 $40B、三年内最高 $200B。", PUB)
    assert _by_text(df, "$40B")["period"] == "2025-02-03"
    assert _by_text(df, "$200B")["period"] == "2025/2027"


def test_an_earlier_segment_gives_its_opening_period():
    df = facts_of("某公司三季度月活超过2亿，查询量为二季度的2倍；海外日活跃用户超过3000万。", PUB)
    assert _by_text(df, "3000万")["period"] == "2025Q3"


def test_a_table_cell_takes_the_date_of_its_own_item_not_a_later_one():
    text = ("| 伙伴 | 宣布日期 | 关键条款 |\n|---|---|---|\n"
            "| 某芯片公司 | Mar 4, 2025 | 分批投资，最多 $30B；首批设备于 1H27 上线 |\n")
    df = facts_of(text, PUB)
    assert _by_text(df, "$30B")["period"] == "2025-03-04"


def test_a_bracketed_date_in_a_row_dates_the_row_before_the_caption():
    text = ("表3　细分赛道估值（截至9月30日）\n"
            "赛道\t指数\tPE-TTM（倍）\t口径\n"
            "存储芯片\t某存储指数\t88.5\t市值加权（9月12日）\n"
            "光模块\t某光通信指数\t45.2\t中位数\n")
    df = facts_of(text, PUB)
    assert _by_text(df, "88.5")["period"] == "2025-09-12"
    assert _by_text(df, "45.2")["period"] == "2025-09-30"


def test_the_same_period_is_the_one_stated_before_it():
    assert _values("2023年某市场规模同比增长40%，显著快于整体；同期另一市场规模为") == ["2023", "2023"]
    assert _values("同期增长20%") == []  # nothing stated before: no period


def test_a_sentence_cut_by_a_page_break_keeps_its_period():
    text = ("2024年某国智能算力规模同比增长60%，快于通用算力；同期通用算力规模为\n\n"
            "第 3 页 / 共 20 页\n\n"
            "48.2 EFLOPS。\n")
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text), "published": PUB,
           "publisher": "Test", "boilerplate": find_boilerplate(text)}
    assert any(kind == "page" for *_, kind in doc["boilerplate"])
    df = facts_frame(extract_document(doc))
    assert _by_text(df, "48.2 EFLOPS")["period"] == "2024"


def test_a_line_ending_with_a_semicolon_goes_on_into_the_next():
    text = "某芯片公司2026财年第二财季营收300亿美元，同比增长50%；\n其中数据中心收入260亿美元，同比增长55%。\n"
    df = facts_of(text, PUB)
    assert _by_text(df, "260亿美元")["period"] == "FY2026Q2"


def test_the_start_of_a_year_inside_a_named_year_dates_an_old_forecast():
    df = facts_of("机构已将2025年出货增速预测由年初的近30%下修至22.5%，但产值增速仍有望接近45%。", PUB)
    assert _by_text(df, "22.5%")["period"] == "2025"
    assert _by_text(df, "45%")["period"] == "2025"


def test_a_change_over_an_earlier_period_keeps_the_carried_period():
    df = facts_of("甲骨文2026财年第二财季云收入40亿美元，同比增长50%。甲骨文订单额5000亿美元，较上一季度末增加600亿美元。", PUB)
    assert _by_text(df, "600亿美元")["period"] == "FY2026Q2"


def test_a_change_since_a_day_holds_as_of_the_day_of_its_source():
    df = facts_of("据某报4月9日报道，某云厂商自3月28日宣布模型免费开放后，该模型的日调用量增长了8倍。", PUB)
    assert _by_text(df, "8倍")["period"] == "2025-04-09"
    alone = facts_of("某云厂商自3月28日宣布模型免费开放后，该模型的日调用量增长了8倍。", PUB)
    assert _by_text(alone, "8倍")["period"] == "2025-03-28"  # no source day: the day stated


def test_a_target_price_is_the_call_as_of_the_report():
    df = facts_of("百度昨日升3.1%。某投行将百度目标价上调至150港元，并指其股价仅相当于2026年约10倍市盈率。", PUB)
    assert _by_text(df, "150港元")["period"] == "2025-11"
    dated = facts_of("百度2025年6月目标价为120港元。", PUB)
    assert _by_text(dated, "120港元")["period"] == "2025-06"  # its own clause dates it


def test_afterwards_does_not_take_the_period_stated_before():
    df = facts_of("与1990年某泡沫相比，差异更大。随后的熊市中某指数最大跌幅近六成。", PUB)
    assert _by_text(df, "六成")["period"] == ""


def test_an_item_about_the_future_takes_no_period_from_an_earlier_item():
    df = facts_of("据某机构估计，2024年某模型对GPU的需求量约3万颗；行业普及将为光模块需求带来约500万只增量。", PUB)
    assert _by_text(df, "约3万")["period"] == "2024"
    assert _by_text(df, "500万")["period"] == ""
    near = facts_of("2024年某指数累计上涨30%；期间最大回撤将近15%。", PUB)
    assert _by_text(near, "15%")["period"] == "2024"  # 将近 is nearly, not the future


def test_since_runs_to_the_publication_date_at_the_same_precision():
    pub = dt.date(2025, 12, 8)
    assert _values("11月以来涨幅", pub) == ["2025-11/2025-12"]
    assert _values("二季度以来", pub) == ["2025Q2/2025Q4"]
    assert _values("10月8日以来", pub) == ["2025-10-08/2025-12-08"]
    assert _values("自2019年以来", pub) == ["2019/2025"]
    assert _values("12月以来", pub) == ["2025-12"]  # within the publication month: the month


# ---- metamorphic: the same text in Traditional script, a year later -----------------------
_SIMPLIFIED = "快手第三季总收入300亿元。可灵季内收入超过2亿元，上季为逾1.5亿元；前三季度利润累积，而上年同期亏损3亿元。"
_TRADITIONAL = "快手第三季總收入300億元。可靈季內收入超過2億元，上季為逾1.5億元；前三季度利潤累積，而上年同期虧損3億元。"


def test_traditional_script_resolves_the_same_periods():
    assert _values(_SIMPLIFIED) == _values(_TRADITIONAL)


def test_shifting_the_publication_by_a_year_shifts_every_relative_period():
    before = _values(_SIMPLIFIED, dt.date(2025, 11, 26))
    after = _values(_SIMPLIFIED, dt.date(2026, 11, 26))
    assert before == ["2025Q3", "2025Q3", "2025Q2", "2025Q1/2025Q3", "2024Q1/2024Q3"]
    shifted = [re.sub(r"\d{4}", lambda m: str(int(m.group(0)) + 1), v) for v in before]
    assert after == shifted
