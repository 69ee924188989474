"""Each notebook's Theory: the formula of its method computed by hand from the page's counts
equals the library's value, and every notebook has Theory, Exercises and References."""

import math
import re
from itertools import combinations

import nbformat
import numpy as np
import pytest

from lib.load import corpus, inventory
from lib.publish.site import notebook_paths
from lib.quantities import quantification
from lib.tables import add_record_columns
from lib.topics import coherence, documents, models
from lib.words import frequency, keyness, segment

GROUP_A = ["000_358ae6c12643bf3e-a01", "000_358ae6c12643bf3e-a02"]


@pytest.fixture(scope="module")
def paragraphs():
    return corpus.load_corpus(None)


@pytest.fixture(scope="module")
def tokens(paragraphs):
    return segment.segment(paragraphs)


def test_a_sections_characters_by_hand_equal_table_1_and_05_adds_the_heading(paragraphs):
    table1 = inventory.corpus_inventory(paragraphs)
    density = quantification.quantification_density(paragraphs, paragraphs.iloc[:0])
    for section in inventory.named_sections(paragraphs):
        records = paragraphs[paragraphs["section"] == section]
        body = sum(
            len("".join(t.split())) for t in records.loc[records["kind"] == "paragraph", "text"]
        )
        heading = sum(
            len("".join(t.split())) for t in records.loc[records["kind"] == "heading", "text"]
        )
        assert body == table1.loc[table1["section"] == section, "characters"].sum()
        assert body + heading == density.loc[density["section"] == section, "characters"].sum()


def test_pmi_of_a_pair_by_hand_equals_the_library(tokens):
    table = frequency.pmi_collocations(tokens, min_count=2)
    counts = frequency.word_frequencies(tokens).set_index("word")["count"]
    n_pairs = frequency.pmi_collocations(tokens, min_count=1)["count"].sum()
    for _, row in table.head(5).iterrows():
        p_pair = row["count"] / n_pairs
        p_1, p_2 = counts[row["w1"]] / counts.sum(), counts[row["w2"]] / counts.sum()
        assert math.isclose(math.log2(p_pair / (p_1 * p_2)), row["pmi"], rel_tol=1e-12)


@pytest.mark.parametrize("prior_scale", [1.0, 0.1])
def test_log_odds_delta_variance_and_z_by_hand_equal_the_library(paragraphs, tokens, prior_scale):
    tokens = add_record_columns(tokens, paragraphs, ["article_id"])
    table = keyness.group_keyness(tokens, "article_id", GROUP_A, prior_scale=prior_scale)
    n_a, n_b = table["count_a"].sum(), table["count_b"].sum()
    for _, row in table.iloc[[0, len(table) // 2, -1]].iterrows():
        y_a, y_b = row["count_a"], row["count_b"]
        alpha, alpha_0 = prior_scale * (y_a + y_b), prior_scale * (n_a + n_b)
        delta = math.log((y_a + alpha) / (n_a + alpha_0 - y_a - alpha)) - math.log(
            (y_b + alpha) / (n_b + alpha_0 - y_b - alpha)
        )
        variance = 1 / (y_a + alpha) + 1 / (y_b + alpha)
        assert math.isclose(alpha, row["prior"], rel_tol=1e-12)
        assert math.isclose(delta, row["delta"], rel_tol=1e-9, abs_tol=1e-12)
        assert math.isclose(variance, row["variance"], rel_tol=1e-12)
        assert math.isclose(delta / math.sqrt(variance), row["z"], rel_tol=1e-9, abs_tol=1e-12)


def test_npmi_coherence_and_jaccard_of_a_topic_by_hand_equal_the_library(paragraphs):
    words = segment.segment(paragraphs, kinds=("paragraph",))
    dtm, _ = documents.document_term_matrix(
        documents.build_documents(words, unit="sentence"), min_df=2
    )
    fit = models.fit_topic_model(dtm, k=5, method="nmf", seed=0)
    top = models.top_term_indices(models.topic_term_weights(fit), 10)
    present = dtm.toarray() > 0

    def npmi(x, y):
        p_x, p_y = present[:, x].mean(), present[:, y].mean()
        p_xy = (present[:, x] & present[:, y]).mean()
        if p_xy == 0:
            return -1.0
        return 1.0 if p_xy == 1 else math.log(p_xy / (p_x * p_y)) / -math.log(p_xy)

    library = coherence.npmi_coherence(dtm, top)
    for topic, terms in enumerate(top):
        by_hand = np.mean([npmi(x, y) for x, y in combinations(terms, 2)])
        assert math.isclose(by_hand, library[topic], rel_tol=1e-9, abs_tol=1e-12)
    refit = models.fit_topic_model(dtm[: int(0.8 * dtm.shape[0])], k=5, method="nmf", seed=1)
    other = models.top_term_indices(models.topic_term_weights(refit), 10)
    matched = coherence.match_topics([set(t) for t in top], [set(t) for t in other])
    for _, row in matched.iterrows():
        a, b = set(top[int(row["topic_a"])]), set(other[int(row["topic_b"])])
        assert math.isclose(len(a & b) / len(a | b), row["jaccard"])
        shared = len(a & b)  # two lists of 10: J = s / (20 - s), so s = 20 J / (1 + J)
        assert math.isclose(20 * row["jaccard"] / (1 + row["jaccard"]), shared)


def test_a_figures_value_by_hand_is_its_number_times_its_multiplier(paragraphs):
    figures = quantification.extract_indicators_table(paragraphs)
    written = figures[figures["raw"].str.contains(r"\d[万亿]")]
    assert len(written) > 0
    for _, row in written.iterrows():
        number, multiplier = re.search(r"([\d.]+)([万亿])", row["raw"]).groups()
        value = float(number) * {"万": 10**4, "亿": 10**8}[multiplier]
        assert math.isclose(value, row["value"]), row["raw"]


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.stem)
def test_every_notebook_has_theory_checked_by_hand_exercises_and_references(path):
    notebook = nbformat.read(path, as_version=4)
    headings = [
        line
        for cell in notebook.cells
        if cell.cell_type == "markdown"
        for line in cell.source.splitlines()
        if line.startswith("## ")
    ]
    assert any(h.startswith("## Theory") for h in headings), headings
    assert "## Exercises" in headings and "## References" in headings, headings
    shown = [
        output["data"]["text/plain"]
        for cell in notebook.cells
        if cell.cell_type == "code" and "display.by_hand(" in cell.source
        for output in cell.outputs
        if output.output_type == "execute_result"
    ]
    assert shown, f"{path.name}: no by-hand check in its stored outputs"
    rows = [line for line in shown[0].splitlines()[2:] if line.strip()]
    assert rows and all(line.rstrip().endswith("yes") for line in rows), shown[0]
