"""Shares of AI use that a 占比 keyword would call market shares: the share of people who have
used an AI product, of a game's players, of work a model assists, of a platform's processed
tokens and of institutions that deployed a model locally are adoption (SCHEMA: users, call
volumes, share of work done by AI); a vendor's share of shipments and a share of revenue stay."""
import datetime as dt

import pytest

from tests.text_facts import facts_of

_PUBLISHED = dt.date(2025, 10, 1)


def _share(text: str, value: float):
    rows = facts_of(text, _PUBLISHED)
    hit = rows[(rows["unit"] == "ratio") & ((rows["value"] - value).abs() < 1e-9)]
    assert len(hit) == 1, rows[["theme", "entity", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]


@pytest.mark.parametrize("text, value", [
    ("据调研，国内城镇家庭中使用过大模型语音助手的家庭占比约12%。", 0.12),
    ("截至9月底，某手游注册玩家超过5000万，其中与AI角色互动过的玩家占比约58%。", 0.58),
    ("某券商：大模型辅助代码生成占新增代码比例约两成。", 0.2),
    ("截至5月，全国已有超过200家银行完成某模型本地化部署，其中城商行占比约40%。", 0.4),
    ("某模型平台的周处理量已超过3万亿tokens，其中角色扮演类应用占比约三成。", 0.3),
])
def test_a_share_of_ai_use_is_adoption(text, value):
    assert _share(text, value)["theme"] == "adoption"


def test_a_vendors_share_and_a_share_of_revenue_stay():
    assert _share("2024年国内手机出货2.8亿部，其中华为占比约17%。", 0.17)["theme"] == "market"
    assert _share("某游戏海外玩家贡献的收入占比约35%。", 0.35)["theme"] == "earnings"
