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
# # 03 · Distinctive words: what makes achievement reporting different from ordinary news?
#
# **Question.** Frequent words are not distinctive words: 青岛 is frequent everywhere. Which
# words set the achievement reports (the departments' 成绩单 and the 平度 service report) apart
# from the ordinary news on the same page (the shopping coupons, the research cruise), and
# which words set each department apart from the others?
#
# **Method.** The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn
# 2008, "Fightin' Words", *Political Analysis* 16(4)): a word's log-odds in one group minus its
# log-odds in the other, each smoothed by the word's pooled count, divided by its estimated
# standard deviation. The z-score says how confidently a word leans to one side; |z| > 1.96 is
# the usual threshold. For comparison, three keyword methods that need no second group.
#
# **Produces.** `results/tables/keyness.csv` (every comparison, every word), a keyness plot,
# and a side-by-side table of TF-IDF and TextRank keywords.

# %% tags=["parameters"]
CORPUS = None  # None: the project's corpus/; or a folder, a page, a .jsonl or .csv file
TO_SIMPLIFIED = False  # convert Traditional characters to Simplified before segmenting
ENGINE = "jieba"  # "jieba" or "rjieba"
COMPARE_COLUMN = None  # the column that defines the two groups; None: chosen with GROUP_A
GROUP_A = None  # values of COMPARE_COLUMN in group A; None: this page's achievement reports,
# or on another corpus a comparison chosen from its metadata (the notebook says which)
GROUP_NAMES = None  # names of group A and of the rest, e.g. [2021-2025, earlier]; None: chosen
TOP_N = 15  # rows shown per table and bars per side in the plot
MAX_SECTIONS = 6  # departments compared: the sections opened by a heading, largest first
OUT = None  # None: the project's results/; or a folder for tables and figures

# %%
from lib import tables
from lib.load import comparison, corpus, inventory
from lib.publish import plots, results
from lib.words import keyness, keywords, segment

# %%
paragraphs = corpus.load_corpus(CORPUS, to_simplified=TO_SIMPLIFIED)
tokens = segment.segment(paragraphs, engine=ENGINE)
groups = comparison.choose_comparison(paragraphs, COMPARE_COLUMN, GROUP_A, GROUP_NAMES, CORPUS)
tokens = tables.add_record_columns(tokens, paragraphs, [groups.column])
print(groups.note) if groups.note else None

# %% [markdown]
# ## Achievement reports against ordinary news
# Group A is the records whose `COMPARE_COLUMN` is in `GROUP_A` (here the two achievement
# reports); group B is everything else. The table lists the words that lean most to A
# (positive z) first: `count_a` and `count_b` are the raw counts, `prior` the pseudo-count the
# word's pooled frequency adds, `delta` the smoothed log-odds ratio.

# %%
achievement = keyness.group_keyness(tokens, groups.column, groups.group_a)
achievement.head(TOP_N)

# %% [markdown]
# The words that lean most to the ordinary news (the most negative z):

# %%
achievement.tail(TOP_N).iloc[::-1]

# %% [markdown]
# The plot shows both ends: red bars lean to the achievement reports, blue bars to the news.

# %%
title = f"{groups.names[0]} (red) vs {groups.names[1]} (blue)"
figure = plots.keyness_bars(achievement, title)
results.write_figure(figure, "keyness_achievement_vs_news", OUT)
plots.show(figure)

# %% [markdown]
# ## Each department against the others
# Within the report card, each department's section against the other two. The table keeps
# each department's most distinctive words.

# %%
departments = inventory.named_sections(paragraphs, MAX_SECTIONS)
by_department = keyness.keyness_each_vs_rest(tokens[tokens["section"].isin(departments)], "section")
by_department.groupby("section").head(5)

# %% [markdown]
# Every comparison, every word, goes to one table for further work.

# %%
table = keyness.stack_comparisons(
    {"group_a_vs_rest": achievement, "department_vs_rest": by_department}
)
results.write_table(table, "keyness", OUT)
table.groupby("comparison").size()

# %% [markdown]
# ## Three keyword methods side by side
# Per article, the top keywords by TF-IDF within this corpus (each article against the
# other articles), by jieba's TF-IDF (against the inverse document frequencies jieba ships,
# estimated on general text), and by jieba's TextRank (word co-occurrence within the article
# alone, nouns and verbs only).

# %%
top_keywords = keywords.compare_keyword_methods(tokens, paragraphs, top_n=10)
top_keywords

# %% [markdown]
# How many of the ten keywords each pair of methods shares, per article:

# %%
keywords.method_agreement(top_keywords)

# %% [markdown]
# ## Findings
# - No single word reaches |z| > 1.96 in the achievement-versus-news comparison except at the
#   news end (海底, the cruise's seabed): one page is too little text for confident keyness, and
#   the prior, as strong as the data, shrinks every estimate.
# - The ranking is still telling. The achievement side is led by the vocabulary of the
#   departments' work (德国, 企业, 疫情) and by the verbs of achievement, 实现 and 坚持, which do
#   not occur at all in the two news articles.
# - Within the report card each department owns its subject: 口岸 and 出入境 for 市政府办公厅,
#   德国 and 国际客厅 for 市外办, 投资 and 海洋 for 市海洋发展局.
# - The keyword methods agree on the topic of each article but disagree in kind: jieba's
#   TF-IDF, weighed against general text, promotes rare names and even numbers (159, 4438);
#   the in-corpus TF-IDF demotes words shared by all articles; TextRank prefers common nouns
#   and verbs that co-occur (合作, 发展, 建设).
#
# ## Limits
# - Two groups of two articles each: the z-scores describe this page, not the genre. With
#   more pages the same code gives narrower intervals.
# - The groups are set by hand in the parameters (`GROUP_A`); nothing is inferred.
# - Keyness treats tokens as independent draws, which repeated phrases (the 12345 hotline
#   sentence appears twice) violate; this inflates confidence slightly.
