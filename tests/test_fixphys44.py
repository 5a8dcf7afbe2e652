"""Lengths of time in prose that no metric keyword names: the time noun before them names the
metric (facts_words.csv ``duration_metric``), and seconds are a short duration like minutes.
Invented examples, fictional names."""
from __future__ import annotations

from aigc_analysis.extract.quantities import find_quantities
from tests.text_facts import facts_of


def _rows(text: str):
    f = facts_of(text)
    return {(r.theme, r.metric, round(r.value, 6), r.unit) for r in f.itertuples()}


def test_a_queue_time_before_and_after_is_two_durations():
    rows = _rows("引入AI调度后，青梧乐园热门项目平均排队时间由57分钟缩短至36分钟。")
    assert ("adoption", "queue_time", 57.0, "minutes") in rows
    assert ("adoption", "queue_time", 36.0, "minutes") in rows


def test_a_delivery_time_and_its_cut():
    rows = _rows("全年来看，鹭行配送平均配送时长为26.3分钟，比上年缩短2.4分钟。")
    assert ("adoption", "delivery_time", 26.3, "minutes") in rows
    assert ("adoption", "delivery_time", -2.4, "minutes") in rows


def test_a_production_cycle_in_months_and_years():
    rows = _rows("借助AI工具，澜舟动画的制作周期由通常的约5年缩短至28个月。")
    assert ("adoption", "cycle_time", 5.0, "years") in rows
    assert ("adoption", "cycle_time", 28.0, "months") in rows


def test_a_construction_period_is_capex():
    rows = _rows("据环评文件，砚川云计算中心一期项目施工周期约16个月。")
    assert ("capex", "construction_period", 16.0, "months") in rows


def test_utilisation_hours_of_a_wind_fleet():
    rows = _rows("上半年，岚峰新能源风电平均利用小时数1,036小时。")
    assert ("market", "utilisation_hours", 1036.0, "count") in rows


def test_seconds_are_a_short_duration():
    q = [x for x in find_quantities("平均等待时间为38秒") if x.text.endswith("秒")]
    assert len(q) == 1 and q[0].kind == "duration" and q[0].unit == "seconds" and q[0].value == 38
    q = [x for x in find_quantities("平均响应3秒钟") if x.text.endswith("秒钟")]
    assert len(q) == 1 and q[0].unit == "seconds"


def test_a_wait_in_seconds_is_a_wait_time_not_a_count():
    rows = _rows("榕溪政务热线上线智能客服后，市民平均等待时间为42秒。")
    assert ("adoption", "wait_time", 42.0, "seconds") in rows
    assert not any(m != "wait_time" and v == 42.0 for _, m, v, _ in rows)


def test_a_deadline_within_seconds_or_days_is_no_fact():
    # near miss: 内 after the unit makes it a limit, not a length measured
    assert not _rows("受理时间：系统将在30秒内自动回复，工作人员3天内处理。")


def test_a_time_noun_far_before_the_number_names_nothing():
    # near miss: the noun must stand within a few characters of the length
    rows = _rows("会议时间另行通知，此次峰会邀请了来自各地的嘉宾参加，共持续了2天。")
    assert not any(m == "time_taken" for _, m, _, _ in rows)


def test_du_after_a_magnitude_is_kwh():
    q = [x for x in find_quantities("全年售电量为186.2亿度") if x.kind == "energy"]
    assert len(q) == 1 and q[0].unit == "kWh" and q[0].value == 1.862e10
    q = [x for x in find_quantities("累计节电约2400万度电") if x.kind == "energy"]
    assert len(q) == 1 and q[0].value == 2.4e7


def test_du_without_a_magnitude_is_no_energy():
    # near miss: 30度 is a temperature, 360度 an angle, 年度 and 季度 periods
    for text in ("机房温度控制在27度以下", "360度环视摄像头", "2025年度营收", "三季度营收"):
        assert not [x for x in find_quantities(text) if x.kind == "energy"], text


def test_electricity_sold_is_a_market_quantity():
    rows = _rows("9月，澄岚电力总售电量为153.6亿度，较去年同期增长3.9%。")
    assert ("market", "electricity_sales_kwh", 1.536e10, "count") in rows


def test_a_time_noun_with_another_word_between_names_nothing():
    # near misses: 时间上 (in timing) and an article's reading time are no measured lengths
    assert not _rows("若把两家的四季度并列，时间上错开约一个多月。")
    assert not _rows("作者：林溪 ｜ 2025年6月30日 ｜ 阅读时长约7分钟")


def test_a_meetings_length_is_no_fact():
    # near miss: an expert call's minutes end with how long the call ran
    assert not _rows("以上为专家个人观点。会议时长约75分钟。")
