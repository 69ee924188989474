"""Target and result sentences in provincial, municipal and county wordings, written here after
the rules were made, as held-out checks. Round 1: 32 of 33 targets and 10 of 10 results were
read right on first run (the miss, a stretch target in the same clause, is fixed). Round 2, with
look-alikes: 8 of 10 target texts and 9 of 10 results (misses: a plan average with only 左右,
a 分别 list given a wrong name, a quarter read as last year's result; all fixed). Round 3: 20
of 21 targets (9 of 10 texts) and 9 of 10 results (misses: 要实现…的目标 not read as a target,
预计今年 read as a result; both fixed)."""

# ruff: noqa: E501  (the test sentences are data: a report's sentence is kept on one line)

import pytest

from lib.quantities.outcomes import extract_outcomes
from lib.quantities.target_link import CANONICAL
from lib.quantities.targets import extract_targets

# (text, [(indicator, low, high, bound) of every target, in order])
TARGETS = [
    (
        "全市经济社会发展的主要预期目标是：全市地区生产总值增长5.5%左右；一般公共预算收入增长3%。",
        [("gdp_growth", 5.5, 5.5, "point"), ("fiscal_revenue_growth", 3, 3, "point")],
    ),
    (
        "综合考虑各方面因素，建议今年全县主要预期目标为：县域生产总值增长6%以上，规上工业增加值增长8%。",
        [("gdp_growth", 6, 6, "floor"), ("industrial_growth", 8, 8, "point")],
    ),
    (
        "今年我市发展的主要预期目标是：GDP增长5%左右，城镇新增就业5万人以上。",
        [("gdp_growth", 5, 5, "point"), ("urban_new_jobs", 5e4, 5e4, "floor")],
    ),
    (
        "2025年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%-6%，居民消费价格涨幅控制在2%左右。",
        [("gdp_growth", 5.5, 6, "range"), ("cpi", 2, 2, "point")],
    ),
    (
        "今年主要预期目标建议为：全区生产总值增长5%到5.5%，城镇调查失业率控制在5.5%以内。",
        [("gdp_growth", 5, 5.5, "range"), ("surveyed_unemployment", 5.5, 5.5, "ceiling")],
    ),
    (
        "今年政府工作的主要预期目标是：经济增长7%左右，努力争取更好结果；地方财政收入按增长6%安排。",
        [("gdp_growth", 7, 7, "point"), ("fiscal_revenue_growth", 6, 6, "point")],
    ),
    (
        "今年经济社会发展主要预期目标：地区生产总值增长5%左右，固定资产投资增长8%，社会消费品零售总额增长6.5%，外贸进出口增长5%。",
        [
            ("gdp_growth", 5, 5, "point"),
            ("investment_growth", 8, 8, "point"),
            ("retail_sales_growth", 6.5, 6.5, "point"),
            ("trade_growth", 5, 5, "point"),
        ],
    ),
    (
        "今年的主要预期目标是，全省生产总值增长7%～7.5%，城乡居民人均可支配收入增长与经济增长基本同步。",
        [("gdp_growth", 7, 7.5, "range")],
    ),
    (
        "今年主要预期目标是：地区生产总值增长6.5%以上、力争7%，粮食总产量稳定在700亿斤以上。",
        [
            ("gdp_growth", 6.5, 6.5, "floor"),
            ("gdp_growth", 7, 7, "point"),
            ("grain_output", 7e10, 7e10, "floor"),
        ],
    ),
    (
        "今年经济社会发展的主要预期目标是：生产总值增长6%，单位生产总值能耗下降3%，城镇登记失业率控制在4%以内。",
        [
            ("gdp_growth", 6, 6, "point"),
            ("energy_intensity", 3, 3, "point"),
            ("registered_unemployment", 4, 4, "ceiling"),
        ],
    ),
    (
        "今年全市发展主要预期目标是：地区生产总值增长5%左右；城镇新增就业不少于10万人；居民消费价格涨幅3%以内。",
        [
            ("gdp_growth", 5, 5, "point"),
            ("urban_new_jobs", 1e5, 1e5, "floor"),
            ("cpi", 3, 3, "ceiling"),
        ],
    ),
    (
        "今年主要预期目标是：全市生产总值增长4.5—5%，规模以上工业增加值增长5%以上。",
        [("gdp_growth", 4.5, 5, "range"), ("industrial_growth", 5, 5, "floor")],
    ),
    ("今年主要预期目标：地区生产总值增长百分之六左右。", [("gdp_growth", 6, 6, "point")]),
    ("明年经济工作的主要预期目标是：国内生产总值增长8%左右。", [("gdp_growth", 8, 8, "point")]),
    (
        "今年主要预期目标是：全州生产总值增长6.5%左右，城镇居民人均可支配收入增长6%，农村居民人均可支配收入增长7.5%。",
        [
            ("gdp_growth", 6.5, 6.5, "point"),
            ("urban_income_growth", 6, 6, "point"),
            ("rural_income_growth", 7.5, 7.5, "point"),
        ],
    ),
]

