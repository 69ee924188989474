"""Table 1 and the article table count what the page holds, per article and section."""

import pytest

from lib.load.corpus import load_corpus
from lib.load.inventory import (
    article_table,
    article_titles,
    corpus_inventory,
    named_sections,
    record_kinds,
)


@pytest.fixture(scope="module")
def paragraphs():
    return load_corpus()


def test_inventory_has_a_row_per_article_section_in_page_order(paragraphs):
    table = corpus_inventory(paragraphs)
    assert table["section"].tolist() == [
        "导语",
        "市政府办公厅",
        "市外办",
        "市海洋发展局",
        "全文",
        "全文",
        "全文",
    ]
    assert table["paragraphs"].sum() == (paragraphs["kind"] == "paragraph").sum()


def test_inventory_counts_characters_without_whitespace_and_sentences(paragraphs):
    table = corpus_inventory(paragraphs)
    body = paragraphs[paragraphs["kind"] == "paragraph"]
    assert table["characters"].sum() == sum(len("".join(t.split())) for t in body["text"])
    lead = table[table["section"] == "导语"].iloc[0]
    assert (lead["paragraphs"], lead["sentences"]) == (1, 3)


def test_reporters_and_correspondents_come_from_the_bylines(paragraphs):
    table = corpus_inventory(paragraphs)
    assert table.loc[
        table["article_id"].str.endswith("a02"), ["reporters", "correspondents"]
    ].values.tolist() == [["徐杰", "奚洪杰"]]


def test_record_kinds_count_every_record(paragraphs):
    kinds = record_kinds(paragraphs)
    assert kinds["records"].sum() == len(paragraphs)
    assert kinds.iloc[0]["kind"] == "paragraph"


def test_article_table_and_titles_name_each_article_once(paragraphs):
    articles = article_table(paragraphs)
    assert len(articles) == 4 and articles["records"].sum() == len(paragraphs)
    titles = article_titles(paragraphs, width=4)
    assert titles["000_358ae6c12643bf3e-a04"] == "a04 4438…"


def test_named_sections_are_the_departments_in_page_order(paragraphs):
    assert named_sections(paragraphs) == ["市政府办公厅", "市外办", "市海洋发展局"]


def test_named_sections_can_keep_only_the_largest_in_page_order(paragraphs):
    # 市外办 (526 characters with its heading text excluded) and 市海洋发展局 are the largest two.
    largest = named_sections(paragraphs, limit=2)
    assert len(largest) == 2 and largest == [s for s in named_sections(paragraphs) if s in largest]
    sizes = corpus_inventory(paragraphs).set_index("section")["characters"]
    assert min(sizes[s] for s in largest) >= max(
        sizes[s] for s in named_sections(paragraphs) if s not in largest
    )


def test_document_labels_name_each_document_by_its_metadata_or_title(tmp_path):
    import json

    from lib.load.inventory import document_labels

    path = tmp_path / "docs.jsonl"
    rows = [
        {
            "id": "a",
            "province": "甲省",
            "year": 2025,
            "title": "2025年甲省政府工作报告",
            "text": "增长。",
        },
        {
            "id": "b",
            "province": "甲省",
            "year": 2026,
            "title": "2026年甲省政府工作报告",
            "text": "增长。",
        },
        {
            "id": "c",
            "province": "乙省",
            "year": 2026,
            "title": "2026年乙省政府工作报告",
            "text": "增长。",
        },
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    labels = document_labels(load_corpus(path))
    assert labels == {"a-a01": "甲省 2025", "b-a01": "甲省 2026", "c-a01": "乙省 2026"}


def test_document_labels_of_a_page_are_its_article_titles_all_different(paragraphs):
    from lib.load.inventory import document_labels

    labels = document_labels(paragraphs, width=6)
    assert labels["000_358ae6c12643bf3e-a04"] == "4438米海…"
    assert len(set(labels.values())) == 4


def test_article_titles_of_a_corpus_of_documents_are_their_names_not_a01(tmp_path):
    import json

    from lib.load.inventory import article_titles

    path = tmp_path / "docs.jsonl"
    rows = [
        {"id": "x", "province": "甲省", "title": "2030年甲省政府工作报告", "text": "增长。"},
        {"id": "y", "province": "乙省", "title": "2030年乙省政府工作报告", "text": "增长。"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert article_titles(load_corpus(path)) == {"x-a01": "甲省", "y-a01": "乙省"}
