"""Targets (主要预期目标) and results, read from hand-written sentences in the style of reports."""

# ruff: noqa: E501  (the test sentences are data: a report's sentence is kept on one line)

import json

import pandas as pd
import pytest

from lib.paths import project_root
from lib.quantities.outcomes import extract_outcomes
from lib.quantities.target_corpus import plain_numbers
from lib.quantities.target_link import format_target, link, met_rates, side_by_side, target_forms
from lib.quantities.target_text import normalize
from lib.quantities.targets import extract_targets

PROVINCIAL = project_root().parent / "shared" / "corpora" / "provincial2026_sample.jsonl"
LEAD = "今年经济社会发展的主要预期目标是："

# (text, indicator, low, high, bound, qualifier) of the first target of the text.
TARGET_FORMS = [
    (LEAD + "国内生产总值增长8%左右。", "gdp_growth", 8, 8, "point", "左右"),
    (LEAD + "地区生产总值增长5%左右。", "gdp_growth", 5, 5, "point", "左右"),
    ("今年主要预期目标是：全市生产总值增长5%左右。", "gdp_growth", 5, 5, "point", "左右"),
    ("今年全区主要预期目标是：经济增长5.5%左右。", "gdp_growth", 5.5, 5.5, "point", "左右"),
    (LEAD + "全省生产总值增长6%以上。", "gdp_growth", 6, 6, "floor", "以上"),
    (LEAD + "国内生产总值增长5%-5.5%。", "gdp_growth", 5, 5.5, "range", ""),
    (LEAD + "国内生产总值增长4.5-5%。", "gdp_growth", 4.5, 5, "range", ""),
    (LEAD + "国内生产总值增长4.5%—5%。", "gdp_growth", 4.5, 5, "range", ""),
    (LEAD + "国内生产总值增长6.5%－7%。", "gdp_growth", 6.5, 7, "range", ""),
    (LEAD + "地区生产总值增长6%~6.5%。", "gdp_growth", 6, 6.5, "range", ""),
    (LEAD + "地区生产总值增长6%至6.5%。", "gdp_growth", 6, 6.5, "range", ""),
    ("今年经济增长速度的调控目标，定为百分之八至九。", "gdp_growth", 8, 9, "range", ""),
    ("今年国民生产总值计划增长百分之八。", "gdp_growth", 8, 8, "point", ""),
    ("今年宏观调控的主要目标是：经济增长速度8 ％。", "gdp_growth", 8, 8, "point", ""),
    ("今年的经济增长预期为7%左右。", "gdp_growth", 7, 7, "point", "左右"),
    ("今年主要预期目标是：一般公共预算收入按增长5%安排。", "fiscal_revenue_growth", 5, 5, "point", "按…安排"),
    (LEAD + "城镇新增就业1100万人以上。", "urban_new_jobs", 11_000_000, 11_000_000, "floor", "以上"),
    (LEAD + "城镇新增就业人数不低于900万人。", "urban_new_jobs", 9e6, 9e6, "floor", "不低于"),
    (LEAD + "城镇调查失业率控制在5.5%以内。", "surveyed_unemployment", 5.5, 5.5, "ceiling", "控制在+以内"),
    (LEAD + "城镇登记失业率低于4.6%。", "registered_unemployment", 4.6, 4.6, "ceiling", "低于"),
    (LEAD + "居民消费价格涨幅控制在3%。", "cpi", 3, 3, "ceiling", "控制在"),
    (LEAD + "居民消费价格涨幅控制在4%左右。", "cpi", 4, 4, "point", "控制在+左右"),
    (LEAD + "居民消费价格指数涨幅2%以内。", "cpi", 2, 2, "ceiling", "以内"),
    (LEAD + "单位地区生产总值能耗降低3%左右。", "energy_intensity", 3, 3, "point", "左右"),
    (LEAD + "粮食产量1.3万亿斤以上。", "grain_output", 1.3e12, 1.3e12, "floor", "以上"),
    (LEAD + "粮食产量超过600亿斤。", "grain_output", 6e10, 6e10, "floor", "超过"),
    (LEAD + "外贸进出口增长3%左右。", "trade_growth", 3, 3, "point", "左右"),
    (LEAD + "城乡居民人均可支配收入增长5%。", "income_growth", 5, 5, "point", ""),
    (LEAD + "社会消费品零售总额增长4.5%以上。", "retail_sales_growth", 4.5, 4.5, "floor", "以上"),
    (LEAD + "规模以上工业增加值增长6%。", "industrial_growth", 6, 6, "point", ""),
    ("今年全社会固定资产投资预定增长10 ％或者更多一些。", "investment_growth", 10, 10, "floor", "或者更多一些"),
    ("今年主要预期目标：\n——地区生产总值增长6%左右；\n——城镇新增就业60万人。", "gdp_growth", 6, 6, "point", "左右"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "indicator", "low", "high", "bound", "qualifier"), TARGET_FORMS)
