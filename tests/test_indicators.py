"""The figures of a 成绩单: each stated quantity once, with value, unit and context; no dates."""

import json
import math

import pandas as pd
import pytest

from lib.quantities.indicators import CHANGE_DIRECTION, COLUMNS, extract_indicators
from lib.quantities.quantification import (
    extract_indicators_table,
    quantification_density,
    report_card,
)


def figures(text: str) -> list[tuple]:
    """(raw, value, unit) of each figure in `text`, in order."""
    found = extract_indicators(text)
    return list(zip(found["raw"], found["value"], found["unit"], strict=True))


def only_figure(text: str) -> pd.Series:
    found = extract_indicators(text)
    assert len(found) == 1, found[["raw", "value", "unit", "kind"]].to_string()
    return found.iloc[0]


# --- values, multipliers and units ---------------------------------------------------------


def test_the_columns_come_in_the_documented_order():
    assert list(extract_indicators("全年受理量400万件").columns) == COLUMNS
    assert COLUMNS[:9] == [
        "raw", "start", "end", "value", "unit", "qualifier", "kind", "subject", "change",
    ]  # fmt: skip
    assert COLUMNS[9:] == ["bound", "low", "high", "reference"]


@pytest.mark.parametrize(
    "text, raw, value, unit",
    [
        ("全年受理量400万件以上", "400万件以上", 4e6, "件"),
        ("计划总投资1587亿元", "1587亿元", 1.587e11, "元"),
        ("社会消费品零售总额2.35万亿元", "2.35万亿元", 2.35e12, "元"),
        ("入境旅客6.7万人", "6.7万人", 6.7e4, "人"),
        ("出入境船员17.9万人次", "17.9万人次", 1.79e5, "人次"),
        ("累计发放贷款85298万元", "85298万元", 8.5298e8, "元"),
        ("城镇新增就业1,256万人", "1,256万人", 1.256e7, "人"),
        ("全年受理量４００万件", "４００万件", 4e6, "件"),
        ("外汇储备超过3.2万亿美元", "超过3.2万亿美元", 3.2e12, "美元"),
        ("吸引外资达到80亿欧元", "80亿欧元", 8e9, "欧元"),
        ("粮食产量1.4万亿斤", "1.4万亿斤", 1.4e12, "斤"),
        ("可再生能源新增装机3.7亿千瓦", "3.7亿千瓦", 3.7e8, "千瓦"),
        ("治理水土流失面积5.8万平方公里", "5.8万平方公里", 5.8e4, "平方公里"),
        ("新建高速铁路2500公里", "2500公里", 2500, "公里"),
        ("解决3万吨水产品滞销问题", "3万吨", 3e4, "吨"),
        ("在4438米的海底深处", "4438米", 4438, "米"),
        ("新增城镇污水日处理能力1500万立方米", "1500万立方米", 1.5e7, "立方米"),
        ("粮食总产量达到３，６８０亿斤", "３，６８０亿斤", 3.68e11, "斤"),
        ("财政收入达到一千六百二十三亿元", "一千六百二十三亿元", 1.623e11, "元"),
        ("易地扶贫搬迁人口超过240万", "超过240万", 2.4e6, ""),
    ],
)
def test_value_is_in_base_units_with_the_multiplier_applied(text, raw, value, unit):
    figure = only_figure(text)
    assert (figure["raw"], figure["unit"]) == (raw, unit)
    assert figure["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    "text, raw, value, unit",
    [
        ("对市容环境等十个领域开展集中整治", "十个", 10, "个"),
        ("工期缩短了两个多月", "两个多月", 2, "个月"),
        ("完成了千万人口规模的全员核酸检测", "千万人口", 1e7, "人口"),
        ("一个半小时后终于到达海底", "一个半小时", 1.5, "个小时"),
        ("经过一个多小时的海底漫步", "一个多小时", 1, "个小时"),
        ("分两批共发放", "两批", 2, "批"),
        ("提前一年半完成", "一年半", 1.5, "年"),
        ("高等学校招生三十一万五千人", "三十一万五千人", 315000, "人"),
        ("共有二千六百多项科研成果", "二千六百多项", 2600, "项"),
    ],
)
def test_chinese_numerals_are_read(text, raw, value, unit):
    figure = only_figure(text)
    assert (figure["raw"], figure["value"], figure["unit"]) == (raw, pytest.approx(value), unit)


def test_a_space_before_a_figure_without_a_qualifier_stays_out_of_the_span():
    assert only_figure("■平度 启动综合柜员制 159项业务大提速")["raw"] == "159项"


def test_span_is_exact_even_where_extraction_left_spaces_around_the_digits():
    text = "12345 全年受理量超 400 万件"
    figure = only_figure(text)
    assert text[figure["start"] : figure["end"]] == figure["raw"] == "超 400 万件"
    assert figure["value"] == 4e6


# --- qualifiers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, qualifier",
    [
        ("累计运载290余家机构", 290, "余"),
        ("共1600余人从青岛出入境", 1600, "余"),
        ("港口出入境船舶近9000艘次", 9000, "近"),
        ("全年受理量超400万件", 4e6, "超"),
        ("总体使用率超过92%", 92, "超过"),
        ("全年受理量400万件以上", 4e6, "以上"),
        ("增长5%左右", 5, "左右"),
        ("最大的一块接近100公斤", 100, "接近"),
        ("用券支付价格低至3折", 3, "低至"),
        ("利息支出减少约1500亿元", 1.5e11, "约"),
        ("总投资4000多亿元", 4e11, "多"),
        ("惠及学生3400多万人次", 3.4e7, "多"),
        ("每人最多3张", 3, "最多"),
        ("发放贷款85298万元", 85298e4, ""),
    ],
)
def test_qualifiers_are_kept_apart_from_the_value(text, value, qualifier):
    figure = only_figure(text)
    assert figure["value"] == pytest.approx(value)
    assert figure["qualifier"] == qualifier


