"""Number shapes read with the wrong sign or size (round 37): a mass cut is an amount saved, and
a raise by one time is a doubling. Invented sentences only."""
from aigc_analysis.extract.quantities import find_quantities


def _read(text):
    return [(q.value, q.unit, q.signed) for q in find_quantities(text)]


def test_mass_cut_by_a_saving_word_stays_positive():
    """减少/节省 before tonnes names the amount avoided, a positive count."""
    assert _read("该园区每年减少约42万吨碳排放") == [(420000.0, "count", False)]
    assert _read("新工艺节省1.6万吨冷却水") == [(16000.0, "count", False)]
    assert _read("改造后排放降低了3.5万吨") == [(35000.0, "count", False)]


def test_mass_level_falling_keeps_its_sign():
    """下降 is no saving word: a level of output in tonnes that falls stays negative."""
    assert _read("铜箔产量下降12万吨") == [(-120000.0, "count", True)]


def test_cut_of_other_counts_keeps_its_sign():
    """Only a mass is a saving: a headcount cut stays a negative change."""
    assert _read("员工减少约2,300人") == [(-2300.0, "count", True)]


def test_raise_by_one_time_is_a_doubling():
    """提高一倍 / 提升了约一倍 is the multiple 2, its qualifier kept."""
    qs = find_quantities("新产线将良率提高一倍")
    assert [(q.value, q.unit) for q in qs] == [(2.0, "multiple")]
    qs = find_quantities("推理吞吐较上一代提升了约一倍")
    assert [(q.value, q.unit, q.qualifier) for q in qs] == [(2.0, "multiple", "approx")]


def test_other_multiples_stay_as_written():
    """提高3倍 is 3 as written; 增长一倍 stays the growth of one the gold writes."""
    assert [q.value for q in find_quantities("带宽提高3倍")] == [3.0]
    assert [q.value for q in find_quantities("订单增长了一倍")] == [1.0]
