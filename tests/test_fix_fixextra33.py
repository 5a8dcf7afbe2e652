"""Numbers the SCHEMA says are no facts, seen as extras in several triage sets.

- ``持股5%以上股东``: a holding bound before 股东 names a class of shareholders (the disclosure
  threshold), no stake of anyone.
- ``配套1.6T CPO交换机``, ``800G继续切1.6T``: in a document about optical modules a bare ``1.6T``
  is a speed grade (SCHEMA: chip, memory and optical speed grades are no facts), not 1.6 trillion.

Every example is invented (青禾光电, 远川科技 exist in no report).
"""
from __future__ import annotations

from tests.text_facts import facts_of


def _texts(text: str) -> list[str]:
    return list(facts_of(text)["text"])


def test_a_holding_bound_before_shareholders_is_no_stake():
    t = "远川科技公告，持股5%以上股东青禾投资拟减持不超过2%股份，减持完成后仍持股6.5%。"
    texts = _texts(t)
    assert "5%以上" not in texts
    assert "6.5%" in texts


def test_a_traditional_holding_bound_is_no_stake_either():
    texts = _texts("遠川科技公告，持股5%以上股東青禾投資擬減持不超過1.5%股份。")
    assert not any(x.startswith("5%") for x in texts)


def test_a_holding_reached_stays_a_stake():
    texts = _texts("增持完成后，青禾投资持股5%以上。")
    assert any(x.startswith("5%") for x in texts)


def test_a_bare_terabit_grade_in_an_optical_note_is_no_count():
    t = "青禾光电：800G光模块出货量今年约1200万只，下半年800G继续切1.6T\n公司同时配套3.2T CPO交换机方案。"
    texts = _texts(t)
    assert "1.6T" not in texts and "3.2T" not in texts
    assert any("1200万" in x for x in texts)


def test_a_terabit_count_of_tokens_stays():
    # no optical word anywhere: 1.6T is a volume here
    texts = _texts("远川科技大模型日均处理1.6T tokens，较年初增长3倍。")
    assert any(x.startswith("1.6T") for x in texts)


def test_the_two_parties_of_one_deal_share_one_row():
    # real firms, so that both parties are recognised; the sentences are invented
    for t in ("亚马逊与英伟达签署合作协议，双方计划三年内在美国部署超过2GW的算力。",
              "微软 × 甲骨文：双方10年期合同覆盖约800MW，合同总额约120亿美元。"):
        rows = facts_of(t)
        hit = rows[rows["unit"] == "watts"]
        assert len(hit) == 1, rows[["entity", "metric", "value", "text"]].to_string()


def test_each_party_keeps_its_own_row():
    rows = facts_of("微软与甲骨文成立合资公司，双方各出资50亿美元。")
    assert set(rows[rows["value"] == 5e9]["entity"]) == {"Microsoft", "Oracle"}


def test_a_zero_padded_week_in_a_price_table_is_no_price():
    t = ("远川科技算力租赁周度报价（单位：万元/台/月）\n"
         "| 周次 | 日期 | 均价 |\n|---|---|---|\n"
         "| 第32周 | 08.04-08.10 | 7.82 |\n| 第33周 | 08.11-08.17 | 7.74 |\n")
    texts = _texts(t)
    assert not any(x.startswith("08.") for x in texts), texts