def test_a_vague_numeral_gives_its_order_of_magnitude_and_says_it_is_vague():
    figure = only_figure("几十个城市开展试点")
    assert (figure["value"], figure["qualifier"]) == (10, "几")
    assert only_figure("数百万人受益")[["value", "qualifier"]].tolist() == [1e6, "数"]


def test_a_vague_numeral_without_a_magnitude_is_no_figure():
    assert figures("几个城市和数个部门") == []


# --- kinds ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("计划总投资1587亿元", "money", 1.587e11),
        ("海洋生产总值同比增长3.9%", "percent", 3.9),
        ("高于GDP增速1.7个百分点", "percentage_point", 1.7),
        ("海陆清理比例达到30:1", "ratio", 30),
        ("海运集装箱口岸营商环境全国第二。", "rank", 2),
        ("钉钉激活率位居青岛各区市局第一名", "rank", 1),
        ("连发8天", "duration", 8),
        ("原价69.5元的安慕希酸奶", "price", 69.5),
        ("仅售29.5元", "price", 29.5),
        ("研发投入增长2.5倍", "multiple", 2.5),
        ("约三成企业", "percent", 30),
        ("专项转移支付项目减少三分之一", "fraction", 1 / 3),
        ("交通运输业增加值增长百分之六", "percent", 6),
        ("优惠3折起", "discount", 3),
        ("新签约涉海项目57个", "count", 57),
        ("在4438米的海底深处", "measure", 4438),
    ],
)
def test_each_figure_gets_its_kind(text, kind, value):
    figure = only_figure(text)
    assert figure["kind"] == kind
    assert figure["value"] == pytest.approx(value)


def test_an_ordinal_is_a_rank_only_when_it_ranks():
    assert figures("第二批特惠商品券") == []
    assert figures("第十届亚洲冬季运动会") == []
    assert figures("航次第一航段") == []
    assert only_figure("居世界第一位")["kind"] == "rank"


# --- traps: what is not a figure --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "12月17日至24日发放",  # a date range
        "12月17日起，新一轮活动启动",
        "餐饮惠民券也将于18日起发放",
        "7时53分，抓斗正式入水",  # times of day
        "每天10点开抢",
        "每天上午10:00起领券",
        "早上7点，队员在准备",
        "配合举办2020年德国企业重聚日",  # years
        "共享航次计划2019年度西太平洋",
        "一九七九年国民经济",
        "二〇二〇年",
        "把12345政务服务热线打造成直通车",  # identifiers and names
        "执行NORC2020-581航次",
        "A320飞机和C919大飞机",
        "税控Ukey设备",
        "5G基站",
        "第二批特惠商品券",  # ordinals and series
        "第十届全国人民代表大会",
        "十四五规划开局",
        "“三我”活动正在进行",
        "扎实推进“两重”建设，加力支持“两新”工作",
        "严格落实中央八项规定精神",
        "党的二十届三中全会",
        "成立75周年",
        "10月上旬出现新的疫情",
        "去年一季度经济开局良好",
        "新增一批重大工程",  # 一 as an article
        "用心倾听每一个来电",
        "关键零部件",
        "走进千家万户",
        "实施第一个五年计划",
        "几个城市",
    ],
)
def test_dates_times_years_identifiers_and_names_are_not_indicators(text):
    assert figures(text) == []


def test_pm2_5_is_a_name_and_only_the_change_after_it_is_a_figure():
    assert figures("细颗粒物（PM2.5）平均浓度下降2.7%") == [("2.7%", 2.7, "%")]


@pytest.mark.parametrize(
    "text", ["PM2.5年均浓度", "PM 2.5年均浓度", "ＰＭ2.5年均浓度", "pm2.5年均值"]
)
def test_pm2_5_before_a_year_word_is_not_a_duration(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text", ["坚持365天24小时在线", "城市书房24小时开放", "提供24小时自助服务"]
)
def test_a_round_the_clock_service_says_when_not_how_much(text):
    # 365天24小时在线, 24小时开放: the name of a service, not a duration worked.
    assert figures(text) == []


# --- change and subject -----------------------------------------------------------------------


def test_subject_is_taken_from_the_clause_before_the_number():
    figure = only_figure("前三季度海洋生产总值同比增长3.9%，高于预期")
    assert (figure["subject"], figure["change"]) == ("海洋生产总值", "增长")
    assert only_figure("全年受理量400万件以上")["subject"] == "受理量"
    assert only_figure("机场入境客运航班近500架次")["subject"] == "机场入境客运航班"


@pytest.mark.parametrize(
    "text, change",
    [
        ("城镇调查失业率下降0.3%", "下降"),
        ("居民消费价格上涨0.2%", "上涨"),
        ("单位能耗降低了3.5%", "降低"),
        ("业务办理时限缩短了40%以上", "缩短"),
        ("城镇新增就业1256万人", ""),  # 新增 names the subject here, not a change of the figure
        ("国内生产总值达到134.9万亿元", ""),  # a level, not a change
    ],
)
def test_change_is_the_verb_right_before_the_figure(text, change):
    assert only_figure(text)["change"] == change


