"""The page structure is recovered (articles, bylines, sections) and its layout repaired."""

import pytest

from lib.load.body import split_body
from lib.load.layout import check_nothing_lost, parse_byline, split_page
from lib.load.normalize import drop_cjk_digit_spaces, normalize_characters


def lines(*texts):
    return list(enumerate(texts, start=1))


def texts(records, kind=None):
    return [r["text"] for r in records if kind is None or r["kind"] == kind]


def test_a_sentence_broken_across_lines_is_joined():
    records, repairs = split_body(lines("据了解，“科学”号于11月23日自青", "岛启航，执行航次。"))
    assert texts(records) == ["据了解，“科学”号于11月23日自青岛启航，执行航次。"]
    assert [r["repair"] for r in repairs] == ["broken_line_joined"]


def test_caption_is_split_out_of_the_sentence_it_interrupts():
    records, repairs = split_body(
        lines(
            "经过一个多小时的“海底漫步”，他",
            "科考队员在收取海底火山岩样品。(科考队供图)",
            "们最终选取区域。",
        )
    )
    assert [(r["kind"], r["text"]) for r in records] == [
        ("paragraph", "经过一个多小时的“海底漫步”，他们最终选取区域。"),
        ("caption", "科考队员在收取海底火山岩样品。(科考队供图)"),
    ]
    assert {r["repair"] for r in repairs} == {"caption_taken_out_of_sentence", "broken_line_joined"}


def test_a_short_line_without_sentence_punctuation_is_a_section_heading():
    records, _ = split_body(lines("导语一句。", "市外办 搭建疫情下中德“空中走廊”", "正文一句。"))
    assert [r["kind"] for r in records] == ["paragraph", "heading", "paragraph"]


def test_a_line_ending_in_an_enumeration_comma_is_a_fragment_not_a_heading():
    records, _ = split_body(lines("前文结束。", "第八、", "中国坚持长期实行对外开放。"))
    assert texts(records) == ["前文结束。", "第八、中国坚持长期实行对外开放。"]


def test_a_line_opening_with_a_comma_continues_the_line_before():
    records, _ = split_body(
        lines("通过了我们国家的根本法——", "中华人民共和国宪法", "，接着又通过了几个法律。")
    )
    assert texts(records) == ["通过了我们国家的根本法——中华人民共和国宪法，接着又通过了几个法律。"]


def test_a_licence_notice_is_set_apart_as_boilerplate_not_dropped():
    records, _ = split_body(lines("正文。", "本作品是中华人民共和国的", "法律", "Public domain"))
    assert [r["kind"] for r in records] == ["paragraph", "boilerplate"]
    assert texts(records, "boilerplate") == ["本作品是中华人民共和国的 法律 Public domain"]


def test_extraction_spaces_between_chinese_and_digits_go_but_other_spaces_stay():
    assert drop_cjk_digit_spaces("12345 全年受理量超 400 万件") == "12345全年受理量超400万件"
    assert drop_cjk_digit_spaces("关于1 9 9 8 年的建议") == "关于1998年的建议"
    assert (
        drop_cjk_digit_spaces("市外办 搭建疫情下中德“空中走廊”")
        == "市外办 搭建疫情下中德“空中走廊”"
    )


def test_fullwidth_digits_and_letters_become_ascii_and_chinese_punctuation_stays():
    text, repairs = normalize_characters("受理量４００万件，增长３．９％。ＡＰＰ“直通车”")
    assert text == "受理量400万件，增长3.9%。APP“直通车”"
    assert {r["repair"] for r in repairs} == {"fullwidth_to_ascii"}


def test_byline_names_become_reporters_and_correspondents():
    assert parse_byline("□半岛全媒体记者 徐杰 通讯员 奚洪杰") == {
        "outlet_in_byline": "半岛全媒体",
        "reporters": "徐杰",
        "correspondents": "奚洪杰",
    }
    assert parse_byline("□本报记者 王媛 李晓哲")["reporters"] == "王媛、李晓哲"


@pytest.fixture(scope="module")
def seed_records(seed_text):
    text, _ = normalize_characters(seed_text)
    records, _ = split_page(text)
    return text, records


def test_the_seed_page_holds_four_articles_with_their_titles(seed_records):
    _, records = seed_records
    titles = [r["text"] for r in records if r["kind"] == "title"]
    assert titles == [
        "市政府办公厅、市外办和市海洋发展局亮出“成绩单”",
        "■平度 启动综合柜员制159项业务大提速",
        "第二批特惠商品券 每天10点开抢",
        "4438米海底“抓出”火山岩",
    ]
    assert [r["text"] for r in records if r["kind"] == "subtitle"] == [
        "12345全年受理量超400万件",
        "“科学”号科考船驶至马里亚纳海沟附近，第一航段取得阶段性进展",
    ]


def test_the_achievement_report_is_divided_by_department(seed_records):
    _, records = seed_records
    sections = [r["section"] for r in records if r["article"] == 1 and r["kind"] == "paragraph"]
    assert sections == ["导语"] + ["市政府办公厅"] * 4 + ["市外办"] * 3 + ["市海洋发展局"] * 3


def test_bylines_are_metadata_not_paragraph_text(seed_records):
    _, records = seed_records
    assert not any("□" in r["text"] for r in records if r["kind"] == "paragraph")
    assert {r["reporters"] for r in records if r["article"] == 2} == {"徐杰"}
    assert {r["correspondents"] for r in records if r["article"] == 2} == {"奚洪杰"}


def test_every_character_of_the_seed_page_lands_in_exactly_one_record(seed_records):
    text, records = seed_records
    check_nothing_lost(text, records, "seed")  # raises on any loss or duplication
    assert sum(not c.isspace() for r in records for c in r["text"]) == sum(
        not c.isspace() for c in text
    )


def test_the_character_check_catches_a_lost_character(seed_records):
    text, records = seed_records
    damaged = [dict(r) for r in records]
    damaged[3]["text"] = damaged[3]["text"][1:]
    with pytest.raises(AssertionError, match="lost"):
        check_nothing_lost(text, damaged, "seed")


def test_the_headline_block_has_its_own_section_so_no_section_is_blank(seed_records):
    _, records = seed_records
    head = {r["section"] for r in records if r["kind"] in ("title", "subtitle", "byline")}
    assert head == {"标题"}
    assert all(r["section"] for r in records)
