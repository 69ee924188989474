"""Find the figures of a 成绩单 (achievement report): one row per stated quantity.

Conventions (each is tested in tests/test_indicators.py; lib.quantities.spans finds the
figures, lib.quantities.subjects reads what they measure):
- value is in base units with the multiplier applied (1587亿元 -> 1.587e11); percent values are
  in percent (3.9% -> 3.9, 百分之五 -> 5, 三成 -> 30); X分之Y is kind fraction, a proportion;
  折 (discount) keeps its written value (3折 -> 3); a ratio a:b has value a/b; 翻N番 is kind
  multiple with value N and unit 番; 居全国前10位 is a rank (value 10, qualifier 前).
- Units stay as written, compound ones whole (微克/立方米, 万吨/日 -> 吨/日, 标箱, 吨公里).
- Left out, because they are not achievements: dates (12月17日, 2020年, 2019年度, 上半年),
  times (7时53分, 10:00, 早上7点), ordinals and series (第二批, 第十届, 十四五), identifiers
  (12345热线, NORC2020-581, A320, PM2.5), set phrases (八项规定, "三我"), periods and plans
  (这五年, 五年来, 三年行动计划), service names (24小时开放), programme names (百亿斤粮食产能提升
  工程), enumerations (四个问题, 三件事), vague spans (两三年), and a bare 一 before a measure word
  (一个, 一批), which is an article rather than a count. A number of more than 16 digits is refused.
- A range (3至5年, 5%—6%, 4.5-5%, in any dash form) gives one row per end, both positive, with
  qualifier 下限 / 上限 and bound low / high; low and high hold both ends on both rows. An end
  without a unit borrows the other's unit and multiplier.
- bound says what the qualifiers mean: lower (超过, 突破, 以上, 多), upper (不到, 以内), approx
  (约, 近, 左右, 几), threshold (突破4万亿元大关); low and high give the interval it allows.
- change is the change verb as written (增长, 下降, 负增长 ...), its sign in CHANGE_DIRECTION. A
  level reached gets ":to" (上升至87.2% -> 上升:to); a 由/从 ... 到 pair gets ":from" and ":to".
  Figures listed after a shared verb (分别增长8.9%、7.7%) share its change; in a distributive list
  each takes its own item as subject (金融业增加值, 软件和信息服务业增加值).
- 连续13年 is kind streak. 几/数 give the order of magnitude (几十个 -> 10) and put 几/数 in the
  qualifier; qualifiers written together are joined with "+" (超过 ... 以上 -> 超过+以上).
- 高于/低于 before a figure is its change; the figure measures the same thing as the one before
  it, and what follows the verb is its reference (高于全国1.8个百分点 -> reference 全国), as is
  the base of a comparison (较“十三五”末提高 -> reference 十三五末).
- subject is a best-effort phrase of at most 16 characters, not a parse: check it before use.
"""

from __future__ import annotations

import bisect
import re

import pandas as pd

from lib.load.sentences import sentence_ends_between
from lib.quantities.numerals import BOUNDS, MULTIPLIERS
from lib.quantities.spans import RANGE_GAP, SET_PHRASES, add_range_lows, find_quantities
from lib.quantities.subjects import (
    CIRCUMSTANCE_AT_END,
    COMPARED_ONLY,
    COMPARISON,
    MAKING_VERBS,
    SHARE_OF_PREVIOUS,
    VERB_FRAGMENT,
    list_subjects,
    noun_after,
    phrase_after,
    subject_from_lead,
    without_circumstance,
    without_fragment_words,
)

