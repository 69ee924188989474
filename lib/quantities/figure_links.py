"""What a figure takes from the figures beside it: a rank, a gap, a total, a list's items.

lib.quantities.indicators reads each figure's subject from its own clause; the patterns here
say when a clause only qualifies the figure before it (，居全国城市前10位; 增速比全省高1.9个百分点;
总数达到96家; 恢复到2019年的112% is in lib.quantities.subjects), and pair a list of figures with
the subjects named before it (化肥产量X，农药产量Y，分别增长a和b; 60%以上的税收、70%以上的…).
"""

from __future__ import annotations

import re

from lib.load.sentences import sentence_ends_between
from lib.quantities.subjects import COMPARISON

LIST_GAP = re.compile(r"[、和及与或]|以及|[ ]")
# 增速比全省高1.9个百分点: the gap of the figure before, against what follows 比.
_COMPARED_BY_BI = re.compile(
    r"(?P<before>增速|增幅|涨幅)?比(?P<reference>[^，,；;。]{1,8}?)(?P<verb>高出?|低|快|慢)了?"
)


def comparison(lead: str) -> re.Match | None:
    """Return a comparison with another figure (高于全国…, 增速比全省高…), or None."""
    return COMPARISON.match(lead) or _COMPARED_BY_BI.fullmatch(lead)


# Between two shares of a list: the first's noun and a joint (的税收、 / 的技术创新成果和).
_SHARE_GAP = re.compile(r"的(?P<noun>[\u4e00-\u9fff“”]{2,12}?)(?:、|和|及|以及)")
_SHARE_NOUN = re.compile(r"的(?P<noun>[\u4e00-\u9fff“”]{2,12}?)(?=[，,；;。、和及]|$)")
# A total that refers back to what the figure before it measured (总数达到96家).
BACK_REFERENCE = re.compile(r"总数|总量|总额|总计|总规模|总里程")
# What a streak keeps up when it is the figure before it (连续5年稳定达标, 连续三年居全国第一).
SAME_QUANTITY_KEPT = re.compile(r"(?:稳定|保持|居|位居|位列|排名|达标|增长|提高|下降|实现正增长)")
# By how much the figure before exceeds a plan (，超过第一个五年计划总投资额百分之十四点一).
EXCEEDED = re.compile(r"(?:但是?)?(?:还|也|又|已|均)?超过了?(?P<reference>[^，,；;。]{2,}?)")
# A clause that only ranks the figure before it (，居全国城市前10位): the same subject.
RANK_OF_PREVIOUS = re.compile(
    r"(?:增速|增幅|规模|总量|总额)?(?:首次|连续[^，,；;。]{1,4}年)?(?:均|并|且|已|分别)?(?:位|排|列)?"
    r"(?:居|列|排名|排在|排(?![名在])|跃居|稳居|位居|升至|跻身)(?P<reference>[^，,；;。]{0,8})"
)


def earlier_subjects(text: str, found: list[dict], position: int, clause_start: int) -> list[str]:
    """Return the subjects of the figures before this clause in its sentence, first ones first."""
    subjects: list[str] = []
    for earlier in found[:position]:
        same_sentence = not sentence_ends_between(text, earlier["end"], clause_start)
        if same_sentence and earlier["end"] <= clause_start and earlier["subject"]:
            if earlier["subject"] not in subjects:
                subjects.append(earlier["subject"])
    return subjects


def list_length(text: str, found: list[dict], position: int) -> int:
    """Return how many figures a list starting at `position` holds (分别增长8.2%和10.5% -> 2)."""
    length = 1
    while position + length < len(found):
        gap = text[found[position + length - 1]["end"] : found[position + length]["start"]]
        if not LIST_GAP.fullmatch(gap):
            break
        length += 1
    return length


def shares_of_listed_nouns(text: str, found: list[dict]) -> None:
    """Give each share of a list "60%以上的税收、70%以上的技术创新成果和80%…的就业" its noun."""
    for position, item in enumerate(found[:-1]):
        after = found[position + 1]
        gap = _SHARE_GAP.fullmatch(text, item["end"], after["start"])
        shares = item["kind"] == after["kind"] == "percent"
        if gap and shares and text.startswith("的", after["end"]):
            item["subject"] = gap["noun"]
            following = _SHARE_NOUN.match(text, after["end"])
            after["subject"] = following["noun"] if following else after["subject"]
