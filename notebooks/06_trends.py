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
# # 06 · Seventy years of work reports: how the language of achievement changed
#
# **Question.** The page of notebooks 01-05 shows the methods; it cannot show a genre. The
# national government work reports (政府工作报告), read by the Premier to the National People's
# Congress every year since 1954, are the genre's longest public record. Which words rose and
# fell, how do the eras differ, which themes dominate when, and are the reports becoming more
# numeric?
#
# **The archive is used, not redistributed.** The reports are read from the `ARCHIVE`
# parameter (default `../shared/corpora/national_gwr.jsonl`; the README says where to get the
# same file, from the public repository aldohemsn/chinese-political-corpora). Everything this
# notebook commits is numbers, words and figures: no passage of the reports' text. The
# concordance lines of the archive go to a folder that is never committed.
#
# **Produces.** `results/tables/term_trends.csv` (year, term, count, tokens, per_10k),
# `era_keyness.csv`, `archive_topics_choose_k.csv`, `archive_topics.csv`, `topics_by_year.csv`,
# `quantification_by_year.csv`, and a figure for each.

# %% tags=["parameters"]
ARCHIVE = None  # None: ../shared/corpora/national_gwr.jsonl; or a .jsonl of reports with a year
CORPUS = None  # the corpus of the concordance example (None: the project's page in corpus/)
ENGINE = "rjieba"  # "rjieba" (fast, the same tokens as jieba but in rare cases) or "jieba"
TERMS = ["高质量发展", "改革", "阶级斗争", "人民", "增长", "绿色"]  # terms followed over time
WHOLE_TOKENS = False  # True: count a term only where it is whole tokens (人民 not in 人民币)
ERAS = {  # named spans of years (first, last), compared by keyness; argued below
    "1954–1978": (1954, 1978),
    "1979–1992": (1979, 1992),
    "1993–2012": (1993, 2012),
    "2013–2025": (2013, 2025),
}
STOPLIST = True  # drop the shipped stoplist (place names, address formulae of a report)
USER_STOPLIST = []  # your own words or phrases to drop, or the path of a file, one a line
TOP_N = 15  # words per era in the tables and figure
MIN_TERMS = 20  # topic documents: paragraphs with at least this many word tokens
MIN_DF = 10  # a topic term must occur in at least this many paragraphs
KS = (6, 8, 10, 12)  # numbers of topics compared
SEEDS = (0, 1, 2)  # one refit on a random 80% of the paragraphs per seed
K = None  # None: the k the choose-k table recommends; or a number that overrides it
TOP_TERMS = 8  # terms shown per topic
KWIC_TERM = "实现"  # the term of the concordance
KWIC_WINDOW = 12  # characters of context on each side
OUT = None  # None: the project's results/; or a folder for tables and figures

# %%
from lib import paths, tables
from lib.bulk import token_table
from lib.load import corpus
from lib.publish import display, results, time_plots
from lib.publish.plots import show
from lib.quantities import yearly
from lib.topics import coherence, documents, models
from lib.words import concordance, keyness, segment, stoplist, trends

# %% [markdown]
# ## The archive
# Each line of the archive is one document: a report, or the resolution (决议) of the Congress
# approving it. Resolutions have no year and are not reports, so every per-year series below
# reads the dated documents only (`trends.dated_records`). The older reports are in
# Traditional characters and are converted to Simplified (OpenCC) before segmenting.

# %%
missing = paths.archive_missing(ARCHIVE)
if missing:
    raise FileNotFoundError(missing)
archive = corpus.load_corpus(paths.archive_path(ARCHIVE), to_simplified=True)
reports = trends.dated_records(archive)
print(
    f"{archive['page_id'].nunique()} documents, {reports['page_id'].nunique()} of them dated "
    f"reports ({reports['year'].min()}–{reports['year'].max()}, "
    f"{reports['year'].nunique()} years)"
)

# %% [markdown]
# Segmentation with the project's dictionary, once: the tokens table is cached in Parquet
# under `.cache/` and read back on the next run (`token_table.segment_cached`: the same table
# whether the cache was warm or cold). The stoplist (`lib/words/data/stoplist.txt`: the
# address formulae of a report such as 各位代表 and 请予审议, and place names) is then set aside
# with the other stopwords.