def test_every_wording_of_a_target_gives_its_indicator_bounds_form_and_qualifier(
    text, indicator, low, high, bound, qualifier
):
    first = extract_targets(text, 2026).iloc[0]
    assert (first["indicator"], first["bound"], first["qualifier"]) == (indicator, bound, qualifier)
    assert (first["low"], first["high"]) == pytest.approx((low, high))
    assert first["year"] == 2026 and first["kind"] == "annual"


def test_several_targets_in_one_sentence_separated_by_semicolons_are_each_read():
    text = (
        LEAD
        + "国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右。"
    )
    targets = extract_targets(text, 2025)
    assert list(targets["indicator"]) == [
        "gdp_growth",
        "urban_new_jobs",
        "surveyed_unemployment",
        "cpi",
    ]
    assert list(targets["low"]) == [5, 12_000_000, 5.5, 2]


def test_a_target_list_on_the_lines_after_the_colon_is_read_and_stops_at_the_prose():
    text = "今年主要预期目标是：\n地区生产总值增长5%左右；\n居民消费价格涨幅2%左右。\n重点抓好以下工作。\n全年建设保障房1万套。"
    assert list(extract_targets(text, 2026)["indicator"]) == ["gdp_growth", "cpi"]


def test_striving_for_better_results_is_added_to_the_target_before_it():
    text = LEAD + "国内生产总值增长6.5%左右，在实际工作中争取更好结果；物价涨幅3%左右。"
    targets = extract_targets(text, 2017)
    assert targets.iloc[0]["qualifier"] == "左右+争取更好结果"
    assert targets.iloc[1]["qualifier"] == "左右"


def test_a_stretch_target_after_li_zheng_keeps_the_indicator_and_the_main_target_is_linked():
    targets = extract_targets(LEAD + "地区生产总值增长6%左右，力争7%。", 2026)
    assert list(targets["indicator"]) == ["gdp_growth", "gdp_growth"]
    assert targets.iloc[1]["qualifier"] == "力争"
    outcomes = pd.DataFrame(
        {"indicator": ["gdp_growth"], "year": [2026], "value": [6.2], "unit": ["%"]}
    )
    linked = link(targets, outcomes)
    assert (linked.iloc[0]["low"], linked.iloc[0]["status"]) == (6, "met")


def test_a_report_with_no_growth_target_gives_no_gdp_row_and_its_form_is_none():
    text = (
        "今年发展主要预期目标是：城镇新增就业900万人以上，城镇调查失业率6%左右；"
        "居民消费价格涨幅3.5%左右。我们没有提出全年经济增速具体目标。"
    )
    targets = extract_targets(text, 2020).assign(report_year=2020)
    assert "gdp_growth" not in set(targets["indicator"])
    forms = target_forms(targets, [2020])
    assert forms.iloc[0]["form"] == "none"


