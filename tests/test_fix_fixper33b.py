"""A masthead date set apart by two ideographic spaces is the publication date (fixper33b)."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.load.metadata import infer_metadata


def test_byline_then_two_ideographic_spaces_then_date():
    text = ("某某指数专题｜AI硬件成最大赢家\n云帆研究团队（虚构）\u3000\u30002031年3月8日\n\n"
            "摘要\n● 本轮新增9只成分股，其中AI相关5只。\n")
    meta = infer_metadata(text)
    assert meta["published"] == dt.date(2031, 3, 8)
    assert meta["published_source"] == "header"

