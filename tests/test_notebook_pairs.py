"""Each notebook is paired with a py:percent script (jupytext) that reviews read as a diff; the
two must hold the same cells, and the notebook must have been run top to bottom."""

import jupytext
import nbformat
import pytest

from lib.paths import project_root

NOTEBOOKS = sorted((project_root() / "notebooks").glob("[0-9]*.ipynb"))


def cells(notebook) -> list[tuple[str, str]]:
    return [(c.cell_type, c.source.strip()) for c in notebook.cells]


def test_there_are_notebooks_to_check():
    assert len(NOTEBOOKS) >= 5


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_notebook_and_its_script_hold_the_same_cells(path):
    script = path.with_suffix(".py")
    assert script.is_file(), f"{script.name} is missing: run `jupytext --sync {path}`"
    notebook = nbformat.read(path, as_version=4)
    paired = jupytext.read(script)
    assert cells(notebook) == cells(paired), (
        f"{path.name} and {script.name} differ: edit one, then run `jupytext --sync` on it"
    )
    assert notebook.metadata["jupytext"]["formats"] == "ipynb,py:percent"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_notebook_opens_with_a_parameters_cell_and_was_run_top_to_bottom(path):
    notebook = nbformat.read(path, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", [])
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))


def test_a_changed_script_is_detected(tmp_path):
    notebook = nbformat.read(NOTEBOOKS[0], as_version=4)
    paired = jupytext.read(NOTEBOOKS[0].with_suffix(".py"))
    paired.cells[-1].source += "\n# an edit made only in the script"
    assert cells(notebook) != cells(paired)