def test_five_year_plan_averages_are_kept_but_marked_as_plan_targets():
    text = "今后五年，国内生产总值年均增长7%左右。今年发展的主要预期目标是：国内生产总值增长7.5%。"
    targets = extract_targets(text, 2011)
    assert list(zip(targets["kind"], targets["low"], strict=True)) == [("plan", 7), ("annual", 7.5)]


def test_past_five_year_averages_are_neither_targets_nor_last_years_results():
    text = "过去五年，国内生产总值年均增长7.1%，城镇新增就业累计6000万人以上。"
    assert extract_targets(text, 2018).empty
    assert extract_outcomes(text, 2018).empty


def test_outcome_sentences_that_mention_the_target_are_results_not_targets():
    text = "国内生产总值比上年增长7.8%，虽然略低于8%的预定目标，但好于预期。城镇新增就业980万人，超过预期目标。"
    assert extract_targets(text, 1999).empty
    outcomes = extract_outcomes(text, 1999)
    assert list(outcomes["indicator"]) == ["gdp_growth", "urban_new_jobs"]
    assert list(outcomes["versus_target"]) == ["below", "above"]
    assert outcomes.iloc[0]["stated_target"] == 8
    assert list(outcomes["year"]) == [1998, 1998]


def test_the_targets_of_next_year_and_of_a_named_year_get_that_year():
    assert (
        extract_targets("明年的主要预期目标是：国内生产总值增长6%。", 1981).iloc[0]["year"] == 1982
    )
    text = "2006年国民经济和社会发展主要预期目标为：国内生产总值增长8%左右。"
    assert extract_targets(text, 2006).iloc[0]["year"] == 2006


def test_a_contribution_share_or_an_increment_over_last_year_is_not_the_target():
    text = LEAD + "科技进步对经济增长的贡献率达到60%，城镇新增就业比去年多100万人。"
    assert "gdp_growth" not in set(extract_targets(text, 2016)["indicator"])
    assert "urban_new_jobs" not in set(extract_targets(text, 2016)["indicator"])


# (text, indicator, value) of the first result of the text, stated for the year before.
OUTCOME_FORMS = [
    ("全年国内生产总值增长5.2%。", "gdp_growth", 5.2),
    ("国内生产总值达到134.9万亿元、增长5%。", "gdp_growth", 5),
    ("全区地区生产总值增长5.1%，增速高于全国。", "gdp_growth", 5.1),
    ("国内生产总值达到74772亿元，按可比价格计算比上年增长8.8%。", "gdp_growth", 8.8),
    ("城镇新增就业1256万人。", "urban_new_jobs", 12_560_000),
    ("城镇调查失业率平均为5.1%。", "surveyed_unemployment", 5.1),
    ("居民消费价格上涨0.2%。", "cpi", 0.2),
    ("居民消费价格下降0.7%。", "cpi", -0.7),
    ("居民消费价格涨幅回落到2.6%。", "cpi", 2.6),
    ("单位国内生产总值能耗下降3.6%。", "energy_intensity", 3.6),
    ("粮食产量达到13908亿斤。", "grain_output", 1.3908e12),
]


@pytest.mark.parametrize(("text", "indicator", "value"), OUTCOME_FORMS)
def test_each_wording_of_a_result_gives_its_indicator_and_value_for_the_year_before(
    text, indicator, value
):
    first = extract_outcomes(text, 2025).iloc[0]
    assert (first["indicator"], first["year"]) == (indicator, 2024)
    assert first["value"] == pytest.approx(value)


def test_results_of_other_economies_levels_and_distributive_lists_are_not_read():
    text = "世界经济增长3.2%。国内生产总值达到134.9万亿元。城镇、农村居民人均可支配收入分别增长4.6%、6.3%。"
    assert extract_outcomes(text, 2025).empty


def test_a_sentence_naming_the_year_gives_that_year():
    assert extract_outcomes("1997年国内生产总值比上年增长8.8%。", 1998).iloc[0]["year"] == 1997


