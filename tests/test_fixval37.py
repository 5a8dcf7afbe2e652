"""Number shapes read with the wrong sign or size (round 37): a mass cut is an amount saved; a
multiple stays as written. Invented sentences only."""
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


def test_multiples_stay_as_written():
    """提高3倍 is 3 and 增长一倍 is 1, as written (SCHEMA); 提高一倍 as a doubling was tried and
    dropped: 提升1倍 and 提升2倍 would both read 2 (test_quantities_properties)."""
    assert [q.value for q in find_quantities("新产线将良率提高一倍")] == [1.0]
    assert [q.value for q in find_quantities("带宽提高3倍")] == [3.0]
    assert [q.value for q in find_quantities("订单增长了一倍")] == [1.0]