# %%
tokens = token_table.segment_cached(reports, engine=ENGINE)
tokens = stoplist.mark_stoplist(tokens, stoplist.stoplist(STOPLIST, USER_STOPLIST))
tokens = tables.add_record_columns(tokens, reports, ["year", "kind"])
print(f"{len(tokens):,} tokens")

# %% [markdown]
# ## Term trends
# Each term's occurrences per year, divided by that year's word tokens (punctuation,
# numbers and stopwords excluded) and scaled to 10,000: a rate that compares a short report
# of the 1950s with a long one of the 2010s. A term is found across token boundaries
# (高质量发展 is cut into 高质量 and 发展) and inside longer words (改革 in 改革开放) unless
# `WHOLE_TOKENS` is set. The table holds the raw counts beside the rates.

# %%
trend_table = trends.term_trends(tokens, reports, TERMS, whole_tokens=WHOLE_TOKENS)
results.write_table(trend_table, "term_trends", OUT)
trends.trends_wide(trend_table).round(1).T

# %% [markdown]
# The same rates drawn per term; each marker is one report, and the gaps are years without
# one in the archive.

# %%
figure = time_plots.term_trend_panel(trend_table, "Terms per 10,000 words, by year of report")
results.write_figure(figure, "term_trends", OUT)
show(figure)

# %% [markdown]
# ## Eras compared
# The default eras follow the turning points the reports themselves refer to: the planned
# economy and its campaigns up to the Third Plenary Session of the 11th Central Committee
# (December 1978), which opened reform; reform and opening up to the 14th Party Congress
# (October 1992), which set the goal of a socialist market economy; that economy's build-up up
# to the 18th Party Congress (November 2012); and the years since, the "new era" of the
# reports' own vocabulary. Each era's documents and size:

# %%
trends.era_summary(reports, ERAS)

# %% [markdown]
# Each era against all the others, by the log-odds ratio with an informative Dirichlet prior
# (as in notebook 03): the words with the highest z-scores are the era's own.

# %%
tokens["era"] = trends.assign_eras(tokens["year"], ERAS)
by_era = keyness.keyness_each_vs_rest(tokens, "era", top_n=TOP_N)
by_era["comparison"] = by_era["era"] + " vs the other eras"
results.write_table(by_era, "era_keyness", OUT)
trends.words_side_by_side(by_era, "era", TOP_N)

# %%
figure = time_plots.era_keyness_panel(by_era, "era", "Each era's most distinctive words")
results.write_figure(figure, "era_keyness", OUT)
show(figure)

# %% [markdown]
# ## Topics over time
# A topic model needs many documents; the archive's paragraphs are enough. Each paragraph
# with at least `MIN_TERMS` word tokens is a document, and terms in at least `MIN_DF`
# paragraphs enter. The number of topics is chosen as in notebook 04: for each *k* NMF is
# fitted on a random 80% of the paragraphs per seed, and coherence (NPMI) and stability are
# compared. The recommended *k* ranks best on the two together (`coherence.recommended_k`).

# %%
paragraph_tokens = tokens[tokens["kind"] == "paragraph"]
docs = documents.build_documents(paragraph_tokens, unit="para", min_terms=MIN_TERMS)
dtm, vocabulary = documents.document_term_matrix(docs, min_df=MIN_DF)
k_table = coherence.choose_k_table(dtm, ks=KS, seeds=SEEDS, method="nmf")
results.write_table(k_table, "archive_topics_choose_k", OUT)
recommended = coherence.recommended_k(k_table)
k = K or recommended
print(f"{dtm.shape[0]} paragraphs, {dtm.shape[1]} terms; k recommended {recommended}, used {k}")
k_table

# %% [markdown]
# The topics at that *k*, labelled by their three heaviest terms; whether the fit converged
# is printed with them.

# %%
model = models.fit_topic_model(dtm, k=k, method="nmf", seed=0)
print("NMF converged" if models.converged(model) else "NMF did NOT converge: raise max_iter")
terms = models.topic_terms(model, vocabulary, TOP_TERMS)
topic_table = models.label_topics(terms, models.auto_labels(terms))
results.write_table(topic_table, "archive_topics", OUT)
models.terms_side_by_side(topic_table)

