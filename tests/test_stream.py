"""Streaming readers: one document at a time, the same documents and ids as load_corpus."""

import json

import pytest

from lib.bulk.stream import chunk_texts, iter_documents, iter_texts
from lib.errors import CorpusError
from lib.load.corpus import load_corpus
from lib.paths import corpus_dir


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_a_jsonl_is_read_lazily_so_a_bad_last_line_is_met_only_at_the_end(tmp_path):
    path = tmp_path / "docs.jsonl"
    write_jsonl(path, [{"title": "报告", "content": "市外办搭建空中走廊"}])
    with path.open("a", encoding="utf-8") as file:
        file.write("{not json\n")
    documents = iter_documents(path)
    assert next(documents) == ("docs-00001", "报告", "市外办搭建空中走廊")
    with pytest.raises(CorpusError, match=r"docs.jsonl, line 2: not valid JSON"):
        next(documents)


def test_titles_come_before_their_texts(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [{"title": "甲", "content": "一"}, {"content": "二"}])
    assert list(iter_texts(path)) == ["甲", "一", "二"]


def test_jsonl_and_csv_give_the_documents_and_ids_load_corpus_gives(tmp_path):
    rows = [
        {"id": "r1", "title": "报告一", "content": "第一份。\n\n第二段。", "year": 2020},
        {"id": "r2", "title": "", "content": "第二份", "year": 2021},
    ]
    jsonl = write_jsonl(tmp_path / "d.jsonl", rows)
    csv_path = tmp_path / "d.csv"
    csv_path.write_text('text,year\n"第一份,\n跨行",2020\n第二份,2021\n', encoding="gb18030")
    for path in (jsonl, csv_path):
        ids = [page_id for page_id, _, _ in iter_documents(path)]
        assert ids == load_corpus(path)["page_id"].unique().tolist()
    assert [text for _, _, text in iter_documents(csv_path)] == ["第一份,\n跨行", "第二份"]


def test_a_folder_is_read_in_manifest_order(tmp_path):
    (tmp_path / "b.txt").write_text("乙页", encoding="utf-8")
    (tmp_path / "a.txt").write_text("甲页", encoding="gb18030")
    assert [d[0] for d in iter_documents(tmp_path)] == ["a", "b"]
    (tmp_path / "manifest.csv").write_text("page_id,file\np2,b.txt\np1,a.txt\n", "utf-8")
    assert list(iter_documents(tmp_path)) == [("p2", "", "乙页"), ("p1", "", "甲页")]


def test_the_project_corpus_streams_the_pages_load_corpus_reads():
    pages = list(iter_documents(corpus_dir()))
    assert [p[0] for p in pages] == load_corpus()["page_id"].unique().tolist()
    assert all(text.strip() for _, _, text in pages)


def test_documents_without_text_are_refused_with_the_line(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [{"content": "有"}, {"content": " "}])
    with pytest.raises(CorpusError, match=r"line 2: the document has no text in 'content'"):
        list(iter_documents(path))
    path = write_jsonl(tmp_path / "e.jsonl", [{"body_text": "有"}])
    with pytest.raises(CorpusError, match="no text column"):
        list(iter_documents(path))
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="empty.jsonl: the file is empty"):
        list(iter_documents(tmp_path / "empty.jsonl"))
    (tmp_path / "blank.jsonl").write_text("\n\n[]\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="line 3: a JSON list, not an object"):
        list(iter_documents(tmp_path / "blank.jsonl"))
    with pytest.raises(CorpusError, match="no such file or folder"):
        list(iter_documents(tmp_path / "missing.jsonl.gz"))


def test_chunks_keep_every_text_in_order_and_hold_about_the_chunk_size():
    texts = ["字" * n for n in (3, 4, 5, 1, 9, 2)]
    chunks = list(chunk_texts(texts, chunk_chars=6))
    assert [t for chunk in chunks for t in chunk] == texts
    assert all(sum(map(len, chunk)) >= 6 for chunk in chunks[:-1])
    assert all(sum(map(len, chunk[:-1])) < 6 for chunk in chunks)
