"""Numbers that name or list rather than count are not figures; real counts nearby stay figures."""

from lib.quantities.indicators import extract_indicators
from lib.quantities.subjects import clipped


def _raws(sentence: str) -> list[str]:
    return extract_indicators(sentence)["raw"].tolist()


def test_a_small_number_of_levels_or_guidelines_is_an_enumeration():
    assert _raws("抓好研发、转化、推广三个层次的工作。") == []
    assert _raws("落实六条方针。") == []


def test_a_demonstrative_points_back_to_a_list_of_kinds():
    assert _raws("对这两类企业区别对待。") == []
    assert _raws("上述四项要一体推进。") == []


def test_a_division_into_kinds_is_not_a_count():
    assert _raws("全省分为三类地区。") == []


def test_a_count_of_kinds_made_stays_a_figure():
    assert _raws("新增两种国家一类新药。") == ["两种"]
    assert _raws("建成3个枢纽。") == ["3个"]


def test_a_period_with_more_or_about_is_still_a_period():
    assert _raws("一年多以来，我们签署了多项协议。") == []
    assert _raws("用三年左右时间完成改造。") == []


def test_the_years_of_a_school_programme_or_a_new_plan_are_its_name():
    assert _raws("全面实现城乡九年免费义务教育。") == []
    assert _raws("实施新10年发展纲要。") == []


def test_a_batch_is_an_article_even_after_a_qualifier():
    assert _raws("突破一批关键技术。") == []


def test_a_long_subject_is_clipped_at_a_word_start_not_inside_a_word():
    assert clipped("重点高校专项招收农村和贫困地区学生人数").endswith("农村和贫困地区学生人数")
    assert clipped("各地财政性教育经费占本地区一般公共预算支出的比重") == (
        "教育经费占本地区一般公共预算支出的比重"
    )
    assert clipped("全国城乡各级各类学校用于改善办学条件的经费") == "用于改善办学条件的经费"


def test_a_long_subject_is_cut_after_a_list_comma_and_a_long_name_is_kept_whole():
    subject = "零基预算改革优化支出结构、清收各类存量资金和闲置资金"
    assert clipped(subject) == "清收各类存量资金和闲置资金"
    name = "国家历史遗留废弃矿山生态修复示范工程和试点项目"
    assert clipped(name, whole_if_unbroken=True) == name
    assert clipped("全省各类学校") == "全省各类学校"
