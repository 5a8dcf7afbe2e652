"""fixcount47: counts gold has and we never output. Counts in 户 and 件 with no counted noun are
adoption's (households, cases), an express volume (业务量) before one is a market's; training
corpora counted in tokens are training tokens; a number straight before a counter is no code;
a decimal in 万/亿 after 图/表 is no caption number; Chinese decimals read every digit after 点.
Invented texts, fictional names."""
from aigc_analysis.extract.quantities import find_quantities
from tests.text_facts import facts_of


def _rows(text):
    f = facts_of(text)
    return {(r.theme, r.unit, r.value) for r in f.itertuples()}


def _values(text):
    return [(q.unit, q.value) for q in find_quantities(text)]


def test_households_default_to_adoption():
    rows = _rows("碧溪县水务公司2025年：今年1至5月新增安装智慧水表2.9万户，全县累计服务3,000戶。")
    assert ("adoption", "count", 29000.0) in rows
    assert ("adoption", "count", 3000.0) in rows


def test_households_keep_firm_and_holder_readings():
    # 企业 before the count makes it the market's, 股东户数 (a counted noun) valuation's
    rows = _rows("碧溪高新区2025年：享受研发加计扣除的企业9.6万户；澄岚科技股东户数6.1万户。")
    assert ("market", "count", 96000.0) in rows
    assert ("valuation", "count", 61000.0) in rows
    assert ("adoption", "count", 96000.0) not in rows


def test_cases_default_to_adoption_and_express_volume_to_market():
    rows = _rows("碧溪市2025年1-9月：热线平台AI自动识别并流转事件48.7万件；"
                 "全市快递业务量累计完成十四点二亿件，同城快递业务量一点八亿件。")
    assert ("adoption", "count", 487000.0) in rows
    assert ("market", "count", 1420000000.0) in rows
    assert ("market", "count", 180000000.0) in rows


def test_case_counter_near_misses():
    # an ordinal and a read counter's count stay out
    rows = _rows("碧溪市2025年：第3件提案已办结，本期阅读 812 件。")
    assert not any(v in (3.0, 812.0) for _, _, v in rows)


def test_training_corpus_tokens():
    rows = _rows("澄岚大模型2025年：参数规模380亿，训练语料约1.1万亿tokens，微调数据约260亿tokens。")
    assert ("compute", "count", 1.1e12) in rows
    assert ("compute", "count", 2.6e10) in rows


def test_six_and_seven_digit_counts_before_a_counter():
    assert ("count", 108796.0) in _values("澄岚汽车当季交付新车108796辆。")
    assert ("count", 1610105.0) in _values("召回澄岚牌电动汽车合计1610105辆。")
    # near misses: codes and phone numbers stay out
    assert _values("股票代码600519，电话13912345678，") == []
    assert _values("证券代码688256人工智能") == []


def test_decimal_in_wan_after_figure_noun():
    assert ("count", 846000.0) in _values("其中AI自动判图84.6万幅，")
    assert ("count", 146000.0) in _values("已安装智慧水表14.6万户，")
    # near misses: caption numbers stay out
    assert _values("如图3.2所示") == []
    assert _values("见表1.2：收入") == []


def test_chinese_decimal_two_digits():
    assert ("count", 1265000000.0) in _values("全市业务量累计完成十二点六五亿件，")
    assert ("CNY", 345000000.0) in _values("营收三点四五亿元")
    # near miss: a digit string before 点 is no numeral
    assert _values("三四点五") == []


def test_express_scope_anywhere_in_clause():
    rows = _rows("碧溪省邮政管理局2025年：预计四季度全省快递业务量在31亿件至33亿件之间，"
                 "农村地区收投快递包裹三点一亿件。热线受理诉求9.7万件。")
    assert ("market", "count", 3.1e9) in rows
    assert ("market", "count", 3.1e8) in rows
    # near miss: a clause with no express word keeps the default reading
    assert ("market", "count", 97000.0) not in rows
