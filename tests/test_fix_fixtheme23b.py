"""Theme boundaries battery (fixtheme23b): one invented sentence per boundary SCHEMA states
(GPU and optical-module shipments, fleets, training tokens, GPU hours, training cost, flops and
data-centre watts, efficiency -> compute; server shipments and values, market shares, industry
spending and market sizes -> market; order backlogs, revenue, profit, margins -> earnings; market
caps, share and index moves, P/E, IPO terms, funding rounds, valuations, stakes -> valuation;
multi-year infrastructure plans, cumulative AI investment, purchase commitments for compute,
capex, its growth, guidance and consensus -> capex; users, customers, traffic, calls, share of
work done by AI -> adoption; prices, cuts, free tiers -> pricing; parameter counts -> parameters),
written in Simplified, Traditional and mixed English.

What this branch fixed: English chip nouns (``GPUs``, ``chips``, ``accelerators``,
``transceivers``) make shipments compute, as the Chinese chip words do; ``采购价值`` (the value of a purchase) and ``commitment to purchase``
are purchase commitments (capex), not a unit price or an acquisition; money put into a field
(``在AI领域投资``, no firm named as investee) is cumulative AI investment (capex), not a stake.

Every example is invented (青禾, 云川 exist in no report).
"""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text

DAY = dt.date(2025, 9, 10)

