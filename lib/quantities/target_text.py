"""How reports word targets and results: normalized text, clauses, figures, indicator names.

Shared by lib.quantities.targets (主要预期目标) and lib.quantities.outcomes (last year's results).
- Text is normalized first: full-width digits, point and ％ become ASCII (a middle dot between
  digits is a decimal point), "8 ％" loses its space,
  百分之八至九 becomes 8%至9%, and 34，250 (a full-width thousands comma) becomes 34250.
- A figure is one number or a range of two (every dash form -, —, －, ~, ～, –, 至, 到), with a
  multiplier (万, 亿 ...) and a unit; values are in base units (1100万人 -> 11,000,000 人).
- An indicator is canonical (gdp_growth, cpi ...) when a known subject phrase closest to the
  figure names it and the figure's unit fits it; otherwise it keeps its subject phrase.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lib.quantities.numerals import MULTIPLIERS, parse_chinese, to_ascii_digits

# Canonical indicators: name, subject pattern, unit the figure must have ("%" or a base unit).
# Order does not matter: the match ending closest to the figure wins, then the longest.
INDICATORS: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "energy_intensity",
        r"单位(?:国内|地区)?生产总值(?:能耗|能源消耗)|能耗强度|单位GDP能耗",
        ("%",),
    ),
    (
        "gdp_growth",
        r"国内生产总值|国民生产总值|地区生产总值|(?:全市|全省|全区|全州|全县)生产总值|(?<!农业)生产总值"
        r"|GDP|经济增长(?:速度)?|经济增速",
        ("%",),
    ),
    ("cpi", r"居民消费价格(?:总水平|指数)?|消费价格|物价总水平|物价|CPI", ("%",)),
    ("retail_price", r"商品零售价格|零售物价", ("%",)),
    ("urban_new_jobs", r"城镇新增就业(?:人数)?|新增城镇就业|城镇就业新增", ("人",)),
    ("surveyed_unemployment", r"(?:城镇)?调查失业率", ("%",)),
    ("registered_unemployment", r"(?:城镇)?登记失业率", ("%",)),
    ("grain_output", r"粮食(?:总)?产量|粮食总产", ("斤", "吨", "公斤")),
    (
        "fiscal_revenue_growth",
        r"(?:地方)?一般公共预算收入|(?:地方|国家|全国)?财政收入",
        ("%",),
    ),
    ("urban_income_growth", r"城镇居民(?:人均)?可支配收入", ("%",)),
    ("rural_income_growth", r"农村居民(?:人均)?(?:可支配|纯)收入|农民(?:人均)?纯?收入", ("%",)),
    ("income_growth", r"(?:城乡)?居民(?:人均)?(?:可支配)?收入", ("%",)),
    ("trade_growth", r"(?:外贸)?进出口(?:总额|总值)?|对外贸易(?:总额)?|外贸", ("%",)),
    ("investment_growth", r"(?:全社会)?固定资产投资", ("%",)),
    ("retail_sales_growth", r"社会消费品零售总额", ("%",)),
    ("deficit_ratio", r"赤字率", ("%",)),
    ("m2_growth", r"广义货币(?:\s*[(（]?M\s*2[)）]?)?|M\s*2", ("%",)),
    ("industrial_growth", r"(?:规模以上|规上|规模)工业增加值|工业增加值", ("%",)),
]
_INDICATOR_RES = [(name, re.compile(pattern), units) for name, pattern, units in INDICATORS]
# Verbs of a change, and those that make a change negative (下降0.7% -> -0.7).
DECLINE_VERBS = "下降|降低|减少|回落|下跌|下滑|微降"
CHANGE_VERBS = f"增长|增加|上涨|微涨|涨幅|增幅|增速|提高|上升|{DECLINE_VERBS}"
# Indicators stated as a reduction: 能耗降低3% is +3, a rise would be negative.
REDUCTION_INDICATORS = {"energy_intensity"}
# Plan averages (规划年均): not one year's target or result.
PLAN_AVERAGE = re.compile(r"年均|平均每年|每年平均|年平均|平均增长")

_UNITS = (
    "个百分点 百分点 微克/立方米 人次 万人 人 公斤 斤 吨 美元 元 亩 公顷 千瓦时 千瓦 公里 "
    "户 套 辆 个 家 项"
).split()
_MULTIPLIER = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_UNIT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_NUMBER = r"\d+(?:\.\d+)?"
RANGE_SEPARATOR = r"(?:[-—－~～–―]{1,2}|至|到)"
# One figure: a number, an optional second end after a dash or 至, multiplier and unit.
FIGURE_RE = re.compile(
    rf"(?<![\d.])(?P<low>{_NUMBER})(?P<low_mult>{_MULTIPLIER})?(?P<low_pct>%)?"
    rf"(?:(?P<sep>{RANGE_SEPARATOR})(?P<high>{_NUMBER}))?"
    rf"(?P<more>多)?(?P<mult>{_MULTIPLIER})?(?P<unit>%|{_UNIT})?"
)
PREFIX_QUALIFIERS = (
    "不低于 不少于 不高于 不超过 控制在 保持在 稳定在 低于 高于 超过 至少 力争 争取 达到 力求"
).split()
SUFFIX_QUALIFIERS = ["左右", "以上", "以内", "以下", "上下", "或者更多一些", "或更多"]
FLOOR_WORDS = {"以上", "不低于", "不少于", "超过", "高于", "至少", "或者更多一些", "或更多"}
CEILING_WORDS = {"以内", "以下", "不超过", "不高于", "低于", "控制在"}

_CHINESE_NUMBER = r"[零〇一二两三四五六七八九十百点]+"
_PERCENT_WORDS = re.compile(
    rf"百分之({_CHINESE_NUMBER})(?:({RANGE_SEPARATOR})(?:百分之)?({_CHINESE_NUMBER}))?"
)
_CLAUSE_RE = re.compile(r"[^，,；;：:。！？\n]+")


class Figure(NamedTuple):
    """A figure found in a clause: its bounds in base units, unit, span and written form."""

    low: float
    high: float
    unit: str
    start: int
    end: int
    raw: str


def _format(value: float) -> str:
    return f"{value:g}"


def _percent_words(match: re.Match) -> str:
    low = _format(parse_chinese(match.group(1)))
    if match.group(3):
        return f"{low}%{match.group(2)}{_format(parse_chinese(match.group(3)))}%"
    return f"{low}%"


def normalize(text: str) -> str:
    """Return `text` with numbers and percent signs in one ASCII form (see the module notes)."""
    text = to_ascii_digits(text).replace("％", "%")
    text = re.sub(r"(\d)[·・](\d)", r"\1.\2", text)  # some transcriptions write 14·1%
    text = re.sub(r"(\d)\s+%", r"\1%", text)
    text = re.sub(r"(\d)，(\d{3})(?!\d)", r"\1\2", text)
    return _PERCENT_WORDS.sub(_percent_words, text)


def sentences(text: str) -> list[str]:
    """Return the sentences of normalized text (split at 。！？ and line ends), none empty.

    Unlike lib.load.sentences.split_sentences, ； does not end a sentence here: a target
    passage lists its targets separated by ；, and the list is read as one sentence.
    """
    parts = re.split(r"(?<=[。！？!?])|\n", text)
    return [p.strip() for p in parts if p.strip()]


def clauses(sentence: str) -> list[tuple[int, str]]:
    """Return (offset, clause) for the clauses of a sentence, split at ，；：。."""
    return [(m.start(), m.group()) for m in _CLAUSE_RE.finditer(sentence)]


def _base(number: str, multiplier: str | None) -> float:
    return float(number) * MULTIPLIERS.get(multiplier or "", 1.0)


def figures(clause: str) -> list[Figure]:
    """Return the figures of a clause that have a unit (bare numbers are not figures)."""
    found = []
    for m in FIGURE_RE.finditer(clause):
        unit = m.group("unit") or ("%" if m.group("low_pct") else "")
        if not unit or _is_year(clause, m):
            continue
        mult = m.group("mult") or ""
        low = _base(m.group("low"), m.group("low_mult") or mult)
        high = _base(m.group("high"), mult) if m.group("high") else low
        if unit == "万人":  # 万人 is a multiplier and a unit written together
            low, high, unit = low * 1e4, high * 1e4, "人"
        if unit == "个百分点":
            unit = "百分点"
        found.append(Figure(low, high, unit, m.start(), m.end(), m.group()))
    return found


def _is_year(clause: str, match: re.Match) -> bool:
    """Return whether a figure is a date (2024年) rather than a quantity."""
    return clause[match.end() : match.end() + 1] == "年" and not match.group("unit")


_NOT_THE_INDICATOR = re.compile(r"贡献|比重|占|比例|之比|弹性|拉动|单位|每|因素|连续")


_LIST_MARKER = re.compile(r"^(?:——|—|-|[（(]?[一二三四五六七八九十\d]+[)）、.]|\s)*")


_SHARE_OF = re.compile(r"(?:占|与|相当于)$")


def starts_with_indicator(sentence: str) -> bool:
    """Return whether a sentence opens (after a list marker) with a canonical indicator name."""
    rest = sentence[_LIST_MARKER.match(sentence).end() :]
    return any(pattern.match(rest) for _, pattern, _ in _INDICATOR_RES)


def indicator_of(before: str, unit: str) -> tuple[str | None, int]:
    """Return the canonical indicator named closest before a figure and where its name starts.

    None when no known name fits the figure's unit; -1 then for the start.
    """
    name, start, _ = indicator_span(before, unit)
    return name, start


def indicator_span(before: str, unit: str) -> tuple[str | None, int, int]:
    """Return the canonical indicator named closest before a figure, where its name starts and
    where it ends (None, -1, -1 when no known name fits the figure's unit)."""
    best: tuple[int, int, str] | None = None
    for name, pattern, units in _INDICATOR_RES:
        if unit not in units:
            continue
        for m in pattern.finditer(before):
            if _NOT_THE_INDICATOR.search(before[m.end() :]) or _SHARE_OF.search(
                before[: m.start()]
            ):
                continue  # 经济增长的贡献率, 占国内生产总值的4%: a share of it, not it
            key = (m.end(), m.end() - m.start(), name)
            if best is None or key[:2] > best[:2]:
                best = key
    if best is None:
        return None, -1, -1
    return best[2], best[0] - best[1], best[0]


_SUBJECT_NOISE = re.compile(
    rf"^(?:——|—|-|[（(]?[一二三四五六七八九十\d]+[)）、.]|今年|明年|全年|其中|同时|另外|\d{{4}}年)+"
    rf"|(?:(?:比上年|同比|比\d{{4}}年)(?:预计)?|实际|名义|预期|计划|分别|要|拟|力争|争取|确保|按)"
    rf"|(?:{CHANGE_VERBS}|达到|定为|确定为|设定为|设定在|定在|为|是|控制在|保持在|稳定在|不低于|不少于|不高于|不超过|低于|高于|超过)+$"
)


def subject_of(before: str) -> str:
    """Return the subject phrase of a figure: the clause text before it, cue words removed."""
    text = re.sub(r"^.*(?:目标|指标)(?:是|为|定为)?", "", before) or before
    previous = None
    while previous != text:
        previous, text = text, _SUBJECT_NOISE.sub("", text).strip()
    return text[-16:]


def signed(value: float, verb_text: str, indicator: str | None) -> float:
    """Return the value with the sign its verb gives (下降0.7% -> -0.7; 能耗降低3% -> 3)."""
    declines = bool(re.search(f"(?:{DECLINE_VERBS})$", verb_text))
    if indicator in REDUCTION_INDICATORS:
        return -value if re.search("(?:增长|上升|提高)$", verb_text) else value
    return -value if declines else value


def verb_before(before: str) -> str:
    """Return the change verb right before a figure (with a qualifier between), or ""."""
    m = re.search(
        rf"({CHANGE_VERBS})(了|为|至|到|幅度为|控制在|保持在|{'|'.join(PREFIX_QUALIFIERS)})*$",
        before,
    )
    if not m or m.group(2) in ("至", "到", "为"):  # 回落到2.6% states a level, not a change
        return ""
    return m.group(1)
