"""Find where a text states a quantity: the span, value, unit, kind and written qualifiers.

One regular expression (_MASTER) proposes every number with what may follow it; the readers
below accept it as a figure or refuse it (a date, a name, a plan period, an article). The
conventions are listed in lib.quantities.indicators, which adds subject and change.
"""

from __future__ import annotations

import bisect
import re

from lib.quantities.numerals import (
    ARABIC_PATTERN,
    CHINESE_PATTERN,
    MULTIPLIERS,
    PER_UNITS,
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    UNIT_KINDS,
    is_vague,
    parse_fraction,
    parse_number,
    to_ascii_digits,
)

# Units that read as a date unless 个 precedes them (12月 is December, 两个月 is two months).
_NEEDS_GE = {"月", "季度"}
# Kinds for which a bare 一 is an article (一个, 一批, 一年); 一倍 and 一元 stay figures.
_ARTICLE_KINDS = ("count", "measure", "duration", "percent")
# Slogans and set phrases (提法) whose numerals name something rather than count it.
SET_PHRASES = (
    "八项规定 五项原则 两个维护 两个确立 四个意识 四个自信 四个全面 三个代表 两个一百年 五位一体 "
    "个五年 两条线 两种资源 两个市场 三个务必 两个结合 两个大局 四个现代化 五年计划 五年规划 "
    "千家万户 千方百计 三五成群 一成不变 两个文明 三个公报 两个超级大国 四项基本原则 "
    "九年义务教育 九年制"
).split()
# A unit followed by one of these starts another word: 三成为, 折合, 四次会议, 五年制.
_FOLLOWING_BLOCKS = {"成": "为员本果交效绩立功熟就长都品型套了", "折": "合旧算射扣", "次": "会全",
                     "年": "制", "批": "发准复评示"}  # fmt: skip
