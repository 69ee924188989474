"""Find the figures of a 成绩单 (achievement report): one row per stated quantity.

Conventions (each is tested in tests/test_indicators.py; lib.quantities.spans finds the
figures, lib.quantities.non_figures refuses names, periods and lists, and
lib.quantities.subject_context and lib.quantities.subjects read what they measure,
lib.quantities.figure_links what a figure takes from the figures beside it):
- value is in base units with the multiplier applied (1587亿元 -> 1.587e11); percent values are
  in percent (3.9% -> 3.9, 百分之五 -> 5, 三成 -> 30), 千分之九点八 is kind permille (9.8);
  X分之Y is kind fraction, a proportion;
  折 (discount) keeps its written value (3折 -> 3); a ratio a:b has value a/b; 翻N番 is kind
  multiple with value N and unit 番; 居全国前10位 is a rank (value 10, qualifier 前).
- Units stay as written, compound ones whole (微克/立方米, 万吨/日 -> 吨/日, 标箱, 吨公里).
- Left out, because they are not achievements: dates (12月17日, 2020年, 2019年度, 上半年),
  times (7时53分, 10:00, 早上7点), ordinals and series (第二批, 第十届, 十四五), identifiers
  (12345热线, NORC2020-581, A320, PM2.5), set phrases and named numbers (八项规定, 四人帮, "三我";
  lib/quantities/data/named_numbers.txt), periods and plans (这五年, 在五年内, 头三年, 经过八年,
  三年行动计划: a span of years or months is a figure only after a verb or noun that measures
  it, 提前两年, 延长三年, 期限3至5年), service names (24小时开放), programme names (百亿斤粮食
  产能提升工程), enumerations (四个问题, 两个攻坚战, 五项正义要求; data/list_nouns.txt), ordinals
  without 第 (二轮土地承包), size classes and thresholds (20万吨级航道, 单笔50万元以下), vague
  spans (两三年), and a bare 一 before a measure word (一个, 一批), which is an article rather than
  a count. A number of more than 16 digits is refused.
- A range (3至5年, 5%—6%, 4.5-5%, in any dash form) gives one row per end, both positive, with
  qualifier 下限 / 上限 and bound low / high; low and high hold both ends on both rows. An end
  without a unit borrows the other's unit and multiplier. Neighbouring digits before a place
  word are an approximate range too (二、三百亿度, 七八十万人: 2e10 to 3e10, 7e5 to 8e5).
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
- subject is a best-effort phrase of at most 20 characters (a longer name of what is counted
  is kept whole), not a parse: check it before use.
"""

from __future__ import annotations

import re

import pandas as pd

from lib.load.sentences import sentence_ends_between
from lib.quantities.figure_links import (
    BACK_REFERENCE,
    EXCEEDED,
    LIST_GAP,
    RANK_OF_PREVIOUS,
    SAME_QUANTITY_KEPT,
    comparison,
    earlier_subjects,
    list_length,
    shares_of_listed_nouns,
)
from lib.quantities.numerals import BOUNDS, MULTIPLIERS
from lib.quantities.spans import (
    RANGE_GAP,
    SET_PHRASES,
    add_range_lows,
    alternation,
    find_quantities,
)
from lib.quantities.subject_context import (
    CHANGE_AT_END,
    CHANGE_DIRECTION,
    YEAR_OF,
    population,
    read_subject,
    start_of_clause,
    subject_elsewhere,
)
from lib.quantities.subject_heads import referred, tidy
from lib.quantities.subject_holders import of_those, with_holder
from lib.quantities.subjects import (
    COMPARED_ONLY,
    SHARE_OF_PREVIOUS,
    list_subjects,
    noun_after,
)

# The first nine columns are the original ones; bound, low, high and reference came later.
COLUMNS = [
    "raw", "start", "end", "value", "unit", "qualifier", "kind", "subject", "change",
    "bound", "low", "high", "reference",
]  # fmt: skip
__all__ = ["CHANGE_DIRECTION", "COLUMNS", "MULTIPLIERS", "SET_PHRASES", "extract_indicators"]


