"""What a figure measures: the subject reader on the forms the archive sample got wrong.

The sentences are written here in the style of work reports; each case is a form that gave a
verb, a preposition or a clause fragment as the subject before (设置, 向, 引导, 始终不懈地把).
"""

import pandas as pd
import pytest

from lib.quantities.indicators import extract_indicators
from lib.quantities.subjects import VERB_FRAGMENT, noun_after, phrase_after, subject_from_lead


def only_figure(text: str) -> pd.Series:
    found = extract_indicators(text)
    assert len(found) == 1, found[["raw", "value", "unit", "subject"]].to_string()
    return found.iloc[0]


@pytest.mark.parametrize(
    "text, subject",
    [("新设立8个省级高新技术产业开发区", "省级高新技术产业开发区"),
     ("国务院已取消600多项行政审批事项", "行政审批事项"),
     ("机械工业部门共有七十个建设项目", "建设项目"),
     ("全力支持东西两翼三个经济区协同发展", "经济区"),
     ("支持38个县开展试点", "县"),
     ("推动134个涉海项目加快建设", "涉海项目"),
     ("组织8家骨干企业分别与高校签订合作协议", "骨干企业"),
     ("完成了千万人口规模的全员核酸检测", "全员核酸检测"),
     ("就能增产十万吨食糖", "食糖")],
)  # fmt: skip
def test_the_noun_after_the_measure_word_is_what_a_verb_counts(text, subject):
    assert only_figure(text)["subject"] == subject


@pytest.mark.parametrize(
    "text, subject",
    [("共向2300多名退役军人发放一次性补助", "退役军人"),
     ("对1.3万家小微企业实施减税", "小微企业"),
     ("农村危房改造使8.6万户群众住上安全房", "群众"),
     ("把2.8亿元资金用于乡村振兴", "资金"),
     ("始终不懈地把14亿多人民的饭碗端在手中", "人民")],
)  # fmt: skip
def test_a_preposition_before_the_figure_is_never_the_subject(text, subject):
    assert only_figure(text)["subject"] == subject


@pytest.mark.parametrize(
    "text, subject",
    [("今年也要再减少农村低收入人口800万人以上", "农村低收入人口"),
     ("今年还要再改造城镇老旧小区5000个", "城镇老旧小区"),
     ("省政府制定修订地方性法规17件", "地方性法规"),
     ("全省建成并投用5G基站4.8万个", "5G基站"),
     ("积极推动总投资3000多亿元的重点项目", "重点项目总投资"),
     ("社会消费品零售总额实际增长9.5%", "社会消费品零售总额"),
     ("一般公共预算支出拟定为8600亿元", "一般公共预算支出"),
     ("城乡低保标准均提高8%", "城乡低保标准")],
)  # fmt: skip
def test_adverbs_and_verbs_around_the_subject_are_trimmed(text, subject):
    assert only_figure(text)["subject"] == subject


def test_people_counted_before_a_verb_phrase_take_what_they_do_as_subject():
    found = extract_indicators("1334万人参保，641万人领取养老金。")
    assert found["subject"].tolist() == ["参保", "领取养老金"]
    assert only_figure("推动约200万人在县城就近落户")["subject"] == "在县城就近落户"


def test_a_figure_after_a_person_count_starts_its_lead_after_the_counted_noun():
    found = extract_indicators("帮助1.6万名农民工追回欠薪2.3亿元。")
    assert found["subject"].tolist() == ["农民工", "欠薪"]


def test_a_level_verb_keeps_the_subject_before_the_figure():
    assert only_figure("各类市场主体达到1.5亿户家庭")["subject"] == "各类市场主体"


@pytest.mark.parametrize(
    "text, value",
    [("共减轻企业负担3万多亿元", 3e12), ("新增减税降费1万余亿元", 1e12),
     ("带动投资3千多万元", 3e7)],
)  # fmt: skip
def test_a_duo_between_two_multipliers_keeps_both(text, value):
    figure = only_figure(text)
    assert (figure["value"], figure["unit"]) == (value, "元")