def test_a_fall_keeps_a_positive_value_and_its_direction_comes_from_the_verb():
    figure = only_figure("城镇调查失业率下降0.3个百分点")
    assert figure["value"] == 0.3
    assert CHANGE_DIRECTION[figure["change"]] == -1
    assert CHANGE_DIRECTION["增长"] == 1


def test_a_written_minus_sign_makes_the_value_negative():
    assert only_figure("出口增长-2.1%")["value"] == -2.1


def test_a_comparison_measures_the_same_thing_against_what_follows_the_verb():
    figure = extract_indicators("海洋生产总值同比增长3.9%，高于GDP增速1.7个百分点").iloc[1]
    assert (figure["change"], figure["subject"]) == ("高于", "海洋生产总值")
    assert figure["reference"] == "GDP增速"
    figure = extract_indicators("规上工业增加值增长7.7%，高于全国1.8个百分点").iloc[1]
    assert (figure["subject"], figure["reference"]) == ("规上工业增加值", "全国")


def test_the_share_by_which_a_figure_exceeds_a_plan_measures_that_figure():
    figure = extract_indicators("化工投资额完成十亿元，超过原定的年度计划百分之五。").iloc[1]
    assert (figure["subject"], figure["reference"]) == ("化工投资额", "原定的年度计划")
    figure = extract_indicators("轻工业增长百分之九，超过重工业增长百分之四的速度。").iloc[1]
    assert figure["reference"] == ""  # 百分之四 is 重工业's growth, not an excess


def test_investment_after_a_count_of_projects_is_those_projects_investment():
    figures = extract_indicators("全年实施重点项目500个左右、完成投资3000亿元以上。")
    assert figures.iloc[1]["subject"] == "重点项目投资"
    after_a_rate = extract_indicators("积累部分增长3%，国家预算内安排的投资增长5%。").iloc[1]
    assert not after_a_rate["subject"].startswith("积累部分")


def test_the_subject_of_a_rank_leaves_out_the_ranking_words():
    assert only_figure("海运集装箱口岸营商环境全国第二。")["subject"] == "海运集装箱口岸营商环境"


def test_a_level_reached_is_marked_to():
    assert only_figure("优良天数比例上升至87.2%")["change"] == "上升:to"
    assert only_figure("企业设立全程电子化登记率提高到81%以上")["change"] == "提高:to"


def test_from_to_pairs_say_which_number_is_the_from_and_which_the_to():
    found = extract_indicators("海陆清理比例由往年的1:1提高到30:1")
    assert found[["raw", "value", "change"]].values.tolist() == [
        ["1:1", 1.0, "提高:from"],
        ["30:1", 30.0, "提高:to"],
    ]
    assert set(found["subject"]) == {"海陆清理比例"}
    found = extract_indicators("专项债从3200亿元提高到4100亿元")
    assert found[["value", "change"]].values.tolist() == [
        [3.2e11, "提高:from"],
        [4.1e11, "提高:to"],
    ]


def test_a_from_to_pair_may_name_the_year_of_each_end():
    found = extract_indicators("财政收入从2002年的1.89万亿元增加到2007年的5.13万亿元")
    assert found["change"].tolist() == ["增加:from", "增加:to"]


def test_a_from_to_pair_may_end_at_last_year():
    found = extract_indicators("资本充足率从2007年底的8.4%提升到去年底的13.3%")
    assert found["change"].tolist() == ["提升:from", "提升:to"]


def test_figures_listed_after_one_verb_share_its_change():
    found = extract_indicators("分别新增12家和7家")
    assert found[["value", "change"]].values.tolist() == [[12, "新增"], [7, "新增"]]
    found = extract_indicators("高技术制造业、装备制造业增加值分别增长8.9%、7.7%")
    assert found["change"].tolist() == ["增长", "增长"]


@pytest.mark.parametrize(
    "text, subjects",
    [
        ("金融业、软件和信息服务业增加值分别增长9.7%、15.3%",
         ["金融业增加值", "软件和信息服务业增加值"]),
        ("城镇、农村居民人均可支配收入分别增长4.8%、6.5%",
         ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        ("集成电路、生物医药、新能源汽车、智能装备等产业增加值分别增长12.1%、9.8%、20.3%、8.4%",
         ["集成电路产业增加值", "生物医药产业增加值", "新能源汽车产业增加值",
          "智能装备产业增加值"]),
        ("创建7个国家物流枢纽、3个骨干冷链物流基地", ["国家物流枢纽", "骨干冷链物流基地"]),
    ],
)  # fmt: skip
def test_each_figure_of_a_distributive_list_takes_its_own_item(text, subjects):
    assert extract_indicators(text)["subject"].tolist() == subjects


def test_a_second_verb_in_the_same_clause_is_its_own_change():
    found = extract_indicators("国内生产总值达到134.9万亿元、增长5%")
    assert found[["value", "change"]].values.tolist() == [[1.349e14, ""], [5.0, "增长"]]


# --- ranges -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, values, unit",
    [
        ("年均增长5%—6%", [5, 6], "%"),
        ("增长5%到6%", [5, 6], "%"),
        ("期限3至5年", [3, 5], "年"),
        ("吸纳3至5万人就业", [3e4, 5e4], "人"),
        ("基本建设投资多了十五亿元到二十亿元", [1.5e9, 2e9], "元"),
    ],
)
def test_a_range_gives_both_ends_marked_low_and_high(text, values, unit):
    found = extract_indicators(text)
    assert found["value"].tolist() == pytest.approx(values)
    assert found["unit"].tolist() == [unit, unit]
    assert found["qualifier"].tolist() == ["下限", "上限"]


