"""A time written like a name is no entity (fixent20b): ``mid-2024`` is when a round was raised,
``2025H1`` after a product name is the period of its figure, not the product's version.
Invented reports."""
import aigc_analysis as aa
from aigc_analysis.extract.names import find_unknown_names


def _facts(tmp_path, text):
    (tmp_path / "X01_probe.txt").write_text("Chip Funding Weekly\nDec 5, 2025\n\n" + text, encoding="utf-8")
    return aa.extract_facts(aa.load_corpus(tmp_path))


def test_lowercase_word_joined_to_a_year_is_no_name():
    names = [n.name for n in find_unknown_names("· Zorbix: raised ~$90M in mid-2024; late-2025 talks.")]
    assert "mid-2024" not in names and "late-2025" not in names


def test_year_and_half_after_a_name_is_no_version():
    names = [n.name for n in find_unknown_names("岚川软件：QilinGPT 2025H1 AI相关收入同比增长超80%")]
    assert "QilinGPT 2025H1" not in names and "QilinGPT" in names


def test_round_raised_in_mid_year_is_the_bullet_firm(tmp_path):
    facts = _facts(tmp_path, "· Zorbix: raised ~$90M in mid-2024; brokers now value it at $1.1bn.\n")
    rows = facts[facts["text"] == "~$90M"]
    assert list(rows["entity"]) == ["Zorbix"], facts[["entity", "metric", "text"]]