def test_a_bare_verb_or_preposition_is_a_fragment_and_a_noun_is_not():
    assert all(
        VERB_FRAGMENT.fullmatch(lead) for lead in ["设置", "向", "也要再减少", "始终不懈地把"]
    )
    assert not any(VERB_FRAGMENT.fullmatch(lead) for lead in ["农村贫困人口", "地方财政赤字"])


def test_the_noun_after_stops_at_a_verb_and_refuses_one_that_starts_with_a_verb():
    assert noun_after("12个县开展试点", 3, modified=True) == ("县", 4)
    assert noun_after("641万人领取养老金", 5) == ("", 5)
    assert phrase_after("641万人领取养老金。", 5) == "领取养老金"


def test_subject_from_lead_drops_opening_enumeration_marks_and_trailing_adverbs():
    assert subject_from_lead("（二）国营企业收入共收到") == "国营企业收入"
    assert subject_from_lead("每亩平均产量已经") == "每亩平均产量"


@pytest.mark.parametrize(
    "text",
    ["地区生产总值增加到6.1万亿元，五年年均增长6.3%。",
     "粮食产量前三年共增加了260万吨，而去年就增加了110万吨。",
     "棉花产量计划达到一百二十万吨，比一九八○年增长百分之十五。"],
)  # fmt: skip
def test_a_clause_without_a_noun_of_its_own_keeps_the_sentences_subject(text):
    subjects = extract_indicators(text)["subject"].tolist()
    assert len(subjects) == 2 and subjects[0] == subjects[1] != ""


def test_a_from_to_pair_after_jiang_takes_the_share_holder_of_the_clause_before():
    found = extract_indicators("民营经济在全省生产总值中所占的比重，将由48%上升到55%。")
    assert found["subject"].tolist() == ["民营经济", "民营经济"]


def test_a_generic_head_keeps_what_comes_before_its_de():
    assert only_figure("全市用于职业教育的经费达到21.6亿元")["subject"] == "用于职业教育的经费"


def test_years_summed_over_are_a_period_not_a_figure():
    assert only_figure("城镇新增就业五年累计达到380万人")["raw"] == "380万人"


def test_the_base_after_mei_is_not_a_figure():
    assert extract_indicators("最低收购价每50公斤提高3元")["raw"].tolist() == ["3元"]


def test_a_rank_names_the_ranking_and_a_streak_what_was_kept_up():
    ranks = extract_indicators("世界排名由第六位上升到第二位")
    assert ranks["subject"].tolist() == ["世界排名", "世界排名"]
    streak = only_figure("今年起再连续两年进一步提高城乡居民基础养老金")
    assert (streak["kind"], streak["subject"]) == ("streak", "提高城乡居民基础养老金")


@pytest.mark.parametrize("text, value", [("全国十四亿人民", 1.4e9), ("全国六万万人民", 6e8)])
def test_a_count_of_people_before_renmin_keeps_its_value_without_the_unit(text, value):
    figure = only_figure(text)
    assert (figure["value"], figure["unit"], figure["subject"]) == (value, "", "人民")


@pytest.mark.parametrize(
    "text, subject",
    [("实施赤峰、通辽等5个国家级盐碱地综合利用试点项目", "国家级盐碱地综合利用试点项目"),
     ("新增2个“绿水青山就是金山银山”实践创新基地", "“绿水青山就是金山银山”实践创新基地"),
     ("支持12个省级产业融合载体延伸产业链", "省级产业融合载体"),
     ("6支市级产业基金带动社会投资", "市级产业基金")],
)  # fmt: skip
def test_the_counted_noun_after_a_list_of_examples_is_the_subject_and_stops_at_its_verb(
    text, subject
):
    assert extract_indicators(text)["subject"].iloc[0] == subject


def test_a_class_left_without_its_head_takes_the_head_of_the_last_class():
    found = extract_indicators("建成石化、电子2个千亿级，食品、纺织3个百亿级产业集群。")
    assert found["subject"].tolist() == ["千亿级产业集群", "百亿级产业集群"]


@pytest.mark.parametrize(
    "text, subject",
    [("70%公办幼儿园纳入集团化办园", "公办幼儿园"),
     ("全省三分之一的县实现脱贫摘帽", "县"),
     ("95.6%二级及以上公立医院实现检查结果互认", "二级及以上公立医院"),
     ("7%左右的增速可以实现充分就业", "增速")],
)  # fmt: skip
def test_a_share_that_opens_the_clause_measures_the_noun_after_it(text, subject):
    assert only_figure(text)["subject"] == subject


