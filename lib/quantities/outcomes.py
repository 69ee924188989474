"""Find the results a report states for the year before it: one row per canonical indicator.

A result is a figure of a canonical indicator (lib.quantities.target_text.INDICATORS) outside the
target sentences: 全年国内生产总值增长5.2%, 城镇新增就业1256万人, 居民消费价格上涨0.2%.

Conventions (each is tested in tests/test_targets.py):
- year is the year before the report's, unless the sentence names one (1997年国内生产总值 ...)
  or says 今年 (older reports were given at the end of the year they review).
- Left out: plan averages (年均增长), clauses about the future (要, 将, 力争, 预期, 目标 ...),
  other economies (世界, 全球 ...), lists read with 分别 (the pairing is not attempted), and
  figures whose unit does not fit the indicator (国内生产总值134.9万亿元 is a level, not growth).
- A mention of the target in the result (超过预期目标, 略低于8%的预定目标) gives versus_target
  (above, met, below) and, when it states one, stated_target.
- Each indicator and year is kept once, at its first statement in the text; within a sentence,
  a statement that names the indicator in its own clause wins over one that borrows it.
"""

from __future__ import annotations

import re

import pandas as pd

from lib.quantities.target_text import (
    PLAN_AVERAGE,
    SUFFIX_QUALIFIERS,
    clauses,
    figures,
    indicator_of,
    indicator_span,
    normalize,
    sentences,
    signed,
    verb_before,
)
from lib.quantities.targets import OUTCOME_MENTION, target_sentences

COLUMNS = [
    "indicator",
    "year",
    "value",
    "unit",
    "qualifier",
    "versus_target",
    "stated_target",
    "raw",
    "sentence",
]
# A sentence that plans (今年拟安排财政赤字 ...) states no result, whatever its clauses say.
_PLANNED = re.compile(r"拟|预算安排|今年安排")
_FUTURE = re.compile(
    r"今后|未来|要|将|力争|争取|确保|预期|目标|计划|安排|提出|预计到|预计今年|今年预计"
)
# Results over several years (五年来, 累计, 与2000年相比) are not the last year's result.
_PERIOD = re.compile(r"五年|累计|期间|以来|相比|[一二三四五六七八九十]五”?时期|“十[一二三四五]?五”")
# ... unless the paragraph turns to last year after them (“十二五”开局 ... 过去一年，...).
_LAST_YEAR = re.compile(r"过去一年|去年|一年来|全年|比上年|同比")
# A quarter or some months of this year (今年一季度, 1-11月) are not last year's result.
_PART_OF_YEAR = re.compile(
    r"^(?:今年|去年|全年)?(?:一季度|上半年|前三季度|[一二三四]季度|\d+-\d+月|前\d+个?月)"
)
_ELSEWHERE = re.compile(r"世界|全球|国际|发达|新兴|美国|欧元区|欧盟|日本")
# Between the indicator's name and its figure: a verb, 为, 达到, or nothing (城镇新增就业1256万人).
_LINK = re.compile(r"^[^，；。]{0,16}$")
_LINK_WORDS = re.compile(
    r"增|涨|降|升|减|提高|回落|为|达|是|在|超|突破|跃上|迈上|站上|创|不少于|^(?:人口|人数)?$"
)
# A figure after 从/由 is where a change started (失业率从上半年5.5%降至5.2%), not the result.
_FROM = re.compile(r"[从由][^，；。]{0,6}$")
_CHANGE_ONLY = re.compile(
    r"^(?:按可比价格计算|扣除价格因素|比上年|同比|实际|名义|全年)*(?:增长|增加|上涨|下降|提高)$"
)
_YEAR = re.compile(r"(?<!比)(?<![\d])(\d{4})年(?!以来|前|代|底|末|初)")
_VERSUS = {
    "above": r"超过|超出|高于|好于|快于",
    "below": r"低于|慢于|未达到|没有达到",
    "met": r"达到|完成|实现|接近",
}


def _outcome_year(before_in_sentence: str, year: int | None) -> int | None:
    named = [int(y) for y in _YEAR.findall(before_in_sentence)]
    if named and (year is None or named[-1] <= year):
        return named[-1]
    if year is None:
        return None
    return year if "今年" in before_in_sentence else year - 1


