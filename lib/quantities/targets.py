"""Find the targets a report sets (主要预期目标): one row per target, with its bounds and form.

The target passage is found by its wording, not by a heading: a sentence is a target sentence
when it holds a cue (预期目标, 主要目标, 调控目标, 计划要求, 预定, 按…安排, 力争 ...) outside a
mention of a past target (超过预期目标, 略低于8%的预定目标 are results, see
lib.quantities.outcomes). A cue sentence that ends with "：" or "如下" continues over the next
lines (a list of targets one a line) while they hold figures.

Conventions (each is tested in tests/test_targets.py):
- low == high for a point target; a range has low < high; floors (以上, 不低于, 超过) and
  ceilings (以内, 以下, 不超过, 控制在 without 左右) are `bound` floor / ceiling.
- qualifier lists the words around the figure joined by "+" (控制在+以内); 按增长5%安排 gives
  按…安排, and a following "在实际工作中争取更好结果" adds 争取更好结果 to the target before it.
- kind is "annual" or "plan" (a plan average: 年均增长7%); year is the year the target is for
  (the report's year, the next one after 明年, or the year the sentence names).
- A clause with no subject of its own (力争6%) takes the indicator of the target before it.
"""

from __future__ import annotations

import re

import pandas as pd

from lib.quantities.target_text import (
    CEILING_WORDS,
    FLOOR_WORDS,
    PLAN_AVERAGE,
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    clauses,
    figures,
    indicator_of,
    normalize,
    sentences,
    signed,
    starts_with_indicator,
    subject_of,
    verb_before,
)

COLUMNS = [
    "indicator",
    "subject",
    "kind",
    "year",
    "low",
    "high",
    "unit",
    "qualifier",
    "bound",
    "raw",
    "sentence",
]
TARGET_CUE = re.compile(
    r"预期目标|预期指标|预期性指标|主要目标|调控目标|计划要求|计划指标|主要指标|预期为|预期增长"
    r"|预定|计划(?:国内|国民|增长)|目标(?:是|为|定为)|按[^，；。]{0,15}安排|力争"
    r"|(?:要|确保|努力)实现[^，；。]{0,20}目标"
)
# A mention of a past target inside a result: it makes no sentence a target sentence.
# 实现/完成/达到 make a mention only right before the target (实现2035年远景目标 is a plan).
OUTCOME_MENTION = re.compile(
    r"(?:超过|超出|高于|低于|好于|快于|慢于|未达到|没有达到|接近)"
    r"[^，；。]{0,12}?(?:预期|预定|计划|年初|既定)?目标"
    r"|(?:达到|完成|实现)了?[^，；。]{0,6}?(?:预期|预定|既定|确定|年初|全年|各项)[^，；。]{0,6}?目标"
)
_PLAN_FUTURE = re.compile(r"今后|未来|预期|目标|力争|规划|纲要|期间|将保持|要保持|到\d{4}年")
_PLAN_PAST = re.compile(r"过去|以来|五年来|这五年|回顾|实现了|达到了|相比|增加到|跃升|取得")
# A figure compared with last year (比去年多100万人) or a running total (累计) is not a target.
# A past tense (增长了, 超额完成, 已经) marks a result quoted inside a target sentence.
_NOT_A_TARGET = re.compile(
    r"比(?:去年|上年|\d{4}年)[^，；。]*(?:多|增加|减少|少|高|低|提高|降低)$|累计|了$|超额完成|已经|年比"
)
_BETTER_RESULT = re.compile(r"争取更好|更好结果|争取更优|更优水平|力争更好|力争更快")
_CONTINUES = re.compile(r"(?:[：:]|如下[。：:]?)$")
_TARGET_YEAR = re.compile(
    r"(?<!比)(?<!\d)(\d{4})年(?:的)?(?:国民经济|经济社会|计划|主要|发展|预期|目标|经济)"
)
MAX_LIST_LINES = 15
# The wording that announces targets (主要预期目标是：), and past tense in a sentence after it.
_LIST_CUE = re.compile(r"目标(?:是|为|定为|建议为)|目标[：:]")
_PAST = re.compile(r"比上年|上年|去年|了|已经|完成")
# What a previous figure of the same clause leaves before the next one (左右、力争7%).
_LEADING_LEFTOVER = re.compile(r"^(?:左右|以上|以内|以下|[、和及或])+")