# 放在第一位, 摆在首位: "put first", not a ranking.
_PUT_FIRST = re.compile(r"(?:放在|摆在|置于|放到|摆到)$")
_RANK_CUES = re.compile(r"全国|全省|全市|全区|全球|世界|排名|排|居|列")
# A span of years that names a period rather than measures one: 这五年, 过去的五年, 五年来,
# 今后五年; and a plan or programme named by its years: 三年行动计划, 五年攻坚.
_PERIOD_BEFORE = re.compile(
    r"(?:这|那|过去的?|今后|未来|近|最近|此前|此后|前|后|本届政府|的|今明|明后|建党|建军|建国|成立|诞辰)$"
)
_PERIOD_AFTER = re.compile(
    r"(?:来|以来|间|中|里|的|前|平均|累计|行动|攻坚|计划|规划|工程|方案|专项)"
)
# A span of years that opens a clause says over which period (五年投资二百九十八亿元).
_CLAUSE_OPENING = re.compile(r"(?:^|[，。；：！？\n]|关键性)$")
# Round-the-clock service names (24小时开放, 365天24小时在线) say when, not how much.
_ROUND_THE_CLOCK = re.compile(
    r"(?:24小时|365天|全天)[ ]?(?:24小时)?(?:开放|营业|在线|服务|值守|自助|不打烊|便利|运行|热线)"
)
# A bare magnitude (百亿斤, 千亿斤) before a programme's name is part of that name.
_NAMED_PROGRAMME = re.compile(r"[^，。；、,;：:\s]{0,12}?(?:工程|行动|计划|战略|示范|项目)")
# An enumeration of points (四个问题, 三个方面) lists, it does not count an achievement.
_ENUMERATED = re.compile(
    r"(?:问题|方面|重点|原则|基本原则|关系|必须|坚持|着力|环节|不够|短板|风险|事|部分|大事|工作|任务"
    r"|主张|积极性|基本准则|准则|重大措施|措施)"
)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# Not inside an identifier (A320, PM2.5) nor a spaced-out one (1 9 9 7); NORC2020-581 is
# refused in find_quantities, since 5-6% is a range.
_NUMBER = rf"(?<![0-9A-Za-zＡ-Ｚａ-ｚ.．０-９])(?<![0-9] )(?:{ARABIC_PATTERN}|{CHINESE_PATTERN})"
_MINUS = r"(?<![0-9A-Za-z%％])[-−]"
# NORC2020-581 and PM 2.5 (a space after the letters): identifiers, not figures.
_IDENTIFIER_BEFORE = re.compile(r"[A-Za-z][0-9A-Za-z]*-$|(?:PM|pm|ＰＭ)[ \u3000]$")
_MASTER = re.compile(
    rf"""(?P<rank>第(?P<rank_number>{CHINESE_PATTERN}|[0-9]+)(?P<rank_unit>名|位|大)?
      |(?P<rank_top>前)(?P<top_number>{CHINESE_PATTERN}|[0-9]+)(?P<top_unit>名|位|强))
    |(?P<doubling>翻(?P<doublings>[一两二三四五])番)
    |(?:(?P<prefix>{_alternation(PREFIX_QUALIFIERS)})[ \u3000]?)?(?:
      (?P<fraction>(?P<denominator>{_NUMBER})分之(?P<numerator>{_NUMBER}))
     |(?P<ratio>(?P<left>{_NUMBER})[:：∶](?P<right>{ARABIC_PATTERN}))
     |(?P<slash>(?P<top>{_NUMBER})/(?P<bottom>[0-9]{{1,3}})(?![0-9/]))
     |(?P<sign>{_MINUS})?(?P<number>{_NUMBER})(?P<infix>[多余])?[ \u3000]?
      (?:(?P<mult>{_alternation(MULTIPLIERS)})(?!(?<=千)[瓦克米]))?(?P<infix2>[多余])?
      (?P<mult2>(?<=[万千百十][多余])[万亿])?[ \u3000]?
      (?P<ge>个(?P<ge_infix>[多半余])?(?=百分点|月|小时|工作日|星期|季度))?
      (?P<unit>(?!人民)(?:{_alternation(UNIT_KINDS)}))?(?P<after_unit>(?<=[年天时月])多)?(?P<per>/(?:{_alternation(PER_UNITS)}))?(?P<half>半)?
    )(?P<suffix>{_alternation(SUFFIX_QUALIFIERS)})?""",
    re.VERBOSE,
)
# The first end of a range (3至5年) or pair (4.2和0.7个百分点) may leave its unit to the second.
_RANGE_LOW = re.compile(
    rf"(?P<low>{_NUMBER})(?P<mult>{_alternation(MULTIPLIERS)})?[ ]?"
    r"(?:至|到|—+|–|-|－|~|～|和|、|及|或)[ ]?$"
)
RANGE_GAP = re.compile(r"[ ]?(?:至|到|—+|–|-|－|~|～)[ ]?")


def _reading(value: float, unit: str, kind: str, qualifiers: list | None = None) -> dict:
    """Return what a match states: value, unit, kind and its written qualifiers."""
    return {"value": value, "unit": unit, "kind": kind, "qualifiers": qualifiers or []}


def _is_year(number: str, is_arabic: bool) -> bool:
    """Return whether a number before 年 names a year (2020年, 二〇二〇年) rather than a span."""
    if is_arabic:
        return re.fullmatch(r"[12][0-9]{3}", to_ascii_digits(number)) is not None
    return len(number) > 1 and all(ch in "〇零一二三四五六七八九" for ch in number)


def _names_a_period(match: re.Match, text: str) -> bool:
    """Return whether a span of years names a period (这五年, 五年来) or a plan (三年行动)."""
    if match["unit"] != "年" or (match["prefix"] and match["prefix"] != "近"):
        return False
    if any(match[g] for g in ("infix", "infix2", "after_unit", "half", "suffix")):
        return False  # 一年半, 两年多, 五年以上: a length of time stated as such
    before = text[max(0, match.start() - 4) : match.start()] + (match["prefix"] or "")
    after = text[match.end() : match.end() + 2]
    opening = not match["prefix"] and _CLAUSE_OPENING.search(before) is not None
    return bool(_PERIOD_BEFORE.search(before) or _PERIOD_AFTER.match(after) or opening)


