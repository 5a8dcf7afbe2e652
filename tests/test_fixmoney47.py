"""fixmoney47: amounts we never wrote. An amount charged per item that no keyword names
(``报关费每票150元``) is a price (_per_item_price); formal (大写) numerals of contracts and
tenders (``人民币贰拾捌万元``) are read as the ordinary numerals (numerals.fold); a money table
whose caption and header name no theme word takes the theme of the document's amounts when one
theme holds nearly all of them (_document_money_theme). Invented texts, fictional names."""
import datetime as dt

from aigc_analysis.extract.numerals import fold
from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text

_DAY = dt.date(2031, 9, 12)


def _rows(df, text):
    return df[df["text"] == text]


def test_amount_per_item_is_a_price():
    df = facts_of_text("澄岚货代杂费：报关费每票180元；拖车费每柜2,400元。", _DAY)
    for text, value in (("180元", 180.0), ("2,400元", 2400.0)):
        rows = _rows(df, text)
        assert len(rows) == 1, df[["text", "theme", "metric"]]
        assert rows.iloc[0]["theme"] == "pricing" and rows.iloc[0]["value"] == value
        assert rows.iloc[0]["unit"] == "CNY"


def test_amount_per_item_after_a_qualifier_and_a_long_item():
    df = facts_of_text("青棠智能客服按量计费，每千次会话约45元。", _DAY)
    rows = _rows(df, "约45元")
    assert len(rows) == 1 and rows.iloc[0]["theme"] == "pricing"


def test_per_share_amount_is_no_item_price():
    # a near miss: 每股 gives a per-share figure, never a price of an item
    df = facts_of_text("岚汐控股董事会建议中期派息每股0.26港元。", _DAY)
    assert not (_rows(df, "0.26港元")["metric"] == "price_per_unit").any()


def test_step_of_a_sensitivity_is_no_item_price():
    # a near miss: 每上涨 is the step of a sensitivity, not a price
    df = facts_of_text("据澄岚测算，燃料每上涨12美元，航线毛利下降约3%。", _DAY)
    assert len(_rows(df, "12美元")) == 0


def test_amount_far_from_its_per_word_is_no_item_price():
    # a near miss: a digit between 每 and the amount parts them
    df = facts_of_text("青棠物流每2公斤另收费，全年投入800万元。", _DAY)
    assert not (df["metric"] == "price_per_unit").any()


def test_formal_numerals_fold_to_ordinary_ones():
    assert fold("投标报价人民币壹亿贰仟壹佰捌拾陆万元整") == "投标报价人民币一亿二千一百八十六万元整"
    assert len(fold("贰拾捌万元")) == len("贰拾捌万元")


def test_formal_numeral_amount_is_read():
    qs = find_quantities("一线城市加盟费人民币贰拾捌万元，三线城市壹拾贰万元。")
    assert [(q.text, q.value, q.unit) for q in qs] == [("人民币贰拾捌万元", 280000.0, "CNY"),
                                                       ("壹拾贰万元", 120000.0, "CNY")]


def test_lone_formal_characters_stay_words():
    # near misses: a surname, 大陆, 陆陆续续 and 收拾 hold no formal numeral
    assert fold("伍先生说大陆客户陆陆续续回来，收拾好了") == "伍先生说大陆客户陆陆续续回来，收拾好了"
    assert fold("新台币1,068,452仟元") == "新台币1,068,452仟元"  # a lone 仟 after digits is a magnitude


_MONEY_DOC = ("岚汐科技2031年第二季度营业收入12.4亿元，净利润2.1亿元，毛利8.6亿元，经营现金流3.2亿元。\n\n"
              "表1　分区明细（单位：亿元）\n"
              "区域　　　　2031Q2　　　2030Q2\n"
              "华东区　　　6.2　　　　　4.8\n"
              "华南区　　　3.1　　　　　2.9\n")


def test_money_table_naming_no_theme_takes_the_documents_theme():
    df = facts_of_text(_MONEY_DOC, _DAY)
    for text in ("6.2", "4.8", "3.1", "2.9"):
        rows = _rows(df, text)
        assert len(rows) == 1, df[["text", "theme", "metric"]]
        assert rows.iloc[0]["theme"] == "earnings" and rows.iloc[0]["unit"] == "CNY"
    assert _rows(df, "6.2").iloc[0]["value"] == 6.2e8


def test_money_table_in_a_document_of_mixed_amounts_gives_no_row():
    # a near miss: the amounts before the table are of several themes, so none is guessed
    text = ("岚汐科技2031年第二季度营业收入12.4亿元，资本开支5.1亿元，估值320亿元，研发支出2.2亿元。\n\n"
            "表1　分区明细（单位：亿元）\n"
            "区域　　　　2031Q2　　　2030Q2\n"
            "华东区　　　6.2　　　　　4.8\n"
            "华南区　　　3.1　　　　　2.9\n")
    df = facts_of_text(text, _DAY)
    assert len(_rows(df, "6.2")) == 0
