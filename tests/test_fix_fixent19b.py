"""Entities of firms written by a short form, apps in a ranking table and bare ticker labels
(fixent19b): invented reports, real lexicon firms only where the lexicon's own row is the point."""
import aigc_analysis as aa
from aigc_analysis.extract.lexicon import get_matcher
from aigc_analysis.extract.names import short_form_suffixes


def _facts(tmp_path, text):
    (tmp_path / "X01_probe.txt").write_text("# 周报\n\n> 某研究所 · 2025-11-20\n\n" + text, encoding="utf-8")
    return aa.extract_facts(aa.load_corpus(tmp_path))


def _entity(facts, text):
    rows = facts[facts["text"] == text]
    assert len(rows) == 1, facts[["entity", "metric", "text"]]
    return rows["entity"].iloc[0]


def test_short_form_is_the_firm_of_its_alias():
    # 传音 is 传音控股 less its descriptor; a stem two firms share names neither
    assert get_matcher().short_form("传音", short_form_suffixes()) == "Transsion"
    assert get_matcher().short_form("平安", short_form_suffixes()) is None
    assert get_matcher().short_form("腾讯", short_form_suffixes()) is None  # itself a name


def test_short_form_row_label_is_the_listed_firm(tmp_path):
    facts = _facts(tmp_path, "| 品牌 | 出货量（万部） | 份额 |\n|---|---|---|\n"
                             "| 荣耀 | 1510 | 12.1% |\n| 传音 | 1330 | 10.6% |\n")
    assert _entity(facts, "10.6%") == "Transsion"


def test_app_column_names_the_app_not_its_developer(tmp_path):
    facts = _facts(tmp_path, "三季度AI应用榜单如下。\n\n"
                             "| 排名 | 应用 | 开发者 | 月活（万） | 环比 |\n|---|---|---|---|---|\n"
                             "| 1 | Claude | Anthropic | 3,120 | +4.4% |\n| 2 | Grok | xAI | 2,480 | -2.7% |\n")
    assert _entity(facts, "3,120") == "Claude"
    assert _entity(facts, "-2.7%") == "Grok"


def test_bare_ticker_under_ticker_column_is_the_listed_firm(tmp_path):
    facts = _facts(tmp_path, "Table 3: Data-centre REITs\nTicker   EV/EBITDA 2026E   Div. yield\n"
                             "AMT      19.4x             3.1%\nEQIX     21.3x             2.2%\n")
    assert _entity(facts, "21.3x") == "Equinix"
    assert _entity(facts, "19.4x") == "American Tower"
