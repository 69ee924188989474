"""Quantification density per year equals the record-by-record measure."""

import pandas as pd
import pytest

from lib.load.corpus import load_corpus
from lib.quantities.quantification import extract_indicators_table, quantification_density
from lib.quantities.yearly import DENSITY_COLUMNS, density_by_year
from lib.tables import add_record_columns
from lib.words.trends import dated_records


def corpus(rows):
    """Paragraphs table from [(article_id, year, kind, text)]."""
    return pd.DataFrame(
        {
            "page_id": [a for a, _, _, _ in rows],
            "article_id": [a for a, _, _, _ in rows],
            "section": "",
            "para_id": range(len(rows)),
            "kind": [k for _, _, k, _ in rows],
            "year": [y for _, y, _, _ in rows],
            "text": [t for _, _, _, t in rows],
        }
    )


def record_by_record(paragraphs):
    indicators = add_record_columns(extract_indicators_table(paragraphs), paragraphs, ["year"])
    table = quantification_density(paragraphs, indicators, by=["year"])
    return table.sort_values("year", ignore_index=True)


def test_the_yearly_density_equals_the_record_by_record_one():
    paragraphs = corpus(
        [
            ("r1", 2023, "title", "2023年工作报告"),
            ("r1", 2023, "paragraph", "国内生产总值增长5.2%，新增就业1244万人。"),
            ("r1", 2023, "paragraph", "粮食产量1.39万亿斤"),
            ("r2", 2024, "paragraph", "城镇新增就业1200万人以上，居民消费价格涨幅3%左右。"),
            ("r2", 2024, "boilerplate", "本作品在公有领域，共1页"),
        ]
    )
    table = density_by_year(paragraphs)
    expected = record_by_record(paragraphs)
    assert list(table.columns) == DENSITY_COLUMNS
    assert table["documents"].tolist() == [1, 1]
    assert table["indicators"].tolist() == expected["indicators"].tolist()
    assert table["characters"].tolist() == expected["characters"].tolist()
    assert table["indicators_per_1000_chars"].tolist() == pytest.approx(
        expected["indicators_per_1000_chars"].tolist()
    )


def test_on_the_archive_the_joined_count_equals_the_record_count(national_corpus_path):
    reports = dated_records(load_corpus(national_corpus_path, to_simplified=True))
    sample = reports[reports["year"].isin([1955, 1985, 2015])]
    joined = density_by_year(sample)
    assert joined["indicators"].tolist() == record_by_record(sample)["indicators"].tolist()
