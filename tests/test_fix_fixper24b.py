"""Period battery: the time the first sentence of a paragraph states before its first number
frames the paragraph; later sentences' numbers nothing else dates take it, whatever they name,
unless the sentence states a time of its own or turns to another time, a view or a forecast.

Every example is invented (names and figures of no report), in Simplified and Traditional."""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

PUB = dt.date(2026, 11, 20)


def test_quarter_of_a_market_frames_the_brand_shares_after_it():
    text = "国内市场，三季度平板电脑出货1,320万台，同比增长4.1%。分品牌看，星河以31%的份额居首，月岚占22%。"
    f = facts_of(text, PUB)
    assert period_of(f, "31%") == "2026Q3"
    assert period_of(f, "22%") == "2026Q3"


def test_quarter_frame_in_traditional():
    text = "國內市場，三季度平板電腦出貨1,320萬台，年增4.1%。分品牌看，星河以31%的份額居首，月嵐佔22%。"
    f = facts_of(text, PUB)
    assert period_of(f, "31%") == "2026Q3"


def test_months_so_far_frame_the_next_sentence_in_traditional():
    text = "1—9月，我國積體電路出口額820億美元，年增6.3%。進口額2,150億美元，年減1.2%。"
    f = facts_of(text, PUB)
    assert period_of(f, "2,150") == "2026-01/2026-09"
    assert period_of(f, "1.2%") == "2026-01/2026-09"


def test_year_opening_a_statistic_frames_later_sentences():
    text = "2025年全球机器人专利申请约8.2万件，同比增长11%。中国占全球总量的46%。在核心专利中，日本机构的占比为21%。"
    f = facts_of(text, PUB)
    assert period_of(f, "21%") == "2025"


def test_sentence_stating_its_own_time_ends_the_frame():
    text = "国内市场，三季度平板出货1,320万台。2024年星河营收30亿元。月岚营收12亿元。"
    f = facts_of(text, PUB)
    assert period_of(f, "12亿") != "2026Q3"


def test_sentence_turning_to_a_view_or_to_now_is_not_framed():
    text = ("国内市场，三季度平板出货1,320万台，同比增长4.1%。有分析人士认为，最终胜出的品牌不超过5家。"
            "目前行业从业人员超过3万人。")
    f = facts_of(text, PUB)
    assert period_of(f, "不超过5") != "2026Q3"
    assert period_of(f, "3万") == "2026-11"  # said of now: the publication month


def test_speakers_time_and_a_start_point_frame_nothing():
    text = "星河科技在三季度业绩会上称，自研芯片良率为85%。Anthropic内部的说法更激进：约九成的代码由AI编写。"
    f = facts_of(text, PUB)
    assert period_of(f, "九成") != "2026Q3"
    text = "为缓解电网压力，电力公司2025年后不再核准5MW以上的新项目。星河在南部规划的园区首期即达100MW。"
    f = facts_of(text, PUB)
    assert period_of(f, "100MW") != "2025"


def test_forecast_horizon_frames_nothing():
    text = "按上表，2024—2028年平板出货的年复合增速约6%。价格带上，高端机型的渗透率约为35%。"
    f = facts_of(text, PUB)
    assert period_of(f, "35%") != "2024/2028"
