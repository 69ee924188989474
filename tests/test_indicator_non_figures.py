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


# --- periods: a span of years or months is a figure only where a verb measures it ------------


def test_a_span_that_bounds_a_plan_or_a_time_is_not_a_figure():
    for sentence in [
        "头三年是打基础的关键。",
        "力争在五年内基本完成。",
        "实现三年目标任务。",
        "经过八年持续努力，贫困人口全部脱贫。",
        "结束了二十多年的隔绝。",
        "实施长江十年禁渔。",
        "在三个月内组建完毕。",
        "调整了二十五年没有动过的粮价。",
    ]:
        assert _raws(sentence) == [], sentence


def test_the_years_over_which_a_change_happened_are_not_a_figure_but_the_change_is():
    assert _raws("研发经费五年增长1倍。") == ["1倍"]
    assert _raws("中央财政五年投入专项资金两千亿元。") == ["两千亿元"]


def test_a_span_that_a_verb_or_a_length_noun_measures_stays_a_figure():
    assert _raws("提前两年完成规划目标。") == ["两年"]
    assert _raws("优惠政策再延长三年。") == ["三年"]
    assert _raws("工期缩短了两个多月。") == ["两个多月"]
    assert _raws("平均受教育年限从10.5年提高到十一年。") == ["10.5年", "十一年"]
    assert _raws("贷款期限3至5年。") == ["3", "5年"]


def test_a_streak_is_kept_as_its_own_kind():
    found = extract_indicators("粮食连续五年增产。")
    assert found[["raw", "kind"]].values.tolist() == [["五年", "streak"]]


def test_a_point_in_time_counted_back_is_not_a_figure():
    assert _raws("市场定价的比重由五年前的五成扩大到八成。") == ["五成", "八成"]


# --- enumerations, names, ordinals -----------------------------------------------------------


def test_a_few_abstract_points_after_a_modifier_are_an_enumeration():
    for sentence in [
        "打好两个攻坚战。",
        "坚持五项正义要求。",
        "完成十项主要任务。",
        "落实八项新举措。",
        "紧紧围绕两个历史性课题。",
        "把好土地、信贷两个闸门。",
    ]:
        assert _raws(sentence) == [], sentence


def test_a_modifier_outside_the_list_keeps_a_count():
    assert _raws("可生育两个孩子的配套政策。") == ["两个"]
    assert _raws("建成六个大区的经济体系。") == ["六个"]


def test_a_hundred_of_something_is_a_count_not_a_list():
    assert _raws("组织一百个课题进行攻关。") == ["一百个"]


def test_named_numbers_and_plan_names_are_not_figures():
    for sentence in [
        "粉碎“四人帮”以后。",
        "在三个联合公报的基础上。",
        "再经过三个五年计划。",
        "坚持两个毫不动摇。",
        "按照三个世界的理论。",
    ]:
        assert _raws(sentence) == [], sentence


def test_er_before_a_round_or_a_batch_is_second_not_two():
    assert _raws("推进二轮土地承包到期后延包试点。") == []
    assert _raws("开展两轮督查。") == ["两轮"]


def test_a_size_class_or_a_threshold_of_what_is_counted_is_not_a_figure():
    assert _raws("建设20万吨级航道。") == []
    assert _raws("新增万吨级泊位12个。") == ["12个"]
    assert _raws("清理单笔50万元以下拖欠账款。") == []
    assert _raws("单项冠军企业22家。") == ["22家"]


def test_the_word_list_files_hold_no_blank_or_duplicate_entry():
    from lib.quantities.non_figures import LIST_MODIFIERS, LIST_NOUNS, SET_PHRASES

    for words in (LIST_NOUNS, LIST_MODIFIERS, SET_PHRASES):
        assert words and len(set(words)) == len(words)
        assert all(w and " " not in w for w in words)


def test_because_is_not_a_verb_that_measures_a_span():
    assert _raws("这是因为五年内农业还不可能机械化。") == []
    assert _raws("学制为三年。") == ["三年"]


