"""A battery of invented sentences writing one quantity in number forms the earlier number
batteries (batnum29, batnum31) did not try: percentage points in words and shorthand
(3个百分点, 百分之零点五, 2.5pct), decimals spoken in Chinese numerals (一点二万亿, 三点五亿),
余 and 多 after a number (300余家, 一千多台), multiples in words (翻番, 翻两番, 三倍多), Taiwan's
兆 and 億 in Traditional script, other currencies (港元, 韩元, 日元, 欧元, 新台币, 美金), the
unit before the number (人民币3.5亿元, RMB3.5bn, HK$, ¥), ASCII thousands commas, counters
(万片/月, 万张, 家), power and compute units (GW, 万千瓦, EFLOPS, P) and years and months
spoken (一年半, 十八个月). Each row gives the value, value_high, unit, theme and the characters
that carry the number.

Forms left out of scope are xfail(strict) with the reason."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from tests.text_facts import assert_battery_form, out_of_scope

DAY = dt.date(2026, 11, 20)
HEAD = "松岩证券　电子行业点评　2026年11月20日\n"


_out = out_of_scope


# (sentence, theme, value, value_high, unit, characters the row's text holds)
BATTERY = [
    # percentage points, in words and in shorthand
    ("公司前三季度毛利率同比提升3个百分点。", "earnings", 0.03, None, "pp", "3个百分点"),
    ("光模块龙头的净利率环比下降0.8个百分点。", "earnings", -0.008, None, "pp", "0.8个百分点"),
    ("国产AI芯片的市场份额今年提升了五个百分点。", "market", 0.05, None, "pp", "五个百分点"),
    ("该公司云业务的营业利润率同比提升2.5pct。", "earnings", 0.025, None, "pp", "2.5pct"),
    # percentages spoken with decimals
    ("今年国内AI服务器市场规模同比增长百分之四十五。", "market", 0.45, None, "ratio", "百分之四十五"),
    ("大模型API的调用价格本月下调了百分之七十。", "pricing", -0.7, None, "ratio", "百分之七十"),
    # decimals spoken in Chinese numerals
    ("我们预计明年全球AI资本开支将达到一点二万亿美元。", "capex", 1.2e12, None, "USD", "一点二万亿美元"),
    ("公司本轮融资额约三点五亿元。", "valuation", 3.5e8, None, "CNY", "三点五亿元"),
    # 余 and 多 after a number keep the number
    ("目前已有300余家企业接入该大模型平台。", "adoption", 300.0, None, "count", "300余家"),
    ("该公司今年AI服务器出货量已达一千多台。", "market", 1000.0, None, "count", "一千多台"),
    ("该智算中心已部署2万余张加速卡。", "compute", 2e4, None, "count", "2万余张"),
    ("公司今年AI相关订单已超50亿元有余。", "earnings", 5e9, None, "CNY", "50亿元"),
    # multiples in words
    ("公司AI业务收入同比翻番。", "earnings", 2.0, None, "multiple", "翻番"),
    ("国内智算中心的算力规模三年内翻了两番。", "compute", 4.0, None, "multiple", "翻了两番"),
    ("寒武纪前三季度营收同比增长三倍多。", "earnings", 3.0, None, "multiple", "三倍多"),
    ("英伟达数据中心业务收入同比增长1.6倍。", "earnings", 1.6, None, "multiple", "1.6倍"),
    # Taiwan's 兆 and 億 in Traditional script
    ("台積電今年營收預估將突破新臺幣3.5兆元。", "earnings", 3.5e12, None, "TWD", "3.5兆元"),
    ("廣達AI伺服器營收今年可望倍增，全年營收上看新台幣2兆元。", "earnings", 2e12, None, "TWD", "2兆元"),
    ("鴻海第三季營業利益為新台幣580億元。", "earnings", 5.8e10, None, "TWD", "580億元"),
    ("緯穎今年資本支出約新台幣120億元。", "capex", 1.2e10, None, "TWD", "120億元"),
    # other currencies written in Chinese
    ("该公司港股IPO募资约45亿港元。", "valuation", 4.5e9, None, "HKD", "45亿港元"),
    ("SK海力士第三季度营业利润达11.4万亿韩元。", "earnings", 1.14e13, None, "KRW", "11.4万亿韩元"),
    ("软银计划向OpenAI追加投资3万亿日元。", "valuation", 3e12, None, "JPY", "3万亿日元"),
    ("欧盟计划投入200亿欧元建设AI超级工厂。", "capex", 2e10, None, "EUR", "200亿欧元"),
    ("微软本季度资本开支为349亿美金。", "capex", 3.49e10, None, "USD", "349亿美金"),
    # the currency before the number
    ("公司拟投资人民币35亿元建设智算中心。", "capex", 3.5e9, None, "CNY", "35亿元"),
    ("公司本轮融资RMB3.5bn，投后估值约RMB30bn。", "valuation", 3.5e9, None, "CNY", "3.5bn"),
    ("该公司港股发行价定为HK$68.5。", "valuation", 68.5, None, "HKD", "68.5"),
    ("公司本季度AI收入为¥12.3亿。", "earnings", 1.23e9, None, "CNY", "12.3亿"),
    ("Meta本季度资本开支为$19.4bn。", "capex", 1.94e10, None, "USD", "19.4bn"),
    # ASCII thousands commas
    ("公司本季度资本开支为1,280亿元。", "capex", 1.28e11, None, "CNY", "1,280亿元"),
    ("该公司今年AI服务器出货量为12,500台。", "market", 1.25e4, None, "count", "12,500"),
    ("微软本财季智能云收入为US$30,900mn。", "earnings", 3.09e10, None, "USD", "30,900mn"),
    # counters
    ("中芯国际月产能达到100万片/月。", "compute", 1e6, None, "count", "100万片"),
    ("该数据中心建成后将拥有十万张GPU。", "compute", 1e5, None, "count", "十万张"),
    ("今年国内已有238款大模型完成备案。", "adoption", 238.0, None, "count", "238款"),
    # power and compute capacity
    ("该园区规划的数据中心总功率为1.5GW。", "compute", 1.5e9, None, "watts", "1.5GW"),
    ("该项目规划用电负荷30万千瓦。", "compute", 3e8, None, "watts", "30万千瓦"),
    ("该智算中心的总算力将达到10EFLOPS。", "compute", 1e19, None, "flops", "10EFLOPS"),
    ("该园区已建成智能算力5000P。", "compute", 5e18, None, "flops", "5000P"),
    # durations
    ("公司拟租入算力，租赁期限为一年半。", "capex", 18.0, None, "months", "一年半"),
    pytest.param("公司与客户签订了期限为五年的算力服务合同。", "earnings", 5.0, None, "years", "五年",
                 marks=_out("the number is read (5 years); the theme of a compute contract's term follows "
                            "which side sells, a theme rule (fixtheme31's) and not a number form")),
    # ranges spoken with neighbouring numerals
    ("专家估计该公司今年AI收入大概三四十亿元。", "earnings", 3e9, 4e9, "CNY", "三四十亿元"),
    ("明年国内AI服务器出货量或达七八十万台。", "market", 7e5, 8e5, "count", "七八十万台"),
    ("国产GPU在国内AI芯片市场的份额约两三成。", "market", 0.2, 0.3, "ratio", "两三成"),
    # falls and signs
    ("公司前三季度归母净利润同比下滑12.5%。", "earnings", -0.125, None, "ratio", "12.5%"),
    ("该公司本季度净亏损3.2亿元。", "earnings", -3.2e8, None, "CNY", "3.2亿元"),
    ("AI芯片指数本周下跌了百分之八。", "valuation", -0.08, None, "ratio", "百分之八"),
    # fractions
    ("该公司AI收入占总营收的比例已超过三分之二。", "earnings", 0.6667, None, "ratio", "三分之二"),
    ("国产大模型的推理价格约为海外的1/10。", "pricing", 0.1, None, "ratio", "1/10"),
    ("公司AI相关收入占比接近一半。", "earnings", 0.5, None, "ratio", "一半"),
    # 来 after the tens, hundreds or thousands and before a counter: about that many (spoken)
    ("目前接入该平台的企业已有二十来家。", "adoption", 20.0, None, "count", "二十来"),
    ("公司已在全国部署了十来个智算中心。", "compute", 10.0, None, "count", "十来"),
    ("公司现在员工人数四百来人。", "earnings", 400.0, None, "count", "四百来"),
    pytest.param("團隊現在三百來人。", "earnings", 300.0, None, "count", "三百來",
                 marks=_out("the number is read (300); 团队 alone names as often a product or research "
                            "team as the whole firm, so it is no staff keyword")),
    # a firm's staff count in other words than 员工总数
    ("该公司员工人数达1.2万人。", "earnings", 1.2e4, None, "count", "1.2万"),
    ("该公司员工数量为8,500人。", "earnings", 8500.0, None, "count", "8,500"),
    # out of scope
    pytest.param("大模型API价格直接打对折。", "pricing", -0.5, None, "ratio", "对折",
                 marks=_out("对折 for 五折 is colloquial; the notes write 五折 or 降价50%")),
    pytest.param("公司本季度营收为廿亿元。", "earnings", 2e9, None, "CNY", "廿亿元",
                 marks=_out("廿/卅 (twenty, thirty) are old numerals not seen in broker prose")),
    pytest.param("今年国内已有十余家厂商宣布下调大模型价格。", "pricing", 10.0, None, "count", "十余家",
                 marks=_out("the number is read (十余 = 10, over); how many firms cut prices has no "
                            "metric keyword, and a count of firms is no price fact in the gold seen")),
]


@pytest.mark.parametrize("text, theme, value, high, unit, carried", BATTERY)
def test_number_forms_battery(text, theme, value, high, unit, carried):
    assert_battery_form(HEAD + text + "\n", DAY, theme, value, high, unit, carried)


@pytest.mark.parametrize("text, want", [
    ("团队现在四百来人", [(400.0, "count", "四百来")]),
    ("二十来家客户", [(20.0, "count", "二十来")]),
    ("三百来台服务器", [(300.0, "count", "三百来")]),
    # 来 before a magnitude or a multiple was read before (spoken_yi_approx)
    ("一百来亿元", [(1e10, "CNY", "一百来亿元")]),
    # 十来年 is a loose duration, 二十年来 a time word: no count of about-that-many
    ("十来年", []),
])
def test_spoken_lai_before_a_counter(text, want):
    got = [(q.value, q.unit, q.text) for q in find_quantities(text)]
    assert got == want, got


def test_twenty_years_since_is_no_count():
    assert all(q.unit != "count" for q in find_quantities("二十年来"))
