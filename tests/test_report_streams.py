"""A report page does not depend on how the kernel split its printed text into messages."""
import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from aigc_analysis.present.report import notebook_html


def _page(*pieces):
    """The page of a notebook whose one code cell printed ``pieces`` as separate messages."""
    outputs = [new_output("stream", name=name, text=text) for name, text in pieces]
    nb = new_notebook(cells=[new_markdown_cell("# 演示报告"),
                             new_code_cell("print(...)", outputs=outputs)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return notebook_html(nbformat.from_dict(nb), "演示报告")


def test_split_stdout_gives_the_page_of_one_message():
    whole = _page(("stdout", "岚峰科技资本开支：无数据。\n第二行\n"))
    split = _page(("stdout", "岚峰科技资本开支：无数据。"), ("stdout", "\n第二行\n"))
    assert split == whole
    assert split.count("第二行") == 1


def test_stderr_between_pieces_is_dropped_and_the_pieces_merge():
    whole = _page(("stdout", "甲乙\n"))
    interleaved = _page(("stdout", "甲"), ("stderr", "UserWarning: 演示\n"), ("stdout", "乙\n"))
    assert interleaved == whole
    assert "UserWarning" not in interleaved
