"""Segments and product lines as subjects (fixseg29): a product line written right before its
revenue keyword has the figure (``iPad收入``), a clause whose own words name another segment
(``服务收入``) hands the figure back to the maker rather than the product of the clause before,
``该部门`` points back at the segment named before it, and generic device categories
(smartwatches, wearables, wrist-worn devices) and table row labels of kinds of glasses are
translated rather than left to a firm in reach or kept in Chinese.

Every example is invented: the firms' figures exist in no report.
"""
from __future__ import annotations

from aigc_analysis.extract.names import product_label_english
from tests.text_facts import facts_of


def _entity(text: str, value: float) -> str:
    f = facts_of(text)
    hit = f[(f["value"] - value).abs() <= 1e-9 * max(1.0, abs(value))]
    assert len(hit) == 1, f[["entity", "metric", "value", "text"]].to_string()
    return hit.iloc[0]["entity"]


def test_product_line_before_revenue_keyword_is_subject():
    text = "苹果2026财年第一财季营收1100.2亿美元；其中iPhone收入611.5亿美元，同比增长3%；iPad收入71.2亿美元。"
    assert _entity(text, 6.115e10) == "iPhone"
    assert _entity(text, 7.12e9) == "iPad"


def test_own_segment_word_hands_the_figure_back_to_the_maker():
    text = "苹果2026财年第一财季营收1100.2亿美元；其中Mac收入91.4亿美元，同比增长7%；服务收入301.7亿美元，同比增长12%。"
    assert _entity(text, 9.14e9) == "Mac"
    assert _entity(text, 3.017e10) == "Apple"


def test_period_before_keyword_keeps_the_product():
    text = "苹果公司披露，iPhone收入611.5亿美元，同比增长3%；全年收入2210.4亿美元。"
    assert _entity(text, 2.2104e11) == "iPhone"


def test_segment_pointer_keeps_the_segment():
    text = "新品热卖没有扭转Reality Labs的颓势：该部门一季度经营亏损38.6亿美元。"
    assert _entity(text, -3.86e9) == "Reality Labs"


def test_device_categories_are_named_not_a_firm_in_reach():
    text = ("2026年一季度中国可穿戴设备市场出货量3120万台；其中智能手表出货1105万台。"
            "小米在中国可穿戴市场份额为21.5%。全球腕戴设备一季度出货量4420万台。")
    assert "wearables" in _entity(text, 3.12e7)
    assert _entity(text, 1.105e7) == "smartwatches"
    assert _entity(text, 4.42e7) == "wrist-worn devices"


def test_row_labels_of_device_kinds_translate():
    assert product_label_english("AR显示眼镜") == "AR display glasses"
    assert product_label_english("可穿戴设备") == "Wearables"
    assert product_label_english("刻蚀设备") == "Etching equipment"


def test_part_of_the_segment_keeps_the_segment():
    text = "云智能集团收入412.6亿元，同比增长31%；其中外部商业化收入同比增长27%。"
    assert _entity(text, 0.27) == "Alibaba Cloud Intelligence Group"


def test_pointer_after_a_concept_is_not_the_product():
    text = "英伟达H20收入下滑。数据中心依然是主力。该业务收入同比增长58%。"
    assert _entity(text, 0.58) != "H20"
