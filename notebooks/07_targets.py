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
# # 07 · Promises and results: targets set, results reported, and whether they were met
#
# **Question.** A government work report does two things with numbers: it reports last year's
# results (the 成绩单) and it sets this year's targets (主要预期目标, the main expected targets).
# Were the targets met, and how did the way targets are set change: a point ("8%左右"), a
# floor ("6%以上"), a range ("6.5%-7%"), or no growth target at all?
#
# **Method.** `lib.quantities.targets.extract_targets` finds the target sentences by their
# wording (预期目标, 主要目标, 调控目标, 计划要求, 按…安排 ...), not by a heading, and reads each
# target's indicator, bounds (low, high), qualifier (左右, 以上, 以内, 控制在 ...) and form
# (`bound`: point, range, floor, ceiling); plan averages (年均增长7%) are kept apart as
# `kind` plan. `lib.quantities.outcomes.extract_outcomes` reads the results a report states for
# the year before it (国内生产总值增长5.2%, 城镇新增就业1256万人), and
# `lib.quantities.target_link.link` sets each year's target beside the result the next
# report states, with a status (met, missed, no target, no outcome reported) and the gap.
#
# **The archive is used, not redistributed.** The reports are read from the `ARCHIVE`
# parameter (default `../shared/corpora/national_gwr.jsonl`, from the public repository
# aldohemsn/chinese-political-corpora). The committed tables hold indicators, years, bounds,
# qualifiers, results and statuses; the sentences the figures were read from are written only
# to a folder that is never committed (`OUT/private/`, or `.cache/07_targets/`).
#
# **Produces.** `results/tables/targets.csv`, `results/tables/target_outcomes.csv`,
# `target_met_rates.csv`, `target_forms.csv` and the figures `target_gdp_growth.png`,
# `target_cpi.png`, `target_urban_new_jobs.png`, `target_forms.png`, `targets_by_report.png`.
# With `CORPUS` (many reports of one year, e.g. the provinces) the same notebook shows their
# targets side by side.

# %% tags=["parameters"]
ARCHIVE = None  # None: ../shared/corpora/national_gwr.jsonl; or a .jsonl of reports with a year
CORPUS = None  # None: the archive; or a corpus of many reports of one year (provinces, cities)
LABEL = "province"  # the metadata column that names each report of CORPUS
OUT = None  # None: the project's results/; or a folder for tables and figures

# %%
import pandas as pd

from lib import paths
from lib.load import corpus
from lib.publish import display, plots, results, target_plots
from lib.quantities import target_corpus, target_link

# %% [markdown]
# ## The reports
# Each dated document is one report; the records without a year (the resolutions of the
# Congress approving a report) are left out. Older reports are in Traditional characters and
# are converted to Simplified first. How many reports, and which years:

# %%
missing = "" if CORPUS else paths.archive_missing(ARCHIVE)
ready = not missing
if missing:
    print(missing)
else:
    paragraphs = corpus.load_corpus(CORPUS or paths.archive_path(ARCHIVE), to_simplified=True)
    by = LABEL if CORPUS and LABEL in paragraphs.columns else "report_year"
    metadata = [by] if by != "report_year" else []
    texts = target_corpus.report_texts(paragraphs, metadata)
    private = paths.project_root() / ".cache" / "07_targets" if OUT is None else f"{OUT}/private"
    years = sorted(texts["report_year"].unique())
    print(f"{len(texts)} reports, {len(years)} years from {years[0]} to {years[-1]}")

# %% [markdown]
# ## The targets
# Every target the reports set, one row per target (the most recent below). `low` and `high`
# are in base units (1100万人 is 11,000,000 人); a point target has low == high. The sentence
# each was read from goes to the private folder only.

# %%
if ready:
    targets = target_corpus.corpus_targets(texts, metadata)
    results.write_table(targets, "targets_with_sentences", private)
    public_targets = target_corpus.public(targets, target_corpus.PUBLIC_TARGET_COLUMNS, metadata)
    numbers = ["low", "high", "outcome", "gap"]
    public_targets = target_corpus.plain_numbers(public_targets, numbers)
    results.write_table(public_targets, "targets", OUT)
public_targets.sort_values("report_year", ascending=False, kind="stable").head(8) if ready else None

# %% [markdown]
# The same targets as the reports write them, one row per report, one column per indicator
# with a canonical name (the others keep their subject phrase in `targets.csv`):

# %%
side = target_link.side_by_side(targets, by, target_link.CANONICAL) if ready else None
side

