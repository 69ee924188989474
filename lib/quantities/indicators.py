"""Find the figures of a 成绩单 (achievement report): one row per stated quantity.

Conventions (each is tested in tests/test_indicators.py):
- value is in base units with the multiplier applied (1587亿元 -> 1.587e11); percent values are
  in percent (3.9% -> 3.9, 百分之五 -> 5, 三成 -> 30); X分之Y is kind fraction, a proportion;
  折 (discount) keeps its written value (3折 -> 3); a ratio a:b has value a/b.
- Left out, because they are not achievements: dates (12月17日, 2020年, 2019年度, 上半年),
  times (7时53分, 10:00, 早上7点), ordinals and series (第二批, 第十届, 十四五), identifiers
  (12345热线, NORC2020-581, A320, PM2.5), set phrases (八项规定, "三我"), and a bare 一 before a
  measure word (一个, 一批), which is an article rather than a count.
- A range (3至5年, 5%—6%) gives one row per end, with qualifier 下限 / 上限; an end without a unit
  borrows the other's unit and multiplier. 365天24小时 gives two duration rows.
- change is the change verb as written (增长, 下降, 新增 ...), its sign in CHANGE_DIRECTION. A level
  reached gets ":to" (上升至87.2% -> 上升:to); a 由/从 ... 到 pair gets ":from" and ":to".
  Figures listed after a shared verb (分别增长8.9%、7.7%) share its change and subject.
- 几/数 give the order of magnitude (几十个 -> 10) and put 几/数 in the qualifier; qualifiers
  written together are joined with "+" (超过 ... 以上 -> 超过+以上).
- 高于/低于 before a figure is its change, and what follows the verb its subject (高于GDP增速
  1.7个百分点 -> change 高于, subject GDP增速). 1/3 is a fraction only when proper (not 24/7).
- subject is a best-effort phrase of at most 12 characters, not a parse: check it before use.
"""

from __future__ import annotations

import re

import pandas as pd

from lib.load.sentences import sentence_ends_between
from lib.quantities.numerals import (
    ARABIC_PATTERN,
    CHINESE_PATTERN,
    MULTIPLIERS,
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    UNIT_KINDS,
    is_vague,
    parse_fraction,
    parse_number,
    to_ascii_digits,
)

COLUMNS = ["raw", "start", "end", "value", "unit", "qualifier", "kind", "subject", "change"]

# Units that read as a date unless 个 precedes them (12月 is December, 两个月 is two months).
_NEEDS_GE = {"月", "季度"}
# Kinds for which a bare 一 is an article (一个, 一批, 一年); 一倍 and 一元 stay figures.
_ARTICLE_KINDS = ("count", "measure", "duration", "percent")
CHANGE_DIRECTION = {
    **dict.fromkeys("增长 增加 提高 提升 上升 上涨 新增 扩大 高于 上调 增 涨".split(), 1),
    **dict.fromkeys(
        "下降 减少 降低 回落 下滑 下跌 缩减 缩短 缩小 压减 削减 低于 下调 减 降".split(), -1
    ),
}
# Slogans and set phrases (提法) whose numerals name something rather than count it.
SET_PHRASES = (
    "八项规定 五项原则 两个维护 两个确立 四个意识 四个自信 四个全面 三个代表 两个一百年 五位一体 "
    "个五年 两条线 两种资源 两个市场 三个务必 两个结合 两个大局 四个现代化 五年计划 五年规划 "
    "千家万户 千方百计 三五成群 一成不变 两个文明 三个公报 两个超级大国"
).split()
# A unit followed by one of these starts another word: 三成为, 折合, 四次会议, 五年制.
_FOLLOWING_BLOCKS = {"成": "为员本果交效绩立功熟就长都品型套了", "折": "合旧算射扣", "次": "会全",
                     "年": "制"}  # fmt: skip
