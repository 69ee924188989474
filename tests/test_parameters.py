"""lib.publish.parameters: what a notebook takes is read from its parameters cell, and checked."""

from pathlib import Path

import nbformat
import pytest

from lib.paths import project_root
from lib.publish.parameters import (
    ParameterError,
    check_parameters,
    declared_parameters,
    reads_archive,
)

NOTEBOOKS = sorted((project_root() / "notebooks").glob("[0-9]*.ipynb"))


def write_notebook(path: Path, parameters: str, *cells: str) -> Path:
    """Write a notebook with a parameters cell and code cells; return its path."""
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(parameters, metadata={"tags": ["parameters"]})]
    notebook.cells += [nbformat.v4.new_code_cell(c) for c in cells]
    nbformat.write(notebook, path)
    return path


def test_parameters_are_read_with_their_defaults_and_comments(tmp_path):
    path = write_notebook(
        tmp_path / "n.ipynb",
        'TOP_N = 20  # rows shown\nKS = range(2, 5)  # ks\nNAMES = ("a", "b")\nX = len("a")',
    )
    params = declared_parameters(path)
    assert list(params) == ["TOP_N", "KS", "NAMES", "X"]
    assert params["TOP_N"].default == 20 and params["TOP_N"].comment == "rows shown"
    assert params["KS"].default == [2, 3, 4]
    assert params["NAMES"].source == '("a", "b")'


def test_a_notebook_reads_the_archive_when_its_parameters_set_archive(tmp_path):
    reading = write_notebook(tmp_path / "a.ipynb", "ARCHIVE = None  # the archive\nK = 3")
    not_reading = write_notebook(tmp_path / "b.ipynb", "K = 3  # ARCHIVE = None is not a line")
    assert reads_archive(reading)
    assert not reads_archive(not_reading)


def test_an_unknown_parameter_is_refused_naming_those_that_exist():
    with pytest.raises(ParameterError) as refused:
        check_parameters({"TOPN": 5}, NOTEBOOKS)
    message = str(refused.value)
    assert "no notebook takes a parameter TOPN" in message
    assert "TOP_N" in message and "ENGINE" in message


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({"KS": "abc"}, "KS takes a list of whole numbers"),
        ({"TOP_N": -5}, "TOP_N=-5: must be at least 1"),
        ({"TOP_N": "ten"}, "TOP_N takes a whole number"),
        ({"TOP_N": True}, "TOP_N takes a whole number"),
        ({"ENGINE": "pkuseg"}, "choose one of jieba, rjieba"),
        ({"UNIT": "page"}, "choose one of sentence, para"),
        ({"TO_SIMPLIFIED": "yes please"}, "TO_SIMPLIFIED takes true or false"),
        ({"GROUP_NAMES": ["only one"]}, "give 2 values"),
        ({"SEEDS": [0, "one"]}, "SEEDS takes a list of whole numbers"),
        ({"TOPIC_LABELS": [1, 2]}, "TOPIC_LABELS takes a mapping"),
        ({"OUT": "x"}, "OUT is set by the run"),
        ({"KS": [0, 2]}, "KS=0: must be at least 1"),
        ({"MINIBATCH": "yes"}, "MINIBATCH takes true or false"),
        ({"COMPARE_COLUMN": 3}, "COMPARE_COLUMN takes text"),
    ],
)
def test_a_value_of_the_wrong_kind_or_range_is_refused_before_anything_runs(given, expected):
    with pytest.raises(ParameterError, match=expected):
        check_parameters(given, NOTEBOOKS)


def test_each_notebook_gets_only_the_parameters_it_takes():
    given = {"TOP_N": 5, "KS": [3, 5], "GROUP_NAMES": ["Achievement reports", "news"]}
    per_notebook = check_parameters(given, NOTEBOOKS)
    by_name = {p.name: v for p, v in per_notebook.items()}
    assert by_name["01_corpus.ipynb"] == {}
    assert by_name["04_topics.ipynb"] == {"KS": [3, 5]}
    assert by_name["02_word_frequency.ipynb"] == {"TOP_N": 5}


def test_values_of_the_right_kind_pass():
    check_parameters(
        {
            "TOP_N": 3,
            "KS": [3, 5, 7],
            "GROUP_A": 2024,
            "COMPARE_COLUMN": "year",
            "TOPIC_LABELS": None,
            "UNIT": None,
            "SEEDS": [0, 1],
            "MINIBATCH": True,
            "ENGINE": "rjieba",
            "TO_SIMPLIFIED": True,
        },
        NOTEBOOKS,
    )