# The first nine columns are the original ones; bound, low, high and reference came later.
COLUMNS = [
    "raw", "start", "end", "value", "unit", "qualifier", "kind", "subject", "change",
    "bound", "low", "high", "reference",
]  # fmt: skip
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
            "负增长 减 降 递减 减产 减收"
        ).split(),
        -1,
    ),
}
__all__ = ["CHANGE_DIRECTION", "COLUMNS", "MULTIPLIERS", "SET_PHRASES", "extract_indicators"]


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# "增加到2002年的4.1万亿元": a year may sit between the verb and the level it reached.
_YEAR_OF = r"(?:(?:[0-9０-９]{4}年|去年|上年|今年)[底末初]?的)?"
_CHANGE_AT_END = re.compile(
    rf"(?P<verb>{_alternation(CHANGE_DIRECTION)})了?(?P<to>到|至|为)?达?{_YEAR_OF}"
    r"(?:每人|每年|每户|人均)*$"
)
_FROM_TO_GAP = re.compile(rf"(?P<verb>{_alternation(CHANGE_DIRECTION)})?了?(?:到|至){_YEAR_OF}")
_LIST_GAP = re.compile(r"[、和及与或]|以及|[ ]")
_COUNTED_KINDS = ("count", "measure", "money")
_INSIDE_CIRCUMSTANCE = re.compile(r"[^，,；;。]{0,8}?的?(?:情况|背景|前提|形势)下")
# A level stated before the figure (达到, 为, 占): the subject is before it, whatever follows.
_LEVEL_AT_END = re.compile(
    r"(?:达到|达|为|是|到|至|占|约为|超过|突破|高达|多达|保持在|控制在|稳定在)$"
)
_PEOPLE = ("人", "人次", "户", "", "名")
_CONDITION = re.compile(
    r"如果|假如|只要|只有|为了|要是|倘若|虽然|尽管|但|即使|包括|不包括|按照?|扣除|其中|.*[0-9０-９]"
    r"|.*[一二两三四五六七八九十][十百千万亿]"
)
# How a change came about, after the noun of the clause before (预算外资金也大幅度增加).
_TRAILING_MANNER = re.compile(
    r"(?:不仅|不但)?(?:没有|未)?(?:也|还|又|都|均)?(?:大幅度|较大幅度|大幅|明显|稳步|持续|继续|较快|迅速)?"
    rf"(?:{_alternation(CHANGE_DIRECTION)})?了?$"
)  # a count of people: what they do may name it
_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?：\n]")


def _clause_start(breaks: list[int], position: int) -> int:
    """Return where the clause holding `position` starts, given the sorted clause-break ends."""
    before = bisect.bisect_right(breaks, position)
    return breaks[before - 1] if before else 0


def _read_subject(text: str, item: dict, lead: str, clause: str, previous: dict | None) -> str:
    """Return the subject of one figure: its list item, the noun after it or the clause's."""
    verb = _CHANGE_AT_END.search(lead)
    before_verb = lead[: verb.start()] if verb else lead
    subject = subject_from_lead(before_verb)
    verb_only = verb is not None and not subject and item["kind"] in _COUNTED_KINDS
    if re.search(r"(?:长|宽|高|深)达$", lead) and text.startswith("的", item["end"]):
        noun = noun_after(text, item["end"])[0]  # 长达4000公里的输气管道: what is that long
        if noun:
            return noun
    if item["kind"] == "count" and not verb and not _LEVEL_AT_END.search(before_verb):
        # 设置13个国家医学中心, 香港、澳门两个特别行政区: the noun after the measure word
        noun, after = noun_after(text, item["end"], modified=True)
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
    if not subject and not verb and item["kind"] == "count" and item["unit"] in _PEOPLE:
        found = noun_after(text, item["end"], modified=True)[0] or phrase_after(text, item["end"])
        if found:  # 641万人领取养老金: what those counted do, not the figure before
            return found
    if "在" in before_verb and _INSIDE_CIRCUMSTANCE.match(text, item["end"]):
        return subject_from_lead(before_verb.rsplit("在", 1)[-1])  # 在对美贸易下降超3成的情况下
    if CIRCUMSTANCE_AT_END.search(before_verb):
        trimmed = without_circumstance(clause)
        if trimmed is not None:  # 在对美贸易下降超3成的情况下增长12%: the subject is before 在
            verb = _CHANGE_AT_END.search(trimmed)
            return subject_from_lead(trimmed[: verb.start()] if verb else trimmed)
    if not subject and item["kind"] == "rank":  # 世界排名由第十位上升到第五位
        ranking = re.search(r"[^，,；;。]{0,8}排名", before_verb)
        return ranking.group() if ranking else ""
    if not subject and item["kind"] == "streak":  # 连续三年提高基本养老金: what was kept up
        return re.sub(
            r"^(?:进一步|持续|稳步|大幅度?|较大幅度)", "", phrase_after(text, item["end"])
        )
    return _after_fragment(text, item, subject) if VERB_FRAGMENT.fullmatch(subject) else subject


