"""A number right after a Latin name is that name's size (H100, Llama 2) unless a classifier
follows it: then it counts something the name stands for (蓝鲸601件, GPU 1,024张)."""
from aigc_analysis.extract.quantities import find_quantities


def _values(text):
    return [(q.value, q.unit) for q in find_quantities(text)]


def test_glued_name_then_classifier_is_a_count():
    # invented patent league table: a company written in Latin letters glued to its count
    assert (388.0, "count") in _values("星河研究院512件、ZQX388件、北辰科技301件")


def test_spaced_name_then_classifier_is_a_count():
    assert _values("海岚智算现有GPU 2,048張，年内新增256張") == [(2048.0, "count"), (256.0, "count")]
    assert (4321.0, "count") in _values("云栖实验室4,567份、Orbix 4,321份")


def test_count_with_approximate_tail_after_name():
    assert (3600.0, "count") in _values("海关查扣GPU3,600余张，价值约2亿元")


def test_model_names_stay_names():
    # near misses: sizes and versions inside model names, and words that merely start with a classifier
    assert _values("采购H100芯片与A800卡") == []
    assert _values("RTX 5090台式机") == []
    assert _values("Llama 3家族") == []
    assert _values("Zeta 7B模型") == []


def test_name_before_starting_price_is_no_count():
    # 起售价 (starting price) after a model name: no count of anything
    assert all(q.value != 2.0 for q in find_quantities("星澜X2起售价4.5万元"))