def test_the_first_of_a_pair_may_leave_its_unit_to_the_second():
    found = extract_indicators("贷款平均增速分别高4.2和0.7个百分点")
    assert found[["value", "unit"]].values.tolist() == [[4.2, "个百分点"], [0.7, "个百分点"]]


def test_a_slash_fraction_is_a_fraction_only_when_proper():
    assert only_figure("本届政府减少1/3行政审批事项")["value"] == pytest.approx(1 / 3)
    assert figures("服务24/7在线") == []


def test_qian_multiplies_an_arabic_number_but_stays_in_kilowatt_and_kilogram():
    assert figures("日均新设企业5千多户") == [("5千多户", 5000, "户")]
    assert figures("装机3千瓦，样品5千克") == [("3千瓦", 3, "千瓦"), ("5千克", 5, "千克")]


# --- articles and idioms ----------------------------------------------------------------------


def test_a_bare_yi_is_an_article_but_yi_with_a_half_or_more_or_a_multiple_is_a_figure():
    assert figures("未发现一例阳性病例，提供一套印章") == []
    assert [v for _, v, _ in figures("一个半小时，一个多小时，增长一倍")] == [1.5, 1, 1]


def test_cheng_counts_only_before_what_is_not_another_word():
    assert only_figure("七成以上企业")["value"] == 70
    assert figures("三五成群") == []
    assert figures("使100成为目标") == []


# --- government-work-report style sentences ---------------------------------------------------