def _names_something(match: re.Match, text: str, is_arabic: bool) -> bool:
    """Return whether the figure is part of a name: a service, a programme, an enumeration."""
    if text[max(0, match.start() - 1) : match.start()] == "每":
        return True  # 每50公斤, 每万人口: the base a figure is stated per, not a figure
    if _ROUND_THE_CLOCK.match(text, match.start("number")):
        return True
    if match["number"] in ("365", "24") and _ROUND_THE_CLOCK.match(text, max(0, match.start() - 4)):
        return True  # the 24小时 of 365天24小时在线
    bare_magnitude = not is_arabic and re.fullmatch(r"[百千万]?[万亿]", match["number"])
    if bare_magnitude and _NAMED_PROGRAMME.match(text, match.end()):
        return True
    return (
        not is_arabic
        and match["unit"] in ("个", "项", "条", "大", "件")
        and _ENUMERATED.match(text, match.end()) is not None
    )


def _not_a_quantity(match: re.Match, kind: str | None, is_arabic: bool, following: str) -> bool:
    """Return whether a number-unit match is a date, year, idiom or article rather than a figure."""
    number, unit = match["number"], match["unit"]
    lone_place_word = (
        not is_arabic and number in ("百", "千", "万", "亿", "亿万") and not match["infix"]
    )
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
    if _not_a_quantity(match, kind, is_arabic, following):
        return None
    if _names_a_period(match, text) or _names_something(match, text, is_arabic):
        return None
    infixes = (match["infix"], match["infix2"], match["ge_infix"], match["after_unit"])
    written = [q for q in infixes if q and q != "半"]
    halves = bool(match["half"] or match["ge_infix"] == "半")
    if number == "一" and not (written or halves or match["prefix"]) and kind in _ARTICLE_KINDS:
        return None  # 一个, 一批, 一年: an article, not a count
    mult = match["mult"] or ""
    if not is_arabic and mult in ("万", "亿") and re.search("[万亿]", number):
        value = parse_number(number + mult)  # 三亿三千五百多万: the 万 belongs to 三千五百 only
    else:
        value = parse_number(number) * MULTIPLIERS.get(mult, 1.0)
    value *= MULTIPLIERS.get(match["mult2"] or "", 1.0)  # 3万多亿元: 多 between two multipliers
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
    return {**found, "_mult": match["mult"] or "", "_arabic": is_arabic}


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
        return _reading(parse_fraction(match["fraction"]), "分之", "fraction")
    left, right = parse_number(match["left"]), parse_number(match["right"])
    ratio_cue = "比" in text[max(0, match.start() - 6) : match.start()]
    if len(match["right"]) == 2 and left <= 24 and right < 60 and not ratio_cue:
        return None  # a clock time
    colon = text[match.end("left") : match.start("right")]
    return _reading(left / right, colon, "ratio") if right else None


def _blocked_positions(text: str) -> set[int]:
    """Return the positions of `text` covered by a set phrase (八项规定 ...)."""
    covered: set[int] = set()
    for phrase in SET_PHRASES:
        for found in re.finditer(re.escape(phrase), text):
            covered.update(range(found.start(), found.end()))
    return covered


def find_quantities(text: str) -> list[dict]:
    """Return the accepted quantity matches of `text`, in order, before ranges and context."""
    blocked = _blocked_positions(text)
    found = []
    for match in _MASTER.finditer(text):
        number_start = match.start("number") if match["number"] else match.start()
        quoted = text[max(0, number_start - 2) : number_start].strip()[-1:] in ("“", '"', "「", "‘")
        if match["number"] and quoted and not match["number"][0].isdigit():
            continue  # a quoted slogan such as “两新”
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
        if reading is None or match.start() in blocked:
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
        found.append({"start": start, "end": match.end(), **reading})
    return found


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