def is_target_sentence(sentence: str, context: str = "") -> bool:
    """Return whether a (normalized) sentence sets targets, by its wording.

    `context` is the paragraph before the sentence: an average in a paragraph that reviews
    the past (过去五年，...) is a result, not a plan target.
    """
    rest = OUTCOME_MENTION.sub("", sentence)
    if TARGET_CUE.search(rest):
        return True
    return bool(PLAN_AVERAGE.search(rest) and _is_plan(rest) and not _PLAN_PAST.search(context))


def _is_plan(text: str) -> bool:
    # 年均增长5%左右 (an approximate average) is a plan even without a word for the future
    future = _PLAN_FUTURE.search(text) or re.search(r"(?:年均|平均每年)[^，；。]{0,12}%左右", text)
    return bool(future) and not _PLAN_PAST.search(text)


def _has_figure(sentence: str) -> bool:
    return any(figures(c) for _, c in clauses(sentence))


def _opens_list(line: str) -> bool:
    """Return whether a target sentence opens a list on the lines after it.

    It does when it ends in "：" or "如下", or when it is a short line without a figure and
    without a full stop: a heading in the report's own words (今年主要预期目标).
    """
    if not TARGET_CUE.search(line):
        return False
    heading = len(line) <= 40 and not line.endswith("。") and not _has_figure(line)
    return bool(_CONTINUES.search(line)) or heading


def target_sentences(text: str) -> list[tuple[str, str]]:
    """Return (sentence, lead) for the target sentences of a text.

    List lines after a sentence that opens a list (see `_opens_list`) are included, with that
    sentence as their lead (it may name the year); so are the sentences of the same paragraph
    after a target sentence that open with an indicator (...增长5%左右。城镇调查失业率5.5%左右。).
    A target sentence is its own lead.
    """
    found, lines, contexts = [], [], []
    for paragraph in normalize(text).split("\n"):
        context = ""
        for sentence in sentences(paragraph):
            lines.append(sentence)
            contexts.append(context)
            context += sentence
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not is_target_sentence(line, contexts[index - 1]):
            continue
        found.append((line, line))
        while (
            index < len(lines)
            and contexts[index]  # same paragraph
            and _LIST_CUE.search(line)
            and starts_with_indicator(lines[index])
            and not _PAST.search(lines[index])
            and _has_figure(lines[index])
        ):
            found.append((lines[index], line))
            index += 1
        if not _opens_list(line):
            continue
        for follower in lines[index : index + MAX_LIST_LINES]:
            if is_target_sentence(follower) and _CONTINUES.search(follower):
                break
            has_figure = _has_figure(follower)
            # a line without a figure ends the list, unless it is an item of it (ends in ；)
            if not has_figure and not follower.endswith(("；", ";")):
                break
            if has_figure and not OUTCOME_MENTION.search(follower):
                found.append((follower, line))
            index += 1
    return found


def _qualifiers(before: str, after: str) -> list[str]:
    """Return the qualifier words around a figure, in reading order."""
    tail = before[-8:]
    words = [q for q in PREFIX_QUALIFIERS if q in tail]
    words.sort(key=tail.rfind)
    if "按" in before and re.match(r"(?:左右|以上|以内)?安排", after):
        words.append("按…安排")
    for suffix in SUFFIX_QUALIFIERS:
        if after.startswith(suffix):
            words.append(suffix)
            break
    # 低于 inside 不低于 is the same word read twice
    return [w for w in words if not any(w != o and w in o for o in words)]


