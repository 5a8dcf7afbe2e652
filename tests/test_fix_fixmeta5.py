"""fixmeta5: Taiwan target-price currency; slide bullets wrapped over indented lines."""
from aigc_analysis.extract.segment import rejoin_wrapped_lines
from aigc_analysis.load.metadata import infer_metadata, infer_rating

# --- a bare or 元 target price in a Traditional-script Taiwan note is TWD -----------------------
TW_NOTE = ("嵐峰投顧　產業研究部\n中華民國114年9月3日\n雲杉電子(2399)\n目標價：980元\n"
           "雲杉電子第二季營收年增12%，毛利率回升至21%。\n")


def test_taiwan_yuan_target_is_twd():
    assert infer_rating(TW_NOTE)["target_currency"] == "TWD"
    assert infer_metadata(TW_NOTE)["target_currency"] == "TWD"


def test_taiwan_bare_target_is_twd():
    meta = infer_metadata(TW_NOTE.replace("目標價：980元", "目標價：980"))
    assert (meta["target_price"], meta["target_currency"]) == (980.0, "TWD")


def test_simplified_note_keeps_cny():
    text = ("青禾证券研究所\n2025年9月3日\n某某电子(002399)\n目标价：98元\n公司营收增长12%，台股同业估值更高。\n")
    assert infer_rating(text)["target_currency"] == "CNY"


def test_traditional_hk_dollar_target_kept():
    text = ("某某證券研究部\n2025年9月3日\n某某科技(0799.HK)\n目標價：HK$98\n公司營收增長12%，台股同業估值更高。\n")
    assert infer_rating(text)["target_currency"] == "HKD"


def test_traditional_without_taiwan_cue_keeps_cny():
    text = ("某某證券研究所\n2025年9月3日\n某某電子(002399)\n目標價：98元\n公司營收增長12%，毛利率回升。\n")
    assert infer_rating(text)["target_currency"] == "CNY"


# --- slide bullets whose text goes on in indented lines -----------------------------------------
SLIDE = ("● 年初至10月31日，申万\n"
         "  传媒指数上涨约18%，同期沪深300上涨\n"
         "  约9%\n"
         "● 三家龙头合\n"
         "  计营收增长约25%\n"
         "资料来源：Wind\n")


def test_bullet_continuation_joined():
    joined = rejoin_wrapped_lines(SLIDE)
    assert len(joined) == len(SLIDE)
    lines = joined.split("\n")
    assert lines[0].startswith("● 年初至") and "约9%" in lines[0]
    assert "计营收增长约25%" in lines[1]


def test_bullet_not_joined_to_unindented_lines():
    joined = rejoin_wrapped_lines(SLIDE)
    # the next bullet and the source caption start their own lines
    assert "\n● 三家龙头合" in joined and "\n资料来源" in joined


def test_unindented_line_after_bullet_not_joined():
    text = "● 本周算力指数上涨约6%\n下周关注\n  英伟达财报\n"
    assert rejoin_wrapped_lines(text).count("\n") == 3


def test_blank_line_ends_bullet():
    text = "● 本周算力指数上涨\n\n  约6%\n"
    assert rejoin_wrapped_lines(text) == text


def test_two_joined_bullets_are_no_table():
    """The hanging indent of two joined bullets is no cell gap: both bullets' figures survive."""
    from aigc_analysis.extract.segment import split_sentences
    text = ("● 年初至10月31日，申万\n  传媒指数上涨约18%，同期\n  沪深300上涨\n  约9%\n"
            "● 本周三家龙头合\n  计营收增长约25%。\n")
    joined = rejoin_wrapped_lines(text)
    sents = split_sentences(joined, text)
    assert not any(s.is_row for s in sents)
    assert any("约9%" in joined[s.start:s.end] and "传媒指数" in joined[s.start:s.end] for s in sents)


# --- publisher named on a header line without a date; that line is no title --------------------
def _meta(head: str) -> dict:
    body = ("2025年11月3日\n本周算力租赁价格回落\n"
            "本周算力租赁价格环比下降3%，需求端仍保持稳健，供给端新增产能陆续释放，价格有望企稳。\n")
    return infer_metadata(head + "\n" + body)


def test_research_centre_column_line():
    meta = _meta("青枫数据研究中心　算力周度数据")
    assert meta["publisher"] == "青枫数据研究中心"
    assert meta["title"] == "本周算力租赁价格回落"


def test_taiwan_advisory_column_line():
    assert _meta("嵐峰投顧　產業研究部")["publisher"] == "嵐峰投顧"


def test_site_column_line():
    assert _meta("青川財經網 ｜ 科技")["publisher"] == "青川財經網"


def test_bare_source_line():
    meta = _meta("来源：青枫观察研究院")
    assert meta["publisher"] == "青枫观察研究院"
    assert meta["title"] == "本周算力租赁价格回落"


def test_english_securities_line():
    assert _meta("PINE CREST SECURITIES (ASIA) LIMITED")["publisher"] == "PINE CREST SECURITIES (ASIA) LIMITED"


def test_column_line_without_org_word_not_publisher():
    # a newsletter's name and issue, no org word: not read as a publisher
    meta = _meta("算力周报　第12期")
    assert meta["publisher"] is None


def test_source_line_with_sentence_not_publisher():
    assert _meta("来源：据青枫观察研究院统计，本周价格回落。")["publisher"] is None


def test_agency_company_on_first_line():
    meta = _meta("青嵐國際信用評級（香港）有限公司")
    assert meta["publisher"] == "青嵐國際信用評級（香港）有限公司"


def test_announcement_line_is_no_company_line():
    # a company's announcement headline names the company but is more than its name
    assert _meta("某某科技有限公司关于2025年度业绩预告的公告")["publisher"] is None


def test_compiler_credit_line():
    meta = _meta("編譯：青嵐证券")
    assert meta["publisher"] == "青嵐证券"
    assert meta["title"] == "本周算力租赁价格回落"


def test_broker_column_line():
    assert _meta("青嵐证券 电子行业 ｜ 调研纪要")["publisher"] == "青嵐证券"


def test_quoted_issue_line_is_no_title():
    meta = _meta("> 青枫观察研究院 · 月度数据 第23期")
    assert meta["publisher"] == "青枫观察研究院"
    assert meta["title"] == "本周算力租赁价格回落"


def test_headline_opening_with_publisher_is_title():
    # the publisher's name opening a headline sentence is no column line
    text = ("青嵐研究中心 认为：推理成本下降，应用拐点临近\n2025年11月3日\n"
            "青嵐研究中心认为，推理成本快速下降有望加速应用落地，本周算力租赁价格环比下降3%。\n")
    meta = infer_metadata(text)
    assert meta["title"] == "青嵐研究中心 认为：推理成本下降，应用拐点临近"
