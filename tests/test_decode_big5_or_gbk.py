"""Files valid in both GB18030 and Big5 that the detector declines: the reading with common
characters wins. The texts are invented."""
from __future__ import annotations

import charset_normalizer
import pytest

from aigc_analysis.load import decode

TRAD = "星橋科技今年營收增長三成，公司表示將擴大伺服器產能，並與多家雲端業者簽約。" * 4
SIMP = "星桥科技今年营收增长三成，公司表示将扩大服务器产能，并与多家云端业者签约。" * 4


def _both_valid(data: bytes) -> bool:
    try:
        str(data, "gb18030"), str(data, "big5")
    except UnicodeDecodeError:
        return False
    return True


def test_the_invented_big5_text_is_also_valid_gb18030():
    assert _both_valid(TRAD.encode("big5"))  # else the tests below would not test the tie


def test_big5_text_reads_as_big5_when_the_detector_declines(monkeypatch):
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda *a, **k: charset_normalizer.CharsetMatches())
    text, codec, damage = decode.decode_bytes(TRAD.encode("big5"))
    assert (codec, text, damage) == ("big5", TRAD, [])


def test_gbk_text_still_reads_as_gb18030_when_the_detector_declines(monkeypatch):
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda *a, **k: charset_normalizer.CharsetMatches())
    text, codec, _ = decode.decode_bytes(SIMP.encode("gbk"))
    assert (codec, text) == ("gb18030", SIMP)


@pytest.mark.parametrize("text, first", [(TRAD, "big5"), (SIMP, "gb18030")])
def test_order_by_common_characters(text, first):
    data = text.encode("big5" if first == "big5" else "gbk")
    assert decode._by_common_characters(data)[0] == first
