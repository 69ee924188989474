"""Tell a number that is not a figure from one that is: dates, years, periods, names, lists.

lib.quantities.spans proposes every number with what follows it; the tests here refuse a
proposal that names something (a plan period, a programme, a set phrase, an enumeration of
points, a size class) rather than states how much was done. The set phrases and the nouns that
head an enumeration are data: lib/quantities/data/named_numbers.txt and list_nouns.txt.
"""

from __future__ import annotations

import re
from pathlib import Path

from lib.quantities.numerals import UNIT_KINDS, alternation, parse_number, to_ascii_digits

_DATA = Path(__file__).resolve().parent / "data"


def read_word_list(name: str) -> tuple[str, ...]:
    """Return the entries of a word list in lib/quantities/data, one a line, # comments left out."""
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# Units that read as a date unless 个 precedes them (12月 is December, 两个月 is two months).
_NEEDS_GE = {"月", "季度"}
# Slogans, set phrases (提法) and names whose numerals name something rather than count it.
SET_PHRASES = read_word_list("named_numbers.txt")
# Abstract heads of an enumeration (两个攻坚战, 五项正义要求) and, marked "+", the modifiers
# allowed before them (see the file for what is left out and why).
_LIST_WORDS = read_word_list("list_nouns.txt")
LIST_NOUNS = tuple(w for w in _LIST_WORDS if not w.startswith("+"))
LIST_MODIFIERS = tuple(w[1:] for w in _LIST_WORDS if w.startswith("+"))
# A unit followed by one of these starts another word: 三成为, 折合, 四次会议, 五年制.
_FOLLOWING_BLOCKS = {"成": "为员本果交效绩立功熟就长都品型套了", "折": "合旧算射扣", "次": "会全",
                     "年": "制", "批": "发准复评示", "门": "峡类户", "台": "阶"}  # fmt: skip
