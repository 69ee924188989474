"""Shared fixtures: the seed page, a tokens-table builder, the optional corpus in ../shared."""

from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pytest

from lib.paths import archive_missing, corpus_dir, project_root
from lib.publish.parameters import reads_archive
from lib.words.segment import TOKEN_SCHEMA, is_punct

SEED = corpus_dir() / "000_358ae6c12643bf3e.txt"
NATIONAL = project_root().parent / "shared" / "corpora" / "national_gwr.jsonl"
TEST_STOPWORDS = frozenset({"的", "了", "和"})


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def national_corpus_path() -> Path:
    if not NATIONAL.is_file():
        pytest.skip(f"{NATIONAL} is absent (it is not part of the project); nothing to check")
    return NATIONAL


# Notebooks that read the national archive (an `ARCHIVE =` parameter) are skipped, with one
# line saying how to get it, when it is absent; the same test decides for `make run`.
_archive_skipped: list[str] = []


def pytest_collection_modifyitems(config, items) -> None:
    """Skip the cells of notebooks that read the archive when the archive is absent."""
    missing = archive_missing()
    if not missing:
        return
    reads = {}
    for item in items:
        path = Path(str(item.path))
        if path.suffix != ".ipynb":
            continue
        if path not in reads:
            reads[path] = reads_archive(path)
        if reads[path]:
            item.add_marker(pytest.mark.skip(reason=missing))
    names = sorted(p.name for p, r in reads.items() if r)
    if names:
        _archive_skipped[:] = [f"skipped {', '.join(names)}: {missing}"]


def pytest_terminal_summary(terminalreporter) -> None:
    """Print the one line saying which notebooks were skipped for want of the archive."""
    for line in _archive_skipped:
        terminalreporter.write_line(line)


def build_tokens(records, pos: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Return a tokens table (segment's schema) of hand-cut records on one page "p1".

    `records` is {(article_id, section): "space separated tokens"} (para_id in order) or a list
    of (article_id, section, para_id, tokens). Flags follow simple rules: stopwords are
    TEST_STOPWORDS, numbers are digit strings, punctuation is segment.is_punct; POS is "n"
    unless `pos` maps the token to another tag.
    """
    if isinstance(records, Mapping):
        records = [(a, s, i, text) for i, ((a, s), text) in enumerate(records.items())]
    rows = []
    for article_id, section, para_id, tokens in records:
        tokens = tokens.split() if isinstance(tokens, str) else list(tokens)
        for position, token in enumerate(tokens):
            rows.append(
                (
                    "p1",
                    article_id,
                    section,
                    para_id,
                    position,
                    token,
                    (pos or {}).get(token, "n"),
                    token in TEST_STOPWORDS,
                    token.isdigit(),
                    is_punct(token),
                )
            )
    return pd.DataFrame(rows, columns=list(TOKEN_SCHEMA)).astype(TOKEN_SCHEMA)


@pytest.fixture(scope="session")
def make_tokens():
    """Return `build_tokens`, the one way tests build a tokens table by hand."""
    return build_tokens


@pytest.fixture
def tokens(make_tokens):
    """Four articles of three departments, as the keyness and keyword tests use them."""
    return make_tokens(
        {
            ("a1", "市外办"): "德国 德国 德国 合作 客厅 的 2020",
            ("a2", "市外办"): "德国 合作 的",
            ("a3", "市海洋发展局"): "浒苔 浒苔 海洋 海洋 合作",
            ("a4", "市政府办公厅"): "热线 热线 疫情 合作",
        }
    )