_FROM_TO_GAP = re.compile(rf"(?P<verb>{alternation(CHANGE_DIRECTION)})?了?(?:到|至){YEAR_OF}")
_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?：\n]")
_WHEN = re.compile(
    r"^(?:[0-9]{4}年|[一二三四五六七八九〇○零]{4}年)?(?:上半年|下半年|前三季度|第?[一二三四]季度)?(?:又|也|则)?(?:预计|估计|可望)?"
)


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
    for position, item in enumerate(found):
        clause_start = start_of_clause(breaks, item["start"])
        length = list_length(text, found, position)  # how many figures a list from here holds
        same_clause = previous is not None and previous["end"] > clause_start
        lead_start = max(previous["end"], previous["_after"]) if same_clause else clause_start
        lead = text[lead_start : item["start"]]
        item["lead"], item["_after"], item["reference"] = lead, 0, ""
        verb = CHANGE_AT_END.search(lead)
        reached = ":to" if verb and verb["to"] in ("到", "至") else ""
        item["change"] = verb["verb"] + reached if verb else ""
        clause = text[clause_start : item["start"]]
        item["subject"] = read_subject(text, item, lead, clause, previous if same_clause else None)
        if "分别" in lead:
            listed = list_subjects(text[clause_start : item["start"]])
            earlier = earlier_subjects(text, found, position, clause_start)
            if not listed and not same_clause and length > 1 and len(earlier) >= length:
                # 化肥产量X，农药产量Y，分别增长a和b: the items are the figures named before
                listed = earlier[-length:]
        elif not same_clause and "、" in lead and length > 1:
            # 改造供水、燃气、供热管网800公里、600公里、300公里: one item per figure
            listed = list_subjects(lead + "分别")
            listed = listed if len(listed) == length else []
        elif (
            not same_clause and item["subject"].startswith("城乡") and length == 2
        ):  # 城乡低保标准提高到每月815元和615元: the town's, then the country's
            listed = list_subjects(item["subject"] + "分别")
        elif not (same_clause and LIST_GAP.fullmatch(lead[: verb.start()] if verb else lead)):
            listed = []  # 分别下降2.3%、增长6.4%: a list may go on with a verb of its own
        compared = None if verb else comparison(lead.lstrip("、 "))  # 增长6.7%、高于全国…
        if compared and (
            compared["before"] or not same_clause or lead.lstrip("、 ").startswith(compared["verb"])
        ):
            # 高于全国1.8个百分点: the same quantity, compared with the national figure
            item["change"], item["subject"] = compared["verb"], ""
            item["reference"] = re.sub('[ “”"]', "", compared["reference"])
        same_sentence = previous is not None and not sentence_ends_between(
            text, previous["end"], item["start"]
        )
        share = None if verb else SHARE_OF_PREVIOUS.fullmatch(lead.strip())
        exceeds = item["kind"] == "percent" and not text.startswith("的", item["end"])
        share = share or (exceeds and EXCEEDED.fullmatch(lead.strip()))
        if share and previous is not None:  # 占规划总投资的65.5%: a share of the figure before
            item["subject"] = previous["subject"] if same_sentence else ""
            item["reference"] = share["reference"]
        kept_up = SAME_QUANTITY_KEPT.match(text, item["end"])
        if item["kind"] == "streak" and not same_clause and lead.strip() == "连续" and kept_up:
            if same_sentence:
                item["subject"] = previous["subject"]  # 浓度为26微克/立方米，连续5年达标
        ranked = RANK_OF_PREVIOUS.fullmatch(lead.strip("、 "))  # 总额突破8000亿元、排西部第二
        if ranked and item["kind"] == "rank" and same_sentence:
            item["subject"], item["reference"] = previous["subject"], ranked["reference"]
        before_verb = lead[: verb.start()] if verb else lead
        if item["kind"] == "ratio" and re.search(r"[^比]比$", before_verb) and item["subject"]:
            item["subject"] += "" if item["subject"].endswith("比") else "比"  # 车桩比降至2.3:1
        compared_only = COMPARED_ONLY.fullmatch(  # 1980年上半年又比去年同期增长: only a base
            _WHEN.sub("", lead[: verb.start()] if verb else lead)
        )
        if compared_only and compared_only["reference"]:
            item["subject"] = ""
            item["reference"] = re.sub('[“”"]', "", compared_only["reference"])
        if same_sentence and not listed:  # …收入增长4.6%，总量突破1900亿元: 总量 of that 收入
            item["subject"] = referred(
                item["subject"], previous["subject"], previous["kind"] == "count"
            )
        counted = item["kind"] in ("count", "measure", "money")
        if counted and not same_clause and not lead.strip() and not item["subject"] and not listed:
            modified = not text.startswith("的", item["end"])  # ，五千五百公里的铁路; 一亿吨石油是
            noun = noun_after(text, item["end"], modified=modified)[0]
            item["subject"] = re.sub(r"[一二三四五六七八九十百千两]+[个座项家所台套部]$", "", noun)
        # 五年年均增长5.2%, 而1956年就增加了9300万吨: a clause without a noun of its own
        bare_clause = not same_clause and len(lead.strip()) <= 14 and not item["subject"]
        inherits = same_clause or (same_sentence and ((verb and compared_only) or bare_clause))
        if listed:
            item["subject"] = listed.pop(0)
            if not item["change"] and previous is not None and LIST_GAP.fullmatch(lead or " "):
                item["change"] = previous["change"]
        elif not item["subject"] and previous is not None and (inherits or compared):
            item["subject"] = previous["subject"] if (same_sentence or same_clause) else ""
            if re.match(r"(?:累计|总数|总量|共计|总计)", lead) and item["subject"].startswith(
                "新增"
            ):
                item["subject"] = item["subject"][2:]  # 新增上市公司9家，累计达到87家: a stock
            if not item["change"] and LIST_GAP.fullmatch(lead or " "):
                item["change"] = previous["change"]
        if not item["subject"]:
            item["subject"] = subject_elsewhere(text, breaks, item, clause_start, previous)
        if not same_clause and not listed:
            item["subject"] = with_holder(text, breaks, item, clause_start, previous)
            item["subject"] = of_those(text, breaks, item, clause_start, previous)
        if item.get("_high"):  # 二、三百亿度, 七八十万人: both ends were marked when found
            item["change"], item["subject"] = previous["change"], previous["subject"]
        elif same_clause and RANGE_GAP.fullmatch(lead) and previous["unit"] in ("", item["unit"]):
            previous["unit"] = item["unit"]  # 8万至10万人: the first end borrows the unit
            lower, upper = sorted((previous, item), key=lambda x: (x["value"], x["start"]))
            lower["qualifiers"].append("下限")
            upper["qualifiers"].append("上限")
            item["change"], item["subject"] = previous["change"], previous["subject"]
        back = BACK_REFERENCE.fullmatch(item["subject"])
        of_share = previous is not None and re.search(r"比重|比例|占比|率$", previous["subject"])
        if (
            back
            and same_sentence
            and previous["subject"] not in ("", back.group())
            and not of_share
        ):
            # 一般公共预算收入增长4.6%，总量首次突破1900亿元: the total of what was just named
            stock = re.sub(r"^(?:新增|净增)|将?(?:增设|新增|新建)$", "", previous["subject"])
            named = back.group() == "总额" and not stock.endswith("额")  # 外贸进出口 -> …总额
            item["subject"] = stock + "总额" if named else stock
        built = re.fullmatch(
            r"(?:新开工|开工|新建|建设|基本建成|建成|竣工|改造|完成)+", item["subject"]
        )
        if built and same_sentence and previous["unit"] == item["unit"] and previous["subject"]:
            item["subject"] = previous["subject"]  # 住房基本建成432万套，新开工建设1043万套
        share_of = re.fullmatch(r"占(?![领有用据]).+(?:比重|比例|份额)", item["subject"])
        if share_of and same_sentence and previous["subject"]:
            holder = previous["subject"]  # …增加到3664亿元，占国内生产总值比重从1.07%提高到1.49%
            item["subject"] = holder + item["subject"] if "占" not in holder else item["subject"]
        population(item)
        item["subject"] = tidy(item["subject"])
        pair = _FROM_TO_GAP.fullmatch(lead) if same_clause else None
        if pair and re.search(r"[由从]", previous["lead"]):
            verb_word = pair["verb"] or ""
            previous["change"], item["change"] = f"{verb_word}:from", f"{verb_word}:to"
        previous = item
    shares_of_listed_nouns(text, found)


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
    for column in ("value", "low", "high"):  # 4.32 x 10^12 is 4320000000000.0005 in binary
        table[column] = [float(f"{x:.15g}") for x in table[column]]
    return table.astype(
        {"start": "int64", "end": "int64", "value": "float64", "low": "float64", "high": "float64"}
    )