# %% [markdown]
# ## Targets against results
# Each year's main target (the first stated, not a 力争 stretch) beside the result that the
# next report states. For the three indicators followed here, year by year (jobs in 万人):

# %%
if ready:
    outcomes = target_corpus.corpus_outcomes(texts, metadata)
    results.write_table(outcomes, "outcomes_with_sentences", private)
    linked = target_link.link(targets, outcomes, by=metadata)
    results.write_table(target_corpus.plain_numbers(linked, numbers), "target_outcomes", OUT)
pd.options.display.max_rows = 200  # every year of the table
main = ["gdp_growth", "cpi", "urban_new_jobs"]
target_link.readable(linked, main) if ready else None

# %% [markdown]
# The GDP growth target by year against the growth the next report states: a band is a range
# target, a triangle pointing up a floor, a bar a point target (左右).

# %%
if ready:
    figure = target_plots.target_vs_outcome(
        linked, "gdp_growth", "GDP growth: target and result", "growth (%)"
    )
    results.write_figure(figure, "target_gdp_growth", OUT)
plots.show(figure) if ready else None

# %% [markdown]
# Consumer prices (居民消费价格涨幅): the target is a ceiling in spirit even when written
# "3%左右", so a lower result counts as met.

# %%
if ready:
    figure = target_plots.target_vs_outcome(
        linked, "cpi", "Consumer prices: target and result", "CPI change (%)"
    )
    results.write_figure(figure, "target_cpi", OUT)
plots.show(figure) if ready else None

# %% [markdown]
# New urban jobs (城镇新增就业), in 万人 (10,000 people):

# %%
if ready:
    figure = target_plots.target_vs_outcome(
        linked, "urban_new_jobs", "New urban jobs: target and result", "万人", scale=1e4
    )
    results.write_figure(figure, "target_urban_new_jobs", OUT)
plots.show(figure) if ready else None

# %% [markdown]
# ## How often was each target met?
# Per indicator, the years with both a target and a result, how many were met and the share;
# the statuses of all rows follow.

# %%
if ready:
    rates = target_link.met_rates(linked)
    results.write_table(rates, "target_met_rates", OUT)
rates if ready else None

# %%
linked.groupby(["indicator", "status"]).size().unstack(fill_value=0) if ready else None

# %% [markdown]
# ## How the form of the GDP target changed
# For each report, the form of its GDP growth target (none: the report states no growth
# target, or none that the reader found):

# %%
if ready:
    forms = target_link.target_forms(targets, years)
    results.write_table(forms, "target_forms", OUT)
    figure = target_plots.target_forms(forms, "Form of the GDP growth target by report")
    results.write_figure(figure, "target_forms", OUT)
plots.show(figure) if ready else None

# %%
forms["form"].value_counts().reindex(target_plots.FORMS, fill_value=0) if ready else None

# %% [markdown]
# ## The GDP targets report by report
# One row per report (per year on the archive, per province or city on a corpus of one
# year), lowest target first:

# %%
if ready:
    gdp = target_link.main_targets(targets, metadata).query("indicator == 'gdp_growth'")
    gdp = gdp.assign(report=gdp[by].astype(str))
    figure = target_plots.targets_by_document(
        gdp, "report", "GDP growth targets by report", "target growth (%)"
    )
    results.write_figure(figure, "targets_by_report", OUT)
plots.show(figure) if ready else None

