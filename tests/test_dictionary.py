"""The shipped word lists parse, say why each entry is there, and refuse malformed lines."""

from pathlib import Path

import pytest

from lib.words.dictionary import (
    USER_DICTIONARY,
    load_project_stopwords,
    load_user_dictionary,
    package_stopwords,
    stopword_set,
)


def write(tmp_path: Path, text: str, name: str = "list.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_user_dictionary_has_a_reason_for_every_entry():
    table = load_user_dictionary()
    assert len(table) >= 50
    assert table["reason"].str.len().gt(10).all()
    assert {"市政府办公厅", "12345政务服务热线", "营商环境", "空中走廊", "浒苔"} <= set(
        table["word"]
    )


def test_comment_lines_are_reasons_not_words(tmp_path):
    path = write(tmp_path, "# bodies named in the report\n市外办 nt\n\n# a slogan\n闭环管理\n")
    table = load_user_dictionary(path)
    assert table["word"].tolist() == ["市外办", "闭环管理"]
    assert table["reason"].tolist() == ["bodies named in the report", "a slogan"]
    assert not table["word"].str.startswith("#").any()


def test_frequency_and_tag_are_optional_and_read_in_jieba_order(tmp_path):
    path = write(tmp_path, "# why\n甲乙 n\n丙丁 300\n戊己 20 nz\n")
    table = load_user_dictionary(path)
    assert table[["freq", "tag"]].values.tolist() == [[0, "n"], [300, ""], [20, "nz"]]


def test_a_frequency_that_is_not_a_number_names_file_line_and_fix(tmp_path):
    path = write(tmp_path, "# why\n市外办 nt\n闭环管理 12x n\n")
    with pytest.raises(ValueError, match=r"list\.txt, line 3: frequency '12x'.*whole number"):
        load_user_dictionary(path)


def test_an_unknown_extra_field_is_refused(tmp_path):
    path = write(tmp_path, "# why\n闭环管理 10 n because\n")
    with pytest.raises(ValueError, match=r"line 2: unknown extra field.*\['because'\]"):
        load_user_dictionary(path)


def test_a_field_that_is_neither_frequency_nor_tag_is_refused(tmp_path):
    path = write(tmp_path, "# why\n闭环管理 N1\n")
    with pytest.raises(ValueError, match="neither a frequency"):
        load_user_dictionary(path)


def test_an_entry_without_a_reason_is_refused(tmp_path):
    path = write(tmp_path, "# why\n市外办\n\n闭环管理\n")
    with pytest.raises(ValueError, match=r"line 4: entry '闭环管理' has no reason"):
        load_user_dictionary(path)


def test_a_duplicate_entry_is_refused(tmp_path):
    path = write(tmp_path, "# why\n市外办\n\n# again\n市外办 nt\n")
    with pytest.raises(ValueError, match="line 5: '市外办' is already listed on line 2"):
        load_user_dictionary(path)


def test_the_user_dictionary_path_defaults_to_the_shipped_file():
    assert USER_DICTIONARY.is_file()
    assert load_user_dictionary().equals(load_user_dictionary(USER_DICTIONARY))


def test_project_stopwords_are_added_to_the_package_list():
    stopwords = stopword_set()
    assert "的" in package_stopwords() and "的" in stopwords
    assert "记者" not in package_stopwords() and "记者" in stopwords


@pytest.mark.parametrize("word", ["实现", "坚持", "打造", "搭建", "推动"])
def test_the_rhetoric_of_achievement_is_never_a_stopword(word):
    assert word in kept_words()
    assert word not in stopword_set()


def kept_words() -> set[str]:
    project = load_project_stopwords()
    return set(project.loc[project["action"] == "keep", "word"])


def test_the_keep_list_overrides_the_package_list():
    overridden = kept_words() & package_stopwords()
    assert "作为" in overridden
    assert not overridden & stopword_set()


def test_every_stopword_entry_has_a_reason():
    table = load_project_stopwords()
    assert set(table["action"]) == {"drop", "keep"}
    assert table["reason"].str.len().gt(10).all()


def test_a_stopword_line_with_two_words_is_refused(tmp_path):
    path = write(tmp_path, "# why\n记者 通讯员\n")
    with pytest.raises(ValueError, match="line 2: '记者 通讯员' has more than one field"):
        load_project_stopwords(path)


def test_a_word_both_dropped_and_kept_is_refused(tmp_path):
    path = write(tmp_path, "# drop\n实现\n\n# keep\n!实现\n")
    with pytest.raises(ValueError, match="'实现' is already listed on line 2"):
        load_project_stopwords(path)


def test_a_keep_mark_without_a_word_is_refused(tmp_path):
    path = write(tmp_path, "# keep\n!\n")
    with pytest.raises(ValueError, match="without a word"):
        load_project_stopwords(path)


def test_a_custom_stopword_file_drops_and_keeps(tmp_path):
    path = write(tmp_path, "# noise here\n岛城\n\n# keep\n!作为\n")
    stopwords = stopword_set(path)
    assert "岛城" in stopwords and "作为" not in stopwords and "的" in stopwords


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("# 原因\n市外办\n".encode("gbk"))
    with pytest.raises(ValueError, match="not UTF-8"):
        load_user_dictionary(path)