# A span of years (or months) is a figure only where a verb or a noun naming a length measures
# it: 延长三年, 提前两年, 缩短两个月, 受教育年限从13.5年提高到14年, 费时三年多, 免税两年,
# 期限3至5年. Everywhere else it bounds a time or a plan (这五年, 五年来, 在五年内, 头三年,
# 经过八年, 三年目标, 五年增长1倍, 二十多年的隔绝): a period, not a figure. 连续N年 is kept,
# as kind streak. Lengths in other units (优良天数281天, 待泊时间减少8.9小时) are not touched.
_MEASURED_SPAN = re.compile(
    r"(?:(?:延长|缩短|压缩|减少|降低|提高|增加|扩大|提前|提早|推迟|延期|延|增|降)(?:了|到|至|为)?"
    r"|从|由|达到|达|(?<![因认作成以])为|花了|只花了|费时|耗时|历时|用了|仅用|只用|免税|减税|落后了?|连续"
    r"|(?:期限|年限|工期|周期|学制|任期|寿命)(?:为|是|达)?"
    r"|(?:中断|停产|停工|停航|停运|断航|长达)了?(?:航运|交通|运输|生产|供电|供水)?)[ ]?$"
)
# The first end of a range or choice (期限3至5年, 提早两年或者三年, 落后了一百多年，或者几十年):
# the verb or noun that measures both comes before the first.
_RANGE_START = re.compile(
    r"[0-9.一二两三四五六七八九十百]+多?(?:年|个月)?多?[ ]?[，,]?"
    r"(?:至|到|—|–|-|－|~|～|、|或者?)[ ]?$"
)
# Said of a period even with 多 or 左右 (一年多以来, 用三年左右时间): since when, or within
# what time a plan is to be done, a point in time (由五年前的五成); and a school programme named
# by its years (九年免费义务教育).
_PERIOD_AFTER_ANY = re.compile(r"(?:以来|来|(?:的)?时间|以?前|以?后)|(?:免费)?(?:义务)?教育")
# Round-the-clock service names (24小时开放, 365天24小时在线) say when, not how much.
_ROUND_THE_CLOCK = re.compile(
    r"(?:24小时|365天|全天)[ ]?(?:24小时)?(?:开放|营业|在线|服务|值守|自助|不打烊|便利|运行|热线)"
)
# A bare magnitude (百亿斤, 千亿斤) before a programme's name is part of that name.
_NAMED_PROGRAMME = re.compile(
    r"[^，。；、,;：:\s]{0,12}?(?:工程|行动|计划|战略|示范|项目|能力建设|纲要)"
)
# An enumeration of points (四个问题, 三个方面, 五项正义要求) lists, it does not count an
# achievement. Right after the measure word the noun alone decides; after a listed modifier
# (八项新举措, 两个历史性课题) the noun must also end its phrase (三个重要政策性银行 is a count).
_LIST_NOUN = alternation(LIST_NOUNS)
_ENUMERATED = re.compile(
    rf"(?:{_LIST_NOUN})|(?:{alternation(LIST_MODIFIERS)}|[\u4e00-\u9fff]{{1,3}}性|生产资料){{1,2}}"
    rf"(?:{_LIST_NOUN})"
    r"(?=$|[，。；：、！？,;:）)”\"\s的和与及并是为上中下等都也要已之来作])"
    rf"|[^，。；：、,;:\s]{{1,8}}的(?:{_LIST_NOUN})"
    r"(?=$|[，。；：、！？,;:）)”\"\s的和与及并是为上中下等都也要已之来作])"
)
# A list names a few points; a hundred of something (一百个课题) is a count.
_LONGEST_LIST = 50
# 划分为优化开发、重点开发、限制开发和禁止开发四类: the kinds are named between verb and number.
_DIVISION = re.compile(r"(?:分为|分成|划分为|划为)[^，。；：]*、[^，。；：]*$")
# 关键是三条。一条是……, 有两种可能：或者……: after 是 or 有, a count announced before its items
# are listed (新建三个园区。一是…… stays a count).
_ITEMS_FOLLOW = re.compile(
    r"[^，。；：:]{0,6}?[。：:，,]\s*(?:一是|一条|一种|一类|一个是|一项是|第一|首先|或者)"
)
# 工业和农业是国民经济的两个主要部门: after a copula, a count of the items named before it.
_NAMED_BEFORE_COPULA = re.compile(r"[和与、及][^，。；：]{1,16}是[^，。；：是]{0,8}$")
# 在全国三类地区分别达到……: the classes of a division, each given its own value.
_CLASSES_EACH = re.compile(r"[\u4e00-\u9fff]{1,4}分别")
# 这两种标准, 上述三个方面, 下列四项: a demonstrative points back or forth to a list.
_DEMONSTRATIVE = re.compile(r"(?:这|那|上述|以上|上面讲过的|下列|以下|如下|这些|那些)$")
# 单笔50万元以下, 单个项目1亿元以上: a threshold that defines what is counted.
_THRESHOLD_OF = re.compile(r"(?:单笔|每笔|单户|单次|单个项目|单项工程)(?:金额|投资)?$")
# 十个职工以上的企业: a size (by workers) that defines what is counted.
_WORKFORCE_CLASS = re.compile(r"(?:职工|工人|雇工|人)(?:以上|以下)的")
# 15分钟便民生活圈, 10分钟健身圈: a service radius named by its walking time.
_SERVICE_RADIUS = re.compile(r"[^，。；、,;：:\s]{0,8}?圈")
# 超百亿元企业, 10亿元以上产业项目: money that sizes the things counted, right before them.
_SIZE_CLASS_OF = re.compile(
    r"(?:以上|以下)?(?:的)?(?:产业|工业|重大|制造业)?(?:企业|项目|集群|园区)"
)
# 三项基本医疗保险参保率, 计划内外两种价格, 全面完成四种计划: a count of rates, prices or plans
# names the measures a sentence speaks of; it is not an achievement. The noun must end its
# phrase (五个计划单列市 is a count of cities).
_MEASURES_COUNTED = re.compile(
    r"[^，。；：、,;:\s的“”\"]{0,8}?(?:率|价格|计划)"
    r"(?=$|[，。；：、！？,;:）)”\"\s的和与及并是为上中下等都也要已之来作])"
)
# 三项增减相抵, 两项合计: the items were named before; the number points back to them.
_ITEMS_SUMMED = re.compile(r"(?:增减)?(?:相抵|相加|合计|共计|抵消|加在一起|合起来|加起来)")
# 一类物资, 三类小商品: the grades of goods of the planned economy, not a count of kinds.
_GRADED_GOODS = re.compile(r"(?:小商品|商品|物资|农副产品|农产品|物品)")
# 两个德国, 两个军事集团, 两个核大国: the divided states and blocs of the cold-war reports.
_BLOCS = re.compile(r"(?:德国|朝鲜|越南|美国|中国|军事集团|核大国|超级大国)")
# 三个“十条”, 两个“一百年”, 两个“确立”: a quoted name that holds a numeral or is one short
# word is an item of a list; 三个“智慧港口” (a longer quoted name) stays a count.
_QUOTED_ITEM = re.compile(
    r"[“\"](?:[^”\"]{0,6}[一二两三四五六七八九十百千0-9][^”\"]{0,6}|[^”\"]{1,2})[”\"]"
)
# 离开幕只有122天, 距离完成任务还有两年: a countdown says when, not how much was done.
_COUNTDOWN = re.compile(
    r"(?:离|距离?)[^，。；：!！?？]{1,16}(?:还有|只有|仅有|尚有|还剩|只剩|仅剩|不到)$"
)
# 每周五天工作制, 每日8小时工作制: the name of a working-time system.
_WORKING_TIME = re.compile(r"(?:工作)?制")
_ORDINAL_UNITS = ("轮", "次", "批", "届")
_LIST_UNITS = ("个", "项", "条", "大", "件", "种", "类", "层", "点", "方面")