# (sentence, the fact's text, the theme SCHEMA gives it)
BATTERY = [
    # compute
    ('青禾科技今年二季度GPU出货量约120万颗。', '约120万', 'compute'),
    ('預計明年全球800G光模块出货量将达到2,400万只。', '2,400万', 'compute'),
    ('云川数据目前拥有约3.5万张GPU。', '约3.5万', 'compute'),
    ('云川数据GPU集群规模已达10万卡。', '10万', 'compute'),
    ('青禾大模型的训练数据达到15万亿tokens。', '15万亿', 'compute'),
    ('青禾大模型预训练使用了18T tokens。', '18T', 'compute'),
    ('该模型训练共消耗278.8万H800 GPU小时。', '278.8万', 'compute'),
    ('The model was trained with 2.79M GPU hours.', '2.79M', 'compute'),
    ('青禾大模型的训练成本约为560万美元。', '560万美元', 'compute'),
    ('青禾大模型單次訓練成本約600萬美元。', '約600萬美元', 'compute'),
    ('截至6月底，全国智能算力规模达到788 EFLOPS。', '788 EFLOPS', 'compute'),
    ('该智算中心算力规模达到500P。', '500P', 'compute'),
    ('云川数据新建数据中心总功率为300MW。', '300MW', 'compute'),
    ('青禾科技计划到2027年数据中心容量达到5GW。', '5GW', 'compute'),
    ('該資料中心IT負載達到120MW。', '120MW', 'compute'),
    ('新一代芯片的推理能效提升了3倍。', '3倍', 'compute'),
    ('青禾科技新架构使推理成本降低了90%。', '降低了90%', 'compute'),
    ('預計2026年全球AI晶片出貨量年增45%。', '45%', 'compute'),
    ('Nvidia shipped about 3.8M data center GPUs last year.', 'about 3.8M', 'compute'),
    ('青禾科技GPU shipments are expected to grow 50% next year.', '50%', 'compute'),
    ('青禾科技今年將出貨逾500萬顆AI GPU。', '逾500萬', 'compute'),
    ('青禾科技运营着约60万块H100等效GPU。', '约60万', 'compute'),
    ('该数据中心 power capacity reaches 1.2GW.', '1.2GW', 'compute'),
    ('青禾科技新建智算中心算力达到2.5 EFLOPS。', '2.5 EFLOPS', 'compute'),
    # market
    ('预计今年全球AI服务器出货量将达到180万台。', '180万', 'market'),
    ('2024年中国AI服务器市场规模达到1,200亿元。', '1,200亿元', 'market'),
    ('今年二季度全球服务器出货金额同比增长40%。', '40%', 'market'),
    ('青禾科技在国内AI芯片市场的份额约为35%。', '35%', 'market'),
    ('青禾科技在全球云市场的市占率達到31%。', '31%', 'market'),
    ('IDC预计2028年全球AI支出将达到6,320亿美元。', '6,320亿美元', 'market'),
    ('Gartner預測2025年全球生成式AI支出將達6,440億美元。', '6,440億美元', 'market'),
    ('预计2030年全球大模型市场规模将达到1.2万亿元。', '1.2万亿元', 'market'),
    ('中国AI Agent市场2024-2028年复合增长率约为45%。', '45%', 'market'),
    ('The global AI chip market is expected to reach US$400bn by 2027.', 'US$400bn', 'market'),
    ('全球液冷市场規模預計年增60%。', '60%', 'market'),
    ('青禾AI服务器 shipments are expected to grow 30% in 2026.', '30%', 'market'),
    ('Global AI server shipments will reach 2.1M units in 2026.', '2.1M', 'market'),
    ('全球AI伺服器出貨量預計年增28%。', '28%', 'market'),
    ('青禾科技 has 40% market share in AI accelerators.', '40%', 'market'),
    ('青禾科技在中国公有云市场份额提升至26%。', '26%', 'market'),
    # earnings
    ('青禾科技在手订单约为450亿元。', '450亿元', 'earnings'),
    ('截至三季度末，青禾科技订单积压达到2,800亿美元。', '2,800亿美元', 'earnings'),
    ('云川数据RPO达到1,380亿美元。', '1,380亿美元', 'earnings'),
    ('青禾科技上半年营收达到120亿元。', '120亿元', 'earnings'),
    ('青禾科技第二季度营收同比增长56%。', '56%', 'earnings'),
    ('青禾科技上半年净利润为18.6亿元。', '18.6亿元', 'earnings'),
    ('青禾科技第二季度毛利率为72.5%。', '72.5%', 'earnings'),
    ('青禾科技第二季度營收年增38%。', '38%', 'earnings'),
    ('青禾科技Q2 revenue was $46.7bn, up 56% yoy.', '$46.7bn', 'earnings'),
    ('云川数据云业务收入同比增长26%。', '26%', 'earnings'),
    ('青禾科技AI相关收入连续八个季度实现三位数增长，本季同比增长210%。', '210%', 'earnings'),
    ('青禾科技 backlog reached $455bn.', '$455bn', 'earnings'),
    ('青禾科技未交付订单金额达到1,200亿元。', '1,200亿元', 'earnings'),
    ('青禾科技 net income rose 65% to $26.4bn.', '65%', 'earnings'),
    # valuation
    ('青禾科技市值突破4万亿美元。', '4万亿美元', 'valuation'),
    ('青禾科技股价今日上涨8.5%。', '8.5%', 'valuation'),
    ('本周纳斯达克指数下跌2.3%。', '下跌2.3%', 'valuation'),
    ('青禾科技當前市盈率約35倍。', '約35倍', 'valuation'),
    ('青禾科技 trades at 30x forward P/E.', '30x', 'valuation'),
    ('青禾科技港股IPO发行价为每股28港元。', '28港元', 'valuation'),
    ('青禾科技本次IPO拟募资15亿港元。', '15亿港元', 'valuation'),
    ('青禾智能完成B轮融资5亿元。', '5亿元', 'valuation'),
    ('本轮融资后青禾智能估值达到30亿美元。', '30亿美元', 'valuation'),
    ('青禾智能 raised $2bn at a $30bn valuation.', '$30bn', 'valuation'),
    ('云川数据持有青禾智能约15%的股份。', '约15%', 'valuation'),
    ('云川数据向青禾智能投资20亿美元。', '20亿美元', 'valuation'),
    ('年初至今半导体指数累計上漲42%。', '42%', 'valuation'),
    ('青禾科技 market cap hit $5tn.', '$5tn', 'valuation'),
    ('青禾智能 closed a $6.6bn funding round.', '$6.6bn', 'valuation'),
    ('青禾智能完成新一輪融資，投後估值達5,000億美元。', '5,000億美元', 'valuation'),
    ('云川数据将向青禾智能追加投资40亿美元。', '40亿美元', 'valuation'),
    # capex
    ('青禾科技计划未来三年投入3,800亿元用于AI基础设施建设。', '3,800亿元', 'capex'),
    ('云川数据累计在AI领域投资超过1,000亿元。', '超过1,000亿元', 'capex'),
    ('青禾智能承诺在未来五年购买价值300亿美元的云算力。', '300亿美元', 'capex'),
    ('青禾智能 signed a $30bn commitment to purchase Azure compute capacity.', '$30bn', 'capex'),
    ('青禾科技二季度资本开支为220亿美元。', '220亿美元', 'capex'),
    ('青禾科技二季度资本开支同比增长77%。', '77%', 'capex'),
    ('青禾科技預計2025年資本支出約為750億美元。', '750億美元', 'capex'),
    ('市场一致预期青禾科技2026年资本开支为1,000亿美元。', '1,000亿美元', 'capex'),
    ('青禾科技 raised its FY26 capex guidance to $85bn.', '$85bn', 'capex'),
    ('四大云厂商2025年capex合计约3,500亿美元。', '约3,500亿美元', 'capex'),
    ('云川数据计划投资5,000亿美元建设星门项目。', '5,000亿美元', 'capex'),
    ('云川数据宣布未来五年将在AI基础设施上投资1,500亿元。', '1,500亿元', 'capex'),
    ('雲川數據累計投入AI研發與算力逾2,000億元。', '逾2,000億元', 'capex'),
    ('日本政府计划到2030年在AI和半导体领域投入10兆日元。', '10兆日元', 'capex'),
    ('沙特计划投资1,000亿美元建设AI数据中心。', '1,000亿美元', 'capex'),
    ('青禾智能与云川数据签订了价值3,000亿美元的算力采购协议。', '3,000亿美元', 'capex'),
    ('青禾智能承諾向雲川數據採購價值380億美元的算力服務。', '380億美元', 'capex'),
    ('青禾智能签署了一份价值100亿美元的云服务合同，用于采购算力。', '100亿美元', 'capex'),
    ('市场预期青禾科技明年capex将增长35%。', '35%', 'capex'),
    ('青禾科技預計明年資本支出年增逾三成。', '年增逾三成', 'capex'),
    ('青禾科技 capex rose 64% yoy to $24.2bn.', '64%', 'capex'),
    ('青禾科技 capex consensus for 2026 stands at $110bn.', '$110bn', 'capex'),
    # adoption
    ('青禾助手月活跃用户达到1.5亿。', '1.5亿', 'adoption'),
    ('青禾助手的DAU突破3,000万。', '3,000万', 'adoption'),
    ('青禾智能的企业客户超过2万家。', '超过2万', 'adoption'),
    ('青禾助手網站月訪問量達到5.2億次。', '5.2億', 'adoption'),
    ('青禾大模型日均调用量超过10万亿tokens。', '超过10万亿', 'adoption'),
    ('青禾大模型API日均调用次数达到20亿次。', '20亿', 'adoption'),
    ('青禾科技约30%的新代码由AI生成。', '约30%', 'adoption'),
    ('青禾助手 weekly active users reached 800 million.', '800 million', 'adoption'),
    ('青禾助手付費用戶數同比增長150%。', '150%', 'adoption'),
    ('青禾智能 users reached 1 billion.', '1 billion', 'adoption'),
    ('青禾科技超過四分之一的新代碼由AI生成。', '超過四分之一', 'adoption'),
    ('青禾智能的付费企业客户数达到500万。', '500万', 'adoption'),
    # pricing
    ('青禾大模型输入价格为每百万tokens 2元。', '2元', 'pricing'),
    ('青禾大模型API价格下调80%。', '下调80%', 'pricing'),
    ('青禾大模型宣布降價97%。', '降價97%', 'pricing'),
    ('青禾Pro订阅价格为每月20美元。', '20美元', 'pricing'),
    ('青禾大模型 output costs $15 per 1M tokens.', '$15 per 1M tokens', 'pricing'),
    ('青禾大模型对个人用户全面免费。', '免费', 'pricing'),
    ('青禾大模型輸出價格每百萬tokens 8元。', '8元', 'pricing'),
    # parameters
    ('青禾大模型参数量为6,710亿。', '6,710亿', 'parameters'),
    ('青禾大模型總參數量達1兆。', '1兆', 'parameters'),
    ('青禾大模型 has 405 billion parameters.', '405 billion', 'parameters'),
    ('青禾大模型的激活参数为370亿。', '370亿', 'parameters'),
]


