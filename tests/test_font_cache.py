"""The report font's cuts kept on disk between builds (present/font_cache.py)."""
from __future__ import annotations

import os
import time

import pytest

from aigc_analysis.present import font_cache, webfont


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "fonts"
    monkeypatch.setattr(font_cache, "FONT_CACHE_DIR", folder)
    return folder


def _refuse():
    raise AssertionError("cut again although the cache holds it")


def test_a_stored_cut_is_read_back_without_cutting():
    assert font_cache.cached("k1", lambda: b"font bytes") == b"font bytes"
    assert font_cache.cached("k1", _refuse) == b"font bytes"
    assert font_cache.cached("k2", lambda: b"other") == b"other"


@pytest.mark.parametrize("damage", [lambda b: b[:-1], lambda b: b"x" + b[1:], lambda b: b""])
def test_a_damaged_file_is_cut_again_and_replaced(cache_dir, damage):
    font_cache.cached("k", lambda: b"font bytes")
    path = cache_dir / "k.cut"
    path.write_bytes(damage(path.read_bytes()))
    assert font_cache.read("k") is None
    assert font_cache.cached("k", lambda: b"font bytes") == b"font bytes"
    assert font_cache.read("k") == b"font bytes"


def test_only_the_most_recently_used_cuts_are_kept(cache_dir, monkeypatch):
    monkeypatch.setattr(font_cache, "MAX_FILES", 3)
    past = time.time() - 1000
    for i in range(3):
        font_cache.write(f"k{i}", b"%d" % i)
        os.utime(cache_dir / f"k{i}.cut", (past + i, past + i))
    assert font_cache.read("k0") == b"0"  # used now: the newest
    font_cache.write("k3", b"3")
    assert sorted(p.name for p in cache_dir.iterdir()) == ["k0.cut", "k2.cut", "k3.cut"]


def test_stale_temporary_files_go_and_fresh_ones_stay(cache_dir):
    font_cache.write("k", b"x")
    stale, fresh = cache_dir / ".k.cut.old.tmp", cache_dir / ".k.cut.new.tmp"
    stale.write_bytes(b"")
    fresh.write_bytes(b"")
    old = time.time() - font_cache.STALE_TMP_S - 10
    os.utime(stale, (old, old))
    font_cache.write("k2", b"y")
    assert not stale.exists() and fresh.exists()


def test_a_folder_that_cannot_be_written_only_costs_the_cut(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(font_cache, "FONT_CACHE_DIR", blocker / "fonts")
    assert font_cache.cached("k", lambda: b"bytes") == b"bytes"
    assert font_cache.read("k") is None


def test_keys_change_with_every_part():
    key = font_cache.cut_key("face", "stage", "options", "字")
    assert key == font_cache.cut_key("face", "stage", "options", "字")
    assert key != font_cache.cut_key("face", "stage", "options", "字字")
    assert key != font_cache.cut_key("face", "stage", "options2", "字")
    assert font_cache.cut_key("ab", "c") != font_cache.cut_key("a", "bc")


@pytest.fixture
def fresh_webfont():
    webfont._STAGE_ONE.clear()
    webfont._SUBSETS.clear()
    yield webfont
    webfont._STAGE_ONE.clear()
    webfont._SUBSETS.clear()


def test_the_stage_one_cut_and_page_subsets_come_back_the_same_bytes(fresh_webfont,
                                                                     monkeypatch):
    text = "北美云厂商资本开支同比增长（2025年）"
    assert webfont.prepare_web_font(text + "另有")
    stage_one = webfont._STAGE_ONE[0][1]
    page = webfont.web_font_woff2(text)
    webfont._STAGE_ONE.clear()
    webfont._SUBSETS.clear()
    # a new process: nothing in memory, nothing may be cut
    monkeypatch.setattr(webfont, "_cut_stage_one", lambda chars: _refuse())
    monkeypatch.setattr(webfont, "_subset_woff2", lambda chars, source=None: _refuse())
    assert webfont.prepare_web_font(text + "另有")
    assert webfont._STAGE_ONE[0][1] == stage_one
    assert webfont.web_font_woff2(text) == page


def test_other_characters_are_cut_not_read(fresh_webfont):
    first = webfont.web_font_woff2("微软")
    webfont._SUBSETS.clear()
    assert webfont.web_font_woff2("谷歌") != first
    assert len(list(font_cache.FONT_CACHE_DIR.glob("*.cut"))) == 2