def _population(item: dict) -> None:
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


def _named_before(text: str, breaks: list[int], clause_start: int, previous: dict | None) -> str:
    """Return what the clause before this one names, when it holds no figure of its own."""
    if clause_start == 0 or text[clause_start - 1] not in "，,：:":
        return ""
    before_start = _clause_start(breaks, clause_start - 1)
    if previous is not None and previous["end"] > before_start:
        return ""
    named = text[before_start : clause_start - 1]
    if _CONDITION.match(named.strip()):
        return ""  # 如果能够加速周转: a condition; 达到三千万担: a figure not read as one
    named = _CHANGE_AT_END.sub("", named)
    named = subject_from_lead(_TRAILING_MANNER.sub("", without_circumstance(named) or named))
    return "" if VERB_FRAGMENT.fullmatch(named) else named


def _subject_elsewhere(
    text: str, breaks: list[int], item: dict, clause_start: int, previous: dict | None
) -> str:
    """Return a subject from the clause before (…比重，由44%提高到45%) or the noun after, or ""."""
    lead = text[clause_start : item["start"]].strip()
    if re.match(r"(?:将|则|也|已|又)?[由从]", lead):
        named = _named_before(text, breaks, clause_start, previous)
        if named:
            return named
    noun = ""
    if item["unit"] not in ("%", "％", "个百分点", "百分点", "倍", "成"):
        noun = noun_after(text, item["end"], modified=True)[0]  # 600多万香港人
        if not noun and item["kind"] == "count" and item["unit"] in _PEOPLE:
            noun = phrase_after(text, item["end"])  # 641万人领取养老金: what those counted do
    # …的产量，比上年增加X; 棉花：达到X: a clause of only a verb and a figure measures what the
    # clause before it names.
    verb_only = _CHANGE_AT_END.search(lead) or _LEVEL_AT_END.search(lead) or lead.endswith("安排")
    if noun or not verb_only or item["kind"] in ("duration", "streak", "rank"):
        return noun
    return _named_before(text, breaks, clause_start, previous)