_RANK_CUES = re.compile(r"全国|全省|全市|全球|世界|排名|排|居|列")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# Not inside an identifier (A320, PM2.5, NORC2020-581) nor a spaced-out one (1 9 9 7).
_NUMBER = (
    rf"(?<![0-9A-Za-z.．０-９])(?<![0-9A-Za-z]-)(?<![0-9] )(?:{ARABIC_PATTERN}|{CHINESE_PATTERN})"
)
_MASTER = re.compile(
    rf"""(?P<rank>第(?P<rank_number>{CHINESE_PATTERN}|[0-9]+)(?P<rank_unit>名|位|大)?)
    |(?:(?P<prefix>{_alternation(PREFIX_QUALIFIERS)})[ \u3000]?)?(?:
      (?P<fraction>(?P<denominator>{_NUMBER})分之(?P<numerator>{_NUMBER}))
     |(?P<ratio>(?P<left>{_NUMBER})[:：∶](?P<right>{ARABIC_PATTERN}))
     |(?P<slash>(?P<top>{_NUMBER})/(?P<bottom>[0-9]{{1,3}})(?![0-9/]))
     |(?P<sign>(?<![0-9A-Za-z])[-−])?(?P<number>{_NUMBER})(?P<infix>[多余])?[ \u3000]?
      (?:(?P<mult>{_alternation(MULTIPLIERS)})(?!(?<=千)[瓦克米]))?(?P<infix2>[多余])?[ \u3000]?
      (?P<ge>个(?P<ge_infix>[多半余])?(?=百分点|月|小时|工作日|星期|季度))?
      (?P<unit>{_alternation(UNIT_KINDS)})?(?P<half>半)?
    )(?P<suffix>{_alternation(SUFFIX_QUALIFIERS)})?""",
    re.VERBOSE,
)
# "增加到2002年的4.1万亿元": a year may sit between the verb and the level it reached.
_YEAR_OF = r"(?:(?:[0-9０-９]{4}年|去年|上年|今年)[底末初]?的)?"
_CHANGE_AT_END = re.compile(
    rf"(?P<verb>{_alternation(CHANGE_DIRECTION)})了?(?P<to>到|至|为)?达?{_YEAR_OF}$"
)
# The first end of a range (3至5年) or pair (4.2和0.7个百分点) may leave its unit to the second.
_RANGE_LOW = re.compile(
    rf"(?P<low>{_NUMBER})(?P<mult>{_alternation(MULTIPLIERS)})?[ ]?"
    r"(?:至|到|—+|–|-|~|～|和|、|及|或)[ ]?$"
)
_RANGE_GAP = re.compile(r"[ ]?(?:至|到|—+|–|-|~|～)[ ]?")
_FROM_TO_GAP = re.compile(rf"(?P<verb>{_alternation(CHANGE_DIRECTION)})?了?(?:到|至){_YEAR_OF}")
_LIST_GAP = re.compile(r"[、和及与或]|以及|[ ]")
_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?：\n]")
_SUBJECT_HEAD = re.compile(
    r"^(?:其中|此外|另外|同时|并且?|还|已经?|共|累计|全年|今年以来|今年|去年|一年来|当年|目前|截至目前|拟安排|拟"
    r"|前三季度|上半年|下半年|[0-9]{4}年(?:以来)?)+"
)
_SUBJECT_TAIL = re.compile(
    r"(?:同比|比上年同期|比上年|比去年|年均|平均|分别|累计|共计|共|合计|总计|达到|达|为|是|了|的"
    r"|拟按|拟安排|安排|稳定在|保持在|控制在"
    r"|总|仅|突破|实现|完成|超过|到|至|在|有|占|每|全国|全省|全市|世界|排名|位居|居)+$"
)
_SUBJECT_MAX = 12
# A clause that only says what a figure is compared with (比上年增长5.2%) names no subject: the
# figure measures the same thing as the figure before it in the sentence.
_COMPARED_ONLY = re.compile(r"(?:比上年同期|比上年|比去年|较上年|同比|环比)?")


def _figure(value: float, unit: str, kind: str, qualifiers: list | None = None) -> dict:
    return {"value": value, "unit": unit, "kind": kind, "qualifiers": qualifiers or []}


def _is_year(number: str, is_arabic: bool) -> bool:
    """Return whether a number before 年 names a year (2020年, 二〇二〇年) rather than a span."""
    if is_arabic:
        return re.fullmatch(r"[12][0-9]{3}", to_ascii_digits(number)) is not None
    return len(number) > 1 and all(ch in "〇零一二三四五六七八九" for ch in number)


def _not_a_quantity(match: re.Match, kind: str | None, is_arabic: bool, following: str) -> bool:
    """Return whether a number-unit match is a date, year, idiom or article rather than a figure."""
    number, unit = match["number"], match["unit"]
    lone_place_word = not is_arabic and number in ("百", "千", "万", "亿") and not match["infix"]
    lone_zero = number in ("零", "〇")  # 零部件, 零费用: words, not zero counts
    return (
        kind is None
        or (unit in _NEEDS_GE and not match["ge"])  # 12月 is a date, 两个月 a span
        or lone_place_word  # 千家万户, 百年: idioms, not counts
        or lone_zero
        or (unit == "年" and _is_year(number, is_arabic))
        or (following != "" and following in _FOLLOWING_BLOCKS.get(unit, ""))
    )