GWR_SENTENCES = [
    (
        "经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%，城镇新增就业1256万人、"
        "城镇调查失业率平均为5.1%，居民消费价格上涨0.2%。",
        [(1.349e14, "元", "money"), (5, "%", "percent"), (1.256e7, "人", "count"),
         (5.1, "%", "percent"), (0.2, "%", "percent")],
    ),
    (
        "粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤；新能源汽车年产量突破1300万辆。",
        [(1.4e12, "斤", "measure"), (10.1, "斤", "measure"), (1.3e7, "辆", "count")],
    ),
    (
        "赤字率拟按4%左右安排，赤字规模5.66万亿元，拟发行超长期特别国债1.3万亿元。",
        [(4, "%", "percent"), (5.66e12, "元", "money"), (1.3e12, "元", "money")],
    ),
    (
        "农村贫困人口减少1000万以上，易地扶贫搬迁280万人，约三成贫困县摘帽。",
        [(1e7, "", "count"), (2.8e6, "人", "count"), (30, "成", "percent")],
    ),
    (
        "单位国内生产总值能耗下降3%以上，非化石能源发电量比重接近40%，森林覆盖率提高0.5个百分点。",
        [(3, "%", "percent"), (40, "%", "percent"), (0.5, "个百分点", "percentage_point")],
    ),
    (
        "过去五年，新增发电装机容量5.2亿千瓦，新改建农村公路120万公里，退耕还林三分之一。",
        [(5.2e8, "千瓦", "measure"), (1.2e6, "公里", "measure"), (1 / 3, "分之", "fraction")],
    ),
    (
        "建设高标准农田1亿亩，改造棚户区2600万套，惠及居民百分之五十以上。",
        [(1e8, "亩", "measure"), (2.6e7, "套", "count"), (50, "百分之", "percent")],
    ),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", GWR_SENTENCES)
def test_report_style_sentences_give_every_figure_and_nothing_else(text, expected):
    found = extract_indicators(text)
    got = list(zip(found["value"], found["unit"], found["kind"], strict=True))
    assert len(got) == len(expected), found[["raw", "value", "unit"]].to_string()
    for (value, unit, kind), (want_value, want_unit, want_kind) in zip(got, expected, strict=True):
        assert (value, unit, kind) == (pytest.approx(want_value), want_unit, want_kind)


def test_bad_input_is_refused_with_a_message():
    with pytest.raises(ValueError, match="str"):
        extract_indicators(None)


# --- the seed page ----------------------------------------------------------------------------

SEED_FIGURES = [
    ("超 400 万件", 4e6), ("400万件以上", 4e6), ("近500架次", 500), ("6.7万人", 6.7e4),
    ("17.9万人次", 1.79e5), ("近9000艘次", 9000), ("千万人口", 1e7), ("十个", 10),
    ("3.9%", 3.9), ("1.7个百分点", 1.7), ("4000多亿元", 4e11), ("1587亿元", 1.587e11),
    ("3个", 3), ("290余家", 290), ("1600余人", 1600),
    ("1:1", 1), ("30:1", 30), ("5169项", 5169), ("12.53%", 12.53), ("85298万元", 8.5298e8),
    ("98.68%", 98.68), ("第一名", 1), ("62万张", 6.2e5), ("超过92%", 92), ("近20万", 2e5),
    ("200公斤以上", 200), ("接近100公斤", 100), ("4438米", 4438), ("一个半小时", 1.5),
    ("低至3折", 3), ("原价69.5元", None),
]  # fmt: skip


@pytest.fixture(scope="module")
def seed_figures(seed_text):
    return extract_indicators(seed_text)


def test_a_size_class_on_the_seed_page_is_part_of_what_is_counted(seed_figures):
    # 其中投资200亿元以上项目3个: three projects of that size, not a sum of 200亿元
    assert "200亿元以上" not in seed_figures["raw"].tolist()
    counted = seed_figures[seed_figures["raw"] == "3个"]
    assert counted["subject"].tolist() == ["投资200亿元以上项目"]


def test_every_span_on_the_seed_page_is_exact(seed_text, seed_figures):
    assert all(seed_text[s:e] == raw for s, e, raw in seed_figures[["start", "end", "raw"]].values)


@pytest.mark.parametrize("raw, value", [f for f in SEED_FIGURES if f[1] is not None])
def test_the_key_figures_of_the_seed_page_are_found_with_their_values(seed_figures, raw, value):
    values = seed_figures.loc[seed_figures["raw"] == raw, "value"].tolist()
    assert values, f"{raw} not found"
    assert values[0] == pytest.approx(value)


def test_the_seed_page_ranks_and_prices_are_kinded(seed_figures):
    assert seed_figures.loc[seed_figures["raw"] == "第二", "kind"].tolist() == ["rank", "rank"]
    assert seed_figures.loc[seed_figures["raw"] == "69.5元", "kind"].tolist() == ["price"]


def test_no_date_time_or_identifier_on_the_seed_page_is_reported(seed_figures):
    raws = " ".join(seed_figures["raw"])
    for trap in ("12345", "2020", "2019", "581", "10:00", "第二批", "第一航段", "NORC"):
        assert trap not in raws, trap
    assert not seed_figures["raw"].str.contains(r"[0-9](?:月|日|时|点|号)").any()
    assert not seed_figures["kind"].isin(["date", "time", "id"]).any()


# --- tables -----------------------------------------------------------------------------------


def paragraphs_table(rows: list[tuple]) -> pd.DataFrame:
    columns = ["page_id", "article_id", "section", "para_id", "kind", "text"]
    return pd.DataFrame(rows, columns=columns)


PARAGRAPHS = paragraphs_table([
    ("p2", "p2-a1", "全文", 0, "title", "平度159项业务大提速"),
    ("p1", "p1-a1", "市外办", 3, "paragraph", "接待代表团12批。累计运载290余家机构、共1600余人。"),
    ("p1", "p1-a1", "市外办", 1, "paragraph", "今年以来，入境旅客6.7万人！"),
    ("p1", "p1-a1", "市外办", 2, "caption", "科考队员在收取200公斤样品。"),
    ("p1", "p1-a1", "导语", 0, "byline", "记者 3人"),
    ("p1", "p1-a1", "导语", 0, "paragraph", "岛城各部门纷纷亮出成绩单。"),
])  # fmt: skip


def test_the_table_keys_each_figure_to_its_record_and_sentence():
    table = extract_indicators_table(PARAGRAPHS)
    assert list(table.columns) == ["page_id", "article_id", "section", "para_id", "sentence",
                                   *COLUMNS, "record_kind"]  # fmt: skip
    assert table[["page_id", "para_id", "raw"]].values.tolist() == [
        ["p1", 1, "6.7万人"], ["p1", 3, "12批"], ["p1", 3, "290余家"], ["p1", 3, "1600余人"],
        ["p2", 0, "159项"],
    ]  # fmt: skip
    assert table["sentence"].tolist()[1:3] == [
        "接待代表团12批。",
        "累计运载290余家机构、共1600余人。",
    ]


def test_captions_and_bylines_are_not_searched():
    table = extract_indicators_table(PARAGRAPHS)
    assert "200公斤" not in set(table["raw"]) and "3人" not in set(table["raw"])


def test_a_table_without_figures_has_the_columns_and_no_rows():
    table = extract_indicators_table(PARAGRAPHS.iloc[[5]])
    assert table.empty and list(table.columns)[5 : 5 + len(COLUMNS)] == COLUMNS


def test_a_paragraphs_table_without_text_is_refused_naming_the_column():
    with pytest.raises(ValueError, match=r"\['text'\]"):
        extract_indicators_table(PARAGRAPHS.drop(columns="text"))


def test_density_is_figures_per_thousand_non_whitespace_characters_densest_first():
    paragraphs = paragraphs_table([
        ("p1", "a1", "甲", 0, "paragraph", "城镇新增就业1256万人， 增长5%。"),
        ("p1", "a1", "乙", 1, "paragraph", "岛城各部门 亮出成绩单。"),
        ("p1", "a1", "乙", 2, "caption", "图片 200公斤"),
    ])  # fmt: skip
    density = quantification_density(paragraphs, extract_indicators_table(paragraphs))
    assert density["section"].tolist() == ["甲", "乙"]
    assert density["characters"].tolist() == [18, 11]
    assert density["indicators"].tolist() == [2, 0]
    assert density["indicators_per_1000_chars"].tolist() == pytest.approx([2000 / 18, 0.0])


def test_a_report_card_lists_one_sections_figures_in_text_order():
    card = report_card(extract_indicators_table(PARAGRAPHS), "市外办")
    assert card["raw"].tolist() == ["6.7万人", "12批", "290余家", "1600余人"]
    assert list(card.columns) == ["subject", "change", "qualifier", "value", "unit", "kind", "raw"]


def test_density_refuses_a_grouping_column_the_tables_lack():
    with pytest.raises(ValueError, match="outlet"):
        quantification_density(PARAGRAPHS, extract_indicators_table(PARAGRAPHS), by=["outlet"])


# --- the national reports (optional: skipped when the file is absent) -------------------------


def _report(path, year: str) -> str:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["year"] == year:
                return record["content"]
    raise AssertionError(f"no {year} report in {path}")


def test_the_2025_report_headline_figures_are_found(national_corpus_path):
    found = extract_indicators(_report(national_corpus_path, "2025"))
    pairs = set(zip(found["raw"], found["value"].round(6), strict=True))
    for raw, value in [("134.9万亿元", 1.349e14), ("5%", 5.0), ("1256万人", 1.256e7),
                       ("1.4万亿斤", 1.4e12), ("2.7%", 2.7), ("87.2%", 87.2)]:  # fmt: skip
        assert (raw, value) in pairs, raw
    assert found.loc[found["raw"] == "2.7%", "change"].tolist()[0] == "下降"
    assert not found["raw"].str.fullmatch(r"(?:19|20)[0-9]{2}年.*").any()


def test_every_recent_report_states_dozens_of_figures(national_corpus_path):
    with open(national_corpus_path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    recent = [r for r in records if r["year"] and int(r["year"]) >= 2000]
    counts = [len(extract_indicators(r["content"])) for r in recent]
    # 2001 states 24 once its 八项主张 (an enumeration) and its periods (未来五到十年, 五年增长)
    # are left out
    assert len(counts) >= 20 and min(counts) >= 22


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "全年国内生产总值达到126万亿元，比上年增长5.2%。",
            [("126万亿元", 1.26e14, "国内生产总值", ""), ("5.2%", 5.2, "国内生产总值", "增长")],
        ),
        (
            "赤字率拟按3%安排，比上年提高1个百分点。",
            [("3%", 3.0, "赤字率", ""), ("1个百分点", 1.0, "赤字率", "提高")],
        ),
        ("中央预算内投资拟安排7350亿元。", [("7350亿元", 7.35e11, "中央预算内投资", "")]),
        ("基本医疗保险参保率稳定在95%以上。", [("95%以上", 95.0, "基本医疗保险参保率", "")]),
    ],
)
def test_a_comparison_clause_inherits_the_subject_of_the_figure_before_it(text, expected):
    found = extract_indicators(text)
    assert list(zip(found["raw"], found["value"], found["subject"], found["change"],
                    strict=True)) == expected  # fmt: skip