@pytest.mark.parametrize(
    "text, subjects",
    [("引进重大项目1608个、总投资超1.6万亿元。", ["重大项目", "重大项目总投资"]),
     ("林下经济面积达260万亩、产值达130亿元。", ["林下经济面积", "林下经济产值"]),
     ("新增发电装机620万千瓦、总装机达到5800万千瓦。", ["新增发电装机", "发电总装机"]),
     ("农业投资比重提高到百分之十四，加上其他资金，总额达到九十亿元。", ["农业投资比重", "总额"])],
)  # fmt: skip
def test_a_referring_head_takes_the_subject_of_the_figure_before_it_unless_that_is_a_share(
    text, subjects
):
    assert extract_indicators(text)["subject"].tolist() == subjects


@pytest.mark.parametrize(
    "text, subject",
    [("筹措31亿元实施健康惠民工程", "健康惠民工程"),
     ("安排500亿元设立预算稳定调节基金", "预算稳定调节基金"),
     ("中央财政安排100亿元专项奖补资金予以支持", "专项奖补资金")],
)  # fmt: skip
def test_money_raised_for_a_purpose_measures_the_purpose(text, subject):
    assert only_figure(text)["subject"] == subject


@pytest.mark.parametrize(
    "text, subject",
    [("7.实施公路安全生命防护工程1500公里", "公路安全生命防护工程"),
     ("累计推出119个“高效办成一件事”重点事项", "“高效办成一件事”重点事项"),
     ("“暖心民政”三年行动启动实施，每年安排14亿元", "“暖心民政”三年行动"),
     ("CPI微降0.1%", "CPI"),
     ("力争民间投资占比达到40%以上", "民间投资占比")],
)  # fmt: skip
def test_list_numbers_lone_quotes_and_edge_adverbs_are_not_part_of_the_subject(text, subject):
    assert only_figure(text)["subject"] == subject


def test_a_circumstance_of_time_before_from_sends_the_subject_to_the_clause_before():
    found = extract_indicators("积累在国民收入中所占的比重，在调整初期由36.5%降低到28.5%。")
    assert found["subject"].tolist() == ["积累", "积累"]


def test_a_comparison_after_a_list_comma_keeps_the_subject_it_compares():
    found = extract_indicators("规上工业增加值增长6.7%、高于全国0.8个百分点。")
    assert found["subject"].tolist() == ["规上工业增加值", "规上工业增加值"]
    assert found["reference"].tolist() == ["", "全国"]


def test_single_character_list_items_share_the_rest_of_the_last_item():
    found = extract_indicators("一、二、三产业增加值分别增长4.2%、5%、5.4%。")
    assert found["subject"].tolist() == ["一产业增加值", "二产业增加值", "三产业增加值"]


def test_both_ends_of_a_from_to_pair_with_wei_measure_the_same_thing():
    found = extract_indicators("中职学校由71所优化整合为47所。")
    assert found["subject"].tolist() == ["中职学校", "中职学校"]


def test_zai_jian_opens_a_counted_noun_rather_than_a_place():
    assert only_figure("加快2条在建国际海缆建设")["subject"].startswith("在建国际海缆")


@pytest.mark.parametrize(
    "text, subject",
    [("全市的工业用电量10月份增长4.1%", "工业用电量"),
     ("粮食收购量第三季度下降2%", "粮食收购量"),
     ("全市10月份新增就业1.2万人", "新增就业"),
     ("在这一年将有四十种重要的新药进行临床试验", "新药"),
     ("全省的粮食产量不过九千万斤", "粮食产量")],
)  # fmt: skip
def test_time_words_adjectives_and_hedges_around_the_noun_are_not_part_of_it(text, subject):
    assert only_figure(text)["subject"] == subject


