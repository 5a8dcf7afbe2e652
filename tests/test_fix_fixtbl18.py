"""Tables whose unit is a price per measure (美元/GB, 元/PFlops/月, US$/kW/month) in a caption
or header, and property-leasing measures (asking rent, vacancy) as metric words; invented
examples."""
from decimal import Decimal

import pytest

import aigc_analysis as aa
from aigc_analysis.extract.quantities import find_unit_labels


@pytest.mark.parametrize("label, mult, unit", [
    ("表4　闪存颗粒现货价（美元/GB，周均价）", 1, "USD"),
    ("（美元/TB）", 1, "USD"),
    ("（元/PFlops/月）", 1, "CNY"),
    ("（万元/P/月）", 10000, "CNY"),
    ("（元/千瓦/月）", 1, "CNY"),
    ("（元/公里，工作日）", 1, "CNY"),
    ("(US$/kW/month)", 1, "USD"),
    ("(USD/GB)", 1, "USD"),
])
def test_price_per_measure_label(label, mult, unit):
    (_, _, m, u), = find_unit_labels(label)
    assert (m, u) == (Decimal(mult), unit)


@pytest.mark.parametrize("label", ["（亿元/台式机）", "（亿元/GB级产品）", "(US$ bn/kWh price)"])
def test_no_price_per_measure_near_misses(label):
    assert all(u != "bytes" for *_, u in find_unit_labels(label))
    assert len(find_unit_labels(label)) <= 1


def _facts(tmp_path, text):
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    return aa.extract_facts(aa.load_corpus(tmp_path))


def test_monthly_price_table_under_per_gb_caption(tmp_path):
    text = ("【闪存价格周报】2025年10月合约价\n"
            "发布：2025/11/03\n\n"
            "表1　主要闪存产品合约价（美元/GB，月均价）\n"
            "品类                 2025-08    2025-09    2025-10\n"
            "QLC 1Tb晶圆          0.031      0.037      0.046\n"
            "UFS 4.0（手机）       0.120      0.134      0.151\n\n"
            "十月闪存合约价继续上涨。\n")
    facts = _facts(tmp_path, text)
    cells = facts[facts["text"].isin(["0.031", "0.037", "0.046", "0.120", "0.134", "0.151"])]
    assert len(cells) == 6
    assert set(cells["unit"]) == {"USD"}
    assert set(cells["theme"]) == {"market"}
    assert set(cells[cells["text"] == "0.031"]["period"]) == {"2025-08"}
    assert set(cells[cells["text"] == "0.151"]["period"]) == {"2025-10"}


def test_english_leasing_table_rent_and_vacancy(tmp_path):
    text = ("Northbay Research | Infra Monthly\n"
            "Oct 20, 2025\n\n"
            "Table 3: Selected EU markets, 1H25 (rent in US$/kW/month)\n"
            "Market        Vacancy   Asking rent\n"
            "Frankfurt     3.4%      172\n"
            "Amsterdam     5.2%      158\n"
            "Source: broker surveys.\n")
    facts = _facts(tmp_path, text)
    rent = facts[facts["text"] == "172"]
    assert list(rent["unit"]) == ["USD"] and list(rent["theme"]) == ["market"]
    assert list(rent["value"]) == [172.0]
    vacancy = facts[facts["text"] == "5.2%"]
    assert list(vacancy["theme"]) == ["market"] and list(vacancy["value"]) == [0.052]


@pytest.mark.parametrize("text, value, unit, per", [
    ("asking rents reached US$171/kW/month in the quarter", 171.0, "USD", "kW/month"),
    ("中标单价1.95万元/PFlops/月", 19500.0, "CNY", "PFlops/月"),
    ("试运营票价约2.1元/公里", 2.1, "CNY", "公里"),
    ("批发机柜租金约380元/kW/月", 380.0, "CNY", "kW/月"),
])
def test_prose_price_per_measure(text, value, unit, per):
    q = next(q for q in aa.find_quantities(text) if q.kind == "price")
    assert (q.value, q.unit, q.per) == (value, unit, per)