def test_a_new_sentence_does_not_inherit_a_subject():
    found = extract_indicators("出口总额达到3万亿元。比上年增长5%。")
    assert found["subject"].tolist()[1] == ""


def test_group_density_takes_one_id_as_that_id_not_its_characters():
    from lib.quantities.quantification import group_density

    table = extract_indicators_table(PARAGRAPHS)
    one = group_density(PARAGRAPHS, table, "article_id", "p2-a1", ("A", "rest"))
    listed = group_density(PARAGRAPHS, table, "article_id", ["p2-a1"], ("A", "rest"))
    assert one.equals(listed)
    assert one.set_index("group").loc["A", "indicators"] == 1


# --- precision: ranges, signs, long numbers, periods, bounds (issues 13 and 16) ---------------


@pytest.mark.parametrize(
    "text, values, unit",
    [
        ("增长3%-5%", [3, 5], "%"),
        ("增长5-6%", [5, 6], "%"),
        ("预期增长4.5-5%", [4.5, 5], "%"),
        ("增长5%-5.5%", [5, 5.5], "%"),
        ("增长6.5%－7%", [6.5, 7], "%"),
        ("下降2%～3%", [2, 3], "%"),
        ("新开工1.5万~2万套", [1.5e4, 2e4], "套"),
        ("新增就业8万至10万人", [8e4, 1e5], "人"),
    ],
)
def test_a_range_in_any_dash_form_gives_two_positive_ends(text, values, unit):
    found = extract_indicators(text)
    assert found["value"].tolist() == pytest.approx(values)
    assert found["unit"].tolist() == [unit, unit]
    assert found["bound"].tolist() == ["low", "high"]
    assert found[["low", "high"]].values.tolist() == [values, values]


def test_negative_growth_is_a_fall_not_a_rise():
    figure = only_figure("工业企业利润负增长3%")
    assert (figure["value"], figure["change"]) == (3, "负增长")
    assert CHANGE_DIRECTION[figure["change"]] == -1


def test_thousands_set_apart_by_spaces_are_one_number():
    assert figures("全年办理1 234 567元") == [("1 234 567元", 1234567, "元")]


def test_a_number_of_hundreds_of_digits_is_refused_not_infinite():
    found = extract_indicators("收入" + "9" * 400 + "元")
    assert found.empty or found["value"].map(math.isfinite).all()
    assert found.empty


@pytest.mark.parametrize(
    "text",
    ["这五年，我们砥砺前行", "过去的五年极不平凡", "五年来成就显著", "一年来，我们坚持稳中求进",
     "实施三年行动计划", "深入实施优化营商环境三年行动", "实施百亿斤粮食产能提升工程",
     "着力解决四个问题", "今年重点抓好三件事", "在两三年内办完", "激励了亿万人民", "经营二批发",
     "把安全放在第一位", "五年投资二百九十八亿元"],
)  # fmt: skip
def test_periods_plans_enumerations_and_names_are_not_figures(text):
    assert [raw for raw, _, _ in figures(text)] in ([], ["二百九十八亿元"])


def test_a_streak_is_its_own_kind():
    found = extract_indicators("粮食产量连续13年稳定在1.3万亿斤以上")
    assert found[["raw", "kind"]].values.tolist() == [
        ["13年", "streak"],
        ["1.3万亿斤以上", "measure"],
    ]


