"""The quantification density figure and the statements notebook 05 makes about it."""

import re

import pandas as pd
import pytest

from lib.paths import project_root
from lib.publish.plots import bar_density, short_label

NOTEBOOK = project_root() / "notebooks" / "05_indicators.py"
DENSITY = project_root() / "results" / "tables" / "quantification_density.csv"


def test_a_short_label_is_never_cut_inside_a_quotation():
    title = "市政府办公厅、市外办和市海洋发展局亮出“成绩单”"
    assert short_label(title, 20) == "市政府办公厅、市外办和市海洋发展局亮出…"
    assert short_label(title, 12) == "市政府办公厅、市外办和市…"
    label = short_label("港口亮出“成绩单”和“新目标”", 12)
    assert label == "港口亮出“成绩单”和…" and label.count("“") == label.count("”")
    assert short_label("短标题", 12) == "短标题"


def test_the_density_figure_marks_each_group_mean_and_labels_counts():
    density = pd.DataFrame({
        "article_id": ["p-a01", "p-a02"], "section": ["甲", "全文"], "title": ["报告", "新闻"],
        "indicators": [3, 1], "characters": [100, 1200], "indicators_per_1000_chars": [30.0, 0.8],
    })  # fmt: skip
    figure = bar_density(density, {"reports": (30.0, ["p-a01"]), "news": (0.8, ["p-a02"])})
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.texts] == [" 3 / 100", " 1 / 1,200"]
    assert sorted(line.get_xdata()[0] for line in axes.lines) == [0.8, 30.0]
    assert "per 1,000" in axes.get_xlabel() and "per 1,000" in axes.get_title()


def test_the_density_figure_refuses_a_table_without_counts():
    with pytest.raises(ValueError, match="indicators"):
        bar_density(pd.DataFrame({"article_id": ["a"], "section": ["s"]}), {})


def test_notebook_05_names_the_least_quantified_department_the_table_shows():
    density = pd.read_csv(DENSITY)
    departments = density[~density["section"].isin(["导语", "全文", "标题"])]
    least = departments.sort_values("indicators_per_1000_chars").iloc[0]
    findings = NOTEBOOK.read_text(encoding="utf-8").split("## Findings")[1]
    stated = re.search(r"(\S+) is the least quantified \((\d+\.\d)", findings)
    assert stated is not None
    assert (stated[1], float(stated[2])) == (
        least["section"],
        round(least["indicators_per_1000_chars"], 1),
    )
    lower = density[density["indicators_per_1000_chars"] < least["indicators_per_1000_chars"]]
    for _, row in lower.iterrows():  # every lower section is named in the findings
        assert f"{row['indicators_per_1000_chars']:.1f}" in findings


def test_notebook_05_cites_no_accuracy_that_was_not_measured():
    text = NOTEBOOK.read_text(encoding="utf-8")
    assert "92%" not in text
    # the hand check after the rules were frozen (archive seed 2037, provincial seed 3037)
    assert re.search(r"81 of 100 rows\s*#?\s*of the national reports", text)
    assert re.search(r"91 of 100 rows of the six provincial", text.replace("\n#   ", " "))


def test_notebook_05_quotes_the_size_of_the_labelled_sentence_set():
    from lib.quantities.evaluation import read_labels

    labels = read_labels(project_root() / "tests" / "data" / "indicator_sentences.tsv")
    limits = NOTEBOOK.read_text(encoding="utf-8").split("## Limits")[1]
    assert re.search(r"On (\d+)\s*#?\s*sentences", limits)[1] == str(labels["sentence"].nunique())