def _suffix_length(after: str) -> int:
    """Return how many characters after a figure belong to it (左右, 以上, 安排)."""
    m = re.match(r"%?(?:左右|以上|以内|以下|上下|或者更多一些|或更多)?(?:安排)?", after)
    return m.end()


def _bound(low: float, high: float, words: list[str]) -> str:
    if high != low:
        return "range"
    if FLOOR_WORDS.intersection(words):
        return "floor"
    if CEILING_WORDS.intersection(words) and "左右" not in words:
        return "ceiling"
    return "point"


def _year_of(lead: str, before_figure: str, year: int | None) -> int | None:
    named = _TARGET_YEAR.findall(before_figure) or _TARGET_YEAR.findall(lead)
    if named:
        return int(named[-1])
    if year is None:
        return None
    return year + 1 if "明年" in before_figure else year


def _sentence_targets(sentence: str, lead: str, year: int | None) -> list[dict]:
    """Return the target rows of one target sentence (lead: the sentence opening its list)."""
    rows: list[dict] = []
    plan_only = not TARGET_CUE.search(OUTCOME_MENTION.sub("", lead))
    previous_bare = ""  # a clause without figures may name the subject of the next one
    for offset, clause in clauses(sentence):
        found = figures(clause)
        if OUTCOME_MENTION.search(clause) or (plan_only and not PLAN_AVERAGE.search(clause)):
            continue
        if not found:
            if rows and _BETTER_RESULT.search(clause):
                words = [rows[-1]["qualifier"], "争取更好结果"]
                rows[-1]["qualifier"] = "+".join(filter(None, words))
            previous_bare = clause
            continue
        cursor = 0
        for figure in found:
            before = re.sub(_LEADING_LEFTOVER, "", clause[cursor : figure.start])
            after = clause[figure.end :]
            indicator, _ = indicator_of(before, figure.unit)
            if "分别" in clause and len(found) > 1:
                indicator = None  # 城乡居民收入分别增长6%和8%: the pairing is not attempted
            subject = subject_of(before)
            if not subject and not indicator and previous_bare and not cursor:
                indicator, _ = indicator_of(previous_bare, figure.unit)
                subject = subject_of(previous_bare)
            if not subject and not indicator and rows:
                indicator, subject = rows[-1]["indicator"], rows[-1]["subject"]
            if (not subject and not indicator) or _NOT_A_TARGET.search(before):
                cursor = figure.end
                continue
            words = _qualifiers(before, after)
            verb = verb_before(before)
            low = signed(figure.low, verb, indicator)
            high = signed(figure.high, verb, indicator)
            low, high = min(low, high), max(low, high)
            rows.append(
                {
                    "indicator": indicator or subject,
                    "subject": subject,
                    "kind": "plan" if PLAN_AVERAGE.search(clause) else "annual",
                    "year": _year_of(lead, sentence[: offset + figure.start], year),
                    "low": low,
                    "high": high,
                    "unit": figure.unit,
                    "qualifier": "+".join(words),
                    "bound": _bound(low, high, words),
                    "raw": clause[cursor : figure.end + _suffix_length(after)].strip(),
                    "sentence": sentence,
                }
            )
            cursor = figure.end
        previous_bare = ""
    return rows


def extract_targets(text: str, year: int | None = None) -> pd.DataFrame:
    """Return one row per target the text sets (see the module notes), in reading order.

    A target stated twice (the list, then an explanation) is kept once, at its first statement.
    """
    rows = [row for s, lead in target_sentences(text) for row in _sentence_targets(s, lead, year)]
    table = pd.DataFrame(rows, columns=COLUMNS)
    table = table.drop_duplicates(["indicator", "kind", "year", "low", "high", "unit"])
    table["year"] = table["year"].astype("Int64")
    return table.reset_index(drop=True)
