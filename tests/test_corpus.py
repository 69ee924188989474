"""load_corpus reads a folder, a page, a .jsonl or a .csv; bad input gets a clear error."""

import json
from collections import Counter

import pytest

from lib.errors import CorpusError
from lib.load.corpus import RECORD_COLUMNS, load_corpus, read_corpus
from lib.load.normalize import normalize_characters
from lib.paths import corpus_dir

PAGE = "市外办 搭建空中走廊\n\n□半岛全媒体记者 王媛\n\n今年以来，累计运载1600余人。\n"
HEADER = "page_id,file,outlet,city\n"


def make_corpus(tmp_path, manifest: str, files: dict[str, bytes]):
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "manifest.csv").write_text(manifest, encoding="utf-8")
    return tmp_path


def non_space(texts) -> Counter:
    return Counter(c for t in texts for c in t if not c.isspace())


def test_the_default_corpus_loads_with_its_manifest_metadata():
    paragraphs = load_corpus()
    assert list(paragraphs.columns[: len(RECORD_COLUMNS)]) == RECORD_COLUMNS
    assert set(paragraphs["city"]) == {"青岛"} and set(paragraphs["date"]) == {"2020-12"}
    assert paragraphs["article_id"].nunique() == 4
    assert paragraphs["para_id"].tolist() == list(range(len(paragraphs)))


def test_every_page_of_the_corpus_keeps_every_character():
    corpus = read_corpus()
    assert len(corpus.sources) >= 1
    for source in corpus.sources.itertuples():
        raw = (corpus_dir() / source.source).read_text(encoding=source.encoding)
        text, _ = normalize_characters(raw)
        kept = corpus.paragraphs.loc[corpus.paragraphs["page_id"] == source.page_id, "text"]
        assert non_space([text]) == non_space(kept), source.source


def test_a_single_page_file_loads_with_its_manifest_row():
    paragraphs = load_corpus(corpus_dir() / "000_358ae6c12643bf3e.txt")
    assert set(paragraphs["outlet"]) == {"半岛全媒体"}


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_a_page_in_another_encoding_loads_and_reports_it(tmp_path, encoding):
    corpus = make_corpus(
        tmp_path, HEADER + "p1,p1.txt,半岛,青岛\n", {"p1.txt": PAGE.encode(encoding)}
    )
    loaded = read_corpus(corpus)
    assert loaded.paragraphs["text"].tolist()[-1] == "今年以来，累计运载1600余人。"
    expected = {
        "utf-8-sig": "utf-8-sig",
        "gb18030": "gb18030",
        "gbk": "gb18030",
        "utf-16": "utf-16-le",
    }[encoding]
    assert loaded.sources["encoding"].tolist() == [expected]


def test_an_empty_page_is_refused_naming_the_file(tmp_path):
    corpus = make_corpus(tmp_path, HEADER + "p1,p1.txt,,\n", {"p1.txt": b""})
    with pytest.raises(CorpusError, match=r"p1\.txt: the file is empty"):
        load_corpus(corpus)


def test_a_binary_page_is_refused_naming_the_file(tmp_path):
    corpus = make_corpus(tmp_path, HEADER + "p1,p1.txt,,\n", {"p1.txt": b"\x00\x01\x02\xff" * 64})
    with pytest.raises(CorpusError, match=r"p1\.txt: the file looks binary"):
        load_corpus(corpus)


def test_a_manifest_row_whose_file_is_missing_names_the_line(tmp_path):
    corpus = make_corpus(
        tmp_path, HEADER + "p1,p1.txt,,\np2,nowhere.txt,,\n", {"p1.txt": PAGE.encode()}
    )
    with pytest.raises(CorpusError, match=r"manifest\.csv, line 3: file 'nowhere\.txt' does not"):
        load_corpus(corpus)


@pytest.mark.parametrize("name", ["../outside.txt", "/etc/hostname"])
def test_a_manifest_row_pointing_outside_the_corpus_is_refused(tmp_path, name):
    inner = tmp_path / "corpus"
    inner.mkdir()
    (tmp_path / "outside.txt").write_bytes(PAGE.encode())
    corpus = make_corpus(inner, HEADER + f"p1,{name},,\n", {})
    with pytest.raises(CorpusError, match=r"line 2: file .* lies outside the corpus folder"):
        load_corpus(corpus)


def test_duplicate_page_ids_in_the_manifest_are_refused(tmp_path):
    corpus = make_corpus(
        tmp_path,
        HEADER + "p1,a.txt,,\np1,b.txt,,\n",
        {"a.txt": PAGE.encode(), "b.txt": PAGE.encode()},
    )
    with pytest.raises(CorpusError, match=r"line 3: duplicate page_id 'p1' \(also on line 2\)"):
        load_corpus(corpus)


