"""`make test` skips the notebooks that read an absent archive, with one line saying why."""

from types import SimpleNamespace

import conftest
import nbformat


def write_notebook(path, parameters):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(parameters, metadata={"tags": ["parameters"]})]
    nbformat.write(notebook, path)
    return path


class Item(SimpleNamespace):
    def add_marker(self, marker):
        self.markers.append(marker)


def cells(path, count=2):
    return [Item(path=path, markers=[]) for _ in range(count)]


def collect(tmp_path, monkeypatch, missing):
    monkeypatch.setattr(conftest, "archive_missing", lambda archive=None: missing)
    monkeypatch.setattr(conftest, "_archive_skipped", [])
    trends = write_notebook(tmp_path / "06_trends.ipynb", "ARCHIVE = None  # the archive")
    page = write_notebook(tmp_path / "01_corpus.ipynb", "CORPUS = None")
    unit = tmp_path / "test_x.py"
    items = cells(trends) + cells(page) + cells(unit, 1)
    conftest.pytest_collection_modifyitems(None, items)
    return items


def test_the_cells_of_a_notebook_reading_an_absent_archive_are_skipped(tmp_path, monkeypatch):
    items = collect(tmp_path, monkeypatch, "the archive x is absent: get it from y")
    skipped = [i for i in items if i.markers]
    assert [i.path.name for i in skipped] == ["06_trends.ipynb", "06_trends.ipynb"]
    assert skipped[0].markers[0].kwargs["reason"] == "the archive x is absent: get it from y"
    assert conftest._archive_skipped == [
        "skipped 06_trends.ipynb: the archive x is absent: get it from y"
    ]


def test_nothing_is_skipped_when_the_archive_is_present(tmp_path, monkeypatch):
    items = collect(tmp_path, monkeypatch, "")
    assert all(not i.markers for i in items)
    assert conftest._archive_skipped == []


def test_the_one_line_is_printed_in_the_summary(monkeypatch):
    lines = []
    monkeypatch.setattr(conftest, "_archive_skipped", ["skipped 06_trends.ipynb: get it"])
    conftest.pytest_terminal_summary(SimpleNamespace(write_line=lines.append))
    assert lines == ["skipped 06_trends.ipynb: get it"]


def test_the_line_says_where_to_get_the_archive_and_how_to_point_at_another(tmp_path):
    from lib.paths import archive_missing

    line = archive_missing(tmp_path / "absent.jsonl")
    assert "\n" not in line
    assert "aldohemsn/chinese-political-corpora" in line
    assert "PARAMS='ARCHIVE=path'" in line
    present = tmp_path / "reports.jsonl"
    present.write_text("{}\n", encoding="utf-8")
    assert archive_missing(present) == ""
