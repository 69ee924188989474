"""lib.publish.execute refuses runs that would overwrite committed notebooks; reads parameters."""

import pytest

from lib.paths import project_root
from lib.publish.execute import main, parse_parameter, stderr_outputs

NOTEBOOKS = [str(p) for p in sorted((project_root() / "notebooks").glob("[0-9]*.ipynb"))]


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
    monkeypatch.chdir(project_root())
    with pytest.raises(SystemExit):
        main(["--corpus", "corpus", "--out", out, "notebooks/01_corpus.ipynb"])
    assert "choose a folder of its own" in capsys.readouterr().err


def test_parameters_are_read_as_yaml():
    assert parse_parameter("GROUP_A=[2024, 2025]") == ("GROUP_A", [2024, 2025])
    assert parse_parameter("TOPIC_LABELS=null") == ("TOPIC_LABELS", None)
    with pytest.raises(ValueError, match="NAME=VALUE"):
        parse_parameter("no equals sign")


def test_stderr_and_errors_in_outputs_are_reported():
    import nbformat

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x")])
    notebook.cells[0].outputs = [nbformat.v4.new_output("stream", name="stderr", text="Warn!")]
    assert stderr_outputs(notebook) == ["cell 0: Warn!"]


# --- The run command: checks before anything runs, one line on failure, Ctrl-C -------------

import shutil  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import nbformat  # noqa: E402

from lib.publish.execute import plan, split_parameters  # noqa: E402


def write_notebook(path, parameters, *cells):
    """Write a notebook with a parameters cell and code cells; return its path."""
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(parameters, metadata={"tags": ["parameters"]})]
    notebook.cells += [nbformat.v4.new_code_cell(c) for c in cells]
    nbformat.write(notebook, path)
    return path


def test_a_value_with_spaces_is_passed_whole():
    assert split_parameters("GROUP_NAMES=[Achievement reports, news] TOP_N=5") == [
        "GROUP_NAMES=[Achievement reports, news]",
        "TOP_N=5",
    ]
    assert parse_parameter("GROUP_NAMES=[Achievement reports, news]")[1] == [
        "Achievement reports",
        "news",
    ]
    assert split_parameters("  ") == []


def test_a_bad_parameter_stops_the_run_before_the_first_notebook(tmp_path, capsys):
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as stopped:
        main(["--corpus", "corpus", "--out", str(out), "--params", "TOP_N=-5", *NOTEBOOKS])
    assert stopped.value.code == 1
    captured = capsys.readouterr()
    assert "TOP_N=-5: must be at least 1" in captured.err
    assert captured.out == ""  # no notebook started
    assert not out.exists()


def test_parameters_without_another_corpus_are_refused(capsys):
    with pytest.raises(SystemExit):
        main(["--params", "TOP_N=3", *NOTEBOOKS])
    assert "PARAMS applies to a run on another corpus" in capsys.readouterr().err


def test_a_corpus_error_ends_the_run_with_one_line_naming_notebook_cell_and_fix(tmp_path, capsys):
    notebook = write_notebook(
        tmp_path / "load.ipynb",
        "CORPUS = None\nOUT = None",
        "from lib.errors import CorpusError\n"
        "raise CorpusError('pages.jsonl, line 3: the text is empty; give it a text field')",
    )
    with pytest.raises(SystemExit) as stopped:
        main(["--corpus", "corpus", "--out", str(tmp_path / "out"), str(notebook)])
    assert stopped.value.code == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "load.ipynb, cell 2: CorpusError: pages.jsonl, line 3" in err
    assert "give it a text field" in err
    assert "\x1b[" not in err and "Traceback" not in err
    assert (tmp_path / "out" / "notebooks" / "load.ipynb").is_file()  # the traceback is there


def test_a_real_warning_is_shown_and_the_run_goes_on(tmp_path, capsys):
    notebook = write_notebook(
        tmp_path / "warn.ipynb",
        "CORPUS = None\nOUT = None",
        "import warnings\nwarnings.warn('one document is a single paragraph')",
    )
    main(["--corpus", "corpus", "--out", str(tmp_path / "out"), str(notebook)])
    out = capsys.readouterr().out
    assert "warn.ipynb ... " in out and " s\n" in out  # one progress line with its time
    assert (
        "\n  warning in warn.ipynb, cell 2: UserWarning: one document is a single paragraph\n"
        in out
    )
    assert "/tmp" not in out


