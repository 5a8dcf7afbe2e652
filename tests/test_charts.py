"""House style (aigc_analysis.present.style) and chart functions (aigc_analysis.present.charts)."""
import datetime as dt
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from aigc_analysis.present import charts, style  # noqa: E402
from aigc_analysis.tables import views  # noqa: E402
from helpers_facts import gold_documents, gold_facts  # noqa: E402

HOSTILE = ["<script>alert(1)</script>", "$x^2$", "{__class__}", "{{ 7*7 }}", "[a](http://x)"]


@pytest.fixture(autouse=True)
def _style():
    style.apply_style("zh")
    yield
    plt.close("all")


def src(**cols):
    n = len(next(iter(cols.values())))
    base = {"publisher": ["华泰证券"] * n, "published": [dt.date(2024, 5, 9)] * n,
            "doc_id": ["001.txt"] * n}
    base.update(cols)
    return pd.DataFrame(base)


def source_text(ax):
    found = [t for t in ax.texts if t.get_gid() == "source"]
    assert len(found) == 1
    return found[0].get_text()


def draw_without_glyph_warnings(fig):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" becomes an error
        fig.canvas.draw()


def test_fonts_registered_with_sc_and_tc_faces():
    names = style.register_fonts()
    assert "Noto Sans CJK SC" in names and "Noto Sans CJK TC" in names
    assert matplotlib.rcParams["font.family"] == ["Noto Sans CJK SC", "DejaVu Sans"]
    style.apply_style("zh", "traditional")
    assert matplotlib.rcParams["font.family"][0] == "Noto Sans CJK TC"


def test_apply_style_rejects_bad_arguments():
    with pytest.raises(ValueError, match="script"):
        style.apply_style("zh", "klingon")
    with pytest.raises(ValueError, match="lang"):
        style.apply_style("fr")


@pytest.mark.parametrize("script, labels", [
    ("simplified", ["资本开支", "华为云", "阿里巴巴"]),
    ("traditional", ["資本開支", "騰訊雲", "財聯社"]),
])
def test_no_missing_glyphs_in_chinese_labels(script, labels):
    style.apply_style("zh", script)
    data = src(entity=labels, change=[-0.5, -0.97, 0.1])
    ax = charts.bar_ranked(data, x="change", y="entity", title="价格变化 價格變化 GPT-4o")
    draw_without_glyph_warnings(ax.figure)


def test_glyph_check_really_fires_without_cjk_font():
    matplotlib.rcParams["font.family"] = ["DejaVu Sans"]
    fig, ax = plt.subplots()
    ax.set_title("资本开支")
    with pytest.raises(UserWarning, match="missing from font"):
        draw_without_glyph_warnings(fig)


