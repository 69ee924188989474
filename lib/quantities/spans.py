"""Find where a text states a quantity: the span, value, unit, kind and written qualifiers.

One regular expression (_MASTER) proposes every number with what may follow it; the readers
below accept it as a figure or refuse it (a date, a name, a plan period, an article). The
conventions are listed in lib.quantities.indicators, which adds subject and change.
"""

from __future__ import annotations

import bisect
import re

from lib.quantities.non_figures import (
    SET_PHRASES,
    blocked_positions,
    inside_short_quote,
    names_a_period,
    names_something,
    not_a_quantity,
)
from lib.quantities.numerals import (
    ARABIC_PATTERN,
    CHINESE_PATTERN,
    MULTIPLIERS,
    PER_UNITS,
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    UNIT_KINDS,
    alternation,
    is_vague,
    parse_fraction,
    parse_number,
    split_approximate_range,
)

__all__ = ["RANGE_GAP", "SET_PHRASES", "add_range_lows", "alternation", "find_quantities"]

# Kinds for which a bare 一 is an article (一个, 一批, 一年); 一倍 and 一元 stay figures.
_ARTICLE_KINDS = ("count", "measure", "duration", "percent")
# 放在第一位, 摆在首位: "put first", not a ranking.
_PUT_FIRST = re.compile(r"(?:放在|摆在|置于|放到|摆到)$")
_RANK_CUES = re.compile(r"全国|全省|全市|全区|全球|世界|排名|排|居|列")
_FIRST_PLACE = re.compile(
    r"(?:居|位居|位列|排名|排在|跃居|稳居)(?:全国|全省|全市|全区|全球|世界|同类城市|[^，,；;。]{0,6}?)"
    r"(?P<first>首位)"
)


# Not inside an identifier (A320, PM2.5) nor a spaced-out one (1 9 9 7); NORC2020-581 is
# refused in find_quantities, since 5-6% is a range.
_NUMBER = rf"(?<![0-9A-Za-zＡ-Ｚａ-ｚ.．０-９])(?<![0-9] )(?:{ARABIC_PATTERN}|{CHINESE_PATTERN})"
_MINUS = r"(?<![0-9A-Za-z%％])[-−]"
# NORC2020-581 and PM 2.5 (a space after the letters): identifiers, not figures.
_IDENTIFIER_BEFORE = re.compile(r"[A-Za-z][0-9A-Za-z]*-$|(?:PM|pm|ＰＭ)[ \u3000]$")
_MASTER = re.compile(
    rf"""(?P<rank>第(?P<rank_number>{CHINESE_PATTERN}|[0-9]+)(?P<rank_unit>名|位|大)?
      |(?P<rank_top>前)(?P<top_number>{CHINESE_PATTERN}|[0-9]+)(?P<top_unit>名|位|强))
    |(?P<doubling>翻了?(?P<doublings>[一两二三四五])番)
    |(?:(?P<prefix>{alternation(PREFIX_QUALIFIERS)})[ \u3000]?)?(?:
      (?P<fraction>(?P<denominator>{_NUMBER})分之(?P<numerator>{_NUMBER}))
     |(?P<ratio>(?P<left>{_NUMBER})[:：∶](?P<right>{ARABIC_PATTERN}))
     |(?P<slash>(?P<top>{_NUMBER})/(?P<bottom>[0-9]{{1,3}})(?![0-9/]))
     |(?P<sign>{_MINUS})?(?P<number>{_NUMBER})(?P<infix>[多余])?[ \u3000]?
      (?:(?P<mult>{alternation(MULTIPLIERS)})(?!(?<=千)[瓦克米伏]))?(?P<infix2>[多余])?
      (?P<mult2>(?<=[万千百十][多余])[万亿])?[ \u3000]?
      (?P<ge>个(?P<ge_infix>[多半余])?(?=百分点|千分点|月|小时|工作日|星期|季度))?
      (?P<unit>(?!人民)(?:{alternation(UNIT_KINDS)}))?(?P<after_unit>(?<=[年天时月])多)?(?P<per>/(?:{alternation(PER_UNITS)}))?(?P<half>半)?
    )(?P<suffix>{alternation(SUFFIX_QUALIFIERS)})?""",
    re.VERBOSE,
)
# 二、三百亿度: a lone digit and 、 before a number that starts with the next digit is its low end.
_LISTED_LOW = re.compile(r"(?<![一二两三四五六七八九十百千万亿第、])([一二两三四五六七八九])、$")
# The first end of a range (3至5年) or pair (4.2和0.7个百分点) may leave its unit to the second.
_RANGE_LOW = re.compile(
    rf"(?P<low>{_NUMBER})(?P<mult>{alternation(MULTIPLIERS)})?[ ]?"
    r"(?:至|到|—+|–|-|－|~|～|和|、|及|或)[ ]?$"
)
RANGE_GAP = re.compile(r"[ ]?(?:至|到|—+|–|-|－|~|～)[ ]?")


