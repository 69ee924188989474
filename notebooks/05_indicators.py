# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 05 · The 成绩单 itself: every figure a department reports
#
# **Question.** A report card is made of numbers: "全年受理量超400万件", "同比增长3.9%". Which
# figures does each department report, of what kind, about what, and how much denser with
# numbers is achievement reporting than ordinary news?
#
# **Method.** `lib.quantities.indicators.extract_indicators` finds every quantity stated in a text and
# reads it: its value in base units (400万件 → 4,000,000), the unit or measure word as written
# (件, 人次, 元, %, 微克/立方米), a qualifier (超, 近, 余, 以上, 突破 ...) and what it says of the
# value (`bound`: lower, upper, approx, a range's low and high, a threshold crossed), its kind
# (count, money, percent, percentage point, ratio, rank, duration, streak, price ...), the thing
# measured (its subject, a best-effort phrase), the change verb when the figure is a change
# (增长, 下降; 由 ... 提高到 ... gives a from and a to) and what it is compared with
# (`reference`: 上年, 全国 ...). Dates, times, years, identifiers (the 12345 hotline, the cruise
# NORC2020-581), periods (这五年, 三年行动) and service names (24小时开放) are not figures.
#
# **Produces.** `results/tables/indicators.csv` (one row per figure, with article, section,
# sentence and every column of its document: title, outlet, city, date ...), each department's
# report card as a table, counts by kind, and the quantification density (figures per 1,000
# characters) per article and section.

# %% tags=["parameters"]
CORPUS = None  # None: the project's corpus/; or a folder, a page, a .jsonl or .csv file
TO_SIMPLIFIED = False  # convert Traditional characters first (the unit tables are Simplified)
COMPARE_COLUMN = None  # the column that defines the two groups; None: chosen with GROUP_A
GROUP_A = None  # values of COMPARE_COLUMN in group A; None: this page's achievement reports,
# or on another corpus a comparison chosen from its metadata (the notebook says which)
GROUP_NAMES = None  # names of group A and of the rest; None: chosen with the groups
MAX_SECTIONS = 6  # departments compared: the sections opened by a heading, largest first
OUT = None  # None: the project's results/; or a folder for tables and figures

# %%
from lib.load import comparison, corpus, inventory
from lib.publish import display, plots, results
from lib.quantities import quantification

# %% [markdown]
# ## Every figure
# The extractor runs over titles, subtitles, headings and paragraphs (captions and bylines are
# left out). The first rows of the table:

# %%
paragraphs = corpus.load_corpus(CORPUS, to_simplified=TO_SIMPLIFIED)
indicators = quantification.extract_indicators_table(paragraphs)
results.write_table(quantification.plain_numbers(indicators), "indicators", OUT)
shown = ["section", "raw", "value", "unit", "qualifier", "bound", "kind", "subject", "change"]
quantification.readable_numbers(indicators[shown]).head(10)

# %% [markdown]
# How many figures of each kind the corpus holds:

# %%
kinds = quantification.indicator_kinds(indicators)
kinds.assign(share=kinds["share"].map("{:.1%}".format))

# %% [markdown]
# ## The departments' report cards
# Each department's figures in the order it states them: what is measured, how it changed,
# the qualifier, the value in base units and the unit as written. This is the 成绩单 as a table.

# %%
departments = inventory.named_sections(paragraphs, MAX_SECTIONS)
quantification.readable_numbers(quantification.report_cards(indicators, departments))

# %% [markdown]
# ## Quantification density
# Figures per 1,000 non-whitespace characters of body text (paragraphs and section headings;
# the headline rows, title and subtitle, are left out: one figure in a 19-character subtitle
# would read as 52.6). First the achievement reports against the ordinary news:

# %%
compared = comparison.choose_comparison(paragraphs, COMPARE_COLUMN, GROUP_A, GROUP_NAMES, CORPUS)
print(compared.note) if compared.note else None
groups = quantification.group_density(
    paragraphs, indicators, compared.column, compared.group_a, compared.names,
    kinds=quantification.BODY_KINDS,
)  # fmt: skip
groups.round(1)

# %% [markdown]
# Then per article and section, in page order, with each article's title:

# %%
density = quantification.quantification_density(
    paragraphs, indicators, kinds=quantification.BODY_KINDS, page_order=True
)
titles = paragraphs.drop_duplicates("article_id").set_index("article_id")["title"]
density = density.assign(title=density["article_id"].map(titles))
results.write_table(density, "quantification_density", OUT)
density.drop(columns="title").round(1)

# %% [markdown]
# The same densities as bars in page order, coloured by group, each labelled with its figures
# and characters; the dashed lines are the two group means of the table above.

# %%
in_a, in_rest = quantification.group_articles(paragraphs, compared.column, compared.group_a)
means = groups.set_index("group")["indicators_per_1000_chars"]
members = {name: (means[name], ids) for name, ids in zip(compared.names, (in_a, in_rest))
           if name in means}  # fmt: skip
title = "Figures per 1,000 characters of body text, by section (page order)"
figure = plots.bar_density(density, members, title)
results.write_figure(figure, "quantification_density", OUT)
plots.show(figure)