def _linked(bound, low, high, value, indicator="gdp_growth"):
    targets = pd.DataFrame(
        {
            "indicator": [indicator],
            "kind": ["annual"],
            "year": [2024],
            "low": [low],
            "high": [high],
            "unit": ["%"],
            "qualifier": [""],
            "bound": [bound],
        }
    )
    outcomes = pd.DataFrame(
        {"indicator": [indicator], "year": [2024], "value": [value], "unit": ["%"]}
    )
    return link(targets, outcomes).iloc[0]


@pytest.mark.parametrize(
    ("bound", "low", "high", "value", "indicator", "status", "gap"),
    [
        ("point", 5, 5, 5.0, "gdp_growth", "met", 0),
        ("point", 7.5, 7.5, 7.4, "gdp_growth", "missed", -0.1),
        ("range", 6, 6.5, 6.1, "gdp_growth", "met", 0.1),
        ("floor", 6, 6, 8.1, "gdp_growth", "met", 2.1),
        ("point", 3, 3, 2.0, "cpi", "met", -1),
        ("ceiling", 3, 3, 4.8, "cpi", "missed", 1.8),
        ("point", 3, 3, 3.3, "cpi", "missed", 0.3),
    ],
)
def test_a_target_is_met_by_its_form_and_the_direction_of_its_indicator(
    bound, low, high, value, indicator, status, gap
):
    row = _linked(bound, low, high, value, indicator)
    assert row["status"] == status
    assert row["gap"] == pytest.approx(gap)


def test_years_with_only_a_target_or_only_a_result_say_which_is_missing():
    targets = extract_targets(LEAD + "国内生产总值增长5%左右。", 2025)
    outcomes = extract_outcomes("全年国内生产总值增长2.3%。", 2021)
    statuses = link(targets, outcomes).set_index("year")["status"]
    assert statuses.to_dict() == {2020: "no target", 2025: "no outcome reported"}
    assert met_rates(link(targets, outcomes)).empty


def test_a_target_is_written_back_as_a_report_writes_it():
    row = pd.Series({"low": 1.1e7, "high": 1.1e7, "unit": "人", "qualifier": "以上"})
    assert format_target(row) == "1100万人以上"
    row = pd.Series({"low": 6.0, "high": 6.5, "unit": "%", "qualifier": ""})
    assert format_target(row) == "6-6.5%"


def test_numbers_are_normalized_before_reading():
    assert (
        normalize("增长百分之八至九，涨幅３ ％，产量34，250万吨")
        == "增长8%至9%，涨幅3%，产量34250万吨"
    )


def test_the_gdp_target_of_each_provincial_report_is_found():
    if not PROVINCIAL.is_file():
        pytest.skip(f"{PROVINCIAL} is absent (it is not part of the project); nothing to check")
    found = 0
    for line in PROVINCIAL.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        targets = extract_targets(record["text"], int(record["year"]))
        gdp = targets[(targets["indicator"] == "gdp_growth") & (targets["kind"] == "annual")]
        found += int(not gdp.empty and 4 <= gdp.iloc[0]["low"] <= 7)
    assert found == 6


def test_a_paragraph_that_turns_from_the_plan_period_to_last_year_gives_last_years_results():
    text = "今年是“十二五”开局之年。过去一年，国内生产总值增长10.3%，城镇新增就业1168万人。"
    outcomes = extract_outcomes(text, 2011)
    assert list(outcomes["indicator"]) == ["gdp_growth", "urban_new_jobs"]


def test_a_stretch_target_in_the_same_clause_takes_the_indicator_of_the_figure_before_it():
    targets = extract_targets("今年主要预期目标是：地区生产总值增长6.5%以上、力争7%。", 2025)
    assert list(targets["indicator"]) == ["gdp_growth", "gdp_growth"]
    assert list(targets["qualifier"]) == ["以上", "力争"]


