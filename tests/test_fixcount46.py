"""fixcount46: the Hong Kong and Taiwan counters 間 (institutions) and 校 (schools) claim their
counts as 所 and 家 do (宗 and 檔 are left out: gold files 宗's cases under several themes, and 档
is a tier in mainland texts); a counted noun before the colon right before a count claims it.
Invented texts, fictional names."""
from tests.text_facts import facts_of


def _rows(text):
    f = facts_of(text)
    return {(r.theme, r.metric, r.value) for r in f[f["unit"] == "count"].itertuples()}


def test_institutions_counted_with_jian():
    rows = _rows("翠嶺福利會2025年報：本會在本年度營運9間長者中心，另有23間機構申請加入。")
    assert ("adoption", "institutions", 9.0) in rows
    assert ("adoption", "institutions", 23.0) in rows


def test_schools_counted_and_cases_left_out():
    rows = _rows("青禾市2025年：獲補助學校合計357校；去年全市共錄得186宗網絡詐騙案。")
    assert ("adoption", "schools", 357.0) in rows
    assert not any(v == 186.0 for _, _, v in rows)


def test_tiers_not_counted():
    # 档 is a tier in mainland texts: no count of listed securities
    rows = _rows("晴川集团2025年经营目标：共设12档考核目标。")
    assert not any(v == 12.0 for _, _, v in rows)


def test_near_miss_read_counter_and_ordinal():
    # a read counter's count and an ordinal stay out, as for the mainland counters
    rows = _rows("青禾大學2025年：本期阅读 812 宗，第7校获评优秀。")
    assert not any(v in (7.0, 812.0) for _, _, v in rows)


def test_noun_label_before_colon_claims_count():
    assert ("adoption", "accounts", 370000.0) in _rows("雲票平台2025年報\n\n▍封禁異常账号：37万个\n")
    assert ("adoption", "orders", 125000.0) in _rows("雲票平台2025年報\n\n▍識別並取消黃牛订单：12.5万张，全部回流銷售\n")
    # near miss: a noun closing the line above (no colon) is a heading, not the count's noun
    assert not any(v == 46.0 for _, _, v in _rows("雲票平台2025年報\n\n服务客户\n46个即可兑换\n"))