# %% [markdown]
# ## Findings
# - The page states 75 figures. Counts with a measure word dominate (36, 48.0%: 件, 人次, 家,
#   条 ...), then percentages (10), measures (7), prices (6) and durations (5); the page's many
#   dates and times (12月17日, 7时53分, 10:00) and its round-the-clock service (365天24小时在线)
#   are not among them.
# - The report cards read as lists of achievements, each in its own currency: 市政府办公厅
#   counts traffic through the borders (近9000艘次, 17.9万人次) and the hotline's 400万件;
#   市海洋发展局 reports growth (3.9%, 5.7%), a gap in percentage points (1.7个百分点),
#   investment in 亿元 and a ratio raised from 1:1 to 30:1; 市外办 reports only three figures.
# - In body text, achievement reporting is only moderately denser with numbers than the news
#   beside it (22 against 21 figures per 1,000 characters), because the coupon article is
#   a list of prices (原价69.5元, 仅售29.5元): at 37.9 it is denser than any department's
#   section. Of the departments, 市外办 is the least quantified (5.7: 3 figures in 526
#   characters), whose achievements are relations (the "air corridor", the "international
#   living room"), not numbers; it is below even the short lead of the first article (导语,
#   5.9); its 在两个多月的时间里 is read as a period, not a figure.
#
# ## Limits
# - `subject` is a phrase read from the clause around the figure by rules, not a parse. On 505
#   sentences written for the tests in the style of work reports
#   (`tests/data/indicator_sentences.tsv`; the rules were written from them, so this is an
#   upper bound) the reader finds every figure (value recall 1.00) with the right subject and
#   qualifier for all. Two annotators who never ran the reader wrote 163 and 120 more
#   sentences (`tests/data/indicator_sentences_annotator_a.tsv` and `_b.tsv`); on the second,
#   scored once before its misses were looked at, value recall was 1.00, subject 0.91 and
#   qualifier 0.99 (0.98, 0.81 and 0.99 with the reader before those rules were written).
# - On real rows drawn at random after the rules were frozen and checked by hand, 81 of 100 rows
#   of the national reports (1954-2025, seed 2037) and 91 of 100 rows of the six provincial
#   2026 reports (seed 3037) were right in every field; no value, unit or qualifier was wrong.
#   The subject was right for 81 of 99 and 91 of 98 real figures: for 36 of 38 in national
#   reports since 2000, for 45 of 61 before. What it still gets wrong: a generic head without
#   its holder (播种面积 for 棉花的播种面积, 保有量, 总量 after a heading sentence), a clause or
#   verb phrase kept for the noun (向国家上缴), the wrong word read (a date, a slogan), a lone
#   generic head (涨幅, 比重, 损失), a subject named several clauses back, a list whose holder
#   is lost (满意率 for 市民服务热线诉求满意率). Check the subject before use, above all in
#   reports before 2000.
# - Periods, names and lists: a span of years is a figure only after a verb or noun that
#   measures it (提前两年, 期限3至5年); 头三年 and 在五年内 are periods. Lists are told by a word
#   list of abstract nouns (两个攻坚战, 五项正义要求) and of set phrases (四人帮, 两个维护); a new
#   slogan or list noun is counted until it is added. In the two samples above 3 of 200 rows
#   were still not figures (七个项目 naming art forms, 3岁以下 in a threshold, a list heading
#   七个有之). Size classes and thresholds (20万吨级, 投资200亿元以上项目) are part of what is
#   counted, not figures of their own; an approximate range (二、三百亿度) gives a low and a
#   high row.
# - On this page: 后终于 for 一个半小时, 分 for 两批, 企业 for 1600余人, 连发 for 8天.

# %% [markdown]
# ## Theory: a figure read by hand
# A Chinese figure is a number, often a multiplier (万 = 10<sup>4</sup>, 亿 = 10<sup>8</sup>;
# the Chinese system groups digits by four, not three), and a unit or measure word, sometimes
# with a qualifier before or after it (超, 近, 以上). Its value in base units is
#
# ```
# value = number × multiplier        e.g. 400万件 = 400 × 10,000 = 4,000,000 件
# ```
#
# The cell takes the largest figure written with 万 or 亿, splits what is written into
# number, multiplier and unit by hand, and sets the value and unit beside the extractor's.

# %%
import math
import re

MULTIPLIERS = {"万": 10**4, "亿": 10**8}  # 万亿 is both: 10**4 × 10**8
written = indicators[indicators["raw"].str.contains(r"\d[万亿]")]
figure_row = written.sort_values(["value", "raw"]).iloc[-1]
number, multiplier, rest = re.search(r"([\d.]+)([万亿]+)(\S*)", figure_row["raw"]).groups()
unit = rest.removesuffix("以上").removesuffix("左右")  # a qualifier after the unit is not unit
factor = math.prod(MULTIPLIERS[m] for m in multiplier)
value = float(number) * factor
print(f"{figure_row['raw']}: {number} × {factor:,} ({multiplier}) = {value:,.0f} {unit}")
display.by_hand({"value": (value, figure_row["value"]), "unit": (unit, figure_row["unit"])})

# %% [markdown]
# ## Exercises
# 1. In the Theory cell, take the smallest figure written with 万 or 亿 instead (`.iloc[0]`):
#    is its value right? What is its qualifier?
# 2. Compare each department with the rest of the report card: set
#    `COMPARE_COLUMN = "section"` and `GROUP_A = ["市外办"]`. How far below the others is
#    市外办's density?
# 3. Set `CORPUS = "../shared/corpora/national_gwr.jsonl"` and `TO_SIMPLIFIED = True` (if you
#    have the shared folder): which kinds of figure dominate the national reports?
#
# ## References
# - Chao, Y. R. (1968). *A Grammar of Spoken Chinese*. University of California Press.
#   (Numerals, the 万 and 亿 groups of four digits, and measure words.)
# - Li, C. N., & Thompson, S. A. (1981). *Mandarin Chinese: A Functional Reference Grammar*.
#   University of California Press. (Classifiers and measure words.)
