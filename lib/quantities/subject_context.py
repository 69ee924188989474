"""Where a figure's subject stands: before its verb, after its measure word, in the clause before.

lib.quantities.indicators walks the figures of a text in order; for each, read_subject and
subject_elsewhere choose where to read the subject, and lib.quantities.subjects reads it there.
"""

from __future__ import annotations

import bisect
import re

from lib.quantities.spans import alternation
from lib.quantities.subject_heads import FUNDING_AT_END, PURPOSE
from lib.quantities.subjects import (
    CIRCUMSTANCE_AT_END,
    MAKING_VERBS,
    SHARE_OF_PREVIOUS,
    VERB_FRAGMENT,
    noun_after,
    phrase_after,
    subject_from_lead,
    without_circumstance,
    without_fragment_words,
)

# The direction of each change verb: +1 up, -1 down (indicators' change column keeps the verb).
CHANGE_DIRECTION = {
    **dict.fromkeys(
        (
            "增长 增加 提高 提升 上升 上涨 新增 扩大 高于 快于 高出 超出 上调 加快 增 涨 "
            "递增 增产 增收"
        ).split(),
        1,
    ),
    **dict.fromkeys(
        (
            "下降 减少 降低 回落 下滑 下跌 缩减 缩短 缩小 压减 压缩 削减 低于 慢于 下调 放缓 "
            "负增长 减 降 递减 减产 减收 精简"
        ).split(),
        -1,
    ),
}


# "增加到2002年的4.1万亿元": a year may sit between the verb and the level it reached.
YEAR_OF = r"(?:(?:[0-9０-９]{4}年|去年|上年|今年)[底末初]?的)?"
CHANGE_AT_END = re.compile(
    rf"(?P<verb>{alternation(CHANGE_DIRECTION)})了?(?P<to>到|至|为)?达?{YEAR_OF}"
    r"(?:每人|每年|每月|每户|每生|人均)*$"
)
_COUNTED_KINDS = ("count", "measure", "money")
# The head noun of the last of several classes (…百亿级产业集群) which the first ones leave out.
_ELIDED_HEAD = re.compile(r"[^。；;！？]{0,30}?级(?P<head>[\u4e00-\u9fff]{2,8}?)(?=[，,。；;、]|$)")
_INSIDE_CIRCUMSTANCE = re.compile(r"[^，,；;。]{0,8}?的?(?:情况|背景|前提|形势)下")
# A level stated before the figure (达到, 为, 占): the subject is before it, whatever follows.
_LEVEL_AT_END = re.compile(
    r"(?:达到|达|为|是|到|至|占|约为|超过|突破|高达|多达|保持在|控制在|稳定在|总计|共计|合计)$"
)
# A year between 由/到 and the figure (由一九八○年的三千二百万亩增加到一九八五年的一亿亩).
_YEAR_BEFORE = r"(?:(?:[0-9０-９]{4}|[一二三四五六七八九〇○零]{4})年[底末初]?的?)?"
_TO_AT_END = re.compile(rf"[为到至]{_YEAR_BEFORE}$")
# A verb of merging between two counts of one thing (188个园区整合优化为120个).
_MERGED_INTO = re.compile(r"(?:整合|优化|合并|撤并|归并|压减|精简|调整|缩减)+[为到至]")
_PEOPLE = ("人", "人次", "户", "", "名")  # a count of people: what they do may name it
_SHARES = ("%", "％", "成", "分之", "百分之", "/")
# A lead that names no thing, only where (全省三分之一的县), a bare 有/实现, or nothing at all.
_PLACE_ONLY = re.compile(r"(?:全国|全省|全市|全区|全县|各地|其中)?(?:已经?有|有|实现|达到)?")
_CONDITION = re.compile(
    r"如果|假如|只要|只有|为了|要是|倘若|虽然|尽管|但|即使|包括|不包括|按照?|扣除|其中|由于|因为|根据|.*[0-9０-９]"
    r"|.*[一二两三四五六七八九十][十百千万亿]"
)
# A clause of only a time and 有 (一九五二年有十九万人): the clause before names what is counted.
_TIME_AND_HAD = re.compile(
    r"(?:到了?|在)?(?:[0-9０-９]{4}年|[一二三四五六七八九〇○零]{4}年)[底末初]?(?:已经?|共|还|只|才)?有"
)
# A clause that only says why (由于不合理运输的减少) stands between a subject and its figure.
_BECAUSE = re.compile(r"由于|因为|按照|根据|不包括")
_DATE = re.compile(
    r"(?:[0-9０-９]{4}|[一二三四五六七八九〇○零]{4})年[底末初]?|[0-9０-９]{1,2}月份?"
)
# How a change came about, after the noun of the clause before (预算外资金也大幅度增加).
_TRAILING_MANNER = re.compile(
    r"(?:不仅|不但)?(?:没有|未)?(?:也|还|又|都|均)?(?:大幅度|较大幅度|大幅|明显|稳步|持续|继续|较快|迅速)?"
    rf"(?:{alternation(CHANGE_DIRECTION)})?了?$"
)