def _quantity(match: re.Match, text: str) -> dict | None:
    """Return the indicator a quantity match states, or None when it is a date, name or article."""
    number, unit = match["number"], match["unit"]
    kind = UNIT_KINDS.get(unit) if unit else ("count" if match["mult"] else None)
    following = text[match.end("unit") : match.end("unit") + 1] if unit else ""
    is_arabic = number[0] in "0123456789０１２３４５６７８９"
    if _not_a_quantity(match, kind, is_arabic, following):
        return None
    written = [q for q in (match["infix"], match["infix2"], match["ge_infix"]) if q and q != "半"]
    halves = bool(match["half"] or match["ge_infix"] == "半")
    if number == "一" and not (written or halves or match["prefix"]) and kind in _ARTICLE_KINDS:
        return None  # 一个, 一批, 一年: an article, not a count
    value = parse_number(number) * MULTIPLIERS.get(match["mult"] or "", 1.0) + 0.5 * halves
    if unit == "成":
        if value > 10:
            return None
        value *= 10
    if kind == "money" and re.search(r"价|售", text[max(0, match.start() - 4) : match.start()]):
        kind = "price"
    vague = [next(ch for ch in number if ch in "几数")] if is_vague(number) else []
    written_unit = ("个" if match["ge"] else "") + (unit or "")
    found = _figure(-value if match["sign"] else value, written_unit, kind, vague + written)
    return {**found, "_mult": match["mult"] or "", "_arabic": is_arabic}


def _rank(match: re.Match, text: str) -> dict | None:
    """Return the rank a 第N match states (全国第二, 第一名), or None for an ordinal (第二批)."""
    following = text[match.end() : match.end() + 1]
    cue = _RANK_CUES.search(text[max(0, match.start() - 6) : match.start()])
    if not match["rank_unit"] and not (cue and not re.match(r"[\u4e00-\u9fff]", following)):
        return None
    return _figure(parse_number(match["rank_number"]), match["rank_unit"] or "", "rank")


def _other(match: re.Match, text: str) -> dict | None:
    """Return the indicator of a fraction or ratio match, or None for a clock time (10:00)."""
    if match["slash"]:  # 1/3: a fraction only when it is a proper one (not 24/7, not 2021/22)
        top, bottom = parse_number(match["top"]), parse_number(match["bottom"])
        return _figure(top / bottom, "/", "fraction") if 0 < top < bottom else None
    if match["fraction"]:
        if match["denominator"] == "百":
            return _figure(parse_number(match["numerator"]), "百分之", "percent")
        return _figure(parse_fraction(match["fraction"]), "分之", "fraction")
    left, right = parse_number(match["left"]), parse_number(match["right"])
    ratio_cue = "比" in text[max(0, match.start() - 6) : match.start()]
    if len(match["right"]) == 2 and left <= 24 and right < 60 and not ratio_cue:
        return None  # a clock time
    colon = text[match.end("left") : match.start("right")]
    return _figure(left / right, colon, "ratio") if right else None


def _matches(text: str) -> list[dict]:
    """Return the accepted quantity matches of `text`, in order, before ranges and context."""
    blocked = [(m.start(), m.end()) for p in SET_PHRASES for m in re.finditer(p, text)]
    found = []
    for match in _MASTER.finditer(text):
        number_start = match.start("number") if match["number"] else match.start()
        quoted = number_start > 0 and text[number_start - 1] in '“"「‘'
        if match["number"] and quoted and not match["number"][0].isdigit():
            continue  # a quoted slogan such as “两新”
        reader = _rank if match["rank"] else _quantity if match["number"] else _other
        try:
            found_one = reader(match, text)
        except ValueError:
            continue  # not a well-formed numeral: 十四五 (a plan's name), 二三十 (a vague span)
        if found_one is None or any(a <= match.start() < b for a, b in blocked):
            continue
        found_one["qualifiers"] = [match["prefix"]] + found_one["qualifiers"] + [match["suffix"]]
        found.append({"start": match.start(), "end": match.end(), **found_one})
    return found


