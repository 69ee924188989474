"""Numbers read the way Chinese reports write them: Arabic, 数词, multipliers, fractions."""

import pytest

from lib.quantities.numerals import (
    is_vague,
    parse_arabic,
    parse_chinese,
    parse_fraction,
    parse_number,
    split_approximate_range,
    to_ascii_digits,
)


@pytest.mark.parametrize(
    "written, value",
    [
        ("400", 400.0),
        ("3.9", 3.9),
        ("1,256", 1256.0),
        ("12,345,678", 12345678.0),
        ("４００", 400.0),  # full-width digits
        ("９８．６８", 98.68),  # full-width point
        ("１，０１１，０３８", 1011038.0),  # full-width thousands commas of the 1950s reports
    ],
)
def test_arabic_numbers_with_separators_decimals_and_full_width_digits(written, value):
    assert parse_arabic(written) == pytest.approx(value)


@pytest.mark.parametrize(
    "written, value",
    [
        ("十", 10),
        ("十五", 15),
        ("二十三", 23),
        ("一百零五", 105),
        ("两", 2),
        ("两千", 2000),
        ("一万二千", 12000),
        ("千万", 10_000_000),
        ("三千五百万", 35_000_000),
        ("三亿五千万", 350_000_000),
        ("一万亿", 1_000_000_000_000),
        ("万", 10_000),
        ("一千六百二十三亿", 162_300_000_000),
        ("三十一万五千", 315_000),
        ("六万万", 600_000_000),  # 万万 is the older spelling of 亿
        ("五点三", 5.3),
    ],
)
def test_chinese_numerals_with_place_words_and_large_units(written, value):
    assert parse_chinese(written) == pytest.approx(value)


def test_bare_digit_runs_read_positionally_like_a_year():
    assert parse_chinese("一九七九") == 1979
    assert parse_chinese("二〇二〇") == 2020


def test_financial_numerals_read_like_ordinary_ones():
    assert parse_chinese("叁佰伍拾") == 350


@pytest.mark.parametrize(
    "written, value",
    [("400万", 4e6), ("1587亿", 1.587e11), ("2.35万亿", 2.35e12), ("1.4万亿", 1.4e12),
     ("5百万", 5e6), ("三千五百", 3500)],
)  # fmt: skip
def test_a_trailing_multiplier_scales_an_arabic_number(written, value):
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize(
    "written, value", [("几十", 10), ("数百", 100), ("数百万", 1e6), ("十几", 10), ("几千", 1000)]
)
def test_vague_digits_give_the_order_of_magnitude(written, value):
    assert parse_number(written) == value
    assert is_vague(written)


def test_exact_numerals_are_not_vague():
    assert not is_vague("三千五百") and not is_vague("400")


@pytest.mark.parametrize("written", ["十四五", "二三十", "", "abc", "400元", "3.9.1"])
def test_what_is_not_a_number_is_refused_with_a_message(written):
    with pytest.raises(ValueError, match="number|digits|numeral"):
        parse_number(written)


def test_fractions_are_proportions():
    assert parse_fraction("三分之一") == pytest.approx(1 / 3)
    assert parse_fraction("百分之五") == pytest.approx(0.05)
    assert parse_fraction("四分之三") == pytest.approx(0.75)


@pytest.mark.parametrize("written", ["三分之", "分之一", "三分一", "零分之一"])
def test_a_malformed_fraction_is_refused(written):
    with pytest.raises(ValueError, match="fraction|denominator"):
        parse_fraction(written)


def test_full_width_digits_become_ascii():
    assert to_ascii_digits("４００万件") == "400万件"


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("全年投资1.2万亿元", 1.2e12, "money"),
        ("出口3000万美元", 3e7, "money"),
        ("占比提高2个百分点", 2.0, "percentage_point"),
        ("增长15%", 15.0, "percent"),
        ("新增耕地5万亩", 5e4, "measure"),
    ],
)
def test_the_lexicon_gives_each_written_figure_its_value_and_kind(text, value, kind):
    from lib.quantities.indicators import extract_indicators

    found = extract_indicators(text)
    assert found[["value", "kind"]].values.tolist() == [[pytest.approx(value), kind]]


def test_an_anniversary_is_not_a_figure():
    from lib.quantities.indicators import extract_indicators

    assert extract_indicators("庆祝建党100周年").empty


_WRITTEN_DIGITS = "零一二三四五六七八九"


def _written_section(n: int, leading: bool) -> str:
    """Write 0 < n < 10000 as a report does: 一千零一十, 十五 (leading) or 一十五 (after 万)."""
    out, gap = "", False
    for place, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit == 0:
            gap = gap or bool(out)
            continue
        if gap:
            out, gap = out + "零", False
        if not (place == 10 and digit == 1 and not out and leading):
            out += _WRITTEN_DIGITS[digit]
        out += name
    return out


def written(n: int) -> str:
    """Write 0 <= n < 10**8 in Chinese numerals, an independent writer to test the reader."""
    if n == 0:
        return "零"
    high, low = divmod(n, 10_000)
    if not high:
        return _written_section(low, leading=True)
    rest = ("零" if low < 1000 else "") + _written_section(low, leading=False) if low else ""
    return _written_section(high, leading=True) + "万" + rest


def test_the_writer_of_the_test_writes_what_reports_write():
    assert [written(n) for n in (15, 105, 1010, 10005, 20300, 315000)] == [
        "十五", "一百零五", "一千零一十", "一万零五", "二万零三百", "三十一万五千",
    ]  # fmt: skip


def test_every_number_written_in_chinese_numerals_reads_back_as_itself():
    import random

    rng = random.Random(0)
    numbers = list(range(0, 1200)) + [rng.randrange(10**8) for _ in range(3000)]
    numbers += [10**k for k in range(8)] + [10**k + 1 for k in range(1, 8)]
    misread = {n: parse_chinese(written(n)) for n in numbers if parse_chinese(written(n)) != n}
    assert misread == {}


@pytest.mark.parametrize(
    "numeral, ends",
    [
        ("二三百", ("二百", "三百")),
        ("七八十万", ("七十万", "八十万")),
        ("十七八万", ("十七万", "十八万")),
        ("三千五百", None),
        ("两三", None),
        ("二八十", None),
    ],
)
def test_neighbouring_digits_before_a_place_word_split_into_two_ends(numeral, ends):
    assert split_approximate_range(numeral) == ends
