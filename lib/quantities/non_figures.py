"""Tell a number that is not a figure from one that is: dates, years, periods, names, lists.

lib.quantities.spans proposes every number with what follows it; the tests here refuse a
proposal that names something (a plan period, a programme, a set phrase, an enumeration of
points) rather than states how much was done.
"""

from __future__ import annotations

import re

from lib.quantities.numerals import to_ascii_digits

# Units that read as a date unless 个 precedes them (12月 is December, 两个月 is two months).
_NEEDS_GE = {"月", "季度"}
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
# A span of years that names a period rather than measures one: 这五年, 过去的五年, 五年来,
# 今后五年; and a plan or programme named by its years: 三年行动计划, 五年攻坚.
_PERIOD_BEFORE = re.compile(
    r"(?:这|那|过去的?|今后|未来|近|最近|此前|此后|前|后|本届政府|的|今明|明后|建党|建军|建国|成立|诞辰"
    r"|[^更创]新)$"
)
_PERIOD_AFTER = re.compile(
    r"(?:来|以来|间|中|里|的|前|平均|累计|行动|攻坚|计划|规划|工程|方案|专项|时间)"
)
# Said of a period even with 多 or 左右 (一年多以来, 用三年左右时间): since when, or within
# what time a plan is to be done; and a school programme named by its years (九年免费义务教育).
_PERIOD_AFTER_ANY = re.compile(r"(?:以来|来|(?:的)?时间)|(?:免费)?(?:义务)?教育")
# A span of years that opens a clause says over which period (五年投资二百九十八亿元).
_CLAUSE_OPENING = re.compile(r"(?:^|[，。；：！？\n]|关键性)$")
# Round-the-clock service names (24小时开放, 365天24小时在线) say when, not how much.
_ROUND_THE_CLOCK = re.compile(
    r"(?:24小时|365天|全天)[ ]?(?:24小时)?(?:开放|营业|在线|服务|值守|自助|不打烊|便利|运行|热线)"
)
# A bare magnitude (百亿斤, 千亿斤) before a programme's name is part of that name.
_NAMED_PROGRAMME = re.compile(
    r"[^，。；、,;：:\s]{0,12}?(?:工程|行动|计划|战略|示范|项目|能力建设|纲要)"
)
# An enumeration of points (四个问题, 三个方面) lists, it does not count an achievement.
_ENUMERATED = re.compile(
    r"(?:问题|方面|重点|原则|基本原则|关系|必须|坚持|着力|环节|不够|短板|风险|事|部分|大事|工作|任务"
    r"|主张|积极性|基本准则|准则|重大措施|措施|层次|方针|政策|标准|方式|形式|阶段|步骤|途径|办法"
    r"|目标|要求|特点|矛盾|观点|因素|渠道|方法|类型|理念|路线|手段|基本点|不同)"
)
# 这两种标准, 上述三个方面, 下列四项: a demonstrative points back or forth to a list.
_DEMONSTRATIVE = re.compile(r"(?:这|那|上述|以上|上面讲过的|下列|以下|如下|这些|那些)$")
_LIST_UNITS = ("个", "项", "条", "大", "件", "种", "类", "层", "点", "方面")


def is_year(number: str, is_arabic: bool) -> bool:
    """Return whether a number before 年 names a year (2020年, 二〇二〇年) rather than a span."""
    if is_arabic:
        return re.fullmatch(r"[12][0-9]{3}", to_ascii_digits(number)) is not None
    return len(number) > 1 and all(ch in "〇零一二三四五六七八九" for ch in number)


def names_a_period(match: re.Match, text: str) -> bool:
    """Return whether a span of years names a period (这五年, 五年来) or a plan (三年行动)."""
    if match["unit"] != "年" or (match["prefix"] and match["prefix"] != "近"):
        return False
    if _PERIOD_AFTER_ANY.match(text, match.end()):
        return True
    if any(match[g] for g in ("infix", "infix2", "after_unit", "half", "suffix")):
        return False  # 一年半, 两年多, 五年以上: a length of time stated as such
    before = text[max(0, match.start() - 4) : match.start()] + (match["prefix"] or "")
    after = text[match.end() : match.end() + 2]
    opening = not match["prefix"] and _CLAUSE_OPENING.search(before) is not None
    return bool(_PERIOD_BEFORE.search(before) or _PERIOD_AFTER.match(after) or opening)


_WRITTEN = ("prefix", "infix", "infix2", "suffix", "ge_infix")


def names_something(match: re.Match, text: str, is_arabic: bool) -> bool:
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
    if is_arabic or match["unit"] not in _LIST_UNITS or any(match[g] for g in _WRITTEN):
        return False
    small = len(match["number"]) == 1  # 两, 三 ... 十: a list, not 这一百二十个项目
    if small and _DEMONSTRATIVE.search(text, max(0, match.start() - 5), match.start()):
        return True  # 这两类私商: the items were named before
    division = re.search(
        r"(?:分为|分成|划分为|划为|分)$", text[max(0, match.start() - 3) : match.start()]
    )
    if division and match["unit"] in ("种", "类", "个", "大"):
        return True  # 分为三类地区: a division into kinds, not a count of things done
    return _ENUMERATED.match(text, match.end()) is not None


def not_a_quantity(match: re.Match, kind: str | None, is_arabic: bool, following: str) -> bool:
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
        or (unit == "年" and is_year(number, is_arabic))
        or (following != "" and following in _FOLLOWING_BLOCKS.get(unit, ""))
    )


def blocked_positions(text: str) -> set[int]:
    """Return the positions of `text` covered by a set phrase (八项规定 ...)."""
    covered: set[int] = set()
    for phrase in SET_PHRASES:
        for found in re.finditer(re.escape(phrase), text):
            covered.update(range(found.start(), found.end()))
    return covered