def test_a_change_from_last_years_budget_is_not_a_target_of_its_own():
    text = "今年赤字率拟按3%左右安排、比上年提高0.5个百分点。"
    targets = extract_targets(text, 2025)
    assert list(zip(targets["indicator"], targets["qualifier"], strict=True)) == [
        ("deficit_ratio", "按…安排+左右")
    ]


def test_committed_tables_write_large_and_small_numbers_in_plain_notation():
    table = plain_numbers(
        pd.DataFrame({"low": [1.1e7, 5.5, None], "gap": [2.84e6, -0.1, 0.0]}), ["low", "gap"]
    )
    assert list(table["low"]) == ["11000000", "5.5", ""]
    assert list(table["gap"]) == ["2840000", "-0.1", "0"]


def test_a_change_stated_clauses_after_the_indicator_it_belongs_to_is_read():
    text = "过去五年成绩显著。国内生产总值达到43800亿元，按可比价格计算，比上年增长11.8%。"
    outcomes = extract_outcomes(text, 1995)
    assert list(zip(outcomes["indicator"], outcomes["value"], strict=True)) == [
        ("gdp_growth", 11.8)
    ]


def test_a_plan_that_aims_at_a_long_term_goal_is_a_plan_target_not_a_mention_of_a_result():
    text = "综合考虑实现远景目标的要求，提出地区生产总值年均增长5%—5.5%。"
    targets = extract_targets(text, 2026)
    assert list(zip(targets["kind"], targets["low"], targets["high"], strict=True)) == [
        ("plan", 5, 5.5)
    ]
    assert extract_outcomes("国内生产总值增长率达到预期目标。", 2000).empty


@pytest.mark.parametrize(
    ("text", "indicator", "value"),
    [
        ("CPI微降0.1%。", "cpi", -0.1),
        ("城镇新增就业不少于28万人。", "urban_new_jobs", 280_000),
        ("城镇新增就业人口970万人。", "urban_new_jobs", 9_700_000),
        ("年末城镇调查失业率从上半年5.5%降至5.2%。", "surveyed_unemployment", 5.2),
    ],
)
def test_results_with_a_slight_fall_a_floor_or_a_starting_point_read_the_result(
    text, indicator, value
):
    first = extract_outcomes(text, 2026).iloc[0]
    assert (first["indicator"], first["value"]) == (indicator, pytest.approx(value))


def test_a_sentence_that_says_last_years_targets_were_achieved_is_a_result():
    text = "去年全面实现年初确定的主要目标，国内生产总值增长7.8%，粮食产量首次跃上1.4万亿斤新台阶。"
    assert extract_targets(text, 2013).empty
    outcomes = extract_outcomes(text, 2013)
    assert list(zip(outcomes["indicator"], outcomes["value"], strict=True)) == [
        ("gdp_growth", 7.8),
        ("grain_output", 1.4e12),
    ]


def test_a_middle_dot_between_digits_is_a_decimal_point():
    outcomes = extract_outcomes("全社会固定资产投资增长14·1%。", 1999)
    assert outcomes.iloc[0]["value"] == pytest.approx(14.1)


def test_a_sentence_that_plans_this_years_budget_states_no_result():
    assert extract_outcomes(
        "今年拟安排财政赤字1.62万亿元，赤字率从去年的2.1%提高到2.3%。", 2015
    ).empty


def test_a_result_named_in_its_own_clause_wins_over_one_that_borrows_the_name():
    text = "国有单位固定资产投资增长加快，全年增长19.5%，全社会固定资产投资增长14.1%。"
    outcomes = extract_outcomes(text, 1999)
    assert list(zip(outcomes["indicator"], outcomes["value"], strict=True)) == [
        ("investment_growth", 14.1)
    ]


def test_a_ratio_to_gdp_or_a_streak_of_years_is_not_gdp_growth():
    text = "研发经费支出与国内生产总值之比超过2%。经济增长连续四年达到10%。国内生产总值增长7.4%。"
    outcomes = extract_outcomes(text, 2015)
    assert list(zip(outcomes["indicator"], outcomes["value"], strict=True)) == [("gdp_growth", 7.4)]