def test_a_per_head_phrase_or_a_basis_of_counting_sends_the_subject_to_the_clause_before():
    found = extract_indicators("农民的纯收入，全国平均每人达到三百五十五元。")
    assert found["subject"].tolist() == ["农民的纯收入"]
    found = extract_indicators("油料作物：以播种面积计算达到一亿亩，增长百分之十。")
    assert found["subject"].tolist() == ["油料作物", "油料作物"]


def test_a_share_of_the_plan_measures_what_completed_it():
    assert extract_indicators("全国工业总产值完成了原定计划的101%。")["subject"].tolist() == [
        "全国工业总产值"
    ]


def test_a_bare_rank_clause_ranks_the_figure_before_it_against_its_scope():
    found = extract_indicators("研发经费投入强度达到3.4%，居全国城市前5位。")
    rank = found[found["kind"] == "rank"].iloc[0]
    assert (rank["subject"], rank["reference"]) == ("研发经费投入强度", "全国城市")


def test_a_share_of_an_earlier_year_measures_the_figure_before_it():
    found = extract_indicators("全市旅游总人数达到4200万人次，恢复到2019年的96%。")
    assert found["subject"].tolist() == ["旅游总人数", "旅游总人数"]
    assert found["reference"].iloc[1] == "2019年"


def test_a_respectively_list_without_items_pairs_with_the_figures_named_before_it():
    text = "钢材产量一千八百万吨，水泥产量六千万吨，分别增长百分之五和百分之七。"
    assert extract_indicators(text)["subject"].tolist() == [
        "钢材产量", "水泥产量", "钢材产量", "水泥产量"
    ]  # fmt: skip


def test_a_total_after_an_increment_names_the_stock_not_the_increment():
    found = extract_indicators("新增上市公司6家，总数达到75家；累计达到75家。")
    assert found["subject"].tolist()[:2] == ["新增上市公司", "上市公司"]


@pytest.mark.parametrize(
    "text, subject",
    [
        ("最低工资标准提高到每人每月2100元", "最低工资标准"),
        ("实现社会消费品零售总额1.2万亿元", "社会消费品零售总额"),
        ("建成区绿化覆盖率达到42%", "建成区绿化覆盖率"),
        ("全省共有国家级开发区21个", "国家级开发区"),
        ("货物贸易进出口额首次突破3000亿元", "货物贸易进出口额"),
        ("全省人均粮食占有量达到九百斤", "人均粮食占有量"),
    ],  # fmt: skip
)
def test_verbs_adverbs_and_per_person_bases_at_the_edges_are_not_the_subject(text, subject):
    assert only_figure(text)["subject"] == subject


def test_a_later_half_year_compared_with_last_year_keeps_the_subject_of_the_sentence():
    found = extract_indicators("出口总额比上年增长12%，1980年上半年又比去年同期增长8.5%。")
    assert found["subject"].tolist() == ["出口总额", "出口总额"]


def test_a_share_before_a_modified_noun_without_de_takes_the_noun_not_its_modifier():
    found = only_figure("有近百分之三十独立核算的国营工业企业亏损")
    assert found["subject"].startswith("国营工业企业")


@pytest.mark.parametrize(
    "text, subject",
    [("完善提升15个县乡村三级医疗服务网络", "县乡村三级医疗服务网络"),
     ("精准帮扶3.5万名就业困难人员实现就业", "就业困难人员"),
     ("争创国家级农业产业园、产业集群、特色小镇各2个", "国家级农业产业园、产业集群、特色小镇"),
     ("主导产业［3］占地区生产总值比重提高到45%", "主导产业"),
     ("历时三年多的土地调查工作全面完成", "土地调查工作"),
     ("棉花产量在一九六二年到一九七五年间平均每年只增长十多万吨", "棉花产量"),
     ("农村居民的消费水平平均每年递增百分之五", "农村居民的消费水平"),
     ("内河船舶的货物周转量增长百分之六十", "内河船舶的货物周转量"),
     ("要求羊的只数在年底达到一亿只", "羊的只数"),
     ("全国工业投资总额完成年计划30%", "全国工业投资总额"),
     ("将批发零售等行业现行13%的税率降低", "批发零售等行业税率"),
     ("已有1800个县（市、区）建立这项制度", "县"),
     ("新建三个新式的炼钢厂", "炼钢厂"),
     ("排灌设备的马力增长十倍", "排灌设备的马力"),
     ("我国八亿人民将坚决站在和平一边", "人民")],
)  # fmt: skip
def test_a_clause_fragment_verb_or_footnote_mark_is_not_kept_as_the_subject(text, subject):
    assert only_figure(text)["subject"] == subject