def _add_range_lows(text: str, found: list[dict]) -> list[dict]:
    """Return `found` plus the unitless first end of each range or pair (3 in 3至5年)."""
    ends = {item["end"] for item in found}
    lows = []
    for item in found:
        if item["kind"] in ("rank", "ratio") or item["qualifiers"][0]:
            continue
        window_start = max(0, item["start"] - 24)
        low = _RANGE_LOW.search(text, window_start, item["start"])
        if not low or low.end("low") + len(low["mult"] or "") in ends:
            continue
        # 3至5万人: the unitless end takes the other end's multiplier (30000 to 50000).
        mult = low["mult"] or (item.get("_mult", "") if item.get("_arabic") else "")
        scale = MULTIPLIERS.get(mult, 1.0) * (10 if item["unit"] == "成" else 1)
        end = low.end("low") + len(low["mult"] or "")
        value = parse_number(low["low"]) * scale
        lows.append({**item, "start": low.start(), "end": end, "value": value, "qualifiers": []})
    return sorted(found + lows, key=lambda item: item["start"])


def _subject(lead: str) -> str:
    """Return the measured thing named in the clause before a figure, trimmed to a short phrase."""
    lead = re.sub(r"[由从].*$", "", lead)
    lead = re.sub(r"今年以来|一年来|全年|前三季度|上半年|下半年", "", lead)
    for _ in range(2):
        lead = lead.strip(" 　“”‘’《》、—–-~～").lstrip("和及与或")
        lead = _SUBJECT_HEAD.sub("", _SUBJECT_TAIL.sub("", lead))
    # The measured noun phrase follows the last 的/了 or space (出台了稳就业 -> 稳就业).
    tail = re.split(r"[的了\s]", lead)[-1]
    lead = tail if len(tail) >= 2 else lead
    return lead[-_SUBJECT_MAX:].lstrip("0123456789-") if len(lead) > _SUBJECT_MAX else lead


def _add_context(text: str, found: list[dict]) -> None:
    """Fill subject and change of each figure from the words before it, in place."""
    previous = None
    for item in found:
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, item["start"])]
        clause_start = breaks[-1] if breaks else 0
        same_clause = previous is not None and previous["end"] > clause_start
        lead = text[previous["end"] if same_clause else clause_start : item["start"]]
        item["lead"] = lead
        verb = _CHANGE_AT_END.search(lead)
        reached = ":to" if verb and verb["to"] in ("到", "至") else ""
        item["change"] = verb["verb"] + reached if verb else ""
        item["subject"] = _subject(lead[: verb.start()] if verb else lead)
        compared = None if verb else re.match(r"(高于|低于)(.+)", lead)
        if compared:  # 高于GDP增速1.7个百分点: compared with what, by how much
            item["change"], item["subject"] = compared[1], _subject(compared[2])
        compared_only = _COMPARED_ONLY.fullmatch(lead[: verb.start()] if verb else lead)
        same_sentence = previous is not None and not sentence_ends_between(
            text, previous["end"], item["start"]
        )
        if not item["subject"] and (same_clause or (same_sentence and verb and compared_only)):
            item["subject"] = previous["subject"]
            if not item["change"] and _LIST_GAP.fullmatch(lead or " "):
                item["change"] = previous["change"]
        if same_clause and _RANGE_GAP.fullmatch(lead) and previous["unit"] == item["unit"]:
            lower, upper = sorted((previous, item), key=lambda x: (x["value"], x["start"]))
            lower["qualifiers"].append("下限")
            upper["qualifiers"].append("上限")
            item["change"] = previous["change"]
        pair = _FROM_TO_GAP.fullmatch(lead) if same_clause else None
        if pair and re.search(r"[由从]", previous["lead"]):
            verb_word = pair["verb"] or ""
            previous["change"], item["change"] = f"{verb_word}:from", f"{verb_word}:to"
        previous = item


def extract_indicators(text: str) -> pd.DataFrame:
    """Return one row per quantity stated in `text`: raw, start, end, value, unit, qualifier, ..."""
    if not isinstance(text, str):
        raise ValueError(f"extract_indicators needs a str, not {type(text).__name__}")
    found = _add_range_lows(text, _matches(text))
    _add_context(text, found)
    rows = [
        {"raw": text[item["start"] : item["end"]], "start": item["start"], "end": item["end"],
         "value": item["value"], "unit": item["unit"],
         "qualifier": "+".join(q for q in item["qualifiers"] if q), "kind": item["kind"],
         "subject": item["subject"], "change": item["change"]}
        for item in found
    ]  # fmt: skip
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.astype({"start": "int64", "end": "int64", "value": "float64"})
