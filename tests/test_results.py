"""lib.publish.results: names from the data become safe file names; writes stay in their folder."""

import os

import pandas as pd
import pytest

from lib.publish.results import (
    UnsafeOutputError,
    atomic_write,
    inside,
    safe_name,
    write_image,
    write_table,
)


@pytest.mark.parametrize("name", ["wordcloud_市外办", "keyness_achievement_vs_news", "a.b-c"])
def test_a_safe_name_is_kept_as_it_is(name):
    assert safe_name(name) == name


@pytest.mark.parametrize(
    "name", ["市/海洋局", "市/../../../X", "..", ".hidden", "a\\b", 'a:b*c?"<>|', "tab\there", ""]
)
def test_a_name_from_the_data_becomes_one_plain_path_component(name):
    safe = safe_name(name)
    assert safe and "/" not in safe and "\\" not in safe
    assert not safe.startswith(".")
    assert not any(ch in safe for ch in '\t:*?"<>|')


def test_two_names_made_safe_never_become_one_file():
    assert safe_name("市/海洋局") != safe_name("市_海洋局")
    assert safe_name("a/b") != safe_name("a\\b")


def test_a_very_long_heading_gives_a_name_the_file_system_accepts():
    assert len(safe_name("很长的标题" * 100).encode("utf-8")) < 255


def test_a_heading_that_climbs_out_of_the_folder_is_written_inside_it(tmp_path):
    from PIL import Image

    out = tmp_path / "out"
    path = write_image(Image.new("RGB", (4, 4)), "wordcloud_市/../../../X", out)
    assert path.parent == (out / "figures").resolve()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert len(list((out / "figures").iterdir())) == 1


def test_a_write_through_a_link_out_of_the_folder_stops_the_run(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "tables").symlink_to(elsewhere)
    with pytest.raises(UnsafeOutputError, match="outside the output folder"):
        write_table(pd.DataFrame({"a": [1]}), "t", out)
    assert list(elsewhere.iterdir()) == []


def test_inside_accepts_a_path_below_the_folder_and_refuses_one_beside_it(tmp_path):
    assert inside(tmp_path / "a" / "b.csv", tmp_path) == (tmp_path / "a" / "b.csv").resolve()
    with pytest.raises(UnsafeOutputError):
        inside(tmp_path / ".." / "b.csv", tmp_path)


def test_a_write_that_fails_half_way_leaves_the_old_file_whole_and_no_debris(tmp_path):
    path = tmp_path / "table.csv"
    path.write_text("old,complete\n", encoding="utf-8")

    def half_then_fail(part):
        part.write_text("new,cut", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        atomic_write(path, half_then_fail)
    assert path.read_text(encoding="utf-8") == "old,complete\n"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]


def test_a_table_is_written_whole_with_ordinary_permissions(tmp_path):
    path = write_table(pd.DataFrame({"word": ["实现"], "count": [7]}), "word_frequency", tmp_path)
    assert path.read_text(encoding="utf-8") == "word,count\n实现,7\n"
    assert oct(path.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
