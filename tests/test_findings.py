"""The numbers quoted in each notebook's Findings are the numbers of its tables.

Each claim is a pattern in the Findings text and the function that recomputes its numbers from
the committed tables (results/tables) or, where a table is not written to a file, from the
library on the committed page. Every match is checked; a notebook whose Findings match no
claim at all fails too, so the test cannot pass by finding nothing.
"""

import re
from functools import cache

import nbformat
import pandas as pd
import pytest

from lib.paths import project_root

NOTEBOOKS = project_root() / "notebooks"
TABLES = project_root() / "results" / "tables"
HAN = r"[\u4e00-\u9fff]+"
GROUP_A = ["000_358ae6c12643bf3e-a01", "000_358ae6c12643bf3e-a02"]
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def findings(stem: str) -> str:
    """Return the Findings of a notebook: its markdown from "## Findings" to "## Limits"."""
    notebook = nbformat.read(NOTEBOOKS / f"{stem}.ipynb", as_version=4)
    text = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    found = re.search(r"## Findings\n(.*?)(?=\n## )", text, re.S)
    assert found, f"{stem} has no Findings section"
    return " ".join(line.lstrip("#").strip() for line in found.group(1).splitlines())


@cache
def table(name: str) -> pd.DataFrame:
    return pd.read_csv(TABLES / f"{name}.csv")


def number(text: str) -> float:
    return float(text.replace(",", ""))


# --- 01 ------------------------------------------------------------------------------------


def articles_claim(m):
    assert NUMBER_WORDS[m[1]] == table("corpus_inventory")["article_id"].nunique()


def longest_article_claim(m):
    sizes = table("corpus_inventory").groupby("article_id", sort=False)["characters"].sum()
    assert number(m[1]) == sizes.max()
    assert (number(m[2]), number(m[3])) == (
        sizes.drop(sizes.idxmax()).min(),
        sizes.drop(sizes.idxmax()).max(),
    )


def departments(frame: pd.DataFrame) -> pd.DataFrame:
    inventory = table("corpus_inventory")
    named = inventory.loc[~inventory["section"].isin(["导语", "全文", "标题"]), "section"]
    return frame[frame["section"].isin(named)]


def department_sizes_claim(m):
    sizes = departments(table("corpus_inventory"))["characters"]
    assert (number(m[1]), number(m[2])) == (sizes.min(), sizes.max())


def with_heading_sizes_claim(m):
    sizes = departments(table("quantification_density"))["characters"]
    assert (number(m[1]), number(m[2])) == (sizes.min(), sizes.max())


def heading_sum_claim(m):
    body = table("corpus_inventory").set_index("section").loc[m[4], "characters"]
    whole = table("quantification_density").set_index("section").loc[m[4], "characters"]
    assert (number(m[1]), number(m[1]) + number(m[2]), number(m[3])) == (body, whole, whole)


# --- 02 ------------------------------------------------------------------------------------


@cache
def set_aside() -> pd.DataFrame:
    from lib.load import corpus
    from lib.words import segment

    _, aside = segment.word_tokens(segment.segment(corpus.load_corpus(None)))
    return aside.set_index("reason")


def word_count_claim(m):
    counts = table("word_frequency").set_index("word")["count"]
    for word in m[1:-1]:
        assert counts[word] == number(m[-1]), f"{word}: {counts[word]} in word_frequency.csv"


def one_department_claim(m):
    total = table("word_frequency").set_index("word").loc[m[2], "count"]
    by_department = table("word_frequency_by_department").set_index(["section", "word"])
    assert number(m[1]) == total == by_department.loc[(m[3], m[2]), "count"]


def set_aside_claim(m):
    shares = set_aside()["share"]
    for reason, percent in zip(("punctuation", "stopword", "number"), m[1:4], strict=True):
        assert round(100 * shares[reason]) == number(percent), reason


def numbers_claim(m):
    assert number(m[1]) == set_aside().loc["number", "tokens"]


# --- 03 ------------------------------------------------------------------------------------


def achievement_keyness() -> pd.DataFrame:
    keyness = table("keyness")
    return keyness[keyness["comparison"] == "group_a_vs_rest"]


def only_significant_claim(m):
    significant = achievement_keyness().loc[lambda t: t["z"].abs() > 1.96]
    assert list(significant["word"]) == [m[1]] and (significant["z"] < 0).all()