def _reading(value: float, unit: str, kind: str, qualifiers: list | None = None) -> dict:
    """Return what a match states: value, unit, kind and its written qualifiers."""
    return {"value": value, "unit": unit, "kind": kind, "qualifiers": qualifiers or []}


def _quantity(match: re.Match, text: str) -> dict | None:
    """Return the indicator a quantity match states, or None when it is a date, name or article."""
    number, unit = match["number"], match["unit"]
    people = text.startswith(
        "人民", match.end()
    )  # 十四亿人民: a count of people, 人 is not its unit
    kind = (
        UNIT_KINDS.get(unit)
        if unit
        else ("count" if match["mult"] or (people and re.search("亿|万万", number)) else None)
    )
    following = text[match.end("unit") : match.end("unit") + 1] if unit else ""
    is_arabic = number[0] in "0123456789０１２３４５６７８９"
    if not_a_quantity(match, kind, is_arabic, following):
        return None
    if names_a_period(match, text) or names_something(match, text, is_arabic):
        return None
    infixes = (match["infix"], match["infix2"], match["ge_infix"], match["after_unit"])
    written = [q for q in infixes if q and q != "半"]
    halves = bool(match["half"] or match["ge_infix"] == "半")
    if number == "一" and not (written or halves or match["prefix"]) and kind in _ARTICLE_KINDS:
        return None  # 一个, 一批, 一年: an article, not a count
    if number == "一" and unit == "批" and not (written or halves):
        return None  # 突破一批关键技术: "a batch of", however it is qualified
    ends = None if is_arabic else split_approximate_range(number)
    value = _number_value(match, ends[1] if ends else number, is_arabic)
    value += 0.5 * halves
    if unit == "成":
        if value > 10:
            return None
        value *= 10
    if kind == "money" and re.search(r"价|售", text[max(0, match.start() - 4) : match.start()]):
        kind = "price"
    if kind == "duration" and text[max(0, match.start() - 2) : match.start()] == "连续":
        kind = "streak"  # 连续13年: how long a record has held, not a span of work
    vague = [next(ch for ch in number if ch in "几数")] if is_vague(number) else []
    written_unit = ("个" if match["ge"] else "") + (unit or "") + (match["per"] or "")
    found = _reading(-value if match["sign"] else value, written_unit, kind, vague + written)
    found = {**found, "_mult": match["mult"] or "", "_arabic": is_arabic}
    number_start = match.start("number")
    listed = _LISTED_LOW.search(text, max(0, number_start - 3), number_start)
    if ends:  # 七八十万人: both ends are written in one numeral, both rows show it whole
        found["_low"] = (_number_value(match, ends[0], False), match.start(), match.end())
    elif listed and not match["prefix"] and re.match(r".[十百千万亿]", number):
        low = _number_value(match, listed[1] + number[1:], False)  # 二、三百亿度: 200 to 300
        found["_low"] = (low, listed.start(1), listed.end(1))
    return found