@pytest.mark.parametrize(
    "text, qualifier, bound",
    [("旅客吞吐量突破1亿人次", "突破", "lower"), ("高新技术企业超过1.2万家", "超过", "lower"),
     ("交易额超500亿元", "超", "lower"), ("参保率不低于95%", "不低于", "lower"),
     ("增速不到2%", "不到", "upper"), ("增长5%左右", "左右", "approx")],
)  # fmt: skip
def test_a_qualifier_says_which_side_of_the_value_the_truth_lies(text, qualifier, bound):
    figure = only_figure(text)
    assert (figure["qualifier"], figure["bound"]) == (qualifier, bound)


def test_a_threshold_crossed_is_marked_and_the_level_reached_is_the_figure():
    found = extract_indicators("全市经济总量突破4万亿元大关，达到4.32万亿元")
    assert found["bound"].tolist() == ["threshold", ""]
    assert found["subject"].tolist() == ["经济总量", "经济总量"]


@pytest.mark.parametrize(
    "text, value, unit",
    [("平均浓度为28微克/立方米", 28, "微克/立方米"), ("处理能力16.9万吨/日", 1.69e5, "吨/日"),
     ("年产30万吨/年", 3e5, "吨/年"), ("新增装机260万千瓦", 2.6e6, "千瓦"),
     ("吞吐量1230万标箱", 1.23e7, "标箱"), ("种植苗木3900万株", 3.9e7, "株"),
     ("货运周转量3617亿吨公里", 3.617e11, "吨公里")],
)  # fmt: skip
def test_compound_units_stay_whole(text, value, unit):
    figure = only_figure(text)
    assert (figure["value"], figure["unit"]) == (pytest.approx(value), unit)


def test_a_top_n_rank_and_a_doubling_are_read_as_such():
    rank = only_figure("数字经济规模居全国前10位")
    assert (rank["kind"], rank["value"], rank["qualifier"]) == ("rank", 10, "前")
    doubling = only_figure("经济总量比2012年翻一番")
    assert (doubling["kind"], doubling["value"], doubling["unit"]) == ("multiple", 1, "番")
    assert doubling["subject"] == "经济总量"


def test_a_circumstance_is_not_the_subject():
    found = extract_indicators("外贸进出口在对美贸易下降超3成的情况下增长12%")
    assert found["subject"].tolist() == ["对美贸易", "外贸进出口"]


def test_a_comparison_with_an_earlier_period_names_a_reference_not_a_subject():
    found = extract_indicators("森林覆盖率达到24.1%，较“十三五”末提高1.2个百分点")
    assert found["subject"].tolist() == ["森林覆盖率", "森林覆盖率"]
    assert found["reference"].tolist()[1] == "十三五末"


# --- the corpus table for researchers ---------------------------------------------------------


def test_each_figure_carries_every_column_of_its_document_and_its_record_kind():
    paragraphs = PARAGRAPHS.assign(
        outlet="半岛都市报", city="青岛", year="2020", province="山东省",
        outlet_evidence="a long note", encoding="utf-8",
    )  # fmt: skip
    table = extract_indicators_table(paragraphs)
    assert {"outlet", "city", "year", "province", "record_kind"} <= set(table.columns)
    assert "outlet_evidence" not in table.columns and "encoding" not in table.columns
    assert table.loc[table["raw"] == "159项", "record_kind"].tolist() == ["title"]
    assert set(table["city"]) == {"青岛"}


def test_values_are_written_in_plain_notation_for_files_and_people():
    from lib.quantities.quantification import plain_numbers, readable_numbers

    table = pd.DataFrame({"value": [500.0, 67000.0, 1.587e11, 3.9, 1 / 3, float("nan")]})
    assert plain_numbers(table)["value"].tolist() == [
        "500", "67000", "158700000000", "3.9", "0.333333", "",
    ]  # fmt: skip
    assert readable_numbers(table)["value"].tolist() == [
        "500", "67,000", "158,700,000,000", "3.9", "0.3333", "",
    ]  # fmt: skip


def test_density_can_leave_the_headline_rows_out_and_keep_page_order():
    paragraphs = paragraphs_table([
        ("p1", "a1", "标题", 0, "title", "159项业务"),
        ("p1", "a1", "乙", 1, "paragraph", "岛城各部门亮出成绩单。"),
        ("p1", "a1", "甲", 2, "paragraph", "城镇新增就业1256万人，增长5%。"),
    ])  # fmt: skip
    table = extract_indicators_table(paragraphs)
    density = quantification_density(
        paragraphs, table, kinds=("paragraph", "heading"), page_order=True
    )
    assert density["section"].tolist() == ["乙", "甲"]
    assert density["indicators"].tolist() == [0, 2]


@pytest.mark.parametrize(
    "text, subjects, references",
    [
        ("已完成投资820亿元，占规划总投资的71.3%", ["投资", "投资"], ["", "规划总投资"]),
        ("机床一万台，等于一九四九年的八点五倍", ["机床", "机床"], ["", "一九四九年"]),
        ("经常项目顺差占国内生产总值的比重降至1.8%", ["经常项目顺差"], [""]),
    ],
)  # fmt: skip
def test_a_share_or_multiple_of_another_figure_keeps_its_subject(text, subjects, references):
    found = extract_indicators(text)
    assert found["subject"].tolist() == subjects
    assert found["reference"].tolist() == references