def test_the_kernel_talks_over_local_sockets_so_the_log_has_no_tcp_warning(tmp_path):
    notebook = write_notebook(tmp_path / "quiet.ipynb", "OUT = None\nCORPUS = None", "1 + 1")
    run = subprocess.run(
        [sys.executable, "-m", "lib.publish.execute", "--corpus", "corpus"]
        + ["--out", str(tmp_path / "out"), str(notebook)],
        capture_output=True,
        text=True,
        cwd=project_root(),
        check=True,
    )
    assert "without encryption" not in run.stderr
    assert "Passed unknown parameter" not in run.stderr + run.stdout
    assert run.stdout.startswith("quiet.ipynb ... ")


def test_a_notebook_that_reads_an_absent_archive_is_skipped_with_one_line(tmp_path, capsys):
    notebook = write_notebook(
        tmp_path / "06_trends.ipynb",
        "ARCHIVE = None  # the national archive\nCORPUS = None\nOUT = None",
        "raise RuntimeError('must not run')",
    )
    absent = str(tmp_path / "no_archive.jsonl")
    per_notebook, skipped = plan([notebook], {"ARCHIVE": absent}, corpus_run=True)
    assert skipped == [notebook]
    main(
        ["--corpus", "corpus", "--out", str(tmp_path / "out")]
        + ["--params", f"ARCHIVE={absent}", str(notebook)]
    )
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert out.startswith("skipping 06_trends.ipynb: the archive") and "get it from" in out


@pytest.mark.parametrize("moment", ["while the kernel starts", "while a cell runs"])
def test_ctrl_c_stops_the_run_at_once_with_a_non_zero_status(tmp_path, moment):
    started = tmp_path / "started"
    notebook = write_notebook(
        tmp_path / "slow.ipynb",
        "CORPUS = None\nOUT = None",
        f"import pathlib, time\npathlib.Path({str(started)!r}).touch()\ntime.sleep(300)",
    )
    run = subprocess.Popen(
        [sys.executable, "-m", "lib.publish.execute", "--corpus", "corpus"]
        + ["--out", str(tmp_path / "out"), str(notebook)],
        cwd=project_root(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        if moment == "while a cell runs":
            while not started.exists() and run.poll() is None:
                time.sleep(0.1)
        else:  # the progress line is printed as the kernel is started
            assert run.stdout.read(len("slow.ipynb ...")) == "slow.ipynb ..."
        run.send_signal(signal.SIGINT)
        _, err = run.communicate(timeout=60)  # far less than the cell's 300 s
    finally:
        run.kill()
    assert run.returncode == 130
    assert "interrupted" in err
    assert not (tmp_path / "out" / "notebooks" / "slow.ipynb").exists()


def test_make_run_passes_paths_with_quotes_and_spaces_and_values_with_spaces_whole(tmp_path):
    root = project_root()
    if shutil.which("make") is None or not (root / ".venv" / "bin" / "python").exists():
        pytest.skip("make run needs make and the project's .venv")
    corpus = tmp_path / "it's a corpus"
    corpus.mkdir()
    out = tmp_path / "o u't"
    notebook = write_notebook(
        tmp_path / "names.ipynb",
        'CORPUS = None\nOUT = None\nGROUP_NAMES = ("a", "b")  # two names',
        "print(GROUP_NAMES)",
    )
    run = subprocess.run(
        ["make", "-s", "-o", ".venv/.installed", "run", f"NOTEBOOKS={notebook}"]
        + [f"CORPUS={corpus}", f"OUT={out}", "PARAMS=GROUP_NAMES=[Achievement reports, news]"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    executed = nbformat.read(out / "notebooks" / "names.ipynb", as_version=4)
    injected = executed.cells[1].source
    assert f"CORPUS = {str(corpus)!r}" in injected
    assert f"OUT = {str(out)!r}" in injected
    assert executed.cells[2].outputs[0]["text"] == "['Achievement reports', 'news']\n"