def test_a_manifest_without_the_required_columns_is_refused(tmp_path):
    corpus = make_corpus(tmp_path, "id,path\np1,a.txt\n", {"a.txt": PAGE.encode()})
    with pytest.raises(CorpusError, match=r"missing column\(s\) \['page_id', 'file'\]"):
        load_corpus(corpus)


def test_a_manifest_row_with_too_many_fields_is_refused(tmp_path):
    corpus = make_corpus(tmp_path, HEADER + "p1,a.txt,半岛,青岛,extra\n", {"a.txt": PAGE.encode()})
    with pytest.raises(CorpusError, match=r"line 2: the row has"):
        load_corpus(corpus)


def test_a_page_missing_from_the_manifest_is_not_silently_skipped(tmp_path):
    corpus = make_corpus(
        tmp_path, HEADER + "p1,a.txt,,\n", {"a.txt": PAGE.encode(), "b.txt": PAGE.encode()}
    )
    with pytest.raises(CorpusError, match=r"\['b\.txt'\] are not listed"):
        load_corpus(corpus)


def test_a_jsonl_corpus_gives_one_article_per_document_with_metadata(tmp_path):
    path = tmp_path / "docs.jsonl"
    rows = [
        {"title": "报告甲", "content": "一、回顾\n\n增长5%。\n", "year": "2020"},
        {"title": "报告乙", "content": "就业1256万人。", "year": None},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    paragraphs = load_corpus(path)
    assert paragraphs["article_id"].unique().tolist() == ["docs-00001-a01", "docs-00002-a01"]
    assert paragraphs.loc[paragraphs["kind"] == "title", "text"].tolist() == ["报告甲", "报告乙"]
    first = paragraphs[paragraphs["page_id"] == "docs-00001"]
    assert first.loc[first["kind"] == "paragraph", "section"].tolist() == ["一、回顾"]
    assert first["year"].tolist() == ["2020"] * len(first)


def test_a_jsonl_line_that_is_not_json_names_the_line(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"content": "增长5%。"}\n{"content": "broken\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"docs\.jsonl, line 2: not valid JSON"):
        load_corpus(path)


def test_a_jsonl_corpus_without_a_text_field_says_which_fields_it_has(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"title": "甲", "words": "增长5%。"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"no text column.*\['title', 'words'\]"):
        load_corpus(path)


def test_duplicate_document_ids_are_refused(tmp_path):
    path = tmp_path / "docs.csv"
    path.write_text("id,text\nd1,增长5%。\nd1,下降2%。\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"duplicate id 'd1'"):
        load_corpus(path)


def test_a_csv_corpus_loads_its_metadata_columns(tmp_path):
    path = tmp_path / "docs.csv"
    path.write_text("id,city,text\nd1,青岛,增长5%。\nd2,烟台,下降2%。\n", encoding="utf-8")
    paragraphs = load_corpus(path)
    assert paragraphs[["page_id", "city", "text"]].values.tolist() == [
        ["d1", "青岛", "增长5%。"],
        ["d2", "烟台", "下降2%。"],
    ]


def test_traditional_characters_are_converted_on_request_and_counted(tmp_path):
    path = tmp_path / "old.jsonl"
    path.write_text(
        json.dumps({"content": "我們第一屆全國人民代表大會。"}, ensure_ascii=False),
        encoding="utf-8",
    )
    kept = load_corpus(path)
    corpus = read_corpus(path, to_simplified=True)
    assert kept["text"].tolist() == ["我們第一屆全國人民代表大會。"]
    assert corpus.paragraphs["text"].tolist() == ["我们第一届全国人民代表大会。"]
    assert corpus.paragraphs["converted_chars"].tolist() == [4]  # 們屆國會
    assert corpus.repairs.loc[
        corpus.repairs["repair"] == "traditional_to_simplified", "count"
    ].tolist() == [4]


def test_loading_twice_gives_identical_tables():
    first, second = read_corpus(), read_corpus()
    assert first.paragraphs.equals(second.paragraphs) and first.repairs.equals(second.repairs)


def test_the_national_reports_load_and_keep_every_character(national_corpus_path):
    corpus = read_corpus(national_corpus_path, to_simplified=True)
    lines = national_corpus_path.read_text(encoding="utf-8").splitlines()
    assert corpus.paragraphs["page_id"].nunique() == len(lines) == 72
    assert (corpus.paragraphs["kind"] == "boilerplate").sum() >= 60  # the wiki licence notices
    raw = read_corpus(national_corpus_path)  # no conversion: characters compare with the source
    for line in lines:
        row = json.loads(line)
        text, _ = normalize_characters(row["content"] + row["title"])
        page = raw.sources.loc[
            raw.sources["source"].str.endswith(f"line {lines.index(line) + 1}"), "page_id"
        ].item()
        kept = raw.paragraphs.loc[raw.paragraphs["page_id"] == page, "text"]
        assert non_space([text]) == non_space(kept)
