"""Who holds a bare head or a part: what the clause or figure before names.

lib.quantities.indicators applies these after a figure's subject is read
(lib.quantities.subject_context): a bare head (投资, 产值) takes its holder
(水利建设，五年投资… -> 水利建设投资), and a count of a part ("…完工的有 N",
"属于地方的是 N") takes what it is a part of.
"""

from __future__ import annotations

import re

from lib.load.sentences import sentence_ends_between
from lib.quantities.subject_context import named_before
from lib.quantities.subject_heads import BARE_HEAD
from lib.quantities.subjects import noun_after

_COUNTED_KINDS = ("count", "measure", "money")


def with_holder(
    text: str, breaks: list[int], item: dict, clause_start: int, previous: dict | None
) -> str:
    """Return a bare head (投资, 产值) with what the clause before names (水利建设，五年投资…)
    or, in the same sentence, with the holder the figure before gave it (钢年产能力)."""
    if not BARE_HEAD.fullmatch(item["subject"]):
        return item["subject"]
    if text.startswith("的", item["end"]) and item["kind"] in _COUNTED_KINDS:
        noun = noun_after(text, item["end"] + 1)[0]  # 总投资为164亿元的…医疗救治体系
        if noun and not BARE_HEAD.search(noun) and not noun.startswith("有"):
            return noun + item["subject"]
    earlier = previous["subject"] if previous else ""
    same_sentence = previous is not None and not sentence_ends_between(
        text, previous["end"], item["start"]
    )
    if same_sentence and earlier.endswith(item["subject"]) and earlier != item["subject"]:
        return earlier
    named = named_before(text, breaks, clause_start, previous)
    heading = text[clause_start - 1 : clause_start] in ("：", ":")  # 钢：…的年产能力将为…
    sector = re.search(r"(?:业|建设|生产|工程|部门|企业)$", named)  # not 工业生产增长较快
    fits = len(named) <= 12 and not BARE_HEAD.search(named) and (sector or heading)
    return named + item["subject"] if named and fits else item["subject"]


# "…的有 N": those of the things named before that were built, fall in a class (…，在今年内可以建设
# 完工的有二十七个; 属于地方的是一百四十九个).
_OF_THOSE = re.compile(
    r"(?:其中)?(?P<what>[^，,；;。]*(?:完工|建成|投产|施工|开工|属于|分布在)[^，,；;。]{0,8})"
    r"的(?:(?:就|也|还|将|已|共|只)?(?:是|有))?"
)


def of_those(
    text: str, breaks: list[int], item: dict, clause_start: int, previous: dict | None
) -> str:
    """Return what a count "…完工的有 N" is a part of: what the clause or figure before names."""
    if item["kind"] != "count" or not _OF_THOSE.fullmatch(item["lead"].strip()):
        return item["subject"]
    if item["lead"].strip().endswith("的") and not re.match(r"[，,；;。]", text[item["end"] :]):
        return item["subject"]  # 全年建成的12个项目: the noun after names them
    named = named_before(text, breaks, clause_start, previous)
    same_sentence = previous is not None and not sentence_ends_between(
        text, previous["end"], item["start"]
    )
    if not named and same_sentence and previous["unit"] == item["unit"]:
        named = previous["subject"]  # 六百九十四个工业建设单位，分布在内地的将有四百七十二个
    return re.sub(r"^在(.{2,})中$", r"\1", named) or item["subject"]  # 在工业建设项目中
