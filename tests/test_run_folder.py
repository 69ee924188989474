"""lib.publish.run_folder: a run's output folder is never the project, is writable, is one run's."""

import os

import pytest

from lib.paths import project_root
from lib.publish import run_folder
from lib.publish.run_folder import RunRefused, check_writable, lock, open_out, refuse_committed


@pytest.mark.parametrize(
    "out", [".", "..", "results", "results/tables", "notebooks", "corpus", "lib/publish"]
)
def test_the_project_a_folder_holding_it_or_a_committed_folder_is_refused(out):
    with pytest.raises(RunRefused, match="choose a folder of its own"):
        refuse_committed(project_root() / out)


def test_a_new_folder_inside_the_project_is_accepted():
    refuse_committed(project_root() / "my-run")


def test_an_output_folder_that_is_a_file_is_refused_in_one_line(tmp_path):
    a_file = tmp_path / "out"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(RunRefused, match="is a file, not a folder") as refused:
        open_out(a_file, tmp_path / "corpus")
    assert "\n" not in str(refused.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_output_folder_is_refused_in_one_line(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    with pytest.raises(RunRefused, match="cannot write in"):
        check_writable(out)


def test_a_folder_the_system_refuses_to_write_is_refused_in_one_line(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(run_folder.tempfile, "TemporaryFile", refuse)
    with pytest.raises(RunRefused, match=r"cannot write in .* \(Permission denied\)"):
        check_writable(tmp_path)


def test_a_default_run_whose_results_cannot_be_written_is_refused_naming_the_folder(
    tmp_path, monkeypatch
):
    for folder in ("results/tables", "results/figures", "notebooks"):
        (tmp_path / folder).mkdir(parents=True)
    monkeypatch.setattr(run_folder, "project_root", lambda: tmp_path)
    real = run_folder.tempfile.TemporaryFile

    def refuse_in_results(*args, dir=None, **kwargs):
        if "results" in str(dir):
            raise PermissionError(13, "Permission denied")
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(run_folder.tempfile, "TemporaryFile", refuse_in_results)
    with pytest.raises(RunRefused, match=r"cannot write in .*results.tables \(Permission denied\)"):
        run_folder.open_project()


def test_a_second_run_into_the_same_folder_is_refused_while_the_first_holds_it(tmp_path):
    held = open_out(tmp_path / "out", tmp_path / "corpus")
    try:
        with pytest.raises(RunRefused, match="another run is writing into"):
            open_out(tmp_path / "out", tmp_path / "corpus")
    finally:
        held.close()
    open_out(tmp_path / "out", tmp_path / "corpus").close()  # free once the first has ended


def test_a_reused_folder_keeps_nothing_of_the_earlier_corpus(tmp_path):
    out = tmp_path / "out"
    open_out(out, tmp_path / "old").close()
    (out / "figures" / "wordcloud_old_section.png").write_bytes(b"png")
    (out / "tables" / "keyness.csv").write_text("a\n", encoding="utf-8")
    (out / "notebooks" / "02.ipynb").write_text("{}", encoding="utf-8")
    (out / "private" / "tables").mkdir(parents=True)
    (out / "private" / "tables" / "targets_with_sentences.csv").write_text("a\n", "utf-8")
    open_out(out, tmp_path / "new").close()
    assert [p for p in out.rglob("*") if p.is_file() and p.name != run_folder.MARKER] == []


def test_a_folder_of_other_files_is_refused_rather_than_mixed_with_outputs(tmp_path):
    (tmp_path / "thesis.docx").write_text("mine", encoding="utf-8")
    with pytest.raises(RunRefused, match="holds files that no run wrote"):
        open_out(tmp_path, tmp_path / "corpus")
    assert (tmp_path / "thesis.docx").read_text(encoding="utf-8") == "mine"


def test_the_lock_ends_with_the_process_that_holds_it(tmp_path):
    lock(tmp_path).close()
    lock(tmp_path).close()  # a closed (or killed) holder leaves no stale lock