def _number_value(match: re.Match, number: str, is_arabic: bool) -> float:
    """Return the value of `number` with the multipliers written after it in `match`."""
    mult = match["mult"] or ""
    if not is_arabic and mult in ("万", "亿") and re.search("[万亿]", number):
        value = parse_number(number + mult)  # 三亿三千五百多万: the 万 belongs to 三千五百 only
    else:
        value = parse_number(number) * MULTIPLIERS.get(mult, 1.0)
    return value * MULTIPLIERS.get(match["mult2"] or "", 1.0)  # 3万多亿元: 多 between two


def _rank(match: re.Match, text: str) -> dict | None:
    """Return the rank a 第N or 前N match states (全国第二, 第一名, 居全国前10位), or None."""
    following = text[match.end() : match.end() + 1]
    if _PUT_FIRST.search(text, max(0, match.start() - 2), match.start()):
        return None
    cue = _RANK_CUES.search(text[max(0, match.start() - 6) : match.start()])
    if match["rank_top"]:  # 前10位: a rank only after a ranking cue, else "the first ten"
        if not cue:
            return None
        return _reading(parse_number(match["top_number"]), match["top_unit"], "rank", ["前"])
    if not match["rank_unit"] and not (cue and not re.match(r"[\u4e00-\u9fff]", following)):
        return None
    return _reading(parse_number(match["rank_number"]), match["rank_unit"] or "", "rank")


def _doubling(match: re.Match, text: str) -> dict:
    """Return the multiple 翻N番 states: doubled N times, value N, unit 番."""
    return _reading(parse_number(match["doublings"]), "番", "multiple")


def _fraction_or_ratio(match: re.Match, text: str) -> dict | None:
    """Return the indicator of a fraction or ratio match, or None for a clock time (10:00)."""
    if match["slash"]:  # 1/3: a fraction only when it is a proper one (not 24/7, not 2021/22)
        top, bottom = parse_number(match["top"]), parse_number(match["bottom"])
        return _reading(top / bottom, "/", "fraction") if 0 < top < bottom else None
    if match["fraction"]:
        if match["denominator"] == "百":
            return _reading(parse_number(match["numerator"]), "百分之", "percent")
        if match["denominator"] == "千":  # 千分之十二点五: per mille, written as 百分之 is
            return _reading(parse_number(match["numerator"]), "千分之", "permille")
        return _reading(parse_fraction(match["fraction"]), "分之", "fraction")
    left, right = parse_number(match["left"]), parse_number(match["right"])
    ratio_cue = "比" in text[max(0, match.start() - 6) : match.start()]
    if len(match["right"]) == 2 and left <= 24 and right < 60 and not ratio_cue:
        return None  # a clock time
    colon = text[match.end("left") : match.start("right")]
    return _reading(left / right, colon, "ratio") if right else None


def _continues_place(found: list[dict], text: str, start: int, end: int, reading: dict) -> bool:
    """Return whether `reading` goes on a number that stopped at 亿 or 万 (1亿3千多万, 1万6千)."""
    if not found or found[-1]["end"] != start or text[start - 1 : start] not in ("亿", "万"):
        return False
    previous = found[-1]
    bare = previous["unit"] == "" and previous["kind"] == "count" and "_high" not in previous
    place = 1e8 if text[start - 1] == "亿" else 1e4
    lower = 0 < reading["value"] < place and "_low" not in reading and not reading["qualifiers"][0]
    # what follows must itself be written in places below: 3千多万 after 亿, 6千 after 万
    below = re.match(r"(?:[0-9]+|[一二两三四五六七八九])[千百]", text[start:end]) or (
        place == 1e8 and "万" in text[start:end]
    )
    return bare and lower and below is not None