def test_lately_is_not_nearly():
    assert _raws("最近一个时期，有人看法不同。") == []
    assert _raws("接待游客近500万人次。") == ["近500万人次"]


def test_directions_listed_by_name_are_an_enumeration():
    assert _raws("从北、东、南三个方向同全国沟通。") == []


def test_a_division_into_kinds_named_between_verb_and_number_is_not_a_count():
    assert _raws("国土划分为优化开发、重点开发和禁止开发三类主体功能区。") == []


def test_a_few_points_announced_after_shi_or_you_and_then_listed_are_an_enumeration():
    assert _raws("整顿的关键是三条。一条是建好班子。") == []
    assert _raws("新建三个园区。一是高新园区。") == ["三个"]


def test_a_named_statistic_keeps_its_figure_not_its_name():
    assert _raws("十种有色金属产量达到108万吨。") == ["108万吨"]


def test_a_qualified_span_followed_by_time_is_still_a_period():
    assert _raws("少数项目需要将近十年的时间才能完成。") == []
    assert _raws("贷款逾期超过三年。") == ["超过三年"]


def test_a_count_of_rates_prices_or_plans_names_the_measures_spoken_of():
    assert _raws("稳定三项基本养老保险参保率。") == []
    assert _raws("推行两种价格的并轨。") == []
    assert _raws("全面完成四种计划的单位增多。") == []
    assert _raws("支持五个计划单列市加快发展。") == ["五个"]


def test_a_list_item_named_in_quotes_is_an_enumeration_but_a_longer_quoted_name_is_counted():
    assert _raws("认真落实两个“十条”。") == []
    assert _raws("做到两个“确立”。") == []
    assert _raws("新建三个“智慧港口”。") == ["三个"]


def test_items_summed_point_back_and_only_the_sum_is_a_figure():
    assert _raws("两项增减相抵，净减少一亿元。") == ["一亿元"]


def test_a_grade_of_goods_is_not_a_count_of_kinds():
    assert _raws("三类小商品的价格放开。") == []
    assert _raws("新增两种国家一类新药。") == ["两种"]


def test_the_divided_states_and_blocs_are_names():
    assert _raws("主张两个德国和平共处。") == []
    assert _raws("消除两个军事集团的对立。") == []


def test_numbers_inside_a_short_quoted_slogan_count_nothing():
    assert _raws("反对任何“一个中国两个政府”的图谋。") == []
    assert _raws("推进“双百”行动，新建3个站点。") == ["3个"]


def test_a_countdown_or_a_working_time_system_is_not_a_figure():
    assert _raws("距离运动会开幕只有九十天。") == []
    assert _raws("推行每周五天工作制。") == []
    assert _raws("全线工期缩短了二十天。") == ["二十天"]
    assert _raws("优良天数达到281天。") == ["281天"]


def test_a_span_of_interruption_is_a_measured_length():
    assert _raws("内河航运中断了两个多月。") == ["两个多月"]
    assert _raws("长江航段中断航运1个多月。") == ["1个多月"]


def test_a_count_after_a_copula_names_the_items_listed_before_it():
    assert _raws("工业和农业是本省经济的两个主要部门。") == []
    assert _raws("方针的要点是两条，一是坚持改革，一是扩大开放。") == []


def test_classes_each_given_a_value_are_a_division_not_a_count():
    assert _raws("粮食单产在三类地区分别达到四百斤、五百斤。") == ["四百斤", "五百斤"]


def test_a_list_noun_after_a_modifier_with_de_is_still_an_enumeration():
    assert _raws("会议指出了三个值得注意的问题。") == []
    assert _raws("全省只有两种生产资料所有制。") == []
    assert _raws("新建三个现代化的园区。") == ["三个"]


def test_a_workforce_size_defines_what_is_counted():
    assert _raws("其中十个工人以上的工厂有三千多户。") == ["三千多户"]
    assert _raws("招收十个工人。") == ["十个"]


def test_a_divided_country_and_a_named_slogan_are_not_counts():
    assert _raws("决不允许制造两个美国。") == []
    assert _raws("着力解决三个1亿人问题。") == []
