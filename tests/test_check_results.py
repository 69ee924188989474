"""`make test` fails when re-running the notebooks changed a committed file under results/."""

import shutil
import subprocess

import pytest

from lib.paths import project_root


@pytest.fixture
def clone(tmp_path):
    """Return a git repository holding the Makefile and one committed table and figure."""
    if shutil.which("git") is None or shutil.which("make") is None:
        pytest.skip("git or make is absent; check-results needs both")
    shutil.copy(project_root() / "Makefile", tmp_path / "Makefile")
    (tmp_path / "results" / "tables").mkdir(parents=True)
    (tmp_path / "results" / "figures").mkdir()
    (tmp_path / "results" / "tables" / "keyness.csv").write_text("word,z\n实现,1.5\n")
    (tmp_path / "results" / "figures" / "top_words.png").write_bytes(b"png")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "."], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "results"], cwd=tmp_path, check=True)
    return tmp_path


def check_results(folder):
    return subprocess.run(
        ["make", "-s", "check-results"], cwd=folder, capture_output=True, text=True
    )


def test_unchanged_results_pass(clone):
    assert check_results(clone).returncode == 0


def test_a_changed_table_or_a_new_figure_fails_naming_them_and_how_to_accept(clone):
    (clone / "results" / "tables" / "keyness.csv").write_text("word,z\n实现,1.6\n")
    (clone / "results" / "figures" / "wordcloud_new.png").write_bytes(b"png")
    check = check_results(clone)
    assert check.returncode != 0
    assert "results/tables/keyness.csv" in check.stderr
    assert "results/figures/wordcloud_new.png" in check.stderr
    assert "run `make run` and commit results/" in check.stderr


def test_a_deleted_figure_fails(clone):
    (clone / "results" / "figures" / "top_words.png").unlink()
    assert "results/figures/top_words.png" in check_results(clone).stderr