def test_an_approximate_average_over_a_plan_period_is_a_plan_target():
    targets = extract_targets("“十五五”时期，全市地区生产总值年均增长5%左右。", 2026)
    assert list(zip(targets["kind"], targets["indicator"], strict=True)) == [("plan", "gdp_growth")]


def test_targets_listed_with_fen_bie_keep_their_subject_instead_of_a_wrong_name():
    text = "今年主要预期目标是：全县地区生产总值增长8%，城乡居民人均可支配收入分别增长6%和8%。"
    indicators = list(extract_targets(text, 2026)["indicator"])
    assert indicators[0] == "gdp_growth" and "income_growth" not in indicators


def test_a_quarter_of_this_year_is_not_last_years_result():
    assert extract_outcomes("今年一季度地区生产总值增长6%。", 2026).empty


def test_an_average_in_a_paragraph_that_reviews_the_past_five_years_is_not_a_plan_target():
    text = "过去五年，我们砥砺前行。文化产业年均增长13%以上，网上零售额年均增长30%以上。"
    assert extract_targets(text, 2018).empty


def test_a_past_average_beside_a_floor_elsewhere_in_the_sentence_is_not_a_plan_target():
    text = "高技术制造业增加值年均增长10.6%，数字经济增加值占比达到17%以上。"
    assert extract_targets(text, 2023).empty


def test_targets_side_by_side_give_one_row_per_report_and_one_column_per_indicator():
    tables = []
    for province, text in [
        ("甲省", LEAD + "地区生产总值增长5%左右。"),
        ("乙省", LEAD + "地区生产总值增长6%以上，居民消费价格涨幅2%左右。"),
    ]:
        tables.append(extract_targets(text, 2026).assign(province=province))
    table = side_by_side(pd.concat(tables), "province")
    assert list(table.columns) == ["gdp_growth", "cpi"]
    assert table.loc["甲省"].tolist() == ["5%左右", ""]
    assert table.loc["乙省"].tolist() == ["6%以上", "2%左右"]


def test_a_heading_in_the_reports_own_words_opens_the_list_of_targets_below_it():
    text = "二、今年主要预期目标\n地区生产总值增长5.5%左右。\n城镇新增就业6万人以上。\n三、重点工作\n建成保障房1万套。"
    targets = extract_targets(text, 2026)
    assert list(targets["indicator"]) == ["gdp_growth", "urban_new_jobs"]


def test_targets_stated_in_sentences_of_their_own_after_the_cue_are_read():
    text = "今年主要预期目标是：地区生产总值增长5%左右。城镇调查失业率5.5%左右。去年全市粮食产量600亿斤。"
    targets = extract_targets(text, 2026)
    assert list(targets["indicator"]) == ["gdp_growth", "surveyed_unemployment"]


def test_results_after_a_sentence_saying_last_years_targets_were_done_are_not_targets():
    text = "刚刚过去的一年，主要目标任务全面完成。国内生产总值增长6.9%，城镇新增就业1351万人。"
    assert extract_targets(text, 2018).empty
    assert list(extract_outcomes(text, 2018)["indicator"]) == ["gdp_growth", "urban_new_jobs"]


def test_a_target_stated_as_a_goal_to_achieve_is_read_and_a_forecast_is_not_a_result():
    targets = extract_targets("今年我们要实现外贸进出口增长5%的目标。", 2026)
    assert list(zip(targets["indicator"], targets["low"], strict=True)) == [("trade_growth", 5)]
    assert extract_outcomes("预计今年国内生产总值增长8%。", 2026).empty


def test_a_share_of_gdp_in_a_target_sentence_is_not_the_growth_target():
    text = "确保实现这一目标，教育经费支出占国内生产总值的4%。"
    assert "gdp_growth" not in set(extract_targets(text, 2012)["indicator"])
