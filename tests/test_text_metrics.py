"""style.share_text_metrics: a text measured once per renderer kind and resolution, same files."""
from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.text as mtext  # noqa: E402
import pytest  # noqa: E402
from matplotlib.backends.backend_agg import RendererAgg  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402

from aigc_analysis.present import style  # noqa: E402


@pytest.fixture
def shared():
    style.apply_style("zh")
    yield
    style.share_text_metrics(True)
    style.share_font_lookups(True)


def _figure():
    fig, ax = plt.subplots(figsize=(5, 3))
    ax.barh(["阿里云", "腾讯云", "Microsoft Azure"], [3.5, 2.25, 7.0])
    ax.set_title("云厂商资本开支（亿美元）")
    ax.set_xlabel("金额")
    fig.tight_layout()
    return fig


def _files(fig) -> list[bytes]:
    out = []
    for fmt, dpi in (("png", 100), ("png", 150), ("svg", 150)):
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, dpi=dpi, bbox_inches="tight",
                    metadata={"Date": None} if fmt == "svg" else {"Software": None})
        out.append(buf.getvalue())
    return out


def test_saved_figures_are_the_same_bytes_with_and_without_sharing(shared):
    style.share_text_metrics(False)
    style.share_font_lookups(False)
    assert mtext.fontManager is matplotlib.font_manager.fontManager
    fig = _figure()
    before = _files(fig)
    plt.close(fig)
    style.share_text_metrics(True)
    style.share_font_lookups(True)
    assert mtext.fontManager is not matplotlib.font_manager.fontManager
    fig = _figure()
    after = _files(fig)
    plt.close(fig)
    assert [len(b) for b in after] == [len(b) for b in before]
    assert after == before


def test_a_text_is_measured_once_for_two_renderers_of_one_resolution(shared, monkeypatch):
    calls = []
    measure = RendererAgg.get_text_width_height_descent

    def counted(self, s, prop, ismath):
        calls.append(s)
        return measure(self, s, prop, ismath)

    monkeypatch.setattr(RendererAgg, "get_text_width_height_descent", counted)
    prop = FontProperties(family=["Noto Sans CJK SC"], size=11)
    text = "测试文本 measured once 7f3a"
    first = mtext._get_text_metrics_with_cache(RendererAgg(400, 300, 100), text, prop, False, 100)
    second = mtext._get_text_metrics_with_cache(RendererAgg(600, 200, 100), text, prop, False, 100)
    assert first == second
    assert calls.count(text) == 1
    # another resolution is another measure
    mtext._get_text_metrics_with_cache(RendererAgg(400, 300, 150), text, prop, False, 150)
    assert calls.count(text) == 2


def test_a_generic_family_is_measured_again_when_its_fonts_change(shared):
    prop = FontProperties(family="sans-serif", size=11)
    renderer = RendererAgg(400, 300, 100)
    text = "Wide WWW text 9c1e"
    with matplotlib.rc_context({"font.sans-serif": ["DejaVu Sans"]}):
        wide = mtext._get_text_metrics_with_cache(renderer, text, prop, False, 100)
    with matplotlib.rc_context({"font.sans-serif": ["Noto Sans CJK SC"]}):
        other = mtext._get_text_metrics_with_cache(RendererAgg(400, 300, 100), text, prop,
                                                  False, 100)
        assert other == renderer.get_text_width_height_descent(text, prop, False)
    assert other != wide


def test_other_renderers_keep_matplotlibs_own_cache(shared, monkeypatch):
    from matplotlib.backends.backend_pdf import RendererPdf

    calls = []
    measure = RendererPdf.get_text_width_height_descent

    def counted(self, s, prop, ismath):
        calls.append(s)
        return measure(self, s, prop, ismath)

    monkeypatch.setattr(RendererPdf, "get_text_width_height_descent", counted)
    from matplotlib.backends.backend_pdf import PdfFile

    prop = FontProperties(family=["DejaVu Sans"], size=11)
    text = "pdf text 4d2b"
    for _ in range(2):
        renderer = RendererPdf(PdfFile(io.BytesIO()), 72, 100, 100)
        mtext._get_text_metrics_with_cache(renderer, text, prop, False, 72)
    assert calls.count(text) == 2


def test_shared_font_lookups_are_matplotlibs_and_follow_the_rc(shared):
    from matplotlib.font_manager import fontManager, get_font

    shared_tables = mtext.fontManager
    for family in (["Noto Sans CJK SC", "DejaVu Sans"], "sans-serif"):
        prop = FontProperties(family=family, size=10)
        files = shared_tables._find_fonts_by_props(prop)
        assert list(files[0]) == fontManager._find_fonts_by_props(prop)
        font = get_font(fontManager._find_fonts_by_props(prop))
        for table in ("OS/2", "head", "hhea"):
            assert mtext.get_font(files).get_sfnt_table(table) == font.get_sfnt_table(table)
    prop = FontProperties(family="sans-serif", size=10)
    with matplotlib.rc_context({"font.sans-serif": ["DejaVu Sans"]}):
        dejavu = shared_tables._find_fonts_by_props(prop)
    with matplotlib.rc_context({"font.sans-serif": ["Noto Sans CJK SC"]}):
        noto = shared_tables._find_fonts_by_props(prop)
        assert list(noto[0]) == fontManager._find_fonts_by_props(prop)
    assert dejavu != noto