@pytest.mark.parametrize(
    "text, subject",
    [("始终把1600多万城乡居民的用水安全放在心上", "城乡居民"),
     ("设置8个区域医疗中心", "区域医疗中心"),
     ("增加300个社区养老服务站", "社区养老服务站"),
     ("今年要新增1200万吨标准煤的节能能力", "节能能力")],
)  # fmt: skip
def test_the_noun_after_a_figure_is_its_subject_when_the_clause_names_none(text, subject):
    assert only_figure(text)["subject"] == subject


def test_a_vague_chinese_number_keeps_its_larger_place_when_duo_stands_before_wan():
    assert only_figure("粮食产量预计达到三亿三千五百多万吨")["value"] == 3.35e8


def test_a_quoted_name_is_not_a_figure_even_with_a_space_inside_the_quotes():
    assert figures("深入揭批“ 四人帮”") == []


@pytest.mark.parametrize(
    "text, value", [("达到4.32万亿元", 4.32e12), ("粮食产量280.9亿斤", 280.9e8)]
)
def test_a_decimal_times_a_multiplier_is_the_written_value_without_binary_residue(text, value):
    found = extract_indicators(text)
    assert found["value"].iloc[0] == value
    assert repr(float(found["value"].iloc[0])) == repr(value)


# --- approximate ranges and old units ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, raws, values, unit",
    [
        ("多耗电二、三百亿度", ["二", "三百亿度"], [2e10, 3e10], "度"),
        ("储存粮食三、四千吨", ["三", "四千吨"], [3000, 4000], "吨"),
        ("受灾面积七八十万亩", ["七八十万亩", "七八十万亩"], [7e5, 8e5], "亩"),
        ("新增劳动力十七八万人", ["十七八万人", "十七八万人"], [1.7e5, 1.8e5], "人"),
    ],
)
def test_neighbouring_digits_before_a_place_word_are_an_approximate_range(text, raws, values, unit):
    found = extract_indicators(text)
    assert found["raw"].tolist() == raws
    assert found["value"].tolist() == pytest.approx(values)
    assert found["unit"].tolist() == [unit, unit]
    assert found["bound"].tolist() == ["low", "high"]
    assert found["low"].tolist() == pytest.approx([values[0]] * 2)


def test_two_neighbouring_digits_without_a_place_word_stay_vague():
    assert extract_indicators("大约需要两三年时间。").empty


@pytest.mark.parametrize(
    "text, raw, unit",
    [
        ("棉花产量二千六百万担", "二千六百万担", "担"),
        ("住宅一千万平方公尺", "一千万平方公尺", "平方公尺"),
        ("可蓄水十三亿立方公尺", "十三亿立方公尺", "立方公尺"),
        ("棉布一亿公尺", "一亿公尺", "公尺"),
    ],
)
def test_the_units_of_the_older_reports_are_read(text, raw, unit):
    assert extract_indicators(text)[["raw", "unit"]].values.tolist() == [[raw, unit]]


@pytest.mark.parametrize(
    "text, raw, unit",
    [
        ("电话交换机容量增加2000多万门", "2000多万门", "门"),
        ("内燃机二百万马力", "二百万马力", "马力"),
        ("完成土方十四亿公方", "十四亿公方", "公方"),
        ("制定修订法规180件次", "180件次", "件次"),
        ("死亡率控制在0.6人/百亿元以下", "0.6人/百亿元以下", "人/百亿元"),
    ],
)
def test_counted_and_compound_units_are_kept_whole(text, raw, unit):
    assert extract_indicators(text)[["raw", "unit"]].values.tolist() == [[raw, unit]]


def test_a_voltage_names_a_class_of_line_and_a_place_name_is_not_a_count():
    assert extract_indicators("建成20个500千伏输变电工程")["raw"].tolist() == ["20个"]
    assert extract_indicators("三门峡水库建成。").empty


def test_a_white_circle_is_read_as_zero_in_numbers_and_years():
    assert extract_indicators("共有中学二百○六所。")["value"].tolist() == [206]
    assert extract_indicators("到一九○七年，产量翻一番。")["raw"].tolist() == ["翻一番"]


def test_a_doubling_may_be_written_with_le():
    found = extract_indicators("经济总量翻了一番。")
    assert found[["raw", "value", "unit", "kind"]].values.tolist() == [
        ["翻了一番", 1.0, "番", "multiple"]
    ]


def _readings(sentence: str) -> list[tuple]:
    table = extract_indicators(sentence)
    return list(zip(table["raw"], table["value"], table["unit"], strict=True))


def test_a_number_going_on_past_yi_or_wan_is_read_whole():
    assert _readings("人口由8千多万增加到1亿2千多万。") == [
        ("8千多万", 8e7, ""),
        ("1亿2千多万", 1.2e8, ""),
    ]
    assert _readings("通车里程达到2万5千公里。") == [("2万5千公里", 25000.0, "公里")]
    assert _readings("分别减少10.6万、3.8万平方公里。")[0][1] == 106000.0


def test_kilowatt_hours_and_permille_points_are_units():
    assert _readings("发电量达到380亿千瓦小时。") == [("380亿千瓦小时", 3.8e10, "千瓦小时")]
    table = extract_indicators("出生率下降3个千分点。")
    assert table["unit"].tolist() == ["个千分点"]
    assert table["kind"].tolist() == ["permille_point"]


def test_liang_is_never_a_digit_of_a_year_read_digit_by_digit():
    assert _readings("编制了一九八一、一九八二两个年度计划。") == []
