"""Unknown-name finder: a document's title and a deal clause are no firm's name (fixent38b)."""
from aigc_analysis.extract.names import find_unknown_names


def _names(text):
    return [n.name for n in find_unknown_names(text)]


def test_title_with_year_bracket_is_no_firm():
    # a case number's year bracket after a document-type word is no stock code
    assert _names("变更公告　（2027）青法执88号之一") == []
    assert _names("中标公示（2027）第3号") == []


def test_coded_firm_still_found():
    assert _names("岚曜科技（688123）今日开盘") == ["岚曜科技"]


def test_role_phrase_before_fund_is_no_name():
    text = "一、交易概况：B轮合计9亿元。领投方为某省属产业基金（4亿元），其余由老股东跟投。"
    assert not any("领投方" in n for n in _names(text))


def test_verb_before_fund_is_no_name():
    text = "- 2026年5月：先后获得苏州城投产业基金等约6亿元的投资。"
    assert not any("获得" in n for n in _names(text))
    text = "种子轮获得了三家产业基金共计800万元的投资。"
    assert not any("获得" in n for n in _names(text))


def test_tender_role_before_firm_is_no_name():
    text = "评审结果：第三中标候选人某数据集团股份有限公司，投标报价人民币伍仟万元整。"
    assert not any("候选人" in n for n in _names(text))