# (text, (indicator, value) of the first result, or None when none must be read)
RESULTS = [
    ("过去一年，全市地区生产总值增长5.6%，高于全国0.6个百分点。", ("gdp_growth", 5.6)),
    ("全年实现地区生产总值2.1万亿元，同比增长5.3%。", ("gdp_growth", 5.3)),
    ("经济运行稳中向好，GDP增长6.1%，居民消费价格上涨0.4%。", ("gdp_growth", 6.1)),
    ("全县生产总值达到356亿元，增长7.2%。", ("gdp_growth", 7.2)),
    ("城镇新增就业12.6万人，城镇调查失业率5.2%。", ("urban_new_jobs", 126000)),
    ("粮食总产量达到612亿斤，再创新高。", ("grain_output", 6.12e10)),
    ("一般公共预算收入完成523亿元，增长4.1%。", ("fiscal_revenue_growth", 4.1)),
    ("规模以上工业增加值增长8.3%。", ("industrial_growth", 8.3)),
    ("城乡居民人均可支配收入分别增长4.5%和6.8%。", None),
    ("地区生产总值增长4.8%，虽低于年初预期目标，但好于全国平均水平。", ("gdp_growth", 4.8)),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS)
def test_targets_in_local_wordings_are_read_with_their_bounds_and_form(text, expected):
    targets = extract_targets(text, 2025)
    got = [(r.indicator, r.low, r.high, r.bound) for r in targets.itertuples()]
    assert got == [(i, pytest.approx(lo), pytest.approx(hi), b) for i, lo, hi, b in expected]


@pytest.mark.parametrize(("text", "expected"), RESULTS)
def test_results_in_local_wordings_are_read_for_the_year_before(text, expected):
    outcomes = extract_outcomes(text, 2025)
    if expected is None:
        assert outcomes.empty
        return
    first = outcomes.iloc[0]
    assert (first["indicator"], first["year"]) == (expected[0], 2024)
    assert first["value"] == pytest.approx(expected[1])