def _versus(mention: str) -> tuple[str, float | None]:
    """Return how a mention places the result against its target, and the target it states."""
    found = figures(mention)
    stated = found[0].low if found else None
    for label, pattern in (("below", _VERSUS["below"]), *_VERSUS.items()):
        if re.search(pattern, mention):
            return label, stated
    return "", stated


def _named_before(before: str, unit: str, previous: str) -> tuple[str | None, str]:
    """Return the indicator of a figure and the words between its name and the figure.

    A clause that only says how the thing named earlier in the sentence changed (国内生产总值
    达到43800亿元，按可比价格计算，比上年增长11.8%) takes its name from there.
    """
    indicator, start, end = indicator_span(before, unit)
    if indicator is not None:
        if _ELSEWHERE.search(before[:start]):
            return None, ""
        return indicator, before[end:]
    indicator, start = indicator_of(previous, unit)
    if indicator is None or _ELSEWHERE.search(previous[:start]) or not _CHANGE_ONLY.match(before):
        return None, ""
    return indicator, before


def _clause_outcomes(
    clause: str, offset: int, sentence: str, year: int | None, previous: str, context: str
) -> list[dict]:
    if PLAN_AVERAGE.search(clause) or "分别" in clause or OUTCOME_MENTION.search(clause):
        return []
    if _PART_OF_YEAR.search(clause):
        return []
    rows = []
    for figure in figures(clause):
        before = clause[: figure.start]
        so_far = _LAST_YEAR.split(context + sentence[: offset + figure.start])[-1]
        planned = _PLANNED.search(sentence[: offset + figure.start])
        if planned or _FUTURE.search(before) or _PERIOD.search(so_far) or _FROM.search(before):
            continue
        indicator, link = _named_before(before, figure.unit, previous)
        if indicator is None or not _LINK.match(link) or not _LINK_WORDS.search(link):
            continue
        start = max(0, figure.start - 24)
        after = clause[figure.end :]
        qualifier = next((q for q in SUFFIX_QUALIFIERS if after.startswith(q)), "")
        value = signed(figure.low, verb_before(before), indicator)
        rows.append(
            {
                "indicator": indicator,
                "year": _outcome_year(sentence[: offset + figure.start], year),
                "value": value,
                "unit": figure.unit,
                "qualifier": qualifier,
                "versus_target": "",
                "stated_target": None,
                "raw": clause[start : figure.end + len(qualifier)],
                "sentence": sentence,
                "_at": offset + figure.start,
                "_borrowed": not indicator_of(before, figure.unit)[0],
            }
        )
    return rows


def _attach_mentions(sentence: str, rows: list[dict]) -> None:
    """Give each mention of a target to the result before it in the sentence (else after it)."""
    for mention in OUTCOME_MENTION.finditer(sentence):
        if not rows:
            return
        before = [r for r in rows if r["_at"] < mention.start()]
        row = before[-1] if before else rows[0]
        row["versus_target"], row["stated_target"] = _versus(mention.group())


def _sentence_outcomes(sentence: str, year: int | None, context: str) -> list[dict]:
    """Return the results of one sentence; `context` is its paragraph up to it (这五年，...)."""
    rows, previous = [], ""
    for offset, clause in clauses(sentence):
        rows += _clause_outcomes(clause, offset, sentence, year, previous, context)
        previous = sentence[: offset + len(clause)]
    _attach_mentions(sentence, rows)
    return rows


def extract_outcomes(text: str, year: int | None = None) -> pd.DataFrame:
    """Return one row per result the text states for a canonical indicator (see module notes)."""
    targets = {sentence for sentence, _ in target_sentences(text)}
    rows = []
    for paragraph in normalize(text).split("\n"):
        context = ""
        for sentence in sentences(paragraph):
            if sentence not in targets:
                rows += _sentence_outcomes(sentence, year, context)
            context += sentence
    table = pd.DataFrame(rows, columns=[*COLUMNS, "_at", "_borrowed"])
    # within a sentence, a result named in its own clause wins over one that borrows the name
    # of a clause before; across sentences the first statement wins
    table["_n"] = table["sentence"].ne(table["sentence"].shift()).cumsum()
    table = table.sort_values(["_n", "_borrowed"], kind="stable")
    table = table.drop_duplicates(["indicator", "year"]).drop(columns="_n")
    table = table.sort_index()  # back to reading order
    table = table.drop(columns=["_at", "_borrowed"]).reset_index(drop=True)
    table["year"] = table["year"].astype("Int64")
    table["stated_target"] = table["stated_target"].astype(float)
    return table