@pytest.mark.parametrize("text,number,theme", BATTERY, ids=[f"{t}:{n}" for _, n, t in BATTERY])
def test_theme_boundary_battery(text, number, theme):
    f = facts_of_text(text, DAY)
    rows = f[f["text"] == number]
    assert len(rows) >= 1, f"no fact {number!r} in:\n{f[['text', 'theme', 'metric']].to_string()}"
    assert rows.iloc[0]["theme"] == theme, rows.iloc[0][["text", "theme", "metric"]].to_dict()


def test_near_misses_stay_where_they_were():
    # a server's shipments stay market; an equity deal in a
    # field with its investee named stays valuation; a unit purchase price stays a price
    f = facts_of_text("Global AI server shipments will reach 2.1M units in 2026.", DAY)
    assert f.loc[f["text"] == "2.1M", "theme"].iloc[0] == "market"
    f = facts_of_text("GB200 NVL72 rack shipments are expected to reach 30k units in 2026.", DAY)
    assert set(f.loc[f["text"] == "30k", "theme"]) <= {"market"}
    f = facts_of_text("红杉中国在AI领域投资了智谱5亿元。", DAY)
    assert f.loc[f["text"] == "5亿元", "theme"].iloc[0] == "valuation"
    f = facts_of_text("16GB LPDDR5X采购价环比上涨约12%。", DAY)
    assert f.loc[f["text"] == "约12%", "theme"].iloc[0] != "capex"