def test_save_figure_is_deterministic_and_atomic(tmp_path):
    data = src(entity=["甲公司", "乙公司"], change=[-0.5, 0.2])
    ax = charts.bar_ranked(data, x="change", y="entity")
    first = style.save_figure(ax.figure, tmp_path / "a")
    svg1, png1 = (tmp_path / "a.svg").read_bytes(), (tmp_path / "a.png").read_bytes()
    plt.close("all")
    ax = charts.bar_ranked(data, x="change", y="entity")
    style.save_figure(ax.figure, tmp_path / "a")
    assert (tmp_path / "a.svg").read_bytes() == svg1
    assert (tmp_path / "a.png").read_bytes() == png1
    assert [p.name for p in first] == ["a.png", "a.svg"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png", "a.svg"]  # no temp files left
    assert b"<dc:date>" not in svg1 and b"Date" not in svg1
    with pytest.raises(ValueError, match="without a suffix"):
        style.save_figure(ax.figure, tmp_path / "b.svg")


def test_safe_label():
    assert charts.safe_label("$x^2$") == r"\$x^2\$"
    assert charts.safe_label(None) == "" and charts.safe_label(float("nan")) == ""


def test_hostile_strings_appear_literally_in_labels():
    data = src(entity=HOSTILE, change=[-0.1, -0.2, -0.3, -0.4, -0.5])
    ax = charts.bar_ranked(data, x="change", y="entity", title=HOSTILE[1])
    ax.figure.canvas.draw()  # mathtext would raise or render on an unescaped label
    shown = {t.get_text() for t in ax.get_yticklabels()}
    assert {charts.safe_label(h) for h in HOSTILE} == shown
    # rendered text: matplotlib strips the escape, showing the dollar signs literally
    renderer = ax.figure.canvas.get_renderer()
    title = ax.title
    assert not title._preprocess_math(title.get_text())[1]  # not math mode
    assert title.get_window_extent(renderer).width > 0


def test_source_line_names_reports():
    data = src(entity=["A", "B"], change=[0.1, 0.2])
    assert charts.source_line(data) == "资料来源：华泰证券（2024年5月9日）"
    assert charts.source_line(data, "en") == "Source: 华泰证券 (2024-05-09)"
    many = pd.DataFrame({"publisher": list("ABCDEF"), "published": [None] * 6, "doc_id": list("abcdef")})
    assert charts.source_line(many, max_items=2) == "资料来源：A；B等"
    no_pub = pd.DataFrame({"doc_id": ["x.txt"], "publisher": [None]})
    assert charts.source_line(no_pub) == "资料来源：x.txt"
    with pytest.raises(ValueError, match="publisher"):
        charts.source_line(pd.DataFrame({"a": [1]}))


GOLD = gold_facts()
LEX = pd.DataFrame({"entity": ["GPT-3", "PaLM", "MAI-1"], "org": ["OpenAI", "Google", "Microsoft"]})


def test_bar_ranked_on_valuation_view():
    v = views.valuation(GOLD)
    v = v.assign(move_ratio=v["return_ratio"].fillna(v["drawdown_ratio"]))
    ax = charts.bar_ranked(v, x="move_ratio", y="entity", hue="measure", lang="en")
    assert isinstance(ax, matplotlib.axes.Axes)
    assert source_text(ax).startswith("Source: ")
    assert len(ax.patches) == v["move_ratio"].notna().sum()
    assert any(t.get_text() == "67%" for t in ax.texts)


def test_bar_grouped_capex():
    v = views.capex(GOLD)
    ax = charts.bar_grouped(v, x="entity", y="capex_growth_ratio", hue="period", unit="ratio")
    assert "资料来源" in source_text(ax)
    assert len([p for p in ax.patches if p.get_height() > 0]) == v["capex_growth_ratio"].notna().sum()


def test_log_dot_parameters_with_flag():
    v = views.parameters(GOLD, entities=LEX)
    v["plausibility"] = ["differs" if m == "BERT" else "ok" for m in v["model"]]
    ax = charts.log_dot(v, x="parameters_count", y="model", hue="organisation")
    assert ax.get_xscale() == "log"
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "另有说法" in labels and "OpenAI" in labels and "其他" in labels
    draw_without_glyph_warnings(ax.figure)
    assert "安信国际" in source_text(ax)


def test_before_after_and_timeline_and_heatmap():
    prices = src(model=["甲", "乙"], before=[60.0, 10.0], after=[5.0, 0.0])
    ax = charts.before_after(prices, before="before", after="after", label="model", unit="USD", lang="en")
    assert source_text(ax).startswith("Source:")
    plt.figure()
    ax = charts.timeline(gold_documents(), date="published", label="doc_id")
    assert len(ax.collections[1].get_offsets()) == 5 and "资料来源" in source_text(ax)
    plt.figure()
    ax = charts.heatmap_counts(GOLD, x="theme", y="doc_id")
    annotations = sorted(int(t.get_text()) for t in ax.texts if t.get_gid() != "source")
    assert sum(annotations) == len(GOLD)
    draw_without_glyph_warnings(ax.figure)


def test_charts_fail_loudly_on_missing_columns_and_empty_data():
    with pytest.raises(ValueError, match=r"missing columns \['nope'\]"):
        charts.bar_ranked(src(entity=["A"], change=[0.1]), x="nope", y="entity")
    with pytest.raises(ValueError, match="no rows"):
        charts.heatmap_counts(pd.DataFrame({"a": [], "b": []}), x="a", y="b")
    with pytest.raises(ValueError, match="no positive values"):
        charts.log_dot(src(m=["A"], n=[0.0]), x="n", y="m")


def test_charts_write_no_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    charts.heatmap_counts(GOLD, x="theme", y="doc_id")
    assert list(tmp_path.iterdir()) == []
