"""How Chinese reports write quantities: numbers (Arabic, 数词), multipliers, units, approximators.

The lexicon is data (MULTIPLIERS, UNIT_KINDS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS) and the
parsers turn a written number into a float; lib.quantities.indicators finds quantities in
running text.

Conventions, chosen so that a figure keeps its order of magnitude even when it is vague:
- 两 is 2; 〇/零 are 0; the financial forms (壹贰叁 ... 拾佰仟) read like the ordinary ones.
- A run of bare digits without place words is read positionally (一九七九 -> 1979).
- 几/数 stand for "some digit": before a place word they count as 1, after one as 0, so the value
  is the order of magnitude (几十 -> 10, 数百万 -> 1000000, 十几 -> 10). The caller marks the figure
  vague; a bare 几/数 with no place word has no magnitude and is refused.
- Two neighbouring digits before a place word are an approximate range (二三百 -> 200 to 300,
  split_approximate_range); lib.quantities.spans gives one row per end.
- Colloquial abbreviations such as 两万三 (23000) are not supported: they read as 20003.
"""

from __future__ import annotations

import math
import re

# ○ (a white circle) stands for 〇 in some older typesetting (一九○七年).
DIGITS = {
    "〇": 0, "○": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
PLACES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# Multipliers (量级) that follow a number, Arabic or Chinese; the longest spelling wins.
MULTIPLIERS = {
    "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8,
    "千万": 1e7, "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3,
}  # fmt: skip
# Measure words (量词) and units, by the kind of figure they make.
_COUNT = (
    "件次 件 人次 户次 车次 班次 架次 艘次 人口 人 户 家 项 条 个 艘 架 辆 台 套 张 份 所 座 处 只 "
    "头 门 名 位 批 次 笔 种 类 款 例 起 宗 场 部 篇 册 轮 支 趟 株 棵 羽 剂 栋 幢 间 盏 颗 枚 "
    "单 列"
)
_MEASURE = (
    "吨 千克 公斤 克 斤 公顷 亩 平方公里 平方千米 平方米 立方米 公里 千米 米 厘米 毫米 "
    "吨公里 人公里 千瓦小时 千瓦时 千瓦 兆瓦 吉瓦 度 升 毫升 标准箱 标箱 吨标准煤 微克 毫克 "
    "海里 岁 "
    "担 市担 公担 公尺 平方公尺 立方公尺 公方 马力 重量箱"
)  # 担 (50 kg of grain or cotton), 公尺 (metre), 公方 (cubic metre of earth) and 马力
# (horsepower) are units of the 1950s-1970s reports; 重量箱 counts plate glass.
# The unit after a slash in a compound unit: 微克/立方米, 吨/年, 万吨/日.
PER_UNITS = (
    "百亿元 亿元 万元 元 立方米 平方米 平方公里 千瓦时 公里 小时 公斤 吨 年 日 天 月 升 "
    "百万人 十万人 万人 人 户 亩 秒"
).split()  # 0.6人/百亿元: deaths per ten billion yuan of output
_DURATION = "年 月 季度 周 星期 天 小时 分钟 秒 工作日"
_MONEY = "元 美元 欧元 日元 港元 英镑 元人民币"
# None: a date, series or anniversary word; a number before it is not an indicator.
# A voltage names the class of a line or station (500千伏输变电工程), not an amount.
_NOT_INDICATORS = "周年 届 年度 年代 年级 年初 年底 年末 千伏 万伏"
UNIT_KINDS: dict[str, str | None] = {
    **{unit: "count" for unit in _COUNT.split()},
    **{unit: "measure" for unit in _MEASURE.split()},
    **{unit: "duration" for unit in _DURATION.split()},
    **{unit: "money" for unit in _MONEY.split()},
    **{unit: None for unit in _NOT_INDICATORS.split()},
    "%": "percent", "％": "percent", "成": "percent", "百分点": "percentage_point",
    "千分点": "permille_point",
    "倍": "multiple", "折": "discount",
}  # fmt: skip
# Approximators (概数词) before and after a figure: 近9000艘次, 400万件以上.
PREFIX_QUALIFIERS = (
    "超过 接近 将近 低至 高达 多达 不到 不足 大约 至少 最多 突破 不低于 不少于 不超过 不高于 "
    "逾 超 近 约 迈上 跨上 迈入 跨越"
).split()
SUFFIX_QUALIFIERS = "以上 以下 左右 之多 有余 以内 大关".split()
# What each qualifier says about the true value: a lower or upper bound, an approximation, or a
# round threshold crossed (突破4万亿元大关). Range ends are "low" and "high".
BOUNDS = {
    **dict.fromkeys(
        "超过 超 逾 突破 至少 不低于 不少于 以上 之多 有余 多 余 迈上 跨上 迈入 跨越".split(),
        "lower",
    ),
    **dict.fromkeys("不到 不足 最多 不超过 不高于 以下 以内".split(), "upper"),
    **dict.fromkeys("约 大约 近 接近 将近 左右 几 数".split(), "approx"),
    "下限": "low", "上限": "high", "大关": "threshold",
}  # fmt: skip
# The longest integer part a report writes (万亿 with decimals has 14 digits); longer is refused.
MAX_DIGITS = 16
LARGE_PLACES = {"万": 1e4, "亿": 1e8}
VAGUE_DIGITS = "几数"

# Arabic: optional thousands separators, optional decimals; full-width digits and point accepted.
# Older reports separate thousands with a full-width comma (１，０１１，０３８元).
# Thousands may also be set apart by a space (1 234 567元), as in some printed tables.
ARABIC_PATTERN = (
    r"(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3}(?![0-9０-９]))+"
    r"|[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3}(?![0-9]))+|[0-9０-９]+)(?:[.．][0-9０-９]+)?"
)
_CHINESE_CHARS = "".join(DIGITS) + "".join(PLACES) + "万亿"
# 千 before 瓦/克 belongs to the unit (千瓦, 千克), not to the number.
CHINESE_PATTERN = (
    rf"(?:[{VAGUE_DIGITS}](?=[十百千万亿]))?"
    rf"(?:[{_CHINESE_CHARS.replace('千', '')}]|千(?![瓦克]))+"
    rf"(?:点[{''.join(DIGITS)}]+)?(?:几(?![十百千万亿]))?"
)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_ARABIC_RE = re.compile(ARABIC_PATTERN)
_CHINESE_RE = re.compile(CHINESE_PATTERN)


def alternation(words) -> str:
    """Return a regex alternation of `words`, longest first so that 负增长 wins over 增长."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def to_ascii_digits(text: str) -> str:
    """Return `text` with full-width digits and point made ASCII (４００ -> 400)."""
    return text.translate(_FULLWIDTH)


def parse_arabic(text: str) -> float:
    """Return the value of an Arabic number such as '1,256', '3.9' or full-width '４００'."""
    cleaned = re.sub(r"[,， \u00a0\u2009\u202f]", "", text.translate(_FULLWIDTH))
    if not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", cleaned):
        raise ValueError(f"{text!r} is not an Arabic number; expected digits like 1,256 or 3.9")
    if len(cleaned.partition(".")[0].lstrip("0")) > MAX_DIGITS:
        raise ValueError(f"{text[:20]!r}...: more than {MAX_DIGITS} digits is not a stated figure")
    return float(cleaned)


def _positional(text: str) -> float:
    return float("".join(str(DIGITS[ch]) for ch in text))


def parse_chinese(text: str) -> float:
    """Return the value of a Chinese numeral such as '十', '一百零五', '三千五百万' or '五点三'."""
    whole, _, decimals = text.partition("点")
    if decimals and not all(ch in DIGITS for ch in decimals):
        raise ValueError(f"{text!r}: only digits may follow 点 in a Chinese decimal")
    fraction = float("0." + "".join(str(DIGITS[ch]) for ch in decimals)) if decimals else 0.0
    if len(whole) > 1 and all(ch in DIGITS for ch in whole):
        if "两" in whole:  # 一九八二两个年度计划: 两 never stands in a run of digits (a year)
            raise ValueError(f"{text!r}: 两 is not a digit of a number read digit by digit")
        values = [DIGITS[ch] for ch in whole]
        if len(whole) == 2 and 0 < values[0] and values[1] == values[0] + 1:
            raise ValueError(f"{text!r}: two neighbouring digits are a vague span (两三年)")
        return _positional(whole) + fraction
    total = section = 0.0
    digit: float | None = None
    largest_seen = 0.0
    for position, ch in enumerate(whole):
        if ch in DIGITS or ch in VAGUE_DIGITS:
            if digit is not None:
                raise ValueError(f"{text!r}: two digits without a place word between them")
            # A vague digit before a place word counts 1 (its magnitude), after one it counts 0.
            digit = float(DIGITS.get(ch, 1 if position + 1 < len(whole) else 0))
            if ch in "零〇○":
                digit = None
        elif ch in PLACES:
            section += (1.0 if digit is None else digit) * PLACES[ch]
            digit = None
        elif ch in LARGE_PLACES:
            group = section + (digit or 0.0)
            if group == 0 and total == 0:  # a bare 万 or 亿 means one of it
                group = 1.0
            if group == 0:  # 万万 (the old spelling of 亿) multiplies what came before
                total *= LARGE_PLACES[ch]
                largest_seen *= LARGE_PLACES[ch]
            elif LARGE_PLACES[ch] > largest_seen:
                total = (total + group) * LARGE_PLACES[ch]
                largest_seen = LARGE_PLACES[ch]
            else:
                total += group * LARGE_PLACES[ch]
            section, digit = 0.0, None
        else:
            raise ValueError(f"{text!r}: {ch!r} is not part of a Chinese numeral")
    if not whole:
        raise ValueError(f"{text!r}: no numeral before 点")
    return total + section + (digit or 0.0) + fraction


def parse_number(text: str) -> float:
    """Return the value of an Arabic or Chinese number, any trailing multiplier applied."""
    text = text.strip()
    arabic = _ARABIC_RE.match(text)
    if arabic:
        rest = text[arabic.end() :]
        if rest and rest not in MULTIPLIERS:
            raise ValueError(
                f"{text!r}: {rest!r} after the digits is not a multiplier like 万 or 亿"
            )
        return parse_arabic(arabic.group()) * MULTIPLIERS.get(rest, 1.0)
    if _CHINESE_RE.fullmatch(text):
        value = parse_chinese(text)
        if not math.isfinite(value) or value >= 10.0**MAX_DIGITS:
            raise ValueError(f"{text[:20]!r}: more than {MAX_DIGITS} digits is not a stated figure")
        return value
    raise ValueError(f"{text!r} is not a number; expected digits (400, 1.4万亿) or 数词 (三千五百)")


def parse_fraction(text: str) -> float:
    """Return the value of an 'X分之Y' fraction as a proportion ('三分之一' -> 0.333...)."""
    denominator, separator, numerator = text.partition("分之")
    if not separator or not denominator or not numerator:
        raise ValueError(f"{text!r} is not a fraction; expected the form 三分之一 (X分之Y)")
    bottom = parse_number(denominator)
    if bottom == 0:
        raise ValueError(f"{text!r}: the denominator is zero")
    return parse_number(numerator) / bottom


# Two neighbouring digits before a place word write an approximate range: 二三百 (200-300),
# 七八十万 (700000-800000), 十七八万. Without a place word (两三年, 三五天) the span stays vague.
_NEIGHBOURS = re.compile(r"([一二两三四五六七八九])([二三四五六七八九])(?=[十百千万亿])")


def split_approximate_range(numeral: str) -> tuple[str, str] | None:
    """Return the two ends of an approximate range (七八十万 -> 七十万, 八十万), or None."""
    pair = _NEIGHBOURS.search(numeral)
    if not pair or not 0 < DIGITS[pair[2]] - DIGITS[pair[1]] <= 2:
        return None
    head, tail = numeral[: pair.start()], numeral[pair.end() :]
    return head + pair[1] + tail, head + pair[2] + tail


def is_vague(text: str) -> bool:
    """Return whether a numeral leaves a digit unsaid (几十, 数百, 十几)."""
    return any(ch in VAGUE_DIGITS for ch in text)
