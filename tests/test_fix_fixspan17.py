"""Periods of changes against a stated base date (invented notes, invented firms and numbers)."""
import shutil
import tempfile
from pathlib import Path

from aigc_analysis import extract_facts, load_corpus

NOTE = """甲乙证券 2025年10月15日 大模型调用量跟踪

• 星河云：9月星河大模型日均tokens调用量超过21万亿，较6月底的9.2万亿增长超过120%，约为2024年11月的6.3倍。
• 天枢科技：月处理tokens由6月的650万亿增至9月的910万亿，三个月增长约40%。
• 截至2025年6月，我国智能体用户规模达3.12亿人，较2024年12月增长1.27亿人，普及率为22.1%。
• 问：需求增长快吗？答：非常快。星河大模型日均tokens调用量4月底是8.1万亿，8月底已经超过15万亿，四个月涨了85%以上。
"""


def _facts(text):
    with tempfile.TemporaryDirectory() as d:
        Path(d, "note.txt").write_text(text, encoding="utf-8")
        return extract_facts(load_corpus(d))


def _period(facts, text):
    rows = facts[facts["text"] == text]
    assert len(rows) == 1, (text, facts[["metric", "period", "text"]].to_string())
    return rows.iloc[0]["period"]


def test_multiple_of_a_base_month_spans_from_the_base():
    f = _facts(NOTE)
    assert _period(f, "6.3倍") == "2024-11/2025-09"
    assert _period(f, "超过120%") == "2025-06/2025-09"


def test_change_over_stated_months_spans_them():
    f = _facts(NOTE)
    assert _period(f, "约40%") == "2025-06/2025-09"
    assert _period(f, "85%以上") == "2025-04/2025-08"


def test_count_change_since_a_base_month_spans_to_its_month():
    f = _facts(NOTE)
    assert _period(f, "1.27亿") == "2024-12/2025-06"
    assert _period(f, "3.12亿") == "2025-06"


def test_month_flow_against_month_before_keeps_its_month():
    f = _facts("""甲乙证券 2025年11月5日 销量月报

丙丁汽车10月销量12.5万辆，较9月增加1.8万辆；前三个月增长约15%。
""")
    assert _period(f, "1.8万") == "2025-10"
    assert "/" not in _period(f, "约15%")


TRACKER = """应用观察 · AI应用月度榜单
2025年7月16日 ｜ 第9期 ｜ 数据月份：2025年6月

1. 星河助手：MAU连续第二个月环比下滑，较3月峰值1.52亿累计回落约27%；日均使用时长约9分钟，较4月下降近两成。

全国在用数据中心平均PUE为1.38，较2024年底下降0.03。
"""


def test_change_since_base_month_ends_at_the_data_month():
    f = _facts(TRACKER)
    assert _period(f, "回落约27%") == "2025-03/2025-06"
    assert _period(f, "下降近两成") == "2025-04/2025-06"


def test_undated_change_in_points_spans_from_its_base():
    f = _facts(TRACKER)
    assert _period(f, "下降0.03") == "2024-12/2025-06"
    assert _period(f, "1.38") == "2025-06"


def test_level_of_a_base_is_no_change():
    assert "/" not in _period(_facts(TRACKER), "1.52亿")


def test_monthly_recap_month_ends_a_change_since_base():
    f = _facts("""【储能电池月报】2025年7月：出货量再创新高
某某研究院 · 月度数据报告（第8期）
发布日期：2025年8月20日

一、本月摘要
1. 电芯成本持续下行：280Ah储能电芯均价已降至约0.28元/Wh，较2024年初下降约35%。
""")
    assert _period(f, "下降约35%") == "2024-01/2025-07"


def test_trailing_months_alone_keep_their_month():
    f = _facts("""甲乙证券 2025年10月15日 大模型调用量跟踪

• 天枢科技：9月月处理tokens达910万亿，近三个月增长约40%。
""")
    assert _period(f, "约40%") != "2025-06/2025-09"  # no stretch read from the window alone
