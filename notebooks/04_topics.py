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
# # 04 · Topics: which themes structure the reporting, and how do departments divide them?
#
# **Question.** Achievement reporting covers pandemic control, the business environment,
# consumption, the ocean economy. Do these themes emerge from the words alone, and which
# department and article carries which theme?
#
# **Method.** Topic models factor a document-term matrix into themes (topics: weighted word
# lists) and each document's mixture of them. Two standard models from scikit-learn, both with
# fixed seeds: NMF (non-negative matrix factorisation) on TF-IDF weights and LDA (latent
# Dirichlet allocation) on counts. The number of topics *k* is chosen from a table of *k*
# against two measures: coherence (NPMI of each topic's top words co-occurring in the same
# documents of this corpus; Bouma 2009, Röder, Both and Hinneburg 2015) and stability (how far
# the top words survive refitting on resampled documents with other seeds; Greene,
# O'Callaghan and Cunningham 2014).
#
# **Produces.** The choice-of-*k* tables, `results/tables/topics.csv` (topic, label, rank, term,
# weight), a document-topic heatmap by article and section, and topic shares per department.

# %% tags=["parameters"]
CORPUS = None  # None: the project's corpus/; or a folder, a page, a .jsonl or .csv file
TO_SIMPLIFIED = False  # convert Traditional characters to Simplified before segmenting
ENGINE = "jieba"  # "jieba" or "rjieba"
STOPLIST = True  # drop the shipped stoplist (place names, address formulae of a report)
USER_STOPLIST = []  # your own words or phrases to drop, or the path of a file, one a line
UNIT = None  # documents: "sentence" or "para"; None: sentences on this page, paragraphs on a
# corpus of 200 paragraphs or more
MIN_DF = 2  # a term must occur in at least this many documents
KS = None  # numbers of topics to compare; None: 2 to 8, or 4, 6, ..., 12 on a large corpus
SEEDS = None  # refits on a random 80% sample per seed; None: five, or three on a large corpus
MINIBATCH = None  # mini-batch NMF and online LDA; None: on a corpus of 2,000 paragraphs or more
K = None  # topics fitted: None takes the choose-k recommendation below; a number overrides it
TOP_TERMS = 8  # terms shown per topic
TOPIC_LABELS = None  # {topic: label}; None: the hand labels of this page, automatic elsewhere
MAX_SECTIONS = 6  # departments compared: the sections opened by a heading, largest first
OUT = None  # None: the project's results/; or a folder for tables and figures

# %%
from lib.bulk import token_table
from lib.load import corpus, inventory
from lib.publish import display, plots, results
from lib.topics import coherence, documents, models, settings
from lib.words import stoplist

# %% [markdown]
# ## Documents
# Topic models need many documents. This corpus has 24 body paragraphs, too few to estimate
# five themes, so each **sentence** (split at 。！？；) is a document here; on a real corpus
# of many pages, paragraphs are the natural unit (`UNIT = "para"`, chosen by itself on a corpus of
# 200 paragraphs or more, `lib.topics.settings`). Only word tokens enter
# (no stopwords, numbers or punctuation), and only terms found in at least `MIN_DF` documents.

# %%
paragraphs = corpus.load_corpus(CORPUS, to_simplified=TO_SIMPLIFIED)
tokens = token_table.segment_cached(paragraphs, engine=ENGINE, kinds=("paragraph",))
tokens = stoplist.mark_stoplist(tokens, stoplist.stoplist(STOPLIST, USER_STOPLIST))
fit = settings.topic_settings(paragraphs, CORPUS, UNIT, KS, SEEDS, MINIBATCH, TOPIC_LABELS)
print(fit.note) if fit.note else None
docs = documents.build_documents(tokens, unit=fit.unit)
dtm, vocabulary = documents.document_term_matrix(docs, min_df=MIN_DF)
print(f"{dtm.shape[0]} documents, {dtm.shape[1]} terms, {dtm.nnz} non-zero cells")

# %% [markdown]
# ## Choosing the number of topics
# For each *k*, the NMF model is fitted once per seed in `SEEDS` (here five), each time on a
# random 80% sample of the documents. `coherence_npmi` is the mean NPMI of the pairs of the
# top-10 terms (from −1, never together, to 1, always together); `stability` the mean Jaccard
# overlap of the top-10 terms of topics matched across the fits (1: identical).

# %%
nmf_k = coherence.choose_k_table(
    dtm, ks=fit.ks, seeds=fit.seeds, method="nmf", minibatch=fit.minibatch
)
display.readable(nmf_k, decimals=3)

# %% [markdown]
# The same table for LDA:

# %%
lda_k = coherence.choose_k_table(
    dtm, ks=fit.ks, seeds=fit.seeds, method="lda", minibatch=fit.minibatch
)
results.write_table(coherence.stack_k_tables([nmf_k, lda_k]), "topics_choose_k", OUT)
display.readable(lda_k, decimals=3)

# %% [markdown]
# ## The topics
# NMF at the *k* the NMF table recommends (`coherence.recommended_k`: the best sum of the
# ranks of *k* on coherence and on stability, a tie going to the more coherent), unless `K`
# sets it. Each topic's terms with their weight (share of the topic's total weight); the
# labels are given by hand after reading the terms (automatic ones if they do not fit *k*).

# %%
k = K or coherence.recommended_k(nmf_k)
model = models.fit_topic_model(dtm, k=k, method="nmf", seed=0, minibatch=fit.minibatch)
print(coherence.fit_note(k, coherence.recommended_k(nmf_k), models.converged(model)))
terms = models.topic_terms(model, vocabulary, TOP_TERMS)
fits = fit.labels and len(fit.labels) == k
table = models.label_topics(terms, fit.labels if fits else models.auto_labels(terms))
results.write_table(table, "topics", OUT)
models.terms_side_by_side(table)

# %% [markdown]
# For comparison, LDA with the same *k* and seed (automatic labels: its three heaviest terms).

# %%
lda = models.fit_topic_model(dtm, k=k, method="lda", seed=0, minibatch=fit.minibatch)
lda_terms = models.topic_terms(lda, vocabulary, TOP_TERMS)
models.terms_side_by_side(models.label_topics(lda_terms, models.auto_labels(lda_terms)))

# %% [markdown]
# ## Where the topics are
# Each document's topic mixture, averaged by article and section. A dark cell means the
# section's sentences are mostly about that topic.

# %%
doc_topics = models.document_topics(model, dtm, docs)
doc_topics["article"] = doc_topics["article_id"].map(inventory.article_titles(paragraphs))
by_section = models.topic_shares(doc_topics, by=["article", "section"])
labels = dict(zip(table["topic"], table["label"], strict=False))
figure = plots.topic_heatmap(by_section, ["article", "section"], labels, "Topic shares by section")
results.write_figure(figure, "topic_heatmap", OUT)
plots.show(figure)

# %% [markdown]
# The topic shares of the three departments of the report card, as a table (rows: topics;
# columns: departments; cells: mean share of the department's sentences).

# %%
departments = inventory.named_sections(paragraphs, MAX_SECTIONS)
shares = models.topic_shares(doc_topics[doc_topics["section"].isin(departments)], by="section")
display.readable(models.shares_wide(shares, labels))

# %% [markdown]
# ## Theory: coherence and stability by hand
# **Coherence.** For two terms *x* and *y*, with *p* the share of documents (here sentences)
# that contain them, the normalised PMI (Bouma 2009) is
#
# ```
# NPMI(x, y) = ln( p(x, y) / (p(x) p(y)) ) / −ln p(x, y)
# ```
#
# 1 when the two always occur together, 0 when independent, −1 when never together (by
# convention, as *p*(*x*, *y*) = 0 leaves the formula undefined). A topic's coherence is the
# mean NPMI over all pairs of its top-10 terms.
#
# **Stability.** Two fits' topics are paired so that the summed overlap is largest (Hungarian
# algorithm), and each pair's overlap is the Jaccard index of their top-10 term sets,
# *J* = |*A* ∩ *B*| / |*A* ∪ *B*|. Two lists of 10 that share *s* terms have
# *J* = *s* / (20 − *s*), so *s* = 20*J* / (1 + *J*): a Jaccard of 0.44 means about 6 of 10
# terms shared, 0.5 means 6.7, and a Jaccard of 1 all 10. The `stability` column averages
# such overlaps over all pairs of the five resampled fits.
#
# The cells below recompute the NPMI of the first two terms of the first topic, the topic's
# coherence, and the Jaccard overlap of that topic with its match in a refit on the 80%
# sample that `choose_k_table` draws for seed 1.

# %%
import math
from itertools import combinations

import numpy as np

top = models.top_term_indices(models.topic_term_weights(model), 10)
present = dtm.toarray() > 0  # documents x terms: does the document contain the term?
npmis = []  # NPMI of each pair of topic 0's top terms, the formula above written out
for a, b in combinations(top[0], 2):
    p_a, p_b, p_ab = present[:, a].mean(), present[:, b].mean(), (present[:, a] & present[:, b]).mean()
    npmis.append(-1.0 if p_ab == 0 else 1.0 if p_ab == 1 else math.log(p_ab / (p_a * p_b)) / -math.log(p_ab))
