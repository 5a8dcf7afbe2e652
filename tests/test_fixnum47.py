"""fixnum47: small counts written in Chinese numerals that were dropped. A numeral from two to ten
whose measure word closes its clause (融资七起，, 增加四个；, 发射十颗。) is a count whatever stands
before it, and a lone one is kept as a claim of its own; a numeral after a noun ending in 星
(卫星) is read when a measure word follows it. Near misses: list sizes that go on (两个方面),
a count opening a list of named members (新增两家客户：), idioms (一些, 一致, 十分, 万一),
ordinals (第三个), weekdays (星期五, 周三). Invented texts, fictional names."""
from aigc_analysis.extract.quantities import counter_closes_clause, find_quantities
from tests.text_facts import facts_of


def _values(text):
    return [(q.unit, q.value) for q in find_quantities(text)]


def _counts(text):
    f = facts_of(text)
    return sorted(r.value for r in f.itertuples() if r.unit == "count")


def test_clause_final_count_is_read():
    assert ("count", 7.0) in _values("岚溪市去年单笔过亿元的融资七起，集中在智能制造。")
    assert ("count", 4.0) in _values("截至年底全市建成智能仓库十一个，较上年末增加四个；")
    assert ("count", 10.0) in _values("澄岚星座首批发射十颗。")


def test_clause_final_count_becomes_a_fact():
    assert 7.0 in _counts("岚溪市去年单笔过亿元的融资七起，集中在智能制造。")
    assert 4.0 in _counts("截至2024年底，岚溪市建成智能分拣中心十一个，较上年末增加四个；日均处理能力提升。")


def test_numeral_after_satellite_with_measure_word():
    assert ("count", 36.0) in _values("澄岚星座全年分两批发射卫星三十六颗，每批十八颗。")
    assert ("count", 212.0) in _values("澄岚星座年内计划新增组网卫星二百一十二颗。")


def test_counter_closes_clause_helper():
    assert counter_closes_clause("增加五个；", 3)
    assert counter_closes_clause("持有九項。", 3)
    assert not counter_closes_clause("两个方面", 1)
    assert not counter_closes_clause("两家：", 1)


def test_near_misses_stay_unread():
    assert _values("这两个方面很重要，我们讨论了三个问题。") == []
    assert _values("一些企业一致认为十分重要，万一出现问题。") == []
    assert _values("第三个季度，星期五开会，周三发布。") == []
    assert _values("一带一路沿线有一个。") == []
    assert _values("北斗三号，天枢二号。") == []


def test_list_opening_count_stays_dropped():
    # a lone numeral counting named members that follow is no claim of its own
    assert 2.0 not in _counts("岚溪科技本季度新增两家客户：甲公司、乙公司。")


def test_spoken_fraction_with_decimal_numerator():
    assert ("ratio", 0.00005) in [(u, round(v, 10)) for u, v in _values("澄岚快运的分拣差错率降至万分之零点五。")]
    assert ("ratio", 0.0015) in [(u, round(v, 10)) for u, v in _values("岚溪保险的费率为千分之一点五，")]
    assert [v for _, v in _values("约占三分之二点多。")] == [2 / 3]


def test_bare_wan_with_digit_is_no_number():
    assert _values("万一出现问题，后果严重。") == []
    assert ("count", 15000.0) in _values("岚溪景区接待游客一万五千人次。") or \
        ("count", 15000.0) in _values("岚溪景区接待游客一万五。")
