"""jieba imports without pkg_resources in notebook kernels (issue 18: 0.15 s of each start)."""
from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from aigc_analysis.present.fact_tables import import_jieba, silence_jieba
jieba = import_jieba()
assert "pkg_resources" not in sys.modules, "pkg_resources was imported"
silence_jieba()
# the data files still load (through open on the same path)
assert jieba.lcut("模型参数量") != []
print("ok")
"""


def test_jieba_imports_without_pkg_resources_and_still_cuts():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().endswith("ok")


def test_pkg_resources_stays_importable_after_jieba():
    import importlib.util

    import pytest

    if importlib.util.find_spec("pkg_resources") is None:
        pytest.skip("pkg_resources is not installed here")
    code = ("from aigc_analysis.present.fact_tables import import_jieba\n"
            "import_jieba()\n"
            "import warnings\n"
            "warnings.simplefilter('ignore')\n"
            "import pkg_resources\n"
            "print(pkg_resources is not None)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "True"