# Round 2: (text, [(indicator, low, high, bound) of the canonical targets]); look-alikes give []
TARGETS_ROUND_2 = [
    (
        "今年全市经济社会发展的主要预期目标建议为：地区生产总值增长6%左右，在实际工作中力争更好；城镇新增就业8万人以上。",
        [("gdp_growth", 6, 6, "point"), ("urban_new_jobs", 8e4, 8e4, "floor")],
    ),
    (
        "市政府建议今年主要预期目标是：经济增速保持在5%以上，居民人均可支配收入增长与经济增长同步。",
        [("gdp_growth", 5, 5, "floor")],
    ),
    (
        "今年发展的主要预期目标：全省地区生产总值增长5.5%左右，规模以上工业增加值增长6%左右，固定资产投资增长5%左右。",
        [
            ("gdp_growth", 5.5, 5.5, "point"),
            ("industrial_growth", 6, 6, "point"),
            ("investment_growth", 5, 5, "point"),
        ],
    ),
    ("去年确定的地区生产总值增长6%的目标顺利完成。", []),
    ("要加快建设现代化产业体系，力争战略性新兴产业增加值占地区生产总值比重达到18%。", []),
    (
        "今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右，居民消费价格涨幅控制在3%左右，城镇登记失业率控制在4.5%以内。",
        [
            ("gdp_growth", 7, 7, "point"),
            ("cpi", 3, 3, "point"),
            ("registered_unemployment", 4.5, 4.5, "ceiling"),
        ],
    ),
    (
        "综合考虑，今年全区经济社会发展的主要预期目标为：生产总值增长5%—6%；一般公共预算收入同口径增长3%。",
        [("gdp_growth", 5, 6, "range"), ("fiscal_revenue_growth", 3, 3, "point")],
    ),
    (
        "今年全省主要预期目标是：地区生产总值增长6.5%左右，粮食总产量稳定在1200亿斤以上，单位地区生产总值能耗下降2.5%左右。",
        [
            ("gdp_growth", 6.5, 6.5, "point"),
            ("grain_output", 1.2e11, 1.2e11, "floor"),
            ("energy_intensity", 2.5, 2.5, "point"),
        ],
    ),
    (
        "“十五五”时期，全市地区生产总值年均增长5%左右。",
        [("gdp_growth", 5, 5, "point")],
    ),  # plan, compared by values only
    (
        "今年主要预期目标是：全县地区生产总值增长8%，城乡居民人均可支配收入分别增长6%和8%。",
        [("gdp_growth", 8, 8, "point")],
    ),
]

# Round 2: (text, (indicator, value) of the first result, or None)
RESULTS_ROUND_2 = [
    ("2025年，全省地区生产总值增长5.3%，高于全国0.3个百分点。", ("gdp_growth", 5.3)),
    ("初步核算，全年国内生产总值比上年增长5.0%。", ("gdp_growth", 5.0)),
    ("经济总量突破3万亿元，增长6.2%。", None),
    ("全市生产总值完成8000亿元、同比增长5.6%，增速居全省第一。", ("gdp_growth", 5.6)),
    ("居民消费价格指数上涨1.2%，保持温和。", ("cpi", 1.2)),
    ("城镇新增就业3.2万人，完成年度目标的120%。", ("urban_new_jobs", 32000)),
    ("粮食总产量稳定在1000万吨以上。", ("grain_output", 1e7)),
    ("全年一般公共预算收入增长3.8%，其中税收收入增长5%。", ("fiscal_revenue_growth", 3.8)),
    ("今年一季度地区生产总值增长6%。", None),
    ("预计全年地区生产总值增长5%左右。", ("gdp_growth", 5)),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS_ROUND_2)
def test_look_alike_and_local_target_sentences_give_exactly_the_canonical_targets(text, expected):
    targets = extract_targets(text, 2026)
    got = [
        (r.indicator, r.low, r.high, r.bound)
        for r in targets.itertuples()
        if r.indicator in CANONICAL
    ]
    assert got == [(i, pytest.approx(lo), pytest.approx(hi), b) for i, lo, hi, b in expected]


@pytest.mark.parametrize(("text", "expected"), RESULTS_ROUND_2)
def test_look_alike_and_local_result_sentences_give_last_years_result(text, expected):
    outcomes = extract_outcomes(text, 2026)
    if expected is None:
        assert outcomes.empty
        return
    assert (outcomes.iloc[0]["indicator"], outcomes.iloc[0]["value"]) == (
        expected[0],
        pytest.approx(expected[1]),
    )


