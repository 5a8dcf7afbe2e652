"""fixnum48: number shapes the parser dropped, so no fact could be made of them. A percentage
typeset in LaTeX (``15\\%``, ``\\SI{42.9}{\\percent}``) is a percentage; a latency in milliseconds
(``12毫秒``, ``310ms``) is a duration in seconds; one part in a decimal number of parts
(``约1/6.5``) is a fraction. Near misses: ``ms`` opening a Latin word, a price pair with a slash,
the idiom 十之八九 (tenths after 之, 参考价格之八成, were tried and left unread: the floor took a
price-change reading and pulled a neighbouring share's theme with it). Invented texts, fictional
names."""
from aigc_analysis.extract.numerals import fold
from aigc_analysis.extract.quantities import find_quantities
from tests.text_facts import facts_of


def _values(text):
    return [(q.unit, round(q.value, 6)) for q in find_quantities(text)]


def test_latex_percent_is_folded_in_place():
    text = r"份额由15\%升至\SI{31.5}{\percent}，"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "份额由15 %升至    31.5%          ，"
    assert fold(r"见\ref{fig:1}与\%号") == r"见\ref{fig:1}与 %号"


def test_latex_percent_is_read():
    assert _values(r"岚溪芯片的国内份额由2022年的15\%升至2024年的31\%。") == [("ratio", 0.15), ("ratio", 0.31)]
    assert ("ratio", 0.429) in _values(r"岚溪芯片出货量同比增长\SI{42.9}{\percent}，")


def test_latex_percent_becomes_a_fact():
    f = facts_of(r"据测算，岚溪芯片在国内加速器市场的份额由2022年的15\%升至2024年的31\%。")
    assert sorted(r.value for r in f.itertuples() if r.unit == "ratio") == [0.15, 0.31]


def test_milliseconds_are_seconds():
    assert _values("澄岚支付的风控引擎每笔交易平均决策耗时12毫秒。") == [("seconds", 0.012)]
    assert _values("推理服务延迟 P50 由 820ms 降至 310ms。") == [("seconds", 0.82), ("seconds", 0.31)]


def test_millisecond_latency_becomes_a_fact():
    f = facts_of("澄岚支付的风控引擎每笔交易平均决策耗时12毫秒。")
    assert [(r.unit, r.value) for r in f.itertuples()] == [("seconds", 0.012)]


def test_ms_opening_a_word_is_no_unit():
    assert all(u != "seconds" for u, _ in _values("岚溪云已接入5msg消息队列。"))


def test_slash_fraction_with_decimal_parts():
    assert _values("岚溪模型的单价约为竞品的1/6.5。") == [("ratio", round(1 / 6.5, 6))]
    assert _values("稀疏模型只需稠密模型约1/3.5的训练计算量。") == [("ratio", round(1 / 3.5, 6))]


def test_slash_fraction_becomes_a_fact():
    f = facts_of("岚溪模型的API单价约为竞品的1/6.5。")
    assert [round(r.value, 4) for r in f.itertuples() if r.unit == "ratio"] == [0.1538]


def test_slash_pairs_that_are_no_decimal_fraction():
    # a price pair before a currency is two amounts; a numerator other than 1 keeps the old reading
    assert _values("输入/输出价格为1/2.5元") == [("CNY", 1.0), ("CNY", 2.5)]
    assert ("ratio", 0.75) in _values("比例为3/4")


def test_idiom_after_zhi_is_no_number():
    assert _values("此类项目十之八九会延期。") == []
