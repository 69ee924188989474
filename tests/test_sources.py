"""Every bad corpus file stops the load with a CorpusError naming the file and the line."""

import json

import pytest

from lib.errors import CorpusError
from lib.load.corpus import load_corpus, read_corpus

PAGE = "市外办 搭建空中走廊\n\n□半岛全媒体记者 王媛\n\n今年以来，累计运载1600余人。\n"
HEADER = "page_id,file,outlet,city\n"


def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def test_a_corpus_path_that_does_not_exist_gets_the_loaders_error(tmp_path):
    for name in ("nowhere.jsonl", "nowhere.csv", "nowhere"):
        with pytest.raises(CorpusError, match=rf"{name}: no such file or folder"):
            load_corpus(tmp_path / name)


def test_a_csv_row_with_extra_fields_is_refused_naming_file_and_line(tmp_path):
    path = write(tmp_path / "docs.csv", "id,city,text\nd1,青岛,增长5%。\nd2,烟台,下降2%。,extra\n")
    with pytest.raises(
        CorpusError, match=r"docs\.csv, line 3: the row has 4 fields where the header has 3"
    ):
        load_corpus(path)


def test_csv_line_numbers_count_blank_lines_and_quoted_line_breaks(tmp_path):
    path = write(tmp_path / "docs.csv", 'id,text\nd1,"增长5%。\n就业稳定。"\n\nd2,下降2%。,x\n')
    with pytest.raises(CorpusError, match=r"docs\.csv, line 5: the row has 3 fields"):
        load_corpus(path)


def test_manifest_errors_give_the_real_line_after_blank_lines_and_quoted_line_breaks(tmp_path):
    (tmp_path / "a.txt").write_bytes(PAGE.encode())
    write(tmp_path / "manifest.csv", HEADER + 'p1,a.txt,"半岛\n全媒体",青岛\n\np2,nowhere.txt,,\n')
    with pytest.raises(CorpusError, match=r"manifest\.csv, line 5: file 'nowhere\.txt' does not"):
        load_corpus(tmp_path)


def test_a_bad_byte_after_the_first_megabyte_of_a_jsonl_names_the_line(tmp_path):
    path = tmp_path / "docs.jsonl"
    good = json.dumps({"id": "d", "text": "增长5%。" * 40}, ensure_ascii=False).encode()
    lines = [good.replace(b'"d"', f'"d{n}"'.encode()) for n in range(5000)]
    lines.append(b'{"id": "bad", "text": "\xff\xfe"}')
    path.write_bytes(b"\n".join(lines) + b"\n")
    assert path.stat().st_size > 1 << 20
    with pytest.raises(CorpusError, match=r"docs\.jsonl, line 5001: a byte that is not utf-8"):
        load_corpus(path)


def test_a_jsonl_whose_first_line_is_over_a_megabyte_is_read_as_utf8(tmp_path):
    path = tmp_path / "big.jsonl"
    text = "海洋生产总值同比增长。" * 40_000  # 1.2 MB of three-byte characters on one line
    line = json.dumps({"id": "d12", "text": text}, ensure_ascii=False)
    assert line.encode()[: 1 << 20].decode("utf-8", "ignore").encode() != line.encode()[: 1 << 20]
    path.write_text(line + "\n", "utf-8")
    corpus = read_corpus(path)
    assert corpus.sources["encoding"].tolist() == ["utf-8"]
    assert corpus.paragraphs["text"].str.len().sum() == len(text)


def test_a_page_missing_from_the_manifest_is_reported_whatever_the_case_of_its_suffix(tmp_path):
    for name in ("a.txt", "B.TXT"):
        (tmp_path / name).write_bytes(PAGE.encode())
    write(tmp_path / "manifest.csv", HEADER + "p1,a.txt,,\n")
    with pytest.raises(CorpusError, match=r"\['B\.TXT'\] are not listed"):
        load_corpus(tmp_path)


@pytest.mark.parametrize(
    "row, fault",
    [
        ({"id": None, "text": "增长5%。"}, r"'id' is null"),
        ({"id": ["a", "b"], "text": "增长5%。"}, r"'id' is \[\"a\", \"b\"\]"),
        ({"id": "d1", "title": ["甲", "乙"], "text": "增长5%。"}, r"the title is \[.*not text"),
    ],
)
def test_a_null_or_composite_id_or_title_is_refused_naming_the_line(tmp_path, row, fault):
    path = tmp_path / "docs.jsonl"
    first = {"id": "d0", "text": "就业稳定。"}
    write(path, json.dumps(first) + "\n" + json.dumps(row, ensure_ascii=False) + "\n")
    with pytest.raises(CorpusError, match=rf"docs\.jsonl, line 2: {fault}"):
        load_corpus(path)


def test_a_json_array_is_read_as_documents(tmp_path):
    rows = [{"id": "d1", "text": "增长5%。", "tags": ["甲"]}, {"id": "d2", "text": "下降2%。"}]
    path = write(tmp_path / "docs.json", json.dumps(rows, ensure_ascii=False))
    corpus = read_corpus(path)
    assert corpus.paragraphs["page_id"].tolist() == ["d1", "d2"]
    assert corpus.sources["source"].tolist() == ["docs.json, item 1", "docs.json, item 2"]
    assert corpus.paragraphs["tags"].iloc[0] == '["甲"]'  # a list is kept as its JSON text


def test_a_json_file_that_is_not_an_array_of_documents_is_refused(tmp_path):
    path = write(tmp_path / "docs.json", json.dumps({"text": "增长5%。"}, ensure_ascii=False))
    with pytest.raises(CorpusError, match=r"docs\.json: a \.json corpus must be one array"):
        load_corpus(path)