@pytest.mark.parametrize(
    "text, subjects",
    [("水利建设，五年投资一百二十亿元。", ["水利建设投资"]),
     ("社队兴办的农村企业，一九七九年的产值达到八十亿元左右。", ["农村企业产值"]),
     ("钢材：全部建成后增加的年产能力将为五十万吨，五年内增加的年产能力为二十万吨。",
      ["钢材年产能力", "钢材年产能力"]),
     ("扩大水浇地面积，计划由一九八○年的五千万亩增加到一九八五年的八千万亩。",
      ["水浇地面积", "水浇地面积"]),
     ("享受补助的覆盖人数，由年初的300多万人扩大到年末的900多万人。",
      ["享受补助的覆盖人数", "享受补助的覆盖人数"]),
     ("研发经费增加到620亿元，占地区生产总值比重从1.2%提高到2.1%。",
      ["研发经费", "研发经费占地区生产总值比重", "研发经费占地区生产总值比重"]),
     ("高速公路里程从居全国第二十位跃升到第五位。", ["高速公路里程", "高速公路里程"])],
)  # fmt: skip
def test_a_bare_head_or_an_empty_clause_takes_its_holder_from_the_clause_before(text, subjects):
    assert extract_indicators(text)["subject"].tolist() == subjects


@pytest.mark.parametrize(
    "text, subjects",
    [("改造老旧供水、燃气、供热管网500公里、400公里、200公里。",
      ["老旧供水管网", "燃气管网", "供热管网"]),
     ("城乡低保标准分别提高9.5%和12.1%。", ["城市低保标准", "农村低保标准"]),
     ("城乡居民医保补助标准分别提高5%和6%。", ["城镇居民医保补助标准", "农村居民医保补助标准"]),
     ("新建四十个电力工程，三千公里的输电线路。", ["电力工程", "输电线路"])],
)  # fmt: skip
def test_listed_values_pair_with_listed_items_and_a_figure_opening_a_clause_counts_what_follows(
    text, subjects
):
    assert extract_indicators(text)["subject"].tolist() == subjects


def test_a_holder_is_not_borrowed_by_a_clause_that_is_not_a_sector():
    found = extract_indicators("工业生产增长较快，总产值比上年增长百分之十二。")
    assert found["subject"].tolist() == ["总产值"]


@pytest.mark.parametrize(
    "text, subjects",
    [("城镇棚户区住房基本建成50万套，新开工建设80万套。", ["城镇棚户区住房", "城镇棚户区住房"]),
     ("全省96个开发区整合优化为60个。", ["开发区", "开发区"])],
)  # fmt: skip
def test_a_second_figure_after_a_bare_verb_of_building_or_merging_keeps_the_first_subject(
    text, subjects
):
    assert extract_indicators(text)["subject"].tolist() == subjects


def test_a_counted_unit_after_de_keeps_what_qualifies_it():
    found = only_figure("同我国签订合作协议的国家已经达到四十个")
    assert found["subject"] == "同我国签订合作协议的国家"


def test_a_share_over_the_plan_keeps_the_subject_of_the_sentence():
    found = extract_indicators("钢产量达到五百万吨，超过年度计划百分之三，比上一年增长百分之八。")
    assert found["subject"].tolist() == ["钢产量", "钢产量", "钢产量"]


def test_a_circumstance_in_the_clause_before_is_not_a_subject():
    found = only_figure("在这一新的基础上，又比上年增加了三千多台。")
    assert found["subject"] != "基础上"


def test_he_mei_villages_are_a_word_not_a_conjunction_after_a_verb():
    assert only_figure("新建和美乡村300个")["subject"] == "和美乡村"


def test_town_and_country_values_joined_by_he_pair_with_town_then_country():
    found = extract_indicators("城乡低保标准提高到每月900元和700元。")
    assert found["subject"].tolist() == ["城市低保标准", "农村低保标准"]
