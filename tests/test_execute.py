"""lib.publish.execute refuses runs that would overwrite committed notebooks; reads parameters."""

import pytest

from lib.publish.execute import main, parse_parameter, stderr_outputs


def test_a_corpus_without_an_output_folder_is_refused(capsys):
    with pytest.raises(SystemExit):
        main(["--corpus", "corpus", "notebooks/01_corpus.ipynb"])
    assert "give --corpus and --out together" in capsys.readouterr().err


def test_an_empty_output_folder_is_refused_like_a_missing_one(capsys):
    with pytest.raises(SystemExit):
        main(["--corpus", "corpus", "--out", "", "notebooks/01_corpus.ipynb"])
    assert "give --corpus and --out together" in capsys.readouterr().err


@pytest.mark.parametrize("out", [".", "notebooks"])
def test_the_project_or_its_notebooks_folder_is_refused_as_output(out, capsys, monkeypatch):
    from lib.paths import project_root

    monkeypatch.chdir(project_root())
    with pytest.raises(SystemExit):
        main(["--corpus", "corpus", "--out", out, "notebooks/01_corpus.ipynb"])
    assert "choose a folder of its own" in capsys.readouterr().err


def test_parameters_are_read_as_yaml():
    assert parse_parameter("GROUP_A=[2024, 2025]") == ("GROUP_A", [2024, 2025])
    assert parse_parameter("TOPIC_LABELS=null") == ("TOPIC_LABELS", None)
    with pytest.raises(SystemExit, match="NAME=VALUE"):
        parse_parameter("no equals sign")


def test_stderr_and_errors_in_outputs_are_reported():
    import nbformat

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x")])
    notebook.cells[0].outputs = [nbformat.v4.new_output("stream", name="stderr", text="Warn!")]
    assert stderr_outputs(notebook) == ["cell 0: Warn!"]