# %% [markdown]
# ## Findings
# (From the committed run on the national archive: 52 dated reports, 1954-2025.)
# - A GDP growth target is found in 29 reports, every year from 1992 to 2025 except 2000-2002
#   (whose texts here state none in figures) and the years without a report in the archive
#   (1996, 2020). Before 1992 the reports set plan figures for 工农业总产值 or 国民收入, not a
#   GDP or GNP growth rate, so those years show "none" in the forms table.
# - The form of the GDP target: 25 point targets (7%左右, 8%左右 from 1999 to 2011; 5%左右
#   from 2023), 3 ranges (8%-9% in 1995, 6.5%-7% in 2016, 6%-6.5% in 2019) and one floor
#   (6%以上 in 2021); the 2017 target alone adds 在实际工作中争取更好结果.
# - Against the growth the next report states, 19 of 23 GDP targets were met. The four missed
#   were 1998 (7.8% against 8%, the report itself says 略低于8%的预定目标), 2014 (7.4% against
#   7.5%左右), 2015 (6.9% against 7%左右) and 2022 (3.0% against 5.5%左右); the gap was within
#   0.2 points in three of them. Until 2011 (1998 aside) the result beat the target by 0.7 to
#   6.8 points; from 2012 it stayed within half a point of it, except 2021 (8.1% against
#   6%以上) and 2022.
# - The jobs target (城镇新增就业) was met in all 18 years compared, by 44万 to 410万 people;
#   the CPI target, a ceiling in spirit, in 11 of 13 (missed in 2007: 4.8% against 3%以内, and
#   2010: 3.3% against 3%左右); since 2021 prices rose 0.2%-2% against a 3%左右 target.
#
# ## Limits
# - The results are the preliminary figures the next report states; the statistics bureau
#   revises them later (growth rates often by a few tenths), so "met" and "missed" here are
#   the verdicts a reader of the reports would draw, not those of the revised series.
# - The 1992 and 1993 targets and the results for 1991 and 1992 are for 国民生产总值 (GNP), read
#   as gdp_growth; the 1995 price target is written as 物价 (then the retail price index), read
#   as cpi.
# - Results are missing where the next report states none for last year in figures (GDP: 1995,
#   1997, 1999, 2007; 2019 because the 2020 report is not in the archive), and a result named
#   only in a 分别 list is not read. 97 of the 228 linked rows have a result but no target
#   (indicators without a target that year) and 56 a target but no result.
# - No tolerance is given to 左右 (7.4% against 7.5%左右 is missed); the `gap` column lets a
#   reader apply another rule. Non-canonical targets keep a subject phrase that is a
#   best-effort reading of the clause (see `targets.csv`), not a parse.
# - Checked on the six provincial reports of 2026 (CORPUS=../shared/corpora/
#   provincial2026_sample.jsonl): all six GDP targets were read right (4.5% to 6%), by a
#   reading of their target passages.

# %% [markdown]
# ## Theory: a status computed by hand
# A target has a low and a high end (equal for a point target) and a form. For an indicator
# where more is better (growth, jobs), the result y meets the target when y ≥ low; where less
# is better (prices, unemployment), when y ≤ high; a floor is met at or above it and a ceiling
# at or below it, whatever the indicator. The gap is the distance to that end:
#
# ```
# more is better:  gap = y - low     e.g. 2022: 3.0 - 5.5 = -2.5   (missed)
# less is better:  gap = y - high    e.g. 2007: 4.8 - 3.0 = +1.8   (missed)
# ```
#
# The cell recomputes the gap and the status of the largest GDP miss and of the CPI row with
# the largest gap by hand and sets them beside `link`'s.

# %%
compared = linked[linked["status"].isin(["met", "missed"])] if ready else None
by_hand = ready and {"gdp_growth", "cpi"} <= set(compared["indicator"])  # another corpus: maybe not
if by_hand:
    gdp_row = compared[compared["indicator"] == "gdp_growth"].sort_values("gap").iloc[0]
    cpi_row = compared[compared["indicator"] == "cpi"].sort_values("gap").iloc[-1]
    gdp_gap = gdp_row["outcome"] - gdp_row["low"]  # more is better: against the low end
    cpi_gap = cpi_row["outcome"] - cpi_row["high"]  # less is better: against the high end
    print(f"GDP {gdp_row['year']}: {gdp_row['outcome']} - {gdp_row['low']} = {gdp_gap:.1f}")
    print(f"CPI {cpi_row['year']}: {cpi_row['outcome']} - {cpi_row['high']} = {cpi_gap:.1f}")
display.by_hand(
    {
        "GDP gap": (gdp_gap, gdp_row["gap"]),
        "GDP status": ("met" if gdp_gap >= 0 else "missed", gdp_row["status"]),
        "CPI gap": (cpi_gap, cpi_row["gap"]),
        "CPI status": ("met" if cpi_gap <= 0 else "missed", cpi_row["status"]),
    }
) if by_hand else None

# %% [markdown]
# ## Exercises
# 1. Give 左右 a tolerance: which GDP targets of the table change status if a result within
#    0.2 points below a point target counts as met? (Use the `gap` column.)
# 2. Follow another indicator: draw `target_plots.target_vs_outcome` for
#    `surveyed_unemployment` and say when the surveyed unemployment target first appears.
# 3. Run the notebook on many reports of one year (`make run CORPUS=... OUT=...`, e.g. the
#    provincial sample): which provinces set a GDP target above the national one?
#
# ## References
# - Li, X., Liu, C., Weng, X., & Zhou, L.-A. (2019). Target setting in tournaments: theory and
#   evidence from China. *The Economic Journal*, 129(623), 2888-2915. (How growth targets are
#   set, and raised from the centre down to provinces and cities.)
# - The archive: the national government work reports as transcribed on zh.wikisource,
#   collected in the public repository aldohemsn/chinese-political-corpora.
