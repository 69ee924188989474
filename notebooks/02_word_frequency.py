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
# # 02 · Word frequencies: what do the departments talk about?
#
# **Question.** Which words carry the page, and what does each department's report card
# (成绩单) speak of? Counting words in Chinese first needs segmentation (分词, cutting the
# unspaced text into words), so this notebook also shows what that step keeps and sets aside.
#
# **Produces.** The tokens table every analysis counts from; **Table 2**, the top words of the
# corpus (`results/tables/word_frequency.csv`, the whole vocabulary); **Table 3**, the top words
# per article and per department; collocations; a rank-frequency plot; bar charts; and word
# clouds (`results/figures/wordcloud_*.png`).

# %% tags=["parameters"]
CORPUS = None  # None: the project's corpus/; or a folder, a page, a .jsonl or .csv file
TO_SIMPLIFIED = False  # convert Traditional characters to Simplified before segmenting
ENGINE = "jieba"  # "jieba" (the reference) or "rjieba" (same tokens, much faster)
STOPLIST = True  # drop the shipped stoplist (place names, address formulae of a report)
USER_STOPLIST = []  # your own words or phrases to drop, or the path of a file, one a line
TOP_N = 20  # rows in the top-word tables and charts
MIN_COUNT = 2  # minimum count of a collocation
MAX_SECTIONS = 6  # departments compared: the sections opened by a heading, largest first
OUT = None  # None: the project's results/; or a folder for tables and figures

# %%
from lib.load import corpus, inventory
from lib.bulk import token_table
from lib.publish import display, plots, results
from lib.words import frequency, segment, stoplist

# %% [markdown]
# ## Segmentation
# `segment` cuts every title, subtitle, heading, paragraph and caption with jieba and the
# project's domain dictionary (`lib/words/data/userdict.txt`: department names such as 市政府办公厅,
# programmes such as 12345政务服务热线 and 综合柜员制, each with the reason it is there), and tags
# each token with its part of speech (词性). The table has one row per token, in text order.

# %%
paragraphs = corpus.load_corpus(CORPUS, to_simplified=TO_SIMPLIFIED)
tokens = token_table.segment_cached(paragraphs, engine=ENGINE)
tokens = stoplist.mark_stoplist(tokens, stoplist.stoplist(STOPLIST, USER_STOPLIST))
tokens.head(12)

# %% [markdown]
# Not every token is a word worth counting. This table says how many tokens were set aside
# and why: punctuation, stopwords (a general list from the `stopwordsiso` package plus a short
# project list, `lib/words/data/stopwords.txt`, plus the stoplist of place names and address
# formulae, `lib/words/data/stoplist.txt`), and numbers with their measure words (400, 万件, 3.9%),
# which belong to the indicators notebook (05) rather than to word tables. The rhetoric of
# achievement (实现, 坚持, 打造, 搭建, 推动) is kept on purpose: it is a finding, not noise.

# %%
words, set_aside = segment.word_tokens(tokens)
display.readable(set_aside, percent=["share"])

# %% [markdown]
# ## Table 2 · Top words of the corpus
# Counts of the word tokens, their share of all word tokens, their rank (ties broken by the
# words' Unicode code points, the order of Python's string sort, not pinyin or stroke order)
# and their most frequent part of speech. The CSV holds the whole vocabulary.

# %%
table2 = frequency.word_frequencies(tokens)
results.write_table(table2, "word_frequency", OUT)
display.readable(table2.head(TOP_N), percent=["share"])

# %% [markdown]
# The same counts as bars, most frequent on top.

# %%
figure = plots.bar_top_words(table2, f"Top {TOP_N} words", TOP_N)
results.write_figure(figure, "top_words", OUT)
plots.show(figure)

# %% [markdown]
# Restricting the table to verbs (tags starting with `v`) shows the verbs of achievement: what
# the departments say they did.

# %%
display.readable(frequency.word_frequencies(tokens, pos="v", top_n=TOP_N), percent=["share"])

# %% [markdown]
# ## Table 3 · Top words per article and per department
# Each column is an article (its id and the start of its title), each row a rank; cells read
# "word (count)".

# %%
by_article = frequency.word_frequencies(tokens, by="article_id")
frequency.side_by_side(by_article, "article_id", 10, inventory.article_titles(paragraphs))

# %% [markdown]
# The same for the departments, the sections opened by a heading inside the report card.

# %%
departments = inventory.named_sections(paragraphs, MAX_SECTIONS)
in_departments = tokens[tokens["section"].isin(departments)]
by_department = frequency.word_frequencies(in_departments, by="section")
results.write_table(by_department, "word_frequency_by_department", OUT)
frequency.side_by_side(by_department, "section", 10)

# %% [markdown]
# ## Collocations
# Pairs of adjacent words (never across a removed stopword, number or punctuation mark) that
# occur at least `MIN_COUNT` times, scored by pointwise mutual information (PMI, Church and
# Hanks 1990): how much more often the pair occurs than its words' frequencies predict.

# %%
collocations = frequency.pmi_collocations(tokens, min_count=MIN_COUNT)
display.readable(collocations.head(TOP_N))

# %% [markdown]
# ## Rank and frequency
# On log-log axes, Zipf's law predicts a straight line of slope −1 (dashed). A single page is
# far too small for the law to hold in the tail, where most words occur once.

