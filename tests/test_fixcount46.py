"""fixcount46: the Hong Kong and Taiwan counters 間 (institutions), 校 (schools), 宗 (cases) and
檔 (listed securities) claim their counts as 所, 家 and 起 do; a counted noun before a colon that
opens the count's clause claims the count. Invented texts, fictional names."""
from tests.text_facts import facts_of


def _rows(text):
    f = facts_of(text)
    return {(r.theme, r.metric, r.value) for r in f[f["unit"] == "count"].itertuples()}


def test_institutions_counted_with_jian():
    rows = _rows("翠嶺福利會2025年報：本會在本年度營運9間長者中心，另有23間機構申請加入。")
    assert ("adoption", "institutions", 9.0) in rows
    assert ("adoption", "institutions", 23.0) in rows


def test_schools_and_cases_counted():
    rows = _rows("青禾市2025年：獲補助學校合計357校；去年全市共錄得186宗網絡詐騙案。")
    assert ("adoption", "schools", 357.0) in rows
    assert ("adoption", "cases", 186.0) in rows


def test_listings_counted_with_dang():
    rows = _rows("晴川指數2025年定期審核：本次名單納入4檔、剔除2檔。")
    assert ("valuation", "listings", 4.0) in rows
    assert ("valuation", "listings", 2.0) in rows


def test_near_miss_read_counter_and_ordinal():
    # a read counter's count and an ordinal stay out, as for the mainland counters
    rows = _rows("青禾大學2025年：本期阅读 812 宗，第7校获评优秀。")
    assert not any(v in (7.0, 812.0) for _, _, v in rows)


def test_noun_label_before_colon_claims_count():
    assert ("adoption", "accounts", 370000.0) in _rows("雲票平台2025年報\n\n▍封禁異常账号：37万个\n")
    assert ("adoption", "orders", 125000.0) in _rows("雲票平台2025年報\n\n▍識別並取消黃牛订单：12.5万张，全部回流銷售\n")
    # near miss: a noun closing the line above (no colon) is a heading, not the count's noun
    assert not any(v == 46.0 for _, _, v in _rows("雲票平台2025年報\n\n服务客户\n46个即可兑换\n"))