def is_year(number: str, is_arabic: bool) -> bool:
    """Return whether a number before 年 names a year (2020年, 二〇二〇年) rather than a span."""
    if is_arabic:
        return re.fullmatch(r"[12][0-9]{3}", to_ascii_digits(number)) is not None
    return len(number) > 1 and all(ch in "〇○零一二三四五六七八九" for ch in number)


def number_is_grade(number: str, text: str, end: int) -> bool:
    """Return whether 一类/二类/三类 before goods names their grade (三类小商品), not a count."""
    return number in ("一", "二", "三") and _GRADED_GOODS.match(text, end) is not None


def names_a_period(match: re.Match, text: str) -> bool:
    """Return whether a span of years or months bounds a time or a plan rather than measures one."""
    months = match["unit"] == "月" and match["ge"]
    if match["unit"] != "年" and not months:
        return False
    if _PERIOD_AFTER_ANY.match(text, match.end()):
        return True  # even qualified: 将近十年的时间, 不到一年的时间里, 约三年来
    if match["prefix"] and match["prefix"] != "近":
        return False  # 超过三年, 不到两个月: a length stated as such
    if re.search(r"[.．点]", match["number"]):
        return False  # 10.5年: a measured length (受教育年限), never a plan's period
    before = _RANGE_START.sub("", text[max(0, match.start() - 12) : match.start()])
    return _MEASURED_SPAN.search(before[-6:]) is None


_WRITTEN = ("prefix", "infix", "infix2", "suffix", "ge_infix")


