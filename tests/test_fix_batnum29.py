"""A battery of invented sentences with approximate and spoken quantities written in Chinese
numerals or words, as broker WeChat posts, expert-call transcripts and news write them
(近两成, 逾三成, 十余家, 不下十家, 二十多家, 超过一千二百个, 百分之四十以上, 三四十亿, 十几万张,
上百亿元, 三百多倍, 五倍左右, 一半以上, 三分之一, 两三年, 三到五成, 七八十亿), each with the
value, unit and theme the SCHEMA gives it: approximation words (约, 近, 逾, 超, 不下, 以上, 多, 余)
keep the number as written, 成 is tenths, a spoken pair of digits (三四十亿) is a range.
Vague magnitudes with no number (数千亿, 好几倍, 千亿级 as a class of model) are no facts.

Forms left out of scope are xfail(strict) with the reason."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from tests.text_facts import battery_hit, facts_of, out_of_scope

DAY = dt.date(2025, 11, 20)
HEAD = "云栖投研　AI产业观察　2025年11月20日\n"


_out = out_of_scope


def _row(text: str, value: float, unit: str):
    return battery_hit(HEAD + text + "\n", DAY, value, unit)


# A 发布 verb row (models released, counted) read these, but the next count of the sentence then
# carried its metric (备案的生成式AI服务超过五百款 turned from adoption to market): left out.
_OUT_RELEASED = _out("a count with 个 after it is read, but no verb row names models released; "
                     "a 发布 row made the next count of its sentence carry model_count")


# (sentence, theme, value, value_high, unit, period or None when the test leaves it unread)
BATTERY = [
    # 成 is tenths, whatever the approximation word around it
    ("据测算，国产AI芯片在国内加速卡市场的份额已接近三成。", "market", 0.3, None, "ratio", None),
    ("今年前三季度，智谱的API调用量同比增长逾三成。", "adoption", 0.3, None, "ratio", "2025Q1/2025Q3"),
    ("國產AI晶片市佔率已逾三成。", "market", 0.3, None, "ratio", None),
    ("台積電先進封裝產能今年將擴充近兩成。", "compute", 0.2, None, "ratio", "2025"),
    ("中国移动今年算力投资同比增长两成左右。", "capex", 0.2, None, "ratio", "2025"),
    ("三大运营商今年资本开支同比下降约一成。", "capex", -0.1, None, "ratio", "2025"),
    ("英伟达的市值今年已上涨了近四成。", "valuation", 0.4, None, "ratio", "2025"),
    ("我们预计明年AI PC渗透率达到四成左右。", "market", 0.4, None, "ratio", "2026"),
    ("截至六月，我国生成式AI用户规模突破五亿人，渗透率近四成。", "adoption", 0.4, None, "ratio", "2025-06"),
    # spoken ranges: a pair of neighbouring digits, or 到 between two tenths
    ("专家预计明年AI服务器出货量增长三到五成。", "market", 0.3, 0.5, "ratio", "2026"),
    ("AI服务器占服务器市场价值的比例已升至六七成。", "market", 0.6, 0.7, "ratio", None),
    ("国产算力的自给率明年有望提升至百分之四五十。", "market", 0.4, 0.5, "ratio", "2026"),
    ("智算中心的上架率普遍只有三到四成。", "compute", 0.3, 0.4, "ratio", None),
    ("业内人士称，字节明年的算力资本开支大概三四十亿美元。", "capex", 3e9, 4e9, "USD", "2026"),
    ("腾讯明年的资本开支大概在七八十亿美元。", "capex", 7e9, 8e9, "USD", "2026"),
    ("某头部厂商的H20库存约有两三万张。", "compute", 2e4, 3e4, "count", None),
    ("一台AI服务器的回本周期大概两三年。", "earnings", 2.0, 3.0, "years", None),
    ("据估算，大模型训练的算力需求每三四个月翻一番。", "compute", 3.0, 4.0, "months", None),
    # percentages said in words, with a bound after them
    ("DeepSeek称，新版本的推理成本下降了百分之六十以上。", "compute", -0.6, None, "ratio", None),
    ("智谱表示，新模型的推理成本降低了百分之七十。", "compute", -0.7, None, "ratio", None),
    # counts with 多, 余, 几, 上, 超过: the number as written
    ("目前已有二十多家车企接入豆包大模型。", "adoption", 20.0, None, "count", None),
    ("截至十月底，已备案的生成式AI服务超过六百款。", "adoption", 600.0, None, "count", "2025-10"),
    ("截至九月，已備案的生成式AI服務超過五百款。", "adoption", 500.0, None, "count", "2025-09"),
    ("据不完全统计，国内已有上千家企业接入DeepSeek。", "adoption", 1000.0, None, "count", None),
    ("国内已有一百多家企业发布了具身智能机器人产品。", "adoption", 100.0, None, "count", None),
    ("百度文心一言的用户数已超过三亿人。", "adoption", 3e8, None, "count", None),
    # a lone 百/千/万 after an approximation word, before a counter: the mark, a count
    ("国内已有近百家企业发布了具身智能机器人产品。", "adoption", 100.0, None, "count", None),
    ("截至十月，已有超百款AI应用接入鸿蒙系统。", "adoption", 100.0, None, "count", None),
    ("目前已有逾千家企业接入该大模型平台。", "adoption", 1000.0, None, "count", None),
    # a floor said as 至少 / 不下 before a counted numeral
    ("今年以来宣布降价的大模型厂商前后不下八家。", "pricing", 8.0, None, "count", None),
    ("今年以来宣布降价的大模型厂商至少有八家。", "pricing", 8.0, None, "count", None),
    ("年内宣布降价的大模型厂商已不下二十家。", "pricing", 20.0, None, "count", None),
    # models released, counted with 个 after the number
    pytest.param("截至今年九月，我国已发布的大模型超过一千二百个。", "market", 1200.0, None, "count", "2025-09",
                 marks=_OUT_RELEASED),
    pytest.param("截至今年九月，我国已发布的大模型有一千二百多个。", "market", 1200.0, None, "count", "2025-09",
                 marks=_OUT_RELEASED),
    # spoken 万 before a counter of goods is a count, no yuan left out
    ("某大厂今年采购了十万张H20加速卡。", "compute", 1e5, None, "count", "2025"),
    ("某大厂今年采购了十几万张H20加速卡。", "compute", 1e5, None, "count", "2025"),
    # money with a bound or 左右, and 上百 (a number: one hundred, more than)
    ("阿里云今年在海外的数据中心投资上百亿元。", "capex", 1e10, None, "CNY", "2025"),
    ("字节跳动明年在AI基础设施上的投入或达一千五百亿元左右。", "capex", 1.5e11, None, "CNY", "2026"),
    ("一张H100的月租金已从两万多元降至一万元左右。", "pricing", 1e4, None, "CNY", None),
    # multiples said in words
    ("豆包大模型的日均Token使用量一年增长了三百多倍。", "adoption", 300.0, None, "multiple", None),
    ("寒武纪前三季度营收同比增长二十多倍。", "earnings", 20.0, None, "multiple", "2025Q1/2025Q3"),
    ("我们预计寒武纪明年营收将增长一倍多。", "earnings", 1.0, None, "multiple", "2026"),
    ("腾讯混元的调用量半年内增长了近十倍。", "adoption", 10.0, None, "multiple", None),
    # fractions and halves
    ("国产大模型的推理价格只有海外同类产品的三分之一。", "pricing", 0.3333, None, "ratio", None),
    ("国内AI手机的出货占比预计明年将达到三分之一以上。", "market", 0.3333, None, "ratio", "2026"),
    ("专家称，H20的租赁价格较去年高点已经跌了近一半。", "pricing", -0.5, None, "ratio", None),
    # out of scope: the count is read, but what it counts is named by no keyword or verb
    pytest.param("国内正在筹备上市的AI芯片公司有十余家。", "valuation", 10.0, None, "count", None,
                 marks=_out("an IPO pipeline counted by 排队/筹备上市 is no metric the lexicon knows; "
                            "the count is read but themed by the GPU word before it")),
    pytest.param("专家称，训练一个大模型的成本在两三千万美元。", "compute", 2e7, 3e7, "USD", None,
                 marks=_out("训练成本 is no money keyword; the same sentence in digits is missed too")),
    # 一年翻了一番多: the year is the window of the doubling, which is read (test_fix_fixextra30)
    pytest.param("OpenAI的周活跃用户已达八亿人，一年翻了一番多。", "adoption", 2.0, None, "multiple", None),
]


@pytest.mark.parametrize("text, theme, value, high, unit, period", BATTERY)
def test_approximate_quantity_battery(text, theme, value, high, unit, period):
    row = _row(text, value, unit)
    assert row["theme"] == theme
    if high is None:
        assert row["value_high"] != row["value_high"]  # NaN: no range
    else:
        assert abs(row["value_high"] - high) <= 1e-9 * max(1.0, abs(high))
    if period is not None:
        assert row["period"] == period


# vague magnitudes with no number, and a size class, are no facts (SCHEMA: 双位数增长, 大半)
@pytest.mark.parametrize("text", [
    "北美四大云厂商今年的资本开支合计数千亿美元。",
    "过去一年，国内大模型日均Token调用量翻了好几倍。",
    "国内千亿级参数的大模型层出不穷。",
    "多家券商认为数十亿美元的订单仍在谈判中。",
])
def test_vague_magnitudes_are_no_facts(text):
    rows = facts_of(HEAD + text + "\n", DAY)
    assert rows.empty, rows[["theme", "metric", "value", "unit", "text"]].to_string()


@pytest.mark.parametrize("text, want", [
    ("近百家企业", (100.0, "approx")),
    ("超过百家企业", (100.0, "over")),
    ("逾千人参会", (1000.0, "over")),
    ("近万张卡", (10000.0, "approx")),
    ("不下八家厂商", (8.0, "at_least")),
    ("不下二十家", (20.0, "at_least")),
    ("至少八家厂商", (8.0, "at_least")),
])
def test_a_lone_mark_or_a_floor_before_a_counter_is_a_count(text, want):
    qs = find_quantities(text)
    assert [(q.value, q.qualifier) for q in qs] == [want]


@pytest.mark.parametrize("text", ["百家号上的文章", "千人千面的推荐", "居高不下", "旗下八家公司", "百人团队"])
def test_a_lone_mark_with_no_bound_word_is_a_word(text):
    assert find_quantities(text) == []
