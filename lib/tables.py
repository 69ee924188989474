"""Small table helpers every step may use: column checks, empty typed tables, group selection.

Nothing here knows about corpora or tokens; each helper works on any pandas DataFrame.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd


def require_columns(table: pd.DataFrame, columns: Iterable[str], what: str, source: str) -> None:
    """Raise ValueError unless `table` has `columns`, naming the table, the gap and the fix.

    `what` names the table as the user knows it ("the paragraphs table", "bar_top_words's
    table"); `source` names what makes the right one ("lib.load.corpus.load_corpus").
    """
    columns = list(columns)
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(
            f"{what} lacks column(s) {missing} (it needs {', '.join(columns)}); "
            f"pass the table that {source} returns"
        )


def empty_table(schema: Mapping[str, object]) -> pd.DataFrame:
    """Return a table with no rows and the columns and dtypes of `schema` ({column: dtype})."""
    return pd.DataFrame({column: pd.Series(dtype=dtype) for column, dtype in schema.items()})


def group_values(group) -> set[str]:
    """Return the values of a group given as one value or several, as text.

    As text, so that GROUP_A = [2024, 2025] selects the years "2024" and "2025" of a corpus
    whose `year` column is text, and a single id is that id, not its characters.
    """
    values = [group] if isinstance(group, (str, int)) else list(group)
    return {str(v) for v in values}


def in_group(column: pd.Series, group) -> pd.Series:
    """Return which rows of `column` hold one of the group's values (compared as text)."""
    return column.astype("str").isin(group_values(group))


def add_record_columns(
    table: pd.DataFrame, records: pd.DataFrame, columns: Iterable[str]
) -> pd.DataFrame:
    """Return `table` (tokens, indicators ...) with `columns` of each row's record added.

    Rows are matched to records by (page_id, para_id); columns the table has are kept as is.
    """
    keys = ["page_id", "para_id"]
    wanted = [c for c in dict.fromkeys(columns) if c not in table.columns]
    missing = [c for c in wanted if c not in records.columns]
    if missing:
        raise ValueError(
            f"the paragraphs table has no column(s) {missing}; the columns are "
            f"{list(records.columns)}"
        )
    if not wanted:
        return table
    return table.merge(records[keys + wanted], on=keys, how="left", validate="many_to_one")