# Round 3, the same forms as round 2
TARGETS_ROUND_3 = [
    (
        "今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右，规上工业增加值增长9%，社会消费品零售总额增长6%，城乡居民人均可支配收入增长7%左右。",
        [
            ("gdp_growth", 7, 7, "point"),
            ("industrial_growth", 9, 9, "point"),
            ("retail_sales_growth", 6, 6, "point"),
            ("income_growth", 7, 7, "point"),
        ],
    ),
    (
        "今年全市发展主要预期目标为：经济增长5.5%以上；城镇新增就业12万人；居民消费价格总水平涨幅控制在3%左右。",
        [
            ("gdp_growth", 5.5, 5.5, "floor"),
            ("urban_new_jobs", 1.2e5, 1.2e5, "point"),
            ("cpi", 3, 3, "point"),
        ],
    ),
    (
        "根据上述要求，今年全省经济社会发展主要预期目标建议如下：\n1.地区生产总值增长6%左右；\n2.一般公共预算收入增长5%；\n3.城镇调查失业率5.5%以内。\n实现上述目标，必须付出艰苦努力。",
        [
            ("gdp_growth", 6, 6, "point"),
            ("fiscal_revenue_growth", 5, 5, "point"),
            ("surveyed_unemployment", 5.5, 5.5, "ceiling"),
        ],
    ),
    (
        "今年主要预期目标是：全区生产总值增长5.5%—6%，在实际工作中力争更好结果。",
        [("gdp_growth", 5.5, 6, "range")],
    ),
    ("今年国内生产总值增长目标定为6%以上。", [("gdp_growth", 6, 6, "floor")]),
    ("到2030年，全省地区生产总值突破8万亿元。", []),
    ("今年我们要实现外贸进出口增长5%的目标。", [("trade_growth", 5, 5, "point")]),
    (
        "今年的预期目标是，城镇新增就业1000万人以上，城镇调查失业率5.5%左右。",
        [("urban_new_jobs", 1e7, 1e7, "floor"), ("surveyed_unemployment", 5.5, 5.5, "point")],
    ),
    (
        "今年全州主要预期目标：GDP增长6.5%左右，固定资产投资增长10%以上，进出口总额增长8%。",
        [
            ("gdp_growth", 6.5, 6.5, "point"),
            ("investment_growth", 10, 10, "floor"),
            ("trade_growth", 8, 8, "point"),
        ],
    ),
    (
        "今年主要预期目标是：地区生产总值增长4%，地方一般公共预算收入按增长2%安排，粮食产量稳定在300亿斤以上。",
        [
            ("gdp_growth", 4, 4, "point"),
            ("fiscal_revenue_growth", 2, 2, "point"),
            ("grain_output", 3e10, 3e10, "floor"),
        ],
    ),
]
RESULTS_ROUND_3 = [
    ("一年来，全市地区生产总值增长5.8%、达到1.2万亿元。", ("gdp_growth", 5.8)),
    ("全省完成地区生产总值6.1万亿元，比上年增长5.5%。", ("gdp_growth", 5.5)),
    ("全县生产总值增长7.9%，增速居全市第一。", ("gdp_growth", 7.9)),
    ("居民消费价格涨幅控制在1.5%以内。", ("cpi", 1.5)),
    ("城镇新增就业58.6万人，超额完成年度任务。", ("urban_new_jobs", 586000)),
    ("城镇调查失业率控制在5.1%。", ("surveyed_unemployment", 5.1)),
    ("全国规模以上工业增加值增长5.8%。", ("industrial_growth", 5.8)),
    ("预计今年国内生产总值增长8%。", None),
    ("全社会固定资产投资下降3.2%。", ("investment_growth", -3.2)),
    ("经济运行总体平稳，地区生产总值增长5%，与全国持平。", ("gdp_growth", 5)),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS_ROUND_3)
def test_round_3_target_sentences_give_exactly_the_canonical_targets(text, expected):
    test_look_alike_and_local_target_sentences_give_exactly_the_canonical_targets(text, expected)


@pytest.mark.parametrize(("text", "expected"), RESULTS_ROUND_3)
def test_round_3_result_sentences_give_last_years_result(text, expected):
    test_look_alike_and_local_result_sentences_give_last_years_result(text, expected)