# What a figure before 的 may size without being what is measured (一亿吨的水平, …斤的指标).
_GENERIC_AFTER = re.compile(
    r"水平|指标|要求|目标|标准|程度|规模|任务|计划|幅度|主要|大部分|部分|占"
)


def start_of_clause(breaks: list[int], position: int) -> int:
    """Return where the clause holding `position` starts, given the sorted clause-break ends."""
    before = bisect.bisect_right(breaks, position)
    return breaks[before - 1] if before else 0


def read_subject(text: str, item: dict, lead: str, clause: str, previous: dict | None) -> str:
    """Return the subject of one figure: its list item, the noun after it or the clause's."""
    verb = CHANGE_AT_END.search(lead)
    before_verb = lead[: verb.start()] if verb else lead
    subject = subject_from_lead(before_verb)
    verb_only = verb is not None and not subject and item["kind"] in _COUNTED_KINDS
    lasting = re.search(r"(?:长|宽|高|深)达$|历时$|历经$|经过$", lead)
    if lasting and text.startswith("的", item["end"]):  # 长达4000公里的输气管道, 历时两年的普查
        noun = noun_after(text, item["end"] + 1, modified=True)[0]
        if noun:
            return noun
    reached = re.search(r"(?:采集|收集|捕获|到达|抵达|下潜)到?了?$|^\s*在$", before_verb)
    named_none = not subject or reached or subject == "原价"
    if item["kind"] in ("measure", "price") and text.startswith("的", item["end"]) and named_none:
        noun = noun_after(text, item["end"] + 1, modified=True)[0]  # 采集到200公斤以上的火山岩样品
        noun = re.sub(
            r"[一二三四五六七八九十百千万两]+[个座台项家所条]$", "", noun
        )  # …火电站四十五个
        if len(noun) >= 2 and not _GENERIC_AFTER.match(noun):
            return noun + "原价" if subject == "原价" else noun  # 原价69.5元的酸奶 -> 酸奶原价
    planned = re.search(r"(?:完成了?|超额完成|超过)(?:原定|年度?|全年)?的?计划的?$", before_verb)
    if planned:  # 全国工业总产值完成了原定计划的101%: a share of the plan, of what is before
        return subject_from_lead(before_verb[: planned.start()])
    rate = re.match(r"的(税率|利率|费率|汇率|增长率|增速)", text[item["end"] :])
    if rate and item["kind"] == "percent" and subject and not verb:  # 行业现行16%的税率
        return subject + rate[1]
    purpose = PURPOSE.match(text, item["end"]) if FUNDING_AT_END.search(before_verb) else None
    if purpose and item["kind"] == "money":  # 筹措310亿元实施健康惠民工程: what the money is for
        noun = noun_after(text, purpose.end())[0]
        if noun:
            return noun
    if item["kind"] == "measure" and re.search(r"(?:年|日)产(?:能力)?$", before_verb):
        of = item["end"] + text.startswith("的", item["end"])  # 年产五万吨合成氨的氮肥厂
        noun = noun_after(text, of, modified=of == item["end"])[0]
        if noun:
            return noun
    share_of_next = item["kind"] in ("percent", "fraction") and item["unit"] in _SHARES
    named_none = _PLACE_ONLY.fullmatch(subject) or VERB_FRAGMENT.fullmatch(subject)
    # 要团结百分之九十五以上的干部, 把三分之一的企业建成…: a share of those the verb acts on
    acted_on = re.match(
        r"(?:我们|我国人民|人民|各地|全国)?(?:要|必须|应当|应该|保证|力争|争取)", before_verb
    )
    acted_on = acted_on or re.search(r"[把将]$", before_verb)
    if share_of_next and not verb and acted_on and text.startswith("的", item["end"]):
        noun = noun_after(text, item["end"] + 1)[0]
        if noun:
            return noun
    if share_of_next and not verb and named_none:
        of = item["end"] + text.startswith("的", item["end"])  # 60%公办中小学校, 三分之一的县
        noun = noun_after(text, of, modified=of > item["end"])[0]
        if noun:
            return noun
    from_lead = rf"[由从](?:居|位居)?(?:世界|全国|全省|全市)?{_YEAR_BEFORE}$"
    if previous and re.search(from_lead, previous["lead"]) and re.search(_TO_AT_END, lead):
        return previous["subject"]  # 由71所优化整合为47所, 从居世界第三十九位跃升到第二位
    if previous and previous["unit"] == item["unit"] and _MERGED_INTO.fullmatch(lead):
        return previous["subject"]
    from_to = re.search(r"[由从]$", before_verb)  # 中职学校由71所优化整合为47所: not 优化整合
    if item["kind"] == "count" and not (verb or from_to or _LEVEL_AT_END.search(before_verb)):
        # 设置13个国家医学中心, 香港、澳门两个特别行政区: the noun after the measure word
        noun, after = noun_after(text, item["end"], modified=True)
        elided = _ELIDED_HEAD.match(text, after) if noun.endswith("级") else None
        noun += elided["head"] if elided else ""  # 3个千亿级、2个百亿级产业集群: 千亿级产业集群
        if noun and text[item["end"] : item["end"] + 1] != "的":
            item["_after"] = after
            return noun
    disposal = re.search(r"(?:[把将使让向对给同]|至于)$", before_verb)  # 把14亿多中国人的饭碗
    if (
        MAKING_VERBS.search(before_verb)
        or (not subject and previous and previous["_after"])
        or verb_only  # 增加500万沼气用户, 新增8000万吨标准煤的节能能力
        or disposal
    ):
        after, item["_after"] = noun_after(text, item["end"], modified=bool(disposal))
        subject = after or subject
        return _after_fragment(text, item, subject) if VERB_FRAGMENT.fullmatch(subject) else subject
    from_clause = re.search(r"[由从]", before_verb)  # 覆盖人数，由年初的400多万人扩大到…
    if not (subject or verb or from_clause) and item["kind"] == "count" and item["unit"] in _PEOPLE:
        found = noun_after(text, item["end"], modified=True)[0] or phrase_after(text, item["end"])
        if found:  # 641万人领取养老金: what those counted do, not the figure before
            return found
    if "在" in before_verb and _INSIDE_CIRCUMSTANCE.match(text, item["end"]):
        return subject_from_lead(before_verb.rsplit("在", 1)[-1])  # 在对美贸易下降超3成的情况下
    if CIRCUMSTANCE_AT_END.search(before_verb):
        trimmed = without_circumstance(clause)
        if trimmed is not None:  # 在对美贸易下降超3成的情况下增长12%: the subject is before 在
            verb = CHANGE_AT_END.search(trimmed)
            return subject_from_lead(trimmed[: verb.start()] if verb else trimmed)
    if not subject and item["kind"] == "rank" and previous and previous["kind"] == "streak":
        return previous["subject"]  # 制度创新指数连续五年排名全国第三: what the streak keeps
    if not subject and item["kind"] == "rank":  # 世界排名由第十位上升到第五位
        ranking = re.search(r"[^，,；;。]{0,8}排名", before_verb)
        return ranking.group() if ranking else ""
    if not subject and item["kind"] == "streak":  # 连续三年提高基本养老金: what was kept up
        return re.sub(
            r"^(?:进一步|持续|稳步|大幅度?|较大幅度)", "", phrase_after(text, item["end"], 20)
        )
    return _after_fragment(text, item, subject) if VERB_FRAGMENT.fullmatch(subject) else subject


