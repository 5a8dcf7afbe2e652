"""One invented broker note written as .txt, PDF, HTML and DOCX (fixtures made here, never downloaded).

The report holds the shapes each format must survive: a two-column cover (key points beside
the analyst block), a results table with its caption, running page headers and footers, a
paragraph that breaks across pages in mid-sentence, and a closing disclaimer page. The .txt is
the same content in the stored layout (paragraph per line, tab-separated table rows).

``write_report(folder, formats)`` writes ``report.<ext>`` files; ``scripts/make_format_fixtures.py``
calls it for a folder to try the CLI on. The PDF writer needs ``fpdf2`` (dev extra) and the
Noto CJK font of the ``noto-cjk-sans-otc`` package, which it embeds.
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

TITLE = "国产算力周报：训练集群扩容提速，推理芯片出货翻倍"
PUBLISHER_LINE = "华西证券研究所"
DATE_LINE = "2025年11月24日"
WECHAT_ACCOUNT = "华西证券研究"

COVER_LEFT = [
    ("h", "投资要点"),
    ("p", "● 芯片端：海光信息三季度单季营收40.26亿元，同比增长69.60%，单季收入创上市以来新高，"
          "CPU与DCU产品在运营商和互联网客户中的导入明显加速。"),
    ("p", "● 整机端：工业富联三季度归母净利润103.73亿元，同比增长62.04%，云服务商AI服务器营收"
          "同比增长超过5倍，交换机业务同步放量。"),
    ("p", "● 海外：微软2025财年第一季度资本开支为200亿美元，同比增长79%，谷歌同期资本开支为130亿美元。"),
]
COVER_RIGHT = [
    PUBLISHER_LINE,
    DATE_LINE,
    "行业评级：增持（维持）",
    "分析师：刘晓明",
    "SAC NO：S1120520070001",
]

CAPTION = "表1：重点公司2025年前三季度业绩（单位：亿元）"
TABLE = [
    ["公司", "营业收入", "同比", "归母净利润", "同比"],
    ["寒武纪", "46.07", "2386.38%", "16.05", "321.2%"],
    ["海光信息", "94.90", "54.65%", "19.61", "28.56%"],
    ["中科曙光", "88.20", "9.68%", "9.66", "25.55%"],
    ["浪潮信息", "1206.69", "44.85%", "14.82", "15.35%"],
]
SOURCE = "资料来源：各公司公告，华西证券研究所"

BODY = [
    ("h", "一、业绩总览：前三季度收入全线增长"),
    ("p", "截至10月31日，覆盖范围内的国产算力公司均已披露2025年三季报。五家公司前三季度营业收入均实现"
          "同比增长，但利润弹性差异明显：芯片设计公司毛利率高、费用刚性，收入放量后利润弹性最大；服务器"
          "整机企业毛利率偏低，利润表现更多取决于产品结构与客户集中度。"),
    ("caption", CAPTION),
    ("table", TABLE),
    ("p", SOURCE),
    ("h", "二、推理需求接力训练"),
    # this paragraph is split across a page break in the PDF, in mid-sentence
    ("split", "IDC数据显示，2025年上半年中国加速服务器市场规模达到160亿美元，同比增长超过100%，其中推理"
              "场景的服务器采购占比持续提升。我们认为推理需求正在接力训练需求，成为算力投资的第二增长曲线，"
              "国产芯片在推理场景的性价比优势更为突出。TrendForce预计2025年全球AI服务器出货量同比增长24.3%，"
              "高价值机柜放量使AI服务器产值增速有望接近48%。"),
    ("p", "OpenAI宣布将GPT-4o的API价格下调50%，每百万tokens输入价格降至2.5美元，模型调用量随之大幅上升。"),
    ("h", "三、投资建议"),
    ("p", "维持行业“增持”评级，芯片端重点关注寒武纪、海光信息；整机端关注工业富联、中科曙光。"),
    ("p", "风险提示：下游资本开支不及预期；先进制程产能受限导致供给不足；行业竞争加剧导致毛利率下行。"),
]

DISCLAIMER = [
    ("h", "分析师声明"),
    ("p", "作者具有中国证券业协会授予的证券投资咨询执业资格，保证报告所采用的数据均来自合规渠道，"
          "结论不受任何第三方的授意或影响。"),
    ("h", "投资评级说明"),
    ("p", "公司评级：买入——预期未来6个月内相对同期沪深300指数涨幅超过20%；增持——相对涨幅在5%至20%之间。"),
    ("h", "免责声明"),
    ("p", "本报告仅供华西证券股份有限公司的客户使用。本公司不会因接收人收到本报告而视其为客户。"
          "本报告所载资料的来源被认为是可靠的，但本公司不保证其准确性或完整性。"),
]

HEADER = ("华西证券 · 行业周报", "国产算力周报")
FOOTER_LEFT = "请务必阅读正文之后的免责声明部分"


def _blocks():
    """The report in reading order: ('h'|'p'|'caption'|'split', text) or ('table', rows)."""
    out = [("h", TITLE)] + COVER_LEFT + [("p", line) for line in COVER_RIGHT] + BODY + DISCLAIMER
    return [("p", b[1]) if b[0] == "split" else b for b in out]


# --- .txt ---------------------------------------------------------------------------------------
def report_text() -> str:
    """The report in the stored layout (what every other format must load as)."""
    lines: list[str] = []
    for kind, value in _blocks():
        if kind == "table":
            lines.append("\n".join("\t".join(r) for r in value))
            lines.append("")
        elif kind == "caption":
            lines.append("")
            lines.append(value)
        else:
            lines.append(value)
    return "\n".join(lines) + "\n"


def write_txt(path: Path) -> Path:
    path.write_text(report_text(), encoding="utf-8")
    return path


# --- HTML ---------------------------------------------------------------------------------------
def report_html(charset: str = "utf-8") -> str:
    """A WeChat-style article page: navigation, account header, body with a table, site footer."""
    e = html.escape
    body = []
    for kind, value in COVER_LEFT + [("p", line) for line in COVER_RIGHT] + BODY + DISCLAIMER:
        if kind == "h":
            body.append(f"<h2><strong>{e(value)}</strong></h2>")
        elif kind == "table":
            head = "".join(f"<th>{e(c)}</th>" for c in value[0])
            rows = "".join("<tr>" + "".join(f"<td> {e(c)} </td>" for c in r) + "</tr>\n" for r in value[1:])
            body.append(f'<table class="data"><thead><tr>{head}</tr></thead>\n<tbody>\n{rows}</tbody></table>')
        else:
            body.append(f'<p><span style="font-size:15px">{e(value)}</span></p>')
    body_html = "\n".join(body)
    return f"""<!DOCTYPE html>