# %% [markdown]
# Each year's mean topic share over its paragraphs: which themes a year's report spends its
# paragraphs on.

# %%
doc_topics = models.document_topics(model, dtm, docs)
doc_topics = tables.add_record_columns(doc_topics, reports, ["year"])
by_year = models.topic_shares(doc_topics, by="year")
results.write_table(by_year, "topics_by_year", OUT)
labels = models.auto_labels(topic_table)
figure = time_plots.topic_prevalence(by_year, labels, "Topic shares of each year's paragraphs")
results.write_figure(figure, "topic_prevalence", OUT)
show(figure)

# %% [markdown]
# ## Are the reports becoming more numeric?
# Quantification density: the figures found by the indicators extractor of notebook 05
# (values with units, percentages, counts) per 1,000 non-blank characters of each report's
# titles, headings and paragraphs (`yearly.density_by_year`: the measure of notebook 05, one
# report at a time).

# %%
density = yearly.density_by_year(reports)
results.write_table(density, "quantification_by_year", OUT)
density.round(2).T

# %%
figure = time_plots.yearly_series(
    density, "indicators_per_1000_chars", "Figures per 1,000 characters", "figures / 1,000 chars"
)
results.write_figure(figure, "quantification_by_year", OUT)
show(figure)

# %% [markdown]
# ## Keyword in context
# A concordance lists every occurrence of a term with the characters around it: the way to
# check what a count means. `concordance.kwic` returns one row per occurrence (document,
# year, left, term, right). Here it reads the project's page (`CORPUS`), whose text the
# project ships:

# %%
page = corpus.load_corpus(CORPUS)
concordance.kwic(page, KWIC_TERM, window=KWIC_WINDOW)

# %% [markdown]
# For the archive, the lines are written to a folder that is not committed (`.cache/private/`,
# or `private/` under `OUT`), because they are the archive's text. Only their number per era
# is shown here.

# %%
lines = concordance.kwic(reports, KWIC_TERM, window=KWIC_WINDOW)
results.write_table(lines, f"kwic_{KWIC_TERM}", paths.uncommitted_dir(OUT))
lines.assign(era=trends.assign_eras(lines["year"], ERAS)).groupby("era").size()

# %% [markdown]
# ## Theory: a rate and a density by hand
# A term's rate in a year is its count over the year's word tokens, scaled to 10,000:
#
# ```
# per_10k(term, year) = 10,000 × c(term, year) / N(year)
# ```
#
# with *c* the occurrences of the term in the year's report (found in the text, as the
# concordance finds them) and *N* the report's word tokens (the tokens left after
# punctuation, numbers and stopwords are set aside, `segment.is_word`). Quantification density
# is the same kind of rate: 1,000 × figures / non-blank characters. Era keyness is the
# log-odds ratio of notebook 03, each era against the pooled others.
#
# The cell recounts one cell of `term_trends.csv` from the concordance and the tokens table,
# and one year of `quantification_by_year.csv` from the report's characters.

# %%
year, term = 2024, "高质量发展"
occurrences = len(concordance.kwic(reports, term, year=year))
year_words = int(segment.is_word(tokens[tokens["year"] == year]).sum())
row = trend_table.set_index(["year", "term"]).loc[(year, term)]
records = reports[(reports["year"] == year) & reports["kind"].isin(yearly.TABLE_KINDS)]
characters = int(records["text"].str.count(r"\S").sum())
dense = density.set_index("year").loc[year]
print(f"{term}, {year}: {occurrences} occurrences, {year_words:,} word tokens; "
      f"{int(dense['indicators'])} figures in {characters:,} characters")
display.by_hand(
    {
        f"c({term}, {year})": (occurrences, row["count"]),
        f"N({year})": (year_words, row["tokens"]),
        "per_10k": (1e4 * occurrences / year_words, row["per_10k"]),
        "figures per 1,000 characters": (
            1000 * dense["indicators"] / characters, dense["indicators_per_1000_chars"]
        ),
    }
)