def population(item: dict) -> None:
    """Name a count written in 人口 (我国有十亿多人口) as population, unless a noun after it
    is what it counts (千万人口规模的全员核酸检测)."""
    counted_after = item["_after"] > item["end"]
    if item["unit"] == "人口" and not counted_after and not item["subject"].endswith("人口"):
        item["subject"] = "人口"


def _after_fragment(text: str, item: dict, fragment: str) -> str:
    """Return what a figure after a bare verb (设置, 向, 引导) counts: the noun after it, or what
    those counted do (1亿人在中西部地区就近城镇化), or the verb alone."""
    if not fragment:
        return ""
    noun, item["_after"] = noun_after(text, item["end"])
    if noun:
        return noun
    if item["kind"] == "count" and item["unit"] in _PEOPLE:
        return phrase_after(text, item["end"]) or without_fragment_words(fragment)
    return without_fragment_words(fragment)


def named_before(text: str, breaks: list[int], clause_start: int, previous: dict | None) -> str:
    """Return what the clause before this one names, when it holds no figure of its own."""
    if clause_start == 0 or text[clause_start - 1] not in "，,：:":
        return ""
    before_start = start_of_clause(breaks, clause_start - 1)
    if previous is not None and previous["end"] > before_start:
        return ""
    named = text[before_start : clause_start - 1]
    undated = _DATE.sub("", named.strip())  # a date (1955年全国…, 从7月份开始) is not a figure
    if _CONDITION.match(undated):
        return ""  # 如果能够加速周转: a condition; 达到三千万担: a figure not read as one
    named = re.sub(r"(?:全面|正式)?(?:启动实施|启动|实施|出台|印发|落地|推进|开展)$", "", named)
    named = CHANGE_AT_END.sub("", named)
    stripped = without_circumstance(named)  # 在这一新的基础上，又比上年增加了: no noun at all
    named = named if stripped is None else stripped
    named = subject_from_lead(_TRAILING_MANNER.sub("", named))
    return "" if VERB_FRAGMENT.fullmatch(named) else named


