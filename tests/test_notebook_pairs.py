"""Each notebook is paired with a py:percent script (jupytext) that reviews read as a diff; the
two must hold the same cells, and the notebook must have been run top to bottom."""

import shutil
from pathlib import Path

import jupytext
import nbformat
import pytest

from lib.paths import project_root

NOTEBOOKS = sorted((project_root() / "notebooks").glob("[0-9]*.ipynb"))


def pair_drift(path: Path) -> str:
    """Return how a notebook and its script differ ("" when they hold the same cells)."""
    script = path.with_suffix(".py")
    if not script.is_file():
        return f"{script.name} is missing: run `jupytext --sync {path.name}`"
    notebook = nbformat.read(path, as_version=4)
    if notebook.metadata.get("jupytext", {}).get("formats") != "ipynb,py:percent":
        return f"{path.name} is not paired as ipynb,py:percent"
    ours = [(c.cell_type, c.source.strip()) for c in notebook.cells]
    theirs = [(c.cell_type, c.source.strip()) for c in jupytext.read(script).cells]
    for number, (cell, other) in enumerate(zip(ours, theirs, strict=False), start=1):
        if cell != other:
            return (
                f"{path.name} and {script.name} differ at cell {number}: edit the script, "
                "then run `jupytext --sync` on it and re-execute the notebook"
            )
    if len(ours) != len(theirs):
        return (
            f"{path.name} has {len(ours)} cells, {script.name} {len(theirs)}: run `jupytext --sync`"
        )
    return ""


def run_order_problem(path: Path) -> str:
    """Return what shows a notebook was not run top to bottom in one go ("" when it was)."""
    code = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    if not code or "parameters" not in code[0].metadata.get("tags", []):
        return f"{path.name}: the first code cell is not tagged 'parameters'"
    counts = [c.execution_count for c in code]
    if counts != list(range(1, len(code) + 1)):
        return f"{path.name}: execution counts {counts} are not 1..{len(code)}; re-execute it"
    return ""


@pytest.fixture
def pair_copy(tmp_path) -> Path:
    """A copy of the first notebook and its script, to damage."""
    for suffix in (".ipynb", ".py"):
        shutil.copy(NOTEBOOKS[0].with_suffix(suffix), tmp_path)
    return tmp_path / NOTEBOOKS[0].name


def test_there_are_notebooks_to_check():
    assert len(NOTEBOOKS) >= 5


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_notebook_and_its_script_hold_the_same_cells(path):
    assert pair_drift(path) == ""


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_notebook_opens_with_a_parameters_cell_and_was_run_top_to_bottom(path):
    assert run_order_problem(path) == ""


def test_a_copied_pair_is_in_step(pair_copy):
    assert pair_drift(pair_copy) == "" and run_order_problem(pair_copy) == ""


def test_a_code_line_changed_only_in_the_script_is_a_drift(pair_copy):
    script = pair_copy.with_suffix(".py")
    text = script.read_text(encoding="utf-8")
    changed = text.replace("OUT = None", "OUT = 'elsewhere'", 1)
    assert changed != text
    script.write_text(changed, encoding="utf-8")
    assert "differ at cell" in pair_drift(pair_copy)


def test_a_cell_added_only_to_the_notebook_is_a_drift(pair_copy):
    notebook = nbformat.read(pair_copy, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell("print('only here')"))
    nbformat.write(notebook, pair_copy)
    assert "cells" in pair_drift(pair_copy)


def test_a_missing_script_is_reported(pair_copy):
    pair_copy.with_suffix(".py").unlink()
    assert "is missing" in pair_drift(pair_copy)


def test_a_notebook_run_out_of_order_is_reported(pair_copy):
    notebook = nbformat.read(pair_copy, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    code[0].execution_count, code[1].execution_count = 2, 1
    nbformat.write(notebook, pair_copy)
    assert "re-execute" in run_order_problem(pair_copy)