# %% [markdown]
# ## Findings
# - The words of the planned economy gave way to those of reform, then to those of
#   "development". 阶级斗争 (class struggle) peaks in 1964 (38 per 10,000 words) and is gone after
#   1979 but for one mention in 1986. 改革 (reform) climbs from 0-25 in the 1950s to 234 in
#   1985 and stays above 95 until 2019, then falls to 55-72 in 2021-2025. 高质量发展 first
#   appears in 2018 and peaks in 2024 (39); 绿色 (green) appears in 2001 and reaches 27 in 2025.
# - 人民 (the people) falls from 178-263 per 10,000 words in eight of the eleven reports of
#   1954-1979 to 33-60 in every report since 2013; the topic it anchors (社会主义·我国·人民) holds
#   0.21-0.51 of a 1950s report's paragraphs and 0.01-0.02 of a 2020s one, while 发展·创新·加快
#   rises from 0.00 (1954) to 0.37 (2024): the largest shift in the topic table.
# - The keyness of the eras names them: 工业, 革命, 五年计划, 苏联, 毛主席 for 1954-1978;
#   经济效益, 商品经济, 第三世界 for 1979-1992; 国有企业, 社会保障, 中央财政, 体制改革 for 1993-2012;
#   创新, 推动, 提升, 民生, 高质量, 风险, 脱贫, 绿色 for 2013-2025, where the verbs of action (推动,
#   推进, 提升, 优化) lead.
# - The reports are not becoming more numeric. Figures per 1,000 characters are highest in the
#   first era (7.8 over 1954-1978, 25.1 in 1956) and 3.8-5.7 in the later ones. What stands out
#   is the report card itself: the reports that open a government's term and review the past
#   five years (2003, 2008, 2013, 2018, 2023) all lie above the median year (4.3), at 6.4, 6.0,
#   8.8, 7.5 and 10.1.
#
# ## Limits
# - One report a year, and not every year: the archive has no report for 1961-1963, 1965-1974,
#   1976-1977, 1989-1991, 1996 and 2020, and reports vary from about 5,000 to 56,000
#   characters. A rate in a short report rests on few occurrences: read the counts beside the
#   rates in `term_trends.csv`.
# - A term is counted wherever its characters occur, so 人民 includes 人民币 and 人民公社
#   (`WHOLE_TOKENS = True` counts whole tokens only); the rates depend on jieba's segmentation
#   of the denominator, which is tuned on modern text, not on the reports of the 1950s.
# - The eras are set by hand, from political turning points; keyness then finds the words that
#   differ, not why. Names of leaders (毛主席, 习近平) rank high because each era names its own.
# - The recommended *k* is a tie here: *k* = 10 and *k* = 12 have the same rank sum on
#   coherence and stability, and the tie goes to the more coherent, the largest *k* compared;
#   `K` overrides it. The labels are each topic's three heaviest terms, not a reader's judgement.
# - Quantification density uses the indicators extractor of notebook 05, built on modern
#   reports; figures written in Chinese numerals in the older reports may be missed.

# %% [markdown]
# ## Exercises
# 1. Set `WHOLE_TOKENS = True` and rerun: how much of 人民's count was 人民币 and 人民公社?
#    Which term loses most, and why does 高质量发展 lose nothing?
# 2. Move the end of the first era from 1978 to 1966 (`ERAS`, and the start of the next): which
#    of its distinctive words stay, which go to the next era?
# 3. Set `STOPLIST = False`: which place names and formulae enter the era keyness table, and in
#    which era?
#
# ## References
# - Monroe, B. L., Colaresi, M. P., & Quinn, K. M. (2008). Fightin' words: Lexical feature
#   selection and evaluation for identifying the content of political conflict. *Political
#   Analysis*, 16(4), 372–403.
# - Lee, D. D., & Seung, H. S. (1999). Learning the parts of objects by non-negative matrix
#   factorization. *Nature*, 401, 788–791.
# - Greene, D., O'Callaghan, D., & Cunningham, P. (2014). How many topics? Stability analysis
#   for topic models. *Machine Learning and Knowledge Discovery in Databases (ECML PKDD
#   2014)*, LNCS 8724, 498–513.
# - Bouma, G. (2009). Normalized (pointwise) mutual information in collocation extraction.
#   *Proceedings of the Biennial GSCL Conference 2009*, 31–40.
