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
# # 01 · The corpus: what is on the page, and how is it organised?
#
# **Question.** A newspaper page of achievement reporting (成绩单, "report card") mixes several
# articles, bylines, section headings and photo captions, and PDF extraction breaks its sentences.
# Before counting anything we need to know what the page holds and in which units: page →
# article → section → paragraph.
#
# **Produces.** The paragraphs table every later notebook starts from; a table of the layout
# repairs that were made; **Table 1**, the corpus inventory (`results/tables/corpus_inventory.csv`);
# and a figure of section sizes (`results/figures/section_sizes.png`).

# %% tags=["parameters"]
CORPUS = None  # None: the project's corpus/ folder; or a folder, a page, a .jsonl or .csv file
TO_SIMPLIFIED = False  # convert Traditional characters to Simplified (OpenCC t2s)
OUT = None  # None: results/ of the project; or a folder for tables and figures

# %%
from lib.load import corpus, inventory
from lib.publish import display, plots, results

# %% [markdown]
# ## Loading
# `read_corpus` decodes each file (detecting its encoding), repairs the layout, and splits the
# text into records. The sources table shows each file read, the encoding detected, the number
# of records it gave, and a warning when its structure could not be recovered.

# %%
loaded = corpus.read_corpus(CORPUS, to_simplified=TO_SIMPLIFIED)
paragraphs = loaded.paragraphs
loaded.sources

# %% [markdown]
# The warnings alone: a long document that came out as a single paragraph (saved without line
# breaks and without runs of spaces between its paragraphs) has no sections or headings, and the
# notebooks that compare sections have nothing to compare in it. An empty table means that every
# document was divided.

# %%
loaded.warnings

# %% [markdown]
# Every line of a page becomes exactly one record, of one kind: a **title** (headline), a
# **subtitle**, a **byline** (□ 记者 … 通讯员 …, whose names become metadata), a section
# **heading**, a body **paragraph**, or a photo **caption**. Text saved from web pages brings
# more: web-page **chrome** (下载 打印 【字号】 分享到微信), **source_line**s (来源：… 时间：…),
# newspaper **page_jump** markers (上接第4版), the **speaker** of a report (市长 某某), the
# **dateline** of a speech and licence notices (**boilerplate**). These are kept, never read as
# headings or paragraphs. The loader proves that every non-whitespace character of the page lands
# in one record. This table counts records and characters by kind.

# %%
display.readable(inventory.record_kinds(paragraphs))

# %% [markdown]
# The articles of the corpus, with the metadata that the bylines and the manifest give them.
# The manifest records only what the text supports (the page names its outlet in the bylines
# and its city in its content, and dates its events to December 2020 without naming the day).

# %%
articles = inventory.article_table(paragraphs)
articles

# %% [markdown]
# ## Layout repairs
# Extraction leaves traces: a sentence broken across lines (the seam is marked ↵), a photo
# caption that interrupts a sentence, spaces between Chinese and digits ("超 400 万件"),
# full-width digits. This table lists every repair, with the text before and after.

# %%
loaded.repairs

# %% [markdown]
# ## Table 1 · Corpus inventory
# One row per article and section: how many body paragraphs, sentences and characters each
# holds, and who reported it. Sections are the departments of the achievement report
# (市政府办公厅, 市外办, 市海洋发展局); 导语 (lead) is the text before the first section
# heading, 全文 (whole text) an article without sections.

# %%
table1 = inventory.corpus_inventory(paragraphs)
results.write_table(table1, "corpus_inventory", OUT)
table1

# %% [markdown]
# The figure shows the same inventory as bars: characters of body text per section, coloured by
# article, so that the weight of each department's report card on the page can be compared
# with the ordinary news around it. Each article is labelled by what names it: the metadata of a
# document (its province or city) or, on a newspaper page, its headline.

# %%
figure = plots.section_bars(table1, labels=inventory.document_labels(paragraphs, width=14))
results.write_figure(figure, "section_sizes", OUT)
plots.show(figure)

# %% [markdown]
# ## Theory: what a character count is
# A count of characters needs a definition. Here it is the number of non-whitespace
# characters (Python's `str.isspace` decides what is whitespace) of the section's body
# paragraphs: for a section *s* with paragraphs *p*,
#
# ```
# characters(s) = Σ over the paragraphs p of s: (number of characters of p that are not whitespace)
# ```
#
# Headings, titles, bylines and captions are not counted. The cell below recounts one
# department's section by hand, paragraph by paragraph, and sets the sum beside Table 1's.
# Notebook 05 measures density over every line it reads figures from, the section's heading
# line included, so its count for the same section is larger by exactly that line.

# %%
named = inventory.named_sections(paragraphs)
section = named[1] if len(named) > 1 else table1["section"].iloc[0]  # 市外办 on this page
records = paragraphs[paragraphs["section"] == section]
# characters that are not whitespace, record by record
body = [len("".join(t.split())) for t in records.loc[records["kind"] == "paragraph", "text"]]
heading = sum(len("".join(t.split())) for t in records.loc[records["kind"] == "heading", "text"])
print(f"{section}: {' + '.join(map(str, body))} = {sum(body)} characters of body text")
print(f"with its heading line ({heading}): {sum(body) + heading}, the count of notebook 05")
in_table1 = table1.loc[table1["section"] == section, "characters"].sum()
display.by_hand({f"characters of {section}": (sum(body), in_table1)})

# %% [markdown]
# ## Findings
# - The page holds four articles. The first, the 成绩单 of three city departments, is split by
#   section headings into a lead and three department sections; the other three articles have
#   no sections.
# - The achievement report is the longest article on the page (1,686 characters of body text
#   against 422–708 for the others). Its three department sections are almost equal in length
#   (494–512 characters each, Table 1), as if each department had been given the same space.
#   Notebook 05 counts the same sections with their heading lines (512–532 characters): the
#   difference is the heading, as the Theory section shows (510 + 16 = 526 for 市外办).
# - Layout repair was needed: two sentences broken across lines were joined, one caption that
#   interrupted a sentence was taken out, and extraction spaces were removed from two headlines.
#
# ## Limits
# - Articles are found by their bylines (□ …记者). An article without a byline is merged into the
#   article before it; a headline block is at most three lines.
# - A short line without sentence punctuation is read as a section heading. A real paragraph
#   that lacks final punctuation would be joined with the next line; every join is listed in
#   the repairs table so that it can be checked by eye.
# - The date is known to the month only; the manifest says how each field is known.

# %% [markdown]
# ## Exercises
# 1. In the Theory cell, set `section = "导语"` (the lead): does the sum by hand still equal
#    Table 1's count? Which kinds of record does that section hold?
# 2. Draw the section bars by sentences instead of characters
#    (`plots.section_bars(table1, "sentences")`): does the order of the sections change?
# 3. Set `CORPUS = "../shared/corpora/provincial2026_sample.jsonl"` (if you have the shared
#    folder) and rerun: how many records of each kind does the loader find, and which layout
#    repairs does it make?
#
# ## References
# - Biber, D. (1993). Representativeness in corpus design. *Literary and Linguistic
#   Computing*, 8(4), 243–257. (Why a corpus is described before it is counted.)
# - McEnery, T., & Hardie, A. (2012). *Corpus Linguistics: Method, Theory and Practice*.
#   Cambridge University Press.
# - OpenCC, Open Chinese Convert (software), used for Traditional → Simplified conversion.
# - Python documentation: `str.isspace`, the definition of whitespace used in every count.