x, y = top[0, 0], top[0, 1]  # the first pair
print(f"{vocabulary[x]}: {present[:, x].sum()} documents, {vocabulary[y]}: {present[:, y].sum()}, "
      f"both: {(present[:, x] & present[:, y]).sum()}, of {len(present)}")

# %% [markdown]
# The refit on seed 1's 80% sample, its topics matched to these (Hungarian matching), and the
# Jaccard overlap of topic 0's top terms with those of its match:

# %%
sample = np.sort(np.random.default_rng(1).permutation(len(present))[: math.ceil(0.8 * len(present))])
refit = models.fit_topic_model(dtm[sample], k=k, method="nmf", seed=1, minibatch=fit.minibatch)
refit_top = models.top_term_indices(models.topic_term_weights(refit), 10)
matched = coherence.match_topics([set(t) for t in top.tolist()], [set(t) for t in refit_top.tolist()])
a, b = set(top[0]), set(refit_top[matched.loc[0, "topic_b"]])
print(f"shared with its match in the refit: {len(a & b)} of 10 terms; in either: {len(a | b)}")

# %% [markdown]
# The three values by hand, beside the library's:

# %%
display.by_hand(
    {
        f"NPMI({vocabulary[x]}, {vocabulary[y]})": (npmis[0], coherence.npmi_coherence(dtm, [[x, y]])[0]),
        "coherence of topic 0": (np.mean(npmis), coherence.npmi_coherence(dtm, top)[0]),
        "Jaccard of topic 0 and its match": (len(a & b) / len(a | b), matched.loc[0, "jaccard"]),
    }
)

# %% [markdown]
# ## Findings
# - The topics NMF finds are mostly the articles of the page rather than cross-cutting themes:
#   coupons, Sino-German ties (市外办), business services (平度), the research cruise split in
#   two (its programme and its seabed sampling), citizens and the 12345 hotline, and two topics
#   of the report card's economy (development and ports, investment growth). With one page,
#   each theme is written once, by one author, in one place.
# - Coherence peaks at *k* = 5 for NMF (NPMI 0.15), but *k* = 8 is second on both coherence
#   (0.13) and stability (0.44, after *k* = 2), so the rank-sum rule recommends 8. Stability
#   stays below 0.45 at every *k* above 2: two fits on different 80% samples of the sentences
#   share about 6 of a topic's 10 top terms (see Theory), so about 4 of 10 change with the
#   sample. LDA is worse on both counts (negative NPMI), as expected with 61 short documents.
# - The report card's departments do divide the themes: 市外办's sentences load on the
#   Sino-German topic (0.78), 市政府办公厅's on development and ports (0.58) and the citizens'
#   topic (0.28), while 市海洋发展局 splits between development and ports (0.32) and
#   investment growth (0.31).
#
# ## Limits
# - Sixty-one sentences cannot support a topic model: these tables show the method working,
#   not themes of the genre. Point `CORPUS` at a real collection (for example the national
#   government work reports, see the README): paragraphs then become the documents.
# - The labels are a reader's judgement of the top terms, made for this corpus; another corpus
#   gets automatic labels until you set `TOPIC_LABELS`.
# - NPMI is computed in the same corpus the model was fitted on, which flatters coherence.

# %% [markdown]
# ## Exercises
# 1. Set `K = 3` and rerun: which of the eight topics merge? Is the coherence of the first
#    topic (Theory cell) higher or lower?
# 2. Set `MIN_DF = 3`: fewer terms enter the matrix. How do coherence and stability change in
#    the choice-of-*k* table?
# 3. In the Theory cell, refit with seed 2 instead of 1 (both in the sample and in
#    `fit_topic_model`): how many of the first topic's 10 terms survive now?
#
# ## References
# - Lee, D. D., & Seung, H. S. (1999). Learning the parts of objects by non-negative matrix
#   factorization. *Nature*, 401, 788–791.
# - Blei, D. M., Ng, A. Y., & Jordan, M. I. (2003). Latent Dirichlet allocation. *Journal of
#   Machine Learning Research*, 3, 993–1022.
# - Bouma, G. (2009). Normalized (pointwise) mutual information in collocation extraction.
#   *Proceedings of the Biennial GSCL Conference 2009*, 31–40.
# - Röder, M., Both, A., & Hinneburg, A. (2015). Exploring the space of topic coherence
#   measures. *Proceedings of WSDM 2015*, 399–408.
# - Greene, D., O'Callaghan, D., & Cunningham, P. (2014). How many topics? Stability analysis
#   for topic models. *Machine Learning and Knowledge Discovery in Databases (ECML PKDD
#   2014)*, LNCS 8724, 498–513.
# - Jaccard, P. (1912). The distribution of the flora in the alpine zone. *New Phytologist*,
#   11(2), 37–50.
