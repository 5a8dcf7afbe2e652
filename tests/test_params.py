"""Notebook parameter validation: types, unknown names, paths, lang, theme; one clear line."""
from __future__ import annotations

import nbformat
import papermill as pm
import pytest

from aigc_analysis.params import (ParameterError, injected_names, validate_namespace,
                                  validate_params)
from aigc_analysis.paths import FIGURES_DIR, NOTEBOOKS_DIR, SEEDS_DIR

SPEC = {"corpus": str, "figures_dir": str, "lang": str, "theme": str, "top_n": int,
        "ratio": float, "names": list[str], "note": str | None}


def good(tmp_path, **changes):
    values = {"corpus": str(SEEDS_DIR), "figures_dir": str(tmp_path / "fig"), "lang": "zh",
              "theme": "capex", "top_n": 5, "ratio": 0.5, "names": ["a"], "note": None}
    values.update(changes)
    return values


def problems(tmp_path, **changes) -> str:
    with pytest.raises(ParameterError) as info:
        validate_params(good(tmp_path, **changes), SPEC, base=tmp_path)
    return str(info.value)


def test_valid_values_pass_and_ints_are_floats(tmp_path):
    values = good(tmp_path, ratio=2)
    assert validate_params(values, SPEC, base=tmp_path) == values


@pytest.mark.parametrize("changes, message", [
    ({"lang": "fr"}, "lang='fr' is not one of zh, en"),
    ({"theme": "capx"}, "theme='capx' is not one of capex"),
    ({"corpus": "no/such/folder"}, "corpus 'no/such/folder' does not exist"),
    ({"top_n": "5"}, "top_n='5' should be int, not str"),
    ({"top_n": True}, "top_n=True should be int, not bool"),
    ({"top_n": 0}, "top_n=0 must be at least 1"),
    ({"ratio": "x"}, "ratio='x' should be float"),
    ({"names": ["a", 1]}, "names=['a', 1] should be list[str]"),
    ({"note": 3}, "note=3 should be str | None"),
    ({"figures_dir": str(FIGURES_DIR), "corpus": "."}, "holds the committed seed figures"),
])
def test_bad_values_are_named(tmp_path, changes, message):
    text = problems(tmp_path, **changes)
    assert message in text
    assert "\n" not in text


def test_unwritable_figures_dir(tmp_path):
    (tmp_path / "plain_file").write_text("x")
    text = problems(tmp_path, figures_dir=str(tmp_path / "plain_file" / "fig"))
    assert "cannot be written" in text


def test_seed_figures_are_fine_for_the_seeds(tmp_path):
    values = good(tmp_path, figures_dir=str(FIGURES_DIR))
    assert validate_params(values, SPEC)["figures_dir"] == str(FIGURES_DIR)


def test_unknown_and_missing_parameters_all_reported_at_once(tmp_path):
    values = good(tmp_path, lang="xx")
    values["lnag"] = "en"
    del values["top_n"]
    with pytest.raises(ParameterError) as info:
        validate_params(values, SPEC, base=tmp_path)
    text = str(info.value)
    assert "unknown parameter 'lnag'" in text
    assert "parameter 'top_n' is missing" in text
    assert "lang='xx'" in text


def test_injected_names_come_from_the_papermill_cell():
    history = ["", "lang: str = 'zh'", "# Parameters\nlang = \"en\"\nlnag = 1\n",
               "from x import y"]
    assert injected_names(history) == ["lang", "lnag"]
    assert injected_names(["print(1)"]) == []
    assert injected_names(None) == []


def test_namespace_validation_uses_annotations_and_history(tmp_path):
    ns = {"__name__": "__main__", "__annotations__": {"lang": str}, "lang": "en",
          "lnag": "zh", "In": ["", "# Parameters\nlnag = 'zh'\n"], "other_variable": 3}
    with pytest.raises(ParameterError, match="unknown parameter 'lnag'"):
        validate_namespace(ns, base=tmp_path)
    ns["In"] = [""]  # run by hand: later variables are not parameters
    assert validate_namespace(ns, base=tmp_path) == {"lang": "en"}
    with pytest.raises(ParameterError, match="declares no typed parameters"):
        validate_namespace({"__name__": "__main__"})


def test_error_renders_as_one_line_in_ipython():
    err = ParameterError("invalid parameters: lang='fr' is not one of zh, en")
    assert err._render_traceback_() == [f"ParameterError: {err}"]


def test_every_notebook_rejects_bad_parameters_before_work(tmp_path):
    """papermill injects unknown names with only a warning; the notebook itself refuses them."""
    nb_path = NOTEBOOKS_DIR / "theme.ipynb"
    with pytest.raises(pm.PapermillExecutionError) as info:
        pm.execute_notebook(str(nb_path), str(tmp_path / "out.ipynb"),
                            parameters={"lang": "fr", "corpus": "/no/such/corpus", "lnag": "en"},
                            kernel_name="python3", cwd=str(NOTEBOOKS_DIR), progress_bar=False)
    exc = info.value
    assert exc.ename == "ParameterError"
    for part in ("lang='fr'", "corpus '/no/such/corpus' does not exist",
                 "unknown parameter 'lnag'"):
        assert part in exc.evalue
    executed = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    failing = [c for c in executed.cells if c.cell_type == "code" and any(
        o.get("output_type") == "error" for o in c.get("outputs", []))]
    assert len(failing) == 1 and "nb.setup(globals())" in failing[0].source
    assert failing[0].outputs[-1]["traceback"] == [f"ParameterError: {exc.evalue}"]