def absent_from_news_claim(m):
    counts = achievement_keyness().set_index("word")["count_b"]
    assert counts[m[1]] == 0 and counts[m[2]] == 0


# --- 04 ------------------------------------------------------------------------------------


def nmf_k() -> pd.DataFrame:
    choose_k = table("topics_choose_k")
    return choose_k[choose_k["method"] == "nmf"].set_index("k")


def coherence_peak_claim(m):
    best = nmf_k()["coherence_npmi"].idxmax()
    assert (int(m[1]), number(m[2])) == (best, round(nmf_k().loc[best, "coherence_npmi"], 2))


def stability_claim(m):
    stability = nmf_k()["stability"]
    assert (stability[stability.index > int(m[2])] < number(m[1])).all()
    assert round(stability[int(m[4])], 2) == number(m[3])


def shared_terms_claim(m):
    jaccard = number(m[1])  # two lists of 10 terms sharing s: J = s / (20 - s)
    assert round(20 * jaccard / (1 + jaccard)) == number(m[2])


# --- 05 ------------------------------------------------------------------------------------


def figure_count_claim(m):
    assert number(m[1]) == len(table("indicators"))


def kind_count_claim(m):
    kinds = table("indicators")["kind"].value_counts()
    assert number(m[1]) == kinds.max()


def group_density_claim(m):
    density = table("quantification_density")
    in_a = density["article_id"].isin(GROUP_A)
    rates = [
        round(1000 * d["indicators"].sum() / d["characters"].sum())
        for d in (density[in_a], density[~in_a])
    ]
    assert (number(m[1]), number(m[2])) == tuple(rates)


CLAIMS = {
    "01_corpus": [
        (r"The page holds (\w+) articles", articles_claim),
        (r"\(([\d,]+) characters of body text against (\d+)–(\d+) for the others\)",
         longest_article_claim),
        (r"\((\d+)–(\d+) characters each, Table 1\)", department_sizes_claim),
        (r"with their heading lines \((\d+)–(\d+) characters\)", with_heading_sizes_claim),
        (rf"\((\d+) \+ (\d+) = (\d+) for ({HAN})\)", heading_sum_claim),
    ],
    "02_word_frequency": [
        (r"punctuation \((\d+)%\), stopwords \((\d+)%\) and numbers with their measure words "
         r"\((\d+)%\)", set_aside_claim),
        (r"The numbers are many \((\d+) tokens", numbers_claim),
        (rf"({HAN}) \((\d+)\)", word_count_claim),
        (rf"({HAN}) and ({HAN}) \((\d+) each\)", word_count_claim),
        (rf"({HAN}) ranks first only because of one department: all (\d+) occurrences are in "
         rf"({HAN})'s section", lambda m: one_department_claim([m[0], m[2], m[1], m[3]])),
    ],
    "03_keywords": [
        (rf"except at the news end \(({HAN}),", only_significant_claim),
        (rf"({HAN}) and ({HAN}), which do not occur at all in the two news articles",
         absent_from_news_claim),
    ],
    "04_topics": [
        (r"Coherence peaks at \*k\* = (\d+) for NMF \(NPMI ([\d.]+)\)", coherence_peak_claim),
        (r"stability stays below ([\d.]+) at every \*k\* above (\d+) \(([\d.]+) at \*k\* = (\d+)\)",
         stability_claim),
        (r"\(([\d.]+) at \*k\* = \d+\): two fits on different 80% samples of the sentences share "
         r"about (\d+) of a topic's 10 top terms", shared_terms_claim),
    ],
    "05_indicators": [
        (r"The page states (\d+) figures", figure_count_claim),
        (r"Counts with a measure word dominate \((\d+)", kind_count_claim),
        (r"\((\d+) against (\d+) figures per 1,000 characters\)", group_density_claim),
    ],
}  # fmt: skip


@pytest.mark.parametrize("stem", sorted(CLAIMS))
def test_the_numbers_quoted_in_findings_are_those_of_the_tables(stem):
    text = findings(stem)
    checked = 0
    for pattern, check in CLAIMS[stem]:
        for match in re.finditer(pattern, text):
            check([match[0], *match.groups()])
            checked += 1
    assert checked, f"no number of {stem}'s Findings was checked; update CLAIMS"


def test_a_wrong_number_in_findings_is_caught():
    with pytest.raises(AssertionError):
        word_count_claim(["", "德国", "13"])
    with pytest.raises(AssertionError):
        shared_terms_claim(["", "0.44", "4"])