def _add_context(text: str, found: list[dict]) -> None:
    """Fill subject, change and reference of each figure from the words around it, in place."""
    asides = [m.span() for m in re.finditer(r"（[^（）]{0,40}）|\([^()]{0,40}\)", text)]
    breaks = [  # a comma inside （不包括简易机床，下同） does not end the clause around it
        m.end()
        for m in _CLAUSE_BREAK.finditer(text)
        if not any(a < m.start() < b for a, b in asides)
    ]
    previous = None
    listed: list[str] = []  # the items of a distributive list still waiting for their figure
    for item in found:
        clause_start = _clause_start(breaks, item["start"])
        same_clause = previous is not None and previous["end"] > clause_start
        lead_start = max(previous["end"], previous["_after"]) if same_clause else clause_start
        lead = text[lead_start : item["start"]]
        item["lead"], item["_after"], item["reference"] = lead, 0, ""
        verb = _CHANGE_AT_END.search(lead)
        reached = ":to" if verb and verb["to"] in ("到", "至") else ""
        item["change"] = verb["verb"] + reached if verb else ""
        clause = text[clause_start : item["start"]]
        item["subject"] = _read_subject(text, item, lead, clause, previous if same_clause else None)
        if "分别" in lead:
            listed = list_subjects(text[clause_start : item["start"]])
        elif not (same_clause and _LIST_GAP.fullmatch(lead[: verb.start()] if verb else lead)):
            listed = []  # 分别下降2.3%、增长6.4%: a list may go on with a verb of its own
        compared = None if verb else COMPARISON.match(lead)
        if compared and (
            compared["before"] or not same_clause or lead.startswith(compared["verb"])
        ):
            # 高于全国1.8个百分点: the same quantity, compared with the national figure
            item["change"], item["subject"] = compared["verb"], ""
            item["reference"] = re.sub('[ “”"]', "", compared["reference"])
        share = None if verb else SHARE_OF_PREVIOUS.fullmatch(lead.strip())
        if share and previous is not None:  # 占规划总投资的65.5%: a share of the figure before
            item["subject"], item["reference"] = previous["subject"], share["reference"]
        compared_only = COMPARED_ONLY.fullmatch(lead[: verb.start()] if verb else lead)
        if compared_only and compared_only["reference"]:
            item["subject"] = ""
            item["reference"] = re.sub('[“”"]', "", compared_only["reference"])
        same_sentence = previous is not None and not sentence_ends_between(
            text, previous["end"], item["start"]
        )
        # 五年年均增长5.2%, 而1956年就增加了9300万吨: a clause without a noun of its own
        bare_clause = not same_clause and len(lead.strip()) <= 14 and not item["subject"]
        inherits = same_clause or (same_sentence and ((verb and compared_only) or bare_clause))
        if listed:
            item["subject"] = listed.pop(0)
            if not item["change"] and previous is not None and _LIST_GAP.fullmatch(lead or " "):
                item["change"] = previous["change"]
        elif not item["subject"] and previous is not None and (inherits or compared):
            item["subject"] = previous["subject"] if (same_sentence or same_clause) else ""
            if not item["change"] and _LIST_GAP.fullmatch(lead or " "):
                item["change"] = previous["change"]
        if not item["subject"]:
            item["subject"] = _subject_elsewhere(text, breaks, item, clause_start, previous)
        if same_clause and RANGE_GAP.fullmatch(lead) and previous["unit"] in ("", item["unit"]):
            previous["unit"] = item["unit"]  # 8万至10万人: the first end borrows the unit
            lower, upper = sorted((previous, item), key=lambda x: (x["value"], x["start"]))
            lower["qualifiers"].append("下限")
            upper["qualifiers"].append("上限")
            item["change"], item["subject"] = previous["change"], previous["subject"]
        _population(item)
        pair = _FROM_TO_GAP.fullmatch(lead) if same_clause else None
        if pair and re.search(r"[由从]", previous["lead"]):
            verb_word = pair["verb"] or ""
            previous["change"], item["change"] = f"{verb_word}:from", f"{verb_word}:to"
        previous = item


def _bound(qualifiers: list[str]) -> str:
    """Return what the qualifiers say of the value: threshold, low, high, lower, upper, approx."""
    said = {BOUNDS.get(q, "") for q in qualifiers}
    order = ("threshold", "low", "high", "lower", "upper", "approx")
    return next((bound for bound in order if bound in said), "")


def _interval(value: float, bound: str, ends: tuple[float, float]) -> tuple[float, float]:
    """Return the (low, high) a figure allows: a range's ends, one side of a bound, or the value."""
    if bound in ("low", "high"):
        return ends
    nan = float("nan")
    return {"lower": (value, nan), "threshold": (value, nan), "upper": (nan, value)}.get(
        bound, (value, value)
    )


def extract_indicators(text: str) -> pd.DataFrame:
    """Return one row per quantity stated in `text`: raw, start, end, value, unit, qualifier, ..."""
    if not isinstance(text, str):
        raise ValueError(f"extract_indicators needs a str, not {type(text).__name__}")
    found = add_range_lows(text, find_quantities(text))
    _add_context(text, found)
    rows = []
    for position, item in enumerate(found):
        bound = _bound(item["qualifiers"])
        other = found[position + 1] if bound == "low" else found[position - 1]
        ends = tuple(sorted((item["value"], other["value"]))) if bound in ("low", "high") else ()
        low, high = _interval(item["value"], bound, ends)
        rows.append(
            {"raw": text[item["start"] : item["end"]], "start": item["start"], "end": item["end"],
             "value": item["value"], "unit": item["unit"],
             "qualifier": "+".join(q for q in item["qualifiers"] if q), "kind": item["kind"],
             "subject": item["subject"], "change": item["change"], "bound": bound,
             "low": low, "high": high, "reference": item["reference"]}
        )  # fmt: skip
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.astype(
        {"start": "int64", "end": "int64", "value": "float64", "low": "float64", "high": "float64"}
    )