def subject_elsewhere(
    text: str, breaks: list[int], item: dict, clause_start: int, previous: dict | None
) -> str:
    """Return a subject from the clause before (…比重，由44%提高到45%) or the noun after, or ""."""
    lead = text[clause_start : item["start"]].strip()
    # 在调整初期由…, 计划由一九八○年的…增加到…
    if re.match(
        r"(?:将|则|也|已经?|又|相应地?|计划|预计|力争|要|在[^，,；;。由从]{1,8}?)?[由从]", lead
    ):
        named = named_before(text, breaks, clause_start, previous)
        if named:
            return named
    noun = ""
    if item["unit"] not in ("%", "％", "个百分点", "百分点", "倍", "成"):
        noun = noun_after(text, item["end"], modified=True)[0]  # 600多万香港人
        if not noun and item["kind"] == "count" and item["unit"] in _PEOPLE:
            noun = phrase_after(text, item["end"])  # 641万人领取养老金: what those counted do
    # …的产量，比上年增加X; 棉花：达到X: a clause of only a verb and a figure measures what the
    # clause before it names.
    verb_only = (
        CHANGE_AT_END.search(lead)
        or _LEVEL_AT_END.search(lead)
        or lead.endswith("安排")
        or SHARE_OF_PREVIOUS.fullmatch(lead)  # …的支出，共占本年支出的10.87%
        or _TIME_AND_HAD.fullmatch(lead)  # 高等学校的学生，一九五二年有十九万人
    )
    if noun or not verb_only or item["kind"] in ("duration", "streak", "rank"):
        return noun
    named, start = named_before(text, breaks, clause_start, previous), clause_start
    while not named and start > 0 and clause_start - start < 40:
        # 小麦的亩产量在八年内，按照各地情况，分别达到…; 货物周转量，由于…的减少，比上年只增长了:
        # past the clauses that name no subject
        start = start_of_clause(breaks, start - 1)
        if not (lead.startswith("分别") or _BECAUSE.match(text, start)):
            break
        named = named_before(text, breaks, start, previous) if start else ""
    return named