<html><head>
<meta charset="{charset}">
<meta property="og:title" content="{e(TITLE)}">
<meta property="og:type" content="article">
<title>{e(TITLE)}</title>
<style>body {{ font-family: sans-serif; }} .nav a {{ margin: 0 4px; }}</style>
<script>var ct = "1763944200"; var msg_title = "{e(TITLE)}"; window.__stats = {{views: 100000}};</script>
</head>
<body>
<div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/r">研究报告</a></li>
<li><a href="/hot">热榜TOP10</a></li><li><a href="/m">5G专区</a></li></ul></div>
<div class="breadcrumb">首页 &gt; 研究报告 &gt; 行业周报</div>
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">{e(TITLE)}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{e(WECHAT_ACCOUNT)}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2025-11-24 08:30</em>
</div>
<div class="rich_media_content" id="js_content">
{body_html}
</div>
<div class="share-bar">分享到：微信 微博 已有3200人分享</div>
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/a">英伟达市值突破5万亿美元，涨幅达到12%</a></li>
<li><a href="/b">阿里云三季度收入增长34%</a></li></ul></div>
<div class="footer">© 2025 某财经网 京ICP备12345678号 阅读 10万+</div>
<script>document.write("统计代码 99%");</script>
</body></html>
"""


def write_html(path: Path, charset: str = "utf-8") -> Path:
    codec = "gb18030" if charset.lower() in ("gbk", "gb2312", "gb18030") else charset
    path.write_bytes(report_html(charset).encode(codec))
    return path


# --- DOCX ---------------------------------------------------------------------------------------
def write_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = TITLE
    document.sections[0].header.paragraphs[0].text = "华西证券 · 行业周报    国产算力周报"
    document.add_heading(TITLE, level=0)
    for kind, value in COVER_LEFT + [("p", line) for line in COVER_RIGHT] + BODY + DISCLAIMER:
        if kind == "h":
            document.add_heading(value, level=1)
        elif kind == "table":
            table = document.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for i, row in enumerate(value):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            document.add_paragraph(value)
    document.save(path)
    return path


# --- PDF ----------------------------------------------------------------------------------------
PAGE_W, PAGE_H = 595.0, 842.0
MARGIN = 56.0
BODY_SIZE = 10.5
LEAD = 18.0


class _PdfWriter:
    """Lays the report out by hand on A4 pages, so columns, tables and page breaks are known."""

    def __init__(self, total: int | None = None) -> None:
        import noto_cjk_sans_otc
        from fpdf import FPDF

        pdf = FPDF(unit="pt", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_compression(True)
        pdf.set_creation_date(dt.datetime(2025, 11, 24, tzinfo=dt.timezone.utc))  # same bytes every run
        pdf.add_font("noto", fname=str(noto_cjk_sans_otc.FONT_PATH), collection_font_number=2)
        self.total = total
        self.pdf = pdf
        self.y = 0.0

    def page(self, header: bool = True) -> None:
        pdf = self.pdf
        pdf.add_page()
        pdf.set_font("noto", size=9)
        if header:
            pdf.text(MARGIN, 40, HEADER[0])
            pdf.text(PAGE_W - MARGIN - pdf.get_string_width(HEADER[1]), 40, HEADER[1])
        pdf.text(MARGIN, PAGE_H - 30, FOOTER_LEFT)
        right = f"第 {pdf.page_no()} 页 / 共 {self.total or 0} 页"
        pdf.text(PAGE_W - MARGIN - pdf.get_string_width("第 1 页 / 共 1 页"), PAGE_H - 30, right)
        self.y = 80.0

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        self.pdf.set_font("noto", size=size)
        lines, cur = [], ""
        for ch in text:
            if self.pdf.get_string_width(cur + ch) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def lines(self, lines: list[str], x: float, size: float, lead: float) -> None:
        self.pdf.set_font("noto", size=size)
        for line in lines:
            if self.y > PAGE_H - 70:
                self.page()
            self.pdf.text(x, self.y, line)
            self.y += lead

    def para(self, text: str, size: float = BODY_SIZE, split_after: int | None = None) -> None:
        width = PAGE_W - 2 * MARGIN
        lines = self.wrap(text, width, size)
        if split_after is not None:
            self.lines(lines[:split_after], MARGIN, size, LEAD)
            self.page()
            lines = lines[split_after:]
        self.lines(lines, MARGIN, size, LEAD)
        self.y += 4

    def table(self, rows: list[list[str]]) -> None:
        pdf = self.pdf
        pdf.set_font("noto", size=BODY_SIZE)
        width = (PAGE_W - 2 * MARGIN) / len(rows[0])
        self.y += 2
        for row in rows:
            top = self.y - 13
            for j, cell in enumerate(row):
                pdf.rect(MARGIN + j * width, top, width, 18)
                pdf.text(MARGIN + j * width + 4, self.y, cell)
            self.y += 18
        self.y += 8

    def cover(self) -> None:
        pdf = self.pdf
        pdf.set_font("noto", size=16)
        pdf.text(MARGIN, self.y + 6, TITLE)
        self.y += 40
        top = self.y
        left_w = 300.0
        for kind, value in COVER_LEFT:
            size = 12 if kind == "h" else BODY_SIZE
            self.lines(self.wrap(value, left_w, size), MARGIN, size, LEAD)
            self.y += 4
        bottom = self.y
        self.y = top + 7  # the analyst column sits lower and uses a smaller type: no shared lines
        for line in COVER_RIGHT:
            self.lines([line], MARGIN + left_w + 40, 9, 15)
        self.y = max(bottom, self.y) + 16

    def write(self, path: Path) -> Path:
        self.page(header=False)
        self.cover()
        for kind, value in BODY:
            if kind == "h":
                self.y += 6
                self.para(value, size=12)
            elif kind == "table":
                self.table(value)
            elif kind == "split":
                self.page()
                self.y = PAGE_H - 70 - LEAD * 2 + 1  # two lines fit before the footer
                self.para(value, split_after=2)
            else:
                self.para(value)
        self.page()
        for kind, value in DISCLAIMER:
            self.para(value, size=12 if kind == "h" else BODY_SIZE)
        self.pdf.output(str(path))
        return path


def write_pdf(path: Path) -> Path:
    first = _PdfWriter()
    first.write(path)  # once to count the pages for the "共 N 页" footer
    return _PdfWriter(total=first.pdf.page_no()).write(path)


WRITERS = {"txt": write_txt, "pdf": write_pdf, "html": write_html, "docx": write_docx}
SUFFIX = {"txt": ".txt", "pdf": ".pdf", "html": ".html", "docx": ".docx"}


def write_report(folder: Path, formats=("txt", "pdf", "html", "docx"), stem: str = "report") -> dict[str, Path]:
    """Write the report in each format into ``folder``; returns ``{format: path}``."""
    folder.mkdir(parents=True, exist_ok=True)
    return {fmt: WRITERS[fmt](folder / f"{stem}{SUFFIX[fmt]}") for fmt in formats}


def scanned_pdf(path: Path) -> Path:
    """A PDF whose page is only an image (as a scanner writes): no text layer."""
    from fpdf import FPDF
    from PIL import Image

    img = Image.new("L", (200, 80), 255)
    for x in range(20, 180):
        img.putpixel((x, 40), 0)
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.image(img, x=56, y=56, w=400)
    pdf.output(str(path))
    return path


def encrypted_pdf(path: Path) -> Path:
    """A PDF that needs a password to open."""
    import noto_cjk_sans_otc
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("noto", fname=str(noto_cjk_sans_otc.FONT_PATH), collection_font_number=2)
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("noto", size=12)
    pdf.text(56, 80, "收入增长20%。")
    pdf.output(str(path))
    return path


def long_pdf(path: Path, paragraphs: list[str], tables: int = 10) -> int:
    """A long text PDF (for benchmarks): ``paragraphs`` laid out with headers and footers and
    a results table every few pages. Returns the number of pages."""
    writer = _PdfWriter(total=0)
    writer.page()
    every = max(1, len(paragraphs) // max(tables, 1))
    for i, para in enumerate(paragraphs):
        writer.para(para)
        if i % every == every - 1:
            if writer.y > PAGE_H - 70 - 18 * (len(TABLE) + 2):
                writer.page()
            writer.para(CAPTION)
            writer.table(TABLE)
    writer.pdf.output(str(path))
    return writer.pdf.page_no()


def half_scanned_pdf(path: Path) -> Path:
    """Page 1 has text, page 2 only an image (a scanned page inserted into a report)."""
    import noto_cjk_sans_otc
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("noto", fname=str(noto_cjk_sans_otc.FONT_PATH), collection_font_number=2)
    pdf.add_page()
    pdf.set_font("noto", size=12)
    pdf.text(56, 80, "海光信息三季度单季营收40.26亿元，同比增长69.60%。")
    pdf.add_page()
    pdf.image(Image.new("L", (100, 40), 128), x=56, y=56, w=300)
    pdf.output(str(path))
    return path