def find_quantities(text: str) -> list[dict]:
    """Return the accepted quantity matches of `text`, in order, before ranges and context."""
    blocked = blocked_positions(text)
    found = []
    for match in _MASTER.finditer(text):
        number_start = match.start("number") if match["number"] else match.start()
        quoted = text[max(0, number_start - 2) : number_start].strip()[-1:] in ("“", '"', "「", "‘")
        if match["number"] and quoted and not match["number"][0].isdigit():
            continue  # a quoted slogan such as “两新”
        if match["number"] and inside_short_quote(text, number_start, match.end()):
            continue  # “一个中国两个政府”: a slogan, its numbers count nothing
        if match["rank"]:
            reader = _rank
        elif match["doubling"]:
            reader = _doubling
        else:
            reader = _quantity if match["number"] else _fraction_or_ratio
        try:
            reading = reader(match, text)
        except ValueError:
            continue  # not a well-formed numeral: 十四五 (a plan's name), 二三十 (a vague span)
        if reading is None or match.start() in blocked or match.end() - 1 in blocked:
            continue
        if _IDENTIFIER_BEFORE.search(text, max(0, number_start - 20), number_start):
            continue  # the serial of NORC2020-581
        start = match.start()
        if match["sign"] and found and text[found[-1]["end"] : match.start()].strip() == "":
            reading["value"] = abs(reading["value"])  # 3%-5%: a range's dash, not a minus
            start = match.end("sign")
        prefix = match["prefix"] if not (match["rank"] or match["doubling"]) else None
        suffix = match["suffix"] if not (match["rank"] or match["doubling"]) else None
        reading["qualifiers"] = [prefix] + reading["qualifiers"] + [suffix]
        if "_low" in reading:  # an approximate range: one row per end, marked as such
            low, low_start, low_end = reading.pop("_low")
            found.append({"start": low_start, "end": low_end, **reading, "value": low,
                          "qualifiers": reading["qualifiers"] + ["下限"]})  # fmt: skip
            start = max(start, low_end) if low_end < match.end() else start
            reading = {**reading, "qualifiers": reading["qualifiers"] + ["上限"], "_high": True}
        if _continues_place(found, text, start, match.end(), reading):  # 1亿3千多万人, 1万6千户
            previous = found.pop()
            start = previous["start"]
            reading["value"] += previous["value"]
            reading["qualifiers"][0] = previous["qualifiers"][0]
        found.append({"start": start, "end": match.end(), **reading})
    for first in _FIRST_PLACE.finditer(text):  # 居全省首位: rank 1, written without a number
        if not any(item["start"] < first.end("first") and first.start("first") < item["end"]
                   for item in found):  # fmt: skip
            reading = _reading(1.0, "位", "rank", [None, None])
            found.append({"start": first.start("first"), "end": first.end("first"), **reading})
    return sorted(found, key=lambda item: item["start"])


def add_range_lows(text: str, found: list[dict]) -> list[dict]:
    """Return `found` plus the unitless first end of each range or pair (3 in 3至5年)."""
    ends = [item["end"] for item in found]
    lows = []
    for item in found:
        if item["kind"] in ("rank", "ratio", "multiple") or item["qualifiers"][0]:
            continue
        window_start = max(0, item["start"] - 24)
        low = _RANGE_LOW.search(text, window_start, item["start"])
        if not low:
            continue
        end = low.end("low") + len(low["mult"] or "")
        at = bisect.bisect_left(ends, end)
        if at < len(ends) and ends[at] == end:
            continue
        # 3至5万人: the unitless end takes the other end's multiplier (30000 to 50000).
        mult = low["mult"] or (item.get("_mult", "") if item.get("_arabic") else "")
        scale = MULTIPLIERS.get(mult, 1.0) * (10 if item["unit"] == "成" else 1)
        value = parse_number(low["low"]) * scale
        lows.append({**item, "start": low.start(), "end": end, "value": value, "qualifiers": []})
    return sorted(found + lows, key=lambda item: item["start"])
