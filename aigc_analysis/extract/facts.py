"""Facts: every quantitative claim of a report as one tidy, traceable row.

For each number the quantity parser finds outside boilerplate, the extractor decides

* the **metric and theme** from the nearest metric keyword of the clause that takes that kind
  of number (``metrics.csv``: ``资本开支`` takes money as ``capex``, a ratio as
  ``capex_growth``), or, for a bare growth word (``同增35%``), from the fact before it;
* the **entity** from the clause (nearest named entity, a model first for parameter counts),
  an enumeration joined by ``合计`` (a group), the subject carried from earlier clauses, or a
  generic concept (``服务器市场``); in a company note (its one listed company written with its
  stock code in the header) 公司, sentences naming no one, unknown products and product lines and
  the rows of the forecast table are that company's, while a market size keeps its market
  (``全球…市场``) and peers their group;
* the **period** from the clause, else from the sentence, skipping comparison bases
  (``比23Q4``, ``2024年的两倍``) and source dates (``6月5日研报``, a last resort), resolved
  against the publication date; a sentence cut by a line or page break keeps its period, a
  lead sentence that states only a period dates the numbers after it in its paragraph, a change
  between two dates is a span, a target price with no date of its own is the report's call;

and keeps provenance: ``start``/``end`` offsets into the document's ``text`` with
``text[start:end] == fact.text`` and the sentence as ``quote``. All vocabulary is data.
"""
from __future__ import annotations

import bisect
import calendar
import dataclasses
import functools
import itertools
import re
import datetime as dt
import math
import operator
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import pandas as pd

from . import keywords as kw
from ..paths import FACT_COLUMNS, THEMES, theme_rows
from .quantities import CARRIED_CURRENCIES, CNY_NAMED, MONEY_UNITS, Quantity, counter_label, find_quantities, find_unit_labels, parse_unit_label, join_wrapped_ranges, join_wrapped_units, scoped_unit_labels, unit_label_per
from .segment import ARROW, ENGLISH_ABBREVIATION, Sentence, Span, has_digit, is_value_cell, rejoin_wrapped_lines, split_sentences, tab_flattened_rows
from .spans import SpanIndex, running_max
from .segment import tab_bar_rows, tab_bare_pipe_rows, tab_csv_rows, tab_fullwidth_rows
from ..load.metadata import header_end, infer_rating, is_document_number, load_ratings, roc_offset
from ..load.normalise import for_parsing
from .lexicon import get_matcher, load_entities, release_dates
from .numerals import fold, labelled_fraction, pattern_words, small_count
from .periods import EN_YEAR_AT_END, anchor_date, anchor_stretches, by_deadline, duration_list_head, filing_stretch, stated_report_period, stretch_end, find_periods, fiscal_half, fiscal_quarter, fiscal_year, opens_a_stretch, quarter_reports, results_report_part, results_report_months
from .names import (aggregate_place, segment_words, english_name, firm_english, english_places_alternation, english_subjects, product_before, index_suffixes, refers_to_sector, sector_name, extend_known, family_index_name, find_unknown_names, known_inside_indices, known_inside_names, shaped_firm, glossed_firms, has_place, index_name, market_phrase, market_phrases,
                    market_pointers, market_wide_metrics, place_english, segment_subjects, short_forms, stock_code_at, trade_counterparts, with_place)
from .names import industry_at, industry_name, respondent_kind_before
from .names import bold_heads, bullet_heads, opened_firms, code_brackets_after_names, coded_firm, line_heads, english_line_heads
from .names import region_name, label_english, part_prefix_length, market_firms
from .names import bracket_cut, fund_english, fund_names, _row_labels, short_form_suffixes
from .names import region_at, descriptors_only
from .names import _geo_prefixes
from .names import _shapes as _name_shapes
from .periods import TABLE_ROW_GAP, first_line, heading_lines
from .periods import digest_day_metrics, later_time_words, stated_week, trading_week, previous_trading_day, period_words, publication_dated_prefixes
from .token_volume import parse_token_volume, per_tokens, volume_pattern
from .sector_lists import SectorItem, family_list_items, fillers, industry_before, sector_items, sector_ytd_words
from .sector_lists import LIST_JOINERS, captioned_family, industry_group_before, industry_name as sector_industry_name
from .sector_lists import column_family, industry_list_before, sector_row_name

#: The entity of a fact whose subject the text does not name anywhere in reach.
UNSPECIFIED = "unspecified"

#: The entity types preferred for each theme, best first (``entity_types`` of data/themes.csv).
_THEME_ENTITY_TYPES = {r["theme"]: tuple(r["entity_types"].split()) for r in theme_rows()
                       if r.get("entity_types", "").strip()}
_SOURCE_TYPES = {"org"}
#: words opening a bracket after a name that names its parent or former name (Cursor（母公司Anysphere）)
_RELATION_BRACKET = tuple(sorted(kw.word_group("relation_bracket"), key=len, reverse=True))
#: GitHub Copilot方面，微软CEO说…: words closing a topic head, and speech words after its speaker
_TOPIC_HEAD_MARKERS = tuple(kw.word_group("topic_head_marker"))
_TOPIC_SPEECH = tuple(kw.word_group("topic_speech"))
#: the types of a shaped name written in English (pinyin and translated descriptors)
_ENGLISH_NAMED_TYPES = {"company", "model", "product"}
#: the words that join the names of a Chinese list (A、B和C); enumerations also take 跟 & / , and blanks
_LIST_JOINERS = LIST_JOINERS
#: 2031, FY2031: a single year, one member of a list of years (``2031、2032年``)
_LISTED_YEAR = re.compile(r"(?:FY)?\d{4}")
_ENUM_JOINERS = set(_LIST_JOINERS + "跟&/,， ")
#: the commas among the joiners: a comma may also close a clause
_LIST_COMMAS = frozenset(",，")
# 7家光模块厂商: a count, 家, the words of a kind of firm and its head word (厂商, 公司)
_COUNTED_HEADS = kw.word_group("counted_group_head")
_COUNTED_NUMBER = kw.word_group("counted_number_word")
_COUNTED_KIND = re.compile(r"([0-9]{1,2}|[二两三四五六七八九十]{1,2})家([A-Za-z\u4e00-\u9fff]{1,10}?)(%s)" % kw.word_alternation("counted_group_head"))
#: how far after a counted group its sum (合计) may stand
_COUNTED_KIND_REACH = 60
#: A股, 港股: listing markets that may name a group of their listed firms (names.market_firms)
_MARKET_FIRMS_LISTING = tuple(kw.word_group("market_firms_listing"))
# PC DRAM, Enterprise SSD: Latin segment words before a product category of a row label
_CATEGORY_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9\-]*(?: [A-Za-z][A-Za-z0-9\-]*){0,2} (?:%s)" % kw.word_alternation("category_label_tail"))
# 云杉科技、北辰数据、海岳通信: n names (2-6 Chinese characters each) joined by 、 (the last by 、/和/与/及),
# the last one running into what follows it; for lists of 2 to 8 names
_LISTED_NAMES = {n: re.compile(r"((?:[\u4e00-\u9fff]{2,6}、){%d}[\u4e00-\u9fff]{2,6}[%s])([\u4e00-\u9fff]{2,})" % (n - 2, _LIST_JOINERS))
                 for n in range(2, 9)}
# 销售、管理、研发费用率: short words listed right before a keyword, each before a joiner
_ELIDED_JOINERS = "、/"
_ELIDED_MAX = 4
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_YEAR_SPAN = re.compile(r"(FY)?(\d{4})/(FY)?(\d{4})")
_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _any_of(words) -> re.Pattern:
    """One regex finding any of ``words`` (the test ``any(w in text for w in words)`` at C speed)."""
    return re.compile("|".join(re.escape(w) for w in sorted(words)) if words else r"(?!)")


@functools.lru_cache(maxsize=None)
def _grammar_pattern(role: str) -> re.Pattern:
    return _any_of(kw.grammar_words()[role])


_PUBLICATION_DATED = publication_dated_prefixes()
#: the headers of a table column of dates (``facts_words.csv`` ``date_column``) and a bare day cell under one
_INVESTOR_COLUMN = frozenset(w.lower() for w in kw.word_group("investor_column"))
_PRIOR_YEAR_COLUMN = frozenset(kw.word_group("prior_year_column"))
#: a Minguo month cell (114/07: 2025-07) of a Taiwanese table's date column
_MINGUO_MONTH_CELL = re.compile(r"(1[0-4]\d|[89]\d)[/.-](1[0-2]|0?[1-9])")
_MINGUO_OFFSET = roc_offset()
_GROWTH_BASIS_HEADER = dict(sorted(kw.word_group("growth_basis_header").items(), key=lambda kv: -len(kv[0])))
_DATE_COLUMN = frozenset(w.lower() for w in kw.word_group("date_column"))
#: a whole column header of a bare change word (``facts_words.csv`` ``change_column``: 变化, 增减)
_CHANGE_COLUMN = frozenset(kw.word_group("change_column"))
#: 7月以来累计: a column header whose date opens a window, no snapshot (``window_header_word``)
_WINDOW_HEADER_WORDS = tuple(kw.word_group("window_header_word"))
#: 03/02, 03-18（一）: a day cell without its year, its weekday in brackets after it at most
_MONTH_DAY_CELL = re.compile(r"(1[0-2]|0?[1-9])[/-]([0-3]?\d)(?:\s?[(（](?:"
                             + "|".join(map(re.escape, sorted(period_words("week")))) + r")?[一二三四五六日天][)）])?")
# an alternation of plain words (no anchors, no lookaround): searching the text between a clause's
# bounds finds what searching the clause's slice finds
_ESTIMATE_WORD = _grammar_pattern("estimate")
#: 预测（: a forecast word opening a bracket, before the month the forecast was made in
_MADE_AT = re.compile(rf"(?:{_ESTIMATE_WORD.pattern})\s?[(（]\s?$")
_FUTURE_WORD = _grammar_pattern("future")
_DIGEST_DAY = digest_day_metrics()
_UNDATED_NEWS = publication_dated_prefixes("undated")
#: funding rounds, valuations, stakes, share sales: news of the publication month when nothing dates them
_NEWS_DEALS = publication_dated_prefixes("news_deal")
#: a move of a deal figure (valuation_change, valuation_multiple) runs over a window: no news level
_DEAL_MOVE_SUFFIXES = ("_change", "_growth", "_multiple")
#: a broker's call (target price, rating): as of the report, never of a section's as-of date
_CALL_PREFIXES = publication_dated_prefixes("call")
_ENGLISH_CALL = publication_dated_prefixes("english_call")
#: 我们, 本行: the report's writer speaking of its own call (facts_words ``own_call_word``)
_OWN_CALL = _any_of(kw.word_group("own_call_word"))
#: 上调至, 下调至: a call moved from an old value in its clause (facts_words ``call_revision_word``)
_CALL_REVISION = _any_of(kw.word_group("call_revision_word"))
#: the comma after a paragraph's opening time (2024年，)
_FRAME_COMMAS = frozenset("，,")
#: levels whose period over a cumulative stretch (前三季度) is the stretch's end
_STRETCH_END_METRICS = publication_dated_prefixes("stretch_end")
#: 前三季度 (2025Q1/2025Q3), 1-9月 (2025-01/2025-09): a cumulative stretch within one year, from its start
_CUMULATIVE_STRETCH = re.compile(r"(\d{4})(?:Q1|-01)/\1(Q[2-4]|-(?:0[2-9]|1[0-2]))")
#: 在运营, 截至季末: a stock word (facts_words.csv ``stock_level_word``)
_STOCK_LEVEL = re.compile(kw.word_alternation("stock_level_word"))
#: a round or valuation a monthly recap lists undated: the month the recap covers
_RECAP_DEALS = publication_dated_prefixes("recap_deal")
#: market_cap, pe_, percentile: an undated market level is as of the day a report states its data
#: end (_cutoff_day: a header's 数据截至, else a close day)
_CLOSE_DAY_LEVELS = publication_dated_prefixes("close_day")
# 推出仅两个月 / 上线后续三个月: the words between an event and the duration counted from it
_AFTER_EVENT = re.compile(
    r"(?P<launch>" + kw.word_alternation("launch_word") + r")?\s*(?P<after>" + kw.word_alternation("event_after")
    + r")?\s*(?:" + kw.word_alternation("duration_filler") + r")?\s*$")
# 单个GPU / 每台服务器: the unit of hardware a count is stated per
# (单个Astra NVL72机柜: a product's Latin name may stand between)
_PER_UNIT = re.compile(r"(?:" + kw.word_alternation("per_unit") + r")\s*(?:[A-Za-z][A-Za-z0-9\-. ]{0,24}?\s*)?(?:"
                       + kw.word_alternation("unit_hardware") + ")"
                       + r"(?!\s*(?:" + kw.word_alternation("unit_hardware_not") + "))", re.IGNORECASE)
_LATER_TIME = _any_of(later_time_words())
# 单MW投资 / 每兆瓦投资: the power capacity an investment is stated per, right before its keyword
_PER_CAPACITY = re.compile(r"(?:" + kw.word_alternation("per_capacity") + r")\s?(?P<unit>"
                           + kw.word_alternation("capacity_unit") + r")(?![A-Za-z])\s?(?:的)?$")
_CAPACITY_UNIT = {w.lower(): v for w, v in kw.word_group("capacity_unit").items()}
# 每MW IT负载约3000万美元: the power capacity an amount is stated per, anywhere before it in its clause
_PER_CAPACITY_WORDS = tuple(kw.word_group("per_capacity"))
_PER_CAPACITY_IN_CLAUSE = re.compile(r"(?:" + kw.word_alternation("per_capacity") + r")\s?(?P<unit>"
                                     + kw.word_alternation("capacity_unit") + r")(?![A-Za-z])")
# 份额增加3.1亿份: a rise or fall word between a level's keyword and its number (not 增至, a level)
_LEVEL_CHANGE = re.compile(r"(?:" + kw.word_alternation("level_change") + r")(?!\s?(?:"
                           + kw.word_alternation("change_to") + r"))")
_LEVEL_CHANGE_METRICS = frozenset(kw.word_group("level_change_metric"))
_FUND_NOUN = re.compile(r"(?:" + kw.word_alternation("fund_noun") + r")(?![A-Za-z])")
#: 规模, 份额: bare size and share words a fund noun before them makes the fund's (facts_words.csv)
_FUND_BARE_WORDS = frozenset(kw.word_group("fund_bare_word"))
#: 低于2015年6月高点的4.5%: a later period after these words dates a comparison's base (facts_words.csv)
_LATER_BASE_LEAD = tuple(kw.word_group("later_base_lead"))
_BASE_LEAD_LEN = max(map(len, _LATER_BASE_LEAD))
#: 行动计划, 实施方案: a title word naming a policy plan (facts_words.csv ``plan_title``)
_PLAN_TITLE = re.compile(kw.word_alternation("plan_title"))
#: 贵州省…行动计划: the place a plan's title opens with, before its suffix (省, 市: ``plan_place``)
_PLAN_PLACE = re.compile(r"[#>*\s【]*(?:关于印发)?《?(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<suffix>"
                         + kw.word_alternation("plan_place") + ")")
_PLAN_PLACE_ENGLISH = kw.word_group("plan_place")
#: the marks a list item line opens with
#: the marks a line of a block's running text ends its last sentence with (see _continues_line_above)
_LINE_SENTENCE_END = ("。", "！", "？")
#: an item of a numbered list (``2. Mistral AI完成…``, ``3）…``): a statement of its own
_NUMBERED_ITEM = re.compile(r"[0-9]{1,2}\s?[.、)）](?![0-9])")
_LIST_ITEM_MARKS = ("·", "•", "●", "-", "*", "▪", "■", "◆", "▲", "（", "(")
#: 《算力基础设施高质量发展行动计划》, 《关于深入实施“人工智能+”行动的意见》: a policy plan's title
_NATIONAL_PLAN = re.compile(r"《[^《》\n]{2,40}?(?:" + kw.word_alternation("national_plan_suffix") + r")》")
#: 全省, 本市: the whole place, in a place's own plan (``plan_aggregate``) -> its suffix's English
_PLAN_AGGREGATE = {w: _PLAN_PLACE_ENGLISH[s] for w, s in kw.word_group("plan_aggregate").items()}
#: 补贴, 资助 in a place's plan: the support word -> its metric stem (facts_words.csv ``plan_support``)
_PLAN_SUPPORT = kw.word_group("plan_support")
_PLAN_SUPPORT_WORD = re.compile(kw.word_alternation("plan_support"))
#: 最高, 上限: a support amount (or a fine: _fine_cap) after one of these is its cap (``plan_support_cap``)
_PLAN_SUPPORT_CAP = re.compile(kw.word_alternation("plan_support_cap"))
#: 单家企业, 每年: a plan figure stated per firm, per year (``plan_per_firm``, ``plan_per_year``)
_PLAN_PER_FIRM = re.compile(kw.word_alternation("plan_per_firm"))
_PLAN_PER_YEAR = re.compile(kw.word_alternation("plan_per_year"))
#: 售价 (按售价15%补贴), 每件 (每件最高补贴500元): a subsidy on what a buyer pays, a price term
#: (``price_subsidy_base``, ``price_subsidy_unit``)
_PRICE_SUBSIDY_BASE = re.compile(kw.word_alternation("price_subsidy_base"))
_PRICE_SUBSIDY_UNIT = re.compile(kw.word_alternation("price_subsidy_unit"))
#: 算力, 算力券: what a plan's support pays for -> the programme's English name (``plan_programme``)
_PLAN_PROGRAMME = kw.word_group("plan_programme")
_PLAN_PROGRAMME_WORD = re.compile(kw.word_alternation("plan_programme"))
#: number_of_firms, unicorns: counts of a plan place's firms (``plan_firm_metric``)
_PLAN_FIRM_METRICS = frozenset(kw.word_group("plan_firm_metric"))
#: 人工智能 -> AI: the industry of a plan's firms (``plan_industry``)
_PLAN_INDUSTRY = {w.lower(): v for w, v in kw.word_group("plan_industry").items()}
_PLAN_INDUSTRY_WORD = re.compile(r"(?<![A-Za-z])(?:" + kw.word_alternation("plan_industry") + r")(?![A-Za-z])",
                                  re.IGNORECASE)  # AI, not the ai of OpenAI
#: the kinds of number a plan states as a goal it sets (a count, a share, computing capacity,
#: power), not money it commits
_PLAN_GOAL_CLASSES = frozenset(("count", "ratio", "flops", "watts"))
#: a fund's bare 份额 is its units: the market-share metric it was read as -> the fund's (facts_words.csv)
_FUND_UNIT_METRICS = kw.word_group("fund_units_metric")
#: 份额增加52.3亿份: a count in 万/亿 then the counter of fund units, in a clause naming 份额
_FUND_UNIT_COUNTER = kw.word_group("fund_unit_counter")  # counter -> metrics.csv keyword
_FUND_UNIT_WORDS = tuple(kw.word_group("fund_unit_word"))
#: 新成立3只AI主题ETF, 转债共19只: a count then the counter of funds, with a fund word in its sentence
_FUND_COUNT_COUNTER = kw.word_group("fund_count_counter")  # counter -> metrics.csv keyword
_FUND_COUNT_WORDS = tuple(kw.word_group("fund_count_word"))
_FUND_COUNT_NOT_AFTER = tuple(kw.word_group("fund_count_not_after"))  # 只股票, 只有: stocks, the adverb
#: 峰值, 均值, 末, 高点: words after a period in a row label that keep it a time (facts_words.csv
#: ``period_row_descriptor``): ``2025年2月峰值 | 14.8`` is the caption's subject in February 2025
_PERIOD_ROW_DESCRIPTORS = tuple(kw.word_group("period_row_descriptor"))
_PERIOD_ROW_TIMES = tuple(sorted(kw.word_group("period_row_time"), key=len, reverse=True))
#: the metrics of a bare share word (占比, 比重, 份额) that a caption's 占 names more closely
_BARE_SHARE_METRICS = frozenset(("share", "market_share"))
#: 其中 (facts_words.csv part_opener) right before a share: a part of what the paragraph is about
_PART_OPENERS = tuple(kw.word_group("part_opener"))
#: the longest whole written between 占 and a share no keyword names (占全国AI岗位的)
_TOPIC_SHARE_WHOLE_MAX = 12
#: the keyword of a share taken within the paragraph's topic, by theme (made once per theme)
_TOPIC_SHARE_KEYWORDS: dict[str, kw.Keyword] = {}
# their changes in points (比上年提升20个百分点 after 整体比例62%)
_BARE_SHARE_CHANGES = frozenset(f"{m}{end}" for m in _BARE_SHARE_METRICS for end in ("_growth", "_change"))
# the shares of revenue a part named before them can make its own (前五大客户收入占比), with
# their changes (revenue_share_growth)
_REVENUE_SHARE_WORDS = frozenset(f"{m}{end}" for m in ("share", "market_share", "revenue_share", "share_of_revenue")
                                 for end in ("", "_growth", "_change"))
# the parts whose own ratio is a share of revenue (前五大客户: top5_customer_revenue_share)
_REVENUE_SHARE_PARTS = tuple(w for w, k in kw.metric_keywords().items()
                             if k.metrics.get("ratio", "").endswith("_revenue_share"))
# a part's share of one firm's revenue (收入占比, 营收比重): the firm's figure, whatever part it names
_PART_REVENUE_SHARES = frozenset(("revenue_share",))
# the money put into capacity that, stated per MW, is the capex of one unit of it
_PER_CAPACITY_BASES = ("investment_amount", "planned_investment", "capex", "spending")
_FUTURE_ITEM = re.compile("(?:" + "|".join(map(re.escape, sorted(period_words("future_item")))) + ")(?!"
                          + "|".join(map(re.escape, sorted(period_words("future_item_not")))) + ")")
_LIST_SEP = re.compile(r"[、]")
# a line break between two Chinese characters: where a PDF's wrap may cut a name in two. The
# pattern opens with the line break itself, so the search skips to line breaks in C; a leading
# lookbehind would be tried at every character of the document (ten times slower)
_CJK_WRAP = re.compile(r"\n(?<=[\u4e00-\u9fff]\n)(?=[\u4e00-\u9fff])")
_WRAP_REACH = 12
# 较上一代产品Nova-2: what may stand between a generation word and the name it qualifies
_NOT_IN_NAME_GAP = re.compile(r"[\d%，,。；;：:、（()）]")
_CLAUSE_MARK = re.compile(r"[，,；;。！？!?\n]")
_AHEAD = re.compile("(?:" + "|".join(map(re.escape, sorted(period_words("ahead_marker")))) + ")(?!"
                    + "|".join(map(re.escape, sorted(period_words("future_item_not")))) + ")")
_SAME_PERIOD = period_words("same_period")
#: 7月1日起: the words after a day that make it the day a price takes effect
_EFFECTIVE_FROM = tuple(sorted(period_words("effective_from"), key=len, reverse=True))
_WRITTEN_YEAR = re.compile(r"\d{2}\s?年|\d{4}")
#: 0时, 零点, 24时, 00:00: the hour of a day a price takes effect from (自3月2日0时起)
_HOUR_OF_DAY = re.compile(r"\s?(?:(?:[0-9]{1,2}|[零一二三四五六七八九十]{1,3})\s?[时点](?:整)?|[0-9]{1,2}:[0-9]{2})")
_HOUR_FIRST = frozenset("0123456789零一二三四五六七八九十 ")
#: 3月1日电: the word after a flash's dateline day (facts_words.csv)
_DATELINE_VERBS = tuple(kw.word_group("dateline_verb"))
#: English notes write the period after the number (``RMB13.0bn in 3Q25``, ``34% YoY in 1H26``):
#: the text between the number and such a period, an optional bracket or change word included
_EN_PERIOD_AFTER = re.compile(r"\s*(?:\([^()\n]{0,20}\)\s*)?(?:(?:YoY|QoQ|y/y|q/q|MoM)\s+)?(?:"
                              + "|".join(map(re.escape, sorted(period_words("en_period_after"), key=len, reverse=True)))
                              + r")\s+", re.IGNORECASE)
_CURRENT_LEVEL = re.compile(kw.word_alternation("current_level"))
_THIS_QUARTER = period_words("quarter_rel", offset=0)
_QUARTER_VALUE = re.compile(r"(FY)?(\d{4})Q([1-4])")  # the groups: the next quarter (_guided_quarter)
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")
# 本月: the month a text is written in, which a roundup's header may state
_THIS_MONTH = frozenset(w for w in period_words("near", offset=0) if w.endswith("月"))
_FY_QUARTER_VALUE = re.compile(r"FY\d{4}Q[1-4]")
#: 周报, 周度: a header word saying a report is weekly (facts_words.csv ``weekly_report``)
_WEEKLY_REPORT = re.compile(kw.word_alternation("weekly_report"))
#: 月报, 月度跟踪: a monthly recap says so in its header (facts_words.csv ``monthly_report``)
_MONTHLY_REPORT = re.compile(kw.word_alternation("monthly_report"))
# a monthly recap whose header names these tracks prices (``_price_tracker``)
_PRICE_TRACKER_WORDS = tuple(kw.word_group("price_tracker_title"))
#: 数据截至：2025年3月7日收盘: a header line giving the day a report's data end (facts_words.csv ``data_cutoff``)
_DATA_CUTOFF = re.compile(kw.word_alternation("data_cutoff"))
#: 截至12月4日收盘, （2025年8月28日收市）: a close day stated as the day figures are as of
_CLOSE_DAY_LEAD = tuple(kw.word_group("close_day_lead"))
#: how many days before publication a stated close day may be to end the report's data (a
#: Thursday's close in a Monday report)
_CLOSE_DAY_REACH = 4
_CLOSE_DAY = re.compile(r"\s?(?:" + kw.word_alternation("close_day") + ")")
#: （…；数据截至2026年2月6日）: a data cut-off word right before a day, in a caption as in a header
_DATA_CUTOFF_LEAD = re.compile("(?:" + kw.word_alternation("data_cutoff") + r")[：:]?\s?$")
#: 数据日期：2025-02-19 / 数据月份：2025年5月: a label naming the period the figures after it are of
#: (facts_words.csv ``data_period_label``), then a colon or bracket and the period
_DATA_PERIOD_REACH = 40  # the period follows its label at once (a stretch with clock times is long)
_DATA_PERIOD_LABEL = re.compile("(?:" + kw.word_alternation("data_period_label") + r")\s?[:：]?\s?")
#: 今年, 明年, 去年: a year counted from the publication year (period_words.csv ``year_rel``); with
#: no publication date it names a year nothing else in the text may stand in for
_RELATIVE_YEAR = re.compile("(?:" + "|".join(map(re.escape, sorted(period_words("year_rel"), key=len, reverse=True)))
                            + ")(?!" + "|".join(map(re.escape, sorted(_SAME_PERIOD))) + ")")
#: 首期, 首批: the first batch or phase of a plan (period_words.csv ``first_batch``)
_FIRST_BATCH = tuple(sorted(period_words("first_batch"), key=len, reverse=True))
#: 未来, 今后: the words of a window ahead (未来五年)
_WINDOW_AHEAD = tuple(sorted(period_words("window_ahead"), key=len, reverse=True))
#: 由约3成提高至5成: the words of a move from a level now to a level ahead (period_words.csv ``move_to``)
#: (调升至, 上修至: a revision of a forecast, whose old value is of the same year)
_MOVE_TO = re.compile(r"[^，。；,;：:\n调修]{0,6}?(?:" + "|".join(map(re.escape, sorted(period_words("move_to"), key=len, reverse=True))) + ")")
#: 由/从 (facts_words ``rise_from``) opening the start level of a move, a few words before it
#: (由目前约20%, 从高峰期的约三成); 理由, 自由: no move (period_words ``from_not_after``)
_MOVE_START_LEN = 10
_MOVE_START_LEAD = re.compile("(?:" + "|".join(map(re.escape, kw.word_group("rise_from"))) + r")[^，。；,;：:\n]{0,8}$")
_FROM_NOT_AFTER = period_words("from_not_after")
#: 目前, 当前: the level a move starts from is the level now (period_words ``level_now``)
_LEVEL_NOW_WORDS = tuple(period_words("level_now"))
# 此前, 当时, 认为: words of an earlier time or of a view, not of the time a paragraph opened on (_shifts_time)
_FRAME_SHIFT_WORDS = tuple(period_words("frame_shift"))
# 业绩会上称, 宣布: a speaker's words after a paragraph's first time (_paragraph_frame)
_FRAME_STATEMENT_WORDS = tuple(period_words("frame_statement"))
_OPEN_START_WORDS = tuple(sorted(period_words("open_start"), key=len, reverse=True))
#: share_price, pe_: a price or multiple said of now (目前股价, 当前PE) is of the publication day
_NOW_DAY_METRICS = tuple(kw.word_group("now_day_metric"))
#: a valuation's percentile over a window since a year (处于2019年以来的72%分位)
_RANKED_IN_HISTORY = "percentile"
#: 升至四成以上, 降至约37%: the level a move reaches right after its move word
#: 降至, 涨至, 提高到: the word of a move from one level to another (period_words ``move_to``)
_MOVE_WORD = re.compile("|".join(map(re.escape, sorted(period_words("move_to"), key=len, reverse=True))))
#: how far before a level a move word and a word of now may stand (降至目前的, 升至当前约)
_REACHED_NOW_REACH = 8
#: 已由约8%升至约15%: a move said done by now (period_words ``moved_by_now``), and how far before
#: the level it reaches it may open
_MOVED_BY_NOW = re.compile("|".join(map(re.escape, sorted(period_words("moved_by_now"), key=len, reverse=True))))
_MOVED_BY_NOW_REACH = 30
_MOVE_TARGET_LEAD = re.compile("(?:" + "|".join(map(re.escape, sorted(period_words("move_to"), key=len, reverse=True)))
                               + ")(?:" + "|".join(map(re.escape, sorted(period_words("move_hedge"), key=len, reverse=True)))
                               + ")?$")
_ONE_YEAR_ON = re.compile(r"\d{4}")
#: how many characters may lead a clause before the period that opens it (其2025年, 而2026年)
_OWN_STATEMENT_LEAD = 3
#: how many lead words may stand between a later clause's comma and the period that heads its
#: own figure (而这一比例去年仅为16%: the measure named again, then its time)
_LATER_FIGURE_LEAD = 6
#: how far before a figure a cited headline's 《 may open (a headline is a short line)
_CITED_HEADLINE_REACH = 60
#: 排至, 排到: the words before how far a backlog reaches (period_words.csv ``horizon_lead``)
_HORIZON_LEADS = tuple(sorted(period_words("horizon_lead"), key=len, reverse=True))
_HORIZON_LEN = max(map(len, _HORIZON_LEADS))
_COMPARISON_LEADS = tuple(sorted(period_words("comparison_lead"), key=len, reverse=True))
#: year-to-date words (年初至今, 今年以来) from period_words.csv
_YTD_WORDS = tuple(sorted(period_words("ytd"), key=len, reverse=True))
#: 年内 read as to date: dated to the publication day only when a move summed so far follows it
#: (年内累计上涨, 年内累计净买入: periods ``ytd_move``), else it is the year
_WITHIN_YEAR_WORD = "年内"
#: 近三年, 过去五年: a window of years up to the report's year (period_words.csv ``window_back``)
_BACK_WINDOW = re.compile(r"(?:" + "|".join(sorted(period_words("window_back"), key=len, reverse=True)) + r")\s?\S{1,2}\s?(?:个\s?)?年")
#: a whole year (``2023``, ``FY2023``) as a period value
_WHOLE_YEAR_VALUE = re.compile(r"(?:FY)?\d{4}")
#: 年报, 年度业绩: a report on a whole year's results (period_words.csv ``results_report`` of offset 12)
_ANNUAL_RESULTS = tuple(sorted(period_words("results_report", 12), key=len, reverse=True))
#: 中报, 中期业绩, 半年报: a report on a half's results (period_words.csv ``results_report`` of offset 6)
_HALF_RESULTS_RE = re.compile(r"(?:(?P<y>\d{4})\s?年?\s?)?(?:"
                              + "|".join(map(re.escape, sorted(period_words("results_report", 6), key=len, reverse=True)))
                              + r")")
_ANNUAL_RESULTS_RE = re.compile("|".join(map(re.escape, _ANNUAL_RESULTS)))
#: a note on annual results that names no year, out by this month, is on the year before
_RESULTS_SEASON_LAST_MONTH = 4
#: 全年 in a note on a year's results is that year, unless a word looking ahead precedes it
_WHOLE_YEAR_WORD = "全年"
_AHEAD_WORDS = tuple(period_words("ahead_marker")) + tuple(kw.word_group("guidance_word"))
_AHEAD_REACH = 10
#: a monthly recap published on or before this day of the next month covers the month just ended
_RECAP_LAST_DAY = 10
#: 调研, 追踪, 复盘 ...: a header line naming a stretch and one of these is a survey's or a tracker's
_REFERENCE_TITLE = tuple(period_words("reference_title"))
#: 市场, 销量 ...: with these a header line names the period a market note reports on only when it
#: is part of a year that is over by the publication date (2025年前三季度中国学习机市场)
_REFERENCE_PART_TITLE = tuple(period_words("reference_part_title"))
#: 本年, 上年, 年内, 年末 -> their years from the year a survey or tracker reports on
_REFERENCE_YEAR_WORDS = {w: o for o in (0, -1) for w in period_words("reference_year", o)}
#: a stretch a report may cover: a year, a half, a quarter, its first quarters or months
_REFERENCE_VALUE = re.compile(r"\d{4}(?:H[12]|Q[1-4]|Q1/\d{4}Q[2-4]|-01/\d{4}-(?:0[2-9]|1[0-2]))?")
#: parameter counts and list prices with no date stay undated, in a survey or tracker too (SCHEMA)
_UNDATED_LIST_THEMES = frozenset({"parameters", "pricing"})


#: 前瞻, 预览: a title naming results still ahead, of a period not over (facts_words.csv)
_RESULTS_PREVIEW_WORDS = tuple(kw.word_group("results_preview_title"))
#: a quarter or a half as a period value (no fiscal label, no span)
_QUARTER_OR_HALF = re.compile(r"\d{4}(?:H[12]|Q[1-4])")


def _ended_before(value: str, month: str) -> bool:
    """Whether a quarter or a half (``2025Q3``, ``2025H1``) ended before ``month`` (``2025-11``)."""
    if not _QUARTER_OR_HALF.fullmatch(value):
        return False
    last = _period_bounds(value)[1]
    return f"{last.year}-{last.month:02d}" < month


def _names_results(line: str) -> bool:
    """Whether a title line names a period's results (``业绩``, ``财报``: period_words
    ``results_title``; ``三季报``, ``中报``: a report on a quarter's or a half's results), not
    results still ahead (``业绩前瞻``: facts_words ``results_preview_title``)."""
    if any(w in line for w in _RESULTS_PREVIEW_WORDS):
        return False
    return any(w in line for w in _RESULTS_WORDS) or bool(_HALF_RESULTS_RE.search(fold(line))) \
        or bool(quarter_reports(line, None))


def _stretch_last_day(value: str) -> dt.date:
    """The last day of a reference stretch (``2025Q1/2025Q3`` -> 2025-09-30, ``2025-01/2025-08``
    -> 2025-08-31)."""
    last = value.split("/")[-1]
    y, tail = int(last[:4]), last[4:]
    month = int(tail[1:]) if tail.startswith("-") else {"H1": 6, "Q1": 3, "Q2": 6, "Q3": 9}.get(tail, 12)
    return dt.date(y, month, calendar.monthrange(y, month)[1])


def _stretch_first_day(value: str) -> dt.date:
    """The first day of a reference stretch (``2025Q3`` -> 2025-07-01)."""
    y, tail = int(value[:4]), value[4:6]
    month = {"H2": 7, "Q2": 4, "Q3": 7, "Q4": 10}.get(tail, 1)
    return dt.date(y, month, 1)
#: 周涨, 周成交额: a week's figure written with 周 before its keyword; never after 上/下/每/近/连续
#: or a count (上周涨, 每周, 连续两周上涨, 3周涨幅) (facts_words.csv ``week_figure``)
_WEEK_FIGURE = re.compile(r"(?<![0-9" + "".join(sorted(kw.word_group("week_figure_not_after"))) + "])(?:"
                          + kw.word_alternation("week_figure") + ")")
#: levels, not flows: in a weekly report they hold on the last day of its week (facts_words.csv)
_WEEK_END_METRICS = frozenset(kw.word_group("week_end_metric"))
#: stocks (a fund's size, a margin balance): dated by 本周 or by nothing in a weekly report, they
#: hold on the last day of its week, unless a change word makes the number a flow (facts_words.csv)
_WEEK_LEVEL_METRICS = frozenset(kw.word_group("week_level_metric"))
#: a week word stands at most this many characters before its number (周成交额约为5000亿元)
_WEEK_FIGURE_REACH = 8
#: week words that mean the week of the report (本周), from period_words.csv
_THIS_WEEK = frozenset(w for w in period_words("near", 0) if w.endswith("周"))
#: a bracket a prior value of the number before it opens with, and its closing bracket
_PRIOR_OPEN = {"（": "）", "(": ")"}
#: week words that mean the week before the report's (上周, 前一周), from period_words.csv
_LAST_WEEK = frozenset(w for w in period_words("near", -1) if w.endswith("周"))
#: the week-before words counted from the publication's calendar week (上周), not the report's week (前一周)
_PUBLICATION_LAST_WEEK = period_words("publication_last_week")
#: 前四个交易日 right after a week word: only the first n trading days of that week (period_words.csv)
_WEEK_DAY_WORDS = period_words("week_first_days")
_WEEK_FIRST_DAYS = re.compile(r"的?(?:" + "|".join(map(re.escape, sorted(period_words("first_n")))) + r")([1-4一二两三四])个?(?:"
                              + "|".join(map(re.escape, sorted(_WEEK_DAY_WORDS))) + ")")
#: a calendar quarter or a span of them (``2025Q3``, ``2025Q3/2025Q4``): a table column a fiscal row re-labels
_CALENDAR_QUARTERS = re.compile(r"\d{4}Q[1-4](?:/\d{4}Q[1-4])?")
#: 财年口径, 财季: a word that says a company's figures are by its fiscal calendar (facts_words.csv)
_FISCAL_WORD = re.compile(kw.word_alternation("fiscal_marker"))
#: 上半年, 全年, 去年同期: parts of a year written without it, fiscal for a fiscal-calendar company
_FISCAL_PART_WORDS = frozenset(kw.word_group("fiscal_part_word"))
#: a half or a year as a calendar period value: the year and the half, if any
_HALF_OR_YEAR = re.compile(r"(\d{4})(?:H([12]))?")
#: a note line's items: each names its own companies (注：微软为财年口径，谷歌为自然年)
_NOTE_ITEM_BREAK = re.compile(r"[；;，,。]")
# the themes of reported results: a figure of one nothing dates is of the quarter the report is about
_RESULTS_THEMES = frozenset({"earnings", "capex"})
#: 【事件】/事件：opening a line: a quick take's event, the results it names (facts_words.csv)
_EVENT_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:【(?:" + kw.word_alternation("event_marker") + r")】|(?:"
                         + kw.word_alternation("event_marker") + r")\s?[：:])")
_EVENT_WORDS = tuple(kw.word_group("event_marker"))
#: Q1, 1Q25, 4Q: a quarter written with Q
_QUARTER_MARK = re.compile(r"[1-4]Q|Q[1-4]")
_RESULTS_WORDS = tuple(period_words("results_title"))
_EVENT_QUARTER_THEMES = frozenset(kw.word_group("event_quarter_theme"))
#: the themes of a monthly tracker's undated figures that the month it covers dates (facts_words.csv)
_RECAP_MONTH_THEMES = frozenset(kw.word_group("recap_month_theme"))
#: the themes of undated figures the month (or results quarter) a release's title names dates
#: (facts_words.csv)
_TITLE_PERIOD_THEMES = frozenset(kw.word_group("title_period_theme"))
#: 过去四个季度, 近4个季度: a window of the quarters up to the one a results note is about
_TRAILING_QUARTERS = re.compile(r"(?:" + kw.word_alternation("trailing_quarters") + r")\s?(?P<n>[2-9]|[二两三四五六七八九])\s?个\s?(?:财季|季度)")
_TABLE_NOTE = re.compile(r"[\s*>_]*(?:" + kw.word_alternation("table_note") + r")")  # markdown's *注* or > 注
_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")
#: =, ≈, 兑, 约合: a sign between one unit of a currency and its price in another (facts_words.csv
#: ``rate_sign``); searched first in a sentence, as almost none holds one
_RATE_SIGN = re.compile(kw.word_alternation("rate_sign"))
#: what may stand between the amounts of one exchange-rate statement besides a rate sign
_RATE_GAP = re.compile(r"[\s、，,；;]*(?:" + kw.word_alternation("rate_sign") + r")?[\s、，,；;]*")
#: the unit amounts an exchange rate is quoted for (1美元, 100日元)
_RATE_UNITS = frozenset({1.0, 10.0, 100.0, 1000.0, 10000.0})


def exchange_rate_quotes(text: str, quantities: list) -> set[int]:
    """Indices of the money ``quantities`` that state an exchange rate, no fact.

    One unit of a currency (``1美元``, ``100日元``) followed, across a rate sign (``=``, ``≈``,
    ``兑``, ``约合``), by an amount in another currency is a rate used to convert the report's
    figures, and so is every further amount chained to it by a sign or a list mark
    (``1美元≈7.2人民币、≈1,400韩元``, ``1美元=7.10元人民币=155日元``). An amount stated
    beside its conversion (``100亿美元（约合人民币720亿元）``) is no unit amount and stays.

    Examples
    --------
    >>> from aigc_analysis.extract.quantities import find_quantities
    >>> t = "汇率：1美元=7.10元人民币=155日元"
    >>> sorted(exchange_rate_quotes(t, find_quantities(t)))
    [0, 1, 2]
    >>> t = "收入100亿美元（约合人民币720亿元）"
    >>> exchange_rate_quotes(t, find_quantities(t))
    set()
    """
    out: set[int] = set()
    for i in range(len(quantities) - 1):
        q, nxt = quantities[i], quantities[i + 1]
        if i in out or q.kind != "money" or nxt.kind != "money" or q.value not in _RATE_UNITS \
                or q.value_high is not None or q.unit == nxt.unit:
            continue
        gap = _RATE_GAP.fullmatch(text, q.end, nxt.start)
        if gap is None or not _RATE_SIGN.search(text, q.end, nxt.start):
            continue
        out.update((i, i + 1))
        units = {q.unit, nxt.unit}
        for j in range(i + 2, len(quantities)):
            more = quantities[j]
            # 、≈1,400韩元: the same rate in a further currency
            if more.kind != "money" or more.unit in units \
                    or _RATE_GAP.fullmatch(text, quantities[j - 1].end, more.start) is None:
                break
            out.add(j)
            units.add(more.unit)
    return out
_UNIT_NOTE = re.compile(r"[(（][^)）]*[)）]")
_MONTH = re.compile(r"\d{4}-\d{2}")
_CHANGE_FROM = re.compile(r"(?:" + kw.word_alternation("change_from") + r")\s?$")
_LIST_LEAD_FILLER = re.compile(r"(?:(?:的)?前[0-9一二三四五六七八九十]+[名大位家]?|"
                               + kw.word_alternation("list_lead_filler") + r")+")
# 下调至, 降为, 调整到: a verb of at most three characters ending in the word of the level reached
_CHANGE_TO = re.compile(r"\s?[\u4e00-\u9fff]{0,3}(?:" + kw.word_alternation("change_to") + r")\s?")
_TOPIC_SHIFT = re.compile(r"\s*[-*•●·]?\s*(?:" + kw.word_alternation("topic_shift") + r")\s*[，,：:]")
_ASIDE = re.compile(r"—|--")
_SINCE = re.compile(r"\s?(?:以来|至今)")
#: A bracket glossing a fiscal label with its end date opens within this many characters of it.
_GLOSS_CHARS = 24
_COMPOUND = re.compile(kw.word_alternation("compound_growth"), re.I)
_SUBSET_OPENER = re.compile(r"\s*(?:" + kw.word_alternation("subset_opener") + r")\s*[，,：:]?")
_SUBSET_WORD = re.compile(kw.word_alternation("subset_opener"))
_BASE_OF = re.compile(r"\s?的\s?")
_NOTE_OPEN = frozenset("(（")
_PART_OF_YEAR = re.compile(r"(\d{4})([QH][1-4])")
_YEAR_DIGITS = re.compile(r"\d{2}")
_YEAR_ONLY = re.compile(r"\d{4}")
_RANK_COLUMN = frozenset(w.lower() for w in kw.word_group("rank_column"))
_CODE_COLUMN = frozenset(w.lower() for w in kw.word_group("code_column"))
# 输入价从1.25美元提到2美元，涨幅60%: a move word after a token price of its sentence is that price's move
_PRICE_MOVE_WORDS = frozenset(kw.word_group("price_move_word"))
# 比上一代（2.5 Pro）: the older model named in brackets after a prior_version word
_PRIOR_BRACKET = re.compile(r"\s?[（(]\s?([0-9A-Za-z][0-9A-Za-z.\- ]{0,23}?)\s?[）)]")
_FIRST_DIGIT = re.compile(r"\d")
# 概率 -> scenario_probability only where a valuation scenario is in view (facts_words.csv
# context_keyword names the word group that must stand on the keyword's line or table)
_TABLE_LINE = re.compile(r"[|｜\t]|\S(?: {2,}|　+)\S")
_CONTEXT_KEYWORDS = {w.lower(): tuple(x.lower() for x in kw.word_group(group))
                     for w, group in kw.word_group("context_keyword").items()}
_TRILLION_CELL = re.compile(r"\s*\d+(?:\.\d+)?\s?T\s*")  # 1T, 1.2T: a cell of a parameter column
# a benchmark word anywhere in a header cell (GPQA Diamond, SWE-bench Verified, AIME 2025), Latin
# words whole: a column of scores (asked per cell of a row, so one compiled search)
_BENCHMARK_COLUMN = re.compile("(?<![a-z0-9])(?:" + kw.word_alternation("benchmark_column") + ")(?![a-z])")
_FINAL_MARKS = frozenset("。！？!?")
_NOTE_CLOSE = frozenset(")）")
#: Characters that end a sentence or a ；-segment (how far back a rise word looks for its amount).
_SEGMENT_ENDS = "。！？!?；;\n"
_CLASS_UNITS = {
    "money": set(MONEY_UNITS),
    "price": set(MONEY_UNITS),
    "flops": {"flops"},
    "watts": {"watts"},
    # 1,650亿千瓦时, 183TWh: energy takes the metrics of a count (unit_metrics.csv) in its own units
    "count": {"count", "kWh", "watt_hours"},
    "ratio": {"ratio"},
    "pp": {"pp"},
    "multiple": {"multiple"},
    "duration": {"months", "years", "weeks", "days", "hours", "minutes"},
    "bytes": {"bytes"},
    "free": {"ratio"},
}
_DOUBLING = ("翻一番", "翻番", "翻倍", "翻一倍")
_PER_BEFORE = re.compile(rf"每\s*({volume_pattern()})", re.IGNORECASE)
# 输入2元、输出8元（每百万tokens）: a rate in brackets after a list of prices applies to each
_PER_AFTER = re.compile(rf"[（(]\s*(?:{kw.word_alternation('all_of')})?\s*每?\s*({volume_pattern()})\s*[)）]",
                        re.IGNORECASE)
#: at most this many characters between a price and the bracketed rate after its list
_PER_AFTER_REACH = 24
_SEMICOLON = re.compile(r"[；;]")
# 1200万单, 850辆: the counter right after a count that names what is counted (facts_words.csv
# count_counter); not a word the counter opens (单位, 单价, 单日, 股东: 12万股东 counts holders, not shares)
_COUNT_COUNTER = kw.word_group("count_counter")
_COUNT_COUNTER_AT = re.compile(rf"\s?({kw.word_alternation('count_counter')})(?![位价日次月年卡颗台个元笔东])")
# 20家机构参与: a counter with its verb that names the count before any keyword of the clause
_COUNTER_FIRST = kw.word_group("counter_first")
_COUNTER_FIRST_OPENS = tuple(sorted({w[0] for w in _COUNTER_FIRST}))  # a cheap test before the regex
_COUNTER_FIRST_AT = re.compile(rf"\s?({kw.word_alternation('counter_first')})")
# 字节今年大约35万张: a bare 张 counts cards where a card word was written shortly before
_CARD_COUNTER = kw.word_group("card_counter")
# (4张4090, 8张H100: the cards are named after the counter; their own keyword decides)
_CARD_COUNTER_AT = re.compile(rf"\s?({kw.word_alternation('card_counter')})"
                              rf"(?!{kw.word_alternation('card_counter_not')}|[A-Za-z0-9])")
_CARD_CONTEXT = re.compile(kw.word_alternation("card_context"), re.IGNORECASE)
#: how far before a bare card counter a card word may stand (a question and its answer)
_CARD_REACH = 240
# 超过3,000台, 26.7亿亩次: the counter right after a count no finder claims (facts_words.csv
# unit_counter, measure_counter; value "theme metric") and the verb that names what it counts
# (unit_counter_verb); not a counter that opens another word (3个月, 5家银行股: unit_counter_not_after)
_UNIT_COUNTERS = {**kw.word_group("unit_counter"), **kw.word_group("measure_counter")}
_MEASURE_COUNTERS = frozenset(kw.word_group("measure_counter"))
_UNIT_COUNTER_AT = re.compile(
    rf"\s?({'|'.join(re.escape(w) for w in sorted(_UNIT_COUNTERS, key=lambda w: (-len(w), w)))})"
    rf"(?![{''.join(kw.word_group('unit_counter_not_after'))}])")
_UNIT_COUNTER_OPENS = tuple(sorted({w[0] for w in _UNIT_COUNTERS}))  # a cheap test before the regex
_UNIT_COUNTER_VERBS = kw.word_group("unit_counter_verb")
_UNIT_COUNTER_VERB = re.compile(kw.word_alternation("unit_counter_verb"))
# 园区已有智能巡检机器人40台: a counter no verb names counts its things in a clause about an
# AI-industry subject (facts_words.csv ai_counted, ai_subject_word)
_AI_COUNTED = kw.word_group("ai_counted")
_AI_SUBJECT = re.compile(kw.word_alternation("ai_subject_word"), re.IGNORECASE)
# | 园区 | 巡检机器人（台） |, 成交量(万股), 单桥效率（自然箱/小时）: a column headed by a counter
# alone (facts_words.csv column_counter; value "theme metric"), after a magnitude or not, or by a
# counted thing per time unit (pattern_words.csv rate_column_per: column_counter rate)
_COLUMN_COUNTERS = kw.word_group("column_counter")
_COUNTER_COLUMN = re.compile(
    rf"[(（]\s?(?:{pattern_words('quantities')['magnitude']})?([{''.join(w for w in _COLUMN_COUNTERS if len(w) == 1)}])"
    rf"\s?[)）]\s*$")
# 使用情况（单位：%）, 部署阶段分布（%，N=412）: a caption that marks its table a survey's
# (a survey word or a sample size, facts_words.csv sample_size_mark)
_SURVEY_CAPTION = re.compile(kw.word_alternation("survey_word") + "|" + kw.word_alternation("sample_size_mark"),
                             re.IGNORECASE)
# 受GB300机柜交付节奏…影响: the cause a forecast was cut for, within one clause
_CAUSE_CLOSE = tuple(kw.word_group("cause_close"))
_CAUSE = re.compile("(?:" + kw.word_alternation("cause_open") + ")[^，。；,;！？\n]{1,30}?(?:"
                    + kw.word_alternation("cause_close") + ")")
# 基于昇腾910C，单套算力…, 搭载H20的服务器: a chip or model right after a spec word is what a
# product is built on, a spec of it, never a subject (facts_words.csv spec_context)
_SPEC_CONTEXT_WORDS = tuple(kw.word_group("spec_context"))
_SPEC_CONTEXT = re.compile(kw.word_alternation("spec_context"))
_SPEC_TYPES = ("product", "model")
# AI服务器渗透率, 以出货量计，AI PC渗透率: hardware before a penetration word makes it a market share
_PENETRATION_WORDS = tuple(kw.word_group("penetration_word"))
#: the metrics of those words: a penetration, and the share of units fitted (城市NOA搭载率) whose
#: feature or part is hardware (SCHEMA: a share of a hardware market is market)
_PENETRATION_METRICS = ("penetration_rate", "attach_rate")
_HARDWARE_PENETRATION = re.compile(kw.word_alternation("hardware_penetration"))
#: how far before the penetration word the hardware it is of may be named
_HARDWARE_PENETRATION_REACH = 16
# 出货量预计达到4亿部，同比增长约73%，渗透率约32%: a penetration word whose clause names no subject
# (only time words and fillers of facts_words.csv bare_penetration_head) is of the sentence's
# hardware named earlier, unless an adopter (penetration_adopter: 用户, 企业) is named after it
_BARE_PENETRATION_FILLER = re.compile(kw.word_alternation("bare_penetration_head"))
_BARE_PENETRATION_HEAD = re.compile(r"[\s\d０-９.．QHEqhe~～\-—至到]*")
_PENETRATION_ADOPTER = re.compile(kw.word_alternation("penetration_adopter"))
#: what may stand between a WeChat counter label and its count (阅读 10万+, 点赞：1,024)
_COUNTER_GAP = " \u3000:："
#: approximate words a table cell or a count may start with (facts_words.csv cell_qualifier)
_CELL_QUALIFIERS = tuple(kw.word_group("cell_qualifier"))
#: A dragon-tiger list's reason (``上榜原因``) covers the numbers up to this many characters after it ...
LISTING_REASON_CHARS = 60
#: ... in its own sentence.
_SENTENCE_BREAK = re.compile(r"[。;；!?！？\n]")
# 年产能提升到800万副: the counters of consumer devices (facts_words.csv device_counter)
_DEVICE_COUNTERS = tuple(kw.word_group("device_counter"))
# 出货约45万片, 出货10万张: the counters of chips and accelerator cards (facts_words.csv chip_counter)
_CHIP_COUNTERS = tuple(kw.word_group("chip_counter"))
_CHIP_COUNTER_NOT = tuple(kw.word_group("chip_counter_not"))
# a count and the counter right after it (出货205万台: 台), for what a shipment figure counts
_COUNT_AND_COUNTER = re.compile(r"[0-9０-９][0-9０-９.]*[十百千万亿萬億]*(\S)")
# 高于市场预期的3.95美元: the expectation of the amount before (facts_words.csv consensus_before)
_CONSENSUS_BEFORE = re.compile(rf"(?:{kw.word_alternation('consensus_before')})[的为值约是:：]{{0,2}}$")
# rev $9.2bn vs cons $8.9bn, 好过 street 53.8%: English expectation words before an amount or a
# percent (facts_words.csv consensus_before_en), at word edges, blanks or a colon between
_CONSENSUS_BEFORE_EN = re.compile(
    rf"(?i)(?<![A-Za-z])(?:{kw.word_alternation('consensus_before_en')})\s?[:：]?\s?$")
# beat ~3%: how far a measure came in above its expectation (facts_words.csv beat_before)
_BEAT_BEFORE = re.compile(rf"(?i)(?<![A-Za-z])(?:{kw.word_alternation('beat_before')})\s?$")
# TSM ADR +1.5%, HSTECH 期货 +0.8%: the line a traded name is quoted on (facts_words.csv quote_word)
_QUOTE_WORDS = tuple(sorted(kw.word_group("quote_word"), key=len, reverse=True))
#: how far before a bare 亿 number a money keyword may stand for it to be yuan (capex 3,200亿 可能上调到 4,000亿+)
_YUAN_LEFT_OUT_REACH = 24
#: what may follow a bare 亿 that goes on in a series' currency: the end of its clause
_SERIES_END = frozenset("，,。；;）)\n\t！？!? ")
#: the classes of a keyword that names a change only (涨: return), not an amount
_CHANGE_CLASSES = frozenset(("ratio", "pp", "multiple"))
#: the first digit or Chinese numeral of a quantity's text (after a fall or qualifier word)
_FIRST_NUMERAL = re.compile(r"[0-9０-９零〇一二两兩三四五六七八九十百千万萬亿億半]")
#: the kinds of names a signed percent right after them is the move of
_QUOTED_TYPES = ("index", "company")
# 每卡每小时约9元, 月租约6万元: a rental rate written before the price (facts_words.csv rate_before)
_RATE_BEFORE_WORDS = kw.word_group("rate_before")
_RATE_BEFORE = re.compile(rf"(?i:{kw.word_alternation('rate_before')})")
#: at most this many characters (no digit, no clause mark) between such a rate and its price
_RATE_BEFORE_GAP = re.compile(r"[^0-9，,。；;：:、]{0,8}")
# Veo每秒0.15美元, 基础版每月10美元: the time a service bills by, right before its price
# (facts_words.csv billing_rate_before); only a link word may stand between (每月收入10亿元 is no price)
_BILLING_RATE_WORDS = kw.word_group("billing_rate_before")
# (not the end of a date: 2025年5月付费转化率, 2024年付费客户)
_BILLING_RATE_BEFORE = re.compile(rf"(?<![0-9〇一二两三四五六七八九十今去明])(?i:{kw.word_alternation('billing_rate_before')})"
                                  rf"\s?(?:{kw.word_alternation('billing_rate_link')})?\s?$")
#: how far before an amount its billing rate word and link may start
_BILLING_RATE_REACH = 12
# 由每秒0.75美元降到0.40美元: a change's first price, after 由/从 and maybe its billing rate
_RATE_CHANGE_FROM = re.compile(rf"(?:{kw.word_alternation('change_from')})\s?"
                               rf"(?i:{kw.word_alternation('billing_rate_before')})?\s?$")
# 每月15美元、Pro 35美元: the next item of a list of prices, only a short label after the joiner
_PRICE_LIST_NEXT = re.compile(r"\s?[、/]\s?[^0-9，,。；;：:、（(]{0,12}")
def _listed_name(names: list[str]) -> str:
    """The name of a sum over listed members, as the gold writes it: ``A and B``, ``A, B and C``.

    >>> _listed_name(["ByteDance", "Alibaba", "Tencent"])
    'ByteDance, Alibaba and Tencent'
    >>> _listed_name(["Nvidia", "AMD"]), _listed_name(["Nvidia"])
    ('Nvidia and AMD', 'Nvidia')
    """
    return names[0] if len(names) < 2 else ", ".join(names[:-1]) + " and " + names[-1]


def _family_listed_name(names: list[str]) -> str:
    """Members of one model family summed, named once with the family: ``Llama 4 Scout and
    Maverick`` (the family's words they share lead, the members' own words follow).

    >>> _family_listed_name(["Llama 4 Scout", "Llama 4 Maverick"])
    'Llama 4 Scout and Maverick'
    >>> _family_listed_name(["GPT-5", "Claude 4"])
    'GPT-5 and Claude 4'
    """
    words = [n.split(" ") for n in names]
    k = 0
    while all(len(w) > k + 1 for w in words) and len({w[k] for w in words}) == 1:
        k += 1
    if not k:
        return _listed_name(names)
    return _listed_name([names[0]] + [" ".join(w[k:]) for w in words[1:]])


#: 星辰电子（9901）收812元: a stock code in brackets between a name and what follows it
_STOCK_CODE = re.compile(r"\s?[(（]\s?[0-9]{4,6}(?:\.[A-Z]{2})?\s?[)）]\s?")
# Corp. (MSFT), Inc. (ZNTX US): a legal suffix and a bracketed ticker after a firm's name
_BRACKET_TICKER = re.compile(r"[(（]\s?[A-Z]{1,5}(?:[. ][A-Z]{1,2})?\s?[)）]")
_RATING_LINE_WORDS = tuple(kw.word_group("rating_line_word"))
_RATING_LINE_LEAD = 40  # what may stand on a rating line before the firm's name (a ticker first: MSFT Microsoft)
_RATING_TICKER_REACH = 20  # from the name's end to its bracketed ticker, a legal form between (Corp. (MSFT))
# Lexicorp Holdings Inc. (LXCP) opening a line: the name without its legal form, then the ticker
_RATING_LINE_NAME = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][A-Za-z0-9&'-]*(?: [A-Z][A-Za-z0-9&'-]*){0,4}?)(?: (?:Corp|Inc|Ltd|Co|Plc|PLC)\.?)?"
    r" ?" + _BRACKET_TICKER.pattern)
# a US listing written after the name as brokers do: Nvidia (NVDA US), 微软（MSFT.O）
_LETTER_TICKER = re.compile(r"\s?[(（]\s?[A-Z]{1,5}(?:\.(?:O|N|OQ|US)| US)\s?[)）]")
# a name written in Latin letters as the text gives it (an alias in another script is not)
_ASCII_NAME = re.compile(r"[\x20-\x7e]+")
# the words joining a short list (收入、利润): pattern_words.csv quantities list_joiner
_LIST_JOINER = re.compile(pattern_words("quantities")["list_joiner"])
# a caption's scope word naming a kind of row (比率单位：%), and the words that make a row a rate
_SCOPE_KINDS = kw.word_group("caption_scope_kind")
# 国内模型为人民币元，海外模型为美元: a scope naming where the row's entity is from
_SCOPE_HOMES = kw.word_group("caption_scope_home")
_RATE_ROW = re.compile(kw.word_alternation("rate_row_word"), re.I)
# a table row label ending in a share word (GPU占比, 液冷渗透率), its unit bracket allowed
_SHARE_SUFFIX_ROW = re.compile(rf"(?:{kw.word_alternation('share_row_suffix')})\s?(?:[(（][^()（）]{{0,12}}[)）])?\s?$")
#: a speed grade (800G, 1.6T), the group every grade pattern below captures
_GRADE = r"(\d{2,4}G|\d(?:\.\d)?T)"
#: 均价, 出货量: what is measured of a graded transceiver, right after its grade (graded_metric_head)
_GRADED_METRIC_HEAD = kw.word_alternation("graded_metric_head")
# a speed grade written straight before a product category (800G光模块, 1.6T光模块)
_SPEED_GRADE = re.compile(rf"(?<![A-Za-z0-9.]){_GRADE}\s?$")
# a document about optical modules (a substring test before any grade is read as a module)
_OPTICAL_DOCUMENT = tuple(kw.word_group("optical_document"))
# 800G模块, 1.6T产品, 3.2T方案: a speed grade naming the optical transceivers of that grade
# 800G均价, 800G出货量 (graded_metric_head): a bare grade before what is measured of it is the
# module of that grade too
_GRADED_PRODUCT = re.compile(rf"(?<![A-Za-z0-9.]){_GRADE}\s?(?:{kw.word_alternation('graded_product_noun')}"
                             rf"|(?=中|{_GRADED_METRIC_HEAD}))")
# 800G, 1.6T as a table's row label (200G/lane: the per-lane rate stays part of the label)
_GRADE_LABEL = re.compile(rf"\s*{_GRADE}\s*")
# 800G出货量（万只）, 1.6T均价（美元）: a row label opening on a grade, the metric after it
_GRADE_LABEL_HEAD = re.compile(rf"\s*{_GRADE}\s?(?={_GRADED_METRIC_HEAD})")
_GRADED_NAMES = kw.word_group("graded_category")
#: 出货量 right before 占: the part of a share is a product's shipments (_chip_shipment_share)
_SHIPMENT_PARTS = tuple(kw.word_group("shipment_part"))
#: 份额, 市场: a share a sentence calls a market share stays market, whatever it divides
_SHARE_KEEP_WORDS = tuple(kw.word_group("market_share_word"))
# a year, a month or a day (2025, 2025-05, 2025-05-13): the ends of a rise's window
_POINT_TIME = re.compile(r"\d{4}(?:-\d{2}){0,2}")
_RISE_FROM = tuple(kw.word_group("rise_from"))
_RISE_TO = tuple(kw.word_group("rise_to"))
_GRADED_SUFFIX = " " + _GRADED_NAMES["Optical modules"]
# 其中加速最明显的是谷歌云，: the thing a focus phrase picks out is the next clause's subject
_FOCUS_COPULAS = tuple(kw.word_group("focus_copula"))
# a row label that is a year alone, actual or estimated (2024, 2025E, 2024A, FY2025, 2026年)
_YEAR_LABEL = re.compile(r"\s*(?:FY)?(?:19|20)\d{2}[AEFP]?(?:年度?)?[AEFP]?\s*")
# a year that straddles two (2024/25, 2025-26: a delivery, crop or fiscal year) labelling a row
_SPLIT_YEAR_LABEL = re.compile(r"\s*(?:FY)?(?:19|20)\d{2}[/\-–](?:19|20)?\d{2}[AEFP]?\s*")
# a table cell holding a listed company's code alone (688123.SH, 0700.HK)
_CODE_CELL = re.compile(r"\s*[0-9]{4,6}\.[A-Z]{2}\s*")
#: a US ticker written bare, as a ticker column writes it (EQIX, DLR)
_BARE_US_TICKER = re.compile(r"[A-Z]{1,5}")
_WHOLE_INSIDE = tuple(kw.word_group("whole_inside"))
_PART_OPENERS = tuple(kw.word_group("part_opener"))
_AMOUNT_PART_VERBS = kw.word_group("amount_part_verb")
# longest first: 总需求量 ends in 需求量 before 需求
_SHARE_POOLS = dict(sorted(kw.word_group("share_pool").items(), key=lambda w: -len(w[0])))
_INDUSTRY_WHOLES = tuple(kw.word_group("industry_whole"))
_BARE_LEVEL = frozenset(kw.word_group("bare_level"))
#: the longest lead (在, 可以到, 比全样本低) a number's clause may open with for the measure of the
#: number-less clause before it to name it (_metric_of_comment_clause)
_COMMENT_LEAD_MAX = 6
# 翻了四倍 after a rise from one level to another: the words that may lead the rise's multiple
_MULTIPLE_LEAD = frozenset(kw.word_group("multiple_lead"))
# the Latin tail that makes a category more specific (HBM -> HBM3E, HBM3e)
_LATIN_TAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+-]*")
_BARE_SHARE = tuple(kw.word_group("bare_share"))
_AMOUNT_SHARE_KEYWORDS = frozenset(kw.word_group("amount_share_keyword"))
_PLAN_STAGE_LABELS = tuple(kw.word_group("plan_stage_label"))
#: 资本开支与收入之比: the words naming a ratio of two amounts, and the joiners between the amounts
_RATIO_BETWEEN = _any_of(kw.word_group("ratio_between"))
_RATIO_JOINERS = frozenset(kw.word_group("ratio_between_joiner"))
#: the most characters of a part named between ``<whole>中`` and 占 (收入中海外占六成)
_SHARE_PART_MAX = 6
#: the most characters between a count and the 占 of its share (股，约 / 人，约)
_COUNT_GAP = 4
# a short bracketed note closing an amount before its clause ends (…元（含税），)
_AMOUNT_NOTE_TAIL = re.compile(r"[（(][^（）()，,。；;]{1,8}[）)][\s，,]*$")
_CLOSE_VERBS = kw.word_group("close_verb")
_INVESTOR_GROUPS = frozenset(kw.word_group("investor_group"))
_POSSESSIVE_REACH = 20  # Azure's annual revenue: the possessive and at most a few words before the keyword
_MAKER_METRICS = tuple(kw.word_group("maker_metric"))  # a product has none: its maker's
_BROKER_NAME_END = tuple(kw.word_group("broker_name_end"))  # Securities, 证券: a broker (_broker_names)
# Northbridge Pacific Securities: up to four capitalised words right before an English name end;
# 华安证券: two to four Han characters right before a Chinese one (the line or clause starts it)
_BROKER_NAME = re.compile(
    r"(?<![A-Za-z])((?:[A-Z][A-Za-z&'.-]*\s){1,4})(?:%s)(?![A-Za-z])|(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})(?:%s)" % (
        "|".join(re.escape(w) for w in _BROKER_NAME_END if w.isascii()),
        "|".join(re.escape(w) for w in _BROKER_NAME_END if not w.isascii())))
# 问（某外资机构）：… / Q2（某券商）：… / A（CFO）：…: a Q&A line's speaker tag (a marker, an optional
# question number, the speaker in brackets, a colon); the bracket says who speaks
_QA_SPEAKER_TAG = re.compile(r"(?m)^[ \t\u3000]*(?:" + kw.word_alternation("qa_speaker")
                             + r")[0-9]{0,2}[ \t]*[（(][^（()）\n]{1,40}[)）][ \t]*[：:]")
# 答：… / A（CFO）：… / Q2：…: any Q&A line's marker, its bracket optional; group 1 the marker
_QA_LINE = re.compile(r"(?m)^[ \t\u3000]*(" + kw.word_alternation("qa_speaker")
                      + r")[0-9]{0,2}[ \t]*(?:[（(][^（()）\n]{1,40}[)）])?[ \t]*[：:]")
_PEER_GROUPS = frozenset(kw.word_group("peer_group"))
# 【中际旭创 300308】 / 中际旭创（300308）回复称：…: an investor-relations digest (互动易, e互动) names
# the company of each Q&A by its stock code, on a heading line over the question or on the reply
# line itself; group "code" the code, "reply" the reply verb and colon when the line goes on
_IR_CODED_LINE = re.compile(r"(?m)^[ \t\u3000]*【?[^\n【】（()）]{2,30}?[ \t\u3000]*[（(]?[0-9]{6}(?:\.[A-Z]{2})?[)）]?"
                            r"(?:】?[ \t\u3000]*$|(?P<reply>[^\n：:，,。]{0,12}?(?:"
                            + kw.word_alternation("ir_reply_verb") + r")[ \t]*[：:]))")
_SIX_DIGITS = re.compile(r"[0-9]{6}")


def _ir_coded_matches(text: str) -> list[re.Match]:
    """The matches of ``_IR_CODED_LINE`` in ``text``, tried only at the start of a line holding
    six digits in a row (a match lies within one line and holds its code): one C scan for the
    digits costs less than trying the pattern at every line start."""
    starts = sorted({text.rfind("\n", 0, m.start()) + 1 for m in _SIX_DIGITS.finditer(text)})
    return [m for m in (_IR_CODED_LINE.match(text, at) for at in starts) if m is not None]

# 行业：港股互联网 / 澄岳证券研究所 | 港股科技 | 电话会议纪要: a header line filing the report under a
# category, by its label or by bars parting its fields (two at least)
_CATEGORY_FIELD = re.compile(r"(?m)^[ \t\u3000]*(?:" + kw.word_alternation("category_label")
                             + r")[ \t]*[：:][^\n]*$|^[ \t\u3000]*[^\s|｜][^\n|｜]*[|｜][^\n|｜]*[|｜][^\n]*$")
# what a category field files the report under is furniture; a company named there stays
_CATEGORY_TYPES = frozenset({"market", "index", "group", "concept"})
_SURVEY_WORD = re.compile(kw.word_alternation("survey_word"), re.IGNORECASE)
# 对412家企业的调研, 1,200名受访者: a counter, the population asked (a few characters, 的) and a
# survey word after a count make it the survey's sample
_SAMPLE_AFTER = re.compile(rf"(?:{kw.word_alternation('sample_counter')})[^\d，。；,;：:\n]{{0,6}}?"
                           rf"(?:{kw.word_alternation('survey_word')})", re.IGNORECASE)
# 对156家三级医院信息中心负责人进行了问卷调研: after 对, the population asked may run longer
# before the survey word than _SAMPLE_AFTER allows (对 names whom the fieldwork reached)
_SAMPLE_TARGET = re.compile(rf"(?:{kw.word_alternation('sample_counter')})[^\d，。；,;：:\n]{{0,20}}?"
                            rf"(?:{kw.word_alternation('survey_word')})", re.IGNORECASE)
# 采样范围：海外8家云厂商… / 调研说明：本次调研…覆盖…等8个行业: a line opened by a label telling how
# the figures were gathered (facts_words.csv method_label); its first sentence holds the sample
_METHOD_LABEL = re.compile(r"[ \t\u3000]*(?:" + kw.word_alternation("method_label") + r")[ \t]*[：:]")
_METHOD_NOTE_END = re.compile(r"[。；;\n]")
_QUESTIONNAIRE = re.compile(kw.word_alternation("questionnaire_word"))
_EXAMPLE_FACILITIES = tuple(kw.word_group("example_facility"))
_EXAMPLE_ESTIMATE = re.compile(kw.word_alternation("example_estimate"))
_FIELDWORK = re.compile(kw.word_alternation("survey_fieldwork"))
_SURVEY_POPULATION = kw.word_group("survey_population")
_SURVEY_DEFAULT = next(iter(kw.word_group("survey_default")))
_SURVEY_POPULATION_RE = re.compile(kw.word_alternation("survey_population"))
# longest first: 受访企业 before 企业
#: 《2025中国企业AI应用调查报告》: the population a survey report's title names after its place
_SURVEY_TITLE_POPULATION = kw.word_group("survey_title_population")
_SURVEY_TITLE_POPULATION_RE = re.compile(kw.word_alternation("survey_title_population"))
_SURVEY_TITLE_SUFFIX = next(iter(kw.word_group("survey_title_suffix")))
#: the names survey shares take sentence by sentence (Surveyed companies, Survey respondents)
_SURVEY_NAMES = frozenset(_SURVEY_POPULATION.values()) | {_SURVEY_DEFAULT}
_SURVEY_POPULATION_WORDS = tuple(sorted(_SURVEY_POPULATION, key=len, reverse=True))
# 大型国有银行100%、城商行45%已将大模型投入生产: the verb after a survey's listed shares, the
# whole after them (整体比例62%), and the share a verb follows at once (70%担心幻觉问题)
_ADOPTION_VERB_RE = re.compile(kw.word_alternation("adoption_verb"))
_SURVEY_WHOLE = tuple(sorted(kw.word_group("survey_whole"), key=len, reverse=True))
# (约58%的医院选择…: the population word after 的 may stand between the share and its verb)
_RESPONDENT_VERB_AT = re.compile(rf"(?:的(?:{kw.word_alternation('survey_population')}))?"
                                 rf"(?:(?:{kw.word_alternation('respondent_adverb')})*)"
                                 rf"(?:{kw.word_alternation('adoption_verb')})")
#: 约三分之二的企业表示…: a share of respondents saying something no adoption verb names (respondent_share)
_RESPONDENT_SAY_AT = re.compile(rf"(?:的(?:{kw.word_alternation('survey_population')}))?"
                                rf"(?:{kw.word_alternation('respondent_say')})")
# 城商行为45%, 国有大行：96%: the link between a kind of respondent and its share
_RESPONDENT_LINK = re.compile(rf"(?:{kw.word_alternation('respondent_link')}|：|:)+$")
# 仅21%的受访者愿意…, 约七成受访开发者…, 使用AI的受访者占58%: the words naming those a survey asked
_RESPONDENT_PREFIX = tuple(kw.word_group("respondent_prefix"))
_RESPONDENT_AT = re.compile(rf"的?(?:{kw.word_alternation('respondent_prefix')})")
_RESPONDENT_ADVERB_AT = re.compile(kw.word_alternation("respondent_adverb"))
#: 受访者中, 在已就业的受访者中: a frame naming the respondents the sentence's shares are of
_RESPONDENT_FRAME = re.compile(rf"(?:{kw.word_alternation('respondent_prefix')})[\u4e00-\u9fff]{{0,6}}?中")
#: 占 right after a respondent word, a qualifier or link between it and the share
_RESPONDENT_OCCUPY = re.compile(rf"占(?:比)?(?:{kw.word_alternation('respondent_occupy_link')})?$")
#: the metric of a survey share with no adoption verb, and of its change
_RESPONDENT_SHARE = kw.word_group("respondent_metric")["share"]
# 智能理赔案件占比超过八成: a share of work done by AI (marker and unit of work before the share word)
_AI_WORK_UNITS = tuple(kw.word_group("ai_work_unit"))
_AI_WORK_CHANGES = kw.word_group("ai_work_change")
_AI_WORK_SHARE = kw.word_group("ai_work_metric")["share"]
_AI_WORK_RATE = kw.word_group("ai_work_metric")["rate"]
_AI_WORK_CHANGE_DEFAULT = kw.word_group("ai_work_metric")["change"]
_AI_WORK_METRICS = (_AI_WORK_SHARE, _AI_WORK_RATE)
_AI_WORK_MARKER_IN = re.compile(kw.word_alternation("ai_work_marker"))
#: 自动核保率, 智能理赔率, 自动化率: a rate of work that AI or automation handles
_AI_WORK_RATE_WORD = re.compile(rf"(?:{kw.word_alternation('ai_work_marker')})(?:[\u4e00-\u9fff]{{0,4}}?"
                                rf"(?:{kw.word_alternation('ai_work_unit')})[\u4e00-\u9fff]{{0,2}}?|化)率")
_SHARE_BASE_COMPUTE = kw.word_group("share_base_compute")
#: 智能算力占总算力的比重, 新增算力中…的占比: the capacity is the whole (before 中 or 占, or after 占)
_SHARE_BASE_COMPUTE_AT = re.compile(rf"({kw.word_alternation('share_base_compute')})(?:中|占)"
                                    rf"|占[^，,；;。]{{0,6}}?({kw.word_alternation('share_base_compute')})")
_MARKET_WORDS = tuple(kw.word_group("market_word"))
# 大型国有银行、股份制银行、城商行的部署比例分别为: the list a 分别 pairs its shares with
_DISTRIBUTE_WORD = "分别"
#: a short bracket right after a number (0.2元（缓存命中）): a label of that number alone
_BRACKET_AFTER = re.compile(r"\s?[（(][^（()）\n]{1,12}[)）]")
def _open_spans(events: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """The spans from each opening event (``(pos, 1)``) to the next closing one (``(pos, 0)``),
    the last open one running to ``end``; ``events`` in the order they are read."""
    spans: list[tuple[int, int]] = []
    opened = None
    for pos, opens in events:
        if opens and opened is None:
            opened = pos
        elif not opens and opened is not None:
            spans.append((opened, pos))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    return spans


#: 同比/环比/月增/季增…: the basis a growth value's nearest word gives it ("" year on year)
_GROWTH_BASIS_PROSE = kw.word_group("growth_basis_prose")
_GROWTH_BASIS_WORD = re.compile("|".join(sorted(map(re.escape, _GROWTH_BASIS_PROSE), key=len, reverse=True)))


#: 三个月增长33%, 较2024年12月增长: a counter or numeral written before 月增 makes its 月 a
#: duration's or a date's, so the growth is over that stretch, not on the month before
#: (facts_words.csv growth_basis_duration_lead: the lead -> the basis words' first character it
#: binds, empty for any)
_BASIS_DURATION_LEAD = kw.word_group("growth_basis_duration_lead")


def _basis_words(text: str, start: int = 0, end: int | None = None):
    """The growth basis words of ``text[start:end]`` that are basis words, not the tail of a
    duration or date (三个月增长, 12月增长)."""
    for m in _GROWTH_BASIS_WORD.finditer(text, start, len(text) if end is None else end):
        binds = _BASIS_DURATION_LEAD.get(text[m.start() - 1:m.start()]) if m.start() else None
        if binds is not None and (not binds or m.group(0).startswith(binds)):
            continue
        yield m


def _last_basis(window: str) -> str | None:
    """The suffix (``_qoq``, ``_mom``) the last basis word of ``window`` gives, None for none
    or a year-on-year word."""
    last = None
    for last in _basis_words(window):
        pass
    return (_GROWTH_BASIS_PROSE[last.group(0)] or None) if last is not None else None


#: 同/环比, 同比/环比, yoy/qoq: one basis word for each of two slashed values after it
_YOY_QOQ_PAIR = re.compile(r"(?:同比?|yoy)\s?/\s?(?:环比|qoq)")
_LIST_SEPARATORS = re.compile(r"[、和及与]")
# 高于同类产品约7个百分点 after a share: the gap to a base, by the word opening its clause
_GAP_LEADS = kw.word_group("gap_lead")
_GAP_LEAD_WORDS = tuple(sorted(_GAP_LEADS, key=len, reverse=True))
# 比同类产品高约7个百分点: the same gap with its base between 比 and 高
_GAP_COMPARE = tuple(kw.word_group("gap_compare"))
_GAP_AFTER = kw.word_group("gap_after")
_GAP_AFTER_WORDS = tuple(sorted(_GAP_AFTER, key=len, reverse=True))
# 美股均值 / A股平均: an average row named by the market its comparables list on (longest first)
_PEER_STATISTICS = kw.word_group("peer_average_row")
_PEER_ROW_ENDS = tuple(sorted(_PEER_STATISTICS, key=len, reverse=True))
# 乐观情景, 基准情形, Bull case: a valuation scenario naming a table row (facts_words.csv scenario_label)
_SCENARIO_LABEL = re.compile(rf"(?:{kw.word_alternation('scenario_label')})\s*(?:{kw.word_alternation('scenario_suffix')})?",
                             re.I)
# what may stand between an earnings word and its CAGR word: a window of years, 年, 的 (收入2024-2030年CAGR)
_CAGR_GAP = re.compile(r"[\s0-9\-–~E年的]*")
_SENSITIVITY_CAPTION = re.compile(kw.word_alternation("sensitivity_caption"), re.I)
_PEER_MARKETS = kw.word_group("peer_market")
_PEER_WORDS = tuple(sorted(kw.word_group("peer_word"), key=len, reverse=True))
# PE / 市盈率 in a header cell: the table values firms by a multiple, a comparables table
_MULTIPLE_HEADER = re.compile(r"(?<![A-Za-z])(?:" + kw.word_alternation("multiple_header") + r")(?![A-Za-z])")
_FIRM_COLUMN = frozenset(w.lower() for w in kw.word_group("firm_column"))
_FUND_COLUMN = frozenset(w.lower() for w in kw.word_group("fund_column"))
_OWN_MEASURE_HEADER = tuple(kw.word_group("own_measure_header"))
_FIRM_REVENUE_SHARE_HEADER = kw.word_group("firm_revenue_share_header")  # header word -> metric
#: the metrics.csv keyword whose theme a firm's share of an industry's revenue takes (market)
_FIRM_REVENUE_SHARE_KEYWORD = "市场份额"
#: a bracketed basis in a table caption (``（按出货量）``, ``(by revenue)``: facts_words ``caption_basis_lead``)
_CAPTION_BRACKET = re.compile(rf"[（(]\s*(?:{kw.word_alternation('caption_basis_lead')})[^（）()]*[）)]")
_COMPONENT_COST_HEADER = kw.word_group("component_cost_header")  # header word -> metric
#: the metrics.csv keyword whose theme a part's cost takes (a bill of materials: market)
_COMPONENT_COST_KEYWORD = "bom成本"
_DASH_CELL = re.compile(r"\s*[-—–－─]+\s*")
_NOT_FIRM_ROWS = frozenset(kw.word_group("not_firm_row"))
_FOOTNOTE_ENDS = "".join(kw.word_group("footnote_mark"))
# a firm's short name as a row label: Chinese characters, perhaps a Latin word (2 to 8 in all)
_SHORT_FIRM = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}")
#: 个股沽空比率：, 重点个股表现：: a list header naming single stocks, up to its colon (``stock_list_head``)
_STOCK_LIST_HEADS = tuple(kw.word_group("stock_list_head"))
_STOCK_LIST_HEAD = re.compile(r"(?:" + kw.word_alternation("stock_list_head") + r")[^\n:：0-9]{0,12}[:：]")
#: one item of a stock list: a short Chinese name after the colon or a separator, then its
#: percent (腾讯控股 11.8%，云启智算29.4%); group ``name``
_STOCK_LIST_ITEM = re.compile(r"(?:^|(?<=[:：,，;；、]))\s?(?P<name>[\u4e00-\u9fff]{2,6})\s?[+\-]?\d+(?:\.\d+)?%")
#: an English firm name as a document glosses a Chinese one (Qinghe Software, SiYuan Intelligence):
#: a capital, then up to four more words
_ENGLISH_NAME = r"[A-Z][A-Za-z0-9&'.\-]*(?: [A-Za-z0-9&'.\-]+){0,4}"


def _names_firm(gloss: str) -> bool:
    """Whether a bracket's English words name a firm: some lower case (``Qinghe Software``), where
    a ticker or code is upper case and digits (``BABA``, ``688123.SH``)."""
    return any(c.islower() for c in gloss)

# 杭州岳芯半导体股份有限公司（以下简称“岳芯”或“公司”）: the bracket defining short names, group 1
# the (quoted) short names with the joiners between them; the full name is read back from it
_SHORT_NAME_WORDS = tuple(kw.word_group("short_name_word"))
_SHORT_NAME_DEF = re.compile(r"[（(](?:(?P<english>" + _ENGLISH_NAME + r")[，,；;]\s?)?(?:(?:"
                             + kw.word_alternation("short_name_word")
                             + r")[：:]?(?P<shorts>(?:[“\"「『]?[^“”\"「」『』（）()，,；;。\n]{1,12}[”\"」』]?(?:或|、|，|,|及|和)?){1,4})"
                             # 灵川智能控股有限公司（“灵川”或“公司”，股份代号：2591）, （「本公司」，連同其附屬公司統稱
                             # 「本集團」）: a company's own release quotes its short names with no 简称 word;
                             # every quoted name in the bracket is one (group ``quoted``)
                             + r"|(?P<quoted>[“\"「『][^“”\"「」『』（）()，,；;。\n]{1,12}[”\"」』][^（）()\n。]{0,40}))[）)]")
# 岳川机器人股份有限公司（Yuechuan Robotics）（以下简称“岳川”）: the English name of the firm in a
# bracket of its own between the full name and the definition, group ``english``
_GLOSS_BEFORE_DEF = re.compile(r"[（(]\s?(?P<english>" + _ENGLISH_NAME + r")\s?[）)]\s?$")
# the full name before the bracket: a run of name characters, read backwards from the bracket
_FULL_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_FULL_NAME_MAX = 40
_GLOSS_REACH = 50  # characters an English name's bracket before a definition may take
_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』]{1,12})[”\"」』]")
_ISSUER_ALIASES = frozenset(kw.word_group("issuer_alias"))
#: 本公司 / 本集团 defined in a company's own release: still a name for its later mentions, and the
#: defined firm is the issuer the document is about
_OWN_ALIASES = frozenset(kw.word_group("own_issuer_alias"))
#: “公司”, 「本集团」 closed: a quoted pronoun a company's release defines itself by with no 简称 word
#: every word a firm's document calls the firm itself by (公司, 发行人, 本公司, 本集团)
_SELF_ALIASES = _ISSUER_ALIASES | _OWN_ALIASES
_QUOTED_ISSUER_ALIASES = tuple(a + q for a in sorted(_SELF_ALIASES) for q in "”\"」』")
#: counts held at a point in time: a periodic report states them as of its last day
_PERIOD_END_METRICS = frozenset(kw.word_group("period_end_metric"))
#: 报告期末 in an issuer's periodic report: the last day of the stretch it covers
_REPORT_PERIOD_END = tuple(kw.word_group("report_period_end"))
#: 期初/期末 in a periodic report's table: (word, start or end) of the stretch it covers
_FILING_EDGES = tuple(kw.word_group("filing_edge").items())
#: the clause of a 报告期末 ends at these (a ，-list goes on with the as-of time)
_REPORT_END_CLAUSE_BREAKS = "。；;！？!?\n"
#: a stretch of one year as a period value: the year, a half, a quarter, the first n quarters
#: a title naming the issuer's reply to a regulator's letter (问询函的回复): the issuer's own filing
_FILING_REPLY = tuple(kw.word_group("filing_reply"))
#: a party a filing leaves unnamed (客户A, 供应商3): its English word, then the letter or number
_ANONYMOUS_PARTIES = kw.word_group("anonymous_party")
_ANONYMOUS_PARTY = re.compile("(" + "|".join(map(re.escape, _ANONYMOUS_PARTIES)) + r")\s*([A-Za-z]|\d{1,2})")
#: a metric that, stated of the filing issuer itself, is another (gpu_demand -> accelerator_cards)
_FILER_METRICS = kw.word_group("filer_metric")
#: words of a column header naming the year before the report's (上年同期数)
_PRIOR_YEAR_WORDS = tuple(kw.word_group("prior_year_word"))
#: a row label naming a share of the whole alone: the amount row above it is the part
_SHARE_ROWS = frozenset(kw.word_group("share_row"))
#: the corner header of a table whose rows are the issuer's segments (分产品, 分行业, 分地区)
_SEGMENT_CORNER = frozenset(kw.word_group("segment_corner"))
#: how many characters of a filing's head its title lines (and the issuer's name) may take
_FILING_TITLE_SPAN = 300
_STRETCH = re.compile(r"\d{4}(?:H[12]|Q[1-4]|Q1/\d{4}Q[2-4])?")
_SHORT_NAME_JOINER = re.compile(r"或|、|，|,|及|和")
_FULL_NAME_LEADS = tuple(kw.word_group("full_name_lead"))
_FULL_NAME_MIN = 6  # a firm's full legal name after a lead word holds this many characters at least
_FIRM_FULL_ENDS = tuple(kw.word_group("firm_full_name_end"))
_METRIC_MODIFIERS = frozenset(kw.word_group("metric_modifier"))
#: First header cells of a two-column key-value table (``| 项目 | 数值 |``, ``| 指标 | 12月5日 |``)
_KEY_VALUE_HEADERS = frozenset(kw.word_group("key_value_header"))
_STATEMENT_ALTERNATIVES = frozenset(kw.word_group("statement_alternative")) | {""}
_FOUNDING_WORDS = tuple(kw.word_group("founding_word"))
_FOUNDING_REACH = max(map(len, _FOUNDING_WORDS))
_PEER_VERB = re.compile(kw.word_alternation("peer_verb"))
_QA_ANSWER = frozenset(w for w, role in kw.word_group("qa_speaker").items() if role == "answer")
_SESSION_WORD = re.compile(kw.word_alternation("session_word"))
_SESSION_METRICS = frozenset(kw.word_group("session_metric"))
_DAILY_WRAP = tuple(kw.word_group("morning_digest")) + tuple(kw.word_group("daily_wrap"))
_WRAP_HEAD = 300  # as far as the digest words are looked for
_MONTH_POINT = tuple(kw.word_group("month_point"))
_TAIWAN_CUE = re.compile(kw.word_alternation("taiwan_currency"))
_OTHER_YUAN_CUE = re.compile(kw.word_alternation("other_yuan_market"))
_YUAN_END = re.compile(rf"元(?:{kw.word_alternation('yuan_tail_qualifier')})?$")
_HK_CUE = re.compile(kw.word_alternation("hk_currency"))
_HK_END_CUE = re.compile(kw.word_alternation("hk_scope_end"))
#: Currencies their writers also call 元: an amount stated in one ends a Taiwanese 元 scope.
_OTHER_YUAN = frozenset({"CNY", "HKD"})
_SHARE_COUNT_METRICS = frozenset(kw.word_group("share_count_metric"))
_GROUP_TOTALS = frozenset(kw.word_group("group_total"))
# 散热模组 ×4, Grace CPU x36: how many of the part one unit holds, no part of the part's name
_MULTIPLIER_TAIL = re.compile(r"\s?[×xX]\s?[0-9]+\s*$")
#: Share of Chinese characters that differ from their Simplified form in a Traditional text
#: (typically 20-30 %; a Simplified report quoting a Traditional name stays far below).
_TRADITIONAL_SHARE = 0.05
_SCRIPT_SAMPLE = 50_000
_CLASSIFIERS = set("块张颗台个片枚套部 ")
# a section heading above a table: a short line, at most this far above it
_HEADING_MAX = 40
_HEADING_REACH = 1500
_SENTENCE_ENDS = tuple("。；;！？!?，,")
# how far back a subject is looked for when the nearest name cannot be it
_CARRY_REACH = 600
# a pronoun (其, 该公司) refers to a company named in the sentence or the one just before it
_ANAPHOR_REACH = 200
# a bracketed aside (（截至2025年7月31日）), no word of the clause around it
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
# how far above a company pronoun the numbered heading of its section may stand (a section of a
# note on several firms runs over a few paragraphs)
_HEADING_COMPANY_REACH = 3000
# what adopters adopt: a technology or product, never a company (采用台积电3纳米的芯片)
_ADOPTED_TYPES = ("concept", "product", "model", "technology")
# word groups read for every figure, looked up once (membership and startswith as with the
# group itself; a group's values held as a set)
_COMPARE_WITH = kw.word_group("compare_with")
_MULTIPLE_BASE_LEAD = tuple(kw.word_group("multiple_base_lead"))
# 市值超越X, 剔除X后, 除X之外: a name only compared with or set aside (rival_named)
_RIVAL_LEADS = tuple(kw.word_group("rival_lead"))
_RIVAL_LEADS_CLOSED = tuple(kw.word_group("rival_lead_closed"))
_RIVAL_LEAD_LEN = max(map(len, _RIVAL_LEADS + _RIVAL_LEADS_CLOSED)) + 1
# only a named firm, model or product is a rival: 规模超过全球市场的一半 measures against a whole
_RIVAL_TYPES = ("company", "model", "product")
_RIVAL_CLOSE = tuple(kw.word_group("rival_close_word")) + tuple("，,。；;：:")
_RIVAL_ASIDE = tuple(kw.word_group("rival_aside"))
_RIVAL_ASIDE_CLOSE = tuple(kw.word_group("rival_aside_close"))
_DESCRIPTOR_GROUPS = tuple(kw.word_group("descriptor_group"))
# 网易美股, 阿里巴巴港股: a company's shares on a market (firm_listing)
_FIRM_LISTINGS = frozenset(kw.word_group("firm_listing"))
# 超过AMD的30%, 超越TikTok9个月: the rival's own figure right after it (的 between or not) stays its
_RIVAL_OWN_FIGURE = re.compile(r"\s?的?[约近超逾达]?[0-9０-９一二三四五六七八九十两半]")
# 清仓所持英伟达股份: the stock a holder holds or trades (held_stock_lead, held_stock_tail)
_HELD_STOCK_LEADS = tuple(kw.word_group("held_stock_lead"))
_HELD_STOCK_TAILS = tuple(kw.word_group("held_stock_tail"))
_HELD_STOCK_FILLERS = tuple(kw.word_group("held_stock_filler"))
_HELD_STOCK_REACH = 12  # the verb and its fillers before the stock's name
# the classes of a product's spec sheet: a bare multiple after one of them is that spec's multiple
_SPEC_CLASSES = ("flops", "bytes", "watts")
_OPEN_BRACKETS = ("（", "(")
_CLOSE_BRACKETS = ("）", ")")
_BUSINESS_UNIT_TAILS = tuple(kw.word_group("business_unit_tail"))
# a US$1.5bn commitment from Saudi Arabia: the name after this gives the money (never a subject)
_MONEY_FROM = re.compile(r"\b(?:%s) from (?:the )?" % kw.word_alternation("money_from_noun"), re.I)
#: ``gpt-realtime**（OpenAI，8月28日正式版）``: a maker's bracket right after its product closes
#: within this many characters (a date or a note may follow the maker inside it)
_MAKER_BRACKET_CHARS = 30
_WHOLE_OWNER_GAP_NOT = tuple(kw.word_group("whole_owner_gap_not"))
_WHOLE_OWNER_TAIL_NOT = tuple(kw.word_group("whole_owner_tail_not"))
_WHOLE_TAIL_MAX = 16  # characters of a whole's noun phrase (阿联酋AI芯片进口配额的: 9)
_COMPUTE_PRECISION = kw.word_group("compute_precision")
_COMPUTE_PRECISION_RE = re.compile("|".join(sorted(map(re.escape, _COMPUTE_PRECISION), key=len, reverse=True)))
_COMPUTE_USE = kw.word_group("compute_use")
# GB300 NVL72的3.3倍, Hopper的约40倍: the rest of a product's name, 的 and a multiple after a base
#: 是传统通用机柜6-8kW的十几倍 / 是传统X（约6-8kW）的15倍: a concept after a copula and a word of
#: kind, then its own figure (bare or bracketed) and 的, is the base of the multiple that follows
_BASE_MODIFIERS = tuple(kw.word_group("multiple_base_modifier"))
#: 其他 | 18% as a row label: the rest of the rows (facts_words ``remainder_label``), in English
_REMAINDER_LABELS = kw.word_group("remainder_label")
#: 份额, 占比 in a caption or header: a share table, whose 其他 row is the rest of the market even under a vendor column
_REMAINDER_SHARE_WORDS = tuple(kw.word_group("remainder_share_word"))
_FIGURED_BASE_GAP = re.compile(r"\s*(?:[（(][^（）()。；\n]{1,20}[）)]|[约近超]?[0-9][0-9.\-~～]*\s?[A-Za-z]{0,4})?\s*的"
                               rf"(?:{kw.word_alternation('multiple_qualifier')})?\s*")
_MULTIPLE_AFTER_BASE = re.compile(rf"[ A-Za-z0-9.\-]{{0,14}}的(?:{kw.word_alternation('multiple_qualifier')})?"
                                  r"\s?[0-9.一二两三四五六七八九十百]+\s?倍")
_NOT_TOKEN_COUNT = kw.word_group("not_token_count")
_TOKEN_ONLY_COUNT = kw.word_group("token_only_count")
# 单次最多处理100万tokens: a capability word before a token-only word makes the tokens a capacity
_TOKEN_CAPACITY_LEADS = tuple(kw.word_group("token_capacity_lead"))
# what may end a bare 亿 amount as said (两百亿出头, 一两千亿左右)
_BARE_YI_TAIL = tuple(kw.word_group("spoken_yuan_tail"))
_CARD_HOLDING = tuple(sorted(kw.word_group("card_holding").items(), key=lambda w: -len(w[0])))
_TRADED_NOUNS = kw.word_group("traded_noun")
_TOKEN_WORDS = tuple(kw.word_group("token_word"))
_EVENT_HEADS = kw.word_group("event_head")
_MARKET_RESEARCH = kw.word_group("market_research")
_ANAPHORS = tuple(kw.word_group("anaphor"))
_GENERIC_SIZE = kw.word_group("generic_size")
_CARRIED_COUNTERS = frozenset(kw.word_group("carried_counter"))
#: How many paragraphs on a counted measure carries (a blank line between two is one more).
_CARRIED_COUNTER_REACH = 2
_ADOPTION_METRICS = frozenset(kw.word_group("adoption_verb").values())
_SLOGAN_AFTER = tuple(kw.word_group("slogan_after"))


@dataclass(frozen=True)
class _ThemeBoundary:
    """One row of ``data/theme_boundaries.csv``: a context word that moves a number from the
    theme its keyword gives to the theme SCHEMA's boundaries give (a component's price is
    market, a power price compute, a share of revenue earnings ...)."""

    from_theme: str
    prefixes: tuple
    where: str
    words: tuple
    to_theme: str
    metric: str
    keep: tuple
    needs: str


def _load_theme_boundaries() -> dict:
    """``theme_boundaries.csv`` rows by the theme they move numbers out of (file order)."""
    out: dict = {}
    for i, row in enumerate(kw._read("theme_boundaries.csv"), start=2):
        split = lambda v: tuple(w.strip().lower() for w in (v or "").split("|") if w.strip())  # noqa: E731
        rule = _ThemeBoundary(row["from_theme"].strip(), split(row["metric_prefixes"]), row["where"].strip(),
                              split(row["words"]), row["to_theme"].strip(), (row["metric"] or "").strip(),
                              split(row["keep_words"]), (row["needs"] or "").strip())
        if rule.needs not in ("", "prose", "multiple", "ratio", "money") or not rule.words \
                or rule.where not in ("unit", "before", "after", "sentence_before", "sentence", "whole", "entity",
                                      "heading", "lead", "per", "paragraph") \
                or rule.to_theme not in THEMES or (rule.from_theme not in THEMES and rule.from_theme != "any"):
            raise ValueError(f"theme_boundaries.csv line {i}: bad row {row}")
        out.setdefault(rule.from_theme, []).append(rule)
    return out


_THEME_BOUNDARIES = _load_theme_boundaries()
#: theme boundary rules read once the number's entities are known (_entity_theme_boundary)
_ENTITY_PHASE = ("entity", "paragraph")
#: 我国软件业务收入, 分地区看，东部地区…收入: the entity types an industry's or a region's aggregate
#: has (facts_words.csv ``aggregate_subject_type``); a firm's, a model's or a product's stays its own
_AGGREGATE_TYPES = frozenset(kw.word_group("aggregate_subject_type"))
# 成交额 and 客单价 of a shopping platform's product categories (_retail_platform_sales)
_RETAIL_METRICS = ("turnover", "revenue_per_customer")
_RETAIL_PLATFORM = tuple(kw.word_group("retail_platform"))
_RETAIL_PLATFORM_NOT = tuple(kw.word_group("retail_platform_not"))
_RETAIL_FESTIVAL = tuple(kw.word_group("retail_festival"))
_EXCHANGE_TRADING = tuple(kw.word_group("exchange_trading"))
_RETAIL_METRIC = kw.word_group("retail_metric")
# a contract the reporting firm signs as the seller (_seller_contract)
_SELLER_SIDE = tuple(kw.word_group("seller_side"))
_PURCHASE_SIDE = tuple(kw.word_group("purchase_side"))
_SERVICE_CONTRACT = tuple(kw.word_group("service_contract"))
_SELLER_METRIC = kw.word_group("seller_contract_metric")
# 为国内某头部互联网客户交付…，合同金额约3.2亿元; a contract table with a 客户类型 column: the other side
# is the firm's customer, so the firm sells (facts_words.csv customer_word)
_CUSTOMER_WORDS = tuple(kw.word_group("customer_word"))
_UNNAMED_CUSTOMER = re.compile("某[^，。；,;：:\n]{0,12}?(?:" + kw.word_alternation("customer_word") + ")")
#: the units a theme_boundaries.csv rule that ``needs`` a kind of number fires on
_BOUNDARY_UNITS = {"multiple": frozenset({"multiple"}), "ratio": frozenset({"ratio", "pp"}), "money": MONEY_UNITS}
_LATENCY_UNIT = tuple(kw.word_group("latency_unit"))
_PROJECT_COLUMN = frozenset(kw.word_group("project_column"))
_TENDER_COLUMN = tuple(kw.word_group("tender_column"))
#: headers whose cells are counts of things (项目数), never the caption's money (facts_words.csv)
_COUNT_COLUMN = frozenset(kw.word_group("count_column"))
#: headers of a column naming each row's currency (币种: 美元 | 人民币), facts_words.csv
_CURRENCY_COLUMN = frozenset(kw.word_group("currency_column"))
#: a unit label of these characters alone (金额（亿）) gives a magnitude and no unit
_MAGNITUDE_CHARS = frozenset("十百千万亿兆")
_PROJECT_WORDS = kw.word_group("project_descriptor")
_TRAILING_BRACKET = re.compile(r"[(（][^()（）]*[)）]$")
_NO_VAGUE_AMOUNT = kw.word_group("no_vague_amount")
_TOKEN_COUNT_METRIC = kw.word_group("token_count_metric")
_ASOF_DAY_METRICS = kw.word_group("asof_day_metric")
_BALANCE_DAY_METRICS = frozenset(kw.word_group("balance_day_metric"))
#: the full stop closing a statement (a caption line closed by one is prose above a table)
_STATEMENT_END = ("。", ".")
#: 期末, 季末: the end of the period the context states, before a balance (facts_words ``bare_period_end``)
_BARE_PERIOD_END = re.compile(kw.word_alternation("bare_period_end"))
# 12年期、容量200MW的租约: a contract's or lease's term written N年期, and the nouns naming the deal
_TERM_NOUN = kw.word_group("term_noun")
_TERM_NOUNS = _any_of(_TERM_NOUN)
# 发行美元债…期限分别为5年、10年: a debt issue names the deal a term after a lead word is of; only
# after the lead (10年期国债收益率 is a benchmark's tenor, no term of a deal the note states)
_LED_TERM_NOUN = kw.word_group("led_term_noun")
_LED_TERM_NOUNS = _any_of({**_TERM_NOUN, **_LED_TERM_NOUN})
_TERM_NOT_AFTER = tuple(kw.word_group("term_not_after"))
# 五年内部署: a span tail straight after the duration, even where a longer word (年内) spans both
_SPAN_TAILS = tuple(kw.grammar_words()["span_tail"])
#: 五年内部署: the years a plan runs within (grammar ``window_tail``), unless a keyword before the
#: number names the length itself (回购期限为…6个月内)
_WINDOW_TAILS = tuple(kw.grammar_words()["window_tail"])
_TERM_MARK = tuple(kw.word_group("term_mark"))
_TERM_LEAD = tuple(kw.word_group("term_lead"))
_TERM_LEAD_REACH = max(map(len, _TERM_LEAD), default=0) + 1  # 期限约20年: 约 or a blank may stand between


_TERM_METRICS = frozenset(v.rpartition(" ")[2] for v in (*_TERM_NOUN.values(), *_LED_TERM_NOUN.values()))


def _term_found(noun: str):
    """The keyword, metric and no hit a deal's term is read under (``facts_words.csv``
    ``term_noun``, as ``_metric_for`` returns them): capex like the deal's amount (a contract's
    or lease's term), unless the value names a theme before the metric (``valuation
    convertible_bond_term``: a convertible bond's term is an offering term)."""
    theme, _, metric = (_TERM_NOUN.get(noun) or _LED_TERM_NOUN[noun]).rpartition(" ")
    return kw.Keyword(word=noun, theme=theme or "capex", metrics={"duration": metric}, negative=False,
                      min_abs=0.0), metric, None

_CHANGE_FILLER = " " + "".join(kw.word_group("change_filler"))
# 主动权益基金对电子行业的配置比例: fund groups, the metrics of their positions and the sectors'
# English nouns (facts_words.csv fund_group, fund_position_metric, fund_dated_metric, fund_sector)
_FUND_GROUPS = kw.word_group("fund_group")
_FUND_POSITION = kw.word_group("fund_position_metric")
_FUND_DATED = frozenset(kw.word_group("fund_dated_metric"))
_FUND_SECTORS = tuple(sorted(kw.word_group("fund_sector").items(), key=lambda kv: len(kv[0]), reverse=True))
_QUARTER = re.compile(r"\d{4}Q[1-4]")
# 大模型相关岗位招聘需求同比增长约48%: hiring and pay figures naming no job are the job market's
# (facts_words.csv job_market_metric, job_market_place, job_word)
_JOB_MARKET = kw.word_group("job_market_metric")
_JOB_MARKET_PLACE = next(iter(kw.word_group("job_market_place")), "")
_JOB_WORDS = tuple(kw.word_group("job_word"))
# 財政部公布，3月出口總值…: the office issuing a trade release, the place of its figures
_TRADE_OFFICES = kw.word_group("trade_office")
_TRADE_OFFICES_TRADITIONAL = kw.word_group("trade_office_traditional")
_TRADE_METRICS = tuple(kw.word_group("trade_metric"))
_SPAN_SEP_CHARS = re.compile(r"[至到\-~—–]")
_MATURITY = tuple(kw.word_group("maturity"))
_MATURITY_LEN = max(map(len, _MATURITY)) + 1
#: 收盘价, 收市价: the price a valuation is based on, after its day (period_words.csv ``price_basis``)
_PRICE_BASIS = tuple(sorted(period_words("price_basis"), key=len, reverse=True))
#: 新高, 新低: a record over the window written before it (period_words.csv ``record_tail``)
_RECORD_TAIL = tuple(sorted(period_words("record_tail"), key=len, reverse=True))
#: 是2022年水平的8.5倍: after a multiple's base lead and its period, a few words, 的 and a multiple
_MULTIPLE_BASE_TAIL = re.compile(r"[\u4e00-\u9fff]{0,4}?的\s?[约近超逾]?过?\s?[0-9一二两三四五六七八九十百.]+\s?倍")
_MULTIPLE_BASE_LEAD_LEN = max(map(len, _MULTIPLE_BASE_LEAD)) + 1
#: 四个月涨了 / 三个月增长约 right before a percentage: a change over that many months
# (the move words are period_words ``months_change``)
_MONTHS_CHANGE = re.compile(r"([0-9一二两三四五六七八九十]+)个月(?:%s)?(?:累计)?(?:%s)了?(?:%s)?\s?" % (
    kw.word_alternation("months_change_span_word"),
    "|".join(map(re.escape, sorted(kw.word_group("months_change"), key=len, reverse=True))),
    kw.word_alternation("months_change_qualifier")))
_CHANGE_VERB = re.compile("|".join(map(re.escape, kw.word_group("months_change"))))
_MONTHS_NOT_AFTER = ("前", "未来", "今后", "后续", "首")
# 微软 × 岚峰智能：…: a roundup line naming a deal by its two sides, the buyer first
# 签下63亿美元…合约 reads as the seller's order intake unless the line names the buyer
_BUYER_METRIC = {kw.keyword(w).metrics["money"]: v for w, v in kw.word_group("seller_deal_word").items()}
_DEAL_PAIR_MARKS = tuple(kw.word_group("deal_pair_mark"))
_DEAL_PAIR = re.compile(r"(?:" + "|".join(re.escape(w) for w in _DEAL_PAIR_MARKS) + r")[^：:\n]{1,40}[：:]")
_TIMELESS_PREFIXES = kw.timeless_metric_prefixes()
_UNDATED_BY_RELEASE = tuple(kw.word_group("undated_by_release"))
_RATIO_AS_WRITTEN = kw.word_group("ratio_as_written")
#: Volume units after a count (``facts_words.csv`` ``volume_unit``): word -> (metric suffix, scale).
#: Units after a bare 亿/万 number that make it a measure, no yuan (``measure_unit_after``).
_MEASURE_UNIT_AFTER = tuple(kw.word_group("measure_unit_after"))
#: What a satellite count counts (``facts_words.csv`` ``satellite_kind``): word -> metric part.
_SATELLITE_KINDS = kw.word_group("satellite_kind")
_VOLUME_UNITS = {w: (v.split(":")[0], float(v.split(":")[1])) for w, v in kw.word_group("volume_unit").items()}
_VOLUME_UNIT = re.compile("|".join(re.escape(w) for w in sorted(_VOLUME_UNITS, key=len, reverse=True)))
_VOLUME_FIRST = frozenset(w[0] for w in _VOLUME_UNITS)
_VOLUME_NOT_AFTER = tuple(kw.word_group("volume_unit_not_after"))
#: counts a verb names that are no fact for one named company (facts_words.csv ``one_stock_count_metric``)
_ONE_STOCK_COUNT_METRICS = frozenset(kw.word_group("one_stock_count_metric"))
#: The metric suffixes a written volume unit replaces (water_consumption_litres -> _cubic_metres).
_VOLUME_METRIC_ENDS = tuple(f"_{v[0]}" for v in _VOLUME_UNITS.values())
_MULTIPLE_AS_WRITTEN = kw.word_group("multiple_as_written")
# 27,300元/月 of a monthly salary: the metric names the time it is paid per already
_PER_IN_METRIC = kw.word_group("per_in_metric")
# 元/月 -> _per_month: the English name of a Chinese denominator; others (1m tokens, gpu hour, GB) as written
_PER_NAMES = kw.word_group("per_name")
# 1.5万美元/颗, 2万美元/片: a price per piece of a good, whose metric (单价, 售价) names it as it is
_PER_UNNAMED = kw.word_group("per_unnamed")
# 其/该公司, longest first: the pronoun a clause opens with
_COMPANY_ANAPHORS = tuple(sorted(kw.word_group("company_anaphor"), key=len, reverse=True))
# 5月底的 / 8月的 / 上年调研时的: a period joined to the number after it
# (的 may be left out when the base's number follows at once: 较上季度26%的增速)
_BASELINE_LINK = re.compile(r"[底末初]?(?:(?:[\u4e00-\u9fff]{0,2}时)?的\s?)?")
# a heading line over bullets is short (FY27 Q1业绩要点：)
_HEADING_MAX = 30
# what a bullet line may open with before its topic label
_BULLETS = " \t·•●■◆-*"
# what ends a clause, for a name outside the sentence being read
_CLAUSE_ENDS = tuple("，,。；;：:\n")
# a window up to its last clause end (the greedy run backs off to the last mark)
_UP_TO_CLAUSE_END = re.compile(".*[" + re.escape("".join(_CLAUSE_ENDS)) + "]", re.S)
# how far back the market of a turnover figure is looked for
_MARKET_REACH = 3000
# 年营收超过10亿元的企业: an eligibility threshold
_ELIGIBLE = re.compile(r"\s*的\s*(?:" + kw.word_alternation("eligible") + ")"
                       r"|\s*的\s*[A-Za-z\u4e00-\u9fff]{1,6}?(?:" + kw.word_alternation("eligible_after_modifier") + ")")
# ACV超过$5m的客户数为508家, 单体规模在1,000PFLOPS以上的大型智算中心约60个: a bound amount, 的, a
# short noun and then the count of those items (a counting tail, or a counted number with its
# counter): the amount is the threshold of what is counted, the count is the claim
_COUNTED_THRESHOLD = re.compile(
    r"\s*(?:及以上|以上)?\s*的\s*[^，,。；;：:\d%\n]{1,12}?"
    r"(?:(?:" + kw.word_alternation("counted_item_tail") + r")(?![据字值额])"
    r"|(?:" + kw.word_alternation("counted_item_lead") + r")?\s*\d[\d,]*\s*(?:"
    + kw.word_alternation("counted_item_counter") + "))")
# 位列全部主题指数前5%: a ranking word before 前 and a percent: a rank percentile, no fact
_RANK_LEAD = re.compile("(?:" + kw.word_alternation("rank_lead") + ")[^，。；,;]{0,16}前$")
# 约45%用于大模型研发 after 集资用途: a share of an offering's proceeds by its use
_PROCEEDS_USE_AT = re.compile(r"[ \t\u3000]*(?:" + kw.word_alternation("proceeds_use_verb") + ")")
_PROCEEDS_WORD = re.compile(kw.word_alternation("proceeds_word"), re.IGNORECASE)
_USE_OF_PROCEEDS_METRIC = kw.word_group("proceeds_metric")["share"]
_USE_OF_PROCEEDS = kw.Keyword(word="", theme="valuation", metrics={"ratio": _USE_OF_PROCEEDS_METRIC},
                              negative=False, min_abs=0.0)
# 近半数公司净利润下降: a share of companies, not of the metric (on its own line: 最多15% ending a
# line is not of the 公司 the next line opens with)
_OF_COMPANIES = re.compile(r"[ \t\u3000]*(?:的)?(?:上市)?(?:" + kw.word_alternation("firms") + ")")
# a table cell's number with at most a qualifier or a sign: it takes the unit of its header
_BARE_NUMBER = re.compile(r"(?:" + kw.word_alternation("cell_qualifier") + r"|~)?\s?[-+\u2212]?[\d,]*\.?\d+"
                          r"|\(\d[\d,]*(?:\.\d+)?\)")  # (1,230): an accounting negative cell
# a cell reading like a year (2000 under 交付目标（台）): a value only under a unit header
_YEAR_LIKE_CELL = re.compile(r"(?:19|20)[0-9]{2}")
# a column header that speaks of time (成立年份, 上市时间, 日期, Year): its year-like cells are years
# 单位：台, 单位：万家: a caption counting its cells in a counter (column_counter words)
_CAPTION_COUNTER = re.compile(
    rf"单位\s?[:：]\s?(?:{pattern_words('quantities')['magnitude']})?[{''.join(w for w in _COLUMN_COUNTERS if len(w) == 1)}]")
_TIME_HEADER = re.compile(kw.word_alternation("time_header"), re.IGNORECASE)
# 15-25 under 单机柜功率（kW）: a range cell takes the unit of its header as a bare number does;
# 2024-2025 is a span of years, not a range of values; a forecast of a loss is a range of
# negatives (-3.1~-2.2), each end signed
_BARE_RANGE = re.compile(r"(?:" + kw.word_alternation("cell_qualifier") + r"|~)?\s?[-+\u2212]?\d[\d,]*(?:\.\d+)?\s?"
                         r"[-~～〜—–至]\s?[-+\u2212]?\d[\d,]*(?:\.\d+)?")
# +8~13% under 4Q25 of a 合约价涨幅 table: a range cell written in percent is a value cell too
_PERCENT_RANGE = re.compile(r"[-+\u2212]?\d+(?:\.\d+)?%?\s?[-~～〜—–]\s?[-+\u2212]?\d+(?:\.\d+)?%")
# 30.72TB SSD, 单颗容量达36GB: a byte size that is a product's capacity (see _DocExtractor._product_capacity)
_CAPACITY_AFTER = tuple(kw.word_group("capacity_spec_after"))
_CAPACITY_BEFORE = tuple(kw.word_group("capacity_spec_before"))
# - 创业板指：-0.84% under 本周主要指数表现: an index's move (see _DocExtractor._index_move_item)
_INDEX_MOVE_HEADING = tuple(kw.word_group("index_move_heading"))
_INDEX_MOVE_KEYWORD = "涨跌幅"
_INDEX_YTD_KEYWORD = "年初至今"  # the year-to-date move in an index move item's bracket
# 持平 in a cell under 调价幅度 or 同比变动: a change of 0 (see _DocExtractor._with_flat_cells)
_FLAT_CELLS = frozenset(kw.word_group("flat_cell"))
_CHANGE_HEADER = tuple(kw.word_group("change_header"))
# 降幅(%) over a price table's column: its unsigned cells are the sizes of cuts
_FALL_HEADER = tuple(kw.word_group("fall_header"))
# 价格约为Copilot的1/3: a price as a part of another's (price_ratio_verb ... 的 N), no change word between
_PRICE_RATIO = re.compile(rf"(?:{'|'.join(map(re.escape, kw.word_group('price_ratio_verb')))})"
                          rf"(?:(?!{pattern_words('quantities')['fall']}|涨|提|[，,；;。])[^\n]){{1,24}}的\s?$")
_PRICE_RATIO_VERBS = tuple(kw.word_group("price_ratio_verb"))
_PRICE_RATIO_REF = tuple(kw.word_group("price_ratio_ref"))
_FRACTION_HEAD_TAIL = " 约大概"  # 只有其约一半: an approximation word between the lead and the fraction
# the kinds of number a fraction after …的 is never the ratio of (_fraction_of_measure): shares,
# multiples and prices (a price's ratio is _fraction_of_price's; money of pricing is read there first)
_FRACTION_NOT_BASE = frozenset({"ratio", "pp", "multiple", "price"})
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s?[-~～—–至]\s?(?:19|20)?\d\d")
# 青禾软件（Qinghe Software）, 深言科技（Shenyan Tech，初创公司）: an English name in brackets
_GLOSS = re.compile(r"\s?[（(]\s?(" + _ENGLISH_NAME + r")\s?[）)，,;；]")
# 思源智能科技股份有限公司（SiYuan Intelligence）: a firm's legal name (its end ``firm_full_name_end``)
# glossed in English, group ``end`` the legal name's end, group ``english`` the English name
_LEGAL_GLOSS = re.compile(r"(?P<end>" + kw.word_alternation("firm_full_name_end")
                          + r")\s?[（(]\s?(?P<english>" + _ENGLISH_NAME + r")\s?[）)，,;；]")
_LEGAL_NAME_MAX = 30  # characters of a legal name read back from its end
# 晶耀光电股份有限公司 新闻稿⏎Crystalux Optoelectronics Inc.（股票代号：9123）: a firm's full Chinese name
# in a press release's header, with its English legal name after it on the same or the next line
_HEADER_FIRM = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:股份有限公司|有限公司))[^\n/／A-Za-z]{0,12}?\s*[/／]?\s*"
                          r"([A-Z][A-Za-z0-9&'\-]*(?: [A-Z][A-Za-z0-9&'\-]*){0,5}?),? "
                          r"(?:Inc|Corp|Corporation|Co\.,? ?Ltd|Ltd|Limited|plc|Incorporated)\b")
#: how far into a document its header may name the issuer
_HEADER_FIRM_REACH = 600
_HAN = re.compile(r"[\u4e00-\u9fff]")

_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _written_in_english(text: str) -> bool:
    """Whether a clause is English prose, a Chinese name glossed in brackets allowed.

    >>> _written_in_english("Alpha Fund (阿尔法基金) takes the largest ticket at US$60.0m")
    True
    >>> _written_in_english("发行价区间为12.40-14.80港元")
    False
    """
    return len(_LATIN_LETTER.findall(text)) > 4 * len(_HAN.findall(text))
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# a Chinese family glued to a version (岳川-3, 岳川V3.5): ``names._stem_models``
_STEM_VERSION = re.compile(r"[\u4e00-\u9fff][-·]?[Vv]?\d")
# 三成, 五折: tenths and the price-paid form, read from a digit or numeral before them
_TENTHS = ("成", "成半", "折")
_FREE_TREND = tuple(kw.word_group("free_trend"))
_FREE_MODIFIER = tuple(kw.word_group("free_modifier"))
#: what may close the clause right after 免费的 (改为免费的。): there 的 ends a predicate, no noun follows
_FREE_DE_END = frozenset("，。；：,.;:!?！？）)」”\"'\n")
_CONDITION_LEAD = tuple(kw.word_group("condition_lead"))
#: if demand exceeds 100x: an English condition whose threshold ends it, straight before the number
_EN_CONDITION = re.compile(r"\bif\b[^,.;:，。；]{0,30}\b(?:exceeds?|tops?|reaches|surpass(?:es)?|is above|goes above)\s?(?:about\s)?$", re.I)
_PER_SHARE = ("每股",)
_PRICE_BAND_TAIL = tuple(kw.word_group("price_band_tail"))
# 售价4000元以上的AI旗舰手机, 单价在299元至699元之间的产品: an attribute, a bound or band, a noun (_segment_threshold)
#: Chinese surnames and the column headers of people (a shareholder table's 股东 column)
_SURNAMES = frozenset(kw.word_group("surname"))
_PERSON_COLUMN = tuple(kw.word_group("person_column"))
_RESTATEMENT_LEADS = tuple(sorted(kw.word_group("restatement_lead"), key=len, reverse=True))
_SEGMENT_ATTRIBUTES = tuple(kw.word_group("segment_attribute"))
_SEGMENT_BAND_AFTER = tuple(kw.word_group("segment_band_after"))
_SEGMENT_BOUNDS = frozenset({"over", "at_least", "under", "at_most"})
# 千万元以上大单, 32GB及以上机型: a bound suffix glued to a kind of item (_bound_segment)
_SEGMENT_BOUND_SUFFIX = tuple(sorted(kw.word_group("segment_bound_suffix"), key=len, reverse=True))
_SEGMENT_ITEMS = tuple(sorted(kw.word_group("segment_item"), key=len, reverse=True))
#: Amounts that name a segment when so bounded: a price, a memory size, a power or compute rating
#: (a count or a per cent glued to a noun, 1亿以上用户, is a claim more often than a band)
_SEGMENT_BOUND_CLASSES = frozenset({"money", "bytes", "watts", "flops"})
# “双低”（价格低于120元且溢价率低于20%）: a bracket right after a quoted term (_term_definition)
_TERM_QUOTES = "".join(kw.word_group("term_quote"))
#: A defining bracket opens at most this many characters before the number.
TERM_DEFINITION_CHARS = 40
#: 份额合计可能不等于100%: a total word and link words straight before 100% (_share_total)
_SHARE_TOTAL = re.compile(r"(?:{})(?:{})*\s*$".format(kw.word_alternation("share_total"),
                                                     kw.word_alternation("share_total_link")))
#: 停止对Windows 10的免费: a word ending a free service, then at most a short object, before 免费
_FREE_ENDED = re.compile(r"(?:{})[^,，。;；:：!?]{{0,16}}$".format(kw.word_alternation("free_ended")))
#: 注："—"指…超过300倍: a closing quote and a defining verb before the number (_marker_definition)
_MARKER_DEFINITION = re.compile(r"[{}]\s*(?:{})".format(re.escape("".join(kw.word_group("term_quote"))),
                                                       kw.word_alternation("marker_definition")))
#: 集中采购(标包2): a tender's lot word right before a bare number (_without_non_facts)
_LOT_LABELS = tuple(kw.word_group("lot_label"))
#: 250-500 kW requirements, >1 MW AI-related deals: an English noun of a size segment after a
#: band or bound, a hyphenated modifier at most between (_english_size_segment)
_EN_SEGMENT_ITEM = re.compile(r"\s?(?:[A-Za-z]+-[A-Za-z]+\s)?(?:{})\b".format(kw.word_alternation("segment_item_en")))
_LISTING_VERBS = tuple(kw.word_group("listing_verb"))
_VENUE_WORDS = tuple(kw.word_group("venue_word"))
_LISTING_WORDS = tuple(kw.word_group("listing_word"))
_LISTED_GROUP_WORDS = tuple(kw.word_group("listed_group_word"))
# 小米17 Pro Max BOM拆解: a title of a teardown note (its device is the subject of its parts' figures)
_TEARDOWN_TITLE_WORDS = tuple(kw.word_group("teardown_title"))
# 内蒙古、宁夏枢纽的电价: regions listed at a clause's head (joined by _LIST_JOINERS) and the hub
# words after them (with their English) (facts_words region_list_suffix)
_REGION_LIST_SUFFIX = kw.word_group("region_list_suffix")
# 全年市场规模: a time word before 市场, no market's name (facts_words market_time_word)
_MARKET_TIME_WORDS = frozenset(kw.word_group("market_time_word"))
# 国内市场，… / 中国市场方面，…: what after a place's bare market makes it a sentence's topic
# (facts_words.csv place_market_topic)
_PLACE_MARKET_TOPIC = tuple(kw.word_group("place_market_topic"))
# Northbridge维持"Overweight"评级: a broker's rating call (facts_words rater_verb), 评级 within reach
_RATER_VERBS = tuple(kw.word_group("rater_verb"))
_RATING_WORD, _RATER_REACH = "评级", 24
# 表1：小米17 Pro Max主要元器件成本估算: a caption of a device's bill of materials (its rows are parts)
_BOM_CAPTION_WORDS = tuple(kw.word_group("bom_caption"))
# 发行A股股票, 美股目标价: a share class or a firm's shares listed on the market, no subject of its own
_LISTED_SHARE_WORDS = tuple(kw.word_group("listed_share_word"))
# 在纳斯达克上市: an exchange is lexicon'd as its index (Nasdaq Composite) as often as a market
_VENUE_TYPES = ("market", "index")
# 微软向G42投资, G42从AMD采购, OpenAI获微软投资: the other side of a deal, right after a marker
# and before the act (``_deal_side``); the words that put money in on both sides of 与
_DEAL_MARKERS = tuple(sorted(kw.word_group("deal_side_marker"), key=len, reverse=True))
_DEAL_ACTS = tuple(sorted(kw.word_group("deal_act"), key=len, reverse=True))
_DEAL_JOINT = tuple(kw.word_group("deal_joint"))
# 中际旭创在英伟达1.6T光模块份额: a share noun within this many characters after 在X (``_share_scope``)
_SHARE_SCOPE_NOUNS = tuple(kw.word_group("share_scope_noun"))
_SHARE_SCOPE_REACH = 16
# 一名深圳初创企业负责人…公司: an unnamed firm by its place and kind, at most this far before 公司
_ANONYMOUS_INTROS = tuple(kw.word_group("anonymous_intro"))
_ANONYMOUS_KINDS = dict(sorted(kw.word_group("anonymous_firm_kind").items(), key=lambda kv: -len(kv[0])))
_ANONYMOUS_REACH = 200
# 法国CNIL对Uber处以2300万欧元罚款: a penalty's payer is written after the authority's marker
# (the metrics.csv keywords whose money metric is a penalty's: 罚款, 赔偿, 和解)
_PENALTY_KEYWORDS = frozenset(k.word for k in kw.metric_keywords().values()
                              if k.metrics.get("money") in kw.word_group("penalty_metric"))
_PENALTY_MARKS = tuple(kw.word_group("penalty_authority_mark"))
# 节省电力12%-15%，减少停机时间20%: a saved share is a fall of what is saved (``_saving_change``)
_SAVING_KEYWORDS = kw.word_group("saving_keyword")  # -> the metric of the share saved
_SAVING_FALL_VERBS = tuple(kw.word_group("saving_fall_verb"))
#: what stands between a benchmark's name and its own move in brackets (沪深300指数（+16.9%）)
_BENCHMARK_BRACKET = re.compile(r"(?:指数)?\s?[（(]\s?")
#: a money metric naming a price level (price, input_price_per_1m_tokens), not a change of one
_PRICE_LEVEL = re.compile(r"(?:^|_)price(?!_change|_cut|_discount|_gap|_diff)(?:_|$)")
#: 压缩整机厂商毛利率1-2个百分点: a drag verb, then at most a short object (no figure, no clause
#: mark, no rise word), then the number: the change it states is a fall
_DRAG_VERB_CHARS = frozenset(w[0] for w in kw.word_group("drag_verb"))
_DRAG_REACH = 16
_DRAG = re.compile(rf"(?:{kw.word_alternation('drag_verb')})(?:(?!{kw.word_alternation('drag_rise')})"
                   rf"[^0-9%，,。；;：:（）()\n]){{0,{_DRAG_REACH}}}\Z")
_FINE_CAP_METRICS = kw.word_group("fine_cap_metric")  # class -> metric of a statute's cap on a fine
_FINE_CAP_REACH = 40  # from a cap's amount to its fine word, the cap's own words between (或上一年度营业额5%的罚款)
# 某AI公司: 某 and a firm noun at most six characters after it name a firm left unnamed
_UNNAMED_FIRM = re.compile("某[^，。；,;：:]{0,6}?(?:" + kw.word_alternation("unnamed_firm_noun") + ")")
_JOINT_ACTS = tuple(kw.word_group("joint_act"))  # A与B共同投资: one joint figure
#: 此后三年分别: the years after the year stated before (facts_words.csv ``years_after``)
_YEARS_AFTER = re.compile(rf"(?:{'|'.join(map(re.escape, kw.word_group('years_after')))})\s?(?P<n>[0-9]{{1,2}}|[一二两三四五六七八九十]{{1,3}})\s?(?:个\s?)?(?:财年|年)")
_JOINT_LINKS = frozenset(kw.word_group("joint_link"))
_PORTFOLIO_WORDS = kw.word_group("portfolio_word")  # the report's own portfolio -> English head
_PORTFOLIO_YTD = tuple(kw.word_group("portfolio_ytd"))
_PORTFOLIO_RETURN_WORDS = tuple(w for w, k in kw.metric_keywords().items() if k.metrics.get("ratio") == "portfolio_return")
_PORTFOLIO_METRICS = frozenset(("portfolio_return", "excess_return", "relative_return", "return"))
_JOINT_REACH = 16  # characters from the pair's last name to its joint figure
#: how many characters may part the other side from the act (向G42追加投资, 对OpenAI的投资)
_DEAL_GAP = 4
# Meta的Llama模型带动广告收入: a product driving a money measure is not its subject (``_company_of_product``)
_DRIVER_VERBS = tuple(kw.word_group("driver_verb"))
# 毕业于德国的比例为37%, 中国占57%: a place owning the share written after it (regions.csv names)
_PLACE_NAMES = {w: e for w, e in _row_labels("regions.csv").items() if w and e}
# 在阿联酋的累计投资, 对美投资: money put into a country or region (regions.csv names and the short
# forms of facts_words place_invest_short), which pays for facilities there
_PLACE_INVESTMENT = re.compile(
    "(?:" + kw.word_alternation("place_invest_link") + ")(?:" + "|".join(sorted(
        map(re.escape, set(_PLACE_NAMES) | set(kw.word_group("place_invest_short"))), key=len, reverse=True))
    + ")的?(?:" + kw.word_alternation("place_invest_head") + ")?投资(?![者人方])")  # 对美投资者: the investors, no investment
_PLACE_SHARE = re.compile(
    "(" + "|".join(sorted(map(re.escape, _PLACE_NAMES), key=len, reverse=True)) + r")(?:[\u4e00-\u9fff]{0,3}?(?:"
    + kw.word_alternation("place_share_link") + ")|" + kw.word_alternation("place_share_bare")
    + r")(?:" + kw.word_alternation("place_share_tail") + r")*\s*$")
# 一、美国：电价…, §4 管理人报告, 4.5 报告期内基金的业绩表现, ## 海外: a numbered section heading line,
# across which no subject of an earlier section is carried
_SECTION_HEAD = re.compile(r"[ \t　]*(?:[一二三四五六七八九十]{1,3}、|§\s?\d|\d{1,2}(?:\.\d{1,2})+[ \t　]|#{1,4}[ \t]"
                           r"|第[一二三四五六七八九十\d]+[章节部])")
#: ``3. 某市 智算中心算力服务采购项目``: the numbered title line of a record block of field lines
_RECORD_HEAD = re.compile(r"[ \t　]*\d{1,2}[.．、]\s*\S")
#: how many lines above a figure its record block's title may stand
_RECORD_REACH = 12
# A类份额净值增长率为45.32%: the share class of the title's fund a figure is of
_SHARE_CLASS = re.compile(r"([A-E])类(?:基金)?份额")
# MacroPolo“全球AI人才追踪”显示 / IDC数据显示 / 《2024年人工智能指数报告》显示: what follows a name that
# makes it the source of the figures (a quoted title, a data word, a source verb), and 来源：X
_SOURCE_AFTER = re.compile(
    r"\s?(?:[“\"「『《][^”\"」』》\n]{1,30}[”\"」』》])?(?:" + kw.word_alternation("source_link") + ")?(?:"
    + kw.word_alternation("source_verb") + ")")
# the rest of a report title a name is inside (《2024年人工智能指数报告》显示)
_SOURCE_IN_TITLE = re.compile(r"[^《》\n]{0,20}》(?:" + kw.word_alternation("source_verb") + ")")
_SOURCE_LABELS = ("来源：", "来源:", "来源: ")
_DEAL_BREAKS = frozenset("，,。；;：:！？!?\n")
# 拿下微软定制HBM大单: a customer between a winning verb and an order noun (``order_win_verb``,
# ``order_noun``) at most this many characters apart
_ORDER_WIN_VERBS = tuple(sorted(kw.word_group("order_win_verb"), key=len, reverse=True))
_ORDER_NOUNS = tuple(kw.word_group("order_noun"))
_ORDER_GAP = 10
# 来自Meta、英伟达等客户 / OpenAI追加的65亿美元合同: the words that mark names as the subject's
# customers (``customer_tail`` after a list of them; ``order_place_verb`` + 的 before an order noun)
_CUSTOMER_TAILS = tuple(sorted(kw.word_group("customer_tail"), key=len, reverse=True))
_ORDER_PLACE_VERBS = tuple(sorted(kw.word_group("order_place_verb"), key=len, reverse=True))
# 与Talen将某核电站供电协议扩大至…: an agreement noun this close after a name led by 与 makes it
# the other side of the agreement
_AGREEMENT_NOUNS = tuple(kw.word_group("agreement_noun"))
_AGREEMENT_REACH = 24
# 国内净收入 in a firm's section: the firm's home segment (``domestic_segment_place``, ``firm_segment_money``)
_DOMESTIC_PLACES = tuple(kw.word_group("domestic_segment_place"))
_FIRM_SEGMENT_MONEY = tuple(sorted(kw.word_group("firm_segment_money"), key=len, reverse=True))
# the themes of a firm's own money (revenue, funding, spending): a model or product an answer
# named earlier does not own them
_FIRM_THEMES = ("earnings", "valuation", "capex")
# H100, H20, GB200, MI300X: the shape of an accelerator's grade (a maker's product code). Such a
# grade is what a figure is of, not who it belongs to (SCHEMA: the grade goes into the metric):
# a rental price in a row that names the cloud renting it out is the cloud's, a chip's sales are
# its maker's. Brand and segment products (Azure, Apollo Go) have no such shape and keep theirs.
_CHIP_GRADE = re.compile(r"[A-Z]{1,3}\d{2,4}[A-Z]{0,2}")
#: the themes in which a chip grade's figure is its maker's money (H20对华收入46亿美元: Nvidia's)
_GRADE_MAKER_THEMES = ("earnings",)
#: RunPod, Vast.ai, Lambda: a table cell written as a Latin-letter name, a firm's as written
#: 80GB, 141 GB: the memory size written after a grade (A100 80GB), part of the grade's name
_GRADE_MEMORY = re.compile(r"\s*\d{1,3}\s?[GT]B\b")
_LATIN_FIRM_CELL = re.compile(r"[A-Za-z][A-Za-z0-9.&'-]*(?: [A-Za-z][A-Za-z0-9.&'-]*){0,2}")
# 受半导体需求带动，…: a clause stating a cause (``cause_open`` … ``cause_close``) names no subject
_CAUSE_OPENS = kw.word_group("cause_open")
_CAUSE_OPEN_WORDS = tuple(sorted(_CAUSE_OPENS, key=len, reverse=True))
#: the suffixes of a sector or index name (板块, 指数): a row label ending so is one
_INDEX_SUFFIXES = index_suffixes()
# 四家合计 / 三大厂商合计: a group named by its count
_GROUP_MEMBER_TYPES = ("company", "model", "product", "index")
# 预计2025Q4合计归母净利润…: a total after a table of companies is their covered sample's
# (see _DocExtractor._covered_sample); 共 and 整体 alone are too common to ask
_SAMPLE_TOTALS = tuple(w for w in kw.word_group("group_total") if len(w) >= 2 and w != "整体")
_SAMPLE_TOTAL = re.compile("|".join(map(re.escape, _SAMPLE_TOTALS)) or "(?!)")  # one search per number, not a loop
_COVERED_LISTINGS = kw.word_group("covered_listing")
# 我们预计…公司营收, 维持买入评级: the broker's forecast or call, about the note's covered company
_ANALYST_VOICE = re.compile(kw.word_alternation("analyst_voice"))
#: how far into a note its headings may run before its first full sentence (the covered company's)
_COVERED_HEAD_REACH = 400
_SAMPLE_NOUNS = tuple(sorted(kw.word_group("sample_noun"), key=len, reverse=True))
#: how many paragraphs after a table a total may stand and still sum its sample
_SAMPLE_REACH = 4
_CAPTION_LABEL = re.compile(r"\s*(?:" + pattern_words("segment")["caption"] + r")\s?\d+(?:[.-]\d+)?\s?[:：]?\s*",
                            re.IGNORECASE)
_COUNTED_GROUP = re.compile(r"([二两三四五六七八九十\d]{1,2})(" + kw.word_alternation("group_counter") + ")(?:"
                            + kw.word_alternation("group_noun") + ")?(?:" + kw.word_alternation("group_total") + ")")
#: 云杉智能、北辰机器人与Nimbus Robotics三家合计: the list a count closes stands after the
#: clause's last stop, within this many characters
_LISTED_REACH = 80
_LISTED_STOPS = ("，", ",", "。", "；", ";", "：", ":", "\n", "（", "(")
#: the names of such a list, parted by 、/和/与/及 (a name may hold a blank: Nimbus Robotics)
_LISTED_PART = re.compile(rf"[^{_LIST_JOINERS}\s]+(?: [A-Za-z0-9][^{_LIST_JOINERS}\s]*)*")
#: a name the list writes that no lexicon row holds: at most 8 Chinese characters, or Latin
#: words and digits (Nimbus Robotics), 2-24 characters
_LISTED_NAME = re.compile(r"(?=[^\u4e00-\u9fff]*(?:[\u4e00-\u9fff][^\u4e00-\u9fff]*){0,8}$)"
                          r"[\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9 .\-]{1,23}")
# 四家公司 / 三大云厂商: a group named by its count, with or without a total word after it
_COUNTED_NOUN = re.compile(r"[二两三四五六七八九十\d]{1,2}(?:" + kw.word_alternation("group_counter") + ")(?:"
                           + kw.word_alternation("group_noun") + ")")
# a cell written as field：value (投资评级：买入), and one with a digit in the value (目标价：86.50元)
# a label may open with the 52-week window (52周股价区间：, 52-week range:), the one number a
# header field's name holds (its 52 is no quantity either: quantities trading_year_week)
_FIELD_WINDOW = rf"(?:52\s?(?:{pattern_words('quantities')['trading_year_week']}))?"
_FIELD = re.compile(rf"\s*{_FIELD_WINDOW}[^\d:：\s|]{{1,10}}[ \t]*[:：]")
_FIELD_CELL = re.compile(rf"\s*{_FIELD_WINDOW}[^\d:：\s]{{1,10}}[ \t]*[:：][ \t]*[^\s:：]*\d")
# the words a market's name ends in (全球存储控制芯片市场规模)
_MARKET_WORDS = tuple(sorted(kw.word_group("market_word"), key=len, reverse=True))
# 11月4日晚间披露, 10月28日，公司公告: at most this many characters between a day and the verb
_STATEMENT_GAP = 4
# the English head of a market's name (AIGC market, Global optical modules market)
_MARKET_NAME = "market"
# nouns that make the name before them a product (Retimer产品, Zeta方案)
_PRODUCT_NOUNS = tuple(sorted(kw.word_group("product_noun"), key=len, reverse=True))
# themes whose figures belong to a model or product named before, even in a company note
_OWN_SUBJECT_THEMES = ("parameters", "pricing")
#: a footnote mark of text extracted from a PDF: one or two digits glued to a percent sign, or
#: to the full stop after a word or a figure (``35%5,``, ``it.2 We``, ``RMB160bn.4 The``), before
#: a blank, a comma or the end; not after an abbreviation (``No.2``, ``Fig.3``, segment's
#: ``english_abbreviation``)
_FOOTNOTE_MARK = re.compile(r"(?:(?<=%)|(?<=[A-Za-z%)]\.))[0-9]{1,2}(?=[ \t\n,;:]|$)")
_FOOTNOTE_WORD = re.compile(r"([A-Za-z]+)\.$")


def _without_english_years(quantities, text: str) -> list:
    """``quantities`` less the bare years an English clause ends on (``periods.EN_YEAR_AT_END``)."""
    return [q for q in quantities if not (q.kind == "number" and q.end - q.start == 4
                                          and EN_YEAR_AT_END.match(text, q.start))]


#: A conversion verb closes the basis this many characters after its figure at most.
_CONVERSION_REACH = 12
_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n]")
_RATE_SIGNS = ("=", "兑")


def _without_conversion_basis(quantities, text: str) -> list:
    """``quantities`` less the basis of a conversion: a figure right after 按 (按照) whose clause
    then says what is converted (``conversion_verb``: 按2.5kW标准机柜折算, 按每卡700W计算). The
    figure is how the writer counts, not a value of anything.

    >>> from aigc_analysis.extract.quantities import find_quantities
    >>> t = "机柜约1.2万个(按2.5kW标准机柜折算)"
    >>> [q.text for q in _without_conversion_basis(find_quantities(t), t)]
    ['约1.2万']
    """
    verbs = tuple(kw.word_group("conversion_verb"))
    leads = ("按", "按照", "按每", "按照每")
    out = []
    for q in quantities:
        lead = text[max(0, q.start - 3):q.start]
        if lead.endswith(leads):
            stop = _CLAUSE_BREAK.search(text, q.end, q.end + _CONVERSION_REACH)
            window = text[q.end:stop.start() if stop else q.end + _CONVERSION_REACH]
            # 按1港元=0.92元人民币折算: an exchange rate, which exchange_rate_quotes reads as a pair
            if any(v in window for v in verbs) and not any(c in window for c in _RATE_SIGNS):
                prev = out[-1] if out else None
                if prev is not None and prev.kind == "money" == q.kind and prev.value in _RATE_UNITS \
                        and prev.unit != q.unit and text[prev.end:q.start].strip() in leads:
                    out.pop()  # 1港元按0.92元人民币折算: the unit amount the rate is quoted for goes too
                continue
        out.append(q)
    return out


def _without_footnote_marks(quantities, text: str) -> list:
    """``quantities`` less the bare numbers that are footnote marks (``_FOOTNOTE_MARK``)."""
    out = []
    for q in quantities:
        if q.kind == "number" and q.end - q.start <= 2 and _FOOTNOTE_MARK.match(text, q.start) \
                and _FOOTNOTE_MARK.match(text, q.start).end() == q.end:
            w = _FOOTNOTE_WORD.search(text, max(0, q.start - 12), q.start)
            if w is None or not ENGLISH_ABBREVIATION.fullmatch(w.group(1)):
                continue
        out.append(q)
    return out
#: 级 followed by these is no grade of the amount before it (千元级别 is, 10亿级 is; kept short)
_GRADE_NOT_AFTER = ("数",)
#: how far after a number a size-class word (8B、70B参数量级) or before it a window lead may sit
_SIZE_CLASS_REACH = 24
_SIZE_LIST_MEMBER = re.compile(r"[、,，/和及与~～-]\s*\d+(?:\.\d+)?\s*[BbMTK]\s*")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The start and end offsets of the sentence around ``pos`` (``_SENTENCE_BREAK``)."""
    start = pos
    while start > 0 and not _SENTENCE_BREAK.match(text, start - 1):
        start -= 1
    stop = _SENTENCE_BREAK.search(text, pos)
    return start, stop.start() if stop else len(text)


def _ascii_word_at(text: str, pos: int, word: str) -> bool:
    """True unless ``word`` is Latin and glued to other Latin letters at ``pos`` (IV in IVF)."""
    if not word.isascii():
        return True
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + len(word)] if pos + len(word) < len(text) else " "
    return not (before.isascii() and before.isalpha()) and not (after.isascii() and after.isalpha())


# words after which the rest of a sentence holds no facts (option pricing, meeting vote tallies)
_SENTENCE_TAIL_WORDS = tuple(kw.word_group("option_word")) + tuple(kw.word_group("meeting_vote_word"))


def _not_data_spans(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` whose numbers are no facts though they look like figures:

    - option-market pricing: a sentence from an ``option_word`` on (隐含波动率, 行使价, IV);
    - shareholder-meeting procedure: a sentence from a ``meeting_vote_word`` on (有表决权股份,
      表决结果: vote tallies are no stakes);
    - a clause a bracketed ``not_data_aside`` remark declares no data (（规格，非规模数据）);
    - the thresholds of a screen: after a ``screen_lead`` (关注) up to a ``screen_target``
      (的标的, 的公司) in the same sentence.

    >>> t = "营收按年增长34%。业绩前隐含波动率升至65%，公布后回落至40%。"
    >>> [t[a:b] for a, b in _not_data_spans(t)]
    ['隐含波动率升至65%，公布后回落至40%']
    >>> t = "营收增长12%。表决结果：同意9,870股，占比99.9%。"
    >>> [t[a:b] for a, b in _not_data_spans(t)]
    ['表决结果：同意9,870股，占比99.9%']
    """
    spans = []
    for w in _SENTENCE_TAIL_WORDS:
        i = text.find(w)
        while i >= 0:
            if _ascii_word_at(text, i, w):
                spans.append((i, _sentence_bounds(text, i)[1]))
            i = text.find(w, i + 1)
    for w in kw.word_group("not_data_aside"):
        i = text.find(w)
        while i >= 0:
            opened = max(text.rfind("（", max(0, i - 12), i), text.rfind("(", max(0, i - 12), i))
            if opened >= 0 and not any(c in text[opened:i] for c in "）)"):
                lo = opened
                while lo > 0 and not _CLAUSE_BREAK.match(text, lo - 1):
                    lo -= 1
                spans.append((lo, opened))
            i = text.find(w, i + 1)
    targets = tuple(kw.word_group("screen_target"))
    for w in kw.word_group("screen_lead"):
        i = text.find(w)
        while i >= 0:
            end = _sentence_bounds(text, i)[1]
            hits = [j for j in (text.find(t, i, end) for t in targets) if j >= 0]
            if hits:
                spans.append((i, min(hits)))
            i = text.find(w, i + 1)
    return spans


def _without_non_facts(quantities, text: str) -> list:
    """``quantities`` less numbers that name or frame something rather than measure it:

    - a bare number right before a chip word, with no measure word (联发科9400芯片, model numbers);
    - sizes naming a class of models (8B、70B参数量级的模型, ``size_class_word``);
    - the length of a look-back window (近30天下载量, ``window_lead`` + ``window_unit``);
    - an order of magnitude naming a class (十千瓦级机柜, 千元级眼镜, ``grade_after``);
    - a bare version naming a product series (豆包1.6系列, ``series_after``);
    - numbers in the stretches of ``_not_data_spans`` (option pricing, no-data asides, screens).

    >>> t = "联发科9400芯片出货约120万颗，近30天下载量达500万次。"
    >>> [q.text for q in _without_non_facts(find_quantities(t), t)]
    ['约120万', '500万']
    """
    spans = _not_data_spans(text)
    chips = tuple(kw.word_group("model_number_after"))
    classes = tuple(kw.word_group("size_class_word"))
    leads = tuple(kw.word_group("window_lead"))
    units = tuple(kw.word_group("window_unit"))
    grades = tuple(kw.word_group("grade_after"))
    series = tuple(kw.word_group("series_after"))
    out = []
    for q in quantities:
        if any(a <= q.start and q.end <= b for a, b in spans):
            continue
        if q.kind == "number" and "." not in q.text and q.text[-1:].isdigit() \
                and text.startswith(chips, q.end) and 3 <= len(q.text.lstrip("约近超")) <= 5:
            continue
        if q.unit == "count" and q.text[-1:] in "BbMTK":
            tail = text[q.end:q.end + _SIZE_CLASS_REACH]
            m = _SIZE_LIST_MEMBER.match(tail)
            while m and m.end() > 0:
                tail = tail[m.end():]
                m = _SIZE_LIST_MEMBER.match(tail)
            tail = tail.lstrip()
            if tail.startswith("参数") or tail.startswith("參數"):
                tail = tail[2:]
            if tail.startswith(classes):
                continue
        if q.kind == "number" and text.startswith(units, q.end) \
                and (q.text.startswith(leads) or text[max(0, q.start - 2):q.start].endswith(leads)):
            continue
        if q.kind == "number" and text[max(0, q.start - 3):q.start].endswith(_LOT_LABELS):
            continue  # 集中采购(标包2): the number of a tender's lot, no count
        if q.kind == "number" and text.startswith(series, q.end):
            continue  # 豆包1.6系列模型, 征程6系列: a version naming a product series, no value
        if text.startswith(grades, q.end) and not text.startswith(_GRADE_NOT_AFTER, q.end + 1):
            continue  # 从“十千瓦级”跨入“百千瓦级”, 千元级眼镜, 万卡级集群: an order of magnitude naming a class
        if q.kind == "free" and _on_heading_line(text, q.start):
            continue  # 三、价格：订阅与免费, 3. 免费≠零成本: a section's topic, no offer's price
        out.append(q)
    return out


def _week_word_heading(text: str, pos: int) -> bool:
    """Whether the week word at ``pos`` stands on a heading line (``■ 本周要点``): a short line
    with no sentence mark and no digit, so no figure is dated by it."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    return len(line) <= _SECTION_HEADING_LEN and not _SECTION_SENTENCE_MARK.search(line) \
        and not any(c.isdigit() for c in line)


def _on_heading_line(text: str, pos: int) -> bool:
    """Whether ``pos`` stands on a numbered section heading (``三、…``, ``3. …``, ``## …``): a short
    line opened by a section or item number that holds no sentence mark."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    return len(line) <= _SECTION_HEADING_LEN and not _SECTION_SENTENCE_MARK.search(line) \
        and bool(_SECTION_HEAD.match(line) or _RECORD_HEAD.match(line))


#: themes an English clause states for a place alone (``daily token consumption in China``)
_WORDS = pattern_words("facts")  # the word lists of data/pattern_words.csv this module reads
# 单桥效率（自然箱/小时）: a header whose bracket is a counted thing per time unit (_counter_column)
_RATE_COLUMN = re.compile(rf"[(（][^()（）/]{{1,6}}/\s?(?:{_WORDS['rate_column_per']})\s?[)）]\s*$")
# what may stand between a price side word and its amount (输入2元, 输出价为8元, input: $2)
_SIDE_GAP = re.compile(_WORDS['side_gap'], re.IGNORECASE)
# a side word's price word (输入价是…): its amount may come later, bracketed after a name
_SIDE_PRICE = tuple(_WORDS['side_price'].split("|"))
# a token rate written anywhere (元/百万tokens, 美元/1M tokens, $/1M tokens): what a bare price
# in token pricing is per
_TOKEN_RATE = re.compile(rf"(?:{_WORDS['token_rate_currency']})\s*(?:/|per\s)\s*每?\s*({volume_pattern()})",
                         re.IGNORECASE)
_EN_PLACE_THEMES = frozenset(_WORDS["english_place_themes"].split("|"))
#: ``in China``, ``China's``: an English place word (``geo_prefixes.csv``) a clause is about
_EN_PLACE = re.compile(r"(?<=\bin )(?P<a>{p})(?![A-Za-z'’])|(?<![A-Za-z])(?P<b>{p})['’]s\b".format(p=english_places_alternation()))
# how far into a document its header (title, rating, stock code) may reach
_HEADER_ZONE = 800
#: 研究所, 研究部: the research unit a broker's or institute's publishing name ends with
_RESEARCH_UNITS = tuple(sorted(_name_shapes().get("research_unit", ()), key=len, reverse=True))
#: 证券: a publisher's name ending so is a broker's, never a subject of its own notes
_BROKER_WORDS = tuple(_name_shapes().get("source_suffix", ()))
#: 【澜舟海外科技】: a bracketed tag in a note's header (group 1 its words)
_DESK_TAG = re.compile(r"【([^】\n]{2,20})】")
#: 大厦, 大楼: a name right before these is a building's, in an address
_BUILDING_WORDS = tuple(_name_shapes().get("building_word", ()))
#: ``证券代码：301234 证券简称：恒科股份``: the short name an issuer's own announcement gives itself
#: in its masthead (``facts_words.csv`` ``masthead_name_word``), group 1
# 证券代码：300442 证券简称：润泽科技: an issuer's masthead names its listed short name (group 1)
_MASTHEAD_NAME = re.compile(r"(?:" + kw.word_alternation("masthead_name_word") + r")[ \t]*[：:]\s*([\u4e00-\u9fffA-Za-z]{2,8})")
_MASTHEAD_WORDS = tuple(kw.word_group("masthead_name_word"))
#: 较GB200 NVL72的约310万美元: between a comparison base and its own figure, 的 after the
#: name's Latin tail (a configuration, a suffix) the lexicon leaves out of the name
# 较上代小米15 Pro（16GB+1TB）的485美元: a bracket of specs may stand between the base and 的
_BASE_OWNER_GAP = re.compile(r"\s*(?:[A-Za-z0-9][A-Za-z0-9.+\-]*\s*){0,2}(?:[（(][^（）()。；\n]{1,20}[）)]\s*)?的\s*")
#: 上市公司 / 本公司 in an announcement: the issuer of its masthead (``masthead_issuer_word``)
_MASTHEAD_ISSUER_WORDS = tuple(kw.word_group("masthead_issuer_word"))
#: 标的公司 defined by a bracket (“星衡数据”或“标的公司”): later mentions are the target firm
_TARGET_ALIASES = frozenset(kw.word_group("target_alias"))
#: ``Alpha Fund (阿尔法基金)``: capitalised English words glossed in brackets by a Chinese name
#: alone; the bracket is searched first, the name read back from it
_EN_GLOSSED_FIRM = re.compile(
    r"(?<![A-Za-z0-9&'’.-])(?P<name>[A-Z][A-Za-z0-9&'’.-]*(?: [A-Z][A-Za-z0-9&'’.-]*){1,4}) \("
    r"[\u4e00-\u9fff]{2,12}\)")
#: ``Lumen Chips (流明芯片, 6099.HK)`` opening an English note: a capitalised English name, then
#: a bracket holding its Chinese name and its listing code (``_english_headline_firm``)
_EN_HEADLINE_FIRM = re.compile(
    r"\s*(?P<name>[A-Z][A-Za-z0-9&'’.-]*(?: [A-Z0-9&][A-Za-z0-9&'’.-]*){0,5})\s?[(（]"
    r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{1,15}[,，、]\s?[0-9]{4,6}\.(?:HK|SH|SZ|SS|BJ)[)）]")
# where a header cell starts: the line's start, a run of blanks, a tab or a bar
_CELL_START = re.compile(r"(?:^|\s{2,}|\t|[|｜·])\s*$")
# a title line opening with the company (瀚星微电（688917）：三季报点评，…) is at most this long
_TITLE_MAX = 60
# how far back, and how long, a heading line stating the reporting period of an undated result may be
_HEADING_PERIOD_REACH = 4000
# a reporting period a heading may state: a year, half or quarter, fiscal or not
_REPORT_STRETCH = re.compile(r"(?:FY)?\d{4}(?:H[12]|Q[1-4])?")
# a title line's leading tag (【招股书要点】) before the firm it opens on
_TITLE_TAG = re.compile(r"^\s*[【\[][^】\]]{1,12}[】\]]")
# what follows a title's firm: a share-class mark (-W), or its legal-name tail ending in
# 有限公司, then a bracket (its code, its listing venue)
_TITLE_FIRM_TAIL = re.compile(r"(?:-(?:" + "|".join(map(re.escape, sorted(_name_shapes().get("share_class", ["W"]), key=len, reverse=True))) + r")\b)?"
                              r"(?:[\u4e00-\u9fff()（）]{0,16}?有限公司)?\s?[(（]")
# marks of a prose sentence: a header line holds none of them
_PROSE_MARKS = tuple("，,。；;")
# a punctuation mark ends the reach of a phrase
_PUNCT = set("，,。；;：:！？!?")
# a line opening a news-flash item: 【标题】, ■, or a time stamp (09:30)
# (a time stamp may carry its date: 2026-03-11 22:30, 03-11 22:30)
_STAMP = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \tT]+|\d{1,2}[-/]\d{1,2}[ \t]+)?\d{1,2}:\d{2}(?!\d)"
_ITEM = r"[ \t\u3000]*(?:" + kw.word_alternation("flash_item") + "|" + _STAMP + ")"
_ITEM_LINE = re.compile("^" + _ITEM, re.M)
# the same after a line break: a pattern opening with the break lets the search skip to line
# breaks in C, where ``^`` is tested at every character (an item never holds a line break)
_ITEM_AFTER_BREAK = re.compile(r"\n" + _ITEM)
_TIME_STAMP = re.compile(r"[ \t\u3000]*" + _STAMP)
# 14:48【寒武纪跌超3%】: an item's 【】 headline, after its time stamp if any, on the item's line
_ITEM_HEADLINE = re.compile(r"[ \t\u3000]*(?:" + _STAMP + r")?[ \t\u3000]*(【[^】\n]{1,60}】)")
# 24日发布 / 18日推出: the acts of news that date a launch (period_words ``day_act_after``)
_DAY_ACT_WORDS = tuple(period_words("day_act_after"))
# a numbered record's head line (1. 某项目, 2、某项目, (3) 某项目) and what ends the record: a
# blank line, the next numbered line, a heading in 【】
_RECORD_HEAD = re.compile(r"^[ \t\u3000]*(?:\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）])", re.M)
_RECORD_STOP = re.compile(r"\n[ \t\u3000]*(?:\n|\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）]|【)")
# a field line of a record: a short label, then a colon (中标金额：…, 服务期：…)
_FIELD_LINE = re.compile(r"[ \t\u3000]*[-·•]?[ \t\u3000]*[^\s：:，。；]{1,10}[：:]")
# a record's date field (公示日期：, 公告日期：): its day dates the record's figures
_RECORD_DATE_FIELD = re.compile(r"^[ \t\u3000]*[-·•]?[ \t\u3000]*(?:"
                                + "|".join(map(re.escape, sorted(period_words("record_date_field"), key=len, reverse=True)))
                                + r")[ \t\u3000]*[：:][ \t\u3000]*", re.M)
# where a name written after a board and a firm noun (科创板公司深瞳…) stops
_NAME_STOP = re.compile(r"[^\u4e00-\u9fff]")


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
# an opening bracket (the ones _in_brackets reads)
_OPEN_BRACKET = re.compile("[(（]")
# a memo's mark for a question not asked yet (its answer may be None)
_UNASKED = object()
_bisect_left = bisect.bisect_left
_bisect_right = bisect.bisect_right


def _with_fields(q, **changes):
    """A copy of the quantity ``q`` with ``changes``: ``dataclasses.replace`` without passing every
    field through the frozen ``__init__`` again (a table's cells each take their header's unit,
    and that rebuild cost more than the rest of the cell's unit rule). A class with a
    ``__post_init__`` goes through ``replace``, which runs it."""
    cls = type(q)
    if hasattr(cls, "__post_init__"):
        return dataclasses.replace(q, **changes)
    new = object.__new__(cls)
    new.__dict__.update(q.__dict__, **changes)
    return new


def _flash_items(text: str) -> list[int]:
    """Starts of the items of a news-flash digest (two item lines at least), else none."""
    starts = [0] if _ITEM_LINE.match(text) else []
    starts += [m.start() + 1 for m in _ITEM_AFTER_BREAK.finditer(text)]
    return starts if len(starts) >= 2 else []


#: An official document's number line and title lie within this many characters of its start.
_OFFICIAL_HEAD_CHARS = 600


def _official_title_spans(text: str, title: str, lead: int, first_end: int, at: int) -> list[tuple[int, int]]:
    """Where an official document's title stands when it is not one line of ``text`` (the
    parsing form): a plan title broken over two lines (``岳川省人民政府办公厅关于印发`` /
    ``《…行动计划（2026—2028年）》的通知``) found with its line break, and the block of lines
    after a first line that is only the document's number (``岳府办发〔2026〕7号``). No span for
    most documents: one substring test on the title, one match on the first line."""
    spans = []
    if at < 0 and len(title) >= 4 and _PLAN_TITLE.search(title) is not None:
        folded = for_parsing(title)
        m = re.compile(r"\s*".join(map(re.escape, folded))).search(text, 0, _OFFICIAL_HEAD_CHARS)
        if m is not None:
            spans.append(m.span())
    if first_end > lead and is_document_number(text[lead:first_end]):
        # the title block: the lines after the number, up to the next blank line
        start = len(text) - len(text[first_end:].lstrip())
        stop = text.find("\n\n", start, start + _OFFICIAL_HEAD_CHARS)
        spans.append((start, stop if stop >= 0 else min(len(text), start + _OFFICIAL_HEAD_CHARS)))
    return spans


# the members of a caption's scope: 收入、利润, inventory/under construction
_SCOPE_PARTS = re.compile(rf"{_LIST_JOINER.pattern}|/")
_LATIN_WORDS = re.compile(r"[A-Za-z]+")


def _scope_names_column(part: str, header: str) -> bool:
    """Whether the scope word ``part`` of a caption's unit names the column headed ``header``:
    written inside it (``收入`` in ``营业收入``), or in English its words in order, each as
    written or cut short in the header (``under construction`` heads ``Under constr.``,
    ``rent`` heads ``Asking rent``), in any case."""
    part = part.strip()
    if not part:
        return False
    if part in header:
        return True
    words = [w.lower() for w in _LATIN_WORDS.findall(part)]
    if not words or not part.isascii():
        return False
    heads = [w.lower() for w in _LATIN_WORDS.findall(header)]
    n = len(words)
    return any(all(words[j].startswith(heads[i + j]) and (len(heads[i + j]) >= 3 or heads[i + j] == words[j])
                   for j in range(n)) for i in range(len(heads) - n + 1))


@functools.lru_cache(maxsize=512)
def _scope_metric_words(part: str) -> tuple:
    """The metric words of a caption's scope word (``归母净利润``), read once per distinct word."""
    return tuple(kw.find_metric_keywords(part)) if part else ()


def _scope_names_row(part: str, row: str) -> bool:
    """Whether the scope word ``part`` of a caption's unit (``收入`` of ``收入、利润单位：百万元``,
    ``PE``, ``比率``) names the table row labelled ``row`` (``营业收入``, ``PE（倍）``, ``毛利率``)."""
    if not part:
        return False
    kind = _SCOPE_KINDS.get(part)
    if kind is not None:
        return (_RATE_ROW.search(row) is not None) == (kind == "ratio")
    at = row.lower().find(part.lower())
    if at < 0:
        return False
    end = at + len(part)
    if part.isascii() and (at > 0 and row[at - 1].isascii() and row[at - 1].isalpha()
                           or end < len(row) and row[end].isascii() and row[end].isalpha()):
        return False  # PE in PEG, EPS in EPS-based: a Latin word stands alone
    # 净利润率 under 利润单位：百万元: a rate of the amount is not in the amount's unit
    return _RATE_ROW.search(part) is not None or _RATE_ROW.search(row, end) is None


#: descriptors a listed firm's short form drops (传音 for 传音控股: ``name_shapes.csv`` ``short_form_suffix``)
_SHORT_FORM_SUFFIXES = short_form_suffixes()


def _listed_short_form(surface: str) -> str | None:
    """The lexicon's firm a shaped name is the short form of (``传音`` of ``传音控股``), else None:
    a listed firm written without its descriptor is still the firm, never a pinyin name."""
    return get_matcher().short_form(surface.strip(), _SHORT_FORM_SUFFIXES)


def _canonical_company(ticker: str) -> str | None:
    """The lexicon's company of a ticker (``9660.HK`` -> ``Horizon Robotics``), else None."""
    name = get_matcher().canonical(ticker)
    return name if name is not None and get_matcher().info(name)[0] == "company" else None


#: the most accelerator cards one server or cloud instance holds (8卡H100, 16卡节点): a count
#: of 卡 before a chip's name up to this is a configuration, a larger one a cluster's size
_CONFIG_MAX_CARDS = 16

#: what may stand between a rival's name and its share: 的, or two words of a group and 的 (Arm阵营的)
_RIVAL_GAP = re.compile(r"[\u4e00-\u9fff]{0,2}的")


def _metric_on_line(text: str, start: int, end: int) -> bool:
    """A metric keyword and a digit in ``text[start:end]`` (the rest of an English bullet's line)."""
    return any(c.isdigit() for c in text[start:end]) and bool(kw.find_metric_keywords(text[start:end]))


def _metric_after_head(text: str, start: int, end: int) -> bool:
    """A metric keyword in ``text[start:end]`` (the words right after a line head's colon)."""
    return bool(kw.find_metric_keywords(text[start:end]))


@dataclass
class _Ent:
    start: int
    end: int
    name: str
    type: str
    org: str | None = None
    #: found from its shape (no lexicon row): in a company note, a product of the company
    shaped: bool = False


def _one_quarter(value: str) -> bool:
    """Whether ``value`` is one quarter, calendar or fiscal (``2025Q3``, ``FY2026Q2``)."""
    return "/" not in value and _QUARTER.search(value) is not None


def _segment_orgs(entities) -> set[str]:
    """The firms the products among ``entities`` belong to (``Alibaba`` of 阿里云智能集团): a
    segment's results paragraph goes on about its firm's results (models are left out: a model's
    launch month is no period of its maker's figures)."""
    return {e.org for e in entities if e.type == "product" and e.org}


def _without_signed_prices(quantities: list) -> list:
    """A row's cells read as prices, less the negative ones beside a positive price of the row:
    ``H100 | 某云 | 2.95 | 3.10 | -4.8`` under a price unit whose change column the unit line
    scopes apart (月变动单位：%) holds a change, never a price of -4.8. A zero stays: a free tier
    (原价 12 | 现价 0) is a price."""
    if not any(q.kind == "price" and q.value > 0 for q in quantities):
        return quantities
    return [q for q in quantities if not (q.kind == "price" and q.value < 0)]


def _is_missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def _same_high(a, b) -> bool:
    """Two rows' value_high agree: both empty (None or NaN), or the same number."""
    a_none, b_none = _is_missing(a), _is_missing(b)
    return a_none and b_none or (not a_none and not b_none and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12))


def _bare_move(k, cls: str) -> bool:
    """True for a bare move word (涨, 涨幅): a return that names no amount it is the move of."""
    return k.metrics.get(cls) == "return" and not (k.metrics.get("money") or k.metrics.get("count"))


def _published_date(value) -> dt.date | None:
    """The date relative periods are resolved against: None when there is none or it lies
    outside the years a report can be dated in (:func:`aigc_analysis.extract.periods.anchor_date`)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, dt.datetime):
        return anchor_date(value.date())
    if isinstance(value, dt.date):
        return anchor_date(value)
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        return None
    return None if pd.isna(ts) else anchor_date(ts.date())


def _priced_per_volume(q, volume: str):
    """``q`` as a price per the token volume written ``volume`` (百万tokens, 1M tokens)."""
    return _with_fields(q, per=per_tokens(parse_token_volume(volume)), kind="price")


class _Index(SpanIndex):
    """Sorted hits with range queries by start offset (and :class:`SpanIndex`'s overlap and
    containment questions)."""

    __slots__ = ("items",)

    def __init__(self, items, key=None):
        key = _START if key is None else key
        self.items = list(items)
        self.starts = list(map(key, self.items))
        # hits come from scanners in text order: most lists need no sort, and one pass says so
        if not all(map(operator.le, self.starts, itertools.islice(self.starts, 1, None))):
            self.items.sort(key=key)  # stable, as sorted() was
            self.starts = list(map(key, self.items))
        self._ends_upto = running_max(map(_END, self.items))

    def within(self, start: int, end: int):
        # the hottest query of linking (tens of thousands per corpus): bisect bound once, no attribute chains
        starts = self.starts
        i = _bisect_left(starts, start)
        j = _bisect_left(starts, end, i)
        if i == j:
            return []
        if self._ends_upto[j - 1] <= end:
            return self.items[i:j]
        return [x for x in self.items[i:j] if x.end <= end]

    def before(self, pos: int, lo: int):
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_right(self.starts, pos)
        return [x for x in self.items[i:j] if x.end <= pos]


class _SpanSet:
    """Boilerplate spans merged and sorted: is ``[start, end)`` inside one? in O(log n)."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for s, e in sorted((int(a), int(b)) for a, b, *_ in spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and end <= self.ends[i]

    def touches(self, start: int, end: int) -> bool:
        """Whether a span starts before ``end`` and ends at or after ``start``: only then can it
        cover anything inside ``[start, end)``."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] >= start


def _last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of ``pattern`` in ``text[start:end]``, else None."""
    m = None
    for m in pattern.finditer(text, start, end):
        pass
    return m


def _part_share(k) -> str | None:
    """The share a part's keyword names before 占: its own ratio metric, or the share of a
    measure (money); None for anything else."""
    ratio = k.metrics.get("ratio", "")
    if ratio and not ratio.endswith(("_growth", "_change")):
        return ratio
    return f"{k.metrics['money']}_share" if k.metrics.get("money") else None


def _last_day(value: str) -> str | None:
    """The last day of the month, quarter, half or year ``value`` (``2026-09``, ``2026Q1``,
    ``2025``) as an ISO date; None for any other period."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})|Q([1-4])|H([12]))?", value)
    if m is None:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else 3 * int(m.group(3)) if m.group(3) else \
        6 * int(m.group(4)) if m.group(4) else 12
    return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()


#: the words a value cell's change opens with (``45.89亿元，同比+30.04%``, facts_words ``cell_change_word``)
_CELL_CHANGE_WORDS = tuple(sorted(kw.word_group("cell_change_word"), key=len, reverse=True))
_CELL_ITEM_CUT = re.compile(r"[，,；;]\s*")


@functools.lru_cache(maxsize=2048)
def _value_and_change_cell(cell: str) -> bool:
    """``45.89亿元，同比+30.04%``: a table cell holding a value, then after a comma its change
    (a change word and a value). Each part is read as a value under the row's metric (the growth
    part as its growth), unlike a number inside a text cell (``100种语言互译``)."""
    items = [i for i in _CELL_ITEM_CUT.split(cell.strip()) if i]
    if len(items) < 2 or not is_value_cell(items[0]):
        return False
    for item in items[1:]:
        word = next((w for w in _CELL_CHANGE_WORDS if item.startswith(w)), None)
        if word is None or not is_value_cell(item[len(word):].strip()):
            return False
    return True



def _boundary_needs_met(rule, q, sentence: Sentence) -> bool:
    """Whether a number meets a ``theme_boundaries.csv`` rule's ``needs``: ``prose`` fires outside
    tables only (项目名称 | 中标单位 | 中标金额: a tender table's projects, not a firm's sales),
    ``multiple``/``ratio``/``money`` only on a number of that unit (相当于收入约18倍: a multiple of
    revenue is a P/S ratio; a growth of 18% is no ratio of it)."""
    if rule.needs == "prose" and sentence.is_row:
        return False
    return not (rule.needs in _BOUNDARY_UNITS and q.unit not in _BOUNDARY_UNITS[rule.needs])

class _DocExtractor:
    """Extraction state of one document (pure: reads only the document mapping)."""

    #: starts of the bare year-like cells read as values (``_with_year_like_cells``)
    year_like_cells: frozenset | set = frozenset()

    def __init__(self, doc: Mapping):
        self.doc = doc
        self.text = doc["text"]
        # the loader may hand over the parsing text it already made (same length as text)
        self.ptext = doc.get("text_parsing") or for_parsing(doc.get("text_simplified") or self.text)
        self.published = _published_date(doc.get("published"))
        # a digest dated to the day dates its market moves; one dated to a month does not
        precision = doc.get("published_precision")
        self._digest_day = self.published if self.published is not None and (
            _is_missing(precision) or precision == "day") else None
        self.skip = _SpanSet(doc.get("boilerplate") or [])
        # text from PDFs breaks lines mid-sentence: rejoin them (same length, offsets hold)
        # a table written with single full-width blanks between its cells is laid out as tabs
        # a table drawn with box-drawing or full-width bars, or a CSV block, is laid out as tabs
        layout = tab_csv_rows(tab_bar_rows(self.text))
        layout = tab_fullwidth_rows(layout)
        # so is a table written with pipes between its cells but none at the line's ends
        layout = tab_bare_pipe_rows(layout)
        if layout is not self.text:
            self.ptext = _tabs_of(self.ptext, layout)
        self.ptext = rejoin_wrapped_lines(self.ptext, layout, doc.get("boilerplate") or [])
        # a table a PDF flattened to single blanks is parsed cell by cell (same length)
        self.ptext = tab_flattened_rows(self.ptext)
        self.sentences = [s for s in split_sentences(self.ptext, layout) if not self.skip.covers(s.start, s.end)]
        self._sentence_starts = [s.start for s in self.sentences]
        self._sensitivity_grids: dict[int, list[Sentence]] = {}  # caption start -> its grid's body rows
        self._capacity_unit: tuple[int | None, str | None] = (None, None)  # see _per_capacity_capex
        self.item_starts = _flash_items(self.ptext)
        # a note with 【】 sections is no digest: items with time stamps, or a header saying 快讯
        stamped = any(_TIME_STAMP.match(self.ptext, i) for i in self.item_starts)
        if not (stamped or any(w in self.ptext[:_WRAP_HEAD] for w in kw.word_group("digest_word"))):
            self._digest_day = None
        if self._digest_day is not None and self._morning_digest:
            self._digest_day = previous_trading_day(self._digest_day)  # 早晨快讯: yesterday's session
        quantities = join_wrapped_ranges(find_quantities(self.ptext), self.ptext, self.text)
        quantities = join_wrapped_units(quantities, self.ptext, self.text)  # 4,800亿美⏎元
        quantities = _without_footnote_marks(quantities, self.ptext)
        if "按" in self.ptext:  # cheap pre-check: every conversion basis follows 按
            quantities = _without_conversion_basis(quantities, self.ptext)
        quantities = _without_english_years(quantities, self.ptext)
        quantities = _without_non_facts(quantities, self.ptext)
        if "\u3000" in self.text:
            quantities = self._with_fullwidth_cells(quantities)
        quantities = self._with_year_like_cells(quantities)
        if any(w in self.ptext for w in _FLAT_CELLS):  # most documents hold no 持平
            quantities = self._with_flat_cells(quantities)
        name_hits = get_matcher().find(self.ptext)
        self.twd_scope = self._taiwan_scope(quantities, name_hits)
        self.hkd_scope = self._hong_kong_scope(quantities)
        # with no NT-dollar or HK-dollar scope (Simplified documents) every amount keeps its currency
        self.quantities = _Index([self._taiwan_yuan(q) for q in quantities]
                                 if self.twd_scope or self.hkd_scope else quantities)
        ents = [
            _Ent(m.start, m.end, m.entity, m.type, getattr(m, "org", None))
            for m in name_hits
        ]
        # a known name followed by words that make it more specific names the specific thing
        for e in ents:
            if e.type in ("model", "product", "company"):
                end = self._before_break(e.end, extend_known(self.ptext, e.start, e.end))
                if end > e.end:
                    end = self._before_cell_edge(e.end, end)
                if end > e.end:
                    e.org = e.org or (e.name if e.type == "company" else None)
                    # MiniMax-M2.5: a company's name with a version is a model; OpenAI API a product
                    versioned = any(c.isdigit() for c in self.ptext[e.end:end])
                    # 混元-T2: a Chinese alias made more specific keeps the English name (Hunyuan-T2)
                    surface = self.text[e.start:end] if _ASCII_NAME.fullmatch(self.text, e.start, e.end) \
                        else e.name + self.text[e.end:end]
                    if _HAN.match(self.ptext, e.end - 1) and self.ptext[e.end:e.end + 1].isdigit():
                        # 小米17 Pro Max: a Chinese brand's device line, its number glued on, is a
                        # product, in English with a blank after the brand (Xiaomi 17 Pro Max)
                        surface = f"{e.name} {self.text[e.end:end]}"
                        versioned = False
                    e.end, e.name, e.type = end, surface, \
                        "model" if e.type != "company" or versioned else "product"
        ents = self._names_across_wraps(ents)
        # 澜思科技: a known alias (思科) strictly inside a longer shaped firm name is that firm's
        inside = known_inside_names(self.ptext, [(e.start, e.end) for e in ents])
        if inside:
            ents = [e for e in ents if (e.start, e.end) not in inside]
        # 仅供澜舟证券机构客户参考: the publishing broker's own name, wherever the document writes
        # it, is never a subject, though a lexicon alias (澜舟, a firm) spells its first words
        masked = self._publisher_spans()
        if masked:
            ents = [e for e in ents if not any(a <= e.start and e.end <= b for a, b in masked)]
        # 钱江路1366号华润大厦A座: a firm's name on a building (``name_shapes.csv`` ``building_word``)
        # is part of an address, no mention of the firm
        if _BUILDING_WORDS:
            ents = [e for e in ents if not self.ptext.startswith(_BUILDING_WORDS, e.end)]
        # 万得AI应用指数, 上证科创板芯片指数: a publisher or board alias inside a composed index name
        # is a word of that name; the index is found below from its words
        inside = known_inside_indices(self.ptext, [(e.start, e.end, e.type) for e in ents])
        if inside:
            ents = [e for e in ents if (e.start, e.end) not in inside]
        # 星海智能（XHAI.US / 9999.HK）: a ticker in the code bracket after a name is no name
        coded = code_brackets_after_names(self.ptext)
        if coded:
            ents = [e for e in ents if not any(a <= e.start and e.end <= b for a, b in coded)]
        # names no lexicon row holds yet (new models and companies), from their shape
        for n in find_unknown_names(self.ptext, [(e.start, e.end) for e in ents]):
            end = self._before_break(n.start, n.end)
            listed = coded_firm(self.ptext, n.end, _canonical_company) if n.type == "company" and end == n.end \
                and self.ptext.startswith(("（", "("), n.end) else None
            if listed is not None:
                # 征程智驾（09660）: a short name no alias holds, its code the lexicon's firm
                ents.append(_Ent(n.start, n.end, listed, "company"))
            elif end == n.end:
                ents.append(_Ent(n.start, n.end, n.name, n.type, shaped=True))
            elif end - n.start >= 2:  # Zeta-9⏎Ultra产能: a wrapped line's break ends the name before it
                ents.append(_Ent(n.start, end, self.text[n.start:end], n.type, shaped=True))
        # 申万通信指数累计上涨62.4%，电子上涨41.7%: industries listed bare after a family's sector
        # index are that family's indices (a family-less 通信指数 there too), not the opener carried on
        for a, b, name in family_list_items(self.ptext, [(e.start, e.end, e.type) for e in ents]):
            ents = [e for e in ents if (e.start, e.end) != (a, b)]
            ents.append(_Ent(a, b, name, "index"))
        if masked:  # 【澜舟海外科技】: a shaped name in a broker's own tag is the broker's desk too
            ents = [e for e in ents if not any(a <= e.start and e.end <= b for a, b in masked)]
        # · 云起智行：Robotaxi车队约450辆: a bullet headed by a name no lexicon row holds is about
        # that firm (never the previous bullet's); a head naming a metric or a concept is no firm
        for a, b in bullet_heads(self.ptext, [(e.start, e.end) for e in ents],
                                 [(e.start, e.end) for e in ents if e.type == "company"]):
            head = self.ptext[a:b]
            if not kw.find_metric_keywords(head) and not kw.find_concepts(head):
                ents.append(_Ent(a, b, self.text[a:b], "company", shaped=True))
        # **星衡智能（Xinghe Chat）**：完成融资…: a bold head names its item's firm; the product or
        # gloss in its bracket is no subject; an unknown Latin head (**Orbital Compute Labs**：) is a firm
        bold_brackets = []
        if "**" in self.ptext:
            for a, b, c, d in bold_heads(self.ptext):
                if c >= 0:
                    bold_brackets.append((c, d))  # its names are dropped once glosses are read
                if any(e.start < b and a < e.end for e in ents):
                    continue  # a known name heads it
                head = self.ptext[a:b]
                if not kw.find_metric_keywords(head) and not kw.find_concepts(head):
                    ents.append(_Ent(a, b, self.text[a:b], "company", shaped=True))
        # 晨光电力：前三季度营收88.2亿元: a line headed by a name no lexicon row holds, a metric
        # right after its colon, reports that firm's figures
        if "：" in self.ptext or ":" in self.ptext:
            for a, b in line_heads(self.ptext, [(e.start, e.end) for e in ents], _metric_after_head):
                head = self.ptext[a:b]
                if not kw.find_metric_keywords(head) and not kw.find_concepts(head):
                    ents.append(_Ent(a, b, self.text[a:b], "company", shaped=True))
            # - Orvex: a US$1.2bn, 8-year deal…: an English bullet headed by a Latin name no lexicon
            # row holds, a metric word and a number on its line, reports that firm's figures
            for a, b in english_line_heads(self.ptext, [(e.start, e.end) for e in ents], _metric_on_line):
                head = self.ptext[a:b]
                if not kw.find_metric_keywords(head) and not kw.find_concepts(head):
                    ents.append(_Ent(a, b, self.text[a:b], "company", shaped=True))
        # 子公司恒岳存储前三季度实现收入…, 同业中，华南电子营收…: a subsidiary or a peer named after its
        # opener is a firm of its own, not the document's subject
        for a, b in opened_firms(self.ptext, [(e.start, e.end) for e in ents]):
            ents.append(_Ent(a, b, self.text[a:b], "company", shaped=True))
        # A股AI相关公司定增募资合计约826亿元: a listing market before a kind of firm and a firm noun
        # is the group of its listed firms of that kind, not the market
        if any(w in self.ptext for w in _MARKET_FIRMS_LISTING):  # most documents name no listing market
            firms = [_Ent(a, b, name, "group") for a, b, name in market_firms(self.ptext)]
            if firms:
                ents = [e for e in ents if not any(g.start < e.end and e.start < g.end for g in firms)] + firms
        # 样本中7家光模块厂商…合计增长82%: a counted group of one kind of firm, summed, is that group
        if "家" in self.ptext and "合计" in self.ptext:  # most documents sum no counted group
            groups = self._counted_groups()
            if groups:
                ents = [e for e in ents if not any(g.start < e.end and e.start < g.end for g in groups)] + groups
        # 明川软件（Mingchuan Software）: a Chinese firm name no shape rule finds, glossed in English
        glossed = [n for n in glossed_firms(self.ptext) if not any(e.start < n.end and n.start < e.end for e in ents)]
        ents += [_Ent(n.start, n.end, self.text[n.start:n.end], n.type, shaped=True) for n in glossed]
        # 个股沽空比率：云启智算 29.4%: an unknown item name of a stock list is a firm's short name
        if any(w in self.ptext for w in _STOCK_LIST_HEADS):  # most documents have no stock list
            ents += self._stock_list_firms(ents)
        # Alpha Fund (阿尔法基金): an English firm name glossed by its Chinese name, in an English note
        # (the name and its bracket are parted by a blank: a text with no " (" is not scanned)
        if " (" in self.ptext:
            ents += [_Ent(m.start("name"), m.end("name"), m.group("name"), "company")
                     for m in _EN_GLOSSED_FIRM.finditer(self.ptext)
                     if not any(e.start < m.end("name") and m.start("name") < e.end for e in ents)]
        # Llama 4 Scout … Scout: a model's distinctive last word names it again later
        ents += [_Ent(n.start, n.end, n.name, n.type, next((e.org for e in ents if e.name == n.name), None))
                 for n in short_forms(self.ptext, [(e.start, e.end, e.name) for e in ents if e.type == "model"],
                                      [(e.start, e.end) for e in ents])]
        # 杭州岳芯半导体股份有限公司（以下简称“岳芯”或“公司”）: the short names of a defined firm
        self._defined_issuer: _Ent | None = None
        self._peer_rows: set[int] = set()  # starts of the comparables' average rows (_market_peer_row)
        if any(w in self.ptext for w in _SHORT_NAME_WORDS + _QUOTED_ISSUER_ALIASES):  # most documents define no short name
            ents = self._defined_short_names(ents)
        self._masthead_issuer: _Ent | None = None
        # 证券简称：润泽科技: only an issuer's own announcement has the masthead
        if any(w in self.ptext[:_HEADER_ZONE] for w in _MASTHEAD_WORDS):
            self._masthead_legal_names(ents)
            ents = self._masthead_issuer_mentions(ents)
        ents.sort(key=lambda e: e.start)
        ents = _glued_models(self.ptext, ents)
        ents = self._glued_label_models(ents)
        ents = _resolve_sector_refs(ents)
        self._glosses = self._glossed_names(ents)
        romanised: dict[str, str] = {}  # a shaped name recurs through its document: romanised once
        for e in ents:
            known = _listed_short_form(self.ptext[e.start:e.end]) if e.shaped and e.type == "company" else None
            if known is not None:
                # 传音 | 2860, 雙鴻10月營收: the stem of one firm's alias (传音控股) is that firm
                e.name, e.shaped = known, False
            elif e.shaped and e.name in self._glosses:
                e.name = self._glosses[e.name]
            elif e.shaped and e.type in _ENGLISH_NAMED_TYPES:
                # the gold names an entity in English: a shaped Chinese name is written in pinyin
                # a company by its trade name alone (蓝湾光电 and 蓝湾 are one firm), a model or
                # product with its descriptors (青禾AI助手)
                english = romanised.get((e.name, e.type))
                if english is None:
                    english = romanised[e.name, e.type] = _shaped_english(e.name, e.type)
                e.name = english
        # 岚峰智能（北京）股份有限公司: the shape after a bracketed place is only descriptors
        # (股份有限公司), which romanise to nothing; such a shape names nothing
        ents = [e for e in ents if e.name]
        concepts = []
        for h in self._concepts_across_wraps(kw.find_concepts(self.ptext)):
            start, name = with_place(self.ptext, h.start, h.word)  # 全球服务器市场: the place is part of it
            grade = _SPEED_GRADE.search(self.ptext, max(0, start - 8), start) if start == h.start else None
            if grade is not None:
                # 800G光模块: the category at one speed grade, the table row ``800G`` of it
                graded = _GRADED_NAMES.get(name) or f"{name[:1].lower()}{name[1:]}"
                start, name = grade.start(), f"{grade.group(1)} {graded}"
            concepts.append(_Ent(start, h.end, name, "concept"))
        self._optical = any(w in self.ptext for w in _OPTICAL_DOCUMENT)
        self._rise_multiples: dict[int, Span] = {}  # the multiples of a rise: their rise's clause
        if self._optical:
            concepts += self._graded_products(concepts)
        # 全球AI客服市场: a market no concept row holds, translated word by word
        held = SpanIndex(concepts)
        markets = [n for n in market_phrases(self.ptext) if not held.covers(n.start, n.end)]
        # 全球企业级智能体市场: the market holds the concept (智能体) it is named after
        holders = SpanIndex(markets)
        concepts = [c for c in concepts if not holders.covers(c.start, c.end)]
        held = SpanIndex(concepts)
        concepts += [_Ent(n.start, n.end, n.name, "concept") for n in markets if not held.overlaps(n.start, n.end)]
        # We size China's MaaS market at ...: an English subject named by a place and a noun phrase
        held = SpanIndex(concepts)
        concepts += [_Ent(n.start, n.end, n.name, "concept") for n in english_subjects(self.ptext)
                     if not held.overlaps(n.start, n.end)]
        # 其中语音类是最大的细分赛道: a segment of the market before it
        concepts += [_Ent(n.start, n.end, n.name, "concept") for n in segment_subjects(self.ptext, markets)
                     if not any(c.start < n.end and n.start < c.end for c in concepts)]
        # 集成电路进口…；出口金额…: the same good's trade the other way
        concepts += [_Ent(n.start, n.end, n.name, "concept") for n in trade_counterparts(self.ptext, markets)
                     if not any(c.start < n.end and n.start < c.end for c in concepts)]
        # …中国AI客服市场排名第三；该市场规模…: the market pointed back at
        concepts += [_Ent(n.start, n.end, n.name, "concept") for n in market_pointers(self.ptext, markets)
                     if not any(c.start < n.end and n.start < c.end for c in concepts)]
        # 问（某外资机构）：… a questioner's affiliation in a transcript's speaker tag asks; the
        # answers are about the company holding the call, so nothing in the tag is a subject
        tags = [m.span() for m in _QA_SPEAKER_TAG.finditer(self.ptext)]
        if tags:
            ents = [e for e in ents if not any(a <= e.start and e.end <= b for a, b in tags)]
            concepts = [c for c in concepts if not any(a <= c.start and c.end <= b for a, b in tags)]
        # Cursor（母公司Anysphere）, Windsurf（原Codeium）: a bracket right after a name naming its
        # parent or former name holds no subject; the name before it is what its clause is about
        if "（" in self.ptext or "(" in self.ptext:
            bold_brackets += self._relation_brackets(ents)
        if bold_brackets:  # the product or gloss in a bold head's bracket is no subject (found late too)
            ents = [e for e in ents if not any(a <= e.start and e.end <= b for a, b in bold_brackets)]
            concepts = [c for c in concepts if not any(a <= c.start and c.end <= b for a, b in bold_brackets)]
        fields = self._category_fields()
        if fields:
            ents = [e for e in ents if e.type not in _CATEGORY_TYPES or not any(a <= e.start and e.end <= b for a, b in fields)]
            concepts = [c for c in concepts if not any(a <= c.start and c.end <= b for a, b in fields)]
        # GenAI手机: a name found only from its shape (a capitalised word before Chinese) that lies
        # inside a longer concept is a word of that concept (GenAI smartphones), no firm
        if concepts and any(e.shaped for e in ents):
            spans = _Index(concepts)
            ents = [e for e in ents if not (e.shaped and any(
                c.start <= e.start and e.end <= c.end and c.end - c.start > e.end - e.start
                for c in spans.within(e.start - 40, e.end + 40)))]
        # a concept inside a named entity's span is part of that name
        named = _Index(ents)
        concepts = [c for c in concepts if not any(e.start <= c.start and c.end <= e.end for e in named.within(c.start - 40, c.end))]
        # 恒指…当日大市成交: the whole market of the index's place
        broad = _broad_markets(self.ptext, ents)
        if broad:
            ents = sorted(ents + [b for b in broad if not named.overlaps(b.start, b.end)], key=lambda e: e.start)
        self.entities = _Index(ents + concepts)
        # 岳川-3, 岳川3.5: the version of a Chinese model name is part of the name, not a number
        named_versions = [(e.start, e.end) for e in ents if e.shaped and e.type == "model"
                          and _HAN.search(self.ptext, e.start, e.end) and _STEM_VERSION.search(self.ptext, e.start, e.end)]
        if named_versions:
            self.quantities = _Index([q for q in self.quantities.items
                                      if not any(a <= q.start and q.end <= b for a, b in named_versions)])
        # 昇腾910B, 征程6P: the digits of a chip's name in the lexicon (Chinese stem, then a number)
        # are part of the name, not a count (910 billion) or a capacity (6 PFLOPS)
        chip_names = [(e.start, e.end) for e in ents if e.type == "product" and not e.shaped
                      and _STEM_VERSION.search(self.ptext, e.start, e.end)]
        if chip_names:
            self.quantities = _Index([q for q in self.quantities.items
                                      if not any(a <= q.start and q.end <= b for a, b in chip_names)])
        # 北证50, 中证2000: the constituent count of an index's name is no value, whether the name
        # was shaped (国证2000) or the lexicon knows it (北证50, 中证500)
        index_names = [(e.start, e.end) for e in ents if e.type == "index"
                       and _FIRST_DIGIT.search(self.ptext, e.start, e.end)]
        if index_names:
            self.quantities = _Index([q for q in self.quantities.items
                                      if not any(a <= q.start and q.end <= b for a, b in index_names)])
        # the document's main subject: its most mentioned named entity, the last resort of linking
        counts: dict[str, int] = {}
        # a chip written as a spec (搭载H20的服务器) or inside a background clause (在H20等产品供应
        #收紧的背景下) is context: however it recurs so, the document is not about it
        context = self._context_mentions(ents)
        # a data source named as such (据X统计, X数据显示) is never it, however often it is cited
        sourced = {e.name for e in ents if self._named_source(e)}
        for e in ents:
            # 相对沪深300指数涨幅超过15%: a name in boilerplate (a rating scale, a disclaimer, a
            # contact block) is never what the document is about, however often it recurs there
            if e.type not in _SOURCE_TYPES and e.name not in sourced and not self.skip.covers(e.start, e.end) \
                    and (e.start, e.end) not in context:
                counts[e.name] = counts.get(e.name, 0) + 1
        top = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))[0]
        #: several names tie as the most mentioned: none is the subject (a title's concept may be)
        self._subject_tied = top is not None and list(counts.values()).count(counts[top]) > 1
        if self._subject_tied:
            # 北美四大云厂商…, 中证算力指数…, 光模块龙头… each named once: no name leads the
            # document, and the first of a tie is no main subject of figures naming no one
            top = None
        self.subject = next((e for e in ents if e.name == top), None)
        self._named_firms = len({e.name for e in ents if e.type not in _SOURCE_TYPES and e.type != "concept"})
        # a company note names its company in the headline: that is whom 公司 means
        self.headline_company = None
        title = str(doc.get("title") or "") if not _is_missing(doc.get("title")) else ""
        at = self.text.find(title) if len(title) >= 4 else -1
        #: where the title stands in the text ((0, 0) when it is not found): its concept is the
        #: document's subject for figures before any name (``_later_subject``)
        self.title_span = (at, at + len(title)) if at >= 0 else (0, 0)
        if at >= 0:
            in_title = [e for e in ents if at <= e.start and e.end <= at + len(title) and e.type == "company"]
            if in_title:
                self.headline_company = in_title[0]
        #: 岚湾人工智能主题混合型证券投资基金 2025年第3季度报告: the fund a fund report's title names,
        #: whose figures (turnover, holdings weights, returns) a sentence naming no one is about;
        #: never a group carried from an earlier sentence (北美四大云厂商…资本开支。本报告期换手率…)
        self.title_fund = None
        if at >= 0:
            spans = {(at + n.start, at + n.end) for n in fund_names(title)}
            self.title_fund = next((e for e in ents if (e.start, e.end) in spans), None)
        #: 小米17 Pro Max BOM拆解: the one device a teardown note's title names, the subject of
        #: figures that name only its parts (``_teardown_subject``); None in any other document
        self.teardown_device = None
        if at >= 0 and any(w in title for w in _TEARDOWN_TITLE_WORDS):
            devices = {e.name: e for e in ents if at <= e.start and e.end <= at + len(title)
                       and e.type in ("product", "model")}
            if len(devices) == 1:
                self.teardown_device = next(iter(devices.values()))
        # a company note (公司点评, 季报点评) names its one listed company with its stock code in
        # the header: the document's subject, whom 公司 and sentences naming no one are about
        self.report_company = self._report_company(ents)
        if self.report_company is None:
            # Lumen Chips (流明芯片, 6099.HK) - IPO: an English note's headline firm
            self.report_company = self._english_headline_firm()
        if self.report_company is None:
            # Zentrix Corp. (ZNTX) | Rating: Buy | PT: US$410: a broker note's rating line
            self.report_company = self._rating_line_company(ents)
        if self.report_company is None and self._masthead_issuer is not None:
            # 证券简称：恒科股份 … 上市公司拟以18.60元/股发行股份: the announcing issuer, over the
            # target a purchase defines as 标的公司
            self.report_company = self._masthead_issuer
        if self.report_company is None and self._defined_issuer is not None:
            # a prospectus digest defines its issuer as “公司”: whom 公司 and metric rows are about
            self.report_company = self._defined_issuer
        if self.report_company is None:
            # 广达（2382 TT）法说会重点：…, 地平线机器人-W（9660.HK）招股书摘要：…, 【招股书要点】X智能科技
            # （北京）股份有限公司（科创板IPO）: a title line opening on one firm and its bracket
            self.report_company = self._title_line_company(ents)
        if self.report_company is not None:
            self.headline_company = self.headline_company or self.report_company
            self.subject = self.report_company
        periods = find_periods(self.ptext, self.published)
        if index_names:  # 中证2000: no year 2000 either
            periods = [p for p in periods if not any(a <= p.start and p.end <= b for a, b in index_names)]
        if self.year_like_cells:  # 2000 under 交付目标（台）: a value cell, no year
            periods = [p for p in periods if p.start not in self.year_like_cells]
        # a place's policy plan (贵州省…行动计划（2026-2028年）): its issuer is whom the figures that
        # name no one are about, over the years of its title
        self.plan_place, self.plan_period = self._plan_issuer(title, periods)
        # 《2025中国企业AI智能体应用调查报告》: the population the whole report asked
        self.survey_name = self._survey_title_population()
        if self.plan_place is not None:
            self.subject = self.plan_place
        # 青澄市人工智能产业…行动方案: the place's name without its kind and the industry its title
        # names, for the plan's firm counts and support programmes (Qingcheng AI firms)
        self.plan_stem, self.plan_industry = self._plan_naming()
        # a plan's support figures (按合同金额的25%给予补贴) by their start -> the programme paid for
        self._plan_support_of: dict[int, str] = {}
        self._price_subsidy_at: set[int] = set()  # subsidies on a buyer's price (_price_subsidy): facts
        # 云衡数据科技股份有限公司 2025年半年度报告: the issuer's own periodic report; a figure nothing
        # else dates (报告期内, a table's unlabelled current column) is of the stretch it covers
        # 本报告期自2025年7月1日起至9月30日止 (a fund's quarterly report): the stretch it states
        self.filing_period = stated_report_period(self.ptext) or filing_stretch(self.ptext)
        # …股份有限公司 2025年半年度报告 / 关于对…有限公司…问询函的回复: the firm filing it, whose
        # tables' rows are its segments and metrics
        self.filing_issuer = self._filing_issuer(ents)
        # 2024年中报：上半年…: stretch words dated by the results report named before them
        periods = anchor_stretches(self.ptext, periods, [(at, at + len(title))] if at >= 0 else (), self.published,
                                   own_report=self.filing_period is not None, header_stretch=self._report_half)
        self.periods = _Index(periods)
        # a weekly report's 本周 (and its 周涨/周成交额) is the week it covers, not its publication day
        self._weekly_report = self._week_before_publication = False
        self.report_week = self._report_week()
        if self.report_week is not None:
            self.periods = _Index([self._as_report_week(p) for p in self.periods.items])
        elif self.published is not None:
            # any other document's 本周/上周 is still a calendar week, not a single day
            self.periods = _Index([self._as_calendar_week(p) for p in self.periods.items])
        # 2023年年报点评 … 近三年: the years up to the year whose results the note is on
        results_year = self._annual_results_year()
        if results_year is not None:
            self.periods = _Index([self._back_to_year(p, results_year) for p in self.periods.items])
        # 数据截至：3月7日收盘 / 本周（3/3至3/7）: the day a year-to-date move is as of
        self.cutoff_day = self._cutoff_day()
        if self.cutoff_day is not None:
            self.periods = _Index([self._as_cutoff_day(p) for p in self.periods.items])
        # a monthly recap's 本月 is the month it covers, not its publication month
        self.recap_month = self._recap_month()
        if self.recap_month is not None and self.recap_month != self._publication_month:
            self.periods = _Index([self._as_recap_month(p) for p in self.periods.items])
        # 11月外銷訂單與出口：… (a title naming one month already over), FY26Q2业绩电话会纪要 (a
        # quarter's results): the period its figures report
        self.title_period = self._title_period() if self.recap_month is None else None
        # 【市场概览】（数据日期：2025-02-19）: the period the figures after the label are of
        self.data_period = self._data_period()
        # 2025中国银行业大模型应用调研报告, 2025年第三季度中国云市场追踪: the period a survey or a
        # tracker reports on dates its 本年/上年/年内 and what it states with no time of its own
        self.reference_period = self._reference_period() if self.filing_period is None else None
        if self.reference_period is not None and self.published is not None \
                and int(self.reference_period[:4]) != self.published.year:
            self.periods = _Index([self._as_reference_year(p) for p in self.periods.items])
        self.keywords = _Index(self._in_context(kw.find_metric_keywords(self.ptext)))
        # 每10股派发现金红利, 每10股转增: the digits inside a metric keyword are part of the word
        worded = [(h.start, h.end) for h in self.keywords.items if h.word[:1] == "每" and _FIRST_DIGIT.search(h.word)]
        if worded:
            self.quantities = _Index([q for q in self.quantities.items
                                      if not any(a <= q.start and q.end <= b for a, b in worded)])
        grammar = kw.find_grammar(self.ptext)
        self.grammar = _Index([h for h, _ in grammar])
        self.roles = {h[:2]: r for h, r in grammar}  # (start, end): a Hit is a tuple
        # 1.6万块H100: a named thing right after a count is what is counted, never the subject
        count_ends = {q.end for q in self.quantities.items if q.kind == "number"}
        self.objects = {(e.start, e.end) for e in ents
                        if not count_ends.isdisjoint(range(e.start - 3, e.start + 1)) and any(e.start - gap in count_ends and set(self.ptext[e.start - gap:e.start]) <= _CLASSIFIERS
                               for gap in range(0, 4))}
        self.rows: list[dict] = []
        self.last_entity: _Ent | None = None
        self._previous_subject: _Ent | None = None
        self.carried_period: dict[int, object] = {}
        self.session_day: dict[int, object] = {}
        self._wrap_session = None  # the session a market wrap's lead states (see _sentence_facts)
        self.session_paragraphs: set[int] = set()
        self.lead_period: dict[int, object] = {}
        self.frame_period: dict[int, object] = {}  # see _paragraph_frame
        self._framed: set[int] = set()  # paragraphs whose first sentence with numbers was read
        self._prev_prose: Sentence | None = None
        self._run_on = None
        self._heading_period = None
        self._item_asof = None  # see _item_asof_leads
        # percents of index move items (- 申万通信：+4.8%（年初至今+18.6%）): True for the
        # year-to-date move in the bracket, False for the move over the heading's period
        self._index_items: dict[int, bool] = {}
        self._quoted_moves: set[int] = set()  # starts of the moves _quoted_move read (TSM ADR +1.5%)
        self._future_clause = self._weak_period = False
        self.paragraph_metric: dict[tuple[int, str], tuple] = {}
        # the theme of the last prose row of each paragraph: the topic a share no keyword names
        # is taken within (see _share_in_paragraph_topic)
        self._paragraph_theme: dict[int, str] = {}
        # the last count a keyword measured, by the counter written after it (部, 起): its
        # paragraph and finding (see _carried_counter)
        self.counter_metric: dict[str, tuple[int, tuple]] = {}
        self.paragraph_subject: dict[tuple[int, str], _Ent] = {}
        # 31%的A股上市公司已部署AI: the population an adoption share is of, by the share's start
        self.population: dict[int, _Ent] = {}
        # the population a survey share of a sentence named (受访者), by the sentence's start
        self.respondents_of_sentence: dict[int, _Ent] = {}
        # 城商行45%…已投产，整体比例62%: a sentence's listed survey shares, by its start: their
        # metric, and the whole's start and population once the whole is read
        self.respondent_metric: dict[int, str] = {}
        self.respondent_whole: dict[int, tuple[int, _Ent]] = {}
        # 受访企业占31.4%…提高18.7个百分点: the metric of a sentence's respondent share, by its start
        self.respondent_share_metric: dict[int, str] = {}
        # 英伟达占先进封装总需求约55%: the holder of a share of a pool, by the share's start
        self.share_holder: dict[int, _Ent] = {}
        self._row_cache: dict[tuple[int, str], list] = {}
        self._token_rate_list: list[tuple[int, str]] | None = None  # _token_rates, read on first need
        # the amount row read last (its table, keyword and metric, entity): a 同比 row's base
        self._row_base = None
        self._effective: dict[str, tuple[str, set]] | None = None
        self._base_memo: dict[tuple[int, int], bool] = {}
        self._baseline_memo: dict[tuple[int, int], object] = {}
        self._cell_of: dict[tuple[int, int], int | None] = {}

    def _category_fields(self) -> list[tuple[int, int]]:
        """Spans of the header's category lines (``行业：港股互联网``, ``澄岳证券研究所 | 港股科技 |
        电话会议纪要``): a market, board or sector written there files the report, it is no
        subject of the numbers below (a company named there still is)."""
        head = header_end(self.ptext)
        first_line = self.ptext.find("\n", len(self.ptext) - len(self.ptext.lstrip()))
        head = max(head, first_line if first_line > 0 else len(self.ptext))
        return [m.span() for m in _CATEGORY_FIELD.finditer(self.ptext, 0, head)]

    def _survey_title_population(self) -> str | None:
        """``《2025中国企业AI智能体应用调查报告》`` -> ``China enterprises (survey)``: the population a
        survey report's first line names (a place word of ``geo_prefixes.csv`` right before a
        ``survey_title_population`` word, and a ``survey_word`` after them); None for any other
        document. Its survey shares are of that population, whatever the sentence calls the
        respondents (受访企业, 受访者)."""
        line = self.ptext[slice(*first_line(self.ptext))]
        if _SURVEY_WORD.search(line) is None:
            return None  # most documents: one search of one line
        for word, place in _geo_prefixes()[0]:
            at = line.find(word)
            if at < 0:
                continue
            m = _SURVEY_TITLE_POPULATION_RE.match(line, at + len(word))
            if m is not None and _SURVEY_WORD.search(line, m.end()) is not None:
                return f"{place} {_SURVEY_TITLE_POPULATION[m.group()]} {_SURVEY_TITLE_SUFFIX}"
        return None

    @functools.cached_property
    def _survey_topics(self) -> frozenset[str]:
        """The categories a survey report's first line names (AI智能体 -> AI agents): what it asked
        about, never whom; a figure found for one of them is of the respondents."""
        return frozenset(e.name for e in self.entities.within(*first_line(self.ptext))
                         if e.type == "concept" and e.name not in _SURVEY_NAMES)

    def _plan_issuer(self, title: str, periods: list) -> tuple[_Ent | None, object]:
        """The place that issues a policy plan and the span of years the plan runs, from the
        document's title (or first line): ``贵州省算力基础设施高质量发展行动计划（2026-2028年）`` is
        ``Guizhou Province`` over ``2026/2028``. (None, None) for any other document, and the
        period None when the title states no span of years.

        A plan's figures (a fund it sets up, the money the province puts in) are the place's
        own; without this they fall to whatever the text names most, or to no one.
        """
        text = self.ptext
        lead = len(text) - len(text.lstrip())
        end = text.find("\n", lead)
        spans = [(lead, end if end >= 0 else len(text))]
        at = text.find(title) if len(title) >= 4 else -1
        if at >= 0:
            spans.insert(0, (at, at + len(title)))
        spans.extend(_official_title_spans(text, title, lead, spans[-1][1], at))
        for a, b in spans:
            if _PLAN_TITLE.search(text, a, b) is None:
                continue  # most documents: one substring search on one line
            # 关于印发《岳川省…行动计划》的通知: the plan's own name, else its issuer (岳川省人民政府)
            name = text.find("《", a, b)
            tries = (_PLAN_PLACE.match(text, name + 1, b) if name >= 0 else None, _PLAN_PLACE.match(text, a, b))
            m = next((t for t in tries if t is not None and not has_place(text, t.start("place"))), None)
            if m is None:
                continue  # 全国…行动计划: a national plan, left to the national-aggregate rule
            english = f"{english_name(m.group('place'))} {_PLAN_PLACE_ENGLISH[m.group('suffix')]}"
            place = _Ent(m.start("place"), m.end("suffix"), english, "concept")
            span = next((p for p in periods if a <= p.start and p.end <= b and _YEAR_SPAN.fullmatch(p.value)), None)
            return place, span
        return None, None

    def _in_context(self, hits: list) -> list:
        """The metric keyword hits less those of a context keyword (``概率``) whose line, or
        the table it heads (the lines after it up to a blank one), names none of its context
        words: 客户续约概率约为85% is no valuation scenario's weight, 乐观情景概率40% is."""
        low = None
        out = []
        for h in hits:
            needs = _CONTEXT_KEYWORDS.get(h.word.lower())
            if needs is None:
                out.append(h)
                continue
            if low is None:
                low = self.ptext.lower()
            start = low.rfind("\n", 0, h.start) + 1
            end = low.find("\n", h.end)
            end = len(low) if end < 0 else end
            line = low[start:end]
            if _TABLE_LINE.search(line):
                # a column header: its table's rows (乐观 | 30% | …) may name the scenarios
                blank = low.find("\n\n", end)
                end = len(low) if blank < 0 else blank
                line = low[start:end]
            if any(w in line for w in needs):
                out.append(h)
        return out

    def _plan_naming(self) -> tuple[str, str]:
        """The plan place's name without its kind (``Qingcheng City`` -> ``Qingcheng``) and the
        industry its title names after it (``青澄市人工智能产业…行动方案`` -> ``AI``): ("", "")
        outside a place's plan, and no industry when the title names none (``plan_industry``)."""
        if self.plan_place is None:
            return "", ""
        name = self.plan_place.name
        kind = next((k for k in _PLAN_PLACE_ENGLISH.values() if name.endswith(" " + k)), "")
        stem = name[:len(name) - len(kind)].strip() if kind else name
        line_end = self.ptext.find("\n", self.plan_place.end)
        m = _PLAN_INDUSTRY_WORD.search(self.ptext, self.plan_place.end, line_end if line_end >= 0 else len(self.ptext))
        return stem, _PLAN_INDUSTRY[m.group().lower()] if m is not None else ""

    def _report_week(self) -> str | None:
        """The week a weekly report covers (``2026-02-23/2026-02-27``): the one it states in its
        header or after 本周 (``本周（2月23日-2月27日）``), else, in a report whose header calls
        it weekly (``周报``), the trading week of its publication date (a Monday report's 本周
        is the week before). None for any other document."""
        head = header_end(self.ptext)
        first_line = self.ptext.find("\n", len(self.ptext) - len(self.ptext.lstrip()))
        head = max(head, first_line if first_line > 0 else len(self.ptext))
        in_head = stated_week(self.periods.within(0, head), self.ptext, head, self.published)
        week = in_head or stated_week(self.periods.items, self.ptext, head, self.published)
        # weekly by its header's word (周报) or by the week its header states
        self._weekly_report = in_head is not None or _WEEKLY_REPORT.search(self.ptext, 0, head) is not None
        # a week no text states, taken as the trading week before the publication's (a report
        # out Monday to Thursday): the week 上周 names by the calendar (``_as_report_week``)
        self._week_before_publication = False
        if week is not None or self.published is None or not self._weekly_report:
            return week
        week = trading_week(self.published)
        self._week_before_publication = dt.date.fromisoformat(week[-10:]) < self.published - dt.timedelta(days=self.published.weekday())
        return week

    def _annual_results_year(self) -> int | None:
        """The year a note on annual results is about, when it is before the publication year: a
        year its header names right before an annual results word (``2023年年报点评``,
        ``2024年度业绩``), or the year of the issuer's own annual report. None otherwise."""
        if self.published is None:
            return None
        if self.filing_period is not None and _WHOLE_YEAR_VALUE.fullmatch(self.filing_period):
            year = int(self.filing_period[-4:])
            return year if year < self.published.year else None
        head = header_end(self.ptext)
        first_line = self.ptext.find("\n", len(self.ptext) - len(self.ptext.lstrip()))
        head = max(head, first_line if first_line > 0 else len(self.ptext))
        for p in self.periods.within(0, head):
            after = self.ptext[p.end:p.end + 6].lstrip("度 ")
            if _WHOLE_YEAR_VALUE.fullmatch(p.value) and after.startswith(_ANNUAL_RESULTS):
                year = int(p.value[-4:])
                return year if year < self.published.year else None
        if self.published.month <= _RESULTS_SEASON_LAST_MONTH:
            # 中国电信年报点评 out in March: last year's annual results (半年报 is no annual report)
            for m in _ANNUAL_RESULTS_RE.finditer(self.ptext, 0, head):
                if self.ptext[m.start() - 1:m.start()] != "半":
                    return self.published.year - 1
        return None

    def _reference_period(self) -> str | None:
        """The period a survey or a tracker reports on (``2025``, ``2025Q3``, ``2025Q1/2025Q3``):
        the one stretch its header states on a line with a report word (``reference_title`` of
        ``period_words.csv``: 调研, 追踪, 复盘 ...), begun by the publication date (an outlook on
        the year ahead is none). None for any other document (one substring test each)."""
        head = header_end(self.ptext)
        first_line = self.ptext.find("\n", len(self.ptext) - len(self.ptext.lstrip()))
        head = max(head, first_line if first_line > 0 else len(self.ptext))
        if not any(w in self.ptext[:head] for w in _REFERENCE_TITLE + _REFERENCE_PART_TITLE):
            return None
        found = set()
        lines: dict[tuple[int, int], tuple[bool, bool]] = {}  # a line's two word tests, asked once per line
        for p in self.periods.within(0, head):
            if getattr(p, "fiscal", None) or not _REFERENCE_VALUE.fullmatch(p.value) \
                    or not _YEAR_ONLY.search(p.text):
                continue
            line_start = self.ptext.rfind("\n", 0, p.start) + 1
            line_end = self.ptext.find("\n", p.end)
            bounds = (line_start, line_end if line_end >= 0 else head)
            if bounds not in lines:
                line = self.ptext[bounds[0]:bounds[1]]
                lines[bounds] = (any(w in line for w in _REFERENCE_TITLE),
                                 any(w in line for w in _REFERENCE_PART_TITLE))
            titled, part_titled = lines[bounds]
            if not titled:
                # 2025年前三季度中国学习机市场: a market's part of a year, over by the publication date
                if p.value.isdigit() or self.published is None or not part_titled \
                        or _stretch_last_day(p.value) >= self.published:
                    continue
            if self.published is not None and _stretch_first_day(p.value) > self.published:
                continue  # 2027年AI应用展望调研 out in 2026: the year ahead, not the one reported on
            found.add(p.value)
        return found.pop() if len(found) == 1 else None

    def _as_reference_year(self, p):
        """本年, 上年, 年内, 年末 resolved against the publication year, as the reference year."""
        offset = _REFERENCE_YEAR_WORDS.get(p.text.strip())
        if offset is None or not p.value[:4].isdigit() or int(p.value[:4]) != self.published.year + offset:
            return p
        step = int(self.reference_period[:4]) - self.published.year
        return dataclasses.replace(p, value=re.sub(r"\d{4}", lambda y: str(int(y.group(0)) + step), p.value))

    def _reference_of(self, theme: str, future: bool) -> str:
        """A figure of a survey or a tracker that nothing dates: of the period it reports on."""
        if self.reference_period is None or future or theme in _UNDATED_LIST_THEMES:
            return ""
        return self.reference_period

    def _back_to_year(self, p, year: int):
        """近三年 resolved up to the publication year, as the years up to ``year``; a bare 全年 of
        the publication year, as ``year`` (unless a guidance or ahead word precedes it)."""
        if p.text.strip() == _WHOLE_YEAR_WORD and p.value == str(self.published.year):
            before = self.ptext[max(0, p.start - _AHEAD_REACH):p.start]
            return p if any(w in before for w in _AHEAD_WORDS) else dataclasses.replace(p, value=str(year))
        if "/" not in p.value or _BACK_WINDOW.match(p.text.strip()) is None:
            return p
        first, last = p.value.split("/")
        if not (first.isdigit() and last.isdigit() and int(last) == self.published.year):
            return p
        return dataclasses.replace(p, value=f"{year - (int(last) - int(first))}/{year}")

    def _data_period(self):
        """The period a label names for the report's figures (``数据日期：2025-02-19``,
        ``数据月份：2025年5月``: ``data_period_label`` of ``facts_words.csv``), the period right
        after the first such label, on a header line or a section's heading; None when the text
        has no such label. A figure after the label that nothing else dates is of that period."""
        for m in _DATA_PERIOD_LABEL.finditer(self.ptext):
            found = self.periods.within(m.end(), m.end() + _DATA_PERIOD_REACH)
            if found and found[0].start == m.end():
                return found[0]
        return None

    def _data_period_of(self, q) -> str:
        """The labelled data period (:meth:`_data_period`) for a figure after its label, else ''."""
        p = self.data_period
        return p.value if p is not None and q.start >= p.end else ""

    def _cutoff_day(self) -> str | None:
        """The day a report's data end, when it is not its publication day: the day a header line
        gives after 数据截至 (``数据截至：2025年3月7日收盘``), else the last day of the week a weekly
        report covers when it comes out in a later calendar week (a Monday report); None
        otherwise (a weekend report's year-to-date figures stay as of its publication day)."""
        self.close_day = None
        if self.published is None:
            return None
        head = max(header_end(self.ptext), self.ptext.find("\n\n"))
        m = _DATA_CUTOFF.search(self.ptext, 0, head) if head > 0 else None
        if m is not None:
            line_end = self.ptext.find("\n", m.end())
            days = [p.value for p in self.periods.within(m.end(), line_end if line_end >= 0 else len(self.ptext))
                    if _DAY.fullmatch(p.value)]
            if days and days[0] <= self.published.isoformat():
                return days[0] if days[0] != self.published.isoformat() else None
        close = self.close_day = self._close_day()
        if close is not None:
            return close if close != self.published.isoformat() else None
        if self.report_week is not None and self._weekly_report:
            last = dt.date.fromisoformat(self.report_week.split("/")[-1])
            if last.isocalendar()[:2] < self.published.isocalendar()[:2]:
                # 週報｜10月13日 (a Monday) on the week of 10月6日至10月10日: out in a later calendar
                # week than its data, its 年初至今 column is as of the week's last day (a weekend
                # report's publication day still ends its week: it keeps that day)
                return last.isoformat()
        return None

    def _close_day(self) -> str | None:
        """The latest day, not after publication, the text states figures are as of by a market
        close (``截至12月4日收盘``, ``现价56.35港元（2025年8月28日收市）``, ``总市值按9月5日收盘价计算``:
        facts_words ``close_day`` after a ``close_day_lead``) or right after a data cut-off word
        (``数据截至2026年2月6日`` in a table's caption), else None. A close day written as an
        event (``8月28日收盘价超越…``) states no as-of day, nor does a close well before the
        publication (a section's ``截至11月10日收盘：`` in a note of 11月25日 dates its own lines
        only): a report's data end on the last sessions before it comes out."""
        pub = self.published.isoformat()
        first = (self.published - dt.timedelta(days=_CLOSE_DAY_REACH)).isoformat()
        found = [p.value for p in self.periods.items if _DAY.fullmatch(p.value) and first <= p.value <= pub
                 and ((_CLOSE_DAY.match(self.ptext, p.end)
                       and self.ptext[max(0, p.start - 2):p.start].endswith(_CLOSE_DAY_LEAD))
                      or _DATA_CUTOFF_LEAD.search(self.ptext, max(0, p.start - 6), p.start))]
        return max(found) if found else None

    def _as_cutoff_day(self, p):
        """A year-to-date word (年初至今, or 年内 before 累计上涨) dated to the publication day, as of
        the data's last day."""
        if p.value == self.published.isoformat() and (p.text.strip().startswith(_YTD_WORDS)
                                                     or p.text.strip() == _WITHIN_YEAR_WORD):
            return dataclasses.replace(p, value=self.cutoff_day)
        return p

    @property
    def _publication_month(self) -> str | None:
        return f"{self.published.year}-{self.published.month:02d}" if self.published is not None else None

    def _recap_month(self) -> str | None:
        """The month a monthly recap covers (``2027-03``): in a document whose header calls it
        monthly (``月报``, ``月度跟踪``), the first month its header names (``…月度跟踪｜3月``,
        ``AI创投月报｜2025年3月``), else, when it comes out in the first days of a month, the month
        just ended, else its publication month. None for any other document."""
        if self.published is None:
            return None
        head = header_end(self.ptext)
        first_line = self.ptext.find("\n", len(self.ptext) - len(self.ptext.lstrip()))
        head = max(head, first_line if first_line > 0 else len(self.ptext))
        if _MONTHLY_REPORT.search(self.ptext, 0, head) is None:
            return None
        own = self._publication_month
        named = [p.value for p in self.periods.within(0, head)
                 if _MONTH_VALUE.fullmatch(p.value) and p.text.strip() not in _THIS_MONTH and p.value <= own]
        if named:
            return named[0]
        if self.published.day <= _RECAP_LAST_DAY:
            before = self.published.replace(day=1) - dt.timedelta(days=1)
            return f"{before.year}-{before.month:02d}"
        return own

    def _title_period(self) -> str | None:
        """The period a release on one period's data reports: the one period the header's title
        lines name besides days (a masthead's date is the publication's), when it has ended
        before the publication. A month so (``11月外銷訂單與出口：…`` out on 2025-12-22:
        ``2025-11``); a quarter or a half only on a line naming results (``FY26Q2业绩电话会纪要``,
        ``2025年三季度业绩汇总``: results are reported once their period is over, so a fiscal
        quarter needs no calendar), as a quarter alone in a headline (``ZRVX FY3Q32: cloud
        beats``) says nothing of the figures under it. None otherwise. Unlike a monthly recap's
        (:meth:`_recap_month`), its 本月 stays the publication month: nothing calls the document
        monthly."""
        if self.published is None:
            return None
        head = header_end(self.ptext)
        first = self.ptext.find("\n", len(self.ptext) - len(self.ptext.lstrip()))
        head = max(head, first if first > 0 else len(self.ptext))
        if self.item_starts:
            # 【百度2025年第二季度业绩】⏎收入同比增长7%…⏎【字节跳动发布新模型】: a news-flash digest's
            # first item is no title; its headline dates its own item (_headline_period) only
            head = min(head, self.item_starts[0])
        found = {}
        lines: dict[tuple[int, int], bool | None] = {}  # per line: None if no title, else names results
        for p in self.periods.within(0, head):
            if _DAY.fullmatch(p.value):
                continue
            line_start = self.ptext.rfind("\n", 0, p.start) + 1
            line_end = self.ptext.find("\n", p.end)
            bounds = (line_start, line_end if line_end >= 0 else head)
            if bounds not in lines:
                line = self.ptext[bounds[0]:bounds[1]].strip()
                # a title or masthead line, not a lead sentence or a digest's bullet (■ 豆包9月月活1.72亿)
                # the header reaches into
                titled = len(line) <= _TITLE_MAX and not any(c in line for c in "。；;") \
                    and line[:1] not in _BULLETS and not _NUMBERED_LINE.match(line)
                lines[bounds] = _names_results(line) if titled else None
            if lines[bounds] is not None:
                found[p.value] = found.get(p.value, False) or lines[bounds]
        if len(found) != 1:
            return None
        value, results = found.popitem()
        if _MONTH_VALUE.fullmatch(value):
            return value if value < self._publication_month else None
        if not results:
            return None
        if value.startswith("FY"):
            return value if _QUARTER_VALUE.fullmatch(value) else None
        return value if _ended_before(value, self._publication_month) else None

    @functools.cached_property
    def _price_tracker(self) -> bool:
        """A monthly recap whose header names prices (``GPU云端租价月报（2025年11月）``,
        ``存储价格月度追踪``, facts_words ``price_tracker_title``, on the line that calls it
        monthly): the prices it gives are the
        ones it observed in the month it covers, not list prices of no time."""
        if self.recap_month is None:
            return False
        head = max(header_end(self.ptext), self.ptext.find("\n", len(self.ptext) - len(self.ptext.lstrip())))
        # the line that calls the report monthly names the prices (not a price in the header's prose)
        return any(_MONTHLY_REPORT.search(line) and any(w in line for w in _PRICE_TRACKER_WORDS)
                   for line in self.ptext[:head].splitlines())

    def _as_recap_month(self, p):
        """本月 dated to the publication month, as the month the recap covers."""
        if p.text.strip() in _THIS_MONTH and p.value == self._publication_month:
            return dataclasses.replace(p, value=self.recap_month)
        return p

    def _as_report_week(self, p):
        """A bare week word (本周) dated to the publication day, as the report's week; one
        meaning the week before (上周, 前一周: 较前一周的80.1亿港元) as the week before it."""
        if self.published is not None and p.value == self.published.isoformat() \
                and p.text.strip() in _THIS_WEEK:
            return dataclasses.replace(p, value=self.report_week)
        if self.published is not None and p.text.strip() in _LAST_WEEK \
                and p.value == (self.published - dt.timedelta(days=7)).isoformat() and self._says_this_week:
            # 本周…较前一周: a report that calls its week 本周 means the week before it by 上周;
            # one that never says 本周 may mean its own week by 上周 (a Monday report), so the
            # period grammar's reading stands there
            if self._week_before_publication and p.text.strip() in _PUBLICATION_LAST_WEEK:
                # 《周报》out on Monday 11-17, its week taken as the one just ended (11-10/11-14):
                # 上周台股下跌1.6% is the week before the publication's week, that same week
                return dataclasses.replace(p, value=self.report_week)
            first, last = (dt.date.fromisoformat(d) - dt.timedelta(days=7) for d in self.report_week.split("/"))
            return dataclasses.replace(p, value=f"{first.isoformat()}/{last.isoformat()}")
        if self.published is not None and p.text.strip() in _PUBLICATION_LAST_WEEK \
                and p.value == (self.published - dt.timedelta(days=7)).isoformat() and self._week_just_ended:
            # 报告日期：1月12日（周一） 统计区间：1月5日—1月9日 … 上周净流入312亿元, with no 本周 in
            # its prose: 上周 by the calendar is the week the report covers
            return dataclasses.replace(p, value=self.report_week)
        return p

    def _as_calendar_week(self, p):
        """A bare week word in a document that is no weekly report, read by the period grammar as
        one day (本周 the publication day, 上周 seven days before it), as the trading days of that
        calendar week: 上周 is Monday to Friday of the week before the publication's (a column out
        on Tuesday: 上周累跌3.6% is the whole of last week), 本周 Monday to the publication day,
        Friday at the latest, and only to the n-th day after 前n个交易日. A Monday's 本周 is that day
        alone, and stays so."""
        word = p.text.strip()
        if word in _THIS_WEEK and p.value == self.published.isoformat():
            step = 0
        elif word in _PUBLICATION_LAST_WEEK and p.value == (self.published - dt.timedelta(days=7)).isoformat():
            step = -1
        else:
            return p  # most periods: two set lookups
        monday = self.published - dt.timedelta(days=self.published.weekday() - 7 * step)
        last = monday + dt.timedelta(days=4)
        if step == 0:
            last = min(last, self.published)
        near = self.ptext[p.end:p.end + 10]
        first_days = _WEEK_FIRST_DAYS.match(self.ptext, p.end) if any(w in near for w in _WEEK_DAY_WORDS) else None
        if first_days is not None:
            # 本周前四个交易日累计买超: Monday to the fourth day, not to the publication day
            last = min(last, monday + dt.timedelta(days=small_count(first_days.group(1)) - 1))
        value = monday.isoformat() if last <= monday else f"{monday.isoformat()}/{last.isoformat()}"
        return dataclasses.replace(p, value=value) if value != p.value else p

    @functools.cached_property
    def _week_just_ended(self) -> bool:
        """Whether the report's week is the calendar week before its publication's (a weekly out
        on the Monday after its week) and its prose never calls a week 本周."""
        monday = self.published - dt.timedelta(days=self.published.weekday())
        first = dt.date.fromisoformat(self.report_week.split("/")[0])
        return first == monday - dt.timedelta(days=7) and not self._says_this_week

    @functools.cached_property
    def _says_this_week(self) -> bool:
        """Whether the report calls a week 本周 (or another this-week word) in its prose. A
        heading line (``■ 本周要点``: short, no sentence mark, no figure) titles the issue's
        section: it calls no week of figures 本周, and a Monday report headed so may still mean
        its own week by 上周."""
        t = self.ptext
        for w in _THIS_WEEK:
            i = t.find(w)
            while i >= 0:
                if not _week_word_heading(t, i):
                    return True
                i = t.find(w, i + len(w))
        return False

    def _weekly_figure(self, q, clause: Span, sentence: Sentence, period_obj) -> bool:
        """Whether a number is a week's figure by the word right before it (``寒武纪周涨12.5%``,
        ``周成交额5000亿元``) or by its column (``周涨跌幅(%)``), with no period nearer to it."""
        if sentence.is_row:
            headers = self._column_header(sentence, q)
            return any(_WEEK_FIGURE.search(self.ptext, h.start, h.end) for h in headers) \
                and not any(self._usable_periods(h.start, h.end) for h in headers)
        # the week word may hold the number's own verb (周跌4.0%: the number reads 跌4.0%)
        marks = [m for m in _WEEK_FIGURE.finditer(self.ptext, clause.start, q.end) if m.start() < q.start]
        if not marks:
            return False
        mark = marks[-1]
        if q.start - mark.end() > _WEEK_FIGURE_REACH:
            return False
        if mark.end() > q.start:
            return True
        if period_obj is not None and period_obj.end > mark.start() and period_obj.start < q.end:
            return False  # 周涨幅（2月27日）12%: a period nearer the number than the week word
        return not self._usable_periods(mark.end(), q.start)

    @functools.cached_property
    def _week_before(self) -> str | None:
        """The week before the one a weekly report covers (``上周``'s span), or None."""
        if self.report_week is None:
            return None
        first, last = (dt.date.fromisoformat(d) - dt.timedelta(days=7) for d in self.report_week.split("/"))
        return f"{first.isoformat()}/{last.isoformat()}"

    def _week_end_level(self, q, metric: str, period: str, hit) -> bool:
        """Whether a number is a stock a weekly report states for its week: a level metric
        (``week_level_metric``: 规模, 两融余额) dated by 本周 or, in a report weekly by its header,
        by nothing, with no rise or fall word between its keyword and it (``周增142亿元``,
        ``较上周增加150亿元`` are the week's flow, which keeps the week)."""
        if self.report_week is None or metric not in _WEEK_LEVEL_METRICS:
            return False  # most numbers: two cheap tests
        if period != self.report_week and (period or not self._weekly_report) and period != self._week_before:
            return False
        return self._week_level(q, metric, hit)

    def _week_level(self, q, metric: str, hit) -> bool:
        """Whether a number of a level metric (``week_level_metric``) states the level, not its
        change: no rise or fall word stands between its keyword and it (市盈率从10.9倍回落至9.6倍
        is the level; 份额增加3.1亿份 is a flow)."""
        if metric not in _WEEK_LEVEL_METRICS:
            return False
        start = hit.end if hit is not None and hit.end <= q.start else max(0, q.start - _WEEK_FIGURE_REACH)
        digit = _HAS_DIGIT.search(self.ptext, q.start, q.end)
        upto = digit.start() if digit is not None else q.start
        return _LEVEL_CHANGE.search(self.ptext, start, upto) is None

    def _report_company(self, ents: list[_Ent]) -> _Ent | None:
        """The one company a company note is about: a name written with its stock code on a
        header line (no sentence punctuation on it) before the body's first full stop.

        None when the header lists no coded company or several (an industry note's table of
        picks), and when a coded name stands only in prose.
        """
        stop = self.ptext.find("。")
        zone = min(_HEADER_ZONE, stop if stop >= 0 else len(self.ptext))
        found: dict[str, _Ent] = {}
        for e in ents:
            if e.start >= zone or e.type != "company" or (
                    stock_code_at(self.ptext, e.end) < 0 and not _LETTER_TICKER.match(self.ptext, e.end)):
                continue
            line_start = self.ptext.rfind("\n", 0, e.start) + 1
            line_end = self.ptext.find("\n", e.end)
            line = self.ptext[line_start:line_end if line_end >= 0 else len(self.ptext)]
            if not _CELL_START.search(self.ptext[line_start:e.start]):
                continue  # 重点推荐：寒武纪（688256.SH）: a pick named in a line, not the note's own company
            title = not self.ptext[line_start:e.start].strip() and len(line.strip()) <= _TITLE_MAX \
                and not line.rstrip().endswith(tuple(_FINAL_MARKS))
            if any(mark in line for mark in _PROSE_MARKS) and not title:
                continue  # a coded name inside prose is one company among others
            found.setdefault(e.name, e)
        return next(iter(found.values())) if len(found) == 1 else None

    def _masthead_legal_names(self, ents: list[_Ent]) -> None:
        """``证券代码：300442 证券简称：润泽科技`` over ``润泽智算科技集团股份有限公司关于…的公告``:
        the issuer's legal name (and a shaped piece of it) is the listed short name of the
        masthead, by that short name's usual English name (the lexicon's, else its own
        romanisation), not the romanised legal name. A name opening with other characters, or a
        lexicon firm, keeps its name. Renames ``ents`` in place."""
        m = _MASTHEAD_NAME.search(self.ptext, 0, _HEADER_ZONE)
        if m is None:
            return
        short = m.group(1)
        known = [h for h in get_matcher().find(short) if h.start == 0 and h.end == len(short) and h.type == "company"]
        english = known[0].entity if known else firm_english(short)
        if not english or _HAN.search(english):
            return
        for e in ents:
            surface = self.ptext[e.start:e.end]
            if e.type != "company" or e.name == english or not surface.startswith(short[:2]) \
                    or len(surface) <= len(short) or not _HAN.match(surface):
                continue
            if not e.shaped and not surface.endswith(_FIRM_FULL_ENDS):
                continue  # a lexicon firm sharing the short name's first characters
            e.name, e.shaped, e.org = english, False, known[0].org if known else None

    def _filing_issuer(self, ents: list[_Ent]) -> _Ent | None:
        """The company filing the document: the first company its title names, when the title
        is the issuer's periodic report (``filing_period``) or its reply to a regulator's letter
        (``facts_words.csv`` ``filing_reply``: 问询函的回复); None otherwise (a broker's note)."""
        head = self.ptext[:_FILING_TITLE_SPAN]
        start = len(head) - len(head.lstrip())
        if self.filing_period is None:
            # 关于对…问询函的回复: the title is the first line
            end = head.find("\n", start)
            end = len(head) if end < 0 else end
            if not any(w in head[start:end] for w in _FILING_REPLY):
                return None
        else:
            # 云衡数据科技股份有限公司⏎2025年半年度报告: the title's lines, up to the report word's
            end = head.find("\n", head.find("报告"))
            end = len(head) if end < 0 else end
        return next((e for e in ents if e.type == "company" and start <= e.start and e.end <= end), None)

    def _filing_row(self, sentence: Sentence, label: Span) -> _Ent | None:
        """The entity of a table row in the issuer's own filing: a total row (``合计``) or a
        row naming a metric (``研发投入合计``, ``占营业收入比例``) is the issuer; a row under a
        segment corner (``分产品``) or naming a product category (``AI服务器``) is the issuer's
        segment (``Yunheng Data Technology AI servers``). None for any other row (a named firm,
        a time), which the general rules read."""
        issuer = self.filing_issuer
        surface = self.ptext[label.start:label.end].strip()
        if surface in kw.word_group("group_total"):
            return _Ent(label.start, label.end, issuer.name, issuer.type)
        party = _ANONYMOUS_PARTY.fullmatch(surface)
        if party is not None:
            # 客户A: a customer the filing does not name, one of the issuer's
            return _Ent(label.start, label.end, f"{issuer.name} {_ANONYMOUS_PARTIES[party.group(1)]} {party.group(2)}", "group")
        own = self._candidates(label.start, label.end)
        if own and all(e.type == "product" for e in own):
            # H20 | 1,024张 in the issuer's reply: the cards of that model it holds
            return _Ent(label.start, label.end, issuer.name, issuer.type)
        if any(e.type != "concept" for e in own):
            return None
        corner = self._cell_index(sentence, label)
        headers = sentence.col_headers[corner] if sentence.col_headers and corner is not None else ()
        segment = any(self.ptext[h.start:h.end].strip() in _SEGMENT_CORNER for h in headers)
        if own and (segment or all(not self.keywords.within(e.start, e.end) or e.start <= label.start for e in own)):
            return _Ent(label.start, label.end, f"{issuer.name} {own[0].name}", "concept")
        if self.keywords.within(label.start, label.end) and not segment:
            return _Ent(label.start, label.end, issuer.name, issuer.type)  # a metric row: the issuer's
        if segment and not _HAN.search(english_name(surface)):
            return _Ent(label.start, label.end, f"{issuer.name} {english_name(surface)}", "concept")
        return None

    def _rating_line_company(self, ents: list[_Ent]) -> _Ent | None:
        """The one company that opens a line with its ticker in brackets and a rating word after
        it (``facts_words.csv`` ``rating_line_word``: ``Microsoft Corp. (MSFT) | Rating: Overweight``):
        the covered company of a broker note, wherever its rating block stands (a translated
        excerpt puts it after a Chinese summary, past the header zone). None when no line or
        lines of several companies do."""
        found: dict[str, _Ent] = {}
        for e in ents:
            if e.type != "company":
                continue
            # the line break is looked for only within the lead's reach (a text on one line has none)
            lo = max(0, e.start - _RATING_LINE_LEAD - 1)
            line_start = self.ptext.rfind("\n", lo, e.start) + 1
            if line_start == 0 and lo > 0:
                continue  # more than the lead stands before the name on its line
            before = self.ptext[line_start:e.start]
            if len(before) > _RATING_LINE_LEAD or any(c in before for c in "|｜，,。；;：:"):
                continue  # the line opens with the name (or with the name before its ticker: MSFT)
            line_end = self.ptext.find("\n", e.end)
            line = self.ptext[line_start:line_end if line_end >= 0 else len(self.ptext)]
            if _BRACKET_TICKER.search(line, 0, e.end - line_start + _RATING_TICKER_REACH) and any(w in line for w in _RATING_LINE_WORDS):
                found.setdefault(e.name, e)
        if not found:
            # a firm no lexicon row holds: the capitalised words before the ticker name it
            for m in _RATING_LINE_NAME.finditer(self.ptext):
                line_end = self.ptext.find("\n", m.end())
                if any(w in self.ptext[m.end():line_end if line_end >= 0 else len(self.ptext)] for w in _RATING_LINE_WORDS):
                    found.setdefault(m.group("name"), _Ent(m.start("name"), m.end("name"), m.group("name"), "company"))
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _revenue_holder(e: _Ent) -> bool:
        """Whether ``e`` can hold revenue of its own: a company, a named group of firms, a model,
        or a firm's segment (a product with its org: Azure, AWS)."""
        return e.type in ("company", "group", "model") or (e.type == "product" and bool(e.org))

    def _revenue_share_owner(self, q, sentence: Sentence) -> _Ent | None:
        """The firm whose revenue a part's share (``revenue_share``) divides: in a table row, the
        one company its caption names; in prose, the company named last before the share in
        its paragraph; else the note's subject. None when none is named."""
        if sentence.is_row:
            if sentence.caption is None:
                return self.report_company
            firms = {e.name: e for e in self._candidates(sentence.caption.start, sentence.caption.end)
                     if e.type == "company"}
            return next(iter(firms.values())) if len(firms) == 1 else self.report_company
        start = self.ptext.rfind("\n", 0, q.start) + 1
        firms = [e for e in self._candidates(start, q.start) if e.type == "company"]
        return firms[-1] if firms else self.report_company

    def _title_line_company(self, ents: list[_Ent]) -> _Ent | None:
        """The one company a header line opens on (after an optional 【…】 tag), written with a
        bracket straight after it, or after a share-class mark (-W) or its legal-name tail
        (智能科技（北京）股份有限公司): a company note's or prospectus digest's title whose code is
        in no form ``_report_company`` reads (2382 TT) or is missing. Only lines of the header
        zone before the body's first full stop, short and not ending as a sentence; None when
        such lines open on several companies or none, or the line names another. A title opening on a firm with no bracket
        (英伟达GTC大会：…) is an industry note's and names no subject."""
        stop = self.ptext.find("。")
        zone = min(_HEADER_ZONE, stop if stop >= 0 else len(self.ptext))
        found: dict[str, _Ent] = {}
        for e in ents:
            if e.start >= zone or e.type != "company":
                continue
            line_start = self.ptext.rfind("\n", 0, e.start) + 1
            line_end = self.ptext.find("\n", e.end)
            line_end = line_end if line_end >= 0 else len(self.ptext)
            line = self.ptext[line_start:line_end].strip()
            if _TITLE_TAG.sub("", self.ptext[line_start:e.start]).strip():
                continue  # the firm does not open the line
            if len(line) > _TITLE_MAX or line.endswith(tuple(_FINAL_MARKS)):
                continue
            if not _TITLE_FIRM_TAIL.match(self.ptext, e.end):
                continue
            if not _HAN.search(self.ptext, e.end, line_end):
                continue  # Baidu (9888 HK): initiating coverage: an English note's headline, read by its own rules
            if any(o.type == "company" and o.name != e.name and line_start <= o.start < line_end
                   for o in ents):
                continue  # 瀚星微电（688917.SH）    云岭智联（301876.SZ）: a line of several firms
            found.setdefault(e.name, e)
        return next(iter(found.values())) if len(found) == 1 else None

    def _english_headline_firm(self) -> _Ent | None:
        """The firm an English note is about, named on its first line in English and glossed in
        brackets by its Chinese name and stock code (``Lumen Chips (流明芯片, 6099.HK) - IPO: ...``);
        None when the first line does not open so."""
        m = _EN_HEADLINE_FIRM.match(self.ptext)
        if m is None:
            return None
        return _Ent(m.start("name"), m.end("name"), m.group("name"), "company")

    # ---- linking indexes -------------------------------------------------------------
    def _link_indexes(self) -> None:
        """What linking asks of every quantity, computed once per document.

        The grammar words of each role get their own index, and the names, periods and source
        dates that pass filters depending only on the document (a name after a source word, a
        period that is a comparison base) are kept as their own sorted lists: a query is then a
        range lookup instead of a scan that re-tests every hit for every quantity.
        """
        by_role: dict[str, list] = {}
        for h in self.grammar.items:
            by_role.setdefault(self.roles[(h.start, h.end)], []).append(h)
        self._role_hits_of = by_role  # in text order; indexed on first use (most roles never are)
        self._role_index: dict[str, _Index] = {}
        # (role, gap) -> every position a word of that role precedes / follows within the gap
        self._preceded_at: dict[tuple[str, int], set[int]] = {}
        self._rating_lines: dict[int, bool] = {}  # line start -> names a rating scale (_rating_scale_line)
        self._followed_at: dict[tuple[str, int], set[int]] = {}
        # read for every name of the document (is it a comparison base?): looked up once here
        self._prior_versions = self._role_index_of("prior_version")
        self._after_comparison = self._preceded_positions("comparison", 1)
        objects, after_source = self.objects, self._preceded_positions("source", 1)
        firm_ends = {e.end for e in self.entities.items if e.type == "company"}
        # PCB龙头沪电股份: a group written right before a named firm describes it
        firm_starts = {e.start for e in self.entities.items if e.type == "company"}
        causes = self._cause_spans()
        makers = self._maker_glosses()
        # signed a US$1.5bn commitment from Saudi Arabia: the giver of the money (one pass over
        # the text; Chinese prose has no match)
        givers = {m.end() for m in _MONEY_FROM.finditer(self.ptext)} if " from " in self.ptext else set()
        specs = self._spec_mentions(self.entities.items)
        self._candidate_index = _Index(
            [e for e in self.entities.items
             if (e.start, e.end) not in objects and e.type not in _SOURCE_TYPES
             and (e.start, e.end) not in makers and e.start not in givers and (e.start, e.end) not in specs
             and e.start not in after_source and not self._comparison_base(e)
             and not (e.type in _RIVAL_TYPES and self._rival_named(e.start, e.end))
             and not (e.type == "company" and self._held_stock(e))
             and not (e.end in firm_starts and self.ptext.endswith(_DESCRIPTOR_GROUPS, e.start, e.end))
             and not (e.type in _VENUE_TYPES and self._listing_venue(e))
             and not self._rater(e)
             and not self._named_source(e)
             and not (e.type != "concept" and self.ptext.startswith(_CAUSE_CLOSE, e.end))
             and not (e.type == "market" and (e.start in firm_ends
                                              and self.ptext[e.start:e.end] in _FIRM_LISTINGS))
             and not (causes and causes.covers(e.start - 1, e.end + 1))])
        # one pass over the periods sorts them into usable ones (what _usable keeps) and source
        # dates: both drop a period after a comparison word, and a source date is never usable
        after_comparison = self._after_comparison
        before_source = self._followed_positions("source_date", 2)
        usable, sourced = [], []
        for p in self.periods.items:
            if p.start in after_comparison:
                continue
            if self.ptext.startswith(_MATURITY, p.end, p.end + _MATURITY_LEN):
                continue  # 2030年到期优先票据: when the notes fall due, no period of an amount
            if "/" in p.value and self.ptext.startswith(_RECORD_TAIL, p.end):
                continue  # 创近五年新高。其中…融资31起: the window of a record dates no figure
            if self._multiple_base_period(p):
                continue  # 是2022年水平的8.5倍: the base of the multiple dates no figure of the sentence
            if p.end in before_source:
                sourced.append(p)
            elif self._baseline_of(p) is None:
                usable.append(p)
        self._usable_index = _Index(usable)
        self._source_index = _Index(sourced)
        # asked thousands of times per document: the methods below answer straight from their
        # index (one call instead of two)
        self._candidates = self._candidate_index.within
        self._usable_periods = self._usable_index.within
        self._source_dates = self._source_index.within
        self._semicolon_cache: dict[tuple[int, int], list[int]] = {}
        self._roles_cache: dict[tuple[int, int], set[str]] = {}
        self._partner_cache: dict[tuple[int, int], bool] = {}
        self._opening_region_cache: dict[int, tuple[int, int, str] | None] = {}
        #: paragraph -> the region subject a sentence of it opened with, and that sentence's start
        self._region_led: dict[int, tuple[_Ent, int]] = {}
        self._penalty_paid: set[int] = set()  # figures whose payer _penalty_payer read
        self._label_cache: dict[tuple, object] = {}
        # per sentence (keyed by its start): what every figure of it would compute again
        self._sentence_cache: dict[tuple[int, str], object] = {}
        self._estimate_cache: dict[tuple[int, int], bool] = {}
        #: the publication month of an undated deal in prose, by its number's start (see merge_repeats)
        self._news_deals: dict[int, str] = {}
        self._doc_id = self.doc["doc_id"]
        self._published_value = self.doc.get("published")
        publisher = self.doc.get("publisher")
        self._publisher = "" if pd.isna(publisher) else str(publisher)

    def _publisher_spans(self) -> list[tuple[int, int]]:
        """Where the text writes its publisher's name, when the publisher is a broker or a
        research house: its full name when that ends with a research unit (``name_shapes.csv``
        ``research_unit``: 澜舟证券研究所, 启衡产业研究院) or a broker word (``source_suffix``:
        证券), and the broker's name less the unit (澜舟证券) wherever it stands alone. A news
        outlet or an issuer publishing its own filing is left alone: it may be a subject."""
        publisher = self.doc.get("publisher")
        if _is_missing(publisher) or not isinstance(publisher, str) or not publisher.strip():
            return []
        full = for_parsing(publisher.strip())
        names = []
        if full.endswith(_RESEARCH_UNITS + _BROKER_WORDS):
            names.append(full)
        stem = full
        while stem.endswith(_RESEARCH_UNITS):
            stem = stem[:-len(next(u for u in _RESEARCH_UNITS if stem.endswith(u)))].strip()
        if stem != full and len(stem) >= 3 and stem.endswith(_BROKER_WORDS):
            names.append(stem)
        spans = []
        for name in names:
            at = self.ptext.find(name)
            while at >= 0:
                spans.append((at, at + len(name)))
                at = self.ptext.find(name, at + len(name))
        return spans + self._desk_tags(stem)

    def _desk_tags(self, broker: str) -> list[tuple[int, int]]:
        """``【澜舟海外科技】微软业绩会纪要`` in a note of 澜舟证券研究所: a bracketed tag in the
        header opening with the broker's short name (its name less 证券) is the broker's desk or
        column, never a firm, though its words have a company's shape (…科技)."""
        if not broker.endswith(_BROKER_WORDS):
            return []
        short = broker[:-len(next(w for w in _BROKER_WORDS if broker.endswith(w)))].strip()
        head = self.ptext[:_HEADER_ZONE]
        if len(short) < 2 or "【" not in head:  # most notes open with no bracketed tag
            return []
        return [m.span() for m in _DESK_TAG.finditer(head) if m.group(1).startswith(short)]

    def _section_floor(self, pos: int, reach: int = 400) -> int:
        """Where the numbered section heading line nearest above ``pos`` starts (``一、美国：…``,
        ``4.5 报告期内…``; 0 when none is within ``reach``): a subject named before it belongs to
        the earlier section and is not carried into this one, whose heading may name its own."""
        lo = max(0, pos - reach)
        end = self.ptext.rfind("\n", 0, pos)
        while end > lo:
            start = self.ptext.rfind("\n", 0, end) + 1
            line = self.ptext[start:end].strip()
            if line and len(line) <= _HEADING_MAX and not line.endswith(_SENTENCE_ENDS) \
                    and _SECTION_HEAD.match(self.ptext, start, end):
                return start
            end = start - 1
        return 0

    def _words_in_document(self, words: tuple) -> bool:
        """Whether any of ``words`` occurs in the document (lower case; cached per word tuple)."""
        key = ("words_in_document", words)
        if key not in self._row_cache:
            low = self.ptext.lower()
            self._row_cache[key] = any(w in low for w in words)
        return self._row_cache[key]

    def _heading_line(self, pos: int) -> str:
        """The words a figure at ``pos`` is read under: the numbered title of the record block it
        stands in (``6. 某运营商 智算中心AI服务器集中采购`` over ``中标金额：约18.4亿元``, no blank
        line between), else the numbered section heading line nearest above (``五、集资用途``);
        empty when neither is within reach."""
        t = self.ptext
        end = t.rfind("\n", 0, pos)
        for _ in range(_RECORD_REACH):
            if end <= 0:
                break
            start = t.rfind("\n", 0, end) + 1
            line = t[start:end]
            if not line.strip():
                break  # a blank line closes the block
            if _RECORD_HEAD.match(line) or _SECTION_HEAD.match(line):
                return line
            end = start - 1
        floor = self._section_floor(pos)
        if floor <= 0:
            return ""
        end = t.find("\n", floor)
        return t[floor:end if end >= 0 else len(t)]

    def _heading_place(self, pos: int) -> _Ent | None:
        """The place a numbered section heading opens with before a colon (``一、美国：电价与容量价格
        双双抬升``: US), the subject of the section's figures that name no one; None without one."""
        floor = self._section_floor(pos)
        if floor <= 0:
            return None
        m = _SECTION_HEAD.match(self.ptext, floor)
        at = m.end() if m else floor
        for word, english in _geo_prefixes()[0]:
            if self.ptext.startswith(word, at) and self.ptext.startswith(("：", ":"), at + len(word)):
                return _Ent(at, at + len(word), english, "concept")
        return None

    def _after_lead_time(self, start: int, end: int) -> int:
        """Where a clause's words begin after the bullets and the time it may open with
        (``FY2026Q2（截至2025年7月31日）公司收入…``: at 公司), ``start`` past its bullets when it opens
        with none: a pronoun there opens the clause as much as in ``公司收入…``."""
        pos = start
        while pos < end:
            if self.ptext[pos] in " ●•·-*\t　":
                pos += 1
                continue
            p = next((p for p in self.periods.within(pos, end) if p.start == pos), None)
            if p is not None:
                pos = p.end
                continue
            m = _BRACKETED.match(self.ptext, pos, end) if pos > start else None
            if m is None:
                break
            pos = m.end()  # （截至…）after the time
        return pos

    def _in_closed_bracket(self, e: _Ent, lo: int, hi: int) -> bool:
        """Whether ``e`` stands inside a bracket opened after ``lo`` and closed before ``hi``."""
        t = self.ptext
        opened = max(t.rfind("（", lo, e.start), t.rfind("(", lo, e.start))
        if opened < 0 or max(t.rfind("）", opened, e.start), t.rfind(")", opened, e.start)) >= 0:
            return False
        return max(t.find("）", e.end, hi), t.find(")", e.end, hi)) >= 0

    def _maker_glosses(self) -> set[tuple[int, int]]:
        """``**gpt-realtime**（OpenAI，8月28日正式版）：音频输入…``, ``Seedream 4.0（字节跳动·火山引擎）``:
        the maker named in a bracket opened right after its product or model (only ``*`` or a
        blank between) says whose the product is; the figures after it are the product's, so
        the maker (the product's ``org``, or a unit of it; any firm for a product of no known
        maker) is never a subject there. The spans of such names, found once per document."""
        t, spans = self.ptext, set()
        for p in self.entities.items:
            if p.type not in ("product", "model"):
                continue
            at = p.end
            while at < len(t) and t[at] in "* ":
                at += 1
            if at >= len(t) or t[at] not in _OPEN_BRACKETS:
                continue  # most products are written with no bracket after them
            close = min((i for i in (t.find(c, at, at + _MAKER_BRACKET_CHARS) for c in _CLOSE_BRACKETS) if i >= 0),
                        default=-1)
            if close < 0 or "\n" in t[at:close]:
                continue
            for e in self.entities.within(at + 1, close):
                if e.type == "company" and (not p.org or e.name == p.org) \
                        or e.type == "product" and p.org and e.org == p.org:
                    spans.add((e.start, e.end))
        return spans

    def _heading_company(self, pos: int) -> _Ent | None:
        """The company a numbered section heading opens with, alone before its colon (``三、Arm：
        版税随v9渗透提速``, ``一、岚渡科技：…``), else None (no such heading, or one opening with two
        names, a place or a concept). In a note on several firms each section is one firm's, and
        its 公司/管理层 is that firm, not a customer, partner or product named sentences before."""
        lo = max(0, pos - _HEADING_COMPANY_REACH)
        end = self.ptext.rfind("\n", 0, pos)
        floor = -1
        while end > lo:  # the nearest numbered heading line above (a long one too: 一、X：Y付费交易数破6,000)
            start = self.ptext.rfind("\n", 0, end) + 1
            line = self.ptext[start:end].strip()
            if line and len(line) <= 2 * _HEADING_MAX and not line.endswith(_SENTENCE_ENDS) \
                    and _SECTION_HEAD.match(self.ptext, start, end):
                floor = start
                break
            end = start - 1
        if floor < 0:
            return None
        m = _SECTION_HEAD.match(self.ptext, floor)
        at = m.end() if m else floor
        end = self.ptext.find("\n", at)
        end = len(self.ptext) if end < 0 else end
        colon = next((i for i in (self.ptext.find("：", at, end), self.ptext.find(":", at, end)) if i >= 0), -1)
        if colon < 0:
            return None
        named = [e for e in self.entities.within(at, colon) if e.type != "concept"]
        if len(named) != 1 or named[0].type != "company" \
                or self.ptext[at:named[0].start].strip() \
                or _BRACKETED.sub("", self.ptext[named[0].end:colon]).strip():  # 岚渡科技（688000.SH）：
            return None
        return named[0]

    def _heading_company_for(self, at: int, sentence: Sentence) -> _Ent | None:
        """The section heading's company (:meth:`_heading_company`) for a company pronoun at ``at``
        when no company is named before the pronoun in its own sentence (one named there, 甲宣布…，
        公司预计…, is meant); None otherwise."""
        heading = self._heading_company(at)
        if heading is None:
            return None
        line_end = self.ptext.find("\n", heading.end)
        lo = max(sentence.start, line_end if line_end >= 0 else at)
        if any(e.type == "company" and e.name != heading.name for e in self._candidates(lo, at)):
            return None
        return heading

    def _title_fund_class(self, start: int, end: int) -> _Ent:
        """The title's fund, or its share class named last in ``[start, end)`` (``C类份额…``)."""
        fund = self.title_fund
        classes = list(_SHARE_CLASS.finditer(self.ptext, start, end))
        if not classes:
            return fund
        return _Ent(fund.start, fund.end, f"{fund.name} {classes[-1].group(1)}", fund.type, fund.org)

    def _named_source(self, e) -> bool:
        """Is the name ``e`` where figures come from (``据MacroPolo统计``, ``X“某追踪”显示``,
        ``《2024年人工智能指数报告》显示``, ``来源：X``)? A data source or research firm is never the
        subject of what it measures: the country, market or carried subject after it is."""
        t = self.ptext
        if _SOURCE_AFTER.match(t, e.end) or _SOURCE_IN_TITLE.match(t, e.end):
            return True
        return t.endswith(_SOURCE_LABELS, max(0, e.start - 4), e.start)

    def _spec_mentions(self, ents) -> set[tuple[int, int]]:
        """``基于昇腾910C``, ``搭载H20的服务器``: the spans of the chips and models written right after
        a spec word (``facts_words.csv`` ``spec_context``), what another product is built on."""
        if not any(w in self.ptext for w in _SPEC_CONTEXT_WORDS):
            return set()  # cheap pre-check: most documents write no spec word
        ends = {m.end() for m in _SPEC_CONTEXT.finditer(self.ptext)}
        return {(e.start, e.end) for e in ents if e.start in ends and e.type in _SPEC_TYPES}

    def _context_mentions(self, ents) -> set[tuple[int, int]]:
        """The spans of the chips and models named only as context: a spec (``_spec_mentions``)
        or inside a cause or background clause (``_cause_spans``); no main subject is counted
        from them."""
        spec = self._spec_mentions(ents)
        causes = self._cause_spans()
        if causes:
            spec |= {(e.start, e.end) for e in ents if e.type in _SPEC_TYPES
                     and causes.covers(e.start - 1, e.end + 1)}
        return spec

    def _cause_spans(self) -> SpanIndex:
        """The spans of ``受…影响`` (``facts_words.csv`` ``cause_open``/``cause_close``): what a figure
        moved because of, whose names are never its subject (``受GB300机柜交付节奏影响，其已将
        出货增速预测下修至24.3%`` is the forecaster's AI-server figure, not GB300's)."""
        if not any(w in self.ptext for w in _CAUSE_CLOSE):
            return SpanIndex(())  # cheap pre-check: most documents name no cause
        return SpanIndex(m.span() for m in _CAUSE.finditer(self.ptext))

    def _counted_groups(self) -> list[_Ent]:
        """``7家光模块厂商``, ``5家A股游戏公司`` followed in their sentence by 合计: the group,
        named by its count and its kind in English (``Seven optical transceiver makers``), every word
        of the kind known (``market_words.csv``); a count with no sum after it (其中3家公司亏损)
        is a count of firms, not a group."""
        out: list[_Ent] = []
        for m in _COUNTED_KIND.finditer(self.ptext):
            n = small_count(m.group(1))
            number = _COUNTED_NUMBER.get(str(n)) if n is not None else None
            rest = self.ptext[m.end():m.end() + _COUNTED_KIND_REACH]
            total = rest.find("合计")
            if number is None or total < 0 or any(ch in rest[:total] for ch in "。；;\n"):
                continue
            start, words = segment_words(self.ptext, m.start(3))
            if not words or start != m.start(2):
                continue  # a kind with a word no list translates: no English name
            name = f"{number} {' '.join(words)} {_COUNTED_HEADS[m.group(3)]}"
            out.append(_Ent(m.start(), m.end(), name, "group"))
        return out

    def _glossed_names(self, ents: list[_Ent]) -> dict[str, str]:
        """``青禾软件（Qinghe Software）``: a Chinese company name no lexicon row holds, followed
        by an English name in brackets, is called by that English name wherever the document
        writes it (a lexicon name in the brackets gives its canonical name)."""
        out: dict[str, str] = {}
        for e in ents:
            if not e.shaped or e.type != "company" or not _HAN.search(e.name) or e.name in out:
                continue
            m = _GLOSS.match(self.ptext, e.end)
            if m is None or not _names_firm(m.group(1)):
                continue  # （BABA）, （688123.SH）: a ticker or code, not a name
            known = next((x for x in ents if x.start == m.start(1) and not x.shaped), None)
            if known is not None and known.type in ("model", "product"):
                # 星衡智能（Kimi）: the bracket holds the firm's product, not its name: the product's
                # maker where the lexicon knows it, else the firm keeps its own name
                if known.org:
                    out[e.name] = known.org
                continue
            out[e.name] = known.name if known is not None else m.group(1)
        out.update(self._legal_name_glosses(ents, out))
        out.update(self._header_firm_names(ents, out))
        return out

    def _legal_name_glosses(self, ents: list[_Ent], glossed: dict[str, str]) -> dict[str, str]:
        """``思源智能科技股份有限公司（SiYuan Intelligence）…思源智能收涨``: a firm's legal name glossed in
        English gives that name to every shaped firm name the legal name holds with only
        descriptors and its legal form after it (``思源智能``, ``思源智能科技``): the short form the
        document goes on to use is the glossed firm, never its pinyin."""
        t = self.ptext
        out: dict[str, str] = {}
        for m in _LEGAL_GLOSS.finditer(t):
            if not _names_firm(m.group("english")):
                continue  # （BABA）: a ticker, not a name
            known = next((x for x in ents if x.start == m.start("english") and not x.shaped), None)
            if known is not None and known.type in ("model", "product"):
                continue  # the bracket holds the firm's product, not its name
            full_end = full_start = m.end("end")
            while full_start > 0 and full_end - full_start < _LEGAL_NAME_MAX and _HAN.match(t, full_start - 1):
                full_start -= 1
            full = t[full_start:full_end]
            for e in ents:
                if not e.shaped or e.type != "company" or e.name in glossed or e.name in out:
                    continue
                surface = t[e.start:e.end]
                at = full.rfind(surface) if len(surface) >= 2 and _HAN.match(surface) else -1
                if at >= 0 and descriptors_only(full[at + len(surface):]):
                    out[e.name] = known.name if known is not None else m.group("english")
        return out

    def _header_firm_names(self, ents: list[_Ent], glossed: dict[str, str]) -> dict[str, str]:
        """``晶耀光电股份有限公司 新闻稿⏎Crystalux Optoelectronics Inc.``: a firm's full Chinese
        name in the document's header followed by its English legal name (on the same line after a
        slash or on the next one) gives that English name, its legal form dropped, to every
        shaped name the full name opens with (``晶耀光电``): never pinyin."""
        head = self.ptext[:_HEADER_FIRM_REACH]
        if "有限公司" not in head:  # most documents have no firm's full name in their header
            return {}
        out: dict[str, str] = {}
        for m in _HEADER_FIRM.finditer(head):
            full, english = m.group(1), m.group(2)
            for e in ents:
                if not e.shaped or e.type != "company" or e.name in glossed or e.name in out:
                    continue
                surface = self.ptext[e.start:e.end]
                if len(surface) >= 2 and full.startswith(surface):
                    out[e.name] = english
        return out

    def _defined_short_names(self, ents: list[_Ent]) -> list[_Ent]:
        """``杭州岳芯半导体股份有限公司（以下简称“岳芯”或“公司”）``: the full name and every later
        mention of a defined short name (``岳芯``) are the firm, by its English name (the pinyin
        of the full name from the short name on, its place and legal form dropped: ``Yuexin
        Semiconductor``). A short name that is a pronoun (``issuer_alias``: 公司, 发行人) makes the
        firm the issuer the document is about (``_defined_issuer``). A short name the lexicon
        holds keeps the lexicon's entity."""
        t = self.ptext
        added: list[_Ent] = []
        issuers: list[_Ent] = []
        for m in _SHORT_NAME_DEF.finditer(t):
            if self.skip.covers(m.start(), m.end()):
                continue  # a disclaimer's 本公司: the broker, in boilerplate
            # （Yuechuan Robotics，以下简称“岳川”）, （Yuechuan Robotics）（以下简称…）: the firm's own English name
            gloss = m.group("english")
            before = _GLOSS_BEFORE_DEF.search(t, max(0, m.start() - _GLOSS_REACH), m.start()) if m.start() and t[m.start() - 1] in "）)" else None
            if before is not None:
                gloss = before.group("english")
            full_end = full_start = before.start() if before is not None else m.start()
            while full_start > 0 and full_end - full_start < _FULL_NAME_MAX and _FULL_NAME_CHAR.match(t, full_start - 1):
                full_start -= 1
            if full_end - full_start < 2:
                continue
            # （简称：岳芯股份，证券代码：688123）: unquoted names are parted by the joiners
            quoted = m.group("quoted")
            shorts = [q.strip(" ：:") for q in _QUOTED.findall(quoted or m.group("shorts")) or _SHORT_NAME_JOINER.split(m.group("shorts"))]
            shorts = [q for q in shorts if q in _SELF_ALIASES or _SHORT_FIRM.fullmatch(q)]
            names = [q for q in shorts if q not in _ISSUER_ALIASES and len(q) >= 2]
            full = t[full_start:full_end]
            if quoted and not any(q in _SELF_ALIASES for q in shorts):
                continue  # （“智算中心”）with no 简称 word: a quoted term, unless it is the firm's own pronoun
            known = [e for e in ents if full_start <= e.start and e.end == full_end and not e.shaped]
            if known:
                firm = known[0]  # 北京月之暗面科技有限公司 … a lexicon name already
            elif not full.endswith(_FIRM_FULL_ENDS):
                continue  # 通义千问大模型（以下简称“千问”）, a defined term: no firm's full name
            elif self._source_firm(full_start, full_end):
                continue  # 华西证券股份有限公司（以下简称“本公司”）: the broker writing the report
            else:
                at = next((full.find(q) for q in names if full.find(q) >= 0), -1)
                if at < 0:
                    # 岳芯股份 of 杭州岳芯半导体股份有限公司: the short name's head in the full name
                    at = next((full.find(q[:2]) for q in names if _HAN.match(q) and full.find(q[:2]) >= 0), -1)
                if at < 0:
                    # “公司” alone: the longest tail of the full name (its legal form dropped) the
                    # document writes elsewhere (岳芯半导体 in the title), its place left out
                    at = self._used_tail(full_start, full_end, m.end())
                if at < 0:
                    # “公司” alone: the shaped firm that ends the full name, else the whole full name
                    # after the last word that opens it (本次发行人为杭州岳芯…: 为)
                    shaped = [e for e in ents if full_start <= e.start and e.end == full_end and e.shaped]
                    at = shaped[0].start - full_start if shaped else max(
                        [full.rfind(w) + len(w) for w in _FULL_NAME_LEADS
                         if 0 <= full.rfind(w) and len(full) - full.rfind(w) - len(w) >= _FULL_NAME_MIN] or [0])
                start = full_start + at
                lexicon = [h for q in names for h in get_matcher().find(q)
                           if h.start == 0 and h.end == len(q) and h.type == "company"]
                english = lexicon[0].entity if lexicon else gloss if gloss and _names_firm(gloss) else firm_english(t[start:full_end])
                if not english or _HAN.search(english):
                    continue
                # 北京月之暗面科技有限公司（以下简称“月之暗面”）: a short name the lexicon holds names it
                firm = _Ent(start, full_end, english, "company", getattr(lexicon[0], "org", None) if lexicon else None)
                ents = [e for e in ents if not (e.start < full_end and start < e.end)]
                added.append(firm)
            tail = self._used_tail(firm.start, full_end, m.end()) if not known else -1
            if tail >= 0 and t[firm.start + tail:full_end] not in names:
                # 岳芯半导体 in the title: the full name less its place and legal form names it too
                end = full_end
                while end - firm.start - tail > 3 and t[firm.start + tail:end] not in t[:firm.start] + t[m.end():]:
                    end -= 1
                names.append(t[firm.start + tail:end])
            # （以下简称“星衡数据”或“标的公司”）: 标的公司 later is the target firm too
            for q in names + [q for q in shorts if q in _TARGET_ALIASES]:
                if firm.name == q:
                    continue
                at = t.find(q)
                while at >= 0:
                    end = at + len(q)
                    if not any(e.start < end and at < e.end for e in ents + added):
                        added.append(_Ent(at, end, firm.name, firm.type, firm.org))
                    at = t.find(q, end)
            if any(q in _SELF_ALIASES for q in shorts):
                issuers.append(firm)
        if len({e.name for e in issuers}) == 1:
            self._defined_issuer = issuers[0]
        return ents + added

    def _masthead_issuer_mentions(self, ents: list[_Ent]) -> list[_Ent]:
        """``证券代码：301234 证券简称：恒科股份``: an announcement's masthead names its issuer
        (``_masthead_issuer``, by the lexicon's name or in English); a later ``上市公司`` /
        ``本公司`` opening a clause (``masthead_issuer_word``) is that issuer, not the population
        of listed firms nor the target of its purchase. ``归属于上市公司股东``, ``A股上市公司`` and
        ``可比上市公司`` (a word before it) are not."""
        t = self.ptext
        m = _MASTHEAD_NAME.search(t, 0, _HEADER_ZONE)
        if m is None or self.skip.covers(m.start(), m.end()):
            return ents
        a, b = m.span(1)
        known = [e for e in ents if e.start < b and a < e.end and e.type == "company"]
        if known:
            issuer = known[0]
        else:
            english = firm_english(m.group(1))
            if not english or _HAN.search(english):
                return ents
            issuer = _Ent(a, b, english, "company")
            ents = [e for e in ents if not (e.start < b and a < e.end)] + [issuer]
        self._masthead_issuer = issuer
        added: list[_Ent] = []
        for word in _MASTHEAD_ISSUER_WORDS:
            at = t.find(word, b)
            while at >= 0:
                end = at + len(word)
                before = t[at - 1] if at > 0 else ""
                if not (before.isalnum() or t.startswith("股东", end)):
                    ents = [e for e in ents if not (e.start < end and at < e.end and e.type == "concept")]
                    if not any(e.start < end and at < e.end for e in ents):
                        added.append(_Ent(at, end, issuer.name, issuer.type, issuer.org))
                at = t.find(word, end)
        return ents + added

    def _source_firm(self, full_start: int, full_end: int) -> bool:
        """Whether the full name ``ptext[full_start:full_end]``, its legal form dropped, ends with a
        word of a report's writer (``source_firm_end``: 证券, 研究所): a broker, not a subject."""
        end = full_end
        for form in sorted(kw.word_group("legal_form"), key=len, reverse=True):
            if self.ptext.endswith(form, full_start, end):
                end -= len(form)
                break
        return self.ptext.endswith(tuple(kw.word_group("source_firm_end")), full_start, end)

    def _used_tail(self, full_start: int, full_end: int, definition_end: int) -> int:
        """Where the longest tail of the full name ``ptext[full_start:full_end]``, its legal form
        (``legal_form``: 股份有限公司) dropped, written elsewhere in the document starts, as an
        offset into the full name; -1 when no tail of four characters or more is (a shorter
        one, 能科技, is too often part of another word)."""
        t = self.ptext
        end = full_end
        forms = sorted(kw.word_group("legal_form"), key=len, reverse=True)
        while True:
            form = next((f for f in forms if t.endswith(f, full_start, end) and end - len(f) - full_start >= 4), None)
            if form is None:
                break
            end -= len(form)
        for i in range(full_start, end - 3):
            tail = t[i:end]
            at = t.find(tail)
            while at >= 0 and full_start <= at < definition_end:
                at = t.find(tail, at + 1)
            if at >= 0:
                return i - full_start
        return -1

    def _rater(self, e: _Ent) -> bool:
        """``Northbridge维持"Overweight"评级，目标价由600美元上调至640美元``: a name right before a
        rating verb (``rater_verb``: 维持, 重申, 首次覆盖) with 评级 after it is the broker making
        the call, no subject of the target price or forecasts; the covered firm is."""
        t = self.ptext
        if not t.startswith(_RATER_VERBS, e.end):
            return False
        return _RATING_WORD in t[e.end:e.end + _RATER_REACH].split("。")[0].split("；")[0]

    def _listing_venue(self, e: _Ent) -> bool:
        """``登陆科创板``, ``在港股招股``: the market a company lists on is where something happens,
        not the subject of the amounts raised or the results reported beside it."""
        t = self.ptext
        if 0 < e.start < e.end < len(t) and t[e.start - 1] in "（(" and t[e.end] in "）)" \
                and e.start >= 2 and (_HAN.match(t, e.start - 2) or t[e.start - 2].isalpha()):
            return True  # 岳芯半导体（科创板）: the board in brackets after a firm is where it lists
        if e.start and t[e.start - 1] in "（(" and stock_code_at(t, e.start - 1) > 0:
            return True  # 灵犀互动（港股代码：2418.HK）: the market labelling a firm's code
        if t.endswith(_LISTING_VERBS, max(0, e.start - 3), e.start):
            return True
        if t.startswith(_LISTED_SHARE_WORDS, e.end):
            return True  # 向特定对象发行A股股票, 美股目标价由180美元上调: the firm's shares, not the market
        if t.startswith(_LISTING_WORDS, e.end) and not t.endswith(_VENUE_WORDS, max(0, e.start - 1), e.start):
            # 启动科创板上市辅导, 冲刺港股IPO: the listing a firm prepares names where, not who; the
            # market's listed firms (科创板上市公司) are a group the market word names
            word = next(w for w in _LISTING_WORDS if t.startswith(w, e.end))
            return not t.startswith(_LISTED_GROUP_WORDS, e.end + len(word))
        return t.endswith(_VENUE_WORDS, max(0, e.start - 1), e.start) and t.startswith(_LISTING_WORDS, e.end)

    def _names_across_wraps(self, ents: list[_Ent]) -> list[_Ent]:
        """Lexicon names a PDF's line wrap cut in two (``英伟⏎达``): the joined text holds a blank
        there, which no Chinese name contains, so the name is matched again with the blank
        left out and replaces the pieces it covers (the canonical name holds no break)."""
        added: list[_Ent] = []
        for m in _CJK_WRAP.finditer(self.text):
            i = m.start()
            if self.ptext[i] != " ":
                continue  # a break the joiner kept (a heading, a bullet): names stop there
            lo, hi = max(0, i - _WRAP_REACH), min(len(self.ptext), i + 1 + _WRAP_REACH)
            window = self.ptext[lo:i] + self.ptext[i + 1:hi]
            cut = i - lo
            for n in get_matcher().find(window):
                if n.start < cut < n.end:
                    added.append(_Ent(lo + n.start, i + 1 + (n.end - cut), n.entity, n.type, getattr(n, "org", None)))
        if not added:
            return ents
        kept = [e for e in ents if not any(a.start < e.end and e.start < a.end for a in added)]
        return sorted(kept + added, key=lambda e: e.start)

    def _concepts_across_wraps(self, hits: list) -> list:
        """Concept hits with those a PDF's line wrap cut in two (``800G光模⏎块``) found again in
        the text joined without the blank, as :meth:`_names_across_wraps` finds names."""
        added = []
        for m in _CJK_WRAP.finditer(self.text):
            i = m.start()
            if self.ptext[i] != " ":
                continue  # a break the joiner kept: concepts stop there
            lo, hi = max(0, i - _WRAP_REACH), min(len(self.ptext), i + 1 + _WRAP_REACH)
            cut = i - lo
            for h in kw.find_concepts(self.ptext[lo:i] + self.ptext[i + 1:hi]):
                if h.start < cut < h.end:
                    added.append(h._replace(start=lo + h.start, end=i + 1 + (h.end - cut)))
        if not added:
            return hits
        kept = [h for h in hits if not any(a.start < h.end and h.start < a.end for a in added)]
        return sorted(kept + added, key=lambda h: h.start)

    def _before_break(self, start: int, end: int) -> int:
        """Where a name cut from ``start`` to ``end`` ends: at the first line break of the raw
        text, blanks before it dropped. ``rejoin_wrapped_lines`` blanks a PDF's wrapped line
        breaks so numbers parse across them, but a name never runs on to the next line (``…与台积电⏎CoWoS产能``
        is 台积电, then CoWoS)."""
        brk = self.text.find("\n", start, end)
        if brk == -1:
            return end
        while brk > start and self.text[brk - 1] in " \t\u3000":
            brk -= 1
        return brk

    def _before_cell_edge(self, start: int, end: int) -> int:
        """Where the words added to a known name from ``start`` to ``end`` end: at the first
        full-width blank of the raw text. A table aligned by full-width blanks parts its cells with
        one (``中国移动　1,512　-7.8``), which the parsing text folds to an ASCII blank, so the value
        cell would read as the name's version (``Llama 2``) and the row label lose its lexicon name;
        prose writes a name's version after an ASCII blank."""
        edge = self.text.find("\u3000", start, end)
        return end if edge == -1 else edge

    # ---- grammar helpers -------------------------------------------------------------
    def _role_index_of(self, role: str):
        """The index of the grammar words of ``role``, False when the document has none."""
        index = self._role_index.get(role)
        if index is None:
            hits = self._role_hits_of.get(role)
            # most roles have no word in a document: their queries answer at once
            index = self._role_index[role] = _Index(hits) if hits else False
        return index

    def _role_hits(self, start: int, end: int, role: str):
        index = self._role_index.get(role)
        if index is None:
            index = self._role_index_of(role)
        if index is False:
            return []
        return index.within(start, end)

    def _roles_in(self, span) -> set[str]:
        """The roles of the grammar words inside ``span`` (a clause or a sentence), read once.

        A rule that looks for a word of its role somewhere in a clause or sentence asks this
        first: most hold none, and the answer then costs no range query.
        """
        key = (span.start, span.end)
        found = self._roles_cache.get(key)
        if found is None:
            roles = self.roles
            found = self._roles_cache[key] = {roles[(h.start, h.end)] for h in self.grammar.within(span.start, span.end)}
        return found

    def _preceded_by(self, pos: int, role: str, gap: int = 2) -> bool:
        """A grammar word of ``role`` ending at most ``gap`` characters before ``pos`` and
        starting at most ``6 + gap`` before it."""
        # asked tens of thousands of times per corpus: the made set is read here, without a call
        at = self._preceded_at.get((role, gap))
        return pos in (at if at is not None else self._preceded_positions(role, gap))

    def _wechat_counter(self, q) -> bool:
        """``阅读 10万+``, ``点赞：1,024``: a count right after a WeChat counter label (``grammar.csv``
        ``wechat_counter``), a blank or a colon at most between; ``分享了3个案例`` is no counter."""
        if self.ptext.startswith(_CELL_QUALIFIERS, q.start):
            return False  # 累计点赞约9,800个: a counter shows its count bare, never 约/超/近 before it
        at = q.start - 1 if q.start and self.ptext[q.start - 1] in _COUNTER_GAP else q.start
        return self._preceded_by(at, "wechat_counter", gap=0)

    def _rated_item(self, q, sentence: Sentence) -> bool:
        """A power that names a class of thing rather than measuring one: glued before a rack
        (``6kW机柜月租约5000元``, ``折合为6kW标准机柜``: the rack grade rents and counts are quoted
        in), or after an indefinite article and before a facility in a sentence that estimates
        (``我们测算，一个100MW的智算园区全投资约需50亿元``, ``以一座50MW数据中心估算``: the size of the
        example). ``机柜功率约6kW`` and ``园区规划100MW`` measure and stay."""
        if self._followed_by(q.end, "rated_item", gap=0):
            return True
        if not self._preceded_by(q.start, "example_lead", gap=0):
            return False
        at = q.end + (self.ptext[q.end:q.end + 1] == "的")
        return self.ptext.startswith(_EXAMPLE_FACILITIES, at) \
            and _EXAMPLE_ESTIMATE.search(self.ptext, sentence.start, sentence.end) is not None

    def _method_note(self, q) -> bool:
        """``采样范围：海外8家公有云、国内23家服务商``, ``调研说明：本次调研…覆盖互联网、金融等8个行业``:
        a count in the first sentence of a line a methodology label opens (``facts_words.csv``
        ``method_label``) tells whom the figures were gathered from, no claim. One match at the
        line's start: most lines open with no label."""
        t = self.ptext
        m = _METHOD_LABEL.match(t, t.rfind("\n", 0, q.start) + 1)
        return m is not None and m.end() <= q.start and _METHOD_NOTE_END.search(t, m.end(), q.start) is None

    def _survey_sample(self, q, clause: Span, sentence: Sentence) -> bool:
        """A survey's sample and its reach, told by the words around the count: right after the
        words naming the sample (``回收有效问卷2,340份``, ``我们调研的1,200名用户``, ``N=412``), before
        a counter, the population and a survey word (``对412家企业的调研``, ``1,200名受访者``), copies
        (份) in a clause naming questionnaires (``学生卷12,486份、教师卷3,205份``), or what the
        fieldwork covered in a sentence telling how it was run (``本次调查于5月开展，覆盖31个省``,
        ``调研样本覆盖一至五线城市``). How the figures were gathered is no claim: SCHEMA is silent,
        and the survey reports labelled since name no sample as a fact; the shares the survey
        found stay."""
        if self._method_note(q):
            return True
        if not _SURVEY_CAPTION.search(self.ptext, sentence.start, sentence.end):
            return False  # most counts: no survey named in their sentence
        if self._preceded_by(q.start, "sample_lead", gap=1) or _SAMPLE_AFTER.match(self.ptext, q.end):
            return True
        if self.ptext[q.start - 1:q.start] == "对" and _SAMPLE_TARGET.match(self.ptext, q.end):
            return True
        if self._followed_by(q.end, "sample_unit", gap=0) \
                and _QUESTIONNAIRE.search(self.ptext, clause.start, clause.end):
            return True
        return self._preceded_by(q.start, "sample_reach", gap=0) \
            and _FIELDWORK.search(self.ptext, sentence.start, sentence.end) is not None

    def _sensitivity_step(self, q) -> bool:
        """``电价每下降0.1元/千瓦时，年电费可节省约7900万元``, ``上架率每下降10个百分点，IRR下降约
        1.5个百分点``: a change after 每 (``grammar.csv`` ``step_lead``: ``每下降``, ``每提升``) is the step a sensitivity is quoted per, no claim; the effect after it stays."""
        # the lead (每下降) may end before the figure or run into it (the figure's text 下降0.1元)
        return any(h.start < q.start and q.start - h.end <= 1
                   for h in self._role_hits(max(0, q.start - 6), q.end, "step_lead"))

    def _bound_segment(self, q) -> bool:
        """``千万元以上大单31个``, ``500万元以下项目占比84%``, ``600美元以上高端机``, ``32GB及以上机型``:
        an amount closed by a bound word (``facts_words.csv`` ``segment_bound_suffix``) and glued,
        with no 的, to a kind of item (``segment_item``) names the segment the sentence counts
        or shares out, no amount of anything. ``营收达到100亿元以上。`` (nothing after) and
        ``超过100亿元的订单`` (a bound before, 的 between) are left to the other rules."""
        t = self.ptext
        end = q.end
        if not q.text.endswith(_SEGMENT_BOUND_SUFFIX):
            bound = next((w for w in _SEGMENT_BOUND_SUFFIX if t.startswith(w, end)), None)
            if bound is None:
                return False
            end += len(bound)
        return t.startswith(_SEGMENT_ITEMS, end)

    def _segment_threshold(self, q) -> bool:
        """``售价4000元以上的AI旗舰手机``, ``单价在299元至699元之间的产品``, ``NPU算力40 TOPS以上机型``:
        a bound (以上, 低于 ...) or a band (``…之间``) right after a product attribute
        (``facts_words.csv`` ``segment_attribute``, an optional 在 between) and right before
        the noun it qualifies names a segment of products, no price or capacity of anything.
        ``该机型售价下调至3,499元`` (no bound), ``营收达到100亿元以上。`` (a verb before, nothing after) stay."""
        t = self.ptext
        end = q.end
        if q.qualifier not in _SEGMENT_BOUNDS:
            if q.value_high is None:
                return False
            band = next((w for w in _SEGMENT_BAND_AFTER if t.startswith(w, end)), None)
            if band is None:
                return False
            end += len(band)
        before = t[max(0, q.start - 6):q.start].rstrip()
        if before.endswith("在"):
            before = before[:-1]
        if not before.endswith(_SEGMENT_ATTRIBUTES):
            return False
        if t.startswith(")", end) and t.rfind("(", max(0, q.start - TERM_DEFINITION_CHARS), q.start) >= 0:
            end += 1  # 满足…要求(NPU算力40 TOPS以上)的机型: a bracketed bound still qualifies the noun after it
        nxt = t[end:end + 1]
        return nxt == "的" or ("\u4e00" <= nxt <= "\u9fff")

    def _share_total(self, q) -> bool:
        """``份额合计100%``, ``四舍五入后合计可能不等于100%``: 100% right after a total word
        (``facts_words.csv`` ``share_total``, link words ``share_total_link`` between) is the whole
        a table's shares add up to, a note's check sum, no claim (SCHEMA: totals are no facts)."""
        if q.unit != "ratio" or q.signed or q.value != 1.0 or q.value_high is not None:
            return False
        return _SHARE_TOTAL.search(self.ptext, max(0, q.start - 12), q.start) is not None

    def _free_ended(self, q, clause) -> bool:
        """``停止对Windows 10的免费安全更新``: 免费 after a word ending it (``free_ended``) in the same
        clause is a free service that stops, no price cut to zero."""
        return _FREE_ENDED.search(self.ptext, max(clause.start, q.start - 24), q.start) is not None

    def _free_modifier(self, q) -> bool:
        """``免费层``, ``免费模型未列入``, ``首个免费的GLM-4系列模型``, ``可免费转载``: 免费 glued to the
        noun or act after it (``facts_words.csv`` ``free_modifier``), or joined to a noun by 的,
        describes an offer or a permission; only 免费 as the predicate (``全面免费，``,
        ``免费开放``, ``改为免费的。``) makes a service free."""
        t = self.ptext
        if t.startswith("的", q.end):
            return q.end + 1 < len(t) and t[q.end + 1] not in _FREE_DE_END
        return t.startswith(_FREE_MODIFIER, q.end)

    def _asked_free(self, q, sentence) -> bool:
        """``哪些是真免费?``: 免费 in a question asks, it states no price change."""
        t = self.ptext
        ends = [i for i in (t.find(c, q.end, sentence.end + 1) for c in "?。!;") if i >= 0]
        return bool(ends) and t[min(ends)] == "?"

    def _marker_definition(self, q, sentence) -> bool:
        """``注：“不适用”指公司亏损或市盈率超过300倍``: a quoted marker defined by a verb
        (``facts_words.csv`` ``marker_definition``) earlier in the sentence; the numbers of the
        definition are thresholds, no facts."""
        lo = max(sentence.start, q.start - TERM_DEFINITION_CHARS)
        return _MARKER_DEFINITION.search(self.ptext, lo, q.start) is not None

    def _english_size_segment(self, q) -> bool:
        """``rents for 250-500 kW requirements``, ``~US$100mn came from >1 MW AI-related deals``: a
        power or money band or bound right before an English noun of items (``segment_item_en``)
        names a size segment, no capacity or amount."""
        if q.value_high is None and q.qualifier not in _SEGMENT_BOUNDS:
            return False
        return _EN_SEGMENT_ITEM.match(self.ptext, q.end) is not None

    def _restatement(self, q, previous, sentence) -> bool:
        """``涨了百分之一百零九，就是翻了一倍还多``: a number opening a clause with a restating word
        (``facts_words.csv`` ``restatement_lead``) after a number of the same sentence says that
        number again in other words: one claim, the first number's."""
        if previous is None or previous.end < sentence.start:
            return False
        head = self.ptext[previous.end:q.start].rstrip(" ")
        lead = next((w for w in _RESTATEMENT_LEADS if head.endswith(w)), None)
        if lead is None:
            return False
        return head[:-len(lead)].rstrip(" ").endswith((",", "，"))

    def _restated_in_brackets(self, q, following) -> bool:
        """``增长接近两倍（约196%）``, ``翻倍（+105%）``: a multiple whose bracket right after holds
        only the same change in per cent: one claim, the bracket's (the exact figure)."""
        if following is None or following.unit != "ratio":
            return False
        t = self.ptext
        gap = t[q.end:following.start]
        if not gap.strip(" ").startswith("(") or len(gap) > 4 or not gap.rstrip(" ").endswith(("(", "约", "即", "+")):
            return False
        return t[following.end:following.end + 2].lstrip(" ").startswith(")")

    def _term_definition(self, q) -> bool:
        """``“双低”（价格低于120元且溢价率低于20%）``: a number inside a bracket that opens right
        after a quoted term (``facts_words.csv`` ``term_quote``) defines the term, no fact."""
        t = self.ptext
        open_ = t.rfind("(", max(0, q.start - TERM_DEFINITION_CHARS), q.start)
        if open_ <= 0 or t[open_ - 1] not in _TERM_QUOTES:
            return False
        return t.find(")", open_, q.start) < 0

    def _media_counter(self, q) -> bool:
        """``本期播放 4.6万　评论 312　订阅 12.8万``: a count a blank apart from a podcast's or a
        video page's counter label (``grammar.csv`` ``media_counter``); ``付费订阅1200万`` (no
        blank) is a count of subscriptions."""
        if not q.start or self.ptext[q.start - 1] not in " \u3000":
            return False
        at = q.start - 1
        while at and self.ptext[at - 1] in " \u3000":
            at -= 1
        return self._preceded_by(at, "media_counter", gap=0)

    def _listing_reason(self, q) -> bool:
        """``上榜原因：日跌幅偏离值达7%，换手率达25%``: a threshold of the exchange rule that put a
        stock on the dragon-tiger list (``grammar.csv`` ``listing_reason`` earlier in the same
        sentence, at most :data:`LISTING_REASON_CHARS` before), not a move of the stock."""
        hits = self._role_hits(max(0, q.start - LISTING_REASON_CHARS), q.start, "listing_reason")
        if not hits:
            return False
        return _SENTENCE_BREAK.search(self.ptext, hits[-1].end, q.start) is None

    def _preceded_positions(self, role: str, gap: int) -> set[int]:
        """Every position ``_preceded_by(pos, role, gap)`` holds for, made on first use."""
        at = self._preceded_at.get((role, gap))
        if at is None:
            at = self._preceded_at[(role, gap)] = {
                pos for h in self._role_hits_of.get(role, ()) for pos in range(h.end, min(h.end, h.start + 6) + gap + 1)}
        return at

    def _card_config(self, q) -> bool:
        """``8卡H100`` (an instance's configuration in a price table), ``8卡H20服务器``: a small
        count of 卡 right before an accelerator's name (a keyword counting GPUs) is how one
        machine is built, not a count of anything; ``1万卡H100集群`` (a cluster's size) is more
        than one machine holds and stays."""
        if q.value > _CONFIG_MAX_CARDS or not self.ptext.startswith("卡", q.end):
            return False
        return any(h.start == q.end + 1 and kw.keyword(h.word).metrics.get("count") == "gpu_demand"
                   for h in self.keywords.within(q.end + 1, q.end + 12))

    def _followed_by(self, pos: int, role: str, gap: int = 2) -> bool:
        """A grammar word of ``role`` starting at most ``gap`` characters after ``pos`` and
        ending at most ``6 + gap`` after it."""
        at = self._followed_at.get((role, gap))
        return pos in (at if at is not None else self._followed_positions(role, gap))

    def _followed_positions(self, role: str, gap: int) -> set[int]:
        """Every position ``_followed_by(pos, role, gap)`` holds for, made on first use."""
        at = self._followed_at.get((role, gap))
        if at is None:
            at = self._followed_at[(role, gap)] = {
                pos for h in self._role_hits_of.get(role, ()) for pos in range(max(h.start, h.end - 6) - gap, h.start + 1)}
        return at

    def _comparison_base(self, e) -> bool:
        """A name right after a comparison word is the base, not the subject (``较Nova-2``),
        also with a previous-generation word between (``较上一代Nova-2``, ``比前代产品Nova-2``),
        and so is a name framed by ``与…相比`` (``与上一代Nova-2相比，Nova-3…``). A comparison
        word that closes its clause (``相比，Nova-3``) leaves the next name the subject."""
        # asked for every name near every figure; the answer depends only on the name's span
        key = (e.start, e.end)
        found = self._base_memo.get(key)
        if found is None:
            found = self._base_memo[key] = self._comparison_base_at(e.start, e.end)
        return found

    def _comparison_base_at(self, start: int, end: int) -> bool:
        after_comparison = self._after_comparison  # _preceded_by(pos, "comparison", gap=1)
        if start in after_comparison and self.ptext[start - 1:start] not in _PUNCT:
            return True
        if self._base_of_multiple(start, end):
            return True
        lead = start
        # asked once per name of the document: read the words of the two roles from their own indexes
        prior = self._prior_versions
        for h in reversed(prior.before(start, start - 12) if prior else []):
            if start - h.end <= 3 and not _NOT_IN_NAME_GAP.search(self.ptext, h.end, start):
                if h.start in after_comparison:
                    return True
                lead = h.start
                break
        if self.ptext[max(0, lead - 1):lead] not in _COMPARE_WITH:
            return False
        return any(h.start == end and h.end - h.start >= 2 for h in self._role_hits(end, end + 8, "comparison"))

    def _rival_named(self, start: int, end: int) -> bool:
        """``市值超越工业富联，公司三季度…``, ``剔除已出售的高鑫零售后``, ``除英伟达之外，AMD…``,
        ``excluding Sun Art``: a name right after a comparison or exclusion word
        (``facts_words.csv`` ``rival_lead``), or between ``rival_aside`` and its close (除…之外), is
        only measured against or left out; it is never the subject of the sentence nor the
        company a later 公司 refers to. A name followed by its own figure (超过AMD的30%,
        超越TikTok9个月和Ins2.5年) keeps that figure."""
        t = self.ptext
        lead = t[max(0, start - _RIVAL_LEAD_LEN):start].rstrip()
        if lead.endswith(_RIVAL_LEADS) or lead.lower().endswith(_RIVAL_LEADS):
            return _RIVAL_OWN_FIGURE.match(t, end) is None
        if lead.endswith(_RIVAL_LEADS_CLOSED):
            return t.startswith(_RIVAL_CLOSE, end)
        if lead.endswith(_RIVAL_ASIDE):
            return t.startswith(_RIVAL_ASIDE_CLOSE, end)
        return False

    def _held_stock(self, e: _Ent) -> bool:
        """``软银清仓所持英伟达股份，约3,210万股，套现58.3亿美元``: a firm between a verb of holding
        or trading shares (``facts_words.csv`` ``held_stock_lead``, a word of how much between them
        allowed) and a share word (``held_stock_tail``) is the stock held or traded: the shares
        sold and the money raised are the holder's, never the stock's."""
        t = self.ptext
        if not t.startswith(_HELD_STOCK_TAILS, e.end):
            return False  # cheap pre-check: most names are not followed by 股份
        head = t[max(0, e.start - _HELD_STOCK_REACH):e.start]
        for _ in range(2):  # 出售其全部X股份: at most two words of how much
            filler = next((w for w in _HELD_STOCK_FILLERS if head.endswith(w)), None)
            if filler is None:
                break
            head = head[:-len(filler)]
        return head.endswith(_HELD_STOCK_LEADS)

    def _base_of_multiple(self, start: int, end: int) -> bool:
        """``是GB300 NVL72的3.3倍``, ``约为Hopper的40倍``: a name after a copula (``facts_words.csv``
        ``multiple_base_lead``) and before 的 and a multiple is what the multiple is measured
        against; the subject is the name before the copula."""
        if "倍" not in self.ptext[end:end + 24]:
            return False  # cheap pre-check: most names are no base of a multiple
        if not self.ptext[max(0, start - 4):start].rstrip().endswith(_MULTIPLE_BASE_LEAD):
            return False
        return _MULTIPLE_AFTER_BASE.match(self.ptext, end) is not None

    def _figured_base(self, e: _Ent, q) -> bool:
        """``是传统通用机柜6-8kW的十几倍``: concept ``e`` stands after a copula (``multiple_base_lead``)
        and at most a word of kind (``multiple_base_modifier``), and right before its own figure
        (bare or bracketed), 的 and the multiple ``q``: the base of ``q``, not its subject."""
        if e.end > q.start or _FIGURED_BASE_GAP.fullmatch(self.ptext, e.end, q.start) is None:
            return False
        head = self.ptext[max(0, e.start - 6):e.start].rstrip()
        for word in _BASE_MODIFIERS:
            if head.endswith(word):
                head = head[:-len(word)]
                break
        return head.endswith(_MULTIPLE_BASE_LEAD)

    def _without_whole_owner(self, names: list, q) -> list:
        """``G42获得阿联酋AI芯片进口配额的两成``: a name after an earlier name and a verb, in the
        noun phrase that runs to 的 right before a share, owns the whole the share is of (the
        UAE's quota), so the earlier name is the subject; names listed together
        (``whole_owner_gap_not``) or a share verb after the later one (``微软、谷歌占…的60%``,
        ``whole_owner_tail_not``) keep both."""
        before = [e for e in names if e.end <= q.start and e.type != "concept"]
        if len(before) < 2:
            return names  # cheap pre-check: most shares have one name before them
        owners = set()
        for prev, e in zip(before, before[1:]):
            gap, tail = self.ptext[prev.end:e.start], self.ptext[e.end:q.start]
            # OpenAI的GPT-5…定在GPT-4o的一半: a possessive gap makes the later name the subject, and
            # a tail naming another name or running long is no noun phrase of the whole
            if gap.strip() not in ("", "的") and not any(w in gap for w in _WHOLE_OWNER_GAP_NOT) \
                    and len(tail) <= _WHOLE_TAIL_MAX and not any(w in tail for w in _WHOLE_OWNER_TAIL_NOT) \
                    and not any(x.type != "concept" for x in self.entities.within(e.end, q.start)):
                owners.add((e.start, e.end))
        return [e for e in names if (e.start, e.end) not in owners] if owners else names

    def _near_in_clause(self, q, clause: Span, role: str, before: int, after: int) -> bool:
        """A grammar word of ``role`` within ``before`` characters before ``q`` or ``after``
        characters after it, with no clause break between (the clause bounds the reach)."""
        if role not in self._roles_in(clause):
            return False
        lo, hi = max(clause.start, q.start - before - 8), min(clause.end, q.end + after + 8)
        for h in self._role_hits(lo, hi, role):
            if (h.end <= q.start and q.start - h.end <= before) or (h.start >= q.end and h.start - q.end <= after):
                return True
        return False

    # ---- metric ----------------------------------------------------------------------
    def _metric_for(self, q, cls: str, clause: Span, header_kw) -> tuple[kw.Keyword, str, kw.Hit | None] | None:
        best = None
        in_tokens = self._counts_tokens(q, cls)
        own = self._bracket_around(q, clause)
        for hit in self.keywords.within(clause.start, clause.end):
            k = kw.keyword(hit.word)
            if cls not in k.metrics:
                continue
            if in_tokens and k.metrics[cls] in _NOT_TOKEN_COUNT:
                continue  # 新用户可获得500万tokens: a token volume is no count of users or parameters
            if hit.word in _TOKEN_ONLY_COUNT and not self._names_token_count(hit, in_tokens):
                continue  # 每天 names a daily token volume, not a count of anything else per day
            if k.metrics[cls] == "return" and self._followed_by(hit.end, "level_after", gap=0):
                continue  # 持股比例升至23.26%: 升至 reaches a level, it is no price move
            if hit.end <= q.start:
                dist = q.start - hit.end
            elif hit.start >= q.end and self._next_field_label(q.end, hit):
                continue  # 市值：320亿元　　52周股价区间：…: the label of the line's next field
            elif hit.start >= q.end:
                dist = (hit.start - q.end) * 1.5 + 1
            else:
                dist = 0
            if own is not None:
                if not own[0] < hit.start < own[1]:
                    dist += 50  # 甲公司（资本开支同比+40%）受供给影响: a bracketed figure is about its bracket's words
            elif self._in_brackets(hit.start, clause):
                dist += 50  # 资本开支（含融资租赁）: a parenthetical qualifies, it does not name the metric
            if best is None or dist < best[0]:
                best = (dist, k, hit)
        if best is not None:
            k, hit = best[1], best[2]
            if _bare_move(k, cls) and hit.end <= q.start:
                # (a move word that names the traded amount itself, shares or 股价, is the subject:
                # Shares rose ~6% after a sentence on EPS is the share move, not EPS growth)
                # 云业务收入大涨45%: a rise word after an amount is that amount's growth, not a
                # share-price return (股价大涨 keeps its return: 股价 is a valuation word);
                # 收入为12亿美元，按年上升36.4%: so is one after the amount of an earlier clause
                # of the sentence, unless a name between starts another subject
                earlier = [h for h in self.keywords.within(clause.start, hit.start)]
                if not earlier:
                    seg = max(self.ptext.rfind(c, 0, clause.start) for c in _SEGMENT_ENDS) + 1
                    before = list(self.keywords.within(seg, clause.start))
                    if before and _bare_move(kw.keyword(before[-1].word), cls):
                        # 合约价上涨10%~15%，1Q26再涨25%~30%: an earlier bare rise word is no subject;
                        # the amount before it is (股价, 收盘 name an amount and stay)
                        before = [h for h in before if not _bare_move(kw.keyword(h.word), cls)]
                    if before and not any(e.start >= before[-1].end for e in self._candidates(before[-1].end, q.start)):
                        earlier = before
                between = self.ptext[earlier[-1].end:hit.start] if earlier else ""
                if earlier and any(w in between for w in _TRADED_NOUNS):
                    # 服务器指数上涨5%, 液冷板块上涨: the move of an index or sector is a return
                    earlier = []
                if earlier:
                    k2 = kw.keyword(earlier[-1].word)
                    base = k2.metrics.get("money") or k2.metrics.get("count")
                    if k2.theme != "valuation" and base:
                        growth = k2.metrics.get(cls, "")
                        # 合约价上涨10%~15%: a price's move is its price change (SCHEMA), not a growth
                        kept = ("_growth", "price_change")
                        return k2, growth if growth.endswith(kept) else f"{base}_growth", earlier[-1]
            return k, k.metrics[cls], hit
        for hit in header_kw:
            k = kw.keyword(hit.word)
            if cls in k.metrics:
                return k, k.metrics[cls], hit
        default = kw.unit_defaults().get(q.kind)
        if q.kind == "bytes":
            return None  # a byte size with no data word takes the default last (_bytes_default)
        return (default, default.metrics[cls], None) if default is not None and cls in default.metrics else None

    def _next_field_label(self, end: int, hit) -> bool:
        """Whether keyword ``hit``, after a value ending at ``end``, labels the next field of a
        header line of ``label：value`` fields set apart by a run of spaces (``市值：320亿元　　
        股价区间：30.15－68.20元``): a run of two or more spaces (or a tab) between, and the label
        reaching its colon with no digit or clause mark first."""
        gap = self.ptext[end:hit.start]
        if _FIELD_GAP.search(gap) is None:
            return False
        return _FIELD_LABEL_TAIL.match(self.ptext, hit.end) is not None

    def _satellite_metric(self, metric: str, cls: str, q, clause: Span, sentence: Sentence) -> str:
        """A satellite count (``theme_boundaries.csv``: 颗 after 卫星) named by what it counts: the
        last ``satellite_kind`` word before it in its sentence (在轨 -> ``satellites_in_orbit``,
        发射 -> ``satellites_launched``); a count after a change word of its clause
        (``较2023年底增加约160颗``) is the level's change."""
        before = self.ptext[sentence.start:q.start]
        at, kind = max(((before.rfind(w), v) for w, v in _SATELLITE_KINDS.items()), default=(-1, ""))
        if at < 0:  # 首批4颗SAR卫星在轨运行: the kind may follow in the count's clause
            after = self.ptext[q.end:clause.end]
            at, kind = next(((0, v) for w, v in _SATELLITE_KINDS.items() if w in after), (-1, ""))
        if at >= 0:
            metric = "satellites_" + kind + metric[len("satellites"):]
        if cls == "count" and not metric.endswith("_change") \
                and _LEVEL_CHANGE.search(self.ptext, clause.start, q.start) is not None:
            metric += "_change"
        return metric

    def _volume_unit(self, q) -> tuple[str, float, bool] | None:
        """The volume unit written right after a count (``95亿升``, ``25万立方米``, ``200毫升``:
        ``facts_words.csv`` ``volume_unit``) as (metric suffix, scale to it, sure), or None; a
        move word opening with the unit's character is none (``volume_unit_not_after``: 升至), and so is
        a rate (``升/千瓦时``). Sure
        is False for a one-character unit that also opens other words (方)."""
        t = self.ptext
        if t[q.end:q.end + 1] not in _VOLUME_FIRST:
            return None  # cheap pre-check: most counts go on with no volume unit
        m = _VOLUME_UNIT.match(t, q.end)
        if m is None or t.startswith(_VOLUME_NOT_AFTER, q.end) or t[m.end():m.end() + 1] in "/每":
            return None  # 0.4升/千瓦时: litres per unit of energy is a rate (WUE), no volume
        suffix, scale = _VOLUME_UNITS[m.group(0)]
        return suffix, scale, m.group(0) != "方"

    def _bytes_default(self, q, cls: str):
        """The metric of a byte size no rule found one for (企业级SSD需求达95EB: ``unit_metrics.csv``),
        after the earlier clause's data word had its turn (训练数据上，GPT-2用了40GB); none for a size
        that names a product (30.72TB SSD, 192GB HBM3e)."""
        default = kw.unit_defaults().get(q.kind)
        if default is None or cls not in default.metrics or self._product_capacity(q):
            return None
        return default, default.metrics[cls], None

    def _product_capacity(self, q) -> bool:
        """True when a byte size with no data word beside it is a product's capacity: a product
        word or a Latin name right after it (``30.72TB SSD``, ``1Tb颗粒``, ``192GB HBM3e``) or a spec
        word right before it (``容量达36GB``, ``配备``: ``facts_words.csv`` ``capacity_spec_*``); or
        digits glued into a name (``FY24Q3GB200`` is no 3GB)."""
        if self._glued_to_latin(q) or self.ptext[q.end:q.end + 1].isdigit():
            return True  # FY24Q3GB200: a label and a chip's name glued together, no size at all
        after = self.ptext[q.end:q.end + 8].lstrip()
        if after[:1].isascii() and after[:1].isalpha() or after.startswith(_CAPACITY_AFTER):
            return True
        before = self.ptext[max(0, q.start - 6):q.start]
        return any(w in before for w in _CAPACITY_BEFORE)

    def _card_holding(self, metric: str, q, clause: Span) -> str:
        """``自己有五千张卡`` / ``另外租了一万多张``: a fleet of cards said to be owned or rented
        (``card_holding`` words of ``facts_words.csv`` in the clause before the count) is
        ``accelerator_cards_owned`` / ``_rented``; other fleets keep ``metric``."""
        before = self.ptext[clause.start:q.start]
        for word, how in _CARD_HOLDING:
            if word in before:
                return f"{metric}_{how}"
        return metric

    def _names_token_count(self, hit, in_tokens: bool) -> bool:
        """Whether a token-only word (``token_only_count``: 每天, 处理) names the count: only one
        written in tokens, and not after a word of capability (``token_capacity_lead``:
        ``可一次处理100万tokens`` is a capacity, like a context window, no count of use)."""
        return in_tokens and not self.ptext[max(0, hit.start - 3):hit.start].endswith(_TOKEN_CAPACITY_LEADS)

    def _counts_tokens(self, q, cls: str) -> bool:
        """True for a count written in tokens (``500万tokens``)."""
        return cls == "count" and self.ptext[q.end:q.end + 7].lstrip().lower().startswith(
            _TOKEN_WORDS)

    def _bracket_around(self, q, clause: Span) -> tuple[int, int] | None:
        """The (open, close) positions of the brackets of ``q``'s clause that hold it, if any."""
        if not self._in_brackets(q.start, clause):
            return None
        t = self.ptext
        opened = max(t.rfind("(", clause.start, q.start), t.rfind("（", clause.start, q.start))
        closes = [i for i in (t.find(")", q.end, clause.end), t.find("）", q.end, clause.end)) if i >= 0]
        return (opened, min(closes)) if closes else None

    def _in_brackets(self, pos: int, clause: Span) -> bool:
        t, lo = self.ptext, clause.start  # searched in place: no slice per keyword
        if _OPEN_BRACKET.search(t, lo, pos) is None:
            return False  # most clauses open no bracket: one search tells, before four rfinds
        opened = max(t.rfind("(", lo, pos), t.rfind("（", lo, pos))
        # the closing ones are looked for only after an opening one
        return opened >= 0 and opened > max(t.rfind(")", lo, pos), t.rfind("）", lo, pos))

    # ---- entities --------------------------------------------------------------------
    def _candidates(self, start: int, end: int) -> list[_Ent]:
        """Names in ``[start, end)`` that can be a subject: no counted object, no source, no
        comparison base (相对GPT-4-turbo下降50%); the filter is applied once in :meth:`_link_indexes`."""
        return self._candidate_index.within(start, end)

    def _enumeration(self, ents: list[_Ent], upto: int) -> list[_Ent]:
        """The run of entities joined by 、/和/与 that ends nearest before ``upto``."""
        return self._joined_run([e for e in ents if e.type != "concept" and e.end <= upto])

    def _maker_and_product(self, run: list[_Ent]) -> bool:
        """``优必选Walker S2``: a company and, with nothing between, a product or model that is
        its own or of no known maker (not two firms listed)."""
        firm, product = run
        return firm.type == "company" and product.type in ("product", "model") \
            and product.org in (None, "", firm.name) and firm.end == product.start

    def _joined_run(self, items: list) -> list:
        """The items (entities or keyword hits, in text order) joined by 、/和/与 that end with
        the last one: ``A、B和C`` -> [A, B, C]; an item followed by other words ends the run."""
        if not items:
            return []
        run = [items[-1]]
        for item in reversed(items[:-1]):
            between = self.ptext[item.end:run[0].start].strip()
            if len(between) <= 2 and all(ch in _ENUM_JOINERS for ch in between):
                run.insert(0, item)
            else:
                break
        return run

    def _recent_group(self, m: re.Match, sentence: Sentence) -> _Ent | None:
        """``四家合计``: the last N distinct named companies before it, as a group."""
        n = small_count(m.group(1))
        if n is None:
            return None
        # 四家合计 counts firms: the models and products named among them are not members
        counts = kw.word_group("group_counter")[m.group(2)]
        types = tuple(counts.split("|")) if counts else _GROUP_MEMBER_TYPES
        listed = self._listed_members(m.start(), n)
        if listed is not None:
            group = self._group_entity(listed)
            return _Ent(m.start(), m.end(), group.name, group.type)
        seen: list[_Ent] = []
        for e in reversed(self._candidates(max(0, m.start() - 600), m.start())):
            if e.type in types and e.name not in {x.name for x in seen}:
                seen.insert(0, e)
                if len(seen) == n:
                    # the group stands where its count is written, for the clauses after it
                    group = self._group_entity(seen)
                    return _Ent(m.start(), m.end(), group.name, group.type)
        return None

    def _covered_sample(self, q, seg_start: int, sentence: Sentence) -> _Ent | None:
        """``预计2025Q4合计归母净利润约182.7亿元…（X、Y未覆盖）`` next to a table of companies
        captioned ``AI应用A股公司业绩前瞻``: a total (合计) with no name before it in its
        segment is the sum over the companies the table covers, named from its caption
        (``Covered AI application A-shares``), never a firm named after the number; None when
        no such table ends within a few paragraphs before it (or, failing that, starts within
        a few after it)."""
        total, word = max((self.ptext.rfind(w, seg_start, q.start), w) for w in _SAMPLE_TOTALS)
        if self._candidates(seg_start, q.start) or _COUNTED_NOUN.search(self.ptext, seg_start, q.start):
            return None  # 微软、谷歌合计, 海外云厂商合计, 四家公司…合计: the named or counted group's own sum
        i = bisect.bisect_left(self._sentence_starts, sentence.start)
        before = next((k for k in range(i - 1, -1, -1) if self.sentences[k].is_row), None)
        if before is None or sentence.paragraph - self.sentences[before].paragraph > _SAMPLE_REACH:
            # （见表2）… the table below: its last row
            after = next((k for k in range(i + 1, len(self.sentences))
                          if self.sentences[k].is_row and not self.sentences[k].is_header), None)
            if after is None or self.sentences[after].paragraph - sentence.paragraph > _SAMPLE_REACH:
                return None
            while after + 1 < len(self.sentences) and self.sentences[after + 1].is_row \
                    and self.sentences[after + 1].header == self.sentences[after].header:
                after += 1
            before = after
        row = self.sentences[before]
        if row.caption is None or row.is_header:
            return None
        members = self._rows_above(row)
        own = self._row_entity(row)
        if own is not None and own.name not in {m.name for m in members}:
            members.append(own)
        if sum(1 for m in members if m.type == "company") < 2:
            return None  # a table of models, markets or one firm's lines has no covered sample
        return _Ent(total, total + len(word), self._sample_name(row.caption), "group")

    def _sample_name(self, cap: Span) -> str:
        """The covered sample a caption names (``表3：AI应用A股公司业绩前瞻（单位：亿元）``):
        ``Covered`` + its sector words in English + its listing (``covered_listing``) or
        ``companies``: ``Covered AI application A-shares``."""
        text = self.ptext[cap.start:cap.end]
        m = _CAPTION_LABEL.match(text)
        end = min([i for i in (text.find("("), text.find("（")) if i > 0] or [len(text)])
        start = m.end() if m and m.end() < end else 0
        # the subject stands before the caption's first metric word or period (业绩前瞻, 2025Q4)
        for h in list(self.keywords.within(cap.start + start, cap.start + end)) + \
                list(self.periods.within(cap.start + start, cap.start + end)):
            end = min(end, h.start - cap.start) if h.start - cap.start > start else end
        subject = text[start:end].strip()
        listing = next((english for word, english in _COVERED_LISTINGS.items() if word in subject), None)
        for word in list(_COVERED_LISTINGS) + list(_SAMPLE_NOUNS):
            subject = subject.replace(word, "")
        sector = index_name(subject.strip() + "板块") if subject.strip() else None
        words = []
        if sector and not _HAN.search(sector):
            # AI Application sector -> AI application: a sector's words, acronyms kept
            words = [w if w.isupper() or any(c.isdigit() for c in w) else w.lower()
                     for w in sector.split() if w.lower() != "sector"]
        return " ".join(["Covered", *words, listing or "companies"])

    def _listed_members(self, at: int, n: int) -> list[_Ent] | None:
        """``云杉智能、北辰机器人与Nimbus Robotics三家合计``: the ``n`` names listed right before a
        count at ``at`` (parted by 、/和/与), each by its lexicon name or, when no name is known
        there, its own English form; None unless the clause before the count is exactly such a
        list of ``n`` names (the members are then never names from an earlier sentence)."""
        t = self.ptext
        lo = max(t.rfind(c, max(0, at - _LISTED_REACH), at) for c in _LISTED_STOPS) + 1
        if at - lo < 4 or "、" not in t[lo:at] and not any(j in t[lo:at] for j in "和与及"):
            return None  # most counts follow no list: one look before splitting
        parts = [(p.start(), p.end()) for p in _LISTED_PART.finditer(t, lo, at)]
        if len(parts) != n:
            return None
        known = [e for e in self._candidates(lo, at) if e.type != "concept"]
        members: list[_Ent] = []
        for a, b in parts:
            inside = [e for e in known if a <= e.start and e.end <= b]
            if len(inside) == 1 and b - a - (inside[0].end - inside[0].start) <= 2:
                members.append(inside[0])  # a lexicon name, with at most a short word beside it
            elif not inside and _LISTED_NAME.fullmatch(t, a, b) and not list(self.periods.within(a, b)):
                members.append(_Ent(a, b, firm_english(t[a:b]), "company"))
            else:
                return None
        return members

    def _group_entity(self, run: list[_Ent]) -> _Ent:
        names = [e.name for e in run]
        name = kw.groups().get(frozenset(names))
        if name is None and all(e.type == "model" for e in run):
            name = _family_listed_name(list(dict.fromkeys(names)))
        name = name or _listed_name(list(dict.fromkeys(names)))
        return _Ent(run[0].start, run[-1].end, name, "group")

    def _anaphor_company(self, q, clause: Span, sentence: Sentence, keyword_hit=None) -> _Ent | None:
        """``以创业公司星图智能为例，其企业平台ARR约1.2亿元``: a clause opening with a pronoun of
        ``facts_words.csv`` ``company_anaphor`` and naming no one before the number is about the
        company named last in the clauses before it or the sentence before, not a topic noun of
        its own clause. The returned name stands where the pronoun is, so the clauses after it
        that name no one carry it.
        """
        head = self.ptext[clause.start:q.start]
        body = head.lstrip(" ●•·-*")
        if not body.startswith(_COMPANY_ANAPHORS) and self.ptext.startswith(
                _COMPANY_ANAPHORS, lead := self._after_lead_time(clause.start, q.start)):
            body = self.ptext[lead:q.start]  # FY2026Q2（截至…）公司收入: the pronoun after a leading time
        if not body.startswith(_COMPANY_ANAPHORS):
            return None  # most clauses open with no pronoun
        word = next((w for w in _COMPANY_ANAPHORS if body.startswith(w)), None)
        if word is None or body[len(word):len(word) + 1] in kw.word_group("not_anaphor_after"):
            return None
        at = clause.start + len(head) - len(body)
        after = self._candidates(at + len(word), q.start)
        if any(e.type != "concept" for e in after):
            return None
        if keyword_hit is not None and any(self._segment_of_company(c, keyword_hit)[0] is not c for c in after):
            return None  # 英伟达，其数据中心收入: a segment of the company (Nvidia Data Center), named as such
        floor = max(self._item_floor(sentence.start), sentence.start - _ANAPHOR_REACH)
        kind = kw.word_group("company_anaphor")[word]
        if kind == "company" and self.report_company is not None:
            return None  # a company note: 公司 is the note's company (the pronoun rule of _pick_entity)
        heading = self._heading_company_for(at, sentence) if kind == "company" else None
        if heading is not None:
            return _Ent(at, at + len(word), heading.name, heading.type, heading.org)
        for e in reversed(self._candidates(floor, at)):
            if self._partner_before(e):
                continue  # OpenAI追加的65亿美元合同。但公司将…: the customer named last is not 公司
            if e.type == "company" or (kind == "any" and e.type != "concept"):
                if "某" in self.ptext[e.end:at] and self._unnamed_subject(e.end, at):
                    # 腾讯…欧盟对某AI公司开出罚单。该公司全球营收约3.2亿欧元: the unnamed firm's
                    return _Ent(at, at + len(word), UNSPECIFIED, "company")
                return _Ent(at, at + len(word), e.name, e.type, e.org)
        return None

    def _rival_share_owner(self, in_clause: list[_Ent], q, clause: Span) -> _Ent | None:
        """``远高于AMD的30%和Arm阵营的15%``: a name written after a comparative of the clause
        (``grammar.csv`` ``rival_comparator``) and right before 的 and the share (up to two
        words of a group between: 阵营, 平台) is whose share it is, never the whole of a
        fraction; None when the clause has no such name."""
        before = self.ptext[q.start - 4:q.start]
        if not before.endswith("的"):
            return None
        rivals = kw.grammar_words().get("rival_comparator", ())
        for e in reversed(in_clause):
            if e.end > q.start or e.type == "concept":
                continue
            gap = self.ptext[e.end:q.start]
            if not _RIVAL_GAP.fullmatch(gap):
                return None
            head = self.ptext[clause.start:e.start]
            return e if any(w in head for w in rivals) else None
        return None

    def _pick_entity(self, q, theme: str, clause: Span, sentence: Sentence, keyword_hit=None) -> list[_Ent]:
        """Entities a quantity is about (several for 均/各 or a bare enumeration)."""
        prefer = _THEME_ENTITY_TYPES.get(theme, ())
        if theme not in _OWN_SUBJECT_THEMES:
            host = self._ir_reply_company(q.start)
            if host is not None:
                # 【中际旭创 300308】 问：… 答：公司800G光模块月产能超150万只: an investor-relations
                # answer is the coded company's, never its product's or a firm the question named
                return [host]
        if keyword_hit is not None and keyword_hit.word in _PENALTY_KEYWORDS:
            payer = self._penalty_payer(q, clause)
            if payer is not None:
                self._penalty_paid.add(q.start)
                return payer
        in_clause = self._candidates(clause.start, clause.end)
        if keyword_hit is not None and keyword_hit.end <= clause.start \
                and keyword_hit.word in _EVENT_HEADS:
            # 集中采购，总规模约1.2万台AI服务器: what a tender counts is not who tenders
            in_clause = [e for e in in_clause if not (e.type == "concept" and e.start >= q.end)]
        if q.kind in ("fraction", "percent") and "的" in self.ptext[clause.start:q.start]:
            # 远高于AMD的30%和Arm阵营的15%: after a comparative, a name and 的 own the share
            rival = self._rival_share_owner(in_clause, q, clause)
            if rival is not None:
                return [rival]
        if q.kind in ("fraction", "percent"):
            # 定在GPT-4o的一半, 占营收的30%: the name right before 的 is the whole, not the subject
            in_clause = [e for e in in_clause if self.ptext[e.end:q.start].strip() != "的"]
            if self.ptext[q.start - 1:q.start] == "的":
                in_clause = self._without_whole_owner(in_clause, q)
        if q.kind == "multiple" and any(e.type == "concept" for e in in_clause):
            # 是传统通用服务器机柜（约6-8kW）的15倍以上: the racks are what the multiple is of; the
            # subject is the one named before the copula (or carried from the clause before)
            in_clause = [e for e in in_clause if not (e.type == "concept" and self._figured_base(e, q))]
        # every name of the clause before the number: read by three rules below
        named_before = self.entities.within(clause.start, q.start)
        if q.kind not in ("fraction", "percent"):
            # 比Kimi K2的320亿多一倍: the base of a comparison, written as X的N, is X's number
            owner = [e for e in named_before
                     if _BASE_OWNER_GAP.fullmatch(self.ptext, e.end, q.start)
                     and e.type != "concept" and self._comparison_base(e)
                     # 是Hopper的40倍: the base of a multiple does not own the multiple
                     and not (q.kind == "multiple" and self._base_of_multiple(e.start, e.end))]
            if owner:
                return owner[-1:]
        in_sentence_roles = self._roles_in(sentence)
        if self.report_company is not None and "company_pronoun" in in_sentence_roles:
            # 可比公司平均PE约45倍，给予公司60倍PE: in a company note, 公司 after the names of its
            # clause is the note's company
            said = [h for h in self._role_hits(clause.start, q.start, "company_pronoun")
                    if not any(e.start <= h.start < e.end for e in named_before)]
            # 公司对北美三大云厂商的收入: a customer after 对/向 does not take 公司's place
            if said and not any(e.type != "concept" and e.start >= said[-1].end
                                and not self._preceded_by(e.start, "sales_counterparty", gap=0)
                                for e in self._candidates(said[-1].end, q.start)):
                return [self.report_company]
        if self.report_company is None and "company_pronoun" in in_sentence_roles:
            covered = self._forecast_company(q, sentence, named_before)
            if covered is not None:
                return [covered]
        referent = self._anaphor_company(q, clause, sentence, keyword_hit)
        if referent is not None:
            return [referent]
        owner = self._bracket_owner(q, sentence)
        if owner is not None:
            return [owner]
        seg_start = self._segment_start(sentence, clause.start)
        pronouns = []
        if "company_pronoun" in in_sentence_roles:
            pronouns = [h for h in self._role_hits(seg_start, q.start, "company_pronoun")
                        if self._after_lead_time(self._clause_start(sentence, h.start), h.start) == h.start]
        if pronouns and not any(e.type != "concept" and not (
                e.start > pronouns[-1].start and self._preceded_by(e.start, "sales_counterparty", gap=0))
                for e in self._candidates(seg_start, q.start)):
            # 公司表示…资本开支将超过300亿美元: the company named last, not its product; in a
            # company note with nothing named before, the company of the headline
            at = pronouns[-1]  # the subject now stands where the pronoun is, for the clauses after it
            anonymous = self._anonymous_firm(max(self._item_floor(sentence.start), sentence.start - _ANONYMOUS_REACH),
                                             at.start)
            if anonymous is not None:
                return [_Ent(at.start, at.end, anonymous, "company")]
            heading = self._heading_company_for(at.start, sentence) if self.report_company is None else None
            if heading is not None:
                return [_Ent(at.start, at.end, heading.name, heading.type, heading.org)]
            for e in reversed(self._candidates(max(self._item_floor(sentence.start), sentence.start - 600), q.start)):
                # 来自Meta、英伟达等客户。管理层预计…: a customer or partner named before is not 管理层's firm
                if e.type == "company" and not self._partner_before(e):
                    return [_Ent(at.start, at.end, e.name, e.type, e.org)]
            if self.headline_company is not None:
                e = self.headline_company
                return [_Ent(at.start, at.end, e.name, e.type, e.org)]
        if "both" in in_sentence_roles and self._role_hits(clause.start, q.start, "both"):
            # 两者均增长25%以上: the two names before share the number, one row each
            named: list[_Ent] = []
            for e in reversed(self._candidates(max(0, sentence.start - 200), clause.start)):
                if e.type != "concept" and e.name not in {x.name for x in named}:
                    named.insert(0, e)
                    if len(named) == 2:
                        both = self._role_hits(clause.start, q.start, "both")[-1]
                        if self._role_hits(both.end, q.start, "group"):
                            return [self._group_entity(named)]  # 两家合计约六成: the two together, one row
                        spread = self._role_hits(both.end, q.start + 1, "distribute")
                        if spread:
                            # 两者分别累升约138%及170%: the first value is the first name's, the
                            # second the second's, not both names' each
                            values = [x.start for x in self.quantities.within(spread[-1].end, clause.end)
                                      if x.kind == q.kind]
                            if len(values) == 2 and q.start in values:
                                return [named[values.index(q.start)]]
                        return named
        counted = _COUNTED_GROUP.search(self.ptext, clause.start, q.start)
        if counted:
            group = self._recent_group(counted, sentence)
            if group is not None:
                return [group]
        if not sentence.is_row and _SAMPLE_TOTAL.search(self.ptext, seg_start, q.start):
            covered = self._covered_sample(q, seg_start, sentence)
            if covered is not None:
                return [covered]
        # 电子指数跑赢沪深300指数2个百分点: the benchmark is what the subject is measured against
        in_clause = [e for e in in_clause if not self._preceded_by(e.start, "benchmark", gap=1)]
        # 占加权指数权重约42%, 占全A成交额的12%: a market or index right after a share verb is the
        # whole the share is of; the subject is the part named before (or in an earlier clause)
        in_clause = [e for e in in_clause
                     if not (e.type in _VENUE_TYPES and self._preceded_by(e.start, "share_of", gap=0))]
        # 南向资金净买入港股317亿港元: a market right after a buying verb is where the money went;
        # the buyer named before it is the subject
        in_clause = [e for e in in_clause
                     if not (e.type in _VENUE_TYPES and self._preceded_by(e.start, "flow_object", gap=0))]
        before = [e for e in in_clause if e.end <= q.start]
        if q.kind in ("fraction", "percent") and before and "share_of" in in_sentence_roles:
            # 微软是最大买家，占今年GB200整柜订单的35%左右: a name after the share verb is (part of)
            # the whole the share is of; the subject is the part written before the verb (or carried)
            verbs = self._role_hits(clause.start, q.start, "share_of")
            if verbs:
                if any(e.start >= verbs[-1].end for e in before):
                    rest = [e for e in before if e.start < verbs[-1].start]
                    if rest or self.ptext[clause.start:verbs[-1].start].strip(" ，,") == "":
                        before = rest
        if len(before) > 1:
            # 全球AI耳机（支持实时翻译/大模型语音助手）出货约1,150万副: a name inside a bracket closed
            # before the number glosses the subject written before it, and is none itself
            outside = [e for e in before if not self._in_closed_bracket(e, clause.start, q.start)]
            if outside and len(outside) < len(before):
                before = outside
        # 比Opus 4.1降价67%——Opus 4.1时代的价格…: a comparison base named again after the number
        # is still the base
        after = [e for e in in_clause if e.start >= q.end]
        if after:  # most figures have no name after them: the bases are read only for those that do
            bases = {e.name for e in named_before if self._comparison_base(e)}
            after = [e for e in after if e.name not in bases]
        run = self._enumeration(before, q.start)
        if len(run) == 2 and self._maker_and_product(run):
            # 优必选Walker S2累计订单: a maker written right before its product is one subject, no
            # list: the firm's for its money, the product's for the rest (its price, its users)
            return run[:1] if theme in _FIRM_THEMES else run[1:]
        if len(run) >= 2:
            tail = self.ptext[run[-1].end:q.end]
            if any(w in tail for w in kw.grammar_words()["group"]):
                return [self._group_entity(run)]
            if all(self.ptext[a.end:b.start] == "/" for a, b in zip(run, run[1:])):
                # GB200/GB300機櫃出貨量季增約30%: names joined by a bare slash label one line of
                # products, whose figure is one claim, not one for each; named as written
                return [_Ent(run[0].start, run[-1].end, "/".join(dict.fromkeys(e.name for e in run)), "group")]
            others = [e for e in in_clause if run[-1].end <= e.start < q.start]
            if not any(w in tail for w in kw.grammar_words()["distribute"]) and not others and (
                any(w in tail for w in kw.grammar_words()["each"]) or len(tail) <= 12
            ):
                return run

        def nearest(pool):
            pre = [e for e in pool if e.end <= q.start]
            return [pre[-1]] if pre else [pool[0]]

        def off_keyword(e):
            if keyword_hit is None or e.end <= keyword_hit.start or e.start >= keyword_hit.end:
                return True
            # 智能算力规模, 服务器市场规模: a keyword ending in a size word measures the concept
            # written before that word
            word = self.ptext[keyword_hit.start:keyword_hit.end]
            size = max((w for w in kw.grammar_words().get("size_word", ()) if word.endswith(w)), key=len, default="")
            return bool(size) and e.start < keyword_hit.end - len(size)

        named = [e for e in before + after if e.type != "concept"]
        concepts = [e for e in before + after if e.type == "concept"]
        if not named and q.kind in ("percent", "fraction"):
            place = _PLACE_SHARE.search(self.ptext, clause.start, q.start)
            if place is not None and not self.entities.within(place.start(1), q.start):
                # 本科毕业于德国的比例为37%: the place written before the share word owns it
                return [_Ent(place.start(1), place.end(1),
                             _PLACE_NAMES[place.group(1)], "concept")]
        if prefer:
            typed = [e for e in named if e.type in prefer]
            if typed:
                return nearest(typed)
            if theme == "parameters":
                in_sentence = [e for e in self._candidates(sentence.start, sentence.end) if e.type in prefer]
                if in_sentence:
                    return nearest(in_sentence)
        if named:
            return nearest(named)
        if concepts and any(off_keyword(e) for e in concepts):  # most figures: no concept here
            return nearest([e for e in concepts if off_keyword(e)])
        # the ；-segment of the sentence that holds the clause (seg_start, read above)
        last = self.last_entity
        if last is not None and last.start >= clause.start and last.type != "concept" and self._comparison_base(last):
            # 较H100的约0.7kW提升100%: the base owns its own figure (X的N above), not the change
            # after it, which is the subject's from before the comparison
            last = None
        if last is not None and last.type == "concept" and q.kind == "multiple" and self._figured_base(last, q):
            last = None  # 是传统通用机柜6-8kW的十几倍: the racks own 6-8kW, not the multiple of them
        if last is not None and last.start >= seg_start:
            return [last]
        earlier = self._candidates(seg_start, clause.start)
        if earlier and earlier[-1].type == "concept" and self._cause_concept(earlier[-1], sentence, clause.start):
            earlier = [e for e in earlier if e.type != "concept"]  # 受半导体需求带动，营收…: no subject
        if any(e.type != "concept" for e in earlier):
            return [[e for e in earlier if e.type != "concept"][-1]]
        if concepts:
            return nearest(concepts)
        if earlier:
            return [earlier[-1]]
        if last is not None and last.start >= sentence.start:
            if last.type == "concept" and theme in _FIRM_THEMES:
                # 法说会重点如下：(1)液冷CDU产能翻倍；(2)营业利益率升至21.7%: a technology named in an
                # earlier item of a company's list earns nothing; the company heading the list does
                firms = [e for e in self._candidates(sentence.start, last.start) if e.type == "company"]
                if firms:
                    return [firms[-1]]
            return [last]
        in_sentence = [e for e in self._candidates(sentence.start, clause.start) if e.type != "concept"]
        if in_sentence:
            return [in_sentence[-1]]
        # 只有DeepSeek R1的25%: the whole of a fraction is no subject to carry into later sentences
        key = (sentence.start, "before_sentence")
        before_sentence = self._sentence_cache.get(key)
        if before_sentence is None:
            before_sentence = self._sentence_cache[key] = [
                e for e in self._candidates(max(self._item_floor(sentence.start), sentence.start - 400,
                                                self._section_floor(sentence.start)), sentence.start)
                if e.type != "concept" and not self._partner_before(e)
                and not (self.ptext[e.end:e.end + 1] == "的" and self.quantities.within(e.end + 1, e.end + 12))]
        if any(e.name in _MARKET_RESEARCH for e in self.entities.within(sentence.start, q.start)):
            # IDC预计，相关支出将达300亿美元: a research firm's forecast is of a market, never of
            # the company named sentences before
            concepts_before = [e for e in self._candidates(max(self._item_floor(sentence.start), sentence.start - 400),
                                                           sentence.start) if e.type == "concept"]
            return concepts_before[-1:]
        answer = self._answer_start(sentence.start)
        if answer is not None and theme not in _OWN_SUBJECT_THEMES:
            # A（CFO）：新签订单约45亿元: an answer naming no one is about the company holding the
            # call (or whom the answer named before), never a market or index the question named
            own = [e for e in before_sentence if e.start >= answer]
            if theme in _FIRM_THEMES:
                # 答：我们接入了DeepSeek-R1。今年营收约12亿元: a model or product the answer named
                # before is no owner of the company's money; the speaker's firm is
                own = [e for e in own if e.type == "company"]
            host = own[-1] if own else self._call_company()
            if host is not None:
                return [host]
            # 问：海外数据中心的单位投资是多少？答：全口径每MW约3000万美元: an expert call held by
            # no company; an answer naming nothing is about what its question named
            asked = self._question_concept(q.start)
            if asked is not None:
                return [self._restated_place(asked, sentence)]
        if self.report_company is not None and theme not in _OWN_SUBJECT_THEMES:
            return [self.report_company]  # a company note: a sentence naming no one is about its company
        if self.title_fund is not None and theme == "valuation":
            # a fund report: a fund figure whose sentence names no one is the fund's (of the share
            # class it names), not a group an earlier sentence or section carried
            return [self._title_fund_class(sentence.start, q.start)]
        if prefer:
            typed = [e for e in before_sentence if e.type in prefer]
            if typed:
                return [typed[-1]]
        if before_sentence:
            return [before_sentence[-1]]
        previous = self._previous_subject
        if previous is not None and previous.type == "company" \
                and self.ptext[previous.start:previous.end] in kw.grammar_words()["company_pronoun"] \
                and previous.start >= max(
                self._item_floor(sentence.start), sentence.start - 400, self._section_floor(sentence.start)):
            # 公司活跃电力容量约590MW。业绩公布次日股价下跌16%: the names in reach were all customers
            # or partners; the firm a 公司 of a sentence before was read as still is
            return [previous]
        heading_place = self._heading_place(sentence.start)
        if heading_place is not None:
            return [heading_place]  # 一、美国：电价…: the section's figures naming no one are the place's
        if self._item_floor(sentence.start) > 0:
            # an item of a flash digest names its own subject or none; 【】 sections of a company
            # note are still the headline company's
            return [self.headline_company] if self.headline_company is not None else []
        if self.subject is not None and self.subject.start > q.start and self._named_firms > 1:
            # a note naming one firm only is about it, wherever it is first written
            return self._later_subject(q)
        if self.subject is None and self._subject_tied:
            return self._later_subject(q)  # no name leads: the title's concept, if any
        return [self.subject] if self.subject is not None else []

    def _saving_change(self, q, clause: Span, found):
        """``节省电力12%-15%``: a share saved is the fall of what is saved, ``use_change`` -0.12
        (SCHEMA: falls are negative), and so is ``减少停机时间20%`` in a later clause that reads the
        saving's metric, when its own fall verb (``saving_fall_verb``) stands before the number.
        A later clause without one (``提升产能20%``) keeps what it found."""
        k, _, hit = found
        own = hit is not None and clause.start <= hit.start and hit.end <= q.start
        if not own and not any(w in self.ptext[clause.start:q.start] for w in _SAVING_FALL_VERBS):
            return found
        return dataclasses.replace(k, negative=True), _SAVING_KEYWORDS[k.word], hit

    def _unnamed_subject(self, lo: int, hi: int) -> bool:
        """A firm left unnamed (``某AI公司``) in ``[lo, hi)`` that a later ``该公司`` means: one opening
        a clause (``某公司日前宣布…``) or standing after a penalty's authority mark (``欧盟对某AI公司
        开出罚单``). One named as a partner or customer in passing (``与某企业签约``) is not."""
        t = self.ptext
        for m in _UNNAMED_FIRM.finditer(t, lo, hi):
            before = t[max(lo, m.start() - 2):m.start()]
            if m.start() == lo or _CLAUSE_BREAK.match(before[-1:]) or before.endswith(_PENALTY_MARKS):
                return True
        return False

    def _fine_cap(self, q, cls: str, clause: Span, sentence: Sentence):
        """``最高可处5000万元或上一年度营业额5%的罚款``: a statute's cap on a fine, ``max_fine`` and
        ``max_fine_share_of_turnover`` (earnings, no period: ``timeless_metrics.csv``), not a
        revenue and its growth. The fine's word must follow the number in its sentence, past
        nothing but the cap's own words (no clause break); None otherwise."""
        end = min(sentence.end, q.end + _FINE_CAP_REACH)
        after = self.ptext[q.end:end]
        for h in self.keywords.within(q.end, end):
            if h.word in _PENALTY_KEYWORDS:
                if any(c in after[:h.start - q.end] for c in "。；;，,"):
                    return None
                k = kw.keyword(h.word)
                return k, _FINE_CAP_METRICS[cls], h
        return None

    def _penalty_payer(self, q, clause: Span) -> list[_Ent] | None:
        """Who pays a fine, damages or a settlement: ``法国CNIL对Uber处以2300万欧元罚款`` is Uber's,
        not the regulator's before ``对`` (``penalty_authority_mark``); ``欧盟对某AI公司开出…罚单``
        and ``判令被告赔偿…`` name no payer (an empty list: unspecified). None when the clause
        has no such marker before the figure (the ordinary rules read the subject)."""
        t = self.ptext
        at = max((i + len(w) for w in _PENALTY_MARKS if (i := t.rfind(w, clause.start, q.start)) >= 0), default=-1)
        if at < 0:
            return None
        payers = [e for e in self._candidates(at, q.start) if e.type != "concept"]
        return payers[:1]

    def _anonymous_firm(self, lo: int, hi: int) -> str | None:
        """``一名深圳初创企业负责人表示，公司去年…``: the English of an unnamed firm introduced in
        ``[lo, hi)`` by ``anonymous_intro``, a place and a kind (``anonymous_firm_kind``), when no
        company is named between it and ``hi`` (``Shenzhen AI startup``); None otherwise."""
        t = self.ptext
        starts = [(i, len(w)) for w in _ANONYMOUS_INTROS for i in (t.rfind(w, lo, hi),) if i >= 0]
        if not starts:
            return None  # cheap pre-check: most pronouns follow no unnamed firm
        i, n = max(starts)
        pos = i + n
        region = region_at(t, pos)
        if region is not None:
            pos, place = region
        else:
            word, place = next(((w, e) for w, e in _geo_prefixes()[0] if t.startswith(w, pos)), ("", ""))
            pos += len(word)
        pos += 1 if t.startswith("市", pos) else 0
        kind = next((w for w in _ANONYMOUS_KINDS if t.startswith(w, pos)), None)
        if kind is None or any(e.type == "company" for e in self._candidates(i, hi)):
            return None
        return " ".join(w for w in (place, _ANONYMOUS_KINDS[kind]) if w)

    def _later_subject(self, q) -> list[_Ent]:
        """The document's most named entity is first written after ``q``: a name further down
        (a brand table's first row, the next section's firm) is no subject of an earlier figure
        naming no one. A concept of the title (``2024年中国智能手机市场回顾``) is, with the place
        written right before it; else nothing is named."""
        if self.subject is not None and any(e.name == self.subject.name for e in self._candidates(0, q.start)):
            return [self.subject]
        a, b = self.title_span
        concepts = [e for e in self._candidates(a, b) if e.type == "concept" and e.end <= b]
        if not concepts:
            return []
        c = concepts[0]
        place = next((p for k in (4, 3, 2) if c.start - k >= a
                      for p in (place_english(self.ptext[c.start - k:c.start]),) if p), "")
        if not place:
            return [c]
        return [_Ent(c.start, c.end, f"{place} {c.name}", c.type, c.org)]

    def _cause_concept(self, e: _Ent, sentence: Sentence, upto: int) -> bool:
        """``受半导体硅片需求带动，第3季营收…``: ``e`` is a concept in a clause before ``upto`` that
        opens with a ``cause_open`` word (受, 得益于) and, where that word needs one, closes with a
        ``cause_close`` verb (带动, 影响): a cause, not what the later figures are about."""
        start = self._clause_start(sentence, e.start)
        head = self.ptext[start:e.start].lstrip(" \t\u3000●•·-*")
        word = next((w for w in _CAUSE_OPEN_WORDS if head.startswith(w)), None)
        if word is None:
            return False
        if _CAUSE_OPENS[word] != "close":
            return True
        return any(w in self.ptext[e.end:upto] for w in _CAUSE_CLOSE)

    def _answer_start(self, pos: int) -> int | None:
        """Where the answer holding ``pos`` starts in a Q&A transcript (after its speaker tag),
        None when ``pos`` is in no answer (a question, or no transcript)."""
        tags = self._sentence_cache.get((-1, "qa_lines"))
        if tags is None:
            tags = self._sentence_cache[(-1, "qa_lines")] = [(m.start(), m.end(), m.group(1) in _QA_ANSWER)
                                                       for m in _QA_LINE.finditer(self.ptext)]
        i = bisect.bisect_right(tags, (pos, float("inf"), True)) - 1
        return tags[i][1] if i >= 0 and tags[i][2] else None

    def _ir_reply_company(self, pos: int) -> _Ent | None:
        """The company an investor-relations answer holding ``pos`` is from: the one named on the
        reply line before its reply verb (``新易盛（300502）回复称：…``), or on the last coded
        heading (``【中际旭创 300308】``) before the answer's speaker tag; None elsewhere."""
        lines = self._sentence_cache.get((-1, "ir_lines"))
        if lines is None:
            lines = self._sentence_cache[(-1, "ir_lines")] = self._ir_coded_lines()
        if not lines:
            return None
        i = bisect.bisect_right(lines, (pos, float("inf"))) - 1
        if i < 0:
            return None
        start, body, ent, reply = lines[i]
        if reply and body <= pos and "\n" not in self.ptext[body:pos]:
            return ent
        answer = self._answer_start(pos)
        if answer is None:
            return None
        heads = [ln for ln in lines[:i + 1] if not ln[3] and ln[0] < answer]
        return heads[-1][2] if heads else None

    def _ir_coded_lines(self) -> list[tuple[int, int, _Ent, bool]]:
        """The coded heading and reply lines of an investor-relations digest: (line start, where
        its answer text starts, the company named before the code, whether it is a reply line);
        a line naming no company before its code is none."""
        out = []
        for m in _ir_coded_matches(self.ptext):
            firms = [e for e in self.entities.within(m.start(), m.end()) if e.type == "company"]
            if not firms:
                # 【北辰液冷 301234】: a firm no lexicon row holds, its code bare; read as the listed-name
                # shape it is (北辰液冷（301234）)
                code = _SIX_DIGITS.search(self.ptext, m.start(), m.end())
                lead = self.ptext[m.start():m.start() + code.start()].rstrip(" \t\u3000（(")
                first = len(lead) - len(lead.lstrip(" \t\u3000【"))
                shaped = [n for n in find_unknown_names(lead[first:] + "（" + code.group(0) + "）", [])
                          if n.type == "company" and n.start == 0]
                firms = [_Ent(m.start() + first, m.start() + first + shaped[0].end, shaped[0].name, "company",
                              shaped=True)] if shaped else []
            if firms:
                out.append((m.start(), m.end(), firms[0], m.group("reply") is not None))
        return out

    def _question_span(self, pos: int) -> tuple[int, int] | None:
        """The text of the question before the answer holding ``pos`` (from the end of its
        Q：/问： tag to the next tag), None when ``pos`` is in no answer or no question precedes it."""
        if self._answer_start(pos) is None:
            return None
        tags = self._sentence_cache[(-1, "qa_lines")]
        i = bisect.bisect_right(tags, (pos, float("inf"), True)) - 1
        while i >= 0 and tags[i][2]:
            i -= 1  # A：… A：…: the answers of one question
        return (tags[i][1], tags[i + 1][0]) if i >= 0 else None

    def _question_period(self, pos: int):
        """The last period the question before the answer holding ``pos`` states (``Q：请介绍
        2024年下半年的订单情况？``), None when ``pos`` is in no answer or its question states none."""
        span = self._question_span(pos)
        stated = self._usable_periods(*span) if span is not None else []
        return stated[-1] if stated else None

    def _question_concept(self, pos: int) -> _Ent | None:
        """The last concept (a market, a kind of data centre or cluster) the question before the
        answer holding ``pos`` names, None when ``pos`` is in no answer or its question names none."""
        span = self._question_span(pos)
        asked = [e for e in self._candidates(*span) if e.type == "concept"] if span is not None else []
        return asked[-1] if asked else None

    def _restated_place(self, e: _Ent, sentence: Sentence) -> _Ent:
        """``问：海外数据中心…？答：…。国内不含服务器的部分，每MW大约3500万元``: a sentence opening
        with a place word (``geo_prefixes.csv``) is about the concept ``e`` in that place (China
        data centres), whatever place the question named; ``e`` itself otherwise."""
        places = _geo_prefixes()[0]
        head = self.ptext[sentence.start:sentence.start + 8].lstrip(" \t\u3000")
        said = next(((w, english) for w, english in places if head.startswith(w)), None)
        if said is None:
            return e
        base = next((e.name[len(english) + 1:] for _, english in places if e.name.startswith(english + " ")), e.name)
        return _Ent(e.start, e.end, f"{said[1]} {base}", e.type, e.org)

    def _call_company(self) -> _Ent | None:
        """The company holding a call: the note's company, else the first company named before
        the transcript's first Q&A tag (its title), else the document's subject if a company."""
        host = self._covered_company()
        if host is not None:
            return host
        first = _QA_LINE.search(self.ptext)
        head = [e for e in self.entities.within(0, first.start() if first else 0) if e.type == "company"]
        if head:
            return head[0]
        return self.subject if self.subject is not None and self.subject.type == "company" else None

    @functools.cached_property
    def _rated_note(self) -> bool:
        """True when the document is a note that gives its own rating (买入, 增持: the loader's
        ``rating``, else read from the text): a note covering one company."""
        rating = self.doc.get("rating")
        if _is_missing(rating) or not rating:
            rating = infer_rating(self.text).get("rating")
        return bool(rating) and not _is_missing(rating)

    def _forecast_company(self, q, sentence: Sentence, named_before: list[_Ent]) -> _Ent | None:
        """``我们预计2025-2027年公司营收分别为…，对应PE分别为…``: in the broker's own voice
        (``analyst_voice``: 我们预计, 盈利预测, 评级), 公司 with no firm named between it and the
        number is the company the headline covers, not a firm a passing paragraph named last;
        None when the sentence is not the broker's forecast or call, or names a firm itself."""
        if _ANALYST_VOICE.search(self.ptext, sentence.start, sentence.end) is None or not self._rated_note:
            return None
        said = [h for h in self._role_hits(sentence.start, q.start, "company_pronoun")
                if self.ptext.startswith("公司", h.start) and h.end - h.start == 2
                and not any(e.start <= h.start < e.end for e in named_before)]
        if not said or any(e.type != "concept" for e in self._candidates(sentence.start, q.start)):
            return None  # 我们预计中国人寿…，公司…: a firm the sentence names is whom 公司 means
        covered = self._covered_company()
        if covered is not None:
            return covered
        # 星辰证券 / 2025年9月14日 / 科大讯飞：…维持买入评级: a heading above the first full sentence
        head_end = self.ptext.find("。", 0, _COVERED_HEAD_REACH)
        head = [e for e in self.entities.within(0, head_end) if e.type == "company"] if head_end > 0 else []
        return head[0] if head else None

    def _covered_company(self) -> _Ent | None:
        """The company a note covers: the headline's or the coded header's, else the first
        company its first line (the title) names; None when the title names no company."""
        host = self.headline_company or self.report_company
        if host is not None:
            return host
        body = self.ptext.lstrip()
        first_end = self.ptext.find("\n", len(self.ptext) - len(body))
        head = [e for e in self.entities.within(0, first_end if first_end >= 0 else len(self.ptext))
                if e.type == "company"]
        return head[0] if head else None

    def _surveyed_population(self, q, sentence: Sentence) -> _Ent | None:
        """The population a survey share is of (``调研显示，43.5%的企业已部署AI`` -> Surveyed
        companies): the ``survey_population`` word its sentence names first after a
        ``survey_word`` (``survey_default`` when it names none); None when the sentence states
        no survey."""
        return self._survey_population_in(sentence.start, sentence.end)

    def _survey_population_in(self, start: int, end: int) -> _Ent | None:
        """The first ``survey_population`` word after the first ``survey_word`` of
        ``ptext[start:end]`` as a group (``survey_default`` when none follows it); None when no
        survey word is there."""
        survey = _SURVEY_WORD.search(self.ptext, start, end)
        if survey is None:
            return None
        word = _SURVEY_POPULATION_RE.search(self.ptext, survey.start(), end)
        if word is None:
            return _Ent(survey.start(), survey.end(), _SURVEY_DEFAULT, "group")
        return _Ent(word.start(), word.end(), _SURVEY_POPULATION[word.group(0)], "group")

    def _peers_in_reach(self, entities: list[_Ent], q, metric: str, sentence: Sentence) -> list[_Ent]:
        """``可比公司平均PE为36倍。给予目标价68.10元``: the comparables (``peer_group``) own only the
        figures of their own table or sentence; a figure carried from another sentence, a call
        (target price, rating) or a multiple given after 给予 is the covered company's."""
        if len(entities) != 1 or entities[0].name not in _PEER_GROUPS or sentence.is_row:
            return entities
        peer = entities[0]
        if peer.start >= sentence.start and not metric.startswith(_PUBLICATION_DATED) \
                and _PEER_VERB.search(self.ptext, peer.end, q.start) is None:
            return entities
        host = self._covered_company()
        return [host] if host is not None else entities

    def _bracket_owner(self, q, sentence: Sentence) -> _Ent | None:
        """``甲（资本开支37亿美元，同比+91%）、乙（…）``: a figure inside brackets opened right after a
        name, with no other name before it inside, is that name's, whatever clause it falls in."""
        t = self.ptext
        opened = max(t.rfind("（", sentence.start, q.start), t.rfind("(", sentence.start, q.start))
        if opened < 0 or max(t.rfind("）", opened, q.start), t.rfind(")", opened, q.start)) >= 0:
            return None
        if any(e.type != "concept" for e in self._candidates(opened, q.start)):
            return None
        named = [e for e in self._candidates(max(sentence.start, opened - 40), opened)
                 if e.type != "concept" and not t[e.end:opened].strip()]
        return named[-1] if named else None

    def _item_floor(self, pos: int) -> int:
        """Where the news-flash item holding ``pos`` starts (0 outside a digest): no subject
        carries across an item boundary."""
        i = bisect.bisect_right(self.item_starts, pos) - 1
        return self.item_starts[i] if i >= 0 else 0

    def _partner_before(self, e: _Ent) -> bool:
        """``微软与OpenAI签约。毛利率…``: a counterparty of an earlier sentence is not the subject
        of the next one."""
        i = bisect.bisect_right(self._sentence_starts, e.start) - 1
        return i >= 0 and e.end <= self.sentences[i].end and self._partner(e, self.sentences[i])

    def _company_after_board(self, entities: list[_Ent]) -> list[_Ent]:
        """``科创板公司深瞳2025年营收…``: a board or market, a firm noun, then the company's own
        name: the numbers are the company's, not the board's."""
        if len(entities) != 1 or entities[0].type not in ("market", "index"):
            return entities
        e = entities[0]
        firm = _OF_COMPANIES.match(self.ptext, e.end)
        if firm is None or "的" in firm.group(0):
            return entities
        start = firm.end()
        stop = _NAME_STOP.search(self.ptext, start, start + 12)
        limit = stop.start() if stop else start + 12
        # the name runs up to the period or metric word after it (深瞳2025年…, 深瞳营收…); a
        # grammar word first (港股公司数量增长) means no name was written
        ends = [x.start for index in (self.periods, self.keywords) for x in index.within(start, limit + 24)
                if x.start >= start]
        end = min(ends, default=limit + 1)
        if end > limit or any(x.start < end for x in self.grammar.within(start, end)) \
                or any(x.start < end for x in self.entities.within(start, end)) or not 2 <= end - start <= 8 \
                or self.ptext.startswith(tuple(kw.word_group("firm_aggregate")), start):
            return entities
        return [_Ent(start, end, self.text[start:end], "company")]

    # ---- period ----------------------------------------------------------------------
    def _usable(self, p) -> bool:
        return not self._preceded_by(p.start, "comparison", gap=1) and not self._followed_by(p.end, "source_date", gap=2) \
            and self._baseline_of(p) is None

    def _asof_end_day(self, p) -> str | None:
        """``截至9月末`` / ``截至三季度末``: the last day of the month, quarter, half or year the
        as-of word ends in, as an ISO date; None for any other period."""
        if not self._preceded_by(p.start, "asof", gap=1):
            return None
        ends = tuple(kw.word_group("period_end"))
        if not (p.text.endswith(ends) or self.ptext.startswith(ends, p.end)):
            return None
        return _last_day(p.value)

    def _bare_end_day(self, period: str, q, clause, sentence: Sentence) -> str | None:
        """``期末合同负债82.6亿元`` in a note on the third quarter, a column ``期末合同负债`` under a
        caption of 2025年前三季度: a balance-sheet item at the end (期末, 季末) of a period the
        context states is the balance on that period's last day (a stretch's last day); None
        when no such word stands before the figure in its clause or its column header."""
        spans = self._column_header(sentence, q) if sentence.is_row else (Span(clause.start, q.start),)
        if not any(_BARE_PERIOD_END.search(self.ptext, h.start, h.end) for h in spans):
            return None
        return _last_day(period.split("/")[-1])

    def _balance_end_day(self, p) -> str | None:
        """``一季度末存货40.2亿元`` / ``较2025年末的31.0亿元``: a balance-sheet item stated at the
        end (末/底) of a month, quarter, half or year is the balance on its last day, with or
        without 截至 before it (``facts_words.csv`` ``balance_day_metric``); None for any
        other period."""
        ends = tuple(kw.word_group("period_end"))
        if not (p.text.endswith(ends) or self.ptext.startswith(ends, p.end)):
            return None
        return _last_day(p.value)

    def _contract_term(self, q, sentence: Sentence):
        """``签订12年期、容量200MW的租约`` / ``63亿美元、五年期GPU算力合约``: a duration written
        N年期 in a sentence naming a contract, agreement or lease (``facts_words.csv``
        ``term_noun``, the one nearest after it, else before it) is the deal's term
        (``contract_term`` / ``lease_term``, capex like the deal's amount), never a year or a
        doubling time; ``五年期间`` (``term_not_after``) is a span and ``10年期国债`` names no deal."""
        if self.ptext.startswith(_TERM_NOT_AFTER, q.end + len(_TERM_MARK[0])):
            return None
        # the deal the term qualifies is named in its clause (、 lists go on: 12年期、容量200MW的租约):
        # 10年期美债收益率…，公司签订的合同 is a bond's tenor and another clause's contract
        stop = _CLAUSE_MARK.search(self.ptext, q.end, sentence.end)
        opening = max((m.end() for m in _CLAUSE_MARK.finditer(self.ptext, sentence.start, q.start)),
                      default=sentence.start)
        noun = _TERM_NOUNS.search(self.ptext, q.end, stop.start() if stop else sentence.end)
        if noun is None:
            noun = _last_match(_TERM_NOUNS, self.ptext, opening, q.start)
            if noun is None:
                return None
        return _term_found(noun.group())

    def _term_of_earlier_deal(self, q, sentence: Sentence):
        """``签署购电协议，合同容量1,920MW，为期17年``: a term after its lead word in a clause that
        names no deal is the term of the deal an earlier clause of the sentence names (the lead
        word, unlike a bare N年期, says it is a term)."""
        noun = _last_match(_LED_TERM_NOUNS, self.ptext, sentence.start, q.start)
        if noun is None:
            return None
        return _term_found(noun.group())

    def _bracketed_conversion(self, q, prev) -> bool:
        """True for an amount alone in a bracket right after an amount in another currency
        (``200亿美元（约1450亿元人民币）``): the same money restated, as after 约合."""
        if self.ptext[prev.end:q.start].strip(" ") not in _OPEN_BRACKETS:
            return False  # cheap pre-check first: most amounts follow no amount and bracket
        return prev.unit in MONEY_UNITS and q.unit in MONEY_UNITS and prev.unit != q.unit \
            and self.ptext[q.end:q.end + 1] in _CLOSE_BRACKETS

    @staticmethod
    def _named_duration(q, found) -> bool:
        """True when a keyword before the number measures a length of time (``回购期限为…起6个月内``:
        ``metrics.csv`` duration column), so a window tail after it (内) closes the term the keyword
        names, no window of a plan (``五年内部署300MW算力``, where the keyword comes after)."""
        hit = found[2]
        return hit is not None and hit.end <= q.start and found[0].metrics.get("duration") == found[1]

    def _led_term(self, q, found) -> bool:
        """True for a deal's term written after its lead word (``为期20年的购电协议``,
        ``期限20年``: ``facts_words.csv`` ``term_lead``), which ``_contract_term`` named."""
        return found[1] in _TERM_METRICS and self._after_term_lead(q)

    def _after_term_lead(self, q) -> bool:
        """True when a duration follows a deal's term lead word (``为期``, ``期限``) and lies in no
        period window (``2027年起、为期约五年``)."""
        # 期限分别为5年、7年、10年: each member of a list of terms is led by the list's lead word
        head = duration_list_head(self.ptext, q.start)
        return self.ptext[max(0, head - _TERM_LEAD_REACH):head].rstrip(" 约近").endswith(_TERM_LEAD) \
            and not self._in_window_period(q)

    def _in_window_period(self, q) -> bool:
        """True when ``q`` is inside a period (``2027年起、为期约五年`` is the window 2027/2031
        that dates the figures beside it, not a term of its own)."""
        return any(p.start < q.start and q.end <= p.end for p in self.periods.within(max(0, q.start - 24), q.end))

    def _deal_line_buyer(self, q) -> _Ent | None:
        """``微软 × 岚峰智能：微软签下63亿美元、五年期GPU算力合约``: on a roundup line opening with
        two names joined by × and a colon (``facts_words.csv`` ``deal_pair_mark``), the name
        before the mark is the buyer a contract amount or term of the line belongs to; None on
        any other line."""
        line = self.ptext.rfind("\n", 0, q.start) + 1
        colon = min((i for i in (self.ptext.find("：", line, q.start), self.ptext.find(":", line, q.start))
                     if i >= 0), default=-1)
        if colon < 0 or not any(m in self.ptext[line:colon] for m in _DEAL_PAIR_MARKS):
            return None  # the cheap test first: most lines name no deal pair
        pair = _DEAL_PAIR.search(self.ptext, line, colon + 1)
        if pair is None or pair.end() != colon + 1:
            return None
        head = line + len(self.ptext[line:pair.start()]) - len(self.ptext[line:pair.start()].lstrip(_BULLETS))
        names = [e for e in self._candidates(head, pair.start()) if e.type != "concept"]
        if not names or names[0].start != head or self.ptext[names[0].end:pair.start()].strip():
            return None
        return names[0]

    @functools.cached_property
    def _trade_place(self) -> _Ent | None:
        """``海关总署公布`` / ``財政部公布`` (Traditional script): the place whose trade figures the
        office issuing them releases (``facts_words.csv`` ``trade_office``,
        ``trade_office_traditional``), as an entity at the office's first mention; None when no
        office, or offices of two places, are named."""
        offices = dict(_TRADE_OFFICES)
        if any(w in self.ptext for w in _TRADE_OFFICES_TRADITIONAL) and self._traditional():
            offices.update(_TRADE_OFFICES_TRADITIONAL)
        found = [(self.ptext.find(w), w) for w in offices if w in self.ptext]
        if len({offices[w] for _, w in found}) != 1:
            return None
        start, word = min(found)
        return _Ent(start, start + len(word), offices[word], "market")

    def _names_good_market(self, entities) -> bool:
        """``我国集成电路出口金额``: a place and a good the text names make the figure's own
        market (``China integrated circuit exports``), which the office's place does not replace."""
        return any(e.type == "concept" and e.name.endswith(("exports", "imports")) for e in entities)

    def _month_span_of(self, p) -> str | None:
        """``1至3月累計出口``: a span of months a trade release writes is kept in months
        (``2026-01/2026-03``), not made the quarter it fills; None for any other period."""
        if "月" not in p.text or not _SPAN_SEP_CHARS.search(p.text):
            return None
        m = re.fullmatch(r"(\d{4})Q([1-4])(?:/\d{4}Q([1-4]))?", p.value)
        if m is None:
            return None
        y, qa, qb = m.group(1), int(m.group(2)), int(m.group(3) or m.group(2))
        return f"{y}-{3 * qa - 2:02d}/{y}-{3 * qb:02d}"

    def _balance_change(self, metric: str, cls: str, q, clause) -> str:
        """``存货…较2025年末的31.0亿元增加9.2亿元``: an amount right after a rise or fall word is
        the change of a balance-sheet item (``inventory_change``), not its level, however far
        the item's keyword stands (``balance_day_metric``; 增至 still states the level)."""
        if metric not in _BALANCE_DAY_METRICS or cls != "money":
            return metric
        digit = _HAS_DIGIT.search(self.ptext, q.start, q.end)
        upto = digit.start() if digit is not None else q.start
        near = max(clause.start, upto - 4)
        for m in _LEVEL_CHANGE.finditer(self.ptext, near, upto):
            if self.ptext[m.end():upto].strip(_CHANGE_FILLER) == "":
                return f"{metric}_change"
        return metric

    def _level_now(self, q, period: str, period_obj):
        """``明年占比有望由约3成提高至5成``: the level a move starts from (after 由/从, before a
        ``move_to`` word) is the level now, of the publication year, not of the year ahead the
        clause names before it; a start with its own period (由2026年的12%) keeps it."""
        t = self.ptext
        if self.published is not None and (self._reached_now(q) or self._moved_by_now(q, period_obj)):
            # 价格已由2023年高峰期的约8美元降至目前的2美元, 占比已由约8%升至约15%: the level reached is of now
            return self._publication_month, None
        if period_obj is not None and period_obj.start >= q.end:
            return self._move_start(q, period, period_obj)
        if not period and period_obj is None:
            return self._move_target(q, period, period_obj)
        if self.published is None or period_obj is None or t[q.start - 1:q.start] not in ("由", "从") \
                or not _WHOLE_YEAR_VALUE.fullmatch(period) or period.startswith("FY") \
                or int(period) <= self.published.year or period_obj.end > q.start:
            return period, period_obj
        if _MOVE_TO.match(t, q.end) is None:
            return period, period_obj
        return str(self.published.year), None

    def _reached_now(self, q) -> bool:
        """Whether ``q`` is the level a move reaches, said of now: a ``move_to`` word, then a
        word of now (period_words ``level_now``) right before it (``降至目前的1.9美元``)."""
        before = self.ptext[max(0, q.start - _REACHED_NOW_REACH):q.start]
        moves = list(_MOVE_WORD.finditer(before))
        if not moves:
            return False
        between = before[moves[-1].end():]
        return any(between.startswith(w) for w in _LEVEL_NOW_WORDS) and not _CLAUSE_BREAK.search(between)

    def _moved_by_now(self, q, period_obj) -> bool:
        """Whether ``q`` is the level a move said done by now reaches (``占比已由约8%升至约15%``,
        ``良率已由年初的约20%提升至四成左右``, period_words ``moved_by_now``) and its sentence names
        no time of its own but the move's base within the publication year: a level reached
        already is the level now. A base in an earlier year (``由2021年的…``, ``去年同期``) is left
        to _move_target, a time before 已 (``2025年占比已由…``) dates the level itself."""
        t = self.ptext
        lead = _MOVE_TARGET_LEAD.search(t, max(0, q.start - _REACHED_NOW_REACH), q.start)
        if lead is None or "已" not in t[max(0, q.start - _MOVED_BY_NOW_REACH):q.start]:
            return False  # cheap pre-check: no 已 shortly before the level
        opened = None
        for m in _MOVED_BY_NOW.finditer(t, max(0, q.start - _MOVED_BY_NOW_REACH), lead.start()):
            opened = m
        if opened is None or _CLAUSE_BREAK.search(t, opened.end(), q.start) \
                or _FUTURE_WORD.search(t, opened.end(), q.start):
            return False
        at = bisect.bisect_right(self._sentence_starts, opened.start()) - 1
        if at >= 0 and self.periods.within(self.sentences[at].start, opened.start()):
            return False
        if period_obj is not None and opened.start() <= period_obj.start < q.start \
                and not self._own_year_base(period_obj):
            return False
        return all(self._own_year_base(p) for p in self.periods.within(opened.end(), q.start))

    def _own_year_base(self, p) -> bool:
        """A point of the publication year (年初, 3月), not a year, span or earlier time."""
        return "/" not in p.value and not p.value.startswith("FY") and p.value[:4] == str(self.published.year) \
            and len(p.value) > 4

    def _move_start(self, q, period: str, period_obj):
        """``从高峰期的约三成降到2025年的不足10%``: the level a move starts from (after 由/从,
        before a ``move_to`` word) is not of the period the move ends in; with a word of now
        before it (``由目前约20%升至2027年的三成``, period_words ``level_now``) it is the
        publication month, else it has no period."""
        t = self.ptext
        m = _MOVE_TO.match(t, q.end, period_obj.start + 1)
        if m is None or m.end() > period_obj.start:
            return period, period_obj
        lead = _MOVE_START_LEAD.search(t, max(0, q.start - _MOVE_START_LEN), q.start)
        if lead is None or t[lead.start() - 1:lead.start()] in _FROM_NOT_AFTER:
            return period, period_obj
        if self.published is not None and any(w in lead.group() for w in _LEVEL_NOW_WORDS):
            return f"{self.published.year}-{self.published.month:02d}", None
        return "", None

    def _move_target(self, q, period: str, period_obj):
        """``占比由去年的约两成升至四成以上``: the level a move reaches, with no period of its own
        nor of its sentence, is not of the move's base (a baseline period dates the base only):
        a base in a past year is left for the publication year, a base of the same period a
        year back (``去年同期``, ``2024Q3``) for that period a year on."""
        t = self.ptext
        if self.published is None or not _MOVE_TARGET_LEAD.search(t, max(0, q.start - 8), q.start):
            return period, period_obj
        opened = max(t.rfind(w, max(0, q.start - 40), q.start) for w in _RISE_FROM)
        if opened < 0 or _CLAUSE_BREAK.search(t, opened, q.start):
            return period, period_obj
        bases = [p for p in self.periods.within(opened, q.start) if self._baseline_of(p) is not None]
        if not bases:
            return period, period_obj
        base = bases[0].value
        if _WHOLE_YEAR_VALUE.fullmatch(base) and not base.startswith("FY") and int(base) < self.published.year:
            return str(self.published.year), None
        shifted = _ONE_YEAR_ON.sub(lambda y: str(int(y.group()) + 1), base, count=1)
        if any(w in bases[0].text for w in _SAME_PERIOD) and re.fullmatch(r"\d{4}(?:Q\d|H\d|-\d{2})", base) \
                and int(shifted[:4]) <= self.published.year:
            return shifted, None
        return period, period_obj

    def _first_batch(self, start: int, end: int) -> bool:
        """Whether ``start:end`` (a clause up to its number) names a plan's first batch or phase
        (``首批为2000颗``, ``首期部署300MW``)."""
        return any(w in self.ptext[start:end] for w in _FIRST_BATCH)

    def _unresolved_relative_year(self, start: int, end: int) -> bool:
        """Whether ``start:end`` (a clause up to its number) says 今年/明年/去年 - not as a
        comparison's base (较去年, 去年同期) - which, in a text without a publication date, names a
        year no period of another clause stands for (``2025年营收12亿元，今年前三季度营收9亿元``)."""
        for m in _RELATIVE_YEAR.finditer(self.ptext, start, end):
            if not self.ptext[max(0, m.start() - 2):m.start()].endswith(_COMPARISON_LEADS) \
                    and self.ptext[m.start() - 1:m.start()] != "比":
                return True
        return False

    def _statement_day(self, p) -> bool:
        """``公司于11月4日晚间披露三季报``: the day a company spoke or filed dates the statement;
        a period of the figures written after it (前三季度) dates them."""
        if not _DAY.fullmatch(p.value) or self._preceded_by(p.start, "asof", gap=1):
            return False
        # 11月4日晚间披露, 10月28日，公司公告: a verb of speaking or filing right after the day;
        # 1月15日举行法说会: a results meeting held that day
        for h in self.grammar.within(p.end, p.end + _STATEMENT_GAP + 8):
            if self.roles[(h.start, h.end)] in ("speaker_verb", "source_date", "results_event"):
                between = self.ptext[p.end:h.start]
                return len(between) <= _STATEMENT_GAP and not any(c.isdigit() or c in _SEGMENT_ENDS for c in between)
        return False

    def _stretch_end_level(self, q, period: str, metric: str, clause) -> str | None:
        """The end of a cumulative stretch (``2025Q3`` of ``2025Q1/2025Q3``) for a stock stated
        over it: a level metric (利用率) or a number whose clause holds a stock word before it
        (``截至季末在运营容量约520MW``). None for a flow (新签约约90MW, 前三季度营收) and any other span."""
        m = _CUMULATIVE_STRETCH.fullmatch(period)
        if m is None:
            return None
        if metric.startswith(_STRETCH_END_METRICS) or _STOCK_LEVEL.search(self.ptext, clause.start, q.start):
            return m.group(1) + m.group(2)
        return None

    def _multiple_base_period(self, p) -> bool:
        """Whether ``p`` is the time of a multiple's base: right after 是/为/相当于/达到 and followed by
        a few words, 的 and the multiple (``是2022年水平的8.5倍``, ``达到2024年的两倍``)."""
        t = self.ptext
        if "倍" not in t[p.end:p.end + 16]:
            return False  # most periods: one substring test
        if any(w in p.text for w in _SAME_PERIOD):
            return False  # 是去年同期的3倍: a same-period word keeps its own reading
        if not t[max(0, p.start - _MULTIPLE_BASE_LEAD_LEN):p.start].rstrip().endswith(_MULTIPLE_BASE_LEAD):
            return False
        return _MULTIPLE_BASE_TAIL.match(t, p.end) is not None

    def _baseline_of(self, p):
        """The number a baseline period dates: ``较5月底的80美元``, ``从8月的95%回落至80%`` (the
        base of a change is a level of that period, and the period dates nothing else)."""
        # asked of every period in reach of every figure; the answer depends only on the span
        key = (p.start, p.end)
        found = self._baseline_memo.get(key, _UNASKED)
        if found is _UNASKED:
            found = self._baseline_memo[key] = self._baseline_at(p.start, p.end)
        return found

    def _baseline_at(self, start: int, end: int):
        opened = self._preceded_by(start, "comparison", gap=1) or self._preceded_by(start, "baseline_from", gap=1)
        # 由去年同期的16%升至23%: 由 (a rise_from word no grammar role holds) opens a base only
        # when a move word (period_words move_to) follows the base's number
        moved = not opened and self.ptext[start - 1:start] in _RISE_FROM \
            and self.ptext[start - 2:start - 1] not in _FROM_NOT_AFTER
        if not (opened or moved):
            return None
        m = _BASELINE_LINK.match(self.ptext, end)
        if m is None:
            return None
        nxt = self.quantities.within(m.end(), m.end() + 12)
        if not nxt or nxt[0].start != m.end():
            return None
        if "的" not in m.group(0) and not (self.ptext[nxt[0].start:nxt[0].start + 1].isdigit()
                                           and self.ptext.startswith("的", nxt[0].end)):
            return None  # 较2023年翻倍: a move, not a base's level (较上季度26%的增速 is one)
        if moved and _MOVE_TO.match(self.ptext, nxt[0].end) is None:
            return None
        return nxt[0]

    def _usable_periods(self, start: int, end: int):
        return self._usable_index.within(start, end)

    def _source_dates(self, start: int, end: int):
        """Dates of a source or a release (``6月7日报道``, ``6月11日发布``): the last resort of a period."""
        return self._source_index.within(start, end)

    def _english_period_after(self, q, in_clause: list):
        """``from RMB18.6bn in 2025``: the period an English note writes right after the number,
        joined to it only by a preposition (``in``, ``by``, ``as of``), is the number's own, not
        one stated earlier in the clause. None when there is no such period."""
        t = self.ptext
        if not t[q.end:q.end + 1].isspace():
            return None
        for p in in_clause:
            if p.start >= q.end:
                if q.unit == "multiple" and t[q.end:p.start] == " ":
                    return p  # 55x 2025E and 24x 2026E price-to-sales: each multiple's year follows it
                m = _EN_PERIOD_AFTER.match(t, q.end, p.start)
                return p if m is not None and m.end() == p.start else None
        return None

    def _clause_periods(self, q, clause: Span):
        """The usable periods of the clause, a period running into it from before included
        (``Mar 3, 2025`` split at its comma), less those that do not belong to ``q``."""
        usable = self._usable_index
        # one running in starts in the 40 characters before the clause: a slice of those starts
        i = _bisect_left(usable.starts, max(0, clause.start - 40))
        found = [p for p in usable.items[i:_bisect_left(usable.starts, clause.start, i)]
                 if clause.start < p.end <= clause.end]
        found += usable.within(clause.start, clause.end)
        out = []
        for p in found:
            if p.scope == "item" or p.start >= q.end:  # only these two rules read the text between
                between = self.ptext[min(p.end, q.end):max(p.start, q.start)]
                if p.scope == "item" and _LIST_SEP.search(between):
                    continue  # 首期投入$100B、四年内最高$500B: the window holds for its own item
                if p.start >= q.end and _ASIDE.search(between):
                    continue  # 大涨7.23%——继上周五大涨8.59%之后: the aside's date is not this number's
                if p.start >= q.end and self._bracketed_figure(between, p):
                    continue  # 1.8亿美元（2024年同期为3000万美元）: the bracket's date is its own figure's
            if p.end <= q.start and q.kind in ("multiple", "fraction") \
                    and _BASE_OF.fullmatch(self.ptext, p.end, q.start):
                continue  # 达到2024年的两倍: the base of a multiple
            out.append(p)
        return out

    def _without_bracketed_figures(self, periods: list) -> list:
        """``营收12亿元（2024年为8亿元），同比增长50%``: a period inside a closed bracket that states
        a figure of its own is that figure's, not the time of the clauses after the bracket; it
        is left out when a period outside remains."""
        if len(periods) < 2:
            return periods
        out = []
        for p in periods:
            opened = max(self.ptext.rfind("（", p.start - 12, p.start), self.ptext.rfind("(", p.start - 12, p.start))
            shut = "）" if self.ptext[opened:opened + 1] == "（" else ")"
            close = self.ptext.find(shut, p.end, p.end + 40) \
                if opened >= 0 and shut not in self.ptext[opened:p.start] else -1
            if close < 0 or not self.quantities.within(p.end, close):
                out.append(p)
        return out if out else periods

    def _prior_value_bracket(self, p, q=None) -> bool:
        """Whether ``p`` opens a bracket right after a number that gives the same measure's value
        at that time (``云启智算 29.4%（上周9.1%）``, ``12亿元（2025年同期8亿元）``): the bracket's
        figure is the only one it dates, not the number before it nor the list's other items.
        A bracket whose figure is of another kind (``12亿元（2025年同比+20%）``) still dates the
        number before it. With ``q`` None, whether ``p`` opens such a bracket at all."""
        t = self.ptext
        opened = p.start - 1 if t[p.start - 1:p.start] in _PRIOR_OPEN else -1
        if opened < 0:
            return False  # the common case: the period opens no bracket
        before = self.quantities.within(max(0, opened - 24), opened)
        if not before or before[-1].end != opened:
            return False  # the bracket glosses words, not a number
        shut = _PRIOR_OPEN[t[opened]]
        close = t.find(shut, p.end, p.end + 24)
        if close < 0 or (q is not None and opened <= q.start < close):
            return False  # the number in the bracket: its own period
        inside = self.quantities.within(p.end, close)
        return bool(inside) and inside[0].unit == before[-1].unit and inside[0].kind == before[-1].kind

    def _later_clause_figure(self, p, q) -> bool:
        """Whether the period ``p`` heads a later comma clause (at most a few lead words before
        it: ``而这一比例去年仅为16%``, ``预计2025年分派率4.9%``) whose first figure, after it in
        that clause, is of the same measure as ``q`` (``30亿美元，一年前约8亿美元``,
        ``月减2.9%，前11月累计年增26.3%``): that figure's time only."""
        t = self.ptext
        clause = self._later_clause(p)
        if clause is None or clause[0] < q.end:
            return False
        reach = max(0, q.start - _CITED_HEADLINE_REACH)
        if t.rfind("《", reach, q.start) > t.rfind("》", reach, q.start):
            # 据X报道《百度大模型免費半個月》，百度自5月21日宣佈…免費: a cited headline's figure is
            # the claim the sentence goes on to state, so the later clause's time is its time too
            return False
        shut = clause[1]
        i = _bisect_left(self.quantities.starts, p.end)
        items = self.quantities.items
        return i < len(items) and items[i].start < shut and items[i].unit == q.unit and items[i].kind == q.kind

    def _bracketed_figure(self, between: str, p) -> bool:
        """Whether the period ``p`` stands in a bracket opened after a number (``between``: the
        text from the number to ``p``) that states a figure of its own after ``p``
        (``（2024年同期为3000万美元）``): that figure's time, not the number's before the bracket."""
        if "（" not in between and "(" not in between:
            return False  # the common case: no bracket between
        opened = max(between.rfind("（"), between.rfind("("))
        if ")" in between[opened:] or "）" in between[opened:]:
            return False
        close = [i for i in (self.ptext.find("）", p.end), self.ptext.find(")", p.end)) if i >= 0]
        return bool(close) and bool(self.quantities.within(p.end, min(close)))

    def _section_asof(self, sentence: Sentence):
        """The as-of day or month a section states once for its figures, for a sentence of a later
        paragraph of it: a paragraph opening on it (``【两融】⏎截至2月18日，两融余额…``) or a table
        caption holding it (``表1 …（截至2025年6月底）``), after the section's heading (a short
        line with no sentence mark) and before the sentence's paragraph. None when the section
        states none, or a paragraph between opens on a period of its own."""
        if sentence.is_row:
            return None
        t = self.ptext
        para = t.rfind("\n", 0, sentence.start) + 1
        found = None
        end = para - 1
        stop = max(0, para - _SECTION_ASOF_REACH)
        while end > stop:
            start = t.rfind("\n", 0, end) + 1
            line = t[start:end].strip()
            caption = line.startswith(_CAPTION_LEADS)
            if line and len(line) <= _SECTION_HEADING_LEN and not _SECTION_SENTENCE_MARK.search(line) \
                    and not caption and not self.quantities.within(start, end) and not TABLE_ROW_GAP.search(line):
                return found  # the section's heading: the as-of found below it, if any
            if line and found is None:
                lead = _ITEM_MARK.match(t, start)
                body = lead.end() if lead is not None else start
                stated = [p for p in self._usable_periods(start, end) if _MONTH.fullmatch(p.value) or _DAY.fullmatch(p.value)]
                asof = [p for p in stated if self._preceded_by(p.start, "asof", gap=1)]
                opener = asof and not t[body:asof[0].start].strip(_BULLETS + "　").rstrip("截至止")
                if caption and not (asof and self._restates_table(sentence, end, para)):
                    return None  # prose after a table of something else: not that table's date
                if asof and (opener or caption):
                    found = asof[0]
                elif stated and not t[body:stated[0].start].strip(_BULLETS + "　"):
                    return None  # a later paragraph opening on a period of its own
            end = start - 1
        return None

    def _restates_table(self, sentence: Sentence, start: int, end: int) -> bool:
        """Whether ``sentence`` names a measure the table between ``start`` and ``end`` (after its
        caption) has a column of: ``平均PUE为1.42`` under a table with a 平均PUE column restates
        its total; ``估值分位均在85%以上`` after a table of year-to-date gains does not."""
        table = self.ptext[start:end]
        return any(len(h.word) >= 2 and h.word in table for h in self.keywords.within(sentence.start, sentence.end))

    def _section_asof_value(self, sentence: Sentence) -> str:
        p = self._section_asof(sentence)
        return p.value if p is not None else ""

    def _period_for(self, q, theme: str, metric: str, clause: Span, sentence: Sentence):
        self._future_clause = self._weak_period = False
        if theme == "parameters":
            return "", None
        if self.published is not None and (metric.startswith(_PUBLICATION_DATED) or (
                metric.startswith(_ENGLISH_CALL) and _written_in_english(self.ptext[clause.start:clause.end]))):
            # 目标价上调至106港元: the call as of the report, unless its own clause dates it
            own = self._clause_periods(q, clause)
            if not own:
                # 【两融】⏎截至2月18日，…⏎个股层面，科大讯飞融资净买入6.82亿元: the section's as-of day
                asof = None if metric.startswith(_CALL_PREFIXES) else self._section_asof(sentence)
                if asof is not None:
                    return asof.value, asof
                if metric.startswith(_CALL_PREFIXES) and _OWN_CALL.search(self.ptext, sentence.start, q.start) \
                        and not _CALL_REVISION.search(self.ptext, clause.start, clause.end):
                    # 我们维持买进评等，目标价850美元: the writer's own call is made the day the report
                    # is out; another broker's move (摩根大通将目标价上调至185港元) is news of the month,
                    # and so is the writer's own revision (由68港元上调至80港元: the old target is no
                    # call of that day, the pair reports the move)
                    return self.published.isoformat(), None
                # 当前PE 35倍: a multiple said of now is of the publication day (_said_now_period)
                return self._said_now_period(q, metric, clause, sentence) \
                    or f"{self.published.year}-{self.published.month:02d}", None
        for p in self.periods.within(clause.start, q.start):
            base = self._baseline_of(p)
            if base is not None and (base.start, base.end) == (q.start, q.end):
                return p.value, p
        listed = self._index_item_period(q, sentence) if self._index_items else None
        if listed is not None:
            return listed  # - 申万通信：+4.8%（年初至今+18.6%） under 本周（3月16日-3月20日）
        found = self._period_choice(q, metric, clause, sentence)
        if metric.startswith(_RANKED_IN_HISTORY) and found[1] is not None and self.published is not None \
                and self._since_window(found[1]):
            # 处于2019年以来的72%分位: the window is the history the level is ranked in; the
            # percentile is as of the report's cut-off day
            return self.cutoff_day or self.published.isoformat(), None
        found = self._level_now(q, *found)
        if self.filing_period is not None:
            found = self._filing_refined(q, metric, *found)
        # the three refinements below change only growth rates and moves (each checks again)
        if metric.endswith("cagr") or _COMPOUND.search(self.ptext, clause.start, q.start):
            found = self._cagr_window(q, "cagr", sentence, *found)
        if q.kind not in ("percent", "multiple"):
            return self._change_since_point(q, clause, sentence, *found)
        if self._rise_multiples:
            found = self._rise_window(q, *found)
        found = self._move_stretch(q, sentence, *found)
        found = self._since_asof(q, sentence, *found)
        found = self._months_stretch(q, clause, sentence, *found)
        return self._stretch(q, clause, *found)

    def _months_stretch(self, q, clause: Span, sentence: Sentence, period: str, period_obj):
        """``9月底已超过30万亿，四个月涨了80%``, ``由7月的…增至10月的…，三个月增长约33%``: a change
        over a stated number of months up to a month of its own spans those months
        (``2025-05/2025-09``) when the sentence states that first month too (a move between two
        stated dates; a trailing 近三个月上涨20% alone carries its as-of date). Not after 前
        (前三个月: the months from January) or a word of the future (未来三个月)."""
        if not period or not _MONTH.fullmatch(period):
            return period, period_obj
        m = _MONTHS_CHANGE.search(self.ptext, clause.start, q.start)
        if m is None or m.end() != q.start:
            return period, period_obj
        n = small_count(m.group(1))
        if not n or n > 24 or self.ptext[max(clause.start, m.start() - 2):m.start()].endswith(_MONTHS_NOT_AFTER):
            return period, period_obj
        first = _add_months(period, -n)
        if not any(p.value == first for p in self.periods.within(sentence.start, q.start)):
            return period, period_obj
        return f"{first}/{period}", period_obj

    def _move_stretch(self, q, sentence: Sentence, period: str, period_obj):
        """``价格已由2023年高峰期的约8美元降至目前的2美元，降幅超过70%``, ``由年初约3美元涨至9月底约
        13美元，累计涨幅超过300%``: a change stated in a clause after a move from a dated level
        (由/从 <period> … ``move_to`` word) to another spans the move: from the start's period to
        the end's (a period after the move word, else now: the publication month). Unchanged
        when the move's start has no period, or when the change has a period of its own."""
        if self.published is None or not _MOVE_WORD.search(self.ptext, sentence.start, q.start):
            return period, period_obj  # most numbers: one search
        t = self.ptext
        seg_start = max(sentence.start, max(t.rfind(c, sentence.start, q.start) for c in "；;。") + 1)
        moves = list(_MOVE_WORD.finditer(t, seg_start, q.start))
        if not moves or not _CLAUSE_BREAK.search(t, moves[-1].end(), q.start):
            return period, period_obj  # 由20%升至35%: the level reached, not a change
        move = moves[-1]
        lead = max(t.rfind(w, seg_start, move.start()) for w in _RISE_FROM)
        if lead < 0 or _CLAUSE_BREAK.search(t, lead, move.start()):
            return period, period_obj
        # the start's period is a baseline (it dates the level moved from), so all periods count
        reached = _CLAUSE_BREAK.search(t, move.end(), q.start).start()  # the move's clause ends
        own = max(m.end() for m in _CLAUSE_BREAK.finditer(t, move.end(), q.start))  # q's clause starts
        if self.periods.within(own, q.start):
            return period, period_obj  # …，2030年同比增长18%: a period of its own
        starts = [p for p in self.periods.within(lead, move.start()) if "/" not in p.value]
        ends = [p for p in self.periods.within(move.end(), reached) if "/" not in p.value]
        if not starts or any(p.end > q.start or p.start < lead for p in starts + ends):
            return period, period_obj
        if period and period not in (starts[0].value, *(p.value for p in ends)):
            return period, period_obj  # a period from elsewhere (a later clause's date)
        if next(_basis_words(t, own, q.start), None) is not None:
            return period, period_obj  # …增至2025年的12亿元，同比增长50%: a growth on a basis of its own
        end = ends[-1].value if ends else self._publication_month
        first, last = _period_bounds(starts[0].value), _period_bounds(end)
        if first is None or last is None or first[1] >= last[0]:
            return period, period_obj
        return f"{starts[0].value}/{end}", None

    def _cagr_window(self, q, metric: str, sentence: Sentence, period: str, period_obj):
        """``由2025年的42亿美元增至2030年的210亿美元，CAGR约38%``: a compound growth rate
        with one year of its own is the rate over the window the sentence states, first to last
        year before it."""
        if not metric.endswith("cagr") or not re.fullmatch(r"\d{4}", period or ""):
            return period, period_obj
        # 从2025年的80亿美元: the base year of the window is a baseline, still its first year
        years = sorted({p.value for p in self.periods.within(sentence.start, q.start)
                        if re.fullmatch(r"\d{4}", p.value) and not self._followed_by(p.end, "source_date", gap=2)})
        if len(years) >= 2 and period == years[-1]:
            return f"{years[0]}/{years[-1]}", period_obj
        return period, period_obj

    def _since_asof(self, q, sentence: Sentence, period: str, period_obj):
        """A change since a day (``自5月21日宣布免费后，日调用量翻了10倍``) holds as of the day
        of the source that reports it (``6月7日报道``): a cumulative move carries its as-of date."""
        if period_obj is None or q.kind not in ("percent", "multiple") or not _DAY.fullmatch(period) \
                or not opens_a_stretch(self.ptext, period_obj.start):
            return period, period_obj
        later = [p for p in self._source_dates(sentence.start, sentence.end)
                 if _DAY.fullmatch(p.value) and p.value > period]
        return (later[-1].value, later[-1]) if later else (period, period_obj)

    def _stretch(self, q, clause: Span, period: str, period_obj):
        """A change measured from a stated date to another: ``较5月底增长80%`` as of 9月底 is
        ``2025-05/2025-09``."""
        if not period or q.kind not in ("percent", "multiple") or not _DATE.fullmatch(period):
            return period, period_obj
        # 约为2024年12月的7.5倍: the base of a multiple is a base like 较's
        bases = [p for p in self.periods.within(clause.start, q.start)
                 if _DATE.fullmatch(p.value) and (self._preceded_by(p.start, "comparison", gap=1)
                                                   or (q.kind == "multiple" and self._multiple_base_period(p)))]
        if bases and len(period) == 7 and not self._month_point(bases[-1]) \
                and (period_obj is None or not self._month_point(period_obj)) \
                and (_add_months(bases[-1].value, 1) == period or _add_months(bases[-1].value, 12) == period
                     or any(w in bases[-1].text for w in _SAME_PERIOD)):
            # 10月营收较9月增加11.8%, 较去年同期增加39.2%: a month's flow against the month before
            # or the same month a year before is growth of that month; a level read at two points
            # (5月底 -> 9月底, 11月 against 8月) spans a stretch
            return period, period_obj
        if bases and len(bases[-1].value) == len(period) and bases[-1].value < period:
            return f"{bases[-1].value}/{period}", period_obj
        return period, period_obj

    def _change_since_point(self, q, clause: Span, sentence: Sentence, period: str, period_obj):
        """A count or a change in points measured from a point in time (``截至10月末，…比上年末净增
        45万个``, ``占比较上年末提高3.5个百分点``) spans from that point to the as-of month of its
        sentence: ``2024-12/2025-10``. Unchanged when the clause names no such base."""
        bases = [p for p in self.periods.within(clause.start, q.start)
                 if _MONTH_VALUE.fullmatch(p.value) and self._preceded_by(p.start, "comparison", gap=1)]
        if not bases:
            return period, period_obj
        base = bases[-1]
        if not self._month_point(base) and _CHANGE_VERB.search(self.ptext, base.end, q.start) is None:
            return period, period_obj  # 较3月峰值1.52亿累计回落约27%: the base's own level, no change
        if not self._month_point(base) and period and _MONTH_VALUE.fullmatch(period) \
                and period in (_add_months(base.value, 1), _add_months(base.value, 12)):
            # 10月销量较9月增加20万台: a month's flow against the month before or a year before is
            # that month's change; 截至6月…较2024年12月增长1.27亿人 (a level at two months) spans
            return period, period_obj
        later = [p for p in self._usable_periods(sentence.start, q.start)
                 if _MONTH_VALUE.fullmatch(p.value) and p.value > base.value
                 and not self._preceded_by(p.start, "comparison", gap=1)]
        lead = self.lead_period.get(sentence.paragraph)
        end = later[-1].value if later else (period or (lead[0].value if lead is not None and not lead[1] else ""))
        if not _MONTH_VALUE.fullmatch(end or "") or end <= base.value:
            return period, period_obj
        return f"{base.value}/{end}", period_obj

    def _launch_day(self, q):
        """The day written in a bracket at the head of ``q``'s line (``- 甲模型（5月8日发布）：…``,
        ``- 乙模型（5月9日开发者大会发布）：…``), or None."""
        line_start = self.ptext.rfind("\n", 0, q.start) + 1
        for p in self.periods.within(line_start, q.start):
            opened = max(self.ptext.rfind("(", line_start, p.start), self.ptext.rfind("（", line_start, p.start))
            if _DAY.fullmatch(p.value) and opened >= 0 and self._in_brackets(p.start, Span(line_start, q.start)) \
                    and not re.search(r"[，。；：,;:]", self.ptext[line_start:opened]):
                return p
        return None

    def _said_of_now(self, start: int, end: int) -> bool:
        """Whether the clause before a number opens with a word of now (``目前``, ``当前``,
        period_words ``level_now``), after at most its subject: ``目前ARR已突破…``,
        ``公司当前总市值约…``. A word of now after 由/从 starts a move (``由目前约20%升至…``)."""
        t = self.ptext
        for w in _LEVEL_NOW_WORDS:
            i = t.find(w, start, end)
            while i >= 0 and w.isascii() and (t[i - 1:i].isalpha() or t[i + len(w):i + len(w) + 1].isalpha()):
                i = t.find(w, i + 1, end)  # an English word of now is a whole word (not in known)
            if i >= 0 and t[i - 1:i] not in ("由", "从") and not self.quantities.within(start, i) \
                    and _MOVE_TO.search(t, i, end) is None:
                return True
        return False

    def _compound_window(self, p, before: int) -> bool:
        """``2025-2027年营收CAGR为45%，潜在升幅约24.6%``: a span of years that a compound growth
        word (``compound_growth``) follows before ``before`` (the start of a later clause) is
        the window of that growth rate only: it dates no number of a later clause."""
        return "/" in p.value and p.end <= before and _COMPOUND.search(self.ptext, p.end, before) is not None

    def _since_window(self, p) -> bool:
        """A window written ``X以来`` / ``X至今``: it opens the clause of the move it measures,
        so it dates no number before it."""
        return p.text.endswith(("以来", "至今")) or _SINCE.match(self.ptext, p.end) is not None

    def _session_days(self) -> tuple[str, ...]:
        """Days whose session a wrap reports: the publication day and, for a note published
        before the open (a morning meeting), the trading day before it."""
        return (self.published.isoformat(), previous_trading_day(self.published).isoformat())

    def _dated_wrap(self, sentence: Sentence) -> bool:
        """A market wrap of the publication day: the article carries a day (not only a month)
        and its paragraph, up to this sentence, names the trading session (``session_word``)."""
        if self.published is None or self.doc.get("published_precision") in ("month", "year"):
            return False
        if _SESSION_WORD.search(self.ptext, sentence.start, sentence.end):
            self.session_paragraphs.add(sentence.paragraph)
        return sentence.paragraph in self.session_paragraphs

    def _month_point(self, p) -> bool:
        """A month written as a point in time (``5月底``, ``9月末``), not as a month's flow."""
        # the period's span may hold the suffix (6月底) or stop before it
        return self.ptext[p.start:p.end].endswith(_MONTH_POINT) or self.ptext.startswith(_MONTH_POINT, p.end)

    def _period_choice(self, q, metric: str, clause: Span, sentence: Sentence):
        cumulative = metric in ("return", "drawdown", "max_drawdown")
        asof_metric = cumulative or metric == "relative_return"
        if cumulative and self._role_hits(clause.start, q.start, "comparison"):
            # 累计涨幅达67%，较疫后峰值水平100%的涨幅仍有距离: the base of a comparison is an
            # earlier rally; the as-of date of the current one is not its period
            in_clause = [p for p in self._usable_periods(clause.start, clause.end)]
            return (in_clause[0].value, in_clause[0]) if in_clause else ("", None)
        if asof_metric and self.published is not None:
            asof = [p for p in self._usable_periods(sentence.start, sentence.end)
                    if self.ptext[max(0, p.start - 3):p.start].endswith(("截至", "截止", "截至 "))]
            if asof:
                return asof[0].value, asof[0]
            head = self.lead_period.get(sentence.paragraph, (None,))[0]
            if head is not None and head is self._heading_period \
                    and self.ptext[max(0, head.start - 3):head.start].endswith(("截至", "截止", "截至 ")):
                return head.value, head  # 截至11月10日收盘： over bullets of year-to-date moves
            seg_start = self._segment_start(sentence, clause.start)
            ytd = self._role_hits(seg_start, q.start, "ytd")
            # 本周（11月16日—11月20日）: a time word whose dates are written holds those dates
            # 年初至2月10日, 上周（9.1-9.5）…年初至今: a year-to-date move written to a day, or as of
            # the last day of the week stated before it, holds as of that day
            stated = [p for p in self._usable_periods(seg_start, q.start)
                      if any(p.start <= h.start and h.end <= p.end for h in ytd)
                      and ("/" in p.value or _DAY.fullmatch(p.value) and p.value != self.published.isoformat())]
            session = self.session_day.get(sentence.paragraph)
            if session is not None and ytd and (not stated or self._since_window(stated[-1])):
                # 11月30日…单日涨3.6%，11月以来累计上涨9.8%: a move since a day, in the wrap of a
                # session, is as of that session
                return session.value, session
            if stated:
                return stated[-1].value, stated[-1]
            if ytd:
                return self.cutoff_day or self.published.isoformat(), None
        in_clause = self._clause_periods(q, clause)
        if in_clause and len(self.quantities.within(clause.start, clause.end)) > 1:
            # …400 datacenters and added over 2GW in the past twelve months: the window is 2GW's
            in_clause = [p for p in in_clause if p.start < q.start or not self._english_nearer_figure(q, p)]
        if in_clause:
            pre = [p for p in in_clause if p.start <= q.start]
            p = _latest(pre) if pre else in_clause[0]
            if pre:
                p = self._english_period_after(q, in_clause) or p
            fiscal = [f for f in in_clause if f.value.startswith("FY")]
            if fiscal and not p.value.startswith("FY") and self._in_brackets(p.start, clause):
                p = fiscal[-1]  # 第二财季（截至7月27日）: the fiscal label wins over the date it ends on
            return p.value, p
        if self.published is None and self._unresolved_relative_year(clause.start, q.start):
            # 今年前三季度营收9亿元 with no publication date: no other clause's year, and (as for a
            # future clause) no period carried over from the paragraph's subject either
            self._future_clause = True
            return "", None
        if _FUTURE_WORD.search(self.ptext, clause.start, clause.end):
            self._future_clause = True
            return "", None
        # the nearest period before the clause within the same ；-segment of the sentence
        semis = self._semicolons(sentence)
        seg_start = self._segment_start(sentence, clause.start)
        past = _bisect_right(semis, clause.end)  # the ends are sorted: the first one past the clause
        seg_end = min(sentence.end, semis[past]) if past < len(semis) else sentence.end
        segment = self._without_bracketed_figures(
            _without_same_period_bases([p for p in self._usable_periods(seg_start, clause.start)
                                        if not self._prior_value_bracket(p, q)
                                        and not self._compound_window(p, clause.start)]))
        if len(segment) > 1 and segment[-1].text.startswith(_WINDOW_AHEAD) and self._first_batch(clause.start, q.start):
            # 5月13日宣布，未来五年供应…，首批为2000颗: the plan's window is not its first batch's time
            segment = [p for p in segment if not p.text.startswith(_WINDOW_AHEAD)]
        if (segment or self._usable_periods(sentence.start, clause.start)) and self.published is not None \
                and self._said_of_now(clause.start, q.start):
            # 今年3月完成B轮融资；目前ARR已突破5,000万美元: a figure said of now is of the
            # publication month, not of the event dated in a clause before it
            return f"{self.published.year}-{self.published.month:02d}", None
        if segment:
            p = self._fiscal_gloss(segment, self._asof_over_window(segment, _latest(segment)))
            return p.value, p
        # an earlier ；-segment: the period the sentence opens with (a later one is often a
        # base or one member of a 分别 list)
        earlier = [p for p in self._usable_periods(sentence.start, clause.start) if not self._prior_value_bracket(p, q)
                   and not self._compound_window(p, clause.start)
                   and not (p.end <= seg_start and self.ptext[max(0, p.start - _HORIZON_LEN):p.start].endswith(_HORIZON_LEADS))
                   and not self._later_forecast(p)]  # (…，预计2025年分派率4.9%；…: that forecast's year only)
        if earlier and not _FUTURE_ITEM.search(self.ptext, seg_start, q.start):
            # 公司于11月4日披露：前三季度收入…；净利润…: the figures' period, not the filing day
            reported = [p for p in earlier if not self._statement_day(p)]
            p = reported[0] if reported and self._statement_day(earlier[0]) else earlier[0]
            p = self._fiscal_gloss(earlier, p)
            return p.value, p
        since = self._since_base_month(q, clause)
        if since:
            return since, None
        if self._run_on is not None:
            return self._run_on.value, self._run_on
        # after the number: only within its own ；-segment (a later item's date is that item's)
        # 突破1亿，…是去年同期的三倍: a same-period word after the number is a comparison's base
        later = [p for p in self._usable_periods(clause.end, seg_end)
                 if not self._yet_to_come(p) and not any(w in p.text for w in _SAME_PERIOD)
                 and not self._prior_value_bracket(p, q)
                 and not self._since_window(p)
                 and not self.ptext[max(0, p.start - _BASE_LEAD_LEN):p.start].endswith(_LATER_BASE_LEAD)]
        if later and self.plan_place is not None and self._dates_own_figure(later[0], seg_end):
            later = []  # 绿电使用比例不低于80%，智算中心…2027年达到60%: a plan's items are dated each by its own
        elif later and (self._opens_own_statement(later[0], seg_end) or self._later_forecast(later[0])):
            # 正以约30亿美元估值融资，其2025年收入预计增长20%: the year of the next statement
            # (发行规模24.7亿元，预计2025年分派率4.9%: a forecast's year dates the forecast only)
            later = []
        if later and self._later_clause_figure(later[0], q):
            later = []  # 年化收入已达30亿美元，一年前约8亿美元: the later clause's date is its own figure's
        if later and self._english_nearer_figure(q, later[0]):
            later = []  # operates 400 datacenters and added over 2GW in the past twelve months: the window is 2GW's
        if later:
            return later[0].value, later[0]
        sources = [p for p in self._source_dates(seg_start, seg_end)
                   if not (p.start >= clause.end and self._yet_to_come(p)) and not _ASIDE.search(self.ptext, min(p.end, q.end), max(p.start, q.start))]
        if sources:
            before = [p for p in sources if p.end <= q.start]
            p = before[-1] if before else sources[0]
            self._weak_period = True  # a source's date, never carried to the next numbers
            return p.value, p
        head = self._headline_period(sentence)
        if head is not None:
            lead = self.lead_period.get(sentence.paragraph)
            if lead is not None and not lead[1] and lead[0].start > head.end:
                # 【本周观点】…2026年二季度，…。其中，甲…: a period the paragraph states after the
                # 【】 heading is nearer to the number than the heading's time word
                return lead[0].value, lead[0]
            return head.value, head
        floor = self._item_floor(sentence.start)
        if metric in _DIGEST_DAY and floor > 0:
            # 10:05【AI应用午前走强】昆仑万维涨停: a day's move in a dated flash digest is that day's;
            # an item stamped with its own date (2026-03-11 22:30) is that date's
            line_end = self.ptext.find("\n", floor)
            own = [p for p in self.periods.within(floor, line_end if line_end > 0 else len(self.ptext))
                   if _DAY.fullmatch(p.value)]
            if own:
                return own[0].value, own[0]
            if self._digest_day is not None:
                return self._digest_day.isoformat(), None
        elif metric in _DIGEST_DAY and self._digest_day is not None and self._daily_wrap:
            # 晨报…两市成交额2.58万亿元: a move or turnover nothing dates in a daily wrap is of
            # the session it reports (the trading day before a morning note)
            return self._digest_day.isoformat(), None
        if self.plan_period is not None:
            # 设立规模100亿元的算力产业基金 in a plan for 2026-2028: the plan's years
            return self.plan_period.value, self.plan_period
        if self.filing_period is not None:
            return self._filing_period_of(metric), None
        return "", None

    def _filing_refined(self, q, metric: str, period: str, period_obj):
        """A periodic report's figure: ``研发人员数量1,086人（上年同期902人）`` - the bracket after a
        number holds the base's own period, never the number's (which is the report's); a count
        held at a point in time (``period_end_metric``) over a stretch is as of its last day."""
        if period_obj is not None and ((period_obj.start >= q.end and any(b in self.ptext[q.end:period_obj.start] for b in "(（"))
                                       or (period_obj.end <= q.start and any(b in self.ptext[period_obj.end:q.start] for b in ")）")
                                           and max(self.ptext.rfind("(", 0, period_obj.start), self.ptext.rfind("（", 0, period_obj.start))
                                           > max(self.ptext.rfind(")", 0, period_obj.start), self.ptext.rfind("）", 0, period_obj.start)))):
            # …1,086人（上年同期902人），占公司总人数的比例38.5%: the bracket's period is its own
            period, period_obj = self._filing_period_of(metric), None
        if metric in _PERIOD_END_METRICS and _STRETCH.fullmatch(period or ""):
            period = stretch_end(period)
        elif period_obj is None and period and self._at_report_end(q):
            # 截至报告期末，注册开发者超过300万: a level as of the report's last day (2025-12-31)
            period = stretch_end(self.filing_period)
        return period, period_obj

    def _at_report_end(self, q) -> bool:
        """Whether the clause of ``q`` says its figure is as of the end of the report's period
        (``截至报告期末``: ``report_period_end`` of ``facts_words.csv``) before it."""
        start = max(self.ptext.rfind(c, 0, q.start) for c in _REPORT_END_CLAUSE_BREAKS) + 1
        stretch = self.ptext[start:q.start]
        return "期末" in stretch and any(w in stretch for w in _REPORT_PERIOD_END)

    def _filing_edge_day(self, sentence: Sentence, q) -> str:
        """The first or last day of a periodic report's stretch that an undated cell's row label,
        column header or caption names (``filing_edge`` of ``facts_words.csv``: 期初, 期末):
        ``报告期末基金资产组合情况`` is as of 2025-09-30, ``报告期期初基金份额总额`` of 2025-07-01;
        '' when none does (the label nearest the cell first)."""
        spans = [*([sentence.label] if sentence.label is not None else []),
                 *reversed(self._column_header(sentence, q)),
                 *([sentence.caption] if sentence.caption is not None else [])]
        for span in spans:
            words = self.ptext[span.start:span.end]
            for word, edge in _FILING_EDGES:
                if word in words:
                    return _stretch_first_day(self.filing_period).isoformat() if edge == "start" \
                        else stretch_end(self.filing_period)
        return ""

    def _filing_period_of(self, metric: str, years_back: int = 0) -> str:
        """The period of a figure of a periodic report that nothing else dates: the report's
        stretch (``2025H1``), or its last day for a count held at a point in time
        (``period_end_metric`` of ``facts_words.csv``: 研发人员数量 as of 2025-06-30)."""
        stretch = re.sub(r"\d{4}", lambda m: str(int(m.group()) - years_back), self.filing_period)
        if metric not in _PERIOD_END_METRICS:
            return stretch
        return stretch_end(stretch)

    @functools.cached_property
    def _daily_wrap(self) -> bool:
        """A one-day market wrap: its header (``早报``, ``收评``, ``Morning``) says so."""
        head = self.ptext[:min(header_end(self.ptext), _WRAP_HEAD)]
        return any(w in head for w in _DAILY_WRAP)

    def _since_base_month(self, q, clause: Span) -> str:
        """``平均输出价格较一年前下降了约72%`` with no date of its own: a change measured from a
        month the clause names as its base runs from that month to the publication month; a base
        one month back is a month-on-month change (no stretch)."""
        if q.kind not in ("percent", "multiple") or self.published is None:
            return ""
        bases = [p for p in self.periods.within(clause.start, q.start)
                 if _MONTH.fullmatch(p.value) and self._preceded_by(p.start, "comparison", gap=1)]
        month = f"{self.published.year}-{self.published.month:02d}"
        # 数据月份：2025年5月 (or a monthly 【…月报】2025年8月) … 较2月峰值累计回落约38%: a tracker's data month, not the month it
        # comes out, ends the stretch (the month an undated figure of it is of)
        own = self._data_period_of(q) or self.reference_period or self.recap_month or ""
        if _MONTH.fullmatch(own) and own < month:
            month = own
        i = bisect.bisect_right(self._sentence_starts, q.start) - 1
        lead = self.lead_period.get(self.sentences[i].paragraph) if i >= 0 else None
        if lead is not None and lead[0] is self._item_asof and _MONTH.fullmatch(lead[0].value):
            # （一）截至2025年6月底…⏎（二）…较2024年底增长约21.2%: up to the items' as-of month
            month = lead[0].value
        if not bases or _add_months(bases[-1].value, 1) >= month:
            return ""
        return f"{bases[-1].value}/{month}"

    def _fiscal_gloss(self, periods: list, p):
        """``FY2027 Q2 (quarter ended Jul 26):``, ``FY2026Q4（截至2026年8月底）``: a date in a
        bracket right after a fiscal label glosses the label, which stays the period of the
        numbers after it."""
        if p.value.startswith("FY"):
            return p
        for f in reversed([f for f in periods if f.end <= p.start and f.value.startswith("FY")]):
            between = self.ptext[f.end:p.start]
            if len(between) > _GLOSS_CHARS or re.search(r"[)）]", between):
                continue
            # the bracket opens after the label, or holds both (``(FY2027 Q2, quarter ended Jul 26)``)
            before = self.ptext[max(0, f.start - 2):f.start]
            if re.search(r"[(（]", between) or re.search(r"[(（]\s?$", before):
                return f
        return p

    def _asof_over_window(self, segment: list, p):
        """``截至5月19日收盘，股价年内上涨42%，总市值达1200亿元``: a level after a move over a
        window written as a word (年内, 今年以来) holds as of the day stated with 截至 before it,
        not over the window's year."""
        if not re.fullmatch(r"\d{4}", p.value) or any(c.isdigit() for c in p.text):
            return p
        asof = [d for d in segment if d.start < p.start and _DAY.fullmatch(d.value) and d.value[:4] == p.value
                and self._preceded_by(d.start, "asof", gap=1)]
        return asof[-1] if asof else p

    def _yet_to_come(self, p) -> bool:
        """``英伟达涨2.9%，市场等待其下周三公布的财报``: a time after the publication date, written
        after the number, is when something is still to come; a figure already reported is not
        of that time. A later year or quarter is so only in a clause that looks ahead
        (``公司计划2027年上市``); otherwise it is the horizon of a forecast (``营收有望达120亿元，
        对应2027年``)."""
        if self.published is None:
            return False
        start = _period_start(p.value)
        if start is None or start <= self.published:
            return False
        if _DATE.fullmatch(p.value):
            return True
        opening = max((m.end() for m in _CLAUSE_MARK.finditer(self.ptext, max(0, p.start - 30), p.start)),
                      default=max(0, p.start - 30))
        return bool(_AHEAD.search(self.ptext, opening, p.start))

    def _heading_report_period(self, q) -> str:
        """The one reporting period (a year, half or quarter, fiscal or not, begun by the
        publication date) the nearest heading line over ``q`` states: a line with no full stop
        or semicolon, at most ``HEADING_LINE_LEN`` long and no table row (``periods.heading_lines``, cells apart by wide
        blanks), read upward from the line before ``q``'s (``AI概念股2024年报季总结：…``,
        ``一、甲骨文FY26Q2：RPO再翻倍``, ``一、第三季财务概况（单位：亿元）``). '' when the nearest
        line stating any period states several, or a day, month or span (a source line's
        截至6月30日), or one yet to come."""
        if self.published is None:
            return ""
        t = self.ptext
        for start, end in heading_lines(t, t.rfind("\n", 0, q.start), max(0, q.start - _HEADING_PERIOD_REACH)):
            values = {p.value for p in self.periods.within(start, end)}
            if values:
                if len(values) > 1 or not _REPORT_STRETCH.fullmatch(next(iter(values))):
                    return ""
                value = values.pop()
                bounds = None if value.startswith("FY") else _period_bounds(value)
                if bounds is not None and bounds[0] > self.published:
                    return ""  # 2026年展望: a heading of what is to come dates no result
                return value
        return ""

    def _section_quarter(self, q) -> str:
        """``【一、Meta：量价齐升】⏎Meta第三季营收512.4亿美元…⏎用户面，每日活跃人数达35.4亿``: in a
        section whose heading states no period, the one quarter the section's opening line
        states (its statement day aside: ``台积电10月16日公布2025年第三季度业绩``), ended by the
        publication date, dates the section's later lines that state no time: they go on with
        the results the opening line reports. '' when the heading states a period (that is
        :meth:`_heading_report_period`'s), when ``q`` is on the opening line itself, or when the
        opening line states no quarter, several, or one not yet over."""
        if self.published is None:
            return ""
        t = self.ptext
        line_start = t.rfind("\n", 0, q.start) + 1
        heading = next(heading_lines(t, line_start - 1, max(0, q.start - _HEADING_PERIOD_REACH)), None)
        if heading is None or self.periods.within(*heading):
            return ""
        opening = heading[1] + 1
        while opening < line_start and not t[opening:t.find("\n", opening)].strip():
            opening = t.find("\n", opening) + 1  # blank lines under the heading
        if opening >= line_start:
            return ""  # q is on the opening line: its own clause or sentence dates it
        opening_end = t.find("\n", opening)
        values = {p.value for p in self._usable_periods(opening, opening_end) if not _DAY.fullmatch(p.value)}
        if len(values) != 1:
            return ""
        value = values.pop()
        if not _QUARTER_VALUE.fullmatch(value):
            return ""
        bounds = None if value.startswith("FY") else _period_bounds(value)
        return "" if bounds is not None and bounds[1] >= self.published else value

    def _headline_period(self, sentence: Sentence):
        """``【腾讯2025年第三季度业绩】⏎收入增长15%``: a flash item's 【】 headline dates the
        lines of its item."""
        floor = self._item_floor(sentence.start)
        if not floor < sentence.start or self.ptext[floor:floor + 1] != "【":
            return None
        close = self.ptext.find("】", floor, sentence.start)
        stated = self._usable_periods(floor, close) if close > 0 else []
        return stated[-1] if stated else None

    def _after_event(self, q, cls: str, clause: Span, sentence: Sentence, period_obj) -> str | None:
        """A number counted from an event: ``ChatGPT推出两个月MAU达到1亿`` is its launch month
        plus two (the launch from ``release_dates.csv``); ``上线后续三个月涨幅超过60%`` after a
        stated date is the stretch of the three months that follow it. None when the clause has
        no such duration before ``q`` or the event's date is unknown."""
        if q.kind == "duration" or cls == "duration":
            return None
        # the number just before q in its sentence, when it is a duration (most are not: the
        # clauses are listed only then)
        durations = self.quantities.within(sentence.start, q.start)
        if not durations or durations[-1].kind != "duration" or durations[-1].unit not in ("months", "years"):
            return None
        d = durations[-1]
        # 上线仅三个月，下载量突破3000万次: the duration may close the clause before
        before = [c for c in sentence.clauses if c.end <= clause.start]
        if d.start < (before[-1].start if before else clause.start):
            return None
        if d.start < clause.start:
            clause = next((c for c in before if c.start <= d.start < c.end), clause)
        months = d.value * 12 if d.unit == "years" else d.value
        if months < 1 or months != int(months):
            return None
        m = _AFTER_EVENT.search(self.ptext, clause.start, d.start)
        if m is None or not (m.group("launch") or len(m.group("after") or "") >= 2):
            return None
        base = None
        if m.group("launch"):
            named = [e for e in self._candidates(clause.start, m.start("launch")) if e.end >= m.start("launch") - 2]
            base = release_dates().get(named[-1].name) if named else None
        if base is None and m.group("after") and period_obj is not None and period_obj.end <= m.start() \
                and _DATE.fullmatch(period_obj.value):
            base = period_obj.value  # 2021年10月29日…；指数上线后续三个月
        if base is None:
            return None
        start = _add_months(base[:7], 1)
        end = _add_months(base[:7], int(months))
        if cls in ("ratio", "multiple", "pp"):
            return end if start == end else f"{start}/{end}"  # a change over the months that follow
        return end  # a level reached when the months are over

    def _released_price(self, q, theme: str, cls: str, clause: Span, entities: list[_Ent]) -> str:
        """``GPT-4o的价格相对GPT-4 Turbo下降了50%``: a model's price stated against another
        model's, with no date, holds from the model's release (its month, ``release_dates.csv``);
        a list price with no date stays undated (SCHEMA)."""
        if theme != "pricing" or cls not in ("ratio", "multiple") or not entities:
            return ""
        released = release_dates().get(entities[0].name)
        if released is None:
            return ""
        bases = [e for e in self.entities.within(clause.start, q.start)
                 if e.type == "model" and e.name != entities[0].name and self._comparison_base(e)]
        return released[:7] if bases else ""

    def _stamped_price_day(self, q) -> str:
        """``09:52　【价格】…输入0.8元/百万tokens`` in a live blog dated to the day: a price a
        time-stamped item announces, with no date of its own, takes effect the day of the
        digest (SCHEMA: a price carries the date it took effect); '' outside such an item."""
        launched = self._item_launch_day(q)
        if launched:
            return launched
        if self._digest_day is None or self._morning_digest:
            return ""
        floor = self._item_floor(q.start)
        if floor <= 0 or not _TIME_STAMP.match(self.ptext, floor):
            return ""
        return self._digest_day.isoformat()

    def _item_launch_day(self, q) -> str:
        """``【07:02】甲公司于当地时间24日发布新模型。API定价为输入5美元…``: a news-flash item
        that dates its launch to a day (the day, then an act word of news: ``day_act_after``)
        sets the prices it goes on to give, undated, on that day (SCHEMA: a price carries the
        date it took effect). The item's last such day before the price; '' outside an item, or
        when the price's clause names a model the launch's clause does not (…而上一代乙模型为
        15美元: an older model's price is not set by the launch)."""
        floor = self._item_floor(q.start)
        if floor <= 0:
            return ""
        t = self.ptext
        for p in reversed(self.periods.within(floor, q.start)):
            if not _DAY.fullmatch(p.value):
                continue
            clause_end = _CLAUSE_BREAK.search(t, p.end, q.start)  # the act word stands before it
            act_end = clause_end.start() if clause_end else q.start
            if not any(w in t[p.end:act_end] for w in _DAY_ACT_WORDS):
                continue
            opened = max(floor, max(t.rfind(c, floor, q.start) for c in "，,。；;！？!?") + 1)
            launched = {e.name for e in self.entities.within(floor, act_end) if e.type == "model"}
            if any(e.type == "model" and e.name not in launched for e in self.entities.within(opened, q.start)):
                return ""
            return p.value
        return ""

    @functools.cached_property
    def _morning_digest(self) -> bool:
        """A morning digest (早晨快讯): its items report the session before, not the day's launches."""
        return any(w in self.ptext[:_WRAP_HEAD] for w in kw.word_group("morning_digest"))

    def _effective_price_date(self, theme: str, cls: str, metric: str, entities: list[_Ent], q=None) -> str:
        """``Nova-3降价60%`` under a price table whose row for Nova-3 has a 生效日期 cell: a
        model's price change, undated in the prose, took effect on its row's effective date
        (SCHEMA: a price carries the date it took effect when the text gives one). A price level
        in the prose is dated so only when it is one of the row's current prices (the same
        claim as the cell)."""
        if theme != "pricing" or cls not in ("ratio", "multiple", "free", "price") or not entities \
                or metric.endswith("_before_cut"):
            return ""
        table = self._effective_dates()
        if cls == "price" and (q is None or any(q.value not in table.get(e.name, ("", set()))[1] for e in entities)):
            return ""
        # 两家的Batch接口都打五折: a change stated for several at once is dated only when one
        # date holds for all of them
        dates = {table.get(e.name, ("", set()))[0] for e in entities}
        return dates.pop() if len(dates) == 1 else ""

    def _effective_dates(self) -> dict[str, tuple[str, set]]:
        """Entity -> (the date in its table row's effective-date column (``生效日期``,
        ``调价日期``), the row's current prices as written). A row labelled as the price before
        a cut (``X（调价前）``) dates that old price, and an entity two rows date differently has
        no single date."""
        if self._effective is not None:
            return self._effective
        found: dict[str, set] = {}
        prices: dict[str, set] = {}
        for s in self.sentences:
            if not s.is_row or not s.col_headers or (
                    s.label is not None and "before_cut" in self._roles_in(s.label)):
                continue
            dated = [c for c, headers in zip(s.clauses, s.col_headers) if c is not s.label and self._is_date_cell(c)
                     and any("effective_date" in self._roles_in(h) for h in headers)]
            if not dated:
                continue
            value = self.periods.within(dated[0].start, dated[0].end)[0].value
            names = {e.name for e in self._row_text_entities(s, dated[0]) + self._model_column(s)
                     if e.type not in _SOURCE_TYPES}
            row = self._row_entity(s)
            if row is not None and row.type != "unknown":
                names.add(row.name)
            current = {q.value for c, headers in zip(s.clauses, s.col_headers) if c not in dated
                       and is_value_cell(self.ptext[c.start:c.end])
                       and not any("before_cut" in self._roles_in(h) for h in headers)
                       for q in self.quantities.within(c.start, c.end)}
            for name in names:
                found.setdefault(name, set()).add(value)
                prices.setdefault(name, set()).update(current)
        self._effective = {name: (next(iter(v)), prices[name]) for name, v in found.items() if len(v) == 1}
        return self._effective

    def _news_month(self, metric: str) -> str:
        """A net flow of funds nothing in the text dates is news of the report's month."""
        if self.published is None or not metric.startswith(_UNDATED_NEWS):
            return ""
        return f"{self.published.year}-{self.published.month:02d}"

    def _said_now_period(self, q, metric: str, clause: Span, sentence: Sentence) -> str:
        """``目前该模型已接入12个业务场景，用户数突破1000万``, ``当前PE（TTM）为43倍``: a ；-segment
        that opens on a word of now (``level_now``, after at most its subject) and names no time
        states its numbers as of the publication: the month, or the day for a price or a
        multiple of the market (``facts_words.csv`` ``now_day_metric``). A future word
        (``目前计划…将``) or a move from now (``由目前约20%升至``) is not a status."""
        if self.published is None:
            return ""
        seg_start = self._segment_start(sentence, clause.start)
        if not self._said_of_now(seg_start, q.start) or _FUTURE_WORD.search(self.ptext, seg_start, q.end) \
                or self._usable_periods(seg_start, q.start):
            return ""
        if metric.startswith(_NOW_DAY_METRICS):
            return self.published.isoformat()
        return f"{self.published.year}-{self.published.month:02d}"

    def _current_level(self, q, clause: Span, sentence: Sentence) -> str:
        """``日均调用量已超过50万亿，较年初增长超过3倍`` with no date anywhere: the level is stated
        as reached now, so it is of the publication month; a change said of it later in its
        ；-segment is as of that month too, from the month it is measured against when the text
        names one (``2026-01/2026-11``)."""
        if self.published is None:
            return ""
        month = f"{self.published.year}-{self.published.month:02d}"
        # the number's span may hold the verb's tail (已|超过50万亿)
        if any(m.start() < q.start for m in _CURRENT_LEVEL.finditer(self.ptext, clause.start, q.end)):
            return month
        if self._against_last_year(q, sentence):
            return month
        if q.kind not in ("percent", "multiple"):
            return month if self._listed_after_level(q, clause, sentence) else ""
        seg_start = self._segment_start(sentence, clause.start)
        if not _CURRENT_LEVEL.search(self.ptext, seg_start, clause.start):
            return ""
        bases = [p for p in self.periods.within(clause.start, q.start)
                 if self._preceded_by(p.start, "comparison", gap=1) and re.fullmatch(r"\d{4}-\d{2}", p.value)]
        if bases and bases[-1].value < month:
            return f"{bases[-1].value}/{month}"
        return month

    @functools.cached_property
    def _report_quarter(self):
        """``NVDA FY2Q27: …``, ``某某三季报综述``: the one quarter the report's header (masthead,
        headline) states, the quarter a results note is about; None when it states none or
        several, or only a fiscal quarter whose year depends on the company."""
        end = header_end(self.ptext)
        stated = [p for p in self._usable_periods(0, end)
                  if _QUARTER_VALUE.fullmatch(p.value) and not getattr(p, "fiscal", None)]
        reports = quarter_reports(self.ptext[:end], self.published)
        fiscal = {p.value[-1] for p in stated if p.value.startswith("FY")}
        # 英伟达三季报之夜 … 2026财年第三财季营收…: the report named by its quarter's number is the
        # fiscal quarter of that number the header states (fiscal wins when both are given)
        stated += [p for p in reports if p.value[-1] not in fiscal]
        return stated[0] if len({p.value for p in stated}) == 1 else None

    @functools.cached_property
    def _report_month(self):
        """``AI基础设施交易月报（2026年3月）``: the one month the report's header states, the
        month a roundup covers (above its first deal line, which dates its own deal); None when
        it states none or several."""
        end = header_end(self.ptext)
        first_deal = _DEAL_PAIR.search(self.ptext, 0, end)
        if first_deal is not None:
            end = self.ptext.rfind("\n", 0, first_deal.start()) + 1
        # (本月 in a heading is that month itself, resolved against the publication date)
        stated = [p for p in self._usable_periods(0, end)
                  if _MONTH_VALUE.fullmatch(p.value) and p.text.strip() not in _THIS_MONTH]
        return stated[0] if len({p.value for p in stated}) == 1 else None

    def _report_quarter_year_ago(self, p, clause) -> str | None:
        """``去年同期约为20%`` in a note on the quarter its header states, with no period before
        it in its sentence (the period then reads as the bare year before): the same quarter a
        year earlier (``2024Q3`` under ``2025年第三季度``); None otherwise, and for a figure of a
        later clause (提升约11个百分点 is the change up to now, not of the year-ago quarter)."""
        if p is None or not _YEAR_ONLY.fullmatch(p.value) or not any(w in p.text for w in _SAME_PERIOD) \
                or p.start < clause.start:
            return None
        report = self._report_quarter
        if report is None or report.value.startswith("FY") or int(report.value[:4]) - 1 != int(p.value):
            return None
        return f"{p.value}{report.value[4:]}"

    def _in_report_quarter(self, p) -> bool:
        """``本季``/``季内`` in a note on the results of the quarter its header states: that
        quarter, though a guided quarter stated before it (``FY3Q27 revenue guide``) is nearer.
        An earlier quarter the text stated before it stays (a look back, not the guidance)."""
        if p is None or p.text.strip() not in _THIS_QUARTER or self._report_quarter is None:
            return False
        report = self._report_quarter.value
        fiscal = getattr(p, "fiscal", None)
        if fiscal is not None:
            # 第四财季…季内: a company's fiscal quarter, its year still unresolved; another quarter
            # number than the report's is the guided one
            return fiscal[0] == "q" and report.startswith("FY") and not report.endswith(f"Q{fiscal[1]}")
        if report.startswith("FY") and not p.value.startswith("FY") and self.published is not None:
            # 本季H20对华销售额… in a note on FY2026Q3's results: the calendar quarter of the
            # publication date is no quarter the text stated; the quarter reported is
            return p.value == f"{self.published.year}Q{(self.published.month - 1) // 3 + 1}"
        return p.value.startswith("FY") == report.startswith("FY") and p.value > report

    def _report_period(self, q, theme: str, future: bool) -> str:
        """A reported result (``Revenue US$94.2bn``) that nothing in its context dates is of the
        quarter the report's header states, else of the half a header naming a half's results
        states (``中期业绩点评``, ``中报综述``); never a figure said of the time ahead, nor one of
        another theme than results (a user count stays undated: test_unseen_periods)."""
        if future or theme not in _RESULTS_THEMES:
            return ""
        if self._report_quarter is None:
            return self._report_half or ""
        return self._annual_of_undated(q, self._report_quarter) or self._report_quarter.value

    @functools.cached_property
    def _report_half(self) -> str | None:
        """``研究部　公司研究　中期業績點評``, ``IDC运营商中报综述``: the first half whose results the
        header names (中报, 中期业绩, 半年报: ``results_report`` words of offset 6), of the year
        written before the word, else of the publication year when the note comes out in its
        second half (results season); None when the header names none, or no year and the note
        comes out in the first half (whose half is unclear)."""
        if self.published is None:
            return None
        end = header_end(self.ptext)
        first_line = self.ptext.find("\n", len(self.ptext) - len(self.ptext.lstrip()))
        head = fold(self.ptext[:max(end, first_line if first_line > 0 else len(self.ptext))])
        years = set()
        for m in _HALF_RESULTS_RE.finditer(head):
            if m.group("y"):
                years.add(int(m.group("y")))
            elif self.published.month >= 7:
                years.add(self.published.year)
            else:
                return None
        return f"{years.pop()}H1" if len(years) == 1 else None

    @functools.cached_property
    def _event_quarters(self) -> list:
        """``【事件】公司5月14日盘后公布2026财年第四财季（截至2026年3月31日止三个月）业绩。``: the
        quarter each event line of a quick take names with its results (``results_title`` words),
        as ``(line end, period)`` in text order; the first quarter of the line (the end date in
        brackets glosses it). Empty in the common text with no event line (one substring test)."""
        if not any(w in self.ptext for w in _EVENT_WORDS):
            return []
        out = []
        for m in _EVENT_LINE.finditer(self.ptext):
            end = self.ptext.find("\n", m.end())
            end = len(self.ptext) if end < 0 else end
            if not any(w in self.ptext[m.end():end] for w in _RESULTS_WORDS):
                continue
            quarters = [p for p in self._usable_periods(m.end(), end) if _QUARTER_VALUE.fullmatch(p.value)]
            if quarters:
                out.append((end, quarters[0]))
        return out

    def _event_quarter(self, pos: int):
        """The quarter of the last event line (:attr:`_event_quarters`) ending before ``pos``, or None."""
        before = [p for end, p in self._event_quarters if end <= pos]
        return before[-1] if before else None

    def _event_period(self, q, theme: str, future: bool) -> str:
        """A result in a quick take's key points (``1）云业务收入301.2亿元``) that nothing in its
        context dates is of the quarter the event line above names; never a figure said of the
        time ahead, nor one of a theme a quarter's results do not hold (``event_quarter_theme``)."""
        if future or theme not in _EVENT_QUARTER_THEMES or not self._event_quarters:
            return ""
        p = self._event_quarter(q.start)
        if p is None:
            return ""
        return self._annual_of_undated(q, p) or p.value

    def _annual_of_undated(self, q, quarter) -> str | None:
        """``2、分业务看：医疗业务收入21.4亿元`` in a note on ``2024年年报及2025年一季报``: an undated
        line with no quarter word in a note on a year's report and the next year's quarter
        details the year (``2024``), not the quarter; None otherwise."""
        annual = self._event_annual(quarter)
        if annual is None:
            return None
        line = self.ptext[self.ptext.rfind("\n", 0, q.start) + 1:q.start]
        return None if "季" in line or _QUARTER_MARK.search(line) else annual

    def _event_annual(self, quarter) -> str | None:
        """The year whose annual report the event line of ``quarter`` names with it (``2024年年报
        及2025年一季报``: ``2024``, the year before the quarter's), or None."""
        end = self.ptext.find("\n", quarter.start)
        start = self.ptext.rfind("\n", 0, quarter.start) + 1
        for y in self._usable_periods(start, end if end >= 0 else len(self.ptext)):
            if results_report_months(self.ptext, y) == 12 and quarter.value.startswith(str(int(y.value) + 1)):
                return y.value
        return None

    def _event_relative(self, p) -> str:
        """``增速较上一财季的22%`` under an event line naming ``2026财年第四财季``: a fiscal quarter
        written relative to another (上一财季, 本财季, 下一财季) that the period grammar could not
        place against a quarter stated near it is relative to the event's fiscal quarter
        (FY2026Q3), not to the publication date. Empty otherwise."""
        fiscal = getattr(p, "fiscal", None) if p is not None else None
        if fiscal is None or fiscal[0] != "rel" or not self._event_quarters:
            return ""
        event = self._event_quarter(p.start)
        if event is None or not _FY_QUARTER_VALUE.fullmatch(event.value):
            return ""
        y, n = int(event.value[2:6]), int(event.value[-1]) - 1 + fiscal[1]
        return f"FY{y + n // 4}Q{n % 4 + 1}"

    def _trailing_quarters(self, q, clause: Span, own: str = "") -> str:
        """``过去四个季度累计资本开支超过900亿元`` under an event line naming ``2026财年第四财季``:
        the N quarters ending with the event's quarter (``FY2026Q1/FY2026Q4``); with no event
        line, the N quarters ending with the figure's ``own`` quarter, the one its context
        stated (``季内资本开支315亿元，过去四个季度合计约1200亿元``). Empty when the clause has
        no such window before ``q`` or no quarter ends it."""
        if not (self._event_quarters or own) or "季" not in self.ptext[clause.start:q.start]:
            return ""
        m = _last_match(_TRAILING_QUARTERS, self.ptext, clause.start, q.start)
        if m is None:
            return ""
        event = self._event_quarter(q.start) if self._event_quarters else None
        end = event.value if event is not None else own
        if not _QUARTER.fullmatch(end.removeprefix("FY")):
            return ""
        n = small_count(m.group("n"))
        fy = "FY" if end.startswith("FY") else ""
        y, k = int(end[len(fy):len(fy) + 4]), int(end[-1]) - 1
        first = y * 4 + k - (n - 1)
        return f"{fy}{first // 4}Q{first % 4 + 1}/{end}"

    def _effective_day(self, p) -> str:
        """``7月1日起API价格下调30%``: the day a price takes effect, written without a year, is
        that day of the publication year, though it lies months ahead (a day not followed by 起
        keeps the period grammar's reading, the latest such day by the publication date)."""
        if self.published is None or not _DAY.fullmatch(p.value) or _WRITTEN_YEAR.search(p.text):
            return ""
        if not self._effective_from(p):
            return ""
        return self._after_announcement(p) or f"{self.published.year}{p.value[4:]}"

    def _effective_from(self, p) -> bool:
        """Whether the day ``p`` is followed by a word that makes it the day something takes
        effect (``起``, ``开始``), maybe after the hour (``3月2日0时起``, ``零点起``, ``00:00起``)."""
        after = p.end
        if self.ptext[p.end:p.end + 1] in _HOUR_FIRST:
            hour = _HOUR_OF_DAY.match(self.ptext, p.end)
            after = hour.end() if hour is not None else after
        return self.ptext[after:after + 4].lstrip().startswith(_EFFECTIVE_FROM)

    def _flash_day(self, p) -> str:
        """``12月30日电，…自1月1日零时起价格降至1元，日活用户超过1000万``: in a flash whose
        dateline (``X月X日电``) comes before a day something takes effect from, the effective
        day dates the prices only; any other number of the flash is of the dateline's day.
        Empty when ``p`` is no such effective day after a dateline in its line."""
        if p is None or not _DAY.fullmatch(p.value) or not self._effective_from(p):
            return ""
        line = self.ptext.rfind("\n", 0, p.start) + 1
        if not any(w in self.ptext[line:p.start] for w in _DATELINE_VERBS):
            return ""
        lines = [d for d in self.periods.within(line, p.start) if _DAY.fullmatch(d.value)
                 and self.ptext[d.end:d.end + 2].lstrip().startswith(_DATELINE_VERBS)]
        return lines[-1].value if lines else ""

    def _after_announcement(self, p) -> str:
        """``12月30日电，…自1月1日零时起，…价格降至1元``: a price takes effect on or after the day
        its line announces it, so an effective day without a year earlier in the calendar than
        that day (a dateline, a statement day) falls in the year after it. Empty when the line
        states no day before ``p``."""
        line = self.ptext.rfind("\n", 0, p.start) + 1
        days = [d for d in self.periods.within(line, p.start) if _DAY.fullmatch(d.value) and d.end <= p.start]
        if not days:
            return ""
        said = days[-1].value
        day = f"{said[:4]}{p.value[4:]}"
        return f"{int(said[:4]) + 1}{p.value[4:]}" if day < said else day

    def _arrow_after(self, q) -> bool:
        """``10→2``, ``0.8元→0.5元``: an arrow right after the number leads to another number (a
        table cell's clause may end at the arrow, so the number after it is looked up past it)."""
        arrow = ARROW.match(self.ptext, q.end)  # the value left of the arrow is the older one
        return bool(arrow) and any(n.start == arrow.end()
                                   for n in self.quantities.within(arrow.end(), arrow.end() + 16))

    def _price_before_change(self, q, clause: Span) -> bool:
        """``输入价格由1.2元下调至0.6元``: the first price of a change written 由/从 A 至 B is the
        price before it; the date of the change (``自4月15日起``) dates B only."""
        if self._arrow_after(q):
            return True  # 10→2, 0.8元→0.5元: an arrow needs no 由 to mark the price before the change
        nxt = self.quantities.within(q.end, clause.end)
        # 由每秒0.75美元降到0.40美元: the time billed by may stand between 由 and the price
        if not (_CHANGE_FROM.search(self.ptext, max(clause.start, q.start - 2), q.start)
                or q.per and _RATE_CHANGE_FROM.search(self.ptext, max(clause.start, q.start - 8), q.start)):
            return False
        return bool(nxt) and _CHANGE_TO.fullmatch(self.ptext, q.end, nxt[0].start) is not None

    def _before_price_undated(self, period_obj) -> bool:
        """Whether the price before a change (``由A下调至B``) keeps no period: only when the
        change's date is the day B takes effect from (``自9月8日起``), before which A held. A
        date the cut was made on (``9月把价格从A砍到B``, a timeline item headed ``5月11日``)
        dates the price it cut as much as the new one."""
        return period_obj is None or self._effective_from(period_obj)

    def _listed_after_level(self, q, clause: Span, sentence: Sentence) -> bool:
        """``全球用户已超过4500万，累计生成视频超过2亿个``, ``月活用户已超过1.2亿；日均调用量约2.6亿次``:
        a figure listed after a level stated as reached now (``current_level``), in a later clause
        of its sentence, is of the same moment, unless a time or a future word stands between
        them (the caller asks only when nothing dates the figure)."""
        if "已" not in self.ptext[sentence.start:clause.start]:  # cheap: most sentences state no 已
            return False
        levels = list(_CURRENT_LEVEL.finditer(self.ptext, sentence.start, clause.start))
        if not levels:
            return False
        since = levels[-1].end()
        return not self.periods.within(since, q.start) and not _FUTURE_WORD.search(self.ptext, since, q.end)

    def _against_last_year(self, q, sentence: Sentence) -> bool:
        """``调用量超过50万亿，是去年同期的三倍``: a level compared, later in its ；-segment, with
        the same period a year before is a level of now (the caller asks only when nothing dates it)."""
        seg_end = min([sentence.end] + [m for m in self._semicolons(sentence) if m > q.end])
        return any(any(w in p.text for w in _SAME_PERIOD) for p in self.periods.within(q.end, seg_end))

    def _per_unit(self, q, cls: str, clause: Span) -> bool:
        """``单个GPU大约可对应5个光模块``: a count per unit of hardware is a configuration ratio,
        as timeless as a parameter count; so is the power or compute of one unit
        (``单个Astra NVL72机柜功耗约120kW``), a spec of the product."""
        return cls in ("count", "watts", "flops") and _PER_UNIT.search(self.ptext, clause.start, q.start) is not None

    def _clause_start(self, sentence: Sentence, pos: int) -> int:
        """Where the clause holding ``pos`` starts (公司 opening a clause is a pronoun)."""
        return next((c.start for c in sentence.clauses if c.start <= pos < c.end), sentence.start)

    def _hardware_penetration(self, q, sentence: Sentence, hit) -> bool:
        """``2025年AI服务器渗透率约为15%``: a penetration of hardware (``facts_words.csv``
        ``hardware_penetration`` a few characters before the penetration word, in its sentence) is
        that hardware's share of shipments, a market figure; a feature's or an app's
        (``城市NOA渗透率``, ``用户渗透率``) stays adoption."""
        # the penetration word is the keyword hit, else the last one of the sentence before the number
        lo, hi = (hit.start, hit.end) if hit is not None else (sentence.start, q.start)
        at = max(self.ptext.rfind(w, lo, hi) for w in _PENETRATION_WORDS)
        if at < 0:
            return False
        if at < sentence.start:
            # a caption's or header's penetration word, above a table row (出货量（百万台） 渗透率)
            before = self.ptext[max(0, at - _HARDWARE_PENETRATION_REACH):at]
            return _HARDWARE_PENETRATION.search(before[before.rfind("。") + 1:]) is not None
        head = self.ptext[sentence.start:at]
        clause_head = re.split(r"[，,；;：:]", head)[-1]
        if not _BARE_PENETRATION_HEAD.fullmatch(_BARE_PENETRATION_FILLER.sub("", clause_head)):
            # the clause names what penetrates (AI服务器渗透率, 元宝渗透率 after AI手机出货): its hardware
            # must be named in it, a few characters before the penetration word
            if _HARDWARE_PENETRATION.search(clause_head[-_HARDWARE_PENETRATION_REACH:]) is not None:
                return True
            return self._penetrating_subject(clause_head)
        hardware = [m.end() for m in _HARDWARE_PENETRATION.finditer(head)]
        return bool(hardware) and _PENETRATION_ADOPTER.search(head, hardware[-1]) is None

    def _penetrating_subject(self, clause_head: str) -> bool:
        """``液冷在国内AI数据中心新增机柜中的渗透率``: X在Y中的渗透率 names what penetrates (X)
        before 在, however long the base Y after it; hardware named right before 在 makes the
        penetration a share of the hardware shipped (market), unless the base is an adopter
        (``在用户中``: a share of adopters stays adoption)."""
        at = clause_head.rfind("在")
        if at <= 0:
            return False  # cheap pre-check: most penetration clauses hold no 在
        return _HARDWARE_PENETRATION.search(clause_head[max(0, at - _HARDWARE_PENETRATION_REACH):at]) is not None \
            and _PENETRATION_ADOPTER.search(clause_head, at) is None

    def _consensus_of_amount(self, q, clause: Span, sentence: Sentence, last_by_class: dict):
        """``EPS为4.12美元，高于市场预期的3.95美元``: an amount right after an expectation word
        (``facts_words.csv`` ``consensus_before``) is the analysts' expectation of the amount the
        sentence stated before it (``eps_consensus``), not a figure of the market word in it.
        With no amount before it (``关注全年资本开支指引，市场预期520亿美元``) it expects the
        measure the sentence's last money keyword before it names (``capex_consensus``)."""
        head_start = max(clause.start, q.start - 12)
        head = self.ptext[head_start:q.start]
        if "预期" not in head:
            return None  # cheap pre-check: every expectation word holds 预期
        m = _CONSENSUS_BEFORE.search(head)
        if m is None:
            return None
        if "money" in last_by_class:
            k, base = last_by_class["money"][:2]
        else:
            named = [h for h in self.keywords.within(sentence.start, head_start + m.start())
                     if h.end <= head_start + m.start() and "money" in kw.keyword(h.word).metrics]
            if not named:
                return None
            k = kw.keyword(named[-1].word)
            base = k.metrics["money"]
        return k, base if base.endswith("_consensus") else f"{base}_consensus", None

    def _consensus_goes_on(self, q, clause: Span, last_by_class: dict, found):
        """``资本开支市场预期约820亿美元，高于此前的700亿美元``: an amount in a later clause that
        says it is an earlier one (``facts_words.csv`` ``consensus_earlier``: 此前, 原先) and
        names no money word of its own (unread so far, or read as the measure whose expectation
        the sentence just stated) is the earlier expectation (``capex_consensus``), not the
        measure itself."""
        if "money" not in last_by_class:
            return found
        k, metric = last_by_class["money"][:2]
        if not metric.endswith("_consensus") or (found is not None and found[1] != metric.removesuffix("_consensus")):
            return found  # cheap pre-check: most amounts follow no expectation
        head = self.ptext[clause.start:q.start]
        if not any(w in head for w in kw.word_group("consensus_earlier")):
            return found  # 较去年同期的2.2亿美元: a figure of another time, not an earlier expectation
        if any("money" in kw.keyword(h.word).metrics for h in self.keywords.within(clause.start, q.start)):
            return found  # 此前实际资本开支为700亿美元: the clause names its own measure
        return k, metric, None

    def _yuan_left_out(self, q, sentence: Sentence, quantities: list):
        """``capex 3,200亿``, ``成交 85.3亿``: a number written with 亿 and no currency right after a
        keyword that measures only money (no count column in ``metrics.csv``; at most
        ``_YUAN_LEFT_OUT_REACH`` characters before it, and every keyword there money only) is an amount in yuan, as
        Chinese desk notes leave 元 out (新台币 in a Taiwanese document); ``订单 3,200亿`` keeps
        its count reading only where its keyword counts."""
        if q.kind != "number" or ("亿" not in q.text and "万" not in q.text):
            return q  # cheap pre-check: most numbers are no bare 亿 or 万 amount
        body = q.text.rstrip("+ ")
        body = next((body[:-len(w)] for w in _BARE_YI_TAIL if body.endswith(w)), body)
        if not body.endswith(("亿", "万")):
            return q  # 两百亿出头, 一两千亿左右 end in 亿 once their tail is off; 3亿次 does not
        if self.ptext.startswith(_MEASURE_UNIT_AFTER, q.end) and not self.ptext.startswith(_VOLUME_NOT_AFTER, q.end):
            return q  # 年耗电约3亿千瓦时, 约13亿立方米: a measure in its unit, no yuan left out
        # a money word inside the quantity's own text (净亏损17.5亿: the loss word is its prefix)
        # counts as one before it; the number itself starts at its first digit or numeral
        digit = _FIRST_NUMERAL.search(q.text)
        if digit is None or digit.group() in "零〇":
            return q  # 零一万(物): a name's characters, not an amount
        if body.endswith("万") and "亿" not in body and digit.group().isdigit():
            return q  # 收入…5000万: written in digits a 万 figure is as often a count; spoken 四千二百万 is money
        num_at = q.start + digit.start()
        before = self.keywords.within(max(sentence.start, q.start - _YUAN_LEFT_OUT_REACH), num_at)
        if not before:
            return q
        metrics = [kw.keyword(h.word).metrics for h in before]
        # 收入从3000万美元涨到1.2亿: a word of a change only (涨: a return) measures no amount and
        # leaves the reading to the money word beside it
        amount_words = [m for m in metrics if not m.keys() <= _CHANGE_CLASSES]
        if not amount_words or any("money" not in m or "count" in m for m in amount_words):
            return q  # 用户总规模突破7亿: a word that counts near it makes it a count
        firms = [e for e in self._candidates(sentence.start, q.start) if e.type == "company"]
        if firms and firms[-1].name in _foreign_companies():
            return q  # 英伟达市值突破5万亿: a US firm's bare 亿 is dollars as often as not, left unread
        unit = "TWD" if self._in_taiwan_scope(q.start) else "CNY"
        if any(x.unit in MONEY_UNITS and x.unit != unit for x in quantities):
            earlier = {x.unit for x in quantities if x.unit in MONEY_UNITS and x.end <= q.start}
            after = self.ptext[q.end:q.end + 1]
            if len(earlier) == 1 and not any(x.unit in MONEY_UNITS and x.start >= q.end for x in quantities) \
                    and (after == "" or after in _SERIES_END):
                # (a word right after the number, 735亿迪拉姆, names another unit: not carried)
                # 1月ARR约1亿美元，6月到了5亿: a series goes on in the one currency named before it
                return _with_fields(q, kind="money", unit=earlier.pop())
            return q  # 岚峰科技收入5亿美元，市场一两千亿: the amount may be in the sentence's other currency
        return _with_fields(q, kind="money", unit=unit)

    def _guided_quarter(self, period: str, period_obj, sentence: Sentence) -> str | None:
        """``NVDA FQ3：⏎- rev $57.0bn⏎- guide rev $65bn``: guidance under a heading that names the
        quarter just reported, with no quarter of its own in its sentence, is for the quarter
        after it (``FY2026Q4``). A quarter stated in the guidance's sentence (``FQ4 指引 rev``) or
        one named with a guidance word (``第四财季指引：``) is the guided one; None then."""
        if period_obj is None or period_obj.start >= sentence.start:
            return None
        m = _QUARTER_VALUE.fullmatch(period)
        if m is None:
            return None
        line_end = self.ptext.find("\n", period_obj.end)
        if self._role_hits(max(0, period_obj.start - 6), line_end if line_end >= 0 else len(self.ptext), "guidance"):
            return None
        n = int(m.group(2)) * 4 + int(m.group(3))  # the next quarter's index (quarters counted from 0)
        return f"{m.group(1) or ''}{n // 4}Q{n % 4 + 1}"

    @functools.cached_property
    def _desk_words(self) -> tuple[bool, bool]:
        """Whether the document holds an English expectation word and a beat word at all: most
        Chinese reports hold neither, and their quantities then skip both rules."""
        low = self.ptext.lower()
        return ("cons" in low or "street" in low), "beat" in low

    def _english_consensus(self, q, cls: str, clause: Span, last_by_class: dict):
        """``rev $9.2bn vs cons $8.9bn``, ``GM 54.1%，好过 street 53.8%``: in English shorthand an
        amount or percent right after an expectation word (``facts_words.csv``
        ``consensus_before_en``) is the analysts' expectation of the measure of its class the
        sentence stated before it (``revenue_consensus``, ``gross_margin_consensus``)."""
        if cls not in last_by_class or not self._desk_words[0]:
            return None
        head = self.ptext[max(clause.start, q.start - 14):q.start]
        low = head.lower()
        if "cons" not in low and "street" not in low:
            return None  # cheap pre-check: every such word holds one of these
        if not _CONSENSUS_BEFORE_EN.search(head):
            return None
        k, base = last_by_class[cls][:2]
        if base.endswith(("_growth", "_change", "_beat")):
            return None  # +36% yoy vs cons +30%: the expectation of a growth is left to the rules
        return k, base if base.endswith("_consensus") else f"{base}_consensus", None

    def _fraction_of_price(self, q, clause: Span, last_by_class: dict):
        """``单次会话成本约0.1元，仅为人工的1/30``, ``只有其一半``: a fraction after a price-ratio verb
        and ``…的`` (or the pronoun 其: ``price_ratio_ref``) in a sentence that stated a price
        before it is the ratio of that price to another's (SCHEMA: a ratio between two prices),
        ``price_ratio`` in pricing; a share of anything else is left to the other rules."""
        if q.kind != "fraction":
            return None  # cheap pre-check: only a written fraction (1/30, 三分之一, 一半) is one
        priced = [last_by_class[c] for c in ("price", "money") if c in last_by_class]
        if not any(p[0].theme == "pricing" for p in priced):
            return None
        head = self.ptext[clause.start:q.start].rstrip(_FRACTION_HEAD_TAIL)
        if _PRICE_RATIO.search(head) is None and not (
                head.endswith(_PRICE_RATIO_REF) and any(v in head for v in _PRICE_RATIO_VERBS)):
            return None
        return kw.Keyword(word="", theme="pricing", metrics={"ratio": "price_ratio"}, negative=False,
                          min_abs=0.0), "price_ratio", None

    def _fraction_of_measure(self, q, clause: Span, last_by_class: dict):
        """``DeepSeek下载1,150万次，仅为去年峰值的约六分之一``, ``时长13.2分钟，只有短视频（约110分钟）
        的八分之一``: a fraction after a ratio verb and ``…的`` (as :meth:`_fraction_of_price`) in a
        sentence that stated one kind of amount before it is the ratio of that amount to another's
        (``downloads_ratio``), in the amount's theme. The fraction is no share of a whole there (a
        share reads 占); a sentence that stated amounts of several kinds leaves it unread, as
        the amount it divides is then unsure."""
        if q.kind != "fraction":
            return None  # cheap pre-check: only a written fraction (1/30, 三分之一, 一半) is one
        stated = [v for c, v in last_by_class.items() if c not in _FRACTION_NOT_BASE]
        if len(stated) != 1:
            return None
        if _PRICE_RATIO.search(self.ptext[clause.start:q.start].rstrip(_FRACTION_HEAD_TAIL)) is None:
            return None
        k, base = stated[0][:2]
        if base.endswith(("_growth", "_change", "_ratio")):
            return None  # a growth or a change divides nothing: the fraction is no ratio of it
        return k, f"{base}_ratio", None

    def _beat_of_amount(self, q, clause: Span, last_by_class: dict):
        """``rev $9.2bn vs cons $8.9bn，beat ~3%``: a percent right after a beat word
        (``facts_words.csv`` ``beat_before``) is how far the amount the sentence stated before it
        came in above the analysts' expectation (``revenue_beat``), not a growth nor a figure of
        its own; it does not become the base of the growth words after it."""
        if q.kind != "percent" or not self._desk_words[1]:
            return None
        head = self.ptext[max(clause.start, q.start - 10):q.start]
        if "beat" not in head.lower() or not _BEAT_BEFORE.search(head):
            return None  # cheap pre-check first
        if "money" in last_by_class:
            k, base = last_by_class["money"][:2]
        else:  # rev beat by 4%: the measure named right before the beat word
            named = [h for h in self.keywords.within(clause.start, q.start) if "money" in kw.keyword(h.word).metrics]
            if not named:
                return None
            k = kw.keyword(named[-1].word)
            base = k.metrics["money"]
        base = base.removesuffix("_consensus")
        return k, f"{base}_beat", None

    def _quoted_move(self, q, clause: Span):
        """``SOX +2.1%``, ``HSTECH 期货 +0.8%``, ``TSM ADR +1.5%``: a signed percent that a clause
        says right after an index's or a company's name, with at most the line it is quoted on
        between (``facts_words.csv`` ``quote_word``: ADR, 期货), is that name's move (``return``),
        as a market wrap writes it. A clause with any other words before the number, or with
        no sign on it, is left to the keywords."""
        if q.kind != "percent" or q.value_high is not None or self.ptext[q.start] not in "+-\u2212":
            return None
        body_start = clause.start
        while body_start < q.start and self.ptext[body_start] in _BULLETS:
            body_start += 1
        named = [e for e in self.entities.within(body_start, q.start) if e.type in _QUOTED_TYPES]
        if not named or named[0].start != body_start:
            return None  # the clause must open on the name
        between = self.ptext[named[-1].end:q.start].strip()
        for word in _QUOTE_WORDS:
            if between.startswith(word):
                between = between[len(word):].strip()
                break
        if between:
            return None  # 营收 +36%: a word before the number names its metric
        k = kw.keyword(_INDEX_MOVE_KEYWORD)
        self._quoted_moves.add(q.start)
        return k, k.metrics["ratio"], None

    def _quoted_move_period(self, q, period: str, period_obj, sentence: Sentence) -> str | None:
        """``MU FQ1：rev …⏎- 港股：腾讯 +1.2%``: a quote line's move is one session's, so a
        quarter, month or year carried from an earlier sentence (a results heading) does not date
        it; it takes the digest's session day, else none. A day, or a period its own sentence
        states, stays; None then."""
        if q.start not in self._quoted_moves or period_obj is None or period_obj.start >= sentence.start \
                or _DAY.fullmatch(period):
            return None
        return self._digest_day.isoformat() if self._digest_day is not None else ""

    def _metric_of_counter(self, q, at=_COUNT_COUNTER_AT, counters=_COUNT_COUNTER):
        """``累计订单超过1,200万单``, ``投放超过500辆``: a count no keyword of its clause measures
        takes its metric from the counter written right after it (``facts_words.csv``
        ``count_counter``: the row of ``metrics.csv`` the counter stands for). With ``at`` and
        ``counters`` of ``counter_first`` it reads the counters that win over a keyword."""
        m = at.match(self.ptext, q.end)
        if m is None:
            return None
        k = kw.keyword(counters[m.group(1)])
        return k, k.metrics["count"], None

    def _carried_counter(self, q, sentence: Sentence):
        """``智能手机出货量3.227亿部，同比增长2.6%。甲以6,140万部居首，份额19%``: a count no rule
        measured (no keyword of its clause, nor any rule, did), written with the same counter (``facts_words.csv``
        ``carried_counter``: 部, 起) as the count a keyword measured last, in its paragraph or the
        one after it, counts the same thing (the leader of a ranking, the items of a breakdown)."""
        counter = self.ptext[q.end:q.end + 1]
        if counter not in _CARRIED_COUNTERS or counter not in self.counter_metric:
            return None
        paragraph, found = self.counter_metric[counter]
        if not 0 <= sentence.paragraph - paragraph <= _CARRIED_COUNTER_REACH:
            return None
        return found

    def _counted_units(self, q, clause: Span, sentence: Sentence):
        """``京东物流部署自动化分拣设备超过3,000台``, ``作业面积…；一架无人机日均作业三四百亩``: a count
        no finder claims, with a counter right after it (``facts_words.csv`` ``unit_counter``), is a
        count of what the counter counts. A unit of area, distance or time (``measure_counter``:
        亩, 英里, 卡时) names the measure itself; otherwise the verb of the clause nearest before
        the count (``unit_counter_verb``: 交付, 部署, 建成, 大宗交易), else the last one after
        it in the clause (完成备案), else the last one before it in the sentence, names it; with
        no verb a counter names it by its own value (款: products) or, when it has none (台, 家,
        笔, 个: a sample, trades or payments?), leaves the count unclaimed. An ordinal
        (``第3个``) is no count.

        >>> from aigc_analysis.extract.quantities import find_quantities
        >>> ex = _DocExtractor.__new__(_DocExtractor)
        >>> ex.ptext = "当日共发生大宗交易36笔，其中溢价成交4笔"
        >>> q = find_quantities(ex.ptext)[1]
        >>> k, metric, _ = ex._counted_units(q, Span(12, len(ex.ptext)), Span(0, len(ex.ptext)))
        >>> k.theme, metric
        ('valuation', 'block_trade_count')
        """
        t = self.ptext
        if not t.startswith(_UNIT_COUNTER_OPENS, q.end) and not t.startswith(_UNIT_COUNTER_OPENS, q.end + 1):
            return None
        m = _UNIT_COUNTER_AT.match(t, q.end)
        if m is None or t[q.start - 1:q.start] == "第":
            return None
        counter = m.group(1)
        value = _UNIT_COUNTERS[counter]
        if counter not in _MEASURE_COUNTERS:
            verbs = list(_UNIT_COUNTER_VERB.finditer(t, clause.start, q.start))
            # 438款…服务完成备案: after the count, the verb ending its clause (not a noun before it)
            verbs = verbs or list(_UNIT_COUNTER_VERB.finditer(t, m.end(), clause.end))
            verb = verbs[-1] if verbs else None
            if verb is None:
                before = list(_UNIT_COUNTER_VERB.finditer(t, sentence.start, clause.start))
                verb = before[-1] if before else None
            if verb is not None:
                value = _UNIT_COUNTER_VERBS[verb.group(0)]
            elif not value and counter in _AI_COUNTED and _AI_SUBJECT.search(t, clause.start, clause.end):
                value = _AI_COUNTED[counter]
        if not value:
            return None
        theme, metric = value.split()
        return kw.Keyword(word="", theme=theme, metrics={"count": metric}, negative=False, min_abs=0.0), metric, None

    def _converted_column(self, sentence: Sentence, q, last_by_class: dict):
        """``承诺投资（本币） | 约合美元（亿）`` over ``2000亿欧元 | 2,160``: an amount under a header
        that converts (``grammar.csv`` ``conversion``: 约合, 折合) restates the amount its row read
        before it in another currency, so it is that amount's measure, as 约合 is in prose. None
        under any other header."""
        heads = self._column_header(sentence, q)
        if not any(self._role_hits(h.start, h.end, "conversion") for h in heads):
            return None
        return last_by_class["money"]

    def _fund_units_counted(self, q, clause: Span):
        """``份额较前一周增加52.3亿份``, ``首募份额15.2亿份``: a count written in 万 or 亿 and then
        the counter of fund units (``facts_words.csv`` ``fund_unit_counter``: 份), in a clause
        naming 份额 (``fund_unit_word``), is the units of a fund (the counter's keyword, ETF份额),
        whatever else the clause measures (a fund word, 净申购份额, keeps its own reading). None
        otherwise: ``回收问卷1,200份``."""
        if not q.text.rstrip().endswith(("万", "亿")):
            return None
        return self._counted_with_word(q, _FUND_UNIT_COUNTER, _FUND_UNIT_WORDS, clause.start, q.start)

    def _funds_counted(self, q, clause: Span, sentence: Sentence):
        """``上周新成立3只AI主题ETF``, ``尚待发行的转债共19只，…其中AI相关7只``: a count and then the
        counter of funds (``facts_words.csv`` ``fund_count_counter``: 只), with a fund word
        (``fund_count_word``: 基金, ETF, 转债) in its clause or earlier in its sentence, counts
        funds (the counter's keyword: fund_count, valuation), whatever else its clause measures.
        None for stocks and modules (``3000只个股``, ``4000万只`` with no fund word) and the
        adverb (``只有``)."""
        if self.ptext.startswith(_FUND_COUNT_NOT_AFTER, q.end + 1):
            return None
        return self._counted_with_word(q, _FUND_COUNT_COUNTER, _FUND_COUNT_WORDS, sentence.start, clause.end)

    def _counted_with_word(self, q, counters: dict, words, start: int, end: int):
        """The count of ``q`` read by the keyword of the counter right after it (``counters``:
        counter -> keyword), where one of ``words`` stands in ``start:end``; None otherwise. The
        fund rules above differ only in their counters, words and where the word may stand."""
        counter = self.ptext[q.end:q.end + 1]
        if counter not in counters or not any(self.ptext.find(w, start, end) >= 0 for w in words):
            return None
        k = kw.keyword(counters[counter])
        return k, k.metrics["count"], None

    def _counter_column(self, sentence: Sentence, q, only=None):
        """``| 园区 | 巡检机器人（台） | 单车效率（件/小时） |`` over ``| 苏州工业园 | 31 | 18.5 |``: a
        count in a column whose header names no measure a keyword reads but ends on a counter
        alone in brackets (``facts_words.csv`` ``column_counter``; ``万股`` with its magnitude)
        or on a counted thing per time unit (``rate_column_per``) is a count of what the counter
        counts (the value's theme and metric: 台 adoption units, 股 valuation share_volume).
        None for any other header (a code or a year column), and, with ``only``, for a counter
        not in it.

        >>> _COUNTER_COLUMN.search("自动化岸桥（台）").group(1), _COUNTER_COLUMN.search("成交量(万股)").group(1)
        ('台', '股')
        >>> _RATE_COLUMN.search("单桥效率（自然箱/小时）") is not None, _COUNTER_COLUMN.search("代码")
        (True, None)
        """
        for h in reversed(self._column_header(sentence, q)):
            text = fold(self.ptext[h.start:h.end])
            if "(" not in text and "（" not in text:
                continue  # cheap pre-check: no bracket, no counter label
            m = _COUNTER_COLUMN.search(text)
            if only is not None and (m is None or m.group(1) not in only):
                continue
            value = _COLUMN_COUNTERS[m.group(1)] if m is not None else \
                _COLUMN_COUNTERS["rate"] if _RATE_COLUMN.search(text) is not None else None
            if value:
                theme, metric = value.split()
                return kw.Keyword(word="", theme=theme, metrics={"count": metric}, negative=False, min_abs=0.0), \
                    metric, None
        return None

    @functools.cached_property
    def _survey_report(self) -> bool:
        """Whether the report's first line names a survey (``…应用调查报告``)."""
        return _SURVEY_WORD.search(self.ptext, *first_line(self.ptext)) is not None

    def _percent_table_share(self, sentence: Sentence, q):
        """``表1：发电结构（单位：%）`` over ``燃气 | 42.4 | 50.0``: a bare cell that takes its per cent
        from the table's unit label, in a table whose caption, header and label name no measure a
        keyword reads, is a part's share of the whole the caption names (the bare share, market);
        in a survey's table (a survey word or a sample size in the caption, ``（%，N=412）``, or
        in the report's first line) it is the share of the respondents (adoption). Without it
        such a table gives no fact at all. None for a cell that writes its own unit."""
        if sentence.caption is None or q.kind != "percent" or not _BARE_NUMBER.fullmatch(q.text.strip()):
            return None
        cap = sentence.caption
        if _SURVEY_CAPTION.search(self.ptext, cap.start, cap.end) is None and not self._survey_report:
            k = kw.keyword(_BARE_SHARE[0])
            return k, k.metrics["ratio"], None
        return kw.Keyword(word="", theme="adoption", metrics={"ratio": _RESPONDENT_SHARE}, negative=False,
                          min_abs=0.0), _RESPONDENT_SHARE, None

    def _cards_of_counter(self, q):
        """``字节最多，今年大约35万张``: a count no keyword measures, counted in 张 (``facts_words.csv``
        ``card_counter``), is of accelerator cards when a card word (``card_context``: 卡, GPU)
        stands within ``_CARD_REACH`` characters before it, as in an expert call's answer to a
        question on card purchases; 张 of pictures or tickets (no card word) stays no fact."""
        m = _CARD_COUNTER_AT.match(self.ptext, q.end)
        if m is None or _CARD_CONTEXT.search(self.ptext, max(0, q.start - _CARD_REACH), q.start) is None:
            return None
        k = kw.keyword(_CARD_COUNTER[m.group(1)])
        return k, k.metrics["count"], None

    def _per_capacity_amount(self, q, clause: Span, sentence: Sentence, found):
        """``每MW IT负载约3000万美元，不含GPU的话约900万-1100万美元``: an amount stated per unit of
        power capacity (``每MW``, ``单兆瓦``: ``facts_words.csv`` ``per_capacity`` +
        ``capacity_unit``) before it in its clause, with no keyword or only a compute or capex
        keyword before that unit (``海外数据中心…每MW``), is the capex of one unit
        (``capex_per_mw``), like ``单MW投资``; a later clause of the sentence with no measure of its
        own (the amount without GPUs) is of the same per-unit capex. A rate after the unit
        (``每kW每月``, a rent) or a keyword after it (``单MW投资``: ``_per_capacity_capex``) keeps
        ``found``."""
        t = self.ptext
        if not any(w in t[clause.start:q.start] for w in _PER_CAPACITY_WORDS) \
                and (found is not None or self._capacity_unit[0] != sentence.start):
            return found  # cheap pre-check: no per word before the amount and none earlier
        m = _last_match(_PER_CAPACITY_IN_CLAUSE, t, clause.start, q.start)
        if m is not None:
            if any(w in t[m.end():q.start] for w in _PER_CAPACITY_WORDS):
                return found  # 每kW每月: a rate per month after the unit, a rent
            hit = found[2] if found is not None else None
            if hit is not None and hit.start >= m.end() and found[1].startswith(_PER_CAPACITY_BASES):
                # 单MW投资: _per_capacity_capex reads it; 每兆瓦总投入: words between, read here
                if _PER_CAPACITY.search(t, max(0, hit.start - 8), hit.start) is not None:
                    return found
            elif found is not None and (hit is None or hit.end > m.start()
                                        or found[0].theme not in ("capex", "compute")):
                return found
            unit = _CAPACITY_UNIT[m.group("unit").lower()]
        elif found is None and self._capacity_unit[0] == sentence.start:
            unit = self._capacity_unit[1]
        else:
            return found
        self._capacity_unit = (sentence.start, unit)  # _per_capacity_capex names the unit
        return kw.Keyword(word="", theme="capex", metrics={"money": "capex"}, negative=False, min_abs=0.0), \
            "capex", None

    def _move_of_price_before(self, q, clause: Span, quantities, i: int, last_by_class: dict):
        """``A800每卡每小时约9元，较年初下降约60%``: a rise or fall whose clause names no measure
        before it, right after a price with a rate (a GPU-hour, a month), is that price's change,
        not the growth of a keyword an earlier clause holds (A800 as a count of GPUs)."""
        if i == 0 or quantities[i - 1].kind != "price" or "price" not in last_by_class \
                or self.keywords.within(clause.start, q.start):
            return None
        k = last_by_class["price"][0]
        change = k.metrics.get("ratio") or ""
        return k, change if change.endswith("_change") else "price_change", None

    def _metric_in_earlier_clause(self, q, cls: str, clause: Span, sentence: Sentence):
        """A keyword that takes ``cls`` in one of the two clauses before ``clause`` (nearest first)."""
        earlier = [c for c in sentence.clauses if c.end <= clause.start][-2:]
        in_tokens = self._counts_tokens(q, cls)
        for c in reversed(earlier):
            hits = [h for h in self.keywords.within(c.start, c.end) if cls in kw.keyword(h.word).metrics
                    and (h.word not in _TOKEN_ONLY_COUNT or self._names_token_count(h, in_tokens))]
            share = self._ratio_of_amounts(c) if cls == "ratio" else None
            if share is not None:
                return share
            if hits:
                k = kw.keyword(hits[-1].word)
                return k, k.metrics[cls], hits[-1]
            if cls in ("ratio", "multiple"):
                # 云收入增速都很快，两者均增长25%: the growth of the earlier clause's metric
                base = [h for h in self.keywords.within(c.start, c.end)
                        if {"money", "count"} & set(kw.keyword(h.word).metrics) and h.word not in _TOKEN_ONLY_COUNT]
                if base:
                    k = kw.keyword(base[-1].word)
                    name = k.metrics.get("money") or k.metrics.get("count")
                    return k, f"{name}_growth", base[-1]
        return None

    def _metric_of_comment_clause(self, q, cls: str, clause: Span, sentence: Sentence):
        """``推理集群平均利用率其实不高，在20%-30%之间``, ``板卡的毛利率高一些，可以到9%左右``,
        ``纺织行业采用率最低，比全样本低12个百分点``: a share or a points change whose clause names no
        measure and opens with a short lead (a level verb, a comparison), right after a clause of
        its ；-segment that names a measure of its class and a comment on it but states no number,
        is of that measure. A lead that takes a part (其中, 占) or names a subject of its own is
        left to the share rules."""
        if self.keywords.within(clause.start, clause.end):
            return None  # the number's own clause names a measure: its rules decide
        lead = self.ptext[clause.start:q.start].strip(" 　")
        if len(lead) > _COMMENT_LEAD_MAX or lead.startswith(_PART_OPENERS) or "占" in lead \
                or self._candidates(clause.start, q.start):
            return None
        seg_start = self._segment_start(sentence, clause.start)
        earlier = [c for c in sentence.clauses if seg_start <= c.start and c.end <= clause.start]
        if not earlier:
            return None
        c = earlier[-1]
        if self.quantities.within(c.start, c.end):
            return None  # a clause that states a number: the parallel-list rules read it
        hits = [h for h in self.keywords.within(c.start, c.end) if cls in kw.keyword(h.word).metrics]
        if not hits:
            return None
        k = kw.keyword(hits[-1].word)
        return k, k.metrics[cls], hits[-1]

    def _multiple_of_rise(self, q, clause: Span, sentence: Sentence, last_base):
        """``从5月的480万亿增长到10月的1300万亿，约1.7倍``: a clause that holds only a multiple,
        right after a clause that rises from one level of a measure to another (``facts_words.csv``
        ``rise_from``, ``rise_to``), is the multiple of that measure over the rise."""
        lead = self.ptext[clause.start:q.start].strip(" 　")
        if (lead and lead not in _BARE_LEVEL and lead not in _MULTIPLE_LEAD) \
                or self.ptext[q.end:clause.end].strip(" 　。；;，,"):
            return None  # the multiple does not stand alone in its clause
        earlier = [c for c in sentence.clauses if c.end <= clause.start]
        if not earlier:
            return None
        before = self.ptext[earlier[-1].start:earlier[-1].end]
        if not any(w in before for w in _RISE_FROM) or not any(w in before for w in _RISE_TO):
            return None
        k, base = last_base
        self._rise_multiples[q.start] = earlier[-1]
        return k, k.metrics.get("multiple") or f"{base}_multiple", None

    def _multiple_of_spec(self, last_by_class: dict):
        """The keyword and ``<metric>_multiple`` of the spec (``_SPEC_CLASSES``: FLOP/s, bytes,
        watts) the sentence stated last, or None."""
        for spec in _SPEC_CLASSES:
            if spec in last_by_class:
                k, metric = last_by_class[spec][0], last_by_class[spec][1]
                return k, f"{metric}_multiple", None
        return None

    def _rise_window(self, q, period: str, period_obj):
        """The multiple of a rise (``_multiple_of_rise``) holds over the rise: from the first
        time its clause states to the last (``5月…10月`` -> ``2025-05/2025-10``)."""
        rise = self._rise_multiples.get(q.start)
        if rise is None or not period or "/" in period:
            return period, period_obj
        times = [p.value for p in self.periods.within(rise.start, rise.end) if _POINT_TIME.fullmatch(p.value)]
        if len(times) >= 2 and times[0] < times[-1] and times[-1] == period:
            return f"{times[0]}/{times[-1]}", period_obj
        return period, period_obj

    def _colon_lead_ratio(self, q, clause: Span, sentence: Sentence):
        """``CPO在AI交换端口中的渗透率：2026年约1%``: the share keyword that ends the clause before a
        colon measures the percentages of the first clause after it (later ones carry it on)."""
        head = self.ptext[sentence.start:clause.start].rstrip(" 　")
        if not head.endswith(("：", ":")):
            return None  # cheap pre-check: most clauses follow no colon
        colon = sentence.start + len(head) - 1
        # 份额前三依次为：甲（12%）: a list lead's filler (前N, 依次为) may stand between keyword and colon
        hits = [h for h in self.keywords.within(sentence.start, colon)
                if "ratio" in kw.keyword(h.word).metrics
                and (h.end == colon or _LIST_LEAD_FILLER.fullmatch(self.ptext, h.end, colon))]
        if not hits:
            return None
        k = kw.keyword(hits[-1].word)
        return k, k.metrics["ratio"], hits[-1]

    def _ratio_of_amounts(self, c: Span):
        """``从资本开支占收入的比例看``: a clause naming one amount over another (with 占) names the
        ratio ``<part>_to_<whole>`` of the figures after it, in the part's theme."""
        for h in self._role_hits(c.start, c.end, "share_of"):
            parts = [k for k in self.keywords.within(c.start, h.start) if kw.keyword(k.word).metrics.get("money")]
            wholes = [k for k in self.keywords.within(h.end, c.end) if kw.keyword(k.word).metrics.get("money")]
            if parts and wholes:
                pk, wk = kw.keyword(parts[-1].word), kw.keyword(wholes[0].word)
                return pk, f"{pk.metrics['money']}_to_{wk.metrics['money']}", parts[-1]
        return None

    def _fiscal_label(self, period, ent: _Ent) -> str | None:
        """``第三财季`` of a company with its own fiscal calendar (Nvidia, Microsoft ...)."""
        ends = kw.fiscal_year_ends()
        month = ends.get(ent.name) or ends.get(ent.org or "")
        if month is None:
            return None

        kind, n = period.fiscal
        if kind == "year":
            return fiscal_year(month, self.published, offset=n)
        if kind == "year_of_q":  # 第二财季…全年指引: the fiscal year of that quarter
            return fiscal_quarter(month, self.published, quarter=n)[:6]
        if kind == "q":
            return fiscal_quarter(month, self.published, quarter=n)
        return fiscal_quarter(month, self.published, offset=n)

    @functools.cached_property
    def _speaks_fiscal(self) -> bool:
        """Whether the report writes fiscal periods anywhere (``财年``, ``财季``, ``fiscal year``)."""
        return _FISCAL_WORD.search(self.ptext) is not None

    def _fiscal_part(self, period, ent: _Ent) -> str | None:
        """A bare ``上半年``/``全年``/``去年同期`` (read as the publication's calendar year or one
        before it) of a company whose fiscal year ends in another month than December, in a
        report that speaks in fiscal periods: the same part of the fiscal year holding the
        publication day, moved by as many years (a results note on a Japanese firm's first
        fiscal half calls it 上半年). None leaves the calendar reading."""
        if period.text.strip() not in _FISCAL_PART_WORDS or self.published is None:
            return None
        m = _HALF_OR_YEAR.fullmatch(period.value)
        if m is None:
            return None
        ends = kw.fiscal_year_ends()
        month = ends.get(ent.name) or ends.get(ent.org or "")
        if month is None or month == 12 or not self._speaks_fiscal:
            return None
        offset = int(m.group(1)) - self.published.year
        if m.group(2):
            return fiscal_half(month, self.published, int(m.group(2)), offset)
        return fiscal_year(month, self.published, offset)

    def _fiscal_row(self, sentence: Sentence, ent: _Ent) -> bool:
        """Whether a table row's company reports in fiscal quarters by the table's own word:
        its label says so (``微软（财年FY26Q1/Q2）``) or a note line under the table that names
        it does (``注：微软为财年口径，FY26Q1对应2025年7-9月``)."""
        label = sentence.label
        if label is not None and self._fiscal_words_in(label.start, label.end):
            return True
        for line in self._note_lines(sentence):
            cuts = [line.start] + [m.end() for m in _NOTE_ITEM_BREAK.finditer(self.ptext, line.start, line.end)] + [line.end]
            for a, b in zip(cuts, cuts[1:]):
                if any(e.name == ent.name for e in self._candidates(a, b)) and self._fiscal_words_in(a, b):
                    return True
        return False

    def _fiscal_words_in(self, start: int, end: int) -> bool:
        """A fiscal label (``FY26Q1``) or a fiscal word (``财年``) in ``[start, end)``."""
        return any(p.value.startswith("FY") for p in self.periods.within(start, end)) \
            or _FISCAL_WORD.search(self.ptext, start, end) is not None

    def _table_end(self, row: Sentence) -> int:
        """The index in ``self.sentences`` of the last row of the table ``row`` is in."""
        j = bisect.bisect_left(self._sentence_starts, row.start)
        while j + 1 < len(self.sentences) and self.sentences[j + 1].is_row:
            j += 1
        return j

    def _note_lines(self, row: Sentence) -> list[Span]:
        """The note lines right below the table of ``row`` (``注：…``; one blank line may part them
        from it), each from its first sentence to its line's end (a line may hold several)."""
        j = self._table_end(row)
        key = (j, "note_lines")
        if key in self._row_cache:
            return self._row_cache[key]
        lines = []
        k = j + 1
        while k < len(self.sentences) and not self.sentences[k].is_row \
                and _TABLE_NOTE.match(self.ptext, self.sentences[k].start) \
                and len(_BLANK_LINE.findall(self.ptext, self.sentences[k - 1].end, self.sentences[k].start)) <= 1:
            line_end = self.ptext.find("\n", self.sentences[k].start)
            line_end = len(self.ptext) if line_end < 0 else line_end
            lines.append(Span(self.sentences[k].start, line_end))
            k += 1
            while k < len(self.sentences) and self.sentences[k].start < line_end:
                k += 1
        self._row_cache[key] = lines
        return lines

    def _calendar_as_fiscal(self, period: str, ent: _Ent) -> str | None:
        """A calendar quarter column (``2025Q3``) as the fiscal quarter of a company with its own
        fiscal calendar (``fiscal_years.csv``): the fiscal quarter holding the calendar quarter's
        middle month (Microsoft's 2025Q3 is FY2026Q1). None for a company with no such row."""
        ends = kw.fiscal_year_ends()
        month = ends.get(ent.name) or ends.get(ent.org or "")
        if month is None or month == 12:
            return None
        out = []
        for part in period.split("/"):
            y, q = int(part[:4]), int(part[-1])
            out.append(fiscal_quarter(month, dt.date(y, 3 * q - 1, 1)))
        return "/".join(out)

    def _semicolons(self, sentence: Sentence) -> list[int]:
        found = self._semicolon_cache.get((sentence.start, sentence.end))
        if found is None:
            found = self._semicolon_cache[(sentence.start, sentence.end)] = [
                m.end() for m in _SEMICOLON.finditer(self.ptext, sentence.start, sentence.end)]
        return found

    def _segment_start(self, sentence: Sentence, pos: int) -> int:
        """Where the ；-segment of ``sentence`` holding ``pos`` starts (the sentence's start
        when no ； comes before it); a bisect on the sorted semicolon ends instead of a list
        and a max for every rule that asks."""
        # asked several times for every figure: the cached ends are read here, without a call
        semis = self._semicolon_cache.get((sentence.start, sentence.end))
        if semis is None:
            semis = self._semicolons(sentence)
        i = _bisect_right(semis, pos)
        return max(sentence.start, semis[i - 1]) if i else sentence.start

    # ---- main ------------------------------------------------------------------------
    def run(self) -> list[dict]:
        self._link_indexes()
        for sentence in self.sentences:
            self._sentence(sentence)
        self._mark_headline_rows()
        self._mark_milestone_rows()
        if self.rows:
            self._drop_translation_repeats()
        return self.rows

    def _mark_milestone_rows(self) -> None:
        """Flag the rows of a mark passed (``_milestone``: ``营业利润11.38万亿韩元，首次突破10万亿韩元``):
        the mark restates the precise figure coarsely, as a headline does
        (:func:`_drop_headline_roundings`); a mark no figure of the text rounds to stays a row."""
        for r in self.rows:
            if self.ptext[max(0, r["start"] - _MILESTONE_REACH):r["start"]].endswith(_MILESTONE_WORDS):
                r["_milestone"] = True

    def _drop_translation_repeats(self) -> None:
        """One row per claim in a bilingual story: an English paragraph whose figure the
        document's Chinese paragraphs state again (its translation, ``3.2 trillion won ($2.3
        billion)`` / ``3.2万亿韩元（约合23亿美元）``, a conversion included) is the same claim, and
        the Chinese row stays; a translator's note (``（译注：…）``) states no claim at all."""
        text = self.ptext
        if _TRANSLATOR_NOTE_WORD.search(text):
            notes = [(m.start(), _note_end(text, m)) for m in _TRANSLATOR_NOTE.finditer(text)]
            if notes:
                self.rows = [r for r in self.rows if not any(a <= r["start"] < b for a, b in notes)]
        if not self.rows or not _HAN.search(text) or not _LATIN_WORD.search(text):
            return  # cheap pre-check: a one-script document has no translation in it
        english = {}
        for r in self.rows:
            lo = text.rfind("\n", 0, r["start"]) + 1
            if lo not in english:
                hi = text.find("\n", r["start"])
                english[lo] = _english_line(text[lo:hi if hi >= 0 else len(text)])
        if not any(english.values()):
            return
        # the figures of the Chinese paragraphs: the rows (theme, unit, value), and the currency
        # conversions no row takes (3.2万亿韩元（约合23亿美元）) by unit and value
        rows, others = [], []
        lo = 0
        for line in text.split("\n"):
            if _chinese_line(line):
                prev = None
                for q in self.quantities.within(lo, lo + len(line)):
                    if q.unit in MONEY_UNITS and prev is not None and prev.unit in MONEY_UNITS and prev.unit != q.unit \
                            and (self._bracketed_conversion(q, prev) or self._preceded_by(q.start, "conversion")):
                        others.append((q.unit, q.value))
                    prev = q
                rows.extend((r["theme"], r["unit"], r["value"], r["value_high"]) for r in self.rows
                            if lo <= r["start"] < lo + len(line))
            lo += len(line) + 1
        if not rows and not others:
            return

        def translated(r) -> bool:
            # a range (预期的34%-35%) translates no single figure that equals one of its ends
            # (annual revenue up 34%): the high ends must agree too
            return any(t == r["theme"] and u == r["unit"] and math.isclose(v, r["value"], rel_tol=1e-6, abs_tol=1e-12)
                       and _same_high(h, r["value_high"]) for t, u, v, h in rows) \
                or any(u == r["unit"] and math.isclose(v, r["value"], rel_tol=1e-6, abs_tol=1e-12) for u, v in others)

        self.rows = [r for r in self.rows if not (english[text.rfind("\n", 0, r["start"]) + 1] and translated(r))]

    def _mark_headline_rows(self) -> None:
        """Flag the rows the document's title states (``_headline``): a headline restates the
        body at a coarser rounding (:func:`_drop_headline_roundings`). So do the 【】 headlines
        of a news-flash digest's items (:meth:`_mark_item_headline_rows`)."""
        self._mark_item_headline_rows()
        title = str(self.doc.get("title") or "") if not _is_missing(self.doc.get("title")) else ""
        if len(title) < 4 or not self.rows:
            return
        at = self.text.find(title)
        if not 0 <= at < _HEADLINE_REACH:
            return  # the title as the document's own head, not a body line that repeats it
        for r in self.rows:
            if at <= r["start"] < at + len(title):
                r["_headline"] = True

    def _mark_item_headline_rows(self) -> None:
        """Flag the rows a news-flash item's 【】 headline states (``14:48【某股跌超3%】某股盘中跌
        3.4%``, ``【午评：某指数半日涨近2%】…涨1.92%``): each item's headline is a title of its
        own and restates the body at a coarser rounding, as a document's title does."""
        if not self.item_starts or not self.rows:
            return  # most documents are no digest: nothing to look at
        spans = []
        for start in self.item_starts:
            m = _ITEM_HEADLINE.match(self.ptext, start)
            if m is not None:
                spans.append((m.start(1), m.end(1)))
        if not spans:
            return
        opens = [a for a, _ in spans]
        for r in self.rows:
            i = _bisect_right(opens, r["start"]) - 1
            if i >= 0 and r["start"] < spans[i][1]:
                r["_headline"] = True

    def _allocation(self, q, cls: str, sentence: Sentence):
        """A share of an amount that goes to a use.

        ``将约20-40%的年收入用于推理``: the share of the amount after 的 (收入, 资本开支) spent
        on the use after the verb (``inference_spend_share_of_revenue``), or the amount's share
        when the use names no metric; ``其中约一半投向GPU``: a share of the amount the paragraph
        or sentence stated last (``capex_share``).
        """
        if cls != "ratio" or "allocation" not in self._roles_in(sentence):
            return None
        verbs = [h for h in self._role_hits(q.end, min(sentence.end, q.end + 24), "allocation")
                 if not (_PUNCT & set(self.ptext[q.end:h.start]))]
        if not verbs:
            return None
        verb, between = verbs[0], self.ptext[q.end:verbs[0].start]
        if not between.strip():  # 其中约一半投向: the whole is the amount stated before
            whole = self.paragraph_metric.get((sentence.paragraph, "money"))
            if whole is None or not whole[0].metrics.get("money"):
                return None
            return whole[0], f"{whole[0].metrics['money']}_share", None
        at = between.find("的")
        if at < 0 or at > 4:
            return None
        wholes = [h for h in self.keywords.within(q.end + at + 1, verb.start)
                  if kw.keyword(h.word).metrics.get("money") and h.start - (q.end + at + 1) <= 1]
        if not wholes:
            return None
        money = kw.keyword(wholes[0].word).metrics["money"]
        for hit in self.keywords.within(verb.end, sentence.end):
            k = kw.keyword(hit.word)
            if "ratio" in k.metrics and not k.metrics["ratio"].endswith(("_growth", "_change")):
                return k, f"{k.metrics['ratio']}_of_{money}", hit
        k = kw.keyword(wholes[0].word)
        return k, f"{money}_share", wholes[0]

    def _index_move_item(self, q, sentence: Sentence):
        """``- 中证某某主题指数：+5.21%`` in a bullet list: a percent that is all an item says after an
        index's name and a colon is that index's return, when it is signed (+/-) or the heading
        over the list names moves (``facts_words.csv`` ``index_move_heading``: 本周主要指数表现).
        The heading's period dates it (``_heading_leads``). A level (``指数点位：3,512.6点``) is no
        percent; an item naming no index, or saying more than the number, is left alone."""
        if q.kind != "percent" or q.value_high is not None or sentence.is_row:
            return None
        body = self.ptext[sentence.start:q.start].lstrip()
        if body[:1] not in _BULLETS.strip() and not _NUMBERED_LINE.match(body):
            return None  # most percents: not an item of a list
        colon = len(self.ptext[sentence.start:q.start].rstrip()) + sentence.start - 1
        if self.ptext[colon] not in ":：" or self.ptext[q.end:sentence.end].strip(" 。;；"):
            return None
        named = [e for e in self.entities.within(sentence.start, colon) if e.type == "index"]
        if not named or self.ptext[named[-1].end:colon].strip():
            return None
        if self.ptext[q.start] not in "+-\u2212" and not self._move_heading(sentence):
            return None
        k = kw.keyword(_INDEX_MOVE_KEYWORD)
        self._index_items.setdefault(q.start, False)
        return k, k.metrics["ratio"], None

    def _index_ytd_item(self, q, sentence: Sentence):
        """``- 申万通信：+4.8%（年初至今+18.6%）``: an index move item (``_index_move_item``) whose
        move is followed by a bracket holding only a year-to-date word (``grammar.csv`` ``ytd``)
        and a second percent. The first percent is the move over the heading's period, the
        second the year-to-date move (``return_ytd``) as of that period's end (``_index_item_period``).
        Any other bracket (a note, a second number) leaves the item to the other rules."""
        if q.kind != "percent" or sentence.is_row:
            return None
        text = self.ptext
        # cheap pre-check: most sentences hold no bracket after a colon
        if "（" not in text[sentence.start:sentence.end] and "(" not in text[sentence.start:sentence.end]:
            return None
        percents = [x for x in self.quantities.within(sentence.start, sentence.end) if x.kind == "percent"]
        if len(percents) != 2 or q not in percents:
            return None
        move, ytd = percents
        between = text[move.end:ytd.start]
        hits = self._role_hits(move.end, ytd.start, "ytd")
        if not hits or not between.lstrip().startswith(("（", "(")) or ytd.value_high is not None:
            return None
        rest = between.replace(text[hits[0].start:hits[0].end], "", 1)
        if rest.strip(" （(:：") or text[ytd.end:sentence.end].strip(" 。;；") not in ("）", ")"):
            return None
        if not self._index_move_item(move, dataclasses.replace(sentence, end=move.end)):
            return None
        self._index_items[move.start] = False
        if q is move:
            k = kw.keyword(_INDEX_MOVE_KEYWORD)
            return k, k.metrics["ratio"], None
        self._index_items[ytd.start] = True
        k = kw.keyword(_INDEX_YTD_KEYWORD)
        return k, k.metrics["ratio"], None

    def _index_item_period(self, q, sentence: Sentence):
        """The period of an index move item's percent under a heading dating a span
        (``本周（3月16日-3月20日）行业表现``): the span for the move, its last day for the
        year-to-date move; None when ``q`` is no such item or the heading dates no span."""
        ytd = self._index_items.get(q.start)
        if ytd is None:
            return None
        head = self.lead_period.get(sentence.paragraph, (None,))[0]
        if head is None or "/" not in head.value:
            return None
        return (head.value.split("/")[-1] if ytd else head.value), head

    def _move_heading(self, sentence: Sentence) -> bool:
        """The line over the bullet list holding ``sentence`` names index moves (本周主要指数表现)."""
        i = bisect.bisect_right(self._sentence_starts, sentence.start) - 1
        while i > 0:
            i -= 1
            prev = self.sentences[i]
            body = self.ptext[prev.start:prev.end].strip()
            if prev.is_row:
                return False
            if body[:1] in _BULLETS.strip() or _NUMBERED_LINE.match(body):
                continue
            return len(body) <= _HEADING_MAX and any(w in body for w in _INDEX_MOVE_HEADING)
        return False

    @functools.cached_property
    def _sector_list(self) -> tuple[list[int], list[SectorItem]]:
        """The sector list items of the document (``sector_lists.py``) and their starts, read once."""
        items = sector_items(self.ptext, self.text)
        return [i.start for i in items], items

    def _sector_item(self, q) -> SectorItem | None:
        """The item of a sector list whose number ``q`` is: the first number after an item's name
        (``机械+2.1%``, ``煤炭净流出30亿元``), or any number of a bullet labelled by a sector
        (``- 机械：30.2倍，分位66%``); None for any other number."""
        starts, items = self._sector_list
        j = bisect.bisect_right(starts, q.start) - 1
        if j < 0:
            return None  # most documents: no sector list at all
        item = items[j]
        if not (item.name_end <= q.start and q.end <= item.end):
            return None
        if not item.label and any(x.start < q.start for x in self.quantities.within(item.name_end, q.start)):
            return None  # 煤炭-2.2%垫底（31个行业中排名第31）: a rank after the item's move is none of its
        return item

    def _sector_measure(self, q, cls: str):
        """The metric of a sector item's number that names none itself: a percent right after its
        name (fillers aside: ``机械累计+12.4%``) is the sector's return, or its year-to-date
        return under a year-to-date header (``年初至今：``); a bare multiple after a bullet's label
        (``- 机械：30.2倍``) is the multiple the block's heading names (``估值（PE-TTM…）``)."""
        if cls not in ("ratio", "multiple") or q.value_high is not None:
            return None
        item = self._sector_item(q)
        if item is None:
            return None
        between = self.ptext[item.name_end:q.start]
        if item.label:
            between = between.lstrip(":：")
        for word in fillers():
            between = between.replace(word, "")
        if between.strip(" (（"):  # 机械（+2.1%）: the move in brackets after the name
            return None  # 煤炭净流出30亿元, 分位66%: the words before the number name its metric
        # - 机械：+2.1% under 本周行业表现: a bullet's percent alone is a move when its heading names moves
        moves = not item.label or any(w in self.ptext[item.head[0]:item.head[1]] for w in _INDEX_MOVE_HEADING)
        if cls == "ratio" and q.kind == "percent" and moves:
            k = kw.keyword(_INDEX_YTD_KEYWORD if item.ytd else _INDEX_MOVE_KEYWORD)
            return k, k.metrics["ratio"], None
        if cls == "multiple" and item.label:
            named = [h for h in self.keywords.within(*item.head) if kw.keyword(h.word).metrics.get("multiple")]
            if named:
                k = kw.keyword(named[-1].word)
                return k, k.metrics["multiple"], None
        return None

    @functools.cached_property
    def _stated_weeks(self) -> tuple[list[int], list[str]]:
        """The weeks the text states (spans of four to six days), by where each is written."""
        weeks = [(p.start, stated_week([p], self.ptext, len(self.ptext), None))
                 for p in self.periods.items if "/" in p.value]
        weeks = [(start, w) for start, w in weeks if w is not None]
        return [start for start, _ in weeks], [w for _, w in weeks]

    def _section_week(self, pos: int) -> str | None:
        """The week the text states last before ``pos`` (``一周回顾（5月11日-5月15日）``), else the
        week the report covers; None when neither is known."""
        starts, weeks = self._stated_weeks
        j = bisect.bisect_left(starts, pos)
        return weeks[j - 1] if j else self.report_week

    def _sector_fact(self, q, theme: str, metric: str, period: str, sentence: Sentence, clause: Span):
        """The entity, metric and period of a valuation figure about a sector: an item of a sector
        list or a clause naming an industry (``电力设备行业融资净买入55亿元``), or None.

        The entity is the sector's index (``SW Machinery Index``), never the market or the words
        of a header (PE-TTM). A move is over the week the section states (else the report's
        week); a year-to-date move, and a multiple or percentile under a valuation heading, hold
        on the report's data date (that week's last day, else the publication day) unless the
        line states its own date; a percentile under a heading naming a multiple is of it
        (``pe_ttm_percentile``)."""
        if theme != "valuation" or sentence.is_row:
            return None
        item = self._sector_item(q)
        # a level (a multiple, its percentile, a year-to-date move) holds on a day; a move or a
        # flow (return, net_inflow: digest_day_metrics.csv) over the week
        level = metric.endswith("_ytd") or metric not in _DIGEST_DAY or metric in _WEEK_END_METRICS \
            or metric in _WEEK_LEVEL_METRICS
        if item is None:
            ent = self._sector_subject(q, clause)
            if ent is None:
                return None
            week = self._section_week(clause.start)
            own = self._usable_periods(clause.start, clause.end)
            return ent, metric, period if own or level or not week else week
        if item.name:
            ent = _Ent(item.start, item.name_end, item.name, "index")
        else:
            # 全A（非金融）: a bullet label the lexicon names, as a whole
            named = [e for e in self.entities.within(item.start, item.name_end)
                     if e.start == item.start and e.end == item.name_end and e.type in ("index", "market", "group")]
            if not named:
                return None
            ent = named[0]
        if item.label and metric == "percentile":
            named = [h for h in self.keywords.within(*item.head) if kw.keyword(h.word).metrics.get("multiple")]
            if named:
                metric = f"{kw.keyword(named[-1].word).metrics['multiple']}_percentile"
        week = self._section_week(item.start)
        data_day = week.split("/")[-1] if week else (self.published.isoformat() if self.published else period)
        # 机械（截至5月15日）：…: the line's own date before the number; a window (近五年分位)
        # dates no level, a year-to-date word (年初至今) no day
        own = [p for p in self._usable_periods(item.start, q.end) if not (level and "/" in p.value)
               and not any(w in p.text for w in sector_ytd_words())]
        if own:
            return ent, metric, period
        if item.ytd or level:
            return ent, metric, data_day
        return ent, metric, week or period

    def _sector_subject(self, q, clause: Span) -> _Ent | None:
        """An industry named with 行业 before ``q`` in its clause, no other name between
        (``电力设备行业融资净买入55亿元``): that industry's index, in the default family."""
        if "行业" not in self.ptext[clause.start:q.start]:
            return None  # most clauses: one substring test
        found = industry_group_before(self.ptext, clause.start, q.start) or industry_before(self.ptext, clause.start, q.start)
        if found is None:
            return None
        start, end, name = found
        if any(e.type != "concept" and e.start >= end for e in self.entities.within(end, q.start)):
            return None  # another subject stands nearer the number
        return _Ent(start, end, name, "index")

    @functools.cached_property
    def _fund_groups(self) -> tuple[list[int], list[str]]:
        """Where the text names a fund group (``facts_words.csv`` ``fund_group``) and its English
        name, in text order; a longer word (主动偏股型基金) is read before the shorter one inside it."""
        found: dict[int, tuple[int, str]] = {}
        for word, english in sorted(_FUND_GROUPS.items(), key=lambda kv: len(kv[0]), reverse=True):
            at = self.ptext.find(word)
            while at >= 0:
                if not any(s <= at < e for s, (e, _) in found.items()):
                    found[at] = (at + len(word), english)
                at = self.ptext.find(word, at + 1)
        starts = sorted(found)
        return starts, [found[s][1] for s in starts]

    @functools.cached_property
    def _fund_quarter(self) -> dict[str, str]:
        """The latest quarter the document's fund figures stated so far (``latest``), filled as
        the figures are read in text order."""
        return {}

    def _fund_sector_noun(self, sentence: Sentence, q) -> str | None:
        """The sector a fund figure is of: the last industry written with 行业 in its sentence
        before it (电子行业 -> ``electronics``, else its index's name: ``SW Machinery Index`` ->
        ``machinery``) or a concept standing after that (“AI算力链”), None when there is none."""
        found = industry_before(self.ptext, sentence.start, q.start)
        concepts = [e for e in self.entities.within(sentence.start, q.start) if e.type == "concept"
                    and e.end <= q.start and (found is None or e.start >= found[1])]
        if concepts:
            return concepts[-1].name
        if found is None:
            return None
        start, end, name = found
        noun = next((en for w, en in _FUND_SECTORS if self.ptext.startswith(w, start)), None)
        if noun is None:
            words = name.split()
            noun = " ".join(words[1:-1] if words[-1] == "Index" else words[1:]).lower()
        return noun or None

    def _fund_figure(self, q, metric: str, period: str, entities: list, sentence: Sentence):
        """A figure of a fund holdings report (``四季度末，主动权益基金对电子行业的配置比例为20.1%``).

        A position of the fund group the text named last (``fund_position_metric``: allocation,
        its change, overweight, the fund count) is the group's in the sector its sentence names
        (``Active equity funds electronics``, ``Active equity funds AI compute chain``), or the
        group's alone; a holdings figure of a stock (``fund_dated_metric``) keeps its stock. Either
        takes the latest quarter the document's fund figures stated when it states none itself
        (``较三季度末的14.0%继续提升``: 17.2% is of the report's quarter, not of the base).
        Returns ``(entities, metric, period)``, or None for any other figure."""
        position = metric in _FUND_POSITION
        if not position and metric not in _FUND_DATED:
            return None  # most figures: one set look-up each
        starts, groups = self._fund_groups
        j = bisect.bisect_right(starts, q.start) - 1
        if j < 0:
            return None  # no fund group named before: another kind of report
        state = self._fund_quarter
        if _QUARTER.fullmatch(period or ""):
            state["latest"] = max(period, state.get("latest", period))
        elif not period and state.get("latest"):
            period = state["latest"]
        if not position:
            return entities, metric, period
        metric = _FUND_POSITION[metric] or metric
        noun = self._fund_sector_noun(sentence, q)
        name = f"{groups[j]} {noun}" if noun else groups[j]
        return [_Ent(starts[j], starts[j], name, "group")], metric, period

    def _job_market_subject(self, q, metric: str, entities: list, clause: Span) -> list:
        """``大模型相关岗位招聘需求同比增长约48%``, ``国内AI人才缺口约52万人``: a hiring or pay figure
        (``job_market_metric``) whose subject is no job (``job_word``: 大模型算法工程师, 应届博士)
        and no firm is the job market's (``China AI job market``), of the place its clause names
        before it (``job_market_place`` when none): the field the jobs are in (large models) is
        not what the figure counts. Any other figure keeps its entities."""
        market = _JOB_MARKET.get(metric)
        if market is None:
            return entities  # most figures: one dict look-up
        if any(e.type != "concept" or self.ptext[e.start:e.end].endswith(_JOB_WORDS) for e in entities):
            return entities  # 大模型算法工程师月薪, 字节跳动招聘需求: a job's or a firm's own figure
        before = self.ptext[clause.start:q.start]
        place = next((english for word, english in _geo_prefixes()[0] if word in before), _JOB_MARKET_PLACE)
        name = f"{place} {market}".strip()
        return [_Ent(clause.start, clause.start, name, "concept")]

    def _list_item_of_lead(self, q, cls: str, sentence: Sentence):
        """``- 大模型算法工程师：44,800元/月`` under ``AI工程师平均月薪为27,300元/月。分岗位看：``:
        an item of a bullet list that is only a label, a colon and a number, and names no measure
        of its own, is measured as the line over the list says: the last keyword of that line
        taking the number's class. None for any other item (one that says more than the number)
        or when the line over the list names no such measure."""
        text = self.ptext
        body = text[sentence.start:q.start].lstrip()
        if body[:1] not in _BULLETS.strip() or text[q.end:sentence.end].strip(" 。;；"):
            return None  # cheap pre-check: most numbers are no bullet item's whole value
        if text[sentence.start:q.start].rstrip()[-1:] not in ":：" or any(
                cls in kw.keyword(h.word).metrics for h in self.keywords.within(sentence.start, q.start)):
            return None  # no colon before the number, or the item names its own measure
        lead = self._line_over_list(sentence.start)
        if lead is None:
            return None
        hits = [h for h in self.keywords.within(lead.start, lead.end) if cls in kw.keyword(h.word).metrics]
        if not hits:
            return None
        k = kw.keyword(hits[-1].word)
        self._list_leads[q.start] = (lead.start, hits[-1].start)
        return k, k.metrics[cls], hits[-1]

    @functools.cached_property
    def _list_leads(self) -> dict[int, tuple[int, int]]:
        """Where each list item's number (``_list_item_of_lead``) starts -> the lead line's span
        up to the keyword that measures the item, filled as the items are read."""
        return {}

    @functools.cached_property
    def _record_days(self) -> tuple[list[int], list[tuple[int, str]]]:
        """Numbered records of field lines (``1. 某项目⏎　中标金额：12.86亿元⏎　公示日期：
        2025-09-03``): the starts of the records, and per record its end and the day its date
        field (period_words ``record_date_field``) states ('' when none). A record runs from its
        numbered line to a blank line, the next numbered line or a heading (【…】)."""
        t = self.ptext
        starts: list[int] = []
        spans: list[tuple[int, str]] = []
        for m in _RECORD_HEAD.finditer(t):
            stop = _RECORD_STOP.search(t, m.end())
            end = stop.start() if stop else len(t)
            day = ""
            for f in _RECORD_DATE_FIELD.finditer(t, m.end(), end):
                days = [p for p in self.periods.within(f.end(), f.end() + 16) if _DAY.fullmatch(p.value)]
                if days and days[0].start - f.end() <= 1:
                    day = days[0].value
            if starts and starts[-1] == m.start():
                continue
            starts.append(m.start())
            spans.append((end, day))
        return starts, spans

    def _record_day(self, q) -> str:
        """The day a numbered record of field lines states in its date field (公示日期：2025-09-03),
        for a number on another of its field lines: the amounts, sizes and terms a tender notice
        or a deal list gives for one record are of the day the record is dated (its notice); ''
        outside such a record."""
        starts, spans = self._record_days
        i = bisect.bisect_right(starts, q.start) - 1
        if i < 0 or q.start >= spans[i][0] or not spans[i][1]:
            return ""
        line_start = self.ptext.rfind("\n", 0, q.start) + 1
        if not _FIELD_LINE.match(self.ptext, line_start):
            return ""  # a number in the record's title line or its prose, not in a field
        return spans[i][1]

    def _lead_line_period(self, q) -> str | None:
        """``2025年AI工程师平均月薪为27,300元/月。分岗位看：⏎- 大模型算法工程师：44,800元/月``: an
        item measured by the line over its list (``_list_item_of_lead``) and stating no time is
        of the time that line states for the measure (2025), the last one before its keyword."""
        span = self._list_leads.get(q.start)
        if span is None:
            return None  # most numbers: no list item measured by its lead line
        periods = self._usable_periods(*span)
        return periods[-1].value if periods else None

    def _close_of_named(self, q, cls: str):
        """``台积电收1,485元``: an amount straight after a company's name and a close verb
        (``facts_words.csv`` ``close_verb``) is that company's closing share price."""
        if cls != "money" or q.signed:
            return None
        for verb in sorted(_CLOSE_VERBS, key=len, reverse=True):
            at = q.start - len(verb)
            if at > 0 and self.ptext.startswith(verb, at):
                named = [e for e in self.entities.within(max(0, at - 30), at)
                         if e.type == "company" and (e.end == at or _STOCK_CODE.fullmatch(self.ptext, e.end, at))]
                if named:
                    k = kw.keyword(_CLOSE_VERBS[verb])
                    return k, k.metrics["money"], None
        return None

    def _share_of(self, q, cls: str, clause: Span):
        """A share stated with 占: ``成交额占全A比重为40.8%`` is the part's share (the keyword right
        before 占, not the whole after it); ``占约70%的份额`` is named by the share word after 的."""
        if cls != "ratio" or "share_of" not in self._roles_in(clause):
            return None
        for h in reversed(self._role_hits(clause.start, q.start, "share_of")):
            if self.ptext[h.end:q.start].strip() == "":
                after = [k for k in self.keywords.within(q.end, min(clause.end, q.end + 6))
                         if "ratio" in kw.keyword(k.word).metrics
                         and self.ptext[q.end:k.start].strip().removesuffix("的").strip() == ""]
                if after:
                    k = kw.keyword(after[0].word)
                    return k, k.metrics["ratio"], after[0]
            part = [k for k in self.keywords.within(clause.start, h.end) if k.end in (h.start, h.end)]
            if part:
                k = kw.keyword(part[0].word)
                share = _part_share(k)
                if share is not None:
                    return k, share, part[0]
                # a thing counted (服务器占出货的比重) is a category whose share the noun after 占 names
                if k.metrics.get("count") and not self.ptext[h.end:q.start].strip():
                    return k, f"{k.metrics['count']}_share", part[0]  # 35岁以上用户占20%
            else:
                inside = self._share_inside(clause, h)
                if inside is not None:
                    return inside
            if not self.ptext[h.end:q.start].strip():
                whole = self._whole_of_parts(q, clause)
                if whole is not None:
                    return whole
            if self.ptext[q.start - 1:q.start] == "的":
                # 贡献全年市场价值的近一半: the share of the whole named between the verb and 的
                wholes = [w for w in self.keywords.within(h.end, q.start) if kw.keyword(w.word).metrics.get("money")]
                if wholes:
                    k = kw.keyword(wholes[-1].word)
                    part = self._amount_before(h, clause)
                    if part is not None:
                        # 资本开支189亿元，占收入的9.1%: the amount just stated over the whole
                        pk = kw.keyword(part.word)
                        return pk, f"{pk.metrics['money']}_to_{k.metrics['money']}", part
                    return k, f"share_of_{k.metrics['money']}", wholes[-1]
            return None
        return None

    def _share_in_paragraph_topic(self, q, clause: Span, sentence: Sentence):
        """``北京、上海、深圳三地合计占全国AI岗位的51%``, ``其中近六成使用同一家方案商的模组``: a
        share stated right after 占 (a whole of a few words between, ``占全网``) or right after
        其中, whose part and whole no keyword names, is a share within the topic of the paragraph:
        it takes the theme of the paragraph's last row (a share of job postings in a paragraph
        on the hiring market is market). None when no row came before it in the paragraph, or
        anything longer (a clause of its own, a number) stands between the lead and the share."""
        theme = self._paragraph_theme.get(sentence.paragraph)
        if theme is None:
            return None  # most shares stand in a paragraph with no row before them
        lead = self.ptext[clause.start:q.start].rstrip()
        if not lead.endswith(_PART_OPENERS):
            hits = self._role_hits(clause.start, q.start, "share_of")
            if not hits:
                return None
            whole = self.ptext[hits[-1].end:q.start].strip()
            if len(whole) > _TOPIC_SHARE_WHOLE_MAX or _HAS_DIGIT.search(whole):
                return None
        k = _TOPIC_SHARE_KEYWORDS.get(theme)
        if k is None:
            k = _TOPIC_SHARE_KEYWORDS[theme] = kw.Keyword(word="", theme=theme, metrics={"ratio": "share"},
                                                          negative=False, min_abs=0.0)
        return k, "share", None

    def _ratio_between(self, q, clause: Span):
        """``资本开支与收入之比约为1:4``: a ratio stated after ``<amount A>与<amount B>之比`` is
        A over B (``capex_to_revenue``); None when the clause names no such pair of amounts."""
        if "比" not in self.ptext[clause.start:q.start]:
            return None  # cheap pre-check: every ratio_between word holds 比
        hit = None
        for m in _RATIO_BETWEEN.finditer(self.ptext, clause.start, q.start):
            hit = m
        if hit is None or len(self.ptext[hit.end():q.start].strip()) > 4:
            return None
        ks = [k for k in self.keywords.within(clause.start, hit.start()) if kw.keyword(k.word).metrics.get("money")]
        if len(ks) < 2 or ks[-1].end != hit.start():
            return None
        a, b = ks[-2], ks[-1]
        if self.ptext[a.end:b.start] not in _RATIO_JOINERS:
            return None
        ka, kb = kw.keyword(a.word), kw.keyword(b.word)
        return ka, f"{ka.metrics['money']}_to_{kb.metrics['money']}", a

    def _share_inside(self, clause: Span, h):
        """``收入中海外占六成``: a part named after ``<whole>中`` takes the share of that whole (the
        whole's own share metric, revenue_share); None when no keyword ends right before 中, or
        no part is named between 中 and 占, or that part is long or holds a keyword of its own."""
        mid = self.ptext.rfind("中", clause.start, h.start)
        if mid == -1 or h.start - mid - 1 > _SHARE_PART_MAX:
            return None
        part = self.ptext[mid + 1:h.start].strip()
        if not part or part.startswith("的"):
            return None  # 在DRAM产业收入中的占比: the part stands before 在, the share word is the whole's
        if self.keywords.within(mid + 1, h.start):
            return None
        whole = [k for k in self.keywords.within(clause.start, mid) if k.end == mid]
        if not whole:
            return None
        k = kw.keyword(whole[0].word)
        share = _part_share(k)
        return None if share is None else (k, share, whole[0])

    def _caption_share_of(self, sentence: Sentence):
        """The share a table's caption states with 占 (``AI板块成交额占全A比重（%）``): the
        keyword right before 占 names the part, as :meth:`_share_of` reads it in prose; else None."""
        cap = sentence.caption
        if "占" not in self.ptext[cap.start:cap.end]:
            return None  # cheap pre-check: every share_of word holds 占
        for h in self._role_hits(cap.start, cap.end, "share_of"):
            part = [k for k in self.keywords.within(cap.start, h.end) if k.end in (h.start, h.end)]
            if not part:
                continue
            k = kw.keyword(part[0].word)
            share = _part_share(k)
            if share is not None:
                return k, share, part[0]
        return None

    def _share_in_whole(self, found):
        """``在其DRAM营收中占比42%``, ``在总算力中的占比约为66%``: a bare share word right after the
        whole it is taken in (``X中(的)``) is the share that ``X`` + share word names in
        ``metrics.csv`` (营收占比: a revenue share; 算力占比: a share of computing capacity)."""
        if found is None or found[2] is None:
            return found
        hit = found[2]
        if found[1] != kw.keyword(hit.word).metrics.get("ratio"):
            return found
        if self.ptext.endswith("中的", 0, hit.start):
            end = hit.start - 2
        elif self.ptext.endswith("中", 0, hit.start):
            end = hit.start - 1
        else:
            return found
        whole = [w for w in self.keywords.within(max(0, end - 12), end) if w.end == end]
        compound = (whole[-1].word + hit.word).lower() if whole else ""
        k = kw.metric_keywords().get(compound)
        if k is None or "ratio" not in k.metrics:
            return found
        return k, k.metrics["ratio"], hit

    def _glued_to_latin(self, q) -> bool:
        """Whether ``q`` opens with a digit written straight after a Latin letter (``HBM4``)."""
        before = self.ptext[q.start - 1:q.start]
        return q.text[:1].isdigit() and before.isascii() and before.isalpha()

    def _in_unit_label(self, q, sentence: Sentence) -> bool:
        """Whether ``q`` is written inside a unit label of its line (``（单位：B，十亿）``)."""
        at = sentence.start
        return any(at + a <= q.start and q.end <= at + b
                   for a, b, *_ in find_unit_labels(self.ptext[sentence.start:sentence.end]))

    def _amount_before(self, h, clause: Span):
        """``资本开支189亿元，占收入的9.1%``: when 占 opens its clause right after an amount, the
        keyword of that amount (the part), else None."""
        if self.ptext[clause.start:h.start].strip():
            return None
        return self._amount_keyword_before(clause, h.start)

    def _share_after_amount(self, q, clause: Span):
        """``其中算力投资300亿元，占比约五分之一``: a bare share word (``facts_words.csv``
        ``bare_share``) opening the clause right after an amount is that amount's share of the
        whole, named and themed by the amount's keyword (``compute_investment_share``, capex),
        not a market share; ``…算力投资800亿元，占资本开支比重约26%`` names the whole after 占
        (``compute_investment_to_capex``)."""
        head = self.ptext[clause.start:q.start].lstrip()
        at = opening = q.start - len(head)
        whole = None
        if not head.startswith(_BARE_SHARE):
            occupy = [h for h in self._role_hits(at, q.start, "share_of") if h.start == at]
            if not occupy:
                return None
            wholes = [h for h in self.keywords.within(occupy[0].end, q.start) if h.start == occupy[0].end]
            if not wholes or not kw.keyword(wholes[0].word).metrics.get("money"):
                return None
            whole = wholes[0]
            share_at = whole.end + (1 if self.ptext.startswith("的", whole.end) else 0)
            if not self.ptext.startswith(_BARE_SHARE, share_at):
                return None
            at = share_at
        hits = self.keywords.within(at, q.start)
        if len(hits) != 1 or hits[0].start != at or _PUNCT & set(self.ptext[hits[0].end:q.start]) \
                or q.start - hits[0].end > 4:
            return None  # 占比 and the number only (约, 为, 达): no other measure named between
        part = self._amount_keyword_before(clause, opening)
        if part is None:
            return None
        k = kw.keyword(part.word)
        if whole is None:
            return k, f"{k.metrics['money']}_share", part
        return k, f"{k.metrics['money']}_to_{kw.keyword(whole.word).metrics['money']}", part

    def _share_of_amount_term(self, q, clause: Span):
        """``合计拟派发现金红利98,765,432.10元（含税），占本年度归属于上市公司股东净利润的比例为32.15%``:
        a clause opening with 占 right after an amount whose keyword is an ``amount_share_keyword``
        (``facts_words.csv``), ending in a share word right before the number, is the share that
        keyword's ratio column names (``dividend_payout_ratio``), not a market share; else None."""
        if not _AMOUNT_SHARE_KEYWORDS or "占" not in self.ptext[clause.start:q.start]:
            return None  # cheap pre-check: most shares name no such amount
        head = self.ptext[clause.start:q.start]
        opening = q.start - len(head.lstrip())
        if not any(h.start == opening for h in self._role_hits(opening, q.start, "share_of")):
            return None
        shares = [h for h in self.keywords.within(opening, q.start)
                  if kw.keyword(h.word).metrics.get("ratio") in _BARE_SHARE_METRICS]
        if not shares or q.start - shares[-1].end > 4 or _PUNCT & set(self.ptext[shares[-1].end:q.start]):
            return None
        # the amount may carry a short note in brackets before the comma: …元（含税），占…
        note = _AMOUNT_NOTE_TAIL.search(self.ptext, max(0, clause.start - 16), clause.start)
        part = self._amount_keyword_before(Span(note.start(), clause.end) if note else clause, opening if not note else note.start())
        if part is None or part.word not in _AMOUNT_SHARE_KEYWORDS:
            return None
        k = kw.keyword(part.word)
        return (k, k.metrics["ratio"], part) if k.metrics.get("ratio") else None

    def _share_of_stated_count(self, q, clause: Span):
        """``拟授予限制性股票500.00万股，约占…公司股本总额26,737.50万股的1.87%``, ``激励对象共计186人，
        约占公司员工总数1,024人的18.16%``: a share stated with 占 right after a count is the
        share the count's keyword names in its ratio column (``restricted_shares_initial_grant_share``,
        ``incentive_recipients_share_of_staff``); None when no count stands right before 占, its
        keyword names no share (a growth), or the whole after 占 names the share itself
        (``占总股本的0.92%``: ``share_of_total_shares``, the convention of buyback and grant terms)."""
        lead = max(0, clause.start - 4)
        if "占" not in self.ptext[lead:q.start]:
            return None  # cheap pre-check: every share_of word holds 占
        occupy = self._role_hits(lead, q.start, "share_of")
        if not occupy:
            return None
        h = occupy[0]
        if any(kw.keyword(w.word).metrics.get("ratio") not in (None, "", *_BARE_SHARE_METRICS)
               for w in self.keywords.within(h.end, q.start)):
            return None  # 约占公司目前总股本的0.92%: a whole whose keyword names the share (share_of_total_shares)
        counts = [c for c in self.quantities.within(max(0, h.start - _COUNT_GAP - 16), h.start)
                  if c.kind == "number" and c.end <= h.start]
        if not counts:
            return None
        gap = self.ptext[counts[-1].end:h.start]
        if len(gap) > _COUNT_GAP or "。" in gap or "；" in gap or ";" in gap:
            return None
        parts = [k for k in self.keywords.within(max(0, counts[-1].start - 16), counts[-1].start)
                 if kw.keyword(k.word).metrics.get("count")]
        if not parts:
            return None
        k = kw.keyword(parts[-1].word)
        ratio = k.metrics.get("ratio", "")
        if not ratio or ratio.endswith(("_growth", "_change")):
            return None
        return k, ratio, parts[-1]

    def _share_of_pool(self, q, clause: Span):
        """``2026年英伟达预计占先进封装总需求约55%``, ``英伟达占CoWoS需求的60%``: a share right
        after ``占<pool>(的)``, the pool ending in a word of ``facts_words.csv`` ``share_pool``
        (需求, 采购量), is the market share of that pool (``demand_share``) held by the name before
        占, not a figure of the pool or of a name inside it; else None."""
        head = self.ptext[clause.start:q.start]
        if "占" not in head:
            return None  # cheap pre-check: the 占 words of share_of
        occupy = [h for h in self._role_hits(clause.start, q.start, "share_of") if "占" in h.word]
        if not occupy:
            return None
        h = occupy[-1]
        pool = self.ptext[h.end:q.start].removesuffix("的")
        if not pool or len(pool) > 16 or _PUNCT & set(pool):
            return None
        word = next((w for w in _SHARE_POOLS if pool.endswith(w)), None)
        if word is None:
            return None
        holders = [e for e in self._candidates(clause.start, h.start) if e.type != "concept"]
        if holders:
            self.share_holder[q.start] = holders[-1]
        metric = _SHARE_POOLS[word]
        return kw.Keyword(word="", theme="market", metrics={"ratio": metric}, negative=False, min_abs=0.0), \
            metric, None

    def _share_of_industry_part(self, q, cls: str, clause: Span, found):
        """``HBM在DRAM产业收入中的占比由2025年的约20%提升至…``: a share taken in an industry's
        whole (``在X中(的)``, X holding a word of ``facts_words.csv`` ``industry_whole``) is a
        market share of the part named right before 在; ``其中HBM3E占比约40%``: a bare share
        word right after a part opening a ``part_opener`` clause is that part's share. The part
        holds the share (a category takes its Latin tail: HBM3E), not the industry."""
        if cls != "ratio" or found is None or found[2] is None or found[1] not in _REVENUE_SHARE_WORDS:
            return found
        hit = found[2]
        t = self.ptext
        if t.endswith(("中", "中的"), 0, hit.start):
            at = t.rfind("在", max(clause.start, hit.start - 20), hit.start)
            if at < 0 or not any(w in t[at:hit.start] for w in _INDUSTRY_WHOLES):
                return found
        elif t[clause.start:hit.start].strip(" 　").startswith(_PART_OPENERS):
            at = hit.start
        else:
            return found
        holders = [self._with_latin_tail(e) for e in self._candidates(clause.start, at)]
        holders = [e for e in holders if e.end == at]
        if not holders:
            return found
        self.share_holder[q.start] = holders[-1]
        return kw.Keyword(word="", theme="market", metrics={cls: found[1]}, negative=False, min_abs=0.0), \
            found[1], hit

    def _penetration_holder(self, q, cls: str, clause: Span, found):
        """``智能眼镜在眼镜市场的渗透率不足2%``: a penetration taken in a market (``在X(中)的``, X
        holding a word of ``facts_words.csv`` ``industry_whole``) is of the thing named right
        before 在, not of the market; the keyword and metric stay as found."""
        if cls != "ratio" or found is None or found[2] is None or not found[1].startswith("penetration_rate"):
            return found
        hit = found[2]
        t = self.ptext
        self._penetration_base(q, clause, hit)
        if not t.endswith("的", 0, hit.start):
            return found  # cheap pre-check: 在X的渗透率 puts 的 right before the penetration word
        at = t.rfind("在", max(clause.start, hit.start - 20), hit.start)
        if at < 0 or not any(w in t[at:hit.start] for w in _INDUSTRY_WHOLES):
            return found
        holders = [e for e in self._candidates(clause.start, at) if e.end == at]
        if holders:
            self.share_holder[q.start] = holders[-1]
        return found

    def _penetration_base(self, q, clause: Span, hit) -> None:
        """``AI数据中心液冷渗透率``, ``整体AI服务器的液冷渗透率``: a technology's penetration written
        right after the base it penetrates (two categories, nothing or 的 between them and before
        the penetration word) is a share of that base, so the base is its subject; a lone
        category (``硅光渗透率``) or a 在X的 frame (:meth:`_penetration_holder`) is left alone."""
        t = self.ptext
        if hit.start < clause.start:
            return  # …渗透率将升至33%，供应商营收成长三到五成: a later clause's own figure
        end = hit.start - 1 if t.endswith("的", 0, hit.start) else hit.start
        names = self._candidates(max(clause.start, hit.start - 30), end)
        tech = next((e for e in reversed(names) if e.end == end), None)
        if tech is None or tech.type != "concept":
            return
        gap = 1 if t.endswith("的", 0, tech.start) else 0
        base = next((e for e in reversed(names) if e.end == tech.start - gap), None)
        if base is None or base.type != "concept" or base.name == tech.name:
            return
        self.share_holder[q.start] = base

    def _with_latin_tail(self, e: _Ent) -> _Ent:
        """A category written in Latin letters made more specific by the letters and digits glued
        after it (``HBM3E``: HBM3E, not HBM); any other name as it is."""
        t = self.ptext
        if e.type != "concept" or not t[e.start:e.end].isascii():
            return e
        tail = _LATIN_TAIL.match(t, e.end)
        return e if tail is None else _Ent(e.start, tail.end(), e.name + t[e.end:tail.end()], e.type, e.org)

    def _amount_keyword_before(self, clause: Span, opening: int):
        """The money keyword of the amount that ends right before ``opening`` (the clause's
        start, only blanks and commas between): ``在手订单约80亿元，其中约六成…`` -> 在手订单's hit;
        None when no amount or no money keyword stands there."""
        amounts = [a for a in self.quantities.within(max(0, clause.start - 24), clause.start)
                   if a.unit in MONEY_UNITS and not self.ptext[a.end:opening].strip(" ，,")]
        if not amounts:
            return None
        parts = [k for k in self.keywords.within(max(0, amounts[-1].start - 16), amounts[-1].start)
                 if kw.keyword(k.word).metrics.get("money")]
        return parts[-1] if parts else None

    def _share_of_amount_done(self, q, clause: Span):
        """``在手订单约80亿元，其中约六成预计在2026年内交付``: a share opening a clause after
        ``part_opener`` right after an amount, with a verb of ``facts_words.csv``
        ``amount_part_verb`` after it, is the share of that amount delivered or booked
        (``backlog_delivery_share``), named and themed by the amount's keyword; else None."""
        head = self.ptext[clause.start:q.start].lstrip(" 　")
        opener = next((w for w in _PART_OPENERS if head.startswith(w)), None)
        if opener is None:
            return None  # most clauses open with no 其中
        opening = q.start - len(head)
        if self.keywords.within(opening, q.start) or _PUNCT & set(head):
            return None  # 其中海外收入占比35%: a measure named before the share is its own
        rest = self.ptext[q.end:min(clause.end, q.end + 16)]
        verbs = _AMOUNT_PART_VERBS
        at = min(((rest.find(v), v) for v in verbs if v in rest), default=None)
        if at is None or _PUNCT & set(rest[:at[0]]):
            return None
        part = self._amount_keyword_before(clause, opening)
        if part is None:
            return None
        k = kw.keyword(part.word)
        return k, f"{k.metrics['money']}_{verbs[at[1]]}", part

    def _whole_of_parts(self, q, clause: Span):
        """``晶圆营收中，3纳米占23%`` and ``营收9,000亿元。其中3纳米占26%``: a part's share of
        an amount named as the whole (a money word and ``whole_inside``) earlier in the sentence,
        or, after ``part_opener``, of the amount its paragraph stated last."""
        i = bisect.bisect_right(self._sentence_starts, clause.start) - 1
        if i < 0:
            return None
        sentence = self.sentences[i]
        for hit in reversed(self.keywords.within(sentence.start, clause.start)):
            k = kw.keyword(hit.word)
            if k.metrics.get("money") and self.ptext.startswith(_WHOLE_INSIDE, hit.end):
                return k, f"{k.metrics['money']}_share", hit
        opener = self.ptext[sentence.start:clause.end].lstrip(_BULLETS + "　")
        if opener.startswith(_PART_OPENERS):
            whole = self.paragraph_metric.get((sentence.paragraph, "money"))
            if whole is not None:
                return whole[0], f"{whole[1]}_share", None
        return None

    def _adoption_share(self, q, cls: str, clause: Span):
        """``到2028年40%的企业应用将内置AI助手``, ``近半数企业已部署大模型``: the share of a population
        (the words after 的, or right after a fraction word) that adopts AI (a verb of ``adoption_verb`` in ``facts_words.csv``), an adoption figure."""
        # 近半数企业已部署: a fraction word glues to its population without 的
        link = 1 if self.ptext[q.end:q.end + 1] == "的" else 0
        if cls != "ratio" or not link and q.kind != "fraction":
            return None
        verbs = kw.word_group("adoption_verb")
        rest = self.ptext[q.end + link:min(clause.end, q.end + 16)]
        at = min((rest.find(v), v) for v in verbs if v in rest) if any(v in rest for v in verbs) else None
        if at is None or at[0] < 2 or any(ch in _PUNCT for ch in rest[:at[0]]):
            return None
        if not link and "的" in rest[:at[0]]:
            return None  # 一半以上的用户使用…: a qualifier or a noun of its own before the population
        if any(kw.keyword(h.word).metrics.get("money") for h in self.keywords.within(q.end, q.end + link + at[0])):
            return None  # 30%的收入采用…: a share of an amount, not of a population
        named = self._candidates(q.end + link, q.end + link + at[0])
        if named:  # the longest name of the population: A股上市公司 over A股
            self.population[q.start] = max(named, key=lambda e: (e.end - e.start, -e.start))
        return kw.Keyword(word="", theme="adoption", metrics={cls: verbs[at[1]]}, negative=False, min_abs=0.0), \
            verbs[at[1]], None

    def _share_that_adopts(self, q, cls: str, clause: Span, found):
        """``企业中，已在生产环境部署生成式AI的比例为46%``: a bare share word after ``<adopting>的``
        is the share of a population that adopts (a verb of ``adoption_verb``), an adoption figure."""
        if cls != "ratio" or found is None or found[2] is None or found[2].end > q.start:
            return found
        hit = found[2]
        if found[1] != kw.keyword(hit.word).metrics.get("ratio") or kw.keyword(hit.word).theme != "market" \
                or not self.ptext.endswith("的", 0, hit.start):
            return found
        before = self.ptext[clause.start:hit.start - 1]
        verbs = kw.word_group("adoption_verb")
        used = [v for v in verbs if v in before]
        if not used or any(kw.keyword(h.word).metrics.get("money") for h in self.keywords.within(clause.start, hit.start)):
            return found
        metric = verbs[max(used, key=before.rfind)]
        return kw.Keyword(word="", theme="adoption", metrics={cls: metric}, negative=False, min_abs=0.0), metric, hit

    def _revenue_share_of_part(self, cls: str, found):
        """``前五大客户收入占比为68.5%``, ``前五名客户合计占公司营业收入的72%``: a share of revenue
        (or a bare share) named right after a part whose own share is a revenue share in
        ``metrics.csv`` (前五大客户: ``top5_customer_revenue_share``) is that part's share, and its
        change that part's change, not the company's revenue share of an unnamed segment."""
        if found is None or found[2] is None or cls not in ("ratio", "pp"):
            return found
        hit = found[2]
        if found[1] not in _REVENUE_SHARE_WORDS:
            return found
        head = self.ptext[max(0, hit.start - 24):hit.start].lower()
        if not any(w in head for w in _REVENUE_SHARE_PARTS):
            return found  # no such part before: the keyword scan below is not needed
        for part in reversed(self.keywords.within(max(0, hit.start - 24), hit.start)):
            k = kw.keyword(part.word)
            share = k.metrics.get("ratio", "")
            gap = self.ptext[part.end:hit.start]
            # 合计占公司营业收入的: a few words between, no clause break
            if share.endswith("_revenue_share") and cls in k.metrics \
                    and len(gap) <= 6 and not _PUNCT & set(gap):
                return k, k.metrics[cls], part
        return found

    def _population_share_that_adopts(self, q, cls: str, clause: Span, sentence: Sentence, found):
        """``已在生产环境上线大模型应用的企业占比27%``: a bare share word after
        ``<adopting>的<population>`` (a verb of ``adoption_verb``, a word of
        ``survey_population``) is the share of that population that adopts, an adoption figure;
        in a survey's sentence it is of the surveyed population, not of the technology adopted."""
        if cls != "ratio" or found is None or found[2] is None or found[2].end > q.start \
                or found[1] not in _BARE_SHARE_METRICS:
            return found
        hit = found[2]
        before = self.ptext[clause.start:hit.start]
        word = next((w for w in _SURVEY_POPULATION_WORDS if before.endswith("的" + w)), None)
        if word is None or kw.keyword(hit.word).theme != "market":
            return found
        head = before[:-len(word) - 1]
        verbs = kw.word_group("adoption_verb")
        used = [v for v in verbs if v in head]
        if not used or any(kw.keyword(h.word).metrics.get("money")
                           for h in self.keywords.within(clause.start, hit.start)):
            return found
        metric = verbs[max(used, key=head.rfind)]
        surveyed = self._surveyed_population(q, sentence)
        if surveyed is not None:
            self.population[q.start] = surveyed
        return kw.Keyword(word="", theme="adoption", metrics={cls: metric}, negative=False, min_abs=0.0), metric, hit

    def _share_base_theme(self, q, cls: str, clause: Span, sentence: Sentence, found):
        """A bare share word (占比, 比重, 比例 of ``metrics.csv`` theme market) is a market share
        only of a market. Of computing capacity (``全市智能算力占总算力的比重为71.5%``: a word of
        ``share_base_compute`` before the share word) it is compute; of a unit of work that AI
        handles (``智能理赔案件占比超过八成``: an ``ai_work_marker`` and an ``ai_work_unit``) it is
        the share of work done by AI, adoption (SCHEMA themes). A market named before it
        (``在国内安防摄像头市场占比约四成``) keeps the market share."""
        if cls != "ratio" or found is None or found[2] is None:
            return found
        hit = found[2]
        k = kw.keyword(hit.word)
        if hit.end > q.start or k.theme != "market" or k.metrics.get("ratio") not in _BARE_SHARE_METRICS:
            return found
        head = self.ptext[max(sentence.start, hit.start - 40):hit.start]
        if any(w in head or w in hit.word for w in _MARKET_WORDS):
            return found
        whole = _SHARE_BASE_COMPUTE_AT.search(self.ptext, max(clause.start, hit.start - 16), hit.start)
        # 在总算力中的占比: a share already named a compute share from the whole it is taken in
        # (_share_in_whole: capacity_share) keeps that name
        compute = _SHARE_BASE_COMPUTE[whole.group(1) or whole.group(2)] \
            if whole is not None and found[0].theme != "compute" else None
        if compute is not None:
            return kw.Keyword(word="", theme="compute", metrics={cls: compute}, negative=False, min_abs=0.0), \
                compute, hit
        lead = self.ptext[clause.start:hit.start]
        if found[0].theme == "market" and any(w in lead for w in _RESPONDENT_PREFIX):
            # 受访者中对AI持正面态度的比例为70%: a share of the respondents
            start = clause.start + min(lead.find(w) for w in _RESPONDENT_PREFIX if w in lead)
            whole = self._respondent_group(start, hit.start)
            self.population.setdefault(q.start, whole)
            self.respondents_of_sentence.setdefault(sentence.start, whole)
            return kw.Keyword(word="", theme="adoption", metrics={cls: _RESPONDENT_SHARE}, negative=False,
                              min_abs=0.0), _RESPONDENT_SHARE, hit
        if found[0].theme != "market" or not any(w in head for w in _AI_WORK_UNITS) \
                or _AI_WORK_MARKER_IN.search(head) is None:
            return found
        return kw.Keyword(word="", theme="adoption", metrics={cls: _AI_WORK_SHARE}, negative=False, min_abs=0.0), \
            _AI_WORK_SHARE, hit

    def _ai_work_rate(self, q, clause: Span):
        """``自动核保率由2023年的52%升至2024年的71%``, ``智能化率达到40%``: a rate word made of an
        ``ai_work_marker``, a unit of work (``ai_work_unit``) or 化, and 率, written before the share
        in its clause and in no keyword, is the rate of work done by AI (adoption)."""
        if _AI_WORK_RATE_WORD.search(self.ptext, clause.start, q.start) is None:
            return None
        return kw.Keyword(word="", theme="adoption", metrics={"ratio": _AI_WORK_RATE}, negative=False,
                          min_abs=0.0), _AI_WORK_RATE, None

    def _ai_work_change(self, q, clause: Span, sentence: Sentence):
        """``借助AI，平均核保时间缩短七成``: a change of the time or cost (``ai_work_change``) of a unit
        of work (``ai_work_unit``) written in its clause, in a sentence that names AI doing the work
        (``ai_work_marker``), is the change AI brings to that work (adoption); None otherwise."""
        lead = self.ptext[clause.start:q.start]
        metric = next((m for w, m in _AI_WORK_CHANGES.items() if w in lead), None)
        if metric is None or not any(w in lead for w in _AI_WORK_UNITS) \
                or _AI_WORK_MARKER_IN.search(self.ptext, sentence.start, q.start) is None:
            return None
        return kw.Keyword(word="", theme="adoption", metrics={"ratio": metric}, negative=False, min_abs=0.0), \
            metric, None

    def _respondent_population(self, start: int, end: int):
        """The first ``survey_population`` word of ``ptext[start:end]`` (None when there is none)
        and the group it names; the group of 受访者 (``survey_default`` without one) when none."""
        word = _SURVEY_POPULATION_RE.search(self.ptext, start, end)
        return word, (_SURVEY_POPULATION[word.group(0)] if word else _SURVEY_POPULATION.get("受访者", _SURVEY_DEFAULT))

    def _respondent_group(self, start: int, end: int) -> _Ent:
        """The group of respondents named from ``start`` (:meth:`_respondent_population`), its
        span ending after its population word, else at ``end``."""
        word, name = self._respondent_population(start, end)
        return _Ent(start, word.end() if word else end, name, "group")

    def _respondent_word_share(self, q, cls: str, clause: Span, sentence: Sentence, found):
        """A survey's share of its respondents, named by a ``respondent_prefix`` word:
        ``仅21%的受访者愿意…`` and ``约七成受访开发者每周使用…`` (the word right after the share),
        ``使用AI的受访者占58%`` (the word before 占), and ``另有39%表示…`` (a later share of such a
        sentence that a ``respondent_adverb`` follows). An adoption figure of the population the
        words name (``survey_population``; Survey respondents when none), whatever the verb: the
        metric is the ``adoption_verb`` after it, else ``respondent_share``."""
        if cls == "pp" and not sentence.is_row:
            return self._respondent_word_change(q, sentence, found)
        if cls != "ratio" or sentence.is_row:
            return found
        start = end = verb_lead = None
        at = _RESPONDENT_AT.match(self.ptext, q.end)
        if at is not None:
            start = at.end() - len(at.group(0).lstrip("的"))
            end = min(clause.end, at.end() + 6)
        else:
            head = self.ptext[clause.start:q.start]
            occupy = _RESPONDENT_OCCUPY.search(head)
            if occupy is not None and any(w in head for w in _RESPONDENT_PREFIX):
                start = clause.start + min(head.find(w) for w in _RESPONDENT_PREFIX if w in head)
                end = clause.start + occupy.start()
            elif occupy is not None:
                start = self._surveyed_holder(q, clause.start, clause.start + occupy.start())
                end = clause.start + occupy.start()
                verb_lead = _ADOPTION_VERB_RE.search(self.ptext, clause.start, start) if start is not None else None
        if start is not None:
            whole = self._respondent_group(start, end)
        else:
            whole = self.respondents_of_sentence.get(sentence.start)
            frame = _last_match(_RESPONDENT_FRAME, self.ptext, sentence.start, q.start)
            if frame is not None and (found is None or found[1] in _BARE_SHARE_METRICS):
                # 受访者中，62%曾使用生成式AI: the shares of a sentence that frames its respondents
                whole = _Ent(frame.start(), frame.end() - 1,
                             self._respondent_population(frame.start(), frame.end())[1], "group")
                start = q.end  # the verb after the share names the metric
            elif whole is None or _RESPONDENT_ADVERB_AT.match(self.ptext, q.end) is None:
                return found
        self.respondents_of_sentence[sentence.start] = whole
        if found is not None and found[0].theme == "adoption":
            self.population.setdefault(q.start, whole)
            return found
        self.population[q.start] = whole
        verb = _ADOPTION_VERB_RE.search(self.ptext, q.end, clause.end) if start is not None and start >= q.end else None
        verb = verb or verb_lead
        metric = kw.word_group("adoption_verb")[verb.group(0)] if verb is not None else _RESPONDENT_SHARE
        self.respondent_share_metric.setdefault(sentence.start, metric)
        return kw.Keyword(word="", theme="adoption", metrics={cls: metric}, negative=False, min_abs=0.0), metric, None

    def _respondent_word_change(self, q, sentence: Sentence, found):
        """``…的企业占31.4%，去年同期仅为12.7%，一年提高18.7个百分点``: points that no keyword
        names, in a sentence whose share was read as a share of respondents, are that share's
        change (its metric + ``_change``), of the same population."""
        metric = self.respondent_share_metric.get(sentence.start)
        if found is not None or metric is None:
            return found
        self.population[q.start] = self.respondents_of_sentence[sentence.start]
        metric += "_change"
        return kw.Keyword(word="", theme="adoption", metrics={"pp": metric}, negative=False, min_abs=0.0), metric, None

    def _before_aside(self, end: int, floor: int) -> int:
        """Where a bracketed aside ending at ``end`` opens (``小学生（含家长陪同）为21%``: the kind
        stands before the aside), else ``end``; an aside of at most 20 characters, after ``floor``."""
        if end <= floor or self.ptext[end - 1] not in "）)":
            return end  # most kinds meet their link at once
        opening = max(self.ptext.rfind("（", max(floor, end - 22), end - 1), self.ptext.rfind("(", max(floor, end - 22), end - 1))
        return opening if opening > floor else end

    def _use_of_proceeds(self, q, found):
        """``约45%用于大模型研发；约25%用于算力基础设施`` in a passage about an offering's proceeds
        (a ``proceeds_word`` in its section before the share): a share a use verb follows at once
        is the part of the proceeds that use takes, an IPO term (valuation), whatever keyword the
        use names (算力 is what the money buys, not a compute figure)."""
        if _PROCEEDS_USE_AT.match(self.ptext, q.end) is None:
            return found
        if _PROCEEDS_WORD.search(self.ptext, self._section_floor(q.start) or max(0, q.start - 400), q.start) is None:
            return found
        return _USE_OF_PROCEEDS, _USE_OF_PROCEEDS_METRIC, None

    def _surveyed_holder(self, q, lead: int, occupy: int) -> int | None:
        """``已在生产环境部署AI智能体的企业占31.4%`` in a survey's report: a population word
        (``survey_population``) right after 的 and right before 占 names the respondents the share
        is of, when the document stated its survey before the share (no respondent word needed,
        the survey said who was asked). Returns where the population word starts, else None."""
        words = [w for w in _SURVEY_POPULATION_WORDS if self.ptext.startswith("的" + w, occupy - len(w) - 1)]
        if not words or occupy - len(words[0]) <= lead or self._survey_population_before(q) is None:
            return None
        return occupy - len(words[0])

    def _gap_to_base(self, q, clause: Span, last_by_class: dict):
        """``次月留存约44%，高于同类产品约7个百分点``: points in a clause opening with a ``gap_lead``
        word (高于, 低于 …) after a share of the same sentence are that share's gap to the base it
        is compared with (``next_month_retention_gap``), negative below it. Returns the found
        keyword (or None) and the quantity, signed."""
        lead = self.ptext[clause.start:q.start].lstrip(_BULLETS + " 　")
        word = next((w for w in _GAP_LEAD_WORDS if lead.startswith(w)), None)
        sign = _GAP_LEADS.get(word)
        if word is None and lead.startswith(_GAP_COMPARE):
            lead = lead.rstrip(" 　约近超逾了")  # 较去年一季度提高了8个百分点: 了 after the verb
            word = next((w for w in _GAP_AFTER_WORDS if lead.endswith(w)), None)
            sign = _GAP_AFTER.get(word)
        if word is None:
            return None, q
        k, metric, _ = last_by_class["ratio"]
        if metric.endswith(("_change", "_gap")):
            return None, q  # a change or gap already: no gap of a gap
        if sign == "-" and q.value > 0:
            q = _with_fields(q, value=-q.value, exact=-q.exact, signed=True)
        return (k, f"{metric}_gap", None), q

    def _adopted_after(self, entities: list[_Ent], q, clause: Span) -> bool:
        """``约62%的受访制造企业已使用生成式AI``: the names are what the population adopts, written
        after the share and an ``adoption_verb`` in its clause (a technology, product or model):
        the share is the adopters', not the technology's."""
        if any(e.type not in _ADOPTED_TYPES or e.start < q.end or e.start >= clause.end for e in entities):
            return False
        return _ADOPTION_VERB_RE.search(self.ptext, q.end, entities[0].start) is not None

    def _survey_population_before(self, q) -> _Ent | None:
        """The population a survey of this document asked, for a share whose sentence names none
        (``本次调研样本共326家银行机构。…70%担心幻觉问题``): the first ``survey_population`` word
        after the first ``survey_word`` before the share (``survey_default`` when none), or None
        when no survey is stated before it."""
        return self._survey_population_in(0, q.start)

    def _respondents(self, q, sentence: Sentence) -> _Ent | None:
        """The surveyed population of a respondent share: the one its sentence names, else the one
        the document's survey named before it (``样本共326家银行机构``), else the default."""
        named = self._surveyed_population(q, sentence)
        if named is not None and named.name != _SURVEY_DEFAULT:
            return named
        return self._survey_population_before(q) or named

    def _respondent_share(self, q, cls: str, clause: Span, sentence: Sentence, found):
        """A survey's shares of respondents: ``大型国有银行100%、城商行45%已将大模型投入生产``
        (a share right after a kind of respondent of ``industries.csv`` is that kind's, its metric
        the ``adoption_verb`` that ends the list), ``整体比例62%，比上年提升20个百分点`` after such
        a list (a ``survey_whole`` word: the surveyed population's, and the pp its change),
        ``70%担心幻觉问题`` (a verb right after the share, ``respondent_adverb`` words between:
        the share of the surveyed population) and ``41%的受访机构称已实现可量化降本`` (the
        population word after 的 names the adopters, not the technology)."""
        if cls == "pp":
            whole = self.respondent_whole.get(sentence.start)
            if whole is None or found is not None and found[1] not in _BARE_SHARE_CHANGES:
                return found  # 营收增长3个百分点: a change of a measure of its own
            metric = self.respondent_metric[sentence.start] + "_change"
            self.population[q.start] = whole[1]
            return kw.Keyword(word="", theme="adoption", metrics={cls: metric}, negative=False, min_abs=0.0), metric, None
        at = q.start
        if at > sentence.start and ("\u4e00" <= self.ptext[at - 1] <= "\u9fff" or self.ptext[at - 1] in "：:"):
            # 城商行45%, 城商行为45%, 城商行：45%: a link word may stand between kind and share
            link = _RESPONDENT_LINK.search(self.ptext, max(sentence.start, at - 4), at)
            item = respondent_kind_before(self.ptext, self._before_aside(link.start() if link else at, sentence.start))
            if item is not None and (item[0] == sentence.start or self.ptext[item[0] - 1] in "、，,；;：:\n 　"):
                stop = _CLAUSE_MARK.search(self.ptext, q.end, sentence.end)
                verb = _ADOPTION_VERB_RE.search(self.ptext, q.end, stop.start() if stop else sentence.end)
                # else the adoption measure a keyword names (农商行为18% after 部署率为45%), or the
                # verb of the sentence before the list (已投产的比例中，大型国有银行为100%)
                last_verb = _last_match(_ADOPTION_VERB_RE, self.ptext, sentence.start, item[0])
                rates = [kw.keyword(h.word).metrics.get(cls) for h in self.keywords.within(sentence.start, item[0])
                         if kw.keyword(h.word).theme == "adoption" and kw.keyword(h.word).metrics.get(cls)]
                metric = kw.word_group("adoption_verb")[verb.group(0)] if verb is not None else \
                    found[1] if found is not None and found[0].theme == "adoption" else \
                    rates[-1] if rates else \
                    kw.word_group("adoption_verb")[last_verb.group(0)] if last_verb is not None else \
                    self.respondent_metric.get(sentence.start)
                if metric:
                    self.respondent_metric[sentence.start] = metric
                    self.population[q.start] = _Ent(item[0], at, item[1], "group")
                    return kw.Keyword(word="", theme="adoption", metrics={cls: metric}, negative=False,
                                      min_abs=0.0), metric, None
            listed = self.respondent_metric.get(sentence.start)
            lead = self.ptext[clause.start:at].lstrip(_BULLETS + " 　")
            if listed is not None and lead.startswith(_SURVEY_WHOLE) \
                    and (found is None or found[1] in _BARE_SHARE_METRICS or found[2] is None):
                whole = self._respondents(q, sentence)
                if whole is not None:
                    self.population[q.start] = whole
                    self.respondent_whole[sentence.start] = (q.start, whole)
                    return kw.Keyword(word="", theme="adoption", metrics={cls: listed}, negative=False,
                                      min_abs=0.0), listed, None
        listed = self._respondent_of_list(q, clause, found)
        if listed is not None:
            return listed
        opening = None
        if found is not None and found[0].theme == "adoption" and q.start not in self.population:
            opening = industry_at(self.ptext, clause.start + len(self.ptext[clause.start:at])
                                  - len(self.ptext[clause.start:at].lstrip(_BULLETS + " 　")))
        if opening is not None and self.ptext.startswith("的", opening[0]):
            # 城商行的大模型部署率为45%: the kind of respondent opening the clause, not the technology
            self.population[q.start] = _Ent(opening[0] - 1, opening[0], opening[1], "group")
            return found
        verb = _RESPONDENT_VERB_AT.match(self.ptext, q.end) or _RESPONDENT_SAY_AT.match(self.ptext, q.end)
        if verb is not None and (found is None or found[1] in _BARE_SHARE_METRICS) \
                and not any(sentence.start <= s < q.start for s in self.population):
            # (a later share of a sentence whose share named its population already, 约三成计划部署,
            # is left to the parallel-share reading)
            surveyed = self._respondents(q, sentence)
            if surveyed is None:
                return found  # 增长30%部署…: no survey, no respondents
            word = _ADOPTION_VERB_RE.search(self.ptext, q.end, verb.end())
            metric = kw.word_group("adoption_verb")[word.group(0)] if word is not None else _RESPONDENT_SHARE
            self.population[q.start] = surveyed
            return kw.Keyword(word="", theme="adoption", metrics={cls: metric}, negative=False, min_abs=0.0), metric, None
        if found is not None and found[1] in _ADOPTION_METRICS and q.start not in self.population \
                and self.ptext.startswith("的", q.end):
            word = _SURVEY_POPULATION_RE.match(self.ptext, q.end + 1)
            if word is not None and self._survey_population_before(q) is not None:
                self.population[q.start] = _Ent(word.start(), word.end(), _SURVEY_POPULATION[word.group(0)], "group")
        return found

    def _respondent_of_list(self, q, clause: Span, found):
        """``大型国有银行、股份制银行、城商行的部署比例分别为100%、90%、45%``: kinds of respondent
        (``industries.csv``) listed before 分别 take the shares after it in order; the measure is
        the adoption keyword's or the adoption verb's of the list. None when no such list."""
        head = self.ptext[clause.start:q.start]
        split = head.find(_DISTRIBUTE_WORD)
        if split < 0:
            return None
        items = [i.strip(_BULLETS + " 　") for i in _LIST_SEPARATORS.split(head[:split])]
        kinds = [industry_at(i, 0) for i in items]
        if len(kinds) < 2 or any(k is None for k in kinds) or any(k[0] != len(i) for k, i in zip(kinds[:-1], items)):
            return None
        index = head.count("%", split)
        if index >= len(kinds):
            return None
        if found is not None and found[0].theme == "adoption":
            keyword, metric = found[0], found[1]
        else:
            verb = _ADOPTION_VERB_RE.search(head, 0, split)
            if verb is None:
                return None
            metric = kw.word_group("adoption_verb")[verb.group(0)]
            keyword = kw.Keyword(word="", theme="adoption", metrics={"ratio": metric}, negative=False, min_abs=0.0)
        self.population[q.start] = _Ent(clause.start, clause.start + split, kinds[index][1], "group")
        return keyword, metric, None

    def _industry_subject(self, q, sentence: Sentence) -> list[_Ent]:
        """``分行业看，零售业上线率最高，达35%；医药为18%``: an adoption rate whose ；-segment has a
        clause opening with an industry of ``industries.csv`` followed by the rate's keyword, a
        level word or the number itself is of that industry's firms; else no entity."""
        seg = max(sentence.start, max(self.ptext.rfind(c, 0, q.start) for c in _SEGMENT_ENDS) + 1)
        for c in reversed([c for c in sentence.clauses if seg <= c.end and c.start <= q.start]):
            at = max(c.start, seg)
            at += len(self.ptext[at:q.start]) - len(self.ptext[at:q.start].lstrip(" 　"))
            found = industry_at(self.ptext, at)
            if found is None:
                continue
            end, english = found
            after = self.ptext[end:q.start]
            keyword = [h for h in self.keywords.within(end, q.start) if h.start == end
                       and kw.keyword(h.word).theme == "adoption"]
            if keyword or end == q.start or after.strip(" 　") in _BARE_LEVEL:
                return [_Ent(at, end, english, "group")]
        return []

    def _penetration_of_base(self, q, metric: str, sentence: Sentence):
        """``以逾4.6亿的M365商业版付费席位计，渗透率约9%``: a penetration measured against a base
        of users or seats (an adoption count keyword inside a ``以…计`` frame of ``facts_words.csv``
        ``base_frame_open``/``base_frame_close``) is the adoption rate of the product whose
        adoption figure came last before the frame, not a market share of the base.

        Returns the metric and the entity, or None when the frame or the adopted product is missing.
        """
        swap = kw.word_group("base_penetration")
        if metric not in swap:
            return None
        head = self.ptext[sentence.start:q.start]
        opens = [head.rfind(w) for w in kw.word_group("base_frame_open")]
        at = max(opens)
        if at < 0:
            return None
        closes = [head.find(w, at + 1) for w in kw.word_group("base_frame_close")]
        closes = [c for c in closes if c > at]
        if not closes:
            return None
        lo, hi = sentence.start + at, sentence.start + min(closes)
        if not any(kw.keyword(h.word).theme == "adoption" and kw.keyword(h.word).metrics.get("count")
                   for h in self.keywords.within(lo, hi)):
            return None
        base = {e.name for e in self._candidates(lo, hi)}
        for row in reversed(self.rows):
            if row["doc_id"] != self.doc["doc_id"] or row["start"] >= lo:
                continue
            if row["theme"] == "adoption" and row["unit"] == "count" and row["entity"] not in base \
                    and row["entity"] != UNSPECIFIED:
                ent = _Ent(row["start"], row["end"], row["entity"], row["_entity_type"], row["_entity_org"] or None)
                return swap[metric], ent
            break  # only the fact just before the frame: an older one is about something else
        return None

    def _adopter_cost(self, q, cls: str, clause: Span):
        """``部署智能体的企业客服成本平均下降18%-25%``: a change of a cost word of ``facts_words.csv``
        ``adopter_cost`` whose holder is written as those who adopted something (an
        ``adoption_verb``, what they adopted, 的) is an adoption figure; the adopters, named from
        ``adopter_name``'s template with what they adopted, are its entity.

        Returns the keyword triple of the other finders, or None.
        """
        if cls != "ratio":
            return None
        head = self.ptext[clause.start:q.start]
        costs = [(head.rfind(w), w) for w in kw.word_group("adopter_cost") if w in head]
        if not costs:
            return None
        cost_at, cost = max(costs)
        verbs = [(head.find(v), v) for v in kw.word_group("adoption_verb") if 0 <= head.find(v) < cost_at]
        if not verbs:
            return None
        verb_at, verb = min(verbs)
        of = head.find("的", verb_at + len(verb), cost_at)
        if of < 0 or any(ch in _PUNCT for ch in head[verb_at:cost_at]):
            return None
        if head[:verb_at].strip():
            return None  # the adopters open the clause: 部署智能体的企业…, not 芯片采用X的成本
        adopted = [e for e in self._candidates(clause.start + verb_at + len(verb), clause.start + of)
                   if e.type in _ADOPTED_TYPES]
        if not adopted:
            return None
        tech = adopted[0]
        template = kw.word_group("adopter_name")["adopters"]
        self.population[q.start] = _Ent(tech.start, tech.end, template.format(tech.name), "group")
        metric = kw.word_group("adopter_cost")[cost]
        return kw.Keyword(word=cost, theme="adoption", metrics={cls: metric}, negative=False, min_abs=0.0), metric, None

    def _restated(self, q, cls: str, quantities: list, i: int, last_by_class: dict, sentence: Sentence):
        """``授予价格为每股28.50元，即…激励对象可以每股28.50元的价格购买公司股票``: the same figure
        written again later in its sentence, no measure of its class named between the two, restates the
        measure of the first (one claim), not the generic word after it (价格). Two cells of one
        table row never restate each other (``总参数 | 激活参数`` of a dense model: ``70 | 70``):
        each is its own column's measure."""
        if cls not in last_by_class:
            return None
        prev = next((quantities[j] for j in range(i - 1, -1, -1) if kw.KIND_CLASS.get(quantities[j].kind) == cls), None)
        if prev is None or prev.text != q.text or prev.end > q.start or any(
                kw.keyword(h.word).metrics.get(cls) for h in self.keywords.within(prev.end, q.start)):
            return None
        if sentence.is_row and sentence.col_headers and self._cell_index(sentence, prev) != self._cell_index(sentence, q):
            return None
        return last_by_class[cls]

    def _anaphor(self, q, cls: str, clause: Span, last_by_class: dict):
        """``而2024年这一比例不足2%``: 这一/该 before the measure word repeats the measure of the
        number before it in the sentence."""
        if cls not in last_by_class:
            return None
        hits = [h for h in self.keywords.within(clause.start, q.start)
                if self.ptext[max(0, h.start - 2):h.start].endswith(_ANAPHORS)]
        return last_by_class[cls] if hits else None

    def _sized_keyword(self, cls: str, clause: Span, found):
        """``全年资本开支规模在100亿元左右``: a bare size word (规模, 总额: ``generic_size``) glued
        after another keyword measures that keyword's amount (the capex), not a market's size;
        any other finding is returned unchanged."""
        if found is None or found[2] is None or self.ptext[found[2].start:found[2].end] not in _GENERIC_SIZE:
            return found
        hit = found[2]
        # cheap: the size word must follow a keyword with nothing but 的 between them
        glued = [h for h in self.keywords.within(clause.start, hit.start)
                 if h.end <= hit.start and not self.ptext[h.end:hit.start].strip("的")]
        if not glued or cls not in kw.keyword(glued[-1].word).metrics:
            return found
        k = kw.keyword(glued[-1].word)
        return k, k.metrics[cls], glued[-1]

    def _event_metric(self, q, cls: str, clause: Span, sentence: Sentence, found):
        """``启动AI服务器集中采购，总规模约1.2万台AI服务器，项目预算约180亿元``: a bare size word
        (规模, 预算) or the thing counted after a count measures the event an earlier clause of
        the sentence names (a tender: its units and its amount), when that event has the class."""
        if sentence.is_row or cls not in ("money", "count"):
            return found
        if found is not None:
            hit = found[2]
            if hit is not None and hit.start < q.end and \
                    self.ptext[hit.start:hit.end] not in _GENERIC_SIZE:
                return found
        events = [h for h in self.keywords.within(sentence.start, clause.start)
                  if h.word in _EVENT_HEADS and cls in kw.keyword(h.word).metrics]
        if not events:
            return found
        k = kw.keyword(events[-1].word)
        return k, k.metrics[cls], events[-1]

    def _earnings_cagr(self, found, clause: Span):
        """``2024-2030年收入CAGR为25.1%``, ``净利润年复合增速``: a compound growth written right
        after an earnings amount word is that amount's CAGR (``revenue_cagr``, earnings), not the
        market's ``cagr``; any other finding is returned unchanged."""
        if found is None or found[1] != "cagr" or found[2] is None:
            return found
        hit = found[2]
        before = [h for h in self.keywords.within(clause.start, hit.start) if h.end <= hit.start]
        if not before or not _CAGR_GAP.fullmatch(self.ptext, before[-1].end, hit.start):
            return found
        k = kw.keyword(before[-1].word)
        base = k.metrics.get("money")
        if k.theme != "earnings" or not base:
            return found  # 市场规模CAGR: the market's, as before
        return k, f"{base}_cagr", before[-1]

    def _topic_metric(self, q, cls: str, clause: Span, sentence: Sentence):
        """``市场规模方面，2026年将达到2024年的1.77倍``: an earlier clause of the ；-segment
        ending in 方面 names the metric (the last keyword of it that takes ``cls``)."""
        if "topic" not in self._roles_in(sentence):
            return None
        seg_start = self._segment_start(sentence, clause.start)
        for c in reversed([c for c in sentence.clauses if seg_start <= c.start and c.end <= clause.start]):
            topic = self._role_hits(c.start, c.end, "topic")
            if topic and not self.ptext[topic[-1].end:c.end].strip(" ，,、"):
                hits = [h for h in self.keywords.within(c.start, topic[-1].start)
                        if cls in kw.keyword(h.word).metrics]
                if hits:
                    k = kw.keyword(hits[-1].word)
                    return k, k.metrics[cls], hits[-1]
        return None

    def _investment_theme(self, q, theme: str, metric: str, clause: Span, sentence: Sentence, hit):
        """Money put into something, by what it goes to (SCHEMA theme boundaries).

        An investment in sites and buildings (``自建数据中心，投资500亿美元``) is a capex plan,
        not an equity stake; what a whole industry puts in (``全球每年的AI基础设施投入``) is a
        market spending forecast, not one company's capex.
        """
        if metric not in ("investment_amount", "spending", "planned_investment"):
            return theme, metric  # the rules below read only these metrics
        seg_start = self._segment_start(sentence, clause.start)
        # 投资OpenAI 400亿美元: a company named after the verb is the investee, an equity deal
        investee = hit is not None and any(e.type != "concept" and e.start < q.start
                                           for e in self.entities.within(hit.end, q.end))
        if metric == "investment_amount" and not investee and not self._role_hits(seg_start, q.end, "equity") \
                and (self._role_hits(seg_start, q.start, "infrastructure") or self._place_investment(q, seg_start)):
            return "capex", "planned_investment"
        if metric == "spending" and any(e.type == "company" for e in self._candidates(clause.start, q.start)):
            return "capex", "capex"  # 腾讯本季度支出120亿美元: a company's spending is its capex
        if metric == "planned_investment" and hit is not None and \
                self._role_hits(clause.start, hit.start, "global_scope") and \
                not any(e.type != "concept" for e in self._candidates(clause.start, q.start)):
            return "market", "spending"
        return theme, metric

    def _place_investment(self, q, seg_start: int) -> bool:
        """Money a firm or a state puts into a country or region (``2023—2029年在阿联酋的累计投资
        将达到152亿美元``, ``宣布的6000亿美元对美投资``): before the number in its ；-segment or
        right after it. It pays for sites there, a capex plan (SCHEMA: multi-year infrastructure
        plans), not a stake in a firm."""
        text = self.ptext
        after = text[q.end:q.end + 12]
        # most investments name no place: the verb's own place, before or just after, first
        if "投资" not in after and text.find("投资", seg_start, q.start) < 0:
            return False
        return _PLACE_INVESTMENT.search(text, seg_start, q.start) is not None \
            or _PLACE_INVESTMENT.match(after.lstrip(" 的")) is not None

    def _theme_boundary(self, q, theme: str, metric: str, clause: Span, sentence: Sentence) -> tuple[str, str]:
        """The theme SCHEMA's boundaries give a number whose keyword names another
        (``data/theme_boundaries.csv``): ``签约价0.24元/kWh`` is a data-centre power price
        (compute), ``行星减速器均价2600元`` a component's price (market), ``定价52.3元/股`` an IPO
        price (valuation), ``28nm占营收比重31%`` a share of revenue (earnings), ``投资30亿美元建设
        数据中心`` a capex plan. A rule fires on its context word (right after the number, before
        it in the clause, after it, before it in the sentence, or in the whole after 占, else the
        sentence before the number; ``lead``: the words right before it; ``heading``: the numbered
        title of its record block or section; ``per``: the whole denominator of the number's rate
        (``2000美元/千瓦``: kw); ``entity`` and ``paragraph`` rules wait for the entity,
        ``_entity_theme_boundary``; a rule of from_theme ``any`` is read for every theme) unless the
        clause holds one of its keep words (``tokens``/``API``: an AI service's price stays pricing;
        ``市场``/``份额``: a market share stays market); a rule that ``needs`` prose fires outside tables only,
        one that needs ``multiple``, ``ratio`` or ``money`` only on a number of that kind."""
        # a rule of from_theme ``any`` moves a number whatever its keyword named (集资用途 above
        # 约25%用于算力基础设施: a share of an IPO's proceeds, whether 算力 or 收购 named it)
        rules = _THEME_BOUNDARIES.get(theme, []) + _THEME_BOUNDARIES.get("any", [])
        if not rules:
            return theme, metric
        text = self.ptext
        if sentence.is_row:
            # a cell: its caption and the header over it come before its row
            heads = [text[h.start:h.end] for h in self._column_header(sentence, q)]
            if sentence.caption is not None:
                heads.insert(0, text[sentence.caption.start:sentence.caption.end])
            before = " ".join(heads + [text[sentence.start:q.start]])
            scope = before + text[q.end:sentence.end]
            after = text[q.end:sentence.end]
        else:
            before = text[clause.start:q.start]
            scope = text[clause.start:clause.end]
            after = text[q.end:clause.end]
        contexts = {"before": before.lower(), "after": after.lower(), "unit": text[q.end:q.end + 6].lower(),
                    "sentence_before": (before if sentence.is_row else text[sentence.start:q.start]).lower(),
                    "sentence": text[sentence.start:sentence.end].lower(),
                    # 2000美元/千瓦: the whole denominator of a rate (the kilowatt alone, not 元/kW/月)
                    "per": (q.per or "").strip().lower()}
        scope = scope.lower()
        for rule in rules:
            if rule.prefixes and not metric.startswith(rule.prefixes):
                continue
            if rule.where in _ENTITY_PHASE:
                continue  # read once the number's entity is known (_entity_theme_boundary)
            if rule.where == "whole":
                # 资本支出占经营现金流比例: the whole after 占 decides first, then the part before it
                # (占比 alone: the sentence before the number names what is divided)
                at = contexts["before"].rfind("占")
                whole = contexts["before"][at + 1:] if at >= 0 else ""
                found = any(w in whole for w in rule.words)
                if not found and not any(w in whole for r in rules if r.where == "whole" for w in r.words):
                    if "whole_before" not in contexts:
                        contexts["whole_before"] = self._part_sentence_whole(sentence) + contexts["sentence_before"]
                    found = any(w in contexts["whole_before"] for w in rule.words)
                wide = not any(w in whole for w in rule.words)
            else:
                if rule.where == "heading" and not self._words_in_document(rule.words):
                    continue  # none of its words anywhere: no heading to read
                if rule.where == "heading" and "heading" not in contexts:
                    # the record's or section's numbered title line (read only when a rule asks)
                    contexts["heading"] = self._heading_line(sentence.start).lower()
                if rule.where == "lead":
                    # the words right before the number (and the stock fell ~9%: the stock)
                    found = contexts["before"].rstrip().endswith(rule.words)
                elif rule.where == "per":
                    found = contexts["per"] in rule.words
                else:
                    found = any(w in contexts[rule.where] for w in rule.words)
                wide = rule.where.startswith("sentence") or rule.where == "heading"
            if not found:
                continue
            # a context read in the sentence is kept by a keep word anywhere in it
            kept_in = [scope] + ([contexts["sentence"]] if wide else [])
            if any(w in t for t in kept_in for w in rule.keep) \
                    and not self._kept_by_segment_label(sentence, rule.keep, kept_in):
                continue
            if not _boundary_needs_met(rule, q, sentence):
                continue
            return rule.to_theme, rule.metric or metric
        return theme, metric

    def _kept_by_segment_label(self, sentence: Sentence, keep, texts: list[str]) -> bool:
        """``行业AI解决方案 | 35.7%`` under ``收入按业务分部划分`` (占比): whether a keep word of a
        theme boundary rule stands only in the row label of a company note's segment table
        (``_segment_row``), so it does not hold: a business line's name (行业AI解决方案, 行业云)
        speaks of its customers' industries, no industry or market whose share the cell is."""
        label = sentence.label
        if not sentence.is_row or label is None or not self._segment_row(sentence):
            return False
        name = self.ptext[label.start:label.end].lower()
        return not any(w in t.replace(name, " ") for t in texts for w in keep)

    def _part_sentence_whole(self, sentence: Sentence) -> str:
        """``融资事件120起。其中亿元以上事件40起，占比33%``: a prose sentence opening on
        ``part_opener`` names parts of what the sentence before it in its paragraph counted, so
        that sentence (lower-cased) says what a bare share in it is of; empty otherwise."""
        text = self.ptext
        if sentence.is_row or not text.startswith(_PART_OPENERS, sentence.start):
            return ""  # most sentences open with no 其中
        i = bisect.bisect_right(self._sentence_starts, sentence.start - 1) - 1
        if i < 0 or self.sentences[i].is_row or self.sentences[i].paragraph != sentence.paragraph:
            return ""
        prev = self.sentences[i]
        return text[prev.start:prev.end].lower() + " "

    def _chip_grade(self, e: _Ent) -> bool:
        """A maker's accelerator grade from the lexicon (``H100``, ``GB200``: a product with an org
        and the ``_CHIP_GRADE`` shape)."""
        return e.type == "product" and bool(e.org) and _CHIP_GRADE.fullmatch(e.name) is not None

    def _grade_holder(self, theme: str, metric: str, entities: list[_Ent],
                      sentence: Sentence) -> tuple[list[_Ent], str]:
        """A figure whose one entity is a chip grade belongs to a firm, the grade going into the
        metric (SCHEMA: chip grades are no subject): in a table row that names a firm in another
        text cell (``H100 | 某云 | 2.10`` under 美元/GPU小时), that firm's; in prose about money
        (``B300对华收入约12亿美元``), the grade's maker's. Other figures of a grade (its TDP, its
        unit price, a rack's power) keep it."""
        if len(entities) != 1 or not self._chip_grade(entities[0]):
            return entities, metric
        grade = entities[0]
        if sentence.is_row:
            holder = self._firm_beside_grade(sentence, grade)
        elif theme in _GRADE_MAKER_THEMES:
            holder = _Ent(grade.start, grade.end, grade.org, "company")
        else:
            holder = None
        if holder is None:
            return entities, metric
        prefix = re.sub(r"[^0-9a-z]+", "_", grade.name.lower()) + "_"
        return [holder], metric if metric.startswith(prefix) else prefix + metric

    def _firm_beside_grade(self, sentence: Sentence, grade: _Ent) -> _Ent | None:
        """The firm a table row names beside its grade: in a text cell of its own (``AWS``,
        ``CoreWeave``) or after the grade and its memory size in the grade's cell when a narrow
        gap merged the two (``A100 80GB 某云``); a name no lexicon row holds as written, a
        bracketed note after it dropped. None when the row names none."""
        for cell in sentence.clauses:
            own = cell.start <= grade.start < cell.end
            size = None
            if own:
                size = _GRADE_MEMORY.match(self.ptext, grade.end, cell.end)
                cell = Span(size.end() if size else grade.end, cell.end)
            if cell.start >= cell.end or is_value_cell(self.ptext[cell.start:cell.end]):
                continue
            named = [e for e in self._candidates(cell.start, cell.end)
                     if e.type in ("company", "product", "group") and not self._chip_grade(e)]
            if named:
                return named[0]
            surface = self.text[cell.start:cell.end]
            cut = min([i for i in (surface.find("("), surface.find("（")) if i > 0] or [len(surface)])
            name = surface[:cut].strip()
            # in the grade's own cell a Latin word straight after it is its form factor
            # (B200 HGX, H100 SXM), a firm only after the memory size (A100 80GB Lambda)
            if own and size is None:
                continue
            if _LATIN_FIRM_CELL.fullmatch(name) and not _CHIP_GRADE.fullmatch(name):
                start = cell.start + surface.index(name)
                return _Ent(start, start + len(name), name, "company")
        return None

    def _entity_theme_boundary(self, q, theme: str, metric: str, entities, clause: Span,
                               sentence: Sentence) -> tuple[str, str]:
        """A ``theme_boundaries.csv`` rule read ``where`` = ``entity``: its words are entity types,
        and it fires when every entity the number is about is of one of them. What a product
        category or an industry sells (AI眼镜成交额18.6亿元, 以太网光模块销售额增长85%) is a
        market figure, not a firm's earnings (SCHEMA: market sizes; a company's own revenue stays
        earnings). Its keep words, read in the clause (a row: its sentence) and in the entities'
        own names, keep it. A ``paragraph`` rule reads its words in the paragraph instead, on a
        number naming no firm (``_aggregate_paragraph``: an official bulletin's industry totals)."""
        rules = [r for r in _THEME_BOUNDARIES.get(theme, ()) if r.where in _ENTITY_PHASE]
        if not rules:
            return theme, metric
        # prose: the sentence up to the number's clause end, so that a keep word of an earlier
        # clause holds its later ones (数据中心收入60亿美元，同比增长18%: the growth is the revenue's)
        scope = self.ptext[sentence.start:sentence.end] if sentence.is_row else self.ptext[sentence.start:clause.end]
        # the entities' own words count too: 大模型 (large models) names AI services, no hardware
        scope = " ".join([scope] + [f"{self.ptext[e.start:e.end]} {e.name}" for e in entities]).lower()
        for rule in rules:
            if rule.prefixes and not metric.startswith(rule.prefixes):
                continue
            if rule.where == "paragraph":
                if not self._aggregate_paragraph(rule, entities, sentence):
                    continue
            elif not entities or not all(e.type in rule.words for e in entities):
                continue
            if any(w in scope for w in rule.keep) or not _boundary_needs_met(rule, q, sentence):
                continue
            return rule.to_theme, rule.metric or metric
        return theme, metric

    def _aggregate_paragraph(self, rule, entities, sentence: Sentence) -> bool:
        """Whether a ``paragraph`` theme boundary rule holds: the number names no firm, model or
        product (none, or only concepts and markets: ``_AGGREGATE_TYPES``) and its paragraph, up to
        the end of its sentence, holds one of the rule's words and none of its keep words. A
        statistics bulletin names the whole it counts once a paragraph (我国软件业务收入…,
        分领域看，…占全行业收入比重…, 分地区看，东部地区…), and the line items after it
        (信息技术服务收入, 集成电路设计收入) are that industry's; a firm word anywhere before them
        (公司销售额…。分地区看…) makes them the firm's parts."""
        if any(e.type not in _AGGREGATE_TYPES for e in entities) or not self._words_in_document(rule.words):
            return False  # a firm's own figure, or no aggregate word anywhere (most documents)
        i = bisect.bisect_right(self._sentence_starts, sentence.start) - 1
        first = i
        while first > 0 and self.sentences[first - 1].paragraph == sentence.paragraph:
            first -= 1
        start = self.sentences[first].start if i >= 0 else sentence.start
        paragraph = self.ptext[start:sentence.end].lower()
        return any(w in paragraph for w in rule.words) and not any(w in paragraph for w in rule.keep)

    def _retail_context(self, sentence: Sentence) -> str:
        """The words that say what a 成交额 or 客单价 figure is of: a row's table header, caption
        and label, else the sentence (lower case)."""
        t = self.ptext
        if not sentence.is_row:
            return t[sentence.start:sentence.end].lower()
        spans = list(sentence.header or ())
        spans += [s for s in (sentence.caption, sentence.label) if s is not None]
        return " ".join(t[s.start:s.end] for s in spans).lower()

    def _retail_document(self) -> bool:
        """A document about a shopping festival (年货节, 大促: ``facts_words.csv``
        ``retail_festival``) that names no exchange trading anywhere (``exchange_trading``)."""
        key = ("retail_document",)
        if key not in self._row_cache:
            low = self.ptext.lower()
            self._row_cache[key] = any(w in low for w in _RETAIL_FESTIVAL) \
                and not any(w in low for w in _EXCHANGE_TRADING)
        return self._row_cache[key]

    def _retail_platform_sales(self, q, theme: str, metric: str, cls: str, clause: Span,
                               sentence: Sentence) -> tuple[str, str]:
        """``年货节期间AI学习机成交额同比增长73%``, a ``品类 | 成交额同比 | 客单价（元）`` table: what
        a product category sells on a shopping platform is its GMV (market: ``gmv``,
        ``gmv_growth``, ``share_of_gmv`` and its change in pp, ``gmv_growth_multiple``), and its
        客单价 a price per order (pricing, ``average_order_value``), not a stock's turnover nor
        a firm's revenue per customer. The sentence (a row: its table's header, caption and label)
        names the platform (``facts_words.csv`` ``retail_platform``) or the document is a
        festival's; a word of exchange trading (``exchange_trading``: 两市, 个股) keeps the
        turnover a market's."""
        if not metric.startswith(_RETAIL_METRICS) or theme not in ("valuation", "earnings"):
            return theme, metric
        context = self._retail_context(sentence)
        if any(w in context for w in _EXCHANGE_TRADING):
            return theme, metric
        for w in _RETAIL_PLATFORM_NOT:
            context = context.replace(w, "")  # 京东方 names no platform
        if not any(w in context for w in _RETAIL_PLATFORM) and not self._retail_document():
            return theme, metric
        if metric.startswith("revenue_per_customer"):
            return "pricing", _RETAIL_METRIC["order_value" if cls in ("money", "price") else "order_value_change"]
        if theme != "valuation" or cls not in ("money", "price", "multiple", "pp", "ratio"):
            return theme, metric
        t = self.ptext
        if sentence.is_row:
            before = " ".join(t[h.start:h.end] for h in self._column_header(sentence, q))
        else:
            before = t[clause.start:q.start]
        # 在智能音箱品类中的成交额占比为37%: a share of the category's GMV; 成交额占比 alone: of the platform's
        share = "占" in before or "份额" in before
        category = "品类" in before or not sentence.is_row and "品类" in t[sentence.start:q.start]
        kind = ("category_share" if category else "share") if share or cls == "pp" else None
        if cls in ("money", "price"):
            kind = "money"
        elif cls == "pp":
            kind += "_change"
        elif cls == "multiple" or not share:
            kind = cls
        return "market", _RETAIL_METRIC[kind]

    def _restated_ratio(self, q, prev, sentence: Sentence) -> bool:
        """``研发开支占收入的比例超过百分之八百，就是收入的八倍多``: a multiple led by a restating word
        (``facts_words.csv`` ``restatement_lead``: 就是, 也就是, 即) right after a ratio of the same
        sentence with the same value says that ratio again: one claim, not a growth multiple."""
        if prev.unit != "ratio" or prev.end < sentence.start or abs(prev.value - q.value) > 1e-9 * max(1.0, abs(q.value)):
            return False
        between = self.ptext[prev.end:q.start]
        return len(between) <= 16 and any(w in between for w in _RESTATEMENT_LEADS)

    def _seller_document(self) -> bool:
        """The document says the reporting firm provides the service (``facts_words.csv``
        ``seller_side``: 乙方, 为甲方提供): an A-share 重大合同 announcement of a sale."""
        key = ("seller_document",)
        if key not in self._row_cache:
            self._row_cache[key] = any(w in self.ptext for w in _SELLER_SIDE)
        return self._row_cache[key]

    def _seller_contract(self, q, theme: str, metric: str, cls: str, clause: Span,
                         sentence: Sentence) -> tuple[str, str]:
        """``由公司为甲方提供算力服务，合同金额约86.4亿元，服务期限8年``, ``与某头部互联网公司签署算力
        服务合同``: a contract the reporting firm signs as the seller (乙方, 为甲方提供, or a service
        contract with an unnamed customer 与某…) is its future revenue: earnings
        (``contract_value``, ``contract_value_annual_average`` after 年均, ``contract_term``,
        ``contract_prepayment``), not a buyer's capex; a purchase word (采购, 租用) keeps the
        buyer's. ``公司在手订单对应的IT负载约1.2GW``: the power load of an order backlog is the
        backlog's (earnings ``order_backlog_it_load``), not a data centre's capacity."""
        t = self.ptext
        if cls == "watts" and theme == "compute":
            before = t[clause.start:q.start]
            if "在手" in before and "订单" in before:
                return "earnings", _SELLER_METRIC["backlog_load"]
            return theme, metric
        if theme != "capex" or metric not in _SELLER_METRIC:
            return theme, metric
        text = t[sentence.start:sentence.end]
        if any(w in text for w in _PURCHASE_SIDE):
            return theme, metric
        seller = any(w in text for w in _SELLER_SIDE) or self._seller_document() or (
            "与某" in text and any(w in text for w in _SERVICE_CONTRACT)) \
            or _UNNAMED_CUSTOMER.search(text) is not None or self._customer_column(sentence)
        if not seller:
            return theme, metric
        if metric == "compute_contract" and "年均" in t[max(clause.start, q.start - 4):q.start]:
            return "earnings", _SELLER_METRIC["annual"]  # 折合年均约10.8亿元
        return "earnings", _SELLER_METRIC[metric]

    def _term_column(self, sentence: Sentence, q) -> bool:
        """True for a cell under a term header (``期限``, ``租期``: ``facts_words.csv``
        ``term_lead``) in a table with a caption."""
        return sentence.caption is not None and any(
            self.ptext[h.start:h.end].strip().startswith(_TERM_LEAD) for h in self._column_header(sentence, q))

    def _customer_column(self, sentence: Sentence) -> bool:
        """True for a table row under a header naming the customer (``客户类型``, ``客户``): each
        row is a contract its firm sells."""
        return sentence.is_row and bool(sentence.col_headers) and any(
            w in self.ptext[h.start:h.end] for col in sentence.col_headers for h in col for w in _CUSTOMER_WORDS)

    def _gpu_hour_price_change(self, q, theme: str, metric: str, cls: str, sentence: Sentence) -> tuple[str, str]:
        """``| 卡型 | 12月成交价（元/卡·时） | 1月成交价（元/卡·时） | 环比 |``: a growth column of a
        table whose other columns are rental prices per GPU-hour is the change of that price
        (pricing), whatever the row's chip or the header's 成交 would make it."""
        if cls != "ratio" or theme == "pricing" or not sentence.is_row or not sentence.col_headers \
                or not self._growth_column(sentence, q):
            return theme, metric
        if any(self._label_per(h) == "gpu hour" for col in sentence.col_headers for h in col):
            return "pricing", "price_change"
        return theme, metric

    def _per_capacity_capex(self, theme: str, metric: str, hit, sentence: Sentence) -> tuple[str, str]:
        """``单MW投资约1200万元``, a row ``单MW投资（万元）``: money put in per unit of power capacity
        is the capex of one unit (``capex_per_mw``, theme capex), whatever the investment word
        alone would make it (an equity investment). The unit must stand right before the keyword
        (``facts_words.csv`` ``per_capacity`` / ``capacity_unit``); a figure of the same sentence
        that reads that keyword again with none of its own (``约为…的2.5倍``) is of the same
        per-unit capex (``capex_per_mw_multiple``)."""
        if not metric.startswith(_PER_CAPACITY_BASES):
            return theme, metric
        m = _PER_CAPACITY.search(self.ptext, max(0, hit.start - 8), hit.start) if hit is not None else None
        if m is not None:
            unit = _CAPACITY_UNIT[m.group("unit").lower()]
            self._capacity_unit = (sentence.start, unit)
        elif hit is None and self._capacity_unit[0] == sentence.start:
            unit = self._capacity_unit[1]
        else:
            return theme, metric
        base = next(b for b in _PER_CAPACITY_BASES if metric.startswith(b))
        return "capex", f"capex_per_{unit}{metric[len(base):]}"

    def _level_change(self, metric: str, cls: str, q, hit) -> str:
        """``ETF份额增加3.1亿份``: the number after a rise or fall word is the change of a level
        (``etf_units_change``; ``减少`` made it negative), not the level; ``份额增至``/``份额为``
        state the level (``facts_words.csv`` ``level_change_metric``, ``level_change``)."""
        if metric not in _LEVEL_CHANGE_METRICS or cls not in ("count", "money") or hit is None \
                or not hit.end <= q.start <= hit.end + 12:
            return metric
        # 减少1.2亿: the fall word may be read into the quantity itself, before its first digit
        digit = _HAS_DIGIT.search(self.ptext, q.start, q.end)
        upto = digit.start() if digit is not None else q.start
        return f"{metric}_change" if _LEVEL_CHANGE.search(self.ptext, hit.end, upto) else metric

    def _level_change_column(self, metric: str, cls: str, sentence: Sentence, q) -> str:
        """``份额变动（亿份）`` over ``+15.2``, ``市值变动（亿元）``: a level (``level_change_metric``)
        read in a column whose header writes a change word (``change_header``: 变动, 增减) is the
        level's change (``etf_units_change``), as a rise word before the number makes it in prose
        (:meth:`_level_change`)."""
        if metric not in _LEVEL_CHANGE_METRICS or cls not in ("count", "money"):
            return metric
        heads = self._column_header(sentence, q)
        if not any(w in self.ptext[h.start:h.end] for h in heads for w in _CHANGE_HEADER):
            return metric
        return f"{metric}_change"

    def _fund_size(self, theme: str, metric: str, entities, fund_phrase: bool) -> tuple[str, str]:
        """``科创芯片ETF规模突破400亿元``: the size of a fund (an entity written with ETF, 基金, or a
        bare size word of a fund phrase: :meth:`_fund_phrase`) is the assets it holds
        (``fund_size``, valuation like other fund figures), not a market size."""
        if not metric.startswith("market_size") or not (entities or fund_phrase):
            return theme, metric
        if not fund_phrase and not self._is_fund(entities[0]):
            return theme, metric
        return "valuation", "fund_size" + metric[len("market_size"):]

    def _fund_units(self, theme: str, metric: str, entities, fund_phrase: bool) -> tuple[str, str]:
        """``某ETF年初以来份额减少3.9%``: a bare 份额 (share) of a fund (an entity written with ETF,
        基金, or a fund phrase) is its units outstanding, and a percentage of them their growth
        (``etf_units_growth``, valuation like other fund figures), not a market share."""
        if metric not in _FUND_UNIT_METRICS or not (entities or fund_phrase):
            return theme, metric
        if not fund_phrase and not self._is_fund(entities[0]):
            return theme, metric
        return "valuation", _FUND_UNIT_METRICS[metric]

    def _is_fund(self, e) -> bool:
        """An entity written with a fund noun (ETF, 基金) in its text or its name."""
        return _FUND_NOUN.search(self.ptext, e.start, e.end) is not None or _FUND_NOUN.search(e.name) is not None

    def _fund_phrase(self, hit, sentence: Sentence) -> bool:
        """``芯片类ETF总规模突破2400亿元``, ``某基金完成终关，规模25亿元``, ``衡泰半导体ETF | … | 486.3``
        under ``月末规模``: a bare size or share word (``fund_bare_word``) whose nearest noun before
        it in the sentence is a fund noun, no other name between them, or a row whose text cell names a fund,
        measures the fund, even when the subject read is none or a concept inside the fund's name
        (半导体 of 衡泰半导体ETF)."""
        if sentence.is_row:  # a text cell (the label, a name column beside a rank) names the fund
            return any(_FUND_NOUN.search(self.ptext, c.start, c.end) is not None for c in sentence.clauses
                       if not is_value_cell(self.ptext[c.start:c.end]))
        if hit is None or self.ptext[hit.start:hit.end] not in _FUND_BARE_WORDS:
            return False  # most facts: a cheap test of the keyword's own text
        fund = _last_match(_FUND_NOUN, self.ptext, sentence.start, hit.start)
        return fund is not None and not self._candidates(fund.end(), hit.start)

    def _plan_fund(self, theme: str, metric: str, q, clause: Span) -> tuple[str, str]:
        """``设立规模100亿元的算力产业基金`` in a place's policy plan: the size of a fund the plan
        sets up is money it commits to infrastructure (``fund_size``, capex: SCHEMA puts
        multi-year infrastructure plans there), not a market size."""
        if self.plan_place is None or not metric.startswith("market_size") or q.kind != "money":
            return theme, metric
        if _FUND_NOUN.search(self.ptext, q.end, clause.end) is None:
            return theme, metric
        return "capex", "fund_size" + metric[len("market_size"):]

    def _plan_support(self, q, cls: str, clause: Span, sentence: Sentence):
        """``对企业租用智能算力按合同金额的25%给予补贴，单家企业每年最高300万元`` in a place's own
        plan: a share or an amount of the support the plan gives (``plan_support``: 补贴, 资助) is
        a fact of the plan's money (capex, like the funds it sets up): its rate (``subsidy_rate``),
        its cap after 最高 or 不超过 (``subsidy_cap``, ``_per_firm`` after 单家企业) or its amount.
        The support word is the clause's own (before the number, else after it: 给予最高5000万元
        综合资助), else the last one before the number in the sentence; what it pays for
        (``plan_programme``: 算力 -> compute vouchers) is noted for the entity. None outside a
        plan (where such figures are no facts), for other numbers and sentences without such a word."""
        if cls not in ("money", "ratio") or "subsidy" not in self._roles_in(sentence):
            return None  # most sentences of a plan: a cached set test
        words = list(_PLAN_SUPPORT_WORD.finditer(self.ptext, sentence.start, clause.end))
        own = [m for m in words if m.start() >= clause.start]
        before = [m for m in (own or words) if m.end() <= q.start]
        after = [m for m in own if m.start() >= q.end]
        word = before[-1] if before else after[0] if after else None
        if word is None:
            return None
        lead = self.ptext[clause.start:q.start]
        if cls == "ratio":
            metric = f"{_PLAN_SUPPORT[word.group()]}_rate"
        elif q.qualifier == "at_most" or _PLAN_SUPPORT_CAP.search(lead) is not None:
            metric = f"{_PLAN_SUPPORT[word.group()]}_cap"
        else:
            metric = _PLAN_SUPPORT[word.group()]
        if cls == "money" and _PLAN_PER_FIRM.search(lead) is not None:
            metric += "_per_firm"
        paid = _last_match(_PLAN_PROGRAMME_WORD, self.ptext, sentence.start, max(q.start, word.end()))
        self._plan_support_of[q.start] = _PLAN_PROGRAMME[paid.group()] if paid is not None else ""
        return kw.Keyword(word=word.group(), theme="capex", metrics={cls: metric}, negative=False,
                          min_abs=0.0), metric, None

    def _price_subsidy(self, q, cls: str, clause: Span):
        """``按售价15%补贴``, ``补贴标准为售价的15%``, ``每件最高补贴500元``: a subsidy stated as a
        share of the price a buyer pays (``price_subsidy_base`` before the percent in its clause)
        or per unit bought (``price_subsidy_unit`` before the amount) lowers what buyers pay: a
        price term (pricing ``subsidy_rate``, ``subsidy_per_unit``, ``max_`` after 最高), where a
        policy's support to firms (``给予最高30%的补贴``, ``单个企业补贴不超过1000万元``) stays no fact.
        The caller asks only in clauses holding a subsidy word; None for other numbers."""
        lead = self.ptext[clause.start:q.start]
        if cls == "ratio" and _PRICE_SUBSIDY_BASE.search(lead) is not None:
            metric = "subsidy_rate"
        elif cls in ("money", "price") and _PRICE_SUBSIDY_UNIT.search(lead) is not None:
            capped = q.qualifier == "at_most" or _PLAN_SUPPORT_CAP.search(lead) is not None
            metric = "max_subsidy_per_unit" if capped else "subsidy_per_unit"
        else:
            return None
        self._price_subsidy_at.add(q.start)
        return kw.Keyword(word="补贴", theme="pricing", metrics={cls: metric}, negative=False,
                          min_abs=0.0), metric, None

    def _plan_goal(self, q, cls: str, metric: str, period: str, entities: list[_Ent], clause: Span,
                   sentence: Sentence) -> tuple[str, list[_Ent]]:
        """A figure of a place's own plan, named for what the plan does with it: a count or share
        it aims at (``到2027年，集聚人工智能企业1200家以上``, ``绿电使用比例不低于80%``) is a goal
        (``_target``), unless its period ends before the plan was published (what the place has
        already reached); one stated per year (``每年发布不少于80个``, ``plan_per_year``) gets
        ``_per_year``; a count of firms (``plan_firm_metric``) is of the place's firms of the
        industry named last before it, else in the title (``Qingcheng AI firms``); a support
        figure is of the programme it pays for (``Qingcheng compute vouchers``), else of the place.
        Outside a plan, and in its tables, nothing changes."""
        base = metric
        lead = self.ptext[clause.start:q.start]
        if _PLAN_PER_YEAR.search(lead) is not None:
            metric += "_per_year"
        programme = self._plan_support_of.get(q.start)
        if programme is not None:
            name = f"{self.plan_stem} {programme}" if programme else self.plan_place.name
            return metric, [_Ent(q.start, q.end, name, "concept")]
        if cls in _PLAN_GOAL_CLASSES and not self._plan_reached(period):
            metric += "_target"
        if base in _PLAN_FIRM_METRICS:
            named = _last_match(_PLAN_INDUSTRY_WORD, self.ptext, sentence.start, q.start)
            industry = _PLAN_INDUSTRY[named.group().lower()] if named is not None else self.plan_industry
            name = " ".join(w for w in (self.plan_stem, industry, "firms") if w)
            entities = [_Ent(q.start, q.end, name, "concept")]
        return metric, entities

    def _dates_own_figure(self, p, end: int) -> bool:
        """Whether a period after a number opens a clause with a figure of its own before ``end``
        (``…，智算中心绿电使用比例2027年达到60%``): that figure's time, not the number's before it."""
        shut = min((i for i in (self.ptext.find(c, p.end, end) for c in "，,；;。") if i >= 0), default=end)
        return bool(self.quantities.within(p.end, shut))

    def _opens_own_statement(self, p, end: int) -> bool:
        """Whether a period after a number opens a clause of its own (only a few lead words
        before it, ``其2025年…``) that names its own metric and states its own figure before
        ``end`` (``其2025年收入预计增长20%``): the time of that statement, not of the number before."""
        lead = max(0, p.start - _OWN_STATEMENT_LEAD - 1)
        opened = max(self.ptext.rfind(c, lead, p.start) for c in "，,")
        if opened < 0 or self.quantities.within(opened, p.start):
            return False
        shut = min((i for i in (self.ptext.find(c, p.end, end) for c in "，,；;。") if i >= 0), default=end)
        figures = self.quantities.within(p.end, shut)
        return bool(figures) and bool(self.keywords.within(p.end, figures[0].start))

    def _later_forecast(self, p) -> bool:
        """Whether a period after a number heads a later comma clause (a few lead words at most,
        no figure between the comma and it) that looks ahead (``ahead_marker``: 预计, 将, 有望,
        before or after the period) and states its own figure (``发行规模24.7亿元，预计2025年分派率4.9%``,
        ``集群约有6.7万张GPU，CEO称2026年算力将再翻两番``): the time of that forecast, not of the
        figure stated before it, whatever its measure."""
        clause = self._later_clause(p)
        if clause is None:
            return False
        opened, shut = clause
        figures = self.quantities.within(p.end, shut)
        return bool(figures) and _AHEAD.search(self.ptext, opened, figures[0].start) is not None

    def _later_clause(self, p) -> tuple[int, int] | None:
        """The later comma clause the period ``p`` heads: the comma opening it, a few lead words
        at most before ``p`` with no figure between, and where the clause shuts (the next clause
        break); None when ``p`` heads no such clause."""
        t = self.ptext
        lead = max(0, p.start - _LATER_FIGURE_LEAD - 1)
        opened = max(t.rfind("，", lead, p.start), t.rfind(",", lead, p.start))
        if opened < 0 or self.quantities.within(opened, p.start):
            return None  # the common case: no comma just before the period
        brk = _CLAUSE_BREAK.search(t, p.end)
        return opened, brk.start() if brk is not None else len(t)

    def _plan_reached(self, period: str) -> bool:
        """Whether a plan's figure is of a time that ended before the plan was published
        (``2025年全省算力规模达到20 EFLOPS`` in a plan of 2026): a level reached, no goal."""
        years = re.findall(r"\d{4}", period or "")
        return bool(years) and self.published is not None and int(years[-1]) < self.published.year

    def _growth_of_keyword(self, q, clause: Span):
        """``DAU环比增长超过2倍``: a growth word makes any metric keyword of the clause a growth metric."""
        # a word that names a count only when it is written in tokens (每天, 处理: token_only_count)
        # names no measure whose growth this is (处理效率提升30%)
        hits = [h for h in self.keywords.within(clause.start, clause.end)
                if h.end <= q.start and h.word not in _TOKEN_ONLY_COUNT]
        if not hits:
            return None
        k = kw.keyword(hits[-1].word)
        base = k.metrics.get("count") or k.metrics.get("money") or next(iter(k.metrics.values()))
        return k, f"{base}_growth", hits[-1]

    def _cell_index(self, sentence: Sentence, q) -> int | None:
        """Which cell of a row (clause of a sentence) holds ``q`` (asked several times per value)."""
        key = (sentence.start, q.start)
        idx = self._cell_of.get(key, -1)
        if idx == -1:
            idx = self._cell_of[key] = next((i for i, c in enumerate(sentence.clauses) if c.start <= q.start < c.end), None)
        return idx

    def _clause_of(self, sentence: Sentence, q) -> Span | None:
        """The clause (a row: the cell) holding ``q``, None when it falls between them; several
        rules ask it for each figure, and a scan of the clauses cost more than the memo."""
        idx = self._cell_of.get((sentence.start, q.start), -1)
        if idx == -1:
            idx = self._cell_index(sentence, q)
        return None if idx is None else sentence.clauses[idx]

    def _column_header(self, sentence: Sentence, q) -> tuple[Span, ...]:
        """The header cells above a quantity's cell (top line first), for a table row."""
        if not sentence.is_row or not sentence.col_headers:
            return ()
        idx = self._cell_index(sentence, q)
        return () if idx is None else sentence.col_headers[idx]

    def _fall_column(self, sentence: Sentence, q) -> bool:
        """True when the header over a cell names the size of a cut (``降幅(%)``, ``下调幅度``:
        ``facts_words.csv`` ``fall_header``), so its unsigned number is a fall."""
        return any(self.ptext.find(word, h.start, h.end) >= 0
                   for h in self._column_header(sentence, q) for word in _FALL_HEADER)

    def _counts_shares(self, sentence: Sentence, q) -> bool:
        """A count of shares: 股 right after the number (``860万股``), or in the column header
        or caption of its cell (``解禁数量(万股)``)."""
        if self.ptext.startswith("股", q.end):
            return True
        return any("股" in self.ptext[sp.start:sp.end] for sp in self._column_header(sentence, q)) \
            if sentence.is_row else False

    def _names_chips(self, span: Span) -> bool:
        """Whether ``span`` names chips, processors or optical modules: a ``chip_object`` word
        (芯片, GPU, 光模块, 颗) or, in a document about optical modules, a speed grade before what
        is measured of it (``800G出货``, ``1.6T产品``)."""
        if self._role_hits(span.start, span.end, "chip_object"):
            return True
        return self._optical and _GRADED_PRODUCT.search(self.ptext, span.start, span.end) is not None

    def _shipment_counter(self, sentence: Sentence, q) -> str:
        """The counter of a prose shipment figure: the one right after a count (``出货205万台``),
        for a growth the one after the last count before it in its sentence (``出货205万台，同比增长
        24.3%``: the growth of units counted in 台); empty in a table or with no counter."""
        if sentence.is_row:
            return ""
        if q.unit == "count":
            return self.ptext[q.end:q.end + 1]
        last = None
        for last in _COUNT_AND_COUNTER.finditer(self.ptext, sentence.start, q.start):
            pass
        return last.group(1) if last is not None else ""

    def _counts_devices(self, sentence: Sentence, q) -> bool:
        """Whether a prose shipment figure counts machines (``出货205万台``, and its growth): servers
        are market by SCHEMA's boundaries even where the sentence names the chips they carry
        (``AI服务器（搭载GPU或ASIC加速芯片）出货205万台``)."""
        return self._shipment_counter(sentence, q).startswith(_DEVICE_COUNTERS)

    def _ships_chips(self, sentence: Sentence, q) -> bool:
        """Whether a shipment figure counts chips, processors or optical modules: its sentence
        names them, or its counter is one of chips or cards (``昇腾出货约45万片``: no chip word, the
        chip's name alone; not a panel's 片); a table cell, as its caption or the header over its
        column says (``800G出货 2025E`` over ``某公司 | 520``); a bullet item naming no product, as
        the line over its list says (``芯片出货方面：`` over ``- 某公司：出货约310万套``)."""
        if self._names_chips(sentence):
            return True
        if self._shipment_counter(sentence, q).startswith(_CHIP_COUNTERS) \
                and not any(w in self.ptext[sentence.start:sentence.end] for w in _CHIP_COUNTER_NOT):
            return True
        if sentence.is_row:
            spans = list(self._column_header(sentence, q))
            if sentence.caption is not None:
                spans.append(sentence.caption)
            return any(self._names_chips(s) for s in spans)
        lead = self._bullet_lead(sentence)
        return lead is not None and self._names_chips(lead)

    def _bullet_lead(self, sentence: Sentence) -> Span | None:
        """The line over the list a bullet item (``- 某公司：…``) stands in: back over the other
        items to the first line that is none; None for a sentence that is no item or a list
        with no lead line (a blank line first)."""
        text = self.ptext
        if text[sentence.start:sentence.start + 3].lstrip()[:1] not in _BULLETS.strip():
            return None  # cheap pre-check: most sentences open on no bullet
        return self._line_over_list(sentence.start + 1)

    def _line_over_list(self, start: int) -> Span | None:
        """The first line before the last line break before ``start`` that is no bullet item
        (back over the other items); None when a blank line comes first (no lead line)."""
        text = self.ptext
        at = text.rfind("\n", 0, start)
        while at > 0:
            line_start = text.rfind("\n", 0, at) + 1
            line = text[line_start:at].strip()
            if not line:
                return None
            if line[:1] not in _BULLETS.strip():
                return Span(line_start, at)
            at = line_start - 1
        return None

    def _chip_shipment_share(self, q, sentence: Sentence) -> bool:
        """``硅光产品出货量占高速光模块的比例约为35%``: a product's share of the shipments of chips or
        optical modules (the words before 占 end on a shipment word and name no firm; they or the
        whole after 占 name such products) is a product mix (compute); a firm's share of them (``某公司出货量占全球…``) and a
        figure a market word keeps (份额, 市场) stay market shares."""
        text = self.ptext
        at = text.rfind("占", sentence.start, q.start)
        if at < 0:
            return False  # cheap pre-check: no 占 before the share
        part_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, sentence.start, at)), default=sentence.start)
        part = Span(part_start, at)
        if not text[part.start:part.end].rstrip().endswith(_SHIPMENT_PARTS):
            return False
        if any(w in text[sentence.start:sentence.end] for w in _SHARE_KEEP_WORDS):
            return False
        if any(e.type == "company" for e in self._candidates(part.start, part.end)):
            return False  # a firm's shipments over the whole: its market share
        return self._names_chips(Span(part.start, q.start))  # the product or the whole it is a part of

    def _table_spans(self, sentence: Sentence, q) -> list[Span]:
        """Where a cell's context lives, nearest first: header cell, row label, caption."""
        if not sentence.is_row:
            return []
        spans = list(reversed(self._column_header(sentence, q)))
        label = sentence.label
        if label is not None and not (label.start <= q.start < label.end):
            spans.append(label)
            if sentence.label_tail is not None:
                spans.append(sentence.label_tail)  # …扣除非经常 ⏎ 性损益的净利润: the metric words wrapped
            spans.extend(h for h in self._row_head_metrics(sentence) if h.end <= q.start)
        if sentence.caption is not None:
            spans.append(sentence.caption)
        return spans

    def _row_head_metrics(self, sentence: Sentence) -> list[Span]:
        """``星联科技　EPS（元）　1.02　1.48`` under year columns: a row head in two cells, the
        firm's and the metric's; the text cells right of the label, before the row's first
        value, that name a metric (read once per row)."""
        key = (sentence.start, "row_head_metrics")
        found = self._row_cache.get(key)
        if found is None:
            found = []
            cells = sentence.clauses
            if sentence.label is not None and len(cells) > 2 and cells[0] == sentence.label:
                for cell in cells[1:-1]:
                    if is_value_cell(self.ptext[cell.start:cell.end]) or (
                            has_digit(self.ptext, cell) and not self._period_label_cell(cell)):
                        break
                    if any(kw.keyword(h.word).metrics for h in self.keywords.within(cell.start, cell.end)):
                        found.append(cell)
            self._row_cache[key] = found
        return found

    def _label_is_only_models(self, label: Span) -> bool:
        """True when every metric keyword of a row label lies inside the name of a model or
        product the label names (``H100 SXM``: the keyword H100 is the card's name)."""
        hits = self.keywords.within(label.start, label.end)
        if not hits:
            return False
        names = [e for e in self._candidates(label.start, label.end) if e.type in ("model", "product")]
        return bool(names) and all(any(e.start <= h.start and h.end <= e.end for e in names) for h in hits)

    def _period_label_cell(self, cell: Span) -> bool:
        """A label cell whose only digits are a period (``2024年营业收入``, ``2024年末在手订单``):
        it names a metric like a label cell with no digit (the period is read by _table_period)."""
        if _FIRST_DIGIT.search(self.ptext, cell.start, cell.end) is None:
            return False
        covered = [(p.start, p.end) for p in self.periods.within(cell.start, cell.end)]
        if not covered:
            return False
        return all(any(a <= m.start() < b for a, b in covered)
                   for m in _FIRST_DIGIT.finditer(self.ptext, cell.start, cell.end))

    def _table_keywords(self, sentence: Sentence, q, caption: bool = False) -> list:
        if not sentence.is_row and sentence.label is None and sentence.caption is None:
            return []  # prose has no cells, label or caption: asked for every figure of it
        cell = self._clause_of(sentence, q) if sentence.is_row else None
        if cell is not None and not is_value_cell(self.ptext[cell.start:cell.end]) \
                and q.start not in self.year_like_cells \
                and not _value_and_change_cell(self.ptext[cell.start:cell.end]) \
                and not self._trillion_parameter_cell(sentence, q, cell) \
                and not _BARE_RANGE.fullmatch(self.ptext[cell.start:cell.end].strip()) \
                and not _PERCENT_RANGE.fullmatch(self.ptext[cell.start:cell.end].strip()) \
                and self.ptext[cell.start:cell.end].strip() not in _FLAT_CELLS:
            # 100种语言互译: a number inside a text cell is not the column's value; a range cell
            # (12.0~15.0 under 预告净利润（亿元）) is, and so is a no-change word (持平, see
            # _with_flat_cells)
            return []
        spans = self._table_spans(sentence, q)
        label = sentence.label
        if label is not None and sentence.caption is not None and not caption and any(
                e.type == "concept" for e in self.entities.within(label.start, label.end)) and \
                self.keywords.within(sentence.caption.start, sentence.caption.end):
            # 分季度收入 | 数据中心 391: a segment label; the caption names the metric
            spans = [sp for sp in spans if sp != label] + [sentence.caption]
        elif sentence.caption is not None:
            spans = [sp for sp in spans if (sp == sentence.caption) == caption]
            if not caption and label is not None and self._label_is_only_models(label) and \
                    self.keywords.within(sentence.caption.start, sentence.caption.end):
                # H100 SXM | 2.10 | -12% under GPU租赁价格（美元/卡时）…较上季度: a model's name as
                # the row label is whose figures they are; the caption names what they measure
                spans = [sp for sp in spans if sp != label]
        if label is not None and label in spans and self._column_entity(sentence, q) is not None:
            # 单MW投资（万元） under 通用数据中心: the header names whose value it is, the label what it measures
            spans = [label] + [sp for sp in spans if sp != label]

        # in a caption the head noun comes last (盈利预测对应估值（PE）): read its keywords backwards;
        # so in a metric cell of a row head (2024年数据中心业务收入: a revenue, not a data-centre figure)
        heads = self._row_head_metrics(sentence) if sentence.is_row and not caption else ()
        out = [h for span in spans for h in (reversed(self.keywords.within(span.start, span.end))
                                              if caption or span in heads
                                              else self.keywords.within(span.start, span.end))]
        if caption and sentence.caption is not None and len(out) > 1:
            # 供应商份额（按出货量）: a bracket saying what the head noun is counted by qualifies
            # it; its words name the metric only when nothing outside does (估值（PE）: a bracket
            # naming the measure itself keeps its place)
            cap = sentence.caption
            inside = [(m.start(), m.end()) for m in _CAPTION_BRACKET.finditer(self.ptext, cap.start, cap.end)]
            if inside:
                out.sort(key=lambda h: any(a <= h.start < b for a, b in inside))
        return out

    def _share_per(self, quantities):
        """``输入价格为每百万tokens 4元，输出价格16元``: a token volume holds for the prices after it.

        Only across a sentence, and only for amounts right after a price keyword (输出价格16元).
        """
        out, per = [], None
        for q in quantities:
            if q.kind == "price" and q.per and "tokens" in q.per:
                per = q.per
            elif per and q.kind == "money" and not q.per and any(
                    "price" in kw.keyword(h.word).metrics for h in self.keywords.before(q.start, q.start - 8)):
                q = _with_fields(q, per=per, kind="price")
            out.append(q)
        return out

    def _with_per_before(self, q, sentence: Sentence):
        """``每百万tokens 0.5元``: a rate written before the price applies to it."""
        if q.kind != "money" or q.per:
            return q
        clause = self._clause_of(sentence, q)
        lo = clause.start if clause is not None else sentence.start
        m = _last_match(_PER_BEFORE, self.ptext, lo, q.start)
        if m is None:
            return q
        return _priced_per_volume(q, m.group(1))

    def _rate_changed_to(self, m: re.Match, q, lo: int) -> bool:
        """``月租已从约16万元涨到近18.4万元``: the level a rate reached, written after the rate's
        first price with 从/由 before that price and a verb ending in 至/到/为 between them, is a
        price per the same rate as the first."""
        before = self.quantities.within(m.end(), q.start)
        if not before:
            return False
        p = before[-1]
        return (_CHANGE_TO.fullmatch(self.ptext, p.end, q.start) is not None
                and _CHANGE_FROM.search(self.ptext, max(lo, p.start - 2), p.start) is not None
                and _RATE_BEFORE_GAP.fullmatch(self.ptext, m.end(), max(m.end(), p.start - 1)) is not None)

    def _with_rate_before(self, q, sentence: Sentence):
        """``A800每卡每小时约9元``, ``8卡整机月租约6万元``: a rental rate written just before an
        amount (``facts_words.csv`` ``rate_before``) makes it a price per that rate (``gpu hour``,
        ``month``), as ``9元/卡时`` written after it does; a price per piece (``月租约4.5万元/台``)
        is per the rate too."""
        if (q.kind != "money" or q.per) and not (q.kind == "price" and q.per and q.per.strip() in _PER_UNNAMED):
            return q
        clause = self._clause_of(sentence, q)
        lo = max(clause.start if clause is not None else sentence.start, q.start - 24)
        if "每" not in self.ptext[lo:q.start] and "租" not in self.ptext[lo:q.start]:
            return q  # cheap pre-check: every rate word holds one of them
        m = _last_match(_RATE_BEFORE, self.ptext, lo, q.start)
        if m is None:
            return q
        if not _RATE_BEFORE_GAP.fullmatch(self.ptext, m.end(), q.start) \
                and not self._rate_changed_to(m, q, lo):
            return q
        word = next(w for w in _RATE_BEFORE_WORDS if w.lower() == m.group(0).lower())
        return _with_fields(q, per=_RATE_BEFORE_WORDS[word], kind="price")

    def _with_billing_rate_before(self, q, sentence: Sentence):
        """``Veo 3 Fast 只要每秒0.15美元``, ``每分钟 $0.006``, ``基础版仍为每月10美元``: an amount
        right after the time a service bills by (``facts_words.csv`` ``billing_rate_before``,
        at most a link word between) is a price per that time, as ``0.15美元/秒`` written after
        it is (``price_per_second``). An amount its clause names as a spend or an income
        (``资本开支每年约500亿美元``, ``每年100亿元的研发投入``) stays that amount."""
        if q.kind != "money" or q.per:
            return q
        lo = max(0, q.start - _BILLING_RATE_REACH)
        before = self.ptext[lo:q.start]
        if "每" not in before and "付" not in before and "per" not in before.lower() and "a month" not in before:
            return q  # cheap pre-check: every billing rate word holds one of them
        m = _BILLING_RATE_BEFORE.search(self.ptext, lo, q.start)
        if m is None:
            return q
        clause = self._clause_of(sentence, q) or sentence
        if any("money" in (ms := kw.keyword(h.word).metrics) and "price" not in ms
               for h in self.keywords.within(clause.start, clause.end)):
            return q
        rate = m.group(0).lower()
        word = next(w for w in sorted(_BILLING_RATE_WORDS, key=len, reverse=True) if rate.startswith(w.lower()))
        return _with_fields(q, per=_BILLING_RATE_WORDS[word], kind="price")

    def _carried_rate(self, quantities):
        """``由每秒0.75美元降到0.40美元``, ``Standard 每月15美元、Pro 35美元``: a bare amount that a
        price per a rate changes to (由/从 before the price, a 至/到 verb between), or that comes
        next in a list of such prices (only a label after 、, no metric word), is a price per the
        same rate; so is a later change of the sentence written alike with no metric word since
        (``；B 从0.40美元砍到0.15美元``)."""
        if not any(q.kind == "price" and q.per for q in quantities):
            return quantities  # cheap pre-check: most sentences hold no rate
        out, rate = [], None
        for i, q in enumerate(quantities):
            p = out[-1] if out else None
            if q.kind == "money" and not q.per and p is not None and p.kind == "price" and p.per \
                    and (self._changed_from_price(p, q) or self._next_listed_price(p, q)):
                q = _with_fields(q, per=p.per, kind="price")
            elif q.kind == "money" and not q.per and rate is not None and i + 1 < len(quantities) \
                    and self._changed_from_price(q, quantities[i + 1]) \
                    and not self.keywords.within(rate.end, q.start):
                q = _with_fields(q, per=rate.per, kind="price")
            if q.kind == "price" and q.per:
                rate = q
            out.append(q)
        return out

    def _changed_from_price(self, p, q) -> bool:
        """``p`` the price a change starts from (由/从 before it) and ``q`` the level it reaches."""
        return _CHANGE_TO.fullmatch(self.ptext, p.end, q.start) is not None \
            and _RATE_CHANGE_FROM.search(self.ptext, max(0, p.start - 8), p.start) is not None

    def _next_listed_price(self, p, q) -> bool:
        """``q`` the next item after the price ``p`` of a list: a joiner and a short label, no metric word."""
        return _PRICE_LIST_NEXT.fullmatch(self.ptext, p.end, q.start) is not None \
            and not self.keywords.within(p.end, q.start)

    def _carried_token_per(self, sentence: Sentence, quantities):
        """``高于Foo-2的标价（输入2元、输出8元）`` after ``输入4元/百万tokens``, ``Bar-5输入6元``
        under ``价格单位均为元/百万tokens`` or a header ``输入（元/百万tokens）``: an amount right
        after a price side word (输入, 输出: ``grammar.csv`` input_side/output_side) is a price
        per the token volume the token pricing around it is stated in: a token price of the same
        sentence, else the last token rate written before it in the paragraph, else (for a
        sentence naming a model or firm) anywhere before in the document. ``Foo-3输入价是
        Foo-2（2元）的2倍``: an amount alone in brackets after a name, with a side's price word
        before, is one too. Without token pricing around it (``门票输入2元``) it stays money."""
        if not any(q.kind == "money" and not q.per for q in quantities):
            return quantities  # cheap pre-check: most sentences hold no bare amount
        sides = [h for h in self.grammar.within(sentence.start, sentence.end)
                 if self.roles[(h.start, h.end)] in ("input_side", "output_side")]
        if not sides:
            return quantities
        out = []
        for q in quantities:
            if q.kind == "money" and not q.per and (self._side_before(q, sides) or self._bracketed_base_price(q, sides)):
                volume = self._token_volume_for(sentence, q, quantities)
                if volume is not None:
                    q = _with_fields(q, per=volume, kind="price")
            out.append(q)
        return out

    def _side_before(self, q, sides) -> bool:
        """A side word straight before ``q``, only a link word between (``输入2元``, ``输出价为8元``)."""
        return any(h.end <= q.start and _SIDE_GAP.fullmatch(self.ptext, h.end, q.start) for h in sides)

    def _bracketed_base_price(self, q, sides) -> bool:
        """``Foo-3输入价是Foo-2（2元）的2倍``: ``q`` alone in brackets right after a name, a side's
        price word before it in its sentence."""
        t = self.ptext
        if t[q.start - 1:q.start] not in ("(", "（") or t[q.end:q.end + 1] not in (")", "）"):
            return False
        if not any(e.end == q.start - 1 for e in self._candidates(max(0, q.start - 40), q.start - 1)):
            return False
        return any(h.end <= q.start and t.startswith(_SIDE_PRICE, h.end) for h in sides)

    def _token_volume_for(self, sentence: Sentence, q, quantities) -> str | None:
        """The token volume (``1m tokens``) a bare amount of ``sentence`` is priced per: see
        :meth:`_carried_token_per`; None outside token pricing."""
        own = [o.per for o in quantities if o.kind == "price" and o.per and "token" in o.per]
        if own:
            return own[0]
        rates = self._token_rates()
        i = bisect.bisect_right(rates, (q.start,)) - 1
        if i < 0:
            return None
        at, volume = rates[i]
        if self.ptext.find("\n\n", at, q.start) < 0:
            return volume  # the paragraph prices in tokens
        named = [e for e in self._candidates(sentence.start, q.start) if e.type != "concept"]
        return volume if named else None

    def _token_rates(self) -> list[tuple[int, str]]:
        """(offset, token volume) of every token rate written in the document (``元/百万tokens``,
        ``$/1M tokens``), labels and priced amounts alike; read once per document."""
        if self._token_rate_list is None:
            self._token_rate_list = [(m.start(), per_tokens(parse_token_volume(m.group(1))))
                                     for m in _TOKEN_RATE.finditer(self.ptext)]
        return self._token_rate_list

    def _with_per_after(self, q, sentence: Sentence):
        """``输入2元、输出8元（每百万tokens）``: a rate in brackets closing a list of prices applies
        to every price of the list (nothing but prices and their side words between)."""
        if q.kind != "money" or q.per:
            return q
        m = _PER_AFTER.search(self.ptext, q.end, min(sentence.end, q.end + _PER_AFTER_REACH))
        if m is None or any(ch in self.ptext[q.end:m.start()] for ch in "。；;"):
            return q
        if any(o.kind != "money" for o in self.quantities.within(q.end, m.start())):
            return q
        return _priced_per_volume(q, m.group(1))

    def _with_table_unit(self, sentence: Sentence, q):
        """A bare number in a table takes the unit label of its header, row or caption (亿元)."""
        if q.kind != "number" or not _BARE_NUMBER.fullmatch(q.text.strip()) and not (
                q.value_high is not None and _BARE_RANGE.fullmatch(q.text.strip())
                and not _YEAR_RANGE.fullmatch(q.text.strip())):
            return q
        per_share = kw.word_group("per_share")  # its words are the keys
        label = sentence.label
        # EPS(摊薄/元) under a caption in 百万元: a per-share row is never scaled by the caption
        # (read once per row, asked by each of its cells)
        key = (sentence.start, "per_share_row")
        per_share_row = self._row_cache.get(key)
        if per_share_row is None:
            per_share_row = self._row_cache[key] = label is not None and any(
                kw.keyword(h.word).metrics.get("money") in per_share for h in self.keywords.within(label.start, label.end))
        key = (sentence.start, "table_unit_spans")  # the same for every cell of the row
        table_wide = self._row_cache.get(key)
        if table_wide is None:
            table_wide = self._row_cache[key] = self._corner_header(sentence) + self._heading_unit(sentence)
        if any(counter_label(self.ptext[h.start:h.end]) or self.ptext[h.start:h.end].strip() in _COUNT_COLUMN
               for h in self._column_header(sentence, q)):
            return q  # 服务器（台）, 项目数 under 单位：万元: a count column, not the caption's money
        spans = self._table_spans(sentence, q)
        unit_cell = self._row_unit_cell(sentence)
        if unit_cell is not None:
            # 指标名称　单位　产量 / 集成电路　亿块　326.8: the row's unit cell before its label and caption
            n_head = len(self._column_header(sentence, q))
            spans = spans[:n_head] + [unit_cell] + spans[n_head:]
        for span in spans + table_wide:
            if per_share_row and span == sentence.caption and not self._row_scoped_labels(span, sentence):
                continue
            labels = self._unit_labels(span)
            if span == sentence.caption:
                # （单位：亿元；年增率单位：%）: a unit scoped to a column is that column's
                header = "".join(self.ptext[h.start:h.end] for h in self._column_header(sentence, q))
                # 收入、利润单位：亿元: each listed column word scopes the unit
                scoped = [lab[1:] for lab in self._scoped_labels(span)
                          if any(_scope_names_column(part, header) for part in _SCOPE_PARTS.split(lab[0]))]
                # 营业收入、归母净利润单位：亿元 over 营收2026E | 净利2026E: a short form of the word
                scoped = scoped or self._synonym_scoped_labels(span, sentence, q)
                # 收入、利润单位：百万元；PE、PB单位：倍 over year columns: the row label picks its unit
                scoped = scoped or self._row_scoped_labels(span, sentence)
                if not scoped and self._growth_column(sentence, q):
                    # 年增率单位：% over 年增率 and 月增率 columns: a growth column is never in 亿元
                    scoped = [lab[1:] for lab in self._scoped_labels(span) if lab[4] == "ratio"]
                elif not scoped:
                    # 营收、净利润单位：亿元 over 营业收入 | 归母净利润, 规模单位：亿美元；资金流单位：百万美元
                    # over 资产规模 | 周净流入: a column the caption names in words of its own takes
                    # the one scoped unit no other column's header claims
                    scoped = self._unclaimed_scoped_label(span, sentence, q)
                labels = scoped[:1] or labels
            if not labels:
                continue
            a, b, mult, unit = labels[0]
            if unit not in ("ratio", "pp") and span not in self._column_header(sentence, q) \
                    and self._growth_column(sentence, q):
                # 同比 under a caption in 亿元: a growth rate is in percent whatever the amounts are in
                mult, unit = Decimal("0.01"), "ratio"
            elif unit not in ("ratio", "pp") and span not in self._column_header(sentence, q) \
                    and abs(q.value) <= 100 and self._ratio_column(sentence, q):
                # 毛利率 under a caption in 亿元: a margin or rate column is in percent whatever the
                # amounts are in
                mult, unit = Decimal("0.01"), "ratio"
            elif unit not in ("ratio", "pp") and span != label and self._share_suffix_row(sentence):
                # GPU占比 under 市场规模（亿美元）及结构（%）: a share row is in percent whatever the amounts are in
                mult, unit = Decimal("0.01"), "ratio"
            label_text = self.ptext[span.start:span.end]
            row_currency = self._row_currency(sentence) if unit in MONEY_UNITS or unit == "count" else None
            if row_currency is not None and (unit in MONEY_UNITS or set(label_text[a:b].strip()) <= _MAGNITUDE_CHARS):
                # 币种 | 营收（亿元） over 新台币 | 2,986, or 币种 | 金额（亿） over 美元 | 12.0: the
                # row's currency cell names what its amounts are in
                unit = row_currency
            elif unit == "CNY" and not CNY_NAMED.search(label_text[a:b]):
                # EPS(元) in a table captioned 新台币, or anywhere in a Taiwanese document
                unit = self._table_currency(sentence) or ("TWD" if self._in_taiwan_scope(q.start) else unit)
            per = self._label_per(span) if unit in MONEY_UNITS else None
            # 单价（美元/片）, 电价（元/kWh）: an amount per good or per unit of energy is a price
            per_good = unit in MONEY_UNITS and not per and _PER_GOOD_LABEL.search(label_text, a, b) is not None
            kind = ("price" if per or per_good else "money") if unit in MONEY_UNITS else {
                "ratio": "percent", "multiple": "multiple", "pp": "pp", "flops": "flops",
                "watts": "watts", "kWh": "energy", "watt_hours": "energy", "bytes": "bytes", "months": "duration", "years": "duration",
                "weeks": "duration", "days": "duration", "hours": "duration",
                "minutes": "duration"}.get(unit, "number")
            exact = q.exact * Decimal(mult)
            high = None if q.value_high is None else float(Decimal(str(q.value_high)) * Decimal(mult))
            return _with_fields(q, value=float(exact), value_high=high, exact=exact, unit=unit, kind=kind,
                                       per=per or q.per)
        if per_share_row:
            # EPS(摊薄/元): money per share, in the table's named currency or the group's default
            metric = next(kw.keyword(h.word).metrics.get("money") for h in self.keywords.within(label.start, label.end)
                          if kw.keyword(h.word).metrics.get("money") in per_share)
            return _with_fields(q, unit=self._table_currency(sentence) or kw.word_group("per_share")[metric],
                                       kind="money")
        return self._per_share_currency(sentence, q)

    def _ratio_column(self, sentence: Sentence, q) -> bool:
        """A cell under a header naming only rates (``毛利率``, ``净利率``, ``渗透率``: metric words
        with a ratio and no amount, count, multiple or price reading; ``输出价`` under a caption in
        美元/百万tokens is a price, its ratio reading only for 为…的1/3)."""
        heads = self._column_header(sentence, q)
        if not heads:
            return False
        key = (heads[-1].start, heads[-1].end, "ratio_column")
        if key not in self._row_cache:
            hits = [h for sp in heads for h in self.keywords.within(sp.start, sp.end)]
            self._row_cache[key] = bool(hits) and all(
                "ratio" in (m := kw.keyword(h.word).metrics) and not {"money", "count", "multiple", "price"} & m.keys()
                for h in hits)
        return self._row_cache[key]

    def _row_unit_cell(self, sentence: Sentence) -> Span | None:
        """The cell of a row under a header cell that is only ``单位`` (``计量单位``) and holds a
        unit label (``亿块``, ``万台``): the unit of that row's figures (read once per row)."""
        if not sentence.is_row or not sentence.col_headers:
            return None
        key = (sentence.start, "row_unit_cell")
        if key not in self._row_cache:
            found = None
            for cell, heads in zip(sentence.clauses, sentence.col_headers):
                if heads and self.ptext[heads[-1].start:heads[-1].end].strip().endswith("单位") \
                        and len(self.ptext[heads[-1].start:heads[-1].end].strip()) <= 4 \
                        and parse_unit_label(self.ptext[cell.start:cell.end].strip()) is not None:
                    found = cell
                    # the bare label read as find_unit_labels would read it in brackets
                    text = self.ptext[cell.start:cell.end]
                    a = len(text) - len(text.lstrip())
                    b = len(text.rstrip())
                    self._label_cache[(cell.start, cell.end)] = [(a, b, *parse_unit_label(text.strip()))]
                    break
            self._row_cache[key] = found
        return self._row_cache[key]

    def _row_currency(self, sentence: Sentence) -> str | None:
        """The currency a row's cell names under a header that is only a currency column word
        (``币种``, ``币别``: 美元, 新台币), read once per row; None when the row has no such cell."""
        if not sentence.is_row or not sentence.col_headers:
            return None
        key = (sentence.start, "row_currency")
        if key not in self._row_cache:
            found = None
            for cell, heads in zip(sentence.clauses, sentence.col_headers):
                if heads and self.ptext[heads[-1].start:heads[-1].end].strip() in _CURRENCY_COLUMN:
                    parsed = parse_unit_label(self.ptext[cell.start:cell.end].strip())
                    if parsed is not None and parsed[0] == 1 and parsed[1] in MONEY_UNITS:
                        found = parsed[1]
                    break
            self._row_cache[key] = found
        return self._row_cache[key]

    def _share_suffix_row(self, sentence: Sentence) -> bool:
        """A row whose label ends in a share word (``GPU占比``, ``华为份额``, ``液冷渗透率``,
        ``facts_words.csv`` ``share_row_suffix``), a unit bracket after it allowed: its cells
        are shares in percent (read once per row)."""
        label = sentence.label
        if label is None:
            return False
        key = (sentence.start, "share_suffix_row")
        if key not in self._row_cache:
            # 占营业收入比例, 其中：第一大客户占比: a share of no named part is the row's own
            # ratio metric (top-5 customers, R&D intensity), which the keyword rules read
            self._row_cache[key] = _SHARE_SUFFIX_ROW.search(self.ptext, label.start, label.end) is not None \
                and self._share_suffix_part(sentence) is not None
        return self._row_cache[key]

    def _share_suffix_metric(self, sentence: Sentence):
        """(keyword, metric, hit) of a share row's closing share word (``GPU占比``: share;
        ``华为份额``: market_share); a bare share of the amount the caption names is a share of
        it (``市场规模（亿美元）及结构（%）``: ``share_of_market_size``). None when the label's last
        keyword is no share word."""
        label = sentence.label
        hits = [h for h in self.keywords.within(label.start, label.end) if "ratio" in kw.keyword(h.word).metrics]
        if not hits or _SHARE_SUFFIX_ROW.match(self.ptext, hits[-1].start, label.end) is None:
            return None
        k = kw.keyword(hits[-1].word)
        metric = k.metrics["ratio"]
        if metric in _BARE_SHARE_METRICS and metric != "market_share" and sentence.caption is not None:
            wholes = [h for h in self.keywords.within(sentence.caption.start, sentence.caption.end)
                      if kw.keyword(h.word).metrics.get("money")]
            if wholes:
                metric = f"share_of_{kw.keyword(wholes[0].word).metrics['money']}"
        return k, metric, hits[-1]

    def _share_suffix_part(self, sentence: Sentence) -> _Ent | None:
        """The part a share row is of (``GPU占比`` -> GPU, ``华为份额`` -> Huawei): a name in the
        label before its share word, else a Latin word standing alone there; None when the
        words before the share word name a metric (``收入占比``) or nothing."""
        label = sentence.label
        m = _SHARE_SUFFIX_ROW.search(self.ptext, label.start, label.end)
        if m is None or m.start() <= label.start:
            return None
        named = self._candidates(label.start, m.start())
        if named:
            return named[0]
        part = self.ptext[label.start:m.start()].strip()
        if part and _ASCII_NAME.fullmatch(part) and any(c.isalpha() for c in part):
            return _Ent(label.start, m.start(), part, "concept")
        return None

    def _synonym_scoped_labels(self, span: Span, sentence: Sentence, q) -> list:
        """The caption's column-scoped units whose scope word is another word for the measure the
        column header names: ``（营业收入、归母净利润单位：亿元；PE单位：倍）`` over ``营收2026E |
        净利2026E | PE2026E`` (营收 and 营业收入, 净利 and 归母净利润 are metric words of the same
        readings in every unit kind, ``metrics.csv``). Words that only share one reading do not
        match (EPS reads pe_ratio as a multiple, yet an EPS column is no PE column). Empty when
        the header holds no metric word (read once per column)."""
        heads = self._column_header(sentence, q)
        if not heads:
            return []
        key = (span.start, heads[-1].start, heads[-1].end, "synonym_scoped")
        if key not in self._row_cache:
            readings = [kw.keyword(h.word).metrics for head in heads for h in self.keywords.within(head.start, head.end)]
            self._row_cache[key] = [lab[1:] for lab in self._scoped_labels(span) if readings and any(
                kw.keyword(h.word).metrics in readings
                for part in _SCOPE_PARTS.split(lab[0]) for h in _scope_metric_words(part.strip()))]
        return self._row_cache[key]

    def _unclaimed_scoped_label(self, span: Span, sentence: Sentence, q) -> list:
        """The caption's one column-scoped unit whose scope words no column header of the table
        names, when the caption gives every unit a scope (no table-wide unit) and another of its
        scopes does name a column: ``（营收、净利润单位：亿元）`` over ``营业收入 | 归母净利润`` gives
        营业收入 the 营收 unit (归母净利润 claims 净利润). Only to a column whose header names a
        measure of that kind (营业收入 and 周净流入 are amounts; 市盈率 or 员工人数 never take 亿元).
        Empty otherwise."""
        found = self._unclaimed_scope(span, sentence)
        if not found:
            return found
        kind = "money" if found[0][3] in MONEY_UNITS else found[0][3]
        if not any(kw.keyword(h.word).metrics.get(kind) for head in self._column_header(sentence, q)
                   for h in self.keywords.within(head.start, head.end)):
            return []
        return found

    def _unclaimed_scope(self, span: Span, sentence: Sentence) -> list:
        """The one scoped unit of :meth:`_unclaimed_scoped_label` (read once per table)."""
        key = (span.start, span.end, "unclaimed_scope")
        if key in self._row_cache:
            return self._row_cache[key]
        found: list = []
        scoped = self._scoped_labels(span)
        plain = [lab for lab in self._unit_labels(span)
                 if not any(lab[0] <= s[1] < lab[1] or s[1] <= lab[0] < s[2] for s in scoped)]
        parts = [(part.strip(), lab) for lab in scoped for part in _LIST_JOINER.split(lab[0]) if part.strip()]
        if len(parts) >= 2 and not plain and sentence.col_headers:
            heads = ["".join(self.ptext[h.start:h.end] for h in col) for col in sentence.col_headers]
            free = [lab for part, lab in parts if not any(part in head for head in heads)]
            if len(free) == 1 and len(free) < len(parts):
                found = [free[0][1:]]
        self._row_cache[key] = found
        return found

    def _row_scoped_labels(self, span: Span, sentence: Sentence) -> list:
        """``（收入、利润单位：百万元；EPS单位：元；PE、PB单位：倍）`` over a table whose columns are
        years: each row takes the unit whose scope words its label names (营业收入 -> 收入, PE
        -> PE; a Latin word stands alone, PE is not in PEG), a scope by kind (``facts_words.csv``
        ``caption_scope_kind``: 比率单位：%) the rows of that kind. A rate row named after an
        amount (净利润率 under 利润单位) is not the amount's (read once per row)."""
        label = sentence.label
        if label is None or not self._scoped_labels(span):
            return []
        key = (sentence.start, span.start, "row_scoped")
        if key not in self._row_cache:
            row = self.ptext[label.start:label.end]
            self._row_cache[key] = [lab[1:] for lab in self._scoped_labels(span)
                                    if any(_scope_names_row(part.strip(), row) for part in _LIST_JOINER.split(lab[0]))]
            if not self._row_cache[key]:
                self._row_cache[key] = self._home_scoped_labels(span, sentence)
        return self._row_cache[key]

    def _home_scoped_labels(self, span: Span, sentence: Sentence) -> list:
        """``（单位：每百万tokens；国内模型为人民币元，海外模型为美元）``: units scoped to where a
        row's entity is from (``facts_words.csv`` ``caption_scope_home``). The row takes the one
        whose scope holds the country (``entities.csv``) of the first firm or model its cells
        name; none when no scope word is a home word or the row names no entity of known country."""
        scoped = [(lab, next((v for w, v in _SCOPE_HOMES.items() if w in lab[0]), None))
                  for lab in self._scoped_labels(span)]
        if not any(home for _, home in scoped):
            return []
        countries = _entity_countries()
        country = next((countries[e.name] for e in self._candidates(sentence.start, sentence.end)
                        if countries.get(e.name)), None)
        if country is None:
            return []
        side = "CN" if country == "CN" else "abroad"
        return [lab[1:] for lab, home in scoped if home == side][:1]

    def _corner_header(self, sentence: Sentence) -> list[Span]:
        """``| 指标（单位：亿元） | 2025H1 | 2026H1 |``: the header cell above the row labels names
        the unit of the whole table, as a caption would."""
        label = sentence.label
        if label is None or not sentence.col_headers:
            return []
        idx = self._cell_index(sentence, label)
        if idx is None:
            return []
        return [h for h in sentence.col_headers[idx] if self._unit_labels(h)]

    def _growth_of_level(self, sentence: Sentence, q, found):
        """``| 2024年份额(%) | 2025年份额(%) | 同比(%) |``: a cell under a growth header whose
        metric, a share or rate, comes from another column or the caption is that metric's
        growth, not one more level of it. A metric the growth header names itself (毛利率同比)
        is left as its keyword has it."""
        k, metric, hit = found
        if metric.endswith(("_growth", "_change")) or not self._growth_column(sentence, q):
            return found
        if hit is not None and any(h.start <= hit.start < h.end for h in self._column_header(sentence, q)):
            return found
        return k, f"{metric}_growth", hit

    def _growth_column(self, sentence: Sentence, q) -> bool:
        """A cell under a growth or period-on-period header (同比, 年增率, 月增率, 环比)."""
        headers = self._column_header(sentence, q)
        key = (headers, "growth_column")  # asked for every cell of every row under one header
        if key not in self._row_cache:
            self._row_cache[key] = any(self._role_hits(h.start, h.end, role) for h in headers
                                       for role in ("growth", "qoq", "mom"))
        return self._row_cache[key]

    def _traditional(self) -> bool:
        """Written in Traditional script: a share of its Chinese characters differ from the
        Simplified parsing text (offsets are shared)."""
        # the script of a document shows in its opening; a long file need not be read whole
        n = min(len(self.text), len(self.ptext), _SCRIPT_SAMPLE)
        # code points compared as arrays: a loop over every character cost more than the rest of linking
        a = np.frombuffer(self.text[:n].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        b = np.frombuffer(self.ptext[:n].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        is_han = (a >= 0x4E00) & (a <= 0x9FFF)
        han = int(np.count_nonzero(is_han))
        changed = int(np.count_nonzero(is_han & (a != b)))
        return changed >= 3 and changed >= _TRADITIONAL_SHARE * han

    def _taiwan_scope(self, quantities, name_hits=()) -> list[tuple[int, int]]:
        """Where a bare 元 is the NT dollar, document-wide: in a Traditional-script document,
        from a ``taiwan_currency`` word (新台幣, NT$, 台股), a Taiwan-listed company (country TW
        in ``entities.csv``: 鴻海10月營收8,420億元) or a TWD amount to the end of the
        text, unless an amount in another 元 currency (港元, 人民币) is stated, which ends the
        scope until the next cue, and so does another such market or currency named
        (``other_yuan_market``: 港股, 人民币). US dollars do not end it: Taiwanese writers mix
        美元 with 元.
        Simplified documents keep the sentence rule of ``quantities._carry_currency``."""
        if not self._traditional():
            return []
        events = [(m.start(), 1) for m in _TAIWAN_CUE.finditer(self.ptext)]
        events += [(m.start(), 0) for m in _OTHER_YUAN_CUE.finditer(self.ptext)]
        taiwan_firms = _taiwan_companies()
        events += [(m.start, 1) for m in name_hits if m.entity in taiwan_firms]
        for q in quantities:
            if q.kind not in ("money", "price"):
                continue
            if q.unit == "TWD":
                events.append((q.start, 1))
            elif q.unit in _OTHER_YUAN and not self._bare_yuan(q):
                events.append((q.start, 0))
        return _open_spans(sorted(events), len(self.ptext))

    def _bare_yuan(self, q) -> bool:
        """An amount in 元 with no currency word of its own nor a yuan marker beside it."""
        t = self.ptext
        # 3,500億元以上: a qualifier written after 元 is part of the amount's text, not a currency
        return q.unit == "CNY" and _YUAN_END.search(t[q.start:q.end].rstrip()) is not None \
            and not CNY_NAMED.search(t, max(0, q.start - 3), min(len(t), q.end + 3))

    def _in_taiwan_scope(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.twd_scope)

    def _taiwan_yuan(self, q):
        if q.kind in ("money", "price") and self._bare_yuan(q):
            if self._in_taiwan_scope(q.start):
                return dataclasses.replace(q, unit="TWD")
            if any(a <= q.start < b for a, b in self.hkd_scope):
                return dataclasses.replace(q, unit="HKD")
        return q

    def _hong_kong_scope(self, quantities) -> list[tuple[int, int]]:
        """Where a bare 元 is the Hong Kong dollar: in a Traditional-script document, from a
        ``hk_currency`` word (港股, 港元, 港交所, 恒指: 小米收報21.35元) or an amount in 港元 to the
        next word of another 元 market (``hk_scope_end``: 台股, 新台币, A股, 人民币) or an amount
        stated in another 元 currency (45億元人民幣). Simplified documents (an A-share daily's
        收报21.35元) keep the yuan."""
        if not _HK_CUE.search(self.ptext) or not self._traditional():
            return []  # cheap pre-check first: most documents name no Hong Kong market
        events = [(m.start(), 1) for m in _HK_CUE.finditer(self.ptext)]
        events += [(m.start(), 0) for m in _HK_END_CUE.finditer(self.ptext)]
        for q in quantities:
            if q.kind not in ("money", "price"):
                continue
            if q.unit == "HKD":
                events.append((q.start, 1))
            elif q.unit in ("CNY", "TWD") and not self._bare_yuan(q):
                events.append((q.start, 0))
        # an opening and a closing at one place: the opening first (an amount in 港元 opens)
        return _open_spans(sorted(events, key=lambda e: (e[0], -e[1])), len(self.ptext))

    def _unit_labels(self, span: Span) -> list:
        """:func:`find_unit_labels` of a header cell, label or caption: read once, asked by every
        cell under it."""
        key = (span.start, span.end)
        found = self._label_cache.get(key)
        if found is None:
            found = self._label_cache[key] = find_unit_labels(self.ptext[span.start:span.end])
        return found

    def _scoped_labels(self, span: Span) -> list:
        key = (span.start, span.end, "scoped")
        if key not in self._label_cache:
            self._label_cache[key] = scoped_unit_labels(self.ptext[span.start:span.end])
        return self._label_cache[key]

    def _label_per(self, span: Span) -> str | None:
        key = (span.start, span.end, "per")
        if key not in self._label_cache:
            self._label_cache[key] = unit_label_per(self.ptext[span.start:span.end])
        return self._label_cache[key]

    def _heading_unit(self, sentence: Sentence) -> list[Span]:
        """``## 海外API价格（美元/百万tokens）⏎下表为官网标价。⏎| 模型 | 输入 | 输出 |``: the
        heading a few lines above a table gives the unit its caption line does not. Only a
        short line without sentence punctuation, no further up than the paragraph before it."""
        top = sentence.header[0].start if sentence.header else sentence.start
        key = (top, "heading_unit")
        if key not in self._row_cache:
            found: list[Span] = []
            pos = self.ptext.rfind("\n", 0, top)
            seen = 0
            while pos > 0 and seen < 3 and not found:
                start = self.ptext.rfind("\n", 0, pos) + 1
                line = self.ptext[start:pos].strip()
                if line:
                    seen += 1
                    if "|" in line or "\t" in line:
                        break  # another table: its heading is not this one's
                    if len(line) <= _HEADING_MAX + 10 and not line.endswith(_SENTENCE_ENDS) \
                            and find_unit_labels(line):
                        found.append(Span(start, pos))
                pos = start - 1
            self._row_cache[key] = found
        return self._row_cache[key]

    def _table_currency(self, sentence: Sentence) -> str | None:
        """A currency of ``pattern_words.csv`` ``carried_currency`` named by the table's caption or
        header line (新台币亿元): its bare 元 labels are that currency too."""
        for span in [*([sentence.caption] if sentence.caption else []), *(sentence.header or [])]:
            for _, _, _, u in self._unit_labels(span):
                if u in CARRIED_CURRENCIES:
                    return u
        return None

    def _per_share_currency(self, sentence: Sentence, q):
        """``收盘价  2026E EPS`` over bare cells: a per-share column (``facts_words.csv``
        ``per_share``) is money in the currency another header cell or the caption names,
        else in the group's default currency."""
        metrics = {kw.keyword(h.word).metrics.get("money") for span in self._column_header(sentence, q)
                   for h in self.keywords.within(span.start, span.end)}
        per_share = kw.word_group("per_share")
        if not metrics & set(per_share):
            return q
        unit = None
        for span in [*(sentence.header or []), *([sentence.caption] if sentence.caption else [])]:
            money = [u for _, _, _, u in self._unit_labels(span) if u in MONEY_UNITS]
            if money:
                unit = money[0]
                break
        unit = unit or per_share[next(m for m in metrics if m in per_share)]
        return _with_fields(q, unit=unit, kind="money")

    def _table_period(self, sentence: Sentence, q):
        """A cell's period: its column header, a date cell of its row, its row label, the caption."""
        spans = list(reversed(self._column_header(sentence, q)))
        key = (sentence.start, "date_cells")
        if key not in self._row_cache:
            self._row_cache[key] = [c for c in sentence.clauses if c is not sentence.label and self._is_date_cell(c)]
        if not any("before_cut" in self._roles_in(h) for h in spans):
            # | 调价前输入 | … | 生效日期 |: the price before a cut held until the row's date, not from it
            spans += self._row_cache[key]
        # | 英维克 | 2024年营业收入 | 45.89亿元 |: the label cell naming the row's metric dates it too
        spans += [c for c in self._row_head_metrics(sentence) if self._period_label_cell(c)]
        if sentence.label is not None:
            spans.append(sentence.label)
        if sentence.caption is not None and not self._statement_above(sentence.caption):
            spans.append(sentence.caption)
        cell = self._clause_of(sentence, q)
        if cell is not None:
            # a row's note in brackets in another cell (市值加权（8月13日）) dates the row's values
            # before its label and the caption do
            key = (sentence.start, "noted_cells")
            if key not in self._row_cache:
                self._row_cache[key] = [c for c in sentence.clauses if c is not sentence.label
                                        and any(self._in_note(p) for p in self.periods.within(c.start, c.end))]
            noted = [c for c in self._row_cache[key] if c is not cell]
            at = len(spans) - (sentence.label is not None) - (sentence.caption is not None)
            spans[at:at] = noted
            # 141.32（截至8月28日）: the cell's own date first, from its own ；-item only
            # (最多 $100B；首个 1GW 于 2H26 上线: the second item's date is not the first's)
            cuts = [cell.start] + [m.end() for m in _SEMICOLON.finditer(self.ptext, cell.start, cell.end)] + [cell.end]
            item = next((Span(a, b) for a, b in zip(cuts, cuts[1:]) if a <= q.start < b), cell)
            spans.insert(0, item)
        growth_at = self._growth_column_period(sentence, q)
        if growth_at is not None:
            spans.insert(1 if cell is not None else 0, growth_at)
        heads = {(h.start, h.end) for h in self._column_header(sentence, q)}
        for span in spans:
            found = [p for p in self._usable_periods(span.start, span.end) if not (p.start < q.end and q.start < p.end)]
            if (span.start, span.end) in heads:
                found = [p for p in found if not self._forecast_made_at(p)]
            if found:
                # 年初至今涨幅（截至8月29日）: the as-of date says when a cumulative figure holds
                asof = [p for p in found if self._preceded_by(p.start, "asof", gap=1)]
                chosen = (asof or found)[0]
                if not asof and self._since_window(chosen) and span is not cell and _DAY.fullmatch(
                        self._data_period_of(q)):
                    # 2月以来累计 under 【行业表现】 of 数据日期：2025-02-19: a move since a time is as
                    # of the labelled data day (SCHEMA: a cumulative move carries its as-of date)
                    return self.data_period
                if _MONTH.fullmatch(chosen.value):
                    # 10月涨跌幅 under 表2：10月个股表现（10月8日至10月31日）: the caption's days
                    # within the column's month are the stretch the figure covers
                    chosen = self._caption_days_in(sentence, chosen.value) or chosen
                if sentence.caption is not None and span.start == sentence.caption.start:
                    # 表1：2025年中报主要数据: the caption's results report covers its half
                    part = results_report_part(self.ptext, chosen)
                    if part is not None:
                        return dataclasses.replace(chosen, value=part)
                return self._year_of_caption(chosen, sentence)
        return self._note_period(sentence, q) or self._snapshot_column_period(sentence, q)

    def _snapshot_column_period(self, sentence: Sentence, q):
        """``型号 | 2月报价 | 环比(%) | 利用率(%)``: a table whose header dates one column only, by
        a month or a day, is a snapshot of that time; an undated column right of it (利用率) is of
        the same time when nothing else dates the row. A year column does not count: ``2025年收入 |
        市值`` may set a year's flow beside a level of any day."""
        if not sentence.is_row or not sentence.col_headers:
            return None
        idx = self._cell_index(sentence, q)
        if idx is None or idx >= len(sentence.col_headers) or not sentence.col_headers[idx]:
            return None
        dated = [(at, p, h) for at, heads in enumerate(sentence.col_headers) for h in heads
                 for p in self._usable_periods(h.start, h.end)]
        if len(dated) != 1 or dated[0][0] >= idx:
            return None
        _, p, h = dated[0]
        if any(w in self.text[h.start:h.end] for w in _WINDOW_HEADER_WORDS):
            return None  # 7月以来累计 opens a window up to the data day: no snapshot of July
        return p if _MONTH.fullmatch(p.value) or _DAY.fullmatch(p.value) else None

    def _forecast_made_at(self, p) -> bool:
        """``前次预测（10月）`` over a column of forecasts: a month or day in brackets right after
        a forecast word, not after the publication date, is when the forecast was made, not the
        period it forecasts (the caption's 2026年一季度); a year or quarter there (预测（2026年）)
        is the period forecast."""
        if not (_MONTH.fullmatch(p.value) or _DAY.fullmatch(p.value)):
            return False
        if self.published is None or p.value[:7] > self.published.isoformat()[:7]:
            return False
        return _MADE_AT.search(self.ptext, max(0, p.start - 8), p.start) is not None

    def _statement_above(self, caption: Span) -> bool:
        """Whether the prose line right above a table is a statement of its own (``3. 机构预计
        2025年全年出货约3.7亿部，同比增长73.1%。``: figures, closed by 。), not a caption: its
        time dates its own figures, not the table's cells, which the report's title or
        section dates instead."""
        line = self.ptext[caption.start:caption.end].rstrip()
        return line.endswith(_STATEMENT_END) and bool(self.quantities.within(caption.start, caption.end))

    def _caption_days_in(self, sentence: Sentence, month: str):
        """The stretch of days (``2025-10-08/2025-10-31``) a table's caption states that lies
        within ``month`` (``2025-10``), or None when the caption states none."""
        if sentence.caption is None:
            return None
        for p in self._usable_periods(sentence.caption.start, sentence.caption.end):
            ends = p.value.split("/")
            if len(ends) == 2 and all(_DAY.fullmatch(e) and e.startswith(month + "-") for e in ends):
                return p
        return None

    def _year_of_caption(self, p, sentence: Sentence):
        """``表9：2025年各季度收入`` over columns ``Q1 Q2 Q3``: a quarter or half written without
        its year is of the year the caption states, not the one nearest the publication date."""
        m = _PART_OF_YEAR.fullmatch(p.value)
        if m is None or p.fiscal or _YEAR_DIGITS.search(p.text) or sentence.caption is None \
                or sentence.caption.start <= p.start < sentence.caption.end:
            return p
        years = [c for c in self._usable_periods(sentence.caption.start, sentence.caption.end) if _YEAR_ONLY.fullmatch(c.value)]
        if len(years) != 1 or years[0].value == m.group(1):
            return p
        return dataclasses.replace(p, value=years[0].value + m.group(2))

    def _note_period(self, row: Sentence, q):
        """The date the note below the table of ``row`` gives its figures (``资料来源：各公司官网。
        价格为2026年4月20日官网标准价``, ``注：…；付费用户为截至2026年9月末数据``): a ；-item of the
        note that names a column's header dates that column only, an item naming none the whole
        table. Only a full date, or a month after 截至, counts. None without such a note."""
        header = " ".join(self.ptext[h.start:h.end] for h in self._column_header(row, q))
        for item, names, p in self._note_items(row):
            if not names or any(n in header for n in names):
                return p
        return None

    def _note_items(self, row: Sentence) -> list:
        """``(item, header names it holds, its period)`` for each dated ；-item of the note lines
        right below the table of ``row`` (:meth:`_note_lines`), read once per table."""
        key = (self._table_end(row), "note_items")
        if key in self._row_cache:
            return self._row_cache[key]
        items = []
        for line in self._note_lines(row):
            cuts = [line.start] + [m.end() for m in _SEMICOLON.finditer(self.ptext, line.start, line.end)] + [line.end]
            for a, b in zip(cuts, cuts[1:]):
                dated = [p for p in self._usable_periods(a, b) if _DAY.fullmatch(p.value) or (
                    _MONTH.fullmatch(p.value) and self._preceded_by(p.start, "asof", gap=1))]
                if len(dated) == 1:
                    items.append((Span(a, b), self._header_names_in(row, a, b), dated[0]))
        self._row_cache[key] = items
        return items

    def _header_names_in(self, row: Sentence, start: int, end: int) -> list[str]:
        """The column header names of ``row``'s table (less any unit in brackets) that
        ``text[start:end]`` holds."""
        names = set()
        for cell in row.col_headers or ():
            for h in cell:
                name = _UNIT_NOTE.sub("", self.ptext[h.start:h.end]).strip()
                if len(name) >= 2 and name in self.ptext[start:end]:
                    names.add(name)
        return sorted(names)

    def _growth_column_period(self, sentence: Sentence, q) -> Span | None:
        """``| 2026Q3 | 同比 |``: a growth column with no period of its own is the growth of the
        period column just left of it, before the row label or the caption date it."""
        if not sentence.is_row or not sentence.col_headers:
            return None
        idx = self._cell_index(sentence, q)
        if idx is None or idx >= len(sentence.col_headers):
            return None
        own = sentence.col_headers[idx]
        if not own or any(self._usable_periods(h.start, h.end) for h in own) \
                or not any(not self._roles_in(h).isdisjoint(("growth", "qoq")) or self._change_header(h) for h in own):
            return None
        for at in range(idx - 1, -1, -1):
            left = sentence.col_headers[at]
            with_period = [h for h in left if self._usable_periods(h.start, h.end)]
            if with_period and all(any(w in self.ptext[h.start:h.end] for w in _SAME_PERIOD) for h in with_period):
                continue  # 本期数 | 上年同期数 | 变化比例(%): the base column; the change is the current's
            if with_period:
                # 2月均价 | 1月均价 | 环比 | 同比: the run of period columns before an undated
                # growth column passed over is as much the base as one right before
                return self._latest_of_run(sentence.col_headers[:at + 1]) or with_period[-1]
            if any(self.keywords.within(h.start, h.end) for h in left):
                return None  # 收入 | 同比: a metric column between them owns the growth's context
        return None

    def _change_header(self, h: Span) -> bool:
        """``| 2024年 | 2025年 | 变化 |``: a header that is a bare change word and nothing else
        (its unit in brackets aside); 变化 is no growth word in prose, so only a whole header counts."""
        text = self.ptext[h.start:h.end]
        return len(text) < 12 and _UNIT_NOTE.sub("", text).strip() in _CHANGE_COLUMN

    def _latest_of_run(self, headers: list) -> Span | None:
        """``| 2025Q2份额 | 2024Q2份额 | 同比增速 |``: the header of the latest period among the
        period columns right before a growth column (the growth is the latest period's change,
        whichever order the columns come in); None unless two or more comparable ones run there."""
        run = []
        for left in reversed(headers):
            dated = [(h, p) for h in left for p in self._usable_periods(h.start, h.end)]
            if not dated:
                break
            run.append(dated[-1])
        keys = [(_period_key(p.value), h) for h, p in run]
        if len(keys) < 2 or any(k is None for k, _ in keys):
            return None
        return max(keys, key=lambda kh: kh[0])[1]

    def _in_note(self, p) -> bool:
        """A period alone in brackets: ``（8月13日）``, ``(截至8月21日)``."""
        before = self.ptext[max(0, p.start - 4):p.start].rstrip()
        after = self.ptext[p.end:p.end + 1]
        opened = before[-1:] in _NOTE_OPEN or (self._preceded_by(p.start, "asof", gap=1)
                                               and any(c in _NOTE_OPEN for c in before))
        return opened and after in _NOTE_CLOSE

    def _row_date(self, sentence: Sentence) -> str:
        """The day a table row's date column gives (``facts_words.csv`` ``date_column``: 调整日期,
        日期): a full date as written, or ``MM/DD``/``MM-DD`` in the publication year (the year
        before when its month is after the publication month); empty when the row has none."""
        key = (sentence.start, "row_date")
        if key not in self._row_cache:
            self._row_cache[key] = self._find_row_date(sentence)
        return self._row_cache[key]

    def _find_row_date(self, sentence: Sentence) -> str:
        for cell, headers in zip(sentence.clauses, sentence.col_headers or []):
            if not headers or self.ptext[headers[-1].start:headers[-1].end].strip().lower() not in _DATE_COLUMN:
                continue
            body = self.ptext[cell.start:cell.end].strip()
            minguo = _MINGUO_MONTH_CELL.fullmatch(body)
            if minguo is not None:
                # 114/07 in a Taiwanese monthly table: the Minguo year 114 is 2025
                return f"{int(minguo.group(1)) + _MINGUO_OFFSET}-{int(minguo.group(2)):02d}"
            m = _MONTH_DAY_CELL.fullmatch(body)
            if m is not None:
                if self.published is None:
                    return ""
                month, day = int(m.group(1)), int(m.group(2))
                year = self.published.year - (month > self.published.month)
                try:
                    return dt.date(year, month, day).isoformat()
                except ValueError:
                    return ""  # 02/30: no day of the calendar
            if self._is_date_cell(cell):
                value = self.periods.within(cell.start, cell.end)[0].value
                return value if _DAY.fullmatch(value) else ""
            return ""
        return ""

    def _is_date_cell(self, cell: Span) -> bool:
        """A cell that is nothing but a date (``2025-09-29``): the date the row's values hold from."""
        found = self.periods.within(cell.start, cell.end)
        return len(found) == 1 and not self.ptext[cell.start:found[0].start].strip() \
            and not self.ptext[found[0].end:cell.end].strip()

    def _investor_column(self, headers) -> bool:
        """Whether a cell's header cells head a column of a round's investors (``领投``,
        ``主要投资方``: ``facts_words.csv`` ``investor_column``): no cell there names the row's subject."""
        return bool(headers) and any(self.ptext[h.start:h.end].strip().lower() in _INVESTOR_COLUMN for h in headers)

    def _row_text_entities(self, sentence: Sentence, cell: Span) -> list[_Ent]:
        """Named entities in the row's cells that hold no value, other than ``cell``."""
        key = (sentence.start, "text_entities")
        if key not in self._row_cache:  # once per row: a wide row must not cost cells x values
            self._row_cache[key] = [
                (c, [e for e in self._candidates(c.start, c.end) if e.type != "concept"])
                for c, headers in itertools.zip_longest(sentence.clauses, sentence.col_headers or [])
                if not is_value_cell(self.ptext[c.start:c.end]) and not self._investor_column(headers)]
        return [e for c, ents in self._row_cache[key] if c != cell for e in ents]

    def _model_column(self, sentence: Sentence, group: str = "model_column") -> list[_Ent]:
        """The name in a row's cell under a column headed as the model (``模型``, ``Model``:
        ``facts_words.csv`` ``model_column``), as a model whatever its shape (``Quill-Pro``);
        ``group`` names another such column (``app_column``: 应用, the app the row is about)."""
        key = (sentence.start, group)
        if key not in self._row_cache:
            words = {w.lower() for w in kw.word_group(group)}
            found: list[_Ent] = []
            for cell, headers in zip(sentence.clauses, sentence.col_headers or []):
                if cell is sentence.label or is_value_cell(self.ptext[cell.start:cell.end]) or not any(
                        self.ptext[h.start:h.end].strip().lower() in words for h in headers):
                    continue
                named = [e for e in self._candidates(cell.start, cell.end) if e.type != "concept"]
                surface = self.text[cell.start:cell.end].strip()
                if named:
                    e = named[0]
                    found.append(e if e.type in ("model", "product") else _Ent(e.start, e.end, e.name, "model", e.org))
                elif surface:
                    found.append(_Ent(cell.start, cell.end, surface, "model"))
            self._row_cache[key] = found
        return self._row_cache[key]

    def _captioned_industry(self, sentence: Sentence, label: Span) -> _Ent | None:
        """A row label that is an industry of the index family its caption names (``通信设备``
        under ``表2：AI链条申万二级行业周度表现``): that industry's index (``SW Communication
        Equipment Index``), or the family its label column's header names (``电子`` under
        ``申万一级行业``; a Shenwan level-2 ``IT服务`` under ``子板块``: ``sector_lists.column_family``),
        or None. A label that is a firm or holds words no index row knows is no industry
        (``index_name`` must read it whole)."""
        cap = sentence.caption
        family = captioned_family(self.ptext[cap.start:cap.end]) if cap is not None else None
        surface = self.ptext[label.start:label.end].strip()
        if family is None:
            headers = next((hs for c, hs in zip(sentence.clauses, sentence.col_headers or []) if c == label), ())
            family = next((f for h in headers if (f := column_family(surface, self.ptext[h.start:h.end]))), None)
        if family is None:
            return None
        if not surface or _FIRST_DIGIT.search(surface) or any(
                e.type == "company" for e in self._candidates(label.start, label.end)):
            return None
        name = sector_industry_name(surface, family)
        return _Ent(label.start, label.end, name, "index") if name else None

    def _graded_total(self, sentence: Sentence) -> _Ent | None:
        """A total row (``合计``) under rows labelled by grades of one product (``400G``,
        ``800G``, ``1.6T`` under 图表5：全球高速光模块出货量预测): the sum of the grades is the
        product the caption names, as a total of firms is their group; None unless at least two
        rows above it are graded and the caption names a subject."""
        graded = 0
        i = bisect.bisect_left(self._sentence_starts, sentence.start) - 1
        while i >= 0:
            row = self.sentences[i]
            if not row.is_row or row.is_header or row.header != sentence.header or row.label is None:
                break
            if self._graded_label(row.label) is None:
                return None
            graded += 1
            i -= 1
        if graded < 2 or sentence.caption is None:
            return None
        subject = self._caption_subject(sentence)
        if subject is None:
            return None
        return _Ent(sentence.label.start, sentence.label.end, subject.name, subject.type)

    def _sector_column_row(self, sentence: Sentence, label: Span) -> _Ent | None:
        """A row whose label is an industry under a column headed as the sectors (``计算机``
        under ``行业``): the sector (``Computer sector``), as a sector word names it in prose;
        None for any other row (``sector_lists.sector_row_name``)."""
        headers = next((hs for c, hs in zip(sentence.clauses, sentence.col_headers or []) if c == label), ())
        surface = self.ptext[label.start:label.end]
        for h in headers:
            name = sector_row_name(surface, self.ptext[h.start:h.end])
            if name is not None:
                start = label.start + len(surface) - len(surface.lstrip())
                return _Ent(start, start + len(surface.strip()), name, "index")
        return None

    def _row_entity(self, sentence: Sentence) -> _Ent | None:
        """The entity of a table row: a name in its label cell, else the label as written.

        A label that names a metric (``总收入``, ``营业收入（亿元）``) names no entity: the
        caption's does, when it names one.
        """
        label = sentence.label
        if self._label_under(sentence, "partner_column") and not self._own_measure_row(sentence):
            # | Partner | 规模 |: the counterparty column lists who the deal is with; the deals
            # are the caption's or the section's subject
            return self._section_subject(sentence)
        if self._component_row(sentence):
            # | 元器件 | 成本（美元） | 占比（%） | under 表1：X主要元器件成本估算: a part's row of
            # one product's bill of materials; its figures are the product's
            subject = self._section_subject(sentence)
            if subject is not None:
                return subject
        fund = self._fund_column_cell(sentence)
        if fund is not None:
            return fund  # 松涛半导体ETF under 基金简称: the fund, not 半导体 nor the fund of the row above
        for cell, headers in zip(sentence.clauses, sentence.col_headers or []):
            # a column headed 代表指数 / 公司名称 names the row's entity, whatever the label is
            if cell != label and any("entity_column" in self._roles_in(h) for h in headers):
                named = [e for e in self._candidates(cell.start, cell.end) if e.type != "concept"]
                if named:
                    return named[0]
                surface = self.text[cell.start:cell.end].strip()
                english = index_name(self.ptext[cell.start:cell.end], is_index=True)
                return _Ent(cell.start, cell.end, english or surface, "index" if english else "unknown")
        if label is not None and (_MONTH_DAY_CELL.fullmatch(self.ptext[label.start:label.end].strip())
                                  or _MINGUO_MONTH_CELL.fullmatch(self.ptext[label.start:label.end].strip())
                                  or self._is_date_cell(label)) and self._row_date(sentence):
            # | 04-09 | 云杉智能 | B轮 | under 日期 | 公司: a row opening with its date names the firm
            # in the column a firm word heads, never the date (nor an investor column's firm)
            return self._firm_column_cell(sentence)
        if label is not None and _DASH_CELL.fullmatch(self.ptext, label.start, label.end):
            label = None  # - | 其他 | 40 under 排名 | 厂商: an unranked row's blank rank, like a rank
        if label is None:
            # 序号 | 公司 | … or 代码 | 公司 | …: a value first, the firm in the column a firm word heads
            firm = self._firm_column_cell(sentence)
            if firm is not None:
                return firm
            region = self._region_cell(sentence)
            if region is not None:
                return region  # 4 | 浙江 | 806 under 排名 | 省（市）: the province ranked fourth, in English
            # | 2330 | Zorvex | 88.5 | under Ticker | Company: a row opening with its stock code is
            # the company named beside the code, whatever heads that name's column
            code = self._code_column_cell(sentence)
            return self._beside_code(sentence, code.end) if code is not None else None
        if self.ptext[label.start:label.end].strip().endswith(_PLAN_STAGE_LABELS):
            return None  # 第一个归属期 | 40%: a stage of the plan, whose terms are its issuer's
        if self.filing_issuer is not None and not self._period_label(label):
            own = self._filing_row(sentence, label)
            if own is not None:
                return own
        tail = sentence.label_tail
        if tail is not None and self.keywords.within(tail.start, tail.end) \
                and not any(e.type != "concept" for e in self._candidates(label.start, label.end)):
            # 归属于上市公司股东的扣除非经常 ⏎ 性损益的净利润: a line item wrapped onto the next line
            # names a metric, whose the table's caption, heading or document subject says
            subject = self._caption_market(sentence) or self._section_subject(sentence)
            if subject is not None and subject.type != "concept":
                return subject
        scenario = self._scenario_row(label)
        if scenario is not None:
            return scenario
        device = self._bill_of_materials(sentence)
        if device is not None:
            return device  # 摄像头模组 | 62 under 表1：小米17 Pro Max主要元器件成本估算: the phone's
        peer_row = self._market_peer_row(sentence, label) if any(
            w in self.ptext[label.start:label.end] for w in _PEER_ROW_ENDS) else None
        if peer_row is not None:
            self._peer_rows.add(sentence.start)
            return peer_row
        if sentence.caption is not None and self._period_label(label):
            subject = self._caption_name(sentence)
            if subject is not None:
                return subject  # 2025年2月峰值 | 14.8: a time, the row of the caption's subject
        if self._share_suffix_row(sentence):
            part = self._share_suffix_part(sentence)
            if part is not None:
                return part  # GPU占比 | 78: the part whose share the row holds
        category = self._category_label(label)
        if category is not None:
            return category  # Server DRAM | +5～10: the category as the row states it, not DRAM
        captioned = self._captioned_industry(sentence, label)
        if captioned is not None:
            return captioned  # 光学光电子 under 表2：申万二级行业周度表现: SW Optoelectronics Index
        if self._survey_population_in(0, label.start) is None:
            # a survey's rows are its respondents' industries (below); elsewhere 计算机 | 1,086.50
            # under 行业 | 融资余额 is the Computer sector's figures
            sector = self._sector_column_row(sentence, label)
            if sector is not None:
                return sector
        surface = self.ptext[label.start:label.end]
        cut = min([i for i in (surface.find("("), surface.find("（")) if i > 0] or [len(surface)])
        industry = industry_name(surface[:cut])
        if industry is not None:
            # 电子与半导体 | 68.9 under 采用率（%）: a survey's row of one industry is its firms, not
            # the concept (半导体) nor a firm shaped by its tail
            start = label.start + len(surface) - len(surface.lstrip())
            return _Ent(start, label.start + cut, industry, "group")
        named = [e for e in self._candidates(label.start, label.end) if e.type != "concept"]
        if named:
            return named[0]
        if self.title_fund is not None and not self._candidates(label.start, label.end):
            # 过去一年 | 78.05%, 权益投资 | 3,937,105,220.40 in a fund report: a row naming no one
            # is the title's fund's (of the share class its caption names), never its label's
            pool = self._candidates(sentence.caption.start, sentence.caption.end) if sentence.caption else []
            own = [e for e in pool if e.name.startswith(self.title_fund.name)]
            return own[0] if own else self.title_fund
        if self._year_row(sentence):
            # 2026E | 8,200 under 表2 中国人工智能核心产业规模及预测: a year row is when, the caption
            # names what; when nothing names it, whatever linking finds, never the year as a name
            # (2022 | 11 | 30 under 表2 某省备案数: the rows below are no entities called 2022, 2023)
            return self._caption_subject(sentence)
        if self.ptext[label.start:label.end].strip() in kw.word_group("group_total"):
            members = self._rows_above(sentence)
            if len(members) >= 2:
                group = self._group_entity(members)
                return _Ent(label.start, label.end, group.name, group.type)
            whole = self._graded_total(sentence)
            if whole is not None:
                return whole  # 合计 under 400G | 800G | 1.6T: all of the caption's product, not 合计
        if sentence.caption is not None and self.ptext[label.start:label.end].strip() in _PEER_STATISTICS:
            # 表3：可比公司估值 … 平均 | 47.5: the comparables' average, the group the caption names
            peers = [e for e in self._candidates(sentence.caption.start, sentence.caption.end) if e.name in _PEER_GROUPS]
            if peers:
                return _Ent(label.start, label.end, peers[0].name, peers[0].type)
        if _CODE_CELL.fullmatch(self.ptext, label.start, label.end) or self._code_cell(sentence, label):
            beside = self._beside_code(sentence)
            if beside is not None:
                return beside
            listed = self._listed_label(label)
            if listed is not None:
                return listed  # EQIX under Ticker, nothing beside it: the firm listed as EQIX.O
        placed = self._place_market_label(label)
        if placed is not None:
            return placed  # 中国市场（亿元） under 表1　人形机器人市场规模预测: China humanoid robot market
        if self.keywords.within(label.start, label.end) or self._unit_labels(label):
            # 总收入 / 营业收入（亿元）: a metric label; the caption names whose it is (单机柜功率（kW）:
            # a label with a unit of its own is one too, whatever its words)
            pool = self._candidates(sentence.caption.start, sentence.caption.end) if sentence.caption else []
            named_pool = [e for e in pool if e.type != "concept"]
            if named_pool:
                return named_pool[0]
            own = self._candidates(label.start, label.end)
            if own and find_unit_labels(self.ptext[label.start:label.end]):
                return own[0]  # AI算力市场规模（亿美元）: the label's own market, not the caption's first
            if pool and find_unit_labels(self.ptext[label.start:label.end]):
                return pool[0]
            subject = self._key_value_subject(sentence) if self.report_company is None else None
            if subject is not None:
                return subject  # | 开盘价（元） | 318.00 | under | 指标 | 6月3日 |: the issuer's, not 开盘价's
            if self.report_company is not None:
                # 营业收入（百万元） in a company note's forecast table: the company's row
                return self.report_company
            if not sentence.header and len(sentence.clauses) == 2:
                # 集资总额　50.55亿至54.07亿港元 in a headerless two-column list: a field of the
                # section's or document's subject, never a name of its own
                section = self._section_subject(sentence)
                if section is not None and section.type != "concept":
                    return section
        if self.report_company is not None and self._growth_label(label):
            return self.report_company  # 同比（%） under an amount row: the company's growth
        graded = self._graded_label(label)
        if graded is not None:
            return graded  # 800G | 1,900 under 出货量（万只）: the modules of that generation
        concepts = self._candidates(label.start, label.end)
        shaped = self._shaped_label(label)
        if shaped is None:
            # 中证人工智能 as a row label: an index family and its theme words, not the theme alone
            surface = self.ptext[label.start:label.end]
            cut = min([i for i in (surface.find("("), surface.find("（")) if i > 0] or [len(surface)])
            english = family_index_name(surface[:cut])
            if english:
                # the lexicon's index of that name with its suffix keeps its name (中证人工智能指数)
                known = [m for m in get_matcher().find(surface[:cut].strip() + "指数")
                         if m.type == "index" and m.start == 0]
                return _Ent(label.start, label.start + cut, known[0].entity if known else english, "index")
        if shaped is not None and all(c.start > label.start for c in concepts):
            return shaped  # 曜芯半导体 as a row label: a firm, the concept (半导体) only its tail
        firm = self._firm_column_label(sentence, label)
        if firm is not None and all(c.start > label.start for c in concepts):
            return firm  # 公司 | … over 澜溪数科: a firm's short name, whatever its shape
        if concepts:
            owner = self._segment_concept_owner(sentence, label)
            return owner if owner is not None else concepts[0]
        if self._metric_only(label):
            market = self._caption_market(sentence)
            if market is not None:
                return market  # 图表3：全球AI芯片市场规模 over a row 市场规模: the market the caption names
            section = self._section_subject(sentence)
            if section is not None and section.type != "concept":
                return section  # 营业收入 names a metric, no one: the table's heading or the document's subject
        if self._modified_metric(label):
            section = self._section_subject(sentence)
            if section is not None and section.type != "concept":
                return section  # 综合毛利率: a metric with a modifier names no one either
        if self.keywords.within(label.start, label.end) and self._year_columns(sentence) \
                and not (sentence.caption is not None and self._market_size_caption(sentence.caption)):
            # (全球存储芯片 | 900 under 表1：…市场规模预测 | 2025E: a market's row, its label as written)
            section = self._section_subject(sentence)
            if section is not None and section.type != "concept":
                # 调整后净利润 | 80.9 | 92.3 under 项目 | 2024A | 2025E: a forecast table's line
                # item, whatever words qualify its metric, is the covered company's
                return section
        surface = self.text[label.start:label.end]
        cut = min([i for i in (surface.find("("), surface.find("（")) if i > 0] or [len(surface)])
        times = _MULTIPLIER_TAIL.search(surface, 0, cut)
        if times is not None and times.start() > 0:
            cut = times.start()
        name = surface[:cut].strip()
        english = index_name(self.ptext[label.start:label.start + cut])
        if english:
            return _Ent(label.start, label.start + cut, english, "index")
        if name and name.endswith(_INDEX_SUFFIXES):
            # a row 液冷板块 / CPO概念指数: a sector no index word names, in English still
            start, english, kind = sector_name(self.ptext, label.start + surface.index(name), label.start + cut)
            if kind == "index" and not _HAN.search(english):
                return _Ent(start, label.start + cut, english, "index")
        if name in self._glosses:
            return _Ent(label.start, label.start + cut, self._glosses[name], "company")
        region = region_name(self.ptext[label.start:label.start + cut])
        if region is not None:
            # 甘肃 | 0.31 | 0.27 under 大工业电价（元/kWh）: the region's row, in English
            return _Ent(label.start, label.start + cut, region, "unknown")
        place = place_english(name)
        if place:
            # 全球 | 415 under 数据中心用电量（单位：TWh）: the world's row, in English
            return _Ent(label.start, label.start + cut, place, "unknown")
        industry = industry_name(self.ptext[label.start:label.start + cut])
        if industry is not None:
            # 金融 | 45%: a survey's row of one industry is that industry's firms, in English
            return _Ent(label.start, label.start + cut, industry, "group")
        person = self._person_label(sentence, label, name)
        if person is not None:
            return _Ent(label.start, label.start + cut, person, "unknown")  # 王志远 under 股东: Wang Zhiyuan
        owner = self._unnamed_label_owner(sentence, label, name) if name else None
        if owner is not None:
            return owner
        rest = next((w for w in _REMAINDER_LABELS if name.startswith(w)), None) if name else None
        headers = next((hs for c, hs in zip(sentence.clauses, sentence.col_headers or []) if c == label), ())
        if rest is not None and (not any(self.ptext[h.start:h.end].strip().lower() in _FIRM_COLUMN for h in headers)
                                 or self._share_table(sentence)):
            # (under a firm column, 公司 | 其他, the label stays as written: no firm, nor a group;
            # but 品牌 | 份额 … 其他 | 12.4: in a table of shares the rows split one whole, and
            # 其他 is the rest of it, Other, as anywhere else)
            # 其他 | 18%, 其他中国厂商 | 10%: the rest of the rows, in English (Other); the words after
            # 其他 are no name the lexicon knows (they were read above), so none is made of them
            return _Ent(label.start, label.start + cut, _REMAINDER_LABELS[rest], "group")
        if name and _HAN.search(name) and (self._growth_label(label) or self._all_metric_words(
                label.start + surface.index(name), label.start + surface.index(name) + len(name))):
            # 进口数量（亿个） | 498 under 表1：集成电路进出口: a Chinese label made of metric words
            # (or a growth word, 同比（%）) names what is measured, never whom; the caption's name,
            # else whatever linking finds
            return self._caption_name(sentence) if sentence.caption is not None else None
        return self._label_as_written(label, cut, name) if name else None

    def _label_as_written(self, label: Span, cut: int, name: str) -> _Ent:
        """A row label no rule above names anyone by: a sub-row's part without its 其中 prefix
        (``其中：云业务``), in English where its region, industry or segment words all translate
        (``杭州及周边`` -> Hangzhou and surrounding, ``营销与客服``: ``names.label_english``), else as
        written."""
        skip = part_prefix_length(self.text[label.start:label.start + cut])
        name = self.text[label.start + skip:label.start + cut].strip() if skip else name
        start = label.start + skip if skip else label.start
        english = label_english(self.ptext[start:label.start + cut]) if _HAN.search(name) else None
        return _Ent(start, label.start + cut, english or name, "unknown")

    def _market_size_caption(self, cap: Span) -> bool:
        """A caption holding a market-size keyword (``市场规模``): its rows are markets."""
        return any(m.startswith("market_size") for h in self.keywords.within(cap.start, cap.end)
                   for m in kw.keyword(h.word).metrics.values() if m)

    def _share_table(self, sentence: Sentence) -> bool:
        """Whether a table's caption or column headers speak of shares (facts_words
        ``remainder_share_word``: 份额, 占比): its 其他 row is the rest of the market (Other) even
        under a vendor column (品牌 | 其他 | 12.4 under 品牌份额（%）), where a revenue table's 其他
        under 公司 stays as written."""
        spans = [sentence.caption] if sentence.caption is not None else []
        spans += [h for hs in (sentence.col_headers or []) for h in hs]
        return any(w in self.ptext[sp.start:sp.end] for sp in spans for w in _REMAINDER_SHARE_WORDS)

    def _all_metric_words(self, start: int, end: int) -> bool:
        """Whether every Chinese character of ``[start, end)`` lies inside a metric keyword
        (``进口数量``, ``出口金额``), as against a name that only holds one (``全球AI加速芯片``)."""
        hits = self.keywords.within(start, end)
        if not hits:
            return False
        return all(any(h.start <= i < h.end for h in hits)
                   for i in range(start, end) if _HAN.match(self.ptext, i))

    def _unnamed_label_owner(self, sentence: Sentence, label: Span, name: str) -> _Ent | None:
        """Whose a row is when its label names no one any rule above knows: a line item
        (``期内亏损`` under 表1 主要财务数据, ``发售股数`` in an offering's key-value block) or a
        category of a breakdown (``3nm`` under 表2 台积电晶圆收入按制程占比) is an attribute of the
        table's subject, never an entity of its own. The firm the caption names owns a Chinese
        label's row, and any label's row when the caption is a breakdown (``caption_basis_lead``:
        按制程); a Chinese label holding a metric word is the table heading's or the document's
        subject otherwise. None leaves the label as written (an English segment name, a code)."""
        han = _HAN.search(name) is not None
        cap = sentence.caption
        if cap is not None:
            caption = self.ptext[cap.start:cap.end]
            firms = [e for e in self._candidates(cap.start, cap.end) if e.type == "company"]
            if firms and (han or any(w in caption for w in kw.word_group("caption_basis_lead"))):
                return _Ent(label.start, label.end, firms[0].name, firms[0].type, firms[0].org)
        if han and self.report_company is not None and self._segment_table(sentence):
            # 云端产品线 | 28.70 under 表1：分产品收入 (or a corner 分部) in a company note: a segment (or
            # the 合计 row) of the note's company, no firm of its own; the company is whose it is
            e = self.report_company
            return _Ent(label.start, label.end, e.name, e.type, e.org)
        if han and self.keywords.within(label.start, label.end):
            if cap is not None:
                if self._market_size_caption(cap) and not self._metric_only(label):
                    # 全球AI加速芯片 | 2100 under 表1：算力产业链核心环节市场规模预测: a label holding a
                    # product word under a market-size caption names the market itself (the label as
                    # written), no part of the whole the caption names
                    return None
                # 表1：集成电路进出口 over 进口数量（亿个）: the caption's concept is what the metric
                # rows are of, rather than the document's subject (a company note's, or a heading's
                # right above naming a firm, still: 三、岚渡科技 over 表3：AI服务器业务 | 服务器业务收入)
                concepts = [e for e in self._candidates(cap.start, cap.end) if e.type == "concept"]
                if concepts and self.report_company is None and self._heading_name(sentence) is None:
                    return _Ent(label.start, label.end, concepts[0].name, concepts[0].type, concepts[0].org)
            section = self._section_subject(sentence)
            if section is not None and section.type != "concept":
                return _Ent(label.start, label.end, section.name, section.type, section.org)
        return None

    def _segment_concept_owner(self, sentence: Sentence, label: Span) -> _Ent | None:
        """``云服务 | 311,800 | 31.7%`` under ``收入按业务分部划分``: in a company note, a row label
        the lexicon reads as a concept (云服务, 大模型, 智能驾驶) in a table of the firm's segments
        (``_segment_row``) is a business line of the note's company, whose revenue is the
        firm's earnings, not the industry's market size. A caption naming a market
        (``market_word``: 全球AI服务器市场分产品出货) keeps the concept. None otherwise."""
        if not self._segment_row(sentence):
            return None
        company = self.report_company
        return _Ent(label.start, label.end, company.name, company.type, company.org)

    def _segment_row(self, sentence: Sentence) -> bool:
        """Whether a row is of a company note's table of its firm's segments (``_segment_table``)
        whose caption names no market (``market_word``)."""
        if self.report_company is None or not self._segment_table(sentence):
            return False
        cap = sentence.caption
        return cap is None or not any(w in self.ptext[cap.start:cap.end] for w in _MARKET_WORDS)

    def _segment_table(self, sentence: Sentence) -> bool:
        """Whether a table's rows are one firm's segments: its corner cell is a segment word
        (``facts_words.csv`` ``segment_corner``: 分部, 产品线) or its caption says the figures are
        broken down that way (``segment_caption``: 分产品收入, 收入构成)."""
        cap = sentence.caption
        if cap is not None and any(w in self.ptext[cap.start:cap.end] for w in kw.word_group("segment_caption")):
            return True
        label = sentence.label
        corner = self._cell_index(sentence, label) if label is not None and sentence.col_headers else None
        return corner is not None and any(self.ptext[h.start:h.end].strip() in _SEGMENT_CORNER
                                          for h in sentence.col_headers[corner])

    def _person_label(self, sentence: Sentence, label, name: str) -> str | None:
        """A row label under a people column (``facts_words.csv`` ``person_column``: 股东, 姓名)
        that is a person's Chinese name (a surname of ``surname`` and one or two characters), in
        pinyin as English writes it (``王志远`` -> ``Wang Zhiyuan``), else None."""
        if not 2 <= len(name) <= 4 or not _HAN_RUN.fullmatch(name):
            return None
        family = next((name[:n] for n in (2, 1) if name[:n] in _SURNAMES and len(name) - n in (1, 2)), None)
        if family is None:
            return None
        if not any(any(w in self.ptext[h.start:h.end] for w in _PERSON_COLUMN)
                   for cell, headers in zip(sentence.clauses, sentence.col_headers or []) if cell == label
                   for h in headers):
            return None
        from pypinyin import Style, lazy_pinyin

        def word(chars: str) -> str:
            text = "".join(lazy_pinyin(chars, style=Style.NORMAL))
            return text[:1].upper() + text[1:]
        return word(family) + " " + word(name[len(family):])

    def _key_value_subject(self, sentence: Sentence) -> _Ent | None:
        """Whom a key-value table is about, or None when the row is no key-value row.

        A two-column table whose header opens with ``facts_words.csv`` ``key_value_header``
        (``| 项目 | 数值 |``, ``| 指标 | 12月5日 |``) lists metrics of one subject in its label
        column: the subject is the caption's or heading's name, else the document's, else the
        last company the text names above the table (``12月5日，岚芯科技在科创板挂牌上市。``).
        """
        header = sentence.header
        if not header or len(header) != 2 or len(sentence.clauses) != 2:
            return None
        if self.ptext[header[0].start:header[0].end].strip() not in _KEY_VALUE_HEADERS:
            return None
        subject = self._section_subject(sentence)
        if subject is not None and subject.type == "company":
            return subject
        above = [e for e in self.entities.within(0, header[0].start) if e.type == "company"]
        return above[-1] if above else subject

    def _category_label(self, label: Span) -> _Ent | None:
        """A row label of Latin words ending in a product category (``facts_words.csv``
        ``category_label_tail``: ``PC DRAM``, ``Mobile DRAM（LPDDR5X）``, ``Enterprise SSD``): the
        category as the row states it (a bracketed example after it is not the entity); None for
        the category alone (``DRAM``) or any other label."""
        surface = self.ptext[label.start:label.end]
        if not surface.isascii() and "（" not in surface:
            return None  # cheap: a Chinese label is no such category
        cut = min([i for i in (surface.find("("), surface.find("（")) if i > 0] or [len(surface)])
        m = _CATEGORY_LABEL.fullmatch(surface[:cut].strip())
        if m is None:
            return None
        start = label.start + surface.index(m.group(0))
        if any(e.type == "company" for e in self._candidates(start, start + len(m.group(0)))):
            return None  # Samsung HBM: a firm's row, the firm's entity
        return _Ent(start, start + len(m.group(0)), m.group(0), "concept")

    def _graded_products(self, concepts: list[_Ent]) -> list[_Ent]:
        """``800G模块``, ``1.6T产品``, ``3.2T方案`` in a document about optical modules: the
        optical transceivers of that speed grade (``800G optical transceivers``); a grade already
        named with a concept (``800G光模块``) is that concept's."""
        out = []
        for m in _GRADED_PRODUCT.finditer(self.ptext):
            if not any(c.start <= m.start() < c.end for c in concepts):
                out.append(_Ent(m.start(), m.end(), f"{m.group(1)}{_GRADED_SUFFIX}", "concept"))
        return out

    def _graded_label(self, label: Span) -> _Ent | None:
        """A table row labelled by a speed grade alone (``800G``, ``1.6T``) or by a grade and what
        is measured of it (``800G出货量（万只）``) in a document about optical modules: the optical
        transceivers of that grade; None for any other label."""
        if not self._optical:
            return None
        m = _GRADE_LABEL.fullmatch(self.ptext, label.start, label.end) \
            or _GRADE_LABEL_HEAD.match(self.ptext, label.start, label.end)
        if m is None:
            return None
        return _Ent(m.start(1), m.end(1), f"{m.group(1)}{_GRADED_SUFFIX}", "concept")
    def _teardown_subject(self, q, clause: Span, entities: list[_Ent]) -> list[_Ent]:
        """``SoC成本占比32.9%；NPU算力提升约37%`` in a teardown note (``teardown_device``): a
        figure whose clause names nothing before it (its subject carried from an earlier clause,
        or none) is the torn-down device's; a clause naming its own part, category or firm
        (``16GB LPDDR5X采购价``, ``移动DRAM合约价``) keeps it."""
        if any(e.end <= q.start for e in self._candidates(clause.start, q.start)):
            return entities
        if entities and all(clause.start <= e.start < clause.end for e in entities):
            return entities  # named after the figure in its own clause
        if any(e.type in _CATEGORY_TYPES for e in entities):
            return entities  # 全球生成式AI手机出货量4亿部，同比增长约73%: the industry's, carried on
        d = self.teardown_device
        return [_Ent(d.start, d.end, d.name, d.type, d.org)]

    def _bill_of_materials(self, sentence: Sentence) -> _Ent | None:
        """A row of a table whose caption names one device (a product or model) and a bill of
        materials (``facts_words`` ``bom_caption``: 元器件, BOM, 物料成本): its label is a part of
        that device, whose cost and share the row gives, so the entity is the device; None for
        any other row."""
        cap = sentence.caption
        if cap is None or not any(w in self.ptext[cap.start:cap.end] for w in _BOM_CAPTION_WORDS):
            return None
        devices = [e for e in self._candidates(cap.start, cap.end) if e.type in ("product", "model")]
        return devices[0] if len(devices) == 1 else None

    def _scenario_row(self, label: Span) -> _Ent | None:
        """``乐观情景　30%　60　110　…　980元``: a row labelled by a valuation scenario holds the
        covered company's forecast and price under that scenario, so its entity is the company
        the note covers (the scenario is no entity); None for any other label or when the note
        names no covered company."""
        surface = self.ptext[label.start:label.end].strip()
        cut = min([i for i in (surface.find("("), surface.find("（")) if i > 0] or [len(surface)])
        if not _SCENARIO_LABEL.fullmatch(surface[:cut].strip()):
            return None
        return self._covered_company()

    def _sensitivity_base_case(self, sentence: Sentence, quantities: list) -> list:
        """The quantities of a row that are facts when its caption names a sensitivity grid.

        ``表5：DCF敏感性分析（目标价，元）`` over ``WACC\\永续增长率 | 2.5% | 3.0% | 3.5%`` and rows
        ``8.6% | 58.2 | 62.0 | 66.9``: the headers are inputs and the cells prices under inputs
        the report does not assume, so none is a fact but the centre cell, the base case (the
        target price, which prose usually repeats). Any other row's quantities are returned as
        they are.
        """
        cap = sentence.caption
        grid = self._sensitivity_grids.get(cap.start)
        if grid is None:
            rows = []
            if _SENSITIVITY_CAPTION.search(self.ptext, cap.start, cap.end):
                rows = [s for s in self.sentences if s.is_row and s.caption is not None and s.caption.start == cap.start]
                if rows and rows[0].label is not None and not rows[0].header and all(
                        r.label is None for r in rows[1:]):
                    rows = rows[1:]  # WACC\永续增长率 | 2.5% | …: the first line is the column inputs
            grid = self._sensitivity_grids[cap.start] = rows
        if not grid:
            return quantities
        middle = grid[len(grid) // 2]
        if len(grid) % 2 == 0 or middle.start != sentence.start:
            return []
        cells = middle.clauses[1:] if middle.label is None else [c for c in middle.clauses if c != middle.label]
        if len(cells) % 2 == 0:
            return []
        centre = cells[len(cells) // 2]
        return [q for q in quantities if centre.start <= q.start and q.end <= centre.end]

    def _period_label(self, label: Span) -> bool:
        """A row label that names a time only: a period (``2025年11月``, ``2024年末``) or a time
        word (``近一年``: ``period_row_time``), maybe with a descriptor after it (``峰值``, ``均值``, ``高点``: ``period_row_descriptor``)."""
        found = self.periods.within(label.start, label.end)
        if not found:
            # 近一年高点: a time no date gives (period_row_time)
            text = self.ptext[label.start:label.end].strip()
            time = next((w for w in _PERIOD_ROW_TIMES if text.startswith(w)), None)
            return time is not None and (text == time or text[len(time):] in _PERIOD_ROW_DESCRIPTORS)
        if self.ptext[label.start:found[0].start].strip():
            return False
        rest = self.ptext[max(p.end for p in found):label.end].strip()
        return not rest or rest in _PERIOD_ROW_DESCRIPTORS

    def _caption_name(self, sentence: Sentence) -> _Ent | None:
        """What a table's caption is about (``AI板块成交额占全A比重``: the AI sector): its first
        name, a lexicon concept included, outside the caption's own period words."""
        cap = sentence.caption
        times = self.periods.within(cap.start, cap.end)
        for e in self._candidates(cap.start, cap.end):
            if not any(p.start < e.end and e.start < p.end for p in times):
                return e
        return None

    def _glued_label_models(self, ents: list[_Ent]) -> list[_Ent]:
        """``青岚Chat 2.1`` as a table row's label: Chinese characters glued before a model name
        found by its shape, from the cell's start, are the model's family and the whole label is
        the model (``Qinglan Chat 2.1``); the same characters glued before the name elsewhere in
        the document name it too. A lexicon family (``豆包Seed 2.0``) is read by
        :func:`_glued_models`; in prose alone the characters before a name are not taken (where
        a word ends is not written there)."""
        shaped = sorted((e.start, e.end) for e in ents if e.type == "model" and e.shaped)
        if not shaped:
            return ents  # most documents: no model found by its shape
        starts = [a for a, _ in shaped]
        heads = {}
        for sentence in self.sentences:
            label = sentence.label
            if not sentence.is_row or sentence.is_header or label is None:
                continue
            for a, b in shaped[bisect.bisect_right(starts, label.start):bisect.bisect_left(starts, label.end)]:
                if b <= label.end and _HAN_RUN.fullmatch(self.text, label.start, a):
                    heads[self.text[a:b]] = self.text[label.start:a]
        if not heads:
            return ents
        out = []
        for e in ents:
            head = heads.get(self.text[e.start:e.end]) if e.type == "model" and e.shaped else None
            a = e.start - len(head) if head else e.start
            if head and a >= 0 and self.text.startswith(head, a) \
                    and not any(o.end > a and o.start < e.start for o in ents if o is not e):
                e = _Ent(a, e.end, english_name(head + self.text[e.start:e.end]), "model", e.org, True)
            out.append(e)
        return out

    def _with_fullwidth_cells(self, quantities: list) -> list:
        """``Zeta-9 Flash　0.40　　2.50``: one full-width blank parts two cells of an aligned table
        (the rows were split on the text as written), but the parsing text folds it to one ASCII
        blank, where a number after a Latin name reads as part of the name (``Llama 2``). A bare
        value cell that starts right after a full-width blank and holds no quantity is read again
        with that blank a cell edge."""
        starts = {q.start for q in quantities}
        added = []
        for sentence in self.sentences:
            if not sentence.is_row or sentence.is_header:
                continue
            for cell in sentence.clauses:
                a, b = cell.start, cell.end
                if a == 0 or self.text[a - 1] != "\u3000" or a in starts or cell == sentence.label \
                        or not _BARE_NUMBER.fullmatch(self.ptext[a:b].strip()):
                    continue
                # the row read again with its full-width blanks tabs, as the layout has it (same
                # length): 人民币　30.0　　260 is a value row only when its other cells are cells too
                lo, hi = sentence.start, sentence.end
                row = "".join("\t" if c == "\u3000" else p for c, p in zip(self.text[lo:hi], self.ptext[lo:hi]))
                added += [dataclasses.replace(q, start=q.start + lo, end=q.end + lo)
                          for q in find_quantities(row) if q.start == a - lo and q.end == b - lo]
        return sorted([*quantities, *added], key=_START) if added else quantities

    def _with_year_like_cells(self, quantities: list) -> list:
        """``城市　核心产业规模（亿元）`` over ``北京　10000``, ``成都　2000``; ``交付目标（台）`` over
        ``2000``: a bare cell that reads like a year (19xx, 20xx) under a header cell whose own
        bracket gives a unit (a magnitude and currency, a counter) is a value of that column, not
        a year: the quantity reader drops every bare year-like number, so the cell is added back
        here (``_with_table_unit`` scales it, and ``_row_periods`` does not take it for a period).
        A year column (``成立年份``, ``2025E``) has no unit bracket and keeps its years."""
        starts = {q.start for q in quantities}
        added = []
        for sentence in self.sentences:
            if not sentence.is_row or sentence.is_header or not sentence.col_headers:
                continue
            label = sentence.label
            if label is not None and _TIME_HEADER.search(self.ptext, label.start, label.end):
                continue  # 年份 | 2024 | 2025: a row of periods, whatever the columns hold
            cells = [self.ptext[c.start:c.end].strip() for c in sentence.clauses if c != label]
            if len(cells) >= 2 and all(_YEAR_LIKE_CELL.fullmatch(c) for c in cells):
                continue  # 2024 | 2025 | 2026: a line of years the splitter took for a body row
            for n, cell in enumerate(sentence.clauses):
                if cell == label or n >= len(sentence.col_headers) or not sentence.col_headers[n]:
                    continue
                raw = self.ptext[cell.start:cell.end]
                m = _YEAR_LIKE_CELL.fullmatch(raw.strip())
                if m is None:
                    continue
                a = cell.start + len(raw) - len(raw.lstrip())
                if a in starts:
                    continue
                head = sentence.col_headers[n][-1]
                text = self.ptext[head.start:head.end]
                if not (counter_label(text) or any(u[3] not in ("years", "months") for u in find_unit_labels(text))
                        or self._caption_unit_column(sentence, text)):
                    continue
                value = Decimal(m.group(0))
                added.append(Quantity(value=float(value), value_high=None, unit="count", per=None, qualifier=None,
                                      text=m.group(0), start=a, end=a + len(m.group(0)), exact=value))
        self.year_like_cells = {q.start for q in added}
        return sorted([*quantities, *added], key=_START) if added else quantities

    def _caption_unit_column(self, sentence: Sentence, header: str) -> bool:
        """``表1　交付目标（单位：台）`` over a column ``目标``: a caption giving the table's unit
        makes its columns value columns, except a column whose header speaks of time
        (``成立年份``, ``上市时间``: its cells are years)."""
        if sentence.caption is None or _TIME_HEADER.search(header):
            return False
        caption = self.ptext[sentence.caption.start:sentence.caption.end]
        return any(u[3] not in ("years", "months") for u in find_unit_labels(caption)) \
            or _CAPTION_COUNTER.search(caption) is not None

    def _own_change_column(self, sentence: Sentence, q, cls: str):
        """``毛利率比上年同期增减`` over ``减少1.20个百分点``: a change column whose own header names a
        measure with a change of this kind (毛利率 -> gross_margin_change) is that measure's change,
        not the growth of the amount left of it. None when the header names none."""
        if cls != "pp":
            return None  # a ratio under 营业收入比上年同期增减(%) is the growth either way
        for h in self._column_header(sentence, q):
            for hit in self.keywords.within(h.start, h.end):
                k = kw.keyword(hit.word)
                if k.metrics.get(cls) and not k.metrics.get("money"):
                    return k, k.metrics[cls], None
        return None

    def _own_growth_column(self, sentence: Sentence, q, cls: str):
        """``广告展示量同比(%) | 单广告均价同比(%)``: a growth column whose own header names a measure
        with a growth or change of its own (单广告均价 -> price_per_ad_change) is that measure's,
        not the growth of the column left of it. None when the header names none (``同比(%)``)."""
        if cls != "ratio":
            return None
        for h in self._column_header(sentence, q):
            for hit in self.keywords.within(h.start, h.end):
                k = kw.keyword(hit.word)
                if k.metrics.get(cls, "").endswith(("_growth", "_change")):
                    return k, k.metrics[cls], None
        return None

    def _row_guidance(self, q, cls: str, cell: Span, last_by_class: dict):
        """``| Alphabet | 52.5 | 91.0 | 2025指引91-93 |``: a number after a guidance word in a
        text cell of a row (a remarks column) is the company's guidance for the measure the row's
        value cells before it hold (``capex_guidance``), in their unit; None for any other cell."""
        if is_value_cell(self.ptext[cell.start:cell.end]) or not self._role_hits(cell.start, q.start, "guidance"):
            return None
        k, metric, _ = last_by_class[cls]
        return (k, metric if metric.endswith("_guidance") else f"{metric}_guidance", None)

    def _change_of_row_amount(self, sentence: Sentence, q, last_by_class: dict):
        """``H100 | AWS | 6.88 | 6.88 | 0.0`` under ``11月 | 10月 | 月变动``: a per cent under a growth
        header (月变动, 环比, 同比) of a row whose amounts to its left no keyword of their own
        names (a caption's bare price, a period column's amount) is the change of the row's last
        amount: a price's change, an amount's growth. None when the header is no growth word or
        the row stated no amount before it."""
        if not any(not self._roles_in(h).isdisjoint(("growth", "qoq")) for h in self._column_header(sentence, q)):
            return None
        for cls in ("price", "money", "count"):
            if cls in last_by_class:
                k, base, _ = last_by_class[cls]
                own = k.metrics.get("ratio") or ""
                if own.endswith(("_change", "_growth")):
                    return k, own, None
                return k, f"{base}_change" if cls == "price" else f"{base}_growth", None
        return None

    def _growth_of_left_column(self, sentence: Sentence, q):
        """``预告净利润（亿元） | 同比变动`` over ``— | 同比下降30%-45%``: a cell under a growth header
        whose row states no amount left of it (``—``) is still the growth of the metric the
        header cell left of its own names. None when the header is no growth word or the cell
        left names no amount."""
        left = self._left_of_growth_header(sentence, q)
        if left is None:
            return None
        for h in self.keywords.within(left.start, left.end):
            k = kw.keyword(h.word)
            base = k.metrics.get("money") or k.metrics.get("count")
            if base:
                return k, k.metrics.get(kw.KIND_CLASS.get(q.kind)) or f"{base}_growth", None
        return None

    def _left_of_growth_header(self, sentence: Sentence, q):
        """The header cell left of the growth header (同比变动, 环比变动) a table cell stands under,
        or None when its header is no growth word or has no cell left of it."""
        headers = self._column_header(sentence, q)
        if not headers or sentence.header is None or headers[-1] not in sentence.header:
            return None
        if not any(self._role_hits(h.start, h.end, role) for h in headers for role in ("growth", "qoq")):
            return None
        at = sentence.header.index(headers[-1])
        return sentence.header[at - 1] if at else None

    def _change_of_left_column(self, sentence: Sentence, q):
        """``持股市值（亿元） | 环比变动（亿元）`` over ``580.4 | +160.2``: an amount under a
        period-on-period header is the change of the amount the header cell left of its own
        names (``holdings_market_value_change``), not a level of its own, when that amount's
        change is a metric (``facts_words.csv`` ``level_change_metric``). None when the header
        is no growth word or the cell left names no such amount."""
        left = self._left_of_growth_header(sentence, q)
        if left is None:
            return None
        for h in self.keywords.within(left.start, left.end):
            k = kw.keyword(h.word)
            if k.metrics.get("money") in _LEVEL_CHANGE_METRICS:
                return k, f"{k.metrics['money']}_change", None
        return None

    def _with_flat_cells(self, quantities: list) -> list:
        """``| 岳川-Pro | 4.0 | 4.0 | 持平 |`` under ``调价幅度``: a cell holding only a no-change word
        (``facts_words.csv`` ``flat_cell``) under a column header naming a change (``change_header``:
        幅度, 变动, 同比) states a change of 0, a ratio read as the column's other cells are. The word
        in a text cell, in prose or under any other header is no number."""
        added = []
        for sentence in self.sentences:
            if not sentence.is_row or sentence.is_header or not sentence.col_headers:
                continue
            for idx, cell in enumerate(sentence.clauses):
                body = self.ptext[cell.start:cell.end].strip()
                if body not in _FLAT_CELLS or cell == sentence.label or idx >= len(sentence.col_headers):
                    continue
                header = "".join(self.ptext[h.start:h.end] for h in sentence.col_headers[idx])
                if sentence.caption is not None:
                    # 合约价涨幅（%） over 产品 | 4Q25 | 1Q26F: period columns under a caption naming a change
                    header += self.ptext[sentence.caption.start:sentence.caption.end]
                if not any(w in header for w in _CHANGE_HEADER):
                    continue
                a = self.ptext.index(body, cell.start, cell.end)
                added.append(Quantity(value=0.0, value_high=None, unit="ratio", per=None, qualifier=None,
                                      text=self.text[a:a + len(body)], start=a, end=a + len(body),
                                      exact=Decimal(0), signed=False, kind="percent"))
        return sorted([*quantities, *added], key=_START) if added else quantities

    def _metric_label(self, sentence: Sentence) -> bool:
        """A row label naming a metric and no one (``单机柜功率（kW）``, ``营业收入（亿美元）``): the
        row holds one value per column, of whatever each column names."""
        label = sentence.label
        if label is None:
            return False
        key = (sentence.start, "metric_label")
        if key not in self._row_cache:
            # 单机柜功率（kW）: a label with a unit of its own measures something, whatever its words
            # and only a row of values: text cells (代表指数, 计算口径) make it a row about its names
            self._row_cache[key] = bool(self.keywords.within(label.start, label.end)
                                        or self._unit_labels(label)) and not any(
                e.type != "concept" for e in self._candidates(label.start, label.end)) and all(
                is_value_cell(self.ptext[c.start:c.end]) or _BARE_RANGE.fullmatch(self.ptext[c.start:c.end].strip())
                for c in sentence.clauses if c != label)
        return self._row_cache[key]

    def _column_entity(self, sentence: Sentence, q) -> _Ent | None:
        """``| 指标 | 英伟达 | AMD |`` over ``| 营业收入（亿美元） | 1305 | 258 |``: a cell of a row
        labelled by a metric is about the entity its column header names (a name of the lexicon,
        a concept such as 智算中心, or a firm by its shape); None when the header names none
        (``2025年``) or the row's label is no metric label."""
        if not (self._metric_label(sentence) or self._year_row(sentence)) \
                or sentence.label.start <= q.start < sentence.label.end:
            return None  # (a year row under 年份 | 英伟达 | AMD: its cells are the columns' too)
        for h in reversed(self._column_header(sentence, q)):
            whole = self._total_column_whole(sentence, h)
            if whole is not None:
                return whole  # 日期 | 沪股通 | 深股通 | 合计 under 表1：北向资金逐日净买入: the sum is the caption's
            key = (h.start, h.end, "column_entity")
            if key not in self._row_cache and self._unit_labels(h):
                self._row_cache[key] = None  # PE-TTM（倍）: a header with a unit heads a measure
            elif key not in self._row_cache:
                found = self._candidates(h.start, h.end)
                named = [e for e in found if e.type != "concept"]
                if named or found:
                    self._row_cache[key] = (named or found)[0]
                else:
                    self._row_cache[key] = self._shaped_label(h)
            if self._row_cache[key] is not None:
                return self._row_cache[key]
        return None

    def _total_column_whole(self, sentence: Sentence, header: Span) -> _Ent | None:
        """The name a table's caption gives the whole when ``header`` heads its total column
        (``facts_words.csv`` ``group_total``: 合计), else None: the columns are its parts."""
        if sentence.caption is None or self.ptext[header.start:header.end].strip() not in kw.word_group("group_total"):
            return None
        named = [e for e in self._candidates(sentence.caption.start, sentence.caption.end) if e.type != "concept"]
        return named[0] if named else None

    def _shaped_label(self, label: Span) -> _Ent | None:
        """A row label that is a firm name by its shape (``岚渡智能（多模态）``: the name before the
        bracket), as a company written in English; None for any other label."""
        surface = self.ptext[label.start:label.end]
        cut = min([i for i in (surface.find("("), surface.find("（")) if i > 0] or [len(surface)])
        name = surface[:cut].strip()
        if not shaped_firm(name) or industry_name(name) is not None or label_english(name) is not None:
            # 电子与半导体 | 68.9: an industry of industries.csv, 再生能源 | 11.7 a segment of
            # label_words.csv (a source of power), however firm-like its tail
            return None
        start = label.start + surface.index(name)
        # read in its Simplified form, as its descriptor is listed (晨曦資本: 资本 -> Capital)
        return _Ent(start, start + len(name), _listed_short_form(name) or firm_english(name), "company")

    def _market_peer_row(self, sentence: Sentence, label: Span) -> _Ent | None:
        """``A股平均 | 102.9``, ``美股中位数 | 28.8``, ``平均 | 47.5`` under a comparables table (a
        caption naming the comparables or a header cell naming a valuation multiple, ``PE``):
        the average of the comparables listed on the market the label names (``A-share comparable
        companies average``), or of all the comparables; not the market (``A-share market``).
        None for any other row (an average row of a revenue table is no comparables')."""
        surface = self.ptext[label.start:label.end]
        cut = min([i for i in (surface.find("("), surface.find("（")) if i > 0] or [len(surface)])
        surface = surface[:cut].strip().rstrip(_FOOTNOTE_ENDS)  # A股平均（剔除负值）: a note after it
        word = next((w for w in _PEER_ROW_ENDS if surface.endswith(w)), None)
        prefix = surface[:len(surface) - len(word)].strip() if word else ""
        peer_word = next((w for w in _PEER_WORDS if prefix.endswith(w)), "")
        prefix = prefix[:len(prefix) - len(peer_word)].strip()  # A股可比公司平均: the market before it
        if word is None or (prefix and prefix not in _PEER_MARKETS):
            return None
        peers = [e for e in self._candidates(sentence.caption.start, sentence.caption.end)
                 if e.name in _PEER_GROUPS] if sentence.caption is not None else []
        if not peers and not any(_MULTIPLE_HEADER.search(self.ptext, h.start, h.end) for h in sentence.header or ()):
            return None
        if not prefix:
            # 平均 alone: the comparables the caption names, or the group of peer words
            name = peers[0].name if peers else next(iter(_PEER_GROUPS))
            return _Ent(label.start, label.end, name, "group")
        statistic = _PEER_STATISTICS[word] or "average"
        return _Ent(label.start, label.end, f"{_PEER_MARKETS[prefix]} comparable companies {statistic}", "group")

    def _firm_column_cell(self, sentence: Sentence) -> _Ent | None:
        """The firm a row names in a text cell under a firm column (see ``_firm_column_label``)
        when its first cell is a value (a rank, a bare stock code); None when no such cell is.
        ``- | 其他 | 40`` under ``排名 | 厂商``: a category row names itself, as it would first."""
        for cell in sentence.clauses:
            if not is_value_cell(self.ptext[cell.start:cell.end]):
                named = [e for e in self._candidates(cell.start, cell.end) if e.type != "concept"]
                firm = self._firm_column_label(sentence, cell)
                if firm is not None:
                    return named[0] if named else firm
                surface = self.text[cell.start:cell.end].strip()
                if surface in _NOT_FIRM_ROWS and self._under_firm_column(sentence, cell):
                    return _Ent(cell.start, cell.end, surface, "unknown")
        return None

    def _region_cell(self, sentence: Sentence) -> _Ent | None:
        """The region a row opening with a value (a rank) names in its first text cell
        (``4 | 浙江 | 806``), in English as a region label is (``regions.csv``); None when that cell
        is no region. Only the first text cell is read: a region further right is a column of
        attributes (``总部 | 杭州``), not what the row is about."""
        cell = next((c for c in sentence.clauses if not is_value_cell(self.ptext[c.start:c.end])), None)
        if cell is None:
            return None
        surface = self.ptext[cell.start:cell.end]
        name = surface.strip()
        region = region_name(name) if name else None
        if region is None:
            return None
        start = cell.start + surface.index(name)
        return _Ent(start, start + len(name), region, "unknown")

    def _fund_column_cell(self, sentence: Sentence) -> _Ent | None:
        """The fund a row names in its cell under a column headed as funds' names
        (``facts_words.csv`` ``fund_column``: 基金简称, 基金名称（代码）), or None. A name no
        lexicon row holds whole is written in English word by word (``names.fund_english``):
        the brand of an unknown manager (松涛半导体ETF) is no concept (半导体) the name holds."""
        if not sentence.col_headers or sentence.is_header:
            return None
        for cell, headers in zip(sentence.clauses, sentence.col_headers):
            if not headers or is_value_cell(self.ptext[cell.start:cell.end]):
                continue
            if not any(bracket_cut(self.ptext[h.start:h.end]).lower() in _FUND_COLUMN for h in headers):
                continue
            surface = self.ptext[cell.start:cell.end]
            name = bracket_cut(surface)
            if not name or not _HAN.search(name):
                return None  # a Latin fund name (QQQ, Global X AI ETF) is read as any name is
            start = cell.start + surface.index(name)
            whole = [e for e in self._candidates(start, start + len(name))
                     if e.type != "concept" and e.start == start and e.end >= start + len(name)]
            if whole:
                return whole[0]
            return _Ent(start, start + len(name), fund_english(name), "product")
        return None

    def _under_firm_column(self, sentence: Sentence, cell: Span) -> bool:
        """``cell`` lies under a column a firm word heads (``facts_words.csv`` ``firm_column``)."""
        headers = next((hs for c, hs in zip(sentence.clauses, sentence.col_headers or []) if c == cell), ())
        return any(self.ptext[h.start:h.end].strip().lower() in _FIRM_COLUMN for h in headers)

    def _label_under(self, sentence: Sentence, role: str) -> bool:
        """A row whose label stands under a column whose header holds a ``grammar.csv`` word of
        ``role`` (``partner_column``: Partner; ``component_column``: 元器件). A table's header
        cells are shared by its rows: their roles are read once (``_roles_in``)."""
        label = sentence.label
        return label is not None and any(
            role in self._roles_in(h) for cell, headers in zip(sentence.clauses, sentence.col_headers or [])
            if cell == label for h in headers)

    def _component_row(self, sentence: Sentence) -> bool:
        """A row whose label stands under a parts column (``grammar.csv`` ``component_column``:
        元器件, 零部件): a line of one product's bill of materials."""
        return self._label_under(sentence, "component_column")

    def _firms_revenue_share(self, sentence: Sentence, q, found, row_entity: _Ent):
        """``| 厂商 | DRAM营收份额（%） |`` over ``| 甲公司 | 33.5 |``: a revenue-share column
        (``facts_words.csv`` ``firm_revenue_share_header``) in rows of companies is each firm's
        share of the industry's revenue, a market share (``revenue_market_share``), not a part's
        share of one firm's revenue; ``found`` unchanged elsewhere."""
        if row_entity.type != "company" or found[2] is None:
            return found
        hit = found[2]
        headers = self._column_header(sentence, q)
        if not any(h.start <= hit.start < h.end for h in headers):
            return found
        word = next((w for h in headers for w in _FIRM_REVENUE_SHARE_HEADER if w in self.ptext[h.start:h.end]), None)
        if word is None:
            return found
        k = kw.keyword(_FIRM_REVENUE_SHARE_KEYWORD)
        return k, _FIRM_REVENUE_SHARE_HEADER[word], hit

    def _segment_revenue(self, sentence: Sentence, q, cls: str):
        """``Segment | FY4Q24 | FY4Q25 | Y/Y`` under ``Segment detail (US$bn)``: a table whose
        corner says its rows are segments (``facts_words.csv`` ``segment_corner``) and whose
        header and caption name no metric reports each segment's revenue; an amount is that
        revenue, a ratio under a growth header its growth. None elsewhere."""
        label = sentence.label
        if label is None or not sentence.col_headers:
            return None
        corner = self._cell_index(sentence, label)
        if corner is None or not any(self.ptext[h.start:h.end].strip() in _SEGMENT_CORNER
                                     for h in sentence.col_headers[corner]):
            return None
        headers = self._column_header(sentence, q)
        if cls == "ratio" and not any(self._role_hits(h.start, h.end, "growth") for h in headers):
            return None
        k = kw.keyword(next(iter(kw.word_group("segment_revenue_metric"))))
        return (k, k.metrics[cls], None) if cls in k.metrics else None

    def _component_part(self, sentence: Sentence) -> str:
        """The part a row of a bill of materials is the line of (``SoC（…）`` -> ``SoC``), as
        prose would name it; empty for other rows. Prose stating the part's cost or share
        (``SoC单价约190美元``) repeats the row (:func:`_table_repeat`)."""
        if not sentence.is_row or not self._component_row(sentence):
            return ""
        label = sentence.label
        named = self._candidates(label.start, label.end)
        if named:
            return _written_name(named[0])
        # a part no name rule takes (the caption's device owns the row): the label as written,
        # before any bracket
        return re.split(r"[（(]", self.ptext[label.start:label.end], maxsplit=1)[0].strip()

    def _component_cost(self, sentence: Sentence, q):
        """An amount under a cost header (``facts_words.csv`` ``component_cost_header``:
        成本（美元）) in a row of a product's bill of materials (:meth:`_component_row`): what
        that part costs, ``component_cost``; None elsewhere."""
        if not self._component_row(sentence):
            return None
        head = "".join(self.ptext[h.start:h.end] for h in self._column_header(sentence, q))
        word = next((w for w in _COMPONENT_COST_HEADER if w in head), None)
        if word is None:
            return None
        k = kw.keyword(_COMPONENT_COST_KEYWORD)
        if self.ptext[sentence.label.start:sentence.label.end].strip() in kw.word_group("group_total"):
            return k, k.metrics["money"], None  # 合计 | 578: the whole bill, the product's BOM cost
        return k, _COMPONENT_COST_HEADER[word], None

    def _own_measure_row(self, sentence: Sentence) -> bool:
        """A row of a table whose columns hold each row's own share or shipments (``facts_words.csv``
        ``own_measure_header``: | 供应商 | 2025年份额 |): its name column names whose the figures
        are, not a deal's counterparty."""
        return any(w in self.ptext[h.start:h.end] for headers in sentence.col_headers or []
                   for h in headers for w in _OWN_MEASURE_HEADER)

    def _stock_list_firms(self, ents: list[_Ent]) -> list[_Ent]:
        """The items of stock list lines (``个股沽空比率：腾讯控股 11.8%，云启智算 29.4%``) that no
        lexicon row or shape names: each a firm's short name (shaped, so written in English
        later), unless it is an industry, an index or a metric's words (``均与过去20日均值``
        is no item: its number is no percent)."""
        out: list[_Ent] = []
        named = SpanIndex(ents)
        scanned = 0  # a second head on a line read already (a text on one line) reads no item again
        for head in _STOCK_LIST_HEAD.finditer(self.ptext):
            end = self.ptext.find("\n", head.end())
            end = len(self.ptext) if end < 0 else end
            for m in _STOCK_LIST_ITEM.finditer(self.ptext, max(head.end(), scanned), end):
                a, b = m.span("name")
                name = m.group("name")
                if named.overlaps(a, b) or industry_name(name) is not None \
                        or index_name(name) or name.endswith(_INDEX_SUFFIXES) or kw.find_metric_keywords(name):
                    continue
                out.append(_Ent(a, b, name, "company", shaped=True))
            scanned = max(scanned, end)
        return out

    def _firm_column_label(self, sentence: Sentence, label: Span) -> _Ent | None:
        """A row label under a column headed by a firm word (``facts_words.csv`` ``firm_column``:
        公司, 证券简称) that no lexicon row or shape names (``澜溪数科``, ``青禾智造*``): the firm's
        short name, written in English, a footnote mark after it dropped. A category label
        (``not_firm_row``: 其他) or a total is no firm."""
        headers = next((hs for cell, hs in zip(sentence.clauses, sentence.col_headers or []) if cell == label), ())
        if not any(self.ptext[h.start:h.end].strip().lower() in _FIRM_COLUMN for h in headers):
            return None
        surface = self.ptext[label.start:label.end]
        cut = min([i for i in (surface.find("("), surface.find("（")) if i > 0] or [len(surface)])
        name = surface[:cut].strip().rstrip(_FOOTNOTE_ENDS).strip()
        if not _SHORT_FIRM.fullmatch(name) or not _HAN.search(name) or name in _NOT_FIRM_ROWS \
                or name in kw.word_group("group_total") or name in _PEER_STATISTICS:
            return None
        if industry_name(name) is not None or index_name(name) or name.endswith(_INDEX_SUFFIXES):
            return None  # 制造 | 25%, 液冷板块: an industry's firms or a sector, named by the rules after
        start = label.start + surface.index(name)
        written = self.ptext[start:start + len(name)]
        return _Ent(start, start + len(name),
                    self._glosses.get(name) or _listed_short_form(written) or firm_english(written), "company")

    def _rows_above(self, sentence: Sentence) -> list[_Ent]:
        """The distinct named entities of the rows of ``sentence``'s table above it, in order:
        the members a 合计 / 总计 row sums."""
        members: list[_Ent] = []
        i = bisect.bisect_left(self._sentence_starts, sentence.start) - 1
        while i >= 0:
            row = self.sentences[i]
            if not row.is_row or row.is_header or row.header != sentence.header:
                break
            e = self._row_entity(row)
            if e is not None and e.type not in ("concept", "unknown") and e.name not in {m.name for m in members}:
                members.insert(0, e)
            i -= 1
        return members

    def _beside_code(self, sentence: Sentence, after: int | None = None) -> _Ent | None:
        """``688123.SH  明岚微电子  4.1``: a row labelled by a stock code the lexicon does not know
        is about the company named in its first text cell after the code (which ends at ``after``,
        the label's end unless given)."""
        after = sentence.label.end if after is None else after
        for cell in sentence.clauses:
            if cell.start < after or is_value_cell(self.ptext[cell.start:cell.end]):
                continue
            named = [e for e in self._candidates(cell.start, cell.end) if e.type != "concept"]
            if named:
                return named[0]
            surface = self.text[cell.start:cell.end].strip().rstrip(_FOOTNOTE_ENDS)  # 青禾智造*: a note's mark
            if surface:
                return _Ent(cell.start, cell.end, self._glosses.get(surface, surface), "company")
        return None

    def _rank_cell(self, sentence: Sentence, q) -> bool:
        """A cell under a column headed 排名 / 序号 / No. (``facts_words.csv`` ``rank_column``):
        the row's rank, not a value."""
        words = _RANK_COLUMN
        return any(self.ptext[h.start:h.end].strip().lower() in words for h in self._column_header(sentence, q))

    def _price_move(self, q, clause: Span, found: tuple, price_k: kw.Keyword) -> tuple:
        """``输入价从1.25美元提到2美元，涨幅60%``: a move word (``facts_words.csv``
        ``price_move_word``) in a clause naming nothing, after a token price stated earlier in the
        sentence, is the change of that price (its sign the move word's), not a share-price move."""
        hit = found[2]
        if hit.word not in _PRICE_MOVE_WORDS or not clause.start <= hit.start < q.end:  # 跌幅67% is one quantity
            return found
        if any(e.type != "concept" for e in self.entities.within(clause.start, q.start)):
            return found  # 英伟达股价涨幅5%: a move of something named in the clause
        k = dataclasses.replace(price_k, negative=kw.keyword(hit.word).negative)
        return k, f"{price_k.metrics.get('price') or 'price'}_change", hit

    def _prior_version_owner(self, q, sentence: Sentence, entities: list) -> list:
        """``Foo-3 Pro比上一代（2.5 Pro）贵，输入价从1.25美元提到2美元``: the price a change starts
        from is the older model's, the one named after 上一代 (``grammar.csv`` prior_version), in
        brackets or not. A bracketed version alone (``2.5 Pro``) takes the family of the subject
        (``Gemini 3 Pro`` -> ``Gemini 2.5 Pro``). Empty when the sentence names no older model."""
        prior = self._prior_versions
        hits = prior.within(sentence.start, q.start) if prior else []
        for h in reversed(hits):
            named = [e for e in self.entities.within(h.end, min(q.start, h.end + 30))
                     if e.type in ("model", "product") and e.start - h.end <= 2]
            if named:
                return [named[0]]
            m = _PRIOR_BRACKET.match(self.ptext, h.end)
            if m is None or m.end() > q.start:
                continue
            name = m.group(1).strip()
            if name[:1].isdigit() and entities:
                # 2.5 Pro under Gemini 3 Pro: the subject's words before its first digit
                cut = _FIRST_DIGIT.search(entities[0].name)
                if cut is not None and cut.start() > 0:
                    name = entities[0].name[:cut.start()] + name
            return [_Ent(m.start(1), m.end(1), name, "model")]
        return []

    def _trillion_parameter_cell(self, sentence: Sentence, q, cell: Span) -> bool:
        """``1T`` or ``1.2T`` alone under a parameter column (``总参数``): a count of 1e12
        parameters. A T cell is no value cell elsewhere (``1.6T`` heads a row of optical modules)."""
        if not _TRILLION_CELL.fullmatch(self.ptext, cell.start, cell.end) or q.unit != "count":
            return False
        return any(kw.keyword(h.word).theme == "parameters"
                   for span in self._column_header(sentence, q) for h in self.keywords.within(span.start, span.end))

    def _benchmark_cell(self, sentence: Sentence, q) -> bool:
        """A cell under a column headed by a benchmark (``GPQA``, ``SWE-bench Verified``, ``得分``:
        ``facts_words.csv`` ``benchmark_column``): a score, not a value (SCHEMA)."""
        return any(_BENCHMARK_COLUMN.search(self.ptext[h.start:h.end].lower()) is not None
                   for h in self._column_header(sentence, q))

    def _modified_metric(self, label: Span) -> bool:
        """A label that is a metric after a modifier of ``facts_words.csv`` ``metric_modifier``
        (``综合毛利率``, ``归母净利润``), a unit bracket after it allowed: a metric, not a name."""
        hits = self.keywords.within(label.start, label.end)
        if not hits:
            return False
        rest = self.ptext[label.start:label.end]
        for h in sorted(hits, key=lambda h: -h.start):
            rest = rest[:h.start - label.start] + rest[h.end - label.start:]
        cut = min([i for i in (rest.find("("), rest.find("（")) if i >= 0] or [len(rest)])
        if rest[:cut].strip() in _METRIC_MODIFIERS:
            return True
        if "/" not in rest:
            return False
        # 毛利／（毛損）, 年／期內虧損: a statement's line item with its alternatives after a slash
        # (facts_words.csv statement_alternative: 年, 期内) is a metric too
        return all(part.strip() in _STATEMENT_ALTERNATIVES for part in rest[:cut].split("/"))

    def _listed_label(self, label: Span) -> _Ent | None:
        """The lexicon's company a bare US ticker label (``EQIX``, ``DLR``) is listed under, else
        None: a ticker column writes the code without the exchange suffix its lexicon row has."""
        surface = self.ptext[label.start:label.end].strip()
        if not _BARE_US_TICKER.fullmatch(surface):
            return None
        name = get_matcher().listed_under(surface, "US")
        if name is None or get_matcher().info(name)[0] != "company":
            return None
        start = label.start + self.ptext[label.start:label.end].index(surface)
        return _Ent(start, start + len(surface), name, "company")

    def _code_column_cell(self, sentence: Sentence) -> Span | None:
        """The row's cell under a column headed as stock codes (``证券代码``, ``Ticker``), or None."""
        if not sentence.col_headers:
            return None
        return next((cell for cell, headers in zip(sentence.clauses, sentence.col_headers)
                     if any(self.ptext[h.start:h.end].strip().lower() in _CODE_COLUMN for h in headers)), None)

    def _code_cell(self, sentence: Sentence, q) -> bool:
        """A cell under a column headed 代码 / 股票代码 / Ticker (``facts_words.csv``
        ``code_column``): the row's stock code, not a value."""
        return any(self.ptext[h.start:h.end].strip().lower() in _CODE_COLUMN for h in self._column_header(sentence, q))

    def _metric_only(self, label: Span) -> bool:
        """A label that is metric words and nothing else (``市场规模``, not ``云端推理芯片``)."""
        hits = self.keywords.within(label.start, label.end)
        rest = self.ptext[label.start:label.end]
        for h in sorted(hits, key=lambda h: -h.start):
            rest = rest[:h.start - label.start] + rest[h.end - label.start:]
        return bool(hits) and not rest.strip()

    def _caption_market(self, sentence: Sentence) -> _Ent | None:
        """The market a table's caption names (``全球AI芯片市场规模``): a market of the lexicon, else
        the one :meth:`_named_market` names before a market-size word; None when it names none."""
        cap = sentence.caption
        if cap is None:
            return None
        markets = [e for e in self._candidates(cap.start, cap.end) if "market" in e.name.lower().split()]
        if markets:
            return markets[0]
        for h in self.keywords.within(cap.start, cap.end):
            metric = next((m for m in kw.keyword(h.word).metrics.values() if m.startswith("market_size")), None)
            if metric is not None:
                named = self._named_market([], Span(cap.end, cap.end), metric, h)
                return named[0] if named else None
        return None

    def _year_columns(self, sentence: Sentence) -> bool:
        """A row whose value cells all stand under year headers (``项目 | 2024A | 2025E |
        2026E``): a transposed forecast table, whose rows are metrics and columns years."""
        heads = sentence.col_headers
        if not heads or sentence.label is None:
            return False
        key = (sentence.start, "year_columns")
        if key not in self._row_cache:
            cells = [hs for c, hs in zip(sentence.clauses, heads) if c != sentence.label]
            self._row_cache[key] = len(cells) >= 2 and all(
                hs and _YEAR_LABEL.fullmatch(self.ptext, hs[-1].start, hs[-1].end) for hs in cells)
        return self._row_cache[key]

    def _year_row(self, sentence: Sentence) -> bool:
        """A row of a captioned table labelled by a year alone (``2026E　8,200　19%``): the year
        is when its values hold, never whom they are about."""
        label = sentence.label
        if label is None or sentence.caption is None:
            return False
        return bool(_YEAR_LABEL.fullmatch(self.ptext, label.start, label.end)) or self._is_date_cell(label) \
            or bool(_SPLIT_YEAR_LABEL.fullmatch(self.ptext, label.start, label.end)) or self._period_total_cell(label)

    def _period_total_cell(self, cell: Span) -> bool:
        """A cell that is a period and a total word (``本周合计``, ``全年合计``: ``group_total``): the
        sum of the rows above over that time, about whatever the columns name."""
        found = self.periods.within(cell.start, cell.end)
        if len(found) != 1 or self.ptext[cell.start:found[0].start].strip():
            return False
        return self.ptext[found[0].end:cell.end].strip() in kw.word_group("group_total")

    def _caption_subject(self, sentence: Sentence) -> _Ent | None:
        """What a table whose rows are years is about: the market its caption names, else the
        company, index or model it names, else the concept or English subject it names, else the
        section's subject; None when nothing names one."""
        market = self._caption_market(sentence)
        if market is not None:
            return market
        cap = sentence.caption
        pool = self._candidates(cap.start, cap.end)
        named = [e for e in pool if e.type != "concept"]
        if named:
            return named[0]
        if pool:
            return pool[0]
        subjects = english_subjects(self.ptext[cap.start:cap.end])
        if subjects:
            return _Ent(cap.start + subjects[0].start, cap.start + subjects[0].end, subjects[0].name, "concept")
        return self._section_subject(sentence) or self.report_company

    def _unlabelled_row_subject(self, sentence: Sentence) -> _Ent | None:
        """A row of values with no label under a caption (``Figure 7: China MaaS market size
        (RMB bn)`` over a row ``7.1   18.6   37.5``): the market its caption names, else the
        English subject it names (``China AI compute demand``); None when it names neither."""
        market = self._caption_market(sentence)
        if market is not None:
            return market
        cap = sentence.caption
        named = english_subjects(self.ptext[cap.start:cap.end])
        return _Ent(cap.start + named[0].start, cap.start + named[0].end, named[0].name, "concept") if named else None

    def _share_label(self, label: Span) -> bool:
        """A row label that names a share of a whole and no part (``占营业收入比例``, ``占比``,
        ``facts_words.csv`` ``share_row``), a unit bracket after it allowed: the row holds the
        share of the amount row above it."""
        text = self.ptext[label.start:label.end]
        cut = min([i for i in (text.find("("), text.find("（")) if i > 0] or [len(text)])
        return text[:cut].strip() in _SHARE_ROWS

    def _growth_label(self, label: Span | None) -> bool:
        """A row label that is a growth word alone, with at most its unit (``同比（%）``, ``YoY``):
        the row holds the growth of the amount row above it."""
        if label is None:
            return False
        text = self.ptext[label.start:label.end]
        cut = min([i for i in (text.find("("), text.find("（")) if i > 0] or [len(text)])
        lead = len(text[:cut]) - len(text[:cut].lstrip())
        word = text[lead:cut].rstrip()
        if not word or self.keywords.within(label.start, label.end):
            return False
        # 同比, 同比增速, YoY, 增长率: the label is growth words and nothing else
        pos = label.start + lead
        for h in sorted(self._role_hits(pos, pos + len(word), "growth") + self._role_hits(pos, pos + len(word), "qoq"),
                        key=lambda h: h.start):
            if h.start == pos:
                pos = h.end
        return pos == label.start + lead + len(word)

    def _project_issuer(self, sentence: Sentence) -> _Ent | None:
        """The issuer a table of projects belongs to, else None (not such a table).

        An offering's plan (``序号 | 项目名称 | 项目投资总额 | 拟使用募集资金``, a header cell that
        is a ``project_column`` word of ``facts_words.csv``) lists what the issuer will spend on
        each project: the company the announcement's title names, not the project, the ``合计``
        row or the document's most mentioned name (a parent ``…控股``). Read once per table.
        """
        if not sentence.header:
            return None
        key = (sentence.header[0].start, "project_issuer")
        if key not in self._row_cache:
            words = kw.word_group("project_column")
            cells = [self.ptext[h.start:h.end].strip() for h in sentence.header]
            # 项目 also heads the label column of any financial table (项目 | 2023年 | 2024年):
            # a table of projects also has an amount column of money put in (投资, 募集资金)
            project = any(c in words for c in cells) and any(
                w in c for c in cells for w in kw.word_group("project_metric"))
            self._row_cache[key] = (self.headline_company or self.report_company or self._opening_company()
                                    or self._section_subject(sentence)) if project else None
        return self._row_cache[key]

    def _tender_project(self, sentence: Sentence) -> _Ent | None:
        """The project a row of a procurement results table is about, else None.

        A table whose header has a ``project_column`` and a ``tender_column`` cell
        (``项目名称 | 中标单位 | 中标金额 | 服务器（台）``) lists projects: each row's figures are its
        project's, named by the row label in English (``东湖新区人工智能计算中心（二期）`` ->
        ``Donghu New Area AI Computing Center``), whatever bidder its other cells name."""
        if not sentence.header or sentence.label is None:
            return None
        key = (sentence.header[0].start, "tender_table")
        if key not in self._row_cache:
            cells = [self.ptext[h.start:h.end].strip() for h in sentence.header]
            self._row_cache[key] = any(c in _PROJECT_COLUMN for c in cells) and any(
                w in c for c in cells for w in _TENDER_COLUMN)
        if not self._row_cache[key]:
            return None
        label = self.ptext[sentence.label.start:sentence.label.end].strip()
        name = _TRAILING_BRACKET.sub("", label).strip()  # （二期）: the phase of the same project
        if not name or not _CJK_CHAR.search(name):
            return None
        return _Ent(sentence.label.start, sentence.label.start + len(name), english_name(name, _PROJECT_WORDS), "project")

    @functools.cached_property
    def _tender_names(self) -> dict[str, str]:
        """The projects the procurement results tables of the document list, Chinese name ->
        English name (empty for most documents: no such table)."""
        out: dict[str, str] = {}
        for sentence in self.sentences:
            if sentence.is_row and sentence.header and sentence.label is not None:
                project = self._tender_project(sentence)
                if project is not None:
                    out[self.ptext[project.start:project.end]] = project.name
        return out

    def _tender_project_named(self, q, sentence: Sentence) -> _Ent | None:
        """``东湖新区人工智能计算中心（二期）中标价较最高限价…下浮11.2%``: a project a procurement
        table listed, named in the sentence before ``q``, is the subject of its figures (not a
        bidder or a concept inside its name)."""
        best = None
        for chinese, english in self._tender_names.items():
            at = self.ptext.rfind(chinese, sentence.start, q.start)
            if at >= 0 and (best is None or at > best.start):
                best = _Ent(at, at + len(chinese), english, "project")
        return best

    def _opening_company(self) -> _Ent | None:
        """The company a line of the document's header opens with (``岳川科技股份有限公司2025年度
        向特定对象发行A股股票预案``): an announcement's issuer, whatever line the title was
        taken from."""
        stop = self.ptext.find("。")
        zone = min(_HEADER_ZONE, stop if stop >= 0 else len(self.ptext))
        for e in self.entities.within(0, zone):
            if e.type == "company" and not self.ptext[self.ptext.rfind("\n", 0, e.start) + 1:e.start].strip():
                return e
        return None

    def _project_metric(self, sentence: Sentence, q) -> str | None:
        """``project_investment`` or ``proceeds_to_be_used`` by the words of ``q``'s column header
        (``project_metric`` of ``facts_words.csv``, the first that the header holds)."""
        header = "".join(self.ptext[h.start:h.end] for h in self._column_header(sentence, q))
        return next((metric for word, metric in kw.word_group("project_metric").items() if word in header), None)

    def _section_subject(self, sentence: Sentence) -> _Ent | None:
        """Whom a table is about: a name in its caption, else in the nearest heading line above it.

        A heading is a short line that ends without sentence punctuation (``02 / X 的算力拼图``);
        without one, the document's main subject.
        """
        if sentence.caption is not None:
            named = [e for e in self._candidates(sentence.caption.start, sentence.caption.end) if e.type != "concept"]
            if named:
                return named[0]
        return self._heading_name(sentence) or self.subject

    def _heading_name(self, sentence: Sentence) -> _Ent | None:
        """A name in the nearest heading line above a table that holds one (``三、岚渡科技：…``),
        else None."""
        top = sentence.header[0].start if sentence.header else sentence.start
        pos = self.ptext.rfind("\n", 0, top)
        lo = max(0, top - _HEADING_REACH)
        while pos > lo:
            start = self.ptext.rfind("\n", 0, pos) + 1
            line = self.ptext[start:pos].strip()
            if line and len(line) <= _HEADING_MAX and not line.endswith(_SENTENCE_ENDS) and "|" not in line \
                    and "\t" not in line:
                named = [e for e in self._candidates(start, pos) if e.type != "concept"]
                if named:
                    return named[0]
            pos = start - 1
        return None

    def _investor(self, e: _Ent) -> bool:
        """``SoftBank 领投``, ``A 与 B 分别出资``: a name (or a name listed with it) followed by an investing verb."""
        for _ in range(4):
            if self._followed_by(e.end, "investor_verb", gap=4):
                return True
            nxt = next((x for x in self.entities.within(e.end, e.end + 24) if x.type != "concept"), None)
            if nxt is None or self.ptext[e.end:nxt.start].strip() not in _ENUM_JOINERS:
                return False
            e = nxt
        return False

    def _refine_entities(self, entities: list[_Ent], q, theme: str, metric: str, cls: str, clause: Span,
                         sentence: Sentence, hit, metric_carried: bool) -> list[_Ent]:
        """The nearest name corrected by who the subject is: not an investor, a counterparty, a
        speaker or a product, but the investee, the deal's owner, the line's topic, the maker."""
        if any(e.type == "technology" and e.org for e in entities):
            # 台积电CoWoS产能: a maker's process or packaging technology has no figures of its own
            makers = [_Ent(e.start, e.end, e.org, "company") if e.type == "technology" and e.org else e
                      for e in entities]
            entities = [e for i, e in enumerate(makers) if e.name not in {x.name for x in makers[:i]}]
        entities = self._deal_side(entities, q, sentence)
        if theme == "valuation":
            entities = self._not_investor(entities, q, clause, sentence)
        entities = self._not_partner(entities, q, sentence)
        entities = self._company_after_board(entities)
        entities = self._topic_of_line(entities, sentence)
        entities = self._line_head_owner(entities, q, sentence)
        entities = self._topic_head_speaker(entities, sentence)
        if theme != "market":
            entities = self._bullet_head_subject(entities, q)
        entities = self._referent_of_it(entities, q, clause, sentence)
        entities = self._market_subject(entities, q, metric, clause)
        entities = self._rated_company(entities, q, metric, sentence)
        entities = self._peers_in_reach(entities, q, metric, sentence)
        if cls == "ratio":
            entities = self._part_of_share(entities, q, clause, sentence)
            entities = self._share_scope(entities, q, clause)
        if theme == "earnings":
            entities = self._company_of_product(entities, q, sentence, hit)
        elif (theme == "capex" or metric.startswith(_MAKER_METRICS)) and len(entities) == 1 \
                and entities[0].type in ("product", "model") and entities[0].org \
                and not (theme == "capex" and self._business_unit(entities[0])):
            # a product spends nothing: capital spending is its maker's; it has no stock either
            # (a target price, P/E, EPS or share move is its maker's)
            e = entities[0]
            entities = [_Ent(e.start, e.end, e.org, "company")]
        entities = self._named_market(entities, q, metric, hit)
        entities = self._product_of_report_company(entities, theme, metric)
        entities = self._joint_subject(entities, q)
        entities = self._index_not_its_market(entities)
        subject = self.paragraph_subject.get((sentence.paragraph, cls))
        if metric_carried and subject is not None and not any(
                e.type != "concept" for e in self._candidates(sentence.start, q.end)):
            entities = [subject]  # the paragraph's metric goes on, and so does whose it is
        entities = self._place_market_topic(entities, q, sentence)
        if hit is not None and entities:
            self.paragraph_subject[(sentence.paragraph, cls)] = entities[0]
        return entities

    def _business_unit(self, e: _Ent) -> bool:
        """``其中DS部门40.9万亿韩元``: ``e`` is written as a unit of its firm (``business_unit_tail``),
        which spends capital of its own, not as a product."""
        return self.ptext.endswith(_BUSINESS_UNIT_TAILS, e.start, e.end)

    def _deal_act_after(self, pos: int, q) -> bool:
        """A deal act (``deal_act``) at most ``_DEAL_GAP`` characters after ``pos`` in its clause
        (``向G42追加投资``), or right after the figure that follows ``pos`` (``获得微软100亿美元投资``)."""
        t = self.ptext
        for i in range(_DEAL_GAP + 1):
            if pos + i >= len(t) or t[pos + i] in _DEAL_BREAKS:
                break
            if t.startswith(_DEAL_ACTS, pos + i):
                return True
        if pos <= q.start and q.start - pos <= _DEAL_GAP and not _DEAL_BREAKS.intersection(t[pos:q.start]):
            after = q.end + (1 if t.startswith("的", q.end) else 0)
            return t.startswith(_DEAL_ACTS, after)
        return False

    def _deal_counterparty(self, e: _Ent, q) -> bool:
        """``微软向G42投资``, ``从AMD采购``, ``获微软投资``: ``e`` is the other side of a deal."""
        return self.ptext.endswith(_DEAL_MARKERS, max(0, e.start - 2), e.start) and self._deal_act_after(e.end, q)

    def _order_customer(self, e: _Ent) -> bool:
        """``海力士拿下微软定制HBM大单``: ``e`` right after a winning verb (``order_win_verb``) and
        before an order noun (``order_noun``) in its clause is the customer who placed the order."""
        t = self.ptext
        if not t.endswith(_ORDER_WIN_VERBS, max(0, e.start - 2), e.start):
            return False  # cheap pre-check: most names follow no winning verb
        tail = t[e.end:e.end + _ORDER_GAP + 2]
        cut = next((i for i, c in enumerate(tail) if c in _DEAL_BREAKS), len(tail))
        return any(w in tail[:cut] for w in _ORDER_NOUNS)

    def _deal_object(self, e: _Ent) -> bool:
        """``微软投资OpenAI 100亿美元``: ``e`` right after a deal act is the deal's other side."""
        return self.ptext.endswith(_DEAL_ACTS, max(0, e.start - 4), e.start)

    def _deal_side(self, entities: list[_Ent], q, sentence: Sentence) -> list[_Ent]:
        """The figures of a deal are its subject's, not the other side's named after it.

        The buyer, investor or customer named first (``微软向G42投资15亿美元``, ``G42将从AMD采购``),
        the seller of ``英伟达向Humain供货``, the receiver of ``OpenAI获微软投资``: a name between a
        marker (``deal_side_marker``) and the act is the other side; so is the investee after 与 in
        ``亚马逊与Anthropic追加投资40亿美元``, unless a word puts money in on both sides (``分别``).
        """
        t = self.ptext
        if len(entities) == 2 and entities[0].type != "concept" and entities[1].type != "concept":
            a, b = entities
            if t[a.end:b.start].strip() in ("与", "和") and self._deal_act_after(b.end, q) \
                    and not any(w in t[b.end:b.end + _DEAL_GAP + 2] for w in _DEAL_JOINT):
                return [a]
            return entities
        if len(entities) == 1 and entities[0].type == "concept" and 0 <= entities[0].start - q.end <= 1 \
                and any(w in t[sentence.start:q.start] for w in _DEAL_ACTS):
            # Humain…将采购约1.8万颗GB300芯片，…配套建设500MW数据中心: what the deal builds or buys,
            # right after its figure, is measured for the deal's subject named before it
            for x in reversed(self._candidates(sentence.start, q.start)):
                if x.type not in ("concept", "group") and (x.start, x.end) not in self.objects \
                        and not self._deal_counterparty(x, q) and not self._partner(x, sentence):
                    return [x]
            return entities
        if len(entities) != 1 or entities[0].type in ("concept", "group"):
            return entities
        e = entities[0]
        if self._deal_counterparty(e, q) or self._order_customer(e):
            floor = sentence.start
        elif self._deal_object(e):
            # the subject of the act stands in its clause (微软将追加投资OpenAI)
            floor = max([sentence.start] + [i + 1 for i in range(max(sentence.start, e.start - 40), e.start)
                                            if t[i] in _DEAL_BREAKS])
        else:
            return entities
        for x in reversed(self._candidates(floor, e.start)):
            if x.type not in ("concept", "group") and x.end < e.start \
                    and (x.start, x.end) not in self.objects and not self._deal_counterparty(x, q):
                return [x]
        return entities

    def _named_market(self, entities: list[_Ent], q, metric: str, hit) -> list[_Ent]:
        """``全球存储控制芯片市场规模约18亿美元``: a market size whose keyword opens with the market
        word is the size of the market named right before it, as written, when no entity of the
        lexicon or concept list covers that name (a company's note quotes its industry's size)."""
        if hit is None or not metric.startswith("market_size") or not hit.word.startswith(_MARKET_WORDS):
            return entities  # most figures: no market size, no market word
        word = next(w for w in _MARKET_WORDS if hit.word.startswith(w))
        if hit.end > q.start:
            return entities
        start = market_phrase(self.ptext, hit.start)
        inside = [e for e in self.entities.items[bisect.bisect_left(self.entities.starts, max(0, start - 40)):
                                                 bisect.bisect_left(self.entities.starts, hit.end)]
                  if e.start < hit.end and e.end > start]
        if start < 0 or any(e.type != "concept" or "market" in e.name.lower().split() for e in inside):
            return entities  # a market concept (服务器市场) or a named company keeps its own name
        end = hit.start + len(word)
        if inside:
            # 全球光模块市场规模: the market of a product concept, named in English from its parts
            c = inside[0]
            place = place_english(self.ptext[start:c.start])
            if len(inside) > 1 or c.end != hit.start or place is None:
                return entities
            return [_Ent(start, end, " ".join(w for w in (place, c.name, _MARKET_NAME) if w), "market")]
        place = place_english(self.ptext[start:hit.start])
        if place:
            # 人形机器人…2024年中国市场规模: a market named by its place alone, in a paragraph about
            # one product, is that product's market in that place
            firms = tuple((e.start, e.end) for e in self._candidates(max(0, start - 200), start) if e.type != "concept")
            product = product_before(self.ptext, start, skip=firms)
            # with no product in reach it is still named in English (China market)
            return [_Ent(start, end, " ".join([place, *product, _MARKET_NAME]), "market")]
        if self.ptext[start:hit.start].strip() in _MARKET_TIME_WORDS:
            # 2024年全年市场规模约23.7亿美元: a time before the market word names no market; the
            # market the sentence named before keeps the figure
            return entities
        return [_Ent(start, end, self.text[start:end], "market")]

    def _place_market_label(self, label: Span) -> _Ent | None:
        """A row label that is a place's bare market (``中国市场``, ``全球市场（亿美元）``): that
        place's market of the product the caption or the lines above name (``China humanoid robot
        market``), not the product category nor the label as written; None for any other label."""
        surface = self.ptext[label.start:label.end]
        if "市场" not in surface:
            return None  # cheap pre-check: most labels name no market
        words = bracket_cut(surface)
        place = place_english(words[:-2]) if words.endswith("市场") else None
        if not place:
            return None
        start = label.start + surface.index(words)
        firms = tuple((e.start, e.end) for e in self._candidates(max(0, start - 200), start) if e.type != "concept")
        product = product_before(self.ptext, start, skip=firms)
        # with no product in reach it is still named in English (China market), as _named_market names it
        return _Ent(start, start + len(words), " ".join([place, *product, _MARKET_NAME]), "market")

    def _place_market_topic(self, entities: list[_Ent], q, sentence: Sentence) -> list[_Ent]:
        """``国内市场，三季度智能手机出货6,840万部``, ``中国市场方面，预计明年出货量约450万台``: a
        sentence opening with a place's bare market as its topic (``place_market_topic``) gives its
        figures to that place's market of the product it names before the figure, else of the
        product the paragraph before it is about (``China smartphone market``), not to the product
        category worldwide nor to a firm carried from an earlier sentence. A firm the sentence
        names after the topic keeps its figures, and so does a part under 其中 (its own category)."""
        t = self.ptext
        lead = t[sentence.start:q.start]
        at = sentence.start + len(lead) - len(lead.lstrip(_BULLETS + " \u3000"))
        head = t.find("市场", at, min(at + 6, q.start))
        if head <= at or not t.startswith(_PLACE_MARKET_TOPIC, head + 2):
            return entities  # most sentences: no place's market as their topic
        place = place_english(t[at:head])
        end = head + 2
        if not place or "其中" in t[end:q.start] \
                or any(e.type != "concept" and end <= e.start < q.start for e in entities) \
                or any("market" in e.name.lower().split() for e in entities):
            return entities  # 全球市场方面，…全球医疗AI市场规模: a market the sentence names keeps its name
        product = product_before(t, q.start, reach=q.start - end)
        if not product:
            firms = tuple((e.start, e.end) for e in self._candidates(max(0, at - 200), at) if e.type != "concept")
            product = product_before(t, at, skip=firms)
        if not product:
            return entities  # no product in reach: the market of what is unknown
        return [_Ent(at, end, " ".join([place, *product, _MARKET_NAME]), "market")]

    def _relation_brackets(self, ents: list[_Ent]) -> list[tuple[int, int]]:
        """Spans of the brackets written right after a name that open with a relation word
        (``facts_words.csv`` ``relation_bracket``: ``Cursor（母公司Anysphere）``,
        ``Windsurf（原Codeium）``): the names inside are the first name's parent or former name."""
        t, out = self.ptext, []
        for e in ents:
            if not t.startswith(("（", "("), e.end) or not t.startswith(_RELATION_BRACKET, e.end + 1):
                continue
            close = min((i for i in (t.find("）", e.end, e.end + 40), t.find(")", e.end, e.end + 40)) if i >= 0),
                        default=-1)
            if close > 0 and "\n" not in t[e.end:close]:
                out.append((e.end, close + 1))
        return out

    def _product_of_report_company(self, entities: list[_Ent], theme: str, metric: str) -> list[_Ent]:
        """In a company note, a product line or a product no lexicon row holds (``800G光模块``,
        ``LPO方案``, ``PCIe 5.0 Retimer``) is the company's business: its revenue, shipments and
        growth are the company's. A market figure keeps its market, a model's parameters and
        prices keep the model, and a segment the lexicon knows (``Azure``) keeps its name."""
        company = self.report_company
        if company is None or len(entities) != 1 or theme in _OWN_SUBJECT_THEMES \
                or metric in market_wide_metrics() or metric.startswith("market"):
            return entities
        e = entities[0]
        if e.type == "concept" and "market" not in e.name.lower().split() and not has_place(self.ptext, e.start):
            return [company]  # 全球光模块出货: a place makes it the industry's figure
        if e.shaped and (e.type in ("model", "product") or self.ptext.startswith(_PRODUCT_NOUNS, e.end)):
            return [company]  # PCIe 6.0 Retimer, Retimer产品收入: the company's product
        return entities

    def _partner(self, e: _Ent, sentence: Sentence) -> bool:
        """``与 X、Y 达成合作``: names after a 与 that opens their clause are counterparties, and
        so is X in ``A 与 X 签约`` (a deal verb right after it)."""
        # asked for each name near each figure: the answer depends only on where the name is
        key = (e.start, e.end)
        found = self._partner_cache.get(key)
        if found is None:
            found = self._partner_cache[key] = self._partner_at(e)
        return found

    def _partner_at(self, e: _Ent) -> bool:
        if self._customer_named(e):
            return True
        if self._preceded_by(e.start, "partner_marker", gap=1) and (
                self._followed_by(e.end, "deal_verb", gap=6) or self._agreement_after(e.end)) \
                and not self.ptext[e.end:e.end + 2].lstrip().startswith("的"):
            return True
        # after the last clause end within 80 characters before the name (one greedy match over
        # that window: listing the marks of the whole text cost more)
        lo = max(0, e.start - 80)
        last = _UP_TO_CLAUSE_END.match(self.ptext, lo, e.start)
        start = last.end() if last else lo
        markers = [h for h in self._role_hits(start, e.start, "partner_marker")]
        if not markers:
            return False
        before = [x for x in self._candidates(start, markers[-1].start) if x.type != "concept"]
        if before:
            return False
        # 与 X、Y: only names listed right after the 与 (与此同时，X… opens no list of partners)
        pos = markers[-1].end
        for x in self.entities.within(pos, e.start):
            if x.type == "concept" or x.start < pos:
                continue
            if not set(self.ptext[pos:x.start]) <= _ENUM_JOINERS:
                return False
            pos = x.end
        if not set(self.ptext[pos:e.start]) <= _ENUM_JOINERS:
            return False
        # 与 X 的合作计划部署…: a deal "with X" as a noun phrase is X's side of it
        end = e.end
        for x in self.entities.within(e.end, e.end + 40):
            if x.type != "concept" and self.ptext[end:x.start].strip() in _ENUM_JOINERS:
                end = x.end
        return not self.ptext[end:end + 2].lstrip().startswith("的")

    def _agreement_after(self, pos: int) -> bool:
        """``与Talen将某核电站供电协议扩大至1.92GW``: an agreement noun (``agreement_noun``) within
        ``_AGREEMENT_REACH`` characters after ``pos``, before the clause ends."""
        tail = self.ptext[pos:pos + _AGREEMENT_REACH]
        cut = next((i for i, c in enumerate(tail) if c in _DEAL_BREAKS), len(tail))
        return any(w in tail[:cut] for w in _AGREEMENT_NOUNS)

    def _customer_named(self, e: _Ent) -> bool:
        """``新增合同主要来自Meta、英伟达等客户``, ``OpenAI追加的65亿美元合同``: ``e`` is named as the
        subject's customer, in a list closed by a customer noun (``customer_tail``) or placing an
        order (``order_place_verb`` + 的, an ``order_noun`` before the clause ends): a counterparty,
        so neither the subject of the figures after it nor whom a later 公司 means."""
        t = self.ptext
        verb = next((w for w in _ORDER_PLACE_VERBS if t.startswith(w, e.end)), None)
        if verb is not None and t.startswith("的", e.end + len(verb)):
            tail = t[e.end + len(verb) + 1:e.end + len(verb) + 1 + _ORDER_GAP + 8]
            cut = next((i for i, c in enumerate(tail) if c in _DEAL_BREAKS), len(tail))
            if any(w in tail[:cut] for w in _ORDER_NOUNS):
                return True
        if "等" not in t[e.end:e.end + 60]:
            return False  # most names close no list of customers: one look first
        end = e.end
        for x in self.entities.within(e.end, e.end + 60):
            if x.start < end or x.type == "concept":
                continue
            if not set(t[end:x.start]) <= _ENUM_JOINERS:
                break
            end = x.end
        return t.startswith(_CUSTOMER_TAILS, end)

    def _topic_of_line(self, entities: list[_Ent], sentence: Sentence) -> list[_Ent]:
        """``· 豆包大模型：火山引擎披露，调用量增长80%``: under a topic label the speaker is not the subject."""
        if len(entities) != 1 or entities[0].type == "concept" or not self._followed_by(entities[0].end, "speaker_verb", gap=8):
            return entities
        line = self.ptext.rfind("\n", 0, entities[0].start) + 1
        head = len(self.ptext[line:entities[0].start]) - len(self.ptext[line:entities[0].start].lstrip(_BULLETS))
        topic = next((e for e in self._candidates(line + head, entities[0].start)
                      if e.type != "concept" and e.start == line + head), None)
        if topic is not None and topic.name != entities[0].name and self.ptext[topic.end:topic.end + 1] in ("：", ":"):
            return [topic]
        return entities

    def _line_head_owner(self, entities: list[_Ent], q, sentence: Sentence) -> list[_Ent]:
        """``AMD：与OpenAI签署供应协议…。市场预期较高，2026E PE下降约39%`` / ``· Sora：OpenAI对超额
        生成收费，4美元可购买10次``: in a line headed by a name and a colon, a figure whose sentence
        names no one of its own is the head's, not a counterparty's carried from an earlier
        sentence of the line; nor is the head's own maker (OpenAI of Sora) the subject of its figures."""
        if len(entities) != 1 or entities[0].type == "concept":
            return entities
        e = entities[0]
        line = self.ptext.rfind("\n", 0, q.start) + 1
        if not (line <= e.start < sentence.start or e.name == self._line_head_org(line)):
            return entities  # most figures: their own sentence's name
        at = line + len(self.ptext[line:q.start]) - len(self.ptext[line:q.start].lstrip(_BULLETS))
        head = next((x for x in self._candidates(at, q.start) if x.start == at and x.type not in ("concept", "group")), None)
        if head is None or head.name == e.name:
            return entities
        m = _BRACKETED.match(self.ptext, head.end)
        after = m.end() if m else head.end
        if self.ptext[after:after + 1] not in ("：", ":") or e.start < after:
            return entities  # 谷歌（Alphabet）：…: a name in the head's bracket is the head's own
        return [head]

    def _line_head_org(self, line: int) -> str | None:
        """The maker (``org``) of the name heading the line at ``line``, if it has one."""
        at = line + len(self.ptext[line:line + 8]) - len(self.ptext[line:line + 8].lstrip(_BULLETS))
        head = next((x for x in self.entities.within(at, at + 40) if x.start == at), None)
        # a technology's figures are its maker's (台积电CoWoS产能: TSMC), whatever heads the line
        return head.org if head is not None and head.org and head.type in ("model", "product") else None

    def _topic_head_speaker(self, entities: list[_Ent], sentence: Sentence) -> list[_Ent]:
        """``GitHub Copilot方面，微软CEO说累计用户超过2000万``: a name opening its sentence and
        closed by a topic word and a comma (``facts_words.csv`` ``topic_head_marker``) is the
        topic; a speaker named after it (a speech word within a few characters) speaks about
        it, so the topic is the subject."""
        if len(entities) != 1 or entities[0].type == "concept":
            return entities
        e, t = entities[0], self.ptext
        if not any(w in t[sentence.start:e.start] for w in _TOPIC_HEAD_MARKERS):
            return entities  # cheap pre-check: most sentences open with no topic head
        head = sentence.start + len(t[sentence.start:e.start]) - len(t[sentence.start:e.start].lstrip(_BULLETS + "\n"))
        topic = next((x for x in self._candidates(head, e.start) if x.type != "concept" and x.start == head), None)
        if topic is None or topic.name == e.name:
            return entities
        marker = t[topic.end:topic.end + 4].lstrip()
        word = next((w for w in _TOPIC_HEAD_MARKERS if marker.startswith(w)), None)
        if word is None or marker[len(word):len(word) + 1] not in ("，", ","):
            return entities
        after = t[e.end:e.end + 8]
        if self._followed_by(e.end, "speaker_verb", gap=6) or any(w in after for w in _TOPIC_SPEECH):
            return [topic]
        return entities

    def _part_of_share(self, entities: list[_Ent], q, clause: Span, sentence: Sentence) -> list[_Ent]:
        """``HBM占DRAM总产值的比重升至三成``: a name between 占 and the share is the whole, so the
        share is the part's named before 占 in the clause (a company there owns its segment's
        share: ``英伟达数据中心业务占总营收的61%``); ``占其总营收``: 其 is the company named last
        before 占 (in the sentence or the one before). A subject before 占 is left alone."""
        if len(entities) != 1 or "占" not in self.ptext[clause.start:q.start]:
            return entities  # cheap pre-check: every share_of word but 贡献 holds 占
        hits = [h for h in self._role_hits(clause.start, q.start, "share_of") if "占" in h.word]
        if not hits:
            return entities
        h, e = hits[-1], entities[0]
        if self.ptext.startswith("其", h.end) and e.type != "company" and e.end <= q.start:
            # 数据中心业务占其总营收: the part is a segment of the company 其 stands for
            floor = max(self._item_floor(sentence.start), sentence.start - _ANAPHOR_REACH)
            firms = [x for x in self._candidates(floor, h.start) if x.type == "company" and x.end <= h.start]
            return [firms[-1]] if firms else entities
        if not (h.end <= e.start and e.end <= q.start):
            return entities  # the subject is not the whole named after 占
        part = [x for x in self._candidates(clause.start, h.start) if x.end <= h.start]
        if not part:
            return entities
        firms = [x for x in part if x.type == "company"]
        return [firms[-1] if firms else part[-1]]

    def _bullet_head_subject(self, entities: list[_Ent], q) -> list[_Ent]:
        """``· 浦江银行：大模型应用场景超过80个``: in a bullet line headed by a name and a colon,
        a concept of the line (大模型 -> large models) is no subject; the figures are the head's.
        A market concept (``国内大模型市场``) keeps its own figures, and market figures (sizes,
        industry shipments) are not read here."""
        if len(entities) != 1 or entities[0].type != "concept" or "market" in entities[0].name.lower().split():
            return entities
        line = self.ptext.rfind("\n", 0, q.start) + 1
        lead = self.ptext[line:entities[0].start]
        if not lead[:1] or lead[0] not in _BULLETS or ("：" not in lead and ":" not in lead):
            return entities  # cheap pre-check: the line opens with a bullet and has a colon before the concept
        at = line + len(lead) - len(lead.lstrip(_BULLETS))
        head = next((e for e in self._candidates(at, entities[0].start)
                     if e.start == at and e.type not in ("concept", "group")), None)
        if head is None or self.ptext[head.end:head.end + 1] not in ("：", ":"):
            return entities
        return [head]

    def _share_scope(self, entities: list[_Ent], q, clause: Span) -> list[_Ent]:
        """Shares: ``A在B中的占比`` is A's; ``B市场中外购X、Y芯片的比例`` is the market's.

        A name between 在 and 中 is the whole a share is taken of; a market written right before
        中 holds the parts named after it.
        """
        if not entities:
            return entities
        e = entities[0]
        lo = clause.start
        before_e = self.ptext[max(lo, e.start - 1):e.start]
        after_e = self.ptext[e.end:min(q.start, e.end + 5)]
        if before_e == "在" and ("中" in after_e or any(
                w in self.ptext[e.end:min(q.start, e.end + _SHARE_SCOPE_REACH)] for w in _SHARE_SCOPE_NOUNS)):
            subject = [x for x in self._candidates(lo, e.start - 1) if x.end <= e.start - 1]
            if subject and subject[-1].type == "concept" and e.name.endswith(_GRADED_SUFFIX):
                # 硅光方案在800G中的占比: a technology's share within one module generation is
                # about both, the technology within that generation's transceivers
                return [_Ent(subject[-1].start, e.end, f"{subject[-1].name} in {e.name}", "concept")]
            if subject:
                return [subject[-1]]
            return entities
        markets = [x for x in self._candidates(lo, e.start)
                   if "market" in x.name.lower().split() and self.ptext[x.end:x.end + 1] == "中"]
        if markets and markets[-1].end <= e.start:
            return [markets[-1]]
        return entities

    def _referent_of_it(self, entities: list[_Ent], q, clause: Span, sentence: Sentence) -> list[_Ent]:
        """``Meta称在3.2万张GPU上预训练它``: 它 is the model or product named last before the sentence."""
        if "it_pronoun" not in self._roles_in(sentence) or not (
                self._role_hits(sentence.start, q.start, "it_pronoun") or self._role_hits(clause.start, clause.end, "it_pronoun")):
            return entities
        if entities and clause.start <= entities[0].start and entities[0].end <= q.start \
                and entities[0].type in ("model", "product"):
            return entities  # the clause names its own subject
        # Qux-2 Lite更便宜，它的输出价…: a model named in the sentence before 它 is its referent
        pronoun = self._role_hits(sentence.start, q.start, "it_pronoun")
        own = [e for e in self._candidates(sentence.start, pronoun[0].start) if e.type in ("model", "product")
               and e.end <= pronoun[0].start] if pronoun else []
        if own:
            return [own[-1]]
        before = [e for e in self._candidates(max(0, sentence.start - _CARRY_REACH), sentence.start)
                  if e.type in ("model", "product")]
        return [before[-1]] if before else entities

    def _rated_company(self, entities: list[_Ent], q, metric: str, sentence: Sentence) -> list[_Ent]:
        """``外资调升目标价至1,800元``: investors who set a target price or a rating are its
        source; the call is about the company named before them. So is a broker the document
        names as one (``Northbridge维持评级，目标价由600美元上调至640美元`` in an excerpt of
        Northbridge Pacific Securities' note: ``_broker_names``)."""
        if not entities or not metric.startswith(_PUBLICATION_DATED):
            return entities
        brokers = self._broker_names()
        if entities[0].name not in _INVESTOR_GROUPS and not self._is_broker(entities[0], brokers):
            return entities
        companies = [e for e in self._candidates(max(0, sentence.start - _CARRY_REACH), q.start)
                     if e.type == "company" and not self._is_broker(e, brokers)]
        if not companies and self.report_company is not None and not self._is_broker(self.report_company, brokers):
            companies = [self.report_company]
        return [companies[-1]] if companies else entities

    def _broker_names(self) -> frozenset[str]:
        """The names the document writes right before a broker's name end (``facts_words.csv``
        ``broker_name_end``: Northbridge Pacific Securities, 某某证券): the whole name and, for an
        English one, its first word (a Chinese summary shortens it: Northbridge维持评级); read
        once per document. A name is compared by its text and by its entity's English name."""
        key = ("broker_names",)
        if key not in self._row_cache:
            names = set()
            for m in _BROKER_NAME.finditer(self.ptext):
                if m.group(1):
                    words = m.group(1).split()
                    names.update((" ".join(words), words[0]))
                else:
                    names.add(m.group(2))
            self._row_cache[key] = frozenset(names)
        return self._row_cache[key]

    def _is_broker(self, e: _Ent, brokers: frozenset[str]) -> bool:
        return e.name in brokers or self.ptext[e.start:e.end] in brokers

    def _market_subject(self, entities: list[_Ent], q, metric: str, clause: Span) -> list[_Ent]:
        """Turnover or margin balance with no name in its clause is the market's named last."""
        if metric not in market_wide_metrics():
            return entities
        if any(e.type != "concept" for e in self._candidates(clause.start, clause.end)):
            return entities
        markets = [e for e in self._candidates(max(0, q.start - _MARKET_REACH), q.start)
                   if e.type == "market" and e.name not in _INVESTOR_GROUPS]
        return [markets[-1]] if markets else entities

    def _segment_of_company(self, e: _Ent, keyword_hit) -> list[_Ent]:
        """``其中数据中心业务收入512亿美元``: a concept right before a revenue keyword is a segment
        of the company named last (``Nvidia Data Center``)."""
        if keyword_hit is None or not 0 <= keyword_hit.start - e.end <= 2 \
                or self.ptext[e.end:keyword_hit.start].strip().rstrip("的") not in ("", *kw.grammar_words().get("segment_glue", ())):
            return [e]
        companies = [x for x in self._candidates(max(0, e.start - _CARRY_REACH), e.start) if x.type == "company"]
        if not companies:
            return [e]
        c = companies[-1]
        return [_Ent(e.start, e.end, f"{c.name} {self._segment_word(e)}", "product", c.name)]

    def _segment_word(self, e: _Ent) -> str:
        """The English of concept ``e`` as a firm's segment: 数据中心 is the concept data centres,
        the segment Data Center (``facts_words.csv`` ``segment_name``); else the concept's name."""
        return kw.word_group("segment_name").get(self.ptext[e.start:e.end]) or e.name

    def _company_of_product(self, entities: list[_Ent], q, sentence: Sentence, keyword_hit) -> list[_Ent]:
        """A company's revenue or profit stays the company's when a product is only mentioned.

        ``收入指引为540亿美元，未计入H20出货``: the revenue is the maker's; only a product written
        right before the keyword (``H20收入``) has revenue of its own.
        """
        orgs = {x.org for x in entities if x.type in ("product", "model")}
        if len(entities) > 1 and len(orgs) == 1 and None not in orgs and all(x.type in ("product", "model") for x in entities):
            # Blackwell与Rubin平台…收入能见度: products listed together are the maker's business
            return [_Ent(entities[0].start, entities[-1].end, entities[0].org, "company")]
        if len(entities) != 1 or entities[0].type not in ("product", "model", "concept"):
            return entities
        e = entities[0]
        last = self.last_entity  # the subject of the sentence's previous figure goes on
        if last is not None and e.type != "concept" and last.name == e.name:
            return entities
        if last is not None and e.type == "concept" and last.org and last.name == f"{last.org} {self._segment_word(e)}":
            return [last]
        if e.type == "concept":
            return self._segment_of_company(e, keyword_hit)
        clause_start = self._clause_start(sentence, q.start)
        listed = [x for x in self.entities.within(max(0, e.start - 12), e.end + 12)
                  if x is not e and x.type in ("product", "model") and x.org == e.org
                  and self.ptext[min(x.end, e.end):max(x.start, e.start)].strip() in _ENUM_JOINERS]
        drives = keyword_hit is not None and e.end <= keyword_hit.start \
            and any(w in self.ptext[e.end:keyword_hit.start] for w in _DRIVER_VERBS)
        if clause_start <= e.start and e.end <= q.start and not listed and not drives:
            return entities  # 可灵AI季内收入超过3亿元: the product's own revenue
        if keyword_hit is not None and sentence.start <= e.start and self.ptext.startswith(("'s ", "’s "), e.end) \
                and 0 <= keyword_hit.start - e.end <= _POSSESSIVE_REACH and keyword_hit.end <= q.start:
            # disclosed Azure's annual revenue: surpassing US$75bn: an English possessive before the
            # keyword makes it the product's own, as a product written right before it (H20收入)
            return entities
        if not listed and self._focus_of_clause(e, clause_start):
            return entities  # 增长最快的是谷歌云，同比增长34%: the segment picked out is the subject
        companies = [x for x in self._candidates(sentence.start, q.start) if x.type == "company"]
        if companies:
            return [companies[-1]]
        if e.org:
            return [_Ent(e.start, e.end, e.org, "company")]
        return entities

    def _english_nearer_figure(self, q, p) -> bool:
        """In English prose, a period written after a number dates the figure nearest before it:
        another figure between them (``operates more than 400 datacenters … and added over 2GW of
        capacity in the past twelve months``) takes it, not ``q``."""
        between = self.ptext[q.end:p.start]
        if _HAN.search(between) or not _LATIN_WORD.search(between):
            return False
        return any(q.end <= x.start and x.end <= p.start for x in self.quantities.within(q.end, p.start))

    def _focus_of_clause(self, e: _Ent, clause_start: int) -> bool:
        """True when ``e`` is what a focus phrase picks out (``其中加速最明显的是谷歌云，``:
        ``facts_words.csv`` ``focus_copula``) and only a comma parts it from the clause of the figure."""
        if self.ptext[e.end:clause_start].strip() not in ("，", ",", ""):
            return False
        return self.ptext[max(0, e.start - 4):e.start].endswith(tuple(_FOCUS_COPULAS))

    def _portfolio_figure(self, q, metric: str, clause: Span, sentence: Sentence) -> tuple[list[_Ent], str] | None:
        """``我们的10月金股组合月度收益率为-3.15%…组合跑输1.95个百分点``: a return written after the
        report's own portfolio word (``portfolio_word``) in its sentence, with no other name
        between, is the portfolio's, named for the publisher (``Yunshan golden stock portfolio``);
        its lead over the benchmark is an ``excess_return`` (``_ytd`` after 年初至今)."""
        t = self.ptext
        at, word = max(((t.rfind(w, sentence.start, q.start), w) for w in _PORTFOLIO_WORDS), default=(-1, ""))
        if at < 0:
            return None
        strong = [w for w, v in _PORTFOLIO_WORDS.items() if v != _PORTFOLIO_WORDS.get("组合")]
        if metric != "portfolio_return" and not any(w in t for w in strong) \
                and not any(w in t for w in _PORTFOLIO_RETURN_WORDS):
            return None  # a bare 组合 is the report's portfolio only in a report that keeps one
        if any(e.type != "concept" and not self._preceded_by(e.start, "benchmark", gap=1)
               for e in self._candidates(at + len(word), q.start)):
            return None  # 跑输沪深300指数1.95个百分点: the benchmark is no other subject
        kind = next((v for w, v in _PORTFOLIO_WORDS.items() if w in strong and w in t), _PORTFOLIO_WORDS[word])
        owner = re.sub(r"\s*\(.*\)$", "", self._publisher).strip()
        owner = re.sub(r"\s+(?:Securities|Research)(?:\s.*)?$", "", owner).strip()
        name = f"{owner} {kind}" if owner else kind
        if metric == "return":
            metric = "portfolio_return"  # 金股组合下跌3.15%: the portfolio's own move
        if metric == "relative_return":
            metric = "excess_return"
        opened = max(clause.start, *(t.rfind(p, sentence.start, q.start) + 1 for p in "，,；;。"))
        if metric == "excess_return" and any(w in t[opened:q.start] for w in _PORTFOLIO_YTD):
            metric = "excess_return_ytd"
        return [_Ent(at, at + len(word), name, "group")], metric

    def _joint_subject(self, entities: list[_Ent], q) -> list[_Ent]:
        """One figure, one row: ``Zeta Cloud与某主权基金宣布共同投资100亿美元`` is the joint figure of
        the pair (the first name stands for it), and ``GB300 Grace Blackwell`` is one product, not
        also the chip family ``Blackwell`` written inside it."""
        if len(entities) < 2:
            return entities
        outer = [e for e in entities if not any(o is not e and o.start <= e.start and e.end <= o.end
                                                and o.end - o.start > e.end - e.start for o in entities)]
        if len(outer) < 2 or len(outer) > 3:
            return outer
        t = self.ptext
        pair = sorted(outer, key=lambda e: e.start)
        if any(t[a.end:b.start] not in _JOINT_LINKS for a, b in zip(pair, pair[1:])):
            return outer
        last = pair[-1]
        if not last.end <= q.start <= last.end + _JOINT_REACH or _DEAL_BREAKS.intersection(t[last.end:q.start]):
            return outer
        if not any(w in t[last.end:q.start] for w in _JOINT_ACTS):
            return outer
        return [pair[0]]

    def _index_not_its_market(self, entities: list[_Ent]) -> list[_Ent]:
        """``美股纳斯达克指数上涨1.3%``, ``A股创业板指上涨2%``: the market word written right before an
        index names where the index trades, not a second subject; the move is the index's alone."""
        if len(entities) < 2:
            return entities
        index_starts = {e.start for e in entities if e.type == "index"}
        if not index_starts:
            return entities
        t = self.ptext
        kept = [e for e in entities
                if not (e.type == "market" and any(s >= e.end and not t[e.end:s].strip() for s in index_starts))]
        return kept or entities

    def _not_partner(self, entities: list[_Ent], q, sentence: Sentence) -> list[_Ent]:
        """A figure whose nearest name is a counterparty belongs to the subject named before it."""
        if len(entities) != 1 or entities[0].type == "concept" or not self._partner(entities[0], sentence):
            return entities
        for e in reversed(self._candidates(max(self._item_floor(sentence.start), sentence.start - _CARRY_REACH), q.start)):
            if e.type not in ("concept", "group") and not self._partner(e, sentence) \
                    and (e.start, e.end) not in self.objects:
                return [e]
        return entities

    def _not_investor(self, entities: list[_Ent], q, clause: Span, sentence: Sentence) -> list[_Ent]:
        """A valuation or deal figure in a later clause than an investor is the investee's.

        ``X：完成融资，ASML 出资 €1bn、持股11%，post-money 估值 €12bn``: the investment and stake
        in ASML's clause are ASML's; the valuation after it is X's, the nearest company before that
        invests in nothing and is no counterparty.
        """
        if len(entities) != 1 or entities[0].type == "concept" or not self._investor(entities[0]):
            return entities
        if clause.start <= entities[0].start < clause.end:
            return entities
        for e in reversed(self._candidates(max(0, sentence.start - _CARRY_REACH), q.start)):
            if e.type == "company" and not self._investor(e) \
                    and not self._partner(e, sentence):
                return [e]
        return entities

    def _field_row(self, sentence: Sentence) -> bool:
        """A header line of ``field：value`` pairs set apart by blanks (``目标价：86.50元    当前股价：
        71.20元``): its cells are statements, not a table's cells under a label."""
        if not sentence.is_row or not sentence.clauses:
            return False
        cells = [self.ptext[c.start:c.end] for c in sentence.clauses]
        return all(_FIELD.match(c) for c in cells) and any(_FIELD_CELL.match(c) for c in cells)

    def _sentence(self, sentence: Sentence) -> None:
        if self._field_row(sentence):
            # the first of two field lines is segmented as the header of a table (现价：45.60元　　
            # 潜在涨幅：32% above 市值：…): as statements it is no header either
            sentence = dataclasses.replace(sentence, is_row=False, header=None, caption=None, col_headers=None,
                                           label=None, is_header=False)
        # the sentence's periods and numbers, read by the steps below
        stated = self._usable_periods(sentence.start, sentence.end)
        counted = self.quantities.within(sentence.start, sentence.end)
        prev = self._prev_prose
        self._run_on = None  # read only when dating this sentence's numbers
        if counted and not sentence.is_row and prev is not None and prev.paragraph != sentence.paragraph \
                and self._runs_on(prev):
            # 同期通用算力规模为⏎(page furniture)⏎71.5 EFLOPS。: the sentence goes on across the break
            carried = self._usable_periods(prev.start, prev.end)
            self._run_on = carried[-1] if carried else None
        self._heading_leads(sentence, stated, counted)
        self._item_asof_leads(sentence, prev, stated)
        self._subset_leads(sentence, prev, stated, counted)
        if not sentence.is_row and _TOPIC_SHIFT.match(self.ptext, sentence.start, sentence.end):
            # 定价上，公司按对话计费: a new aspect of the subject; the period of its results is not
            # the period of what follows
            self.carried_period.pop(sentence.paragraph, None)
            self.lead_period.pop(sentence.paragraph, None)
        if counted:  # most sentences state no number
            self._sentence_facts(sentence, counted)
        self._prev_prose = None if sentence.is_row else sentence
        if not sentence.is_row:
            # 到了第三财季，答卷远超指引。该业务收入同比增长66%: a sentence that states a period and
            # no number leads the numbers after it in the paragraph until another period is stated
            if stated and not counted and self._founding_year(stated[-1]):
                pass  # 公司成立于2018年，主营MCU。: when the firm was founded, not when its numbers are
            elif stated and not counted:
                names = {e.name for e in self.entities.within(sentence.start, sentence.end) if e.type != "concept"}
                self.lead_period[sentence.paragraph] = (stated[-1], names)
            elif stated:
                self.lead_period.pop(sentence.paragraph, None)
                self._quarter_opener(sentence, prev, stated)
                self._asof_opener(sentence, stated)
                self._frame_opener(sentence, prev, stated)
            self._paragraph_frame(sentence, stated, counted)

    def _continues_line_above(self, sentence: Sentence) -> bool:
        """Whether the line of ``sentence`` goes on from the prose line right above it, in one block
        (``甲公司2026财年第二季收入…。⏎云业务收入…``): a line (every line is a paragraph of its own)
        under a full line that ends a sentence, neither of them a list item. A list's items, a line
        after a blank line or after a heading are statements of their own."""
        start = self.ptext.rfind("\n", 0, sentence.start) + 1
        if start < 2:
            return False  # the text's first line
        above = self.ptext[self.ptext.rfind("\n", 0, start - 1) + 1:start - 1].strip()
        line = self.ptext[start:sentence.end].lstrip()
        return above.endswith(_LINE_SENTENCE_END) and not above.startswith(_LIST_ITEM_MARKS) \
            and not line.startswith(_LIST_ITEM_MARKS) and not _NUMBERED_ITEM.match(line)

    def _founding_year(self, period) -> bool:
        """A period right after a founding word (``facts_words.csv`` ``founding_word``: 成立于)."""
        return self.ptext[max(0, period.start - _FOUNDING_REACH):period.start].endswith(_FOUNDING_WORDS)

    def _quarter_opener(self, sentence: Sentence, prev: Sentence | None, stated: list) -> None:
        """``FY26Q3收入98.2亿美元，同比增长9%。Agentforce ARR约5.1亿美元…``: a paragraph that
        opens on a quarter, calendar or fiscal (``2025年三季度``, ``FY26Q3``, ``第三财季``), reports
        that quarter, which leads the numbers of its later sentences that state no period of
        their own about the firms it names (any, if it names none), until another period is
        stated. ``stated``: the sentence's usable periods, the first sentence of its paragraph
        only."""
        if prev is not None and prev.paragraph == sentence.paragraph:
            return
        first = stated[0]
        fiscal = getattr(first, "fiscal", None)
        if not (_QUARTER_VALUE.fullmatch(first.value) or fiscal and fiscal[0] == "q"):
            return
        if self.ptext[sentence.start:first.start].strip(_BULLETS + "\n　"):
            return  # the quarter does not open the paragraph (甲公司三季度…: the subject's own)
        # the firms it names: a later sentence about another firm (OpenAI ARR…) is not led by it
        names = {e.name for e in self.entities.within(sentence.start, sentence.end) if e.type != "concept"}
        self.lead_period[sentence.paragraph] = (first, names)

    def _frame_opener(self, sentence: Sentence, prev: Sentence | None, stated: list) -> None:
        """``2024年，中国移动营业收入同比增长2.8%。中国电信归母净利润同比增长7.2%。``: a paragraph
        that opens on a year and a comma (``2024年，``) frames the whole paragraph: its
        later sentences that state no period of their own are of that time, whichever firm they
        name, until another period is stated. ``stated``: the sentence's usable periods."""
        if prev is not None and prev.paragraph == sentence.paragraph:
            return
        first = stated[0]
        if self.ptext[first.end:first.end + 1] not in _FRAME_COMMAS or not _WHOLE_YEAR_VALUE.fullmatch(first.value):
            return  # a quarter opener leads only the firms it names (_quarter_opener)
        if self.ptext[sentence.start:first.start].strip(_BULLETS + "\n　"):
            return  # the time does not open the paragraph
        self.lead_period[sentence.paragraph] = (first, set())

    def _paragraph_frame(self, sentence: Sentence, stated: list, counted: list) -> None:
        """``国内市场，三季度智能手机出货6,840万部…。分品牌看，华为以23%的份额居首``, ``1—10月，软件
        业务收入…。软件业务出口486亿美元``: the time the first sentence of a paragraph that states
        numbers gives before its first number frames the paragraph. The numbers of its later
        sentences that nothing else dates (no period of their own, no subject carried, no lead)
        are of that time, whatever they name, until a sentence states a period or opens on
        another time (``现在``, ``此前``, ``随后``, ``预计``). A forecast's time
        (``预计2026年…``), a founding year, the day a firm spoke or a base (``同期``) frames
        nothing. ``stated`` and ``counted``: the sentence's usable periods and quantities (prose
        only)."""
        para = sentence.paragraph
        if para in self._framed:
            if stated or self._shifts_time(sentence.start, counted[0].start if counted else sentence.end):
                self.frame_period.pop(para, None)
            return
        if not counted:
            return  # a sentence with a period and no number leads the paragraph (lead_period)
        self._framed.add(para)
        head = [p for p in stated if p.end <= counted[0].start]
        if not head or self._shifts_time(sentence.start, sentence.end):
            return  # (今年月产能约2万片，明年底有望增至…: a sentence of two times frames nothing)
        if any(e.type == "company" for e in self.entities.within(sentence.start, counted[0].start)):
            # 小米第三季收入50亿元…。华为的市场份额约30%: a firm's own results period carries to
            # its own later figures only (the same-subject carry), not to another firm's; a market's
            # or a survey's time frames the whole paragraph
            return
        p = _latest(head)
        t = self.ptext
        if self._founding_year(p) or self._statement_day(p) or self._yet_to_come(p) \
                or any(w in p.text for w in _SAME_PERIOD) or self._baseline_of(p) is not None \
                or self._since_window(p) or _YEAR_SPAN.fullmatch(p.value) \
                or t.startswith(_OPEN_START_WORDS, p.end) \
                or any(w in t[p.end:counted[0].start] for w in _FRAME_STATEMENT_WORDS) \
                or _DAY.fullmatch(p.value) and not self._preceded_by(p.start, "asof", gap=1):
            # (an event's day, 11月19日发布, or the time a speaker spoke at dates the event, not
            # the figures after it; 2025年起, 2025年后 start a rule; 2024—2028年 is a forecast's horizon)
            return
        self.frame_period[para] = p

    def _shifts_time(self, start: int, end: int) -> bool:
        """Whether the words before a sentence's first number (``start``-``end``) turn to another
        time than the one the paragraph opened on: now (``现在``, ``目前``), later (``随后``),
        earlier or to a view (``此前``, ``认为``: period_words ``frame_shift``) or a forecast (``预计``)."""
        t = self.ptext
        return any(w in t[start:end] for w in _LEVEL_NOW_WORDS + _FRAME_SHIFT_WORDS) \
            or _LATER_TIME.search(t, start, end) is not None or _AHEAD.search(t, start, end) is not None

    def _framed_period(self, q, sentence: Sentence):
        """The paragraph's frame (``_paragraph_frame``) for ``q`` in a later sentence, or None when
        none holds: the sentence states a time of its own or turns to another time."""
        p = self.frame_period.get(sentence.paragraph)
        if p is None or p.end > sentence.start or self._shifts_time(sentence.start, sentence.end) \
                or self._usable_periods(sentence.start, sentence.end) \
                or any(w in self.ptext[sentence.start:sentence.end] for w in _FRAME_STATEMENT_WORDS):
            # (…约为15%，较去年下半年的不足3%: a sentence stating a time is its own; 管理层表示…已超过
            # 16亿次: a speaker's word is a statement of its own time)
            return None
        return p

    def _asof_opener(self, sentence: Sentence, stated: list) -> None:
        """``截至10月末，5G基站总数达470万个…。10G PON端口数达2980万个…``: a paragraph that opens
        on an as-of month (``asof`` before a month) is a statistics bulletin's snapshot, which
        leads the numbers of its later sentences that state no period of their own, until
        another period is stated. ``stated``: the sentence's usable periods."""
        first = stated[0]
        if sentence.is_row or not _MONTH.fullmatch(first.value) or not self._preceded_by(first.start, "asof", gap=1):
            return
        opening = self._role_hits(sentence.start, first.start, "asof")
        if not opening or self.ptext[sentence.start:opening[0].start].strip(_BULLETS + "\n　"):
            return  # the as-of date does not open the paragraph
        self.lead_period[sentence.paragraph] = (first, set())

    def _subset_leads(self, sentence: Sentence, prev: Sentence | None, stated: list, counted: list) -> None:
        """``截至5月，月活过亿的应用增至五家。其中，甲应用月活2亿``: a sentence opening on a
        part of what the sentence before it counted (``subset_opener``), or naming that whole
        before its first number (``推理服务器在其中的占比达53%``), holds at that sentence's
        period, which then leads the numbers of the paragraph that state none. ``stated`` and
        ``counted``: the sentence's usable periods and quantities."""
        if sentence.is_row or prev is None or prev.paragraph != sentence.paragraph:
            return
        if not _SUBSET_OPENER.match(self.ptext, sentence.start, sentence.end):
            first = counted[0].start if counted else sentence.end
            if stated and stated[0].start < first or not _SUBSET_WORD.search(self.ptext, sentence.start, first):
                return
        before = self._usable_periods(prev.start, prev.end)
        if before:
            self.lead_period[sentence.paragraph] = (before[-1], set())

    def _deadline_rise_window(self, q, sentence: Sentence, target) -> str:
        """The window of a rise by a target year (``到2030年…增加…（+130%）``): from the last
        whole year stated before the target in the paragraph, within the sentence (none before
        the target there) or the ones before it; '' when there is none or it is not earlier."""
        years = [p for p in self._usable_periods(sentence.start, target.start) if _YEAR_ONLY.fullmatch(p.value)]
        if not years:
            at = bisect.bisect_right(self._sentence_starts, sentence.start) - 1
            while at > 0 and self.sentences[at - 1].paragraph == sentence.paragraph and not years:
                at -= 1
                prev = self.sentences[at]
                years = [p for p in self._usable_periods(prev.start, prev.end) if _YEAR_ONLY.fullmatch(p.value)]
        if not years or years[-1].value >= target.value:
            return ""
        return f"{years[-1].value}/{target.value}"

    def _item_asof_leads(self, sentence: Sentence, prev: Sentence | None, stated: list) -> None:
        """``（一）截至2025年6月底，全国标准机架达1085万架。⏎（二）全国智能算力规模达788 EFLOPS``: a
        numbered item of a statistics bulletin that opens on an as-of month or day (``asof``
        before it) leads the numbers of the sibling items after it that state no period of
        their own, until a line that is no numbered item (a heading, a table, prose) or another
        as-of opener."""
        if sentence.is_row:
            self._item_asof = None
            return
        if prev is not None and prev.paragraph == sentence.paragraph:
            return  # only the line's first sentence says whether it is an item
        m = _ITEM_MARK.match(self.ptext, sentence.start, sentence.end)
        if m is None:
            self._item_asof = None
            return
        first = stated[0] if stated else None
        if first is not None and (_MONTH.fullmatch(first.value) or _DAY.fullmatch(first.value)) \
                and self._preceded_by(first.start, "asof", gap=1) \
                and not _grammar_pattern("asof").sub("", self.ptext[m.end():first.start].strip(" 　，,")):
            self._item_asof = first
            return
        if self._item_asof is not None and sentence.paragraph not in self.lead_period:
            self.lead_period[sentence.paragraph] = (self._item_asof, set())

    def _heading_leads(self, sentence: Sentence, stated: list, counted: list) -> None:
        """``FY27 Q1业绩要点：`` over bullet lines: the heading's period dates each bullet (its own
        paragraph) that states none, until a line that is no bullet. ``stated`` and ``counted``
        are the sentence's usable periods and its quantities."""
        if sentence.is_row:
            self._heading_period = None
            return
        body = self.ptext[sentence.start:sentence.end].strip()
        if body[:1] in _BULLETS.strip() or _NUMBERED_LINE.match(body):
            if self._heading_period is not None and sentence.paragraph not in self.lead_period:
                self.lead_period[sentence.paragraph] = (self._heading_period, set())
            return
        self._heading_period = None
        if stated and len(body) <= _HEADING_MAX and not counted and body[-1:] not in _FINAL_MARKS:
            self._heading_period = stated[-1]

    def _compares_with_a_value(self, clause: Span, q) -> bool:
        """A comparison before ``q`` whose base is a thing, not a period (``较峰值水平100%``).

        ``较上一季度末增加3170亿美元`` compares with an earlier period: the number is the change
        over the current one, which a period stated before still dates.
        """
        if "comparison" not in self._roles_in(clause):
            return False
        for h in self._role_hits(clause.start, q.start, "comparison"):
            base = self.periods.within(h.end, q.start)
            if not (base and not self.ptext[h.end:base[0].start].strip()):
                return True
        return False

    def _rating_scale_line(self, q) -> bool:
        """A line that names three or more distinct ratings (``买入>15%，增持5%~15%，中性-5%~5%``,
        ``增持：…超过5%；中性：…介于-5%与5%之间；减持：…``) lays out a rating scale: every per cent
        in it is a grade's bound, boilerplate, whatever bound word (or none: ``-5%与5%之间``,
        ``<-5%``) the reader gives it. A note's own rating change names at most two grades
        (``由增持上调至买入``), so its forecasts on that line stay."""
        t = self.ptext
        start = t.rfind("\n", 0, q.start) + 1
        got = self._rating_lines.get(start)
        if got is None:
            end = t.find("\n", q.end)
            line = t[start:end if end >= 0 else len(t)]
            canon = _RATING_CANON()
            got = self._rating_lines[start] = len({canon.get(m.group(0), m.group(0))
                                                   for m in _RATING_WORDS().finditer(line)}) >= RATING_SCALE_GRADES
        if not got:
            return False
        # the grade's own clause names it (中性-5%~5%, 减持：相对跌幅超过5%); a move in a clause of
        # its own beside a rating change (百度昨日升4.56%，…评级由中性上调至增持) is a claim
        lo = max(t.rfind(c, start, q.start) for c in _GRADE_CLAUSE_ENDS) + 1
        hi = min((i for i in (t.find(c, q.end) for c in _GRADE_CLAUSE_ENDS + "\n") if i >= 0), default=len(t))
        return _RATING_WORDS().search(t, max(lo, start), hi) is not None

    def _rating_scale(self, sentence: Sentence) -> bool:
        """A sentence that defines a rating (a rating word and a marker of ``facts_words.csv``
        ``rating_scale_marker``): its thresholds are boilerplate, not forecasts."""
        text = self.ptext[sentence.start:sentence.end]
        if not any(w in text for w in kw.word_group("rating_scale_marker")):
            return False
        return _RATING_WORDS().search(text) is not None or any(w in text for w in kw.word_group("rating_scale_word"))

    def _baseline_period(self, q, clause: Span):
        """The period of a comparison base written as ``较9月的2.5万亿元`` (comparison word,
        period, a joiner of ``facts_words.csv`` ``baseline_joiner``, the amount), else None."""
        if "comparison" not in self._roles_in(clause):
            return None
        for h in self._role_hits(clause.start, q.start, "comparison"):
            base = list(self.periods.within(h.end, q.start))
            if base and not self.ptext[h.end:base[0].start].strip() and \
                    self.ptext[base[-1].end:q.start].strip() in kw.word_group("baseline_joiner"):
                return base[-1]
        return None

    def _level_metric(self, q, cls: str, clause: Span, last_by_class: dict):
        """The level metric a change word's base amount is of: the metric stated just before in
        the sentence, else a level keyword of the clause before the comparison."""
        if cls in last_by_class and not last_by_class[cls][1].endswith("_change"):
            return last_by_class[cls]
        for hit in reversed(self.keywords.within(clause.start, q.start)):
            k = kw.keyword(hit.word)
            if cls in k.metrics and not k.metrics[cls].endswith("_change"):
                return k, k.metrics[cls], hit
        return None

    def _runs_on(self, sentence: Sentence) -> bool:
        """A prose sentence cut by a line or page break: no closing mark, and more than one clause."""
        if len(sentence.clauses) <= 1:
            return False
        body = self.ptext[sentence.start:sentence.end].rstrip()
        return body[-1:] not in _FINAL_MARKS and self.ptext[sentence.end:sentence.end + 1] not in _FINAL_MARKS

    def _sentence_facts(self, sentence: Sentence, counted: list) -> None:
        """The facts of one sentence or table row; ``counted`` holds its quantities (never changed here)."""
        if sentence.is_header:
            return  # numbers in a header are labels (输入0-32K, 2025E), never facts
        quantities = counted
        if self.skip.touches(sentence.start, sentence.end):  # most sentences touch no boilerplate
            quantities = [q for q in quantities if not self.skip.covers(q.start, q.end)]
        row_entity = None
        if sentence.is_row:
            # a row's values sit one per cell; the label cell names the row, its numbers are no facts
            label = sentence.label
            quantities = [q for q in quantities
                          if any(c.start <= q.start and q.end <= c.end for c in sentence.clauses)
                          and not (label is not None and label.start <= q.start < label.end)
                          and not self._rank_cell(sentence, q)
                          and not self._code_cell(sentence, q)
                          and not self._benchmark_cell(sentence, q)]
            if sentence.caption is not None and quantities:
                quantities = self._sensitivity_base_case(sentence, quantities)
        if not quantities:
            return
        if _RATE_SIGN.search(self.ptext, sentence.start, sentence.end):
            # 1美元≈7.2人民币: an exchange rate the report converts with, no fact
            rates = exchange_rate_quotes(self.ptext, quantities)
            if rates:
                quantities = [q for j, q in enumerate(quantities) if j not in rates]
                if not quantities:
                    return
        if sentence.is_row:
            row_entity = self._row_entity(sentence)
            if row_entity is None and sentence.label is None and sentence.caption is not None:
                row_entity = self._unlabelled_row_subject(sentence)
        table = sentence.header[0].start if sentence.is_row and sentence.header else None
        growth_row = sentence.is_row and self._growth_label(sentence.label) and self._row_base is not None \
            and self._row_base[0] == table
        if growth_row and self._row_base[2] is not None:
            row_entity = self._row_base[2]
        # 前五名客户销售额合计 | 61,712.35 over 占营业收入比例 | 91.40%: the amount row's share of the whole
        share_row = sentence.is_row and not growth_row and self._row_base is not None and self._row_base[0] == table \
            and sentence.label is not None and self._share_label(sentence.label)
        if share_row and self._row_base[2] is not None:
            row_entity = self._row_base[2]
        last_base: tuple[kw.Keyword, str] | None = None
        fund_base = False  # the last fact named by its own keyword measured a fund (_fund_phrase)
        last_by_class: dict[str, tuple] = {}
        if self.last_entity is not None:
            self._previous_subject = self.last_entity  # what the last sentence with figures was about
        self.last_entity = None
        older_model = None  # 比上一代（2.5 Pro）…从1.25美元提到2美元: the older model, once its price is read
        quantities, assigned = self._distribute(sentence, quantities)
        dropped_doubling = set()
        for i, q in enumerate(quantities):
            if q.kind == "multiple" and _is_doubling(q.text) and i > 0 and quantities[i - 1].kind == "duration" \
                    and q.start - quantities[i - 1].end <= 2:
                dropped_doubling.add(i)
        if sentence.is_row:
            quantities = [self._with_table_unit(sentence, q) for q in quantities]
            quantities = _without_signed_prices(quantities)
        quantities = self._share_per([self._with_billing_rate_before(self._with_per_after(self._with_rate_before(
            self._with_per_before(q, sentence), sentence), sentence), sentence) for q in quantities])
        quantities = self._carried_token_per(sentence, self._carried_rate(quantities))
        if not sentence.is_row:
            quantities = [self._yuan_left_out(q, sentence, quantities) for q in quantities]
        paired_metrics = {} if sentence.is_row else self._distributed_metrics(sentence, quantities)
        for i, q in enumerate(quantities):
            if i in dropped_doubling:
                continue
            clause = self._clause_of(sentence, q)
            if clause is None:
                clause = Span(sentence.start, sentence.end)
            # the rules below ask "is there a growth / subsidy word in this clause?" several times
            roles_here = self._roles_in(clause)
            cls = kw.KIND_CLASS.get(q.kind)
            if cls is None or q.unit not in _CLASS_UNITS[cls]:
                continue
            if self._preceded_by(q.start, "criterion", gap=1) and self.ptext[q.end:q.end + 2].lstrip().startswith("的"):
                continue
            found = None
            if growth_row and cls in ("ratio", "pp", "multiple") and self._row_base is not None:
                k, base = self._row_base[1]  # 同比（%） under 营业收入（百万元）: that row's growth
                ratio = k.metrics.get("ratio") or ""
                found = (k, ratio if ratio.endswith("_growth") else f"{base}_growth", None)
            if share_row and cls == "ratio":
                k, base = self._row_base[1]
                ratio = k.metrics.get("ratio") or ""
                found = (k, ratio if ratio.endswith("_share") else f"{base}_share", None)
            if sentence.is_row and cls in ("ratio", "pp", "multiple") and last_base is not None and any(
                    not self._roles_in(h).isdisjoint(("growth", "qoq")) for h in self._column_header(sentence, q)):
                k, base = last_base  # a 同比 column right of a revenue column: its growth
                found = self._own_change_column(sentence, q, cls) or self._own_growth_column(sentence, q, cls) \
                    or (k, k.metrics.get(cls) or f"{base}_growth", None)
            if found is None and self.plan_place is not None and not sentence.is_row:
                found = self._plan_support(q, cls, clause, sentence)  # 按合同金额的25%给予补贴 in a plan
            if found is None and "subsidy" in roles_here and not sentence.is_row:
                found = self._price_subsidy(q, cls, clause)  # 按售价15%补贴: a subsidy on a buyer's price
            found = found or self._sector_measure(q, cls)  # 机械+2.1%, - 机械：30.2倍 (sector lists)
            if found is None and cls == "ratio" and not sentence.is_row:
                # SOX +2.1%, TSM ADR +1.5%: a signed percent right after a traded name
                found = self._quoted_move(q, clause)
            ratio = cls == "ratio"  # four finders read shares only (each checks again)
            found = found or (ratio and self._index_ytd_item(q, sentence)) \
                or paired_metrics.get((q.start, q.end)) or (ratio and self._adoption_share(q, cls, clause)) \
                or (ratio and self._adopter_cost(q, cls, clause)) or self._anaphor(q, cls, clause, last_by_class) \
                or (i and self._restated(q, cls, quantities, i, last_by_class, sentence)) \
                or (ratio and self._allocation(q, cls, sentence)) or (ratio and self._ratio_between(q, clause)) \
                or (ratio and self._share_of(q, cls, clause)) \
                or (ratio and self._share_after_amount(q, clause)) \
                or (ratio and self._share_of_amount_term(q, clause)) \
                or (ratio and self._share_of_stated_count(q, clause)) \
                or (ratio and self._share_of_pool(q, clause)) \
                or (ratio and self._share_of_amount_done(q, clause)) \
                or (cls in ("money", "count", "price") and not sentence.is_row and self._list_item_of_lead(q, cls, sentence)) \
                or self._metric_for(q, cls, clause, self._table_keywords(sentence, q)) or self._close_of_named(q, cls) \
                or (self._index_move_item(q, sentence) if ratio else None)
            if ratio and sentence.is_row and sentence.caption is not None and (
                    found is None or found[1] in _BARE_SHARE_METRICS):
                # 图表5：AI板块成交额占全A比重（%） over bare cells: the part the caption names
                # before 占 has the share (turnover_share), as in prose, not a market share
                found = self._caption_share_of(sentence) or found
            if ratio and sentence.is_row and not share_row and self._share_suffix_row(sentence):
                # GPU占比 | 78 under 市场规模（亿美元）及结构（%）: the label's share word names the
                # metric, not the caption's amount nor the part's own words (GPU)
                found = self._share_suffix_metric(sentence) or found
            if found is None and ratio and not sentence.is_row:
                found = self._fraction_of_price(q, clause, last_by_class)  # 约0.1元，仅为人工的1/30
                found = found or self._fraction_of_measure(q, clause, last_by_class)  # 下载…，仅为峰值的六分之一
            found = self._share_in_whole(found)
            found = self._share_that_adopts(q, cls, clause, found)
            found = self._population_share_that_adopts(q, cls, clause, sentence, found)
            if cls in ("ratio", "pp") and not sentence.is_row:
                found = self._respondent_share(q, cls, clause, sentence, found)
                found = self._respondent_word_share(q, cls, clause, sentence, found)
            found = self._share_base_theme(q, cls, clause, sentence, found)
            found = self._revenue_share_of_part(cls, found)
            found = self._share_of_industry_part(q, cls, clause, found)
            found = self._penetration_holder(q, cls, clause, found)
            found = self._sized_keyword(cls, clause, found)
            found = self._event_metric(q, cls, clause, sentence, found)
            found = self._earnings_cagr(found, clause)
            if ratio and not sentence.is_row:
                found = self._use_of_proceeds(q, found)
            if cls == "ratio" and q.signed and not sentence.is_row and (found is None or found[2] is None):
                found = self._ai_work_change(q, clause, sentence) or found  # 借助AI，平均核保时间缩短七成
            if cls == "duration" and self.ptext.startswith(_TERM_MARK, q.end):
                found = self._contract_term(q, sentence) or found
            elif cls == "duration" and sentence.is_row and (found is None or found[1] not in _TERM_METRICS) \
                    and self._term_column(sentence, q):
                # 表2：近期算力租赁合同 | 合同金额 | 期限 |: a term column's cell is the term of the
                # deal the caption names, not a doubling time of its compute word
                noun = _last_match(_TERM_NOUNS, self.ptext, sentence.caption.start, sentence.caption.end)
                found = _term_found(noun.group()) if noun is not None else found
            elif cls == "duration" and self._after_term_lead(q):
                # 签订为期20年的购电协议, 协议期限20年: the deal's term, written after its lead word
                found = self._contract_term(q, sentence) or self._term_of_earlier_deal(q, sentence) or found
            if cls == "money" and not sentence.is_row:
                found = self._consensus_of_amount(q, clause, sentence, last_by_class) or found
                found = self._consensus_goes_on(q, clause, last_by_class, found)
            if cls in ("money", "ratio") and not sentence.is_row and cls in last_by_class:
                found = self._english_consensus(q, cls, clause, last_by_class) or found  # vs cons $8.9bn
            if ratio and not sentence.is_row:
                found = self._beat_of_amount(q, clause, last_by_class) or found  # beat ~3%
            if found is None and ratio and not sentence.is_row and _AI_WORK_MARKER_IN.search(self.ptext, clause.start, q.start):
                found = self._ai_work_rate(q, clause)  # 自动核保率由52%升至71%
            if cls == "count" and not sentence.is_row:
                if found is None:
                    # 板块领涨，全市场超3000只个股上涨: a counted noun with its verb names the count
                    # before a keyword of an earlier clause can (that keyword is read further down)
                    found = self._metric_of_counter(q) or self._cards_of_counter(q) or (
                        self.ptext.startswith(_COUNTER_FIRST_OPENS, q.end)
                        and self._metric_of_counter(q, _COUNTER_FIRST_AT, _COUNTER_FIRST)) or None
                elif self.ptext.startswith(_COUNTER_FIRST_OPENS, q.end):
                    found = self._metric_of_counter(q, _COUNTER_FIRST_AT, _COUNTER_FIRST) or found
                if found is None or found[0].theme != "valuation":
                    found = self._fund_units_counted(q, clause) or self._funds_counted(q, clause, sentence) or found
            if cls == "money" and not sentence.is_row:
                found = self._per_capacity_amount(q, clause, sentence, found)
            if found is None and cls in ("ratio", "pp", "multiple") and last_base is not None:
                growth = "growth" in roles_here or "qoq" in roles_here
                for header in self._column_header(sentence, q):  # a 同比 column after a revenue column
                    growth = growth or not self._roles_in(header).isdisjoint(("growth", "qoq"))
                # 较年初翻倍: a doubling is a change of the amount before it, with or without 同比;
                # so is any 翻 rise (翻了两番, 几乎翻倍), and a percent written with a plus sign
                # (revenue reached US$12.6bn, +22%: English notes sign a change, never a level)
                if growth or q.signed or _is_doubling(q.text) or _is_fan_rise(q) \
                        or (cls == "ratio" and q.text.startswith("+")):
                    k, base = last_base
                    metric = k.metrics.get(cls) or f"{base}_growth"
                    # 减少1.20个百分点 under 毛利率比上年同期增减: the change of the measure its column names
                    found = (sentence.is_row and self._own_change_column(sentence, q, cls)) or (k, metric, None)
            if found is None and cls == "pp" and "ratio" in last_by_class and not sentence.is_row:
                found, q = self._gap_to_base(q, clause, last_by_class)
            if found is None and cls in ("ratio", "multiple") and "growth" in roles_here:
                found = self._growth_of_keyword(q, clause)
            if found is None and cls == "multiple" and not sentence.is_row and _is_fan_rise(q):
                # 销量几乎翻倍, ODM订单翻了两番: 翻 is itself a growth word, of the clause's measure
                found = self._growth_of_keyword(q, clause)
            if found is None and sentence.is_row:
                found = self._metric_for(q, cls, Span(q.start, q.start), self._table_keywords(sentence, q, caption=True))
            elif sentence.is_row and cls == "price" and not q.per and found[2] is None:
                # 各地区大工业电价（元/kWh） over 峰时 | 谷时: a price per good takes the caption's
                # price word before the bare default (price)
                found = self._metric_for(q, cls, Span(q.start, q.start),
                                         self._table_keywords(sentence, q, caption=True)) or found
            if found is None and sentence.is_row and cls == "count":
                found = self._counter_column(sentence, q)  # 巡检机器人（台）: no keyword, a counter
            elif sentence.is_row and cls == "count":
                # 芯片ETF | +8.9 under 份额变动（亿份）: a column counted in fund units holds a fund's
                # units whatever the row label's words measure
                found = self._counter_column(sentence, q, only=_FUND_UNIT_COUNTER) or found
            if found is None and sentence.is_row and cls == "ratio":
                found = self._percent_table_share(sentence, q)  # 发电结构（单位：%）: no keyword, a share
            if cls == "pp" and sentence.is_row and found is not None and found[1] in _BARE_SHARE_CHANGES \
                    and "ratio" in last_by_class and last_by_class["ratio"][0].metrics.get("pp") \
                    and last_by_class["ratio"][0].theme != found[0].theme:
                # 工具份额 over 2025年使用率 | 变化(pp): the points change the row's share columns
                # stated (usage_rate_change), not the caption's bare market share
                k = last_by_class["ratio"][0]
                found = (k, k.metrics["pp"], None)
            if found is None and sentence.is_row and last_base is None and cls in ("ratio", "pp", "multiple"):
                found = self._growth_of_left_column(sentence, q)
            if found is None and sentence.is_row and cls == "ratio":
                found = self._change_of_row_amount(sentence, q, last_by_class)
            if found is None and sentence.is_row and cls == "money" and "money" in last_by_class:
                found = self._converted_column(sentence, q, last_by_class)  # 约合美元（亿）: the row's amount
            if found is None and sentence.is_row and cls == "money":
                found = self._component_cost(sentence, q)
            if found is None and sentence.is_row and cls in ("money", "ratio"):
                found = self._segment_revenue(sentence, q, cls)
            if found is not None and sentence.is_row and cls == "ratio" and row_entity is not None:
                found = self._firms_revenue_share(sentence, q, found, row_entity)
            if found is None and sentence.is_row and cls == "money":
                found = self._change_of_left_column(sentence, q)
            if found is None and sentence.is_row and cls in last_by_class and "guidance" in roles_here:
                found = self._row_guidance(q, cls, clause, last_by_class)
            growth_here = cls in ("ratio", "multiple") and "growth" in roles_here
            listed = cls in ("ratio", "pp") and "distribute" in roles_here
            # 5G基站总数达475万个，…，占比较上年末提高3.8个百分点: a bare share word's change is
            # the share of the measure an earlier clause named (base_station_share_change)
            listed = listed or (cls == "pp" and found is None and any(
                w in self.ptext[clause.start:q.start] for w in _BARE_SHARE))
            if found is None and cls == "ratio" and (growth_here or q.signed) and not sentence.is_row:
                found = self._move_of_price_before(q, clause, quantities, i, last_by_class)
            if found is None and not sentence.is_row and (cls in ("money", "count", "bytes", "price", "duration") or growth_here
                                                          or listed):
                # 训练数据上，Scout用了约40万亿tokens: the keyword sits in an earlier clause;
                # 从毛利率看，甲、乙分别为30%和25%: so does the measure a 分别 list is of;
                # 从签约到交付，现在大约需要7个月: and the measure a duration is of
                found = self._metric_in_earlier_clause(q, cls, clause, sentence)
            if found is None and cls == "ratio" and not sentence.is_row:
                # CPO在AI交换端口中的渗透率：2026年约1%，…: a share a lead clause names before its colon
                found = self._colon_lead_ratio(q, clause, sentence)
            if found is None and cls == "ratio" and not sentence.is_row \
                    and self.ptext[clause.start:q.start].strip(" 　") in _BARE_LEVEL:
                # 零售业上线率最高，达35%: a clause that only states a level is of the measure the
                # clause before names
                found = self._metric_in_earlier_clause(q, cls, clause, sentence)
            if found is None and cls in ("ratio", "pp") and not sentence.is_row:
                # 毛利率高一些，可以到9%左右; 利用率其实不高，在20%-30%之间; 采用率最低，比全样本
                #低12个百分点: the measure named in the number-less clause right before
                found = self._metric_of_comment_clause(q, cls, clause, sentence)
            carried_metric = self.paragraph_metric.get((sentence.paragraph, cls))
            if found is None and cls == "money" and carried_metric is not None \
                    and cls not in last_by_class and not sentence.is_row:
                # 收入约2357亿美元。进入2025年，预测上调至3660亿美元: the paragraph's metric goes on
                found = carried_metric
            if found is None and not sentence.is_row:
                found = self._topic_metric(q, cls, clause, sentence)
            if found is None and growth_here and "money" in last_by_class and not sentence.is_row:
                # 预测上调至3660亿美元，同比增长44.6%: the growth of the amount just stated
                k = last_by_class["money"][0]
                base = k.metrics.get("money")
                if base:
                    found = (k, k.metrics.get(cls) or f"{base}_growth", None)
            if found is None and (growth_here or cls == "ratio" and q.signed) and not sentence.is_row \
                    and not self.keywords.within(sentence.start, clause.end):
                # 10月营收31亿元。较上月减少4.3%，主因…: a growth in a sentence naming no metric is
                # the growth of the amount the paragraph stated last
                whole = self.paragraph_metric.get((sentence.paragraph, "money"))
                if whole is not None:
                    found = (whole[0], whole[0].metrics.get(cls) or f"{whole[1]}_growth", None)
            if found is None and cls == "multiple" and last_base is not None and not sentence.is_row:
                # 已从5月的480万亿增长到10月的1300万亿，约1.7倍: a bare multiple after a rise from one
                # level to another is the rise's multiple
                found = self._multiple_of_rise(q, clause, sentence, last_base)
            if found is None and cls == "multiple" and last_base is not None and not sentence.is_row \
                    and self.ptext[q.start - 1:q.start] == "的" and not self.keywords.within(clause.start, clause.end):
                # 增至6300亿tokens，是原来的10倍: a multiple of the level the sentence stated before;
                # 市盈率约45倍，低于行业平均的60倍: a level of a measure that is itself a multiple
                k, base = last_base
                found = (k, base if k.metrics.get("multiple") == base else f"{base}_multiple", None)
            if found is None and cls == "multiple" and not sentence.is_row \
                    and self.ptext[q.start - 1:q.start] == "的" and not self.keywords.within(clause.start, clause.end):
                # FP8训练算力1.2 EF，是GB300 NVL72的3.3倍: a multiple after a spec just stated
                # (capacity, memory, power) is that spec against the base the clause names
                found = self._multiple_of_spec(last_by_class)
            if found is None and cls == "pp" and not sentence.is_row and "ratio" in last_by_class \
                    and (last_by_class["ratio"][1] in _ADOPTION_METRICS
                         or last_by_class["ratio"][1] in (_RESPONDENT_SHARE, _AI_WORK_SHARE)) \
                    and (self._role_hits(clause.start, q.start, "comparison") or self._role_hits(clause.start, q.start, "growth")):
                # 31%的企业已部署AI，较去年提升9个百分点: the change of the share just stated
                k = last_by_class["ratio"][0]
                found = (k, f"{last_by_class['ratio'][1]}_change", None)
            if found is None and cls == "ratio" and "price" in last_by_class and not sentence.is_row \
                    and self.ptext[q.start - 1:q.start] == "的" \
                    and _PRICE_RATIO.search(self.ptext, clause.start, q.start) is not None:
                # 输出价只有0.84美元，约为Foo-3 Pro的1/30: a clause with no price word after a token
                # price is that price as a part of another's
                k = last_by_class["price"][0]
                found = (k, (k.metrics.get("ratio") or "price_change").replace("_change", "_ratio"), None)
            if found is None and cls in last_by_class and not sentence.is_row:
                # a parallel list in the same sentence: 推出两个月MAU达到1亿，超越TikTok9个月
                found = last_by_class[cls]
            if found is None and q.kind == "bytes":
                found = self._bytes_default(q, cls)
            if found is None and cls == "count" and not sentence.is_row:
                found = self._counted_units(q, clause, sentence)
                if found is not None and found[1] in _ONE_STOCK_COUNT_METRICS and \
                        any(e.type == "company" for e in self._candidates(sentence.start, q.start)):
                    found = None  # 京东方A今日发生大宗交易3笔: one stock's trades, not a sector's tally
            if found is None and cls == "count" and not sentence.is_row:
                found = self._carried_counter(q, sentence)
            if found is None and ratio and not sentence.is_row:
                # 三地合计占全国AI岗位的51%, 其中近六成…: a share whose part and whole no keyword names
                found = self._share_in_paragraph_topic(q, clause, sentence)
            if found is None:
                continue
            if sentence.is_row and cls == "ratio":
                found = self._growth_of_level(sentence, q, found)
            if self.ptext[q.end:q.end + 4].lstrip(" ”\"」").startswith(_SLOGAN_AFTER):
                continue  # 迈入“一元时代”: a slogan, not a price
            if cls == "duration" and self.ptext.startswith(_TERM_MARK, q.end) \
                    and self.ptext.startswith(_TERM_NOT_AFTER, q.end + len(_TERM_MARK[0])):
                continue  # 在五年期间内分批交付: a stretch of time, not the duration of a measure
            if q.kind == "number" and self.ptext.startswith(_LATENCY_UNIT, q.end):
                continue  # 20毫秒时延圈: a latency, which no unit of the table holds
            if cls in ("ratio", "pp") and (q.qualifier or q.value_high is not None) and self._rating_scale(sentence):
                continue  # 买入：相对指数涨幅超过15%以上: the threshold of a rating scale, boilerplate
            if cls in ("ratio", "pp") and self._rating_scale_line(q):
                continue  # 中性-5%~5%，减持<-5%: a line naming three grades is a scale, all its per cents bounds
            if found[1] in _NO_VAGUE_AMOUNT and not _HAS_DIGIT.search(q.text):
                continue  # 参数量上万亿: an order of magnitude with no digit is no parameter count
            baseline = self._baseline_period(q, clause)
            reached = found[2] is not None and found[2].end <= q.start and \
                self._followed_by(found[2].end, "level_after", gap=0)
            if (baseline is not None or reached) and found[1].endswith("_change"):
                # 较9月的2.5万亿元缩量: the amount after 较<period>的 is the level of that period;
                # 缩量至1.8万亿元: the amount a change reaches is a level too
                found = self._level_metric(q, cls, clause, last_by_class) or found
            if cls == "ratio" and found[2] is not None and "price" in last_by_class and not sentence.is_row:
                found = self._price_move(q, clause, found, last_by_class["price"][0])
            if cls == "ratio" and q.signed and found[1] in _AI_WORK_METRICS and not sentence.is_row \
                    and (found[2] is None or found[2].end <= clause.start):
                # 智能理赔案件占比超过八成，案均理赔费用下降12%: a change in a later clause is the
                # change AI brings to that work (its cost, its time), not a fall of the share
                lead = self.ptext[clause.start:q.start]
                metric = next((m for w, m in _AI_WORK_CHANGES.items() if w in lead), _AI_WORK_CHANGE_DEFAULT)
                found = (found[0], metric, None)
            if cls in ("money", "ratio") and not sentence.is_row \
                    and _PLAN_SUPPORT_CAP.search(self.ptext, clause.start, q.start) is not None:
                found = self._fine_cap(q, cls, clause, sentence) or found
            if cls == "ratio" and found[0].word in _SAVING_KEYWORDS and not sentence.is_row:
                found = self._saving_change(q, clause, found)
            if q.start not in self._price_subsidy_at:  # a subsidy's own term is no measure a list goes on with
                last_by_class[cls] = (found[0], found[1], None)
            if found[2] is not None and not sentence.is_row:
                self.paragraph_metric[(sentence.paragraph, cls)] = (found[0], found[1], None)
                if cls == "count" and self.ptext[q.end:q.end + 1] in _CARRIED_COUNTERS:
                    self.counter_metric[self.ptext[q.end]] = (sentence.paragraph, (found[0], found[1], None))
            k, metric, hit = found
            theme = k.theme
            if metric in _NOT_TOKEN_COUNT and self._counts_tokens(q, cls):
                continue  # 单次可处理500万tokens after a parameter count: a token volume, not parameters
            if self._counts_tokens(q, cls):
                # 训练数据约18万亿tokens: training data counted in tokens is the tokens trained on
                metric = _TOKEN_COUNT_METRIC.get(metric) or metric
            if cls in ("ratio", "pp") and self._preceded_by(q.start, "tolerance", gap=1):
                continue  # 540亿美元±2%, 上下浮动2%: a tolerance band around a guidance figure
            # 24.45万亿韩元（约合176亿美元）: a conversion after 约合/折合 is a row of its own, in its
            # own currency (an analyst reads a KRW result or an HKD market cap in USD from it, and
            # the labelled sets count it as a claim); the bilingual reader below still drops the
            # English figure it restates
            # 200亿美元（约1450亿元人民币）: a conversion written with 约 alone is a row too, as above
            if cls == "multiple" and i > 0 and self._restated_ratio(q, quantities[i - 1], sentence):
                continue  # 超过百分之八百，就是收入的八倍多: the same ratio said again as a multiple
            if cls == "multiple" and self._preceded_by(q.start, "speedup", gap=0):
                continue  # 推理速度快5.4倍: a speed-up of a model, not a market or company figure
            if cls == "duration" and (self._preceded_by(q.start, "span_lead", gap=2) and not self._led_term(q, found)
                                      or self._followed_by(q.end, "span_tail", gap=1)
                                      or self.ptext.startswith(_SPAN_TAILS, q.end)
                                      or self.ptext.startswith(_WINDOW_TAILS, q.end) and not self._named_duration(q, found)):
                continue  # 未来8年, 为期约五年, 五年复合增长率: a time span, not a duration claim
            if q.kind == "free" and (self._followed_by(q.end, "give_away", gap=1)
                                     or self._followed_by(q.end, "free_quota", gap=0)):
                continue  # 免费提供其检查点, 免费额度: giving something away, not a price cut of a paid service
            if q.text.endswith(_TENTHS) and self._glued_to_latin(q):
                continue  # HBM4成兵家必争: the digit ends a name (HBM4), 成 is the verb after it
            if not any(c.isdigit() for c in q.text) and self._in_unit_label(q, sentence):
                continue  # （单位：B，十亿）: a magnitude naming a table's unit, not a number of it
            if q.kind == "free" and (self._preceded_by(q.start, "free_persists", gap=3)
                                     or self.ptext.startswith(_FREE_TREND, q.end)):
                continue  # 仍坚持免费, 免费化的冲击: free as before, or as a trend: no price change
            if cls in ("money", "ratio") and "subsidy" in roles_here and q.start not in self._plan_support_of \
                    and q.start not in self._price_subsidy_at:
                continue  # 给予最高30%的补贴, 补贴不超过1000万元: a policy subsidy or its cap (no plan's own)
            if cls in ("money", "count", "ratio") and q.qualifier in ("over", "at_least", "under") \
                    and _ELIGIBLE.match(self.ptext, q.end) \
                    and (cls != "ratio" or found[2] is not None and found[2].end <= q.start):
                # 对年营收超过10亿元的企业, 营收增速超过50%的公司有7家: who qualifies, not a claim; a per
                # cent is a screen only after the measure it bounds (营收增速), else it is the share
                # of the firms itself (超过三分之一的企业已部署AI)
                continue
            if cls in _SEGMENT_BOUND_CLASSES and q.qualifier in ("over", "at_least") \
                    and _COUNTED_THRESHOLD.match(self.ptext, q.end):
                continue  # 超过$1m的订单数量, …以上的大型智算中心约60个: the bound of what is counted, no amount
            if self._sensitivity_step(q):
                continue  # 电价每下降0.1元, 上架率每下降10个百分点: the step of a sensitivity, no claim
            if q.start > 0 and self.ptext[q.start - 1] == "每" and cls in ("watts", "count", "flops") \
                    and not sentence.is_row and len(quantities) > i + 1:
                continue  # 每1GW对应价值量约5亿元: the basis a per-unit figure is quoted on, no claim
            if q.qualifier in ("over", "at_least") and cls in ("ratio", "pp") and self.ptext[clause.start:q.start].lstrip(
                    " ，,；;").startswith(_CONDITION_LEAD):
                continue  # 若资本开支出现一成以上的下修: a scenario's threshold, not a forecast
            if "if " in self.ptext[max(clause.start, q.start - 40):q.start] \
                    and _EN_CONDITION.search(self.ptext, max(clause.start, q.start - 40), q.start):
                continue  # rise to 40% if demand exceeds 100x: a trigger's threshold, no claim
            if q.unit in MONEY_UNITS and self.ptext.startswith(_PRICE_BAND_TAIL, q.end):
                continue  # 10万-15万元价格带, 15万元以下车型: a band naming a segment, no price
            if q.unit in MONEY_UNITS and sentence.is_row and any(
                    self.ptext[h.start:h.end].strip() in _PRICE_BAND_TAIL for h in self._column_header(sentence, q)):
                continue  # 价格带 | … over a row labelled 10-20万元: the band is the row's name, no price
            if cls in _SEGMENT_BOUND_CLASSES and self._bound_segment(q):
                continue  # 千万元以上大单31个, 32GB及以上机型占比: a bound glued to a kind of item names a segment
            if self._segment_threshold(q):
                continue  # 售价4000元以上的AI旗舰手机: a bound naming a segment of products, no price
            if self._term_definition(q):
                continue  # “双低”（价格低于120元…）: the definition of a term, no fact
            if self._marker_definition(q, sentence):
                continue  # “不适用”指…市盈率超过300倍: a note defining a table's marker, no fact
            if self._share_total(q):
                continue  # 剩余份额为其他厂商，合计100%: the whole the shares add up to, no claim
            if q.kind == "free" and (self._free_ended(q, clause) or self._asked_free(q, sentence)):
                continue  # 停止…的免费安全更新, 哪些是真免费?: a free service ending, or a question
            if q.kind == "free" and self._free_modifier(q):
                continue  # 免费层, 免费的GLM-4系列模型, 可免费转载: a free kind of offer named, nothing made free
            if cls in ("watts", "money") and self._english_size_segment(q):
                continue  # rents for 250-500 kW requirements: a size segment, no capacity
            if i and self._restatement(q, quantities[i - 1], sentence):
                continue  # 涨了百分之一百零九，就是翻了一倍还多: the number before, said again
            if cls == "multiple" and i + 1 < len(quantities) and self._restated_in_brackets(q, quantities[i + 1]):
                continue  # 增长接近两倍（约196%）: the bracket's per cent is the claim
            if cls == "ratio" and self.ptext[q.start - 1:q.start] == "前" \
                    and _RANK_LEAD.search(self.ptext, max(clause.start, q.start - 20), q.start):
                continue  # 位列全部主题指数前5%: a rank percentile, not a share or a move
            if cls in ("count", "duration") and self._followed_by(q.end, "age", gap=0):
                continue  # 18-24岁用户: an age bracket, not a count of anything
            if q.kind == "number" and q.unit == "count" and q.text.isdigit() and any(
                    e.start == q.start and e.end == q.end for e in self.entities.within(q.start, q.end)):
                continue  # 提到 4090 和 H20: a bare number the lexicon reads as a name (RTX 4090) is that name
            if cls == "count" and self._followed_by(q.end, "server_config", gap=0):
                continue  # 8卡整机: the GPUs of one server, its configuration, not a count of anything
            if cls == "count" and self._card_config(q):
                continue  # 8卡H100, 8卡H20服务器: the cards of one machine or instance, its configuration
            if cls == "count" and self._wechat_counter(q):
                continue  # 阅读 10万+, 在看 2.3万: a WeChat article's counters, not a count of anything
            if cls == "count" and self._media_counter(q):
                continue  # 本期播放 4.6万　评论 312: a podcast page's counters, not a count of anything
            if self._listing_reason(q):
                continue  # 上榜原因：日涨幅偏离值达7%: an exchange rule's threshold, not a move
            if cls == "count" and self._followed_by(q.end, "question_count", gap=0):
                continue  # 问卷共30题: a questionnaire's length, not a count of anything
            if cls == "watts" and self._rated_item(q, sentence):
                continue  # 6kW机柜, 一个100MW的智算园区 in an estimate: a grade or an example's size, no capacity
            if cls == "count" and self._survey_sample(q, clause, sentence):
                continue  # 回收有效问卷2,340份, 对412家企业的调研: how a survey was run, no claim
            if cls == "ratio" and self._preceded_by(q.start, "confidence_lead", gap=1):
                continue  # 置信水平95%: a survey's statistical confidence, no claim
            if cls in ("count", "bytes") and self._near_in_clause(q, clause, "context_window", before=5, after=8):
                continue  # 支持128K上下文: a context-window length is no fact
            if cls in ("money", "count") and abs(q.value) < k.min_abs:
                continue
            if cls == "count" and metric in _SHARE_COUNT_METRICS and not self._counts_shares(sentence, q):
                continue  # 减持 as a rating above a table of parameter counts: no count of shares
            if cls == "ratio" and q.value == 1.0 and "share" in metric and sentence.is_row and sentence.label is not None \
                    and self.ptext[sentence.label.start:sentence.label.end].strip() in _GROUP_TOTALS:
                continue  # 合计 | 464.0 | 100.0: the shares of the rows above add up, no claim
            if hit is not None:  # a fact named by its own keyword is the base of later growth words
                last_base = (k, k.metrics.get("money") or k.metrics.get("count") or metric)
            metric = self._qualify_metric(metric, cls, q, clause, self._table_spans(sentence, q))
            volume = self._volume_unit(q) if cls == "count" else None
            if volume is not None:
                if not metric.endswith(_VOLUME_METRIC_ENDS):
                    if volume[2]:
                        continue  # 每次约耗500毫升: a count in litres is no count of users or items
                    volume = None
                else:
                    metric = metric[:metric.rfind("_") + 1] + volume[0]  # 25万立方米: the written unit
            if cls == "money" and metric.endswith("_amount") and self.ptext[max(0, q.start - 4):q.start].rstrip(
                    " 约").endswith(_PER_SHARE):
                metric = metric[:-len("_amount")] + "_price"  # 以每股8.40港元配售: the price of a placing, not its size
            if sentence.is_row and cls == "ratio" and metric.endswith("_growth"):
                metric += self._growth_basis_column(sentence, q)  # 月增率 | 3.6%: growth on the month before
            if metric == "accelerator_cards" and not sentence.is_row:
                metric = self._card_holding(metric, q, clause)  # 自己有五千张卡，另外租了一万多张
            if theme == "market" and (metric.startswith("shipment") and self._ships_chips(sentence, q)
                                      and not self._counts_devices(sentence, q)
                                      or metric.startswith("share") and self._chip_shipment_share(q, sentence)):
                # chips, processors and optical modules shipped, and a product's share of their
                # shipments, are compute (SCHEMA: GPU and optical-module shipments)
                theme = "compute"
            theme, metric = self._investment_theme(q, theme, metric, clause, sentence, hit)
            theme, metric = self._per_capacity_capex(theme, metric, hit, sentence)
            theme, metric = self._theme_boundary(q, theme, metric, clause, sentence)
            if metric.startswith("satellites"):
                metric = self._satellite_metric(metric, cls, q, clause, sentence)
            theme, metric = self._retail_platform_sales(q, theme, metric, cls, clause, sentence)
            theme, metric = self._gpu_hour_price_change(q, theme, metric, cls, sentence)
            theme, metric = self._seller_contract(q, theme, metric, cls, clause, sentence)
            issuer = self._project_issuer(sentence) if sentence.is_row and cls == "money" else None
            if issuer is not None:
                # 项目名称 | 项目投资总额 | 拟使用募集资金: what the issuer plans to spend on each project
                theme, metric = "capex", self._project_metric(sentence, q) or metric
            metric = self._level_change(metric, cls, q, hit)
            if sentence.is_row:
                metric = self._level_change_column(metric, cls, sentence, q)
            metric = self._balance_change(metric, cls, q, clause)
            if theme == "adoption" and metric.startswith(_PENETRATION_METRICS) \
                    and self._hardware_penetration(q, sentence, hit):
                theme = "market"
            if theme == "compute" and cls == "count" and metric.startswith("capacity") \
                    and self.ptext.startswith(_DEVICE_COUNTERS, q.end):
                theme = "market"  # 年产能800万副: a consumer device's output capacity is market
            penetration = None if sentence.is_row else self._penetration_of_base(q, metric, sentence)
            if penetration is not None:
                theme, metric = "adoption", penetration[0]
            # prose has no cells: a row's text cells and the names in a cell matter only in a table
            in_cell = [e for e in self._candidates(clause.start, clause.end) if e.type != "concept"] \
                if sentence.is_row else []
            preferred = [e for e in self._row_text_entities(sentence, clause)
                         if e.type in _THEME_ENTITY_TYPES.get(theme, ())] if sentence.is_row else []
            if preferred and sentence.start in self._peer_rows:
                preferred = []  # A股可比公司平均: the row is the comparables' average, not 可比公司 in its label
            if sentence.is_row and not preferred and "model" in _THEME_ENTITY_TYPES.get(theme, ()):
                preferred = self._model_column(sentence)  # 厂商 | 模型 (Quill-Pro): typed by its column
            if sentence.is_row and not preferred:
                # 应用 | 开发者 | 下载量: an app's downloads and in-app revenue are the app's, not its maker's
                preferred = self._model_column(sentence, "app_column")
            column_entity = self._column_entity(sentence, q) if sentence.is_row and not in_cell else None
            if sentence.is_row and preferred and not in_cell:
                entities = preferred[:1]  # 厂商 | 模型 | 参数量: the model of the row, not its maker
            elif column_entity is not None:
                entities = [column_entity]  # 营业收入（亿美元） | 1305 | 258 under 英伟达 | AMD
            elif row_entity is not None and not in_cell:
                entities = [row_entity]
            else:
                entities = self._refine_entities(self._pick_entity(q, theme, clause, sentence, hit), q, theme,
                                                 metric, cls, clause, sentence, hit, found is carried_metric)
                if cls == "price" and metric.endswith("_before_cut") and self._prior_versions:
                    older = self._prior_version_owner(q, sentence, entities)
                    if older:  # 比上一代（2.5 Pro）贵，输入价从1.25美元提到2美元: the older model's own price
                        entities, metric, older_model = older, metric.removesuffix("_before_cut"), older[0]
            if penetration is not None:
                entities = [penetration[1]]
            if issuer is not None:
                entities = [issuer]  # a project (智算中心建设项目) or the 合计 row: the issuer's plan
            project = self._tender_project(sentence) if sentence.is_row and issuer is None else None
            if issuer is None and not sentence.is_row and self._tender_names:
                project = self._tender_project_named(q, sentence)
            if project is not None:
                entities = [project]  # 项目名称 | 中标单位 | 中标金额: the project, not its bidder
            deal_line = False
            if cls in ("money", "duration") and not sentence.is_row and (
                    theme == "capex" or metric in _BUYER_METRIC):
                buyer = self._deal_line_buyer(q)
                deal_line = buyer is not None
                if buyer is not None:
                    # the buyer's commitment, however the line's verb reads (签下 is a seller's word)
                    entities = [buyer]
                    if theme != "capex":
                        theme, metric = "capex", _BUYER_METRIC[metric]
            if metric.startswith(_TRADE_METRICS) and self._trade_place is not None \
                    and not any(e.type == "company" and sentence.start <= e.start < sentence.end for e in entities) \
                    and not self._names_good_market(entities):
                # 其中資通與視聽產品出口…, 對美國出口…: lines of the office's place's exports (a
                # company the sentence names exports its own; one named elsewhere is no exporter here)
                entities = [self._trade_place]
            entities, metric = self._grade_holder(theme, metric, entities, sentence)
            theme, metric = self._entity_theme_boundary(q, theme, metric, entities, clause, sentence)
            # no subject yet: the place readings below may give one, whose type the entity rules read then
            unsubjected = not entities
            fund_phrase = False
            if metric.startswith("market_size") or metric in _FUND_UNIT_METRICS:
                # ETF总规模突破2400亿元，较10月末增加约5%: a growth without its own keyword is of the
                # fund size before it
                fund_phrase = self._fund_phrase(hit, sentence) if hit is not None or sentence.is_row else fund_base
            if hit is not None:
                fund_base = fund_phrase
            theme, metric = self._fund_size(theme, metric, entities, fund_phrase)
            theme, metric = self._fund_units(theme, metric, entities, fund_phrase)
            theme, metric = self._plan_fund(theme, metric, q, clause)
            if self.plan_place is not None and metric.startswith("fund_size") \
                    and all(e.type in ("market", "concept") for e in entities):
                # 设立规模50亿元的人工智能产业母基金: the plan's place sets the fund up, not the
                # industry it serves
                entities = [self.plan_place]
            share_of = metric.removesuffix("_change")
            if q.start in self.population and theme == "adoption" and not sentence.is_row:
                entities = [self.population[q.start]]  # 部署智能体的企业…成本下降: the adopters'
            elif share_of in _ADOPTION_METRICS and not sentence.is_row:
                # the share, its change and a parallel share (约四成计划部署) are of the population
                # the sentence named with the share
                named = [s for s in self.population if sentence.start <= s <= q.start]
                if named:
                    entities = [self.population[max(named)]]
            if theme == "adoption" and cls == "ratio" and not sentence.is_row and q.start not in self.population \
                    and all(e.type in ("concept", "group") for e in entities):
                # a group carried from the segment before (零售业…；医药为18%) gives way too (not the
                # kind a share's own list item names: 小学生（含陪同）为21%)
                entities = self._industry_subject(q, sentence) or entities
            if q.start in self.share_holder and not sentence.is_row:
                entities = [self.share_holder[q.start]]  # 英伟达占先进封装总需求: not the pool's names
            if (theme == "adoption" or share_of in _ADOPTION_METRICS) and not sentence.is_row \
                    and entities and (all(e.type in ("index", "market") for e in entities)
                                      or self._adopted_after(entities, q, clause)):
                surveyed = self._surveyed_population(q, sentence)
                if surveyed is not None:
                    entities = [surveyed]  # 调研显示，43.5%的受访企业已部署: the asked, not 沪深300
            if sentence.is_row:
                period_obj = self._table_period(sentence, q) if theme != "parameters" else None
                period = period_obj.value if period_obj is not None else ""
                row_day = self._row_date(sentence) if theme != "parameters" and sentence.col_headers else ""
                column = self._column_header(sentence, q)
                if row_day and column and self.ptext[column[-1].start:column[-1].end].strip() in _PRIOR_YEAR_COLUMN:
                    # 月份 | 营收 | 去年同期 with 114/07: the same month one year before
                    period_obj, period = None, str(int(row_day[:4]) - 1) + row_day[4:]
                    if period.endswith("-02-29"):
                        period = period[:-2] + "28"
                elif row_day and not any(self.periods.within(h.start, h.end) for h in column):
                    # | 03/02 | 海康威视 | 41元 | under 调整日期: a row's date column dates its
                    # figures, unless the figure's own column names a period (2025E)
                    period_obj, period = None, row_day
                if not period and self.filing_period is not None and theme != "parameters":
                    # 分产品 | 营业收入 in a half-year report: an undated column is the report's stretch;
                    # 期末基金资产净值, 报告期期初基金份额总额: a row or table of the stretch's first or last day
                    period = self._filing_edge_day(sentence, q) or self._filing_period_of(metric)
                elif period_obj is not None and self.filing_period is not None and any(
                        w in self.ptext[period_obj.start:period_obj.end] for w in _PRIOR_YEAR_WORDS):
                    # 上年同期数 in the 2025 annual report: 2024, whenever the report is published
                    period = self._filing_period_of(metric, years_back=1)
                if not period and self.reference_period is not None and theme not in _UNDATED_LIST_THEMES:
                    # | 城商行 | 62% | in a survey of 2025: an undated cell is of the year surveyed
                    period = self.reference_period
                if not period and theme not in ("parameters", "pricing") and self._data_period_of(q):
                    # 数据月份：2025年5月 over a ranking table: its undated cells are of that month
                    period = self._data_period_of(q)
                if not period and metric in _DIGEST_DAY and self._digest_day is not None and self._daily_wrap:
                    # | 腾讯控股 | 612.50 | +1.16 | under 收市价 in a closing report: the session's day,
                    # as the wrap's undated moves in prose are
                    period = self._digest_day.isoformat()
                if not period and metric in _SESSION_METRICS and self._wrap_session is not None:
                    # 漲跌幅(%) | +2.30 under a wrap whose lead states the session (昨（26）日): that session
                    period = self._wrap_session.value
                if not period and self.published is not None and metric.startswith(_PUBLICATION_DATED):
                    # 目标价 | 980元 in a scenario table: the call as of the report, as in prose
                    period = f"{self.published.year}-{self.published.month:02d}"
            else:
                period, period_obj = self._period_for(q, theme, metric, clause, sentence)
            carried = self.carried_period.get(sentence.paragraph)
            if carried is None and theme in _RESULTS_THEMES and not sentence.is_row \
                    and self._continues_line_above(sentence):
                # 阿里巴巴2026财年第二季…。⏎云智能集团收入…: a firm's results go on in the quarter the
                # line above stated for them
                above = self.carried_period.get(sentence.paragraph - 1)
                carried = above if above is not None and _one_quarter(above[0].value) else None
            # 随后的熊市中…跌幅近八成: a time after the stated one, which therefore does not carry
            future = not sentence.is_row and (self._future_clause or _LATER_TIME.search(
                self.ptext, clause.start, max(clause.start, q.start)) is not None)
            weak = not sentence.is_row and self._weak_period
            now = "" if period or future or sentence.is_row or theme in ("parameters", "pricing") \
                else self._said_now_period(q, metric, clause, sentence)
            if now:
                # 目前该模型已接入12个业务场景: a status said of now, with no time word of its own,
                # is of the publication month (a share price or multiple: the publication day)
                period_obj, period = None, now
            elif not period and not future and carried is not None and entities and theme != "pricing" \
                    and (entities[0].name in carried[1]
                         or entities[0].type == "company" and entities[0].org in carried[1]
                         or theme in _RESULTS_THEMES and entities[0].name in carried[2]
                         or theme in _RESULTS_THEMES and _segment_orgs(entities[:1]) & carried[1]
                         and _one_quarter(carried[0].value)) \
                    and theme != "parameters" and not sentence.is_row \
                    and not self._compares_with_a_value(clause, q):
                # the subject goes on in the paragraph: the period stated for it holds (小米第三季…。
                # 小米汽车业务收入…: a unit of the firm, which the lexicon gives as its org, goes on too;
                # 阿里云FY26Q2收入…。经调整EBITA…: so do the results of the firm a segment belongs to;
                # 甲公司第三季收入…；支付业务收入…: and the results of a segment of the firm in the
                # quarter stated (a year or half may be a guidance's: 全年指引的38.6%。移动云收入…)
                period_obj = carried[0]
                period = period_obj.value
            elif not period and not future and not sentence.is_row and theme != "parameters" \
                    and sentence.paragraph in self.lead_period \
                    and self.lead_period[sentence.paragraph][1] <= {e.name for e in entities}:
                # a lead about another subject (Kimi K2在7月开源。智谱方面…) does not date this one
                period_obj = self.lead_period[sentence.paragraph][0]
                period = period_obj.value
            elif not period and not future and not sentence.is_row and theme != "parameters" \
                    and self._question_period(sentence.start) is not None:
                # Q：请介绍2024年下半年的订单情况？ A：新签订单约8亿元: the period the question asked
                # about dates the answer's numbers, up to the next question
                period_obj = self._question_period(sentence.start)
                period = period_obj.value
            elif not period and not future and not sentence.is_row and metric in _SESSION_METRICS \
                    and sentence.paragraph in self.session_day \
                    and not self._role_hits(clause.start, q.start, "comparison"):
                # 台股今（10）日…。台积电收1,485元，上涨2.1%: a market wrap dates every move of
                # its paragraph by the session it reports
                period_obj = self.session_day[sentence.paragraph]
                period = period_obj.value
            elif not period and not future and not sentence.is_row and metric in _SESSION_METRICS \
                    and self._dated_wrap(sentence) and not self._role_hits(clause.start, q.start, "comparison"):
                # 台股收盘走高，加权指数上涨1.08%: a wrap of the session, in a dated article
                period = self.published.isoformat()
            elif not period and not future and not sentence.is_row and metric in _SESSION_METRICS \
                    and self._wrap_session is not None and not self._role_hits(clause.start, q.start, "comparison"):
                # 台股昨（26）日收漲1.07%。⏎…⏎個股方面，台達電股價上漲3.4%: a wrap whose lead states
                # the session dates the undated moves of its later paragraphs by it too
                period_obj = self._wrap_session
                period = period_obj.value
            elif not period and not future and not sentence.is_row and theme == "pricing" \
                    and self._launch_day(q) is not None:
                # - 甲模型（5月8日发布）：输出价格降至2元: a price set at a launch dated at the head
                # of its item takes effect that day
                period_obj = self._launch_day(q)
                period = period_obj.value
            elif not period and not future and not sentence.is_row and theme not in ("parameters", "pricing") \
                    and (framed := self._framed_period(q, sentence)) is not None \
                    and not self._compares_with_a_value(clause, q):
                # 三季度智能手机出货…。分品牌看，华为以23%的份额居首: the time the paragraph's first
                # statement opened on dates the undated numbers of its later sentences
                period_obj = framed
                period = period_obj.value
            elif period and period_obj is not None and not sentence.is_row and not weak \
                    and not any(w in period_obj.text for w in _SAME_PERIOD) \
                    and self._baseline_of(period_obj) is None and not self._prior_value_bracket(period_obj) \
                    and not self._compound_window(period_obj, q.end) and not self._later_forecast(period_obj):
                # (云启智算 29.4%（上周9.1%）: a prior value's time dates it alone)
                # (较上季度的70亿美元增长14%: a base's period dates its amount only, not the growth)
                # (上年同期亏损1.6亿元 is a comparison's base: the period it names goes no further)
                # (…，预计2025年分派率4.9%: a forecast heading a later clause dates that forecast only)
                same = carried is not None and carried[0] is period_obj
                names, orgs = (carried[1], carried[2]) if same else (set(), set())
                self.carried_period[sentence.paragraph] = (period_obj, names | {e.name for e in entities},
                                                           orgs | _segment_orgs(entities))
            if period and period_obj is not None and metric in _SESSION_METRICS and not sentence.is_row \
                    and self.published is not None and period in self._session_days():
                # only the session of the publication day: an as-of date (截至6月13日) dates its
                # own cumulative move, not every move after it
                if self.doc.get("published_precision") not in ("month", "year") and not self.session_day \
                        and not any(r["metric"] in _SESSION_METRICS for r in self.rows):
                    # the first session moves of the article and the session stated with them:
                    # the lead of a market wrap, whose session the whole article reports (an
                    # article dated to a month only knows no session day to spread)
                    self._wrap_session = period_obj
                self.session_day[sentence.paragraph] = period_obj
            if not sentence.is_row and period_obj is not None and period_obj.end <= sentence.start \
                    and _YEAR_ONLY.fullmatch(period or "") and _COMPOUND.search(self.ptext, clause.start, q.start):
                # 2024年…约415TWh；2030年将增至约945TWh。其中…用电量年均增长30%: a yearly rate dated by
                # the year an earlier sentence reached is over that sentence's window (2024/2030)
                at = bisect.bisect_right(self._sentence_starts, period_obj.start) - 1
                if at >= 0:
                    period = self._cagr_window(q, "cagr", dataclasses.replace(sentence, start=self.sentences[at].start),
                                               period, period_obj)[0]
            elif not sentence.is_row and period_obj is not None and q.kind == "percent" and period == period_obj.value \
                    and _YEAR_ONLY.fullmatch(period or "") and by_deadline(self.ptext, period_obj.start) \
                    and _RISE_WORD.search(self.ptext, period_obj.end, q.start):
                # 2024年美国数据中心用电约占全球的45%。…预计到2030年用电将增加240TWh（+130%）: a rise
                # by a target year from the year the paragraph last stated before it (2024/2030)
                period = self._deadline_rise_window(q, sentence, period_obj) or period
            if baseline is not None and not metric.endswith("_change") and not sentence.is_row:
                period_obj, period = baseline, baseline.value
            if not sentence.is_row and theme != "parameters":
                period = self._after_event(q, cls, clause, sentence, period_obj) or period
                if not period:
                    period = self._lead_line_period(q) or self._record_day(q) \
                        or (self._section_asof_value(sentence) if theme != "pricing" and not future else "") \
                        or self._effective_price_date(theme, cls, metric, entities, q) \
                        or self._released_price(q, theme, cls, clause, entities) or self._reference_of(theme, future) \
                        or self._news_month(metric) \
                        or self._report_period(q, theme, future) or self._current_level(q, clause, sentence) \
                        or self._event_period(q, theme, future) \
                        or (self._data_period_of(q) if theme != "pricing" and not future else "") \
                        or (self._stamped_price_day(q) if theme == "pricing" and not future else "") \
                        or (self._heading_report_period(q) if theme == "earnings" and not future else "") \
                        or (self._section_quarter(q) if theme in _EVENT_QUARTER_THEMES and not future else "")
                    # (占总收入比重提升至74.5% in a note on a half's or a quarter's results: a result
                    # reached, of the period reported, not of the publication month; a user count
                    # reached (已超过18万个) is no result: _report_period leaves it to _current_level)
                    # (净利率仅约2.0% under AI概念股2024年报季总结 (a title), or under 一、甲骨文FY26Q2：…
                    # (a section's heading): a firm's result nothing else dates is of the reporting
                    # period the nearest heading over it states once)
                    # (【市场概览】（数据日期：2025-02-19）⏎ 北向资金全天成交额2315.6亿元: the labelled
                    # day, when nothing nearer dates the figure; a list price stays undated)
                    if period and q.kind not in ("percent", "multiple"):
                        # PUE为1.42，较2024年底下降0.04 dated by the report's data month: the change
                        # spans from its base (as _change_since_point does for a stated month)
                        period = self._change_since_point(q, clause, sentence, period, None)[0]
            if period_obj is not None and metric in _ASOF_DAY_METRICS:
                period = self._asof_end_day(period_obj) or period
            if period and "/" in period and not sentence.is_row:
                period = self._stretch_end_level(q, period, metric, clause) or period
            if deal_line and self._report_month is not None and (not period or period_obj is not None and (
                    period_obj.text.strip() in _THIS_MONTH)):
                # 交易月报（2026年3月）… 本月: a roundup's deal is of the month its header covers
                period_obj, period = self._report_month, self._report_month.value
            if not period and self.recap_month is not None and metric.startswith(_RECAP_DEALS) and not sentence.is_row:
                # AI创投月报｜2025年3月 … Nimbus Labs：完成B轮融资: an undated deal of the month covered
                period = self.recap_month
            elif not period and self.recap_month is not None and not future and not sentence.is_row \
                    and self.recap_month < (self._publication_month or "") \
                    and (theme in _RECAP_MONTH_THEMES or theme == "pricing" and self._price_tracker) \
                    and q.kind != "duration" and cls != "duration":
                # 【芯片月报】2025年8月 (out in September) … 英伟达：Orin-X上车约15.1万颗: the figures
                # of a tracker of a month already ended are that month's data, when nothing nearer
                # dates them; a price, a duration or a figure said of the time ahead is no flow of
                # the month. (A newsletter named by its issue month, 交易月报（2025年11月号）out in
                # November, lists deals and plans of any time: its undated sizes stay undated.)
                period = self.recap_month
            elif not period and self.title_period is not None and not future and not sentence.is_row \
                    and theme in _TITLE_PERIOD_THEMES and q.kind != "duration" and cls != "duration":
                # 11月外銷訂單與出口 … 資訊通信產品接單261.3億美元: a release on one month's data
                # reports that month's flows, results included, when nothing nearer dates them; a
                # quarter's results call (FY26Q2业绩电话会) its user and customer counts likewise
                period = self.title_period
            if not period and not future and not sentence.is_row and self.recap_month is None \
                    and self.published is not None and metric.startswith(_NEWS_DEALS) \
                    and not metric.endswith(_DEAL_MOVE_SUFFIXES):
                # 月之暗面完成新一轮5亿美元融资，投后估值43亿美元: a deal the report relays is news of
                # its month, unless the text states it dated elsewhere (a summary's undated repeat
                # of the body's 9月…完成C轮融资): merge_repeats dates it once repeats are merged
                self._news_deals[q.start] = self._publication_month
            if period_obj is not None and metric.startswith(_TRADE_METRICS) and self._trade_place is not None:
                period = self._month_span_of(period_obj) or period
            if period_obj is not None and metric in _BALANCE_DAY_METRICS:
                period = self._balance_end_day(period_obj) or period
            if period and metric in _BALANCE_DAY_METRICS:
                period = self._bare_end_day(period, q, clause, sentence) or period
            if theme == "pricing" and period_obj is not None and period == period_obj.value:
                period = self._effective_day(period_obj) or period
            estimate = bool(period_obj is not None and period_obj.is_estimate)
            if metric.startswith(_TIMELESS_PREFIXES) or self._per_unit(q, cls, clause) or (
                    weak and metric.startswith(_UNDATED_BY_RELEASE)) or (
                    cls == "price" and not sentence.is_row and self._price_before_change(q, clause)
                    and self._before_price_undated(period_obj)):
                # 5月18日发布…训练数据约50TB: the day a model is released does not date its data
                period = ""  # parameter counts, training-data sizes and per-unit ratios carry no period
            elif self._in_report_quarter(period_obj):
                period = self._report_quarter.value  # 季内出货约60万颗 in a note on one quarter's results
            elif same_quarter := self._report_quarter_year_ago(period_obj, clause):
                period = same_quarter  # 去年同期约为20% in a tracker of 2025年第三季度: 2024Q3
            elif theme != "pricing" and (flash := self._flash_day(period_obj)):
                period = flash  # 3月1日电…自3月2日起…，日活用户突破2000万: the flash's day
            elif trailing := self._trailing_quarters(q, clause):
                period = trailing  # 过去四个季度累计 under 【事件】…第四财季业绩
            elif relative := self._event_relative(period_obj):
                period = relative  # 上一财季 under 【事件】…第四财季业绩
            elif period_obj is not None and getattr(period_obj, "fiscal", None) and entities and self.published:
                period = self._fiscal_label(period_obj, entities[0]) or period
            elif period_obj is not None and period == period_obj.value and entities \
                    and (fiscal_part := self._fiscal_part(period_obj, entities[0])):
                period = fiscal_part  # 2026财年上半年业绩…第二财季…上半年收入: the fiscal half
            elif sentence.is_row and entities and _CALENDAR_QUARTERS.fullmatch(period or "") \
                    and self._fiscal_row(sentence, entities[0]):
                period = self._calendar_as_fiscal(period, entities[0]) or period
            elif sentence.is_row and entities and _YEAR_ONLY.fullmatch(period or "") \
                    and self._fiscal_row(sentence, entities[0]):
                period = f"FY{period}"  # 注：微软、英伟达为财年数据: a year column is their fiscal year
            if not sentence.is_row and _QUARTER.search(period or "") and "/" not in period \
                    and (trailing := self._trailing_quarters(q, clause, period)):
                period = trailing  # 季内资本开支…，过去四个季度合计…: the N quarters ending with that quarter
            if period and "_guidance" in metric and not sentence.is_row:
                period = self._guided_quarter(period, period_obj, sentence) or period
            if period and self._quoted_moves:
                moved = self._quoted_move_period(q, period, period_obj, sentence)
                period = period if moved is None else moved
            if self.report_week is not None and period != self.report_week and theme != "parameters" and (
                    self._weekly_figure(q, clause, sentence, period_obj)
                    or not period and metric in _DIGEST_DAY and self._weekly_report):
                # 寒武纪周涨12.5%, or a market move nothing dates in a weekly report: the week it
                # covers; a level (a closing price, a forward PE no change word makes a move) its last day
                week_end = metric in _WEEK_END_METRICS or self._week_level(q, metric, hit)
                period = self.report_week.split("/")[-1] if week_end else self.report_week
            elif self.report_week is not None and metric in _WEEK_END_METRICS and self.published is not None \
                    and period == self.published.isoformat() and period > self.report_week.split("/")[-1]:
                # 年初以来份额减少3.9% in a weekly report out after its week: as of the week's last day
                period = self.report_week.split("/")[-1]
            elif self._week_end_level(q, metric, period, hit):
                # 本周ETF总规模升至2846亿元, 两融余额升至2.58万亿元: a stock at the week's close
                # (权重19.8%（上周20.3%）: the week before's at that week's close)
                period = (period if period == self._week_before else self.report_week).split("/")[-1]
            if (q.start, q.end) in assigned:
                target = assigned[(q.start, q.end)]
                if isinstance(target, _Ent):
                    entities = [target]
                elif theme != "parameters":
                    period = target
            paired = assigned.get((q.start, q.end))
            sector = self._sector_fact(q, theme, metric, period, sentence, clause)
            if sector is not None and isinstance(paired, _Ent) and paired.type == "index":
                # 半导体、传媒行业分别…: the 分别 list gave each value its own industry
                sector = (paired, sector[1], sector[2])
            if sector is not None:  # 申万一级行业：机械+2.1%: the sector's index, not the market
                entities, metric, period = [sector[0]], sector[1], sector[2]
            if not sentence.is_row:
                entities = self._job_market_subject(q, metric, entities, clause)
            fund = self._fund_figure(q, metric, period, entities, sentence) if not sentence.is_row else None
            if fund is not None:  # 主动权益基金对电子行业的配置比例: the fund group's, not the index's
                entities, metric, period = fund
            elif _FUND_POSITION.get(metric):
                continue  # 本次调研样本共计1,200家企业: a sample counts only as a fund group's funds
            value, high = self._values(q, k, cls, quantities, i, clause)
            if value < 0 and cls == "money" and not q.signed and _PRICE_LEVEL.search(metric) \
                    and not self._preceded_by(q.start, "minus", gap=0):
                # 降价后，输入2元，缓存命中0.2元: the cut word's sign is the cut's; a price it leads to
                # is a level, never below zero (a cut by an amount, 降价0.2元, is signed by its own word)
                value, high = abs(value), (abs(high) if high is not None else None)
            if volume is not None and volume[1] != 1:  # 200毫升: litres as the metric says
                value, high = value * volume[1], (high * volume[1] if high is not None else None)
            if metric == "relative_return" and entities and self._benchmark_own(q, entities[0]):
                metric = "return"  # 跑输沪深300指数（+16.9%）: the bracket gives the benchmark's own move
            if value > 0 and not sentence.is_row and (cls == "pp" or cls == "ratio" and metric.endswith("_change")) \
                    and self._dragged(q, clause):
                value, high = -value, (-abs(high) if high is not None else None)
            if sentence.is_row and value > 0 and metric.endswith("price_change") and not self._plus_written(q) \
                    and self._fall_column(sentence, q):
                value, high = -value, (-abs(high) if high is not None else None)
            elif metric == "price_change" and q.kind in ("fraction", "percent") and value > 0 \
                    and "的" in self.ptext[max(clause.start, q.start - 2):q.start] \
                    and _PRICE_RATIO.search(self.ptext, clause.start, q.start) is not None:
                metric = "price_ratio"
            if not sentence.is_row and q.start not in self._penalty_paid:
                # 法国CNIL对…罚款, 上海法院判令…赔偿: the place opening the sentence is the authority's
                if self._bracket_owner(q, sentence) is None:
                    # 小米17 Pro Max（16GB+1TB版本，国内售价6999元）: a place inside the bracket after
                    # a name scopes that name's figure (its home price), no national aggregate
                    entities = self._national_subject(q, clause, entities)
                entities = self._domestic_segment_owner(q, clause, sentence, entities)
                if self.teardown_device is not None and theme != "parameters":
                    entities = self._teardown_subject(q, clause, entities)
                entities = self._region_subject(q, sentence, entities)
                entities = self._clause_region(q, clause, entities)
                entities = self._plan_aggregate_subject(q, clause, entities)
                entities = self._national_plan_subject(q, sentence, entities)
                if theme in _EN_PLACE_THEMES:
                    entities = self._english_place_subject(q, clause, entities)
            if unsubjected and entities:
                # 国内头部设备厂商新签订单合计同比增长约35%: a subject only the place word gives
                # (China, a concept) is an industry's, which the entity rules move as they would have
                theme, metric = self._entity_theme_boundary(q, theme, metric, entities, clause, sentence)
            if metric in _PART_REVENUE_SHARES and entities and not any(self._revenue_holder(e) for e in entities):
                # 按地区看，中国大陆收入占比降至35% (after the place readings above), HBM占DRAM营收比重超过40%, 3nm | 24% under 表2
                # 台积电晶圆收入按制程占比: a part's share of a firm's revenue is the firm's figure
                owner = self._revenue_share_owner(q, sentence)
                if owner is not None:
                    entities = [owner]
            if self.filing_issuer is not None and metric in _FILER_METRICS and entities \
                    and entities[0].name == self.filing_issuer.name:
                metric = _FILER_METRICS[metric]  # H20 | 1,024张: the filer's cards, no market's demand
            if theme == "valuation" and metric in _PORTFOLIO_METRICS and not sentence.is_row:
                portfolio = self._portfolio_figure(q, metric, clause, sentence)
                if portfolio is not None:  # 组合跑输1.95个百分点: the report's portfolio, not CSI 300
                    entities, metric = portfolio
            named = entities  # a plan's firm count is named for its place: the subject carried on is the text's
            if self.plan_place is not None and not sentence.is_row:
                metric, named = self._plan_goal(q, cls, metric, period, entities, clause, sentence)
            for ent in named or [None]:
                self._emit(q, theme, metric, ent, period, value, high, sentence, clause, estimate)
            if entities and (older_model is None or entities[0] is not older_model) \
                    and not self._preceded_by(entities[0].start, "benchmark", gap=1):
                # the older model, and a benchmark's own figure (跑赢中证500（周涨0.9%）1.5个百分点),
                # are no subject the sentence goes on with
                self.last_entity = entities[0]
        if sentence.is_row and last_base is not None and not growth_row:
            self._row_base = (table, last_base, row_entity)

    def _english_place_subject(self, q, clause: Span, entities: list[_Ent]) -> list[_Ent]:
        """``Daily token consumption in China surpassed 25tn``, ``China's daily tokens rose``: an
        English clause naming a place (``in China``, ``China's``) and no firm, model or concept
        before its number states the place's aggregate, like ``_national_subject`` for a clause
        opening with 全国. Its subject is the place, not the note's company."""
        m = _last_match(_EN_PLACE, self.ptext, clause.start, q.start)
        if m is None or self.entities.within(clause.start, q.start):
            return entities  # Baidu's tokens in China, China MaaS market: a subject of its own
        place = m.group("a") or m.group("b")
        return [_Ent(m.start(), m.start() + len(place), place, "concept")]

    def _national_plan_subject(self, q, sentence: Sentence, entities: list[_Ent]) -> list[_Ent]:
        """``《算力基础设施高质量发展行动计划》提出2025年算力规模超过300 EFLOPS``: a target a national
        plan sets (a title in 《》 ending in a plan word, ``facts_words.csv`` ``national_plan_suffix``,
        and opening with no place of its own) is the country's, China's, whatever concept it
        measures; so are the items of a list its line leads in (``国务院《…意见》提出：⏎· 到2027年…``).
        A firm, model or index named between the title and the number keeps its figure, and a
        place's own plan (贵州省…行动计划) is left to :meth:`_plan_aggregate_subject`."""
        if self.plan_place is not None or any(e.type != "concept" or e.name.startswith("China") for e in entities):
            return entities  # 全国数据中心平均PUE: the national reading named China's concept already
        lo = self._segment_start(sentence, q.start)  # 《…》提出…目标；我们预计…: the analysts' own figure
        if lo == sentence.start:
            # 国务院《…意见》提出：⏎· 到2027年…；⏎· 到2030年…: the lead-in line of a list of targets,
            # over the items before this one
            end = self.ptext.rfind("\n", 0, sentence.start)
            for _ in range(6):
                if end <= 0:
                    break
                start = self.ptext.rfind("\n", 0, end) + 1
                line = self.ptext[start:end].strip()
                if line.endswith(("：", ":")):
                    lo = start
                    break
                if not line.startswith(_LIST_ITEM_MARKS):
                    break
                end = start - 1
        m = None
        for m in _NATIONAL_PLAN.finditer(self.ptext, lo, q.start):
            pass
        if m is None:
            return entities  # most sentences cite no plan
        title = m.start() + 1
        if has_place(self.ptext, title) or aggregate_place(self.ptext, title, m.end()) is not None \
                or region_at(self.ptext, title) is not None or _PLAN_PLACE.match(self.ptext, m.start(), m.end()):
            return entities  # a province's, a city's or a foreign country's own plan
        if any(e.type != "concept" for e in self.entities.within(m.end(), q.start)):
            return entities  # 《…》提出，支持华岳科技…: the firm's figure
        return [_Ent(m.start(), m.end(), "China", "concept")]

    def _plan_aggregate_subject(self, q, clause: Span, entities: list[_Ent]) -> list[_Ent]:
        """``全省智能算力规模达到50 EFLOPS`` in ``岳川省…行动计划``: in a place's own plan, a clause
        with a word for the whole place (``plan_aggregate``: 全省, 本市, of the plan place's
        kind) before its number and no firm, model or index after that word states the
        place's aggregate: its subject is the plan's place, not the concept it measures. In
        any other document (no plan place) the word changes nothing."""
        if self.plan_place is None:
            return entities  # most documents: one attribute test
        before = self.ptext[clause.start:q.start]
        at, word = max(((before.rfind(w), w) for w in _PLAN_AGGREGATE), default=(-1, ""))
        if at < 0:
            return self._plan_generic_subject(q, clause, entities)
        if not self.plan_place.name.endswith(_PLAN_AGGREGATE[word]):
            return entities  # 全市 in a province's plan: a city of it, not the province
        at += clause.start
        if any(e.type != "concept" for e in self.entities.within(at, q.start)):
            return entities  # 全省龙头企业岳川科技营收: the firm's figure
        return [_Ent(at, at + len(word), self.plan_place.name, "concept")]

    def _plan_generic_subject(self, q, clause: Span, entities: list[_Ent]) -> list[_Ent]:
        """``新建数据中心PUE不高于1.25``, ``重点行业智能体覆盖率不低于50%`` in ``岳川省…行动方案``: in a
        place's own plan, a target whose only names are generic categories (data centres, AI
        agents, large models: concepts of no place) is the place's target, as a national plan's
        is China's (:meth:`_national_plan_subject`); a firm, model, index or another place named
        in the clause keeps the figure, and so does a name the plan gave its own programme
        (``Yuechuan compute vouchers``)."""
        if not entities or any(e.type != "concept" for e in entities):
            return entities  # a firm's, a model's or an index's figure, or no subject to replace
        if any(e.name.startswith(self.plan_stem or self.plan_place.name) for e in entities):
            return entities  # the plan's own programme or place
        if any(e.type != "concept" for e in self.entities.within(clause.start, q.start)):
            return entities
        if any(region_at(self.ptext, i) is not None for i in range(clause.start, q.start)):
            return entities  # 其他省份…, 合肥市…: another place's figure
        return [_Ent(q.start, q.start, self.plan_place.name, "concept")]

    def _region_subject(self, q, sentence: Sentence, entities: list[_Ent]) -> list[_Ent]:
        """``广东2025年场内数据交易额约310亿元，占全国约14%``, ``- 江苏：…``, ``（3）四川省…``: a
        province or city of ``data/regions.csv`` opening a sentence or a list item is the subject
        of its figures, not the entity carried from the sentence before. A firm, model or index
        named in the sentence before the number keeps its figure (``贵阳大数据交易所…``), and so
        does a thing named in it (``广东某智算中心投资额``) unless it follows the region right
        away (``广东数据要素市场`` -> ``Guangdong data element market``)."""
        region = self._opening_region(sentence)
        if region is None:
            led = self._region_led.get(sentence.paragraph)
            if led is not None and led[1] < sentence.start and all(e.end <= led[1] for e in entities):
                return [led[0]]  # 广东…约310亿元。同比增长40%: the region's sentence goes on
            return entities  # most sentences: one cached lookup
        at, end, english = region
        if any(e.start >= sentence.start and (e.type != "concept" or e.start == at) for e in entities):
            return entities  # a name of the sentence's own took the figure, or one that holds the region
        named = [e for e in self.entities.within(end, q.start) if e.start >= end]
        if any(e.type != "concept" for e in named):
            return entities  # 广东…其中华岳科技约30亿元: the firm's figure
        if named:
            first = named[0]
            if first.start != end or first.name.lower().startswith(english.lower()):
                return entities  # 广东建设的某智算中心: the thing named, not the place
            name = first.name if first.name[:2].isupper() else first.name[0].lower() + first.name[1:]
            return self._region_carried(sentence, entities, _Ent(at, first.end, f"{english} {name}", "concept"))
        return self._region_carried(sentence, entities, _Ent(at, end, english, "concept"))

    def _region_carried(self, sentence: Sentence, replaced: list[_Ent], region: _Ent) -> list[_Ent]:
        """``[region]``, which the paragraph's later sentences carry on in place of the subject it
        replaced (``广东…约310亿元。同比增长40%``: Guangdong's growth)."""
        for key, subject in self.paragraph_subject.items():
            if key[0] == sentence.paragraph and subject in replaced:
                self.paragraph_subject[key] = region
        self._region_led[sentence.paragraph] = (region, sentence.start)
        return [region]

    def _clause_region(self, q, clause: Span, entities: list[_Ent]) -> list[_Ent]:
        """``…核心优势：内蒙古、宁夏枢纽的电价约0.35元，较长三角约0.65元低近一半``: regions
        listed at the head of a clause (after its colon, if any) are the subject of its figures,
        named together with a hub word after them (``region_list_suffix``: Inner Mongolia and
        Ningxia hubs), not a firm carried from sentences before; a region right after a
        comparison word (``较``) and before the number is that number's own (Yangtze River
        Delta). A name written between the regions and the number keeps the figure."""
        t = self.ptext
        if not any(_HAN.match(t, i) for i in range(clause.start, min(q.start, clause.start + 2))):
            return entities  # cheap pre-check: a clause opening on no Chinese opens on no region
        colon = t.rfind("：", clause.start, q.start)
        at = colon + 1 if colon >= 0 else clause.start
        while at < q.start and t[at] in _BULLETS + " 　\n":
            at += 1
        names, end = [], at
        while True:
            found = region_at(t, end)
            if found is None or found[0] > q.start:
                break
            names.append(found[1])
            end = found[0]
            if end < q.start and t[end] in _LIST_JOINERS and region_at(t, end + 1) is not None:
                end += 1
                continue
            break
        if names:
            suffix = next((w for w in _REGION_LIST_SUFFIX if t.startswith(w, end)), None)
            if suffix is not None:
                end += len(suffix)
            if self.entities.within(at, q.start):
                # 广东某智算中心投资额, 贵阳大数据交易所: a thing named after (or from) the region
                return entities
            name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            if suffix and _REGION_LIST_SUFFIX[suffix]:
                name = f"{name} {_REGION_LIST_SUFFIX[suffix]}"
            return [_Ent(at, end, name, "concept")]
        # 较长三角约0.65元: the region compared with owns the figure right after it
        for n in range(1, 4):
            lead = q.start - n
            if lead <= clause.start or t[lead - 1] not in "较比":
                continue
            found = region_at(t, lead)
            if found is not None and t[found[0]:q.start].strip(" 约为") == "":
                return [_Ent(lead, found[0], found[1], "concept")]
        return entities

    def _opening_region(self, sentence: Sentence) -> tuple[int, int, str] | None:
        """The start, end and English of the region opening ``sentence`` after its bullet or
        list number (``- 江苏：``, ``（3）四川省``, ``三、浙江``), or None; cached per sentence."""
        key = sentence.start
        if key in self._opening_region_cache:
            return self._opening_region_cache[key]
        at = sentence.start
        while at < sentence.end and self.ptext[at] in _BULLETS + "\n　":
            at += 1
        number = _LIST_NUMBER.match(self.ptext, at, sentence.end)
        if number is not None:
            at = number.end()
            while at < sentence.end and self.ptext[at] in " 　":
                at += 1
        year = _OPENING_YEAR.match(self.ptext, at, sentence.end)
        found = region_at(self.ptext, at)
        if found is None and year is not None:
            at = year.end()  # 2025年，广东…: the time the sentence opens with is no subject
            found = region_at(self.ptext, at)
        if found is not None and found[0] > sentence.end:
            found = None
        region = (at, found[0], found[1]) if found else None
        self._opening_region_cache[key] = region
        return region

    def _national_subject(self, q, clause: Span, entities: list[_Ent]) -> list[_Ent]:
        """``全国算力总规模达到280 EFLOPS``, ``国内大模型日均token调用量超过60万亿``: a clause that
        opens with a national place word (``aggregate_place``) and names no firm, model or
        index before its number states the country's aggregate. Its subject is the country, or
        the concept named right after the place word with the place (``China large models``);
        a share (``98%的国内大模型``) stays the concept's, whose part it counts."""
        place = aggregate_place(self.ptext, clause.start, q.start)
        if place is None:
            return entities
        at, english = place
        if any(e.type != "concept" for e in self.entities.within(clause.start, q.start)):
            return entities  # 我国企业华岳科技…营收: the firm's figure
        if any(e.name.lower().startswith(english.lower()) or e.type != "concept" and clause.start <= e.start < q.start
               for e in entities):
            return entities  # 我国智能算力规模, 中国人形机器人市场: the subject took the place already
        concept = next((e for e in self.entities.within(at, q.start) if e.type == "concept" and e.start == at), None)
        if concept is not None:
            if q.kind in ("percent", "fraction") or concept.name.lower().startswith(english.lower()):
                return entities
            return [_Ent(clause.start, concept.end, f"{english} {concept.name}", "concept")]
        return [_Ent(clause.start, at, english, "concept")]

    def _domestic_segment_owner(self, q, clause: Span, sentence: Sentence, entities: list[_Ent]) -> list[_Ent]:
        """``■ 北辰数据：海外业务提速`` / ``3Q25国内净收入12.4亿元``: the country that
        :meth:`_national_subject` made of a home-market word (``domestic_segment_place``) right
        before a firm's money word (``firm_segment_money``) is the firm's home segment: the figure
        is the firm's, the firm of the section heading, else the company named last in the
        sentences just before, else the note's company. With no firm in reach it stays the country."""
        if len(entities) != 1 or entities[0].type != "concept":
            return entities
        place = aggregate_place(self.ptext, clause.start, q.start)
        if place is None:
            return entities
        at, english = place
        if entities[0].name != english or not self.ptext.endswith(_DOMESTIC_PLACES, 0, at) \
                or not self.ptext.startswith(_FIRM_SEGMENT_MONEY, at):
            return entities  # 全国软件业务收入, 国内AI服务器市场: a national aggregate
        heading = self._section_subject(sentence)
        if heading is not None and heading.type == "company" and heading is not self.subject:
            return [heading]
        floor = max(self._item_floor(sentence.start), sentence.start - _ANAPHOR_REACH)
        firms = [e for e in self._candidates(floor, clause.start) if e.type == "company"]
        if firms:
            return [firms[-1]]
        owner = self.report_company or self.headline_company
        return [owner] if owner is not None else entities

    def _distribute(self, sentence: Sentence, quantities):
        """Pair ``A和B分别X和Y``: the i-th value goes with the i-th entity or period.

        A list of values shares the currency written after its last member (``2亿和10亿美元``).
        Returns the quantities (currency shared) and a map ``(start, end) -> entity or period``.
        """
        assigned: dict[int, object] = {}
        quantities = list(quantities)
        # most sentences hold no 分别: their roles tell without a range query
        spread = "distribute" in self._roles_in(sentence)
        listed: list[_Ent] | None = None  # the names the sentence's last 分别 list paired
        for hit in self._role_hits(sentence.start, sentence.end, "distribute") if spread else ():
            clause = next((c for c in sentence.clauses if c.start <= hit.start < c.end), None)
            lo = clause.start if clause else sentence.start
            after = self._usable_periods(hit.end, clause.end if clause else sentence.end)
            values = [i for i, q in enumerate(quantities) if q.end > hit.end and q.start < sentence.end]
            backwards = False
            if after and (not values or quantities[values[0]].start > after[0].start):
                # 提升至320亿、730亿和1140亿美元，分别对应2027—2029财年: the values come first
                values = [i for i, q in enumerate(quantities) if q.end <= hit.start][::-1]
                backwards = True
            # the list: consecutive values joined by 、/和/与
            run = values[:1]
            for i in values[1:]:
                a, b = (quantities[i], quantities[run[-1]]) if backwards else (quantities[run[-1]], quantities[i])
                between = self.ptext[a.end:b.start]
                if _LIST_COMMAS.intersection(between) and a.kind != b.kind and "number" not in (a.kind, b.kind):
                    break  # 分别为1.2亿元、2.5亿元和4.1亿元，两年间增长近三倍: a comma to another kind ends the list
                if len(between.strip()) <= 2 and all(ch in _ENUM_JOINERS for ch in between):
                    run.append(i)  # $5B 和 $10B: blanks around the joiner
                else:
                    break
            run = sorted(run)
            if len(run) < 2:
                continue
            last = quantities[run[-1]]
            if last.kind == "money":
                for i in run[:-1]:
                    if quantities[i].kind == "number":
                        quantities[i] = _with_fields(quantities[i], kind="money", unit=last.unit)
            periods = after if backwards else self._without_price_basis(self._usable_periods(lo, hit.start))
            if not periods:  # 2025-2027年净利润分别为…，对应PE分别为45/35/28倍: the sentence's span
                periods = self._without_price_basis(self._usable_periods(sentence.start, hit.start))[-1:]
            if len(periods) == 1 and len(run) > 1:
                periods = _expand_years(periods[0], len(run))  # 2025-2027年 ... 分别为a/b/c
            if len(periods) >= 1 and len(run) > 1 and not backwards:
                periods = self._years_after(periods, sentence.start, lo, hit.start, len(run))
            ents = self._enumeration(self._candidates(lo, hit.start), hit.start)
            if len(periods) != len(run) and len(ents) != len(run) and "行业" in self.ptext[lo:hit.start]:
                # 半导体、传媒行业分别净流入12.1亿元和8.4亿元: industries sharing one 行业, in order
                industries = industry_list_before(self.ptext, lo, hit.start, len(run))
                if industries:
                    ents = [_Ent(a, b, name, "index") for a, b, name in industries]
            if len(periods) != len(run) and len(ents) != len(run):
                # 北辰数据、海岳通信年内分别上涨6%、9%: names no lexicon row holds, listed as many
                # as the values; a later 分别 list of the sentence (；PE分别为…) reuses them
                ents = self._listed_names(lo, hit.start, len(run)) or (
                    listed if listed is not None and len(listed) == len(run) else None) or (
                    # 甲、乙和丙位列前三，份额分别为…: the names stand in the clause before
                    self._listed_names(sentence.start, hit.start, len(run)) if lo > sentence.start else None) or ents
            targets = periods if len(periods) == len(run) else ents if len(ents) == len(run) else None
            if targets is None:
                continue
            if targets is ents:
                listed = ents
            for i, t in zip(run, targets):
                assigned[(quantities[i].start, quantities[i].end)] = t if isinstance(t, _Ent) else t.value
        if self.ptext.find("/", sentence.start, sentence.end) != -1:  # a slash list needs a slash
            self._distribute_slash_lists(sentence, quantities, assigned)
        if any(self.ptext.find(j, sentence.start, sentence.end) != -1 for j in _LIST_JOINERS):
            self._distribute_slash_lists(sentence, quantities, assigned, joiner="、")
        if sentence.is_row:
            self._distribute_cells(sentence, quantities, assigned)
        return quantities, assigned

    def _years_after(self, periods: list, first: int, lo: int, upto: int, n: int) -> list:
        """``FY2025收入120亿美元，此后三年分别达到A、B和C``: ``n`` years counted on from the last
        whole year the sentence (from ``first``) states before the words (fiscal when it is
        fiscal); else ``periods``. The words are looked for in the 分别 clause (``lo``-``upto``)."""
        m = None
        for m in _YEARS_AFTER.finditer(self.ptext, lo, upto):
            pass
        if m is None or small_count(m.group("n")) != n:
            return periods
        before = [p for p in self._usable_periods(first, m.start()) if re.fullmatch(r"(?:FY)?\d{4}", p.value)]
        if not before:
            return periods
        last = before[-1]
        fiscal = "FY" if last.value.startswith("FY") else ""
        year = int(last.value[len(fiscal):])
        return [dataclasses.replace(last, value=f"{fiscal}{year + k}") for k in range(1, n + 1)]

    def _distribute_slash_lists(self, sentence: Sentence, quantities, assigned: dict, joiner: str = "/") -> None:
        """``2026-2028年营收为52/68/85亿元``: a slash list of values after a span of as many years
        gives one year to each value, in order, even with no 分别 (a span of another length, or a
        single value such as a CAGR, keeps the whole span). ``joiner`` 、 reads
        ``2026-2028年净利润12.5、18.3、25.1亿元`` so; only lists of one kind of value count there,
        as 、 also joins unlike items; its list may end with 及/和/与 (``18.3元及21.5元``), and
        its years may be listed as well (``2031、2032年EPS预估至18.3元、21.5元``)."""
        run: list = []
        joiners = (joiner,) if joiner == "/" else tuple(_LIST_JOINERS)
        for q in list(quantities) + [None]:
            if q is not None and run and self.ptext[run[-1].end:q.start].strip() in joiners \
                    and (joiner == "/" or (q.kind == run[-1].kind and q.unit == run[-1].unit)):
                run.append(q)
                continue
            if len(run) >= 2 and not any((r.start, r.end) in assigned for r in run):
                before = self._without_price_basis(self._usable_periods(sentence.start, run[0].start))
                if before:
                    years = self._listed_years(before, len(run)) or _expand_years(before[-1], len(run))
                    if len(years) == len(run):
                        for r, y in zip(run, years):
                            assigned[(r.start, r.end)] = y.value
            run = [q] if q is not None and sentence.start <= q.start < sentence.end else []

    def _listed_years(self, periods: list, n: int) -> list | None:
        """``2031、2032年``, ``2031及2032财年``: the last ``n`` of ``periods`` when they are single
        years (fiscal or not, all alike) joined only by a list joiner (、/和/与/及), else None: a
        list of values after them takes one year each, in order, as a span of years gives."""
        if n < 2 or len(periods) < n:
            return None
        last = periods[-n:]
        if not all(_LISTED_YEAR.fullmatch(p.value) for p in last) \
                or len({p.value.startswith("FY") for p in last}) > 1 or len({p.value for p in last}) < n:
            return None
        for a, b in zip(last, last[1:]):
            between = self.ptext[a.end:b.start].strip()
            if len(between) != 1 or between not in _LIST_JOINERS:
                return None
        return last

    def _without_price_basis(self, periods: list) -> list:
        """``periods`` less the day of a price a valuation is based on (``对应11月3日收盘价PE分别为
        35/27/21倍``, period_words ``price_basis``): the multiples are of the years forecast, not
        of that day."""
        return [p for p in periods if not (_DAY.fullmatch(p.value) and self.ptext.startswith(_PRICE_BASIS, p.end))]

    def _listed_names(self, lo: int, upto: int, n: int) -> list[_Ent] | None:
        """``云杉科技、北辰数据、海岳通信年内分别``: the ``n`` names joined by 、 (the last one by
        、/和/与/及; a list holds at least one 、) that end nearest before ``upto``, as entities (a lexicon or shaped name on the
        item's span keeps its entity, another item is written in English), or None when the text
        holds no such list. The last item runs into the words after it, so it is cut to the
        length every other item shares (None when they differ)."""
        if n not in _LISTED_NAMES:
            return None  # a list of 2 to 8 names (a longer run of values pairs with nothing here)
        text = self.ptext[lo:upto]
        if text.count("、") < n - 2 or "、" not in text:
            return None  # cheap: a list of n names needs n-2 (or more) 、
        m = None
        for m in _LISTED_NAMES[n].finditer(text):
            pass
        if m is None:
            return None
        items = re.split(f"[{_LIST_JOINERS}]", m.group(1))[:-1]
        known = self._candidates(lo, upto)
        # 浪潮信息、宁畅和新华三位列前三: a known name opening the last item bounds it, so the
        # items may differ in length; else the last is cut to the length the others share
        last = next((e for e in known if e.start == lo + m.start(2) and e.type != "concept"), None)
        size = len(items[0])
        if last is not None:
            items.append(self.ptext[last.start:last.end])
        elif any(len(x) != size for x in items) or len(m.group(2)) < size:
            return None
        else:
            items.append(m.group(2)[:size])
        out: list[_Ent] = []
        at = lo + m.start()
        for item in items:
            start = self.ptext.index(item, at)
            end = at = start + len(item)
            same = next((e for e in known if e.start == start and e.end == end and e.type != "concept"), None)
            if same is not None:
                out.append(same)
                continue
            named = get_matcher().find(item)
            if len(named) == 1 and named[0].start == 0 and named[0].end == len(item):
                out.append(_Ent(start, end, named[0].entity, named[0].type, named[0].org))
            elif any(e.start < end and start < e.end for e in known if e.type != "concept"):
                return None  # an item cutting across a known name: not a list of names
            else:
                out.append(_Ent(start, end, firm_english(item), "company", shaped=True))
        return out

    def _distribute_cells(self, row: Sentence, quantities, assigned: dict) -> None:
        """A table cell ``Imagen Parti`` beside a cell ``110亿 200亿``: pair them in order."""
        def spaced(items) -> bool:  # a list written with nothing but blanks between members
            return all(not self.ptext[a.end:b.start].strip() for a, b in zip(items, items[1:]))

        for cell in row.clauses:
            values = [q for q in quantities if cell.start <= q.start and q.end <= cell.end]
            if len(values) < 2 or not spaced(values):
                continue
            for other in row.clauses:
                if other is cell:
                    continue
                ents = [e for e in self._candidates(other.start, other.end) if e.type != "concept"]
                if len(ents) == len(values) and spaced(ents):
                    for q, e in zip(values, ents):
                        assigned.setdefault((q.start, q.end), e)
                    break

    def _distributed_metrics(self, sentence: Sentence, quantities) -> dict:
        """``收入与利润降幅分别为1.55%和1.34%``: the i-th value takes the i-th metric keyword.

        Only when the keywords before 分别 are one enumeration (joined by 与/和/、) and the
        values after it are one list of the same length, every keyword taking the values' kind.
        """
        out: dict[tuple[int, int], tuple] = {}
        if "distribute" not in self._roles_in(sentence):
            return out
        for hit in self._role_hits(sentence.start, sentence.end, "distribute"):
            values = [q for q in quantities if q.end > hit.end]  # 降幅分别为1.55%: a fall word may open the span
            run = values[:1]
            for q in values[1:]:
                between = self.ptext[run[-1].end:q.start]
                if len(between) <= 2 and all(ch in _ENUM_JOINERS for ch in between):
                    run.append(q)
                else:
                    break
            if len(run) < 2:
                continue
            cls = kw.KIND_CLASS.get(run[0].kind)
            seg_start = self._segment_start(sentence, hit.start)
            upto = min(hit.start, run[0].start)
            hits = self.keywords.within(seg_start, upto)
            if any(self.quantities.within(hits[0].start, upto)) if hits else True:
                continue  # a value between the keywords and 分别 is no list of metrics
            names = self._elided_run(self._joined_run(hits))
            keys = [kw.keyword(h.word) for h in names]
            if len(names) != len(run) or len({k.metrics.get(cls) for k in keys}) < len(run) or \
                    not all(cls in k.metrics for k in keys):
                continue
            for q, h, k in zip(run, names, keys):
                out[(q.start, q.end)] = (k, k.metrics[cls], h)
        return out

    def _elided_run(self, names: list) -> list:
        """``销售、管理、研发费用率``: words listed before a keyword share its tail, so each is
        the keyword its word plus that tail makes (销售费用率, 管理费用率), when the lexicon
        holds every such keyword; otherwise the run is left as it is."""
        if not names:
            return names
        first = names[0]
        items, pos = [], first.start
        while pos > 0 and self.ptext[pos - 1] in _ELIDED_JOINERS:
            end = start = pos - 1
            while start > 0 and end - start < _ELIDED_MAX and _CJK_CHAR.match(self.ptext, start - 1):
                start -= 1
            if end - start < 2:
                break
            items.insert(0, (start, end))
            pos = start
        if not items:
            return names
        known = kw.metric_keywords()
        for cut in range(1, len(first.word) - 1):
            tail = first.word[cut:]
            found = []
            for a, b in items:
                # the leftmost item has no joiner before it: its longest word that makes a keyword
                word = next((self.ptext[x:b] + tail for x in range(a, b - 1)
                             if (self.ptext[x:b] + tail).lower() in known), None)
                if word is None:
                    break
                found.append(kw.Hit(b - len(word) + len(tail), b, word))
            if len(found) == len(items):
                return found + names
        return names

    def _last_role(self, spans, role_map: dict[str, str]) -> str | None:
        """The value of ``role_map`` for the last grammar word of those roles in ``spans`` (in order)."""
        for span in spans:
            hits = [h for h in self.grammar.within(span.start, span.end) if self.roles[(h.start, h.end)] in role_map]
            if hits:
                return role_map[self.roles[(hits[-1].start, hits[-1].end)]]
        return None

    def _growth_basis_column(self, sentence: Sentence, q) -> str:
        """The suffix a growth cell's column header gives its basis (``月增率``: ``_mom``, ``季增率``:
        ``_qoq``; ``facts_words.csv`` ``growth_basis_header``), empty when it gives none."""
        for h in self._column_header(sentence, q):
            header = self.ptext[h.start:h.end]
            for word, suffix in _GROWTH_BASIS_HEADER.items():
                if word in header:
                    return suffix
        return ""

    def _qualify_metric(self, metric: str, cls: str, q, clause: Span, table_spans=()) -> str:
        if cls == "flops" and metric == "computing_capacity":
            metric = self._precision_compute(q, clause) or metric
        if cls in ("ratio", "multiple") and metric.endswith("_growth"):
            window = self.ptext[max(clause.start, q.start - 12):q.start].lower()
            pair = _YOY_QOQ_PAIR.search(window) if "/" in window else None
            if pair is not None and "/" not in window[pair.end():]:
                pass  # 同/环比+41%/+12%: the first of the two values is the year-on-year change
            elif (basis := _last_basis(window)) is not None:
                metric += basis  # 月增12.3%、年增45.6%: the basis word nearest the value
            elif (after := self.ptext[q.end:q.end + 5].lstrip().lower()).startswith(("qoq", "mom")):
                metric += f"_{after[:3]}"  # +8% qoq, -11.4% mom: English shorthand writes the basis after the number
        elif cls == "pp" and metric.endswith("_change") \
                and self.ptext[q.end:q.end + 5].lstrip().lower().startswith("qoq"):
            metric += "_qoq"  # GM +60bp qoq
        price = cls == "price" or metric in ("price", "price_change")
        if price:
            # a table cell reads its column header and row label; prose reads its clause up to the number
            context = [Span(clause.start, q.start), *table_spans]
            side = self._last_role(context, {"input_side": "input", "output_side": "output"})
            if side is not None and not metric.startswith(side):
                metric = f"{side}_{metric.removeprefix('input_').removeprefix('output_')}"
            cache = {"cache_hit": "hit", "cache_miss": "miss"}
            # 0.2元（缓存命中）/2元（缓存未命中）: a bracket right after the price labels it
            label = _BRACKET_AFTER.match(self.ptext, q.end) if cls == "price" else None
            labelled = self._last_role([Span(label.start(), label.end())], cache) if label else None
            if cls == "price" and (labelled or self._last_role(context, cache)) == "hit":
                if not metric.startswith(("input_", "output_")):
                    metric = f"input_{metric}"  # Cached input: a cache serves input tokens only
                metric += "_cache_hit"
        if cls == "ratio" and _OF_COMPANIES.match(self.ptext, q.end) \
                and metric not in _ADOPTION_METRICS and metric != _RESPONDENT_SHARE:
            metric = f"share_of_companies_with_{metric}"  # 近半数公司净利润下降: a share of firms
        if cls == "price" and q.per and metric not in _PER_IN_METRIC and q.per.strip() not in _PER_UNNAMED:
            per = q.per.strip()
            per = re.sub(r"\s+", "_", _PER_NAMES.get(per, per).lower())
            if f"_per_{per}" not in metric:  # 月费每月30美元: price_per_user_per_month names its month already
                metric = f"{metric}_per_{per}"
        if price and (self._last_role(context, {"before_cut": "before"})
                      or cls == "price" and self._price_before_change(q, clause)) \
                or "price" in metric and not metric.endswith("_before_cut") and self._arrow_after(q):
            metric += "_before_cut"  # a table cell 6→3 under a price column: its bare 6 is the older price
        if cls in ("money", "ratio", "pp") and "_guidance" not in metric \
                and self._role_hits(clause.start, q.start, "guidance"):
            # 收入指引为540亿美元, FQ4 指引 rev $9.6bn, GM guide 55%: a company's own forecast
            metric += "_guidance"
        if metric in _PREVIOUS_VALUE_METRIC and _PREVIOUS_VALUE_LEAD.search(self.ptext, max(0, q.start - 8), q.start):
            # 目标价：72.00港元（原：65.00港元）, （前值：735港元）: the bracketed value the new one replaced
            metric = _PREVIOUS_VALUE_METRIC[metric]
        return metric

    def _precision_compute(self, q, clause: Span) -> str | None:
        """``FP4推理算力3.6 EF`` -> ``fp4_inference_compute``, ``FP4达15 EF`` ->
        ``fp4_computing_capacity``: the last precision (``facts_words.csv`` ``compute_precision``)
        of the clause before the number names the capacity, with what it is for
        (``compute_use``) when that stands between them."""
        before = self.ptext[clause.start:q.start]
        if "FP" not in before and "BF" not in before and "TF" not in before and "INT" not in before:
            return None  # cheap pre-check: most capacities name no precision
        found = list(_COMPUTE_PRECISION_RE.finditer(before))
        if not found or before[found[-1].end():found[-1].end() + 1].isdigit():
            return None  # FP16 read as FP1 + 6: no precision word (every one is listed whole)
        prec = _COMPUTE_PRECISION[found[-1].group(0)]
        rest = before[found[-1].end():]
        use = next((v for w, v in _COMPUTE_USE.items() if w in rest), None)
        return f"{prec}_{use}_compute" if use else f"{prec}_computing_capacity"

    def _dragged(self, q, clause: Span) -> bool:
        """``存储涨价可能压缩整机厂商毛利率1-2个百分点``, ``拖累毛利率约0.5个百分点``: a drag verb
        (``facts_words.csv`` ``drag_verb``) shortly before the number, with only its object between,
        pulls the measure down; an unsigned change after it is a fall."""
        lo = max(clause.start, q.start - _DRAG_REACH - 2)
        if not any(ch in _DRAG_VERB_CHARS for ch in self.ptext[lo:q.start]):
            return False  # cheap pre-check: most changes have no drag verb before them
        return not self._plus_written(q) and _DRAG.search(self.ptext, lo, q.start) is not None

    def _benchmark_own(self, q, ent: _Ent) -> bool:
        """``跑输沪深300指数（+16.9%）``: a percent in the bracket opening right after the benchmark
        of an under- or outperformance is the benchmark's own move, not the gap to it."""
        return q.kind == "percent" and self._preceded_by(ent.start, "benchmark", gap=1) \
            and _BENCHMARK_BRACKET.fullmatch(self.ptext, ent.end, q.start) is not None

    def _plus_written(self, q) -> bool:
        """The number is written with its plus sign (``+16.9%``, a cell ``+3.5``): it is a rise
        whatever fall word its clause or column holds (SCHEMA: falls are negative, rises not)."""
        return not q.signed and q.value >= 0 and self.ptext.startswith("+", q.start)

    def _values(self, q, k: kw.Keyword, cls: str, quantities, i: int, clause: Span):
        value, high = q.value, q.value_high
        unit_sign = -1 if k.negative else 1
        if cls == "free":
            return q.value, q.value_high
        if self._plus_written(q):
            return value, high  # 跑输沪深300指数（+16.9%）: a sign written by the number wins over a fall word near it
        if (k.negative or self._preceded_by(q.start, "minus", gap=0)) and cls in ("ratio", "money", "count", "multiple", "pp"):
            value = -abs(value)
            high = -abs(high) if high is not None else None
        # 分别: a loss word before the first value of a list carries over to the rest
        if not q.signed and unit_sign > 0 and i > 0:
            prev = quantities[i - 1]
            if prev.signed and prev.unit == q.unit and prev.end >= clause.start and value > 0:
                between = self.ptext[prev.end:q.start]
                if len(between) <= 3 and all(ch in _ENUM_JOINERS for ch in between.strip() or "和"):
                    value = -abs(value)
                    high = -abs(high) if high is not None else None
        return value, high

    def _emit(self, q, theme, metric, ent: _Ent | None, period, value, high, sentence: Sentence, clause: Span,
              estimate: bool = False):
        key = (clause.start, clause.end)
        in_clause = self._estimate_cache.get(key)
        if in_clause is None:
            in_clause = self._estimate_cache[key] = _ESTIMATE_WORD.search(self.ptext, clause.start, clause.end) is not None
        quote = self._sentence_cache.get((sentence.start, "quote"))
        if quote is None:
            quote = self._sentence_cache[(sentence.start, "quote")] = self.text[sentence.start:sentence.end].strip()
        if ent is not None and ent.name.endswith(_GRADED_SUFFIX) and theme == "market" \
                and metric.startswith("shipment"):
            # 800G光模块 shipped: hardware of compute (SCHEMA theme boundaries), its share of a
            # market stays market and its price pricing (800G均价约520美元, the way the triage
            # gold labels a graded transceiver's average price and its yearly cut)
            theme = "compute"
        if not period and metric.startswith(_CLOSE_DAY_LEVELS):
            # 截至12月4日收盘 over a table of market caps, 数据截至：2025-11-28 in the header over
            # an undated PE-TTM: a level as of the day the report's data end
            period = self.cutoff_day or self.close_day or ""
        if _RANKED_IN_HISTORY in metric and self.published is not None and _YEAR_SPAN.fullmatch(period):
            # 处于近五年82%的分位, a PE近五年分位数(%) column: the years are the history the level is
            # ranked in; the percentile is a level as of the day the data end
            period = self.cutoff_day or self.close_day or self.published.isoformat()
        if ent is not None and ent.type == "index" and metric in _INDEX_LEVEL_METRICS \
                and sentence.start <= ent.start < sentence.end:
            # 沪深300 | 收盘（点） 4,460.33: an index has no share price, its close is a level in
            # points, which SCHEMA counts no fact (its moves are). Only an index named beside the
            # figure: one carried from an earlier sentence over a firm's 收盘812元 is a wrong
            # subject, and dropping the row would lose a price
            return
        value, high = float(value), float(high) if high is not None else math.nan
        if q.kind == "fraction":
            value, high = labelled_fraction(value), labelled_fraction(high)
        if not math.isfinite(value) or math.isinf(high):
            # a run of hundreds of digits (or a cell times its caption's scale) past what a
            # float holds: inf is no value a report states, and the facts schema refuses it
            return
        if ent is None and self.survey_name is not None and theme == "adoption":
            ent = _Ent(q.start, q.start, self.survey_name, "group")  # 其中120家已上线: the asked's
        elif ent is not None and self.survey_name is not None and (
                ent.name in _SURVEY_NAMES or (ent.type == "concept" and ent.name in self._survey_topics)):
            # the report's population, not the respondents' word for it nor the topic it asked
            # about (调查报告 on AI智能体: 智能体在企业AI预算中的占比 is the firms' share)
            ent = _Ent(ent.start, ent.end, self.survey_name, ent.type)
        if not sentence.is_row:
            self._paragraph_theme[sentence.paragraph] = theme
        self.rows.append({
            "doc_id": self._doc_id,
            "theme": theme,
            # a name that is only a company word (公司 alone) has no English name: no entity
            "entity": (_written_name(ent) if ent else "") or UNSPECIFIED,
            "metric": metric,
            "value": value,
            "value_high": high,
            # PUE 1.25: a ratio above one written as a bare number (SCHEMA: ``ratio`` as written)
            "unit": _written_unit(q.unit, metric),
            "period": period or "",
            "text": self.text[q.start:q.end],
            "start": q.start,
            "end": q.end,
            "quote": quote,
            "qualifier": q.qualifier or "",
            "per": q.per or "",
            "is_estimate": estimate or in_clause,
            "publisher": self._publisher,
            "published": self._published_value,
            "_entity_org": (ent.org if ent else None) or "",
            "_entity_type": ent.type if ent else "",
            "_in_table": sentence.is_row,
            "_news_deal": "" if period else self._news_deals.get(q.start, ""),
            # which table a cell stands in (its header's offset): two cells of one table are two claims
            "_table_at": sentence.header[0].start if sentence.is_row and sentence.header else None,
            "_part": self._component_part(sentence),
            # 合计 | 28.81 under a table of product lines: the whole the prose names (see _table_repeat)
            "_total": sentence.is_row and sentence.label is not None
            and self.ptext[sentence.label.start:sentence.label.end].strip() in _GROUP_TOTALS,
            # where the cell stands (row label, column words), or the prose sentence the figure is
            # read from: a sentence naming a cell's row and column restates it (_named_cell)
            "_cell_names": self._cell_names(sentence, q) if sentence.is_row else None,
            "_said": None if sentence.is_row else (self._said(sentence), q.start - sentence.start),
        })

    def _cell_names(self, sentence: Sentence, q) -> tuple[str, str] | None:
        """A cell's row label and column header as prose would name them (brackets, units and
        blanks dropped: ``岚峰科技(688001)`` -> ``岚峰科技``, ``收入（9月末）`` -> ``收入``); None when
        the row has no label or the column no header word."""
        if sentence.label is None:
            return None
        label = _cell_name(self.ptext[sentence.label.start:sentence.label.end])
        column = _cell_name("".join(self.ptext[h.start:h.end] for h in self._column_header(sentence, q)))
        return (label, column) if len(label) >= 2 and len(column) >= 2 else None

    def _said(self, sentence: Sentence) -> str:
        """A prose sentence in the parsing form (Simplified, as table labels are read), one
        string per sentence whatever the number of its rows."""
        said = self._sentence_cache.get((sentence.start, "said"))
        if said is None:
            said = self._sentence_cache[(sentence.start, "said")] = self.ptext[sentence.start:sentence.end]
        return said


#: a run of spaces (two or more, full-width or not) or a tab: the gap between two fields of a header line
_FIELD_GAP = re.compile(r"[ \u3000]{2,}|\t")
#: the rest of a field's label up to its colon: no digit, no clause mark, no line break
_FIELD_LABEL_TAIL = re.compile(r"[^0-9０-９，。；,;\n：:]{0,12}[：:]")
#: （原：65.00港元）, （前值：735港元） after a target price: the value it replaced (facts_words.csv
#: previous_value_lead words, written right after the bracket; previous_value_metric: metric -> its old value's)
_PREVIOUS_VALUE_LEAD = re.compile(rf"[（(](?:{kw.word_alternation('previous_value_lead')})[：:为]?\s*$")
_PREVIOUS_VALUE_METRIC = kw.word_group("previous_value_metric")
#: the price metrics a stock index's close would take (收盘, 收盘价): of an index, a level in points
_INDEX_LEVEL_METRICS = frozenset(kw.word_group("index_level_metric"))
#: a rise word between a target year and its percent (到2030年…将增加…（+130%）)
_RISE_WORD = re.compile(kw.word_alternation("deadline_rise"))
#: （一）, (2), 3.: the mark a numbered item of a bulletin opens with (一、 is a section heading)
#: how far back, and how long a heading line, a section's as-of date is looked for
_SECTION_ASOF_REACH = 1500
_SECTION_HEADING_LEN = 30
_SECTION_SENTENCE_MARK = re.compile(r"[，。；,;]")
#: a table's or figure's caption opens with these (表1, 图2)
_CAPTION_LEADS = ("表", "图", "圖")
_ITEM_MARK = re.compile(r"\s*(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[.．、](?!\d))\s*")
# a numbered list item: 1. / 2、 / (3)
_NUMBERED_LINE = re.compile(r"(?:\d{1,2}[.、)）]|[(（]\d{1,2}[)）])")
#: a year opening a sentence before its region (``2025年，广东…``, ``2025年末浙江…``)
_OPENING_YEAR = re.compile(rf"(?:19|20)\d{{2}}年(?:{kw.word_alternation('opening_year_part')}|前?[一二三四1-4]季度)?[，,]?[ 　]*")
#: a list item's number before a region opening it: ``1.``, ``（3）``, ``三、``, ``（三）``
_LIST_NUMBER = re.compile(r"(?:\d{1,2}[.、)）]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、)")
_HAS_DIGIT = re.compile(r"[0-9０-９一二两三四五六七八九十几数]")


def _resolve_sector_refs(ents: list[_Ent]) -> list[_Ent]:
    """``当前板块`` / ``该指数`` (type ``sector_ref``, named by its suffix's English) is the sector
    or index named last before it, one of its own kind (a 板块 a sector) first; with none named
    before, it names nothing (the number's subject is found as if it were absent)."""
    if not any(e.type == "sector_ref" for e in ents):
        return ents
    out: list[_Ent] = []
    for e in ents:
        if e.type != "sector_ref":
            out.append(e)
            continue
        named = [b for b in reversed(out) if refers_to_sector(b.name, b.type)]
        same = [b for b in named if b.name.split()[-1].lower() == e.name.lower()]
        before = (same or named or [None])[0]
        if before is not None:
            out.append(_Ent(e.start, e.end, before.name, before.type, before.org))
    return out


def _written_name(ent: _Ent) -> str:
    """The entity column's name of ``ent``: a company, model or product name taken as written in
    Chinese characters (a table cell, the words after 公司) in English, like a shaped name."""
    if ent.type in _ENGLISH_NAMED_TYPES and _CJK_CHAR.search(ent.name):
        return _shaped_english(ent.name, ent.type)
    return ent.name


def _shaped_english(name: str, kind: str) -> str:
    """The English of a Chinese name no lexicon row holds: a company by its trade name alone
    (蓝湾光电 and 蓝湾 are one firm), a model or product with its descriptors (青禾AI助手)."""
    return firm_english(name) if kind == "company" else english_name(name)


@functools.cache
def _entity_countries() -> dict[str, str]:
    """Entity -> the two-letter country of ``entities.csv`` (companies, models and products that give one)."""
    table = load_entities()
    return {name: country for name, country in zip(table["entity"], table["country"]) if country}


@functools.cache
def _foreign_companies() -> frozenset[str]:
    """Companies of ``entities.csv`` outside China and Taiwan: a bare 亿 after their money words is
    no yuan (see ``_DocExtractor._yuan_left_out``)."""
    table = load_entities()
    return frozenset(table.loc[(table["type"] == "company") & ~table["country"].isin(["CN", "TW"]), "entity"])


@functools.cache
def _taiwan_companies() -> frozenset[str]:
    """Companies of ``entities.csv`` listed in Taiwan: their amounts in bare 元 are NT dollars."""
    table = load_entities()
    return frozenset(table.loc[(table["type"] == "company") & (table["country"] == "TW"), "entity"])


def _is_doubling(text: str) -> bool:
    """``翻倍``, ``翻了一番``: a doubling word, with or without the aspect particle 了, and after
    the qualifier the number's text starts with (``几乎翻倍``, ``接近翻番``)."""
    return text.strip().replace("了", "").endswith(_DOUBLING)


def _is_fan_rise(q: Quantity) -> bool:
    """``翻了两番``, ``几乎翻倍``, ``翻了10倍``: a multiple written with 翻 (turned over) is a rise of
    the amount before it, whatever its count or qualifier."""
    return q.kind == "multiple" and "翻" in q.text


_BROAD_MARKET_REACH = 600  # how far back the index or market giving 大市 its place may stand


def _broad_markets(text: str, ents: list[_Ent]) -> list[_Ent]:
    """``恒指收报26,572点…当日大市成交2,315亿元``: the bare word for the whole stock market
    (``facts_words.csv`` ``broad_market``) is the stock market of the place of the index or market
    named last before it (``stock_market_of_place`` by the ``entities.csv`` country), so its
    turnover and short selling are the market's, never the index's. Not after a comparison or
    share word (``跑赢大市``, ``占大市比重``), nor as the start of another noun (``大市值``).
    """
    words = kw.word_group("broad_market")
    if not any(w in text for w in words):
        return []  # cheap pre-check: most documents never say 大市
    not_before = tuple(kw.word_group("broad_market_not_before"))
    not_after = tuple(kw.word_group("broad_market_not_after"))
    markets = kw.word_group("stock_market_of_place")
    countries = _entity_countries()
    placed = sorted((e for e in ents if e.type in ("index", "market") and countries.get(e.name) in markets),
                    key=lambda e: e.start)
    if not placed:
        return []
    starts = [e.start for e in placed]
    out = []
    for w in words:
        for m in re.finditer(re.escape(w), text):
            if text.endswith(not_before, 0, m.start()) or text.startswith(not_after, m.end()):
                continue
            i = bisect.bisect_left(starts, m.start()) - 1
            while i >= 0 and placed[i].end > m.start():
                i -= 1  # a name holding the word (台股大盘) is found already
            if i < 0 or m.start() - placed[i].end > _BROAD_MARKET_REACH:
                continue
            out.append(_Ent(m.start(), m.end(), markets[countries[placed[i].name]], "market"))
    return out


def _glued_models(text: str, ents: list[_Ent]) -> list[_Ent]:
    """``豆包Seed 2.0 Pro``: a known model family written in Chinese straight before a model name
    found from its shape is one model (``Doubao Seed 2.0``), not a list of two subjects."""
    out: list[_Ent] = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.end == e.start and prev.type == "model" and not prev.shaped \
                and e.shaped and e.type == "model" and _HAN.search(text, prev.start, prev.end):
            out[-1] = _Ent(prev.start, e.end, f"{prev.name} {e.name}", "model", prev.org)
            continue
        out.append(e)
    return out


#: A line naming this many distinct ratings lays out a rating scale (``_rating_scale_line``).
RATING_SCALE_GRADES = 3
#: What ends one grade's clause of a rating scale
_GRADE_CLAUSE_ENDS = "，,；;。"


@functools.lru_cache(maxsize=1)
def _RATING_CANON() -> dict[str, str]:
    """Each rating word (as the ratings vocabulary writes it) -> its canonical grade."""
    return dict(load_ratings()["rating"])


@functools.lru_cache(maxsize=1)
def _RATING_WORDS() -> re.Pattern:
    words = load_ratings()["rating"]
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


#: The suffixes a plan's goals get (``_plan_goal``); the metric before them says the unit.
_PLAN_GOAL_SUFFIX = re.compile(r"(?:_per_year)?(?:_target)?$")


def _written_unit(unit: str, metric: str) -> str:
    """The unit of a bare number whose metric says what it is (PUE 1.25 is a ratio, PE 28.3 a multiple)."""
    if unit != "count":
        return unit
    metric = _PLAN_GOAL_SUFFIX.sub("", metric)  # a plan's pue_target is a PUE
    if metric in _RATIO_AS_WRITTEN:
        return "ratio"
    if metric in _MULTIPLE_AS_WRITTEN:
        return "multiple"
    return unit


def _without_same_period_bases(periods: list) -> list:
    """``截至2025年12月底，调用量超过50万亿，是去年同期的3倍，企业客户数超过9000家``: a
    same-period word (去年同期) after another period is the base of a comparison, never the time
    of the clauses after it; it is left out when a period before it remains."""
    if len(periods) < 2 or not any(w in p.text for p in periods[1:] for w in _SAME_PERIOD):
        return periods
    return [periods[0]] + [p for p in periods[1:] if not any(w in p.text for w in _SAME_PERIOD)]


def _latest(periods: list):
    """The last of ``periods``, unless it is 年初/年底 inside a year named before it.

    2025年出货增速预测由年初的近28%下修至24.3%: 年初 dates the old forecast, the year is the
    period of the figures.
    """
    p = periods[-1]
    if p.scope == "edge":
        year = [e for e in periods[:-1] if e.value == p.value[:4]]
        return year[-1] if year else p
    return p


def _period_start(value: str) -> dt.date | None:
    """The first day of a calendar period value (``2026``, ``2026H2``, ``2026Q3``, ``2026-03``,
    ``2026-03-18``, a span's first part); None for fiscal labels and anything else."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12]))?", value.split("/")[0])
    if m is None:
        return None
    month = int(m.group(2)) if m.group(2) else 3 * int(m.group(4)) - 2 if m.group(4) else \
        6 * int(m.group(5)) - 5 if m.group(5) else 1
    return dt.date(int(m.group(1)), month, int(m.group(3) or 1))


def _add_months(month: str, n: int) -> str:
    """``YYYY-MM`` plus ``n`` months: ``_add_months("2022-11", 2) == "2023-01"``."""
    y, m = int(month[:4]), int(month[5:7]) - 1 + n
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}"


def _expand_years(period, n: int) -> list:
    """A span of years (``2025/2027``, ``FY2027/FY2030``) as its ``n`` single years, or ``[period]``."""
    m = _YEAR_SPAN.fullmatch(period.value)
    if m is None:
        return [period]
    first, last = int(m.group(2)), int(m.group(4))
    if last - first + 1 != n:
        return [period]
    fiscal = "FY" if (m.group(1) or m.group(3)) else ""
    return [dataclasses.replace(period, value=f"{fiscal}{y}", fiscal=None) for y in range(first, last + 1)]


def _periods_fit(a: str, b: str) -> bool:
    """Two periods that can name the same time: equal, one unstated, or one inside the other.

    ``2025`` holds ``2025-09-02`` and ``FY2026`` holds ``FY2026Q3``: a summary that gives the
    year and a body that gives the day state one claim.
    """
    if a == b or not a or not b:
        return True
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and not long_[len(short)].isdigit() and "/" not in long_:
        return True
    # 2025H1 holds 2025-06 and 2025Q2 holds 2025-05-20: one calendar period inside the other
    if "/" in a or "/" in b:
        return False
    x, y = _period_bounds(a), _period_bounds(b)
    return x is not None and y is not None and (x[0] <= y[0] and y[1] <= x[1] or y[0] <= x[0] and x[1] <= y[1])


def _same_subject(o: dict, r: dict) -> bool:
    """Whether two rows speak of one subject: the same name, one unnamed, an organisation and
    its model or segment, or a family and one member of it (``Llama 4`` / ``Llama 4 Scout``)."""
    a, b = o["entity"], r["entity"]
    if a == b or UNSPECIFIED in (a, b):
        return True
    if a == r["_entity_org"] or b == o["_entity_org"]:
        return True
    short, long_ = sorted((a, b), key=len)
    # a family name and a member of it: the member's name goes on after a blank
    return long_.startswith(short + " ")


def _price_side(metric: str) -> str:
    """``input`` or ``output`` for a price metric of one side, else an empty string."""
    side = metric.split("_")[0]
    return side if side in ("input", "output") else ""


def _sideless(metric: str) -> str:
    """The metric without its price side (``input_price_change`` -> ``price_change``)."""
    side = _price_side(metric)
    return metric[len(side) + 1:] if side else metric


def _same_metric(a: str, b: str) -> bool:
    """Two metric names of one measure: equal, the same head word (``training_tokens`` /
    ``training_data_size``), or one a qualified form of the other (``valuation`` /
    ``post_money_valuation``, ``profit_growth`` / ``net_profit_growth``)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return a.split("_")[0] == b.split("_")[0] or long_.endswith("_" + short)


_FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: a compound numeral's second part (``6兆6,380億``, ``1万2000亿``): a myriad unit, then at most
#: four digits counted in the next smaller myriad
_MYRIAD_TAIL = re.compile(rf"\s?(?:{_WORDS['myriad_unit']})\s?(\d(?:,?\d){{0,3}})(?=\s?(?:{_WORDS['myriad_smaller']}))")


def _significant_digits(text: str) -> int:
    """Significant digits of the first number written in ``text`` (``4550亿`` 3, ``1.25`` 3, ``500`` 1)."""
    m = _FIRST_NUMBER.search(text or "")
    if m is None:
        return 0
    num = m.group(0).replace(",", "")
    tail = _MYRIAD_TAIL.match(text, m.end())
    if tail is not None:
        # 6兆6,380億: the second part counts the smaller myriad under the first (4 digits wide)
        num = num + tail.group(1).replace(",", "").zfill(4)
    digits = num.replace(".", "").lstrip("0")
    if "." not in num:
        digits = digits.rstrip("0")
    return len(digits)


def _precise_repeat(o: dict, r: dict) -> bool:
    """A precise amount (three or more significant digits) of one measure stated twice about one
    entity, or once about a generic concept, is one claim even when the two mentions resolve
    to different periods (``第三财季…349亿美元`` in the summary, ``本季度…349亿美元`` in the body)."""
    if min(_significant_digits(o["text"]), _significant_digits(r["text"])) < 3:
        return False
    if not _same_metric(o["metric"], r["metric"]) or o["theme"] == "pricing":
        return False  # prices of rival models often match to the cent
    concept = "concept" in (o.get("_entity_type"), r.get("_entity_type"))
    # a segment and its group (Azure / Microsoft) under two periods may be two claims: only the
    # same name, or a generic concept beside a name, merges here
    return concept or (o["entity"] == r["entity"] and o["entity"] != UNSPECIFIED)


def _worded_repeat(o: dict, r: dict) -> bool:
    """The same words (``同比下降78%``, ``3800亿元`` / ``超过3800亿元``) giving one named subject the same
    measure and a figure of two or more significant digits, in two prose sentences, are one claim
    even when the two resolve to different periods (a summary's bullet dated by its heading, the
    body's sentence by its own clause). Prices excepted (rival offers match), and table cells (a
    row repeats its figures by design)."""
    if o.get("_in_table") or r.get("_in_table") or o["theme"] == "pricing":
        return False
    if o["entity"] != r["entity"] or o["entity"] == UNSPECIFIED or o["metric"] != r["metric"]:
        return False
    a, b = o["text"] or "", r["text"] or ""
    if not a or not b or not (a in b or b in a) or min(_significant_digits(a), _significant_digits(b)) < 2:
        return False
    return o.get("quote") != r.get("quote")


_PERIOD_KEY = re.compile(r"(\d{4})(?:Q([1-4])|H([12])|-(\d{2}))?")


def _period_key(value: str) -> tuple | None:
    """A sort key by the end of a calendar period (``2024`` after ``2024Q3``, ``2025Q1`` after
    both); None for a fiscal label, a span or a day, which this does not order.

    >>> [_period_key(v) for v in ("2024", "2024Q3", "2025H1", "2025-06", "FY2025", "2024/2025")]
    [(2024, 12), (2024, 9), (2025, 6), (2025, 6), None, None]
    """
    m = _PERIOD_KEY.fullmatch(value)
    if m is None:
        return None
    year, q, h, month = m.groups()
    end = int(q) * 3 if q else int(h) * 6 if h else int(month) if month else 12
    return int(year), end


def _table_repeat(o: dict, r: dict) -> bool:
    """A table cell and a prose sentence giving one named subject the same measure and value
    are one claim whatever periods they resolve to (a weekly-change column repeating the
    paragraph above it); prices excepted, where rival offers often match."""
    if o.get("_in_table", False) == r.get("_in_table", False) or o["theme"] == "pricing":
        return False
    cell, prose = (o, r) if o.get("_in_table") else (r, o)
    part = cell.get("_part")
    if part and (part == prose["entity"] or prose["entity"] == cell["entity"] and part in prose.get("quote", "")) \
            and _periods_fit(o["period"], r["period"]):
        # SoC单价约190美元 and the bill of materials' row SoC | 190: one claim, the product's
        # (the table's entity); the prose names only the part, or the part and the product
        # (a teardown note's figures naming nothing else are the device's)
        o["entity"], o["_entity_org"], o["_entity_type"] = cell["entity"], cell["_entity_org"], cell["_entity_type"]
        return True
    if cell.get("_total") and prose["entity"] != UNSPECIFIED and _same_metric(o["metric"], r["metric"]) \
            and _periods_fit(o["period"], r["period"]):
        # 营业收入28.81亿元 in the prose and the 合计 row of the product-line table under it (28.81):
        # the total of the table's rows is the whole the prose names, one claim, the prose's name
        if o is cell:
            o["entity"], o["_entity_org"], o["_entity_type"] = prose["entity"], prose["_entity_org"], prose["_entity_type"]
            o["period"] = prose["period"] or o["period"]
        return True
    if _restated_figure(cell, prose) and _periods_fit(o["period"], r["period"]):
        return True
    if o["entity"] != r["entity"] or o["entity"] == UNSPECIFIED:
        return False
    # 5230亿美元 of RPO in the prose and 甲骨文 | FY26Q2 | … | 5230 under 订单 (a column the table
    # names its own way): the same subject, time and value is one claim whatever the two metric
    # names say; where the table gives no time of its own the metrics must agree
    return o["metric"] == r["metric"] or _qualified_metric(o["metric"], r["metric"]) \
        or (bool(o["period"]) and o["period"] == r["period"])


def _restated_figure(cell: dict, prose: dict) -> bool:
    """A table cell and a prose figure written alike are one claim whatever names the two
    readings gave it (the row label ``大学`` and the prose's ``受访大学生``; ``法国`` and the
    paragraph's subject): the same precise number (three or more significant digits,
    ``86.3`` / ``86.3%``), or the same amount word for word with its unit (``2000亿欧元`` in the
    cell and in the prose). Two subjects agreeing to the decimal, or to the written amount, in
    one document are rarer than a table restating its text."""
    a, b = cell["text"] or "", prose["text"] or ""
    if min(_significant_digits(a), _significant_digits(b)) >= 3:
        return True
    return a == b and _AMOUNT_WORD.search(a) is not None


#: a magnitude or a currency in a figure's text (``2000亿欧元``, ``$46M``): an amount written out
_AMOUNT_WORD = re.compile(r"[万亿兆元$€£¥]")


def _qualified_metric(a: str, b: str) -> bool:
    """One metric a qualified form of the other (``net_profit`` / ``adjusted_net_profit``): the
    prose names the measure in full, the table's column in short, or the reverse."""
    short, long_ = sorted((a, b), key=len)
    return short != long_ and long_.endswith("_" + short)


def _cells_of_one_table(o: dict, r: dict) -> bool:
    """Two figures read from different cells of one table (``快手 | … | 14.0 | … | 14.0`` under
    收入同比 and 经调净利率; ``0.0`` under 月变动 in the rows of two clouds): the table states each
    once, so an equal value is a coincidence, never a repeat."""
    table = o.get("_table_at")
    return table is not None and table == r.get("_table_at") and o["start"] != r["start"]


def _dedup(rows: list[dict]) -> list[dict]:
    """One row per claim: the same subject, metric, period and value stated twice is one row.

    An entity and the organisation behind it, or a model family and one member of it, count as
    the same subject (``微软自研大模型参数量5000亿`` repeats ``MAI-1 ... 5000亿``); a row without
    an entity repeats any row with one. Metric names of one measure match (see
    :func:`_same_metric`); input and output prices never merge. Periods match when one holds
    the other (a summary's ``2025`` and the body's ``2025-09-02``). The first span is kept; it
    takes the more precise name and period of a repeat.
    """
    seen: dict[tuple, list[dict]] = {}
    out = []
    for r in rows:
        key = (r["theme"], r["unit"], round(r["value"], 9),
               None if math.isnan(r["value_high"]) else round(r["value_high"], 9))
        same = seen.setdefault(key, [])
        dup = False
        for o in same:
            if _cells_of_one_table(o, r):
                continue
            if _table_repeat(o, r):
                dup = True  # the prose states the claim, the table repeats it: the first span stays
                break
            if _worded_repeat(o, r):
                # 同比下降78% in the summary and again in the body: one claim, the first span; an
                # undated first mention takes the repeat's date
                o["period"] = o["period"] or r["period"]
                dup = True
                break
            if _precise_repeat(o, r):
                if o.get("_entity_type") == "concept" and r.get("_entity_type") != "concept":
                    o["entity"], o["_entity_org"], o["_entity_type"] = r["entity"], r["_entity_org"], r["_entity_type"]
                    o["period"] = r["period"] or o["period"]
                dup = True
                break
            if not _periods_fit(o["period"], r["period"]):
                continue
            if o["metric"] != r["metric"]:
                if o["metric"].endswith("_before_cut") != r["metric"].endswith("_before_cut"):
                    # | 价格 | 降价前 | where one model's new price equals a sibling's old one: the price
                    # before a cut and a price now are two claims, however alike the names
                    continue
                named = UNSPECIFIED not in (o["entity"], r["entity"]) and _same_subject(o, r)
                # input and output prices never merge; a plain price change (a heading's 降价五成)
                # and one side's change of the same value may
                sides = [_price_side(m) for m in (o["metric"], r["metric"]) if _price_side(m)]
                if not named or len(sides) == 2 or not _same_metric(_sideless(o["metric"]), _sideless(r["metric"])):
                    continue
            if o["entity"] == r["entity"] or r["entity"] == UNSPECIFIED or r["entity"] == o["_entity_org"] \
                    or (o["entity"] != UNSPECIFIED and _same_subject(o, r) and len(r["entity"]) <= len(o["entity"])
                        and not (o["entity"] == r["_entity_org"] and r.get("_entity_type") == "model")):
                # (a model of the first row's maker is the more precise name: taken below; so is any
                # name after an unnamed first row, however short: ``unspecified`` is no name to
                # measure a name's precision by)
                dup = True
            elif o["entity"] == UNSPECIFIED or _same_subject(o, r):
                # the repeat names the subject more precisely (the model, not its maker):
                # keep the first span, take the precise name
                o["entity"], o["_entity_org"] = r["entity"], r["_entity_org"]
                dup = True
            if dup:
                if len(r["period"]) > len(o["period"]):
                    o["period"] = r["period"]  # the repeat says when, or says it more precisely
                if not r.get("_headline"):
                    o.pop("_headline", None)  # the body states it too: no headline rounding
                break
        if not dup:
            same.append(r)
            out.append(r)
    return out


def document_rows(doc: Mapping) -> list[dict]:
    """Every fact row of one document before repeats are merged (see :func:`merge_repeats`).

    For engines that cut a long document into windows and merge the repeats of all windows.
    """
    return _DocExtractor(doc).run()


#: The step of a value counted in tenths (``逾四成``): the claim it rounds lies within one step.
_TENTH = 0.1


def _in_tenths(r: dict) -> bool:
    """A qualified single value counted in tenths (``逾四成``, ``近三成``)."""
    return "成" in r["text"] and bool(r.get("qualifier")) and math.isnan(r["value_high"])


def _rounds(r: dict, o: dict) -> bool:
    """``逾四成`` rounds ``41.5%``: ``r`` is a value :func:`_in_tenths` and ``o`` a precise value
    it stands for, within one tenth in the qualifier's direction."""
    if "成" in o["text"] or o.get("qualifier"):
        return False  # the precise figure is stated as such (年增41.5%), not as 将近38%
    lo, hi = {"over": (0.0, _TENTH), "at_least": (0.0, _TENTH), "under": (-_TENTH, 0.0),
              "at_most": (-_TENTH, 0.0), "approx": (-_TENTH / 2, _TENTH / 2)}.get(r["qualifier"], (1.0, -1.0))
    return r["value"] + lo - 1e-9 <= o["value"] <= r["value"] + hi + 1e-9


def _drop_rounded_repeats(rows: list[dict]) -> list[dict]:
    """A headline's rounded claim (``台积电7月营收年增逾四成``) the text also states precisely
    (``年增41.5%``) for the same subject, measure and period is one claim: the precise row stays."""
    rounded = [r for r in rows if _in_tenths(r)]
    if not rounded:
        return rows  # most documents: nothing to compare, no pass over every pair of rows
    dropped = {id(r) for r in rounded
               if any(o is not r and o["theme"] == r["theme"] and o["unit"] == r["unit"] and _rounds(r, o)
                      and o["metric"] == r["metric"] and o["entity"] == r["entity"]
                      and o["entity"] != UNSPECIFIED and o["period"] == r["period"]
                      and o["quote"] != r["quote"] for o in rows)}  # 均在四成左右 beside 38%: two claims
    return [r for r in rows if id(r) not in dropped]


def _rounds_to(rounded: dict, precise: dict) -> bool:
    """``约79.1万亿韩元`` is ``79,140`` (十亿韩元) rounded to the digits it writes: fewer
    significant digits (two at least) than the precise figure, within half a unit of its last one."""
    a, b = _significant_digits(rounded["text"]), _significant_digits(precise["text"])
    v = rounded["value"]
    if a < 2 or b <= a or not v or not math.isnan(rounded["value_high"]) or not math.isnan(precise["value_high"]):
        return False
    unit = 10 ** (math.floor(math.log10(abs(v))) - a + 1)
    return abs(v - precise["value"]) <= unit / 2 * (1 + 1e-9)


def _drop_table_roundings(rows: list[dict]) -> list[dict]:
    """A table cell restating a prose figure at another rounding (prose ``营收约79.1万亿韩元``,
    cell ``79,140`` under ``单位：十亿韩元``; prose ``6兆6,380億元``, cell ``66,380.25``) for the
    same subject, measure and period is one claim: the more precise figure stays, wherever it
    stands. The table's other cells stay rows."""
    cells = [r for r in rows if r.get("_in_table")]
    if not cells or len(cells) == len(rows):
        return rows  # cheap pre-check: no table, or no prose beside it
    prose = [r for r in rows if not r.get("_in_table") and r["entity"] != UNSPECIFIED]
    dropped = set()
    for c in cells:
        for p in prose:
            if id(p) in dropped or p["entity"] != c["entity"] or p["metric"] != c["metric"] \
                    or p["period"] != c["period"] or p["unit"] != c["unit"] or p["theme"] != c["theme"] \
                    or p["value"] == c["value"]:
                continue
            if _rounds_to(p, c):
                dropped.add(id(p))  # the cell states the claim to more digits: it stays
                break
            if _rounds_to(c, p):
                dropped.add(id(c))
                break
    return [r for r in rows if id(r) not in dropped] if dropped else rows


def _drop_restated_cells(rows: list[dict]) -> list[dict]:
    """A table cell restating a precise prose figure (:func:`_restated_figure`: ``398.24`` under
    ``单位：亿元`` after ``收入398.24亿元``) is the prose's claim even where the two readings
    disagree on its theme or period, which :func:`_dedup` asks to agree: a summary table dates
    its columns by the calendar quarter the prose gives as a fiscal one, or by its caption where
    the prose takes the publication day, and names its measure by a column header the prose
    words otherwise. The prose row stays (its sentence says what the figure is); prices excepted
    (rival offers match to the cent), and a cell whose figure no prose row states stays a row.
    The two must speak of one subject (:func:`_restated_subject`): two funds or two deals of one
    report agree to the decimal more often than a table restates a figure of another subject."""
    cells = [r for r in rows if r.get("_in_table") and r["theme"] != "pricing"]
    if not cells or len(cells) == len(rows):
        return rows  # cheap pre-check: no table, or no prose beside it
    prose, by_value = {}, {}
    for p in rows:
        if not p.get("_in_table") and p["theme"] != "pricing":
            prose.setdefault((p["unit"], round(p["value"], 9)), []).append(p)
            by_value.setdefault(round(p["value"], 9), []).append(p)
    labels = {}
    for c in cells:
        if c.get("_cell_names"):
            labels.setdefault(c.get("_table_at"), set()).add(c["_cell_names"][0])
    dropped, sources = set(), {}
    for c in cells:
        for p in prose.get((c["unit"], round(c["value"], 9)), ()):
            if _same_high(p["value_high"], c["value_high"]) and _restated_figure(c, p) and _restated_subject(c, p):
                dropped.add(id(c))
                sources.setdefault(_row_of(c), set()).add(p["quote"])
                break
        else:
            if c.get("_cell_names") and any(
                    _same_reading(c, p) and _same_high(p["value_high"], c["value_high"])
                    and _named_cell(c, p, labels.get(c.get("_table_at"), ())) for p in by_value.get(round(c["value"], 9), ())):
                dropped.add(id(c))
    for c in cells:
        # 阿里云 | 398.24 | 34 beside 收入398.24亿元，同比增长34%: once a row restates one
        # precise figure of a sentence, its cells equal to the sentence's other figures restate
        # them too, however few their digits
        said = sources.get(_row_of(c))
        if said and id(c) not in dropped and any(
                p["quote"] in said and _same_high(p["value_high"], c["value_high"]) and _restated_subject(c, p)
                for p in prose.get((c["unit"], round(c["value"], 9)), ())):
            dropped.add(id(c))
    return [r for r in rows if id(r) not in dropped] if dropped else rows


#: a bracket (a code, a unit, a note), a percent sign or a blank in a label or header cell: no part
#: of the words prose would name the row or column by
_CELL_NAME_NOISE = re.compile(r"[（(][^（()）]*[）)]|[%％\s]")


def _cell_name(cell: str) -> str:
    """A label or header cell as prose would write it: ``岚峰科技(688001)`` -> ``岚峰科技``."""
    return _CELL_NAME_NOISE.sub("", cell)


def _named_cell(cell: dict, prose: dict, labels: Iterable[str]) -> bool:
    """``澄湾岛：在建约65MW`` above ``澄湾 | 65`` under a column ``在建``: a prose sentence naming
    a cell's row and its column before giving the cell's value restates the cell, whatever
    subject and measure the two readings resolved (a region or product label no lexicon row
    translates, a subject carried from an earlier sentence). The row named last before the
    figure must be the cell's (a sentence running through two rows of the table names each
    before its own figure), and the column must be named too: ``青屿…园区容量约410MW`` is no
    restatement of the row ``青屿`` under ``规划``."""
    names, said = cell.get("_cell_names"), prose.get("_said")
    if not names or not said:
        return False
    label, column = names
    sentence, at = said
    before = sentence[:at]
    if column not in sentence[:at + len(prose["text"] or "")]:
        return False
    end = _named_end(before, label)
    # no other row of the table named after it (``翻译笔Pro`` after ``翻译笔``: the longer name's row)
    return end > 0 and all(_named_end(before, other) <= end for other in labels)


def _named_end(text: str, name: str) -> int:
    """Where the last mention of ``name`` in ``text`` ends; 0 when it is not there."""
    at = text.rfind(name)
    return at + len(name) if at >= 0 else 0


def _same_reading(cell: dict, prose: dict) -> bool:
    """One figure read alike: the same unit, or a growth column's percent (``+160%``) and the
    prose's multiple of it (``同比增长1.6倍``)."""
    return cell["unit"] == prose["unit"] or (cell["unit"], prose["unit"]) == ("ratio", "multiple")


def _row_of(cell: dict) -> tuple:
    """The table row a cell stands in: its table's offset and the row's line."""
    return cell.get("_table_at"), cell["quote"]


def _restated_subject(cell: dict, prose: dict) -> bool:
    """Whether a cell and a prose figure speak of one subject: the same subject by
    :func:`_same_subject` (``阿里云`` and ``阿里云智能集团``), or the table's total row (``合计``,
    ``TMT合计``: the whole the prose names). Read under two themes, the two must name the subject
    alike, or the cell be the total: a model's size in its row (``Llama 3.1 405B | 405``) is no
    repeat of a prose figure its family's name gave another measure, nor is a named project's cost
    (``智算中心项目 | 150,000.00``) a repeat of an offering's cap that no subject was found for."""
    total = cell.get("_total") or cell["entity"].endswith(_TOTAL_LABEL_ENDS)
    if cell["theme"] != prose["theme"]:
        return cell["entity"] == prose["entity"] or total
    return total or _same_subject(cell, prose)


#: A row label ending on a total word (``TMT合计``): the total of the group it names.
_TOTAL_LABEL_ENDS = tuple(w for w in _GROUP_TOTALS if len(w) >= 2 and w != "整体")


#: A translator's note opening a bracket or a line (``（译注：…）``): explains, states no claim.
_TRANSLATOR_NOTE_WORD = re.compile(kw.word_alternation("translator_note"))
_TRANSLATOR_NOTE = re.compile(rf"[（(【\[]\s*(?:{kw.word_alternation('translator_note')})|^\s*(?:{kw.word_alternation('translator_note')})",
                              re.M)
_TRANSLATOR_NOTE_CLOSE = {"（": "）", "(": ")", "【": "】", "[": "]"}
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _note_end(text: str, m: re.Match) -> int:
    """Where a translator's note ends: its closing bracket, else its line's end."""
    close = _TRANSLATOR_NOTE_CLOSE.get(text[m.start()])
    end = text.find(close, m.end()) if close else -1
    if end < 0:
        end = text.find("\n", m.end())
    return end if end >= 0 else len(text)


def _english_line(line: str) -> bool:
    """A paragraph written in English: forty letters or more and hardly a Chinese character."""
    letters = len(_LATIN_LETTER.findall(line))
    return letters >= 40 and len(_HAN.findall(line)) * 20 <= letters


def _chinese_line(line: str) -> bool:
    """A paragraph written in Chinese: twenty characters or more, most of its letters Chinese."""
    han = len(_HAN.findall(line))
    return han >= 20 and han >= len(_LATIN_LETTER.findall(line))


#: How far into a document its title may start for its rows to count as the headline's.
_HEADLINE_REACH = 400
#: 突破, 站上: words of passing a mark right before a figure (pattern_words.csv exceed_before)
_MILESTONE_WORDS = tuple(pattern_words("quantities")["exceed_before"].split("|"))
_MILESTONE_REACH = max(map(len, _MILESTONE_WORDS))


def _rounding_step(r: dict) -> float | None:
    """The step a written value is rounded to, in the row's base units: ``超300%`` 1.0 (hundreds
    of percent), ``逾2%`` 0.01, ``市值超900亿元`` 1e10, ``1.5万`` 1e3; ``逾一成`` 0.1. None when
    the text writes no number this can read."""
    m = _FIRST_NUMBER.search(r["text"] or "")
    if m is None:
        if "成" in (r["text"] or "") and r["unit"] == "ratio":
            return _TENTH
        # 突破千億元: a bare magnitude passed is one of it, counted in wholes of itself
        return abs(r["value"]) if r.get("qualifier") == "over" and r["value"] else None
    num = m.group(0).replace(",", "")
    try:
        written = float(num)
    except ValueError:
        return None
    if not written:
        return None
    if "." in num:
        step = 10.0 ** -len(num.split(".", 1)[1])
    else:
        step = 10.0 ** (len(num) - len(num.rstrip("0")))
    return step * abs(r["value"] / written)


def _headline_rounds(r: dict, o: dict) -> bool:
    """``r`` (a headline's ``大涨超300%``, ``涨逾2%``, ``逼近20亿次``) is ``o`` (the body's
    ``312.6%``, ``2.04%``, ``19.6亿次``) rounded to the digits it writes, in its qualifier's
    direction; a headline's ``最多N亿元`` is the top of the body's range."""
    step = _rounding_step(r)
    if step is None or not r["value"]:
        return False
    v, sign = abs(r["value"]), math.copysign(1.0, r["value"])
    qualifier = "over" if r.get("_milestone") else r.get("qualifier") or ""
    lo, hi = {"over": (0.0, step), "at_least": (0.0, step), "under": (-step, 0.0),
              "at_most": (-step, 0.0)}.get(qualifier, (-step / 2, step / 2))
    tops = [o["value"]] + ([] if math.isnan(o["value_high"]) else [o["value_high"]])
    return any(math.copysign(1.0, b) == sign and v + lo - 1e-9 * v <= abs(b) <= v + hi + 1e-9 * v for b in tops)


def _headline_rounds_growth(r: dict, o: dict) -> bool:
    """``r`` (a headline's multiple, ``出货翻倍``, ``年增近两倍``) is ``o`` (the body's growth in per
    cent, ``同比增长116%``, ``年增196.1%``) said coarsely: the multiple, within the step it is
    written to (a whole one for a Chinese numeral) in its qualifier's direction, is the growth
    itself (增近两倍 = +196%) or the growth plus the base (翻倍 = ×2.16)."""
    if r["unit"] != "multiple" or o["unit"] != "ratio" or not o["value"] > 0 or not math.isnan(o["value_high"]):
        return False
    step = _rounding_step(r) if _FIRST_NUMBER.search(r["text"] or "") else 1.0
    if not step or not r["value"] > 0:
        return False
    lo, hi = {"over": (0.0, step), "at_least": (0.0, step), "under": (-step, 0.0),
              "at_most": (-step, 0.0)}.get(r.get("qualifier") or "", (-step / 2, step / 2))
    m = r["value"]
    return any(m + lo - 1e-9 <= g <= m + hi + 1e-9 for g in (o["value"], 1.0 + o["value"]))


def _period_bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a calendar period or a span of them (``2025-11``,
    ``2025-10-09/2025-11-11``, ``2025Q2``); None for fiscal labels and anything else."""
    parts = value.split("/")
    try:  # a day no calendar has (2025-02-30, a misread) bounds nothing
        first = _period_start(parts[0])
        last = _period_start(parts[-1])
        if first is None or last is None:
            return None
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12]))?", parts[-1])
        year, month, day, q, h = m.groups()
        if day:
            return first, last
        end_month = int(month) if month else 3 * int(q) if q else 6 * int(h) if h else 12
        nxt = dt.date(int(year) + end_month // 12, end_month % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    except ValueError:
        return None


def _headline_period_fits(head: str, body: str) -> bool:
    """A headline's time (the month a ``双11`` title names) fits the body's when one holds the
    other or the two overlap (the body's ``10月9日-11月11日`` campaign ends in that month)."""
    if _periods_fit(head, body):
        return True
    a, b = _period_bounds(head), _period_bounds(body)
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


def _drop_headline_roundings(rows: list[dict]) -> list[dict]:
    """A headline figure that restates a body figure at a coarser rounding (title
    ``星衡上市首日大涨超300%``, body ``收涨312.6%``) for the same subject, measure and time is one
    claim: the body's row stays. A headline figure no body row rounds to stays a row. A mark
    passed (``_milestone``: 首次突破10万亿韩元 beside 11.38万亿韩元) is read the same way."""
    heads = [r for r in rows if (r.get("_headline") or r.get("_milestone")) and math.isnan(r["value_high"])]
    if not heads:
        return rows  # cheap pre-check: most titles state no figure
    body = [r for r in rows if not r.get("_headline")]
    dropped = {id(r) for r in heads
               if any(o is not r and not o.get("_milestone") and o["theme"] == r["theme"] and o["value"] != r["value"]
                      and (o["metric"] == r["metric"] or _same_metric(o["metric"], r["metric"]))
                      and _same_subject(o, r) and _mark_period_fits(r, o)
                      and (o["unit"] == r["unit"] and _headline_rounds(r, o) or _headline_rounds_growth(r, o))
                      for o in body)}
    return [r for r in rows if id(r) not in dropped] if dropped else rows


def _mark_period_fits(r: dict, o: dict) -> bool:
    """A headline's time fits the body's when one holds the other (:func:`_headline_period_fits`);
    a mark passed in the body (首次突破10兆) restates only a figure of its own time: 前十月累计营收
    1.6兆 and 全年可望突破1兆 are two claims."""
    if r.get("_milestone") and not r.get("_headline"):
        return r["period"] == o["period"]
    return _headline_period_fits(r["period"], o["period"])


def merge_repeats(rows: list[dict]) -> list[dict]:
    """One row per claim (the rule of :func:`_dedup`), internal columns dropped."""
    rows = _drop_headline_roundings(_drop_restated_cells(_drop_table_roundings(_dedup(_drop_rounded_repeats(rows)))))
    for r in rows:
        # an undated deal no dated repeat merged into is news of the publication month
        r["period"] = r["period"] or r.get("_news_deal") or ""
        r.pop("_news_deal", None)
        r.pop("_headline", None)
        r.pop("_milestone", None)
        r.pop("_entity_org", None)
        r.pop("_entity_type", None)
        r.pop("_in_table", None)
        r.pop("_table_at", None)
        r.pop("_part", None)
        r.pop("_total", None)
        r.pop("_cell_names", None)
        r.pop("_said", None)
    return rows


#: A money label per good, unit of energy or measure (万元/台, 元/kWh, 美元/GB, 元/PFlops/月, 元/卡·月):
#: its cells are prices.
_PER_GOOD_LABEL = re.compile(rf"/\s?(?:{pattern_words('quantities')['label_per_good']})"
                             rf"(?:\s?[/·]\s?(?:{pattern_words('quantities')['label_per_time']}))?$")


def _tabs_of(ptext: str, layout: str) -> str:
    """``ptext`` with a tab wherever ``layout`` (the same text, as long) has one: the cells of a
    table :func:`tab_fullwidth_rows` laid out as tabs are parsed cell by cell."""
    chars = list(ptext)
    at = layout.find("\t")
    while at >= 0:
        chars[at] = "\t"
        at = layout.find("\t", at + 1)
    return "".join(chars)


# full-width ASCII letters, digits and the ideographic space (Ｓａｆｅ　Ｓｕｐｅｒ): never part of an entity's name
_FULLWIDTH_NAME_CHAR = re.compile("[\uff01-\uff5e\u3000]")


def _ascii_entities(rows: list[dict]) -> list[dict]:
    """``rows`` with every entity written in full-width Latin (a row label ``Ｓａｆｅ　Ｓｕｐｅｒ`` taken
    from the original text) folded to ASCII (``Safe Super``), as the parsing form reads it."""
    for row in rows:
        entity = row.get("entity")
        if entity and _FULLWIDTH_NAME_CHAR.search(entity):
            row["entity"] = for_parsing(entity)
    return rows


def extract_document(doc: Mapping) -> list[dict]:
    """Facts of one document as a list of row dicts (the unit of work for parallel engines)."""
    return merge_repeats(_ascii_entities(_DocExtractor(doc).run()))


def facts_frame(rows: Iterable[dict]) -> pd.DataFrame:
    """Rows -> the facts table with ``FACT_COLUMNS`` in order and stable dtypes and order."""
    df = pd.DataFrame(list(rows), columns=list(FACT_COLUMNS))
    df["value"] = df["value"].astype("float64")
    df["value_high"] = df["value_high"].astype("float64")
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    df["is_estimate"] = df["is_estimate"].astype(bool)
    for col in ("doc_id", "theme", "entity", "metric", "unit", "period", "text", "quote", "qualifier", "per", "publisher"):
        df[col] = df[col].fillna("").astype("string")
    df = df.sort_values(["doc_id", "start", "end", "entity", "metric"], kind="stable").reset_index(drop=True)
    return df