# %%
plots.show(plots.zipf_plot(frequency.rank_frequency(tokens)))

# %% [markdown]
# ## Word clouds
# A word cloud of the whole corpus, drawn in the project's CJK font (Noto Sans SC from the
# `zhplot` package) with a fixed layout seed. Single characters (qualifiers such as 近 and 超,
# fragments such as 号, 前 and 总) say nothing on their own and are set aside, as numbers are;
# the cell lists them.

# %%
cloud_words, single_characters = frequency.cloud_words(table2)
print("set aside:", " ".join(single_characters["word"]))
cloud = plots.word_cloud(cloud_words)
results.write_image(cloud.to_image(), "wordcloud_corpus", OUT)
plots.show(plots.show_word_cloud(cloud, "The whole corpus"))

# %% [markdown]
# One word cloud per department, each as large as the corpus cloud, from the department's own
# counts (single characters set aside in the same way).

# %%
kept, _ = frequency.cloud_words(by_department)
clouds = {d: plots.word_cloud(kept[kept["section"] == d]) for d in departments}
for name, department_cloud in clouds.items():
    results.write_image(department_cloud.to_image(), f"wordcloud_{name}", OUT)
no_sections = "No section opened by a heading in this corpus: no word cloud per department."
plots.show(plots.word_cloud_panel(clouds)) if clouds else print(no_sections)

# %% [markdown]
# ## Theory: PMI by hand
# Pointwise mutual information compares how often two words occur side by side with how often
# they would if they were independent (Church and Hanks 1990):
#
# ```
# PMI(w1, w2) = log2( p(w1 w2) / (p(w1) p(w2)) )
#             = log2( (c(w1 w2) / N_pairs) / ((c(w1) / N) × (c(w2) / N)) )
# ```
#
# with *c* the counts, *N* the number of word tokens (the sum of Table 2's counts) and
# N_pairs the number of adjacent word pairs (the sum of the pair counts when every
# pair is kept, `min_count=1`). The cell takes the first pair of the collocation table and
# recomputes its PMI from these counts.

# %%
import math

w1, w2, pair_count = collocations.loc[0, ["w1", "w2", "count"]]
counts = table2.set_index("word")["count"]
n_words = counts.sum()
n_pairs = frequency.pmi_collocations(tokens, min_count=1)["count"].sum()
pmi = math.log2((pair_count / n_pairs) / ((counts[w1] / n_words) * (counts[w2] / n_words)))
print(f"{w1} {w2}: c(pair) = {pair_count}, c({w1}) = {counts[w1]}, c({w2}) = {counts[w2]}, "
      f"N = {n_words}, N_pairs = {n_pairs}")
display.by_hand({f"PMI({w1}, {w2})": (pmi, collocations.loc[0, "pmi"])})

# %% [markdown]
# ## Findings
# - Almost half of the tokens are not words for counting: punctuation (19%), stopwords and
#   stoplisted place names (14%) and numbers with their measure words (11%). The numbers are
#   many (194 tokens on a page of 3,500 characters): the page is dense with figures, the
#   subject of notebook 05.
# - The top words mix place (德国; 青岛 is on the stoplist), the campaign itself (活动) and
#   its targets (企业, 市民). 德国 ranks first only because of one department: all 12
#   occurrences are in 市外办's section.
# - The verbs are those of achievement: 实现 (7) is the most frequent verb proper, and 坚持 and
#   搭建 (5 each) follow; 推动 (3) and 打造 (1) are rarer. The concrete 发放 (issuing coupons)
#   of the ordinary news sits among them. (The `v` prefix also keeps verbal nouns, `vn`, such
#   as 活动 and 合作.)
# - Each department has its own vocabulary: 口岸, 出入境, 营商环境 for 市政府办公厅 (borders and the
#   business environment); 德国, 国际客厅, 疫情 for 市外办; 投资, 海洋, 发展 for 市海洋发展局.
#
# ## Limits
# - One page gives counts of a few units: a difference of one or two occurrences is noise.
#   The same code runs on any corpus given as the `CORPUS` parameter.
# - Segmentation errors remain where the dictionary is silent (jieba tags 科考 as a personal
#   name); the domain dictionary is the place to fix them, with a reason for each entry.
# - Part-of-speech tags come from jieba's dictionary and HMM and are not checked by hand.

# %% [markdown]
# ## Exercises
# 1. Set `MIN_COUNT = 3` and rerun: which collocations survive? Does the first pair's PMI
#    change (the Theory cell recomputes it)?
# 2. In the Theory cell, take the last pair of the collocation table instead of the first
#    (`collocations.index[-1]`): are its words frequent or rare?
# 3. Set `ENGINE = "rjieba"` and rerun: are Table 2 and Table 3 the same?
#
# ## References
# - Church, K. W., & Hanks, P. (1990). Word association norms, mutual information, and
#   lexicography. *Computational Linguistics*, 16(1), 22–29.
# - Manning, C. D., & Schütze, H. (1999). *Foundations of Statistical Natural Language
#   Processing*, chapter 5, Collocations. MIT Press.
# - Zipf, G. K. (1949). *Human Behavior and the Principle of Least Effort*. Addison-Wesley.
# - Sun, J. jieba, Chinese word segmentation (software, version 0.42.1).
# - Stopwords ISO, a collection of stopword lists (the `stopwordsiso` package).