def names_something(match: re.Match, text: str, is_arabic: bool) -> bool:
    """Return whether the figure is part of a name: a service, a programme, an enumeration."""
    if text[max(0, match.start() - 1) : match.start()] == "每":
        return True  # 每50公斤, 每万人口: the base a figure is stated per, not a figure
    if _ROUND_THE_CLOCK.match(text, match.start("number")):
        return True
    if match["number"] in ("365", "24") and _ROUND_THE_CLOCK.match(text, max(0, match.start() - 4)):
        return True  # the 24小时 of 365天24小时在线
    if match["prefix"] in ("迈上", "跨上", "迈入") and match["unit"] in _LIST_UNITS:
        return True  # 跨上一个重要台阶: a step reached, not a count
    if UNIT_KINDS.get(match["unit"] or "") == "duration" and (
        _COUNTDOWN.search(text, max(0, match.start() - 24), match.start())
        or _WORKING_TIME.match(text, match.end())
    ):
        return True  # 离开幕只有122天, 五天工作制: a countdown or a system, not a figure
    if match["unit"] == "分钟" and _SERVICE_RADIUS.match(text, match.end()):
        return True  # 15分钟便民生活圈, 10分钟健身圈: the name of a service radius
    if match["unit"] in ("元", "美元") and _SIZE_CLASS_OF.match(text, match.end()):
        return True  # 产值超百亿元企业14家, 10亿元以上产业项目: a class of what is counted
    if match["unit"] in ("个", "名") and _WORKFORCE_CLASS.match(text, match.end()):
        return True  # 十个职工以上的企业: the size class of what is counted
    threshold = _THRESHOLD_OF.search(text, max(0, match.start() - 8), match.start())
    if text.startswith("级", match.end()) or threshold:
        return True  # 20万吨级航道, 单笔50万元以下: a class or threshold of what is counted
    if match["prefix"] == "近" and re.match(r"[最接将邻附]", text[max(0, match.start() - 1) :]):
        return True  # 最近一个时期: 近 is part of 最近 (lately), not "nearly"
    if match["number"] == "二" and match["unit"] in _ORDINAL_UNITS and not match["ge"]:
        return True  # 二轮土地承包, 二次创业: 二 before these is second (a count of two says 两)
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
    ) or _DIVISION.search(text, max(0, match.start() - 40), match.start())
    if division and match["unit"] in ("种", "类", "个", "大"):
        return True  # 分为三类地区, 划分为优化开发、…和禁止开发四类: a division into kinds
    if parse_number(match["number"]) > _LONGEST_LIST:
        return False
    if _QUOTED_ITEM.match(text, match.end()):
        return True  # 三个“十条”, 两个“确立”: the items of a list named in quotes
    if _ITEMS_SUMMED.match(text, match.end()):
        return True  # 三项增减相抵: the items were named before
    if match["unit"] == "类" and number_is_grade(match["number"], text, match.end()):
        return True  # 三类小商品: a grade of goods
    if match["number"] == "两" and _BLOCS.match(text, match.end()):
        return True  # 两个德国: a divided state or the two blocs, a name
    if _MEASURES_COUNTED.match(text, match.end()):
        return True  # 三项基本医疗保险参保率: the rates spoken of, not an achievement
    if small and _NAMED_BEFORE_COPULA.search(text, max(0, match.start() - 30), match.start()):
        return True  # 工业和农业是…两个主要部门: the items were named before 是
    if match["unit"] == "类" and _CLASSES_EACH.match(text, match.end()):
        return True  # 三类地区分别达到: the classes of a division, not a count
    announced = text[max(0, match.start() - 1) : match.start()] in ("是", "有")
    if small and announced and _ITEMS_FOLLOW.match(text, match.end()):
        return True  # 关键是三条。一条是……: the points are announced, then listed
    return _ENUMERATED.match(text, match.end()) is not None


def not_a_quantity(match: re.Match, kind: str | None, is_arabic: bool, following: str) -> bool:
    """Return whether a number-unit match is a date, year, idiom or article rather than a figure."""
    number, unit = match["number"], match["unit"]
    lone_place_word = (
        not is_arabic and number in ("百", "千", "万", "亿", "亿万") and not match["infix"]
    )
    lone_zero = number in ("零", "〇", "○")  # 零部件, 零费用: words, not zero counts
    return (
        kind is None
        or (unit in _NEEDS_GE and not match["ge"])  # 12月 is a date, 两个月 a span
        or lone_place_word  # 千家万户, 百年: idioms, not counts
        or lone_zero
        or (unit == "年" and is_year(number, is_arabic))
        or (following != "" and following in _FOLLOWING_BLOCKS.get(unit, ""))
    )


# A slogan in quotes (“一个中国两个政府”, “一中一台”) names a position; its numbers count nothing.
_SHORT_QUOTE = 10


def inside_short_quote(text: str, start: int, end: int) -> bool:
    """Return whether text[start:end] lies inside a quoted phrase of at most ten characters."""
    opening = text.rfind("“", max(0, start - _SHORT_QUOTE), start)
    if opening < 0 or "”" in text[opening:start]:
        return False
    closing = text.find("”", end, opening + _SHORT_QUOTE + 2)
    return closing >= 0 and "“" not in text[end:closing]


def blocked_positions(text: str) -> set[int]:
    """Return the positions of `text` covered by a set phrase (八项规定 ...)."""
    covered: set[int] = set()
    for phrase in SET_PHRASES:
        for found in re.finditer(re.escape(phrase), text):
            covered.update(range(found.start(), found.end()))
    return covered
